"""`match`: the same quantity in two tables agrees.

Rows are joined on `key` columns; names are normalised (`audit.rules.names`) and,
failing an exact join, matched to the single closest name. A row without a
partner is not a finding here: tables legitimately cover different rows.
With no key, the first selected row of each side is compared (e.g. two totals).

A left column whose header leaves what it holds open (`CAPAIAN KINERJA` over years: realised values in one
agency's report, capaian in another's) may be read as another quantity than it prints: `read_as` names the right
column it may hold instead, and when most of its rows agree with that column and not with their own, it is
compared with it, and a note (info) says how it was read.
"""
from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, model_validator

from audit.model import Finding, Message, Severity
from audit.rules.candidates import candidate
from audit.rules.intervals import meets
from audit.rules.names import best_match
from audit.rules.rechecks import Written, entries, owned, sources
from audit.rules.registry import kind
from audit.rules.select import Side, _cached, array, key_column, key_values, note, references, side_rows


class MatchSide(Side):
    table: str
    columns: list[str]


class MatchParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    left: MatchSide
    right: MatchSide
    fuzzy: float = 0.88  # 1.0 turns fuzzy name matching off
    report: Literal["left", "right"] = "left"
    #: a left column -> the right column it may hold instead (`realisasi: capaian`), decided by its rows
    read_as: dict[str, str] = {}

    @model_validator(mode="after")
    def _same_shape(self):
        if len(self.left.columns) != len(self.right.columns):
            raise ValueError("left.columns and right.columns must have the same length")
        if len(self.left.key) != len(self.right.key):
            raise ValueError("left.key and right.key must have the same length")
        return self

    def references(self):
        """The columns compared. A `read_as` column is not among them: it is read only to tell what a left column
        holds, and checked by this rule only where a printed table holds it (the coverage must not count it checked
        everywhere; a candidate fix changing it is not re-checked by this rule)."""
        return (references(self.left.table, self.left.table, self.left, self.left.columns)
                + references(self.right.table, self.right.table, self.right, self.right.columns))


def _pairs(p: MatchParams, lt, li, rt, ri) -> tuple[np.ndarray, np.ndarray]:
    """(left rows, right rows): every left row with a partner, once per partner, in left-row order
    and, for one left row, in right-row order.

    Joined on whole key arrays; only a left key with no exact partner reaches Python, to
    look for the single closest name among the partners that agree on the rest of the key."""
    none = np.zeros(0, dtype=np.intp)
    if not p.left.key and getattr(lt, "report_of", None) is None:
        return (np.array([li[0]], dtype=np.intp), np.array([ri[0]], dtype=np.intp)) if len(li) and len(ri) \
            else (none, none)
    lk = key_values(lt, li, p.left.key).to_numpy()
    rk = key_values(rt, ri, p.right.key).to_numpy()
    if not p.left.key:  # a stack of reports: the first selected row of each side, per report
        lk, li = _firsts(lk, li)
        rk, ri = _firsts(rk, ri)
    lok, rok = _complete(lk), _complete(rk)
    lk, lpos = lk[lok], li.to_numpy()[lok]
    rk, rpos = rk[rok], ri.to_numpy()[rok]
    codes, uniques = pd.factorize(np.concatenate([lk, rk]) if len(lk) + len(rk) else lk)
    lc, rc = codes[:len(lk)], codes[len(lk):]
    order = np.argsort(rc, kind="stable")  # right rows grouped by key, in their own order
    start = np.searchsorted(rc[order], lc, "left")
    count = np.searchsorted(rc[order], lc, "right") - start
    shift = 1 if getattr(lt, "report_of", None) is not None else 0  # the report leads a stacked key
    text_pos = [n + shift for n, expr in enumerate(p.left.key) if lt.kinds.get(expr.split(":")[0]) == "text"]
    extra = {}
    if p.fuzzy < 1.0 and len(text_pos) == 1 and (count == 0).any():
        extra = _fuzzy(p, lk, rk, rc, order, text_pos[0], uniques, np.flatnonzero(count == 0))
    left = np.repeat(lpos, count)
    offsets = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count) + np.repeat(start, count)
    right = rpos[order][offsets]
    if extra:  # fuzzy partners: the right rows of another key
        left_parts, right_parts = [left], [right]
        for n, rows in extra.items():
            left_parts.append(np.full(len(rows), lpos[n], dtype=np.intp))
            right_parts.append(rpos[rows])
        left, right = np.concatenate(left_parts), np.concatenate(right_parts)
        rank = {int(x): n for n, x in enumerate(lpos)}  # back into left-row order, partners kept in order
        keep = np.argsort(np.array([rank[int(x)] for x in left]), kind="stable")
        left, right = left[keep], right[keep]
    return left.astype(np.intp), right.astype(np.intp)


