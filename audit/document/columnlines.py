"""A ruled PDF table's column lines: slivers dropped, and a table going on at the next page joined by its lines.

Word draws a cell's padding as lines of their own a few points inside the column lines, so pdfplumber's grid of a
form may have 23 or 33 columns where 11 are printed: a header label (`I` over `K` and `Rp`) stands on the inset
lines while the figures below it stand on the column lines, and the label heads none of them. A sliver, a column
too narrow to print a figure, is no column: `major` keeps the line of the pair more cells stand on.

A long form (a Renja's quarterly realisation, a budget by sub kegiatan) prints its header once and goes on for
pages, each page's table found from that page's lines. A page whose rows never draw one of the lines (no row
parted there) has fewer columns under the same lines: joining pages by their number of columns leaves it a
headerless table of its own, unread. Two tables print the same columns when their frames agree and the lines of one
are all lines of the other; both are then put on the grid of all their lines (a cell spreading over the columns its
own column covers, as a merged range) and joined.
"""
from __future__ import annotations

from audit.document.model import DocCell, DocTable

#: two lines closer than this (points) bound no column (nothing can be printed between them): one line, drawn twice
#: (a cell's padding: Word's default margin is 5.4 points) or on two pages a little apart
SLIVER = 7.0


def major(lines: tuple[float, ...], spans: list[tuple[float, float]]) -> tuple[float, ...]:
    """`lines` without slivers: of two lines closer than `SLIVER`, the one fewer of the cells' edges (`spans`: each
    cell's left and right) stand on goes; the frame's two lines stay."""
    uses = [0] * len(lines)
    for x0, x1 in spans:
        uses[nearest(x0, lines)] += 1
        uses[nearest(x1, lines)] += 1
    last = len(lines) - 1
    kept = [0]
    for i in range(1, len(lines)):
        if lines[i] - lines[kept[-1]] >= SLIVER or (i == last and kept[-1] == 0):
            kept.append(i)
        elif kept[-1] != 0 and (i == last or uses[i] > uses[kept[-1]]):
            kept[-1] = i  # the frame's line, or the one more cells stand on
    return tuple(lines[i] for i in kept)


def same_columns(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    """Do column lines `a` and `b` (left to right, the frame's included) print the same columns: the same frame, and
    every line of one a line of the other?"""
    if len(a) < 3 or len(b) < 3 or not (_near(a[0], b[:1]) and _near(a[-1], b[-1:])):
        return False
    return all(_near(x, b) for x in a) or all(_near(x, a) for x in b)


def union(a: tuple[float, ...], b: tuple[float, ...]) -> tuple[float, ...]:
    """The lines of both, one line for two that stand together."""
    return tuple(sorted(a + tuple(x for x in b if not _near(x, a))))


def spread(table: DocTable, edges: tuple[float, ...]) -> None:
    """`table` on the finer grid `edges` (each of its lines among them), in place: each cell at its column's first
    position, the positions its column also covers empty and merged with it."""
    own = table.edges
    if len(own) == len(edges):
        return
    starts = [nearest(x, edges) for x in own]
    width = len(edges) - 1
    rows: list[list[DocCell]] = []
    for row in table.rows:
        cells = [DocCell("", page=row[0].page if row else None) for _ in range(width)]
        for c, cell in enumerate(row[:len(own) - 1]):
            cells[starts[c]] = cell
        rows.append(cells)
    merged = [(r1, starts[c1], r2, starts[c2 + 1] - 1) for r1, c1, r2, c2 in table.merged]
    covered = {(r, c) for r1, c1, r2, c2 in table.merged for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
    merged += [(r, starts[c], r, starts[c + 1] - 1) for r in range(len(rows)) for c in range(len(own) - 1)
               if starts[c + 1] - starts[c] > 1 and (r, c) not in covered]
    table.rows, table.merged, table.edges = rows, merged, edges


def nearest(x: float, lines: tuple[float, ...]) -> int:
    """The index of the line nearest `x`."""
    return min(range(len(lines)), key=lambda i: abs(lines[i] - x))


def _near(x: float, lines) -> bool:
    return any(abs(x - y) < SLIVER for y in lines)
