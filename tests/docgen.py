"""Print a canonical `Report` as an LKjIP document: markdown, DOCX or PDF fixtures.

The document readers and the table classifier are tested on documents written
from the example tables, so that what they read back can be compared with the
report the document was written from. The layout below is the contract the
classifier reads; every writer prints the same blocks:

- cover: "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN {year}", "{AGENCY}", "{REGION}" (if any);
- headings "BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA", "BAB III AKUNTABILITAS KINERJA",
  "BAB IV PENUTUP" and, after BAB IV, "LAMPIRAN" (markdown `#`, DOCX Heading 1, PDF larger bold);
- BAB I: "Wilayah {agency} terdiri dari {n} desa, yaitu Desa A, Desa B, ... dan Desa F.";
- BAB III starts with the predikat scale, one line per band: "{min} ke atas : {label}",
  "{min} ≤ x < {prev} : {label}", "x < {last min} : {label}";
- each table: a paragraph "Tabel {n}" (n counts tables in document order), a paragraph
  with the catalogue title, then the table. Its header row names each canonical column
  its source printed (catalogue order) by its first alias, or its canonical name when it has none;
  columns outside the catalogue (the village tick columns) follow, named as in the report.
  Body cells are `Table.raw` exactly as written (empty stays empty);
- end of BAB IV: "{city}, 31 Januari {year + 1}", "{POSITION}", "{name}" (bold), "NIP. {nip}".

Tables go to the chapter their model's `outline` names (`II.2`: BAB II, second; the
example README's assignment, in its order); a table without one goes to BAB III after
the others. LAMPIRAN is left out when no table goes there.

Emphasis: markdown prints every paragraph plain except the head's name (`**name**`);
DOCX and PDF print the cover, the captions, the header row and the head's name bold.

PDF: written with fpdf2 in DejaVu Sans, A4 landscape, each chapter after BAB I on a
new page, a caption never left alone at the foot of a page; body 10 pt, headings 14 pt
bold, tables 7 pt or smaller (columns sized so that no word is broken) with bordered
cells so that pdfplumber finds them by their ruling lines, and the header row repeated
on every page a long table continues on. Without a Unicode TTF font on the machine the
core Helvetica font is used and "≤" and "√" are printed as "<=" and "v" (`pdf_font()`
says which).

Odd layouts for the readers: `write_odd_docx`, `write_odd_pdf`, `write_pdf_table` (one
long table, header repeated or not) and `write_scanned_pdf` (images only, no text).
"""
from __future__ import annotations

import math
import re
from pathlib import Path

from audit.catalog import tables as catalog
from audit.model import Report

BAB = ("BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP")
LAMPIRAN = "LAMPIRAN"
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", "C:/Windows/Fonts")


def chapters() -> dict[str, tuple[str, ...]]:
    """Each chapter's tables in print order, from the `outline` each table model declares (`II.2`: the
    second table of BAB II)."""
    heading = dict(zip(("I", "II", "III", "IV", "lampiran"), (*BAB, LAMPIRAN)))
    placed: dict[str, list[tuple[int, str]]] = {name: [] for name in heading.values()}
    for spec in catalog().values():
        if spec.outline:
            chapter, _, place = spec.outline.partition(".")
            placed[heading[chapter]].append((int(place), spec.name))
    return {chapter: tuple(name for _, name in sorted(found)) for chapter, found in placed.items()}


CHAPTERS = chapters()  # the built-in tables' (a plugin's table is placed by `blocks`, which asks again)


# ---------------------------------------------------------------- the layout, once

