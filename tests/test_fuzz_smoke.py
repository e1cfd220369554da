"""A few hundred fuzz examples of each target (benchmarks/fuzz.py) in every test run.

The long run is by hand (`python benchmarks/fuzz.py --minutes 10`); this keeps the
harness itself working and catches a regression of anything it once found.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import fuzz

BUDGET = {"number": 400, "csv": 150, "workbook": 150, "yaml": 150, "pipeline": 25, "config": 100, "rules": 100,
          "apply": 15, "extract": 30}


@pytest.mark.parametrize("target", list(BUDGET))
def test_fuzz_smoke(target):
    # The budget is a number of examples, not seconds: a time bound fails under load for the wrong reason.
    failures = fuzz.run(target, BUDGET[target], seed_value=20240601)
    assert not failures, "\n\n".join(f"{f.error}\n{f.detail}" for f in failures)


@pytest.mark.parametrize("value,kind", [
    (10 ** 400, "number"),  # an integer no float can hold (a spreadsheet may store one)
    ("9" * 400, "money"),  # digits beyond float range
    (1e-05, "percent"),  # a float Python writes with an exponent
    (float("nan"), "number"),
    ("1" * 5000 + ",5", "number"),
])
def test_what_the_fuzzer_found_stays_fixed(value, kind):
    fuzz.check_number(value, kind)


def test_a_fix_on_a_line_holding_a_form_feed_is_applied_to_its_own_record():
    """Found by the `apply` target: the corrected copy split lines at \\f (str.splitlines) where the reader
    does not, so a fix landed on the wrong record, or past the end of a short one (IndexError)."""
    fuzz.check_apply("pegawai_gender", "level,no,pns,pppk,non_asn,blud,laki_laki,perempuan,jumlah,jenis_kelamin\n"
                                       "item,,,,,,,,,\nitem,,,,,,,,,\nitem,,,,\x0c,1.200,,,0,\n")


@pytest.mark.parametrize("damage", ["compression method", "encryption flag"])
def test_a_zip_directory_naming_what_zipfile_cannot_open_is_refused(damage, tmp_path):
    """Found by the `workbook` target (seed 6000): one flipped byte in the zip directory gave `xl/workbook.xml`
    an unsupported compression method (NotImplementedError) or the zip's own encryption flag (RuntimeError),
    which escaped the reader. The container check refuses both before any member is read."""
    from click.testing import CliRunner

    from audit.cli import main

    data = bytearray(fuzz.valid_workbook())
    offset = data.rfind(b"PK\x01\x02", 0, data.rfind(b"xl/workbook.xml") + 1)  # its central directory entry
    assert offset > 0
    if damage == "compression method":
        data[offset + 10] = 9  # deflate64
    else:
        data[offset + 8] |= 1
    fuzz.check_workbook(bytes(data), "fuzz.xlsx")  # an InputError, nothing else
    (tmp_path / "lap.xlsx").write_bytes(bytes(data))
    r = CliRunner().invoke(main, ["check", str(tmp_path / "lap.xlsx"), "--lang", "en"])
    assert r.exit_code == 2 and len(r.stderr.splitlines()) == 1, r.output
    assert "lap.xlsx:xl/workbook.xml: cannot read workbook" in r.stderr, r.stderr
