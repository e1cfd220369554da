"""Run loaded rules over a report; each kind returns findings, never raises."""
from __future__ import annotations

import traceback
from contextlib import nullcontext
from dataclasses import dataclass, field, replace

import numpy as np

from audit.model import Candidate, Finding, Location, Message, Number, Report, Severity, Table
from audit.rules.pack import LoadedRule
from audit.rules.select import Reads, holds, noting, reuse_selections, selected_nothing
from audit.rules.stacked import StackedTable


class Context:
    """What a rule kind needs besides its params: number style, a finding factory.

    No language: a finding carries its message as the rule's words and their parameters
    (`audit.message`), said in a language by the output."""

    def __init__(self, report: Report, debug: bool = False, keys_only: bool = False):
        self.report, self.debug, self.keys_only = report, debug, keys_only
        self._words: dict[str, dict] = {}  # rule id -> its message by language
        self.style = report.meta.number_format if report.meta else "id"
        # on a stack of reports: id(finding) -> (its report, the finding, held so that no id is reused)
        self.origins: dict[int, tuple[int, Finding]] = {}

    def _local(self, candidates) -> tuple:
        """Candidates on a stack of reports, as rows of their report's own tables."""
        return tuple(_unstacked(self.report, c) for c in candidates if c is not None)

    def fmt(self, value, decimals=None) -> Number:
        """A number for a message: said in the reader's language by the output, at `decimals`."""
        return Number(float(value), decimals)

    def finding(self, loaded: LoadedRule, table: Table, row: int, column: str, actual, expected,
                hint: str | None = None, related: tuple[Location, ...] = (), delta=None, basis: str = "expected",
                expected_decimals: int | None = None, candidates=(), doubtful: bool = False,
                unit: str | None = "column", **params) -> Finding:
        """A finding of `loaded` at a cell. `doubtful`: it rests on a guess (a polarity read from wording,
        the default predikat scale), so it is at most a warning. `unit`: what the values are said in, the
        column's (`%` for a percent column) unless given (`‰`; None for a fraction)."""
        if isinstance(table, StackedTable) and table.parts:  # a stack of reports: built on the report's own table
            k, local = table.locate(row)
            f = self.finding(loaded, table.parts[k], local, column, actual, expected, hint, related, delta, basis,
                             expected_decimals, self._local(candidates), doubtful, unit, **params)
            self.origins[id(f)] = (k, f)
            return f
        ident, label = table.row_name(row)
        severity = Severity(loaded.rule.severity)
        if doubtful and severity == Severity.ERROR:
            severity = Severity.WARNING
        if self.keys_only:  # re-checking a candidate fix: only the finding's identity, row and candidates matter
            return Finding(loaded.id, severity, table.name, ident, column, None, actual,
                           expected, delta, "", candidates=tuple(c for c in candidates if c is not None),
                           position=table.source_rows[row] if row < len(table.source_rows) else row)
        decimals = table.array(column, "decimals")[row] if column in table.decimals.columns else None
        decimals = None if decimals is None or decimals != decimals else int(decimals)
        if delta is None and isinstance(actual, float) and isinstance(expected, float):
            delta = actual - expected
        text = Message(loaded.id, dict(table=table.name, column=column, row=ident, label=label or ident, **params),
                       self._rule_words(loaded))
        return Finding(
            rule_id=loaded.id, severity=severity, table=table.name, row=ident,
            column=column, location=table.location(row, column), actual=actual, expected=expected,
            delta=delta, message=text, row_label=label, hint=hint, related=tuple(related),
            position=table.source_rows[row] if row < len(table.source_rows) else row, decimals=decimals,
            unit=("%" if table.kinds.get(column) == "percent" else None) if unit == "column" else unit,
            basis=basis, row_key=table.row_key(row),
            expected_decimals=expected_decimals, candidates=tuple(c for c in candidates if c is not None),
        )


    def _rule_words(self, loaded: LoadedRule) -> dict:
        words = self._words.get(loaded.id)
        if words is None:
            words = self._words[loaded.id] = (loaded.rule.message or loaded.rule.title).model_dump()
        return words


def lacking(loaded: LoadedRule, report: Report) -> tuple[str, ...]:
    """`table.column` the rule needs that hold no value in `report`: a column its table's model makes optional
    that the table was built without, or a group of the figure columns it reads (`LoadedRule.needed`: the
    quarters `tw1`..`tw4` most reports do not print) none of which holds a value. Empty: the rule can check."""
    tables = report.tables
    out = [f"{t}.{c}" for t, c in loaded.optional_columns() if t in tables and c not in tables[t].values.columns]
    for group in loaded.needed():
        present = [(t, c) for t, c in group if t in tables]
        if present and not any(holds(tables[t].values, c) for t, c in present):
            out += [f"{t}.{c}" for t, c in present]
    return tuple(dict.fromkeys(out))


