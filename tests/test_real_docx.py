"""Real Perjanjian Kinerja as their agencies' Word files print them (tests/real/README.md: source, what they print).

Agencies type a sasaran's indicators into one row of a Word table, one paragraph (or one line of text) per
indicator in one cell and their targets as as many lines of the cell beside. Asserted: what a reviewer would see
differently if the reader joined them (an indicator of two names, a target `90% 20%` said unreadable), and that a
corrected copy never writes into a cell holding several rows' values. The same rows as PDF-to-markdown converters
write them (`<br>` in a pipe cell, `<p>` in an HTML cell) split alike.
"""
from __future__ import annotations

import types
from pathlib import Path

import docx
import pytest

import audit
from audit.api import read
from audit.document.docx import read_docx
from audit.ingest.limits import DEFAULT_LIMITS
from audit.model import Location
from audit.repair.printed import printed_cell

REAL = Path(__file__).resolve().parent / "real"
RSJ = REAL / "pk-rsj-jabar-2017" / "laporan.docx"
DISPUSIPDA = REAL / "pk-dispusipda-jabar-2017" / "laporan.docx"


def _targets(path: Path) -> dict[str, float]:
    values = read(path).tables["pk_indikator"].values
    return dict(zip(values["indikator"], values["target"]))


def test_indicators_typed_as_paragraphs_of_one_cell_are_read_one_by_one():
    """Dispusipda's sasaran 3 and 5 hold two indicators each as paragraphs, their targets as paragraphs beside
    (before: `90% 20%` and `0,5% 1,81%` each a PARSE001 error, the two indicators one name)."""
    targets = _targets(DISPUSIPDA)
    assert targets["Tingkat kepuasan pemustaka"] == 90.0
    assert targets["Persentase peningkatan jumlah pengunjung"] == 20.0
    assert targets["Persentase bahan perpustakaan yang dipreservasi"] == 0.5
    assert targets["Persentase bahan perpustakaan yang dialihmediakan"] == 1.81
    assert not [f for f in audit.run(str(DISPUSIPDA)).findings if f.rule_id == "PARSE001"]


def test_lines_a_program_wrote_into_one_text_are_read_one_by_one():
    """The RS Jiwa's PK was written by a program that put each indicator on a line of one text (`10.00 %` newline
    `50.00 %`): eighteen indicators, each with its target, the sasaran printed once over its group."""
    path_result = read(RSJ)
    values = path_result.tables["pk_indikator"].values
    assert len(values) == 18
    targets = dict(zip(values["indikator"], values["target"]))
    assert targets["Prosentase pasien relaps"] == 50.0
    assert targets["Prosentase BOR (bed occupancy rate)"] == 82.0
    assert values["sasaran"].iloc[0].startswith("Meningkatnya pelayanan unggulan")
    assert not [f for f in audit.run(str(RSJ)).findings if f.severity.value == "error"]


def test_a_row_split_from_one_is_located_where_the_file_prints_it():
    """Both indicators of sasaran 1 are in the Word table's third row: a finding names that row, not a row the
    file does not have."""
    table = read(RSJ).tables["pk_indikator"]
    assert [table.location(i, "target").cell for i in range(4)] == ["D3", "D3", "D4", "D4"]


def test_a_signature_cell_of_several_lines_gives_the_name_alone():
    """`PIHAK KESATU,` over the name, rank and NIP in one cell: the name is the name (before: a DOC013 error, the
    signer `PIHAK KESATU, Hj. TATI IRIANI, SH.,MM` against the head `Hj. TATI IRIANI, SH.,MM`)."""
    assert not [f for f in audit.run(str(DISPUSIPDA)).findings if f.rule_id == "DOC013"]


def test_a_corrected_copy_never_writes_into_a_cell_holding_several_rows():
    """A fix to one of the targets printed in one Word cell would replace the cell's text with one value and
    lose the other rows': it is left unwritten; a cell of a row printed alone is still found."""
    doc = read_docx(RSJ, DEFAULT_LIMITS)

    def fix(cell: str, text: str):
        return types.SimpleNamespace(cell=Location("laporan.docx", "Tabel #1", cell), current_text=text)

    assert printed_cell(doc, fix("D3", "50.00 %")) is None
    found = printed_cell(doc, fix("D5", "0.00 %"))  # sasaran 3, one indicator, in Word row 5
    assert found is not None and found[1].text == "0.00 %"


