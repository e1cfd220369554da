"""The arithmetic of any printed table, whatever its kind: figures, totals, hierarchy.

A table the classifier does not recognise can still be checked if we know which rows and
columns add up to which. This module reads that from the page alone, for the generic checks
(`audit.rules.kinds.generic`), which decide whether the sums are right:

- numeric columns (most body cells are figures; the `No` column and codes are not), percent
  columns (`%`, `persentase`, `capaian`), money columns, columns of mixed units (a `Satuan` beside);
- total rows (`Jumlah`, `Total`, `Sub Total`, `Jumlah Total`, `Grand Total`) and total columns
  (`Jumlah` right of the columns of its header group: `PNS PPPK Non-ASN Jumlah`);
- hierarchy levels (`levels.py`).

`printed_tables` gives every printed table with figures, as read or not read by the classifier
(tables not read cut as the extraction cut them; a page without a header joined to the one before).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from audit.document.classify import is_number, split_header
from audit.document.column_formulas import Formula, formulas
from audit.document.hierarchy import TOTAL_WORDS, total_word
from audit.document.labels import tidy_code
from audit.document.levels import assign_levels, bold, key_of, label_starts, strip_mark
from audit.document.model import DocTable
from audit.model import Parsed
from audit.numbers import column_style, parse_number

#: labels of rows of averages, neither parts nor totals
SUMMARY_WORDS = ("rata rata", "rerata", "rata2", "average", "median")
#: header words of a percent column, and of columns whose figures never add up
PERCENT_WORDS = ("%", "persen", "persentase", "prosentase", "capaian", "rasio")
NOT_ADDITIVE = ("rata", "rerata", "indeks", "harga satuan", "satuan", "tahun", "nilai ikm", "skor", "peringkat",
                "halaman", "hal")
MONEY_WORDS = ("anggaran", "pagu", "realisasi", "rp", "rupiah", "belanja", "pendapatan", "biaya", "dana", "nilai",
               "alokasi", "apbd", "blud")

#: a header's date (`Realisasi ... Tahun 2023`, `TA. 2023`): the period its figures are for, not a column of years
_DATED = re.compile(r"\b(?:tahun|th|ta)\.?\s*(?:anggaran\s*)?(?:19|20)\d\d\b", re.IGNORECASE)
#: a column's own label that names an indicator's measure beside its budget (Permendagri 86/2017 forms: `K` beside
#: `Rp`; `Fisik` beside `Keuangan`): never money, whatever the group label over both says
MEASURE_LABELS = frozenset({"k", "kinerja", "fisik", "volume", "vol", "output", "keluaran"})
_MARK = re.compile(r"\(?(\d{1,3}|[IVXL]{1,6}|[A-Za-z])[.)]?")  # a `No` cell: 1, 1., a), IV


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
    # a figure printed once over several columns (a merged cell: `Jumlah` 31 under `III` over L and P):
    # first column -> (the figure, the numeric columns it spans); it is the sum of them all, so it is
    # kept out of `values` (no column's check may read it as that column's figure alone)
    spans: dict[int, tuple[Parsed, tuple[int, ...]]] = field(default_factory=dict)
    #: the words of the last row without figures printed above (a heading: `belanja` of `II Belanja` over its
    #: sources), as `called` gives them
    under: str = ""
    #: the row's number printed in a `No` cell apart from its label (`8` of `8 | Jumlah Pendapatan (2 s.d. 7)`)
    mark: str = ""

    @property
    def rank(self) -> int:
        return TOTAL_WORDS.get(self.total or "", 0)

    def figure(self, col: int) -> Parsed:
        """The figure printed at `col`: its own, or one printed over several columns from there."""
        return self.values[col] if col in self.values else self.spans[col][0]

    def line_no(self) -> int | None:
        return next((c.line for c in self.cells if c.line is not None), None)

    def called(self) -> str:
        """Its label as words, without its numbering (`II. Belanja` -> `belanja`)."""
        return _called(self.label)

    def names(self) -> str:
        """What a total row names after its total word (`Total Belanja` -> `belanja`), else ''."""
        name, word = key_of(self.label), key_of(self.total or "")
        return name[len(word) + 1:] if word and name.startswith(word + " ") else ""

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
    totals: list[tuple[int, list[int]]] = field(default_factory=list)  # (total column, the columns it adds)
    read: bool = False  # the classifier read it into a canonical table (the rule packs check it)
    #: of a read table, the figure columns its kind does not read (a staff table's `Persentase`): the generic
    #: percent check reads those
    unread: set[int] = field(default_factory=set)
    #: the formulas its numbering row prints, by the column each is for (`6 = (3 x 5)`)
    formulas: dict[int, Formula] = field(default_factory=dict)
    #: its rows name each an indicator (`Jumlah Laporan ...`, `Persentase ...`): their figures other than money are
    #: of as many measures, which a parent row's does not add up (`indicator_rows`)
    indicators: bool = False
    #: the next printed table starts without a header of its own and is not joined to this one (its columns read
    #: otherwise): this table's last rows may go on there (`audit.document.printed`)
    goes_on: bool = False

    @property
    def title(self) -> str:
        """The caption line nearest the table (its title), shortened."""
        return self.table.caption[-1][:80] if self.table.caption else ""

    @property
    def context(self) -> str:
        """Its title and the heading it is under, as words: what the table is about."""
        return key_of(" ".join([*self.table.caption[-2:], *self.table.section[-1:]]))

    @property
    def weak(self) -> bool:
        return self.source == "bold"

    def additive(self, col: int) -> bool:
        """Do the column's figures add up down the rows? Not a rate's, a year's, a rank's, nor an indicator's own
        measure (`K` beside `Rp`)."""
        key = key_of(_DATED.sub(" ", self.headers[col]))
        return col not in self.percent and col not in self.mixed and not any(has_word(key, w) for w in NOT_ADDITIVE) \
            and not measure(self.headers[col])


def _called(label: str) -> str:
    """A label as words, without its numbering: what a total's name is compared with (`Line.names`)."""
    return key_of(strip_mark(label))


