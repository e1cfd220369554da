"""`audit batch`: every report of a region, in parallel workers, with one summary."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from audit.cli.common import audit_options, fail, outputs
from audit.render import FORMATS

BATCH_FORMATS = ("rich", "json", "csv", "markdown", "junit", "xlsx")  # audit.render.batch, imported when used


@click.command()
@click.argument("targets", nargs=-1, required=True, metavar="DIR_OR_GLOB...")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of cores).")
@click.option("--format", "-f", "formats", multiple=True, metavar="NAME[:FILE]",
              help=f"Summary format, repeatable: {', '.join(BATCH_FORMATS)}. NAME:FILE writes it to FILE.")
@click.option("--output", "-o", type=click.Path(), help="Write the (first) summary format to FILE.")
@click.option("--output-dir", type=click.Path(file_okay=False, path_type=str),
              help="Folder for each report's own outputs (see --report-format).")
@click.option("--report-format", "report_formats", multiple=True, type=click.Choice(list(FORMATS)),
              help="Per-report format written into --output-dir (repeatable; default json).")
@audit_options
@click.option("--color/--no-color", default=None, help="Force colour on or off (default: when a terminal).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal; plain lines otherwise).")
@click.option("--force", is_flag=True, help="Replace output files that exist.")
@click.option("--min-coverage", type=click.FloatRange(0, 100), default=None, metavar="PERCENT",
              help="A report fails when fewer than PERCENT of its numeric tables could be read.")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def batch(targets, jobs, formats, output, output_dir, report_formats, lang, fail_on, rule_dirs, select, ignore,
          suggest, color, progress, force, min_coverage, debug):
    """Audit every report in DIR_OR_GLOB... in parallel: a folder stands for the reports inside it
    (each subfolder with report.yaml, each workbook and document).

    Prints one summary row per report; a report that cannot be read is an input error in
    its row and the others are still audited. Exit code 1 if any report fails (--fail-on)
    or cannot be read, 2 if the batch itself cannot run."""
    from audit import batch as batching
    from audit.config import resolve
    from audit.i18n import t
    from audit.neutralise import terminal_text
    from audit.render.batch import progress_line, render_summary, write_report

    chosen = outputs(formats, output, BATCH_FORMATS, lang)
    flags = dict(lang=lang, fail_on=fail_on, rule_dirs=tuple(rule_dirs) or None, select=tuple(select) or None,
                 ignore=tuple(ignore) or None, debug=debug or None, suggest=suggest, min_coverage=min_coverage)
    try:
        config = resolve(targets[0] if not any(c in targets[0] for c in "*?[") else ".", **flags)
        if select or ignore:  # a rule id mistyped on the command line is said once, before any report is read
            from audit.api import check_rule_names  # (one in a report's own audit.toml: its row says so)

            check_rule_names(tuple(select), tuple(ignore), tuple(rule_dirs))
        paths = batching.find_reports(targets, skip=Path(output_dir) if output_dir else None)
        files = [target for _, target in chosen if target] + ([output_dir] if output_dir else [])
        if files:  # refused before any report is read: never over, into or around an input
            from audit.outputs import batch_inputs, check_targets, replaceable

            start = targets[0] if Path(targets[0]).exists() else "."
            check_targets(files, batch_inputs(paths, config, start, output_dir))
            for _, target in chosen:
                if target:
                    replaceable(Path(target), force, directory=False)
            if output_dir:  # each report's own outputs too: an existing one is said once, before any work
                from audit.render.batch import report_targets

                for name in batching.output_names(paths):
                    for output in report_targets(output_dir, name, report_formats or ("json",)):
                        replaceable(output, force, directory=False)
        if not paths:
            raise click.UsageError(t("batch_none", config.lang, paths=", ".join(targets)))
        rows = []
        stream = sys.stderr
        live = stream.isatty() if progress is None else progress
        shown = _batch_progress(len(paths), config.lang, stream, live)
        finished = batching.run_batch(paths, flags, jobs, output_dir, tuple(report_formats or ("json",)),
                                      force, config.lang, write_report if output_dir else None)
        interrupted = False
        try:
            with shown as bar:
                for row in finished:
                    rows.append(row)
                    if bar is not None:
                        bar.advance(row)
                    else:
                        click.echo(terminal_text(progress_line(row, len(rows), len(paths), config.lang), True),
                                   err=True)
        except KeyboardInterrupt:  # Ctrl-C: stop the workers, then write the summary of what finished
            interrupted = _interrupted(finished)
        result = batching.BatchResult(batching.collect(paths, rows), config.lang, config.fail_on, list(targets))
        for name, target in chosen:
            binary = name == "xlsx"
            if target is None:
                if binary and sys.stdout.isatty():
                    raise click.UsageError(t("usage_xlsx_needs_file", config.lang))
                render_summary(name, result, sys.stdout.buffer if binary else sys.stdout, color=color)
                continue
            from audit.outputs import atomic_path

            with atomic_path(Path(target), force) as work:
                with open(work, "wb" if binary else "w", encoding=None if binary else "utf-8") as out:
                    render_summary(name, result, out, color=color)
    except click.UsageError:
        raise
    except Exception as exc:  # the batch cannot run (configuration, rule pack, output): one line, exit 2
        fail(exc, lang or "id", debug)
    if interrupted:
        click.echo(t("batch_interrupted", config.lang, done=len(rows), total=len(paths)), err=True)
        sys.exit(130)
    sys.exit(1 if result.failed() else 0)


def _interrupted(finished) -> bool:
    """After Ctrl-C: the workers are stopped (closing the generator stops its pool), and a second Ctrl-C
    while the summary is written is ignored, so nothing is half-written or said twice."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    finished.close()
    return True


def _batch_progress(total: int, lang: str, stream, live: bool):
    """The Rich progress bar, or nothing (plain lines are printed instead)."""
    import contextlib

    if not live:
        return contextlib.nullcontext(None)
    from audit.render.terminal import BatchProgress

    return BatchProgress(total, lang, stream)
