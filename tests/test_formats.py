"""The SARIF, JUnit, GitHub and Markdown formats as a CI job and a reviewer meet them."""
from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from conftest import CORRECTED, EXAMPLE

import audit
from audit.model import AuditResult, Finding, Location, Severity, say
from audit.render import FORMATS, render

NEW_FORMATS = ("sarif", "junit", "github", "markdown")


def out(fmt: str, result, **options) -> str:
    stream = io.StringIO()
    render(fmt, result, stream, **options)
    return stream.getvalue()


def hand_made(finding: Finding, source: str = "laporan", titles: dict | None = None) -> AuditResult:
    return AuditResult(None, source, [finding], ["realisasi_kegiatan"], titles=titles or {})


def finding(**fields) -> Finding:
    base = dict(rule_id="SUM001", severity=Severity.ERROR, table="realisasi_kegiatan", row="5.13",
                column="realisasi", location=Location("realisasi_kegiatan.csv", None, "F44", 44),
                actual=1800000.0, expected=2400000.0, delta=-600000.0, message="Kegiatan ≠ jumlah", decimals=0)
    return Finding(**{**base, **fields})


def test_every_new_format_is_registered():
    assert set(NEW_FORMATS) <= set(FORMATS)


@pytest.mark.parametrize("fmt", NEW_FORMATS)
def test_the_same_report_renders_to_the_same_bytes(fmt, example):
    assert out(fmt, example) == out(fmt, example) == out(fmt, audit.run(EXAMPLE))


# SARIF

def test_sarif_is_structurally_valid_with_one_result_per_finding(example):
    log = json.loads(out("sarif", example))
    assert log["version"] == "2.1.0"
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "lkjip-audit" and driver["version"] == audit.__version__
    assert "informationUri" not in driver
    rule_ids = [r["id"] for r in driver["rules"]]
    assert len(rule_ids) == len(set(rule_ids)) and set(rule_ids) == {f.rule_id for f in example.findings}
    assert len(run["results"]) == len(example.findings)
    for res in run["results"]:
        assert res["ruleId"] in rule_ids and rule_ids[res["ruleIndex"]] == res["ruleId"]
        assert res["level"] in ("error", "warning", "note")
        assert res["message"]["text"]


def test_sarif_says_what_was_checked_as_the_json_summary_does(example):
    """A CI gate reading SARIF sees the coverage (tables read, rules not run and why) in the run's properties."""
    (run,) = json.loads(out("sarif", example))["runs"]
    summary = json.loads(out("json", example))["summary"]["coverage"]
    assert run["properties"]["coverage"] == summary
    assert summary["rules_run"] == example.coverage.rules_run and summary["lacking"]


def test_sarif_points_at_the_csv_cell(example):
    log = json.loads(out("sarif", example))
    (res,) = [r for r in log["runs"][0]["results"]
              if r["ruleId"] == "SUM022" and r["properties"]["table"] == "realisasi_kegiatan"]
    physical = res["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"].endswith("realisasi_kegiatan.csv")
    assert "\\" not in physical["artifactLocation"]["uri"]
    # the cell's characters on its line (F44 is the quoted "1,800,000"), columns counted from 1
    assert physical["region"] == {"startLine": 44, "startColumn": 107, "endLine": 44, "endColumn": 118}
    line = (EXAMPLE / "realisasi_kegiatan.csv").read_text(encoding="utf-8").splitlines()[43]
    assert line[106:117] == '"1,800,000"'
    # the person's text in Indonesian numbers; the machine fields stay numbers, the fix the cell's own text
    assert res["message"]["text"].endswith("tertulis 1.800.000; seharusnya 2.400.000")
    assert (res["properties"]["actual"], res["properties"]["expected"]) == (1800000, 2400000)


def test_sarif_fingerprints_are_stable_across_runs_and_differ_between_findings(example):
    def prints(result):
        return [r["partialFingerprints"]["lkjip/v1"] for r in json.loads(out("sarif", result))["runs"][0]["results"]]

    first = prints(example)
    assert first == prints(audit.run(EXAMPLE))
    assert len(set(first)) == len(first)
    assert all(re.fullmatch(r"[0-9a-f]{64}", p) for p in first)


def test_sarif_workbook_cell_is_a_logical_location_and_no_location_means_none():
    wb = finding(location=Location("laporan.xlsx", "realisasi_kegiatan", "F44", None))
    res = json.loads(out("sarif", hand_made(wb, "in/laporan.xlsx")))["runs"][0]["results"][0]
    (loc,) = res["locations"]
    assert loc["physicalLocation"] == {"artifactLocation": {"uri": "in/laporan.xlsx"}}
    assert loc["logicalLocations"] == [{"name": "realisasi_kegiatan!F44", "kind": "element"}]
    nowhere = json.loads(out("sarif", hand_made(finding(location=None))))["runs"][0]["results"][0]
    assert "locations" not in nowhere


