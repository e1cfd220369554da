"""`bed_use`: a hospital's bed occupancy agrees with its turnover interval and bed turnover.

BOR, BTO and TOI are read from the same counts (Barber-Johnson): BOR = bed-days used / (beds × days) × 100,
BTO = discharges / beds, TOI = (beds × days − bed-days used) / discharges. So TOI × BTO = days × (1 − BOR / 100):
BOR = 100 × (1 − TOI × BTO / days). A BOR that the other two deny is a misprint in one of the three. The days are
the period's: a year (365, 366 in a leap year), a semester, a quarter or a month; a row agreeing with any of them
is taken as right, since a table seldom says its period. Hospitals count beds and bed-days from registers that
drift a little from each other, so the rule's `tolerance` (in BOR points) is wider than the printed rounding.
"""
from __future__ import annotations

import calendar

import numpy as np

from audit.rules.candidates import candidate
from audit.rules.hospital import StatisticsParams, cell, compared
from audit.rules.intervals import meets
from audit.rules.registry import kind

#: the days of the periods a table of these statistics may be of, shortest to longest, each as a range
PERIODS = ((28, 31), (90, 92), (181, 184), (365, 366))



def _expected(toi: float, ht: float, bto: float, hb: float, days: float) -> tuple[float, float]:
    """The BOR that TOI and BTO give over `days`, as the range their printed rounding allows."""
    low, high = max(toi - ht, 0.0) * max(bto - hb, 0.0), (toi + ht) * (bto + hb)
    return 100 * (1 - high / days), 100 * (1 - low / days)


@kind("bed_use", StatisticsParams, stacks=False, summary={
    "id": "BOR = 100 × (1 − TOI × BTO / hari periode): tiga indikator pelayanan rumah sakit dari hitungan yang sama.",
    "en": "BOR = 100 × (1 − TOI × BTO / days of the period): three hospital indicators from the same counts."})
def bed_use_agrees(ctx, loaded, p: StatisticsParams, report):
    """BOR = 100 × (1 − TOI × BTO / days of the period): three hospital indicators from the same counts."""
    table = report.tables[p.table]
    findings = []
    for group in compared(table, p.groups(table, report.meta), {"bor", "bto", "toi"}):
        (bor, hr), (bto, hb), (toi, ht) = (cell(table, group.cells[m]) for m in ("bor", "bto", "toi"))
        if bor != bor or bto != bto or toi != toi or bto <= 0:
            continue
        agrees = False
        for short, long in PERIODS:
            low, _ = _expected(toi, ht, bto, hb, short)
            _, high = _expected(toi, ht, bto, hb, long)
            agrees |= bool(meets(np.float64(bor - hr), np.float64(bor + hr), low, high, loaded.rule.tolerance))
        if agrees:
            continue
        days = 366 if group.year is not None and calendar.isleap(group.year) else 365
        expected = 100 * (1 - toi * bto / days)
        i, column = group.cells["bor"]
        if ctx.keys_only:
            findings.append(ctx.finding(loaded, table, i, column, bor, expected))
            continue
        (ti, tc), (bi, bc) = group.cells["toi"], group.cells["bto"]
        cands = [candidate(table, i, column, expected, suspected=True),
                 candidate(table, ti, tc, days * (1 - bor / 100) / bto),
                 candidate(table, bi, bc, days * (1 - bor / 100) / toi if toi > 0 else float("nan"))]
        findings.append(ctx.finding(loaded, table, i, column, bor, expected,
                                    related=(table.location(ti, tc), table.location(bi, bc)),
                                    candidates=[c for c in cands if c is not None],
                                    toi=ctx.fmt(toi), bto=ctx.fmt(bto), days=days))
    return findings
