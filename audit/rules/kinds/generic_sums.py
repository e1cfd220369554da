"""The `sums` check of the `generic` kind: total rows, parent rows and total columns against their
parts, on the printed tables no rule pack reads; one gap per wrong cell."""
from __future__ import annotations

from audit.numbers import rows_named
from audit.rules.kinds import generic_difference
from audit.rules.kinds.generic_base import Gap, meets_sum
from audit.rules.kinds.generic_percent import by_percent, row_shares


def sums(printed) -> list[Gap]:
    """Total rows, parent rows and total columns that disagree with their parts, one gap per wrong cell."""
    confirmed = _confirmed(printed)
    gaps = _parents(printed, confirmed) + _total_rows(printed, confirmed) + _total_columns(printed)
    # a difference column is checked on each row against that row's own amounts (GEN004), not added up: a page may
    # print a decrease as its size (`Rp` beside a signed growth), which is no total's mistake
    differences = set(generic_difference.columns(printed))
    return _one_per_cell(by_percent(printed, _resolve([g for g in gaps if g.col not in differences])))


def _one_per_cell(gaps: list[Gap]) -> list[Gap]:
    """Two gaps at one cell: the one two checks agree on (a crossing, a part its percentage names)."""
    best: dict = {}
    for g in gaps:
        key = (id(g.line), g.col)
        if key not in best or (g.what in ("cell", "part") and best[key].what not in ("cell", "part")):
            best[key] = g
    return [g for g in gaps if best[(id(g.line), g.col)] is g]


def _tops(members: list, col: int) -> list:
    """Rows with a figure in `col` that no figure of an ancestor among `members` already counts."""
    out: list = []
    stack: list[tuple[int, bool]] = []  # the ancestors above the row: (level, has a figure in `col`)
    for ln in members:
        level = ln.level if ln.level is not None else 0
        while stack and stack[-1][0] >= level:
            stack.pop()
        valued = col in ln.values
        if valued and not any(v for _, v in stack):
            out.append(ln)
        stack.append((level, valued))
    return out


def _nested(parts: list, col: int, open_end: bool = False) -> list:
    """The parts read as two levels the page prints alike: a row that is the sum of the rows right after it (a
    kegiatan over its sub kegiatan, none of them coded or indented, as the quarterly Renja forms print them)
    counts, the rows it adds up do not. Read only where the parts do not add up as one level. `open_end`: the
    parts run to the table's last row, and the last head's rows may go on in the next page's table: rows after a
    head adding up to less than it are its own."""
    out, k = [], 0
    while k < len(parts):
        head = parts[k].values[col]
        end = None
        if head.value and head.value > 0 and not _numbered_on(parts, k):
            run = 0.0
            for j in range(k + 1, len(parts)):
                run += parts[j].values[col].value
                if meets_sum(head, [p.values[col] for p in parts[k + 1:j + 1]]):
                    end = j
                    break
                if run > head.value:
                    break
            else:
                if open_end and k + 1 < len(parts):
                    end = len(parts) - 1
        out.append(parts[k])
        k = k + 1 if end is None else end + 1
    return out


def _numbered_on(parts: list, k: int) -> bool:
    """Is the row after `k` numbered as `k` is, the next of one list (`15`, `16`)? Then it is no row of `k`'s."""
    return k + 1 < len(parts) and parts[k].mark.isdigit() and parts[k + 1].mark.isdigit()


def _adds_up(value, parts: list, col: int, open_end: bool = False) -> bool:
    """Does a parent's figure meet its parts' sum, read as one level or, failing that, as two (`_nested`)? With
    `open_end` (the family runs to the table's last row), parts falling short may go on in the next page's table:
    not judged."""
    if meets_sum(value, [p.values[col] for p in parts]):
        return True
    nested = _nested(parts, col, open_end)
    if meets_sum(value, [p.values[col] for p in nested]):
        return True
    return open_end and any(sum(p.values[col].value for p in read) < value.value for read in (parts, nested))


