"""`audit check`: one report (or several, one after the other) through the whole pipeline."""
from __future__ import annotations

import sys

import click

from audit.cli.common import audit_options, fail, outputs
from audit.render import BINARY_FORMATS, FORMATS


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "-f", "formats", multiple=True, metavar="NAME[:FILE]",
              help=f"Output format, repeatable: {', '.join(FORMATS)}. NAME:FILE writes that format to FILE.")
@click.option("--output", "-o", type=click.Path(), help="Write the (first) format to FILE instead of stdout.")
@audit_options
@click.option("--baseline", type=click.Path(exists=True, dir_okay=False), help="Waivers file (audit baseline).")
@click.option("--verbose", "-v", is_flag=True, help="Show every related cell, alternatives, skipped rules.")
@click.option("--color/--no-color", default=None, help="Force colour on or off (default: when a terminal).")
@click.option("--force", is_flag=True, help="Replace output files that exist.")
@click.option("--min-coverage", type=click.FloatRange(0, 100), default=None, metavar="PERCENT",
              help="Fail (exit 1) when fewer than PERCENT of the report's numeric tables could be read.")
@click.option("--changed", is_flag=True,
              help="PATHS are changed files (a pre-commit hook): audit the report each belongs to, skip the others.")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def check(paths, formats, output, lang, fail_on, rule_dirs, select, ignore, suggest, baseline, verbose, color, force,
          min_coverage, changed, debug):
    """Audit the report at PATH: a folder of CSV files with report.yaml, an .xlsx workbook, or the
    document itself (.md, .docx, .pdf).

    Several PATHs are audited one after the other (a pre-commit hook passes them so);
    the exit code is 1 if any fails."""
    chosen = outputs(formats, output, lang=lang)
    roots = _changed_reports(paths) if changed else list(dict.fromkeys(_report_root(p) for p in paths))
    if len(roots) > 1 and any(target for _, target in chosen):
        from audit.i18n import t

        raise click.BadParameter(t("usage_single_path", lang or "id"), param_hint="--format")
    failed = False
    for path in roots:
        failed |= _check_one(path, chosen, lang, fail_on, rule_dirs, select, ignore, baseline, verbose, color,
                             force, debug, suggest, min_coverage)
    sys.exit(1 if failed else 0)


def _report_root(path: str) -> str:
    """A report.yaml stands for its folder (pre-commit passes files)."""
    from pathlib import Path

    p = Path(path)
    return str(p.parent) if p.name in ("report.yaml", "report.yml") else path


def _changed_reports(files) -> list[str]:
    """The reports that changed `files` belong to, each once, in order: the nearest folder above a file
    holding report.yaml (any of its tables, its metadata, its audit.toml), else a workbook or document
    itself, or the document a sidecar yaml describes. A file of no report, or gone, is skipped."""
    from pathlib import Path

    from audit.batch import REPORT_SUFFIXES

    found: dict[str, None] = {}
    for name in files:
        p = Path(name)
        folder = next((d for d in p.parents if (d / "report.yaml").is_file() or (d / "report.yml").is_file()), None)
        if folder is not None:
            found.setdefault(str(folder), None)
        elif p.suffix.lower() in REPORT_SUFFIXES and p.is_file():  # not one deleted by the commit
            found.setdefault(name, None)
        elif p.suffix.lower() in (".yaml", ".yml"):  # a document's metadata beside it
            described = [p.with_suffix(s) for s in REPORT_SUFFIXES if p.with_suffix(s).is_file()]
            if described:
                found.setdefault(str(described[0]), None)
    return list(found)


def _check_one(path, chosen, lang, fail_on, rule_dirs, select, ignore, baseline, verbose, color, force, debug,
               suggest=None, min_coverage=None):
    from audit.api import check_report, read
    from audit.config import resolve
    from audit.render import render

    try:
        config = resolve(path, lang=lang, fail_on=fail_on, rule_dirs=tuple(rule_dirs) or None,
                         select=tuple(select) or None, ignore=tuple(ignore) or None, baseline=baseline,
                         debug=debug or None, suggest=suggest, min_coverage=min_coverage)
        files = [target for _, target in chosen if target]
        if files:  # refused before any work: never over, into or around an input
            from pathlib import Path

            from audit.outputs import check_targets, replaceable, report_inputs

            check_targets(files, report_inputs(path, config))
            for target in files:
                replaceable(Path(target), force, directory=False)
        result = check_report(read(path, config), config)
        for name, target in chosen:
            options = dict(lang=config.lang, verbose=verbose, fail_on=config.fail_on, color=color,
                           rules=result.rules, source_path=path)
            if target is None:
                render(name, result, sys.stdout.buffer if name in BINARY_FORMATS else sys.stdout, **options)
                continue
            from pathlib import Path

            from audit.outputs import atomic_path

            with atomic_path(Path(target), force) as work:
                binary = name in BINARY_FORMATS
                with open(work, "wb" if binary else "w", encoding=None if binary else "utf-8") as stream:
                    render(name, result, stream, **options)
    except Exception as exc:  # broken input or configuration: one line, exit 2
        fail(exc, lang or "id", debug)
    if result.below(config.min_coverage) and result.coverage is not None:  # too little read to trust a pass
        from audit.i18n import t
        from audit.message import format_number

        limit = config.min_coverage
        said = format_number(limit, len(f"{limit:g}".partition(".")[2]), config.lang, "%")  # as given: `92,5%`
        click.echo(t("coverage_below", config.lang, percent=format_number(result.coverage.percent, 0, config.lang, "%"),
                     limit=said), err=True)
    return result.failed(config.fail_on) or result.below(config.min_coverage)
