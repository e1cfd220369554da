"""A rank table counting non-ASN staff (a `Honorer`, `THL` or `Tenaga Kontrak` row) counts every employee, as the
education and gender tables do: their totals are compared (MATCH051, MATCH052). A rank table without such a row may
count ASN only, golongan being an ASN's, and is compared by its status columns alone (MATCH002).

The real tables (tests/wild/README.md, round 19): the Dinsosnakertrans of Kota Surakarta's staff by golongan (IVc to
IIa and one `Honorer`, `Jumlah 94 orang`) and by pendidikan (`Jumlah 94 orang`), February 2009.
"""
from __future__ import annotations

from pathlib import Path

from helpers import changed_copy

import audit

DOC = Path(__file__).resolve().parent / "wild" / "dinsosnakertrans-surakarta-pegawai" / "laporan.md"


def _errors(path) -> list[tuple[str, str, object, object]]:
    return [(f.rule_id, f.table, f.actual, f.expected) for f in audit.run(str(path)).findings
            if f.severity.value == "error"]


def test_the_two_tables_agree_as_printed():
    result = audit.run(str(DOC))
    assert {"pegawai_golongan", "pegawai_pendidikan"} <= set(result.tables_read)
    assert _errors(DOC) == []


def test_a_rank_table_with_an_honorer_row_is_held_to_the_education_tables_total(tmp_path):
    """One more IIIb, and the golongan total printed 95 to match it: 95 staff by rank, 94 by education."""
    text = DOC.read_text(encoding="utf-8")
    text = text.replace("| Golongan IIIb | 23 orang |", "| Golongan IIIb | 24 orang |")
    text = text.replace("| | Jumlah | 94 orang |", "| | Jumlah | 95 orang |", 1)
    path = changed_copy(tmp_path, DOC)
    Path(path).write_text(text, encoding="utf-8")
    assert _errors(path) == [("MATCH051", "pegawai_golongan", 95, 94)]


def test_a_rank_table_without_non_asn_rows_is_not_held_to_the_whole_staff(tmp_path):
    """Without its `Honorer` row the rank table may count ASN only: 93 against the education table's 94 is no
    mistake to say (its own sum is checked: 93 is what its rows add up to)."""
    path = changed_copy(tmp_path, DOC, "| 12. | Honorer | 1 orang |\n| | Jumlah | 94 orang |",
                        "| | Jumlah | 93 orang |")
    assert _errors(path) == []
