"""The `percent` check of the `generic` kind: a percent column against the ratio of the two figure
columns of its row that reproduce most rows (`% = Realisasi / Pagu × 100`, in either column order),
or else against each row's share of the grand total row (`Jumlah  %` by pendidikan). Headers say the pair where
rows cannot: operands printed beside a percentage (`Pembilang`, `Penyebut`), a table of one row (`Target`,
`Realisasi`, `Capaian`), an IKU card printed across (rows `Target`, `Realisasi`, `Capaian`). A percentage at its
table's cap (120 on a Kemenkeu card) or cut rather than rounded is a warning naming the convention.

A share column's headers may say what it is a share of: `PERSENTASE / L` beside `JUMLAH / L  P  L+P` is each
row's L over its own L+P (a composition, the data terpilah tables), and a `Persentase` column whose total row
prints 100 and whose rows add up to it is each row's share of that total, however many rows are printed wrong.
Such a column is checked on the strength of its headers, where a column of no such header needs most rows to
agree before its formula is taken. In a table a kind read, only the percent columns the kind leaves unread
(`only`) are checked here."""
from __future__ import annotations

import re
from dataclasses import replace

from audit.model import Message, Number
from audit.rules.kinds import generic_difference
from audit.rules.kinds.generic_base import Gap, best_pair, half, ratio_meets


def pairs(printed, only: set[int] | None = None) -> list[tuple[int, int, int]]:
    """(percent column, numerator, denominator): for each percent column (of `only`, if given), the figure
    column its headers name over its group's whole (`named_pair`), else the pair of figure columns
    whose ratio reproduces most of its rows (at least two, and more than half of those that tell: `_telling`);
    on a tie, the later column over the earlier (`Pagu  Realisasi  %`); else, in a table of one row, the pair
    its headers say (`_worded_pair`)."""
    out = []
    others = [c for c in printed.numeric if c not in printed.percent]
    growths = {g for g, _, _ in generic_difference.growths(printed)}  # a growth is the difference check's
    physical = {c for c in printed.percent if _words_of(printed, c) & _PHYSICAL}
    for pc in sorted(_checked(printed, only) - growths - physical):
        found = operand_pair(printed, pc) or named_pair(printed, pc) or best_pair(
                          ((num, den) for num in others for den in others if num != den),
                          lambda num, den, pc=pc: _telling(printed, pc, num, den),
                          lambda ln, num, den, pc=pc: ratio_meets(ln.values[pc], ln.values[num], ln.values[den])[0],
                          tie=lambda num, den, best_num, best_den: num > den and best_num < best_den) \
            or _worded_pair(printed, pc, others)
        if found is not None:
            out.append((pc, *found))
    return out


#: words of a percent column's header saying it is realisation over plan, and of the two columns it divides
_ACHIEVED = frozenset({"capaian", "persentase", "prosentase", "serapan", "%"})
_DONE = frozenset({"realisasi"})
_PLANNED = frozenset({"target", "pagu", "anggaran", "alokasi", "rencana"})
#: a physical realisation (`Realisasi / Fisik`): the work done, judged, never a ratio of the row's amounts (a row may
#: print its budget's absorption there, the next its physical progress)
_PHYSICAL = frozenset({"fisik"})


def _said(text: str) -> set[str]:
    """The words (and `%`) of a header or a row label, as the pairs a percentage divides are named by."""
    return set(re.findall(r"[a-z]+|%", text.lower()))


def _words_of(printed, col: int) -> set[str]:
    """A column's own (innermost) label, as words."""
    return _said(printed.headers[col].split(" / ")[-1]) if printed.headers[col] else set()


