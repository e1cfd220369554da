"""Choosing rows and building join keys, shared by the rule kinds."""
from __future__ import annotations

import re
from contextlib import contextmanager

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict

from audit.model import Table
from audit.rules.names import normalize

Where = dict[str, str | int | float | list]
NUMERIC = {"count", "money", "percent", "number", "year", "tick"}


class Side(BaseModel):
    """Rows of one table: `where` filters by column values, `key` names the join columns.

    A key may take the leading segments of a dotted id: `id:1` is the first
    segment (`5.13.1` -> `5`), `id:-1` drops the last one (the parent id).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str | None = None
    where: Where = {}
    key: list[str] = []
    #: only where the table (each report's, in a stack) has a row whose column names one of these
    #: (`{eselon: [non eselon, pelaksana]}`, words as `names.normalize` reads them): what the table covers
    #: shows in its rows (an eselon table of structural posts alone does not count all the staff)
    with_rows: dict[str, list[str]] = {}


# Re-checking candidate fixes runs the same rules dozens of times on tables that mostly did not
# change; inside `reuse_selections()` column arrays, row selections and join keys are computed
# once per frame. Frames are held while cached, so an id is never reused; outside, no caching.
_CACHE: dict | None = None
# A trial frame (a copy with a few cells changed) -> (itself, the frame it was copied from, the columns
# changed): a selection or key that reads none of those columns is the original's.
_ORIGIN: dict[int, tuple] = {}
# A stack of changed copies of one report (`audit.repair.variants`) -> (itself, the pool its rows were taken
# from, which pool row each of its rows is): a selection or key decided per cell is the pool's, taken.
_TAKEN: dict[int, tuple] = {}


@contextmanager
def reuse_selections():
    global _CACHE, _ORIGIN
    if _CACHE is not None:  # inside another: that one keeps and drops what is cached (each rule run of a
        yield               # fix ranking enters here, and copying what is known cost as much as a rule)
        return
    global _TAKEN
    _CACHE, outer_origin, outer_taken = {}, _ORIGIN, _TAKEN
    _ORIGIN, _TAKEN = dict(_ORIGIN), {}
    try:
        yield
    finally:
        _CACHE, _ORIGIN, _TAKEN = None, outer_origin, outer_taken


def taken(frame: pd.DataFrame, pool: pd.DataFrame, where: np.ndarray) -> None:
    """Say that `frame` is `pool.take(where)` (inside `reuse_selections()`): its column arrays, row selections
    and key parts are the pool's, computed once for every stack taken from it."""
    if _CACHE is not None:
        _TAKEN[id(frame)] = (frame, pool, where)


# While a rule runs under `Reads.record`, which rows of which tables it selects (and by which columns).
_TRACE: dict | None = None


class Reads:
    """Which rows of which tables each rule selected in a run: a changed cell outside them cannot change
    its findings. Fix suggestions re-run only the rules a candidate cell could matter to.

    Rule kinds read table rows through `rows()` (the contract of a kind); a rule that
    selected nothing from a table, or was not recorded, is always re-run."""

    def __init__(self):
        self.by_rule: dict[str, dict[str, tuple[frozenset, frozenset]]] = {}

    @contextmanager
    def record(self, rule_id: str):
        global _TRACE
        outer, _TRACE = _TRACE, {}
        try:
            yield
            self.by_rule[rule_id] = {table: (frozenset(columns), frozenset(int(i) for ix in parts for i in ix))
                                     for table, (columns, parts) in _TRACE.items()}
        finally:
            _TRACE = outer

    def update(self, later: Reads) -> None:
        """Take the rules of a later run as it found them (the others stay as they were)."""
        self.by_rule.update(later.by_rule)

    def relevant(self, rule_id: str, changes) -> bool:
        """Could changing these cells (`table`, `index`, `column`) change the rule's findings?"""
        seen = self.by_rule.get(rule_id)
        if seen is None:
            return True
        for c in changes:
            entry = seen.get(c.table)
            if entry is None or c.column in entry[0] or c.index in entry[1]:
                return True
        return False


# While the engine runs a rule (`noting()`): for each set of rows it selected, whether it found a row (per report
# of a stack) and whether it was a lookup (`lookup()`). A rule that selected no row to compare checked nothing:
# the coverage counts it apart from the rules run (`selected_nothing`).
_NOTED: list | None = None
_LOOKUP = False


