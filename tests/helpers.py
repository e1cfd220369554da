"""Test helpers: write mini reports to disk, convert a CSV folder to a workbook."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import yaml

from audit.ingest.metadata import mapping_to_rows
from audit.rule_examples import write_tables

BASE_META = {"agency": "Kecamatan Contoh", "year": 2023, "desa": ["Alpha", "Beta", "Gamma"]}


def write_report(folder: Path, tables: dict[str, str], meta: dict | None = None) -> Path:
    """A CSV folder from inline CSV texts (dedented) and metadata merged over BASE_META."""
    return write_tables(folder, tables, meta, BASE_META)


def csv_dir_to_xlsx(folder: Path, target: Path) -> Path:
    """The workbook form of a CSV folder: cells keep their text exactly as written."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "report"
    ws.append(["key", "value"])
    meta = yaml.safe_load((folder / "report.yaml").read_text(encoding="utf-8"))
    for key, value in mapping_to_rows(meta):
        ws.append([key, value])
    for path in sorted(folder.glob("*.csv")):
        sheet = wb.create_sheet(path.stem)
        for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8"))):
            sheet.append([cell if cell != "" else None for cell in row])
        for row in sheet.iter_rows():
            for cell in row:
                cell.number_format = "@"
    wb.save(target)
    return target


#: a valid one-rule pack: tests change one thing in it to see how a mistake is said
GOOD_RULE = """\
pack: t
rules:
  - id: SUM901
    kind: sum
    title: {id: uji}
    params:
      table: realisasi_program
      columns: [pagu]
      parts: {where: {level: item}}
      total: {where: {level: total}}
"""


def changed_copy(tmp_path: Path, document: Path, old: str | None = None, new: str | None = None) -> str:
    """A document (with its `.yaml` sidecar) in `tmp_path` as `laporan.md`, its one occurrence of `old` replaced
    by `new`: a real table with one figure changed."""
    import shutil

    text = document.read_text(encoding="utf-8")
    if old is not None and new is not None:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    (tmp_path / "laporan.md").write_text(text, encoding="utf-8")
    shutil.copy(document.with_suffix(".yaml"), tmp_path / "laporan.yaml")
    return str(tmp_path / "laporan.md")
