"""A table continued after a page break, joined to the part before it.

The PDF reader and the markdown reader (a converter writes one `<table>` per
page) both meet tables split at a page break, with the header repeated on the
next page or not; joining them the same way keeps one table per printed table.
"""
from __future__ import annotations

from audit.document.model import DocTable

#: header rows a continuation may repeat
HEADER_ROWS = 3


def append_continued(table: DocTable, more: DocTable) -> int:
    """`more` goes on `table`: its first rows that repeat `table`'s first rows (the header) are dropped.
    Returns what a row number of `more` becomes in `table` (its repeated rows excepted)."""
    repeat = 0
    for a, b in zip(table.rows[:HEADER_ROWS], more.rows):
        if [c.text for c in a] != [c.text for c in b] or not any(c.text for c in a):
            break
        repeat += 1
    before = len(table.rows)
    offset = before - repeat
    table.rows.extend(more.rows[repeat:])
    table.positional = table.positional or more.positional
    table.merged.extend((r1 + offset, c1, r2 + offset, c2) for r1, c1, r2, c2 in more.merged if r1 >= repeat)
    if table.printed or more.printed:  # rows split out of one: where each is printed, numbered as in `table`
        theirs = more.printed or list(range(len(more.rows)))
        table.printed = (table.printed or list(range(before))) + [p + offset for p in theirs[repeat:]]
    if table.lengths or more.lengths:  # markdown: the cells each row really had (none: rows printed whole)
        lengths = more.lengths or [more.width] * len(more.rows)
        table.lengths = (table.lengths or [table.width] * before) + lengths[repeat:]
    return offset
