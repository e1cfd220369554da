"""A document as its reader found it: paragraphs and tables in reading order.

Every reader (markdown, DOCX, PDF) produces this one shape, so the table
classifier, the metadata finder, the claim finder and the document-level rules
never know which format the report came in. Text is plain (markup removed,
whitespace collapsed); what markup meant is kept as flags (`bold`, heading
`level`). Every piece knows where it came from: a markdown line, a PDF page, or
(for tables) the table's number in the document and the cell's row and column.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class DocCell:
    """One cell of a document table, as printed.

    A cell a merged range covers, other than the range's first cell, has empty
    text (the value is printed once); the range is listed in `DocTable.merged`.
    """

    text: str
    bold: bool = False
    line: int | None = None  # markdown line the cell is on
    page: int | None = None  # PDF page the cell is on
    indent: float = 0.0  # how far the text stands in from the cell's left edge (points; spaces in markdown)
    #: the lines the file prints the cell in (a Word cell's paragraphs and line breaks), when two or more: a row
    #: holding a group of rows is split by them (`grouped`)
    lines: tuple[str, ...] = ()


@dataclass
class DocTable:
    """A table of the document, split across pages or not.

    `rows` is rectangular (short rows padded with empty cells). `caption` holds
    the text lines printed just above the table (its title: "Tabel 1", "Jumlah
    PNS ..."), nearest last; `section` the headings in force (BAB, numbered
    sections), outermost first. `merged` lists merged ranges as 0-based
    (first row, first column, last row, last column), inclusive.
    """

    index: int  # 1-based, in document order
    rows: list[list[DocCell]]
    line: int | None = None
    page: int | None = None
    caption: list[str] = field(default_factory=list)
    section: list[str] = field(default_factory=list)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)  # cells each row really had, before padding (markdown)
    sheet: str | None = None  # a workbook's sheet the table is on (its cells' lines are the sheet's rows)
    first_row: int = 0  # a part of a printed table holding several (extract.segments): where its rows start
    #: a PDF table printed without column lines: "columns" found from where the words stand (its reading may be off
    #: by a column, so the generic sums and percentages check it only where a table kind's header words read it), or
    #: "printed": rows of figures whose columns were not found, kept as printed to be counted and said unread
    positional: str = ""
    #: the row of the file each row is printed in (0-based), when rows were split out of one (`grouped`); empty:
    #: each row is its own
    printed: list[int] = field(default_factory=list)
    #: a ruled PDF table: where its column lines stand (points, left to right, the frame's included); a table going
    #: on at the next page under other lines is joined by them (`columnlines`)
    edges: tuple[float, ...] = ()

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def texts(self) -> list[list[str]]:
        return [[c.text for c in r] for r in self.rows]


@dataclass
class Paragraph:
    """A paragraph, a heading (`level` 1..6) or a list item of the prose."""

    text: str
    line: int | None = None
    page: int | None = None
    level: int = 0  # heading level; 0 for body text
    bold: bool = False


@dataclass
class Document:
    """A whole document: blocks in reading order, and how it was read."""

    path: str
    kind: str  # "markdown", "docx" or "pdf"
    blocks: list = field(default_factory=list)  # Paragraph | DocTable
    pages: int | None = None  # PDF: number of pages
    # `audit.errors.Text`: what the reader noticed, said in the user's language
    notes: list = field(default_factory=list)

    _kept: dict = field(default_factory=dict, repr=False, compare=False)  # (type) -> (blocks list id, n seen, found)

    @property
    def tables(self) -> list[DocTable]:
        """The tables in order (read only: a view kept between calls). Readers ask for it after every block
        they add; it is extended with the blocks added since, not rebuilt (rebuilding made a document of
        40,000 small tables quadratic)."""
        return self._of(DocTable)

    @property
    def paragraphs(self) -> list[Paragraph]:
        """The paragraphs in order (read only, as `tables`)."""
        return self._of(Paragraph)

    def _of(self, kind: type) -> list:
        blocks = self.blocks
        owner, seen, found = self._kept.get(kind, (None, 0, None))
        if owner is not blocks or seen > len(blocks):  # a new list, or blocks removed: start over
            seen, found = 0, []
        found.extend(b for b in blocks[seen:] if isinstance(b, kind))
        self._kept[kind] = (blocks, len(blocks), found)
        return found

    @property
    def name(self) -> str:
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]
