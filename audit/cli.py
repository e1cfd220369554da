"""The `audit` command: a thin click layer over `audit.api`.

Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 usage or input error.
"""
from __future__ import annotations

import sys

import click

from audit import __version__
from audit.render import FORMATS


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="audit")
def main():
    """Audit Indonesian government performance reports (LKjIP)."""


@main.command()
@click.argument("path", type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="rich", show_default=True,
              help="Output format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write to FILE instead of stdout.")
@click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True,
              help="Language of messages.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default="error",
              show_default=True, help="Lowest severity that makes the exit code 1.")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(exists=True),
              help="Extra rule pack file or folder (repeatable).")
@click.option("--verbose", "-v", is_flag=True, help="Show every related cell, alternatives, skipped rules.")
@click.option("--color/--no-color", default=None, help="Force colour on or off (default: when a terminal).")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def check(path, fmt, output, lang, fail_on, rule_dirs, verbose, color, debug):
    """Audit the report at PATH (a folder of CSV files with report.yaml, or an .xlsx workbook)."""
    from audit.api import run
    from audit.config import Config
    from audit.render import render

    try:
        result = run(path, Config(lang=lang, fail_on=fail_on, rule_dirs=tuple(rule_dirs), debug=debug))
    except Exception as exc:  # broken input or configuration: one line, exit 2
        _fail(exc, lang, debug)
    stream = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        render(fmt, result, stream, lang=lang, verbose=verbose, fail_on=fail_on, color=color, rules=result.rules)
    finally:
        if output:
            stream.close()
    sys.exit(1 if result.failed(fail_on) else 0)


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
    from audit.config import Config
    from audit.i18n import t

    try:
        report, plan = plan_fixes(path, Config(lang=lang, rule_dirs=tuple(rule_dirs), debug=debug))
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


@main.command("rules")
@click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True)
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(exists=True), help="Extra rule pack.")
def list_rules(lang, rule_dirs):
    """List every rule: id, kind, severity, tables, what it checks."""
    from audit.rules.docs import rule_rows
    from audit.rules.pack import load_rules

    try:
        rows = rule_rows(load_rules(tuple(rule_dirs)), lang)
    except Exception as exc:
        _fail(exc, lang, False)
    for row in rows:
        click.echo(f"{row['id']:<9} {row['kind']:<6} {row['severity']:<8} {row['title']}  [{row['tables']}]")


if __name__ == "__main__":
    main()
