"""A Dinas Peternakan's Perjanjian Kinerja (tests/real/disnak-jabar-2016-pk-tagged): a scan whose text layer tags its
content (marked content with ids, around images and paths as well as text)."""
from __future__ import annotations

from pathlib import Path

import audit
from audit.document import read_document

TAGGED = Path(__file__).resolve().parent / "real" / "disnak-jabar-2016-pk-tagged" / "laporan.pdf"


def test_a_page_tagging_its_images_is_read():
    """pdfplumber tags the last object drawn with the current mark after an image too, which may be a character read
    our way: the page was said broken (`PDF tidak dapat dibaca: rusak atau terpotong ... '_Glyph' object has no
    attribute 'mcid'`) and the whole report refused. It is read, its words as printed."""
    words = " ".join(p.text for p in read_document(TAGGED).paragraphs)
    assert "PERJANJIAN KINERJA" in words.upper()
    result = audit.run(str(TAGGED))
    assert not [f for f in result.findings if f.rule_id.startswith("INPUT")]
