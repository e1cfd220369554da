"""Real LKIP pages as their agencies' PDFs print them (tests/real/README.md: source, pages, what they print).

The PDFs the other tests render are drawn by our own code; these are Word exports of real reports, with their
rules, fonts, justified prose and running titles. Asserted: what a reviewer would see differently if the reader
went wrong on them (a table read twice, prose counted as a table, a band read as a capaian).
"""
from __future__ import annotations

from pathlib import Path

import pytest

import audit
from audit.api import read

REAL = Path(__file__).resolve().parent / "real"


@pytest.fixture(scope="module")
def distan():
    path = REAL / "distan-jabar-2016" / "laporan.pdf"
    return read(path), audit.run(str(path))


def test_a_table_continued_under_a_numbered_running_title_is_read_once(distan):
    """Page 51 repeats the header under `50LKIP Dinas Pertanian ... 2016`, the running title with its page number:
    one table of the kegiatan of both pages, numbered on, not a second table numbered again."""
    report, result = distan
    table = report.tables["realisasi_kegiatan"]
    kegiatan = table.values[table.values["level"] == "kegiatan"]
    assert len(kegiatan) == 59  # 01-24 on page 50, 25-59 on page 51
    assert kegiatan["id"].is_unique
    assert "Pengembangan Agribisnis Buah-buahan" in set(kegiatan["uraian"])  # the last row of page 51
    assert not [f for f in result.findings if f.rule_id.startswith("SCHEMA")]


def test_a_justified_paragraph_quoting_amounts_is_no_table(distan):
    """The paragraph above the table spreads its words past a column's gap; it quotes amounts but is prose: the
    pages print one table, read whole."""
    _, result = distan
    assert (result.coverage.tables_found, result.coverage.tables_read) == (1, 1)
    assert not [f for f in result.findings if f.rule_id == "DOC001"]


def test_totals_the_pages_do_not_print_are_said_unfound_not_corrected(distan):
    """`total anggaran sebesar Rp.215.596.701.335` (the whole budget) is in no table of these pages: a warning
    that says where it looked, never an error proposing a programme's budget as the right amount."""
    _, result = distan
    claims = [f for f in result.findings if f.rule_id in ("CLAIM001", "CLAIM002")]
    assert claims and all(f.severity.value == "warning" and f.expected is None for f in claims)
    assert "Rp.215.596.701.335" in {f.actual for f in claims}


def test_a_band_column_headed_capaian_is_not_the_capaian():
    """`%` prints the capaian and `Cap aian` beside it the band it earns (`SB`, `B`): the capaian is read from the
    figures, and the one error is true: Susu's realisation printed with a decimal comma (352,390 is 352,39 ton),
    while its capaian 131,10 is 352.390 / 268.797."""
    path = REAL / "disnak-jabar-2016" / "laporan.pdf"
    table = read(path).tables["capaian_indikator"]
    capaian = table.values["capaian"].dropna()
    assert len(capaian) >= 10 and capaian.between(40, 160).all()
    errors = [f for f in audit.run(str(path)).findings if f.severity.value == "error"]
    assert [(f.rule_id, f.row_label) for f in errors] == [("RATIO012", "1.1 Jumlah produksi yang dihasilkan: Susu")]


@pytest.mark.parametrize("printed,title", [
    ("50LKIP Dinas Pertanian Tanaman Pangan Provinsi Jawa Barat 2016",
     "LKIP Dinas Pertanian Tanaman Pangan Provinsi Jawa Barat"),  # the page number glued before it
    ("Laporan Kinerja 2023 | 12", "Laporan Kinerja 2023"),
    ("II-3 LKjIP Kecamatan Jatiroto", "LKjIP Kecamatan Jatiroto"),  # a chapter's page
    ("16 | LK IP R S J P rov J ABAR", "LK IP R S J P rov J ABAR"),
    ("Tabel 12", "Tabel 12"),  # too short without its number to be a title: a caption stays itself
    ("Sumber: data diolah", "Sumber: data diolah"),
])
def test_a_running_title_is_the_same_on_every_page_without_its_page_number(printed, title):
    from audit.document.pdf import _title

    assert _title(printed) == title


