"""The working paper's pictures: a sheet with the figures drawn and the native Excel charts over them.

Capaian per indicator as columns, with the predikat bands' floors and the target
(100%) as lines across them; pagu and realisasi per programme as paired columns,
the share absorbed beside. The charts read the cells of the sheet (a reviewer can
check or correct a figure and the chart follows), written from
`AuditResult.figures` as numbers; labels from the report go through `cell_text`,
so none can run as a formula.
"""
from __future__ import annotations

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font, PatternFill

from audit.i18n import t
from audit.render.common import show_number
from audit.render.workpaper_source import cell_text

HEAD_FILL = PatternFill("solid", start_color="FFD9E2F3", end_color="FFD9E2F3")


def add_charts(wb, result, lang: str):
    """The `Grafik` / `Charts` sheet, or None when the report has no table to draw from."""
    figures = getattr(result, "figures", None)
    if figures is None or not (figures.attainment or figures.absorption):
        return None
    ws = wb.create_sheet(t("sheet_charts", lang))
    row = 1
    if figures.attainment:
        row = _attainment(ws, figures, lang, row) + 2
    if figures.absorption:
        _absorption(ws, figures, lang, row)
    for col, width in zip("ABCDEFGHI", (48, 12, 12, 14, 16, 16, 16, 16, 16)):
        ws.column_dimensions[col].width = width
    return ws


def _axes(chart) -> None:
    """Axes shown: openpyxl leaves `delete` unset, which Excel since 2016 reads as hidden."""
    chart.x_axis.delete = False
    chart.y_axis.delete = False


def _heads(ws, row: int, heads: list[str]) -> None:
    for c, head in enumerate(heads, 1):
        cell = ws.cell(row, c, cell_text(head))
        cell.font, cell.fill = Font(bold=True), HEAD_FILL


def _attainment(ws, figures, lang: str, row: int) -> int:
    """The table and its chart from `row`; the last row written."""
    ws.cell(row, 1, cell_text(t("chart_attainment", lang))).font = Font(bold=True, size=13)
    ws.cell(row + 1, 1, cell_text(t("chart_from", lang, table=figures.attainment_table)))
    floors = [b for b in figures.bands if b.low is not None]
    heads = [t("chart_indicator", lang), t("chart_target", lang).capitalize(), t("chart_realisasi", lang),
             t("chart_capaian", lang), f"{t('chart_target', lang)} 100%"]
    heads += [t("chart_band", lang, label=b.label, min=show_number(b.low, None, lang)) for b in floors]
    head = row + 2
    _heads(ws, head, heads)
    for i, a in enumerate(figures.attainment, head + 1):
        values = [a.indicator, a.target, a.realisasi, round(a.capaian, 2), 100] + [b.low for b in floors]
        for c, value in enumerate(values, 1):
            cell = ws.cell(i, c, cell_text(value) if isinstance(value, str) else value)
            if c == 4:
                cell.number_format = "0.00"
    last = head + len(figures.attainment)
    bars = BarChart()
    bars.type, bars.grouping = "col", "clustered"
    bars.title = t("chart_attainment", lang)
    bars.y_axis.title = t("chart_capaian", lang)
    bars.add_data(Reference(ws, min_col=4, min_row=head, max_row=last), titles_from_data=True)
    categories = Reference(ws, min_col=1, min_row=head + 1, max_row=last)
    bars.set_categories(categories)
    lines = LineChart()
    lines.add_data(Reference(ws, min_col=5, max_col=5 + len(floors), min_row=head, max_row=last),
                   titles_from_data=True)
    lines.set_categories(categories)
    bars += lines  # one plot: the bands' floors and the target as lines over the columns
    bars.height, bars.width = 9, 22
    _axes(bars)
    ws.add_chart(bars, f"A{last + 2}")
    return last + 2 + 18  # the chart is about 18 rows tall


def _absorption(ws, figures, lang: str, row: int) -> int:
    ws.cell(row, 1, cell_text(t("chart_absorption", lang))).font = Font(bold=True, size=13)
    ws.cell(row + 1, 1, cell_text(t("chart_from", lang, table=figures.absorption_table)))
    head = row + 2
    _heads(ws, head, [t("chart_programme", lang), t("chart_pagu", lang), t("chart_realisasi", lang),
                      t("chart_absorbed", lang)])
    for i, a in enumerate(figures.absorption, head + 1):
        ws.cell(i, 1, cell_text(a.programme))
        for c, value in ((2, a.pagu), (3, a.realisasi)):
            ws.cell(i, c, value).number_format = "#,##0"
        if a.percent is not None:
            ws.cell(i, 4, round(a.percent, 2)).number_format = "0.00"
    last = head + len(figures.absorption)
    chart = BarChart()
    chart.type, chart.grouping = "col", "clustered"
    chart.title = t("chart_absorption", lang)
    chart.add_data(Reference(ws, min_col=2, max_col=3, min_row=head, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=head + 1, max_row=last))
    chart.y_axis.numFmt = "#,##0"
    chart.height, chart.width = 9, 22
    _axes(chart)
    ws.add_chart(chart, f"A{last + 2}")
    return last + 2 + 18
