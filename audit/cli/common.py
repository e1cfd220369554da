"""What the commands share: one-line errors, the auditing options, the choice of outputs."""
from __future__ import annotations

import sys

import click

from audit.i18n import LANGS
from audit.render import FORMATS


def fail(exc, lang: str, debug: bool) -> None:
    """One line on stderr (the traceback with --debug), exit code 2; a file name or cell text in it cannot
    break the line or send the terminal a control sequence."""
    from audit.errors import one_line
    from audit.neutralise import terminal_text

    if debug:
        raise exc
    click.echo(terminal_text(one_line(exc, lang), one_line=True), err=True)
    sys.exit(2)


def audit_options(fn):
    """The options every auditing command shares: language, the gate, which rules run, fix suggestions."""
    options = [
        click.option("--lang", type=click.Choice(LANGS), default=None, help="Language of messages (default: id)."),
        click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default=None,
                     help="Lowest severity that fails a report: exit code 1 (default: error)."),
        click.option("--rules", "rule_dirs", multiple=True, type=click.Path(exists=True),
                     help="Extra rule pack file or folder (repeatable)."),
        click.option("--select", multiple=True, help="Run only these rule ids or prefixes (repeatable)."),
        click.option("--ignore", multiple=True, help="Do not run these rule ids or prefixes (repeatable)."),
        click.option("--suggest/--no-suggest", default=None,
                     help="Rank fix suggestions for every finding (default: on; off is a faster CI gate)."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def outputs(formats: tuple[str, ...], output: str | None, known=FORMATS,
            lang: str | None = None) -> list[tuple[str, str | None]]:
    """`--format rich --format sarif:out.sarif`: each format with its file (None: stdout)."""
    from audit.i18n import t

    lang = lang or "id"
    chosen = []
    for spec in formats or ("rich",):
        name, _, path = spec.partition(":")
        if name not in known:
            raise click.BadParameter(t("usage_unknown_format", lang, name=name, known=", ".join(known)),
                                     param_hint="--format")
        chosen.append((name, path or None))
    unnamed = [i for i, (_, path) in enumerate(chosen) if path is None]
    if output:
        if not unnamed:
            raise click.BadParameter(t("usage_output_without_format", lang), param_hint="--output")
        chosen[unnamed[0]] = (chosen[unnamed[0]][0], output)
        unnamed = unnamed[1:]
    if len(unnamed) > 1:
        raise click.BadParameter(t("usage_one_stdout", lang), param_hint="--format")
    return chosen
