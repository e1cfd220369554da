"""Staff tables by unit with the categories across the columns (`audit/document/staff_units.py`).

The real tables are tests/wild/kec-balikpapan-timur-sdm (Kec. Balikpapan Timur, S32 in docs/layouts.md): one
row per office (the kecamatan, four kelurahan), golongan IV ... I (Tabel 2.7) or eselon IIIa ... Non Eselon
(Tabel 2.8) over `L P`, a `Jumlah` group per office and a last `Jumlah` row printing each group's total once
over its two columns. The dinas below, with UPT rows, pendidikan groups over `L P L+P` and no merged cells,
is of our own making (no figures of a real agency), to hold the reading to any agency's wording.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner
from helpers import changed_copy

import audit
from audit import api
from audit.catalog import tables as catalog
from audit.cli import main
from audit.document import staff_units
from audit.document.markdown import parse_markdown

REAL = Path(__file__).resolve().parent / "wild" / "kec-balikpapan-timur-sdm"


def _copy(tmp_path: Path, old: str | None = None, new: str | None = None) -> str:
    """The real document in `tmp_path`, with the one row `old` replaced by `new`."""
    return changed_copy(tmp_path, REAL / "laporan.md", old, new)


def test_the_real_tables_are_read_in_long_form():
    """Both tables are read (2/2): an item per office and golongan with L and P at their printed cells, the
    office's `Jumlah` group as its sub total, the last row as each golongan's total over the offices (one
    figure over L and P: its `jumlah`) and the table's total."""
    report = api.read(str(REAL / "laporan.md"))
    table = report.tables["pegawai_golongan"]
    v = table.values
    assert sorted(report.tables) == ["pegawai_eselon", "pegawai_golongan"]
    assert v["level"].tolist().count("item") == 20 and v["level"].tolist().count("subtotal") == 5
    manggar = v[(v["satuan_kerja"] == "Kelurahan Manggar") & (v["golongan"] == "III")].index[0]
    assert (v.at[manggar, "laki_laki"], v.at[manggar, "perempuan"]) == (3, 3)
    assert table.location(manggar, "perempuan").cell == "E5"
    assert v.at[manggar, "jumlah"] != v.at[manggar, "jumlah"]  # no L+P printed: blank, never derived
    rekap = v[v["level"] == "rekap"]
    assert rekap["golongan"].tolist() == ["IV", "III", "II", "I"] and rekap["jumlah"].tolist() == [1, 31, 23, 3]
    assert [table.location(i, "jumlah").cell for i in rekap.index] == ["B9", "D9", "F9", "H9"]
    total = v[v["level"] == "total"].index[0]
    assert v.at[total, "jumlah"] == 57 and table.location(total, "jumlah").cell == "J9"
    assert report.tables["pegawai_eselon"].values["level"].tolist().count("rekap") == 5


def test_the_real_findings_are_at_their_cells():
    """Kelurahan Manggar's `Jumlah / P` 2 against 3 + 0 (SUM053, K5, fixed to 3); the grand Jumlah 57 against
    the golongan totals on its row, 1 + 31 + 23 + 3 = 58 (SUM074, J9); Manggar's 4 L / 2 P by golongan against
    6 / 4 by eselon (MATCH050) and 57 against 61 in all (MATCH049). Each golongan's total over the offices is
    their L + P (no SUM070), and the eselon table adds up (no SUM062-SUM064, SUM072, SUM076); nothing else is
    an error."""
    result = audit.run(str(REAL / "laporan.md"))
    errors = sorted((f.rule_id, f.row_label, f.column, f.actual, f.expected, f.location.cell)
                    for f in result.findings if f.severity.value == "error")
    assert errors == [
        ("MATCH049", "Jumlah", "jumlah", 57, 61, "J9"),
        ("MATCH050", "Jumlah (Kelurahan Manggar)", "laki_laki", 4, 6, "J5"),
        ("MATCH050", "Jumlah (Kelurahan Manggar)", "perempuan", 2, 4, "K5"),
        ("SUM053", "Jumlah (Kelurahan Manggar)", "perempuan", 2, 3, "K5"),
        ("SUM074", "Jumlah", "jumlah", 57, 58, "J9"),
    ]
    sub = next(f for f in result.findings if f.rule_id == "SUM053")
    assert sub.suggestions[0].cell.cell == "K5" and sub.suggestions[0].proposed_text == "3"
    assert "Tabel #2!M5" in next(f for f in result.findings if f.rule_id == "MATCH050"
                                 and f.column == "perempuan").text("en")