def _worded_pair(printed, pc: int, others: list[int]) -> tuple[int, int] | None:
    """A table of one row (an indicator's target, realisation and capaian, named in its caption) gives no rows
    to vote on: its headers say the pair, `Capaian` (or `%`) beside one `Realisasi` and one `Target` (or `Pagu`)
    column of its header group, and the capaian is realisasi over target by definition (the other polarity's
    formulas still excuse it, `percents`). Tables of more rows choose by their rows."""
    if len(printed.lines) != 1 or not _words_of(printed, pc) & _ACHIEVED:
        return None
    near = [c for c in others if printed.groups[c] == printed.groups[pc]]
    done = [c for c in near if _words_of(printed, c) & _DONE]  # `Realisasi Anggaran` is the realisation
    planned = [c for c in near if _words_of(printed, c) & _PLANNED and not _words_of(printed, c) & _DONE]
    if len(done) != 1 or len(planned) != 1 or not _computable(printed, pc, done[0], planned[0]):
        return None
    return done[0], planned[0]


def _checked(printed, only: set[int] | None) -> set[int]:
    return set(printed.percent) if only is None else printed.percent & only


def _inner(printed, col: int) -> str:
    """A column's own label (its last), compared without case, spaces or punctuation (`L+P` is `lp`)."""
    return re.sub(r"[^0-9a-z%]+", "", printed.headers[col].split(" / ")[-1].lower()) if printed.headers[col] else ""


_OPERANDS = ({"pembilang", "numerator"}, {"penyebut", "denominator"})


def operand_pair(printed, pc: int) -> tuple[int, int] | None:
    """The operands a percentage is printed beside under its group label (`Realisasi s.d TW I` over `Pembilang`,
    `Penyebut`, `Realisasi`: the Badan POM's and many an IKU's layout): the percentage is their quotient."""
    if not printed.groups[pc]:
        return None
    found = []
    for words in _OPERANDS:
        cols = [c for c in printed.numeric if c != pc and printed.groups[c] == printed.groups[pc]
                and _words_of(printed, c) & words]
        if len(cols) != 1:
            return None
        found.append(cols[0])
    return found[0], found[1]


def operand_percents(printed) -> set[int]:
    """The percent columns printed beside their operands (`operand_pair`): checked on a read table too, where the
    kind reads the percentage and leaves its operands unread."""
    return {pc for pc in printed.percent if operand_pair(printed, pc) is not None}


def named_pair(printed, pc: int) -> tuple[int, int] | None:
    """The figure column a share column's headers name, over the whole of that column's group: `PERSENTASE / L`
    with `JUMLAH / L` (the one figure column of another group with the same label) over `JUMLAH / L+P` (the
    group's column that is the sum of the others). Taken when it holds on at least one row and at least half
    of those it can be computed on: the headers say what the share is, so rows printed wrong do not hide it."""
    sub = _inner(printed, pc)
    if not sub or not printed.groups[pc]:
        return None
    figures = [c for c in printed.numeric if c not in printed.percent and printed.groups[c]
               and printed.groups[c] != printed.groups[pc]]
    named = [c for c in figures if _inner(printed, c) == sub]
    if len(named) != 1:
        return None
    num = named[0]
    den = _whole(printed, [c for c in figures if printed.groups[c] == printed.groups[num]])
    if den is None:
        return None
    rows = _computable(printed, pc, num, den)
    hits = sum(ratio_meets(ln.values[pc], ln.values[num], ln.values[den])[0] for ln in rows)
    return (num, den) if hits >= 1 and hits * 2 >= len(rows) else None


def _whole(printed, group: list[int]) -> int | None:
    """Of the figure columns of one header group (three or more), the one that is the sum of the others on most
    rows that print them all (`L+P` of `L  P  L+P`; a `Jumlah` column the table's totals name)."""
    if len(group) < 3:
        return None
    for total, parts in printed.totals:
        if total in group and set(parts) <= set(group):
            return total
    best = None
    for whole in group:
        rest = [c for c in group if c != whole]
        rows = [ln for ln in printed.lines if set(group) <= set(ln.values) and any(ln.values[c].value for c in rest)]
        hits = sum(abs(ln.values[whole].value - sum(ln.values[c].value for c in rest)) < 1e-9 for ln in rows)
        if hits >= 2 and hits * 2 > len(rows) and (best is None or hits > best[0]):
            best = (hits, whole)
    return best[1] if best is not None else None


