"""`split_sum`: a total printed once over the columns its parts are split into.

A staff table by unit with the categories across the columns prints each unit's men and women per category
(`L`, `P`) and, on its last `Jumlah` row, each category's total once over its two columns: the sum over the
units of L + P. No cell holds a unit's L + P, so the `sum` kind, which adds one column into the same column,
cannot compare it. This kind does: each total row selected by `total` (its `column` printed, every `split`
column blank: the figure stands over them) is compared with the sum of its group's parts (grouped by
`parts.key` to `total.key`), where a part counts its own `column` when printed, else its `split` columns.
A group none of whose parts is counted by its split is left to the `sum` rules (they compare `column` with
`column`), so that one slip is never said twice. Candidates are printed cells only: the total, or one of the
parts' figures moved by the difference.
"""
from __future__ import annotations

import numpy as np
from pydantic import BaseModel, ConfigDict

from audit.rules.candidates import candidate
from audit.rules.intervals import meets
from audit.rules.registry import kind
from audit.rules.select import Side, array, key_values, references, rows


class SplitSumParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    column: str  # the total's figure (jumlah)
    split: list[str]  # the columns a part may print instead (laki_laki, perempuan)
    parts: Side = Side()
    total: Side = Side()

    def references(self):
        refs = references(self.table, self.table, self.parts, [self.column, *self.split])
        return refs + references(self.table, self.table, self.total, [self.column, *self.split])


@kind("split_sum", SplitSumParams, summary={
    "id": "Jumlah yang dicetak sekali di atas kolom L dan P sama dengan jumlah L + P barisnya.",
    "en": "A total printed once over the L and P columns equals the sum of its rows' L + P."})
def total_over_split_columns(ctx, loaded, p: SplitSumParams, report):
    """A total printed once over the L and P columns equals the sum of its rows' L + P."""
    table = report.tables[p.table]
    if p.column not in table.values.columns:
        return []
    meta = report.meta
    parts_i = rows(table, p.parts.where, meta)
    total_i = rows(table, p.total.where, meta)
    if not len(parts_i) or not len(total_i):
        return []
    parts_k, total_k = key_values(table, parts_i, p.parts.key), key_values(table, total_i, p.total.key)
    split = [c for c in p.split if c in table.values.columns]
    values = {c: array(table.values, c).astype(float, copy=False) for c in [p.column, *split]}
    halves = {c: np.nan_to_num(array(table.halfwidth, c).astype(float, copy=False)) for c in values}
    members: dict = {}
    for i, k in zip(parts_i.tolist(), parts_k.tolist()):
        members.setdefault(k, []).append(i)
    findings = []
    for i, k in zip(total_i.tolist(), total_k.tolist()):
        stated = values[p.column][i]
        if stated != stated or any(values[c][i] == values[c][i] for c in split):
            continue  # not printed, or printed per column (the `sum` rules compare those)
        cells = _cells(members.get(k, []), p.column, split, values)
        if not cells or all(c == p.column for _, c in cells):
            continue
        point = sum(values[c][j] for j, c in cells)
        low = sum(values[c][j] - halves[c][j] for j, c in cells)
        high = sum(values[c][j] + halves[c][j] for j, c in cells)
        half = float(halves[p.column][i])
        if not np.isfinite([stated, point, low, high, half]).all():
            continue  # an overflowing figure is the parser's to say, not a sum to compare
        if meets(low, high, float(stated) - half, float(stated) + half, loaded.rule.tolerance):
            continue
        if ctx.keys_only:  # re-checking a candidate fix: the finding's identity is enough
            findings.append(ctx.finding(loaded, table, i, p.column, float(stated), float(point)))
            continue
        gap = float(stated) - float(point)
        cands = [candidate(table, i, p.column, float(point))]
        cands += [candidate(table, j, c, float(values[c][j]) + gap) for j, c in cells[:30]
                  if values[c][j] + gap >= 0]
        findings.append(ctx.finding(
            loaded, table, i, p.column, float(stated), float(point), candidates=cands,
            related=tuple(table.location(j, c) for j, c in cells[:30]), parts=len({j for j, _ in cells}),
            parts_table=table.name, parts_column="+".join(split)))
    findings.sort(key=lambda f: (f.position, f.column))
    return findings


def _cells(members: list[int], column: str, split: list[str], values: dict) -> list[tuple[int, str]]:
    """(row, column) of each figure the parts add: a part's `column` when printed, else its printed `split`."""
    out: list[tuple[int, str]] = []
    for j in members:
        if values[column][j] == values[column][j]:
            out.append((j, column))
        else:
            out += [(j, c) for c in split if values[c][j] == values[c][j]]
    return out
