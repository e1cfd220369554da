"""Validation runs each kind's checks on the columns that can fail a row only (`audit.validate._row_checks`).

The reduction must never hide a failure: for every table kind, on tables holding wrong values (negative amounts,
levels no kind lists, repeated keys) beside blank columns, the cells it reports are the cells the whole Pandera
schema reports.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.pandas as pa
import pytest

from audit import catalog, validate


def _frame(spec, seed: int) -> pd.DataFrame:
    """Every column of the kind: some blank, the others mixing right and wrong values."""
    rng = np.random.default_rng(seed)
    n = 12
    data = {}
    for k, column in enumerate(spec.columns):
        if (k + seed) % 3 == 0:  # blank columns: what a report leaves out
            data[column.name] = pd.Series([np.nan] * n, dtype=float if column.numeric else object)
        elif column.numeric:
            values = rng.integers(-5, 120, n).astype(float)
            values[rng.random(n) < 0.2] = np.nan
            data[column.name] = pd.Series(values)
        elif column.levels:
            data[column.name] = pd.Series(rng.choice([*column.levels, "item", "bukan_level"], n), dtype=object)
        elif column.allowed:
            data[column.name] = pd.Series(rng.choice([*column.allowed, "lain"], n), dtype=object)
        else:  # few distinct texts: keys repeat
            data[column.name] = pd.Series([f"baris {i}" for i in rng.integers(0, 5, n)], dtype=object)
    return pd.DataFrame(data)


def _cells(cases) -> set[tuple[str, str, int]]:
    """The row failures of Pandera's failure cases: (check, column, row)."""
    if cases is None:
        return set()
    rows = cases[pd.to_numeric(cases["index"], errors="coerce").notna()]
    return {(str(c.check), str(c.column), int(c.index)) for c in rows.itertuples(index=False)}


def _whole(spec, values):
    try:
        spec.schema.validate(values, lazy=True)
        return None
    except pa.errors.SchemaErrors as exc:
        return exc.failure_cases


@pytest.mark.parametrize("name", sorted(catalog.tables()))
def test_fewer_columns_report_the_same_cells(name):
    spec = catalog.tables()[name]
    failed = 0
    for seed in range(4):
        values = _frame(spec, seed)
        expected = _cells(_whole(spec, values))
        assert _cells(validate._failures(spec, values)) == expected
        failed += bool(expected)
    if any(c.checks for c in spec.schema.columns.values()) or spec.keys:
        assert failed, f"{name}: the tables built here never fail, so the comparison shows nothing"


def test_blank_and_unchecked_columns_are_left_out():
    spec = catalog.tables()["realisasi_program"]
    values = _frame(spec, 1)
    kept = set(validate._row_checks(spec, values).columns)
    checked = {n for n, c in spec.schema.columns.items() if c.checks}
    assert kept < checked  # some checked columns are blank here, and left out
    assert kept == {n for n in checked if values[n].notna().any()}
