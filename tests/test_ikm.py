"""Public satisfaction surveys (Indeks Kepuasan Masyarakat, table kind `ikm`) in the long form LKjIPs print: one row
per unsur pelayanan with its average score (NRR) and weighted average (NRR tertimbang), then the IKM (their sum),
the IKM of the unit (IKM x 25) and its quality band.

The tables are written for these tests (S59 in docs/layouts.md): the nine unsur and the row wordings of
PermenPANRB 14/2017 as the real Dukcapil processing table prints them (tests/wild/dukcapil-tubaba-skm: `NRR /
Unsur`, `NRR Tertimbang / Unsur`, `IKM UNIT PELAYANAN`, weight 0,111, the bands A..D), turned into one row per
unsur; and fourteen unsur of Kepmenpan 25/2004 weighted 0,071 in other headers (`Nilai Rata-rata`, `Nilai
Tertimbang`). Their figures are worked out by hand in the comments.
"""
from __future__ import annotations

from pathlib import Path

import audit
from audit import api

WILD = Path(__file__).resolve().parent / "wild"
UNSUR = ["Persyaratan", "Sistem, Mekanisme, Prosedur", "Waktu Penyelesaian", "Biaya/Tarif",
         "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana", "Perilaku Pelaksana",
         "Penanganan Pengaduan, Saran dan Masukan", "Sarana dan Prasarana"]
#: NRR per unsur and NRR x 0,111 at three decimals: 0,361 + 0,353 + ... + 0,350 = 3,234; x 25 = 80,85 (B, Baik)
NRR = ["3,25", "3,18", "3,09", "3,52", "3,21", "3,30", "3,41", "3,02", "3,15"]
WEIGHTED = ["0,361", "0,353", "0,343", "0,391", "0,356", "0,366", "0,379", "0,335", "0,350"]
NINE = "\n".join(f"| U{i} | {u} | {n} | {w} |" for i, (u, n, w) in enumerate(zip(UNSUR, NRR, WEIGHTED), 1))
LONG = f"""# Laporan Kinerja Kecamatan Contoh Tahun 2023

Survei Kepuasan Masyarakat menurut PermenPANRB Nomor 14 Tahun 2017, 120 responden.

Tabel 3.7 Nilai Indeks Kepuasan Masyarakat per Unsur Pelayanan

| No | Unsur Pelayanan | NRR / Unsur | NRR Tertimbang / Unsur |
|---|---|---|---|
{NINE}
| | Jumlah NRR Tertimbang (IKM) | | 3,234 |
| | IKM Unit Pelayanan (x 25) | | 80,85 |
| | Mutu Pelayanan | | B (Baik) |
"""
#: fourteen unsur of Kepmenpan 25/2004, each NRR x 0,071: 0,227 x 7 + 0,213 x 7 = 3,080 (x 25 = 77,00)
FOURTEEN = "\n".join(f"| {i} | Unsur {i} | {'3,20' if i <= 7 else '3,00'} | {'0,227' if i <= 7 else '0,213'} |"
                     for i in range(1, 15))
OLD = f"""# Laporan Kinerja RSUD Contoh Tahun 2015

Tabel 3.2 Indeks Kepuasan Masyarakat (Kepmenpan 25/2004)

| No | Unsur | Nilai Rata-rata | Nilai Tertimbang |
|---|---|---|---|
{FOURTEEN}
| | Jumlah | | 3,080 |
"""


