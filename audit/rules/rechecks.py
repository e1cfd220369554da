"""What rule kinds share to re-check candidate fixes without a stack (`RuleKind.recheck`).

A kind's re-check gathers, for every copy of the report, the rows a change could move,
one after the other in one set of arrays (`owner`: the copy of each entry), and runs its
comparison once over them: the stack's single run, without building the stack's frames.
"""
from __future__ import annotations

import numpy as np


class Written:
    """The cells changed in copies of a report (`copies[k]`: candidates with `table`, `index`, `column`,
    `proposed`), written into a column's figures gathered for entries of several copies."""

    def __init__(self, copies):
        self.cells: dict[tuple[str, str], list[tuple[int, int, float]]] = {}
        for k, changes in enumerate(copies):
            for c in changes:
                self.cells.setdefault((c.table, c.column), []).append((k, c.index, float(c.proposed)))

    def gather(self, table, column: str, figures: np.ndarray, rows: np.ndarray, owner: np.ndarray) -> np.ndarray:
        """`figures[rows]` (a column of `table`), with each entry's copy's change written in."""
        return self.write(table, column, figures[rows], rows, owner)

    def write(self, table, column: str, values: np.ndarray, rows: np.ndarray, owner: np.ndarray) -> np.ndarray:
        """`values` (a column's figures at `rows` of `table`, one per entry; changed in place) with each
        entry's copy's change written in."""
        for k, row, value in self.cells.get((table.name, column), ()):
            values[(rows == row) & (owner == k)] = value
        return values


def sources(table, positions) -> set:
    """The source rows of `table`'s rows at `positions`: where its findings are said."""
    source = table.source_rows
    return {source[i] if i < len(source) else i for i in positions}


def entries(parts: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Entries of several copies one after the other (`parts[j]`: the j-th copy's), and the copy of each."""
    if not parts:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    return np.concatenate(parts), np.repeat(np.arange(len(parts), dtype=np.intp), [len(e) for e in parts])


def owned(found, owner: np.ndarray, kept: list[int], out: list) -> list:
    """(entry, finding) pairs of a re-check handed to each entry's copy (`kept[owner[entry]]`, whose slot in
    `out` holds (table, findings, rows)), each copy's in the order a run gives them."""
    for n, finding in found:
        out[kept[owner[n]]][1].append(finding)
    for result in out:
        if result is not None:
            result[1].sort(key=lambda f: (f.position, f.column))
    return out
