"""`--format html`: the reviewer's report as one self-contained page to send or archive.

The same content as the terminal report (verdict by `fail_on`, counts, findings by
table with errors first, numbers in the report's own format), plus a bar chart of
findings per table, the report's own figures as pictures (`audit.render.charts`) and
severity filters. One file, nothing from the network: the style, the script, the
chart (CSS bars) and the pictures (SVG) are inline, and the page shows
everything when scripts are off. Every text from the report goes through
`html.escape` so an agency's cell cannot become markup. No timestamps: the same
result renders to the same bytes.

Every word is said in `lang` (the result's language unless given), from the one
catalogue `audit/i18n.py`.
"""
from __future__ import annotations

import html
import re
from typing import IO

from audit import __version__
from audit.i18n import t
from audit.message import format_number
from audit.model import say
from audit.render.charts import svgs
from audit.render.common import BASIS, NO_TABLE, fix_line, group_label, not_run, row_text, shown_values
from audit.render.html_assets import CSP, SCRIPT, STYLE

ORDER = ("error", "warning", "info")
SYMBOL = {"error": "✗", "warning": "!", "info": "i"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # not allowed as HTML text


def e(value) -> str:
    """Report text as HTML text: `<`, `>`, `&` and both quotes as entities, control characters dropped."""
    return html.escape(_CONTROL.sub("", "" if value is None else str(value)), quote=True)


def attr(name: str, value) -> str:
    """` name="value"` (escaped), or nothing when there is no value."""
    return f' {name}="{e(value)}"' if value else ""


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _groups(result) -> dict[str, list]:
    """Findings by table in report order; within a table errors first, then source order."""
    groups: dict[str, list] = {}
    for f in result.findings:
        groups.setdefault(f.table or NO_TABLE, []).append(f)
    return {k: sorted(v, key=lambda f: ORDER.index(f.severity.value)) for k, v in groups.items()}


def waived(f) -> dict | None:
    """The waiver a baseline put on the finding (justification, expiry), if any."""
    return getattr(f, "waived", None)


def _counts(items) -> dict[str, int]:
    """By severity, waived findings apart (as `AuditResult.counts`)."""
    out = {s: sum(1 for f in items if f.severity.value == s and not waived(f)) for s in ORDER}
    out["waived"] = sum(1 for f in items if waived(f))
    return out


def _header(result, fail_on: str, lang: str) -> list[str]:
    meta = result.meta
    title = t("title", lang) + (f" · {meta.agency} · {t('year', lang)} {meta.year}" if meta else "")
    failed = result.failed(fail_on)
    verdict = t("verdict_fail" if failed else "verdict_pass", lang)
    counts = _counts(result.findings)
    items = [f'<li class="count-{s}">{format_number(counts[s], 0, lang)} {e(t(s, lang))}</li>' for s in ORDER]
    if counts["waived"]:
        items.append(f'<li class="count-waived">{format_number(counts["waived"], 0, lang)} {e(t("waived", lang))}</li>')
    items.append(f"<li>{len(result.tables_read)} {e(t('tables_read', lang))}</li>")
    items.append(f"<li>{result.rules_run} {e(t('rules_run', lang))}</li>")
    facts = []
    if meta is not None:
        facts += [(t("agency", lang), meta.agency), (t("region", lang), meta.region),
                  (t("year", lang), meta.year)]
    facts.append((t("source", lang), result.source))
    dl = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in facts if v not in (None, ""))
    verdict_line = f'{e(t("result", lang))}: <strong>{e(verdict)}</strong>'
    return ['<header class="summary">', f"<h1>{e(title)}</h1>",
            f'<p class="verdict {"fail" if failed else "pass"}">{verdict_line}</p>',
            f'<ul class="counts">{"".join(items)}</ul>', f'<dl class="meta">{dl}</dl>', "</header>"]


def _filters(result, lang: str) -> list[str]:
    """Severity checkboxes, hidden until the script runs (without it they would do nothing)."""
    counts = {s: sum(1 for f in result.findings if f.severity.value == s) for s in ORDER}  # waived included
    boxes = "".join(f'<label><input type="checkbox" data-sev="{s}" checked> {e(t("sev_" + s, lang))} '
                    f"({format_number(counts[s], 0, lang)})</label>" for s in ORDER)
    return [f'<nav class="filters" hidden aria-label="{e(t("html_show", lang))}"><span>{e(t("html_show", lang))}</span>'
            f"{boxes}</nav>"]


def _chart(groups: dict[str, list], lang: str) -> list[str]:
    """Findings per table as stacked CSS bars, scaled to the table with the most findings."""
    out = ['<section class="chart">', f"<h2>{e(t('by_table', lang))}</h2>"]
    if not groups:
        return out + [f"<p>{e(t('no_findings', lang))}</p>", "</section>"]
    top = max(len(items) for items in groups.values())
    out.append("<table>")
    for i, (table, items) in enumerate(groups.items(), 1):
        n = _counts(items)
        bars = "".join(f'<span class="bar {"waived" if s == "waived" else "sev-" + s}" '
                       f'style="width:{100 * c / top:.2f}%" title="{c} {e(t(s, lang))}"></span>'
                       for s, c in n.items() if c)
        out.append(f'<tr><td class="name"><a href="#t{i}">{e(group_label(table, lang))}</a></td>'
                   f'<td><div class="track">{bars}</div></td><td class="total">{len(items)}</td></tr>')
    out.append("</table>")
    legend = "".join(f'<span><span class="key bar sev-{s}"></span>{e(t("sev_" + s, lang))}</span>' for s in ORDER)
    if any(waived(f) for items in groups.values() for f in items):
        legend += f'<span><span class="key bar waived"></span>{e(t("waived", lang))}</span>'
    return out + [f'<div class="legend">{legend}</div>', "</section>"]