def has_word(key: str, word: str) -> bool:
    return f" {word} " in f" {key} " if word != "%" else "%" in key


def read(table: DocTable, rows: list | None = None, recognised: bool = False) -> Printed | None:
    """The table's figures and structure; None when it holds no column of figures."""
    if not table.rows or not table.width:
        return None
    layout = split_header(table)
    width = table.width
    body = _past_numbering(table, [i for i in layout.body if i < len(table.rows)])
    texts = [[table.rows[i][c].text.strip() if c < len(table.rows[i]) else "" for c in range(width)] for i in body]
    headers = [" / ".join(col.labels) for col in layout.columns] + [""] * (width - len(layout.columns))
    groups = [tuple(col.labels[:-1]) for col in layout.columns] + [()] * (width - len(layout.columns))
    numeric = _numeric_columns(texts, headers, width)
    if not numeric:
        return None
    first = numeric[0]
    styles = {c: column_style(row[c] for row in texts) for c in numeric}  # `1.250` beside `0.85`: one and a quarter
    lines = [_line(table, i, first, numeric, styles) for i in _aligned(table, body)]
    for extra in rows or []:
        lines += [_line(extra, i, first, numeric, styles) for i in range(len(extra.rows))]
    _indented_totals(lines, first)
    heading = ""
    for ln in lines:  # a heading row prints no figure: the rows under it remember it, for a total that names it
        if not (ln.values or ln.spans or ln.total) and ln.label:
            heading = ln.label
        ln.under = _called(heading)
    lines = [ln for ln in lines if (ln.values or ln.total) and not is_summary(ln.label)]
    percent = {c for c in numeric if _percent(headers[c], [ln.values.get(c) for ln in lines])}
    money = {c for c in numeric if c not in percent and _money(headers[c], [ln.values.get(c) for ln in lines])}
    mixed = {c for c in numeric if _mixed(c, headers, groups, lines)}
    printed = Printed(table, headers, groups, numeric, percent, money, lines, mixed=mixed, read=recognised)
    printed.source = assign_levels(lines, first)
    printed.indicators = indicator_rows(lines, first)
    printed.totals = _total_columns(printed)
    if layout.numbering is not None:
        row = table.rows[layout.numbering]
        printed.formulas = formulas([row[c].text if c < len(row) else "" for c in range(width)])
    return printed


