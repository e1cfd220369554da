"""Run each table's Pandera model; every failure becomes a finding with its cell."""
from __future__ import annotations

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
        spec.schema.validate(values, lazy=True)
        return None
    except pa.errors.SchemaErrors as exc:
        return exc.failure_cases


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
