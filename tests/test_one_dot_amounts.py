"""Amounts under a million written with one dot (`600.000`, `75.500`: six hundred thousand rupiah): a lone group of
three after the dot is thousands or decimals as printed, so the column, not the cell, decides. A money column
(its kind, or `(Rp)` over it) is never in tenths of a rupiah; elsewhere the style the column's other figures show
(`90,00`, `1.250.000`), else the table's (not for a percentage), or the row's unit (`orang`) decides. Where nothing
tells, the cell is said ambiguous (PARSE002) and the rest of the column is still read. Small budgets (a kelurahan,
a sub kegiatan, honoraria) were read by no table kind before: their budget columns were refused as not figures."""
from __future__ import annotations

import pytest
from helpers import csv_dir_to_xlsx, write_report

import audit
from audit.api import read

#: (program, pagu, realisasi, % as printed): the % is realisasi / pagu
SMALL = [("Program Penunjang Urusan Pemerintahan", "600.000", "540.000", "90,00"),
         ("Program Pemberdayaan Masyarakat", "400.000", "380.000", "95,00"),
         ("Program Ketentraman dan Ketertiban", "75.500", "75.500", "100,00")]
#: the same with one amount of a million or more in the column
MIXED = [*SMALL[:2], ("Program Ketentraman dan Ketertiban", "1.250.000", "1.187.500", "95,00")]
#: how budget columns are headed: an alias the kinds know, and words read by meaning
HEADERS = [("Pagu (Rp)", "Realisasi (Rp)"), ("Alokasi Dana (Rp)", "Realisasi Dana (Rp)"),
           ("Anggaran Setelah Perubahan (Rp)", "Realisasi Keuangan (Rp)")]


def _rupiah(text: str) -> float:
    return float(text.replace(".", ""))


def _percent(text: str) -> float:
    return float(text.replace(",", "."))


def _total(rows) -> tuple[str, str, str]:
    pagu, real = sum(_rupiah(r[1]) for r in rows), sum(_rupiah(r[2]) for r in rows)
    return (f"{pagu:,.0f}".replace(",", "."), f"{real:,.0f}".replace(",", "."),
            f"{real / pagu * 100:.2f}".replace(".", ","))


def _document(tmp_path, rows, heads=HEADERS[0], name="laporan.md"):
    lines = ["# LAPORAN KINERJA TAHUN 2023", "", "KELURAHAN CONTOH", "",
             "Tabel 3.5 Realisasi Anggaran Per Program Tahun 2023", "",
             f"| No | Program | {heads[0]} | {heads[1]} | % |", "|---|---|---|---|---|"]
    lines += [f"| {n} | {program} | {pagu} | {real} | {pct} |" for n, (program, pagu, real, pct) in enumerate(rows, 1)]
    lines.append("| | **Jumlah** | **{}** | **{}** | **{}** |".format(*_total(rows)))
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text("agency: Kelurahan Contoh\nyear: 2023\n", encoding="utf-8")
    return path


def _folder(tmp_path, rows, heads=HEADERS[1]):
    body = "\n".join(f'{n},{program},{pagu},{real},"{pct}"' for n, (program, pagu, real, pct) in enumerate(rows, 1))
    return write_report(tmp_path / "r", {"realisasi_program": f"No,Program,{heads[0]},{heads[1]},%\n{body}"})


def _wrong(rows, i: int, realisasi: str):
    out = list(rows)
    out[i] = (rows[i][0], rows[i][1], realisasi, rows[i][3])
    return out


def _budget_findings(result):
    return [f for f in result.findings if f.rule_id.startswith(("RATIO", "SUM", "PARSE", "INPUT", "DOC001"))]


def _ratio(result):
    return [(f.row, f.column, f.actual, round(f.expected, 2)) for f in result.findings if f.rule_id.startswith("RATIO")]


@pytest.mark.parametrize("heads", HEADERS, ids=lambda h: h[0])
@pytest.mark.parametrize("rows", [SMALL, MIXED], ids=["small", "mixed"])
def test_a_small_budget_table_in_a_document_is_read_with_its_amounts(tmp_path, heads, rows):
    path = _document(tmp_path, rows, heads)
    report = read(path)
    assert report.document.log[0].ignored == []  # every budget column read
    [(name, table)] = report.tables.items()
    assert name == "realisasi_program"
    budget = [_rupiah(r[1]) for r in rows]
    assert table.values["pagu"].tolist() == [*budget, sum(budget)]
    assert table.values["realisasi"].tolist()[:-1] == [_rupiah(r[2]) for r in rows]
    assert table.values["capaian"].tolist()[:-1] == [_percent(r[3]) for r in rows]  # `90,00` stays ninety
    assert _budget_findings(audit.run(path)) == []


