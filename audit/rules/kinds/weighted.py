"""`weighted`: a row's weighted value is its value times an equal weight, 1 over the rows weighed together.

A satisfaction survey's NRR tertimbang is each unsur's NRR × 1/n for the n unsur the table prints (PermenPANRB
14/2017: nine, 0,111; Kepmenpan 25/2004: fourteen, 0,071). The weight is the table's own, never fixed to one
regulation; the regulations print it rounded (0,111, 0,071), so a value computed with the weight rounded to
`decimals` places is as right as one computed with 1/n. Rows weighed together are those since the previous row
matching `until` (a total closes a group: one table may print a survey per service).
"""
from __future__ import annotations

import numpy as np
from pydantic import BaseModel, ConfigDict

from audit.rules.candidates import candidate
from audit.rules.intervals import meets
from audit.rules.registry import kind
from audit.rules.select import Side, references, rows


class WeightedParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    where: dict = {}  # the rows weighed (the unsur)
    until: dict = {}  # a row closing a group (the IKM's `Jumlah`)
    value: str  # the column weighed (NRR)
    weighted: str  # the column printing value × weight (NRR tertimbang)
    decimals: list[int] = [2, 3]  # the places a printed weight may be rounded to (0,111; 0,07)

    def references(self):
        return references(self.table, self.table, Side(where=self.where), [self.value, self.weighted]) + \
            references(self.table, self.table, Side(where=self.until), [])


def _groups(pos: np.ndarray, ends: np.ndarray) -> list[np.ndarray]:
    """The weighed rows (`pos`, in order) cut before each row closing a group (`ends`)."""
    cut = np.searchsorted(pos, ends)
    return [g for g in np.split(pos, cut) if len(g)]


@kind("weighted", WeightedParams, stacks=False, summary={
    "id": "Nilai tertimbang = nilai × bobot 1/n dari n baris yang ditimbang bersama (bobot boleh dibulatkan).",
    "en": "A weighted value is the value × the weight 1/n of the n rows weighed together (the weight may be rounded)."})
def weighted_rows(ctx, loaded, p: WeightedParams, report):
    """A weighted value is the value × the weight 1/n of the n rows weighed together (the weight may be rounded)."""
    table = report.tables[p.table]
    if p.value not in table.values.columns or p.weighted not in table.values.columns:
        return []
    pos = rows(table, p.where, report.meta).to_numpy()
    ends = rows(table, p.until, report.meta).to_numpy() if p.until else np.array([], dtype=np.intp)
    values = table.values[p.value].to_numpy(dtype=float)
    weighted = table.values[p.weighted].to_numpy(dtype=float)
    hv = np.nan_to_num(table.halfwidth[p.value].to_numpy(dtype=float))
    hw = np.nan_to_num(table.halfwidth[p.weighted].to_numpy(dtype=float))
    findings = []
    for group in _groups(pos, np.sort(ends)):
        n = len(group)
        if n < 2:  # one row weighs 1: nothing the table implies
            continue
        weights = {1 / n, *(round(1 / n, d) for d in p.decimals)}
        for i in group:
            v, w = values[i], weighted[i]
            if v != v or w != w:
                continue
            if any(meets(w - hw[i], w + hw[i], (v - hv[i]) * wt, (v + hv[i]) * wt, loaded.rule.tolerance)
                   for wt in weights):
                continue
            expected = v / n
            if ctx.keys_only:
                findings.append(ctx.finding(loaded, table, int(i), p.weighted, float(w), expected))
                continue
            cands = [c for c in (candidate(table, int(i), p.weighted, expected, suspected=True),
                                 candidate(table, int(i), p.value, w * n)) if c is not None]
            findings.append(ctx.finding(loaded, table, int(i), p.weighted, float(w), expected,
                                        related=(table.location(int(i), p.value),), candidates=cands,
                                        n=n, weight=ctx.fmt(round(1 / n, 3))))
    return findings
