"""What a user reads around the report: help for every option, click's usage errors and the commands'
own in Indonesian by default (English with --lang en), a did-you-mean for a mistyped rule id, pages
said as `hlm.` in Indonesian."""
from __future__ import annotations

import re

import click
import pytest
from click.testing import CliRunner
from conftest import EXAMPLE, ROOT

from audit.cli import main
from audit.render import FORMATS


def invoke(*args):
    return CliRunner().invoke(main, list(map(str, args)), prog_name="audit")


def _commands(cmd=main, path=("audit",)):
    yield path, cmd
    if isinstance(cmd, click.Group):
        for name, sub in cmd.commands.items():
            yield from _commands(sub, (*path, name))


def test_every_command_and_option_has_help():
    seen = 0
    for path, cmd in _commands():
        assert (cmd.help or "").strip(), f"{' '.join(path)} has no help"
        for param in cmd.params:
            if isinstance(param, click.Option):
                seen += 1
                assert (param.help or "").strip(), f"{' '.join(path)} {'/'.join(param.opts)} has no help"
    assert seen > 40  # the walk reached the commands' options


@pytest.mark.parametrize("command", sorted(" ".join(p[1:]) for p, _ in _commands() if len(p) > 1))
def test_help_lists_every_option_with_its_text(command):
    r = invoke(*command.split(), "--help")
    assert r.exit_code == 0, r.output
    assert "--lang" not in r.output or re.search(r"--lang \[id\|en\]\s+\S", r.output), r.output


@pytest.mark.parametrize("args, indonesian, english", [
    (("check", "x", "--baselin"), "Galat: opsi '--baselin' tidak ada (maksudnya '--baseline'?)",
     "No such option '--baselin'"),
    (("check", "x", "--forc"), "Galat: opsi '--forc' tidak ada (maksudnya salah satu dari '--color', '--force', "
     "'--format'?)", "No such option '--forc'"),
    (("check",), "Galat: argumen 'PATHS...' wajib diisi", "Missing argument 'PATHS...'."),
    (("check", "x", "--fail-on", "sometimes"),
     "Galat: nilai tidak valid untuk '--fail-on': 'sometimes' bukan salah satu dari 'error', 'warning', 'info', "
     "'never'", "Invalid value for '--fail-on': 'sometimes' is not one of"),
    (("check", "x", "--fail-on"), "Galat: opsi '--fail-on' memerlukan nilai",
     "Option '--fail-on' requires an argument."),
    (("chek", "x"), "Galat: perintah 'chek' tidak ada (maksudnya 'check'?)", "No such command 'chek'."),
    (("batch", "x", "-j", "0"), "Galat: nilai tidak valid untuk '--jobs' / '-j': 0 di luar rentang",
     "0 is not in the range"),
    (("check", "nowhere", "--rules", "nowhere-rules"),
     "Galat: nilai tidak valid untuk '--rules': 'nowhere-rules' tidak ada", "'nowhere-rules' does not exist."),
    (("baseline", "x", "--expires", "30-06-2025"), "'30-06-2025' tidak sesuai format '%Y-%m-%d'",
     "does not match the format"),
    (("check", "x", "-f", "pdf"), "Galat: nilai tidak valid untuk --format: 'pdf' (pilih dari rich, json",
     "Invalid value for --format: 'pdf' (choose from rich, json"),
    (("check", "x", "y", "-f", "json:out.json"), "berkas keluaran hanya untuk satu PATH",
     "output files need a single PATH"),
    (("fix", "x", "--apply"), "Galat: --apply memerlukan --output", "--apply needs --output"),
])
def test_usage_errors_in_the_readers_language(args, indonesian, english):
    r = invoke(*args)
    assert r.exit_code == 2, r.output
    assert indonesian in r.stderr, r.stderr
    for english_word in ("Error:", "Usage:", "Try '", "No such", "Missing", "Invalid value", "is not one of",
                         "requires", "does not exist", "needs"):
        assert english_word not in r.stderr, r.stderr
    en = invoke(args[0], "--lang", "en", *args[1:])
    assert en.exit_code == 2 and english in en.stderr, en.stderr
    assert "Galat" not in en.stderr and "Penggunaan" not in en.stderr


