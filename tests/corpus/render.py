"""A corpus markdown document as DOCX (real merged cells) and PDF (ruled tables), for the readers.

    python -m tests.corpus.render tests/corpus/rsud-lembah-hijau/draft.md OUT_DIR

`parse()` splits the markdown into blocks: headings, paragraphs and tables (tab
lines, pipe and grid tables, HTML `<table>` with rowspan/colspan), counting tables in
document order as the tool does; `write_docx` and `write_pdf` print the blocks.
Renderings are made at benchmark or test time into a temporary folder, never
committed. Table cells keep their text exactly (numbers as written), bold is kept.
"""
from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Block:
    kind: str  # heading | paragraph | table
    text: str = ""
    level: int = 0
    line: int = 0  # first markdown line (1-based)
    rows: list[list[tuple[str, bool, int, int]]] = field(default_factory=list)  # (text, bold, rowspan, colspan)
    width: int = 0


def _cell(raw: str) -> tuple[str, bool]:
    bold = "<b>" in raw or raw.startswith("**")
    return re.sub(r"</?b>|\*\*", "", raw).strip(), bold


def parse(text: str) -> list[Block]:
    lines = text.split("\n")
    blocks, i = [], 0
    while i < len(lines):
        line = lines[i]
        if line.strip() == "<table>":
            j = next(k for k in range(i, len(lines)) if "</table>" in lines[k])
            blocks.append(_html(lines[i:j + 1], i + 1))
            i = j + 1
        elif line.startswith("+-"):
            j = i
            while j < len(lines) and lines[j].startswith(("+", "|")):
                j += 1
            blocks.append(_pipe([ln for ln in lines[i:j] if ln.startswith("|")], i + 1))
            i = j
        elif line.startswith("|") or "\t" in line:
            j = i
            pipe = line.startswith("|")
            while j < len(lines) and lines[j].strip() and (lines[j].startswith("|") if pipe else "\t" in lines[j]):
                j += 1
            blocks.append(_pipe(lines[i:j], i + 1) if pipe else _tab(lines[i:j], i + 1))
            i = j
        elif line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            blocks.append(Block("heading", line.lstrip("#").strip(), level, i + 1))
            i += 1
        else:
            if line.strip():
                blocks.append(Block("paragraph", line.strip(), 0, i + 1))
            i += 1
    return blocks


def _finish(block: Block) -> Block:
    block.width = max(sum(c[3] for c in r) for r in block.rows)
    return block


def _tab(lines: list[str], first: int) -> Block:
    return _finish(Block("table", line=first, rows=[[(*_cell(c), 1, 1) for c in ln.split("\t")] for ln in lines]))


def _pipe(lines: list[str], first: int) -> Block:
    rows = [[(*_cell(c), 1, 1) for c in ln.strip().strip("|").split("|")] for ln in lines
            if not re.fullmatch(r"\|(-+\|)+", ln.strip())]
    return _finish(Block("table", line=first, rows=rows))


def _html(lines: list[str], first: int) -> Block:
    rows = []
    for ln in lines:
        cells = re.findall(r"<t[dh]([^>]*)>(.*?)</t[dh]>", ln)
        if not cells:
            continue
        row = []
        for attrs, raw in cells:
            rs = re.search(r'rowspan="(\d+)"', attrs)
            cs = re.search(r'colspan="(\d+)"', attrs)
            text, bold = _cell(raw)  # an HTML cell's entities are its characters (`&gt;` is `>` in a Word file)
            row.append((html.unescape(text), bold, int(rs.group(1)) if rs else 1, int(cs.group(1)) if cs else 1))
        rows.append(row)
    return _finish(Block("table", line=first, rows=rows))


def grid(block: Block) -> list[list[tuple[str, bool, int, int] | None]]:
    """Rows with every position filled: the origin cell of a merge, None where a merge covers."""
    out: dict[tuple[int, int], tuple | None] = {}
    for r, row in enumerate(block.rows):
        c = 0
        for cell in row:
            while (r, c) in out:
                c += 1
            for dr in range(cell[2]):
                for dc in range(cell[3]):
                    out[(r + dr, c + dc)] = cell if (dr, dc) == (0, 0) else None
            c += cell[3]
    return [[out.get((r, c), ("", False, 1, 1)) for c in range(block.width)] for r in range(len(block.rows))]


