"""Start-up stays light: each command imports what it needs and nothing more (no timing here)."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import EXAMPLE

WRAPPER = """
import io, json, sys, contextlib
from audit.cli import main
out = io.StringIO()
try:
    with contextlib.redirect_stdout(out):
        main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""


def imported_by(*args: str) -> set[str]:
    """The top-level packages (and every `audit.` module) a fresh interpreter holds after `audit ARGS`."""
    done = subprocess.run([sys.executable, "-c", WRAPPER, *args], capture_output=True, text=True, check=True)
    names = json.loads(done.stdout.strip().splitlines()[-1])
    return {m.split(".")[0] for m in names} | {m for m in names if m.startswith("audit.")}


def test_help_imports_no_data_library():
    mods = imported_by("--help")
    assert not mods & {"pandera", "pandas", "numpy", "openpyxl", "rich", "hypothesis", "yaml"}


def test_check_of_a_csv_folder_as_json_needs_neither_the_workbook_reader_nor_rich_nor_hypothesis():
    mods = imported_by("check", str(EXAMPLE), "--format", "json")
    assert "pandera" in mods  # it did audit
    assert not mods & {"openpyxl", "rich", "hypothesis"}
    assert not any(m.startswith(("audit.document", "audit.ingest.workbook")) for m in mods)  # other readers


def test_batch_help_imports_no_data_library():
    mods = imported_by("batch", "--help")
    assert not mods & {"pandera", "pandas", "openpyxl", "rich", "hypothesis"}


def test_the_console_command_reports_what_the_cli_reports_in_process():
    """`python -m audit.cli` runs `audit.cli.run` (the console script's entry, which tunes the garbage
    collector for a short process): same findings and exit code as `main` called in-process."""
    from click.testing import CliRunner

    from audit.cli import main

    args = ["check", str(EXAMPLE), "-f", "json"]
    done = subprocess.run([sys.executable, "-m", "audit.cli", *args], capture_output=True, text=True)
    inside = CliRunner().invoke(main, args)
    assert done.returncode == inside.exit_code == 1

    def keys(text):
        return [(f["rule_id"], f["table"], f["row"], f["column"]) for f in json.loads(text)["findings"]]

    assert keys(done.stdout) == keys(inside.output) and keys(done.stdout)