def _paired(p: MatchParams, lt, rt, meta) -> tuple[np.ndarray, np.ndarray]:
    """`_pairs` of the rows the rule selects, once per pair of frames while selections are reused (the checks'
    pairs serve the fix suggestions' re-checks)."""
    li, ri = side_rows(lt, p.left, meta), side_rows(rt, p.right, meta)  # (recorded when a run is traced)
    return _cached(("pairs", id(p), id(lt.values), id(rt.values), id(li), id(ri)), (p, lt.values, rt.values, li, ri),
                   lambda: _pairs(p, lt, li, rt, ri))


def _firsts(keys: np.ndarray, index):
    """The first row of each key (each report of a stack), in order."""
    _, first = np.unique(pd.factorize(keys)[0], return_index=True)
    first.sort()
    return keys[first], index[first]


def _complete(keys: np.ndarray) -> np.ndarray:
    """Keys without a missing part (a row with no id or name joins nothing)."""
    return np.fromiter((None not in k for k in keys), bool, len(keys))


def _fuzzy(p, lk, rk, rc, order, pos, uniques, missing) -> dict:
    """Left key number -> right key numbers: for each left key without an exact partner, the partners
    of the single closest name among the right keys that agree on everything but the name."""
    by_rest: dict = {}
    for key in dict.fromkeys(rk.tolist()):
        by_rest.setdefault(key[:pos] + key[pos + 1:], []).append(key)
    code_of = {key: n for n, key in enumerate(uniques)}
    sorted_rc = rc[order]
    extra = {}
    for n in missing:
        key = lk[n]
        same_rest = by_rest.get(key[:pos] + key[pos + 1:], [])
        name = best_match(key[pos], [c[pos] for c in same_rest], p.fuzzy)
        if name is None:
            continue
        code = code_of[next(c for c in same_rest if c[pos] == name)]
        extra[n] = order[np.searchsorted(sorted_rc, code, "left"):np.searchsorted(sorted_rc, code, "right")]
    return extra


def recheck_pairs(ctx, loaded, p: MatchParams, report, copies) -> list[tuple[str, list[Finding], set] | None]:
    """Fix suggestions' re-check (`RuleKind.recheck`): a change of a compared value leaves every row with its
    partners (they are chosen by keys and `where` alone), so a copy's findings move only at the left rows
    paired with a changed row; those pairs of every copy are compared again at once with each copy's values.
    None for a copy changing a key or a selected column, and for every copy when findings are said at the
    right table's rows."""
    if p.report != "left":
        return [None] * len(copies)
    lt, rt = report.tables[p.left.table], report.tables[p.right.table]
    left, right = _paired(p, lt, rt, report.meta)
    shape = {lt.name: {key_column(k) for k in p.left.key} | set(p.left.where) | set(p.left.with_rows), rt.name: set()}
    shape[rt.name] |= {key_column(k) for k in p.right.key} | set(p.right.where) | set(p.right.with_rows)
    out: list[tuple[str, list[Finding], set] | None] = [None] * len(copies)
    parts: list[np.ndarray] = []
    kept: list[int] = []
    for k, changes in enumerate(copies):
        if any(c.column in shape.get(c.table, ()) for c in changes):
            continue
        moved = np.zeros(len(left), dtype=bool)
        for c in changes:
            if c.table == lt.name and c.column in p.left.columns:
                moved |= left == c.index
            if c.table == rt.name and c.column in p.right.columns:
                moved |= right == c.index
        mine = np.unique(left[moved])
        parts.append(np.flatnonzero(np.isin(left, mine)))
        kept.append(k)
        out[k] = (lt.name, [], sources(lt, mine.tolist()))
    at, owner = entries(parts)
    if not len(at):  # no change moves a pair: every kept copy's findings are the report's
        return out
    written = Written([copies[k] for k in kept])
    left_e, right_e = left[at], right[at]
    starts = np.flatnonzero(np.r_[True, (left_e[1:] != left_e[:-1]) | (owner[1:] != owner[:-1])])
    columns = _compared_columns(p, lt, rt, left, right, loaded.rule.tolerance)
    found = _disagreeing(ctx, loaded, p, columns, lt, left_e, rt, right_e, starts,
                         lambda c: written.gather(lt, c, _figures(lt, c), left_e, owner),
                         lambda c: written.gather(rt, c, _figures(rt, c), right_e, owner))
    return owned(found, owner, kept, out)


