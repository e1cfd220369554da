"""A revenue-and-spending statement (Laporan Realisasi Anggaran) as the page prints it: sections, codes,
totals, the surplus line.

Agencies print the same statement in many ways: a code column (`NO. Urut`, `Kode Rekening`) or the code at the
start of the label (`4. PENDAPATAN`), a section heading with or without figures, codes of any depth with levels
skipped (`4.1.2` then `4.1.2.01.01`), codes that do not extend the section's own (a desa's belanja `01` ... `05`
by bidang under `5. BELANJA`), `Jumlah` or `JUMLAH PENDAPATAN` closing a section, `Surplus / (Defisit)`, a
`Pembiayaan` section (penerimaan, pengeluaran, pembiayaan netto) and the SiLPA line. `read` names each row's part
(`schemas.lra`: level, section, its place below the section), so that the rules add up what the page shows: a
row is the child of the nearest row with figures above it whose code its own code extends, else of its section.
"""
from __future__ import annotations

import re

from audit.document.hierarchy import total_word
from audit.document.labels import key_of, tidy_code
from audit.numbers import ROWS_NAMED

#: a code at the start of a cell: `4`, `4.1.`, `4.1.2.01.01`, `01` (one or two digits, then dotted segments)
_CODE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,4}){0,11})\.?(?=\s|$)")
#: the section a heading names, and the first segment of its code in the Permendagri charts of accounts
#: (13/2006, 90/2019, 20/2018 for desa): 4 pendapatan, 5 belanja, 6 pembiayaan
SECTIONS = ("pendapatan", "belanja", "pembiayaan")
_BY_FIRST_SEGMENT = {"4": "pendapatan", "5": "belanja", "6": "pembiayaan"}
#: the two halves of pembiayaan, by the first word of their label
_HALVES = ("penerimaan", "pengeluaran")
#: words that qualify a section's name and leave it that section (`Pendapatan Daerah`, `Belanja Desa`, `(Rp)`)
_QUALIFIERS = ("daerah", "desa", "blud", "pembiayaan", "rp", "total", "keseluruhan", "seluruhnya")


def split_code(text: str) -> tuple[str, str]:
    """(`4.1.2`, `Hasil Retribusi Daerah`) from `4.1.2. Hasil Retribusi Daerah`; ('', text) without a code."""
    text = tidy_code(text or "")
    m = _CODE.match(text)
    if not m:
        return "", text.strip()
    return m.group(1), text[m.end():].strip()


def _code_and_label(row) -> tuple[str, str]:
    """The row's code (its code column, its No column, or the start of its label) and its label without it.
    A label column holding the code alone, its label in the unheaded column beside it (`Uraian` printed over
    both), is read as the two: its label is that text."""
    code, label = split_code(row.get("uraian"))
    for column in ("kode", "no"):
        own, rest = split_code(row.get(column))
        if own and not code:
            code = own
        if not label and rest:  # a heading printed across the code column (`4. PENDAPATAN` over two cells)
            label = rest
    if code and not label:
        label = _beside(row)
        if label:
            row.text["uraian"] = label
            row.text["kode"] = row.get("kode") or code
    return code, label


def _beside(row) -> str:
    """The text of the unread cell right of the label column, if it is text."""
    pos = row.columns.get("uraian")
    cells = row.table.rows[row.source] if row.source < len(row.table.rows) else []
    if pos is None or pos + 1 >= len(cells) or pos + 1 in row.columns.values():
        return ""
    text = cells[pos + 1].text.strip()
    return "" if not text or split_code(text)[0] or re.fullmatch(r"[\d.,()\s%-]+", text) else text


def _extends(code: str, parent: str) -> bool:
    return code.startswith(parent + ".")


def _figures(row) -> bool:
    return any(row.get(c).strip() for c in ("anggaran", "realisasi"))


def _kind_of_line(label: str, code: str, bold: bool) -> str | None:
    """`jumlah`, `surplus`, `netto`, `silpa` for the statement's own lines (never a coded account: a row number in
    the `No` column is no account, `8 | Jumlah Pendapatan (2 s.d. 7)`), or None."""
    label = ROWS_NAMED.sub(" ", label)  # the rows it adds by their numbers (`(2 s.d. 7)`): no word of what it is
    words = key_of(label).split()
    if (code and not (code.isdigit() and total_word(label, bold))) or not words:
        return None
    if words[0] in ("surplus", "defisit"):
        return "surplus"
    if "netto" in words or "neto" in words:
        return "netto"
    if words[0] == "silpa" or words[:2] == ["sisa", "lebih"]:
        return "silpa"
    if not total_word(label, bold):
        return None
    # `Jumlah`, `Jumlah Pendapatan (Daerah)`, `Jumlah Penerimaan Pembiayaan`: a section's (or half's) total; a total of
    # part of a section (`Jumlah Pendapatan Asli Daerah`) is a line the statement does not place
    rest = [w for w in words[1:] if w not in _QUALIFIERS]
    return "jumlah" if len(rest) <= 1 and all(w in (*SECTIONS, *_HALVES) for w in rest) else "judul"