def test_a_usage_error_shows_the_usage_and_where_help_is():
    r = invoke("extract")
    assert r.stderr.splitlines()[:2] == ["Penggunaan: audit extract [OPTIONS] PATH",
                                         "Coba 'audit extract --help' untuk bantuan."]
    assert invoke("--version").exit_code == 0 and invoke("rules", "--help").exit_code == 0


@pytest.mark.parametrize("lang, words", [("id", "aturan 'SUM99' tidak dikenal (maksudnya 'SUM0"),
                                         ("en", "unknown rule 'SUM99' (did you mean 'SUM0")])
def test_explain_an_unknown_rule_says_the_closest(lang, words):
    r = invoke("explain", "SUM99", "--lang", lang)
    assert r.exit_code == 2 and words in r.stderr, r.stderr


def test_explain_takes_a_rule_id_in_any_case():
    r = invoke("explain", "sum022")
    assert r.exit_code == 0 and r.stdout.startswith("SUM022")


@pytest.mark.parametrize("option, given, meant", [("--select", "SUM99", None), ("--ignore", "MACTH013", "MATCH013"),
                                                  ("--select", "sum022", "SUM022")])
def test_an_unknown_rule_in_select_or_ignore_is_refused_with_the_closest(option, given, meant):
    """A mistyped --select would run no rule and pass; a mistyped --ignore would ignore nothing."""
    r = invoke("check", EXAMPLE, option, given, "--no-suggest", "-f", "json")
    assert r.exit_code == 2 and not r.stdout, r.output
    line = r.stderr.strip()
    assert line.startswith(f"galat konfigurasi: {option[2:]}: aturan '{given}' tidak dikenal"), line
    assert "maksudnya '" in line and (meant is None or f"maksudnya '{meant}'" in line), line


def test_select_by_prefix_and_by_engine_family_still_runs():
    r = invoke("check", EXAMPLE, "--select", "SUM", "--select", "INPUT", "--no-suggest", "-f", "json")
    assert r.exit_code == 1, r.output


def test_an_unknown_rule_in_a_batch_is_said_once_before_any_report(tmp_path):
    import shutil

    shutil.copytree(EXAMPLE, tmp_path / "kab" / "jatiroto")
    r = invoke("batch", tmp_path / "kab", "--select", "SUM99", "--no-progress", "--lang", "en")
    assert r.exit_code == 2 and "configuration error: select: unknown rule 'SUM99'" in r.stderr
    assert "[1/1]" not in r.stderr


def test_the_readme_lists_every_format():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if "audit check PATH --format sarif" in x)
    assert all(name in line for name in FORMATS if name != "rich"), line



def test_select_knows_every_id_the_engine_reports():
    """An engine finding's id (INPUT003, DOC001, ...) may be selected or ignored: the list stays whole."""
    from audit.api import ENGINE_RULES, _rules

    pack_ids = {r.id for r in _rules(())}
    in_code = set()
    for path in (ROOT / "audit").rglob("*.py"):
        in_code |= set(re.findall(r'"([A-Z]{3,6}\d{3})"', path.read_text(encoding="utf-8")))
    assert in_code - pack_ids <= set(ENGINE_RULES), sorted(in_code - pack_ids - set(ENGINE_RULES))
    r = invoke("check", EXAMPLE, "--select", "DOC001", "--select", "INPUT00", "--no-suggest", "-f", "json")
    assert r.exit_code == 0, r.output
    assert invoke("check", EXAMPLE, "--ignore", "INPUT011", "--no-suggest").exit_code == 2
