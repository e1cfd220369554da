"""A revenue row above its estimate is no realisation past its budget: a statement of revenue and spending whose
sections are `PENDAPATAN NEGARA` and `BELANJA NEGARA` (a Kementerian unit's summary LRA) is read as an LRA, where
revenue collected above its estimate (108,88%) is plausible, not as a table of kegiatan, where a realisation
above 100% is out of range. A document titled as financial statements (`Laporan Keuangan ...`, in a heading of
any case) is not held to the LKjIP outline.

The real table (tests/wild/README.md, round 19): Ditjen Pelayanan Kesehatan, Laporan Keuangan 31 Desember 2020,
Tabel 1 Ringkasan Laporan Realisasi Anggaran: 13.208.754.615.575 / 12.131.855.511.000 = 108,88%.
"""
from __future__ import annotations

from pathlib import Path

from helpers import changed_copy

import audit

DOC = Path(__file__).resolve().parent / "wild" / "ditjen-yankes-lra-ringkas" / "laporan.md"


def test_a_revenue_section_named_for_the_state_is_read_as_an_lra_and_its_108_percent_stands():
    result = audit.run(str(DOC))
    assert result.tables_read == ["lra"]
    assert [f for f in result.findings if f.severity.value == "error"] == []


def test_a_wrong_revenue_percentage_is_still_found(tmp_path):
    result = audit.run(changed_copy(tmp_path, DOC, "<td>108,88</td>", "<td>118,88</td>"))
    found = [(f.rule_id, f.row_label, f.actual, round(f.expected, 2)) for f in result.findings
             if f.severity.value == "error"]
    assert found == [("RATIO015", "PENDAPATAN NEGARA", 118.88, 108.88)]


def test_financial_statements_are_not_held_to_the_lkjip_outline(tmp_path):
    chapters = [f for f in audit.run(str(DOC)).findings if f.rule_id == "DOC010"]
    assert [(f.severity.value, "Laporan Keuangan" in f.message.render("id")) for f in chapters] == [("info", True)]
    # the same title in a sentence of prose is no title: the outline is checked
    path = changed_copy(tmp_path, DOC, "# Laporan Keuangan Direktorat", "Laporan Keuangan Direktorat")
    assert len([f for f in audit.run(path).findings if f.rule_id == "DOC010"]) == 6
