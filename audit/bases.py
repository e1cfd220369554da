"""The base a rate of counts is printed per, as its row says it: per 1.000, per 100.000, per mil, ‰.

A share of counts is a percentage unless its indicator names another base: angka kematian ibu per
100.000 kelahiran hidup, angka kematian bayi per 1.000 KH, angka kontak `150 per mil`. The base is read
from the row's label, its satuan, and the text of its share and target cells as printed (a document's
header naming a base is copied into the satuan of its rows by the reader, `audit.document.layouts`).
An indicator worded as a rate (`angka kematian`, `prevalensi`) whose row names no base has none to
recompute at: the `ratio` kind then does not hold it to a percentage alone.
"""
from __future__ import annotations

import re

import numpy as np

#: `per 1.000`, `/100.000`, `per 10 000`, `1.000 KH`, `100.000 kelahiran hidup`
_NUMBER = r"(1(?:[.,\s]?000){1,2}|10[.,\s]?000|100[.,\s]?000)"
_PATTERNS: tuple[tuple[re.Pattern, float | None], ...] = (
    (re.compile(r"‰"), 1000.0),
    (re.compile(r"\bper\s*mil(?:le)?\b|\bpermil\b|\bper\s*seribu\b|\bperseribu\b", re.I), 1000.0),
    (re.compile(r"\bper\s*sepuluh\s*ribu\b", re.I), 10000.0),
    (re.compile(r"\bper\s*seratus\s*ribu\b|\bperseratus\s*ribu\b", re.I), 100000.0),
    (re.compile(r"(?:\bper\b|/)\s*" + _NUMBER + r"(?![\d.,])", re.I), None),
    (re.compile(r"(?<![\d.,])" + _NUMBER + r"\s*(?:kh\b|kelahiran|lahir hidup|penduduk|jiwa)", re.I), None),
)

#: words of an indicator measured as a rate, whose base a row may leave unsaid
_RATE_WORDS = re.compile(r"\b(?:angka\s+kematian|angka\s+kesakitan|angka\s+kelahiran|angka\s+kontak|prevalensi|"
                         r"insiden(?:s|si)?|aki|akb|akaba|akn|mmr|imr)\b", re.I)

#: the bases tried for a rate whose row names none
RATE_BASES = (1000.0, 10000.0, 100000.0)


def base_of(text: object) -> float | None:
    """The base a text names (`per 1.000 KH` -> 1000), or None."""
    if not isinstance(text, str) or not text.strip():
        return None
    found = set()
    for pattern, base in _PATTERNS:
        for m in pattern.finditer(text):
            found.add(base if base is not None else float(re.sub(r"\D", "", m.group(1))))
    return found.pop() if len(found) == 1 else None  # two bases in one text say nothing sure


def resolve(table, pos: np.ndarray, columns: tuple[str, ...], labels: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Per row at `pos`: the base its cells of `columns` name (NaN: none), and whether its label (`labels`) words
    it as a rate without naming a base. The first cell naming a base wins, in the order of `columns`."""
    base = np.full(len(pos), np.nan)
    rate = np.zeros(len(pos), dtype=bool)
    present = [c for c in columns if c in table.raw.columns]
    if not present:
        return base, rate
    texts = [table.raw[c].to_numpy()[pos] for c in present]
    named = [table.raw[c].to_numpy()[pos] for c in present if c in labels]
    for k in range(len(pos)):
        for column in texts:
            said = base_of(column[k])
            if said is not None:
                base[k] = said
                break
        else:
            rate[k] = any(isinstance(lab[k], str) and _RATE_WORDS.search(lab[k]) for lab in named)
    return base, rate
