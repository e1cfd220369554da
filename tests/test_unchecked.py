"""What ran but checked nothing is said: a rule that selected no row to compare is not counted as run
(`without_rows`), and a column of figures read that no rule which ran read is named (COVER001, info)."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE

import audit
from audit.cli import main

#: Tanah Datar's table of realisation and capaian over the years (tests/wild/tanah-datar-apk-tahunan): no target
MULTI_YEAR = """# LAPORAN KINERJA PEMERINTAH KABUPATEN CONTOH TAHUN 2015

## BAB III AKUNTABILITAS KINERJA

Tabel 3.3.21

Realisasi dan Capaian Indikator Kinerja Persentase APK Pendidikan SMP/MTs/Paket B Tahun 2013-2015

<table>
<tr><th rowspan="2">No.</th><th rowspan="2">Indikator Kinerja</th>{target_head}<th colspan="3">Realisasi</th>
<th colspan="3">Capaian Kinerja</th></tr>
<tr>{target_years}<th>2013</th><th>2014</th><th>2015</th><th>2013</th><th>2014</th><th>2015</th></tr>
<tr><td>1</td><td>Persentase APK SMP/MTs/Paket B</td>{targets}<td>79,37</td><td>100,41</td><td>103,22</td>
<td>83,75</td><td>102,27</td><td>101,68</td></tr>
</table>
"""


def _multi_year(tmp_path, with_target: bool) -> str:
    years = "".join(f"<th>{y}</th>" for y in (2013, 2014, 2015))
    text = MULTI_YEAR.format(target_head='<th colspan="3">Target</th>' if with_target else "",
                             target_years=years if with_target else "",
                             targets="<td>94,77</td><td>98,18</td><td>101,51</td>" if with_target else "")
    path = tmp_path / "laporan.md"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text("agency: Pemerintah Kabupaten Contoh\nyear: 2015\n", encoding="utf-8")
    return str(path)


def _without_total_row(tmp_path, name: str = "tanpa-jumlah"):
    """The example with its spending table's `Total Belanja Daerah` row left out."""
    folder = tmp_path / name
    shutil.copytree(EXAMPLE, folder)
    path = folder / "belanja.csv"
    path.write_text("".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                            if not line.startswith("total,")), encoding="utf-8")
    return folder


@pytest.mark.parametrize("suggest", [True, False])
def test_a_total_rule_on_a_table_without_its_total_row_is_not_counted_as_run(tmp_path, example, suggest):
    """SUM025 (spending items add up to the total row) and MATCH016 (that total is the programmes') ran but had no
    total row to compare: counted apart, with or without fix suggestions, and the other rules as before."""
    result = audit.run(_without_total_row(tmp_path), suggest=suggest)
    c = result.coverage
    assert {"SUM025", "MATCH016"} <= set(c.without_rows) and not {"SUM025", "MATCH016"} & set(
        example.coverage.without_rows)
    assert set(c.without_rows) - set(example.coverage.without_rows) == {"SUM025", "MATCH016"}
    assert result.rules_run == example.rules_run - 2 == c.rules_run
    record = result.to_records()["summary"]["coverage"]
    assert record["rules_without_rows"] == len(record["without_rows"]) == len(c.without_rows)
    # the spending table's figures are still read by RATIO003 (capaian = realisasi / anggaran): none is named
    assert not [f for f in result.findings if f.rule_id == "COVER001"]


def test_every_output_says_the_rules_without_rows(tmp_path):
    folder = str(_without_total_row(tmp_path))
    r = CliRunner().invoke(main, ["check", folder, "--no-suggest", "--no-color", "-v"])
    text = " ".join(r.output.replace("│", " ").split())  # the panel wraps at 80 columns
    assert "tanpa baris)" in text and "aturan tanpa baris" in text and "SUM025" in text.split("aturan tanpa baris")[1]
    r = CliRunner().invoke(main, ["check", folder, "--no-suggest", "--no-color", "--lang", "en"])
    assert "without rows)" in " ".join(r.output.replace("│", " ").split())
    sarif = json.loads(CliRunner().invoke(main, ["check", folder, "--no-suggest", "-f", "sarif"]).output)
    assert "SUM025" in sarif["runs"][0]["properties"]["coverage"]["without_rows"]
    markdown = CliRunner().invoke(main, ["check", folder, "--no-suggest", "-f", "markdown"]).output
    assert "tanpa baris)" in markdown


def test_a_selection_looked_up_is_not_one_compared(tmp_path, example):
    """RATIO010 looks up the amended PK target (`versi: perubahan`): a PK printing none checks each capaian against
    its own target, so the rule still ran; the MATCH rules comparing the amended PK with the tables did not."""
    folder = tmp_path / "tanpa-perubahan"
    shutil.copytree(EXAMPLE, folder)
    path = folder / "pk_indikator.csv"
    path.write_text("".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                            if not line.startswith("perubahan,")), encoding="utf-8")
    c = audit.run(folder, suggest=False).coverage
    assert "RATIO010" not in c.without_rows and "RATIO010" not in example.coverage.without_rows
    assert "MATCH030" in c.without_rows and "MATCH030" not in example.coverage.without_rows


