"""Which cell is wrong, and what should it be?

Every finding comes with candidate fixes from its rule kind: single cells and the
values that would make that one check hold. Here each candidate is tried against
*every* rule that reads its cell: the report is changed in that one cell, those
rules are run again (`audit.repair.trials`), and the candidate scores the findings it
clears minus the findings it creates. A total that disagrees with parts that agree with three
other tables loses to the total being wrong: changing a part would break those
three matches. The fewest changed cells win (one at a time, so minimal repair
is greedy); a tie between the best two is said, not hidden.
"""
from __future__ import annotations

import operator
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from audit.model import Candidate, Finding, Fix, Joined, Message, Report
from audit.numbers import as_written, format_like, one_keystroke
from audit.repair.trials import Trial, run_trials, with_values
from audit.rules.engine import check_rules


def rules_by_cell(rules) -> dict[tuple[str, str], list]:
    """The cell-to-rule index: (table, column) -> the rules reading that column. Built once per set of
    loaded rules (a rule pack's rules are loaded once per process) and kept."""
    key = tuple(map(id, rules))
    known = _INDEXES.get(key)
    if known is not None and all(map(operator.is_, known[0], rules)):
        return known[1]
    index: dict[tuple[str, str], list] = {}
    whole: dict[str, list] = {}  # a rule reading a table as such
    for rule in rules:
        for table, column in set(rule.references()):
            if column is not None:
                index.setdefault((table, column), []).append(rule)
            else:
                whole.setdefault(table, []).append(rule)
    if len(_INDEXES) > 8:
        _INDEXES.clear()
    _INDEXES[key] = (tuple(rules), index, whole)
    return index


_INDEXES: dict[tuple, tuple] = {}  # the index of each set of rules (which it holds, so ids are not reused)


def _whole(rules) -> dict[str, list]:
    rules_by_cell(rules)
    return _INDEXES[tuple(map(id, rules))][2]


def try_candidates(report: Report, rules, findings: list[Finding],
                   known: list[Finding] | None = None, cache: dict | None = None,
                   pruned: dict | None = None, reads=None, settled: set | None = None) -> list[Trial]:
    """Score every distinct candidate of `findings` against the rules reading its cell.

    `known` is every finding the report has now (default: `findings`), so that a
    finding left aside is not counted as created by a change. `cache` keeps trials
    between calls; its entries name the rules and columns they depend on (see `invalidate`).
    `pruned` counts, per finding, the parts not tried (each could only tie).
    `reads` (`select.Reads` of the run that found `findings`): a rule is re-run only
    for a cell in a row it selected. The candidates of a finding whose key is in `settled` are
    taken from `cache` only (not tried again).
    """
    index = rules_by_cell(rules)
    by_rule: dict[str, set] = {}
    baseline: dict[str, list[Finding]] = {}  # the findings as they are: a row-local re-check keeps the others
    for f in known if known is not None else findings:
        by_rule.setdefault(f.rule_id, set()).add(f.key())
        baseline.setdefault(f.rule_id, []).append(f)
    seen, order, todo = set(), [], []
    shared = _shared_cells(findings)
    for f in findings:
        for n, c in enumerate(f.candidates):
            ident = (c.table, c.index, c.column, c.proposed)
            if ident in seen or c.table not in report.tables:
                continue
            if (n > 0 and len(f.candidates) > 4 and (c.table, c.index, c.column) not in shared
                    and not typo_like(report, c)):
                if pruned is not None:
                    pruned[f.key()] = pruned.get(f.key(), 0) + 1
                continue  # one of many parts, checked by nothing else: it can only tie with the total
            if settled and f.key() in settled and (cache is None or ident not in cache):
                continue
            seen.add(ident)
            order.append(ident)
            if cache is None or ident not in cache:
                todo.append(c)
    done = dict(zip(((c.table, c.index, c.column, c.proposed) for c in todo),
                    run_trials(report, todo, index, by_rule, reads, baseline)))
    if cache is None:
        return [done[ident][0] for ident in order]
    cache.update(done)
    return [cache[ident][0] for ident in order]


