"""Headers and rows printed out of line with their columns, put back in line by what the columns hold.

A PDF conversion sometimes shifts a header row by a column, or moves one header
to the end of the row (`BANYUPUTIH KIDUL` printed after `KETERANGAN` while its
ticks sit beside the other villages'). The body is what was measured, so the
body decides: each column's content kind (ticks, figures, percentages, text) is
compared with what its header's canonical column holds, and when several
disagree, the headers are re-aligned to the columns in their printed order
(a longest-common-subsequence match on kinds), leftover tick columns pairing up
last.

Rows too: a converter drops empty cells and merges a figure with its unit
(`12 Laporan` over an *Angka* and a *Satuan* column); `realign` splits and pads
such a row where it best fits the columns' usual content, and `_reslot` moves
figures pushed into a group's unit columns back to its figure columns.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from audit.document.classify import Layout, Match, is_number
from audit.document.model import DocCell, DocTable
from audit.ingest.tables import header_key
from audit.numbers import not_available

TICKS = {"√", "✓", "✔", "v", "V", "x", "X", "☑"}


def _missing(text: str) -> bool:
    """Empty, or `n/a`: a cell saying no figure was measured tells a figure column from a text column no more
    than an empty one (before, two `n/a` cells made a realisation and a capaian column look like text and the
    header was moved onto the wrong columns)."""
    return not text or not_available(text)


def content_kind(texts: list[str]) -> str:
    """The dominant non-empty content of a column: tick, percent, figure, text (or empty)."""
    counts = {"tick": 0, "percent": 0, "figure": 0, "text": 0}
    for text in texts:
        t = text.strip()
        if _missing(t):
            continue
        if t in TICKS:
            counts["tick"] += 1
        elif is_number(t):  # `4.210` people too: a figure all the same
            counts["percent" if t.endswith("%") else "figure"] += 1
        else:
            counts["text"] += 1
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else "empty"


def expected_kind(match: Match, name: str) -> str:
    col = match.spec.column(name)
    if col is None:
        return "tick"  # a village column of a checklist
    return {"tick": "tick", "count": "figure", "money": "figure", "number": "figure", "year": "figure",
            "percent": "percent"}.get(col.kind, "text" if col.kind in ("text", "level", "id") else "any")


def agrees(expected: str, actual: str, name: str = "") -> bool:
    if actual == "empty" or expected == "any" or expected == actual:
        return True
    if {expected, actual} == {"figure", "percent"}:
        return True
    return expected == "text" and actual == "figure" and name == "no"


def align(match: Match, table: DocTable) -> dict[int, str]:
    """The match's column mapping, re-aligned to the body when its headers are out of line."""
    body = [table.rows[i] for i in match.layout.body]
    width = table.width
    kinds = [content_kind([r[c].text for r in body if c < len(r)]) for c in range(width)]
    mapping = match.mapping
    wrong = [p for p, name in mapping.items() if p not in match.years
             and not agrees(expected_kind(match, name), kinds[p], name)]
    if len(wrong) < 2:
        return mapping
    heads = sorted((p, name) for p, name in mapping.items() if p not in match.years)
    n, m = len(heads), width
    score = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            name = heads[i][1]
            fits = kinds[j] != "empty" and agrees(expected_kind(match, name), kinds[j], name)
            score[i][j] = max(score[i + 1][j], score[i][j + 1], (1 + score[i + 1][j + 1]) if fits else 0)
    new: dict[int, str] = {}
    i = j = 0
    while i < n and j < m:
        name = heads[i][1]
        fits = kinds[j] != "empty" and agrees(expected_kind(match, name), kinds[j], name)
        if fits and score[i][j] == 1 + score[i + 1][j + 1]:
            new[j] = name
            i, j = i + 1, j + 1
        elif score[i + 1][j] >= score[i][j + 1]:
            i += 1
        else:
            j += 1
    left_names = [name for _, name in heads if name not in new.values() and expected_kind(match, name) == "tick"]
    left_cols = [c for c in range(width) if c not in new and kinds[c] == "tick"]
    for c, name in zip(left_cols, left_names):
        new[c] = name
    return {**new, **{p: name for p, name in mapping.items() if p in match.years}}


# ---------------------------------------------------------------- rows printed short

_AMOUNT_UNIT = re.compile(r"^\s*(-|[\d.,]+\s*%?)\s+([A-Za-z][\w /-]*)$")