def test_sarif_takes_rule_titles_from_the_caller_and_maps_info_to_note():
    result = hand_made(finding(severity=Severity.INFO))
    rules = {"SUM001": {"title": "Kegiatan = jumlah sub kegiatan", "why": "Totals must add up.", "kind": "sum"}}
    (rule,) = json.loads(out("sarif", result, rules=rules))["runs"][0]["tool"]["driver"]["rules"]
    assert rule["shortDescription"]["text"] == "Kegiatan = jumlah sub kegiatan"
    assert rule["fullDescription"]["text"] == "Totals must add up."
    assert rule["defaultConfiguration"]["level"] == "note"
    (plain,) = json.loads(out("sarif", result))["runs"][0]["tool"]["driver"]["rules"]
    assert plain["shortDescription"]["text"] == "Kegiatan ≠ jumlah"


def test_sarif_matches_a_minimal_schema_when_jsonschema_is_installed(example):
    jsonschema = pytest.importorskip("jsonschema")
    text = {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}
    location = {"type": "object", "properties": {
        "physicalLocation": {"type": "object", "required": ["artifactLocation"], "properties": {
            "artifactLocation": {"type": "object", "required": ["uri"], "properties": {"uri": {"type": "string"}}},
            "region": {"type": "object", "properties": {"startLine": {"type": "integer", "minimum": 1},
                                                        "startColumn": {"type": "integer", "minimum": 1}}}}},
        "logicalLocations": {"type": "array"}}}
    schema = {
        "type": "object", "required": ["version", "runs"],
        "properties": {
            "version": {"const": "2.1.0"},
            "runs": {"type": "array", "minItems": 1, "items": {
                "type": "object", "required": ["tool", "results"],
                "properties": {
                    "tool": {"type": "object", "required": ["driver"], "properties": {"driver": {
                        "type": "object", "required": ["name"], "properties": {"rules": {"type": "array", "items": {
                            "type": "object", "required": ["id"], "properties": {
                                "shortDescription": text,
                                "defaultConfiguration": {"properties": {
                                    "level": {"enum": ["none", "note", "warning", "error"]}}}}}}}}}},
                    "results": {"type": "array", "items": {
                        "type": "object", "required": ["message"],
                        "properties": {"ruleId": {"type": "string"}, "message": text,
                                       "level": {"enum": ["none", "note", "warning", "error"]},
                                       "locations": {"type": "array", "items": location},
                                       "partialFingerprints": {"type": "object",
                                                               "additionalProperties": {"type": "string"}}}}}}}}}}
    jsonschema.validate(json.loads(out("sarif", example)), schema)


# JUnit

def test_junit_has_one_failing_case_per_rule_and_table(example):
    suite = ET.fromstring(out("junit", example).encode("utf-8"))
    pairs = {(f.rule_id, f.table) for f in example.findings}
    assert suite.tag == "testsuite" and suite.get("name") == "lkjip-audit"
    assert int(suite.get("failures")) == int(suite.get("tests")) == len(pairs)
    cases = suite.findall("testcase")
    assert {(c.get("name"), c.get("classname")) for c in cases} == pairs
    (sum022,) = [c for c in cases if c.get("name") == "SUM022"]
    failure = sum022.find("failure")
    assert failure.get("type") == "error"
    assert "realisasi_kegiatan.csv!F44" in failure.text and "seharusnya 2.400.000" in failure.text
    (match013,) = [c for c in cases if c.get("name") == "MATCH013"]
    assert match013.find("failure").text.count("lppd.csv!") == 5


def test_junit_clean_report_is_one_passing_test(corrected):
    text = out("junit", corrected)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    suite = ET.fromstring(text.encode("utf-8"))
    assert suite.get("failures") == "0" and suite.get("tests") == "1"
    (case,) = suite.findall("testcase")
    assert case.get("name") == "lkjip-audit" and case.find("failure") is None


def test_junit_escapes_markup_and_drops_characters_xml_cannot_hold():
    hostile = finding(table=None, message='<b>"a" & b</b>\x0b\x00 ]]>')
    suite = ET.fromstring(out("junit", hand_made(hostile)).encode("utf-8"))
    (case,) = suite.findall("testcase")
    assert case.get("classname") == "-"
    assert case.find("failure").get("message") == '<b>"a" & b</b> ]]>'


# GitHub

GITHUB_LINE = re.compile(r"^::(error|warning|notice) file=[^,:]+(,line=\d+(,col=\d+)?)?,title=[A-Z]+\d{3}::\S.*$")


