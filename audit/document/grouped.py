"""A row of a document table that holds a group of rows, split into them by the lines its cells print.

Agencies often type a sasaran's indicators into one row of a Word table: the indicators as paragraphs (or line
breaks) of one cell, their targets as as many lines of the cell beside (`90%` over `20%`). Read as one row, `90%
20%` is no figure and the indicators are one name. A body row is split when a cell prints two lines or more, each
a figure or a dash, and another cell prints as many lines: line k of every such cell goes to the group's k-th row,
and a cell of one line (the number, the sasaran) spans the group's rows as a merged cell does. A cell of another
count of lines (an indicator broken over two lines) keeps the row whole: pairing its lines would be a guess.

The PDF reader splits such rows from its words' places (`pdfcolumns.split_grouped`); here the lines are the ones
the file itself says (`DocCell.lines`), so the split is exact where it happens.
"""
from __future__ import annotations

from audit.document.model import DocCell, DocTable
from audit.numbers import parse_number


def nil_or_figure(text: str) -> bool:
    """A figure, or a dash for none, as the number parser reads them (`12.540.550 *)`, `- **)`: a footnote mark
    aside)."""
    parsed = parse_number(text)
    return parsed.form == "dash" or parsed.form == "ambiguous" or parsed.value is not None


def group_size(row: list[DocCell]) -> int:
    """How many rows a body row holds (`lines` of its cells), 1 when it holds one or its cells disagree."""
    counts = {len(c.lines) for c in row if len(c.lines) >= 2}
    if len(counts) != 1:
        return 1  # a cell of another count (a label broken over lines): no pairing is certain
    size = counts.pop()
    figures = [all(nil_or_figure(x) for x in c.lines) for c in row if c.lines]
    return size if any(figures) and not all(figures) else 1  # figures beside their labels


def split_rows(table: DocTable) -> list[DocCell]:
    """Every body row of `table` holding a group split into its rows, in place (its merged ranges, the cells each
    row had and `printed`, the row of the file each row is printed in, kept in step); the cells split, which no
    longer stand in the table. The first row (the header) is never split."""
    rows, merged = table.rows, table.merged
    sizes = [1] + [group_size(r) for r in rows[1:]]
    if all(s == 1 for s in sizes):
        return []
    out: list[list[DocCell]] = []
    printed: list[int] = []
    first: list[int] = []
    gone: list[DocCell] = []
    for r, (row, size) in enumerate(zip(rows, sizes)):
        first.append(len(out))
        printed.extend([r] * size)
        if size == 1:
            out.append(row)
            continue
        gone.extend(c for c in row if c.lines)
        for k in range(size):
            out.append([DocCell(c.lines[k], c.bold, c.line, c.page, c.indent) if c.lines
                        else c if k == 0 else DocCell("", line=c.line, page=c.page) for c in row])
    last = [f + s - 1 for f, s in zip(first, sizes)]
    spans = []
    for r0, c0, r1, c1 in merged:
        if r0 == r1 and rows[r0][c0].lines:  # cells merged across, split with their row: merged in each of its rows
            spans += [(first[r0] + k, c0, first[r0] + k, c1) for k in range(sizes[r0])]
        else:
            spans.append((first[r0], c0, last[r1], c1))
    covered = {(r, c) for r0, c0, r1, c1 in merged for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    for r, (row, size) in enumerate(zip(rows, sizes)):
        if size > 1:  # a cell of one line over the group: as if merged down its rows
            spans += [(first[r], c, last[r], c) for c, cell in enumerate(row)
                      if not cell.lines and cell.text.strip() and (r, c) not in covered]
    was = table.printed
    table.rows, table.merged = out, spans
    table.printed = [was[p] for p in printed] if was else printed
    if table.lengths:
        table.lengths = [table.lengths[p] for p in printed]
    return gone
