"""What was not checked is said: coverage in the summary, unread tables as warnings, a gate on it."""
from __future__ import annotations

import json

from click.testing import CliRunner

import audit
from audit.cli import main

DOC = """# LAPORAN KINERJA TAHUN 2023

KECAMATAN SUKAMAJU KABUPATEN CONTOH

Tabel 3.6 Realisasi Belanja Tahun 2023

Uraian Belanja\tAnggaran (Rp)\tRealisasi (Rp)\tPersentase (%)
Belanja Pegawai\t1.000.000.000\t990.000.000\t99,00
Belanja Barang dan Jasa\t700.000.000\t660.000.000\t94,29
Total Belanja\t1.700.000.000\t1.650.000.000\t97,06

Tabel 3.7 Sebaran Kegiatan Lapangan

Kode\tWarna\tBerat
A\tmerah\t12
B\tbiru\t15
"""


def _doc(tmp_path):
    path = tmp_path / "laporan.md"
    path.write_text(DOC, encoding="utf-8")
    return path


def test_the_summary_says_how_many_numeric_tables_were_read(tmp_path):
    result = audit.run(_doc(tmp_path), suggest=False)
    c = result.coverage
    assert (c.tables_found, c.tables_read) == (2, 1) and round(c.percent) == 50
    assert [u.where for u in c.unread] == ["Tabel #2"]
    record = result.to_records()["summary"]["coverage"]
    why = {s["rule"]: s["tables_absent"] for s in record["skipped"]}
    assert record["rules_skipped"] == len(why) > 0 and why["SUM001"] == ["pegawai_pendidikan"]  # said why
    assert record["tables_found"] == 2
    assert record["unread"][0]["line"] == DOC.splitlines().index("Kode\tWarna\tBerat") + 1


def test_an_unread_table_is_a_warning_that_it_was_not_checked(tmp_path):
    found = [f for f in audit.run(_doc(tmp_path), suggest=False).findings if f.rule_id == "DOC001"]
    assert len(found) == 1 and found[0].severity.value == "warning"
    assert "tidak diperiksa penuh" in found[0].text() and "bukan kesalahan laporan" in found[0].text()
    english = [f for f in audit.run(_doc(tmp_path), suggest=False, lang="en").findings if f.rule_id == "DOC001"]
    assert "not fully checked" in english[0].text("en") and "totals and percentages" in english[0].text("en")


def test_the_terminal_header_says_what_was_checked(tmp_path):
    r = CliRunner().invoke(main, ["check", str(_doc(tmp_path)), "--no-suggest", "--no-color"])
    header = " ".join(r.output.replace("│", " ").split())  # the panel wraps at 80 columns
    assert "Diperiksa: 1/2 tabel berangka (50%)" in header and "tanpa tabel" in header
    r = CliRunner().invoke(main, ["check", str(_doc(tmp_path)), "--no-suggest", "--no-color", "--lang", "en"])
    assert "Checked: 1/2 numeric tables (50%)" in r.output


