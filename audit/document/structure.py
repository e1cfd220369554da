"""The arithmetic structure of a printed table, whatever its kind: figures, totals, hierarchy.

A table the classifier does not recognise can still be checked if we know which
rows and columns add up to which. This module reads that from the page alone:

- numeric columns (most body cells are figures; the `No` column and codes are not),
  percent columns (`%`, `persentase`, `capaian`) and money columns;
- total rows (`Jumlah`, `Total`, `Sub Total`, `Jumlah Total`, `Grand Total`) and
  total columns (`Jumlah` right of the columns of its header group);
- hierarchy levels, from the strongest evidence the table gives: budget codes
  (`1.02.01` / `1.02.01.2.01` / `1.02.01.2.01.0001`, depth by segments), level
  words (`Program`, `Kegiatan`, `Sub Kegiatan`), numbering (`1` / `1.1`, or
  `I` / `A` / `1` / `a` in the order the table first uses them), the column the
  label starts in, and bold rows (weak: a bold row may only be emphasis).

Nothing here decides whether a sum is right; `audit.rules.kinds.generic` does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from audit.document.classify import is_number, split_header
from audit.document.model import DocTable
from audit.model import Parsed
from audit.numbers import halfwidth, parse_number

#: total-row labels, lowercase, by rank: a total absorbs the totals of a lower rank printed before it
TOTAL_WORDS: dict[str, int] = {
    "sub total": 1, "subtotal": 1, "sub jumlah": 1, "jumlah sub": 1,
    "jumlah": 2, "total": 2,
    "jumlah total": 3, "grand total": 3, "total keseluruhan": 3, "jumlah keseluruhan": 3,
    "jumlah seluruhnya": 3, "total seluruhnya": 3, "jumlah akhir": 3,
}
#: what a `Jumlah ...` / `Total ...` row may name and still be a total
TOTAL_OF = ("belanja", "pendapatan", "anggaran", "pagu", "realisasi", "program", "kegiatan", "sub", "urusan",
            "bidang", "keseluruhan", "seluruhnya", "akhir", "umum", "blud", "penerimaan", "biaya")
#: level words of budget and asset hierarchies, most specific first
LEVEL_WORDS: tuple[tuple[str, int], ...] = (
    ("sub kegiatan", 3), ("subkegiatan", 3), ("kegiatan", 2), ("program", 1),
    ("sub golongan", 2), ("golongan", 1),
)
#: header words of a percent column, and of columns whose figures never add up
PERCENT_WORDS = ("%", "persen", "persentase", "prosentase", "capaian", "rasio")
NOT_ADDITIVE = ("rata", "rerata", "indeks", "harga satuan", "satuan", "tahun", "nilai ikm", "skor", "peringkat",
                "halaman", "hal")
MONEY_WORDS = ("anggaran", "pagu", "realisasi", "rp", "rupiah", "belanja", "pendapatan", "biaya", "dana", "nilai",
               "alokasi", "apbd", "blud")

_CODE = re.compile(r"^(\d{1,2}(?:\.\d{1,4}){1,7})\.?(?:\s|$)")
_NUMBERING = re.compile(r"^\(?(\d{1,2}(?:\.\d{1,2}){0,4}|[IVXL]{1,6}|[A-Z]|[a-z])[.)]?(?:\s+|$)")
_MARK = re.compile(r"\(?(\d{1,3}|[IVXL]{1,6}|[A-Za-z])[.)]?")  # a `No` cell: 1, 1., a), IV
_WORDS = re.compile(r"[^\w%]+")


@dataclass
class Line:
    """One body row: where it is printed, its label, and what it is in the table's arithmetic."""

    table: int  # the printed table's number (a headless continuation keeps its own)
    at: int  # row index in that printed table
    cells: list  # DocCell
    label: str
    total: str | None = None  # the total word (`jumlah`, `sub total`, ...) of a total row
    level: int | None = None
    values: dict[int, Parsed] = field(default_factory=dict)  # numeric column -> the figure as read

    @property
    def rank(self) -> int:
        return TOTAL_WORDS.get(self.total or "", 0)

    def line_no(self) -> int | None:
        return next((c.line for c in self.cells if c.line is not None), None)

    def page(self) -> int | None:
        return next((c.page for c in self.cells if c.page is not None), None)


