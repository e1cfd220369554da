"""No command writes over, into or around what it reads, `--force` or not, and `--force`
replaces only what lkjip-audit wrote (issue 19, data loss).

Every case runs in a workspace holding copies of the example report folder and the
example document, a configuration file, a rule pack folder, a baseline and files of
the user's own; every file in it is hashed before and after, so a refusal that wrote,
moved or deleted anything fails.
"""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE, ROOT

from audit.cli import main

DOCUMENT = ROOT / "examples" / "jatiroto-2023.md"
HEAD = {"id": "galat keluaran: ", "en": "output error: "}
WORDING = {"id": "keluaran tidak boleh", "en": "the output must not"}


@pytest.fixture
def ws(tmp_path, monkeypatch) -> Path:
    """P/rep (a CSV report, linking to lampiran.txt) beside P/important.txt, doc.md (a document),
    audit.toml naming the rule pack folder packs/, a baseline file and a folder other/ of the user's."""
    shutil.copytree(EXAMPLE, tmp_path / "P" / "rep")
    (tmp_path / "P" / "important.txt").write_text("penting\n", encoding="utf-8")
    shutil.copy(DOCUMENT, tmp_path / "doc.md")
    shutil.copy(DOCUMENT, tmp_path / "lap.extraction-log.md")
    (tmp_path / "packs").mkdir()
    (tmp_path / "audit.toml").write_text('rules = ["packs"]\n', encoding="utf-8")
    (tmp_path / "waivers.yaml").write_text("waivers: []\n", encoding="utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("milik pengguna\n", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "P" / "rep", target_is_directory=True)
    (tmp_path / "lampiran.txt").write_text("lampiran\n", encoding="utf-8")
    (tmp_path / "P" / "rep" / "lampiran.txt").symlink_to(tmp_path / "lampiran.txt")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def snapshot(root: Path) -> dict[str, str]:
    """Every file and folder under `root`: its bytes' hash (folders and links by what they are)."""
    out = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder) / name
            key = str(path.relative_to(root))
            if path.is_symlink():
                out[key] = "link:" + os.readlink(path)
            elif path.is_dir():
                out[key] = "dir"
            else:
                out[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)))


def refused(ws: Path, lang: str, *args) -> str:
    """Run a command that must be refused: exit 2, one localised line on stderr, nothing touched."""
    before = snapshot(ws)
    r = run(*args, "--lang", lang)
    assert r.exit_code == 2, r.output
    assert snapshot(ws) == before  # inputs, unrelated files and folders: byte for byte as they were
    lines = r.stderr.splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith(HEAD[lang]), lines[0]
    return lines[0]


OVERLAPS = [  # (command line, the input the message names)
    (("fix", "P/rep", "--apply", "-o", "P", "--force"), "P/rep"),  # would delete the input and P/important.txt
    (("fix", "P/rep", "--apply", "-o", "P/rep/sub"), "P/rep"),
    (("fix", "P/rep", "--apply", "-o", "link/sub", "--force"), "P/rep"),  # through a symlink
    (("fix", "P/rep", "--apply", "-o", "other/../P/rep", "--force"), "P/rep"),
    (("fix", "P/rep", "-o", "P/rep/report.yaml", "--force"), "P/rep"),
    (("fix", "doc.md", "--apply", "-o", "doc.md", "--force"), "doc.md"),
    (("fix", "P/rep", "--apply", "-o", "packs/fixed", "--force"), "packs"),
    (("extract", "doc.md", "-o", "x.xlsx", "--log", "doc.md", "--force"), "doc.md"),
    (("extract", "lap.extraction-log.md", "-o", "lap.xlsx"), "lap.extraction-log.md"),  # the default log name
    (("check", "P/rep", "-f", "json:P/rep/out.json"), "P/rep"),
    (("check", "P/rep", "-f", "sarif:audit.toml", "--force"), "audit.toml"),
    (("check", "P/rep", "--baseline", "waivers.yaml", "-f", "json:waivers.yaml", "--force"), "waivers.yaml"),
    (("check", "P/rep", "-f", "json:.", "--force"), "P/rep"),
    (("check", "P/rep", "-f", "json:lampiran.txt", "--force"), "lampiran.txt"),  # a file the report links to
    (("baseline", "P/rep", "-o", "P/rep/report.yaml", "--force"), "P/rep"),
    (("baseline", "P/rep", "-o", "audit.toml", "--force"), "audit.toml"),
    (("batch", "P", "-f", "csv:P/rep/rekap.csv", "--force"), "P/rep"),
    (("batch", "P", "--output-dir", "P/rep", "--force"), "P/rep"),
    (("batch", "P", "--output-dir", "P/rep/hasil"), "P/rep"),
    (("batch", "P", "-f", "json:audit.toml", "--force"), "audit.toml"),
]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("args,named", OVERLAPS, ids=[" ".join(a) for a, _ in OVERLAPS])
def test_no_output_is_inside_contains_or_is_an_input(ws, lang, args, named):
    line = refused(ws, lang, *args)
    assert WORDING[lang] in line and named.split("/")[-1] in line.split(WORDING[lang])[1]  # the input is named


