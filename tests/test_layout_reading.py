"""Reading fixes from the real tables of round 21 (tests/wild/README.md), each on a layout a real page prints, in
our figures unless said: a table mostly Indonesian with one figure typed the English way, a medium-term target
beside the targets of each year, a column whose header the page lost, quarterly targets under one `Target` label,
`Pencapaian` over the capaian.
"""
from __future__ import annotations

from pathlib import Path

import audit
from audit.api import read


#: Rancangan Awal RKPD Kab. Batang 2018, Tabel 2.27 (round 21, dishub-batang): `Target RPJMD 2012-2017`, the year's
#: target, realisation and an unheaded capaian, next year's target; one figure typed `10,130,471`
def _rows(*rows: str) -> str:
    """HTML body rows from `a | b | c` lines."""
    return "\n".join("<tr>" + "".join(f"<td>{c.strip()}</td>" for c in row.split("|")) + "</tr>" for row in rows)


BATANG = ("# LAPORAN KINERJA DINAS CONTOH TAHUN 2016\n\n## BAB III AKUNTABILITAS KINERJA\n\n"
          "Tabel 3.1 Kinerja Makro Urusan Perhubungan Tahun 2016\n\n<table>\n"
          '<tr><th rowspan="2">Indikator</th><th rowspan="2">Target RPJMD 2012-2017</th>'
          '<th colspan="3">Capaian Kinerja Tahun 2016</th><th rowspan="2">Target Tahun 2017</th></tr>\n'
          "<tr><th>Target</th><th>Realisasi</th><th></th></tr>\n" + _rows(
              "Jumlah penumpang angkutan umum | 10,130,471 | 7.612.494 | 4.650.000 | 61,08 | 9.000.000",
              "Rasio izin trayek | 0,67 | 0,33 | 0,27 | 81,82 | 0,50",
              "Jumlah uji kendaraan bermotor | 1.076 | 535 | 530 | 99,07 | 1.076",
              "Jumlah izin angkutan darat | 3.550 | 3.535 | 3.877 | 109,67 | 3.550") + "\n</table>\n")


def _write(tmp_path: Path, text: str, year: int = 2016) -> Path:
    (tmp_path / "laporan.yaml").write_text(f"agency: Dinas Contoh\nyear: {year}\n", encoding="utf-8")
    path = tmp_path / "laporan.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_figure_typed_the_other_way_does_not_make_the_tables_figures_ambiguous(tmp_path):
    """`10,130,471` among `7.612.494`, `0,33`, `61,08`: the table is Indonesian, so `1.076` is one thousand and
    seventy-six. Before, every lone group of three (`1.076`, `3.535`, `3.550`) was a PARSE002 warning and unread."""
    path = _write(tmp_path, BATANG)
    result = audit.run(str(path))
    assert not [f for f in result.findings if f.rule_id.startswith("PARSE")]
    table = read(path).tables["kinerja_renstra"].values
    assert sorted(table["target_akhir"].dropna()) == [0.67, 1076, 3550, 10130471]


def test_a_medium_term_target_beside_each_years_target_is_read_or_said_unread(tmp_path):
    """`Target RPJMD 2012-2017` is the plan's final target, not one year's: it was mapped to `target` and then
    overwritten by each year's own target, dropped with no word said. Now it is the Renstra target of the latest
    year's row, and each year keeps its own target."""
    path = _write(tmp_path, BATANG)
    rows = read(path).tables["kinerja_renstra"].values
    by_year = {int(y): list(g["target"]) for y, g in rows.groupby("tahun")}
    assert by_year[2016][:2] == [7612494, 0.33] and by_year[2017][:2] == [9000000, 0.50]
    assert rows.loc[rows["tahun"] == 2017, "target_akhir"].tolist()[:2] == [10130471, 0.67]


def test_a_capaian_whose_header_the_page_lost_is_known_by_its_figures(tmp_path):
    """The unheaded fifth column is realisasi / target × 100 on every row (4.650.000 / 7.612.494 = 61,08 ...): it is
    the capaian, and checked (before: unread, and not a word said). A wrong one is found at its cell."""
    result = audit.run(str(_write(tmp_path, BATANG)))
    assert not [f for f in result.findings if f.rule_id == "DOC003" or f.severity.value == "error"]
    wrong = audit.run(str(_write(tmp_path, BATANG.replace("<td>61,08</td>", "<td>71,08</td>"))))
    assert [(f.rule_id, f.location.cell) for f in wrong.findings if f.severity.value == "error"] == [
        ("RATIO014", "E3")]


