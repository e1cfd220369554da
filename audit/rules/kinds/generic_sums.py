"""The `sums` and `percent` checks of the `generic` kind: which rows and columns add up, and which pair
of columns a percentage is the ratio of, on the printed tables the extraction did not read."""
from __future__ import annotations

from audit.document import structure
from audit.document.classify import is_number
from audit.rules.kinds.generic import Gap, meets_sum, ratio_meets


def unread(info) -> list:
    """Printed tables (or the segments of one) the log says were not read, as `structure.Printed`;
    a table printed without a header of its own right after one of the same width continues it."""
    skipped = {(e.table, e.line) for e in info.log if e.status == "unrecognised"}
    statuses: dict[int, set] = {}
    for e in info.log:
        statuses.setdefault(e.table, set()).add(e.status)
    out, previous, before, tail = [], None, None, None  # tail: the printed table `previous` ends with
    for table in info.document.tables:
        if statuses.get(table.index) == {"unrecognised"}:
            chosen = [table]
        elif "unrecognised" in statuses.get(table.index, ()):
            chosen = [s for s in _segments(table) if (s.index, s.line) in skipped]
        else:
            chosen = []
        for part in chosen:
            if _headless(part) and before is not None and part.width == before.width:
                if previous is not None and tail is before:
                    previous[1].append(part)
                    tail = table
                # else: the rest of a table that was read; its totals need the rows the rule packs read
                continue
            previous, tail = (part, []), table
            out.append(previous)
        before = table
    return [p for p in (structure.read(t, more) for t, more in out) if p is not None]


def _segments(table) -> list:
    from audit import catalog
    from audit.document import extract

    known = getattr(extract, "_known_headers", None)
    if known is None:  # the extraction cuts tables otherwise now: a part of a read table is left alone
        return []
    return extract.segments(table, known(catalog.tables()))  # the same cut the extraction made


def _headless(table) -> bool:
    """Its first row holds figures (a numbering row `1 2 3` is a header's)."""
    texts = [c.text.strip() for c in table.rows[0]] if table.rows else []
    filled = [x for x in texts if x]
    if filled and all(x.strip("().").isdigit() and len(x.strip("().")) <= 2 for x in filled):
        return False
    return any(is_number(x) for x in filled)


# ------------------------------------------------------------------ sums

def sums(printed) -> list[Gap]:
    """Total rows, parent rows and total columns that disagree with their parts, one gap per wrong cell."""
    confirmed = {c: _confirmed(printed, c) for c in printed.numeric}
    gaps = _parents(printed, confirmed) + _total_rows(printed, confirmed) + _total_columns(printed)
    return _one_per_cell(_by_percent(printed, _resolve(gaps)))


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
    out, stack = [], []
    for ln in members:
        level = ln.level if ln.level is not None else 0
        while stack and stack[-1][0] >= level:
            stack.pop()
        valued = col in ln.values
        if valued and not any(v for _, v in stack):
            out.append(ln)
        stack.append((level, valued))
    return out


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


def _confirmed(printed, col: int) -> bool:
    """Is the hierarchy additive in `col`? Budget codes and level words are, for money; otherwise the
    table must show it: at least two parents of two or more figures match them, twice as many as not."""
    if printed.source is None or not printed.additive(col):
        return False
    if printed.source in ("code", "label") and col in printed.money:
        return True
    agree = disagree = 0
    for parent, below in _families(printed):
        parts = _tops(below, col)
        if col not in parent.values or len(parts) < 2:
            continue
        if meets_sum(parent.values[col], [p.values[col] for p in parts]):
            agree += 1
        else:
            disagree += 1
    return agree >= 2 and agree >= 2 * disagree


def _parents(printed, confirmed: dict) -> list[Gap]:
    out = []
    for parent, below in _families(printed):
        for col, value in parent.values.items():
            parts = _tops(below, col)
            if not confirmed.get(col) or not parts:
                continue
            if not meets_sum(value, [p.values[col] for p in parts]):
                out.append(Gap(parent, col, sum(p.values[col].value for p in parts),
                               [(p, col) for p in parts], "parent", printed.weak))
    return out


def _absorbed(printed) -> list[tuple]:
    """(total row, the rows and totals it adds up): a total adds up what was printed since the last
    total of its own word or of a higher rank (`Sub Total`s are added by the `Jumlah` after them)."""
    pending, out = [], []
    lines = printed.lines
    for k, ln in enumerate(lines):
        if not ln.total:
            pending.append(ln)
            continue
        cut = 0
        for j in range(len(pending) - 1, -1, -1):
            if pending[j].total and (pending[j].total == ln.total or pending[j].rank > ln.rank):
                cut = j + 1
                break
        absorbed = pending[cut:]
        if not absorbed and not pending:  # a total printed above its parts
            absorbed = [x for x in _until_total(lines[k + 1:])]
        else:
            pending = pending[:cut] + [ln]
        out.append((ln, absorbed))
    return out


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
    return out


