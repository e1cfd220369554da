"""Exceptions for broken input or configuration only; findings are never exceptions.

Each carries a message key and the place (file, and line or cell when known), so
the CLI can print one clear line in the user's language.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from typing import Any

from audit.i18n import t
from audit.message import Message

#: a message rendered later, in the reader's language, e.g. a parameter of another message: lets a reader
#: say *why* in words that follow `--lang` (`'year' must be a whole number`), not only in the fixed English
#: of the library that failed
Text = Message


class AuditError(Exception):
    """Base: something we cannot audit. Exit code 2."""

    kind = "input_error"

    def __init__(self, key: str, file: str | None = None, where: str | Message | None = None, **params):
        self.key, self.file, self.where, self.params = key, file, where, params
        super().__init__(self.render("en"))

    def render(self, lang: str = "id") -> str:
        where = self.where.render(lang) if isinstance(self.where, Message) else self.where  # `hlm. 3` / `page 3`
        place = ":".join(p for p in (self.file, where) if p)
        text = Message(self.key, self.params).render(lang)
        return f"{place}: {text}" if place else text


class InputError(AuditError):
    """The report cannot be read."""


class ConfigError(AuditError):
    """A rule pack or configuration is invalid."""

    kind = "config_error"


def one_line(exc: BaseException, lang: str = "id") -> str:
    """The one line a user reads for a failure. Ours name the file, the place and the problem; a system
    error names its file; anything else is a fault of lkjip-audit, not of the report, and says so."""
    if isinstance(exc, AuditError):
        return f"{t(exc.kind, lang)}: {exc.render(lang)}"
    if isinstance(exc, OSError) and exc.strerror:
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{t('file_error', lang)}: {where}{exc.strerror}"
    return f"{t('internal_error', lang)}: {type(exc).__name__}: {exc}"


#: pydantic's error types and what the value should have been, as the catalogue says it
EXPECTED = {
    "int_parsing": "expect_int", "int_type": "expect_int", "int_from_float": "expect_int",
    "float_parsing": "expect_number", "float_type": "expect_number", "string_type": "expect_text",
    "list_type": "expect_list", "tuple_type": "expect_list", "set_type": "expect_list", "dict_type": "expect_mapping",
    "model_type": "expect_mapping", "model_attributes_type": "expect_mapping", "bool_parsing": "expect_bool",
    "bool_type": "expect_bool", "date_parsing": "expect_date", "date_type": "expect_date",
    "date_from_datetime_parsing": "expect_date",
}
_LIMITS = {"greater_than_equal": ("ge", "expect_at_least"), "greater_than": ("gt", "expect_above"),
           "less_than_equal": ("le", "expect_at_most"), "less_than": ("lt", "expect_below")}


def validation_text(err: Mapping[str, Any], known: Iterable[str] = ()) -> Message:
    """One of pydantic's errors (`exc.errors()[n]`) in the reader's language: pydantic says `Extra inputs
    are not permitted` or `Input should be ...` in English whatever `--lang` is. `known`: the keys allowed
    where the error is, for "did you mean". An error of a kind not known here keeps pydantic's words,
    framed in the reader's language."""
    loc = list(err.get("loc") or ())
    key = ".".join(str(p) for p in loc) or "-"
    kind, ctx = err.get("type"), err.get("ctx") or {}
    if kind == "missing":
        return Message("meta_missing", {"key": key})
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(str(loc[-1]), list(known), n=1) if loc else []
        return Message("meta_unknown", {"key": key, "hint": Message("did_you_mean", {"name": close[0]}) if close
                                        else ""})
    value = shown_value(err.get("input"))
    if kind in EXPECTED:
        return Message("meta_type", {"key": key, "expected": Message(EXPECTED[kind]), "value": value})
    if kind in ("literal_error", "enum"):
        choices = ", ".join(re.findall(r"'([^']*)'", str(ctx.get("expected", ""))))
        return Message("meta_type", {"key": key, "expected": Message("expect_choice", {"choices": choices}),
                                     "value": value})
    if kind == "string_pattern_mismatch":
        choices = ", ".join(re.findall(r"[a-z]+", str(ctx.get("pattern", ""))))
        return Message("meta_type", {"key": key, "expected": Message("expect_choice", {"choices": choices}),
                                     "value": value})
    if kind in _LIMITS:
        bound, words = _LIMITS[kind]
        return Message("meta_type", {"key": key, "expected": Message(words, {"limit": ctx.get(bound)}),
                                     "value": value})
    return Message("meta_invalid", {"key": key, "detail": str(err.get("msg", ""))})


def shown_value(value) -> str:
    """A short, safe rendering of a value found (a YAML value may be huge or nested)."""
    if isinstance(value, (dict, list)):
        return "{…}" if isinstance(value, dict) else "[…]"
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 40 else text[:37] + "…'"
