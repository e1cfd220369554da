"""`range`: every value of some columns lies within bounds (a rule kind from a plugin)."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from audit.rules.candidates import candidate
from audit.rules.registry import kind
from audit.rules.select import Side, references, rows


class RangeParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    columns: list[str]
    min: float | None = None
    max: float | None = None
    where: dict = {}

    def references(self):
        return references(self.table, self.table, Side(where=self.where), self.columns)


@kind("range", RangeParams, stacks=True, summary={  # stacks: findings via ctx.finding on the rows given
    "id": "Setiap nilai kolom berada dalam rentang [min, max].",
    "en": "Every value of the columns lies within [min, max]."})
def values_within_range(ctx, loaded, p: RangeParams, report):
    """Every value of the columns lies within [min, max]."""
    table = report.tables[p.table]
    findings = []
    for i in rows(table, p.where, report.meta):
        for column in p.columns:
            value = table.values.at[i, column]
            if value != value:
                continue
            bound = (p.min if p.min is not None and value < p.min
                     else p.max if p.max is not None and value > p.max else None)
            if bound is not None:
                findings.append(ctx.finding(loaded, table, i, column, float(value), float(bound),
                                            candidates=[candidate(table, i, column, float(bound))]))
    return findings
