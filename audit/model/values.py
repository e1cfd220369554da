"""A parsed cell: the value, and how it was written."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Parsed:
    """One cell as read.

    `value` is None when the cell is empty, not a number, or ambiguous; `form`
    says which (`number`, `dash`, `blank`, `text`, `ambiguous`). `decimals` is the
    number of decimals printed, which fixes the cell's rounding interval.
    """

    raw: str
    value: float | None
    form: str = "number"
    decimals: int = 0
    unit: str | None = None
    problem: str | None = None  # message key when the cell cannot be read as a number

    @property
    def is_number(self) -> bool:
        return self.value is not None
