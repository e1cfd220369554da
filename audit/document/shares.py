"""Which amounts a sentence's percentage is stated of, and which words give an amount its role.

Agencies pack several statements into one sentence: `realisasi belanja Rp A dari pagu Rp B atau
96,20%, dan realisasi pendapatan Rp C atau 103,05% dari target Rp D`. A percentage is read as the
share of two amounts only when it is stated of them: right after one of them (`atau`, `sebesar`,
`mencapai`, `(`), the other one in the same clause before it or in a `dari`/`terhadap`/`atas` phrase
right after it. Each amount serves one percentage. A percentage with no such pair is not a share.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# where a clause of a sentence ends: the next statement starts after it
_BREAK = re.compile(r";|,\s*(?:dan|sedangkan|serta|sementara|namun|adapun|sehingga)\b"
                    r"|\b(?:sedangkan|sementara\s+itu)\b", re.I)
_PERCENT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|persen\b)", re.I)
# the words between an amount and the percentage stated of it: `atau`, `atau sebesar`, `yang mencapai`, `(`
_LINK = re.compile(r"[\s,]*(?:(?:atau|yaitu|yakni|mencapai|sebesar|setara|dengan|persentase|sekitar|telah|yang)\b"
                   r"[\s,]*)*\(?\s*", re.I)
# the words between a percentage and the amount it is of: `dari target`, `terhadap pagu anggaran sebesar`
_OF = re.compile(r"\s*\)?\s*(?:dari|terhadap|atas)\b(?:\s+[a-z]+){0,4}?\s*(?:sebesar)?\s*", re.I)
# an amount introduced as the base: `dari pagu Rp`, but not `terdiri dari belanja pegawai Rp`
_BASE = re.compile(r"(?<!terdiri )(?<!berasal )(?<!bersumber )\b(?:dari|terhadap|atas)\b(?:\s+[a-z]+){0,4}?\s*"
                   r"(?:sebesar)?\s*:?\s*$", re.I)
_SPENT = re.compile(r"reali|diserap|terserap|penyerapan|tercapai", re.I)
# the words that say what an amount is; the nearest ones before it win
ROLE = re.compile(r"\b(?:pagu|anggaran|alokasi|target|realisasi|terealisasi|direalisasikan|diserap|terserap|"
                  r"penyerapan)\b", re.I)
_CONTEXT = 100  # characters before an amount that can give its role


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    value: float
    text: str  # as printed, `Rp 9.620.000.000`
    error: float = 0.0  # how far the value may lie from the printed one (`Rp 1,5 miliar`)


@dataclass(frozen=True)
class Share:
    number: str  # the percentage's digits, `96,20`
    text: str  # as printed, `96,20%`
    base: Amount
    part: Amount


def find_shares(sentence: str, amounts: list[Amount]) -> list[Share]:
    """Each percentage of the sentence with the two amounts it is stated of, when it has them."""
    out: list[Share] = []
    used: set[Amount] = set()
    for p in _PERCENT.finditer(sentence):
        lo = _clause_start(sentence, p.start())
        before = [a for a in amounts if lo <= a.start and a.end <= p.start() and a not in used]
        if not before or not _LINK.fullmatch(sentence[before[-1].end:p.start()]):
            continue
        after = next((a for a in amounts if a.start >= p.end()), None)
        if after is not None and after not in used and _OF.fullmatch(sentence[p.end():after.start]):
            base, part = after, before[-1]
        elif len(before) >= 2:
            base, part = _base_and_part(sentence, lo, before[-2], before[-1])
        else:
            continue
        used.update((base, part))
        out.append(Share(p.group(1), p.group(0), base, part))
    return out


def _clause_start(sentence: str, at: int) -> int:
    ends = [m.end() for m in _BREAK.finditer(sentence, 0, at)]
    return ends[-1] if ends else 0


def _base_and_part(sentence: str, lo: int, first: Amount, second: Amount) -> tuple[Amount, Amount]:
    """`dari pagu` marks the base; else `terealisasi` marks the part; else the base comes first."""
    between, ahead = sentence[first.end:second.start], sentence[max(lo, first.start - 40):first.start]
    if _BASE.search(between):
        return second, first
    if _BASE.search(ahead) or _SPENT.search(between):
        return first, second
    if _SPENT.search(ahead):
        return second, first
    return first, second


def amount_roles(sentence: str, amounts: list[Amount]) -> list[str]:
    """For each amount, the words before it that say what it is.

    The role is given by the nearest words that name one (`pagu`, `realisasi`, ...): in `realisasi
    belanja Rp A dari pagu Rp B`, B is a pagu. Role words said of earlier amounts are dropped; the
    other words of the statement (`belanja`, `pendapatan`) are kept. A stated percentage or a `;`
    ends a statement.
    """
    out = []
    for a in amounts:
        lo = max(a.start - _CONTEXT, _statement_start(sentence, a.start))
        earlier = [b.end for b in amounts if lo <= b.start and b.end <= a.start]
        roles = [m.start() for m in ROLE.finditer(sentence, lo, a.start)]
        own = max((e for e in earlier if roles and e <= roles[-1]), default=lo) if roles else lo
        out.append(ROLE.sub(" ", sentence[lo:own]) + sentence[own:a.start])
    return out


def _statement_start(sentence: str, at: int) -> int:
    ends = [m.end() for m in _PERCENT.finditer(sentence, 0, at)] + [m.end() for m in re.finditer(";", sentence[:at])]
    return max(ends, default=0)
