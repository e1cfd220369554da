"""Prose and signatures as agencies write them: percentages checked against their own amounts,
signatory blocks in any order with a rank line, names compared without their titles.

Each document is small markdown in the style of a real agency (a dinas, an RSUD, a kelurahan);
the clean version gives no finding, the version with one mistake gives it at the mistake's line.
"""
from __future__ import annotations

import textwrap

import pytest

import audit
from audit.document.claims import find_claims
from audit.document.facts import find_facts
from audit.document.markdown import parse_markdown

DINAS = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023

Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Sukamakmur

## KATA PENGANTAR

Laporan ini disusun sebagai pertanggungjawaban kinerja Dinas Pekerjaan Umum dan Penataan Ruang.

Sukamakmur, 15 Januari 2024

KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG
KABUPATEN SUKAMAKMUR

**Ir. BAMBANG SUTRISNO, M.T.**
Pembina Utama Muda (IV/c)
NIP. 19680407 198903 1 006

## BAB III AKUNTABILITAS KINERJA

Pada tahun 2023 realisasi belanja sebesar Rp 9.620.000.000 dari pagu Rp 10.000.000.000 atau 96,20%, dan realisasi pendapatan Rp 5.152.500.000 atau 103,05% dari target Rp 5.000.000.000.

Pagu anggaran belanja Dinas sebesar Rp 10.000.000.000 terealisasi Rp 9.620.000.000 atau 96,20%, dan target pendapatan retribusi Rp 5.000.000.000 terealisasi Rp 5.152.500.000 atau 103,05%.

Belanja\tAnggaran\tRealisasi\t%
Belanja Operasi\t10.000.000.000,00\t9.620.000.000,00\t96,20

## BAB IV PENUTUP

Demikian laporan kinerja Dinas Pekerjaan Umum dan Penataan Ruang tahun 2023.

Kepala Dinas Pekerjaan Umum dan Penataan Ruang
Kabupaten Sukamakmur
Pembina Utama Muda
**BAMBANG SUTRISNO**
NIP : 196804071989031006
"""  # noqa: E501 - a paragraph is one line, as the documents print it

RSUD = """\
# LAPORAN KINERJA TAHUN 2023

Rumah Sakit Umum Daerah Kabupaten Sukamakmur

Realisasi pendapatan BLUD sebesar Rp 42.160.000.000 atau 105,40 % dari target Rp 40.000.000.000, sedangkan realisasi belanja BLUD Rp 39.876.000.000 dari pagu Rp 41.000.000.000 (97,26%).

DIREKTUR RSUD dr. SOEWANDI
KABUPATEN SUKAMAKMUR

**dr. RATNA DEWI ANGGRAINI, Sp.PD., M.Kes**
Pembina Tk. I (IV/b)
NIP. 19750312 200212 2 004

## LAMPIRAN

PIHAK PERTAMA
Direktur RSUD dr. Soewandi

Pembina Tk. I (IV/b)
dr. Ratna Dewi Anggraini, Sp.PD, M.Kes.
NIP 19750312 200212 2 004
"""  # noqa: E501 - a paragraph is one line, as the documents print it

KELURAHAN = """\
# LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2023

Kelurahan Sukajadi Kecamatan Kota Kabupaten Sukamakmur

Anggaran Kelurahan sebesar Rp 1.250.000.000 terealisasi Rp 1.202.625.000 atau sebesar 96,21 persen.

Dari pagu Rp 1.250.000.000 telah diserap Rp 1.202.625.000 yang mencapai 96,21 % sampai akhir tahun.

LURAH SUKAJADI

**AHMAD FAUZI, S.Sos.**
Penata Tk. I (III/d)
NIP. 19800101 200501 1 003

