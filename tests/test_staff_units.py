"""Staff tables broken down by unit: each unit's `Sub-jumlah` agrees across the breakdowns (MATCH046-MATCH048).

The real table is tests/wild/kec-payakumbuh-selatan-sdm (Kec. Payakumbuh Selatan, data terpilah kepegawaian
2023, S31 in docs/layouts.md): one unit, its Sub-jumlah 17 L / 19 P by age and 18 / 18 by ijazah. The
two-unit tables below follow its layout (the unit's name on a row without figures, `1.` over the unit's
rows, `Sub-jumlah`) with a kelurahan and figures of our own, as a kecamatan printing its kelurahan does.
"""
from __future__ import annotations

from pathlib import Path

import audit
from audit import api

WILD = Path(__file__).resolve().parent / "wild"

HEAD = ('<tr><th rowspan="2">NO.</th><th rowspan="2">SATUAN KERJA/{what}</th><th colspan="3">JUMLAH</th></tr>\n'
        "<tr><th>L</th><th>P</th><th>L+P</th></tr>\n")


def _unit(no: str, name: str, rows: list[tuple[str, int, int]], sub: tuple[int, int]) -> str:
    out = [f'<tr><td rowspan="{len(rows) + 2}">{no}</td><td>{name}</td><td></td><td></td><td></td></tr>']
    out += [f"<tr><td>{label}</td><td>{m}</td><td>{f}</td><td>{m + f}</td></tr>" for label, m, f in rows]
    out.append(f"<tr><td>Sub-jumlah</td><td>{sub[0]}</td><td>{sub[1]}</td><td>{sub[0] + sub[1]}</td></tr>")
    return "\n".join(out) + "\n"


def _document(kelurahan_ijazah: list[tuple[str, int, int]], sub: tuple[int, int] | None = None) -> str:
    umur = (_unit("1.", "Kec Contoh Selatan", [("30-39 tahun", 3, 3), ("40-49 tahun", 8, 9)], (11, 12))
            + _unit("2.", "Kelurahan Contoh Satu", [("30-39 tahun", 2, 1), ("40-49 tahun", 1, 2)], (3, 3)))
    sub = sub or (sum(m for _, m, _ in kelurahan_ijazah), sum(f for _, _, f in kelurahan_ijazah))
    ijazah = (_unit("1.", "Kec Contoh Selatan", [("Diploma III", 4, 2), ("Diploma IV/S1", 7, 10)], (11, 12))
              + _unit("2.", "Kelurahan Contoh Satu", kelurahan_ijazah, sub))
    return ("# DATA TERPILAH KEPEGAWAIAN\n\n**KECAMATAN CONTOH SELATAN**\n\n"
            "Tabel B.2. Jumlah SDM menurut Satuan Kerja, Umur dan Jenis Kelamin, Tahun 2023\n\n"
            f"<table>\n{HEAD.format(what='UMUR')}{umur}</table>\n\n"
            "Tabel B.3. Jumlah SDM menurut Satuan Kerja, Ijazah Tertinggi dan Jenis Kelamin, Tahun 2023\n\n"
            f"<table>\n{HEAD.format(what='IJAZAH')}{ijazah}</table>\n")


def _run(tmp_path: Path, text: str):
    (tmp_path / "laporan.md").write_text(text, encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text("agency: Kecamatan Contoh Selatan\nyear: 2023\n", encoding="utf-8")
    return audit.run(str(tmp_path / "laporan.md"))


def test_the_real_sub_totals_disagree():
    """Payakumbuh Selatan's Sub-jumlah: 17 L / 19 P by age, 18 / 18 by ijazah (36 people either way): both
    tables add up, the breakdowns do not agree. Said at the age table's sub total, naming the unit."""
    result = audit.run(str(WILD / "kec-payakumbuh-selatan-sdm" / "laporan.md"))
    found = [(f.row_label, f.column, f.actual, f.expected, f.location.cell)
             for f in result.findings if f.rule_id == "MATCH046"]
    assert found == [("Sub-jumlah (Kec Payakumbuh Selatan)", "laki_laki", 17, 18, "C8"),
                     ("Sub-jumlah (Kec Payakumbuh Selatan)", "perempuan", 19, 18, "D8")]
    finding = next(f for f in result.findings if f.rule_id == "MATCH046")
    assert "Tabel #2!C10" in finding.text("en") and "Sub-jumlah satuan kerja" in finding.text("id")


def test_each_unit_is_compared_with_the_same_unit(tmp_path):
    """Two units per table: the kecamatan's sub totals agree; the kelurahan counts 3 / 3 by age and 4 / 3 by
    ijazah: only its sub total is found, keyed by its name, and the first unit is not."""
    path = _write(tmp_path, [("Diploma III", 2, 1), ("Diploma IV/S1", 1, 2)])
    umur = api.read(path).tables["pegawai_umur"].values
    assert umur.loc[umur["level"] == "subtotal", "satuan_kerja"].tolist() == ["Kec Contoh Selatan",
                                                                              "Kelurahan Contoh Satu"]
    clean = audit.run(path)
    assert not [f for f in clean.findings if f.rule_id.startswith("MATCH04")]
    assert not [f for f in clean.findings if f.severity.value == "error"]

    wrong = _run(tmp_path, _document([("Diploma III", 3, 1), ("Diploma IV/S1", 1, 2)]))
    found = [(f.row_label, f.column, f.actual, f.expected) for f in wrong.findings if f.rule_id == "MATCH046"]
    assert sorted(found) == [("Sub-jumlah (Kelurahan Contoh Satu)", "jumlah", 6, 7),
                             ("Sub-jumlah (Kelurahan Contoh Satu)", "laki_laki", 3, 4)]
    assert [f.row_key for f in wrong.findings if f.rule_id == "MATCH046"][0] == "sub-jumlah|kelurahan contoh satu"


def _write(tmp_path: Path, kelurahan_ijazah) -> str:
    _run(tmp_path, _document(kelurahan_ijazah))
    return str(tmp_path / "laporan.md")


def test_a_unit_sub_total_adds_up_its_own_rows(tmp_path):
    """The kelurahan's ijazah rows add up to 3 L / 3 P; its Sub-jumlah printed 4 / 3 (7): SUM051 at that sub
    total, against the kelurahan's two rows only (not the kecamatan's), with 3 / 6 as the suggestions."""
    result = _run(tmp_path, _document([("Diploma III", 2, 1), ("Diploma IV/S1", 1, 2)], sub=(4, 3)))
    found = sorted((f.row_label, f.column, f.actual, f.expected, f.suggestions[0].proposed_text)
                   for f in result.findings if f.rule_id == "SUM051")
    assert found == [("Sub-jumlah (Kelurahan Contoh Satu)", "jumlah", 7, 6, "6"),
                     ("Sub-jumlah (Kelurahan Contoh Satu)", "laki_laki", 4, 3, "3")]
