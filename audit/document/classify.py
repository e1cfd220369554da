"""Recognise each document table as a canonical table, whatever the reader.

A printed table is recognised from its header words and its caption:

1. the header rows are separated from the body (a multi-row header ends at the
   first row with figures; a numbering row `1 2 3 4` or `(1) (2)` ends it too and
   is dropped), and each column gets its stack of labels, a group label such as
   `Kinerja` or `Status Kepegawaian` carried over the columns it spans;
2. every canonical table is scored by how many columns its header aliases map
   and how well its title and caption words (declared with its model) match the caption;
3. the best table kind wins; the layout its model names (`layouts.py`) adds what the page
   shows by position or markup rather than in a column: row levels (totals,
   bold group rows), hierarchical ids, the PK version from the caption.

Tables of the same kind are joined (the LPPD annex prints one table per
program); a table whose figures repeat an earlier part is a copy and is logged,
not read twice. A table that matches nothing is logged and reported, never
dropped silently.
"""
from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from audit.document import comparison
from audit.document.model import DocCell, DocTable
from audit.ingest import headers, months
from audit.ingest.headers import header_key
from audit.model.spec import TableSpec
from audit.numbers import DASHES, parse_number

#: a column number, alone or with the formula of its column (`6 : 5x3`, `(4) = (3)/(2) x 100%`: forms print how a
#: column is computed from the others under their numbers)
_NUMBERING = re.compile(r"^\(?(\d{1,2})\)?\.?(?:\s*[:=]\s*[\d()\s/x×*:+\-.%]+)?$")
_NUMBERS = re.compile(r"\(?\d{1,2}\)?(?:\s+\(?\d{1,2}\)?)+")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_YEAR_WORDS = re.compile(r"\b(?:tahun\s+|th\.?\s+)?(?:19|20)\d{2}\b", re.I)
#: the report's year (`extract` sets it), which a year printed relative to it stands for: `Tahun N` is the year
#: reported on, `Tahun N-1` the one before (forms of reviews and LKPJ print their columns so)
REPORT_YEAR: ContextVar[int | None] = ContextVar("report_year", default=None)


def relative_year(label: str) -> int | None:
    """How many years after the report's a header names relatively (`Tahun N-1`: -1, `TAHUN (N)`: 0), or None."""
    m = headers.RELATIVE_YEAR.search(label)
    if m is None:
        return None
    sign, step = m.group(1), m.group(2)
    return 0 if not step else (int(step) if sign == "+" else -int(step))