@pytest.mark.parametrize("labels, targets, split", [
    (["Indikator A", "Indikator B"], ["90%", "20%"], True),
    # an indicator broken over two paragraphs: three labels for two targets, no pairing is certain
    (["Persentase pembinaan", "perpustakaan desa", "Indikator B"], ["90%", "20%"], False),
])
def test_a_row_is_split_only_when_its_lines_pair_up(tmp_path, labels, targets, split):
    document = docx.Document()
    document.add_paragraph("PERJANJIAN KINERJA TAHUN 2017")
    table = document.add_table(rows=2, cols=4)
    for cell, text in zip(table.rows[0].cells, ["No.", "Sasaran Strategis", "Indikator Kinerja", "Target"]):
        cell.text = text
    row = table.rows[1].cells
    row[0].text, row[1].text = "1", "Meningkatnya layanan perpustakaan"
    row[2].text, row[3].text = labels[0], targets[0]
    for text in labels[1:]:
        row[2].add_paragraph(text)
    for text in targets[1:]:
        row[3].add_paragraph(text)
    path = tmp_path / "pk.docx"
    document.save(path)
    (tmp_path / "pk.yaml").write_text("agency: Dinas Contoh\nyear: 2017\n", encoding="utf-8")
    read_targets = [t for t in read(path).tables["pk_indikator"].values["target"] if t == t]
    assert read_targets == ([90.0, 20.0] if split else [])


#: Dispusipda's sasaran 3 and 5 (the Word table above) as PDF-to-markdown converters write a cell of several lines:
#: `<br>` inside a pipe cell (marker), `<p>` per line inside an HTML cell (MinerU, docling)
PIPE = ("# PERJANJIAN KINERJA TAHUN 2017\n\n"
        "| NO | SASARAN STRATEGIS | INDIKATOR KINERJA | TARGET 2017 |\n|---|---|---|---|\n"
        "| 3 | Terpenuhinya pelayanan prima berbasis teknologi informasi "
        "| Tingkat kepuasan pemustaka<br>Persentase peningkatan jumlah pengunjung | 90%<br>20% |\n"
        "| 5 | Terwujudnya pengembangan dan pelestarian bahan perpustakaan "
        "| Persentase bahan perpustakaan yang dipreservasi<br/>Persentase bahan perpustakaan yang dialihmediakan "
        "| 0,5%<br/>1,81% |\n")
HTML = """# PERJANJIAN KINERJA TAHUN 2017

<table><tr><th>NO</th><th>SASARAN STRATEGIS</th><th>INDIKATOR KINERJA</th><th>TARGET 2017</th></tr>
<tr><td>3</td><td>Terpenuhinya pelayanan prima berbasis teknologi informasi</td>
<td><p>Tingkat kepuasan pemustaka</p><p>Persentase peningkatan jumlah pengunjung</p></td>
<td><p>90%</p><p>20%</p></td></tr>
<tr><td>5</td><td>Terwujudnya pengembangan dan pelestarian bahan perpustakaan</td>
<td>Persentase bahan perpustakaan yang dipreservasi<br>Persentase bahan perpustakaan yang dialihmediakan</td>
<td>0,5%<br>1,81%</td></tr></table>
"""


@pytest.mark.parametrize("text", [PIPE, HTML], ids=["pipe", "html"])
def test_a_converted_cell_of_several_lines_splits_its_row_alike(tmp_path, text):
    path = tmp_path / "pk.md"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "pk.yaml").write_text("agency: Dinas Perpustakaan dan Kearsipan Daerah\nyear: 2017\n", encoding="utf-8")
    table = read(path).tables["pk_indikator"]
    assert dict(zip(table.values["indikator"], table.values["target"])) == {
        "Tingkat kepuasan pemustaka": 90.0, "Persentase peningkatan jumlah pengunjung": 20.0,
        "Persentase bahan perpustakaan yang dipreservasi": 0.5,
        "Persentase bahan perpustakaan yang dialihmediakan": 1.81}
    assert table.location(1, "target").line == table.location(0, "target").line  # printed on one line
    assert not [f for f in audit.run(str(path)).findings if f.rule_id == "PARSE001"]


