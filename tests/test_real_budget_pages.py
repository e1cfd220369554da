"""Budget and performance pages of Jawa Barat LKIPs 2016 (tests/real/bplhd-, bp3iptek-, disbun-jabar-2016) whose PDF
grid is finer than their printed columns, whose programmes sit under groups (`URUSAN WAJIB`, `TUGAS PEMBANTUAN`) or
whose kegiatan are named without the word `Kegiatan`: read as printed, their sums held, their true slip found.
"""
from __future__ import annotations

from pathlib import Path

import audit
import audit.document.report
from audit.api import read
from audit.document import read_document

REAL = Path(__file__).resolve().parent / "real"
DISBUN = REAL / "disbun-jabar-2016" / "laporan.pdf"
BP3IPTEK = REAL / "bp3iptek-jabar-2016" / "laporan.pdf"
BPLHD = REAL / "bplhd-jabar-2016" / "laporan.pdf"


def _sums(result) -> list[tuple]:
    return sorted((f.rule_id, f.row_label, f.actual, f.expected) for f in result.findings
                  if f.rule_id.startswith("SUM"))


def _planted(monkeypatch, path: Path, printed: str, text: str):
    """The pages with one figure printed otherwise (the first cell printing `printed`): a slip planted to be found."""
    doc = read_document(path)
    cell = next(c for t in doc.tables for r in t.rows for c in r if c.text == printed)
    cell.text = text
    monkeypatch.setattr(audit.document.report, "read_document", lambda path, limits=None: doc)
    return audit.run(str(path))


def test_a_budget_over_padding_columns_is_read_by_its_printed_columns():
    """Tabel 2.5 (Pagu Program/Kegiatan APBD) draws each cell's padding as lines of its own: `Program/ Kegiatan` and
    `Jml Anggaran (Rp)` stand over three grid columns each, a label or a budget printed in one or another of them as
    it stands in (before: the kegiatan under a programme printed in the second were read as no rows, the programmes'
    sums as 26.515.733.842 for each). Read as its three printed columns: the urusan rows (`URUSAN WAJIB`, `URUSAN
    PILIHAN`, sums of their programmes) are no programmes, the eleven programmes are numbered as printed, and the
    table adds up: its total is its programmes' sum, each programme its kegiatan's. A label's last line ruled as a
    row of its own (`(DAK)`) is its label's, no kegiatan."""
    doc = read_document(DISBUN)
    assert [t.width for t in doc.tables] == [3, 3]
    table = read(DISBUN).tables["lppd"].values
    programmes = table[table["level"] == "program"]
    assert list(programmes["id"]) == [str(n) for n in range(1, 12)]
    assert (table["level"] == "kegiatan").sum() == 47
    assert not [f for f in audit.run(str(DISBUN)).findings if f.location.sheet == "Tabel #1"]


def test_a_kegiatan_slip_in_the_padded_budget_is_found_at_its_programme(monkeypatch):
    """`12. Kegiatan Peningkatan Sarana ... (DAK)` printed 2.350.000.000 for 2.250.000.000 (a budget printed in the
    padding's first grid column, its label's last line `(DAK)` in a ruled row of its own): said at its programme,
    against the kegiatan's sum, and nowhere else (the total is still its programmes' sum)."""
    found = _sums(_planted(monkeypatch, DISBUN, "2.250.000.000", "2.350.000.000"))
    assert [(f[0], f[1], f[2], f[3]) for f in found if f[0] != "SUM031"] == [
        ("SUM027", "Program Peningkatan Sarana dan Prasarana Aparatur", 9608525000.0, 9708525000.0)]