# A report prints its indicators in the Ikhtisar Eksekutif and again per sasaran in BAB III (the layout of the
# Disnakertrans LKIP of the same source, pages 2 and 26: `No. | Sasaran | Indikator | Target | Realisasi | Capaian`):
# the second printing is the first read again, not a second indicator of that name.
REPEATED = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2016

Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Barat

## IKHTISAR EKSEKUTIF

Capaian kinerja sasaran strategis Tahun 2016 secara ringkas diuraikan sebagai berikut:

| No. | Sasaran | Indikator Kinerja | Target | Realisasi | Capaian |
|---|---|---|---|---|---|
| 1. | Meningkatnya kualitas tenaga kerja | Persentase pencari kerja terdaftar yang memiliki sertifikat kompetensi | 0,84 | 0,53 | 63,10 |
| | | Jumlah LPK yang terakreditasi | 30 | 21 | 70,00 |

## BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Target dan Realisasi Tahun 2016

| No. | Sasaran | Indikator Kinerja | Target | Realisasi | Capaian |
|---|---|---|---|---|---|
| 1. | Meningkatnya kualitas tenaga kerja | Persentase pencari kerja terdaftar yang memiliki sertifikat kompetensi | 0,84 | 0,53 | 63,10 |
| | | Persentase pencari kerja terdaftar yang memiliki sertifikat pelatihan | 6,74 | 3,93 | 58,31 |
| | | Jumlah LPK yang terakreditasi | 30 | 21 | 70,00 |
"""  # noqa: E501 - a table row is one line, as the documents print it


def test_an_indicator_printed_again_with_its_figures_is_read_once(tmp_path):
    path = tmp_path / "laporan.md"
    path.write_text(REPEATED, encoding="utf-8")
    report = read(path)
    indicators = list(report.tables["capaian_indikator"].values["indikator"])
    assert len(indicators) == 3 and len(set(indicators)) == 3  # the two of the summary, and the new one
    assert not [f for f in audit.run(str(path)).findings if f.rule_id == "SCHEMA001"]
    entry = next(e for e in report.document.log if e.status == "read" and "repeated" in e.detail)
    assert (entry.rows, entry.detail) == (1, "2 repeated Tabel #1")


def test_an_indicator_printed_again_with_other_figures_stays_a_duplicate(tmp_path):
    """Two readings of one indicator that disagree are both kept: the report contradicts itself, and the second is
    said a repeat of the first, naming where the first is printed."""
    head, _, last = REPEATED.rpartition("| 30 | 21 | 70,00 |")
    path = tmp_path / "laporan.md"
    path.write_text(head + "| 30 | 24 | 80,00 |" + last, encoding="utf-8")
    found = [f for f in audit.run(str(path)).findings if f.rule_id == "SCHEMA001"]
    assert [f.row_label for f in found] == ["Jumlah LPK yang terakreditasi"]
    assert found[0].related and found[0].related[0].line < found[0].location.line


# The RS Jiwa's `Tabel 6 Perbandingan target dan realisasi indikator` (its LKIP 2016 of the same source, page 16):
# `Target` and `Capaian` under each year, then `% Capaian kinerja`.
RSJ = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2016

Rumah Sakit Jiwa Provinsi Jawa Barat

Tabel 6 Perbandingan target dan realisasi indikator

<table>
<tr><th rowspan="2">INDIKATOR SASARAN</th><th colspan="2">Capaian Tahun 2015</th><th colspan="2">Capaian tahun 2016</th><th rowspan="2">% Capaian kinerja</th></tr>
<tr><th>Target</th><th>Capaian</th><th>Target</th><th>Capaian</th></tr>
<tr><td>Persentase peningkatan cakupan pelayanan</td><td>10 %</td><td>70,89%</td><td>10 %</td><td>100%</td><td>22,9%</td></tr>
<tr><td>Persentase Pasien Relaps</td><td>70%</td><td>100%</td><td>60%</td><td>100%</td><td>100%</td></tr>
<tr><td>BOR (Bed Occupancy Rate)</td><td>78 %</td><td>70,89</td><td>80%</td><td>88,61%</td><td>70,89%</td></tr>
</table>
"""  # noqa: E501 - a table row is one line, as the documents print it


