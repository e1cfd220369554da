"""A table of a stack of reports (`audit.rules.stack`): plain data, read by the engine and the kinds
without the stacking machinery (which runs the engine)."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from audit.model import Table


@dataclass
class StackedTable(Table):
    """The same table of several reports, one below the other (index 0..n-1 over the stack)."""

    report_of: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.intp))
    parts: list[Table] = field(default_factory=list)  # each report's own Table
    starts: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.intp))
    metas: list = field(default_factory=list)  # each report's metadata (its villages, for the count kind)
    local_rows: np.ndarray | None = None  # each row's row in its report's table, when not all rows are stacked

    def locate(self, row: int) -> tuple[int, int]:
        """(report number in the stack, row in that report's table)."""
        k = int(self.report_of[row])
        return k, int(self.local_rows[row] if self.local_rows is not None else row - self.starts[k])

    def row_name(self, row: int):
        k, local = self.locate(row)
        return self.parts[k].row_name(local)

    def row_key(self, row: int) -> str:
        k, local = self.locate(row)
        return self.parts[k].row_key(local)

    def location(self, row: int, column: str | None = None):
        k, local = self.locate(row)
        return self.parts[k].location(local, column)
