"""Writing outputs safely: atomically, never over an input, never over a file without --force.

`apply_fixes` writes a corrected copy of a CSV folder or a workbook; changed
workbook cells are highlighted and carry a comment saying what changed and why.
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from audit.errors import InputError
from audit.model import Fix
from audit.numbers import format_like


@contextmanager
def atomic_path(target: Path, force: bool = False, directory: bool = False):
    """Yield a temporary path beside `target`; move it into place only if the block succeeds."""
    target = Path(target)
    if target.exists() and not force:
        raise InputError("output_exists", str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    work = tmp / target.name
    try:
        if directory:
            work.mkdir()
        yield work
        if target.exists():
            backup = tmp / ".old"
            os.replace(target, backup)
        os.replace(work, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_text(target: Path, text: str, force: bool = False) -> None:
    with atomic_path(target, force) as work:
        work.write_text(text, encoding="utf-8")


def _cell_text(fix: Fix, style: str) -> str:
    if isinstance(fix.proposed, str):
        return fix.proposed
    return fix.proposed_text or format_like(fix.current_text, fix.proposed, style)


def apply_to_csv_dir(source: Path, target: Path, fixes: list[Fix], style: str, force: bool = False) -> None:
    """Copy the folder, changing only the fixed cells (other lines keep their exact bytes)."""
    if Path(target).resolve() == Path(source).resolve():
        raise InputError("output_is_input", str(target))
    by_file: dict[str, list[Fix]] = {}
    for f in fixes:
        by_file.setdefault(f.cell.file, []).append(f)
    with atomic_path(target, force, directory=True) as work:
        for path in sorted(Path(source).iterdir()):
            if path.is_file():
                shutil.copy2(path, work / path.name)
        for name, items in by_file.items():
            path = work / name
            text = path.read_text(encoding="utf-8-sig")
            path.write_text(_patch_csv(text, items, style), encoding="utf-8")


def _patch_csv(text: str, fixes: list[Fix], style: str) -> str:
    """Rewrite only the records that hold a fixed cell; a record may span lines (quoted line breaks)."""
    lines = text.splitlines(keepends=True)
    wanted = {f.cell.line: [] for f in fixes}
    for f in fixes:
        wanted[f.cell.line].append(f)
    reader = csv.reader(lines)
    out, end = [], 0
    for record in reader:
        start, end = end + 1, reader.line_num
        chunk = lines[start - 1:end]
        if start in wanted:
            for f in wanted[start]:
                record[_column_index(f.cell.cell)] = _cell_text(f, style)
            newline = chunk[-1][len(chunk[-1].rstrip("\r\n")):] or "\n"
            buffer = io.StringIO()
            csv.writer(buffer, lineterminator=newline).writerow(record)
            chunk = [buffer.getvalue()]
        out.extend(chunk)
    return "".join(out)


def apply_to_workbook(source: Path, target: Path, fixes: list[Fix], style: str, note: str,
                      force: bool = False) -> None:
    """Copy the workbook, changing the fixed cells, highlighted and commented."""
    from openpyxl import load_workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    if Path(target).resolve() == Path(source).resolve():
        raise InputError("output_is_input", str(target))
    wb = load_workbook(source)
    fill = PatternFill("solid", fgColor="FFF2CC")
    for f in fixes:
        cell = wb[f.cell.sheet][f.cell.cell]
        old = cell.value
        if isinstance(old, (int, float)) and not isinstance(f.proposed, str):
            cell.value = f.proposed
        else:
            cell.value = _cell_text(f, style)
        cell.fill = fill
        cell.comment = Comment(note.format(old=old, new=cell.value, reason=f.reason), "lkjip-audit")
    with atomic_path(target, force) as work:
        wb.save(work)


def _column_index(cell: str) -> int:
    letters = "".join(ch for ch in cell if ch.isalpha())
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch.upper()) - 64
    return n - 1
