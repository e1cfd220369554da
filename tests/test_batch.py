"""`audit batch`: a whole region's reports in one run, as an inspectorate meets it."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CORRECTED, EXAMPLE
from helpers import csv_dir_to_xlsx

from audit.batch import find_reports
from audit.cli import main


def invoke(*args):
    return CliRunner().invoke(main, list(map(str, args)))


@pytest.fixture
def region(tmp_path) -> Path:
    """A kabupaten folder: the faithful example, the corrected one, and a report.yaml that cannot be read."""
    root = tmp_path / "kab-lumajang"
    root.mkdir()
    shutil.copytree(EXAMPLE, root / "jatiroto")
    shutil.copytree(CORRECTED, root / "jatiroto-perbaikan")
    (root / "rusak").mkdir()
    (root / "rusak" / "report.yaml").write_text("agency: [\n", encoding="utf-8")
    return root


def summary(result) -> dict:
    return json.loads(result.stdout)


def by_name(records: dict) -> dict:
    return {Path(r["source"]).name: r for r in records["reports"]}


@pytest.mark.parametrize("jobs", [1, 2])
def test_one_broken_report_is_an_input_error_row_and_the_others_are_audited(region, jobs):
    r = invoke("batch", region, "--jobs", jobs, "--format", "json", "--no-progress")
    assert r.exit_code == 1, r.output
    data = summary(r)
    rows = by_name(data)
    assert [Path(x["source"]).name for x in data["reports"]] == ["jatiroto", "jatiroto-perbaikan", "rusak"]
    assert rows["jatiroto"]["verdict"] == "fail" and rows["jatiroto"]["errors"] == 28
    assert rows["jatiroto"]["agency"] == "Kecamatan Jatiroto" and rows["jatiroto"]["year"] == 2023
    assert rows["jatiroto"]["top_rule"]
    assert rows["jatiroto-perbaikan"]["verdict"] == "pass" and rows["jatiroto-perbaikan"]["errors"] == 0
    assert rows["rusak"]["verdict"] == "input_error" and "report.yaml" in rows["rusak"]["problem"]
    assert data["summary"] == {"pass": 1, "fail": 1, "input_error": 1, "errors": 28, "warnings": 8, "info": 0}


def test_the_same_summary_whatever_the_number_of_workers(region):
    one = summary(invoke("batch", region, "-j", 1, "-f", "json", "--no-progress"))
    two = summary(invoke("batch", region, "-j", 2, "-f", "json", "--no-progress"))
    assert one == two


def test_the_top_rule_is_the_most_frequent_error_of_the_report(region):
    from collections import Counter

    import audit

    counts = Counter(f.rule_id for f in audit.run(region / "jatiroto").findings if f.severity.value == "error")
    best = max(counts.values())
    data = summary(invoke("batch", region / "jatiroto", "-f", "json", "--no-progress"))
    assert data["reports"][0]["top_rule"] == min(r for r, n in counts.items() if n == best)


def test_a_clean_region_exits_0_and_fail_on_decides_like_check(region):
    shutil.rmtree(region / "rusak")
    shutil.rmtree(region / "jatiroto")
    assert invoke("batch", region, "--no-progress").exit_code == 0
    shutil.copytree(EXAMPLE, region / "jatiroto")
    assert invoke("batch", region, "--no-progress").exit_code == 1
    assert invoke("batch", region, "--no-progress", "--fail-on", "never").exit_code == 0


def test_plain_progress_lines_and_the_table_in_indonesian_by_default(region):
    r = invoke("batch", region, "--no-progress", "-j", 1)
    assert "[1/3]" in r.stderr and "[3/3]" in r.stderr and "gagal (28 galat, 8 peringatan)" in r.stderr
    assert "Audit LKjIP: 3 laporan" in r.stdout
    for word in ("lulus", "gagal", "galat masukan", "aturan", "Instansi"):
        assert word in r.stdout
    assert "1 lulus · 1 gagal · 1 galat masukan" in r.stdout


def test_english_with_lang_en(region):
    r = invoke("batch", region, "--no-progress", "--lang", "en", "-j", 1)
    assert "fail (28 errors, 8 warnings)" in r.stderr
    assert "LKjIP audit: 3 reports" in r.stdout
    assert "1 pass · 1 fail · 1 input error" in r.stdout
    assert "lulus" not in r.stdout


def test_summary_formats_to_files(region, tmp_path):
    out = tmp_path / "out"
    r = invoke("batch", region, "--no-progress", "-f", "markdown", "-f", f"csv:{out}/s.csv",
               "-f", f"junit:{out}/s.xml", "-f", f"xlsx:{out}/s.xlsx", "-f", f"json:{out}/s.json")
    assert r.exit_code == 1, r.output
    assert "| laporan | Instansi | Tahun | galat | peringatan | aturan teratas | hasil |" in r.stdout
    assert "| gagal |" in r.stdout and "| lulus |" in r.stdout
    rows = list(csv.DictReader(io.StringIO((out / "s.csv").read_text(encoding="utf-8"))))
    assert [row["verdict"] for row in rows] == ["fail", "pass", "input_error"]
    assert rows[0]["errors"] == "28" and rows[0]["agency"] == "Kecamatan Jatiroto"
    suite = ET.parse(out / "s.xml").getroot()
    assert suite.get("tests") == "3" and suite.get("failures") == "2"
    from openpyxl import load_workbook

    sheet = load_workbook(out / "s.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert any(v[:2] == [str(region / "jatiroto"), "Kecamatan Jatiroto"] and "gagal" in v for v in values)
    assert json.loads((out / "s.json").read_text(encoding="utf-8"))["summary"]["fail"] == 1


def test_existing_summary_file_is_kept_without_force(region, tmp_path):
    target = tmp_path / "s.json"
    target.write_text("keep", encoding="utf-8")
    r = invoke("batch", region, "--no-progress", "-f", f"json:{target}")
    assert r.exit_code == 2 and target.read_text(encoding="utf-8") == "keep"
    assert invoke("batch", region, "--no-progress", "-f", f"json:{target}", "--force").exit_code == 1
    assert json.loads(target.read_text(encoding="utf-8"))["batch"]["reports"] == 3


def test_per_report_outputs_in_the_output_dir(region, tmp_path):
    out = tmp_path / "hasil"
    r = invoke("batch", region, "--no-progress", "-j", 2, "--output-dir", out, "--report-format", "json",
               "--report-format", "markdown", "-f", "json")
    assert r.exit_code == 1, r.output
    assert sorted(p.name for p in out.iterdir()) == ["jatiroto-perbaikan.json", "jatiroto-perbaikan.md",
                                                     "jatiroto.json", "jatiroto.md"]
    alone = json.loads(invoke("check", region / "jatiroto", "-f", "json").stdout)
    written = json.loads((out / "jatiroto.json").read_text(encoding="utf-8"))
    assert written["findings"] == alone["findings"]  # the same report, fix suggestions included
    assert by_name(summary(r))["jatiroto"]["outputs"] == [str(out / "jatiroto.json"), str(out / "jatiroto.md")]


def test_no_suggest_writes_per_report_outputs_without_fix_suggestions(region, tmp_path):
    out = tmp_path / "hasil"
    r = invoke("batch", region, "--no-progress", "-j", 1, "--output-dir", out, "--report-format", "json",
               "-f", "json", "--no-suggest")
    written = json.loads((out / "jatiroto.json").read_text(encoding="utf-8"))
    alone = json.loads(invoke("check", region / "jatiroto", "-f", "json", "--no-suggest").stdout)
    assert written["findings"] == alone["findings"] and written["findings"]
    assert not any(f["suggestions"] for f in written["findings"])
    assert by_name(summary(r))["jatiroto"]["errors"] == alone["summary"]["error"]


def test_workbooks_and_csv_folders_in_one_batch(region, tmp_path):
    csv_dir_to_xlsx(EXAMPLE, region / "jatiroto-buku.xlsx")
    data = summary(invoke("batch", region, "--no-progress", "-f", "json"))
    rows = by_name(data)
    assert rows["jatiroto-buku.xlsx"]["verdict"] == "fail"
    assert rows["jatiroto-buku.xlsx"]["errors"] == rows["jatiroto"]["errors"]


def test_audit_toml_is_honoured_per_report(region):
    (region / "jatiroto" / "audit.toml").write_text('select = ["SUM"]\n', encoding="utf-8")
    data = summary(invoke("batch", region, "--no-progress", "-f", "json"))
    row = by_name(data)["jatiroto"]
    assert 0 < row["errors"] < 28 and row["top_rule"].startswith("SUM")


def test_find_reports_expands_folders_and_patterns(region, tmp_path):
    (region / "sub").mkdir()
    csv_dir_to_xlsx(EXAMPLE, region / "sub" / "buku.xlsx")
    (region / "sub" / "catatan.txt").write_text("not a report", encoding="utf-8")
    found = [Path(p).relative_to(region).as_posix() for p in find_reports([str(region)])]
    assert found == ["jatiroto", "jatiroto-perbaikan", "rusak", "sub/buku.xlsx"]
    assert find_reports([str(region / "jatiroto")]) == [str(region / "jatiroto")]
    assert [Path(p).name for p in find_reports([str(region / "jatiroto*")])] == ["jatiroto", "jatiroto-perbaikan"]
    assert find_reports([str(region)], skip=region / "sub") == [str(region / n) for n in
                                                                 ("jatiroto", "jatiroto-perbaikan", "rusak")]


def test_a_folder_without_reports_is_a_usage_error(tmp_path):
    r = invoke("batch", tmp_path)
    assert r.exit_code == 2 and "tidak ada laporan" in r.output


def test_an_unknown_summary_format_is_refused(region):
    r = invoke("batch", region, "-f", "sarif")
    assert r.exit_code == 2 and "sarif" in r.output


def test_reports_checked_together_get_exactly_the_findings_each_gets_alone(tmp_path):
    """The stacked path of `audit batch` (check_reports) is only a faster way to the same findings."""
    import sys

    from audit.api import check_report, check_reports
    from audit.config import Config
    from audit.sources import read_report

    sys.path.insert(0, str(EXAMPLE.parents[1] / "benchmarks"))
    from generate import generate

    generate(tmp_path / "gen", 12, "small", seed=3)
    paths = [EXAMPLE, CORRECTED, EXAMPLE] + sorted((tmp_path / "gen").glob("r*"))
    reports = [read_report(p) for p in paths]
    config = Config(suggest=False)
    together = check_reports(reports, config)
    for report, result in zip(reports, together):
        alone = check_report(report, config)
        assert result.to_records() == alone.to_records()
        assert result.rules_skipped == alone.rules_skipped
    assert together[0].counts()["error"] == 28 and together[2].counts()["error"] == 28  # two copies, no mixing


def _real_size_reports(tmp_path):
    """The example, its corrected copy, mutated copies of that (a wrong figure in one cell each, two in
    the last) and generated real-size reports with injected mistakes: all of one shape or another."""
    import sys

    from audit.sources import read_report

    sys.path.insert(0, str(EXAMPLE.parents[1] / "benchmarks"))
    from generate import generate
    from mutations import with_cells

    generate(tmp_path / "gen", 5, "full", seed=11)
    corrected = read_report(CORRECTED)
    cells = [("realisasi_kegiatan", 3, "realisasi"), ("belanja", 0, "anggaran"), ("efisiensi", 1, "pagu"),
             ("aset", 2, "nilai")]
    mutants = [with_cells(corrected, {cell: corrected.tables[cell[0]].values.at[cell[1], cell[2]] * 1.5 + 7})
               for cell in cells[:3]]
    mutants.append(with_cells(corrected, {cell: corrected.tables[cell[0]].values.at[cell[1], cell[2]] + 1000
                                          for cell in cells[2:]}))
    return [read_report(EXAMPLE), corrected, *mutants, *map(read_report, sorted((tmp_path / "gen").glob("r*")))]


def test_reports_checked_together_get_exactly_the_fix_suggestions_each_gets_alone(tmp_path):
    """With suggestions on, the stacked checks record the rows each rule selected, split by report: each
    report's `Reads` is the one its own check records, so its findings are ranked as `check_report`
    ranks them (the JSON of both paths, suggestions included, is the same)."""
    from audit.api import check_report, check_reports, configured_rules
    from audit.config import Config
    from audit.rules.engine import check_rules
    from audit.rules.stack import check_rules_stacked, shape, stack

    reports = _real_size_reports(tmp_path)
    config = Config()
    rules = configured_rules(config)
    same = [r for r in reports if shape(r) == shape(reports[-1])]
    assert len(same) >= 5  # the generated reports share a stack
    split = check_rules_stacked(rules, same, stack(same), trace=True)
    assert split.reads is not None
    for report, reads, found in zip(same, split.reads, split.findings):
        alone = check_rules(rules, report, trace=True)
        assert reads.by_rule == alone.reads.by_rule
        assert [f.key() for f in found] == [f.key() for f in alone.findings]  # in the order ranking sees them
    together = check_reports(reports, config)
    suggested = 0
    for report, result in zip(reports, together):
        alone = check_report(report, config)
        assert json.dumps(result.to_records(), default=str) == json.dumps(alone.to_records(), default=str)
        suggested += sum(bool(f.suggestions) for f in result.findings)
    assert suggested >= 20


def test_wrong_reads_would_change_the_suggestions(tmp_path):
    """The comparison above would catch reads split wrongly: reads that say each rule selected no row
    re-run no rule for a candidate fix, and the suggestions change."""
    from dataclasses import replace

    from audit.api import configured_rules
    from audit.config import Config
    from audit.repair.rank import suggest
    from audit.rules.engine import check_rules
    from audit.rules.select import Reads

    rules = configured_rules(Config())
    changed = 0
    for report in _real_size_reports(tmp_path)[:4]:
        checked = check_rules(rules, report, trace=True)
        if not checked.findings:
            continue
        empty = Reads()
        empty.by_rule = {rule: {table: (frozenset(), frozenset()) for table in tables}
                         for rule, tables in checked.reads.by_rule.items()}
        right = suggest(report, rules, checked.findings, reads=checked.reads)
        wrong = suggest(report, rules, [replace(f) for f in checked.findings], reads=empty)
        changed += [f.suggestions for f in right] != [f.suggestions for f in wrong]
    assert changed


def test_guesses_made_warnings_keep_their_report_when_checked_together(tmp_path):
    """A predikat judged by the default scale is a warning (the report states no scale); several such
    reports checked together still get each its own findings (they once stopped the batch)."""
    from helpers import write_report

    from audit.api import check_report, check_reports
    from audit.config import Config
    from audit.sources import read_report

    rows = "indikator,capaian,predikat\nA,10,Sangat Baik\nB,95,Sangat Tinggi\nC,{},Baik\n"
    reports = [read_report(write_report(tmp_path / f"r{n}", {"capaian_indikator": rows.format(60 + n)}))
               for n in range(3)]
    config = Config(suggest=False)
    together = check_reports(reports, config)
    for report, result in zip(reports, together):
        assert result.to_records() == check_report(report, config).to_records()
    assert [[(f.rule_id, f.severity.value, f.location.cell) for f in r.findings if f.rule_id.startswith("SCALE")]
            for r in together] == [[("SCALE001", "warning", "C2"), ("SCALE001", "warning", "C4")]] * 3


def test_the_progress_bar_counts_reports_and_findings(region):
    r = invoke("batch", region, "--progress", "-j", 1, "-f", "json")
    assert "laporan selesai" in r.stderr and "3/3" in r.stderr and "36 temuan" in r.stderr
    assert json.loads(r.stdout)["batch"]["reports"] == 3  # the summary stays clean on stdout
    r = invoke("batch", region, "--progress", "-j", 1, "--lang", "en", "-f", "json")
    assert "reports done" in r.stderr and "36 findings" in r.stderr


def test_a_document_is_audited_in_the_batch_as_check_audits_it(region):
    shutil.copy(EXAMPLE.parent / "jatiroto-2023.md", region / "jatiroto-2023.md")
    row = by_name(summary(invoke("batch", region, "--no-progress", "-f", "json")))["jatiroto-2023.md"]
    alone = json.loads(invoke("check", region / "jatiroto-2023.md", "-f", "json").stdout)["summary"]
    assert (row["errors"], row["warnings"]) == (alone["error"], alone["warning"]) and row["verdict"] == "fail"


def test_a_report_built_in_memory_with_text_in_a_number_column_is_checked_alone(tmp_path):
    """Stacking needs numbers where the model has numbers; a report that breaks that is checked on its own."""
    from dataclasses import replace

    from audit.api import check_report, check_reports
    from audit.config import Config
    from audit.sources import read_report

    good = read_report(EXAMPLE)
    table = good.tables["realisasi_kegiatan"]
    values = table.values.astype({"anggaran": object})
    values.loc[0, "anggaran"] = "satu juta"
    odd = replace(good, tables={**good.tables, "realisasi_kegiatan": replace(table, values=values)})
    config = Config(suggest=False)
    together = check_reports([good, odd, good], config)
    assert [r.to_records() for r in together] == [check_report(r, config).to_records() for r in (good, odd, good)]
    assert together[0].to_records() != together[1].to_records()


def test_same_named_reports_of_different_folders_are_named_by_their_folders(tmp_path):
    root = tmp_path / "prov"
    for kab in ("kab-lumajang", "kab-jember"):
        shutil.copytree(CORRECTED, root / kab / "kec-jatiroto")
    out = tmp_path / "hasil"
    r = invoke("batch", root, "--no-progress", "-j", 1, "--output-dir", out, "-f", "json", "--no-suggest")
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "kab-jember-kec-jatiroto.json", "kab-lumajang-kec-jatiroto.json"]
    outputs = {Path(rec["source"]).parent.name: rec["outputs"] for rec in summary(r)["reports"]}
    assert outputs["kab-lumajang"] == [str(out / "kab-lumajang-kec-jatiroto.json")]


def test_existing_per_report_outputs_are_refused_before_any_work_as_outputs(region, tmp_path):
    out = tmp_path / "hasil"
    out.mkdir()
    (out / "jatiroto.json").write_text("keep", encoding="utf-8")
    r = invoke("batch", region, "--no-progress", "-j", 1, "--output-dir", out, "--no-suggest")
    assert r.exit_code == 2 and (out / "jatiroto.json").read_text(encoding="utf-8") == "keep"
    assert "berkas keluaran sudah ada" in r.stderr and "--force" in r.stderr and "galat masukan" not in r.output
    assert "[1/" not in r.stderr  # nothing was audited
    assert invoke("batch", region, "--no-progress", "-j", 1, "--output-dir", out, "--no-suggest",
                  "--force").exit_code == 1
    assert json.loads((out / "jatiroto.json").read_text(encoding="utf-8"))["summary"]["error"] > 0


def test_the_summary_table_reads_at_80_columns(region, monkeypatch):
    """No word of a path, an agency or a problem is cut across lines; a row's figures stay on its line."""
    meta = region / "jatiroto" / "report.yaml"
    agency = "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Lumajang"
    meta.write_text(meta.read_text(encoding="utf-8").replace("Kecamatan Jatiroto", agency), encoding="utf-8")
    monkeypatch.chdir(region.parent)
    r = invoke("batch", region.name, "--no-progress", "-j", 1, "--no-suggest")
    lines = r.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines), r.stdout
    text = " ".join(" ".join(line.strip() for line in lines).split())  # a word cut by a line end gains a space
    for phrase in [agency, "kab-lumajang/jatiroto ", "kab-lumajang/jatiroto-perbaikan ", "YAML tidak valid"]:
        assert phrase in text, (phrase, r.stdout)
    row = next(n for n, line in enumerate(lines) if line.strip().startswith("kab-lumajang/jatiroto "))
    assert re.search(r" 28 +\d+ +MATCH013 +gagal", lines[row]), r.stdout
    assert " ".join(lines[row + 1:row + 3]).split()[-2:] == ["·", "2023"], r.stdout  # agency and year below
    assert any(line.startswith("kab-lumajang/rusak: galat masukan: ") for line in lines), r.stdout
    assert "kab-lumajang/rusak/report.yaml:2: YAML tidak valid" in text


