"""`scale`: a predikat follows from its value on the report's own scale.

The scale is data (`predikat_scale` in report.yaml), best band first. A value
whose printed interval straddles a band boundary is not judged.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict

from audit.i18n import t
from audit.rules.engine import candidate
from audit.rules.names import normalize
from audit.rules.registry import kind
from audit.rules.select import Side, references, rows


class ScaleParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    where: dict = {}
    value: str
    predikat: str

    def references(self):
        return references(self.table, self.table, Side(where=self.where), [self.value, self.predikat])

    def row_local(self) -> str | None:
        """A predikat depends on its own row's value."""
        return self.table


def _normalized(labels: np.ndarray) -> np.ndarray:
    """Each label normalised (None for what is not text), once per distinct label."""
    codes, uniques = pd.factorize(labels)
    mapped = np.array([normalize(x) if isinstance(x, str) else None for x in uniques] + [None], dtype=object)
    return mapped[codes]  # code -1 (missing) takes the final None


def band(scale, value: float) -> str | None:
    """The label of the first band whose minimum `value` reaches."""
    for b in scale:
        if b.min is None or value >= b.min:
            return b.label
    return None


def bands(scale, values: np.ndarray) -> np.ndarray:
    """`band` of every value at once (None for NaN or below every band)."""
    out = np.full(len(values), None, dtype=object)
    todo = ~np.isnan(values)
    for b in scale:
        hit = todo & (True if b.min is None else values >= b.min)
        out[hit] = b.label
        todo &= ~hit
    return out


@kind("scale", ScaleParams, summary={
    "id": "Predikat di samping nilai sesuai dengan skala predikat laporan.",
    "en": "The predikat written next to a value is the one the report's scale gives it."})
def predikat_matches_scale(ctx, loaded, p: ScaleParams, report):
    """The predikat written next to a value is the one the report's scale gives it."""
    scale = report.meta.predikat_scale
    if not scale:
        return []
    table = report.tables[p.table]
    shown = "; ".join(f"{'≥ ' + ctx.fmt(b.min) if b.min is not None else '<'} {b.label}" for b in scale)
    index = rows(table, p.where).to_numpy()
    values = table.values[p.value].to_numpy(dtype=float)[index]
    labels = table.values[p.predikat].to_numpy()[index]
    h = np.nan_to_num(table.halfwidth[p.value].to_numpy(dtype=float)[index])
    low, high = bands(scale, values - h), bands(scale, values + h)
    written = _normalized(labels)
    judged = ~np.isnan(values) & (low == high) & (written != None)  # noqa: E711  (elementwise)
    # a value whose interval straddles a boundary could be in either band: not judged
    wrong = judged & (_normalized(low) != written)
    findings = []
    for k in np.flatnonzero(wrong):  # only the disagreements reach Python
        i = int(index[k])
        findings.append(ctx.finding(loaded, table, i, p.predikat, labels[k], low[k], delta=None,
                                    hint=t("hint_scale", ctx.lang, scale=shown),
                                    related=(table.location(i, p.value),), value=ctx.fmt(values[k]),
                                    candidates=[candidate(table, i, p.predikat, low[k])]))
    return findings