@dataclass
class Column:
    """One column of a document table: its position and its header labels, outermost first."""

    position: int
    labels: list[str]

    @property
    def year(self) -> str | None:
        """The year a column is for (`TARGET KINERJA / 2019`, `REALISASI TAHUN 2022 / ANGGARAN`, `Tahun N-1` in a
        report of 2020: 2019), if any."""
        years = {m.group(0) for lab in self.labels for m in _YEAR.finditer(lab)}
        if not years and (base := REPORT_YEAR.get()):
            years = {str(base + step) for lab in self.labels if (step := relative_year(lab)) is not None}
        return years.pop() if len(years) == 1 else None

    @cached_property
    def keys(self) -> list[tuple[str, str, str | None]]:
        """(candidate text, its header key, the unit it states), computed once per column, not once per
        table kind: each text as printed, then without its unit, period and year (`Realisasi Keuangan (Rp)`
        is `Realisasi Keuangan`, of a money column)."""
        out: list[tuple[str, str, str | None]] = []
        for text in self.texts:
            out.append((text, header_key(text), self.unit))
            bare = header_key(" ".join(headers.normalise(text).words))
            if bare != out[-1][1]:
                out.append((text, bare, self.unit))
        return out

    @cached_property
    def texts(self) -> list[str]:
        """`candidates()`, computed once per column."""
        return self.candidates()

    @cached_property
    def unit(self) -> str | None:
        """The unit printed over the column (`(Rp)`, `(%)`), if any."""
        return next((u for lab in self.labels if (u := headers.normalise(lab).unit)), None)

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word printed over the column, its group labels too."""
        return frozenset(w for label in self.labels for w in headers.normalise(label).words)

    def candidates(self) -> list[str]:
        """Header texts to look up, most specific first: the labels joined in pairs, innermost first
        (`Realisasi / Anggaran` as `Realisasi Anggaran`, `Keuangan / Target / Angka` as `Target Keuangan`
        once `Target Angka` is taken), with and without their year, then each label alone."""
        labels = [lab for lab in self.labels if lab]
        joined = []
        for a in reversed(range(len(labels))):
            for b in reversed(range(a)):
                joined += [f"{labels[a]} {labels[b]}", f"{labels[b]} {labels[a]}"]
        out: list[str] = []
        for group in (joined, list(reversed(labels))):
            out += group + [" ".join(_YEAR_WORDS.sub(" ", x).split()) for x in group]
        out += [english for x in list(out) if (english := translate(x)) != x]
        return [x for x in dict.fromkeys(out) if x]


#: English header words (reports translated for donors, or drafted in English) -> the Indonesian header word
ENGLISH = {
    "number": "no", "no": "no", "education": "pendidikan", "gender": "jenis kelamin", "sex": "jenis kelamin",
    "rank": "golongan", "total": "jumlah", "amount": "jumlah", "budget": "anggaran", "ceiling": "pagu",
    "realisation": "realisasi", "realization": "realisasi", "actual": "realisasi", "achievement": "capaian",
    "program": "program", "programme": "program", "activity": "kegiatan", "activities": "kegiatan",
    "indicator": "indikator", "performance": "kinerja", "goal": "tujuan", "objective": "sasaran",
    "target": "target", "unit": "satuan", "value": "nilai", "item": "uraian", "description": "uraian",
    "notes": "keterangan", "remarks": "keterangan", "spending": "belanja", "expenditure": "belanja",
    "year": "tahun", "efficiency": "efisiensi", "assets": "bidang barang", "asset": "bidang barang",
    "strategic": "strategis", "civil": "", "servants": "", "and": "dan", "of": "", "the": "",
}


def translate(text: str) -> str:
    """An English header in the Indonesian words the aliases use (`Performance Indicator` -> `indikator kinerja`)."""
    words = re.findall(r"[A-Za-z%]+|\d+", text.lower())
    if not words or not any(w in ENGLISH for w in words):
        return text
    out = [ENGLISH.get(w, w) for w in words]
    if len(out) == 2 and out[0] in ("kinerja",):  # "performance indicator" -> "indikator kinerja"
        out.reverse()
    return " ".join(w for w in out if w)


@dataclass
class Layout:
    """A document table split into header and body."""

    columns: list[Column]
    body: list[int]  # indices of body rows in the DocTable
    numbering: int | None = None  # index of a dropped numbering row


@dataclass
class Match:
    """A table kind chosen for a document table, and how its columns map."""

    spec: TableSpec
    mapping: dict[int, str]  # document column position -> canonical column
    score: float
    layout: Layout
    years: dict[int, str] = field(default_factory=dict)  # position -> year, for one-column-per-year groups


@lru_cache(maxsize=65536)
def is_number(text: str) -> bool:
    """Does a cell hold a figure (not a label, not a year heading)? `600.000` does, whichever way its dot is
    read (its column's kind or style decides which, when the table is read)."""
    if not text or _YEAR.fullmatch(text.strip()):
        return False
    parsed = parse_number(text, "number")
    return parsed.form == "ambiguous" or (parsed.value is not None and parsed.form != "text")


def _numbering(row: list[DocCell]) -> bool:
    """`1 2 3 4 5` or `(1) (2) ...`: the column numbers some reports print under the header
    (sometimes with the year headings repeated: `(1) (2) (3) (4) 2018 2019 ...`)."""
    texts = [c.text.strip() for c in row if c.text.strip()]
    # two columns' numbers in one cell (`3 4`: no rule printed between them in that row) are each a number
    texts = [t for x in texts for t in (x.split() if _NUMBERS.fullmatch(x) else (x,))]
    candidates = [x for x in texts if not _YEAR.fullmatch(x)]
    nums = [m for m in map(_NUMBERING.match, candidates) if m is not None]
    if len(candidates) < 3 or len(nums) < len(candidates):
        return False
    values = [int(m.group(1)) for m in nums]
    rising = sum(b > a for a, b in zip(values, values[1:]))
    return rising >= len(values) - 2


def split_header(table: DocTable) -> Layout:
    """Header rows, body rows and each column's labels."""
    rows = table.rows
    header: list[int] = []
    numbering = None
    for i, row in enumerate(rows):
        if _numbering(row):
            numbering = i
            break
        figures = sum(is_number(c.text) for c in row)
        dashes = sum(c.text.strip() in ("-", "–") for c in row)
        if i == 0 or (figures == 0 and dashes == 0 and i < 4 and _continues_header(rows, i)
                      and not _below_spans(table, i)):
            header.append(i)
            continue
        break
    if numbering is not None and header:  # `K Rp` under the column numbers: the header goes on
        i = numbering + 1
        while i < len(rows) and _units_below(rows[i]):
            header.append(i)
            i += 1
    start = max(header[-1] + 1 if header else 0, numbering + 1 if numbering is not None else 0)
    width = table.width
    grid = [[rows[h][c].text.strip() if c < len(rows[h]) else "" for c in range(width)] for h in header]
    for k in range(len(grid) - 1):
        _carry_groups(grid[k], grid[k + 1:])
        _regroup(grid[k], grid[k + 1:], [rows[header[k]][c].text.strip() if c < len(rows[header[k]]) else ""
                                         for c in range(width)])
    labels = [[grid[k][c] for k in range(len(grid)) if grid[k][c]] for c in range(width)]
    body = [i for i in range(start, len(rows)) if numbering is None or not _repeats(rows[i], rows[numbering])]
    return Layout([Column(c, labels[c]) for c in range(width)], body, numbering)


#: a short label of words (`Rp`, `Target`, `% Realisasi`): not a figure, a dash nor a spreadsheet error (`#REF!`)
_LABEL = re.compile(r"[^\W\d_][\w%./() -]*")


def _units_below(row: list[DocCell]) -> bool:
    """A header row printed under the column numbers: short labels repeated group after group (`K Rp K Rp`,
    `L P L P`), none in the first column; a body row of labels (a sasaran, a programme) repeats none."""
    texts = [c.text.strip() for c in row]
    filled = [t for t in texts if t]
    return (len(filled) >= 2 and not texts[0] and all(len(t) <= 20 and _LABEL.fullmatch(t) for t in filled)
            and len(set(filled)) < len(filled))


def _repeats(row: list[DocCell], numbering: list[DocCell]) -> bool:
    """A body row printing the header's column numbers again: the next page of a table whose
    header a converter dropped but whose numbering row (`1 2 3 4 5 6`) it kept."""
    texts = [c.text.strip() for c in row]
    return any(texts) and texts == [c.text.strip() for c in numbering] and _numbering(row)


def _carry_groups(row: list[str], lower: list[list[str]]) -> None:
    """A group label (`KINERJA`, `Status Kepegawaian`) spans the labelled columns to its right."""
    carry = ""
    for c, text in enumerate(row):
        if text:
            carry = text
        elif carry and any(c < len(r) and r[c] for r in lower):
            row[c] = carry
        else:
            carry = ""


def _regroup(row: list[str], lower: list[list[str]], printed: list[str]) -> None:
    """Group labels printed out of line with the columns they head.

    When the labels under several groups repeat (`Target Realisasi %` under KINERJA and again under
    KEUANGAN), the groups split those columns into equal parts, whatever the conversion shifted.
    """
    below = lower[0]
    labelled = [any(c < len(r) and r[c] for r in lower) for c in range(len(printed))]
    starts = [c for c, text in enumerate(printed) if text and c + 1 < len(printed) and not printed[c + 1]
              and labelled[c + 1]]
    if len(starts) < 2:
        return
    a = starts[0]
    b = max(c for c, has in enumerate(labelled) if has) + 1
    if any(printed[c] for c in range(a, b) if c not in starts):
        return
    sub = below[a:b]
    n = len(starts)
    size = len(sub) // n
    if size < 2 or size * n != len(sub) or any(sub[i * size:(i + 1) * size] != sub[:size] for i in range(n)):
        return
    for i, g in enumerate(starts):
        for c in range(a + i * size, a + (i + 1) * size):
            row[c] = printed[g]


def _below_spans(table: DocTable, i: int) -> bool:
    """Every filled cell of row `i` stands under a first-row header cell printed down over the rows above
    it and ending there (a `rowspan`, a vertical merge): the header ended, so the row is the body's (a group
    row `Layanan Prasarana Internal | Unit` under `RINCIAN OUTPUT | SATUAN`, not a second header row)."""
    ended = {c for r0, c0, r1, c1 in table.merged if r0 == 0 and 1 <= r1 < i for c in range(c0, c1 + 1)}
    filled = [c for c, cell in enumerate(table.rows[i]) if cell.text.strip()]
    return bool(ended) and all(c in ended for c in filled)


def _continues_header(rows: list[list[DocCell]], i: int) -> bool:
    """A row without figures below the header continues it when it labels columns the first row grouped."""
    row, first = rows[i], rows[0]
    filled = [c for c, cell in enumerate(row) if cell.text.strip()]
    if not filled:
        return False
    blank_above = sum(1 for c in filled if c < len(first) and not first[c].text.strip())
    short = all(len(row[c].text) <= 40 for c in filled)
    return short and (blank_above > 0 or not row[0].text.strip())


@lru_cache(maxsize=256)
def _spec_lookup(spec: TableSpec) -> dict[str, str]:
    out: dict[str, str] = {}
    for c in spec.columns:
        for name in (*c.aliases, c.name):
            out.setdefault(header_key(name), c.name)
    return out


def aliases(spec: TableSpec, meta) -> dict[str, str]:
    """Header key -> the kind's column it names exactly (its aliases, the shared vocabulary, its tick columns)."""
    out = dict(_spec_lookup(spec))
    if spec.ticks_from:
        for name in getattr(meta, spec.ticks_from, []) or []:
            out.setdefault(header_key(name), name)
    return out


#: the column of a budget before its amendment (`headers.before_change`)
BEFORE = "anggaran_murni"


def budgeted(spec: TableSpec) -> bool:
    """Does the kind read a budget (`pagu`, `anggaran`), which a budget before its amendment must not be taken for?
    (The PK's change table reads `Sebelum` and `Sesudah Perubahan` as its own columns.)"""
    return any(spec.column(n) is not None for n in (BEFORE, "pagu", "anggaran"))

#: canonical columns a header names by pattern rather than by word: the comparison column is headed by the
#: other agency's name (`Kecamatan Randuagung`)
PATTERNS = {"realisasi_pembanding": re.compile(r"^(kecamatan|kabupaten|kota|kelurahan|dinas|badan|kantor|opd)\s+\w",
                                               re.I)}


def map_columns(spec: TableSpec, layout: Layout, meta, table: DocTable | None = None,
                user: dict | None = None) -> tuple[dict[int, str], dict[int, str], set[int]]:
    """Document column -> canonical column, each canonical column taken once (leftmost), the
    year of each column of a one-column-per-year group (a table with a `tahun` column only),
    and the positions mapped by meaning rather than by an exact alias.

    Exact aliases first, for every column; then the columns still unmapped by meaning
    (`audit.ingest.headers`), each mapping confirmed by the column's content when the
    table's body is given."""
    lookup = aliases(spec, meta)
    per_year = spec.column("tahun") is not None
    mapping: dict[int, str] = {}
    years: dict[int, str] = {}
    taken: set[tuple[str, str | None]] = set()
    meaning: set[int] = set()

    def own_year(name: str, year: str | None) -> str | None:  # the year of a period's end is not the row's
        column = spec.column(name)
        return None if column is not None and column.period_end else year

    def take(col: Column, name: str, year: str | None) -> None:
        year = own_year(name, year)
        mapping[col.position] = name
        taken.add((name, year))
        if year:
            years[col.position] = year

    def free(name: str, year: str | None) -> bool:
        year = own_year(name, year)
        return (name, year) not in taken and (name, None) not in taken

    user_map = headers.for_table(user, spec.name)
    periods = headers.periods_named(spec.name)
    stale = _stale(layout)
    own_months = month_columns(spec, layout, table)
    for col in layout.columns:
        if (month := own_months.get(col.position)) is not None:
            take(col, month, None)
    # the budget before its amendment (`Murni`, `APBD` beside `APBD-P`): its own column or none, never the budget
    # (unless the user's `[columns]` say otherwise)
    before = headers.before_change([col.words for col in layout.columns]) if budgeted(spec) else set()
    original = {col.position for col in layout.columns if col.position in before and col.position not in own_months
                and _user_choice(spec, col, user_map) in (None, BEFORE)}
    for col in layout.columns:
        if col.position in original and spec.column(BEFORE) is not None and free(BEFORE, None):
            take(col, BEFORE, None)
    past = {col.position for col in layout.columns if _last_years(col)}
    for col in _years_first(layout) if per_year else _current_first(layout, meta):
        if col.position in own_months or col.position in original or _running_before(col, stale) \
                or col.position in past:
            continue  # a month's own column is that month's or no column of this kind; last year's, none
        _exact(col, spec, layout, table, lookup, user_map, periods, stale, per_year, free, take)
    for col in layout.columns:
        if col.position in mapping or col.position in own_months or col.position in original or not col.labels \
                or _running_before(col, stale) or col.position in past:
            continue
        year = col.year if per_year else None
        name = _by_meaning(spec, col, user_map, lambda n: free(n, year), table, layout,  # noqa: B023 (called now)
                           stale)
        if name:
            take(col, name, year)
            meaning.add(col.position)
    if per_year and table is not None:
        _bare_years(spec, layout, table, mapping, free, take)
    _later_target_is_final(spec, mapping, years)
    if len({y for y in years.values()}) < 2:  # one year only: a plain column (its year is read by the layout) ...
        for p in [p for p in years if mapping.get(p) == "tahun"]:  # ... but `Tahun 2016` over figures is no column
            del mapping[p]  # of years: that year's figures, of no column it names (said unread, not read as years)
            meaning.discard(p)
        years = {}
    _yearless_left(mapping, years, meaning)
    return mapping, years, meaning


#: what a caption says the figures under bare years are: a realisation (`Perbandingan Realisasi Kinerja Tahun
#: 2019-2021`) or a target (`Target Kinerja Tahun 2020-2024`)
_CAPTION_FIGURE = (("realisasi", frozenset({"realisasi"})), ("target", frozenset({"target"})))


def _bare_years(spec: TableSpec, layout: Layout, table: DocTable, mapping: dict[int, str], free, take) -> None:
    """Columns headed by a year alone (`| Indikator | 2019 | 2020 | 2021 |`, no `Realisasi` over them), two or
    more: each year's figure of the one kind the caption names (`realisasi` or `target`); none when it names
    neither or both (a plain `Capaian Kinerja Tahun ...` may print values or percentages)."""
    bare = [col for col in layout.columns if col.position not in mapping and col.year and col.labels
            and all(_YEAR_WORDS.fullmatch(label.strip()) for label in col.labels)]
    if len(bare) < 2:
        return
    words = set(re.findall(r"[a-z]+", " ".join(table.caption).lower()))
    said = [name for name, named in _CAPTION_FIGURE if words & named and spec.column(name) is not None]
    if len(said) != 1:
        return
    for col in bare:
        if free(said[0], col.year):
            take(col, said[0], col.year)


def _yearless_left(mapping: dict[int, str], years: dict[int, str], meaning: set[int]) -> None:
    """A column of no one year (`Target RPJMD 2012-2017`) named like the columns of each year (`Target 2016`): no
    year's row holds it, and each year's own would overwrite it. Left unmapped, it is said unread (DOC003), not
    dropped unseen. Changes `mapping` and `meaning` in place."""
    yearly = {mapping[p] for p in years}
    for p in [p for p, name in mapping.items() if p not in years and name in yearly]:
        del mapping[p]
        meaning.discard(p)


def _later_target_is_final(spec: TableSpec, mapping: dict[int, str], years: dict[int, str]) -> None:
    """A target printed for a year after every realisation beside it (`TARGET 2024 | REALISASI 2021 | % CAPAIAN`,
    a Balai Besar POM's comparison with its Renstra) is the Renstra's final target, in a kind that reads one
    (`target_akhir`): the capaian beside it is against it. Changes `mapping` and `years` in place."""
    if spec.column("target_akhir") is None or "target_akhir" in mapping.values():
        return
    targets = [p for p, n in mapping.items() if n == "target"]
    done = [p for p, n in mapping.items() if n == "realisasi"]
    if len(targets) != 1 or not done or targets[0] not in years or not all(p in years for p in done):
        return
    if all(int(years[targets[0]]) > int(years[p]) for p in done):
        mapping[targets[0]] = "target_akhir"
        del years[targets[0]]


def _years_apart(spec: TableSpec, mapping: dict[int, str], years: dict[int, str]) -> bool:
    """Does a kind of one row per year read targets and realisations of different years only (`TARGET 2024`,
    `REALISASI 2021`)? No year's row would hold both: no comparison across years, not this kind."""
    if spec.column("tahun") is None:
        return False
    targets = {years[p] for p, n in mapping.items() if n == "target" and p in years}
    done = {years[p] for p, n in mapping.items() if n == "realisasi" and p in years}
    return bool(targets) and bool(done) and not targets & done


#: the parts a figure is computed from, printed under its group label (`Realisasi s.d TW I` over `Pembilang`,
#: `Penyebut`, `Realisasi`): never the figure the group label names
_OPERANDS = frozenset({"pembilang", "penyebut", "numerator", "denominator"})


def _exact(col: Column, spec: TableSpec, layout: Layout, table: DocTable | None, lookup: dict,
           user_map: dict, periods, stale, per_year: bool, free, take) -> None:
    """Map one column by the user's `[columns]` or an exact alias (`map_columns`). A column of operands (`Pembilang`)
    is not named by its group label alone: the sibling that is the figure (`Realisasi`) is."""
    year = col.year if per_year else None
    chosen = _user_choice(spec, col, user_map)
    if chosen and free(chosen, year):
        take(col, chosen, year)
        return
    inner = col.labels[-1] if col.labels else ""
    operand = len(col.labels) > 1 and bool(set(inner.lower().split()) & _OPERANDS)
    for text, key, unit in col.keys:
        if operand and inner not in text:
            continue
        period = headers.normalise(text).period if key != header_key(text) else None
        if period in periods or period in stale:
            continue  # `Real. TW II` where a column per quarter exists, or `s.d. TW II` before `s.d. TW IV`
        name = _percent_capaian(spec, text, unit, lookup.get(key))
        if name in months.COLUMNS:
            continue  # a month's column is taken from a run of months only (`month_columns`)
        if name is None:
            name = next((n for n, p in PATTERNS.items() if spec.column(n) and p.match(text)), None)
        column = spec.column(name) if name else None
        if column is not None and column.kind in headers.UNIT_EXCLUDES.get(unit or "", ()):
            continue  # `Target (Rp)` is not an indicator's target
        if name and free(name, year) and not (table is not None and (
                _figures_for_words(spec, name, table, layout, col) or _words_for_figures(spec, name, table,
                                                                                         layout, col))):
            take(col, name, year)  # exact: content is realigned later (`align`), not judged here, but for a
            return  # column of words holding figures only (a puskesmas' `Sasaran`: 179 ibu hamil), or the reverse


def _running_before(col: Column, stale: frozenset[str]) -> bool:
    """A running total that stops before the table's latest (`s.d. Maret` beside `s.d. Desember`, under a group
    label `Realisasi Anggaran` or not): no column of any kind, whatever its group label names."""
    return bool(stale) and any(headers.normalise(label).period in stale for label in col.labels)


def month_columns(spec: TableSpec, layout: Layout, table: DocTable | None = None) -> dict[int, str | None]:
    """Every column of a run of months (`audit.ingest.months`: `Jan ... Des` under one group label), each with the
    month column of this kind it is (None where the kind reads no such run). A kind declaring month columns
    reads the one run whose group label its month columns do not rule out (`Target` or `Rencana` per month, a
    running total, a budget's physical progress: the model's `exclude` of `jan`); of two or more such runs it
    reads none. A run's columns are never another column of the kind (`Realisasi / Januari` is no realisasi)."""
    found = months.runs([(col.position, col.labels) for col in layout.columns])
    out: dict[int, str | None] = {p: None for run in found for p in run}
    column = spec.column(months.COLUMNS[0])
    if column is None:
        return out
    ruled_out = headers.excluded(spec.name, months.COLUMNS[0])
    readable = []
    labels = {col.position: col.labels for col in layout.columns}
    for run in found:
        group = [label for p in run for label in labels[p][:-1]]
        said = [headers.normalise(label) for label in group]
        words = {w for h in said for w in h.words} | {"%" for h in said if h.unit == "percent"}
        if not words & ruled_out and not (column.kind != "percent" and "%" in words):
            readable.append(run)
    run = readable[0] if len(readable) == 1 else {}
    if run and (table is None or all(_no_words(column.kind, _texts(table, layout, col))  # figures, not a
                                     for col in layout.columns if col.position in run)):  # schedule's ticks
        out.update({p: months.COLUMNS[m - 1] for p, m in run.items()})
    return out


def _no_words(kind: str, texts: list[str]) -> bool:
    """Most filled cells are no words (figures, `100.000` read by the column's kind; blanks and dashes are nothing)."""
    values = [t.strip() for t in texts if t.strip() not in ("", "-", "–", "—")]
    return 2 * sum(parse_number(v, kind).form == "text" for v in values) < max(len(values), 1)


def _years_first(layout: Layout) -> list[Column]:
    """The columns, those a year heads first: in a kind of one row per year, `2016 / Target` is the 2016 row's
    target, and a yearless `Target` printed left of the years (a group label's span cut short by the PDF's grid)
    must not take every year's target before it; it is then said unread (`_yearless_left`)."""
    return sorted(layout.columns, key=lambda col: col.year is None)


def _last_years(col: Column) -> bool:
    """A column of last year's figures named so, with no year printed (`Capaian Thn Lalu`, `Realisasi Tahun
    Sebelumnya`): no column of the kind's (read as the year's capaian, an RS Jiwa's last-year 10,00 stood for this
    year's 100,00 printed under `% Realisasi`); said unread."""
    return col.year is None and headers.LAST_YEAR.search(" ".join(col.labels)) is not None


def _current_first(layout: Layout, meta) -> list[Column]:
    """The columns, those of another year than the table's own after the others: a kind without a year per row
    reads this year's `Realisasi 2023`, not last year's `Realisasi 2022` printed left of it (a statement's
    `Realisasi 2022 | Anggaran 2023 | Realisasi 2023`). The table's year is the report's when a header names it,
    else the latest a header names."""
    printed = {col.year for col in layout.columns if col.year}
    if len(printed) < 2:
        return layout.columns
    report = str(getattr(meta, "year", "") or "")
    current = report if report in printed else max(printed)
    return sorted(layout.columns, key=lambda col: col.year is not None and col.year != current)


def _figures_for_words(spec: TableSpec, name: str, table: DocTable, layout: Layout, col: Column) -> bool:
    """A text column of the kind (a sasaran, an indicator, a programme) named by a header whose body prints
    figures and nothing else (at least two): the header means something else here (`Sasaran` as the number
    of people a puskesmas serves), and the column is not that one."""
    column = spec.column(name)
    if column is None or column.kind != "text" or name in ("no", "kode"):
        return False
    filled = [t.strip() for t in _texts(table, layout, col) if t.strip()]
    if not filled or not all(is_number(t) for t in filled):
        return False
    # two figures, or one that is no list number (`89.1`, `12,5%`: a score printed on a group row)
    return len(filled) >= 2 or not re.fullmatch(r"\(?\d{1,3}[.)]?", filled[0])


def _percent_capaian(spec: TableSpec, text: str, unit: str | None, name: str | None) -> str | None:
    """`% Capaian Kinerja` is the capaian, in percent, even in a kind where `Capaian Kinerja` alone names the
    realised value (a multi-year table printing `Capaian` under each year): a header naming a capaian in percent
    is the kind's percent capaian column, if it has one."""
    capaian = spec.column("capaian")
    if unit != "percent" or name in (None, "capaian") or capaian is None or capaian.kind != "percent":
        return name
    column = spec.column(name)
    if column is None or column.kind == "percent" or "capaian" not in headers.normalise(text).words:
        return name
    return "capaian"


def _words_for_figures(spec: TableSpec, name: str, table: DocTable, layout: Layout, col: Column) -> bool:
    """A figure column of the kind (a capaian, a budget) named by a header whose body prints words and no figure
    (at least two): the header means something else here (`Capaian` over `SB`, `B`, `K`: the category a
    percentage column beside it earns), and the column is not that one. A target or realisation may be worded
    (`WTP`): such a column keeps its name."""
    column = spec.column(name)
    if column is None or not column.numeric or column.qualitative:
        return False
    filled = [t.strip() for t in _texts(table, layout, col) if t.strip() and t.strip() not in DASHES]
    # words of letters: marks (`√`) under a header set a column off are realigned later (`align`), as figures are
    return len(filled) >= 2 and all(any(ch.isalpha() for ch in t) and not is_number(t) for t in filled)


def _user_choice(spec: TableSpec, col: Column, user_map: dict) -> str | None:
    """The column the user's `[columns]` names for one of these labels (it wins over everything)."""
    for text in col.texts if user_map else ():
        name = user_map.get(" ".join(headers.normalise(text).words))
        if name and spec.column(name):
            return name
    return None


def _stale(layout: Layout) -> frozenset[str]:
    """The running totals this table prints that stop before its latest (`headers.stale`)."""
    return headers.stale(headers.normalise(text).period for col in layout.columns for text in col.texts)


def _by_meaning(spec: TableSpec, col: Column, user_map: dict, free, table: DocTable | None,
                layout: Layout, stale: frozenset[str] = frozenset()) -> str | None:
    """The free canonical column a column's labels name by meaning, if its content agrees (a running total
    that stops before the table's latest names nothing)."""
    kinds = {c.name: c.kind for c in spec.columns if c.kind not in ("level", "id") and free(c.name)}
    best, best_score = None, 0.0
    for text in col.texts:
        if stale and headers.normalise(text).period in stale:
            continue
        name, s = headers.best_column(spec.name, kinds, text, user_map, col.words, col.unit)
        if name and s > best_score:
            best, best_score = name, s
    if best is None or table is None:
        return best
    if _figures_for_words(spec, best, table, layout, col):  # a score under `% Kinerja / Program` is no programme
        return None
    return best if headers.content_agrees(kinds[best], _texts(table, layout, col)) else None


def _texts(table: DocTable, layout: Layout, col: Column) -> list[str]:
    """The body cells of one column."""
    return [table.rows[i][col.position].text for i in layout.body
            if i < len(table.rows) and col.position < len(table.rows[i])]


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in {"dan", "yang", "tahun", "dengan"}}


