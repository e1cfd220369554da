"""The tables of docs/data-format.md, written from the table models that lkjip-audit ships.

Each table kind is declared once, with its model (`schemas.base.table`); its section of the
reference is generated from that declaration, between two markers in the hand-written page,
so that the page cannot drift from the code:

    python -m audit.catalog_docs docs/data-format.md   # rewrite the generated part in place

A test fails when the committed page differs from what this writes.
"""
from __future__ import annotations

import sys
from pathlib import Path

from audit.model.spec import ColumnSpec, TableSpec

BEGIN = "<!-- tables: generated from the models in schemas/ by `python -m audit.catalog_docs docs/data-format.md` -->"
END = "<!-- end of the generated tables -->"
CHAPTERS = {"I": "BAB I", "II": "BAB II", "III": "BAB III", "IV": "BAB IV", "lampiran": "the annex (LAMPIRAN)"}


def tables_markdown(specs: dict[str, TableSpec]) -> str:
    """One section per table kind, in catalogue order."""
    return "\n".join(section(spec) for spec in specs.values())


def section(spec: TableSpec) -> str:
    """A table kind: its names, what it holds, its columns, and how a document is read as it."""
    lines = [f"### `{spec.name}`: {spec.title_en}", "", f"*{spec.title}.*" + (f" {_flat(spec.doc)}" if spec.doc
                                                                              else ""), ""]
    lines += ["| column | kind | headers accepted | note |", "|---|---|---|---|"]
    lines += [_column_row(c, spec) for c in spec.columns]
    lines += ["", *_facts(spec), ""]
    return "\n".join(lines)


def _column_row(c: ColumnSpec, spec: TableSpec) -> str:
    kind = c.kind
    values = c.levels or c.allowed
    if values:
        kind += ": " + ", ".join(f"`{v}`" for v in values)
    if c.required:
        kind += " (required)"
    doc = c.doc
    if c.qualitative:
        doc = (doc + "; " if doc else "") + "may be worded (`WTP`, `Baik`, `≥ 95`): said not checked (PARSE004)"
    return f"| `{c.name}` | {kind} | {_cell(', '.join(c.aliases))} | {_cell(doc)} |"


def _facts(spec: TableSpec) -> list[str]:
    """Key, row names, tick columns and the document reading, a sentence each."""
    out = []
    if spec.keys:
        out.append(f"Key: {_names(spec.keys)}.")
    if spec.labels:
        out.append(f"A row is named by {_names(spec.labels, ' or ')}.")
    if spec.ticks_from:
        out.append(f"One tick column for each name in the report's `{spec.ticks_from}`.")
    document = []
    if spec.outline:
        chapter, _, _ = spec.outline.partition(".")
        document.append(f"usually printed in {CHAPTERS[chapter]}")
    if spec.captions:
        document.append("caption words " + ", ".join(f"\"{c}\"" for c in spec.captions))
    if spec.headings:
        document.append(f"group headings {_names(spec.headings)}")
    if spec.layout:
        document.append(f"layout `{spec.layout}`")
    if document:
        out.append("In a document: " + "; ".join(document) + ".")
    for column, words in spec.phrases:
        out.append(f"`{column}` is also read from headers saying " + ", ".join(f"\"{w}\"" for w in words) + ".")
    for column, words in spec.exclude:
        out.append(f"`{column}` is never read from a header saying " + ", ".join(f"\"{w}\"" for w in words) + ".")
    return [" ".join(out)] if out else []


def _names(columns, sep: str = ", ") -> str:
    return sep.join(f"`{c}`" for c in columns)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _cell(text: str) -> str:
    return _flat(text).replace("|", "\\|")


def with_tables(page: str, specs: dict[str, TableSpec]) -> str:
    """`page` with the part between the markers written from `specs`."""
    head, begin, rest = page.partition(BEGIN)
    _, end, tail = rest.partition(END)
    if not begin or not end:
        raise ValueError(f"the page lacks the markers {BEGIN!r} and {END!r}")
    return f"{head}{BEGIN}\n\n{tables_markdown(specs)}\n{END}{tail}"


def main(argv: list[str]) -> int:
    from audit import catalog

    path = Path(argv[0] if argv else "docs/data-format.md")
    path.write_text(with_tables(path.read_text(encoding="utf-8"), catalog.builtin()), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
