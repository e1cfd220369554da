"""One .xlsx workbook: a sheet per canonical table and a `report` sheet.

The file is checked before openpyxl sees it (`container`), read in read-only mode
one row at a time, and each sheet is read on its own: a sheet that cannot be read
is a finding and the other sheets are still audited. Only the workbook as a whole
(its zip, its `report` sheet) being unreadable is an input error.
"""
from __future__ import annotations

import warnings
import zipfile
from pathlib import Path

from audit.errors import InputError, Text
from audit.ingest.container import check_shared_strings, check_workbook
from audit.ingest.grid import Cell, Grid
from audit.ingest.limits import DEFAULT_LIMITS, Budget, Limits
from audit.ingest.metadata import metadata_from, rows_to_mapping
from audit.ingest.sheetscan import scan_sheet
from audit.ingest.tables import assemble, is_canonical
from audit.model import Report
from audit.model.report import column_letter

META_SHEET = "report"


def _detail(exc: BaseException) -> str:
    text = str(exc).splitlines()[0][:200] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _corrupt(path: Path, where: str | None, exc: BaseException) -> InputError:
    return InputError("bad_workbook", str(path), where, detail=Text("corrupt_workbook", {"detail": _detail(exc)}))


def _open(path: Path, stream):
    """openpyxl's read-only workbook on an open file (a file, unlike a path, may have any name)."""
    import openpyxl

    try:
        wb = openpyxl.load_workbook(stream, read_only=True, data_only=True)
        wb.worksheets  # noqa: B018 - sheets are parsed lazily; fail here, not halfway through
        return wb
    except Exception as exc:  # openpyxl on a broken file raises anything; none of it is ours
        raise _corrupt(path, None, exc) from None


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _rows(ws, budget: Budget, limits: Limits, file: str, stop: dict):
    """(sheet row, cells) of the non-empty rows, up to a run of `limits.empty_run` empty rows.

    The sheet's declared size is ignored (`reset_dimensions`): a file claiming
    A1:F1000000 is read as far as it has cells, and a row is only as wide as
    its last cell, so neither size costs anything.
    """
    ws.reset_dimensions()
    rows = ws.iter_rows()
    current, empty = 0, 0
    for cells in rows:
        budget.cells_read(len(cells), file, ws.title)
        current = next((c.row for c in cells if getattr(c, "row", None)), current + 1)
        if all(_empty(getattr(c, "value", None)) for c in cells):
            empty += 1
            if empty >= limits.empty_run:
                try:
                    more = next(rows, None) is not None
                except Exception:  # whatever lies below is unreadable as well as unread
                    more = True
                if more:
                    stop["row"] = current
                return
            continue
        empty = 0
        yield current, cells


def sheet_grid(ws, path: Path, budget: Budget | None = None, limits: Limits = DEFAULT_LIMITS) -> Grid:
    """The sheet as a raw grid: the first non-empty row is the header, trailing empty columns dropped."""
    budget = budget or Budget(limits)
    header: list[str] = []
    header_row, offset = 1, 0
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    stop: dict = {}
    for line, cells in _rows(ws, budget, limits, str(path), stop):
        values = [c.value for c in cells]
        if not header:
            filled = [i for i, v in enumerate(values) if not _empty(v)]
            offset = filled[0]
            header = ["" if v is None else str(v) for v in values[offset:filled[-1] + 1]]
            header_row = line
            continue
        kept = cells[offset:offset + len(header)]
        if all(_empty(c.value) for c in kept):
            continue  # content only beyond the header's columns
        rows.append([Cell(c.value, getattr(c, "number_format", None)) for c in kept])
        numbers.append(line)
        budget.rows_read(len(rows), str(path), ws.title, ws.title)
    grid = Grid(ws.title, header, rows, numbers, path.name, ws.title, header_row, offset)
    if "row" in stop:
        grid.extra.update(stopped_at=stop["row"], empty_run=limits.empty_run)
    return grid


