"""The `formulas` check of the `generic` kind: a column whose number in the table's numbering row states how it is
computed (`6 = (3 x 5)`, `(5)=(4)/(3)x100%`, `6=5/3`; `audit.document.column_formulas`) equals that formula on
every row printing its figures, within the printed rounding. The table says its own arithmetic, so no pair of
columns is guessed; a formula most rows do not bear out (a numbering row read against the wrong columns) is not
used. A formula dividing percentages without `× 100` (`6=5/3` over `97,80%` and `106,52%`) is read at the scale
the rows print it (108,92%). In a table a kind read, only the columns it leaves unread are checked here."""
from __future__ import annotations

from audit.numbers import parse_number
from audit.rules.intervals import meets
from audit.rules.kinds.generic_base import TOLERANCE, Gap, half

#: what the other generic checks find across a row: a column with a formula the rows bear out is left to it
ACROSS = frozenset({"percent", "share", "column", "difference", "difference_sign", "growth"})


def owned(printed) -> set[int]:
    """The columns whose printed formula this check uses (the rows bear it out): the others leave them alone."""
    return {col for col, formula, scale, _ in _judged(printed) if scale is not None}


def formula_gaps(printed) -> list[Gap]:
    """Every cell of a formula column that its printed formula does not give."""
    out = []
    for col, formula, scale, judged in _judged(printed):
        if scale is None:
            continue
        for ln, (lo, hi), point in judged:
            if not _meets(printed, ln, col, lo * scale, hi * scale):
                out.append(Gap(ln, col, point * scale, [(ln, p) for p in formula.reads], "formula"))
    return out


def _judged(printed) -> list[tuple]:
    """(column, its formula, the scale its rows print it at or None, [(row, bounds, value)]) of each formula column
    this check reads."""
    out = []
    for col, formula in sorted(printed.formulas.items()):
        if col not in printed.numeric or (printed.read and col not in printed.unread):
            continue
        judged = []
        for ln in printed.lines:
            figures = {p: _figure(ln, p) for p in formula.reads}
            if col not in ln.values or any(f is None for f in figures.values()):
                continue
            values = {p: f.value for p, f in figures.items()}
            bounds = formula.bounds(values, {p: half(f) for p, f in figures.items()})
            point = formula.evaluate(values)
            if bounds is not None and point is not None:
                judged.append((ln, bounds, point))
        out.append((col, formula, _scale(printed, col, formula, judged), judged))
    return out


def _figure(ln, col: int):
    """The figure a row prints in a column a formula reads: as read, or, in a column too sparse to count as one of
    figures (a `Volume` printed on the item rows alone, left in the label), its cell read here."""
    if col in ln.values:
        return ln.values[col]
    if col >= len(ln.cells):
        return None
    parsed = parse_number(ln.cells[col].text, "number")
    if parsed.form == "ambiguous":
        parsed = parse_number(ln.cells[col].text, "count")
    return parsed if parsed.value is not None and not parsed.problem else None


def _meets(printed, ln, col: int, lo: float, hi: float) -> bool:
    stated = ln.values[col]
    h = half(stated, percent=col in printed.percent)
    return bool(meets(stated.value - h, stated.value + h, min(lo, hi), max(lo, hi), TOLERANCE.get()))


def _scale(printed, col: int, formula, judged: list) -> float | None:
    """The scale the rows print the formula's result at: as written, or × 100 for a quotient printed as a
    percentage without saying `× 100`. A numbering row whose numbers step with its columns says which columns the
    formula reads; else the formula is used only where it reproduces at least half the rows (and one), the
    numbering perhaps read against other columns than it was printed over (a merged cell lost). None: not used."""
    best = None
    for scale in (1.0,) if formula.percent else (1.0, 100.0):
        hits = sum(_meets(printed, ln, col, lo * scale, hi * scale) for ln, (lo, hi), _ in judged)
        if best is None or hits > best[0]:
            best = (hits, scale)
    if best is None or not judged:
        return None
    if best[0] == 0 and formula.aligned:  # nothing agrees: a quotient printed as a percentage is one, else as said
        return 100.0 if col in printed.percent and not formula.percent else 1.0
    return best[1] if best[0] and (formula.aligned or best[0] * 2 >= len(judged)) else None
