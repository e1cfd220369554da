"""Columns recognised by meaning: header normalisation, the vocabulary, content confirmation,
and the user's own header mapping (`[columns]` in audit.toml).

The headers below are wordings agencies print (docs/layouts.md), not the example's."""
from __future__ import annotations

import pytest

import audit
from audit.config import resolve
from audit.errors import ConfigError
from audit.ingest.headers import best_column, content_agrees, normalise
from audit.sources import read_report

BUDGET = {"no": "text", "program": "text", "pagu": "money", "realisasi": "money", "capaian": "percent"}


@pytest.mark.parametrize("printed, words, unit", [
    ("Realisasi s.d. Desember 2023 (Rp)", ("realisasi",), "money"),
    ("Realisasi Keuangan s/d TW IV", ("realisasi", "keuangan"), None),
    ("Pagu Anggaran Tahun 2023 (Rp.)", ("pagu", "anggaran"), "money"),
    ("Capaian (%)", ("capaian",), "percent"),
    ("% Capaian", ("capaian",), "percent"),
    ("Jumlah (orang)", ("jumlah",), "count"),
    ("TW IV", ("triwulan", "iv"), None),  # a quarter column keeps its words: nothing else is left
    ("Tahun", ("tahun",), None),
    ("Real. Angg.", ("realisasi", "anggaran"), None),  # abbreviations expanded
])
def test_a_header_is_normalised_to_the_words_that_say_what_it_is(printed, words, unit):
    header = normalise(printed)
    assert header.words == words and header.unit == unit


@pytest.mark.parametrize("printed, period", [
    ("Realisasi TW II", "triwulan 2"),
    ("Real. Triwulan 2", "triwulan 2"),
    ("TW IV", "triwulan 4"),
    ("Realisasi s.d. TW III", "s.d. triwulan 3"),  # a running total up to the third quarter
    ("Realisasi s/d Triwulan IV (Rp)", "s.d. triwulan 4"),
    ("Realisasi TW I (kumulatif)", "s.d. triwulan 1"),
    ("Target TW I - TW IV", None),  # two periods: none of them
    ("Realisasi s.d. Maret", "s.d. bulan 3"),  # a running total up to March
    ("Realisasi Desember", None),  # a month's own figure, or the date of the year's: no period
    ("Realisasi 2023", None),
])
def test_the_period_a_header_names_is_kept_apart_from_its_words(printed, period):
    assert normalise(printed).period == period


@pytest.mark.parametrize("printed, stale", [
    (["s.d. TW I", "s.d. TW II", "s.d. TW III", "s.d. TW IV"],
     {"s.d. triwulan 1", "s.d. triwulan 2", "s.d. triwulan 3"}),
    (["TW I (kumulatif)", "TW II (kumulatif)"], {"s.d. triwulan 1"}),
    (["s/d Semester I", "s/d Triwulan IV"], {"s.d. semester 1"}),
    (["Target", "Realisasi s/d Triwulan II"], set()),  # an interim report's realisation to date stands
    (["TW I", "TW II", "TW III", "TW IV"], set()),  # each quarter's own figure
    (["s.d. Januari", "s/d Juni", "s.d. Desember"], {"s.d. bulan 1", "s.d. bulan 6"}),  # up to a month
    (["Januari", "Februari", "Maret"], set()),  # each month's own figure (`audit.ingest.months`)
])
def test_running_totals_before_the_tables_latest_are_stale(printed, stale):
    """A running total up to an earlier quarter is neither the report's realisation nor one quarter's."""
    from audit.ingest.headers import stale as stale_of

    assert stale_of(normalise(f"Realisasi {p}").period for p in printed) == stale


QUARTERS = {"target": "number", "tw1": "number", "tw2": "number", "tw3": "number", "tw4": "number",
            "realisasi": "number"}


@pytest.mark.parametrize("printed, column", [
    ("Real. TW III", "tw3"), ("Realisasi Triwulan 2", "tw2"), ("TW 1", "tw1"), ("Triwulan IV", "tw4"),
    ("Realisasi TW II (kumulatif)", "realisasi"),  # a running total is never one quarter's own realisation
    ("Realisasi s.d. TW II", "realisasi"),  # (whether it is the report's realisation: the table decides)
])
def test_a_quarter_is_named_by_its_number_however_worded(printed, column):
    assert best_column("realisasi_triwulan", QUARTERS, printed, {})[0] == column


@pytest.mark.parametrize("printed, column", [
    ("Pagu Anggaran (Rp)", "pagu"),
    ("Alokasi Anggaran", "pagu"),
    ("Realisasi s.d. Desember 2023 (Rp)", "realisasi"),
    ("Tingkat Capaian (%)", "capaian"),
    ("Nama Program", "program"),
])
def test_other_wordings_name_the_same_column(printed, column):
    assert best_column("realisasi_program", BUDGET, printed)[0] == column


