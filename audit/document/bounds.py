"""How much of a document is read: paragraphs counted (a DOCX's before it is parsed), text cut to a length.

python-docx parses word/document.xml whole before a single paragraph can be counted: a DOCX of a million
amount-bearing paragraphs (5 MB zipped, within every zip limit) held 1 GB and ran past five minutes. Its
paragraphs and cells are counted in the zip member first, at regex speed, and refused past the limits.
Whatever a reader produced is then cut to `TEXT_CHARS` characters a paragraph or cell: one 10 MB line of
amounts is no paragraph anyone wrote, and every pass after the reader (facts, claims, the classifier) costs
time in proportion to the text it is given. What was cut is said in one note.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from audit.document.model import DocCell, DocTable, Document, Paragraph
from audit.errors import InputError, Text
from audit.ingest.container import element_counts
from audit.ingest.limits import Budget, Limits, _count

TEXT_CHARS = 20_000  # of one paragraph or cell: a real paragraph has under 2,000
DOCX_BODY = "word/document.xml"
# any namespace prefix (Word writes `w:`; another would otherwise slip past); DrawingML's `a:p` counts too
_PARAGRAPH = re.compile(rb"<(?:\w+:)?p[\s/>]")
_CELL = re.compile(rb"<(?:\w+:)?t[cr][\s/>]")  # a row costs python-docx at least what a cell does


def count_docx(path: Path, limits: Limits) -> None:
    """Refuse a DOCX whose body holds more paragraphs (those in table cells too) than `max_paragraphs`, or
    more table cells and rows than `max_cells`, before python-docx builds them all."""
    budget = Budget(limits)
    with zipfile.ZipFile(path) as archive:
        seen = 0
        for paragraphs, cells in element_counts(archive, DOCX_BODY, (_PARAGRAPH, _CELL)):
            budget.paragraphs_read(paragraphs - seen, str(path), DOCX_BODY)
            if cells > limits.max_cells:
                raise InputError("too_many_cells", str(path), DOCX_BODY, limit=_count(limits.max_cells))
            seen = paragraphs


def bound(doc: Document, limits: Limits) -> Document:
    """`doc` within `max_paragraphs` (`InputError` past it), each paragraph and cell cut to `TEXT_CHARS`."""
    Budget(limits).paragraphs_read(len(doc.paragraphs), doc.path, None)
    cut: list[str] = []
    for block in doc.blocks:
        texts: list[Paragraph] | list[DocCell]  # whatever holds a `.text`
        if isinstance(block, Paragraph):
            texts = [block]
        elif isinstance(block, DocTable):
            texts = [cell for row in block.rows for cell in row]
        else:
            continue
        for item in texts:
            if len(item.text) > TEXT_CHARS:
                cut.append(item.text[:40])
                item.text = item.text[:TEXT_CHARS]
    if cut:
        doc.notes.append(Text("text_cut", {"n": len(cut), "limit": TEXT_CHARS, "start": " ".join(cut[0].split())}))
    return doc
