"""The `audit` command: a thin click layer over `audit.api`.

Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 usage or input error.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from audit import __version__
from audit.render import BINARY_FORMATS, FORMATS


def _fail(exc, lang: str, debug: bool) -> None:
    from audit.errors import AuditError
    from audit.i18n import t

    if debug:
        raise exc
    if isinstance(exc, AuditError):
        click.echo(f"{t(exc.kind, lang)}: {exc.render(lang)}", err=True)
    else:
        click.echo(f"{t('input_error', lang)}: {type(exc).__name__}: {exc}", err=True)
    sys.exit(2)


def _audit_options(fn):
    """The options every auditing command shares: language, the gate, and which rules run."""
    options = [
        click.option("--lang", type=click.Choice(["id", "en"]), default=None, help="Language of messages (default: id)."),
        click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default=None,
                     help="Lowest severity that fails a report: exit code 1 (default: error)."),
        click.option("--rules", "rule_dirs", multiple=True, type=click.Path(exists=True),
                     help="Extra rule pack file or folder (repeatable)."),
        click.option("--select", multiple=True, help="Run only these rule ids or prefixes (repeatable)."),
        click.option("--ignore", multiple=True, help="Do not run these rule ids or prefixes (repeatable)."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="audit")
def main():
    """Audit Indonesian government performance reports (LKjIP)."""


def _outputs(formats: tuple[str, ...], output: str | None, known=FORMATS) -> list[tuple[str, str | None]]:
    """`--format rich --format sarif:out.sarif`: each format with its file (None: stdout)."""
    chosen = []
    for spec in formats or ("rich",):
        name, _, path = spec.partition(":")
        if name not in known:
            raise click.BadParameter(f"'{name}' (choose from {', '.join(known)})", param_hint="--format")
        chosen.append((name, path or None))
    unnamed = [i for i, (_, path) in enumerate(chosen) if path is None]
    if output:
        if not unnamed:
            raise click.BadParameter("--output names the file of a format given without one", param_hint="--output")
        chosen[unnamed[0]] = (chosen[unnamed[0]][0], output)
        unnamed = unnamed[1:]
    if len(unnamed) > 1:
        raise click.BadParameter("only one format can go to stdout; give the others a file (sarif:FILE)",
                                 param_hint="--format")
    return chosen


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "-f", "formats", multiple=True, metavar="NAME[:FILE]",
              help=f"Output format, repeatable: {', '.join(FORMATS)}. NAME:FILE writes that format to FILE.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the (first) format to FILE instead of stdout.")
@_audit_options
@click.option("--baseline", type=click.Path(exists=True, dir_okay=False), help="Waivers file (audit baseline).")
@click.option("--verbose", "-v", is_flag=True, help="Show every related cell, alternatives, skipped rules.")
@click.option("--color/--no-color", default=None, help="Force colour on or off (default: when a terminal).")
@click.option("--force", is_flag=True, help="Replace output files that exist.")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def check(paths, formats, output, lang, fail_on, rule_dirs, select, ignore, baseline, verbose, color, force, debug):
    """Audit the report at PATH: a folder of CSV files with report.yaml, an .xlsx workbook, or the
    document itself (.md, .docx, .pdf).

    Several PATHs are audited one after the other (a pre-commit hook passes them so);
    the exit code is 1 if any fails."""
    chosen = _outputs(formats, output)
    if len(paths) > 1 and any(target for _, target in chosen):
        raise click.BadParameter("output files need a single PATH", param_hint="--format")
    failed = False
    for path in dict.fromkeys(_report_root(p) for p in paths):
        failed |= _check_one(path, chosen, lang, fail_on, rule_dirs, select, ignore, baseline, verbose, color,
                             force, debug)
    sys.exit(1 if failed else 0)


def _report_root(path: str) -> str:
    """A report.yaml stands for its folder (pre-commit passes files)."""
    from pathlib import Path

    p = Path(path)
    return str(p.parent) if p.name in ("report.yaml", "report.yml") else path


def _check_one(path, chosen, lang, fail_on, rule_dirs, select, ignore, baseline, verbose, color, force, debug):
    from audit.api import check_report
    from audit.ingest.limits import Limits
    from audit.config import resolve
    from audit.ingest import read_report
    from audit.render import render

    try:
        config = resolve(path, lang=lang, fail_on=fail_on, rule_dirs=tuple(rule_dirs) or None,
                         select=tuple(select) or None, ignore=tuple(ignore) or None, baseline=baseline,
                         debug=debug or None)
        result = check_report(read_report(path, config.lang, limits=Limits.from_config(config)), config)
        for name, target in chosen:
            options = dict(lang=config.lang, verbose=verbose, fail_on=config.fail_on, color=color,
                           rules=result.rules, source_path=path)
            if target is None:
                render(name, result, sys.stdout.buffer if name in BINARY_FORMATS else sys.stdout, **options)
                continue
            from pathlib import Path

            from audit.write import atomic_path

            with atomic_path(Path(target), force) as work:
                binary = name in BINARY_FORMATS
                with open(work, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})) as stream:
                    render(name, result, stream, **options)
    except Exception as exc:  # broken input or configuration: one line, exit 2
        _fail(exc, lang or "id", debug)
    return result.failed(config.fail_on)


BATCH_FORMATS = ("rich", "json", "csv", "markdown", "junit", "xlsx")  # audit.render.batch, imported when used


@main.command()
@click.argument("targets", nargs=-1, required=True, metavar="DIR_OR_GLOB...")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of cores).")
@click.option("--format", "-f", "formats", multiple=True, metavar="NAME[:FILE]",
              help=f"Summary format, repeatable: {', '.join(BATCH_FORMATS)}. NAME:FILE writes it to FILE.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the (first) summary format to FILE.")
@click.option("--output-dir", type=click.Path(file_okay=False, path_type=str),
              help="Folder for each report's own outputs (see --report-format).")
@click.option("--report-format", "report_formats", multiple=True, type=click.Choice(list(FORMATS)),
              help="Per-report format written into --output-dir (repeatable; default json).")
@_audit_options
@click.option("--color/--no-color", default=None, help="Force colour on or off (default: when a terminal).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal; plain lines otherwise).")
@click.option("--force", is_flag=True, help="Replace output files that exist.")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def batch(targets, jobs, formats, output, output_dir, report_formats, lang, fail_on, rule_dirs, select, ignore,
          color, progress, force, debug):
    """Audit every report in DIR_OR_GLOB... in parallel: a folder stands for the reports inside it
    (each subfolder with report.yaml, each workbook and document).

    Prints one summary row per report; a report that cannot be read is an input error in
    its row and the others are still audited. Exit code 1 if any report fails (--fail-on)
    or cannot be read, 2 if the batch itself cannot run."""
    from audit import batch as batching
    from audit.config import resolve
    from audit.i18n import t
    from audit.render.batch import progress_line, render_summary, write_report

    chosen = _outputs(formats, output, BATCH_FORMATS)
    flags = dict(lang=lang, fail_on=fail_on, rule_dirs=tuple(rule_dirs) or None, select=tuple(select) or None,
                 ignore=tuple(ignore) or None, debug=debug or None)
    try:
        config = resolve(targets[0] if not any(c in targets[0] for c in "*?[") else ".", **flags)
        paths = batching.find_reports(targets, skip=Path(output_dir) if output_dir else None)
        if not paths:
            raise click.UsageError(t("batch_none", config.lang, paths=", ".join(targets)))
        rows = []
        stream = sys.stderr
        live = stream.isatty() if progress is None else progress
        shown = _batch_progress(len(paths), config.lang, stream, live)
        with shown as bar:
            for row in batching.run_batch(paths, flags, jobs, output_dir, tuple(report_formats or ("json",)),
                                          force, config.lang, write_report if output_dir else None):
                rows.append(row)
                if bar is not None:
                    bar.advance(row)
                else:
                    click.echo(progress_line(row, len(rows), len(paths), config.lang), err=True)
        result = batching.BatchResult(batching.collect(paths, rows), config.lang, config.fail_on, list(targets))
        for name, target in chosen:
            binary = name == "xlsx"
            if target is None:
                if binary and sys.stdout.isatty():
                    raise click.UsageError("--format xlsx needs a file (xlsx:FILE)")
                render_summary(name, result, sys.stdout.buffer if binary else sys.stdout, color=color)
                continue
            from audit.write import atomic_path

            with atomic_path(Path(target), force) as work:
                with open(work, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8"})) as out:
                    render_summary(name, result, out, color=color)
    except click.UsageError:
        raise
    except Exception as exc:  # the batch cannot run (configuration, rule pack, output): one line, exit 2
        _fail(exc, lang or "id", debug)
    sys.exit(1 if result.failed() else 0)


def _batch_progress(total: int, lang: str, stream, live: bool):
    """The Rich progress bar, or nothing (plain lines are printed instead)."""
    import contextlib

    if not live:
        return contextlib.nullcontext(None)
    from audit.render.terminal import BatchProgress

    return BatchProgress(total, lang, stream)


@main.command("config")
@click.argument("path", type=click.Path(path_type=str), default=".")
def show_config(path):
    """Show the configuration resolved for PATH and where each value came from."""
    from dataclasses import fields

    from audit.config import resolve

    try:
        config = resolve(path)
    except Exception as exc:
        _fail(exc, "id", False)
    for f in fields(config):
        if f.name in ("sources", "debug", "suggest"):
            continue
        value = getattr(config, f.name)
        click.echo(f"{f.name:<15} {value!r:<40} # {config.source_of(f.name)}")


@main.command()
@click.argument("path", type=click.Path(path_type=str))
@click.option("--output", "-o", default="audit-baseline.yaml", show_default=True, type=click.Path(dir_okay=False))
@click.option("--reason", default=None, help="Justification written into every waiver (edit them after).")
@click.option("--expires", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Expiry date (YYYY-MM-DD).")
@click.option("--force", is_flag=True, help="Replace the baseline file if it exists.")
@click.option("--lang", type=click.Choice(["id", "en"]), default=None)
def baseline(path, output, reason, expires, force, lang):
    """Write the current findings of PATH as a baseline of waivers (accepted findings)."""
    from pathlib import Path

    from audit import waivers
    from audit.api import check_report
    from audit.config import resolve
    from audit.i18n import t
    from audit.ingest import read_report
    from audit.ingest.limits import Limits
    from audit.write import write_text

    try:
        config = resolve(path, lang=lang)
        from dataclasses import replace

        report = read_report(path, config.lang, limits=Limits.from_config(config))
        result = check_report(report, replace(config, baseline=None, suggest=False))
        text = waivers.dump(result.findings, reason or t("waiver_todo", config.lang),
                            expires.date() if expires else None)
        write_text(Path(output), text, force)
    except Exception as exc:
        _fail(exc, lang or "id", False)
    click.echo(t("baseline_written", config.lang, n=len(result.findings), path=output))


@main.command()
@click.argument("path", type=click.Path(path_type=str))
@click.option("--list", "mode", flag_value="list", default=True, help="Print the fix listing (default).")
@click.option("--apply", "mode", flag_value="apply", help="Write a corrected copy to --output.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv", "xlsx", "markdown"]), default="text",
              show_default=True, help="Format of the listing.")
@click.option("--output", "-o", type=click.Path(path_type=str), help="Listing file, or the corrected copy for --apply.")
@click.option("--min-confidence", type=click.Choice(["high", "medium", "low"]), default="high", show_default=True,
              help="Apply (or list) only fixes at least this sure; ambiguous ones are never applied.")
@click.option("--force", is_flag=True, help="Replace --output if it exists.")
@click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True)
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(exists=True), help="Extra rule pack.")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def fix(path, mode, fmt, output, min_confidence, force, lang, rule_dirs, debug):
    """Propose (--list) or apply (--apply) the cell changes that make the report at PATH consistent."""
    from pathlib import Path

    from audit.api import plan_fixes
    from audit.config import resolve
    from audit.i18n import t

    try:
        config = resolve(path, lang=lang, rule_dirs=tuple(rule_dirs) or None, debug=debug or None)
        report, plan = plan_fixes(path, config)
        chosen = plan.accepted(min_confidence)
        if mode == "apply":
            if not output:
                raise click.UsageError("--apply needs --output")
            from audit.i18n import t as tr
            from audit.write import apply_to_csv_dir, apply_to_workbook

            from audit.write import write_canonical

            style = report.meta.number_format
            source, target = Path(path), Path(output)
            to_book = target.suffix.lower() == ".xlsx"
            if source.is_dir() and not to_book:
                apply_to_csv_dir(source, target, chosen, style, force)  # a copy, changed cells only
            elif source.suffix.lower() in (".xlsx", ".xlsm") and to_book:
                apply_to_workbook(source, target, chosen, style, tr("fix_note", lang), force)
            else:  # another form (or, later, a document): the canonical tables, corrected
                write_canonical(report, target, chosen, tr("fix_note", lang), force)
            click.echo(t("applied", lang, n=len(chosen), path=output))
            return
        from audit.render.fixlist import render as render_fixes

        listing = render_fixes(fmt, chosen, plan.ambiguous, lang)
        if output:
            from audit.write import atomic_path

            with atomic_path(Path(output), force) as work:
                work.write_bytes(listing if isinstance(listing, bytes) else listing.encode("utf-8"))
        elif isinstance(listing, bytes):
            raise click.UsageError("--format xlsx needs --output")
        else:
            click.echo(listing, nl=False)
    except click.UsageError:
        raise
    except Exception as exc:
        _fail(exc, lang, debug)


@main.command()
@click.argument("path", type=click.Path(path_type=str))
@click.option("--output", "-o", required=True, type=click.Path(path_type=str),
              help="A folder (CSV tables + report.yaml) or an .xlsx workbook.")
@click.option("--log", "log_path", type=click.Path(dir_okay=False),
              help="Where to write the extraction log (default: extraction-log.md in the folder, or beside the workbook).")
@click.option("--log-format", type=click.Choice(["markdown", "json"]), default="markdown", show_default=True)
@click.option("--force", is_flag=True, help="Replace --output if it exists.")
@click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True)
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def extract(path, output, log_path, log_format, force, lang, debug):
    """Turn the document at PATH (.md, .docx, .pdf) into canonical tables, with a log of what was read."""
    from pathlib import Path

    from audit.document import DOCUMENT_SUFFIXES
    from audit.i18n import t

    try:
        if Path(path).suffix.lower() not in DOCUMENT_SUFFIXES:
            raise click.UsageError(t("extract_needs_document", lang))
        from audit.ingest import read_report
        from audit.render.extraction import render as render_log
        from audit.write import atomic_path, write_canonical

        report = read_report(path, lang)
        target = Path(output)
        write_canonical(report, target, force=force)
        suffix = ".json" if log_format == "json" else ".md"
        log = Path(log_path) if log_path else (
            target.with_name(target.stem + ".extraction-log" + suffix) if target.suffix.lower() == ".xlsx"
            else target / ("extraction-log" + suffix))
        name = Path(path).name
        with atomic_path(log, force or not log_path) as work:
            work.write_text(render_log(report.document.log, name, log_format, lang, report.document.document.notes),
                            encoding="utf-8")
        click.echo(render_log(report.document.log, name, "text", lang, report.document.document.notes), nl=False)
        click.echo(t("extracted", lang, n=len(report.tables), path=output, log=str(log)))
    except click.UsageError:
        raise
    except Exception as exc:
        _fail(exc, lang, debug)


@main.command()
@click.argument("rule_id")
@click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True)
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(exists=True), help="Extra rule pack.")
def explain(rule_id, lang, rule_dirs):
    """Print a rule's documentation: what it checks, why, where it is defined, its parameters."""
    from audit.rules.docs import explain_text
    from audit.rules.pack import load_rules

    try:
        rules = {r.id: r for r in load_rules(tuple(rule_dirs))}
    except Exception as exc:
        _fail(exc, lang, False)
    rule = rules.get(rule_id.upper())
    if rule is None:
        import difflib

        close = difflib.get_close_matches(rule_id.upper(), list(rules), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        click.echo(f"unknown rule '{rule_id}'{hint}", err=True)
        sys.exit(2)
    click.echo(explain_text(rule, lang))


@main.group("rules", invoke_without_command=True)
@click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True)
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(exists=True), help="Extra rule pack.")
@click.pass_context
def rules_group(ctx, lang, rule_dirs):
    """List every rule: id, kind, severity, tables, what it checks (or a subcommand)."""
    if ctx.invoked_subcommand is not None:
        return
    from audit.rules.docs import rule_rows
    from audit.rules.pack import load_rules

    try:
        rows = rule_rows(load_rules(tuple(rule_dirs)), lang)
    except Exception as exc:
        _fail(exc, lang, False)
    for row in rows:
        click.echo(f"{row['id']:<9} {row['kind']:<6} {row['severity']:<8} {row['title']}  [{row['tables']}]")