def test_a_changed_figure_is_found_at_its_cell_with_its_fix(tmp_path):
    """Kelurahan Lamaru's IVb L in the (consistent) eselon table changed from 3 to 4: its office's `Jumlah / L`
    (L7: 8 for 9, SUM064) and the IVb total printed over L and P (H9: 18 for 19, SUM072) no longer add up; the
    fix of both, at high confidence, is the changed cell back to 3 (H7). The grand total still adds up the
    eselon totals on its row (no SUM076)."""
    path = _copy(tmp_path, "<tr><td>Kelurahan Lamaru</td><td>-</td><td>-</td><td>-</td><td>-</td><td>1</td>"
                           "<td>-</td><td>3</td><td>1</td><td>4</td><td>2</td><td>8</td><td>3</td></tr>",
                 "<tr><td>Kelurahan Lamaru</td><td>-</td><td>-</td><td>-</td><td>-</td><td>1</td>"
                 "<td>-</td><td>4</td><td>1</td><td>4</td><td>2</td><td>8</td><td>3</td></tr>")
    result = audit.run(path)
    found = sorted((f.rule_id, f.column, f.actual, f.expected, f.location.cell) for f in result.findings
                   if f.location.sheet == "Tabel #2" and f.severity.value == "error")
    assert found == [("SUM064", "laki_laki", 8, 9, "L7"), ("SUM072", "jumlah", 18, 19, "H9")]
    for f in result.findings:
        if f.rule_id in ("SUM064", "SUM072"):
            top = f.suggestions[0]
            assert (top.cell.sheet, top.cell.cell, top.proposed_text, top.confidence) == \
                ("Tabel #2", "H7", "3", "high"), f.rule_id


def test_the_corrected_copy_changes_the_changed_cell_only(tmp_path):
    """`audit fix --apply` on the mutated copy writes the high-confidence fix into the document itself: the one
    cell put back (Lamaru's IVb L, 4 to 3), every other line as it was."""
    path = _copy(tmp_path, "<td>-</td><td>3</td><td>1</td><td>4</td><td>2</td><td>8</td><td>3</td></tr>",
                 "<td>-</td><td>4</td><td>1</td><td>4</td><td>2</td><td>8</td><td>3</td></tr>")
    out = tmp_path / "laporan-perbaikan.md"
    assert CliRunner().invoke(main, ["fix", path, "--apply", "-o", str(out)]).exit_code in (0, 1)
    before = (REAL / "laporan.md").read_text(encoding="utf-8").splitlines()
    after = out.read_text(encoding="utf-8").splitlines()
    assert after == before  # the real page again, and only the golongan table's own mistakes left


def test_an_office_counted_alike_in_both_tables_is_no_finding(tmp_path):
    """Manggar's golongan row corrected to the eselon table's 6 L / 4 P (III 5 L 3 P, II 1 L 1 P): no
    MATCH050 is left, and the totals' MATCH049 only says the 61 of the eselon table against the 57 printed."""
    path = _copy(tmp_path, "<tr><td>Kelurahan Manggar</td><td>-</td><td>-</td><td>3</td><td>3</td><td>1</td>"
                           "<td>-</td><td>-</td><td>-</td><td>4</td><td>2</td></tr>",
                 "<tr><td>Kelurahan Manggar</td><td>-</td><td>-</td><td>5</td><td>3</td><td>1</td>"
                 "<td>1</td><td>-</td><td>-</td><td>6</td><td>4</td></tr>")
    result = audit.run(path)
    assert not [f for f in result.findings if f.rule_id in ("MATCH050", "SUM053")]
    assert [(f.actual, f.expected) for f in result.findings if f.rule_id == "MATCH049"] == [(57, 61)]


