"""A PDF table printed without column lines (rows ruled by horizontal lines only, or no lines at all), or with
its column lines and frame but no line between rows, reads as the same table with all its lines, or is counted
and said unread; it never raises an alarm its text does not.

Word and spreadsheet exports of LKjIPs often print a table that way; before, the page's words were read as
prose and the report said "0/0 tables, 100% read" while a budget table went unchecked, and a table ruled by
its columns only was one row of stacked cells, said unread. The documents are the real tables of tests/wild/
(their sources in tests/wild/README.md), printed by tests/corpus/render.py with fpdf2's border layouts; a table
is found from the white space between its columns (`audit/document/pdfgaps.py`), or read row by row in the
columns its rules make (`audit/document/pdfcolumns.py`).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import audit
from tests.test_wild_renderings import DOCUMENTS, NOT_RENDERED

WILD = Path(__file__).resolve().parent / "wild"
#: horizontal rules only; no lines; the frame and the column lines, no line between rows
BORDERS = ["HORIZONTAL_LINES", "NONE", "NO_HORIZONTAL_LINES"]
#: real tables that read and check exactly as their text does in every form (2026-12-07: 31 of 37; Depok's first
#: row, its labels wrapped above the figures at its middle, since round 17)
SAME = ["bima-dinkes-apbd-perubahan", "bkad-polman-subbid-anggaran", "bpbd-meranti-iku", "bppt-jabar-perizinan-gerai",
        "desa-mangguh-lra", "desa-mengani-lra", "dindikpora-temanggung", "dinkes-palu-sumber-dana",
        "dinsos-depok-ikhtisar", "dinsos-dumai-sasaran", "disdik-ogan-ilir",
        "dkp-tapanuli-tengah-pegawai", "dukcapil-tubaba-skm", "inspektorat-sampang", "kec-balikpapan-timur-sdm",
        "kejari-pesisir-selatan", "manggarai-timur-kematian", "maros-pppa-perubahan", "minerba-ikl",
        "pa-demak-posbakum", "pupr-dumai", "puskesmas-pkp-gigi", "puskesmas-pkp-pecahan", "puskesmas-ukm-capaian",
        "puskesmas-ukp-kinerja", "rsud-kudus-lra", "satpolpp-lkpj", "setda-sumut", "spkt-polda-jateng",
        "tanah-datar-apk-tahunan", "tanah-datar-apm-tahunan"]
#: and with their column lines, where the rules say which rows a cell two rows high or more spans (the Sasaran of
#: nine indicators, a unit's number over its rows), which white space alone does not
SAME_COLUMNS = ["bkpd-lampung-pk", "kec-payakumbuh-selatan-sdm"]
RENDERED = [n for n in DOCUMENTS if n not in NOT_RENDERED]


def _seen(result) -> tuple[list[str], list[tuple]]:
    """Tables read and findings, without what is true of an excerpt (DOC010) or says how a table was read
    (DOC002: the note that a table without lines was read from the places of its words)."""
    findings = sorted((f.rule_id, f.table or "", str(f.row_label or f.row or ""), f.column or "", f.severity.value)
                      for f in result.findings if f.rule_id not in ("DOC010", "DOC002"))
    return sorted(result.tables_read), findings


def _printed(md: Path, borders: str, out: Path) -> Path:
    from tests.corpus.render import parse, write_pdf

    path = write_pdf(parse(md.read_text(encoding="utf-8")), out / f"{md.parent.name}-{borders}.pdf", borders)
    shutil.copy(md.with_suffix(".yaml"), path.with_suffix(".yaml"))
    return path


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    """(text's result, the unruled PDF's result) per document and border layout."""
    out = {}
    for name in RENDERED:
        text = audit.run(str(WILD / name / "laporan.md"), suggest=False)
        for borders in BORDERS:
            folder = tmp_path_factory.mktemp(name)
            out[name, borders] = text, audit.run(str(_printed(WILD / name / "laporan.md", borders, folder)),
                                                 suggest=False)
    return out


@pytest.mark.parametrize(("name", "borders"), [(n, b) for n in SAME for b in BORDERS]
                         + [(n, "NO_HORIZONTAL_LINES") for n in SAME_COLUMNS])
def test_a_real_table_without_column_lines_reads_and_checks_as_its_text(checked, name, borders):
    text, printed = checked[name, borders]
    assert _seen(printed) == _seen(text)
    assert printed.coverage.tables_read == text.coverage.tables_read


@pytest.mark.parametrize("borders", BORDERS)
@pytest.mark.parametrize("name", RENDERED)
def test_an_unruled_table_is_read_or_said_unread_never_a_false_alarm(checked, name, borders):
    """Where the words' places do not give the table back (spans over several header rows, a unit's rows
    under a heading), the table is counted and said unread (DOC001, coverage below 100%) and nothing is summed
    from misplaced columns: no more errors than the text has, every table the text reads counted."""
    text, printed = checked[name, borders]
    errors = [f for f in printed.findings if f.severity.value == "error"]
    assert len(errors) <= sum(1 for f in text.findings if f.severity.value == "error")
    assert printed.coverage.tables_found >= text.coverage.tables_read


@pytest.mark.parametrize("borders", BORDERS)
def test_most_real_tables_read_without_their_lines(checked, borders):
    """The tables read from an unruled print against those the text reads (2026-12-07, 37 documents: 33 of 34 in
    either form without column lines, 34 of 34 with them; 20 of 28 without on 2026-12-06): a floor under what the
    reader does today."""
    read = sum(checked[n, borders][1].coverage.tables_read for n in RENDERED)
    text = sum(checked[n, borders][0].coverage.tables_read for n in RENDERED)
    assert read >= 0.9 * text


def test_the_reader_is_told_how_such_a_table_was_read(checked):
    """The reviewer learns that the columns were found from the words' places (DOC002), so that a column read
    wrongly is looked at in the PDF."""
    _, printed = checked["pupr-dumai", "HORIZONTAL_LINES"]
    notes = [f for f in printed.findings if f.rule_id == "DOC002"]
    assert any("tanpa garis" in f.message.render("id") for f in notes)
    _, printed = checked["pupr-dumai", "NO_HORIZONTAL_LINES"]
    notes = [f.message.render("en") for f in printed.findings if f.rule_id == "DOC002"]
    assert any("column lines but no row lines" in n for n in notes)


def test_a_column_ruled_table_without_a_header_is_said_unread_not_read_as_the_table_before(tmp_path):
    """A scale printed in a frame with column lines only, under a budget table as wide, has no header naming its
    columns: it is counted and said unread, never read as the budget going on (its labels were PARSE001 errors in
    the budget's `anggaran` before)."""
    from tests.corpus.render import parse, write_pdf

    md = ("# BAB II PERENCANAAN KINERJA\n\n**Tabel 2.2 Anggaran Program**\n\n| No | Program | Anggaran (Rp) |\n"
          "|---|---|---|\n| 1 | Program Penunjang Urusan Pemerintahan Daerah | 4.900.625.000 |\n"
          "| 2 | Program Pengelolaan Pendapatan Daerah | 2.940.250.000 |\n|  | Jumlah | 7.840.875.000 |\n\n"
          "Kategori capaian kinerja ditetapkan dalam 4 (empat) skala sebagai berikut:\n\n"
          "≥ 85\t:\tSangat Baik\n≥ 70\t:\tBaik\n≥ 55\t:\tCukup Baik\n< 55\t:\tKurang Baik\n")
    path = write_pdf(parse(md), tmp_path / "skala.pdf", "NO_HORIZONTAL_LINES")
    (tmp_path / "skala.yaml").write_text("agency: Dinas Contoh\nyear: 2023\n", encoding="utf-8")
    result = audit.run(str(path), suggest=False)
    assert result.tables_read == ["pk_anggaran"] and result.coverage.tables_read == 1
    assert not [f for f in result.findings if f.severity.value == "error"]


def test_a_wrong_figure_in_an_unruled_table_is_found_at_its_cell(tmp_path):
    """A capaian changed in the real table is found at its row and column, as in the ruled print."""
    from tests.helpers import changed_copy

    source = Path(changed_copy(tmp_path, WILD / "spkt-polda-jateng" / "laporan.md", "139,73 %", "129,73 %"))
    found = [f for f in audit.run(str(_printed(source, "NONE", tmp_path)), suggest=False).findings
             if f.column == "capaian" and f.severity.value == "error"]
    assert found and all("kepuasan" in str(f.row_label).lower() for f in found)


def test_prose_with_figures_is_no_table(tmp_path):
    """Sentences quoting amounts and a table of contents stay prose."""
    from fpdf import FPDF

    from audit.document import read_document

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    for text in ("BAB III AKUNTABILITAS KINERJA",
                 "Realisasi anggaran tahun 2023 sebesar Rp 2.310.000.000 dari pagu Rp 2.500.000.000 atau 92,40%.",
                 "Capaian kinerja rata-rata 98,50% dengan 12 indikator tercapai dari 14 indikator.",
                 "Sisa anggaran Rp 190.000.000 berasal dari efisiensi belanja sebesar 7,60%."):
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    for label, page in (("BAB I PENDAHULUAN", "1"), ("BAB II PERENCANAAN KINERJA", "7"),
                        ("BAB III AKUNTABILITAS", "12")):
        pdf.cell(120, 5, label)
        pdf.cell(0, 5, page, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "prosa.pdf"
    pdf.output(str(path))
    assert read_document(path).tables == []


def _one_page_of_two(tmp_path: Path, first: str, second: str, borders: list[str], change=("", "")) -> Path:
    """Two real tables of tests/wild printed on one page (the second's title and chapter heading left out), each
    ruled as `borders` says, the first table's text changed as `change` says; the markdown beside the PDF."""
    from tests.corpus.render import parse, write_pdf

    head = (WILD / first / "laporan.md").read_text(encoding="utf-8").replace(*change)
    tail = [line for line in (WILD / second / "laporan.md").read_text(encoding="utf-8").splitlines()
            if not line.startswith(("# ", "## BAB"))]
    text = head + "\n\n" + "\n".join(tail) + "\n"
    (tmp_path / "laporan.md").write_text(text, encoding="utf-8")
    shutil.copy(WILD / first / "laporan.yaml", tmp_path / "laporan.yaml")
    path = write_pdf(parse(text), tmp_path / f"{'-'.join(borders)}.pdf", borders)
    shutil.copy(tmp_path / "laporan.yaml", path.with_suffix(".yaml"))
    return path


@pytest.mark.parametrize("borders", [["ALL", "NONE"], ["ALL", "HORIZONTAL_LINES"], ["NONE", "ALL"]])
def test_a_table_without_lines_on_a_page_with_a_ruled_one_is_read(tmp_path, borders):
    """Dumai's indicator table and Tanah Datar's multi-year table on one page, one ruled and one not: both are read,
    as from the text (before, the page's ruled table was taken and the other left out, and the report said 100% of
    its tables read)."""
    import pdfplumber

    pdf = _one_page_of_two(tmp_path, "pupr-dumai", "tanah-datar-apk-tahunan", borders)
    with pdfplumber.open(pdf) as doc:  # one page holds both
        assert any("Kapasitas Debit Air Bersih" in (p.extract_text() or "") and "APK SMP" in (p.extract_text() or "")
                   for p in doc.pages)
    text, printed = (audit.run(str(p), suggest=False) for p in (tmp_path / "laporan.md", pdf))
    assert sorted(printed.tables_read) == sorted(text.tables_read) == ["capaian_indikator", "kinerja_tahunan"]
    assert _seen(printed) == _seen(text)


def test_a_wrong_figure_in_a_table_without_lines_beside_a_ruled_one_is_found(tmp_path):
    """Dumai's first capaian 16,05 (65 of 405 l/s) printed 61,05, its table printed without lines above a ruled
    one: the capaian is found at its row, as in the text."""
    pdf = _one_page_of_two(tmp_path, "pupr-dumai", "tanah-datar-apk-tahunan", ["NONE", "ALL"],
                           ("| 16,05 |", "| 61,05 |"))
    text, printed = (audit.run(str(p), suggest=False) for p in (tmp_path / "laporan.md", pdf))
    found = [f for f in printed.findings if f.column == "capaian" and f.severity.value == "error"]
    assert found and all("air bersih" in str(f.row_label).lower() for f in found)
    assert _seen(printed) == _seen(text)
