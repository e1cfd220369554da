"""Copies of the submitted workbook's sheets in the working paper, finding cells highlighted.

A reviewer wants to see a finding where the agency wrote it. Only cell values are
copied (no styles, formulas, merges or images): the copy is evidence to look at,
not a second report to maintain, and values-only copying cannot fail on the many
odd things a real workbook holds. Cached values are read (`data_only`), the same
values the audit read. Each finding's cell gets a fill by severity and a comment
with the rule id and message.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter

from audit.render.safety import spreadsheet_text

FILL = {"error": "FFF4B5B0", "warning": "FFFEDF89", "info": "FFB2DDFF"}
RANK = {"error": 3, "warning": 2, "info": 1}
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def cell_text(value):
    """Any value bound for a cell: control characters a workbook cannot hold dropped, formulas neutralised."""
    if isinstance(value, str):
        return spreadsheet_text(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def is_workbook(path) -> bool:
    return path is not None and Path(path).suffix.lower() in WORKBOOK_SUFFIXES and Path(path).is_file()


def _marks(findings, workbook_name: str) -> dict[str, dict[str, list]]:
    """sheet -> cell -> findings located there (only findings in this workbook)."""
    marks: dict[str, dict[str, list]] = {}
    for f in findings:
        loc = f.location
        if loc is None or not loc.sheet or not loc.cell:
            continue
        if loc.file and Path(loc.file.replace("\\", "/")).name != workbook_name:
            continue
        marks.setdefault(loc.sheet, {}).setdefault(loc.cell, []).append(f)
    return marks


def _free_title(wb, name: str) -> str:
    """The sheet's own name when free, else a numbered one (sheet titles are unique, at most 31 chars)."""
    taken = {ws.title.lower() for ws in wb.worksheets}
    title = name[:31]
    n = 2
    while title.lower() in taken:
        suffix = f" ({n})"
        title = name[:31 - len(suffix)] + suffix
        n += 1
    return title


def copy_sheets(wb, source_path, findings, lang: str = "id") -> list[str]:
    """Append a values-only copy of every sheet of `source_path` to `wb`, the findings' messages in `lang`
    as comments; return the new sheet titles."""
    from openpyxl import load_workbook

    path = Path(source_path)
    src = load_workbook(path, read_only=True, data_only=True)
    try:
        marks = _marks(findings, path.name)
        titles = []
        for sheet in src.worksheets:
            ws = wb.create_sheet(_free_title(wb, sheet.title))
            widths: dict[int, int] = {}
            for r, row in enumerate(sheet.iter_rows(values_only=True), 1):
                for c, value in enumerate(row, 1):
                    if value is None:
                        continue
                    ws.cell(r, c, cell_text(value))
                    widths[c] = max(widths.get(c, 0), len(str(value)))
            for c, width in widths.items():
                ws.column_dimensions[get_column_letter(c)].width = min(max(width + 2, 8), 50)
            _highlight(ws, marks.get(sheet.title, {}), lang)
            titles.append(ws.title)
        return titles
    finally:
        src.close()


def _highlight(ws, cells: dict[str, list], lang: str) -> None:
    for ref, found in sorted(cells.items()):
        worst = max(found, key=lambda f: RANK[f.severity.value]).severity.value
        cell = ws[ref]
        cell.fill = PatternFill("solid", start_color=FILL[worst], end_color=FILL[worst])
        text = "\n".join(f"{f.rule_id}: {f.text(lang)}" for f in found)
        comment = Comment(ILLEGAL_CHARACTERS_RE.sub("", text), "lkjip-audit")
        comment.width, comment.height = 320, 40 + 40 * len(found)
        cell.comment = comment
