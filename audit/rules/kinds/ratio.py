"""`ratio`: a percentage recomputes from its inputs.

`stated = scale * numerator / denominator` (or `scale - ...` with `complement`,
as for efisiensi = 100 - capaian anggaran). For indicators, the denominator is
the target in force (the amended PK target when `target_in_force` finds one) and
the polarity is the report's (`audit.rules.polarities`). A negative indicator's
capaian is right by either convention in use, `(2 × target − realisasi) / target`
or `target / realisasi`. When the stated value is wrong, the kind says which other
convention would reproduce it, if any; a polarity known only from the indicator's
wording makes the finding a warning. The scale (a percentage, or a fraction the whole column
prints) is voted per table as the convention is, and a rate naming its base is recomputed at
it (`ratio_scale`). A capaian printed at 100% (or a round cap above it, 120%) where realisation passes the
target is, in a table printing none above that cap (`capped`), the table's cap: a warning naming it, not a typo.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict

from audit.model import Finding, Message
from audit.numbers import DASHES
from audit.rules import polarities
from audit.rules.candidates import candidate
from audit.rules.intervals import meets
from audit.rules.kinds import ratio_scale
from audit.rules.kinds.ratio_explain import explain, formula, other_convention, recomputed
from audit.rules.names import best_match, normalize
from audit.rules.rechecks import Written, entries, owned, sources
from audit.rules.registry import kind
from audit.rules.select import _cached, lookup, note, references, rows


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
    #: a column whose printed cell (a figure or a word) leaves its row to another rule: the capaian of a row printing
    #: the year's target is against that target, not the Renstra's
    unless: str | None = None
    #: a capaian some agencies print capped at 100% (some regions at 110% or 120%) where realisation passes the
    #: target (`20 | 21 | 100%`): in a table printing no capaian above the cap, such a row is a warning that names
    #: the convention (`_capped`)
    capped: bool = False

    def required_tables(self) -> set[str]:
        return {self.table}

    def row_local(self) -> str | None:
        """A capaian depends on its own row of `table` (and lookups into other tables)."""
        lookups = (self.target_in_force, self.earlier_target)
        return self.table if all(lk is None or lk.table != self.table for lk in lookups) else None

    def needed_columns(self) -> list[list[tuple[str, str]]]:
        """The stated value, its numerator and its denominator (or the target in force looked up)."""
        lookup = [(lk.table, lk.column) for lk in (self.target_in_force,) if lk is not None]
        return [[(self.table, self.stated)], [(self.table, self.numerator)],
                [(self.table, self.denominator)] + lookup]

    def references(self):
        from audit.rules.select import Side

        refs = references(self.table, self.table, Side(where=self.where),
                          [self.stated, self.numerator, self.denominator]
                          + [c for c in (self.polarity_key, self.polarity_column, self.unless) if c])
        for lk in (self.target_in_force, self.earlier_target):
            if lk is not None:
                refs += [(lk.table, lk.column), (lk.table, lk.key), (self.table, lk.by)]
                refs += [(lk.table, c) for c in lk.where]
        return refs


def _rows(table, p: RatioParams, meta) -> pd.Index:
    """The rows the rule selects, without those printing its `unless` column (once per frame while selections are
    reused); said to the coverage, so that a table whose every row is another rule's leaves it without rows."""
    index = rows(table, p.where, meta)
    if not p.unless or p.unless not in table.raw.columns:
        return index
    raw = table.array(p.unless, "raw")  # kept per table (one array object), so the cache key holds
    kept = _cached(("ratio-unless", id(index), id(raw)), (index, raw),
                   lambda: index[[not (isinstance(x, str) and x.strip()) for x in raw[index.to_numpy()]]])
    note(table, kept)
    return kept


def _lookup(report, lk: Lookup | None, table, index) -> dict[int, tuple[float, float]]:
    """Row -> (value, half-width) found in the lookup table, by normalised name."""
    if lk is None or lk.table not in report.tables:
        return {}
    other = report.tables[lk.table]
    with lookup():  # a row without its target in force is checked against its own
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


