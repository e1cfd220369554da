"""Revenue-and-spending statements (Laporan Realisasi Anggaran, table kind `lra`): read from real pages, checked
by SUM055-SUM061 and RATIO015, their `Lebih / (Kurang)` left to GEN004.

The real tables (tests/wild/README.md, sources S36, S39, S40 in docs/layouts.md): RSUD Kab. Kudus, semester I 2011
(codes in a `NO. Urut` column, a `Jumlah` after each section, the surplus in brackets, revenue's difference printed
realisasi − anggaran and spending's anggaran − realisasi); Desa Mangguh and Desa Mengani, 2020 (OpenSID: the code
at the start of `Uraian`, its label in the unheaded cell beside it, `JUMLAH PENDAPATAN`, belanja by bidang `01`-`05`,
a `Persentase (%)` column, revenue above its budget). Each mutation changes one printed figure of a copy, and the
expected values are worked out by hand from the page's own figures.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import audit
from audit import api

WILD = Path(__file__).resolve().parent / "wild"
STATEMENTS = ("rsud-kudus-lra", "desa-mangguh-lra", "desa-mengani-lra")
#: what a statement's figures are checked by
CHECKS = ("SUM055", "SUM056", "SUM057", "SUM058", "SUM059", "SUM060", "SUM061", "RATIO015", "GEN001", "GEN002",
          "GEN004")


def _copy(tmp_path: Path, name: str, old: str, new: str) -> Path:
    text = (WILD / name / "laporan.md").read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    (tmp_path / "laporan.md").write_text(text.replace(old, new), encoding="utf-8")
    shutil.copy(WILD / name / "laporan.yaml", tmp_path / "laporan.yaml")
    return tmp_path / "laporan.md"


def _found(result) -> list[tuple]:
    return sorted((f.rule_id, f.severity.value, f.location.cell, f.actual, round(f.expected, 2))
                  for f in result.findings if f.rule_id in CHECKS)


@pytest.mark.parametrize("name", STATEMENTS)
def test_a_real_statement_is_read_as_one_and_is_consistent(name):
    """Read as `lra` (not a coverage gap, not a spending table), every row of figures in its section, and no
    finding of any check: the three pages add up (checked by hand in tests/wild/README.md)."""
    result = audit.run(str(WILD / name / "laporan.md"))
    assert result.tables_read == ["lra"] and not result.coverage.unread
    assert not [f for f in result.findings if f.rule_id in CHECKS or f.rule_id.startswith(("SCHEMA", "DOC00"))]


def test_the_sections_levels_and_parents_come_from_the_codes_and_labels():
    """Kudus: the revenue headings print no figures (`judul`), its one retribusi is the section's first row with
    figures; 5.1 and 5.2 are the spending groups, 5.2.1-5.2.3 under 5.2. Mangguh: `4.1.` under `4. PENDAPATAN`
    printed across both label cells, bidang `01` under `5. BELANJA` though its code does not extend 5, and 6.1
    is the penerimaan half of pembiayaan."""
    kudus = api.read(str(WILD / "rsud-kudus-lra" / "laporan.md")).tables["lra"].values
    rows = {r.no or r.uraian: (r.level, r.bagian, r.id) for r in kudus.itertuples()}
    assert rows["4"] == ("judul", "pendapatan", None) and rows["4.1.2"][0] == "judul"
    assert rows["4.1.2.01.01"] == ("kelompok", "pendapatan", "1.1")
    assert rows["5.2"] == ("kelompok", "belanja", "2.2") and rows["5.2.3"] == ("rincian", "belanja", "2.2.3")
    assert list(kudus.level[kudus.uraian.isin(["Jumlah", "Surplus / (Defisit)"])]) == ["jumlah", "jumlah", "surplus"]
    desa = api.read(str(WILD / "desa-mangguh-lra" / "laporan.md")).tables["lra"].values
    rows = {r.kode or r.uraian: (r.level, r.bagian, r.uraian) for r in desa.itertuples()}
    assert rows["4.1"] == ("kelompok", "pendapatan", "Pendapatan Asli Desa")
    assert rows["4.3.6"][:2] == ("rincian", "pendapatan") and rows["01"][:2] == ("kelompok", "belanja")
    assert rows["6.1"][:2] == ("kelompok", "penerimaan")
    assert rows["JUMLAH BELANJA"][:2] == ("jumlah", "belanja")


def test_a_wrong_leaf_is_found_at_its_parent_and_its_difference(tmp_path):
    """Kudus, Belanja Modal realised 58,580,600 instead of 58,580,500: BELANJA LANGSUNG (5.2) no longer adds up
    (297,327,100 + 11,624,804,553 + 58,580,600 = 11,980,712,253, printed 11,980,712,153: SUM056 at D10), and the
    row's own Lebih / Kurang (8,644,075,000 − 58,580,600 = 8,585,494,400, printed 8,585,494,500) is still GEN004's,
    at E13: the new kind neither silences it nor says it again."""
    result = audit.run(str(_copy(tmp_path, "rsud-kudus-lra", "| 58,580,500 |", "| 58,580,600 |")))
    assert _found(result) == [("GEN004", "error", "E13", 8585494500, 8585494400),
                              ("SUM056", "error", "D10", 11980712153, 11980712253)]
    # the parent's three parts are equally likely to the sum alone; GEN004 names Belanja Modal's own figures, so its
    # realisasi leads (before: 5.2.1's, the first row), still of low confidence (a tie of the sum)
    [parent] = [f for f in result.findings if f.rule_id == "SUM056"]
    best = parent.suggestions[0]
    assert (best.cell.cell, best.proposed, best.confidence) == ("D13", 58580500, "low")


def test_a_wrong_section_total_and_surplus(tmp_path):
    """Kudus, the spending `Jumlah` budget printed 61,649,895,100: it is not 19,041,251,000 + 42,608,644,000
    (SUM058 at C14), the surplus (41,106,544,000 − 61,649,895,100 = (20,543,351,100)) no longer follows from it
    (SUM059 at C15), and its Lebih / Kurang neither (GEN004 at E14); the fix offered is the Jumlah itself."""
    wrong = _copy(tmp_path, "rsud-kudus-lra", "| | Jumlah | 61,649,895,000", "| | Jumlah | 61,649,895,100")
    result = audit.run(str(wrong))
    assert _found(result) == [("GEN004", "error", "E14", 40626181041, 40626181141),
                              ("SUM058", "error", "C14", 61649895100, 61649895000),
                              ("SUM059", "error", "C15", -20543351000, -20543351100)]
    [total] = [f for f in result.findings if f.rule_id == "SUM058"]
    assert (total.suggestions[0].cell.cell, total.suggestions[0].proposed) == ("C14", 61649895000)


def test_a_wrong_surplus_line(tmp_path):
    """Kudus, the surplus budget printed (20,543,351,100): 41,106,544,000 − 61,649,895,000 = (20,543,351,000)."""
    result = audit.run(str(_copy(tmp_path, "rsud-kudus-lra", "(20,543,351,000)", "(20,543,351,100)")))
    assert _found(result) == [("SUM059", "error", "C15", -20543351100, -20543351000)]
    assert "total revenue − total spending" in next(f for f in result.findings if f.rule_id == "SUM059").text("en")


def test_a_wrong_percentage_and_a_revenue_above_budget(tmp_path):
    """Mangguh, bidang 01 printed 96,51%: 706,691,100 / 739,933,227 = 95,51% (RATIO015 at F16). Mengani's Bunga Bank
    at 231,72% (13,902,901 / 6,000,000) is revenue above its budget, not a finding (the real page, above)."""
    result = audit.run(str(_copy(tmp_path, "desa-mangguh-lra", "<td>95.51</td>", "<td>96.51</td>")))
    assert _found(result) == [("RATIO015", "error", "F16", 96.51, 95.51)]


def test_a_wrong_revenue_budget_under_a_desa_statement(tmp_path):
    """Mengani, Bunga Bank's budget printed 6,500,000: Pendapatan Lain-lain (4.3) is 6,000,000 + 1,534,573 =
    7,534,573 as printed, not 8,034,573 (SUM056 at C12), its % is 13,902,901 / 6,500,000 = 213,89, not 231,72
    (RATIO015 at F13), and its Lebih/(Kurang) (anggaran − realisasi on this page) -7,402,901 (GEN004 at E13). The
    two checks of the statement agree on the cell: Bunga Bank's budget back to 6,000,000, with high confidence."""
    result = audit.run(str(_copy(tmp_path, "desa-mengani-lra", "<td>6,000,000</td>", "<td>6,500,000</td>")))
    assert _found(result) == [("GEN004", "error", "E13", -7902901, -7402901),
                              ("RATIO015", "error", "F13", 231.72, 213.89),
                              ("SUM056", "error", "C12", 7534573, 8034573)]
    for finding in (f for f in result.findings if f.rule_id in ("SUM056", "RATIO015")):
        best = finding.suggestions[0]
        assert (best.cell.cell, best.proposed, best.confidence) == ("C13", 6000000, "high")


