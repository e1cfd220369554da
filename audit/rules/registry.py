"""Rule kinds: a name, a pydantic model of its params, a function, and what the kind says of itself.

A kind is one module: `audit/rules/kinds/NAME.py` (found by listing the package)
or a plugin's module (entry point `lkjip_audit.rule_kinds`), whose function is
registered with `@kind(...)`. Everything that treats kinds differently (stacking
many reports, fix suggestions, docs, the JSON Schema) reads the `RuleKind`; no
list of kind names exists anywhere else. Adding a rule is YAML only.
"""
from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel

#: `stacks(params, shared) -> bool`: may this rule run once over a stack of reports? `shared(field)`
#: says whether every report of the stack states the same metadata `field` (`predikat_scale`,
#: `polarity`, `year`...); `shared.tables` names the tables the reports have.
Stacks = Callable[[Any, Any], bool]


def _always(params, shared) -> bool:
    return True


@runtime_checkable
class Params(Protocol):
    """What the engine asks of a kind's validated params beyond their fields (a pydantic model's
    `model_dump`): the (table, column) pairs the rule reads, column None for the table as such.
    A kind's params may also say `row_local`, `group_local`/`groups`, `required_tables`."""

    def references(self) -> Iterable[tuple[str, str | None]]: ...

    def model_dump(self, *args: Any, **kwargs: Any) -> dict[str, Any]: ...


@dataclass(frozen=True)
class RuleKind:
    name: str
    params: type[BaseModel]  # a `Params` too (checked by `kind`)
    run: Callable
    doc: str
    document: bool = False  # reads the document (prose, headings): nothing to check in tables alone
    summary: tuple = ()  # ((lang, one line), ...): what the kind checks, for reviewers
    stacks: Stacks | None = None  # None: runs per report only (see `kind`)
    follows_on_row: bool = False  # its first candidate is recomputed from its row (see `kind`)
    recheck: Callable | None = None  # re-checks candidate fixes without a stack (see `kind`)

    def describe(self, lang: str = "id") -> str:
        """One line on what the kind checks, in `lang` when the kind says it (else its docstring's first line)."""
        said = dict(self.summary)
        return said.get(lang) or said.get("en") or (self.doc.splitlines() or [""])[0]

    def validate(self, data: dict) -> Params:
        """`data` (a rule's `params:`) as this kind's params; pydantic's ValidationError when they are not."""
        params = self.params.model_validate(data)
        if not isinstance(params, Params):  # refused by `kind` already: its class says no `references`
            raise TypeError(f"rule kind '{self.name}': {self.params.__name__} declares no references()")
        return params


KINDS: dict[str, RuleKind] = {}


def kind(name: str, params: type[BaseModel], document: bool = False, summary: dict[str, str] | None = None, *,
         stacks: bool | Stacks = False, follows_on_row: bool = False, recheck: Callable | None = None):
    """Register `fn(ctx, rule, params, report) -> list[Finding]` as rule kind `name`.

    `summary`: what the kind checks in one line per language (`{"id": ..., "en": ...}`), shown
    by `audit explain` and in docs/rules.md; without it, the docstring's first line.

    `stacks`: the kind gives each report of a stack (`audit.rules.stack`: many reports, or many
    copies of one with a candidate fix each, one below the other) exactly its own findings, when
    it reads rows through `select.rows` and builds every finding with `ctx.finding` on the table
    and row it was given. True, or `stacks(params, shared)` when that holds only for some params
    (those reading metadata the reports must share). Otherwise the kind runs once per report
    and once per candidate: correct, and slower.

    `follows_on_row`: a finding's first candidate is a value of its row recomputed from the
    row's other cells (a capaian from realisasi and target). When a candidate fix to another
    cell of that row makes such a finding, fix suggestions try the recomputed value along with it.

    With the coverage (`select.selected_nothing`): a selection a rule may do without is made inside
    `select.lookup()`, and rows derived from a selection that the rule compares are `select.note`d; a
    rule whose comparisons selected no row is said not run (`without_rows`).

    Contract with the fix suggestions (`audit.repair.trials`): a kind reads table rows through
    `select.rows`, and params may say `row_local() -> table name`: each finding on a row of
    that table depends on that row alone (and on other tables), so a changed cell there is
    re-checked on its row only. Or `group_local() -> (table, columns)` with `groups(table,
    meta) -> (rows, group codes, reported-at mask)`: findings are reported at one row of a
    group and depend on that group's rows alone, and a change in `columns` moves no row to
    another group, so a changed cell is re-checked with the rows of its groups only.

    `recheck(ctx, rule, params, report, copies) -> [(table, findings, source rows) or None, ...]`:
    the findings of copies of `report`, each differing from it in a few cells (`copies[k]`: the
    candidates written in; none names a row, none is text), told without running the rule on
    them: for each copy, the source rows of `table` whose findings a change could move, and the
    findings there (`ctx.finding` on the report's own tables). None for a copy it cannot tell,
    which is then re-checked on a stack as usual. Fix suggestions hold it equal to the stack.

    `document=True`: the kind reads `report.document`; the engine does not call it for a
    report read from tables (it has nothing to check there, and is not "skipped" either)."""

    if not issubclass(params, Params):
        raise TypeError(f"rule kind '{name}': {params.__name__} declares no references() (the tables and columns "
                        "its rules read)")

    def register(fn: Callable) -> Callable:
        KINDS[name] = RuleKind(name, params, fn, (fn.__doc__ or "").strip(), document,
                               tuple((summary or {}).items()), _always if stacks is True else stacks or None,
                               follows_on_row, recheck)
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