DINAS = """# LAPORAN KINERJA DINAS KESEHATAN KABUPATEN CONTOH

## 1.3 Sumber Daya Aparatur

Tabel 1.4 Jumlah ASN Menurut Tingkat Pendidikan dan Unit Kerja

| No | Unit Kerja | SMA | SMA | SMA | D3 | D3 | D3 | S1 | S1 | S1 | Jumlah | Jumlah | Jumlah |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| | | L | P | L+P | L | P | L+P | L | P | L+P | L | P | L+P |
| 1 | Sekretariat | 2 | 1 | 3 | 1 | 2 | 3 | 4 | 3 | 7 | 7 | 6 | 13 |
| 2 | UPT Puskesmas Satu | 1 | 0 | 1 | 2 | 6 | 8 | 1 | 2 | 3 | 4 | 8 | 12 |
| 3 | UPT Puskesmas Dua | 0 | 1 | 1 | 1 | 5 | 6 | 2 | 2 | 4 | 3 | 8 | {total} |
| | Jumlah | 3 | 2 | 5 | 4 | 13 | 17 | 7 | 7 | 14 | 14 | 22 | 36 |
"""


def test_another_agency_by_unit_is_read(tmp_path):
    """A dinas with its UPT, pendidikan over `L P L+P`, a `No` column, a pipe table (merged headers printed as
    repeated text) and a total row printing L and P: read as `pegawai_pendidikan`, each unit's `L+P` as printed,
    the total row's L and P as each category's; a wrong L+P of a unit is found at its cell."""
    (tmp_path / "laporan.yaml").write_text("agency: Dinas Kesehatan Kabupaten Contoh\nyear: 2023\n",
                                           encoding="utf-8")
    (tmp_path / "laporan.md").write_text(DINAS.format(total=11), encoding="utf-8")
    clean = audit.run(str(tmp_path / "laporan.md"))
    assert clean.tables_read == ["pegawai_pendidikan"]
    assert not [f for f in clean.findings if f.severity.value == "error"]
    v = api.read(str(tmp_path / "laporan.md")).tables["pegawai_pendidikan"].values
    rekap = v[v["level"] == "rekap"]
    assert rekap[["pendidikan", "laki_laki", "perempuan", "jumlah"]].values.tolist() == [
        ["SMA", 3, 2, 5], ["D3", 4, 13, 17], ["S1", 7, 7, 14]]

    (tmp_path / "laporan.md").write_text(DINAS.format(total=12), encoding="utf-8")
    wrong = audit.run(str(tmp_path / "laporan.md"))
    errors = {(f.rule_id, f.row_label, f.column, f.actual, f.expected) for f in wrong.findings
              if f.severity.value == "error"}
    assert ("SUM035", "Jumlah (UPT Puskesmas Dua)", "jumlah", 12, 11) in errors


