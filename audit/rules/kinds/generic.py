"""`generic`: arithmetic checks on printed tables no rule pack names (documents only).

A table whose kind the classifier does not recognise is not read into a canonical
table, so no rule reads it; its totals can still be checked from what the page
shows (`audit.document.structure`). Each rule names one `check`:

- `sums`: every total row (`Jumlah`, `Sub Total`, `Grand Total`) equals its parts,
  every parent row (program > kegiatan > sub kegiatan; golongan > sub golongan) the
  sum of its children, and every total column (`Jumlah` right of `PNS PPPK Non-ASN`)
  the columns of its header group. A parent is never added together with its own
  children. Where a row check and a column check (or a parent and its own parent)
  disagree by the same amount through one cell, that cell is named once;
- `percent`: a percent column equals the ratio of the two figure columns of its row
  that reproduce most rows (`% = Realisasi / Pagu × 100`, in either column order), or
  else each row's share of the grand total row; a capaian written by a lower-is-better
  convention is not flagged; a share whose headers say what it is of (`PERSENTASE / L` beside
  `JUMLAH / L  P  L+P`; a `Persentase` whose total row prints 100) is taken from its headers;
  a row of shares printed under the total row (`%  75,47%  19,51%  100,00%`) is each column's share of
  the total row's whole (`row_shares`);
  also in a table a kind read, for the percent columns its kind does not read (a staff table's
  `Persentase` / `Komposisi`);
- `difference`: a `Selisih` / `Lebih / (Kurang)` / `Sisa` / `Naik/Turun` / `Bertambah/(Berkurang)` column
  equals the difference of the two figure columns that reproduce most of its rows, signed the way its section
  of the table (revenue, spending) prints most rows, and a growth column (`Naik/Turun (%)`, `Pertumbuhan (%)`)
  the change of two amounts relative to the earlier (`generic_difference`); in every printed table, read or
  not, as no table kind reads such a column (a `Sisa` the budget kinds read is theirs: SUM042-SUM044);
- `formulas`: a column whose number in the numbering row states its formula (`6 = (3 x 5)`, `(5)=(4)/(3)x100%`)
  equals it on every row (`generic_formulas`), in every printed table (a kind's own columns excepted); the other
  checks leave such a column to it;
- `sheet_errors`: a cell printing a spreadsheet's formula error (`#DIV/0!`, `#REF!`), in every printed table: in
  the columns a kind read the reader says it (PARSE001), in the others this check;
- `staff`: staff tables of any breakdown (their caption names one of `words`) count
  the same people (all staff, ASN, PNS, as the caption says): their grand totals agree,
  whichever kind they were read as.

Only printed tables the extraction log says were not read are summed and divided
(a recognised table is checked by the rule packs). A hierarchy seen only in bold type
gives warnings; outside money under codes or level words, one the table's own parents
do not confirm is not checked, and a total may then add up either way. A sum off from the rows
read by more than a hand slips (a keystroke, a thousand group, a row left out or counted twice, a
few percent) is a warning too: the structure guessed may not be the table's.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from audit.rules.kinds import generic_difference, generic_formulas, generic_percent, generic_staff, generic_sums
from audit.rules.kinds.generic_base import TOLERANCE, finding, sheet_errors
from audit.rules.registry import kind

STAFF_WORDS = ["pegawai", "asn", "pns", "pppk", "sdm", "sumber daya manusia", "tenaga", "personil", "personel",
               "karyawan", "aparatur"]


class GenericParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    check: Literal["sums", "percent", "staff", "difference", "sheet_errors", "formulas"]
    words: list[str] = STAFF_WORDS  # staff: caption words that make a table a staff table

    def references(self):
        return []


def _not_by_formula(printed, gaps) -> list:
    """The gaps found across a row, less those in a column whose printed formula GEN006 checks: said once, by the
    table's own formula rather than by a pair of columns guessed."""
    owned = generic_formulas.owned(printed) if printed.formulas else set()
    return [g for g in gaps if not (g.col in owned and g.what in generic_formulas.ACROSS)]


@kind("generic", GenericParams, document=True, summary={
    "id": "Tabel yang jenisnya tidak dikenali tetap diperiksa: jumlah, induk-rincian, persentase, jumlah pegawai.",
    "en": "Tables of no known kind are still checked: totals, parent rows, percentages, staff headcounts."})
def generic_tables(ctx, loaded, p: GenericParams, report):
    """Tables of no known kind are still checked: totals, parent rows, percentages, staff headcounts."""
    info = getattr(report, "document", None)
    if info is None:
        return []
    widened = TOLERANCE.set(loaded.rule.tolerance)
    try:
        if p.check == "staff":
            return generic_staff.check(ctx, loaded, p, info)
        out = []
        if p.check == "formulas":  # the table's own formulas, in every printed table (a kind's columns are its own)
            for printed in getattr(info, "printed", []):
                out += [finding(ctx, loaded, info.document, printed, g) for g in generic_formulas.formula_gaps(printed)]
            return out
        if p.check == "sheet_errors":  # no reader takes them for figures: every printed table, read or not
            for printed in getattr(info, "printed", []):
                out += sheet_errors(ctx, loaded, info.document, printed)
            return out
        if p.check == "difference":  # no canonical table reads a Selisih column: read tables' are checked too
            for printed in getattr(info, "printed", []):
                corrected = [] if printed.read else generic_sums.sums(printed)
                out += [finding(ctx, loaded, info.document, printed, g) for g in _not_by_formula(printed, (
                    *generic_difference.differences(printed, corrected),
                    *generic_difference.growth_gaps(printed, corrected)))]
            return out
        for printed in getattr(info, "printed", []):
            if printed.read:  # the rule packs check it; a percentage its kind does not read is checked here, and
                # one printed beside its operands (`Pembilang`, `Penyebut`) the kind leaves unread
                only = printed.unread | generic_percent.operand_percents(printed) if p.check == "percent" else set()
                if only & printed.percent:
                    out += [finding(ctx, loaded, info.document, printed, g) for g in _not_by_formula(
                        printed, generic_percent.percents(printed, [], only=only))]
                continue
            corrected = generic_sums.sums(printed)  # a percentage follows a corrected amount
            gaps = corrected if p.check == "sums" else generic_percent.percents(printed, corrected)
            out += [finding(ctx, loaded, info.document, printed, g) for g in _not_by_formula(printed, gaps)]
        return out
    finally:
        TOLERANCE.reset(widened)
