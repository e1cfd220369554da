"""Turn a source (CSV folder, workbook) into one `Report`.

Readers only produce raw grids (header + rows of cells with their source
positions); `tables.build_table` is shared by all of them and does the header
mapping, number parsing and provenance, so every format behaves the same.
"""
from __future__ import annotations

from pathlib import Path

from audit.errors import InputError
from audit.model import Report


def read_report(path: str | Path, lang: str = "id") -> Report:
    """Read a report from a CSV folder (with report.yaml) or an .xlsx workbook."""
    p = Path(path)
    if not p.exists():
        raise InputError("path_missing", str(p))
    if p.is_file() and p.name in ("report.yaml", "report.yml"):
        p = p.parent
    if p.is_dir():
        from audit.ingest.csvdir import read_dir

        return read_dir(p, lang)
    if p.suffix.lower() in (".xlsx", ".xlsm"):
        from audit.ingest.workbook import read_workbook

        return read_workbook(p, lang)
    raise InputError("unsupported_input", str(p))
