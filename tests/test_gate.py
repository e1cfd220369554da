"""The CI gate: configuration files, several formats in one run, waivers that survive a redraft."""
from __future__ import annotations

import json
import shutil
import textwrap

import yaml
from click.testing import CliRunner
from conftest import CORRECTED, EXAMPLE

from audit.cli import main
from audit.config import resolve


def invoke(*args):
    return CliRunner().invoke(main, list(map(str, args)))


def copy_example(tmp_path, name="laporan"):
    target = tmp_path / name
    shutil.copytree(EXAMPLE, target)
    return target


def test_config_is_found_by_walking_up_and_flags_win(tmp_path):
    folder = copy_example(tmp_path / "a" / "b")
    (tmp_path / "a" / "audit.toml").write_text(textwrap.dedent("""
        lang = "en"
        fail_on = "warning"
        ignore = ["MATCH03"]
        [severity]
        COUNT = "warning"
    """), encoding="utf-8")
    config = resolve(folder, fail_on="never")
    assert config.lang == "en" and config.fail_on == "never" and config.ignore == ("MATCH03",)
    assert config.source_of("lang").endswith("audit.toml") and config.source_of("fail_on") == "command line"
    r = invoke("check", folder, "-f", "json")
    data = json.loads(r.output)
    rules = {f["rule_id"] for f in data["findings"]}
    assert not any(x.startswith("MATCH03") for x in rules)
    assert {f["severity"] for f in data["findings"] if f["rule_id"] == "COUNT001"} == {"warning"}
    assert not [f["message"] for f in data["findings"] if "berbeda" in f["message"] or "tidak" in f["message"]]
    shown = invoke("config", folder).output
    assert "'en'" in shown and "audit.toml" in shown


def test_pyproject_tool_audit_section_and_select(tmp_path):
    folder = copy_example(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.audit]\nselect = ["SUM"]\n', encoding="utf-8")
    data = json.loads(invoke("check", folder, "-f", "json").output)
    assert data["findings"] and {f["rule_id"][:3] for f in data["findings"]} == {"SUM"}
    assert "[tool.audit]" in invoke("config", folder).output


def test_unknown_config_key_is_a_one_line_error_with_the_closest_name(tmp_path):
    folder = copy_example(tmp_path)
    (tmp_path / "audit.toml").write_text('ignor = ["SUM"]\n', encoding="utf-8")
    r = invoke("check", folder)  # said in the reader's language, not in pydantic's English
    assert r.exit_code == 2 and "kunci 'ignor' tidak dikenal (maksudnya 'ignore'?)" in r.output
    assert len(r.output.strip().splitlines()) == 1 and "Extra inputs" not in r.output
    r = invoke("check", folder, "--lang", "en")
    assert r.exit_code == 2 and "unknown key 'ignor' (did you mean 'ignore'?)" in r.output


def test_predikat_scale_override_from_config(tmp_path):
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "report.yaml").write_text("agency: X\nyear: 2023\npredikat_scale: [{min: 85, label: Sangat Baik}, "
                                        "{min: null, label: Baik}]\n", encoding="utf-8")
    (folder / "capaian_indikator.csv").write_text("indikator,capaian,predikat\nA,\"80,00\",Baik\n", encoding="utf-8")
    assert invoke("check", folder).exit_code == 0
    (tmp_path / "audit.toml").write_text('predikat_scale = [{min = 91, label = "Sangat Baik"}, {min = 76, label = '
                                         '"Cukup"}, {label = "Kurang"}]\n', encoding="utf-8")
    r = invoke("check", folder, "-f", "json")
    assert [f["rule_id"] for f in json.loads(r.output)["findings"]] == ["SCALE001"]