@rules_group.command("schema")
def rules_schema():
    """Print the JSON Schema of rule-pack files (for editors)."""
    import json

    from audit.rules.schema import pack_schema

    click.echo(json.dumps(pack_schema(), indent=2, ensure_ascii=False))


@rules_group.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True))
def rules_validate(files):
    """Check rule packs alone (with the built-in packs they may extend)."""
    from audit.rules.pack import load_rules

    try:
        rules = load_rules(tuple(files))
    except Exception as exc:
        _fail(exc, "en", False)
    click.echo(f"ok: {len(rules)} rules")


@rules_group.command("test")
@click.argument("dirs", nargs=-1, type=click.Path(exists=True))
@click.option("--lang", type=click.Choice(["id", "en"]), default="en", show_default=True)
def rules_test(dirs, lang):
    """Run every rule's passing and failing examples (built-in packs, and DIRS)."""
    from audit.rule_examples import run_examples

    try:
        results = run_examples(tuple(dirs))
    except Exception as exc:
        _fail(exc, lang, False)
    failed = [r for r in results if not r.ok]
    for r in results:
        click.echo(f"{'PASS' if r.ok else 'FAIL'} {r.rule_id} {r.case}" + ("" if r.ok else f": {r.detail}"))
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    sys.exit(1 if failed or not results else 0)


if __name__ == "__main__":
    main()
