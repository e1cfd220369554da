"""`death_rates`: a hospital's net death rate is no more than its gross death rate.

GDR counts every death among the discharged, NDR only the deaths 48 hours or more after admission, both per 1.000
discharges of the same period: NDR ≤ GDR whatever the hospital. An NDR above its GDR is a misprint in one of the
two, or the two columns swapped.
"""
from __future__ import annotations

from audit.rules.candidates import candidate
from audit.rules.hospital import StatisticsParams, cell, compared
from audit.rules.registry import kind


@kind("death_rates", StatisticsParams, stacks=False, summary={
    "id": "NDR (kematian ≥ 48 jam per 1.000 pasien keluar) tidak melebihi GDR (seluruh kematian per 1.000).",
    "en": "NDR (deaths after 48 hours per 1,000 discharges) is no more than GDR (all deaths per 1,000)."})
def net_within_gross(ctx, loaded, p: StatisticsParams, report):
    """NDR (deaths after 48 hours per 1,000 discharges) is no more than GDR (all deaths per 1,000)."""
    table = report.tables[p.table]
    findings = []
    for group in compared(table, p.groups(table, report.meta), {"ndr", "gdr"}):
        (ndr, hn), (gdr, hg) = cell(table, group.cells["ndr"]), cell(table, group.cells["gdr"])
        if ndr != ndr or gdr != gdr or ndr - hn <= gdr + hg + loaded.rule.tolerance:
            continue
        i, column = group.cells["ndr"]
        gi, gc = group.cells["gdr"]
        if ctx.keys_only:
            findings.append(ctx.finding(loaded, table, i, column, ndr, gdr))
            continue
        cands = [c for c in (candidate(table, i, column, gdr), candidate(table, gi, gc, ndr)) if c is not None]
        findings.append(ctx.finding(loaded, table, i, column, ndr, gdr, related=(table.location(gi, gc),),
                                    candidates=cands, gdr=ctx.fmt(gdr)))
    return findings