Mengetahui,
LURAH SUKAJADI
Penata Tk. I (III/d)
AHMAD FAUZI, S.Sos
NIP. 19800101 200501 1 003
"""


def _write(tmp_path, text: str, name="laporan.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _line(path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def _said(path, *rules) -> list[tuple[str, int, object]]:
    return [(f.rule_id, f.location.line, f.expected) for f in audit.run(path, select=rules).findings]


def _shares(sentence: str) -> list[tuple]:
    return [(c.value, c.base, c.part) for c in find_claims(parse_markdown(sentence)) if c.kind == "share"]


# --- percentages in the prose -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [DINAS, RSUD, KELURAHAN], ids=["dinas", "rsud", "kelurahan"])
def test_clean_reports_give_no_claim_or_signature_finding(tmp_path, text):
    assert _said(_write(tmp_path, text), "CLAIM", "DOC013") == []


def test_the_second_percentage_is_not_checked_against_the_first_pair(tmp_path):
    """`Pagu Rp A terealisasi Rp B atau P%, dan target Rp C terealisasi Rp D atau Q%`: Q is D / C."""
    sentence = ("Pagu anggaran belanja sebesar Rp 10.000.000.000 terealisasi Rp 9.620.000.000 atau 96,20%, dan target "
                "pendapatan Rp 5.000.000.000 terealisasi Rp 5.152.500.000 atau 103,05%.")
    assert _shares(sentence) == [(96.2, 10e9, 9.62e9), (103.05, 5e9, 5.1525e9)]


def test_each_percentage_is_of_its_own_pair_whichever_side_the_base_is_on():
    sentence = ("Realisasi belanja sebesar Rp 9.620.000.000 dari pagu Rp 10.000.000.000 atau 96,20%, dan realisasi "
                "pendapatan Rp 5.152.500.000 atau 103,05% dari target Rp 5.000.000.000.")
    assert _shares(sentence) == [(96.2, 10e9, 9.62e9), (103.05, 5e9, 5.1525e9)]


@pytest.mark.parametrize("stated", ["atau sebesar 96,21 persen", "(96,21%)", "yang mencapai 96,21 %", "atau 96,21%"])
def test_shares_as_agencies_state_them(stated):
    sentence = f"Dari pagu Rp 1.250.000.000 telah terealisasi Rp 1.202.625.000 {stated} pada akhir tahun."
    assert _shares(sentence) == [(96.21, 1.25e9, 1.202625e9)]


@pytest.mark.parametrize("sentence", [
    # the percentage's clause holds one amount: its base is not stated
    "Pagu Rp 10.000.000.000 terealisasi Rp 9.620.000.000, sedangkan belanja modal Rp 4.000.000.000 atau 40,00%.",
    # a percentage of something else than the amounts
    "Pagu Rp 10.000.000.000 terealisasi Rp 9.620.000.000 sehingga capaian kinerja sasaran mencapai 88,00%.",
])
def test_a_percentage_is_never_checked_against_amounts_it_is_not_stated_of(sentence):
    assert _shares(sentence) == []


def test_parts_listed_with_terdiri_dari_are_not_taken_as_the_base():
    sentence = "Pagu Rp 10.000.000.000 terdiri dari belanja pegawai Rp 4.000.000.000 atau 40,00% dari seluruh pagu."
    assert _shares(sentence) == [(40.0, 10e9, 4e9)]


def test_a_wrong_percentage_is_found_at_its_line_against_its_own_pair(tmp_path):
    wrong = DINAS.replace("Rp 5.152.500.000 atau 103,05%.", "Rp 5.152.500.000 atau 130,05%.")
    path = _write(tmp_path, wrong)
    assert _said(path, "CLAIM") == [("CLAIM003", _line(path, "130,05%"), 103.05)]


def test_a_wrong_first_percentage_before_a_dari_phrase_is_found(tmp_path):
    wrong = DINAS.replace("dari pagu Rp 10.000.000.000 atau 96,20%", "dari pagu Rp 10.000.000.000 atau 96,02%")
    path = _write(tmp_path, wrong)
    assert _said(path, "CLAIM003") == [("CLAIM003", _line(path, "96,02%"), 96.2)]


def test_a_wrong_share_in_an_rsud_report_names_its_pair(tmp_path):
    path = _write(tmp_path, RSUD.replace("(97,26%)", "(97,62%)"))
    found = audit.run(path, select=("CLAIM",), lang="en").findings
    assert [(f.rule_id, f.location.line, f.expected) for f in found] == [("CLAIM003", _line(path, "97,62%"), 97.26)]
    # the amounts quoted as printed, the share computed in the reader's numbers
    assert "'Rp 39.876.000.000' of 'Rp 41.000.000.000' is 97.26%" in found[0].text("en")
    assert "'Rp 39.876.000.000' dari 'Rp 41.000.000.000' adalah 97,26%" in found[0].text("id")


def test_budget_amounts_take_their_role_from_the_nearest_words(tmp_path):
    """`realisasi ... Rp A dari pagu Rp B`: B is a pagu, checked against the budget, not the realisation."""
    wrong = DINAS.replace("dari pagu Rp 10.000.000.000 atau 96,20%", "dari pagu Rp 11.000.000.000 atau 87,45%")
    path = _write(tmp_path, wrong)
    assert _said(path, "CLAIM001", "CLAIM002") == [("CLAIM001", _line(path, "Rp 11.000.000.000"), 10e9)]


def test_an_amount_far_from_every_table_amount_is_a_warning_without_a_proposed_value(tmp_path):
    """A real LKIP's narrative quotes the whole budget (BTL and BL) while its table lists the programmes: nothing the
    reader read is that amount mistyped, so the finding says where it looked and proposes no table's amount."""
    far = DINAS.replace("dari pagu Rp 10.000.000.000 atau 96,20%", "dari pagu Rp 27.059.202.004 atau 35,55%")
    found = audit.run(_write(tmp_path, far), select=("CLAIM001",), lang="en").findings
    assert [(f.rule_id, f.severity.value, f.expected) for f in found] == [("CLAIM001", "warning", None)]
    assert "in none of the budget tables read (belanja) and is not their sum" in found[0].text("en")


