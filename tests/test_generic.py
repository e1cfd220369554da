"""Generic checks (`generic` kind, GEN001-GEN003) on printed tables no rule pack names.

The tables below are printed as agencies print them: a dinas budget table whose hierarchy is shown
only by budget codes, an RSUD staff table by profession with a total column and a total row, and a
BLUD revenue table with Sub Total rows. Which tables the classifier recognises changes as it learns
new headers; the generic checks must hold for any table it does not, so most tests read the
document and then treat every table as unrecognised (`_unread`). Tests through `audit.run` use
tables of kinds no catalogue has (population, service coverage, staff by eselon).
"""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import audit
from audit.document import read_document
from audit.document.printed import printed_tables
from audit.document.report import read_document_report
from audit.document.structure import read, total_word
from audit.rules.engine import run_rules
from audit.rules.pack import load_rules

HEAD = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023

{agency}

## BAB III AKUNTABILITAS KINERJA

"""

DINAS = HEAD.format(agency="DINAS PERTANIAN KABUPATEN CONTOH") + """\
Tabel 3.5 Realisasi Anggaran per Kode Rekening

Kode	Uraian	Pagu (Rp)	Realisasi (Rp)	%
1.02.01	Penunjang Urusan Pemerintahan	1.500.000.000	1.400.000.000	93,33
1.02.01.2.01	Perencanaan dan Evaluasi	500.000.000	450.000.000	90,00
1.02.01.2.01.0001	Penyusunan Dokumen Perencanaan	300.000.000	280.000.000	93,33
1.02.01.2.01.0002	Evaluasi Kinerja	200.000.000	170.000.000	85,00
1.02.01.2.02	Administrasi Keuangan	1.000.000.000	950.000.000	95,00
1.02.01.2.02.0001	Gaji dan Tunjangan	600.000.000	580.000.000	96,67
1.02.01.2.02.0002	Penatausahaan Keuangan	400.000.000	370.000.000	92,50
1.02.02	Peningkatan Produksi	800.000.000	760.000.000	95,00
1.02.02.2.01	Penyediaan Sarana	800.000.000	760.000.000	95,00
1.02.02.2.01.0001	Benih Unggul	500.000.000	480.000.000	96,00
1.02.02.2.01.0002	Pupuk Bersubsidi	300.000.000	280.000.000	93,33
	Jumlah	2.300.000.000	2.160.000.000	93,91
"""

RSUD = HEAD.format(agency="RSUD DOKTER CONTOH KABUPATEN CONTOH") + """\
Tabel 1.2 Jumlah Pegawai RSUD Menurut Profesi dan Status Kepegawaian

No	Profesi	PNS	PPPK	BLUD	Jumlah
1	Dokter Spesialis	12	2	3	17
2	Dokter Umum	8	1	4	13
3	Perawat	60	15	40	115
4	Bidan	20	5	10	35
5	Tenaga Non Medis	30	0	45	75
	Jumlah	130	23	102	255

Tabel 1.3 Jumlah Pegawai Menurut Jenis Kelamin

No	Jenis Kelamin	Jumlah
1	Laki-laki	100
2	Perempuan	155
	Jumlah	255

Tabel 3.4 Realisasi Pendapatan BLUD Tahun 2023

No	Uraian	Target (Rp)	Realisasi (Rp)	Capaian (%)
A	Pendapatan Jasa Layanan
1	Rawat Jalan	2.000.000.000	2.100.000.000	105,00
2	Rawat Inap	5.000.000.000	4.750.000.000	95,00
3	Penunjang Medis	1.500.000.000	1.425.000.000	95,00
	Sub Total	8.500.000.000	8.275.000.000	97,35
B	Pendapatan Lain-lain BLUD
1	Jasa Giro	100.000.000	120.000.000	120,00
2	Sewa Ruang	50.000.000	40.000.000	80,00
	Sub Total	150.000.000	160.000.000	106,67
	Jumlah Total	8.650.000.000	8.435.000.000	97,51
