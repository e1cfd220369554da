"""The shipped pre-commit hook and GitHub Action definitions work as documented."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import CORRECTED, EXAMPLE, ROOT


def _action() -> dict:
    return yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def test_action_definition_runs_the_gate_and_uploads_sarif():
    action = _action()
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    audit_step = next(s for s in steps if s.get("id") == "audit")
    assert "audit check" in audit_step["run"] and "--format github" in audit_step["run"]
    upload = next(s for s in steps if "upload-sarif" in s.get("uses", ""))
    assert upload["if"].startswith("always()")
    assert set(action["inputs"]) >= {"path", "fail-on", "lang"}
    assert set(action["outputs"]) == {"errors", "warnings", "verdict"}
    assert all("steps.audit.outputs." in o["value"] for o in action["outputs"].values())


def test_no_action_input_is_pasted_into_a_script():
    """`${{ inputs.x }}` in a `run:` would be script injection: inputs go through `env:`."""
    for step in _action()["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), step


def _run_audit_step(tmp_path, path, **inputs):
    """The action's audit step, run locally as the runner runs it: bash, the inputs as its `env:` maps them."""
    step = next(s for s in _action()["runs"]["steps"] if s.get("id") == "audit")
    defaults = {name: spec.get("default", "") for name, spec in _action()["inputs"].items()}
    values = {**defaults, "path": str(path), "sarif": str(tmp_path / "out" / "audit.sarif"), **inputs}
    env = {**os.environ, "GITHUB_OUTPUT": str(tmp_path / "output"), "GITHUB_STEP_SUMMARY": str(tmp_path / "summary"),
           "RUNNER_TEMP": str(tmp_path), "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    for name, template in step["env"].items():
        env[name] = values[re.fullmatch(r"\$\{\{ inputs\.([\w-]+) \}\}", template).group(1)]
    script = tmp_path / "step.sh"
    script.write_text(step["run"], encoding="utf-8")
    proc = subprocess.run(["bash", "-e", str(script)], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=600)
    outputs = dict(line.split("=", 1) for line in (tmp_path / "output").read_text(encoding="utf-8").splitlines())
    sarif = json.loads((tmp_path / "out" / "audit.sarif").read_text(encoding="utf-8"))
    return proc, outputs, sarif, (tmp_path / "summary").read_text(encoding="utf-8")


def test_action_step_on_a_report_with_errors(tmp_path):
    proc, outputs, sarif, summary = _run_audit_step(tmp_path, EXAMPLE)
    assert proc.returncode == 1, proc.stderr
    expected = json.loads(subprocess.run([sys.executable, "-m", "audit.cli", "check", str(EXAMPLE), "-f", "json",
                                          "--no-suggest"], capture_output=True, text=True).stdout)["summary"]
    assert outputs == {"errors": str(expected["error"]), "warnings": str(expected["warning"]), "verdict": "fail"}
    assert expected["error"] > 0
    assert len(sarif["runs"][0]["results"]) == expected["error"] + expected["warning"] + expected["info"]
    assert "TIDAK LOLOS" in summary and "MATCH013" in summary
    assert "::error " in proc.stdout  # the annotations


def test_action_step_on_a_clean_report_in_english(tmp_path):
    proc, outputs, sarif, summary = _run_audit_step(tmp_path, CORRECTED, lang="en")
    assert proc.returncode == 0, proc.stderr
    assert outputs == {"errors": "0", "warnings": "0", "verdict": "pass"}
    assert sarif["runs"][0]["results"] == [] and "PASS" in summary


def test_action_step_writes_sarif_and_summary_when_the_report_cannot_be_read(tmp_path):
    broken = tmp_path / "rusak"
    broken.mkdir()
    (broken / "report.yaml").write_text("agency: [\n", encoding="utf-8")
    proc, outputs, sarif, summary = _run_audit_step(tmp_path, broken)
    assert proc.returncode == 2
    assert outputs == {"errors": "", "warnings": "", "verdict": "error"}
    run = sarif["runs"][0]
    assert run["results"] == [] and run["invocations"][0]["executionSuccessful"] is False
    problem = run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]
    assert "YAML tidak valid" in problem and "rusak" in problem and problem in summary


def test_action_inputs_cannot_run_commands(tmp_path):
    """A hostile input is a file name, not shell: nothing is executed, the audit says the path is missing."""
    proc, outputs, _sarif, summary = _run_audit_step(tmp_path, '$(touch pwned-1)"; touch pwned-2; echo "',
                                                     lang="id`touch pwned-3`")
    assert proc.returncode == 2 and outputs["verdict"] == "error"
    assert not list(tmp_path.glob("pwned*")) and not list(Path.cwd().glob("pwned*"))


def _hook_sections(out: str) -> dict[str, str]:
    """pre-commit's verbose output, split by hook name (the line `name....Passed/Failed` opens a section)."""
    sections: dict[str, str] = {}
    current = None
    for line in out.splitlines():
        head = re.match(r"^(lkjip-audit[^.]*?)\.{3,}", line)
        if head:
            current = head.group(1).strip()
            sections[current] = line + "\n"
        elif current:
            sections[current] += line + "\n"
    return sections


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_hooks_audit_the_report_of_each_changed_file(tmp_path):
    """An edit to one table audits its folder; a document is audited; a README or a stray file is not."""
    repo = tmp_path / "repo"
    shutil.copytree(EXAMPLE, repo / "laporan")
    shutil.copytree(CORRECTED, repo / "perbaikan")
    shutil.copy(ROOT / "examples" / "jatiroto-2023.md", repo / "dokumen.md")
    (repo / "README.md").write_text("# Laporan kinerja\n\nBukan LKjIP.\n", encoding="utf-8")
    (repo / "catatan.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "--verbose",
         "--files", "laporan/lppd.csv", "perbaikan/lppd.csv", "perbaikan/iku.csv", "dokumen.md", "README.md",
         "laporan/README.md", "catatan.csv"],
        cwd=repo, capture_output=True, text=True, env=env, timeout=900)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out[-3000:]
    hooks = _hook_sections(out)
    assert set(hooks) == {"lkjip-audit (LKjIP consistency)", "lkjip-audit documents (LKjIP consistency)"}, out[-3000:]
    tables = hooks["lkjip-audit (LKjIP consistency)"]
    assert "Failed" in tables and "(no files to check)" not in tables
    # each folder audited once (two changed tables of perbaikan), the faithful one failing, the corrected passing
    assert tables.count("Sumber: laporan") == 1 and tables.count("Sumber: perbaikan") == 1, tables
    assert "TIDAK LOLOS" in tables and "Hasil: LOLOS" in tables
    assert "catatan.csv" not in tables
    documents = hooks["lkjip-audit documents (LKjIP consistency)"]
    assert "Failed" in documents and "Sumber: dokumen.md" in documents and "TIDAK LOLOS" in documents, documents
    assert "README" not in documents
