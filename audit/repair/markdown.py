"""A corrected copy of a markdown report: only the text of the fixed cells changes.

The markdown reader keeps each table cell's line; here the line is cut into its
cells as the table's form prints them (tab-separated, pipe or grid rows, HTML
`<td>`/`<th>`), and the cell whose text reads as the printed cell is rewritten in
place: its markup (`**`, `<b>`), padding and every other byte of the file stay. A
grid table keeps its column borders where they were, so a longer value must fit
the cell's padding. A cell that cannot be found for certain (its text spread over
several lines, or the same value printed twice on a line that the table does not
account for) is left alone and reported, never guessed.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from audit.canonical import fixed_text
from audit.document.markdown import plain
from audit.document.model import DocCell, DocTable, Document
from audit.model import Fix
from audit.outputs import atomic_path, check_targets
from audit.repair.printed import printed_cell, same_text

_BOM = b"\xef\xbb\xbf"
_HTML_CELL = re.compile(r"<t[dh]\b[^>]*>", re.I)
_HTML_END = re.compile(r"</t[dh]\s*>|<t[dh]\b|</?tr\b|</?t(?:head|body|foot)\b|</table\b", re.I)
_PIPE = re.compile(r"(?<!\\)\|")
_GRID_LINE = re.compile(r"^\s*[+|]")


def apply_to_markdown(source: Path, target: Path, fixes: list[Fix], style: str, doc: Document,
                      force: bool = False) -> list[Fix]:
    """Write the corrected copy of `source` (read as `doc`) to `target`; the fixes not written are returned."""
    check_targets([target], [source])
    data = Path(source).read_bytes()
    bom = _BOM if data.startswith(_BOM) else b""
    # decoded so that every byte comes back as it was (the reader splits lines the same way)
    lines = data[len(bom):].decode("utf-8", "surrogateescape").splitlines(keepends=True)
    edits: dict[int, list[tuple[int, int, str]]] = {}
    skipped = []
    for fix in fixes:
        edit = _edit(lines, doc, fix, style)
        if edit is None:
            skipped.append(fix)
        else:
            edits.setdefault(edit[0], []).append(edit[1:])
    for number, changes in edits.items():
        line = lines[number - 1]
        for start, end, text in sorted(changes, reverse=True):  # from the right: offsets stay true
            line = line[:start] + text + line[end:]
        lines[number - 1] = line
    with atomic_path(Path(target), force) as work:
        work.write_bytes(bom + "".join(lines).encode("utf-8", "surrogateescape"))
    return skipped


def _edit(lines: list[str], doc: Document, fix: Fix, style: str) -> tuple[int, int, int, str] | None:
    """(line number, start, end, new cell text) for `fix`, or None when its cell is not certain."""
    found = printed_cell(doc, fix)
    number = found[1].line if found else None
    if found is None or number is None or not 0 < number <= len(lines):
        return None
    table, cell = found
    line = lines[number - 1]
    body = line.rstrip("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")
    form = "html" if _HTML_CELL.search(body) else "tab" if "\t" in body else "grid" if _grid(lines, table) else "pipe"
    spans = [(a, b) for a, b in _spans(body, form) if same_text(plain(body[a:b]), cell.text)]
    alike = _alike(table, cell)
    if len(spans) != len(alike):  # the line prints the value where the table does not say: not certain
        return None
    start, end = spans[alike.index(cell)]
    new = _fitted(body[start:end], (fix.current_text or "").strip(), _escaped(fixed_text(fix, style), form), form)
    return None if new is None else (number, start, end, new)


def _alike(table: DocTable, cell: DocCell) -> list[DocCell]:
    """The cells of `table` on `cell`'s line that read as it does, in the order the line prints them."""
    return [c for row in table.rows for c in row if c.line == cell.line and same_text(c.text, cell.text)]


def _grid(lines: list[str], table: DocTable) -> bool:
    """A grid table's first line is its top border (`+----+----+`)."""
    from audit.document.gridtable import GRID_BORDER

    return table.line is not None and 0 < table.line <= len(lines) and bool(GRID_BORDER.match(lines[table.line - 1]))


def _spans(body: str, form: str) -> list[tuple[int, int]]:
    """Where each cell's raw text lies on the line, left to right."""
    if form == "html":
        out = []
        for m in _HTML_CELL.finditer(body):
            end = _HTML_END.search(body, m.end())
            out.append((m.end(), end.start() if end else len(body)))
        return out
    cuts = [m.start() for m in (re.finditer("\t", body) if form == "tab" else _PIPE.finditer(body))]
    bounds = [-1, *cuts, len(body)]
    return [(a + 1, b) for a, b in zip(bounds, bounds[1:])]


def _escaped(text: str, form: str) -> str:
    text = " ".join(text.split())  # a cell is one line
    if form == "html":
        return html.escape(text, quote=False)
    return text.replace("|", "\\|") if form in ("pipe", "grid") else text


def _fitted(raw: str, old: str, new: str, form: str) -> str | None:
    """The cell's raw text with the old value replaced, its markup and padding kept; in a grid table (and
    where the padding allows, in a pipe table) as wide as before, so the columns stay aligned."""
    if raw.count(old) != 1:
        return None
    at = raw.index(old)
    after = raw[at + len(old):]
    grow = len(new) - len(old)
    if form in ("grid", "pipe"):
        pad = len(after) - len(after.rstrip(" "))
        if grow < 0 and (form == "grid" or pad > 1):  # a padded column stays as wide
            return raw[:at] + new + after + " " * -grow
        if 0 < grow <= pad - (form == "pipe"):  # a pipe cell keeps one space of padding
            return raw[:at] + new + after[:len(after) - grow]
        if grow > 0 and form == "grid":
            return None  # wider than the grid's column: moving its border would change other lines
    return raw[:at] + new + after
