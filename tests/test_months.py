"""A realisation per month (`Jan ... Des`, `Januari ... Desember`, `Bulan I ... XII`): read as the month columns of a
budget or coverage table and added up to the year's figure (SUM079-SUM081); a running total (`s.d. Maret`,
`Kumulatif`) or a plan per month is never added. The real table is the puskesmas PKP form of tests/wild (round 7);
the budget layouts are in our wording (the one real budget page with months, Polewali Mandar's, lost which month
each figure belongs to: tests/wild/README.md)."""
from __future__ import annotations

import shutil
from itertools import accumulate
from pathlib import Path

import pytest

import audit
from audit.ingest.months import month_of, runs

WILD = Path(__file__).resolve().parent / "wild"
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def _errors(result, rule: str) -> list[tuple]:
    return [(f.row_key, f.column, f.actual, f.expected) for f in result.findings if f.rule_id == rule]


def _run(tmp_path: Path, body: str, year: int = 2023):
    (tmp_path / "laporan.md").write_text(body, encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text(f"agency: Dinas Contoh\nyear: {year}\n", encoding="utf-8")
    return audit.run(str(tmp_path / "laporan.md"))


@pytest.mark.parametrize("labels, month", [
    (["Capaian Kegiatan", "Jan"], 1), (["Realisasi Anggaran (Rp)", "Agustus"], 8), (["Sept"], 9),
    (["Nopember 2023"], 11), (["Bulan", "III"], 3), (["Bulan Ke", "12"], 12), (["Realisasi", "s.d. Maret"], None),
    (["Kumulatif", "Mar"], None), (["III"], None), (["Realisasi s.d. Desember 2023"], None), (["12"], None),
])
def test_a_month_is_known_by_its_own_label(labels, month):
    assert month_of(labels) == month


def test_one_or_two_named_months_are_no_run():
    """`Realisasi Juni | Realisasi Desember` (a half year and the year) are periods of other figures, not months'
    own columns; three in calendar order are; out of order they are not."""
    assert runs([(1, ["Juni"]), (2, ["Desember"])]) == []
    assert runs([(1, ["Jan"]), (2, ["Feb"]), (3, ["Mar"])]) == [{1: 1, 2: 2, 3: 3}]
    assert runs([(1, ["Mar"]), (2, ["Jan"]), (3, ["Feb"])]) == []


def test_the_pkp_form_is_read_with_its_months(tmp_path):
    """The puskesmas' PKP table (Capaian Kegiatan per month, Jan to Sep printed): read as `cakupan` since its
    months are read (before: DOC001, closest cakupan, its hint proposing the target count `Target Sasaran (T x S)`
    as the count served); `Kompilasi Pencapaian (dalam satuan sasaran)` is the count served. Consistent: no
    SUM081. A January printed 5 for 2 makes the months add up to 24 against the compiled 21."""
    real = audit.run(str(WILD / "puskesmas-pkp-gigi" / "laporan.md"))
    assert real.tables_read == ["cakupan"]
    table = audit.api.read(str(WILD / "puskesmas-pkp-gigi" / "laporan.md")).tables["cakupan"].values
    assert table["terlayani"].tolist() == [21, 24] and table["jan"].tolist() == [2, 5]
    assert table["sep"].tolist() == [1, 2] and table["des"].isna().all()
    assert not [f for f in real.findings if f.severity.value == "error" or f.rule_id == "DOC001"]
    text = (WILD / "puskesmas-pkp-gigi" / "laporan.md").read_text(encoding="utf-8")
    (tmp_path / "laporan.md").write_text(text.replace("<td>21</td><td>53</td><td>2</td>",
                                                      "<td>21</td><td>53</td><td>5</td>"), encoding="utf-8")
    shutil.copy(WILD / "puskesmas-pkp-gigi" / "laporan.yaml", tmp_path / "laporan.yaml")
    changed = audit.run(str(tmp_path / "laporan.md"))
    assert [(c, a, e) for _, c, a, e in _errors(changed, "SUM081")] == [("terlayani", 21.0, 24.0)]
    assert [f.rule_id for f in changed.findings if f.severity.value == "error"] == ["SUM081"]
    [found] = [f for f in changed.findings if f.rule_id == "SUM081"]  # the months printed: January to September
    assert "sum of 9 months" in found.text("en") and "jumlah 9 bulan" in found.text("id")


def _budget(groups: list[tuple[str, list[str]]], rows: list[list[str]], caption: str) -> str:
    """An HTML budget table: `Kegiatan | Pagu (Rp) | <group over its labels> ... | Jumlah Realisasi | %`."""
    top = "".join(f'<th colspan="{len(labels)}">{name}</th>' for name, labels in groups)
    sub = "".join(f"<th>{label}</th>" for _, labels in groups for label in labels)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in rows)
    return (f"# LAPORAN KINERJA TAHUN 2023\n\n{caption}\n\n<table>\n"
            f'<tr><th rowspan="2">No</th><th rowspan="2">Program / Kegiatan</th><th rowspan="2">Pagu (Rp)</th>{top}'
            f'<th rowspan="2">Jumlah Realisasi (Rp)</th><th rowspan="2">%</th></tr>\n<tr>{sub}</tr>\n{body}</table>\n')


