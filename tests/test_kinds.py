"""Every rule kind against small hand-made tables (tests/cases/KIND.yaml).

One generic test runs them all: each case names its tables, one rule, and the
(table, csv line, column) of every finding it must produce, no more, no less.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers import write_report

from audit.model import say

CASES = [
    (path.stem, case)
    for path in sorted((Path(__file__).parent / "cases").glob("*.yaml"))
    for case in yaml.safe_load(path.read_text(encoding="utf-8"))
]


def run_case(tmp_path, case):
    from audit.rules.engine import run_rules
    from audit.rules.pack import load_pack_text
    from audit.sources import read_report

    if "document" in case:  # document-level kinds read a markdown document
        source = tmp_path / "laporan.md"
        source.write_text(case["document"], encoding="utf-8")
    else:
        source = write_report(tmp_path / "report", case["tables"], case.get("meta"))
    rule = {"id": "TEST001", "title": {"id": "uji", "en": "test"}, **case["rule"]}
    rules = load_pack_text(yaml.safe_dump({"pack": "test", "rules": [rule]}), "test.yaml")
    report = read_report(source)
    assert not [p for p in report.problems if p.severity.value == "error"], report.problems
    findings, skipped = run_rules(rules, report, debug=True)
    assert not skipped
    return findings


@pytest.mark.parametrize("kind,case", CASES, ids=[f"{k}: {c['name']}" for k, c in CASES])
def test_case(tmp_path, kind, case):
    assert case["rule"]["kind"] == kind
    findings = run_case(tmp_path, case)
    got = sorted(((f.table, f.location.line, f.column) for f in findings), key=str)
    want = sorted((tuple(e) for e in case["expect"]), key=str)
    assert got == want
    if "hint" in case:
        hints = [say(f.hint, "id") or "" for f in findings]
        assert any(case["hint"] in hint for hint in hints), hints


def test_every_kind_has_passing_and_failing_cases():
    from audit.rules.registry import KINDS, load_builtin_kinds

    load_builtin_kinds()
    for name in KINDS:
        cases = [c for k, c in CASES if k == name]
        assert any(not c["expect"] for c in cases), f"{name} has no passing case"
        assert any(c["expect"] for c in cases), f"{name} has no failing case"
