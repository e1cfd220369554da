"""The scale a column prints a ratio on, decided by the whole column, and each row's own base.

Most tables print a share as a percentage (`85,00`); spreadsheets of SPM tables and puskesmas PKP instruments
often export it as a fraction (`0,85`, `0.2` under a header saying × 100). Which one a column uses is voted by
its rows, never decided per row: a row votes for a scale when its written value recomputes on that scale only.
The column is on a fraction scale when at least two rows, more than vote for the percentage and at least half of
the rows that could vote, say so; otherwise it is on the rule's own scale, and a row written as a fraction there
is a finding (as a percentage written among fractions is in a fraction column): a mixed column is reported, not
explained away. A rate of counts whose row names its base (`per 1.000 KH`, `150 per mil`; `audit.bases`)
is recomputed at that base and takes no part in the vote.
"""
from __future__ import annotations

import numpy as np

from audit import bases
from audit.rules.intervals import meets
from audit.rules.kinds.ratio_explain import recomputed


def factors(p, table) -> tuple[float, ...]:
    """The scales a column may print the ratio on, the rule's first: its own (a percentage), a fraction and, when
    the numerator and the denominator are both shares, a fraction's share of a percentage (0,85 / 90 as 94,4)."""
    shares = table.kinds.get(p.numerator) == table.kinds.get(p.denominator) == "percent"
    return (p.scale, p.scale / 100, p.scale * 100) if shares else (p.scale, p.scale / 100)


def is_rate(p, table) -> bool:
    """A share of two counts (terlayani / sasaran, kematian / kelahiran hidup): a row may name its own base."""
    return not p.complement and table.kinds.get(p.numerator) == table.kinds.get(p.denominator) == "count"


def row_bases(p, table, pos: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row: the base its row names (NaN: none), and whether its label words a rate without naming one."""
    if not is_rate(p, table):
        return np.full(len(pos), np.nan), np.zeros(len(pos), dtype=bool)
    parts = getattr(table, "parts", None)  # a stack of reports: its tables' labels
    labels = table.labels or (parts[0].labels if parts else ())
    shares = [c for c, k in table.kinds.items() if k == "percent"]
    columns = tuple(dict.fromkeys((*labels, "satuan", p.stated, *shares)))
    return bases.resolve(table, pos, columns, labels)


def reproduces(stated, num, den, scale, p, negative, tolerance) -> np.ndarray:
    """Whether each row's written value recomputes at `scale` (a negative row by either convention)."""
    (s, hs), (n, hn), (d, hd) = stated, num, den
    lo, hi, _ = recomputed(n, hn, d, hd, scale, negative, p.complement)
    ok = meets(s - hs, s + hs, lo, hi, tolerance)
    lo, hi, _ = recomputed(n, hn, d, hd, scale, negative, p.complement, inverse=True)
    return ok | (negative & meets(s - hs, s + hs, lo, hi, tolerance))


def votes(stated, num, den, p, negative, free, scales, tolerance) -> np.ndarray:
    """Each row's vote (rows × (1 + scales)): whether it may vote (its figures and no base of its own: `free`),
    then, per scale, whether its value recomputes on that scale and on no other."""
    hits = np.stack([reproduces(stated, num, den, f, p, negative, tolerance) for f in scales], axis=-1)
    only = hits & (hits.sum(axis=-1, keepdims=True) == 1) & free[:, None]
    return np.concatenate([free[:, None], only], axis=-1).astype(np.intp)


def chosen(counts: np.ndarray, scales: tuple[float, ...]) -> int:
    """The scale a column's counted votes choose (an index of `scales`): another than the rule's own when at least
    two rows, more than vote for the rule's own and at least half of those that may vote, say so."""
    taking, each = int(counts[0]), counts[1:]
    if len(each) < 2:
        return 0
    j = 1 + int(np.argmax(each[1:]))
    return j if each[j] >= 2 and each[j] > each[0] and 2 * each[j] >= taking else 0


def at_any_rate_base(stated, num, den, p, negative, tolerance) -> np.ndarray:
    """Whether a row's value recomputes at any base a rate is commonly printed per (1.000, 10.000, 100.000)."""
    out = np.zeros(np.shape(stated[0]), dtype=bool)
    for base in bases.RATE_BASES:
        out |= reproduces(stated, num, den, base, p, negative, tolerance)
    return out
