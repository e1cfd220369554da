"""Rule kinds: a name, a pydantic model of its params, and a function.

Adding a kind is one module in `audit/rules/kinds/` with a `@kind(...)` function
plus its tests; adding a rule is YAML only.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class RuleKind:
    name: str
    params: type
    run: Callable
    doc: str
    document: bool = False  # reads the document (prose, headings): nothing to check in tables alone


KINDS: dict[str, RuleKind] = {}


def kind(name: str, params: type, document: bool = False):
    """Register `fn(ctx, rule, params, report) -> list[Finding]` as rule kind `name`.

    `document=True`: the kind reads `report.document`; the engine does not call it for a
    report read from tables (it has nothing to check there, and is not "skipped" either)."""

    def register(fn: Callable) -> Callable:
        KINDS[name] = RuleKind(name, params, fn, (fn.__doc__ or "").strip(), document)
        return fn

    return register


_plugins_loaded = False


def load_builtin_kinds() -> None:
    """The built-in kinds, then those of installed plugins (entry points `lkjip_audit.rule_kinds`)."""
    global _plugins_loaded
    from audit.rules.kinds import claim, count, document, match, ratio, scale, sum  # noqa: F401

    if _plugins_loaded:
        return
    _plugins_loaded = True
    from importlib.metadata import entry_points

    for ep in entry_points(group="lkjip_audit.rule_kinds"):
        try:
            ep.load()  # importing the module registers its kinds with @kind
        except Exception as exc:  # a broken plugin is a configuration error, said in one line
            from audit.errors import ConfigError

            raise ConfigError("bad_plugin", ep.value, None, name=ep.name, detail=f"{type(exc).__name__}: {exc}") from None
