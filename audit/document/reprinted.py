"""Rows a report prints more than once, or in parts: read once, each cell where it is printed.

An LKjIP prints an indicator in its Ikhtisar Eksekutif, again in BAB III and again in an annex; its targets in one
table and its realisation and capaian in the next; the same items (`- Daging`, `- Telur`) under two indicators; and
each of its budget tables (APBD, APBN funds) numbers its programmes from 1. Read table by table, each would be a key
printed twice (SCHEMA001) that the report never contradicted. Here a row that repeats or completes one read before
goes on that row (`extract`), a list item is named with what it is an item of, and the reader's own ids are kept
apart per printed table.
"""
from __future__ import annotations

import re

from audit.document import layouts
from audit.document.classify import is_number
from audit.numbers import parse_number


def distinct_ids(part: layouts.Part, earlier: list[layouts.Part], index: int, continues: bool = False) -> None:
    """Ids the reader numbers (programme `1`, kegiatan `1.1`) start again in each printed table: a second table of
    the kind (the APBN-funded kegiatan after the APBD's) numbering as the first did has its ids said with its table
    (`39/1.1`), one row's id never another's. So has a table whose rows would hang under another table's (kegiatan
    numbered `1` to `6` without their programmes, after a table of programmes `1` to `12`): its sums are its own.
    A table going on from the one before (`continues`) keeps its ids: its kegiatan are that table's programmes'.
    The ids are the reader's, not the report's: nothing to find in them."""
    seen = {r.get("id") for p in earlier for r in p.rows if r.get("id")}
    ids = {r.get("id") for r in part.rows if r.get("id")}
    under_another = not continues and any(
        "." in i and (parent := i.rsplit(".", 1)[0]) in seen and parent not in ids for i in ids)
    if seen and (ids & seen or under_another):
        for row in part.rows:
            if row.get("id"):
                row.text["id"] = f"{index}/{row.get('id')}"


#: a list item's mark before a row's label: `- Telur`, `• Jitut`, `➢ Jumlah kelompok`
_ITEM = re.compile(r"^\s*[-–•▪➢►○◦·*]\s+(?=\S)")


def name_subitems(part: layouts.Part, spec) -> None:
    """A row whose label is a list item (`- Telur`) under a row naming what it counts and printing no figure of its
    own (`Jumlah produksi yang dihasilkan :`) is that item of it: its label says so (`Jumlah produksi yang
    dihasilkan: Telur`). The same items under two such rows (`Daging`, `Telur`, `Susu` produced, then of SNI
    standard) are two indicators, and a reviewer reads which."""
    label = next((c for c in spec.labels if c in part.columns), None)
    if label is None:
        return
    figures = [c.name for c in spec.columns if c.numeric and c.name in part.columns]
    head = None
    for row in part.rows:
        text = row.get(label)
        if not text.strip():
            continue
        item = _ITEM.match(text)
        if item is None:
            bare = not any(row.get(c).strip() and is_number(row.get(c)) for c in figures)
            head = text.strip().rstrip(":").strip() if bare else None
        elif head is not None:
            row.text[label] = f"{head}: {text[item.end():].strip()}"


def read_again(part: layouts.Part, earlier: list[layouts.Part], keys) -> list:
    """(row, the earlier row, its part, how) for each row of `part` whose key is a row's of an earlier table of the
    kind and that adds nothing new or only what that row lacks: a report prints an indicator in its summary, in BAB
    III and in an annex (`repeated`: every figure both print agrees), or its targets in one table and its
    realisation in the next (`completes`: no figure column in common, no label that disagrees). One reading of the
    indicator is enough; a key printed again with other figures stays, two readings that disagree."""
    if not keys:
        return []
    seen: dict[tuple, list] = {}
    for before in earlier:
        for row in before.rows:
            key = _row_key(row, keys)
            if key is not None:
                seen.setdefault(key, []).append((row, before))
    out = []
    for row in part.rows:
        key = _row_key(row, keys)
        for first, before in seen.get(key, []) if key is not None else ():
            mine, theirs = _figures(row), _figures(first)
            shared = mine.keys() & theirs.keys()
            if shared and all(mine[c] == theirs[c] for c in shared):
                out.append((row, first, before, "repeated"))
                break
            if not shared and mine and _labels_agree(row, first):
                out.append((row, first, before, "completes"))
                break
    return out


def _labels_agree(row: layouts.Row, first: layouts.Row) -> bool:
    """No label both rows print differs (their list numbers aside: two tables number their rows each their way)."""
    return all(" ".join(v.lower().split()) == " ".join(first.get(c).lower().split())
               for c, v in row.text.items() if c not in ("no", "level") and v and first.get(c) and not is_number(v))


def complete(first: layouts.Row, row: layouts.Row) -> None:
    """`first` takes the cells `row` prints and it lacks, each said to be printed where `row` is."""
    for column, text in row.text.items():
        if text and not first.get(column):
            first.text[column] = text
            first.elsewhere[column] = row


def _row_key(row: layouts.Row, keys) -> tuple | None:
    """A row's key as printed, case and spacing aside; None when a part of it is blank or the row adds others up."""
    if row.get("level") in ("total", "subtotal"):
        return None
    parts = tuple(" ".join(row.get(k).lower().split()) for k in keys)
    return parts if all(parts) else None


def _figures(row: layouts.Row) -> dict[str, float | None]:
    """The row's figures by column, as read (`91,50` and `91.50` are one figure)."""
    return {c: parse_number(v).value for c, v in row.text.items() if is_number(v)}
