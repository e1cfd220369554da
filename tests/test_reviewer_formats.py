"""The HTML report and the xlsx working paper as an inspectorate reviewer meets them."""
from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
import re
import shutil
import subprocess
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import EXAMPLE
from helpers import csv_dir_to_xlsx
from openpyxl import load_workbook

import audit
from audit.model import AuditResult, Finding, Fix, Location, Severity, say
from audit.render import BINARY_FORMATS, FORMATS, render

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = '<script>alert(1)</script> "onmouseover=alert(2) x=" & more'
INDONESIAN = ("tertulis", "seharusnya", "selisih", "galat", "TIDAK LOLOS", "Tahun", "tabel lain", "Temuan",
              "Tampilkan", "Instansi", "Wilayah", "lihat juga", "dihitung", "keyakinan", "menjadi", "Ringkasan",
              "Kondisi", "Penyebab", "Periksa", "Lokasi", "Aturan")


def page(result, **options) -> str:
    stream = io.StringIO()
    render("html", result, stream, **options)
    return stream.getvalue()


def workbook(result, **options):
    stream = io.BytesIO()
    render("xlsx", result, stream, **options)
    return load_workbook(io.BytesIO(stream.getvalue()))


def hostile_result() -> AuditResult:
    fix = Fix("realisasi_kegiatan", "5.13", "realisasi", Location("realisasi_kegiatan.csv", None, "F44", 44),
              1800000.0, 2400000.0, "high", "=cmd|' /C calc'!A0 " + HOSTILE, proposed_text="2.400.000")
    f = Finding(rule_id="SUM001", severity=Severity.ERROR, table="realisasi_kegiatan", row="5.13",
                column="realisasi", location=Location("realisasi_kegiatan.csv", None, "F44", 44),
                actual=1800000.0, expected=2400000.0, delta=-600000.0, decimals=0,
                message="=HYPERLINK(\"http://evil\",\"x\") " + HOSTILE + "\x00\x0b",
                row_label="+" + HOSTILE, hint="@SUM(1) <img src=x onerror=alert(3)>", suggestions=(fix,),
                related=(Location("realisasi_kegiatan.csv", None, "F45", 45),))
    return AuditResult(None, "-laporan <b>", [f], ["realisasi_kegiatan"], lang="id",
                       titles={"realisasi_kegiatan": "-2+3 <i>T</i>"},
                       rules={"SUM001": {"title": "<u>judul</u>", "why": "=1+1", "kind": "sum"}})


def test_both_formats_are_registered_and_xlsx_is_binary():
    assert {"html", "xlsx"} <= set(FORMATS)
    assert "xlsx" in BINARY_FORMATS and "html" not in BINARY_FORMATS


# HTML

