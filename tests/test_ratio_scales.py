"""The scale a ratio is printed on: shares printed as fractions, rates per 1.000 or 100.000, and the formula a
ratio rule's message names.

The real table: tests/wild/puskesmas-pkp-pecahan (PKP of Puskesmas Sutojayan, Kab. Blitar, 2019, S44 in
docs/layouts.md), whose spreadsheet printed every `% Cakupan Riil` as a fraction (`0.2` for 684 / 3395 = 20,15%)
under a header saying `x100`. The rates per 100.000 and per 1.000 below are written for these tests in a dinas
kesehatan's wording, with the counts the Manggarai Timur LKjIP 2019 quotes in its text (10 kematian ibu and 51
kematian bayi of 5.350 kelahiran hidup: 186,92 per 100.000 KH and 9,53 per 1.000 KH).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from helpers import changed_copy

import audit

WILD = Path(__file__).resolve().parent / "wild"
PECAHAN = WILD / "puskesmas-pkp-pecahan" / "laporan.md"

RATES = """# LAPORAN KINERJA DINAS KESEHATAN KABUPATEN CONTOH TAHUN 2023

Tabel 3.12 Cakupan pelayanan dan angka kematian

| No | Indikator | Jumlah Sasaran | Jumlah Terlayani | Cakupan | Target |
|---|---|---|---|---|---|
| 1 | Pelayanan kesehatan ibu hamil | 4.210 | 3.998 | 94,96 | 100 |
| 2 | Angka kematian ibu per 100.000 kelahiran hidup | 5.350 | 10 | 186,92 | 162 |
| 3 | Angka kematian bayi per 1.000 KH | 5.350 | 51 | 9,53 | 9,5 |
| 4 | Pelayanan kesehatan balita | 16.520 | 14.233 | 86,16 | 100 |
"""


def _pecahan(tmp_path: Path, old: str, new: str) -> str:
    return changed_copy(tmp_path, PECAHAN, old, new)


def _write(tmp_path: Path, text: str, *changes: tuple[str, str]) -> str:
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    (tmp_path / "laporan.md").write_text(text, encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text("agency: Dinas Kesehatan Kabupaten Contoh\nyear: 2023\n", encoding="utf-8")
    return str(tmp_path / "laporan.md")


def _ratios(result) -> list:
    return [f for f in result.findings if f.rule_id.startswith("RATIO")]


def test_a_table_printing_its_shares_as_fractions_is_no_false_alarm():
    """Sutojayan prints 684 / 3395 as 0.2, 3 / 4 as 0.8, 420 / 679 as 0.6, 11 / 11 as 1.0: fourteen rows, every one
    a fraction; the column is read on that scale (before: fourteen RATIO016 errors, 0.2 against 20,15%)."""
    result = audit.run(str(PECAHAN))
    assert result.tables_read == ["cakupan"]
    assert _ratios(result) == []


def test_a_misprint_in_a_fraction_column_is_found_with_the_fraction_it_should_be(tmp_path):
    """Rumah Tangga Sehat: 420 of 679 is 0,62; printed 0.9 it is found, the first fix is the fraction (not 61,86),
    and the finding says its values as fractions, not as percentages."""
    result = audit.run(_pecahan(tmp_path, "<td>420</td><td>0.6</td>", "<td>420</td><td>0.9</td>"))
    [finding] = _ratios(result)
    assert (finding.rule_id, finding.severity.value, finding.actual) == ("RATIO016", "error", 0.9)
    assert finding.expected == pytest.approx(420 / 679)
    top = finding.suggestions[0]
    assert (top.column, round(top.proposed, 2)) == ("cakupan", 0.62)
    assert finding.unit is None
    assert finding.text("id") == "Cakupan ≠ terlayani / sasaran"
    assert finding.text("en") == "Coverage ≠ served / target population"


def test_a_percentage_among_fractions_is_a_finding_that_names_the_column_scale(tmp_path):
    """A mixed column is said, not explained away: 12 of 18 printed 66.7 (a percentage) where the other thirteen
    rows print fractions is found, with the column's vote in the hint and the fraction as the fix."""
    result = audit.run(_pecahan(tmp_path, "<td>12</td><td>0.7</td>", "<td>12</td><td>66.7</td>"))
    [finding] = _ratios(result)
    assert (finding.rule_id, finding.actual) == ("RATIO016", 66.7)
    assert "13 dari 14 baris" in str(finding.hint.render("id"))
    assert "written as a percentage" in str(finding.hint.render("en"))
    assert round(finding.suggestions[0].proposed, 2) == 0.67