def test_a_percent_capaian_header_is_no_realisation(tmp_path):
    """`% Capaian kinerja` names a capaian in percent, although `Capaian Kinerja` alone names a realised value in
    a table over years: read as the realisation, every row's capaian was recomputed from it (18 false RATIO013
    errors on the report)."""
    path = tmp_path / "laporan.md"
    path.write_text(RSJ, encoding="utf-8")
    table = read(path).tables["kinerja_tahunan"]
    assert "realisasi" not in table.values.columns or table.values["realisasi"].isna().all()
    assert not [f for f in audit.run(str(path)).findings if f.severity.value == "error"]


def test_indicators_left_in_one_ruled_row_are_read_row_by_row():
    """`Tabel 4` frames each sasaran with its indicators in one ruled row, no line between them: the eleven
    production indicators of the first sasaran were one cell per column (`12.540.550 *) 1.630.238 *) ...`, a false
    PARSE001 error each); they are read from the words' lines, each with its realisation and capaian."""
    path = REAL / "distan-jabar-2016-tabel4" / "laporan.pdf"
    table = read(path).tables["capaian_indikator"].values
    padi = table[table["indikator"].str.contains("produksi padi", case=False, na=False)]
    assert list(zip(padi["realisasi"], padi["capaian"])) == [(12_540_550.0, 101.81)]
    assert table["indikator"].str.contains("Jumlah produksi", case=False, na=False).sum() == 10
    unread = [f.actual for f in audit.run(str(path)).findings if f.rule_id == "PARSE001"]
    assert not [a for a in unread if any(ch.isdigit() for ch in str(a))]  # only the dashes of a group left whole


TARGETS_THEN_REALISATION = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2016

Dinas Pertanian Tanaman Pangan Provinsi Jawa Barat

Tabel 3. Target Indikator Kinerja Tahun 2016

| Indikator Kinerja | Satuan | Target |
|---|---|---|
| Jumlah produksi buah-buahan | Ton | 2.884.752 |
| Jumlah produksi tanaman obat | Ton | 92.711 |

Tabel 4. Perbandingan Target dan Realisasi Indikator Kinerja

| Indikator Kinerja | Satuan | Realisasi 2016 | % |
|---|---|---|---|
| Jumlah produksi buah-buahan | Ton | 2.166.294 | 75,09 |
| Jumlah produksi tanaman obat | Ton | 100.569 | 118,48 |
"""


def test_an_indicator_whose_realisation_a_later_table_prints_is_checked_against_its_target(tmp_path):
    """The DISTAN report prints its indicators' targets in one table (the IKU's, continued on page 20, read as
    indicators with targets) and their realisation in the next (page 21): one indicator, read once, its target
    from the first table and its realisation and capaian from the second, each cell located where it is printed.
    100.569 / 92.711 is 108,48%: the 118,48 printed is found at its own cell."""
    path = tmp_path / "laporan.md"
    path.write_text(TARGETS_THEN_REALISATION, encoding="utf-8")
    table = read(path).tables["capaian_indikator"]
    assert len(table) == 2 and list(table.values["target"]) == [2_884_752.0, 92_711.0]
    found = [f for f in audit.run(str(path)).findings if f.severity.value == "error"]
    assert [(f.rule_id, f.row_label, f.column, f.expected) for f in found] == [
        ("RATIO012", "Jumlah produksi tanaman obat", "capaian", pytest.approx(100_569 / 92_711 * 100))]
    assert found[0].location.sheet == "Tabel #2" and found[0].location.line == _line(path, "| 118,48 |")
    assert {(r.sheet, r.line) for r in found[0].related} == {("Tabel #2", _line(path, "| 118,48 |")),
                                                             ("Tabel #1", _line(path, "| 92.711 |"))}


def _line(path: Path, needle: str) -> int:
    return next(i for i, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in text)


def test_a_table_of_a_kind_with_no_body_row_is_still_one_read(tmp_path):
    """A header and its column numbers, no row (a chapter of a real LKIP printed the table's head at a page's
    foot): read, with nothing to check, not a failure of the reader."""
    path = tmp_path / "laporan.md"
    path.write_text("# LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2016\n\nDinas Contoh Provinsi Jawa Barat\n\n"
                    "Tabel 2.1 Pengukuran Kinerja\n\n| No | Indikator Kinerja | Target | Realisasi | Capaian |\n"
                    "|---|---|---|---|---|\n| (1) | (2) | (3) | (4) | (5) |\n", encoding="utf-8")
    result = audit.run(str(path))
    assert result.coverage.tables_found == 1 and not [f for f in result.findings if f.severity.value == "error"]


# The Disnak's `Tabel 6` (page 19-20 of its LKIP): the same items counted under two indicators.
SUBITEMS = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2016

Dinas Peternakan Provinsi Jawa Barat

Tabel 6. Pengukuran Capaian Indikator Kinerja Tahun 2016

| No | Indikator Kinerja | Satuan | Target | Realisasi | % |
|---|---|---|---|---|---|
| 1.1 | Jumlah produksi yang dihasilkan : | | | | |
| | - Daging | Ton | 768.495 | 992.770 | 129,18 |
| | - Telur | Ton | 217.235 | 253.712 | 116,79 |
| 2.1 | Prosentase produk peternakan yang sesuai SNI : | | | | |
| | - Daging | % | 65 | 87 | 133,85 |
| | - Telur | % | 65 | 83 | 127,69 |
"""