def test_reports_checked_together_say_each_its_own_rules_without_rows(tmp_path):
    """On a stack of reports a rule selects rows of some: each report is told what its own check tells it."""
    from audit.api import check_report, check_reports
    from audit.config import Config
    from audit.sources import read_report

    reports = [read_report(p) for p in (EXAMPLE, _without_total_row(tmp_path), EXAMPLE)]
    config = Config(suggest=False)
    together = check_reports(reports, config)
    for report, result in zip(reports, together):
        assert result.to_records() == check_report(report, config).to_records()
    assert "SUM025" in together[1].coverage.without_rows and "SUM025" not in together[0].coverage.without_rows


def test_the_capaian_of_a_multi_year_table_without_target_is_said_unchecked(tmp_path):
    """Realisation and capaian over the years, no target: RATIO013 (capaian = realisasi / target) lacks its
    target, SUM049 and SUM085 (the average and sum rows) and RS003, RS006 (a hospital's statistics) find no such
    row; nothing reads the capaian, and the reviewer is told (info). The realisation is read (COUNT006) and not
    named."""
    result = audit.run(_multi_year(tmp_path, with_target=False), suggest=False, lang="en")
    assert sorted(r for r in result.coverage.without_rows if not r.startswith("CLAIM")) == [  # no prose
        "RS003", "RS006", "SUM049", "SUM085"]
    [gap] = [f for f in result.findings if f.rule_id == "COVER001"]
    assert (gap.severity.value, gap.table, gap.location.sheet) == ("info", "kinerja_tahunan", "Tabel #1")
    text = gap.text("en")
    assert "columns capaian of table kinerja_tahunan" in text and "realisasi" not in text
    assert "without rows: SUM085, SUM049; without their columns: RATIO013" in text
    assert "tanpa baris: SUM085, SUM049" in gap.text("id")


def test_a_capaian_recomputed_from_its_target_is_not_named(tmp_path):
    """The same table printing its targets: RATIO013 recomputes each capaian, so no column is said unchecked."""
    result = audit.run(_multi_year(tmp_path, with_target=True), suggest=False)
    assert "RATIO013" not in [rule for rule, _ in result.coverage.lacking_why]
    assert not [f for f in result.findings if f.rule_id == "COVER001"]


def test_a_csv_folder_is_told_its_unchecked_columns_alike(tmp_path):
    """The example's multi-year table printing capaian instead of its targets: said unchecked at its file; and the
    IKU's targets, which only MATCH034 compares (with that table's targets), are named too."""
    folder = tmp_path / "tahunan"
    shutil.copytree(EXAMPLE, folder)
    (folder / "kinerja_tahunan.csv").write_text(
        "no,indikator,tahun,realisasi,capaian\n"
        "1,IKM Pelayanan Kecamatan Jatiroto,2022,\"87,78\",\"104,69\"\n"
        "1,IKM Pelayanan Kecamatan Jatiroto,2023,\"78,94\",\"93,84\"\n", encoding="utf-8")
    result = audit.run(folder, suggest=False)
    gaps = {f.table: f for f in result.findings if f.rule_id == "COVER001"}
    assert sorted(gaps) == ["iku", "kinerja_tahunan"]
    gap = gaps["kinerja_tahunan"]
    assert (gap.location.file, gap.location.line) == ("kinerja_tahunan.csv", None)
    assert "kolom berangka capaian tabel kinerja_tahunan" in gap.text("id")
    assert "target tabel iku" in gaps["iku"].text("id") and "tanpa kolomnya: MATCH034" in gaps["iku"].text("id")
    ignored = audit.run(folder, suggest=False, ignore=("COVER",))
    assert not [f for f in ignored.findings if f.rule_id == "COVER001"]


def test_the_example_names_no_column_unchecked(example):
    """Every figure column of the example that a rule reads is read by a rule that ran: nothing is said."""
    assert not [f for f in example.findings if f.rule_id == "COVER001"]


def test_the_columns_no_rule_reads_are_said_in_the_coverage_not_as_findings(example):
    """The example's programme capaian table prints realisasi and capaian without a target, its efficiency table an
    efficiency score, its comparison table the other kecamatan's realisation: no rule reads them, so only their
    table models checked them. The coverage names exactly those (`--verbose`, the JSON summary), never a column a
    rule reads (the efficiency table's capaian, recomputed by RATIO010), and no finding (nothing the agency could
    mend: a corrected report stays clean)."""
    said = ["capaian_program.realisasi", "capaian_program.capaian", "efisiensi.efisiensi",
            "kinerja_pembanding.realisasi_pembanding"]
    assert list(example.coverage.columns_no_rule) == said
    assert example.to_records()["summary"]["coverage"]["columns_no_rule"] == said
    out = CliRunner().invoke(main, ["check", str(EXAMPLE), "--verbose", "--no-suggest", "--lang", "en",
                                    "--fail-on", "never"]).output
    assert "figure columns read that no rule reads" in " ".join(out.split())
    assert "capaian_program.realisasi" in out and "efisiensi.capaian," not in out
    ignored = audit.run(EXAMPLE, suggest=False, ignore=("RATIO010",))
    assert "efisiensi.capaian" in ignored.coverage.columns_no_rule  # its one reader not run: said