def test_an_amount_the_table_adds_up_to_is_not_flagged(tmp_path):
    """Two lines of spending and no total row: the narrative's total is their sum."""
    table = ("Belanja\tAnggaran\tRealisasi\t%\nBelanja Operasi\t6.000.000.000,00\t5.800.000.000,00\t96,67\n"
             "Belanja Modal\t4.000.000.000,00\t3.820.000.000,00\t95,50\n")
    one = "Belanja\tAnggaran\tRealisasi\t%\nBelanja Operasi\t10.000.000.000,00\t9.620.000.000,00\t96,20\n"
    split = DINAS.replace(one, table)
    assert split != DINAS
    assert _said(_write(tmp_path, split), "CLAIM001", "CLAIM002") == []


@pytest.mark.parametrize("sentence,count", [
    ("Jumlah pegawai yang ada pada Dinas Sosial Kota Bandung saat ini sebanyak 42 orang.", 42),  # S62
    ("Jumlah pegawai laki-laki sebanyak 30 orang.", None),  # a part of the staff, not the whole
    ("Jumlah pegawai golongan III adalah 12 orang.", None),
])
def test_a_headcount_stated_after_jumlah_pegawai_is_the_whole(sentence, count):
    found = [c.value for c in find_claims(parse_markdown(sentence)) if c.kind == "headcount"]
    assert found == ([count] if count else [])


# --- signatory blocks ---------------------------------------------------------------------------------------


def _blocks(text: str):
    return [(s.name, s.nip, s.position) for s in find_facts(parse_markdown(textwrap.dedent(text))).signatures]


@pytest.mark.parametrize("block", [
    "KEPALA DINAS KESEHATAN\n\n**BUDI SANTOSO, S.H.**\nPembina Utama Muda (IV/c)\nNIP. 19680407 198903 1 006\n",
    "KEPALA DINAS KESEHATAN\nPembina Utama Muda (IV/c)\n**BUDI SANTOSO, S.H.**\nNIP : 19680407 198903 1 006\n",
    "KEPALA DINAS KESEHATAN\n\nBUDI SANTOSO, S.H.\nPembina Tk. I\nNIP 196804071989031006\n",
    "KEPALA DINAS KESEHATAN\nBUDI SANTOSO, S.H.\nNIP. 19680407 198903 1 006\nPembina Utama Muda (IV/c)\n",
    "KEPALA DINAS KESEHATAN\n**BUDI SANTOSO, S.H.**\nPenata Tk. I (III/d)\nNIP. : 19680407 198903 1 006\n",
    "KEPALA DINAS KESEHATAN\nBUDI SANTOSO, S.H.\nPembina Tingkat I / IV.b\nNIP. 19680407 198903 1 006\n",
], ids=["name-rank-nip", "rank-name-nip", "tk-no-golongan", "rank-after-nip", "penata", "tingkat"])
def test_the_rank_line_is_never_the_name(block):
    assert _blocks(block) == [("BUDI SANTOSO, S.H.", "196804071989031006", "KEPALA DINAS KESEHATAN")]


