"""Row labels as the outline readers compare them: lowercase words, and the label without its code or
numbering. Shared by the budget hierarchy (`hierarchy.py`) and the levels of any table (`levels.py`)."""
from __future__ import annotations

import re

CODE = re.compile(r"^(\d{1,2}(?:\.\d{1,4}){1,11})\.?(?:\s|$)")
NUMBERING = re.compile(r"^\(?(\d{1,2}(?:\.\d{1,2}){0,4}|[IVXL]{1,6}|[A-Z]|[a-z])[.)]?(?:\s+|$)")
#: a list item's mark on its own, printed with its dot or brackets: `1.`, `25.`, `(3)`, `B.`, `a)`, `1.2.` (a bare
#: `1` is a No column's number, not a list's mark)
LIST_MARK = re.compile(r"^(?:\((?:\d{1,3}|[A-Za-z])\)|(?:\d{1,3}|[A-Za-z])(?:\.\d{1,3})*[.)])$")
_WORDS = re.compile(r"[^\w%]+")


#: a dotted code printed with spaces around its dots (`5 . 1 . 02`, `4. 1. 1`, `5.1 .2`): three segments or more, or
#: a space before a dot (which no list number has: `4. 1 unit` stays a number and a text)
_SPACED = re.compile(r"^(\s*)(\d{1,2}(?:\s*\.\s*\d{1,4}){2,11}|\d{1,2}(?:\s*\.\s*\d{1,4})*\s+\.\s*\d{1,4}"
                     r"(?:\s*\.\s*\d{1,4})*)(?=\s*\.?(?:\s|$))")


def tidy_code(text: str) -> str:
    """A leading code with its spaces taken out (`5 . 1 . 02 Belanja Pegawai` -> `5.1.02 Belanja Pegawai`), so that
    every reader of codes (the statement's parents, the budget levels, the generic hierarchy) sees one form;
    any other text as it is."""
    m = _SPACED.match(text or "")
    if not m or not re.search(r"\s", m.group(2)):
        return text or ""
    return m.group(1) + re.sub(r"\s+", "", m.group(2)) + text[m.end():]


def key_of(text: str) -> str:
    """Lowercase words (and `%`), punctuation gone: `Sub-Total (Rp)` -> `sub total rp`."""
    return " ".join(_WORDS.sub(" ", (text or "").lower()).split())


def strip_mark(label: str) -> str:
    """A label without its leading code or numbering (`1.02.01 Program ...`, `a. Tanah`)."""
    text = tidy_code(label.strip())
    m = CODE.match(text)
    if m:
        return text[m.end():].strip()
    m = NUMBERING.match(text)
    return text[m.end():].strip() if m and len(text) > m.end() else text


#: a code printed with spaces only, its dots lost (`5 1 1 01 01`, Kudus' annex; `5 2 1 Belanja Pegawai`): a first
#: segment of one or two digits, then segments of one to four, before a word or the cell's end
_SPACES_ONLY = re.compile(r"^(\s*)(\d{1,2}(?:[ \u00a0]+\d{1,4}){0,11})(?=\s+[^\d\s]|\s*$)")


def spaced_codes(texts: list[str]) -> dict[int, str]:
    """The cells of one column that print codes with spaces only, each as its dotted form (`5 1 1 01 01 Belanja
    Gaji` -> `5.1.1.01.01 Belanja Gaji`), by their index. Only where the column shows a hierarchy of such codes:
    two cells or more print one of two segments or more, one extends another's code (`5 1 1` under `5 1`, or under
    a one-segment `5`), and they are not figures grouped by spaces (`1 250 000`: every segment after the first
    three digits wide). A figure, or a label starting with one (`5 orang`, `2 Unit Laptop`), is one segment: never
    changed. Empty for any other column."""
    found: dict[int, tuple[re.Match, tuple[str, ...]]] = {}
    for i, text in enumerate(texts):
        m = _SPACES_ONLY.match(text or "")
        if m:
            found[i] = (m, tuple(m.group(2).split()))
    multi = {i: segs for i, (_, segs) in found.items() if len(segs) >= 2}
    if len(multi) < 2 or all(all(len(s) == 3 for s in segs[1:]) for segs in multi.values()):
        return {}
    codes = {segs for _, segs in found.values()}
    if not any(segs[:n] in codes for segs in multi.values() for n in range(1, len(segs))):
        return {}  # no code extends another: numbers side by side, not a chart of accounts
    return {i: texts[i][:found[i][0].start(2)] + ".".join(segs) + texts[i][found[i][0].end(2):]
            for i, segs in multi.items()}


def dot_spaced_codes(tables) -> None:
    """In each document table (`DocTable`), the codes a column prints with spaces only read as dotted
    (`spaced_codes`): every reader of codes (the statement's parents, the budget levels, the generic hierarchy)
    then reads them as it reads `5.1.1.01.01`. The cells' other text, and every other column, as printed."""
    from dataclasses import replace

    for table in tables:
        for c in range(table.width):
            texts = [row[c].text if c < len(row) else "" for row in table.rows]
            for i, text in spaced_codes(texts).items():
                table.rows[i][c] = replace(table.rows[i][c], text=text)


def clipped(text: str, width: int, keep: str = "end") -> str:
    """`text` in at most `width` characters, cut between words and marked `…` (its end kept, or its start): a
    caption quoted in a message must not begin `IJAKAN ASPEK` for `KEBIJAKAN ASPEK`."""
    if len(text) <= width:
        return text
    if keep == "end":
        cut = text[len(text) - width + 1:]
        space = cut.find(" ")
        return "…" + (cut[space + 1:] if 0 <= space < len(cut) // 2 else cut)
    cut = text[:width - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > len(cut) // 2 else cut) + "…"
