"""A PDF report with a text layer as a `Document`, read with pdfplumber.

Per page: the tables pdfplumber finds from the ruling lines (or, on a page with
no lines at all, from the alignment of the words, kept only when it looks like a
table and noted), then the text lines outside the tables, merged into paragraphs
and put in reading order with the tables by their top. Headings are lines in a
font larger than the body text (the largest size is level 1, up to level 3);
bold comes from the font names ("...Bold"). A table that goes on at the top of
the next page under the same column lines (unruled: with as many columns) is one
`DocTable`; a header row the continuation repeats is dropped, and each cell keeps
its own page.

A PDF that is encrypted, damaged, or has no text at all (a scan) is an input
error: a scan needs OCR first, and an empty result would look like a clean audit.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Container
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from audit.document.columnlines import collapse, place, placed, same_columns, spread, union
from audit.document.continued import append_continued
from audit.document.fills import join_fills
from audit.document.model import DocCell, DocTable, Document, Paragraph
from audit.document.pdfcolumns import column_table, columned, holds_groups, loose_rules, split_grouped
from audit.document.pdfcolumns import stacked as _stacked
from audit.document.pdfgaps import gap_tables
from audit.document.pdfpage import PageChars, cell_texts, load_objects
from audit.document.rowsplit import lines_by_row, unmerged_labels
from audit.document.turned import upright
from audit.errors import InputError, Text
from audit.ingest.limits import Budget, Limits

CAPTION_LINES, CAPTION_CHARS = 3, 200
RUNNING_CHARS = 120  # a running title (page header or footer) is no longer than this ...
MARGIN = 0.12  # ... and printed within this share of the page's height from its top or bottom edge
BOLD_FONT = re.compile(r"bold|black|heavy|demi|semibold", re.IGNORECASE)
PAGE_NUMBER = re.compile(r"^(?:halaman|hal\.?|page)?\s*[-–]?\s*(?:\d{1,4}|[ivxlc]{1,6}"
                         r"|(?:bab\s+)?[ivx]{1,4}\s*[-–.]\s*\d{1,4})\s*[-–]?$", re.IGNORECASE)
#: a page number printed before or after a running title, glued to it or set apart (`50LKIP Dinas ... 2016`,
#: `Laporan Kinerja 2023 | 12`, `II-3 LKjIP ...`): the title without it is the same on every page
_LEADING_NUMBER = re.compile(r"^(?:[IVX]{1,4}\s*[-–.]\s*)?\d{1,4}(?=\D)\s*[|–-]?\s*")
_TRAILING_NUMBER = re.compile(r"\s*[|–-]?\s*(?:[IVX]{1,4}\s*[-–.]\s*)?\d{1,4}$")
#: a running title without its page number keeps this many characters at least (`Tabel 12` is no running title)
TITLE_CHARS = 10
TEXT_SETTINGS = {"vertical_strategy": "text", "horizontal_strategy": "text"}


def _refused(path: Path, reason: str, where: str | Text | None = None, **params) -> InputError:
    return InputError("bad_pdf", str(path), where, detail=Text(reason, params))


def _page(number: int) -> Text:
    """A page as a place in an error line, in the reader's language (`hlm. 3`, `page 3`)."""
    return Text("page_at", {"page": number})


def _detail(exc: BaseException) -> str:
    text = str(exc).splitlines()[0][:200] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _encrypted(exc: BaseException | None) -> bool:
    """pdfplumber wraps pdfminer's errors; look through the chain for a password problem."""
    seen = 0
    while exc is not None and seen < 10:
        if "Password" in type(exc).__name__ or "Encryption" in type(exc).__name__:
            return True
        inner = [a for a in getattr(exc, "args", ()) if isinstance(a, BaseException)]
        exc, seen = (inner[0] if inner else exc.__cause__ or exc.__context__), seen + 1
    return False


def _failed(path: Path, exc: BaseException, where: str | Text | None = None) -> InputError:
    if _encrypted(exc):
        return _refused(path, "encrypted_pdf", where)
    return _refused(path, "corrupt_workbook", where, detail=_detail(exc))


def check_pdf(path: Path) -> None:
    """Raise `InputError` unless the file starts like a PDF."""
    try:
        with open(path, "rb") as f:
            head = f.read(1024)
    except OSError as exc:
        raise _refused(path, "corrupt_workbook", detail=exc.strerror or type(exc).__name__) from None
    if not head:
        raise InputError("empty_file", str(path))
    if b"%PDF-" not in head:
        raise _refused(path, "not_pdf")


