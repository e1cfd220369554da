"""Indicator and output tables of round 7 of the real-table probe (tests/wild/README.md): `n/a` where a
realisation is not yet known, a group row under a header printed with row spans, and a target / achieved / %
table that names no population.

The real tables: tests/wild/inspektorat-sampang (an inspectorate's capaian table, realisasi and capaian `n/a`)
and tests/wild/kejari-pesisir-selatan (a Kejaksaan Negeri's output table: `TARGET SETAHUN`, `SATUAN`,
`CAPAIAN OUTPUT TRIWULAN IV` over `JUMLAH  %`). The tables below are written for these tests in the wordings of
an RSUD, a kelurahan and a dinas; their figures are worked out in the comments.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import audit
from audit import api
from audit.numbers import not_available, parse_number

RSUD_NA = """# LAPORAN KINERJA RSUD CONTOH TAHUN 2023

Tabel 3.2 Pengukuran Kinerja

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Persentase pasien puas | % | 80 | N/A | N/A |
| 2 | Bed Occupancy Rate | % | 75 | 69 | 92,00 |
"""

#: a kelurahan's output table, its header printed with row spans and a group row (the RO) under it
KELURAHAN_OUTPUT = """# LAPORAN KINERJA KELURAHAN CONTOH TAHUN 2023

Tabel 3.4 Capaian Output Kegiatan

<table>
<tr><th rowspan="2">No</th><th rowspan="2">Rincian Output</th><th rowspan="2">Target Setahun</th>
<th rowspan="2">Satuan</th><th colspan="2">Capaian Output Triwulan IV</th></tr>
<tr><th>Jumlah</th><th>%</th></tr>
<tr><td></td><td>Layanan Administrasi Kependudukan</td><td></td><td>Dokumen</td><td></td><td></td></tr>
<tr><td>1</td><td>Surat pengantar yang diterbitkan</td><td>120</td><td>Dokumen</td><td>108</td><td>90</td></tr>
<tr><td>2</td><td>Rekomendasi yang diterbitkan</td><td>40</td><td>Dokumen</td><td>38</td><td>97,5</td></tr>
</table>
"""


def _doc(tmp_path: Path, text: str, agency: str = "RSUD Contoh") -> str:
    (tmp_path / "laporan.md").write_text(text, encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text(f"agency: {agency}\nyear: 2023\n", encoding="utf-8")
    return str(tmp_path / "laporan.md")


@pytest.mark.parametrize("text", ["n/a", "N/A", "NA", "n.a.", " n/a "])
def test_not_available_is_no_figure_and_said_so(text):
    assert not_available(text) and parse_number(text).value is None


def test_a_word_or_a_dash_is_not_not_available():
    assert not any(map(not_available, ["-", "", "nihil", "Baik", "0", "na na"]))


def test_not_available_cells_leave_the_header_in_place_and_are_said_unchecked(tmp_path):
    """Two `N/A` cells in the realisation and capaian columns are no text columns: the header stays where it
    is printed (before, the target was read as the capaian and the realisation was unread), each `N/A` is
    said not checked (PARSE004, info), never an unreadable number (PARSE001), and the measured row is checked
    (69 / 75 = 92,00%)."""
    result = audit.run(_doc(tmp_path, RSUD_NA))
    table = api.read(str(tmp_path / "laporan.md")).tables["capaian_indikator"].values
    assert table["target"].tolist() == [80.0, 75.0]
    assert table["realisasi"].iloc[1] == 69.0 and table["satuan"].tolist() == ["%", "%"]
    found = sorted((f.rule_id, str(f.severity.value), f.column) for f in result.findings if f.rule_id != "DOC010")
    assert found == [("PARSE004", "info", "capaian"), ("PARSE004", "info", "realisasi")]
    assert "not available" in next(f for f in result.findings if f.rule_id == "PARSE004").text("en")


def test_the_real_inspectorate_table_reads_its_target(tmp_path):
    path = Path(__file__).resolve().parent / "wild" / "inspektorat-sampang" / "laporan.md"
    table = api.read(str(path)).tables["capaian_indikator"].values
    assert table["target"].dropna().tolist() == [55.0]
    assert table["indikator"].dropna().str.startswith("Persentase penurunan temuan").tolist() == [True]


def test_a_row_under_a_spanned_header_is_the_body_and_an_output_table_no_coverage_table(tmp_path):
    """`Layanan Administrasi Kependudukan | Dokumen` stands under header cells printed down over two rows: the
    header ended there, so the row is a group row of the body, not a third header row. With no population and
    no count served the table is no coverage table: it is read as an indicator table, `Jumlah` under `Capaian
    Output` the realisation and `%` its capaian (108 / 120 = 90%, 38 / 40 = 95% printed 97,5)."""
    result = audit.run(_doc(tmp_path, KELURAHAN_OUTPUT, "Kelurahan Contoh"))
    assert set(result.tables_read) == {"capaian_indikator"}
    table = api.read(str(tmp_path / "laporan.md")).tables["capaian_indikator"].values
    items = table[table["target"].notna()]
    assert items["realisasi"].tolist() == [108.0, 38.0] and items["capaian"].tolist() == [90.0, 97.5]
    found = [(f.rule_id, f.row_label) for f in result.findings if str(f.severity.value) == "error"]
    assert found == [("RATIO012", "Rekomendasi yang diterbitkan")]
