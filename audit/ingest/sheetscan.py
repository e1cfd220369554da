"""What openpyxl's read-only mode does not tell: formula cells without a value, merged cells.

A workbook written by a program (openpyxl, pandas, many converters) stores the
formula `=B2+B3` but no result: Excel computes it on opening, we cannot. Read
with `data_only`, such a cell is just blank, and a blank total would silently
skip the checks that read it. Merged ranges are not available in read-only mode
either. So we look in the sheet's XML ourselves: a `<c>` with an `<f>` and no
`<v>`, and the `<mergeCell ref=...>` list. Most sheets have neither; one pass
over the raw bytes (C speed) finds out before any XML is parsed.
"""
from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from xml.etree.ElementTree import ParseError, iterparse

_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_MERGE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?ref=\"([A-Za-z]{1,4}\d{1,8}):([A-Za-z]{1,4}\d{1,8})\"")
_REF = re.compile(r"^\$?([A-Za-z]{1,4})\$?(\d{1,8})$")
MAX_MERGED = 10_000  # ranges honoured per sheet; a hostile file may declare millions


@dataclass
class SheetScan:
    formulas: list[tuple[int, int]] = field(default_factory=list)  # (1-based row, 0-based column)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # rows 1-based, columns 0-based


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def column_index(letters: str) -> int:
    """`A` -> 0, `AA` -> 26 (no upper bound, unlike openpyxl's ZZZ)."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def _cell(ref: bytes) -> tuple[int, int]:
    m = _REF.match(ref.decode("ascii"))
    if m is None:
        raise ValueError(f"not a cell reference: {ref!r}")
    return int(m.group(2)), column_index(m.group(1))


def _raw_pass(archive: zipfile.ZipFile, member: str, scan: SheetScan) -> bool:
    """Collect merged ranges; True when the sheet has any formula."""
    tail, formula = b"", False
    with archive.open(member) as src:
        while chunk := src.read(1 << 20):
            window = tail + chunk
            formula = formula or bool(_FORMULA.search(window))
            for m in _MERGE.finditer(window):
                if m.end() > len(tail) and len(scan.merged) < MAX_MERGED:  # not already seen in the overlap
                    (r1, c1), (r2, c2) = _cell(m.group(1)), _cell(m.group(2))
                    scan.merged.append((min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)))
            tail = chunk[-256:]
    return formula


def _formulas(archive: zipfile.ZipFile, member: str) -> list[tuple[int, int]]:
    found = []
    row = col = 0
    sheet_data = None
    with archive.open(member) as src:
        for event, el in iterparse(src, events=("start", "end")):
            name = _local(el.tag)
            if event == "start":
                if name == "sheetData":
                    sheet_data = el
                elif name == "row":
                    r = el.get("r")
                    row, col = (int(r) if r and r.isdigit() else row + 1), -1
                continue
            if name == "c":
                m = _REF.match(el.get("r") or "")
                col = column_index(m.group(1)) if m else col + 1
                row = int(m.group(2)) if m else row
                children = {_local(child.tag): child for child in el}
                if "f" in children and not (children.get("v") is not None and children["v"].text):
                    found.append((row, col))
                el.clear()
            elif name == "row" and sheet_data is not None:
                sheet_data.clear()  # keep memory flat on long sheets
    return found


def scan_sheet(archive: zipfile.ZipFile, member: str | None) -> SheetScan:
    """Formula cells without a computed value, and merged ranges, of one sheet.

    Best effort: a sheet that cannot be read is reported by the reader, not here.
    """
    scan = SheetScan()
    if not member:
        return scan
    try:
        if _raw_pass(archive, member, scan):
            scan.formulas = _formulas(archive, member)
    except (ParseError, zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError, zlib.error, AttributeError):
        pass
    return scan
