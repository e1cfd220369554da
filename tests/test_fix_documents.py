"""`audit fix --apply` into the agency's own document: the Word file and the markdown corrected in place.

Documents of the layout corpus (`tests/corpus/`, real layouts with injected mistakes) are
corrected, then read back as a reviewer would: python-docx for the Word file, the lines for
markdown, and `audit` again for what the corrections cleared.
"""
from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner
from conftest import EXAMPLE, ROOT
from docx.enum.text import WD_COLOR_INDEX
from lxml import etree

import audit
from audit.cli import main
from audit.model import Finding, Fix, Location, Severity
from audit.repair.corrected import cell_note
from audit.repair.docx import apply_to_docx

CORPUS = ROOT / "tests" / "corpus"
RSUD = CORPUS / "rsud-lembah-hijau"  # HTML tables, a rowspan in the IKU table
DISDIK = CORPUS / "disdik-wanareja"  # grid tables
DINKES = CORPUS / "dinkes-sukamaju"  # pipe tables
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
COMMENT_PARTS = {"word/document.xml", "word/comments.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"}


def invoke(*args):
    return CliRunner().invoke(main, list(map(str, args)))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mistake(folder: Path, line: int) -> dict:
    return next(m for m in yaml.safe_load((folder / "manifest.yaml").read_text(encoding="utf-8"))["mistakes"]
                if m["line"] == line)


def comments(document) -> dict[str, str]:
    """Comment id -> text, from the comments part the document relates to."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    part = document.part.part_related_by(RT.COMMENTS)
    root = etree.fromstring(part.blob)
    return {c.get(W + "id"): "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in c.iter(W + "p"))
            for c in root.iter(W + "comment")}


def texts(document) -> list[list[list[str]]]:
    return [[[c.text for c in row.cells] for row in table.rows] for table in document.tables]


@pytest.fixture(scope="module")
def word(tmp_path_factory):
    """The RSUD draft as the agency's Word file, corrected: (input, output, listing, CLI result)."""
    from tests.corpus.render import render

    folder = tmp_path_factory.mktemp("word")
    source = render(RSUD / "draft.md", folder)["docx"]
    before = digest(source)
    listing = folder / "fixes.json"
    assert invoke("fix", source, "--format", "json", "-o", listing).exit_code == 0
    out = folder / "laporan-perbaikan.docx"
    result = invoke("fix", source, "--apply", "-o", out)
    assert result.exit_code == 0, result.output
    assert digest(source) == before  # the agency's file is only read
    return source, out, json.loads(listing.read_text(encoding="utf-8"))["fixes"], result


def test_a_corrected_word_file_holds_the_value_highlighted_and_commented(word):
    source, out, _, result = word
    known = mistake(RSUD, 47)  # Perawat BLUD printed 10 where the staff table adds up to 9
    document = docx.Document(str(out))
    number, row = next((t, r) for t, table in enumerate(document.tables) for r, cells in enumerate(table.rows)
                       if cells.cells[1].text == known["row"])
    cell = document.tables[number].rows[row].cells[known["column_index"]]
    before = docx.Document(str(source)).tables[number].rows[row].cells[known["column_index"]]
    assert before.text == known["new"]
    assert cell.text == known["old"]
    runs = [r for p in cell.paragraphs for r in p.runs if r.text]
    assert runs and all(r.font.highlight_color == WD_COLOR_INDEX.YELLOW for r in runs)
    anchored = {el.get(W + "id") for el in cell._tc.iter(W + "commentRangeStart")}
    notes = comments(document)
    assert len(anchored) == 1 and anchored <= set(notes)
    note = notes[anchored.pop()]
    assert re.search(r"\bSUM\d{3}\b", note) and f"Tertulis {known['new']}, diubah menjadi {known['old']}" in note
    # the listing's high-confidence fixes, all of them: the staff count, the LPPD total, the NDR capaian and (since the
    # BLUD revenue table is read as a statement, `lra`) its `Jumlah` realised back to 41,239,584,050 (SUM058, RATIO015)
    assert "4 sel diubah" in result.output


