"""Tables comparing the same amounts across years (or before and after a change): never read as indicators per
year nor as one year's budget table, said unread in the coverage section, their difference and growth columns
checked (GEN004).

Our wording and figures, on the layouts revenue tables print (`Tahun 2022 | Tahun 2023 | Naik/Turun (%)`,
`Realisasi 2022 | Realisasi 2023 | Naik/Turun`, a statement with last year's realisasi beside this year's); the
real before/after table of Kota Surabaya is in tests/wild (surabaya-retribusi-perubahan).
"""
from __future__ import annotations

from pathlib import Path

import pytest

import audit

YEARS = """# BAB III AKUNTABILITAS KINERJA

Tabel 3.5 Perbandingan Realisasi Pendapatan Tahun 2022 dan 2023

| No | Uraian | Tahun 2022 (Rp) | Tahun 2023 (Rp) | Naik/Turun (%) |
|---|---|---|---|---|
| 1 | Retribusi Pelayanan Kesehatan | 1.000.000.000 | 1.100.000.000 | 10,00 |
| 2 | Retribusi Parkir | 200.000.000 | 150.000.000 | {parkir} |
| | Jumlah | 1.200.000.000 | 1.250.000.000 | 4,17 |
"""

AMOUNTS = """# BAB III AKUNTABILITAS KINERJA

Tabel 3.6 Realisasi Pendapatan Daerah

| Uraian | Realisasi 2022 | Realisasi 2023 | Naik/Turun |
|---|---|---|---|
| Pajak Daerah | 2.000.000.000 | 2.300.000.000 | 300.000.000 |
| Retribusi Daerah | 500.000.000 | 450.000.000 | {retribusi} |
| Jumlah | 2.500.000.000 | 2.750.000.000 | 250.000.000 |
"""

STATEMENT = """# LAMPIRAN

Tabel L.6 Laporan Realisasi Anggaran BLUD Tahun 2023

| Kode | Uraian | Realisasi 2022 | Anggaran 2023 | Realisasi 2023 | % |
|---|---|---|---|---|---|
| 4 | PENDAPATAN | | | | |
| 4.1 | Pendapatan Jasa Layanan | 900.000.000 | 1.000.000.000 | 1.080.000.000 | 108,00 |
| 4.2 | Pendapatan Hibah | 100.000.000 | 200.000.000 | 170.000.000 | 85,00 |
| | Jumlah Pendapatan | 1.000.000.000 | 1.200.000.000 | 1.250.000.000 | 104,17 |
| 5 | BELANJA | | | | |
| 5.1 | Belanja Operasi | 950.000.000 | 1.100.000.000 | 1.000.000.000 | 90,91 |
| 5.2 | Belanja Modal | 100.000.000 | 200.000.000 | 150.000.000 | 75,00 |
| | Jumlah Belanja | 1.050.000.000 | 1.300.000.000 | 1.150.000.000 | 88,46 |
| | Surplus / (Defisit) | (50.000.000) | (100.000.000) | 100.000.000 | |
"""


def _run(tmp_path: Path, text: str):
    (tmp_path / "laporan.yaml").write_text("agency: Dinas Contoh\nyear: 2023\n", encoding="utf-8")
    path = tmp_path / "laporan.md"
    path.write_text(text, encoding="utf-8")
    return audit.run(str(path))


def _findings(result, *rules: str) -> list[tuple]:
    return sorted((f.rule_id, f.severity.value, f.location.cell, f.actual, round(f.expected, 2))
                  for f in result.findings if f.rule_id in rules)


@pytest.mark.parametrize("text", [YEARS.format(parkir="-25,00"), AMOUNTS.format(retribusi="(50.000.000)")])
def test_a_comparison_across_years_is_said_unread_not_misread(tmp_path, text):
    """Before: read as `realisasi_indikator` (the years as rows, the amounts as an indicator's realisasi or lost),
    with an INPUT003 for its missing indicator. Now no kind reads it: DOC001 says it compares 2022 and 2023, and
    nothing else is said of a consistent table."""
    result = _run(tmp_path, text)
    assert result.tables_read == [] and len(result.coverage.unread) == 1
    [unread] = [f for f in result.findings if f.rule_id == "DOC001"]
    assert "compares the same amounts across years (2022, 2023)" in unread.text("en")
    assert "[columns." not in unread.text("en")  # no mapping is proposed for a kind that would misread it
    assert not [f for f in result.findings if f.rule_id not in ("DOC001", "DOC010")]