class Elements(HTMLParser):
    """Every start tag with its attributes, in document order."""

    def __init__(self, text: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def all(self, tag: str) -> list[dict]:
        return [attrs for name, attrs in self.tags if name == tag]


def test_html_shows_verdict_counts_and_every_finding_with_its_cell(example):
    text = page(example)
    assert text.startswith("<!DOCTYPE html>") and '<html lang="id">' in text
    assert "<h1>Audit LKjIP · Kecamatan Jatiroto · Tahun 2023</h1>" in text
    assert "Hasil: <strong>TIDAK LOLOS</strong>" in text
    assert f'<li class="count-error">{example.counts()["error"]} galat</li>' in text
    assert "examples/jatiroto-2023" in text and "Kabupaten Lumajang" in text
    assert len(Elements(text).all("article")) == len(example.findings)
    for f in example.findings:
        assert f">{f.rule_id}</code>" in text
        assert f"<code>{f.location.short()}</code>" in text
    for table in {f.table for f in example.findings}:
        assert f"{table} · {say(example.titles[table], 'id')} <span" in text


def test_html_numbers_are_in_the_reports_own_format(example):
    text = page(example)
    (article,) = [a for a in text.split("<article")[1:] if ">SUM022</code>" in a]
    assert '<dd class="num">1.800.000</dd>' in article and '<dd class="num">2.400.000</dd>' in article
    assert '<dd class="num">−600.000</dd>' in article
    assert "<dt>Dihitung</dt><dd class=\"num\">1,07%</dd>" in text and "+0,63%" in text
    # the fix's value too, although the cell wrote `1,800,000` (what `--apply` writes keeps the cell's style)
    assert "<dt>Usul</dt>" in article and "menjadi 2.400.000" in article


def test_html_top_suggestion_is_visible_and_the_others_are_folded(example):
    text = page(example)
    many = next(f for f in example.findings if len(f.suggestions) > 1)
    (article,) = [a for a in text.split("<article")[1:] if f"{many.rule_id}</code>" in a and
                  f"<code>{many.location.short()}</code>" in a]
    head, _, folded = article.partition("<details>")
    assert '<dd class="fix">→ ubah' in head
    assert f"<summary>{len(many.suggestions) - 1} usul lainnya</summary>" in folded
    assert folded.count('<li class="fix">') == len(many.suggestions) - 1


def test_html_is_self_contained(example):
    text = page(example)
    assert "http://" not in text and "https://" not in text
    elements = Elements(text)
    assert not elements.all("link") and not elements.all("img") and not elements.all("iframe")
    assert all("src" not in attrs for attrs in elements.all("script"))
    assert len(elements.all("script")) == 1 and len(elements.all("style")) == 1
    for name, attrs in elements.tags:
        for key, value in attrs.items():
            assert not key.startswith("on"), (name, key)
            if key in ("src", "href"):
                assert value.startswith("#"), (name, key, value)
    (csp,) = [a for a in elements.all("meta") if a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp["content"]


def test_html_filters_are_hidden_until_the_script_runs(example):
    text = page(example)
    assert '<nav class="filters" hidden' in text
    assert '<body data-ready="0">' in text
    boxes = [a for a in Elements(text).all("input") if a.get("type") == "checkbox"]
    assert [b["data-sev"] for b in boxes] == ["error", "warning", "info"]
    assert all("checked" in b for b in boxes)


def test_html_is_the_same_bytes_every_time(example):
    assert page(example) == page(example) == page(audit.run(EXAMPLE))


def test_html_verdict_follows_fail_on_and_a_clean_report_says_so(example, corrected):
    assert "Hasil: <strong>LOLOS</strong>" in page(example, fail_on="never")
    clean = page(corrected)
    assert "Hasil: <strong>LOLOS</strong>" in clean and "Tidak ada temuan." in clean
    assert "<article" not in clean


def test_html_in_english(example_en):
    text = page(example_en)
    assert '<html lang="en">' in text and "Result: <strong>FAIL</strong>" in text
    assert "Findings by table" in text and "<dt>Written</dt>" in text and "1,800,000" in text
    assert "1.800.000" not in text and "<dt>Computed</dt><dd class=\"num\">1.07%</dd>" in text
    for word in INDONESIAN:
        assert word not in text, word


def test_html_escapes_hostile_report_text():
    text = page(hostile_result())
    assert "<script>alert" not in text and "<img" not in text and "<b>" not in text and "<i>T" not in text
    assert "<u>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&quot;onmouseover=alert(2) x=&quot; &amp; more" in text
    assert '"onmouseover' not in text
    assert "&lt;img src=x onerror=alert(3)&gt;" in text
    assert 'title="&lt;u&gt;judul&lt;/u&gt;"' in text
    elements = Elements(text)
    assert len(elements.all("script")) == 1
    assert not any(key.startswith("on") for _, attrs in elements.tags for key in attrs)
    assert "\x00" not in text and "\x0b" not in text


@pytest.mark.skipif("waived" not in {f.name for f in dataclasses.fields(Finding)}, reason="no waivers in model")
def test_html_marks_a_waived_finding_and_counts_it_apart():
    result = hostile_result()
    waived = dataclasses.replace(result.findings[0], waived={"justification": "disetujui <b>", "expires": None})
    text = page(AuditResult(None, "laporan", [waived], [], lang="id"))
    assert 'class="finding sev-error waived"' in text and "disetujui &lt;b&gt;" in text
    assert '<li class="count-error">0 galat</li>' in text and "1 dikecualikan" in text


# HTML in a real browser

def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "/usr/bin/chromium"):
        found = shutil.which(name)
        if found:
            return found
    return None


def browse(html_file: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess:
    exe = chromium()
    if exe is None:  # .ci/run is the README's test line, which installs no browser: skipped there too, saying why
        pytest.skip("Chromium is not installed (apt-get install chromium); the browser check needs it")
    args = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
            "--enable-logging=stderr", "--v=0", *extra, html_file.as_uri()]
    return subprocess.run(args, capture_output=True, text=True, timeout=180)


def test_html_in_chromium_runs_its_script_shows_every_finding_and_takes_a_screenshot(example, tmp_path):
    html_file = tmp_path / "report.html"
    html_file.write_text(page(example), encoding="utf-8")
    dom = browse(html_file, tmp_path / "profile-dom", "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert re.search(r'<body data-ready="1"', dom.stdout)
    assert '<nav class="filters" aria-label' in dom.stdout  # the script showed the filters
    assert dom.stdout.count("<article") == len(example.findings)
    for f in example.findings:
        assert f"<code>{f.location.short()}</code>" in dom.stdout
    assert "Uncaught" not in dom.stderr and "Refused to" not in dom.stderr, dom.stderr[-2000:]
    shot = tmp_path / "report.png"
    run = browse(html_file, tmp_path / "profile-shot", f"--screenshot={shot}", "--window-size=1280,2000")
    assert run.returncode == 0 and shot.stat().st_size > 10_000, run.stderr[-2000:]
    artifacts = ROOT / "artifacts"
    artifacts.mkdir(exist_ok=True)
    shutil.copyfile(shot, artifacts / "report-html.png")


def test_html_filter_hides_a_severity_in_chromium(example, tmp_path):
    # untick "error" the way a click would; the test script is allowed by its own hash in the page's CSP
    click = ('var box = document.querySelector("input[data-sev=error]"); box.checked = false; '
             'box.dispatchEvent(new Event("change", {bubbles: true}));')
    digest = base64.b64encode(hashlib.sha256(click.encode("utf-8")).digest()).decode("ascii")
    text = page(example)
    assert "script-src &#x27;sha256-" in text  # the policy sits in an attribute, its quotes escaped
    text = text.replace("script-src &#x27;", f"script-src &#x27;sha256-{digest}&#x27; &#x27;", 1)
    html_file = tmp_path / "filtered.html"
    html_file.write_text(text.replace("</body>", f"<script>{click}</script></body>"), encoding="utf-8")
    dom = browse(html_file, tmp_path / "profile", "--dump-dom")
    assert re.search(r'<body data-ready="1" class="hide-error"', dom.stdout), dom.stdout[:500]
    groups = re.findall(r'<section class="([^"]*)" id="t\d+"', dom.stdout)
    assert groups and all(g == "group empty" for g in groups)  # every finding here is an error
    assert "Uncaught" not in dom.stderr and "Refused to" not in dom.stderr, dom.stderr[-2000:]


# XLSX working paper

def rows(ws) -> list[dict]:
    head = [c.value for c in ws[1]]
    return [dict(zip(head, (c.value for c in row))) for row in ws.iter_rows(min_row=2)]


FIVE = ("Kondisi", "Kriteria", "Sebab", "Akibat", "Rekomendasi")


def test_xlsx_has_a_summary_and_a_findings_sheet(example):
    wb = workbook(example)
    assert wb.sheetnames == ["Ringkasan", "Temuan", "Grafik"]  # the pictures: tests/test_charts.py
    summary = {r[0]: r[1] for r in wb["Ringkasan"].iter_rows(values_only=True) if r[0]}
    assert summary["Instansi"] == "Kecamatan Jatiroto" and summary["Tahun"] == 2023
    assert summary["Hasil"] == "TIDAK LOLOS" and summary["galat"] == example.counts()["error"]
    assert summary["Sumber"] == example.source
    by_table = {r[0]: r for r in wb["Ringkasan"].iter_rows(values_only=True)}
    assert by_table["lppd"][1] == say(example.titles["lppd"], "id")
    assert by_table["lppd"][-1] == sum(1 for f in example.findings if f.table == "lppd")


def test_xlsx_findings_sheet_is_a_working_paper(example):
    ws = workbook(example)["Temuan"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{len(example.findings) + 1}"
    assert all(c.alignment.wrap_text for c in ws[2])
    assert ws.column_dimensions["P"].width >= 40  # the message
    data = rows(ws)
    assert len(data) == len(example.findings)
    for f, row in zip(example.findings, data):
        assert row["Aturan"] == f.rule_id and row["Sel"] == f.location.cell
        for head in FIVE:
            assert isinstance(row[head], str) and len(row[head]) > 20, (f.rule_id, head)
    (sum022,) = [r for r in data if r["Aturan"] == "SUM022"]
    assert sum022["Tertulis"] == 1800000 and sum022["Seharusnya"] == 2400000 and sum022["Selisih"] == -600000
    assert "Tertulis 1.800.000; seharusnya 2.400.000; selisih −600.000." in sum022["Kondisi"]
    assert sum022["Kriteria"].startswith("Aturan SUM022 (Kegiatan tidak sama dengan jumlah sub kegiatannya).")
    assert "Permendagri 90/2019" in sum022["Kriteria"]
    assert sum022["Rekomendasi"].startswith("Ubah realisasi_kegiatan.csv!F44 menjadi 2.400.000 serta "
                                            "realisasi_kegiatan.csv!G44 menjadi 100,00%")
    assert sum022["Usul: nilai"] == 2400000 and sum022["Usul: keyakinan"] == "tinggi"
    assert sum022["Sebab"].startswith("Penyebab belum diketahui")
    with_hint = next(r for r in data if r["Catatan"])
    assert with_hint["Sebab"].lower().startswith(with_hint["Catatan"][:10].lower())


def test_xlsx_numbers_are_numeric_cells_in_the_reports_decimals(example):
    ws = workbook(example)["Temuan"]
    heads = [c.value for c in ws[1]]
    for name in ("Tertulis", "Seharusnya", "Selisih"):
        col = heads.index(name) + 1
        cells = [ws.cell(r, col) for r in range(2, ws.max_row + 1) if ws.cell(r, col).value is not None]
        assert cells and all(c.data_type == "n" for c in cells), name
    (row,) = [r for r in range(2, ws.max_row + 1) if ws.cell(r, 2).value == "RATIO005"]
    assert ws.cell(row, heads.index("Tertulis") + 1).number_format == '#,##0.00"%"'


def test_xlsx_rejects_a_text_stream(example):
    with pytest.raises(TypeError, match="binary"):
        render("xlsx", example, io.StringIO())


def test_xlsx_writes_to_a_file_opened_wb(example, tmp_path):
    target = tmp_path / "kertas-kerja.xlsx"
    with open(target, "wb") as stream:
        render("xlsx", example, stream)
    assert load_workbook(target).sheetnames == ["Ringkasan", "Temuan", "Grafik"]


def test_xlsx_clean_report(corrected):
    wb = workbook(corrected)
    summary = {r[0]: r[1] for r in wb["Ringkasan"].iter_rows(values_only=True) if r[0]}
    assert summary["Hasil"] == "LOLOS" and summary["Jumlah temuan"] == 0
    assert wb["Temuan"].max_row == 1


def test_xlsx_in_english(example_en):
    wb = workbook(example_en)
    assert wb.sheetnames == ["Summary", "Findings", "Charts"]
    data = rows(wb["Findings"])
    assert {"Condition", "Criteria", "Cause", "Effect", "Recommendation"} <= set(data[0])
    assert all(r["Recommendation"] for r in data)
    texts = [c.value for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "FAIL" in texts
    for word in INDONESIAN:
        assert not any(word in text for text in texts), word


def test_xlsx_neutralises_hostile_text_and_keeps_numbers():
    wb = workbook(hostile_result())
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", cell.coordinate
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(("=", "+", "-", "@")), (ws.title, cell.coordinate)
                    assert "\x00" not in cell.value and "\x0b" not in cell.value
    (row,) = rows(wb["Temuan"])
    assert row["Pesan"].startswith("'=HYPERLINK(")
    assert row["Uraian baris"] == "'+" + HOSTILE
    assert row["Catatan"].startswith("'@SUM(1)") and row["Sebab"].startswith("'@SUM(1)")
    assert row["Usul: alasan"].startswith("'=cmd|")
    assert row["Kondisi"].startswith("'=HYPERLINK(") and row["Tertulis"] == 1800000
    summary = {r[0]: r[1] for r in wb["Ringkasan"].iter_rows(values_only=True) if r[0]}
    assert summary["Sumber"] == "'-laporan <b>"


def test_xlsx_copies_the_submitted_workbook_and_highlights_finding_cells(tmp_path):
    source = csv_dir_to_xlsx(EXAMPLE, tmp_path / "jatiroto.xlsx")
    result = audit.run(source)
    wb = workbook(result, source_path=str(source))
    assert wb.sheetnames[:3] == ["Ringkasan", "Temuan", "Grafik"]
    submitted = load_workbook(source, read_only=True).sheetnames
    assert wb.sheetnames[3:] == submitted
    marked = {(f.location.sheet, f.location.cell) for f in result.findings}
    for sheet, cell in marked:
        copy = wb[sheet][cell]
        assert copy.fill.fill_type == "solid", (sheet, cell)
        assert any(f.rule_id in copy.comment.text for f in result.findings
                   if (f.location.sheet, f.location.cell) == (sheet, cell))
    copy = wb["realisasi_kegiatan"]
    assert copy["F44"].value == "1,800,000" and copy["F44"].comment.text.startswith("SUM022")
    assert copy["A1"].value == "level" and copy["A1"].comment is None and copy["A1"].fill.fill_type is None
    summary = {r[0]: r[1] for r in wb["Ringkasan"].iter_rows(values_only=True) if r[0]}
    assert "realisasi_kegiatan" in summary["Salinan lembar masukan (sel temuan disorot)"]


def test_xlsx_ignores_a_source_path_that_is_not_a_workbook(example):
    assert workbook(example, source_path=str(EXAMPLE)).sheetnames == ["Ringkasan", "Temuan", "Grafik"]


def test_xlsx_says_so_when_the_submitted_workbook_cannot_be_copied(example, tmp_path):
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"not a zip file")
    wb = workbook(example, source_path=broken)
    assert wb.sheetnames == ["Ringkasan", "Temuan", "Grafik"]
    notes = [r[0] for r in wb["Ringkasan"].iter_rows(values_only=True) if r[0]]
    assert any(n.startswith("Salinan lembar masukan tidak dibuat: ") for n in notes)


def test_the_working_paper_is_byte_identical_with_source_date_epoch(example, monkeypatch):
    """Reproducible builds: with SOURCE_DATE_EPOCH, the same audit gives the same bytes (and that time)."""
    import zipfile

    from audit.render import workpaper

    def paper():
        out = io.BytesIO()
        workpaper.render(example, out)
        return out.getvalue()

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = paper()
    time.sleep(1.1)
    assert paper() == first
    core = zipfile.ZipFile(io.BytesIO(first)).read("docProps/core.xml")
    assert b"2023-11-14T22:13:20Z" in core
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert b"2023-11-14" not in zipfile.ZipFile(io.BytesIO(paper())).read("docProps/core.xml")