@dataclass
class Printed:
    """A printed table read for its arithmetic."""

    table: DocTable
    headers: list[str]  # per column: its labels joined, outermost first
    groups: list[tuple[str, ...]]  # per column: its outer labels (the header group it sits under)
    numeric: list[int]
    percent: set[int]
    money: set[int]
    lines: list[Line]
    source: str | None = None  # where the levels came from: code | label | numbering | column | bold
    mixed: set = field(default_factory=set)  # columns of figures in different units (a `Satuan` per row)

    @property
    def weak(self) -> bool:
        return self.source == "bold"

    def additive(self, col: int) -> bool:
        key = key_of(self.headers[col])
        return col not in self.percent and col not in self.mixed and not any(has_word(key, w) for w in NOT_ADDITIVE)


def key_of(text: str) -> str:
    return " ".join(_WORDS.sub(" ", (text or "").lower()).split())


def has_word(key: str, word: str) -> bool:
    return f" {word} " in f" {key} " if word != "%" else "%" in key


def read(table: DocTable, rows: list | None = None) -> Printed | None:
    """The table's figures and structure; None when it holds no column of figures."""
    layout = split_header(table)
    width = table.width
    body = [i for i in layout.body if i < len(table.rows)]
    texts = [[table.rows[i][c].text.strip() if c < len(table.rows[i]) else "" for c in range(width)] for i in body]
    headers = [" / ".join(col.labels) for col in layout.columns] + [""] * (width - len(layout.columns))
    groups = [tuple(col.labels[:-1]) for col in layout.columns] + [()] * (width - len(layout.columns))
    numeric = _numeric_columns(texts, headers, width)
    if not numeric:
        return None
    first = numeric[0]
    lines = [_line(table, i, first, numeric) for i in _aligned(table, body)]
    lines = [ln for ln in lines if ln.values or ln.total]
    for extra in rows or []:
        lines += [ln for ln in (_line(extra, i, first, numeric) for i in range(len(extra.rows))) if ln.values or ln.total]
    percent = {c for c in numeric if _percent(headers[c], [ln.values.get(c) for ln in lines])}
    money = {c for c in numeric if c not in percent and _money(headers[c], [ln.values.get(c) for ln in lines])}
    mixed = {c for c in numeric if _mixed(c, headers, groups, lines)}
    printed = Printed(table, headers, groups, numeric, percent, money, lines, mixed=mixed)
    printed.source = assign_levels(lines, first)
    return printed


def _aligned(table: DocTable, body: list[int]) -> list[int]:
    """Body rows printed with as many cells as most rows: a markdown row with fewer or more cells than
    the others lost or gained one in conversion, and its figures may sit under another header."""
    if len(table.lengths) < len(table.rows) or not body:
        return body
    counts = [table.lengths[i] for i in body if any(is_figure(c.text) for c in table.rows[i])]
    if not counts:
        return body
    usual = max(set(counts), key=counts.count)
    return [i for i in body if table.lengths[i] == usual or not any(is_figure(c.text) for c in table.rows[i])]


def _numeric_columns(texts: list[list[str]], headers: list[str], width: int) -> list[int]:
    """Columns whose body is mostly figures, less a leading `No` column and columns of codes or years."""
    out = []
    for c in range(width):
        filled = [row[c] for row in texts if row[c]]
        if not filled or sum(map(is_figure, filled)) * 2 <= len(filled):
            continue
        key = key_of(headers[c])
        if key in ("no", "nomor", "no urut", "kode", "kode rekening", "tahun", "halaman", "hal"):
            continue
        out.append(c)
    if out and out[0] == 0 and _counting(texts, 0):
        out = out[1:]
    return out