class _Inputs:
    """A ratio rule's figures on the rows it selects (positions `pos`): stated, numerator, denominator and their
    half-widths, the denominator in force (an amended target looked up replaces the row's own where found:
    `forced`), each row's polarity and where it came from."""

    def __init__(self, report, p: RatioParams, table, index):
        self.p = p
        self.pos = pos = index.to_numpy()
        self.s, self.n, self.d = (_column(table.values, c, pos) for c in (p.stated, p.numerator, p.denominator))
        if p.stated in table.raw.columns:  # a dash where the ratio is stated: not computed (units that do not
            self.s[np.isin(table.array(p.stated, "raw")[pos], list(DASHES))] = np.nan  # divide), never a stated 0
        self.hs, self.hn, self.hd = (np.nan_to_num(_column(table.halfwidth, c, pos))
                                     for c in (p.stated, p.numerator, p.denominator))
        self.inforce = _lookup(report, p.target_in_force, table, index)
        self.d_used, self.hd_used = self.d.copy(), self.hd.copy()
        self.forced = np.zeros(len(pos), dtype=bool)
        if self.inforce:
            hit = np.flatnonzero(np.isin(pos, np.fromiter(self.inforce, np.intp, len(self.inforce))))
            if len(hit):
                self.d_used[hit], self.hd_used[hit] = np.array([self.inforce[int(i)] for i in pos[hit]], dtype=float).T
                self.forced[hit] = True
        self.negative, self.source = np.zeros(len(pos), dtype=bool), np.full(len(pos), None, dtype=object)
        if p.polarity_key or p.polarity_column:
            self.negative, self.source = polarities.resolve(report, table, pos, p.polarity_key, p.polarity_column)
        # the base a row names (NaN: none) and a rate naming none; the scales the column may be printed on
        self.base, self.rate = ratio_scale.row_bases(p, table, pos)
        self.scales = ratio_scale.factors(p, table)
        of = getattr(table, "report_of", None)  # a stack of reports votes per report
        self.group = np.asarray(of)[pos] if of is not None and len(of) else np.zeros(len(pos), dtype=np.intp)

    def free(self, s, n, d, at=slice(None)) -> np.ndarray:
        """Rows that vote on the column's scale: their figures printed, and no base of their own."""
        return (~np.isnan(s) & ~np.isnan(n) & ~np.isnan(d) & (np.nan_to_num(d) > 0)
                & np.isnan(self.base[at]) & ~self.rate[at])

    def scale_votes(self, s, n, d, at, tolerance) -> np.ndarray:
        """The scale votes (`ratio_scale.votes`) of the entries `at`, with figures `s`, `n`, `d`."""
        with np.errstate(all="ignore"):
            return ratio_scale.votes((s, self.hs[at]), (n, self.hn[at]), (d, self.hd_used[at]), self.p,
                                     self.negative[at], self.free(s, n, d, at), self.scales, tolerance)

    def row_scale(self, chosen: np.ndarray, at=slice(None)) -> np.ndarray:
        """Each entry's scale: its own base, else the scale its column voted for (`chosen`, an index per entry)."""
        return np.where(np.isnan(self.base[at]), np.asarray(self.scales)[chosen], self.base[at])


def _column(frame, name, pos) -> np.ndarray:
    column = frame[name]
    if column.dtype.kind != "f":
        column = pd.to_numeric(column, errors="coerce")
    return column.to_numpy(dtype=float)[pos]