def test_everything_else_in_the_word_file_is_as_the_agency_wrote_it(word):
    source, out, fixes, _ = word
    old, new = zipfile.ZipFile(source), zipfile.ZipFile(out)
    assert [i.filename for i in new.infolist()][:len(old.infolist())] == [i.filename for i in old.infolist()]
    assert set(new.namelist()) - set(old.namelist()) <= {"word/comments.xml"}
    assert {n for n in old.namelist() if old.read(n) != new.read(n)} <= COMMENT_PARTS
    a, b = docx.Document(str(source)), docx.Document(str(out))
    assert [p.text for p in a.paragraphs] == [p.text for p in b.paragraphs]
    changed = {(t, r, c) for t, (x, y) in enumerate(zip(texts(a), texts(b)))
               for r, (rx, ry) in enumerate(zip(x, y)) for c, (u, v) in enumerate(zip(rx, ry)) if u != v}
    assert len(changed) == len(fixes)  # every cell of every table as it was, but the fixed ones
    proposed = {f["proposed_text"] for f in fixes}
    assert {texts(b)[t][r][c] for t, r, c in changed} == proposed


def test_auditing_the_corrected_word_file_clears_what_was_fixed(word):
    source, out, fixes, _ = word
    before, after = audit.run(source), audit.run(out)
    cleared = {rule for f in fixes for rule in f["resolves"]}
    at = {(f["cell"]["sheet"], f["cell"]["cell"]) for f in fixes}
    assert not [f for f in after.findings if f.rule_id in cleared and (f.location.sheet, f.location.cell) in at]
    assert len(after.findings) < len(before.findings)


def _word_file(path: Path) -> Path:
    """A table as a PDF converter writes it: a label spanning two columns (gridSpan), a row number
    spanning two rows (vMerge), a figure typed in two runs, and the table going on after a page
    break (a second Word table, its header repeated)."""
    document = docx.Document()
    document.add_paragraph("Tabel 1 Realisasi Anggaran")
    table = document.add_table(rows=4, cols=4)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Uraian"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "1"
    table.cell(3, 0).merge(table.cell(3, 1)).text = "Jumlah"
    for r, row in enumerate([["Pagu", "Realisasi"], ["100", None], ["200", "50"], ["300", "90"]]):
        table.cell(r, 2).text = row[0]
        if row[1] is not None:
            table.cell(r, 3).text = row[1]
    table.cell(1, 1).text, table.cell(2, 1).text = "Belanja A", "Belanja B"
    paragraph = table.cell(1, 3).paragraphs[0]
    paragraph.add_run("4").bold = True
    paragraph.add_run("0")
    document.add_paragraph()  # the page break between the converter's two tables
    more = document.add_table(rows=2, cols=4)
    more.cell(0, 0).merge(more.cell(0, 1)).text = "Uraian"
    for c, text in enumerate(["", "", "Pagu", "Realisasi"]):
        if text:
            more.cell(0, c).text = text
    for c, text in enumerate(["2", "Belanja C", "70", "7"]):
        more.cell(1, c).text = text
    document.save(str(path))
    return path


def _fix(cell: str, old: str, new: str) -> Fix:
    return Fix("realisasi", None, "realisasi", Location("t.docx", "Tabel #1", cell), float(old), float(new), "high",
               "r", old, new, ("SUM022",))


def test_fixes_land_in_merged_rows_split_runs_and_a_table_continued_after_a_page_break(tmp_path):
    source = _word_file(tmp_path / "t.docx")
    fixes = [_fix("D2", "40", "45"), _fix("D3", "50", "55"), _fix("C4", "300", "370"), _fix("D5", "7", "8"),
             _fix("C2", "999", "1")]
    skipped = apply_to_docx(source, tmp_path / "out.docx", fixes, "id", lambda f: f"{f.resolves[0]} {f.current_text}")
    assert skipped == [fixes[-1]]  # the cell does not read 999: nothing is guessed
    first, second = docx.Document(str(tmp_path / "out.docx")).tables
    assert [[c.text for c in row.cells] for row in first.rows] == [
        ["Uraian", "Uraian", "Pagu", "Realisasi"], ["1", "Belanja A", "100", "45"], ["1", "Belanja B", "200", "55"],
        ["Jumlah", "Jumlah", "370", "90"]]
    assert [c.text for c in second.rows[1].cells] == ["2", "Belanja C", "70", "8"]
    runs = [r for r in first.cell(1, 3).paragraphs[0].runs if r.text]
    assert [(r.text, r.bold) for r in runs] == [("45", True)]  # the first run's formatting kept
    notes = comments(docx.Document(str(tmp_path / "out.docx")))
    assert sorted(notes.values()) == ["SUM022 300", "SUM022 40", "SUM022 50", "SUM022 7"]


