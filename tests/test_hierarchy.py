"""Program > kegiatan > sub kegiatan read from labels, budget codes, numbering or bold type,
as different agencies print it (docs/layouts.md), and the sums checked at every level."""
from __future__ import annotations

import pytest

import audit
from audit.document.hierarchy import Line, depths, numbering_depth
from audit.sources import read_report

LEVELS = ("program", "kegiatan", "sub_kegiatan")


@pytest.mark.parametrize("lines, expected", [
    ([Line("Program Penunjang"), Line("Kegiatan Administrasi Keuangan"), Line("Sub Kegiatan Gaji ASN")],
     ["program", "kegiatan", "sub_kegiatan"]),
    ([Line("Penunjang Urusan", "1.02.01"), Line("Administrasi Keuangan", "1.02.01.2.02"),
      Line("Gaji dan Tunjangan ASN", "1.02.01.2.02.0001")], ["program", "kegiatan", "sub_kegiatan"]),
    ([Line("1.02.01 Penunjang Urusan"), Line("1.02.01.2.02 Administrasi Keuangan")], ["program", "kegiatan"]),
    ([Line("Penunjang", "1"), Line("Administrasi", "1.1"), Line("Gaji", "1.1.1"), Line("Umum", "1.2")],
     ["program", "kegiatan", "sub_kegiatan", "kegiatan"]),
    ([Line("Penunjang", "I"), Line("Administrasi", "A"), Line("Gaji", "1"), Line("Umum", "B")],
     ["program", "kegiatan", "sub_kegiatan", "kegiatan"]),
    ([Line("Penunjang", bold=True), Line("Administrasi"), Line("Umum")], ["program", "kegiatan", "kegiatan"]),
])
def test_each_way_of_marking_a_level_is_read(lines, expected):
    assert depths(lines, LEVELS) == expected


def test_numbering_without_a_programme_counts_from_the_level_the_caption_names():
    lines = [Line("Administrasi", "1"), Line("Gaji", "1.1")]
    assert depths(lines, LEVELS, LEVELS[1:]) == ["kegiatan", "sub_kegiatan"]


def test_outline_schemes_count_in_the_order_the_table_uses_them():
    schemes: list[str] = []
    assert [numbering_depth(n, schemes) for n in ("A", "1", "a", "B")] == [1, 2, 3, 1]


DINAS = """# LAPORAN KINERJA TAHUN 2023

DINAS PEKERJAAN UMUM KABUPATEN CONTOH

Tabel 3.9 Realisasi Anggaran Program, Kegiatan dan Sub Kegiatan Tahun 2023

Kode\tProgram/Kegiatan/Sub Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tCapaian (%)
1.03.01\tPenunjang Urusan Pemerintahan Daerah\t900.000.000\t850.000.000\t94,44
1.03.01.2.02\tAdministrasi Keuangan Perangkat Daerah\t600.000.000\t{keuangan}\t{share}
1.03.01.2.02.0001\tPenyediaan Gaji dan Tunjangan ASN\t600.000.000\t570.000.000\t95,00
1.03.01.2.06\tAdministrasi Umum Perangkat Daerah\t300.000.000\t280.000.000\t93,33
1.03.01.2.06.0001\tPenyediaan Bahan Logistik Kantor\t300.000.000\t280.000.000\t93,33
\tJumlah\t900.000.000\t850.000.000\t94,44
"""


def _dinas(tmp_path, keuangan="570.000.000", share="95,00"):
    path = tmp_path / "laporan.md"
    path.write_text(DINAS.format(keuangan=keuangan, share=share), encoding="utf-8")
    return path


def test_a_budget_table_with_codes_only_is_read_level_by_level(tmp_path):
    report = read_report(_dinas(tmp_path))
    name = next(iter(t for t in report.tables if t in ("realisasi_kegiatan", "lppd")))
    table = report.tables[name].values
    assert list(table["level"]) == ["program", "kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan", "total"]
    assert list(table["id"])[:5] == ["1", "1.1", "1.1.1", "1.2", "1.2.1"]


def test_a_clean_coded_table_has_no_error(tmp_path):
    assert not [f for f in audit.run(_dinas(tmp_path), suggest=False).findings if f.severity.value == "error"]


