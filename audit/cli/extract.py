"""`audit extract`: a document's canonical tables, with a log of what was recognised."""
from __future__ import annotations

import click

from audit.cli.common import fail
from audit.i18n import LANGS


@click.command()
@click.argument("path", type=click.Path(path_type=str))
@click.option("--output", "-o", required=True, type=click.Path(path_type=str),
              help="A folder (CSV tables + report.yaml) or an .xlsx workbook.")
@click.option("--log", "log_path", type=click.Path(),
              help="Where to write the extraction log (default: extraction-log.md in the folder, or beside the "
                   "workbook).")
@click.option("--log-format", type=click.Choice(["markdown", "json"]), default="markdown", show_default=True,
              help="Format of the extraction log.")
@click.option("--force", is_flag=True, help="Replace --output if it exists.")
@click.option("--lang", type=click.Choice(LANGS), default="id", show_default=True,
              help="Language of messages: id (Indonesian) or en (English).")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def extract(path, output, log_path, log_format, force, lang, debug):
    """Turn the document at PATH (.md, .docx, .pdf, or a workbook laid out as the agency keeps it, without a
    `report` sheet) into canonical tables, with a log of what was read."""
    from pathlib import Path

    from audit.document import DOCUMENT_SUFFIXES
    from audit.i18n import t

    try:
        if not _a_document(Path(path), DOCUMENT_SUFFIXES):
            raise click.UsageError(t("extract_needs_document", lang))
        from audit.api import read
        from audit.canonical import write_canonical
        from audit.config import resolve
        from audit.neutralise import terminal_text
        from audit.outputs import atomic_path, check_targets, replaceable, report_inputs
        from audit.render.extraction import render as render_log

        target = Path(output)
        suffix = ".json" if log_format == "json" else ".md"
        to_book = target.suffix.lower() == ".xlsx"
        log = Path(log_path) if log_path else (
            target.with_name(target.stem + ".extraction-log" + suffix) if to_book
            else target / ("extraction-log" + suffix))
        # both refused before anything is read or written: never over, into or around the document
        config = resolve(path, lang=lang, debug=debug or None)  # its limits and header mapping, as for check
        check_targets([target, log], report_inputs(path, config))
        replaceable(target, force, directory=not to_book)
        replaceable(log, force, directory=False)
        report = read(path, config)
        write_canonical(report, target, force=force)
        name = Path(path).name
        with atomic_path(log, force) as work:
            work.write_text(render_log(report.document.log, name, log_format, lang, report.document.document.notes),
                            encoding="utf-8")
        click.echo(terminal_text(render_log(report.document.log, name, "text", lang, report.document.document.notes)),
                   nl=False)
        click.echo(t("extracted", lang, n=len(report.tables), path=output, log=str(log)))
    except click.UsageError:
        raise
    except Exception as exc:
        fail(exc, lang, debug)


def _a_document(path, suffixes) -> bool:
    """A document, or a workbook without a `report` sheet (read as a document)."""
    if path.suffix.lower() in suffixes:
        return True
    if path.suffix.lower() in (".xlsx", ".xlsm") and path.is_file():
        from audit.ingest.workbook import has_report_sheet

        return not has_report_sheet(path)
    return False
