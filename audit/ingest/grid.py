"""A table as a reader found it, before any interpretation.

`extra` carries what a reader noticed about the table as a whole, for `tables.assemble`
to report: `unreadable` (why), `line`, `stopped_at` and `empty_run` (a sheet read up to
a long run of empty rows), `formulas` (cells without a computed value), `merged` (ranges).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass
class Cell:
    """A raw cell: the text or number found, and (for workbooks) its number format."""

    value: object
    number_format: str | None = None


@dataclass
class Grid:
    name: str
    header: list[str]
    rows: list[list[Cell]]
    row_numbers: list[int]  # 1-based source row (CSV line or sheet row) of each row
    file: str
    sheet: str | None = None
    header_row: int = 1
    col_offset: int = 0  # 0-based source column of the first header cell
    csv: bool = False
    cell_rows: list[int] | None = None  # spreadsheet row of each row when it differs from its line (CSV)
    extra: dict = field(default_factory=dict)


def merged_firsts(grid: Grid) -> dict[tuple[int, int], Cell]:
    """(sheet row, position) of each cell a merged range covers -> the range's first cell.

    A label merged over several rows (a `sasaran` spanning its indicators, a
    `level` spanning two rows) is what a reader sees on every one of them. Only
    label kinds are filled (`tables.MERGE_FILLED`): a merged amount is one amount, and
    stays on its first row. Bounded by the table's own size, whatever the file declares.
    """
    ranges = grid.extra.get("merged") or ()
    if not ranges or not grid.rows:
        return {}
    at = {line: i for i, line in enumerate(grid.row_numbers)}
    lines = sorted(at)
    width = len(grid.header)
    out: dict[tuple[int, int], Cell] = {}
    budget = 20 * len(grid.rows) * max(width, 1)
    for r1, c1, r2, c2 in ranges:
        first = at.get(r1)  # the range starts on a row read (not the header, not outside the table)
        p1, p2 = c1 - grid.col_offset, min(c2 - grid.col_offset, width - 1)
        if first is None or p1 < 0 or p1 > p2:
            continue
        source = grid.rows[first][p1] if p1 < len(grid.rows[first]) else None
        if source is None or source.value is None:
            continue
        for line in lines[bisect.bisect_left(lines, r1):bisect.bisect_right(lines, r2)]:
            for pos in range(p1, p2 + 1):
                budget -= 1
                if (line, pos) != (r1, p1):
                    out.setdefault((line, pos), source)
        if budget < 0:
            break
    return out