#: real tables (tests/wild/) and the columns said unchecked, each reviewed true: what would read them and why not
WILD_UNCHECKED: dict[str, dict[str, str]] = {
    # a PK alone: its targets are compared only with tables the excerpt does not print (efisiensi, realisasi_indikator);
    # its five programme budgets have no total row (SUM020) and the excerpt no sentence quoting one (CLAIM001)
    "bkpd-lampung-pk": {"pk_indikator": "target", "pk_anggaran": "anggaran"},
    "polhukam-deputi-kamtibmas": {"pk_indikator": "target"},
    # capaian 98,68 and realisasi anggaran 90,37 in %: RATIO010 / RATIO004 recompute them from target and realisasi,
    # pagu and realisasi anggaran, none printed (changing either figure is flagged by nothing)
    "dindikpora-temanggung": {"efisiensi": "capaian, capaian_anggaran"},
    # the target in % (55%, 30%): RATIO017 recomputes a capaian = cakupan / target the PKP tables do not print
    "puskesmas-pkp-gigi": {"cakupan": "target"},
    "puskesmas-pkp-pecahan": {"cakupan": "target"},
    "puskesmas-ukm-capaian": {"cakupan": "target"},
    "puskesmas-ukp-kinerja": {"cakupan": "target"},
    # the budget 58.738.351.000 and its realisation 54.231.523.350 printed once over four indicators: no programme,
    # kegiatan or total row to add up (SUM026, SUM027, SUM032, SUM034), no budget percentage column (RATIO006; the
    # `(92,33%)` is the realisation cell's own text)
    "puslitbang-sdyankes": {"lppd": "anggaran, realisasi_anggaran"},
    # realisation and capaian 2012-2015, no target: RATIO013 lacks it, SUM049 finds no average row
    "tanah-datar-apk-tahunan": {"kinerja_tahunan": "capaian"},
    "tanah-datar-apm-tahunan": {"kinerja_tahunan": "capaian"},
    # every figure column read is read by a rule that ran
    "setda-sumut": {}, "disdik-ogan-ilir": {}, "kec-payakumbuh-selatan-sdm": {}, "desa-mangguh-lra": {},
    "rsud-kudus-lra": {}, "satpolpp-lkpj": {}, "dkp-tapanuli-tengah-pegawai": {}, "bkad-polman-subbid-anggaran": {},
    "klh-kulon-progo-iku": {},  # both capaian columns recomputed (RATIO014, RATIO019)
}


@pytest.mark.parametrize("name", sorted(WILD_UNCHECKED))
def test_the_columns_said_unchecked_in_real_tables_are_those_reviewed(name):
    from conftest import ROOT

    result = audit.run(str(ROOT / "tests" / "wild" / name / "laporan.md"), suggest=False, lang="en")
    said = {f.table: f.text("en").split("columns ", 1)[1].split(" of table", 1)[0]
            for f in result.findings if f.rule_id == "COVER001"}
    assert said == WILD_UNCHECKED[name]


def _programmes_renamed(tmp_path, name: str = "nama-lain"):
    """The example with its efficiency table's programmes named as no other table names them (a draft that took
    the table from another agency, or named the programmes its own way)."""
    import csv
    import io

    folder = tmp_path / name
    shutil.copytree(EXAMPLE, folder)
    path = folder / "efisiensi.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    column = rows[0].index("program")
    for n, row in enumerate(rows[1:], 1):
        row[column] = f"Kegiatan Lain Nomor {n}"
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return folder


def test_a_match_whose_keys_never_pair_is_not_counted_as_run(tmp_path, example):
    """MATCH011 compares each programme's capaian in the efficiency table with the realisation table's, by name:
    both tables have programme rows, but when none of the names pairs the rule compared nothing, and is counted
    without rows, with or without fix suggestions, alone or checked with other reports."""
    from audit.api import check_report, check_reports
    from audit.config import Config
    from audit.sources import read_report

    folder = _programmes_renamed(tmp_path)
    for suggest in (True, False):
        c = audit.run(folder, suggest=suggest).coverage
        assert set(c.without_rows) - set(example.coverage.without_rows) == {"MATCH011"}
    reports = [read_report(p) for p in (EXAMPLE, folder)]
    together = check_reports(reports, Config(suggest=False))
    assert [r.to_records() for r in together] == [check_report(r, Config(suggest=False)).to_records() for r in reports]
    assert "MATCH011" in together[1].coverage.without_rows and "MATCH011" not in together[0].coverage.without_rows
