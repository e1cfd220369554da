"""Where a finding is in the submitted file, for the formats a CI tool or an editor opens: SARIF, GitHub, JUnit.

A document finding (markdown, DOCX, PDF) is in the document itself: a markdown line
is a line of the file, a PDF page is said in words (`hlm. 9`), a DOCX table cell
has no line at all, so the printed table and cell (`Tabel #12!D4`) name it. A CSV
cell is a field of a line; its character columns, and a document cell's, are found
by reading the file as submitted, and only when the text there is the text the
audit read: a span that cannot be found for certain is left out, never guessed.
"""
from __future__ import annotations

import re
from pathlib import Path

from audit.i18n import t
from audit.render.common import artifact_path, column_number, fix_value, where

DOCUMENT_SUFFIXES = (".md", ".markdown", ".docx", ".pdf")
MARKDOWN_SUFFIXES = (".md", ".markdown")
#: a text file larger than this is not read again to find columns (the audit's own limits apply to reading it)
MAX_TEXT = 64 * 1024 * 1024
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
#: what may stand right before or after a markdown cell's text: a tab, a pipe, padding, markup
_BEFORE = set("\t| >*_")
_AFTER = set("\t| <*_\r\n")


def is_document(loc: dict | None) -> bool:
    return bool(loc and loc.get("file")) and str((loc or {})["file"]).lower().endswith(DOCUMENT_SUFFIXES)


def document_cell(loc: dict, lang: str) -> str:
    """`Tabel #12!D4`, `Tabel #12!D4, hlm. 9`, `hlm. 9` or '' : a document cell as a reviewer finds it."""
    parts = []
    if loc.get("sheet"):
        parts.append(f"{loc['sheet']}!{loc['cell']}" if loc.get("cell") else loc["sheet"])
    if loc.get("page") is not None:
        parts.append(t("page_at", lang, page=loc["page"]))
    return ", ".join(parts)


def pointer(loc: dict | None, lang: str) -> str:
    """The cell as a CI log names it: `file.csv!F44`, `laporan.md:220 (Tabel #12!D4)`,
    `laporan.pdf (Tabel #12!D4, hlm. 9)`, `laporan.docx (Tabel #12!D4)`, `sheet!F44`; `-` if unknown."""
    if loc is None or not is_document(loc):
        return where(loc, lang)
    name = loc["file"].replace("\\", "/").rsplit("/", 1)[-1]
    cell = document_cell(loc, lang)
    if loc.get("line") is not None:
        name += f":{loc['line']}"
    return f"{name} ({cell})" if cell else name


class Sources:
    """The submitted text files, read once per rendering, split into lines as the readers count them."""

    def __init__(self, source: str):
        self.source = source
        self._lines: dict[str, list[str] | None] = {}

    def lines(self, path: str) -> list[str] | None:
        if path not in self._lines:
            self._lines[path] = _read_lines(path)
        return self._lines[path]

    def span(self, loc: dict | None, text: str | None = None) -> tuple[int, int, int, int, bool] | None:
        """(start line, start column, end line, end column, quoted) of the cell at `loc`, columns 1-based
        in characters, the end one past the last; for a document cell `text` (as written) must be known.
        None when the cell cannot be found for certain in the file as it is now."""
        if not loc or loc.get("line") is None or loc.get("sheet") and not is_document(loc):
            return None
        path = artifact_path(self.source, loc)
        lines = self.lines(path) if path else None
        if not lines or not 0 < loc["line"] <= len(lines):
            return None
        if is_document(loc):
            if not loc["file"].lower().endswith(MARKDOWN_SUFFIXES) or not text:
                return None
            return _markdown_span(lines[loc["line"] - 1], loc["line"], text)
        column = column_number(loc.get("cell"))
        if column is None:
            return None
        return _csv_span(lines, loc["line"], column - 1, text)


def _read_lines(path: str) -> list[str] | None:
    """The file's lines with their endings, decoded as UTF-8 (a BOM dropped); None if it is not such a file."""
    try:
        p = Path(path)
        if not p.is_file() or p.stat().st_size > MAX_TEXT:
            return None
        data = p.read_bytes()
    except (OSError, ValueError):
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    return _LINE.findall(text)


def _delimiter(lines: list[str]) -> str | None:
    """The CSV delimiter when the header line shows exactly one candidate (as the reader's common case)."""
    first = next((line for line in lines if line.strip()), "")
    found = [d for d in (",", ";", "\t") if d in first]
    return found[0] if len(found) == 1 else None