def test_a_wrong_difference_stays_generic_alone(tmp_path):
    """Mangguh, bidang 03's Lebih/(Kurang) printed 10,247,100 (120,937,000 − 110,690,000 = 10,247,000): GEN004 says
    so at E18; no rule of the statement reads that column, so nothing else does."""
    result = audit.run(str(_copy(tmp_path, "desa-mangguh-lra", "<td>10,247,000</td>", "<td>10,247,100</td>")))
    assert _found(result) == [("GEN004", "error", "E18", 10247100, 10247000)]
    # named by its label, printed beside its code under `Uraian` (before: row '18', the code column read as figures)
    assert [f.row_label for f in result.findings if f.rule_id == "GEN004"] == ["BIDANG PEMBINAAN KEMASYARAKATAN"]


STATEMENT = """# LAMPIRAN

Tabel L.6 Laporan Realisasi Anggaran Pendapatan dan Belanja BLUD UPT Puskesmas Contoh Tahun 2023

| Kode Rekening | Uraian | Anggaran (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 4 | PENDAPATAN | 1.200.000.000 | 1.250.000.000 | 104,17 |
| 4.1 | Pendapatan Jasa Layanan | 1.000.000.000 | 1.080.000.000 | 108,00 |
| 4.2 | Pendapatan Hibah | 200.000.000 | 170.000.000 | 85,00 |
| | Jumlah Pendapatan | 1.200.000.000 | 1.250.000.000 | 104,17 |
| 5 | BELANJA | 1.300.000.000 | 1.150.000.000 | 88,46 |
| 5.1 | Belanja Operasi | 1.100.000.000 | 1.000.000.000 | 90,91 |
| 5.1.1 | Belanja Pegawai | 400.000.000 | 380.000.000 | 95,00 |
| 5.1.2 | Belanja Barang dan Jasa | 700.000.000 | 620.000.000 | 88,57 |
| 5.2 | Belanja Modal | 200.000.000 | 150.000.000 | 75,00 |
| | Jumlah Belanja | 1.300.000.000 | 1.150.000.000 | 88,46 |
| | Surplus / (Defisit) | (100.000.000) | 100.000.000 | |
| 6 | PEMBIAYAAN | | | |
| 6.1 | Penerimaan Pembiayaan | 150.000.000 | 150.000.000 | 100,00 |
| 6.2 | Pengeluaran Pembiayaan | 50.000.000 | 50.000.000 | 100,00 |
| | Pembiayaan Netto | {netto} | 100.000.000 | |
| | Sisa Lebih Pembiayaan Anggaran (SiLPA) | 0 | 200.000.000 | |
"""


