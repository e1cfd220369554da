"""The DOCX and PDF readers read back what `docgen` printed from the example report.

Every expectation comes from the report the document was written from (the
example's tables and report.yaml), never from a hard-coded finding: the header
texts and every body cell equal the table's text as written, the captions name
the table's number and title, and the prose blocks are there with their flags.
Text is compared with whitespace collapsed: the document model collapses it.
"""
from __future__ import annotations

import zipfile

import docgen
import pytest
from conftest import EXAMPLE

from audit.document import DocTable, Paragraph, read_document
from audit.errors import InputError
from audit.ingest.limits import Limits
from audit.sources import read_report


def norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def report():
    return read_report(EXAMPLE)


@pytest.fixture(scope="module")
def written(report, tmp_path_factory):
    out = tmp_path_factory.mktemp("documents")
    return {
        "docx": read_document(docgen.write_docx(report, out / "laporan.docx")),
        "pdf": read_document(docgen.write_pdf(report, out / "laporan.pdf")),
    }


def expected_tables(report):
    return [b[1:] for b in docgen.blocks(report) if b[0] == "t"]


@pytest.fixture(params=["docx", "pdf"])
def kind(request):
    return request.param


def test_auditing_the_document_finds_what_the_tables_find(report, written, kind, example):
    """The issue's proof for DOCX and PDF: every table finding of the example, no other.

    Document-level findings (chapters, signatures) have no table and are the document
    rules' own business; the example folder has no document, so it has none.
    """
    import audit

    def keyed(result):
        return sorted((f.rule_id, f.table, str(f.row), str(f.column), str(f.actual)) for f in result.findings
                      if f.table)

    assert all(f.table for f in example.findings)
    assert keyed(audit.run(written[kind].path)) == keyed(example)


@pytest.mark.parametrize("pipes", [False, True])
def test_the_markdown_docgen_writes_audits_like_the_tables(report, example, tmp_path, pipes):
    import audit

    path = docgen.write_markdown(report, tmp_path / "laporan.md", pipes=pipes)
    found = sorted((f.rule_id, f.table, str(f.row), str(f.column)) for f in audit.run(path).findings if f.table)
    assert found == sorted((f.rule_id, f.table, str(f.row), str(f.column)) for f in example.findings)


# ------------------------------------------------------------------ both readers

def test_every_table_is_read_back_cell_for_cell(report, written, kind):
    doc = written[kind]
    assert doc.kind == kind
    assert len(doc.tables) == len(report.tables)
    for (n, title, header, rows), table in zip(expected_tables(report), doc.tables):
        assert table.index == n
        got = [[norm(c) for c in r] for r in table.texts()]
        assert got[0] == [norm(h) for h in header], (n, title)
        assert got[1:] == [[norm(c) for c in r] for r in rows], (n, title)


def test_body_cells_are_the_raw_text_of_the_report(report, written, kind):
    """Independently of docgen's layout: each printed row holds the report row's raw cells."""
    by_title = {t.caption[-1]: t for t in written[kind].tables}
    for name, table in report.tables.items():
        printed = by_title[docgen.table_grid(report, name)[0]].texts()[1:]
        assert len(printed) == len(table.raw)
        for i, row in zip(table.raw.index, printed):
            shown = [c for c in table.raw.columns if c in table.source_cols]  # what the report's source printed
            want = sorted(norm(str(v)) for v in table.raw.loc[i, shown].fillna("").tolist())
            assert sorted(norm(c) for c in row) == want, (name, i)


def test_captions_name_the_table_and_its_title(report, written, kind):
    for (n, title, _, _), table in zip(expected_tables(report), written[kind].tables):
        assert f"Tabel {n}" in table.caption and title in table.caption
        assert table.caption[-2:] == [f"Tabel {n}", title]  # nearest last


def test_headings_and_sections(report, written, kind):
    doc = written[kind]
    headings = [(p.text, p.level) for p in doc.paragraphs if p.level]
    chapters = [b[1] for b in docgen.blocks(report) if b[0] == "h"]
    assert headings == [(c, 1) for c in chapters]
    placed = {name: chapter for chapter, names in docgen.CHAPTERS.items() for name in names}
    by_title = {t.caption[-1]: t for t in doc.tables}
    for name in report.tables:
        title = docgen.table_grid(report, name)[0]
        assert by_title[title].section == [placed.get(name, docgen.BAB[2])], name


