"""An indicator's polarity from what the report prints: a column value, a phrase, its wording.

The words are data (`schemas/polarity.yaml`), shared by the document reader (which
finds the phrases in the text) and the `ratio` rule kind (which reads columns and
wording). Everything here answers "negative", "positive" or None (not said).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


def _words(text: object) -> str:
    """Lower case, words only (`+` and `-` kept when they are all there is)."""
    s = " ".join(str(text or "").split()).lower()
    bare = re.sub(r"[^0-9a-z+\-−↑↓()]+", " ", s).strip()
    return bare if re.fullmatch(r"[\s()+\-−↑↓]*", bare) else " ".join(re.sub(r"[^0-9a-z]+", " ", s).split())


@dataclass(frozen=True)
class Vocabulary:
    values: dict[str, str]  # normalised cell -> polarity
    phrases: tuple[tuple[re.Pattern, str], ...]
    hints: tuple[str, ...]
    unless: tuple[str, ...]


def _phrase(text: str) -> re.Pattern:
    """A phrase whose words may be up to two words apart (`semakin kecil nilainya semakin baik`)."""
    gap = r"\W+(?:\w+\W+){0,2}?"
    return re.compile(r"\b" + gap.join(re.escape(w) for w in text.split()) + r"\b", re.I)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    from audit.yamlsafe import shipped

    data = shipped("polarity.yaml")
    values = {_words(v): pol for pol in ("negative", "positive") for v in data["values"][pol]}
    phrases = tuple((_phrase(p), pol) for pol in ("negative", "positive") for p in data["phrases"][pol])
    return Vocabulary(values, phrases, tuple(_words(h) for h in data["hints"]["negative"]),
                      tuple(_words(u) for u in data["hints"]["unless"]))


def from_value(cell: object) -> str | None:
    """The polarity a Polaritas / Sifat cell states (`-`, `Negatif`, `semakin rendah semakin baik`)."""
    if not isinstance(cell, str) or not cell.strip():
        return None
    vocab = vocabulary()
    key = _words(cell)
    if key in vocab.values:
        return vocab.values[key]
    said = {pol for pattern, pol in vocab.phrases if pattern.search(cell)}
    return said.pop() if len(said) == 1 else None


def phrases_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, polarity) of every polarity phrase in a sentence."""
    return sorted((m.start(), m.end(), pol) for pattern, pol in vocabulary().phrases for m in pattern.finditer(text))


def hinted(name: object) -> str | None:
    """The words of an indicator's name that suggest lower is better (`angka kematian`), if any."""
    if not isinstance(name, str):
        return None
    vocab = vocabulary()
    words = f" {_words(name)} "
    if any(f" {u} " in words for u in vocab.unless):
        return None
    return next((h for h in vocab.hints if f" {h} " in words), None)