def context_score(spec: TableSpec, context: str) -> float:
    """How well the caption and section headings name this table kind (0 to ~3): the caption words its
    model declares, and its title's words."""
    text = context.lower()
    score = sum(1.0 for h in spec.captions if h in text)
    title = _words(spec.title)
    if title:
        score += len(title & _words(text)) / len(title)
    return score


def _tiered(table: DocTable, layout: Layout) -> str:
    """Do the rows show programme > kegiatan > sub kegiatan: `named` by their words or budget codes, `numbered` by
    an outline numbering of two depths or more only (`1`/`1.1`, `I`/`A`/`a`: an account statement numbers its
    sections and their accounts so too); "" when not."""
    from audit.document.hierarchy import Line, by_code, by_words, numbering_depth

    figures = _figure_columns(table, layout)  # amounts (`1.000.000`) are no outline numbers nor codes
    numbered = ""
    for col in layout.columns:
        if (col.position in figures and col.position != 0) or _words(" ".join(col.labels)) & _FIGURE_HEADS:
            continue  # nor is a grade among the figures a column of them prints (`A`, a level `III` realised)
        texts = _texts(table, layout, col)
        found = {by_words(Line(t)) or by_code(Line(t)) for t in texts} - {None}
        schemes: list[str] = []
        depths = {numbering_depth(t, schemes) for t in texts} - {None}
        if len(found) >= 2:
            return "named"
        if len(depths) >= 2 and sum(bool(t.strip()) for t in texts) >= 3:
            numbered = "numbered"
    return numbered