def test_a_corrected_markdown_copy_leaves_a_cell_of_several_rows_alone(tmp_path):
    """The same safety for the agency's markdown: `90%<br>20%` is not rewritten as one value."""
    from audit.document.markdown import parse_markdown

    doc = parse_markdown(PIPE, "pk.md")
    fix = types.SimpleNamespace(cell=Location("pk.md", "Tabel #1", "D2"), current_text="20%")
    assert printed_cell(doc, fix) is None


def test_a_performance_agreement_is_not_held_to_the_lkjip_outline():
    """A PK printed on its own has no LKjIP chapters to miss: one note says they were not checked (before: six
    DOC010 warnings, one per LKjIP chapter)."""
    chapters = [f for f in audit.run(str(RSJ)).findings if f.rule_id == "DOC010"]
    assert [(f.severity.value, "Perjanjian Kinerja" in f.message.render("id")) for f in chapters] == [("info", True)]
    assert "performance agreement" in chapters[0].message.render("en")


def test_an_lkjip_naming_its_agreement_in_a_heading_is_still_an_lkjip(tmp_path):
    """`PERJANJIAN KINERJA TAHUN 2023` as a heading of BAB II does not make the report a PK: its missing chapters
    are still found."""
    path = tmp_path / "laporan.md"
    path.write_text("# LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023\n\n# BAB II PERENCANAAN KINERJA\n\n"
                    "## PERJANJIAN KINERJA TAHUN 2023\n\n| Indikator Kinerja | Target |\n|---|---|\n"
                    "| Persentase desa berprestasi | 80 |\n", encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text("agency: Kecamatan Contoh\nyear: 2023\n", encoding="utf-8")
    chapters = [f for f in audit.run(str(path)).findings if f.rule_id == "DOC010"]
    assert len(chapters) == 5 and all(f.severity.value == "warning" for f in chapters)


@pytest.mark.parametrize("title, said", [
    ("RENCANA KERJA (RENJA) DINAS PERTANIAN TAHUN 2017", "Rencana Kerja (Renja)"),
    ("RENCANA STRATEGIS DINAS PERTANIAN TAHUN 2013-2018", "Rencana Strategis (Renstra)"),
    ("LAPORAN KETERANGAN PERTANGGUNGJAWABAN BUPATI TAHUN 2016", "LKPJ"),
    # a kabupaten's RKPD draft quoting a dinas' indicators (the Rancangan Awal RKPD Kab. Batang 2018, round 21)
    ("Rancangan Awal RKPD Kabupaten Batang Tahun 2018", "Rencana Kerja Pemerintah Daerah (RKPD)"),
    ("RENCANA KERJA PEMERINTAH DAERAH PROVINSI JAWA BARAT TAHUN 2019", "(RKPD)"),
    ("RANCANGAN AKHIR RENCANA STRATEGIS DINAS PERTANIAN 2019-2023", "Rencana Strategis (Renstra)"),
])
def test_a_plan_or_an_lkpj_is_not_held_to_the_lkjip_outline(tmp_path, title, said):
    """The same for a Renja, a Renstra or an LKPJ handed in on its own: its title says what it is."""
    path = tmp_path / "dokumen.md"
    path.write_text(f"# {title}\n\n| Program | Pagu (Rp) |\n|---|---|\n| Program Peningkatan Produksi | 1.250.000 |\n",
                    encoding="utf-8")
    (tmp_path / "dokumen.yaml").write_text("agency: Dinas Pertanian\nyear: 2017\n", encoding="utf-8")
    chapters = [f for f in audit.run(str(path)).findings if f.rule_id == "DOC010"]
    assert len(chapters) == 1 and chapters[0].severity.value == "info" and said in chapters[0].message.render("id")
