"""`audit config` and `audit baseline`: what a run is configured with, and the waivers it starts from."""
from __future__ import annotations

import click

from audit.cli.common import fail
from audit.i18n import LANGS


@click.command("config")
@click.argument("path", type=click.Path(path_type=str), default=".")
@click.option("--lang", type=click.Choice(LANGS), default=None,
              help="Language of messages: id (Indonesian, the default) or en (English).")
def show_config(path, lang):
    """Show the configuration resolved for PATH and where each value came from."""
    from dataclasses import fields

    from audit.config import resolve

    try:
        config = resolve(path)
    except Exception as exc:
        fail(exc, lang or "id", False)
    for f in fields(config):
        if f.name in ("sources", "debug"):
            continue
        value = getattr(config, f.name)
        click.echo(f"{f.name:<15} {value!r:<40} # {config.source_of(f.name)}")


@click.command()
@click.argument("path", type=click.Path(path_type=str))
@click.option("--output", "-o", default="audit-baseline.yaml", show_default=True, type=click.Path(),
              help="The baseline file to write.")
@click.option("--reason", default=None, help="Justification written into every waiver (edit them after).")
@click.option("--expires", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Expiry date (YYYY-MM-DD).")
@click.option("--force", is_flag=True, help="Replace the baseline file if it exists.")
@click.option("--lang", type=click.Choice(LANGS), default=None,
              help="Language of messages: id (Indonesian, the default) or en (English).")
def baseline(path, output, reason, expires, force, lang):
    """Write the current findings of PATH as a baseline of waivers (accepted findings)."""
    from pathlib import Path

    from audit import waivers
    from audit.api import check_report, read
    from audit.config import resolve
    from audit.i18n import t
    from audit.outputs import write_text

    try:
        config = resolve(path, lang=lang)
        from dataclasses import replace

        from audit.outputs import check_targets, replaceable, report_inputs

        # the configured baseline is not read here (it is what this command renews): every other input is kept
        check_targets([output], report_inputs(path, replace(config, baseline=None)))
        replaceable(Path(output), force, directory=False)
        report = read(path, config)
        result = check_report(report, replace(config, baseline=None, suggest=False))
        text = waivers.dump(result.findings, reason or t("waiver_todo", config.lang),
                            expires.date() if expires else None, config.lang)
        write_text(Path(output), text, force)
    except Exception as exc:
        fail(exc, lang or "id", False)
    click.echo(t("baseline_written", config.lang, n=len(result.findings), path=output))
