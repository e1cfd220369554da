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

from audit.document import pdfpage
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


@pytest.mark.parametrize("route", ["device", "layout"])
@pytest.mark.parametrize("which", ["example", "odd", "corpus"])
def test_page_objects_and_cell_texts_are_pdfplumbers(pdfs, which, route, monkeypatch):
    """`device`: characters written as drawn; `layout`: pdfminer's own objects converted (the way taken when
    pdfminer's `render_char` is not the one the device copies)."""
    if route == "layout":
        monkeypatch.setattr(pdfpage, "_device", lambda page, convert: None)
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


def test_a_character_on_a_cell_edge_goes_where_pdfplumber_puts_it():
    """`Table.extract` takes a character whose middle lies in [x0, x1) x [top, bottom): on a shared edge it
    belongs to the cell right of or below it. Characters placed with their middles exactly on edges, in
    between, and in a merged cell, read as pdfplumber reads them."""
    from types import SimpleNamespace

    from pdfplumber.table import Table

    xs, ys = [0, 10, 20, 30], [0, 8, 16]
    cells = [(xs[c], ys[r], xs[c + 1], ys[r + 1]) for r in range(2) for c in range(3) if (r, c) != (1, 2)]
    cells[-1] = (xs[1], ys[1], xs[3], ys[2])  # the second row's last two columns merged
    chars, n = [], 0
    for mx in (0, 4, 10, 15, 20, 29.5, 30):
        for my in (0, 3, 8, 12, 16):
            n += 1
            text = chr(ord("a") + n % 26)
            chars.append({"text": text, "x0": mx - 1, "x1": mx + 1, "top": my - 1, "bottom": my + 1,
                          "doctop": my - 1, "upright": True, "size": 2, "fontname": "F", "object_type": "char"})
    table = Table(SimpleNamespace(chars=chars), cells)
    rows = [list(r.cells) for r in table.rows]
    assert cell_texts(rows, PageChars(chars)) == table.extract()
    assert any(None in row for row in rows)  # the merged cell leaves a position empty
