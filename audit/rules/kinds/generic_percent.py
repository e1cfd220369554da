"""The `percent` check of the `generic` kind: a percent column against the ratio of the two figure
columns of its row that reproduce most rows (`% = Realisasi / Pagu × 100`, in either column order),
or else against each row's share of the grand total row (`Jumlah  %` by pendidikan)."""
from __future__ import annotations

from dataclasses import replace

from audit.rules.kinds import generic_difference
from audit.rules.kinds.generic_base import Gap, best_pair, ratio_meets


def pairs(printed) -> list[tuple[int, int, int]]:
    """(percent column, numerator, denominator): for each percent column, the pair of figure columns
    whose ratio reproduces most of its rows (at least two, and more than half of those it can be
    computed for); on a tie, the later column over the earlier (`Pagu  Realisasi  %`)."""
    out = []
    others = [c for c in printed.numeric if c not in printed.percent]
    growths = {g for g, _, _ in generic_difference.growths(printed)}  # a growth is the difference check's
    for pc in sorted(printed.percent - growths):
        found = best_pair(((num, den) for num in others for den in others if num != den),
                          lambda num, den, pc=pc: _computable(printed, pc, num, den),
                          lambda ln, num, den, pc=pc: ratio_meets(ln.values[pc], ln.values[num], ln.values[den])[0],
                          tie=lambda num, den, best_num, best_den: num > den and best_num < best_den)
        if found is not None:
            out.append((pc, *found))
    return out


def _computable(printed, pc: int, num: int, den: int) -> list:
    return [ln for ln in printed.lines if {pc, num, den} <= set(ln.values) and ln.values[den].value > 0]


def percents(printed, corrected: list[Gap]) -> list[Gap]:
    """Each percent column against its pair; a row whose amount a sum check already corrects (`corrected`:
    the gaps of the `sums` check, which names the parts it can with our pairs) and the correction restores
    the percentage is that amount's mistake, not the percentage's."""
    out = []
    fixed = {(id(g.line), g.col): g.expected for g in corrected}
    for pc, num, den in pairs(printed):
        for ln in _computable(printed, pc, num, den):
            stated, a, b = ln.values[pc], ln.values[num], ln.values[den]
            ok, computed = ratio_meets(stated, a, b)
            if ok or _other_convention(stated, a, b) or _restored(ln, (pc, num, den), fixed):
                continue
            out.append(Gap(ln, pc, computed, [(ln, num), (ln, den)], "percent"))
    for pc, col, grand in shares(printed):
        for ln in _share_rows(printed, pc, col, grand):
            part = ln.values[col]
            if (id(ln), col) in fixed:  # a count its total row corrects: the share follows the correction
                part = replace(part, value=fixed[(id(ln), col)])
            ok, computed = ratio_meets(ln.values[pc], part, grand.values[col])
            if not ok:
                out.append(Gap(ln, pc, computed, [(ln, col), (grand, col)], "share"))
    return out


def shares(printed) -> list[tuple]:
    """(percent column, figure column, grand total row) for percent columns of shares of the total
    (`Jumlah  %` by pendidikan): each row's figure over the grand total row's reproduces most rows."""
    totals = [ln for ln in printed.lines if ln.total]
    if not totals:
        return []
    grand = max(reversed(totals), key=lambda ln: ln.rank)
    out = []
    for pc in sorted(printed.percent - {p for p, _, _ in pairs(printed)}):
        best = None
        for col in printed.numeric:
            if not printed.additive(col) or col not in grand.values or grand.values[col].value <= 0:
                continue
            rows = _share_rows(printed, pc, col, grand)
            hits = sum(ratio_meets(ln.values[pc], ln.values[col], grand.values[col])[0] for ln in rows)
            if best is None or hits > best[0]:
                best = (hits, col, len(rows))
        if best is not None and best[0] >= 2 and best[0] * 2 > best[2]:
            out.append((pc, best[1], grand))
    return out


def _share_rows(printed, pc: int, col: int, grand) -> list:
    return [ln for ln in printed.lines if ln is not grand and {pc, col} <= set(ln.values)]


def _holds(ln, pair: tuple) -> bool:
    pc, num, den = pair
    return ln.values[den].value > 0 and ratio_meets(ln.values[pc], ln.values[num], ln.values[den])[0]


def _restored(ln, pair: tuple, fixed: dict) -> bool:
    """Does the row's percentage hold once one of its amounts takes the value a sum check gives it?"""
    pc, num, den = pair
    for col in (num, den):
        if (id(ln), col) in fixed:
            values = {**ln.values, col: replace(ln.values[col], value=fixed[(id(ln), col)])}
            if values[den].value > 0 and ratio_meets(values[pc], values[num], values[den])[0]:
                return True
    return False


def by_percent(printed, gaps: list[Gap]) -> list[Gap]:
    """A total or parent off by a part whose own row's percentage says which part: that part is named.

    When exactly one part, changed by the gap, makes its row's percentage (of two amounts, or its
    share of the total) hold where it does not now, the part is the mistake: the total and the
    percentage both point to the same value."""
    found, parts_of = pairs(printed), shares(printed)
    if not found and not parts_of:
        return gaps
    out = []
    for g in gaps:
        if g.what not in ("total", "parent"):
            out.append(g)
            continue
        hits = [(ln, col) for ln, col in g.parts for pair in found
                if col in pair[1:] and set(pair) <= set(ln.values) and not _holds(ln, pair)
                and _restored(ln, pair, {(id(ln), col): ln.values[col].value + g.gap})]
        hits += [(ln, col) for ln, col in g.parts for pc, share_col, grand in parts_of
                 if col == share_col and pc in ln.values and grand is g.line
                 and not ratio_meets(ln.values[pc], ln.values[col], grand.values[col])[0]
                 and ratio_meets(ln.values[pc], replace(ln.values[col], value=ln.values[col].value + g.gap),
                                 grand.values[col])[0]]
        hits = list({(id(ln), col): (ln, col) for ln, col in hits}.values())
        if len(hits) == 1:
            ln, col = hits[0]
            out.append(Gap(ln, col, ln.values[col].value + g.gap, [(g.line, g.col)], "part", g.weak))
        else:
            out.append(g)
    return out


def _other_convention(stated, a, b) -> bool:
    """A capaian of a lower-is-better indicator: target / realisasi, or (2 × target − realisasi) / target."""
    if a.value > 0 and ratio_meets(stated, b, a)[0]:
        return True
    twice = replace(b, value=2 * b.value - a.value)
    return ratio_meets(stated, twice, b)[0]
