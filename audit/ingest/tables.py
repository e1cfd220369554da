"""From a raw grid to a canonical `Table`: headers, numbers, provenance.

Shared by every reader. Problems found here (unknown columns, unreadable or
ambiguous numbers) become findings; the rest of the table is still read.
"""
from __future__ import annotations

import difflib
import re
from functools import lru_cache

import numpy as np
import pandas as pd

from audit.ingest import headers
from audit.ingest.grid import Cell, Grid, merged_firsts
from audit.ingest.headers import header_key
from audit.model import Finding, Location, Message, Metadata, Severity, Table
from audit.model.report import column_letter
from audit.model.spec import ColumnSpec, TableSpec
from audit.numbers import (
    clean,
    column_style,
    halfwidth,
    not_available,
    parse_number,
    prevailing_style,
    same_as_above,
    sheet_error,
)

TICKS = {"√", "✓", "✔", "v", "x", "☑", "ü"}
#: per table, findings of one kind listed one by one; the rest are counted in one more finding
LISTED = 20
#: column kinds that take the value of a merged range's first cell (labels, not amounts; see grid.merged_firsts)
MERGE_FILLED = {"text", "level", "id"}


def _finding(rule_id, severity, grid: Grid, message, row=None, column=None, line=None, col_index=None,
             actual=None) -> Finding:
    cell = None
    if line is not None and col_index is not None:
        cell = f"{column_letter(col_index)}{line}"
    origin = grid.extra.get("document")
    if origin and line in grid.row_numbers:  # a document: the printed table, and the row's line or page
        r = grid.row_numbers.index(line)
        cell = f"{column_letter(col_index)}{line}" if col_index is not None else None
        loc = Location(grid.file, origin["sheets"][r], cell, (origin.get("lines") or [None] * (r + 1))[r],
                       (origin.get("pages") or [None] * (r + 1))[r])
    else:
        loc = Location(grid.file, None if grid.csv else grid.sheet, cell, line if grid.csv else None)
    return Finding(rule_id, severity, grid.name, row, column, loc, actual, None, None, message,
                   position=line or 0)


def map_headers(grid: Grid, spec: TableSpec, meta: Metadata, user: dict | None = None):
    """Canonical column name for each header position (None: ignored), and problems.

    Exact aliases first; a header they do not know is then read by meaning
    (`audit.ingest.headers`), when the column's content agrees with the kind."""
    lookup = _aliases(spec)
    tick_names = {}
    if spec.ticks_from:
        for name in getattr(meta, spec.ticks_from, []) or []:
            tick_names[header_key(name)] = name
    user_map = headers.for_table(user, spec.name)
    mapping: list[str | None] = []
    for head in grid.header:
        key = header_key(head)
        chosen = user_map.get(" ".join(headers.normalise(str(head or "")).words)) if user_map else None
        mapping.append(chosen if chosen and spec.column(chosen) else tick_names.get(key)
                       or (lookup[key].name if key in lookup else None))
    original = _before_change(grid, spec, mapping, user_map)
    _map_by_meaning(grid, spec, mapping, user_map, original)
    return mapping, tick_names, _header_problems(grid, spec, mapping, tick_names)


#: the budget before its amendment (`headers.before_change`), and a word that may name a version of a budget
BEFORE = "anggaran_murni"
_VERSION_WORD = re.compile(r"murni|sebelum|semula|induk|awal|perubahan|setelah|sesudah|apbdp|papbd|dppa")


def _before_change(grid: Grid, spec: TableSpec, mapping: list[str | None], user_map: dict) -> set[int]:
    """The headers that print the budget before its amendment (`Anggaran Murni`, `APBD` beside `APBD-P`), unless
    the user's `[columns]` map them: each is the kind's `anggaran_murni` (the first) or no column, never the
    budget. Looked for only when a header names a version (a sheet may be 100k columns wide)."""
    if not any(spec.column(n) is not None for n in (BEFORE, "pagu", "anggaran")):
        return set()  # a kind reading no budget (the PK's change table reads `Sebelum Perubahan` as its own)
    keys = [header_key(h) for h in grid.header]
    if not any(_VERSION_WORD.search(k) for k in keys):
        return set()
    found = headers.before_change([headers.normalise(str(h or "")).words for h in grid.header])
    original = {i for i in found
                if not (user_map and user_map.get(" ".join(headers.normalise(str(grid.header[i])).words)))}
    own = spec.column(BEFORE) is not None
    for i in sorted(original):
        if mapping[i] != BEFORE:  # (a canonical `anggaran_murni` header is its own)
            mapping[i] = BEFORE if own and BEFORE not in mapping else None
    return original


