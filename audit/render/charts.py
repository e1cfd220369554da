"""The reviewer's pictures as inline SVG: capaian per indicator against the predikat bands, and budget
absorption (realisasi against pagu) per programme.

Drawn from `AuditResult.figures` (`audit.figures` reads them from the report's
tables). Plain SVG 1.1 with presentation attributes only: no script, no style
sheet, no link, no font or image to fetch, so the page stays one file that works
offline under its Content-Security-Policy. Every text from the report goes
through `xml_text` (escaped, characters XML cannot hold dropped), a long label is
shortened on the picture and given whole in its `<title>` tooltip. The same
figures give the same bytes.
"""
from __future__ import annotations

import html
import math
import re

from audit.i18n import t
from audit.render.common import show_number

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
WIDTH, LABEL, VALUE = 760, 270, 130  # picture width; label column; value column
PLOT = WIDTH - LABEL - VALUE
ROW, TOP = 24, 34
#: band fill (light) and bar colour (dark), best band first; more bands than colours reuse the last
BAND_FILL = ("#dcefdc", "#eaf3d2", "#fbf0cf", "#f7dede", "#eeeeee")
BAR_FILL = ("#2e7d32", "#689f38", "#f9a825", "#c62828", "#616161")
#: a capaian past this is drawn to the edge with an arrow (1000% would squash every other bar)
AXIS_MAX = 150.0


def xml_text(value) -> str:
    """Report text as SVG text: `<`, `>`, `&` and both quotes as entities, characters XML 1.0 cannot hold dropped."""
    return html.escape(_NOT_XML.sub("", "" if value is None else str(value)), quote=True)


def _short(text: str, limit: int = 42) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _n(x: float) -> str:
    """A coordinate: at most one decimal, no `-0`."""
    s = f"{x:.1f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _svg(title: str, height: float, body: list[str]) -> str:
    t_ = xml_text(title)
    # no xmlns: inline in HTML the parser gives <svg> its namespace, and the page names no address at all
    return (f'<svg width="{WIDTH}" height="{_n(height)}" '
            f'viewBox="0 0 {WIDTH} {_n(height)}" role="img" aria-label="{t_}" font-family="sans-serif" '
            f'font-size="12"><title>{t_}</title>' + "".join(body) + "</svg>")


def _band_index(bands, value: float) -> int:
    for i, b in enumerate(bands):
        if b.low is None or value >= b.low:
            return i
    return len(bands) - 1


