"""The realisation so far against the medium-term target (PermenPANRB 53/2014: `realisasi kinerja sampai dengan
tahun ini dengan target jangka menengah`) is `kinerja_renstra`, its target `target_akhir`: never the year's target
of the yearly table, and the capaian against it is recomputed against it (RATIO018).

The documents are in our wording, with the headers of a real page (tests/wild/pa-demak-posbakum, S57: `Realisasi
s.d Tahun 2023 | Target Jangka Menengah`) and a Renstra ending after the report's year, as most reports are.
"""
from __future__ import annotations

from pathlib import Path

import audit

YEARLY = """| No | Indikator Kinerja | Target 2023 | Realisasi 2023 | Capaian (%) |
|---|---|---|---|---|
| 1 | Persentase layanan tepat waktu | 90 | 90 | 100 |
| 2 | Indeks kepuasan masyarakat | 80 | 80 | 100 |
"""

RENSTRA = """| No | Indikator Kinerja | Realisasi s.d Tahun 2023 | Target Jangka Menengah | Capaian (%) |
|---|---|---|---|---|
| 1 | Persentase layanan tepat waktu | 90 | 95 | 94,74 |
| 2 | Indeks kepuasan masyarakat | 80 | 85 | {capaian} |
"""


def _report(tmp_path: Path, capaian: str = "94,12") -> Path:
    text = ("# LKjIP Dinas Contoh Tahun 2023\n\n## BAB III AKUNTABILITAS KINERJA\n\n"
            "Perbandingan realisasi kinerja tahun 2023 dengan tahun-tahun sebelumnya\n\n" + YEARLY +
            "\nPerbandingan realisasi kinerja sampai dengan tahun ini dengan target jangka menengah yang terdapat "
            "dalam dokumen perencanaan strategis organisasi\n\n" + RENSTRA.format(capaian=capaian))
    (tmp_path / "laporan.md").write_text(text, encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text("agency: Dinas Contoh\nyear: 2023\n", encoding="utf-8")
    return tmp_path / "laporan.md"


def test_a_medium_term_target_is_not_the_years_target(tmp_path):
    """The Renstra table is read as its own kind, its target as `target_akhir` of the row of 2023 (the year its
    realisation names), and no rule compares it with the yearly table's 2023 target (90 against 95 is no
    inconsistency: they are targets of different years); the realisations agree."""
    from audit import api

    path = _report(tmp_path)
    renstra = api.read(str(path)).tables["kinerja_renstra"].values
    assert renstra["target"].isna().all() and renstra["target_akhir"].tolist() == [95.0, 85.0]
    assert renstra["tahun"].tolist() == [2023.0, 2023.0]
    result = audit.run(str(path), suggest=False)
    assert set(result.tables_read) == {"kinerja_tahunan", "kinerja_renstra"}
    assert [f.rule_id for f in result.findings if f.severity.value != "info" and f.rule_id != "DOC010"] == []


def test_a_capaian_against_the_medium_term_target_is_recomputed(tmp_path):
    """80 / 85 = 94,12%; printed 96,12 it is found at its cell, the medium-term target named in the formula."""
    result = audit.run(str(_report(tmp_path, capaian="96,12")), suggest=False)
    [finding] = [f for f in result.findings if f.rule_id.startswith("RATIO")]
    assert (finding.rule_id, finding.column, round(finding.expected, 2)) == ("RATIO018", "capaian", 94.12)
    assert "target jangka menengah" in finding.text("id")


#: the year's target and the Renstra's end target side by side, each with its capaian (the header of a real page:
#: tests/wild/klh-kulon-progo-iku, S60); our figures: the targets differ
BOTH = """<table>
<tr><th rowspan="2">Indikator Kinerja Utama</th><th colspan="3">2023</th>\
<th rowspan="2">Target Akhir Renstra 2026</th><th rowspan="2">Capaian s.d. 2023 terhadap Target Akhir Renstra</th></tr>
<tr><th>Target</th><th>Realisasi</th><th>% realisasi</th></tr>
<tr><td>Indeks Kualitas Udara</td><td>90,00</td><td>88,20</td><td>98,00</td><td>95,00</td><td>{akhir}</td></tr>
<tr><td>Indeks Kualitas Air</td><td>60,00</td><td>63,00</td><td>105,00</td><td>70,00</td><td>90,00</td></tr>
</table>
"""


def _both(tmp_path: Path, akhir: str = "92,84", drop_second: bool = False) -> Path:
    table = BOTH.format(akhir=akhir)
    if drop_second:  # one capaian only, beside both targets
        table = table.replace('<th rowspan="2">Capaian s.d. 2023 terhadap Target Akhir Renstra</th>', "")
        table = "\n".join(line.rsplit("<td>", 1)[0] + "</tr>" if line.startswith("<tr><td>") else line
                          for line in table.split("\n"))
    text = ("# LKjIP Dinas Lingkungan Hidup Contoh Tahun 2023\n\n## BAB III AKUNTABILITAS KINERJA\n\n"
            "Tabel 3.1 Capaian Kinerja terhadap Target Akhir Renstra\n\n" + table)
    (tmp_path / "laporan.md").write_text(text, encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text("agency: Dinas Lingkungan Hidup Contoh\nyear: 2023\n", encoding="utf-8")
    return tmp_path / "laporan.md"


def _ratios(path: Path) -> list[tuple]:
    return sorted((f.rule_id, f.column, f.row_label, round(f.expected, 2))
                  for f in audit.run(str(path), suggest=False).findings if f.rule_id.startswith("RATIO"))


def test_a_capaian_against_each_target_in_its_own_column(tmp_path):
    """88,20 / 90 = 98,00 against the year's target (RATIO014); 88,20 / 95 = 92,84 against the Renstra's end target
    of 2026, its own column `capaian_akhir` (RATIO019), both on the row of 2023. Both right: nothing (before, the end
    target went to a row of its own for 2026 and the second capaian column was said unread). The second printed
    93,84 is found at its cell."""
    from audit import api

    values = api.read(str(_both(tmp_path))).tables["kinerja_renstra"].values  # 2026 is the Renstra's last year
    assert values[["tahun", "target", "target_akhir", "capaian", "capaian_akhir"]].values.tolist() == [
        [2023.0, 90.0, 95.0, 98.0, 92.84], [2023.0, 60.0, 70.0, 105.0, 90.0]]
    assert _ratios(_both(tmp_path)) == []
    assert _ratios(_both(tmp_path, akhir="93,84")) == [
        ("RATIO019", "capaian_akhir", "Indeks Kualitas Udara (2023)", 92.84)]


def test_one_capaian_beside_both_targets_is_the_years(tmp_path):
    """Without the second column, the one capaian of a row printing the year's target is against that target: 98,00
    and 105,00 are right (RATIO014), and RATIO018 leaves those rows (it judges a capaian against the end target
    where no year's target is printed, as `test_a_capaian_against_the_medium_term_target_is_recomputed`)."""
    path = _both(tmp_path, drop_second=True)
    assert "capaian_akhir" not in str(path.read_text(encoding="utf-8")) and _ratios(path) == []
    result = audit.run(str(path), suggest=False)
    assert "RATIO018" in result.coverage.without_rows and "RATIO014" not in result.coverage.without_rows


def test_a_target_for_a_later_year_than_the_realisation_is_the_renstras(tmp_path):
    """Balai Besar POM di Medan, LKjIP 2021, Tabel 14 (tests/wild/bbpom-medan-perbandingan): `TARGET 2024 |
    REALISASI 2021 | % CAPAIAN`, 91,17 / 94 = 96,99 against the Renstra's 2024 target. Read as the Renstra
    comparison (before: split into a 2024 row and a 2021 row of the yearly kind, its capaian never checked, and a
    false SCHEMA001 against Tabel 13's 2021 row); a capaian off it is found."""
    from helpers import changed_copy

    doc = Path(__file__).resolve().parent / "wild" / "bbpom-medan-perbandingan" / "laporan.md"
    result = audit.run(str(doc))
    assert sorted(result.tables_read) == ["capaian_indikator", "kinerja_renstra", "kinerja_tahunan"]
    assert [f for f in result.findings if f.severity.value == "error"] == []
    wrong = audit.run(changed_copy(tmp_path, doc, "| 94 | 91,17 | 96,99 |", "| 94 | 91,17 | 106,99 |"))
    assert [(f.table, f.actual, round(f.expected, 2)) for f in wrong.findings if f.severity.value == "error"] == [
        ("kinerja_renstra", 106.99, 96.99)]