_ALIASES: dict[int, tuple[TableSpec, dict[str, ColumnSpec]]] = {}


def _aliases(spec: TableSpec) -> dict[str, ColumnSpec]:
    """Header key -> column, for every name and alias of the model's columns: once per model (it was
    most of mapping a real-size report's headers). The model is held, so its id is never reused."""
    hit = _ALIASES.get(id(spec))
    if hit is None or hit[0] is not spec:
        lookup: dict[str, ColumnSpec] = {}
        for c in spec.columns:
            for name in (c.name, *c.aliases):
                lookup.setdefault(header_key(name), c)
        hit = _ALIASES[id(spec)] = (spec, lookup)
    return hit[1]


def _map_by_meaning(grid: Grid, spec: TableSpec, mapping: list[str | None], user_map: dict,
                    skip: set[int] | frozenset[int] = frozenset()) -> None:
    """Headers no alias knows, mapped by their words to a canonical column not yet taken (a sheet may be 100k
    columns wide: what is taken is kept as a set, and a column's cells are read only for a header that names one)."""
    taken = set(mapping)
    columns = [c for c in spec.columns if c.kind not in ("level", "id")]
    for i, head in enumerate(grid.header):
        if mapping[i] is not None or i in skip or not header_key(head):
            continue
        free = {c.name: c.kind for c in columns if c.name not in taken}
        if not free:
            return
        name, _ = headers.best_column(spec.name, free, str(head), user_map)
        if not name:
            continue
        texts = [str(row[i].value) for row in grid.rows[:200] if i < len(row) and row[i].value is not None]
        if headers.content_agrees(free[name], texts):
            mapping[i] = name
            taken.add(name)


def _header_problems(grid: Grid, spec: TableSpec, mapping: list[str | None], tick_names: dict) -> list[Finding]:
    """Unknown and repeated headers, and required columns missing."""
    problems: list[Finding] = []
    seen: set[str] = set()
    unknown = 0
    for i, head in enumerate(grid.header):
        name, key = mapping[i], header_key(head)
        if name is None:
            unknown += bool(key)
            if key and unknown <= LISTED:  # past that, counted in one finding (a sheet may be 100k wide)
                candidates = [c.name for c in spec.columns] + list(tick_names.values())
                close = difflib.get_close_matches(str(head), candidates, n=1, cutoff=0.6)
                hint = Message("did_you_mean", dict(name=close[0])) if close else ""
                problems.append(_finding("INPUT002", Severity.INFO, grid,
                                         Message("unknown_column", dict(name=head, hint=hint)),
                                         column=str(head), line=grid.header_row,
                                         col_index=grid.col_offset + i))
            continue
        if name in seen:
            problems.append(_finding("INPUT004", Severity.WARNING, grid,
                                     Message("duplicate_column", dict(name=head)),
                                     column=name, line=grid.header_row, col_index=grid.col_offset + i))
            mapping[i] = None
            continue
        seen.add(name)
    if unknown > LISTED:
        problems.append(_finding("INPUT002", Severity.INFO, grid,
                                 Message("more_unknown_columns", dict(n=unknown - LISTED)),
                                 line=grid.header_row))
    for c in spec.columns:
        if c.required and c.name not in seen:
            problems.append(_finding("INPUT003", Severity.ERROR, grid,
                                     Message("missing_column", dict(name=c.name)),
                                     column=c.name, line=grid.header_row))
    return problems


