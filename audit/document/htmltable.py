"""HTML `<table>` blocks inside markdown, as PDF-to-markdown converters (marker, MinerU, docling) write them.

Read with the standard library's tolerant `html.parser`: closing tags a browser
would infer (`</td>`, `</tr>`) may be missing, attributes may be junk, and a table
never closed ends with the line of its last row or cell (what follows is
read as markdown again, not swallowed). `rowspan`/`colspan`
are expanded into the grid the way the DOCX reader lays out Word merges: the
range's first cell holds the text, the cells it covers are empty, and the range
is listed in `DocTable.merged`, so a header label spanning columns heads each of
them. A rowspan is clipped at the end of its row group (`thead`, `tbody`,
`tfoot`) as a browser clips it, and both spans are capped: a span cannot
allocate more than the rows the table really has, nor more than `MAX_COLSPAN`
columns. A table nested in a cell is flattened into that cell's text.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser

from audit.document.model import DocCell
from audit.errors import InputError
from audit.ingest.limits import Budget

#: widest span honoured: no report prints a table this wide, and a hostile span cannot grow the grid past it
MAX_COLSPAN = 100
#: rowspan values are clipped to the rows that follow anyway; `rowspan="0"` (to the end of the group) is this
MAX_ROWSPAN = 65534
_BREAKS = {"br", "p", "div", "li", "tr", "td", "th"}  # tags that separate words inside a cell
#: what a break inside a cell of this table leaves in its text: whitespace to the cell's text, the end of a line
#: to its lines (`DocCell.lines`: `90%<br>20%` beside two indicators is two rows, `grouped`)
LINE = "\u2028"
_BOLD = {"b", "strong"}
_SECTIONS = {"thead", "tbody", "tfoot"}


@dataclass
class HtmlTable:
    """One parsed `<table>`: rectangular rows, merged ranges, caption.

    A row with fewer cells than the table is padded at its end, where HTML puts the missing cells: unlike a
    tab-separated row, it is not one whose empty cells the conversion dropped somewhere, so it records no
    `lengths` for the extractor to re-align.
    """

    rows: list[list[DocCell]]
    merged: list[tuple[int, int, int, int]]
    caption: str = ""
    nested: list[tuple[int, int]] = field(default_factory=list)  # (row, column) of cells that held a table


@dataclass
class _Open:
    """The cell being read: its text runs (text, bold) and spans."""

    line: int
    rowspan: int
    colspan: int
    header: bool
    runs: list[tuple[str, bool]] = field(default_factory=list)
    nested: bool = False


def _span(value: str | None, cap: int, zero: int) -> int:
    try:
        n = int(str(value).strip().rstrip(";").split(".")[0]) if value is not None else 1
    except ValueError:
        return 1
    if n == 0:
        return zero
    return max(1, min(n, cap))


class TableParser(HTMLParser):
    """Reads one `<table>` fed line by line; `done` once its closing tag (at depth 0) is seen."""

    def __init__(self, first_line: int = 1, count: Callable[[int, int], None] = lambda n, line: None):
        super().__init__(convert_charrefs=True)
        self.first = first_line - 1  # (not `offset`: HTMLParser uses that name)
        self.count = count  # (cells placed, line): the reader's budget, checked as the grid grows
        self.depth = 0
        self.done = False
        self.bold = 0
        self.rows: list[dict[int, DocCell]] = []
        self.row_lines: list[int] = []
        self.ranges: list[list[int]] = []
        self.pending: dict[int, list] = {}  # column -> [rows still covered, range]
        self.cell: _Open | None = None
        self.in_row = False
        self.caption: list[str] | None = None
        self.captions: list[str] = []
        self.nested: list[tuple[int, int]] = []
        self.last = first_line  # the last line a row or cell of this table opened on

    # ------------------------------------------------------------ events

    def handle_starttag(self, tag, attrs):
        if self.done:
            return
        line = self.getpos()[0] + self.first
        if tag in ("tr", "td", "th") and self.depth == 1:
            self.last = line
        if tag == "table":
            self.depth += 1
            if self.depth > 1 and self.cell is not None:
                self.cell.nested = True
            return
        if self.depth != 1:
            if tag in _BREAKS:
                self._text(" ")
            return
        if tag in _SECTIONS:
            self._close_row()
            self.pending.clear()  # a rowspan ends with its row group
        elif tag == "tr":
            self._open_row(line)
        elif tag in ("td", "th"):
            if not self.in_row:
                self._open_row(line)
            self._close_cell()
            a = dict(attrs)
            self.cell = _Open(line, _span(a.get("rowspan"), MAX_ROWSPAN, MAX_ROWSPAN),
                              _span(a.get("colspan"), MAX_COLSPAN, 1), tag == "th")
        elif tag == "caption":
            self.caption = []
        elif tag in _BOLD:
            self.bold += 1
        elif tag in _BREAKS:
            self._text(LINE)

    def handle_startendtag(self, tag, attrs):
        if tag in ("td", "th", "tr", "table"):  # `<td/>`: an empty cell
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)
        elif tag in _BREAKS:
            self._text(LINE)

    def handle_endtag(self, tag):
        if self.done:
            return
        if tag == "table":
            self.depth -= 1
            if self.depth <= 0:
                self._close_row()
                self.done = True
            return
        if self.depth != 1:
            if tag in _BREAKS:
                self._text(" ")
            return
        if tag in ("td", "th"):
            self._close_cell()
        elif tag == "tr":
            self._close_row()
        elif tag in _SECTIONS:
            self._close_row()
            self.pending.clear()
        elif tag == "caption" and self.caption is not None:
            self.captions.append(" ".join("".join(self.caption).split()))
            self.caption = None
        elif tag in _BOLD:
            self.bold = max(0, self.bold - 1)
        elif tag in _BREAKS:
            self._text(LINE)

    def handle_data(self, data):
        if not self.done:
            self._text(data)

    def _text(self, data: str) -> None:
        if self.caption is not None and self.depth == 1:
            self.caption.append(data)
        elif self.cell is not None:
            self.cell.runs.append((data, self.bold > 0 or self.cell.header))

    # ------------------------------------------------------------ the grid

    def _open_row(self, line: int) -> None:
        self._close_row()
        r = len(self.rows)
        cells: dict[int, DocCell] = {}
        for col, cover in list(self.pending.items()):  # cells a rowspan from above covers
            cells[col] = DocCell("", line=line)
            cover[1][2] = r
            cover[0] -= 1
            if cover[0] <= 0:
                del self.pending[col]
        self.count(len(cells), line)
        self.rows.append(cells)
        self.row_lines.append(line)
        self.in_row = True

    def _close_row(self) -> None:
        self._close_cell()
        self.in_row = False

    def _close_cell(self) -> None:
        cell, self.cell = self.cell, None
        self.bold = 0  # a `<b>` left open ends with its cell, as a browser ends it
        if cell is None or not self.rows:
            return
        r, cells = len(self.rows) - 1, self.rows[-1]
        col = 0
        while col in cells:
            col += 1
        text = "".join(t for t, _ in cell.runs)
        inked = [b for t, b in cell.runs if t.strip()]
        cells[col] = DocCell(text, bool(inked) and all(inked), cell.line)
        last = col
        self.count(cell.colspan, cell.line)
        for c in range(col + 1, col + cell.colspan):
            if c in cells:  # overlapping spans: the cell already there stays
                break
            cells[c] = DocCell("", line=cell.line)
            last = c
        rng = [r, col, r, last]
        self.ranges.append(rng)
        if cell.rowspan > 1:
            for c in range(col, last + 1):
                self.pending[c] = [cell.rowspan - 1, rng]
        if cell.nested:
            self.nested.append((r, col))

    def table(self, clean: Callable[[str], tuple[str, bool]]) -> HtmlTable:
        """The rows read so far as a rectangular grid. `clean` turns a cell's raw text into its text and
        whether markup in it makes it bold; the padding is counted against the budget before it is made."""
        self._close_row()
        width = max((max(r, default=-1) + 1 for r in self.rows), default=0)
        self.count(width * len(self.rows) - sum(len(r) for r in self.rows), self.row_lines[-1] if self.rows else 0)
        grid = []
        for cells, line in zip(self.rows, self.row_lines):
            out = []
            for c in range(width):
                cell = cells.get(c) or DocCell("", line=line)
                text, bold = clean(cell.text) if cell.text.strip() else ("", False)
                parts = [clean(part)[0] for part in cell.text.split(LINE)] if LINE in cell.text else []
                lines = tuple(part for part in parts if part)
                out.append(DocCell(text, bool(text) and (cell.bold or bold), cell.line,
                                   lines=lines if len(lines) >= 2 else ()))
            grid.append(out)
        merged = [(g[0], g[1], g[2], g[3]) for g in self.ranges if g[0] != g[2] or g[1] != g[3]]
        return HtmlTable(grid, merged, " ".join(c for c in self.captions if c), self.nested)


HTML_TABLE = re.compile(r"<table\b", re.I)


def read_html_table(lines: list[str], start: int, budget: Budget, path: str,
                    clean: Callable[[str], tuple[str, bool]]) -> tuple[int, HtmlTable]:
    """The `<table>` opening on line `start` (0-based; from its `<table` on): the line after its closing tag
    and the table. Cells count against `budget`; markup the standard parser cannot read is an `InputError`."""
    parser = TableParser(start + 1, lambda n, line: budget.cells_read(n, path, str(line)))
    opening = HTML_TABLE.search(lines[start])
    assert opening is not None, "the caller found `<table` on this line"
    first = lines[start][opening.start():]
    i = start
    try:
        parser.feed(first + "\n")
        i += 1
        while not parser.done and i < len(lines):
            parser.feed(lines[i] + "\n")
            i += 1
        if not parser.done:  # never closed: the table ends on the line of its last row or cell, and the
            i = max(parser.last, start + 1)  # prose after it is not the text of that cell (read again, counted)
            parser = TableParser(start + 1)
            parser.feed("\n".join([first, *lines[start + 1:i]]) + "\n")
            parser.close()
        return i, parser.table(clean)
    except InputError:
        raise
    except Exception as exc:  # html.parser asserts on some broken declarations (`<![`)
        line = parser.getpos()[0] + start
        raise InputError("bad_html_table", path, str(line), detail=f"{type(exc).__name__}: {exc}"[:200]) from None