class _Section:
    """The section being read: its name, its number, its heading row, the rows with figures above."""

    def __init__(self, name: str, number: int):
        self.name, self.number = name, number
        self.heading = None  # its heading row (`layouts.Row`), if printed
        self.stack: list[tuple[str, str, str]] = []  # (code, id, bagian) of the rows with figures, in order
        self.children: dict[str, int] = {}  # id -> how many children it has had

    def place(self, code: str) -> tuple[str, str | None]:
        """The id of this row's parent (the nearest row above whose code its code extends; an uncoded row goes
        under the last coded one; else the section) and that parent's bagian."""
        for own, ident, bagian in reversed(self.stack):
            if own and ((code and _extends(code, own)) or not code):
                return ident, bagian
        return str(self.number), None

    def child(self, parent: str) -> str:
        self.children[parent] = self.children.get(parent, 0) + 1
        return f"{parent}.{self.children[parent]}"


def read(part, rows: list, meta) -> list:
    """Each row's `level`, `bagian` and `id` (`schemas.lra`); the figures are left as printed. The layout hook
    `statement` (registered by `audit.document.layouts`, whose `Part` and `Row` it reads: this module imports
    nothing of it, so that the two do not import each other)."""
    sections: list[_Section] = []
    current: _Section | None = None

    def open_section(name: str) -> _Section:
        sections.append(_Section(name, len(sections) + 1))
        return sections[-1]

    outline = _roman_outline(rows)
    for row in rows:
        code, label = _code_and_label(row)
        code = outline.get(id(row), code)
        words = key_of(label).split()
        line = _kind_of_line(label, code, row.bold)
        if line == "judul":
            row.text.update(level=line, bagian=current.name if current else "", id="")
            continue
        if line is not None:
            named = next((w for w in words if w in (*SECTIONS, *_HALVES)), None)
            bagian = "" if line in ("surplus", "silpa") else (named or (current.name if current else ""))
            row.text.update(level=line, bagian=bagian, id="")
            continue
        # a heading is the section's name alone (`4 PENDAPATAN`, `BELANJA DAERAH`): `Pendapatan Asli Daerah` is a row
        heading = words[0] if words and words[0] in SECTIONS and code.count(".") == 0 \
            and all(w in _QUALIFIERS for w in words[1:]) else None
        if heading is not None and not (current and current.name == heading and current.stack):
            current = open_section(heading)
            current.heading = row
            figured = _figures(row)
            row.text.update(level="akun" if figured else "judul", bagian=heading,
                            id=str(current.number) if figured else "")
            continue
        first = code.split(".")[0] if code else ""
        if current is None or (first in _BY_FIRST_SEGMENT and current.heading is None
                               and _BY_FIRST_SEGMENT[first] != current.name):
            current = open_section(_BY_FIRST_SEGMENT.get(first, words[0] if words and words[0] in SECTIONS
                                                         else "pendapatan"))
        if not _figures(row):
            row.text.update(level="judul", bagian=_half(words, current.name), id="")
            continue
        parent, parent_bagian = current.place(code)
        ident = current.child(parent)
        bagian = parent_bagian or _half(words, current.name)
        top = parent == str(current.number)
        row.text.update(level="kelompok" if top else "rincian", bagian=bagian, id=ident)
        current.stack.append((code, ident, bagian))
    return rows


_ROMAN = re.compile(r"^(?=[IVX])(X{0,3})(IX|IV|V?I{0,3})\.?$")


def _roman_outline(rows: list) -> dict[int, str]:
    """A statement numbering its groups `I`, `II` in the `No` column and their items `1`, `2`, ... running on
    (`II Jasa Giro` over `4 Jasa Giro pada Kas Daerah`): each group is given a code of its own and each item the code
    under its group, so that the items add up to their group. Empty where the `No` column holds no Roman numeral."""
    out: dict[int, str] = {}
    group = None
    for row in rows:
        no = row.get("no").strip()
        if _ROMAN.match(no):
            group = f"R{len({v.split('.')[0] for v in out.values()}) + 1}"
            out[id(row)] = group
        elif group is not None and no.rstrip(".").isdigit():
            out[id(row)] = f"{group}.{no.rstrip('.')}"
    return out if any("." in v for v in out.values()) else {}


def _half(words: list[str], section: str) -> str:
    """A pembiayaan row's half (`Penerimaan Pembiayaan`, `Pengeluaran Pembiayaan`), else its section."""
    if section == "pembiayaan" and words and words[0] in _HALVES:
        return words[0]
    return section
