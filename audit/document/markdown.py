"""Markdown as PDF-to-markdown converters write it, into a `Document`.

Tables come tab-separated (one row per line, leading tabs for empty cells) or
as pipe tables; cells may hold HTML (`<b>`, `<i>`, `<p>`, `<ol><li>`) and LaTeX
(`$70 \\leq x < 85$`). A table broken by blank lines or a lone page number (a
page break in the source PDF) is one table; a table interrupted by prose is two,
and the classifier decides whether the second continues the first.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from audit.document.model import DocCell, DocTable, Document, Paragraph
from audit.errors import InputError
from audit.ingest.limits import DEFAULT_LIMITS, Budget, Limits

_TAG = re.compile(r"<[^>]{0,400}>")
_BOLD_CELL = re.compile(r"^\s*(?:<b>|\*\*)(.*?)(?:</b>|\*\*)\s*$", re.S)
_SEPARATOR = re.compile(r"^(?=(?:[^-]*-){3})[\s|:\t-]+$")  # `---|---`, `--\t---\t-----`: no cell, only rules
_FURNITURE = re.compile(r"^\s*(?:-\s*)?(?:hal(?:aman)?\.?\s*)?[0-9ivxl]{1,4}(?:\s*-)?\s*$", re.I)
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_LATEX = [
    (re.compile(r"\\(?:leq|le)\b"), "≤"), (re.compile(r"\\(?:geq|ge)\b"), "≥"), (re.compile(r"\\times\b"), "×"),
    (re.compile(r"\\(?:text|mathrm|textbf|mathbf)\{([^{}]*)\}"), r"\1"),
    (re.compile(r"\\frac\{([^{}]*)\}\{([^{}]*)\}"), r"(\1) / (\2)"), (re.compile(r"\\%"), "%"),
    (re.compile(r"\\[a-zA-Z]+"), ""), (re.compile(r"[{}]"), ""),
]
#: blank lines (or page-number lines) a table may contain and still be one table
TABLE_GAP = 3


def plain(text: str) -> str:
    """Text as a reader sees it: markup and LaTeX removed, entities decoded, whitespace collapsed."""
    text = re.sub(r"</(?:p|li|div|br)>|<br\s*/?>", " ", text, flags=re.I)
    text = _TAG.sub("", text)
    if "$" in text:
        text = re.sub(r"\$\$?([^$]*)\$\$?", lambda m: _latex(m.group(1)), text)
    text = re.sub(r"(\*\*|__)(.*?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)([^*]+?)\*(?!\w)", r"\1", text)
    text = text.replace("**", "")  # a bold run broken over two lines
    text = html.unescape(text).replace("\\*", "*")
    return " ".join(text.split())


def _latex(expr: str) -> str:
    for pattern, repl in _LATEX:
        expr = pattern.sub(repl, expr)
    return expr


def _is_bold(raw: str) -> bool:
    m = _BOLD_CELL.match(raw)
    return bool(m) and "</b>" not in m.group(1) and "**" not in m.group(1) and bool(plain(m.group(1)))


def _row_cells(line: str) -> list[str]:
    if "\t" in line:
        return line.rstrip("\n").split("\t")
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return re.split(r"(?<!\\)\|", inner)


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
    i = 0
    while i < len(lines):
        line = lines[i]
        if _is_table_line(line):
            i, table = _table(lines, i, len(doc.tables) + 1, budget, path)
            table.caption = [p.text for p in recent[-3:] if len(p.text) < 200]
            table.section = [title for _, title in section]
            doc.blocks.append(table)
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
    return doc


def _table(lines: list[str], start: int, index: int, budget: Budget, path: str) -> tuple[int, DocTable]:
    """The table starting at `start`: rows until prose (or more than `TABLE_GAP` blank lines)."""
    rows: list[list[DocCell]] = []
    i, gap = start, 0
    while i < len(lines):
        line = lines[i]
        if _is_table_line(line):
            if not _SEPARATOR.match(line.strip()):
                cells = [DocCell(plain(c), _is_bold(c), i + 1) for c in _row_cells(line)]
                rows.append(cells)
                budget.cells_read(len(cells), path, str(i + 1))
            gap = 0
            i += 1
            continue
        if (not line.strip() or _FURNITURE.match(line)) and gap < TABLE_GAP:
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
    return i, DocTable(index, rows, start + 1, None, lengths=lengths)
