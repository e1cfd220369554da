"""The report as read: metadata, canonical tables, and where every cell came from."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, field_validator


@dataclass(frozen=True, slots=True)
class Location:
    """Where a value came from: a file, and a sheet and cell or a line.

    In a document, `sheet` names the table ("Tabel #7": the 7th table of the
    document), `cell` the cell within it, `line` the markdown line and `page`
    the PDF page.
    """

    file: str
    sheet: str | None = None
    cell: str | None = None
    line: int | None = None
    page: int | None = None

    def as_dict(self) -> dict:
        return {"file": self.file, "sheet": self.sheet, "cell": self.cell, "line": self.line, "page": self.page}

    def short(self, page: str = "p.{page}") -> str:
        """`sheet!B7`, `file.csv!B7`, `file.csv:7`, `file.md:412 (Tabel #7!C5)`, `Tabel #7!C5 hlm. 12`.

        `page` says a PDF page in the reader's language (the catalogue's `page_at`: `hlm. 12`, `page 12`);
        every output passes it. The default `p.12` is for identity only (a fingerprint), never shown."""
        name = self.file.replace("\\", "/").rsplit("/", 1)[-1]
        if self.sheet and (self.line is not None or self.page is not None):  # a document
            where = f"{self.sheet}!{self.cell}" if self.cell else self.sheet
            if self.line is not None:
                return f"{name}:{self.line} ({where})"
            return f"{where} {page.format(page=self.page)}"
        if self.sheet:
            return f"{self.sheet}!{self.cell}" if self.cell else self.sheet
        if self.line is not None and self.cell:
            return f"{name}!{self.cell}"
        if self.line is not None:
            return f"{name}:{self.line}"
        return name

    def said(self):
        """`short()` for a message that an output says in its language: a PDF page is `hlm. 12` or `page 12`."""
        if not self.sheet or self.line is not None or self.page is None:
            return self.short()
        from audit.message import Joined, Message

        where = f"{self.sheet}!{self.cell}" if self.cell else self.sheet
        return Joined((where, Message("page_at", {"page": self.page})), " ")


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


#: what `row_name` reads besides the table's label columns
NAMING_COLUMNS = frozenset(("id", "no", "tahun", "level", "versi"))


@dataclass
class Table:
    """A canonical table: values, text as written, rounding, and provenance.

    All frames share the same index (0..n-1) and canonical columns. `values` holds
    floats for numeric kinds (NaN when missing) and strings otherwise; `halfwidth`
    holds the half-width of each numeric cell's rounding interval (0 for exact
    kinds such as rupiah and counts).
    """

    name: str
    values: pd.DataFrame
    raw: pd.DataFrame
    halfwidth: pd.DataFrame
    decimals: pd.DataFrame
    file: str
    sheet: str | None = None
    source_rows: list[int] = field(default_factory=list)  # 1-based row in the source
    source_cols: dict[str, int] = field(default_factory=dict)  # 0-based column in the source
    csv: bool = False
    kinds: dict[str, str] = field(default_factory=dict)  # column -> kind (docs/data-format.md)
    cell_rows: list[int] = field(default_factory=list)  # spreadsheet row, when not the line (CSV line breaks)
    keys: tuple[str, ...] = ()  # the columns that identify a row (the table model's keys)
    lines: list[int] = field(default_factory=list)  # document: markdown line of each row
    pages: list[int] = field(default_factory=list)  # document: PDF page of each row
    sheets: list[str] = field(default_factory=list)  # document: the printed table each row is in
    cols: list[dict] = field(default_factory=list)  # document: each row's column positions (a row per year)
    #: document: the cells a row took from another printed row (the same indicator's realisation in a table after
    #: its targets'): column -> (printed table, row number, line, page, column position)
    moved: list[dict] = field(default_factory=list)
    labels: tuple[str, ...] = ()  # the columns that name a row, first filled wins (the table model's labels)

    def array(self, column: str, frame: str = "values"):
        """A column of `values` (or `raw`, `halfwidth`, `decimals`) as an array, kept per table:
        findings and candidate fixes read cells one at a time, and `frame.at` costs 30 times more."""
        source = getattr(self, frame)
        cache = self.__dict__.setdefault("_arrays", {})
        hit = cache.get((frame, column))
        if hit is None or hit[0] is not source:
            hit = cache[(frame, column)] = (source, source[column].to_numpy())
        return hit[1]

    def cell(self, row: int, column: str):
        """`values.at[row, column]`, from the column arrays kept per table."""
        return self.array(column)[row]

    def row_key(self, row: int) -> str:
        """A row's identity that survives a redraft: its key values (or id, number, label), normalised."""
        v = self.values
        cols = [c for c in self.keys if c in v.columns] or [c for c in ("id", "no") if c in v.columns]
        parts = []
        for c in cols:
            x = self.cell(row, c)
            if isinstance(x, float):
                parts.append("" if x != x else f"{x:g}")
            else:
                parts.append(" ".join(str(x or "").lower().split()))
        if "level" in v.columns and self.cell(row, "level") == "total":
            parts.append("total")
        if "satuan_kerja" in v.columns and isinstance(self.cell(row, "satuan_kerja"), str):  # a unit's sub total
            parts.append(" ".join(self.cell(row, "satuan_kerja").lower().split()))
        if not any(parts):
            parts = [" ".join(str(self.row_name(row)[1] or row).lower().split())]
        return "|".join(parts)

    def __len__(self) -> int:
        return len(self.values)

    def row_name(self, row: int) -> tuple[str, str | None]:
        """How a reviewer names row `row`: its id or number, and its label (kept per row: checking fix
        candidates names the same rows thousands of times)."""
        cached: tuple[pd.DataFrame, dict[int, tuple[str, str | None]]] | None = self.__dict__.get("_names")
        if cached is None or cached[0] is not self.values:
            cached = self.__dict__["_names"] = (self.values, {})
        name = cached[1].get(row)
        if name is None:
            name = cached[1][row] = self._row_name(row)
        return name

    def changed(self, values: pd.DataFrame, columns) -> Table:
        """This table with `values` in place of its own, where only `columns` differ. Row names are
        shared with this table when none of those columns names a row."""
        new = replace(self, values=values)
        cached = self.__dict__.get("_names")
        if cached is not None and cached[0] is self.values and not NAMING_COLUMNS.intersection(columns) \
                and not set(self.labels).intersection(columns):
            new.__dict__["_names"] = (values, cached[1])
        return new

    def _row_name(self, row: int) -> tuple[str, str | None]:
        v = self.values
        at = self.cell
        ident = None
        for col in ("id", "no", "tahun"):
            if col in v.columns and isinstance(at(row, col), str) and at(row, col):
                ident = at(row, col).rstrip(".")
                break
        if ident is None and "level" in v.columns and at(row, "level") == "total":
            ident = "total"
        label = None
        for col in self.labels:
            if col in v.columns and isinstance(at(row, col), str) and at(row, col):
                label = at(row, col)
                break
        extra = [str(at(row, c)) for c in ("versi", "satuan_kerja") if c in v.columns and isinstance(at(row, c), str)
                 and at(row, c)]
        if "tahun" in v.columns and at(row, "tahun") == at(row, "tahun") and ident != "total":
            extra.append(str(int(at(row, "tahun"))))
        if ident is None:
            ident = str(self.source_rows[row]) if row < len(self.source_rows) else str(row + 1)
        if extra:
            label = f"{label} ({', '.join(extra)})" if label else ", ".join(extra)
        return ident, label

    def location(self, row: int, column: str | None = None) -> Location:
        if column is not None and row < len(self.moved) and column in self.moved[row]:
            sheet, number, line, page, position = self.moved[row][column]
            return Location(self.file, sheet, f"{column_letter(position)}{number}", line, page)
        line = self.source_rows[row] if row < len(self.source_rows) else None
        sheet_row = self.cell_rows[row] if row < len(self.cell_rows) else line
        cell = None
        cols = self.cols[row] if row < len(self.cols) and self.cols[row] else self.source_cols
        if column is not None and column in cols and sheet_row is not None:
            cell = f"{column_letter(cols[column])}{sheet_row}"
        if self.csv:
            return Location(self.file, None, cell, line)
        sheet = self.sheets[row] if row < len(self.sheets) else self.sheet
        return Location(self.file, sheet, cell, _at(self.lines, row), _at(self.pages, row))


