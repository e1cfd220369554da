"""From a `Document` to canonical grids, with a log of what was recognised and why.

The grids go through the same table builder as CSV and workbook input
(`ingest.tables.assemble`), so numbers, rounding and findings behave the same;
each row keeps its provenance (printed table, markdown line, PDF page).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from audit.document import layouts, staff_units, unheaded
from audit.document.align import align, profile_of, realign
from audit.document.classify import Layout, Match, aliases, classify, closest, is_number, split_header
from audit.document.labels import LIST_MARK, clipped, key_of
from audit.document.model import DocTable, Document
from audit.document.reprinted import complete, distinct_ids, name_subitems, read_again
from audit.document.shapes import by_shape
from audit.ingest.grid import Cell, Grid
from audit.ingest.tables import header_key
from audit.model.report import column_letter


@dataclass
class LogEntry:
    """What happened to one printed table (or one segment of it)."""

    table: int  # the printed table's number in the document
    line: int | None
    page: int | None
    caption: str
    status: str  # read | copy | unrecognised | no_figures
    kind: str | None = None
    rows: int = 0
    columns: dict[str, str] = field(default_factory=dict)  # printed header -> canonical column
    ignored: list[str] = field(default_factory=list)  # printed headers not read
    unread_figures: list[str] = field(default_factory=list)  # of those, the ones over figures: nothing checks them
    detail: str = ""
    closest: str | None = None  # unrecognised: the nearest table kind (its mapped columns in `columns`)
    suggest: list[tuple[str, str]] = field(default_factory=list)  # unrecognised: [columns] lines that may read it
    sheet: str | None = None  # a workbook's sheet the table is on

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class Extraction:
    grids: list[Grid]
    log: list[LogEntry]


def _known_headers(specs) -> set[str]:
    return {header_key(a) for s in specs.values() for c in s.columns for a in (*c.aliases, c.name)} - {""}


def segments(table: DocTable, known: set[str]) -> list[DocTable]:
    """A printed table holding several tables one under the other (each with its own header row) -> parts. A row of
    the sex split alone (`L | P | L | P ...` under `S-2 | S-1 ...` under `PNS Pendidikan`) is the last row of one
    header, never the first of another table's; nor is one word wrapped into two columns (`_wrapped_word`)."""
    cuts = [0]
    for i, row in enumerate(table.rows):
        if i - cuts[-1] < 2:
            continue
        texts = [c.text for c in row if c.text.strip()]
        if texts and not any(is_number(t) for t in texts) and \
                sum(header_key(t) in known for t in texts) >= max(2, len(texts) - 1) and \
                not all(header_key(t) in staff_units.SEX for t in texts) and not _wrapped_word(texts):
            cuts.append(i)
    if len(cuts) == 1:
        return [table]
    bounds = [*cuts, len(table.rows)]
    return [DocTable(table.index, table.rows[a:b], table.rows[a][0].line if table.rows[a] else table.line,
                     (table.rows[a][0].page if table.rows[a] else None) or table.page, table.caption, table.section,
                     [(r1 - a, c1, r2 - a, c2) for r1, c1, r2, c2 in table.merged if a <= r1 < b],
                     table.lengths[a:b], table.sheet, table.first_row + a, table.positional,
                     [p - a for p in table.printed[a:b]])
            for a, b in zip(bounds, bounds[1:])]


def _wrapped_word(texts: list[str]) -> bool:
    """One word printed again in each cell (`PPPK | PPPK`: the end of a label wrapped in the label column and in the
    indicator column), not a unit over each column (`(%) | (%)`): no header of another table."""
    from audit.ingest.headers import normalise

    return len(set(texts)) == 1 and normalise(texts[0]).unit is None and "%" not in texts[0]


def extract(doc: Document, specs: dict, meta, user: dict | None = None) -> Extraction:
    """Every printed table recognised, logged, and turned into canonical grids; `user` is the
    `[columns]` header mapping of audit.toml (`audit.ingest.headers.user_columns`). The agency typed these
    headers: a main header word mistyped by one keystroke is read as that word (`headers.TYPOS`). A year printed
    relative to the report's (`Tahun N-1`) is read against the report's year (`classify.REPORT_YEAR`)."""
    from audit.document.classify import REPORT_YEAR
    from audit.ingest.headers import TYPOS

    token, year = TYPOS.set(True), REPORT_YEAR.set(_year(meta))
    try:
        return _extract(doc, specs, meta, user)
    finally:
        TYPOS.reset(token)
        REPORT_YEAR.reset(year)


