"""`ratio`: a percentage recomputes from its inputs.

`stated = scale * numerator / denominator` (or `scale - ...` with `complement`,
as for efisiensi = 100 - capaian anggaran). For indicators, the denominator is
the target in force (the amended PK target when `target_in_force` finds one) and
the polarity is the report's (`audit.rules.polarities`). A negative indicator's
capaian is right by either convention in use, `(2 × target − realisasi) / target`
or `target / realisasi`. When the stated value is wrong, the kind says which other
convention would reproduce it, if any; a polarity known only from the indicator's
wording makes the finding a warning.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict

from audit.rules import polarities
from audit.rules.candidates import candidate
from audit.rules.intervals import meets
from audit.rules.kinds.ratio_explain import explain, formula, other_convention, recomputed
from audit.rules.names import best_match, normalize
from audit.rules.registry import kind
from audit.rules.select import references, rows


class Lookup(BaseModel):
    """A value from another table, joined by name: `table.column` where its `key` matches our `by`."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    column: str
    key: str
    by: str  # our column holding the name to look up
    where: dict = {}


class RatioParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    where: dict = {}
    stated: str
    numerator: str
    denominator: str
    scale: float = 100.0
    complement: bool = False
    polarity_key: str | None = None  # column naming the indicator, looked up in metadata polarity
    polarity_column: str | None = None  # column stating the row's polarity (`Polaritas`, `Sifat`)
    target_in_force: Lookup | None = None
    earlier_target: Lookup | None = None

    def required_tables(self) -> set[str]:
        return {self.table}

    def row_local(self) -> str | None:
        """A capaian depends on its own row of `table` (and lookups into other tables)."""
        lookups = (self.target_in_force, self.earlier_target)
        return self.table if all(lk is None or lk.table != self.table for lk in lookups) else None

    def references(self):
        from audit.rules.select import Side

        refs = references(self.table, self.table, Side(where=self.where),
                          [self.stated, self.numerator, self.denominator]
                          + [c for c in (self.polarity_key, self.polarity_column) if c])
        for lk in (self.target_in_force, self.earlier_target):
            if lk is not None:
                refs += [(lk.table, lk.column), (lk.table, lk.key), (self.table, lk.by)]
                refs += [(lk.table, c) for c in lk.where]
        return refs


def _lookup(report, lk: Lookup | None, table, index) -> dict[int, tuple[float, float]]:
    """Row -> (value, half-width) found in the lookup table, by normalised name."""
    if lk is None or lk.table not in report.tables:
        return {}
    other = report.tables[lk.table]
    oi = rows(other, lk.where, report.meta).to_numpy()
    keys = other.values[lk.key].to_numpy()[oi]
    vals = other.values[lk.column].to_numpy()[oi]
    halves = np.nan_to_num(other.halfwidth[lk.column].to_numpy(dtype=float)[oi])
    names: dict = {}
    for key, v, h in zip(keys, vals, halves):
        if isinstance(key, str) and isinstance(v, float) and v == v:
            names.setdefault(normalize(key), (float(v), float(h)))
    out = {}
    ours = table.values[lk.by].to_numpy()
    for i in index:
        name = ours[i]
        if not isinstance(name, str):
            continue
        key = normalize(name)
        if key not in names:
            key = best_match(key, list(names)) or key
        if key in names:
            out[i] = names[key]
    return out


def _stacks(p: RatioParams, shared) -> bool:
    """On a stack of reports only when they share the polarities it reads; a lookup by name into another
    table would pair rows of two reports."""
    if p.polarity_key and not shared("polarity"):
        return False
    return not any(lk is not None and lk.table in shared.tables for lk in (p.target_in_force, p.earlier_target))


@kind("ratio", RatioParams, stacks=_stacks, follows_on_row=True, summary={
    "id": "Capaian atau persentase sama dengan hasil hitung ulang dari angka asalnya.",
    "en": "A capaian or percentage equals its recomputation from its inputs."})
