"""Re-checking a report with a few cells changed: the evidence behind fix suggestions.

A candidate fix is one cell and the value that would make one check hold. To rank it,
`audit.repair.rank` needs what the change clears and what it breaks across every rule
that reads the cell. Here each rule that needs re-running runs once for all the changed
copies that need it, over a stack of them (`audit.repair.variants`), and a
row-local rule re-checks only the changed rows; the result is the same as re-running
every rule on every changed copy one by one (a test holds it).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import TypeGuard

import numpy as np

from audit.model import Candidate, Finding, Report, Table
from audit.model.report import NAMING_COLUMNS
from audit.rules.engine import check_rules


@dataclass(frozen=True)
class Trial:
    candidate: Candidate
    resolved: frozenset
    introduced: frozenset
    companions: tuple[Candidate, ...] = ()  # percentages of the same row, recomputed

    @property
    def score(self) -> int:
        return len(self.resolved) - len(self.introduced)


def with_values(report: Report, changes) -> Report:
    """The report with some cells changed (a copy of the tables concerned; the report is untouched)."""
    from audit.repair.variants import write_cells
    from audit.rules.select import derived

    tables = dict(report.tables)
    for name in dict.fromkeys(c.table for c in changes):
        table = tables[name]
        columns = tuple(dict.fromkeys(c.column for c in changes if c.table == name))
        values = write_cells(table.values, [(c.index, c) for c in changes if c.table == name])
        derived(values, table.values, columns)  # selections on other columns stay those of the original
        tables[name] = table.changed(values, columns)
    return replace(report, tables=tables)


def run_trials(report, cands: list[Candidate], index, by_rule, reads=None,
            baseline=None) -> list[tuple]:
    """(Trial or None, what it depends on) for each candidate: change its cell (and the percentages of
    its row that follow from it); what clears, what breaks? It depends on the ids of the rules reading
    its changed cells and on its own column (`("cell", table, column)`): a change elsewhere that no such
    rule reads leaves it as it is (`audit.repair.rank.invalidate`).

    Every rule reading a changed cell is run again on the changed report, but once for
    all the candidates it reads, over a stack of the changed reports
    (`audit.rules.stack`): one run per rule instead of one per rule and candidate."""
    out: list = [None] * len(cands)
    changes, deps, affected = [], [], []
    for n, c in enumerate(cands):
        reading = index.get((c.table, c.column), [])
        if not reading or _same(report.tables[c.table].cell(c.index, c.column), c.proposed):
            out[n] = (None, {("cell", c.table, c.column)})
            continue
        changes.append([c])
        deps.append((n, {("cell", c.table, c.column)} | {r.id for r in reading}))
        affected.append([r for r in reading if reads is None or reads.relevant(r.id, [c])])
    # a new finding on the changed row whose first candidate is recomputed from the row (a capaian, its
    # kind says `follows_on_row`): that value follows the change, tried together with it. Those rules
    # run first, alone, so that every rule then runs once for each candidate with what follows it.
    recomputing = [[r for r in rules if r.kind.follows_on_row] for rules in affected]
    first = _rerun(report, changes, recomputing, baseline)
    kept: list[list[tuple]] = [[] for _ in changes]  # what the first run found stays true of a change alone
    for k, (cs, results) in enumerate(zip(changes, first)):
        c = cs[0]
        follow = [a.candidates[0] for rule_id, found, _, _ in results for a in found
                  if a.key() not in by_rule.get(rule_id, ()) and a.candidates
                  and (a.candidates[0].table, a.candidates[0].index) == (c.table, c.index)
                  and a.candidates[0].column != c.column]
        if follow:
            cs += follow
            reading = list({r.id: r for f in cs for r in index.get((f.table, f.column), [])}.values())
            deps[k][1].update({("cell", f.table, f.column) for f in cs} | {r.id for r in reading})
            affected[k] = [r for r in reading if reads is None or reads.relevant(r.id, cs)]
        else:  # nothing follows: the recomputing rules ran on this very change already
            kept[k] = results
            affected[k] = [r for r in affected[k] if not r.kind.follows_on_row]
    after = [mine + again for mine, again in zip(kept, _rerun(report, changes, affected, baseline))]
    at = _by_place(baseline or {})
    for k, (n, depends) in enumerate(deps):
        cs = changes[k]
        resolved, introduced = _difference(after[k], by_rule, at)
        out[n] = (Trial(cs[0], frozenset(resolved), frozenset(introduced | _implausible(report, cs)),
                        tuple(cs[1:])), depends)
    return out


def _by_place(baseline: dict[str, list[Finding]]) -> dict[tuple, set]:
    """The keys of the unchanged report's findings by (rule id, table, source row)."""
    out: dict[tuple, set] = {}
    for rule_id, found in baseline.items():
        for f in found:
            out.setdefault((rule_id, f.table, f.position), set()).add(f.key())
    return out


