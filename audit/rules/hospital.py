"""Where a hospital's bed and death statistics stand in a table, for the kinds that hold them to each other.

The six service indicators (BOR, ALOS, BTO, TOI, NDR, GDR) are printed two ways: as columns of a table of their
own, one row per year or ward (`pelayanan_rs`), or as rows of an indicator table, their realisation in one column
and, in a table over several years, one row per year (`capaian_indikator`, `kinerja_tahunan`: an RSUD's indicators
inside a kota's LKjIP). A `Group` is one year's (or one ward's) set: each measure's cell. In an indicator table a
row is a measure when its name holds the measure's acronym (`TOI, Rata-rata ...`), or, with no acronym, its words
(`Bed Occupancy Rate`); a name naming two (`BTO, Frekuensi pemakaian tempat tidur` names BTO by its acronym and
BOR by its words: the acronym decides) or a group holding a measure twice is not guessed at.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, model_validator

from audit.rules.select import Side, _select, note, references

MEASURES = ("bor", "alos", "bto", "toi", "ndr", "gdr")
_ACRONYMS = {"bor": r"bor", "alos": r"a?v?los", "bto": r"bto", "toi": r"toi", "ndr": r"ndr", "gdr": r"gdr"}
_WORDS = {"bor": r"bed\s+occupancy|(?:pemakaian|penggunaan|hunian)\s+tempat\s+tidur",
          "alos": r"average\s+length\s+of\s+stay|rata-rata\s+lama\s+(?:hari\s+)?(?:dirawat|rawat)",
          "bto": r"bed\s+turn\s*over", "toi": r"turn\s*over\s+interval",
          "ndr": r"net\s+death\s+rate", "gdr": r"gross\s+death\s+rate"}

@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, re.Pattern], dict[str, re.Pattern]]:
    """The acronyms' and the words' patterns, compiled when a table is first read for them."""
    return ({m: re.compile(rf"(?<![\w-]){a}(?![\w-])", re.I) for m, a in _ACRONYMS.items()},
            {m: re.compile(w, re.I) for m, w in _WORDS.items()})


@dataclass
class Group:
    """One year's (or ward's, or the table's) statistics: measure -> (row, column)."""

    cells: dict[str, tuple[int, str]] = field(default_factory=dict)
    year: int | None = None


@lru_cache(maxsize=4096)
def _measure(name: str) -> str | None:
    acronyms, words = _patterns()
    found = {m for m, r in acronyms.items() if r.search(name)} or {m for m, r in words.items() if r.search(name)}
    return found.pop() if len(found) == 1 else None


def measure_of(name: object) -> str | None:
    """The measure an indicator's name is of (`BOR`, `Bed Occupancy Rate (BOR)`), None when it names none or two."""
    return _measure(name) if isinstance(name, str) else None


def groups(table, where: dict, meta, columns: dict[str, str], label: str | None, value: str | None,
           by: list[str], year: str | None) -> list[Group]:
    """The groups of a table: each selected row one group (`columns`: measure -> column), or, in an indicator
    table (`label`, `value`), the rows of each value of `by` (the whole table when none)."""
    index = _select(table, where, meta).to_numpy()  # noted by the kind, for the groups it compares (`compared`)
    frame = table.values
    report_year = int(meta.year) if meta is not None and getattr(meta, "year", None) else None
    if columns:
        present = {m: c for m, c in columns.items() if c in frame.columns}
        years = _years(frame, year, index)
        return [Group({m: (int(i), c) for m, c in present.items()}, y if y is not None else report_year)
                for i, y in zip(index, years)]
    if label not in frame.columns or value not in frame.columns:
        return []
    names = frame[label].to_numpy()[index]
    measures = [measure_of(n) for n in names]
    if not any(measures):  # most tables: no hospital statistic among their indicators
        return []
    keys = [b for b in by if b in frame.columns]
    key_values = [frame[k].to_numpy()[index] for k in keys]
    years = _years(frame, year or (keys[0] if keys and keys[0] == "tahun" else None), index)
    out: dict[tuple, tuple[Group, set[str]]] = {}
    for n, (i, m, y) in enumerate(zip(index, measures, years)):
        key = tuple(str(c[n]) for c in key_values)
        group, twice = out.setdefault(key, (Group(year=y if y is not None else report_year), set()))
        if m is None:
            continue
        if m in group.cells:
            twice.add(m)
        group.cells[m] = (int(i), str(value))
    return [Group({m: c for m, c in g.cells.items() if m not in twice}, g.year) for g, twice in out.values()]


def compared(table, found: list[Group], measures: set[str]) -> list[Group]:
    """The groups holding every one of `measures`, their rows noted as the rule's compared rows (a table with no
    such group is a rule run without rows, `audit.coverage`)."""
    kept = [g for g in found if measures <= set(g.cells)]
    note(table, pd.Index(sorted({g.cells[m][0] for g in kept for m in measures})))
    return kept


def _years(frame, column: str | None, index: np.ndarray) -> list[int | None]:
    if column is None or column not in frame.columns:
        return [None] * len(index)
    values = pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float)[index]
    return [int(v) if v == v and 1900 <= v <= 2100 else None for v in values]


def cell(table, at: tuple[int, str]) -> tuple[float, float]:
    """(value, half-width) of a cell; NaN when blank."""
    i, column = at
    value = float(table.values[column].to_numpy(dtype=float)[i])
    half = float(np.nan_to_num(table.halfwidth[column].to_numpy(dtype=float)[i]))
    return value, half


class StatisticsParams(BaseModel):
    """Where the statistics stand: `columns` (measure -> column) of a table of their own, or the `label` column
    naming each measure and the `value` column holding it in an indicator table, grouped by `by` (`tahun`); `year`:
    the column of a row's year, when the table has one (the days of a leap year)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    where: dict = {}
    columns: dict[str, str] = {}
    label: str | None = None
    value: str | None = None
    by: list[str] = []
    year: str | None = None

    @model_validator(mode="after")
    def _shape(self):
        if bool(self.columns) == bool(self.label and self.value):
            raise ValueError("give `columns` (a table of the statistics) or `label` and `value` (an indicator table)")
        unknown = set(self.columns) - set(MEASURES)
        if unknown:
            raise ValueError(f"`columns` names measures among {', '.join(MEASURES)}, not {', '.join(sorted(unknown))}")
        return self

    def references(self):
        cols = [*self.columns.values(), *([self.label] if self.label else []), *([self.value] if self.value else []),
                *self.by, *([self.year] if self.year else [])]
        return references(self.table, self.table, Side(where=self.where), cols)

    def groups(self, table, meta) -> list[Group]:
        return groups(table, self.where, meta, self.columns, self.label, self.value, self.by, self.year)