def _pictures(result, lang: str) -> list[str]:
    """The report's own figures at a glance (`audit.render.charts`): inline SVG, nothing fetched."""
    pictures = svgs(result, lang)
    if not pictures:
        return []
    return ['<section class="pictures">'] + [f'<figure class="picture">{svg}</figure>' for svg in pictures] + \
        ["</section>"]


def _finding(f, rules: dict, lang: str) -> list[str]:
    sev, waiver = f.severity.value, waived(f)
    title = say((rules.get(f.rule_id) or {}).get("title"), lang)
    rule = f'<code class="rule"{attr("title", title)}>{e(f.rule_id)}</code>'
    badge = f'{SYMBOL[sev]} {e(t("sev_" + sev, lang))}'
    if waiver:
        badge = f'~ {e(t("sev_" + sev, lang))} · {e(t("waived", lang))}'
    head = (f'<p class="head"><span class="badge">{badge}</span>{rule}'
            f'<span class="msg">{e(f.text(lang))}</span></p>')
    values = shown_values(f, lang)
    page = t("page_at", lang)  # a PDF page: `hlm. 9`
    fields = [
        (t("heading_row", lang), e(row_text(f)), ""),
        (t("heading_column", lang), e(f.column), ""),
        (t("heading_cell", lang), f"<code>{e(f.location.short(page))}</code>" if f.location else "", ""),
        (t("written", lang), e(values["written"]), "num"),
        (t(BASIS.get(f.basis, "expected"), lang), e(values["expected"]), "num"),
        (t("difference", lang), e(values["difference"]), "num"),
        (t("html_hint", lang), e(say(f.hint, lang)), "hint"),
        (t("see_also", lang), ", ".join(f"<code>{e(r.short(page))}</code>" for r in f.related), ""),
        (t("heading_rule", lang), e(title), ""),
        (t("waived", lang), e(waiver.get("justification")) if waiver else "", ""),
    ]
    if f.suggestions:
        fields.append((t("suggest", lang), "→ " + e(fix_line(f.suggestions[0], lang)), "fix"))
    rows = "".join(f"<dt>{e(cap(k))}</dt><dd{attr('class', c)}>{v}</dd>" for k, v, c in fields if v)
    classes = f"finding sev-{sev}" + (" waived" if waiver else "")
    out = [f'<article class="{classes}" data-sev="{sev}">', head, f"<dl>{rows}</dl>"]
    if len(f.suggestions) > 1:
        more = "".join(f'<li class="fix">{e(fix_line(s, lang))}</li>' for s in f.suggestions[1:])
        out.append(f"<details><summary>{e(t('more_fixes', lang, n=len(f.suggestions) - 1))}</summary>"
                   f"<ul>{more}</ul></details>")
    return out + ["</article>"]


def _findings(result, groups: dict[str, list], rules: dict, lang: str) -> list[str]:
    out = [f"<main><h2>{e(t('findings', lang))}</h2>"]
    if not groups:
        out.append(f"<p>{e(t('no_findings', lang))}</p>")
    for i, (table, items) in enumerate(groups.items(), 1):
        heading = e(group_label(table, lang))
        if table in result.titles:
            heading += f" · {e(say(result.titles[table], lang))}"
        n = ", ".join(f"{format_number(c, 0, lang)} {e(t(s, lang))}" for s, c in _counts(items).items() if c)
        out.append(f'<section class="group" id="t{i}"><h2>{heading} <span class="n">({n})</span></h2>')
        for f in items:
            out += _finding(f, rules, lang)
        out.append("</section>")
    return out + ["</main>"]


def build(result, fail_on: str = "error", rules: dict | None = None, verbose: bool = False,
          lang: str | None = None) -> str:
    """The whole page as one string, in `lang` (else the result's language)."""
    lang, meta = lang or result.lang, result.meta
    rules = rules if rules is not None else result.rules
    groups = _groups(result)
    title = t("title", lang) + (f" · {meta.agency} · {meta.year}" if meta else "")
    parts = ["<!DOCTYPE html>", f'<html lang="{e(lang)}">', "<head>", '<meta charset="utf-8">',
             f'<meta http-equiv="Content-Security-Policy" content="{e(CSP)}">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             '<meta name="referrer" content="no-referrer">',
             f"<title>{e(title)}</title>", f"<style>{STYLE}</style>", "</head>", '<body data-ready="0">']
    parts += (_header(result, fail_on, lang) + _filters(result, lang) + _chart(groups, lang) + _pictures(result, lang)
              + _findings(result, groups, rules, lang))
    footer = e(t("html_made_by", lang, version=__version__))
    if verbose:
        footer += "".join("<br>" + e(line) for line in not_run(result, lang))
    parts += [f"<footer>{footer}</footer>", f"<script>{SCRIPT}</script>", "</body>", "</html>", ""]
    return "\n".join(parts)


def render(result, stream: IO[str], fail_on: str = "error", rules: dict | None = None, verbose: bool = False,
           lang: str | None = None, **_options) -> None:
    """Write the page in `lang` (else the result's language)."""
    stream.write(build(result, fail_on, rules, verbose, lang))