@pytest.mark.parametrize("heads", HEADERS, ids=lambda h: h[0])
def test_a_wrong_small_amount_in_a_document_is_found(tmp_path, heads):
    rows = _wrong(SMALL, 0, "504.000")  # 90,00% printed for 504.000 / 600.000
    result = audit.run(_document(tmp_path, rows, heads))
    assert _ratio(result) == [("1", "capaian", 90.0, round(_rupiah("504.000") / _rupiah("600.000") * 100, 2))]


@pytest.mark.parametrize("heads", HEADERS, ids=lambda h: h[0])
@pytest.mark.parametrize("rows", [SMALL, MIXED], ids=["small", "mixed"])
def test_a_small_budget_table_in_a_folder_and_a_workbook_is_read(tmp_path, heads, rows):
    folder = _folder(tmp_path, rows, heads)
    workbook = csv_dir_to_xlsx(folder, tmp_path / "laporan.xlsx")
    for source in (folder, workbook):
        table = read(source).tables["realisasi_program"]
        assert table.values["pagu"].tolist() == [_rupiah(r[1]) for r in rows]
        assert table.values["realisasi"].tolist() == [_rupiah(r[2]) for r in rows]
        assert _budget_findings(audit.run(source)) == []
    wrong = _folder(tmp_path / "wrong", _wrong(rows, 1, "340.000"))
    assert _ratio(audit.run(wrong)) == [("2", "capaian", 95.0, round(_rupiah("340.000") / _rupiah("400.000") * 100, 2))]


def _indicators(tmp_path, rows, header="no,indikator,satuan,target,realisasi,capaian"):
    body = "\n".join(",".join(f'"{c}"' for c in row) for row in rows)
    return read(write_report(tmp_path / "i", {"capaian_indikator": f"{header}\n{body}"}))


def _parse_problems(report):
    return sorted((f.rule_id, f.column, f.actual) for f in report.problems if f.rule_id.startswith("PARSE"))


def test_an_indicator_figure_is_read_in_the_style_of_its_table(tmp_path):
    """`1.200` participants beside capaian written `95,83`: the table writes the dot as a thousands separator."""
    report = _indicators(tmp_path / "id", [("1", "Jumlah peserta pelatihan", "", "1.200", "1.150", "95,83")])
    values = report.tables["capaian_indikator"].values
    assert (values.at[0, "target"], values.at[0, "realisasi"]) == (1200, 1150) and _parse_problems(report) == []
    report = _indicators(tmp_path / "en", [("1", "Rasio guru murid", "", "0.85", "1.250", "147.06")])
    values = report.tables["capaian_indikator"].values  # the column writes `0.85`: its dot marks decimals
    assert (values.at[0, "target"], values.at[0, "realisasi"]) == (0.85, 1.25) and _parse_problems(report) == []


def test_a_figure_of_people_is_whole_and_an_index_with_nothing_telling_is_said_ambiguous(tmp_path):
    report = _indicators(tmp_path, [("1", "Jumlah peserta pelatihan", "orang", "1.200", "1.150", "96"),
                                    ("2", "Indeks kepuasan", "indeks", "3.250", "3.300", "102")])
    values = report.tables["capaian_indikator"].values
    assert values["target"].tolist()[0] == 1200 and values["realisasi"].tolist()[0] == 1150
    assert _parse_problems(report) == [("PARSE002", "realisasi", "3.300"), ("PARSE002", "target", "3.250")]
    assert values["capaian"].tolist() == [96, 102]  # the rest of the table is read


def test_a_table_showing_both_styles_decides_nothing(tmp_path):
    """`95,83` (comma decimals) and `1,250,000`-style `0.85` (dot decimals) in the same table: a lone `1.200`
    stays ambiguous, not guessed."""
    report = _indicators(tmp_path, [("1", "Jumlah peserta", "", "1.200", "1.150", "95,83"),
                                    ("2", "Rasio", "", "10", "8", "80.00")])
    assert _parse_problems(report) == [("PARSE002", "realisasi", "1.150"), ("PARSE002", "target", "1.200")]