def test_a_unit_in_the_header_rules_out_a_column_of_another_kind():
    # `(%)` cannot be an amount: the percent column is chosen, or nothing
    assert best_column("realisasi_program", {"realisasi": "money"}, "Realisasi (%)")[0] is None
    assert best_column("realisasi_program", BUDGET, "Realisasi (%)")[0] == "capaian"


def test_a_header_that_says_much_more_than_a_phrase_is_not_taken():
    assert best_column("realisasi_program", BUDGET, "Kendala dan upaya penyelesaian realisasi program")[0] is None


def test_content_confirms_the_kind_a_header_gives():
    assert content_agrees("money", ["1.500.000.000", "200.000.000", "-"])
    assert not content_agrees("money", ["96,67%", "95%"])  # a percent column is not an amount
    assert not content_agrees("percent", ["1.500.000.000", "200.000.000"])
    assert not content_agrees("money", ["Belanja Pegawai", "Belanja Barang"])  # names are not realisasi
    assert not content_agrees("text", ["12", "7", "19"])
    assert content_agrees("count", ["-", ""])  # an empty column contradicts nothing
    # amounts under a million with one dot: six hundred thousand rupiah, whichever way a lone group of three reads
    assert content_agrees("money", ["600.000", "400.000", "75.500"])
    assert content_agrees("money", ["600.000", "1.250.000", "75.500"])
    assert not content_agrees("percent", ["600.000", "1.250.000", "75.500"])  # the column writes `1.250.000`
    assert not content_agrees("text", ["600.000", "400.000", "75.500"])  # figures are no programme names


KECAMATAN = """# LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023

KECAMATAN SUKAMAJU KABUPATEN CONTOH

## BAB III AKUNTABILITAS KINERJA

Tabel 3.6 Realisasi Belanja Tahun 2023

Uraian Belanja\tAnggaran (Rp)\tRealisasi s/d TW IV (Rp)\tPersentase (%)
Belanja Pegawai\t1.000.000.000\t990.000.000\t99,00
Belanja Barang dan Jasa\t700.000.000\t660.000.000\t94,29
Total Belanja\t1.700.000.000\t{total}\t{share}
"""


def test_a_table_with_other_header_wording_is_read_and_its_total_checked(tmp_path):
    path = tmp_path / "laporan.md"
    path.write_text(KECAMATAN.format(total="1.650.000.000", share="97,06"), encoding="utf-8")
    report = read_report(path)
    assert report.meta.agency == "Kecamatan Sukamaju"  # the title page in capitals names the agency
    entry = report.document.log[0]
    assert (entry.status, entry.kind) == ("read", "belanja")
    assert entry.columns["Realisasi s/d TW IV (Rp)"] == "realisasi"
    clean = audit.run(path, suggest=False)
    assert not [f for f in clean.findings if f.severity.value == "error"]
    path.write_text(KECAMATAN.format(total="1.560.000.000", share="91,76"), encoding="utf-8")
    wrong = [f for f in audit.run(path, suggest=False).findings if f.severity.value == "error"]
    assert {(f.table, f.column) for f in wrong} >= {("belanja", "realisasi")}


def test_names_under_a_near_miss_header_are_not_read_as_amounts(tmp_path):
    path = tmp_path / "laporan.md"
    body = KECAMATAN.replace("Uraian Belanja\tAnggaran (Rp)", "Realisasi Kegiatan\tAnggaran (Rp)")
    path.write_text(body.format(total="1.650.000.000", share="97,06"), encoding="utf-8")
    entry = read_report(path).document.log[0]
    assert entry.columns.get("Realisasi Kegiatan") != "realisasi"


def test_a_header_the_vocabulary_lacks_costs_one_line_of_audit_toml(tmp_path):
    path = tmp_path / "laporan.md"
    body = KECAMATAN.replace("Realisasi s/d TW IV (Rp)", "Serapan Dana Riil (Rp)")
    path.write_text(body.format(total="1.650.000.000", share="97,06"), encoding="utf-8")
    assert "Serapan Dana Riil (Rp)" not in read_report(path).document.log[0].columns
    (tmp_path / "audit.toml").write_text('[columns.belanja]\n"Serapan Dana Riil" = "realisasi"\n', encoding="utf-8")
    config = resolve(path)
    entry = audit.api.read(path, config).document.log[0]
    assert entry.columns["Serapan Dana Riil (Rp)"] == "realisasi"


