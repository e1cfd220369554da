"""The quarterly realisation form of the Renja (Permendagri 86/2017, `Realisasi Kinerja Pada Triwulan I - IV`) as a
kota's offices print it (tests/real/tangsel-*, Kota Tangerang Selatan 2023): an office's or a kecamatan's row in
capitals over its programmes, programme, kegiatan and sub kegiatan rows alike, without codes or indents, each naming
its indicator, `K` (the indicator's figure) and `Rp` per quarter under `I` ... `IV`, the header printed once over
pages whose column lines differ. No kind reads it; the generic sums must read it as one table, its units over their
programmes and its two alike levels, and leave its indicators' figures unsummed.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import audit
import audit.document.report
from audit.document import read_document

REAL = Path(__file__).parent / "real"
WHOLE = REAL / "tangsel-kewilayahan1-2023" / "laporan.pdf"


@pytest.mark.parametrize("name", ["tangsel-pamulang-2023", "tangsel-disperindag-2023", "tangsel-dp3ap2kb-2023"])
def test_a_real_renja_form_gives_no_false_sum(name):
    """Before: 6 GEN001 errors and 3 warnings on these pages: a kegiatan added with its own sub kegiatan (the
    children exactly twice the programme), a programme on a page's last row whose kegiatan are on the next page
    (children 0), indicator counts (`K`) of different measures added up. The whole DP3AP2KB form (twelve pages): a
    sub kegiatan's second indicator on a row of its own, `Jumlah sektor yang menyepakati ...` in bold in the
    indicator column among many rows left empty, is no total (it had held the dinas' second row to one programme)."""
    result = audit.run(str(REAL / name / "laporan.pdf"))
    assert not [f for f in result.findings if f.rule_id == "GEN001"]
    # a file of tables alone: one note that no chapter was looked for (before: six DOC010 warnings)
    assert [(f.rule_id, f.severity.value) for f in result.findings if f.rule_id == "DOC010"] == [("DOC010", "info")]


def _sums(result) -> list[tuple]:
    return [(f.location.cell, f.location.page, f.actual, f.expected) for f in result.findings if f.rule_id == "GEN001"]


def test_a_whole_form_is_one_table_and_its_sums_are_checked():
    """Ten pages, one printed table (before: eight, the header on the first only, the rest unread and their
    families cut at each page). The page's column lines differ (a cell's padding drawn as lines of its own: 33
    grid columns on the first page, 15 or 13 on the others, 11 printed); `K` and `Rp` stand under the column
    numbers. What the form says wrong, and only that: Kecamatan Pamulang's kegiatan
    `Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah` prints 24.817.500 (TW I) and 53.607.500
    (TW II) over sub kegiatan adding up to 12.677.500 and 65.747.500, while its programme is its kegiatan's sum.
    The kecamatan rows (`KECAMATAN PAMULANG`) add up their programmes; no `K` figure is added."""
    result = audit.run(str(WHOLE))
    assert result.coverage.tables_found == 1
    assert _sums(result) == [("F117", 7, 24817500.0, 12677500.0), ("L117", 7, 53607500.0, 65747500.0)]
    assert {f.column for f in result.findings if f.rule_id == "GEN001"} == {"Rp"}


def _planted(monkeypatch, label: str, printed: str, text: str):
    """The whole form with one figure printed otherwise (in the first row whose label starts so, its first cell
    printing `printed`): a slip a reviewer plants to see it found."""
    doc = read_document(WHOLE)
    table = doc.tables[0]
    row = next(r for r in table.rows if r[0].text.startswith(label))
    next(c for c in row if c.text == printed).text = text
    monkeypatch.setattr(audit.document.report, "read_document", lambda path, limits=None: doc)
    return _sums(audit.run(str(WHOLE)))


def test_a_sub_kegiatan_slip_on_a_later_page_is_found_at_its_kegiatan(monkeypatch):
    """`Peningkatan Kapasitas Lembaga Kemasyarakatan` (page 3, under `Pemberdayaan Lembaga Kemasyarakatan Tingkat
    Kecamatan`, 57.955.000 in TW I) printed 65.400.000 for 55.400.000: said at its kegiatan, on its own page, and
    nowhere else (its programme is still its kegiatan's sum)."""
    found = _planted(monkeypatch, "Peningkatan Kapasitas Lembaga", "55.400.000", "65.400.000")
    assert found == [("F50", 3, 57955000.0, 67955000.0), ("F117", 7, 24817500.0, 12677500.0),
                     ("L117", 7, 53607500.0, 65747500.0)]


def test_a_kecamatan_total_slip_is_found_against_its_programmes(monkeypatch):
    """The kecamatan's own row is the sum of its programmes (the form's first row, `KECAMATAN CIPUTAT`, TW II)."""
    found = _planted(monkeypatch, "KECAMATAN CIPUTAT", "8.393.024.418", "9.999.999")
    assert [f[:3] for f in found if f[1] == 1] == [("L6", 1, 9999999.0)]


def test_a_cell_found_in_two_boxes_is_read_once():
    """A spreadsheet error printed in a tall cell whose padding Word draws as lines of its own: pdfplumber gives
    each glyph in two boxes, the cell's and one inside it (before: four GEN005 errors on Dinas Perhubungan's first
    page, two of them in a row of their own). Every `#REF!` the seven pages print is said once, in its column."""
    result = audit.run(str(REAL / "tangsel-dishub-2023" / "laporan.pdf"))
    errors = sorted((f.location.page, f.location.cell) for f in result.findings if f.rule_id == "GEN005")
    assert errors == [(1, "C14"), (1, "I14"), (3, "C48"), (3, "C50"), (3, "C58"), (3, "C63"),
                      (3, "I48"), (3, "I50"), (3, "I53"), (3, "I58"), (3, "I63")]
    assert not [f for f in result.findings if f.rule_id == "GEN001"]
    assert result.coverage.tables_found == 1


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
    """The programme is the sum of its kegiatan, each kegiatan of its sub kegiatan (our figures, the layout of page
    3 of tests/real/tangsel-kewilayahan1-2023): nothing to say. The `K` columns count each row's own indicator: a
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


#: the header as printed: spans over two rows, the column numbers, then `K` and `Rp` under them
HEADER = ("<tr><td rowspan=\"2\">Urusan/Bidang Urusan/Program/Kegiatan</td>"
          "<td rowspan=\"2\">Indikator Kinerja Program (Outcome)/Indikator Kinerja Kegiatan (Output)</td>"
          "<td colspan=\"4\">Realisasi Kinerja Pada Triwulan I - IV Tahun 2023</td>"
          "<td rowspan=\"2\">Perangkat Daerah Penanggung Jawab</td></tr>\n"
          "<tr><td colspan=\"2\">I</td><td colspan=\"2\">II</td></tr>\n"
          "<tr><td>2</td><td>3</td><td colspan=\"2\">7</td><td colspan=\"2\">8</td><td>14</td></tr>\n"
          "<tr><td></td><td></td><td>K</td><td>Rp</td><td>K</td><td>Rp</td><td></td></tr>\n")
ROWS = [
    ("KECAMATAN CONTOH", "", "", "284.724.032", "", "{total}"),
    ("PROGRAM PEMBERDAYAAN MASYARAKAT KELURAHAN", "Persentase KK yang terlibat", "10,5%", "185.986.650", "12,0%",
     "246.562.180"),
    ("Peningkatan Partisipasi Masyarakat", "Jumlah Lembaga yang Berpartisipasi", "0", "128.031.650", "7",
     "188.607.180"),
    ("Kegiatan Pemberdayaan Kelurahan", "Jumlah Lembaga yang Diberdayakan", "2", "128.031.650", "3", "188.607.180"),
    ("Pembangunan Sarana Kelurahan", "Jumlah Sarana yang Dibangun", "0", "57.955.000", "1", "57.955.000"),
    ("Pembangunan Jalan Lingkungan", "Jumlah Ruas Jalan Lingkungan yang Dibangun", "1", "55.400.000", "1",
     "55.400.000"),
    ("Pemeliharaan Drainase Lingkungan", "Jumlah Saluran Drainase yang Dipelihara", "0", "2.555.000", "0",
     "2.555.000"),
    ("PROGRAM URUSAN PEMERINTAHAN UMUM", "Persentase pelayanan sesuai wewenang", "25%", "98.737.382", "50%",
     "107.396.200"),
    ("Pelaksanaan Urusan Pemerintahan Umum", "Jumlah Laporan Pelaksanaan", "0", "98.737.382", "0", "107.396.200"),
    ("Koordinasi Penyelenggaraan Kegiatan Pemerintahan", "Jumlah Laporan Koordinasi", "3", "83.850.950", "4",
     "92.509.768"),
    ("Pembinaan Wawasan Kebangsaan", "Jumlah Peserta Pembinaan", "5", "14.886.432", "6", "14.886.432"),
]


def _headed(total: str) -> str:
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "<td>Kec. Contoh</td></tr>\n" for row in ROWS)
    return ("# REALISASI KINERJA PADA TRIWULAN I - IV TAHUN 2023\n\n<table>\n" + HEADER
            + body.replace("{total}", total) + "</table>\n")


def test_the_forms_header_and_units_read_in_a_converted_document(tmp_path):
    """The header as the Tangerang Selatan forms print it (tests/real/tangsel-kewilayahan1-2023), converted to
    HTML: the quarters `I`, `II` under `... Triwulan I - IV Tahun 2023`, the column numbers, then `K` and `Rp` under
    them (before: `K Rp` read as the first row of figures, every column headed by its group alone and none added
    up, the year in the header taking every column for a year's). A sub kegiatan named `Kegiatan Pemberdayaan
    Kelurahan` is no kegiatan; the kecamatan's row adds up its programmes; `K` (10,5% beside 0 and 2) is never
    added. Our figures, the layout's rows."""
    (tmp_path / "laporan.yaml").write_text("agency: Kecamatan Contoh\nregion: Kota Contoh\nyear: 2023\n",
                                           encoding="utf-8")
    path = tmp_path / "laporan.md"
    path.write_text(_headed("353.958.380"), encoding="utf-8")
    assert _sums(audit.run(str(path))) == []
    path.write_text(_headed("363.958.380"), encoding="utf-8")
    result = audit.run(str(path))
    assert _sums(result) == [("F5", None, 363958380.0, 353958380.0)]
    assert [f.column for f in result.findings if f.rule_id == "GEN001"] == [
        "Realisasi Kinerja Pada Triwulan I - IV Tahun 2023 / II / Rp"]


def test_a_label_wrapped_into_two_columns_does_not_cut_the_table(tmp_path):
    """A label's last line standing alone in two columns (`PPPK | PPPK`, the end of `... Calon ASN dan PPPK` in
    the label and the indicator columns: Kota Tangerang Selatan's BKPSDM form, page 3) is no header of a second
    table, though `PPPK` heads a staff table's column: the table stays one, and the family after it is checked."""
    (tmp_path / "laporan.yaml").write_text("agency: Kecamatan Contoh\nregion: Kota Contoh\nyear: 2023\n",
                                           encoding="utf-8")
    path = tmp_path / "laporan.md"
    wrapped = "<tr><td>PPPK</td><td>PPPK</td><td></td><td></td><td></td><td></td><td></td></tr>\n"
    text = _headed("353.958.380").replace("<tr><td>PROGRAM URUSAN", wrapped + "<tr><td>PROGRAM URUSAN")
    path.write_text(text.replace("83.850.950</td><td>4", "93.850.950</td><td>4"), encoding="utf-8")
    result = audit.run(str(path))
    assert result.coverage.tables_found == 1
    assert [f[:2] for f in _sums(result)] == [("D14", None)]  # the kegiatan over the slip