def test_a_block_does_not_reach_into_the_block_above():
    text = ("CAMAT SUKAMAJU\n**ANI RAHAYU, S.Sos.**\nNIP. 19800101 200501 2 003\n\n"
            "**IWAN SETIAWAN, S.STP**\nNIP. 19750921 199602 1 002\n")
    assert _blocks(text)[1] == ("IWAN SETIAWAN, S.STP", "197509211996021002", "")


def test_the_head_is_found_under_the_rank_line():
    facts = find_facts(parse_markdown(DINAS))
    head = facts.head()
    assert (head.name, head.nip) == ("Ir. BAMBANG SUTRISNO, M.T.", "196804071989031006")
    assert head.position.startswith("KEPALA DINAS")


@pytest.mark.parametrize("text, old, new", [
    (DINAS, "**BAMBANG SUTRISNO**", "**BAMBANG SUTRISMO**"),
    (RSUD, "dr. Ratna Dewi Anggraini, Sp.PD, M.Kes.", "dr. Ratna Dewi Angraeni, Sp.PD, M.Kes."),
    (KELURAHAN, "AHMAD FAUZI, S.Sos\n", "AHMAD FAWZI, S.Sos\n"),
], ids=["dinas", "rsud", "kelurahan"])
def test_a_misspelt_head_name_is_found_at_its_line(tmp_path, text, old, new):
    path = _write(tmp_path, text.replace(old, new))
    found = audit.run(path, select=("DOC013",)).findings
    assert [(f.location.line, f.actual) for f in found] == [(_line(path, new.strip("*\n")), new.strip("*\n"))]


def test_a_misprinted_head_nip_beside_a_rank_line_is_found(tmp_path):
    head, last = KELURAHAN.rsplit("1 003", 1)
    path = _write(tmp_path, head + "1 008" + last)  # the second block
    assert _said(path, "DOC013") == [("DOC013", _line(path, "1 008"), "198001012005011003")]


# --- indicators said to reach their target ------------------------------------------------------------------

PENGUKURAN = """\
# LAPORAN KINERJA TAHUN 2023

Dinas Kesehatan Kabupaten Sukamakmur

Pada Tahun 2023 Dinas Kesehatan mengukur 3 (tiga) indikator kinerja utama; 2 indikator mencapai atau melampaui target.

**Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2023**

No\tIndikator Kinerja\tPolaritas\tTarget\tRealisasi\tCapaian (%)\tPredikat
1\tCakupan imunisasi dasar lengkap\tPositif\t95\t96,5\t101,58\tSangat Baik
2\tAngka kematian bayi per 1.000 kelahiran hidup\tNegatif\t8\t7\t112,50\tSangat Baik
3\tPersentase puskesmas terakreditasi\tPositif\t100\t90\t90,00\tSangat Baik
"""


@pytest.mark.parametrize("phrase", ["mencapai atau melampaui target", "mencapai/melebihi target", "telah tercapai",
                                    "memenuhi target"])
def test_indicators_achieved_as_agencies_say_it(phrase):
    doc = parse_markdown(f"Dari 3 indikator kinerja utama, 2 indikator {phrase} pada tahun ini.")
    assert [(c.value, c.base) for c in find_claims(doc) if c.kind == "achieved"] == [(2.0, 3.0)]


def test_a_negative_indicator_below_its_target_has_reached_it(tmp_path):
    assert _said(_write(tmp_path, PENGUKURAN), "CLAIM") == []