@contextmanager
def noting():
    """Note the rows every selection inside takes (`rows`, `side_rows`, `note`); yields the notes."""
    global _NOTED
    outer, _NOTED = _NOTED, []
    try:
        yield _NOTED
    finally:
        _NOTED = outer


@contextmanager
def lookup():
    """Rows selected inside are looked up, not compared: a rule may do without them (a line's fallback wording,
    a target looked up in another table, the first staff table that prints a total)."""
    global _LOOKUP
    outer, _LOOKUP = _LOOKUP, True
    try:
        yield
    finally:
        _LOOKUP = outer


def note(table: Table, index: pd.Index) -> None:
    """Say that the running rule selected `index` of `table` to compare (kinds call it for rows they derive
    from a selection: a hierarchy's parents among its rows); nothing outside `noting()`."""
    if _NOTED is None:
        return
    report_of, parts = getattr(table, "report_of", None), getattr(table, "parts", None)
    found: bool | np.ndarray
    if report_of is not None and parts:  # a stack of reports: found in which of them
        found = np.bincount(report_of[index.to_numpy()], minlength=len(parts)) > 0
    else:
        found = len(index) > 0
    _NOTED.append((found, _LOOKUP))


def compared(found: bool) -> None:
    """Say whether the running rule found anything to compare that is no table row (a statement in the prose the
    tables could check): none is as a selection it compares finding no row. Nothing outside `noting()`."""
    if _NOTED is not None:
        _NOTED.append((found, False))


def selected_nothing(noted: list) -> bool | np.ndarray:
    """Did a rule, by its notes, select no row to compare: no row at all, or none in a selection it compares
    (the totals of a sum with its parts, one side of a match)? Per report of a stack (an array) or for the one
    report. A rule that noted nothing (a check of the document's structure) is not said to: False."""
    if not noted:
        return False
    anything = np.logical_or.reduce([found for found, _ in noted])
    compared = [np.logical_not(found) for found, looked_up in noted if not looked_up]
    return np.logical_not(anything) | (np.logical_or.reduce(compared) if compared else False)


def derived(frame: pd.DataFrame, origin: pd.DataFrame, columns) -> None:
    """Say that `frame` is `origin` with cells of `columns` changed (inside `reuse_selections()`)."""
    if _CACHE is None:
        return
    _, base, changed = _ORIGIN.get(id(origin), (origin, origin, frozenset()))
    _ORIGIN[id(frame)] = (frame, base, changed | frozenset(columns))


def _frame(frame: pd.DataFrame, columns) -> pd.DataFrame:
    """The frame whose cached results hold for `frame` as far as `columns` are concerned."""
    hit = _ORIGIN.get(id(frame)) if _ORIGIN else None
    return hit[1] if hit is not None and hit[2].isdisjoint(columns) else frame


def _cached(key: tuple, pin, compute):
    if _CACHE is None:
        return compute()
    hit = _CACHE.get(key)
    if hit is None:
        hit = _CACHE[key] = (pin, compute())
    return hit[1]


def array(frame: pd.DataFrame, column: str) -> np.ndarray:
    """`frame[column].to_numpy()`, once per frame inside `reuse_selections()`."""
    base = _frame(frame, (column,))
    return _cached(("array", id(base), column), base, lambda: _array(frame, column))


def _array(frame: pd.DataFrame, column: str) -> np.ndarray:
    hit = _TAKEN.get(id(frame))
    return frame[column].to_numpy() if hit is None else array(hit[1], column)[hit[2]]


def holds(frame: pd.DataFrame, column: str) -> bool:
    """Does any row of `frame` hold a value in `column` (a column not printed, or printed blank, holds none)?
    Once per frame inside `reuse_selections()`."""
    if column not in frame.columns:
        return False
    base = _frame(frame, (column,))
    return _cached(("holds", id(base), column), base, lambda: bool(_holding(array(frame, column)).any()))


def _holding(col: np.ndarray) -> np.ndarray:
    if col.dtype.kind == "f":
        return ~np.isnan(col)
    return np.array([v is not None and v == v and (not isinstance(v, str) or bool(v.strip())) for v in col],
                    dtype=bool)


def key_column(expr: str) -> str:
    return expr.split(":", 1)[0]


