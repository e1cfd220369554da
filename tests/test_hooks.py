"""The shipped pre-commit hook and GitHub Action definitions work as documented."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
import yaml
from conftest import CORRECTED, EXAMPLE, ROOT


def test_action_definition_runs_the_gate_and_uploads_sarif():
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    audit_step = next(s for s in steps if s.get("id") == "audit")
    assert "audit check" in audit_step["run"] and "--format github" in audit_step["run"]
    assert "sarif:${{ inputs.sarif }}" in audit_step["run"]
    assert any("upload-sarif" in s.get("uses", "") for s in steps)
    assert set(action["inputs"]) >= {"path", "fail-on", "lang"}


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_hook_refuses_a_report_with_errors(tmp_path):
    repo = tmp_path / "repo"
    shutil.copytree(EXAMPLE, repo / "laporan")
    shutil.copytree(CORRECTED, repo / "perbaikan")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "lkjip-audit", "--verbose",
         "--files", "laporan/report.yaml", "perbaikan/report.yaml", "perbaikan/iku.csv"],
        cwd=repo, capture_output=True, text=True, env=env, timeout=900)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out[-3000:]
    assert "Failed" in out and "TIDAK LOLOS" in out and "Hasil: LOLOS" in out
