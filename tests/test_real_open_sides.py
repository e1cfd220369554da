"""An Inspektorat's BAB III (tests/real/inspektorat-jabar-2016-bab3): tables going on at the next page under rules
drawn only between their columns, and a comparison with the Renstra headed `Tahun 2016`.
"""
from __future__ import annotations

from pathlib import Path

import audit
from audit.api import read
from audit.document.model import Paragraph
from audit.document.pdf import _furniture

BAB3 = Path(__file__).resolve().parent / "real" / "inspektorat-jabar-2016-bab3" / "laporan.pdf"


def test_a_table_goes_on_where_its_outer_columns_print_no_lines():
    """`Tabel 3.1 Capaian Kinerja Tahun 2016` prints one indicator on page 2; page 3 goes on with thirteen more, its
    rules drawn only between the inner columns: the number column and the band column (`BS`, `B`) have no outer
    line, so the grid found there is narrower than page 2's. Its columns are placed under page 2's by where they
    stand: one table of fourteen indicators, read as the year's capaian (before: page 3 unread, DOC001)."""
    values = read(BAB3).tables["capaian_indikator"].values
    assert len(values) == 14
    auditors = values[values["indikator"].str.startswith("Jumlah auditor yang telah")].iloc[0]
    assert (auditors["target"], auditors["realisasi"], auditors["capaian"]) == (20, 24, 120)
    assert values.iloc[0]["indikator"].startswith("Hasil penilaian EPPD")


def test_grades_among_the_figures_do_not_make_an_outline():
    """The realisations print grades beside figures (`A`, the auditors' capability level `III`): no outline numbering
    of programmes and kegiatan (before: read as such, the table taken for an LPPD form with its sasaran unread)."""
    result = audit.run(str(BAB3))
    assert "capaian_indikator" in result.tables_read and "lppd" not in result.tables_read
    assert not [f for f in result.findings if f.severity.value == "error"]


def test_a_year_over_figures_is_no_column_of_years():
    """`Tabel 3.3 Perbandingan Realisasi Kinerja Tahun 2016 dengan Target Renstra`: `Target Renstra`, then `Tahun
    2016` over the year's realisations (`80%`, `WTP`). A column headed by a year is that year's figures, not a column
    of years: said unread (DOC003), not read as years (before: SCHEMA003 `nilai di luar rentang` on each figure,
    PARSE001 on `WTP`)."""
    result = audit.run(str(BAB3))
    assert not [f for f in result.findings if f.rule_id.startswith(("SCHEMA", "PARSE001"))]
    unread = [f for f in result.findings if f.rule_id == "DOC003" and "'Tahun 2016'" in f.text("id")]
    assert unread
    assert "tahun" not in read(BAB3).tables["kinerja_renstra"].values.dropna(axis=1, how="all").columns


def test_a_chapter_page_number_is_page_furniture():
    """`III -16`, `II-3`, `Bab IV - 12` printed at a page's foot number the page within its chapter: page furniture,
    which a table going on at the next page passes (Tabel 3.7 of the same report, pages 16 and 17)."""
    assert all(_furniture(Paragraph(text)) for text in ("III -16", "II-3", "IV . 2", "Bab IV - 12", "12", "- 3 -"))
    assert not any(_furniture(Paragraph(text)) for text in ("Tabel 3", "A-1", "3.1 Capaian", "III. Sasaran"))


TABEL_37 = Path(__file__).resolve().parent / "real" / "dishub-jabar-2016-tabel37" / "laporan.pdf"


def test_a_header_printed_again_in_other_lines_is_no_row():
    """A Dinas Perhubungan's `TABEL 3.7 Realisasi Program/Kegiatan yang Menunjang Indikator` (landscape) goes on at
    the next page under its header printed again, the labels broken into four lines of their own (`Pagu Anggaran`
    over `(Rp)`), and the agency's name printed above the page number (`III-24`), above the bottom margin. One
    table of 22 rows, every one a kegiatan's (before: two tables, the second's header lines read as rows)."""
    from audit.document import read_document

    assert len(read_document(TABEL_37).tables) == 1
    values = read(TABEL_37).tables["efisiensi"].values
    assert len(values) == 22
    assert values["pagu"].notna().all()
    assert 197_040_000 in values["pagu"].tolist()  # a kegiatan of the second page


TURNED = Path(__file__).resolve().parent / "real" / "perkim-jabar-2016-turned" / "laporan.pdf"


