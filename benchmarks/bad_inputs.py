"""How long `audit check` takes on the bad inputs of tests/test_bad_inputs.py, against a budget per case.

The test asserts what a reviewer sees; how fast a huge input is refused or read is measured here,
where a slow shared machine makes a number to read, not a failed test. Each case is built into a
temporary folder, checked once in Indonesian (in process, as the test does, imports already paid)
and timed. A case over its budget, or ending with another exit code than the test expects (a fast
wrong answer), is marked and makes the exit status 1.

    python benchmarks/bad_inputs.py [--only zip] [--scale 1]
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

DEFAULT = 20.0  # seconds, for any case not named below
BUDGET = {  # the huge inputs: refused from the zip directory, or read only as far as they have cells
    "YAML alias bomb": 5.0,
    "zip bomb (2 GB of zeros)": 10.0,
    "zip bomb under the total limit": 10.0,
    "a million empty rows": 5.0,
    "a million formatted empty rows": 5.0,
    "100k columns": 5.0,
    "100k header columns": 15.0,
    "a sheet claiming A1:XFD1048576": 5.0,
}


def wide_dimension(tmp: Path) -> Path:
    from badfiles import edit_sheet, workbook

    return edit_sheet(workbook(tmp), tmp / "claims.xlsx", "realisasi_program",
                      lambda xml: re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD1048576"/>', xml))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="", help="only the cases whose name contains this")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every budget (a slower machine)")
    args = ap.parse_args()

    from click.testing import CliRunner
    from test_bad_inputs import CASES

    from audit.cli import main as cli

    cases = {name: (case.make, case.exit) for name, case in CASES.items()}
    cases["a sheet claiming A1:XFD1048576"] = (wide_dimension, 1)
    failed = []
    for name, (make, exit_code) in cases.items():
        if args.only not in name:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(make(Path(tmp)))
            started = time.perf_counter()
            r = CliRunner().invoke(cli, ["check", str(path), "--format", "github"])
            seconds = time.perf_counter() - started
        budget = BUDGET.get(name, DEFAULT) * args.scale
        mark = f"exit {r.exit_code}" if r.exit_code != exit_code else "OVER" if seconds > budget else ""
        print(f"{seconds:7.2f} s  budget {budget:5.1f}  {mark:6}  {name}")
        if mark:
            failed.append(name)
    if failed:
        sys.exit(f"over budget or wrong: {', '.join(failed)}")


if __name__ == "__main__":
    main()
