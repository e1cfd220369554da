"""No output prints a number in the other language's style (issue #17 item 2).

Every format of `audit check` and of `audit fix` on the example, in Indonesian and in English, is
read as its reader reads it: the words meant for a person (not the JSON numbers, not a cell's own
text that `--apply` writes, not the agency's own row labels and ids quoted from the report). In
Indonesian no `1,800,000` and no `82.92`; in English no `1.800.000` and no `82,92`.

What is left out, and why it is no number: a cell reference (`lppd.csv!K35`), the report's row ids
and labels (`5.13`, `1.8.2`: the agency's numbering, quoted), text in quotes (a value quoted as the
cell wrote it), a date, the tool's version, the JSON/SARIF fields that hold the cell's text or a
number for machines, and in the working paper the numeric cells (Excel shows them by its own locale).
"""
from __future__ import annotations

import html
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE

from audit import __version__
from audit.cli import main

CHECK_FORMATS = ("rich", "json", "sarif", "junit", "github", "markdown", "html", "xlsx")
FIX_FORMATS = ("text", "json", "csv", "markdown", "xlsx")

# a number grouped by thousands (`1.800.000`, `105,145,000`), not part of a longer dotted code (`1.02.001`)
ID_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.]|,\d)")
EN_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]|\.\d)")
# decimals (`82,92`, `82.92`), not a dotted code: one mark only, ending the number
ID_DECIMALS = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d.,])")
EN_DECIMALS = re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d.,])")
WRONG = {"id": (EN_GROUPS, EN_DECIMALS), "en": (ID_GROUPS, ID_DECIMALS)}

# identifiers that look like numbers
CELL = re.compile(r"[\w.-]*!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?")  # lppd.csv!K35, Sheet!A1:B2
DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b")
QUOTED = re.compile(r"(?<!\w)'[^'\n]*'(?!\w)|\"[^\"\n]*\"|“[^”\n]*”")
#: JSON/SARIF fields that are not words for a person: the cell's own text, numbers, the report's own ids
MACHINE_FIELDS = {"current_text", "proposed_text", "insertedContent", "actual", "expected", "delta", "current",
                  "proposed", "row", "row_label", "fingerprint", "partialFingerprints", "uri", "version",
                  "$schema", "location", "cell", "related", "file", "source", "table", "column", "resolves"}


def invoke(*args) -> CliRunner:
    return CliRunner().invoke(main, [str(a) for a in args], env={"COLUMNS": "400"})


@pytest.fixture(scope="module")
def quoted_from_report() -> list:
    """The report's own row ids and labels as the outputs quote them: `5.13 · Kegiatan 13 …`,
    `5.13 Kegiatan 13 …` or the label alone (longest first). A bare id is not left out: `5.13`
    standing alone is judged like any number."""
    records = json.loads(invoke("check", EXAMPLE, "-f", "json").output)["findings"]
    found = set()
    for rec in records:
        for s in (rec, *rec["suggestions"], *(a for top in rec["suggestions"] for a in top["also"])):
            row, label = s.get("row"), s.get("row_label")
            if row and label and row != label:
                found.update((f"{row} · {label}", f"{row} {label}"))
            found.update(v for v in (row, label) if v and re.search(r"[^\W\d_]", v))  # words, not a bare id
            if row and not re.search(r"[^\W\d_]", row):  # a bare id in a column of its own: `| 5.13 |`, a cell
                found.add(re.compile(rf"(?m)(?<=\| ){re.escape(row)}(?= \|)|^{re.escape(row)}$"))
    return sorted(found, key=lambda q: len(q) if isinstance(q, str) else 0, reverse=True)


def _strings(data, out: list[str]) -> list[str]:
    """The strings of a JSON document meant for a reader (machine fields left out)."""
    if isinstance(data, dict):
        for k, v in data.items():
            if k not in MACHINE_FIELDS:
                _strings(v, out)
    elif isinstance(data, list):
        for v in data:
            _strings(v, out)
    elif isinstance(data, str):
        out.append(data)
    return out


def _xml_text(raw: str) -> str:
    root = ET.fromstring(raw.encode("utf-8"))
    return "\n".join([*(e.text or "" for e in root.iter()), *(v for e in root.iter() for v in e.attrib.values())])


def _html_text(raw: str) -> str:
    raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "\n", raw))


def _xlsx_text(data: bytes) -> str:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data))
    return "\n".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
                     if isinstance(c.value, str))


def reader_text(fmt: str, output: str | bytes) -> str:
    if fmt in ("json", "sarif"):
        return "\n".join(_strings(json.loads(output), []))
    if fmt == "junit":
        return _xml_text(output)
    if fmt == "html":
        return _html_text(output)
    if fmt == "xlsx":
        return _xlsx_text(output)
    if fmt == "csv":  # a listing: the columns that quote the report (table, row, label, column, cell) left out
        import csv

        rows = list(csv.DictReader(io.StringIO(output)))
        return "\n".join(r[k] for r in rows for k in ("current", "proposed", "confidence", "reason"))
    return output