def test_programmes_numbered_again_under_each_source_of_funds_are_told_apart():
    """Tabel 2.6 (APBN) prints `TUGAS PEMBANTUAN` and, on the next page, `DANA DEKONSENTRASI`, each numbering its
    programmes from `1.` (before: nine SCHEMA001 duplicates, the second source's kegiatan summed into the first's
    programmes, and the sources' own rows taken as kegiatan: the total held to twice itself). What the page prints
    wrong, and only that: `PROGRAM PENINGKATAN PRODUKSI ...` 109.571.450.000 over six kegiatan of 21.244.979.000
    (the source's 22.061.479.000 is these and the second programme's 816.500.000)."""
    result = audit.run(str(DISBUN))
    assert not [f for f in result.findings if f.rule_id == "SCHEMA001"]
    assert [(f[0], f[2], f[3]) for f in _sums(result)] == [("SUM031", 109571450000.0, 21244979000.0)]


def test_a_kegiatan_named_without_the_word_is_a_kegiatan_of_its_programme(monkeypatch):
    """BP3IPTEK's Tabel 3.2 names some kegiatan without `Kegiatan` (`Penelitian Mandiri Bagi Peneliti ...`,
    `Pendukung Focus Grup Discussion ...`, `Penerbitan Jurnal dan Buletin BP3Iptek`). Before, each was a programme
    of its own: the programme above held to its first kegiatan alone (8 false SUM027 errors). Now the pages add up
    but for one true slip, and a slip in such a kegiatan is said at its programme."""
    true = [("SUM027", "Program Kerjasama Pembangunan", 7273431900.0, 7273431711.0)]
    assert _sums(audit.run(str(BP3IPTEK))) == true
    found = _sums(_planted(monkeypatch, BP3IPTEK, "568.356.000,00", "586.356.000,00"))
    assert [(f[0], f[1][:30], f[2], f[3]) for f in found if f not in true] == [
        ("SUM027", "Program Penelitian, Studi dan ", 10659902000.0, 10677902000.0)]


def test_two_rows_figures_in_one_merged_cell_are_each_rows():
    """The same table prints the realisation of two kegiatan in one cell merged over both rows
    (`975.767.379,00 6.297.664.332,00`, each kegiatan with its own budget beside it). Before: said unreadable
    (PARSE001) twice, the programme's realisation unchecked. Each row has its figure: the programme
    `Kerjasama Pembangunan` prints 7.273.431.900 where its kegiatan realised 975.767.379 + 6.297.664.332 =
    7.273.431.711, a slip of 189 found."""
    result = audit.run(str(BP3IPTEK))
    assert not [f for f in result.findings if f.rule_id == "PARSE001"]
    table = read(BP3IPTEK).tables["lppd"].values
    row = table[table["uraian"].fillna("").str.startswith("Kegiatan Kerjasama Pelaksanaan")].iloc[0]
    assert row["realisasi_anggaran"] == 6297664332.0


def test_a_yearless_target_left_of_the_years_does_not_take_each_years_target():
    """BPLHD's Tabel 3.2 prints `Target` left of the `2015` group (the group label's cell cut short by the grid)
    and `Target` again under `2016`. Before, the first took every year's target (2016's row held to 2015's 39%:
    five false RATIO013/RATIO014 errors). Each year's own target is read (42,5 % for 2016), the other said
    unread, and the capaian agree."""
    table = read(BPLHD).tables["kinerja_tahunan"].values
    row = table[(table["indikator"].str.startswith("Pencapaian Status Mutu")) & (table["tahun"] == 2016)].iloc[0]
    assert (row["target"], row["realisasi"], row["capaian"]) == (42.5, 56.12, 132.05)
    result = audit.run(str(BPLHD))
    assert not [f for f in result.findings if f.rule_id.startswith("RATIO")]
    assert any(f.rule_id == "DOC003" and "Target" in f.message.render("id") for f in result.findings)


