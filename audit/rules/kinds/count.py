"""`count`: ticks counted against a stated count and percentage.

Tick columns are named in the rule or taken from a metadata list (`desa`). The
percentage is recomputed from the ticks over the denominator (the number of
villages by default), since the ticks are the evidence the count summarises.
"""
from __future__ import annotations

import numpy as np
from pydantic import BaseModel, ConfigDict

from audit.i18n import t
from audit.rules.engine import candidate
from audit.rules.intervals import meets
from audit.rules.registry import kind
from audit.rules.select import Side, references, rows


class CountParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    where: dict = {}
    ticks: str | list[str] = "desa"  # a metadata list, or column names
    count: str | None = None
    percent: str | None = None
    denominator: str | float = "jumlah_desa"  # metadata field or a number
    scale: float = 100.0

    def references(self):
        cols = [c for c in (self.count, self.percent) if c]
        if isinstance(self.ticks, list):
            cols += self.ticks
        return references(self.table, self.table, Side(where=self.where), cols)


@kind("count", CountParams)
def ticks_match_count(ctx, loaded, p: CountParams, report):
    """A stated count and percentage agree with the ticks they summarise."""
    table = report.tables[p.table]
    names = p.ticks if isinstance(p.ticks, list) else list(getattr(report.meta, p.ticks, []) or [])
    tick_cols = [c for c in names if c in table.values.columns]
    if not tick_cols:
        return []
    if isinstance(p.denominator, (int, float)):
        den = float(p.denominator)
    elif p.denominator == "jumlah_desa":
        den = float(report.meta.village_count or len(tick_cols))
    else:
        den = float(getattr(report.meta, p.denominator))
    index = rows(table, p.where, report.meta)
    pos = index.to_numpy()
    ticks = table.values[tick_cols].to_numpy(dtype=float)[pos]
    n = np.nan_to_num(ticks).sum(axis=1)
    bad_count = np.zeros(len(pos), dtype=bool)
    bad_percent = np.zeros(len(pos), dtype=bool)
    if p.count:
        c = table.values[p.count].to_numpy(dtype=float)[pos]
        bad_count = ~np.isnan(c) & (c != n)
    if p.percent and den > 0:
        s = table.values[p.percent].to_numpy(dtype=float)[pos]
        hs = np.nan_to_num(table.halfwidth[p.percent].to_numpy(dtype=float)[pos])
        expected = n / den * p.scale
        with np.errstate(invalid="ignore"):
            bad_percent = ~np.isnan(s) & ~meets(s - hs, s + hs, expected, expected, loaded.rule.tolerance)
    findings = []
    for k in np.flatnonzero(bad_count | bad_percent):  # only the disagreements reach Python
        i, ticked = int(pos[k]), float(n[k])
        related = tuple(table.location(i, col) for col in tick_cols)
        hint = t("hint_ticks", ctx.lang, ticks=ctx.fmt(ticked), n=ctx.fmt(den))
        if bad_count[k]:
            findings.append(ctx.finding(loaded, table, i, p.count, float(c[k]), ticked, hint=hint, related=related,
                                        candidates=[candidate(table, i, p.count, ticked)]))
        if bad_percent[k]:
            findings.append(ctx.finding(loaded, table, i, p.percent, float(s[k]), float(expected[k]), hint=hint,
                                        basis="computed", related=related,
                                        candidates=[candidate(table, i, p.percent, float(expected[k]))]))
    return findings