def test_an_unheaded_column_of_other_figures_is_said_unread(tmp_path):
    """An unheaded column that is no capaian of its row (a count) is said unread by its letter (DOC003); an
    unheaded column numbering the rows is no such gap."""
    other = BATANG
    for capaian, count in (("61,08", "12"), ("81,82", "7"), ("99,07", "30"), ("109,67", "41")):
        other = other.replace(f"<td>{capaian}</td>", f"<td>{count}</td>")
    result = audit.run(str(_write(tmp_path, other)))
    [unread] = [f for f in result.findings if f.rule_id == "DOC003"]
    assert "'E'" in unread.text("en")
    numbered = other.replace('<tr><th rowspan="2">Indikator', '<tr><th rowspan="2"></th><th rowspan="2">Indikator')
    for n, label in enumerate(("Jumlah penumpang", "Rasio", "Jumlah uji", "Jumlah izin"), 1):
        numbered = numbered.replace(f"<tr><td>{label}", f"<tr><td>{n}</td><td>{label}")
    again = audit.run(str(_write(tmp_path, numbered)))
    [unread] = [f for f in again.findings if f.rule_id == "DOC003"]
    assert "'F'" in unread.text("en") and "'A'" not in unread.text("en")


#: RS Paru dr. Ario Wirawan Salatiga, Laptah Semester I 2017, Tabel 3.9 (round 21, rsparu-salatiga): the targets of
#: each quarter under one `Target 2017` label, rising levels of a rate, not a split of the year's target
QUARTERS = ("# LAPORAN KINERJA RUMAH SAKIT CONTOH TAHUN 2017\n\n## BAB II PERENCANAAN KINERJA\n\n"
            "Tabel 2.3 Indikator Kinerja Terpilih Tahun 2017\n\n<table>\n"
            '<tr><th rowspan="2">No</th><th rowspan="2">Judul Indikator</th><th rowspan="2">Nilai Standar</th>'
            '<th colspan="4">Target 2017</th></tr>\n'
            "<tr><th>Triwulan I</th><th>Triwulan II</th><th>Triwulan III</th><th>Triwulan IV</th></tr>\n" + _rows(
                "1. | Kelengkapan rekam medis dalam 24 jam | 80 | 75 | 75 | 80 | 85",
                "2. | Ketepatan jam visite dokter spesialis | 80 | 70 | 75 | 80 | 85",
                "3. | Pemeliharaan alat kesehatan | 100 | {q1} | 25 | 25 | 25") + "\n</table>\n")


def test_quarterly_targets_under_one_target_label_are_the_quarters(tmp_path):
    """`Target 2017 / Triwulan I` is the first quarter's target, not the year's: the four are tw1-tw4. Rising levels
    of a rate (75, 75, 80, 85) are no split to add up to 100 (before: SUM030 errors on every such row, added up
    from the second quarter); a split that is one (25 each) still is."""
    path = _write(tmp_path, QUARTERS.format(q1="25"), 2017)
    plan = read(path).tables["rencana_aksi"].values
    assert "target" not in plan or plan["target"].isna().all()
    assert plan["tw1"].tolist() == [75, 70, 25]
    assert not [f for f in audit.run(str(path)).findings if f.rule_id == "SUM030"]
    wrong = audit.run(str(_write(tmp_path, QUARTERS.format(q1="35"), 2017)))
    assert [(f.rule_id, f.location.cell) for f in wrong.findings if f.rule_id == "SUM030"] == [("SUM030", "G5")]


#: DLHK Provinsi Banten, Tabel 7 of its Renstra 2017-2022 (round 21, dlhk-banten): `Pencapaian` over the capaian
PENCAPAIAN = """# LAPORAN KINERJA DINAS CONTOH TAHUN 2015

## BAB III AKUNTABILITAS KINERJA

Tabel 3.2 Indikator Kinerja dan Capaian Kinerja Tahun 2015

| Sasaran Strategis | Indikator Kinerja | Target | Realisasi | Pencapaian |
|---|---|---|---|---|
| Berkurangnya pencemaran lingkungan | Persentase kualitas air yang terpantau | 20% | 100% | {capaian} |
| | Rasio tindak lanjut pengaduan masyarakat | 20% | 75% | 375% |
"""