def test_min_coverage_fails_a_gate_that_read_too_little(tmp_path):
    path = str(_doc(tmp_path))
    ok = CliRunner().invoke(main, ["check", path, "--no-suggest", "-f", "json", "--fail-on", "never"])
    assert ok.exit_code == 0 and json.loads(ok.output)["summary"]["coverage"]["percent"] == 50.0
    low = CliRunner().invoke(main, ["check", path, "--no-suggest", "-f", "json", "--fail-on", "never",
                                    "--min-coverage", "80"])
    assert low.exit_code == 1 and "--min-coverage 80%" in low.stderr
    half = CliRunner().invoke(main, ["check", path, "--no-suggest", "-f", "json", "--fail-on", "never",
                                     "--min-coverage", "62.5", "--lang", "en"])
    assert half.exit_code == 1 and "--min-coverage 62.5%" in half.stderr  # the limit as given, in English
    half = CliRunner().invoke(main, ["check", path, "--no-suggest", "-f", "json", "--fail-on", "never",
                                     "--min-coverage", "62.5"])
    assert "--min-coverage 62,5%" in half.stderr  # and in Indonesian
    (tmp_path / "audit.toml").write_text("min_coverage = 40\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["check", path, "--no-suggest", "--fail-on", "never"]).exit_code == 0


def test_a_column_not_read_is_a_coverage_gap_that_says_how_to_map_it(tmp_path):
    path = tmp_path / "laporan.md"
    path.write_text(DOC.replace("Realisasi (Rp)", "Serapan Riil"), encoding="utf-8")
    result = audit.run(path, suggest=False)
    gap = [f for f in result.findings if f.rule_id == "INPUT003"]
    assert [(f.severity.value, f.column) for f in gap] == [("warning", "realisasi")]  # not the agency's error
    assert "'Serapan Riil'" in gap[0].text() and '[columns.belanja]' in gap[0].text()
    assert result.coverage.tables_read == 0  # the belanja table was not checked in full
    (tmp_path / "audit.toml").write_text('[columns.belanja]\n"Serapan Riil" = "realisasi"\n', encoding="utf-8")
    r = CliRunner().invoke(main, ["check", str(path), "--no-suggest", "-f", "json", "--fail-on", "never"])
    data = json.loads(r.output)
    assert data["summary"]["coverage"]["tables_read"] == 1
    assert not [f for f in data["findings"] if f["rule_id"] == "INPUT003"]


def test_min_coverage_fails_a_report_of_a_batch(tmp_path):
    folder = tmp_path / "kab"
    folder.mkdir()
    (folder / "kec-a.md").write_text(DOC, encoding="utf-8")
    common = ["batch", str(folder), "--no-suggest", "--fail-on", "never", "-j", "1", "-f", "json"]
    ok = CliRunner().invoke(main, common)
    assert ok.exit_code == 0 and json.loads(ok.stdout)["reports"][0]["verdict"] == "pass"
    low = CliRunner().invoke(main, [*common, "--min-coverage", "80"])
    assert low.exit_code == 1 and json.loads(low.stdout)["reports"][0]["verdict"] == "fail"


PARTLY = """# LAPORAN KINERJA TAHUN 2023

DINAS PERHUBUNGAN KABUPATEN CONTOH

Tabel 3.5 Realisasi Anggaran Program Tahun 2023

| No | Program | Pagu (Rp) | Realisasi (Rp) | % | Jumlah Paket | Sisa Anggaran (Rp) |
|---|---|---|---|---|---|---|
| 1 | Program Penunjang Urusan Pemerintahan Daerah | 2.500.000.000 | 2.450.000.000 | 98,00 | 12 | 50.000.000 |
| 2 | Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan | 1.200.000.000 | 1.150.000.000 | 95,83 | 5 | 50.000.000 |
|  | Jumlah | 3.700.000.000 | 3.600.000.000 | 97,30 | 17 | 100.000.000 |
"""


def test_a_table_read_without_some_of_its_figures_says_which_were_not_checked(tmp_path):
    """The table is read (pagu, realisasi, %, sisa are checked), but nothing reads `Jumlah Paket`: the reviewer is
    told, as information (no fault of the agency), with the kind to map it to. The `No` column and a column a
    check reads are not listed."""
    path = tmp_path / "laporan.md"
    path.write_text(PARTLY, encoding="utf-8")
    result = audit.run(path, lang="en")
    [gap] = [f for f in result.findings if f.rule_id == "DOC003"]
    assert gap.severity.value == "info" and gap.location.sheet == "Tabel #1"
    text = gap.text("en")
    assert "'Jumlah Paket'" in text and "realisasi_program" in text and "'No'" not in text and "Sisa" not in text
    assert result.tables_read == ["realisasi_program"]
    whole = PARTLY.replace(" Jumlah Paket |", "").replace(" 12 |", "").replace(" 5 |", "").replace(" 17 |", "")
    path.write_text(whole.replace("|---|---|---|---|---|---|---|", "|---|---|---|---|---|---|"), encoding="utf-8")
    assert [f for f in audit.run(path).findings if f.rule_id == "DOC003"] == []


def _lacking(result) -> dict[str, list[str]]:
    return {s["rule"]: s["columns_absent"] for s in result.to_records()["summary"]["coverage"]["lacking"]}


def test_a_rule_whose_columns_are_not_printed_is_not_counted_as_run(tmp_path):
    """The quarters are not printed: the sum of the quarters (SUM077) checked nothing and is said, with the
    columns it lacks; the remaining budget is printed, so its rule (SUM042) ran. Printed, the quarters are
    read, and the rule counts as run."""
    path = tmp_path / "laporan.md"
    path.write_text(PARTLY, encoding="utf-8")
    result = audit.run(path, suggest=False)
    c, lacking = result.coverage, _lacking(result)
    assert lacking["SUM077"] == [f"realisasi_program.tw{q}" for q in (1, 2, 3, 4)]
    assert "SUM042" not in lacking and "SUM042" not in result.rules_skipped
    assert c.rules_run == result.rules_run == len(audit.api.configured_rules(audit.config.Config())) \
        - c.rules_skipped - c.rules_lacking - len(c.without_rows) and c.rules_lacking == len(lacking)
    assert {f"CLAIM00{n}" for n in range(1, 10)} <= set(c.without_rows)  # its prose states nothing to compare
    quarters = PARTLY.replace(" Jumlah Paket |", " TW I | TW II | TW III |").replace("|---|---|---|---|---|---|---|",
                                                                                    "|---|---|---|---|---|---|---|---|---|")
    for row, (q1, q2, q3) in zip(("| 12 |", "| 5 |", "| 17 |"), [("800.000.000", "800.000.000", "850.000.000"),
                                                                  ("400.000.000", "400.000.000", "350.000.000"),
                                                                  ("1.200.000.000", "1.200.000.000", "1.200.000.000")]):
        quarters = quarters.replace(row, f"| {q1} | {q2} | {q3} |")
    path.write_text(quarters, encoding="utf-8")
    printed = audit.run(path, suggest=False)
    assert "realisasi_program" in printed.tables_read and "SUM077" not in _lacking(printed)
    assert printed.coverage.rules_lacking == c.rules_lacking - 1 and printed.rules_run == result.rules_run + 1
    path.write_text(quarters.replace("850.000.000", "860.000.000"), encoding="utf-8")
    wrong = audit.run(path, suggest=False)
    assert [f.row for f in wrong.findings if f.rule_id == "SUM077"] == ["1"]  # run, it checks


def test_the_rules_not_run_for_their_columns_are_said_in_both_languages(tmp_path):
    path = tmp_path / "laporan.md"
    path.write_text(PARTLY, encoding="utf-8")
    n = audit.run(path, suggest=False).coverage.rules_lacking
    for lang, words, listed in (("id", f"+{n} tanpa kolomnya,", "kolom yang dibacanya tidak tercetak"),
                                ("en", f"+{n} without their columns,", "the columns they read are not printed")):
        r = CliRunner().invoke(main, ["check", str(path), "--no-suggest", "--no-color", "--verbose", "--lang", lang])
        text = " ".join(r.output.replace("│", " ").split())
        assert words in text and listed in text and "SUM077 (realisasi_program.tw1" in text
        html = CliRunner().invoke(main, ["check", str(path), "--no-suggest", "-f", "html", "--verbose", "--lang", lang])
        assert listed in html.output


def test_a_rule_reading_the_document_is_not_run_on_tables():
    """A report read from tables (the example's CSV folder) has no chapters, prose nor unread tables: the rules
    reading the document (DOC, CLAIM, the generic checks) check nothing there and are said apart, not counted."""
    from audit.api import configured_rules
    from audit.config import Config

    result = audit.run("examples/jatiroto-2023", suggest=False)
    c, rules = result.coverage, configured_rules(Config())
    documentary = {r.id for r in rules if r.kind.document}
    assert set(c.no_document) == documentary and {"DOC010", "CLAIM001", "GEN001"} <= documentary
    assert c.rules_run == result.rules_run == (len(rules) - c.rules_skipped - c.rules_lacking - len(documentary)
                                               - len(c.without_rows))
    record = result.to_records("en")["summary"]["coverage"]
    assert record["rules_without_document"] == len(documentary) and "DOC010" in record["without_document"]
    r = CliRunner().invoke(main, ["check", "examples/jatiroto-2023", "--no-suggest", "--no-color", "--lang", "en",
                                  "--verbose"])
    text = " ".join(r.output.replace("│", " ").split())
    assert f"+{len(documentary)} without a document, " in text and "they read the document" in text


def test_a_document_runs_its_document_rules(tmp_path):
    assert audit.run(_doc(tmp_path), suggest=False).coverage.no_document == ()
