"""What every canonical table model shares: column metadata and the key check.

A column's metadata says how ingest reads it (`kind`, header `aliases`) and
whether the table means anything without it (`required`). Range checks are
ordinary Pandera checks; a failure becomes a finding, never an exception.
"""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

NUMERIC_KINDS = {"count", "money", "percent", "number", "year", "tick"}
EXACT_KINDS = {"count", "money", "year", "tick"}


def col(kind: str, *aliases: str, required: bool = False, levels: tuple[str, ...] = (), **checks):
    """A canonical column: its kind, the Indonesian headers accepted, its checks."""
    if kind in ("money", "count"):
        checks.setdefault("ge", 0)
    if kind == "level" and levels:
        checks["isin"] = list(levels)
    return pa.Field(
        nullable=True,
        metadata={"kind": kind, "aliases": list(aliases), "required": required},
        **checks,
    )


class CanonicalModel(pa.DataFrameModel):
    """Base of every table model. `Config.metadata` holds:

    - `keys`: columns that identify a row (unique among non-total rows);
    - `title` / `title_en`: the table's name for reviewers;
    - `ticks_from`: metadata list whose names are extra tick columns.
    """

    class Config:
        strict = False
        coerce = False
        metadata: dict = {}

    @pa.dataframe_check
    def unique_key(cls, df: pd.DataFrame) -> pd.Series:
        """Rows with the same key (ignoring total rows and blank keys) are reported."""
        keys = (cls.__config__.metadata or {}).get("keys") or []
        if not keys or not set(keys) <= set(df.columns):
            return pd.Series(True, index=df.index)
        if "__report" in df.columns:  # many reports stacked (audit.validate.validate_stacked)
            keys = [*keys, "__report"]
        rows = df[keys].notna().all(axis=1)
        if "level" in df.columns:
            rows &= df["level"].ne("total")
        dup = df.loc[rows, keys].duplicated(keep=False)
        return ~dup.reindex(df.index, fill_value=False)
