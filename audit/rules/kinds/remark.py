"""`remark`: a remark saying whether the target was met agrees with the capaian beside it.

Many agencies print, beside or instead of a predikat, whether each target was met: `Tercapai`,
`Target Tidak Tercapai`, `Belum tercapai`, `Terlampaui`, `Melampaui target`. The capaian already
carries the indicator's polarity, so a target is met when it reaches 100: a `Tercapai` beside 95
or a `Tidak Tercapai` beside 104 says two things at once. Judged at the printed precision (`100%`
may stand for 99,6); a capaian printed capped at 100 where realisation passed the target is met
(`Terlampaui` beside 100 agrees). Other remarks (predikat words, explanations) are not judged.
"""
from __future__ import annotations

import re

import numpy as np
from pydantic import BaseModel, ConfigDict

from audit.rules.registry import kind
from audit.rules.select import Side, references, rows

#: a target said missed: `tidak tercapai`, `belum mencapai target`, `target tidak terpenuhi`
_MISSED = re.compile(r"\b(?:tidak|belum|tdk|blm)\.?\s+(?:tercapai|mencapai|terpenuhi|memenuhi)\b", re.I)
#: a target said met or passed: `tercapai`, `target terpenuhi`, `terlampaui`, `melampaui target`, `melebihi target`
_MET = re.compile(r"\b(?:tercapai|terpenuhi|terlampaui|melampaui|melebihi)\b", re.I)
#: the percentage a met target reaches
MET_AT = 100.0


class RemarkParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    where: dict = {}
    value: str  # the capaian, in percent
    remark: str  # the column holding the remark

    def references(self):
        return references(self.table, self.table, Side(where=self.where), [self.value, self.remark])

    def row_local(self) -> str:
        """Each remark depends on its own row's capaian."""
        return self.table


def said_met(text: object) -> bool | None:
    """True for a remark saying the target was met or passed, False for one saying it was missed, else None."""
    if not isinstance(text, str):
        return None
    if _MISSED.search(text):
        return False
    return True if _MET.search(text) else None


@kind("remark", RemarkParams, stacks=True, summary={
    "id": "Keterangan tercapai atau tidak tercapainya target sesuai capaian di sampingnya.",
    "en": "A remark saying whether the target was met agrees with the capaian beside it."})
def remark_matches_capaian(ctx, loaded, p: RemarkParams, report):
    """A remark saying whether the target was met agrees with the capaian beside it."""
    table = report.tables[p.table]
    index = rows(table, p.where).to_numpy()
    values = table.values[p.value].to_numpy(dtype=float)[index]
    half = np.nan_to_num(table.halfwidth[p.value].to_numpy(dtype=float)[index])
    remarks = table.values[p.remark].to_numpy()[index]
    findings = []
    for k in np.flatnonzero(~np.isnan(values)):
        met = said_met(remarks[k])
        if met is None:
            continue
        reached = values[k] - half[k] >= MET_AT - 1e-9
        missed = values[k] + half[k] < MET_AT - 1e-9
        if (met and not missed) or (not met and not reached):
            continue
        i = int(index[k])
        expected = "Tercapai" if reached else "Tidak Tercapai"  # the report's own words, as a predikat is said
        findings.append(ctx.finding(loaded, table, i, p.remark, remarks[k], expected, delta=None,
                                    related=(table.location(i, p.value),), value=ctx.fmt(values[k]),
                                    written=remarks[k]))
    return findings
