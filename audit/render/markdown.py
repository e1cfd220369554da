"""`--format markdown`: the reviewer's report as Markdown, for a pull request, an issue or a wiki.

The same content as the terminal report (verdict by `fail_on`, counts, what was checked, then one
table of findings per report table, numbers in the report's own format) without
Rich. Every text that comes from the report is escaped so it stays text: a `|`
cannot split a cell, `<script>` or `[x](url)` cannot become HTML or a link, and a
newline cannot end the row.
"""
from __future__ import annotations

from typing import IO

from audit.i18n import t
from audit.message import format_number
from audit.model import say
from audit.render.common import BASIS, coverage_text, fix_line, where
from audit.render.safety import markdown_text

SYMBOL = {"error": "✗", "warning": "!", "info": "i"}
ORDER = {"error": 0, "warning": 1, "info": 2}
HEADINGS = ("heading_rule", "heading_row", "heading_column", "heading_cell", "written", "expected",
            "difference", "heading_message", "suggest")


escape = markdown_text  # report text as literal Markdown (audit.neutralise)


def _row(rec: dict, f, lang: str) -> str:
    row = " · ".join(p for p in (rec["row"], rec["row_label"] if rec["row_label"] != rec["row"] else None) if p)
    shown = rec["shown"]
    expected = shown["expected"] or ""
    if expected and rec["basis"] != "expected":
        expected += f" ({t(BASIS.get(rec['basis'], 'expected'), lang)})"
    diff = shown["difference"] or ""
    message = escape(rec["message"]) + (f"<br><i>{escape(rec['hint'])}</i>" if rec["hint"] else "")
    written = shown["written"] or ""
    cells = [SYMBOL[rec["severity"]], escape(rec["rule_id"]), escape(row), escape(rec["column"] or ""),
             escape(where(rec["location"], lang)), escape(written), escape(expected), escape(diff), message,
             _suggestions(f, lang)]
    return "| " + " | ".join(cells) + " |"


def _suggestions(f, lang: str) -> str:
    """The top fix suggestion; the others folded under it (`<details>` opens in a PR comment or a job summary)."""
    if not f.suggestions:
        return ""
    top = "→ " + escape(fix_line(f.suggestions[0], lang))
    if len(f.suggestions) == 1:
        return top
    others = "<br>".join(escape(fix_line(s, lang)) for s in f.suggestions[1:])
    return f"{top}<details><summary>{t('more_fixes', lang, n=len(f.suggestions) - 1)}</summary>{others}</details>"


def build(result, fail_on: str = "error", lang: str | None = None) -> str:
    lang, meta = lang or result.lang, result.meta
    records = result.to_records(lang)
    title = t("title", lang)
    if meta is not None:
        title += f" · {escape(meta.agency, True)} · {t('year', lang)} {meta.year}"
    verdict = t("verdict_fail" if result.failed(fail_on) else "verdict_pass", lang)
    counts = " · ".join(f"{format_number(records['summary'][k], 0, lang)} {t(k, lang)}" for k in ORDER)
    lines = [f"# {title}", "",
             f"**{t('result', lang)}: {verdict}** · {counts} · {len(result.tables_read)} {t('tables_read', lang)}",
             ""]
    covered = coverage_text(result, lang)
    if covered:
        lines += [escape(covered), ""]  # what was checked, as the terminal report says it under the verdict
    lines += [f"{t('source', lang)}: {escape(result.source, True)}", ""]
    if not result.findings:
        lines += [t("no_findings", lang), ""]
    groups: dict[str, list] = {}
    for rec, f in zip(records["findings"], result.findings):
        groups.setdefault(rec["table"] or "-", []).append((rec, f))
    for table, items in groups.items():
        items.sort(key=lambda pair: ORDER[pair[0]["severity"]])  # stable: source order within a severity
        heading = escape(table, True)
        if table in result.titles:
            heading += f" · {escape(say(result.titles[table], lang), True)}"
        n = {k: sum(1 for rec, _ in items if rec["severity"] == k) for k in ORDER}
        heading += " (" + ", ".join(f"{format_number(c, 0, lang)} {t(k, lang)}" for k, c in n.items() if c) + ")"
        lines += [f"## {heading}", "", "| | " + " | ".join(t(h, lang) for h in HEADINGS) + " |",
                  "|---" * (len(HEADINGS) + 1) + "|"]
        lines += [_row(rec, f, lang) for rec, f in items]
        lines.append("")
    return "\n".join(lines)


def render(result, stream: IO[str], fail_on: str = "error", lang: str | None = None, **_options) -> None:
    stream.write(build(result, fail_on, lang))
