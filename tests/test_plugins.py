"""Rule kinds and tables from other packages, through entry points (examples/plugin-example)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

PLUGIN = ROOT / "examples" / "plugin-example"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    target = tmp_path_factory.mktemp("plugin-site")
    source = tmp_path_factory.mktemp("plugin-src") / "plugin"
    shutil.copytree(PLUGIN, source)
    proc = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
                           str(source)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return target


def audit_cli(site, cwd, *args):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-m", "audit.cli", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, env=env)


def test_plugin_kind_and_table_are_found_and_used(site, tmp_path):
    rules = PLUGIN / "rules"
    listing = audit_cli(site, tmp_path, "rules", "--rules", rules)
    assert listing.returncode == 0, listing.stderr
    assert "PGD001    range" in listing.stdout and "[pengaduan]" in listing.stdout
    tested = audit_cli(site, tmp_path, "rules", "test", rules)
    assert tested.returncode == 0 and "PASS PGD001 fail" in tested.stdout, tested.stdout + tested.stderr
    report = tmp_path / "laporan"
    report.mkdir()
    (report / "report.yaml").write_text("agency: Contoh\nyear: 2023\n", encoding="utf-8")
    (report / "pengaduan.csv").write_text("Bulan,Pengaduan Masuk,Pengaduan Selesai,% Selesai\n"
                                          "Januari,10,12,120%\nFebruari,8,8,100%\n", encoding="utf-8")
    checked = audit_cli(site, tmp_path, "check", report, "--rules", rules, "-f", "json")
    assert checked.returncode == 1, checked.stderr
    found = {(f["rule_id"], f["location"]["cell"]) for f in json.loads(checked.stdout)["findings"]}
    assert ("PGD001", "D2") in found


def test_without_the_plugin_its_pack_is_a_clear_error(tmp_path):
    r = subprocess.run([sys.executable, "-m", "audit.cli", "rules", "--rules", str(PLUGIN / "rules")], cwd=tmp_path,
                       capture_output=True, text=True)
    assert r.returncode == 2 and "jenis 'range' tidak dikenal" in r.stderr + r.stdout
    r = subprocess.run([sys.executable, "-m", "audit.cli", "rules", "--lang", "en", "--rules", str(PLUGIN / "rules")],
                       cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 2 and "unknown kind 'range'" in r.stderr + r.stdout