def tables(text: str) -> list[Block]:
    return [b for b in parse(text) if b.kind == "table"]


def write_docx(blocks: list[Block], path: Path) -> Path:
    import docx

    document = docx.Document()
    for b in blocks:
        if b.kind == "heading":
            document.add_heading(b.text.replace("**", ""), level=min(b.level, 3))
        elif b.kind == "paragraph":
            _runs(document.add_paragraph(), b.text)
        else:
            _docx_table(document, b)
    document.save(str(path))
    return path


def _runs(paragraph, text: str) -> None:
    for k, part in enumerate(text.split("**")):
        if part:
            paragraph.add_run(part).bold = k % 2 == 1


def _docx_table(document, b: Block) -> None:
    g = grid(b)
    table = document.add_table(rows=len(g), cols=b.width)
    table.style = "Table Grid"
    for r, row in enumerate(g):
        for c, cell in enumerate(row):
            if cell is None:
                continue
            text, bold, rs, cs = cell
            target = table.cell(r, c)
            if rs > 1 or cs > 1:
                target = target.merge(table.cell(r + rs - 1, c + cs - 1))
            target.text = ""
            target.paragraphs[0].add_run(text).bold = bold


def write_pdf(blocks: list[Block], path: Path, borders: str | list[str] = "ALL") -> Path:
    """Paragraphs and tables with the fixture writer's fonts and widths (tests/docgen.py `_Pdf`), the tables
    ruled as `borders` says (fpdf2's `TableBordersLayout`: `ALL`; `HORIZONTAL_LINES`, rows ruled, no column lines;
    `NONE`; `NO_HORIZONTAL_LINES`, the frame and the column lines but no line between rows, as some Word table
    styles print; ...), or each table as its own entry of a list (a ruled table and one without lines)."""
    from tests.docgen import _Pdf

    doc = _Pdf()
    pdf = doc.pdf
    layouts = iter(borders) if isinstance(borders, list) else None
    for b in blocks:
        if b.kind == "table":
            if pdf.will_page_break(30):
                pdf.add_page()
            _pdf_table(doc, b, next(layouts) if layouts is not None else borders)
        elif b.kind == "heading":
            if b.text.startswith(("BAB", "KATA PENGANTAR", "IKHTISAR")):  # each starts a page, as in print
                pdf.add_page()
            doc.paragraph(b.text.replace("**", ""), bold=True, size=doc.HEADING, space=3)
        else:
            doc.paragraph(b.text.replace("**", ""), bold=b.text.startswith("**"))
    pdf.output(str(path))
    return path


def _pdf_table(doc, b: Block, borders: str = "ALL") -> None:
    from fpdf.fonts import FontFace

    g = grid(b)
    texts = [[c[0] if c and c[3] == 1 else "" for c in row] for row in g]
    size, widths = doc._widths(texts[0], texts[1:])
    pdf = doc.pdf
    pdf.set_font(doc.family, "", size)
    bold = FontFace(emphasis="BOLD")
    with pdf.table(col_widths=widths, width=sum(widths), align="LEFT", text_align="LEFT", line_height=size * 0.5,
                   padding=0.8, first_row_as_headings=False, borders_layout=borders) as table:
        for row in g:
            out = table.row()
            for cell in row:
                if cell is not None:
                    out.cell(doc.text(cell[0]), colspan=cell[3], rowspan=cell[2], style=bold if cell[1] else None)
    pdf.ln(3)


def _ascii(text: str) -> str:
    for a, b in (("≤", "<="), ("≥", ">="), ("–", "-"), ("−", "-"), ("×", "x"), ("‰", "per mil")):
        text = text.replace(a, b)
    return text.encode("latin-1", "replace").decode("latin-1")


def render(md: Path, out_dir: Path) -> dict[str, Path]:
    """`NAME.docx` and `NAME.pdf` of a corpus markdown file in `out_dir` (named after its folder)."""
    blocks = parse(md.read_text(encoding="utf-8"))
    stem = f"{md.parent.name}-{md.stem}"
    return {"docx": write_docx(blocks, out_dir / f"{stem}.docx"), "pdf": write_pdf(blocks, out_dir / f"{stem}.pdf")}


if __name__ == "__main__":
    print(render(Path(sys.argv[1]), Path(sys.argv[2])))