def read_pdf(path: Path, limits: Limits) -> Document:
    """The paragraphs and tables of a PDF with a text layer, in reading order, or `InputError`."""
    path = Path(path)
    budget = Budget(limits)
    budget.check_file(path)
    check_pdf(path)
    import pdfplumber

    with _quiet():
        return _read(pdfplumber, path, budget)


@contextmanager
def _quiet():
    """pdfminer logs what it repairs (a looping page tree, a broken xref) as warnings on stderr; the
    reviewer reads one line or the report, so its loggers are silenced while a PDF is read."""
    loggers = [logging.getLogger(name) for name in ("pdfminer", "pdfplumber")]
    before = [(lg.level, lg.propagate) for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL + 1)
        lg.propagate = False
    try:
        yield
    finally:
        for lg, (level, propagate) in zip(loggers, before):
            lg.setLevel(level)
            lg.propagate = propagate


def _read(pdfplumber, path: Path, budget: Budget) -> Document:
    try:
        pdf = pdfplumber.open(str(path))
    except Exception as exc:  # pdfminer on a broken or locked file raises anything
        raise _failed(path, exc) from None
    document = Document(str(path), "pdf")
    pages: list[_Page] = []
    try:
        with pdf:
            document.pages = len(pdf.pages)
            budget.pages_found(document.pages, str(path))
            for number, page in enumerate(pdf.pages, 1):
                turned = page
                try:
                    load_objects(page)  # the page's objects our way (`upright` reads its characters)
                    turned = upright(page)  # a landscape table on a portrait page: read the way it was printed
                    carry = pages[-1].carry() if pages else None
                    pages.append(_read_page(turned, number, document, budget, str(path), carry))
                except InputError:
                    raise
                except Exception as exc:
                    raise _failed(path, exc, _page(number)) from None
                page.close()
                if turned is not page:
                    turned.close()
    except InputError:
        raise
    except Exception as exc:
        raise _failed(path, exc) from None
    if not any(p.chars for p in pages):
        raise InputError("pdf_no_text", str(path), None, pages=len(pages))
    blank = [p.number for p in pages if not p.chars and p.images]
    if blank:
        document.notes.append(Text("note_pages_no_text", {"pages": ", ".join(map(str, blank))}))
    document.blocks = _blocks(pages)
    return document


class _Page:
    """What one page holds: its text lines and tables, each with its top."""

    def __init__(self, number: int, height: float):
        self.number, self.height = number, height
        self.lines: list[dict] = []
        self.tables: list[tuple[float, float, DocTable]] = []  # (top, bottom, table)
        self.columns: dict[int, list] = {}  # id of a table read without column lines -> its columns
        self.chars = 0
        self.images = 0

    def carry(self) -> list | None:
        """The columns of the table without column lines this page ends with (nothing but page furniture in the
        bottom margin below it), for its rows going on at the top of the next page."""
        if not self.tables:
            return None
        top, bottom, table = max(self.tables, key=lambda t: t[1])
        below = [ln for ln in self.lines if ln["top"] > bottom and ln["top"] < (1 - MARGIN) * self.height]
        return None if below else self.columns.get(id(table))


