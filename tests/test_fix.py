"""`audit fix`: the listing sent back to the agency, and the corrected copy."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE
from helpers import csv_dir_to_xlsx, write_report
from openpyxl import load_workbook

import audit
from audit.cli import main


def invoke(*args):
    return CliRunner().invoke(main, list(map(str, args)))


def test_listing_names_cells_current_and_proposed_values():
    r = invoke("fix", EXAMPLE)
    assert r.exit_code == 0, r.output
    # in the reader's numbers (the cells wrote `1,800,000` and `75.00%`), at the precision they were written
    assert "realisasi_kegiatan.csv!F44: 1.800.000 → 2.400.000  [tinggi]" in r.output
    assert "realisasi_kegiatan.csv!G44: 75,00% → 100,00%" in r.output
    en = invoke("fix", EXAMPLE, "--lang", "en").output
    assert "realisasi_kegiatan.csv!F44: 1,800,000 → 2,400,000  [high]" in en
    assert "realisasi_kegiatan.csv!G44: 75.00% → 100.00%" in en


def test_less_sure_fixes_are_listed_only_when_asked_and_ambiguous_ones_are_marked():
    high = invoke("fix", EXAMPLE).output
    low = invoke("fix", EXAMPLE, "--min-confidence", "low").output
    assert "lppd.csv!H8:" not in high.split("Ringkasan")[0] and "lppd.csv!H8:" in low  # medium: one finding
    for listing in (high, low):  # a tie (D7 10 -> 100 or F7 -> 1000%) is listed as such, whatever is asked
        assert "efisiensi.csv!D7: 10 → 100  [ambigu (tidak diterapkan)]" in listing
        assert "kinerja_tahunan.csv!G6" in listing


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown", "xlsx"])
def test_listing_formats(tmp_path, fmt):
    out = tmp_path / f"fixes.{fmt}"
    r = invoke("fix", EXAMPLE, "--format", fmt, "-o", out, "--lang", "en")
    assert r.exit_code == 0, r.output
    if fmt == "json":
        data = json.loads(out.read_text(encoding="utf-8"))
        cells = {(f["cell"]["file"], f["cell"]["cell"]) for f in data["fixes"]}
        assert ("realisasi_kegiatan.csv", "F44") in cells
        assert all(f["confidence"] == "high" for f in data["fixes"])
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
        assert {"cell", "current", "proposed", "confidence", "reason"} <= set(rows[0])
        assert any(r["cell"] == "realisasi_kegiatan.csv!F44" and r["proposed"] == "2,400,000" for r in rows)
    elif fmt == "markdown":
        text = out.read_text(encoding="utf-8")
        assert text.startswith("| table |") and "realisasi_kegiatan.csv!F44" in text
    else:
        ws = load_workbook(out).active
        assert ws.freeze_panes == "A2" and ws["A1"].value == "table"
        assert any(c.value == "realisasi_kegiatan.csv!F44" for c in ws["E"])


def test_apply_to_a_csv_folder_changes_only_the_fixed_cells(tmp_path):
    out = tmp_path / "fixed"
    before = {p.name: p.read_bytes() for p in EXAMPLE.iterdir()}
    r = invoke("fix", EXAMPLE, "--apply", "-o", out)
    assert r.exit_code == 0, r.output
    assert {p.name: p.read_bytes() for p in EXAMPLE.iterdir()} == before  # the input is untouched
    assert (out / ".lkjip-audit").is_file()  # the folder is marked as ours: a later --force may replace it
    changed = [p.name for p in out.iterdir() if p.name != ".lkjip-audit" and p.read_bytes() != before[p.name]]
    assert sorted(changed) == ["lppd.csv", "realisasi_kegiatan.csv"]
    old = before["realisasi_kegiatan.csv"].decode().splitlines()
    new = (out / "realisasi_kegiatan.csv").read_text(encoding="utf-8").splitlines()
    assert [i for i, (a, b) in enumerate(zip(old, new)) if a != b] == [43]
    assert "2,400,000" in new[43] and "100.00%" in new[43]
    fixed_rules = {"SUM022", "SUM023", "SUM024", "SUM027", "MATCH012"}
    after = audit.run(out)
    assert not [f for f in after.findings if f.rule_id in fixed_rules]
    assert len(after.findings) < len(audit.run(EXAMPLE).findings)


def test_apply_to_a_workbook_highlights_and_comments(tmp_path):
    book = csv_dir_to_xlsx(EXAMPLE, tmp_path / "laporan.xlsx")
    out = tmp_path / "laporan-perbaikan.xlsx"
    r = invoke("fix", book, "--apply", "-o", out, "--min-confidence", "medium")
    assert r.exit_code == 0, r.output
    ws = load_workbook(out)["realisasi_kegiatan"]
    assert ws["F44"].value == "2,400,000" and ws["F44"].comment is not None
    assert "1,800,000" in ws["F44"].comment.text and ws["F44"].fill.fgColor.rgb.endswith("FFF2CC")
    assert load_workbook(book)["realisasi_kegiatan"]["F44"].value == "1,800,000"
    after = audit.run(out)
    assert not [f for f in after.findings if f.rule_id in {"SUM022", "COUNT001", "RATIO005", "MATCH020"}]


def test_apply_never_overwrites_without_force_and_never_the_input(tmp_path):
    out = tmp_path / "fixed"
    out.mkdir()
    r = invoke("fix", EXAMPLE, "--apply", "-o", out)
    assert r.exit_code == 2 and "--force" in r.output
    assert invoke("fix", EXAMPLE, "--apply", "-o", out, "--force").exit_code == 0
    r = invoke("fix", EXAMPLE, "--apply", "-o", EXAMPLE, "--force")
    assert r.exit_code == 2


def test_hostile_text_is_neutralised_in_spreadsheet_listings(tmp_path):
    folder = write_report(tmp_path / "r", {"realisasi_program": """
        level,no,program,pagu,realisasi,capaian
        item,1,"=HYPERLINK(""http://x"")",100,50,"60,00%"
    """})
    out = tmp_path / "fixes.csv"
    assert invoke("fix", folder, "--format", "csv", "-o", out, "--min-confidence", "low").exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and rows[0]["label"].startswith("'=HYPERLINK")
    xlsx = tmp_path / "fixes.xlsx"
    assert invoke("fix", folder, "--format", "xlsx", "-o", xlsx, "--min-confidence", "low").exit_code == 0
    ws = load_workbook(xlsx).active
    assert ws["C2"].value.startswith("'=HYPERLINK") and ws["C2"].data_type == "s"


def test_apply_into_the_other_form_writes_the_canonical_tables(tmp_path):
    out = tmp_path / "corrected.xlsx"
    r = invoke("fix", EXAMPLE, "--apply", "-o", out)
    assert r.exit_code == 0, r.output
    ws = load_workbook(out)["realisasi_kegiatan"]
    fixed = [c for row in ws.iter_rows() for c in row if c.comment is not None]
    assert {c.value for c in fixed} >= {"2,400,000", "100.00%"}
    before = audit.run(EXAMPLE)
    after = audit.run(out)
    assert after.meta == before.meta
    assert len(after.findings) < len(before.findings)
    assert not [f for f in after.findings if f.rule_id in {"SUM022", "SUM023", "SUM024", "SUM027", "MATCH012"}]
    back = tmp_path / "back"
    assert invoke("fix", out, "--apply", "-o", back).exit_code == 0  # workbook -> CSV folder
    assert [f.key() for f in audit.run(back).findings] == [f.key() for f in after.findings]
