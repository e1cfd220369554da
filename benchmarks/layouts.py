"""How the tool does on LKjIPs of other agencies: the layout corpus (tests/corpus/, docs/layouts.md).

For every corpus document (the markdown, the DOCX and PDF renderings of the documents in
RENDERED, and with `--unruled` every document printed as PDF without column lines, or with column
lines only), three
numbers:

- tables: numeric tables recognised / present. Recognised: the extraction log has an
  entry with status `read` or `copy` for the table (markdown: an entry whose line lies
  inside the table; renderings: an entry of a printed table whose first row is the table's).
- mistakes: injected mistakes found / injected. Found: a finding of the draft that the
  clean version does not have (same rule id and location) sits on one of the lines the
  manifest lists for the mistake (its own cell and every cell it must agree with), by its
  location or one of its related cells. In a rendering, a table line stands for (printed
  table, row number), the tool's tables matched to the corpus tables by their first row's
  text, and a line of prose for any finding outside the tables.
- clean errors: error findings on the clean version (each is a false alarm), listed by
  rule and place.

    python benchmarks/layouts.py [--only SLUG] [--no-render] [--unruled] [--json FILE]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
RENDERED = ("rsud-lembah-hijau", "setwan-dprd-pasirluhur", "kecamatan-karangwetan")
#: PDF prints without the lines between rows or columns (`--unruled`, every document): form -> fpdf2's table
#: border layout (horizontal rules only; no lines; the frame and the column lines, no line between rows)
UNRULED = {"pdf-lines": "HORIZONTAL_LINES", "pdf-plain": "NONE", "pdf-columns": "NO_HORIZONTAL_LINES"}
KEYS = ("document", "variant", "tables_recognised", "tables_present", "mistakes_found", "mistakes_injected",
        "clean_errors", "clean_error_rules", "missed", "error")


def documents() -> list[Path]:
    return sorted(p.parent for p in CORPUS.glob("*/manifest.yaml"))


def _key(f) -> tuple:
    loc = f.location
    where = (loc.sheet, loc.cell, loc.line, loc.page) if loc else (None,) * 4
    return (f.rule_id, *where)


def _audit(path: Path):
    """The findings of one file, or the one-line input error that stopped it."""
    import audit
    from audit.errors import InputError

    try:
        return audit.run(path, suggest=False).findings, None
    except InputError as exc:
        return [], str(exc)


def _places(md_text: str) -> dict[int, tuple]:
    """Markdown line -> (printed table number, row number) for table rows; prose lines are absent."""
    sys.path.insert(0, str(ROOT))
    from tests.corpus.render import parse

    out, n, lines = {}, 0, md_text.split("\n")
    for block in parse(md_text):
        if block.kind != "table":
            continue
        n += 1
        row, i = 0, block.line
        while row < len(block.rows) and i <= len(lines):
            text = lines[i - 1].strip()
            if text and not text.startswith(("<table", "<thead", "</thead", "</tbody", "|--", "+")) and \
                    not set(text) <= set("|-"):
                row += 1
                out[i] = (n, row)
            i += 1
    return out


def _norm(texts) -> str:
    return "".join("".join(texts).lower().split())


def _numbering(doc_tables, md_text: str) -> dict[int, int]:
    """The tool's printed-table number -> the corpus table number, matched by their first row's text.

    A rendering may hold a table the markdown has not (a PDF page of prose read as a table),
    so numbers are matched by content, not by position."""
    sys.path.insert(0, str(ROOT))
    from tests.corpus.render import tables

    firsts = [_norm(c[0] for c in b.rows[0]) for b in tables(md_text)]
    out = {}
    for t in doc_tables:
        row = next((r for r in t.rows if any(c.text.strip() for c in r)), [])
        key = _norm(c.text for c in row)
        if key in firsts:
            out[t.index] = firsts.index(key) + 1
    return out


def _found(mistake: dict, new: list, places: dict | None, numbers: dict | None = None) -> bool:
    lines = set(mistake["lines"])
    for f in new:
        locs = ([f.location] if f.location else []) + list(f.related)
        if places is None:
            if any(loc.line in lines for loc in locs):
                return True
            continue
        wanted = {places[n] for n in lines if n in places}
        prose = any(n not in places for n in lines)
        for loc in locs:
            if loc.sheet and loc.sheet.startswith("Tabel #") and loc.cell:
                row = int("".join(ch for ch in loc.cell if ch.isdigit()) or 0)
                if ((numbers or {}).get(int(loc.sheet[7:])), row) in wanted:
                    return True
            elif prose and not loc.sheet:
                return True
    return False


def _recognised(manifest: dict, log, places: dict | None, numbers: dict | None = None) -> int:
    ok = [e for e in log if e.status in ("read", "copy")]
    read = {(numbers or {}).get(e.table) for e in ok}
    count = 0
    for t in manifest["tables"]:
        if places is None:
            count += any(e.line and t["first_line"] <= e.line <= t["last_line"] for e in ok)
        else:
            number = places.get(next(n for n in range(t["first_line"], t["last_line"] + 1) if n in places))[0]
            count += number in read
    return count


def measure(folder: Path, variant: str = "md", work: Path | None = None) -> dict:
    """The three numbers for one document in one form (md | docx | pdf | pdf-lines | pdf-plain | pdf-columns); see
    the module doc."""
    from audit.document.report import read_document_report
    from audit.errors import InputError

    manifest = yaml.safe_load((folder / "manifest.yaml").read_text(encoding="utf-8"))
    clean, draft = folder / "clean.md", folder / "draft.md"
    places = None
    if variant != "md":
        sys.path.insert(0, str(ROOT))
        from tests.corpus.render import render

        if variant in UNRULED:
            clean, draft = (_unruled(md, work, UNRULED[variant]) for md in (clean, draft))
        else:
            clean, draft = render(clean, work)[variant], render(draft, work)[variant]
        places = _places((folder / "draft.md").read_text(encoding="utf-8"))
    out = dict.fromkeys(KEYS)
    out.update(document=manifest["slug"], variant=variant, tables_present=manifest["numeric_tables"],
               mistakes_injected=len(manifest["mistakes"]), tables_recognised=0, mistakes_found=0, missed=[])
    try:
        info = read_document_report(draft).document
    except InputError as exc:
        out.update(error=str(exc), clean_errors=None, clean_error_rules=[],
                   missed=[m["category"] for m in manifest["mistakes"]])
        return out
    numbers = None
    if places is not None:
        numbers = _numbering(info.document.tables, (folder / "draft.md").read_text(encoding="utf-8"))
    out["tables_recognised"] = _recognised(manifest, info.log, places, numbers)
    before, err_clean = _audit(clean)
    after, err_draft = _audit(draft)
    out["error"] = err_clean or err_draft
    errors = [f for f in before if f.severity.value == "error"]
    out["clean_errors"] = len(errors)
    out["clean_error_rules"] = [f"{f.rule_id} {f.location.short() if f.location else ''}".strip() for f in errors]
    seen = {_key(f) for f in before}
    new = [f for f in after if _key(f) not in seen]
    for m in manifest["mistakes"]:
        if _found(m, new, places, numbers):
            out["mistakes_found"] += 1
        else:
            out["missed"].append(f"{m['line']}: {m['category']} ({m['old']} -> {m['new']})")
    return out


def _unruled(md: Path, work: Path, borders: str) -> Path:
    """A corpus markdown file printed as PDF with its tables ruled as `borders` says (tests/corpus/render.py)."""
    from tests.corpus.render import parse, write_pdf

    return write_pdf(parse(md.read_text(encoding="utf-8")), work / f"{md.parent.name}-{md.stem}-{borders}.pdf",
                     borders)


def run(only: str | None = None, render: bool = True, unruled: bool = False) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for folder in documents():
            if only and folder.name != only:
                continue
            rows.append(measure(folder))
            if render and folder.name in RENDERED:
                rows += [measure(folder, v, Path(tmp)) for v in ("docx", "pdf")]
            if unruled:
                rows += [measure(folder, v, Path(tmp)) for v in UNRULED]
    return rows


def table(rows: list[dict]) -> str:
    lines = ["| document | form | tables recognised | mistakes found | clean errors |", "|---|---|---|---|---|"]
    for r in rows:
        errs = "-" if r["clean_errors"] is None else str(r["clean_errors"])
        note = f" ({r['error'][:60]})" if r["error"] else ""
        lines.append(f"| {r['document']} | {r['variant']} | {r['tables_recognised']}/{r['tables_present']} | "
                     f"{r['mistakes_found']}/{r['mistakes_injected']}{note} | {errs} |")
    t = sum(r["tables_recognised"] for r in rows), sum(r["tables_present"] for r in rows)
    m = sum(r["mistakes_found"] for r in rows), sum(r["mistakes_injected"] for r in rows)
    e = sum(r["clean_errors"] or 0 for r in rows)
    lines.append(f"| **all** | | {t[0]}/{t[1]} ({100 * t[0] / max(t[1], 1):.1f}%) | "
                 f"{m[0]}/{m[1]} ({100 * m[0] / max(m[1], 1):.1f}%) | {e} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="one corpus document (its folder name)")
    ap.add_argument("--no-render", action="store_true", help="markdown only, no DOCX/PDF renderings")
    ap.add_argument("--unruled", action="store_true",
                    help="also every document as PDF without column lines (horizontal rules only; none) and with "
                         "column lines only")
    ap.add_argument("--json", type=Path, help="also write the rows as JSON to this file")
    args = ap.parse_args()
    rows = run(args.only, not args.no_render, args.unruled)
    print(table(rows))
    for r in rows:
        for miss in r["missed"]:
            print(f"missed {r['document']} {r['variant']} {miss}")
        for rule in r["clean_error_rules"]:
            print(f"clean error {r['document']} {r['variant']} {rule}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