#: header words of a column of figures, whatever some of its cells print instead (`NA`, `WTP`, a grade)
_FIGURE_HEADS = frozenset({"target", "realisasi", "capaian", "anggaran", "pagu"})


def _figure_columns(table: DocTable, layout: Layout) -> set[int]:
    """Positions of the columns whose body cells are mostly figures."""
    out = set()
    for col in layout.columns:
        texts = [table.rows[i][col.position].text for i in layout.body
                 if i < len(table.rows) and col.position < len(table.rows[i])]
        filled = [t for t in texts if t.strip() not in ("", "-", "–")]
        if filled and sum(map(is_number, filled)) > len(filled) / 2:
            out.add(col.position)
    return out


def classify(table: DocTable, specs: dict[str, TableSpec], meta, user: dict | None = None) -> Match | None:
    """The canonical table kind this document table is, or None."""
    found = candidates(table, specs, meta, user)
    return found[0][0] if found and found[0][1] else None


#: columns nearly every kind has: a row number, a row's level, a `Jumlah` / `Total`; matching only these says
#: nothing of what a table is (a permit count by outlet "matched" the village coaching table by them)
_GENERIC = frozenset({"no", "level", "jumlah"})


def closest(table: DocTable, specs: dict[str, TableSpec], meta, user: dict | None = None) -> Match | None:
    """The best attempt, even one rejected (for the extraction log: why a table was not recognised); none when
    the best matched no column beyond those every kind has, so that no reviewer is sent to map a table onto an
    unrelated kind."""
    found = candidates(table, specs, meta, user)
    return found[0][0] if found and set(found[0][0].mapping.values()) - _GENERIC else None


