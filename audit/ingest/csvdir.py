"""A folder of `TABLE.csv` files plus `report.yaml`."""
from __future__ import annotations

import csv
from pathlib import Path

from audit.errors import InputError
from audit.ingest.grid import Cell, Grid
from audit.ingest.metadata import load_yaml_file, metadata_from
from audit.ingest.tables import assemble
from audit.model import Report


def read_grid(path: Path, name: str) -> Grid:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = path.read_text(encoding="cp1252")  # Excel's "CSV" on Windows
    except OSError as exc:
        raise InputError("bad_csv", str(path), None, detail=exc.strerror or str(exc)) from None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(text.splitlines(keepends=True), dialect)
    header: list[str] = []
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    records: list[int] = []
    header_line = 1
    end = 0  # line where the previous record ended; a record with a quoted line break spans lines
    try:
        for record in reader:
            start, end = end + 1, reader.line_num
            if not header:
                if not any(c.strip() for c in record):
                    continue
                header, header_line = record, start
                continue
            numbers.append(start)
            records.append(len(records) + 2)  # a spreadsheet shows record k (after the header) on row k + 1
            rows.append([Cell(v) for v in record])
    except csv.Error as exc:
        raise InputError("bad_csv", str(path), str(reader.line_num), detail=str(exc)) from None
    return Grid(name, header, rows, numbers, path.name, None, header_line, 0, csv=True, cell_rows=records)


def read_dir(folder: Path, lang: str = "id") -> Report:
    meta_path = next((folder / n for n in ("report.yaml", "report.yml") if (folder / n).exists()), None)
    if meta_path is None:
        raise InputError("no_report_yaml", str(folder))
    meta = metadata_from(load_yaml_file(meta_path), str(meta_path))
    grids = (read_grid(path, path.stem) for path in sorted(folder.glob("*.csv")))
    return assemble(meta, grids, str(folder), lang)
