"""Candidate fixes as a rule kind proposes them: a cell and the value that would make its check hold.

Kinds import this, not the engine: the engine runs the kinds, and a kind that
imported it back would make the two one tangle.
"""
from __future__ import annotations

from audit.model import Candidate, Table


def candidate(table: Table, index: int, column: str, value, suspected: bool = False) -> Candidate | None:
    """A proposed value for a cell, rounded as the cell is printed; None if not a finite number.
    `suspected`: the check's own evidence names this cell as the slip (a tie-breaker in ranking)."""
    if isinstance(value, str):
        return Candidate(table.name, int(index), column, value, suspected)
    if value is None or value != value or value in (float("inf"), float("-inf")):
        return None
    kind = table.kinds.get(column)
    decimals = table.array(column, "decimals")[index] if column in table.decimals.columns else float("nan")
    if kind in ("money", "count", "year", "tick"):
        value = float(round(value))
    else:  # as printed, but never coarser than hundredths (83 -> 66.67, not 67)
        value = round(float(value), max(2, int(decimals) if decimals == decimals else 0))
    return Candidate(table.name, int(index), column, value, suspected)