@pytest.mark.parametrize("old, new, rule, expected", [
    ("; 2 indikator mencapai", "; 3 indikator mencapai", "CLAIM007", 2.0),
    ("mengukur 3 (tiga) indikator", "mengukur 4 (empat) indikator", "CLAIM005", 3.0),
], ids=["achieved", "measured"])
def test_a_wrong_count_of_indicators_is_found_at_its_sentence(tmp_path, old, new, rule, expected):
    path = _write(tmp_path, PENGUKURAN.replace(old, new))
    assert _said(path, "CLAIM") == [(rule, _line(path, new), expected)]


def _without(text: str, *columns: str) -> str:
    """The measurement table without some of its columns."""
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("No\t"))
    drop = [lines[at].split("\t").index(c) for c in columns]
    for i in range(at, len(lines)):
        if lines[i]:
            lines[i] = "\t".join(c for k, c in enumerate(lines[i].split("\t")) if k not in drop)
    return "\n".join(lines)


def test_without_a_polarity_column_the_printed_capaian_says_which_reading_the_report_took(tmp_path):
    """No Polaritas column: `Angka kematian bayi` 7 against 8 is reached, as its printed 112,50% says."""
    assert _said(_write(tmp_path, _without(PENGUKURAN, "Polaritas")), "CLAIM") == []


def test_with_neither_polarity_nor_capaian_higher_is_better_unless_the_report_says(tmp_path):
    path = _write(tmp_path, _without(PENGUKURAN, "Polaritas", "Capaian (%)", "Predikat"))
    assert _said(path, "CLAIM007") == [("CLAIM007", _line(path, "2 indikator mencapai"), 1.0)]
    path.with_suffix(".yaml").write_text("polarity: {negative: [Angka kematian bayi per 1.000 kelahiran hidup]}\n",
                                         encoding="utf-8")
    assert _said(path, "CLAIM007") == []


def test_a_capaian_on_the_wrong_polarity_does_not_make_the_sentence_wrong(tmp_path):
    """`Angka kematian bayi` printed 87,50% (realisasi / target): the capaian is the mistake, not the count."""
    text = _without(PENGUKURAN, "Polaritas").replace("\t112,50\t", "\t87,50\t")
    assert _said(_write(tmp_path, text), "CLAIM007") == []


PK_PAGE = """\
# LAPORAN KINERJA TAHUN 2023

Dinas Kesehatan Kabupaten Sukamakmur

KEPALA DINAS KESEHATAN

**dr. BUDI SANTOSO, M.Kes**
Pembina Utama Muda (IV/c)
NIP. 19680407 198903 1 006

## LAMPIRAN

PERJANJIAN KINERJA TAHUN 2023

PIHAK KEDUA\tPIHAK PERTAMA
BUPATI SUKAMAKMUR\tKEPALA DINAS KESEHATAN
\tPembina Utama Muda (IV/c)
H. AHMAD SUJONO, S.E.\tdr. BUDI SANTOSO, M.Kes.
\tNIP. 19680407 198903 1 006
"""


def test_signature_blocks_side_by_side_in_a_table_are_read_column_by_column(tmp_path):
    path = _write(tmp_path, PK_PAGE)
    facts = find_facts(parse_markdown(PK_PAGE))
    assert [(s.name, s.position) for s in facts.signatures] == [("dr. BUDI SANTOSO, M.Kes", "KEPALA DINAS KESEHATAN"),
                                                                ("dr. BUDI SANTOSO, M.Kes.", "KEPALA DINAS KESEHATAN")]
    assert _said(path, "DOC013") == []
    wrong = _write(tmp_path, PK_PAGE.replace("\tdr. BUDI SANTOSO, M.Kes.", "\tdr. BUDI SANTOSA, M.Kes."), "salah.md")
    assert _said(wrong, "DOC013") == [("DOC013", _line(wrong, "SANTOSA"), "dr. BUDI SANTOSO, M.Kes")]