"""


def _rules():
    return [r for r in load_rules() if r.id.startswith("GEN")]


def _write(tmp_path: Path, text: str, name: str = "laporan.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _as_unread(report):
    """The report as if no printed table had been recognised (what a new layout looks like to the tool)."""
    info = report.document
    for entry in info.log:
        if entry.status in ("read", "copy"):
            entry.status = "unrecognised"
    info.printed = printed_tables(info.document, info.log)
    return report


def _unread(tmp_path: Path, text: str) -> list:
    """GEN findings with every printed table treated as one no rule pack reads."""
    report = _as_unread(read_document_report(_write(tmp_path, text)))
    found, _ = run_rules(_rules(), report, debug=True)
    return found


def _line(text: str, start: str) -> int:
    """The markdown line (1-based) of the row starting with `start`; the last one if it repeats."""
    return max(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def _swap(text: str, row_start: str, old: str, new: str) -> str:
    """`text` with `old` changed to `new` on the (last) row starting with `row_start`: one injected mistake."""
    lines = text.splitlines(keepends=True)
    n = _line(text, row_start) - 1
    assert old in lines[n], (row_start, old)
    lines[n] = lines[n].replace(old, new, 1)
    return "".join(lines)


def _where(f) -> tuple:
    return f.rule_id, f.location.sheet, f.location.line, f.column


@pytest.mark.parametrize("text", [DINAS, RSUD], ids=["dinas", "rsud"])
def test_correct_tables_give_no_finding(tmp_path, text):
    assert _unread(tmp_path, text) == []


def test_dinas_sub_kegiatan_mistake_is_named_at_its_own_cell(tmp_path):
    """A digit dropped from a sub kegiatan's pagu: its kegiatan's total and its own percentage both point
    to the sub kegiatan, so the finding names it (not the kegiatan) with the value that fits both."""
    text = _swap(DINAS, "1.02.01.2.01.0001", "300.000.000", "30.000.000")
    found = _unread(tmp_path, text)
    assert [_where(f) for f in found] == [("GEN001", "Tabel #1", _line(text, "1.02.01.2.01.0001"), "Pagu (Rp)")]
    assert (found[0].actual, found[0].expected) == (30_000_000, 300_000_000)
    assert found[0].severity.value == "error"


def test_dinas_kegiatan_mistake_is_one_finding_not_two(tmp_path):
    """A kegiatan off by itself disagrees with its sub kegiatan and with its program: one finding, at it."""
    text = _swap(DINAS, "1.02.01.2.01\t", "450.000.000", "540.000.000")
    found = _unread(tmp_path, text)
    assert [_where(f) for f in found] == [("GEN001", "Tabel #1", _line(text, "1.02.01.2.01\t"), "Realisasi (Rp)")]
    assert found[0].expected == 450_000_000
    assert "1.02.01.2.01 Perencanaan dan Evaluasi" in found[0].text()


def test_dinas_total_row_adds_programs_only(tmp_path):
    """`Jumlah` adds the programs, not the programs and their own kegiatan and sub kegiatan again."""
    text = _swap(DINAS, "\tJumlah", "2.160.000.000", "2.610.000.000")
    found = _unread(tmp_path, text)
    assert [_where(f) for f in found] == [("GEN001", "Tabel #1", _line(text, "\tJumlah"), "Realisasi (Rp)")]
    assert found[0].expected == 2_160_000_000
    assert "2.610.000.000" in found[0].text() and "2.160.000.000" in found[0].text()


@pytest.mark.parametrize("printed,severity", [
    ("2.610.000.000", "error"),  # 2.160 typed 2.610: a slip of the sum
    ("1.400.000.000", "error"),  # the second programme left out (760.000.000 short)
    ("2.170.000.000", "error"),  # within a few percent
    ("9.850.000.000", "warning"),  # four times the rows read: more likely other rows (a page before) than a slip
])
def test_a_sum_far_from_its_rows_in_an_unread_table_is_a_warning(tmp_path, printed, severity):
    """A table no kind read is summed by a structure guessed from its labels, codes and type: a sum that is off as
    a hand slips is an error, one off by much more says the guess may be wrong, and is said as a warning (real
    LKIPs: a `Jumlah` of rows partly on the page before, a parent over the children of another)."""
    text = _swap(DINAS, "\tJumlah", "2.160.000.000", printed)
    found = _unread(tmp_path, text)
    assert [(f.rule_id, f.severity.value, f.expected) for f in found] == [("GEN001", severity, 2_160_000_000)]


def test_dinas_percent_mistake(tmp_path):
    text = _swap(DINAS, "1.02.01.2.01.0002", "85,00", "58,00")
    found = _unread(tmp_path, text)
    assert [_where(f) for f in found] == [("GEN002", "Tabel #1", _line(text, "1.02.01.2.01.0002"), "%")]
    assert found[0].expected == pytest.approx(85.0)


def test_staff_cell_wrong_in_row_and_column_is_named_once(tmp_path):
    """A mistyped count makes its row's Jumlah and its column's Jumlah both disagree, by the same amount:
    the cell where they cross is the one named."""
    text = _swap(RSUD, "3\tPerawat", "\t15\t", "\t51\t")
    found = _unread(tmp_path, text)
    assert [_where(f) for f in found] == [("GEN001", "Tabel #1", _line(text, "3\tPerawat"), "PPPK")]
    assert (found[0].actual, found[0].expected) == (51, 15)
    assert found[0].location.cell == "D4"


def test_staff_grand_total_wrong(tmp_path):
    """The corner cell disagrees with both its row and its column: one finding; the other staff table
    is not blamed, since the profession table's own rows give 255."""
    text = _swap(RSUD, "\tJumlah\t130", "\t255", "\t265")
    found = _unread(tmp_path, text)
    assert [_where(f) for f in found] == [("GEN001", "Tabel #1", _line(text, "\tJumlah\t130"), "Jumlah")]


