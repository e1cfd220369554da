"""Resource limits for reading a report, and the running count that enforces them.

A report is a document written by someone else: it may be huge by accident or
hostile on purpose. Each limit stops reading with an input error (exit code 2)
that names the file, the limit, and the `audit.toml` key that raises it, instead
of letting the auditor run out of time or memory.
"""
from __future__ import annotations

from dataclasses import dataclass

from audit.errors import InputError

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How much the readers accept. Defaults fit any real LKjIP many times over."""

    max_input_mb: float = 50  # size of one input file (workbook, CSV, report.yaml)
    max_unzipped_mb: float = 200  # total size a workbook declares once unzipped
    max_rows: int = 200_000  # rows of one table
    max_cells: int = 5_000_000  # cells read over the whole report
    max_ratio: float = 200  # unzipped / zipped size of one workbook member ...
    ratio_floor_mb: float = 10  # ... refused only when the member is also bigger than this
    empty_run: int = 1000  # a sheet is read up to this many empty rows in a row
    max_pages: int = 2000  # pages of one PDF (pdfminer reads about ten a second)

    @classmethod
    def from_config(cls, config) -> "Limits":
        """The limits a `Config` asks for (duck-typed: ingest does not import the config layer)."""
        keys = ("max_input_mb", "max_unzipped_mb", "max_rows", "max_cells", "max_pages")
        return cls(**{k: getattr(config, k) for k in keys if getattr(config, k, None) is not None})


DEFAULT_LIMITS = Limits()


class Budget:
    """Counts what a read has taken so far and refuses to go past the limits."""

    def __init__(self, limits: Limits = DEFAULT_LIMITS):
        self.limits = limits
        self.cells = 0

    def check_file(self, path) -> None:
        """Refuse a file bigger than `max_input_mb` before reading any of it."""
        try:
            size = path.stat().st_size
        except OSError:
            return  # the reader reports why it cannot open the file
        if size > self.limits.max_input_mb * MB:
            raise InputError("input_too_large", str(path), None, size=_mb(size), limit=_mb(self.limits.max_input_mb * MB))

    def rows_read(self, rows: int, file: str, where: str | None, table: str) -> None:
        """`table` now has `rows` rows: refuse past `max_rows`."""
        if rows > self.limits.max_rows:
            raise InputError("too_many_rows", file, where, table=table, limit=self.limits.max_rows)

    def pages_found(self, pages: int, file: str) -> None:
        """A PDF has `pages` pages: refuse past `max_pages` before reading any."""
        if pages > self.limits.max_pages:
            raise InputError("too_many_pages", file, None, pages=pages, limit=self.limits.max_pages)

    def cells_read(self, cells: int, file: str, where: str | None) -> None:
        """`cells` more cells were read (empty ones too: they cost the same): refuse past `max_cells`."""
        self.cells += cells
        if self.cells > self.limits.max_cells:
            raise InputError("too_many_cells", file, where, limit=self.limits.max_cells)


def _mb(size: float) -> str:
    """Megabytes without separators (`2048`, `0.5`): the same in Indonesian and English."""
    mb = size / MB
    return f"{mb:.0f}" if mb >= 10 else f"{mb:.2g}"
