"""The run's configuration: package defaults, then `audit.toml` or `[tool.audit]` in
`pyproject.toml` (found by walking up from the input), then command-line flags.

The result is a frozen value passed down, with a record of where each value came
from (`audit config` prints it). Unknown keys are errors, with the closest name.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from audit.errors import ConfigError
from audit.i18n import LANGS

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Config:
    lang: str = "id"
    fail_on: str = "error"  # error | warning | info | never
    rule_dirs: tuple[str, ...] = ()
    debug: bool = False
    suggest: bool = True  # rank fix suggestions for every finding (audit.repair.rank)
    select: tuple[str, ...] = ()  # rule ids or prefixes to run (empty: all)
    ignore: tuple[str, ...] = ()  # rule ids or prefixes not to run
    severity: tuple[tuple[str, str], ...] = ()  # (rule id or prefix, severity) overrides
    tolerance: tuple[tuple[str, float], ...] = ()  # (rule id or prefix, absolute widening)
    predikat_scale: tuple[tuple[float | None, str], ...] = ()  # replaces the report's own scale
    baseline: str | None = None  # waivers file
    columns: tuple[tuple[str, str, str], ...] = ()  # (table kind or "*", printed header, canonical column)
    min_coverage: float | None = None  # percent of numeric tables that must be read (exit 1 below it)
    # resource limits on reading a report (audit.ingest.limits; docs/robustness.md)
    max_input_mb: float = 50  # one input file
    max_unzipped_mb: float = 200  # a workbook, once unzipped
    max_rows: int = 200_000  # rows of one table
    max_cells: int = 5_000_000  # cells of the whole report
    max_pages: int = 2000  # pages of one PDF
    max_claims: int = 10_000  # figures read from one document's prose
    max_paragraphs: int = 100_000  # paragraphs of one document (a DOCX's: counted before it is parsed)
    sources: tuple[tuple[str, str], ...] = field(default=(), compare=False)  # key -> where it came from

    def __post_init__(self):
        if self.lang not in LANGS:
            raise ValueError(f"lang must be {' or '.join(map(repr, LANGS))}, not {self.lang!r}")
        if self.fail_on not in ("error", "warning", "info", "never"):
            raise ValueError(f"fail_on must be error, warning, info or never, not {self.fail_on!r}")

    def wants(self, rule_id: str) -> bool:
        """Is the rule selected and not ignored? Entries match ids or id prefixes (`SUM`, `MATCH03`)."""
        if self.select and not any(rule_id.startswith(s) for s in self.select):
            return False
        return not any(rule_id.startswith(s) for s in self.ignore)

    def override(self, pairs, rule_id: str):
        """The value of the longest matching id or prefix in `pairs`, or None."""
        hits = [(len(k), v) for k, v in pairs if rule_id.startswith(k)]
        return max(hits)[1] if hits else None

    def source_of(self, key: str) -> str:
        return dict(self.sources).get(key, "default")

    def header_map(self) -> dict[str, dict[str, str]]:
        """`columns` as the readers take it (`audit.ingest.headers.user_columns`)."""
        if not self.columns:
            return {}
        from audit.ingest.headers import user_columns

        nested: dict = {}
        for table, header, column in self.columns:
            if table == "*":
                nested[header] = column
            else:
                nested.setdefault(table, {})[header] = column
        return user_columns(nested)


@lru_cache(maxsize=1)
def file_settings() -> Any:  # a pydantic model class built here: its fields are known at run time
    """The pydantic model of what `audit.toml` (or `[tool.audit]`) may say; built when a file is found
    (building it costs 20 ms, and most runs have no such file)."""
    from typing import Annotated

    from pydantic import BaseModel, ConfigDict, Field

    Widening = Annotated[float, Field(ge=0, allow_inf_nan=False)]

    class FileSettings(BaseModel):
        """What `audit.toml` (or `[tool.audit]`) may say."""

        model_config = ConfigDict(extra="forbid")
        lang: str | None = Field(None, pattern=f"^({'|'.join(LANGS)})$")
        fail_on: str | None = Field(None, pattern="^(error|warning|info|never)$")
        select: list[str] = []
        ignore: list[str] = []
        severity: dict[str, str] = {}
        tolerance: dict[str, Widening] = {}  # a negative or infinite widening would invent or hide findings
        predikat_scale: list[dict] | None = None
        rules: list[str] = []  # extra rule-pack folders or files, relative to the config file
        baseline: str | None = None  # relative to the config file
        max_input_mb: float | None = Field(None, gt=0)
        max_unzipped_mb: float | None = Field(None, gt=0)
        max_rows: int | None = Field(None, gt=0)
        max_cells: int | None = Field(None, gt=0)
        max_pages: int | None = Field(None, gt=0)
        max_claims: int | None = Field(None, gt=0)
        max_paragraphs: int | None = Field(None, gt=0)
        suggest: bool | None = None  # rank fix suggestions (false: a faster gate)
        columns: dict[str, str | dict[str, str]] = {}  # printed header -> canonical column ([columns.TABLE])
        min_coverage: float | None = Field(None, ge=0, le=100)

    return FileSettings


def find_config(start: Path) -> tuple[Path, dict] | None:
    """The nearest `audit.toml`, or `pyproject.toml` with a `[tool.audit]` table, from `start` upwards."""
    here = start.resolve()
    here = here if here.is_dir() else here.parent
    for folder in (here, *here.parents):
        candidate = folder / "audit.toml"
        if candidate.is_file():
            return candidate, _read(candidate)
        project = folder / "pyproject.toml"
        if project.is_file():
            section = _read(project).get("tool", {}).get("audit")
            if section is not None:
                return project, section
    return None


def _read(path: Path) -> dict:
    import tomllib  # only when there is a file to read

    from audit.errors import InputError, Text
    from audit.ingest.limits import Budget

    try:
        return tomllib.loads(Budget().read_bytes(path).decode("utf-8"))
    except InputError as exc:  # a pipe, a device, a huge file: refused before reading, as any input
        raise ConfigError("bad_config", str(path), None, detail=Text(exc.key, exc.params)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError("bad_config", str(path), None, detail=str(exc)) from None


def resolve(input_path: str | Path | None, **flags) -> Config:
    """Defaults, then the config file found from `input_path`, then `flags` that are not None."""
    values: dict = {}
    sources: dict = {}
    found = find_config(Path(input_path)) if input_path is not None else None
    if found is not None:
        path, data = found
        label = f"{path} [tool.audit]" if path.name == "pyproject.toml" else str(path)
        for key, value in _from_file(path, data).items():
            values[key], sources[key] = value, label
    for key, value in flags.items():
        if value is not None and value != ():
            values[key], sources[key] = value, "command line"
    from audit.xlsxfile import source_epoch

    source_epoch()  # a bad SOURCE_DATE_EPOCH is said before any work, not after it
    known = {f.name for f in fields(Config)}
    config = Config(**{k: v for k, v in values.items() if k in known})
    return replace(config, sources=tuple(sorted(sources.items())))


def _from_file(path: Path, data: dict) -> dict:
    from pydantic import ValidationError

    settings = file_settings()
    try:
        s = settings.model_validate(data)
    except ValidationError as exc:
        from audit.errors import validation_text

        err = next((e for e in exc.errors() if e["type"] == "extra_forbidden"), exc.errors()[0])
        known = list(settings.model_fields) if len(err["loc"]) == 1 else []
        raise ConfigError("bad_config", str(path), None, detail=validation_text(err, known)) from None
    for rule, sev in s.severity.items():
        if sev not in SEVERITIES:
            from audit.errors import Text, shown_value

            raise ConfigError("bad_config", str(path), None, detail=Text("meta_type", {
                "key": f"severity.{rule}", "value": shown_value(sev),
                "expected": Text("expect_choice", {"choices": ", ".join(SEVERITIES)})}))
    out: dict = {}
    if s.lang:
        out["lang"] = s.lang
    if s.fail_on:
        out["fail_on"] = s.fail_on
    if s.select:
        out["select"] = tuple(s.select)
    if s.ignore:
        out["ignore"] = tuple(s.ignore)
    if s.severity:
        out["severity"] = tuple(sorted(s.severity.items()))
    if s.tolerance:
        out["tolerance"] = tuple(sorted(s.tolerance.items()))
    if s.predikat_scale is not None:
        out["predikat_scale"] = _scale(path, s.predikat_scale)
    if s.columns:
        out["columns"] = _columns(path, s.columns)
    for key in ("max_input_mb", "max_unzipped_mb", "max_rows", "max_cells", "max_pages", "max_claims",
                "max_paragraphs", "suggest", "min_coverage"):
        if getattr(s, key) is not None:
            out[key] = getattr(s, key)
    if s.rules:
        out["rule_dirs"] = tuple(_named_file(path, "rules", r) for r in s.rules)
    if s.baseline:
        out["baseline"] = _named_file(path, "baseline", s.baseline)
    return out


def _named_file(config: Path, key: str, written: str) -> str:
    """A file the configuration names, relative to its folder; a link there may not lead out of that folder
    (a repository under audit controls its audit.toml: `rules = ["link-to-/etc/shadow"]`)."""
    from audit.errors import InputError, Text
    from audit.ingest.limits import _inside

    place = config.parent / written
    try:
        _inside(place, config.parent)
        return str(place.resolve())
    except InputError as exc:
        raise ConfigError("bad_config", str(config), key, detail=Text(exc.key, exc.params)) from None


def _scale(path: Path, bands: list[dict]) -> tuple[tuple[float | None, str], ...]:
    """`predikat_scale` bands: each a `label` (text) and a `min` (a finite number, or none for the floor)."""
    import math

    out = []
    for i, band in enumerate(bands):
        low, label = band.get("min"), band.get("label")
        number = isinstance(low, (int, float)) and not isinstance(low, bool) and math.isfinite(low)
        if not isinstance(label, str) or not label.strip() or not (low is None or number):
            from audit.errors import Text

            raise ConfigError("bad_config", str(path), f"predikat_scale.{i}", detail=Text(
                "config_band", {"min": repr(low), "label": repr(label)}))
        out.append((low, label))  # as written: `audit config` shows 95, not 95.0
    return tuple(out)


def _columns(path: Path, columns: dict) -> tuple[tuple[str, str, str], ...]:
    """`[columns]` checked against the catalogue: an unknown table kind or column is an error
    naming the closest one, as an unknown rule id is."""
    from audit import catalog

    specs = catalog.tables()
    every = sorted({c.name for s in specs.values() for c in s.columns})
    out = []
    for key, value in columns.items():
        table, pairs = ("*", {key: value}) if isinstance(value, str) else (key, value)
        if table != "*" and table not in specs:
            raise ConfigError("bad_config", str(path), None, detail=_unknown(f"columns.{table}", table, list(specs)))
        names = every if table == "*" else [c.name for c in specs[table].columns]
        for header, column in pairs.items():
            if column not in names:
                raise ConfigError("bad_config", str(path), None, detail=_unknown(f"columns.{header}", column, names))
            out.append((table, header, column))
    return tuple(sorted(out))


def _unknown(key: str, name: str, known: list[str]):
    from audit.errors import Text

    close = difflib.get_close_matches(name, known, n=1)
    return Text("config_unknown_name", {"key": key, "name": name,
                                        "hint": Text("did_you_mean", {"name": close[0]}) if close else ""})
