"""Hierarchy levels of the rows of any printed table, from the strongest evidence it gives.

Budget codes (`1.02.01` / `1.02.01.2.01` / `1.02.01.2.01.0001`: depth by segments, told from
outline numbering by a segment with a leading zero), level words (`Program`, `Kegiatan`, `Sub
Kegiatan`, `Golongan`), numbering (`1` / `1.1` by depth, or `I` / `A` / `1` / `a` in the order the
table first uses them), the label column a row starts in (an outline printed as columns), and bold
rows (weak: bold may be emphasis only). Budget tables of recognised kinds have their own reading
(`hierarchy.py`, named levels); this one only orders rows, for tables of no known kind.
"""
from __future__ import annotations

import re

from audit.document.hierarchy import indent_depths
from audit.document.labels import CODE, NUMBERING, key_of, strip_mark, tidy_code

#: level words of budget and asset hierarchies, most specific first
LEVEL_WORDS: tuple[tuple[str, int], ...] = (
    ("sub kegiatan", 3), ("subkegiatan", 3), ("kegiatan", 2), ("program", 1),
    ("sub golongan", 2), ("golongan", 1),
)


def bold(cells) -> bool:
    """Every filled cell of the row printed bold."""
    filled = [c for c in cells if c.text.strip()]
    return bool(filled) and all(c.bold for c in filled)


def assign_levels(lines: list, first: int) -> str | None:
    """Set each row's hierarchy level from the strongest evidence the table gives; say which it was.

    A row the evidence says nothing of (a wrapped line, a row without code) takes the level of
    the row above; under a level word, it is that row's item (`Golongan IV` over `IV/a`, `IV/b`).
    Totals have no level. None when no evidence shows two levels."""
    rows = [ln for ln in lines if not ln.total]
    words = _systematic(rows, [_by_word(ln) for ln in rows])
    columns = label_starts(rows, first)
    for source, levels in (("code", _by_code(rows, first)), ("label", words),
                           ("numbering", _by_numbering(rows, first)),
                           ("column", columns if _columns_agree(words, columns) else []),
                           ("label", _items(words, _headings(rows, words, first))),
                           ("indent", _by_indent(rows, first)),
                           ("bold", [1 if bold(ln.cells) else 2 for ln in rows])):
        if len({x for x in levels if x is not None}) < 2:
            continue
        previous = None
        for ln, level in zip(rows, levels):
            ln.level = level if level is not None else previous
            previous = ln.level
        return source
    return None


def _marks(ln, first: int) -> list[str]:
    return [c.text.strip() for c in ln.cells[:first] if c.text.strip()]


def _by_code(rows: list, first: int) -> list[int | None]:
    """Depth of a budget code (`1.02.01.2.01` has 5 segments), where codes are printed as such:
    a segment with a leading zero somewhere in the table tells codes from numbering (`1.1`)."""
    found = []
    for ln in rows:
        code = next((m.group(1) for t in _marks(ln, first) if (m := CODE.match(tidy_code(t)))), None)
        found.append(code)
    if not any(c and any(s.startswith("0") and len(s) > 1 for s in c.split(".")) for c in found):
        return [None] * len(rows)
    return [len(c.split(".")) if c else None for c in found]


def _items(words: list, headings: list) -> list[int | None]:
    """One level word only (`Golongan IV`, `Golongan III`): the rows under each are its items; a heading printed as
    the worded rows are (`headings`) stands over them."""
    top = min((w for w in words if w is not None), default=None)
    out, above = [], None
    for level, heading in zip(words, headings):
        if level is None and heading and top is not None:
            out.append(top - 1)
            above = None
            continue
        above = level if level is not None else above
        out.append(level if level is not None else (above + 1 if above is not None else None))
    return out


def _headings(rows: list, words: list, first: int) -> list[bool]:
    """Rows without a level word printed in capitals as the rows with one are (`DINAS KESEHATAN`, `KELURAHAN
    SERUA` over `PROGRAM ...` and their kegiatan in plain type): the units the programmes are of, not a programme's
    items. None when the worded rows are not in capitals."""
    capitals = [_capitals(ln, first) for ln in rows]
    worded = [c for c, w in zip(capitals, words) if w is not None]
    if not worded or 2 * sum(worded) <= len(worded):
        return [False] * len(rows)
    return [c and w is None for c, w in zip(capitals, words)]


