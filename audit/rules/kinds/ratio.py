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

from dataclasses import replace

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict

from audit.i18n import t
from audit.model import Severity
from audit.rules import polarities
from audit.rules.engine import candidate
from audit.rules.intervals import divide, meets
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


def _interval(n, hn, d, hd, scale, negative, complement, inverse=False):
    """(lo, hi, point) of the recomputed percentage; works on scalars and arrays alike.

    A negative indicator's ratio is `2 - realisasi / target`, or `target / realisasi` with `inverse`."""
    if inverse:
        lo, hi, point = divide(d, hd, n, hn)
        lo, hi, point = (np.where(negative, lo, np.nan), np.where(negative, hi, np.nan),
                         np.where(negative, point, np.nan))
    else:
        lo, hi, point = divide(n, hn, d, hd)
        lo, hi, point = (np.where(negative, 2 - hi, lo), np.where(negative, 2 - lo, hi),
                         np.where(negative, 2 - point, point))
    lo, hi, point = lo * scale, hi * scale, point * scale
    if complement:
        lo, hi, point = scale - hi, scale - lo, scale - point
    return lo, hi, point


@kind("ratio", RatioParams, summary={
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
        hint = _explain(ctx, p, report, table, i, (s[k], hs[k]), (n[k], hn[k]), (d[k], hd[k]),
                        (d_used[k], hd_used[k]), earlier.get(i), way, float(point[k]))
        if i not in inforce:
            cands.append(candidate(table, i, p.denominator, _solve_den(n[k], s[k], p, negative[k], inverse)))
        cands.append(candidate(table, i, p.numerator, _solve_num(d_used[k], s[k], p, negative[k], inverse)))
        f = ctx.finding(loaded, table, i, p.stated, float(s[k]), float(point[k]), hint=hint, basis="computed",
                        candidates=cands, related=(table.location(i, p.numerator), table.location(i, p.denominator)),
                        numerator=ctx.fmt(n[k]), denominator=ctx.fmt(d_used[k]), formula=_formula(ctx, way))
        # a polarity guessed from wording, or assumed (nothing said) while the other polarity's formula
        # reproduces the figure, makes the finding a question for the agency: a warning
        weak = (isinstance(source[k], str) and source[k].startswith("wording:")) or (
            source[k] is None and (p.polarity_key or p.polarity_column)
            and _other_convention(p, (s[k], hs[k]), (n[k], hn[k]), (d_used[k], hd_used[k]), False) is not None)
        findings.append(replace(f, severity=Severity.WARNING) if weak and f.severity == Severity.ERROR else f)
    return findings


def _judge(stated, num, den, p, negative, tolerance):
    """Which rows agree with their recomputation (a negative one by either convention), the value
    expected of each, and whether that value is `target / realisasi` (the convention the table
    mostly follows where its negative rows tell)."""
    (s, hs), (n, hn), (d, hd) = stated, num, den
    lo, hi, point = _interval(n, hn, d, hd, p.scale, negative, p.complement)
    by_twice = meets(s - hs, s + hs, lo, hi, tolerance)
    lo_i, hi_i, point_i = _interval(n, hn, d, hd, p.scale, negative, p.complement, inverse=True)
    by_inverse = negative & meets(s - hs, s + hs, lo_i, hi_i, tolerance)
    inverse = int(np.sum(by_inverse & ~by_twice)) > int(np.sum(negative & by_twice & ~by_inverse))
    return by_twice | by_inverse, (np.where(negative, point_i, point) if inverse else point), inverse


def _formula(ctx, way) -> str:
    """The formula the expected value was computed with, for the rule's message."""
    negative, inverse, _ = way
    return t("formula_inverse" if negative and inverse else "formula_twice" if negative else "formula_ratio", ctx.lang)


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


def _explain(ctx, p, report, table, i, stated, num, row_den, used_den, earlier, way, point):
    """The first other convention that reproduces the written value, as one line."""
    s, hs = stated
    n, hn = num
    negative = way[0]

    def reproduces(d, hd, neg=negative, comp=p.complement):
        if d != d or d <= 0:
            return False
        for inverse in ((False, True) if neg else (False,)):
            lo, hi, _ = _interval(n, hn, d, hd, p.scale, neg, comp, inverse)
            if bool(meets(s - hs, s + hs, lo, hi, 1e-9)):
                return True
        return False

    lang = ctx.lang
    if earlier and earlier[0] != used_den[0] and reproduces(*earlier):
        return t("hint_earlier_target", lang, value=ctx.fmt(earlier[0]), inforce=ctx.fmt(used_den[0]))
    if row_den[0] != used_den[0] and reproduces(*row_den):
        return t("hint_row_target", lang, value=ctx.fmt(row_den[0]), inforce=ctx.fmt(used_den[0]))
    if p.polarity_key or p.polarity_column:
        said = _polarity_hint(ctx, p, stated, num, used_den, way)
        if said:
            return said
    elif reproduces(*used_den, neg=not negative):
        return t("hint_inverse", lang)
    if p.scale == 100 and abs(s * 100 - point) <= max(0.5, hs * 100):
        return t("hint_fraction", lang, stated=ctx.fmt(s, 2), percent=ctx.fmt(s * 100))
    for factor in (10.0, 0.1):  # a digit dropped or added in the target
        fixed = used_den[0] * factor
        if reproduces(fixed, used_den[1] * factor):
            return t("hint_digit", lang, column=p.denominator, value=ctx.fmt(used_den[0]), fixed=ctx.fmt(fixed))
    if abs(s - n) <= max(hs, hn, 1e-9):
        return t("hint_copied", lang, column=p.numerator)
    if p.complement and reproduces(*used_den, comp=False):
        return t("hint_complement", lang)
    decimals = table.decimals.at[i, p.stated]
    decimals = 2 if decimals != decimals else int(decimals)
    want = f"{point:.{decimals}f}"
    have = f"{s:.{decimals}f}"
    if sorted(want) == sorted(have) and want != have:
        return t("hint_transposed", lang, expected=ctx.fmt(point, decimals))
    if negative:  # no convention reproduces it: what each would give
        return t("hint_negative_both", lang, twice=ctx.fmt(_value(num, used_den, p, False), 2),
                 inverse=ctx.fmt(_value(num, used_den, p, True), 2), source=_source(ctx, way[2]))
    if used_den[0] != row_den[0]:
        return t("hint_inforce", lang, value=ctx.fmt(used_den[0]))
    return None


def _value(num, den, p, inverse) -> float:
    """A negative indicator's capaian by one convention."""
    with np.errstate(all="ignore"):
        return float(_interval(num[0], 0.0, den[0], 0.0, p.scale, True, p.complement, inverse)[2])


def _other_convention(p, stated, num, den, negative) -> tuple[bool, bool] | None:
    """(negative, inverse) of the other polarity's formula when it reproduces the written value."""
    s, hs = stated
    n, hn = num
    for neg, inverse in ((True, False), (True, True)) if not negative else ((False, False),):
        with np.errstate(all="ignore"):
            lo, hi, _ = _interval(n, hn, den[0], den[1], p.scale, neg, p.complement, inverse)
        if bool(meets(s - hs, s + hs, lo, hi, 1e-9)):
            return neg, inverse
    return None


def _polarity_hint(ctx, p, stated, num, den, way) -> str | None:
    """When the written value follows the formula of the other polarity: which formula, and why the
    indicator is taken to be of this one."""
    negative, _, source = way
    other = _other_convention(p, stated, num, den, negative)
    if other is None:
        return None
    neg, inverse = other
    formula = t("formula_inverse" if inverse else "formula_twice" if neg else "formula_ratio", ctx.lang)
    if negative:
        return t("hint_follows_positive", ctx.lang, formula=formula, source=_source(ctx, source))
    if source is None:
        return t("hint_follows_negative_unstated", ctx.lang, formula=formula)
    return t("hint_follows_negative", ctx.lang, formula=formula, source=_source(ctx, source))


def _source(ctx, source: str | None) -> str:
    """Where the polarity came from, as words."""
    if source and source.startswith("wording:"):
        return t("polarity_from_wording", ctx.lang, words=source.split(":", 1)[1])
    return t(f"polarity_from_{source or 'default'}", ctx.lang)