def test_a_kegiatan_that_does_not_add_up_is_found_at_its_row(tmp_path):
    path = _dinas(tmp_path, keuangan="507.000.000", share="84,50")  # transposed digits: 570 -> 507
    errors = [f for f in audit.run(path, suggest=False).findings if f.severity.value == "error"]
    lines = DINAS.splitlines()
    kegiatan_line = next(i for i, x in enumerate(lines, 1) if x.startswith("1.03.01.2.02\t"))
    assert errors and any(f.location.line == kegiatan_line for f in errors)


def test_indentation_alone_marks_the_levels():
    lines = [Line("Penunjang", indent=0), Line("Administrasi", indent=4), Line("Gaji", indent=8),
             Line("Umum", indent=4)]
    assert depths(lines, LEVELS) == ["program", "kegiatan", "sub_kegiatan", "kegiatan"]
    ragged = [Line(f"Baris {i}", indent=i * 3) for i in range(6)]  # centred labels: no outline
    assert depths(ragged, LEVELS) == [None] * 6


INDENTED = """# LAPORAN KINERJA TAHUN 2023

DINAS SOSIAL KABUPATEN CONTOH

Tabel 3.4 Realisasi Anggaran Program dan Kegiatan Tahun 2023

Uraian\tAnggaran (Rp)\tRealisasi (Rp)\t%
Penunjang Urusan Pemerintahan Daerah\t300.000.000\t290.000.000\t96,67
&nbsp;&nbsp;&nbsp;&nbsp;Administrasi Keuangan Perangkat Daerah\t200.000.000\t{keuangan}\t{share}
&nbsp;&nbsp;&nbsp;&nbsp;Administrasi Umum Perangkat Daerah\t100.000.000\t95.000.000\t95,00
Jumlah\t300.000.000\t290.000.000\t96,67
"""


def test_a_markdown_table_whose_levels_are_only_indented_is_checked_level_by_level(tmp_path):
    path = tmp_path / "laporan.md"
    path.write_text(INDENTED.format(keuangan="195.000.000", share="97,50"), encoding="utf-8")
    table = read_report(path).tables
    name = next(t for t in table if t in ("realisasi_kegiatan", "lppd"))
    assert list(table[name].values["level"])[:3] == ["program", "kegiatan", "kegiatan"]
    assert not [f for f in audit.run(path, suggest=False).findings if f.severity.value == "error"]
    path.write_text(INDENTED.format(keuangan="159.000.000", share="79,50"), encoding="utf-8")
    errors = [f for f in audit.run(path, suggest=False).findings if f.severity.value == "error"]
    programme = [f for f in errors if f.location.line == 8 and f.column in ("realisasi", "realisasi_anggaran")]
    assert programme and 9 in {loc.line for loc in programme[0].related}  # the kegiatan is one of its parts


def test_docx_and_pdf_readers_keep_how_far_a_label_stands_in(tmp_path):
    import docx
    from docx.shared import Pt
    from fpdf import FPDF

    from audit.document import read_document

    d = docx.Document()
    t = d.add_table(rows=3, cols=2)
    for r, (label, indent) in enumerate([("Program", 0), ("Kegiatan", 18), ("Sub Kegiatan", 36)]):
        p = t.cell(r, 0).paragraphs[0]
        p.add_run(label)
        p.paragraph_format.left_indent = Pt(indent)
        t.cell(r, 1).text = str(100 * (r + 1))
    d.save(tmp_path / "t.docx")
    cells = [row[0].indent for row in read_document(tmp_path / "t.docx").tables[0].rows]
    assert cells[0] < cells[1] < cells[2]

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for label, pad in [("Program A", 0), ("Kegiatan B", 8), ("Sub Kegiatan C", 16)]:
        x = pdf.get_x()
        pdf.cell(80, 8, " " * 0, border=1)
        pdf.set_x(x + 1 + pad)
        pdf.cell(79 - pad, 8, label)
        pdf.set_x(x + 80)
        pdf.cell(40, 8, "100", border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "t.pdf"))
    tables = read_document(tmp_path / "t.pdf").tables
    assert tables, "the ruled table is found"
    indents = [row[0].indent for row in tables[0].rows]
    assert indents[0] < indents[1] < indents[2]