def test_prose_blocks_signature_and_flags(report, written, kind):
    doc = written[kind]
    texts = [p.text for p in doc.paragraphs]
    meta = report.meta
    assert texts[:3] == [f"LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN {meta.year}", meta.agency.upper(),
                         meta.region.upper()]
    assert docgen.desa_sentence(report) in texts  # one paragraph, however the PDF wrapped it
    for line in docgen.scale_lines(report):
        assert line in texts
    signature = docgen.signature(report)
    start = texts.index(signature[0][0])
    assert texts[start:start + len(signature)] == [s for s, _ in signature]
    name = doc.paragraphs[texts.index(meta.head.name)]
    assert name.bold and not doc.paragraphs[texts.index(f"NIP. {meta.head.nip}")].bold
    assert all(c.bold for t in doc.tables for c in t.rows[0])  # header rows are printed bold
    assert not any(c.bold for t in doc.tables for r in t.rows[1:] for c in r)
    assert all(isinstance(b, (Paragraph, DocTable)) for b in doc.blocks)


# ------------------------------------------------------------------ DOCX

def test_docx_blocks_carry_no_line_or_page(written):
    doc = written["docx"]
    assert all(p.line is None and p.page is None for p in doc.paragraphs)
    assert doc.pages is None and not doc.notes


def test_odd_docx_merges_two_row_header_and_nested_content(tmp_path):
    doc = read_document(docgen.write_odd_docx(tmp_path / "odd.docx"))
    (table,) = doc.tables
    assert table.texts() == [
        ["No", "Program", "Anggaran", ""],
        ["", "", "Pagu", "Realisasi"],
        ["1.", "Program Penunjang Urusan Pemerintahan", "1.000.000,00", "900.000,00"],
        ["", "", "500.000,00", "-"],
        ["JUMLAH", "", "1.500.000,00", "900.000,00 (60%)"],
    ]
    assert sorted(table.merged) == [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (2, 0, 3, 0), (2, 1, 3, 1),
                                    (4, 0, 4, 1)]
    assert table.rows[4][2].bold and not table.rows[4][3].bold
    assert table.caption == ["Tabel 1", "Realisasi anggaran program"]
    assert table.section == ["BAB III AKUNTABILITAS KINERJA", "Realisasi Anggaran"]
    assert [(p.text, p.level) for p in doc.paragraphs if p.level] == [
        ("BAB III AKUNTABILITAS KINERJA", 1), ("Realisasi Anggaran", 2)]
    assert any("nested" in n.render("en") and "#1" in n.render("en") for n in doc.notes)
    assert any("tabel ke-1" in n.render("id") for n in doc.notes)


