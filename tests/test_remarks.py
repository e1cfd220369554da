"""A remark saying whether the target was met (SCALE002) against the capaian beside it.

The real table: Kota Depok's Dinas Sosial (LKjIP 2020 ikhtisar, tests/wild/dinsos-depok-ikhtisar) prints a
`Kriteria` of `Tercapai Target`, `Terlampaui Target` or `Target Tidak Tercapai` beside each capaian; every one
agrees as printed, the capped `100%` of a passed target included.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from helpers import changed_copy

import audit

DEPOK = Path(__file__).resolve().parent / "wild" / "dinsos-depok-ikhtisar" / "laporan.md"


def _remarks(result) -> list[tuple[str, str, str]]:
    return [(f.severity.value, f.row_label, f.actual) for f in result.findings if f.rule_id == "SCALE002"]


def test_remarks_that_agree_with_their_capaian_are_no_finding():
    assert _remarks(audit.run(str(DEPOK))) == []


@pytest.mark.parametrize("old, new, row", [
    # 9,71 of 14: 69,33%, said met
    ("| 69.33% | Target Tidak Tercapai |", "| 69.33% | Tercapai Target |",
     "Prosentase keluarga miskin yang meningkat kualitas hidupnya"),
    # 95 of 90: 105,56%, said missed
    ("| 90% | 90% | 100% | Tercapai Target |", "| 90% | 95% | 105,56% | Belum tercapai |", "Persentase TAGANA aktif"),
])
def test_a_remark_contradicting_its_capaian_is_found(tmp_path, old, new, row):
    result = audit.run(changed_copy(tmp_path, DEPOK, old, new))
    assert _remarks(result) == [("error", row, new.split("|")[-2].strip())]
    [finding] = [f for f in result.findings if f.rule_id == "SCALE002"]
    assert finding.related and finding.related[0].cell.startswith("E")  # the capaian it was judged against


def test_a_capaian_is_judged_at_its_printed_precision(tmp_path):
    """A `Tercapai` beside `99,9%` is wrong; a `Belum tercapai` beside `100%` is not judged: printed without
    decimals, 100% may stand for 99,6."""
    below = audit.run(changed_copy(tmp_path, DEPOK, "| 90% | 90% | 100% |", "| 90% | 90% | 99,9% |"))
    assert [row for _, row, _ in _remarks(below)] == ["Persentase TAGANA aktif"]
    rounded = audit.run(changed_copy(tmp_path, DEPOK, "| 90% | 90% | 100% | Tercapai Target |",
                                     "| 90% | 90% | 100% | Belum tercapai |"))
    assert _remarks(rounded) == []