def test_github_one_annotation_per_finding(example):
    lines = out("github", example).splitlines()
    assert len(lines) == len(example.findings)
    assert all(GITHUB_LINE.match(line) for line in lines), lines
    assert any(line.startswith("::error file=") and "realisasi_kegiatan.csv,line=44,col=107,title=SUM022::" in line
               for line in lines)
    assert out("github", audit.run(CORRECTED)) == ""


def test_github_escapes_message_and_properties():
    f = finding(severity=Severity.WARNING, message="100% done, ok: yes\nsecond\rthird", actual=None,
                location=Location("a,b:c.csv", None, "B3", 3))
    # no such file here: the line is known, the cell's column is not
    assert out("github", hand_made(f)) == (
        "::warning file=laporan/a%2Cb%3Ac.csv,line=3,title=SUM001::100%25 done, ok: yes%0Asecond%0Dthird\n")


def test_github_workbook_finding_names_its_cell_and_info_is_a_notice():
    f = finding(severity=Severity.INFO, location=Location("lap.xlsx", "realisasi_kegiatan", "F44", None))
    (line,) = out("github", hand_made(f, "lap.xlsx")).splitlines()
    assert line.startswith("::notice file=lap.xlsx,title=SUM001::realisasi_kegiatan!F44: Kegiatan")


# Markdown

def test_markdown_has_a_section_per_table_with_numbers_in_the_reports_format(example):
    text = out("markdown", example)
    assert text.startswith("# Audit LKjIP · Kecamatan Jatiroto · Tahun 2023\n")
    assert "**Hasil: TIDAK LOLOS** · 28 galat" in text
    for table in {f.table for f in example.findings}:
        assert f"\n## {table} · {say(example.titles[table], 'id')} (" in text
    assert "| ✗ | SUM022 | 5.13 · Kegiatan 13" in text
    assert "| realisasi_kegiatan.csv!F44 | 1.800.000 | 2.400.000 | −600.000 |" in text
    assert "| 1,70% | 1,07% (dihitung) | +0,63% |" in text
    rows = [line for line in text.splitlines() if line.startswith("| ✗")]
    assert len(rows) == sum(f.severity.value == "error" for f in example.findings)


def test_markdown_says_what_was_checked_as_the_terminal_report_does(example, example_en):
    """A pull request comment or a wiki page says what was checked under the verdict, rules not run included."""
    c = example.coverage
    text = out("markdown", example)
    line = f"Diperiksa: {c.tables_read}/{c.tables_found} tabel berangka (100%) · {c.rules_run} aturan"
    assert f"\n\n{line} (+{c.rules_skipped} tanpa tabel, +{c.rules_lacking} tanpa kolomnya" in text
    assert text.index(line) < text.index("Sumber:")
    assert f"{c.rules_run} rules" in out("markdown", example_en)


def test_markdown_verdict_follows_fail_on(example, corrected):
    assert "**Hasil: LOLOS**" in out("markdown", example, fail_on="never")
    clean = out("markdown", corrected)
    assert "**Hasil: LOLOS**" in clean and "Tidak ada temuan." in clean and "\n## " not in clean


def test_markdown_in_english(example_en):
    text = out("markdown", example_en)
    assert text.startswith("# LKjIP audit · Kecamatan Jatiroto · Year 2023\n")
    assert "**Result: FAIL** · 28 errors" in text
    assert "| | rule | row | column | cell | written | expected | difference | message | suggestion |" in text
    assert "| 1,800,000 | 2,400,000 | −600,000 |" in text  # numbers as an English reader writes them
    for word in ("tertulis", "seharusnya", "selisih", "galat", "TIDAK LOLOS", "Tahun", "tabel lain"):
        assert word not in text


def test_markdown_escapes_hostile_report_text():
    f = finding(message="a | b <script>alert(1)</script>\n[x](http://evil) & more",
                row_label="# label|with\nnewline", hint="<img src=x>")
    text = out("markdown", hand_made(f, titles={"realisasi_kegiatan": "<b>T</b>\n# x"}))
    assert "<script>" not in text and "<img" not in text and "<b>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text and "\\[x\\](http://evil) &amp; more" in text
    assert "## realisasi_kegiatan · &lt;b&gt;T&lt;/b&gt; # x (1 galat)" in text
    (row,) = [line for line in text.splitlines() if line.startswith("| ✗")]
    # one row, ten cells: every unescaped pipe is a cell border
    assert len(re.findall(r"(?<!\\)\|", row)) == 11
    assert "5.13 · \\# label\\|with<br>newline" not in row  # the label is not at the cell start
    assert "5.13 · # label\\|with<br>newline" in row
    assert "a \\| b" in row


def test_markdown_escape_backslashes_a_leading_hash():
    from audit.render.markdown import escape

    assert escape("# judul") == "\\# judul"
    assert escape("a\\|b") == "a\\\\\\|b"
