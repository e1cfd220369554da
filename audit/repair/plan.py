"""A whole-report repair plan: which cells to change, in what order, with what confidence.

The plan is read from the one ranking of fix candidates (`audit.repair.rank.rank`), the
same that `audit check` shows as suggestions: its changes, each the best of every finding
it clears, and its ties, listed as ambiguous and never applied; their findings are left
for a person.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from audit.model import Finding, Fix, Report
from audit.repair.rank import Step, rank
from audit.rules.engine import check_rules

RANK = {"high": 3, "medium": 2, "low": 1}
# why a finding is left: nothing to propose, a tie, a fix below the confidence asked, or a fix computed from
# figures another finding calls into question (a share of a count that a tie may change)
LEFT_REASONS = ("none", "ambiguous", "below", "doubt")


@dataclass
class RepairPlan:
    steps: list[Step] = field(default_factory=list)  # the changes, in the order they were taken
    ambiguous: list[Fix] = field(default_factory=list)
    found: list[Finding] = field(default_factory=list)  # the findings before any change (what a note quotes)
    parked: set = field(default_factory=set)  # keys of the findings left as ties
    doubted: set = field(default_factory=set)  # keys of the findings whose derived fix stands on figures in doubt

    @property
    def fixes(self) -> list[Fix]:
        """Every change of the plan, one row per cell."""
        return _merge([s.fix for s in self.steps])

    def chosen(self, min_confidence: str = "high") -> list[Step]:
        return [s for s in self.steps if RANK[s.fix.confidence] >= RANK[min_confidence]]

    def accepted(self, min_confidence: str = "high") -> list[Fix]:
        """The changes at least `min_confidence` sure, one row per cell; ambiguous ones never."""
        return _merge([s.fix for s in self.chosen(min_confidence)])

    def left(self, min_confidence: str = "high") -> list[tuple[Finding, str]]:
        """The findings the accepted changes leave, each with why (`LEFT_REASONS`)."""
        cleared = set().union(*(s.clears for s in self.chosen(min_confidence)))
        below = set().union(*(s.clears for s in self.steps)) - cleared
        return [(f, "ambiguous" if f.key() in self.parked else "below" if f.key() in below
                 else "doubt" if f.key() in self.doubted else "none")
                for f in self.found if f.key() not in cleared]

    def summary(self, min_confidence: str = "high") -> dict:
        """Cells changed, findings resolved (each with the change that clears it) and findings left (each
        with why) by the changes at least `min_confidence` sure."""
        chosen = self.chosen(min_confidence)
        by = {k: s.fix for s in reversed(chosen) for k in s.clears}  # the first change that clears it
        return {"cells": len(_merge([s.fix for s in chosen])), "min_confidence": min_confidence,
                "resolved": [(f, by[f.key()]) for f in self.found if f.key() in by],
                "left": self.left(min_confidence)}


def plan(report: Report, rules) -> RepairPlan:
    checked = check_rules(rules, report, trace=True)
    ranking = rank(report, rules, checked.findings, reads=checked.reads)
    return RepairPlan(ranking.steps, ranking.ambiguous, checked.findings, set(ranking.parked), ranking.doubted)


def _merge(fixes: list[Fix]) -> list[Fix]:
    """One row per cell: a cell changed twice keeps its last proposal; a cell changed back is dropped."""
    seen: dict = {}
    for f in fixes:
        for part in (f, *f.also):
            key = (part.table, part.row, part.column)
            first = seen.get(key)
            current = first.current if first else part.current
            current_text = first.current_text if first else part.current_text
            # a cell recomputed with a change says that change's confidence and reason (the last that wrote it)
            merged = Fix(part.table, part.row, part.column, part.cell, current, part.proposed,
                         part.confidence or f.confidence, part.reason or f.reason, current_text, part.proposed_text,
                         part.resolves or f.resolves, row_label=part.row_label, index=part.index)
            seen[key] = merged
    return [f for f in seen.values() if not _unchanged(f)]


def _unchanged(f: Fix) -> bool:
    if isinstance(f.current, float) and isinstance(f.proposed, float):
        return abs(f.current - f.proposed) < 1e-9
    return f.current == f.proposed
