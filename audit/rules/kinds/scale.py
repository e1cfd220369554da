"""`scale`: a predikat follows from its value on the report's own scale.

The scale is data, best band first: the one the report states (its text or table,
`predikat_scale` in report.yaml, or `audit.toml`), else the built-in default
(`schemas/predikat.yaml`). A finding names the scale it used; one judged on the
default is a warning, since the report never stated it. A value whose printed
interval straddles a band's floor is not judged (one between a band's printed top
and the next floor, 90,5 on `76-90` and `91-100`, has not reached that floor); nor
is a label the default scale does not know.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict

from audit.model import Joined, Message
from audit.predikat import band_of, default_applies, default_scale
from audit.rules.candidates import candidate
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


def names(label: str) -> set[str]:
    """A band's label and its alternatives, normalised: `AA (Sangat Memuaskan)`, `Baik/Tinggi`."""
    parts = [label] + [p for p in label.replace(")", "(").replace("/", "(").split("(") if p.strip()]
    return {normalize(p) for p in parts}


def band(scale, value: float) -> str | None:
    """The label of the band `value` falls in (None below every band or between two printed bands)."""
    b = band_of(scale, value)
    return None if b is None else b.label


def bands(scale, values: np.ndarray) -> np.ndarray:
    """`band_of` for every value at once, as band indices (-1 for NaN or below every band)."""
    out = np.full(len(values), -1, dtype=np.intp)
    todo = ~np.isnan(values)
    for k, b in enumerate(scale):
        above = getattr(b, "above", False)
        hit = todo & (True if b.min is None else (values > b.min if above else values >= b.min))
        out[hit] = k
        todo &= ~hit
    return out


def _written_band(scale, written: np.ndarray, default: bool) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the band the written label names (-1: none) and its column in a default band's labels."""
    lookup: dict[str, tuple[int, int]] = {}
    for k, b in enumerate(scale):
        labels = b.labels if default else (b.label,)
        for j, label in enumerate(labels):
            for name in names(label):
                lookup.setdefault(name, (k, j))
    found = [lookup.get(w, (-1, 0)) if w is not None else (-1, 0) for w in written]
    return (np.array([f[0] for f in found], dtype=np.intp), np.array([f[1] for f in found], dtype=np.intp))


def _scale_shown(ctx, scale) -> Joined:
    """`≥ 90 AA; 80 – 90 A; …`, its numbers said in the reader's language."""
    def bound(b) -> tuple:
        top, above = getattr(b, "max", None), getattr(b, "above", False)
        if b.min is None:
            return ("≤ ", ctx.fmt(top)) if top is not None else ("<",)
        if top is not None:
            return ("> " if above else "", ctx.fmt(b.min), " – ", ctx.fmt(top))
        return (">" if above else "≥", " ", ctx.fmt(b.min))
    return Joined(tuple(Joined((*bound(b), f" {b.label}")) for b in scale), "; ")


@kind("scale", ScaleParams, stacks=lambda p, shared: shared("predikat_scale"), summary={
    "id": "Predikat di samping nilai sesuai dengan skala predikat laporan (atau skala bawaan bila laporan "
          "tidak menyatakannya).",
    "en": "The predikat written next to a value is the one the report's scale (or the default scale) gives it."})
def predikat_matches_scale(ctx, loaded, p: ScaleParams, report):
    """The predikat written next to a value is the one the report's scale gives it."""
    scale, default = report.meta.predikat_scale, False
    if not scale:
        if not default_applies(report.meta.agency):  # a central government office: its ministry's scale, unknown
            return []
        (scale, source), default = default_scale(), True
    table = report.tables[p.table]
    index = rows(table, p.where).to_numpy()
    values = table.values[p.value].to_numpy(dtype=float)[index]
    labels = table.values[p.predikat].to_numpy()[index]
    h = np.nan_to_num(table.halfwidth[p.value].to_numpy(dtype=float)[index])
    band, high = bands(scale, values - h), bands(scale, values + h)
    judged = (band >= 0) & (band == high)  # a value whose interval straddles a floor could be in either band
    said, column = _written_band(scale, _normalized(labels), default)
    wrong = judged & (said >= 0) & (said != band)
    if not default:  # a predikat word its scale does not use is wrong too; a remark ('Tercapai') is none
        other, _ = _written_band(default_scale()[0], _normalized(labels), True)
        wrong |= judged & (said < 0) & (other >= 0)
    if not wrong.any():
        return []
    hint = (Message("hint_scale_default", dict(scale=_scale_shown(ctx, scale), source=source)) if default
            else Message("hint_scale", dict(scale=_scale_shown(ctx, scale))))
    findings = []
    for k in np.flatnonzero(wrong):  # only the disagreements reach Python
        i, b = int(index[k]), scale[band[k]]
        expected = b.labels[column[k]] if default and column[k] < len(b.labels) else b.label
        f = ctx.finding(loaded, table, i, p.predikat, labels[k], expected, delta=None, hint=hint,
                        related=(table.location(i, p.value),), value=ctx.fmt(values[k]),
                        candidates=[candidate(table, i, p.predikat, expected)], doubtful=default)
        findings.append(f)
    return findings
