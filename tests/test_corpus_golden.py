"""The layout corpus as a golden test: what the tool reads and finds on LKjIPs of other agencies.

Every corpus document (tests/corpus/, markdown form) is audited clean and with its
injected mistakes (`benchmarks/layouts.py`). The issue's bar is held outright: no error
on any clean version, and at least 95% of the numeric tables read and of the injected
mistakes found. Which tables are read and which mistakes are missed is compared with
the reviewed golden file; regenerate with UPDATE_GOLDEN=1 and read the diff.
"""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "layout-corpus.json"


def _benchmark():
    spec = importlib.util.spec_from_file_location("layouts", ROOT / "benchmarks" / "layouts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def measured() -> dict[str, dict]:
    layouts = _benchmark()
    return {folder.name: layouts.measure(folder, "md") for folder in layouts.documents()}


def _summary(row: dict) -> dict:
    return {"tables": [row["tables_recognised"], row["tables_present"]],
            "mistakes": [row["mistakes_found"], row["mistakes_injected"]],
            "clean_errors": row["clean_errors"],
            "missed": sorted(str(m) for m in row["missed"])}


def test_no_error_on_any_clean_version(measured):
    assert {name: row["clean_errors"] for name, row in measured.items() if row["clean_errors"]} == {}


def test_most_tables_are_read_and_most_mistakes_found(measured):
    read = sum(r["tables_recognised"] for r in measured.values()) / sum(r["tables_present"] for r in measured.values())
    found = sum(r["mistakes_found"] for r in measured.values()) / sum(r["mistakes_injected"] for r in measured.values())
    assert read >= 0.95 and found >= 0.95, (read, found)


def test_the_corpus_reads_as_reviewed(measured):
    got = {name: _summary(row) for name, row in sorted(measured.items())}
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(GOLDEN.read_text(encoding="utf-8"))
