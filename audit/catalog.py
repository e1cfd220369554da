"""The catalogue of canonical tables, read once from the Pandera models in `schemas/`."""
from __future__ import annotations

from functools import lru_cache

from audit.model.spec import ColumnSpec, TableSpec


def spec_from_model(model) -> TableSpec:
    """Turn a Pandera DataFrameModel into the TableSpec ingest and rules use."""
    schema = model.to_schema()
    meta = dict(model.__config__.metadata or {})
    columns = []
    for name, column in schema.columns.items():
        cmeta = column.metadata or {}
        levels = ()
        for check in column.checks:
            allowed = (check.statistics or {}).get("allowed_values")
            if cmeta.get("kind") == "level" and allowed is not None:
                levels = tuple(allowed)
        columns.append(ColumnSpec(name, cmeta.get("kind", "text"), tuple(cmeta.get("aliases", ())),
                                  bool(cmeta.get("required")), levels))
    return TableSpec(
        name=schema.name,
        title=meta.get("title", schema.name),
        title_en=meta.get("title_en", meta.get("title", schema.name)),
        columns=tuple(columns),
        keys=tuple(meta.get("keys") or ()),
        ticks_from=meta.get("ticks_from"),
        schema=schema,
    )


@lru_cache(maxsize=1)
def tables() -> dict[str, TableSpec]:
    """Every canonical table by name: built-in models, then plugins (entry points `lkjip_audit.schemas`,
    each naming a DataFrameModel or a list of them)."""
    from audit import plugins
    from schemas import MODELS

    models = list(MODELS)
    for loaded in plugins.load("lkjip_audit.schemas"):
        models.extend(loaded if isinstance(loaded, (list, tuple)) else [loaded])
    return {spec.name: spec for spec in map(spec_from_model, models)}
