"""Polarity and the predikat scale come from the report itself (issue #14, item 3).

Polarity: a Polaritas/Sifat column, another table's polarity column, the text, report.yaml,
and the indicator's wording as a hint only (warning). A negative capaian is right by either
convention in use. The predikat scale: read in the notations agencies print, in prose, lists
and tables; the built-in scale only when the report states none, and then only as a warning.
"""
from __future__ import annotations

import pytest
from helpers import write_report

import audit
from audit.document.facts import find_facts
from audit.document.markdown import parse_markdown
from audit.errors import InputError
from audit.ingest.metadata import mapping_to_rows, metadata_from, rows_to_mapping
from audit.model import say
from audit.predikat import parse_band

CAPAIAN = "indikator,polaritas,target,realisasi,capaian\n"


def findings(tmp_path, tables, meta=None, rule="RATIO012", lang="id"):
    folder = write_report(tmp_path / "r", tables, meta)
    return audit.run(folder, lang=lang, select=(rule,)).findings


# ---------------------------------------------------------------- polarity


def test_a_correct_negative_capaian_is_not_flagged_when_a_polaritas_column_says_negative(tmp_path):
    """The dinas case of issue #14: the column was ignored and 120% was 'corrected' to 80%."""
    row = "Persentase rumah tangga rawan pangan,{pol},10,8,\"120,00\"\n"
    assert findings(tmp_path / "a", {"capaian_indikator": CAPAIAN + row.format(pol="Negatif")}) == []
    assert findings(tmp_path / "b", {"capaian_indikator": CAPAIAN + row.format(pol="-")}) == []
    unstated = findings(tmp_path / "c", {"capaian_indikator": CAPAIAN + row.format(pol="")})
    assert [(f.expected, f.severity.value) for f in unstated] == [(80.0, "warning")]  # nothing said: a question
    assert "tidak menyatakan polaritas" in say(unstated[0].hint, "id")


def test_a_sifat_column_is_the_polarity_column(tmp_path):
    table = ("Indikator Kinerja,Sifat,Target,Realisasi,Capaian\n"
             "Persentase rumah tangga rawan pangan,Minimal,10,8,\"120,00\"\n"
             "Cakupan layanan,Maksimal,10,8,\"120,00\"\n")
    assert [f.row_label for f in findings(tmp_path, {"capaian_indikator": table})] == ["Cakupan layanan"]


@pytest.mark.parametrize("value", ["semakin rendah semakin baik", "Minimal", "(-)", "negatif"])
def test_polaritas_cell_wordings(tmp_path, value):
    table = CAPAIAN + f"Persentase rumah tangga rawan pangan,{value},10,8,\"120,00\"\n"
    assert findings(tmp_path, {"capaian_indikator": table}) == []


@pytest.mark.parametrize("capaian", ["120,00", "125,00"])  # (2 × 10 − 8) / 10 and 10 / 8
def test_either_negative_convention_is_right(tmp_path, capaian):
    table = CAPAIAN + f"Persentase rumah tangga rawan pangan,Negatif,10,8,\"{capaian}\"\n"
    assert findings(tmp_path, {"capaian_indikator": table}) == []


def test_a_negative_capaian_no_convention_reproduces_gives_both_values(tmp_path):
    table = {"capaian_indikator": CAPAIAN + "Persentase rumah tangga rawan pangan,Negatif,10,8,\"130,00\"\n"}
    (found,) = findings(tmp_path / "id", table)
    said = "(2 × target − realisasi) / target × 100 = 120,00; target / realisasi × 100 = 125,00"
    assert said in say(found.hint, "id")
    assert "(2 × target − realisasi) / target × 100" in found.text()
    (en,) = findings(tmp_path / "en", table, lang="en")
    said = "(2 × target − realisation) / target × 100 = 120.00; target / realisation × 100 = 125.00"  # en numbers
    assert said in say(en.hint, "en")


def test_the_finding_names_the_convention_the_printed_figure_follows(tmp_path):
    table = {"capaian_indikator": CAPAIAN + "Persentase rumah tangga rawan pangan,Negatif,10,8,\"80,00\"\n"}
    (found,) = findings(tmp_path / "id", table)
    assert "rumus polaritas positif (realisasi / target × 100)" in say(found.hint, "id")
    assert found.expected == 120.0
    (en,) = findings(tmp_path / "en", table, lang="en")
    assert "positive-polarity formula (realisation / target × 100)" in say(en.hint, "en")
    assert "this row's polarity column" in say(en.hint, "en")


