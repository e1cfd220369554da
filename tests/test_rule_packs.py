"""Rule packs are validated before anything runs; errors name file, line and the closest valid name."""
from __future__ import annotations

import textwrap

import pytest
from helpers import GOOD_RULE

from audit.errors import ConfigError
from audit.rules.pack import load_pack, load_pack_text, load_rules


def error_of(text: str) -> ConfigError:
    with pytest.raises(ConfigError) as exc:
        load_pack_text(textwrap.dedent(text), "mine.yaml")
    return exc.value


def test_a_valid_pack_loads():
    [rule] = load_pack_text(GOOD_RULE, "mine.yaml")
    assert rule.id == "SUM901" and rule.tables() == ["realisasi_program"]


@pytest.mark.parametrize("change,line,words", [
    (("kind: sum", "kind: summ"), "4", ["unknown kind 'summ'", "did you mean 'sum'"]),
    (("title: {id: uji}", "titel: {id: uji}"), "5", ["titel", "did you mean 'title'"]),
    (("table: realisasi_program", "table: realisasi_programs"), "7",
     ["unknown table 'realisasi_programs'", "did you mean 'realisasi_program'"]),
    (("columns: [pagu]", "columns: [paguu]"), "8", ["no column 'paguu'", "did you mean 'pagu'"]),
    (("parts: {where: {level: item}}", "part: {where: {level: item}}"), "9", ["part", "did you mean 'parts'"]),
    (("id: SUM901", "id: sum-1"), "3", ["id"]),
    (("    kind: sum\n", "    kind: sum\n    tolerance: lots\n"), "5", ["tolerance"]),
    (("columns: [pagu]", "columns: [pagu"), None, ["invalid YAML"]),
])
def test_errors_point_at_file_and_line(change, line, words):
    err = error_of(GOOD_RULE.replace(*change))
    text = err.render("en")
    assert text.startswith("mine.yaml:" + (line + ":" if line else ""))
    for w in words:
        assert w in text
    assert "\n" not in text


def test_error_is_in_the_users_language():
    err = error_of(GOOD_RULE.replace("kind: sum", "kind: summ"))
    assert "paket aturan tidak valid" in err.render("id")
    assert "invalid rule pack" in err.render("en")


def test_yaml_is_loaded_safely():
    err = error_of(GOOD_RULE.replace("title: {id: uji}", "title: !!python/object/apply:os.system ['true']"))
    assert "invalid YAML" in err.render("en")


def test_builtin_packs_load_and_every_rule_is_documented():
    rules = load_rules()
    assert len(rules) >= 40
    ids = [r.id for r in rules]
    assert len(ids) == len(set(ids))
    for r in rules:
        assert r.rule.title.id and r.rule.title.en, r.id
        if r.rule.message:
            assert r.rule.message.en, r.id
    assert {r.rule.kind for r in rules} == {"sum", "match", "ratio", "scale", "count", "document", "claim", "generic",
                                          "staff_count", "attainable", "within", "balance", "split_sum", "weighted",
                                          "times", "band", "remark", "named_total", "worded", "bed_use",
                                          "death_rates"}


def test_extra_pack_overrides_a_builtin_rule_by_id(tmp_path):
    (tmp_path / "local.yaml").write_text(textwrap.dedent("""\
        pack: local
        rules:
          - id: COUNT001
            kind: count
            enabled: false
            title: {id: dimatikan}
            params: {table: pembinaan_desa}
    """), encoding="utf-8")
    assert "COUNT001" not in [r.id for r in load_rules((str(tmp_path),))]
    assert "COUNT001" in [r.id for r in load_rules()]


def test_every_builtin_pack_file_validates_alone():
    from audit.rules.pack import pack_files

    files = pack_files()
    assert files and all(not f.name.endswith(".examples.yaml") for f in files)
    for path in files:
        assert load_pack(path)


def test_docs_rules_md_is_current():
    from pathlib import Path

    from audit.rules.docs import rules_markdown

    committed = (Path(__file__).resolve().parents[1] / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == rules_markdown(load_rules()), "regenerate: python -m audit.rules.docs > docs/rules.md"


def test_audit_rules_lists_every_rule():
    from click.testing import CliRunner

    from audit.cli import main

    out = CliRunner().invoke(main, ["rules", "--lang", "en"]).output
    for r in load_rules():
        assert r.id in out
    assert "Staff total per education level differs from its parts" in out


def test_audit_explain_prints_the_rule_documentation():
    from click.testing import CliRunner

    from audit.cli import main

    out = CliRunner().invoke(main, ["explain", "sum022", "--lang", "en"])
    assert out.exit_code == 0
    assert out.output.startswith("SUM022: Kegiatan differs from the sum of its sub-kegiatan")
    assert "Permendagri 90/2019" in out.output and "hierarchy:" in out.output and "lkjip-core.yaml:" in out.output
    bad = CliRunner().invoke(main, ["explain", "SUM02"])
    assert bad.exit_code == 2 and "aturan 'SUM02' tidak dikenal (maksudnya 'SUM0" in bad.output


def test_audit_explain_says_how_the_kind_works_in_the_readers_language():
    from click.testing import CliRunner

    from audit.cli import main
    from audit.rules.registry import KINDS

    for r in load_rules():
        kind = KINDS[r.rule.kind]
        said = dict(kind.summary)
        assert said.get("id") and said.get("en") and said["id"] != said["en"], r.rule.kind  # every built-in kind
    indonesian = CliRunner().invoke(main, ["explain", "SUM022"]).output
    english = CliRunner().invoke(main, ["explain", "SUM022", "--lang", "en"]).output
    assert "Cara kerja: Rincian menjumlah ke totalnya" in indonesian and "Parts add up" not in indonesian
    assert "How it works: Parts add up to their total" in english


def test_every_builtin_rule_says_why_it_matters_in_both_languages():
    for r in load_rules():
        assert r.rule.why is not None and r.rule.why.id and r.rule.why.en, r.id
