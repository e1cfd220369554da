"""`--format xlsx`: the review working paper ("kertas kerja reviu") as an Excel workbook.

What a reviewer files and edits: a summary sheet (agency, year, source, verdict,
counts by severity and by table), a findings sheet with one row per finding and
every field, plus the five columns reviewers write findings in (kondisi,
kriteria, sebab, akibat, rekomendasi) drafted from the rule and the finding, a
charts sheet with the report's own figures under native Excel charts
(`workpaper_charts`), and,
when the input was a workbook (`source_path`), a copy of each submitted sheet with
the finding cells highlighted and commented.

The format is binary: `render` takes a binary stream (`io.BytesIO`, a file opened
"wb", `sys.stdout.buffer`) and raises `TypeError` for a text stream. Text cells go
through `spreadsheet_text`, so report text can never run as a formula; numbers
are written as numbers, in the number format of the report's decimals.
"""
from __future__ import annotations

import io
from typing import IO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from audit.i18n import t
from audit.model import say
from audit.numbers import as_written
from audit.render.common import BASIS, NO_TABLE, expected_decimals, group_label
from audit.render.workpaper_charts import add_charts
from audit.render.workpaper_source import FILL, cell_text, copy_sheets, is_workbook
from audit.render.workpaper_text import akibat, kondisi, kriteria, rekomendasi, sebab
from audit.xlsxfile import workbook_bytes

ORDER = ("error", "warning", "info")
# findings sheet: column key -> width
COLUMNS = {
    "no": 6, "rule_id": 11, "severity": 11, "table": 20, "row": 9, "row_label": 40, "column": 16, "file": 22,
    "sheet": 16, "cell": 8, "line": 8, "written": 16, "expected": 16, "basis": 14, "difference": 16,
    "message": 50, "hint": 40, "related": 28, "fix_cell": 24, "fix_value": 16, "fix_confidence": 12,
    "fix_reason": 40, "waived": 30, "kondisi": 60, "kriteria": 50, "sebab": 40, "akibat": 45, "rekomendasi": 50,
}
HEADER_FILL = PatternFill("solid", start_color="FFD9E2F3", end_color="FFD9E2F3")
TOP = Alignment(wrap_text=True, vertical="top")


def render(result, stream: IO[bytes], fail_on: str = "error", rules: dict | None = None, source_path=None,
           lang: str | None = None, **_options) -> None:
    """Write the workbook to the binary `stream`. `source_path`: the input, copied when it is a workbook."""
    if isinstance(stream, io.TextIOBase):
        raise TypeError("the xlsx format is binary: pass a binary stream (io.BytesIO, open(path, 'wb') or "
                        "sys.stdout.buffer), not a text stream")
    data = workbook_bytes(build(result, fail_on, rules, source_path, lang))
    try:
        stream.write(data)
    except TypeError as exc:
        raise TypeError(f"the xlsx format is binary: the stream does not take bytes ({exc})") from exc


def build(result, fail_on: str = "error", rules: dict | None = None, source_path=None,
          lang: str | None = None) -> Workbook:
    """The working paper in `lang` (else the result's language)."""
    lang = lang or result.lang
    rules = rules if rules is not None else result.rules
    wb = Workbook()
    summary = wb.active
    summary.title = t("paper_summary", lang)
    findings = wb.create_sheet(t("findings", lang))
    _findings_sheet(findings, result, rules, lang)
    note: tuple[str, str | None] | None = None  # what the summary says of the copied sheets
    if is_workbook(source_path):
        before = len(wb.worksheets)
        try:
            copies = copy_sheets(wb, source_path, result.findings, lang)
            note = (t("paper_copies", lang), ", ".join(copies))
        except Exception as exc:  # a copy is a convenience: never lose the working paper over it
            for ws in wb.worksheets[before:]:
                wb.remove(ws)
            note = (t("paper_copy_failed", lang, detail=f"{type(exc).__name__}: {exc}"), None)
    charts = add_charts(wb, result, lang)  # made after the copies, so a submitted sheet keeps its name
    if charts is not None:
        wb.move_sheet(charts, 2 - wb.index(charts))  # third, after the findings
    _summary_sheet(summary, result, fail_on, note, lang)
    return wb


def _put(ws, row: int, col: int, value, number_format: str | None = None):
    cell = ws.cell(row, col, cell_text(value))
    if number_format and isinstance(value, (int, float)):
        cell.number_format = number_format
    return cell