def _counting(texts: list[list[str]], c: int) -> bool:
    """1, 2, 3, ... down a column: a row number, not a figure."""
    nums = [_figure(row[c]).value for row in texts if row[c] and is_figure(row[c])]
    return len(nums) >= 2 and nums == list(range(1, len(nums) + 1))


def _line(table: DocTable, i: int, first: int, numeric: list[int]) -> Line:
    cells = table.rows[i]
    texts = [c.text.strip() for c in cells[:first] if c.text.strip()]
    marks = [x for x in texts if _MARK.fullmatch(x)]
    label = " ".join(x for x in texts if x not in marks or len(marks) == len(texts))  # `No` shown apart
    values = {}
    for c in numeric:
        if c < len(cells) and cells[c].text.strip():
            parsed = _figure(cells[c].text)
            if parsed.value is not None:
                values[c] = parsed
    return Line(table.index, i, cells, label, total_word(label, _bold(cells)), None, values)


def is_figure(text: str) -> bool:
    """A figure of the table (not a label, not a year heading); `1.200` is twelve hundred here."""
    return is_number(text) or (parse_number(text, "number").form == "ambiguous" and _figure(text).value is not None)


def _figure(text: str) -> Parsed:
    parsed = parse_number(text, "number")
    if parsed.form == "ambiguous":  # `1.200`: a group of three after one separator is thousands in a table
        parsed = parse_number(text, "count")
    return parsed


def _bold(cells) -> bool:
    filled = [c for c in cells if c.text.strip()]
    return bool(filled) and all(c.bold for c in filled)


def total_word(label: str, bold: bool = False) -> str | None:
    """The total word a row label is (`Jumlah`, `Sub Total A`, `TOTAL`), or None for a row of its own.

    Words after a `Sub Total` or `Jumlah Total` name its group; after `Jumlah` or `Total` they are
    allowed when they are a group mark (`Jumlah I`), name what is added (`Jumlah Belanja`, `Total
    Program ...`), or the row is bold: `Jumlah Penduduk` in plain type is a row of figures."""
    key = key_of(_strip_mark(label))
    for word in sorted(TOTAL_WORDS, key=len, reverse=True):
        if key == word:
            return word
        if key.startswith(word + " "):
            tail = key[len(word) + 1:]
            if bold or TOTAL_WORDS[word] != 2 or re.fullmatch(r"[ivxl]+|[a-z]|\d{1,2}|rp", tail) \
                    or tail.split()[0] in TOTAL_OF:
                return word
    return None


def _strip_mark(label: str) -> str:
    """A label without its leading code or numbering (`1.02.01 Program ...`, `a. Tanah`)."""
    text = label.strip()
    m = _CODE.match(text)
    if m:
        return text[m.end():].strip()
    m = _NUMBERING.match(text)
    return text[m.end():].strip() if m and len(text) > m.end() else text


def _percent(header: str, values: list) -> bool:
    key = key_of(header)
    if not is_number(header.split(" / ")[-1]) and any(has_word(key, w) for w in PERCENT_WORDS):
        return True
    filled = [v for v in values if v is not None]
    return len(filled) >= 2 and all(v.unit == "%" for v in filled)


def _mixed(col: int, headers: list[str], groups: list, lines: list[Line]) -> bool:
    """Figures of different units: a `Satuan` column beside it, or units written in its cells that differ."""
    beside = [c for c in (col + 1, col - 1) if 0 <= c < len(headers)]
    if any(key_of(headers[c].split(" / ")[-1]) == "satuan" and groups[c] == groups[col] for c in beside):
        return True
    units = {ln.values[col].unit for ln in lines if col in ln.values and ln.values[col].unit not in (None, "Rp")}
    return len(units) > 1


