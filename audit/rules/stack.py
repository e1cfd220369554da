"""Many reports checked at once: each table kind stacked into one frame with a report id.

A batch of a thousand reports spends most of its time in per-call overhead
(Pandera builds its validation machinery, every rule selects rows and builds keys)
rather than in arithmetic. Stacking the same table of many reports and running
each schema and rule once over the stack pays that overhead once per batch.

The stack is only a different way to compute the same findings:

- a `StackedTable` keeps which report every row came from; `select.key_values`
  puts that report first in every join key, so sums, hierarchies and matches
  never mix rows of two reports, and a keyless match pairs each report's rows;
- every finding is built on the report's own table (`StackedTable.locate`), so
  its row, label, cell and message are exactly those of a single-report audit;
- only reports of the same shape are stacked (same tables, same columns, same
  number format); a rule runs on the stack when its kind says it can
  (`RuleKind.stacks`): one that reads the report's metadata (`@year` in a
  selection, polarity, the predikat scale) only when every report of it says
  the same, and per report otherwise; the village count reads each report's own
  villages; a lookup by name into another table always runs per report;
- with fix suggestions, the rows each rule selects on the stack are split by report
  (`split_reads`): each report's findings are ranked with the `Reads` its own check records.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from audit.model import Report, Table
from audit.rules.select import Reads
from audit.rules.stacked import StackedTable


def canonical_columns(table: Table) -> list[str]:
    """The table's columns that its model names (tick columns named after villages differ by report)."""
    return list(_canonical(table.name, tuple(table.values.columns)))


@lru_cache(maxsize=1024)
def _canonical(name: str, columns: tuple[str, ...]) -> tuple[str, ...]:
    from audit import catalog

    spec = catalog.tables().get(name)
    return columns if spec is None else tuple(c for c in columns if spec.column(c) is not None)


def _concat(frames: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    """Frames one below the other, `columns` only, in the first frame's dtypes.

    One `to_numpy` per frame: taking columns one by one (or `pd.concat`, which
    aligns) costs more than the checks themselves for a thousand small reports."""
    blocks: list[np.ndarray] = []
    seen: dict[int, np.ndarray] = {}
    for f in frames:
        if id(f) in seen:  # the same frame again (variants of one report share their unchanged tables)
            blocks.append(seen[id(f)])
            continue
        names = f.columns.tolist()  # (iterating a pandas 3 string Index costs per element)
        block = f.to_numpy()
        seen[id(f)] = block if names == columns else block[:, [names.index(c) for c in columns]]
        blocks.append(seen[id(f)])
    stacked = np.concatenate(blocks) if blocks else np.empty((0, len(columns)), dtype=object)
    dtypes = dict(zip(frames[0].columns, frames[0].dtypes))
    index = pd.RangeIndex(len(stacked))
    # object stays object: pandas 3 would infer its `str` dtype, which Pandera's `object` columns
    # then reject after testing every cell (more time than all the checks)
    data = {c: pd.Series(stacked[:, j].astype(float) if dtypes[c].kind == "f" else stacked[:, j], index=index,
                         dtype=float if dtypes[c].kind == "f" else object, copy=False)
            for j, c in enumerate(columns)}
    return pd.DataFrame(data, index=index, copy=False)


def shape(report: Report) -> tuple:
    """Reports with the same shape can share a stack: the same tables, canonical columns and number format."""
    style = report.meta.number_format if report.meta else None
    return (style,) + tuple(_table_shape(name, tuple(t.values.columns.tolist()), tuple(t.kinds.items()))
                            for name, t in sorted(report.tables.items()))


@lru_cache(maxsize=4096)
def _table_shape(name: str, columns: tuple, kinds: tuple) -> tuple:
    """The canonical columns and their kinds (ingest types a column by its kind: floats for numbers,
    objects otherwise; reading `DataFrame.dtypes` of every table cost more than the checks)."""
    kind_of = dict(kinds)
    return name, tuple((c, kind_of.get(c)) for c in _canonical(name, columns))


def stack(reports: list[Report], names=None) -> Report:
    """One report whose tables hold every report's rows; `reports` must share a `shape`.
    `names`: only these tables (those a rule reads)."""
    tables: dict[str, Table] = {}
    for name, first in reports[0].tables.items():
        if names is not None and name not in names:
            continue
        parts = [r.tables[name] for r in reports]
        columns = first.values.columns.tolist()
        same = all(t.values.columns.tolist() == columns for t in parts)
        columns = columns if same else canonical_columns(first)  # ticks differ by report

        def joined(frames):
            return _concat(frames, [c for c in columns if c in frames[0].columns])  # noqa: B023 (used in this turn)

        tables[name] = _stacked(first, parts, [r.meta for r in reports], columns, joined([t.values for t in parts]),
                                joined([t.raw for t in parts]), joined([t.halfwidth for t in parts]),
                                joined([t.decimals for t in parts]))
    return Report(reports[0].meta, tables, "<stack>", [])


def _stacked(first: Table, parts: list[Table], metas: list, columns: list[str], values, raw, halfwidth,
             decimals, source_rows: list[int] | None = None) -> StackedTable:
    sizes = np.array([len(t) for t in parts], dtype=np.intp)
    if source_rows is None:
        source_rows = [s for t in parts for s in (t.source_rows or range(1, len(t) + 1))]
    return StackedTable(
        first.name, values, raw, halfwidth, decimals, first.file, first.sheet, source_rows, dict(first.source_cols),
        first.csv, {c: k for c, k in first.kinds.items() if c in columns}, keys=first.keys,
        report_of=np.repeat(np.arange(len(parts), dtype=np.intp), sizes), parts=parts,
        starts=np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.intp), metas=metas)


