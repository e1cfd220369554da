"""From a `Document` to canonical grids, with a log of what was recognised and why.

The grids go through the same table builder as CSV and workbook input
(`ingest.tables.assemble`), so numbers, rounding and findings behave the same;
each row keeps its provenance (printed table, markdown line, PDF page).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from audit.document import layouts
from audit.document.classify import Layout, Match, classify, is_number, split_header
from audit.document.model import DocTable, Document
from audit.ingest.grid import Cell, Grid
from audit.ingest.tables import header_key
from audit.model.report import column_letter


@dataclass
class LogEntry:
    """What happened to one printed table (or one segment of it)."""

    table: int  # the printed table's number in the document
    line: int | None
    page: int | None
    caption: str
    status: str  # read | copy | unrecognised | no_figures
    kind: str | None = None
    rows: int = 0
    columns: dict[str, str] = field(default_factory=dict)  # printed header -> canonical column
    ignored: list[str] = field(default_factory=list)  # printed headers not read
    detail: str = ""

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class Extraction:
    grids: list[Grid]
    log: list[LogEntry]


def _known_headers(specs) -> set[str]:
    return {header_key(a) for s in specs.values() for c in s.columns for a in (*c.aliases, c.name)} - {""}


def segments(table: DocTable, known: set[str]) -> list[DocTable]:
    """A printed table holding several tables one under the other (each with its own header row) -> parts."""
    cuts = [0]
    for i, row in enumerate(table.rows):
        if i - cuts[-1] < 2:
            continue
        texts = [c.text for c in row if c.text.strip()]
        if texts and not any(is_number(t) for t in texts) and \
                sum(header_key(t) in known for t in texts) >= max(2, len(texts) - 1):
            cuts.append(i)
    if len(cuts) == 1:
        return [table]
    bounds = [*cuts, len(table.rows)]
    return [DocTable(table.index, table.rows[a:b], table.rows[a][0].line if table.rows[a] else table.line,
                     table.page, table.caption, table.section,
                     [(r1 - a, c1, r2 - a, c2) for r1, c1, r2, c2 in table.merged if a <= r1 < b])
            for a, b in zip(bounds, bounds[1:])]


def extract(doc: Document, specs: dict, meta) -> Extraction:
    known = _known_headers(specs)
    log: list[LogEntry] = []
    parts: dict[str, list[tuple[layouts.Part, Match, DocTable]]] = {}
    for printed in doc.tables:
        for seg in segments(printed, known):
            entry = LogEntry(seg.index, seg.line, seg.page, " / ".join(seg.caption)[-160:], "unrecognised")
            log.append(entry)
            match = classify(seg, specs, meta)
            if match is None:
                has_figures = any(is_number(c.text) for r in seg.rows for c in r)
                entry.status = "unrecognised" if has_figures else "no_figures"
                continue
            part = _part(match, seg)
            entry.kind, entry.rows = match.spec.name, len(part.rows)
            entry.columns = {" / ".join(c.labels) or column_letter(c.position): match.mapping[c.position]
                             for c in match.layout.columns if c.position in match.mapping}
            entry.ignored = [" / ".join(c.labels) for c in match.layout.columns
                             if c.position not in match.mapping and c.labels]
            part.rows = layouts.apply(part, meta)
            earlier = parts.setdefault(match.spec.name, [])
            copy_of = next((p for p, _, _ in earlier if _identity(p) == _identity(part)), None)
            if copy_of is not None:
                entry.status = "copy"
                entry.detail = f"Tabel {copy_of.rows[0].table.index}" if copy_of.rows else ""
                continue
            entry.status = "read"
            earlier.append((part, match, seg))
    grids = [_grid(name, found, meta, doc) for name, found in parts.items()]
    return Extraction(grids, log)


def _part(match: Match, seg: DocTable) -> layouts.Part:
    rows = []
    for i in match.layout.body:
        cells = seg.rows[i]
        text = {name: cells[pos].text for pos, name in match.mapping.items() if pos < len(cells)}
        filled = [c for c in cells if c.text.strip()]
        rows.append(layouts.Row(text, i, seg, bool(filled) and all(c.bold for c in filled)))
    headers = {match.mapping[c.position]: " / ".join(c.labels) for c in match.layout.columns
               if c.position in match.mapping}
    context = " ".join([*seg.caption, *seg.section[-2:]]).lower()
    return layouts.Part(match.spec.name, rows, context, headers, {c.name for c in match.spec.columns})


def _identity(part: layouts.Part) -> tuple:
    """The printed figures of a part and what its rows are (version, level): equal means printed twice."""
    return tuple((r.get("versi"), r.get("level"), v) for r in part.rows for v in r.text.values() if is_number(v))


def _grid(name: str, found: list, meta, doc: Document) -> Grid:
    first_match: Match = found[0][1]
    width = max(seg.width for _, _, seg in found)
    header = [""] * width
    for pos, col in first_match.mapping.items():
        header[pos] = col
    rows: list[layouts.Row] = []
    for part, _, _ in found:
        rows.extend(part.rows)
    extra_cols = [c for r in rows for c in r.text if c not in header]
    for c in dict.fromkeys(extra_cols):
        header.append(c)
    grid_rows, numbers, lines, pages, sheets = [], [], [], [], []
    for r in rows:
        grid_rows.append([Cell(r.text.get(col) if col else None) for col in header])
        cell = r.table.rows[r.source][0] if r.table.rows[r.source] else None
        numbers.append(r.source + 1)
        lines.append(cell.line if cell else None)
        pages.append(cell.page if cell else None)
        sheets.append(f"Tabel {r.table.index}")
    first = found[0][2]
    origin = {"sheets": sheets}
    if doc.kind == "markdown":
        origin["lines"] = lines
    if doc.kind == "pdf":
        origin["pages"] = pages
    return Grid(name, header, grid_rows, numbers, doc.name, f"Tabel {first.index}", 1, 0,
                extra={"document": origin})


__all__ = ["Extraction", "Layout", "LogEntry", "extract", "segments", "split_header"]
