"""A row of averages under an indicator table (`Rata-rata Capaian Kinerja`) is read as an average, not as an
indicator without a name, and checked against the mean of the achievements printed above it (SUM048-SUM050).

The multi-year table is the real one of tests/wild/manggarai-timur-kematian (Kab. Manggarai Timur, LKjIP 2019,
S33 in docs/layouts.md); the capaian table follows the layout of tests/wild/pupr-dumai (S23) with indicators,
figures and average rows of our own (a sasaran average under each sasaran, then one of the whole table, as many
LKjIPs print them).
"""
from __future__ import annotations

from pathlib import Path

import audit
from audit import api

WILD = Path(__file__).resolve().parent / "wild"

CAPAIAN = """# LAPORAN KINERJA INSTANSI PEMERINTAH

**DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA CONTOH**

# BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Pengukuran Capaian Indikator Kinerja Tahun 2023

<table>
<tr><th>No</th><th>Sasaran Strategis</th><th>Indikator Kinerja</th><th>Satuan</th><th>Target Tahun 2023</th>\
<th>Realisasi Tahun 2023</th><th>Capaian (%)</th></tr>
<tr><td>1</td><td rowspan="2">Meningkatkan kapasitas air bersih</td><td>Kapasitas debit air bersih</td>\
<td>Liter/detik</td><td>405</td><td>65</td><td>16,05</td></tr>
<tr><td>2</td><td>Persentase rumah tangga terlayani air bersih</td><td>%</td><td>80</td><td>76</td><td>95,00</td></tr>
<tr><td colspan="6">Rata-rata capaian sasaran 1</td><td>55,53</td></tr>
<tr><td>3</td><td rowspan="2">Meningkatnya kualitas jalan</td><td>Persentase jalan mantap</td><td>%</td>\
<td>70</td><td>63</td><td>90,00</td></tr>
<tr><td>4</td><td>Rata-rata lama perbaikan jalan rusak</td><td>hari</td><td>10</td><td>10</td><td>100,00</td></tr>
<tr><td colspan="6">Rata-rata capaian sasaran 2</td><td>{second}</td></tr>
<tr><td colspan="6">Rata-rata Capaian Kinerja</td><td>{overall}</td></tr>
</table>
"""


def _write(tmp_path: Path, name: str, text: str, agency: str, year: int) -> str:
    (tmp_path / f"{name}.md").write_text(text, encoding="utf-8")
    (tmp_path / f"{name}.yaml").write_text(f"agency: {agency}\nyear: {year}\n", encoding="utf-8")
    return str(tmp_path / f"{name}.md")


def _sums(result, rule: str) -> list:
    return [f for f in result.findings if f.rule_id == rule]


def test_the_real_average_row_is_an_average_and_agrees():
    """Manggarai Timur prints `Rata-rata Capaian Kinerja` 85,38 for 87,10, 96,54 and 72,52 (mean 85,387,
    printed truncated): read as the table's average (level `rata_rata`, named so), and no finding."""
    path = str(WILD / "manggarai-timur-kematian" / "laporan.md")
    table = api.read(path).tables["kinerja_tahunan"].values
    average = table[table["level"] == "rata_rata"]
    assert len(average) == 5 and set(average["indikator"]) == {"Rata-rata Capaian Kinerja"}
    assert average.loc[average["tahun"] == 2019, "capaian"].tolist() == [85.38]
    assert not _sums(audit.run(path), "SUM049")


def test_a_mistyped_average_is_found_with_the_mean_as_its_fix(tmp_path):
    """The same table with 85,83 printed for the 2019 average: SUM049 at that cell, expected 85,39, and the
    first suggestion changes the average itself (its parts are recomputed on their own rows)."""
    text = (WILD / "manggarai-timur-kematian" / "laporan.md").read_text(encoding="utf-8").replace("85,38", "85,83")
    result = audit.run(_write(tmp_path, "laporan", text, "Pemerintah Kabupaten Manggarai Timur", 2019))
    [finding] = _sums(result, "SUM049")
    assert finding.location.cell == "I6" and finding.location.line == 21
    assert finding.actual == 85.83 and round(finding.expected, 2) == 85.39
    assert finding.row_label == "Rata-rata Capaian Kinerja (2019)"
    first = finding.suggestions[0]
    assert (first.cell.cell, first.proposed_text) == ("I6", "85,39")
    assert "mean of the year's 3 indicator achievements" in finding.text("en")
    assert "rata-rata 3 capaian indikator" in finding.text("id")


