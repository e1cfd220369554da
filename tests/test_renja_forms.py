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
