"""A Word (.docx) report as a `Document`, read from its real structure with python-docx.

The body is walked in the order Word stores it (paragraphs and tables
interleaved, content controls opened). Tables are read from their XML grid, not
from python-docx's `cell()` (which repeats a merged cell's text in every grid
position it covers): a merged range keeps its text on its first cell, the other
cells it covers are empty, and the range is listed in `DocTable.merged`.

Choices a reader of the result should know:
- a cell holding several paragraphs (or lines broken by hand) is one line of text, the lines joined by a
  single space (list numbering Word adds itself is not part of the text), its lines kept beside; a row whose
  cells print a group of rows line by line (indicators over their targets) is split into them (`grouped`);
- a table nested in a cell is flattened into that cell's text (its cells joined by
  spaces) and noted in `Document.notes`;
- a table right after another as wide, with nothing but empty paragraphs (a page break) between, goes
  on the first: converters from PDF write one table per page; a repeated header is dropped;
- text boxes and deleted (tracked) text are not read;
- a heading is a paragraph whose style (or a style it is based on) is "Heading N"
  / "Judul N", or that carries an outline level; "bold" means every run holding
  text is bold, directly or through its character or paragraph style.
"""
from __future__ import annotations

import re
from pathlib import Path

from audit.document.bounds import count_docx
from audit.document.continued import append_continued
from audit.document.grouped import split_rows
from audit.document.model import DocCell, DocTable, Document, Paragraph
from audit.errors import InputError, Text
from audit.ingest.container import check_zip
from audit.ingest.limits import Budget, Limits

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
HEADING_STYLE = re.compile(r"^(?:heading|judul)\s*([1-9])$", re.IGNORECASE)
CAPTION_LINES, CAPTION_CHARS = 3, 200


def _refused(path: Path, reason: str, where: str | None = None, **params) -> InputError:
    return InputError("bad_docx", str(path), where, detail=Text(reason, params))


def check_docx(path: Path, limits: Limits) -> None:
    """Raise `InputError` unless `path` is a zip holding a Word body that is safe to unzip."""
    check_zip(path, limits, message="bad_docx", encrypted="encrypted_docx", wrong="not_docx",
              body=lambda name: name == "word/document.xml")


def read_docx(path: Path, limits: Limits) -> Document:
    """The paragraphs and tables of a .docx, in document order, or `InputError`."""
    path = Path(path)
    budget = Budget(limits)
    budget.check_file(path)
    check_docx(path, limits)
    count_docx(path, limits)  # paragraphs and cells, before python-docx builds them all
    import docx

    try:
        word = docx.Document(str(path))
        body = word.element.body
    except Exception as exc:  # python-docx/lxml on a broken file raise anything; none of it is ours
        text = str(exc).splitlines()[0][:200] if str(exc) else ""
        detail = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
        raise _refused(path, "corrupt_workbook", detail=detail) from None
    reader = _Reader(word, path, budget)
    reader.walk(body)
    return reader.document


def read_docx_cells(path: Path, body, limits: Limits) -> tuple[Document, dict[int, object]]:
    """The document `read_docx` reads, walked from `body` (the w:body of a word/document.xml parsed by the
    caller), and the w:tc each table cell was read from, by `id()` of its `DocCell` (the cells of a table
    continued after a page break included): the corrected copy (`audit.repair.docx`) changes the very XML
    cell a fix names."""
    import docx

    reader = _Reader(docx.Document(str(path)), Path(path), Budget(limits))  # python-docx for the styles only
    reader.origins = {}
    reader.walk(body)
    return reader.document, reader.origins


