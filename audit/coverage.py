"""What an audit covered, from what the readers logged: numeric tables read, and those not.

Documents say it table by table (the extraction log); a CSV folder or workbook
says it through the tables it read and the sheets or files it could not take.
"""
from __future__ import annotations

from audit.model import Coverage, Report, Unread

#: reading problems that stand for a table holding figures that was not read
_UNREAD_TABLE = {"INPUT001", "INPUT006"}


def coverage(report: Report, rules=(), skipped=(), idle=()) -> Coverage:
    """What `rules` (the loaded rules of the run, of which `skipped` were not run for a table absent) covered
    of `report`: a rule whose tables are there but not the columns it reads is not run either, nor one reading the
    document itself for a report read from tables, nor one of `idle` (it ran, but selected no row to compare:
    `audit.rules.engine.Checked.idle_rules`), and each says so."""
    absent = _absent_tables(report, rules, set(skipped))
    lacking = _absent_columns(report, rules, set(skipped))
    # a rule reading the document itself (chapters, prose, the tables no kind read) has none to read in tables
    no_document = tuple(r.id for r in rules if r.kind.document and r.id not in skipped
                        and getattr(report, "document", None) is None)
    not_run = {*skipped, *(rule for rule, _ in lacking), *no_document}
    idle = set(idle)
    without_rows = tuple(r.id for r in rules if r.id in idle and r.id not in not_run)
    tables_found, tables_read, unread = _tables(report)
    return Coverage(tables_found, tables_read, unread,
                    len(rules) - len(skipped) - len(lacking) - len(no_document) - len(without_rows), len(skipped),
                    absent, len(lacking), lacking, no_document, without_rows)


def _absent_tables(report: Report, rules, skipped: set[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Why each skipped rule was not run: the tables it needs that the report does not have."""
    return tuple((r.id, tuple(sorted(t for t in r.required_tables() if t not in report.tables)))
                 for r in rules if r.id in skipped)


def _absent_columns(report: Report, rules, skipped: set[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each rule not run for want of the columns it reads (as the engine decides it: `lacking`), with them."""
    from audit.rules.engine import lacking

    out = []
    for r in rules:
        if r.id not in skipped:
            missing = lacking(r, report)
            if missing:
                out.append((r.id, missing))
    return tuple(out)


def _tables(report: Report) -> tuple[int, int, tuple[Unread, ...]]:
    info = report.document
    if info is not None and getattr(info, "log", None) is not None:
        found = [e for e in info.log if e.status != "no_figures"]
        lacking = {p.table for p in report.problems if p.rule_id == "INPUT003"}  # read without a column it needs
        unread = tuple(Unread(f"Tabel #{e.table}", e.caption, e.line, e.page, e.closest or e.kind, tuple(e.suggest))
                       for e in found if e.status == "unrecognised" or (e.status == "read" and e.kind in lacking))
        return len(found), len(found) - len(unread), unread
    unread = tuple(Unread(p.location.sheet or p.location.file or "", "") for p in report.problems
                   if p.rule_id in _UNREAD_TABLE)
    return len(report.tables) + len(unread), len(report.tables), unread
