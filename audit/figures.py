"""The reviewer's pictures read from the report's tables: capaian per indicator against the predikat
bands, and budget absorption (pagu against realisasi) per programme.

The figures are the report's own, as printed (a wrong cell is drawn as written: the
findings say what is wrong with it). Capaian come from the pengukuran kinerja table
(`capaian_indikator`); a report without one draws the indicators of this year's
`realisasi_indikator`, capaian computed as realisasi / target x 100 for an indicator
whose higher value is better (a negative indicator has no single formula, so it is
left out rather than drawn wrong). Budgets come from `realisasi_program`'s programme
rows (subtotals and the total left out). Which table feeds which picture is the table
kind's declaration (`figure=`), so a plugin's kind can feed one too.
"""
from __future__ import annotations

import math

from audit import catalog
from audit.model import Report
from audit.model.figures import Absorption, Attainment, Band, Figures

#: at most this many bars per picture: a picture read at a glance, the tables hold the rest
MAX_BARS = 40


def figures(report: Report) -> Figures:
    meta = report.meta
    attainment, table = _attainment(report)
    absorption, budget = _absorption(report)
    return Figures(attainment=attainment, attainment_table=table, bands=bands(report),
                   absorption=absorption, absorption_table=budget,
                   style=getattr(meta, "number_format", None) or "id")


def _feeding(figure: str) -> list[str]:
    """The table kinds whose declaration says they feed `figure`, in catalogue order."""
    return [name for name, spec in catalog.tables().items() if spec.figure == figure]


def bands(report: Report) -> tuple[Band, ...]:
    """The report's predikat scale (else the default one) as bands from their floor to the next band's."""
    scale: list = list(report.meta.predikat_scale) if report.meta is not None else []
    if not scale:
        from audit.predikat import default_scale

        scale = list(default_scale()[0])
    out, ceiling = [], None
    for b in scale:  # best first
        out.append(Band(str(b.label), b.min, ceiling))
        ceiling = b.min
    return tuple(out)


def _number(value) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def _text(value) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _negative(report: Report, indicator: str, row: dict) -> bool:
    from audit.polarity import from_value, hinted

    meta = report.meta
    if meta is not None and indicator in meta.polarity.negative:
        return True
    if meta is not None and indicator in meta.polarity.positive:
        return False
    said = from_value(row.get("polaritas")) or hinted(indicator)
    if said is not None:
        return said == "negative"
    return meta is not None and meta.polarity.default == "negative"


def _attainment(report: Report) -> tuple[tuple[Attainment, ...], str | None]:
    for name in _feeding("attainment"):
        table = report.tables.get(name)
        if table is None:
            continue
        rows = table.values.to_dict("records")
        if "tahun" in table.values.columns and report.meta is not None and report.meta.year:
            rows = [r for r in rows if _number(r.get("tahun")) in (None, float(report.meta.year))]
        out = []
        for r in rows:
            indicator = _text(r.get("indikator"))
            if indicator is None or r.get("level") in ("total", "subtotal", "rata_rata"):  # an average is no bar
                continue
            target, realisasi = _number(r.get("target")), _number(r.get("realisasi"))
            capaian, computed = _number(r.get("capaian")), False
            if capaian is None and target and realisasi is not None and not _negative(report, indicator, r):
                capaian, computed = realisasi / target * 100, True
            if capaian is not None:
                out.append(Attainment(indicator, target, realisasi, capaian, computed))
        if out:
            return tuple(out[:MAX_BARS]), name
    return (), None


def _absorption(report: Report) -> tuple[tuple[Absorption, ...], str | None]:
    for name in _feeding("absorption"):
        table = report.tables.get(name)
        if table is None:
            continue
        out = []
        for r in table.values.to_dict("records"):
            programme = _text(r.get("program"))
            pagu, realisasi = _number(r.get("pagu")), _number(r.get("realisasi"))
            if programme is None or r.get("level") in ("total", "subtotal") or pagu is None or realisasi is None:
                continue
            out.append(Absorption(programme, pagu, realisasi))
        if out:
            return tuple(out[:MAX_BARS]), name
    return (), None