def test_staff_tables_disagree_on_headcount(tmp_path):
    """A staff table consistent in itself but counting other people than the profession table."""
    text = _swap(_swap(RSUD, "2\tPerempuan", "155", "165"), "\tJumlah\t255", "255", "265")
    found = _unread(tmp_path, text)
    assert [_where(f) for f in found] == [("GEN003", "Tabel #2", _line(text, "\tJumlah\t265"), "Jumlah")]
    assert found[0].expected == 255
    assert "Tabel #1" in found[0].text()


def test_blud_sub_total_wrong(tmp_path):
    text = _swap(RSUD, "\tSub Total\t8.500", "8.275.000.000", "8.725.000.000")
    found = _unread(tmp_path, text)
    assert [_where(f) for f in found] == [("GEN001", "Tabel #3", _line(text, "\tSub Total\t8.500"), "Realisasi (Rp)")]
    assert found[0].expected == 8_275_000_000


def test_blud_grand_total_adds_the_sub_totals(tmp_path):
    text = _swap(RSUD, "\tJumlah Total", "8.650.000.000", "8.560.000.000")
    found = _unread(tmp_path, text)
    assert [_where(f) for f in found] == [("GEN001", "Tabel #3", _line(text, "\tJumlah Total"), "Target (Rp)")]
    assert found[0].expected == 8_650_000_000


def test_blud_item_named_by_its_sub_total_and_percentage(tmp_path):
    text = _swap(RSUD, "2\tRawat Inap", "4.750.000.000", "4.570.000.000")
    found = _unread(tmp_path, text)
    assert [_where(f) for f in found] == [("GEN001", "Tabel #3", _line(text, "2\tRawat Inap"), "Realisasi (Rp)")]
    assert found[0].expected == 4_750_000_000


def test_messages_in_both_languages_name_table_row_and_column(tmp_path):
    text = _swap(RSUD, "\tSub Total\t8.500", "8.275.000.000", "8.725.000.000")
    (found,) = _unread(tmp_path, text)
    id_, en = found.text("id"), found.text("en")  # one finding, said in either language
    for said in (id_, en):
        assert "Tabel #3 (Tabel 3.4 Realisasi Pendapatan BLUD Tahun 2023)" in said
        assert "'Sub Total'" in said and "'Realisasi (Rp)'" in said
    assert "padahal" in id_ and "but" in en
    assert found.location.short() == f"laporan.md:{_line(text, chr(9) + 'Sub Total' + chr(9) + '8.500')} (Tabel #3!D6)"


def test_percent_of_amounts_in_either_column_order(tmp_path):
    """Realisasi printed before the pagu: the pair is found by what reproduces the rows."""
    text = HEAD.format(agency="BADAN PENDAPATAN DAERAH KABUPATEN CONTOH") + textwrap.dedent("""\
        Tabel 3.2 Realisasi Belanja Menurut Jenis

        Jenis Belanja	Realisasi (Rp)	Anggaran (Rp)	Serapan (%)
        Belanja Pegawai	4.500.000.000	5.000.000.000	90,00
        Belanja Barang dan Jasa	2.850.000.000	3.000.000.000	95,00
        Belanja Modal	1.600.000.000	2.000.000.000	80,00
        Jumlah	8.950.000.000	10.000.000.000	89,50
        """)
    assert _unread(tmp_path, text) == []
    wrong = _swap(text, "Belanja Modal", "80,00", "08,00")
    found = _unread(tmp_path, wrong)
    assert [_where(f) for f in found] == [("GEN002", "Tabel #1", _line(wrong, "Belanja Modal"), "Serapan (%)")]
    assert "Realisasi (Rp) / Anggaran (Rp) × 100" in found[0].text()


