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


LEAVE = """
import atexit, sys, threading, time
from audit.cli import _leave
atexit.register(lambda: print("atexit ran", flush=True))
if sys.argv[1] == "thread":
    threading.Thread(target=lambda: (time.sleep(0.2), print("thread done", flush=True))).start()
sys.stdout.write("report")  # not flushed yet
_leave({"0": 0, "3": 3, "none": None, "text": "a message", "thread": 4}[sys.argv[1]])
print("never printed")
"""


def test_the_console_command_ends_as_sys_exit_would():
    """`run` ends the process without the interpreter's teardown (`_leave`): the exit status, what was
    written to stdout and the `atexit` functions are those of `sys.exit`; a thread still running is waited for."""
    def leave(code):
        return subprocess.run([sys.executable, "-c", LEAVE, code], capture_output=True, text=True)

    for code, status in (("0", 0), ("3", 3), ("none", 0)):
        done = leave(code)
        assert (done.returncode, done.stdout) == (status, "reportatexit ran\n")
    done = leave("text")
    assert (done.returncode, done.stdout, done.stderr) == (1, "reportatexit ran\n", "a message\n")
    done = leave("thread")
    assert done.returncode == 4 and "thread done" in done.stdout and "atexit ran" in done.stdout