def _parse_tick(cell: Cell):
    text = clean(str(cell.value)) if cell.value is not None else ""
    if text in ("", "-", "–", "—"):
        return 0.0, None
    if text.lower() in TICKS:
        return 1.0, None
    if isinstance(cell.value, (int, float)) and cell.value in (0, 1):
        return float(cell.value), None
    return np.nan, "bad_tick"


def _decimals_from_format(fmt: str | None) -> int | None:
    if not fmt or fmt == "General":
        return None
    m = re.search(r"\.(0+)", fmt)
    return len(m.group(1)) if m else 0


def build_table(grid: Grid, spec: TableSpec, meta: Metadata,
                columns: dict | None = None) -> tuple[Table, list[Finding]]:
    mapping, tick_names, problems = map_headers(grid, spec, meta, columns)
    kinds: dict[str, ColumnSpec] = {c.name: c for c in spec.columns}
    for name in tick_names.values():
        kinds[name] = ColumnSpec(name, "tick")
    present = {name: i for i, name in enumerate(mapping) if name}
    names = [c.name for c in spec.columns] + [n for n in tick_names.values() if n in present]

    styles = _Styles(grid, {i for name, i in present.items() if kinds[name].numeric or kinds[name].kind == "value"},
                     present)
    rows_kept, cells_kept, data, raw, hw, dec, kept_origin = _read_rows(grid, names, kinds, present, problems, styles)
    problems.extend(_formula_findings(grid, mapping))
    index = pd.RangeIndex(len(rows_kept))
    header = _column_index(tuple(names))
    values = _frame([_column(column, _dtype(kinds[c])) for c, column in zip(names, data)], header, index)
    table = Table(
        name=spec.name,
        values=values,
        raw=_block(raw, header, object),
        halfwidth=_block(hw, header, float),
        decimals=_block(dec, header, float),
        file=grid.file,
        sheet=grid.sheet,
        source_rows=rows_kept,
        source_cols={name: grid.col_offset + i for name, i in present.items()},
        csv=grid.csv,
        kinds={c: kinds[c].kind for c in names},
        cell_rows=cells_kept,
        keys=spec.keys,
        labels=spec.labels,
        **kept_origin,
    )
    return table, problems


_NO_CELL = Cell(None)


def _read_rows(grid: Grid, names: list[str], kinds: dict[str, ColumnSpec], present: dict[str, int], problems,
               styles: _Styles | None = None):
    """Each kept row's cells read: (source lines, spreadsheet rows, values by column, raw, half-widths and
    decimals by row, document origins). A text column's cell is read in place (most cells of a report:
    a call per cell cost more than its reading)."""
    rows_kept: list[int] = []
    cells_kept: list[int] = []
    data: list[list] = [[] for _ in names]
    raw, hw, dec = [], [], []  # a list per row: one 2-D block per frame (a column at a time costs more)
    merged = merged_firsts(grid)
    origin = grid.extra.get("document") or {}  # per row: markdown line, PDF page, printed table
    kept_origin: dict[str, list] = {k: [] for k in origin}
    plan = [(name, kinds[name], present.get(name), data[n],
             kinds[name].kind != "tick" and not kinds[name].numeric and kinds[name].kind != "value")
            for n, name in enumerate(names)]
    nan = np.nan
    for r, cells in enumerate(grid.rows):
        if all(c.value is None or clean(str(c.value)) == "" for c in cells):
            continue
        line = grid.row_numbers[r]
        rows_kept.append(line)
        if styles is not None:
            styles.row = cells
        for k, values in origin.items():
            kept_origin[k].append(values[r])
        cells_kept.append(grid.cell_rows[r] if grid.cell_rows else line)
        raw_row, hw_row, dec_row = [], [], []
        for name, spec_c, pos, column, text in plan:
            cell = cells[pos] if pos is not None and pos < len(cells) else _NO_CELL
            value = cell.value
            if (value is None and merged and pos is not None and (line, pos) in merged
                    and spec_c.kind in MERGE_FILLED):
                cell = merged[line, pos]
                value = cell.value
            if text:  # as `_read_cell` reads it
                column.append((None if value is None else clean(str(value))) or None)
                hw_row.append(nan)
                dec_row.append(nan)
            else:
                value, half, decimals = _read_cell(cell, spec_c, grid, line, pos, problems, name, styles)
                column.append(value)
                hw_row.append(half)
                dec_row.append(decimals)
            raw_row.append("" if cell.value is None else str(cell.value))
        raw.append(raw_row)
        hw.append(hw_row)
        dec.append(dec_row)
    return rows_kept, cells_kept, data, raw, hw, dec, kept_origin


