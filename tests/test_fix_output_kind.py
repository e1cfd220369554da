"""`audit fix --apply -o OUT`: OUT's extension says what is written; a name --apply cannot write is one clear
error before any work, never a folder of that name."""
from __future__ import annotations

import shutil
import zipfile

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE, ROOT

from audit.cli import main


def invoke(*args):
    return CliRunner().invoke(main, list(map(str, args)), prog_name="audit")


@pytest.mark.parametrize("name", ["fixed.json", "fixed.csv", "fixed.txt", "fixed.html"])
def test_an_output_named_as_a_file_apply_does_not_write_is_refused(tmp_path, name):
    target = tmp_path / name
    r = invoke("fix", EXAMPLE, "--apply", "-o", target)
    assert r.exit_code == 2, r.output
    line = r.stderr.strip()
    assert len(line.splitlines()) == 1 and line.startswith(f"galat keluaran: {target}: ")
    assert "ekstensi" in line and "folder" in line and ".xlsx" in line
    assert not target.exists() and not list(tmp_path.iterdir())
    en = invoke("fix", EXAMPLE, "--apply", "-o", target, "--lang", "en")
    assert en.exit_code == 2 and "follows its extension" in en.stderr


def test_a_folder_name_and_a_workbook_name_are_written_as_such(tmp_path):
    folder = tmp_path / "jatiroto-2023.v2"  # a dot in a folder's name is no file extension the tool writes
    assert invoke("fix", EXAMPLE, "--apply", "-o", folder).exit_code == 0
    assert folder.is_dir() and (folder / "report.yaml").is_file()
    book = tmp_path / "perbaikan.xlsx"
    assert invoke("fix", EXAMPLE, "--apply", "-o", book).exit_code == 0
    assert book.is_file() and zipfile.is_zipfile(book)


def test_a_corrected_markdown_is_a_file(tmp_path):
    source = tmp_path / "laporan.md"
    shutil.copy(ROOT / "examples" / "jatiroto-2023.md", source)
    target = tmp_path / "fixed.md"
    r = invoke("fix", source, "--apply", "-o", target)
    assert r.exit_code == 0, r.output
    assert target.is_file() and not target.is_dir()
    assert target.read_text(encoding="utf-8") != source.read_text(encoding="utf-8")
