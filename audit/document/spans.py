"""Merged cells, whatever reader found them: repeated text laid out as merges, a label over a code column and a
name column given to the names (`name_beside_code`), a cell merged down over rows printing each row's figure split
among them (`split_stacked_figures`).

Merged header cells a converter printed as repeated text, laid out as merges.

docling's markdown export prints a merged cell's text in every grid position it
covers: `| Anggaran | Anggaran | Anggaran |` over `| Pagu | Realisasi | % |`, and
`No` again in the second header row. The other readers give a merged range's
text once, on its first cell, and list the range in `DocTable.merged`; this does
the same for a pipe table's header rows, so every form gives the same table.

In the header rows (the leading rows without figures, at most `HEADER_ROWS`) a
label repeated along a row or down a column is a span; along the last header row
only when the row above spans the same columns (`Target | Target` alone may name
two columns, over `2022 | 2023` it is one label). In the body only a row label
repeated from the first column on is (`JUMLAH | JUMLAH`, a program's name over
the whole row): equal figures, ticks or predikat side by side are data.
"""
from __future__ import annotations

import re

from audit.document.model import DocTable

HEADER_ROWS = 3
_FIGURE = re.compile(r"^[-–+\s\d.,%()/]*\d[-–+\s\d.,%()/]*$")  # `1.000`, `(2)`, `93,33 %`, `-`-free digits
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_LETTER = re.compile(r"[^\W\d_]")  # a label has a letter: `-`, `√` or `0` repeated are values


def _figure(text: str) -> bool:
    text = text.strip()
    return bool(_FIGURE.match(text)) and not _YEAR.match(text)


def merge_repeated(table: DocTable) -> None:
    """Blank the repeated copies of a label in the header rows and list each run as a merged range."""
    rows, width = table.rows, table.width
    header = 0
    while header < min(HEADER_ROWS, len(rows) - 1) and not any(_figure(c.text) for c in rows[header]):
        header += 1
    runs: list[list] = []  # [first row, first column, last row, last column, text]
    for r in range(header):
        c = 0
        while c < width:
            text = rows[r][c].text
            last = c
            while text and last + 1 < width and rows[r][last + 1].text == text:
                last += 1
            above = next((g for g in runs if g[2] == r - 1 and g[1] == c and g[3] == last and g[4] == text), None)
            if text and above is not None:  # the same block one row down: a span over rows (and columns)
                above[2] = r
            elif r + 1 < header or last == c:
                runs.append([r, c, r, last, text])
            else:  # the last header row: a repeated label alone may name two columns
                runs += [[r, k, r, k, text] for k in range(c, last + 1)]
            c = last + 1
    for r1, c1, r2, c2, _ in runs:
        if (r1, c1) == (r2, c2):
            continue
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    rows[r][c].text, rows[r][c].bold = "", False
        table.merged.append((r1, c1, r2, c2))
    for r in range(header, len(rows)):
        _merge_row_label(table, r)


def _merge_row_label(table: DocTable, r: int) -> None:
    """A body row whose first cells repeat one text label (not a figure): one label spanning them."""
    row = table.rows[r]
    text = row[0].text if row else ""
    last = 0
    while _LETTER.search(text) and not _figure(text) and last + 1 < len(row) and row[last + 1].text == text:
        last += 1
    if last:
        for cell in row[1:last + 1]:
            cell.text, cell.bold = "", False
        table.merged.append((r, 0, r, last))


#: a row's place printed before its name: an outline code (`0.0.1.`, `7.9.5`, `1.02.01`) or a list number (`3.`)
_PLACE = re.compile(r"\(?\d{1,3}(?:\.\d{1,3}){0,5}[.)]?")


def name_beside_code(table: DocTable) -> None:
    """A first-row label spanning a column of codes and a column of names (`Indikator Kinerja Program` over `0.0.1.`
    and `Persentase penyelesaian ...`): the label is the names', in place; the codes' column keeps no header. Read
    otherwise, the label names the codes (its first column) and the names are read as nothing."""
    def text(row, c: int) -> str:  # rows may be short (a table cut at its reader's limits)
        return row[c].text.strip() if c < len(row) else ""

    for k, (r1, c1, r2, c2) in enumerate(table.merged):
        if r1 != 0 or c2 <= c1 or not table.rows or len(table.rows[0]) <= c2 or not text(table.rows[0], c1):
            continue
        body = table.rows[r2 + 1:]
        filled = [c for c in range(c1, c2 + 1) if any(text(row, c) for row in body)]
        if len(filled) != 2 or filled[0] != c1:
            continue
        codes = [text(row, c1) for row in body if text(row, c1)]
        names = [text(row, filled[1]) for row in body if text(row, filled[1])]
        if len(codes) < 2 or not all(_PLACE.fullmatch(t) for t in codes) \
                or sum(bool(_LETTER.search(t)) for t in names) * 2 <= len(names):
            continue
        top, name = table.rows[0][c1], filled[1]
        table.rows[0][name].text, table.rows[0][name].bold = top.text, top.bold
        top.text, top.bold = "", False
        table.merged[k] = (r1, name, r2, c2)


def split_stacked_figures(table: DocTable) -> None:
    """A cell merged down over k rows printing k figures (`975.767.379,00 6.297.664.332,00` beside two kegiatan,
    each with its own budget): each row's figure, in place, the merge down undone. Only where every figure reads as
    one and each row below the first prints a figure of its own elsewhere (rows, not a label's wrapped lines)."""
    from audit.document.classify import is_number

    for k, (r1, c1, r2, c2) in reversed(list(enumerate(table.merged))):
        if r2 <= r1 or r2 >= len(table.rows) or c1 >= len(table.rows[r1]):
            continue
        cell = table.rows[r1][c1]
        figures = list(cell.lines) if len(cell.lines) > 1 else cell.text.split()
        rows = table.rows[r1:r2 + 1]
        if len(figures) != len(rows) or not all(is_number(f) for f in figures):
            continue
        # across grid columns too, when the ones it covers beside its own print nothing (a cell's padding drawn as
        # lines of its own: `audit/document/columnlines.py`)
        if any(row[j].text.strip() for row in rows for j in range(c1 + 1, min(c2 + 1, len(row)))):
            continue
        if not all(any(is_number(c.text) for j, c in enumerate(row) if not c1 <= j <= c2) for row in rows[1:]):
            continue
        for row, figure in zip(rows, figures):
            if c1 < len(row):
                row[c1].text, row[c1].lines = figure, ()
        del table.merged[k]
        if c2 > c1:  # each row's cell still spans the padding columns
            table.merged.extend((r, c1, r, c2) for r in range(r1, r2 + 1))
