"""A corrected copy of a CSV folder or a workbook: only the fixed cells change.

Changed workbook cells are highlighted and carry a comment saying what changed and why. What may be
replaced, and what never, is decided in `audit.outputs`; every folder written here is marked.
"""
from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

from audit.canonical import fixed_text
from audit.model import Fix
from audit.neutralise import xlsx_text
from audit.outputs import atomic_path, check_targets
from audit.xlsxfile import workbook_bytes


def apply_to_csv_dir(source: Path, target: Path, fixes: list[Fix], style: str, force: bool = False) -> None:
    """Copy the folder, changing only the fixed cells (other lines keep their exact bytes)."""
    check_targets([target], [source])
    by_file: dict[str, list[Fix]] = {}
    for f in fixes:
        by_file.setdefault(f.cell.file, []).append(f)
    with atomic_path(target, force, directory=True) as work:
        for path in sorted(Path(source).iterdir()):
            if _copyable(path, Path(source)):
                shutil.copy2(path, work / path.name)
        for name, items in by_file.items():
            path = work / name
            text = path.read_text(encoding="utf-8-sig")
            path.write_text(_patch_csv(text, items, style), encoding="utf-8")


def _copyable(path: Path, folder: Path) -> bool:
    """Only the folder's own regular files are copied: not a pipe or a device (copying could block), nor a
    link out of the folder (`/etc/passwd` is not the agency's table; reading it was refused too)."""
    from audit.errors import InputError
    from audit.ingest.limits import Budget, Limits

    try:
        Budget(Limits(max_input_mb=float("inf"))).check_file(path, folder)
    except InputError:
        return False
    return True


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def _patch_csv(text: str, fixes: list[Fix], style: str) -> str:
    """Rewrite only the records that hold a fixed cell; a record may span lines (quoted line breaks)."""
    # lines end only at \n, \r or \r\n, as the reader counts them (str.splitlines also breaks at \f, \v, U+2028)
    lines = _LINE.findall(text)
    wanted: dict[int | None, list[Fix]] = {f.cell.line: [] for f in fixes}
    for f in fixes:
        wanted[f.cell.line].append(f)
    reader = csv.reader(lines)
    out, end = [], 0
    for record in reader:
        start, end = end + 1, reader.line_num
        chunk = lines[start - 1:end]
        if start in wanted:
            for f in wanted[start]:
                if f.cell.cell is None:  # a value the file does not print (no column of it): nothing to write
                    continue
                column = _column_index(f.cell.cell)
                record.extend([""] * (column + 1 - len(record)))  # a short row: the fixed cell was blank
                record[column] = fixed_text(f, style)
            newline = chunk[-1][len(chunk[-1].rstrip("\r\n")):] or "\n"
            buffer = io.StringIO()
            csv.writer(buffer, lineterminator=newline).writerow(record)
            chunk = [buffer.getvalue()]
        out.extend(chunk)
    return "".join(out)


def apply_to_workbook(source: Path, target: Path, fixes: list[Fix], style: str, note: str,
                      force: bool = False, limits=None) -> None:
    """Copy the workbook, changing the fixed cells, highlighted and commented. openpyxl loads the whole
    workbook to change it, so the file passes the checks `check` makes first (`workbook_fits`)."""
    from openpyxl import load_workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    check_targets([target], [source])
    workbook_fits(Path(source), limits)
    wb = load_workbook(source)
    fill = PatternFill("solid", fgColor="FFF2CC")
    for f in fixes:
        cell = wb[f.cell.sheet][f.cell.cell]
        old = cell.value
        if isinstance(old, (int, float)) and not isinstance(f.proposed, str):
            cell.value = f.proposed
        else:
            cell.value = fixed_text(f, style)
        cell.fill = fill
        cell.comment = Comment(xlsx_text(note.format(old=old, new=cell.value, reason=f.reason)), "lkjip-audit")
    with atomic_path(target, force) as work:
        work.write_bytes(workbook_bytes(wb))


LOADED_EMPTY_ROWS = 50_000  # formatted rows without a cell a full load may take (ten sheets of 190,000: 392 s, 1.1 GB)


def workbook_fits(source: Path, limits=None) -> None:
    """Refuse, before openpyxl loads it whole, a workbook `check` would refuse (size, zip directory, bombs), one
    whose sheets hold more cells or rows than `max_cells` and `max_rows`, or more than `LOADED_EMPTY_ROWS`
    formatted empty rows in all: a full load keeps every cell and every formatted empty row in memory, which
    reading for `check` (row by row, stopping at empty runs) never does."""
    import zipfile

    from audit.errors import InputError
    from audit.ingest.container import check_shared_strings, check_workbook, element_counts
    from audit.ingest.limits import DEFAULT_LIMITS, Budget

    limits = limits or DEFAULT_LIMITS
    budget = Budget(limits)
    budget.check_file(source)
    check_workbook(source, limits)
    tags = (re.compile(rb"<(?:\w+:)?c[\s/>]"), re.compile(rb"<(?:\w+:)?row[\s/>]"),
            re.compile(rb"<(?:\w+:)?row\b[^<>]*(?:/>|>\s*</(?:\w+:)?row>)"))  # a row without a cell
    empty = 0
    with zipfile.ZipFile(source) as archive:
        check_shared_strings(source, archive, limits)
        for member in archive.namelist():
            if not (member.startswith("xl/worksheets/") and member.endswith(".xml")):
                continue
            seen = blank = 0
            for cells, rows, blank in element_counts(archive, member, tags):  # formatted empty rows and cells count
                budget.cells_read(cells - seen, str(source), member)
                budget.rows_read(rows, str(source), member, member.rsplit("/", 1)[-1].removesuffix(".xml"))
                if empty + blank > LOADED_EMPTY_ROWS:
                    raise InputError("too_many_empty_rows", str(source), member, limit=LOADED_EMPTY_ROWS)
                seen = cells
            empty += blank


def _column_index(cell: str) -> int:
    letters = "".join(ch for ch in cell if ch.isalpha())
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch.upper()) - 64
    return n - 1