def test_docx_legacy_hmerge_grid_before_and_content_controls(tmp_path):
    """Older writers merge with w:hMerge, skip leading grid columns, and wrap tables in content controls."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    word = docx.Document()
    word.add_paragraph("Tabel 1")
    table = word.add_table(rows=3, cols=3)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"{r}{c}"
    first, second = table.rows[0].cells[:2]
    for tc, val in ((first._tc, "restart"), (second._tc, None)):
        merge = OxmlElement("w:hMerge")
        if val:
            merge.set(qn("w:val"), val)
        tc.get_or_add_tcPr().append(merge)
    last = table.rows[2]._tr
    last.remove(last.tc_lst[0])  # the last row starts one grid column in
    before = OxmlElement("w:gridBefore")
    before.set(qn("w:val"), "1")
    last.get_or_add_trPr().append(before)
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    sdt.append(content)
    table._tbl.addprevious(sdt)
    content.append(table._tbl)
    path = tmp_path / "lama.docx"
    word.save(path)
    (read,) = read_document(path).tables
    assert read.texts() == [["00", "", "02"], ["10", "11", "12"], ["", "21", "22"]]
    assert read.merged == [(0, 0, 0, 1)] and read.caption == ["Tabel 1"]


def _one_line(error: InputError, name: str, lang: str) -> str:
    text = error.render(lang)
    assert "\n" not in text and name in text
    return text


def test_random_bytes_named_docx(tmp_path):
    path = tmp_path / "laporan.docx"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(InputError) as err:
        read_document(path)
    assert err.value.key == "bad_docx"
    assert ".docx" in _one_line(err.value, "laporan.docx", "en")
    _one_line(err.value, "laporan.docx", "id")


def test_zip_without_word_body(tmp_path):
    path = tmp_path / "arsip.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "not a Word document")
    with pytest.raises(InputError) as err:
        read_document(path)
    assert err.value.params["detail"].key == "not_docx"
    assert "DOCX" in _one_line(err.value, "arsip.docx", "en")


def test_damaged_docx_body(tmp_path, report):
    good = docgen.write_docx(report, tmp_path / "good.docx")
    path = tmp_path / "rusak.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    with pytest.raises(InputError) as err:
        read_document(path)
    assert err.value.key == "bad_docx"
    _one_line(err.value, "rusak.docx", "id")


def test_encrypted_and_empty_docx(tmp_path):
    locked = tmp_path / "terkunci.docx"
    locked.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(512))
    with pytest.raises(InputError) as err:
        read_document(locked)
    assert err.value.params["detail"].key == "encrypted_docx"
    empty = tmp_path / "kosong.docx"
    empty.write_bytes(b"")
    with pytest.raises(InputError) as err:
        read_document(empty)
    assert err.value.key == "empty_file"


def test_docx_cells_count_against_the_limit(tmp_path, report):
    path = docgen.write_docx(report, tmp_path / "laporan.docx")
    with pytest.raises(InputError) as err:
        read_document(path, Limits(max_cells=50))
    assert err.value.key == "too_many_cells"
    with pytest.raises(InputError) as err:
        read_document(path, Limits(max_rows=20))
    assert err.value.key == "too_many_rows"


def test_pdf_cells_count_against_the_limit(tmp_path):
    rows = [[f"{i}.", f"Program {i}", "1.000,00"] for i in range(1, 30)]
    path = docgen.write_pdf_table(tmp_path / "tabel.pdf", ["No", "Program", "Pagu"], rows)
    with pytest.raises(InputError) as err:
        read_document(path, Limits(max_cells=40))
    assert err.value.key == "too_many_cells" and "tabel.pdf" in err.value.render("en")


# ------------------------------------------------------------------ PDF

def test_pdf_pages_are_set(written):
    doc = written["pdf"]
    assert doc.pages and doc.pages > 1
    assert all(p.page for p in doc.paragraphs)
    assert all(t.page and all(c.page for r in t.rows for c in r) for t in doc.tables)
    pages = [t.page for t in doc.tables]
    assert pages == sorted(pages)


def test_pdf_table_continued_on_later_pages_is_one_table_with_its_header_once(report, written):
    doc = written["pdf"]
    continued = [t for t in doc.tables if len({c.page for r in t.rows for c in r}) > 1]
    assert continued, "the example has tables longer than a page"
    for (_, _, header, rows), table in zip(expected_tables(report), doc.tables):
        if table in continued:
            texts = [[norm(c) for c in r] for r in table.texts()]
            assert texts.count([norm(h) for h in header]) == 1 and len(texts) == len(rows) + 1
            row_pages = [r[0].page for r in table.rows]
            assert row_pages == sorted(row_pages) and row_pages[-1] > table.page


def test_pdf_continued_table_without_repeated_header(tmp_path):
    header = ["No", "Program", "Pagu"]
    rows = [[f"{i}.", f"Program nomor {i}", f"{i}.000.000,00"] for i in range(1, 90)]
    path = docgen.write_pdf_table(tmp_path / "panjang.pdf", header, rows, repeat_header=False)
    doc = read_document(path)
    (table,) = doc.tables
    assert table.texts() == [header, *rows]
    assert len({r[0].page for r in table.rows}) > 1


def test_odd_pdf_spans_headings_unruled_table_and_footers(tmp_path):
    doc = read_document(docgen.write_odd_pdf(tmp_path / "aneh.pdf"))
    assert [(p.text, p.level) for p in doc.paragraphs if p.level] == [
        ("BAB III AKUNTABILITAS KINERJA", 1), ("A. Capaian Kinerja Organisasi", 2), ("1. Realisasi Anggaran", 3)]
    assert any(p.text.startswith("Realisasi anggaran program tahun ini") and p.text.endswith("selesai.")
               for p in doc.paragraphs)  # a wrapped paragraph is one paragraph
    spans, plain, long = doc.tables
    assert spans.texts() == [
        ["No", "Program", "Anggaran", ""],
        ["", "", "Pagu", "Realisasi"],
        ["1.", "Program Penunjang", "1.000.000,00", "900.000,00"],
        ["2.", "Program Pemberdayaan", "500.000,00", "-"],
        ["JUMLAH", "", "1.500.000,00", "900.000,00"],
    ]
    assert sorted(spans.merged) == [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (4, 0, 4, 1)]
    assert [c.bold for c in spans.rows[4]] == [True, False, True, True]
    assert plain.texts() == docgen.ODD_PDF_PLAIN and plain.caption == ["Tabel 2", "Capaian indikator"]
    assert any("page 2:" in n.render("en") and "alignment" in n.render("en") for n in doc.notes)
    assert long.texts() == [["No", "Sub Kegiatan", "Anggaran"], *docgen.ODD_PDF_LONG]  # footers between pages
    assert long.caption == ["Tabel 3", "Realisasi sub kegiatan"] and [t.index for t in doc.tables] == [1, 2, 3]


def test_scanned_pdf_asks_for_ocr(tmp_path):
    path = docgen.write_scanned_pdf(tmp_path / "pindaian.pdf")
    with pytest.raises(InputError) as err:
        read_document(path)
    assert err.value.key == "pdf_no_text"
    for lang in ("id", "en"):
        assert "OCR" in _one_line(err.value, "pindaian.pdf", lang)


def test_encrypted_pdf(tmp_path):
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text="rahasia")
    pdf.set_encryption(owner_password="pemilik", user_password="pengguna", encryption_method=EncryptionMethod.RC4)
    path = tmp_path / "terkunci.pdf"
    pdf.output(str(path))
    with pytest.raises(InputError) as err:
        read_document(path)
    assert err.value.params["detail"].key == "encrypted_pdf"
    _one_line(err.value, "terkunci.pdf", "id")


def test_not_a_pdf_and_damaged_pdf(tmp_path):
    other = tmp_path / "bukan.pdf"
    other.write_text("just text", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_document(other)
    assert err.value.params["detail"].key == "not_pdf"
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    with pytest.raises(InputError) as err:
        read_document(broken)
    assert err.value.key in ("bad_pdf", "pdf_no_text")
    _one_line(err.value, "rusak.pdf", "en")


def test_left_aligned_prose_of_a_pdf_page_is_no_table_and_loses_no_word(tmp_path):
    """A closing page: a sentence wrapped over two lines, then a signature block, all flush left. Word
    alignment must not take the lines for a two-column table and clip the wrapped sentence."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    lines = ["BAB IV PENUTUP",
             "Secara umum kinerja Dinas Contoh Tahun 2023 tercapai dengan baik. Realisasi anggaran mencapai "
             "Rp 20.509.286.932 dari pagu Rp 22.276.075.000 atau 92,07%.",
             "Contoh, 25 Januari 2024", "KEPALA DINAS CONTOH", "Ir. MUHAMMAD FAJAR SIDIQ, M.M.",
             "Pembina Utama Muda (IV/c)", "NIP. 19690827 199603 1 003"]
    for text in lines:
        pdf.multi_cell(0, 6, text)
        pdf.ln(2)
    path = tmp_path / "penutup.pdf"
    pdf.output(str(path))
    doc = read_document(path)
    prose = " ".join(p.text for p in doc.paragraphs)
    assert not doc.tables
    assert "dari pagu Rp 22.276.075.000 atau 92,07%." in prose and "NIP. 19690827 199603 1 003" in prose
