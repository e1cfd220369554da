"""Coverage tables (cakupan, Standar Pelayanan Minimal; table kind `cakupan`): a population to serve, the count
served, their share, the target share, sometimes the capaian against it and the gap to it.

The real table: tests/wild/puskesmas-ukm-capaian (capaian kinerja UKM of a puskesmas, 2020, S38 in
docs/layouts.md): `Sasaran` a count of people, `Target` a percentage, `Cakupan` over `Angka  %`, group headings
`a. Kesehatan Ibu` on rows of their own. The SPM tables below are written for these tests in the wordings of a
dinas kesehatan (`Jenis Pelayanan Dasar`, `Jumlah Sasaran`, `Jumlah yang Dilayani`, `Capaian SPM (%)`) and of a
dinas pendidikan (`Indikator SPM`, `Jumlah Terlayani`, `Persentase`, `Capaian`); their figures are worked out by
hand in the comments.
"""
from __future__ import annotations

from pathlib import Path

from helpers import changed_copy

import audit
from audit import api

WILD = Path(__file__).resolve().parent / "wild"
PUSKESMAS = WILD / "puskesmas-ukm-capaian" / "laporan.md"
#: a puskesmas' UKP performance instrument (PKP form, 2019): `Total Sasaran`, `Pencapaian`, `%Cakupan Riil`
PKP = WILD / "puskesmas-ukp-kinerja" / "laporan.md"
CHECKS = ("RATIO016", "RATIO017", "GEN001", "GEN002", "GEN004")

SPM = """# LAPORAN KINERJA DINAS KESEHATAN KABUPATEN CONTOH TAHUN 2023

Tabel 3.9 Capaian Standar Pelayanan Minimal Bidang Kesehatan Tahun 2023

| No | Jenis Pelayanan Dasar | Jumlah Sasaran | Jumlah yang Dilayani | Capaian SPM (%) | Target (%) | Kesenjangan (%) |
|---|---|---|---|---|---|---|
| 1 | Pelayanan kesehatan ibu hamil | 4.210 | 3.998 | 94,96 | 100 | 5,04 |
| 2 | Pelayanan kesehatan ibu bersalin | 4.018 | 3.990 | 99,30 | 100 | 0,70 |
| 3 | Pelayanan kesehatan balita | 16.520 | 14.233 | 86,16 | 100 | 13,84 |

Tabel 3.10 Capaian SPM Bidang Pendidikan

| No | Indikator SPM | Jumlah Sasaran | Jumlah Terlayani | Persentase (%) | Target | Capaian (%) |
|---|---|---|---|---|---|---|
| 1 | Anak usia 7-12 tahun yang berpartisipasi dalam pendidikan dasar | 12.400 | 12.150 | 97,98 | 100% | 97,98 |
| 2 | Anak usia 13-15 tahun yang berpartisipasi dalam pendidikan dasar | 6.100 | 5.490 | 90,00 | 95% | 94,74 |
"""


def _copy(tmp_path: Path, old: str, new: str) -> str:
    return changed_copy(tmp_path, PUSKESMAS, old, new)