def invalidate(cache: dict, changes, rules, index: dict | None = None) -> set:
    """Forget the trials that `changes` (cells written) could change: those depending on a rule that reads a
    changed cell's column (or the whole of its table), or on a changed column itself (see `run_trials`).
    The candidates forgotten."""
    touched = {("cell", c.table, c.column) for c in changes} | reading(changes, rules, index)
    gone = {i for i, (_, deps) in cache.items() if deps & touched}
    for ident in gone:
        del cache[ident]
    return gone


def reading(changes, rules, index: dict | None = None) -> set[str]:
    """The ids of the rules that read any of the cells `changes` writes: the cell-to-rule index
    (`rules_by_cell`), and a rule reading a changed table as such."""
    index = index if index is not None else rules_by_cell(rules)
    whole = _whole(rules)
    return ({r.id for c in changes for r in index.get((c.table, c.column), [])}
            | {r.id for t in {c.table for c in changes} for r in whole.get(t, ())})


def peer_support(report: Report, c: Candidate) -> bool:
    """Is the current value a lone typo of a value its column already holds? (a tie-breaker only)

    `10` among targets of `100`: the proposal is held by another row, the current
    value by none, and one keystroke turns one into the other.
    """
    if isinstance(c.proposed, str):
        return False
    column = report.tables[c.table].array(c.column)
    if column.dtype.kind != "f":
        column = pd.to_numeric(pd.Series(column), errors="coerce").to_numpy(dtype=float)
    current = column[c.index]
    others = np.delete(column, c.index)
    if current != current:
        return False
    held = lambda v: bool((np.abs(others - float(v)) < 1e-9).any())  # noqa: E731
    return held(c.proposed) and not held(current) and one_keystroke(current, c.proposed)


def typo_like(report: Report, c: Candidate) -> bool:
    """One keystroke, or a thousand group dropped or doubled, turns the current value into the proposal."""
    if isinstance(c.proposed, str):
        return False
    current = _number(report.tables[c.table].cell(c.index, c.column))
    if current != current or current == 0:
        return False
    ratio = float(c.proposed) / float(current)
    return one_keystroke(current, c.proposed) or any(abs(ratio - k) < 1e-9 for k in (1000.0, 0.001))


def _number(value) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return float(pd.to_numeric(pd.Series([value]), errors="coerce")[0])


def written(report: Report, c: Candidate) -> bool:
    """The cell holds a written number (a typo needs something typed), not a dash or nothing."""
    table = report.tables[c.table]
    raw = table.array(c.column, "raw")[c.index] if c.column in table.raw.columns else ""
    return isinstance(raw, str) and raw.strip() not in ("", "-", "–", "—")


def _shared_cells(findings: list[Finding]) -> set:
    """Cells that two or more findings could be fixed at."""
    count: dict = {}
    for f in findings:
        for cell in {(c.table, c.index, c.column) for c in f.candidates}:
            count[cell] = count.get(cell, 0) + 1
    return {cell for cell, n in count.items() if n > 1}


def _likely(report: Report, c: Candidate, named: frozenset = frozenset()) -> tuple[bool, bool, bool, bool]:
    """(a lone typo of a value its column holds, any one-keystroke typo, a written cell, a cell another check
    names independently: `named`, `_named`): the tie-breakers."""
    return peer_support(report, c), typo_like(report, c), written(report, c), _at(report, c) in named


def _named(findings: list[Finding]) -> frozenset:
    """The printed cells (table, cell) that findings offering no change of their own read: a generic check of the
    printed page (GEN004: a row's `Lebih / (Kurang)` disagreeing with its own anggaran and realisasi) names its
    row's figures, independently of the rule kinds' tables; a sum's part there is the likelier slip."""
    return frozenset((loc.sheet, loc.cell) for f in findings if not f.candidates
                     for loc in (f.location, *f.related) if loc is not None and loc.sheet and loc.cell)


