"""Generators for the binary bad inputs (never committed): broken, hostile and huge workbooks.

Each starts from the committed text fixture `bad_inputs/base` (one table with a
known finding, SUM021 at realisasi_program E4) turned into a workbook, and breaks
it in one way. Huge cases are cheap to make: a million rows is a few bytes of
XML, and a 2 GB zip bomb is one compressed block of zeros repeated.
"""
from __future__ import annotations

import re
import shutil
import struct
import zipfile
import zlib
from pathlib import Path

from helpers import csv_dir_to_xlsx

BAD = Path(__file__).parent / "bad_inputs"
BELANJA = "level,jenis_belanja,anggaran,realisasi,capaian\ntotal,JUMLAH,\"3.000.000\",\"2.800.000\",\"93,33%\"\n"


def folder(tmp: Path, *overlays: str) -> Path:
    """A copy of `bad_inputs/base` with the files of each overlay folder added or replaced."""
    target = tmp / "_".join(("report",) + overlays)
    shutil.copytree(BAD / "base", target)
    for name in overlays:
        for path in (BAD / name).iterdir():
            shutil.copy(path, target / path.name)
    return target


def workbook(tmp: Path, name: str = "laporan.xlsx") -> Path:
    """The base report as a workbook: sheets `report`, `belanja`, `realisasi_program`."""
    source = folder(tmp)
    (source / "belanja.csv").write_text(BELANJA, encoding="utf-8")
    return csv_dir_to_xlsx(source, tmp / name)


def sheet_member(path: Path, title: str) -> str:
    """The zip member holding sheet `title` (read from the workbook's own relationships)."""
    with zipfile.ZipFile(path) as z:
        book = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(rf'<sheet[^>]*name="{re.escape(title)}"[^>]*r:id="([^"]+)"', book).group(1)
    target = re.search(rf'<Relationship[^>]*Id="{rid}"[^>]*Target="([^"]+)"', rels) or \
        re.search(rf'<Relationship[^>]*Target="([^"]+)"[^>]*Id="{rid}"', rels)
    return "xl/" + target.group(1).lstrip("/").removeprefix("xl/")


def rezip(src: Path, dst: Path, edits: dict | None = None) -> Path:
    """A copy of the zip `src` with members changed by `edits[name](bytes) -> bytes`."""
    edits = edits or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info.filename, edits[info.filename](data) if info.filename in edits else data)
    return dst


def edit_sheet(src: Path, dst: Path, title: str, edit) -> Path:
    """`edit(xml: str) -> str` applied to one sheet's XML."""
    return rezip(src, dst, {sheet_member(src, title): lambda b: edit(b.decode()).encode()})


def million_empty_rows(xml: str) -> str:
    """The sheet claims A1:F1000000 and has one more cell at row 1,000,000."""
    xml = re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:F1000000"/>', xml)
    far = '<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>catatan</t></is></c></row>'
    return xml.replace("</sheetData>", far + "</sheetData>")


def million_styled_rows(xml: str) -> str:
    """A million rows that exist in the XML but hold nothing (formatted, empty)."""
    rows = "".join(f'<row r="{i}"><c r="A{i}" s="0"/></row>' for i in range(5, 1_000_001))
    return xml.replace("</sheetData>", rows + "</sheetData>")


def wide_row(xml: str, width: int = 100_000) -> str:
    """Row 2 continues with `width` more numeric cells (no `r`: the column is implied)."""
    extra = "<c><v>1</v></c>" * width
    return re.sub(r'(<row r="2"[^>]*>.*?)</row>', lambda m: m.group(1) + extra + "</row>", xml, count=1, flags=re.S)


def wide_header(xml: str, width: int = 100_000) -> str:
    """The header row continues with `width` more named (unknown) columns."""
    extra = "".join(f'<c t="inlineStr"><is><t>kolom {i}</t></is></c>' for i in range(width))
    return re.sub(r'(<row r="1"[^>]*>.*?)</row>', lambda m: m.group(1) + extra + "</row>", xml, count=1, flags=re.S)


def bad_shared_string(xml: str) -> str:
    """A cell pointing past the end of the shared strings: openpyxl fails halfway through the sheet."""
    return re.sub(r'(<row r="2"[^>]*>)', r'\1<c r="H2" t="s"><v>99999</v></c>', xml, count=1)


def _zeros(size: int, chunk: int = 8 << 20) -> tuple[bytes, int]:
    """Raw deflate of `size` zero bytes, and their CRC, in well under a second per GB.

    A full flush resets the compressor, so one compressed chunk can be repeated.
    """
    assert size % chunk == 0
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(b"\0" * chunk) + c.flush(zlib.Z_FULL_FLUSH)
    crc, zeros = 0, b"\0" * chunk
    for _ in range(size // chunk):
        crc = zlib.crc32(zeros, crc)
    return block * (size // chunk) + b"\x03\x00", crc  # 03 00: the final, empty block


def zip_bomb(src: Path, dst: Path, member: str, size: int) -> Path:
    """`src` with `member` replaced by `size` bytes of zeros, written as a real, valid zip."""
    with zipfile.ZipFile(src) as z:
        members = [(i.filename, z.read(i)) for i in z.infolist() if i.filename != member]
    body, central = bytearray(), bytearray()
    entries = [(n, zlib.compress(d, 9)[2:-4], zlib.crc32(d), len(d)) for n, d in members]
    zeros, crc = _zeros(size)
    entries.append((member, zeros, crc, size))
    for name, data, crc, usize in entries:
        raw = name.encode()
        offset = len(body)
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), usize, len(raw), 0)
        body += raw + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(data), usize,
                               len(raw), 0, 0, 0, 0, 0, offset) + raw
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(body), 0)
    dst.write_bytes(bytes(body + central + end))
    return dst


def with_openpyxl(src: Path, dst: Path, change) -> Path:
    """`change(workbook)` made with openpyxl in normal mode, saved to `dst`."""
    from openpyxl import load_workbook

    wb = load_workbook(src)
    change(wb)
    wb.save(dst)
    return dst


def uncached_formula(sheet: str, cell: str, formula: str):
    """openpyxl writes a formula without its computed value, as many generators do."""
    def change(wb):
        wb[sheet][cell] = formula
    return change


def report_year_formula(wb):
    ws = wb["report"]
    row = next(r for r in ws.iter_rows() if r[0].value == "year")
    row[1].value = "=2000+23"


def merged_total_label(wb):
    """The total row's label spans `no` and `program` (B4:C4), as printed reports often do."""
    ws = wb["realisasi_program"]
    ws["B4"] = "JUMLAH"
    ws.merge_cells("B4:C4")
    ws.merge_cells("A2:A3")  # and one `level` cell spans two rows: the second reads blank


def extra_sheets(wb):
    """An unknown sheet, and the same table a second time under a near-identical name."""
    wb.create_sheet("Catatan")["A1"] = "catatan bebas"
    copy = wb.copy_worksheet(wb["realisasi_program"])
    copy.title = "Realisasi_Program "


def report_value(key: str, value):
    def change(wb):
        ws = wb["report"]
        row = next(r for r in ws.iter_rows() if r[0].value == key)
        row[1].value = value
    return change


def add_report_rows(*rows):
    def change(wb):
        for row in rows:
            wb["report"].append(list(row))
    return change
