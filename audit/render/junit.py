"""`--format junit`: JUnit XML, so any CI test-report view shows the audit as tests.

Each (rule, table) pair that produced findings is one failing test case whose
failure text lists every finding of the pair; a clean report is one passing test,
so CI shows green rather than "no tests". ElementTree escapes the text; control
characters that XML 1.0 cannot carry at all (a stray \\x0b from a spreadsheet) are
dropped first, or the file would not parse.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import IO

from audit.render.common import artifact_path, detail_text
from audit.render.places import pointer

SEVERITY = {"error": 3, "warning": 2, "info": 1}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text) -> str:
    return _NOT_XML.sub("", str(text))


def _groups(records: list[dict]) -> dict[tuple[str, str], list[dict]]:
    groups: dict[tuple[str, str], list[dict]] = {}
    for rec in records:
        groups.setdefault((rec["table"] or "-", rec["rule_id"]), []).append(rec)
    return dict(sorted(groups.items()))


def _failure_text(items: list[dict], lang: str) -> str:
    lines = []
    for rec in items:
        head, *rest = detail_text(rec, lang).split("\n")
        lines.append(f"{pointer(rec['location'], lang)}: {head}")
        lines.extend(f"    {line}" for line in rest)
    return "\n".join(lines)


def build(result, lang: str | None = None) -> ET.Element:
    lang = lang or result.lang
    groups = _groups(result.to_records(lang)["findings"])
    suite = ET.Element("testsuite")
    # attributes are set one by one so their order is fixed
    for key, value in (("name", "lkjip-audit"), ("tests", str(max(len(groups), 1))),
                       ("failures", str(len(groups))), ("errors", "0"), ("skipped", "0")):
        suite.set(key, value)
    if not groups:
        case = ET.SubElement(suite, "testcase")
        case.set("classname", "lkjip-audit")
        case.set("name", "lkjip-audit")
    for (table, rule_id), items in groups.items():
        case = ET.SubElement(suite, "testcase")
        case.set("classname", _x(table))
        case.set("name", _x(rule_id))
        files = {artifact_path(result.source, rec["location"]) for rec in items}
        if len(files) == 1 and None not in files:  # the file a CI test report links the case to
            case.set("file", _x(files.pop()))
        worst = max(items, key=lambda r: SEVERITY[r["severity"]])
        failure = ET.SubElement(case, "failure")
        message = items[0]["message"] + (f" (+{len(items) - 1})" if len(items) > 1 else "")
        failure.set("message", _x(message))
        failure.set("type", worst["severity"])
        failure.text = _x(_failure_text(items, lang))
    return suite


def render(result, stream: IO[str], lang: str | None = None, **_options) -> None:
    suite = build(result, lang)
    ET.indent(suite)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(suite, encoding="unicode"))
    stream.write("\n")