def test_a_docx_list_level_in_a_cell_stands_in_like_an_indent(tmp_path):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from audit.document import read_document

    d = docx.Document()
    t = d.add_table(rows=3, cols=2)
    for r, level in enumerate([None, 0, 1]):
        p = t.cell(r, 0).paragraphs[0]
        p.add_run(["Program", "Kegiatan", "Sub Kegiatan"][r])
        if level is not None:  # numbered by Word's multilevel list, no indent of its own
            num = OxmlElement("w:numPr")
            for tag, value in (("w:ilvl", level), ("w:numId", 1)):
                el = OxmlElement(tag)
                el.set(qn("w:val"), str(value))
                num.append(el)
            p._p.get_or_add_pPr().append(num)
        t.cell(r, 1).text = "100"
    d.save(tmp_path / "t.docx")
    indents = [row[0].indent for row in read_document(tmp_path / "t.docx").tables[0].rows]
    assert indents[0] < indents[1] < indents[2]


SPACED_CODES = """# BAB III AKUNTABILITAS KINERJA

Tabel 3.8 Realisasi Anggaran Program, Kegiatan dan Sub Kegiatan Tahun 2023

| Kode | Uraian | Anggaran (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 7 . 01 . 01 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 300.000.000 | 270.000.000 | 90,00 |
| 7 . 01 . 01 . 2 . 01 | Perencanaan, Penganggaran, dan Evaluasi Kinerja | 100.000.000 | 90.000.000 | 90,00 |
| 7 . 01 . 01 . 2 . 01 . 0001 | Penyusunan Dokumen Perencanaan Perangkat Daerah | 60.000.000 | {leaf} | 91,67 |
| 7 . 01 . 01 . 2 . 01 . 0006 | Koordinasi dan Penyusunan Laporan Capaian Kinerja | 40.000.000 | 35.000.000 | 87,50 |
| 7 . 01 . 01 . 2 . 02 | Administrasi Keuangan Perangkat Daerah | 200.000.000 | 180.000.000 | 90,00 |
| 7 . 01 . 01 . 2 . 02 . 0001 | Penyediaan Gaji dan Tunjangan ASN | 200.000.000 | 180.000.000 | 90,00 |
"""


def test_budget_codes_printed_with_spaces_give_the_levels(tmp_path):
    """Permendagri 90 codes printed `7 . 01 . 01 . 2 . 01` (our figures) are read as `7.01.01.2.01`: programme,
    kegiatan, sub kegiatan, so a wrong sub kegiatan is found at its kegiatan (SUM022) and the fix names the leaf.
    Before, every row was a kegiatan of no programme and only the leaf's percentage was checked."""
    (tmp_path / "laporan.yaml").write_text("agency: Kecamatan Contoh\nyear: 2023\n", encoding="utf-8")
    path = tmp_path / "laporan.md"
    path.write_text(SPACED_CODES.format(leaf="55.000.000"), encoding="utf-8")
    table = read_report(str(path)).tables["realisasi_kegiatan"].values
    assert table.level.tolist() == ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "kegiatan",
                                    "sub_kegiatan"]
    path.write_text(SPACED_CODES.format(leaf="56.000.000"), encoding="utf-8")
    [kegiatan] = [f for f in audit.run(str(path)).findings if f.rule_id == "SUM022"]
    assert (kegiatan.location.cell, kegiatan.suggestions[0].cell.cell, kegiatan.suggestions[0].proposed) == \
        ("D3", "D4", 55000000)


@pytest.mark.parametrize("label, word", [
    ("Jumlah Belanja Operasi (12 s.d. 15)", "jumlah"), ("Total Program Peningkatan Sarana dan Prasarana Aparatur",
                                                      "total program"),
    ("Jumlah Kegiatan", "jumlah"), ("Jumlah Belanja Barang dan Jasa", "jumlah"),
    # indicators' names (Kota Tangerang Selatan's Renja forms, tests/real/tangsel-*), not totals
    ("Jumlah Kegiatan Pembangunan SPAM Jaringan Perpipaan di Kawasan Perkotaan", None),
    ("Jumlah kegiatan lomba pemantauan konsumsi per kapita per tahun", None),
    ("Jumlah Kegiatan Pembangunan/Penyediaan Sistem Pengelolaan Air Limbah Terpusat Skala Kota", None),
])
def test_a_total_names_what_it_adds_an_indicator_says_more(label, word):
    """`Jumlah` followed by what is added (`Belanja`, `Program`, `Kegiatan`) is a total; followed by a clause
    (`di`, `per`) or by more than six words it is an indicator's name, whose row is no total of the rows above."""
    from audit.document.hierarchy import total_word

    assert total_word(label) == word