SHARES = HEAD.format(agency="INSPEKTORAT DAERAH KABUPATEN CONTOH") + """\
Tabel 1.1 Pegawai Menurut Pendidikan

No	Pendidikan	Jumlah	Persentase (%)
1	SMA	6	25,00
2	D3	3	12,50
3	S1	12	50,00
4	S2	3	12,50
	Jumlah	24	100,00
"""


def test_percent_as_a_share_of_the_total_row(tmp_path):
    assert _unread(tmp_path, SHARES) == []
    text = _swap(SHARES, "3\tS1", "50,00", "55,00")
    found = _unread(tmp_path, text)
    assert [(_where(f), f.expected) for f in found] == [
        (("GEN002", "Tabel #1", _line(text, "3\tS1"), "Persentase (%)"), 50)]
    assert "'Jumlah'" in found[0].text()


def test_a_count_its_total_and_its_share_both_contradict_is_named(tmp_path):
    """S1 printed 21 for 12: the total row and S1's own share both say 12; one finding, at S1."""
    text = _swap(SHARES, "3\tS1", "\t12\t", "\t21\t")
    found = _unread(tmp_path, text)
    assert [(_where(f), f.expected) for f in found] == [(("GEN001", "Tabel #1", _line(text, "3\tS1"), "Jumlah"), 12)]


LOKET = HEAD.format(agency="DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN CONTOH") + """\
Tabel 2.4 Dokumen yang Diterbitkan per Tempat Pelayanan

No	Jenis Dokumen	Kantor Dinas	Kecamatan	Mal Pelayanan Publik	Jumlah
1	Kartu Keluarga	1.200	800	400	2.400
2	Akta Kelahiran	900	500	200	1.600
	Jumlah	2.100	1.300	600	4.000
	%	52,50%	32,50%	15,00%	100,00%
"""


def test_a_row_of_shares_under_the_total_row_is_each_column_share_of_the_whole(tmp_path):
    """A `%` row printed under the total row (every figure with its `%`, the total column's 100) is each
    column's share of the total row's whole (2.100 / 4.000 = 52,50%): a wrong share is said at its own cell, with
    the value of the totals (before: the row was added up as figures, and the total column's 100,00% was the
    cell blamed for the sum the wrong share makes); a right row says nothing."""
    assert _unread(tmp_path, LOKET) == []
    text = _swap(LOKET, "\t%", "32,50%", "23,50%")
    found = _unread(tmp_path, text)
    assert [(_where(f), round(f.expected, 2)) for f in found] == [
        (("GEN002", "Tabel #1", _line(text, "\t%"), "Kecamatan"), 32.5)]
    assert "'Jumlah'" in found[0].text("en")
    text = _swap(LOKET, "\t%", "100,00%", "99,00%")
    assert [(_where(f), f.expected) for f in _unread(tmp_path, text)] == [
        (("GEN002", "Tabel #1", _line(text, "\t%"), "Jumlah"), 100)]


def test_capaian_of_a_lower_is_better_indicator_is_not_a_mistake(tmp_path):
    """A percent written as target / realisasi (negative polarity) is one of the conventions in use."""
    text = HEAD.format(agency="DINAS KESEHATAN KABUPATEN CONTOH") + textwrap.dedent("""\
        Tabel 3.1 Capaian Kinerja

        No	Indikator	Target	Realisasi	Capaian (%)
        1	Cakupan imunisasi dasar	90	94,5	105,00
        2	Cakupan persalinan di faskes	95	96	101,05
        3	Angka kematian bayi	8	10	80,00
        4	Cakupan pelayanan hipertensi	80	76	95,00
        """)
    assert _unread(tmp_path, text) == []


GOLONGAN = HEAD.format(agency="SEKRETARIAT DPRD KABUPATEN CONTOH") + """\
Tabel 1.4 Jumlah PNS Menurut Golongan

Golongan	L	P	Jumlah
Golongan IV	2	1	3
IV/a	1	1	2
IV/b	1	0	1
Golongan III	5	5	10
III/a	2	3	5
III/b	2	1	3
III/c	1	1	2
Golongan II	1	0	1
II/c	1	0	1
Jumlah	8	6	14
"""