def test_a_percentage_takes_no_style_from_the_amounts_beside_it(tmp_path):
    """The amounts write `1.250.000`, but a percentage is often written apart from them: `1.200` in the capaian
    column (a percentage of twelve hundred, or 1,2?) is said ambiguous; `100,00` in the column itself settles it."""
    rows = 'item,1,A,"1.250.000","1.000.000","1.200"\nitem,2,B,"1.000.000","1.000.000",100'
    folder = write_report(tmp_path / "a", {"realisasi_program": f"level,no,program,pagu,realisasi,capaian\n{rows}"})
    report = read(folder)
    assert _parse_problems(report) == [("PARSE002", "capaian", "1.200")]
    assert report.tables["realisasi_program"].values["pagu"].tolist() == [1_250_000, 1_000_000]
    folder = write_report(tmp_path / "b", {"realisasi_program": "level,no,program,pagu,realisasi,capaian\n"
                                                                + rows.replace(",100", ',"100,00"')})
    assert read(folder).tables["realisasi_program"].values["capaian"].tolist() == [1200, 100]


MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


@pytest.mark.parametrize("scale", [1, 10], ids=["under a million", "millions"])
def test_running_totals_by_month_are_read_alike_whatever_the_amounts(tmp_path, scale):
    """`Realisasi Anggaran (Rp)` over `s.d. Januari` ... `s.d. Desember`: each running total before the last is no
    column (before, the figure columns under a million were no figures, and `s.d. Januari` was read as the year's
    realisasi; of millions, the table was read by no kind); the last stands for the year's."""
    def rp(value: int) -> str:
        return f"{value * scale:,}".replace(",", ".")

    spent = [50_000 * (m + 1) for m in range(12)]
    head = "".join(f"<th>s.d. {m}</th>" for m in MONTHS)
    cells = "".join(f"<td>{rp(v)}</td>" for v in spent)
    pct = f"{spent[-1] / 700_000 * 100:.2f}".replace(".", ",")
    body = f"<tr><td>1</td><td>Program Penunjang Urusan</td><td>{rp(700_000)}</td>{cells}<td>{pct}</td></tr>"
    text = ("# LAPORAN KINERJA TAHUN 2023\n\nTabel 3.5 Realisasi Anggaran Program per Bulan\n\n<table>\n"
            '<tr><th rowspan="2">No</th><th rowspan="2">Program</th><th rowspan="2">Pagu (Rp)</th>'
            f'<th colspan="12">Realisasi Anggaran (Rp)</th><th rowspan="2">%</th></tr>\n<tr>{head}</tr>\n'
            f"{body}\n</table>\n")
    (tmp_path / "laporan.md").write_text(text, encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text("agency: Dinas Contoh\nyear: 2023\n", encoding="utf-8")
    result = audit.run(str(tmp_path / "laporan.md"))
    assert result.tables_read == ["realisasi_program"]
    values = read(tmp_path / "laporan.md").tables["realisasi_program"].values
    assert values["realisasi"].tolist() == [spent[-1] * scale]
    assert _budget_findings(result) == []


def test_a_fix_is_written_as_its_column_reads_the_cell(tmp_path):
    """A wrong realisation's fix keeps how the column writes: `540.000` rupiah where `504.000` was printed; `1.190`
    (one point nineteen) for a `1.250` that a column writing `0.85` reads as one and a quarter."""
    def proposed(folder, column):
        return {s.proposed_text for f in audit.run(folder).findings for s in f.suggestions or ()
                if s.cell.cell[0] == column}

    money = _folder(tmp_path / "m", _wrong(SMALL, 0, "504.000"))
    assert proposed(money, "D") == {f"{_rupiah('600.000') * 0.9:,.0f}".replace(",", ".")}
    ratio = write_report(tmp_path / "r", {"capaian_indikator": "no,indikator,target,realisasi,capaian\n"
                                                               "1,Rasio A,0.85,1.250,140.00"})
    assert proposed(ratio, "D") == {f"{0.85 * 1.40:.3f}"}


def test_a_table_no_kind_reads_takes_its_figures_as_each_column_writes_them(tmp_path):
    """The figures the generic checks add up: `1.250` in a column writing `0.500` and `1.75` is one and a quarter;
    `1.200` people in a column of whole numbers (nothing telling) is twelve hundred, as before."""
    from audit.document import read_document, structure

    path = tmp_path / "tabel.md"
    path.write_text("# X\n\nTabel 1\n\nDesa\tSawah (km2)\tPenduduk\nAlpha\t0.500\t1.200\nBeta\t1.250\t950\n"
                    "Gamma\t1.75\t2.150\n", encoding="utf-8")
    printed = structure.read(read_document(path).tables[0])
    assert [ln.values[1].value for ln in printed.lines] == [0.5, 1.25, 1.75]
    assert [ln.values[2].value for ln in printed.lines] == [1200, 950, 2150]
