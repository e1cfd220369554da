"""Interval arithmetic for printed values (XBRL Calculations 1.1 style).

A value printed with d decimals stands for [v - h, v + h] with h = 0.5 * 10**-d;
exact kinds (rupiah, counts) have h = 0. Two figures are consistent when their
intervals meet. A relative epsilon of 1e-12 absorbs float noise only.
"""
from __future__ import annotations

import numpy as np


def meets(lo1, hi1, lo2, hi2, extra=0.0):
    """Element-wise: do [lo1, hi1] and [lo2, hi2] intersect (widened by `extra`)?"""
    scale = np.maximum(1.0, np.maximum(np.abs(hi1), np.abs(hi2)))
    eps = 1e-12 * scale + extra  # float noise only: a rupiah cent on a billion still counts
    return (lo1 <= hi2 + eps) & (lo2 <= hi1 + eps)


def divide(n, hn, d, hd):
    """[n±hn] / [d±hd] for positive denominators: (lo, hi, point)."""
    with np.errstate(all="ignore"):
        point = n / d
        lo = (n - hn) / (d + hd)
        hi = (n + hn) / np.where(d - hd > 0, d - hd, np.nan)
    return lo, hi, point
