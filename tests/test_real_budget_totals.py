"""Totals of budget tables held to the rows printed above them since the total before (`since_previous`), on a
Dinas Perikanan dan Kelautan's two realisation tables (tests/real/diskanlut-jabar-2016-pagu) and on CSV tables.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from helpers import write_report

import audit
from audit.api import read

DISKANLUT = Path(__file__).resolve().parent / "real" / "diskanlut-jabar-2016-pagu" / "laporan.pdf"


def test_each_tables_jumlah_is_held_to_its_own_programmes():
    """`Tabel 3.8` (Dana Dekonsentrasi: six programmes, `Jumlah` 10.491.732.000 / 10.009.106.981) and `Tabel 3.9`
    (Tugas Pembantuan: two programmes, `Jumlah` 3.693.500.000 / 3.580.760.500) are read as one kind, one after
    the other. Each `Jumlah` sums its own table's programmes: the one slip the pages print is found, Tabel 3.8's
    realisation total 10.009.106.981 where its programmes add up to 9.956.676.981 (before: every `Jumlah` was held to
    all eight programmes, four errors, three of them false)."""
    found = [(f.rule_id, f.location.sheet, f.column, f.actual, f.expected) for f in audit.run(str(DISKANLUT)).findings
             if f.rule_id.startswith("SUM")]
    assert found == [("SUM021", "Tabel #1", "realisasi", 10_009_106_981.0, 9_956_676_981.0)]


#: (rows with each total's printed pagu as a field, the pagu printed right, the pagu printed wrong, what is said):
#: subtotals and a grand total at the foot (a total sums the rows above it since the total before; one right after
#: another, `JUMLAH I + II`, those since the start); totals printed on top of their rows (`Jumlah Total APBD` over
#: the programmes sums the rows below it up to the next total; the next table's total on top of its own rows,
#: `Jumlah Total APBN`, opens its own block; a total at the foot of rows a total above opened sums them too)
BLOCKS = {
    "at the foot": ("item,10,10\nitem,20,20\ntotal,{},30\nitem,5,5\ntotal,{},5\ntotal,{},35\n",
                    (30, 5, 35), (31, 6, 36), [(6.0, 5.0), (31.0, 30.0), (36.0, 35.0)]),
    "on top": ("total,{},30\nitem,10,10\nitem,20,20\ntotal,{},30\ntotal,{},5\nitem,5,5\n",
               (30, 30, 5), (31, 29, 6), [(6.0, 5.0), (29.0, 30.0), (31.0, 30.0)]),
}


@pytest.mark.parametrize("layout", sorted(BLOCKS))
def test_each_total_sums_its_own_block(tmp_path, layout):
    rows, right, wrong, said = BLOCKS[layout]
    found = []
    for name, totals in (("right", right), ("wrong", wrong)):
        folder = write_report(tmp_path / name, {"realisasi_program": "level,pagu,realisasi\n" + rows.format(*totals)})
        found.append(sorted((f.actual, f.expected) for f in audit.run(folder).findings if f.rule_id == "SUM021"))
    assert found == [[], said]


TABEL_27 = Path(__file__).resolve().parent / "real" / "diskanlut-jabar-2016-tabel27" / "laporan.pdf"


def test_a_pagu_table_over_two_pages_under_a_heading_running_title():
    """`Tabel 2.7 Pagu Program/Kegiatan APBD` of the same dinas, pages 18 and 19 (after page 17's PK table): its
    agency's name printed in large bold type atop every page (a heading repeated at one place, page furniture: the
    two pages are one table, before two), `Belanja Tidak Langsung` and `Belanja Langsung` over the programmes
    (salaries, then the programmes' sum: before, a programme with one kegiatan), kegiatan numbered again under each
    programme in a `No.` column of their own, some named without the word `Kegiatan` (`Peningkatan Sarana dan
    Prasarana Aparatur di BPBIPL Subang ...`, numbered `2`: before, a programme). Read as printed, each programme
    holds to its kegiatan but one: programme 7 prints 245.315.800 over kegiatan of 145.315.000 and 100.000.000."""
    result = audit.run(str(TABEL_27))
    assert result.coverage.tables_found == 2
    values = read(TABEL_27).tables["lppd"].values
    programmes = values[values["level"] == "program"]
    assert list(programmes["id"]) == [str(n) for n in range(1, 10)]
    assert not programmes["uraian"].str.startswith("Belanja").any()
    bpbipl = values[values["uraian"].str.startswith("Peningkatan Sarana dan Prasarana Aparatur di BPBIPL")].iloc[0]
    assert (bpbipl["level"], bpbipl["id"]) == ("kegiatan", "5.2")
    sums = [(f.row_label, f.actual, f.expected) for f in result.findings if f.rule_id == "SUM027"]
    assert sums == [("Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan", 245_315_800.0,
                     245_315_000.0)]


def test_indirect_spending_and_its_accounts_are_no_programmes(tmp_path):
    """A BP3AKB's `Tabel 3.2b` (page 65 of its LKIP 2016) prints `I. BELANJA TIDAK LANGSUNG` with its account
    `Belanja Pegawai`, then `II. BELANJA LANGSUNG` over programmes lettered `A`, `B` and their numbered kegiatan. The
    indirect spending and its account are no programme, the direct spending is the programmes' total: a kegiatan
    printed 1.023.525.000 under its programme's 1.032.525.000 is said at the programme and at the total (both held
    to the kegiatan), and nothing at `Belanja Pegawai` or `Belanja Tidak Langsung`."""
    text = ("# LAPORAN KINERJA TAHUN 2016\n\nBadan Contoh Provinsi Jawa Barat\n\n"
            "Tabel 3.2b Anggaran dan Realisasi Keuangan Tahun 2016\n\n"
            "| No | Uraian Program dan Kegiatan | Anggaran (Rp) | Realisasi (Rp) | % |\n|---|---|---|---|---|\n"
            "| I. | BELANJA TIDAK LANGSUNG | 11.038.000.000 | 10.233.730.506 | 92,71 |\n"
            "| 1 | Belanja Pegawai | 11.038.000.000 | 10.233.730.506 | 92,71 |\n"
            "| II. | BELANJA LANGSUNG | 1.745.025.000 | 1.552.353.600 | 88,96 |\n"
            "| A | Program Perencanaan Pengendalian Pembangunan Daerah | 712.500.000 | 699.507.500 | 98,18 |\n"
            "| 1 | Kegiatan Perencanaan, Pengendalian dan Evaluasi | 712.500.000 | 699.507.500 | 98,18 |\n"
            "| B | Program Penataan Administrasi Kependudukan | 1.032.525.000 | 852.846.100 | 82,60 |\n"
            "| 1 | Kegiatan Pengendalian Kependudukan | 1.023.525.000 | 852.846.100 | 83,32 |\n")
    path = tmp_path / "laporan.md"
    path.write_text(text, encoding="utf-8")
    values = read(path).tables["realisasi_kegiatan"].values
    assert not values[values["level"] == "program"]["uraian"].str.contains("Belanja").any()
    sums = [(f.rule_id, f.row_label, f.actual, f.expected) for f in audit.run(path).findings
            if f.rule_id.startswith("SUM")]
    assert sorted(sums) == [("SUM023", "BELANJA LANGSUNG", 1_745_025_000.0, 1_736_025_000.0),
                            ("SUM031", "Program Penataan Administrasi Kependudukan", 1_032_525_000.0, 1_023_525_000.0)]
