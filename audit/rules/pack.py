"""Rule packs: YAML files loaded safely and validated before any rule runs.

A pack is `{pack, description, rules: [...]}`. Every rule has common fields
(id, kind, severity, title, message, why, examples) and `params` validated by
its kind's pydantic model, then checked against the table catalogue. Any error
names the file, the line and, for a misspelt name, the closest valid one.
"""
from __future__ import annotations

import difflib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NoReturn

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from audit import catalog
from audit.errors import ConfigError, validation_text
from audit.message import Message
from audit.rules.registry import KINDS, Params, RuleKind
from audit.rules.select import expression_errors

#: the column kinds that hold the figures a rule checks (a year selects rows; text names them)
FIGURES = frozenset({"count", "money", "percent", "number", "tick"})

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails  # pydantic's own core: the shape of `ValidationError.errors()`


class Text(BaseModel):
    """A message in Indonesian (`id`, required) and English (`en`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    en: str | None = None

    def get(self, lang: str) -> str:
        return (self.en if lang == "en" else None) or self.id


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[A-Z]{2,8}\d{3}$")
    kind: str
    severity: Literal["error", "warning", "info"] = "error"
    title: Text
    message: Text | None = None
    why: Text | None = None
    tolerance: float = Field(0.0, ge=0, allow_inf_nan=False,
                             description="absolute widening of the printed-value intervals")
    rounding: Literal["printed", "exact"] = Field(
        "printed", description="printed: a value stands for the interval its decimals allow; exact: as written")
    enabled: bool = True
    params: dict = {}
    examples: dict | None = None


class Override(BaseModel):
    """Change one rule of a pack loaded before, by id, without copying it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    severity: Literal["error", "warning", "info"] | None = None
    tolerance: float | None = Field(None, ge=0, allow_inf_nan=False)
    rounding: Literal["printed", "exact"] | None = None
    title: Text | None = None
    message: Text | None = None
    why: Text | None = None
    enabled: bool | None = None


class Pack(BaseModel):
    model_config = ConfigDict(extra="forbid")
    pack: str
    description: str | None = None
    extends: list[str] = Field([], description="packs this one builds on; they must be loaded before it")
    overrides: list[Override] = []
    rules: list[Rule] = []


class LoadedRule:
    """A rule with its validated params and where it was defined."""

    __slots__ = ("rule", "params", "file", "line", "_known")

    def __init__(self, rule: Rule, params: Params, file: str, line: int | None):
        self.rule, self.params, self.file, self.line = rule, params, file, line
        self._known: dict[str, Any] = {}  # what follows from the params alone, asked for by every run and fix trial

    @property
    def id(self) -> str:
        return self.rule.id

    @property
    def kind(self) -> RuleKind:
        """What the rule's kind declares (checked on load: the kind exists)."""
        return KINDS[self.rule.kind]

    def references(self) -> list[tuple[str, str | None]]:
        """(table, column) pairs the rule reads (column None: the table as such)."""
        if "refs" not in self._known:
            self._known["refs"] = list(self.params.references())
        return self._known["refs"]

    def references_in(self, report) -> list[tuple[str, str | None]]:
        """`references`, with the columns only the report names that the rule reads (its params'
        `references_in`: the tick columns named after the report's villages)."""
        if "more" not in self._known:  # asked of the class: a pydantic model's missing attribute costs a raise
            self._known["more"] = getattr(type(self.params), "references_in", None)
        more = self._known["more"]
        return self.references() if more is None else self.references() + list(more(self.params, report))

    def tables(self) -> list[str]:
        """Every table the rule reads."""
        if "tables" not in self._known:
            self._known["tables"] = sorted({t for t, _ in self.references()})
        return self._known["tables"]

    def optional_columns(self) -> list[tuple[str, str]]:
        """(table, column) the rule reads that its table's model does not require (a `sisa` the agency may
        not print): a table built without one has nothing there to check."""
        if "optional" not in self._known:
            from audit import catalog

            specs = catalog.tables()
            found = []
            for table, column in self.references():
                spec = specs.get(table)
                col = spec.column(column) if spec is not None and column else None
                if col is not None and not col.required:
                    found.append((table, column))
            self._known["optional"] = found
        return self._known["optional"]

    def needed(self) -> tuple[tuple[tuple[str, str], ...], ...]:
        """Groups of (table, column) the rule reads figures from; it checks something only when each group
        has a column holding a value (`audit.rules.engine.lacking`). Its kind's (`needed_columns`: the four
        quarters of a sum are one group, the total another), else the figure columns it reads of each table
        it requires, one group per table."""
        if "needed" not in self._known:
            own = getattr(self.params, "needed_columns", None)
            if own is not None:
                groups = own()
            else:
                specs, required = catalog.tables(), set(self.required_tables())
                by_table: dict[str, list[tuple[str, str]]] = {}
                for table, column in self.references():
                    spec = specs.get(table) if table in required else None
                    col = spec.column(column) if spec is not None and column is not None else None
                    if column is not None and col is not None and col.kind in FIGURES:
                        by_table.setdefault(table, []).append((table, column))
                groups = list(by_table.values())
            self._known["needed"] = tuple(tuple(dict.fromkeys(g)) for g in groups if g)
        return self._known["needed"]

    def required_tables(self) -> list[str]:
        """The tables without which the rule is skipped (lookups such as the PK are optional)."""
        if "required" not in self._known:
            required = getattr(self.params, "required_tables", None)
            self._known["required"] = sorted(required()) if required else self.tables()
        return self._known["required"]


