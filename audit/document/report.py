"""A document read as a `Report`: metadata from the prose, tables from the classifier.

Metadata the document does not state (or states wrongly) can be given in a
sidecar `NAME.yaml` beside `NAME.md|.docx|.pdf`, in the report.yaml format; its
keys win over what was found in the text. Every printed table is accounted for
in the extraction log; one that was not recognised becomes an info finding.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from audit.document import read_document
from audit.document.claims import find_claims
from audit.document.extract import LogEntry, extract
from audit.document.facts import Facts, find_facts
from audit.document.model import Document
from audit.document.printed import printed_tables
from audit.errors import InputError, Text
from audit.ingest.limits import DEFAULT_LIMITS, Limits
from audit.ingest.tables import assemble
from audit.model import Finding, Joined, Location, Message, Metadata, Report, Severity

_TICK = {"√", "✓", "✔", "v", "V", "x", "X", "☑"}


@dataclass
class DocumentInfo:
    """What a document-level rule reads: the document, its facts, and the extraction log."""

    document: Document
    facts: Facts
    log: list[LogEntry] = field(default_factory=list)
    claims: list = field(default_factory=list)  # `audit.document.claims.Claim`: figures stated in the prose
    printed: list = field(default_factory=list)  # `audit.document.structure.Printed`: tables read for arithmetic


def read_document_report(path: Path, limits: Limits = DEFAULT_LIMITS,
                         columns: dict | None = None) -> Report:
    from audit import catalog

    doc = read_document(path, limits)
    facts = find_facts(doc)
    if not facts.desa:
        facts.desa = village_columns(doc)
    meta = _metadata(path, facts)
    ex = extract(doc, catalog.tables(), meta, columns)
    _mark_scales(doc, ex.log)
    report = assemble(meta, ex.grids, str(path), columns=columns)
    report.problems[:] = [_as_coverage_gap(f, ex.log) for f in report.problems]
    report.problems.extend(_unrecognised(doc, ex.log))
    claims = bounded_claims(doc, limits)
    report.problems.extend(Finding("DOC002", Severity.INFO, None, None, None, Location(doc.name), None, None, None,
                                   Message("doc_reader_note", dict(note=note))) for note in doc.notes)
    printed = printed_tables(doc, ex.log)
    report.problems.extend(_unchecked_columns(doc, ex.log, printed))
    report.document = DocumentInfo(doc, facts, ex.log, claims, printed)
    return report


CLAIM_CHARS = 20_000  # of one paragraph read for figures: a real one has under 2,000


def bounded_claims(doc: Document, limits: Limits) -> list:
    """The figures the prose states, at most `limits.max_claims` (a million amount-bearing paragraphs, or one
    10 MB line of amounts, would otherwise take minutes and print hundreds of megabytes); what was not read
    is said in a note. Paragraphs are handed to `find_claims` one at a time, so it stops at the limit."""
    from dataclasses import replace

    claims: list = []
    for p in doc.paragraphs:
        if len(claims) > limits.max_claims:
            break
        if len(p.text) > CLAIM_CHARS:
            doc.notes.append(Text("claims_long_paragraph", {"line": p.line or p.page or "?", "limit": CLAIM_CHARS}))
            p = replace(p, text=p.text[:CLAIM_CHARS])
        claims.extend(find_claims(Document(doc.path, doc.kind, [p])))
    if len(claims) > limits.max_claims:
        doc.notes.append(Text("claims_capped", {"limit": limits.max_claims}))
        del claims[limits.max_claims:]
    return claims


def _metadata(path: Path, facts: Facts) -> Metadata:
    from audit.ingest.metadata import load_yaml_file, metadata_from

    found: dict = {}
    if facts.agency:
        found["agency"] = facts.agency
    if facts.region:
        found["region"] = facts.region
    year = facts.year or _common_year(facts)
    if year:
        found["year"] = year
    head = facts.head()
    if head:
        found["head"] = {"name": head.name, "nip": head.nip, "position": _title(head.position) or None}
    if facts.desa:
        found["desa"] = facts.desa
    if facts.jumlah_desa:
        found["jumlah_desa"] = facts.jumlah_desa
    if facts.predikat_bands:
        found["predikat_scale"] = facts.predikat_bands
    if facts.polarity:
        found["polarity"] = {pol: names for pol, names in facts.polarity.items() if names}
    if facts.formulas:
        found["formulas"] = facts.formulas
    if facts.counts:
        found["counts"] = facts.counts
    sidecar = path.with_suffix(".yaml")
    if sidecar.exists():
        found.update(load_yaml_file(sidecar))
    if "agency" not in found or "year" not in found:
        missing = "agency" if "agency" not in found else "year"
        raise InputError("document_no_" + missing, str(path), None, sidecar=sidecar.name)
    return metadata_from(found, str(sidecar if sidecar.exists() else path))


def _common_year(facts: Facts) -> int | None:
    years = [m.value for m in facts.periods if isinstance(m.value, int)]  # a period's value is its year
    return max(set(years), key=years.count) if years else None


def _title(text: str) -> str:
    return " ".join(w.capitalize() for w in (text or "").split())


def village_columns(doc: Document) -> list[str]:
    """Village names heading the tick columns of a checklist (`JATIROTO`, `KALIBOTO LOR`, ...), in order,
    over every page of the checklist (a page may misplace a name the next one prints in line)."""
    found: list[str] = []
    group = re.compile(r"(nama\s+)?(desa|kelurahan|kecamatan|desa/kelurahan)", re.I)
    for table in doc.tables:
        rows = table.rows
        for r in range(len(rows)):
            if not any(group.fullmatch(c.text.strip()) for row in rows[max(0, r - 2):r + 1] for c in row):
                continue  # village columns are grouped under a DESA / KECAMATAN heading
            names = []
            for c, cell in enumerate(rows[r]):
                text = cell.text.strip()
                ticked = any(c < len(row) and row[c].text.strip() in _TICK for row in rows[r + 1:r + 40])
                if text and ticked and not group.fullmatch(text) and re.fullmatch(r"[A-Za-z' -]{3,40}", text):
                    names.append(_title(text))
            if len(names) >= 2:
                found += [n for n in names if n not in found]
    return found


def _unrecognised(doc: Document, log: list[LogEntry]) -> list[Finding]:
    """DOC001 for each table with figures that no kind reads: a gap in what was checked, said to the reviewer,
    not a fault of the agency."""
    out = []
    for e in log:
        if e.status not in ("unrecognised",):
            continue
        where = Location(doc.name, f"Tabel #{e.table}", None, e.line, e.page)
        out.append(Finding("DOC001", Severity.WARNING, None, None, None, where, None, None, None,
                           Message("doc_table_unrecognised", dict(n=e.table, caption=e.caption or "-",
                                                                  hint=_readable_hint(e))),
                           position=e.line or e.table))
    return out


def _unchecked_columns(doc: Document, log: list[LogEntry], printed: list) -> list[Finding]:
    """DOC003 for each table read with columns of figures its kind does not read and no generic check reads
    (a difference or growth column two other columns reproduce is checked in every table, `generic_difference`;
    a percentage its kind leaves unread, of two columns or a share of the total, `generic_percent`):
    a gap in what was checked, not a fault of the agency."""
    from audit.ingest.headers import header_key
    from audit.rules.kinds import generic_difference, generic_percent

    checked: dict[int, set[str]] = {}
    for pt in printed:
        if pt.read:
            columns = {dc for dc, _, _ in (*generic_difference.pairs(pt), *generic_difference.growths(pt),
                                           *generic_percent.pairs(pt, pt.unread),
                                           *generic_percent.shares(pt, pt.unread))}
            checked.setdefault(pt.table.index, set()).update(pt.headers[c] for c in columns)
    out = []
    for e in log:
        unread = [h for h in e.unread_figures if h not in checked.get(e.table, ())
                  and header_key(h.split(" / ")[-1]) not in ("no", "nomor", "nourut")]
        if e.status != "read" or not unread:
            continue
        where = Location(doc.name, f"Tabel #{e.table}", None, e.line, e.page)
        out.append(Finding("DOC003", Severity.INFO, None, None, None, where, None, None, None,
                           Message("doc_columns_unchecked", dict(n=e.table, caption=e.caption or "-", kind=e.kind,
                                                                 headers=", ".join(f"'{h}'" for h in unread))),
                           position=e.line or e.table))
    return out


def _mark_scales(doc: Document, log: list[LogEntry]) -> None:
    """A table of predikat bands (`No | Interval | Kategori`) is read as the report's scale, not left
    unrecognised: its log entry says so, and coverage counts it as read."""
    from audit.document.facts import _band_row
    from audit.predikat import parse_band

    tables = {t.index: t for t in doc.tables}
    for e in log:
        table = tables.get(e.table)
        if e.status != "unrecognised" or table is None:
            continue
        rows = [[c.text.strip() for c in row if c.text.strip()] for row in table.rows]
        bands = sum(bool(parse_band(_band_row(r))) for r in rows if r)
        if bands >= 2 and bands >= len([r for r in rows if r]) - 2:  # all but a header (and a numbering row)
            e.status = "scale"


def _as_coverage_gap(f: Finding, log: list[LogEntry]) -> Finding:
    """A required column the document's table did not show under a known header is our gap, not the
    agency's mistake: a warning naming the printed headers that were not read and how to map one. A cell printing
    several figures (a sasaran's indicators stacked in one ruled row: `38,69 15,5`) or a ratio (`1:300`) is what
    the report prints, not a figure mistyped: not checked (PARSE004), never an unreadable number (PARSE001)."""
    from dataclasses import replace

    if f.rule_id == "PARSE001" and (key := _printed_otherwise(str(f.actual or ""))):
        return replace(f, rule_id="PARSE004", severity=Severity.INFO, message=Message(key, {"raw": f.actual}))
    if f.rule_id != "INPUT003":
        return f

    ignored = [h for e in log if e.kind == f.table and e.status == "read" for h in e.ignored]
    headers = ", ".join(f"'{h}'" for h in dict.fromkeys(ignored)) or "-"
    hint = Message("doc_column_unread", dict(headers=headers, kind=f.table, column=f.column))
    return replace(f, severity=Severity.WARNING, message=Joined((f.message, hint)))


_RATIO = re.compile(r"\d+(?:[.,]\d+)?\s*:\s*\d+(?:[.,]\d+)?")


def _printed_otherwise(text: str) -> str | None:
    """The message key of a cell that prints no one figure by design: `several_figures` (two figures or more, each
    whole, none a lone group of three digits that a space parted from its thousands), `ratio_figure` (`1:300`)."""
    from audit.document.classify import is_number

    text = " ".join(text.split())
    if _RATIO.fullmatch(text):
        return "ratio_figure"
    pieces = text.split(" ")
    if len(pieces) >= 2 and all(is_number(p) and not re.fullmatch(r"\d{3}", p) for p in pieces):
        return "several_figures"
    return None


def _readable_hint(e: LogEntry) -> Message | Joined | str:
    """The nearest table kind, and the `[columns]` lines of audit.toml that would let it read the table; for a
    comparison across years or before and after a budget's amendment, that no kind reads one."""
    if e.detail.startswith("comparison "):
        return Message("doc_table_comparison", dict(years=", ".join(e.detail.split()[1:])))
    if e.detail.startswith("versions "):
        return Message("doc_table_versions", dict(columns=", ".join(f"'{h}'" for h in e.detail[9:].split(" | "))))
    if not e.closest:
        return ""
    hint: Message | Joined = Message("doc_table_closest", dict(kind=e.closest))
    if e.suggest:
        lines = " ".join(f'"{header}" = "{column}"' for header, column in e.suggest)
        hint = Joined((hint, Message("doc_table_mapping", dict(kind=e.closest, lines=lines))))
    return hint
