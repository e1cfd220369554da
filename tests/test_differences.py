"""`Selisih` / `Lebih / Kurang` columns (GEN004): the difference of two figure columns, signed the way the
table's own rows sign it, per section.

The real table is tests/wild/rsud-kudus-lra (RSUD Kab. Kudus, realisation statement semester I 2011, S6 / S36
in docs/layouts.md): revenue printed as realisasi − anggaran (`(25,000,953,264)` short of target), spending as
anggaran − realisasi (`9,998,249,194` unspent), a `Surplus / (Defisit)` line. The indicator table follows the
layout of tests/wild/pupr-dumai (S23) with a `Selisih` column and figures of our own.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import audit

KUDUS = Path(__file__).resolve().parent / "wild" / "rsud-kudus-lra"

INDICATORS = """# LAPORAN KINERJA INSTANSI PEMERINTAH

**DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA CONTOH**

# BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Pengukuran Capaian Indikator Kinerja Tahun 2023

| No | Indikator Kinerja | Satuan | Target | Realisasi | Selisih | Capaian (%) |
|---|---|---|---|---|---|---|
| 1 | Persentase jalan mantap | % | 70 | 63 | -7 | 90,00 |
| 2 | Persentase jembatan kondisi baik | % | 90 | 92 | 2 | 102,22 |
| 3 | Cakupan layanan air minum | % | 80 | 76 | {third} | 95,00 |
| 4 | Persentase drainase berfungsi | % | 60 | 66 | 6 | 110,00 |
"""


def _kudus(tmp_path: Path, old: str, new: str):
    text = (KUDUS / "laporan.md").read_text(encoding="utf-8")
    assert old in text
    (tmp_path / "laporan.md").write_text(text.replace(old, new), encoding="utf-8")
    shutil.copy(KUDUS / "laporan.yaml", tmp_path / "laporan.yaml")
    return audit.run(str(tmp_path / "laporan.md"))


def _gen4(result) -> list:
    return [(f.severity.value, f.row_label, f.actual, f.expected, f.location.cell)
            for f in result.findings if f.rule_id == "GEN004"]


def test_the_real_statement_is_consistent_and_read_as_a_statement():
    """Every Lebih / Kurang of the Kudus statement agrees, revenue and spending each signed its own way: no
    GEN004, no error. The statement itself (revenue, spending, surplus) is read as a revenue-and-spending
    statement (`lra`; before: a coverage gap, DOC001), never as kegiatan (before that: six false errors, the
    revenue added to the spending totals and the negative surplus refused). Its `Lebih / Kurang` column is left
    to GEN004, which still checks it in the read table (the mutations below)."""
    result = audit.run(str(KUDUS / "laporan.md"))
    assert not _gen4(result)
    assert not [f for f in result.findings if f.severity.value == "error"]
    assert result.tables_read == ["lra"] and not result.coverage.unread
    assert not [f for f in result.findings if f.rule_id.startswith("DOC00") and f.rule_id != "DOC010"]


def test_a_wrong_difference_is_found_with_its_value(tmp_path):
    """Belanja Modal: 8,644,075,000 − 58,580,500 = 8,585,494,500, printed 8,585,494,600: an error at that cell,
    said as the table signs spending (Anggaran − Realisasi)."""
    result = _kudus(tmp_path, "| 8,585,494,500 |", "| 8,585,494,600 |")
    assert _gen4(result) == [("error", "5.2.3 Belanja Modal", 8585494600, 8585494500, "E13")]
    finding = next(f for f in result.findings if f.rule_id == "GEN004")
    assert "the difference Anggaran Tahun 2011 − Realisasi = 8,585,494,500" in finding.text("en")
    assert "padahal selisih Anggaran Tahun 2011 − Realisasi = 8.585.494.500" in finding.text("id")


def test_a_sign_against_its_own_section_is_a_warning(tmp_path):
    """Belanja Pegawai (5.2.1) printed as (1,076,856,900), where every other spending row prints anggaran −
    realisasi as positive: a warning at that cell; the revenue rows, signed the other way, are not."""
    result = _kudus(tmp_path, "| 1,076,856,900 |", "| (1,076,856,900) |")
    assert _gen4(result) == [("warning", "5.2.1 Belanja Pegawai", -1076856900, 1076856900, "E11")]


def test_a_selisih_beside_target_and_realisasi_of_a_read_table(tmp_path):
    """An indicator table read as `capaian_indikator` prints `Selisih` (realisasi − target on three rows); no
    kind reads that column, so GEN004 checks it: the row printing 4 for 76 − 80 is opposite to the others."""
    path = tmp_path / "laporan.md"
    (tmp_path / "laporan.yaml").write_text("agency: Dinas Contoh\nyear: 2023\n", encoding="utf-8")
    path.write_text(INDICATORS.format(third="-4"), encoding="utf-8")
    clean = audit.run(str(path))
    assert clean.tables_read == ["capaian_indikator"] and not _gen4(clean)
    path.write_text(INDICATORS.format(third="4"), encoding="utf-8")
    assert _gen4(audit.run(str(path))) == [("warning", "Cakupan layanan air minum %", 4, -4, "F4")]
    path.write_text(INDICATORS.format(third="-5"), encoding="utf-8")
    assert _gen4(audit.run(str(path))) == [("error", "Cakupan layanan air minum %", -5, -4, "F4")]


def test_a_difference_of_percentages(tmp_path):
    """Target 80%, realisasi 76%, `Selisih` printed -7%: a difference of percentages is one too (an error; the
    whole percentages are rounded, so -5% would be within their rounding and is not said)."""
    path = tmp_path / "laporan.md"
    (tmp_path / "laporan.yaml").write_text("agency: Dinas Contoh\nyear: 2023\n", encoding="utf-8")
    path.write_text("# BAB III AKUNTABILITAS KINERJA\n\nTabel 3.1 Pengukuran Capaian Indikator Kinerja Tahun 2023\n\n"
                    "| No | Indikator Kinerja | Target | Realisasi | Selisih | Capaian |\n|---|---|---|---|---|---|\n"
                    "| 1 | Persentase jalan mantap | 70% | 63% | -7% | 90,00% |\n"
                    "| 2 | Persentase jembatan kondisi baik | 90% | 92% | 2% | 102,22% |\n"
                    "| 3 | Cakupan layanan air minum | 80% | 76% | -7% | 95,00% |\n"
                    "| 4 | Persentase drainase berfungsi | 60% | 66% | 6% | 110,00% |\n", encoding="utf-8")
    assert _gen4(audit.run(str(path))) == [("error", "Cakupan layanan air minum", -7, -4, "E4")]


def test_a_change_column_beside_one_header_for_two_years_is_checked_on_every_row():
    """Inspektorat Kabupaten Labuhanbatu Utara's review of its Pemda (TA 2020, tests/wild/labura-kinerja-makro):
    `CAPAIN KINERJA TAHUN N-1`, `... TAHUN N`, `PERUBAHAN %`. Every change is printed as the year's value less 100
    (71,61 − 100 = −28,39 where (71,61 − 71,43) / 71,43 = 0,25%), so no row agrees and no pair could be voted for:
    the headers, one header for two years, say the pair (before: the column was read by no check)."""
    from pathlib import Path

    doc = Path(__file__).resolve().parent / "wild" / "labura-kinerja-makro" / "laporan.md"
    found = {f.row_label: round(f.expected, 2) for f in audit.run(str(doc)).findings if f.rule_id == "GEN004"}
    assert found == {"Indeks Pembangunan Manusia": 0.25, "Angka Kemiskinan": -0.42, "Angka Pengangguran": 16.78,
                     "Pertumbuhan Ekonomi": 0.27, "Pendapatan per Kapita": 3.33, "Ketimpangan Pendapatan": -1.87}


def test_an_amended_budget_is_no_change_column():
    """`Anggaran / Perubahan` (the amended budget, an amount) is no growth column: only a percentage headed
    `Perubahan` alone is a change."""
    from audit.document.model import DocCell, DocTable
    from audit.document.structure import read
    from audit.rules.kinds.generic_difference import growth_candidates

    def row(*texts):
        return [DocCell(t) for t in texts]

    table = DocTable(1, [row("Program", "Anggaran Murni", "Anggaran Perubahan", "Perubahan (%)"),
                         row("Program A", "1.000.000", "1.100.000", "10,00"),
                         row("Program B", "2.000.000", "2.000.000", "0,00")])
    printed = read(table)
    assert growth_candidates(printed) == [3]
