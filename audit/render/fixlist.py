"""The fix listing a reviewer sends back to the agency: one row per cell to change.

Formats: `text` (terminal), `json`, `csv`, `xlsx`, `markdown`. All are built from
`rows()`, the single boundary; spreadsheet text is neutralised.
"""
from __future__ import annotations

import csv
import io
import json

from audit.i18n import t
from audit.model import Number, say
from audit.numbers import as_written
from audit.render.common import current_value, fix_value
from audit.render.safety import markdown_text, spreadsheet_text
from audit.xlsxfile import workbook_bytes

_NUMBERS = "_numbers"  # (current, proposed) as numbers, for the workbook; no column of the text formats
COLUMNS = ("table", "row", "label", "column", "cell", "current", "proposed", "confidence", "reason", "resolves")
FORMATS = ("text", "json", "csv", "xlsx", "markdown")


def rows(fixes, ambiguous=(), lang: str = "id") -> list[dict]:
    out = []
    for fix, status in [(f, "fix") for f in fixes] + [(f, "ambiguous") for f in ambiguous]:
        out.append({
            "table": fix.table, "row": fix.row, "label": fix.row_label or "", "column": fix.column,
            "cell": fix.cell.short(t("page_at", lang)) if fix.cell else None,
            "current": current_value(fix.current, fix.current_text, lang),
            "proposed": fix_value(fix.proposed, fix.current_text, lang),
            "confidence": t(fix.confidence, lang) if status == "fix" else t("ambiguous_fix", lang),
            "reason": say(fix.reason, lang), "resolves": ", ".join(fix.resolves),
            _NUMBERS: (_number(fix.current, fix.current_text), _number(fix.proposed, fix.current_text)),
        })
    return out


def render(fmt: str, fixes, ambiguous=(), lang: str = "id", summary: dict | None = None) -> str | bytes:
    """The listing; `summary` (`RepairPlan.summary`) ends the text and markdown listings and is a field of
    the JSON one."""
    data = rows(fixes, ambiguous, lang)
    if fmt == "json":
        record: dict = {"fixes": [f.to_record(lang) for f in fixes],
                        "ambiguous": [f.to_record(lang) for f in ambiguous]}
        if summary is not None:
            record["summary"] = summary_record(summary, lang)
        return json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, COLUMNS, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows({k: spreadsheet_text(v) for k, v in r.items()} for r in data)
        return out.getvalue()
    if fmt == "xlsx":
        return _xlsx(data, lang)
    if fmt == "markdown":
        return _markdown(data, lang) + ("" if summary is None else "\n" + _summary_markdown(summary, lang))
    return _text(data, lang) + ("" if summary is None else "\n" + summary_text(summary, lang))


def _where(f, lang: str) -> str:
    return f.location.short(t("page_at", lang)) if f.location else f.table or ""


def _left_reason(reason: str, summary: dict, lang: str) -> str:
    return t(f"fix_left_{reason}", lang, confidence=t(summary["min_confidence"], lang))


def _place(location) -> dict | None:
    return location.as_dict() if location else None


def summary_record(summary: dict, lang: str = "id") -> dict:
    """Cells changed, findings resolved (each with the cell whose change clears it) and findings left (each
    with why: `none`, `ambiguous` or `below`)."""
    return {
        "cells_changed": summary["cells"], "findings_resolved": len(summary["resolved"]),
        "findings_left": len(summary["left"]), "min_confidence": summary["min_confidence"],
        "resolved": [{"rule_id": f.rule_id, "cell": _where(f, lang), "location": _place(f.location),
                      "by": _place(fix.cell)} for f, fix in summary["resolved"]],
        "left": [{"rule_id": f.rule_id, "cell": _where(f, lang), "location": _place(f.location), "reason": reason,
                  "why": _left_reason(reason, summary, lang)} for f, reason in summary["left"]],
    }


def _summary_head(summary: dict, lang: str) -> str:
    return t("fix_summary", lang, cells=summary["cells"], resolved=len(summary["resolved"]),
             left=len(summary["left"]))


def summary_text(summary: dict, lang: str = "id") -> str:
    """The summary that ends the text listing (and is said after `--apply`)."""
    lines = [_summary_head(summary, lang)]
    lines += [f"  - {_where(f, lang)} ({f.rule_id}): {_left_reason(reason, summary, lang)}"
              for f, reason in summary["left"]]
    return "\n".join(lines) + "\n"


def _summary_markdown(summary: dict, lang: str) -> str:
    lines = ["**" + markdown_text(_summary_head(summary, lang)) + "**", ""]
    lines += [f"- {markdown_text(_where(f, lang))} ({f.rule_id}): {markdown_text(_left_reason(reason, summary, lang))}"
              for f, reason in summary["left"]]
    return "\n".join(lines) + "\n"


def _number(value, written: str | None) -> Number | None:
    """A numeric cell value at the precision of the cell as written (for the workbook listing), or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        return None
    return as_written(written, float(value))


def _headers(lang: str) -> list[str]:
    return [t(f"fixcol_{c}", lang) for c in COLUMNS]


def _text(data, lang: str) -> str:
    if not data:
        return t("no_fixes", lang) + "\n"
    lines = []
    for r in data:
        current = r["current"] or "(" + t("empty", lang) + ")"
        lines.append(f"{r['cell']}: {current} → {r['proposed']}  [{r['confidence']}]")
        row = " ".join(str(p) for p in (r["row"], r["label"] if r["label"] != r["row"] else None) if p)
        lines.append(f"    {r['table']} · {row} · {r['column']} · {r['reason']}")
    return "\n".join(lines) + "\n"


def _markdown(data, lang: str) -> str:
    head = _headers(lang)
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(markdown_text("" if r[c] is None else r[c], True) for c in COLUMNS) + " |"
              for r in data]
    return "\n".join(lines) + "\n"


def _xlsx(data, lang: str) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = t("fix_sheet", lang)
    ws.append(_headers(lang))
    current, proposed = COLUMNS.index("current") + 1, COLUMNS.index("proposed") + 1
    for i, r in enumerate(data, 2):
        ws.append([spreadsheet_text(r[c]) for c in COLUMNS])
        for column, number in zip((current, proposed), r[_NUMBERS]):  # amounts as numbers, at their precision
            if number is not None:
                cell = ws.cell(i, column, number.value)
                cell.number_format = "#,##0" + ("." + "0" * number.decimals if number.decimals else "") + (
                    '"%"' if number.unit == "%" else "")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    for col, width in zip("ABCDEFGHIJ", (22, 10, 40, 18, 28, 18, 18, 12, 70, 24)):
        ws.column_dimensions[col].width = width
    return workbook_bytes(wb)