def _csv_span(lines: list[str], number: int, index: int, text: str | None):
    """Field `index` of the record that starts on line `number` (a quoted field may hold line breaks)."""
    delimiter = _delimiter(lines)
    if delimiter is None:
        return None
    record = "".join(lines[number - 1:])
    field, start, quoted, i = 0, 0, False, 0
    inside = False
    while i <= len(record):
        ch = record[i] if i < len(record) else "\n"
        if inside:
            if ch == '"':
                if record[i + 1:i + 2] == '"':
                    i += 2
                    continue
                inside = False
            i += 1
            continue
        if ch == '"' and i == start:
            inside = quoted = True
        elif ch == delimiter or ch in "\r\n":
            if field == index:
                return _checked(record, start, i, quoted, number, text)
            if ch in "\r\n":
                return None  # a short record: the field is not there
            field, start, quoted = field + 1, i + 1, False
        i += 1
    return None


def _checked(record: str, start: int, end: int, quoted: bool, number: int, text: str | None):
    raw = record[start:end]
    value = raw[1:-1].replace('""', '"') if quoted else raw
    if text is not None and value.strip() != text.strip():
        return None  # the file is not as the audit read it
    before = record[:start]
    inside = record[:end]
    line_a = number + _breaks(before)
    line_b = number + _breaks(inside)
    col_a = start - _line_start(before) + 1
    col_b = end - _line_start(inside) + 1
    return line_a, col_a, line_b, col_b, quoted


def _breaks(text: str) -> int:
    return len(re.findall(r"\r\n|\r|\n", text))


def _line_start(text: str) -> int:
    m = max(text.rfind("\n"), text.rfind("\r"))
    return m + 1


def _markdown_span(line: str, number: int, text: str):
    """The one place on the line where `text` stands as a whole cell's text (between a tab, a pipe,
    padding or markup); None when it is not there or there twice."""
    text = text.strip()
    found = []
    at = line.find(text)
    while at >= 0:
        end = at + len(text)
        if (at == 0 or line[at - 1] in _BEFORE) and (end == len(line) or line[end] in _AFTER):
            found.append(at)
        at = line.find(text, at + 1)
    if len(found) != 1:
        return None
    return number, found[0] + 1, number, found[0] + len(text) + 1, False


def fix_text(s: dict, lang: str) -> str:
    """A suggestion record as the terminal says it: `ubah F44 menjadi 2.400.000: ... (keyakinan tinggi)`."""
    value = fix_value(s["proposed"], s.get("current_text"), lang)
    value += "".join(t("fix_also", lang, cell=pointer(a["cell"], lang),
                       value=fix_value(a["proposed"], a.get("current_text"), lang))
                     for a in s.get("also", ()) if a.get("cell"))
    cell = pointer(s["cell"], lang) if s.get("cell") else s["column"]
    return t("fix_line", lang, cell=cell, value=value, reason=s["reason"], confidence=t(s["confidence"], lang))


def replacements(s: dict, sources: Sources) -> list[tuple[str, dict]] | None:
    """(file, SARIF replacement) for the suggested cell and every cell recomputed with it, or None when any
    of them cannot be written as a text replacement: a DOCX or PDF cell, a workbook cell, a file that is not
    as the audit read it. A fix is all of its cells or none."""
    out = []
    for change in (s, *s.get("also", ())):
        one = _replacement(change, sources)
        if one is None:
            return None
        out.append(one)
    return out


def _replacement(change: dict, sources: Sources) -> tuple[str, dict] | None:
    loc, new = change.get("cell"), change.get("proposed_text")
    if not loc or new is None or change.get("current_text") is None:
        return None
    span = sources.span(loc, change["current_text"])
    if span is None:
        return None
    line_a, col_a, line_b, col_b, quoted = span
    if is_document(loc):
        if any(c in new for c in "\t|<>\r\n"):
            return None  # it would change the table's shape, not a cell
    else:
        delimiter = _delimiter(sources.lines(artifact_path(sources.source, loc) or "") or [])
        if quoted:
            if line_a != line_b:
                return None
            col_a, col_b, new = col_a + 1, col_b - 1, new.replace('"', '""')
        elif any(c in new for c in f'{delimiter}"\r\n'):
            new = '"' + new.replace('"', '""') + '"'
    region = {"startLine": line_a, "startColumn": col_a, "endLine": line_b, "endColumn": col_b}
    return artifact_path(sources.source, loc) or "", {"deletedRegion": region, "insertedContent": {"text": new}}


def sarif_fix(s: dict, sources: Sources, lang: str) -> dict | None:
    """The SARIF `fix` for the top suggestion, or None when it is not a text replacement (see `replacements`)."""
    found = replacements(s, sources)
    if not found:
        return None
    changes: dict[str, list[dict]] = {}
    for path, replacement in found:
        changes.setdefault(path, []).append(replacement)
    return {"description": {"text": fix_text(s, lang)},
            "artifactChanges": [{"artifactLocation": {"uri": path}, "replacements": reps}
                                for path, reps in changes.items()]}
