"""Stacks of changed copies of one report: how candidate fixes are re-checked many at once.

`stack_variants` is `audit.rules.stack.stack` for copies of one report that differ from it in a
few `values` cells: the report's frames repeated, the changed cells written in. Writing cells
column by column into every stack cost more than the rules run on it, so `Variants` writes each
copy's changed rows once, below the table's own rows (a pool), and every stack of some of the
copies is one `take` from that pool. A large stack (a large report's copies) is the report's
frames repeated once and sliced, its changed columns written in: there rows cost, not calls.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from audit.model import Candidate, Report, Table
from audit.rules.stacked import StackedTable

POOL_ROWS = 5_000  # beyond it a stack's rows cost more to take whole than its few changed columns cost to write


class Variants:
    """Copies of `base`, copy k changed in the cells `edits[k]` (each with `table`, `index`, `column`,
    `proposed`), stacked as the rules re-checking them need (`stack`). Keeps what one stack builds
    for the next: the pools and the repeated frames (never modified)."""

    def __init__(self, base: Report, edits: list[list[Candidate]]):
        self.base, self.edits = base, edits
        self.memo: dict = {}
        self._pools: dict[str, tuple | None] = {}

    def stack(self, ks: list[int], variants: list[Report], names, local: str | None = None,
              local_rows: list | None = None) -> Report:
        """The copies `ks` stacked, `names` only (the tables a rule reads); `variants[j]` gives copy ks[j]'s
        row names, keys and places. `local`, `local_rows`: as `stack_variants`."""
        edits = [self.edits[k] for k in ks]
        tables: dict[str, Table] = {}
        m = len(ks)
        for name in names:
            first = self.base.tables.get(name)
            if first is None:
                continue
            n = len(first)
            pooled = self._pool(name) if name == local or m * n <= POOL_ROWS else None
            if pooled is None:  # written cell by cell into repeated frames
                tables.update(stack_variants(self.base, variants, edits, [name], self.memo, local, local_rows).tables)
                continue
            pool, at = pooled
            if name == local:
                owner, rows = _rows_of(first, edits, local_rows)
                where = np.array([at[ks[j]].get(i, i) for j, i in zip(owner, rows)], dtype=np.intp)
                tables[name] = _local_table(first, variants, self.base.meta, owner, rows,
                                            self._from_pool(pool, where), self.memo)
                continue
            where = np.tile(np.arange(n, dtype=np.intp), m)
            for j, k in enumerate(ks):
                for row, pos in at[k].items():
                    where[j * n + row] = pos
            tables[name] = _whole_table(first, variants, self.base.meta, self._from_pool(pool, where),
                                        _repeated(first.raw, m, self.memo), _repeated(first.halfwidth, m, self.memo),
                                        _repeated(first.decimals, m, self.memo))
        return Report(self.base.meta, tables, "<stack>", [])

    def _pool(self, name: str) -> tuple[pd.DataFrame, list[dict[int, int]]] | None:
        """Table `name`'s values with every copy's changed rows below them (changes written in), and for each
        copy its changed row -> its place in the pool. None when a change would change a column's dtype
        (text written into a number column): such stacks are built cell by cell."""
        if name in self._pools:
            return self._pools[name]
        first = self.base.tables[name]
        n = len(first)
        at: list[dict[int, int]] = [{} for _ in self.edits]
        rows: list[int] = []
        cells: list[tuple[int, Candidate]] = []
        for k, mine in enumerate(self.edits):
            for e in mine:
                if e.table != name:
                    continue
                if e.index not in at[k]:
                    at[k][e.index] = n + len(rows)
                    rows.append(e.index)
                cells.append((at[k][e.index] - n, e))
        if not rows:
            out: tuple | None = (first.values, at)
        else:
            pool = self._pooled(first.values, np.array(rows, dtype=np.intp), cells)
            if pool is None:  # as pandas writes them (another pandas, extension dtypes)
                extra = write_cells(_taken(first.values, np.array(rows, dtype=np.intp)), cells)
                same = extra.dtypes.tolist() == first.values.dtypes.tolist()
                pool = pd.concat([first.values, extra], ignore_index=True) if same else None
            out = None if pool is None else (pool, at)
        self._pools[name] = out
        return out

    def _pooled(self, values: pd.DataFrame, rows: np.ndarray, cells: list[tuple[int, Candidate]]):
        """`values` with its `rows` again below, the `cells` (row among those, edit) written in, from the
        frame's blocks; None when they are not to be had, or text would go into a number column."""
        blocks = _blocks(values, self.memo)
        if blocks is None or any(v.dtype.kind not in "fO" for v, _ in blocks):  # what write_cells keeps as it is
            return None
        extra = [v.take(rows, axis=1) for v, _ in blocks]
        where = {int(n): (j, p) for j, (_, at) in enumerate(blocks) for p, n in enumerate(at)}
        columns = values.columns
        for row, e in cells:
            j, p = where[columns.get_loc(e.column)]
            if isinstance(e.proposed, str) and extra[j].dtype != object:
                return None
            extra[j][p, row] = e.proposed
        pooled = [(np.concatenate([v, x], axis=1), at) for (v, at), x in zip(blocks, extra)]
        pool = _FROM_BLOCKS(pooled, index=pd.RangeIndex(len(values) + len(rows)), columns=columns)
        self.memo[("blocks", id(pool))] = (pool, pooled)
        return pool


    def _from_pool(self, pool: pd.DataFrame, where: np.ndarray) -> pd.DataFrame:
        """`pool`'s rows `where`; the rules' row selections and keys on it are the pool's (`select.taken`)."""
        from audit.rules.select import taken

        out = _taken(pool, where, self.memo)
        taken(out, pool, where)
        return out