def test_a_word_file_with_comments_keeps_them_and_gets_new_ones(tmp_path):
    document = docx.Document(str(_word_file(tmp_path / "t.docx")))
    if not hasattr(document, "add_comment"):
        pytest.skip("python-docx before 1.2 cannot write a comment to start from")
    document.add_comment(document.paragraphs[0].runs[0], text="cek tabel ini", author="Inspektorat")
    document.save(str(tmp_path / "commented.docx"))
    assert apply_to_docx(tmp_path / "commented.docx", tmp_path / "out.docx", [_fix("C4", "300", "370")], "id",
                         lambda f: "koreksi") == []
    old, new = zipfile.ZipFile(tmp_path / "commented.docx"), zipfile.ZipFile(tmp_path / "out.docx")
    assert {n for n in old.namelist() if old.read(n) != new.read(n)} == {"word/document.xml", "word/comments.xml"}
    assert sorted(comments(docx.Document(str(tmp_path / "out.docx"))).values()) == ["cek tabel ini", "koreksi"]


def test_a_comment_quotes_the_findings_at_its_cell_in_the_report_language():
    here, there = Location("laporan.docx", "Tabel #3", "D6"), Location("laporan.docx", "Tabel #3", "D11")
    fix = Fix("lppd", "2", "anggaran", here, 900.0, 1000.0, "high", "clears 1 finding (SUM022)", "900", "1.000",
              ("SUM022",))
    found = [Finding("SUM022", Severity.ERROR, "lppd", "2", "anggaran", here, 900.0, 1000.0, -100.0,
                     "Total row ≠ sum of 2 rows above it (anggaran)"),
             Finding("SUM022", Severity.ERROR, "lppd", "7", "anggaran", there, 5.0, 6.0, -1.0, "another row"),
             Finding("MATCH001", Severity.ERROR, "lppd", "2", "anggaran", here, 900.0, 950.0, -50.0, "not fixed")]
    assert cell_note(fix, found, "en", "id").splitlines() == [
        "lkjip-audit, rule(s) SUM022:", "Total row ≠ sum of 2 rows above it (anggaran)",
        "Was 900, changed to 1.000; clears 1 finding (SUM022)."]


@pytest.mark.parametrize("folder, line, windows", [(RSUD, 47, False), (DINKES, 45, True), (DISDIK, 62, False)],
                         ids=["html", "pipe-crlf-bom", "grid"])
def test_a_corrected_markdown_changes_only_the_fixed_cells(tmp_path, folder, line, windows):
    source = tmp_path / "laporan.md"
    data = (folder / "draft.md").read_bytes()
    source.write_bytes(b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n") if windows else data)
    before = digest(source)
    out = tmp_path / "laporan-perbaikan.md"
    result = invoke("fix", source, "--apply", "-o", out)
    assert result.exit_code == 0, result.output
    assert digest(source) == before
    old, new = source.read_bytes().split(b"\n"), out.read_bytes().split(b"\n")
    assert len(old) == len(new) and old[0][:3] == new[0][:3]  # a byte-order mark and CRLF line ends kept
    changed = [i + 1 for i, (a, b) in enumerate(zip(old, new)) if a != b]
    n = int(re.search(r"(\d+) sel diubah", result.output).group(1))
    assert 0 < len(changed) <= n
    known = mistake(folder, line)
    assert line in changed
    was, now = old[line - 1].decode(), new[line - 1].decode()
    cells = re.compile(r"</?t[dh][^>]*>|(?<!\\)\|")
    a, b = cells.split(was), cells.split(now)
    assert len(a) == len(b) and [(x.strip(), y.strip()) for x, y in zip(a, b) if x != y] == [
        (known["new"], known["old"])]  # one cell, from the printed mistake back to the right value
    if was.startswith("|"):  # a grid or padded pipe row keeps its column borders where they were
        assert [m.start() for m in re.finditer(r"\|", was)] == [m.start() for m in re.finditer(r"\|", now)]
    first, fixed = audit.run(source), audit.run(out)
    assert len(fixed.findings) < len(first.findings)
    gone = {f.rule_id for f in first.findings if f.location and f.location.line == line} - \
        {f.rule_id for f in fixed.findings if f.location and f.location.line == line}
    assert gone


def test_a_pdf_cannot_be_corrected_and_gets_the_fix_listing(tmp_path):
    from tests.corpus.render import render

    source = render(RSUD / "draft.md", tmp_path)["pdf"]
    out = tmp_path / "laporan-perbaikan.pdf"
    result = invoke("fix", source, "--apply", "-o", out)
    assert result.exit_code == 2
    assert not out.exists()
    assert "PDF tidak dapat dikoreksi" in result.stderr and "-o perbaikan.xlsx" in result.stderr
    assert "→" in result.stdout and "[tinggi]" in result.stdout  # the listing, printed instead


@pytest.mark.parametrize("source, output, lang, says", [
    ("docx", "out.md", "id", ".docx: dokumen Word yang dikoreksi"),
    ("md", "out.docx", "en", ".md: the corrected markdown"),
    ("folder", "fixed.md", "en", "a folder: the corrected copy; .xlsx: the canonical tables"),
    ("md", "out.pdf", "id", ".md: markdown yang dikoreksi"),
])
def test_an_output_of_another_kind_is_one_clear_error(tmp_path, source, output, lang, says):
    inputs = {"folder": EXAMPLE, "md": tmp_path / "laporan.md", "docx": tmp_path / "t.docx"}
    (tmp_path / "laporan.md").write_bytes((RSUD / "draft.md").read_bytes())
    _word_file(tmp_path / "t.docx")
    result = invoke("fix", inputs[source], "--apply", "-o", tmp_path / output, "--lang", lang)
    assert result.exit_code == 2
    assert says in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / output).exists()


