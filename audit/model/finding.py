"""Findings are plain data: what disagrees, where, and what it should be."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from audit.message import Said, format_number, say
from audit.model.coverage import Coverage
from audit.model.figures import Figures
from audit.model.report import Location, Metadata


class Severity(str, Enum):  # noqa: UP042 (StrEnum would print members differently in outputs)
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True, slots=True)
class Fix:
    """A proposed change of one cell."""

    table: str
    row: str | None
    column: str
    cell: Location  # where the report prints it (`Table.location`)
    current: float | str | None
    proposed: float | str  # a candidate's value (`Candidate.proposed`)
    confidence: str  # high | medium | low
    reason: Said  # rendered by the output, in its language
    current_text: str | None = None  # as written in the report
    proposed_text: str | None = None  # as the report would write the proposed value
    resolves: tuple[str, ...] = ()  # rule ids of the findings this change clears
    also: tuple[Fix, ...] = ()  # derived cells (percentages of the same row) recomputed with it
    row_label: str | None = None
    index: int | None = None  # row position in the table's frames (for writing a canonical copy)

    def to_record(self, lang: str = "id") -> dict:
        return {
            "cell": self.cell.as_dict() if self.cell else None, "table": self.table, "row": self.row,
            "row_label": self.row_label,
            "column": self.column, "current": _plain(self.current), "proposed": _plain(self.proposed),
            "current_text": self.current_text, "proposed_text": self.proposed_text,
            "confidence": self.confidence, "reason": say(self.reason, lang), "resolves": list(self.resolves),
            "also": [a.to_record(lang) for a in self.also],
        }


@dataclass(frozen=True, slots=True)
class Candidate:
    """A value that would make the finding's check hold, for one cell the check read.

    Kinds propose candidates (they know their algebra); `audit.repair.rank` ranks them
    against every other check and turns the best into `Fix` suggestions.
    """

    table: str
    index: int  # row position in the table's frames
    column: str
    proposed: float | str
    #: the check's own evidence names this cell as the slip (a target copied as realisasi there): among
    #: candidates that clear as much, it is shown first (the same change either way: not compared)
    suspected: bool = field(default=False, compare=False)


@dataclass(frozen=True, slots=True)
class Finding:
    """One inconsistency, located at the cell most directly concerned.

    `row` names the row as a reviewer would (its id, number or label); `position`
    is the source row, used only for ordering. `related` lists the other cells
    the check read, so a reviewer can see both sides of a disagreement. `message`
    and `hint` are words to say (`audit.message`), put into a language only
    by an output: `text(lang)`, `to_record(lang)`.
    """

    rule_id: str
    severity: Severity
    table: str | None
    row: str | None
    column: str | None
    location: Location | None
    actual: float | str | None
    expected: float | str | None
    delta: float | None
    message: Said
    row_label: str | None = None
    hint: Said | None = None
    related: tuple[Location, ...] = ()
    suggestions: tuple[Fix, ...] = ()
    position: int = 0
    decimals: int | None = None  # decimals the actual value was printed with
    unit: str | None = None  # "%" for percentages, for display only
    basis: str = "expected"  # what `expected` is: expected | computed | other (a value in another table)
    expected_decimals: int | None = None
    candidates: tuple[Candidate, ...] = ()
    row_key: str | None = None  # the row's stable identity (see Table.row_key)
    waived: dict | None = None  # {"justification", "expires"} when a baseline accepts this finding

    def text(self, lang: str = "id") -> str:
        """The message in `lang`."""
        return say(self.message, lang)

    def expected_places(self) -> int | None:
        """Decimals to show the expected value at: a whole number written can still be expected with decimals."""
        if self.expected_decimals is not None:
            return self.expected_decimals
        if self.decimals == 0 and isinstance(self.expected, float) and not float(self.expected).is_integer():
            return 2
        return self.decimals

    def shown(self, lang: str = "id") -> dict[str, str | None]:
        """`written`, `expected` and `difference` as a reader of `lang` reads them, at the precision the
        report printed them (`1,70%`, `1,07%`, `+0,63%`); text as written; None when absent."""
        out: dict[str, str | None] = {"written": None, "expected": None, "difference": None}
        if self.actual is None:
            return out
        d = self.expected_places()
        out["written"] = _shown(self.actual, self.decimals, lang, self.unit)
        if self.expected is not None:
            out["expected"] = _shown(self.expected, d, lang, self.unit)
        delta = self.delta
        if isinstance(delta, (int, float)) and not isinstance(delta, bool) and delta == delta:
            sign = "+" if delta > 0 else "−" if delta < 0 else ""
            out["difference"] = sign + format_number(abs(delta), max(d or 0, self.decimals or 0), lang, self.unit)
        return out

    def fingerprint(self) -> str:
        """Stable across redrafts: rule, table, row key and column; never positions or line numbers."""
        import hashlib

        where = self.row_key if self.row_key is not None else (self.location.short() if self.location else "")
        text = "|".join((self.rule_id, self.table or "", where, self.column or ""))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    def key(self) -> tuple:
        """Identity across runs of the same report: rule, table, row and column."""
        return (self.rule_id, self.table, self.row, self.column)

    def sort_key(self) -> tuple:
        return (self.table or "", self.position, self.rule_id, self.column or "", self.row or "")

    def to_record(self, lang: str = "id") -> dict:
        loc = (self.location.as_dict() if self.location
               else {"file": None, "sheet": None, "cell": None, "line": None, "page": None})
        return {
            "rule_id": self.rule_id,
            "severity": self.severity.value,
            "table": self.table,
            "row": self.row,
            "row_label": self.row_label,
            "column": self.column,
            "location": loc,
            "actual": _plain(self.actual),
            "expected": _plain(self.expected),
            "delta": _plain(self.delta),
            "basis": self.basis,
            "shown": self.shown(lang),
            "message": say(self.message, lang),
            "hint": say(self.hint, lang),
            "fingerprint": self.fingerprint(),
            "waived": self.waived,
            "related": [r.as_dict() for r in self.related],
            "suggestions": [s.to_record(lang) for s in self.suggestions],
        }


def _shown(value, decimals: int | None, lang: str, unit: str | None) -> str:
    """A number in the reader's language; text as written, quoted when it holds a figure (`'88,89%'` as the
    document wrote it), so that it reads as the report's words, not as a number said in the reader's style."""
    if isinstance(value, str):
        return f"'{value}'" if any(ch.isdigit() for ch in value) else value
    return format_number(value, decimals, lang, unit)


def _plain(value):
    """Round floats to 6 decimal places so JSON is stable across platforms (amounts are rupiah, shares %)."""
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):  # JSON has neither
            return None
        rounded = round(value, 6)
        return int(rounded) if rounded.is_integer() else rounded
    return value


@dataclass
class AuditResult:
    """What `audit.run` returns and every formatter renders."""

    meta: Metadata | None
    source: str
    findings: list[Finding]
    tables_read: list[str] = field(default_factory=list)
    rules_run: int = 0
    rules_skipped: list[str] = field(default_factory=list)
    lang: str = "id"  # the language asked for: the formats' default (each takes `lang` to say it in another)
    titles: dict[str, Said] = field(default_factory=dict)  # table -> its title
    rules: dict[str, dict] = field(default_factory=dict)  # rule id -> {"title", "why", "kind"}
    coverage: Coverage | None = None  # what was checked
    figures: Figures | None = None  # what the reviewer's pictures draw

    def below(self, min_coverage: float | None) -> bool:
        """Did the audit read fewer of the report's numeric tables than `min_coverage` percent?"""
        return min_coverage is not None and self.coverage is not None and self.coverage.percent < min_coverage

    def counts(self) -> dict[str, int]:
        """Findings by severity; waived findings are counted apart, under `waived`."""
        out = {s.value: 0 for s in Severity}
        waived = 0
        for f in self.findings:
            if f.waived:
                waived += 1
            else:
                out[f.severity.value] += 1
        if waived:
            out["waived"] = waived
        return out

    def failed(self, fail_on: str = "error") -> bool:
        if fail_on == "never":
            return False
        threshold = Severity(fail_on).rank
        return any(f.severity.rank >= threshold for f in self.findings if not f.waived)

    def to_records(self, lang: str | None = None) -> dict:
        """The single boundary every machine format is built from; its texts in `lang` (else `self.lang`)."""
        lang = lang or self.lang
        meta = self.meta
        report: dict[str, object] = {"source": self.source}
        if meta is not None:
            report.update({
                "agency": meta.agency, "region": meta.region, "year": meta.year,
                "head": meta.head.model_dump(), "jumlah_desa": meta.village_count,
            })
        report["tables_read"] = list(self.tables_read)
        return {
            "report": report,
            "summary": {**self.counts(), **({"coverage": self.coverage.to_record()} if self.coverage else {})},
            "findings": [f.to_record(lang) for f in self.findings],
        }