def candidates(table: DocTable, specs: dict[str, TableSpec], meta,
               user: dict | None = None) -> list[tuple[Match, bool]]:
    """Every table kind scored, best first, each with whether it is acceptable: at least two columns
    besides `no`, among them a label and a figure column."""
    layout = split_header(table)
    evidence = _Evidence(" ".join(table.caption), " ".join(table.section[-1:]), _figure_columns(table, layout),
                         _tiered(table, layout))
    printed = _printed_words(layout)
    compared = comparison.groups(layout.columns, lambda col: _texts(table, layout, col), evidence.figures)
    rupiah = {col.position for col in layout.columns if col.unit == "money"}
    amended = comparison.versions(layout.columns)  # a budget before and after its amendment, nothing realised
    stale = _stale(layout)  # running totals before the table's latest: no column, and no figure left unread
    out = []
    for spec in specs.values():
        if not user and not (printed & _spec_words(spec)) and not spec.ticks_from:
            out.append((Match(spec, {}, float("-inf"), layout, {}), False))  # not one word of this kind's headers
            continue
        mapping, years, meaning = map_columns(spec, layout, meta, table, user)
        names = set(mapping.values()) | ({"tahun"} if years else set())
        exact = {n for p, n in mapping.items() if p not in meaning} | ({"tahun"} if years else set())
        score = _score(spec, mapping, names, exact, evidence)
        revenue = _revenue_section(spec, mapping, table, layout) or (
            _budget_labelled(spec, mapping) and _revenue_named(spec, mapping, table, layout))
        acceptable = _acceptable(spec, names) and revenue == _reads_revenue(spec) \
            and not _years_apart(spec, mapping, years) \
            and not _figure_skipped(mapping, evidence.figures, layout, table, stale) and _has_year(spec, names, layout)
        if acceptable and compared and not headers.for_table(user, spec.name):  # the same amounts for two years:
            # read as such, or not at all (unless the user's `[columns]` says how this kind reads the table)
            kinds = {c.name: c.kind for c in spec.columns}
            labelled = all(c.name in names for c in spec.columns if c.required and c.kind == "text")
            acceptable = not comparison.misread(compared, mapping, kinds, bool(years), labelled, rupiah)
        if acceptable and amended and not headers.for_table(user, spec.name):  # no kind reads the versions' amounts
            acceptable = not any(p in amended and (c := spec.column(n)) is not None and c.kind == "money"
                                 for p, n in mapping.items())
        out.append((Match(spec, mapping, score, layout, years), acceptable))
    out.sort(key=lambda m: (not m[1], -m[0].score))
    return out