def test_items_listed_under_an_indicator_are_named_with_it(tmp_path):
    """`- Telur` counted under production and again under SNI compliance are two indicators (before: one name
    twice, a false SCHEMA001 error each): each item's label says what it is an item of."""
    path = tmp_path / "laporan.md"
    path.write_text(SUBITEMS, encoding="utf-8")
    names = list(read(path).tables["capaian_indikator"].values["indikator"].dropna())
    assert "Jumlah produksi yang dihasilkan: Telur" in names
    assert "Prosentase produk peternakan yang sesuai SNI: Telur" in names
    assert not [f for f in audit.run(str(path)).findings if f.severity.value == "error"]


# The Disbun's budget tables per source of funds (its LKIP 2016 of the same source, pages 38-39: `TUGAS
# PEMBANTUAN`, then `DEKONSENTRASI`), each numbering its programmes and kegiatan from 1.
TWO_SOURCES = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2016

Dinas Perkebunan Provinsi Jawa Barat

Tabel 3.8 Realisasi Anggaran Dana Tugas Pembantuan (TP)

| No | Program / Kegiatan | Anggaran (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 1 | Program Peningkatan Produksi Tanaman Perkebunan | 500.000.000 | 450.000.000 | 90,00 |
| | 1) Kegiatan Pengembangan Tanaman Tahunan | 300.000.000 | 280.000.000 | 93,33 |
| | 2) Kegiatan Dukungan Perlindungan Perkebunan | 200.000.000 | 170.000.000 | 85,00 |

Tabel 3.9 Realisasi Anggaran Dana Dekonsentrasi (DK)

| No | Program / Kegiatan | Anggaran (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 1 | Program Peningkatan Produksi Tanaman Perkebunan | 400.000.000 | 380.000.000 | 95,00 |
| | 1) Kegiatan Dukungan Perlindungan Perkebunan | 250.000.000 | 240.000.000 | 96,00 |
| | 2) Kegiatan Dukungan Manajemen | 150.000.000 | 140.000.000 | 93,33 |
"""


def test_two_budget_tables_numbering_alike_keep_their_rows_apart(tmp_path):
    """The reader's ids start again in the second table: before, programme `1` and kegiatan `1.1` twice (six false
    SCHEMA001 errors) and each programme summed with the other table's kegiatan (four false SUM031 errors)."""
    path = tmp_path / "laporan.md"
    path.write_text(TWO_SOURCES, encoding="utf-8")
    assert not [f for f in audit.run(str(path)).findings if f.severity.value == "error"]
    wrong = tmp_path / "salah.md"
    wrong.write_text(TWO_SOURCES.replace("Perkebunan | 400.000.000", "Perkebunan | 410.000.000"), encoding="utf-8")
    sums = [f for f in audit.run(str(wrong)).findings if f.rule_id == "SUM031"]
    assert [(f.location.sheet, f.expected) for f in sums] == [("Tabel #2", 400_000_000)]


