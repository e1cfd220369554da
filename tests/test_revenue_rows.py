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


KAIMANA = Path(__file__).resolve().parent / "wild" / "kaimana-lain-pad" / "laporan.md"


def test_a_revenue_table_named_so_by_its_caption_alone_is_an_lra():
    """Kabupaten Kaimana's LKPJ 2021, Tabel 1.28 `Perincian Pendapatan dari Lain-lain PAD Yang Sah` (its period on
    the caption's last line): revenue above its budget (194,67%, 206,88%, 221,41%) is plausible. Before: read as a
    table of kegiatan, three false SCHEMA003 errors. Group I's 99,00 for 2.064.574.291 / 1.002.654.953 = 205,91
    is the table's true slip."""
    result = audit.run(str(KAIMANA))
    assert result.tables_read == ["lra"]
    errors = [(f.rule_id, f.row_label, f.actual) for f in result.findings if f.severity.value == "error"]
    assert errors == [("RATIO015", "Hasil Penjualan BMD yang tidak Dipisahkan", 99.0)]


def test_roman_groups_over_running_item_numbers_add_up_by_group(tmp_path):
    """`I` and `II` number the groups, `1` to `5` their items running on: items 1-3 add up to group I and 4-5 to
    group II (before: `II Jasa Giro` was taken for an item of row 3, two false SUM056 errors). An item mistyped is
    found against its own group."""
    found = [(f.rule_id, f.row_label, f.column) for f in audit.run(changed_copy(
        tmp_path, KAIMANA, "<td>84,696,238.00</td>", "<td>84,969,238.00</td>")).findings if f.rule_id == "SUM056"]
    assert found == [("SUM056", "Hasil Penjualan BMD yang tidak Dipisahkan", "realisasi")]


def test_an_agency_named_for_revenue_does_not_make_its_spending_revenue(tmp_path):
    """A Dinas Pendapatan's own spending (`Realisasi Anggaran Dinas Pendapatan Daerah`) stays a spending table."""
    text = KAIMANA.read_text(encoding="utf-8").replace(
        "Perincian Pendapatan dari Lain-lain PAD Yang Sah\nTahun Anggaran 2021 (un-audited)",
        "Realisasi Anggaran Program Dinas Pendapatan Daerah\nTahun Anggaran 2021")
    path = tmp_path / "laporan.md"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text(KAIMANA.with_suffix(".yaml").read_text(encoding="utf-8"),
                                           encoding="utf-8")
    assert "lra" not in audit.run(str(path)).tables_read