_YEAR = re.compile(r"^@year\s*(?:[+-]\s*\d{1,4})?$")
_SEGMENT = re.compile(r"^-?[1-9]\d{0,2}$")


def expression_errors(params, loc: tuple = ()):
    """(location, problem) of each `where` value and key expression a rule's raw `params` hold that would
    fail when the rule runs (`@yaer`, `@year+x`, `id:abc`): found when the pack is loaded, whatever
    `--select` later runs. Walks every kind's params, whatever their model."""
    if isinstance(params, dict):
        for name, value in params.items():
            here = loc + (name,)
            if name == "where" and isinstance(value, dict):
                for column, wanted in value.items():
                    for v in (wanted if isinstance(wanted, list) else [wanted]):
                        if isinstance(v, str) and v.strip().startswith("@") and not _YEAR.match(v.strip()):
                            yield here + (column,), f"'{v}' is not @year, @year-N or @year+N"
            elif name in ("key", "keys") and isinstance(value, (list, str)):
                for i, expr in enumerate([value] if isinstance(value, str) else value):
                    seg = str(expr).partition(":")[2]
                    if ":" in str(expr) and not _SEGMENT.match(seg.strip()):
                        yield here + (i,), (f"'{expr}': the part after ':' must be a whole number of id "
                                            "segments (1, 2, -1)")
            else:
                yield from expression_errors(value, here)
    elif isinstance(params, list):
        for i, item in enumerate(params):
            yield from expression_errors(item, loc + (i,))


def resolve(value, meta):
    """`@year` is the report's year; `@year-1` the year before (rules never name a year)."""
    if isinstance(value, str) and value.startswith("@year") and meta is not None:
        offset = value[5:].replace(" ", "")
        return meta.year + (int(offset) if offset else 0)
    return value


def rows(table: Table, where: Where, meta=None) -> pd.Index:
    """Index of rows whose columns equal the `where` values (a list means any of them)."""
    index = _select(table, where, meta)
    note(table, index)
    return index


def _select(table: Table, where: Where, meta=None) -> pd.Index:
    year = meta.year if meta is not None else None
    base = _frame(table.values, where)
    index = _cached(("rows", id(base), repr(where), year), base, lambda: _rows(table, where, meta))
    if _TRACE is not None:
        columns, parts = _TRACE.setdefault(table.name, (set(), []))
        columns.update(where)
        parts.append(index)
    return index


def _rows(table: Table, where: Where, meta=None) -> pd.Index:
    hit = _TAKEN.get(id(table.values))
    if hit is not None:  # a stack of copies: the rows selected in its pool, taken
        year = meta.year if meta is not None else None
        mask = _cached(("mask", id(hit[1]), repr(where), year), hit[1],
                       lambda: _mask(hit[1], table.kinds, where, meta))
        return table.values.index[:0] if mask is None else table.values.index[mask[hit[2]]]
    mask = _mask(table.values, table.kinds, where, meta)
    return table.values.index[:0] if mask is None else table.values.index[mask]


def side_rows(table: Table, side: Side, meta=None) -> pd.Index:
    """`rows(table, side.where)`, kept only where the table has the rows `side.with_rows` names."""
    index = _select(table, side.where, meta)
    if not side.with_rows or not len(index):
        note(table, index)
        return index
    base = _frame(table.values, side.with_rows)
    having = _cached(("having", id(base), repr(side.with_rows)), base, lambda: _having(table, side.with_rows))
    if _TRACE is not None:  # the rule read those columns of every row
        columns, parts = _TRACE.setdefault(table.name, (set(), []))
        columns.update(side.with_rows)
        parts.append(table.values.index)
    index = index[having[index.to_numpy()]]
    note(table, index)
    return index


def _having(table: Table, with_rows: dict[str, list[str]]) -> np.ndarray:
    """Per row: does its table (its report's, in a stack) have a row naming one of the `with_rows` words?"""
    frame = table.values
    hits = np.zeros(len(frame), dtype=bool)
    for column, words in with_rows.items():
        if column not in frame.columns:
            continue
        wanted = [f" {normalize(w)} " for w in words]
        codes, uniques = pd.factorize(array(frame, column))
        named = np.array([any(w in f" {normalize(x)} " for w in wanted) for x in uniques] + [False])
        hits |= named[codes]
    report_of = getattr(table, "report_of", None)
    if report_of is None:
        return np.full(len(frame), bool(hits.any()))
    return np.isin(report_of, np.unique(report_of[hits]))


