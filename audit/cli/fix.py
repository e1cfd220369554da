"""`audit fix`: the fix listing for the agency, or a corrected copy."""
from __future__ import annotations

import click

from audit.cli.common import fail
from audit.i18n import LANGS


@click.command()
@click.argument("path", type=click.Path(path_type=str))
@click.option("--list", "mode", flag_value="list", default=True, help="Print the fix listing (default).")
@click.option("--apply", "mode", flag_value="apply", help="Write a corrected copy to --output.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv", "xlsx", "markdown"]), default="text",
              show_default=True, help="Format of the listing.")
@click.option("--output", "-o", type=click.Path(path_type=str), help="Listing file, or the corrected copy for --apply.")
@click.option("--min-confidence", type=click.Choice(["high", "medium", "low"]), default="high", show_default=True,
              help="Apply (or list) only fixes at least this sure; ambiguous ones are never applied.")
@click.option("--force", is_flag=True, help="Replace --output if it exists.")
@click.option("--lang", type=click.Choice(LANGS), default="id", show_default=True,
              help="Language of messages: id (Indonesian) or en (English).")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(exists=True), help="Extra rule pack.")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def fix(path, mode, fmt, output, min_confidence, force, lang, rule_dirs, debug):
    """Propose (--list) or apply (--apply) the cell changes that make the report at PATH consistent."""
    from pathlib import Path

    from audit.api import plan_fixes
    from audit.config import resolve
    from audit.i18n import t

    if mode == "apply" and not output:
        raise click.UsageError(t("usage_apply_needs_output", lang))
    try:
        config = resolve(path, lang=lang, rule_dirs=tuple(rule_dirs) or None, debug=debug or None)
        if output:  # refused before any work: never over, into or around an input
            from audit.outputs import check_targets, report_inputs

            check_targets([output], report_inputs(path, config))
        refused = None
        if mode == "apply":  # the output's kind follows its extension; a PDF cannot be corrected: listed instead
            from audit.repair.corrected import check_kinds, uncorrectable

            check_kinds(path, output)
            refused = uncorrectable(path, output)
            if refused is not None:
                mode, output, fmt = "list", None, "text" if fmt == "xlsx" else fmt
        report, plan = plan_fixes(path, config)
        chosen = plan.accepted(min_confidence)
        if mode == "apply":
            from dataclasses import replace

            from audit.ingest.limits import Limits
            from audit.model import say
            from audit.repair.corrected import write_corrected

            chosen = [replace(f, reason=say(f.reason, lang)) for f in chosen]  # as the notes in the copy say it

            skipped = write_corrected(report, chosen, path, output, lang, force, Limits.from_config(config),
                                      plan.found)
            for f in skipped:  # a document's cell not found for certain: left as it was, and said so
                click.echo(t("fix_not_written", lang, cell=f.cell.short(t("page_at", lang)) if f.cell else f.column,
                             old=f.current_text), err=True)
            click.echo(t("applied", lang, n=len(chosen) - len(skipped), path=output))
            from audit.render.fixlist import summary_text

            click.echo(summary_text(plan.summary(min_confidence), lang), nl=False)
            return
        from audit.render.fixlist import render as render_fixes

        listing = render_fixes(fmt, chosen, plan.ambiguous, lang, plan.summary(min_confidence))
        if output:
            from audit.outputs import atomic_path

            with atomic_path(Path(output), force) as work:
                work.write_bytes(listing if isinstance(listing, bytes) else listing.encode("utf-8"))
        elif isinstance(listing, bytes):
            raise click.UsageError(t("usage_xlsx_needs_output", lang))
        else:  # to the terminal: a cell's control characters are not passed on
            from audit.neutralise import terminal_text

            click.echo(terminal_text(listing), nl=False)
        if refused is not None:  # listed, and nothing written: said on stderr, exit code 2
            fail(refused, lang, debug)
    except click.UsageError:
        raise
    except Exception as exc:
        fail(exc, lang, debug)
