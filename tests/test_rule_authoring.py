"""Rule authoring without Python: examples as tests, a JSON Schema for editors, pack overrides."""
from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.errors import ConfigError
from audit.rules.pack import builtin_pack_dir, load_rules

ROOT = Path(__file__).resolve().parents[1]


def test_every_builtin_rule_has_examples_and_they_pass():
    from audit.rule_examples import run_examples

    results = run_examples()
    assert len(results) == 2 * len(load_rules())
    assert [r for r in results if not r.ok] == []


def test_audit_rules_test_reports_like_pytest(tmp_path):
    ok = CliRunner().invoke(main, ["rules", "test"])
    assert ok.exit_code == 0 and ok.output.strip().endswith(f"{2 * len(load_rules())} passed, 0 failed")
    (tmp_path / "mine.yaml").write_text(textwrap.dedent("""\
        pack: mine
        rules:
          - id: SUM901
            kind: sum
            title: {id: uji}
            params: {table: belanja, columns: [anggaran], parts: {where: {level: item}}, total: {where: {level: total}}}
            examples:
              pass:
                tables: {belanja: "level,jenis_belanja,anggaran\\nitem,A,1\\nitem,B,2\\ntotal,J,3\\n"}
              fail:
                tables: {belanja: "level,jenis_belanja,anggaran\\nitem,A,1\\nitem,B,2\\ntotal,J,4\\n"}
                expect: [[belanja, 3, anggaran]]
    """), encoding="utf-8")
    bad = CliRunner().invoke(main, ["rules", "test", str(tmp_path)])
    assert bad.exit_code == 1
    assert "FAIL SUM901 fail: expected [('belanja', 3, 'anggaran')], got [('belanja', 4, 'anggaran')]" in bad.output


def test_json_schema_is_committed_current_and_referenced_by_every_pack():
    from audit.rules.registry import KINDS
    from audit.rules.schema import pack_schema

    committed = json.loads((ROOT / "docs" / "rule-pack.schema.json").read_text(encoding="utf-8"))
    assert committed == pack_schema(), "regenerate: audit rules schema > docs/rule-pack.schema.json"
    kinds = {v["properties"]["kind"]["const"] for k, v in committed["$defs"].items() if k.endswith("Rule")
             and "const" in v["properties"]["kind"]}
    assert kinds == set(KINDS)  # every kind found, built in or from a plugin, and nothing else
    for pack in builtin_pack_dir().glob("*.yaml"):
        if not pack.name.endswith(".examples.yaml"):
            assert pack.read_text(encoding="utf-8").startswith(
                "# yaml-language-server: $schema=../docs/rule-pack.schema.json")


def test_shipped_pack_validates_against_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    from audit.rules.schema import pack_schema

    data = yaml.safe_load((builtin_pack_dir() / "lkjip-core.yaml").read_text(encoding="utf-8"))
    jsonschema.validate(data, pack_schema())


def test_a_pack_extends_another_and_overrides_single_rules(tmp_path):
    (tmp_path / "daerah.yaml").write_text(textwrap.dedent("""\
        pack: lumajang
        extends: [lkjip-core]
        overrides:
          - id: RATIO005
            severity: warning
            tolerance: 0.5
          - id: COUNT001
            enabled: false
          - id: SUM022
            message: {id: "Kegiatan tidak sama dengan sub kegiatannya", en: "Kegiatan is not its sub-kegiatan"}
    """), encoding="utf-8")
    rules = {r.id: r for r in load_rules((str(tmp_path),))}
    assert rules["RATIO005"].rule.severity == "warning" and rules["RATIO005"].rule.tolerance == 0.5
    assert "COUNT001" not in rules
    assert rules["SUM022"].rule.message.en == "Kegiatan is not its sub-kegiatan"
    assert rules["SUM022"].rule.title.id.startswith("Kegiatan tidak sama")  # the rest is kept


@pytest.mark.parametrize("text,words", [
    ("pack: x\nextends: [lkjip-cor]\n", ["extends 'lkjip-cor'", "did you mean 'lkjip-core'"]),
    ("pack: x\noverrides:\n  - id: RATIO05\n    severity: info\n", ["unknown rule 'RATIO05'", "did you mean"]),
    ("pack: x\noverrides:\n  - id: RATIO005\n    severity: fatal\n", ["severity"]),
])
def test_bad_extends_or_overrides_are_clear_errors(tmp_path, text, words):
    (tmp_path / "p.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_rules((str(tmp_path),))
    message = exc.value.render("en")
    assert "p.yaml:" in message and all(w in message for w in words)


def test_rules_validate_checks_a_pack_alone(tmp_path):
    (tmp_path / "p.yaml").write_text("pack: x\nrules:\n  - id: SUM901\n    kind: summ\n    title: {id: x}\n",
                                     encoding="utf-8")
    r = CliRunner().invoke(main, ["rules", "validate", str(tmp_path / "p.yaml")])
    assert r.exit_code == 2 and "did you mean 'sum'" in r.output
    assert CliRunner().invoke(main, ["rules", "validate", str(builtin_pack_dir() / "lkjip-core.yaml")]).exit_code == 0
