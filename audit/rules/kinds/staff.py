"""`staff_count`: people counted by an indicator agree with the staff tables.

An indicator counted in people (its unit `orang`, `pegawai`) whose wording names a staff
group (`Jumlah orang yang menerima Gaji dan Tunjangan ASN`) counts people the staff tables
count too: ASN are the PNS and PPPK there, non-ASN the honorary staff. The groups and the
words naming them are the rule's, tried in order (`non ASN` before `ASN`); `about` keeps
to counts of a whole group (salaries are paid to all of it, training reaches some). An
indicator naming no group, or counted in another unit, is left alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from pydantic import BaseModel, ConfigDict

from audit.rules.candidates import candidate
from audit.rules.intervals import meets
from audit.rules.registry import kind
from audit.rules.select import Side, lookup, note, references, rows, side_rows


class Group(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    words: list[str]  # any of them names the group (`non asn`, `honorer`)
    columns: list[str]  # the staff-table columns that count it (`[pns, pppk]` for ASN)


class StaffSide(Side):
    """A staff table's total row: the table is named (its rows are those of `where`)."""

    table: str


class StaffCountParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    where: dict = {}
    indicator: str = "indikator"
    columns: list[str] = ["realisasi"]
    unit: str | None = None  # a column holding the unit; without it, the unit written in the cell (`10 Orang`)
    units: list[str] = ["orang", "pegawai"]
    about: list[str] = []  # the indicator must also name one of these (payroll: `gaji`), or any wording if empty
    groups: list[Group]
    staff: list[StaffSide]  # the staff tables' total rows, the first one the report has is used

    def required_tables(self) -> set[str]:
        """The indicator table; the staff tables are alternatives, any one of them will do."""
        return {self.table}

    def references(self):
        cols = [self.indicator, *self.columns] + ([self.unit] if self.unit else [])
        refs = references(self.table, self.table, Side(where=self.where), cols)
        for side in self.staff:
            refs += references(side.table, side.table, side, sorted({c for g in self.groups for c in g.columns}))
        return refs

    def row_local(self) -> str:
        """A count depends on its own row (its indicator, unit and value) and the staff tables."""
        return self.table


@lru_cache(maxsize=4096)
def _words(text) -> str:
    """` words `: lower case, spaced; kept per text (each row's wording meets every group's words, and fix
    suggestions run the rule once per candidate)."""
    return " " + " ".join(re.sub(r"[^0-9a-z]+", " ", str(text).lower()).split()) + " "


def _group(p: StaffCountParams, indicator) -> Group | None:
    """The staff group the indicator counts whole; None for another count (trainees are some of the staff)."""
    said = _words(indicator)
    if p.about and not any(_words(w) in said for w in p.about):
        return None
    return next((g for g in p.groups if any(_words(w) in said for w in g.words)), None)


def _staff_row(p: StaffCountParams, report):
    """(table, row) of the first staff total the report prints, or None."""
    for side in p.staff:
        table = report.tables.get(side.table)
        if table is not None:
            with lookup():  # the first staff table that prints a total
                found = side_rows(table, side, report.meta)
            if len(found):
                return table, int(found[0])
    return None


@kind("staff_count", StaffCountParams, summary={
    "id": "Jumlah orang pada indikator (ASN, PNS, PPPK, non-ASN) sama dengan tabel pegawai.",
    "en": "People counted by an indicator (ASN, PNS, PPPK, non-ASN) agree with the staff tables."})
def people_match_staff(ctx, loaded, p: StaffCountParams, report):
    """People counted by an indicator (ASN, PNS, PPPK, non-ASN) agree with the staff tables."""
    table, staff = report.tables[p.table], _staff_row(p, report)
    if staff is None or p.indicator not in table.values.columns:
        if staff is None:  # no staff total to compare with: nothing was checked
            note(table, table.values.index[:0])
        return []
    staff_t, staff_i = staff
    units = {u.lower() for u in p.units}
    findings = []
    for i in rows(table, p.where, report.meta).to_numpy():
        group = _group(p, table.cell(int(i), p.indicator))
        if group is None:
            continue
        parts = [staff_t.cell(staff_i, c) for c in group.columns if c in staff_t.values.columns]
        if not parts or all(v != v for v in parts):
            continue
        expected = float(np.nansum(parts))
        for col in p.columns:
            if col not in table.values.columns:
                continue
            unit = table.cell(int(i), p.unit) if p.unit else table.array(col, "raw")[i]
            value = table.cell(int(i), col)
            if not (set(_words(unit).split()) & units) or value != value:
                continue
            h = float(np.nan_to_num(table.array(col, "halfwidth")[i]))
            if meets(np.array([value - h]), np.array([value + h]), np.array([expected]), np.array([expected]),
                     loaded.rule.tolerance)[0]:
                continue
            related = tuple(staff_t.location(staff_i, c) for c in group.columns if c in staff_t.values.columns)
            findings.append(ctx.finding(
                loaded, table, int(i), col, float(value), expected, related=related,
                candidates=[candidate(table, int(i), col, expected)], group=" + ".join(group.columns),
                other_table=staff_t.name, other_cell=related[0].said() if related else "",
                other_value=ctx.fmt(expected)))
    return findings