def recheck_ratios(ctx, loaded, p: RatioParams, report, copies) -> list[tuple[str, list[Finding], set] | None]:
    """Fix suggestions' re-check (`RuleKind.recheck`): a changed figure changes the verdict of its own row, and
    the scale of the column and the convention the table's negative rows follow (`_judge`: most of their votes) by
    that row's votes only. Each copy's changed rows are judged again, all copies at once, with the table's votes
    recounted; a copy whose change turns the convention is judged again on every row. None for a copy changing a
    column that selects rows or names their polarity, or a table the rule looks a target up in, or whose change
    turns the column's scale (rare: a stack judges it)."""
    table = report.tables[p.table]
    lookups = [lk for lk in (p.target_in_force, p.earlier_target) if lk is not None]
    shape = set(p.where) | {c for c in (p.polarity_key, p.polarity_column, p.unless) if c} | {lk.by for lk in lookups}
    elsewhere = {lk.table for lk in lookups}
    out: list[tuple[str, list[Finding], set] | None] = [None] * len(copies)
    kept = [k for k, changes in enumerate(copies) if ctx.keys_only and not any(
        (c.table == table.name and c.column in shape) or c.table in elsewhere for c in changes)]
    if not kept:
        return out
    tolerance = loaded.rule.tolerance
    base = _cached(("ratio", id(p), id(table.values), id(_rows(table, p, report.meta))), (p, table.values),
                   lambda: _Votes(report, p, table, tolerance))
    if base.stacked:
        return out
    x = base.x
    read = {p.stated, p.numerator, p.denominator}

    def gathered(ks):
        changed = [np.flatnonzero(np.isin(x.pos, [c.index for c in copies[k] if c.table == table.name
                                                  and c.column in read])) for k in ks]
        return (changed, Written([copies[k] for k in ks]), *entries(changed))

    changed, written, at, owner = gathered(kept)
    s, n, d = _figures(x, p, written, table, at, owner)
    turns = np.zeros((len(kept), base.scale_rows.shape[1]), dtype=np.intp)
    np.add.at(turns, owner, x.scale_votes(s, n, d, at, tolerance) - base.scale_rows[at])
    same = [ratio_scale.chosen(base.scale_counts + turns[j], x.scales) == base.pick for j in range(len(kept))]
    if not all(same):
        kept = [k for k, keep in zip(kept, same) if keep]
        if not kept:
            return out
        changed, written, at, owner = gathered(kept)
    # each copy's votes: the table's, its changed rows' own replaced by theirs now
    by_twice, by_inverse, _, _ = _judged_entries(x, p, written, table, at, owner, base.scale[at], tolerance)
    delta = np.zeros((len(kept), 2), dtype=np.intp)
    np.add.at(delta, owner, _vote(by_twice, by_inverse, x.negative[at]) - base.row_votes[at])
    counts = base.votes + delta
    inverse = counts[:, 0] > counts[:, 1]
    turned = inverse != base.inverse
    if turned.any():
        changed = [np.arange(len(x.pos)) if turned[j] else e for j, e in enumerate(changed)]
        at, owner = entries(changed)
    by_twice, by_inverse, point, point_i = _judged_entries(x, p, written, table, at, owner, base.scale[at],
                                                           tolerance)
    s, n, d = _figures(x, p, written, table, at, owner)
    point = np.where(x.negative[at] & inverse[owner], point_i, point)
    with np.errstate(all="ignore"):
        loose = x.rate[at] & ratio_scale.at_any_rate_base((s, x.hs[at]), (n, x.hn[at]), (d, x.hd_used[at]), p,
                                                          x.negative[at], tolerance)
    valid = ~np.isnan(s) & ~np.isnan(n) & ~np.isnan(d) & (np.nan_to_num(d) > 0) & np.isfinite(point)
    for j, k in enumerate(kept):
        out[k] = (table.name, [], sources(table, x.pos[changed[j]].tolist()))
    wrong = np.flatnonzero(valid & ~(by_twice | by_inverse | loose)).tolist()
    return owned(((e, ctx.finding(loaded, table, int(x.pos[at[e]]), p.stated, float(s[e]), float(point[e]),
                                  candidates=[] if x.rate[at[e]] else [
                                      candidate(table, int(x.pos[at[e]]), p.stated, float(point[e]))]))
                  for e in wrong), owner, kept, out)


@kind("ratio", RatioParams, stacks=_stacks, follows_on_row=True, recheck=recheck_ratios, summary={
    "id": "Capaian atau persentase sama dengan hasil hitung ulang dari angka asalnya.",
    "en": "A capaian or percentage equals its recomputation from its inputs."})