def _with_scan(grid: Grid, archive: zipfile.ZipFile, member: str | None) -> Grid:
    """Note formula cells without a value, and merged ranges, that lie inside the table read."""
    if not grid.header:
        return grid
    scan = scan_sheet(archive, member)
    last = grid.extra.get("stopped_at", float("inf"))
    width = range(grid.col_offset, grid.col_offset + len(grid.header))
    grid.extra["formulas"] = [(r, c) for r, c in scan.formulas if grid.header_row <= r <= last and c in width]
    grid.extra["merged"] = scan.merged
    return grid


def _metadata(ws, path: Path, budget: Budget, limits: Limits, archive: zipfile.ZipFile):
    file = f"{path.name}:{META_SHEET}"
    blanks = [(r, c) for r, c in scan_sheet(archive, getattr(ws, "_worksheet_path", None)).formulas if c <= 1]
    if blanks:
        row, col = blanks[0]
        raise InputError("formula_no_value", path.name, f"{ws.title}!{column_letter(col)}{row}")
    pairs = []
    for _, cells in _rows(ws, budget, limits, str(path), {}):
        values = [c.value for c in cells]
        if values and not _empty(values[0]) and str(values[0]).strip().lower() != "key":
            pairs.append((values[0], values[1] if len(values) > 1 else None))
    return metadata_from(rows_to_mapping(pairs, file), file)


def has_report_sheet(path: Path, limits: Limits = DEFAULT_LIMITS) -> bool:
    """Does the workbook hold a `report` sheet (the canonical layout)? Read from its sheet list alone,
    after the container checks, without parsing any sheet."""
    import html
    import re

    check_workbook(path, limits)
    try:
        with zipfile.ZipFile(path) as archive:
            listing = archive.read("xl/workbook.xml")[:1_000_000].decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, OSError):
        return True  # not a workbook we can look into: the workbook reader says what is wrong
    names = [html.unescape(n).strip().lower() for n in re.findall(r'<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"', listing)]
    return META_SHEET in names


def read_workbook(path: Path, limits: Limits = DEFAULT_LIMITS,
                  columns: dict | None = None) -> Report:
    budget = Budget(limits)
    budget.check_file(path)
    check_workbook(path, limits)
    with zipfile.ZipFile(path) as archive:
        check_shared_strings(path, archive, limits)
    with warnings.catch_warnings(), open(path, "rb") as stream:
        warnings.simplefilter("ignore")  # openpyxl warns about features it drops; not the auditor's business
        wb = _open(path, stream)
        try:
            with zipfile.ZipFile(path) as archive:
                meta, grids = _read_sheets(wb, path, budget, limits, archive)
        finally:
            wb.close()
    return assemble(meta, grids, str(path), columns=columns)


def _read_sheets(wb, path: Path, budget: Budget, limits: Limits, archive: zipfile.ZipFile):
    names = {ws.title.strip().lower(): ws for ws in wb.worksheets}
    if META_SHEET not in names:
        raise InputError("no_report_sheet", str(path))
    try:
        meta = _metadata(names[META_SHEET], path, budget, limits, archive)
    except InputError:
        raise
    except Exception as exc:
        raise _corrupt(path, META_SHEET, exc) from None
    grids = []
    for ws in wb.worksheets:
        if ws.title.strip().lower() == META_SHEET:
            continue
        if not is_canonical(ws.title):
            grids.append(Grid(ws.title, [], [], [], path.name, ws.title))  # reported by name, not read
            continue
        try:
            grid = sheet_grid(ws, path, budget, limits)
        except InputError:
            raise
        except Exception as exc:  # this sheet only: the others are still audited
            grid = Grid(ws.title, [], [], [], path.name, ws.title, extra={"unreadable": _detail(exc)})
        grids.append(_with_scan(grid, archive, getattr(ws, "_worksheet_path", None)))
    return meta, grids
