"""Run each table's Pandera model; every failure becomes a finding with its cell."""
from __future__ import annotations

from audit._imports import import_pandera

import_pandera()
import pandera.pandas as pa  # noqa: E402

from audit import catalog  # noqa: E402
from audit.i18n import t
from audit.model import Finding, Report, Severity, Table


def _message(check: str, value, spec, column: str, lang: str) -> tuple[str, str]:
    if check.startswith("greater_than_or_equal_to(0)"):
        return "SCHEMA002", t("schema_negative", lang)
    if check.startswith("isin"):
        col = spec.column(column)
        allowed = ", ".join(col.levels) if col and col.levels else check[5:-1]
        return "SCHEMA004", t("schema_level", lang, value=value, allowed=allowed)
    if check.startswith(("in_range", "less_than", "greater_than")):
        return "SCHEMA003", t("schema_range", lang, check=check)
    return "SCHEMA005", t("schema_check", lang, check=check)


def validate_table(table: Table, lang: str = "id") -> list[Finding]:
    spec = catalog.tables().get(table.name)
    if spec is None or spec.schema is None or len(table) == 0:
        return []
    try:
        spec.schema.validate(table.values, lazy=True)
        return []
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    findings: list[Finding] = []
    seen_keys: set[int] = set()
    for case in cases.itertuples(index=False):
        index = case.index
        if index is None or index != index:
            continue  # table-wide failures (e.g. dtype) are reported by ingest
        index = int(index)
        row, label = table.row_name(index)
        if case.check == "unique_key":
            if index in seen_keys:
                continue
            seen_keys.add(index)
            column = spec.keys[0]
            key = " / ".join(str(table.values.at[index, k]) for k in spec.keys)
            rule, message = "SCHEMA001", t("schema_key", lang, key=key)
        else:
            column = case.column
            rule, message = _message(str(case.check), case.failure_case, spec, column, lang)
        raw = table.raw.at[index, column] if column in table.raw.columns else case.failure_case
        findings.append(Finding(rule, Severity.ERROR, table.name, row, column, table.location(index, column),
                                raw, None, None, message, row_label=label,
                                position=table.source_rows[index], row_key=table.row_key(index)))
    return findings


def validate_report(report: Report, lang: str = "id") -> list[Finding]:
    out: list[Finding] = []
    for table in report.tables.values():
        out.extend(validate_table(table, lang))
    return out
