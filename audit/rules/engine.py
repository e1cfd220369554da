"""Run loaded rules over a report; each kind returns findings, never raises."""
from __future__ import annotations

import string
import traceback

from audit.model import Candidate, Finding, Location, Report, Severity, Table
from audit.numbers import format_number
from audit.rules.pack import LoadedRule


class _Keep(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def candidate(table: Table, index: int, column: str, value) -> Candidate | None:
    """A proposed value for a cell, rounded as the cell is printed; None if not a finite number."""
    if isinstance(value, str):
        return Candidate(table.name, int(index), column, value)
    if value is None or value != value or value in (float("inf"), float("-inf")):
        return None
    kind = table.kinds.get(column)
    decimals = table.array(column, "decimals")[index] if column in table.decimals.columns else float("nan")
    if kind in ("money", "count", "year", "tick"):
        value = float(round(value))
    else:  # as printed, but never coarser than hundredths (83 -> 66.67, not 67)
        value = round(float(value), max(2, int(decimals) if decimals == decimals else 0))
    return Candidate(table.name, int(index), column, value)


class Context:
    """What a rule kind needs besides its params: language, number style, a finding factory."""

    def __init__(self, report: Report, lang: str = "id", debug: bool = False, keys_only: bool = False):
        self.report, self.lang, self.debug, self.keys_only = report, lang, debug, keys_only
        self.style = report.meta.number_format if report.meta else "id"
        self.origins: dict[int, int] = {}  # id(finding) -> report number, for a stack of reports

    def _local(self, candidates) -> tuple:
        """Candidates on a stack of reports, as rows of their report's own tables."""
        return tuple(_unstacked(self.report, c) for c in candidates if c is not None)

    def fmt(self, value, decimals=None) -> str:
        return format_number(value, decimals, self.style)

    def finding(self, loaded: LoadedRule, table: Table, row: int, column: str, actual, expected,
                hint: str | None = None, related: tuple[Location, ...] = (), delta=None, basis: str = "expected",
                expected_decimals: int | None = None, candidates=(), **params) -> Finding:
        if getattr(table, "parts", None):  # a stack of reports: built on the report's own table
            k, local = table.locate(row)
            f = self.finding(loaded, table.parts[k], local, column, actual, expected, hint, related, delta, basis,
                             expected_decimals, self._local(candidates), **params)
            self.origins[id(f)] = k
            return f
        ident, label = table.row_name(row)
        if self.keys_only:  # re-checking a candidate fix: only the finding's identity, row and candidates matter
            return Finding(loaded.id, Severity(loaded.rule.severity), table.name, ident, column, None, actual,
                           expected, delta, "", candidates=tuple(c for c in candidates if c is not None),
                           position=table.source_rows[row] if row < len(table.source_rows) else row)
        decimals = table.array(column, "decimals")[row] if column in table.decimals.columns else None
        decimals = None if decimals is None or decimals != decimals else int(decimals)
        if delta is None and isinstance(actual, float) and isinstance(expected, float):
            delta = actual - expected
        text = string.Formatter().vformat(loaded.rule.text(self.lang), (), _Keep(
            table=table.name, column=column, row=ident, label=label or ident, **params))
        return Finding(
            rule_id=loaded.id, severity=Severity(loaded.rule.severity), table=table.name, row=ident,
            column=column, location=table.location(row, column), actual=actual, expected=expected,
            delta=delta, message=text, row_label=label, hint=hint, related=tuple(related),
            position=table.source_rows[row] if row < len(table.source_rows) else row, decimals=decimals,
            unit="%" if table.kinds.get(column) == "percent" else None, basis=basis, row_key=table.row_key(row),
            expected_decimals=expected_decimals, candidates=tuple(c for c in candidates if c is not None),
        )


def _unstacked(report: Report, c: Candidate) -> Candidate:
    stacked = report.tables.get(c.table)
    if not getattr(stacked, "parts", None):
        return c
    return Candidate(c.table, stacked.locate(c.index)[1], c.column, c.proposed)


def run_rules(rules: list[LoadedRule], report: Report, lang: str = "id", debug: bool = False,
              keys_only: bool = False, origins: dict | None = None, reads=None):
    """Findings of every rule whose tables are present; ids of the rules skipped.

    `keys_only`: findings carry only what identifies them and their candidates (no
    message, location or label), for re-checking many candidate fixes quickly.
    `origins`: filled with id(finding) -> report number when `report` is a stack
    (`audit.rules.stack`). `reads` (`select.Reads`): filled with the rows each rule selected."""
    from contextlib import nullcontext

    from audit.rules.select import reuse_selections

    with reuse_selections():  # rules of one run share their tables' columns, row selections and keys
        return _run(rules, report, lang, debug, keys_only, origins, reads)


def _run(rules, report, lang, debug, keys_only, origins, reads):
    from contextlib import nullcontext

    from audit.rules.registry import KINDS

    ctx = Context(report, lang, debug, keys_only)
    if origins is not None:  # the caller learns which report of a stack each finding belongs to
        ctx.origins = origins
    findings: list[Finding] = []
    skipped: list[str] = []
    exact = None
    for loaded in rules:
        if any(t not in report.tables for t in loaded.required_tables()):
            skipped.append(loaded.id)
            continue
        spec = KINDS[loaded.rule.kind]
        if spec.document and getattr(report, "document", None) is None:
            continue  # a document check on a report read from tables: nothing to check
        target = report
        if loaded.rule.rounding == "exact":
            exact = exact or report.as_written()
            target = exact
        try:
            with reads.record(loaded.id) if reads is not None else nullcontext():
                findings.extend(spec.run(ctx, loaded, loaded.params, target))
        except Exception as exc:  # a broken rule must not stop the audit
            if debug:
                raise
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            findings.append(Finding("RULE999", Severity.ERROR, None, None, None,
                                    Location(loaded.file, None, None, loaded.line), None, None, None,
                                    f"{loaded.id}: {detail}"))
    return findings, skipped
