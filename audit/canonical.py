"""A report written back as canonical tables (docs/data-format.md): what `audit extract` writes, and
`audit fix --apply` for a document, whose corrected cells cannot be written into the PDF or DOCX."""
from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from audit.model import Fix
from audit.neutralise import keep_as_text, spreadsheet_text, xlsx_text
from audit.numbers import format_like
from audit.outputs import atomic_path, check_targets
from audit.xlsxfile import workbook_bytes


def fixed_text(fix: Fix, style: str) -> str:
    if isinstance(fix.proposed, str):
        return fix.proposed
    return fix.proposed_text or format_like(fix.current_text, fix.proposed, style)


def write_canonical(report, target: Path, fixes: Sequence[Fix] = (), note: str = "{reason}",
                    force: bool = False) -> None:
    """The report in the canonical format (docs/data-format.md): a workbook if `target` ends
    in .xlsx, else a CSV folder with report.yaml. Cells keep their text as written; fixed
    cells get the proposed text (highlighted and commented in a workbook)."""
    if report.source and Path(report.source).exists():  # a report read from disk: never written over
        check_targets([target], [report.source])
    fixed = {(f.table, f.index, f.column): f for f in fixes}
    style = report.meta.number_format
    tables = []
    for name, table in report.tables.items():
        columns = sorted(table.source_cols, key=table.source_cols.get) or list(table.values.columns)
        rows = []
        for i in range(len(table)):
            row = []
            for col in columns:
                fix = fixed.get((name, i, col))
                row.append((fixed_text(fix, style), fix) if fix else (table.raw.at[i, col], None))
            rows.append(row)
        tables.append((name, columns, rows))
    meta = report.meta.model_dump(exclude_none=True)
    if Path(target).suffix.lower() == ".xlsx":
        _write_workbook(target, meta, tables, note, force)
    else:
        _write_csv_dir(target, meta, tables, force)


def _write_csv_dir(target: Path, meta: dict, tables, force: bool) -> None:
    import yaml

    with atomic_path(target, force, directory=True) as work:
        (work / "report.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=False), encoding="utf-8")
        for name, columns, rows in tables:
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n")
            writer.writerow([spreadsheet_text(c) for c in columns])
            writer.writerows([spreadsheet_text(text) for text, _ in row] for row in rows)  # a formula stays text
            (work / f"{name}.csv").write_text(buffer.getvalue(), encoding="utf-8")


def _write_workbook(target: Path, meta: dict, tables, note: str, force: bool) -> None:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    from audit.ingest.metadata import mapping_to_rows

    wb = Workbook()
    ws = wb.active
    ws.title = "report"
    ws.append(["key", "value"])
    for number, (key, value) in enumerate(mapping_to_rows(meta), 2):
        ws.append([key, xlsx_text(value)])
        keep_as_text(ws.cell(row=number, column=2))
    fill = PatternFill("solid", fgColor="FFF2CC")
    for name, columns, rows in tables:
        sheet = wb.create_sheet(name)
        sheet.append([xlsx_text(c) for c in columns])
        for number, row in enumerate(rows, 2):  # counted here: `sheet.max_row` scans every cell (quadratic)
            sheet.append([xlsx_text(text) if text != "" else None for text, _ in row])
            for k, (text, fix) in enumerate(row):
                cell = sheet.cell(row=number, column=k + 1)
                cell.number_format = "@"  # text as written, never reinterpreted by a spreadsheet
                keep_as_text(cell)  # nor run: a cell `=HYPERLINK(...)` stays text
                if fix is not None:
                    cell.fill = fill
                    cell.comment = Comment(xlsx_text(note.format(old=fix.current_text, new=text, reason=fix.reason)),
                                           "lkjip-audit")
        sheet.freeze_panes = "A2"
    with atomic_path(target, force) as work:
        work.write_bytes(workbook_bytes(wb))
