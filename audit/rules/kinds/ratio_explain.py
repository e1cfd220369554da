"""Why a recomputed percentage disagrees with the written one: the convention it follows instead.

A capaian written by another formula (the other polarity, `target / realisasi`, the
target before the PK amendment, a dropped digit, a fraction for a percentage) is
named in the finding's hint, said in the reader's language by the output (`ratio`).
"""
from __future__ import annotations

import numpy as np

from audit.model import Message
from audit.rules.intervals import divide, meets


def recomputed(n, hn, d, hd, scale, negative, complement, inverse=False):
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


def formula(ctx, p, way, scale: float) -> Message:
    """The formula the expected value was computed with, for the rule's message: the columns the rule divides,
    named in the reader's language (`realisasi / target × 100`, `cakupan / target × 100`, `terlayani / sasaran ×
    1.000` for a rate per mil, without `× 100` for a column printed as fractions)."""
    negative, inverse, _ = way
    return _formula(ctx, p, negative, negative and inverse, scale)


def _formula(ctx, p, negative, inverse, scale) -> Message:
    names = dict(numerator=term(p.numerator), denominator=term(p.denominator),
                 times=Message("formula_times", dict(scale=ctx.fmt(scale, 0))) if scale != 1 else "")
    return Message("formula_inverse" if inverse else "formula_twice" if negative else "formula_ratio", names)


def term(column: str) -> Message:
    """A column's name in a formula, in the reader's language: the catalogue's word for it (`term_terlayani`:
    terlayani, served), else the column's own name as the rule pack spells it."""
    from audit.i18n import MESSAGES

    key = f"term_{column}"
    return Message(key) if key in MESSAGES else Message("term", dict(name=column.replace("_", " ")))


#: a printed value and the half-width of its last decimal
Printed = tuple[float, float]


def explain(ctx, p, report, table, i, stated: Printed, num: Printed, row_den: Printed, used_den: Printed,
            earlier: Printed | None, way, point, at):
    """The first other convention that reproduces the written value, as one line. `at`: the row's scale, the
    column's vote when it chose a fraction scale ((rows, of rows), else None) and whether the row is a rate
    naming no base."""
    s, hs = stated
    n, hn = num
    negative = way[0]
    scale, voted, rate = at

    def reproduces(d, hd, neg=negative, comp=p.complement):
        if d != d or d <= 0:
            return False
        for inverse in ((False, True) if neg else (False,)):
            lo, hi, _ = recomputed(n, hn, d, hd, scale, neg, comp, inverse)
            if bool(meets(s - hs, s + hs, lo, hi, 1e-9)):
                return True
        return False

    if earlier and earlier[0] != used_den[0] and reproduces(*earlier):
        return Message("hint_earlier_target", dict(value=ctx.fmt(earlier[0]), inforce=ctx.fmt(used_den[0])))
    if row_den[0] != used_den[0] and reproduces(*row_den):
        return Message("hint_row_target", dict(value=ctx.fmt(row_den[0]), inforce=ctx.fmt(used_den[0])))
    if rate:
        return Message("hint_base_unstated")
    if p.polarity_key or p.polarity_column:
        said = _polarity_hint(ctx, p, stated, num, used_den, way, scale)
        if said:
            return said
    elif reproduces(*used_den, neg=not negative):
        return Message("hint_inverse")
    if scale == p.scale == 100 and abs(s * 100 - point) <= max(0.5, hs * 100):
        return Message("hint_fraction", dict(stated=ctx.fmt(s, 2), percent=ctx.fmt(s * 100)))
    if voted and scale * 100 == p.scale and abs(s / 100 - point) <= max(0.005, hs / 100):
        return Message("hint_percent_in_fractions", dict(stated=ctx.fmt(s), fraction=ctx.fmt(s / 100),
                                                         rows=voted[0], of=voted[1]))
    for factor in (10.0, 0.1):  # a digit dropped or added in the target
        fixed = used_den[0] * factor
        if reproduces(fixed, used_den[1] * factor):
            return Message("hint_digit", dict(column=p.denominator, value=ctx.fmt(used_den[0]), fixed=ctx.fmt(fixed)))
    if abs(s - n) <= max(hs, hn, 1e-9):
        return Message("hint_copied", dict(column=p.numerator))
    if p.complement and reproduces(*used_den, comp=False):
        return Message("hint_complement")
    decimals = table.decimals.at[i, p.stated]
    decimals = 2 if decimals != decimals else int(decimals)
    want = f"{point:.{decimals}f}"
    have = f"{s:.{decimals}f}"
    if sorted(want) == sorted(have) and want != have:
        return Message("hint_transposed", dict(expected=ctx.fmt(point, decimals)))
    if negative:  # no convention reproduces it: what each would give
        return Message("hint_negative_both", dict(twice=ctx.fmt(_value(num, used_den, p, False, scale), 2),
                                                  inverse=ctx.fmt(_value(num, used_den, p, True, scale), 2),
                                                  twice_formula=_formula(ctx, p, True, False, scale),
                                                  inverse_formula=_formula(ctx, p, True, True, scale),
                                                  source=_source(ctx, way[2])))
    if used_den[0] != row_den[0]:
        return Message("hint_inforce", dict(value=ctx.fmt(used_den[0])))
    return None


def _value(num, den, p, inverse, scale) -> float:
    """A negative indicator's capaian by one convention."""
    with np.errstate(all="ignore"):
        return float(recomputed(num[0], 0.0, den[0], 0.0, scale, True, p.complement, inverse)[2])


def other_convention(p, stated, num, den, negative, scale) -> tuple[bool, bool] | None:
    """(negative, inverse) of the other polarity's formula when it reproduces the written value."""
    s, hs = stated
    n, hn = num
    for neg, inverse in ((True, False), (True, True)) if not negative else ((False, False),):
        with np.errstate(all="ignore"):
            lo, hi, _ = recomputed(n, hn, den[0], den[1], scale, neg, p.complement, inverse)
        if bool(meets(s - hs, s + hs, lo, hi, 1e-9)):
            return neg, inverse
    return None


def _polarity_hint(ctx, p, stated, num, den, way, scale) -> Message | None:
    """When the written value follows the formula of the other polarity: which formula, and why the
    indicator is taken to be of this one."""
    negative, _, source = way
    other = other_convention(p, stated, num, den, negative, scale)
    if other is None:
        return None
    neg, inverse = other
    formula = _formula(ctx, p, neg, inverse, scale)
    if negative:
        return Message("hint_follows_positive", dict(formula=formula, source=_source(ctx, source)))
    if source is None:
        return Message("hint_follows_negative_unstated", dict(formula=formula))
    return Message("hint_follows_negative", dict(formula=formula, source=_source(ctx, source)))


def _source(ctx, source: str | None) -> Message:
    """Where the polarity came from, as words."""
    if source and source.startswith("wording:"):
        return Message("polarity_from_wording", dict(words=source.split(":", 1)[1]))
    return Message(f"polarity_from_{source or 'default'}")
