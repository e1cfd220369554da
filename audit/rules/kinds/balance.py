"""`balance`: a line that is the difference of other lines of its table.

A revenue-and-spending statement closes with lines computed from its totals, not added from the rows above
them: `Surplus / (Defisit)` is Jumlah pendapatan − Jumlah belanja, `Pembiayaan netto` is penerimaan −
pengeluaran pembiayaan, SiLPA is the surplus plus the pembiayaan netto. The `sum` kind adds parts to a total;
this kind subtracts: the rows `total` selects equal the rows `plus` selects minus the rows `minus` selects, per
column, at printed precision. A term that selects no row with a figure is zero when it is `optional` (a
statement without pengeluaran pembiayaan); otherwise nothing is compared (a statement printing no Jumlah of
its pendapatan leaves its surplus unchecked rather than guessed, and a rule comparing no line is said to have
run without rows). A term may name a second selection,
`otherwise`, used in turn when its first selects no figure (the section's own row, or its first rows, when it
prints no Jumlah).
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict

from audit.rules.candidates import candidate
from audit.rules.intervals import meets
from audit.rules.registry import kind
from audit.rules.select import Side as _Side
from audit.rules.select import array, key_values, lookup, note, references, rows


class Term(BaseModel):
    """Rows of the table selected by `where` (or by the first of `otherwise` that selects a figure, when `where`
    selects none)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    where: dict
    otherwise: list[dict] = []
    optional: bool = False  # a term that selects no figure counts as zero, instead of leaving the line unchecked


class BalanceParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    columns: list[str]
    total: Term
    plus: list[Term]
    minus: list[Term] = []

    def references(self):
        wheres = [w for t in (self.total, *self.plus, *self.minus) for w in (t.where, *t.otherwise)]
        refs = references(self.table, self.table, _Side(), self.columns)
        return refs + [(self.table, c) for w in wheres for c in w]


@kind("balance", BalanceParams, summary={
    "id": "Baris selisih (surplus/defisit, pembiayaan netto, SiLPA) sama dengan baris-baris yang dikurangkannya.",
    "en": "A difference line (surplus/deficit, net financing, SiLPA) equals the lines it subtracts."})
def line_is_difference(ctx, loaded, p: BalanceParams, report):
    """A difference line (surplus/deficit, net financing, SiLPA) equals the lines it subtracts."""
    table = report.tables[p.table]
    meta = report.meta
    totals = rows(table, p.total.where, meta).to_numpy()
    if not len(totals):
        return []
    report_of = key_values(table, rows(table, {}, meta), [])  # one group per report of a stack
    findings = []
    compared: set[int] = set()  # the lines compared: none when a term is missing at each (said without rows)
    for column in p.columns:
        if column not in table.values.columns:
            continue
        values = array(table.values, column).astype(float, copy=False)
        halves = np.nan_to_num(array(table.halfwidth, column).astype(float, copy=False))
        for i in totals.tolist():
            if values[i] != values[i]:
                continue
            group = report_of.iloc[i] if len(report_of) else ()
            terms = [(t, 1.0) for t in p.plus] + [(t, -1.0) for t in p.minus]
            picked = [(_pick(table, t, meta, values, report_of, group), sign, t.optional) for t, sign in terms]
            if not any(found for found, _, _ in picked) or any(not found and not optional
                                                               for found, _, optional in picked):
                continue  # a term the page does not print: the line is left unchecked
            compared.add(i)
            point = sum(sign * values[j] for found, sign, _ in picked for j in found)
            low = sum(sign * values[j] - halves[j] for found, sign, _ in picked for j in found)
            high = sum(sign * values[j] + halves[j] for found, sign, _ in picked for j in found)
            stated, half = float(values[i]), float(halves[i])
            if meets(low, high, stated - half, stated + half, loaded.rule.tolerance):
                continue
            if ctx.keys_only:  # re-checking a candidate fix: the finding's identity is enough
                findings.append(ctx.finding(loaded, table, i, column, stated, float(point)))
                continue
            gap = stated - float(point)
            members = [(j, sign) for found, sign, _ in picked for j in found]
            cands = [candidate(table, i, column, float(point))]
            cands += [candidate(table, j, column, float(values[j]) + sign * gap) for j, sign in members]
            findings.append(ctx.finding(
                loaded, table, i, column, stated, float(point), candidates=cands,
                related=tuple(table.location(j, column) for j, _ in members),
                plus=" + ".join(table.row_name(j)[1] or table.row_name(j)[0] for j, s in members if s > 0),
                minus=" + ".join(table.row_name(j)[1] or table.row_name(j)[0] for j, s in members if s < 0)))
    note(table, pd.Index(sorted(compared), dtype=np.intp))
    findings.sort(key=lambda f: (f.position, f.column))
    return findings


def _pick(table, term: Term, meta, values: np.ndarray, report_of, group) -> list[int]:
    """The rows of `term` (of the same report) that print a figure in the column (looked up: a wording
    the page does not print leaves the line unchecked)."""
    for where in (term.where, *term.otherwise):
        with lookup():
            selected = rows(table, where, meta)
        found = [j for j in selected.tolist()
                 if values[j] == values[j] and (not len(report_of) or report_of.iloc[j] == group)]
        if found:
            return found
    return []
