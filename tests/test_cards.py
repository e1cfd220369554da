"""An indicator's figures printed without a row label: a one-row table (`Target 2021 | Realisasi Tahun 2021 |
Capaian`, the indicator named in the caption) and a card printed across (a row each for `Target`, `Realisasi`,
`Capaian`, a column per quarter: the IKU card of every Kemenkeu unit's Laporan Kinerja). No table kind reads them
(DOC001, said unread), but their capaian is checked: realisasi over target, as their headers or row labels say.

The real tables (tests/wild/README.md, round 19): KPPN Tipe A1 Semarang I, Laporan Kinerja 2021, tables 9 to 11 of
its IKU's comparison (4,93 / 4,64 = 106,25) and the card of its IKU on Dana Transfer (Q1 ... Y-21, 99,50 / 90 =
110,56)."""
from __future__ import annotations

from pathlib import Path

from helpers import changed_copy

import audit

WILD = Path(__file__).resolve().parent / "wild"
ONE_ROW = WILD / "kppn-semarang-kepuasan" / "laporan.md"
CARD = WILD / "kppn-semarang-triwulan" / "laporan.md"


def _generic(path) -> list[tuple[str, str, str, float, float]]:
    return [(f.rule_id, f.row_label, f.column, f.actual, round(f.expected, 2)) for f in audit.run(str(path)).findings
            if f.rule_id.startswith("GEN")]


def test_the_real_tables_agree_and_are_said_unread():
    for path in (ONE_ROW, CARD):
        result = audit.run(str(path))
        assert _generic(path) == [], path
        assert [f for f in result.findings if f.rule_id == "DOC001"], path  # a coverage gap, said


def test_a_one_row_capaian_is_realisasi_over_target(tmp_path):
    found = _generic(changed_copy(tmp_path, ONE_ROW, "| 4,64 | 4,93 | 106,25 |", "| 4,64 | 4,93 | 108,25 |"))
    assert found == [("GEN002", "2", "Capaian", 108.25, 106.25)]


def test_a_one_row_capaian_of_a_lower_is_better_indicator_is_not_flagged(tmp_path):
    """4,64 / 4,93 = 94,12: the other polarity's formula reproduces it, as it does on tables of many rows."""
    assert _generic(changed_copy(tmp_path, ONE_ROW, "| 4,64 | 4,93 | 106,25 |", "| 4,64 | 4,93 | 94,12 |")) == []


def test_a_card_printed_across_divides_its_rows_per_column(tmp_path):
    found = audit.run(changed_copy(tmp_path, CARD, "<td>110.56</td>", "<td>111.56</td>")).findings
    [gap] = [f for f in found if f.rule_id == "GEN002"]
    assert (gap.row_label, gap.column, gap.actual, round(gap.expected, 2)) == ("Capaian", "Q2", 111.56, 110.56)
    assert "'Realisasi' / 'Target' × 100" in gap.text("id")


def test_two_realisation_rows_are_no_card(tmp_path):
    """A second `Realisasi` row (another year's): which one the capaian divides is not said, nothing is checked."""
    text = CARD.read_text(encoding="utf-8").replace(
        "<tr><td>Capaian</td>", "<tr><td>Realisasi</td><td>1</td><td>1</td><td>1</td><td>1</td><td>1</td><td>1</td>"
        "<td>1</td></tr>\n<tr><td>Capaian</td>").replace("<td>110.56</td>", "<td>111.56</td>")
    other = tmp_path / "two" / "laporan.md"
    other.parent.mkdir()
    other.write_text(text, encoding="utf-8")
    (other.parent / "laporan.yaml").write_text(CARD.with_suffix(".yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert _generic(other) == []


def test_a_heading_between_two_tables_of_one_width_parts_them(tmp_path):
    """Table 10 given an `Indikator` column (read as an indicator table), then under a heading of its own the card's
    quarters as rows with their own header: the second is another table, not table 10 continued (before, its
    header row was read as a row of figures, a false PARSE001 error on `Capaian`)."""
    doc = tmp_path / "laporan.md"
    doc.write_text("# LAPORAN KINERJA KPPN TIPE A1 SEMARANG I TAHUN 2021\n\n## IKU 1\n\n"
                   "| Indikator | Target 2021 | Realisasi Tahun 2021 | Capaian |\n|---|---|---|---|\n"
                   "| Indeks kepuasan pengguna layanan | 4,64 | 4,93 | 106,25 |\n\n## IKU 2 per triwulan\n\n"
                   "| Periode | Target | Realisasi | Capaian |\n|---|---|---|---|\n| Q1 | 90 | 100 | 111.11 |\n"
                   "| Q2 | 90 | 99.50 | 110.56 |\n", encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text(CARD.with_suffix(".yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = audit.run(str(doc))
    assert result.coverage.tables_found == 2
    assert not [f for f in result.findings if f.rule_id.startswith("PARSE")]


KANWIL = WILD / "kanwil-djpb-sulut-iku" / "laporan.md"
LAPAS = WILD / "lapas-baubau-efisiensi" / "laporan.md"


def test_a_card_capped_at_120_is_said_as_a_cap_not_as_errors():
    """Kanwil DJPb Sulawesi Utara's IKU card prints 120 in every period where 4 / 3,25 = 123,08: Kemenkeu caps an
    IKU's capaian at 120. Warnings naming the cap (before: seven GEN002 errors)."""
    found = [f for f in audit.run(str(KANWIL)).findings if f.rule_id == "GEN002"]
    assert len(found) == 7 and {f.severity.value for f in found} == {"warning"}
    assert all("dibatasi 120%" in f.hint.render("id") for f in found)


def test_a_table_of_counts_printed_twice_tells_no_pair():
    """The same Kanwil's monthly reconciliation: every month prints its satker count in several columns (503 of
    503: 100%), so any two of them reproduce most rows; such rows tell nothing, and no pair is taken from them
    (before: two false GEN002 errors, 99,90 and 98,29 held to `F / C` = 100)."""
    assert [f.row_label for f in audit.run(str(KANWIL)).findings if f.rule_id == "GEN002"] == ["Capaian"] * 7


def test_a_one_row_budget_table_is_checked_and_a_cut_figure_is_a_warning(tmp_path):
    """Lapas Baubau's efficiency, one row: `ANGGARAN`, `REALISASI ANGGARAN`, `% REALISASI ANGGARAN`; 65.038.490 /
    65.040.000 = 99,998 printed 99,99 (cut, not rounded): a warning saying so; printed 98,99, an error."""
    [cut] = [f for f in audit.run(str(LAPAS)).findings if f.rule_id == "GEN002"]
    assert cut.severity.value == "warning" and "dipotong" in cut.hint.render("id")
    wrong = audit.run(changed_copy(tmp_path, LAPAS, "99,99%", "98,99%")).findings
    assert [(f.rule_id, f.severity.value, f.actual) for f in wrong if f.rule_id == "GEN002"] == [
        ("GEN002", "error", 98.99)]