@pytest.mark.parametrize("netto, expect", [
    ("100.000.000", []),
    ("150.000.000", [("SUM060", "C16", 150000000, 100000000), ("SUM061", "C17", 0, 50000000)]),
])
def test_a_statement_with_a_code_column_headings_with_figures_and_financing(tmp_path, netto, expect):
    """A puskesmas BLUD's statement in another layout (our figures): a `Kode Rekening` column, section rows that
    print their own totals (4 = 4.1 + 4.2, SUM055), `Jumlah Pendapatan` / `Jumlah Belanja`, Indonesian amounts, a
    pembiayaan section with receipts and payments. Consistent, nothing is found; a net financing printed as the
    receipts alone (150.000.000 for 150.000.000 − 50.000.000) is SUM060, and the SiLPA computed from it (−100.000.000
    + 150.000.000 = 50.000.000, printed 0) SUM061."""
    (tmp_path / "laporan.yaml").write_text("agency: UPT Puskesmas Contoh\nyear: 2023\n", encoding="utf-8")
    path = tmp_path / "laporan.md"
    path.write_text(STATEMENT.format(netto=netto), encoding="utf-8")
    result = audit.run(str(path))
    assert result.tables_read == ["lra"]
    assert sorted((f.rule_id, f.location.cell, f.actual, f.expected) for f in result.findings
                  if f.rule_id in CHECKS or f.rule_id.startswith("SCHEMA")) == expect


