"""Linear time in the input size, shown by doubling it five times (issue 19: docs/robustness.md).

Each case builds its input in memory at six sizes (n, 2n, ... 32n), times the step it is about
(the best of --runs runs) and prints the time and the ratio to the size before: a linear step
stays near 2, a quadratic one goes to 4.

- `tables`: the markdown reader on n tiny tables, each followed by a line of prose (the shape that
  made the table list quadratic);
- `random`: the markdown reader on n kilobytes of random bytes;
- `claims`: the claim finder, bounded by `max_claims`, on a document of n amount-bearing paragraphs;
- `workbook`: the corrected workbook (`fix --apply -o out.xlsx` from a folder) of a table of n rows;
- `apply`: the agency's workbook corrected in place (`fix --apply -o out.xlsx` from a workbook: checked by
  `workbook_fits`, loaded, one cell in a hundred changed, saved) for a table of n rows.

    python benchmarks/linear.py [--case tables] [--runs 3] [--scale 1]
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path


def tables(n: int):
    from audit.document.markdown import parse_markdown

    text = "".join(f"|{i}|\nx\n" for i in range(n))
    return lambda: parse_markdown(text)


def random_bytes(n: int):
    from audit.document.markdown import parse_markdown

    rnd = random.Random(n)
    text = rnd.randbytes(n * 1024).replace(b"\0", b"x").decode("utf-8", errors="replace")
    return lambda: parse_markdown(text)


def claims(n: int):
    from audit.document.markdown import parse_markdown
    from audit.document.report import bounded_claims
    from audit.ingest.limits import Limits

    doc = parse_markdown("".join(f"Realisasi kegiatan {i} sebesar Rp {100 + i % 800}.000.000 dari pagu "
                                 f"Rp 2.000.000.000.\n\n" for i in range(n)))
    return lambda: bounded_claims(doc, Limits(max_claims=10 ** 9))  # unbounded here: the cost per paragraph


def workbook(n: int):
    from audit.canonical import _write_workbook

    rows = [[(str(i), None), (f"Program {i}", None), ("1.000.000", None), ("900.000", None)] for i in range(n)]
    folder = Path(tempfile.mkdtemp())
    counter = iter(range(10 ** 6))
    return lambda: _write_workbook(folder / f"o{next(counter)}.xlsx", {"agency": "A", "year": 2023},
                                   [("realisasi_program", ["no", "program", "pagu", "realisasi"], rows)], "{reason}",
                                   False)


def apply(n: int):
    from openpyxl import Workbook

    from audit.model import Fix, Location
    from audit.repair.apply import apply_to_workbook

    folder = Path(tempfile.mkdtemp())
    wb = Workbook()
    wb.active.title = "report"
    sheet = wb.create_sheet("realisasi_program")
    sheet.append(["no", "program", "pagu", "realisasi"])
    for i in range(n):
        sheet.append([i + 1, f"Program {i}", 1_000_000, 900_000])
    source = folder / "in.xlsx"
    wb.save(source)
    fixes = [Fix("realisasi_program", str(r), "realisasi", Location(str(source), "realisasi_program", f"D{r}"),
                 900_000, 950_000, "high", "uji") for r in range(2, n + 2, 100)]
    counter = iter(range(10 ** 6))
    return lambda: apply_to_workbook(source, folder / f"o{next(counter)}.xlsx", fixes, "id", "{old} {new} {reason}")


CASES = {"tables": (tables, 1250, "tables"), "random": (random_bytes, 160, "KB"),
         "claims": (claims, 1000, "paragraphs"), "workbook": (workbook, 1000, "rows"), "apply": (apply, 1000, "rows")}


def measure(name: str, runs: int, scale: float) -> list[tuple[int, float]]:
    build, start, unit = CASES[name]
    out = []
    for k in range(6):
        n = int(start * scale) * 2 ** k
        step = build(n)
        best = min(_timed(step) for _ in range(runs))
        ratio = f"{best / out[-1][1]:.2f}" if out else "-"
        print(f"{name:9} {n:>9} {unit:10} {best:8.3f} s   x{ratio}", flush=True)
        out.append((n, best))
    return out


def _timed(step) -> float:
    t = time.perf_counter()
    step()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--case", choices=list(CASES), action="append")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args()
    for name in args.case or list(CASES):
        measure(name, args.runs, args.scale)


if __name__ == "__main__":
    main()