class Shared:
    """What every report of a stack has in common: `shared(field)` says whether they all state the same
    metadata `field` (each field compared once); `tables` names the tables they have."""

    def __init__(self, reports: list[Report]):
        self.metas = [r.meta for r in reports]
        self.documents = any(getattr(r, "document", None) is not None for r in reports)
        self.tables = frozenset(reports[0].tables) if reports else frozenset()
        self._known: dict[str, bool] = {}

    def __call__(self, field: str) -> bool:
        if field not in self._known:
            m = self.metas
            self._known[field] = bool(m) and all(getattr(x, field) == getattr(m[0], field) for x in m)
        return self._known[field]


def stackable(loaded, reports: list[Report] | None = None, shared: Shared | None = None) -> bool:
    """Rules whose kind runs on a stack (`RuleKind.stacks`) with these params and reports, and that select
    rows by the report year (`@year`) only when every report states the same year."""
    shared = shared or Shared(reports or [])
    spec = loaded.kind
    if spec.document:  # the engine passes over it for reports read from tables, stacked or not
        return not shared.documents
    if spec.stacks is None or not spec.stacks(loaded.params, shared):
        return False
    return "@" not in repr(loaded.params.model_dump()) or shared("year")


def run_rules_stacked(rules, reports: list[Report], stacked: Report | None = None) -> tuple[list[list], list[str]]:
    """Each report's rule findings (as `run_rules` gives them) and the ids of the rules skipped."""
    checked = check_rules_stacked(rules, reports, stacked)
    return checked.findings, checked.skipped


@dataclass
class CheckedStack:
    """What `check_rules_stacked` gave: each report's findings in the order its own `check_rules` gives them
    (rule by rule), the ids of the rules skipped, (traced) each report's `Reads`, and each report's rules that
    selected no row to compare (`Checked.idle_rules`)."""

    findings: list[list]
    skipped: list[str]
    reads: list[Reads] | None = None
    idle: list[list[str]] | None = None


