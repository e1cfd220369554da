"""COVER001: the columns of figures a table was read with that no rule which ran read.

A table read counts as checked, and a rule whose tables are there counts as run; neither says that each
figure read was held against something. A multi-year table of realisation and capaian printed without a
target has its capaian read, and nothing recomputes it: the rule that would (capaian = realisasi / target)
lacks its target, the one averaging it finds no average row. The reviewer is told, per table, which such
columns were read and which rules would have read them, and why they did not run.

Only the columns some rule of the run reads are named: a column no rule reads at all (a comparison agency's
realisation, an efficiency score) is checked by its table model alone (a figure, in its range) in every
report; docs/rules.md lists those once, and the coverage of each report names those it read
(`columns_no_rule`: `--verbose`, the JSON summary), which no agency can mend and so is no finding.
Identity and label columns (No, id, level, names, years) hold no figures and are never named. In a document,
a column the generic difference check reproduced (a `Selisih` of two read columns) was checked.
"""
from __future__ import annotations

from audit.message import Joined, Message
from audit.model import Coverage, Finding, Location, Report, Severity, Table
from audit.rules.pack import FIGURES

#: why a rule did not run, in the order said: (coverage group, message key)
_WHY = (("without_rows", "cover_why_rows"), ("lacking", "cover_why_columns"), ("skipped", "cover_why_table"),
        ("no_document", "cover_why_document"))


def unchecked_columns(report: Report, rules, covered: Coverage) -> list[Finding]:
    """COVER001 (info) for each table read with columns of figures that a rule of `rules` reads but none that
    ran did (`covered` says which did not run, and why)."""
    why = _not_run(covered)
    read: set[tuple[str, str | None]] = set()
    would: dict[tuple[str, str | None], list[str]] = {}
    for r in rules:
        refs = r.references_in(report)
        if r.id in why:
            for ref in refs:
                would.setdefault(ref, []).append(r.id)
        else:
            read.update(refs)
    candidates = {ref for ref in would if ref not in read}
    if not candidates:
        return []
    read |= _generic_reads(report, [r for r in rules if r.id not in why])
    out = []
    for name, table, figures in _figures(report):
        columns = [c for c in figures if (name, c) in candidates and (name, c) not in read]
        if columns:
            rules_of = list(dict.fromkeys(rule for c in columns for rule in would[(name, c)]))
            out.append(Finding("COVER001", Severity.INFO, name, None, None, _where(table), None, None, None,
                               Message("columns_unchecked", dict(table=name, columns=", ".join(columns),
                                                                 rules=_reasons(rules_of, why)))))
    return out


def columns_no_rule(report: Report, rules) -> tuple[str, ...]:
    """`table.column` of the columns of figures `report` was read with, holding values, that no rule of `rules`
    reads (nor, in a document, the generic difference check): only their table model checks them."""
    read = {ref for r in rules for ref in r.references_in(report)} | _generic_reads(report, rules)
    return tuple(f"{name}.{c}" for name, _, figures in _figures(report) for c in figures if (name, c) not in read)


def _figures(report: Report):
    """(name, table, its columns of figures holding a value) of each table read, in name order."""
    from audit.rules.select import holds

    for name, table in sorted(report.tables.items()):
        yield name, table, [c for c in table.values.columns if table.kinds.get(c) in FIGURES and holds(table.values, c)]


def _not_run(covered: Coverage) -> dict[str, str]:
    """Rule id -> the coverage group it was not run in."""
    groups = {"skipped": [rule for rule, _ in covered.skipped_why],
              "lacking": [rule for rule, _ in covered.lacking_why],
              "no_document": list(covered.no_document), "without_rows": list(covered.without_rows)}
    return {rule: group for group, ids in groups.items() for rule in ids}


def _reasons(rules: list[str], why: dict[str, str]) -> Joined:
    """`tanpa baris: SUM049; tanpa kolomnya: RATIO013`: the rules, grouped by why they did not run."""
    return Joined(tuple(Message(key, {"ids": ", ".join(r for r in rules if why[r] == group)})
                        for group, key in _WHY if any(why[r] == group for r in rules)), "; ")


def _generic_reads(report: Report, ran) -> set[tuple[str, str]]:
    """(table, column) of a document's read tables that the generic difference check reproduced (a `Selisih`
    column of two others, a growth of two amounts): held against each other when that check ran."""
    info = getattr(report, "document", None)
    if info is None or not any(r.rule.kind == "generic" and getattr(r.params, "check", None) == "difference"
                               for r in ran):
        return set()
    from audit.rules.kinds import generic_difference

    printed: dict[str, set[int]] = {}
    for pt in getattr(info, "printed", []):
        if pt.read:
            columns = {c for trio in (*generic_difference.pairs(pt), *generic_difference.growths(pt)) for c in trio}
            if columns:
                printed.setdefault(f"Tabel #{pt.table.index}", set()).update(columns)
    out: set[tuple[str, str]] = set()
    if not printed:
        return out
    for name, table in report.tables.items():
        for row in range(len(table)):
            sheet = table.sheets[row] if row < len(table.sheets) else table.sheet
            cols = table.cols[row] if row < len(table.cols) and table.cols[row] else table.source_cols
            out.update((name, c) for c, at in cols.items() if at in printed.get(sheet or "", ()))
    return out


def _where(table: Table) -> Location | None:
    """The table as a whole: its file (a CSV), sheet (a workbook), or its first row's printed table, line and
    page (a document)."""
    if table.csv:
        return Location(table.file)
    if len(table) and (table.lines or table.pages or table.sheets):
        return table.location(0)
    return Location(table.file, table.sheet)
