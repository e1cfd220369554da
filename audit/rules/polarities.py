"""Which rows of a table measure a negative indicator, and how the report says so.

In order of strength: the row's own Polaritas / Sifat cell; the same indicator's
polarity cell in another table of the report; the report's metadata (report.yaml,
a document's sidecar, or a phrase of its text, `audit.document.facts`); and, only
as a hint, the indicator's wording (`angka kematian`, `prevalensi`). A capaian
judged on a hint alone is a warning, not an error (`ratio`).
"""
from __future__ import annotations

import numpy as np

from audit.polarity import from_value, hinted
from audit.rules.names import best_match, normalize

COLUMN = "polaritas"  # the canonical column a table model may have
KEY = "indikator"


def _stacked_report(table, pos) -> np.ndarray:
    """Which report of a stack each row comes from (all 0 for one report)."""
    of = getattr(table, "report_of", None)
    return np.zeros(len(pos), dtype=np.intp) if of is None or not len(of) else np.asarray(of)[pos]


def _from_tables(report, skip) -> dict[tuple[int, str], str]:
    """(report number, indicator name) -> polarity, from every table with a polarity column."""
    out: dict[tuple[int, str], str] = {}
    for table in report.tables.values():
        if table is skip or COLUMN not in table.values.columns or KEY not in table.values.columns:
            continue
        cells, names = table.values[COLUMN].to_numpy(), table.values[KEY].to_numpy()
        reports = _stacked_report(table, np.arange(len(table)))
        for r, name, cell in zip(reports, names, cells):
            pol = from_value(cell) if isinstance(name, str) else None
            if pol:
                out.setdefault((int(r), normalize(name)), pol)
    return out


def _from_meta(meta, name) -> str | None:
    pol = meta.polarity
    if isinstance(name, str) and (pol.negative or pol.positive):
        key = normalize(name)
        for said, names in (("negative", pol.negative), ("positive", pol.positive)):
            known = [normalize(n) for n in names]
            if key in known or best_match(key, known):
                return said
    return "negative" if pol.default == "negative" else None


def resolve(report, table, pos: np.ndarray, key: str | None, column: str | None):
    """Per row: negative (bool array) and where its polarity came from (`column`, `table:NAME`,
    `stated`, `wording:WORDS`, or None when nothing says and positive is assumed)."""
    names = table.values[key].to_numpy()[pos] if key else np.full(len(pos), None, dtype=object)
    cells = (table.values[column].to_numpy()[pos] if column and column in table.values.columns
             else np.full(len(pos), None, dtype=object))
    reports = _stacked_report(table, pos)
    others = None
    seen: dict = {}
    negative = np.zeros(len(pos), dtype=bool)
    source = np.full(len(pos), None, dtype=object)
    for k, (name, cell, r) in enumerate(zip(names, cells, reports)):
        memo = (name if isinstance(name, str) else None, cell if isinstance(cell, str) else None, int(r))
        if memo not in seen:
            if others is None and key:
                others = _from_tables(report, table)
            seen[memo] = _decide(report.meta, memo, others or {})
        negative[k], source[k] = seen[memo]
    return negative, source


def _decide(meta, memo, others) -> tuple[bool, str | None]:
    name, cell, r = memo
    pol = from_value(cell)
    if pol:
        return pol == "negative", "column"
    if name is not None:
        key = normalize(name)
        hit = others.get((r, key))
        if hit is None:
            close = best_match(key, [n for (rr, n) in others if rr == r])
            hit = others.get((r, close)) if close else None
        if hit:
            return hit == "negative", "table"
    pol = _from_meta(meta, name)
    if pol:
        return pol == "negative", "stated"
    words = hinted(name)
    if words:
        return True, f"wording:{words}"
    return False, None
