"""Reading tables: Indonesian headers, unknown or missing columns, unreadable cells, provenance."""
from __future__ import annotations

import pytest
from helpers import write_report

import audit
from audit.errors import InputError
from audit.sources import read_report


def test_indonesian_headers_are_accepted(tmp_path):
    folder = write_report(tmp_path / "r", {"realisasi_program": """
        Level;No;PROGRAM;PAGU;Realisasi;%
        item;1;Program A;"1.000.000";"900.000";"90,00"
        total;;JUMLAH;"1.000.000";"900.000";"90,00"
    """})
    report = read_report(folder)
    t = report.tables["realisasi_program"]
    assert list(t.values["pagu"]) == [1_000_000, 1_000_000]
    assert t.values.at[0, "capaian"] == 90.0 and t.halfwidth.at[0, "capaian"] == pytest.approx(0.005)
    assert t.halfwidth.at[0, "pagu"] == 0  # rupiah are exact
    assert report.problems == []


def test_unknown_and_duplicated_columns_and_tables_are_reported_not_fatal(tmp_path):
    folder = write_report(tmp_path / "r", {
        "realisasi_program": """
            level,no,program,pagu,realisasi,realisasii,pagu
            item,1,A,100,90,x,1
        """,
        "realisasi_programm": "a,b\n1,2\n",
    })
    result = audit.run(folder)
    got = sorted((f.rule_id, f.severity.value, f.location.file, f.location.cell) for f in result.findings)
    assert ("INPUT001", "info", "realisasi_programm.csv", None) in got
    assert ("INPUT002", "info", "realisasi_program.csv", "F1") in got
    assert ("INPUT004", "warning", "realisasi_program.csv", "G1") in got
    message = next(f.text() for f in result.findings if f.rule_id == "INPUT002")
    assert "realisasii" in message and "realisasi" in message
    assert "realisasi_program" in result.tables_read


def test_missing_required_column_is_an_error_and_the_rest_is_still_checked(tmp_path):
    folder = write_report(tmp_path / "r", {"realisasi_program": """
        level,no,program,realisasi
        item,1,A,90
        item,2,B,10
        total,,JUMLAH,100
    """})
    result = audit.run(folder)
    assert [(f.rule_id, f.column) for f in result.findings] == [("INPUT003", "pagu")]


def test_unreadable_and_ambiguous_numbers_point_at_their_cells(tmp_path):
    folder = write_report(tmp_path / "r", {"realisasi_program": """
        level,no,program,pagu,realisasi,capaian
        item,1,A,seratus,"900.000","1.200"
        item,2,B,"1.000","1.000",100
    """})
    result = audit.run(folder, lang="en")
    by_rule = {f.rule_id: f for f in result.findings}
    assert by_rule["PARSE001"].location.cell == "D2" and "'seratus' is not a number" in by_rule["PARSE001"].text("en")
    assert by_rule["PARSE002"].location.cell == "F2" and by_rule["PARSE002"].severity.value == "warning"
    assert "1200" in by_rule["PARSE002"].text("en") and "1,200" in by_rule["PARSE002"].text("en")


def test_schema_failures_are_findings_with_cells(tmp_path):
    folder = write_report(tmp_path / "r", {
        "realisasi_program": """
            level,no,program,pagu,realisasi,capaian
            item,1,A,-100,0,0
            kegiatan,2,B,100,100,100
            item,3,A,100,100,100
        """,
        "rencana_aksi": """
            uraian,tw1,tw2,tw3,tw4
            X,120%,-,-,-
        """,
    })
    result = audit.run(folder)
    got = {(f.rule_id, f.location.cell) for f in result.findings if f.rule_id.startswith("SCHEMA")}
    assert ("SCHEMA002", "D2") in got  # negative budget
    assert ("SCHEMA004", "A3") in got  # a level the programme table does not have
    # programme A twice: the repeat is the finding, naming where A was printed first
    assert ("SCHEMA001", "C4") in got and ("SCHEMA001", "C2") not in got
    [repeat] = [f for f in result.findings if f.rule_id == "SCHEMA001"]
    assert [r.cell for r in repeat.related] == ["C2"] and "C2" in repeat.message.render("id")
    assert ("SCHEMA003", "B2") in got  # a quarter above 100%


