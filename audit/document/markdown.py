"""Markdown as PDF-to-markdown converters write it, into a `Document`.

Tables come tab-separated (one row per line, leading tabs for empty cells), as
pipe tables (with or without the edge pipes), as grid tables (`gridtable.py`) or
as HTML `<table>` blocks (`htmltable.py`); cells may hold HTML (`<b>`, `<i>`,
`<p>`, `<ol><li>`) and LaTeX (`$70 \\leq x < 85$`). A table broken by blank lines
or a lone page number (a page break in the source PDF) is one table, and so are
HTML blocks broken that way; a table interrupted by prose is two, and the
classifier decides whether the second continues the first.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from audit.document.continued import append_continued
from audit.document.gridtable import GRID_BORDER as _GRID_BORDER
from audit.document.gridtable import read_grid_table
from audit.document.grouped import split_rows
from audit.document.htmltable import HTML_TABLE as _HTML_TABLE
from audit.document.htmltable import read_html_table
from audit.document.model import DocCell, DocTable, Document, Paragraph
from audit.document.spans import merge_repeated
from audit.errors import InputError, Text
from audit.ingest.limits import DEFAULT_LIMITS, Budget, Limits

_TAG = re.compile(r"<[^>]{0,400}>")
_BOLD_CELL = re.compile(r"^\s*(?:<b>|\*\*)(.*?)(?:</b>|\*\*)\s*$", re.S)
_SEPARATOR = re.compile(r"^(?=(?:[^-]*-){3})[\s|:\t-]+$")  # `---|---`, `--\t---\t-----`: no cell, only rules
_FURNITURE = re.compile(r"^\s*(?:-\s*)?(?:hal(?:aman)?\.?\s*)?[0-9ivxl]{1,4}(?:\s*-)?\s*$", re.I)
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_PIPE = re.compile(r"(?<!\\)\|")
_ALIGN = re.compile(r"^\s*:?-+:?\s*$")  # one cell of a pipe table's delimiter row
_LATEX = [
    (re.compile(r"\\(?:leq|le)\b"), "≤"), (re.compile(r"\\(?:geq|ge)\b"), "≥"), (re.compile(r"\\times\b"), "×"),
    (re.compile(r"\\(?:text|mathrm|textbf|mathbf)\{([^{}]*)\}"), r"\1"),
    (re.compile(r"\\frac\{([^{}]*)\}\{([^{}]*)\}"), r"(\1) / (\2)"), (re.compile(r"\\%"), "%"),
    (re.compile(r"\\[a-zA-Z]+"), ""), (re.compile(r"[{}]"), ""),
]
#: blank lines (or page-number lines) a table may contain and still be one table
TABLE_GAP = 3


_LINE_BREAK = re.compile(r"</(?:p|li|div|br)>|<br\s*/?>", re.I)


def cell_lines(raw: str) -> tuple[str, ...]:
    """The lines a pipe cell prints (`90%<br>20%`), when two or more: a row may hold a group of rows (`grouped`)."""
    if "<" not in raw:
        return ()
    lines = tuple(text for text in (plain(part) for part in _LINE_BREAK.split(raw)) if text)
    return lines if len(lines) >= 2 else ()


def plain(text: str) -> str:
    """Text as a reader sees it: markup and LaTeX removed, entities decoded, whitespace collapsed."""
    text = _LINE_BREAK.sub(" ", text)
    text = html.unescape(_markup(_TAG.sub("", text)))
    return " ".join(text.replace("\\*", "*").replace("\\|", "|").split())


def _markup(text: str) -> str:
    """LaTeX read as text, markdown emphasis removed (tags and entities are the caller's business)."""
    if "*" not in text and "_" not in text and "$" not in text:
        return text  # most cells: nothing to do, and no pattern run
    if "$" in text:
        text = re.sub(r"\$\$?([^$]*)\$\$?", lambda m: _latex(m.group(1)), text)
    text = re.sub(r"(\*\*|__)(.*?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)([^*]+?)\*(?!\w)", r"\1", text)
    return text.replace("**", "")  # a bold run broken over two lines


def _html_cell(raw: str) -> tuple[str, bool]:
    """An HTML cell's text (tags gone, entities decoded by the parser): its text, and bold if wholly `**`."""
    text = " ".join(_markup(raw).replace("\\*", "*").split())
    return text, _is_bold(raw)


def _latex(expr: str) -> str:
    for pattern, repl in _LATEX:
        expr = pattern.sub(repl, expr)
    return expr


def _is_bold(raw: str) -> bool:
    m = _BOLD_CELL.match(raw)
    return m is not None and "</b>" not in m.group(1) and "**" not in m.group(1) and bool(plain(m.group(1)))


def _row_cells(line: str) -> list[str]:
    if "\t" in line:
        return line.rstrip("\n").split("\t")
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return re.split(r"(?<!\\)\|", inner)


_LEAD = re.compile(r"^(?:[ \u00a0\u2002\u2003]|&nbsp;|&#160;|&ensp;|&emsp;)+")


def _indent(cell: str) -> float:
    """Spaces a cell's text stands in by (`&nbsp;&nbsp;Sub Kegiatan ...`): an outline kept as indentation.
    A pipe cell's single padding space is layout, not indentation."""
    m = _LEAD.match(cell)
    if not m:
        return 0.0
    lead = m.group(0)
    n = len(re.findall(r"[ \u00a0\u2002]|&nbsp;|&#160;|&ensp;", lead)) + 2 * len(re.findall(r"\u2003|&emsp;", lead))
    return float(max(0, n - 1))


def _is_table_line(line: str) -> bool:
    if "\t" in line and line.strip():
        return True
    s = line.strip()
    return s.startswith("|") and s.count("|") >= 2


def read_markdown(path: Path, limits: Limits = DEFAULT_LIMITS) -> Document:
    budget = Budget(limits)
    budget.check_file(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError("unreadable_file", str(path), None, detail=exc.strerror or type(exc).__name__) from None
    if b"\0" in data[:65536]:
        raise InputError("not_text_document", str(path))
    text = data.decode("utf-8-sig", errors="replace")
    return parse_markdown(text, str(path), budget)


def parse_markdown(text: str, path: str = "<markdown>", budget: Budget | None = None) -> Document:
    budget = budget or Budget()
    lines = text.splitlines()
    doc = Document(path, "markdown")
    section: list[tuple[int, str]] = []
    recent: list[Paragraph] = []  # paragraphs since the last table: captions are taken from here
    i = count = 0  # count: tables so far
    while i < len(lines):
        line = lines[i]
        found = _tables_at(lines, i, budget, path)
        if found:
            start, (i, before, tables) = i, found
            if before:  # text printed before the table on its line: a caption
                recent.append(Paragraph(before, start + 1))
                doc.blocks.append(recent[-1])
            for table, nested in tables:
                split_rows(table)  # a row holding a group of rows, its cells' lines pairing up
                count += 1
                table.index = count
                table.caption = [p.text for p in recent[-3:] if len(p.text) < 200] + table.caption
                table.section = [title for _, title in section]
                doc.blocks.append(table)
                doc.notes += [Text("note_nested_table", {"n": table.index, "row": r + 1, "col": c + 1})
                              for r, c in nested]
                recent = []
            continue
        stripped = line.strip()
        i += 1
        if not stripped or _SEPARATOR.match(stripped):
            continue
        heading = _HEADING.match(stripped)
        level = len(heading.group(1)) if heading else 0
        body = heading.group(2) if heading else stripped
        body = re.sub(r"^(?:[-*+➤•]|\d+[.)])\s+(?=\S)", lambda m: m.group(0) if m.group(0)[0].isdigit() else "",
                      body)
        para_text = plain(body)
        if not para_text:
            continue
        bold = level > 0 or _is_bold(body.replace("  ", " ").strip())
        para = Paragraph(para_text, i, None, level, bold)
        if level:
            section = [(lv, t) for lv, t in section if lv < level] + [(level, para_text)]
        doc.blocks.append(para)
        recent.append(para)
        budget.paragraphs_read(1, path, str(i))  # stops a 50 MB file of short paragraphs early
    return doc


def _tables_at(lines: list[str], i: int, budget: Budget, path: str) -> tuple[int, str, list] | None:
    """The table(s) starting at line `i`, if one does: (the line after them, text printed before the table
    on its first line, [(table, cells holding a nested table)]). Tables get their index from the caller."""
    line = lines[i]
    if _HTML_TABLE.search(line):
        return _html_tables(lines, i, budget, path)
    if _GRID_BORDER.match(line):
        end, table = read_grid_table(lines, i, budget, path, _grid_cell)
    elif _is_table_line(line):
        end, table = _table(lines, i, budget, path, _is_table_line, TABLE_GAP)
        if "\t" not in line:
            merge_repeated(table)
    elif _PIPE.search(line) and i + 1 < len(lines) and _delimiter(lines[i + 1]) == len(_row_cells(line)):
        end, table = _table(lines, i, budget, path, lambda s: bool(_PIPE.search(s)), 0)  # GFM: no leading pipe
        merge_repeated(table)
    elif _closed_row(line) and i + 1 < len(lines) and _closed_row(lines[i + 1]):
        end, table = _table(lines, i, budget, path, _closed_row, 0)  # `a | b |`: no leading pipe, no delimiter
        merge_repeated(table)
    else:
        return None
    return (end, "", [(table, [])]) if table.rows else None  # rule lines alone are no table


def _html_tables(lines: list[str], start: int, budget: Budget, path: str) -> tuple[int, str, list]:
    """HTML `<table>` blocks from line `start`: a block following another with only blank or page-number
    lines between (a converter writes one block per page) and as many columns continues it."""
    opening = _HTML_TABLE.search(lines[start])
    assert opening is not None, "the caller found `<table` on this line"
    before = plain(lines[start][:opening.start()])
    tables: list[tuple[DocTable, list]] = []
    i = start
    while True:
        end, read = read_html_table(lines, i, budget, path, _html_cell)
        table = DocTable(0, read.rows, i + 1, None, [read.caption] if read.caption else [], merged=read.merged)
        if tables and table.width == tables[-1][0].width and not table.caption:
            first, nested = tables[-1]
            had, offset = len(first.rows), append_continued(first, table)
            nested += [(r + offset, c) for r, c in read.nested if r + offset >= had]
        elif table.rows:
            tables.append((table, read.nested))
        nxt = end
        while nxt < len(lines) and nxt - end < TABLE_GAP and (not lines[nxt].strip()
                                                               or _FURNITURE.match(lines[nxt])):
            nxt += 1
        opens = _HTML_TABLE.search(lines[nxt]) if nxt < len(lines) else None
        if not opens or plain(lines[nxt][:opens.start()]):
            return end, before, tables
        i = nxt


def _grid_cell(raw: str) -> tuple[str, bool]:
    return plain(raw), _is_bold(raw)


def _closed_row(line: str) -> bool:
    """`Sasaran | Indikator | Target |`: a row some web converters print without a leading pipe and without
    a delimiter row under the header; prose does not end with a pipe. Two such lines make a table."""
    s = line.strip()
    return s.endswith("|") and not s.endswith("\\|") and len(_PIPE.findall(s)) >= 2


def _delimiter(line: str) -> int:
    """The number of cells of a pipe table's delimiter row (`---|:---:|--:`), or 0 for any other line."""
    if "|" not in line or "\t" in line:
        return 0
    cells = _row_cells(line)
    return len(cells) if all(_ALIGN.match(c) for c in cells) else 0


def _table(lines: list[str], start: int, budget: Budget, path: str, is_row, max_gap: int) -> tuple[int, DocTable]:
    """The table starting at `start`: rows until prose (or more than `max_gap` blank lines)."""
    rows: list[list[DocCell]] = []
    i, gap = start, 0
    while i < len(lines):
        line = lines[i]
        if is_row(line):
            if not (_SEPARATOR.match(line.strip()) or (len(rows) == 1 and i == start + 1 and _delimiter(line))):
                cells = [DocCell(plain(c), _is_bold(c), i + 1, indent=_indent(c), lines=cell_lines(c))
                         for c in _row_cells(line)]
                rows.append(cells)
                budget.cells_read(len(cells), path, str(i + 1))
            gap = 0
            i += 1
            continue
        if (not line.strip() or _FURNITURE.match(line)) and gap < max_gap:
            gap += 1
            i += 1
            continue
        break
    while i > start and not lines[i - 1].strip():
        i -= 1
    width = max(len(r) for r in rows) if rows else 0
    lengths = [len(r) for r in rows]
    for r in rows:
        r.extend(DocCell("", False, r[0].line if r else None) for _ in range(width - len(r)))
    return i, DocTable(0, rows, start + 1, None, lengths=lengths)