def test_a_landscape_table_on_a_portrait_page_is_read_upright():
    """A Dinas Permukiman dan Perumahan's BAB III sets its landscape tables on portrait pages, the text running up the
    page. Read turned as the page's `/Rotate` would turn it: its header words and its figures as printed (before:
    `kisiF isasilaeR`, one letter a line, no table)."""
    from audit.document import read_document

    tables = read_document(TURNED).tables
    assert len(tables) == 1
    words = {c.text for row in tables[0].rows for c in row}
    assert {"Sasaran", "Satuan", "Fisik", "Keuangan", "Anggaran"} <= words
    assert "2.418.000.000,00" in words and "162,10%" in words


def test_a_physical_realisation_is_no_ratio_of_amounts():
    """`Realisasi / Keuangan | Fisik`: a programme's row prints its absorption under `Fisik` (2.089.684.150 of
    2.418.000.000, 86,42%), its kegiatan their physical progress (100,00% where 94,36% of the money was spent). The
    work done is judged, not computed from the budget: no generic percentage check takes `Fisik` for one (before: two
    GEN002 errors on the kegiatan)."""
    result = audit.run(str(TURNED))
    assert not [f for f in result.findings if f.rule_id == "GEN002"]


ANGGARAN = Path(__file__).resolve().parent / "real" / "inspektorat-jabar-2016-anggaran" / "laporan.pdf"


def test_rows_merged_by_a_rule_missing_in_some_columns_are_two_rows():
    """`Tabel 3.7 Penyerapan Anggaran Kegiatan Inspektorat` prints `1 Belanja Tidak Langsung /Gaji/Tunjangan` and
    `2 Belanja Langsung` with no rule between them in the label and realisation columns: the label's three lines and
    the two realisations (`17.655.134.167,00 25.544.578.821,00`) in one cell over both rows, each row's own number,
    budget, percentage and remainder apart. Each row gets its own lines and figure (before: one row `Belanja Tidak
    Langsung /Gaji/Tunjangan Belanja Langsung` with both realisations, the second row nameless). The indirect spending
    and the `JUMLAH` below (both kinds of spending) are spending outside the programmes: their own figures checked,
    in no programme's sum; the direct spending is its kegiatan's total. What is found is the report's own: the two
    rows' percentages printed swapped (the indirect spending realised 99,17%, the direct 98,64%), the indirect
    spending's remainder printed 110.183.170 where its budget less its realisation is 148.260.259 (the `JUMLAH`
    adds up with the latter), and the kegiatan (numbered 1 to 15, no 14) 600 rupiah under their budget."""
    values = read(ANGGARAN).tables["realisasi_kegiatan"].values
    indirect, direct = values.iloc[0], values.iloc[1]
    assert (indirect["level"], indirect["uraian"], indirect["realisasi"]) == (
        "luar_program", "Belanja Tidak Langsung /Gaji/Tunjangan", 17_655_134_167)
    assert (direct["level"], direct["uraian"], direct["anggaran"], direct["realisasi"]) == (
        "total", "Belanja Langsung", 25_897_885_000, 25_544_578_821)
    assert values.iloc[-1]["level"] == "luar_program"  # JUMLAH
    assert _errors(ANGGARAN) == _SLIPS


#: the slips of the Inspektorat's budget, printed in its BAB III and again in BAB IV
_SLIPS = [("RATIO002", "Belanja Tidak Langsung /Gaji/Tunjangan", "capaian", 99.17),
          ("SUM043", "Belanja Tidak Langsung /Gaji/Tunjangan", "anggaran", 17_765_317_337),
          ("RATIO002", "Belanja Langsung", "capaian", 98.64),
          ("SUM023", "Belanja Langsung", "anggaran", 25_897_884_400)]


def _errors(path: Path) -> list[tuple]:
    return [(f.rule_id, f.row_label, f.column, round(f.expected, 2)) for f in audit.run(str(path)).findings
            if f.severity.value == "error"]


BAB4 = Path(__file__).resolve().parent / "real" / "inspektorat-jabar-2016-bab4" / "laporan.pdf"


def test_a_table_goes_on_under_a_padding_line_drawn_elsewhere():
    """The same budget in the report's BAB IV (`Tabel 4.1`), going on at page 3: the padding line inside `Keuangan
    (Rp)` stands at 413 points on page 2 and 428 on page 3, so the two grids differ by a line. Each column of page 3
    stands in one of page 2's, in order: one table of fourteen kegiatan (before: page 3 unread, and page 2's nine
    kegiatan taken for all of them, two false SUM023). The same slips of the report as in BAB III."""
    from audit.document import read_document

    assert len(read_document(BAB4).tables) == 1
    assert _errors(BAB4) == _SLIPS
