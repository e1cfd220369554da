"""Rule kinds: a name, a pydantic model of its params, and a function.

Adding a kind is one module in `audit/rules/kinds/` (found by listing the package)
with a `@kind(...)` function, plus its tests; adding a rule is YAML only.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class RuleKind:
    name: str
    params: type
    run: Callable
    doc: str
    document: bool = False  # reads the document (prose, headings): nothing to check in tables alone
    summary: tuple = ()  # ((lang, one line), ...): what the kind checks, for reviewers

    def describe(self, lang: str = "id") -> str:
        """One line on what the kind checks, in `lang` when the kind says it (else its docstring's first line)."""
        said = dict(self.summary)
        return said.get(lang) or said.get("en") or (self.doc.splitlines() or [""])[0]


KINDS: dict[str, RuleKind] = {}


def kind(name: str, params: type, document: bool = False, summary: dict[str, str] | None = None):
    """Register `fn(ctx, rule, params, report) -> list[Finding]` as rule kind `name`.

    `summary`: what the kind checks in one line per language (`{"id": ..., "en": ...}`), shown
    by `audit explain` and in docs/rules.md; without it, the docstring's first line.

    Contract with the fix suggestions (`audit.repair.trials`): a kind reads table rows through
    `select.rows`, and params may say `row_local() -> table name`: each finding on a row of
    that table depends on that row alone (and on other tables), so a changed cell there is
    re-checked on its row only. Or `group_local() -> (table, columns)` with `groups(table,
    meta) -> (rows, group codes, reported-at mask)`: findings are reported at one row of a
    group and depend on that group's rows alone, and a change in `columns` moves no row to
    another group, so a changed cell is re-checked with the rows of its groups only.

    `document=True`: the kind reads `report.document`; the engine does not call it for a
    report read from tables (it has nothing to check there, and is not "skipped" either)."""

    def register(fn: Callable) -> Callable:
        KINDS[name] = RuleKind(name, params, fn, (fn.__doc__ or "").strip(), document,
                               tuple((summary or {}).items()))
        return fn

    return register


_loaded = False


def load_builtin_kinds() -> None:
    """Every module of `audit.rules.kinds`, then those of installed plugins (entry points
    `lkjip_audit.rule_kinds`): importing a kind's module registers it with `@kind`."""
    global _loaded
    if _loaded:
        return
    from audit import plugins
    from audit.rules import kinds

    for module in pkgutil.iter_modules(kinds.__path__, kinds.__name__ + "."):
        importlib.import_module(module.name)
    _loaded = True  # a broken plugin is said once, not at every call
    plugins.load("lkjip_audit.rule_kinds")
