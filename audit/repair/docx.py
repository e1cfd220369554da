"""A corrected copy of the agency's Word file: each fixed cell changed, highlighted and commented.

Edited at the zip level so that everything else stays as the agency wrote it:
every member is copied unchanged except the main document part (the fixed cells),
and, for the comments, the comments part, `[Content_Types].xml` and the document's
relationships when the file had no comments yet. The document part is walked by
the DOCX reader itself (`read_docx_cells`), so a fix lands in the very `w:tc` its
finding names, merged cells and tables continued over a page break included.
python-docx is never asked to save: it would rewrite every part.

A cell's text may run over several runs and paragraphs: the new text goes into its
first run (that run's formatting kept, the other text runs removed), highlighted,
with a Word comment anchored on it saying the rule, the finding and the old value.
"""
from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from audit.canonical import fixed_text
from audit.document.bounds import count_docx
from audit.document.docx import W, check_docx, read_docx_cells
from audit.ingest.limits import DEFAULT_LIMITS, Limits
from audit.model import Fix
from audit.outputs import atomic_path, check_targets
from audit.repair.printed import printed_cell

W_NS = W[1:-1]
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
AUTHOR = "lkjip-audit"
#: w:rPr children that come after w:highlight in the schema's order (Word refuses a run property out of order)
_AFTER_HIGHLIGHT = {W + name for name in ("u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em",
                                          "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange")}
