"""Exceptions for broken input or configuration only; findings are never exceptions.

Each carries a message key and the place (file, and line or cell when known), so
the CLI can print one clear line in the user's language.
"""
from __future__ import annotations

from audit.i18n import t
from audit.message import Message

#: a message rendered later, in the reader's language, e.g. a parameter of another message: lets a reader
#: say *why* in words that follow `--lang` (`'year' must be a whole number`), not only in the fixed English
#: of the library that failed
Text = Message


class AuditError(Exception):
    """Base: something we cannot audit. Exit code 2."""

    kind = "input_error"

    def __init__(self, key: str, file: str | None = None, where: str | None = None, **params):
        self.key, self.file, self.where, self.params = key, file, where, params
        super().__init__(self.render("en"))

    def render(self, lang: str = "id") -> str:
        place = ":".join(p for p in (self.file, self.where) if p)
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
