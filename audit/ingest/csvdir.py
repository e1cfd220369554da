"""A folder of `TABLE.csv` files plus `report.yaml`.

report.yaml is the report's identity: if it cannot be read, nothing can be
audited (input error). A table file that cannot be read (binary, broken quoting)
is a finding on that table only, and the other tables are still audited.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from audit.errors import InputError, Text
from audit.ingest.grid import Cell, Grid
from audit.ingest.limits import DEFAULT_LIMITS, Budget, Limits
from audit.ingest.metadata import metadata_from, read_yaml
from audit.ingest.tables import assemble, is_canonical
from audit.model import Report


def _decode(data: bytes) -> str | None:
    """The text of a CSV file, or None when it is not text."""
    if data.startswith((b"\xff\xfe\0\0", b"\0\0\xfe\xff")):  # UTF-32 with its BOM (before UTF-16: same start)
        try:
            return data.decode("utf-32")
        except UnicodeDecodeError:
            return None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text" is UTF-16
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\0" in data:
        return None
    for encoding in ("utf-8-sig", "cp1252"):  # cp1252: Excel's "CSV" on Windows
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _unreadable(path: Path, name: str, detail, line: int | None = None) -> Grid:
    return Grid(name, [], [], [], path.name, None, line or 1, csv=True, extra={"unreadable": detail, "line": line})


def _named(path: Path) -> Grid:
    """A file that is not a canonical table: only its name is needed (to report it)."""
    return Grid(path.stem, [], [], [], path.name, None, csv=True)


def read_grid(path: Path, name: str, budget: Budget | None = None, within: Path | None = None) -> Grid:
    budget = budget or Budget()
    try:
        data = budget.read_bytes(path, within)
    except InputError as exc:
        if exc.key == "input_too_large":
            raise  # over a limit: the report as a whole is refused, as for any input
        return _unreadable(path, name, Text(exc.key, exc.params))  # a pipe, a device, a link out: a finding
    except OSError as exc:
        return _unreadable(path, name, exc.strerror or type(exc).__name__)
    text = _decode(data)
    if text is None:
        return _unreadable(path, name, Text("not_text"))
    dialect = _plain_dialect(text[:4096])
    if dialect is None:
        try:
            dialect = _Sniffer().sniff(text[:4096], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
    header: list[str] = []
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    records: list[int] = []
    header_line = 1
    end = 0  # line where the previous record ended; a record with a quoted line break spans lines
    file = str(path)
    try:
        # newline="": lines end only at \n, \r or \r\n, as in a spreadsheet or editor (not at \f or U+2028)
        reader = csv.reader(io.StringIO(text, newline=""), dialect)
        for index, record in enumerate(reader, 1):  # a spreadsheet shows record k on row k
            start, end = end + 1, reader.line_num
            if not any(c.strip() for c in record):
                continue  # a blank line or `,,,,,` (Excel exports its formatted rows so): nothing to read
            budget.cells_read(len(record), file, str(start))
            if not header:
                header, header_line = record, start
                continue
            numbers.append(start)
            records.append(index)
            rows.append([Cell(v) for v in record])
            budget.rows_read(len(rows), file, str(start), name)
    except csv.Error as exc:
        return _unreadable(path, name, str(exc), end + 1)
    return Grid(name, header, rows, numbers, path.name, None, header_line, 0, csv=True, cell_rows=records)


class _Semicolon(csv.excel):
    delimiter = ";"


class _Tab(csv.excel):
    delimiter = "\t"


class _Sniffer(csv.Sniffer):
    """`csv.Sniffer` with its delimiter guess counting only the candidate delimiters: the standard one
    counts all 127 ASCII characters on every line (most of a real-size report's reading time went there),
    though only candidates can be chosen. Same steps, same result (tests/test_ingest.py compares them)."""

    def _guess_delimiter(self, data, delimiters):
        data = list(filter(None, data.split("\n")))
        chars = [chr(c) for c in range(127) if delimiters is None or chr(c) in delimiters]
        chunk = min(10, len(data))
        iteration = 0
        frequency: dict[str, dict[int, int]] = {}
        modes: dict[str, tuple[int, int]] = {}
        delims: dict[str, tuple[int, int]] = {}
        start, end = 0, chunk
        while start < len(data):
            iteration += 1
            for line in data[start:end]:
                for char in chars:
                    meta = frequency.setdefault(char, {})
                    count = line.count(char)
                    meta[count] = meta.get(count, 0) + 1
            for char, meta in frequency.items():
                items = list(meta.items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:  # the mode, less every other frequency
                    mode = max(items, key=lambda x: x[1])
                    items.remove(mode)
                    modes[char] = (mode[0], mode[1] - sum(item[1] for item in items))
                else:
                    modes[char] = items[0]
            total = float(min(chunk * iteration, len(data)))
            consistency = 1.0
            while not delims and consistency >= 0.9:
                for k, v in modes.items():
                    if v[0] > 0 and v[1] > 0 and v[1] / total >= consistency and (delimiters is None
                                                                                  or k in delimiters):
                        delims[k] = v
                consistency -= 0.01
            if len(delims) == 1:
                delim = next(iter(delims))
                return delim, data[0].count(delim) == data[0].count(f"{delim} ")
            start = end
            end += chunk
        if not delims:
            return "", 0
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims:
                    return d, data[0].count(d) == data[0].count(f"{d} ")
        delim = sorted((v, k) for k, v in delims.items())[-1][1]
        return delim, data[0].count(delim) == data[0].count(f"{delim} ")


def _plain_dialect(sample: str):
    """The common case without guessing: the header uses one delimiter, and nothing hints at another
    quote character or at spaces after delimiters. Otherwise None: `csv.Sniffer` decides (it is slow)."""
    first = next((line for line in sample.splitlines() if line.strip()), "")
    found = [d for d in (",", ";", "\t") if d in first]
    if len(found) != 1:
        return None
    d = found[0]
    if f"{d} " in sample or f"{d}'" in sample or f"'{d}" in sample:
        return None
    return {",": csv.excel, ";": _Semicolon, "\t": _Tab}[d]


def _present(path: Path) -> bool:
    """Is there an entry of this name at all (a dangling link too)?"""
    return path.is_symlink() or path.exists()


def table_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """The folder's `.csv` files (any case), and its other files: every entry but a folder, so a table that
    is a pipe, a device or a broken link is reported by `read_grid`, not skipped."""
    files = sorted(p for p in folder.iterdir() if p.is_symlink() or not p.is_dir())
    return [p for p in files if p.suffix.lower() == ".csv"], [p for p in files if p.suffix.lower() != ".csv"]


def read_dir(folder: Path, limits: Limits = DEFAULT_LIMITS, columns: dict | None = None) -> Report:
    budget = Budget(limits)
    # a report.yaml that is a pipe, a folder or a link out of the folder is named as such, not "missing"
    meta_path = next((folder / n for n in ("report.yaml", "report.yml") if _present(folder / n)), None)
    if meta_path is None:
        raise InputError("no_report_yaml", str(folder))
    data, text = read_yaml(meta_path, budget, folder)
    meta = metadata_from(data, str(meta_path), text)
    try:
        tables, others = table_files(folder)
    except OSError as exc:
        raise InputError("bad_csv", str(folder), None, detail=exc.strerror or type(exc).__name__) from None
    grids = (read_grid(path, path.stem, budget, folder) if is_canonical(path.stem) else _named(path) for path in tables)
    return assemble(meta, grids, str(folder), others, columns)