def _kind(text: str) -> str:
    return "empty" if _missing(text.strip()) else "figure" if is_number(text) else "text"


def profile_of(rows: list[list[DocCell]]) -> list[dict[str, float]]:
    """For each column, how often its cells are empty, figures or text (from the rows printed whole)."""
    if not rows:
        return []
    out = []
    for c in range(max(len(r) for r in rows)):
        kinds = [_kind(r[c].text) if c < len(r) else "empty" for r in rows]
        out.append({k: (kinds.count(k) + 0.1) / (len(kinds) + 0.3) for k in ("empty", "figure", "text")})
    return out


def _fit(cells: list[DocCell], profile: list[dict[str, float]]) -> float:
    """How well a row's cells fit the columns' usual content (a log-likelihood)."""
    return sum(math.log(profile[c][_kind(cell.text)]) for c, cell in enumerate(cells) if c < len(profile))


def realign(cells: list[DocCell], layout: Layout, length: int, full: int,
            profile: list[dict[str, float]] | None = None, first_may_move: bool = False) -> list[DocCell]:
    """A row the conversion printed short: figure and unit merged into one cell (`12 Laporan` over an
    Angka and a Satuan column), and empty cells dropped. Split the merged cells, then put back the
    missing empty cells where the row best fits the columns' usual content (`profile`), so the
    figures meet their headers again. A printed first cell stays first unless `first_may_move` (the
    first column is a heading merged over rows, whose cell the conversion may have dropped)."""
    width = min(len(layout.columns), full)
    if length >= width:
        return _reslot(cells, layout)
    labels = [header_key(c.labels[-1]) if c.labels else "" for c in layout.columns]
    blank = replace(cells[0], text="", bold=False)
    options = []
    leads = range(width - length + 1) if not cells[0].text.strip() else range(1)
    for lead in leads:  # empty cells the conversion dropped among the row's leading empty cells
        out = [blank] * lead + list(cells[:length])
        p = 0
        while p < len(out) and len(out) < width:
            m = _AMOUNT_UNIT.match(out[p].text)
            if m and p + 1 < width and labels[p] == "angka" and labels[p + 1] == "satuan":
                split = [replace(out[p], text=m.group(1).strip()), replace(out[p], text=m.group(2).strip())]
                empty_next = p + 1 < len(out) and not out[p + 1].text.strip()
                out[p:p + 2 if empty_next else p + 1] = split  # into the empty Satuan cell when it is there
            p += 1
        missing = width - len(out)
        if missing < 0:
            continue
        first = 1 if out and out[0].text.strip() and not first_may_move else 0  # a printed first cell stays first
        options += [out[:k] + [blank] * missing + out[k:] for k in range(first, len(out) + 1)] if missing else [out]
    if not options:
        return _reslot(cells, layout)
    out = max(options, key=lambda o: _fit(o, profile)) if profile else options[0]
    return _reslot(out + [replace(cells[0], text="", bold=False) for _ in range(len(cells) - len(out))], layout)


def _reslot(cells: list[DocCell], layout: Layout) -> list[DocCell]:
    """Figures the conversion moved into a column group's Satuan (unit) columns go back to its figure
    columns, in order, when they fit exactly (KEUANGAN `Angka Satuan Angka Satuan %` printed as three
    figures in the first three cells)."""
    groups: dict[str, list[int]] = {}
    for col in layout.columns:
        if len(col.labels) >= 2 and col.position < len(cells):
            groups.setdefault(col.labels[0], []).append(col.position)
    out = list(cells)
    heads = [header_key(c.labels[-1]) if c.labels else "" for c in layout.columns]
    for p in range(len(out) - 1):  # a percentage printed in the Satuan column before an empty `%` column
        if heads[p] == "satuan" and heads[p + 1] == "%" and out[p].text.strip().endswith("%") \
                and not out[p + 1].text.strip():
            out[p], out[p + 1] = out[p + 1], out[p]
    for positions in groups.values():
        units = {p for p in positions if heads[p] == "satuan"}
        if not units or not any(is_number(out[p].text) for p in units):
            continue
        values = [out[p] for p in positions if out[p].text.strip()]
        slots = [p for p in positions if p not in units]
        if len(values) != len(slots):
            continue
        blank = replace(values[0], text="", bold=False)
        for p in positions:
            out[p] = blank
        for p, cell in zip(slots, values):
            out[p] = cell
    return out
