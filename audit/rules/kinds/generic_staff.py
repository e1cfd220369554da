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

import re
from collections import Counter
from dataclasses import dataclass

from audit.rules.kinds.generic_base import Gap, finding, where
from audit.rules.kinds.generic_sums import sums

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
    counts = [c for c in (_count(t, p.words) for t in getattr(info, "printed", [])) if c is not None]
    out = []
    for c in counts:
        said = ((o, o.value if o.scope == c.scope else o.also.get(c.scope)) for o in counts)
        given = [(o, v) for o, v in said if v is not None]
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


def _count(printed, words) -> Count | None:
    """A staff table's headcount, where its grand total row and column say it; None for other tables."""
    scope = _scope(printed.context, words)
    totals = [ln for ln in printed.lines if ln.total] if scope else []
    if not scope or not totals:
        return None
    grand = max(reversed(totals), key=lambda ln: ln.rank)
    if len(printed.totals) > 1:
        return None  # several total columns (one per year, per group): which is the headcount is not said
    cols = [printed.totals[0][0]] if printed.totals else [c for c in grand.values if printed.additive(c)]
    if len(cols) != 1 or cols[0] not in grand.values:
        return None
    col = cols[0]
    own = {(id(g.line), g.col): g.expected for g in sums(printed)}  # a total its own table contradicts
    value = own.get((id(grand), col), grand.values[col].value)
    return Count(printed, printed.read, scope, grand, col, value, _by_status(printed, grand, scope))


def _scope(context: str, words) -> str | None:
    """Whom a staff table counts, from its title and heading; None when it is no staff table."""
    if not any(_has(context, _key(w)) for w in words):
        return None
    if any(_has(context, w) for w in NOT_ASN):
        return "all"
    named = {s for w, s in STATUS.items() if _has(context, w)}
    if "asn" in named or {"pns", "pppk"} <= named:
        return "asn"
    return named.pop() if len(named) == 1 else "all"


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", (text or "").lower()).split())


def _has(key: str, word: str) -> bool:
    return f" {word} " in f" {key} "


def _by_status(printed, grand, scope: str) -> dict:
    """Counts by status from the grand total row's status columns (`PNS`, `PPPK`)."""
    out: dict[str, float] = {}
    for col, value in grand.values.items():
        name = STATUS.get(_key(printed.headers[col].split(" / ")[-1]))
        if name in ("pns", "pppk"):
            out[name] = value.value
    if {"pns", "pppk"} <= set(out):
        out["asn"] = out["pns"] + out["pppk"]
    return {k: v for k, v in out.items() if k != scope}