def table_grid(report: Report, name: str) -> tuple[str, list[str], list[list[str]]]:
    """(title, header, body rows) of one table as every writer prints it."""
    table = report.tables[name]
    spec = catalog().get(name)
    raw = table.raw
    # the columns the source printed: a column the model has and the report never printed stays out, as an
    # agency's document prints only its own columns (and a new optional column leaves the fixtures as they are)
    printed = set(table.source_cols) or set(raw.columns)
    known = [c for c in spec.columns if c.name in raw.columns and c.name in printed] if spec else []
    header = [c.aliases[0] if c.aliases else c.name for c in known]
    modelled = {c.name for c in spec.columns} if spec else set()
    columns = [c.name for c in known] + [c for c in raw.columns if c not in modelled]
    header += columns[len(known):]
    rows = [[_text(raw.at[i, c]) for c in columns] for i in raw.index]
    return (spec.title if spec else name), header, rows


def _text(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def scale_lines(report: Report) -> list[str]:
    """The predikat scale, best band first."""
    lines, prev = [], None
    for i, band in enumerate(report.meta.predikat_scale):
        if band.min is None:
            lines.append(f"x < {_number(prev)} : {band.label}" if prev is not None else f"{band.label}")
        elif i == 0:
            lines.append(f"{_number(band.min)} ke atas : {band.label}")
        else:
            lines.append(f"{_number(band.min)} ≤ x < {_number(prev)} : {band.label}")
        if band.min is not None:
            prev = band.min
    return lines


def desa_sentence(report: Report) -> str | None:
    meta = report.meta
    if not meta.desa:
        return None
    names = [f"Desa {d}" for d in meta.desa]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " dan " + names[-1]
    return f"Wilayah {meta.agency} terdiri dari {meta.village_count} desa, yaitu {listed}."


def signature(report: Report) -> list[tuple[str, bool]]:
    """(text, bold) lines of the signature block."""
    meta, head = report.meta, report.meta.head
    city = re.sub(r"^(Kabupaten|Kota)\s+", "", meta.region or "").strip()
    lines = [(f"{city + ', ' if city else ''}31 Januari {meta.year + 1}", False)]
    if head.position:
        lines.append((head.position.upper(), False))
    if head.name:
        lines.append((head.name, True))
    if head.nip:
        lines.append((f"NIP. {head.nip}", False))
    return lines


def blocks(report: Report) -> list[tuple]:
    """The document as blocks: ("p", text, bold), ("h", text, level), ("t", n, title, header, rows)."""
    meta = report.meta
    out: list[tuple] = [("p", f"LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN {meta.year}", True),
                        ("p", meta.agency.upper(), True)]
    if meta.region:
        out.append(("p", meta.region.upper(), True))
    outline = chapters()
    placed = {n for names in outline.values() for n in names}
    n = 0
    for chapter, names in outline.items():
        names = [x for x in names if x in report.tables]
        if chapter == BAB[2]:
            names += [x for x in report.tables if x not in placed]
        if chapter == LAMPIRAN and not names:
            continue
        out.append(("h", chapter, 1))
        if chapter == BAB[0] and desa_sentence(report):
            out.append(("p", desa_sentence(report), False))
        if chapter == BAB[2]:
            out += [("p", line, False) for line in scale_lines(report)]
        for name in names:
            n += 1
            out.append(("t", n, *table_grid(report, name)))
        if chapter == BAB[3]:
            out += [("p", text, bold) for text, bold in signature(report)]
    return out


# ---------------------------------------------------------------- markdown

def write_markdown(report: Report, path, pipes: bool = False) -> Path:
    """Markdown as PDF converters print it: tab-separated tables (or pipe tables with `pipes`)."""
    lines: list[str] = []
    for block in blocks(report):
        if block[0] == "h":
            lines += ["#" * block[2] + " " + block[1], ""]
        elif block[0] == "p":
            lines += [f"**{block[1]}**" if block[2] and block[1] == report.meta.head.name else block[1], ""]
        else:
            _, n, title, header, rows = block
            lines += [f"Tabel {n}", "", title, ""]
            if pipes:
                lines.append(_pipe_row(header))
                lines.append("|" + "|".join("---" for _ in header) + "|")
                lines += [_pipe_row(r) for r in rows]
            else:
                lines += ["\t".join(r) for r in [header, *rows]]
            lines.append("")
    path = Path(path)
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


# ---------------------------------------------------------------- DOCX

def write_docx(report: Report, path) -> Path:
    """A Word document with real tables (style Table Grid, header row bold)."""
    import docx
    from docx.table import _Cell

    doc = docx.Document()
    for block in blocks(report):
        if block[0] == "h":
            doc.add_heading(block[1], level=block[2])
        elif block[0] == "p":
            doc.add_paragraph().add_run(block[1]).bold = block[2] or None
        else:
            _, n, title, header, rows = block
            doc.add_paragraph().add_run(f"Tabel {n}").bold = True
            doc.add_paragraph().add_run(title).bold = True
            table = doc.add_table(rows=len(rows) + 1, cols=len(header))
            table.style = "Table Grid"
            for r, (tr, values) in enumerate(zip(table._tbl.tr_lst, [header, *rows])):
                for tc, text in zip(tr.tc_lst, values):  # table.cell() rebuilds the grid each call: slow
                    run = _Cell(tc, table).paragraphs[0].add_run(text)
                    run.bold = True if r == 0 else None
    path = Path(path)
    doc.save(path)
    return path


def write_odd_docx(path) -> Path:
    """A DOCX with an awkward table: a two-row header with horizontal and vertical merges,
    a cell of several paragraphs, a vertically merged label, and a nested table.

    Grid (merges marked): row 0 "No" (rows 0-1), "Program" (rows 0-1), "Anggaran" (cols 2-3);
    row 1 "Pagu", "Realisasi"; rows 2-3 share "1." and the program label (merged down).
    """
    import docx

    doc = docx.Document()
    doc.add_heading("BAB III AKUNTABILITAS KINERJA", level=1)
    doc.add_heading("Realisasi Anggaran", level=2)
    doc.add_paragraph("Tabel 1")
    doc.add_paragraph("Realisasi anggaran program")
    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(1, 0)).text = "No"
    t.cell(0, 1).merge(t.cell(1, 1)).text = "Program"
    t.cell(0, 2).merge(t.cell(0, 3)).text = "Anggaran"
    t.cell(1, 2).text, t.cell(1, 3).text = "Pagu", "Realisasi"
    t.cell(2, 0).merge(t.cell(3, 0)).text = "1."
    label = t.cell(2, 1).merge(t.cell(3, 1))
    label.text = "Program Penunjang"
    label.add_paragraph("Urusan Pemerintahan")
    t.cell(2, 2).text, t.cell(2, 3).text = "1.000.000,00", "900.000,00"
    t.cell(3, 2).text, t.cell(3, 3).text = "500.000,00", "-"
    t.cell(4, 0).merge(t.cell(4, 1)).text = "JUMLAH"
    t.cell(4, 2).paragraphs[0].add_run("1.500.000,00").bold = True
    nested = t.cell(4, 3).add_table(rows=1, cols=2)
    nested.cell(0, 0).text, nested.cell(0, 1).text = "900.000,00", "(60%)"
    doc.add_paragraph("Catatan di bawah tabel.")
    path = Path(path)
    doc.save(path)
    return path


