"""Write the layout corpus: per agency `clean.md`, `draft.md` (mistakes injected) and `manifest.yaml`.

    python -m tests.corpus.build          # rewrites tests/corpus/<slug>/ for every agency

The documents are data: this script is how they were made (figures consistent by
construction), kept so that a change to the corpus is reviewable and repeatable.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from tests.corpus import agencies
from tests.corpus.compose import compose
from tests.corpus.printing import Sheet, replace_cell, split_row

HERE = Path(__file__).resolve().parent
ALL = ("dinkes", "bapenda", "rsud", "kecamatan", "kelurahan", "setwan", "inspektorat", "pupr", "disdik")


def cell_line(sh: Sheet, ref: tuple) -> list[int]:
    """The line(s) of a referenced cell, mark, or the scale statement."""
    if ref[0] == "mark":
        return [sh.marks[ref[1]]]
    if ref[0] == "scale":
        first = sh.marks["skala"]
        table = next((t for t in sh.tables if t["first_line"] == first), None)
        last = table["last_line"] if table else next(i for i in range(first, len(sh.lines) + 1)
                                                     if not sh.lines[i - 1].strip()) - 1
        return list(range(first, last + 1))
    return [sh.where(*ref)[0]]


def _table_of(sh: Sheet, line: int) -> dict | None:
    return next((t for t in sh.tables if t["first_line"] <= line <= t["last_line"]), None)


def inject(sh: Sheet, mistakes: list[dict]) -> tuple[list[str], list[dict]]:
    """The draft's lines and the manifest entries of its mistakes."""
    draft = list(sh.lines)
    out = []
    for m in mistakes:
        if "mark" in m:
            line = sh.marks[m["mark"]]
            assert draft[line - 1].count(m["old"]) == 1, (m, draft[line - 1])
            draft[line - 1] = draft[line - 1].replace(m["old"], m["new"])
            entry = {"line": line, "table": "narrative", "row": None, "column": None, "column_index": None,
                     "old": m["old"], "new": m["new"]}
        else:
            line, col = sh.where(*m["cell"])
            table = _table_of(sh, line)
            cells = split_row(draft[line - 1], table["form"])
            old = cells[col]
            new = m["new"](old) if callable(m["new"]) else m["new"]
            assert new != old, m
            draft[line - 1] = replace_cell(draft[line - 1], table["form"], col, old, new)
            named = sh.cells.get((m["cell"][0], m["cell"][1], "label"))
            label = re.sub(r"</?b>", "", cells[named[1]] if named else cells[1] or cells[0])
            column = table["columns"][sh.logical.get(m["cell"], col)]
            entry = {"line": line, "table": table["caption"], "row": label, "column": column,
                     "column_index": col, "old": old, "new": new}
        lines = sorted({entry["line"], *(n for ref in m["agree"] for n in cell_line(sh, ref))})
        entry.update({"category": m["category"], "lines": lines})
        if m.get("note"):
            entry["note"] = m["note"]
        out.append(entry)
    return draft, out


def manifest(spec: dict, sh: Sheet, entries: list[dict]) -> dict:
    numeric = [t for t in sh.tables if t["numeric"]]
    return {
        "slug": spec["slug"], "agency": f"{spec['agency']} {spec['region']}", "agency_type": spec["kind"],
        "year": spec["year"], "follows": spec["follows"],
        "forms": sorted({t["form"] for t in sh.tables}),
        "numeric_tables": len(numeric),
        "tables": [{"caption": t["caption"], "first_line": t["first_line"], "last_line": t["last_line"],
                    "form": t["form"]} for t in numeric],
        "mistakes": entries,
    }


def outputs(name: str) -> tuple[str, dict[str, str]]:
    """The folder name and the text of its three files, as the corpus holds them."""
    spec, ag, mistakes = getattr(agencies, name)()
    sh = compose(spec, ag)
    draft, entries = inject(sh, mistakes)
    text = yaml.safe_dump(manifest(spec, sh, entries), allow_unicode=True, sort_keys=False, width=120)
    return spec["slug"], {"clean.md": "\n".join(sh.lines) + "\n", "draft.md": "\n".join(draft) + "\n",
                          "manifest.yaml": text}


def build(name: str) -> Path:
    slug, files = outputs(name)
    folder = HERE / slug
    folder.mkdir(exist_ok=True)
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


if __name__ == "__main__":
    for name in ALL:
        print(build(name))