def _at(report: Report, c: Candidate) -> tuple:
    loc = report.tables[c.table].location(c.index, c.column)
    return (loc.sheet, loc.cell) if loc is not None else ()


def _order(trial: Trial, finding: Finding, likely: tuple[bool, bool, bool, bool]):
    """Most findings cleared and fewest created; among equals, the likelier slip of a pen:
    the cell the check's own evidence suspects or another check names, a lone typo of a value its column
    holds, any one-keystroke typo, the finding's own cell, a written cell rather than a dash."""
    c = trial.candidate
    own = (c.table, c.column) == (finding.table, finding.column)
    peer, typo, was_written, named = likely
    return (-trial.score, len(trial.introduced), not (c.suspected or named), not peer, not typo, not own,
            not was_written, c.table, c.index, c.column)


def confidence(trial: Trial, rival: Trial | None, best: bool = True) -> str:
    """high: clears two or more findings, breaks nothing, no equal rival; medium: clears one; low otherwise."""
    if not best or trial.introduced or (rival is not None and rival.score == trial.score):
        return "low"
    return "high" if trial.score >= 2 else "medium"


def as_fix(report: Report, trial: Trial, runner_up: Trial | None, style: str, best: bool = True) -> Fix:
    c = trial.candidate
    table = report.tables[c.table]
    row, label = table.row_name(c.index)
    raw = table.array(c.column, "raw")[c.index] if c.column in table.raw.columns else None
    proposed_text = c.proposed if isinstance(c.proposed, str) else format_like(raw, c.proposed, style,
                                                                                read_decimals=_read(table, c))
    rules = sorted({k[0] for k in trial.resolved})
    reason = [Message("fix_reason", {"n": len(trial.resolved), "rules": _counted(trial.resolved)})]
    if trial.introduced:
        reason.append(Message("fix_breaks", {"n": len(trial.introduced), "rules": _counted(trial.introduced)}))
    else:
        reason.append(Message("fix_clean"))
    if runner_up is not None and runner_up.score == trial.score:
        other = runner_up.candidate
        other_t = report.tables[other.table]
        other_raw = other_t.array(other.column, "raw")[other.index]
        shown = other.proposed if isinstance(other.proposed, str) else as_written(other_raw, other.proposed)
        reason.append(Message("fix_tie", {"cell": other_t.location(other.index, other.column).said(), "value": shown}))
    also = tuple(_plain_fix(report, f, style) for f in trial.companions)
    return Fix(c.table, row, c.column, table.location(c.index, c.column), table.cell(c.index, c.column),
               c.proposed, confidence(trial, runner_up, best), Joined(tuple(reason), "; "), raw, proposed_text,
               tuple(rules), also,
               label, c.index)


def _read(table, c: Candidate) -> float | None:
    """The decimals a candidate's cell was read with (`1.250` of a column writing `0.85`: 3), if known."""
    return table.array(c.column, "decimals")[c.index] if c.column in table.decimals.columns else None


def _counted(keys) -> str:
    """The rules of some findings, each with how many when more than one: `MATCH012 ×2, SUM027`."""
    count: dict[str, int] = {}
    for k in keys:
        count[k[0]] = count.get(k[0], 0) + 1
    return ", ".join(rule if n == 1 else f"{rule} ×{n}" for rule, n in sorted(count.items()))


def _plain_fix(report: Report, c: Candidate, style: str) -> Fix:
    table = report.tables[c.table]
    row, label = table.row_name(c.index)
    raw = table.array(c.column, "raw")[c.index]
    text = c.proposed if isinstance(c.proposed, str) else format_like(raw, c.proposed, style,
                                                                       read_decimals=_read(table, c))
    return Fix(c.table, row, c.column, table.location(c.index, c.column), table.cell(c.index, c.column),
               c.proposed, "", "", raw, text, row_label=label, index=c.index)