def _year(meta) -> int | None:
    try:
        return int(getattr(meta, "year", None) or 0) or None
    except (TypeError, ValueError):
        return None


def _extract(doc: Document, specs: dict, meta, user: dict | None = None) -> Extraction:
    known = _known_headers(specs)
    log: list[LogEntry] = []
    parts: dict[str, list[tuple[layouts.Part, Match, DocTable]]] = {}
    previous: tuple[Match, DocTable] | None = None
    last: tuple[Match, DocTable] | None = None  # the table read last, past page furniture (`_furniture`)
    for printed in doc.tables:
        for seg in segments(printed, known):
            entry = LogEntry(seg.index, seg.line, seg.page, clipped(" / ".join(seg.caption), 160), "unrecognised",
                             sheet=seg.sheet)
            log.append(entry)
            if not _any_digit(seg):  # a table of words only: no kind to try (and none to check)
                entry.status, previous = "no_figures", None
                last = last if _furniture(seg) else None
                continue
            # a PDF table kept as printed (its columns or rows not found) is counted and said unread: no kind reads
            # it, nor does it go on the table before
            as_printed = seg.positional == "printed"
            wide = None if as_printed else staff_units.read(seg, specs)  # staff by unit, the categories across
            going_on = None if as_printed or wide else _header_again(seg, last)
            if going_on is not None and last is not None:
                entry.detail = f"continues Tabel #{last[1].index}"
            match = None if as_printed else \
                wide[0] if wide else going_on or classify(seg, specs, meta, user) or by_shape(seg, specs)
            if match is None and previous is not None and not as_printed and _continues(seg, *previous):
                match = _continuation(previous[0], seg)
                entry.detail = f"continues Tabel #{previous[1].index}"
            previous = (match, seg) if match is not None else None
            last = (match, seg) if match is not None else last if _furniture(seg) else None
            if match is None:
                has_figures = _holds_figures(seg)
                entry.status = "unrecognised" if has_figures else "no_figures"
                near = closest(seg, specs, meta, user) if has_figures else None
                if near is not None and not _holds_its_years(near, seg):
                    near = None  # figures of several years, a kind of one: no kind to send the reviewer to
                compared = _compared(seg) if has_figures else []
                if compared:  # the same amounts for two years or more: no kind reads it, no mapping would
                    entry.detail = "comparison " + " ".join(compared)
                elif has_figures and (amended := _versions(seg)):  # a budget before and after its amendment: nor
                    compared, entry.detail = amended, "versions " + " | ".join(amended)  # does this
                if near is not None and not compared:  # why not: the nearest kind and the few columns it could map
                    entry.closest = near.spec.name
                    entry.columns = {" / ".join(c.labels): near.mapping[c.position] for c in near.layout.columns
                                     if c.position in near.mapping}
                    entry.suggest = suggest_mapping(near, seg)
                continue
            if wide:
                part = wide[1]
                entry.detail = "by unit"
            else:
                aligned = align(match, seg)
                if aligned != match.mapping:
                    entry.detail = "realigned"
                    match.mapping = aligned
                if (lost := unheaded.capaian_column(match, seg)) is not None:  # its figures name it
                    match.mapping[lost[0]] = "capaian"
                    if lost[1] is not None:
                        match.years[lost[0]] = lost[1]
                part = _part(match, seg)
            entry.kind, entry.rows = match.spec.name, len(part.rows)
            entry.columns = {" / ".join(c.labels) or column_letter(c.position): match.mapping[c.position]
                             for c in match.layout.columns if c.position in match.mapping}
            entry.ignored = [" / ".join(c.labels) for c in match.layout.columns
                             if c.position not in match.mapping and c.labels]
            entry.unread_figures = [" / ".join(c.labels) or column_letter(c.position) for c in match.layout.columns
                                    if c.position not in match.mapping
                                    and _holds_figures_in(seg, match.layout.body, c.position)
                                    and (c.labels or not _counts_rows(seg, match.layout.body, c.position))]
            part.rows = layouts.apply(part, meta)
            name_subitems(part, match.spec)
            earlier = parts.setdefault(match.spec.name, [])
            copy_of = next((p for p, _, _ in earlier if _copy(part, p)), None)
            again = read_again(part, [p for p, _, _ in earlier], match.spec.keys) if copy_of is None else []
            if again and len(again) == len(part.rows) and all(how == "repeated" for *_, how in again):
                copy_of = again[0][2]
            if copy_of is not None:
                entry.status = "copy"
                entry.detail = f"Tabel #{copy_of.rows[0].table.index}" if copy_of.rows else ""
                continue
            for row, first, _, how in again:  # read once, where first printed: what it adds goes on that row
                if how == "completes":
                    complete(first, row)
            if again:
                part.rows = [r for r in part.rows if all(r is not row for row, *_ in again)]
                entry.rows = len(part.rows)
                said = [f"{sum(how == h for *_, how in again)} {h} Tabel #{again[0][1].table.index}"
                        for h in ("repeated", "completes") if any(how == h for *_, how in again)]
                entry.detail = "; ".join([entry.detail, *said] if entry.detail else said)
            entry.status = "read"
            if part.rows or not again:  # none left: every row repeated or completed one read before
                distinct_ids(part, [p for p, _, _ in earlier], seg.index, entry.detail.startswith("continues"))
                earlier.append((part, match, seg))
    layouts.resolve({name: [p for p, _, _ in found] for name, found in parts.items()})
    grids = [_grid(name, found, meta, doc) for name, found in parts.items()]
    return Extraction(grids, log)


