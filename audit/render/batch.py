"""The batch summary (`audit batch`): one row per report, in every format.

Like the per-report formatters, each format is `render(batch, stream, **options)`
chosen by name from `BATCH_FORMATS`; the machine formats are built from
`BatchResult.to_records()` only, and Rich stays in `audit.render.terminal`.
`write_report` writes one report's own outputs (any per-report format) into the
output folder; the batch workers call it.
"""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import IO

from audit.i18n import t
from audit.render.batch_words import count, headings, totals_line, verdict_word
from audit.render.markdown import escape
from audit.render.safety import spreadsheet_text
from audit.xlsxfile import workbook_bytes

#: the file suffix of each per-report format in the output folder
SUFFIX = {"rich": ".txt", "json": ".json", "sarif": ".sarif", "junit": ".xml", "github": ".github.txt",
          "markdown": ".md", "html": ".html", "xlsx": ".xlsx"}
FIELDS = ("source", "agency", "region", "year", "errors", "warnings", "info", "top_rule", "verdict", "problem")


def cells(row, lang: str, numbers: bool = False) -> list:
    """One row of the summary as display values (the problem replaces the counts of an unread report);
    `numbers`: the counts as numbers (a workbook's cells), else as the reader writes them."""
    if row.verdict == "input_error":
        return [row.source, row.problem or "", "", "", "", "", verdict_word(row.verdict, lang)]
    counts = [row.errors, row.warnings] if numbers else [count(row.errors, lang), count(row.warnings, lang)]
    return [row.source, row.agency or "", row.year if row.year is not None else "", *counts,
            row.top_rule or "", verdict_word(row.verdict, lang)]


def progress_line(row, done: int, total: int, lang: str) -> str:
    """`[3/40] kab/jatiroto: gagal (28 galat, 0 peringatan)`: the plain progress line of one report."""
    if row.verdict == "input_error":
        return t("batch_line_error", lang, done=done, total=total, source=row.source, problem=row.problem)
    return t("batch_line", lang, done=count(done, lang), total=count(total, lang), source=row.source,
             verdict=verdict_word(row.verdict, lang), errors=count(row.errors, lang),
             warnings=count(row.warnings, lang))


def _json(batch, stream: IO[str], **_options) -> None:
    json.dump(batch.to_records(), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def _csv(batch, stream: IO[str], **_options) -> None:
    """One line per report with the canonical field names; text that a spreadsheet would run is quoted."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(FIELDS)
    for r in batch.rows:
        rec = r.to_record()
        writer.writerow([spreadsheet_text(rec[k]) if rec[k] is not None else "" for k in FIELDS])


def _markdown(batch, stream: IO[str], **_options) -> None:
    lang = batch.lang
    heads = headings(lang)
    lines = [f"# {t('batch_title', lang, n=count(len(batch.rows), lang))}", "", totals_line(batch), "",
             "| " + " | ".join(heads) + " |", "|---" * len(heads) + "|"]
    for r in batch.rows:
        lines.append("| " + " | ".join(escape(c, True) for c in cells(r, lang)) + " |")
    stream.write("\n".join(lines) + "\n")


def _junit(batch, stream: IO[str], **_options) -> None:
    """One test case per report: a failing or unread report is a failure (CI test views)."""
    from audit.render.junit import _x

    lang = batch.lang
    suite = ET.Element("testsuite")
    failures = sum(1 for r in batch.rows if r.verdict != "pass")
    for key, value in (("name", "lkjip-audit batch"), ("tests", str(len(batch.rows))), ("failures", str(failures)),
                       ("errors", "0"), ("skipped", "0")):
        suite.set(key, value)
    for r in batch.rows:
        case = ET.SubElement(suite, "testcase")
        case.set("classname", _x(r.agency or "-"))
        case.set("name", _x(r.source))
        if r.verdict != "pass":
            failure = ET.SubElement(case, "failure")
            failure.set("type", r.verdict)
            failure.set("message", _x(progress_line(r, 0, 0, lang).split("] ", 1)[1]))
    ET.indent(suite)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n")


def _xlsx(batch, stream: IO[bytes], **_options) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    if isinstance(stream, io.TextIOBase):
        raise TypeError("the xlsx format is binary: pass a binary stream")
    lang = batch.lang
    wb = Workbook()
    ws = wb.active
    ws.title = t("batch_report", lang)
    ws.append([t("batch_title", lang, n=count(len(batch.rows), lang))])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([totals_line(batch)])
    ws.append([])
    ws.append(headings(lang) + [t("region", lang), "info"])
    for cell in ws[4]:
        cell.font = Font(bold=True)
    for r in batch.rows:
        ws.append([spreadsheet_text(c) for c in cells(r, lang, numbers=True)] + [spreadsheet_text(r.region or ""),
                                                                                 r.info])
    for letter, width in zip("ABCDEFGHI", (40, 30, 8, 8, 12, 14, 14, 24, 8)):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A5"
    stream.write(workbook_bytes(wb))


def _rich(batch, stream: IO[str], **options) -> None:
    from audit.render.terminal import render_batch

    render_batch(batch, stream, **options)


#: each writes to a text stream, but xlsx to a binary one
BATCH_FORMATS: dict[str, Callable[..., None]] = {"rich": _rich, "json": _json, "csv": _csv, "markdown": _markdown,
                                                 "junit": _junit, "xlsx": _xlsx}


def render_summary(name: str, batch, stream, **options) -> None:
    BATCH_FORMATS[name](batch, stream, **options)


def report_targets(output_dir: str, name: str, formats) -> list[Path]:
    """The files of one report's outputs in the output folder: `NAME.SUFFIX` per format."""
    return [Path(output_dir) / f"{name}{SUFFIX.get(f, '.' + f)}" for f in formats]


def write_report(result, job, config) -> list[str]:
    """One report's outputs in the output folder, `NAME.SUFFIX` per format; the paths written."""
    from audit.outputs import atomic_path
    from audit.render import BINARY_FORMATS, render

    written = []
    for name, target in zip(job.report_formats, report_targets(job.output_dir, job.name, job.report_formats)):
        options = dict(lang=config.lang, fail_on=config.fail_on, rules=result.rules, source_path=job.path,
                       color=False)
        with atomic_path(target, job.force) as work:
            binary = name in BINARY_FORMATS
            with open(work, "wb" if binary else "w", encoding=None if binary else "utf-8") as stream:
                render(name, result, stream, **options)
        written.append(str(target))
    return written