def _families(printed) -> list[tuple]:
    """(parent, its descendants) for every row with a level, descendants up to the next row as high."""
    lines = printed.lines
    out = []
    for k, ln in enumerate(lines):
        if ln.total or ln.level is None:
            continue
        below = []
        for other in lines[k + 1:]:
            if other.total or other.level is None or other.level <= ln.level:
                break
            below.append(other)
        if below:
            out.append((ln, below))
    return out


def _confirmed(printed) -> dict[int, bool]:
    """In which columns the hierarchy adds up. Budget codes and level words say so for money; for
    the other columns the table must show it: over all of them, at least two parents of two or more
    figures match their children, twice as often as not (one wrong parent does not unmake it)."""
    if printed.source is None:
        return {}
    # a parent's figure other than money, in rows naming each an indicator, is its own measure, not its rows' sum
    columns = [c for c in printed.numeric if printed.additive(c) and (c in printed.money or not printed.indicators)]
    agree = disagree = 0
    for parent, below in _families(printed):
        for col in columns:
            parts = _tops(below, col)
            if col not in parent.values or len(parts) < 2 or not parent.values[col].value:
                continue  # a parent of nothing (`0` over dashes) shows no sum
            if _adds_up(parent.values[col], parts, col):
                agree += 1
            else:
                disagree += 1
    shown = agree >= 2 and agree >= 2 * disagree
    return {c: shown or (printed.source in ("code", "label") and c in printed.money) for c in columns}


def _parents(printed, confirmed: dict) -> list[Gap]:
    """Parent rows against their children. A family printed down to the last row of a table that goes on in the next
    page's table unjoined (`Printed.goes_on`) and whose children fall short of the parent may have more children
    there: not judged (its children's excess is, read at two levels where they print them)."""
    out = []
    last = printed.lines[-1] if printed.lines and printed.goes_on else None
    for parent, below in _families(printed):
        for col, value in parent.values.items():
            parts = _tops(below, col)
            if not confirmed.get(col) or not parts:
                continue
            if _adds_up(value, parts, col, open_end=below[-1] is last):
                continue
            slip = _one_run_off(value, parts, col)
            if slip is not None:  # two levels, the parent their heads' sum: the one head off its own rows
                head, rows = slip
                out.append(Gap(head, col, sum(p.values[col].value for p in rows), [(p, col) for p in rows],
                               "parent", printed.weak))
                continue
            out.append(Gap(parent, col, sum(p.values[col].value for p in parts),
                           [(p, col) for p in parts], "parent", printed.weak))
    return out


#: how many readings of a family's two levels are tried before giving up (`_one_run_off`)
_TRIES = 2000
#: the rows of the one head off its sum add up to within this factor of it (`_one_run_off`)
_FAR = 2


