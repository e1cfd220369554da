"""What a finding says, kept as a key and its parameters until an output says it in a language.

A check finds something once; the terminal, the JSON or the working paper puts it
into Indonesian or English when it writes. So one audit renders in any language,
and nothing before the output (readers, validation, rules, fix ranking) needs to
know which one the reader asked for.
"""
from __future__ import annotations

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


#: what a finding's message, hint or a fix's reason may be: words to render, or text said as is
Said = Message | Joined | str


def say(value, lang: str = "id"):
    """`value` in `lang`: a `Message` or `Joined` rendered, anything else (text, a number, None) as is."""
    return value.render(lang) if isinstance(value, (Message, Joined)) else value


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
