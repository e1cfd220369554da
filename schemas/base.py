"""What every canonical table model shares: column metadata and the key check.

A column's metadata says how ingest reads it (`kind`, header `aliases`) and
whether the table means anything without it (`required`). Range checks are
ordinary Pandera checks; a failure becomes a finding, never an exception.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import pandera.pandas as pa

NUMERIC_KINDS = {"count", "money", "percent", "number", "year", "tick"}
EXACT_KINDS = {"count", "money", "year", "tick"}


def col(kind: str, *aliases: str, required: bool = False, levels: tuple[str, ...] = (), doc: str = "",
        qualitative: bool = False, period_end: bool = False, **checks):
    """A canonical column: its kind, the Indonesian headers accepted, its checks, and a note for the docs.

    `qualitative`: an indicator's target or realisation, which may be worded instead of counted (`WTP`,
    `Baik`, `≥ HPP`): such a cell is said to be unchecked (PARSE004), not an unreadable number.
    `period_end`: a figure for the end of a period (`Target Akhir Renstra 2026`): a year in its header names that
    end, not the row's year, and in a table with a column per year it goes with the latest year's row."""
    if kind in ("money", "count"):
        checks.setdefault("ge", 0)
    if kind == "level" and levels:
        checks["isin"] = list(levels)
    return pa.Field(
        nullable=True,
        metadata={"kind": kind, "aliases": list(aliases), "required": required, "doc": doc,
                  **({"qualitative": True} if qualitative else {}), **({"period_end": True} if period_end else {})},
        **checks,
    )


#: the columns of a table printing one column per month, January first, and the month's printed name (the
#: document reader finds them as a run of months, `audit/ingest/months.py`; a CSV or workbook by name)
MONTHS = (("jan", "Januari"), ("feb", "Februari"), ("mar", "Maret"), ("apr", "April"), ("mei", "Mei"),
          ("jun", "Juni"), ("jul", "Juli"), ("agu", "Agustus"), ("sep", "September"), ("okt", "Oktober"),
          ("nov", "November"), ("des", "Desember"))


def month(n: int, kind: str, what: str):
    """Month `n`'s own figure (1: January), when the table prints a column per month: they add up to the year's
    (a running total `s.d. Maret` is no month's own and is not read as one)."""
    name, printed = MONTHS[n - 1]
    aliases = dict.fromkeys((printed, name.title()))  # `Mei` is its own short name
    return col(kind, *aliases, doc=f"{what} in {printed} alone (a column per month)")


def table(title: str, title_en: str, *, keys: Sequence[str] = (), captions: Sequence[str] = (),
          labels: Sequence[str] = (), headings: Sequence[str] = (), layout: str | None = None,
          outline: str | None = None, phrases: Mapping[str, Sequence[str]] | None = None,
          exclude: Mapping[str, Sequence[str]] | None = None, ticks_from: str | None = None,
          label_in_no: bool = False, numbered: bool = False, shape: str | None = None, lookup: str | None = None,
          group_rows: Sequence[str] = (), figure: str | None = None) -> dict:
    """A table kind's declaration, for its model's `Config.metadata`: with the columns, all that is
    known about the kind, so that adding one is one model (a plugin's too).

    - `title` / `title_en`: its name for reviewers; `keys`: columns that identify a row (unique
      among non-total rows);
    - `captions`: words a caption or section heading uses for it, beyond the title;
    - `labels`: columns that name a row to a reviewer, first filled wins; `headings`: text columns
      printed once over a group of rows (a sasaran over its indicators);
    - `layout`: the hook that reads what a printed page shows by position or markup (row levels,
      ids; `audit/document/layouts.py`); `outline`: where an LKjIP usually prints it (`II.2`, the
      second table of BAB II; `lampiran.1`);
    - `phrases` / `exclude`: header vocabulary for this kind only (column -> phrases naming it, or
      words ruling it out), beside the shared `schemas/vocabulary.yaml`;
    - `ticks_from`: the metadata list whose names are extra tick columns;
    - `label_in_no`: a label printed in the No column (`J U M L A H` across the number cell) is the
      row's first label, when that is empty; `numbered`: the first label may begin with the row's list
      number (`1. Program ...`, `II. ...`), which is then its `no`;
    - `shape`: the recogniser that knows the table by its column pattern when no header survives
      (`audit/document/shapes.py`);
    - `lookup`: the table kind its layout reads to settle a row (a PK amendment's indicator is found
      among the PK's indicators: `layouts.resolve`);
    - `group_rows`: labels that make a row a group row wherever it is printed, when the page marks
      groups no other way (the six golongan of fixed assets);
    - `figure`: the reviewer's picture its rows feed: `attainment` (capaian per indicator against the
      predikat bands; columns indikator, target, realisasi, capaian if printed) or `absorption` (pagu
      against realisasi per programme; columns program, pagu, realisasi). The first kind in the catalogue
      whose table the report has is drawn.
    """
    out: dict = {"title": title, "title_en": title_en, "keys": list(keys), "captions": list(captions),
                 "labels": list(labels), "headings": list(headings), "layout": layout, "outline": outline,
                 "phrases": {c: list(p) for c, p in (phrases or {}).items()},
                 "exclude": {c: list(w) for c, w in (exclude or {}).items()}, "ticks_from": ticks_from,
                 "label_in_no": label_in_no, "numbered": numbered, "shape": shape, "lookup": lookup,
                 "group_rows": list(group_rows), "figure": figure}
    return {k: v for k, v in out.items() if v not in (None, [], {}) and v is not False}


class CanonicalModel(pa.DataFrameModel):
    """Base of every table model. `Config.metadata` declares the table kind (`table()`: title,
    keys, caption words, label columns, layout, vocabulary); the docstring says what it holds."""

    class Config:
        strict = False
        coerce = False
        metadata: dict = {}

    @pa.dataframe_check
    @classmethod  # (pandera makes it one anyway; said here so that a type checker reads `cls` as the class)
    def unique_key(cls, df: pd.DataFrame) -> pd.Series:
        """Rows with the same key (ignoring total, sub total, recap and average rows, and blank keys) are reported."""
        config = cls.__config__
        keys = ((config.metadata if config is not None else None) or {}).get("keys") or []
        if not keys or not set(keys) <= set(df.columns):
            return pd.Series(True, index=df.index)
        if "__report" in df.columns:  # many reports stacked (audit.validate.validate_stacked)
            keys = [*keys, "__report"]
        scopes = [c for c in SCOPES if c in df.columns]
        return pd.Series(~_duplicated_keys(df, keys, scopes), index=df.index)


#: columns that scope a table's key where filled (a staff table's rows per unit: `Diploma III` under each
#: kelurahan); a blank one is a scope of its own
SCOPES = ("satuan_kerja",)


def _duplicated_keys(df: pd.DataFrame, keys: list[str], scopes: list[str] | tuple = ()) -> np.ndarray:
    """Rows whose key, all parts filled and not a total row, occurs more than once (within its `scopes`).

    One code per key from factorized parts (re-coded after each part, so it never
    overflows): a few array operations per table, which matters when every table
    of every report is checked.
    """
    codes = np.zeros(len(df), dtype=np.int64)
    rows = np.ones(len(df), dtype=bool)
    for key in [*keys, *scopes]:
        part, uniques = pd.factorize(df[key].to_numpy(), use_na_sentinel=True)
        if key not in scopes:
            rows &= part >= 0
        codes = pd.factorize(codes * (len(uniques) + 1) + part + 1)[0]
    if "level" in df.columns:  # a total, a group's sub total or an average repeats the key of what it sums
        rows &= ~np.isin(df["level"].to_numpy(), ["total", "subtotal", "rata_rata", "rekap"])
    out = np.zeros(len(df), dtype=bool)
    if rows.any():
        kept = codes[rows]
        _, inverse, counts = np.unique(kept, return_inverse=True, return_counts=True)
        out[rows] = counts[inverse] > 1
    return out
