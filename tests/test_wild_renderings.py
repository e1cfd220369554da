"""The real tables (tests/wild/) as Word and PDF files give what their text gives.

An agency hands in its LKjIP as a .docx or a .pdf more often than as text. Each real document is printed
as DOCX (real merged cells) and PDF (ruled tables) by tests/corpus/render.py, its layout as the page
printed it (HTML rowspan/colspan, numbering rows, `Jumlah` rows spanning a group's columns), and must
give the same tables read and the same findings (rule, table, row, column, severity) as the markdown:
a reviewer's result must not depend on the file the agency chose. DOC010 (chapters missing) is true of
every excerpt and left out.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import audit

WILD = Path(__file__).resolve().parent / "wild"
DOCUMENTS = sorted(p.name for p in WILD.iterdir() if (p / "laporan.md").is_file())
#: documents the renderer cannot print as they are: their table is no table to it
NOT_RENDERED = {
    "polhukam-deputi-kamtibmas": "`a | b |` rows without a delimiter row: the renderer prints them as paragraphs",
}


def _seen(result) -> tuple[list[str], list[tuple]]:
    findings = sorted((f.rule_id, f.table or "", str(f.row_label or f.row or ""), f.column or "", f.severity.value)
                      for f in result.findings if f.rule_id != "DOC010")
    return sorted(result.tables_read), findings


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """Each document's DOCX and PDF (fpdf2 prints the PDF: the `test` extra), with its sidecar."""
    from tests.corpus.render import render

    out = {}
    for name in DOCUMENTS:
        if name in NOT_RENDERED:
            continue
        folder = tmp_path_factory.mktemp(name)
        for form, path in render(WILD / name / "laporan.md", folder).items():
            shutil.copy(WILD / name / "laporan.yaml", path.with_suffix(".yaml"))
            out[name, form] = path
    return out


@pytest.mark.parametrize("form", ["docx", "pdf"])
@pytest.mark.parametrize("name", [n for n in DOCUMENTS if n not in NOT_RENDERED])
def test_a_real_table_as_word_or_pdf_reads_and_checks_as_its_text(rendered, name, form):
    text = audit.run(str(WILD / name / "laporan.md"), suggest=False)
    printed = audit.run(str(rendered[name, form]), suggest=False)
    assert _seen(printed) == _seen(text)
    assert printed.coverage.tables_read == text.coverage.tables_read


def test_every_real_document_is_rendered_or_says_why_not():
    assert set(NOT_RENDERED) <= set(DOCUMENTS)
    assert len(DOCUMENTS) - len(NOT_RENDERED) >= 20
