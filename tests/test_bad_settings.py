"""Bad settings are a one-line configuration error, exit code 2, in the user's language; never an
"internal error" with a library's text, a rule silently disabled or a spurious finding (issue 19, item 13).

Each case writes its setting into a copy of the example report, runs `audit check` in both languages
and hashes every file of the workspace before and after: a refusal writes nothing.
"""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE

from audit.cli import main

HEAD = {"id": "galat konfigurasi: ", "en": "configuration error: "}


def hashes(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def refused(tmp_path: Path, args: list[str], lang: str, named: str, env: dict | None = None) -> str:
    """Run `audit check`: exit 2, one line on stderr naming `named`, nothing written; that line."""
    before = hashes(tmp_path)
    r = CliRunner().invoke(main, ["check", *args, "--lang", lang], env=env)
    lines = r.stderr.splitlines()
    assert r.exit_code == 2, r.output
    assert len(lines) == 1 and lines[0].startswith(HEAD[lang]), r.stderr
    assert named in lines[0] and "internal" not in lines[0] and "internal" not in r.output, lines[0]
    assert hashes(tmp_path) == before
    return lines[0]


@pytest.fixture
def rep(tmp_path) -> Path:
    shutil.copytree(EXAMPLE, tmp_path / "rep")
    return tmp_path / "rep"


SETTINGS = {
    "predikat_scale min not a number": ('predikat_scale = [{min = "abc", label = 5}]', "predikat_scale"),
    "predikat_scale label not text": ('predikat_scale = [{min = 85, label = 5}]', "predikat_scale"),
    "tolerance inf": ("[tolerance]\nSUM = inf", "tolerance.SUM"),
    "tolerance nan": ("[tolerance]\nSUM = nan", "tolerance.SUM"),
    "tolerance negative": ("[tolerance]\nSUM = -1", "tolerance.SUM"),
}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", list(SETTINGS))
def test_bad_setting_in_audit_toml(rep, lang, name):
    text, key = SETTINGS[name]
    (rep / "audit.toml").write_text(text + "\n", encoding="utf-8")
    refused(rep.parent, [str(rep)], lang, key)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_source_date_epoch_beyond_what_a_workbook_can_say(rep, lang):
    line = refused(rep.parent, [str(rep)], lang, "SOURCE_DATE_EPOCH", env={"SOURCE_DATE_EPOCH": "99999999999"})
    assert "2107" in line


def test_source_date_epoch_within_range_still_stamps(rep, tmp_path):
    r = CliRunner().invoke(main, ["check", str(rep), "-f", f"xlsx:{tmp_path / 'a.xlsx'}"],
                           env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert r.exit_code == 1, r.output
    assert (tmp_path / "a.xlsx").stat().st_size > 0


PACK = """pack: mine
rules:
  - id: MINE001
    kind: sum
    title: {{id: "uji", en: "test"}}
    {extra}params:
      table: pegawai_pendidikan
      columns: [pns, jumlah]
      parts: {{where: {{level: {parts}}}}}
      total: {{where: {{level: total}}, key: [{key}]}}
"""


PACKS = {
    "where @year misspelt": (dict(parts='"@yaer"', key='"no"'), "@yaer"),
    "where @year offset not a number": (dict(parts='"@year+x"', key='"no"'), "@year+x"),
    "where a list holding a bad offset": (dict(parts='[item, "@year-"]', key='"no"'), "@year-"),
    "key segment not a number": (dict(parts="item", key='"no:abc"'), "no:abc"),
    "key segment zero": (dict(parts="item", key='"no:0"'), "no:0"),
    "tolerance inf": (dict(parts="item", key='"no"', extra="tolerance: .inf\n    "), "tolerance"),
    "tolerance nan": (dict(parts="item", key='"no"', extra="tolerance: .nan\n    "), "tolerance"),
}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", list(PACKS))
def test_bad_rule_caught_at_load_even_when_not_selected(rep, tmp_path, lang, name):
    """The rule is not selected (`--select SUM001`): its error is still found when the pack loads, with its line."""
    fields, shown = PACKS[name]
    pack = tmp_path / "mine.yaml"
    pack.write_text(PACK.format(**{"extra": "", **fields}), encoding="utf-8")
    line = refused(tmp_path, [str(rep), "--rules", str(pack), "--select", "SUM001"], lang, shown)
    assert "mine.yaml:" in line and ("MINE001" in line or "rules.0" in line)  # the file, its line, the rule


def test_good_year_expressions_load(rep, tmp_path):
    """The forms the engine reads (`@year`, `@year-1`, `@year + 1`, a key `no:-1`) are not refused."""
    pack = tmp_path / "mine.yaml"
    pack.write_text(PACK.format(parts='[item, "@year", "@year-1", "@year + 1"]', key='"no:-1"', extra=""),
                    encoding="utf-8")
    r = CliRunner().invoke(main, ["check", str(rep), "--rules", str(pack)])
    assert r.exit_code == 1 and r.stderr == "", r.output


COMMANDS = {
    "fix": ["fix", "{rep}"],
    "fix --apply": ["fix", "{rep}", "--apply", "-o", "{out}/fixed"],
    "baseline": ["baseline", "{rep}", "-o", "{out}/b.yaml"],
    "extract": ["extract", "{doc}", "-o", "{out}/t.xlsx"],
}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_refuses_a_bad_setting_alike(rep, tmp_path, lang, command):
    """The commands around `check` read the same audit.toml and refuse it the same way, writing nothing."""
    from conftest import ROOT

    shutil.copy(ROOT / "examples" / "jatiroto-2023.md", rep / "doc.md")
    (rep / "audit.toml").write_text("[tolerance]\nSUM = nan\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    args = [a.format(rep=rep, doc=rep / "doc.md", out=tmp_path / "out") for a in COMMANDS[command]]
    before = hashes(tmp_path)
    r = CliRunner().invoke(main, [*args, "--lang", lang])
    lines = r.stderr.splitlines()
    assert r.exit_code == 2, r.output
    assert len(lines) == 1 and lines[0].startswith(HEAD[lang]) and "tolerance.SUM" in lines[0], r.stderr
    assert hashes(tmp_path) == before and not any((tmp_path / "out").iterdir())