def _holds_figures(seg: DocTable) -> bool:
    """Does the table print a figure besides the mark each row's first cell may begin a list with (`1.`, `B.`)?
    A numbered list set as a table (a dinas' duties: `23. | Perizinan ...`) has nothing to check and is no gap
    in what was checked; nor has a piece of a table holding one cell (a frame's lone `4`)."""
    if sum(1 for row in seg.rows for c in row if c.text.strip()) < 2:
        return False
    for row in seg.rows:
        filled = [c.text.strip() for c in row if c.text.strip()]
        if filled and LIST_MARK.match(filled[0]):
            filled = filled[1:]
        if any(is_number(t) for t in filled):
            return True
    return False


def _holds_figures_in(seg: DocTable, body: list[int], position: int) -> bool:
    """Most filled cells of the column in the table's body are figures (a remark that quotes a number is not)."""
    texts = [seg.rows[i][position].text.strip() for i in body if position < len(seg.rows[i])]
    filled = [t for t in texts if t and t not in ("-", "–")]
    return bool(filled) and 2 * sum(map(is_number, filled)) > len(filled)


def _counts_rows(seg: DocTable, body: list[int], position: int) -> bool:
    """Does a column number the rows (`1`, `2.`, `3` ...)? An unheaded one is the row numbers, not figures left
    unread; an unheaded column of other figures (a capaian whose header the page lost) is said unread."""
    texts = [seg.rows[i][position].text.strip().rstrip(".") for i in body if position < len(seg.rows[i])]
    numbers = [int(t) for t in texts if t.isdigit()]
    return bool(numbers) and len(numbers) == len([t for t in texts if t]) and \
        all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def _compared(table: DocTable) -> list[str]:
    """The years of a comparison across years the table prints (`audit.document.comparison`), if it is one."""
    from audit.document import comparison
    from audit.document.classify import _figure_columns, _texts

    layout = split_header(table)
    found = comparison.groups(layout.columns, lambda col: _texts(table, layout, col), _figure_columns(table, layout))
    return comparison.years(found)


def _versions(table: DocTable) -> list[str]:
    """The headers of the budget before and after its amendment, when the table compares them and nothing realised
    (`audit.document.comparison.versions`)."""
    from audit.document import comparison

    return list(comparison.versions(split_header(table).columns).values())


