"""What an audit checked: numeric tables read against those found, rules run against those not run.

A table the tool could not read is a gap in the audit's coverage, not a fault
of the report; the reviewer (and a CI gate, `--min-coverage`) must see it."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Unread:
    """A table holding figures that no table kind could read."""

    where: str  # `Tabel #7` of a document, or a sheet / file name
    caption: str = ""
    line: int | None = None
    page: int | None = None
    closest: str | None = None  # the nearest table kind, if any
    mapping: tuple[tuple[str, str], ...] = ()  # (printed header, canonical column) lines that would read it


@dataclass(frozen=True)
class Coverage:
    tables_found: int = 0  # tables holding figures
    tables_read: int = 0  # of those, read into a canonical table (a copy printed twice counts as read)
    unread: tuple[Unread, ...] = field(default_factory=tuple)
    rules_run: int = 0
    rules_skipped: int = 0
    skipped_why: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (rule id, the tables it needs that are absent)
    #: rules whose tables are there but not the columns they read (`tw1`..`tw4` not printed): not run either
    rules_lacking: int = 0
    lacking_why: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (rule id, `table.column` it needs, holding no value)
    #: rules that read the document itself (its chapters, prose, unread tables), for a report read from tables
    no_document: tuple[str, ...] = ()
    #: rules that ran but selected no row to compare (a total rule, the table printing no total row): not run
    without_rows: tuple[str, ...] = ()
    #: `table.column` read with figures that no rule reads: only the table's model checks them (a figure, in range)
    columns_no_rule: tuple[str, ...] = ()

    @property
    def percent(self) -> float:
        """Share of the numeric tables read; 100 when the report holds none."""
        return 100.0 * self.tables_read / self.tables_found if self.tables_found else 100.0

    def to_record(self) -> dict:
        return {
            "tables_found": self.tables_found, "tables_read": self.tables_read,
            "percent": round(self.percent, 1), "rules_run": self.rules_run, "rules_skipped": self.rules_skipped,
            "skipped": [{"rule": rule, "tables_absent": list(tables)} for rule, tables in self.skipped_why],
            "rules_lacking": self.rules_lacking,
            "lacking": [{"rule": rule, "columns_absent": list(columns)} for rule, columns in self.lacking_why],
            "rules_without_document": len(self.no_document), "without_document": list(self.no_document),
            "rules_without_rows": len(self.without_rows), "without_rows": list(self.without_rows),
            "columns_no_rule": list(self.columns_no_rule),
            "unread": [{"where": u.where, "caption": u.caption, "line": u.line, "page": u.page,
                        "closest": u.closest, "mapping": [list(m) for m in u.mapping]} for u in self.unread],
        }
