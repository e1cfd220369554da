"""Turn a table source (CSV folder, workbook) into one `Report`, with what every reader shares.

Readers only produce raw grids (header + rows of cells with their source
positions); `tables.build_table` is shared by all of them (the document readers
of `audit.document` too) and does the header mapping, number parsing and
provenance, so every format behaves the same. `audit.sources.read_report`
picks the reader for any source.
"""
from __future__ import annotations

from audit.ingest.limits import DEFAULT_LIMITS, Limits

__all__ = ["DEFAULT_LIMITS", "Limits"]
