"""`audit fix --apply`: the corrected copy, of the kind its name asks for.

The output's extension says what is written: the input's own kind gives a corrected
copy of it (a CSV folder, a workbook, the agency's Word document, its markdown), only
the fixed cells changed; `.xlsx` or a folder from any other input gives the canonical
tables with the fixes applied. A document of another kind (`-o fixed.md` from a Word
file or a CSV folder) is refused before any work, and so is a PDF, which cannot be
corrected: the fix listing is what its author gets (`uncorrectable`).
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from audit.errors import Text
from audit.i18n import t
from audit.model import Finding, Fix
from audit.outputs import OutputError

#: the kind of a file by its extension; anything else is a folder
SUFFIXES = {".xlsx": "workbook", ".xlsm": "workbook", ".md": "markdown", ".markdown": "markdown", ".docx": "docx",
            ".pdf": "pdf"}
DOCUMENTS = ("markdown", "docx", "pdf")
#: other extensions of files lkjip-audit reads or writes: an output named so is a file it cannot write with --apply,
#: never a folder of that name (`-o fixed.json` made a folder `fixed.json`); a folder's name has no such extension
FILE_SUFFIXES = (".csv", ".json", ".sarif", ".xml", ".html", ".htm", ".txt", ".yaml", ".yml", ".toml", ".xls", ".doc",
                 ".odt", ".ods", ".zip")
ALLOWED = {"folder": "fix_allowed_folder", "workbook": "fix_allowed_workbook", "docx": "fix_allowed_docx",
           "markdown": "fix_allowed_markdown"}  # what --apply may write from each kind (the catalogue says it)


def kind_of(path: str | Path, source: bool = False) -> str:
    """folder | workbook | markdown | docx | pdf, or `file` (an output named as another file the tool writes,
    `.json`, `.csv`: never a folder); an input that is a folder is one whatever its name, an input file of
    another name (a folder's `report.yaml`) is `other`."""
    p = Path(path)
    if source:
        return "folder" if p.is_dir() else SUFFIXES.get(p.suffix.lower(), "other")
    suffix = p.suffix.lower()
    return SUFFIXES.get(suffix, "file" if suffix in FILE_SUFFIXES else "folder")


def check_kinds(source: str | Path, target: str | Path) -> None:
    """Refuse (`OutputError`) an output the input cannot become: a document of another kind, or a file
    --apply does not write (`-o fixed.json`)."""
    have, want = kind_of(source, source=True), kind_of(target)
    if want == "file" or want in DOCUMENTS and want != have:
        raise OutputError("fix_output_kind", str(target), None, source=Path(source).name,
                          allowed=Text(ALLOWED.get(have, "fix_allowed_tables")))


def uncorrectable(source: str | Path, target: str | Path) -> OutputError | None:
    """Why the output cannot be written at all (a corrected PDF), or None: the CLI lists the fixes instead."""
    if kind_of(source, source=True) == kind_of(target) == "pdf":
        return OutputError("fix_pdf", str(target), None, source=Path(source).name)
    return None


def write_corrected(report, fixes: list[Fix], source: str | Path, target: str | Path, lang: str,
                    force: bool = False, limits=None, found: Sequence[Finding] = ()) -> list[Fix]:
    """Write the corrected copy; the fixes that could not be written into a document (their cell not found
    for certain) are returned. `found`: the findings before the fixes, quoted in a Word comment."""
    from audit.ingest.limits import DEFAULT_LIMITS

    check_kinds(source, target)
    refused = uncorrectable(source, target)
    if refused is not None:
        raise refused
    limits = limits or DEFAULT_LIMITS
    style = report.meta.number_format
    source, target = Path(source), Path(target)
    have, want = kind_of(source, source=True), kind_of(target)
    if want == have == "folder":
        from audit.repair.apply import apply_to_csv_dir

        apply_to_csv_dir(source, target, fixes, style, force)
    elif want == have == "workbook":
        from audit.repair.apply import apply_to_workbook

        apply_to_workbook(source, target, fixes, style, t("fix_note", lang), force, limits)
    elif want == have == "docx":
        from audit.repair.docx import apply_to_docx

        return apply_to_docx(source, target, fixes, style, lambda fix: cell_note(fix, found, lang, style), force,
                             limits)
    elif want == have == "markdown":
        from audit.repair.markdown import apply_to_markdown

        return apply_to_markdown(source, target, fixes, style, report.document.document, force)
    else:  # another form: the canonical tables, corrected
        from audit.canonical import write_canonical

        write_canonical(report, target, fixes, t("fix_note", lang), force)
    return []


def cell_note(fix: Fix, found: Sequence[Finding], lang: str, style: str = "id") -> str:
    """What a corrected cell's comment says: the rules, the findings the change clears, the old value."""
    from audit.canonical import fixed_text

    mine = [f for f in found if f.rule_id in fix.resolves]
    quoted = [f for f in mine if _about(f, fix)] or [f for f in mine if f.table == fix.table]
    lines = [t("fix_comment_rules", lang, rules=", ".join(fix.resolves) or "-")]
    lines += list(dict.fromkeys(_said(f.message, lang) for f in quoted))[:3]
    lines.append(t("fix_comment_change", lang, old=fix.current_text, new=fixed_text(fix, style),
                   reason=_said(fix.reason, lang)))
    return "\n".join(lines)


def _about(finding: Finding, fix: Fix) -> bool:
    """The finding is at the fixed cell, or read it."""
    return finding.location == fix.cell or fix.cell in finding.related or \
        (finding.table, finding.row, finding.column) == (fix.table, fix.row, fix.column)


def _said(value, lang: str) -> str:
    """A message or reason in `lang`: words kept to be rendered late, or text already said."""
    return value.render(lang) if hasattr(value, "render") else str(value)
