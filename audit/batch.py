"""Audit many reports at once: a whole kabupaten, a province, a national review.

`find_reports` turns folders and glob patterns into report paths; `run_batch`
audits them in worker processes and yields one `Row` per report as each
finishes. A report that cannot be read is a row with verdict `input_error`, never
the end of the batch. Each worker reads the rule packs and table models once
(they are loaded before the workers start, and inherited).

This module is core: no Rich, no click, no formatters. Per-report outputs are
written by a `writer` the caller passes (`audit.render.batch.write_report`).
"""
from __future__ import annotations

import glob
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from audit.model import AuditResult

REPORT_SUFFIXES = (".xlsx", ".xlsm", ".md", ".docx", ".pdf")
VERDICTS = ("pass", "fail", "input_error")
CHUNK = 50  # most reports a worker checks together
FEW = 5  # fewest (unless that would leave a worker idle): a report checked alone costs twice


@dataclass(frozen=True)
class Row:
    """One report's line in the batch summary (plain data, cheap to send between processes)."""

    source: str
    verdict: str  # pass | fail | input_error
    agency: str | None = None
    region: str | None = None
    year: int | None = None
    errors: int = 0
    warnings: int = 0
    info: int = 0
    top_rule: str | None = None  # the rule with most findings at the highest severity found
    problem: str | None = None  # the input error, one line in the batch's language
    outputs: tuple[str, ...] = ()  # per-report files written
    fail_on: str = "error"

    @property
    def findings(self) -> int:
        return self.errors + self.warnings + self.info

    def to_record(self) -> dict:
        return {"source": self.source, "agency": self.agency, "region": self.region, "year": self.year,
                "errors": self.errors, "warnings": self.warnings, "info": self.info, "top_rule": self.top_rule,
                "verdict": self.verdict, "problem": self.problem, "outputs": list(self.outputs)}


@dataclass
class BatchResult:
    """Every row, in the order the reports were given; what the summary formats render."""

    rows: list[Row]
    lang: str = "id"
    fail_on: str = "error"
    source: list[str] = field(default_factory=list)  # the arguments given

    def counts(self) -> dict[str, int]:
        out = {v: 0 for v in VERDICTS}
        for r in self.rows:
            out[r.verdict] += 1
        return out

    def failed(self) -> bool:
        """Any report that fails (at its own --fail-on) or that could not be read."""
        return any(r.verdict != "pass" for r in self.rows)

    def to_records(self) -> dict:
        totals = {k: sum(getattr(r, k) for r in self.rows) for k in ("errors", "warnings", "info")}
        return {"batch": {"sources": list(self.source), "reports": len(self.rows), "fail_on": self.fail_on},
                "summary": {**self.counts(), **totals},
                "reports": [r.to_record() for r in self.rows]}


def find_reports(arguments: Iterable[str], skip: Path | None = None) -> list[str]:
    """Report paths, in order, without duplicates.

    A folder holding `report.yaml` is one report; any other folder stands for the
    reports inside it, at any depth: each subfolder with `report.yaml`, each
    workbook and document. A pattern (`kab-lumajang/*.xlsx`) is expanded; a path
    that does not exist is kept, so that its row says so.
    """
    out: dict[str, None] = {}
    for arg in arguments:
        matches = [arg] if Path(arg).exists() or not glob.has_magic(arg) else sorted(glob.glob(arg, recursive=True))
        for m in matches:
            for found in _expand(Path(m), skip):
                out.setdefault(str(found), None)
    return list(out)


def _expand(path: Path, skip: Path | None) -> Iterator[Path]:
    if not path.is_dir() or _is_report_dir(path):
        yield path
        return
    for folder, dirs, files in os.walk(path):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _same(here / d, skip))
        if _is_report_dir(here) and here != path:
            dirs[:] = []  # a CSV report's files are its tables, not reports
            yield here
            continue
        for name in sorted(files):
            if name.lower().endswith(REPORT_SUFFIXES) and not name.startswith((".", "~$")):
                yield here / name


def _is_report_dir(path: Path) -> bool:
    return (path / "report.yaml").is_file() or (path / "report.yml").is_file()