SPENT = [["1", "Program Penunjang Urusan Pemerintahan", "1.200.000", *["100.000"] * 11, "90.000", "1.190.000",
          "99,17"],
         ["2", "Program Perencanaan Pembangunan", "600.000", *["50.000"] * 11, "40.000", "590.000", "98,33"]]


def test_a_budget_table_by_month_adds_its_months(tmp_path):
    """A dinas' budget realisation per month under `Realisasi Anggaran (Rp)`, then its `Jumlah`: the months add up to
    the realisasi (SUM079 silent); a December printed 60.000 for 90.000 leaves them 30.000 short, said at the
    programme's realisasi with the months as its parts."""
    caption = "Tabel 3.5 Realisasi Anggaran Program per Bulan"
    result = _run(tmp_path, _budget([("Realisasi Anggaran (Rp)", MONTHS)], SPENT, caption))
    assert "realisasi_program" in result.tables_read and not _errors(result, "SUM079")
    wrong = [row[:] for row in SPENT]
    wrong[0][14] = "60.000"
    found = _errors(_run(tmp_path, _budget([("Realisasi Anggaran (Rp)", MONTHS)], wrong, caption)), "SUM079")
    assert [(c, a, e) for _, c, a, e in found] == [("realisasi", 1190000.0, 1160000.0)]


def test_a_plan_per_month_beside_the_realisation_is_not_added(tmp_path):
    """`Rencana Penarikan Dana` per month beside `Realisasi` per month (two runs of months, short names): only the
    realisation is read as the months (a plan is ruled out for spending), so a plan that differs from the
    realisation is no finding; a wrong realised month still is."""
    months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    plan = [[*row[:3], *["200.000"] * 12, *row[3:]] for row in SPENT]
    groups = [("Rencana Penarikan Dana (Rp)", months), ("Realisasi (Rp)", months)]
    result = _run(tmp_path, _budget(groups, plan, "Tabel 3.5 Realisasi Anggaran Program per Bulan"))
    assert "realisasi_program" in result.tables_read and not _errors(result, "SUM079")
    plan[1][16] = "5.000"  # the programme's realised February
    found = _errors(_run(tmp_path, _budget(groups, plan, "Tabel 3.5 Realisasi Anggaran Program per Bulan")),
                    "SUM079")
    assert [(c, e) for _, c, _, e in found] == [("realisasi", 545000.0)]