def _doc(tmp_path: Path, text: str, *changes: tuple[str, str], year: int = 2023) -> str:
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    (tmp_path / "laporan.md").write_text(text, encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text(f"year: {year}\n", encoding="utf-8")
    return str(tmp_path / "laporan.md")


def _ikm(result) -> list[tuple]:
    return sorted((f.rule_id, f.location.cell, f.actual, round(f.expected, 3))
                  for f in result.findings
                  if f.rule_id in ("SUM082", "WEIGHT001", "TIMES001", "PARSE001") or f.rule_id.startswith("GEN"))


def test_the_long_form_is_read_with_its_rows_and_is_consistent(tmp_path):
    """Read as `ikm` (before: no kind, said unread); the nine unsur are items, `Jumlah NRR Tertimbang (IKM)` the
    total, `IKM Unit Pelayanan (x 25)` its conversion, the band `B (Baik)` the mutu of its row (not an unreadable
    number); 3,234 is the sum of the weighted averages: nothing to say."""
    path = _doc(tmp_path, LONG)
    result = audit.run(path)
    assert result.tables_read == ["ikm"] and not result.coverage.unread
    assert _ikm(result) == []
    table = api.read(path).tables["ikm"].values
    assert list(table.level) == ["item"] * 9 + ["total", "konversi", "mutu"]
    assert list(table.mutu)[-1] == "B (Baik)"
    assert (table.nrr.iloc[3], table.nrr_tertimbang.iloc[9]) == (3.52, 3.234)


def test_a_mistyped_weighted_average_is_found_at_the_ikm_with_the_sum(tmp_path):
    """U4's 0,391 printed 0,931 (digits swapped): the unsur add up to 3,774, not the printed IKM 3,234; SUM082 at the
    IKM's cell (D11), the sum of the rows as printed its expected value; the fix first offered is U4's own cell
    (D5) back to 0,391, the swapped digits, which WEIGHT001 finds there too (3,52 / 9 = 0,391)."""
    result = audit.run(_doc(tmp_path, LONG, ("| 3,52 | 0,391 |", "| 3,52 | 0,931 |")))
    assert _ikm(result) == [("SUM082", "D11", 3.234, 3.774), ("WEIGHT001", "D5", 0.931, 0.391)]
    [finding] = [f for f in result.findings if f.rule_id == "SUM082"]
    top = finding.suggestions[0]
    assert (top.cell.cell, top.column, round(top.proposed, 3)) == ("D5", "nrr_tertimbang", 0.391)


def test_a_wrong_ikm_is_found_and_offered_its_sum(tmp_path):
    """The IKM printed 3,324 for 3,234: SUM082 at D11; the sum of its unsur is the one fix offered (U3's 0,343 as
    0,433, the same swap of two digits in a part, would break U3's NRR x 1/9: WEIGHT001). The unit's 80,85 is no
    longer the printed IKM x 25 (83,10): TIMES001 at D12, whose fix at the IKM (80,85 / 25 = 3,234) is the same."""
    result = audit.run(_doc(tmp_path, LONG, ("| 3,234 |", "| 3,324 |")))
    assert _ikm(result) == [("SUM082", "D11", 3.324, 3.234), ("TIMES001", "D12", 80.85, 83.1)]
    [finding] = [f for f in result.findings if f.rule_id == "SUM082"]
    offered = {(s.cell.cell, round(s.proposed, 3)) for s in finding.suggestions}
    assert offered == {("D11", 3.234)}
    [unit] = [f for f in result.findings if f.rule_id == "TIMES001"]
    assert ("D11", 3.234) in {(s.cell.cell, round(s.proposed, 3)) for s in unit.suggestions}


def test_fourteen_unsur_of_the_earlier_regulation_are_read_and_add_up(tmp_path):
    """Kepmenpan 25/2004: fourteen unsur weighted 0,071, `Nilai Rata-rata` and `Nilai Tertimbang` headers; the Jumlah
    3,080 is their sum and each 0,227 or 0,213 is its NRR x 0,071 (no weight is fixed to nine unsur); one weighted
    average mistyped (0,213 as 0,312) is found at its cell (3,00 / 14 = 0,214) and at the Jumlah (3,179)."""
    clean = audit.run(_doc(tmp_path, OLD, year=2015))
    assert clean.tables_read == ["ikm"] and _ikm(clean) == []
    wrong = audit.run(_doc(tmp_path, OLD, ("| 14 | Unsur 14 | 3,00 | 0,213 |", "| 14 | Unsur 14 | 3,00 | 0,312 |"),
                           year=2015))
    assert _ikm(wrong) == [("SUM082", "D16", 3.08, 3.179), ("WEIGHT001", "D15", 0.312, 0.214)]


def test_the_canonical_csv_folder_is_checked_alike(tmp_path):
    """`ikm.csv` in a folder: the same rule on the same rows (the level column says which row is the IKM)."""
    (tmp_path / "report.yaml").write_text("agency: Kecamatan Contoh\nyear: 2023\n", encoding="utf-8")
    rows = "\n".join(f'item,U{i},{u!r},"{n}","{w}"'.replace("'", '"') for i, (u, n, w)
                     in enumerate(zip(UNSUR, NRR, WEIGHTED), 1))
    (tmp_path / "ikm.csv").write_text(f'level,no,unsur,nrr,nrr_tertimbang\n{rows}\ntotal,,Jumlah (IKM),,"3,334"\n',
                                      encoding="utf-8")
    result = audit.run(str(tmp_path))
    assert [(f.rule_id, f.location.line, f.actual, round(f.expected, 3)) for f in result.findings
            if f.rule_id == "SUM082"] == [("SUM082", 11, 3.334, 3.234)]


def test_the_wide_processing_form_stays_unread():
    """Respondents as rows and U1..U9 as columns (the Dukcapil's processing table) is not this kind's long form: it
    is still said unread (DOC001), not read as an IKM with the wrong rows."""
    result = audit.run(str(WILD / "dukcapil-tubaba-skm" / "laporan.md"))
    assert "ikm" not in result.tables_read
    assert any(f.rule_id == "DOC001" for f in result.findings)


def test_a_mistyped_nrr_is_found_against_its_weighted_average(tmp_path):
    """U6's NRR 3,30 printed 3,80: its 0,366 is no longer NRR x 1/9 (3,80 / 9 = 0,422; nor x 0,111 = 0,422): WEIGHT001
    at the weighted cell (D7), the NRR that would give 0,366 (3,29) offered at C7; the IKM still adds up, so SUM082
    says nothing."""
    result = audit.run(_doc(tmp_path, LONG, ("| 3,30 | 0,366 |", "| 3,80 | 0,366 |")))
    assert _ikm(result) == [("WEIGHT001", "D7", 0.366, 0.422)]
    [finding] = [f for f in result.findings if f.rule_id == "WEIGHT001"]
    offered = {(s.cell.cell, round(s.proposed, 2)) for s in finding.suggestions}
    assert ("C7", 3.29) in offered
    assert "1/9" in finding.text("id")


def test_a_wrong_unit_ikm_is_found_against_the_ikm_times_25(tmp_path):
    """`IKM Unit Pelayanan (x 25)` printed 80,58 for 3,234 x 25 = 80,85: TIMES001 at its cell (D12), 80,85 offered
    there; the IKM's cell (D11) is its base."""
    result = audit.run(_doc(tmp_path, LONG, ("| 80,85 |", "| 80,58 |")))
    assert _ikm(result) == [("TIMES001", "D12", 80.58, 80.85)]
    [finding] = [f for f in result.findings if f.rule_id == "TIMES001"]
    assert (finding.suggestions[0].cell.cell, finding.suggestions[0].proposed) == ("D12", 80.85)


def _band(result) -> list[tuple]:
    return [(f.location.cell, f.actual, f.expected, [s.proposed for s in f.suggestions])
            for f in result.findings if f.rule_id == "BAND001"]


def test_a_band_that_does_not_follow_the_unit_ikm_is_found_and_written_as_printed(tmp_path):
    """The unit's 80,85 is B (76,61 to 88,30: the intervals the real Dukcapil page prints under PermenPANRB 14/2017,
    tests/wild/dukcapil-tubaba-skm). Printed `A (Sangat Baik)`, `C` or `Sangat Baik`, BAND001 at the band's cell
    (D13) offers B in the printed form: letter and words, the letter, the words. The band printed right says
    nothing, and the message names the intervals and the regulation."""
    assert _band(audit.run(_doc(tmp_path, LONG))) == []
    for printed, offered in (("A (Sangat Baik)", "B (Baik)"), ("C", "B"), ("Sangat Baik", "Baik")):
        result = audit.run(_doc(tmp_path, LONG, ("| B (Baik) |", f"| {printed} |")))
        assert _band(result) == [("D13", printed, offered, [offered])]
    [finding] = [f for f in result.findings if f.rule_id == "BAND001"]
    assert "PermenPANRB 14/2017" in finding.text("id") and "B (Baik) ≥ 76,61" in finding.text("id")
    assert "76.61" in finding.text("en")


def test_a_band_is_read_from_the_ikm_when_no_unit_ikm_is_printed(tmp_path):
    """Without the `IKM Unit Pelayanan (x 25)` row the band follows the IKM x 25: 3,234 x 25 = 80,85, B; `A` is
    found at its cell (D12, the row below the IKM)."""
    text = LONG.replace("| | IKM Unit Pelayanan (x 25) | | 80,85 |\n", "")
    assert _band(audit.run(_doc(tmp_path, text))) == []
    result = audit.run(_doc(tmp_path, text, ("| B (Baik) |", "| A |")))
    assert _band(result) == [("D12", "A", "B", ["B"])]


def test_a_band_is_not_judged_when_unclear_or_before_the_regulation(tmp_path):
    """Not judged: a label naming two bands (`B (Sangat Baik)`), a unit IKM printed so coarsely that it may be on
    either side of a floor (76,6 is 76,55 to 76,65 around B's 76,61), and a report of 2015, whose survey followed
    the earlier intervals."""
    assert _band(audit.run(_doc(tmp_path, LONG, ("| B (Baik) |", "| B (Sangat Baik) |")))) == []
    assert _band(audit.run(_doc(tmp_path, LONG, ("| 80,85 |", "| 76,6 |"), ("| B (Baik) |", "| C |")))) == []
    assert _band(audit.run(_doc(tmp_path, LONG, ("| B (Baik) |", "| A |"), year=2015))) == []


def test_a_band_on_the_unit_ikm_row_of_a_csv_folder_is_checked(tmp_path):
    """In a CSV folder the band may stand in the `mutu` column of the unit IKM's own row: 57,50 is D (25,00 to
    64,99), printed `Kurang Baik` (C's words): BAND001 on that row (CSV line 7), `Tidak Baik` offered."""
    (tmp_path / "report.yaml").write_text("agency: Dinas Contoh\nyear: 2024\n", encoding="utf-8")
    (tmp_path / "ikm.csv").write_text(
        "level,no,unsur,nrr,nrr_tertimbang,mutu\n"
        'item,U1,Persyaratan,"2,40","0,80",\nitem,U2,Prosedur,"2,30","0,77",\nitem,U3,Waktu,"2,20","0,73",\n'
        'total,,Jumlah (IKM),,"2,30",\nkonversi,,IKM Unit Pelayanan,,"57,50",Kurang Baik\n', encoding="utf-8")
    result = audit.run(str(tmp_path))
    assert [(f.location.line, f.actual, f.expected) for f in result.findings if f.rule_id == "BAND001"] == \
        [(6, "Kurang Baik", "Tidak Baik")]


def test_no_score_of_the_survey_is_offered_negative(tmp_path):
    """Three weighted averages 1,07 + 1,03 + 0,97 = 3,07 under an IKM printed 1,07: the fix is the IKM. Making a part
    absorb the difference would print a negative score (-0,93), which the table model forbids (`ge=0`): no longer
    offered as an equal alternative, and the fix is no longer a tie (medium confidence, not low)."""
    (tmp_path / "report.yaml").write_text("agency: Kecamatan Contoh\nyear: 2023\n", encoding="utf-8")
    (tmp_path / "ikm.csv").write_text('level,no,unsur,nrr_tertimbang\nitem,U1,Persyaratan,"1,07"\n'
                                      'item,U2,Prosedur,"1,03"\nitem,U3,Waktu,"0,97"\ntotal,,Jumlah (IKM),"1,07"\n',
                                      encoding="utf-8")
    [finding] = [f for f in audit.run(str(tmp_path)).findings if f.rule_id == "SUM082"]
    assert [(s.cell.cell, round(s.proposed, 2), s.confidence) for s in finding.suggestions] == [("D5", 3.07, "medium")]
