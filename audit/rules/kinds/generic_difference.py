"""The `difference` check of the `generic` kind: a `Selisih` / `Lebih / (Kurang)` / `Sisa` column beside two
figure columns (target and realisasi, anggaran and realisasi) is their difference.

Which way round is the agency's choice (realisasi − target, or target − realisasi), and one statement may
use both: a BLUD's realisation statement prints revenue as realisasi − anggaran (short of target: negative)
and spending as anggaran − realisasi (unspent: positive; tests/wild/rsud-kudus-lra). So the sign is read
from the table itself, per section (rows under a `PENDAPATAN` heading, rows under a `BELANJA` heading): the
way most of its rows print it. A row whose size is wrong is a mistake (its expected value is signed as its
section prints); a row of the right size and the other sign disagrees with its own section (a warning: the
page itself shows the convention, but a sign is easily meant).
"""
from __future__ import annotations

import re
from dataclasses import replace

from audit.rules.kinds.generic_base import Gap, best_pair, half, meets_sum, ratio_meets

#: header words of a column printing the difference of two others
DIFFERENCE_WORDS = ("selisih", "deviasi", "varians", "sisa", "kesenjangan", "pertumbuhan")
#: pairs of words that together head a difference (`Lebih / (Kurang)`, `Naik/Turun`, `Bertambah/(Berkurang)`)
DIFFERENCE_PAIRS = ({"lebih", "kurang"}, {"naik", "turun"}, {"bertambah", "berkurang"}, {"kenaikan", "penurunan"},
                    {"peningkatan", "penurunan"})
#: a row label opening a section of its own sign (revenue, spending, financing, the surplus line)
_SECTION = re.compile(r"^(pendapatan|belanja|pembiayaan|surplus|defisit)\b")


def columns(printed) -> list[int]:
    """The difference columns: a header that says so (`Selisih`, `Lebih / Kurang`, `Sisa Anggaran`, `Naik/Turun`),
    or a column of amounts headed by its unit alone (`Rp`, the group header over it lost) whose every figure is
    the size of the difference of two other columns of its row (`unheaded`)."""
    out = []
    for c in printed.numeric:
        words = set(_words(printed.headers[c].split(" / ")[-1]))
        whole = set(_words(printed.headers[c]))
        if printed.read and words & {"sisa", "saldo"}:  # read as `sisa` by the budget kinds (SUM042-SUM044)
            continue
        if words & set(DIFFERENCE_WORDS) or any(pair <= whole for pair in DIFFERENCE_PAIRS):
            out.append(c)
    return out + unheaded(printed, out)


#: a header naming nothing but a unit
_UNIT_ONLY = re.compile(r"^\W*(rp|rupiah)?\W*$")


def unheaded(printed, named: list[int]) -> list[int]:
    """Columns of amounts headed by a unit alone (`Rp`), right of two amount columns, whose figures are all the size
    of those two columns' difference, on three rows or more and on every row where they can be compared, some of
    them non-zero: a difference column whose header words the page (or its copy) lost."""
    out = []
    amounts = [c for c in printed.numeric if c not in printed.percent and c not in named]
    for dc in amounts:
        if not _UNIT_ONLY.match(printed.headers[dc].split(" / ")[-1].lower()):
            continue
        left = [c for c in amounts if c < dc]
        for n, a in enumerate(left):
            if any(_reproduced(printed, dc, a, b) for b in left[n + 1:]):
                out.append(dc)
                break
    return out


def _reproduced(printed, dc: int, a: int, b: int) -> bool:
    rows = _computable(printed, dc, a, b)
    moving = [ln for ln in rows if ln.values[dc].value != 0]
    return len(rows) >= 3 and len(moving) >= 2 and all(_size(ln, dc, a, b) for ln in rows)


def pairs(printed) -> list[tuple[int, int, int]]:
    """(difference column, first, second): for each difference column, the two other figure columns whose
    difference, either way round, reproduces the size of most of its rows (at least two, and more than half
    of those it can be computed for); a difference of percentages, of two percentage columns."""
    out = []
    diff_cols = columns(printed)
    for dc in diff_cols:  # percentages differ from percentages (target 90%, realisasi 92%), amounts from amounts
        others = [c for c in printed.numeric
                  if (c in printed.percent) == (dc in printed.percent) and c not in diff_cols]
        found = best_pair(((a, b) for n, a in enumerate(others) for b in others[n + 1:]),
                          lambda a, b, dc=dc: _computable(printed, dc, a, b),
                          lambda ln, a, b, dc=dc: _size(ln, dc, a, b))
        if found is not None:
            out.append((dc, *found))
    return out