def _indented_totals(lines: list[Line], first: int) -> None:
    """A row whose `Jumlah ...` stands right of the label column most rows fill, that column left empty, is no
    total: it names a second indicator of the row above (`Jumlah kegiatan koordinasi` under a sub kegiatan, in the
    indicator column). A `No` or code column does not count: `| | Jumlah | 120 |` is a total."""
    filled = label_starts(lines, first)
    starts = [c for c in filled if c is not None]
    if not starts:
        return
    column = min(set(starts), key=lambda c: (-starts.count(c), c))
    if 2 * starts.count(column) <= len(starts):
        return
    for ln, c in zip(lines, filled):
        if ln.total and c is not None and c > column:
            ln.total = None


def _past_numbering(table: DocTable, body: list[int]) -> list[int]:
    """The body rows less the column-numbering rows (`1 2 3 4 5 6`, every filled cell the next number from 1): one
    split from its header by empty rows (a PDF's tall header), one printed again under a page break. Such a row is
    no row of figures."""
    def numbering(i: int) -> bool:  # a number read twice where a PDF's column lines split a cell (`5 6 6`) still is
        texts = [c.text.strip().strip("().") for c in table.rows[i] if c.text.strip()]
        if len(texts) < 4 or not all(t.isdigit() for t in texts) or texts[0] != "1":
            return False
        steps = [int(b) - int(a) for a, b in zip(texts, texts[1:])]
        return set(steps) <= {0, 1} and steps.count(0) <= 1

    return [i for i in body if not numbering(i)]


def _total_columns(printed: Printed) -> list[tuple[int, list[int]]]:
    """`Jumlah` columns and the run of figure columns left of each under the same header group."""
    out = []
    numeric = set(printed.numeric)
    totals = {c for c in printed.numeric if _is_total_header(printed.headers[c])}
    for col in sorted(totals):
        if col - 1 not in numeric or not printed.additive(col):
            continue
        group = printed.groups[col - 1]
        if printed.groups[col] not in (group, ()):
            continue
        parts: list[int] = []
        c = col - 1
        while c in numeric and c not in totals and printed.groups[c] == group and printed.additive(c):
            parts.insert(0, c)
            c -= 1
        if len(parts) >= 2:
            out.append((col, parts))
    return out + _total_group_columns(printed, totals)


def _total_group_columns(printed: Printed, totals: set[int]) -> list[tuple[int, list[int]]]:
    """The columns of a `Jumlah` header group, each against the columns of the same label under the other
    groups (`Jumlah / L` = `IV / L` + `III / L` + ...: staff by golongan and sex, one group per golongan)."""
    def inner(c: int) -> str:
        return key_of(printed.headers[c].split(" / ")[-1]) if printed.headers[c] else ""

    def in_total_group(c: int) -> bool:
        return bool(printed.groups[c]) and _is_total_header(printed.groups[c][-1])

    out = []
    figures = [c for c in printed.numeric if c not in totals and printed.additive(c)]
    for col in figures:
        if not in_total_group(col) or not inner(col):
            continue
        parts = [c for c in figures if c != col and not in_total_group(c) and printed.groups[c]
                 and inner(c) == inner(col)]
        if len({printed.groups[c] for c in parts}) >= 2:
            out.append((col, parts))
    return out


def _is_total_header(header: str) -> bool:
    last = header.split(" / ")[-1] if header else ""
    return key_of(re.sub(r"\([^)]*\)", " ", last)) in TOTAL_WORDS


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
        if sum(map(_code, filled)) * 2 >= len(filled):  # account codes under a header spanning them and the label
            continue
        out.append(c)
    if out and out[0] == 0 and _counting(texts, 0):
        out = out[1:]
    return out


_CODE_CELL = re.compile(r"\d{1,2}(?:\.\d{1,4})+\.?|\d{1,2}\.|0\d")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _code(text: str) -> bool:
    """An account code alone in its cell (`4.1.`, `4.2.1.`, `5 . 1 . 02`, a desa's bidang `01`), not an amount
    (`1.200.000`: groups of three)."""
    text = tidy_code(text.strip())
    return bool(_CODE_CELL.fullmatch(text)) and not _THOUSANDS.fullmatch(text)


def _counting(texts: list[list[str]], c: int) -> bool:
    """1, 2, 3, ... down a column: a row number, not a figure."""
    nums = [_figure(row[c]).value for row in texts if row[c] and is_figure(row[c])]
    return len(nums) >= 2 and nums == list(range(1, len(nums) + 1))