def test_a_section_line_that_disagrees_with_its_groups(tmp_path):
    """The same statement, `5 BELANJA` printing a budget of 1.350.000.000 (its groups: 1.100.000.000 + 200.000.000):
    SUM055 at C6, its percentage (1.150.000.000 / 1.350.000.000 = 85,19, printed 88,46) RATIO015 at E6, and nothing
    at the Jumlah, which adds the groups, not the section line."""
    (tmp_path / "laporan.yaml").write_text("agency: UPT Puskesmas Contoh\nyear: 2023\n", encoding="utf-8")
    path = tmp_path / "laporan.md"
    path.write_text(STATEMENT.format(netto="100.000.000").replace("| 5 | BELANJA | 1.300.000.000",
                                                                  "| 5 | BELANJA | 1.350.000.000"), encoding="utf-8")
    result = audit.run(str(path))
    assert sorted((f.rule_id, f.location.cell, round(f.expected, 2)) for f in result.findings
                  if f.rule_id in CHECKS) == [("RATIO015", "E6", 85.19), ("SUM055", "C6", 1300000000)]


def test_a_spending_table_without_revenue_is_no_statement(tmp_path):
    """`Uraian | Anggaran | Realisasi | %` over spending only (no revenue section, no surplus line) stays a spending
    table (`belanja`); the statement kind reads only a table that prints revenue or a surplus."""
    (tmp_path / "laporan.yaml").write_text("agency: Dinas Contoh\nyear: 2023\n", encoding="utf-8")
    path = tmp_path / "laporan.md"
    path.write_text("# BAB III AKUNTABILITAS KINERJA\n\nTabel 3.9 Realisasi Belanja Tahun 2023\n\n"
                    "| Uraian | Anggaran (Rp) | Realisasi (Rp) | % |\n|---|---|---|---|\n"
                    "| Belanja Pegawai | 1.000.000 | 900.000 | 90,00 |\n"
                    "| Belanja Barang dan Jasa | 2.000.000 | 1.500.000 | 75,00 |\n"
                    "| Jumlah | 3.000.000 | 2.400.000 | 80,00 |\n", encoding="utf-8")
    assert audit.run(str(path)).tables_read == ["belanja"]


def test_a_revenue_table_without_a_section_heading_is_read_by_its_caption():
    """The layout corpus's RSUD prints `Tabel 3.4 Realisasi Pendapatan BLUD`: three revenue accounts and `Jumlah`,
    no `PENDAPATAN` heading, headers `Uraian Pendapatan`, `Target (Rp)`, `% Keuangan`. Read as a statement since
    its caption names revenue (before: DOC001, the generic checks only). Its draft's two mistakes: the Jumlah
    realised 41,539,584,050 for 39,672,418,350 + 1,104,250,000 + 462,915,700 = 41,239,584,050 (SUM058), and
    Hasil Kerja Sama at 90,84% for 1,104,250,000 / 1,250,000,000 = 88,34% (RATIO015); the Jumlah's 102,71%
    follows from the wrong total (41,539,584,050 / 40,150,000,000 = 103,46)."""
    corpus = Path(__file__).resolve().parent / "corpus" / "rsud-lembah-hijau"
    clean = audit.run(str(corpus / "clean.md"))
    assert "lra" in clean.tables_read and not [f for f in clean.findings if f.rule_id in CHECKS]
    draft = audit.run(str(corpus / "draft.md"))
    assert sorted((f.rule_id, f.row_label, f.column, round(f.expected, 2)) for f in draft.findings
                  if f.rule_id in CHECKS) == [("RATIO015", "Jumlah", "persentase", 103.46),
                                              ("RATIO015", "Pendapatan Hasil Kerja Sama", "persentase", 88.34),
                                              ("SUM058", "Jumlah", "realisasi", 41239584050)]


