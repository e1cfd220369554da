"""Totals of budget tables held to the rows printed above them since the total before (`since_previous`), on a
Dinas Perikanan dan Kelautan's two realisation tables (tests/real/diskanlut-jabar-2016-pagu) and on CSV tables.
"""
from __future__ import annotations

from pathlib import Path

from helpers import write_report

import audit

DISKANLUT = Path(__file__).resolve().parent / "real" / "diskanlut-jabar-2016-pagu" / "laporan.pdf"


def test_each_tables_jumlah_is_held_to_its_own_programmes():
    """`Tabel 3.8` (Dana Dekonsentrasi: six programmes, `Jumlah` 10.491.732.000 / 10.009.106.981) and `Tabel 3.9`
    (Tugas Pembantuan: two programmes, `Jumlah` 3.693.500.000 / 3.580.760.500) are read as one kind, one after
    the other. Each `Jumlah` sums its own table's programmes: the one slip the pages print is found, Tabel 3.8's
    realisation total 10.009.106.981 where its programmes add up to 9.956.676.981 (before: every `Jumlah` was held to
    all eight programmes, four errors, three of them false)."""
    found = [(f.rule_id, f.location.sheet, f.column, f.actual, f.expected) for f in audit.run(str(DISKANLUT)).findings
             if f.rule_id.startswith("SUM")]
    assert found == [("SUM021", "Tabel #1", "realisasi", 10_009_106_981.0, 9_956_676_981.0)]


def test_a_subtotal_a_grand_total_and_a_total_printed_on_top(tmp_path):
    """A total sums the rows above it since the total before; one right after another (`JUMLAH I + II`) those since
    the start; one printed above its rows (at the table's top) the rows below it, up to the next total."""
    rows = "level,pagu,realisasi\ntotal,{top},30\nitem,10,10\nitem,20,20\ntotal,30,30\nitem,5,5\ntotal,{second},5\n" \
           "total,{grand},35\n"
    ok = write_report(tmp_path / "ok", {"realisasi_program": rows.format(top=30, second=5, grand=35)})
    assert not [f for f in audit.run(ok).findings if f.rule_id == "SUM021"]
    wrong = write_report(tmp_path / "wrong", {"realisasi_program": rows.format(top=31, second=6, grand=36)})
    found = sorted((f.row, f.actual, f.expected) for f in audit.run(wrong).findings if f.rule_id == "SUM021")
    assert [(a, e) for _, a, e in found] == [(6.0, 5.0), (31.0, 30.0), (36.0, 35.0)]