# ---------------------------------------------------------------- PDF

def pdf_font() -> tuple[Path, Path] | None:
    """(regular, bold) DejaVu Sans TTF files, or None when the machine has none."""
    for root in FONT_DIRS:
        base = Path(root)
        if not base.is_dir():
            continue
        regular = next(base.rglob("DejaVuSans.ttf"), None)
        bold = next(base.rglob("DejaVuSans-Bold.ttf"), None)
        if regular and bold:
            return regular, bold
    return None


class _Pdf:
    """fpdf2 with the font chosen once; `text()` makes a string printable in it."""

    BODY, HEADING, TABLE = 10.0, 14.0, 7.0

    def __init__(self):
        from fpdf import FPDF

        self.pdf = FPDF(orientation="L", format="A4")
        self.pdf.set_auto_page_break(True, margin=12)
        self.pdf.set_margins(12, 12, 12)
        font = pdf_font()
        if font:
            self.pdf.add_font("Doc", "", str(font[0]))
            self.pdf.add_font("Doc", "B", str(font[1]))
            self.family, self.unicode = "Doc", True
        else:
            self.family, self.unicode = "Helvetica", False
        self.pdf.add_page()

    def text(self, s: str) -> str:
        if self.unicode:
            return s
        return s.replace("≤", "<=").replace("√", "v").encode("latin-1", "replace").decode("latin-1")

    def paragraph(self, s: str, bold: bool = False, size: float | None = None, space: float = 2.0):
        pdf = self.pdf
        pdf.set_font(self.family, "B" if bold else "", size or self.BODY)
        pdf.multi_cell(0, (size or self.BODY) * 0.5, self.text(s), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(space)

    def table(self, header: list[str], rows: list[list[str]], repeat_header: bool = True):
        pdf = self.pdf
        size, widths = self._widths(header, rows)
        pdf.set_font(self.family, "", size)
        with pdf.table(col_widths=widths, width=sum(widths), align="LEFT", text_align="LEFT",
                       line_height=size * 0.5, padding=0.8, repeat_headings=1 if repeat_header else 0,
                       first_row_as_headings=True) as table:
            for values in [header, *rows]:
                row = table.row()
                for text in values:
                    row.cell(self.text(text))
        pdf.ln(3)

    def _widths(self, header: list[str], rows: list[list[str]]) -> tuple[float, list[float]]:
        """A font size and column widths such that no word is broken inside a cell."""
        pdf, room = self.pdf, self.pdf.epw - 0.5
        columns = list(zip(header, *rows)) if rows else [(h,) for h in header]
        for size in (self.TABLE, 6.5, 6.0, 5.5, 5.0, 4.5):
            least, wanted = [], []
            for col in columns:
                pdf.set_font(self.family, "B", size)
                words = [pdf.get_string_width(w) for cell in col for w in self.text(cell).split()] or [0.0]
                full = max(pdf.get_string_width(self.text(cell)) for cell in col)
                least.append(max(words) + 4.5)
                wanted.append(min(full + 4.5, 70.0))
            if sum(least) <= room:
                break
        spare = room - sum(least)
        extra = [max(w - m, 0.0) for w, m in zip(wanted, least)]
        share = min(1.0, spare / sum(extra)) if sum(extra) else 0.0
        return size, [m + e * share for m, e in zip(least, extra)]


def write_pdf(report: Report, path) -> Path:
    """A PDF with a text layer; long tables continue across pages with their header repeated."""
    doc = _Pdf()
    pdf = doc.pdf
    for block in blocks(report):
        if block[0] == "h":
            if block[1] != BAB[0]:
                pdf.add_page()
            doc.paragraph(block[1], bold=True, size=doc.HEADING, space=3)
        elif block[0] == "p":
            doc.paragraph(block[1], bold=block[2])
        else:
            _, n, title, header, rows = block
            if pdf.will_page_break(40):  # keep the caption with the table's first rows
                pdf.add_page()
            doc.paragraph(f"Tabel {n}", bold=True, space=0.5)
            doc.paragraph(title, bold=True, space=1.5)
            doc.table(header, rows)
    path = Path(path)
    pdf.output(str(path))
    return path


def write_pdf_table(path, header: list[str], rows: list[list[str]], repeat_header: bool = True) -> Path:
    """One captioned table alone, long enough to go on over pages (header repeated or not)."""
    doc = _Pdf()
    doc.paragraph("Tabel 1", bold=True, space=0.5)
    doc.paragraph("Realisasi anggaran program", bold=True, space=1.5)
    doc.table(header, rows, repeat_header)
    path = Path(path)
    doc.pdf.output(str(path))
    return path


ODD_PDF_LONG = [[f"{i}.", f"Sub kegiatan nomor {i}", f"{i * 1000:,}".replace(",", ".")] for i in range(1, 80)]
ODD_PDF_PLAIN = [["Uraian", "Target", "Realisasi"], ["Indeks Kepuasan Masyarakat", "84,12", "85,00"],
                 ["Persentase desa tertib administrasi", "100%", "83,33%"],
                 ["Jumlah laporan kinerja", "12", "12"]]


def write_odd_pdf(path) -> Path:
    """A PDF with the awkward parts of real reports: three heading sizes, a wrapped paragraph,
    a table with a two-row header (cells spanning rows and columns) and a bold total row, a
    table without ruling lines alone on its page, and a long table running over pages with
    a page number ("Halaman n") in every footer and its header not repeated.
    """
    from fpdf.fonts import FontFace

    doc = _Pdf()
    pdf = doc.pdf

    def footer():
        pdf.set_y(-10)
        pdf.set_font(doc.family, "", 8)
        pdf.cell(0, 4, f"Halaman {pdf.page_no()}", align="C")

    pdf.footer = footer
    doc.paragraph("BAB III AKUNTABILITAS KINERJA", bold=True, size=16)
    doc.paragraph("A. Capaian Kinerja Organisasi", bold=True, size=13)
    doc.paragraph("1. Realisasi Anggaran", bold=True, size=11.5)
    doc.paragraph("Realisasi anggaran program tahun ini " + "dijelaskan pada tabel berikut dengan rinci; " * 8
                  + "selesai.")
    doc.paragraph("Tabel 1", bold=True, space=0.5)
    doc.paragraph("Realisasi anggaran program", bold=True, space=1.5)
    pdf.set_font(doc.family, "", doc.TABLE)
    with pdf.table(col_widths=(15, 80, 40, 40), width=175, align="LEFT", line_height=4, padding=0.8,
                   first_row_as_headings=False) as table:
        row = table.row()
        row.cell("No", rowspan=2), row.cell("Program", rowspan=2), row.cell("Anggaran", colspan=2)
        row = table.row()
        row.cell("Pagu"), row.cell("Realisasi")
        for values in (["1.", "Program Penunjang", "1.000.000,00", "900.000,00"],
                       ["2.", "Program Pemberdayaan", "500.000,00", "-"]):
            row = table.row()
            for text in values:
                row.cell(text)
        bold = FontFace(emphasis="BOLD")
        row = table.row()
        row.cell("JUMLAH", colspan=2, style=bold), row.cell("1.500.000,00", style=bold)
        row.cell("900.000,00", style=bold)
    pdf.add_page()
    doc.paragraph("Tabel 2", bold=True, space=0.5)
    doc.paragraph("Capaian indikator", bold=True, space=3)
    pdf.set_font(doc.family, "", 9)
    with pdf.table(col_widths=(90, 40, 40), width=170, align="LEFT", borders_layout="NONE", line_height=6,
                   first_row_as_headings=False) as table:
        for values in ODD_PDF_PLAIN:
            row = table.row()
            for text in values:
                row.cell(text)
    pdf.add_page()
    doc.paragraph("Tabel 3", bold=True, space=0.5)
    doc.paragraph("Realisasi sub kegiatan", bold=True, space=1.5)
    doc.table(["No", "Sub Kegiatan", "Anggaran"], ODD_PDF_LONG, repeat_header=False)
    path = Path(path)
    pdf.output(str(path))
    return path


def write_scanned_pdf(path, pages: int = 2) -> Path:
    """A PDF of page images only, like a scan without OCR: no text layer at all."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    pdf = FPDF(format="A4")
    for _ in range(pages):
        image = Image.new("L", (600, 850), 255)
        draw = ImageDraw.Draw(image)
        for i in range(12):  # ruled "lines of text" and a "table"
            draw.rectangle((60, 80 + 40 * i, 540 - 15 * (i % 4), 92 + 40 * i), fill=40)
        draw.rectangle((60, 600, 540, 780), outline=0, width=3)
        pdf.add_page()
        pdf.image(image, x=0, y=0, w=pdf.w)
    path = Path(path)
    pdf.output(str(path))
    return path
