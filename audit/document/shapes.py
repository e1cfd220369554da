"""Tables recognised by their shape when no header survives (a fragment of a page, a header lost
in the conversion). Each recogniser looks for the column pattern only its table kind has, and
returns the same `Match` the header classifier would. Recognisers register by shape name, and a
table kind's model names the one that knows it (`shape=` in `schemas.base.table`), as it names
its layout.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from audit.document.classify import Column, Layout, Match, is_number
from audit.document.model import DocTable

SHAPES: dict[str, Callable] = {}
_PERCENT_OR_DASH = re.compile(r"^(-|\d+(?:[.,]\d+)?\s*%)$")
_SCHEDULE = re.compile(r"^(v|V|-|√)$")
_LIST_NO = re.compile(r"^(\d{1,2}|[IVX]{1,4})\.$")


def shape(name: str):
    """Register a recogniser under the name table models give as their `shape`."""
    def register(fn):
        SHAPES[name] = fn
        return fn

    return register


def by_shape(table: DocTable, specs: dict) -> Match | None:
    """The first table kind whose declared shape `table` has."""
    for spec in specs.values():
        fn = SHAPES.get(spec.shape) if spec.shape else None
        mapping = fn(table) if fn is not None else None
        if mapping:
            layout = Layout([Column(c, []) for c in range(table.width)], list(range(len(table.rows))))
            return Match(spec, mapping, 0.0, layout)
    return None


def _column(table: DocTable, c: int) -> list[str]:
    return [r[c].text.strip() for r in table.rows if c < len(r) and r[c].text.strip()]


def _all(table: DocTable, c: int, pattern: re.Pattern, least: int = 2) -> bool:
    texts = _column(table, c)
    return len(texts) >= least and all(pattern.match(t) for t in texts)


@shape("rencana_aksi")
def _rencana_aksi(table: DocTable) -> dict[int, str] | None:
    """The action plan: four quarter percentages, the item, its indicator, target, action, budget,
    person in charge, then a twelve-month V/- schedule."""
    width = table.width
    for p in range(width - 10):
        if not all(_all(table, p + k, _PERCENT_OR_DASH) for k in range(4)):
            continue
        schedule = sum(_all(table, c, _SCHEDULE) for c in range(p + 4, width))
        if schedule < 8:
            return None
        c = p + 4
        mapping = {p: "tw1", p + 1: "tw2", p + 2: "tw3", p + 3: "tw4"}
        if _all(table, c, _LIST_NO, 1):
            mapping[c] = "no"
            c += 1
        mapping.update({c: "uraian", c + 1: "indikator", c + 2: "target"})
        money = next((k for k in range(c + 3, min(c + 6, width)) if _column(table, k)
                      and all(is_number(t) for t in _column(table, k))), None)
        if money is not None:
            mapping[money] = "anggaran"
        return mapping
    return None
