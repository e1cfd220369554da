"""A key printed twice with other figures (SCHEMA001): an error within one printed table, a warning across two
printed tables the reader took for one kind (a Disperindag's 2015 and 2016 tables, a Dinas Peternakan's list items
under two parents: 40 such on the Jawa Barat PDFs, most the reader's, docs/accuracy.md)."""
from __future__ import annotations

import audit

HEADER = "| No | Indikator Kinerja | Target | Realisasi | Capaian (%) |\n|---|---|---|---|---|\n"


def _document(tmp_path, *tables: str):
    text = "# LAPORAN KINERJA TAHUN 2023\n\nKecamatan Contoh\n\n" + "\n\n".join(
        f"Tabel 3.{n} Pengukuran Capaian Indikator Kinerja\n\n{HEADER}{rows}" for n, rows in enumerate(tables, 1))
    path = tmp_path / "laporan.md"
    path.write_text(text, encoding="utf-8")
    return [(f.severity.value, f.location.sheet, f.related[0].sheet) for f in audit.run(path).findings
            if f.rule_id == "SCHEMA001"]


def test_a_row_repeated_in_another_printed_table_is_a_warning(tmp_path):
    found = _document(tmp_path, "| 1 | Persentase desa tertib | 80 | 90 | 112,50 |\n"
                                "| 2 | Persentase layanan cepat | 70 | 70 | 100,00 |\n",
                      "| 1 | Persentase desa tertib | 80 | 85 | 106,25 |\n")
    assert found == [("warning", "Tabel #2", "Tabel #1")]


def test_a_row_repeated_in_its_own_table_is_an_error(tmp_path):
    found = _document(tmp_path, "| 1 | Persentase desa tertib | 80 | 90 | 112,50 |\n"
                                "| 2 | Persentase desa tertib | 80 | 85 | 106,25 |\n")
    assert found == [("error", "Tabel #1", "Tabel #1")]