def _line(table: DocTable, i: int, first: int, numeric: list[int], styles: dict[int, str | None] | None = None) -> Line:
    cells = table.rows[i]
    texts = [c.text.strip() for c in cells[:first] if c.text.strip()]
    marks = [x for x in texts if _MARK.fullmatch(x)]
    label = " ".join(x for x in texts if x not in marks or len(marks) == len(texts))  # `No` shown apart
    wide = {c1: tuple(c for c in range(c1, c2 + 1) if c in numeric)
            for r1, c1, r2, c2 in table.merged if r1 == i and c2 > c1 and r1 <= i <= r2}
    values, spans = {}, {}
    for c in numeric:
        if c < len(cells) and cells[c].text.strip():
            parsed = _figure(cells[c].text, (styles or {}).get(c))
            if parsed.value is None:
                continue
            if len(wide.get(c, ())) > 1:
                spans[c] = (parsed, wide[c])
            else:
                values[c] = parsed
    mark = marks[0].strip("().") if marks and len(marks) < len(texts) else ""
    return Line(table.index, i, cells, label, total_word(label, bold(cells)), None, values, spans, mark=mark)


def is_figure(text: str) -> bool:
    """A figure of the table (not a label, not a year heading); `1.200` is twelve hundred here."""
    return is_number(text)


def _figure(text: str, style: str | None = None) -> Parsed:
    """A figure as its column writes (`style`); `1.200` that nothing decides is thousands in a table."""
    parsed = parse_number(text, "number", style)
    if parsed.form == "ambiguous":
        parsed = parse_number(text, "count")
    return parsed


def is_summary(label: str) -> bool:
    """A row of averages (`Rata-rata`, `Rerata Capaian`): neither a part of a total nor a total."""
    words = key_of(strip_mark(label)).split()
    return bool(words) and (words[0] in SUMMARY_WORDS or " ".join(words[:2]) in SUMMARY_WORDS) and len(words) <= 4


def _percent(header: str, values: list) -> bool:
    key = key_of(header)
    if not is_number(header.split(" / ")[-1]) and any(has_word(key, w) for w in PERCENT_WORDS):
        return True
    filled = [v for v in values if v is not None]  # a figure printed with `%` is a percentage, one alone too
    return bool(filled) and all(v.unit == "%" for v in filled)


#: the words an indicator's name begins with (`Jumlah Laporan Keuangan ...`, `Persentase cakupan ...`)
_MEASURE = re.compile(r"^(?:jumlah|persentase|presentase|prosentase|indeks|rasio|cakupan|tingkat|angka|nilai|"
                      r"waktu|luas|panjang|proporsi|rata-rata)\s+\w", re.I)


def indicator_rows(lines: list[Line], first: int) -> bool:
    """Do most rows (three at least) print an indicator's name in one of their text cells, besides a programme's
    or a kegiatan's (a Renja form: `Penyediaan Jasa ... | Jumlah Laporan ...`)? A total row does not count."""
    rows = [ln for ln in lines if not ln.total]
    named = sum(any(_MEASURE.match(c.text.strip()) for c in ln.cells[:first]) for ln in rows)
    return len(rows) >= 3 and 2 * named >= len(rows)


def _mixed(col: int, headers: list[str], groups: list, lines: list[Line]) -> bool:
    """Figures of different units: a `Satuan` column beside it, or units written in its cells that differ."""
    beside = [c for c in (col + 1, col - 1) if 0 <= c < len(headers)]
    if any(key_of(headers[c].split(" / ")[-1]) == "satuan" and groups[c] == groups[col] for c in beside):
        return True
    units = {ln.values[col].unit for ln in lines if col in ln.values and ln.values[col].unit not in (None, "Rp")}
    return len(units) > 1


def measure(header: str) -> bool:
    """Does the column's own label (its innermost) name an indicator's measure (`Realisasi Kinerja ... / II / K`),
    however its group is worded?"""
    return key_of(header.rsplit(" / ", 1)[-1]) in MEASURE_LABELS


def _money(header: str, values: list) -> bool:
    key = key_of(header)
    if measure(header):
        return False
    if any(has_word(key, w) for w in MONEY_WORDS):
        return True
    filled = [v.value for v in values if v is not None]
    return bool(filled) and sum(abs(x) >= 1_000_000 for x in filled) * 2 > len(filled)
