"""SARIF, GitHub and JUnit point at the file a reviewer opens: the CSV's line and cell, the markdown
document's line, the PDF's page; SARIF `fixes` carry the top suggestion as a text replacement that,
applied to the file, clears the finding. Validated against the official SARIF 2.1.0 schema
(tests/schemas/sarif-schema-2.1.0.json, from github.com/oasis-tcs/sarif-spec, sarif-2.1/schema)."""
from __future__ import annotations

import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from conftest import EXAMPLE, ROOT

import audit
from audit.model import AuditResult, Finding, Fix, Location, Severity
from audit.render import render

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
MARKDOWN = ROOT / "examples" / "jatiroto-2023.md"


def out(fmt: str, result, **options) -> str:
    stream = io.StringIO()
    render(fmt, result, stream, **options)
    return stream.getvalue()


def sarif(result) -> dict:
    return json.loads(out("sarif", result))


def schema_errors(log: dict) -> list[str]:
    validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]


def lines_of(path) -> list[str]:
    return Path(path).read_text(encoding="utf-8-sig").splitlines()


def region_text(region: dict, path) -> str:
    assert region["startLine"] == region["endLine"]
    return lines_of(path)[region["startLine"] - 1][region["startColumn"] - 1:region["endColumn"] - 1]


def apply_fix(fix: dict) -> None:
    """Apply a SARIF fix to the files it names, as a SARIF viewer's "apply fix" does."""
    for change in fix["artifactChanges"]:
        path = Path(change["artifactLocation"]["uri"])
        with open(path, encoding="utf-8", newline="") as fh:  # line ends as they are
            text = fh.read()
        starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
        edits = []
        for rep in change["replacements"]:
            r = rep["deletedRegion"]
            edits.append((starts[r["startLine"] - 1] + r["startColumn"] - 1,
                          starts[r["endLine"] - 1] + r["endColumn"] - 1, rep["insertedContent"]["text"]))
        for a, b, new in sorted(edits, reverse=True):
            text = text[:a] + new + text[b:]
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)


@pytest.fixture(scope="module")
def markdown():
    return audit.run(MARKDOWN)


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    import docgen

    from audit.api import read

    folder = tmp_path_factory.mktemp("documents")
    report = read(EXAMPLE)
    return {"pdf": audit.run(docgen.write_pdf(report, folder / "laporan.pdf")),
            "docx": audit.run(docgen.write_docx(report, folder / "laporan.docx"))}


def test_the_stored_schema_is_the_official_one_and_rejects_what_sarif_forbids():
    assert SCHEMA["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    jsonschema.Draft4Validator.check_schema(SCHEMA)
    # a fix must change an artifact: a description alone is not a SARIF fix
    bad = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [
        {"message": {"text": "m"}, "fixes": [{"description": {"text": "ubah"}}]}]}]}
    assert schema_errors(bad)


@pytest.mark.parametrize("which", ["csv", "markdown", "pdf", "docx"])
def test_sarif_is_valid_against_the_official_schema(which, example, markdown, documents):
    result = {"csv": example, "markdown": markdown, **documents}[which]
    log = sarif(result)
    assert schema_errors(log) == []
    assert len(log["runs"][0]["results"]) == len(result.findings)


@pytest.mark.parametrize("which", ["csv", "markdown", "pdf", "docx"])
def test_every_sarif_and_github_path_is_a_file_on_disk(which, example, markdown, documents):
    result = {"csv": example, "markdown": markdown, **documents}[which]
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
            for res in sarif(result)["runs"][0]["results"] for loc in res.get("locations", ())}
    uris |= {m.group(1) for m in re.finditer(r"file=([^,:]+)", out("github", result))}
    assert uris and all(Path(u).is_file() for u in uris), uris
    if which != "csv":
        assert uris == {result.source.replace("\\", "/")}  # the document itself, not laporan.md/laporan.md


def test_markdown_findings_point_at_their_line_and_cell(markdown):
    results = sarif(markdown)["runs"][0]["results"]
    by_cell = 0
    for res, f in zip(results, markdown.findings):
        if f.location is None or f.location.line is None:
            continue
        physical = res["locations"][0]["physicalLocation"]
        assert physical["region"]["startLine"] == f.location.line
        assert res["locations"][0]["logicalLocations"] == [{"name": f"{f.location.sheet}!{f.location.cell}",
                                                            "kind": "element"}]
        assert res["message"]["text"].startswith(f"{f.location.sheet}!{f.location.cell}: ")
        top = f.suggestions[0] if f.suggestions else None
        if top and top.cell == f.location and "startColumn" in physical["region"]:
            assert region_text(physical["region"], MARKDOWN) == top.current_text
            by_cell += 1
    assert by_cell >= 5
    annotations = out("github", markdown).splitlines()
    lines = {int(m.group(1)) for a in annotations if (m := re.search(r",line=(\d+)", a))}
    assert lines == {f.location.line for f in markdown.findings if f.location and f.location.line}


def test_pdf_findings_say_their_page(documents):
    result = documents["pdf"]
    f = next(f for f in result.findings if f.location and f.location.page)
    res = sarif(result)["runs"][0]["results"][result.findings.index(f)]
    assert res["message"]["text"].startswith(f"{f.location.sheet}!{f.location.cell}, hlm. {f.location.page}: ")
    assert res["locations"][0]["physicalLocation"]["properties"] == {"page": f.location.page}
    assert "region" not in res["locations"][0]["physicalLocation"]  # a PDF has no text lines
    github = out("github", result).splitlines()[result.findings.index(f)]
    assert f"::{f.location.sheet}!{f.location.cell}, hlm. {f.location.page}: " in github
    assert ",line=" not in github
    suite = ET.fromstring(out("junit", result).encode("utf-8"))
    case = next(c for c in suite.findall("testcase") if c.get("name") == f.rule_id and c.get("classname") == f.table)
    assert case.get("file") == result.source.replace("\\", "/")
    assert f"laporan.pdf ({f.location.sheet}!{f.location.cell}, hlm. {f.location.page}): " in case.find("failure").text


