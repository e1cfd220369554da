"""`audit rules` and `audit explain`: the rules, their documentation, schema, validation and examples."""
from __future__ import annotations

import sys

import click

from audit.cli.common import fail
from audit.i18n import LANGS


@click.command()
@click.argument("rule_id")
@click.option("--lang", type=click.Choice(LANGS), default="id", show_default=True,
              help="Language of messages: id (Indonesian) or en (English).")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(exists=True), help="Extra rule pack.")
def explain(rule_id, lang, rule_dirs):
    """Print a rule's documentation: what it checks, why, where it is defined, its parameters."""
    from audit.rules.docs import explain_text
    from audit.rules.pack import load_rules

    try:
        rules = {r.id: r for r in load_rules(tuple(rule_dirs))}
    except Exception as exc:
        fail(exc, lang, False)
    rule = rules.get(rule_id.upper())
    if rule is None:
        from audit.api import closest_rule
        from audit.i18n import t

        close = closest_rule(rule_id, list(rules))
        hint = t("did_you_mean", lang, name=close) if close else ""
        click.echo(t("unknown_rule", lang, rule=rule_id, hint=hint), err=True)
        sys.exit(2)
    click.echo(explain_text(rule, lang))


@click.group("rules", invoke_without_command=True)
@click.option("--lang", type=click.Choice(LANGS), default="id", show_default=True,
              help="Language of messages: id (Indonesian) or en (English).")
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
        fail(exc, lang, False)
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
@click.option("--lang", type=click.Choice(LANGS), default="en", show_default=True,
              help="Language of messages: id (Indonesian) or en (English, the default here).")
def rules_validate(files, lang):
    """Check rule packs alone (with the built-in packs they may extend)."""
    from audit.i18n import t
    from audit.rules.pack import load_rules

    try:
        rules = load_rules(tuple(files))
    except Exception as exc:
        fail(exc, lang, False)
    click.echo(t("rules_valid", lang, n=len(rules)))


@rules_group.command("test")
@click.argument("dirs", nargs=-1, type=click.Path(exists=True))
@click.option("--lang", type=click.Choice(LANGS), default="en", show_default=True,
              help="Language of messages: id (Indonesian) or en (English).")
def rules_test(dirs, lang):
    """Run every rule's passing and failing examples (built-in packs, and DIRS)."""
    from audit.rule_examples import run_examples

    try:
        results = run_examples(tuple(dirs))
    except Exception as exc:
        fail(exc, lang, False)
    failed = [r for r in results if not r.ok]
    for r in results:
        click.echo(f"{'PASS' if r.ok else 'FAIL'} {r.rule_id} {r.case}" + ("" if r.ok else f": {r.detail}"))
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    sys.exit(1 if failed or not results else 0)
