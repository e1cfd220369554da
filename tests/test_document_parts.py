"""The pieces of document reading on their own: markdown cells, header splitting, facts, NIPs, claims."""
from __future__ import annotations

import pytest

from audit.document.claims import find_claims
from audit.document.classify import split_header
from audit.document.facts import find_facts
from audit.document.markdown import parse_markdown, plain
from audit.rules.kinds.document import nip_problems


@pytest.mark.parametrize("raw,text", [
    ("<b>GOLONGAN TANAH</b>", "GOLONGAN TANAH"),
    ('<ol style="x"> <li>1. Merekap</li> <li>2. Menetapkan</li> </ol>', "1. Merekap 2. Menetapkan"),
    ("$70 \\leq x < 85$", "70 ≤ x < 85"),
    ("$\\frac{\\text{Realisasi}}{\\text{Target}} \\times 100\\%$", "(Realisasi) / (Target) × 100%"),
    ("**Tabel 1**", "Tabel 1"),
    ("PT &amp; CV", "PT & CV"),
    ("  Sub   Kegiatan  ", "Sub Kegiatan"),
])
def test_cell_text_is_plain(raw, text):
    assert plain(raw) == text


def test_tables_bold_cells_separators_and_captions():
    doc = parse_markdown(
        "# BAB I\n\n**Tabel 1**\nJudul tabel\n\n| No | Uraian | Nilai |\n|---|:---:|---:|\n"
        "| 1 | <b>A</b> | 2 |\n\nParagraf biasa.\n\nNo\tUraian\n1\tB\n--\t---\n2\tC\n")
    first, second = doc.tables
    assert first.texts() == [["No", "Uraian", "Nilai"], ["1", "A", "2"]]
    assert first.rows[1][1].bold and not first.rows[1][0].bold
    assert first.caption[-2:] == ["Tabel 1", "Judul tabel"] and first.section == ["BAB I"]
    assert first.line == 6 and first.rows[1][0].line == 8
    assert second.texts() == [["No", "Uraian"], ["1", "B"], ["2", "C"]]  # a rule line inside is not a row
    assert [p.text for p in doc.paragraphs if p.level] == ["BAB I"]


def test_header_rows_groups_and_numbering_row():
    doc = parse_markdown("No\tProgram\tKinerja\t\tAnggaran\t\n\t\tTarget\tRealisasi\tPagu\tRealisasi\n"
                         "1\t2\t3\t4\t5\t6\n1\tProgram A\t100\t90\t1.000\t900\n")
    layout = split_header(doc.tables[0])
    assert [c.labels for c in layout.columns] == [["No"], ["Program"], ["Kinerja", "Target"],
                                                  ["Kinerja", "Realisasi"], ["Anggaran", "Pagu"],
                                                  ["Anggaran", "Realisasi"]]
    assert layout.numbering == 2 and layout.body == [3]


def test_groups_printed_out_of_line_are_split_by_their_repeating_labels():
    # KEUANGAN printed one column too far left: the repeated sub-labels say where each group starts
    doc = parse_markdown("No\tKINERJA\t\tKEUANGAN\t\t\t\n"
                         "\tTarget\tRealisasi\t%\tTarget\tRealisasi\t%\n"
                         "1\t100\t90\t90%\t10\t9\t90%\n")
    layout = split_header(doc.tables[0])
    assert [c.labels[0] for c in layout.columns[1:]] == ["KINERJA"] * 3 + ["KEUANGAN"] * 3


@pytest.mark.parametrize("nip,problems", [
    ("196804071989031006", []),
    ("19680407198903100", ["length"]),
    ("196813071989031006", ["birth"]),
    ("196804071979031006", ["appointment"]),  # appointed at 10
    ("196804071989131006", ["appointment"]),  # month 13
    ("196804071989033006", ["sex"]),
])
def test_nip_structure(nip, problems):
    assert nip_problems(nip) == problems


def test_facts_from_the_prose():
    doc = parse_markdown(
        "# LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024\n\nKECAMATAN SUKAMAJU\n\n"
        "Kecamatan Sukamaju Kabupaten Contoh terdiri dari 3 desa, yaitu Desa Satu, Desa Dua dan Desa Tiga.\n\n"
        "85 ke atas : Sangat Baik\n70 ≤ x < 85 : Baik\nx < 70 : Kurang Baik\n\n"
        "Data sampai dengan Desember 2024.\n\n**Tabel 1**\n\nNo\tA\n1\t2\n\n**Tabel 3**\n\nNo\tB\n1\t2\n\n"
        "CAMAT SUKAMAJU\n\n**ANI RAHAYU, S.Sos.**\n\nNIP. 19800101 200501 2 003\n")
    facts = find_facts(doc)
    assert (facts.year, facts.agency, facts.region) == (2024, "Kecamatan Sukamaju", "Kabupaten Contoh")
    assert facts.desa == ["Satu", "Dua", "Tiga"] and facts.jumlah_desa == 3
    assert facts.predikat_scale == [(85.0, "Sangat Baik"), (70.0, "Baik"), (None, "Kurang Baik")]
    assert [m.value for m in facts.table_numbers] == ["1", "3"]
    assert [m.value for m in facts.periods] == [2024]
    head = facts.head()
    assert (head.name, head.nip, head.position) == ("ANI RAHAYU, S.Sos.", "198001012005012003", "CAMAT SUKAMAJU")


def test_claims_found_in_a_sentence():
    doc = parse_markdown("Alokasi anggaran sebesar Rp. 2.000.000,00 telah direalisasikan sebesar Rp. 1.500.000,00 "
                         "atau 75,00 % dan dikategorikan baik. Kegiatan ini mendukung 2 (dua) Sasaran Strategis.\n")
    claims = {(c.kind, c.value, c.label) for c in find_claims(doc)}
    assert claims == {("amount", 2000000.0, ""), ("amount", 1500000.0, ""), ("share", 75.0, ""),
                      ("predikat", 75.0, "Baik"), ("count", 2.0, "sasaran strategis")}


def test_a_long_caption_is_quoted_cut_between_words():
    """Kabupaten Banggai Kepulauan's IKK annex prints a caption of 181 characters: DOC001 quotes its end from a
    word, marked `…` (before: cut inside `KEBIJAKAN`, quoted as `IJAKAN ASPEK ...`)."""
    from pathlib import Path

    import audit

    doc = Path(__file__).resolve().parent / "wild" / "lppd-bangkep-ikk" / "laporan.md"
    [unread] = [f for f in audit.run(str(doc)).findings if f.rule_id == "DOC001"]
    said = unread.message.render("id")
    assert "(…ASPEK TINGKAT CAPAIAN KINERJA" in said and "BANGGAI KEPULAUAN)" in said


def test_an_lppd_annex_is_not_held_to_the_lkjip_outline():
    """The Banggai Kepulauan annex opens `LAMPIRAN III. 3 : FORMAT IKK UNTUK KABUPATEN`, then a line in capitals
    `... DALAM RANGKA EKPPD TERHADAP LPPD TAHUN 2013`: an LPPD's, one note (before: five DOC010 warnings)."""
    from pathlib import Path

    import audit

    doc = Path(__file__).resolve().parent / "wild" / "lppd-bangkep-ikk" / "laporan.md"
    chapters = [f for f in audit.run(str(doc)).findings if f.rule_id == "DOC010"]
    assert [(f.severity.value, "LPPD" in f.message.render("id")) for f in chapters] == [("info", True)]
