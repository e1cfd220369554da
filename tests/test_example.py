"""The shipped example: every known inconsistency is found, the corrected copy is clean,
and the CSV and workbook forms of the same data give the same findings."""
from __future__ import annotations

import pytest
from conftest import CORRECTED, EXAMPLE
from helpers import csv_dir_to_xlsx

import audit

# The cells the reviewers' catalogue of this report marks as wrong (or as the
# place a disagreement shows), by the kind of mistake. Each must be found.
KNOWN = {
    "staff counts mismatched": [("pegawai_pendidikan", "F10"), ("pegawai_pendidikan", "G10")],
    "totals not summing": [
        ("realisasi_kegiatan", "F44"),  # kegiatan 13 realisasi vs its sub kegiatan
        ("realisasi_kegiatan", "F53"),  # the table total vs its kegiatan
        ("realisasi_program", "E6"),  # programme 5 vs its kegiatan
        ("lppd", "K35"), ("lppd", "L35"),  # LPPD programme 3 copies its first kegiatan
    ],
    "capaian misstated": [
        ("efisiensi", "F7"),  # target 10 for 100
        ("efisiensi", "J7"),  # efisiensi 1,70 for 1,07
        ("lppd", "J23"),  # 1.00% for 100%
        ("pembinaan_desa", "J12"), ("pembinaan_desa", "J13"),  # 4 of 6 villages as 100%
    ],
    "cross-table mismatch": [
        ("pk_perubahan", "F3"),  # amended budget in the change table
        ("efisiensi", "D4"),  # pre-amendment target
        ("kinerja_tahunan", "G6"), ("kinerja_tahunan", "G12"),  # 2022 realisations
        ("realisasi_program_tahunan", "H15"),  # LPPDes 66,67 vs 83
        ("lppd", "K45"), ("lppd", "K49"),  # kegiatan names swapped between programmes 4 and 5
        ("rencana_aksi", "E2"),  # 16 units planned vs 4 in the LPPD
    ],
}


def cells(result):
    return {(f.table, f.location.cell) for f in result.findings if f.location}


@pytest.mark.parametrize("category", sorted(KNOWN))
def test_known_inconsistencies_are_found(example, category):
    missing = [c for c in KNOWN[category] if c not in cells(example)]
    assert not missing


def test_example_fails_with_errors_only_where_the_report_is_wrong(example):
    counts = example.counts()
    assert counts["error"] >= sum(len(v) for v in KNOWN.values())
    assert example.failed()
    assert not [f for f in example.findings if f.rule_id.startswith(("RULE", "PARSE", "INPUT", "SCHEMA"))]


def test_corrected_copy_is_clean(corrected):
    assert corrected.findings == []
    assert not corrected.failed("info")


def test_every_example_table_is_read_and_checked(example):
    assert len(example.tables_read) == 20
    assert example.rules_run >= 40


def _essence(result):
    return [(f.rule_id, f.table, f.row, f.column, f.actual, f.expected) for f in result.findings]


@pytest.mark.parametrize("folder", [EXAMPLE, CORRECTED], ids=["faithful", "corrected"])
def test_workbook_form_gives_identical_findings(tmp_path, folder):
    book = csv_dir_to_xlsx(folder, tmp_path / "report.xlsx")
    from_csv, from_xlsx = audit.run(folder), audit.run(book)
    assert _essence(from_xlsx) == _essence(from_csv)
    assert from_xlsx.meta == from_csv.meta


def test_workbook_findings_point_at_sheet_and_cell(tmp_path):
    result = audit.run(csv_dir_to_xlsx(EXAMPLE, tmp_path / "laporan.xlsx"))
    f = next(f for f in result.findings if f.table == "realisasi_kegiatan" and f.rule_id == "SUM022")
    assert (f.location.file, f.location.sheet, f.location.cell) == ("laporan.xlsx", "realisasi_kegiatan", "F44")
    assert f.location.short() == "realisasi_kegiatan!F44"


def test_csv_findings_point_at_file_line_and_cell(example):
    f = next(f for f in example.findings if f.rule_id == "SUM022")
    assert (f.location.file, f.location.line, f.location.cell) == ("realisasi_kegiatan.csv", 44, "F44")
    assert f.row == "5.13" and "Kegiatan 13" in f.row_label


def test_numeric_workbook_cells_with_formats(tmp_path):
    """A real spreadsheet holds numbers, not text: decimals come from the number format."""
    from openpyxl import Workbook

    wb = Workbook()
    meta = wb.active
    meta.title = "report"
    for row in (["key", "value"], ["agency", "Kecamatan Contoh"], ["year", 2023]):
        meta.append(row)
    ws = wb.create_sheet("realisasi_program")
    ws.append(["Level", "No", "Program", "Pagu", "Realisasi", "%"])
    ws.append(["item", "1", "A", 2029230488, 1969588718, 0.9706])
    ws.append(["item", "2", "B", 100, 90, 0.95])
    ws["F2"].number_format = "0.00%"
    ws["F3"].number_format = "0.00%"
    wb.save(tmp_path / "r.xlsx")
    result = audit.run(tmp_path / "r.xlsx")
    assert [(f.rule_id, f.location.cell) for f in result.findings] == [("RATIO001", "F3")]
