"""Text from the audited document is data, never code: neutralise it for spreadsheets."""
from __future__ import annotations

from audit.numbers import parse_number

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value):
    """A text cell that a spreadsheet would run as a formula gets a leading quote; numbers stay numbers."""
    if not isinstance(value, str) or not value.startswith(FORMULA_START):
        return value
    if parse_number(value, "number").value is not None or value.strip() in ("-", "–"):
        return value
    return "'" + value
