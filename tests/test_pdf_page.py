"""The PDF reader's own page parsing (audit/document/pdfpage.py) gives what pdfplumber gives.

The reader converts a page's characters and ruling lines to pdfplumber's dicts itself and
picks each table cell's characters by bisection, because pdfplumber's way was half of
reading a PDF. Both must be exactly pdfplumber's: every object of every page with every
attribute, and every cell text `Table.extract()` returns, on the example report, the odd
layouts (spanning cells, a table without ruling lines, page numbers) and another agency's
layout from the corpus.
"""
from __future__ import annotations

import docgen
import pdfplumber
import pytest
from conftest import EXAMPLE, ROOT

from audit.document.pdfpage import PageChars, cell_texts, load_objects
from audit.sources import read_report


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    from corpus.render import render

    out = tmp_path_factory.mktemp("pdfpage")
    corpus = ROOT / "tests" / "corpus" / "rsud-lembah-hijau" / "draft.md"
    return {"example": docgen.write_pdf(read_report(EXAMPLE), out / "laporan.pdf"),
            "odd": docgen.write_odd_pdf(out / "odd.pdf"),
            "corpus": render(corpus, out)["pdf"]}


@pytest.mark.parametrize("which", ["example", "odd", "corpus"])
def test_page_objects_and_cell_texts_are_pdfplumbers(pdfs, which):
    with pdfplumber.open(pdfs[which]) as theirs, pdfplumber.open(pdfs[which]) as ours:
        cells = 0
        for a, b in zip(theirs.pages, ours.pages, strict=True):
            load_objects(b)
            assert "_objects" in vars(b)  # parsed here, not by pdfplumber on first use
            expected, got = a.objects, b.objects
            assert list(got) == list(expected)
            for kind in expected:
                assert [list(o.items()) for o in got[kind]] == [list(o.items()) for o in expected[kind]], kind
            chars = PageChars(b.chars)
            for ta, tb in zip(a.find_tables(), b.find_tables(), strict=True):
                texts = cell_texts([list(r.cells) for r in tb.rows], chars)
                assert texts == ta.extract()
                cells += sum(1 for row in texts for t in row if t)
        assert cells > 20