def check_rules_stacked(rules, reports: list[Report], stacked: Report | None = None,
                        trace: bool = False) -> CheckedStack:
    """`check_rules` of each report, the rules that can run once over the stack of them.

    `reports` share a `shape`. Rules that read metadata run per report; a rule that
    fails on the stack is run per report, where a failure becomes its RULE999.
    `trace`: each report's `Reads` equal to what its own traced check records (the rows a
    rule selected on the stack, split by report), so its fix suggestions are ranked as
    `check_report` ranks them."""
    from audit.rules.engine import check_rules

    by_rule: list[dict[str, list]] = [{} for _ in reports]
    reads = [Reads() for _ in reports] if trace else None
    idle: list[set[str]] = [set() for _ in reports]
    shared = Shared(reports)
    together = [r for r in rules if stackable(r, reports, shared)]
    alone = [r for r in rules if not stackable(r, reports, shared)]
    skipped: list[str] = []
    if len(reports) > 1 and together:
        stacked = stacked or stack(reports)
        for loaded in together:
            try:
                checked = check_rules([loaded], stacked, debug=True, trace=trace)
                each = checked.by_report(len(reports))
                split = split_reads(checked.reads, stacked, len(reports)) if reads is not None else []
            except Exception:
                alone.append(loaded)
                continue
            skipped += checked.skipped
            for k, mine in enumerate(each):
                by_rule[k][loaded.id] = mine
            for k, rules_idle in enumerate(checked.idle_by_report(len(reports))):
                idle[k].update(rules_idle)
            for mine_read, selected in zip(reads or (), split):
                mine_read.update(selected)
    else:
        alone = list(rules)
    order = {r.id: n for n, r in enumerate(rules)}
    if alone:
        alone.sort(key=lambda r: order[r.id])
        for k, report in enumerate(reports):
            checked = check_rules(alone, report, trace=trace)
            for f in checked.findings:  # a broken rule's RULE999 names the rule in its message only
                by_rule[k].setdefault(_rule_of(f, alone), []).append(f)
            if reads is not None:
                reads[k].update(checked.reads)
            idle[k].update(checked.idle_rules())
            if k == 0:
                skipped += checked.skipped
    out = [[f for rule in sorted(mine, key=lambda i: order.get(i, len(order))) for f in mine[rule]]
           for mine in by_rule]
    return CheckedStack(out, sorted(set(skipped), key=lambda i: order.get(i, 0)), reads,
                        [sorted(mine, key=lambda i: order.get(i, 0)) for mine in idle])


def _rule_of(finding, rules) -> str:
    """The rule a finding of a per-report run came from (RULE999 says it first in its message)."""
    if finding.rule_id != "RULE999":
        return finding.rule_id
    said = str(finding.message).split(":", 1)[0]
    return said if any(r.id == said for r in rules) else finding.rule_id


def split_reads(reads: Reads, stacked: Report, n: int) -> list[Reads]:
    """The rows each rule selected on a stack of `n` reports, as each report's own check records them:
    the rows of its own tables, and every table the rule selected from (if none of its rows)."""
    out = [Reads() for _ in range(n)]
    for rule_id, tables in reads.by_rule.items():
        mine: list[dict] = [{} for _ in range(n)]
        for name, (columns, rows) in tables.items():
            table = stacked.tables.get(name)
            if not (isinstance(table, StackedTable) and table.parts):
                raise LookupError(f"{rule_id}: rows of {name}, not a table of the stack")
            at = np.fromiter(rows, dtype=np.intp, count=len(rows))
            k_of = table.report_of[at]
            order = np.argsort(k_of, kind="stable")
            at, k_of = at[order], k_of[order]
            local = table.local_rows[at] if table.local_rows is not None else at - table.starts[k_of]
            bounds = np.searchsorted(k_of, np.arange(n + 1))
            for k in range(n):
                mine_rows = local[bounds[k]:bounds[k + 1]].tolist()
                labels = table.parts[k].values.index
                if not _positional(labels):  # a table built in memory: its own row labels
                    mine_rows = [int(i) for i in labels[mine_rows]]
                mine[k][name] = (columns, frozenset(mine_rows))
        for k in range(n):
            out[k].by_rule[rule_id] = mine[k]
    return out


def _positional(index: pd.Index) -> bool:
    return isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1
