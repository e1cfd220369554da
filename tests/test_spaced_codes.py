"""Account codes printed with spaces only, their dots lost (`5 1 1 01 01`, the form of RSUD Kudus' annex, S36, and of
Kab. Lombok Barat's RKA, `5 2 1 Belanja Pegawai`, S51): read as `5.1.1.01.01` wherever a dotted code is read (the
statement's parents, the budget levels, the generic hierarchy), where the column shows a hierarchy of them; never a
figure grouped by spaces, a column of numbers side by side, nor a label starting with a figure (`5 orang`)."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import audit
from audit import api
from audit.document.labels import spaced_codes

WILD = Path(__file__).resolve().parent / "wild"
STATEMENT = ("SUM055", "SUM056", "SUM057", "SUM058", "SUM059", "SUM060", "SUM061", "RATIO015", "GEN001")


def _kudus(tmp_path: Path, old: str | None = None, new: str | None = None) -> str:
    """RSUD Kudus' statement (S36) with every code printed as its annex prints codes: segments apart, no dots."""
    text = (WILD / "rsud-kudus-lra" / "laporan.md").read_text(encoding="utf-8")
    text = re.sub(r"^\| (\d[\d.]*) \|", lambda m: f"| {m.group(1).replace('.', ' ')} |", text, flags=re.M)
    assert "| 5 2 1 | Belanja Pegawai |" in text and "| 4 1 2 01 01 |" in text
    if old is not None and new is not None:
        assert text.count(old) == 1
        text = text.replace(old, new)
    (tmp_path / "laporan.md").write_text(text, encoding="utf-8")
    shutil.copy(WILD / "rsud-kudus-lra" / "laporan.yaml", tmp_path / "laporan.yaml")
    return str(tmp_path / "laporan.md")


def test_a_statement_with_codes_printed_with_spaces_only_keeps_its_parents(tmp_path):
    """Read as with `5.2.1`: 5.2 the parent of 5.2.1-5.2.3, consistent; its wrong leaf (Belanja Modal's realisasi
    58,580,600 for 58,580,500) found at that parent, SUM056 expecting the sum of the printed leaves. Before, `5 2 1`
    was code 5 with the label `2 1 Belanja Pegawai`: every row of spending a group of its own."""
    rows = api.read(_kudus(tmp_path)).tables["lra"].values
    levels = dict(zip(rows.uraian, zip(rows.level, rows.id)))
    assert levels["BELANJA LANGSUNG"] == ("kelompok", "2.2") and levels["Belanja Modal"] == ("rincian", "2.2.3")
    assert levels["Retribusi Pelayanan Kesehatan"] == ("kelompok", "1.1")
    assert not [f for f in audit.run(_kudus(tmp_path)).findings if f.rule_id in STATEMENT]
    wrong = audit.run(_kudus(tmp_path, "| 58,580,500 |", "| 58,580,600 |"))
    assert [(f.rule_id, f.location.cell, f.actual, f.expected) for f in wrong.findings if f.rule_id == "SUM056"] == \
        [("SUM056", "D10", 11980712153, 11980712253)]


BUDGET = """# BAB III AKUNTABILITAS KINERJA

Tabel 3.8 Realisasi Anggaran Program, Kegiatan dan Sub Kegiatan Tahun 2023

| Kode | Uraian | Anggaran (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 7 01 01 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 300.000.000 | 270.000.000 | 90,00 |
| 7 01 01 2 01 | Perencanaan, Penganggaran, dan Evaluasi Kinerja | 100.000.000 | 90.000.000 | 90,00 |
| 7 01 01 2 01 0001 | Penyusunan Dokumen Perencanaan Perangkat Daerah | 60.000.000 | {leaf} | 91,67 |
| 7 01 01 2 01 0006 | Koordinasi dan Penyusunan Laporan Capaian Kinerja | 40.000.000 | 35.000.000 | 87,50 |
| 7 01 01 2 02 | Administrasi Keuangan Perangkat Daerah | 200.000.000 | 180.000.000 | 90,00 |
| 7 01 01 2 02 0001 | Penyediaan Gaji dan Tunjangan ASN | 200.000.000 | 180.000.000 | 90,00 |
"""


def test_permendagri_codes_printed_with_spaces_only_give_the_levels(tmp_path):
    """`7 01 01 2 01 0001` (our figures, the form of `tests/test_hierarchy.py`'s `7 . 01 . 01` without its dots):
    programme, kegiatan, sub kegiatan, so a wrong sub kegiatan is found at its kegiatan (SUM022), its fix the leaf."""
    (tmp_path / "laporan.yaml").write_text("agency: Kecamatan Contoh\nyear: 2023\n", encoding="utf-8")
    path = tmp_path / "laporan.md"
    path.write_text(BUDGET.format(leaf="55.000.000"), encoding="utf-8")
    table = api.read(str(path)).tables["realisasi_kegiatan"].values
    assert table.level.tolist() == ["program", "kegiatan", "sub_kegiatan", "sub_kegiatan", "kegiatan",
                                    "sub_kegiatan"]
    path.write_text(BUDGET.format(leaf="56.000.000"), encoding="utf-8")
    [kegiatan] = [f for f in audit.run(str(path)).findings if f.rule_id == "SUM022"]
    assert (kegiatan.location.cell, kegiatan.suggestions[0].cell.cell, kegiatan.suggestions[0].proposed) == \
        ("D3", "D4", 55000000)


@pytest.mark.parametrize("texts", [
    ["1 250 000", "2 500 000", "3 750 000"],  # figures grouped by spaces (thousands)
    ["5 orang", "12 orang", "2 Unit Laptop"],  # labels starting with a figure: one segment each
    ["12 15", "20 25", "3 4"],  # numbers side by side: no code extends another
    ["5 1 Belanja Operasi"],  # one code alone: no hierarchy shown
])
def test_what_is_no_code_stays_as_printed(texts):
    assert spaced_codes(texts) == {}


def test_a_code_column_is_dotted_and_its_other_cells_kept():
    texts = ["4", "4 1 PENDAPATAN ASLI DAERAH", "4 1 2", "", "Jumlah", "5 orang", "5 2 1 Belanja Pegawai"]
    assert spaced_codes(texts) == {1: "4.1 PENDAPATAN ASLI DAERAH", 2: "4.1.2", 6: "5.2.1 Belanja Pegawai"}


def test_no_column_of_the_real_tables_or_the_corpus_is_taken_for_codes():
    """Every real table reproduced (tests/wild) and every corpus draft prints its codes with dots, its counts with
    their units (`44 orang`), its figures grouped by dots or commas: no column of them is read as codes with spaces."""
    from audit.document.markdown import read_markdown
    from audit.document.model import DocTable

    documents = sorted(WILD.glob("*/laporan.md")) + sorted((WILD.parent / "corpus").glob("*/*.md"))
    assert len(documents) > 30
    for path in documents:
        for table in (b for b in read_markdown(path).blocks if isinstance(b, DocTable)):
            for c in range(table.width):
                texts = [row[c].text if c < len(row) else "" for row in table.rows]
                assert spaced_codes(texts) == {}, (path, table.index, c)
