"""A workbook laid out as an agency keeps it (no `report` sheet, a title above each table,
sheets in any order and any name) is read as a document: classified, checked, and located
at the sheet and the cell."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import audit
from audit.cli import main
from audit.document import read_document
from audit.numbers import parse_number

CORPUS = Path(__file__).parent / "corpus" / "kecamatan-karangwetan"


def _workbook(source: Path, target: Path) -> Path:
    """The document's tables on sheets of their own, figures typed as numbers with number formats
    (as a spreadsheet holds them), the cover lines on a first sheet."""
    doc = read_document(source)
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Sampul"
    for i, p in enumerate(doc.paragraphs[:4], 1):
        cover.cell(i, 1, p.text)
    for t in doc.tables:
        ws = wb.create_sheet(f"Tabel {t.index}")
        ws["A1"] = t.caption[-1] if t.caption else ""
        for r, row in enumerate(t.rows, start=3):
            for c, cell in enumerate(row, start=1):
                _put(ws.cell(r, c), cell.text)
    wb.save(target)
    return target


def _put(cell, text: str) -> None:
    parsed = parse_number(text, "number") if text and any(ch.isdigit() for ch in text) else None
    if parsed is None or parsed.value is None or parsed.form == "text" or " " in text.strip():
        cell.value = text or None
    elif text.strip().endswith("%"):
        cell.value, cell.number_format = parsed.value / 100, "0.00%"
    else:
        cell.value, cell.number_format = parsed.value, "#,##0.00" if parsed.decimals else "#,##0"


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("books")
    return {v: _workbook(CORPUS / f"{v}.md", out / f"{v}.xlsx") for v in ("clean", "draft")}


def test_every_numeric_table_of_the_workbook_is_read_and_the_clean_one_has_no_error(books):
    result = audit.run(books["clean"], suggest=False)
    assert result.meta.agency == "Kecamatan Karangwetan" and result.meta.year == 2023
    assert result.coverage.tables_read == result.coverage.tables_found == 8
    assert [f for f in result.findings if f.severity.value == "error"] == []
    assert not [f for f in result.findings if f.rule_id == "DOC010"]  # a workbook has no chapters to require


def test_a_mistake_in_the_workbook_is_found_at_its_sheet_and_cell(books):
    errors = [f for f in audit.run(books["draft"], suggest=False).findings if f.severity.value == "error"]
    assert errors
    wb = openpyxl.load_workbook(books["draft"], read_only=False)
    for f in errors:  # every finding names a real cell of a real sheet
        assert f.location.sheet in wb.sheetnames and f.location.cell
        value = wb[f.location.sheet][f.location.cell].value
        assert value is not None, (f.rule_id, f.location)
    located = {(f.rule_id, f.location.sheet, f.location.cell) for f in errors}
    kegiatan = next(f for f in errors if f.rule_id == "SUM022")
    assert wb[kegiatan.location.sheet][f"B{kegiatan.location.cell[1:]}"].value  # the kegiatan's own row
    assert len(located) == len(errors)


def test_the_cli_reads_such_a_workbook_and_says_what_it_checked(books):
    r = CliRunner().invoke(main, ["check", str(books["draft"]), "--no-suggest", "--no-color"])
    assert r.exit_code == 1
    assert "Diperiksa: 8/8 tabel berangka" in " ".join(r.output.replace("│", " ").split())


def test_a_workbook_that_names_no_agency_asks_for_a_sidecar(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Program", "Pagu", "Realisasi"])
    wb.active.append(["Program A", 100, 90])
    path = tmp_path / "data.xlsx"
    wb.save(path)
    r = CliRunner().invoke(main, ["check", str(path)])
    assert r.exit_code == 2 and "data.yaml" in r.stderr and len(r.stderr.strip().splitlines()) == 1
