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
from audit.render.common import artifact_path, column_number, detail_text

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def fingerprint(rec: dict) -> str:
    """sha256 of `rule_id|table|row|column` (missing parts empty): stable while the cell's meaning is."""
    key = "|".join(rec.get(k) or "" for k in ("rule_id", "table", "row", "column"))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _descriptor(rule_id: str, first: dict, meta: dict | None) -> dict:
    meta = meta or {}
    out = {"id": rule_id, "shortDescription": {"text": meta.get("title") or first["message"]}}
    if meta.get("why"):
        out["fullDescription"] = {"text": meta["why"]}
    out["defaultConfiguration"] = {"level": LEVEL[first["severity"]]}
    if meta.get("kind"):
        out["properties"] = {"kind": meta["kind"]}
    return out


def _location(rec: dict, source: str) -> dict | None:
    loc = rec["location"]
    uri = artifact_path(source, loc)
    if uri is None:
        return None
    physical: dict = {"artifactLocation": {"uri": uri}}
    out = {"physicalLocation": physical}
    if loc.get("sheet"):
        name = f"{loc['sheet']}!{loc['cell']}" if loc.get("cell") else loc["sheet"]
        out["logicalLocations"] = [{"name": name, "kind": "element"}]
    elif loc.get("line") is not None:
        region = {"startLine": loc["line"]}
        col = column_number(loc.get("cell"))
        if col is not None:
            region["startColumn"] = col
        physical["region"] = region
    return out


def _result(rec: dict, source: str, lang: str, index: dict[str, int]) -> dict:
    out = {
        "ruleId": rec["rule_id"],
        "ruleIndex": index[rec["rule_id"]],
        "level": LEVEL[rec["severity"]],
        "message": {"text": detail_text(rec, lang)},
    }
    location = _location(rec, source)
    if location:
        out["locations"] = [location]
    out["partialFingerprints"] = {"lkjip/v1": fingerprint(rec)}
    props = {k: rec[k] for k in ("table", "row", "row_label", "column", "actual", "expected", "delta", "basis")
             if rec.get(k) is not None}
    if props:
        out["properties"] = props
    return out


def build(result, rules: dict | None = None) -> dict:
    """The SARIF log as plain data; `rules` maps a rule id to {"title", "why", "kind"} when known."""
    records = result.to_records()["findings"]
    first: dict[str, dict] = {}
    for rec in records:
        first.setdefault(rec["rule_id"], rec)
    ids = sorted(first)
    driver = {
        "name": "lkjip-audit",
        "version": __version__,
        "rules": [_descriptor(rid, first[rid], (rules or {}).get(rid)) for rid in ids],
    }
    index = {rid: i for i, rid in enumerate(ids)}
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": driver},
            "results": [_result(rec, result.source, result.lang, index) for rec in records],
        }],
    }


def render(result, stream: IO[str], rules: dict | None = None, **_options) -> None:
    json.dump(build(result, rules), stream, indent=2, ensure_ascii=False)
    stream.write("\n")
