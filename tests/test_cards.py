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
