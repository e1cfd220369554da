"""Program > kegiatan > sub kegiatan read from labels, budget codes, numbering or bold type,
as different agencies print it (docs/layouts.md), and the sums checked at every level."""
from __future__ import annotations

import pytest

import audit
from audit.document.hierarchy import Line, depths, numbering_depth
from audit.ingest import read_report

LEVELS = ("program", "kegiatan", "sub_kegiatan")


@pytest.mark.parametrize("lines, expected", [
    ([Line("Program Penunjang"), Line("Kegiatan Administrasi Keuangan"), Line("Sub Kegiatan Gaji ASN")],
     ["program", "kegiatan", "sub_kegiatan"]),
    ([Line("Penunjang Urusan", "1.02.01"), Line("Administrasi Keuangan", "1.02.01.2.02"),
      Line("Gaji dan Tunjangan ASN", "1.02.01.2.02.0001")], ["program", "kegiatan", "sub_kegiatan"]),
    ([Line("1.02.01 Penunjang Urusan"), Line("1.02.01.2.02 Administrasi Keuangan")], ["program", "kegiatan"]),
    ([Line("Penunjang", "1"), Line("Administrasi", "1.1"), Line("Gaji", "1.1.1"), Line("Umum", "1.2")],
     ["program", "kegiatan", "sub_kegiatan", "kegiatan"]),
    ([Line("Penunjang", "I"), Line("Administrasi", "A"), Line("Gaji", "1"), Line("Umum", "B")],
     ["program", "kegiatan", "sub_kegiatan", "kegiatan"]),
    ([Line("Penunjang", bold=True), Line("Administrasi"), Line("Umum")], ["program", "kegiatan", "kegiatan"]),
])
def test_each_way_of_marking_a_level_is_read(lines, expected):
    assert depths(lines, LEVELS) == expected


def test_numbering_without_a_programme_counts_from_the_level_the_caption_names():
    lines = [Line("Administrasi", "1"), Line("Gaji", "1.1")]
    assert depths(lines, LEVELS, LEVELS[1:]) == ["kegiatan", "sub_kegiatan"]


def test_outline_schemes_count_in_the_order_the_table_uses_them():
    schemes: list[str] = []
    assert [numbering_depth(n, schemes) for n in ("A", "1", "a", "B")] == [1, 2, 3, 1]


DINAS = """# LAPORAN KINERJA TAHUN 2023

DINAS PEKERJAAN UMUM KABUPATEN CONTOH

Tabel 3.9 Realisasi Anggaran Program, Kegiatan dan Sub Kegiatan Tahun 2023

Kode\tProgram/Kegiatan/Sub Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tCapaian (%)
1.03.01\tPenunjang Urusan Pemerintahan Daerah\t900.000.000\t850.000.000\t94,44
1.03.01.2.02\tAdministrasi Keuangan Perangkat Daerah\t600.000.000\t{keuangan}\t{share}
1.03.01.2.02.0001\tPenyediaan Gaji dan Tunjangan ASN\t600.000.000\t570.000.000\t95,00
1.03.01.2.06\tAdministrasi Umum Perangkat Daerah\t300.000.000\t280.000.000\t93,33
1.03.01.2.06.0001\tPenyediaan Bahan Logistik Kantor\t300.000.000\t280.000.000\t93,33
\tJumlah\t900.000.000\t850.000.000\t94,44
"""


def _dinas(tmp_path, keuangan="570.000.000", share="95,00"):
    path = tmp_path / "laporan.md"
    path.write_text(DINAS.format(keuangan=keuangan, share=share), encoding="utf-8")
    return path


def test_a_budget_table_with_codes_only_is_read_level_by_level(tmp_path):
    report = read_report(_dinas(tmp_path))
    name = next(iter(t for t in report.tables if t in ("realisasi_kegiatan", "lppd")))
    table = report.tables[name].values
    assert list(table["level"]) == ["program", "kegiatan", "sub_kegiatan", "kegiatan", "sub_kegiatan", "total"]
    assert list(table["id"])[:5] == ["1", "1.1", "1.1.1", "1.2", "1.2.1"]


def test_a_clean_coded_table_has_no_error(tmp_path):
    assert not [f for f in audit.run(_dinas(tmp_path), suggest=False).findings if f.severity.value == "error"]


def test_a_kegiatan_that_does_not_add_up_is_found_at_its_row(tmp_path):
    path = _dinas(tmp_path, keuangan="507.000.000", share="84,50")  # transposed digits: 570 -> 507
    errors = [f for f in audit.run(path, suggest=False).findings if f.severity.value == "error"]
    lines = DINAS.splitlines()
    kegiatan_line = next(i for i, x in enumerate(lines, 1) if x.startswith("1.03.01.2.02\t"))
    assert errors and any(f.location.line == kegiatan_line for f in errors)
