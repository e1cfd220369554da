"""The `staff` check of the `generic` kind: every breakdown of the staff counts the same people.

A staff table is one whose caption (or innermost heading) names staff (`words`: pegawai, ASN,
PNS, SDM, tenaga, ...) and which prints a total row. Its headcount is the grand total cell (the
total column of the last, highest total row, or that row's only figure), of the people its caption
names: all staff, ASN (PNS and PPPK), or PNS or PPPK alone. A table with status columns (`PNS`,
`PPPK`, `Non ASN`) also gives the ASN, PNS and PPPK counts of its grand total row. A headcount
that differs from the one most tables give (on a tie, the first printed) is reported at its cell;
two recognised tables are compared by the rule packs already.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from audit.document import structure
from audit.rules.kinds.generic import Gap, finding, where
from audit.rules.kinds.generic_sums import _column_groups, sums

#: status column headers (lowercase) -> the people they count
STATUS = {"pns": "pns", "cpns": "pns", "pppk": "pppk", "p3k": "pppk", "asn": "asn"}
NOT_ASN = ("non asn", "nonasn", "honorer", "tkb", "ptt", "thl", "kontrak", "blud", "tenaga kontrak")


@dataclass
class Count:
    printed: object  # structure.Printed
    read: bool  # recognised by the classifier
    scope: str  # all | asn | pns | pppk: whom the grand total counts
    line: object  # the grand total row
    col: int
    value: float  # as its own parts give it when the printed total contradicts them
    also: dict  # scope -> count, from its status columns


def check(ctx, loaded, p, info) -> list:
    counts = [c for c in (_count(t, info.log, p.words) for t in info.document.tables) if c is not None]
    out = []
    for c in counts:
        given = [(o, o.value if o.scope == c.scope else o.also.get(c.scope)) for o in counts]
        given = [(o, v) for o, v in given if v is not None]
        if len(given) < 2:
            continue
        tally = Counter(v for _, v in given)
        top = max(tally.values())
        right = next(v for _, v in given if tally[v] == top)  # the most common; on a tie, the first printed
        agree = [o for o, v in given if v == right]
        if c.value == right or (c.read and all(o.read for o in agree)):
            continue
        gap = Gap(c.line, c.col, right, [(o.line, o.col) for o in agree], "staff")
        out.append(finding(ctx, loaded, info.document, c.printed, gap,
                           others=", ".join(where(o.printed) for o in agree)))
    return out


def _count(table, log, words) -> Count | None:
    statuses = {e.status for e in log if e.table == table.index}
    if not statuses & {"read", "unrecognised"}:
        return None
    scope = _scope(table, words)
    printed = structure.read(table) if scope else None
    totals = [ln for ln in printed.lines if ln.total] if printed else []
    if not totals:
        return None
    grand = max(reversed(totals), key=lambda ln: ln.rank)
    groups = _column_groups(printed)
    if len(groups) > 1:
        return None  # several totals (one per year, per group): which is the headcount is not said
    cols = [groups[0][0]] if groups else [c for c in grand.values if printed.additive(c)]
    if len(cols) != 1 or cols[0] not in grand.values:
        return None
    col = cols[0]
    own = {(id(g.line), g.col): g.expected for g in sums(printed)}  # a total its own table contradicts
    value = own.get((id(grand), col), grand.values[col].value)
    return Count(printed, "read" in statuses, scope, grand, col, value, _by_status(printed, grand, scope))


def _scope(table, words) -> str | None:
    """Whom a staff table counts, from its caption; None when it is no staff table."""
    text = " ".join([*table.caption[-2:], *table.section[-1:]])
    key = structure.key_of(text)
    if not any(structure.has_word(key, structure.key_of(w)) for w in words):
        return None
    if any(structure.has_word(key, w) for w in NOT_ASN):
        return "all"
    named = {s for w, s in STATUS.items() if structure.has_word(key, w)}
    if "asn" in named or {"pns", "pppk"} <= named:
        return "asn"
    return named.pop() if len(named) == 1 else "all"


def _by_status(printed, grand, scope: str) -> dict:
    """Counts by status from the grand total row's status columns (`PNS`, `PPPK`)."""
    out: dict[str, float] = {}
    for col, value in grand.values.items():
        name = STATUS.get(structure.key_of(printed.headers[col].split(" / ")[-1]))
        if name in ("pns", "pppk"):
            out[name] = value.value
    if {"pns", "pppk"} <= set(out):
        out["asn"] = out["pns"] + out["pppk"]
    return {k: v for k, v in out.items() if k != scope}