def _one_run_off(value, parts: list, col: int) -> tuple | None:
    """(head, its rows) when the parts are two levels printed alike (`_nested`) and the parent is the sum of the
    heads, every head the sum of its rows but one, whose rows add up to between half and twice it: that head or one
    of its rows is the slip, not the parent. None when no such reading exists (or none is found in `_TRIES`
    steps)."""
    figures = [p.values[col] for p in parts]
    if any(f.value is None or f.value < 0 for f in figures):
        return None
    tries = [0]

    def runs(k: int):
        """Ends j of the rows after head k adding up to it, nearest first (none where they are numbered on)."""
        if _numbered_on(parts, k):
            return
        total = 0.0
        for j in range(k + 1, len(parts)):
            total += figures[j].value
            if meets_sum(figures[k], figures[k + 1:j + 1]):
                yield j
            if total > figures[k].value + 1:
                return

    failed: set = set()  # (row, heads' sum, the head off): readings that led nowhere (rows of `-` repeat them)

    def walk(k: int, heads: list, off):
        tries[0] += 1
        total = sum(figures[h].value for h in heads)
        state = (k, round(total, 2), off)
        if tries[0] > _TRIES or total > value.value + 1 or state in failed:
            return None
        if k == len(parts):
            return off if off is not None and meets_sum(value, [figures[h] for h in heads]) else None
        found = _walk_on(k, heads, off)
        if found is None:
            failed.add(state)
        return found

    def _walk_on(k: int, heads: list, off):
        for j in runs(k):
            if (found := walk(j + 1, heads + [k], off)) is not None:
                return found
        if (found := walk(k + 1, heads + [k], off)) is not None:  # a head with no rows of its own printed
            return found
        if off is None and figures[k].value > 0 and not _numbered_on(parts, k):
            for j in range(k + 1, len(parts)):  # the one head whose rows do not add up to it, within a factor of
                # two: a slip of a figure; a head printing nothing (`-`) over rows of figures, or rows far above or
                # below it, are more likely no head and rows at all (a block of the next urusan read on)
                rows = sum(f.value for f in figures[k + 1:j + 1])
                if not figures[k].value / _FAR <= rows <= _FAR * figures[k].value:
                    continue
                if (found := walk(j + 1, heads + [k], (k, j))) is not None:
                    return found
        return None

    found = walk(0, [], None)
    if found is None:
        return None
    k, j = found
    return parts[k], parts[k + 1:j + 1]


def named_rows(total, before: list) -> list | None:
    """The rows a total names by their numbers (`Jumlah Pendapatan (2 s.d. 7)` adds rows 2 to 7 of the `No`
    column, whatever is printed between them: a group's items unnumbered under it are not added again), when
    every number it names is printed above it; else None. An LRA's totals say so."""
    wanted = rows_named(total.label)
    if not wanted:
        return None
    rows = {int(ln.mark): ln for ln in before if ln.mark.isdigit() and int(ln.mark) in wanted}
    return [rows[n] for n in sorted(rows)] if set(rows) == wanted else None


def _absorbed(printed) -> list[tuple]:
    """(total row, the rows and totals it adds up): a total adds up what was printed since the last
    total of its own word or of a higher rank (`Sub Total`s are added by the `Jumlah` after them), a total
    naming a heading printed above (`Total Belanja` under `II Belanja`, `I Pendapatan` before it) what was
    printed under that heading, and a total naming rows by their numbers those rows (`named_rows`)."""
    pending, out = [], []
    lines = printed.lines
    for k, ln in enumerate(lines):
        if not ln.total:
            pending.append(ln)
            continue
        named = named_rows(ln, lines[:k])
        if named is not None:
            pending.append(ln)
            out.append((ln, named))
            continue
        cut = 0
        for j in range(len(pending) - 1, -1, -1):
            if pending[j].total and (pending[j].total == ln.total or pending[j].rank > ln.rank):
                cut = j + 1
                break
        cut += _heading(pending[cut:], ln)
        absorbed = pending[cut:]
        if not absorbed and not pending:  # a total printed above its parts
            absorbed = [x for x in _until_total(lines[k + 1:])]
        else:
            pending = pending[:cut] + [ln]
        out.append((ln, absorbed))
    return out


def _heading(rows: list, total) -> int:
    """Where the rows a total names begin among `rows`: the first row under a heading without figures whose
    label, without its numbering, is what the total's label names after its total word (`Total Belanja`, `II
    Belanja`), else after the last row so labelled that prints figures itself; 0 when none is."""
    name = total.names()
    if not name:
        return 0
    named = [j for j, row in enumerate(rows) if row.under == name]
    if named:
        return named[0]
    for j in range(len(rows) - 1, -1, -1):
        if not rows[j].total and rows[j].called() == name:
            return j + 1
    return 0


def _until_total(lines: list) -> list:
    out = []
    for ln in lines:
        if ln.total:
            break
        out.append(ln)
    return out


