"""What the checks of the `generic` kind share: a gap between a printed cell and what its table
implies, the finding it becomes, and the comparisons at printed precision."""
from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from audit.model import Finding, Fix, Location, Message, Number, Severity
from audit.model.report import column_letter
from audit.numbers import decimals_for, format_like, halfwidth, mistyped, sheet_error
from audit.rules.intervals import divide, meets

#: the running rule's `tolerance`, read by every comparison of the check (set for the rule's run only)
TOLERANCE: ContextVar[float] = ContextVar("generic_tolerance", default=0.0)


def best_pair(candidates, rows_of, holds, tie=None) -> tuple[int, int] | None:
    """Of the column pairs `candidates`, the one whose relation (`holds(line, a, b)`) holds on most of the rows it
    can be computed on (`rows_of(a, b)`), when that is at least two rows and more than half of them; `tie(a, b,
    best_a, best_b)` says whether a pair holding as often replaces the best so far. How a percent, difference or
    growth column finds the columns it is computed from."""
    best = None
    for a, b in candidates:
        rows = rows_of(a, b)
        hits = sum(bool(holds(ln, a, b)) for ln in rows)
        if best is None or hits > best[0] or (hits == best[0] and tie is not None and tie(a, b, best[1], best[2])):
            best = (hits, a, b, len(rows))
    if best is not None and best[0] >= 2 and best[0] * 2 > best[3]:
        return best[1], best[2]
    return None


@dataclass
class Gap:
    """A disagreement before it becomes a finding: a cell, what it should be, and the cells read."""

    line: Any  # structure.Line
    col: int
    expected: float
    parts: list  # [(Line, col)]
    what: str  # total | parent | column | cell
    weak: bool = False
    hint: Any = None  # a Message saying what convention may explain it (a capped or cut capaian)

    @property
    def gap(self) -> float:
        return self.line.figure(self.col).value - self.expected


def where(printed, table: int | None = None) -> str:
    """`Tabel #7 (its caption)`: the printed table as the document numbers it, and its title."""
    return f"Tabel #{table or printed.table.index}" + (f" ({printed.title})" if printed.title else "")


def cell(doc, ln, col: int) -> Location:
    c = ln.cells[col] if col < len(ln.cells) else None
    return Location(doc.name, f"Tabel #{ln.table}", f"{column_letter(col)}{ln.at + 1}",
                    c.line if c is not None and c.line is not None else ln.line_no(),
                    c.page if c is not None and c.page is not None else ln.page())


def finding(ctx, loaded, doc, printed, g: Gap, **extra) -> Finding:
    ln, parsed = g.line, g.line.figure(g.col)
    column = printed.headers[g.col] or column_letter(g.col)
    if g.col in ln.spans:  # printed over several columns: named by the header group they share
        column = " / ".join(printed.groups[g.col]) or column
    label = _label(ln)
    percent = g.what in ("percent", "share", "growth") or (g.what == "formula" and g.col in printed.percent)
    decimals = parsed.decimals if percent or g.what == "formula" else None
    places = decimals_for(parsed.decimals, g.expected) if decimals is None else decimals
    said = dict(where=where(printed, ln.table), label=label, column=column,
                actual=Number(parsed.value, parsed.decimals, parsed.unit),
                expected=Number(g.expected, places, parsed.unit), n=len({id(p) for p, _ in g.parts}),
                parts=_parts_text(printed, g), total=_label(g.parts[-1][0]) if g.parts else "", **extra)
    severity = Severity(loaded.rule.severity)
    if (g.weak or not _slip(g, parsed.value)) and severity == Severity.ERROR:
        severity = Severity.WARNING
    loc = cell(doc, ln, g.col)
    return Finding(loaded.id, severity, None, label, column, loc, parsed.value, round(g.expected, 6),
                   parsed.value - g.expected, Message(f"generic_{g.what}", dict(**said)), row_label=label,
                   related=tuple(cell(doc, pl, pc) for pl, pc in g.parts[:30]),
                   position=loc.line or loc.page or 0, decimals=parsed.decimals,
                   unit="%" if percent else None,
                   row_key=f"{printed.title or where(printed, ln.table)}|{label}",  # stable across redrafts
                   suggestions=_derived_fix(loaded.id, printed, ln, g, label, column, loc), hint=g.hint)


#: a sum printed this close to the sum of the rows read is a slip of the sum, whatever the rows' structure
CLOSE = 0.05


def _slip(g: Gap, printed: float | None) -> bool:
    """Is the printed sum off from the rows read as a hand slips: a keystroke, a thousand group, a row left out or
    counted twice, or a few percent? A sum off by more than that in a table no kind read more likely adds up other
    rows than the ones its structure was read to have (a total of the page before, a parent of other children):
    a warning, not an error. Percentages are not sums: judged as they are."""
    if g.what not in ("total", "parent", "column") or printed is None or not g.expected:
        return True
    gap = abs(printed - g.expected)
    if gap <= CLOSE * abs(g.expected) or mistyped(printed, g.expected):
        return True
    parts = [pl.figure(pc).value for pl, pc in g.parts]
    return any(v is not None and abs(abs(v) - gap) < 0.5 for v in parts)