def _same(a: Path, b: Path | None) -> bool:
    try:
        return b is not None and a.resolve() == b.resolve()
    except OSError:
        return False


@dataclass(frozen=True)
class Job:
    """What a worker needs to audit one report (picklable)."""

    index: int
    path: str
    flags: tuple[tuple[str, object], ...]  # command-line settings, over each report's audit.toml
    output_dir: str | None = None
    report_formats: tuple[str, ...] = ()
    name: str | None = None  # file name stem of the per-report outputs
    force: bool = False
    lang: str = "id"  # language of the batch (for input errors)


def audit_chunk(jobs: list[Job], writer: Callable | None = None) -> list[tuple[int, Row]]:
    """Audit a few reports in one worker: reports with the same configuration are checked together
    (`audit.api.check_reports`: each table model and rule runs once over their stacked tables)."""
    from audit.api import check_report, check_reports, read
    from audit.config import resolve
    from audit.errors import one_line

    rows: dict[int, Row] = {}
    groups: dict = {}
    for job in jobs:
        try:
            config = resolve(job.path, **dict(job.flags))
            # fix suggestions appear only in the per-report outputs, so they are ranked only for those
            config = replace(config, suggest=config.suggest and bool(job.report_formats and job.output_dir))
            report = read(job.path, config)
            groups.setdefault(config, []).append((job, report))
        except Exception as exc:  # one broken report is a row, the batch goes on
            rows[job.index] = Row(job.path, "input_error", problem=one_line(exc, job.lang))
    for config, items in groups.items():
        results: Sequence[AuditResult | None]
        try:
            results = check_reports([report for _, report in items], config)
        except Exception:  # find the report at fault: each alone
            results = [None] * len(items)
        for (job, report), result in zip(items, results):
            try:
                if result is None:
                    result = check_report(report, config)
                outputs = ()
                if writer is not None and job.output_dir and job.report_formats:
                    outputs = tuple(writer(result, job, config))
                rows[job.index] = summarize(job.path, result, config.fail_on, outputs, config.min_coverage)
            except Exception as exc:
                rows[job.index] = Row(job.path, "input_error", problem=one_line(exc, config.lang))
    return sorted(rows.items())


def summarize(source: str, result, fail_on: str, outputs=(), min_coverage: float | None = None) -> Row:
    """A report's summary row: it fails on findings at or above `fail_on`, or on reading too little
    of the report (`min_coverage`)."""
    counts = result.counts()
    meta = result.meta
    failed = result.failed(fail_on) or result.below(min_coverage)
    return Row(source, "fail" if failed else "pass", meta.agency if meta else None,
               meta.region if meta else None, meta.year if meta else None, counts["error"], counts["warning"],
               counts["info"], top_rule(result.findings), outputs=tuple(outputs), fail_on=fail_on)


def top_rule(findings) -> str | None:
    """The rule with most findings at the highest severity present (ties: the lowest id)."""
    live = [f for f in findings if not f.waived]
    if not live:
        return None
    worst = max(f.severity.rank for f in live)
    counts = Counter(f.rule_id for f in live if f.severity.rank == worst)
    return min(counts, key=lambda rule: (-counts[rule], rule))


def output_names(paths: list[str]) -> list[str]:
    """A distinct, readable file stem per report: its folder or file name; a report whose name another
    report shares takes as many folders above it as tell it apart (`kab-a/kec`, `kab-b/kec`: `kab-a-kec`,
    `kab-b-kec`), a workbook and a document of one name in one folder their suffix (`laporan.md`); numbered
    only if that is not enough."""
    parts = [_name_parts(p) for p in paths]
    twins = Counter(tuple(names) for names in parts)
    for i, names in enumerate(parts):
        if twins[tuple(names)] > 1:  # one folder, one name: the suffix tells them apart
            parts[i] = names[:-1] + [Path(paths[i]).name]
    by_name: dict[str, list[int]] = {}
    for i, names in enumerate(parts):
        by_name.setdefault(names[-1], []).append(i)
    out = [names[-1] for names in parts]
    for group in (g for g in by_name.values() if len(g) > 1):
        for i in group:
            depth = next((d for d in range(2, len(parts[i]) + 1)
                          if all(parts[i][-d:] != parts[j][-d:] for j in group if j != i)), len(parts[i]))
            out[i] = "-".join(parts[i][-depth:])
    seen: Counter = Counter()
    total = Counter(out)
    for i, stem in enumerate(out):
        if total[stem] > 1:
            seen[stem] += 1
            out[i] = f"{stem}-{seen[stem]}"
    return out