def _spm(tmp_path: Path, *changes: tuple[str, str]) -> str:
    text = SPM
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    (tmp_path / "laporan.md").write_text(text, encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text("agency: Dinas Kesehatan Kabupaten Contoh\nyear: 2023\n", encoding="utf-8")
    return str(tmp_path / "laporan.md")


def _checks(result) -> list[tuple]:
    return sorted((f.rule_id, f.severity.value, f.location.cell, f.actual, round(f.expected, 2))
                  for f in result.findings if f.rule_id in CHECKS)


def test_the_puskesmas_table_is_read_as_coverage_and_is_consistent():
    """Read as `cakupan` (before: said unread, DOC001): every % is Angka / Sasaran (146 / 179 = 81,56; 171 / 163 =
    104,91 above its 93,50% target), so no finding; no other kind is read. Its targets are compared with nothing
    (RATIO017 recomputes a capaian the table does not print): said unchecked (COVER001, info)."""
    result = audit.run(str(PUSKESMAS))
    assert result.tables_read == ["cakupan"] and not result.coverage.unread
    assert [f.rule_id for f in result.findings if f.rule_id != "DOC010"] == ["COVER001"]


def test_group_headings_are_no_indicators():
    """`a. Kesehatan Ibu`, `b. Pelayanan Kesehatan Bayi Baru Lahir`, `c.Pelayanan Kesehatan Balita` print no
    figure: headings (`kelompok`); the sixteen rows with figures are the indicators, the population and count read
    as counts and the target as a percentage."""
    table = api.read(str(PUSKESMAS)).tables["cakupan"].values
    headings = list(table.indikator[table.level == "kelompok"])
    assert headings == ["a. Kesehatan Ibu", "b. Pelayanan Kesehatan Bayi Baru Lahir", "c.Pelayanan Kesehatan Balita"]
    items = table[table.level == "item"]
    assert len(items) == 16
    k4 = items[items.indikator.str.contains("K4")].iloc[0]
    assert (k4.sasaran, k4.terlayani, k4.target, k4.cakupan) == (179, 146, 100, 81.56)


def test_a_mistyped_coverage_is_found_at_its_cell_with_the_recomputed_value(tmp_path):
    """K4 printed 86,56 for 146 / 179 = 81,56%: RATIO016 at the % cell (F4), the fix the recomputed 81,56; the
    generic percentage check no longer says it (the table is read), and nothing else is said."""
    result = audit.run(_copy(tmp_path, "<td>146</td><td>81.56</td>", "<td>146</td><td>86.56</td>"))
    assert _checks(result) == [("RATIO016", "error", "F4", 86.56, 81.56)]
    [finding] = [f for f in result.findings if f.rule_id == "RATIO016"]
    top = finding.suggestions[0]
    assert (top.column, top.proposed, top.cell.cell) == ("cakupan", 81.56, "F4")
    assert "terlayani / sasaran" in finding.text("id")


def test_a_count_changed_moves_its_coverage_out_of_line(tmp_path):
    """Imunisasi dasar lengkap: 171 served of 163 printed 104,91; with 161 served it would be 98,77%. The finding is
    on the printed % (its row's recomputation is its first candidate), and the count that reproduces the printed
    % (171) is offered as well."""
    result = audit.run(_copy(tmp_path, "<td>171</td><td>104.91</td>", "<td>161</td><td>104.91</td>"))
    assert _checks(result) == [("RATIO016", "error", "F18", 104.91, 98.77)]
    [finding] = [f for f in result.findings if f.rule_id == "RATIO016"]
    proposed = {(s.column, round(s.proposed)) for s in finding.suggestions}
    assert ("terlayani", 171) in proposed


def test_spm_tables_of_a_dinas_kesehatan_and_a_dinas_pendidikan_are_read_and_consistent(tmp_path):
    """Other wordings, other sectors: both tables read as `cakupan`, thousands printed with a dot (`4.210`) read as
    counts; 3.998 / 4.210 = 94,96, 14.233 / 16.520 = 86,16, 5.490 / 6.100 = 90,00 and 90 / 95 = 94,74 (capaian), the
    kesenjangan 100 − 86,16 = 13,84: nothing to say."""
    result = audit.run(_spm(tmp_path))
    assert result.tables_read == ["cakupan"] and not result.coverage.unread
    assert [f.rule_id for f in result.findings if f.rule_id != "DOC010"] == []
    table = api.read(_spm(tmp_path)).tables["cakupan"].values
    assert list(table.sasaran) == [4210, 4018, 16520, 12400, 6100]


def test_a_wrong_capaian_and_a_wrong_gap_are_each_found_once(tmp_path):
    """Capaian printed 90,00 for 90 / 95 = 94,74: RATIO017 at its cell with the recomputed value. The kesenjangan
    printed 12,84 for 100 − 86,16 = 13,84: GEN004 (the generic difference check, in read tables too), and no
    rule of the kind says it a second time."""
    result = audit.run(_spm(tmp_path, ("| 90,00 | 95% | 94,74 |", "| 90,00 | 95% | 90,00 |"),
                            ("| 86,16 | 100 | 13,84 |", "| 86,16 | 100 | 12,84 |")))
    assert _checks(result) == [("GEN004", "error", "G4", 12.84, 13.84), ("RATIO017", "error", "G3", 90.0, 94.74)]
    [capaian] = [f for f in result.findings if f.rule_id == "RATIO017"]
    assert (capaian.suggestions[0].column, capaian.suggestions[0].proposed) == ("capaian", 94.74)


def test_indicator_and_staff_tables_are_not_taken_for_coverage():
    """A target / realisasi / capaian table stays `capaian_indikator` (pupr-dumai, spkt-polda-jateng), a staff table
    stays a staff table (kec-payakumbuh-selatan-sdm), a multi-year table stays `kinerja_tahunan`."""
    expected = {"pupr-dumai": ["capaian_indikator"], "spkt-polda-jateng": ["capaian_indikator"],
                "kec-payakumbuh-selatan-sdm": ["pegawai_pendidikan", "pegawai_umur"],
                "manggarai-timur-kematian": ["kinerja_tahunan"]}
    for name, kinds in expected.items():
        assert sorted(audit.run(str(WILD / name / "laporan.md")).tables_read) == kinds, name


def test_a_pkp_instrument_is_read_with_its_own_wording_and_its_two_faults_found():
    """The PKP form heads the label `Pelayanan Kesehatan/ Program/Variabel/Sub Variabel Program`, the population
    `Total Sasaran`, the count `Pencapaian (dalam satuan sasaran)`, the share `%Cakupan Riil`; its `% Kinerja
    Puskesmas` scores (capped at 100: diabetes 171,9% scores 100,0) are no capaian of the kind and stay unread, the
    score printed on a group row (89.1 under `Program`) is no programme name. Targets printed as bounds (`>1`,
    `< 20 %`) are said unchecked (info). Checked by hand: every share is Pencapaian / Total Sasaran (9 / 11 = 81,8;
    1112 / 647 = 171,9; 164 / 204 = 80,4 ...) but Angka Kontak (37,4 for 249 / 8253 = 3,02%) and Rasio Rujukan,
    which prints `#DIV/0!`; two targets' `Target Sasaran` print `#VALUE!`."""
    result = audit.run(str(PKP))
    assert result.tables_read == ["cakupan"] and not result.coverage.unread
    found = sorted((f.rule_id, f.severity.value, f.location.cell) for f in result.findings if f.rule_id != "DOC010")
    # DOC003: the `% Kinerja Puskesmas` scores are read by no check, and the reviewer is told so; COVER001: the
    # targets read are compared with nothing (no capaian column for RATIO017); GEN005: `Target Sasaran`, a column
    # the kind does not read, prints the spreadsheet error `#VALUE!` where the target is a bound
    assert found == [("COVER001", "info", None), ("DOC003", "info", None), ("GEN005", "error", "F12"),
                     ("GEN005", "error", "F20"), ("PARSE001", "error", "H7"),
                     ("PARSE004", "info", "C12"), ("PARSE004", "info", "C20"), ("RATIO016", "error", "H6")]
    table = api.read(str(PKP)).tables["cakupan"].values
    assert list(table.indikator[table.level == "kelompok"]) == [
        "2.3.Upaya Kesehatan Perseorangan (UKP)", "2.3.1. Pelayanan Non Rawat Inap", "2.3.2. Pelayanan Gawat Darurat",
        "2.3.3. Pelayanan Kefarmasian"]
    assert "capaian" not in table.columns or table.capaian.isna().all()
