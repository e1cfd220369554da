"""The reviewer's pictures (issue #17, item 6): capaian per indicator against the predikat bands and
budget absorption per programme, as inline SVG in the HTML page and native charts in the working paper."""
from __future__ import annotations

import io
import re
import shutil
import xml.etree.ElementTree as ET
import zipfile

import pytest
from conftest import EXAMPLE
from openpyxl import load_workbook

import audit
from audit.model import AuditResult
from audit.model.figures import Attainment, Band, Figures
from audit.render import render
from audit.render.charts import absorption_svg, attainment_svg

SVG = ""  # inline in HTML: the parser gives <svg> its namespace, the page writes none


def page(result, **options) -> str:
    stream = io.StringIO()
    render("html", result, stream, **options)
    return stream.getvalue()


def workbook_bytes(result) -> bytes:
    stream = io.BytesIO()
    render("xlsx", result, stream)
    return stream.getvalue()


def svgs_of(html: str) -> list[ET.Element]:
    return [ET.fromstring(s) for s in re.findall(r"<svg\b.*?</svg>", html, re.S)]


def fetches_nothing(svg: ET.Element) -> None:
    """No script, style sheet, link, image, font or anything with an address."""
    for el in svg.iter():
        assert el.tag.removeprefix(SVG) not in ("script", "style", "image", "use", "foreignObject", "a", "font-face")
        for name, value in el.attrib.items():
            assert "href" not in name and name not in ("src", "style"), (el.tag, name)
            assert "url(" not in value and "//" not in value, (el.tag, name, value)


def bars(svg: ET.Element) -> dict[str, float]:
    """Each bar's label (its group's tooltip up to the colon) and the bar's width."""
    out = {}
    for g in svg.iter(f"{SVG}g"):
        title = g.find(f"{SVG}title").text
        rect = g.findall(f"{SVG}rect")[-1]
        out[title.rsplit(": ", 1)[0]] = float(rect.get("width"))
    return out


@pytest.fixture(scope="module")
def with_pengukuran(tmp_path_factory):
    """The example plus a pengukuran kinerja table (`capaian_indikator`): capaian as the report prints them,
    one far above its target, one negative indicator, one in the lowest band."""
    folder = tmp_path_factory.mktemp("charts") / "rep"
    shutil.copytree(EXAMPLE, folder)
    (folder / "capaian_indikator.csv").write_text(
        "no,indikator,polaritas,target,realisasi,capaian,predikat\n"
        "1,Indeks Kepuasan Masyarakat,positif,80,88,110,Sangat Baik\n"
        "2,Persentase desa tertib administrasi,positif,90,81,90,Sangat Baik\n"
        "3,Angka pengaduan yang tidak selesai,negatif,10,12,80,Baik\n"
        "4,Persentase sengketa batas desa selesai,positif,100,40,40,Kurang Baik\n"
        "5,Persentase laporan tepat waktu,positif,10,100,1000,Sangat Baik\n", encoding="utf-8")
    return audit.run(folder)


def test_figures_come_from_the_pengukuran_table_as_printed(with_pengukuran):
    figures = with_pengukuran.figures
    assert figures.attainment_table == "capaian_indikator"
    assert [(a.indicator, a.capaian, a.computed) for a in figures.attainment] == [
        ("Indeks Kepuasan Masyarakat", 110, False), ("Persentase desa tertib administrasi", 90, False),
        ("Angka pengaduan yang tidak selesai", 80, False), ("Persentase sengketa batas desa selesai", 40, False),
        ("Persentase laporan tepat waktu", 1000, False)]
    assert [b.label for b in figures.bands] == ["Sangat Baik", "Baik", "Cukup Baik", "Kurang Baik"]
    assert figures.absorption_table == "realisasi_program"
    assert [(a.pagu, a.realisasi) for a in figures.absorption][:1] == [(1743965488, 1687575718)]
    assert all("JUMLAH" not in a.programme for a in figures.absorption)  # the total row is no programme


