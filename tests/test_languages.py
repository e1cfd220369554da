"""One audit, any language: findings carry words to say, and each output says them in its `lang`.

The result of one API audit, rendered in Indonesian and in English, is byte for byte what
`audit check --lang id` and `audit check --lang en` write: nothing before the output depends
on the language.
"""
from __future__ import annotations

import io

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE, ROOT

import audit
from audit.cli import main
from audit.config import resolve
from audit.i18n import LANGS
from audit.render import BINARY_FORMATS, FORMATS, render

DOCUMENT = ROOT / "examples" / "jatiroto-2023.md"


@pytest.mark.parametrize("source", [EXAMPLE, DOCUMENT], ids=["csv", "document"])
def test_one_audit_renders_in_each_language_as_the_command_prints_it(tmp_path, source):
    result = audit.run(source, resolve(str(source)))  # once, in the default language
    assert result.findings and any(f.hint for f in result.findings)
    said: dict[str, dict] = {}
    for lang in LANGS:
        files = {name: tmp_path / f"{lang}.{name}" for name in FORMATS}
        args = ["check", str(source), "--lang", lang] + [a for n, p in files.items() for a in ("-f", f"{n}:{p}")]
        done = CliRunner().invoke(main, args)
        assert done.exit_code == 1, done.output  # the example fails: findings at error
        for name, path in files.items():
            stream = io.BytesIO() if name in BINARY_FORMATS else io.StringIO()
            render(name, result, stream, lang=lang, fail_on="error", rules=result.rules, source_path=str(source))
            if name in BINARY_FORMATS:  # a workbook records when it was written: compare what it holds
                assert _cells(stream.getvalue()) == _cells(path.read_bytes()), f"{name} in {lang}"
            else:
                assert stream.getvalue() == path.read_text(encoding="utf-8"), f"{name} in {lang}"
                said.setdefault(name, {})[lang] = stream.getvalue()
    assert all(texts["id"] != texts["en"] for texts in said.values())  # and each language was said


def _cells(data: bytes) -> dict:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data))
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb.worksheets}


def test_a_finding_says_its_message_in_either_language(example):
    said = {lang: [f.text(lang) for f in example.findings] for lang in LANGS}
    assert said["id"] != said["en"] and all(said.values())
    records = {lang: example.to_records(lang)["findings"] for lang in LANGS}
    assert [r["message"] for r in records["en"]] == said["en"]
    fixed = next(r for r in records["en"] if r["suggestions"])
    assert fixed["suggestions"][0]["reason"].startswith("clears ")
    assert next(r for r in records["id"] if r["suggestions"])["suggestions"][0]["reason"].startswith("menyelesaikan ")