def _telling(printed, pc: int, num: int, den: int) -> list:
    """The rows that tell whether a pair is a percentage's: those whose two figures differ. Where a row prints the
    same count twice (503 of 503 satker, 100%), every pair of its equal columns gives 100 and says nothing."""
    return [ln for ln in _computable(printed, pc, num, den) if ln.values[num].value != ln.values[den].value]


def _computable(printed, pc: int, num: int, den: int) -> list:
    return [ln for ln in printed.lines if {pc, num, den} <= set(ln.values) and ln.values[den].value > 0]


def percents(printed, corrected: list[Gap], only: set[int] | None = None) -> list[Gap]:
    """Each percent column (of `only`, if given) against its pair; a row whose amount a sum check already
    corrects (`corrected`: the gaps of the `sums` check, which names the parts it can with our pairs) and the
    correction restores the percentage is that amount's mistake, not the percentage's."""
    out = []
    fixed = {(id(g.line), g.col): g.expected for g in corrected}
    for pc, num, den in pairs(printed, only):
        rows = _computable(printed, pc, num, den)
        cap = _cap([ln.values[pc] for ln in rows])
        for ln in rows:
            stated, a, b = ln.values[pc], ln.values[num], ln.values[den]
            ok, computed = ratio_meets(stated, a, b)
            if ok or _other_convention(stated, a, b) or _restored(ln, (pc, num, den), fixed):
                continue
            out.append(Gap(ln, pc, computed, [(ln, num), (ln, den)], "percent", *_excused(stated, computed, cap)))
    if only is None:  # a read table's rows are its kind's
        for ln, done, planned in row_pairs(printed):
            cols = sorted(c for c in ln.values if c in done.values and c in planned.values
                          and planned.values[c].value > 0)
            cap = _cap([ln.values[c] for c in cols])
            for col in cols:
                stated, a, b = ln.values[col], done.values[col], planned.values[col]
                ok, computed = ratio_meets(stated, a, b)
                if not (ok or _other_convention(stated, a, b)):
                    out.append(Gap(ln, col, computed, [(done, col), (planned, col)], "percent",
                                   *_excused(stated, computed, cap)))
        for ln, total, whole in row_shares(printed):
            for col in sorted(c for c in ln.values if c in total.values):
                ok, computed = ratio_meets(ln.values[col], total.values[col], total.values[whole])
                if not ok:
                    out.append(Gap(ln, col, computed, [(total, col), (total, whole)], "share"))
    for pc, col, grand in shares(printed, only):
        for ln in _share_rows(printed, pc, col, grand):
            part = ln.values[col]
            if (id(ln), col) in fixed:  # a count its total row corrects: the share follows the correction
                part = replace(part, value=fixed[(id(ln), col)])
            ok, computed = ratio_meets(ln.values[pc], part, grand.values[col])
            if not ok:
                out.append(Gap(ln, pc, computed, [(ln, col), (grand, col)], "share"))
    return out


def _cap(stated: list) -> float | None:
    """The cap a set of capaian is printed under (Kemenkeu caps an IKU's capaian at 120, some regions at 100): their
    highest value, when it is 100, or a round step of 5 above it up to 200 printed twice or more (one 120 where 123
    is due may be a typo, as the capaian rules hold too); else None."""
    values = [s.value for s in stated if s.value is not None]
    top = max(values, default=None)
    if top is None or not 100 <= top <= 200 or abs(top / 5 - round(top / 5)) > 1e-9:
        return None
    return top if top == 100 or sum(v == top for v in values) >= 2 else None