def _formula_findings(grid: Grid, mapping: list[str | None]) -> list[Finding]:
    """Formula cells the workbook holds without a computed value: read as blank, so say so."""
    cells = grid.extra.get("formulas") or []
    out = []
    for row, col in cells[:LISTED]:
        pos = col - grid.col_offset
        column = mapping[pos] if 0 <= pos < len(mapping) and mapping[pos] else None
        out.append(_finding("INPUT005", Severity.WARNING, grid, Message("formula_no_value"), column=column,
                            line=row, col_index=col))
    if len(cells) > LISTED:
        out.append(_finding("INPUT005", Severity.WARNING, grid,
                            Message("more_formulas", dict(n=len(cells) - LISTED))))
    return out


def _block(rows: list[list], columns: pd.Index, dtype) -> pd.DataFrame:
    """A frame of one dtype from its rows, built as one 2-D array."""
    array = np.empty((len(rows), len(columns)), dtype=dtype)
    if rows and len(columns):
        array[:] = rows
    return pd.DataFrame(array, index=pd.RangeIndex(len(rows)), columns=columns, dtype=dtype, copy=False)


@lru_cache(maxsize=1024)
def _column_index(names: tuple[str, ...]) -> pd.Index:
    """The columns of a table's frames, built once per set of names: pandas infers the dtype of a list of
    names each time (more than the rest of building a small table's frame). An Index never changes."""
    return pd.Index(list(names))


def _column(values: list, dtype) -> np.ndarray:
    """A column's cells as an array of the column's dtype (object cells stay as they are)."""
    if dtype is float:
        return np.array(values, dtype=float)
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _frame(columns: list[np.ndarray], names: pd.Index, index: pd.RangeIndex) -> pd.DataFrame:
    """A frame from its column arrays, taken as they are: a Series per column (or pandas' checks of
    each) cost more than reading the cells of a real-size report's table. `DataFrame._from_arrays`
    is pandas' own constructor from arrays; where a pandas lacks it, the public way."""
    build = getattr(pd.DataFrame, "_from_arrays", None)
    if build is not None:
        try:
            return build(columns, columns=names, index=index, verify_integrity=False)
        except TypeError:  # another signature
            pass
    return pd.DataFrame({c: pd.Series(a, index=index, dtype=a.dtype, copy=False) for c, a in zip(names, columns)},
                        index=index)


def _dtype(spec: ColumnSpec):
    return float if spec.numeric else object


#: a target written as words (`WTP`, `Baik`, `≥ HPP`, `CV 10`: a word of two letters or more), as a grade of one
#: capital (a SAKIP or accreditation grade `B`, `A-`; not `O` or `I`, which stand in for digits), as a bound
#: (`≥ 95`, `< 10`) or as a range (`5-6%`, `80 – 90`), not a mistyped figure
_WORDED = re.compile(r"[^\W\d_]{2,}|^\s*[A-E][+-]?\s*$|^\s*(?:≥|≤|>=|<=|>|<)\s*\d"
                     r"|^\s*\d[\d.,]*\s*%?\s*[-–—]\s*\d[\d.,]*\s*%?\s*$")


