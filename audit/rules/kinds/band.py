"""`band`: the quality band printed with a figure is the one a fixed scale gives that figure.

A satisfaction survey prints the IKM of the unit pelayanan (the IKM × 25) and with it its mutu pelayanan, a band
of a scale a regulation fixes (PermenPANRB 14/2017: A Sangat Baik from 88,31, B Baik from 76,61, C Kurang Baik
from 65,00, D Tidak Baik from 25,00). Unlike a predikat (`scale`), the scale is the rule's, not the report's, and
the band may be printed on a row of its own under the figure.

The figure is each row matching the first of `values` the table has (the unit's IKM; else the IKM × 25); its band
is the `label` cell of that row, or of the first row below it matching `where` (before the next figure). A band is
named by its letter, its words or both (`B`, `Baik`, `B (Baik)`); a label naming no band, or two, is not judged,
nor is a figure whose printed interval straddles a floor, nor a report of a year before the scale (`since`).
"""
from __future__ import annotations

import numpy as np
from pydantic import BaseModel, ConfigDict

from audit.model import Joined
from audit.predikat import band_of
from audit.rules.candidates import candidate
from audit.rules.kinds.scale import names
from audit.rules.names import normalize
from audit.rules.registry import kind
from audit.rules.select import Side, references, rows


class Band(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min: float  # the band's floor (inclusive)
    label: str  # its letter or short name (`A`)
    words: str = ""  # what it says (`Sangat Baik`)

    def shown(self) -> str:
        return f"{self.label} ({self.words})" if self.words else self.label


class FigureRows(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    where: dict  # the rows printing the figure the band is read from
    factor: float = 1.0  # what the figure is multiplied by to be on the scale (the IKM × 25)


class BandParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    column: str  # the figure's column
    label: str  # the band's column
    values: list[FigureRows]  # the rows of the figure, first found wins
    where: dict = {}  # rows of their own printing the band, under the figure
    bands: list[Band]  # best first
    source: str  # the scale's origin, said in the message (`PermenPANRB 14/2017`)
    since: int | None = None  # the first report year the scale holds for

    def references(self):
        refs = references(self.table, self.table, Side(where=self.where), [self.label])
        for v in self.values:
            refs += references(self.table, self.table, Side(where=v.where), [self.column, self.label])
        return refs


def written_band(bands: list[Band], label) -> Band | None:
    """The band a printed label names (its letter, its words, or both agreeing), else None."""
    if not isinstance(label, str) or not label.strip():
        return None
    said = names(label)
    letters = [w for w in normalize(label).split() if len(w) == 1]
    if len(letters) == 1:  # `Mutu A`, `Kategori B`
        said.add(letters[0])
    hits = [b for b in bands if said & {normalize(b.label), normalize(b.words) if b.words else None}]
    return hits[0] if len(hits) == 1 else None


def _shown_like(written: str, band: Band) -> str:
    """`band` said as the report says its bands: its letter, its words, or both."""
    said = names(written)
    has_letter = normalize(band.label) in said or any(len(w) == 1 for w in normalize(written).split())
    has_words = any(len(w) > 1 for w in said) and not (len(said) == 1 and has_letter)
    if has_letter and has_words and band.words:
        return band.shown()
    return band.words if has_words and band.words else band.label


@kind("band", BandParams, stacks=False, summary={
    "id": "Mutu atau kategori yang tercetak sesuai skala tetap untuk angkanya (mutu pelayanan dari IKM unit "
          "pelayanan, PermenPANRB 14/2017).",
    "en": "The band printed with a figure is the one a fixed scale gives it (the service quality band of the "
          "unit's IKM, PermenPANRB 14/2017)."})
def band_follows_scale(ctx, loaded, p: BandParams, report):
    """The band printed with a figure is the one a fixed scale gives it."""
    table = report.tables[p.table]
    year = report.meta.year if report.meta else None
    if p.column not in table.values.columns or p.label not in table.values.columns or (
            p.since is not None and year is not None and year < p.since):
        return []
    figures, factor = np.zeros(0, dtype=np.intp), 1.0
    for choice in p.values:
        figures = rows(table, choice.where, report.meta).to_numpy()
        if len(figures):
            factor = choice.factor
            break
    under = np.sort(rows(table, p.where, report.meta).to_numpy()) if p.where else np.zeros(0, dtype=np.intp)
    values = table.array(p.column)
    half = np.nan_to_num(table.array(p.column, "halfwidth").astype(float))
    labels = table.array(p.label)
    figures = np.sort(figures).tolist()
    findings = []
    for n, i in enumerate(figures):
        at: int | None = i
        if not (isinstance(labels[i], str) and labels[i].strip()):  # on a row of its own, before the next figure
            nxt = figures[n + 1] if n + 1 < len(figures) else len(table)
            at = next((int(r) for r in under if i < r < nxt), None)
        v = float(values[i]) if values[i] is not None else float("nan")
        if at is None or v != v:
            continue
        said = written_band(p.bands, labels[at])
        low, high = band_of(p.bands, (v - half[i]) * factor), band_of(p.bands, (v + half[i]) * factor)
        if said is None or low is None or low is not high or said is low:
            continue
        expected = _shown_like(labels[at], low)
        scale = Joined(tuple(Joined((f"{b.shown()} ≥ ", ctx.fmt(b.min, 2))) for b in p.bands), "; ")
        findings.append(ctx.finding(loaded, table, at, p.label, labels[at], expected, delta=None,
                                    related=(table.location(i, p.column),) if at != i else (),
                                    candidates=[candidate(table, at, p.label, expected)], written=labels[at],
                                    value=ctx.fmt(v * factor, 2), source=p.source, scale=scale))
    return findings