def _total_columns(printed) -> list[Gap]:
    """A `Jumlah` column against the columns of its header group to its left, where the rows confirm it."""
    out = []
    for col, parts in _column_groups(printed):
        agree, gaps = 0, []
        for ln in printed.lines:
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


def _column_groups(printed) -> list[tuple[int, list[int]]]:
    out = []
    numeric = set(printed.numeric)
    totals = {c for c in printed.numeric if _is_total_header(printed.headers[c])}
    for col in sorted(totals):
        if col - 1 not in numeric or not printed.additive(col):
            continue
        group = printed.groups[col - 1]
        if printed.groups[col] not in (group, ()):
            continue
        parts, c = [], col - 1
        while c in numeric and c not in totals and printed.groups[c] == group and printed.additive(c):
            parts.insert(0, c)
            c -= 1
        if len(parts) >= 2:
            out.append((col, parts))
    return out


def _is_total_header(header: str) -> bool:
    import re

    last = header.split(" / ")[-1] if header else ""
    key = structure.key_of(re.sub(r"\([^)]*\)", " ", last))
    return key in structure.TOTAL_WORDS


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


# ------------------------------------------------------------------ percentages

def pairs(printed) -> list[tuple[int, int, int]]:
    """(percent column, numerator, denominator): for each percent column, the pair of figure columns
    whose ratio reproduces most of its rows (at least two, and more than half of those it can be
    computed for); on a tie, the later column over the earlier (`Pagu  Realisasi  %`)."""
    out = []
    others = [c for c in printed.numeric if c not in printed.percent]
    for pc in sorted(printed.percent):
        best = None
        for num in others:
            for den in others:
                if num == den:
                    continue
                rows = _computable(printed, pc, num, den)
                hits = sum(ratio_meets(ln.values[pc], ln.values[num], ln.values[den])[0] for ln in rows)
                if best is None or hits > best[0] or (hits == best[0] and num > den and best[1] < best[2]):
                    best = (hits, num, den, len(rows))
        if best is not None and best[0] >= 2 and best[0] * 2 > best[3]:
            out.append((pc, best[1], best[2]))
    return out


def _computable(printed, pc: int, num: int, den: int) -> list:
    return [ln for ln in printed.lines if {pc, num, den} <= set(ln.values) and ln.values[den].value > 0]


def percents(printed) -> list[Gap]:
    """Each percent column against its pair; a row whose amount a sum check already corrects (and the
    correction restores the percentage) is that amount's mistake, not the percentage's."""
    out = []
    fixed = {(id(g.line), g.col): g.expected for g in sums(printed)}
    for pc, num, den in pairs(printed):
        for ln in _computable(printed, pc, num, den):
            stated, a, b = ln.values[pc], ln.values[num], ln.values[den]
            ok, computed = ratio_meets(stated, a, b)
            if ok or _other_convention(stated, a, b) or _restored(ln, (pc, num, den), fixed):
                continue
            out.append(Gap(ln, pc, computed, [(ln, num), (ln, den)], "percent"))
    return out


def _holds(ln, pair: tuple) -> bool:
    pc, num, den = pair
    return ln.values[den].value > 0 and ratio_meets(ln.values[pc], ln.values[num], ln.values[den])[0]


def _restored(ln, pair: tuple, fixed: dict) -> bool:
    """Does the row's percentage hold once one of its amounts takes the value a sum check gives it?"""
    from dataclasses import replace

    pc, num, den = pair
    for col in (num, den):
        if (id(ln), col) in fixed:
            values = {**ln.values, col: replace(ln.values[col], value=fixed[(id(ln), col)])}
            if values[den].value > 0 and ratio_meets(values[pc], values[num], values[den])[0]:
                return True
    return False


def _by_percent(printed, gaps: list[Gap]) -> list[Gap]:
    """A total or parent off by a part whose own row's percentage says which part: that part is named.

    When exactly one part, changed by the gap, makes its row's percentage hold where it does not
    now, the part is the mistake (the total and the percentage both point to the same value)."""
    found = pairs(printed)
    if not found:
        return gaps
    out = []
    for g in gaps:
        if g.what not in ("total", "parent"):
            out.append(g)
            continue
        hits = [(ln, col) for ln, col in g.parts for pair in found
                if col in pair[1:] and set(pair) <= set(ln.values) and not _holds(ln, pair)
                and _restored(ln, pair, {(id(ln), col): ln.values[col].value + g.gap})]
        hits = list({(id(ln), col): (ln, col) for ln, col in hits}.values())
        if len(hits) == 1:
            ln, col = hits[0]
            out.append(Gap(ln, col, ln.values[col].value + g.gap, [(g.line, g.col)], "part", g.weak))
        else:
            out.append(g)
    return out


def _other_convention(stated, a, b) -> bool:
    """A capaian of a lower-is-better indicator: target / realisasi, or (2 × target − realisasi) / target."""
    from dataclasses import replace

    if a.value > 0 and ratio_meets(stated, b, a)[0]:
        return True
    twice = replace(b, value=2 * b.value - a.value)
    return ratio_meets(stated, twice, b)[0]