def percentage_recomputes(ctx, loaded, p: RatioParams, report):
    """A capaian or percentage equals its recomputation from its inputs."""
    table = report.tables[p.table]
    index = _rows(table, p, report.meta)
    if len(index) == 0:
        return []
    x = _Inputs(report, p, table, index)
    pos, s, n, d, hs, hn, hd, d_used, hd_used = x.pos, x.s, x.n, x.d, x.hs, x.hn, x.hd, x.d_used, x.hd_used
    inforce, negative, source = x.inforce, x.negative, x.source
    earlier = _lookup(report, p.earlier_target, table, index)
    tolerance = loaded.rule.tolerance
    valid = ~np.isnan(s) & ~np.isnan(n) & ~np.isnan(d_used) & (np.nan_to_num(d_used) > 0)
    picks, said = _scale_choice(x, x.scale_votes(s, n, d_used, slice(None), tolerance))
    scale = x.row_scale(picks)
    with np.errstate(all="ignore"):
        ok, point, inverse = _judge((s, hs), (n, hn), (d_used, hd_used), p, negative, scale, x.rate, x.group,
                                    tolerance)
    valid &= np.isfinite(point)  # absurd magnitudes are the schema's business, not a ratio's
    capped, cap = _capped(x, point, scale, valid & ~ok, valid, tolerance) if p.capped else (None, scale)
    cut, rounds = _cut(x, point, scale, valid & ~ok, valid & ok)
    findings = []
    for k in np.flatnonzero(valid & ~ok):
        i = int(pos[k])
        # a rate naming no base proposes no value: the base it stands for is not known
        cands = [] if x.rate[k] else [candidate(table, i, p.stated, float(point[k]))]
        if ctx.keys_only:  # re-checking a candidate fix: its identity, and the recomputed capaian that follows
            findings.append(ctx.finding(loaded, table, i, p.stated, float(s[k]), float(point[k]), candidates=cands))
            continue
        way = (bool(negative[k]), bool(inverse[k]), source[k])
        at = (float(scale[k]), said[k], bool(x.rate[k]))
        with np.errstate(all="ignore"):  # figures of absurd size: no convention reproduces them, no warning
            hint = explain(ctx, p, report, table, i, (s[k], hs[k]), (n[k], hn[k]), (d[k], hd[k]),
                           (d_used[k], hd_used[k]), earlier.get(i), way, float(point[k]), at)
        if capped is not None and capped[k]:
            hint = Message("hint_capped", dict(cap=ctx.fmt(float(cap[k])), unit="%" if scale[k] == 100 else "",
                                               rows=int(capped[k])))
        if cut[k]:
            places = _places(hs[k])
            hint = Message("hint_cut_mixed" if rounds[k] else "hint_cut", dict(
                printed=ctx.fmt(float(s[k]), places), value=ctx.fmt(float(point[k]), places + 2),
                rounded=ctx.fmt(float(point[k]), places)))
        if i not in inforce and not x.rate[k]:
            cands.append(candidate(table, i, p.denominator, _solve_den(n[k], s[k], p, negative[k], inverse[k],
                                                                       scale[k])))
        if not x.rate[k]:
            cands.append(candidate(table, i, p.numerator, _solve_num(d_used[k], s[k], p, negative[k], inverse[k],
                                                                     scale[k])))
        weak = (_weak(p, source[k], (s[k], hs[k]), (n[k], hn[k]), (d_used[k], hd_used[k]), scale[k]) or x.rate[k]
                or (capped is not None and capped[k] > 0) or (cut[k] and not rounds[k]))
        f = ctx.finding(loaded, table, i, p.stated, float(s[k]), float(point[k]), hint=hint, basis="computed",
                        candidates=cands, related=(table.location(i, p.numerator), table.location(i, p.denominator)),
                        numerator=ctx.fmt(n[k]), denominator=ctx.fmt(d_used[k]),
                        formula=formula(ctx, p, way, float(scale[k])), doubtful=bool(weak),
                        **_unit(table, p, float(scale[k])))
        findings.append(f)
    return findings


def _capped(x: _Inputs, point, scale, wrong, valid, tolerance) -> tuple[np.ndarray, np.ndarray]:
    """Per row: how many rows of its table (of its report, on a stack) print the table's cap where their
    recomputed capaian passes it, when the row is one of them; else 0. Beside it, the cap. The cap is the highest
    capaian the table prints, when that is 100% or a round step above it up to 200% (110%, 120%, 150%): a table
    printing 126,67 beside a capped 100 has simply a wrong 100. A cap above 100% is some regions' rule, taken
    only where two rows print it; one row printing 120 where 125 is due may be a typo. A capped figure that a
    target with a digit dropped or added reproduces (10 for 100) is that slip, not a cap."""
    s, hs = x.s, x.hs
    groups, inv = np.unique(x.group, return_inverse=True)
    top = np.full(len(groups), -np.inf)
    np.maximum.at(top, inv, np.where(valid & ~x.rate, s, -np.inf))
    cap = top[inv]
    with np.errstate(all="ignore"):
        steps = cap / scale * 20  # in steps of 5%
        at_cap = (wrong & ~x.rate & (cap >= scale) & (cap <= 2 * scale) & (np.abs(steps - np.round(steps)) < 1e-9)
                  & meets(s - hs, s + hs, cap, cap, tolerance) & (point > cap))
        for factor in (10.0, 0.1):
            lo, hi, _ = recomputed(x.n, x.hn, x.d_used * factor, x.hd_used * factor, scale, x.negative, x.p.complement)
            at_cap &= ~meets(s - hs, s + hs, lo, hi, tolerance)
    count = np.zeros(len(groups), dtype=np.intp)
    np.add.at(count, inv, at_cap)
    enough = count[inv] >= np.where(np.isclose(cap, scale), 1, 2)
    return np.where(at_cap & enough, count[inv], 0), cap