TAPANULI = ROOT / "tests" / "wild" / "dkp-tapanuli-tengah-pegawai"  # real staff tables with shares (S49)


def _tapanuli(tmp_path: Path, old: str | None = None, new: str | None = None) -> Path:
    text = (TAPANULI / "laporan.md").read_text(encoding="utf-8")
    if old is not None and new is not None:
        assert text.count(old) == 1
        text = text.replace(old, new)
    (tmp_path / "laporan.md").write_text(text, encoding="utf-8")
    (tmp_path / "laporan.yaml").write_bytes((TAPANULI / "laporan.yaml").read_bytes())
    return tmp_path / "laporan.md"


def _listing(path: Path) -> dict:
    out = invoke("fix", path, "--list", "--format", "json", "--min-confidence", "medium", "--lang", "en")
    assert out.exit_code == 0, out.output
    return json.loads(out.output)


def test_a_share_the_check_proposes_is_listed_and_applied_by_fix(tmp_path):
    """A share off its count (44 of 54 printed as 84%, for 81) is proposed by `audit check` (GEN002, medium) and
    is now a change of `audit fix` too: listed, and written into the corrected copy, which then checks clean of
    it. Before, `audit fix` said "no fix to propose" for every share."""
    path = _tapanuli(tmp_path, "| Laki-laki | 44 orang | 81 |", "| Laki-laki | 44 orang | 84 |")
    [share] = [f for f in audit.run(path).findings
               if f.rule_id == "GEN002" and (f.location.sheet, f.location.cell) == ("Tabel #1", "C2")]
    assert share.suggestions[0].proposed == 81
    listing = _listing(path)
    shares = [((f["cell"]["sheet"], f["cell"]["cell"]), f["proposed"]) for f in listing["fixes"]
              if f["resolves"] == ["GEN002"]]
    assert (("Tabel #1", "C2"), 81) in shares
    out = invoke("fix", path, "--apply", "-o", tmp_path / "fixed.md", "--min-confidence", "medium")
    assert out.exit_code == 0, out.output
    fixed = (tmp_path / "fixed.md").read_text(encoding="utf-8")
    assert "| Laki-laki | 44 orang | 81 |" in fixed
    (tmp_path / "fixed.yaml").write_bytes((TAPANULI / "laporan.yaml").read_bytes())
    assert not [f for f in audit.run(tmp_path / "fixed.md").findings
                if f.rule_id == "GEN002" and (f.location.sheet, f.location.cell) == ("Tabel #1", "C2")]


def test_a_share_computed_from_a_count_in_doubt_is_left_saying_why(tmp_path):
    """Tapanuli Tengah's staff by pendidikan add up to 52 for a total of 54, a tie between S-2 and D-3 left to the
    reviewer; the shares of those two rows are computed from the very counts in doubt, so their fixes are not
    listed (left as `doubt`, said in words), while SMA's share (73 for 39 of 54 = 72) stands on counts no finding
    questions and is listed."""
    listing = _listing(_tapanuli(tmp_path))
    shares = {f["cell"]["cell"]: f["proposed"] for f in listing["fixes"] if f["resolves"] == ["GEN002"]}
    assert shares == {"C5": 72}
    left = {f["cell"]: f["reason"] for f in listing["summary"]["left"] if f["rule_id"] == "GEN002"}
    assert left == {"laporan.md:23 (Tabel #2!C2)": "doubt", "laporan.md:25 (Tabel #2!C4)": "doubt"}
    assert all("another finding" in f["why"] for f in listing["summary"]["left"] if f["reason"] == "doubt")