class _Styles:
    """What settles a lone group of three (`600.000`, `1.200`) that a column's kind leaves open, looked at only
    when a cell needs it: the unit its header or its row's `Satuan` states (`Pagu (Rp)`, `Target (orang)`, a
    target of `1.200` orang: whole), the style the column's other figures show (`90,00`, `1.250.000`: the dot
    groups thousands, `600.000` is six hundred thousand), else, but for a percentage, the style of the table's
    figures. Nothing telling: it stays ambiguous (PARSE002)."""

    def __init__(self, grid: Grid, numeric: set[int], present: dict[str, int]):
        self.grid, self.numeric, self.present = grid, numeric, present
        self.columns: dict[int, str | None] = {}
        self.table: list[str | None] = []  # computed once, when first asked
        self.row: list[Cell] = []  # the row being read (its `Satuan`)

    def _texts(self, pos: int):
        return (row[pos].value for row in self.grid.rows if pos < len(row))

    def _unit(self, pos: int, name: str) -> str | None:
        """The unit the column's header states, else the unit its row's `Satuan` cell names (`target_satuan`
        for a `target`)."""
        head = self.grid.header[pos] if pos < len(self.grid.header) else None
        unit = headers.normalise(str(head or "")).unit
        at = self.present.get(f"{name}_satuan", self.present.get("satuan"))
        if unit is None and at is not None and at < len(self.row) and isinstance(self.row[at].value, str):
            unit = headers.normalise(f"({self.row[at].value})").unit
        return unit

    def reread(self, value: object, kind: str, pos: int | None, name: str):
        """The cell read again with what its column and table say, or None when nothing does."""
        if pos is None:
            return None
        unit = self._unit(pos, name)
        if unit in ("money", "count"):
            return parse_number(value, unit)
        if pos not in self.columns:
            self.columns[pos] = column_style(self._texts(pos))
        style = self.columns[pos]
        if style is None and kind != "percent":  # a percentage is often written apart from the amounts beside it
            if not self.table:
                self.table.append(prevailing_style(t for p in sorted(self.numeric) for t in self._texts(p)))
            style = self.table[0]
        return parse_number(value, kind, style) if style else None


def _said_instead(parsed, spec: ColumnSpec) -> str | None:
    """The message key of what a cell says in place of its figure: `sda` (the figure above, not printed again; not
    guessed, the row above may be another unit's), `n/a` (not available), or, in a target, a realisation or a
    percentage (a capaian printed `ada`, `Tercapai`), words, a grade, a bound or a range (`≥ 95` is met by 97 and
    missed by 90: no figure to compare); else None."""
    if sheet_error(parsed.raw):  # a formula that failed: the report's fault, never words
        return None
    if same_as_above(parsed.raw):
        return "same_as_above"
    if not_available(parsed.raw):
        return "not_available"
    if (spec.qualitative or spec.kind == "percent") and _WORDED.search(clean(str(parsed.raw))):
        return "qualitative"
    return None


def _read_cell(cell: Cell, spec: ColumnSpec, grid: Grid, line: int, pos, problems, name,
               styles: _Styles | None = None):
    """(value, rounding half-width, decimals) of one cell; problems appended."""
    col_index = None if pos is None else grid.col_offset + pos
    if spec.kind == "tick":
        value, problem = _parse_tick(cell)
        if problem:
            problems.append(_finding("PARSE003", Severity.ERROR, grid, Message(problem, dict(raw=cell.value)),
                                     column=name, line=line, col_index=col_index, actual=str(cell.value)))
        return value, 0.0, 0.0
    if not spec.numeric and spec.kind != "value":
        text = None if cell.value is None else clean(str(cell.value))
        return (text or None), np.nan, np.nan
    value = cell.value
    if spec.kind == "value" and isinstance(value, str):
        probe = parse_number(value, "number")
        if probe.value is None and probe.form in ("text", "blank"):
            return (clean(value) or None), np.nan, np.nan
    parsed = parse_number(value, spec.kind if spec.kind != "value" else "number")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        decimals = _decimals_from_format(cell.number_format)
        if cell.number_format and cell.number_format.endswith("%") and parsed.value is not None:
            parsed = type(parsed)(parsed.raw, parsed.value * 100, "number", decimals or 0, "%")
        elif decimals is not None and parsed.value is not None:
            parsed = type(parsed)(parsed.raw, parsed.value, "number", decimals, parsed.unit)
    if parsed.problem == "ambiguous" and styles is not None:
        parsed = styles.reread(value, spec.kind if spec.kind != "value" else "number", pos, name) or parsed
    said = _said_instead(parsed, spec) if parsed.problem == "not_a_number" else None
    if said:  # no figure, and the cell says why: not checked (PARSE004, info), never an unreadable number
        problems.append(_finding("PARSE004", Severity.INFO, grid, Message(said, {"raw": parsed.raw}),
                                 column=name, line=line, col_index=col_index, actual=parsed.raw))
        return np.nan, np.nan, np.nan
    if parsed.problem:
        params = {"raw": parsed.raw}
        severity, rule = Severity.ERROR, "PARSE001"
        key = "sheet_error" if parsed.problem == "not_a_number" and sheet_error(parsed.raw) else parsed.problem
        if parsed.problem == "ambiguous":
            head, _, tail = clean(parsed.raw).replace(",", ".").partition(".")
            params.update(a=f"{head}{tail}", b=f"{head},{tail}")
            severity, rule = Severity.WARNING, "PARSE002"
        problems.append(_finding(rule, severity, grid, Message(key, params), column=name,
                                 line=line, col_index=col_index, actual=parsed.raw))
        return np.nan, np.nan, np.nan
    if parsed.value is None:
        return np.nan, np.nan, np.nan
    return parsed.value, halfwidth(parsed, spec.exact, spec.kind), float(parsed.decimals)