def _difference(results, by_rule: dict[str, set], at: dict[tuple, set]) -> tuple[set, set]:
    """(cleared, created): the findings of the unchanged report that each rule no longer finds, and those
    it finds anew. A rule re-checked on some rows of a table (`decided`: their source rows) keeps its
    findings elsewhere, so only those rows' findings can be cleared there."""
    cleared: set = set()
    created: set = set()
    for rule_id, found, name, decided in results:
        now = {f.key() for f in found}
        before = by_rule.get(rule_id, set())
        created |= now - before
        if decided is None:
            cleared |= before - now
        else:
            for position in decided:
                cleared |= at.get((rule_id, name, position), set()) - now
    return cleared, created


STACK_ROWS = 50_000  # rows per stack of changed reports: beyond it a stack costs more memory than it saves
GROUP_ROWS = 20_000  # rows of whole copies from which re-checking only the changed groups pays


def _rerun(report: Report, changes: list[list[Candidate]], affected: list[list],
           baseline: dict[str, list[Finding]] | None = None) -> list[list[tuple]]:
    """Keys-only findings of `affected[k]` on the report changed by `changes[k]`, for every k: for each
    rule, (rule id, findings, table, source rows decided): findings on those rows of that table only,
    the rule's other findings being those of the unchanged report (table and rows None: all of them).

    A rule that several changed reports need runs once over their stack; a rule that
    cannot run on a stack (a lookup by name, a document check) runs on each. With
    `baseline` (rule id -> the findings of the unchanged report), a rule whose findings are
    local re-checks only what a change can alter and keeps its other findings: a row-local
    rule (`row_local()` in its params) the changed rows, a group-local one (`group_local()`:
    sums over rows) the groups of the changed rows, parts and totals."""
    from audit.repair.variants import Variants

    out: list[list[tuple]] = [[] for _ in changes]
    variants: dict[int, Report] = {}

    def variant(k: int) -> Report:
        if k not in variants:
            variants[k] = with_values(report, changes[k])
        return variants[k]

    def named(k: int) -> Report:
        """What a stack needs of the variant `k`: its tables' row names, keys and places, those of the
        report itself unless the change writes a column that names or keys a row (the stack writes the
        changed values in itself)."""
        return variant(k) if any(_names_a_row(report.tables[c.table], c.column) for c in changes[k]) else report

    def together(rule, ks, local=None, rows_of=None) -> dict[int, list] | None:
        """`rule` over stacks of the variants `ks`: each one's findings, or None when it fails on a stack."""
        rows = sum(len(report.tables[t]) for t in rule.tables() if t in report.tables and t != local)
        size = max(2, STACK_ROWS // max(rows, 1))  # a large report's copies in several stacks
        found_by: dict[int, list] = {k: [] for k in ks}
        try:
            for start in range(0, len(ks), size):
                chunk = ks[start:start + size]
                stacked = pool.stack(chunk, [named(k) for k in chunk], rule.tables(), local,
                                     None if rows_of is None else [rows_of[k] for k in chunk])
                found = check_rules([rule], stacked, debug=True, keys_only=True).by_report(len(chunk))
                for k, mine in zip(chunk, found):
                    found_by[k] += mine
        except Exception:  # on its own, each changed report gets the rule's usual failure finding
            return None
        return found_by

    members: dict[str, tuple] = {}
    pool = Variants(report, changes)  # what one stack builds serves the next ones
    for k, rules in enumerate(affected):
        for rule in rules:
            members.setdefault(rule.id, (rule, []))[1].append(k)
    for rule, ks in members.values():
        if baseline is not None and rule.kind.recheck is not None:
            ks = _rechecked(rule, report, ks, changes, out)
            if not ks:
                continue
        if not _stackable(rule, report):
            alone = ks if baseline is None or len(ks) < 2 else _together_in_one(rule, report, ks, changes, baseline,
                                                                                out)
        else:
            for plan in ((_by_row, _by_group) if baseline is not None else ()):
                assert baseline is not None  # (the plans run only against one)
                name, near, rows_of, decided = plan(rule, report, ks, changes)
                found_by = together(rule, near, name, rows_of) if near else None
                if found_by is None:
                    continue
                for k in near:  # its findings elsewhere stay those of the unchanged report
                    mine = decided[k]
                    out[k].append((rule.id, [f for f in found_by[k] if f.table != name or f.position in mine],
                                   name, mine))
                done = set(near)
                ks = [k for k in ks if k not in done]
            found_by = together(rule, ks) if len(ks) >= 2 else None
            alone = ks if found_by is None else []
            for k, found in (found_by or {}).items():
                out[k].append((rule.id, found, None, None))
        for k in alone:
            out[k].append((rule.id, check_rules([rule], variant(k), keys_only=True).findings, None, None))
    return out


def _rechecked(rule, report: Report, ks: list[int], changes, out: list) -> list[int]:
    """The copies `ks` that `rule`'s kind re-checks itself (`RuleKind.recheck`: the rows a change can move,
    without a stack), their findings added to `out`; the copies left to a stack. Only changes of numbers
    that name no row, on tables whose rows are each their own source line, and not for `rounding: exact`."""
    from audit.rules.engine import Context

    tables = [report.tables[t] for t in rule.tables() if t in report.tables]
    if rule.rule.rounding == "exact" or not all(_rows_known(t) for t in tables):
        return ks
    mine = [k for k in ks if all(not isinstance(c.proposed, str) and not _names_a_row(report.tables[c.table], c.column)
                                 for c in changes[k])]
    if not mine:
        return ks
    try:
        told = rule.kind.recheck(Context(report, True, True), rule, rule.params, report, [changes[k] for k in mine])
    except Exception:  # as a failing stack: each copy is then checked as usual
        return ks
    done = set()
    for k, result in zip(mine, told):
        if result is not None:
            name, found, decided = result
            out[k].append((rule.id, found, name, decided))
            done.add(k)
    return [k for k in ks if k not in done]


def _together_in_one(rule, report: Report, ks: list[int], changes, baseline: dict, out: list) -> list[int]:
    """A row-local rule that cannot run on a stack (a lookup by name, metadata of the report) checks the
    changes of several copies written into one copy, when they are in different rows of its table: each
    copy's findings are those on its own changed rows, the others as the unchanged report has them. That
    holds only while the findings of its other tables are the unchanged report's (else each copy runs
    alone). The copies left to run alone."""
    ask = getattr(rule.params, "row_local", None)
    name = ask() if ask is not None else None
    table = report.tables.get(name) if name else None
    if not _rows_known(table):
        return ks
    reads = set(rule.tables())
    batches: list[tuple[list[int], set]] = []  # copies, the rows they change
    left = []
    for k in ks:
        if not all(c.table == name for c in changes[k] if c.table in reads):
            left.append(k)
            continue
        rows = {c.index for c in changes[k] if c.table == name}
        free = next((b for b in batches if not b[1] & rows), None)
        if free is None:
            batches.append(([k], set(rows)))
        else:
            free[0].append(k)
            free[1].update(rows)
    elsewhere = {f.key() for f in baseline.get(rule.id, ()) if f.table != name}
    for mine_ks, _ in batches:
        if len(mine_ks) == 1:
            left += mine_ks
            continue
        found = check_rules([rule], with_values(report, [c for k in mine_ks for c in changes[k]]),
                            keys_only=True).findings
        if {f.key() for f in found if f.table != name} != elsewhere:
            left += mine_ks
            continue
        for k in mine_ks:
            mine = {table.source_rows[c.index] for c in changes[k] if c.table == name}
            out[k].append((rule.id, [f for f in found if f.table == name and f.position in mine], name, mine))
    return sorted(left)


def _stackable(rule, report: Report) -> bool:
    """`stack.stackable` for copies of `report`, kept per rule and report shape (asked for every rule of
    every round; it reads the rule's params whole)."""
    from audit.rules.stack import stackable

    key = (id(rule), id(report.meta), tuple(report.tables), getattr(report, "document", None) is not None)
    hit = _STACKABLE.get(key)
    if hit is None or hit[0] is not rule or hit[1] is not report.meta:
        if len(_STACKABLE) > 4096:
            _STACKABLE.clear()
        hit = _STACKABLE[key] = (rule, report.meta, stackable(rule, [report]))  # held: their ids are not reused
    return hit[2]


_STACKABLE: dict[tuple, tuple] = {}


def _names_a_row(table: Table, column: str) -> bool:
    """Does `column` name, key or place a row of `table` (`Table.row_name`, `row_key`)?"""
    return column in NAMING_COLUMNS or column in table.labels or column in table.keys


# A local re-check: (table, the changed copies it serves, the rows of that table to stack for each (None:
# the changed rows), the source rows whose findings the re-check decides for each).
Recheck = tuple[str | None, list[int], dict | None, dict]


def _by_row(rule, report: Report, ks: list[int], changes) -> Recheck:
    """A row-local rule re-checks the changed rows of its table (when every change it reads is there)."""
    ask = getattr(rule.params, "row_local", None)
    name = ask() if ask is not None else None
    table = report.tables.get(name) if name else None
    if not _rows_known(table):
        return None, [], None, {}
    near = [k for k in ks if all(c.table == name for c in changes[k] if c.table in rule.tables())]
    return name, near, None, {k: {table.source_rows[c.index] for c in changes[k] if c.table == name} for k in near}


def _by_group(rule, report: Report, ks: list[int], changes) -> Recheck:
    """A group-local rule re-checks the groups of the changed rows (their parts and totals) and decides
    the findings at their totals; a finding elsewhere in the stack would be a group cut short."""
    ask = getattr(rule.params, "group_local", None)
    local = ask() if ask is not None else None
    if not local:
        return None, [], None, {}
    name, free = local
    table = report.tables.get(name)
    if not _rows_known(table):
        return None, [], None, {}
    read = {column for t, column in rule.references() if t == name and column}
    near = [k for k in ks if all(c.table == name and (c.column in free or c.column not in read)
                                 for c in changes[k] if c.table in rule.tables())]
    if len(near) * len(table) < GROUP_ROWS:  # small: one more stack would cost more than the rows it saves
        return None, [], None, {}
    rows, codes, totals = rule.params.groups(table, report.meta)
    codes_of: dict[int, set] = {}  # a row's groups (as a part, as a total)
    for row, code in zip(rows.tolist(), codes.tolist()):
        codes_of.setdefault(row, set()).add(code)
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(int(codes.max(initial=-1)) + 2))
    rows_of, decided = {}, {}
    for k in near:
        edited = [c.index for c in changes[k] if c.table == name]
        groups = set().union(*(codes_of.get(i, ()) for i in edited))
        mine = np.concatenate([order[bounds[g]:bounds[g + 1]] for g in groups] or [np.zeros(0, dtype=np.intp)])
        rows_of[k] = np.union1d(rows[mine], edited)  # an edited row outside every group is in no finding
        decided[k] = {table.source_rows[i] for i in rows[mine[totals[mine]]]}
    return name, near, rows_of, decided


def _rows_known(table: Table | None) -> TypeGuard[Table]:
    """Each row of `table` has its own source line: a finding's row can be told from its position."""
    return table is not None and bool(table.source_rows) and len(set(table.source_rows)) == len(table)


def _implausible(report: Report, changes) -> set:
    """Changed cells that would break their table model's range (a negative budget, a 524% budget share)."""
    bad = set()
    for c in changes:
        if isinstance(c.proposed, str):
            continue
        low, high = _bounds(c.table, c.column)
        if (low is not None and c.proposed < low) or (high is not None and c.proposed > high):
            bad.add(("SCHEMA", c.table, c.index, c.column))
    return bad


@cache
def _bounds(table: str, column: str) -> tuple[float | None, float | None]:
    """The range the table model allows a column, read once from its Pandera checks."""
    from audit import catalog

    spec = catalog.tables().get(table)
    col = spec.schema.columns.get(column) if spec is not None and spec.schema is not None else None
    low = high = None
    for check in (col.checks if col is not None else ()):
        stats = check.statistics or {}
        if "min_value" in stats:
            low = stats["min_value"]
        if "max_value" in stats:
            high = stats["max_value"]
    return low, high


def _same(a, b) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return a == a and abs(float(a) - float(b)) < 1e-9
