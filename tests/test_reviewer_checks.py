"""The checks a reviewer used to make by hand (issue #15): each on a small case and on the seed."""
from __future__ import annotations

import pytest
from conftest import EXAMPLE

import audit
from audit.model import say

SIGNED = """# LAPORAN KINERJA TAHUN 2023

Kecamatan Contoh

CAMAT CONTOH

**BUDI SANTOSO, S.H.**

NIP. 19700101 199003 1 002

CAMAT CONTOH

{name}

NIP. {nip}
"""


def _signature_findings(tmp_path, name: str, nip: str = "19700101 199003 1 002"):
    path = tmp_path / "laporan.md"
    path.write_text(SIGNED.format(name=name, nip=nip), encoding="utf-8")
    return [(f.severity.value, f.actual) for f in audit.run(path, suggest=False, select=("DOC013",)).findings]


@pytest.mark.parametrize("name", ["BUDI SANTOSA, S.H.", "BUDI SANTOS, S.H.", "BUDY SANTOSSO, S.H."])
def test_a_name_a_letter_or_two_off_with_the_heads_nip_is_a_warning(tmp_path, name):
    assert _signature_findings(tmp_path, name) == [("warning", name)]


@pytest.mark.parametrize("name", ["AGUS PRASETYO, S.H.", "BUDI HARTONO, S.H."])
def test_another_name_with_the_heads_nip_stays_an_error(tmp_path, name):
    assert _signature_findings(tmp_path, name) == [("error", name)]


def test_a_nip_a_digit_off_stays_an_error(tmp_path):
    assert _signature_findings(tmp_path, "BUDI SANTOSO, S.H.", "19700107 199003 1 002") == [
        ("error", "19700107 199003 1 002")]


def test_the_seeds_misspelt_signatures_are_warnings_and_its_misprinted_nip_an_error(seed):
    found = audit.run(seed, suggest=False, select=("DOC013",)).findings
    assert sorted((f.severity.value, f.actual) for f in found) == [
        ("error", "19680107 198903 1 006"),
        ("warning", "KITJUM HADI KASIYAN, S.H."),
        ("warning", "KUTUMNADI KASIYAN, S.H."),
    ]


def test_a_kegiatan_with_one_sub_kegiatan_reports_its_capaian_in_the_example_and_the_seed(seed):
    for source in (EXAMPLE, seed):
        found = audit.run(source, suggest=False, select=("SUM039", "SUM040")).findings
        assert [(f.rule_id, f.severity.value, f.row, f.actual, f.expected) for f in found] == [
            ("SUM039", "warning", "1.7", 70.0, 33.33)]


def test_a_quarterly_plan_in_units_adds_up_to_its_target_and_one_in_percent_to_100(tmp_path):
    from helpers import write_report

    folder = write_report(tmp_path / "laporan", {"rencana_aksi": (
        "uraian,target,tw1,tw2,tw3,tw4\n"
        "Pemeliharaan Kendaraan,8 Unit,2 Unit,2 Unit,2 Unit,2 Unit\n"
        "Penyusunan Dokumen,12 Dokumen,3,3,3,-\n"
        "Rapat Koordinasi,12 Laporan,25%,25%,25%,25%\n"
        "Fasilitasi Desa,6 Desa,40%,40%,-,-\n")})
    found = audit.run(folder, suggest=False, select=("SUM030",)).findings
    assert [(f.row_key or f.row, f.actual) for f in found] == [("penyusunan dokumen", 9.0), ("fasilitasi desa", 80.0)]