@dataclass(frozen=True)
class Step:
    """A change the ranking takes: its fix (with the cells recomputed with it) and the findings it clears."""

    fix: Fix
    clears: frozenset  # finding keys


@dataclass
class Ranking:
    """The one ranking of fix candidates: what `audit check` suggests for each finding, what `audit fix`
    lists and applies, and what every format and the API show are all read from it."""

    suggestions: dict = field(default_factory=dict)  # finding key -> its fixes, best first
    steps: list[Step] = field(default_factory=list)  # the changes taken, in order
    parked: dict = field(default_factory=dict)  # finding key left as a tie (never applied) -> its best fix
    #: findings whose fix a rule derived from figures a change or a tie would change (`_derived_steps`): left
    doubted: set = field(default_factory=set)

    @property
    def ambiguous(self) -> list[Fix]:
        """The best fix of each finding left as a tie, once per change."""
        seen: dict = {}
        for fix in self.parked.values():
            seen.setdefault((fix.table, fix.index, fix.column, fix.proposed), fix)
        return list(seen.values())

    def credit(self, step: Step, keys: set | frozenset, limit: int) -> Step:
        """`step` also clears `keys` (findings left as ties, or cleared by the changes of its round
        together): each now leads with it."""
        for k in keys:
            self.parked.pop(k, None)
            rest = [f for f in self.suggestions.get(k, ())
                    if (f.table, f.index, f.column, f.proposed) != (step.fix.table, step.fix.index, step.fix.column,
                                                                   step.fix.proposed)]
            self.suggestions[k] = (step.fix, *rest)[:limit]
        return Step(step.fix, step.clears | keys)

    def attach(self, findings: list[Finding]) -> list[Finding]:
        """`findings` with their ranked `suggestions`."""
        return [replace(f, suggestions=self.suggestions[f.key()]) if self.suggestions.get(f.key()) else f
                for f in findings]


def suggest(report: Report, rules, findings: list[Finding], limit: int = 3,
            reads=None) -> list[Finding]:
    """The findings with ranked `suggestions` (best first), as `rank` ranks them."""
    return rank(report, rules, findings, limit, reads).attach(findings)


def rank(report: Report, rules, findings: list[Finding], limit: int = 3, reads=None,
         rounds: int = 12) -> Ranking:
    """Rank the candidate fixes of `findings` (every finding `rules` found in `report`), and take the changes
    a person would: greedy minimal repair, in rounds.

    In each round every candidate of the open findings is tried (`try_candidates`) and each finding's
    candidates are ordered: most findings cleared and fewest created, then the tie-breakers of `_order`.
    A finding whose best two clear as much (or whose best is one of many parts not tried) is a tie: it
    is left to a person, and so is every finding whose best change is one of a tie; a tie is never
    taken. A change that is the best of every finding it clears, and tied for none, is taken; changes
    of one round touch different cells, and one that creates a finding waits for a round of its own.
    The changes of a round are taken together when together they clear at least what each cleared
    alone (else one at a time); what they clear together, and a tie a change clears, lead with that
    change. The findings a change could still clear are ranked again on the changed report (a second
    wrong cell of a row shows once the first is corrected); only their candidates, and those of new
    findings, are tried again, and only the rules a change concerns run again (`_take`). A finding's
    suggestions are its ranking in the last round it was open, shown against the report as read.

    `reads`: the rows each rule selected when `findings` were found (`select.Reads`; updated as rules
    re-run); without it the rules are run once more to learn them."""
    from audit.rules.select import reuse_selections

    if reads is None:
        reads = check_rules(rules, report, keys_only=True, trace=True).reads
    out = Ranking()
    current, known = report, list(findings)
    cache: dict = {}
    settled: set = set()  # findings whose candidates are not tried again (see below)
    with reuse_selections():  # the trials re-run rules on tables that mostly did not change
        for _ in range(rounds):
            taken, shown = _round(report, current, rules, known, cache, reads, out, limit, settled)
            if not taken:
                break
            before, selected = (current, known), dict(reads.by_rule)
            hopeful = {k for k, s in out.suggestions.items() if s} - set(out.parked)  # a change clears them
            for attempt in (taken, taken[:1]):
                reads.by_rule = dict(selected)
                current, known, checked = _take(before[0], before[1], attempt, rules, cache, reads, hopeful)
                more = set() if checked is None else _also_cleared(before[1], known, attempt, checked)
                if more is not None or len(attempt) == 1:
                    break
            # a tie a change clears, and what the changes cleared together (each with the first change at
            # one of its candidate cells, else the first reading its rule), lead with that change
            together = _owners(more or set(), before[1], attempt, rules)
            for n, tr in enumerate(attempt):
                also = (tr.resolved & set(out.parked)) | together.get(n, set())
                out.steps.append(out.credit(Step(shown[id(tr)], tr.resolved), also, limit))
            if not hopeful & {f.key() for f in known}:  # every finding a change could clear is cleared
                break
            # a later round tries again the candidates of the findings that had a change clearing them
            # (not taken yet) and of new findings; a finding no change cleared is cleared, if at all, by
            # the change of another (its ranking still lists every change tried that clears it)
            seen = {f.key() for f in before[1]}
            settled = {f.key() for f in known if f.key() in seen and not out.suggestions.get(f.key())}
    out.steps.extend(_derived_steps(findings, out))
    return out


