"""A percentage printed cut at its printed places, not rounded (97,64 for 97,6476): a spreadsheet's ROUNDDOWN or a
hand copy. In a table where no row is printed rounded up, it is the table's way: a warning saying so, not an error
as a slip of 0,01 would be; beside rows rounded up it stays an error, its hint saying how it was cut.

The real table: the Bappeda of Provinsi Jawa Barat, LKIP 2016, Tabel 3.7 (page III-20, tests/real/README.md, and its
markdown rebuild in tests/wild/bappeda-jabar-analisis-program): pagu 2,005,000,000, realisasi 1,957,834,426, printed
97,64 (97,6476); the page's other rows print 98,22 for 98,2201 (cut or rounded alike) and 89,76 for 88,4964.
"""
from __future__ import annotations

from pathlib import Path

from helpers import changed_copy

import audit

HERE = Path(__file__).resolve().parent
PAGE = HERE / "real" / "bappeda-jabar-2016" / "laporan.pdf"
TABLE = HERE / "wild" / "bappeda-jabar-analisis-program" / "laporan.md"
CUT = "tingkat kesesuaian prioritas pembangunan rkpd dengan prioritas pembangunan rpjmd"
WRONG = "tingkat kesesuaian target kegiatan renja opd terhadap target prioritas pembangunan rkpd"


def _hint(finding) -> str:
    return finding.hint.render("id") if finding.hint else ""


def _budget(result) -> dict[str, object]:
    """The budget capaian findings by the indicator of their row (the programme repeats over the indicators)."""
    return {f.row_key.split("|")[-1]: f for f in result.findings if f.rule_id == "RATIO004"}


def test_a_figure_cut_in_a_table_that_never_rounds_up_is_a_warning_saying_so():
    for source in (PAGE, TABLE):
        found = _budget(audit.run(str(source)))
        assert sorted(found) == sorted([CUT, WRONG]), source
        cut = found[CUT]
        assert cut.severity.value == "warning"
        assert "97,6476 yang dipotong" in cut.hint.render("id") and "(97,65)" in cut.hint.render("id")
        assert "97.6476 cut at the printed decimals" in cut.hint.render("en")
        assert round(cut.expected, 2) == 97.65
        # 89,76 for 88,4964 is no cutting: an error
        assert found[WRONG].severity.value == "error" and "dipotong" not in _hint(found[WRONG])


def test_a_cut_figure_beside_a_row_rounded_up_stays_an_error(tmp_path):
    """Row 2's realisation made 2,337,311,465 (98,227) and printed 98,23: the table rounds up, so its 97,64 is no
    way of the table but a figure cut against it."""
    found = _budget(audit.run(changed_copy(tmp_path, TABLE, "<td>2,337,147,110</td><td>98,22</td>",
                                           "<td>2,337,311,465</td><td>98,23</td>")))
    assert sorted(found) == sorted([CUT, WRONG])
    cut = found[CUT]
    assert cut.severity.value == "error"
    assert "baris lain tabel ini dibulatkan" in cut.hint.render("id")


def test_a_figure_cut_two_places_short_is_no_cutting(tmp_path):
    """97,6 printed at two places as 97,60 is 0,05 short of 97,6476: more than its last place, an error."""
    found = _budget(audit.run(changed_copy(tmp_path, TABLE, "<td>97,64</td>", "<td>97,60</td>")))
    assert found[CUT].severity.value == "error" and "dipotong" not in _hint(found[CUT])