def test_a_past_realisation_repeated_without_the_yearly_table_must_agree(tmp_path):
    from helpers import write_report

    data = ("indikator,tahun,target,realisasi\n"
            "Persentase dokumen tepat waktu,2022,\"91,33\",\"87,30\"\n"
            "Persentase dokumen tepat waktu,2023,\"93,33\",\"85,71\"\n")
    folder = write_report(tmp_path / "laporan", {
        "kinerja_renstra": data.replace('"87,30"', '"91,33"'),  # the 2022 target printed as its realisation
        "realisasi_indikator": data,
        "capaian_indikator": "indikator,target,realisasi\nPersentase dokumen tepat waktu,\"93,33\",\"85,71\"\n"})
    found = audit.run(folder, suggest=False, select=("MATCH04",)).findings
    assert [(f.rule_id, f.table, f.column, f.actual, f.expected) for f in found] == [
        ("MATCH041", "kinerja_renstra", "realisasi", 91.33, 87.3)]


def test_the_seeds_past_realisation_printed_as_its_target_is_found(seed):
    found = audit.run(seed, suggest=False, select=("MATCH031",)).findings
    assert {(f.column, f.actual, f.expected) for f in found} == {("realisasi", 87.78, 83.85),
                                                                  ("realisasi", 87.3, 91.33)}


def test_the_seeds_ten_people_paid_against_twelve_pns_is_found(seed):
    found = audit.run(seed, suggest=False, select=("COUNT002",), lang="en").findings
    assert [(f.severity.value, f.row, f.actual, f.expected) for f in found] == [("warning", "1.2.1", 10.0, 12.0)]
    assert "pns + pppk" in found[0].text("en")


def test_the_seeds_two_main_programmes_against_five_in_the_tables_is_found(seed):
    found = audit.run(seed, suggest=False, select=("CLAIM009",)).findings
    assert [(f.actual, f.expected, f.location.line) for f in found] == [("2 program utama", 5.0, 865)]