def _mask(frame: pd.DataFrame, kinds: dict, where: Where, meta=None) -> np.ndarray | None:
    """Whether each row's columns equal the `where` values; None when a column is missing."""
    mask = np.ones(len(frame), dtype=bool)
    for column, wanted in where.items():
        if column not in frame.columns:
            return None
        values = [resolve(v, meta) for v in (wanted if isinstance(wanted, list) else [wanted])]
        col = array(frame, column)
        if kinds.get(column) in NUMERIC:
            mask &= np.isin(col.astype(float), [float(v) for v in values])
        else:  # decided once per distinct value (a level column holds a handful)
            allowed = {str(v).strip().lower() for v in values}
            codes, uniques = pd.factorize(col)
            keep = np.array([isinstance(x, str) and x.strip().lower() in allowed for x in uniques] + [False])
            mask &= keep[codes]  # code -1 (missing) takes the final False
    return mask


def key_values(table: Table, index: pd.Index, exprs: list[str], normalize_names: bool = True) -> pd.Series:
    """One hashable key per row: tuples of normalised names, id segments, numbers.

    In a stack of reports (`audit.rules.stack`) the report comes first in every key,
    so rows of two reports never join."""
    base = _frame(table.values, [key_column(e) for e in exprs])
    return _cached(("keys", id(base), id(index), tuple(exprs), normalize_names), (base, index),
                   lambda: _key_values(table, index, exprs, normalize_names))


def _key_values(table: Table, index: pd.Index, exprs: list[str], normalize_names: bool = True) -> pd.Series:
    positions = index.to_numpy()
    report_of = getattr(table, "report_of", None)
    stacked = [report_of[positions].tolist()] if report_of is not None else []
    if not exprs:
        keys = list(zip(*stacked)) if stacked else [()] * len(index)
        return pd.Series(keys, index=index, dtype=object)
    parts = stacked
    hit = _TAKEN.get(id(table.values))
    for expr in exprs:
        if hit is not None:  # a stack of copies: the pool's key parts, taken
            whole = _cached(("part", id(hit[1]), expr, normalize_names), hit[1],
                            lambda: _part(hit[1], table.kinds, expr, normalize_names))  # noqa: B023
            parts.append(whole[hit[2][positions]].tolist())
        else:
            parts.append(_part(table.values, table.kinds, expr, normalize_names, positions).tolist())
    return pd.Series(list(zip(*parts)), index=index, dtype=object)


def _part(frame: pd.DataFrame, kinds: dict, expr: str, normalize_names: bool, positions=None) -> np.ndarray:
    """One key expression's part of each row (of `positions`, default all): decided per cell."""
    column, _, seg = expr.partition(":")
    col = array(frame, column)
    col = col if positions is None else col[positions]
    kind = kinds.get(column, "text")
    if seg:
        n = int(seg)
        return _per_value(col, lambda x: ".".join(x.split(".")[:n]) or None if isinstance(x, str) else None)
    if kind in ("id", "level", "value") or column == "no" or not normalize_names:
        return _per_value(col, lambda x: x.strip().rstrip(".").lower() if isinstance(x, str) else None)
    if kind in NUMERIC:
        return _per_value(col, lambda x: None if x != x else float(x))
    return _per_value(col, lambda x: normalize(x) if isinstance(x, str) else None)


def _per_value(col: np.ndarray, fn) -> np.ndarray:
    """`fn` of each cell, computed once per distinct value (ids and names repeat across a stack of
    reports); a missing cell is None."""
    codes, uniques = pd.factorize(col)
    mapped = np.empty(len(uniques) + 1, dtype=object)
    mapped[:-1] = [fn(x) for x in uniques]
    mapped[-1] = None  # code -1: missing
    return mapped[codes]


def references(side_table: str | None, default: str, side: Side, columns) -> list[tuple[str, str | None]]:
    table = side_table or default
    refs: list[tuple[str, str | None]] = [(table, None)]
    refs += [(table, key_column(k)) for k in side.key]
    refs += [(table, c) for c in side.where]
    refs += [(table, c) for c in side.with_rows]
    refs += [(table, c) for c in columns]
    return refs
