"""A table continued after a page break, joined to the part before it.

The PDF reader and the markdown reader (a converter writes one `<table>` per
page) both meet tables split at a page break, with the header repeated on the
next page or not; joining them the same way keeps one table per printed table.
"""
from __future__ import annotations

import re

from audit.document.model import DocTable

#: header rows a continuation may repeat
HEADER_ROWS = 3
#: the rows a repeated header may take when its labels break into lines of their own (`Pagu Anggaran` over `(Rp)`)
REFLOWED_ROWS = 6
_WORD = re.compile(r"\w+")


def append_continued(table: DocTable, more: DocTable) -> int:
    """`more` goes on `table`: its first rows that repeat `table`'s first rows (the header) are dropped.
    Returns what a row number of `more` becomes in `table` (its repeated rows excepted)."""
    repeat = 0
    for a, b in zip(table.rows[:HEADER_ROWS], more.rows):
        if [c.text for c in a] != [c.text for c in b] or not any(c.text for c in a):
            break
        repeat += 1
    repeat = repeat or _reflowed(table, more)
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


def _reflowed(table: DocTable, more: DocTable) -> int:
    """How many first rows of `more` print `table`'s header again with its labels broken into other lines (a page's
    header in one row, the next page's in four, each label's words in its own column as before): 0 when none do."""
    heads = [_words(table.rows[:h]) for h in range(1, HEADER_ROWS + 1)]
    for k in range(1, min(REFLOWED_ROWS, len(more.rows) - 1) + 1):
        words = _words(more.rows[:k])
        if any(words == head and sum(1 for w in head if w) >= 2 for head in heads):
            return k
    return 0


def _words(rows: list) -> list[tuple[str, ...]]:
    """The words each column prints in `rows`, top to bottom."""
    width = max((len(r) for r in rows), default=0)
    return [tuple(w.lower() for r in rows if c < len(r) for w in _WORD.findall(r[c].text)) for c in range(width)]