def growths(printed) -> list[tuple[int, int, int]]:
    """(growth column, earlier, later): a percent difference column (`Naik/Turun (%)`, `Pertumbuhan (%)`) that no
    pair of percentage columns explains, against the change of two amount columns relative to the earlier one
    ((later − earlier) / earlier × 100, a comparison across years), the pair and order reproducing most of its
    rows (at least two, and more than half of those it can be computed for)."""
    out = []
    explained = {dc for dc, _, _ in pairs(printed)}
    amounts = [c for c in printed.numeric if c not in printed.percent and c not in columns(printed)]
    for dc in growth_candidates(printed):
        if dc in explained:
            continue
        found = _by_years(printed, dc, amounts) or best_pair(((old, new) for old in amounts for new in amounts
                                                                if old != new),
                          lambda old, new, dc=dc: _growable(printed, dc, old, new),
                          lambda ln, old, new, dc=dc: _grows(ln.values[dc], ln.values[old], ln.values[new])[0])
        if found is not None:
            out.append((dc, *found))
    return out


#: a year in a header, or one counted from the report's (`Tahun N-1`, `Tahun N`: a Permendagri format's)
_YEAR = re.compile(r"\b(?:tahun\s+)?(?:((?:19|20)\d\d)|n(?:\s*-\s*(\d))?)\b", re.I)


def _by_years(printed, dc: int, amounts: list[int]) -> tuple[int, int] | None:
    """(earlier, later): the two amount columns a growth column stands beside whose headers are one header for two
    years (`Capaian Kinerja Tahun N-1`, `... Tahun N`; `Realisasi 2019`, `Realisasi 2020`). Their headers say the
    pair, so no row need agree: a growth printed wrong on every row is found."""
    def year(col: int) -> tuple[str, float] | None:
        head = printed.headers[col].lower()
        found = list(_YEAR.finditer(head))
        if len(found) != 1:
            return None
        m = found[0]
        at = float(m.group(1)) if m.group(1) else -float(m.group(2) or 0) - 1e4  # `N` later than `N-1`
        return head[:m.start()] + head[m.end():], at

    years = {c: y for c in amounts if c < dc and (y := year(c)) is not None}
    for a, (rest_a, at_a) in years.items():
        same = [b for b, (rest_b, at_b) in years.items() if b != a and rest_b == rest_a and at_b != at_a]
        if len(same) == 1 and len(years) == 2:
            b = same[0]
            return (a, b) if at_a < years[b][1] else (b, a)
    return None


def growth_candidates(printed) -> list[int]:
    """Percent columns that may print a growth: one with a difference word (`Naik/Turun (%)`), one headed
    `Perubahan (%)` alone (a change; `Anggaran Perubahan` is the amended budget, no percentage), or a bare `%`
    beside a difference column (`Rp | %` under a lost `Bertambah/(Berkurang)`)."""
    named = columns(printed)
    bare = [c for c in printed.percent if re.fullmatch(r"\W*%?\W*", printed.headers[c].split(" / ")[-1])
            and any(d in named and d not in printed.percent for d in (c - 1,))]
    change = [c for c in printed.percent if set(_words(printed.headers[c].split(" / ")[-1])) == {"perubahan"}]
    return [c for c in printed.numeric if c in printed.percent and (c in named or c in bare or c in change)]


def _growable(printed, dc: int, old: int, new: int) -> list:
    return [ln for ln in printed.lines if {dc, old, new} <= set(ln.values) and ln.values[old].value > 0]


def _grows(stated, old, new) -> tuple[bool, float]:
    """Does the printed growth meet (new − old) / old × 100 at printed precision? (100 + growth is new / old.)"""
    ok, ratio = ratio_meets(replace(stated, value=stated.value + 100), new, old)
    return ok, ratio - 100


