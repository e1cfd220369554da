"""A workbook as an agency keeps it: sheets of tables with their titles, in no canonical layout.

An e-SAKIP export or an agency's own working file has sheets named `Tabel 3.2`,
`Capaian`, `Lampiran`, a title above each table and no `report` sheet. It is read as a
document: on each sheet, a run of rows filling two or more cells is a table (its caption
the title lines above it, then the sheet's name), every other line is prose; the
document classifier and the facts finder then read it as they read a converted LKjIP.
Every cell keeps its sheet and its row and column, so findings point at `Sheet!C17`.
"""
from __future__ import annotations

import warnings
from pathlib import Path

from audit.document.model import DocCell, DocTable, Document, Paragraph
from audit.ingest.container import check_workbook
from audit.ingest.limits import Budget, Limits
from audit.ingest.workbook import _empty, _open, _rows

#: prose lines above a table that are taken as its caption
CAPTION_LINES = 3


def read_xlsx(path: Path, limits: Limits) -> Document:
    """Every sheet's tables and lines, in order, within the input limits."""
    budget = Budget(limits)
    budget.check_file(path)
    check_workbook(path, limits)
    blocks: list = []
    with warnings.catch_warnings(), open(path, "rb") as stream:
        warnings.simplefilter("ignore")  # openpyxl warns about features it drops; not the auditor's business
        wb = _open(path, stream)
        try:
            for ws in wb.worksheets:
                blocks += _sheet_blocks(ws, budget, limits, str(path))
        finally:
            wb.close()
    n = 0
    for block in blocks:
        if isinstance(block, DocTable):
            n += 1
            block.index = n
    return Document(str(path), "xlsx", blocks)


def _sheet_blocks(ws, budget: Budget, limits: Limits, file: str) -> list:
    """One sheet as paragraphs and tables: rows filling two or more cells, one after the other, are a table."""
    out: list = []
    run: list[tuple[int, list[DocCell]]] = []
    lines: list[str] = []

    def close_run() -> None:
        if len(run) >= 2:
            out.append(_table(ws.title, run, lines[-CAPTION_LINES:]))
        else:
            out.extend(Paragraph(" ".join(c.text for c in cells if c.text), row, None) for row, cells in run)
        run.clear()

    for row, cells in _rows(ws, budget, limits, file, {}):
        texts = [DocCell(_text(c), bold=_bold(c), line=row, indent=_indent(c)) for c in cells]
        if sum(bool(c.text) for c in texts) >= 2:
            run.append((row, texts))
            continue
        close_run()
        text = " ".join(c.text for c in texts if c.text)
        if text:
            out.append(Paragraph(text, row, None, bold=any(c.bold for c in texts)))
            lines.append(text)
    close_run()
    return out


def _table(sheet: str, run: list[tuple[int, list[DocCell]]], above: list[str]) -> DocTable:
    width = max(len(cells) for _, cells in run)
    rows = [cells + [DocCell("", line=row) for _ in range(width - len(cells))] for row, cells in run]
    return DocTable(0, rows, line=run[0][0], caption=[*above, sheet], section=[sheet], sheet=sheet,
                    lengths=[width] * len(rows))


def _text(cell) -> str:
    """A cell as the text a reader sees: numbers without float noise, percentages as printed."""
    value = getattr(cell, "value", None)
    if _empty(value):
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return " ".join(str(value).split())
    fmt = getattr(cell, "number_format", None) or ""
    if fmt.endswith("%"):
        return _number(value * 100) + "%"
    return _number(value)


def _number(value: float) -> str:
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.10f}".rstrip("0").rstrip(".")


def _indent(cell) -> float:
    """A cell's indent level (Excel's Increase Indent), as points of the reader's scale."""
    alignment = getattr(cell, "alignment", None)
    return 9.0 * float(getattr(alignment, "indent", 0) or 0)


def _bold(cell) -> bool:
    font = getattr(cell, "font", None)
    return bool(font is not None and getattr(font, "b", False))
