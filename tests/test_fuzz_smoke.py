"""A few hundred fuzz examples of each target (benchmarks/fuzz.py) in every test run.

The long run is by hand (`python benchmarks/fuzz.py --minutes 10`); this keeps the
harness itself working and catches a regression of anything it once found.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import fuzz  # noqa: E402

BUDGET = {"number": 400, "csv": 150, "workbook": 150, "yaml": 150, "pipeline": 25}


@pytest.mark.parametrize("target", list(BUDGET))
def test_fuzz_smoke(target):
    started = time.monotonic()
    failures = fuzz.run(target, BUDGET[target], seed_value=20240601)
    assert not failures, "\n\n".join(f"{f.error}\n{f.detail}" for f in failures)
    assert time.monotonic() - started < 20


@pytest.mark.parametrize("value,kind", [
    (10 ** 400, "number"),  # an integer no float can hold (a spreadsheet may store one)
    ("9" * 400, "money"),  # digits beyond float range
    (1e-05, "percent"),  # a float Python writes with an exponent
    (float("nan"), "number"),
    ("1" * 5000 + ",5", "number"),
])
def test_what_the_fuzzer_found_stays_fixed(value, kind):
    fuzz.check_number(value, kind)