def _taken(frame: pd.DataFrame, where: np.ndarray, memo: dict | None = None) -> pd.DataFrame:
    """`frame.take(where)` indexed 0..n-1. With `memo`, from the frame's columns as 2-d arrays by dtype, kept
    there: `DataFrame.take` costs three times as much on these small frames (pandas 3's
    `create_dataframe_from_blocks`; elsewhere, and for extension dtypes, `take`)."""
    blocks = _blocks(frame, memo) if memo is not None else None
    if blocks is None:
        out = frame.take(where)
        out.index = pd.RangeIndex(len(out))
        return out
    return _FROM_BLOCKS([(v.take(where, axis=1), at) for v, at in blocks], index=pd.RangeIndex(len(where)),
                        columns=frame.columns)


try:
    from pandas.api.internals import create_dataframe_from_blocks as _FROM_BLOCKS
except ImportError:  # pandas before 3
    _FROM_BLOCKS = None


def _blocks(frame: pd.DataFrame, memo: dict) -> list | None:
    """`frame`'s columns as one 2-d array per dtype with their places (as pandas keeps them), or None when
    pandas keeps them otherwise (extension dtypes, another version's internals). Kept in `memo`."""
    hit = memo.get(("blocks", id(frame)))
    if hit is None:
        hit = memo[("blocks", id(frame))] = (frame, _FROM_BLOCKS and _arrays(frame))  # held: its id is not reused
    return hit[1]


def _arrays(frame: pd.DataFrame) -> list | None:
    """Reading them is pandas' internals (`_mgr.blocks`; asking column by column costs more than the take it
    saves), so whatever is not plainly a NumPy block of the frame's rows is left to `take`."""
    try:
        blocks = [(b.values, np.asarray(b.mgr_locs.as_array, dtype=np.intp)) for b in frame._mgr.blocks]
    except AttributeError:
        return None
    places = sorted(int(n) for _, at in blocks for n in at)
    if places != list(range(frame.shape[1])) or not all(
            isinstance(v, np.ndarray) and v.ndim == 2 and v.shape == (len(at), len(frame)) for v, at in blocks):
        return None
    return blocks


def _rows_of(first: Table, edits: list[list], chosen=None) -> tuple[list[int], list[int]]:
    """(copy, row) of each row stacked of `first`'s table: the rows each copy edited there, or `chosen[k]`."""
    owner: list[int] = []
    rows: list[int] = []
    for k, mine in enumerate(edits):
        if chosen is not None:
            mine_rows = [int(i) for i in chosen[k]]
        else:
            mine_rows = sorted({e.index for e in mine if e.table == first.name})
        owner += [k] * len(mine_rows)
        rows += mine_rows
    return owner, rows