def _cut(x: _Inputs, point, scale, wrong, agree) -> tuple[np.ndarray, np.ndarray]:
    """Per row: (a wrong row prints its recomputed value cut at its printed places, not rounded: 97,64 for
    97,6476, 91,2 for 91,28; its table (its report's, on a stack) rounds up elsewhere). Cutting is a
    spreadsheet's ROUNDDOWN or a hand copy: where no row of the table is printed rounded up (its inputs precise
    enough to tell), it is the table's way and a cut row is a warning; beside rows rounded up it stays an error."""
    s, hs = x.s, x.hs
    with np.errstate(all="ignore"):
        gap, eps = point - s, 1e-9 * np.maximum(1.0, np.abs(point))
        cut = wrong & ~x.rate & (hs > 0) & (s >= 0) & (gap >= -eps) & (gap < 2 * hs - eps)
        lo, hi, _ = recomputed(x.n, x.hn, x.d_used, x.hd_used, scale, x.negative, x.p.complement)
        up = agree & ~x.rate & ~x.negative & (hi - lo < hs) & (hi < s - eps)
    groups, inv = np.unique(x.group, return_inverse=True)
    rounds = np.zeros(len(groups), dtype=bool)
    np.logical_or.at(rounds, inv, up)
    return cut, rounds[inv]


def _places(half: float) -> int:
    """The decimals a figure is printed to, from its half-width (0,005: 2)."""
    return max(0, int(round(-np.log10(2 * half))))


def _unit(table, p: RatioParams, scale: float) -> dict:
    """The unit a finding says its values in, when the row's scale is not the percentage its column's kind
    says: none for a fraction, `‰` per mil, none per 10.000 or 100.000 (the formula says the base)."""
    if table.kinds.get(p.stated) != "percent" or scale == 100:
        return {}
    return {"unit": "‰" if scale == 1000 else None}


class _Votes:
    """A ratio rule on the unchanged report, kept while candidate fixes are re-checked: its inputs, each row's
    votes on the column's scale (`ratio_scale.votes`) and on the convention of negative rows (`_vote`), the
    table's counts, the scale and the convention they chose."""

    def __init__(self, report, p: RatioParams, table, tolerance):
        self.x = x = _Inputs(report, p, table, _rows(table, p, report.meta))
        self.stacked = len(np.unique(x.group)) > 1
        self.scale_rows = x.scale_votes(x.s, x.n, x.d_used, slice(None), tolerance)
        self.scale_counts = self.scale_rows.sum(axis=0)
        self.pick = ratio_scale.chosen(self.scale_counts, x.scales)
        self.scale = x.row_scale(np.full(len(x.pos), self.pick, dtype=np.intp))
        with np.errstate(all="ignore"):
            by_twice, by_inverse, _, _ = _conventions((x.s, x.hs), (x.n, x.hn), (x.d_used, x.hd_used), p,
                                                      x.negative, self.scale, tolerance)
        self.row_votes = _vote(by_twice, by_inverse, x.negative)
        self.votes = self.row_votes.sum(axis=0)
        self.inverse = bool(self.votes[0] > self.votes[1])