class _Reader:
    """Walks the body once, keeping the heading stack and the blocks read so far."""

    def __init__(self, word, path: Path, budget: Budget):
        self.word, self.path, self.budget = word, path, budget
        self.document = Document(str(path), "docx")
        self.headings: list[tuple[int, str]] = []
        self._styles: dict = {}
        self.origins: dict[int, object] | None = None  # id(DocCell) -> w:tc, when a caller asks (read_docx_cells)
        self._split: list[DocCell] = []

    def walk(self, parent) -> None:
        for child in parent.iterchildren():
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child)
            elif tag == W + "tbl":
                self.table(child)
            elif tag in (W + "sdt", W + "customXml"):
                self.walk(child.find(W + "sdtContent") if tag == W + "sdt" else child)
            elif tag == W + "sdtContent":
                self.walk(child)

    def paragraph(self, p) -> None:
        text = paragraph_text(p)
        if not text:
            return
        level = self.heading_level(p)
        if level:
            self.headings = [h for h in self.headings if h[0] < level] + [(level, text)]
        self.document.blocks.append(Paragraph(text, level=level, bold=self.bold(p)))

    def table(self, tbl) -> None:
        notes = len(self.document.notes)
        rows, merged = self.grid(tbl)
        index = len(self.document.tables) + 1
        self.budget.rows_read(len(rows), str(self.path), f"Tabel {index}", f"Tabel {index}")
        self.budget.cells_read(sum(len(r) for r in rows), str(self.path), f"Tabel {index}")
        table = DocTable(index, rows, merged=merged)
        split = split_rows(table)
        if self.origins is not None:  # a cell split into its lines is no cell a fix can be written into whole
            for cell in split:
                self.origins.pop(id(cell), None)
            self._split.extend(split)  # kept alive: a new cell must not take a split one's id
        before = self.document.blocks[-1] if self.document.blocks else None
        if isinstance(before, DocTable) and rows and len(rows[0]) == before.width:
            self.continued(before, table, notes)
            return
        caption: list[str] = []
        for block in reversed(self.document.blocks):
            if (isinstance(block, DocTable) or block.level or len(block.text) >= CAPTION_CHARS
                    or len(caption) == CAPTION_LINES):
                break
            caption.insert(0, block.text)
        table.caption, table.section = caption, [h[1] for h in self.headings]
        self.document.blocks.append(table)

    def continued(self, before: DocTable, table: DocTable, notes: int) -> None:
        """A table right after another as wide, with no text between (a converter writes one table per page of
        the PDF it read): the same table going on; its notes point into the table it joins."""
        offset = append_continued(before, table)
        for i, note in enumerate(self.document.notes[notes:], notes):
            row = note.params["row"] - 1 + offset
            self.document.notes[i] = Text(note.key, {**note.params, "n": before.index, "row": row + 1})

    def grid(self, tbl) -> tuple[list[list[DocCell]], list[tuple[int, int, int, int]]]:
        """The table's cells on its grid, and its merged ranges (0-based, inclusive)."""
        rows: list[list[DocCell]] = []
        ranges: list[list[int]] = []
        open_down: dict[int, list[int]] = {}  # grid column -> the vertical range still open there
        index = len(self.document.tables) + 1
        for r, tr in enumerate(tbl.iterchildren(W + "tr")):
            cells: dict[int, DocCell] = {}
            col = _int(tr.find(f"{W}trPr/{W}gridBefore"), 0)
            left: list[int] | None = None  # the range of the cell before, for legacy w:hMerge
            for tc in _cells_of(tr):
                span = max(_int(tc.find(f"{W}tcPr/{W}gridSpan"), 1), 1)
                vmerge = tc.find(f"{W}tcPr/{W}vMerge")
                hmerge = tc.find(f"{W}tcPr/{W}hMerge")
                down = open_down.get(col)
                if hmerge is not None and hmerge.get(W + "val", "continue") == "continue" and left:
                    left[3] = col + span - 1
                    for c in range(col, col + span):
                        cells[c] = DocCell("")
                elif vmerge is not None and vmerge.get(W + "val", "continue") == "continue" and down:
                    down[2] = r
                    for c in range(col, col + span):
                        cells[c] = DocCell("")
                else:
                    lines, bold = self.cell(tc, index, r, col)
                    cells[col] = DocCell(" ".join(lines), bold, indent=_indent(tc),
                                         lines=tuple(lines) if len(lines) >= 2 else ())
                    if self.origins is not None:
                        self.origins[id(cells[col])] = tc
                    for c in range(col + 1, col + span):
                        cells[c] = DocCell("")
                    rng = [r, col, r, col + span - 1]
                    ranges.append(rng)
                    for c in range(col, col + span):
                        open_down.pop(c, None)
                    if vmerge is not None:  # restart
                        open_down[col] = rng
                    left = rng
                col += span
            rows.append([cells.get(c, DocCell("")) for c in range(max(cells, default=-1) + 1)])
        width = max(len(_grid_columns(tbl)), max((len(r) for r in rows), default=0))
        rows = [r + [DocCell("") for _ in range(width - len(r))] for r in rows]
        merged = [(g[0], g[1], g[2], g[3]) for g in ranges if g[0] != g[2] or g[1] != g[3]]
        return rows, merged

    def cell(self, tc, index: int, row: int, col: int) -> tuple[list[str], bool]:
        """A cell's lines (its paragraphs, each broken at its line breaks; nested tables flattened) and bold
        flag. The cell's text is its lines joined by a space."""
        texts, bolds = [], []
        for block in _blocks_of(tc):
            if block.tag == W + "p":
                lines = paragraph_lines(block)
                if lines:
                    texts += lines
                    bolds.append(self.bold(block))
            else:
                nested = [paragraph_text(p) for p in block.iter(W + "p")]
                texts += [t for t in nested if t]
                self.document.notes.append(Text("note_nested_table", {"n": index, "row": row + 1, "col": col + 1}))
        return texts, bool(bolds) and all(bolds)

    # -------------------------------------------------------------- styles

    def style(self, style_id: str | None):
        if style_id not in self._styles:
            styles = self.word.styles
            found = None
            if style_id:
                found = next((s for s in styles if getattr(s, "style_id", None) == style_id), None)
            self._styles[style_id] = found
        return self._styles[style_id]

    def heading_level(self, p) -> int:
        outline = p.find(f"{W}pPr/{W}outlineLvl")
        style = self.style(_val(p.find(f"{W}pPr/{W}pStyle")))
        seen = 0
        while style is not None and seen < 10:
            m = HEADING_STYLE.match((style.name or "").strip())
            if m:
                return int(m.group(1))
            if outline is None:
                outline = style.element.find(f"{W}pPr/{W}outlineLvl")
            style, seen = getattr(style, "base_style", None), seen + 1
        level = _int(outline, 9)
        return level + 1 if level < 6 else 0

    def bold(self, p) -> bool:
        """Every run holding text is bold (directly, or by its character or paragraph style)."""
        para_bold = self._style_bold(self.style(_val(p.find(f"{W}pPr/{W}pStyle"))))
        runs = [r for r in _runs(p) if "".join(t.text or "" for t in r.iter(W + "t")).strip()]
        if not runs:
            return False
        for run in runs:
            b = _toggle(run.find(f"{W}rPr/{W}b"))
            if b is None:
                b = self._style_bold(self.style(_val(run.find(f"{W}rPr/{W}rStyle"))))
            if b is None:
                b = para_bold
            if not b:
                return False
        return True

    def _style_bold(self, style) -> bool | None:
        seen = 0
        while style is not None and seen < 10:
            b = _toggle(style.element.find(f"{W}rPr/{W}b"))
            if b is not None:
                return b
            style, seen = getattr(style, "base_style", None), seen + 1
        return None


