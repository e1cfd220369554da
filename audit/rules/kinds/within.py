"""`within`: parts of a row add up to no more than a limit, unless the row says why.

The quarterly realisations of a plan (realisasi TW I + II + III + IV) can reach its annual
target and may exceed it, but a realisation beyond the plan is explained in the row's remark
(`Keterangan`: a target raised mid-year, an extra activity funded by the APBD-P). A row without
a remark whose quarters exceed the target is a typo, a cumulative figure added as a quarter's,
or an overrun nobody explained.

The limit is the `limit` column (the target, in its units: `6 Dok`); quarters printed as
percentages (`25%`) of a target in units are shares of the plan, limited by `percent_limit`
(100). A row with text in `unless` is left alone; a dash is no remark.
"""
from __future__ import annotations

import numpy as np
from pydantic import BaseModel, ConfigDict

from audit.rules.candidates import candidate
from audit.rules.registry import kind
from audit.rules.select import Side, references, rows


class WithinParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    where: dict = {}
    parts: list[str]
    limit: str  # the column the parts may reach and not exceed (the annual target)
    percent_limit: float | None = 100.0  # the limit of parts printed as percentages of a limit in units
    unless: str | None = None  # a text column: a row saying something there is not judged

    def row_local(self) -> str:
        """Each finding depends on its own row alone."""
        return self.table

    def references(self):
        cols = [*self.parts, self.limit, *([self.unless] if self.unless else [])]
        return references(self.table, self.table, Side(where=self.where), cols)


def _remarked(table, column: str | None, pos: np.ndarray) -> np.ndarray:
    """Rows whose `column` holds a remark (any text but a dash)."""
    if column is None or column not in table.values.columns:
        return np.zeros(len(pos), dtype=bool)
    texts = table.values[column].to_numpy()[pos]
    return np.array([isinstance(t, str) and t.strip().strip("-–—").strip() != "" for t in texts], dtype=bool)


def _percent_signs(table, columns: list[str], pos: np.ndarray) -> np.ndarray:
    """(rows, columns): is each cell printed with a percent sign?"""
    raw = table.raw[columns].to_numpy()[pos] if len(pos) else np.empty((0, len(columns)), dtype=object)
    return np.vectorize(lambda t: isinstance(t, str) and "%" in t, otypes=[bool])(raw) if raw.size else \
        np.zeros(raw.shape, dtype=bool)


@kind("within", WithinParams, stacks=True, summary={
    "id": "Rincian (realisasi per triwulan) tidak melebihi batasnya (target) tanpa keterangan.",
    "en": "Parts (quarterly realisations) do not exceed their limit (the target) without a remark."})
def parts_within_limit(ctx, loaded, p: WithinParams, report):
    """Parts (quarterly realisations) do not exceed their limit (the target) without a remark."""
    table = report.tables[p.table]
    parts = [c for c in p.parts if c in table.values.columns]
    if not parts or p.limit not in table.values.columns:
        return []
    pos = rows(table, p.where, report.meta).to_numpy()
    vals = table.values[parts].to_numpy(dtype=float)[pos]
    half = np.nan_to_num(table.halfwidth[parts].to_numpy(dtype=float)[pos])
    present = ~np.isnan(vals)
    some = present.any(axis=1)
    total = np.where(some, np.nansum(vals, axis=1), np.nan)
    low = np.nansum(np.where(present, vals - half, 0.0), axis=1)  # the least the printed parts can add to
    limit = table.values[p.limit].to_numpy(dtype=float)[pos]
    limit_half = np.nan_to_num(table.halfwidth[p.limit].to_numpy(dtype=float)[pos])
    if p.percent_limit is not None:  # quarters as % of a target in units: shares of the plan
        signs = _percent_signs(table, parts, pos)
        shares = (signs | ~present).all(axis=1) & signs.any(axis=1)
        shares &= ~_percent_signs(table, [p.limit], pos)[:, 0]
        limit = np.where(shares, p.percent_limit, limit)
        limit_half = np.where(shares, 0.0, limit_half)
    with np.errstate(invalid="ignore"):
        over = some & ~np.isnan(limit) & (low > limit + limit_half + loaded.rule.tolerance)
    over &= ~_remarked(table, p.unless, pos)
    findings = []
    for k in np.flatnonzero(over):  # only the rows over their limit reach Python
        i, column = int(pos[k]), parts[-1]
        for n in range(len(parts) - 1, -1, -1):  # reported at the last quarter printed
            if present[k, n]:
                column = parts[n]
                break
        if ctx.keys_only:  # re-checking a candidate fix: the finding's identity is enough
            findings.append(ctx.finding(loaded, table, i, column, float(total[k]), float(limit[k])))
            continue
        gap = float(total[k] - limit[k])
        related = tuple(table.location(i, c) for c in [*parts, p.limit] if c != column)
        cands = [candidate(table, i, c, float(vals[k, n]) - gap) for n, c in enumerate(parts)
                 if present[k, n] and vals[k, n] - gap >= 0]
        findings.append(ctx.finding(loaded, table, i, column, float(total[k]), float(limit[k]), related=related,
                                    candidates=cands, parts="+".join(parts), limit_column=p.limit,
                                    total=ctx.fmt(float(total[k])), limit=ctx.fmt(float(limit[k]))))
    return findings