def test_a_single_fraction_in_a_percentage_column_is_still_a_finding(tmp_path):
    """One share printed 0,95 among percentages (3.998 / 4.210 = 94,96%) is no evidence of a fraction column: it is
    found, said to be written as a fraction, and 94,96 proposed."""
    result = audit.run(_write(tmp_path, RATES, ("| 3.998 | 94,96 |", "| 3.998 | 0,95 |")))
    [finding] = _ratios(result)
    assert (finding.rule_id, finding.actual, round(finding.expected, 2)) == ("RATIO016", 0.95, 94.96)
    assert "pecahan" in str(finding.hint.render("id"))
    assert finding.unit == "%"


def test_rates_per_100000_and_per_1000_are_recomputed_at_their_base(tmp_path):
    """10 of 5.350 kelahiran hidup is 186,92 per 100.000, 51 of 5.350 is 9,53 per 1.000: no finding (before: both
    held to percentages, 0,19% and 0,95%, two false errors)."""
    assert _ratios(audit.run(_write(tmp_path, RATES))) == []


def test_a_misprinted_rate_is_found_at_its_base(tmp_path):
    """AKI printed 168,92 for 186,92 per 100.000: found, 186,92 proposed, and the formula names the base."""
    result = audit.run(_write(tmp_path, RATES, ("| 10 | 186,92 |", "| 10 | 168,92 |")))
    [finding] = _ratios(result)
    assert (finding.rule_id, finding.actual, round(finding.expected, 2)) == ("RATIO016", 168.92, 186.92)
    assert round(finding.suggestions[0].proposed, 2) == 186.92
    assert finding.text("id") == "Cakupan ≠ terlayani / sasaran × 100.000"
    assert finding.text("en") == "Coverage ≠ served / target population × 100,000"


def test_a_base_named_in_the_header_holds_for_every_row(tmp_path):
    """`Cakupan (per 1.000 KH)` over the column: each row is a rate per 1.000 (51 / 5.350 = 9,53), and 95,3 is
    found against it."""
    text = RATES.replace("| Cakupan |", "| Cakupan (per 1.000 KH) |")
    rows = ["| 1 | Kematian bayi | 5.350 | 51 | 9,53 | 9,5 |", "| 2 | Kematian neonatal | 5.350 | 32 | 5,98 | 6 |",
            "| 3 | Kematian balita | 5.350 | 60 | 95,3 | 12 |"]
    text = text.split("|---")[0] + "|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n"
    [finding] = _ratios(audit.run(_write(tmp_path, text)))
    assert (finding.row_label, finding.actual, round(finding.expected, 2)) == ("Kematian balita", 95.3, 11.21)
    assert finding.text("id").endswith("× 1.000")


def test_a_rate_naming_no_base_is_no_false_alarm(tmp_path):
    """`Angka kematian ibu` without its base: 186,92 fits per 100.000, so nothing is said; 168,92 fits no base, so it
    is a warning (the base is not known) proposing no value."""
    plain = ("Angka kematian ibu per 100.000 kelahiran hidup", "Angka kematian ibu")
    assert _ratios(audit.run(_write(tmp_path, RATES, plain))) == []
    [finding] = _ratios(audit.run(_write(tmp_path, RATES, plain, ("| 10 | 186,92 |", "| 10 | 168,92 |"))))
    assert (finding.rule_id, finding.severity.value, finding.suggestions) == ("RATIO016", "warning", ())
    assert "basis" in str(finding.hint.render("id"))


def test_ratio017_names_the_coverage_and_the_target_it_divides(tmp_path):
    """Capaian printed 90,00 for cakupan 90,00 of a 95% target (94,74): the message names cakupan / target (before:
    `realisasi / target` was all the kind could say), in either language."""
    from test_cakupan import _spm

    result = audit.run(_spm(tmp_path, ("| 90,00 | 95% | 94,74 |", "| 90,00 | 95% | 90,00 |")))
    [finding] = [f for f in result.findings if f.rule_id == "RATIO017"]
    assert finding.text("id") == "Capaian ≠ cakupan / target × 100 (cakupan 90, target 95)"
    assert finding.text("en") == "Achievement ≠ coverage / target × 100 (coverage 90, target 95)"


def test_indicator_capaian_still_says_realisasi_over_target():
    """RATIO012 on a real table (Satpol PP): the formula of a capaian rule reads as before, and a `per 1.000`
    in an indicator's name is no base of its capaian (a percentage of the target)."""
    result = audit.run(str(WILD / "satpolpp-lkpj" / "laporan.md"))
    said = {f.row_label: f for f in result.findings if f.rule_id == "RATIO012"}
    linmas = next(f for name, f in said.items() if "per 1.000" in name)
    assert round(linmas.expected, 2) == 86.67 and linmas.unit == "%"
    assert linmas.text("id").startswith("Capaian ≠ realisasi / target × 100")