def _printed_words(layout: Layout) -> frozenset[str]:
    """Every header word of a table, as printed and normalised (exact keys too)."""
    out: set[str] = set()
    for col in layout.columns:
        out |= col.words
        out.update(key for _, key, _ in col.keys)
    return frozenset(out)


@lru_cache(maxsize=256)
def _spec_words(spec: TableSpec) -> frozenset[str]:
    """Every word (and exact key) a header of this table kind can be named by: if a table prints none of
    them, the kind cannot read it, and its columns need not be tried one by one."""
    out: set[str] = set(_spec_lookup(spec))
    for c in spec.columns:
        for phrase in headers.phrases(spec.name, c.name):
            out.update(phrase.words)
        for alias in (*c.aliases, c.name):
            out.update(headers.normalise(alias).words)
    for pattern_column in PATTERNS:
        if spec.column(pattern_column):
            out.update(("kecamatan", "kabupaten", "kota", "kelurahan", "dinas", "badan", "kantor", "opd"))
    return frozenset(out)


@dataclass(frozen=True)
class _Evidence:
    """What a printed table shows besides its headers: its caption and section, the positions of its
    figure columns, whether its rows show programme > kegiatan levels."""

    caption: str
    section: str
    figures: set[int]
    tiered: str  # `_tiered`


