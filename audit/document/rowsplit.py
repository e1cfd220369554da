"""Rows a PDF merges because a rule is missing in some of their columns only.

Word draws a table's row rules cell by cell; where a shaded or hand-edited row lacks one in a column or two (a
budget's `1 Belanja Tidak Langsung` and `2 Belanja Langsung`: no rule under the first in the label and the
realisation columns), pdfplumber finds one cell over both rows there, holding both labels' lines (or both
figures), while the other columns print each row's own number, budget and percentage. Such a cell's lines are
shared among its rows by where each line stands, when the cell is the rows' only label (`unmerged_labels`); figures
stacked in one cell are split later for every reader (`spans.split_stacked_figures`).
"""
from __future__ import annotations

import re

from audit.document.model import DocCell

#: two glyphs' middles further apart than this (points) stand on two lines
LINE_GAP = 3.0
#: a row's number in its own column: `1`, `2.`, `A.`, `b)`, `IV`
_NUMBERED = re.compile(r"\(?(?:\d{1,3}|[A-Za-z]|[IVXivx]{1,5})[.)]?")


def lines_by_row(text: str, inside: list, tops: list[float]) -> list[str] | None:
    """A cell's lines shared among the rows it covers by where each line stands (`tops`: each row's top), or None
    when a row gets none or the lines and the glyphs' lines do not pair up."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    ys: list[float] = []
    for y in sorted(ch[0] for ch in inside):
        if not ys or y - ys[-1] > LINE_GAP:
            ys.append(y)
    if len(lines) < len(tops) or len(lines) != len(ys):
        return None
    rows = [max(i for i, t in enumerate(tops) if t <= y) if y >= tops[0] else 0 for y in ys]
    if set(rows) != set(range(len(tops))):
        return None
    return [" ".join(line for line, k in zip(lines, rows) if k == i) for i in range(len(tops))]


def unmerged_labels(grid: list[list[DocCell]], merged: list, pieces: dict) -> None:
    """A row's label merged with the next rows' by a rule missing in its column only (a budget's `Belanja Tidak
    Langsung` and `Belanja Langsung` rows, numbered 1 and 2, each with its own figures): each row its own lines of
    it, in place. Only where each row prints a number of its own in a column before it and no other words, so that
    the merged cell is their only label (a sasaran over its indicators, each named in a column of its own, stays)."""
    from audit.document.classify import is_number

    for k, (r1, c1, r2, c2) in reversed(list(enumerate(merged))):
        split = pieces.get((r1, c1))
        if split is None or r2 - r1 + 1 != len(split):
            continue
        rows = grid[r1:r2 + 1]
        numbered = any(len({row[j].text for row in rows}) == len(rows) and all(row[j].text for row in rows)
                       and all(_NUMBERED.fullmatch(row[j].text) for row in rows) for j in range(c1))
        words = any(row[j].text.strip() and not all(map(is_number, row[j].text.split()))  # (figures stacked too)
                    and not _NUMBERED.fullmatch(row[j].text)
                    for row in rows for j in range(len(row)) if not c1 <= j <= c2)
        if not numbered or words:
            continue
        for row, text in zip(rows, split):
            row[c1].text = text
        del merged[k]
        if c2 > c1:
            merged.extend((r, c1, r, c2) for r in range(r1, r2 + 1))