def _derived_steps(findings: list[Finding], ranking: Ranking) -> list[Step]:
    """The fixes a rule derived from the printed page (a percentage from its row's figures, a share of the total:
    GEN002), which have no candidate to try, as changes of their own after those the ranking took: `audit fix`
    lists (and applies) them as `audit check` shows them. Only while the figures they were computed from stand:
    none where a change taken, or one of a tie left to a reviewer, would change the finding's cell or one of its
    figures (computed from figures in doubt, the value would be wrong); never a cell twice."""
    def cells(fix: Fix) -> set:
        return {(loc.sheet, loc.cell) for part in (fix, *fix.also) if (loc := part.cell) is not None}

    doubt = set().union(*(cells(s.fix) for s in ranking.steps),
                        *(cells(fix) for k in ranking.parked for fix in ranking.suggestions.get(k, ())))
    cleared = set().union(*(s.clears for s in ranking.steps))
    out = []
    for f in findings:
        if f.candidates or not f.suggestions or f.key() in cleared:
            continue
        if {(loc.sheet, loc.cell) for loc in (f.location, *f.related) if loc is not None} & doubt:
            ranking.doubted.add(f.key())
            continue
        out.append(Step(f.suggestions[0], frozenset({f.key()})))
        doubt |= cells(f.suggestions[0])
    return out


