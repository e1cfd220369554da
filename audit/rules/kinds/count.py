"""`count`: ticks counted against a stated count and percentage.

Tick columns are named in the rule or taken from a metadata list (`desa`). The
percentage is recomputed from the ticks over the denominator (the number of
villages by default), since the ticks are the evidence the count summarises.
"""
from __future__ import annotations

import numpy as np
from pydantic import BaseModel, ConfigDict

from audit.model import Message
from audit.rules.candidates import candidate
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

    def references_in(self, report):
        """The tick columns a metadata list names (the report's villages)."""
        table = report.tables.get(self.table)
        if table is None or isinstance(self.ticks, list):
            return []
        return [(self.table, c) for c in _tick_columns(self, report.meta, table)]


def _tick_columns(p: CountParams, meta, table) -> list[str]:
    names = p.ticks if isinstance(p.ticks, list) else list(getattr(meta, p.ticks, []) or [])
    present = set(table.values.columns.tolist())
    return [c for c in names if c in present]


def _ticked(table, columns: list[str]) -> np.ndarray:
    """Ticks per row over `columns` (one array of the whole frame: in a stack each report has its own
    village columns, and selecting them frame by frame costs more than the counting)."""
    names = table.values.columns.tolist()
    block = table.values.to_numpy()[:, [names.index(c) for c in columns]]
    return np.nan_to_num(block.astype(float)).sum(axis=1)


def _denominator(p: CountParams, meta, tick_cols) -> float:
    if isinstance(p.denominator, (int, float)):
        return float(p.denominator)
    if p.denominator == "jumlah_desa":
        return float(meta.village_count or len(tick_cols))
    return float(getattr(meta, p.denominator))


@kind("count", CountParams, stacks=True, summary={
    "id": "Jumlah dan persentase yang ditulis sesuai dengan centang yang dirangkumnya.",
    "en": "A stated count and percentage agree with the ticks they summarise."})
def ticks_match_count(ctx, loaded, p: CountParams, report):
    """A stated count and percentage agree with the ticks they summarise."""
    table = report.tables[p.table]
    # one report, or a stack of them (audit.rules.stack) where each has its own villages
    parts = getattr(table, "parts", None) or [table]
    metas = getattr(table, "metas", None) or [report.meta]
    starts = getattr(table, "starts", None)
    starts = [0] if starts is None or not len(starts) else starts
    size = len(table)
    n_all, den_all = np.zeros(size), np.full(size, np.nan)
    owner = np.zeros(size, dtype=np.intp)
    columns: list[list[str]] = []
    for r, (part, meta) in enumerate(zip(parts, metas)):
        cols = _tick_columns(p, meta, part)
        columns.append(cols)
        block = slice(int(starts[r]), int(starts[r]) + len(part))
        owner[block] = r
        if cols:  # a report without tick columns has nothing to count
            n_all[block] = _ticked(part, cols)
            den_all[block] = _denominator(p, meta, cols)
    index = rows(table, p.where, report.meta)
    pos = index.to_numpy()
    pos = pos[~np.isnan(den_all[pos])]
    n, den = n_all[pos], den_all[pos]
    bad_count = np.zeros(len(pos), dtype=bool)
    bad_percent = np.zeros(len(pos), dtype=bool)
    if p.count:
        c = table.values[p.count].to_numpy(dtype=float)[pos]
        bad_count = ~np.isnan(c) & (c != n)
    if p.percent:
        s = table.values[p.percent].to_numpy(dtype=float)[pos]
        hs = np.nan_to_num(table.halfwidth[p.percent].to_numpy(dtype=float)[pos])
        with np.errstate(invalid="ignore", divide="ignore"):
            expected = n / den * p.scale
            bad_percent = (den > 0) & ~np.isnan(s) & ~meets(s - hs, s + hs, expected, expected,
                                                             loaded.rule.tolerance)
    findings = []
    for k in np.flatnonzero(bad_count | bad_percent):  # only the disagreements reach Python
        i, ticked, villages = int(pos[k]), float(n[k]), float(den[k])
        related = tuple(table.location(i, col) for col in columns[owner[i]])
        hint = Message("hint_ticks", dict(ticks=ctx.fmt(ticked), n=ctx.fmt(villages)))
        if bad_count[k] and p.count:  # (set only with `count`, as `bad_percent` only with `percent`)
            findings.append(ctx.finding(loaded, table, i, p.count, float(c[k]), ticked, hint=hint, related=related,
                                        candidates=[candidate(table, i, p.count, ticked)]))
        if bad_percent[k] and p.percent:
            findings.append(ctx.finding(loaded, table, i, p.percent, float(s[k]), float(expected[k]), hint=hint,
                                        basis="computed", related=related,
                                        candidates=[candidate(table, i, p.percent, float(expected[k]))]))
    return findings
