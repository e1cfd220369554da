"""What a canonical table looks like: columns, kinds, header aliases, keys."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    levels: tuple[str, ...] = ()

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
    schema: object = field(default=None, compare=False, repr=False)  # the Pandera schema

    def column(self, name: str) -> ColumnSpec | None:
        return next((c for c in self.columns if c.name == name), None)

    def title_in(self, lang: str) -> str:
        return self.title_en if lang == "en" else self.title