def _line_of(node, loc: tuple) -> int | None:
    """Walk a composed YAML node along a pydantic error location; return its line (1-based)."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if k.value == part), None)
            if nxt is None:
                key = next((k for k, _ in node.value), None)
                return (key.start_mark.line + 1) if key is not None else line
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            break
        line = node.start_mark.line + 1
    return line


def _first(exc: ValidationError) -> ErrorDetails:
    """The most telling error: a misspelt field explains a "field required" next to it."""
    errors = exc.errors()
    return next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])


def _node_at(node, loc: tuple):
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            return None
    return node


def _scalar_line(node, value) -> int | None:
    """Line of the first scalar in `node` naming `value` (a table or column), else of `node` itself."""

    def find(n):
        if isinstance(n, yaml.ScalarNode):
            return n.start_mark.line + 1 if str(value) in (n.value, n.value.split(":")[0]) else None
        children = n.value if isinstance(n, yaml.SequenceNode) else [v for kv in n.value for v in kv]
        return next((line for line in map(find, children) if line), None)

    if node is None:
        return None
    return find(node) or node.start_mark.line + 1


def _closest(word: str | int, choices) -> Message | str:
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.5)
    return Message("did_you_mean", {"name": close[0]}) if close else ""


def _said(key: str, **params) -> Message:
    """A rule pack's problem in the reader's language (the catalogue's `pack_*` words)."""
    return Message(key, params)


def _fail(file: str, line: int | None, detail: str | Message) -> NoReturn:
    raise ConfigError("rule_pack", file, str(line) if line else None, detail=detail)


def load_pack(path: Path) -> list[LoadedRule]:
    return read_pack(_text_of(path), str(path))[1]


def _text_of(path: Path, within: Path | None = None) -> str:
    """A pack's text, read as every input is (`Budget.check_file`): a regular file under the size limit,
    never a pipe or a device, and a link in a pack folder only to a file inside it."""
    from audit.errors import InputError
    from audit.errors import Text as Message
    from audit.ingest.limits import Budget

    try:
        return Budget().read_bytes(path, within).decode("utf-8")
    except InputError as exc:
        raise ConfigError("rule_pack", str(path), None, detail=Message(exc.key, exc.params)) from None
    except (OSError, UnicodeDecodeError) as exc:
        _fail(str(path), None, str(exc))


def load_pack_text(text: str, path: str = "<rules>") -> list[LoadedRule]:
    """Validate a pack given as YAML text; `path` names it in errors. Its rules."""
    return read_pack(text, path)[1]


def read_pack(text: str, path: str = "<rules>") -> tuple[Pack, list[LoadedRule], Lines]:
    """Validate a pack given as YAML text: the pack, its rules, and where its parts are written."""
    from audit.rules.registry import load_builtin_kinds

    load_builtin_kinds()
    data, lines = _parsed(text, str(path))
    try:
        pack = Pack.model_validate(data)
    except ValidationError as exc:
        err = _first(exc)
        loc = tuple(err["loc"])
        fields = Rule.model_fields if "rules" in loc else Pack.model_fields
        _fail(str(path), lines.at(loc), validation_text(err, fields if err["type"] == "extra_forbidden" else ()))
    specs = catalog.tables()
    loaded = []
    for i, rule in enumerate(pack.rules):
        base = ("rules", i)
        kind = KINDS.get(rule.kind)
        if kind is None:
            _fail(str(path), lines.at(base + ("kind",)),
                  _said("pack_unknown_kind", rule=rule.id, kind=rule.kind, hint=_closest(rule.kind, KINDS)))
        try:
            params = kind.validate(rule.params)
        except ValidationError as exc:
            err = _first(exc)
            loc = tuple(err["loc"])
            known = _fields_at(kind.params, loc[:-1]) if err["type"] == "extra_forbidden" else []
            said = validation_text({**err, "loc": ("params", *loc)}, known)
            _fail(str(path), lines.at(base + ("params",) + loc), _said("pack_rule", rule=rule.id, detail=said))
        for loc, problem in expression_errors(rule.params):
            _fail(str(path), lines.at(base + ("params",) + loc),
                  _said("pack_rule", rule=rule.id, detail=f"params.{'.'.join(map(str, loc))}: {problem}"))
        for table, column in params.references():
            spec = specs.get(table)
            if spec is None:
                _fail(str(path), lines.naming(base + ("params",), table),
                      _said("pack_unknown_table", rule=rule.id, table=table, hint=_closest(table, specs)))
            if column is not None and spec.column(column) is None:
                _fail(str(path), lines.naming(base + ("params",), column),
                      _said("pack_unknown_column", rule=rule.id, table=table, column=column,
                            hint=_closest(column, [c.name for c in spec.columns])))
        loaded.append(LoadedRule(rule, params, str(path), lines.at(base)))
    return pack, loaded, lines


class Lines:
    """Where the parts of a pack are written (1-based lines), for its rules and for errors.

    From the YAML node tree; a pack whose data came from the cache (`audit.cache`) knows only
    its rules' lines, and is parsed again the first time an error needs another place."""

    def __init__(self, text: str, path: str, root=None, rules: list[int | None] | None = None):
        self._text, self._path, self._root, self._rules = text, path, root, rules

    def tree(self):
        if self._root is None:
            self._root = _parse(self._text, self._path)[0]
        return self._root

    def at(self, loc: tuple) -> int | None:
        """The line of the node at a pydantic error location (or of the nearest one above it)."""
        if self._root is None and self._rules is not None and len(loc) == 2 and loc[0] == "rules" \
                and isinstance(loc[1], int) and loc[1] < len(self._rules):
            return self._rules[loc[1]]
        return _line_of(self.tree(), loc)

    def naming(self, loc: tuple, value) -> int | None:
        """The line of the first scalar under `loc` naming `value` (a table or column)."""
        return _scalar_line(_node_at(self.tree(), loc), value)


def _parsed(text: str, path: str) -> tuple[object, Lines]:
    """The pack's data and its lines: kept between runs for the same text (`audit.cache`), else parsed."""
    from audit import cache
    from audit.ingest.limits import DEFAULT_LIMITS

    salt = str(DEFAULT_LIMITS.max_yaml_nodes)  # what was refused as too big must stay refused
    hit = cache.load("pack", text, salt)
    if hit is not None and "data" in hit and isinstance(hit.get("rules"), list):
        return hit["data"], Lines(text, path, rules=hit["rules"])
    try:
        root, data = _parse(text, path)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        _fail(path, mark.line + 1 if mark else None, _said("pack_yaml", problem=getattr(exc, "problem", exc)))
    lines = Lines(text, path, root)
    rules = data.get("rules") if isinstance(data, dict) else None
    if root is not None and isinstance(rules, list):
        cache.store("pack", text, {"data": data, "rules": [lines.at(("rules", i)) for i in range(len(rules))]}, salt)
    return data, lines


def _parse(text: str, path: str = "<rules>"):
    """The YAML node tree (for lines) and the data built from it: one parse, in C when libyaml is there;
    an alias bomb is refused before it is expanded (`yamlsafe`)."""
    from audit import yamlsafe

    return yamlsafe.parse(text, str(path), error=ConfigError)


def _fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    for part in loc:
        field = model.model_fields.get(part) if isinstance(part, str) else None
        ann = getattr(field, "annotation", None)
        inner = [a for a in getattr(ann, "__args__", (ann,)) if isinstance(a, type) and issubclass(a, BaseModel)]
        if not inner:
            break
        model = inner[0]
    return list(model.model_fields)


def builtin_pack_dir() -> Path:
    """The built-in packs: rules/ in a checkout, the resource package `audit.packs` when installed."""
    from importlib.resources import files

    return Path(str(files("audit.packs")))


def pack_files(extra_dirs: tuple[str, ...] = ()) -> list[Path]:
    """Built-in packs, then those of `extra_dirs` (folders or files), in order; examples files excluded."""
    return [f for f, _ in _pack_places(extra_dirs)]


def _pack_places(extra_dirs: tuple[str, ...] = ()) -> list[tuple[Path, Path | None]]:
    """Each pack file with the folder its links must stay in (None: named on its own)."""
    builtin = builtin_pack_dir()
    files: list[tuple[Path, Path | None]] = [(f, builtin) for f in sorted(builtin.glob("*.yaml"))]
    for d in extra_dirs:
        p = Path(d)
        files.extend([(f, p) for f in sorted(p.glob("*.yaml"))] if p.is_dir() else [(p, None)])
    return [(f, home) for f, home in files if not f.name.endswith(".examples.yaml")]


def load_rules(extra_dirs: tuple[str, ...] = ()) -> list[LoadedRule]:
    """Every enabled rule: a later pack's rule with the same id replaces one before it, and its
    `overrides` change single fields of rules loaded before it."""
    by_id: dict[str, LoadedRule] = {}
    names: set[str] = set()
    for f, home in _pack_places(extra_dirs):
        pack, rules, lines = read_pack(_text_of(f, home), str(f))
        for i, base in enumerate(pack.extends):
            if base not in names:
                _fail(str(f), lines.at(("extends", i)),
                      _said("pack_extends", pack=pack.pack, base=base, hint=_closest(base, names)))
        for i, o in enumerate(pack.overrides):
            target = by_id.get(o.id)
            if target is None:
                _fail(str(f), lines.at(("overrides", i, "id")),
                      _said("pack_unknown_override", rule=o.id, hint=_closest(o.id, by_id)))
            update = {k: v for k, v in o.model_dump(exclude={"id"}, exclude_none=True).items()}
            update = {k: (getattr(o, k) if k in ("title", "message", "why") else v) for k, v in update.items()}
            by_id[o.id] = LoadedRule(target.rule.model_copy(update=update), target.params, target.file, target.line)
        for rule in rules:
            by_id[rule.id] = rule
        names.add(pack.pack)
    return [r for r in by_id.values() if r.rule.enabled]