def test_golongan_over_sub_golongan(tmp_path):
    """`Jumlah` adds the golongan, not the golongan and their sub golongan again; a sub golongan whose
    Jumlah is off puts out its golongan too, and only it is named."""
    assert _unread(tmp_path, GOLONGAN) == []
    text = _swap(GOLONGAN, "III/b", "\t3", "\t4")
    found = _unread(tmp_path, text)
    assert [_where(f) for f in found] == [("GEN001", "Tabel #1", _line(text, "III/b"), "Jumlah")]
    text = _swap(GOLONGAN, "Golongan III", "\t10", "\t11")
    found = _unread(tmp_path, text)
    assert [(_where(f), f.expected) for f in found] == [
        (("GEN001", "Tabel #1", _line(text, "Golongan III"), "Jumlah"), 10)]


def test_hierarchy_only_in_bold_gives_warnings(tmp_path):
    """Bold may be emphasis only: a parent row read from bold type alone is a warning, not an error."""
    text = HEAD.format(agency="KELURAHAN CONTOH KOTA CONTOH") + textwrap.dedent("""\
        Tabel 1.3 Rekapitulasi Aset

        Uraian	Jumlah Barang	Nilai (Rp)
        <b>Peralatan dan Mesin</b>	<b>30</b>	<b>450.000.000</b>
        Komputer	12	180.000.000
        Kendaraan	18	270.000.000
        <b>Gedung dan Bangunan</b>	<b>2</b>	<b>900.000.000</b>
        Kantor	1	700.000.000
        Pos Pelayanan	1	200.000.000
        <b>Aset Tetap Lainnya</b>	<b>15</b>	<b>45.000.000</b>
        Buku	10	5.000.000
        Meja dan Kursi	5	40.000.000
        """)
    assert _unread(tmp_path, text) == []
    wrong = _swap(text, "<b>Aset Tetap", "<b>15</b>", "<b>16</b>")
    found = _unread(tmp_path, wrong)
    assert [(_where(f), f.severity.value) for f in found] == [
        (("GEN001", "Tabel #1", _line(wrong, "<b>Aset Tetap"), "Jumlah Barang"), "warning")]


def test_table_of_contents_is_not_summed(tmp_path):
    """Page numbers under bold chapters are not parts of a total."""
    text = HEAD.format(agency="KECAMATAN CONTOH") + textwrap.dedent("""\
        ## DAFTAR ISI

        <b>KATA PENGANTAR</b>	<b>i</b>
        <b>BAB I PENDAHULUAN</b>	<b>1</b>
        1. Latar Belakang	1
        2. Struktur Organisasi	4
        <b>BAB II PERENCANAAN KINERJA</b>	<b>9</b>
        1. Rencana Strategis	9
        2. Perjanjian Kinerja	12
        <b>BAB III AKUNTABILITAS KINERJA</b>	<b>15</b>
        1. Capaian Kinerja	15
        2. Realisasi Anggaran	30
        """)
    assert _unread(tmp_path, text) == []


# ------------------------------------------------------------------ through audit.run: unknown kinds

POPULATION = HEAD.format(agency="KECAMATAN CONTOH KABUPATEN CONTOH") + """\
Tabel 1.1 Jumlah Penduduk Menurut Desa

Desa	Laki-laki	Perempuan	Jumlah
Alpha	1.200	1.250	2.450
Beta	800	820	1.620
Gamma	650	700	1.350
Jumlah	2.650	2.770	5.420
"""


def _gen(result) -> list:
    return [f for f in result.findings if f.rule_id.startswith("GEN")]


def test_unknown_table_is_checked_in_a_full_audit(tmp_path):
    assert _gen(audit.run(str(_write(tmp_path, POPULATION)))) == []
    text = _swap(POPULATION, "Beta", "1.620", "1.260")
    found = _gen(audit.run(str(_write(tmp_path, text, "salah.md")), lang="en"))
    assert [_where(f) for f in found] == [("GEN001", "Tabel #1", _line(text, "Beta"), "Jumlah")]
    assert "reads 1,260, but Laki-laki + Perempuan = 1,620" in found[0].text("en")
    assert "tertulis 1.260, padahal Laki-laki + Perempuan = 1.620" in found[0].text("id")
    assert found[0].to_record()["location"]["cell"] == "D3"


def test_input_document_is_not_modified(tmp_path):
    path = _write(tmp_path, _swap(POPULATION, "Beta", "1.620", "1.260"))
    before = path.read_bytes()
    audit.run(str(path))
    assert path.read_bytes() == before


