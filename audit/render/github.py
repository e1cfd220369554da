"""`--format github`: GitHub Actions workflow commands, so findings appear as annotations on the files.

One `::error` / `::warning` / `::notice` line per finding, pointing at the same
path as SARIF, with the line and the cell's character column when the cell is in
a CSV or a markdown document. A workbook has no lines, so its `sheet!cell` opens
the message instead; a document's table and cell (and a PDF's page) do too. Text from the report is
escaped the way the runner expects, so a `%`, a newline or a `::` in a label
cannot end the command early or forge another one, and a terminal escape in a
cell cannot reach the log.
"""
from __future__ import annotations

from typing import IO

from audit.render.common import artifact_path, detail_text
from audit.render.places import Sources, document_cell, is_document
from audit.render.safety import terminal_text

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Percent-encoded as the runner expects; the other control characters (terminal escapes in a cell)
    dropped, as the runner's log would show or obey them."""
    return terminal_text(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def line(rec: dict, source: str, lang: str, sources: Sources | None = None) -> str:
    """The workflow command for one finding record (`sources` reads the files once for many lines)."""
    loc = rec["location"] or {}
    sources = sources or Sources(source)
    props = []
    path = artifact_path(source, loc)
    text = detail_text(rec, lang)
    if path:
        props.append(("file", path))
        if is_document(loc):  # the file is the document: its line if markdown, the table, cell and page in words
            if document_cell(loc, lang):
                text = f"{document_cell(loc, lang)}: {text}"
        elif loc.get("sheet"):
            text = f"{loc['sheet']}!{loc['cell']}: {text}" if loc.get("cell") else f"{loc['sheet']}: {text}"
        if loc.get("line") is not None and (not loc.get("sheet") or is_document(loc)):
            written = next((s["current_text"] for s in rec["suggestions"] if s.get("cell") == loc), None)
            span = sources.span(loc, written)
            props.append(("line", str(span[0] if span else loc["line"])))
            if span:
                props.append(("col", str(span[1])))
    props.append(("title", rec["rule_id"]))
    joined = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{COMMAND[rec['severity']]} {joined}::{escape_data(text)}"


def render(result, stream: IO[str], lang: str | None = None, **_options) -> None:
    lang = lang or result.lang
    sources = Sources(result.source)
    for rec in result.to_records(lang)["findings"]:
        stream.write(line(rec, result.source, lang, sources) + "\n")