def test_inputs_are_never_modified(tmp_path):
    folder = write_report(tmp_path / "r", {"realisasi_program": "level,program,pagu,realisasi\nitem,A,1,2\n"})
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    audit.run(folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_metadata_errors_name_the_field(tmp_path):
    folder = write_report(tmp_path / "r", {}, {"predikat_scale": [{"minimum": 85, "label": "Baik"}]})
    with pytest.raises(InputError) as exc:
        read_report(folder)
    assert "report.yaml" in exc.value.render("en") and "predikat_scale" in exc.value.render("en")


def test_tick_cells_that_are_not_ticks(tmp_path):
    folder = write_report(tmp_path / "r", {"pembinaan_desa": """
        no,aktivitas,Alpha,Beta,Gamma,jumlah,persen
        1,A,√,ya,√,3,100%
    """})
    result = audit.run(folder)
    assert [(f.rule_id, f.location.cell) for f in result.findings if f.rule_id == "PARSE003"] == [("PARSE003", "D2")]


def test_a_target_in_words_is_said_unchecked_and_a_mistyped_figure_stays_an_error(tmp_path):
    """Indicator targets are often worded (`WTP` for the audit opinion, `Baik`, `≥ HPP`): said as not checked
    (PARSE004, info), never an unreadable number; a figure mistyped, or words in an amount, stays PARSE001."""
    folder = write_report(tmp_path / "r", {
        "capaian_indikator": """
            no,indikator,target,realisasi,capaian
            1,Opini BPK atas laporan keuangan,WTP,WTP,100
            2,Nilai SAKIP,Baik,BB,100
            3,Persentase desa tertib administrasi,"1.234.5",80,
            4,Harga gabah petani,≥ HPP,≥ HPP,100
            5,Indeks kepuasan masyarakat,≥ 95,96,
        """,
        "realisasi_program": """
            level,program,pagu,realisasi,capaian
            item,Program A,WTP,100,
        """})
    found = {(f.rule_id, f.severity.value, f.table, f.location.cell) for f in audit.run(folder).findings
             if f.rule_id.startswith("PARSE")}
    worded = {("PARSE004", "info", "capaian_indikator", c) for c in ("C2", "D2", "C3", "D3", "C5", "D5", "C6")}
    assert found == worded | {("PARSE001", "error", "capaian_indikator", "C4"),  # 1.234.5: a mistyped figure
                              ("PARSE001", "error", "realisasi_program", "C2")}  # words in an amount


def test_a_quoted_line_break_keeps_lines_and_spreadsheet_cells_apart(tmp_path):
    folder = write_report(tmp_path / "r", {"realisasi_program": (
        'level,no,program,pagu,realisasi,capaian\n'
        'item,1,"Program\nPenunjang",100,100,100%\n'
        'item,2,Program B,100,90,95%\n')})
    result = audit.run(folder)
    [f] = [f for f in result.findings if f.rule_id == "RATIO001"]
    assert (f.location.line, f.location.cell) == (4, "F3")  # line 4 of the file, row 3 in a spreadsheet


def test_the_delimiter_guess_is_the_standard_sniffers():
    """csvdir's Sniffer counts only the candidate delimiters; on any sample it must decide as `csv.Sniffer`."""
    import csv
    import random

    from audit.ingest.csvdir import _Sniffer

    def sniffed(cls, text):
        try:
            d = cls().sniff(text, delimiters=",;\t")
        except csv.Error as exc:
            return str(exc)
        return d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace

    rnd = random.Random(5)
    alphabets = [",;\t ab1\"'\n", ",, ;;\t\n x\"", "a,b c;d\te\n\n", ", \n", "0123456789,;.\t \n\"abc"]
    samples = ["no,uraian\n1,Belanja, pegawai\n2,Belanja barang, jasa\n", "a;b\n1; 2\n3; 4\n", "x\ty, z\n1\t2\n"]
    samples += ["".join(rnd.choice(a) for _ in range(rnd.randint(0, 300))) for a in alphabets * 400]
    assert [sniffed(_Sniffer, s) for s in samples] == [sniffed(csv.Sniffer, s) for s in samples]