def suggest_mapping(near: Match, seg: DocTable) -> list[tuple[str, str]]:
    """Header lines for `[columns]` that would let the nearest kind read a table: each required column
    it lacks paired with the leftmost unread printed column whose content fits that column's kind (a label
    column: words, not codes) and whose words the kind does not rule out for it (a month's own column is never
    proposed as another)."""
    from audit.document.classify import month_columns
    from audit.ingest.headers import content_agrees, excluded

    missing = [c for c in near.spec.columns if c.required and c.name not in near.mapping.values()
               and c.kind not in ("level", "id")]
    months = month_columns(near.spec, near.layout)  # a month's own column is no other column
    pool = [c for c in near.layout.columns if c.position not in near.mapping and c.position not in months
            and c.labels]
    lookup = aliases(near.spec, None)
    out = []
    for column in missing:
        for printed in pool:
            if excluded(near.spec.name, column.name) & printed.words:
                continue  # words the kind rules out for that column (`Target Sasaran` is no count served)
            if _names_otherwise(printed, column, lookup) or _other_quarter(printed, column, near.spec.name):
                continue  # `Realisasi` is no year, `(%)` no count served, `III` under `Triwulan` no `tw2`
            texts = [seg.rows[i][printed.position].text for i in near.layout.body
                     if i < len(seg.rows) and printed.position < len(seg.rows[i])]
            if column.kind == "year" and not _years(texts):
                continue
            header = _own_header(printed, near.layout.columns)
            if header and content_agrees(column.kind, texts) and (column.kind != "text" or _wordy(texts)):
                out.append((header, column.name))
                pool.remove(printed)
                break
    return out


def _own_header(printed, columns) -> str:
    """The words that name `printed` alone, for a `[columns]` line: its own label (`Realisasi`), or with the labels
    over it as far as needed (`II K`, where `K` heads a column under each quarter); empty when even its whole header
    names another column too."""
    for depth in range(1, len(printed.labels) + 1):
        text = " ".join(printed.labels[-depth:])
        if not any(other.position != printed.position and " ".join(other.labels[-depth:]) == text
                   for other in columns):
            return text
    return ""


_NUMERAL = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _other_quarter(printed, column, kind: str) -> bool:
    """Does a printed column stand under a quarter's numeral (`III` under `Triwulan I - IV`) other than the one the
    kind's column is for (`tw2`: its aliases name `Triwulan II`)?"""
    from audit.ingest.headers import normalise, phrases

    periods = {p.period for p in (*phrases(kind, column.name), *map(normalise, column.aliases)) if p.period}
    wanted = {int(p.split()[-1]) for p in periods if p.startswith(("triwulan ", "semester "))}
    printed_numerals = {_NUMERAL[label.strip().lower()] for label in printed.labels
                        if label.strip().lower() in _NUMERAL}
    return bool(wanted and printed_numerals) and not wanted & printed_numerals


def _names_otherwise(printed, column, lookup: dict) -> bool:
    """Does a printed column's header say it is something else than `column`: a header the kind reads as another of
    its columns, or a unit that column cannot have (`%` over a count, `Rp` over a target)?"""
    from audit.ingest.headers import UNIT_EXCLUDES

    return any(lookup.get(key) not in (None, column.name) or column.kind in UNIT_EXCLUDES.get(unit or "", ())
               for _, key, unit in printed.keys)


def _years(texts: list[str]) -> bool:
    """Are the filled cells years (`2015`), the content a year column holds?"""
    filled = [t.strip() for t in texts if t.strip()]
    return bool(filled) and all(re.fullmatch(r"(19|20)\d\d", t) for t in filled)


def _holds_its_years(near: Match, seg: DocTable) -> bool:
    """Could the nearest kind hold the years the table's figures are printed for? A kind without a `tahun` column
    holds one year: a table whose columns of figures are headed by two years or more (a service index per quarter
    of 2019 and 2020, taken for an action plan's quarters) is no kind of it to send a reviewer to."""
    from audit.document.classify import _figure_columns

    if near.spec.column("tahun") is not None:
        return True
    figures = _figure_columns(seg, near.layout)
    return len({c.year for c in near.layout.columns if c.position in figures and c.year}) < 2


_WORD = re.compile(r"[^\W\d_]{3,}")


def _wordy(texts: list[str]) -> bool:
    """Do most of a column's filled cells hold a word (three letters or more)? A label column is proposed only
    from such a column, never from one of codes (`NI 22`, `B.01`) or figures."""
    filled = [t for t in texts if t.strip()]
    return bool(filled) and sum(1 for t in filled if _WORD.search(t)) * 2 >= len(filled)


def _any_digit(seg: DocTable) -> bool:
    return any(ch.isdigit() for row in seg.rows for cell in row for ch in cell.text)


_CAPTION_TABLE = re.compile(r"^\s*tabel\s+\d", re.I)


