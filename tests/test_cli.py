"""The `audit` command as a user and a CI job meet it."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CORRECTED, EXAMPLE, ROOT
from helpers import write_report

from audit.cli import main

GOLDEN = Path(__file__).parent / "golden"
ANSI = re.compile(r"\x1b\[")


def invoke(*args, env=None):
    return CliRunner().invoke(main, list(map(str, args)), env=env)


def test_check_example_exits_1_and_shows_the_verdict_first():
    r = invoke("check", EXAMPLE)
    assert r.exit_code == 1
    lines = r.output.splitlines()
    assert "Audit LKjIP · Kecamatan Jatiroto · Tahun 2023" in lines[0]
    assert "TIDAK LOLOS" in lines[1] and "galat" in lines[1]
    assert "realisasi_kegiatan.csv!F44" in r.output
    assert "tertulis 1.800.000 · seharusnya 2.400.000 · selisih −600.000" in r.output


def test_corrected_example_exits_0():
    r = invoke("check", CORRECTED)
    assert r.exit_code == 0, r.output
    assert "LOLOS" in r.output and "Tidak ada temuan" in r.output


def test_report_fits_80_columns_without_colour_when_not_a_terminal():
    r = invoke("check", EXAMPLE)
    assert not ANSI.search(r.output)
    assert max(len(line) for line in r.output.splitlines()) <= 80


def test_no_color_env_is_honoured_even_when_colour_is_asked_for_by_the_terminal():
    r = invoke("check", EXAMPLE, env={"NO_COLOR": "1", "TERM": "xterm-256color"})
    assert not ANSI.search(r.output)


def test_english_messages_and_no_indonesian_engine_words():
    r = invoke("check", EXAMPLE, "--lang", "en")
    assert "FAIL" in r.output and "errors" in r.output
    assert "written 1.800.000" not in r.output  # numbers as an English reader writes them
    assert "written 1,800,000 · expected 2,400,000" in r.output
    for word in ("tertulis", "seharusnya", "selisih", "galat", "TIDAK LOLOS", "lihat juga"):
        assert word not in r.output


def test_fail_on_never_and_info():
    assert invoke("check", EXAMPLE, "--fail-on", "never").exit_code == 0
    assert invoke("check", CORRECTED, "--fail-on", "info").exit_code == 0


def test_fail_on_threshold_counts_warnings(tmp_path):
    folder = write_report(tmp_path / "r", {"realisasi_program": """
        level,no,program,pagu,realisasi,capaian
        item,1,A,"1.000","900","1.200"
    """})
    # the ambiguous "1.200" is a warning: it fails only at --fail-on warning
    assert invoke("check", folder).exit_code == 0
    assert invoke("check", folder, "--fail-on", "warning").exit_code == 1


def test_json_output_shape_and_stability(tmp_path):
    out1, out2 = tmp_path / "a.json", tmp_path / "b.json"
    assert invoke("check", EXAMPLE, "--format", "json", "-o", out1).exit_code == 1
    invoke("check", EXAMPLE, "--format", "json", "-o", out2)
    assert out1.read_bytes() == out2.read_bytes()
    data = json.loads(out1.read_text(encoding="utf-8"))
    assert set(data) == {"report", "summary", "findings"}
    assert data["report"]["agency"] == "Kecamatan Jatiroto" and data["report"]["year"] == 2023
    by_severity = [f["severity"] for f in data["findings"]]
    assert (data["summary"]["error"], data["summary"]["warning"]) == (by_severity.count("error"),
                                                                     by_severity.count("warning"))
    required = {"rule_id", "severity", "table", "row", "column", "location", "actual", "expected", "delta", "message"}
    for f in data["findings"]:
        assert required <= set(f)
        assert set(f["location"]) == {"file", "sheet", "cell", "line", "page"}
    keys = [(f["table"], f["location"]["line"] or 0, f["rule_id"]) for f in data["findings"]]
    assert keys == sorted(keys)


def test_json_golden(monkeypatch):
    """The whole JSON report of the example, reviewed: regenerate with UPDATE_GOLDEN=1 and read the diff."""
    monkeypatch.chdir(ROOT)
    r = invoke("check", "examples/jatiroto-2023", "--format", "json")
    golden = GOLDEN / "jatiroto-2023.json"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(r.output, encoding="utf-8")
    assert r.output == golden.read_text(encoding="utf-8")


def test_terminal_golden(monkeypatch):
    monkeypatch.chdir(ROOT)
    r = invoke("check", "examples/jatiroto-2023")
    golden = GOLDEN / "jatiroto-2023.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(r.output, encoding="utf-8")
    assert r.output == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("make,message_id,message_en", [
    (lambda p: p / "nope", "berkas atau folder tidak ditemukan", "file or folder not found"),
    (lambda p: (p / "x.txt").write_text("hi") and p / "x.txt", "jenis masukan tidak didukung", "unsupported input"),
    (lambda p: (p / "d").mkdir() or p / "d", "report.yaml tidak ada", "report.yaml is missing"),
    (lambda p: write_report(p / "y", {}, {"year": "dua ribu"}), "metadata tidak valid", "invalid metadata"),
    (lambda p: (p / "bad.xlsx").write_text("not a zip") and p / "bad.xlsx", "workbook tidak dapat dibaca",
     "cannot read workbook"),
])
def test_bad_input_is_one_line_exit_2_in_the_users_language(tmp_path, make, message_id, message_en):
    path = make(tmp_path)
    for lang, message in (("id", message_id), ("en", message_en)):
        r = CliRunner().invoke(main, ["check", str(path), "--lang", lang])
        assert r.exit_code == 2
        err = r.output.strip()
        assert len(err.splitlines()) == 1 and message in err and "Traceback" not in err
        assert str(path.name) in err


def test_a_fault_of_the_tool_is_not_blamed_on_the_report(monkeypatch):
    """A bug of lkjip-audit (here: a rule engine that raises) is one line saying so, not an input error."""
    import audit.api

    def broken(*args, **kwargs):
        raise KeyError("realisasi")

    monkeypatch.setattr(audit.api, "check_report", broken)
    for lang, said, not_said in (("id", "galat internal lkjip-audit", "galat masukan"),
                                 ("en", "internal error in lkjip-audit", "input error")):
        r = invoke("check", EXAMPLE, "--lang", lang)
        assert r.exit_code == 2
        err = r.output.strip()
        assert len(err.splitlines()) == 1 and said in err and "--debug" in err and not_said not in err
        assert "KeyError" in err and "Traceback" not in err


def test_an_output_file_that_cannot_be_written_is_a_file_error_naming_it(tmp_path):
    (tmp_path / "catatan").write_text("a file, not a folder")
    target = tmp_path / "catatan" / "hasil.json"
    r = invoke("check", CORRECTED, "-f", f"json:{target}", "--lang", "en")
    assert r.exit_code == 2
    err = r.output.strip()
    assert len(err.splitlines()) == 1 and err.startswith("file error: ") and "catatan" in err
    assert "internal" not in err


def test_debug_shows_the_traceback(tmp_path):
    r = CliRunner().invoke(main, ["check", str(tmp_path / "nope"), "--debug"])
    assert r.exit_code != 0 and r.exception is not None


def test_console_script_runs_from_any_directory(tmp_path):
    exe = Path(sys.executable).with_name("audit")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "audit.cli"]
    proc = subprocess.run(cmd + ["check", str(CORRECTED)], cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "LOLOS" in proc.stdout


def test_a_folder_holding_one_document_is_that_document(tmp_path):
    """A reviewer's folder per agency (`laporan.md` beside its `laporan.yaml`, no report.yaml, no table): audited as
    its document (before: read as a folder of tables, `report.yaml is missing`). Two documents say no one report:
    the folder is read as tables and says what it lacks."""
    import shutil

    source = ROOT / "tests" / "wild" / "dinsos-dumai-sasaran"
    folder = tmp_path / "dumai"
    shutil.copytree(source, folder)
    r = CliRunner().invoke(main, ["check", str(folder), "-f", "json", "--fail-on", "never"])
    assert r.exit_code == 0
    found = json.loads(r.output)
    assert found["report"]["source"].endswith("laporan.md")
    assert "RATIO012" in {f["rule_id"] for f in found["findings"]}
    shutil.copy(folder / "laporan.md", folder / "lampiran.md")
    r = CliRunner().invoke(main, ["check", str(folder), "--lang", "en"])
    assert r.exit_code == 2 and "report.yaml is missing" in r.output