NOT_OURS = [
    ("fix", "P/rep", "--apply", "-o", "other", "--force"),  # a folder of the user's
    ("extract", "doc.md", "-o", "other", "--force"),
    ("check", "P/rep", "-f", "json:other", "--force"),  # a file output never replaces a folder
    ("batch", "P", "-f", "csv:other", "--force"),
    ("baseline", "P/rep", "-o", "other", "--force"),
    ("fix", "P/rep", "--apply", "-o", "other/notes.txt", "--force"),  # a folder output never replaces a file
]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("args", [("check", "P/rep", "-f", "json:x", "-f", "sarif:x", "--force"),
                                  ("extract", "doc.md", "-o", "x.xlsx", "--log", "x.xlsx", "--force"),
                                  ("batch", "P", "-f", "csv:x", "-f", "json:other/../x")])
def test_two_outputs_never_name_one_file(ws, lang, args):
    line = refused(ws, lang, *args)
    assert ("berkas yang sama" if lang == "id" else "one file") in line


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("args", NOT_OURS, ids=[" ".join(a) for a in NOT_OURS])
def test_force_never_replaces_what_lkjip_audit_did_not_write(ws, lang, args):
    line = refused(ws, lang, *args)
    assert any(a.endswith(line.split(": ")[1]) for a in args)  # the output is named as given
    assert "folder" in line  # and says what is there


def test_force_replaces_a_folder_lkjip_audit_wrote_and_nothing_else(ws):
    first = run("fix", "P/rep", "--apply", "-o", "fixed")
    assert first.exit_code == 0, first.output
    assert (ws / "fixed" / ".lkjip-audit").is_file()
    (ws / "fixed" / "belanja.csv").write_text("edited by hand\n", encoding="utf-8")
    before = {k: v for k, v in snapshot(ws).items() if not k.startswith("fixed")}
    assert run("fix", "P/rep", "--apply", "-o", "fixed").exit_code == 2  # exists: --force needed
    again = run("fix", "P/rep", "--apply", "-o", "fixed", "--force")
    assert again.exit_code == 0, again.output
    assert (ws / "fixed" / "belanja.csv").read_bytes() == (ws / "P" / "rep" / "belanja.csv").read_bytes()
    assert {k: v for k, v in snapshot(ws).items() if not k.startswith("fixed")} == before


def test_extract_log_beside_a_workbook_needs_force_to_replace_a_file(ws):
    (ws / "ex.extraction-log.md").write_text("catatan saya\n", encoding="utf-8")
    line = refused(ws, "en", "extract", "doc.md", "-o", "ex.xlsx")
    assert "ex.extraction-log.md" in line and "--force" in line
    r = run("extract", "doc.md", "-o", "ex.xlsx", "--force")
    assert r.exit_code == 0, r.output
    assert (ws / "ex.xlsx").is_file() and "catatan saya" not in (ws / "ex.extraction-log.md").read_text("utf-8")
    assert (ws / "doc.md").read_bytes() == DOCUMENT.read_bytes()


def test_file_outputs_replace_a_regular_file_with_force(ws):
    (ws / "hasil.json").write_text("{}\n", encoding="utf-8")
    before = snapshot(ws)
    r = run("check", "P/rep", "-f", "json:hasil.json", "--force")
    assert r.exit_code == 1, r.output  # the example has findings
    assert '"findings"' in (ws / "hasil.json").read_text("utf-8")
    after = snapshot(ws)
    assert {k for k in after if after[k] != before.get(k)} == {"hasil.json"}


CWD = [  # run from an empty folder `a/here`: `.` and the folders above it are where the user is
    ("fix", "../../P/rep", "--apply", "-o", ".", "--force"),
    ("fix", "../../P/rep", "--apply", "-o", "..", "--force"),
    ("extract", "../../doc.md", "-o", ".", "--force"),
    ("batch", "../../P", "--output-dir", ".", "--force"),
]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("args", CWD, ids=[" ".join(a) for a in CWD])
def test_the_current_folder_and_those_above_it_are_never_replaced(ws, monkeypatch, lang, args):
    """`fix ../rep --apply -o . --force` from an empty folder would replace the folder the user stands in."""
    (ws / "a" / "here").mkdir(parents=True)
    monkeypatch.chdir(ws / "a" / "here")
    line = refused(ws, lang, *args)
    assert ("folder kerja saat ini" if lang == "id" else "the current folder") in line, line
    assert Path.cwd().samefile(ws / "a" / "here")


def test_a_folder_beside_the_current_one_is_still_written(ws, monkeypatch):
    (ws / "here").mkdir()
    monkeypatch.chdir(ws / "here")
    r = run("fix", "../P/rep", "--apply", "-o", "fixed")
    assert r.exit_code == 0, r.output
    assert (ws / "here" / "fixed" / "belanja.csv").is_file()