#: row labels that open a revenue section or close a revenue-and-spending statement (an LRA: a BLUD's
#: `PENDAPATAN` over its retribusi, then `BELANJA`, then `Surplus / (Defisit)`; `PENDAPATAN DAERAH PENDAPATAN ASLI
#: DAERAH`, a section and its first group numbered `1 1.1` in one row)
BUDGET_LABELS = ("uraian", "program", "jenis_belanja")
_REVENUE_HEADING = r"(pendapatan( asli)?( daerah| blud| negara)?( dan hibah)?|surplus( defisit)?|defisit)"
_REVENUE_ROWS = re.compile(rf"^{_REVENUE_HEADING}( {_REVENUE_HEADING})*$")  # two headings on one row too


def _revenue_section(spec: TableSpec, mapping: dict[int, str], table: DocTable, layout: Layout) -> bool:
    """Does the table print a revenue section or a surplus line among the rows of its label column? A budget or
    plan kind (labelled by programme, kegiatan or belanja, or ruling `pendapatan` out of its label) does not
    read such a table: revenue is not spending, and its figures would be added to the spending totals. (A
    programme named `... Pendapatan Daerah`, an indicator `Pendapatan Asli Daerah` of a Bapenda, are no section
    heading of such a kind.) A kind that reads revenue (`_reads_revenue`) reads only such a table."""
    for pos, name in mapping.items():
        if name not in BUDGET_LABELS and "pendapatan" not in headers.excluded(spec.name, name):
            continue
        for i in layout.body:
            row = table.rows[i]
            texts = [row[p].text for p in (pos, pos - 1) if 0 <= p < len(row)]  # a heading over the code column
            if any(_REVENUE_ROWS.match(" ".join(re.sub(r"[^a-z]+", " ", t.lower()).split())) for t in texts):
                return True
    return False


#: an agency named for revenue (`Dinas Pendapatan Daerah`, `Bapenda`): its name in a caption says nothing of the table
_REVENUE_AGENCY = re.compile(r"\b(?:dinas|badan|kantor|dispenda|bapenda)\s+pendapatan\b|\b(?:dispenda|bapenda)\b")


def _budget_labelled(spec: TableSpec, mapping: dict[int, str]) -> bool:
    """Is a kind's label a budget line (`uraian`, `program`, `jenis_belanja`), or does it rule revenue out?"""
    return any(name in BUDGET_LABELS or "pendapatan" in headers.excluded(spec.name, name) for name in mapping.values())


