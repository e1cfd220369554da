"""What the machine and reviewer formats share: where a finding is, and its values as plain text.

A SARIF result, a GitHub annotation, a JUnit failure and a Markdown row must point
at the same file and cell and say the same thing, so these conversions live here
once. Everything works on `Finding.to_record()` dictionaries, never on Rich.
"""
from __future__ import annotations

import posixpath
import re

from audit.i18n import t
from audit.message import format_number
from audit.model import Location, say
from audit.numbers import as_written

BASIS = {"expected": "expected", "computed": "computed", "other": "other_table"}
#: the group of findings that belong to no table (the document, its prose, the report as a whole)
NO_TABLE = "-"


def group_label(table: str, lang: str) -> str:
    """How a group of findings is headed: the table's name, or the report as a whole."""
    return t("whole_report", lang) if table == NO_TABLE else table
_CELL = re.compile(r"^([A-Za-z]+)(\d*)$")
#: a source that is one file (a workbook, a document), not a folder of tables
FILE_SOURCES = (".xlsx", ".xlsm", ".md", ".markdown", ".docx", ".pdf")


def artifact_path(source: str, loc: dict) -> str | None:
    """The finding's file as a forward-slash path, prefixed with the report's folder.

    For a CSV folder the file sits inside `source`; for a workbook or a document
    (markdown, DOCX, PDF) the file is `source` itself, so it sits beside it (its
    folder is `source`'s parent), whatever the file's name ends with.
    """
    file = (loc or {}).get("file")
    if not file:
        return None
    src = (source or "").replace("\\", "/")
    itself = posixpath.basename(src) == posixpath.basename(file.replace("\\", "/"))
    base = posixpath.dirname(src) if itself or src.lower().endswith(FILE_SOURCES) else src
    return posixpath.normpath(posixpath.join(base, file.replace("\\", "/"))) if base else file.replace("\\", "/")


def column_number(cell: str | None) -> int | None:
    """`F44` -> 6, `AA3` -> 27: the 1-based column of a spreadsheet-style cell."""
    m = _CELL.match(cell or "")
    if not m:
        return None
    n = 0
    for ch in m.group(1).upper():
        n = n * 26 + ord(ch) - 64
    return n


def where(loc: dict | None, lang: str = "id") -> str:
    """`sheet!F44`, `file.csv!F44`, `file.csv:44` or `Tabel #7!C5 hlm. 12`, as the terminal report shows it;
    `-` if unknown."""
    if not loc or not loc.get("file"):
        return "-"
    return Location(loc["file"], loc.get("sheet"), loc.get("cell"), loc.get("line"), loc.get("page")).short(
        t("page_at", lang))


def values_text(rec: dict, lang: str) -> str:
    """`written 1.800.000; expected 2.400.000` in `lang` (its numbers too), or '' when nothing was read."""
    shown = rec.get("shown") or {}
    if shown.get("written") is None:
        return ""
    parts = [f"{t('written', lang)} {shown['written']}"]
    if shown.get("expected") is not None:
        parts.append(f"{t(BASIS.get(rec.get('basis') or '', 'expected'), lang)} {shown['expected']}")
    return "; ".join(parts)


def detail_text(rec: dict, lang: str) -> str:
    """The message, then the hint and the values on their own lines."""
    return "\n".join(p for p in (rec["message"], rec.get("hint"), values_text(rec, lang)) if p)


# Numbers as the reader reads them (`--lang`: id 1.800.000 and 90,63%, en 1,800,000 and 90.63%), at the
# precision the report printed them, shared by every format: one formatter, `audit.message.format_number`.

def show_number(value, decimals: int | None, lang: str, unit: str | None = None) -> str:
    """A value as a reader of `lang` reads it (`1.800.000`, `90,63%`); text as written; `-` if missing."""
    if isinstance(value, str):
        return value
    return format_number(value, decimals, lang, unit)


def expected_decimals(f) -> int | None:
    """Decimals for the expected value: a whole number written can still be expected with decimals."""
    return f.expected_places()


def shown_values(f, lang: str) -> dict[str, str | None]:
    """`written`, `expected` and `difference` of a finding as display text in `lang` (None when absent)."""
    return f.shown(lang)


def fix_value(proposed, written: str | None, lang: str) -> str:
    """A fix's value as a reader of `lang` reads it, at the precision and unit of the cell as written
    (`proposed_text` keeps the cell's own style: it is what `--apply` writes)."""
    if proposed is None or isinstance(proposed, str):
        return "" if proposed is None else proposed
    return say(as_written(written, float(proposed)), lang)


def current_value(current, written: str | None, lang: str) -> str:
    """A cell's present value in `lang`, at the precision it was written with; text as written."""
    if written is None or not str(written).strip() or isinstance(current, str) or current is None:
        return "" if written is None else str(written)
    if current != current:
        return str(written)
    return say(as_written(written, float(current)), lang)


def fix_line(s, lang: str) -> str:
    """`ubah F44 menjadi 2.400.000: ... (keyakinan tinggi)`, as the terminal report says it."""
    value = fix_value(s.proposed, s.current_text, lang)
    page = t("page_at", lang)
    value += "".join(t("fix_also", lang, cell=a.cell.short(page), value=fix_value(a.proposed, a.current_text, lang))
                     for a in s.also if a.cell)
    cell = s.cell.short(page) if s.cell else s.column
    return t("fix_line", lang, cell=cell, value=value, reason=say(s.reason, lang),
             confidence=t(s.confidence, lang))


def row_text(f) -> str:
    """`5.13 · Kegiatan 13 …`: the row id and its label, without repeating one that equals the other."""
    return " · ".join(p for p in (f.row, f.row_label if f.row_label != f.row else None) if p)


def coverage_text(result, lang: str) -> str | None:
    """What was checked, said plainly: numeric tables read of those found, rules run and those not run (for a
    table absent, columns absent, a document to read, or no row to compare); None without a coverage."""
    c = result.coverage
    if c is None:
        return None
    text = t("coverage_line", lang, read=c.tables_read, found=c.tables_found, run=c.rules_run,
             percent=format_number(c.percent, 0, lang, "%"))
    parts = [t(key, lang, n=n) for key, n in (("coverage_skipped", c.rules_skipped),
                                               ("coverage_lacking", c.rules_lacking),
                                               ("coverage_no_document", len(c.no_document)),
                                               ("coverage_without_rows", len(c.without_rows))) if n]
    if parts:
        text += t("coverage_not_run", lang, parts=", ".join(parts))
    return text


def not_run(result, lang: str) -> list[str]:
    """The rules not run, each line with why: their tables absent, the columns they read not printed, the
    document they read absent (a report read from tables), or the rows they compare absent."""
    lines = []
    if result.rules_skipped:
        lines.append(t("skipped_rules", lang, ids=", ".join(result.rules_skipped)))
    lacking = result.coverage.lacking_why if result.coverage is not None else ()
    if lacking:
        lines.append(t("lacking_rules", lang, ids=", ".join(f"{rule} ({', '.join(cols)})" for rule, cols in lacking)))
    if result.coverage is not None and result.coverage.no_document:
        lines.append(t("no_document_rules", lang, ids=", ".join(result.coverage.no_document)))
    if result.coverage is not None and result.coverage.without_rows:
        lines.append(t("without_rows_rules", lang, ids=", ".join(result.coverage.without_rows)))
    if result.coverage is not None and result.coverage.columns_no_rule:
        lines.append(t("columns_no_rule", lang, ids=", ".join(result.coverage.columns_no_rule)))
    return lines
