"""`sum`: parts add up to their total.

Three shapes, one comparison:

- `across`: columns of the same row (PNS + PPPK + TKB = Jumlah; TW I..IV = 100);
- `hierarchy`: child rows roll up into their parent by dotted id (sub kegiatan
  into kegiatan, item into golongan); with `only_child`, only parents with a single
  child are compared, for quantities that do not add up but must equal that child's
  (a kegiatan's capaian is its only sub kegiatan's);
- rows: the rows chosen by `parts` (grouped by `parts.key`) add up to the rows
  chosen by `total` (matched by `total.key`), in the same table or another one.

The sum of the parts' printed intervals must meet the total's interval. With
`aggregate: mean` the total is their average instead (a composite indicator defined
as the mean of its components: `rata-rata persentase desa` of three documents).
"""
from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, model_validator

from audit.model import Finding
from audit.rules.candidates import candidate
from audit.rules.intervals import meets
from audit.rules.rechecks import Written, entries, owned, sources
from audit.rules.registry import kind
from audit.rules.select import Side, _cached, array, key_column, key_values, note, references, rows


class Across(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    parts: list[str]
    total: str | None = None
    value: float | None = None  # a constant total, e.g. 100 for quarterly splits
    alternative: str | None = None  # or this column: a quarterly plan in units adds up to the annual target
    #: compare only rows that print every part (a remaining budget printed for some programmes only); otherwise
    #: a blank part is nothing (a dash for no PPPK staff)
    complete: bool = False
    #: a row whose parts never fall and end at the total or the alternative (`25 50 75 100`: running totals; `75 75
    #: 80 85` for a target of 85: a rate's level each quarter), or, with no alternative printed, add up to more than
    #: twice the total, is no split of it, and is not compared
    cumulative: bool = False


class Hierarchy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    parent: str  # level of the parent rows
    child: str  # level of the child rows
    id: str = "id"
    only_child: bool = False  # compare only parents with one child: the parent is that child


class SumParams(BaseModel):
    """`columns` maps part columns to total columns (a list when the names are the same)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    where: dict = {}
    columns: list[str] | dict[str, str] = []
    across: Across | None = None
    hierarchy: Hierarchy | None = None
    parts: Side = Side()
    total: Side = Side()
    aggregate: Literal["sum", "mean"] = "sum"  # mean: rows only, the total is the parts' average
    #: each total sums (or averages) the part rows printed above it since the previous total of its key; a
    #: total right after another one takes those since the start or the previous such total (an average
    #: under each sasaran, then one of the whole table); one printed above every part (at the table's top) those
    #: below it up to the next total. Parts and totals in one table: two printed tables read as one kind (APBD's
    #: programmes, then APBN's) each keep their `Jumlah`.
    since_previous: bool = False

    @model_validator(mode="after")
    def _shape(self):
        if self.across is None and not self.columns:
            raise ValueError("give `columns` (rows and hierarchy) or `across`")
        if self.across is not None and self.across.total is None and self.across.value is None:
            raise ValueError("`across` needs `total` (a column) or `value` (a constant)")
        if self.aggregate == "mean" and (self.across is not None or self.hierarchy is not None):
            raise ValueError("`aggregate: mean` averages rows: give `parts` and `total`, not `across` or `hierarchy`")
        if self.since_previous and (self.across is not None or self.hierarchy is not None
                                    or (self.parts.table or self.table) != (self.total.table or self.table)):
            raise ValueError("`since_previous` takes rows of one table above each total: not `across`, "
                             "`hierarchy` or two tables")
        return self

    def row_local(self) -> str | None:
        """Sums across columns stay in their row; sums over rows do not."""
        return self.table if self.across is not None else None

    def group_local(self) -> tuple[str, frozenset[str]] | None:
        """Sums over rows of one table: a change to a part or total column leaves every row in its
        group, so only the findings of the groups of the changed rows can change (`groups`). None
        across tables, across columns, or when a summed column also keys, selects or levels rows."""
        if self.across is not None or self.since_previous or \
                {self.parts.table or self.table, self.total.table or self.table} != {self.table}:
            return None  # (`since_previous`: a part may count for two totals, which groups do not say)
        summed = {c for pair in self.column_pairs() for c in pair}
        shape = {key_column(k) for k in self.parts.key + self.total.key}
        shape |= set(self.where) | set(self.parts.where) | set(self.total.where)
        shape |= {self.hierarchy.id, "level"} if self.hierarchy is not None else set()
        return None if summed & shape else (self.table, frozenset(summed))

    def groups(self, table, meta) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(rows, group of each, whether it is a total): the parts and totals this rule compares in
        `table`, grouped as the check groups them (a finding is reported at a total row)."""
        _, parts_i, parts_k, _, total_i, total_k = _selected(self, table, table, meta)
        codes, _ = pd.factorize(np.concatenate([parts_k.to_numpy(), total_k.to_numpy()]))
        rows_ = np.concatenate([parts_i.to_numpy(), total_i.to_numpy()])
        return rows_, codes, np.arange(len(rows_)) >= len(parts_i)

    def column_pairs(self) -> list[tuple[str, str]]:
        if isinstance(self.columns, dict):
            return list(self.columns.items())
        return [(c, c) for c in self.columns]

    def needed_columns(self) -> list[list[tuple[str, str]]]:
        """The parts (one of them printed is enough: three quarters of four add up) and the totals; a constant
        total (`value`: 100) needs no column, its alternative (the target) is then optional."""
        if self.across is not None:
            totals = [c for c in (self.across.total, self.across.alternative) if c]
            parts = [(self.table, c) for c in self.across.parts]
            return [parts] if self.across.total is None and self.across.value is not None else \
                [parts, [(self.table, c) for c in totals]]
        return [[(self.parts.table or self.table, p) for p, _ in self.column_pairs()],
                [(self.total.table or self.table, t) for _, t in self.column_pairs()]]

    def references(self):
        if self.across is not None:
            cols = self.across.parts + [c for c in (self.across.total, self.across.alternative) if c]
            return references(self.table, self.table, Side(where=self.where), cols)
        refs: list[tuple[str, str | None]] = []
        if self.hierarchy is not None:
            refs += [(self.table, self.hierarchy.id), (self.table, "level")]
        refs += references(self.parts.table, self.table, self.parts, [p for p, _ in self.column_pairs()])
        refs += references(self.total.table, self.table, self.total, [t for _, t in self.column_pairs()])
        return refs + references(self.table, self.table, Side(where=self.where), [])


def recheck_sums(ctx, loaded, p: SumParams, report, copies) -> list[tuple[str, list[Finding], set] | None]:
    """Fix suggestions' re-check (`RuleKind.recheck`): a change of a summed figure leaves every row in its
    group (rows are chosen and grouped by other columns), so a copy's findings move only at the totals of
    the changed rows' groups (across columns: at the changed rows); those groups of every copy are compared
    again at once, each with its copy's figures. None for a copy changing a column that selects, keys or
    levels rows."""
    out: list[tuple[str, list[Finding], set] | None] = [None] * len(copies)
    if p.across is not None:
        return _recheck_across(ctx, loaded, p, p.across, report, copies, out)
    parts_t = report.tables[p.parts.table or p.table]
    total_t = report.tables[p.total.table or p.table]
    year = report.meta.year if report.meta else None
    g = _cached(("sum-groups", id(p), id(parts_t.values), id(total_t.values), year),
                (p, parts_t.values, total_t.values), lambda: _Groups(*_selected(p, parts_t, total_t, report.meta)))
    shape = {key_column(k) for k in p.parts.key + p.total.key} | set(p.where) | set(p.parts.where) \
        | set(p.total.where) | ({p.hierarchy.id, "level"} if p.hierarchy is not None else set())
    part_cols, total_cols = {a for a, _ in p.column_pairs()}, {b for _, b in p.column_pairs()}
    # entries of the parts and totals (into `g.pi`, `g.ti`), their group codes here, their copies
    pe: list[np.ndarray] = []
    pc: list[np.ndarray] = []
    po: list[np.ndarray] = []
    te: list[np.ndarray] = []
    tc: list[np.ndarray] = []
    to: list[np.ndarray] = []
    kept: list[int] = []
    for k, changes in enumerate(copies):
        if any(c.table in (parts_t.name, total_t.name) and c.column in shape for c in changes):
            continue
        groups: set[int] = set()
        for c in changes:
            if c.table == parts_t.name and c.column in part_cols:
                groups |= g.part_groups.get(c.index, set())
            if c.table == total_t.name and c.column in total_cols:
                groups |= g.total_groups.get(c.index, set())
        told = []
        for code in sorted(groups):
            totals = g.totals_of(code)
            told.append(totals)
            if code < g.size:  # a group with parts (a total of no parts is never compared)
                parts = g.parts_of(code)
                pe.append(parts)
                te.append(totals)
                new = len(pc)
                pc.append(np.full(len(parts), new, dtype=np.intp))
                tc.append(np.full(len(totals), new, dtype=np.intp))
                po.append(np.full(len(parts), len(kept), dtype=np.intp))
                to.append(np.full(len(totals), len(kept), dtype=np.intp))
        out[k] = (total_t.name, [], sources(total_t, g.ti[np.concatenate(told)].tolist() if told else []))
        kept.append(k)
    if not pe:
        return out
    written = Written([copies[k] for k in kept])
    pi, ti = g.pi[np.concatenate(pe)], g.ti[np.concatenate(te)]
    part_owner, total_owner = np.concatenate(po), np.concatenate(to)
    found = _compare(ctx, loaded, p, parts_t, pi, np.concatenate(pc), total_t, ti, np.concatenate(tc), len(pc),
                     lambda c: written.gather(parts_t, c, _floats(parts_t.values, c), pi, part_owner),
                     lambda c: written.gather(total_t, c, _floats(total_t.values, c), ti, total_owner))
    return owned(found, total_owner, kept, out)


def _recheck_across(ctx, loaded, p: SumParams, a: Across, report, copies, out: list) -> list:
    """`recheck_sums` of a sum across columns: each copy's changed rows, compared again at once."""
    table = report.tables[p.table]
    summed = set(a.parts) | {c for c in (a.total, a.alternative) if c}
    selected = rows(table, p.where, report.meta).to_numpy()
    parts: list[np.ndarray] = []
    kept: list[int] = []
    for k, changes in enumerate(copies):
        if any(c.table == table.name and c.column in p.where for c in changes):
            continue
        changed = sorted({c.index for c in changes if c.table == table.name and c.column in summed})
        parts.append(selected[np.isin(selected, changed)])
        out[k] = (table.name, [], sources(table, changed))
        kept.append(k)
    pos, owner = entries(parts)
    if not len(pos):
        return out
    written = Written([copies[k] for k in kept])
    found = _across(ctx, loaded, a, table, pos,
                    lambda c: written.gather(table, c, _floats(table.values, c), pos, owner))
    return owned(found, owner, kept, out)


class _Groups:
    """A sum's parts and totals (positions `pi`, `ti`) by group, as a check groups them: the codes of groups
    with parts are 0 .. size - 1; each row's groups as a part and as a total."""

    def __init__(self, parts_t, parts_i, parts_k, total_t, total_i, total_k):
        self.pi, self.ti = parts_i.to_numpy(), total_i.to_numpy()
        self.codes, self.total_codes, self.size = _codes(parts_k.to_numpy(), total_k.to_numpy())
        self._parts = np.argsort(self.codes, kind="stable")
        self._part_bounds = np.searchsorted(self.codes[self._parts], np.arange(self.size + 1))
        self._totals = np.argsort(self.total_codes, kind="stable")
        self._sorted_totals = self.total_codes[self._totals]
        self.part_groups: dict[int, set[int]] = {}
        self.total_groups: dict[int, set[int]] = {}
        for row, code in zip(self.pi.tolist(), self.codes.tolist()):
            self.part_groups.setdefault(row, set()).add(code)
        for row, code in zip(self.ti.tolist(), self.total_codes.tolist()):
            self.total_groups.setdefault(row, set()).add(code)

    def parts_of(self, code: int) -> np.ndarray:
        return self._parts[self._part_bounds[code]:self._part_bounds[code + 1]]

    def totals_of(self, code: int) -> np.ndarray:
        lo, hi = np.searchsorted(self._sorted_totals, [code, code + 1])
        return self._totals[lo:hi]


def _codes(parts_k: np.ndarray, total_k: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """Parts and totals coded together (group of each part, of each total, number of groups with parts): a
    total's group is the parts' code of its key; a total whose key no part has gets a code of its own,
    at or above the number of groups with parts."""
    if not len(parts_k) + len(total_k):
        empty = np.zeros(0, dtype=np.intp)
        return empty, empty, 0
    joint, _ = pd.factorize(np.concatenate([parts_k, total_k]))
    codes = joint[:len(parts_k)]
    return codes, joint[len(parts_k):], int(codes.max()) + 1 if len(codes) else 0


@kind("sum", SumParams, stacks=True, recheck=recheck_sums, summary={
    "id": "Rincian menjumlah ke totalnya (antarbaris, antarkolom, berjenjang, antartabel).",
    "en": "Parts add up to their total (rows, columns, hierarchies, across tables)."})
def parts_sum_to_total(ctx, loaded, p: SumParams, report):
    """Parts add up to their total (rows, columns, hierarchies, across tables)."""
    if p.across is not None:
        table = report.tables[p.table]
        pos = rows(table, p.where, report.meta).to_numpy()
        found = _across(ctx, loaded, p.across, table, pos, lambda c: _floats(table.values, c)[pos])
    else:
        parts_t, parts_i, parts_k, total_t, total_i, total_k = _selected(
            p, report.tables[p.parts.table or p.table], report.tables[p.total.table or p.table], report.meta)
        pi, ti = parts_i.to_numpy(), total_i.to_numpy()
        codes, total_codes, size = _codes(parts_k.to_numpy(), total_k.to_numpy())
        found = _compare(ctx, loaded, p, parts_t, pi, codes, total_t, ti, total_codes, size,
                         lambda c: _floats(parts_t.values, c)[pi], lambda c: _floats(total_t.values, c)[ti])
    findings = [f for _, f in found]
    findings.sort(key=lambda f: (f.position, f.column))
    return findings


def _selected(p: SumParams, parts_t, total_t, meta) -> tuple:
    """(parts table, part rows, their group keys, totals table, total rows, their keys): a hierarchy's
    children are grouped under their parent's id, other parts by `parts.key` to `total.key`."""
    if p.hierarchy is not None:
        h = p.hierarchy
        if "level" in p.where:
            base = rows(parts_t, p.where, meta)
            level = array(parts_t.values, "level")[base.to_numpy()]
            children, parents = base[level == h.child], base[level == h.parent]
            note(parts_t, children)  # each compared: a level the table does not print checks nothing
            note(parts_t, parents)
        else:  # selected as any `where` is (the same rows each run: their keys are computed once per frame)
            children = rows(parts_t, {**p.where, "level": h.child}, meta)
            parents = rows(parts_t, {**p.where, "level": h.parent}, meta)
        child_k, parent_k = key_values(parts_t, children, [f"{h.id}:-1"]), key_values(parts_t, parents, [h.id])
        if h.only_child:
            single = child_k.value_counts()
            single = set(single.index[single.to_numpy() == 1])
            parents = parents[parent_k.map(lambda k: k in single).to_numpy(dtype=bool)]
            parent_k = parent_k.loc[parents]
        return parts_t, children, child_k, parts_t, parents, parent_k
    parts_i = rows(parts_t, {**(p.where if not p.parts.table else {}), **p.parts.where}, meta)
    total_i = rows(total_t, {**(p.where if not p.total.table else {}), **p.total.where}, meta)
    parts_k, total_k = key_values(parts_t, parts_i, p.parts.key), key_values(total_t, total_i, p.total.key)
    if p.since_previous:
        parts_i, parts_k, total_k = _blocks(parts_i, parts_k, total_i, total_k)
    return parts_t, parts_i, parts_k, total_t, total_i, total_k


def _blocks(parts_i, parts_k, total_i, total_k) -> tuple:
    """Parts and totals keyed by the block a total closes, in printed order per key: the parts since the
    previous total, or, for a total right after another, those since the start or the previous such
    total (a part then belongs to two blocks, and is listed twice). A total printed above its parts (at a table's
    top: `JUMLAH` over the programmes) opens its block instead: the parts below it, up to the next total; the next
    total above parts of its own opens another (the second table's `Jumlah Total APBN` over its programmes), one
    with none below it closes the opened block again (a table printing its total on top and at the foot)."""
    rows_ = sorted([(int(i), False, k) for i, k in zip(parts_i, parts_k)] +
                   [(int(i), True, k) for i, k in zip(total_i, total_k)])
    pending: dict = {}  # key -> parts since the last total
    outer: dict = {}  # key -> parts since the start or the last total that closed an empty block
    opened: dict = {}  # key -> the block of a total printed above its parts, taking those below it
    part_rows, part_keys, block_of = [], [], {}
    below: list[bool] = [False] * len(rows_)  # is the next row of its key a part?
    after: dict = {}  # key -> is the row after (in the reverse walk: the next row) a part
    for n in range(len(rows_) - 1, -1, -1):
        _, is_total, k = rows_[n]
        below[n] = after.get(k, False)
        after[k] = not is_total
    for n, (i, is_total, k) in enumerate(rows_):
        if not is_total:
            pending.setdefault(k, []).append(i)
            outer.setdefault(k, []).append(i)
            if k in opened:
                part_rows.append(i)
                part_keys.append(opened[k])
            continue
        claimed = opened.pop(k, None) is not None  # the parts since the last total are an opened block's
        block_of[i] = (*k, n)
        if (claimed or not pending.get(k)) and below[n]:
            pending.pop(k, None)
            opened[k] = (*k, n)
            continue
        members = pending.pop(k, None) or outer.pop(k, [])
        part_rows += members
        part_keys += [(*k, n)] * len(members)
    new_parts = pd.Index(part_rows, dtype=parts_i.dtype)
    return (new_parts, pd.Series(part_keys, index=new_parts, dtype=object),
            pd.Series([block_of[int(i)] for i in total_i], index=total_i, dtype=object))


def _compare(ctx, loaded, p, parts_t, pi, codes, total_t, ti, total_codes, size, part_values, total_values):
    """(entry, finding) of each total (positions `ti`, group `total_codes`) that its group's parts (positions `pi`,
    group `codes`, `size` groups with parts) do not add up to, the figures from `part_values(column)` and
    `total_values(column)` (one per entry)."""
    if len(pi) == 0 or len(ti) == 0:
        return
    total_groups = np.where(total_codes < size, total_codes, -1)
    by_group = np.argsort(codes, kind="stable")  # the members of group g: by_group[bounds[g]:bounds[g + 1]]
    bounds = np.searchsorted(codes[by_group], np.arange(size + 1))

    def members_of(g):
        return pi[by_group[bounds[g]:bounds[g + 1]]].tolist()

    for part_col, total_col in p.column_pairs():
        v = part_values(part_col)
        h = _no_nan(_floats(parts_t.halfwidth, part_col)[pi])
        present = ~np.isnan(v)
        v0 = np.where(present, v, 0.0)
        h0 = np.where(present, h, 0.0)
        # weighted: floats (numpy's stubs say integers, the unweighted count's type)
        sums: np.ndarray = np.bincount(codes, weights=v0, minlength=size)
        lo: np.ndarray = np.bincount(codes, weights=v0 - h0, minlength=size)
        hi: np.ndarray = np.bincount(codes, weights=v0 + h0, minlength=size)
        count = np.bincount(codes, weights=present.astype(float), minlength=size)
        if p.aggregate == "mean":  # the average's interval is the summed interval over the count
            with np.errstate(invalid="ignore", divide="ignore"):
                sums, lo, hi = sums / count, lo / count, hi / count
        t = total_values(total_col)
        th = _no_nan(_floats(total_t.halfwidth, total_col)[ti])
        g = total_groups
        valid = (g >= 0) & ~np.isnan(t)
        valid[valid] &= count[g[valid]] > 0
        if not valid.any():
            continue
        gv = g[valid]
        ok = meets(lo[gv], hi[gv], t[valid] - th[valid], t[valid] + th[valid], loaded.rule.tolerance)
        wrong = np.flatnonzero(valid)[~ok]
        for n, i, grp, total, expected in zip(wrong.tolist(), ti[wrong].tolist(), gv[~ok], t[wrong], sums[gv][~ok]):
            if ctx.keys_only:  # re-checking a candidate fix: the finding's identity is enough
                yield n, ctx.finding(loaded, total_t, i, total_col, float(total), float(expected))
                continue
            members = members_of(grp)
            related = tuple(parts_t.location(j, part_col) for j in members[:30])
            gap = float(total - expected) * (count[grp] if p.aggregate == "mean" else 1.0)
            # an average's parts are recomputed on their own rows (a capaian from its target and realisasi), the
            # average nowhere else: it is the likelier slip of equally clean changes
            cands = [candidate(total_t, i, total_col, float(expected), suspected=p.aggregate == "mean")]
            cands += [candidate(parts_t, j, part_col, _num(parts_t.cell(j, part_col)) + gap) for j in members[:30]]
            yield n, ctx.finding(
                loaded, total_t, i, total_col, float(total), float(expected), related=related,
                candidates=cands, parts=len(members), parts_table=parts_t.name, parts_column=part_col)


def _across(ctx, loaded, a: Across, table, pos: np.ndarray, values):
    """(entry, finding) of each row at positions `pos` whose parts do not add up to its total, the figures
    from `values(column)` (one per entry)."""
    constant = 0.0 if a.value is None else float(a.value)  # read only without `total`, then set (`SumParams._shape`)
    vals = np.column_stack([values(c) for c in a.parts]) if a.parts else np.zeros((len(pos), 0))
    half = _no_nan(np.column_stack([_floats(table.halfwidth, c)[pos] for c in a.parts])) if a.parts else vals
    missing = np.isnan(vals)
    present = ~(missing.any(axis=1) if a.complete else missing.all(axis=1)) if len(a.parts) else \
        np.zeros(len(pos), dtype=bool)
    s = np.where(present, np.nansum(vals, axis=1), np.nan)
    lo, hi = np.nansum(vals - half, axis=1), np.nansum(vals + half, axis=1)
    if a.total is not None:
        t = values(a.total)
        th = _no_nan(_floats(table.halfwidth, a.total)[pos])
    else:
        t, th = np.full(len(pos), constant), np.zeros(len(pos))
    with np.errstate(invalid="ignore"):
        ok = meets(lo, hi, t - th, t + th, loaded.rule.tolerance)
        if a.alternative is not None:
            alt = values(a.alternative)
            ah = _no_nan(_floats(table.halfwidth, a.alternative)[pos])
            ok |= ~np.isnan(alt) & meets(lo, hi, alt - ah, alt + ah, loaded.rule.tolerance)
        if a.cumulative and len(a.parts) > 1:
            ok |= _levels(loaded, vals, half, t, th, values(a.alternative) if a.alternative else None)
    for k in np.flatnonzero(present & ~np.isnan(t) & ~ok).tolist():  # only the disagreements reach Python
        i = int(pos[k])
        column = a.total or a.parts[-1]
        actual = float(t[k]) if a.total else float(s[k])
        expected = float(s[k]) if a.total else constant
        if ctx.keys_only:  # re-checking a candidate fix: the finding's identity is enough
            yield k, ctx.finding(loaded, table, i, column, actual, expected)
            continue
        related = tuple(table.location(i, c) for c in a.parts)
        gap = float(t[k] - s[k])
        cands = [candidate(table, i, a.total, float(s[k]))] if a.total else []
        cands += [candidate(table, i, c, _num(vals[k, n]) + gap) for n, c in enumerate(a.parts)]
        yield k, ctx.finding(loaded, table, i, column, actual, expected, related=related, candidates=cands,
                             parts=int(np.count_nonzero(~missing[k])), parts_table=table.name,
                             parts_column="+".join(a.parts))  # parts: those the row prints (nine months of twelve)


def _levels(loaded, vals: np.ndarray, half: np.ndarray, t: np.ndarray, th: np.ndarray,
            alt: np.ndarray | None) -> np.ndarray:
    """Rows of `Across.cumulative` plans: every part printed, none below the one before, and the last the total
    (or the alternative), or, where no alternative is printed to end at, their sum more than twice the total (a
    split mistyped rarely doubles its total)."""
    rising = ~np.isnan(vals).any(axis=1) & (np.diff(vals, axis=1) >= 0).all(axis=1)
    last, lh = vals[:, -1], half[:, -1]
    ends = meets(last - lh, last + lh, t - th, t + th, loaded.rule.tolerance)
    unsaid = np.ones(len(vals), dtype=bool) if alt is None else np.isnan(alt)
    if alt is not None:
        ends |= ~unsaid & meets(last - lh, last + lh, alt, alt, loaded.rule.tolerance)
    return rising & (ends | (unsaid & (vals.sum(axis=1) > 2 * t)))


def _floats(frame, column) -> np.ndarray:
    """A column as floats, taken once per frame while fix candidates are re-checked."""
    return array(frame, column).astype(float, copy=False)


def _no_nan(a: np.ndarray) -> np.ndarray:
    """Half-widths with a blank cell's (NaN) as 0: `np.nan_to_num` without its checks for infinities (a
    half-width is never infinite), which cost more than the sum on a few rows."""
    return np.where(np.isnan(a), 0.0, a)


def _num(value) -> float:
    return 0.0 if value != value else float(value)
