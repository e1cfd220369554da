"""A ruled PDF table going on at the next page under other column lines, joined by where its lines stand.

A long form (a Renja's quarterly realisation, a budget by sub kegiatan) prints its header once and goes on for
pages, each page's table found from that page's lines. Word draws a cell's padding as lines of their own a few
points inside the column lines, and a page whose rows never draw one of them has fewer grid columns under the same
printed columns (a form's first page 23 or 33, the next 11): joining pages by their number of columns leaves it a
headerless table of its own, unread. Two tables print the same columns when their frames agree and the lines of one
are all lines of the other; the one with fewer is then put on the other's grid (a cell spreading over the columns its
own column covers, as a merged range) and they are joined.
"""
from __future__ import annotations

from dataclasses import replace

from audit.document.model import DocCell, DocTable

#: two lines closer than this (points) on two pages are one line printed a little apart (nothing can be printed
#: between them: Word's default cell margin is 5.4 points)
SLIVER = 7.0
#: the share of a column's width that must stand in the column it is placed in (`placed`)
MOSTLY = 0.6


def same_columns(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    """Do column lines `a` and `b` (left to right, the frame's included) print the same columns: every line of one a
    line of the other, each of its own (the frames so too)?"""
    if len(a) < 3 or len(b) < 3:
        return False
    return _within(a, b) or _within(b, a)


def union(a: tuple[float, ...], b: tuple[float, ...]) -> tuple[float, ...]:
    """The lines of the two that `same_columns` found the same: those of the one that has them all."""
    return b if _within(a, b) else a


def _within(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    """Is each line of `a` a line of `b`, a different one for each, the first and last the frame's?"""
    at = [nearest(x, b) for x in a]
    return (at[0] == 0 and at[-1] == len(b) - 1 and all(abs(x - b[i]) < SLIVER for x, i in zip(a, at))
            and all(i < j for i, j in zip(at, at[1:])))


def spread(table: DocTable, edges: tuple[float, ...]) -> None:
    """`table` on the finer grid `edges` (each of its lines among them), in place: each cell at its column's first
    position, the positions its column also covers empty and merged with it."""
    own = table.edges
    if len(own) == len(edges):
        return
    starts = [nearest(x, edges) for x in own]
    merged = [(r1, starts[c1], r2, starts[c2 + 1] - 1) for r1, c1, r2, c2 in table.merged]
    covered = {(r, c) for r1, c1, r2, c2 in table.merged for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
    merged += [(r, starts[c], r, starts[c + 1] - 1) for r in range(len(table.rows)) for c in range(len(own) - 1)
               if starts[c + 1] - starts[c] > 1 and (r, c) not in covered]
    place(table, starts[:-1], edges)
    table.merged = merged


def placed(a: tuple[float, ...], b: tuple[float, ...]) -> list[int] | None:
    """The column of `b` each column of `a` stands in, when `a` prints `b`'s columns under other lines: its outer
    columns unframed (a page going on under rules drawn only between columns: its outer lines stand inside `b`'s
    outer columns), or a cell's padding drawn as a line a little elsewhere on this page. Each column of `a` stands
    mostly (`MOSTLY`) in one column of `b`, a different one each, in order. None otherwise."""
    if len(a) < 3 or len(b) < 3 or a[0] < b[0] - SLIVER or a[-1] > b[-1] + SLIVER:
        return None
    columns = [_column((left + right) / 2, b) for left, right in zip(a, a[1:])]
    if not all(i < j for i, j in zip(columns, columns[1:])):
        return None
    inside = [min(right, b[k + 1]) - max(left, b[k]) for (left, right), k in zip(zip(a, a[1:]), columns)]
    return columns if all(w >= MOSTLY * (right - left) for w, (left, right) in zip(inside, zip(a, a[1:]))) else None


def _column(x: float, lines: tuple[float, ...]) -> int:
    """The column of `lines` that `x` stands in."""
    return max(0, min(len(lines) - 2, sum(1 for line in lines[1:-1] if line <= x)))


def place(table: DocTable, columns: list[int], edges: tuple[float, ...]) -> None:
    """`table` on the grid `edges`, in place, each of its columns in the column given for it (`placed`, `spread`),
    the others empty; a merged range goes with its first and last columns."""
    width = len(edges) - 1
    rows: list[list[DocCell]] = []
    for row in table.rows:
        cells = [DocCell("", page=row[0].page if row else None) for _ in range(width)]
        for c, cell in enumerate(row[:len(columns)]):
            cells[columns[c]] = cell
        rows.append(cells)
    table.rows, table.edges = rows, edges
    table.merged = [(r1, columns[c1], r2, columns[c2]) for r1, c1, r2, c2 in table.merged]


def nearest(x: float, lines: tuple[float, ...]) -> int:
    """The index of the line nearest `x`."""
    return min(range(len(lines)), key=lambda i: abs(lines[i] - x))




def collapse(table: DocTable) -> None:
    """A label of the first row spanning grid columns whose rows below never print two different things across them
    heads one printed column, in place: the grid's extra columns are lines a cell's padding draws (`Program/ Kegiatan`
    over three grid columns, each row's label in one or another of them as its text stands in, a budget printed in the
    first or the second). Each such run becomes one column holding the text its row prints there, its indent counted
    from the run's left line. A run whose rows below print two different texts (`Target`, `Realisasi` under
    `Kinerja`) stays apart, and so does one a body row spans (a heading `MISI PERTAMA :` over the number and the
    indicator columns) or one the first row leaves unlabelled."""
    if len(table.edges) != table.width + 1 or not table.rows:
        return
    runs: list[tuple[int, int]] = []
    for r1, c1, r2, c2 in sorted(table.merged, key=lambda m: m[1] - m[3]):  # the widest first
        if r1 > 0 or c2 <= c1 or not table.rows[0][c1].text.strip() or any(a <= c2 and c1 <= b for a, b in runs):
            continue
        if all(len({c.text for c in row[c1:c2 + 1] if c.text.strip()}) <= 1 for row in table.rows[r2 + 1:]):
            runs.append((c1, c2))
    if not runs:
        return
    first = {c1: c2 for c1, c2 in runs}
    keep: list[int] = []  # the kept columns, each the first of its run or a column of its own
    new = [0] * table.width  # old column -> new column
    c = 0
    while c < table.width:
        last = first.get(c, c)
        for k in range(c, last + 1):
            new[k] = len(keep)
        keep.append(c)
        c = last + 1
    rows: list[list[DocCell]] = []
    for row in table.rows:
        cells: list[DocCell] = []
        for c in keep:
            last = first.get(c, c)
            k = next((k for k in range(c, last + 1) if row[k].text.strip()), c)
            cell = row[k]
            if k != c:
                cell = replace(cell, indent=round(cell.indent + table.edges[k] - table.edges[c]))
            cells.append(cell)
        rows.append(cells)
    merged = [(r1, new[c1], r2, new[c2]) for r1, c1, r2, c2 in table.merged]
    table.rows = rows
    table.merged = [m for m in merged if m[1] != m[3] or m[0] != m[2]]
    table.edges = (*(table.edges[c] for c in keep), table.edges[-1])