def test_an_indicator_label_over_codes_and_names_reads_the_names(tmp_path):
    """Disbun's Perjanjian Kinerja (LKIP 2016, pages 19-36) prints `Indikator Kinerja Program (Outcome)` over two
    columns: the indicator's code (`0.0.1.`) and its name. Before, the label named the codes: the indicators were
    read as `0.0.1.`, `0.0.2.` (and as duplicates of the next table's). Reproduced as an HTML table, its figures as
    printed: the names are the indicators, the codes' column is read as nothing."""
    path = tmp_path / "laporan.md"
    path.write_text("""# Perjanjian Kinerja Tahun 2016

Dinas Perkebunan Provinsi Jawa Barat

Tabel 2.3. Perjanjian Kinerja Program (Outcome) Tahun 2016

<table>
<tr><th>No</th><th>Sasaran Strategis</th><th colspan="2">Indikator Kinerja Program (Outcome)</th><th>Target 2016</th>
<th>Penanggung Jawab</th></tr>
<tr><td>8</td><td>Meningkatnya kualitas pelayanan administrasi perkantoran</td><td>0.0.1.</td>
<td>Prosentase penyelesaian dokumen perencanaan</td><td>100</td><td>Sekretaris</td></tr>
<tr><td></td><td></td><td>0.0.2.</td><td>Prosentase penanganan administrasi umum</td><td>100</td>
<td>Sekretaris</td></tr>
<tr><td></td><td></td><td>0.0.3.</td><td>Prosentase penanganan pelayanan administrasi keuangan</td><td>70</td>
<td>Sekretaris</td></tr>
</table>
""", encoding="utf-8")
    table = read(path).tables["pk_indikator"].values
    assert list(table["indikator"]) == ["Prosentase penyelesaian dokumen perencanaan",
                                        "Prosentase penanganan administrasi umum",
                                        "Prosentase penanganan pelayanan administrasi keuangan"]
    assert list(table["target"]) == [100, 100, 70]


BKPP = REAL / "bkpp1-jabar-2016" / "laporan.pdf"


def test_a_statement_numbered_as_an_outline_is_read_as_the_statement_it_is():
    """BKPP Wilayah I's `Ringkasan laporan realisasi anggaran` numbers its sections and accounts as an outline
    (`1`, `1.1`, `1.1.1`; `2`, `2.1`, `2.2.3.1`) and prints its revenue section's two headings in one ruled row
    (`PENDAPATAN DAERAH PENDAPATAN ASLI DAERAH`). Before, it was read as a kegiatan table (the numbering taken for
    programme > kegiatan): its revenue summed with its spending, two false SUM023 errors. Read as the statement it is,
    what it prints wrong: spending's `JUMLAH` 16.950.760.483 for 8.416.268.983 + 8.564.491.500 (the prose says
    16.980.760.483), and realisations of `BELANJA LANGSUNG` and `Belanja Modal` their accounts do not add up to."""
    result = audit.run(str(BKPP))
    assert result.tables_read == ["lra"]
    assert _sums(result) == [
        ("SUM056", "BELANJA LANGSUNG", 8526997765.0, 9283944726.0),
        ("SUM057", "Belanja Modal", 2298598461.0, 1908586725.0),
        ("SUM058", "JUMLAH", 16335857317.0, 16390857317.0),
        ("SUM058", "JUMLAH", 16950760483.0, 16980760483.0)]


DINKES_BUDGET = REAL / "dinkes-jabar-2016-anggaran" / "laporan.pdf"


def test_a_figure_padded_with_space_glyphs_over_its_digits_is_one_figure():
    """The Dinkes' budget realisation (pages 82-83) prints a programme's realisation right-aligned, Word padding it
    with space glyphs laid over its first digits: read in place, `4 7 6 .950.840`. Before: said unreadable
    (PARSE001, on the whole report twice more: `5 1 8 . 3 0 9 . 2 0 0 , -` at the RS Jiwa, `1 0 0,00%` at a
    Balitbang). A space printed under a figure's glyph is no gap: 476.950.840, 92,59% of its 515.102.000."""
    result = audit.run(str(DINKES_BUDGET))
    assert not [f for f in result.findings if f.rule_id == "PARSE001"]
    table = read(DINKES_BUDGET).tables["lppd"].values
    row = table[table["anggaran"] == 515102000].iloc[0]
    assert (row["realisasi_anggaran"], row["capaian_anggaran"]) == (476950840.0, 92.59)
