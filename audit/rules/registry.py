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


KINDS: dict[str, RuleKind] = {}


def kind(name: str, params: type):
    """Register `fn(ctx, rule, params, report) -> list[Finding]` as rule kind `name`."""

    def register(fn: Callable) -> Callable:
        KINDS[name] = RuleKind(name, params, fn, (fn.__doc__ or "").strip())
        return fn

    return register


def load_builtin_kinds() -> None:
    from audit.rules.kinds import count, match, ratio, scale, sum  # noqa: F401
