"""A hospital's bed and death statistics (BOR, ALOS, BTO, TOI, NDR, GDR) held to each other, however printed:
a table of their own, one row per year (an RSUD's profile: tests/wild/kajen-profil, S86), or rows of an indicator
table (a kota's LKjIP: tests/wild/rsud-dumai-bor, S81; one column per year: our layout, the figures Kajen's).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import audit

WILD = Path(__file__).parent / "wild"


def _copy(tmp_path: Path, name: str, *changes: tuple[str, str]) -> str:
    for f in (WILD / name).iterdir():
        shutil.copy(f, tmp_path / f.name)
    path = tmp_path / "laporan.md"
    text = path.read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return str(path)


def _found(result, prefix: str = "RS") -> list[tuple[str, str, str]]:
    return [(f.rule_id, f.severity.value, f.location.cell) for f in result.findings if f.rule_id.startswith(prefix)]


def test_a_profiles_statistics_per_year_are_read_and_agree(tmp_path):
    """Kajen's five years as printed: BOR within a point of 100 × (1 − TOI × BTO / days) every year (2016:
    74,65 for 75,28 over 366 days: registers drift), NDR under GDR. Before: no kind read the table (DOC001)."""
    result = audit.run(_copy(tmp_path, "kajen-profil"))
    assert result.tables_read == ["pelayanan_rs"] and _found(result) == []


def test_a_misprinted_bor_and_swapped_death_rates_are_found(tmp_path):
    """2018's BOR printed 80,95 for 70,95: 100 × (1 − 1,42 × 74,57 / 365) = 70,99, a warning at its cell; its GDR
    and NDR swapped (45,05 deaths after 48 hours of 24,47 in all): an error at the NDR."""
    result = audit.run(_copy(tmp_path, "kajen-profil", ("| 70,95 |", "| 80,95 |"),
                             ("| 45,05 | 24,47 |", "| 24,47 | 45,05 |")))
    assert sorted(_found(result)) == [("RS001", "warning", "C4"), ("RS004", "error", "H4")]
    [bor] = [f for f in result.findings if f.rule_id == "RS001"]
    assert round(bor.expected, 2) == 70.99 and "1,42 × 74,57 / 365" in bor.text("id")


def test_the_indicators_as_rows_of_an_indicator_table_are_found_by_name(tmp_path):
    """RSUD Dumai's BOR, BTO and TOI are rows of its capaian table (`BTO, Frekuensi pemakaian tempat tidur`: the
    acronym decides): as printed they agree over 2016's 366 days (75,84 for 75,87); a BOR of 85,87 does not."""
    assert _found(audit.run(_copy(tmp_path, "rsud-dumai-bor"))) == []
    wrong = audit.run(_copy(tmp_path, "rsud-dumai-bor", ("<td>75</td><td>75,87</td>", "<td>75</td><td>85,87</td>")))
    assert _found(wrong) == [("RS002", "warning", "E3")]  # the header takes two rows


YEARS = """# LAPORAN KINERJA INSTANSI PEMERINTAH RSUD CONTOH TAHUN 2021

## BAB III AKUNTABILITAS KINERJA

Tabel 3.4 Indikator Pelayanan Rawat Inap Tahun 2019-2021

| No | Indikator | Standar | Realisasi 2019 | Realisasi 2020 | Realisasi 2021 |
|---|---|---|---|---|---|
| 1 | BOR (%) | 60-85 | 70,95 | 56,74 | {bor} |
| 2 | ALOS (hari) | 6-9 | 4,45 | 4,33 | 4,20 |
| 3 | BTO (kali) | 40-50 | 74,57 | 60,36 | 64,20 |
| 4 | TOI (hari) | 1-3 | 1,42 | 2,61 | 2,15 |
| 5 | NDR (‰) | < 25 | 24,47 | 28,88 | {ndr} |
| 6 | GDR (‰) | < 45 | 45,05 | 58,28 | 40,12 |
"""


def test_the_indicators_over_several_years_are_checked_year_by_year(tmp_path):
    """One column per year: read as `kinerja_tahunan`, each year's BOR held to that year's TOI and BTO, each
    year's NDR to its GDR."""
    (tmp_path / "laporan.yaml").write_text("agency: RSUD Contoh\nyear: 2021\n", encoding="utf-8")
    path = tmp_path / "laporan.md"
    path.write_text(YEARS.format(bor="62,10", ndr="21,30"), encoding="utf-8")
    result = audit.run(str(path))
    assert result.tables_read == ["kinerja_tahunan"] and _found(result) == []
    path.write_text(YEARS.format(bor="72,10", ndr="41,30"), encoding="utf-8")
    assert sorted(_found(audit.run(str(path)))) == [("RS003", "warning", "F2"), ("RS006", "error", "F6")]
