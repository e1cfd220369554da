"""Mutation benchmark for fix suggestions (not a test; run by hand, results in docs/accuracy.md).

Start from the consistent report `examples/jatiroto-2023-corrected/`, inject one
seeded error of a realistic kind into one cell, audit the mutant, and measure:

- detection: the audit reports at least one finding;
- located: the top suggestion names the mutated cell;
- restored: the top suggestion's value is the original value (at its printed precision).

Only cells that some rule can see are mutated: a cell no check reads cannot be
audited by any tool, and the share of such cells is reported as coverage.

    python benchmarks/mutations.py [--mutants 300] [--seed 7] [--jobs 2]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORRECTED = ROOT / "examples" / "jatiroto-2023-corrected"
NUMERIC = {"money", "count", "percent", "number"}
KINDS = ("digit_typo", "transposed_digits", "copied_from_row_above", "dropped_thousands",
         "old_target_percentage", "swapped_pair")


def load():
    from audit.api import _rules
    from audit.sources import read_report

    return read_report(CORRECTED), _rules(())


def with_cells(report, changes):
    """A copy of the report with (table, row, column) -> value changes, raw text rewritten alike."""
    from audit import catalog
    from audit.model import Report
    from audit.numbers import format_like, halfwidth, parse_number

    tables = dict(report.tables)
    for (name, i, col), value in changes.items():
        t = tables[name]
        values, raw, half, dec = t.values.copy(), t.raw.copy(), t.halfwidth.copy(), t.decimals.copy()
        raw.at[i, col] = format_like(raw.at[i, col], value, report.meta.number_format)
        spec = catalog.tables()[name].column(col)
        parsed = parse_number(raw.at[i, col], spec.kind)  # the mutant is read as it would be written
        values.at[i, col] = parsed.value
        half.at[i, col] = halfwidth(parsed, spec.exact, spec.kind)
        dec.at[i, col] = parsed.decimals
        tables[name] = replace(t, values=values, raw=raw, halfwidth=half, decimals=dec)
    return Report(report.meta, tables, report.source, [])


def covered_cells(report, rules):
    """Numeric, non-zero cells whose perturbation some rule notices (checked rule by rule, fast)."""
    from audit.repair.rank import rules_by_cell
    from audit.rules.engine import run_rules

    index = rules_by_cell(rules)
    cells, total = [], 0
    for name, t in report.tables.items():
        for col, kind in t.kinds.items():
            if kind not in NUMERIC:
                continue
            for i, v in t.values[col].items():
                if not isinstance(v, float) or v != v or v == 0:
                    continue
                total += 1
                affected = index.get((name, col), [])
                if affected and run_rules(affected, with_cells(report, {(name, i, col): v * 1.5 + 7}))[0]:
                    cells.append((name, i, col))
    return cells, total


def per_table(report, cells):
    """(table, cells audited, numeric non-zero cells) per table: which repeated figures the rules reach
    (quarterly shares, past years, desa shares) and which no rule can see."""
    audited = Counter(name for name, _, _ in cells)
    out = []
    for name, t in sorted(report.tables.items()):
        cols = [c for c, k in t.kinds.items() if k in NUMERIC]
        of = int(sum(((t.values[c].astype(float) != 0) & t.values[c].notna()).sum() for c in cols))
        if of:
            out.append((name, audited[name], of))
    return out


def stated_count_mutants(report):
    """(what, stated, mutated) for each number of units the report states (`jumlah_desa`, `counts`), one
    off either way and a digit added: these are metadata, not cells, so they are measured apart
    (detected only: there is no cell for a suggestion to name)."""
    meta = report.meta
    said = {"jumlah_desa": meta.village_count} if meta.village_count else {}
    said.update({f"counts.{k}": v for k, v in meta.counts.items()})
    return [(what, n, m) for what, n in said.items() for m in (n - 1, n + 1, n * 10 + n % 10) if m > 0]


def run_stated_count(report, what, value):
    """Does the audit notice the report stating `value` where it states another count?"""
    from audit.api import check_report
    from audit.model import Report

    if what == "jumlah_desa":
        meta = report.meta.model_copy(update={"jumlah_desa": value})
    else:
        meta = report.meta.model_copy(update={"counts": {**report.meta.counts, what.split(".", 1)[1]: value}})
    return bool(check_report(Report(meta, report.tables, report.source, [])).findings)


def _digits_of(report, cell):
    t = report.tables[cell[0]]
    return t.values.at[cell[1], cell[2]], int(t.decimals.at[cell[1], cell[2]] or 0)


def mutate(report, kind, cell, rnd):
    """{cell: value} for one mutation of `kind` at `cell`, or None when it does not apply there."""
    name, i, col = cell
    t = report.tables[name]
    value, decimals = _digits_of(report, cell)
    text = f"{value:.{decimals}f}"
    digits = [k for k, ch in enumerate(text) if ch.isdigit()]
    if kind == "digit_typo":
        k = rnd.choice(digits)
        new = text[:k] + rnd.choice([d for d in "0123456789" if d != text[k]]) + text[k + 1:]
        return {cell: float(new)} if float(new) != value else None
    if kind == "transposed_digits":
        pairs = [k for k in digits[:-1] if k + 1 in digits and text[k] != text[k + 1]]
        if not pairs:
            return None
        k = rnd.choice(pairs)
        return {cell: float(text[:k] + text[k + 1] + text[k] + text[k + 2:])}
    if kind == "copied_from_row_above":
        above = t.values[col].iloc[:i].dropna()
        above = above[above != value]
        return {cell: float(above.iloc[-1])} if len(above) else None
    if kind == "dropped_thousands":
        return {cell: float(value // 1000)} if t.kinds[col] == "money" and value >= 1_000_000 else None
    if kind == "old_target_percentage":
        if col not in ("capaian",) or "target" not in t.values or "realisasi" not in t.values:
            return None
        target, real = t.values.at[i, "target"], t.values.at[i, "realisasi"]
        if not (target == target and real == real and target > 0):
            return None
        old = target * rnd.choice([0.8, 0.9, 1.1, 1.25])  # the target before an amendment
        return {cell: round(real / old * 100, max(decimals, 2))}
    if kind == "swapped_pair":
        others = [c for c, k in t.kinds.items() if k == t.kinds[col] and c != col
                  and t.values.at[i, c] == t.values.at[i, c] and t.values.at[i, c] != value]
        if not others:
            return None
        other = rnd.choice(others)
        return {cell: float(t.values.at[i, other]), (name, i, other): float(value)}
    raise ValueError(kind)


def _same(a, b, decimals) -> bool:
    return isinstance(a, float) and isinstance(b, float) and round(a, decimals) == round(b, decimals)


def top_suggestion(result):
    """The suggestion the report leads with: most findings cleared, then the surest."""
    rank = {"high": 3, "medium": 2, "low": 1}
    best = None
    for f in result.findings:
        if f.suggestions:
            s = f.suggestions[0]
            key = (len(s.resolves), rank[s.confidence])
            if best is None or key > best[0]:
                best = (key, s)
    return best[1] if best else None


def run_one(job):
    kind, cell, seed = job
    report, rules = _STATE
    rnd = random.Random(seed)
    changes = mutate(report, kind, cell, rnd)
    if changes is None:
        return None
    from audit.api import check_report

    mutant = with_cells(report, changes)
    result = check_report(mutant)
    s = top_suggestion(result)
    original = {c: report.tables[c[0]].values.at[c[1], c[2]] for c in changes}
    decimals = {c: _digits_of(report, c)[1] for c in changes}
    located = s is not None and any((s.table, s.column) == (c[0], c[2])
                                    and s.cell == report.tables[c[0]].location(c[1], c[2]) for c in changes)
    restored = located and any(s.cell == report.tables[c[0]].location(c[1], c[2])
                               and _same(float(s.proposed), float(original[c]), decimals[c]) for c in changes
                               if not isinstance(s.proposed, str))
    return kind, bool(result.findings), located, restored, cell


_STATE = None


def _init():
    global _STATE
    _STATE = load()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mutants", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    started = time.time()
    report, rules = load()
    cells, total = covered_cells(report, rules)
    rnd = random.Random(args.seed)
    jobs = []
    while len(jobs) < args.mutants * 2:
        jobs.append((rnd.choice(KINDS), rnd.choice(cells), rnd.randrange(1 << 30)))
    results = []
    with ProcessPoolExecutor(args.jobs, initializer=_init) as pool:
        for out in pool.map(run_one, jobs, chunksize=4):
            if out is not None:
                results.append(out)
            if len(results) >= args.mutants:
                break
    results = results[: args.mutants]
    by_kind = defaultdict(Counter)
    for kind, detected, located, restored, _ in results:
        by_kind[kind].update(n=1, detected=detected, located=located, restored=restored)
    n = len(results)
    det = sum(r[1] for r in results)
    loc = sum(r[2] for r in results)
    res = sum(r[3] for r in results)
    print(f"cells audited: {len(cells)} of {total} numeric non-zero cells ({len(cells) / total:.1%})")
    print("  per table: " + ", ".join(f"{name} {n}/{of}" for name, n, of in per_table(report, cells)))
    print(f"mutants: {n} (seed {args.seed}), {time.time() - started:.0f} s")
    print(f"detected: {det / n:.1%}   top suggestion names the cell: {loc / n:.1%}   restores the value: {res / n:.1%}")
    print(f"{'kind':<24}{'n':>5}{'detected':>10}{'located':>10}{'restored':>10}")
    for kind in KINDS:
        c = by_kind[kind]
        if c["n"]:
            print(f"{kind:<24}{c['n']:>5}{c['detected'] / c['n']:>10.1%}{c['located'] / c['n']:>10.1%}"
                  f"{c['restored'] / c['n']:>10.1%}")
    stated = stated_count_mutants(report)
    if stated:
        hits = [run_stated_count(report, what, m) for what, _, m in stated]
        print(f"stated counts: {sum(hits)}/{len(hits)} mutants detected ("
              + ", ".join(f"{what} {n}->{m}: {'yes' if h else 'no'}" for (what, n, m), h in zip(stated, hits)) + ")")
    misses = [r for r in results if not r[2]]
    if misses:
        print("not located (first 15):")
        for kind, detected, _, _, cell in misses[:15]:
            print(f"  {kind:<24} {cell[0]}[{cell[1]}].{cell[2]} detected={detected}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
