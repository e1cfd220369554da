"""A Dinas Perindustrian dan Perdagangan's `Tabel 3.4` (tests/real/disperindag-jabar-2016-tabel34): this year's
realisation against the Renstra's last target, over two pages, its header printed again on the second and a framed
page number (`III - 8`) between the two.
"""
from __future__ import annotations

from pathlib import Path

import audit
import audit.document.report
from audit.api import read
from audit.document import read_document

TABEL_34 = Path(__file__).resolve().parent / "real" / "disperindag-jabar-2016-tabel34" / "laporan.pdf"


def test_realisation_against_the_rencana_strategis_target_is_read_as_such():
    """`Perbandingan Realisasi Indikator Kinerja Tahun 2016 terhadap Target Rencana Strategis Tahun 2018`:
    `Tahun 2016 / Realisasi`, `Tahun 2018 / Target`, `Capaian Kinerja (%)`. Rencana Strategis is the Renstra: its
    2018 target is the period's, not the year's (before: read as the year's capaian, its target 2018's, every
    indicator again a row printed twice beside Tabel 3.2's, SCHEMA001)."""
    values = read(TABEL_34).tables["kinerja_renstra"].values
    first = values.iloc[0]
    assert first["indikator"] == "Pertumbuhan Industri Manufaktur pada PDRB Jawa Barat"
    assert (first["realisasi"], first["target_akhir"], first["capaian"]) == (168.49, 207.31, 81.27)
    assert "capaian_indikator" not in audit.run(str(TABEL_34)).tables_read


def test_a_table_goes_on_under_its_header_printed_again_past_a_framed_page_number():
    """Page 39 prints Tabel 3.4's header again and its last eight indicators; a framed page number ends page 38.
    Read as Tabel 3.4 goes on (before: page 39 alone, without the caption that names the Renstra, was read as the
    year's capaian). Its rows are the same table's: the last indicator's capaian 168 of 42 against 25."""
    result = audit.run(str(TABEL_34))
    assert result.tables_read == ["efisiensi", "kinerja_renstra"]
    values = read(TABEL_34).tables["kinerja_renstra"].values
    last = values[values["indikator"] == "Tingkat keikutsertaan pelatihan teknis"].iloc[0]
    assert (last["realisasi"], last["target_akhir"], last["capaian"]) == (42.0, 25.0, 168.0)
    second = [t for t in read_document(TABEL_34).tables if t.page == 2]
    assert [c.text for c in second[0].rows[0]][:4] == ["No", "Indikator Kinerja", "Sat", "Tahun 2016"]


RSJ_TABEL_8 = Path(__file__).resolve().parent / "real" / "rsj-jabar-2016-tabel8" / "laporan.pdf"


def test_last_years_capaian_is_not_the_years():
    """The Rumah Sakit Jiwa's `Tabel 8 Evaluasi Indikator Kinerja`: `Capaian Thn Lalu` (last year's, 10,00 for
    the first indicator), then `Target` over `Target`, `Realisasi`, `% Realisasi` (this year's: 10,00, 10,00,
    100,00), `Target Akhir Renstra` and the capaian against it. `Thn` is `Tahun`, not `Th. N` (the report's year),
    and a column of `Tahun Lalu` is none of the year's: before, last year's figure was read as this year's capaian,
    eleven false RATIO014 errors on the whole report (`10 ≠ 10 / 10 × 100`)."""
    result = audit.run(str(RSJ_TABEL_8))
    assert result.tables_read == ["kinerja_renstra"]
    assert not [f for f in result.findings if f.severity.value == "error"]
    values = read(RSJ_TABEL_8).tables["kinerja_renstra"].values
    first = values.iloc[0]
    assert (first["target"], first["realisasi"], first["target_akhir"], first["capaian_akhir"]) == (10, 10, 10, 100)
    assert first["capaian"] != 10


def test_thn_is_no_relative_year():
    from audit.ingest.headers import RELATIVE_YEAR

    assert [bool(RELATIVE_YEAR.search(t)) for t in ("Tahun N-1", "TH. (N)", "Th N", "Capaian Thn Lalu", "Thn 2016")] \
        == [True, True, True, False, False]