def test_a_rule_id_mistyped_in_one_reports_audit_toml_is_that_reports_row(region):
    """Only the command line's --select/--ignore stop a batch; a report's own audit.toml is its own row."""
    (region / "jatiroto" / "audit.toml").write_text('select = ["SUM99"]\n', encoding="utf-8")
    r = invoke("batch", region, "--no-progress", "-j", 1, "--no-suggest", "-f", "json")
    assert r.exit_code == 1, r.output
    rows = by_name(summary(r))
    assert rows["jatiroto"]["verdict"] == "input_error" and "SUM99" in rows["jatiroto"]["problem"]
    assert rows["jatiroto-perbaikan"]["verdict"] == "pass"


def test_a_batch_is_cut_into_tasks_largest_first_every_report_once():
    from audit.batch import CHUNK, chunked

    for reports, jobs in ((1000, 2), (200, 2), (10, 2), (3, 2), (1, 1), (60, 4), (0, 2)):
        tasks = chunked(list(range(reports)), jobs)
        assert [n for task in tasks for n in task] == list(range(reports))
        sizes = [len(task) for task in tasks]
        assert sizes == sorted(sizes, reverse=True) and all(0 < n <= CHUNK for n in sizes)
        assert len(tasks) >= min(jobs, reports)  # no worker idle for want of a task
    assert len(chunked(list(range(1000)), 2)[0]) == CHUNK