_OUTSIDE = {W + "txbxContent", W + "tbl", "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}


def apply_to_docx(source: Path, target: Path, fixes: list[Fix], style: str, note: Callable[[Fix], str],
                  force: bool = False, limits: Limits = DEFAULT_LIMITS) -> list[Fix]:
    """Write the corrected copy of `source` to `target`, `note(fix)` the comment on each changed cell; the
    fixes not written (their cell not found for certain) are returned."""
    source, target = Path(source), Path(target)
    check_targets([target], [source])
    check_docx(source, limits)
    count_docx(source, limits)  # as `read_docx` does: the file may have grown since it was audited
    with zipfile.ZipFile(source) as archive:
        main = _main_part(archive)
        root = _parse(archive.read(main))
        doc, origins = read_docx_cells(source, root.find(W + "body"), limits)
        done: list[tuple[object, Fix]] = []
        skipped: list[tuple[object, Fix]] = []
        for fix in fixes:
            found = printed_cell(doc, fix)
            tc = origins.get(id(found[1])) if found else None
            run = _rewrite(tc, fixed_text(fix, style)) if tc is not None else None
            (done if run is not None else skipped).append((run, fix))
        parts = {main: root} if done else {}
        if done:
            parts.update(_comment(archive, main, root, [(run, note(fix)) for run, fix in done]))
        with atomic_path(target, force) as work:
            _write_zip(archive, work, {name: _xml(tree) for name, tree in parts.items()})
    return [fix for _, fix in skipped]


# ------------------------------------------------------------------ the cell

def _rewrite(tc, text: str):
    """Put `text` in the cell's first text run (formatting kept, highlighted), drop its other text; the run,
    or None when the cell holds no run of its own text (a nested table, a text box only)."""
    if tc.find(".//" + W + "tbl") is not None:
        return None  # the reader flattened a nested table into this cell's text: which part is the value?
    runs = [r for r in tc.iter(W + "r") if r.find(W + "t") is not None and not _outside(r, tc)]
    if not runs:
        return None
    first = runs[0]
    for r in runs[1:]:
        r.getparent().remove(r)
    texts = [el for el in first if el.tag in (W + "t", W + "tab", W + "br", W + "cr")]
    for el in texts[1:]:
        first.remove(el)
    texts[0].tag = W + "t"
    texts[0].text = text
    texts[0].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    _highlight(first)
    return first


def _outside(run, tc) -> bool:
    """A run in a text box or a nested table: not the cell's own text (the reader leaves it out too)."""
    for anc in run.iterancestors():
        if anc is tc:
            return False
        if anc.tag in _OUTSIDE:
            return True
    return False


def _highlight(run) -> None:
    props = run.find(W + "rPr")
    if props is None:  # run properties come first in a run
        props = etree.Element(W + "rPr")
        run.insert(0, props)
    for old in props.findall(W + "highlight"):
        props.remove(old)
    later = next((i for i, el in enumerate(props) if el.tag in _AFTER_HIGHLIGHT), len(props))
    props.insert(later, etree.Element(W + "highlight", {W + "val": "yellow"}))


# ------------------------------------------------------------------ the comments

def _comment(archive: zipfile.ZipFile, main: str, root, notes: list) -> dict:
    """Anchor a comment on each run and write it to the comments part; the parts changed (name -> tree)."""
    folder, name = posixpath.split(main)
    rels_name = posixpath.join(folder, "_rels", name + ".rels")
    rels = _parse(archive.read(rels_name)) if rels_name in archive.namelist() else \
        etree.Element(f"{{{_RELS_NS}}}Relationships", nsmap={None: _RELS_NS})
    link = next((r for r in rels if r.get("Type") == _COMMENTS), None)
    changed = {main: root}
    if link is None:
        taken = {r.get("Id") for r in rels}
        rid = next(f"rId{n}" for n in range(1, len(taken) + 2) if f"rId{n}" not in taken)
        etree.SubElement(rels, f"{{{_RELS_NS}}}Relationship",
                         {"Id": rid, "Type": _COMMENTS, "Target": _free_name(archive, folder)})
        changed[rels_name] = rels
        link = rels[-1]
    part = posixpath.normpath(posixpath.join(folder, link.get("Target"))).lstrip("/")
    comments = _parse(archive.read(part)) if part in archive.namelist() else \
        etree.Element(W + "comments", nsmap={"w": W_NS})
    if part not in archive.namelist():
        changed.update(_declare(archive, part))
    ids = [int(v) for el in (*comments.iter(W + "comment"), *root.iter(W + "commentRangeStart",
                                                                       W + "commentReference"))
           if (v := el.get(W + "id", "")).lstrip("-").isdigit()]
    number = max(ids, default=-1) + 1
    for run, text in notes:
        _anchor(run, str(number))
        entry = etree.SubElement(comments, W + "comment", {W + "id": str(number), W + "author": AUTHOR,
                                                         W + "initials": "LA"})
        for line in text.splitlines() or [""]:
            t = etree.SubElement(etree.SubElement(etree.SubElement(entry, W + "p"), W + "r"), W + "t")
            t.text = line
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        number += 1
    changed[part] = comments
    return changed


def _anchor(run, number: str) -> None:
    parent, at = run.getparent(), run.getparent().index(run)
    parent.insert(at, etree.Element(W + "commentRangeStart", {W + "id": number}))
    parent.insert(at + 2, etree.Element(W + "commentRangeEnd", {W + "id": number}))
    reference = etree.Element(W + "r")
    etree.SubElement(reference, W + "commentReference", {W + "id": number})
    parent.insert(at + 3, reference)


def _free_name(archive: zipfile.ZipFile, folder: str) -> str:
    names = set(archive.namelist())
    return next(n for n in ("comments.xml", *(f"comments{k}.xml" for k in range(2, 100)))
                if posixpath.join(folder, n) not in names)


def _declare(archive: zipfile.ZipFile, part: str) -> dict:
    """`[Content_Types].xml` naming the new comments part."""
    types = _parse(archive.read("[Content_Types].xml"))
    etree.SubElement(types, f"{{{_TYPES_NS}}}Override", {"PartName": "/" + part, "ContentType": _COMMENTS_TYPE})
    return {"[Content_Types].xml": types}


# ------------------------------------------------------------------ the package

def _main_part(archive: zipfile.ZipFile) -> str:
    """The main document part the package's relationships name (python-docx reads that one)."""
    try:
        rels = _parse(archive.read("_rels/.rels"))
        target = next(r.get("Target") for r in rels if r.get("Type") == _OFFICE_DOCUMENT)
        return posixpath.normpath(target).lstrip("/")
    except (KeyError, StopIteration, etree.XMLSyntaxError):
        return "word/document.xml"


def _parse(data: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False)
    return etree.fromstring(data, parser)


def _xml(tree) -> bytes:
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", standalone=True)


def _write_zip(archive: zipfile.ZipFile, path: Path, parts: dict[str, bytes]) -> None:
    """Every member in its order with its bytes, date and compression, except `parts` (changed or new)."""
    infos = archive.infolist()
    stamp = next((i.date_time for i in infos if i.filename in parts), (1980, 1, 1, 0, 0, 0))
    with zipfile.ZipFile(path, "w") as out:
        for info in infos:
            copy = zipfile.ZipInfo(info.filename, info.date_time)
            copy.compress_type, copy.external_attr = info.compress_type, info.external_attr
            copy.create_system, copy.comment = info.create_system, info.comment
            out.writestr(copy, parts.pop(info.filename) if info.filename in parts else archive.read(info))
        for name, data in parts.items():
            new = zipfile.ZipInfo(name, stamp)
            new.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(new, data)


__all__ = ["apply_to_docx"]