def test_an_unknown_column_in_audit_toml_is_refused_with_the_closest_name(tmp_path):
    (tmp_path / "audit.toml").write_text('[columns]\n"Serapan" = "realisas"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        resolve(tmp_path / "laporan.md")
    assert "realisasi" in err.value.render("en")


def test_a_negative_tolerance_in_audit_toml_is_refused(tmp_path):
    (tmp_path / "audit.toml").write_text('[tolerance]\nSUM = -1000\n', encoding="utf-8")
    with pytest.raises(ConfigError):
        resolve(tmp_path / "laporan.md")


def test_the_extraction_log_gives_the_columns_lines_to_paste_into_audit_toml(tmp_path):
    import re
    import tomllib

    from audit.render.extraction import render

    path = tmp_path / "laporan.md"
    path.write_text(KECAMATAN.format(total="1.650.000.000", share="97,06"), encoding="utf-8")
    log = read_report(path).document.log
    text = render(log, path.name, "markdown", "id")
    block = re.search(r"```toml\n(.*?)```", text, re.S).group(1)
    pasted = tomllib.loads(block)["columns"]
    assert pasted["belanja"]["Realisasi s/d TW IV (Rp)"] == "realisasi"
    (tmp_path / "audit.toml").write_text(block, encoding="utf-8")  # pasted as it is: accepted, same reading
    again = audit.api.read(path, resolve(path)).document.log
    assert [(e.kind, e.columns) for e in again] == [(e.kind, e.columns) for e in log]


def test_a_csv_folder_and_its_workbook_read_other_wordings_and_the_users_mapping(tmp_path):
    from helpers import csv_dir_to_xlsx, write_report

    folder = write_report(tmp_path / "r", {"realisasi_program": """
        level,No,Nama Program,Pagu Anggaran (Rp),Serapan Dana Riil,Capaian (%)
        item,1,Program A,"1.000.000","900.000",90
        item,2,Program B,"500.000","400.000",80
        total,,Jumlah,"1.500.000","1.400.000",93.33
    """})
    book = csv_dir_to_xlsx(folder, tmp_path / "r.xlsx")
    for source in (folder, book):
        problems = {f.column for f in read_report(source).problems if f.rule_id == "INPUT003"}
        assert problems == {"realisasi"}  # `Serapan Dana Riil` is no wording the vocabulary knows
    (tmp_path / "audit.toml").write_text('[columns]\n"Serapan Dana Riil" = "realisasi"\n', encoding="utf-8")
    for source in (folder, book):
        report = audit.api.read(source, resolve(source))
        table = report.tables["realisasi_program"].values
        assert list(table["pagu"]) == [1_000_000, 500_000, 1_500_000]  # `Pagu Anggaran (Rp)` by meaning
        assert list(table["realisasi"]) == [900_000, 400_000, 1_400_000]  # by the user's line
        assert not [f for f in report.problems if f.rule_id.startswith("INPUT00")]


def test_a_main_header_word_mistyped_by_one_letter_is_read_as_that_word():
    """Real headers: `URALAN` (a puskesmas BLUD's LRA), `Nama Progam` (a Bappeda's LKIP), both read in a document;
    before, the tables were unread or read without that column. A CSV folder's column names are not guessed: an
    unknown one is said (INPUT002, `test_bad_inputs`)."""
    from audit.ingest.headers import TYPOS, normalise

    assert normalise("URALAN").words == ("uralan",)  # outside a document
    token = TYPOS.set(True)
    try:
        assert normalise("URALAN").words == ("uraian",)
        assert normalise("Nama Progam").words == normalise("Nama Program").words
        assert normalise("Realiasi Anggran").words == normalise("Realisasi Anggaran").words
    finally:
        TYPOS.reset(token)


def test_real_words_a_keystroke_from_a_header_word_are_left_as_they_are():
    """Only the main header words are looked for, in words of six letters or more no header is named by: `Sampah`
    is not `sampai`, `Bawang` not `barang`, `Kontak` not `kontrak`, `Target` stays `target`."""
    from audit.ingest.headers import TYPOS, normalise

    token = TYPOS.set(True)
    try:
        for header, words in (("Volume Sampah", ("volume", "sampah")), ("Bawang Merah", ("bawang", "merah")),
                              ("Angka Kontak", ("angka", "kontak")), ("Target", ("target",))):
            assert normalise(header).words == words, header
    finally:
        TYPOS.reset(token)


@pytest.mark.parametrize("label, step", [("CAPAIAN KINERJA TAHUN N-1", -1), ("Realisasi Tahun N", 0),
                                         ("TARGET TH. (N+1)", 1), ("Tahun N − 2", -2), ("Tahun Nasional", None),
                                         ("Jumlah Penduduk", None), ("Tahun 2023", None)])
def test_a_year_printed_relative_to_the_report_is_a_year_not_words(label, step):
    """`Tahun N-1` names the year before the report's: the document reader takes it as a year (one row per
    year), and header matching drops it as it drops `2022`, so `Realisasi Tahun N-1` is a `realisasi`."""
    from audit.document.classify import relative_year

    assert relative_year(label) == step
    if step is not None:
        assert "n" not in normalise(label).words and str(abs(step)) not in normalise(label).words
