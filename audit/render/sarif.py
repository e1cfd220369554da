"""`--format sarif`: SARIF 2.1.0, so code-scanning tools and editors show findings at their cell.

One run with a rule descriptor per rule id found and one result per finding. CSV
findings get a line/column region; workbook findings a logical location
(`sheet!cell`), because a workbook has no text lines. A fingerprint of rule,
table, row and column lets a tool follow the same finding across runs even when
line numbers move. Built from `to_records()` only, so it is the same every run.
"""
from __future__ import annotations

import hashlib
import json
from typing import IO

from audit import __version__
from audit.model import say
from audit.render.common import artifact_path, detail_text
from audit.render.places import Sources, document_cell, fix_text, is_document, sarif_fix

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def fingerprint(rec: dict) -> str:
    """sha256 of `rule_id|table|row|column` (missing parts empty): stable while the cell's meaning is."""
    key = "|".join(rec.get(k) or "" for k in ("rule_id", "table", "row", "column"))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _descriptor(rule_id: str, first: dict, meta: dict | None, lang: str) -> dict:
    meta = meta or {}
    out = {"id": rule_id, "shortDescription": {"text": say(meta.get("title"), lang) or first["message"]}}
    if meta.get("why"):
        out["fullDescription"] = {"text": say(meta["why"], lang)}
    out["defaultConfiguration"] = {"level": LEVEL[first["severity"]]}
    if meta.get("kind"):
        out["properties"] = {"kind": meta["kind"]}
    return out


def _location(rec: dict, sources: Sources, lang: str) -> dict | None:
    loc = rec["location"]
    uri = artifact_path(sources.source, loc)
    if uri is None:
        return None
    physical: dict = {"artifactLocation": {"uri": uri}}
    out: dict[str, object] = {"physicalLocation": physical}
    if loc.get("sheet"):  # a workbook's sheet, or a document's table: the cell has a name, maybe no line
        name = f"{loc['sheet']}!{loc['cell']}" if loc.get("cell") else loc["sheet"]
        out["logicalLocations"] = [{"name": name, "kind": "element"}]
    if loc.get("line") is not None and (not loc.get("sheet") or is_document(loc)):
        written = next((s["current_text"] for s in rec["suggestions"] if s.get("cell") == loc), None)
        span = sources.span(loc, written)
        physical["region"] = ({"startLine": span[0], "startColumn": span[1], "endLine": span[2], "endColumn": span[3]}
                              if span else {"startLine": loc["line"]})
    if loc.get("page") is not None:  # SARIF has no pages: the message says it, and so does this bag
        physical["properties"] = {"page": loc["page"]}
    return out


def _result(rec: dict, sources: Sources, lang: str, index: dict[str, int]) -> dict:
    text = detail_text(rec, lang)
    if is_document(rec["location"]) and document_cell(rec["location"], lang):
        text = f"{document_cell(rec['location'], lang)}: {text}"
    out = {
        "ruleId": rec["rule_id"],
        "ruleIndex": index[rec["rule_id"]],
        "level": LEVEL[rec["severity"]],
        "message": {"text": text},
    }
    location = _location(rec, sources, lang)
    if location:
        out["locations"] = [location]
    out["partialFingerprints"] = {"lkjip/v1": fingerprint(rec)}
    fix = sarif_fix(rec["suggestions"][0], sources, lang) if rec["suggestions"] else None
    if fix:
        out["fixes"] = [fix]
    props = {k: rec[k] for k in ("table", "row", "row_label", "column", "actual", "expected", "delta", "basis")
             if rec.get(k) is not None}
    if rec["suggestions"]:  # what a viewer without `fixes` (or a fix no text replacement can carry) shows
        props["suggestion"] = fix_text(rec["suggestions"][0], lang)
    if props:
        out["properties"] = props
    return out


def build(result, rules: dict | None = None, lang: str | None = None) -> dict:
    """The SARIF log as plain data, in `lang` (else the result's); `rules` maps a rule id to
    {"title", "why", "kind"} when known."""
    lang = lang or result.lang
    records = result.to_records(lang)["findings"]
    first: dict[str, dict] = {}
    for rec in records:
        first.setdefault(rec["rule_id"], rec)
    ids = sorted(first)
    driver = {
        "name": "lkjip-audit",
        "version": __version__,
        "rules": [_descriptor(rid, first[rid], (rules or {}).get(rid), lang) for rid in ids],
    }
    index = {rid: i for i, rid in enumerate(ids)}
    sources = Sources(result.source)
    run = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "results": [_result(rec, sources, lang, index) for rec in records],
    }
    if result.coverage is not None:  # what was checked, as the JSON summary says it: a gap is no finding
        run["properties"] = {"coverage": result.coverage.to_record()}
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(result, stream: IO[str], rules: dict | None = None, lang: str | None = None, **_options) -> None:
    json.dump(build(result, rules, lang), stream, indent=2, ensure_ascii=False)
    stream.write("\n")