def attainment_svg(figures, lang: str) -> str | None:
    """Capaian per indicator as horizontal bars over the predikat bands, a line at the target (100%)."""
    items = figures.attainment
    if not items:
        return None
    top = max(110.0, min(AXIS_MAX, math.ceil(max(a.capaian for a in items) / 10) * 10))

    def x(v: float) -> float:
        return LABEL + PLOT * max(0.0, min(v, top)) / top

    height = TOP + ROW * len(items) + 40
    bottom = TOP + ROW * len(items)
    body = []
    for i, b in enumerate(figures.bands):  # the bands, as stripes behind the bars
        low, high = b.low if b.low is not None else 0.0, b.high if b.high is not None else top
        if high <= 0 or low >= top:
            continue
        fill = BAND_FILL[min(i, len(BAND_FILL) - 1)]
        label = t("chart_band", lang, label=b.label, min=show_number(b.low, None, lang)) if b.low is not None \
            else b.label
        body.append(f'<rect x="{_n(x(low))}" y="{TOP - 4}" width="{_n(x(high) - x(low))}" '
                    f'height="{_n(bottom - TOP + 8)}" fill="{fill}"><title>{xml_text(label)}</title></rect>')
        body.append(f'<text x="{_n(x(low) + 3)}" y="{TOP - 8}" font-size="10" fill="#444">'
                    f"{xml_text(_short(b.label, max(2, int((x(high) - x(low)) / 6))))}</text>")
    for i, a in enumerate(items):
        y = TOP + ROW * i
        colour = BAR_FILL[min(_band_index(figures.bands, a.capaian), len(BAR_FILL) - 1)]
        value = show_number(a.capaian, 2, lang, "%")
        tip = a.indicator + (f" · {t('chart_computed', lang)}" if a.computed else "")
        body.append(f'<g><title>{xml_text(tip)}: {xml_text(value)}</title>'
                    f'<text x="{LABEL - 6}" y="{y + 15}" text-anchor="end">{xml_text(_short(a.indicator))}</text>'
                    f'<rect x="{LABEL}" y="{y + 4}" width="{_n(x(a.capaian) - LABEL)}" height="{ROW - 8}" '
                    f'fill="{colour}"/>')
        over = "▸" if a.capaian > top else ""
        body.append(f'<text x="{_n(x(a.capaian) + 4)}" y="{y + 15}">{xml_text(value + over)}'
                    f'{"*" if a.computed else ""}</text></g>')
    target = x(100.0)
    body.append(f'<line x1="{_n(target)}" y1="{TOP - 4}" x2="{_n(target)}" y2="{bottom + 4}" stroke="#1a237e" '
                f'stroke-width="1.5" stroke-dasharray="4 3"/>')
    body.append(f'<text x="{_n(target)}" y="{bottom + 16}" text-anchor="middle" fill="#1a237e">'
                f"{xml_text(t('chart_target', lang))} 100%</text>")
    note = t("chart_from", lang, table=figures.attainment_table)
    if any(a.computed for a in items):
        note += f" · * {t('chart_computed', lang)}"
    body.append(f'<text x="0" y="{height - 6}" font-size="10" fill="#555">{xml_text(note)}</text>')
    body.insert(0, f'<text x="0" y="14" font-weight="bold">{xml_text(t("chart_attainment", lang))}</text>')
    return _svg(t("chart_attainment", lang), height, body)


def absorption_svg(figures, lang: str) -> str | None:
    """Per programme a track for its pagu, filled to its realisasi; the share and both amounts beside it."""
    items = figures.absorption
    if not items:
        return None
    row = ROW + 12
    height = TOP + row * len(items) + 20
    body = [f'<text x="0" y="14" font-weight="bold">{xml_text(t("chart_absorption", lang))}</text>']
    for i, a in enumerate(items):
        y = TOP + row * i
        share = a.percent
        filled = PLOT * max(0.0, min(share or 0.0, 100.0)) / 100
        pct = show_number(share, 2, lang, "%") if share is not None else "-"
        amounts = t("chart_of_pagu", lang, realisasi=show_number(a.realisasi, 0, lang),
                    pagu=show_number(a.pagu, 0, lang))
        body.append(f'<g><title>{xml_text(a.programme)}: {xml_text(amounts)} ({xml_text(pct)})</title>'
                    f'<text x="{LABEL - 6}" y="{y + 14}" text-anchor="end">{xml_text(_short(a.programme))}</text>'
                    f'<rect x="{LABEL}" y="{y + 3}" width="{PLOT}" height="{ROW - 8}" fill="#e3e8f0" '
                    f'stroke="#9aa7bd"/>'
                    f'<rect x="{LABEL}" y="{y + 3}" width="{_n(filled)}" height="{ROW - 8}" fill="#1565c0"/>'
                    f'<text x="{LABEL + PLOT + 6}" y="{y + 14}">{xml_text(pct)}</text>'
                    f'<text x="{LABEL}" y="{y + ROW + 6}" font-size="10" fill="#555">{xml_text(amounts)}</text></g>')
    body.append(f'<text x="0" y="{height - 4}" font-size="10" fill="#555">'
                f"{xml_text(t('chart_from', lang, table=figures.absorption_table))}</text>")
    return _svg(t("chart_absorption", lang), height, body)


def svgs(result, lang: str) -> list[str]:
    """The pictures the result has data for, in order."""
    figures = getattr(result, "figures", None)
    if figures is None:
        return []
    return [s for s in (attainment_svg(figures, lang), absorption_svg(figures, lang)) if s]
