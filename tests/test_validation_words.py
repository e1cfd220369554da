"""pydantic's own words (`Extra inputs are not permitted`, `Input should be ...`) never reach a user: a bad
report.yaml, audit.toml or rule pack is said in the reader's language, the value expected in words
(issue #17 item 7)."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE
from helpers import GOOD_RULE
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from audit.cli import main
from audit.errors import ConfigError, validation_text
from audit.message import say
from audit.rules.pack import load_pack_text

PYDANTIC_ENGLISH = ("Extra inputs", "Input should", "Field required", "valid integer", "valid boolean")


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    mode: str = Field("a", pattern="^(a|b)$")
    count: int = Field(0, ge=1)
    flag: bool = False
    level: int = 0


def error(data: dict) -> dict:
    with pytest.raises(ValidationError) as exc:
        Settings.model_validate(data)
    return exc.value.errors()[0]


@pytest.mark.parametrize("data,indonesian,english", [
    ({"levle": 1}, "kunci 'levle' tidak dikenal (maksudnya 'level'?)", "unknown key 'levle' (did you mean 'level'?)"),
    ({"count": 0}, "'count' harus paling kecil 1, bukan 0", "'count' must be at least 1, not 0"),
    ({"flag": "mungkin"}, "'flag' harus true atau false, bukan 'mungkin'",
     "'flag' must be true or false, not 'mungkin'"),
    ({"level": "satu"}, "'level' harus bilangan bulat, bukan 'satu'", "'level' must be a whole number, not 'satu'"),
    ({"mode": "c"}, "'mode' harus salah satu dari a, b, bukan 'c'", "'mode' must be one of a, b, not 'c'"),
])
def test_pydantic_errors_in_both_languages(data, indonesian, english):
    said = validation_text(error(data), Settings.model_fields)
    assert say(said, "id") == indonesian and say(said, "en") == english


def test_an_error_of_an_unknown_kind_is_framed_in_the_readers_language():
    said = validation_text({"type": "too_long", "loc": ("desa",), "msg": "List should have at most 3 items"})
    assert say(said, "id").startswith("'desa' tidak valid (") and say(said, "en").startswith("'desa' is not valid (")


def run(*args) -> str:
    r = CliRunner().invoke(main, [str(a) for a in args])
    assert r.exit_code == 2, r.output
    return r.output


@pytest.mark.parametrize("toml,indonesian,english", [
    ('fail_on = "kadang"\n', "'fail_on' harus salah satu dari error, warning, info, never, bukan 'kadang'",
     "'fail_on' must be one of error, warning, info, never, not 'kadang'"),
    ('min_coverage = "banyak"\n', "'min_coverage' harus angka, bukan 'banyak'",
     "'min_coverage' must be a number, not 'banyak'"),
    ('[severity]\nSUM001 = "besar"\n', "'severity.SUM001' harus salah satu dari error, warning, info, bukan 'besar'",
     "'severity.SUM001' must be one of error, warning, info, not 'besar'"),
    ('[columns]\n"Pagu Awal" = "paguu"\n', "columns.Pagu Awal: 'paguu' tidak dikenal (maksudnya 'pagu'?)",
     "columns.Pagu Awal: 'paguu' is not known (did you mean 'pagu'?)"),
])
def test_a_bad_audit_toml_is_said_in_the_readers_language(tmp_path, toml, indonesian, english):
    import shutil

    folder = tmp_path / "laporan"
    shutil.copytree(EXAMPLE, folder)
    (folder / "audit.toml").write_text(toml, encoding="utf-8")
    text, en = run("check", folder), run("check", folder, "--lang", "en")
    assert indonesian in text and english in en
    assert not any(w in text + en for w in PYDANTIC_ENGLISH)


def test_a_bad_rule_pack_is_said_in_the_readers_language():
    pack = GOOD_RULE.replace("parts:", "part:")  # a key mistyped
    with pytest.raises(ConfigError) as exc:
        load_pack_text(pack, "mine.yaml")
    assert "aturan SUM901: kunci 'params.part' tidak dikenal (maksudnya 'parts'?)" in exc.value.render("id")
    assert "rule SUM901: unknown key 'params.part' (did you mean 'parts'?)" in exc.value.render("en")
    assert not any(w in exc.value.render("id") for w in PYDANTIC_ENGLISH)


def test_a_waiver_naming_no_rule_says_the_one_it_most_likely_means(tmp_path):
    """A hand-written baseline with a typo in a rule id matches nothing; the tool says which rule it meant."""
    import json

    base = tmp_path / "b.yaml"
    base.write_text("version: 1\nwaivers:\n- fingerprint: 00000000abcdef00\n  rule: SUMM022\n"
                    "  justification: sudah dicek\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", str(EXAMPLE), "--baseline", str(base), "-f", "json", "--lang", "en"])
    (waiver,) = [f for f in json.loads(r.output)["findings"] if f["rule_id"] == "WAIVE002"]
    assert waiver["message"] == "the waiver names rule 'SUMM022', which does not exist (did you mean 'SUM022'?)"
    r = CliRunner().invoke(main, ["check", str(EXAMPLE), "--baseline", str(base), "-f", "json"])
    (waiver,) = [f for f in json.loads(r.output)["findings"] if f["rule_id"] == "WAIVE002"]
    assert waiver["message"].endswith("(maksudnya 'SUM022'?)")


def test_a_bad_baseline_is_said_in_the_readers_language(tmp_path):
    base = tmp_path / "b.yaml"
    base.write_text("version: 1\nwaivers:\n- fingerprint: 0\n  rule: SUM022\n", encoding="utf-8")
    assert "'waivers.0.fingerprint' harus teks, bukan 0" in run("check", EXAMPLE, "--baseline", base)
    assert "'waivers.0.fingerprint' must be text, not 0" in run("check", EXAMPLE, "--baseline", base, "--lang", "en")