def test_html_draws_both_pictures_as_inline_svg(with_pengukuran):
    html = page(with_pengukuran)
    capaian, budget = svgs_of(html)
    for svg in (capaian, budget):
        fetches_nothing(svg)
        assert svg.get("role") == "img" and svg.get("aria-label")
    widths = bars(capaian)
    assert len(widths) == 5
    # bars scale with capaian on one axis; 1000% is drawn to the axis end, not past it
    assert widths["Indeks Kepuasan Masyarakat"] / widths["Persentase desa tertib administrasi"] == \
        pytest.approx(110 / 90, rel=0.01)
    assert widths["Persentase laporan tepat waktu"] == max(widths.values())
    text = ET.tostring(capaian, encoding="unicode")
    assert "1.000,00%▸" in text and "110,00%" in text  # the report's own number format
    assert "Sangat Baik (≥ 85)" in text and "Kurang Baik" in text and "target 100%" in text
    # a bar takes the colour of its predikat band: 40% (Kurang Baik) is not drawn like 90% (Sangat Baik)
    fills = {g.find(f"{SVG}title").text.split(":")[0]: g.findall(f"{SVG}rect")[-1].get("fill")
             for g in capaian.iter(f"{SVG}g")}
    assert fills["Persentase sengketa batas desa selesai"] != fills["Persentase desa tertib administrasi"]
    budget_bars = bars(budget)
    assert len(budget_bars) == len(with_pengukuran.figures.absorption)
    assert "96,77%" in ET.tostring(budget, encoding="unicode")


def test_html_pictures_speak_the_language_asked_for(example_en):
    english = page(example_en)
    assert "Budget absorption per programme" in english and "Penyerapan anggaran" not in english
    assert "computed: realisasi / target × 100" in english  # the example prints no capaian: computed, and said so


def test_nothing_to_draw_is_no_picture():
    figures = Figures(attainment=(Attainment("A", 80, 88, 110.0),), bands=(Band("Baik", 70, None),
                                                                           Band("Kurang", None, 70)))
    assert attainment_svg(figures, "id") is not None
    assert absorption_svg(figures, "id") is None  # no programme budgets: no empty picture
    assert "<svg" not in page(AuditResult(None, "laporan", [], []))


def test_a_computed_capaian_leaves_out_a_negative_indicator(tmp_path):
    """realisasi / target x 100 is right only when more is better; a negative indicator is not drawn wrong."""
    import yaml

    folder = tmp_path / "rep"
    shutil.copytree(EXAMPLE, folder)
    before = [a.indicator for a in audit.run(folder).figures.attainment]
    meta = yaml.safe_load((folder / "report.yaml").read_text(encoding="utf-8"))
    meta["polarity"] = {"default": "positive", "negative": [before[0]]}
    (folder / "report.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    assert [a.indicator for a in audit.run(folder).figures.attainment] == before[1:]


def test_workbook_has_native_charts_over_its_own_cells(with_pengukuran, tmp_path):
    data = workbook_bytes(with_pengukuran)
    path = tmp_path / "kertas-kerja.xlsx"
    path.write_bytes(data)
    ws = load_workbook(path)["Grafik"]
    names = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    first, last = names["Indeks Kepuasan Masyarakat"], names["Persentase laporan tepat waktu"]
    assert [ws.cell(r, 4).value for r in range(first, last + 1)] == [110, 90, 80, 40, 1000]
    programmes = [a.programme for a in with_pengukuran.figures.absorption]
    p_first, p_last = names[programmes[0]], names[programmes[-1]]
    assert ws.cell(p_first, 2).value == 1743965488 and ws.cell(p_first, 3).value == 1687575718
    with zipfile.ZipFile(path) as z:
        charts = sorted(n for n in z.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n))
        assert len(charts) == 2
        capaian, budget = (z.read(n).decode("utf-8") for n in charts)
    refs = re.findall(r"<f>([^<]*)</f>", capaian)
    assert f"'Grafik'!$D${first}:$D${last}" in refs  # the capaian column
    assert f"'Grafik'!$A${first}:$A${last}" in refs  # the indicators as categories
    assert "<barChart>" in capaian and "<lineChart>" in capaian  # bars, the bands and target as lines
    assert ws.cell(first - 1, 6).value == "Sangat Baik (≥ 85)" and ws.cell(first, 6).value == 85
    refs = re.findall(r"<f>([^<]*)</f>", budget)
    assert f"'Grafik'!$B${p_first}:$B${p_last}" in refs and f"'Grafik'!$C${p_first}:$C${p_last}" in refs


def test_workbook_without_figures_has_no_chart_sheet():
    wb = load_workbook(io.BytesIO(workbook_bytes(AuditResult(None, "laporan", [], []))))
    assert "Grafik" not in wb.sheetnames


def test_pictures_in_chromium(with_pengukuran, tmp_path):
    from test_reviewer_formats import browse

    html_file = tmp_path / "report.html"
    html_file.write_text(page(with_pengukuran), encoding="utf-8")
    dom = browse(html_file, tmp_path / "profile-dom", "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert dom.stdout.count("<svg") == 2 and "Refused to" not in dom.stderr
    shot = tmp_path / "pictures.png"
    run = browse(html_file, tmp_path / "profile-shot", f"--screenshot={shot}", "--window-size=1000,1600")
    assert run.returncode == 0 and shot.stat().st_size > 10_000, run.stderr[-2000:]
