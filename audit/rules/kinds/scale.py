"""`scale`: a predikat follows from its value on the report's own scale.

The scale is data (`predikat_scale` in report.yaml), best band first. A value
whose printed interval straddles a band boundary is not judged.
"""
from __future__ import annotations

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


def band(scale, value: float) -> str | None:
    """The label of the first band whose minimum `value` reaches."""
    for b in scale:
        if b.min is None or value >= b.min:
            return b.label
    return None


@kind("scale", ScaleParams)
def predikat_matches_scale(ctx, loaded, p: ScaleParams, report):
    """The predikat written next to a value is the one the report's scale gives it."""
    scale = report.meta.predikat_scale
    if not scale:
        return []
    table = report.tables[p.table]
    shown = "; ".join(f"{'≥ ' + ctx.fmt(b.min) if b.min is not None else '<'} {b.label}" for b in scale)
    findings = []
    for i in rows(table, p.where):
        value, label = table.values.at[i, p.value], table.values.at[i, p.predikat]
        if value != value or not isinstance(label, str):
            continue
        h = table.halfwidth.at[i, p.value]
        h = 0.0 if h != h else h
        low, high = band(scale, value - h), band(scale, value + h)
        if low != high:
            continue  # rounding could put it in either band
        if normalize(low) != normalize(label):
            findings.append(ctx.finding(loaded, table, i, p.predikat, label, low, delta=None,
                                        hint=t("hint_scale", ctx.lang, scale=shown),
                                        related=(table.location(i, p.value),), value=ctx.fmt(value),
                                        candidates=[candidate(table, i, p.predikat, low)]))
    return findings