def _money(header: str, values: list) -> bool:
    key = key_of(header)
    if any(has_word(key, w) for w in MONEY_WORDS):
        return True
    filled = [v.value for v in values if v is not None]
    return bool(filled) and sum(abs(x) >= 1_000_000 for x in filled) * 2 > len(filled)


def half(parsed: Parsed, percent: bool = False) -> float:
    """Half a unit in the last printed place; a whole percentage is rounded too (`88%`)."""
    if percent:
        return 0.5 * 10 ** -parsed.decimals
    return halfwidth(parsed, exact=False, kind="number")


def assign_levels(lines: list[Line], first: int) -> str | None:
    """Set each row's hierarchy level from the strongest evidence the table gives; say which it was.

    A row the evidence says nothing of (a wrapped line, a row without code) takes the level of
    the row above. Totals have no level. None when no evidence shows two levels."""
    rows = [ln for ln in lines if not ln.total]
    for source, levels in (("code", _by_code(rows, first)), ("label", [_by_word(ln) for ln in rows]),
                           ("numbering", _by_numbering(rows, first)), ("column", _by_column(rows, first)),
                           ("bold", [1 if _bold(ln.cells) else 2 for ln in rows])):
        if len({x for x in levels if x is not None}) < 2:
            continue
        previous = None
        for ln, level in zip(rows, levels):
            ln.level = level if level is not None else previous
            previous = ln.level
        return source
    return None


def _marks(ln: Line, first: int) -> list[str]:
    return [c.text.strip() for c in ln.cells[:first] if c.text.strip()]


def _by_code(rows: list[Line], first: int) -> list[int | None]:
    """Depth of a budget code (`1.02.01.2.01` has 5 segments), where codes are printed as such:
    a segment with a leading zero somewhere in the table tells codes from numbering (`1.1`)."""
    found = []
    for ln in rows:
        code = next((m.group(1) for t in _marks(ln, first) if (m := _CODE.match(t))), None)
        found.append(code)
    if not any(c and any(s.startswith("0") and len(s) > 1 for s in c.split(".")) for c in found):
        return [None] * len(rows)
    return [len(c.split(".")) if c else None for c in found]


def _by_word(ln: Line) -> int | None:
    key = key_of(_strip_mark(_strip_mark(ln.label)))
    for word, level in LEVEL_WORDS:
        if key == word or key.startswith(word + " "):
            return level
    return None


def _token(ln: Line, first: int) -> str | None:
    """The row's numbering: a cell that is only a number or letter mark, or the label's leading mark."""
    marks = _marks(ln, first)
    for text in marks:
        m = _NUMBERING.match(text)
        if m and m.end() >= len(text.rstrip()):
            return m.group(1)
    m = _NUMBERING.match(ln.label.strip())
    return m.group(1) if m and len(ln.label.strip()) > m.end() else None


def _by_numbering(rows: list[Line], first: int) -> list[int | None]:
    """`1` / `1.1` / `1.1.1` by depth; otherwise `I`, `A`, `1`, `a` by the order the table first uses them."""
    tokens = [_token(ln, first) for ln in rows]
    if any(t and "." in t for t in tokens):
        return [len(t.split(".")) if t and t[0].isdigit() else None for t in tokens]
    # `I` is a roman numeral unless the letters run up to it (`H` printed too)
    romans = any(t and len(t) > 1 and re.fullmatch(r"[IVXL]+", t) for t in tokens) or (
        "I" in tokens and "H" not in tokens)
    order: list[str] = []
    out = []
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


def _by_column(rows: list[Line], first: int) -> list[int | None]:
    """The label column a row's text starts in, among the columns left of the figures (an outline
    printed as `Program | Kegiatan | Sub Kegiatan` columns)."""
    out = []
    for ln in rows:
        start = None
        for c, cell in enumerate(ln.cells[:first]):
            text = cell.text.strip()
            if not text or _CODE.fullmatch(text) or (_NUMBERING.match(text) and _NUMBERING.match(text).end() >= len(text)):
                continue
            start = c
            break
        out.append(start)
    return out