def _continues(seg: DocTable, match: Match, before: DocTable) -> bool:
    """A table without a header of its own, right after a recognised one of the same width, with only
    page furniture between (a running title, a page number), whose columns hold what the recognised
    columns hold (a scale of labels is not a budget's next page): the same table on the next page. A heading
    between the two (its section changed) begins another part of the report, and another table."""
    if seg.width != before.width or seg.index == before.index or seg.section != before.section \
            or any(_CAPTION_TABLE.match(c) or len(c) > 80 for c in seg.caption):
        return False
    from audit.ingest.headers import content_agrees

    for position, name in match.mapping.items():
        column = match.spec.column(name)
        if name == "no":  # the rows' numbers (`6.`, `7.` going on from the page before): words or figures alike
            continue
        texts = [row[position].text for row in seg.rows if position < len(row)]
        if column is not None and not content_agrees(column.kind, texts):
            return False
    return True


def _furniture(seg: DocTable) -> bool:
    """A box of two printed pieces at most (a page number `III - 8` framed at the foot, a running title): no table
    of its own, and no end of the table before it."""
    return sum(1 for row in seg.rows for c in row if c.text.strip()) <= 2


def _header_again(seg: DocTable, last: tuple[Match, DocTable] | None) -> Match | None:
    """The table read just before (page furniture at most between) going on under its header printed again on the
    next page, as Word repeats it: the same header rows, cell for cell, and no caption of its own (`Tabel 3.5`
    begins another table). Read as that table was, whatever its own rows would suggest (a page of rows without the
    caption that named its kind)."""
    if last is None:
        return None
    match, before = last
    head = match.layout.body[0] if match.layout.body else 0
    if not head or seg.width != before.width or len(seg.rows) <= head or seg.section != before.section \
            or any(_CAPTION_TABLE.match(c) for c in seg.caption):
        return None
    if any([c.text for c in seg.rows[i]] != [c.text for c in before.rows[i]] for i in range(head)):
        return None
    return _continuation(match, seg, head)


def _continuation(match: Match, seg: DocTable, head: int = 0) -> Match:
    """`match` read on `seg`, a page of the same table: its rows from `head` on (below a header printed again, less
    the numbering row the first page dropped) are the body."""
    numbering = match.layout.numbering if head else None
    body = [i for i in range(head, len(seg.rows)) if i != numbering]
    return Match(match.spec, dict(match.mapping), match.score, Layout(match.layout.columns, body, numbering),
                 dict(match.years))


def _printed_length(seg: DocTable, i: int, packed: bool) -> int:
    """How many cells row `i` printed; with `packed`, less the empty cells it ends with (a row packed left)."""
    n = seg.lengths[i]
    while packed and n > 1 and not seg.rows[i][n - 1].text.strip():
        n -= 1
    return n


def _part(match: Match, seg: DocTable) -> layouts.Part:
    """The body rows by canonical column; a table with one column per year gives one row per year."""
    rows = []
    plain = {pos: name for pos, name in match.mapping.items() if pos not in match.years}
    body = [i for i in match.layout.body if i < len(seg.lengths)]
    # a heading printed once over its rows (a sasaran over its indicators) in the first column: a converter that
    # drops its merged cell packs the other rows left, their last cells empty (tests/wild/polhukam-...)
    heading_first = match.mapping.get(0) in match.spec.headings
    lengths = {i: _printed_length(seg, i, heading_first) for i in body}
    full = max(lengths.values(), default=seg.width)  # as long as the body rows print
    whole = [seg.rows[i] for i in body if lengths[i] >= full]
    profile = profile_of(whole)
    years = list(dict.fromkeys(match.years[p] for p in sorted(match.years)))
    # a figure for the end of the period (the Renstra's last target) goes with the latest year's row alone
    period_end = {p for p, name in plain.items() if (c := match.spec.column(name)) is not None and c.period_end}
    for i in match.layout.body:
        cells = realign(seg.rows[i], match.layout, lengths.get(i, full), full, profile, heading_first)
        filled = [c for c in cells if c.text.strip()]
        bold = bool(filled) and all(c.bold for c in filled)
        text = {name: cells[pos].text for pos, name in plain.items() if pos < len(cells)}
        if not years:
            rows.append(layouts.Row(text, i, seg, bold, dict(_inverse(plain))))
            continue
        for year in years:
            own = {pos: match.mapping[pos] for pos, y in match.years.items() if y == year}
            year_text = {name: cells[pos].text for pos, name in own.items() if pos < len(cells)}
            mine = plain if year == years[-1] else {p: n for p, n in plain.items() if p not in period_end}
            rows.append(layouts.Row({**{n: t for n, t in text.items() if n in mine.values()}, **year_text,
                                     "tahun": year}, i, seg, bold, {**_inverse(mine), **_inverse(own)}))
    headers = {match.mapping[c.position]: " / ".join(c.labels) for c in match.layout.columns
               if c.position in match.mapping}
    context = " ".join([*seg.caption, *seg.section[-2:]]).lower()
    spec = match.spec
    return layouts.Part(spec.name, rows, context, headers, {c.name for c in spec.columns}, spec.layout,
                        spec.printed_labels(), spec)