def test_a_document_fix_without_text_is_a_suggestion_not_a_fix(documents):
    """A DOCX or a PDF cell has no text region: SARIF requires one, so the suggestion stays in `properties`."""
    for result in documents.values():
        results = sarif(result)["runs"][0]["results"]
        assert not any("fixes" in r for r in results)
        with_fix = [(r, f) for r, f in zip(results, result.findings) if f.suggestions]
        assert with_fix and all(r["properties"]["suggestion"].startswith("ubah ") for r, _ in with_fix)


def test_sarif_csv_region_is_the_cell_and_its_fix_clears_the_finding(tmp_path):
    folder = tmp_path / "laporan"
    shutil.copytree(EXAMPLE, folder)
    before = audit.run(folder)
    log = sarif(before)
    i, f = next((i, f) for i, f in enumerate(before.findings) if f.rule_id == "SUM022")
    res = log["runs"][0]["results"][i]
    region = res["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == f.location.line == 44
    assert region_text(region, folder / "realisasi_kegiatan.csv").strip('"') == f.suggestions[0].current_text
    (fix,) = res["fixes"]
    assert fix["description"]["text"].startswith(f"ubah {f.suggestions[0].cell.short()} menjadi ")
    apply_fix(fix)
    after = audit.run(folder)
    assert not [g for g in after.findings if g.rule_id == "SUM022" and g.table == "realisasi_kegiatan"]
    assert len(after.findings) < len(before.findings)
    assert schema_errors(log) == []


def test_sarif_markdown_fix_clears_the_finding(tmp_path):
    path = tmp_path / "laporan.md"
    shutil.copy(MARKDOWN, path)
    before = audit.run(path)
    log = sarif(before)
    fixed = [(r, f) for r, f in zip(log["runs"][0]["results"], before.findings) if "fixes" in r]
    assert len(fixed) >= 5
    res, f = next((r, f) for r, f in fixed if f.suggestions[0].confidence != "low" and not f.suggestions[0].also)
    (change,) = res["fixes"][0]["artifactChanges"]
    assert change["artifactLocation"]["uri"] == str(path).replace("\\", "/")
    apply_fix(res["fixes"][0])
    assert f.suggestions[0].proposed_text in lines_of(path)[f.suggestions[0].cell.line - 1]
    after = audit.run(path)
    assert (f.rule_id, f.table, f.row, f.column) not in {g.key() for g in after.findings}


def _one(tmp_path, text: str, proposed: str = "1,000") -> dict:
    (tmp_path / "t.csv").write_text(text, encoding="utf-8")
    cell = Location("t.csv", None, "B2", 2)
    fix = Fix("t", "1", "jumlah", cell, 10.0, 1000.0, "high", "alasan", current_text="10", proposed_text=proposed)
    f = Finding("SUM001", Severity.ERROR, "t", "1", "jumlah", cell, 10.0, 1000.0, -990.0, "jumlah salah",
                suggestions=(fix,))
    return sarif(AuditResult(None, str(tmp_path), [f], ["t"]))["runs"][0]["results"][0]


def test_a_fix_quotes_a_csv_field_when_it_must_and_skips_a_file_that_changed(tmp_path):
    res = _one(tmp_path, "nama,jumlah\na,10\n")
    assert res["locations"][0]["physicalLocation"]["region"] == {"startLine": 2, "startColumn": 3, "endLine": 2,
                                                                 "endColumn": 5}
    (rep,) = res["fixes"][0]["artifactChanges"][0]["replacements"]
    assert rep["insertedContent"]["text"] == '"1,000"'  # unquoted, the comma would split the field
    apply_fix(res["fixes"][0])
    assert (tmp_path / "t.csv").read_bytes() == b'nama,jumlah\na,"1,000"\n'
    quoted = _one(tmp_path, 'nama,jumlah\r\n"a, b","10"\r\n')
    apply_fix(quoted["fixes"][0])
    assert (tmp_path / "t.csv").read_bytes() == b'nama,jumlah\r\n"a, b","1,000"\r\n'
    stale = _one(tmp_path, "nama,jumlah\na,11\n")  # edited since the audit: no fix is better than a wrong one
    # the cell's text is `1,000` (what a fix writes); the suggestion is words for a person, in Indonesian numbers
    assert "fixes" not in stale and stale["properties"]["suggestion"].startswith("ubah t.csv!B2 menjadi 1.000")
    assert schema_errors({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [stale]}]}) == []


def test_markdown_format_shows_the_suggestions(example):
    text = out("markdown", example)
    assert "| selisih | pesan | usul |\n" in text
    f = next(f for f in example.findings if f.rule_id == "SUM022" and f.table == "realisasi_kegiatan")
    row = next(line for line in text.splitlines() if "| SUM022 | 5.13" in line)
    assert f.suggestions[0].proposed_text == "2,400,000"  # as the cell writes it; said in Indonesian numbers
    assert f"→ ubah {f.suggestions[0].cell.short()} menjadi 2.400.000" in row
    several = next(f for f in example.findings if len(f.suggestions) > 1)
    assert f"<details><summary>{len(several.suggestions) - 1} usul lainnya</summary>" in text
