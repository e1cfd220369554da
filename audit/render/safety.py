"""Text from the audited document is data, never code: the formatters' names for `audit.neutralise`,
where every neutralising function lives (the writers of `audit.canonical` and `audit.repair.apply` use it too)."""
from __future__ import annotations

from audit.neutralise import FORMULA_START, keep_as_text, markdown_text, spreadsheet_text, terminal_text, xlsx_text

__all__ = ["FORMULA_START", "keep_as_text", "markdown_text", "spreadsheet_text", "terminal_text", "xlsx_text"]
