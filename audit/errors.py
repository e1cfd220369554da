"""Exceptions for broken input or configuration only; findings are never exceptions.

Each carries a message key and the place (file, and line or cell when known), so
the CLI can print one clear line in the user's language.
"""
from __future__ import annotations

from audit.i18n import t


class AuditError(Exception):
    """Base: something we cannot audit. Exit code 2."""

    kind = "input_error"

    def __init__(self, key: str, file: str | None = None, where: str | None = None, **params):
        self.key, self.file, self.where, self.params = key, file, where, params
        super().__init__(self.render("en"))

    def render(self, lang: str = "id") -> str:
        place = ":".join(p for p in (self.file, self.where) if p)
        text = t(self.key, lang, **self.params)
        return f"{place}: {text}" if place else text


class InputError(AuditError):
    """The report cannot be read."""


class ConfigError(AuditError):
    """A rule pack or configuration is invalid."""

    kind = "config_error"
