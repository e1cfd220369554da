"""Resource limits for reading a report, and the running count that enforces them.

A report is a document written by someone else: it may be huge by accident or
hostile on purpose. Each limit stops reading with an input error (exit code 2)
that names the file, the limit, and the `audit.toml` key that raises it, instead
of letting the auditor run out of time or memory.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from audit.errors import InputError, Text
from audit.message import Message, Number

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
    max_yaml_nodes: int = 100_000  # YAML nodes once aliases are expanded (a rule pack has a few thousand)
    max_claims: int = 10_000  # amounts and figures read from one document's prose
    max_paragraphs: int = 100_000  # paragraphs of one document (a 300-page report has a few tens of thousands)

    @classmethod
    def from_config(cls, config) -> Limits:
        """The limits a `Config` asks for (duck-typed: ingest does not import the config layer)."""
        keys = ("max_input_mb", "max_unzipped_mb", "max_rows", "max_cells", "max_pages", "max_claims",
                "max_paragraphs")
        return cls(**{k: getattr(config, k) for k in keys if getattr(config, k, None) is not None})


DEFAULT_LIMITS = Limits()


class Budget:
    """Counts what a read has taken so far and refuses to go past the limits."""

    def __init__(self, limits: Limits = DEFAULT_LIMITS):
        self.limits = limits
        self.cells = 0
        self.paragraphs = 0

    def check_file(self, path, within=None) -> int:
        """Refuse, before opening it, a file that is not a regular file (a pipe or a device could block or never
        end), a link that leads out of the folder `within`, or a file bigger than `max_input_mb`. Its size."""
        path = Path(path)
        info = _plain_file_in(path, within)  # the common case, known without resolving links
        if info is None:
            if within is not None:
                _inside(path, Path(within))
            try:
                info = path.stat()
            except OSError as exc:
                if path.is_symlink():
                    raise InputError("not_regular", str(path), None, what=Text("kind_dangling")) from None
                raise InputError("unreadable_file", str(path), None,
                                 detail=exc.strerror or type(exc).__name__) from None
        if not stat.S_ISREG(info.st_mode):
            raise InputError("not_regular", str(path), None, what=Text(_kind_of(info.st_mode)))
        if info.st_size > self.limits.max_input_mb * MB:
            raise InputError("input_too_large", str(path), None, size=_mb(info.st_size),
                             limit=_mb(self.limits.max_input_mb * MB))
        return info.st_size

    def read_bytes(self, path, within=None) -> bytes:
        """The bytes of a file that passed `check_file`; never more than the limit (a file may grow meanwhile)."""
        self.check_file(path, within)
        cap = int(self.limits.max_input_mb * MB)
        with open(path, "rb") as handle:
            data = handle.read(cap + 1)
        if len(data) > cap:
            raise InputError("input_too_large", str(path), None, size=_mb(len(data)), limit=_mb(cap))
        return data

    def rows_read(self, rows: int, file: str, where: str | Message | None, table: str | Message) -> None:
        """`table` now has `rows` rows: refuse past `max_rows`."""
        if rows > self.limits.max_rows:
            raise InputError("too_many_rows", file, where, table=table, limit=_count(self.limits.max_rows))

    def pages_found(self, pages: int, file: str) -> None:
        """A PDF has `pages` pages: refuse past `max_pages` before reading any."""
        if pages > self.limits.max_pages:
            raise InputError("too_many_pages", file, None, pages=_count(pages), limit=_count(self.limits.max_pages))

    def paragraphs_read(self, paragraphs: int, file: str, where: str | None) -> None:
        """`paragraphs` more paragraphs of a document were read (or counted before parsing): refuse past
        `max_paragraphs`."""
        self.paragraphs += paragraphs
        if self.paragraphs > self.limits.max_paragraphs:
            raise InputError("too_many_paragraphs", file, where, limit=_count(self.limits.max_paragraphs))

    def cells_read(self, cells: int, file: str, where: str | Message | None) -> None:
        """`cells` more cells were read (empty ones too: they cost the same): refuse past `max_cells`."""
        self.cells += cells
        if self.cells > self.limits.max_cells:
            raise InputError("too_many_cells", file, where, limit=_count(self.limits.max_cells))


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "kind_folder"
    if stat.S_ISFIFO(mode):
        return "kind_fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "kind_device"
    return "kind_special"


def _plain_file_in(path: Path, within) -> os.stat_result | None:
    """The status of `path` when it is a regular file (not a link) written directly in the folder `within`
    (or with no folder to stay in): such a file is inside it, whatever links lead to the folder, and is
    what its status says. None otherwise (resolving both paths decides; it cost a tenth of reading a
    folder of small tables)."""
    if within is not None and path.parent != Path(within):
        return None
    try:
        info = os.lstat(path)
    except OSError:
        return None
    return info if stat.S_ISREG(info.st_mode) else None


def _inside(path: Path, folder: Path) -> None:
    """A link is followed only while it stays inside `folder` (a report's own files, a config's own packs):
    a link to `/etc/passwd` in a report folder is refused, not read."""
    try:
        real, home = path.resolve(), folder.resolve()
    except (OSError, RuntimeError):  # a link loop
        raise InputError("not_regular", str(path), None, what=Text("kind_loop")) from None
    lexical = Path(os.path.normpath(path.absolute()))
    written_inside = lexical == folder.absolute() or folder.absolute() in lexical.parents
    if written_inside and real != home and home not in real.parents:
        raise InputError("link_outside", str(path), None, folder=str(folder), target=str(real))


def _mb(size: float) -> Number:
    """Megabytes to say in the reader's language (`2.048`, `0,50` in Indonesian): whole from 10 MB up."""
    mb = size / MB
    return Number(mb, 0 if mb >= 10 else None)


def _count(n: int) -> Number:
    """A limit or a count in a message, in the reader's language (`50.000` rows, `50,000` in English)."""
    return Number(n, 0)
