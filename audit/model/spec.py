"""What a canonical table looks like: columns, kinds, header aliases, keys, and how it is printed.

A `TableSpec` is read from one declaration, the table's Pandera model (`audit.catalog`): the
classifier, the layouts, row names, docs/data-format.md and the test documents all read it here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pandera.api.pandas.container import DataFrameSchema


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    levels: tuple[str, ...] = ()
    doc: str = ""  # a note for docs/data-format.md
    allowed: tuple[str, ...] = ()  # the values a text column may hold, when the model lists them
    qualitative: bool = False  # an indicator's target or realisation: may be worded (`WTP`) instead of counted
    period_end: bool = False  # a figure for the end of a period: a year in its header is not the row's year

    @property
    def numeric(self) -> bool:
        return self.kind in {"count", "money", "percent", "number", "year", "tick"}

    @property
    def exact(self) -> bool:
        """Exact kinds are not rounded: a printed 19 is 19, not 18.5 to 19.5."""
        return self.kind in {"count", "money", "year", "tick"}


@dataclass(frozen=True)
class TableSpec:
    name: str
    title: str
    title_en: str
    columns: tuple[ColumnSpec, ...]
    keys: tuple[str, ...] = ()
    ticks_from: str | None = None
    #: the Pandera model it was read from (`audit.catalog`); its schema is built when first validated
    model: Any = field(default=None, compare=False, repr=False)
    #: words a caption or section heading uses for this kind, beyond its title (each adds to its score)
    captions: tuple[str, ...] = ()
    #: columns that name a row to a reviewer, the first one filled wins (`Table.row_name`)
    labels: tuple[str, ...] = ()
    #: text columns printed over a group of rows (a sasaran over its indicators): with `labels`, what
    #: says a printed row is a row, and the text a total line is recognised by (`layouts`)
    headings: tuple[str, ...] = ()
    layout: str | None = None  # the layout hook that reads what the page shows by position (`layouts.HOOKS`)
    outline: str | None = None  # where an LKjIP usually prints it: `II.2` is BAB II's second table
    phrases: tuple[tuple[str, tuple[str, ...]], ...] = ()  # header phrases for this kind only, per column
    exclude: tuple[tuple[str, tuple[str, ...]], ...] = ()  # header words that rule a column out in this kind
    doc: str = ""  # what the table is, for docs/data-format.md (the model's docstring)
    #: a label printed in the No column (`J U M L A H`) is the row's first label, when that is empty
    label_in_no: bool = False
    numbered: bool = False  # the first label may begin with the row's list number (`1. Program ...`)
    shape: str | None = None  # the recogniser of its column pattern when no header survives (`shapes.SHAPES`)
    lookup: str | None = None  # the table kind its layout reads to settle a row (`layouts.resolve`)
    group_rows: tuple[str, ...] = ()  # labels that make a row a group row (the golongan of fixed assets)
    figure: str | None = None  # the reviewer's picture its rows feed (`audit.model.figures.FIGURES`)

    @property
    def schema(self) -> DataFrameSchema | None:
        """The model's Pandera schema, built the first time a table of this kind is validated (Pandera keeps
        it): building all 28 at every start cost 20 ms, most of them for kinds the report does not have."""
        return self.model.to_schema() if self.model is not None else None

    def column(self, name: str) -> ColumnSpec | None:
        return next((c for c in self.columns if c.name == name), None)

    def title_in(self, lang: str) -> str:
        return self.title_en if lang == "en" else self.title

    def printed_labels(self) -> tuple[str, ...]:
        """The columns whose printed text says what a row is: its labels, then its group headings."""
        return (*self.labels, *self.headings)