def test_a_partial_total_and_a_named_group_are_no_section_lines(tmp_path):
    """`Pendapatan Asli Daerah` is a group of pendapatan, not its heading, and `Jumlah Pendapatan Asli Daerah` a
    total of part of the section, not the section's `Jumlah` (our figures): neither is compared as such, and the
    section's `Jumlah Pendapatan` still adds its groups (900 + 300, its figure wrong here: SUM058 at C8)."""
    (tmp_path / "laporan.yaml").write_text("agency: Badan Pendapatan Daerah Kota Contoh\nyear: 2023\n",
                                           encoding="utf-8")
    path = tmp_path / "laporan.md"
    path.write_text("# LAMPIRAN\n\nLaporan Realisasi Anggaran Pendapatan dan Belanja Tahun 2023\n\n"
                    "| Kode | Uraian | Anggaran | Realisasi |\n|---|---|---|---|\n"
                    "| 4 | PENDAPATAN DAERAH | | |\n"
                    "| 4.1 | Pendapatan Asli Daerah | 900 | 950 |\n"
                    "| 4.1.1 | Pajak Daerah | 600 | 650 |\n"
                    "| 4.1.2 | Retribusi Daerah | 300 | 300 |\n"
                    "| | Jumlah Pendapatan Asli Daerah | 900 | 950 |\n"
                    "| 4.2 | Pendapatan Transfer | 300 | 300 |\n"
                    "| | Jumlah Pendapatan | 1.250 | 1.250 |\n", encoding="utf-8")
    result = audit.run(str(path))
    levels = api.read(str(path)).tables["lra"].values.level.tolist()
    assert levels == ["judul", "kelompok", "rincian", "rincian", "judul", "kelompok", "jumlah"]
    assert [(f.rule_id, f.location.cell, f.expected) for f in result.findings if f.rule_id in CHECKS] == \
        [("SUM058", "C8", 1200)]


@pytest.mark.parametrize("spaced", [
    lambda code: code.replace(".", " . "),  # `5 . 2 . 1`, as Kab. Mojokerto's chart of accounts prints its codes
    lambda code: code.replace(".", ". "),  # `5. 2. 1`
])
def test_codes_printed_with_spaces_keep_the_statement_s_parents(tmp_path, spaced):
    """Kudus with every code printed with spaces around its dots (the form of the code lists of S48 in
    docs/layouts.md; the figures as the page prints them): read exactly as with `5.2.1` (5.2 the parent of
    5.2.1-5.2.3), and the wrong leaf of `test_a_wrong_leaf_is_found_at_its_parent_and_its_difference` is found
    at the same parent. Before, `5 . 2 . 1` was code 5 with the label `. 2 . 1 Belanja Pegawai`: every row of
    spending a group of its own, 5.2 added to nothing."""
    import re

    text = (WILD / "rsud-kudus-lra" / "laporan.md").read_text(encoding="utf-8")
    text = re.sub(r"^\| (\d[\d.]*) \|", lambda m: f"| {spaced(m.group(1))} |", text, flags=re.M)
    assert "5 . 2 . 1" in text or "5. 2. 1" in text
    (tmp_path / "laporan.md").write_text(text, encoding="utf-8")
    shutil.copy(WILD / "rsud-kudus-lra" / "laporan.yaml", tmp_path / "laporan.yaml")
    rows = api.read(str(tmp_path / "laporan.md")).tables["lra"].values
    levels = dict(zip(rows.uraian, zip(rows.level, rows.id)))
    assert levels["BELANJA LANGSUNG"] == ("kelompok", "2.2") and levels["Belanja Modal"] == ("rincian", "2.2.3")
    assert not [f for f in audit.run(str(tmp_path / "laporan.md")).findings if f.rule_id in CHECKS]
    (tmp_path / "laporan.md").write_text(text.replace("| 58,580,500 |", "| 58,580,600 |"), encoding="utf-8")
    assert ("SUM056", "error", "D10", 11980712153, 11980712253) in _found(audit.run(str(tmp_path / "laporan.md")))


def test_a_line_whose_term_is_not_printed_is_said_unchecked(tmp_path):
    """The same statement without its `Pembiayaan Netto` line: the SiLPA (surplus + net financing) cannot be
    compared, and SUM061 is not counted as run but as run without rows, beside SUM060 (no net financing line to
    check); printed whole, both ran."""
    (tmp_path / "laporan.yaml").write_text("agency: UPT Puskesmas Contoh\nyear: 2023\n", encoding="utf-8")
    path = tmp_path / "laporan.md"
    whole = STATEMENT.format(netto="100.000.000")
    path.write_text(whole, encoding="utf-8")
    assert not {"SUM060", "SUM061"} & set(audit.run(str(path), suggest=False).coverage.without_rows)
    path.write_text("".join(line for line in whole.splitlines(keepends=True) if "Pembiayaan Netto" not in line),
                    encoding="utf-8")
    result = audit.run(str(path), suggest=False)
    assert {"SUM060", "SUM061"} <= set(result.coverage.without_rows)
    assert not [f for f in result.findings if f.rule_id in CHECKS]