@kind("match", MatchParams, stacks=True, recheck=recheck_pairs, summary={
    "id": "Angka yang sama bernilai sama di mana pun ia ditulis ulang.",
    "en": "The same quantity agrees wherever it is repeated."})
def same_value_in_both_tables(ctx, loaded, p: MatchParams, report):
    """The same quantity agrees wherever it is repeated."""
    lt, rt = report.tables[p.left.table], report.tables[p.right.table]
    # one entry per (left row, partner), grouped by left row: compared in one go per column
    left, right = _paired(p, lt, rt, report.meta)
    note(lt, pd.Index(np.unique(left)))  # rows on both sides whose keys never pair compare nothing
    if not len(left):
        return []
    starts = np.flatnonzero(np.r_[True, left[1:] != left[:-1]])
    columns = _compared_columns(p, lt, rt, left, right, loaded.rule.tolerance)
    findings = [f for _, f in _disagreeing(ctx, loaded, p, columns, lt, left, rt, right, starts,
                                           lambda c: _figures(lt, c)[left], lambda c: _figures(rt, c)[right])]
    if not ctx.keys_only:
        findings += [_read_note(loaded, lt, rt, lc, alt, name, votes, left)
                     for lc, _, alt, held in columns for name, votes in held.items()]
    findings.sort(key=lambda f: (f.position, f.column or ""))
    return findings


def _compared_columns(p, lt, rt, left, right, tolerance) -> list[tuple[str, str, str | None, dict]]:
    """(left column, right column, the right column it may hold or None, {printed table: (rows agreeing with it,
    rows compared)} of the printed tables found to hold it) of each comparison. A canonical table gathers several
    printed ones, and one printed table may head its column ambiguously where another does not: each printed table
    of a `read_as` column is compared with the column it may hold where at least two of its rows agree with that
    column and more than twice as many as with their own."""
    out: list[tuple[str, str, str | None, dict]] = []
    for lc, rc in zip(p.left.columns, p.right.columns):
        alt = p.read_as.get(lc)
        if alt is None or alt not in rt.values.columns or not len(left):
            out.append((lc, rc, None, {}))
            continue
        lv, lh = _figures(lt, lc)[left], _halves(lt, lc)[left]
        own, _ = _agreeing((lv, lh), (_figures(rt, rc)[right], _halves(rt, rc)[right]), tolerance)
        other, usable = _agreeing((lv, lh), (_figures(rt, alt)[right], _halves(rt, alt)[right]), tolerance)
        printed = _printed(lt, left)
        held = {}
        for name in dict.fromkeys(printed.tolist()):
            at = printed == name
            if int(other[at].sum()) >= 2 and int(other[at].sum()) > 2 * int(own[at].sum()):
                held[name] = (int(other[at].sum()), int(usable[at].sum()))
        out.append((lc, rc, alt, held))
    return out


def _agreeing(left, right, tolerance) -> tuple[np.ndarray, np.ndarray]:
    """(entries whose two printed values meet, entries with both values) of two (values, half-widths) arrays."""
    (lv, lh), (rv, rh) = left, right
    usable = ~np.isnan(lv) & ~np.isnan(rv)
    with np.errstate(invalid="ignore"):
        return usable & meets(lv - lh, lv + lh, rv - rh, rv + rh, tolerance), usable


def _printed(table, rows: np.ndarray) -> np.ndarray:
    """The printed table (`Tabel #69`, a sheet) each of `rows` was read from."""
    sheets = getattr(table, "sheets", None)
    if not sheets:
        return np.full(len(rows), table.sheet or "", dtype=object)
    return np.asarray([sheets[r] if r < len(sheets) else table.sheet for r in rows], dtype=object)


def _read_note(loaded, lt, rt, lc, rc, name, votes, left) -> Finding:
    """The note that a printed table's left column was compared as the right column it holds (`read_as`)."""
    agree, of = votes
    first = int(left[_printed(lt, left) == name][0])
    return Finding(loaded.id, Severity.INFO, lt.name, None, lc, lt.location(first, lc), None, None, None,
                   Message("match_read_as", dict(table=name or lt.name, column=lc, other=rc, other_table=rt.name,
                                                 agree=agree, of=of)),
                   position=lt.source_rows[first] if first < len(lt.source_rows) else 0)


