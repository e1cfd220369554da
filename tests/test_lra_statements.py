"""A budget statement as a BLUD prints it (tests/wild/README.md, round 19): its label column headed `URALAN` (a
typo of `URAIAN`), every row numbered, totals that name the rows they add (`Jumlah Pendapatan (2 s.d. 7)`), groups
whose items follow unnumbered (`Pendapatan jasa layanan dari masyarakat:` over retribusi, kapitasi, non kapitasi),
and cells printing a spreadsheet's formula error (`#DIV/0!` where 0 was divided by 0).

The real table: UPT Puskesmas Nyompok (BLUD), Laporan Realisasi Anggaran 2017 and 2016: 1.050.420.163 +
942.235.908 = 1.992.656.071 (rows 2 and 7; rows 3 to 6 print dashes), 99.217.000 + 1.830.830.792 = 1.930.047.792.
"""
from __future__ import annotations

from pathlib import Path

from helpers import changed_copy

import audit

DOC = Path(__file__).resolve().parent / "wild" / "puskesmas-nyompok-lra" / "laporan.md"


def _errors(path) -> list[tuple[str, str | None, str | None, object]]:
    return [(f.rule_id, f.row_label, f.column, f.actual) for f in audit.run(str(path)).findings
            if f.severity.value == "error"]


def test_a_header_mistyped_by_one_letter_is_read():
    """`URALAN` is `URAIAN` a keystroke off: the statement is read as an LRA (before: unread, DOC001, the mapping
    to add proposed) and checked by its rules; its two `#DIV/0!` are said as formula errors."""
    result = audit.run(str(DOC))
    assert result.tables_read == ["lra"] and not result.coverage.unread
    errors = [f for f in result.findings if f.severity.value == "error"]
    assert [(f.rule_id, f.actual) for f in errors] == [("PARSE001", "#DIV/0!"), ("PARSE001", "#DIV/0!")]
    assert "galat rumus spreadsheet" in errors[0].message.render("id")


def test_a_total_naming_its_rows_is_held_to_them(tmp_path):
    """`Jumlah Belanja Operasi (12 s.d. 15)` totals part of the spending section, a line the statement places
    nowhere: it is held to rows 12 to 15 (SUM083)."""
    found = _errors(changed_copy(tmp_path, DOC, "| 1,930,047,792 |", "| 1,930,074,792 |"))
    assert found == [("PARSE001", None, "persentase", "#DIV/0!"), ("PARSE001", None, "persentase", "#DIV/0!"),
                     ("SUM083", "Jumlah Belanja Operasi (12 s.d. 15)", "anggaran", 1_930_074_792)]


def test_a_section_total_naming_its_rows_is_the_sections_total(tmp_path):
    """`8 | Jumlah Pendapatan (2 s.d. 7)`: the `No` of a total is no account code, and its row numbers no words of
    what it totals: it is the revenue section's total (SUM058, against its groups, not their items again)."""
    found = _errors(changed_copy(tmp_path, DOC, "| 1,992,656,071 |", "| 1,992,665,071 |"))
    assert ("SUM058", "Jumlah Pendapatan (2 s.d. 7)", "anggaran", 1_992_665_071) in found
    assert not [f for f in found if f[0] == "SUM083"]  # said once


def test_in_a_table_no_kind_reads_the_generic_checks_do_the_same(tmp_path):
    """With a header no kind knows (`NAMA`), the table is unread (DOC001): the generic sums hold the named total to
    its rows (before: to every row above, each group with its items, two false warnings) and GEN005 says the
    spreadsheet errors."""
    unread = changed_copy(tmp_path, DOC, "| NO. | URALAN |", "| NO. | NAMA |")
    result = audit.run(unread)
    assert result.tables_read == []
    assert [(f.rule_id, f.row_label) for f in result.findings if f.rule_id.startswith("GEN")] == [
        ("GEN005", "Pendapatan APBN"), ("GEN005", "Belanja Lain-lain")]
    text = Path(unread).read_text(encoding="utf-8").replace("| 1,930,047,792 |", "| 1,930,074,792 |")
    Path(unread).write_text(text, encoding="utf-8")
    [gap] = [f for f in audit.run(unread).findings if f.rule_id == "GEN001"]
    assert (gap.row_label, gap.expected, gap.severity.value) == (
        "Jumlah Belanja Operasi (12 s.d. 15)", 1_930_047_792, "error")