def _capitals(ln, first: int) -> bool:
    """Is the row's label (its first text before the figures) printed in capitals?"""
    text = next((c.text for c in ln.cells[:first] if c.text.strip()), "")
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def _by_word(ln) -> int | None:
    key = key_of(strip_mark(strip_mark(ln.label)))
    for word, level in LEVEL_WORDS:
        if key == word or key.startswith(word + " "):
            return level
    return None


def _token(ln, first: int) -> str | None:
    """The row's numbering: a cell that is only a number or letter mark, or the label's leading mark."""
    marks = _marks(ln, first)
    for text in marks:
        m = NUMBERING.match(text)
        if m and m.end() >= len(text.rstrip()):
            return m.group(1)
    m = NUMBERING.match(ln.label.strip())
    return m.group(1) if m and len(ln.label.strip()) > m.end() else None


def _by_numbering(rows: list, first: int) -> list[int | None]:
    """`1` / `1.1` / `1.1.1` by depth; otherwise `I`, `A`, `1`, `a` by the order the table first uses them."""
    tokens = [_token(ln, first) for ln in rows]
    if any(t and "." in t for t in tokens):
        return [len(t.split(".")) if t and t[0].isdigit() else None for t in tokens]
    # `I` is a roman numeral unless the letters run up to it (`H` printed too)
    romans = any(t and len(t) > 1 and re.fullmatch(r"[IVXL]+", t) for t in tokens) or (
        "I" in tokens and "H" not in tokens)
    order: list[str] = []
    out: list[int | None] = []
    for t in tokens:
        if t is None:
            out.append(None)
            continue
        style = ("digit" if t.isdigit() else "roman" if romans and re.fullmatch(r"[IVXL]+", t)
                 else "upper" if t.isupper() else "lower")
        if style not in order:
            order.append(style)
        out.append(order.index(style) + 1)
    return out


def _by_indent(rows: list, first: int) -> list[int | None]:
    """How far a row's label stands in (`hierarchy.indent_depths`): an outline kept as indentation."""
    labels = [next((c for c in ln.cells[:first] if c.text.strip()), None) for ln in rows]
    return indent_depths([c.indent if c is not None else None for c in labels])


def _systematic(rows: list, words: list) -> list:
    """The level words that tell levels: a deeper word counts when every row of the word above it is followed by a
    row of it (`Program` over `Kegiatan ...` throughout). A sub kegiatan whose name begins with one (`Kegiatan
    Pemberdayaan Kelurahan`, under a kegiatan printed without any) is a name, not a level."""
    present = sorted({w for w in words if w is not None})
    figured = [i for i, ln in enumerate(rows) if ln.values]
    for above, level in zip(present, present[1:]):
        followers = [words[j] for i, j in zip(figured, figured[1:]) if words[i] == above]
        if not all(f is not None and (f == level or f <= above) for f in followers):
            return [w if w is None or w <= above else None for w in words]
    return words


def _columns_agree(words: list, columns: list) -> bool:
    """Do the label columns rows start in tell levels the level words do not contradict? Most rows without a word
    starting in the column of the rows with one (`PROGRAM ...` and its kegiatan alike in the first column, a few rows
    with only an indicator in the next) put a programme and its kegiatan at one level: the words' items are the
    reading."""
    worded = {c for w, c in zip(words, columns) if w is not None and c is not None}
    others = [c for w, c in zip(words, columns) if w is None and c is not None]
    return not worded or 2 * sum(c in worded for c in others) <= len(others)


def label_starts(rows: list, first: int) -> list[int | None]:
    """The label column a row's text starts in, among the columns left of the figures (an outline
    printed as `Program | Kegiatan | Sub Kegiatan` columns)."""
    out = []
    for ln in rows:
        start = None
        for c, cell in enumerate(ln.cells[:first]):
            text = cell.text.strip()
            numbering = NUMBERING.match(text)
            if not text or CODE.fullmatch(tidy_code(text)) or (numbering and numbering.end() >= len(text)):
                continue
            start = c
            break
        out.append(start)
    return out
