"""Text from the audited report is data, never code: the one place it is neutralised for each output.

A report is written by others, and its cells travel into every output: a spreadsheet
would run `=HYPERLINK(...)`, Markdown would render `</table><img ...>`, a terminal would
obey `ESC[2J` or an OSC title sequence, and a workbook cannot even hold most control
characters (openpyxl raises). Every writer and formatter passes report text through the
function for its medium; ordinary text comes out unchanged.
"""
from __future__ import annotations

import re

from audit.numbers import parse_number

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: what an .xlsx cannot hold (XML 1.0; the same set as openpyxl's ILLEGAL_CHARACTERS_RE)
_NOT_IN_XLSX = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: what a terminal would obey rather than show: C0 controls but tab and newline, DEL, C1 controls
#: (a lone \x9b starts a sequence too), and the bidirectional overrides that reorder what is shown
_NOT_FOR_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NEWLINES = re.compile(r"\r\n|\r|\n")


def spreadsheet_text(value):
    """A value bound for a spreadsheet cell (xlsx or CSV): characters a workbook cannot hold dropped,
    and text a spreadsheet would run as a formula given a leading quote; numbers stay numbers."""
    if not isinstance(value, str):
        return value
    value = _NOT_IN_XLSX.sub("", value)
    if not value.startswith(FORMULA_START):
        return value
    if parse_number(value, "number").value is not None or value.strip() in ("-", "–"):
        return value
    return "'" + value


def xlsx_text(value):
    """A report's text for an .xlsx cell kept as written: only the characters a workbook cannot hold
    are dropped. Pair it with `keep_as_text`, which stops the cell from being a formula."""
    return _NOT_IN_XLSX.sub("", value) if isinstance(value, str) else value


def keep_as_text(cell) -> None:
    """An openpyxl cell holding text stays text: openpyxl makes any string starting with `=` a
    formula, which Excel would run; typed as a string it is shown as written and read back unchanged."""
    if isinstance(cell.value, str):
        cell.data_type = "s"


def terminal_text(value, one_line: bool = False) -> str:
    """Text for a terminal or a CI log: control and reordering characters dropped (tab and newline
    kept, or newlines made spaces for `one_line`)."""
    return _NOT_FOR_TERMINAL.sub("", _NEWLINES.sub(" ", str(value)) if one_line else str(value))


def markdown_text(text, one_line: bool = False) -> str:
    """Report text as literal Markdown: backslash, `|`, brackets and a leading `#` escaped, `<>&` as
    entities, control characters dropped; a newline is `<br>` (a space for `one_line`), never the end
    of a table row."""
    s = _NOT_FOR_TERMINAL.sub("", _NEWLINES.sub("\n", str(text)))
    s = s.replace("\\", "\\\\").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = s.replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")
    s = s.replace("\n", " " if one_line else "<br>")
    return "\\" + s if s.startswith("#") else s