def _inverse(mapping: dict[int, str]) -> dict[str, int]:
    return {name: pos for pos, name in mapping.items()}


def _identity(part: layouts.Part) -> tuple:
    """The printed figures of a part and what its rows are (version, level): equal, with labels that mostly agree
    (`_same_rows`), means printed twice."""
    return tuple((r.get("versi"), r.get("level"), v) for r in part.rows for v in r.text.values() if is_number(v))


def _copy(part: layouts.Part, before: layouts.Part) -> bool:
    """Is `part` the earlier part printed again: the same figures, and the same labels on most of its rows (an
    annex repeating the PK with one indicator misspelt is still a copy; two sasaran each printing `100 % | 100 %`
    are two tables, not one twice)."""
    if _identity(part) != _identity(before) or len(part.rows) != len(before.rows):
        return False
    same = sum(_label_words(part, a) == _label_words(before, b) for a, b in zip(part.rows, before.rows))
    return 2 * same >= len(part.rows)  # half at least (a part of no row: its figures alone)


def _label_words(part: layouts.Part, row: layouts.Row) -> str:
    return key_of(" ".join(row.get(label) for label in part.labels))


def _printed_at(r: layouts.Row) -> tuple[str, int, int | None, int | None]:
    """Where a row is printed: its table's name (a workbook's sheet), the row's number there, line and page."""
    cell = r.table.rows[r.source][0] if r.table.rows[r.source] else None
    on_sheet = r.table.sheet is not None  # a workbook's table: its sheet's name and the sheet's own rows
    at = r.table.printed[r.source] if r.table.printed else r.source  # a row split out of one: the one printed
    number = cell.line if on_sheet and cell and cell.line else r.table.first_row + at + 1
    sheet = r.table.sheet if r.table.sheet is not None else f"Tabel #{r.table.index}"
    return sheet, number, cell.line if cell else None, cell.page if cell else None


def _grid(name: str, found: list, meta, doc: Document) -> Grid:
    first_match: Match = found[0][1]
    width = max(seg.width for _, _, seg in found)
    header = [""] * width
    for pos, col in sorted(first_match.mapping.items()):
        if col not in header:  # a one-column-per-year group: its first column stands for all (rows say where)
            header[pos] = col
    rows: list[layouts.Row] = []
    for part, _, _ in found:
        rows.extend(part.rows)
    extra_cols = [c for r in rows for c in r.text if c not in header]
    for c in dict.fromkeys(extra_cols):
        header.append(c)
    grid_rows, numbers, lines, pages, sheets, cols, moved = [], [], [], [], [], [], []
    for r in rows:
        grid_rows.append([Cell(r.text.get(col) if col else None) for col in header])
        cols.append(r.columns)
        sheet, number, line, page = _printed_at(r)
        numbers.append(number)
        lines.append(line)
        pages.append(page)
        sheets.append(sheet)
        moved.append({c: (*_printed_at(o), o.columns.get(c, 0)) for c, o in r.elsewhere.items()})
    first = found[0][2]
    origin: dict[str, list] = {"sheets": sheets, "cols": cols}
    if any(moved):
        origin["moved"] = moved
    if doc.kind == "markdown":
        origin["lines"] = lines
    if doc.kind == "pdf":
        origin["pages"] = pages
    return Grid(name, header, grid_rows, numbers, doc.name, first.sheet or f"Tabel #{first.index}", 1, 0,
                extra={"document": origin})


__all__ = ["Extraction", "Layout", "LogEntry", "extract", "segments", "split_header"]
