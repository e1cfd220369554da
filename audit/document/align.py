"""Headers printed out of line with their columns, put back in line by what the columns hold.

A PDF conversion sometimes shifts a header row by a column, or moves one header
to the end of the row (`BANYUPUTIH KIDUL` printed after `KETERANGAN` while its
ticks sit beside the other villages'). The body is what was measured, so the
body decides: each column's content kind (ticks, figures, percentages, text) is
compared with what its header's canonical column holds, and when several
disagree, the headers are re-aligned to the columns in their printed order
(a longest-common-subsequence match on kinds), leftover tick columns pairing up
last.
"""
from __future__ import annotations

from audit.document.classify import Match, is_number
from audit.document.model import DocTable

TICKS = {"√", "✓", "✔", "v", "V", "x", "X", "☑"}


def content_kind(texts: list[str]) -> str:
    """The dominant non-empty content of a column: tick, percent, figure, text (or empty)."""
    counts = {"tick": 0, "percent": 0, "figure": 0, "text": 0}
    for text in texts:
        t = text.strip()
        if not t:
            continue
        if t in TICKS:
            counts["tick"] += 1
        elif is_number(t):
            counts["percent" if t.endswith("%") else "figure"] += 1
        else:
            counts["text"] += 1
    best = max(counts, key=counts.get)
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
