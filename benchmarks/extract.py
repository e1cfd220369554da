"""How long reading the LKjIP document itself takes (issue #3 target: the seed in under 2 s).

Measures, as medians of --runs runs on this machine:
- in-process: `read_report` on the seed markdown (reader, classifier, facts, claims, table builder),
  after one warm-up read, so the Python imports are not counted;
- whole process: `audit extract SEED -o TMP` from a fresh interpreter, imports included.

Before timing, it checks the extraction is the one the tests expect (all 20 tables of
examples/jatiroto-2023 extracted), so a fast wrong answer is never reported.

    python benchmarks/extract.py [--seed PATH] [--runs 7]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def find_seed() -> Path:
    for parent in ROOT.parents:
        seed = parent / "shared" / "seeds" / "lkjip-jatiroto-2023.md"
        if seed.is_file():
            return seed
    sys.exit("seed not found: pass --seed PATH")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=Path)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    seed = args.seed or find_seed()

    from audit.sources import read_report

    report = read_report(seed)  # warm-up, and the correctness check
    wanted = {p.stem for p in (ROOT / "examples" / "jatiroto-2023").glob("*.csv")}
    missing = wanted - set(report.tables)
    if missing:
        sys.exit(f"extraction incomplete, not timing: missing {sorted(missing)}")

    inproc = []
    for _ in range(args.runs):
        t = time.perf_counter()
        read_report(seed)
        inproc.append(time.perf_counter() - t)

    whole = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "audit.cli", "extract", str(seed), "-o", f"{tmp}/out{i}"],
                           check=True, capture_output=True)
            whole.append(time.perf_counter() - t)

    print(f"seed: {seed.name}, {len(report.document.document.tables)} printed tables, "
          f"{len(report.tables)} canonical tables")
    print(f"read_report (in process)  median {statistics.median(inproc):.3f} s  "
          f"min {min(inproc):.3f}  max {max(inproc):.3f}  ({args.runs} runs)")
    print(f"audit extract (process)   median {statistics.median(whole):.3f} s  "
          f"min {min(whole):.3f}  max {max(whole):.3f}  ({args.runs} runs)")


if __name__ == "__main__":
    main()