def _scale_choice(x: _Inputs, votes: np.ndarray) -> tuple[np.ndarray, list]:
    """Per row: the index of the scale its column voted for (its report's column, on a stack), and the vote said
    to a reader when it chose another than the rule's own ((rows voting for it, rows that could vote), else None)."""
    groups, inv = np.unique(x.group, return_inverse=True)
    totals = np.zeros((len(groups), votes.shape[1]), dtype=np.intp)
    np.add.at(totals, inv, votes)
    picks = np.array([ratio_scale.chosen(t, x.scales) for t in totals], dtype=np.intp)
    said = [(int(t[1 + j]), int(t[0])) if j else None for t, j in zip(totals, picks)]
    return picks[inv], [said[g] for g in inv]


def _figures(x: _Inputs, p, written: Written, table, at, owner):
    """(stated, numerator, denominator in force) of the entries `at` (rows `x.pos[at]`), each copy's changes in."""
    rows_ = x.pos[at]
    s = written.write(table, p.stated, x.s[at], rows_, owner)
    n = written.write(table, p.numerator, x.n[at], rows_, owner)
    d = written.write(table, p.denominator, x.d[at], rows_, owner)
    return s, n, np.where(x.forced[at], x.d_used[at], d)


def _judged_entries(x: _Inputs, p, written, table, at, owner, scale, tolerance):
    s, n, d = _figures(x, p, written, table, at, owner)
    with np.errstate(all="ignore"):
        return _conventions((s, x.hs[at]), (n, x.hn[at]), (d, x.hd_used[at]), p, x.negative[at], scale, tolerance)


def _weak(p, source, stated, num, den, scale) -> bool:
    """A polarity guessed from wording, or assumed (nothing said) while the other polarity's formula
    reproduces the figure, makes the finding a question for the agency: a warning, not an error."""
    if isinstance(source, str) and source.startswith("wording:"):
        return True
    return (source is None and bool(p.polarity_key or p.polarity_column)
            and other_convention(p, stated, num, den, False, scale) is not None)


def _judge(stated, num, den, p, negative, scale, rate, group, tolerance):
    """Which rows agree with their recomputation at their scale (a negative one by either convention; a rate
    naming no base at any common base too), the value expected of each, and whether that value is
    `target / realisasi` (the convention the negative rows of its table, or of its report on a stack, mostly
    follow where they tell)."""
    by_twice, by_inverse, point, point_i = _conventions(stated, num, den, p, negative, scale, tolerance)
    votes = _vote(by_twice, by_inverse, negative)
    groups, inv = np.unique(group, return_inverse=True)
    totals = np.zeros((len(groups), 2), dtype=np.intp)
    np.add.at(totals, inv, votes)
    inverse = (totals[:, 0] > totals[:, 1])[inv]
    loose = rate & ratio_scale.at_any_rate_base(stated, num, den, p, negative, tolerance)
    return by_twice | by_inverse | loose, np.where(negative & inverse, point_i, point), inverse


def _conventions(stated, num, den, p, negative, scale, tolerance):
    """(agrees by `2 - realisasi / target`, agrees by `target / realisasi` (negative rows only), the value
    expected by each) of every row, at each row's scale."""
    (s, hs), (n, hn), (d, hd) = stated, num, den
    lo, hi, point = recomputed(n, hn, d, hd, scale, negative, p.complement)
    by_twice = meets(s - hs, s + hs, lo, hi, tolerance)
    lo_i, hi_i, point_i = recomputed(n, hn, d, hd, scale, negative, p.complement, inverse=True)
    by_inverse = negative & meets(s - hs, s + hs, lo_i, hi_i, tolerance)
    return by_twice, by_inverse, point, point_i


def _vote(by_twice, by_inverse, negative) -> np.ndarray:
    """Each row's vote on the convention of the table's negative rows: (for `target / realisasi`, for
    `2 - realisasi / target`), a negative row reproduced by that convention only."""
    return np.stack([by_inverse & ~by_twice, negative & by_twice & ~by_inverse], axis=-1).astype(np.intp)


def _fraction(stated, p, negative, inverse, scale):
    """The plain ratio realisasi / target that `stated` stands for at `scale`."""
    r = (scale - stated) / scale if p.complement else stated / scale
    if negative and inverse:
        return 1 / r if r > 0 else float("nan")
    return 2 - r if negative else r


def _solve_den(n, stated, p, negative, inverse, scale):
    r = _fraction(stated, p, negative, inverse, scale)
    return n / r if r > 0 else None


def _solve_num(d, stated, p, negative, inverse, scale):
    r = _fraction(stated, p, negative, inverse, scale)
    return d * r if r == r else None
