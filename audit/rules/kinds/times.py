"""`times`: a row's figure is the figure of the row it follows times a fixed factor.

A satisfaction survey prints its IKM (1 to 4) and under it the IKM of the unit pelayanan, the IKM × 25 (0 to
100: PermenPANRB 14/2017, Kepmenpan 25/2004); the band of the unit is read from the latter. The row compared is
each row matching `where`; its base the nearest row above it matching `of`, in the same column.
"""
from __future__ import annotations

import numpy as np
from pydantic import BaseModel, ConfigDict

from audit.rules.candidates import candidate
from audit.rules.intervals import meets
from audit.rules.registry import kind
from audit.rules.select import Side, references, rows


class TimesParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    where: dict  # the rows printing the product (`IKM Unit Pelayanan`)
    of: dict  # the rows printing the base (the IKM's `Jumlah`): the nearest above each product
    column: str
    factor: float

    def references(self):
        return references(self.table, self.table, Side(where=self.where), [self.column]) + \
            references(self.table, self.table, Side(where=self.of), [self.column])


@kind("times", TimesParams, stacks=False, summary={
    "id": "Angka sebuah baris = angka baris dasarnya di atasnya × faktor tetap (IKM unit pelayanan = IKM × 25).",
    "en": "A row's figure is its base row's above it × a fixed factor (the unit's IKM = IKM × 25)."})
def times_base(ctx, loaded, p: TimesParams, report):
    """A row's figure is its base row's above it × a fixed factor (the unit's IKM = IKM × 25)."""
    table = report.tables[p.table]
    if p.column not in table.values.columns:
        return []
    products = rows(table, p.where, report.meta).to_numpy()
    bases = np.sort(rows(table, p.of, report.meta).to_numpy())
    values = table.values[p.column].to_numpy(dtype=float)
    half = np.nan_to_num(table.halfwidth[p.column].to_numpy(dtype=float))
    findings = []
    for i in products:
        above = bases[bases < i]
        if not len(above):
            continue
        b = int(above[-1])
        v, base = values[i], values[b]
        if v != v or base != base:
            continue
        expected = base * p.factor
        spread = half[b] * abs(p.factor)
        if meets(v - half[i], v + half[i], expected - spread, expected + spread, loaded.rule.tolerance):
            continue
        if ctx.keys_only:
            findings.append(ctx.finding(loaded, table, int(i), p.column, float(v), expected))
            continue
        cands = [c for c in (candidate(table, int(i), p.column, expected, suspected=True),
                             candidate(table, b, p.column, v / p.factor)) if c is not None]
        findings.append(ctx.finding(loaded, table, int(i), p.column, float(v), expected,
                                    related=(table.location(b, p.column),), candidates=cands,
                                    factor=ctx.fmt(p.factor)))
    return findings
