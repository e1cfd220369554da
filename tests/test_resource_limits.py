"""One budget for every file the tool opens (issue 19, items 7-12 and 14).

Files named by configuration, rule packs, baselines, sidecars, the tables and report.yaml of a folder
are read with the same checks: regular files only (a pipe or a device is never opened), the size
limit, links not followed out of their folder, YAML aliases counted before they are expanded. Every
hostile file is made here; every file of the workspace is hashed before and after each run (a pipe
or a device by what it is: reading one would block or never end).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE

from audit.cli import main

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pipes and links as POSIX makes them")

HEAD = {"id": ("galat konfigurasi: ", "galat masukan: "), "en": ("configuration error: ", "input error: ")}
NOT_REGULAR = {"id": "bukan berkas biasa", "en": "not a regular file"}
BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))


def snapshot(root: Path) -> dict[str, str]:
    """Every entry under `root`: a file by its bytes' hash, anything else by what it is (never opened)."""
    out = {}
    for folder, dirs, files in os.walk(root):
        for name in sorted(dirs + files):
            path = Path(folder) / name
            mode = path.lstat().st_mode
            if stat.S_ISLNK(mode):
                out[str(path)] = "link:" + os.readlink(path)
            elif stat.S_ISREG(mode):
                out[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                out[str(path)] = f"mode:{stat.S_IFMT(mode)}"
    return out


@pytest.fixture(autouse=True)
def no_hang():
    """A guard, not a measure: a pipe opened by mistake would block forever; fail instead."""
    def stop(*_):
        raise TimeoutError("blocked: a pipe or a device was opened")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(120)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


@pytest.fixture
def ws(tmp_path, monkeypatch) -> Path:
    shutil.copytree(EXAMPLE, tmp_path / "rep")
    os.mkfifo(tmp_path / "pipe")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(ws: Path, args: list[str], lang: str = "id", env: dict | None = None):
    before = snapshot(ws)
    r = CliRunner().invoke(main, [*args, "--lang", lang], env=env)
    assert "Traceback" not in r.output and "internal" not in r.output, r.output
    assert snapshot(ws) == before or args[0] in ("fix", "extract", "baseline") and _only_added(before, snapshot(ws))
    return r


def _only_added(before: dict, after: dict) -> bool:
    return all(after.get(k) == v for k, v in before.items())


def one_line(r, lang: str, *words: str) -> str:
    lines = r.stderr.splitlines()
    assert r.exit_code == 2, r.output
    assert len(lines) == 1 and lines[0].startswith(HEAD[lang]), r.stderr
    assert all(w in lines[0] for w in words), lines[0]
    return lines[0]


# item 7: files named by configuration

NAMED = {
    "rules = /dev/zero": (lambda ws: 'rules = ["/dev/zero"]', [], "/dev/zero"),
    "baseline = /dev/zero": (lambda ws: 'baseline = "/dev/zero"', [], "/dev/zero"),
    "rules = a pipe": (lambda ws: 'rules = ["../pipe"]', [], "pipe"),
    "baseline = a pipe": (lambda ws: 'baseline = "../pipe"', [], "pipe"),
    "--baseline /dev/zero": (None, ["--baseline", "/dev/zero"], "/dev/zero"),
    "--baseline a pipe": (None, ["--baseline", "pipe"], "pipe"),
    "--rules a pipe": (None, ["--rules", "pipe"], "pipe"),
    "--rules /dev/zero": (None, ["--rules", "/dev/zero"], "/dev/zero"),
}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", list(NAMED))
def test_a_pipe_or_device_named_by_configuration_is_never_opened(ws, lang, name):
    toml, flags, shown = NAMED[name]
    if toml:
        (ws / "rep" / "audit.toml").write_text(toml(ws) + "\n", encoding="utf-8")
    r = run(ws, ["check", "rep", *flags], lang)
    one_line(r, lang, shown, NOT_REGULAR[lang])


@pytest.mark.parametrize("command", [["check", "rep"], ["fix", "rep"], ["fix", "rep", "--apply", "-o", "out"],
                                     ["baseline", "rep", "-o", "b.yaml"], ["batch", "."]])
def test_every_command_refuses_a_device_baseline(ws, command):
    (ws / "rep" / "audit.toml").write_text('baseline = "/dev/zero"\nrules = ["../pipe"]\n', encoding="utf-8")
    r = run(ws, command)
    if command[0] == "batch":  # the report's own configuration (not the batch's) is broken: its row says so
        assert r.exit_code == 1 and NOT_REGULAR["id"] in r.output, r.output
    else:
        one_line(r, "id", NOT_REGULAR["id"])
    assert not (ws / "out").exists() and not (ws / "b.yaml").exists()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_link_in_the_configuration_folder_does_not_lead_out_of_it(ws, tmp_path_factory, lang):
    outside = tmp_path_factory.mktemp("elsewhere")
    (outside / "pack.yaml").write_text("pack: elsewhere\nrules: []\n", encoding="utf-8")
    (ws / "rep" / "packs").symlink_to(outside, target_is_directory=True)
    (ws / "rep" / "audit.toml").write_text('rules = ["packs"]\n', encoding="utf-8")
    r = run(ws, ["check", "rep"], lang)
    one_line(r, lang, "audit.toml", {"id": "tautan ke luar folder", "en": "a link out of the folder"}[lang])


def test_a_pack_file_linking_out_of_its_folder_is_refused(ws, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere")
    (outside / "secret.yaml").write_text("pack: secret\nrules: []\n", encoding="utf-8")
    (ws / "packs").mkdir()
    (ws / "packs" / "p.yaml").symlink_to(outside / "secret.yaml")
    r = run(ws, ["check", "rep", "--rules", "packs"])
    one_line(r, "id", "p.yaml", "tautan ke luar folder")


def test_an_oversized_rule_pack_is_refused_before_reading(ws):
    with open(ws / "big.yaml", "wb") as f:
        f.truncate(51 * 1024 * 1024)  # sparse: 51 MB that cost no disk
    r = run(ws, ["check", "rep", "--rules", "big.yaml"])
    one_line(r, "id", "big.yaml", "max_input_mb")


# item 8: YAML alias expansion, for every YAML read

@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("where", ["rule pack", "baseline", "sidecar", "report.yaml", "rule examples"])
def test_an_alias_bomb_is_refused_in_every_yaml(ws, lang, where):
    nested = {"id": "alias bersarang", "en": "nested aliases"}[lang]
    if where == "rule pack":
        (ws / "bomb.yaml").write_text("pack: bomb\nrules:\n  - id: BOMB001\n    kind: sum\n    title: {id: x}\n"
                                      "    params:\n      where: *i\n" .replace("*i", "{level: x}") + BOMB,
                                      encoding="utf-8")
        args = ["check", "rep", "--rules", "bomb.yaml"]
    elif where == "baseline":
        (ws / "bomb.yaml").write_text("waivers: []\n" + BOMB, encoding="utf-8")
        args = ["check", "rep", "--baseline", "bomb.yaml"]
    elif where == "sidecar":
        shutil.copy(EXAMPLE.parent / "jatiroto-2023.md", ws / "doc.md")
        (ws / "doc.yaml").write_text("agency: Kecamatan Uji\n" + BOMB, encoding="utf-8")
        args = ["check", "doc.md"]
    elif where == "rule examples":
        (ws / "packs").mkdir()
        (ws / "packs" / "mine.yaml").write_text("pack: mine\nrules: []\n", encoding="utf-8")
        (ws / "packs" / "mine.examples.yaml").write_text(BOMB, encoding="utf-8")
        args = ["rules", "test", "packs"]
    else:
        (ws / "rep" / "report.yaml").write_text("agency: Kecamatan Uji\nyear: 2023\n" + BOMB, encoding="utf-8")
        args = ["check", "rep"]
    one_line(run(ws, args, lang), lang, nested)


# item 9: narrative claims bounded

def test_claims_are_bounded_and_the_rest_is_said(ws):
    """More amounts than `max_claims` (lowered here to keep the test small): the first are read, a note says
    the rest was not, and the output stays the size of the limit, not of the document."""
    body = "".join(f"Realisasi anggaran kegiatan {i} sebesar Rp {100 + i}.000.000 dari pagu Rp 2.000.000.000.\n\n"
                   for i in range(400))
    (ws / "doc.md").write_text("# Laporan Kinerja Kecamatan Uji Tahun 2023\n\n" + body, encoding="utf-8")
    (ws / "doc.yaml").write_text("agency: Kecamatan Uji\nyear: 2023\n", encoding="utf-8")
    (ws / "audit.toml").write_text("max_claims = 50\n", encoding="utf-8")
    r = run(ws, ["check", "doc.md", "--format", "json"], "en")
    notes = [f["message"] for f in json.loads(r.stdout)["findings"] if f["rule_id"] == "DOC002"]
    assert any("only the first 50 figures" in n and "max_claims" in n for n in notes), notes

    from audit.api import read
    from audit.config import resolve

    report = read(ws / "doc.md", resolve(ws / "doc.md"))
    assert len(report.document.claims) == 50


def test_one_huge_line_of_amounts_is_read_only_at_its_start(ws):
    line = ", ".join(f"Rp {100 + i % 800}.000.000" for i in range(3000))  # 45,000 characters, one paragraph
    (ws / "doc.md").write_text(f"# Laporan Kinerja Kecamatan Uji Tahun 2023\n\nRealisasi anggaran {line}.\n",
                               encoding="utf-8")
    (ws / "doc.yaml").write_text("agency: Kecamatan Uji\nyear: 2023\n", encoding="utf-8")
    r = run(ws, ["check", "doc.md", "--format", "json"], "en")
    notes = [f["message"] for f in json.loads(r.stdout)["findings"] if f["rule_id"] == "DOC002"]
    assert any("longer than 20000 characters" in n for n in notes), notes


def test_many_small_tables_are_numbered_in_order():
    """The document's table list is kept, not rebuilt per table: numbering and the list still agree."""
    from audit.document.markdown import parse_markdown

    doc = parse_markdown("".join(f"|{i}|\ntext {i}\n" for i in range(300)))
    assert [t.index for t in doc.tables] == list(range(1, 301))
    assert [t.rows[0][0].text for t in doc.tables] == [str(i) for i in range(300)]
    assert len(doc.paragraphs) == 300


# item 10: the workbook fix --apply reads through the same limits

def test_workbook_fix_apply_refuses_what_a_full_load_would_hold(ws):
    """Formatted empty rows past the last value: `check` stops after 1000 of them, but openpyxl's full load
    (which `fix --apply` needs) would hold them all; they count against `max_rows` first."""
    from helpers import csv_dir_to_xlsx
    from openpyxl import load_workbook
    from openpyxl.styles import PatternFill

    book = csv_dir_to_xlsx(ws / "rep", ws / "lap.xlsx")
    wb = load_workbook(book)
    fill = PatternFill("solid", fgColor="FFFF00")
    for r in range(20, 3020):
        wb["aset"].cell(row=r, column=1).fill = fill
    wb.save(book)
    (ws / "audit.toml").write_text("max_rows = 2000\n", encoding="utf-8")
    assert run(ws, ["check", "lap.xlsx"]).exit_code == 1  # read: the empty rows cost nothing
    r = run(ws, ["fix", "lap.xlsx", "--apply", "-o", "out.xlsx"])
    one_line(r, "id", "lap.xlsx", "max_rows")
    assert not (ws / "out.xlsx").exists()


@pytest.mark.parametrize("command", [["check", "lap.xlsx"], ["fix", "lap.xlsx", "--apply", "-o", "out.xlsx"]])
def test_a_shared_string_table_larger_than_any_sheet_could_show_is_refused(ws, command):
    """openpyxl reads every shared string when it opens a workbook: strings past `max_cells` are refused first."""
    import re
    import zipfile

    from helpers import csv_dir_to_xlsx

    book = csv_dir_to_xlsx(ws / "rep", ws / "plain.xlsx")
    strings = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="20000" '
               b'uniqueCount="20000">' + b"<si><t>x</t></si>" * 20_000 + b"</sst>")
    with zipfile.ZipFile(book) as src, zipfile.ZipFile(ws / "lap.xlsx", "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():  # the table declared as every workbook declares it, used by no cell
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = re.sub(rb"</Relationships>", b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/'
                              b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                              b"</Relationships>", data)
            out.writestr(item, data)
        out.writestr("xl/sharedStrings.xml", strings)
    book.unlink()
    (ws / "audit.toml").write_text("max_cells = 10000\n", encoding="utf-8")
    one_line(run(ws, command), "id", "lap.xlsx:xl/sharedStrings.xml", "max_cells")
    assert not (ws / "out.xlsx").exists()


def test_workbook_fix_apply_still_works_within_the_limits(ws):
    from helpers import csv_dir_to_xlsx

    csv_dir_to_xlsx(ws / "rep", ws / "lap.xlsx")
    r = run(ws, ["fix", "lap.xlsx", "--apply", "-o", "out.xlsx"])
    assert r.exit_code == 0 and (ws / "out.xlsx").is_file(), r.output


# items 11 and 14: what a report folder holds

def _entries(ws: Path, kind: str, name: str) -> Path:
    path = ws / "rep" / name
    path.unlink(missing_ok=True)
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev_zero":
        path.symlink_to("/dev/zero")
    elif kind == "dangling":
        path.symlink_to("nothing.csv")  # inside the folder, to nothing
    elif kind == "outside":
        shutil.copy(EXAMPLE / name, ws / "copy.csv")
        path.symlink_to(ws / "copy.csv")
    return path


SAID = {"fifo": "pipa bernama", "dev_zero": "tautan ke luar folder rep (/dev/zero)", "dangling": "tidak ada",
        "outside": "tautan ke luar folder"}


@pytest.mark.parametrize("kind", list(SAID))
def test_a_table_file_that_is_not_the_folders_own_file_is_a_finding(ws, kind):
    _entries(ws, kind, "aset.csv")
    r = run(ws, ["check", "rep", "--format", "json"])
    assert r.exit_code == 1 and r.stderr == "", r.output
    found = [f for f in json.loads(r.stdout)["findings"] if f["rule_id"] == "INPUT006" and f["table"] == "aset"]
    assert found and SAID[kind] in found[0]["message"], found
    assert any(f["rule_id"].startswith("SUM") for f in json.loads(r.stdout)["findings"])  # the rest is audited


def test_a_link_to_a_file_outside_is_not_read_nor_copied(ws):
    (ws / "secret.txt").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (ws / "rep" / "catatan.txt").symlink_to(ws / "secret.txt")
    _entries(ws, "outside", "aset.csv")
    r = run(ws, ["check", "rep"])
    assert "root:x" not in r.output
    r = run(ws, ["fix", "rep", "--apply", "-o", "out"])
    assert r.exit_code == 0, r.output
    copied = {p.name for p in (ws / "out").iterdir()}
    assert "catatan.txt" not in copied and "aset.csv" not in copied and "belanja.csv" in copied
    assert all("root:x" not in p.read_text(encoding="utf-8", errors="replace")
               for p in (ws / "out").iterdir() if p.is_file())


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("kind", ["fifo", "folder", "dev_zero", "outside"])
def test_report_yaml_that_is_not_a_file_is_named_as_such(ws, lang, kind):
    meta = ws / "rep" / "report.yaml"
    meta.unlink()
    if kind == "fifo":
        os.mkfifo(meta)
    elif kind == "folder":
        meta.mkdir()
    elif kind == "dev_zero":
        meta.symlink_to("/dev/zero")
    else:
        shutil.copy(EXAMPLE / "report.yaml", ws / "meta.yaml")
        meta.symlink_to(ws / "meta.yaml")
    said = {"fifo": ("pipa bernama", "named pipe"), "folder": ("sebuah folder", "a folder"),
            "dev_zero": ("(/dev/zero)", "(/dev/zero)"),
            "outside": ("tautan ke luar folder", "a link out of the folder")}
    line = one_line(run(ws, ["check", "rep"], lang), lang, "report.yaml", said[kind][lang == "en"])
    assert "missing" not in line and "tidak ada di folder" not in line


def test_a_utf32_table_is_read_as_utf32(ws):
    """The same table saved as UTF-32 (with its BOM) audits as the UTF-8 one does, not as unreadable UTF-16."""
    def findings():
        r = run(ws, ["check", "rep", "--format", "json"])
        return sorted((f["rule_id"], f["table"], f["row"], f["column"]) for f in json.loads(r.stdout)["findings"])

    expected = findings()
    text = (ws / "rep" / "belanja.csv").read_text(encoding="utf-8")
    (ws / "rep" / "belanja.csv").write_bytes(text.encode("utf-32"))
    assert findings() == expected


def test_a_looping_pdf_page_tree_says_one_line(ws):
    """A page tree whose node lists itself among its kids: one line on stderr, no warning from the PDF library."""
    stream = b"BT /F1 12 Tf 72 720 Td (Laporan Kinerja 2023) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Pages /Kids [2 0 R 6 0 R] /Parent 2 0 R /Count 1 >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>"]
    data, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    (ws / "loop.pdf").write_bytes(data)
    one_line(run(ws, ["check", "loop.pdf"]), "id", "loop.pdf")


# item 12: batch on Ctrl-C

def test_batch_interrupted_writes_the_summary_of_what_finished(ws):
    for i in range(24):
        shutil.copytree(EXAMPLE, ws / "kab" / f"r{i:02d}")
    before = snapshot(ws / "kab")
    p = subprocess.Popen([sys.executable, "-m", "audit.cli", "batch", "kab", "-j", "2", "--no-suggest",
                          "-f", "csv:rekap.csv", "--output-dir", "hasil", "--no-progress"],
                         cwd=ws, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         # as from a terminal: a test run started in the background (`&` in a script, some CI
                         # runners) ignores SIGINT, and Python then never raises KeyboardInterrupt
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    first = p.stderr.readline()  # one report finished: interrupt the rest
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=60)
    err = first + err
    assert p.returncode == 130, err
    lines = [ln for ln in err.splitlines() if not ln.startswith("[")]
    assert len(lines) == 1 and lines[0].startswith("dihentikan (Ctrl-C): "), err
    assert "Aborted" not in err and "Traceback" not in err and "KeyboardInterrupt" not in err
    done = int(lines[0].split(": ")[1].split()[0])
    rows = (ws / "rekap.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert 1 <= done < 24 and len(rows) == done, (done, rows)
    written = {p.stem for p in (ws / "hasil").glob("*.json")}  # a worker's reports finished before it was stopped
    assert {Path(row.split(",")[0]).name for row in rows} <= written, (rows, written)
    assert snapshot(ws / "kab") == before


def _docx(path: Path, paragraphs: list[str], cells: int = 0, prefix: str = "w") -> Path:
    """A DOCX whose body holds `paragraphs` and a table of `cells` one-cell rows, written as Word writes it (or
    with another namespace prefix, which any XML reader takes as the same)."""
    import io
    import zipfile
    from xml.sax.saxutils import escape

    import docx

    template = io.BytesIO()
    docx.Document().save(template)
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t>{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    if cells:
        body += "<w:tbl>" + "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>" * cells + "</w:tbl>"
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<w:document {ns}><w:body>{body}</w:body></w:document>')
    xml = xml.replace("<w:", f"<{prefix}:").replace("</w:", f"</{prefix}:").replace("xmlns:w=", f"xmlns:{prefix}=")
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            out.writestr(item, xml if item.filename == "word/document.xml" else src.read(item))
    path.with_suffix(".yaml").write_text("agency: Kecamatan Uji\nyear: 2023\n", encoding="utf-8")
    return path


AMOUNTS = [f"Realisasi kegiatan {i} sebesar Rp {100 + i}.000.000 dari pagu Rp 2.000.000.000." for i in range(3000)]


def test_a_docx_written_with_another_namespace_prefix_is_counted_alike(ws, monkeypatch):
    import docx

    _docx(ws / "doc.docx", ["Laporan Kinerja Kecamatan Uji Tahun 2023", *AMOUNTS], prefix="x")
    (ws / "audit.toml").write_text("max_paragraphs = 2000\n", encoding="utf-8")
    monkeypatch.setattr(docx, "Document", lambda *a, **k: pytest.fail("python-docx parsed the whole body"))
    one_line(run(ws, ["check", "doc.docx"], "en"), "en", "doc.docx:word/document.xml", "max_paragraphs")


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("command", [["check"], ["fix"], ["extract", "-o", "out.xlsx"], ["batch"]])
def test_a_docx_with_more_paragraphs_than_the_limit_is_refused_before_it_is_parsed(ws, monkeypatch, lang, command):
    """A million amount-bearing paragraphs (here 3,000 under `max_paragraphs = 2000`) are counted in the zip
    member; python-docx, which would build them all, is never asked (it fails here if it is)."""
    import docx

    _docx(ws / "doc.docx", ["Laporan Kinerja Kecamatan Uji Tahun 2023", *AMOUNTS])
    (ws / "audit.toml").write_text("max_paragraphs = 2000\n", encoding="utf-8")
    monkeypatch.setattr(docx, "Document", lambda *a, **k: pytest.fail("python-docx parsed the whole body"))
    r = run(ws, [command[0], "doc.docx", *command[1:]], lang)
    if command[0] == "batch":  # one report of the batch: its row says so, as for any report it cannot read
        assert r.exit_code == 1 and "max_paragraphs" in r.output, r.output
    else:
        # the limit in the reader's numbers, the setting as audit.toml writes it
        one_line(r, lang, "doc.docx:word/document.xml", "2.000" if lang == "id" else "2,000", "max_paragraphs")
    assert not (ws / "out.xlsx").exists()


def test_a_docx_with_more_table_cells_than_the_limit_is_refused_before_it_is_parsed(ws, monkeypatch):
    import docx

    _docx(ws / "doc.docx", ["Laporan Kinerja Kecamatan Uji Tahun 2023"], cells=3000)
    (ws / "audit.toml").write_text("max_cells = 2000\n", encoding="utf-8")
    monkeypatch.setattr(docx, "Document", lambda *a, **k: pytest.fail("python-docx parsed the whole body"))
    one_line(run(ws, ["check", "doc.docx"], "en"), "en", "doc.docx:word/document.xml", "max_cells")


def test_a_markdown_document_with_more_paragraphs_than_the_limit_is_refused(ws):
    (ws / "doc.md").write_text("# Laporan Kinerja Kecamatan Uji Tahun 2023\n\n" + "\n\n".join(AMOUNTS) + "\n",
                               encoding="utf-8")
    (ws / "doc.yaml").write_text("agency: Kecamatan Uji\nyear: 2023\n", encoding="utf-8")
    (ws / "audit.toml").write_text("max_paragraphs = 2000\n", encoding="utf-8")
    one_line(run(ws, ["check", "doc.md"]), "id", "doc.md", "2.000 paragraf", "max_paragraphs")


def test_within_the_paragraph_limit_a_docx_is_read_and_its_claims_checked(ws):
    _docx(ws / "doc.docx", ["Laporan Kinerja Kecamatan Uji Tahun 2023", *AMOUNTS[:50]])
    r = run(ws, ["check", "doc.docx", "--format", "json"], "en")
    assert r.exit_code in (0, 1) and r.stderr == "", r.output

    from audit.api import read
    from audit.config import resolve

    assert len(read(ws / "doc.docx", resolve(ws / "doc.docx")).document.claims) >= 50


@pytest.mark.parametrize("where", ["docx paragraph", "markdown table cell"])
def test_one_huge_text_is_cut_to_its_start_and_the_cut_is_said(ws, where):
    """A 1 MB run of amounts in one DOCX paragraph or one markdown table cell: every pass after the reader
    sees its first 20,000 characters only, and a DOC002 note says so, with how the text begins."""
    amounts = ", ".join(f"Rp {100 + i % 800}.000.000" for i in range(70_000))
    if where == "docx paragraph":
        name = "doc.docx"
        _docx(ws / name, ["Laporan Kinerja Kecamatan Uji Tahun 2023", "Realisasi anggaran " + amounts])
    else:
        name = "doc.md"
        (ws / name).write_text(f"# Laporan Kinerja Kecamatan Uji Tahun 2023\n\n| Uraian | Jumlah |\n|---|---|\n"
                               f"| Realisasi anggaran {amounts} | 1 |\n", encoding="utf-8")
        (ws / "doc.yaml").write_text("agency: Kecamatan Uji\nyear: 2023\n", encoding="utf-8")
    r = run(ws, ["check", name, "--format", "json"], "en")
    assert r.exit_code in (0, 1) and r.stderr == "", r.output
    notes = [f["message"] for f in json.loads(r.stdout)["findings"] if f["rule_id"] == "DOC002"]
    assert any("1 paragraphs or cells are longer than 20000 characters" in n and "'Realisasi anggaran Rp 100" in n
               for n in notes), notes
    assert len(r.stdout) < 100_000  # the report is the size of the findings, not of the text

    from audit.api import read
    from audit.config import resolve

    doc = read(ws / name, resolve(ws / name)).document.document
    assert max(len(c.text) for t in doc.tables for row in t.rows for c in row) <= 20_000 if doc.tables else True
    assert max(len(p.text) for p in doc.paragraphs) <= 20_000


def _book_with(ws: Path, strings: int = 0, empty_rows: int = 0) -> Path:
    """The example as `lap.xlsx`, with `strings` shared strings that no cell uses, or `empty_rows` formatted
    empty rows (a fill, no cell) below the table of its first sheet, written as Excel writes them."""
    import re
    import zipfile

    from helpers import csv_dir_to_xlsx

    book = csv_dir_to_xlsx(ws / "rep", ws / "plain.xlsx")
    target = ws / "lap.xlsx"
    with zipfile.ZipFile(book) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        first = sorted(n for n in src.namelist() if n.startswith("xl/worksheets/sheet"))[0]
        for item in src.infolist():
            data = src.read(item.filename)
            if strings and item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            elif strings and item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.'
                                    b'org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                                    b"</Relationships>")
            elif empty_rows and item.filename == first:
                last = max(int(r) for r in re.findall(rb'<row r="(\d+)"', data))
                data = data.replace(b"</sheetData>", b"".join(
                    b'<row r="%d" s="1" customFormat="1" ht="15" customHeight="1"/>' % r
                    for r in range(last + 1, last + 1 + empty_rows)) + b"</sheetData>")
            out.writestr(item, data)
        if strings:
            out.writestr("xl/sharedStrings.xml", b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                         b'main">' + b"".join(b"<si><t>s%d</t></si>" % i for i in range(strings)) + b"</sst>")
    book.unlink()
    return target


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("command", [["check", "lap.xlsx"], ["fix", "lap.xlsx", "--apply", "-o", "out.xlsx"],
                                     ["fix", "lap.xlsx"], ["baseline", "lap.xlsx", "-o", "b.yaml"]])
def test_shared_strings_no_cell_could_show_are_refused_within_max_cells(ws, lang, command):
    """Millions of strings within `max_cells` took minutes and a gigabyte when openpyxl opened the workbook:
    a table holding more than 10,000 strings beyond the cells of its sheets is refused before it is read."""
    _book_with(ws, strings=30_000)
    said = {"id": "tabel string bersama", "en": "shared-string table"}[lang]
    one_line(run(ws, command, lang), lang, "lap.xlsx:xl/sharedStrings.xml", said, "10000")
    assert not (ws / "out.xlsx").exists() and not (ws / "b.yaml").exists()


def test_a_shared_string_table_the_cells_can_use_is_read(ws):
    _book_with(ws, strings=9_000)  # unused, but within the spare 10,000
    assert run(ws, ["check", "lap.xlsx"]).exit_code == 1  # the example's findings: read and audited


@pytest.mark.parametrize("lang", ["id", "en"])
def test_workbook_fix_apply_refuses_more_formatted_empty_rows_than_it_may_load(ws, lang):
    """50,001 formatted empty rows within `max_rows`: `check` stops after 1000 of them; `fix --apply`, which
    must load them all, refuses (ten sheets of 190,000 took 392 s and 1.1 GB) and says what to do."""
    _book_with(ws, empty_rows=50_001)
    assert run(ws, ["check", "lap.xlsx"], lang).exit_code == 1
    said = {"id": "baris kosong berformat", "en": "formatted empty rows"}[lang]
    one_line(run(ws, ["fix", "lap.xlsx", "--apply", "-o", "out.xlsx"], lang), lang, "lap.xlsx", said, "50000",
             "-o")
    assert not (ws / "out.xlsx").exists()
    r = run(ws, ["fix", "lap.xlsx", "--apply", "-o", "tabel"], lang)  # the way out it names: canonical tables
    assert r.exit_code == 0 and (ws / "tabel" / "report.yaml").is_file(), r.output


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_number_with_one_digit_after_its_thousands_groups_is_no_number(ws, lang):
    """`1.234.5` is a typo (a digit lost), not 1234.5: the cell is reported where it is, not read as a value."""
    table = ws / "rep" / "belanja.csv"
    table.write_text(table.read_text(encoding="utf-8").replace('"145.149.270,00"', "1.234.5", 1), encoding="utf-8")
    r = run(ws, ["check", "rep", "--format", "json"], lang)
    assert r.exit_code == 1 and r.stderr == "", r.output
    found = [f for f in json.loads(r.stdout)["findings"] if f["rule_id"] == "PARSE001" and f["table"] == "belanja"]
    assert any(f["column"] == "anggaran" and "1.234.5" in f["message"] for f in found), found


@pytest.mark.parametrize("lang, page", [("id", "hlm. 1"), ("en", "page 1")])
def test_a_pdf_page_over_a_limit_is_named_in_the_readers_language(ws, lang, page):
    """A PDF table past `max_rows` is refused at its page, said as the reader says a page (not `p.1`)."""
    sys.path.insert(0, str(Path(__file__).parent))
    import docgen

    rows = [[f"{i}.", f"Program nomor {i}", f"{i * 1000:,}".replace(",", ".")] for i in range(1, 31)]
    docgen.write_pdf_table(ws / "lap.pdf", ["No", "Program", "Pagu (Rp)"], rows)
    (ws / "lap.yaml").write_text("agency: Kecamatan Uji\nyear: 2023\n", encoding="utf-8")
    (ws / "audit.toml").write_text("max_rows = 10\n", encoding="utf-8")
    line = one_line(run(ws, ["check", "lap.pdf"], lang), lang, "lap.pdf", f":{page}:", "10")
    assert ":p.1:" not in line
