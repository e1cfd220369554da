"""Tables of agencies the catalogue has no kind for are said unread, not misread, and still checked.

Real tables: tests/wild/puskesmas-ukm-capaian (capaian kinerja UKM of a puskesmas, 2020, S38 in docs/layouts.md)
and tests/wild/rsud-kudus-lra (RSUD Kab. Kudus, 2011, S36).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import audit

WILD = Path(__file__).resolve().parent / "wild"


def _copy(tmp_path: Path, name: str, old: str, new: str) -> str:
    text = (WILD / name / "laporan.md").read_text(encoding="utf-8")
    assert old in text
    (tmp_path / "laporan.md").write_text(text.replace(old, new), encoding="utf-8")
    shutil.copy(WILD / name / "laporan.yaml", tmp_path / "laporan.yaml")
    return str(tmp_path / "laporan.md")


def test_a_puskesmas_cakupan_table_is_unread_and_its_percentages_checked(tmp_path):
    """`Sasaran` is the number of people served (179 ibu hamil), `Target` a percentage, `Cakupan` over
    `Angka  %`: the % is Angka / Sasaran. No kind reads that (before: `capaian_indikator` took 179 as the
    sasaran's name and read nothing it could check, and the table counted as read). Said unread (DOC001); a
    mistyped cakupan is found by the generic check, with the count and population it comes from."""
    clean = audit.run(str(WILD / "puskesmas-ukm-capaian" / "laporan.md"))
    assert clean.tables_read == [] and len(clean.coverage.unread) == 1
    assert [f.rule_id for f in clean.findings if f.rule_id != "DOC010"] == ["DOC001"]

    wrong = audit.run(_copy(tmp_path, "puskesmas-ukm-capaian", "<td>146</td><td>81.56</td>",
                            "<td>146</td><td>86.56</td>"))
    [finding] = [f for f in wrong.findings if f.rule_id == "GEN002"]
    assert (finding.actual, round(finding.expected, 2), finding.location.cell) == (86.56, 81.56, "F4")
    assert "Angka / Sasaran × 100 = 81.56" in finding.text("en")


def test_a_revenue_and_spending_statement_is_no_spending_table(tmp_path):
    """A BLUD's statement prints `PENDAPATAN`, its retribusi, then `BELANJA`, then `Surplus / (Defisit)`: no
    spending kind reads it (its revenue would be added to the spending totals, its deficit refused as a
    negative budget). A programme named after revenue (`Program Peningkatan Pendapatan Daerah`) is still a
    programme of a realisation table."""
    result = audit.run(str(WILD / "rsud-kudus-lra" / "laporan.md"))  # read as what it is (`lra`), and consistent
    assert result.tables_read == ["lra"] and not [f for f in result.findings if f.rule_id.startswith(("SUM", "SCHEMA"))]
    path = tmp_path / "laporan.md"
    path.write_text("# BAB III AKUNTABILITAS KINERJA\n\nTabel 3.7 Realisasi Anggaran per Program Tahun 2023\n\n"
                    "| No | Program | Pagu (Rp) | Realisasi (Rp) | % |\n|---|---|---|---|---|\n"
                    "| 1 | Program Peningkatan Pendapatan Daerah | 1.000.000 | 900.000 | 90,00 |\n"
                    "| 2 | Program Penunjang Urusan Pemerintahan | 2.000.000 | 1.500.000 | 75,00 |\n"
                    "| | Jumlah | 3.000.000 | 2.400.000 | 80,00 |\n", encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text("agency: Badan Pendapatan Daerah Kota Contoh\nyear: 2023\n",
                                           encoding="utf-8")
    assert audit.run(str(path)).tables_read == ["realisasi_program"]