def _at(values: list[int], row: int) -> int | None:
    return values[row] if row < len(values) and values[row] else None


class PredikatBand(BaseModel):
    """One band of the predikat scale: from `min` (exclusive when `above`: `> 90 s.d. 100`) up to the
    next band; `max` is the top as printed when it is below the next floor (`76-90`, `91-100`), shown to
    reviewers: a value between the two (90,5) has not reached the next floor and stays in this band."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    min: float | None = None
    label: str
    max: float | None = None
    above: bool = False


class Head(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str | None = None
    nip: str | None = None
    position: str | None = None

    @field_validator("nip", mode="before")
    @classmethod
    def _nip_text(cls, v):
        return None if v is None else str(v).replace(" ", "")


class Polarity(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    default: str = Field("positive", pattern="^(positive|negative)$")
    negative: list[str] = []
    positive: list[str] = []


class Metadata(BaseModel):
    """`report.yaml`: what the tables do not say about themselves."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    agency: str
    region: str | None = None
    year: int
    head: Head = Head()
    desa: list[str] = []
    jumlah_desa: int | None = None
    number_format: str = Field("id", pattern="^(id|en)$")
    predikat_scale: list[PredikatBand] = []
    polarity: Polarity = Polarity()
    formulas: dict[str, str] = {}  # indicator -> its formula as printed (`audit.rules.formulas`)
    counts: dict[str, int] = {}  # units the report states a number of: `{puskesmas: 12, sekolah: 40}`

    @field_validator("counts")
    @classmethod
    def _counts(cls, v: dict[str, int]) -> dict[str, int]:
        if any(n <= 0 for n in v.values()):
            raise ValueError("a stated count is a positive whole number")
        return {" ".join(str(name).lower().split()): n for name, n in v.items()}

    @property
    def village_count(self) -> int | None:
        return self.jumlah_desa if self.jumlah_desa is not None else (len(self.desa) or None)

    @property
    def stated_counts(self) -> dict[str, int]:
        """Every number of units the report states, by what it counts (`audit.rules.formulas.counted_over`):
        `counts`, and its villages (`jumlah_desa` or the list of `desa`) as `desa` and `kelurahan`."""
        out = dict(self.counts)
        if self.village_count:
            out.update({"desa": self.village_count, "kelurahan": self.village_count})
        return out


@dataclass
class Report:
    """Everything the checks read; built by ingest, never modified afterwards."""

    meta: Metadata
    tables: dict[str, Table]
    source: str
    problems: list = field(default_factory=list)  # findings raised while reading
    # `audit.document.report.DocumentInfo` when read from a document; Any: the model imports no reader
    document: Any = None

    def table(self, name: str) -> Table | None:
        return self.tables.get(name)

    def as_written(self) -> Report:
        """The same report with every value taken as exact (no rounding intervals)."""
        tables = {name: replace(t, halfwidth=t.halfwidth.where(t.halfwidth.isna(), 0.0))
                  for name, t in self.tables.items()}
        return replace(self, tables=tables)