def _read_page(page, number: int, document: Document, budget: Budget, file: str,
               carry: list | None = None) -> _Page:
    """One page's lines and tables; `carry`: the columns of a table without column lines the page before ended
    with (its rows may go on at the top of this page)."""
    out = _Page(number, float(page.height))
    load_objects(page)
    join_fills(page)
    out.chars = sum(1 for c in page.chars if c.get("text", "").strip())
    out.images = len(page.images)
    if not out.chars:
        return out
    tables = page.find_tables()
    ruled = [t for t in tables if _width(t) >= 2]
    indexed = PageChars(page.chars) if ruled else None
    found = [_ruled(t, indexed) for t in ruled]
    if any(holds_groups(f) for f in found):  # a group of rows left in one ruled row (a sasaran's indicators)
        words = page.extract_words()
        found = [split_grouped(f, words, page.edges) if holds_groups(f) else f for f in found]
    # ruled by its column lines only: one cell per column, or a frame whose column lines a cell over several breaks
    stacked = [k for k, f in enumerate(found) if _stacked(f[0], f[1], page.edges)]
    framed = [t.bbox for t in tables if _width(t) < 2 and columned(t.bbox, page.edges)]
    if tables:
        framed += loose_rules([t.bbox for t in tables], page.edges)
    if stacked or framed:
        found, read = _column_ruled(page, found, stacked, framed)
        if read:
            document.notes.append(Text("note_column_ruled_tables", {"page": number, "n": read}))
    if not found:
        words = page.extract_words()
        if not page.edges:
            found = [f for f in (_aligned(t, words) for t in page.find_tables(TEXT_SETTINGS)) if f]
        if not found:  # rows ruled by horizontal lines only, or a table among prose: the rivers between columns
            found = gap_tables(words, carry)
        if found:
            document.notes.append(Text("note_unruled_tables", {"page": number, "n": len(found)}))
    else:  # a table without lines may share the page with ruled ones: looked for among the words outside them
        beside = _unruled_beside(page, [f[0] for f in found], indexed)
        if beside:
            document.notes.append(Text("note_unruled_tables", {"page": number, "n": len(beside)}))
            found = sorted(found + beside, key=lambda f: (f[0][1], f[0][0]))
    boxes = [f[0] for f in found]
    glyphs = _glyphs(page) if found else []
    for bbox, texts, cells, merges, *gap in found:
        # a table found without ruling lines is read from the words' places (`DocTable.positional`); one of
        # `gap_tables` brings its columns (for its rows going on next page) and how it was read
        columns, positional = gap if gap else (None, "" if ruled else "columns")
        rows, merged = _grid(glyphs, bbox, texts, cells, number, merges)
        edges = _lines(bbox, cells) if merges and not positional else ()
        budget.rows_read(len(rows), file, _page(number), _page(number))
        budget.cells_read(sum(len(r) for r in rows), file, _page(number))
        table = DocTable(0, rows, page=number, merged=merged, positional=positional,
                         edges=edges)
        out.tables.append((float(bbox[1]), float(bbox[3]), table))
        if columns:
            out.columns[id(table)] = columns

    def outside(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

    prose = page.filter(outside) if boxes else page
    for line in prose.extract_text_lines(strip=True, return_chars=True):
        chars = [c for c in line["chars"] if c.get("text", "").strip()]
        text = " ".join(line["text"].split())
        if not text or not chars:
            continue
        out.lines.append({
            "text": text, "top": float(line["top"]), "bottom": float(line["bottom"]),
            "x0": float(line["x0"]), "x1": float(line["x1"]),
            "size": round(min(float(c.get("size", 0)) for c in chars) * 2) / 2,
            "bold": all(BOLD_FONT.search(c.get("fontname", "")) for c in chars),
            "count": len(chars),
        })
    return out


def _unruled_beside(page, boxes: list, chars: PageChars | None = None) -> list[tuple]:
    """Tables printed without lines on a page that also prints ruled ones (`pdfgaps.gap_tables` over the words
    outside their boxes): read, or counted and said unread, never left out of the count. Not the rows of a table
    the page before ended with: those begin a page, where a ruled table does not leave them."""
    from pdfplumber.utils import extract_words

    chars = chars or PageChars(page.chars)
    taken = {id(c) for b in boxes for c in chars.inside((b[0] - 1, b[1] - 1, b[2] + 1, b[3] + 1))}
    rest = [c for c in page.chars if id(c) not in taken]  # the words of the rest from its characters alone
    return gap_tables(extract_words(rest)) if rest else []


def _column_ruled(page, found: list[tuple], stacked: list[int], framed: list) -> tuple[list[tuple], int]:
    """`found` with its tables ruled by column lines only read row by row from the words' lines
    (`pdfcolumns.column_table`), and how many were; a table that cannot be read so is kept as printed (counted and
    said unread), a frame with no table read in it is left to the prose."""
    words = page.extract_words()
    out, read = list(found), 0
    for k in stacked:
        table = column_table(found[k][0], words, page.edges)
        if table is not None:
            out[k], read = table, read + 1
        else:  # its rows in one cell per column: kept as printed, counted and said unread
            out[k] = (*found[k], None, "printed")
    for bbox in framed:
        table = column_table(bbox, words, page.edges)
        if table is not None:
            out.append(table)
            read += 1
    out.sort(key=lambda f: (f[0][1], f[0][0]))
    return out, read


def _width(table) -> int:
    return max((len(r.cells) for r in table.rows), default=0)


def _ruled(table, chars: PageChars | None) -> tuple:
    """(bbox, cell texts, cell boxes, find merges) of a table found from its ruling lines."""
    rows = [list(r.cells) for r in table.rows]
    return table.bbox, cell_texts(rows, chars) if chars else table.extract(), rows, True


def _aligned(table, words=()) -> tuple | None:
    """A table found from word alignment, trimmed to its rows that fill two or more columns.

    The text strategy takes in the lines around a table (its caption, the prose below)
    as one-cell rows: those are left to the prose. Kept only when at least three rows
    remain and most rows fill two or more columns, and no column edge cuts through a word
    (left-aligned prose lines, `BAB IV PE | NUTUP`, are no table: taking them would clip
    the prose).
    """
    texts = [[" ".join((c or "").split()) for c in row] for row in table.extract()]
    rows = [list(r.cells) for r in table.rows]
    if len(texts) != len(rows):
        return None
    full = [i for i, r in enumerate(texts) if sum(1 for c in r if c) >= 2]
    if len(full) < 3:
        return None
    keep = [i for i in range(full[0], full[-1] + 1) if any(texts[i])]
    if len(full) < 0.6 * len(keep):
        return None
    columns = [c for c in range(len(texts[0])) if any(texts[i][c] for i in keep)]
    if len(columns) < 2:
        return None
    texts = [[texts[i][c] for c in columns] for i in keep]
    cells = [[rows[i][c] if c < len(rows[i]) else None for c in columns] for i in keep]
    present = [b for r in cells for b in r if b]
    if any(_cuts_a_word(box, words) for box in present):
        return None
    bbox = (min(b[0] for b in present), min(b[1] for b in present), max(b[2] for b in present),
            max(b[3] for b in present))
    return bbox, texts, cells, False


def _cuts_a_word(box, words, slack: float = 1.0) -> bool:
    """Does the right edge of a cell run through a word printed on the cell's line?"""
    x1, top, bottom = box[2], box[1], box[3]
    return any(w["x0"] < x1 - slack < x1 + slack < w["x1"] and w["top"] < bottom and w["bottom"] > top
               for w in words)


def _glyphs(page) -> list[tuple[float, float, str, float]]:
    """The page's printed characters as (vertical middle, horizontal middle, font, left edge), sorted."""
    return sorted(((c["top"] + c["bottom"]) / 2, (c["x0"] + c["x1"]) / 2, c.get("fontname", ""), c["x0"])
                  for c in page.chars if c.get("text", "").strip())


def _lines(bbox, boxes) -> tuple[float, ...]:
    """A ruled table's column lines: its cells' distinct left edges and its frame's right edge; none when its cells
    do not stand on one grid."""
    xs = sorted({round(c[0], 1) for r in boxes for c in r if c})
    if len(xs) != max((len(r) for r in boxes), default=0):
        return ()
    return (*xs, round(bbox[2], 1))


def _grid(glyphs, bbox, texts, boxes, number: int, merges: bool) -> tuple[list[list[DocCell]], list]:
    """The table's cells (text, bold, page) and, for a ruled table, its merged ranges from the cell boxes.

    pdfplumber gives a merged cell once, with a box over every grid position it covers,
    and None at the positions it covers; the grid's columns are the distinct left edges.
    A box inside another cell's box gives nothing of its own (`_inner`).
    """
    width = max((len(r) for r in boxes), default=0)
    xs = sorted({round(c[0], 1) for r in boxes for c in r if c})
    tops = [min((c[1] for c in r if c), default=0) for r in boxes]
    x0, top, x1, bottom = bbox
    ys = [g[0] for g in glyphs]
    chars = [c for c in glyphs[bisect_left(ys, top):bisect_right(ys, bottom)] if x0 <= c[1] <= x1]
    mids = [c[0] for c in chars]
    grid: list[list[DocCell]] = []
    merged: list[tuple[int, int, int, int]] = []
    pieces: dict[tuple[int, int], list[str]] = {}  # a cell merged down: its lines shared among its rows
    inner = _inner(boxes, xs, tops) if merges and len(xs) == width else set()
    for r, row in enumerate(boxes):
        cells = []
        for c in range(width):
            box = row[c] if c < len(row) and (r, c) not in inner else None
            text = texts[r][c] if r < len(texts) and c < len(texts[r]) and (r, c) not in inner else None
            inside = [] if not box else [
                ch for ch in chars[bisect_left(mids, box[1]):bisect_right(mids, box[3])] if box[0] <= ch[1] <= box[2]]
            bold = bool(inside) and all(BOLD_FONT.search(ch[2]) for ch in inside)
            # the first glyph's left edge
            indent = max(0.0, min(ch[3] for ch in inside) - box[0]) if box and inside else 0.0
            cells.append(DocCell(" ".join((text or "").split()), bold, page=number, indent=round(indent)))
            if box and merges:
                c2 = max((i for i, x in enumerate(xs) if x < box[2] - 1), default=c)
                r2 = max((i for i, t in enumerate(tops) if t < box[3] - 1), default=r)
                if c2 > c or r2 > r:
                    merged.append((r, c, r2, max(c2, c)))
                if r2 > r and (split := lines_by_row(text or "", inside, tops[r:r2 + 1])):
                    pieces[(r, c)] = split
        grid.append(cells)
    if pieces:
        unmerged_labels(grid, merged, pieces)
    return grid, merged


def _inner(boxes, xs: list[float], tops: list[float]) -> set[tuple[int, int]]:
    """Grid positions whose box lies inside another cell's: a cell's padding drawn as lines of their own makes boxes
    within a merged cell, and each holds the glyphs it covers again (a kegiatan's budget, printed once, read in two
    rows). The outer cell is the printed one."""
    out: set[tuple[int, int]] = set()
    for r, row in enumerate(boxes):
        for c, box in enumerate(row):
            if not box:
                continue
            c2 = max((i for i, x in enumerate(xs) if x < box[2] - 1), default=c)
            r2 = max((i for i, t in enumerate(tops) if t < box[3] - 1), default=r)
            for rr in range(r, r2 + 1):
                for cc in range(c, c2 + 1):
                    other = boxes[rr][cc] if (rr, cc) != (r, c) and cc < len(boxes[rr]) else None
                    if other and box[0] - 1 <= other[0] and other[2] <= box[2] + 1 and box[1] - 1 <= other[1] \
                            and other[3] <= box[3] + 1:
                        out.add((rr, cc))
    return out


def _blocks(pages: list[_Page]) -> list:
    """Paragraphs and tables of every page in reading order, continued tables joined."""
    sizes: Counter[float] = Counter()
    for p in pages:
        for line in p.lines:
            sizes[line["size"]] += line["count"]
    body = sizes.most_common(1)[0][0] if sizes else 0
    larger = sorted((s for s in sizes if s > body * 1.12), reverse=True)
    levels = {s: min(i + 1, 3) for i, s in enumerate(larger)}
    right = max((ln["x1"] for p in pages for ln in p.lines if ln["size"] == body), default=0)
    running = _running(pages)
    blocks: list = []
    for p in pages:
        # a line (a dict, kind 0) or a table (a DocTable, kind 1), by position on the page
        items: list[tuple[float, int, Any]] = [(ln["top"], 0, ln) for ln in p.lines]
        items += [(t[0], 1, t[2]) for t in p.tables]
        items.sort(key=lambda i: (i[0], i[1]))
        previous: dict | None = None
        for _, kind, item in items:
            if kind == 1:
                blocks.append(item)
                previous = None
                continue
            level = levels.get(item["size"], 0)
            if previous is not None and _continues(previous, item, level, right) \
                    and not {_title(previous["text"]), _title(item["text"])} & running:  # a title's lines stay apart
                blocks[-1].text = f"{blocks[-1].text} {item['text']}"
            else:
                blocks.append(Paragraph(item["text"], page=p.number, level=level, bold=item["bold"]))
            previous = dict(item, level=level)
    blocks = _join_continued(blocks, running)
    for block in blocks:
        if isinstance(block, DocTable) and block.edges:
            collapse(block)
    _caption(blocks, running)
    return blocks


def _continues(prev: dict, line: dict, level: int, right: float) -> bool:
    """Is `line` the next line of `prev`'s paragraph: same style, close below, after a full line?"""
    size = line["size"]
    return (prev["level"] == level and prev["bold"] == line["bold"] and abs(prev["size"] - size) < 0.6
            and 0 <= line["top"] - prev["bottom"] < 0.8 * size and prev["x1"] >= right - 3 * size)


def _running(pages: list[_Page]) -> set[str]:
    """Running titles: a short line printed first or last on two pages or more (or second: a title of two lines)
    in the page's top or bottom margin (`Laporan Kinerja ... 2023`), with the page number it may carry (`_title`),
    or among the first or last two at the very same place on each (a landscape annex's footer `Bab III -
    Akuntabilitas Kinerja | 42`, or the agency's name above its page number, printed above the margin); a note such
    as `Sumber: data diolah` under tables is not one."""
    seen: Counter = Counter()
    placed: Counter = Counter()
    for p in pages:
        lines = sorted(p.lines, key=lambda ln: ln["top"])
        ends = [ln for ln in (lines[:2] + lines[2:][-2:]) if len(ln["text"]) <= RUNNING_CHARS]
        seen.update({_title(ln["text"]) for ln in ends  # a title may take two lines (agency, then year)
                     if ln["bottom"] < MARGIN * p.height or ln["top"] > (1 - MARGIN) * p.height})
        placed.update({(_title(ln["text"]), round(ln["top"])) for ln in ends})
    return {text for text, n in seen.items() if n >= 2 and text} | {
        text for (text, _), n in placed.items() if n >= 2 and text}


def _title(text: str) -> str:
    """A running title without the page number printed before or after it: `50LKIP Dinas ... 2016` and `51LKIP
    Dinas ... 2016` are one title (a year printed after it is cut too, the same on every page)."""
    bare = _TRAILING_NUMBER.sub("", _LEADING_NUMBER.sub("", text.strip(), count=1), count=1)
    return bare if len(bare) >= TITLE_CHARS else text.strip()


def _furniture(block, running: Container[str] = frozenset()) -> bool:
    """Page furniture: a page number, or a running title (its page number aside), printed as a heading or not (an
    agency's name in large bold type at the top of every page)."""
    return isinstance(block, Paragraph) and ((not block.level and bool(PAGE_NUMBER.match(block.text)))
                                             or _title(block.text) in running)


def _join_continued(blocks: list, running: set[str]) -> list:
    """Join a table continued at the top of the next page (same width) to the table before it."""
    out: list = []
    for block in blocks:
        if isinstance(block, DocTable):
            prev_i = len(out) - 1
            while prev_i >= 0 and _furniture(out[prev_i], running):
                prev_i -= 1
            prev = out[prev_i] if prev_i >= 0 else None
            if (isinstance(prev, DocTable) and block.page is not None and _last_page(prev) == block.page - 1
                    and "printed" not in (prev.positional, block.positional) and _same_columns(prev, block)):
                append_continued(prev, block)
                continue
        out.append(block)
    for i, table in enumerate(t for t in out if isinstance(t, DocTable)):
        table.index = i + 1
    return out


def _same_columns(prev: DocTable, block: DocTable) -> bool:
    """Does `block` print `prev`'s columns? By their column lines when both are ruled (the one with fewer then put on
    the other's grid, or a body going on under other lines placed by where its columns stand: `placed`), else by
    their number."""
    if not (prev.edges and block.edges):
        return block.width == prev.width
    if not same_columns(prev.edges, block.edges):
        columns = placed(block.edges, prev.edges) if _goes_on(block) else None
        if columns is None:
            return False
        place(block, columns, prev.edges)  # its outer columns printed without lines: where its own stand in prev's
        return True
    if len(prev.edges) != len(block.edges) and not _goes_on(block):
        return False  # a table of its own under some of the same lines: its first row is its header
    lines = union(prev.edges, block.edges)
    spread(prev, lines)
    spread(block, lines)
    return True


def _goes_on(block: DocTable) -> bool:
    """Does a table start as a body going on: a row of figures, or a label's last lines alone (one or two cells)?
    A header prints a label over most of its columns."""
    from audit.document.classify import is_number

    first = [c.text.strip() for c in next((row for row in block.rows if any(c.text.strip() for c in row)), [])]
    filled = [t for t in first if t]
    return any(is_number(t) for t in filled) or len(filled) <= 2


def _last_page(table: DocTable) -> int | None:
    return max((c.page for r in table.rows for c in r if c.page), default=table.page)


def _caption(blocks: list, running: set[str]) -> None:
    """Each table's caption (the short paragraphs just above it) and the headings in force."""
    headings: list[Paragraph] = []
    for i, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            if block.level:
                headings = [h for h in headings if h.level < block.level] + [block]
            continue
        block.section = [h.text for h in headings]
        caption: list[str] = []
        for prev in reversed(blocks[:i]):
            if _furniture(prev, running):
                continue
            if (isinstance(prev, DocTable) or prev.level or len(prev.text) >= CAPTION_CHARS
                    or len(caption) == CAPTION_LINES):
                break
            caption.insert(0, prev.text)
        block.caption = caption