def test_seed_gets_no_generic_finding(seed):
    """The seed's unrecognised tables (contents, problem maps, the scale) hold no arithmetic to get
    wrong, and its recognised tables are the rule packs' to check."""
    assert _gen(audit.run(seed)) == []


# ------------------------------------------------------------------ structure

@pytest.mark.parametrize("label, bold, word", [
    ("Jumlah", False, "jumlah"), ("JUMLAH TOTAL", False, "jumlah total"), ("Sub Total Belanja Operasi", False,
                                                                              "sub total"),
    ("Jumlah I", False, "jumlah"), ("Total Pendapatan BLUD", False, "total"), ("Grand Total", False, "grand total"),
    ("Jumlah Penduduk", False, None), ("Jumlah Penduduk", True, "jumlah"), ("Jumlah Desa yang menetapkan", False, None),
    ("Penjumlahan", False, None),
])
def test_total_rows_are_told_from_rows_named_jumlah(label, bold, word):
    assert total_word(label, bold) == word


def _levels(tmp_path, rows: str) -> tuple:
    path = _write(tmp_path, "# T\n\n" + textwrap.dedent(rows))
    printed = read(read_document(path).tables[0])
    return printed.source, [ln.level for ln in printed.lines if not ln.total]


def test_levels_from_budget_codes_labels_numbering_and_columns(tmp_path):
    source, levels = _levels(tmp_path, """\
        Kode	Uraian	Pagu
        1.02.01	Program A	300
        1.02.01.2.01	Kegiatan A	300
        1.02.01.2.01.0001	Sub A	300
        """)
    assert source == "code" and levels == [3, 5, 6]
    source, levels = _levels(tmp_path, """\
        Uraian	Pagu
        Program A	300
        Kegiatan A1	300
        Sub Kegiatan A1a	300
        """)
    assert source == "label" and levels == [1, 2, 3]
    source, levels = _levels(tmp_path, """\
        No	Uraian	Nilai
        I	Pendapatan	300
        A	Pendapatan Asli	300
        1	Retribusi	200
        2	Lain-lain	100
        """)
    assert source == "numbering" and levels == [1, 2, 3, 3]
    # rows whose first cell is empty start with a tab: written as \t, where a tab after the indent is invisible
    source, levels = _levels(tmp_path, "Program\tKegiatan\tPagu\nPenunjang\t\t300\n"
                                       "\tPerencanaan\t100\n\tKeuangan\t200\n")
    assert source == "column" and levels == [0, 1, 1]


@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_docx_and_pdf_renderings_give_the_same_finding(tmp_path, form):
    """The same table read from Word merged cells or PDF ruling lines: the finding names the printed
    table and cell, and in a PDF the page."""
    from tests.corpus.render import render

    text = _swap(RSUD, "\tSub Total\t8.500", "8.275.000.000", "8.725.000.000")
    rendered = render(_write(tmp_path, text), tmp_path)[form]
    found, _ = run_rules(_rules(), _as_unread(read_document_report(rendered)), debug=True)
    assert [(f.rule_id, f.location.sheet, f.location.cell, f.column) for f in found] == [
        ("GEN001", "Tabel #3", "D6", "Realisasi (Rp)")]
    assert (found[0].location.page is not None) == (form == "pdf")


def test_a_rule_tolerance_widens_the_comparison(tmp_path):
    """`tolerance` set in an override pack: a total off by less than it is accepted."""
    (tmp_path / "local.yaml").write_text("pack: local\noverrides:\n  - {id: GEN001, tolerance: 500}\n",
                                         encoding="utf-8")
    widened = [r for r in load_rules((str(tmp_path / "local.yaml"),)) if r.id == "GEN001"]
    report = read_document_report(_write(tmp_path, _swap(POPULATION, "Jumlah", "5.420", "5.720")))
    assert run_rules(widened, report)[0] == []
    assert [f.location.cell for f in run_rules(_rules(), report)[0]] == ["D5"]


SCOPES = HEAD.format(agency="BADAN PENDAPATAN DAERAH KABUPATEN CONTOH") + """\
Tabel 1.1 Pegawai Menurut Pendidikan dan Status Kepegawaian

No	Pendidikan	PNS	PPPK	Non ASN	Jumlah
1	SMA/SMK	13	0	4	17
2	S1/D4	41	6	15	62
	Jumlah	54	6	19	79

Tabel 1.2 Pegawai ASN Menurut Golongan dan Jenis Kelamin

No	Golongan	L	P	Jumlah
1	IV	5	6	11
2	III	21	16	37
3	II	7	5	12
	Jumlah	33	27	60
"""


