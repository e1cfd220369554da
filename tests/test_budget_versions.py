"""A budget before and after its amendment: the amended one is the budget (a capaian or serapan is computed from
it), the one before is read as its own column (`anggaran_murni`) and never taken for the budget nor added to it,
however the two are worded (`Sebelum / Setelah Perubahan`, `Murni / Perubahan`, `APBD / APBD-P`, `DPA / DPPA`) and in
whichever order they are printed. A table comparing the two with nothing realised is read by no kind."""
from __future__ import annotations

import pytest

import audit
from audit.api import read
from audit.ingest.headers import before_change, normalise, version

HEAD = """# LAPORAN KINERJA TAHUN 2023

DINAS PERHUBUNGAN KABUPATEN CONTOH

Tabel 3.5 Realisasi Anggaran Program Tahun 2023

"""
#: (program, before, amended, realisasi, % of the amended budget)
ROWS = [("Program Penunjang Urusan Pemerintahan Daerah", "2.400.000.000", "2.500.000.000", "2.450.000.000", "98,00"),
        ("Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan", "1.300.000.000", "1.200.000.000", "1.150.000.000",
         "95,83")]
TOTAL = ("Jumlah", "3.700.000.000", "3.700.000.000", "3.600.000.000", "97,30")

WORDINGS = [("Anggaran Sebelum Perubahan (Rp)", "Anggaran Setelah Perubahan (Rp)"),
            ("Anggaran Murni (Rp)", "Anggaran Perubahan (Rp)"),
            ("APBD (Rp)", "APBD-P (Rp)"),
            ("Pagu Awal", "P-APBD"),
            ("DPA", "DPPA"),
            ("Sebelum Perubahan", "Setelah Perubahan")]


def _document(before: str, after: str, amended_first: bool = False, rows=ROWS) -> str:
    heads = [after, before] if amended_first else [before, after]
    lines = [f"| No | Program | {heads[0]} | {heads[1]} | Realisasi (Rp) | % |", "|---|---|---|---|---|---|"]
    for n, (program, b, a, real, pct) in enumerate([*rows, TOTAL], 1):
        first, second = (a, b) if amended_first else (b, a)
        lines.append(f"| {n if program != 'Jumlah' else ''} | {program} | {first} | {second} | {real} | {pct} |")
    return HEAD + "\n".join(lines) + "\n"


def _run(tmp_path, text: str, **options):
    path = tmp_path / "laporan.md"
    path.write_text(text, encoding="utf-8")
    return audit.run(path, suggest=options.pop("suggest", False), **options), read(path)


@pytest.mark.parametrize("amended_first", [False, True])
@pytest.mark.parametrize("before, after", WORDINGS)
def test_the_amended_budget_is_the_budget_and_the_one_before_its_own_column(tmp_path, before, after, amended_first):
    result, report = _run(tmp_path, _document(before, after, amended_first))
    table = report.tables["realisasi_program"].values
    assert table["pagu"].tolist()[:2] == [2_500_000_000, 1_200_000_000]  # the amended figures
    assert table["anggaran_murni"].tolist()[:2] == [2_400_000_000, 1_300_000_000]
    # 98,00 and 95,83 are the realisation over the amended budget: no capaian error, no column left unchecked
    assert [f.rule_id for f in result.findings if f.rule_id not in ("DOC010",)] == []


def test_a_capaian_is_recomputed_from_the_amended_budget_and_its_fix_proposes_that(tmp_path):
    """A wrong percentage is said against the amended budget (2.450 / 2.500 = 98,00), and its fix proposes the
    value from it: never one computed from the budget before the change (2.450 / 2.400 = 102,08)."""
    rows = [ROWS[0][:4] + ("97,00",), ROWS[1]]
    result, _ = _run(tmp_path, _document("Anggaran Murni (Rp)", "Anggaran Perubahan (Rp)", rows=rows), suggest=True)
    [wrong] = [f for f in result.findings if f.rule_id == "RATIO001"]
    assert (wrong.row_label, wrong.actual, round(wrong.expected, 2)) == (ROWS[0][0], 97.0, 98.0)
    proposed = [s.proposed for s in wrong.suggestions]
    assert proposed[0] == 98.0 and all(abs(p - 102.08) > 0.01 for p in proposed)


def test_a_budget_printed_alone_is_the_budget_whatever_its_word(tmp_path):
    """`APBD` alone (no amended budget beside it) is the budget, and a realisation table without a version is
    read as before."""
    text = HEAD + ("| No | Program | APBD (Rp) | Realisasi (Rp) | % |\n|---|---|---|---|---|\n"
                   f"| 1 | {ROWS[0][0]} | 2.500.000.000 | 2.450.000.000 | 98,00 |\n"
                   f"| 2 | {ROWS[1][0]} | 1.200.000.000 | 1.150.000.000 | 95,83 |\n")
    result, report = _run(tmp_path, text)
    table = report.tables["realisasi_program"].values
    assert table["pagu"].tolist() == [2_500_000_000, 1_200_000_000] and table["anggaran_murni"].isna().all()
    assert not [f for f in result.findings if f.rule_id.startswith("RATIO")]


