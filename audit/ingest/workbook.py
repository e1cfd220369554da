"""One .xlsx workbook: a sheet per canonical table and a `report` sheet."""
from __future__ import annotations

import zipfile
from pathlib import Path

from audit.errors import InputError
from audit.ingest.grid import Cell, Grid
from audit.ingest.metadata import metadata_from, rows_to_mapping
from audit.ingest.tables import assemble
from audit.model import Report

META_SHEET = "report"


def _open(path: Path):
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InputError("bad_workbook", str(path), None, detail=str(exc) or type(exc).__name__) from None


def sheet_grid(ws, path: Path) -> Grid:
    header: list[str] = []
    header_row, offset = 1, 0
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    for row in ws.iter_rows():
        cells = [c for c in row]
        if not header:
            values = [c.value for c in cells]
            if not any(v not in (None, "") for v in values):
                continue
            first = next(i for i, v in enumerate(values) if v not in (None, ""))
            offset = first
            header = ["" if v is None else str(v) for v in values[first:]]
            header_row = cells[first].row
            continue
        line = next((c.row for c in cells if getattr(c, "row", None)), None)
        if line is None:
            continue
        rows.append([Cell(c.value, getattr(c, "number_format", None)) for c in cells[offset:]])
        numbers.append(line)
    return Grid(ws.title, header, rows, numbers, path.name, ws.title, header_row, offset)


def read_workbook(path: Path, lang: str = "id") -> Report:
    wb = _open(path)
    try:
        names = {ws.title.strip().lower(): ws for ws in wb.worksheets}
        if META_SHEET not in names:
            raise InputError("no_report_sheet", str(path))
        pairs = []
        for row in names[META_SHEET].iter_rows(values_only=True):
            if row and row[0] not in (None, "") and str(row[0]).strip().lower() != "key":
                pairs.append((row[0], row[1] if len(row) > 1 else None))
        meta = metadata_from(rows_to_mapping(pairs), f"{path.name}:{META_SHEET}")
        grids = [sheet_grid(ws, path) for ws in wb.worksheets if ws.title.strip().lower() != META_SHEET]
        return assemble(meta, grids, str(path), lang)
    finally:
        wb.close()