def test_staff_tables_of_asn_only_are_compared_with_the_asn_columns(tmp_path):
    """`Pegawai ASN` counts PNS and PPPK (54 + 6), not the 79 staff with non-ASN: no finding; an ASN table
    adding up to another number is reported at its grand total."""
    assert _unread(tmp_path, SCOPES) == []
    text = _swap(_swap(SCOPES, "3\tII", "\t5\t12", "\t6\t13"), "\tJumlah\t33", "\t27\t60", "\t28\t61")
    found = _unread(tmp_path, text)
    assert [(_where(f), f.expected) for f in found] == [
        (("GEN003", "Tabel #2", _line(text, "\tJumlah\t33"), "Jumlah"), 60)]


def test_a_row_of_averages_is_no_part_of_the_total(tmp_path):
    text = HEAD.format(agency="KECAMATAN CONTOH KABUPATEN CONTOH") + textwrap.dedent("""\
        Tabel 3.6 Jumlah Kunjungan Layanan per Desa

        Desa	Kunjungan
        Alpha	120
        Beta	80
        Gamma	100
        Rata-rata	100
        Jumlah	300
        """)
    assert _unread(tmp_path, text) == []
    wrong = _swap(text, "Jumlah", "300", "400")
    assert [(_where(f), f.expected) for f in _unread(tmp_path, wrong)] == [
        (("GEN001", "Tabel #1", _line(wrong, "Jumlah"), "Kunjungan"), 300)]


SPANNED = HEAD.format(agency="KECAMATAN CONTOH KOTA CONTOH") + """\
Tabel 2.7 Jumlah Pegawai (PNS) Berdasarkan Golongan

<table>
<tr><th rowspan="2">Tingkat</th><th colspan="2">III</th><th colspan="2">II</th><th colspan="2">Jumlah</th></tr>
<tr><th>L</th><th>P</th><th>L</th><th>P</th><th>L</th><th>P</th></tr>
<tr><td>Kecamatan</td><td>6</td><td>2</td><td>9</td><td>1</td><td>15</td><td>3</td></tr>
<tr><td>Kelurahan Alpha</td><td>3</td><td>3</td><td>1</td><td>-</td><td>4</td><td>3</td></tr>
<tr><td>Jumlah</td><td colspan="2">14</td><td colspan="2">11</td><td colspan="2">25</td></tr>
</table>
"""


def test_a_total_printed_over_a_column_group_adds_the_whole_group(tmp_path):
    """A real kecamatan prints each golongan's total once over its L and P columns: 14 is L + P of all
    rows (6 + 2 + 3 + 3), not a wrong L total (9). Printed wrong (13), it is named under the group by the
    generic checks (the table unread); read as staff by unit (`audit/document/staff_units.py`), by SUM070 at
    the same cell, and no generic check repeats it."""
    assert _unread(tmp_path, SPANNED) == [] and _gen(audit.run(str(_write(tmp_path, SPANNED)))) == []
    text = SPANNED.replace('<td colspan="2">14</td>', '<td colspan="2">13</td>')
    found = _unread(tmp_path, text)
    assert [(f.rule_id, f.column, f.actual, f.expected) for f in found] == [("GEN001", "III", 13, 14)]
    assert "jumlah 2 baris rinciannya 14" in found[0].text("id")
    read = audit.run(str(_write(tmp_path, text, "salah.md")))
    assert not _gen(read)
    assert [(f.rule_id, f.actual, f.expected, f.location.cell) for f in read.findings
            if f.severity.value == "error"] == [("SUM070", 13, 14, "B5"), ("SUM074", 25, 24, "F5")]


#: staff of a kecamatan and its kelurahan by golongan and sex, a group of L P per golongan and a `Jumlah`
#: group of L P (the layout of a Balikpapan Timur table, tests/wild; figures invented, consistent)
BY_GROUP = """LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023

KECAMATAN CONTOH

# BAB I PENDAHULUAN

Tabel 1.2 Jumlah Pegawai (PNS) Berdasarkan Golongan

<table>
<tr><th rowspan="2">Unit Kerja</th><th colspan="2">IV</th><th colspan="2">III</th><th colspan="2">II</th>
<th colspan="2">Jumlah</th></tr>
<tr><th>L</th><th>P</th><th>L</th><th>P</th><th>L</th><th>P</th><th>L</th><th>P</th></tr>
<tr><td>Kecamatan Contoh</td><td>1</td><td>1</td><td>6</td><td>2</td><td>9</td><td>1</td><td>16</td><td>4</td></tr>
<tr><td>Kelurahan Satu</td><td>-</td><td>-</td><td>3</td><td>3</td><td>1</td><td>-</td><td>4</td><td>3</td></tr>
<tr><td>Kelurahan Dua</td><td>-</td><td>1</td><td>4</td><td>1</td><td>2</td><td>1</td><td>6</td><td>3</td></tr>
</table>
"""


