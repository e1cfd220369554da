"""What agencies write in a figure cell besides a figure, as the real LKIP 2016 PDFs of Jawa Barat's provincial
agencies print it (tests/real/README.md, docs/accuracy.md "Real PDFs"): a rate per mil (`25‰`, RSUD Al Ihsan),
`sda` for the figure above (Disnak), a target range (`5-6%`, BPLHD), a run of dashes (`---`, Distan). Each was an
unreadable figure (PARSE001 error) before; the range and `sda` are said unchecked (PARSE004, info), the per mil
and the dashes are read."""
from __future__ import annotations

from pathlib import Path

import pytest
from helpers import changed_copy

import audit
from audit.numbers import parse_number, same_as_above

DEPOK = Path(__file__).resolve().parent / "wild" / "dinsos-depok-ikhtisar" / "laporan.md"


@pytest.mark.parametrize("text, value, unit", [("25‰", 25.0, "‰"), ("0 ‰", 0.0, "‰"), ("1,5%", 1.5, "%")])
def test_a_rate_per_mil_is_a_figure(text, value, unit):
    parsed = parse_number(text, "percent")
    assert (parsed.value, parsed.unit) == (value, unit)


def test_a_run_of_dashes_is_none():
    assert parse_number("---").form == "dash" and parse_number("---").value == 0.0


@pytest.mark.parametrize("text", ["sda", "SDA", "s.d.a.", "idem", "〃"])
def test_the_same_as_above_is_no_figure(text):
    assert same_as_above(text) and parse_number(text).value is None


def test_same_and_not_same_as_above_are_told_apart():
    assert not any(map(same_as_above, ["sd", "s.d", "-", "0", "sda 2016"]))


@pytest.mark.parametrize("old, new, column, words", [
    ("| 14% | 9,71% | 69.33% |", "| 14% | sda | 69.33% |", "realisasi", "sama dengan di atas"),
    ("| 25% | 34,48% | 100% |", "| 5-6% | 34,48% | 100% |", "target", "5-6%"),
])
def test_a_word_for_a_figure_is_said_unchecked_not_unreadable(tmp_path, old, new, column, words):
    found = audit.run(changed_copy(tmp_path, DEPOK, old, new)).findings
    assert not [f for f in found if f.rule_id == "PARSE001"]
    said = [f for f in found if f.rule_id == "PARSE004" and f.column == column and words in f.text("id")]
    assert len(said) == 1 and said[0].severity.value == "info"


@pytest.mark.parametrize("text, value", [("12.31 7.066", 12_317_066.0), ("280.1 79.881", 280_179_881.0),
                                         ("10.82 3", 10_823.0), ("81.26 2", 81_262.0)])
def test_a_figure_wrapped_in_a_narrow_cell_is_one_figure(text, value):
    """Distan's targets printed in a narrow column: `12.317.066` wraps after `12.31`, `10.823` after `10.82` (the
    same targets are printed whole on its pages 5, 7, 19 and 33)."""
    assert parse_number(text, "money").value == value


@pytest.mark.parametrize("text", ["13,90 48,15", "1.5 2.5", "2015 2016", "1.234 567", "12.5 3"])
def test_two_figures_side_by_side_stay_two(text):
    assert parse_number(text).value is None


def test_a_percentage_said_in_words_is_said_unchecked_and_a_formula_error_stays_an_error(tmp_path):
    """Kabupaten Banggai Kepulauan's LPPD 2013 IKK annex (tests/wild/lppd-bangkep-ikk), read with its `IKK` column
    mapped as the label: two capaian are printed `ada` (there is one) instead of a percentage: said in words, not
    checked (PARSE004, info; before, PARSE001 errors `'ada' bukan angka`). A `#DIV/0!` there stays an error."""
    import shutil

    from audit.config import resolve

    source = Path(__file__).resolve().parent / "wild" / "lppd-bangkep-ikk"
    for name in ("laporan.md", "laporan.yaml"):
        shutil.copy(source / name, tmp_path / name)
    (tmp_path / "audit.toml").write_text('[columns.lppd]\n"IKK" = "uraian"\n', encoding="utf-8")
    path = tmp_path / "laporan.md"
    result = audit.run(path, resolve(path))
    assert "lppd" in result.tables_read
    worded = [(f.rule_id, f.severity.value, f.actual) for f in result.findings if f.rule_id.startswith("PARSE")]
    assert worded == [("PARSE004", "info", "ada"), ("PARSE004", "info", "ada")]
    path.write_text(path.read_text(encoding="utf-8").replace("| 14% |", "| #DIV/0! |"), encoding="utf-8")
    broken = [(f.rule_id, f.severity.value, f.actual) for f in audit.run(path, resolve(path)).findings
              if f.rule_id == "PARSE001"]
    assert broken == [("PARSE001", "error", "#DIV/0!")]
