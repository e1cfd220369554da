"""Tables of agencies the catalogue has no kind for are said unread, not misread, and still checked.

Real table: tests/wild/rsud-kudus-lra (RSUD Kab. Kudus, 2011, S36). The puskesmas coverage table that was said
unread here (S38) is read as `cakupan` since: tests/test_cakupan.py.
"""
from __future__ import annotations

from pathlib import Path

import audit

WILD = Path(__file__).resolve().parent / "wild"


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
