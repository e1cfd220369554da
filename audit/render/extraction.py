"""The extraction log of `audit extract`: every printed table, what it became, and why.

A reviewer checks the extracted tables against the document with this log: a
table read, a copy of another (not read twice), a table with figures that was
not recognised (not checked!), or a text-only table.
"""
from __future__ import annotations

import json

from audit.i18n import t
from audit.render.safety import markdown_text


def _where(e, lang: str) -> str:
    if getattr(e, "sheet", None):
        return f" ({e.sheet}!A{e.line})" if e.line else f" ({e.sheet})"
    if e.line is not None:
        return f":{e.line}"
    if e.page is not None:
        return " " + t("page_at", lang, page=e.page)
    return ""


def _status(e, lang: str) -> str:
    text = t(f"extract_{e.status}", lang)
    if e.status == "copy" and e.detail:
        text += f" ({e.detail})"
    if e.status == "unrecognised":
        if e.closest:
            text += "; " + t("extract_closest", lang, kind=e.closest, n=len(e.columns),
                             columns=", ".join(sorted(set(e.columns.values()))))
        else:
            text += "; " + t("extract_no_header", lang)
    if e.detail.startswith("continues "):
        text += "; " + t("extract_continues", lang, table=e.detail.split(" ", 1)[1])
    if e.detail == "realigned":
        text += "; " + t("extract_realigned", lang)
    return text


def _toml(log, lang: str, read: bool = True) -> list[str]:
    """`[columns]` lines for audit.toml: how each read table's headers were taken (`read`), and, commented,
    the lines that may let the nearest kind read a table that was not recognised. A header is listed
    once per kind (the first table's reading: TOML allows a key once)."""
    by_kind: dict[str, dict[str, str]] = {}
    for e in log:
        if read and e.status == "read" and e.kind:
            for header, column in e.columns.items():
                if column != "no":
                    by_kind.setdefault(e.kind, {}).setdefault(_quoted(header), f"{_quoted(header)} = {_quoted(column)}")
        if e.status == "unrecognised" and e.closest and e.suggest:
            for header, column in e.suggest:
                key = f"# Tabel #{e.table}: {_quoted(header)}"
                by_kind.setdefault(e.closest, {}).setdefault(key, f"{key} = {_quoted(column)}")
    out: list[str] = []
    for kind, lines in by_kind.items():
        out += [f"[columns.{kind}]", *lines.values(), ""]
    return out


def _quoted(text: str) -> str:
    """A TOML basic string (a header is the document's text: quotes and backslashes escaped)."""
    return '"' + "".join(c for c in text if c.isprintable()).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _mapping_section(log, lang: str) -> list[str]:
    lines = _toml(log, lang)
    if not lines:
        return []
    return ["", f"## {t('extract_mapping', lang)}", "", t("extract_mapping_why", lang), "", "```toml", *lines, "```"]


def render(log, doc_name: str, fmt: str, lang: str = "id", notes=()) -> str:
    notes = [n.render(lang) for n in notes]
    if fmt == "json":
        return json.dumps({"document": doc_name, "tables": [e.as_dict() for e in log], "notes": notes},
                          ensure_ascii=False, indent=2) + "\n"
    head = [t("extract_col_table", lang), t("extract_col_where", lang), t("extract_col_caption", lang),
            t("extract_col_status", lang), t("extract_col_kind", lang), t("extract_col_rows", lang),
            t("extract_col_ignored", lang)]
    rows = [[f"Tabel #{e.table}", f"{doc_name}{_where(e, lang)}", e.caption, _status(e, lang), e.kind or "",
             str(e.rows) if e.kind else "", "; ".join(e.ignored)] for e in log]
    if fmt == "markdown":
        def cell(x: str) -> str:
            return markdown_text(x, one_line=True)  # a caption is the document's text: data, never markup

        lines = [f"# {cell(t('extract_title', lang, name=doc_name))}", "", "| " + " | ".join(head) + " |",
                 "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(cell(c) for c in r) + " |" for r in rows]
        if notes:
            lines += ["", f"## {t('extract_notes', lang)}", ""] + [f"- {cell(n)}" for n in notes]
        lines += _mapping_section(log, lang)
        return "\n".join(lines) + "\n"
    counts: dict[str, int] = {}
    for e in log:
        counts[e.status] = counts.get(e.status, 0) + 1
    out = [t("extract_title", lang, name=doc_name)]
    for r in rows:
        out.append("  " + " · ".join(p for p in (r[0], r[1], r[3], r[4] and f"{r[4]} ({r[5]})") if p))
    out += [f"  ! {n}" for n in notes]
    out += ["  " + line for line in _toml(log, lang, read=False)]
    out.append(t("extract_summary", lang, read=counts.get("read", 0), copy=counts.get("copy", 0),
                 unrecognised=counts.get("unrecognised", 0), text=counts.get("no_figures", 0)))
    return "\n".join(out) + "\n"