def test_sasaran_averages_and_the_table_average_are_each_checked(tmp_path):
    """An average under each sasaran averages its own indicators; the last one, right after another, averages
    all four. A clean table gives nothing; a wrong sasaran average and a wrong table average are each found."""
    clean = audit.run(_write(tmp_path, "bersih", CAPAIAN.format(second="95,00", overall="75,26"),
                             "Dinas Pekerjaan Umum dan Penataan Ruang Kota Contoh", 2023))
    assert not _sums(clean, "SUM048")
    assert not [f for f in clean.findings if f.severity.value == "error"]
    table = api.read(str(tmp_path / "bersih.md")).tables["capaian_indikator"].values
    assert table["level"].tolist() == ["item", "item", "rata_rata", "item", "item", "rata_rata", "rata_rata"]

    wrong = audit.run(_write(tmp_path, "salah", CAPAIAN.format(second="97,00", overall="78,26"),
                             "Dinas Pekerjaan Umum dan Penataan Ruang Kota Contoh", 2023))
    found = {f.row_label: (f.actual, round(f.expected, 2), f.suggestions[0].proposed_text)
             for f in _sums(wrong, "SUM048")}
    assert found == {"Rata-rata capaian sasaran 2": (97.0, 95.0, "95,00"),
                     "Rata-rata Capaian Kinerja": (78.26, 75.26, "75,26")}


def test_an_indicator_named_rata_rata_is_an_indicator(tmp_path):
    """`Rata-rata lama perbaikan jalan rusak` prints a target: an indicator, averaged with the others."""
    path = _write(tmp_path, "laporan", CAPAIAN.format(second="95,00", overall="75,26"),
                  "Dinas Pekerjaan Umum dan Penataan Ruang Kota Contoh", 2023)
    table = api.read(path).tables["capaian_indikator"].values
    row = table[table["indikator"] == "Rata-rata lama perbaikan jalan rusak"]
    assert row["level"].tolist() == ["item"]


def test_an_average_is_no_bar_of_the_attainment_picture(tmp_path):
    """The reviewer's picture of capaian per indicator draws the four indicators, not the averages."""
    from audit.figures import figures

    path = _write(tmp_path, "laporan", CAPAIAN.format(second="95,00", overall="75,26"),
                  "Dinas Pekerjaan Umum dan Penataan Ruang Kota Contoh", 2023)
    drawn = figures(api.read(path)).attainment
    assert len(drawn) == 4 and not [a for a in drawn if a.indicator.startswith("Rata-rata capaian")]


def test_a_row_of_the_capaian_sum_is_their_sum_not_an_indicator(tmp_path):
    """Kecamatan Gunung Kaler's LKjIP 2020, Tabel 3.5 (tests/wild/kec-gunung-kaler-sasaran1): three indicators over
    2019 and 2020, then `Jumlah Capaian Realisasi Kinerja` (310,38; 300,20) and `Rata-Rata Capaian Realisasi
    Kinerja` (103,46; 100,07). The sum row is no fourth indicator (before: two false SUM049 warnings, the averages
    held to (107,81 + 102,57 + 100 + 310,38) / 4), and is held to the sum (SUM085)."""
    from helpers import changed_copy

    doc = Path(__file__).resolve().parent / "wild" / "kec-gunung-kaler-sasaran1" / "laporan.md"
    assert [f for f in audit.run(str(doc)).findings if f.rule_id.startswith("SUM")] == []
    found = [(f.rule_id, f.row_label, f.actual, round(f.expected, 2)) for f in audit.run(changed_copy(
        tmp_path, doc, "| 310,38 | 300,20 |", "| 310,38 | 300,02 |")).findings if f.rule_id.startswith("SUM")]
    assert found == [("SUM085", "Jumlah Capaian Realisasi Kinerja", 300.02, 300.2)]


def test_an_indicator_named_for_a_count_is_no_sum_row(tmp_path):
    """`Jumlah dokumen perencanaan` (a count indicator, real in the BPBD Jawa Barat LKIP) printing its capaian alone
    is an indicator, not a row of the capaian's sum: it names no capaian or kinerja."""
    from helpers import changed_copy

    doc = Path(__file__).resolve().parent / "wild" / "kec-gunung-kaler-sasaran1" / "laporan.md"
    path = changed_copy(tmp_path, doc, "| 01.03 | Persentase desa dengan laporan pertanggungjawaban baik | Persen | "
                        "44,44 | 55,56 | 44,44 | 55,56 |", "| 01.03 | Jumlah dokumen perencanaan | Dokumen | | | | |")
    table = api.read(path).tables["kinerja_tahunan"].values
    assert set(table.level[table.indikator == "Jumlah dokumen perencanaan"]) == {"item"}
