"""A budget statement as a BLUD or a Kementerian unit prints it (tests/wild/README.md, round 19): totals that name
the numbered rows they add (`Jumlah Pendapatan (2 s.d. 7)`), groups whose items follow unnumbered (`Pendapatan jasa
layanan dari masyarakat:` over retribusi, kapitasi, non kapitasi), and cells printing a spreadsheet's formula
error (`#DIV/0!` where 0 was divided by 0).

The real table: UPT Puskesmas Nyompok (BLUD), Laporan Realisasi Anggaran 2017 and 2016: 1.050.420.163 +
942.235.908 = 1.992.656.071 (rows 2 and 7; rows 3 to 6 print dashes), 99.217.000 + 1.830.830.792 = 1.930.047.792.
"""
from __future__ import annotations

from pathlib import Path

from helpers import changed_copy

import audit

DOC = Path(__file__).resolve().parent / "wild" / "puskesmas-nyompok-lra" / "laporan.md"


def _found(path) -> list[tuple[str, str, str, object]]:
    return [(f.rule_id, f.row_label, f.column, f.actual) for f in audit.run(str(path)).findings
            if f.rule_id.startswith(("GEN", "PARSE"))]


def test_a_total_adds_the_rows_it_names_and_no_group_twice():
    """Before: `Jumlah Pendapatan (2 s.d. 7)` was held to the sum of every row above (each group with its items:
    3.985.312.142), two false warnings."""
    assert [f for f in _found(DOC) if f[0] == "GEN001"] == []


def test_a_wrong_total_naming_its_rows_is_found_against_them(tmp_path):
    result = audit.run(changed_copy(tmp_path, DOC, "| 1,930,047,792 |", "| 1,930,074,792 |"))
    [gap] = [f for f in result.findings if f.rule_id == "GEN001"]
    assert (gap.row_label, gap.column, gap.expected, gap.severity.value) == (
        "Jumlah Belanja Operasi (12 s.d. 15)", "Anggaran 2017", 1_930_047_792, "error")


def test_a_spreadsheet_error_printed_in_an_unread_table_is_said():
    assert [f for f in _found(DOC) if f[0] == "GEN005"] == [
        ("GEN005", "Pendapatan APBN", "%", "#DIV/0!"), ("GEN005", "Belanja Lain-lain", "%", "#DIV/0!")]


def test_in_a_read_table_the_reader_says_it_as_a_formula_error(tmp_path):
    """With `URALAN` mapped (`audit.toml`), the table is read as an LRA: its `#DIV/0!` cells are the reader's, named
    as formula errors (PARSE001), not said twice."""
    from audit.config import resolve

    path = changed_copy(tmp_path, DOC)
    (tmp_path / "audit.toml").write_text('[columns.lra]\n"URALAN" = "uraian"\n', encoding="utf-8")
    result = audit.run(path, resolve(path))
    assert "lra" in result.tables_read
    errors = [f for f in result.findings if f.actual == "#DIV/0!"]
    assert [f.rule_id for f in errors] == ["PARSE001", "PARSE001"]
    assert "galat rumus spreadsheet" in errors[0].message.render("id")
