"""What the machine and reviewer formats share: where a finding is, and its values as plain text.

A SARIF result, a GitHub annotation, a JUnit failure and a Markdown row must point
at the same file and cell and say the same thing, so these conversions live here
once. Everything works on `Finding.to_record()` dictionaries, never on Rich.
"""
from __future__ import annotations

import posixpath
import re

from audit.i18n import t
from audit.model import Location

BASIS = {"expected": "expected", "computed": "computed", "other": "other_table"}
_CELL = re.compile(r"^([A-Za-z]+)(\d*)$")


def artifact_path(source: str, loc: dict) -> str | None:
    """The finding's file as a forward-slash path, prefixed with the report's folder.

    For a CSV folder the file sits inside `source`; for a workbook the file is the
    workbook itself, so it sits beside it (its folder is `source`'s parent).
    """
    file = (loc or {}).get("file")
    if not file:
        return None
    src = (source or "").replace("\\", "/")
    base = posixpath.dirname(src) if src.lower().endswith((".xlsx", ".xlsm")) else src
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


def where(loc: dict | None) -> str:
    """`sheet!F44`, `file.csv!F44` or `file.csv:44`, as the terminal report shows it; `-` if unknown."""
    if not loc or not loc.get("file"):
        return "-"
    return Location(loc["file"], loc.get("sheet"), loc.get("cell"), loc.get("line")).short()


def plain(value) -> str:
    """A value as plain text: numbers without grouping (`2400000`, `1.070546`), text as written."""
    return str(value)


def values_text(rec: dict, lang: str) -> str:
    """`written 1800000; expected 2400000` in `lang`, or '' when nothing was read."""
    if rec.get("actual") is None:
        return ""
    parts = [f"{t('written', lang)} {plain(rec['actual'])}"]
    if rec.get("expected") is not None:
        parts.append(f"{t(BASIS.get(rec.get('basis'), 'expected'), lang)} {plain(rec['expected'])}")
    return "; ".join(parts)


def detail_text(rec: dict, lang: str) -> str:
    """The message, then the hint and the values on their own lines."""
    return "\n".join(p for p in (rec["message"], rec.get("hint"), values_text(rec, lang)) if p)
