"""Which printed cell of a document a fix changes.

A fix on a document names its cell as the reader numbered it: `Tabel #7!C5` is the
7th printed table, its 5th row, its 3rd column (`audit.document.extract`). The
corrected copy writes there only when that cell still reads the value the fix
replaces; a row the reader re-aligned (a short row padded, figures put back under
their headers) can put the value in another printed column, so the one cell of the
row that reads it is taken instead. Anything less certain is left alone and
reported: a corrected copy must never change a cell the fix was not about.
"""
from __future__ import annotations

import re

from audit.document.model import DocCell, DocTable, Document
from audit.model import Fix

_TABLE = re.compile(r"^Tabel #(\d+)$")
_CELL = re.compile(r"^([A-Z]+)([1-9][0-9]*)$")


def same_text(a: str | None, b: str | None) -> bool:
    """Equal as a reader reads them: whitespace collapsed."""
    return " ".join((a or "").split()) == " ".join((b or "").split())


def position(fix: Fix) -> tuple[int, int, int] | None:
    """(table number, 0-based row, 0-based column) of the printed cell `fix` names, or None."""
    loc = fix.cell
    table = _TABLE.match(loc.sheet or "") if loc else None
    cell = _CELL.match(loc.cell or "") if loc else None
    if not (table and cell):
        return None
    column = 0
    for ch in cell.group(1):
        column = column * 26 + ord(ch) - 64
    return int(table.group(1)), int(cell.group(2)) - 1, column - 1


def printed_cell(doc: Document, fix: Fix) -> tuple[DocTable, DocCell] | None:
    """The table of `doc` and its cell that `fix` changes, or None when no cell can be named for certain."""
    where = position(fix)
    if where is None or not (fix.current_text or "").strip():
        return None  # a blank cell has no text to find: where it prints is not certain
    number, row, column = where
    table = next((t for t in doc.tables if t.index == number), None)
    if table is None:
        return None
    if table.printed:  # rows split out of one printed row (`grouped`): the row printed there, when it is one
        held = [i for i, p in enumerate(table.printed) if p == row]
        if len(held) != 1:
            return None  # its cells print other rows' values too: a fix would write over them
        row = held[0]
    if row >= len(table.rows):
        return None
    cells = table.rows[row]
    if column < len(cells) and same_text(cells[column].text, fix.current_text):
        return table, cells[column]
    reading = [c for c in cells if same_text(c.text, fix.current_text)]
    return (table, reading[0]) if len(reading) == 1 else None