def test_the_expected_value_follows_the_convention_the_table_uses(tmp_path):
    rows = ("Persentase rumah tangga rawan pangan,Negatif,10,8,\"125,00\"\n"
            "Persentase desa rawan banjir,Negatif,20,16,\"125,00\"\n"
            "Persentase lahan terlantar,Negatif,10,5,\"160,00\"\n")
    (found,) = findings(tmp_path, {"capaian_indikator": CAPAIAN + rows})
    assert found.expected == 200.0  # 10 / 5, the table's convention; (2 × 10 − 5) / 10 would be 150


def test_polarity_stated_in_the_text_next_to_the_indicator(tmp_path):
    doc = tmp_path / "laporan.md"
    doc.write_text(
        "# LAPORAN KINERJA TAHUN 2023\n\nBadan Contoh Kabupaten Contoh\n\n"
        "Indikator Persentase rumah tangga rawan pangan merupakan indikator dengan polaritas negatif, "
        "sedangkan Indeks Kepuasan Masyarakat bersifat positif.\n\n"
        "| No | Indikator Kinerja | Target | Realisasi | Capaian |\n|---|---|---|---|---|\n"
        "| 1 | Persentase rumah tangga rawan pangan | 10 | 8 | 125,00% |\n"
        "| 2 | Indeks Kepuasan Masyarakat | 80 | 88 | 110,00% |\n", encoding="utf-8")
    facts = find_facts(parse_markdown(doc.read_text(encoding="utf-8")))
    assert facts.polarity == {"negative": ["Persentase rumah tangga rawan pangan"],
                              "positive": ["Indeks Kepuasan Masyarakat"]}
    assert audit.run(doc, select=("RATIO012",)).findings == []


@pytest.mark.parametrize("sentence,name", [
    ("Untuk indikator prevalensi stunting, semakin kecil semakin baik.", "prevalensi stunting"),
    ("Angka Kematian Ibu (polaritas negatif) turun dibanding tahun lalu.", "Angka Kematian Ibu"),
    ("Polaritas negatif: Jumlah kasus DBD.", "Jumlah kasus DBD"),
])
def test_polarity_phrases_in_other_wordings(sentence, name):
    facts = find_facts(parse_markdown(f"# LAPORAN KINERJA TAHUN 2023\n\n{sentence}\n"))
    assert facts.polarity == {"negative": [name]}


def test_the_indicators_wording_is_only_a_hint_and_its_finding_a_warning(tmp_path):
    table = {"capaian_indikator": CAPAIAN + "Angka kematian ibu,,100,80,\"80,00\"\n"}
    (found,) = findings(tmp_path / "id", table)
    assert found.severity.value == "warning" and found.expected == 120.0
    assert "'angka kematian'" in say(found.hint, "id")
    (en,) = findings(tmp_path / "en", table, lang="en")
    assert "guessed from the words 'angka kematian'" in say(en.hint, "en")
    # the report's word is stronger than the wording: stated positive, the positive formula is right
    assert findings(tmp_path / "stated", table, {"polarity": {"positive": ["Angka kematian ibu"]}}) == []
    # a reduction of a bad thing is higher-is-better: no hint
    reduction = CAPAIAN + "Persentase penurunan angka kematian ibu,,10,8,\"80,00\"\n"
    assert findings(tmp_path / "reduction", {"capaian_indikator": reduction}) == []


def test_a_capaian_right_by_the_hinted_polarity_is_not_flagged(tmp_path):
    table = {"capaian_indikator": CAPAIAN + "Prevalensi stunting,,20,16,\"120,00\"\n"}
    assert findings(tmp_path, table) == []


# ---------------------------------------------------------------- predikat scale


@pytest.mark.parametrize("text,band", [
    ("85 ke atas : Sangat Baik", (85, False, None, "Sangat Baik")),
    ("$70 \\leq x < 85$\t:\tBaik", (70, False, 85, "Baik")),
    ("91 % ≤ 100 % : Sangat Baik", (91, False, 100, "Sangat Baik")),
    ("≥ 85 Sangat Baik", (85, False, None, "Sangat Baik")),
    ("85 – 100 : Sangat Tinggi", (85, False, 100, "Sangat Tinggi")),
    ("> 90 s.d. 100 = Sangat Tinggi", (90, True, 100, "Sangat Tinggi")),
    ("x < 55 : Kurang", (None, False, 55, "Kurang")),
    ("76-90 | Baik", (76, False, 90, "Baik")),
    ("50 ke bawah : SANGAT KURANG", (None, False, 50, "Sangat Kurang")),
    ("Memuaskan (81 s/d 90)", (81, False, 90, "Memuaskan")),
    ("- Nilai capaian di atas 90 dikategorikan Sangat Baik", (90, True, None, "Sangat Baik")),
    # a Disperindag's first band, named by what it measures (its other bands `80 – 100 Baik`, `<55 Kurang`)
    ("Persentase : > 100 Sangat baik", (100, True, None, "Sangat Baik")),
    ("Prosentase capaian > 100 : Sangat Baik", (100, True, None, "Sangat Baik")),
])
def test_band_notations(text, band):
    got = parse_band(text)
    assert (got.lo, got.lo_open, got.hi, got.label) == band