def test_a_workbook_or_csv_header_is_read_the_same_way(tmp_path):
    folder = tmp_path / "laporan"
    folder.mkdir()
    (folder / "report.yaml").write_text("agency: Dinas Contoh\nyear: 2023\n", encoding="utf-8")
    (folder / "realisasi_program.csv").write_text(
        "No,Program,APBD,APBD-P,Realisasi,%\n"
        f'1,{ROWS[0][0]},"2.400.000.000","2.500.000.000","2.450.000.000","98,00"\n'
        f'2,{ROWS[1][0]},"1.300.000.000","1.200.000.000","1.150.000.000","95,83"\n', encoding="utf-8")
    report = read(folder)
    table = report.tables["realisasi_program"].values
    assert table["pagu"].tolist() == [2_500_000_000, 1_200_000_000]
    assert table["anggaran_murni"].tolist() == [2_400_000_000, 1_300_000_000]
    assert not [p for p in report.problems if p.rule_id.startswith("INPUT")]


def test_the_users_mapping_wins(tmp_path):
    """A reviewer who says in audit.toml that `APBD` is this table's budget is obeyed: the percentages are then
    recomputed from it (2.450 / 2.400 = 102,08, not the 98,00 printed)."""
    import json

    from click.testing import CliRunner

    from audit.cli import main

    path = tmp_path / "laporan.md"
    path.write_text(_document("APBD (Rp)", "APBD-P (Rp)"), encoding="utf-8")
    (tmp_path / "audit.toml").write_text('[columns.realisasi_program]\n"APBD" = "pagu"\n', encoding="utf-8")
    out = CliRunner().invoke(main, ["check", str(path), "--no-suggest", "-f", "json", "--fail-on", "never"]).output
    found = [(f["row_label"], round(f["expected"], 2)) for f in json.loads(out)["findings"]
             if f["rule_id"] == "RATIO001"]
    assert found[:1] == [(ROWS[0][0], 102.08)]


def test_a_kegiatan_hierarchy_adds_up_each_budget_on_its_own(tmp_path):
    """Sub kegiatan add up to their kegiatan in the amended budget and, on its own, in the budget before the
    change: an amended figure off its parts is said in `anggaran`, a figure before the change off its parts in
    `anggaran_murni`, and the two budgets are never added together nor checked against each other."""
    text = HEAD.replace("Program Tahun", "Kegiatan dan Sub Kegiatan Tahun") + (
        "| Kode | Uraian | Anggaran Murni (Rp) | Anggaran Perubahan (Rp) | Realisasi (Rp) | % |\n"
        "|---|---|---|---|---|---|\n"
        "| 1.01 | Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja | 80.000.000 | 100.000.000 | 95.000.000 | "
        "95,00 |\n"
        "| 1.01.01 | Sub Kegiatan Penyusunan Dokumen Perencanaan | 50.000.000 | 60.000.000 | 57.000.000 | 95,00 |\n"
        "| 1.01.02 | Sub Kegiatan Evaluasi Kinerja | 30.000.000 | 40.000.000 | 38.000.000 | 95,00 |\n")
    result, report = _run(tmp_path, text)
    table = report.tables["realisasi_kegiatan"].values
    assert table["anggaran"].tolist() == [100_000_000, 60_000_000, 40_000_000]
    assert table["anggaran_murni"].tolist() == [80_000_000, 50_000_000, 30_000_000]
    assert not [f for f in result.findings if f.rule_id.startswith(("SUM", "RATIO", "INPUT"))]

    def sums(changed: str):
        result, _ = _run(tmp_path, changed)
        return [(f.rule_id, f.column, f.expected) for f in result.findings if f.rule_id.startswith("SUM")]

    assert sums(text.replace("| 80.000.000 | 100.000.000 |", "| 80.000.000 | 110.000.000 |")) == \
        [("SUM022", "anggaran", 100_000_000.0)]
    assert sums(text.replace("| 80.000.000 | 100.000.000 |", "| 90.000.000 | 100.000.000 |")) == \
        [("SUM022", "anggaran_murni", 80_000_000.0)]


def test_a_programme_total_before_the_change_is_checked_too(tmp_path):
    """The total row adds up the budgets before the change as it adds up the amended ones (SUM021)."""
    ok = _document("Anggaran Murni (Rp)", "Anggaran Perubahan (Rp)")
    result, _ = _run(tmp_path, ok)
    assert not [f for f in result.findings if f.rule_id.startswith("SUM")]
    wrong = ok.replace("| Jumlah | 3.700.000.000 | 3.700.000.000 |", "| Jumlah | 3.600.000.000 | 3.700.000.000 |")
    assert wrong != ok
    result, _ = _run(tmp_path, wrong)
    assert [(f.rule_id, f.column, f.actual, f.expected) for f in result.findings if f.rule_id.startswith("SUM")] == \
        [("SUM021", "anggaran_murni", 3_600_000_000.0, 3_700_000_000.0)]


@pytest.mark.parametrize("header, said", [
    ("Anggaran Sebelum Perubahan", "original"), ("APBD Murni", "original"), ("Pagu Awal", "original"),
    ("Anggaran Setelah Perubahan", "amended"), ("APBD-P", "amended"), ("P-APBD", "amended"), ("DPPA", "amended"),
    ("Anggaran", None), ("Realisasi Anggaran Perubahan", None), ("Alasan Perubahan", None),
    ("Target Perubahan", None), ("Sebelum perubahan / Harga satuan", None), ("Perubahan", None)])
def test_what_a_header_says_of_the_budgets_version(header, said):
    assert version(normalise(header).words) == said


def test_a_budget_unqualified_is_the_one_before_only_beside_an_amended_one():
    heads = [normalise(h).words
             for h in ("No", "Program", "Anggaran", "Anggaran Perubahan", "Realisasi", "Sisa Anggaran")]
    assert before_change(heads) == {2}
    assert before_change(heads[:3] + heads[4:]) == set()