def _derived_fix(rule: str, printed, ln, g: Gap, label: str, column: str, loc: Location) -> tuple[Fix, ...]:
    """A percentage computed from figures of the page (its row's two, or its share of the total) is the cell to
    change when its figures stand: the value they give, at the places the cell is printed with. Medium: the
    figures themselves may be the mistake (a total that does not add up says so in its own finding)."""
    if g.what not in ("percent", "share", "formula") or g.col >= len(ln.cells):
        return ()
    raw = ln.cells[g.col].text
    places = ln.figure(g.col).decimals
    value = round(g.expected, places)
    return (Fix(where(printed, ln.table), label, column, loc, ln.figure(g.col).value, value, "medium",
                Message("fix_reason", {"n": 1, "rules": rule}), raw, format_like(raw, value, decimals=places),
                (rule,), row_label=label),)


def _parts_text(printed, g: Gap) -> str:
    """What the expected value was computed from, in the table's own words."""
    def header(col: int) -> str:
        return printed.headers[col].split(" / ")[-1] or column_letter(col)

    if g.what == "column":
        names = [header(c) for _, c in g.parts]
        if len(set(names)) < len(names):  # `P + P + P`: the same label under each group, said with its group
            names = [printed.headers[c] or column_letter(c) for _, c in g.parts]
        return " + ".join(names)
    if g.what == "formula":  # as the table prints it
        return printed.formulas[g.col].printed
    if g.what == "percent" and g.parts[0][1] == g.parts[1][1]:  # a card printed across: its rows divide
        return f"'{_label(g.parts[0][0])}' / '{_label(g.parts[1][0])}' × 100"
    if g.what == "percent":
        return f"{header(g.parts[0][1])} / {header(g.parts[1][1])} × 100"
    if g.what in ("difference", "difference_sign"):  # said the way the expected value is signed
        first, second = g.line.figure(g.parts[0][1]).value, g.line.figure(g.parts[1][1]).value
        names = [header(g.parts[0][1]), header(g.parts[1][1])]
        return " − ".join(names if (g.expected >= 0) == (first >= second) else names[::-1])
    if g.what == "share":
        return f"{header(g.parts[0][1])} / {header(g.parts[1][1])} × 100"
    if g.what == "growth":  # parts: (later, earlier)
        later, earlier = header(g.parts[0][1]), header(g.parts[1][1])
        return f"({later} − {earlier}) / {earlier} × 100"
    if g.what == "part":
        return f"'{_label(g.parts[0][0])}'"
    if g.what == "cell":
        return ", ".join(f"'{_label(ln)}' / '{header(c)}'" for ln, c in g.parts)
    return str(len(g.parts))


def half(parsed, percent: bool = False) -> float:
    """Half a unit in the last printed place; a whole percentage is rounded too (`88%`)."""
    if percent:
        return 0.5 * 10 ** -parsed.decimals
    return halfwidth(parsed, exact=False, kind="number")


def sheet_errors(ctx, loaded, doc, printed) -> list[Finding]:
    """Every cell of a printed table printing a spreadsheet's formula error (`#DIV/0!`), in the columns no table
    kind read (all of them in a table no kind read): a reader's PARSE001 says those of the columns it reads."""
    out = []
    for ln in printed.lines:
        for col, c in enumerate(ln.cells):
            if (printed.read and col not in printed.unread) or not sheet_error(c.text):
                continue
            label, column, loc = _label(ln), printed.headers[col] or column_letter(col), cell(doc, ln, col)
            raw = c.text.strip()
            out.append(Finding(loaded.id, Severity(loaded.rule.severity), None, label, column, loc, raw, None, None,
                               Message("generic_sheet_error", dict(where=where(printed, ln.table), label=label,
                                                                   column=column, raw=raw)),
                               row_label=label, position=loc.line or loc.page or 0,
                               row_key=f"{printed.title or where(printed, ln.table)}|{label}"))
    return out


def _label(ln) -> str:
    return ln.label or f"{ln.at + 1}"


def meets_sum(total, parts) -> bool:
    """Do the printed parts' intervals add up to meet the printed total's?"""
    lo = sum(p.value - half(p) for p in parts)
    hi = sum(p.value + half(p) for p in parts)
    h = half(total)
    return bool(meets(lo, hi, total.value - h, total.value + h, TOLERANCE.get()))


def ratio_meets(stated, num, den) -> tuple[bool, float]:
    """Does a printed percentage meet 100 × num / den (the inputs' rounding carried through)?"""
    lo, hi, point = divide(num.value, half(num), den.value, half(den))
    h = half(stated, percent=True)
    ok = meets(stated.value - h, stated.value + h, 100 * lo, 100 * hi, TOLERANCE.get())
    return bool(ok), 100 * point