def _unstacked(report: Report, c: Candidate) -> Candidate:
    stacked = report.tables.get(c.table)
    if not (isinstance(stacked, StackedTable) and stacked.parts):
        return c
    return replace(c, index=stacked.locate(c.index)[1])  # the row in its own report's table, all else kept


@dataclass
class Checked:
    """What a run of rules gave: the findings, the ids of the rules skipped (a table missing), whether
    each rule run selected no row to compare (`select.selected_nothing`: True, or per report of a stack),
    and what the fix stage asked for: the rows each rule selected (`trace`; untraced, none is known and
    every cell counts as read), each finding's report (a stack)."""

    findings: list[Finding]
    skipped: list[str]
    reads: Reads = field(default_factory=Reads)
    origins: dict[int, tuple[int, Finding]] = field(default_factory=dict, repr=False)
    idle: dict[str, bool | np.ndarray] = field(default_factory=dict)

    def idle_rules(self) -> list[str]:
        """The rules that ran on the report but selected no row to compare (a total rule, its table
        printing no total row), in the order they ran: the coverage counts them apart."""
        return [rule for rule, nothing in self.idle.items() if np.all(nothing)]

    def idle_by_report(self, n: int) -> list[list[str]]:
        """`idle_rules` of each report of a stack of `n`."""
        out: list[list[str]] = [[] for _ in range(n)]
        for rule, nothing in self.idle.items():
            for k in np.flatnonzero(np.broadcast_to(nothing, (n,))):
                out[int(k)].append(rule)
        return out

    def by_report(self, n: int) -> list[list[Finding]]:
        """Each report's findings, for a run over a stack of `n` reports (`audit.rules.stack`).

        LookupError when a finding was not made by `Context.finding` on the stack (a kind that copies
        its findings, or a broken rule's RULE999): its report is unknown, so the rule must run per report."""
        out: list[list[Finding]] = [[] for _ in range(n)]
        for f in self.findings:
            made = self.origins.get(id(f))
            if made is None or made[1] is not f:
                raise LookupError(f"{f.rule_id}: a finding on a stack of reports whose report is unknown")
            out[made[0]].append(f)
        return out


def run_rules(rules: list[LoadedRule], report: Report, debug: bool = False) -> tuple[list[Finding], list[str]]:
    """Findings of every rule whose tables are present; ids of the rules skipped."""
    checked = check_rules(rules, report, debug=debug)
    return checked.findings, checked.skipped


def check_rules(rules: list[LoadedRule], report: Report, *, debug: bool = False,
                keys_only: bool = False, trace: bool = False) -> Checked:
    """`run_rules` with what fix suggestions need.

    `keys_only`: findings carry only what identifies them and their candidates (no
    message, location or label), for re-checking many candidate fixes quickly.
    `trace`: record the rows each rule selected (`Checked.reads`): a candidate fix
    outside them cannot change the rule's findings."""
    with reuse_selections():  # rules of one run share their tables' columns, row selections and keys
        return _run(rules, report, Context(report, debug, keys_only), Reads() if trace else None)


def _run(rules: list[LoadedRule], report: Report, ctx: Context, reads: Reads | None) -> Checked:
    findings: list[Finding] = []
    skipped: list[str] = []
    idle: dict[str, bool | np.ndarray] = {}
    exact = None
    for loaded in rules:
        if any(t not in report.tables for t in loaded.required_tables()):
            skipped.append(loaded.id)
            continue
        spec = loaded.kind
        if spec.document and getattr(report, "document", None) is None:
            continue  # a document check on a report read from tables: nothing to check
        if lacking(loaded, report):
            continue  # nothing printed there to check: said by the coverage (`audit.coverage`), not run
        target = report
        if loaded.rule.rounding == "exact":
            exact = exact or report.as_written()
            target = exact
        try:
            # a check (not a candidate fix's re-check) notes whether the rule found rows to compare (a statement
            # of the prose, for a claim); a check of the document's structure notes nothing
            with (reads.record(loaded.id) if reads is not None else nullcontext(),
                  noting() if not ctx.keys_only else nullcontext() as noted):
                findings.extend(spec.run(ctx, loaded, loaded.params, target))
            if noted is not None:
                idle[loaded.id] = selected_nothing(noted)
        except Exception as exc:  # a broken rule must not stop the audit
            if ctx.debug:
                raise
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            findings.append(Finding("RULE999", Severity.ERROR, None, None, None,
                                    Location(loaded.file, None, None, loaded.line), None, None, None,
                                    f"{loaded.id}: {detail}"))
    return Checked(findings, skipped, reads or Reads(), ctx.origins, idle)