@pytest.mark.parametrize("text", ["Tahun 2019 - 2023 Renstra", "realisasi 85,50% dikategorikan baik",
                                  "Capaian 90 dan 80 Baik", "Persentase penduduk miskin 12"])
def test_prose_that_is_no_band(text):
    assert parse_band(text) is None


def _scale(markdown: str):
    return find_facts(parse_markdown("# LAPORAN KINERJA TAHUN 2023\n\n" + markdown)).predikat_bands


def test_a_five_band_scale_in_a_table_with_other_labels():
    bands = _scale("| No | Interval Nilai Capaian | Kategori |\n|---|---|---|\n"
                   "| 1 | > 90 s.d. 100 | Sangat Tinggi |\n| 2 | > 75 s.d. 90 | Tinggi |\n"
                   "| 3 | > 65 s.d. 75 | Sedang |\n| 4 | > 50 s.d. 65 | Rendah |\n| 5 | ≤ 50 | Sangat Rendah |\n")
    assert [(b["min"], b["above"], b["label"]) for b in bands] == [
        (90, True, "Sangat Tinggi"), (75, True, "Tinggi"), (65, True, "Sedang"), (50, True, "Rendah"),
        (None, False, "Sangat Rendah")]


def test_a_scale_table_with_its_bounds_in_two_columns():
    bands = _scale("| No | Nilai Min | Nilai Max | Kriteria |\n|---|---|---|---|\n| 1 | 91 | 100 | Sangat Baik |\n"
                   "| 2 | 76 | 90 | Baik |\n| 3 | 66 | 75 | Cukup |\n| 4 | 51 | 65 | Kurang |\n"
                   "| 5 | 0 | 50 | Sangat Kurang |\n")
    assert [(b["min"], b["label"]) for b in bands] == [
        (91, "Sangat Baik"), (76, "Baik"), (66, "Cukup"), (51, "Kurang"), (None, "Sangat Kurang")]


def test_a_scale_listed_worst_first_in_one_sentence():
    bands = _scale("Kategori capaian: Sangat Kurang (≤ 50), Kurang (51 – 65), Cukup (66 – 75), "
                   "Baik (76 – 90), Sangat Baik (≥ 91).\n")
    assert [(b["min"], b["max"], b["label"]) for b in bands] == [
        (91, None, "Sangat Baik"), (76, 90, "Baik"), (66, 75, "Cukup"), (51, 65, "Kurang"),
        (None, 50, "Sangat Kurang")]


def test_overlapping_or_single_bands_are_no_scale():
    assert _scale("85 – 100 : Baik\n\n70 – 90 : Cukup\n") == []
    assert _scale("85 ke atas : Sangat Baik\n\nLain kali.\n") == []


def test_predikat_is_judged_on_the_reports_own_five_band_scale(tmp_path):
    doc = tmp_path / "dinas.md"
    doc.write_text(
        "# LAPORAN KINERJA TAHUN 2023\n\nDinas Contoh Kabupaten Contoh\n\n"
        "Capaian dinilai dengan skala:\n\n- 91 – 100 : Sangat Tinggi\n- 76 – 90 : Tinggi\n- 66 – 75 : Sedang\n"
        "- 51 – 65 : Rendah\n- ≤ 50 : Sangat Rendah\n\n"
        "| No | Indikator Kinerja | Polaritas | Target | Realisasi | Capaian | Predikat |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 1 | Persentase rumah tangga rawan pangan | Negatif | 10 | 8 | 120,00 | Sangat Tinggi |\n"
        "| 2 | Cakupan pelayanan | Positif | 95 | 76 | 80,00 | Tinggi |\n"
        "| 3 | Persentase layanan terakreditasi | Positif | 100 | 90 | 90,00 | Sangat Tinggi |\n"
        "| 4 | Persentase dokumen tepat waktu | Positif | 100 | 70 | 70,00 | Baik |\n", encoding="utf-8")
    result = audit.run(doc, select=("RATIO012", "SCALE001"))
    got = {(f.rule_id, f.actual, f.expected, f.severity.value) for f in result.findings}
    # 90,00 is Tinggi on 76-90 (the four-band default of old would have said Sangat Baik);
    # 'Baik' is no label of this scale
    assert got == {("SCALE001", "Sangat Tinggi", "Tinggi", "error"), ("SCALE001", "Baik", "Sedang", "error")}
    assert all("skala laporan" in say(f.hint, "id") for f in result.findings)