def growth_gaps(printed, corrected: list[Gap] | None = None) -> list[Gap]:
    """Each growth column against its pair; a growth right once an amount a sum check corrects takes its
    corrected value is that amount's mistake; a growth of the right size printed without its minus (a decrease
    shown as a size) is not flagged."""
    out = []
    fixed = {(id(g.line), g.col): g.expected for g in corrected or []}
    for dc, old, new in growths(printed):
        for ln in _growable(printed, dc, old, new):
            stated, before, after = ln.values[dc], ln.values[old], ln.values[new]
            ok, computed = _grows(stated, before, after)
            if ok or _grows(replace(stated, value=-stated.value), before, after)[0]:
                continue
            if any((id(ln), c) in fixed for c in (old, new)):
                continue  # the amount's own finding says it
            out.append(Gap(ln, dc, computed, [(ln, new), (ln, old)], "growth"))
    return out


def differences(printed, corrected: list[Gap] | None = None) -> list[Gap]:
    """Each difference column against its pair: its size, then its sign against its section's own way. A row
    whose amount a sum check corrects (`corrected`), and the correction makes its difference right, is that
    amount's mistake, not the difference's."""
    out = []
    fixed = {(id(g.line), g.col): g.expected for g in corrected or []}
    sections = _sections(printed)
    for dc, a, b in pairs(printed):
        rows = _computable(printed, dc, a, b)
        ways: dict = {}
        for ln in rows:
            way = _way(ln, dc, a, b)
            if way:
                ways.setdefault(sections.get(ln.at), []).append(way)
        usual = {s: _majority(w) for s, w in ways.items()}
        for ln in rows:
            first, second = ln.values[a].value, ln.values[b].value
            stated = ln.values[dc].value
            usual_way = usual.get(sections.get(ln.at), 0)
            if not _size(ln, dc, a, b) and _restored(ln, (dc, a, b), fixed):
                continue
            if not _size(ln, dc, a, b):
                sign = usual_way or (1 if stated >= 0 else -1) * (1 if first >= second else -1)
                out.append(Gap(ln, dc, sign * (first - second), [(ln, a), (ln, b)], "difference"))
            elif usual_way and _way(ln, dc, a, b) == -usual_way:
                out.append(Gap(ln, dc, -stated, [(ln, a), (ln, b)], "difference_sign", weak=True))
    return out


def _restored(ln, triple: tuple, fixed: dict) -> bool:
    """Does the row's difference hold once one of its cells takes the value a sum check gives it?"""
    dc, a, b = triple
    for col in (a, b):  # (a correction of the difference itself is this check's own finding)
        if (id(ln), col) in fixed:
            values = {**ln.values, col: replace(ln.values[col], value=fixed[(id(ln), col)])}
            if _size_of(values[dc], values[a], values[b]):
                return True
    return False


def _computable(printed, dc: int, a: int, b: int) -> list:
    return [ln for ln in printed.lines if {dc, a, b} <= set(ln.values)]


def _size(ln, dc: int, a: int, b: int) -> bool:
    """Does the printed difference's size meet |first − second| at printed precision?"""
    return _size_of(ln.values[dc], ln.values[a], ln.values[b])


def _size_of(stated, first, second) -> bool:
    bigger, smaller = (first, second) if first.value >= second.value else (second, first)
    return meets_sum(bigger, [replace(stated, value=abs(stated.value)), smaller])


def _way(ln, dc: int, a: int, b: int) -> int:
    """+1: printed as first − second; −1: as second − first; 0: no sign to read (zero, or a size off)."""
    stated, first, second = ln.values[dc].value, ln.values[a].value, ln.values[b].value
    if not _size(ln, dc, a, b) or abs(first - second) <= half(ln.values[a]) + half(ln.values[b]) or stated == 0:
        return 0
    return 1 if (stated > 0) == (first > second) else -1


def _majority(ways: list[int]) -> int:
    """The way most rows print it; none on a tie."""
    score = sum(ways)
    return 0 if score == 0 else (1 if score > 0 else -1)


def _sections(printed) -> dict[int, str | None]:
    """Printed row -> the section it is under (`pendapatan`, `belanja`, ...), from the section headings of
    the page, figures or not (a heading row without figures is no line of the table)."""
    out: dict[int, str | None] = {}
    section = None
    table = printed.table
    for i, row in enumerate(table.rows):
        texts = [c.text.strip() for c in row if c.text.strip() and not re.fullmatch(r"[\d.,()\s\-–%]+", c.text)]
        label = " ".join(_words(" ".join(texts)))
        m = _SECTION.match(label)
        if m and len(label.split()) <= 5:
            section = "surplus" if m.group(1) == "defisit" else m.group(1)
        out[i] = section
    return out


def _words(text: str) -> list[str]:
    return re.sub(r"[^a-z]+", " ", text.lower()).split()