def test_amounts_in_juta_and_miliar_are_read_to_their_printed_precision(tmp_path):
    """`Rp 962 juta dari pagu Rp 1 miliar`: amounts as a reader rounds them, not Rp 962 and Rp 1."""
    text = ("# LAPORAN KINERJA TAHUN 2023\n\nBadan Pendapatan Daerah Kabupaten Sukamakmur\n\n"
            "Realisasi belanja sebesar Rp 9,62 miliar dari pagu Rp 10 miliar atau 96,20%, dan realisasi belanja "
            "pegawai Rp 1,5 miliar.\n\n"
            "Belanja\tAnggaran\tRealisasi\t%\n"
            "Belanja Operasi\t10.000.000.000,00\t9.620.000.000,00\t96,20\n"
            "Belanja Pegawai\t1.600.000.000,00\t1.497.250.000,00\t93,58\n")
    path = _write(tmp_path, text)
    assert _shares(text.split("\n\n")[2]) == [(96.2, 10e9, 9.62e9)]
    assert _said(path, "CLAIM") == []
    wrong = _write(tmp_path, text.replace("pegawai Rp 1,5 miliar", "pegawai Rp 1,7 miliar"), "salah.md")
    assert _said(wrong, "CLAIM") == [("CLAIM002", _line(wrong, "Rp 1,7 miliar"), 1497250000.0)]


def test_a_round_budget_the_tables_do_not_print_is_no_slip_of_another_round_one(tmp_path):
    """A Disperindag's prose names each kegiatan's budget (`Kegiatan Jabar Ngagaya ... alokasi anggaran sebesar Rp
    1,000,000,000.00`) where its table prints only the programmes' (100,000,000.00 among them). Round amounts differ
    by a keystroke without any slip: two of one significant digit, a digit more between round amounts (`Rp
    1.200.000.000` against 100.000.000), an amount a keystroke from two of the table's (`Rp 150.000.000` beside
    100.000.000 and 190.000.000). Each is said absent from the tables (a warning), not a mistyped amount (an error,
    before). A slip of one amount of more digits still is (`Rp 1.865.000.000` for the table's 1.855.000.000)."""
    text = ("# LAPORAN KINERJA TAHUN 2016\n\nDinas Perindustrian dan Perdagangan\n\n"
            "Kegiatan Jabar Ngagaya dengan alokasi anggaran sebesar Rp 1.000.000.000,00 telah dilaksanakan.\n\n"
            "Kegiatan Jabar Motekar dengan alokasi anggaran sebesar Rp 1.200.000.000,00 telah dilaksanakan.\n\n"
            "Kegiatan Pasar Murah dengan alokasi anggaran sebesar Rp 150.000.000,00 telah dilaksanakan.\n\n"
            "Kegiatan Pameran dengan alokasi anggaran sebesar Rp 1.865.000.000,00 telah dilaksanakan.\n\n"
            "Belanja\tAnggaran\tRealisasi\t%\n"
            "Belanja Pegawai\t100.000.000,00\t90.000.000,00\t90,00\n"
            "Belanja Modal\t190.000.000,00\t180.000.000,00\t94,74\n"
            "Belanja Barang dan Jasa\t1.855.000.000,00\t1.800.000.000,00\t97,04\n")
    path = _write(tmp_path, text)
    found = [(f.location.line, f.severity.value, f.expected) for f in audit.run(path, select=("CLAIM001",)).findings]
    assert found == [(_line(path, "Ngagaya"), "warning", None), (_line(path, "Motekar"), "warning", None),
                     (_line(path, "Pasar Murah"), "warning", None), (_line(path, "Pameran"), "error", 1855000000.0)]


def _docx_with_one_line_block(path, block: list[str]):
    """A DOCX whose first signature block is one paragraph with line breaks (read as one line of text)."""
    import docx

    d = docx.Document()
    d.add_paragraph("LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023")
    d.add_paragraph("Kecamatan Sukamaju Kabupaten Sukamakmur menyusun laporan kinerja ini.")
    p = d.add_paragraph()
    for i, text in enumerate(block):
        run = p.add_run(text)
        if i < len(block) - 1:
            run.add_break()
    for text in ("CAMAT SUKAMAJU", "BUDI SANTOSO, S.H.", "NIP. 19680407 198903 1 006"):
        d.add_paragraph(text)
    d.save(path)
    return path