# The BPBD's realisation by unit (its LKIP 2016 of the same source, pages 66-68): the unit's total first, then each
# kegiatan beside its programme, the programme printed once over its kegiatan.
BESIDE = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2016

Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat

Realisasi anggaran/keuangan berdasarkan unit kerja Badan Penanggulangan Bencana Daerah Provinsi Jawa Barat

<table>
<tr><th>UNIT KERJA</th><th>PROGRAM</th><th>KEGIATAN</th><th>ANGGARAN Rp.</th><th>REALISASI Rp.</th><th>Keu %</th></tr>
<tr><td>BPBD PROV JABAR</td><td></td><td></td><td>2.029.050.000,-</td><td>1.771.556.000,-</td><td>87,31</td></tr>
<tr><td rowspan="2">Sekretariat BPBD</td><td>Peningkatan Sistem Pelaporan Dan capaian kinerja keuangan</td>\
<td>Perencanaan, Evaluasi dan Pelaporan Intern BPBD</td><td>164.150.000,-</td><td>163.305.000,-</td><td>99,49</td></tr>
<tr><td></td><td>Pengelolaan Keuangan BPBD</td><td>100.000.000,-</td><td>95.074.000,-</td><td>95,07</td></tr>
<tr><td rowspan="3">Bidang Kedaruratan dan Logistik</td><td rowspan="3">Penanggulangan Bencana Alam dan Perlindungan \
Masyarakat</td><td>Penguatan Kapasitas Kesiapsiagaan</td><td>866.600.000</td><td>860.924.000</td><td>99,35</td></tr>
<tr><td>Pengembangan Forum Kebencanaan</td><td>290.945.000</td><td>285.600.000</td><td>98,16</td></tr>
<tr><td>Pelatihan pemulihan Sarana Pasca Bencana</td><td>607.355.000</td><td>366.653.000</td><td>60,37</td></tr>
</table>
"""


def test_kegiatan_printed_beside_their_programme_are_kegiatan(tmp_path):
    """`PROGRAM | KEGIATAN` side by side: each row a kegiatan, the unit's first row their total (before: read as
    programmes, the kegiatan column ignored and each row without a programme name a total: 24 false SUM021
    errors on the report)."""
    path = tmp_path / "laporan.md"
    path.write_text(BESIDE, encoding="utf-8")
    table = read(path).tables["realisasi_kegiatan"].values
    assert list(table["level"]) == ["total"] + ["kegiatan"] * 5
    assert table["id"].tolist()[1:] == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    assert not [f for f in audit.run(str(path)).findings if f.severity.value == "error"]
    wrong = tmp_path / "salah.md"
    wrong.write_text(BESIDE.replace("<td>98,16</td>", "<td>89,16</td>"), encoding="utf-8")
    found = [(f.rule_id, f.row_label) for f in audit.run(str(wrong)).findings if f.severity.value == "error"]
    assert found == [("RATIO002", "Pengembangan Forum Kebencanaan")]


def test_numbered_lists_are_no_tables_of_figures():
    """A BAB I lists the laws the report rests on (`4. Undang-undang No. 25 Tahun 2004 ...`, justified lines under
    a hanging indent) and the dinas' duties (`23. Perizinan ...`): prose, with no figure to check and nothing left
    unchecked (before: three tables of figures said unread, DOC001)."""
    result = audit.run(str(REAL / "dishub-jabar-2016-bab1" / "laporan.pdf"))
    assert result.coverage.tables_found == 0
    assert not [f for f in result.findings if f.rule_id == "DOC001"]


def test_a_numbered_list_set_as_a_table_has_no_figures(tmp_path):
    """The same list set as a table of two columns (a converter's rendering): its numbers are list marks, not
    figures, so it is a table of words, not a gap in what was checked."""
    path = tmp_path / "laporan.md"
    path.write_text("# LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2016\n\nDinas Perhubungan Provinsi Jawa Barat\n\n"
                    "| 22. | Pengoperasian alat penimbang kendaraan bermotor di jalan; |\n|---|---|\n"
                    "| 23. | Perizinan penggunaan jalan selain untuk kepentingan lalulintas di jalan Provinsi; |\n"
                    "| 24. | Pelaksanaan penyidikan pelanggaran : |\n"
                    "| a. | Peraturan Daerah Provinsi bidang lalulintas; |\n",
                    encoding="utf-8")
    result = audit.run(str(path))
    assert not [f for f in result.findings if f.rule_id == "DOC001"] and result.coverage.tables_found == 0


def test_a_mapping_hint_never_proposes_a_column_that_is_no_year_as_the_year():
    """The reader's `[columns]` hint for a table it could not read proposed columns of capaian and realisation as the
    year (`"Realisasi" = "tahun"` on a Dishub page, `"Sat" = "tahun"`): a year column holds years, and a header
    naming another column of the kind is no hint for this one."""
    from audit import catalog
    from audit.document.classify import closest
    from audit.document.extract import suggest_mapping
    from audit.document.markdown import parse_markdown

    table = parse_markdown("Tabel 3.2 Perbandingan Target dan Realisasi Indikator Kinerja\n\n"
                           "| Indikator Kinerja | Target | Realisasi | Nilai |\n|---|---|---|---|\n"
                           "| Persentase jalan mantap | 85 | 87 | 102,35 |\n"
                           "| Persentase terminal laik | 90 | 92 | 102,22 |\n").tables[0]
    near = closest(table, {"kinerja_tahunan": catalog.tables()["kinerja_tahunan"]}, None, None)
    assert near is not None and ("Nilai", "tahun") not in suggest_mapping(near, table)


def test_a_piece_of_a_table_holding_one_figure_is_no_table(tmp_path):
    """The Dinkes' page 34 (its LKIP 2016 of the same source) left eight frames holding one figure each (a row's
    number, `4`, cut out of its table by the rules): no table of figures to read, so no gap to report (before:
    eight DOC001 warnings on the page)."""
    path = tmp_path / "laporan.md"
    path.write_text("# LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2016\n\nDinas Kesehatan Provinsi Jawa Barat\n\n"
                    "| | 4 |\n|---|---|\n\nTujuan 3 : Terpenuhinya Sumberdaya Kesehatan.\n", encoding="utf-8")
    result = audit.run(str(path))
    assert result.coverage.tables_found == 0 and not [f for f in result.findings if f.rule_id == "DOC001"]


@pytest.mark.parametrize("title,year", [
    ("PERJANJIAN KINERJA TAHUN 2017", 2017),  # a PK printed on its own (the same source's `static/datapk/`)
    ("LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (LAKIP) TAHUN 2016", 2016),
    ("LKIP 2016 DPM-Desa Provinsi Jawa Barat", 2016),
])
def test_the_year_is_read_from_the_title_a_report_or_agreement_prints(tmp_path, title, year):
    """Forty real PK documents of the same source stopped at `tahun laporan tidak ditemukan` (their title says
    `PERJANJIAN KINERJA TAHUN 2017`): the year on a report's or an agreement's title is the year it is of."""
    path = tmp_path / "laporan.md"
    path.write_text(f"{title}\n\nDINAS PEMUDA DAN OLAHRAGA PROVINSI JAWA BARAT\n\n| No. | Sasaran Strategis | "
                    "Indikator Kinerja | Target |\n|---|---|---|---|\n| 1 | Meningkatnya pembinaan olahraga | "
                    "Peningkatan prestasi olahraga | 2 Peringkat |\n", encoding="utf-8")
    assert read(path).meta.year == year


DINKES = REAL / "dinkes-jabar-2016" / "laporan.pdf"


def test_a_column_headed_capaian_over_years_is_compared_as_what_its_rows_hold():
    """The Dinkes' comparison with the Renstra prints `CAPAIAN KINERJA` over 2015 and 2016, read as realisation
    (another report's table so headed holds realised values): its rows equal the yearly tables' capaian (115,5 for
    115,46%, 143,63, 100 and 100), not their realisation (92,37, 94,9, 1, 1). They are compared as capaian, and a
    note says so (before: four false MATCH032 errors; on the whole report, 26). The yearly table's own slip stays:
    94,9 / 66,7 is 142,28%, printed 143,63."""
    found = audit.run(str(DINKES)).findings
    match = [f for f in found if f.rule_id == "MATCH032"]
    assert [(f.severity.value, f.column) for f in match] == [("info", "realisasi")]
    assert "4 dari 4" in match[0].message.render("id") and "capaian" in match[0].message.render("id")
    assert "holds capaian" not in match[0].message.render("en") and "hold capaian" in match[0].message.render("en")
    assert [(f.rule_id, f.row_label) for f in found if f.severity.value == "error"] == [
        ("RATIO013", "Persentase desa siaga aktif (2016)")]


RENSTRA = {
    "kinerja_renstra": """\
        indikator,tahun,target,realisasi
        Persentase desa siaga aktif,2015,,{siaga15}
        Persentase desa siaga aktif,2016,,143.63
        Jumlah dokumen data prioritas,2015,,100
        Jumlah dokumen data prioritas,2016,,100
        """,
    "kinerja_tahunan": """\
        indikator,tahun,target,realisasi,capaian
        Persentase desa siaga aktif,2015,80,92.37,115.46
        Persentase desa siaga aktif,2016,66.07,94.9,143.63
        Jumlah dokumen data prioritas,2015,1,1,100
        Jumlah dokumen data prioritas,2016,1,1,100
        """,
}


@pytest.mark.parametrize("siaga15, errors", [("115.5", []), ("125.5", ["Persentase desa siaga aktif (2015)"]),
                                             ("92.37", ["Persentase desa siaga aktif (2015)"])])
def test_a_capaian_read_as_realisation_still_has_its_slips_found(tmp_path, siaga15, errors):
    """Compared as capaian, a row that equals neither the other table's capaian (125,5) is still an error, and says
    the column holds capaian; one row of realised values among capaian (92,37) is one too."""
    from helpers import write_report

    tables = dict(RENSTRA, kinerja_renstra=RENSTRA["kinerja_renstra"].format(siaga15=siaga15))
    found = audit.run(str(write_report(tmp_path, tables, {"year": 2016}))).findings
    wrong = [f for f in found if f.rule_id == "MATCH032" and f.severity.value == "error"]
    assert [f.row_label for f in wrong] == errors
    assert all("capaian" in f.hint.render("id") for f in wrong)


def test_a_column_of_realised_values_is_compared_as_realisation(tmp_path):
    """Where the rows equal the realisation (Manggarai Timur's `CAPAIAN KINERJA` over years), nothing changes: no
    note, and a slip is a realisation's."""
    from helpers import write_report

    tables = dict(RENSTRA, kinerja_renstra="""\
        indikator,tahun,target,realisasi
        Persentase desa siaga aktif,2015,,92.37
        Persentase desa siaga aktif,2016,,94.6
        Jumlah dokumen data prioritas,2015,,1
        Jumlah dokumen data prioritas,2016,,1
        """)
    found = [f for f in audit.run(str(write_report(tmp_path, tables, {"year": 2016}))).findings
             if f.rule_id == "MATCH032"]
    assert [(f.severity.value, f.row_label, f.expected) for f in found] == [
        ("error", "Persentase desa siaga aktif (2016)", 94.9)]
    assert found[0].hint is None or "capaian" not in found[0].hint.render("id")


def test_a_budget_table_going_on_next_page_with_its_rows_numbered_on_is_read_whole():
    """Grobogan's budget realisation per kegiatan (tests/real/grobogan-pupr-2021): rows 1-5 under the header on page
    73, rows 6-13 (the largest budgets) on page 74 under the running title only. Before, the second page was
    unread (DOC001): its `No` cells (`6.`, `7.`) were taken for no text of a label column. Now one table of 13
    kegiatan, and the one true slip found: 784.311.900 / 845.629.898 = 92,75, printed 92,72."""
    path = REAL / "grobogan-pupr-2021" / "laporan.pdf"
    result = audit.run(str(path))
    assert not [f for f in result.findings if f.rule_id == "DOC001"]
    assert [(f.rule_id, f.location.cell) for f in result.findings if f.severity.value == "error"] == [
        ("RATIO002", "E5")]
    rows = audit.api.read(path).tables["realisasi_kegiatan"].values
    assert len(rows) == 13 and rows["anggaran"].max() == 89983973000