def paragraph_text(p) -> str:
    """The paragraph's visible text, whitespace collapsed (text boxes and deleted text left out)."""
    return " ".join(paragraph_lines(p))


def paragraph_lines(p) -> list[str]:
    """The paragraph's visible lines, whitespace collapsed, blank ones left out: broken at its line breaks, and at
    the newlines a generating program wrote into its text (`10.00 %\n50.00 %`: Word shows a space, the program
    meant two lines)."""
    lines: list[list[str]] = [[]]
    for el in p.iter(W + "t", W + "tab", W + "br", W + "cr"):
        if _in_text_box(el, p):
            continue
        if el.tag == W + "t":
            first, *more = (el.text or "").splitlines() or [""]
            lines[-1].append(first)
            lines.extend([x] for x in more)
        elif el.tag == W + "tab" or el.get(W + "type") not in (None, "textWrapping"):
            lines[-1].append(" ")  # a tab, a page or column break: a space within the line
        else:
            lines.append([])
    return [text for text in (" ".join("".join(parts).split()) for parts in lines) if text]


def _in_text_box(el, stop) -> bool:
    for anc in el.iterancestors():
        if anc is stop:
            return False
        if anc.tag in (W + "txbxContent", MC_FALLBACK):
            return True
    return False


def _runs(p):
    return [r for r in p.iter(W + "r") if not _in_text_box(r, p)]


def _cells_of(tr):
    """The w:tc of a row, content controls around cells opened."""
    for child in tr.iterchildren():
        if child.tag == W + "tc":
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            inner = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if inner is not None:
                yield from _cells_of(inner)


def _blocks_of(tc):
    """The paragraphs and nested tables of a cell, in order, content controls opened."""
    for child in tc.iterchildren():
        if child.tag in (W + "p", W + "tbl"):
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            inner = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if inner is not None:
                yield from _blocks_of(inner)


def _grid_columns(tbl) -> list:
    grid = tbl.find(W + "tblGrid")
    return [] if grid is None else list(grid.iterchildren(W + "gridCol"))


def _val(el) -> str | None:
    return None if el is None else el.get(W + "val")


def _int(el, default: int) -> int:
    value = _val(el)
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _toggle(el) -> bool | None:
    """A w:b style toggle: absent -> None; present -> on unless val is false/0/off."""
    if el is None:
        return None
    return (el.get(W + "val") or "true").lower() not in ("0", "false", "off")


def _indent(tc) -> float:
    """How far a cell's first paragraph stands in (points): its left indent, or the spaces and tabs
    it starts with (an outline typed with the space bar)."""
    p = tc.find(f"{W}p")
    if p is None:
        return 0.0
    ind = p.find(f"{W}pPr/{W}ind")
    twips = 0
    if ind is not None:
        twips = _int_attr(ind, "left") or _int_attr(ind, "start")
    level = p.find(f"{W}pPr/{W}numPr/{W}ilvl")  # a multilevel list: its level says the depth
    if level is not None:
        twips += 360 * (_int_attr(level, "val") + 1)
    text = "".join(t.text or "" for t in p.iter(f"{W}t"))
    tabs = sum(1 for _ in p.iter(f"{W}tab")) if not text.strip() or not text[:1].strip() else 0
    spaces = len(text) - len(text.lstrip(" \u00a0"))
    return twips / 20 + 3.0 * spaces + 36.0 * tabs


def _int_attr(element, name: str) -> int:
    try:
        return int(element.get(W + name) or 0)
    except ValueError:
        return 0