def test_pencapaian_is_the_capaian(tmp_path):
    """`Pencapaian` (and `Ketercapaian`) name the capaian: read and recomputed (before: DOC003, unread, and a
    wrong 400% passed)."""
    assert not [f for f in audit.run(str(_write(tmp_path, PENCAPAIAN.format(capaian="500%"), 2015))).findings
                if f.severity.value == "error"]
    wrong = audit.run(str(_write(tmp_path, PENCAPAIAN.format(capaian="400%"), 2015)))
    assert [f.rule_id for f in wrong.findings if f.severity.value == "error"] == ["RATIO012"]
    ketercapaian = PENCAPAIAN.replace("| Pencapaian |", "| Tingkat Ketercapaian (%) |").format(capaian="400%")
    assert "RATIO012" in {f.rule_id for f in audit.run(str(_write(tmp_path, ketercapaian, 2015))).findings}


#: an indicator's values per year under the years alone, as LKjIPs print their comparison across years (`| Indikator
#: | 2019 | 2020 | 2021 |`; S82's kabupaten prints its years so over targets), our wording and figures
BARE = """# LAPORAN KINERJA DINAS CONTOH TAHUN 2021

## BAB III AKUNTABILITAS KINERJA

{caption}

| No | Indikator Kinerja | 2019 | 2020 | 2021 |
|---|---|---|---|---|
| 1 | Persentase desa mandiri | 10,5 | 20,25 | 31 |
| 2 | Indeks kepuasan masyarakat | 80,1 | 81,2 | 82,3 |
"""


def test_years_alone_over_the_figures_are_what_the_caption_says(tmp_path):
    """The caption names the figures (`Perbandingan Realisasi ...`: realisations; `Target Kinerja ...`: targets):
    one row per year. A caption naming neither leaves the table unread, said so (DOC001): a `Capaian` of each year
    may be a value or a percentage."""
    def kinds(caption):
        path = _write(tmp_path, BARE.format(caption=caption), 2021)
        result = audit.run(str(path))
        return result.tables_read, read(path).tables.get("kinerja_tahunan"), result

    found, table, _ = kinds("Tabel 3.2 Perbandingan Realisasi Kinerja Tahun 2019-2021")
    assert found == ["kinerja_tahunan"]
    assert table.values.loc[table.values["tahun"] == 2020, "realisasi"].tolist() == [20.25, 81.2]
    found, table, _ = kinds("Tabel 3.3 Target Kinerja Tahun 2019-2021")
    assert found == ["kinerja_tahunan"] and table.values["target"].notna().all()
    found, _, result = kinds("Tabel 3.4 Capaian Kinerja Tahun 2019-2021")
    assert found == [] and [f.rule_id for f in result.findings if f.rule_id == "DOC001"] == ["DOC001"]


#: Dinas PUPR Kabupaten Grobogan, LKjIP 2021 (round 22, `shlmita/pupr` `public/pdf_lkjip_2021.pdf`, pages 51-52):
#: one table per sasaran, each one row, several printing the same figures; our wording
SASARAN = """# LAPORAN KINERJA INSTANSI PEMERINTAH DINAS CONTOH TAHUN 2021

## BAB III AKUNTABILITAS KINERJA

Tabel 3.{n} Capaian Sasaran {n}

| SASARAN | INDIKATOR | TARGET | REALISASI | % |
|---|---|---|---|---|
| {sasaran} | {indikator} | 100 % | 100 % | 100 |
"""


def test_tables_of_different_sasaran_printing_the_same_figures_are_each_read(tmp_path):
    """Before, the second was taken for a copy of the first (the same figures) and not read: its row never
    compared with the other tables. A table is a copy when its rows' labels agree too."""
    text = SASARAN.format(n=1, sasaran="Tercukupinya penyediaan jasa", indikator="Persentase jasa tersedia") + \
        SASARAN.format(n=2, sasaran="Terpenuhinya kapasitas aparatur", indikator="Persentase aparatur terlatih") \
        .split("\n", 4)[4] + SASARAN.format(n=3, sasaran="Terpenuhinya kapasitas aparatur",
                                            indikator="Persentase aparatur terlatih").split("\n", 4)[4]
    path = _write(tmp_path, text, 2021)
    table = read(path).tables["capaian_indikator"].values
    assert table["indikator"].tolist() == ["Persentase jasa tersedia", "Persentase aparatur terlatih"]
