"""Budget realisation printed quarter by quarter (`Triwulan I` ... `Triwulan IV`, then the year's `Jumlah
Realisasi`): read as the programme or kegiatan budget table with its quarters, which add up to the realisasi
(SUM077, SUM078) and, down the table, to the total row (SUM021). Running totals (`s.d. TW II`) are never
added up as quarters.

The table is in our own wording (no stored page gave a whole quarterly budget table); the shape is the one
Permendagri's realisation forms print per programme and per kegiatan: no figure of a real agency."""
from __future__ import annotations

import audit
from audit import api

PROGRAMMES = """LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023

DINAS PERHUBUNGAN

Tabel 3.5 Realisasi Anggaran per Triwulan Tahun 2023

| No | Program | Pagu Anggaran (Rp) | Triwulan I | Triwulan II | Triwulan III | Triwulan IV | Jumlah Realisasi (Rp) | % |
|---|---|---|---|---|---|---|---|---|
| 1 | Program Penunjang Urusan Pemerintahan Daerah | 2.500.000.000 | 500.000.000 | 600.000.000 | 650.000.000 | 700.000.000 | 2.450.000.000 | 98,00 |
| 2 | Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan | 1.200.000.000 | 200.000.000 | 300.000.000 | 300.000.000 | 350.000.000 | 1.150.000.000 | 95,83 |
|  | Jumlah | 3.700.000.000 | 700.000.000 | 900.000.000 | 950.000.000 | 1.050.000.000 | 3.600.000.000 | 97,30 |
"""  # noqa: E501 - a row is one line, as the document prints it


def _write(tmp_path, text: str) -> str:
    (tmp_path / "laporan.md").write_text(text, encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text("agency: Dinas Perhubungan\nyear: 2023\n", encoding="utf-8")
    return str(tmp_path / "laporan.md")


def test_a_budget_table_by_quarter_is_the_programme_budget_table_with_its_quarters(tmp_path):
    report = api.read(_write(tmp_path, PROGRAMMES))
    assert list(report.tables) == ["realisasi_program"]  # not the action plan's quarterly realisation
    v = report.tables["realisasi_program"].values
    assert v["tw2"].tolist() == [600_000_000, 300_000_000, 900_000_000]
    assert v["realisasi"].tolist() == [2_450_000_000, 1_150_000_000, 3_600_000_000]
    result = audit.run(_write(tmp_path, PROGRAMMES))
    assert [f.rule_id for f in result.findings if f.severity.value == "error"] == []
    assert result.coverage.tables_read == result.coverage.tables_found == 1


def test_a_mistyped_quarter_is_found_at_its_cell_and_put_back(tmp_path):
    wrong = PROGRAMMES.replace("| 500.000.000 | 600.000.000 |", "| 500.000.000 | 660.000.000 |")
    result = audit.run(_write(tmp_path, wrong))
    found = {(f.rule_id, f.location.cell) for f in result.findings if f.severity.value == "error"}
    assert found == {("SUM077", "H2"), ("SUM021", "E4")}  # the programme's realisasi, the quarter's total
    for f in result.findings:
        if f.severity.value == "error":
            top = f.suggestions[0]
            assert (top.cell.cell, top.proposed, top.confidence) == ("E2", 600_000_000, "high")


def test_running_totals_are_the_realisasi_and_never_added_up(tmp_path):
    """`Realisasi s.d. TW I` ... `s.d. TW IV`: each is all the quarters so far; the last is the year's
    realisasi, and nothing is added up (the four would make 2.5 times the realisasi)."""
    header = ("| No | Program | Pagu Anggaran (Rp) | Realisasi s.d. TW I (Rp) | Realisasi s.d. TW II (Rp) "
              "| Realisasi s.d. TW III (Rp) | Realisasi s.d. TW IV (Rp) | % |")
    text = PROGRAMMES.split("| No |")[0] + header + "\n|---|---|---|---|---|---|---|---|\n" + (
        "| 1 | Program Penunjang Urusan Pemerintahan Daerah | 2.500.000.000 | 500.000.000 | 1.100.000.000 "
        "| 1.750.000.000 | 2.450.000.000 | 98,00 |\n"
        "| 2 | Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan | 1.200.000.000 | 200.000.000 | 500.000.000 "
        "| 800.000.000 | 1.150.000.000 | 95,83 |\n"
        "|  | Jumlah | 3.700.000.000 | 700.000.000 | 1.600.000.000 | 2.550.000.000 | 3.600.000.000 | 97,30 |\n")
    v = api.read(_write(tmp_path, text)).tables["realisasi_program"].values
    assert v[["tw1", "tw2", "tw3", "tw4"]].isna().all().all()
    assert v["realisasi"].tolist() == [2_450_000_000, 1_150_000_000, 3_600_000_000]
    assert [f.rule_id for f in audit.run(_write(tmp_path, text)).findings if f.severity.value == "error"] == []


def test_a_kegiatan_table_by_quarter_adds_its_quarters_at_every_level(tmp_path):
    text = """LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023

KELURAHAN SUKAMAJU

Tabel 3.6 Realisasi Anggaran Kegiatan dan Sub Kegiatan per Triwulan

| No | Program/Kegiatan/Sub Kegiatan | Anggaran (Rp) | TW I | TW II | TW III | TW IV | Realisasi (Rp) | % |
|---|---|---|---|---|---|---|---|---|
| 1 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 300.000.000 | 60.000.000 | 70.000.000 | 80.000.000 | 80.000.000 | 290.000.000 | 96,67 |
| 1.1 | Administrasi Umum Perangkat Daerah | 300.000.000 | 60.000.000 | 70.000.000 | 80.000.000 | 80.000.000 | 290.000.000 | 96,67 |
| 1.1.1 | Penyediaan Peralatan dan Perlengkapan Kantor | 100.000.000 | 20.000.000 | 30.000.000 | 20.000.000 | 25.000.000 | 95.000.000 | 95,00 |
| 1.1.2 | Penyediaan Bahan Logistik Kantor | 200.000.000 | 40.000.000 | 40.000.000 | 60.000.000 | 55.000.000 | 195.000.000 | 97,50 |
"""  # noqa: E501 - a row is one line, as the document prints it
    path = _write(tmp_path, text)
    v = api.read(path).tables["realisasi_kegiatan"].values
    assert v["tw4"].tolist() == [80_000_000, 80_000_000, 25_000_000, 55_000_000]
    assert [f.rule_id for f in audit.run(path).findings if f.severity.value == "error"] == []
    wrong = text.replace("| 20.000.000 | 25.000.000 | 95.000.000 |", "| 20.000.000 | 52.000.000 | 95.000.000 |")
    found = {(f.rule_id, f.location.cell) for f in audit.run(_write(tmp_path, wrong)).findings
             if f.severity.value == "error"}
    assert ("SUM078", "H4") in found and any(rule == "SUM022" and cell.startswith("G") for rule, cell in found)