def _name_parts(path: str) -> list[str]:
    """The folders above a report (outermost first) and its own name (a file's without its suffix)."""
    p = Path(os.path.abspath(path))
    own = p.stem if p.suffix.lower() in REPORT_SUFFIXES else p.name
    return [part for part in p.parent.parts if part not in (os.sep, "")] + [own]


def warm(rule_dirs: tuple[str, ...] = ()) -> None:
    """Load the libraries, table models and rule packs once, before the workers are forked."""
    from audit.api import _rules
    from audit.validate import validate_report  # noqa: F401  (pandera and its backends)

    _rules(tuple(rule_dirs))


def chunked(work: list, jobs: int) -> list[list]:
    """The tasks of a batch, largest first: each a quarter of what is left per worker, from `FEW` (fewer
    only when a worker would have none) up to `CHUNK` reports. Large chunks check more reports together
    (each table model and rule run once over their stack: 50 real-size reports cost a tenth less than
    25); the smaller last ones keep the workers finishing together and the progress live."""
    out, i = [], 0
    while i < len(work):
        left = len(work) - i
        size = max(min(FEW, -(-left // jobs)), min(CHUNK, -(-left // (jobs * 4))))
        out.append(work[i:i + size])
        i += size
    return out


def run_batch(paths: list[str], flags: dict, jobs: int | None = None, output_dir: str | None = None,
              report_formats: tuple[str, ...] = (), force: bool = False, lang: str = "id",
              writer: Callable | None = None) -> Iterator[Row]:
    """Audit `paths` with `jobs` worker processes (default: one per core); yield rows as they finish.

    Rows come in completion order; `BatchResult` puts them back in input order.
    """
    names = output_names(paths)
    frozen = tuple(sorted((k, v) for k, v in flags.items() if v is not None and v != ()))
    work = [Job(i, p, frozen, output_dir, tuple(report_formats), names[i], force, lang) for i, p in enumerate(paths)]
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(work) or 1))
    chunks = chunked(work, jobs)
    warm(tuple(flags.get("rule_dirs") or ()))
    if jobs == 1:
        for chunk in chunks:
            for _, row in audit_chunk(chunk, writer):
                yield row
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from functools import partial

    # fork: the workers inherit the libraries and rules loaded by `warm` (spawn would load them again)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    import gc

    # what `warm` loaded lives as long as the workers: their garbage collector need not traverse it
    # again, and by not touching it leaves those pages shared with this process (the caller's objects
    # are collected as before once the workers are done)
    froze = context.get_start_method() == "fork" and gc.get_freeze_count() == 0  # a caller's freeze is its own
    if froze:
        gc.freeze()
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_leave_interrupt_to_parent)
    try:
        task = partial(audit_chunk, writer=writer)
        futures = [pool.submit(task, chunk) for chunk in chunks]
        for future in as_completed(futures):
            for _, row in future.result():
                yield row
    except BaseException:  # Ctrl-C, or the caller stopped reading: stop now, not after every queued report
        _stop(pool)
        raise
    else:
        pool.shutdown(wait=True)
    finally:
        if froze:
            gc.unfreeze()


def _leave_interrupt_to_parent() -> None:
    """Workers ignore Ctrl-C (the terminal sends it to the whole group): the parent stops them and writes
    the summary of what finished, instead of each worker printing its own traceback."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop(pool) -> None:
    """Cancel the queued reports and end the workers at once (a report being audited is not finished)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=2)


def collect(paths: list[str], rows: Iterable[Row]) -> list[Row]:
    """Rows back in the order of `paths`."""
    order = {p: n for n, p in enumerate(paths)}
    return sorted(rows, key=lambda r: order.get(r.source, len(order)))