def test_rows_of_categories_or_of_people_are_not_units(tmp_path):
    """Not this shape: a table whose rows are the categories (`Pendidikan` heads the label column; PNS and
    PPPK over L / P are statuses), and the population of each kelurahan by age group (no staff named)."""
    text = """# LAPORAN

Tabel 1 Jumlah Pegawai Menurut Pendidikan

| Pendidikan | PNS | PNS | PPPK | PPPK | Jumlah | Jumlah |
|---|---|---|---|---|---|---|
| | L | P | L | P | L | P |
| S1 | 3 | 2 | 1 | 1 | 4 | 3 |
| D3 | 1 | 2 | 0 | 1 | 1 | 3 |
| Jumlah | 4 | 4 | 1 | 2 | 5 | 6 |

Tabel 2 Jumlah Penduduk Menurut Kelompok Umur

| Kelurahan | 0-14 | 0-14 | 15-64 | 15-64 | Jumlah | Jumlah |
|---|---|---|---|---|---|---|
| | L | P | L | P | L | P |
| Kelurahan Satu | 300 | 310 | 900 | 880 | 1200 | 1190 |
| Kelurahan Dua | 250 | 240 | 700 | 720 | 950 | 960 |
| Jumlah | 550 | 550 | 1600 | 1600 | 2150 | 2150 |
"""
    (tmp_path / "laporan.md").write_text(text, encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text("agency: Kecamatan Contoh\nyear: 2023\n", encoding="utf-8")
    doc = parse_markdown(text)
    assert len(doc.tables) == 2 and [staff_units.read(t, catalog()) for t in doc.tables] == [None, None]


def test_a_figure_printed_once_in_a_tab_table_is_the_groups(tmp_path):
    """A converter printing tab-separated rows keeps no merged cells: the `Jumlah` row fills only each group's
    first cell (`14`, then an empty one). Every group so printed, each figure is its group's L + P (figures of our
    own); one of them printed wrong is found at its cell."""
    rows = [["Unit Kerja", "IV", "", "III", "", "II", "", "Jumlah", ""],
            ["", "L", "P", "L", "P", "L", "P", "L", "P"],
            ["Kecamatan Contoh", "1", "-", "6", "2", "9", "1", "16", "3"],
            ["Kelurahan Satu", "-", "-", "3", "3", "1", "-", "4", "3"],
            ["Jumlah", "1", "", "14", "", "11", "", "26", ""]]
    text = ("# KECAMATAN CONTOH\n\nTabel 2.7 Jumlah Pegawai (PNS) Berdasarkan Golongan\n\n"
            + "\n".join("\t".join(r) for r in rows) + "\n")
    (tmp_path / "laporan.yaml").write_text("agency: Kecamatan Contoh\nyear: 2024\n", encoding="utf-8")
    (tmp_path / "laporan.md").write_text(text, encoding="utf-8")
    clean = audit.run(str(tmp_path / "laporan.md"))
    assert clean.tables_read == ["pegawai_golongan"]
    assert not [f for f in clean.findings if f.severity.value == "error"]
    (tmp_path / "laporan.md").write_text(text.replace("Jumlah\t1\t\t14", "Jumlah\t1\t\t15"), encoding="utf-8")
    wrong = audit.run(str(tmp_path / "laporan.md"))
    assert [(f.rule_id, f.actual, f.expected, f.location.cell) for f in wrong.findings
            if f.severity.value == "error"] == [("SUM070", 15, 14, "D5"), ("SUM074", 26, 27, "H5")]


def test_equal_head_counts_of_two_groups_are_no_copied_column():
    """Manggar prints 2 P by golongan where the eselon table counts 4 P, and 4 is its L by golongan: counts of two
    groups of people, small numbers that agree by chance. The finding says the two tables disagree, not that L
    was copied as P (a hint kept for a target copied as realisasi, amounts and shares)."""
    result = audit.run(str(REAL / "laporan.md"))
    [women] = [f for f in result.findings if f.rule_id == "MATCH050" and f.column == "perempuan"]
    assert women.hint is None
    assert "copied" not in women.text("en") and "tersalin" not in women.text("id")


STRUCTURAL = """LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023

DINAS PERPUSTAKAAN DAN KEARSIPAN

Tabel 1.3 Jumlah Pegawai Menurut Golongan

| No | Golongan | L | P | Jumlah |
|---|---|---|---|---|
| 1 | IV | 2 | 1 | 3 |
| 2 | III | 10 | 8 | 18 |
| 3 | II | 4 | 2 | 6 |
|  | Jumlah | 16 | 11 | 27 |

Tabel 1.4 Jumlah Pegawai Menurut Eselon

| No | Eselon | L | P | Jumlah |
|---|---|---|---|---|
| 1 | II.b | 1 | 0 | 1 |
| 2 | III.a | 1 | 0 | 1 |
| 3 | IV.a | 3 | 2 | 5 |
|  | Jumlah | 5 | 2 | 7 |
"""


def _eselon_findings(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    (tmp_path / "laporan.md").write_text(text, encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text("agency: Dinas Perpustakaan dan Kearsipan\nyear: 2023\n", encoding="utf-8")
    result = audit.run(str(tmp_path / "laporan.md"))
    assert {"pegawai_golongan", "pegawai_eselon"} <= set(result.tables_read)
    return [(f.rule_id, f.column) for f in result.findings if f.rule_id in ("MATCH049", "MATCH050")]


def test_an_eselon_table_of_structural_posts_alone_is_not_held_to_the_staff_total(tmp_path):
    """Seven officials by eselon are not the 27 staff by golongan: no MATCH049. With the Non Eselon row the
    eselon table counts every PNS and its total must be the golongan table's (here 28 against 27)."""
    assert _eselon_findings(tmp_path, STRUCTURAL) == []
    with_staff = STRUCTURAL.replace("|  | Jumlah | 5 | 2 | 7 |",
                                    "| 4 | Non Eselon | 12 | 9 | 21 |\n|  | Jumlah | 17 | 11 | 28 |")
    assert sorted(_eselon_findings(tmp_path, with_staff)) == [("MATCH049", "jumlah"), ("MATCH049", "laki_laki")]
    pelaksana = with_staff.replace("Non Eselon | 12 | 9 | 21", "Pelaksana/Staf | 11 | 9 | 20").replace(
        "Jumlah | 17 | 11 | 28", "Jumlah | 16 | 11 | 27")
    assert _eselon_findings(tmp_path, pelaksana) == []


def test_reports_checked_together_each_keep_their_own_eselon_scope(tmp_path):
    """In a batch the tables of many reports are stacked: whether the eselon table counts all the staff is
    decided per report (one report's Non Eselon row does not bring another's structural table in)."""
    texts = [STRUCTURAL, STRUCTURAL.replace("|  | Jumlah | 5 | 2 | 7 |",
                                            "| 4 | Non Eselon | 12 | 9 | 21 |\n|  | Jumlah | 17 | 11 | 28 |")]
    reports = []
    for n, text in enumerate(texts):
        (tmp_path / f"{n}.md").write_text(text, encoding="utf-8")
        (tmp_path / f"{n}.yaml").write_text("agency: Dinas Perpustakaan dan Kearsipan\nyear: 2023\n", encoding="utf-8")
        reports.append(api.read(str(tmp_path / f"{n}.md")))
    together = api.check_reports(reports)
    alone = [api.check_report(r) for r in reports]

    def matches(result):
        return sorted((f.rule_id, f.column, f.position) for f in result.findings if f.rule_id.startswith("MATCH04"))

    assert [matches(r) for r in together] == [matches(r) for r in alone]
    assert matches(together[0]) == [] and len(matches(together[1])) == 2


def test_a_table_by_unit_with_one_count_per_category_is_read_and_checked(tmp_path):
    """Tabel 2.7 of Balikpapan Timur as an agency that prints no sex split would: each golongan's L + P as the
    page prints them (Kelurahan Manggar's Jumlah is the printed 4 + 2 = 6), the real numbering row and
    `Tingkat` header. Read as the golongan table in long form (one count per unit and golongan, the unit's
    Jumlah its sub total, the last row the golongan totals and the table's total), and the page's two
    mistakes are still found at their cells: Manggar's 6 for 6 + 1 = 7, the grand total 57 for 58."""
    text = (REAL / "laporan.md").read_text(encoding="utf-8")
    head = text[:text.index("<table>")]
    rows = [("Kecamatan Balikpapan Timur", "1 8 10 1 20"), ("Kelurahan Manggar", "- 6 1 - 6"),
            ("Kelurahan Manggar Baru", "- 5 3 - 8"), ("Kelurahan Lamaru", "- 6 4 1 11"),
            ("Kelurahan Teritip", "- 6 5 1 12"), ("Jumlah", "1 31 23 3 57")]
    body = "".join(f"<tr><td>{unit}</td>" + "".join(f"<td>{x}</td>" for x in figures.split()) + "</tr>\n"
                   for unit, figures in rows)
    table = ("<table>\n<tr><th>Tingkat</th><th>IV</th><th>III</th><th>II</th><th>I</th><th>Jumlah</th></tr>\n"
             "<tr>" + "".join(f"<td>({n})</td>" for n in range(1, 7)) + "</tr>\n" + body + "</table>\n")
    (tmp_path / "laporan.md").write_text(head + table, encoding="utf-8")
    shutil.copy(REAL / "laporan.yaml", tmp_path / "laporan.yaml")
    report = api.read(str(tmp_path / "laporan.md"))
    v = report.tables["pegawai_golongan"].values
    assert v["level"].tolist().count("item") == 20 and v["level"].tolist().count("subtotal") == 5
    lamaru = v[(v["satuan_kerja"] == "Kelurahan Lamaru") & (v["golongan"] == "II")].index[0]
    assert v.at[lamaru, "jumlah"] == 4 and v.at[lamaru, "laki_laki"] != v.at[lamaru, "laki_laki"]  # no split
    assert v[v["level"] == "rekap"]["jumlah"].tolist() == [1, 31, 23, 3]
    result = audit.run(str(tmp_path / "laporan.md"))
    cells = {(f.rule_id, f.location.cell) for f in result.findings if f.severity.value == "error"}
    assert ("SUM053", "F4") in cells and ("SUM074", "F8") in cells
    assert {cell for _, cell in cells} == {"F4", "F8"}  # nothing else is called wrong


def test_counts_by_status_or_by_sex_per_row_are_not_taken_for_categories(tmp_path):
    """`PNS | PPPK | Honorer` per unit are statuses, and `Laki-laki | Perempuan` under an `Uraian` column are
    the sex split of a table of categories: neither is read as a table of units by category."""
    status = ("| No | Unit Kerja | PNS | PPPK | Honorer | Jumlah |\n|---|---|---|---|---|---|\n"
              "| 1 | Sekretariat | 10 | 2 | 3 | 15 |\n| 2 | Bidang Bina Marga | 8 | 1 | 4 | 13 |\n"
              "|  | Jumlah | 18 | 3 | 7 | 28 |\n")
    sexes = ("| No | Uraian | Laki-laki | Perempuan | Jumlah |\n|---|---|---|---|---|\n"
             "| 1 | S1 | 10 | 8 | 18 |\n| 2 | SMA | 4 | 3 | 7 |\n|  | Jumlah | 14 | 11 | 25 |\n")
    for caption, table in (("Jumlah Pegawai per Unit Kerja Menurut Status Kepegawaian", status),
                           ("Jumlah Pegawai Menurut Tingkat Pendidikan", sexes)):
        doc = parse_markdown(f"# DINAS PEKERJAAN UMUM\n\nTabel 1.2 {caption}\n\n{table}")
        assert staff_units.read(doc.tables[0], catalog()) is None


def _three_rows(total_s1_l: int) -> str:
    """The layout of a Dinas PUPR's staff by education (tests/real/grobogan-pupr-2021-pegawai): `PNS Pendidikan`
    over the levels over `L P`, a remark column `KET.`, `Jumlah` printed in the No cell; our units and figures."""
    rows = [("1", "Kepala Dinas", [1, 0, 0, 0, 0, 0]), ("2", "Sekretariat", [2, 2, 10, 6, 6, 0]),
            ("3", "Bidang Sungai", [4, 1, 3, 0, 4, 0])]
    totals = [sum(r[2][k] for r in rows) for k in range(6)]
    totals[0] = total_s1_l
    head = ('<table>\n<tr><th rowspan="3">No</th><th rowspan="3">Penempatan</th><th colspan="6">PNS Pendidikan</th>'
            '<th rowspan="3">KET.</th></tr>\n<tr><th colspan="2">S-1</th><th colspan="2">D-3</th>'
            '<th colspan="2">SMA</th></tr>\n<tr>' + "<th>L</th><th>P</th>" * 3 + "</tr>\n")
    body = "".join(f"<tr><td>{no}</td><td>{unit}</td>" + "".join(f"<td>{x}</td>" for x in v) + "<td></td></tr>\n"
                   for no, unit, v in rows)
    last = "<tr><td>Jumlah</td><td></td>" + "".join(f"<td>{x}</td>" for x in totals) + f"<td>{sum(totals)}</td></tr>\n"
    return ("# LAPORAN KINERJA DINAS CONTOH TAHUN 2021\n\n## BAB II\n\nTabel 2.2 Jumlah Pegawai Berdasarkan "
            "Pendidikan\n\n" + head + body + last + "</table>\n")


def test_a_three_row_header_over_units_is_read_by_unit(tmp_path):
    """A header of three rows (the status, the levels, `L P`) is one header, not a table of headers and another
    table (before: cut after its second row, the table unread); a remark column after the levels and `Jumlah` in
    the No cell are no other shape. A wrong total is found at its cell."""
    (tmp_path / "laporan.yaml").write_text("agency: Dinas Contoh\nyear: 2021\n", encoding="utf-8")
    path = tmp_path / "laporan.md"
    path.write_text(_three_rows(7), encoding="utf-8")
    result = audit.run(str(path))
    assert "pegawai_pendidikan" in result.tables_read
    assert not [f for f in result.findings if f.severity.value == "error"]
    path.write_text(_three_rows(8), encoding="utf-8")
    assert [(f.rule_id, f.location.cell) for f in audit.run(str(path)).findings
            if f.severity.value == "error"] == [("SUM065", "C7")]


def test_a_real_three_row_header_is_read():
    """The Dinas PUPR Kabupaten Grobogan's page 26 (LKjIP 2021): staff by golongan, then by unit, education and sex
    under a three-row header; both read (before: the second unread, DOC001). The page prints no `L+P` per level:
    said (INPUT003), not derived."""
    result = audit.run(str(Path(__file__).resolve().parent / "real" / "grobogan-pupr-2021-pegawai" / "laporan.pdf"))
    assert set(result.tables_read) == {"pegawai_golongan", "pegawai_pendidikan"}
    assert not [f for f in result.findings if f.rule_id == "DOC001" or f.severity.value == "error"]