def test_a_running_total_per_month_is_never_added(tmp_path):
    """`Realisasi s.d. Januari` ... `s.d. Desember` are running totals (each month's figure includes the months
    before, the last the year's): no month's own, so nothing adds them up and nothing says the year's 1.190.000
    disagrees with their sum (which is many times it); the table checks clean."""
    running = []
    for row in SPENT:
        spent = list(accumulate(int(c.replace(".", "")) for c in row[3:15]))
        running.append([*row[:3], *[f"{v:,}".replace(",", ".") for v in spent], *row[15:]])
    labels = [f"s.d. {m}" for m in MONTHS]
    result = _run(tmp_path, _budget([("Realisasi Anggaran (Rp)", labels)], running,
                                     "Tabel 3.5 Realisasi Anggaran Program per Bulan"))
    assert result.tables_read == ["realisasi_program"]  # read: the year's realisasi, the running totals not added
    assert not [f for f in result.findings if f.rule_id in ("SUM079", "SUM080", "GEN001")]
    assert not [f for f in result.findings if f.severity.value == "error"]


def test_months_numbered_under_bulan_are_months(tmp_path):
    """`Bulan` over `I ... XII` (roman numerals) is a run of months as well."""
    numbered = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    wrong = [row[:] for row in SPENT]
    wrong[1][4] = "90.000"  # the second programme's January
    found = _errors(_run(tmp_path, _budget([("Realisasi Bulan", numbered)], wrong,
                                           "Tabel 3.5 Realisasi Anggaran Program per Bulan")), "SUM079")
    assert [(c, a, e) for _, c, a, e in found] == [("realisasi", 590000.0, 630000.0)]


def test_the_hint_of_an_unread_coverage_table_proposes_the_count_served(tmp_path):
    """The PKP table with its count served and population under headers of no known wording: DOC001 proposes the
    columns a reviewer would map, `Tos` as the population and `Hasil Kompilasi` as the count served, never the
    target count `Target Sasaran (T x S)` (its word `target` rules it out for either) nor a month's column."""
    text = (WILD / "puskesmas-pkp-gigi" / "laporan.md").read_text(encoding="utf-8")
    text = text.replace("Kompilasi Pencapaian (dalam satuan sasaran)", "Hasil Kompilasi")
    result = _run(tmp_path, text.replace("Total Sasaran ( Tos )", "Tos"))
    [hint] = [f.text("en") for f in result.findings if f.rule_id == "DOC001"]
    assert '"Tos" = "sasaran" "Hasil Kompilasi" = "terlayani"' in hint and "Target Sasaran" not in hint


def test_a_schedule_by_month_is_no_realisation(tmp_path):
    """A budget table with its schedule (`Jadwal Pelaksanaan` over `Jan` ... `Des`, ticked `x`): the months hold no
    figures, so they are not read as the months' spending (no unreadable-number error for each tick), and never as
    the realisasi either."""
    months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    rows = [[*row[:3], *(["x"] * 6 + [""] * 6), *row[15:]] for row in SPENT]
    result = _run(tmp_path, _budget([("Jadwal Pelaksanaan", months)], rows,
                                     "Tabel 3.5 Realisasi Anggaran Program"))
    assert not [f for f in result.findings if f.rule_id.startswith(("PARSE", "SUM079"))]
    if "realisasi_program" in result.tables_read:
        table = audit.api.read(str(tmp_path / "laporan.md")).tables["realisasi_program"].values
        assert table["realisasi"].tolist() == [1190000, 590000] and table["jan"].isna().all()


def test_a_total_row_adds_each_month_down_the_table(tmp_path):
    """The `Jumlah` row of a budget table by month adds each month of the programmes above it (SUM021, as the
    quarters do): its December printed 100.000 for 90.000 + 40.000 = 130.000 is said at that cell, which also puts
    the row's own months out of its realisasi (SUM079)."""
    total = ["", "Jumlah", "1.800.000", *["150.000"] * 11, "100.000", "1.780.000", "98,89"]
    found = _run(tmp_path, _budget([("Realisasi Anggaran (Rp)", MONTHS)], [*SPENT, total],
                                   "Tabel 3.5 Realisasi Anggaran Program per Bulan"))
    assert [(c, a, e) for _, c, a, e in _errors(found, "SUM021")] == [("des", 100000.0, 130000.0)]
    assert [(c, a, e) for _, c, a, e in _errors(found, "SUM079")] == [("realisasi", 1780000.0, 1750000.0)]