def test_programme_counts_are_read_from_a_docx_too(tmp_path):
    from docx import Document

    doc = Document()
    doc.add_heading("LAPORAN KINERJA TAHUN 2023", 1)
    doc.add_paragraph("Kecamatan Contoh")
    doc.add_paragraph("Dari 3 program utama dan 1 program penunjang yang dilaksanakan, semua program berjalan.")
    rows = [["NO", "PROGRAM", "PAGU", "REALISASI", "%"],
            ["1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "1.000.000", "900.000", "90,00"],
            ["2", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "500.000", "500.000", "100,00"],
            ["3", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", "400.000", "300.000", "75,00"],
            ["", "JUMLAH", "1.900.000", "1.700.000", "89,47"]]
    table = doc.add_table(rows=len(rows), cols=5)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.save(tmp_path / "laporan.docx")
    found = audit.run(tmp_path / "laporan.docx", suggest=False, select=("CLAIM009",)).findings
    assert [(f.actual, f.expected) for f in found] == [("3 program utama", 2.0)]


MEAN_PACK = """
pack: jatiroto-komposit
rules:
  - id: KOMP001
    kind: sum
    title: {id: "Rata-rata persentase desa tidak sama dengan rata-rata dokumennya", en: "Village average differs"}
    params:
      table: realisasi_indikator
      columns: [realisasi]
      aggregate: mean
      parts:
        table: realisasi_program_tahunan
        where: {indikator: [Persentase desa yang menetapkan APBdes tepat waktu,
                            Persentase desa yang menetapkan LPPdes tepat waktu,
                            Persentase desa yang menetapkan RKPdes tepat waktu]}
        key: [tahun]
      total:
        where: {indikator: Rata - rata Persentase Desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu}
        key: [tahun]
"""


def test_an_agencys_composite_indicator_is_the_mean_of_its_documents_in_the_seed(seed, tmp_path):
    pack = tmp_path / "komposit.yaml"
    pack.write_text(MEAN_PACK, encoding="utf-8")
    found = audit.run(seed, suggest=False, rule_dirs=(pack,), select=("KOMP001",)).findings
    assert [(f.actual, round(f.expected, 2)) for f in found] == [(88.33, 88.67)]  # 2022; 2023's 88.89 agrees
    assert "2022" in found[0].row_label


def test_the_seeds_83_percent_of_6_desa_is_found_with_the_nearest_attainable_values(seed):
    found = audit.run(seed, suggest=False, select=("COUNT003", "COUNT004", "COUNT005"), lang="en").findings
    assert [(f.rule_id, f.actual, f.expected) for f in found] == [("COUNT003", 83.0, 83.33)] * 2
    assert all("nearest 66.67 or 83.33" in say(f.hint, "en") for f in found)


@pytest.mark.parametrize("formula, units", [
    ("Desa RKP+APBDes+ LPPdes tepat waktu dibagi Jumlah desa x 3 Dokumen dikali (X ) 100 %", 3),
    (r"$\frac{(\text{RKPDesa tepat waktu} + \text{APBDesa tepat waktu})}{\text{Jumlah Seluruh Desa} \times 2} "
     r"\times 100 \%$", 2),
    ("((A + B + C)) / (Jumlah Seluruh Desa diwilayah Kecamatan × 3) × 100 %", 3),  # a fraction as markdown prints it
    ("(Jumlah desa yang menetapkan APBDes tepat waktu / jumlah desa) x 100%", 1),
    ("Jumlah kelurahan bebas kumuh : jumlah kelurahan x 100%", 1),
    ("Realisasi dana desa / total dana desa x 100%", None),  # rupiah of dana desa, not villages
    ("Jumlah fasilitasi yang ditindaklanjuti dibagi Jumlah fasilitasi dikali (X) 100 %", None),
    ("hasil Survey Kepuasan Masyarakat", None),
])
def test_a_formula_says_how_many_units_per_village_a_share_counts(formula, units):
    from audit.rules.formulas import village_units

    assert village_units(formula) == units


RATA = "Rata-rata persentase desa yang menyusun dokumen tepat waktu"
FORMULA = "Desa RKP+APBDes+LPPDes tepat waktu dibagi Jumlah desa x 3 Dokumen dikali (X) 100 %"


def _years(tmp_path, formula: str | None, values: list[str]):
    from helpers import write_report

    rows = "\n".join(f"{RATA},{2019 + k},80,{v}" for k, v in enumerate(values))
    tables = {"kinerja_tahunan": f"indikator,tahun,target,realisasi\n{rows}\n"}
    if formula is not None:
        tables["realisasi_indikator"] = (f"level,indikator,formulasi,tahun,target,realisasi\n"
                                         f"sasaran,{RATA},{formula},2023,80,\n")
    folder = write_report(tmp_path / "r", tables, {"jumlah_desa": 6})
    return audit.run(folder, suggest=False, select=("COUNT006",), lang="en").findings


def test_an_average_over_documents_is_a_multiple_of_one_over_villages_times_documents(tmp_path):
    found = _years(tmp_path, FORMULA, ["81", "80", "83.33", "77.78", "88.89"])
    assert [(f.actual, f.expected) for f in found] == [(81.0, 83.33), (80.0, 77.78)]
    assert "6 desa × 3" in found[0].text("en")
    assert "only k/18 × 100 can occur; nearest 77.78 or 83.33" in say(found[0].hint, "en")


def test_without_its_formula_an_average_is_not_judged_and_with_another_denominator_not_at_all(tmp_path):
    assert _years(tmp_path, None, ["81", "80"]) == []  # `rata-rata`: N unknown without the formula
    other = "Jumlah dokumen tepat waktu dibagi Jumlah dokumen dikali (X) 100 %"
    assert _years(tmp_path / "b", other, ["81", "80"]) == []


def test_a_formula_stated_in_report_yaml_counts_too(tmp_path):
    from helpers import write_report

    table = f"indikator,tahun,target,realisasi\n{RATA},2020,80,80\n"
    folder = write_report(tmp_path / "r", {"kinerja_tahunan": table}, {"jumlah_desa": 6, "formulas": {RATA: FORMULA}})
    found = audit.run(folder, suggest=False, select=("COUNT006",)).findings
    assert [(f.actual, f.expected) for f in found] == [(80.0, 77.78)]


def test_the_seeds_80_and_81_of_6_desa_times_3_documents_are_found(seed):
    """The seed prints its formula in `Rumusan Indikator Kinerja Utama` and in its DATA REALISASI table."""
    found = audit.run(seed, suggest=False, select=("COUNT006", "COUNT007"), lang="en").findings
    by_year = {(f.rule_id, f.row_label.rsplit("(", 1)[-1].rstrip(")")): f.actual for f in found}
    assert by_year[("COUNT006", "2019")] == 81 and by_year[("COUNT006", "2020")] == 80
    assert by_year[("COUNT006", "2022")] == 88.33 == by_year[("COUNT007", "2022")]
    assert all("6 desa × 3" in f.text("en") for f in found)


QUARTERS = """# LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023

DINAS KESEHATAN KABUPATEN CONTOH

# LAMPIRAN

Rencana Aksi Tahun 2023

| No | Program/Kegiatan/Sub Kegiatan | Indikator Kinerja | Target | TW I | TW II | TW III | TW IV |
|---|---|---|---|---|---|---|---|
| 1 | Penyediaan Bahan Habis Pakai | Jumlah dokumen pengadaan | 4 Dok | 1 Dok | 1 Dok | 1 Dok | 1 Dok |
| 2 | Penyusunan Laporan Kinerja | Jumlah laporan | 6 Lap | 25% | 25% | 25% | 25% |

Realisasi Rencana Aksi per Triwulan Tahun 2023

{header}
|---|---|---|---|---|---|---|---|---|---|
| 1 | Penyediaan Bahan Habis Pakai | Jumlah dokumen pengadaan | 4 Dok | 1 | 1 | 2 | 1 | 125,00 | - |
| 2 | Penyusunan Laporan Kinerja | Jumlah laporan | 6 Lap | 50% | 25% | 25% | 25% | 100,00 | - |
| 3 | Pelayanan Ibu Hamil | Jumlah ibu hamil dilayani | 120 Orang | 31 | 29 | 32 | 30 | 101,67 | Sasaran bertambah |
""".format(header=("| No | Program/Kegiatan/Sub Kegiatan | Indikator Kinerja | Target | Realisasi TW I "
                   "| Realisasi TW II | Realisasi TW III | Realisasi TW IV | Capaian (%) | Keterangan |"))


def test_quarterly_realisations_over_the_plan_need_a_remark(tmp_path):
    """The layout of Permendagri 86/2017 form E.81 (realisasi kinerja pada triwulan I-IV against the year's
    target), one realisation per quarter; the plan and its realisation side by side in one annex."""
    path = tmp_path / "laporan.md"
    path.write_text(QUARTERS, encoding="utf-8")
    from audit import api

    report = api.read(path)
    assert report.tables["rencana_aksi"].values["tw1"].tolist() == [1.0, 25.0]  # the plan stays a plan
    assert report.tables["realisasi_triwulan"].values["tw3"].tolist() == [2.0, 25.0, 32.0]
    found = audit.run(path, suggest=False, select=("SUM041",), lang="en").findings
    assert [(f.row_label, f.severity.value, f.actual, f.expected) for f in found] == [
        ("Penyediaan Bahan Habis Pakai", "warning", 5.0, 4.0),  # 5 Dok against 4 planned, no remark
        ("Penyusunan Laporan Kinerja", "warning", 125.0, 100.0)]  # 125% of the plan; the third has its remark
    assert "= 5, over the target of 4 without a remark" in found[0].text("en")


@pytest.mark.parametrize("wording, quarters", [
    ("| Real. TW I | Real. TW II | Real. TW III | Real. TW IV |", True),  # abbreviated: still one per quarter
    ("| Realisasi s.d. TW I | Realisasi s.d. TW II | Realisasi s.d. TW III | Realisasi s.d. TW IV |", False),
    ("| Realisasi TW I (kumulatif) | Realisasi TW II (kumulatif) | Realisasi TW III (kumulatif) "
     "| Realisasi TW IV (kumulatif) |", False),
])
def test_running_totals_are_never_added_up_as_quarters(tmp_path, wording, quarters):
    """Agencies print the quarters' own realisations or running totals up to each quarter; only the first
    add up to the year. A running total at the year's end is the year's realisation."""
    own = "| Realisasi TW I | Realisasi TW II | Realisasi TW III | Realisasi TW IV |"
    path = tmp_path / "laporan.md"
    path.write_text(QUARTERS.replace(own, wording), encoding="utf-8")
    from audit import api

    table = api.read(path).tables["realisasi_triwulan"].values
    found = audit.run(path, suggest=False, select=("SUM041",), lang="en").findings
    if quarters:
        assert table["tw3"].tolist() == [2.0, 25.0, 32.0] and len(found) == 2
    else:
        assert table[["tw1", "tw2", "tw3", "tw4"]].isna().all().all() and found == []
        assert table["realisasi"].tolist() == [1.0, 25.0, 30.0]  # the column up to TW IV


STATED = """# LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023

DINAS KESEHATAN KABUPATEN CONTOH

Wilayah kerja Dinas Kesehatan terdiri dari 12 (dua belas) puskesmas dan 1 rumah sakit.

{rows}

Rumusan Indikator Kinerja Utama

| No | Indikator Kinerja | Formulasi |
|---|---|---|
| 1 | Persentase puskesmas yang melapor tepat waktu | {formula} |

Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2023

| No | Indikator Kinerja | Target | Realisasi | Capaian |
|---|---|---|---|---|
| 1 | Persentase puskesmas yang melapor tepat waktu | 80,00 | {value} | 100,00 |
"""


@pytest.mark.parametrize("rows, value, found", [
    ("", "80,00", [(80.0, 83.33)]),  # 80% of 12 cannot occur: 9 of 12 is 75, 10 of 12 is 83,33
    ("", "83,33", []),
    ("| No | Uraian | Jumlah |\n|---|---|---|\n| 1 | Jumlah Puskesmas | 12 Unit |", "80,00", [(80.0, 83.33)]),
    # two different numbers of puskesmas: which one a share counts over is not known
    ("| No | Uraian | Jumlah |\n|---|---|---|\n| 1 | Jumlah Puskesmas | 10 |", "80,00", []),
])
def test_a_count_the_report_states_is_the_n_of_a_share_counted_over_it(tmp_path, rows, value, found):
    from audit import api

    path = tmp_path / "laporan.md"
    formula = "Jumlah puskesmas yang melapor tepat waktu / Jumlah seluruh puskesmas x 100%"
    path.write_text(STATED.format(rows=rows, value=value, formula=formula), encoding="utf-8")
    assert api.read(path).meta.counts == ({} if "10 |" in rows else {"puskesmas": 12})
    got = audit.run(path, suggest=False, select=("COUNT005",), lang="en").findings
    assert [(f.actual, f.expected) for f in got] == found
    assert all("12 puskesmas" in f.text("en") for f in got)


def test_a_count_stated_in_report_yaml_counts_too(tmp_path):
    from helpers import write_report

    formula = "Jumlah sekolah terakreditasi dibagi Jumlah sekolah dikali 100 %"
    table = ("indikator,formulasi,tahun,target,realisasi\n"
             f"Persentase sekolah terakreditasi,{formula},2022,80,\"82,50\"\n"
             f"Persentase sekolah terakreditasi,{formula},2023,80,\"81,00\"\n")
    folder = write_report(tmp_path / "r", {"realisasi_indikator": table}, {"counts": {"Sekolah": 40}})
    found = audit.run(folder, suggest=False, select=("COUNT007",)).findings
    assert [(f.actual, f.expected) for f in found] == [(81.0, 80.0)]  # 40 schools: multiples of 2,5