def test_the_default_scale_is_used_only_when_the_report_states_none_and_says_so(tmp_path):
    table = {"capaian_indikator": "indikator,capaian,predikat\nA,\"70,00\",Baik\nB,\"95,00\",Sangat Tinggi\n"}
    (found,) = findings(tmp_path / "none", table, rule="SCALE001")
    assert (found.actual, found.expected, found.severity.value) == ("Baik", "Cukup", "warning")
    hint = say(found.hint, "id")
    assert "skala predikat laporan tidak ditemukan" in hint and "Permendagri 86/2017" in hint
    (en,) = findings(tmp_path / "en", table, rule="SCALE001", lang="en")
    assert "no predikat scale found in the report; judged on the default scale" in say(en.hint, "en")
    own = {"predikat_scale": [{"min": 70, "label": "Baik"}, {"min": None, "label": "Kurang"}]}
    (stated,) = findings(tmp_path / "own", table, own, rule="SCALE001")  # 'Sangat Tinggi' is not its label
    assert (stated.actual, stated.severity.value) == ("Sangat Tinggi", "error")
    assert say(stated.hint, "id").startswith("skala laporan")


# ---------------------------------------------------------------- metadata in the report's notation


def test_report_yaml_and_report_sheet_take_bands_as_printed():
    meta = metadata_from({"agency": "X", "year": 2023,
                          "predikat_scale": ["91 - 100: Sangat Baik", "76 - 90: Baik", "≤ 75: Kurang"]}, "report.yaml")
    assert [(b.min, b.max, b.label) for b in meta.predikat_scale] == [
        (91, None, "Sangat Baik"), (76, 90, "Baik"), (None, 75, "Kurang")]
    rows = list(mapping_to_rows(meta.model_dump()))
    assert ("predikat_scale", "76 - 90: Baik") in rows
    assert metadata_from(rows_to_mapping(rows), "report").predikat_scale == meta.predikat_scale


def test_a_band_that_cannot_be_read_is_a_one_line_error_naming_file_and_line():
    text = 'agency: X\nyear: 2023\npredikat_scale:\n  - "91 - 100: Sangat Baik"\n  - bagus sekali\n'
    with pytest.raises(InputError) as exc:
        metadata_from({"agency": "X", "year": 2023, "predikat_scale": ["91 - 100: Sangat Baik", "bagus sekali"]},
                      "report.yaml", text)
    said = exc.value.render("id")
    assert said.startswith("report.yaml:5") and "'bagus sekali' bukan pita skala predikat" in said
    assert "is not a predikat band" in exc.value.render("en") and "\n" not in said


def test_the_other_polaritys_formula_is_an_error_only_when_the_polarity_is_stated(tmp_path):
    table = {"capaian_indikator": CAPAIAN + "Indeks kepuasan masyarakat,,10,8,\"120,00\"\n"}
    (assumed,) = findings(tmp_path / "assumed", table)
    assert assumed.severity.value == "warning"
    stated = {"polarity": {"positive": ["Indeks kepuasan masyarakat"]}}
    (said,) = findings(tmp_path / "stated", table, stated)
    assert said.severity.value == "error"
    assert "padahal polaritas indikator ini positif (dinyatakan laporan)" in say(said.hint, "id")


def test_a_sentence_about_the_formula_names_no_indicator():
    facts = find_facts(parse_markdown(
        "# LAPORAN KINERJA TAHUN 2023\n\nCapaian dihitung dengan rumus realisasi dibagi target. Untuk indikator "
        "dengan polaritas negatif (semakin kecil semakin baik) digunakan rumus (2 × target − realisasi) / target. "
        "Untuk indikator yang semakin kecil realisasinya semakin baik, capaian dihitung dengan target / realisasi.\n"))
    assert facts.polarity == {}