def _round(report: Report, current: Report, rules, known: list[Finding], cache: dict, reads, out: Ranking,
           limit: int, settled: set) -> tuple[list[Trial], dict[int, Fix]]:
    """One round of `rank` on `current`: each open finding's suggestions (into `out`), its ties parked, and
    the changes to take now with the fix each is shown as."""
    style = report.meta.number_format if report.meta else "id"
    open_ = [f for f in known if f.key() not in out.parked]
    keys = {f.key() for f in open_}
    pruned: dict = {}
    trials = [tr for tr in try_candidates(current, rules, open_, known=known, cache=cache, pruned=pruned,
                                          reads=reads, settled=settled) if tr is not None and tr.score > 0]
    named = _named(known)
    likely = {id(tr): _likely(current, tr.candidate, named) for tr in trials}
    clearing: dict = {}  # finding key -> the trials clearing it
    for tr in trials:
        for k in tr.resolved:
            clearing.setdefault(k, []).append(tr)
    ranked = {f.key(): _ranked(clearing.get(f.key(), []), f, likely) for f in open_}
    tied = {k for k, mine in ranked.items() if _tied(current, mine, pruned.get(k, 0))}
    contested = {id(tr) for k in tied for tr in ranked[k] if tr.score == ranked[k][0].score}
    shown: dict[int, Fix] = {}  # the fix each finding's best change is shown as
    takeable: dict[int, Trial] = {}
    for f in open_:
        mine, fixes = ranked[f.key()], []
        for n, trial in enumerate(mine[:limit]):
            rival = _rival(trial, mine, ranked, tied & keys) if n == 0 else mine[0]
            fix = as_fix(report, trial, rival, style, best=n == 0)  # shown against the report as read
            if n == 0 and pruned.get(f.key()) and trial.score == 1 and not typo_like(current, trial.candidate):
                # any of the parts not tried would clear this finding just as well
                fix = replace(fix, confidence="low",
                              reason=Joined((fix.reason, Message("fix_or_parts", {"n": pruned[f.key()]})), "; "))
            fixes.append(fix)
        out.suggestions[f.key()] = tuple(fixes)
        if not mine:
            continue
        top = mine[0]
        shown.setdefault(id(top), fixes[0])
        if id(top) in contested:  # a tie: left to a person
            out.parked[f.key()] = fixes[0]
        elif all(ranked[k] and ranked[k][0] is top for k in top.resolved & keys):
            takeable[id(top)] = top
    taken: list[Trial] = []
    cells: set = set()
    for tr in sorted(takeable.values(), key=lambda tr: (bool(tr.introduced), -tr.score, *_global(current, tr))):
        mine_cells = {(c.table, c.index, c.column) for c in (tr.candidate, *tr.companions)}
        if mine_cells & cells or (tr.introduced and taken):
            continue  # in a later round, against the report as the others change it
        taken.append(tr)
        cells |= mine_cells
    return taken, shown


def _ranked(trials: list[Trial], f: Finding, likely: dict) -> list[Trial]:
    """The trials clearing `f` (`trials`), best first."""
    return sorted(trials, key=lambda tr: _order(tr, f, likely[id(tr)]))


def _rival(trial: Trial, mine: list[Trial], ranked: dict, tied: set) -> Trial | None:
    """The change as likely as the best `trial` of a finding (`mine`, its ranking): the next one of the same
    finding, or one tied with it for another finding it clears; else the next one, if any."""
    if len(mine) > 1 and mine[1].score == trial.score:
        return mine[1]
    for k in sorted(trial.resolved & tied):
        if ranked[k][0].score == trial.score:
            return next((o for o in ranked[k] if o is not trial and o.score == trial.score), None)
    return mine[1] if len(mine) > 1 else None


def _take(report: Report, known: list[Finding], taken: list[Trial], rules, cache: dict, reads,
          hopeful: set):
    """The report with `taken` applied, its findings, and the ids of the rules re-run (None: none needed:
    no finding that a change could clear (`hopeful`) could rank otherwise, the changes read no rule in
    common, and the findings are those the trials predicted)."""
    changes = [c for tr in taken for c in (tr.candidate, *tr.companions)]
    current = with_values(report, changes)
    invalidate(cache, changes, rules)
    ids = reading(changes, rules)  # the other rules' findings cannot change
    cleared = set().union(*(tr.resolved for tr in taken))
    left = [f for f in known if f.key() not in cleared]
    # a rule reading one change finds what its trial predicted; run again only a rule reading two (they
    # could together clear or create more), one of a finding still open (its candidates follow the
    # changed cells) and one that finds something new (its findings are needed whole)
    count: dict[str, list[Trial]] = {}  # rule id -> the changes it reads in rows it selected
    for tr in taken:
        cells = (tr.candidate, *tr.companions)
        for i in reading(cells, rules):
            if reads is None or reads.relevant(i, cells):
                count.setdefault(i, []).append(tr)
    by_id = {r.id: r for r in rules}
    need = {i for i, mine in count.items() if len(mine) > 1 and not _apart(by_id[i], mine, report)}
    need |= {k[0] for tr in taken for k in tr.introduced}
    need = (need | {f.rule_id for f in left if f.key() in hopeful}) & ids
    if not need:
        return current, left, None
    again = check_rules([r for r in rules if r.id in need], current, trace=True)  # with candidates
    reads.update(again.reads)
    return current, [f for f in left if f.rule_id not in need] + again.findings, need