def assemble(meta: Metadata, grids, source: str, others=(), columns: dict | None = None):
    """A `Report` from the grids a reader found: canonical tables built, the others reported.

    A table that could not be read, is empty, or comes twice is a finding, and
    the rest of the report is still audited. `others` are files of a folder that
    are not .csv; one named like a canonical table is reported (not read).
    """
    from audit import catalog
    from audit.model import Report

    specs = catalog.tables()
    tables, problems = {}, []
    for grid in grids:
        spec = specs.get(grid.name.strip().lower())
        if spec is None:
            problems.append(unknown_table(grid, list(specs)))
            continue
        if "stopped_at" in grid.extra:  # said even when nothing was found above the gap
            problems.append(_finding("INPUT008", Severity.WARNING, grid, Message(
                "rows_stopped", dict(row=grid.extra["stopped_at"], n=grid.extra.get("empty_run", 1000)))))
        problem = _whole_table_problem(grid, spec.name, spec.name in tables)
        if problem is not None:
            problems.append(problem)
            continue
        table, found = build_table(grid, spec, meta, columns)
        tables[spec.name] = table
        problems.extend(found)
    for path in others:
        spec = specs.get(path.stem.strip().lower())
        if spec is not None:
            problems.append(Finding("INPUT010", Severity.WARNING, spec.name, None, None, Location(path.name), None,
                                    None, None, Message("file_not_csv", dict(name=path.name, table=spec.name))))
    return Report(meta, tables, source, problems)


def _whole_table_problem(grid: Grid, name: str, again: bool) -> Finding | None:
    """The finding that replaces a table that cannot be taken at all, or None."""
    if "unreadable" in grid.extra:
        detail = grid.extra["unreadable"]
        detail = detail if hasattr(detail, "render") else str(detail)  # a `Message`, said with the finding
        return _finding("INPUT006", Severity.ERROR, grid,
                        Message("unreadable_table", dict(name=name, detail=detail)), line=grid.extra.get("line"))
    if again:
        return _finding("INPUT009", Severity.WARNING, grid, Message("duplicate_table", dict(name=name)))
    if not grid.header:
        return _finding("INPUT007", Severity.INFO, grid, Message("empty_table", dict(name=name)))
    return None


def is_canonical(name: str) -> bool:
    """Is `name` (a file stem or sheet title) a canonical table? Other tables are reported, not read."""
    from audit import catalog

    return name.strip().lower() in catalog.tables()


def unknown_table(grid: Grid, known: list[str]) -> Finding:
    close = difflib.get_close_matches(grid.name, known, n=1, cutoff=0.6)
    hint = Message("did_you_mean", dict(name=close[0])) if close else ""
    return _finding("INPUT001", Severity.INFO, grid, Message("unknown_table", dict(name=grid.name, hint=hint)))
