"""`worded`: a target and a realisation printed in the same words are met, so the capaian beside them is 100%.

Some targets are no figure: an audit opinion (`WTP`), a SAKIP or accreditation grade (`B`, `Paripurna`), a status
(`Tersedia`). They are said unchecked where a figure belongs (PARSE004), yet a realisation printed in the target's
own words has met it: a capaian other than 100% beside `WTP` and `WTP` (or `B` and `B`) says two things at once.
Different words (`WTP` against `WDP`) are not judged: no scale of them is known here.
"""
from __future__ import annotations

import re

import numpy as np
from pydantic import BaseModel, ConfigDict

from audit.rules.candidates import candidate
from audit.rules.kinds.remark import MET_AT
from audit.rules.registry import kind
from audit.rules.select import Side, references, rows


class WordedParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    where: dict = {}
    target: str
    realisasi: str
    value: str  # the capaian, in percent

    def references(self):
        return references(self.table, self.table, Side(where=self.where), [self.target, self.realisasi, self.value])

    def row_local(self) -> str:
        """Each capaian depends on its own row's target and realisation."""
        return self.table


def _words(text: object) -> str | None:
    """A cell's words compared without case, spacing or punctuation; None for a cell holding a figure or nothing."""
    if not isinstance(text, str) or not re.search(r"[^\W\d_]", text):
        return None
    said = " ".join(re.sub(r"[^\w+-]+", " ", text.lower()).split())
    return said or None


@kind("worded", WordedParams, stacks=True, summary={
    "id": "Target dan realisasi yang tertulis dengan kata yang sama tercapai: capaiannya 100%.",
    "en": "A target and a realisation written in the same words are met: their capaian is 100%."})
def same_words_are_met(ctx, loaded, p: WordedParams, report):
    """A target and a realisation written in the same words are met: their capaian is 100%."""
    table = report.tables[p.table]
    if not {p.target, p.realisasi, p.value} <= set(table.values.columns):
        return []
    index = rows(table, p.where).to_numpy()
    values = table.values[p.value].to_numpy(dtype=float)[index]
    half = np.nan_to_num(table.halfwidth[p.value].to_numpy(dtype=float)[index])
    targets, done = table.array(p.target, "raw")[index], table.array(p.realisasi, "raw")[index]
    findings = []
    for k in np.flatnonzero(~np.isnan(values)):
        target = _words(targets[k])
        if target is None or target != _words(done[k]):
            continue
        if abs(values[k] - MET_AT) <= half[k] + 1e-9:
            continue
        i = int(index[k])
        findings.append(ctx.finding(loaded, table, i, p.value, float(values[k]), MET_AT,
                                    related=(table.location(i, p.target), table.location(i, p.realisasi)),
                                    candidates=[candidate(table, i, p.value, MET_AT)], written=str(targets[k]).strip()))
    return findings
