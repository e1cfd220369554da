"""Every command and every option has help, in Indonesian (the default) and English (issue #17 item 7)."""
from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.cli.usage import commands, localise_help, option_key
from audit.i18n import MESSAGES

COMMANDS = [path for path, _ in commands(main)]


def options(command: click.Command) -> list[click.Option]:
    helper = command.get_help_option(click.Context(command, help_option_names=["-h", "--help"]))
    return [p for p in [*command.params, helper] if isinstance(p, click.Option) and not p.hidden]


def test_every_option_of_every_command_has_help_in_both_languages():
    missing = []
    for path, command in commands(main):
        for option in options(command):
            key = option_key(path, option)
            if key is None or not all(MESSAGES[key].get(lang, "").strip() for lang in ("id", "en")):
                missing.append(("audit", *path, max(option.opts, key=len)))
    assert missing == []
    for lang in ("id", "en"):
        localise_help(main, lang)
        assert all(o.help for _, c in commands(main) for o in options(c))
    assert len(COMMANDS) >= 10  # the walk reached the subcommands (rules test, rules schema ...)


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(("audit", *p)))
def test_help_is_indonesian_by_default_and_english_when_asked(path):
    command = dict(commands(main))[path]
    indonesian = CliRunner().invoke(main, [*path, "--help"], prog_name="audit")
    # `audit --help` and `audit rules schema` (it prints a JSON Schema, no words) have no --lang of their own
    asked = ["--lang", "en"] if any(p.name == "lang" for p in command.params) else []
    english = CliRunner().invoke(main, [*path, "--help", *asked], prog_name="audit")
    assert indonesian.exit_code == english.exit_code == 0, indonesian.output + english.output
    said = " ".join(indonesian.output.split())
    assert said.startswith("Penggunaan: audit") and "Opsi:" in said
    assert "Tampilkan bantuan ini lalu keluar." in said and "Show this message" not in said
    assert "[default:" not in said  # click's own words for a default; the catalogue says `[bawaan: ...]`
    if asked:
        assert " ".join(english.output.split()).startswith("Usage: audit") and "Options:" in english.output
    for option in options(command):
        key = option_key(path, option)
        first_words = " ".join(MESSAGES[key]["id"].split()[:3])
        assert first_words in said, (option.opts, first_words)


def test_every_command_says_what_it_does_in_the_readers_language():
    """`audit --help` lists each command by its own words; `audit X --help` opens with them."""
    for path, _ in commands(main):
        key = f"cmd_{'_'.join(path) or 'audit'}"
        assert all(MESSAGES.get(key, {}).get(lang, "").strip() for lang in ("id", "en")), key
    listed = " ".join(CliRunner().invoke(main, ["--help"], prog_name="audit").output.split())
    assert "Audit laporan kinerja instansi pemerintah (LKjIP)." in listed and "Perintah:" in listed
    assert "Audit the report" not in listed and "Show the configuration" not in listed
    english = " ".join(CliRunner().invoke(main, ["--lang", "en", "--help"], prog_name="audit").output.split())
    assert "Audit Indonesian government performance reports (LKjIP)." in english and "Commands:" in english
    fix = " ".join(CliRunner().invoke(main, ["fix", "--help"], prog_name="audit").output.split())
    assert "Usulkan (--list) atau terapkan (--apply) perubahan sel" in fix
    assert "[bawaan: high]" in fix  # --min-confidence's default, said in the reader's language
    english = " ".join(CliRunner().invoke(main, ["fix", "--help", "--lang", "en"], prog_name="audit").output.split())
    assert "[default: high]" in english and "bawaan: high" not in english


def test_lang_before_the_command_is_every_commands_language(tmp_path):
    """`audit --lang en check ...` speaks English as `audit check --lang en ...` does; the command's own
    --lang still wins."""
    from conftest import ROOT

    example = str(ROOT / "examples" / "jatiroto-2023")
    before = CliRunner().invoke(main, ["--lang", "en", "check", example, "--no-suggest", "--no-color"],
                                prog_name="audit")
    after = CliRunner().invoke(main, ["check", example, "--no-suggest", "--no-color", "--lang", "en"],
                               prog_name="audit")
    assert before.exit_code == after.exit_code == 1
    assert before.output == after.output and "Result: FAIL" in before.output
    own = CliRunner().invoke(main, ["--lang", "en", "check", example, "--no-suggest", "--no-color", "--lang", "id"],
                             prog_name="audit")
    assert "Hasil: TIDAK LOLOS" in own.output
