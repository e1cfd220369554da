"""The formulas a table prints in its numbering row (`6 = (3 x 5)`, `6=5/3`, `(5)=(4)/(3)x100%`): each row of such a
column must give what its formula gives (GEN006), in any table, read or not (a kind's own columns excepted).

The real tables (tests/wild/README.md): BPKP, Laporan Kinerja 2021, Tabel 3.23 (efficiency per sasaran, `6=5/3
7=5/4`: output over input, printed as percentages: 106,52 / 97,80 = 108,92%; round 19), and the Maros PPPA budget
change annex (`6 = (3 x 5)`: volume × harga satuan, 11 × 350.000 = 3.850.000; round 11)."""
from __future__ import annotations

from pathlib import Path

import pytest
from helpers import changed_copy

import audit
from audit.document.column_formulas import formulas

WILD = Path(__file__).resolve().parent / "wild"
BPKP = WILD / "bpkp-efisiensi" / "laporan.md"
MAROS = WILD / "maros-pppa-perubahan" / "laporan.md"


def _formula_findings(path) -> list[tuple[str, str, float, float]]:
    return [(f.row_label, f.column, f.actual, round(f.expected, 2)) for f in audit.run(str(path)).findings
            if f.rule_id == "GEN006"]


@pytest.mark.parametrize("row, column, expected", [
    (["1", "2", "3", "4", "5", "6=5/3", "7=5/4"], 5, 50 / 30),
    (["1", "2", "3", "4", "5", "6 = (3 x 5)", "7"], 5, 30 * 50),
    (["(1)", "(2)", "(3)", "(4)", "(5)=(4)/(3)x100%"], 4, 40 / 30 * 100),
    (["1", "2", "3", "4=2+3", "5"], 3, 20 + 30),
    (["1", "2", "3", "4", "5 = 4 - 3"], 4, 40 - 30),
    (["1", "2", "3 = 2 : 1 x 100"], 2, 20 / 10 * 100),
])
def test_a_numbering_row_formula_is_read_over_the_columns_it_numbers(row, column, expected):
    formula = formulas(row)[column]
    assert formula.evaluate({p: 10.0 * (p + 1) for p in range(len(row))}) == pytest.approx(expected)


def test_what_is_no_formula_is_left_alone():
    assert formulas(["1", "2", "3", "4"]) == {}
    assert formulas(["1", "2", "3=2 ** 1"]) == {}  # only + - × / are read
    assert formulas(["1", "2", "3=abc(2)"]) == {}


def test_the_real_efficiency_table_agrees_with_its_formulas():
    assert _formula_findings(BPKP) == []


def test_an_efficiency_off_its_printed_formula_is_found(tmp_path):
    """Sasaran 1's efficiency of funds printed 110,92% where its formula `6=5/3` gives 106,52 / 97,80 = 108,92%
    (a quotient of percentages, printed as a percentage)."""
    found = _formula_findings(changed_copy(tmp_path, BPKP, "<td>108,92%</td>", "<td>110,92%</td>"))
    assert found == [("Meningkatnya Pengawasan Pembangunan atas Akuntabilitas Keuangan Negara dan Daerah",
                      "Efisiensi (%) / Dana", 110.92, 108.92)]


def test_an_amount_off_volume_times_price_is_found_though_one_row_prints_them(tmp_path):
    """Only the PPTK row prints a volume; its `Jumlah` 3.580.000 is not 11 × 350.000 (the numbering steps with the
    columns, so its numbers say which columns the formula reads)."""
    path = changed_copy(tmp_path, MAROS, "<td>350,000.00</td><td>3.850.000,00</td>",
                        "<td>350,000.00</td><td>3.580.000,00</td>")
    found = _formula_findings(path)
    assert [(c, a, e) for _, c, a, e in found] == [("Sebelum perubahan / Jumlah (Rp)", 3_580_000, 3_850_000)]
    assert _formula_findings(MAROS) == []


def test_a_formula_whose_numbers_do_not_step_with_the_columns_needs_its_rows(tmp_path):
    """A numbering row of fewer numbers than columns (`1 2 4 5 6 7 8=7/5`, a number left out) may be read against
    other columns than it was printed over: its formula is used only where most rows bear it out."""
    text = BPKP.read_text(encoding="utf-8").replace(
        "<tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6=5/3</td><td>7=5/4</td></tr>",
        "<tr><td>1</td><td>2</td><td>4</td><td>5</td><td>6</td><td>7=6/4</td><td>8=6/5</td></tr>")
    path = changed_copy(tmp_path, BPKP)
    Path(path).write_text(text.replace("<td>108,92%</td>", "<td>110,92%</td>"), encoding="utf-8")
    assert [c for _, c, _, _ in _formula_findings(path)] == ["Efisiensi (%) / Dana"]  # five of six rows agree
    Path(path).write_text(text.replace("<td>108,92%</td>", "<td>110,92%</td>").replace(
        "<td>108,78%</td>", "<td>101,78%</td>").replace("<td>104,74%</td>", "<td>114,74%</td>").replace(
        "<td>107,91%</td>", "<td>117,91%</td>"), encoding="utf-8")
    assert _formula_findings(path) == []  # four of six disagree: the formula is not borne out, not used