def _revenue_named(spec: TableSpec, mapping: dict[int, str], table: DocTable, layout: Layout) -> bool:
    """A revenue table without a section heading among its rows (a BLUD's `Realisasi Pendapatan`, a Bapenda's
    pajak daerah, a kabupaten's `Perincian Pendapatan dari Lain-lain PAD`): its label column's header or its caption
    names revenue (`Uraian Pendapatan`, `Tabel 3.4 Realisasi Pendapatan BLUD`; a caption's lines, its period on the
    last one), and not spending as well (a caption over spending alone is a spending table's); an agency named for
    revenue (`Dinas Pendapatan`) is no revenue table."""
    for col in layout.columns:
        if mapping.get(col.position) in spec.labels and "pendapatan" in col.words:
            return True
    said = _REVENUE_AGENCY.sub(" ", " ".join(table.caption[-3:]).lower())
    caption = set(re.sub(r"[^a-z]+", " ", said).split())
    return "pendapatan" in caption and "belanja" not in caption


def _reads_revenue(spec: TableSpec) -> bool:
    """A kind whose rows are sorted into sections of which one is `pendapatan` (a revenue-and-spending
    statement): it reads revenue, and a table without a revenue section or surplus line is not it."""
    return any(c.kind == "text" and "pendapatan" in c.allowed for c in spec.columns)


def _has_year(spec: TableSpec, names: set[str], layout: Layout) -> bool:
    """A kind that needs the year of each row (`tahun`, required) finds it in a column, a column per year, or
    a header naming one year (`Realisasi 2023`, `layouts._year_from_headers`); a table with none is not it."""
    column = spec.column("tahun")
    if column is None or not column.required or "tahun" in names:
        return True
    return any(re.search(r"\b(?:19|20)\d{2}\b", text) for col in layout.columns for text in col.texts)


#: header words of a column derived from the others (a difference, a share): left unread, it hides nothing
DERIVED_WORDS = {"selisih", "sisa", "saldo", "lebih", "kurang", "deviasi", "persen", "persentase", "prosentase",
                 "komposisi", "capaian", "efisiensi", "rasio"}


def _figure_skipped(mapping: dict[int, str], figures: set[int], layout: Layout, table: DocTable,
                    stale: frozenset[str] = frozenset()) -> bool:
    """As many columns of primary figures left unread as read (at least two): a puskesmas' `Sasaran  Target
    Angka  %` read as target and capaian, its population and count unread. The kind reads the row's figures
    out of their relation (its `%` is Angka / Sasaran, nothing of the target), so it is not this kind. A unit
    (`Satuan`), a percentage or a difference (`Selisih`, `Sisa`) left unread is derived and hides nothing, and so
    is a running total before the table's latest (`stale`: `s.d. Maret` beside `s.d. Desember`)."""
    read = [p for p in mapping if p in figures]
    unread = []
    for col in layout.columns:
        if col.position not in figures or col.position in mapping or _running_before(col, stale):
            continue
        words = set(headers.normalise(" ".join(col.labels)).words) | ({"persen"} if "%" in " ".join(col.labels)
                                                                       else set())
        cells = [t.strip() for t in _texts(table, layout, col) if t.strip()]
        shares = bool(cells) and sum(t.endswith("%") for t in cells) * 2 > len(cells)
        if not (words & (DERIVED_WORDS | {"satuan", "sat", "unit"}) or shares):
            unread.append(col.position)
    return len(unread) >= 2 and len(unread) >= len(read)


def _acceptable(spec: TableSpec, names: set[str]) -> bool:
    """Two columns besides `no`, a label column naming the rows (a number or budget code alone does not),
    and a figure column; and, for a kind defined by two or more figures it requires (a coverage table's
    population and count served, a budget table's pagu and realisasi), one of those (a target, a count
    achieved and its % are no coverage table). One measure required per period (`tw1` ... `tw4`) is one
    figure: a table printing it as running totals (`s.d. TW II`) reads the last as its realisasi. Without a
    label column read, four different measures name the table's categories (a staff table's `PNS  PPPK  BLUD
    Non ASN  Jumlah` by profession); one measure per quarter does not (a service index per `TW I` ... `TW IV`
    beside its unread `Jenis Layanan` is no action plan)."""
    needed = [c.name for c in spec.columns if c.required and c.kind in ("count", "money", "number", "percent")]
    measures = {n.rstrip("0123456789") for n in needed}
    if len(measures) >= 2 and not names & set(needed):
        return False
    kinds = {c.kind if (c := spec.column(n)) else "tick" for n in names}
    labels = names - {"no", "kode"}
    has_label = any((c := spec.column(n)) is not None and c.kind == "text" for n in labels) \
        or len({n.rstrip("0123456789") for n in labels}) >= 4
    has_figure = bool(kinds & {"count", "money", "percent", "number", "year", "tick", "value"})
    return len(names - {"no"}) >= 2 and has_label and has_figure


def _score(spec: TableSpec, mapping: dict[int, str], names: set[str], exact: set[str], ev: _Evidence) -> float:
    """How well a table kind fits: columns mapped (one named only by meaning counts half, so exact
    aliases decide between kinds that both fit), minus figure columns it leaves unread, plus what the
    caption says; a flat kind loses on rows that show programme > kegiatan."""
    coverage = len(names) / max(len(spec.columns), 1)
    unread = len(ev.figures - set(mapping))
    score = (len(exact) + 0.5 * (len(names) - len(exact)) + coverage - 0.75 * unread
             + 1.5 * context_score(spec, ev.caption) + 0.5 * context_score(spec, ev.section))
    level = spec.column("level")
    if ev.tiered and not (level and "kegiatan" in level.levels) \
            and not (ev.tiered == "numbered" and spec.layout == "statement"):  # a statement's own outline
        score -= 3
    return score