def _excused(stated, computed: float, cap: float | None) -> tuple[bool, Message | None]:
    """(weak, hint) of a percentage off its recomputation: one a convention explains, printed at the cap where its
    value passes it or its value cut at the printed places rather than rounded (99,99 for 99,998), is a question for
    the agency, a warning saying which, not an error."""
    if cap is not None and abs(stated.value - cap) < 1e-9 and computed > cap:
        return True, Message("generic_hint_capped", dict(cap=Number(cap, 0, "%")))
    step = 10 ** -stated.decimals
    if 0 <= computed - stated.value < step - 1e-9 * max(1.0, abs(computed)):
        return True, Message("generic_hint_cut", dict(value=Number(computed, stated.decimals + 2),
                                                     rounded=Number(computed, stated.decimals)))
    return False, None


def row_pairs(printed) -> list[tuple]:
    """(capaian row, realisasi row, target row) of a table printed across: an indicator's card with a row each
    for `Target`, `Realisasi` and `Capaian` and a column per period (`Q1 ... Q4`, `Y-21`, the Kemenkeu IKU
    card), where each column's capaian is its realisasi over its target. One row of each, labelled by those
    words alone; a table of several indicators' rows is no card."""
    labelled = [(ln, _said(ln.called())) for ln in printed.lines if ln.values]

    def only(words: frozenset[str]) -> list:
        return [ln for ln, said in labelled if said & words and said <= words | {"%"}]

    achieved, done, planned = only(_ACHIEVED - {"%"}), only(_DONE), only(_PLANNED)
    if len(achieved) == 1 and len(done) == 1 and len(planned) == 1:
        return [(achieved[0], done[0], planned[0])]
    return []


def row_shares(printed) -> list[tuple]:
    """(share row, total row, total column): a row printing only percentages (two or more, each with its `%`)
    right under a total row of figures, in a table with a total column, is each column's share of that total
    row's whole (`TOTAL  1864  482  72  52  2470` over `%  75,47%  19,51%  2,91%  2,11%  100,00%`: the share of
    each column of the total, its whole 100), when at least one of its cells agrees. The shares of a row, where
    `shares` reads those of a column; such a row is no row of figures for the total column to add up."""
    out = []
    for total, ln in zip(printed.lines, printed.lines[1:]):
        if not total.total or not is_share_row(ln) or any(v.unit == "%" for v in total.values.values()):
            continue
        for whole, parts in printed.totals:
            if whole in ln.values and whole in total.values and total.values[whole].value > 0 \
                    and any(c in ln.values and c in total.values
                            and ratio_meets(ln.values[c], total.values[c], total.values[whole])[0] for c in parts):
                out.append((ln, total, whole))
                break
    return out


def is_share_row(ln) -> bool:
    """A body row whose figures are all printed with their `%` (two or more): percentages, not figures."""
    return not ln.total and len(ln.values) >= 2 and all(v.unit == "%" for v in ln.values.values())


def shares(printed, only: set[int] | None = None) -> list[tuple]:
    """(percent column, figure column, grand total row) for percent columns of shares of the total
    (`Jumlah  %` by pendidikan): each row's figure over the grand total row's reproduces most rows, or at
    least one row when the column is printed as shares of that total (`_adds_to_whole`)."""
    totals = [ln for ln in printed.lines if ln.total]
    if not totals:
        return []
    grand = max(reversed(totals), key=lambda ln: ln.rank)
    out = []
    for pc in sorted(_checked(printed, only) - {p for p, _, _ in pairs(printed, only)}):
        best = None
        for col in printed.numeric:
            if not printed.additive(col) or col not in grand.values or grand.values[col].value <= 0:
                continue
            rows = _share_rows(printed, pc, col, grand)
            hits = sum(ratio_meets(ln.values[pc], ln.values[col], grand.values[col])[0] for ln in rows)
            if best is None or hits > best[0]:
                best = (hits, col, len(rows))
        if best is not None and ((best[0] >= 2 and best[0] * 2 > best[2])
                                 or (best[0] >= 1 and _whole_100(grand, pc)
                                     and (best[0] * 2 >= best[2] or _adds_to_whole(printed, pc, grand)))):
            out.append((pc, best[1], grand))
    return out


