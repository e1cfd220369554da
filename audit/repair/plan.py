"""A whole-report repair plan: which cells to change, in what order, with what confidence.

Greedy minimal repair: at each step the single change (with the percentages of
its row that follow from it) that clears the most findings and creates none is
taken, and the report is re-checked. A change that ties with another for the
same findings is listed as ambiguous and never applied; its findings are left
for a person.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from audit.model import Fix, Report
from audit.repair.rank import as_fix, invalidate, peer_support, try_candidates, typo_like, written
from audit.repair.trials import with_values
from audit.rules.engine import check_rules

RANK = {"high": 3, "medium": 2, "low": 1}


@dataclass
class RepairPlan:
    fixes: list[Fix] = field(default_factory=list)  # in the order they were found
    ambiguous: list[Fix] = field(default_factory=list)
    remaining: int = 0  # findings no single-cell change clears
    found: list = field(default_factory=list)  # the findings before any change (what a corrected cell's note quotes)

    def accepted(self, min_confidence: str = "high") -> list[Fix]:
        return [f for f in self.fixes if RANK[f.confidence] >= RANK[min_confidence]]


def plan(report: Report, rules, max_steps: int = 100) -> RepairPlan:
    out = RepairPlan()
    style = report.meta.number_format if report.meta else "id"
    current = report
    parked: set = set()  # finding keys left to a person (ambiguous)
    cache: dict = {}
    checked = check_rules(rules, current, trace=True)
    findings, reads = checked.findings, checked.reads  # the rows each rule selects, kept current as rules re-run
    out.found = findings
    for _ in range(max_steps):
        open_ = [f for f in findings if f.key() not in parked]
        trials = [tr for tr in try_candidates(current, rules, open_, known=findings, cache=cache, reads=reads)
                  if tr is not None and tr.score > 0 and tr.resolved - parked]
        if not trials:
            out.remaining = len(open_)
            break
        trials.sort(key=lambda tr: (-tr.score, len(tr.introduced), not peer_support(current, tr.candidate),
                                    not typo_like(current, tr.candidate), not written(current, tr.candidate),
                                    tr.candidate.table, tr.candidate.index, tr.candidate.column))
        best = trials[0]
        rival = next((tr for tr in trials[1:] if tr.score == best.score and tr.resolved & best.resolved), None)
        fix = as_fix(current, best, rival, style)
        if rival is not None and not peer_support(current, best.candidate):
            out.ambiguous.append(fix)
            parked |= best.resolved
            continue
        out.fixes.append(fix)
        changes = (best.candidate, *best.companions)
        current = with_values(current, changes)
        changed = {c.table for c in changes}
        invalidate(cache, changed)
        rerun = [r for r in rules if changed & set(r.tables())]
        ids = {r.id for r in rerun}
        again = check_rules(rerun, current, trace=True)
        reads.update(again.reads)
        findings = [f for f in findings if f.rule_id not in ids] + again.findings
    return _merge(out, report)


def _merge(p: RepairPlan, report: Report) -> RepairPlan:
    """One row per cell: a cell changed twice keeps its last proposal; a cell changed back is dropped."""
    seen: dict = {}
    for f in p.fixes:
        for part in (f, *f.also):
            key = (part.table, part.row, part.column)
            first = seen.get(key)
            current = first.current if first else part.current
            current_text = first.current_text if first else part.current_text
            merged = Fix(part.table, part.row, part.column, part.cell, current, part.proposed,
                         part.confidence or (first.confidence if first else f.confidence),
                         part.reason or (first.reason if first else f.reason), current_text, part.proposed_text,
                         part.resolves or (first.resolves if first else f.resolves), row_label=part.row_label,
                         index=part.index)
            seen[key] = merged
    p.fixes = [f for f in seen.values() if not _unchanged(f)]
    return p


def _unchanged(f: Fix) -> bool:
    if isinstance(f.current, float) and isinstance(f.proposed, float):
        return abs(f.current - f.proposed) < 1e-9
    return f.current == f.proposed
