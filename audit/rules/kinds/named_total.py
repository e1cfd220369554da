"""`named_total`: a total that names the rows it adds by their numbers equals their sum.

Budget statements and many budget tables number every row in a `No` column and write on each total which rows it
adds: `Jumlah Pendapatan (2 s.d. 7)`, `Jumlah Belanja Operasi (12 s.d. 15)`, `Jumlah (1+2+3)`. Such a total is
checked against exactly those rows, whatever is printed between them (a group's unnumbered items are not added
again) and whether or not the kind places it in its hierarchy (a total of part of a section is placed nowhere).
"""
from __future__ import annotations

import numpy as np
from pydantic import BaseModel, ConfigDict

from audit.numbers import rows_named
from audit.rules.candidates import candidate
from audit.rules.intervals import meets
from audit.rules.registry import kind
from audit.rules.select import Side, references, rows

#: the words a total's label begins with
_TOTAL = ("jumlah", "total", "sub total", "subtotal", "sub jumlah", "grand total")


class NamedTotalParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    columns: list[str]
    where: dict = {}  # the totals judged (a statement's section totals are SUM058's)
    label: str = "uraian"  # the column the total's words are printed in
    number: str = "no"  # the column of row numbers the words name

    def references(self):
        return references(self.table, self.table, Side(where=self.where), [*self.columns, self.label, self.number])


def _number(text: object) -> int | None:
    said = str(text or "").strip().rstrip(".")
    return int(said) if said.isdigit() else None


@kind("named_total", NamedTotalParams, summary={
    "id": "Baris jumlah yang menyebut nomor baris yang dijumlahnya (2 s.d. 7) sama dengan jumlah baris itu.",
    "en": "A total naming the rows it adds by their numbers (2 s.d. 7) equals their sum."})
def total_of_named_rows(ctx, loaded, p: NamedTotalParams, report):
    """A total naming the rows it adds by their numbers (2 s.d. 7) equals their sum."""
    table = report.tables[p.table]
    frame = table.values
    if p.label not in frame.columns or p.number not in frame.columns:
        return []
    labels, numbers = frame[p.label].to_numpy(), [_number(x) for x in frame[p.number].to_numpy()]
    judged = set(rows(table, p.where).tolist()) if p.where else None
    findings = []
    for i, label in enumerate(labels):
        if judged is not None and i not in judged:
            continue
        wanted = rows_named(label) if str(label or "").strip().lower().startswith(_TOTAL) else None
        if not wanted:
            continue
        named = {n: j for j, n in enumerate(numbers[:i]) if n in wanted}
        if set(named) != wanted:  # a number it names is not printed above it: not those rows
            continue
        parts = sorted(named.values())
        for column in p.columns:
            if column not in frame.columns:
                continue
            values = frame[column].to_numpy(dtype=float)
            halves = np.nan_to_num(table.halfwidth[column].to_numpy(dtype=float))
            if np.isnan(values[i]) or all(np.isnan(values[j]) for j in parts):
                continue
            got = [j for j in parts if not np.isnan(values[j])]
            total = float(sum(values[j] for j in got))
            spread = float(sum(halves[j] for j in got))
            if meets(values[i] - halves[i], values[i] + halves[i], total - spread, total + spread,
                     loaded.rule.tolerance):
                continue
            findings.append(ctx.finding(loaded, table, i, column, float(values[i]), total,
                                        related=tuple(table.location(j, column) for j in got),
                                        candidates=[candidate(table, i, column, total)],
                                        rows=", ".join(str(numbers[j]) for j in parts)))
    return findings
