"""The catalogue of canonical tables, read once from the Pandera models in `schemas/` and plugins.

Each model declares its table kind whole (`schemas.base.table`): this module turns the
declaration into the `TableSpec` every stage reads, and refuses a declaration it cannot
read (an unknown key, a label that is no column) rather than ignoring it.
"""
from __future__ import annotations

import difflib
import inspect
import re
from functools import lru_cache

from audit.model.spec import ColumnSpec, TableSpec

#: what a model's `Config.metadata` may declare (`schemas.base.table` writes these)
KEYS = ("title", "title_en", "keys", "captions", "labels", "headings", "layout", "outline", "phrases", "exclude",
        "ticks_from", "label_in_no", "numbered", "shape", "lookup", "group_rows", "figure")
_OUTLINE = re.compile(r"^(I|II|III|IV|lampiran)\.\d+$")


def spec_from_model(model) -> TableSpec:
    """Turn a Pandera DataFrameModel into the TableSpec ingest and rules use (ValueError when its
    declaration cannot be read). Read from the model's fields, as its schema would be built from them;
    the schema itself is built when a table of the kind is validated (`TableSpec.schema`)."""
    name = model.__config__.name or model.__name__
    meta = dict(model.__config__.metadata or {})
    unknown = [k for k in meta if k not in KEYS]
    if unknown:
        close = difflib.get_close_matches(unknown[0], KEYS, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise ValueError(f"table {name}: unknown declaration '{unknown[0]}'{hint}")
    columns = tuple(_column(field.name, field) for _, field in model.__fields__.values())
    names = {c.name for c in columns}
    for key in ("keys", "labels", "headings", "phrases", "exclude"):
        missing = [c for c in meta.get(key) or () if c not in names]
        if missing:
            raise ValueError(f"table {name}: {key} names '{missing[0]}', which is no column of it")
    for key in ("label_in_no", "numbered"):
        if meta.get(key) and not meta.get("labels"):
            raise ValueError(f"table {name}: {key} says where its first label is printed, and it has no labels")
    figure = meta.get("figure")
    if figure is not None:
        from audit.model.figures import FIGURES

        if figure not in FIGURES:
            raise ValueError(f"table {name}: figure '{figure}' is none of {', '.join(FIGURES)}")
        lacking = [c for c in FIGURES[figure] if c not in names]
        if lacking:
            raise ValueError(f"table {name}: figure '{figure}' reads column '{lacking[0]}', "
                             "which is no column of it")
    outline = meta.get("outline")
    if outline is not None and not _OUTLINE.match(str(outline)):
        raise ValueError(f"table {name}: outline '{outline}' is not like 'II.2' or 'lampiran.1'")
    return TableSpec(
        name=name,
        title=meta.get("title", name),
        title_en=meta.get("title_en", meta.get("title", name)),
        columns=columns,
        keys=tuple(meta.get("keys") or ()),
        ticks_from=meta.get("ticks_from"),
        model=model,
        captions=tuple(meta.get("captions") or ()),
        labels=tuple(meta.get("labels") or ()),
        headings=tuple(meta.get("headings") or ()),
        layout=meta.get("layout"),
        outline=outline,
        phrases=_words(meta.get("phrases")),
        exclude=_words(meta.get("exclude")),
        doc=inspect.cleandoc(model.__doc__ or ""),
        label_in_no=bool(meta.get("label_in_no")),
        numbered=bool(meta.get("numbered")),
        shape=meta.get("shape"),
        lookup=meta.get("lookup"),
        group_rows=tuple(str(w) for w in meta.get("group_rows") or ()),
        figure=figure,
    )


def _column(name: str, column) -> ColumnSpec:
    """A column from its Pandera field (or column): the metadata `schemas.base.col` declares, the values
    an `isin` check allows."""
    cmeta = column.metadata or {}
    allowed: tuple = ()
    for check in column.checks:
        values = (check.statistics or {}).get("allowed_values")
        if values is not None:
            allowed = tuple(values)
    kind = cmeta.get("kind", "text")
    return ColumnSpec(name, kind, tuple(cmeta.get("aliases", ())), bool(cmeta.get("required")),
                      allowed if kind == "level" else (), cmeta.get("doc", ""), allowed if kind != "level" else (),
                      bool(cmeta.get("qualitative")), bool(cmeta.get("period_end")))


def _words(by_column) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((column, tuple(str(w) for w in words)) for column, words in (by_column or {}).items())


def builtin() -> dict[str, TableSpec]:
    """The tables lkjip-audit ships (`schemas.MODELS`), without plugins: what docs/data-format.md lists."""
    from schemas import MODELS

    return {spec.name: spec for spec in map(spec_from_model, MODELS)}


@lru_cache(maxsize=1)
def tables() -> dict[str, TableSpec]:
    """Every canonical table by name: built-in models, then plugins (entry points `lkjip_audit.schemas`,
    each naming a DataFrameModel or a list of them)."""
    from pandera.errors import SchemaInitError

    from audit import plugins

    out = builtin()
    for loaded in plugins.load("lkjip_audit.schemas"):
        for model in loaded if isinstance(loaded, (list, tuple)) else [loaded]:
            try:
                spec = spec_from_model(model)
                spec.schema  # noqa: B018  (a plugin's model that Pandera cannot build is said now, not at its first table)
            except (ValueError, SchemaInitError) as exc:
                from audit.errors import ConfigError

                raise ConfigError("bad_plugin", None, None, name=getattr(model, "__name__", str(model)),
                                  detail=str(exc)) from None
            out[spec.name] = spec
    return out
