"""Any source to one `Report`: the reader its kind needs.

A CSV folder (with report.yaml) and a workbook of canonical sheets are read by
`audit.ingest`; a markdown, DOCX or PDF document, or a workbook laid out as the
agency keeps it, by `audit.document`, whose readers share ingest's header
mapping, number parsing and limits. Choosing between them here, above both,
keeps either package from importing the other back.

Contract, for any bytes on disk: `read_report` returns a `Report` (problems in a
table are findings) or raises `InputError` (the report as a whole cannot be
read, or is bigger than `Limits` allow). Never anything else.
"""
from __future__ import annotations

from pathlib import Path

from audit.errors import InputError
from audit.ingest.limits import DEFAULT_LIMITS, Limits
from audit.model import Report

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def read_report(path: str | Path, *, limits: Limits = DEFAULT_LIMITS,
                columns: dict | None = None) -> Report:
    """Read a report from a CSV folder (with report.yaml), an .xlsx workbook, or a .md/.docx/.pdf document.

    `columns`: the user's header mapping (`[columns]` of audit.toml, as
    `audit.ingest.headers.user_columns` gives it), honoured by every reader."""
    p = Path(path)
    try:
        exists = p.exists()
    except (OSError, ValueError):  # a name the system cannot even look up
        exists = False
    if not exists:
        raise InputError("path_missing", str(p))
    if p.is_file() and p.name in ("report.yaml", "report.yml"):
        p = p.parent
    if p.is_dir():
        document = _only_document(p)
        if document is None:
            from audit.ingest.csvdir import read_dir

            return read_dir(p, limits, columns)
        p = document
    if not p.is_file():  # a device or a pipe: reading it could block or never end
        raise InputError("unsupported_input", str(p))
    from audit.document import DOCUMENT_SUFFIXES

    if p.suffix.lower() in DOCUMENT_SUFFIXES:
        from audit.document.report import read_document_report

        return read_document_report(p, limits, columns)
    if p.suffix.lower() in WORKBOOK_SUFFIXES or _looks_like_workbook(p):
        from audit.ingest.workbook import has_report_sheet, read_workbook

        if p.suffix.lower() in WORKBOOK_SUFFIXES and not has_report_sheet(p, limits):
            from audit.document.report import read_document_report  # laid out as the agency keeps it

            return read_document_report(p, limits, columns)
        return read_workbook(p, limits, columns)
    if p.suffix.lower() == ".csv":
        raise InputError("csv_file_given", str(p))
    raise InputError("unsupported_input", str(p))


def _only_document(folder: Path) -> Path | None:
    """The one document a folder holds (`laporan.md` beside its `laporan.yaml`), when it holds no report.yaml and
    no table (`.csv`): the folder stands for that document. None otherwise: a folder of tables, or one whose
    several documents say no one report (it is then read as tables, and says what it lacks)."""
    try:
        entries = [e for e in folder.iterdir() if not e.is_symlink() and e.is_file()]
    except OSError:
        return None
    names = {e.name.lower() for e in entries}
    if names & {"report.yaml", "report.yml"} or any(e.suffix.lower() == ".csv" for e in entries):
        return None  # a folder of tables: the document readers are not even imported
    from audit.document import DOCUMENT_SUFFIXES

    documents = [e for e in entries if e.suffix.lower() in DOCUMENT_SUFFIXES]
    return documents[0] if len(documents) == 1 else None


def _looks_like_workbook(p: Path) -> bool:
    """A workbook under another name (`laporan`, `laporan.dat`, an old `.xls`): read by its bytes.

    A zip or an OLE file goes to the workbook reader, which accepts it or says
    what it is; an empty file is reported as such rather than as unsupported.
    """
    from audit.ingest.container import sniff

    return p.suffix.lower() != ".csv" and sniff(p) in ("zip", "cfb", "empty")
