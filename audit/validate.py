"""Run each table's Pandera model; every failure becomes a finding with its cell."""
from __future__ import annotations

import copy

from audit._imports import import_pandera

import_pandera()
import pandera.pandas as pa  # noqa: E402

from audit import catalog  # noqa: E402
from audit.model import Finding, Message, Report, Severity, Table  # noqa: E402


def _message(check: str, value, spec, column: str) -> tuple[str, Message]:
    if check.startswith("greater_than_or_equal_to(0)"):
        return "SCHEMA002", Message("schema_negative")
    if check.startswith("isin"):
        col = spec.column(column)
        allowed = ", ".join(col.levels) if col and col.levels else check[5:-1]
        return "SCHEMA004", Message("schema_level", {"value": value, "allowed": allowed})
    if check.startswith(("in_range", "less_than", "greater_than")):
        return "SCHEMA003", Message("schema_range", {"check": check})
    return "SCHEMA005", Message("schema_check", {"check": check})


def _failures(spec, values):
    """Pandera's failure cases for `values`, or None when it passes."""
    try:
        _row_checks(spec, values).validate(values, lazy=True)
        return None
    except pa.errors.SchemaErrors as exc:
        return exc.failure_cases


#: (the kind's model, the columns validated) -> that schema, built once per process
_SCHEMAS: dict[tuple[type, tuple[str, ...]], pa.DataFrameSchema] = {}


def _row_checks(spec, values) -> pa.DataFrameSchema:
    """The kind's schema with only the columns of `values` that can fail a row: those whose checks meet a value.

    Of a column without checks Pandera can only say its type or absence, table-wide failures that `_findings`
    leaves to ingest (which builds every column of a kind, with its type); a column left empty passes every check
    that lets a blank pass (nullable, no `ignore_na=False`, not unique). Validating such columns cost as much as
    the others: about two thirds of a report's columns, a third of its validation."""
    full = spec.schema
    filled = values.notna().any()  # per column: holds a value
    kept = tuple(name for name, column in full.columns.items()
                 if _can_fail(column, name in filled.index and bool(filled[name])))
    key = (spec.model, kept)
    reduced = _SCHEMAS.get(key)
    if reduced is None:
        reduced = copy.copy(full)  # the same table checks, settings and column objects: only fewer columns
        reduced.columns = {name: full.columns[name] for name in kept}
        _SCHEMAS[key] = reduced
    return reduced


def _can_fail(column, filled: bool) -> bool:
    """Can Pandera fail a row of this column (`filled`: the table has it, with a value in a row at least)?"""
    if not column.nullable or column.unique or any(not check.ignore_na for check in column.checks):
        return True
    return bool(column.checks) and filled


def validate_table(table: Table) -> list[Finding]:
    spec = catalog.tables().get(table.name)
    if spec is None or spec.schema is None or len(table) == 0:
        return []
    cases = _failures(spec, table.values)
    return [] if cases is None else _findings(table, spec, cases)


def _findings(table: Table, spec, cases) -> list[Finding]:
    findings: list[Finding] = []
    seen_keys: set[int] = set()
    firsts = _first_of_key(table, spec.keys) if (cases["check"] == "unique_key").any() else {}
    for case in cases.itertuples(index=False):
        index = case.index
        if index is None or index != index:
            continue  # table-wide failures (e.g. dtype) are reported by ingest
        index = int(index)
        row, label = table.row_name(index)
        related: tuple = ()
        severity = Severity.ERROR
        if case.check == "unique_key":
            first = firsts.get(index, index)
            if index in seen_keys or first == index:
                continue  # the key's first row is no repeat: its repeats are said, each naming it
            seen_keys.add(index)
            # said by the key columns the table prints (an indicator's name, not the version the reader gave it)
            shown = [k for k in spec.keys if table.location(index, k).cell] or list(spec.keys)
            column = shown[0]
            key = " / ".join(str(table.values.at[index, k]) for k in shown)
            where, here = table.location(first, column), table.location(index, column)
            rule, message = "SCHEMA001", Message("schema_key", {"key": key, "first": where.said()})
            if where.sheet and here.sheet and where.sheet != here.sheet:
                # two printed tables read as one kind (a document's, a workbook's sheets): the repeat, other figures
                # for the same key, may be the reader's (a table of another year or measure read as this one) as
                # much as the report's; said, not failed
                severity, message = Severity.WARNING, Message("schema_key_elsewhere", {"key": key,
                                                                                        "first": where.said()})
            related = (where,)
        else:
            column = case.column
            rule, message = _message(str(case.check), case.failure_case, spec, column)
        raw = table.raw.at[index, column] if column in table.raw.columns else case.failure_case
        findings.append(Finding(rule, severity, table.name, row, column, table.location(index, column),
                                raw, None, None, message, row_label=label, related=related,
                                position=table.source_rows[index], row_key=table.row_key(index)))
    return findings


def _first_of_key(table: Table, keys: list[str]) -> dict[int, int]:
    """Row -> the first row printing the same key."""
    first: dict[tuple, int] = {}
    out: dict[int, int] = {}
    columns = [table.values[k].tolist() for k in keys if k in table.values.columns]
    for index, key in enumerate(zip(*columns)):
        out[index] = first.setdefault(tuple(str(x) for x in key), index)
    return out


def validate_report(report: Report) -> list[Finding]:
    out: list[Finding] = []
    for table in report.tables.values():
        out.extend(validate_table(table))
    return out


def validate_stacked(reports: list[Report], stacked: Report | None = None) -> list[list[Finding]]:
    """`validate_report` of each report, running each table model once over the same table of every report.

    The reports share a shape (`audit.rules.stack.shape`); `stacked` is their stack when
    already built. A `__report` column keeps keys unique per report, and each failure is
    reported on its report's own table."""
    import numpy as np
    import pandas as pd

    out: list[list[Finding]] = [[] for _ in reports]
    for name in reports[0].tables:
        spec = catalog.tables().get(name)
        parts = [r.tables[name] for r in reports]
        if spec is None or spec.schema is None or not any(len(t) for t in parts):
            continue
        sizes = np.array([len(t) for t in parts])
        starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
        report_of = np.repeat(np.arange(len(parts)), sizes)
        if stacked is not None:  # the tables already stacked for the rules (audit.rules.stack)
            values = stacked.tables[name].values.assign(__report=report_of)
        else:
            values = pd.concat([t.values for t in parts], ignore_index=True)
            values["__report"] = report_of
        cases = _failures(spec, values)
        if cases is None:
            continue
        index = pd.to_numeric(cases["index"], errors="coerce").to_numpy(dtype=float)
        known = ~np.isnan(index)
        cases, index = cases[known], index[known].astype(int)
        owner = report_of[index]
        for k in np.unique(owner):
            mine = owner == k
            local = cases[mine].assign(index=index[mine] - starts[k])
            out[k] = _findings(parts[k], spec, local)
    return out
