"""The LKjIP document itself (markdown, DOCX, PDF) as a source of canonical tables.

Pipeline: a reader turns the file into a `Document` (paragraphs and tables with
their provenance); `classify` recognises each table's canonical kind and turns
it into grids for the shared table builder; `facts` finds the metadata,
signatures and narrative claims in the prose. The readers are imported only
when a document is read (python-docx and pdfplumber are not cheap to import).
"""
from __future__ import annotations

from pathlib import Path

from audit.document.model import DocCell, DocTable, Document, Paragraph
from audit.errors import InputError
from audit.ingest.limits import DEFAULT_LIMITS, Limits

DOCUMENT_SUFFIXES = (".md", ".markdown", ".docx", ".pdf")

__all__ = ["DOCUMENT_SUFFIXES", "DocCell", "DocTable", "Document", "Paragraph", "read_document"]


def read_document(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read a markdown, DOCX or PDF file (or a workbook laid out as a document) into a `Document`, or raise
    `InputError`; within `max_paragraphs`, each paragraph and cell cut to its first 20,000 characters
    (`audit.document.bounds`); codes printed with spaces only read as dotted (`labels.dot_spaced_codes`)."""
    from audit.document.bounds import bound
    from audit.document.labels import dot_spaced_codes
    from audit.document.model import DocTable
    from audit.document.spans import name_beside_code, split_stacked_figures

    doc = bound(_read(Path(path), limits), limits)
    tables = [b for b in doc.blocks if isinstance(b, DocTable)]
    dot_spaced_codes(tables)  # `5 1 1 01 01`, its dots lost: `5.1.1.01.01`
    for table in tables:
        name_beside_code(table)  # `Indikator` over `0.0.1. | Persentase ...`: the names' label
        split_stacked_figures(table)  # two rows' figures in one cell merged over both
    return doc


def _read(p: Path, limits: Limits) -> Document:
    suffix = p.suffix.lower()
    if suffix in (".md", ".markdown"):
        from audit.document.markdown import read_markdown

        return read_markdown(p, limits)
    if suffix == ".docx":
        from audit.document.docx import read_docx

        return read_docx(p, limits)
    if suffix == ".pdf":
        from audit.document.pdf import read_pdf

        return read_pdf(p, limits)
    if suffix in (".xlsx", ".xlsm"):  # a workbook without a `report` sheet: laid out as the agency keeps it
        from audit.document.xlsx import read_xlsx

        return read_xlsx(p, limits)
    raise InputError("unsupported_input", str(p))
