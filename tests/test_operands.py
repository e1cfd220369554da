"""A percentage printed beside its operands under one group label (`Realisasi s.d TW I` over `Pembilang`,
`Penyebut`, `Realisasi`, the layout of every Badan POM office's IKU table), and a central government office judged
on no regional scale.

The real table (tests/wild/README.md, round 20): Balai POM di Pangkalpinang, Laporan Kinerja Interim TW I 2021,
Tabel 3.5: 23 of 36 samples = 63,89%, capaian 63,89 / 80 = 79,86, `Cukup` on the Badan POM's own scale.
"""
from __future__ import annotations

from pathlib import Path

from helpers import changed_copy

import audit

DOC = Path(__file__).resolve().parent / "wild" / "bpom-pangkalpinang-tw1" / "laporan.md"


def _said(path) -> list[tuple[str, str, str | None]]:
    return [(f.rule_id, f.severity.value, f.column) for f in audit.run(str(path)).findings
            if f.rule_id not in ("DOC010", "DOC003")]


def test_the_realisation_is_the_column_so_named_not_its_first_operand():
    """Before: `Pembilang` (23) was read as the realisation, a false RATIO012 error (79,86 held to 23 / 80)."""
    assert _said(DOC) == []


def test_a_realisation_off_its_operands_is_found(tmp_path):
    """Realisation printed 68,89% where 23 / 36 = 63,89%: GEN002 at the realisation (the kind leaves the operands
    unread), and the capaian, computed from the printed realisation, is held to it."""
    found = _said(changed_copy(tmp_path, DOC, "<td>63.89%</td>", "<td>68.89%</td>"))
    assert ("GEN002", "error", "Realisasi s.d TW I / Realisasi") in found


def test_a_central_government_office_is_not_judged_on_the_regional_scale(tmp_path):
    """Permendagri 86/2017 (`Baik` from 76) is a regulation of regional government; a Balai POM follows its own
    (`Cukup` below 90): no SCALE001 on the default scale. The same table of a dinas is judged on it (a warning)."""
    assert not [f for f in _said(DOC) if f[0] == "SCALE001"]
    path = changed_copy(tmp_path, DOC)
    Path(path).with_suffix(".yaml").write_text("agency: Dinas Kesehatan Kota Pangkalpinang\nyear: 2021\n",
                                               encoding="utf-8")
    assert ("SCALE001", "warning", "predikat") in _said(path)