def _disagreeing(ctx, loaded, p, columns, lt, left, rt, right, starts, left_values, right_values):
    """(entry, finding) of each block of pairs (`left[n]`, `right[n]`; a block from each of `starts`: one left
    row's partners) with a partner with a number and none that agrees, for each (left column, right column) of
    `columns`, the figures from `left_values(column)` and `right_values(column)` (one per entry)."""
    ends = np.r_[starts[1:], len(left)]
    for lc, rc, alt, held in columns:
        lv, lh = left_values(lc), _halves(lt, lc)[left]
        rv, rh = right_values(rc), _halves(rt, rc)[right]
        swapped = np.isin(_printed(lt, left), list(held)) if held else np.zeros(len(left), dtype=bool)
        if swapped.any():  # printed tables holding the other quantity: compared with it
            rv, rh = np.where(swapped, right_values(alt), rv), np.where(swapped, _halves(rt, alt)[right], rh)
        agree, usable = _agreeing((lv, lh), (rv, rh), loaded.rule.tolerance)
        compared = np.add.reduceat(usable.astype(np.intp), starts) > 0
        agreed = np.add.reduceat(agree.astype(np.intp), starts) > 0
        for g in np.flatnonzero(compared & ~agreed):  # only the disagreements reach Python
            k = starts[g] + int(np.argmax(usable[starts[g]:ends[g]]))  # the first partner with a number
            yield k, _disagreement(ctx, loaded, p, lt, int(left[k]), lc, float(lv[k]), rt, int(right[k]),
                                   alt if swapped[k] else rc, float(rv[k]), held_as=alt if swapped[k] else None)


def _disagreement(ctx, loaded, p, lt, i, lc, lv, rt, j, rc, rv, held_as: str | None = None):
    if p.report == "left":
        table, row, col, actual, expected = lt, i, lc, lv, rv
        other_t, other_r, other_c = rt, j, rc
    else:
        table, row, col, actual, expected = rt, j, rc, rv, lv
        other_t, other_r, other_c = lt, i, lc
    if ctx.keys_only:  # re-checking a candidate fix: the finding's identity is enough
        return ctx.finding(loaded, table, row, col, actual, expected)
    other = other_t.location(other_r, other_c)
    hint = Message("hint_read_as", dict(column=lc, other=held_as)) if held_as else _copied_hint(ctx, p, lt, i, lc, rv)
    # the hint says the right table's value is a copied target: that cell is the suspect
    suspect_other, suspect_own = hint is not None and p.report == "left", hint is not None and p.report != "left"
    return ctx.finding(
        loaded, table, row, col, actual, expected, related=(other,), hint=hint, basis="other",
        candidates=(candidate(table, row, col, expected, suspect_own),
                    candidate(other_t, other_r, other_c, actual, suspect_other)),
        expected_decimals=_dec(other_t, other_r, other_c),
        other_table=other_t.name, other_column=other_c, other_cell=other.said(),
        other_value=ctx.fmt(expected, _dec(other_t, other_r, other_c)))


def _numbers(values: np.ndarray) -> np.ndarray:
    """A column as floats: NaN for what is not a number (text in a `value` column, booleans)."""
    if values.dtype.kind == "f":
        return values
    return np.fromiter((float(x) if _is_number(x) else np.nan for x in values), float, len(values))


def _figures(table, column) -> np.ndarray:
    """`_numbers` of a table's column, once per frame while candidate fixes are re-checked."""
    frame = table.values
    return _cached(("figures", id(frame), column), frame, lambda: _numbers(array(frame, column)))


def _halves(table, column) -> np.ndarray:
    frame = table.halfwidth
    return _cached(("halves", id(frame), column), frame,
                   lambda: np.nan_to_num(array(frame, column).astype(float, copy=False)))


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value


def _copied_hint(ctx, p, lt, i, lc, rv):
    """The other table's value equals another matched column of this row (a target copied as realisasi). Not
    between two head counts of a breakdown (PNS and PPPK, L and P): counts of different people, small numbers,
    that often agree by chance."""
    counts = lt.kinds.get(lc) == "count"
    for col in p.left.columns:
        if col != lc and not (counts and lt.kinds.get(col) == "count") and lt.values.at[i, col] == rv:
            return Message("hint_copied_column", dict(value=ctx.fmt(rv, _dec(lt, i, col)), column=col, wrong=lc))
    return None


def _h(value) -> float:
    return 0.0 if value != value else float(value)


def _dec(table, row, column):
    d = table.decimals.at[row, column]
    return None if d != d else int(d)