def test_several_formats_in_one_run(tmp_path):
    sarif, junit = tmp_path / "out.sarif", tmp_path / "out.xml"
    r = invoke("check", EXAMPLE, "-f", "rich", "-f", f"sarif:{sarif}", "-f", f"junit:{junit}")
    assert r.exit_code == 1 and "TIDAK LOLOS" in r.output
    assert json.loads(sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert junit.read_text(encoding="utf-8").startswith("<?xml")
    assert invoke("check", EXAMPLE, "-f", f"sarif:{sarif}").exit_code == 2  # exists: needs --force
    assert invoke("check", EXAMPLE, "-f", "json", "-f", "rich").exit_code == 2  # two formats on stdout


def test_baseline_waives_findings_and_survives_a_redraft(tmp_path):
    folder = copy_example(tmp_path)
    base = tmp_path / "audit-baseline.yaml"
    r = invoke("baseline", folder, "-o", base, "--reason", "diterima inspektorat")
    assert r.exit_code == 0 and base.exists()
    waivers = yaml.safe_load(base.read_text(encoding="utf-8"))["waivers"]
    assert len(waivers) == 36  # 28 errors, 8 warnings
    assert all(w["justification"] == "diterima inspektorat" for w in waivers)
    assert invoke("check", folder, "--baseline", base).exit_code == 0
    # a redraft: rows move (the last kegiatan block first, blank lines between), the waivers still hold
    path = folder / "realisasi_kegiatan.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    block = lines[45:52]  # kegiatan 14 and its sub kegiatan
    path.write_text(lines[0] + "".join(block) + ",,,,,,\n,,,,,,\n" + "".join(lines[1:45] + lines[52:]),
                    encoding="utf-8")
    r = invoke("check", folder, "--baseline", base, "-f", "json")
    data = json.loads(r.output)
    assert r.exit_code == 0, [f["rule_id"] for f in data["findings"] if not f["waived"]]
    assert data["summary"]["waived"] == 36


def test_expired_and_unused_waivers_are_reported(tmp_path):
    folder = copy_example(tmp_path)
    base = tmp_path / "b.yaml"
    invoke("baseline", folder, "-o", base, "--reason", "sementara", "--expires", "2020-01-01")
    r = invoke("check", folder, "--baseline", base, "-f", "json", "--lang", "en")
    data = json.loads(r.output)
    assert r.exit_code == 1
    assert sum(f["rule_id"] == "WAIVE001" for f in data["findings"]) == 36
    fixed = copy_example(tmp_path, "fixed")
    shutil.rmtree(fixed)
    shutil.copytree(CORRECTED, fixed)
    data = json.loads(invoke("check", fixed, "--baseline", base, "-f", "json").output)
    assert {f["rule_id"] for f in data["findings"]} == {"WAIVE002"}


def test_bad_baseline_is_a_clear_error(tmp_path):
    base = tmp_path / "b.yaml"
    base.write_text("waivers: [{fingerprint: x}]\n", encoding="utf-8")
    r = invoke("check", EXAMPLE, "--baseline", base)
    assert r.exit_code == 2 and "b.yaml" in r.output and "waivers.0" in r.output


def test_no_suggest_gives_the_same_findings_without_ranking_fixes(tmp_path):
    """A CI gate that only needs the verdict can skip the fix-suggestion ranking (the costliest stage)."""
    report = copy_example(tmp_path)
    ranked = json.loads(invoke("check", report, "-f", "json").stdout)
    plain = json.loads(invoke("check", report, "-f", "json", "--no-suggest").stdout)
    strip = lambda findings: [{k: v for k, v in f.items() if k != "suggestions"} for f in findings]  # noqa: E731
    assert strip(plain["findings"]) == strip(ranked["findings"]) and plain["summary"] == ranked["summary"]
    assert any(f["suggestions"] for f in ranked["findings"])
    assert not any(f["suggestions"] for f in plain["findings"])

    (tmp_path / "audit.toml").write_text("suggest = false\n", encoding="utf-8")
    assert not any(f["suggestions"] for f in json.loads(invoke("check", report, "-f", "json").stdout)["findings"])
    suggested = json.loads(invoke("check", report, "-f", "json", "--suggest").stdout)["findings"]
    assert any(f["suggestions"] for f in suggested)
    shown = invoke("config", report).stdout
    assert "suggest" in shown and "False" in shown and "audit.toml" in shown