def _local_table(first: Table, variants: list[Report], meta, owner: list[int], rows: list[int],
                 values: pd.DataFrame, memo: dict | None = None) -> StackedTable:
    rows_a = np.array(rows, dtype=np.intp)
    source = first.source_rows or list(range(1, len(first) + 1))
    return StackedTable(
        first.name, values, _taken(first.raw, rows_a, memo), _taken(first.halfwidth, rows_a, memo),
        _taken(first.decimals, rows_a, memo), first.file, first.sheet, [source[i] for i in rows],
        dict(first.source_cols), first.csv, dict(first.kinds), keys=first.keys,
        report_of=np.array(owner, dtype=np.intp), parts=[v.tables[first.name] for v in variants],
        starts=np.zeros(len(variants), dtype=np.intp), metas=[meta] * len(variants), local_rows=rows_a)


def _whole_table(first: Table, variants: list[Report], meta, values, raw, halfwidth, decimals) -> StackedTable:
    """Whole copies of one table stacked as reports are (`audit.rules.stack`); the copies keep its rows."""
    from audit.rules.stack import _stacked

    return _stacked(first, [v.tables[first.name] for v in variants], [meta] * len(variants),
                    first.values.columns.tolist(), values, raw, halfwidth, decimals,
                    list(first.source_rows or range(1, len(first) + 1)) * len(variants))


def stack_variants(base: Report, variants: list[Report], edits: list[list], names, memo: dict | None = None,
                   local: str | None = None, local_rows: list | None = None) -> Report:
    """`stack(variants)` for variants of `base` that differ from it only in the `values` cells `edits[k]`
    (each with `table`, `index`, `column`, `proposed`): base's frames repeated, one `take` each, and the
    edited cells written in. `memo` keeps the repeated frames between calls (never modified: edits go
    into a copy).

    `local`: of this table only the edited rows of each variant are stacked (for a rule whose
    findings on that table depend on their own row alone), or `local_rows[k]` (the rows of the
    groups the edits are in, for a rule whose findings depend on their group alone)."""
    tables: dict[str, Table] = {}
    m = len(variants)
    memo = {} if memo is None else memo
    for name in names:
        first = base.tables.get(name)
        if first is None:
            continue
        if name == local:
            owner, rows = _rows_of(first, edits, local_rows)
            at = {(k, i): n for n, (k, i) in enumerate(zip(owner, rows))}
            values = write_cells(_taken(first.values, np.array(rows, dtype=np.intp)),
                                 [(at[k, e.index], e) for k, mine in enumerate(edits) for e in mine
                                  if e.table == first.name])
            tables[name] = _local_table(first, variants, base.meta, owner, rows, values)
            continue
        n = len(first)
        values = write_cells(_repeated(first.values, m, memo), [(k * n + e.index, e) for k, mine in enumerate(edits)
                                                             for e in mine if e.table == name])
        tables[name] = _whole_table(first, variants, base.meta, values, _repeated(first.raw, m, memo),
                                    _repeated(first.halfwidth, m, memo), _repeated(first.decimals, m, memo))
    return Report(base.meta, tables, "<stack>", [])


def _repeated(frame: pd.DataFrame, m: int, memo: dict) -> pd.DataFrame:
    """`frame` m times, one below the other. `memo` keeps the most copies made so far of each frame,
    and fewer are a slice of them: the stacks of one set of candidates differ in size, and a `take`
    per stack cost more than the rules run on it."""
    key = (id(frame), m)
    if key not in memo:
        have = memo.get(id(frame))
        if have is None or have[2] < m:
            times = max(m, 2 * have[2]) if have is not None else m
            out = _taken(frame, np.tile(np.arange(len(frame)), times))
            memo[id(frame)] = have = (frame, out, times)  # the frame is held, so its id is not reused
        memo[key] = have[1] if have[2] == m else have[1].iloc[:m * len(frame)]
    return memo[key]


def write_cells(values: pd.DataFrame, cells: list[tuple[int, Candidate]]) -> pd.DataFrame:
    """`values` (left untouched) with each (row, edit) written in: `edit.proposed` at `edit.column`."""
    if not cells:
        return values
    values = values.copy(deep=False)  # the other columns are shared: a frame kept for the next stack stays as it is
    for column in dict.fromkeys(e.column for _, e in cells):
        mine = [(row, e.proposed) for row, e in cells if e.column == column]
        loc = values.columns.get_loc(column)
        col = values[column].to_numpy()
        col = col.astype(object) if any(isinstance(p, str) for _, p in mine) else col.copy()
        for row, proposed in mine:
            col[row] = proposed
        # numbers go in as they are; text as an object Series (pandas 3 would infer its `str` dtype)
        values.isetitem(loc, col if col.dtype.kind == "f" else pd.Series(col, index=values.index, dtype=object,
                                                                           copy=False))
    return values
