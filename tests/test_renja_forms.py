"""The quarterly realisation form of the Renja (Permendagri 86/2017, `Realisasi Kinerja Pada Triwulan I - IV`) as a
kota's offices print it (tests/real/tangsel-*, Kota Tangerang Selatan 2023): programme, kegiatan and sub kegiatan
rows alike, without codes or indents, each naming its indicator, `K` (the indicator's figure) and `Rp` per quarter,
a page's last programme going on in the next page's table. No kind reads it; the generic sums must read its two
levels and leave its indicators' figures unsummed.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import audit

REAL = Path(__file__).parent / "real"


@pytest.mark.parametrize("name", ["tangsel-ciputat-2023", "tangsel-pamulang-2023", "tangsel-disperindag-2023"])
def test_a_real_renja_form_gives_no_false_sum(name):
    """Before: 6 GEN001 errors and 3 warnings on these pages: a kegiatan added with its own sub kegiatan (the
    children exactly twice the programme), a programme on a page's last row whose kegiatan are on the next page
    (children 0), indicator counts (`K`) of different measures added up."""
    result = audit.run(str(REAL / name / "laporan.pdf"))
    assert not [f for f in result.findings if f.rule_id == "GEN001"]
    # a file of tables alone: one note that no chapter was looked for (before: six DOC010 warnings)
    assert [(f.rule_id, f.severity.value) for f in result.findings if f.rule_id == "DOC010"] == [("DOC010", "info")]


FORM = """# REALISASI KINERJA PADA TRIWULAN I - IV TAHUN 2023

| Urusan/Program/Kegiatan | Indikator Kinerja Kegiatan (Output) | TW I K | TW I Rp | TW II K | TW II Rp |
|---|---|---|---|---|---|
| PROGRAM PEMBERDAYAAN MASYARAKAT KELURAHAN | Persentase KK yang terlibat |  | 185.986.650 |  | 246.562.180 |
| Peningkatan Partisipasi Masyarakat | Jumlah Lembaga yang Berpartisipasi | 0 | 128.031.650 | {k} | 188.607.180 |
| Pemberdayaan Lembaga Kemasyarakatan | Jumlah Lembaga yang Diberdayakan | 2 | 128.031.650 | 3 | 188.607.180 |
| Pembangunan Sarana Kelurahan | Jumlah Sarana yang Dibangun | 0 | 57.955.000 | 1 | 57.955.000 |
| Pembangunan Jalan Lingkungan | Jumlah Ruas Jalan Lingkungan yang Dibangun | 1 | {sub} | 1 | 55.400.000 |
| Pemeliharaan Drainase Lingkungan | Jumlah Saluran Drainase yang Dipelihara | 0 | 2.555.000 | 0 | 2.555.000 |
| PROGRAM URUSAN PEMERINTAHAN UMUM | Persentase pelayanan sesuai wewenang |  | 98.737.382 |  | 107.396.200 |
| Pelaksanaan Urusan Pemerintahan Umum | Jumlah Laporan Pelaksanaan | 0 | 98.737.382 | 0 | 107.396.200 |
| Koordinasi Penyelenggaraan Kegiatan Pemerintahan | Jumlah Laporan Koordinasi | 3 | 83.850.950 | 4 | 92.509.768 |
| Pembinaan Wawasan Kebangsaan | Jumlah Peserta Pembinaan | 5 | 14.886.432 | 6 | 14.886.432 |
"""


def _run(tmp_path: Path, sub: str = "55.400.000", k: str = "0"):
    (tmp_path / "laporan.yaml").write_text("agency: Kecamatan Contoh\nregion: Kota Contoh\nyear: 2023\n",
                                           encoding="utf-8")
    path = tmp_path / "laporan.md"
    path.write_text(FORM.format(sub=sub, k=k), encoding="utf-8")
    return [(f.rule_id, f.severity.value, f.location.cell, f.actual, f.expected)
            for f in audit.run(str(path)).findings if f.rule_id.startswith("GEN")]


def test_two_levels_printed_alike_add_up_level_by_level(tmp_path):
    """The programme is the sum of its kegiatan, each kegiatan of its sub kegiatan (our figures, the layout of
    tests/real/tangsel-ciputat-2023): nothing to say. The `K` columns count each row's own indicator: a
    kegiatan's 7 beside its sub kegiatan's 3 is no sum to hold."""
    assert _run(tmp_path) == []
    assert _run(tmp_path, k="7") == []


def test_a_misprinted_sub_kegiatan_is_found_at_its_kegiatan(tmp_path):
    """`Pembangunan Jalan Lingkungan` printed 45.400.000 for 55.400.000: its kegiatan (57.955.000) is no longer
    the sum of its rows (47.955.000), while the programme still is its kegiatan's: the error is said there, not
    at the programme as twice its children."""
    assert _run(tmp_path, sub="45.400.000") == [("GEN001", "error", "D5", 57955000.0, 47955000.0)]


def test_numbered_kegiatan_are_one_level(tmp_path):
    """Kegiatan numbered on (`15`, `16`) are siblings, whatever their figures: a programme leaving one out is the
    programme's error (the layout of a Jawa Barat badan's comparison of two years, `LKIP 2016 DPM-Desa` of
    docs/accuracy.md "Real PDFs", no kind reading it; our figures). Two levels are read only from rows printed
    alike; before, kegiatan 16 was read as a row of kegiatan 15 and the error said there."""
    (tmp_path / "laporan.yaml").write_text("agency: Badan Contoh\nyear: 2016\n", encoding="utf-8")
    path = tmp_path / "laporan.md"
    rows = [("VII", "Program Pengembangan Sistem Informasi Desa", "300.000.000", "345.000.000"),
            ("12", "Penyusunan Dokumen Rencana", "100.000.000", "95.000.000"),
            ("13", "Evaluasi Bantuan Keuangan Desa", "200.000.000", "250.000.000"),
            ("VIII", "Program Peningkatan Kapasitas Kelembagaan", "700.000.000", "900.000.000"),
            ("14", "Pemberdayaan Masyarakat Desa Adat", "310.000.000", "250.000.000"),
            ("15", "Peningkatan Partisipasi Masyarakat", "390.000.000", "650.000.000"),
            ("16", "Pembinaan Ekonomi Masyarakat Miskin", "310.000.000", "-"),
            ("IX", "Program Pengembangan Ekonomi Desa", "250.000.000", "400.000.000"),
            ("17", "Penguatan Lembaga Perekonomian Desa", "100.000.000", "150.000.000"),
            ("18", "Gerai Produk Desa", "150.000.000", "250.000.000")]
    path.write_text("# LAPORAN KINERJA BADAN CONTOH TAHUN 2016\n\n## BAB III\n\n"
                    "Tabel 3.9 Perbandingan Realisasi Keuangan per Kegiatan\n\n"
                    "| No | Program / Kegiatan | Realisasi (Rp) 2015 | Realisasi (Rp) 2016 |\n|---|---|---|---|\n"
                    + "".join(f"| {' | '.join(r)} |\n" for r in rows), encoding="utf-8")
    result = audit.run(str(path))
    assert result.tables_read == []
    found = [(f.rule_id, f.location.cell, f.expected) for f in result.findings if f.rule_id == "GEN001"]
    assert found == [("GEN001", "C5", 1010000000.0)]