def _summary_sheet(ws, result, fail_on: str, note, lang: str) -> None:
    meta, counts = result.meta, result.counts()  # waived findings counted apart
    verdict = t("verdict_fail" if result.failed(fail_on) else "verdict_pass", lang)
    facts: list[tuple[str, object]] = [(t("paper_title", lang), None)]
    if meta is not None:
        facts += [(t("agency", lang), meta.agency), (t("region", lang), meta.region), (t("year", lang), meta.year)]
    facts += [(t("source", lang), result.source), (t("result", lang), verdict)]
    facts += [(t("sev_" + s, lang), counts[s]) for s in ORDER]
    if counts.get("waived"):
        facts.append((t("waived", lang), counts["waived"]))
    facts += [(t("paper_findings_total", lang), len(result.findings)),
              (t("paper_tables_read", lang), len(result.tables_read)), (t("paper_rules_run", lang), result.rules_run)]
    if note:
        facts.append(note)
    for r, (label, value) in enumerate(facts, 1):
        _put(ws, r, 1, label).font = Font(bold=True, size=14 if r == 1 else None)
        if value is not None:
            _put(ws, r, 2, value).alignment = Alignment(horizontal="left")
    r = len(facts) + 2
    keys = ORDER + ("waived",)
    heads = [t("paper_col_table", lang), t("paper_table_title", lang)]
    heads += [t(k if k == "waived" else "sev_" + k, lang) for k in keys] + [t("paper_total", lang)]
    _put(ws, r, 1, t("by_table", lang)).font = Font(bold=True)
    for c, head in enumerate(heads, 1):
        cell = _put(ws, r + 1, c, head)
        cell.font, cell.fill = Font(bold=True), HEADER_FILL
    by_table: dict[str, dict[str, int]] = {}
    for f in result.findings:
        key = "waived" if getattr(f, "waived", None) else f.severity.value
        by_table.setdefault(f.table or NO_TABLE, {k: 0 for k in keys})[key] += 1
    for i, (table, n) in enumerate(by_table.items(), r + 2):
        values = [group_label(table, lang), say(result.titles.get(table), lang)] + [n[k] for k in keys]
        values.append(sum(n.values()))
        for c, value in enumerate(values, 1):
            _put(ws, i, c, value)
    total_row = r + 2 + len(by_table)
    _put(ws, total_row, 1, t("paper_total", lang)).font = Font(bold=True)
    for c, k in enumerate(keys, 3):
        _put(ws, total_row, c, counts.get(k, 0)).font = Font(bold=True)
    _put(ws, total_row, 3 + len(keys), len(result.findings)).font = Font(bold=True)
    for col, width in zip("ABCDEFG", (34, 50, 12, 12, 12, 14, 12)):
        ws.column_dimensions[col].width = width


def _number_format(decimals: int | None, unit: str | None) -> str:
    if decimals is None:  # unknown: let the spreadsheet show what is there
        return '0.######"%"' if unit == "%" else "General"
    fmt = "#,##0" + ("." + "0" * decimals if decimals else "")
    return fmt + '"%"' if unit == "%" else fmt


def _waiver_text(f, lang: str) -> str | None:
    waiver = getattr(f, "waived", None)  # set when a baseline accepts the finding
    if not waiver:
        return None
    text = waiver.get("justification") or t("waived", lang)
    return t("paper_waived_until", lang, text=text, date=waiver["expires"]) if waiver.get("expires") else text


def _finding_row(i: int, f, rec: dict, result, rules: dict, lang: str) -> dict:
    loc = rec["location"]
    top = f.suggestions[0] if f.suggestions else None
    top_rec = rec["suggestions"][0] if rec["suggestions"] else None
    page = t("page_at", lang)  # a PDF page: `hlm. 9`
    return {
        "no": i, "rule_id": f.rule_id, "severity": t("sev_" + f.severity.value, lang), "table": f.table,
        "row": f.row, "row_label": f.row_label, "column": f.column, "file": loc["file"], "sheet": loc["sheet"],
        "cell": loc["cell"], "line": loc["line"], "written": rec["actual"], "expected": rec["expected"],
        "basis": t(BASIS.get(f.basis, "expected"), lang) if rec["expected"] is not None else None,
        "difference": rec["delta"], "message": rec["message"], "hint": rec["hint"],
        "related": ", ".join(r.short(page) for r in f.related) or None,
        "fix_cell": (top.cell.short(page) if top.cell else top.column) if top else None,
        "fix_value": top_rec["proposed"] if top_rec else None,
        "fix_confidence": t(top.confidence, lang) if top else None,
        "fix_reason": top_rec["reason"] if top_rec else None, "waived": _waiver_text(f, lang),
        "kondisi": kondisi(f, lang), "kriteria": kriteria(f, lang, rules), "sebab": sebab(f, lang),
        "akibat": akibat(f, lang, result.titles), "rekomendasi": rekomendasi(f, lang),
    }


def _findings_sheet(ws, result, rules: dict, lang: str) -> None:
    keys = list(COLUMNS)
    for c, key in enumerate(keys, 1):
        cell = _put(ws, 1, c, t("paper_col_" + key, lang))
        cell.font, cell.fill, cell.alignment = Font(bold=True), HEADER_FILL, TOP
        ws.column_dimensions[get_column_letter(c)].width = COLUMNS[key]
    records = result.to_records(lang)["findings"]
    for i, (f, rec) in enumerate(zip(result.findings, records), 1):
        row = _finding_row(i, f, rec, result, rules, lang)
        formats = {"written": _number_format(f.decimals, f.unit),
                   "expected": _number_format(expected_decimals(f), f.unit),
                   "difference": _number_format(max(expected_decimals(f) or 0, f.decimals or 0), f.unit)}
        top = f.suggestions[0] if f.suggestions else None
        if top is not None and isinstance(top.proposed, (int, float)) and not isinstance(top.proposed, bool):
            # the value at the precision of the cell it replaces
            shown = as_written(top.current_text, top.proposed)
            formats["fix_value"] = _number_format(shown.decimals, shown.unit)
        for c, key in enumerate(keys, 1):
            _put(ws, i + 1, c, row[key], formats.get(key)).alignment = TOP
        severity = ws.cell(i + 1, keys.index("severity") + 1)
        severity.fill = PatternFill("solid", start_color=FILL[f.severity.value], end_color=FILL[f.severity.value])
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(keys))}{len(records) + 1}"