def _total_rows(printed, confirmed: dict) -> list[Gap]:
    out = []
    for total, absorbed in _absorbed(printed):
        if named_rows(total, absorbed + [total]) is not None:  # the rows it names, each once, whatever their levels
            out += [Gap(total, col, sum(p.values[col].value for p in parts), [(p, col) for p in parts], "total")
                    for col, value in total.values.items() if printed.additive(col)
                    for parts in [[p for p in absorbed if col in p.values]] if parts
                    and not meets_sum(value, [p.values[col] for p in parts])]
            continue
        plain = [x for x in absorbed if not x.total]
        subs = [x for x in absorbed if x.total]
        for col, value in total.values.items():
            if not printed.additive(col):
                continue
            ways = [_tops(plain, col) + [s for s in subs if col in s.values]]
            flat = [x for x in plain if col in x.values] + [s for s in subs if col in s.values]
            if not confirmed.get(col) or printed.weak:
                ways.append(flat)  # a hierarchy the figures do not confirm: either reading may be meant
            ways = [w for w in ways if w]
            if not ways or any(meets_sum(value, [p.values[col] for p in w]) for w in ways):
                continue
            parts = ways[0] if confirmed.get(col) else ways[-1]
            weak = printed.weak and parts != flat
            out.append(Gap(total, col, sum(p.values[col].value for p in parts), [(p, col) for p in parts],
                           "total", weak))
        for col, (value, cols) in total.spans.items():  # one figure over several columns: their sum
            parts = [(p, c) for c in cols for p in _tops(plain, c)]
            if parts and not any(c in s.values for s in subs for c in cols) and all(printed.additive(c) for c in cols) \
                    and not meets_sum(value, [p.values[c] for p, c in parts]):
                out.append(Gap(total, col, sum(p.values[c].value for p, c in parts), parts, "total", printed.weak))
    return out


def _total_columns(printed) -> list[Gap]:
    """A `Jumlah` column against the columns of its header group to its left, where the rows confirm it."""
    out = []
    of_shares = {id(ln) for ln, _, _ in row_shares(printed)}  # a row of shares is checked as shares
    for col, parts in printed.totals:
        agree, gaps = 0, []
        for ln in printed.lines:
            if id(ln) in of_shares:
                continue
            valued = [c for c in parts if c in ln.values]
            if col not in ln.values or not valued:
                continue
            if meets_sum(ln.values[col], [ln.values[c] for c in valued]):
                agree += len(valued) >= 2
                continue
            gaps.append(Gap(ln, col, sum(ln.values[c].value for c in valued), [(ln, c) for c in valued], "column"))
        if agree >= 1 and agree >= len(gaps):
            out += gaps
    return out


def _resolve(gaps: list[Gap]) -> list[Gap]:
    """One gap per wrong cell: a cell that is itself a gap explains the gaps of the totals it is a part of
    (by the opposite amount); a row gap and a column gap through one part, by the same amount, are that part."""
    def close(a: float, b: float) -> bool:
        return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))

    at = {(id(g.line), g.col): g for g in reversed(gaps)}  # the first gap at a cell stands
    gaps = [g for g in gaps if at[(id(g.line), g.col)] is g]
    explained = set()
    for g in gaps:
        for other in gaps:
            if other is not g and (id(g.line), g.col) in _cells(other) and close(g.gap, -other.gap):
                explained.add(id(other))
    out = [g for g in gaps if id(g) not in explained]
    rows = [g for g in out if g.what in ("total", "parent")]
    cols = [g for g in out if g.what == "column"]
    for r in rows:
        for c in cols:
            if id(r) in explained or id(c) in explained or not close(r.gap, c.gap):
                continue
            hit = [(ln, col) for ln, col in r.parts if (id(ln), col) in _cells(c)]
            if len(hit) == 1:
                ln, col = hit[0]
                value = ln.values[col].value
                explained |= {id(r), id(c)}
                out.append(Gap(ln, col, value + r.gap, [(r.line, r.col), (c.line, c.col)], "cell", r.weak))
    return [g for g in out if id(g) not in explained]


def _cells(g: Gap) -> set:
    return {(id(ln), col) for ln, col in g.parts}