def _whole_100(grand, pc: int) -> bool:
    """Does the total row print 100 in the percent column (the column says it is a composition)?"""
    whole = grand.values.get(pc)
    return whole is not None and abs(whole.value - 100) <= half(whole, percent=True)


def _adds_to_whole(printed, pc: int, grand) -> bool:
    """Is the column printed as shares of its total: the total row prints 100 and the rows under it (not
    its sub totals) add up to 100, at their printed precision (`3  19  5  73` and `100`)? Without it, a column
    whose total row prints 100 is shares when half its rows reproduce their share (of two rows, one wrong: the
    other says what the column is, and the wrong one no longer adds up to 100)."""
    parts = [ln.values[pc] for ln in printed.lines if not ln.total and pc in ln.values]
    if len(parts) < 2 or not _whole_100(grand, pc):
        return False
    lo = sum(p.value - half(p, percent=True) for p in parts)
    hi = sum(p.value + half(p, percent=True) for p in parts)
    return lo <= 100 <= hi


def _share_rows(printed, pc: int, col: int, grand) -> list:
    return [ln for ln in printed.lines if ln is not grand and {pc, col} <= set(ln.values)]


def _holds(ln, pair: tuple) -> bool:
    pc, num, den = pair
    return ln.values[den].value > 0 and ratio_meets(ln.values[pc], ln.values[num], ln.values[den])[0]


def _restored(ln, pair: tuple, fixed: dict) -> bool:
    """Does the row's percentage hold once one of its amounts takes the value a sum check gives it?"""
    pc, num, den = pair
    for col in (num, den):
        if (id(ln), col) in fixed:
            values = {**ln.values, col: replace(ln.values[col], value=fixed[(id(ln), col)])}
            if values[den].value > 0 and ratio_meets(values[pc], values[num], values[den])[0]:
                return True
    return False


def by_percent(printed, gaps: list[Gap]) -> list[Gap]:
    """A total or parent off by a part whose own row's percentage says which part: that part is named.

    When exactly one part, changed by the gap, makes its row's percentage (of two amounts, or its
    share of the total) hold where it does not now, the part is the mistake: the total and the
    percentage both point to the same value."""
    found, parts_of = pairs(printed), shares(printed)
    if not found and not parts_of:
        return gaps
    out = []
    for g in gaps:
        if g.what not in ("total", "parent"):
            out.append(g)
            continue
        hits = [(ln, col) for ln, col in g.parts for pair in found
                if col in pair[1:] and set(pair) <= set(ln.values) and not _holds(ln, pair)
                and _restored(ln, pair, {(id(ln), col): ln.values[col].value + g.gap})]
        hits += [(ln, col) for ln, col in g.parts for pc, share_col, grand in parts_of
                 if col == share_col and pc in ln.values and grand is g.line
                 and not ratio_meets(ln.values[pc], ln.values[col], grand.values[col])[0]
                 and ratio_meets(ln.values[pc], replace(ln.values[col], value=ln.values[col].value + g.gap),
                                 grand.values[col])[0]]
        hits = list({(id(ln), col): (ln, col) for ln, col in hits}.values())
        if len(hits) == 1:
            ln, col = hits[0]
            out.append(Gap(ln, col, ln.values[col].value + g.gap, [(g.line, g.col)], "part", g.weak))
        else:
            out.append(g)
    return out


def _other_convention(stated, a, b) -> bool:
    """A capaian of a lower-is-better indicator: target / realisasi, or (2 × target − realisasi) / target."""
    if a.value > 0 and ratio_meets(stated, b, a)[0]:
        return True
    twice = replace(b, value=2 * b.value - a.value)
    return ratio_meets(stated, twice, b)[0]