def percentage_recomputes(ctx, loaded, p: RatioParams, report):
    """A capaian or percentage equals its recomputation from its inputs."""
    table = report.tables[p.table]
    index = rows(table, p.where, report.meta)
    if len(index) == 0:
        return []
    pos = index.to_numpy()

    def col(name, half=False):
        frame = table.halfwidth if half else table.values
        column = frame[name]
        if column.dtype.kind != "f":
            column = pd.to_numeric(column, errors="coerce")
        values = column.to_numpy(dtype=float)[pos]
        return np.nan_to_num(values) if half else values

    s, n, d = col(p.stated), col(p.numerator), col(p.denominator)
    hs, hn, hd = col(p.stated, True), col(p.numerator, True), col(p.denominator, True)
    inforce = _lookup(report, p.target_in_force, table, index)
    earlier = _lookup(report, p.earlier_target, table, index)
    d_used, hd_used = d.copy(), hd.copy()
    if inforce:  # the target in force replaces the row's own, where the lookup found one
        hit = np.flatnonzero(np.isin(pos, np.fromiter(inforce, np.intp, len(inforce))))
        if len(hit):
            d_used[hit], hd_used[hit] = np.array([inforce[int(i)] for i in pos[hit]], dtype=float).T
    negative, source = np.zeros(len(pos), dtype=bool), np.full(len(pos), None, dtype=object)
    if p.polarity_key or p.polarity_column:
        negative, source = polarities.resolve(report, table, pos, p.polarity_key, p.polarity_column)
    valid = ~np.isnan(s) & ~np.isnan(n) & ~np.isnan(d_used) & (np.nan_to_num(d_used) > 0)
    with np.errstate(all="ignore"):
        ok, point, inverse = _judge((s, hs), (n, hn), (d_used, hd_used), p, negative, loaded.rule.tolerance)
    valid &= np.isfinite(point)  # absurd magnitudes are the schema's business, not a ratio's
    findings = []
    for k in np.flatnonzero(valid & ~ok):
        i = int(pos[k])
        cands = [candidate(table, i, p.stated, float(point[k]))]
        if ctx.keys_only:  # re-checking a candidate fix: its identity, and the recomputed capaian that follows
            findings.append(ctx.finding(loaded, table, i, p.stated, float(s[k]), float(point[k]), candidates=cands))
            continue
        way = (bool(negative[k]), inverse, source[k])
        hint = explain(ctx, p, report, table, i, (s[k], hs[k]), (n[k], hn[k]), (d[k], hd[k]),
                        (d_used[k], hd_used[k]), earlier.get(i), way, float(point[k]))
        if i not in inforce:
            cands.append(candidate(table, i, p.denominator, _solve_den(n[k], s[k], p, negative[k], inverse)))
        cands.append(candidate(table, i, p.numerator, _solve_num(d_used[k], s[k], p, negative[k], inverse)))
        weak = _weak(p, source[k], (s[k], hs[k]), (n[k], hn[k]), (d_used[k], hd_used[k]))
        f = ctx.finding(loaded, table, i, p.stated, float(s[k]), float(point[k]), hint=hint, basis="computed",
                        candidates=cands, related=(table.location(i, p.numerator), table.location(i, p.denominator)),
                        numerator=ctx.fmt(n[k]), denominator=ctx.fmt(d_used[k]), formula=formula(ctx, way),
                        doubtful=weak)
        findings.append(f)
    return findings


def _weak(p, source, stated, num, den) -> bool:
    """A polarity guessed from wording, or assumed (nothing said) while the other polarity's formula
    reproduces the figure, makes the finding a question for the agency: a warning, not an error."""
    if isinstance(source, str) and source.startswith("wording:"):
        return True
    return (source is None and bool(p.polarity_key or p.polarity_column)
            and other_convention(p, stated, num, den, False) is not None)


def _judge(stated, num, den, p, negative, tolerance):
    """Which rows agree with their recomputation (a negative one by either convention), the value
    expected of each, and whether that value is `target / realisasi` (the convention the table
    mostly follows where its negative rows tell)."""
    (s, hs), (n, hn), (d, hd) = stated, num, den
    lo, hi, point = recomputed(n, hn, d, hd, p.scale, negative, p.complement)
    by_twice = meets(s - hs, s + hs, lo, hi, tolerance)
    lo_i, hi_i, point_i = recomputed(n, hn, d, hd, p.scale, negative, p.complement, inverse=True)
    by_inverse = negative & meets(s - hs, s + hs, lo_i, hi_i, tolerance)
    inverse = int(np.sum(by_inverse & ~by_twice)) > int(np.sum(negative & by_twice & ~by_inverse))
    return by_twice | by_inverse, (np.where(negative, point_i, point) if inverse else point), inverse


def _fraction(stated, p, negative, inverse=False):
    """The plain ratio realisasi / target that `stated` stands for."""
    r = (p.scale - stated) / p.scale if p.complement else stated / p.scale
    if negative and inverse:
        return 1 / r if r > 0 else float("nan")
    return 2 - r if negative else r


def _solve_den(n, stated, p, negative, inverse=False):
    r = _fraction(stated, p, negative, inverse)
    return n / r if r > 0 else None


def _solve_num(d, stated, p, negative, inverse=False):
    r = _fraction(stated, p, negative, inverse)
    return d * r if r == r else None