def _apart(rule, taken: list[Trial], report: Report) -> bool:
    """Does each finding of `rule` follow one change of `taken` at most? So when all of them are in one
    table, in different rows of a row-local rule or different groups of a group-local one (the trials'
    contract, `audit.repair.trials`): then the rule finds what the trials predicted, each for its own."""
    mine = [[c for c in (tr.candidate, *tr.companions) if c.table in rule.tables()] for tr in taken]
    ask = getattr(rule.params, "row_local", None)
    name = ask() if ask is not None else None
    if name is not None and all(c.table == name for cells in mine for c in cells):
        return _disjoint([{c.index for c in cells} for cells in mine])
    ask = getattr(rule.params, "group_local", None)
    local = ask() if ask is not None else None
    if not local:
        return False
    name, free = local
    read = {column for t, column in rule.references() if t == name and column}
    if not all(c.table == name and (c.column in free or c.column not in read) for cells in mine for c in cells):
        return False
    rows, codes, _ = rule.params.groups(report.tables[name], report.meta)
    of: dict[int, set] = {}  # a row's groups (as a part, as a total)
    for row, code in zip(rows.tolist(), codes.tolist()):
        of.setdefault(row, set()).add(code)
    return _disjoint([set().union(*(of.get(c.index, ()) for c in cells)) for cells in mine])


def _disjoint(sets: list[set]) -> bool:
    seen: set = set()
    for s in sets:
        if s & seen:
            return False
        seen |= s
    return True


def _owners(keys: set, known: list[Finding], taken: list[Trial], rules) -> dict[int, set]:
    """Which of `taken` each finding of `keys` is credited to: the first changing one of the finding's
    candidate cells, else the first whose cells its rule reads."""
    out: dict[int, set] = {}
    by_key = {f.key(): f for f in known}
    cells = [{(c.table, c.index, c.column) for c in (tr.candidate, *tr.companions)} for tr in taken]
    read = [reading((tr.candidate, *tr.companions), rules) for tr in taken]
    for k in sorted(keys):
        f = by_key.get(k)
        mine = {(c.table, c.index, c.column) for c in f.candidates} if f is not None else set()
        n = next((n for n, c in enumerate(cells) if c & mine), None)
        n = n if n is not None else next((n for n, r in enumerate(read) if k[0] in r), 0)
        out.setdefault(n, set()).add(k)
    return out


def _also_cleared(known: list[Finding], after: list[Finding], taken: list[Trial], ids: set) -> set | None:
    """The findings the changes cleared together beyond what each cleared alone; None when together
    they created a finding none created alone (then they are taken one at a time)."""
    cleared = set().union(*(tr.resolved for tr in taken))
    created = set().union(*(tr.introduced for tr in taken))
    expected = {f.key() for f in known if f.rule_id in ids} - cleared | {k for k in created if k[0] in ids}
    got = {f.key() for f in after if f.rule_id in ids}
    return expected - got if got <= expected else None


def _tied(report: Report, mine: list[Trial], pruned: int) -> bool:
    """The best change of a finding is as likely as another: the next clears as much, or it is one of many
    parts (`pruned` not tried, each could only tie)."""
    if not mine:
        return False
    return ((len(mine) > 1 and mine[1].score == mine[0].score)
            or (pruned > 0 and mine[0].score == 1 and not typo_like(report, mine[0].candidate)))


def _global(report: Report, trial: Trial) -> tuple:
    """The order of changes across findings (for cells two changes would both write): the tie-breakers of
    `_order` that do not depend on one finding."""
    c = trial.candidate
    peer, typo, was_written, _ = _likely(report, c)
    return (len(trial.introduced), not peer, not typo, not was_written, c.table, c.index, c.column)
