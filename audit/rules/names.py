"""Names of programs, kegiatan and indicators are spelled differently between tables.

`normalize` removes what varies without changing meaning (case, numbering,
"Program"/"Kegiatan"/"Sub Kegiatan" prefixes, punctuation, a few spelling
variants); `best_match` then allows small typos and truncated labels, but only
when exactly one candidate is close.
"""
from __future__ import annotations

import difflib
import re
from functools import lru_cache

from audit.numbers import clean

_PREFIX = re.compile(
    r"^(?:(?:\d+|[a-z]|[ivx]+)\s*[.):]\s*|\d+\s+|"
    r"(?:sub\s*kegiatan|kegiatan|program)\b\s*(?:\d+\s*[.):]?)?\s*[:.]?\s*)"
)
_VARIANTS = {"ketenteraman": "ketentraman", "prsentase": "persentase", "prosentase": "persentase",
             "fasilitas": "fasilitasi", "kab": "kabupaten", "atau": "dan", "peralatannya": "peralatan"}


@lru_cache(maxsize=4096)
def normalize(text: object) -> str:
    s = clean(str(text or "")).lower()
    s = re.sub(r"<[^>]+>", " ", s)
    previous = None
    while previous != s:
        previous, s = s, _PREFIX.sub("", s.strip(), count=1)
    s = re.sub(r"[^0-9a-z]+", " ", s).strip()
    words = [_VARIANTS.get(w, w) for w in s.split()]
    return " ".join(words)


@lru_cache(maxsize=65536)
def _close_enough(a: str, b: str, cutoff: float) -> bool:
    """A cheap upper bound first: very different lengths cannot be similar (unless truncated)."""
    la, lb = len(a), len(b)
    if min(la, lb) == 0:
        return False
    if a.split()[:3] == b.split()[:3]:
        return True
    return 2 * min(la, lb) / (la + lb) >= cutoff


def similarity(a: str, b: str, floor: float = 0.0) -> float:
    """How alike two normalised names are (0 to 1); below `floor` the answer may be 0 (cheap bounds first)."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) >= 3 and long_[: len(short)] == short:
        return 0.9  # a truncated label
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:  # upper bounds of ratio()
        return 0.0
    return matcher.ratio()


def best_match(name: str, candidates, cutoff: float = 0.88) -> str | None:
    """The single candidate closest to `name`, if it is close enough and unambiguous."""
    return _best_match(name, tuple(sorted(set(candidates))), cutoff)


@lru_cache(maxsize=16384)
def _best_match(name: str, candidates: tuple[str, ...], cutoff: float) -> str | None:
    quick = [c for c in candidates if _close_enough(name, c, cutoff)]
    scored = sorted(((similarity(name, c, cutoff), c) for c in quick), reverse=True)  # below cutoff: no say
    if not scored or scored[0][0] < cutoff:
        return None
    if len(scored) > 1 and scored[1][0] >= cutoff and scored[1][0] >= scored[0][0] - 0.02:
        return None
    return scored[0][1]
