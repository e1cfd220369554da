"""`attainable`: a share of a fixed number of units is k/N × 100 at its printed precision.

A realised `persentase desa` of a kecamatan with 6 desa is 0, 16.67, 33.33, 50, 66.67,
83.33 or 100: `83.00` or `80` cannot occur, whatever the agency. N is a number the report
states (`Metadata.stated_counts`): its villages (`jumlah_desa`, or its list of desa), or any
unit it gives a count of (`counts` in report.yaml; in a document `terdiri dari 12 puskesmas` or
a row `Jumlah Puskesmas | 12`), times the units per each its formula counts over when the report
prints one (`Jumlah desa x 3 Dokumen`: 6 desa, N = 18; `audit.rules.formulas`). An indicator is
read when its formula divides by such a count, or, with no formula, when its wording names one
of `words` and none of `unless` (a share of villages; an average over documents has another N,
unknown without its formula). Targets are left alone: a target may be any threshold.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
from pydantic import BaseModel, ConfigDict

from audit.model import Message
from audit.rules.candidates import candidate
from audit.rules.formulas import counted_over, formula_of, formulas
from audit.rules.registry import kind
from audit.rules.select import Side, references, rows


class AttainableParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    where: dict = {}
    indicator: str = "indikator"
    columns: list[str] = ["realisasi"]
    words: list[str] = ["persentase desa"]
    unless: list[str] = ["rata"]

    def required_tables(self) -> set[str]:
        return {self.table}

    def references(self):
        return references(self.table, self.table, Side(where=self.where), [self.indicator, *self.columns])

    def row_local(self) -> str:
        """A share depends on its own row (its indicator and value) and the report's counts alone."""
        return self.table


@lru_cache(maxsize=64)
def _steps(n: int) -> np.ndarray:
    return np.arange(n + 1) / n * 100.0


def _count(n: int, noun: str, units: int) -> str:
    """What N counts, as a message says it: `6 desa`, `12 puskesmas`, or `6 desa × 3` per the formula (the
    unit as the report names it: a domain word, kept)."""
    return f"{n} {noun}" if units == 1 else f"{n} {noun} × {units}"


def _names(p: AttainableParams, text) -> bool:
    said = " ".join(str(text).lower().replace("-", " ").split()) if isinstance(text, str) else ""
    return any(w in said for w in p.words) and not any(w in said for w in p.unless)


@kind("attainable", AttainableParams, summary={
    "id": "Persentase dari N satuan tetap (desa) hanya dapat bernilai k/N × 100 pada ketelitian yang tertulis.",
    "en": "A share of a fixed number N of units (villages) can only be k/N × 100 at its printed precision."})
def share_is_attainable(ctx, loaded, p: AttainableParams, report):
    """A share of a fixed number N of units (villages) can only be k/N × 100 at its printed precision."""
    counts = report.meta.stated_counts if report.meta is not None else {}
    table = report.tables[p.table]
    if not counts or p.indicator not in table.values.columns:
        return []
    known = formulas(report)
    villages = report.meta.village_count
    findings = []
    for i in rows(table, p.where, report.meta).to_numpy():
        i = int(i)
        name = table.cell(i, p.indicator)
        formula = formula_of(known, name)
        over = counted_over(formula, counts) if formula else (villages, "desa", 1) if villages and _names(p, name) \
            else None
        if over is None:  # its formula divides by nothing the report counts, or its wording names no share of desa
            continue
        n, noun, units = over
        steps = _steps(n * units)
        for col in (c for c in p.columns if c in table.values.columns):
            value = table.cell(i, col)
            if value != value:
                continue
            # a share is rounded where it is printed: `83` stands for 82.5..83.5 even in a column of exact numbers
            decimals = table.array(col, "decimals")[i]
            h = float(np.nan_to_num(table.array(col, "halfwidth")[i]))
            h = max(h, 0.5 * 10.0 ** -int(decimals)) if decimals == decimals else h
            gaps = np.abs(steps - value)
            if gaps.min() <= h + 1e-9 + loaded.rule.tolerance:
                continue
            near = steps[np.argsort(gaps)[:2]]
            lower, upper = sorted(float(x) for x in near)
            hint = Message("hint_attainable", dict(n=n * units, count=_count(n, noun, units),
                                                   lower=ctx.fmt(lower, 2), upper=ctx.fmt(upper, 2)))
            nearest = round(float(steps[gaps.argmin()]), 2)
            findings.append(ctx.finding(loaded, table, i, col, float(value), nearest, hint=hint, basis="computed",
                                        candidates=[candidate(table, i, col, nearest)], n=n * units,
                                        count=_count(n, noun, units)))
    return findings
