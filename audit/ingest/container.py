"""Is this file a workbook (or a DOCX) we can open safely? Decided from its bytes, before openpyxl.

An .xlsx is a zip. Checking the signature first turns "File is not a zip file"
into a message a reviewer can act on (an encrypted or old .xls workbook is an
OLE/CFB file, not a zip), and reading the zip's central directory lets us refuse
a zip bomb by the sizes it declares, before a single byte is decompressed.
Python's zipfile stops at the declared size, so a member cannot lie its way past.
"""
from __future__ import annotations

import re
import zipfile
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path

from audit.errors import InputError, Text
from audit.ingest.limits import MB, Limits, _count, _mb

ZIP_MAGIC = b"PK\x03\x04"
CFB_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")  # OLE compound file: encrypted OOXML or .xls


def sniff(path: Path) -> str:
    """`zip`, `cfb`, `empty`, or `other`, from the first bytes of the file."""
    try:
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise InputError("bad_workbook", str(path), None, detail=exc.strerror or type(exc).__name__) from None
    if not head:
        return "empty"
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head == CFB_MAGIC:
        return "cfb"
    return "other"


def check_zip(path: Path, limits: Limits, *, message: str, encrypted: str, wrong: str,
              body: Callable[[str], bool]) -> None:
    """Raise `InputError` (`message`, with the reason) unless `path` is a zip holding the member `body`
    recognises (an Office file of the expected kind) and is safe to unzip: the zip directory's sizes and
    compression ratios are checked before any member is read."""
    def refused(where: str | None, reason: str, **params) -> InputError:
        return InputError(message, str(path), where, detail=Text(reason, params))

    kind = sniff(path)
    if kind == "empty":
        raise InputError("empty_file", str(path))
    if kind == "cfb":
        raise refused(None, encrypted)
    if kind != "zip":
        raise refused(None, wrong)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise refused(None, "corrupt_workbook", detail=str(exc) or type(exc).__name__) from None
    total = sum(m.file_size for m in members)
    if total > limits.max_unzipped_mb * MB:
        raise refused(None, "zip_too_large", size=_mb(total), limit=_mb(limits.max_unzipped_mb * MB))
    for m in members:
        if m.flag_bits & 0x1:  # a member the zip itself encrypts: zipfile stops at it (RuntimeError)
            raise refused(m.filename, encrypted)
        if m.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):  # zipfile: NotImplementedError
            raise refused(m.filename, "corrupt_workbook", detail=f"compression method {m.compress_type}")
        ratio = m.file_size / max(m.compress_size, 1)
        if ratio > limits.max_ratio and m.file_size > limits.ratio_floor_mb * MB:
            raise refused(m.filename, "zip_bomb", ratio=_count(round(ratio)), size=_mb(m.file_size))
    if not any(body(m.filename) for m in members):
        raise refused(None, wrong)  # another zip: another Office kind, a plain archive


def element_counts(archive: zipfile.ZipFile, member: str, patterns) -> Iterator[tuple[int, ...]]:
    """Running counts of each regex of `patterns` (XML start tags) in one zip member, after each megabyte read:
    what openpyxl would build is counted before it builds it, at regex speed."""
    tail, counts = b"", [0] * len(patterns)
    with archive.open(member) as stream:
        while chunk := stream.read(1 << 20):
            window = tail + chunk
            for k, pattern in enumerate(patterns):  # a tag cut by the chunk's end is counted in the next window
                counts[k] += len(pattern.findall(window)) - len(pattern.findall(tail))
            yield tuple(counts)
            tail = chunk[-4096:]  # longer than any start tag counted: one cut by the chunk's end is seen whole


SPARE_STRINGS = 10_000  # strings a shared-string table may hold that no cell shows (left over from edits)
_CELL = re.compile(rb"<(?:\w+:)?c[\s/>]")


def check_shared_strings(path: Path, archive: zipfile.ZipFile, limits: Limits) -> None:
    """openpyxl reads a workbook's whole shared-string table when it opens it, even in read-only mode: more
    strings than `max_cells` could ever show, or than the sheets have cells to show them (beyond
    `SPARE_STRINGS`), are refused before it does (4.9 million unused strings took 242 s and 866 MB)."""
    member = next((n for n in archive.namelist() if n.lower() == "xl/sharedstrings.xml"), None)
    if member is None:
        return
    cells = None  # counted only for a table past SPARE_STRINGS: a small one costs nothing more
    for (strings,) in element_counts(archive, member, (re.compile(rb"<(?:\w+:)?si[\s/>]"),)):
        if strings > limits.max_cells:
            raise InputError("too_many_cells", str(path), member, limit=_count(limits.max_cells))
        if strings > SPARE_STRINGS:
            cells = _sheet_cells(archive) if cells is None else cells
            if strings > cells + SPARE_STRINGS:
                raise InputError("unused_strings", str(path), member, cells=cells, spare=SPARE_STRINGS)


def _sheet_cells(archive: zipfile.ZipFile) -> int:
    """The cells (`<c>` elements) of every sheet of a workbook, counted at regex speed."""
    total = 0
    for member in archive.namelist():
        if member.startswith("xl/worksheets/") and member.endswith(".xml"):
            # running counts, the last the total: only it is kept
            last = deque(element_counts(archive, member, (_CELL,)), maxlen=1)
            total += last[0][0] if last else 0
    return total


def check_workbook(path: Path, limits: Limits) -> None:
    """Raise `InputError` unless `path` is a zip that is safe to hand to openpyxl."""
    check_zip(path, limits, message="bad_workbook", encrypted="encrypted_workbook", wrong="not_xlsx",
              body=lambda name: name.lower().endswith("workbook.xml"))
