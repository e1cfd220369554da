"""What a finding says, kept as a key and its parameters until an output says it in a language.

A check finds something once; the terminal, the JSON or the working paper puts it
into Indonesian or English when it writes. So one audit renders in any language,
and nothing before the output (readers, validation, rules, fix ranking) needs to
know which one the reader asked for.
"""
from __future__ import annotations

import math
import string
from dataclasses import dataclass, field

from audit.i18n import t


@dataclass(frozen=True)
class Message:
    """`key` in the catalogue (`audit.i18n`) with `params`; a parameter may be a `Message` or `Joined` itself.

    `words` holds the template by language when it is not in the catalogue: a rule
    pack's own message (`{"id": ..., "en": ...}`), whose unknown placeholders stay
    as written, as a rule author sees them.
    """

    key: str
    params: dict = field(default_factory=dict, hash=False)
    words: dict | None = field(default=None, hash=False)

    def render(self, lang: str = "id") -> str:
        params = {k: say(v, lang) for k, v in self.params.items()}
        if self.words is None:
            return t(self.key, lang, **params)
        template = self.words.get(lang) or self.words["id"]
        return string.Formatter().vformat(template, (), _Keep(params)) if params else template


@dataclass(frozen=True)
class Joined:
    """Texts said one after the other, `sep` between them (a hint with a note added, a fix's reasons)."""

    parts: tuple = ()
    sep: str = ""

    def render(self, lang: str = "id") -> str:
        return self.sep.join(say(p, lang) for p in self.parts)


def format_number(value: float | None, decimals: int | None = None, lang: str = "id",
                  unit: str | None = None) -> str:
    """The one way a number is shown to a person: `105.145.000`, `82,92%` (id), `105,145,000`, `82.92%` (en).

    `decimals` is the precision the report printed the value at; without it a whole number has
    none and any other two (a tiny one its first two significant digits, not a bare zero).
    `unit` "%" follows the number, "Rp" goes before it, a word (`Dok`) after a space.
    Missing and NaN are `-`, infinities `∞`. Machine fields (JSON numbers, a cell's own text) never
    come here: this is text for a reader.
    """
    if value is None or isinstance(value, bool):
        return "-"
    v = float(value)
    if math.isnan(v):
        return "-"
    if math.isinf(v):
        text = ("-" if v < 0 else "") + "∞"
    else:
        places = _places(v) if decimals is None else min(max(int(decimals), 0), 12)
        body = f"{abs(v):,.{places}f}"
        if decimals is None and places > 2:  # a tiny value: its significant digits, no trailing zeros
            body = body.rstrip("0")
        if lang != "en":
            body = body.replace(",", "\0").replace(".", ",").replace("\0", ".")
        text = ("-" if v < 0 and body.strip("0.,") else "") + body  # no `-0`
    if not unit:
        return text
    if unit == "%":
        return text + "%"
    if unit == "Rp":
        return f"Rp {text}"
    return f"{text} {unit}"


def _places(v: float) -> int:
    if v.is_integer():
        return 0
    if abs(v) >= 0.005:
        return 2
    return min(-math.floor(math.log10(abs(v))) + 1, 12)


@dataclass(frozen=True)
class Number:
    """A number in a message, said in the reader's language at the precision the report printed it."""

    value: float
    decimals: int | None = None
    unit: str | None = None

    def render(self, lang: str = "id") -> str:
        return format_number(self.value, self.decimals, lang, self.unit)


#: what a finding's message, hint or a fix's reason may be: words to render, or text said as is
Said = Message | Joined | str


def say(value, lang: str = "id"):
    """`value` in `lang`: a `Message`, `Joined` or `Number` rendered, anything else (text, None) as is."""
    return value.render(lang) if isinstance(value, (Message, Joined, Number)) else value


def join(first, second, sep: str = "") -> Said | None:
    """`first` then `second`, either of which may be missing."""
    if not first:
        return second
    if not second:
        return first
    return Joined((first, second), sep)


class _Keep(dict):
    def __missing__(self, key):
        return "{" + key + "}"
