"""A table as a reader found it, before any interpretation."""
from __future__ import annotations

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