def numbers_in_the_wrong_style(text: str, lang: str, quoted: list[str]) -> list[str]:
    text = text.replace("%0A", "\n").replace("%25", "%")  # GitHub's escapes
    for q in quoted:
        text = text.replace(q, " ") if isinstance(q, str) else q.sub(" ", text)
    for pattern in (CELL, DATE, QUOTED):
        text = pattern.sub(" ", text)
    text = text.replace(__version__, " ")
    found = []
    for pattern in WRONG[lang]:
        found += [text[max(m.start() - 40, 0):m.end() + 10].replace("\n", " ") for m in pattern.finditer(text)]
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("fmt", CHECK_FORMATS)
def test_check_output_numbers_are_in_the_readers_style(fmt, lang, tmp_path, quoted_from_report):
    target = tmp_path / f"out.{fmt}"
    r = invoke("check", EXAMPLE, "--lang", lang, "-f", f"{fmt}:{target}")
    assert r.exit_code == 1, r.output
    output = target.read_bytes() if fmt == "xlsx" else target.read_text(encoding="utf-8")
    text = reader_text(fmt, output)
    assert re.search(r"\d", text)  # there are numbers to judge
    assert numbers_in_the_wrong_style(text, lang, quoted_from_report) == []


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("fmt", FIX_FORMATS)
def test_fix_listing_numbers_are_in_the_readers_style(fmt, lang, tmp_path, quoted_from_report):
    target = tmp_path / f"fix.{fmt}"
    args = ["fix", EXAMPLE, "--lang", lang, "--min-confidence", "low"]
    r = invoke(*args, "--format", fmt, "-o", target) if fmt != "text" else invoke(*args)
    assert r.exit_code == 0, r.output
    if fmt == "text":
        output: str | bytes = r.output
    else:
        output = target.read_bytes() if fmt == "xlsx" else target.read_text(encoding="utf-8")
    text = reader_text(fmt, output)
    assert numbers_in_the_wrong_style(text, lang, quoted_from_report) == []


def test_the_check_itself_catches_both_styles():
    """The patterns find what they are for, and leave identifiers alone."""
    quoted = ["5.13", "1.8.2"]
    assert numbers_in_the_wrong_style("ubah F44 menjadi 105,145,000 (82.92%)", "id", quoted) != []
    assert len(numbers_in_the_wrong_style("tertulis 87.78; dihitung 1,070,546", "id", quoted)) == 2
    assert len(numbers_in_the_wrong_style("change F44 to 105.145.000 (82,92%)", "en", quoted)) == 2
    assert numbers_in_the_wrong_style("tertulis 105.145.000 · 82,92% · baris 5.13 · lppd.csv!K35", "id",
                                      quoted) == []
    assert numbers_in_the_wrong_style("written 105,145,000 · 82.92% · row 1.8.2 · code 1.02.01.001 · "
                                      "2023-12-31 · the cell wrote '1.800.000'", "en", quoted) == []


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_documents_findings_quote_its_numbers_and_say_theirs_in_the_readers_style(seed, lang, tmp_path):
    """The real report as a markdown document: a claim's number is quoted as the text wrote it ('88,89%'),
    its sentence in quotation marks; everything said about it is in the reader's style."""
    outputs = {fmt: tmp_path / f"out.{fmt}" for fmt in ("json", "sarif", "github")}
    r = invoke("check", seed, "--lang", lang, *(a for f, p in outputs.items() for a in ("-f", f"{f}:{p}")))
    assert r.exit_code == 1, r.output
    for fmt, path in outputs.items():
        text = reader_text(fmt, path.read_text(encoding="utf-8"))
        assert numbers_in_the_wrong_style(text, lang, []) == [], fmt
    said = json.loads(outputs["json"].read_text(encoding="utf-8"))["findings"]
    claim = next(f for f in said if f["rule_id"] == "CLAIM004")
    assert claim["shown"]["written"] == "'88,89%'" and claim["hint"].startswith("“")


@pytest.mark.parametrize("lang,errors,totals", [("id", "1.250", "2.500 galat"), ("en", "1,250", "2,500 errors")])
def test_the_batch_summary_counts_in_the_readers_style(lang, errors, totals):
    """A region's batch adds up to thousands of findings: the summary groups them as the reader does; its
    workbook keeps them numbers."""
    from openpyxl import load_workbook

    from audit.batch import BatchResult, Row
    from audit.render.batch import cells, render_summary
    from audit.render.batch_words import totals_line

    rows = [Row(f"kab/kec-{n}", "fail", "Kecamatan", None, 2023, 1250, 3) for n in (1, 2)]
    batch = BatchResult(rows, lang)
    assert totals in totals_line(batch) and cells(rows[0], lang)[3] == errors
    stream = io.BytesIO()
    render_summary("xlsx", batch, stream)
    ws = load_workbook(io.BytesIO(stream.getvalue())).active
    assert 1250 in [c.value for row in ws.iter_rows() for c in row]