def test_a_total_column_group_adds_the_same_column_of_every_group(tmp_path):
    """`Jumlah / P` is `IV / P` + `III / P` + `II / P`: a kelurahan's women mistyped in its Jumlah is named
    there, with each group's column in the message."""
    assert _unread(tmp_path, BY_GROUP) == []
    text = _swap(BY_GROUP, "<tr><td>Kelurahan Satu", "<td>4</td><td>3</td></tr>", "<td>4</td><td>2</td></tr>")
    found = _unread(tmp_path, text)
    assert [(f.rule_id, f.row_label, f.column, f.actual, f.expected) for f in found] == [
        ("GEN001", "Kelurahan Satu", "Jumlah / P", 2, 3)]
    assert "IV / P + III / P + II / P = 3" in found[0].text("en")


@pytest.mark.parametrize("printed, expected", [("84", 81.48), ("16", 18.52)])
def test_a_share_column_of_two_rows_with_one_wrong_is_still_checked(tmp_path, printed, expected):
    """Staff by sex as Tapanuli Tengah prints them (S49): `Persentase` with `100` in the Jumlah row. With one of
    the two shares wrong the column no longer adds up to 100, and only one row reproduces its share; the 100
    printed as the total says it is a composition, so the wrong share is found (before: the column went
    unchecked). A column without that 100, or whose rows mostly disagree, stays unread."""
    rows = {"84": ("84", "19"), "16": ("81", "16")}[printed]
    text = textwrap.dedent(f"""\
        # LAPORAN KINERJA TAHUN 2023

        Tabel 1 : Jumlah Pegawai Berdasarkan Jenis Kelamin

        | Jenis Kelamin | Jumlah | Persentase |
        |---|---|---|
        | Laki-laki | 44 orang | {rows[0]} |
        | Perempuan | 10 orang | {rows[1]} |
        | Jumlah | 54 orang | 100 |
        """)
    path = tmp_path / "laporan.md"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text("agency: Dinas Contoh\nyear: 2023\n", encoding="utf-8")
    found = [(f.rule_id, round(f.expected, 2)) for f in audit.run(path, suggest=False).findings
             if f.rule_id.startswith("GEN")]
    assert found == [("GEN002", expected)]
    unlabelled = text.replace("| Jumlah | 54 orang | 100 |", "| Jumlah | 54 orang | |")
    path.write_text(unlabelled, encoding="utf-8")
    assert not [f for f in audit.run(path, suggest=False).findings if f.rule_id == "GEN002"]


def test_a_column_numbering_row_left_among_the_rows_is_no_row_of_figures():
    """Two real PDF layouts (Jawa Barat LKIP 2016): the Disnak's budget table, whose tall header is parted from its
    numbering row `1 2 3 4 5 6` by empty rows, and the Disbun's indicators against the national figure, whose
    numbering row comes again under a page break, a number read twice (`1 2 3 4 5 6 6`). Neither is a row of
    figures (before: a false GEN002 error each, `5` held to 4 / 3 × 100)."""
    from audit.document.model import DocCell, DocTable

    def row(*texts):
        return [DocCell(t) for t in texts]

    table = DocTable(1, [row("No", "Program", "Anggaran (Rp.)", "Realisasi (Rp.)", "(%)", "Fisik (%)"),
                         row("", "", "", "", "", ""),
                         row("1", "2", "3", "4", "5", "6"),
                         row("1", "Program A", "1.000.000", "900.000", "90,00", "100"),
                         row("2", "Program B", "2.000.000", "1.500.000", "75,00", "100"),
                         row("1", "2", "3", "4", "5", "6"),
                         row("3", "Program C", "4.000.000", "1.000.000", "25,00", "100"),
                         row("1", "2", "3", "4", "5", "5")])
    printed = read(table)
    assert [ln.label for ln in printed.lines] == ["Program A", "Program B", "Program C"]
