"""Performance benchmarks (not a test; run by hand, results in docs/performance.md).

Measurements, medians of `--runs` runs (this machine is noisy):

1. start-up: `audit check` of the Jatiroto example, whole process, against
   `python -c "import pandera.pandas"` (the floor: a dependency we must load);
2. checks alone (schemas and rules) on `--reports` generated reports already in
   memory: `audit.api.check_reports` (stacked), and the per-report path; for the
   six-table sets (`--size small|large|mixed`) also the hand-written vectorised pandas
   checks of `benchmarks/reference.py`;
3. `audit batch` of the generated reports (`--size full` by default: every table kind
   of the example), end to end, `--jobs` workers, in three modes run interleaved: the
   summary only, `--output-dir` (each report's JSON, fix suggestions ranked: the
   default) and `--output-dir --no-suggest`: wall and CPU time, peak memory
   (resident memory of the process tree, sampled);
4. (six-table sets) the same checks as a Great Expectations suite (the `bench` extra);
5. (`--only messy`) fix suggestions on a messy draft: a large generated report
   (2,000 sub-kegiatan rows) with `--errors` seeded wrong amounts, in a fresh
   process: time and peak memory of `check_report` with and without suggestions;
6. (`--only documents`) `audit check` of the example printed as markdown, DOCX and
   PDF, and of the layout corpus's rendered agencies' drafts in the same three forms,
   whole process, and the ratios to the markdown (PDF needs fpdf2, the `test` extra).

Before any time is reported, every implementation's findings are compared with
the generator's manifest: (report, rule, table, CSV line, column), exactly; a batch's
per-report error counts likewise.

    python benchmarks/performance.py [--reports 1000] [--size full] [--runs 5] [--jobs 2] [--skip-ge]
    python benchmarks/performance.py --only batch --data /tmp/full --batch-modes output-dir
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EXAMPLE = ROOT / "examples" / "jatiroto-2023"
sys.path.insert(0, str(HERE))


def median_time(fn, runs: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), times


def run_quiet(cmd) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of a command; CPU time (user + system, the process and its children)
    moves less than wall time when other work shares the machine."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = 0  # reaped by wait4
    return wall, usage.ru_utime + usage.ru_stime


def audit_command() -> list[str]:
    """The console script pip installed for this interpreter, as the floor runs the interpreter itself
    (`shutil.which` may find a version manager's shim first: pyenv's adds a bash start of ~50 ms)."""
    script = Path(sysconfig.get_path("scripts")) / "audit"
    return [str(script)] if script.exists() else [sys.executable, "-m", "audit.cli"]


def startup(runs: int) -> dict:
    prefix = audit_command()
    commands = {
        "floor: python -c 'import pandera.pandas'": [sys.executable, "-c", "import pandera.pandas"],
        "plain pandas: python -c 'import pandas'": [sys.executable, "-c", "import pandas"],
        "audit --help": prefix + ["--help"],
        "audit check examples/jatiroto-2023": prefix + ["check", str(EXAMPLE)],
        "audit check examples/jatiroto-2023 --no-suggest": prefix + ["check", str(EXAMPLE), "--no-suggest"],
        "audit check examples/jatiroto-2023 -f json": prefix + ["check", str(EXAMPLE), "-f", "json"],
        "audit check examples/jatiroto-2023 -f json --no-suggest": prefix + ["check", str(EXAMPLE), "-f", "json",
                                                                              "--no-suggest"],
    }
    compile_package()
    for cmd in commands.values():  # warm the file cache
        run_quiet(cmd)
    times = {name: [] for name in commands}
    cpu = {name: [] for name in commands}
    for _ in range(runs):  # interleaved, so that noise hits every command alike
        for name, cmd in commands.items():
            wall, used = run_quiet(cmd)
            times[name].append(wall)
            cpu[name].append(used)
    out = {name: statistics.median(t) for name, t in times.items()}
    floor_name = "floor: python -c 'import pandera.pandas'"
    out["ratio to floor"] = {name: round(v / out[floor_name], 2) for name, v in out.items()
                             if name.startswith("audit check")}
    out["cpu seconds"] = {name: round(statistics.median(t), 3) for name, t in cpu.items()}
    out["cpu ratio to floor"] = {name: round(statistics.median(t) / statistics.median(cpu[floor_name]), 2)
                                 for name, t in cpu.items() if name.startswith("audit check")}
    return out


def documents(runs: int) -> dict:
    """`audit check` of documents as markdown, DOCX and PDF, whole process, interleaved; ratios to the markdown,
    run by run and of the medians. Two kinds of document: the example printed by tests/docgen.py (the layout the
    reader tests use; the issue's measurement) and the drafts of the layout corpus's agencies that
    benchmarks/layouts.py renders (tests/corpus/render.py: other agencies' headers, merged cells, codes). The PDF
    needs fpdf2 (the `test` extra): without it the PDF rows are left out."""
    import schemas  # noqa: F401  (first: tests/schemas/, a folder of JSON files, would pass for it)
    sys.path.append(str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT))
    import docgen

    from audit.sources import read_report

    work = Path(tempfile.mkdtemp())
    report = read_report(EXAMPLE)
    sets = {"example": {"md": docgen.write_markdown(report, work / "laporan.md"),
                        "docx": docgen.write_docx(report, work / "laporan.docx")}}
    with contextlib.suppress(ImportError):
        sets["example"]["pdf"] = docgen.write_pdf(report, work / "laporan.pdf")
    sets.update(_corpus_documents(work))
    compile_package()
    return {name: _forms(paths, runs) for name, paths in sets.items()}


def _corpus_documents(work: Path) -> dict[str, dict[str, Path]]:
    """The rendered agencies of the layout corpus (benchmarks/layouts.py's RENDERED): their draft as markdown,
    DOCX and PDF."""
    from benchmarks.layouts import CORPUS, RENDERED

    out = {}
    for slug in RENDERED:
        draft = CORPUS / slug / "draft.md"
        try:
            from tests.corpus.render import render

            out[slug] = {"md": draft, **render(draft, work)}
        except ImportError:  # no fpdf2 / python-docx: the markdown alone says nothing against itself
            continue
    return out


def _forms(paths: dict[str, Path], runs: int) -> dict:
    """Each form's `audit check`, interleaved, and its ratios to the markdown's."""
    commands = {form: [*audit_command(), "check", str(path)] for form, path in paths.items()}
    for cmd in commands.values():
        run_quiet(cmd)
    wall: dict[str, list[float]] = {form: [] for form in commands}
    cpu: dict[str, list[float]] = {form: [] for form in commands}
    for _ in range(runs):
        for form, cmd in commands.items():
            w, c = run_quiet(cmd)
            wall[form].append(w)
            cpu[form].append(c)
    out: dict = {"wall_s": {f: round(statistics.median(t), 3) for f, t in wall.items()},
                 "cpu_s": {f: round(statistics.median(t), 3) for f, t in cpu.items()}}
    for form in commands:
        if form == "md":
            continue
        out[f"{form}/md"] = {
            "wall_ratio_of_medians": round(out["wall_s"][form] / out["wall_s"]["md"], 2),
            "cpu_ratio_of_medians": round(out["cpu_s"][form] / out["cpu_s"]["md"], 2),
            "median_wall_ratio_per_run": round(statistics.median(a / b for a, b in zip(wall[form], wall["md"])), 2),
            "median_cpu_ratio_per_run": round(statistics.median(a / b for a, b in zip(cpu[form], cpu["md"])), 2)}
    return out


def compile_package() -> None:
    """Bytecode as an installed package has it: pip compiles what it installs (the floor's pandera too), but an
    editable install under PYTHONDONTWRITEBYTECODE (set on this machine) would compile the audit package afresh
    in every process."""
    import compileall

    for package in ("audit", "schemas"):
        compileall.compile_dir(str(ROOT / package), quiet=1)


def identities(results) -> set[tuple]:
    return {(i, f.rule_id, f.table, f.position, f.column) for i, r in enumerate(results) for f in r.findings}


def checks(folder: Path, manifest: dict, runs: int, skip_ge: bool) -> dict:
    from reference import frames, great_expectations, reference

    from audit.api import check_report, check_reports
    from audit.config import Config
    from audit.sources import read_report

    names = sorted(manifest["reports"])
    expected = {(i, e["rule"], e["table"], e["line"], e["column"])
                for i, n in enumerate(names) for e in manifest["reports"][n]["expected"]}
    reports = [read_report(folder / n) for n in names]
    config = Config(suggest=False)
    stacked = check_reports(reports, config)
    assert identities(stacked) == expected, "audit (stacked) disagrees with the manifest"
    out = {"reports": len(reports), "size": manifest["size"], "expected_findings": len(expected)}
    out["audit_stacked_s"], out["audit_stacked_runs"] = median_time(lambda: check_reports(reports, config), runs)
    sample = reports[:200]
    one = [check_report(r, config) for r in sample]
    assert identities(one) == {e for e in expected if e[0] < len(sample)}, "audit (per report) disagrees"
    per, _ = median_time(lambda: [check_report(r, config) for r in sample], 1)
    out["audit_per_report_s_extrapolated"] = per * len(reports) / len(sample)
    if manifest["size"] == "full":  # the reference and the GE suite implement the six-table rules only
        return out
    table_frames = frames(reports)
    assert reference(table_frames) == expected, "the reference disagrees with the manifest"
    out["frames_build_s"], _ = median_time(lambda: frames(reports), 1)
    out["reference_s"], out["reference_runs"] = median_time(lambda: reference(table_frames), runs)
    if not skip_ge:
        with contextlib.redirect_stderr(io.StringIO()):
            assert great_expectations(table_frames) == expected, "Great Expectations disagrees with the manifest"
            out["ge_s"], out["ge_runs"] = median_time(lambda: great_expectations(table_frames), runs)
    return out


def tree_rss_kb(pid: int) -> tuple[int, int]:
    """(sum, max) of VmRSS over `pid` and its descendants, in kB."""
    todo, seen, total, biggest = [pid], set(), 0, 0
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            status = Path(f"/proc/{p}/status").read_text()
            rss = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
            total, biggest = total + rss, max(biggest, rss)
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total, biggest


BATCH_MODES = {
    "summary": [],  # the summary only: no fix suggestions are ranked (nothing shows them)
    "output-dir": ["--output-dir", "{outputs}"],  # each report's JSON, with fix suggestions (the default)
    "output-dir --no-suggest": ["--output-dir", "{outputs}", "--no-suggest"],
}


def batch(folder: Path, manifest: dict, runs: int, jobs: int, modes=tuple(BATCH_MODES)) -> dict:
    """`audit batch` of the generated reports, end to end, in each of `modes`, interleaved: wall time, CPU time
    (the process tree's user and system), and peak resident memory (sampled every 50 ms: the sum over the
    process tree, which counts pages the forked workers share with the parent more than once, and the
    largest single process)."""
    work = Path(tempfile.mkdtemp())
    out_file = work / "summary.json"
    want = {n: len(r["expected"]) for n, r in manifest["reports"].items()}
    results = {mode: {"wall": [], "cpu": [], "tree": [], "biggest": []} for mode in modes}
    for _ in range(runs):
        for mode in modes:
            outputs = work / "outputs"
            extra = [a.format(outputs=outputs) for a in BATCH_MODES[mode]]
            cmd = [*audit_command(), "batch", str(folder), "--jobs", str(jobs), "-f", f"json:{out_file}",
                   "--force", "--no-progress", *extra]
            t = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            peak = [0, 0]

            def sample(proc: subprocess.Popen, peak: list[int]) -> None:
                while proc.poll() is None:
                    total, big = tree_rss_kb(proc.pid)
                    peak[0], peak[1] = max(peak[0], total), max(peak[1], big)
                    time.sleep(0.05)

            thread = threading.Thread(target=sample, args=(proc, peak))
            thread.start()
            _, _, usage = os.wait4(proc.pid, 0)
            proc.returncode = 0  # reaped by wait4
            thread.join()
            r = results[mode]
            r["wall"].append(time.perf_counter() - t)
            r["cpu"].append(usage.ru_utime + usage.ru_stime)
            r["tree"].append(peak[0] / 1024)
            r["biggest"].append(peak[1] / 1024)
            summary = json.loads(out_file.read_text(encoding="utf-8"))
            got = {Path(r["source"]).name: r["errors"] for r in summary["reports"]}
            assert got == want, f"audit batch ({mode}) disagrees with the manifest"
            if extra:
                written = list(outputs.rglob("*.json"))
                assert len(written) >= len(want), f"audit batch ({mode}) wrote {len(written)} report outputs"
                shutil.rmtree(outputs)
    out = {"reports": len(want), "size": manifest["size"], "jobs": jobs}
    for mode, r in results.items():
        out[mode] = {"wall_s": statistics.median(r["wall"]), "wall_runs": r["wall"],
                     "cpu_s": statistics.median(r["cpu"]), "peak_tree_rss_mb": max(r["tree"]),
                     "peak_process_rss_mb": max(r["biggest"])}
    return out


MESSY = """
import gc, json, random, resource, sys, time
gc.set_threshold(200_000, 30, 30)  # as the `audit` command sets it (audit.cli.run)
sys.path.insert(0, {here!r})
from mutations import with_cells
from audit.api import check_report
from audit.config import Config
from audit.sources import read_report

report = read_report({path!r})
rnd, table = random.Random({seed}), report.tables["realisasi_kegiatan"]
cells = {{}}
for i in rnd.sample(range(len(table)), {errors}):
    column = rnd.choice(["anggaran", "realisasi"])
    value = table.values.at[i, column]
    if value == value and value:
        cells[("realisasi_kegiatan", i, column)] = value * 1.1 + 1000
messy = with_cells(report, cells)
t = time.perf_counter(); plain = check_report(messy, Config(suggest=False)); checks = time.perf_counter() - t
t = time.perf_counter(); ranked = check_report(messy, Config()); suggest = time.perf_counter() - t
print(json.dumps({{"rows": len(table), "changed_cells": len(cells), "findings": len(plain.findings),
                  "with_suggestions": sum(bool(f.suggestions) for f in ranked.findings),
                  "checks_s": checks, "with_suggestions_s": suggest,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def messy(errors: int, seed: int) -> dict:
    """Fix suggestions on a large report with many wrong cells (each candidate is re-checked)."""
    from generate import generate

    folder = Path(tempfile.mkdtemp()) / "large"
    generate(folder, 1, "large", seed)
    report = next(p for p in sorted(folder.iterdir()) if p.is_dir())
    code = MESSY.format(here=str(HERE), path=str(report), seed=seed, errors=errors)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--size", choices=("full", "small", "large", "mixed"), default="full",
                    help="reports to generate when --data has none (generate.py): full (default) or six-table sets")
    ap.add_argument("--data", type=Path, default=None, help="folder of generated reports (default: a temporary one)")
    ap.add_argument("--skip-ge", action="store_true")
    ap.add_argument("--only", choices=("startup", "documents", "checks", "batch", "messy"), default=None)
    ap.add_argument("--batch-modes", default=",".join(BATCH_MODES),
                    help=f"comma list of {', '.join(BATCH_MODES)} (default: all, interleaved)")
    ap.add_argument("--errors", type=int, default=200, help="wrong cells in the messy draft (--only messy)")
    a = ap.parse_args()
    from generate import generate

    if a.only == "messy":
        print(json.dumps({"messy": [messy(n, a.seed) for n in sorted({20, a.errors})]}, indent=1))
        return
    results: dict = {"cores": os.cpu_count(), "load_before": os.getloadavg()}
    if a.only in (None, "startup"):
        results["startup"] = startup(a.runs)
    if a.only in (None, "documents"):
        results["documents"] = documents(a.runs)
    if a.only in (None, "checks", "batch"):
        folder = a.data or Path(tempfile.mkdtemp()) / "reports"
        manifest_file = folder / "manifest.json"
        if manifest_file.exists():
            manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
        else:
            manifest = generate(folder, a.reports, a.size, a.seed)
        if a.only in (None, "checks"):
            results["checks"] = checks(folder, manifest, a.runs, a.skip_ge)
        if a.only in (None, "batch"):
            modes = tuple(m.strip() for m in a.batch_modes.split(",") if m.strip())
            results["batch"] = batch(folder, manifest, a.runs, a.jobs, modes)
    results["load_after"] = os.getloadavg()
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
