"""Every printed table with figures, read for its arithmetic, and whether the classifier read it.

The generic checks sum and divide only what no rule pack reads (a table, or the part of one
the extraction cut off, logged `unrecognised`); the staff check compares headcounts of every
staff table, read or not. A table printed without a header of its own (its first row holds
figures) right after one of the same width is that table's next page: joined to it when neither
was read, and left alone when the one before was read (its totals need the rows the packs read).
A table whose columns were found from the words' places (`DocTable.positional`) is checked only where
a table kind read it: no header words confirm the columns of one left unrecognised.
"""
from __future__ import annotations

from audit.document import structure
from audit.document.model import DocTable, Document


def printed_tables(doc: Document, log: list) -> list:
    """`structure.Printed` for each table the log says was read or not recognised, in document order."""
    statuses: dict[int, set] = {}
    for e in log:
        statuses.setdefault(e.table, set()).add(e.status)
    skipped = {(e.table, e.line) for e in log if e.status == "unrecognised"}
    found: list[tuple[DocTable, list[DocTable], bool]] = []  # a table, its next pages, read by the packs
    previous: tuple[DocTable, list[DocTable], bool] | None = None
    before: DocTable | None = None
    tail: DocTable | None = None  # the printed table `previous` ends with
    for table in doc.tables:
        seen = statuses.get(table.index, set())
        if "read" in seen:
            found.append((table, [], True))
        if table.positional:
            continue  # columns found from the words' places, no kind's header words to confirm them: not summed
        parts = [table] if seen == {"unrecognised"} else \
            [s for s in _segments(table) if (s.index, s.line) in skipped] if "unrecognised" in seen else []
        for part in parts:
            if _headless(part) and before is not None and part.width == before.width:
                if previous is not None and tail is before:
                    previous[1].append(part)
                    tail = table
                continue
            previous, tail = (part, [], False), table
            found.append(previous)
        before = table
    after = {a.index: b for a, b in zip(doc.tables, doc.tables[1:])}
    out = []
    for t, more, read in found:
        printed = structure.read(t, more, read)
        if printed is None:
            continue
        nxt = after.get((more[-1] if more else t).index)
        # the next page's table starts without a header of its own and was not joined (its columns found otherwise):
        # this table's last family may go on there
        printed.goes_on = nxt is not None and _headless(nxt)
        out.append(printed)
    unread: dict[int, set[str]] = {}
    for e in log:
        if e.status == "read":
            unread.setdefault(e.table, set()).update(getattr(e, "unread_figures", ()))
    for p in out:
        if p.read:  # the figure columns the kind left unread, by their printed header
            p.unread = {c for c in p.numeric if p.headers[c] in unread.get(p.table.index, ())}
    return out


def _segments(table) -> list:
    from audit import catalog
    from audit.document import extract

    known = getattr(extract, "_known_headers", None)
    if known is None:  # the extraction cuts tables otherwise now: a part of a read table is left alone
        return []
    return extract.segments(table, known(catalog.tables()))  # the same cut the extraction made


def _headless(table) -> bool:
    """Its first row holds figures (a numbering row `1 2 3` belongs to a header)."""
    filled = [c.text.strip() for c in table.rows[0] if c.text.strip()] if table.rows else []
    if filled and all(x.strip("().").isdigit() and len(x.strip("().")) <= 2 for x in filled):
        return False
    return any(structure.is_figure(x) for x in filled)