@pytest.mark.parametrize("name", ["BUDI SANTOSO, S.H.", "Drs. BUDI SANTOSO"])
def test_a_block_a_reader_joined_into_one_line_is_not_a_different_name(tmp_path, name):
    block = ["CAMAT SUKAMAJU", "KABUPATEN SUKAMAKMUR", name, "Pembina (IV/a)", "NIP. 19680407 198903 1 006"]
    path = _docx_with_one_line_block(tmp_path / "laporan.docx", block)
    assert audit.run(path, select=("DOC013",)).findings == []
    block[2] = name.replace("SANTOSO", "SANTOSA")
    path = _docx_with_one_line_block(tmp_path / "salah.docx", block)
    assert [f.rule_id for f in audit.run(path, select=("DOC013",)).findings] == ["DOC013"]


# --- the staff headcount the prose states -------------------------------------------------------------------

STAFF = """\
# LAPORAN KINERJA TAHUN 2023

Kecamatan Sukamaju Kabupaten Sukamakmur

Dalam melaksanakan tugasnya Kecamatan Sukamaju didukung oleh 27 (dua puluh tujuh) orang pegawai, terdiri dari 12 pegawai laki-laki dan 15 pegawai perempuan.

**Tabel 1.1 Pegawai Menurut Pendidikan**

No\tPendidikan\tPNS\tPPPK\tNon ASN\tJumlah
1\tSMA\t3\t1\t2\t6
2\tS1\t14\t1\t6\t21
\tJumlah\t17\t2\t8\t27

**Tabel 1.2 PNS dan PPPK Menurut Golongan**

No\tGolongan\tL\tP\tJumlah
1\tIV\t1\t3\t4
2\tIII\t4\t11\t15
\tJumlah\t5\t14\t19
"""  # noqa: E501 - a paragraph is one line, as the documents print it


def test_the_whole_staff_stated_in_the_prose_is_a_staff_table_total(tmp_path):
    """27 is the education table's total (all staff); the rank table counts ASN only (19): both are totals."""
    assert _said(_write(tmp_path, STAFF), "CLAIM") == []
    assert _said(_write(tmp_path, STAFF.replace("oleh 27 (dua puluh tujuh)", "oleh 19 (sembilan belas)"), "asn.md"),
                 "CLAIM008") == []
    wrong = _write(tmp_path, STAFF.replace("oleh 27 (dua puluh tujuh)", "oleh 29 (dua puluh sembilan)"), "salah.md")
    assert _said(wrong, "CLAIM") == [("CLAIM008", _line(wrong, "oleh 29"), 27.0)]


@pytest.mark.parametrize("sentence", [
    "Pegawai golongan III sebanyak 15 orang dan golongan IV sebanyak 4 orang pada tahun ini.",
    "Kecamatan memiliki 12 pegawai laki-laki dan 15 pegawai perempuan di kantor.",
])
def test_a_part_of_the_staff_is_not_taken_for_the_whole(sentence):
    assert [c for c in find_claims(parse_markdown(sentence)) if c.kind == "headcount"] == []


def test_a_statement_rule_with_no_statement_of_its_kind_is_said_to_have_run_without_rows(tmp_path):
    """CLAIM007 compares the indicators said to reach their target with the measurement table: said, it ran; with
    the sentence gone the table is still there, but nothing was compared, and the rule is counted without rows (as
    the staff headcount CLAIM008 is, the report stating none), not as run."""
    said = audit.run(str(_write(tmp_path, PENGUKURAN)), suggest=False).coverage
    assert "CLAIM007" not in said.without_rows and "CLAIM008" in said.without_rows
    silent = PENGUKURAN.replace("; 2 indikator mencapai atau melampaui target.", ".")
    assert silent != PENGUKURAN
    result = audit.run(str(_write(tmp_path, silent)), suggest=False)
    assert "CLAIM007" in result.coverage.without_rows
    assert result.rules_run == audit.run(str(_write(tmp_path, PENGUKURAN)), suggest=False).rules_run - 1