def test_a_wrong_growth_is_found_at_its_cell(tmp_path):
    """Retribusi Parkir printed −20,00%: (150.000.000 − 200.000.000) / 200.000.000 × 100 = −25,00 (GEN004 at E3)."""
    result = _run(tmp_path, YEARS.format(parkir="-20,00"))
    assert _findings(result, "GEN001", "GEN002", "GEN004") == [("GEN004", "error", "E3", -20.0, -25.0)]
    [growth] = [f for f in result.findings if f.rule_id == "GEN004"]
    assert "(Tahun 2023 (Rp) − Tahun 2022 (Rp)) / Tahun 2022 (Rp) × 100" in growth.text("en")


def test_a_wrong_difference_is_found_at_its_cell_and_not_summed(tmp_path):
    """Retribusi Daerah's Naik/Turun printed (40.000.000): 450.000.000 − 500.000.000 = (50.000.000) (GEN004 at D3).
    The difference column is not added up (its Jumlah is the row's own difference: 250.000.000, right)."""
    result = _run(tmp_path, AMOUNTS.format(retribusi="(40.000.000)"))
    assert _findings(result, "GEN001", "GEN002", "GEN004") == [("GEN004", "error", "D3", -40000000, -50000000)]


def test_last_years_realisation_beside_a_statement_is_not_its_realisation(tmp_path):
    """`Realisasi 2022 | Anggaran 2023 | Realisasi 2023 | %` (the standard LRA with the year before): read as the
    statement of 2023. Before, the leftmost `Realisasi 2022` was read as the realisasi, six false RATIO015 errors
    (108,00 for 900.000.000 / 1.000.000.000 ...)."""
    result = _run(tmp_path, STATEMENT)
    assert result.tables_read == ["lra"]
    assert not [f for f in result.findings if f.severity.value == "error"]
    wrong = _run(tmp_path, STATEMENT.replace("| 170.000.000 | 85,00 |", "| 170.000.000 | 58,00 |"))
    assert _findings(wrong, "RATIO015") == [("RATIO015", "error", "F4", 58.0, 85.0)]


def test_an_indicator_compared_across_years_is_still_an_indicator(tmp_path):
    """An indicator table with one column per year keeps its reading, large values too (visitors a year): the
    table names its indicators."""
    result = _run(tmp_path, "# BAB III\n\nTabel 3.2 Perbandingan Realisasi Kinerja Tahun 2022 dan 2023\n\n"
                            "| No | Indikator Kinerja | Realisasi 2022 | Realisasi 2023 |\n|---|---|---|---|\n"
                            "| 1 | Jumlah kunjungan wisatawan (orang) | 125.000 | 140.000 |\n"
                            "| 2 | Persentase desa mandiri | 45,5 | 50,25 |\n")
    assert result.tables_read == ["kinerja_tahunan"]


#: the layout of a kabupaten Inspektorat's review of its Pemda (tests/wild/labura-kinerja-makro: `CAPAIAN KINERJA
#: TAHUN N-1 | CAPAIAN KINERJA TAHUN N`), with a year's target and capaian as LKPJ forms print them; our figures
RELATIVE = """# BAB III AKUNTABILITAS KINERJA

Tabel 3.4 Capaian Kinerja Makro

| NO | INDIKATOR KINERJA | REALISASI TAHUN N-1 | TARGET TAHUN N | REALISASI TAHUN N | CAPAIAN TAHUN N (%) |
|---|---|---|---|---|---|
| 1 | Indeks Pembangunan Manusia | 70,10 | 71,00 | 71,20 | {ipm} |
| 2 | Persentase penduduk miskin | 9,80 | 9,50 | 9,40 | 101,05 |
"""


def test_years_printed_relative_to_the_report_are_its_years(tmp_path):
    """`TAHUN N` is the year reported on (2023), `TAHUN N-1` the one before: one row per year, the capaian
    checked for 2023. Before, `N-1` and `N` were no years: the realisasi of 2022 was read as this year's, its
    capaian 71,20 / 71,00 ... computed from the wrong column."""
    result = _run(tmp_path, RELATIVE.format(ipm="100,28"))
    assert result.tables_read == ["kinerja_tahunan"]
    assert not [f for f in result.findings if f.rule_id != "DOC010"]
    table = audit.api.read(tmp_path / "laporan.md").tables["kinerja_tahunan"]
    rows = {(r["indikator"][:9], int(r["tahun"])): r["realisasi"] for r in table.values.to_dict("records")}
    assert rows[("Indeks Pe", 2022)] == 70.10 and rows[("Indeks Pe", 2023)] == 71.20
    wrong = _run(tmp_path, RELATIVE.format(ipm="101,28"))  # 71,20 / 71,00 = 100,28; 70,10 / 71,00 = 98,73
    assert _findings(wrong, "RATIO013") == [("RATIO013", "error", "F2", 101.28, 100.28)]
