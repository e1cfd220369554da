"""Bad input never crashes the auditor: one row per case, run through `audit check` in both languages.

Each case builds its input (text fixtures from `bad_inputs/`, binary ones
generated into tmp_path by `badfiles`) and states the exit code (2 unreadable,
1 readable with findings, 0 clean) and the one line a reviewer should see: the
file, the place, and the problem in Indonesian and in English. Where only part
of the input is bad, the base table's known finding (SUM021 at
realisasi_program E4) must still be reported: the rest was audited.
"""
from __future__ import annotations

import csv
import hashlib
import io
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from badfiles import (
    add_report_rows,
    bad_shared_string,
    edit_sheet,
    extra_sheets,
    folder,
    merged_total_label,
    million_empty_rows,
    million_styled_rows,
    report_value,
    report_year_formula,
    sheet_member,
    uncached_formula,
    wide_header,
    wide_row,
    with_openpyxl,
    workbook,
    zip_bomb,
)
from click.testing import CliRunner
from conftest import EXAMPLE

from audit.cli import main

CFB = bytes.fromhex("D0CF11E0A1B11AE1")


@dataclass(frozen=True)
class Case:
    make: object  # tmp_path -> the PATH given to `audit check`
    exit: int
    rule: str | None = None  # the finding expected (exit 0/1); None for an input error (exit 2)
    file: str | None = None  # the file the line names
    place: str | None = None  # how it names the place: `line=3,col=4`, `belanja!F4`, `report.yaml:2`
    id: str = ""  # part of the message in Indonesian
    en: str = ""  # ... and in English
    others: bool = True  # the base table's SUM021 is still reported
    more: tuple = ()  # further (rule, place) findings expected


def overlay(*names):
    return lambda tmp: folder(tmp, *names)


def with_file(name: str, data: bytes, *overlays):
    def make(tmp):
        target = folder(tmp, *overlays)
        (target / name).write_bytes(data)
        return target
    return make


def book(name="laporan.xlsx", change=None):
    """The base workbook, renamed or changed by `change(src, dst)`."""
    def make(tmp):
        src = workbook(_fresh(tmp / "src"))
        dst = tmp / name
        if change:
            return change(src, dst)
        shutil.copy(src, dst)
        return dst
    return make


def _fresh(folder: Path) -> Path:
    folder.mkdir()
    return folder


def raw(name: str, data):
    def make(tmp):
        (tmp / name).write_bytes(data(tmp) if callable(data) else data)
        return tmp / name
    return make


def half_of_workbook(tmp):
    data = workbook(_fresh(tmp / "w")).read_bytes()
    return data[: len(data) // 2]


def docx_like(tmp):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<document/>")
    return buf.getvalue()


def sheet(title, edit):
    return lambda src, dst: edit_sheet(src, dst, title, edit)


def bomb(size, title="belanja"):
    return lambda src, dst: zip_bomb(src, dst, sheet_member(src, title), size)


def opx(change):
    return lambda src, dst: with_openpyxl(src, dst, change)


def all_dashes(tmp):
    """The example report with every number written as a dash."""
    from audit.numbers import parse_number

    target = tmp / "dashes"
    shutil.copytree(EXAMPLE, target)
    for path in target.glob("*.csv"):
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        body = [[("-" if c.strip() and parse_number(c, "money").value is not None else c) for c in r] for r in rows[1:]]
        out = io.StringIO()
        csv.writer(out).writerows([rows[0], *body])
        path.write_text(out.getvalue(), encoding="utf-8")
    return target


SUM = ("Baris jumlah", "Total row")
CASES = {
    # a folder of CSV tables
    "clean": Case(overlay("clean"), 0, others=False),
    "missing tables": Case(overlay(), 1, "SUM021", "realisasi_program.csv", "line=4,col=5", *SUM, others=False),
    "empty csv": Case(overlay("empty_csv"), 1, "INPUT007", "belanja.csv", None, "tabel 'belanja' kosong",
                      "table 'belanja' is empty"),
    "binary csv": Case(with_file("belanja.csv", bytes(range(256)) * 4), 1, "INPUT006", "belanja.csv", None,
                       "bukan berkas teks", "not a text file"),
    "csv field too large": Case(with_file("belanja.csv", b"level,jenis_belanja\nitem,\"" + b"x" * 200_000 + b"\"\n"),
                                1, "INPUT006", "belanja.csv", "line=2", "tidak dapat dibaca", "cannot be read"),
    "utf-16 csv": Case(with_file("belanja.csv", "level,jenis_belanja,anggaran\ntotal,JUMLAH,abc\n".encode("utf-16")),
                       1, "PARSE001", "belanja.csv", "line=2,col=3", "'abc' bukan angka", "'abc' is not a number"),
    "missing extension": Case(overlay("missing_extension"), 1, "INPUT010", "belanja", None, "bukan .csv",
                              "not a .csv"),
    "wrong extension": Case(overlay("wrong_extension"), 1, "INPUT010", "belanja.txt", None, "bukan .csv",
                            "not a .csv"),
    "csv given alone": Case(lambda tmp: folder(tmp) / "realisasi_program.csv", 2, None, "realisasi_program.csv",
                            None, "satu berkas CSV adalah satu tabel", "a CSV file is one table"),
    "extra unknown table": Case(overlay("extra_table"), 1, "INPUT001", "catatan.csv", None,
                                "tabel 'catatan' tidak dikenal", "table 'catatan' is not a canonical table"),
    "renamed and reordered headers": Case(overlay("renamed_headers"), 1, "SUM021", "realisasi_program.csv",
                                          "line=4,col=1", *SUM, others=False),
    "misspelt header": Case(overlay("typo_header"), 1, "INPUT002", "belanja.csv", "line=1,col=4",
                            "(maksudnya 'realisasi'?)", "(did you mean 'realisasi'?)",
                            more=(("INPUT003", "line=1"),)),
    "duplicated header": Case(overlay("duplicated_header"), 1, "INPUT004", "belanja.csv", "line=1,col=6",
                              "muncul dua kali", "appears twice"),
    "text, NaN, inf, negative, absurd numbers": Case(
        overlay("bad_numbers"), 1, "PARSE001", "belanja.csv", "line=2,col=3", "'abc' bukan angka",
        "'abc' is not a number", more=(("PARSE001", "line=3,col=3"), ("PARSE001", "line=3,col=4"),
                                       ("PARSE001", "line=4,col=4"), ("SCHEMA002", "line=4,col=3"),
                                       ("PARSE001", "line=5,col=4"), ("SCHEMA003", "line=5,col=5"))),
    "unicode spaces and digits": Case(overlay("unicode_digits"), 0, others=False),
    "mixed decimal conventions": Case(overlay("mixed_decimals"), 0, others=False),
    "duplicated keys": Case(overlay("duplicated_keys"), 1, "SCHEMA001", "realisasi_program.csv", "line=3,col=3",
                            "baris ganda: Program A sudah tercetak di", "row repeated: Program A is already printed",
                            others=False),
    "all dashes": Case(all_dashes, 1, others=False),
    # report.yaml
    "empty report.yaml": Case(overlay("empty_yaml"), 2, None, "report.yaml", None, "berkas kosong",
                              "the file is empty"),
    "wrong type in report.yaml": Case(overlay("yaml_wrong_type"), 2, None, "report.yaml", "report.yaml:2",
                                      "'year' harus bilangan bulat, bukan 'dua ribu'",
                                      "'year' must be a whole number, not 'dua ribu'"),
    "missing required key": Case(overlay("yaml_missing_key"), 2, None, "report.yaml", None, "'agency' wajib diisi",
                                 "'agency' is required"),
    "misspelt key": Case(overlay("yaml_typo_key"), 2, None, "report.yaml", "report.yaml:3",
                         "kunci 'agensi' tidak dikenal (maksudnya 'agency'?)",
                         "unknown key 'agensi' (did you mean 'agency'?)"),
    "YAML syntax error": Case(overlay("yaml_syntax"), 2, None, "report.yaml", "report.yaml:4", "YAML tidak valid",
                              "invalid YAML"),
    "YAML list": Case(overlay("yaml_list"), 2, None, "report.yaml", None, "pasangan 'kunci: nilai'",
                      "'key: value' pairs"),
    "YAML python tag": Case(overlay("yaml_python_tag"), 2, None, "report.yaml", "report.yaml:1", "tidak diizinkan",
                            "is not allowed"),
    "YAML alias bomb": Case(overlay("yaml_alias_bomb"), 2, None, "report.yaml", None, "alias bersarang",
                            "nested aliases"),
    # a workbook
    "workbook": Case(book(), 1, "SUM021", "laporan.xlsx", "realisasi_program!E4", *SUM, others=False),
    "workbook without extension": Case(book("laporan"), 1, "SUM021", "laporan", "realisasi_program!E4", *SUM,
                                       others=False),
    "workbook with another extension": Case(book("laporan.dat"), 1, "SUM021", "laporan.dat",
                                            "realisasi_program!E4", *SUM, others=False),
    "empty .xlsx": Case(raw("kosong.xlsx", b""), 2, None, "kosong.xlsx", None, "berkas kosong", "the file is empty"),
    "text named .xlsx": Case(raw("teks.xlsx", b"level,program\nitem,A\n"), 2, None, "teks.xlsx", None,
                             "workbook tidak dapat dibaca: isinya bukan .xlsx",
                             "cannot read workbook: its content is not .xlsx"),
    "truncated .xlsx": Case(raw("separuh.xlsx", half_of_workbook), 2, None, "separuh.xlsx", None,
                            "rusak atau terpotong", "damaged or truncated"),
    "garbage zip": Case(raw("sampah.xlsx", b"PK\x03\x04" + bytes(range(256)) * 40), 2, None, "sampah.xlsx", None,
                        "rusak atau terpotong", "damaged or truncated"),
    "a .docx named .xlsx": Case(raw("dokumen.xlsx", docx_like), 2, None, "dokumen.xlsx", None,
                                "workbook tidak dapat dibaca: isinya bukan .xlsx",
                             "cannot read workbook: its content is not .xlsx"),
    "encrypted workbook": Case(raw("rahasia.xlsx", CFB + bytes(range(256)) * 8), 2, None, "rahasia.xlsx", None,
                               "terenkripsi", "encrypted (password-protected)"),
    "old .xls": Case(raw("lama.xls", CFB + b"\0" * 1024), 2, None, "lama.xls", None, "berformat .xls lama",
                     "old .xls format"),
    "zip bomb (2 GB of zeros)": Case(book(change=bomb(2 << 30)), 2, None, "laporan.xlsx", None,
                                     "2.048 MB setelah diekstrak, melebihi batas 200 MB",
                                     "unzips to 2,048 MB, over the limit of 200 MB"),
    "zip bomb under the total limit": Case(book(change=bomb(160 << 20)), 2, None, "laporan.xlsx",
                                           "laporan.xlsx:xl/worksheets/", "kemungkinan bom zip",
                                           "likely a zip bomb"),
    "a million empty rows": Case(book(change=sheet("realisasi_program", million_empty_rows)), 1, "INPUT008",
                                 "laporan.xlsx", "realisasi_program:", "berhenti di baris 1004",
                                 "stopped at row 1004"),
    "a million formatted empty rows": Case(book(change=sheet("realisasi_program", million_styled_rows)), 1,
                                           "INPUT008", "laporan.xlsx", "realisasi_program:", "1000 baris kosong",
                                           "1000 empty rows"),
    "100k columns": Case(book(change=sheet("realisasi_program", wide_row)), 1, "SUM021", "laporan.xlsx",
                         "realisasi_program!E4", *SUM, others=False),
    "100k header columns": Case(book(change=sheet("realisasi_program", wide_header)), 1, "INPUT002",
                                "laporan.xlsx", "realisasi_program:", "99980 kolom lain", "99980 more columns"),
    "a sheet that cannot be read": Case(book(change=sheet("belanja", bad_shared_string)), 1, "INPUT006",
                                        "laporan.xlsx", "belanja:", "tabel 'belanja' tidak dapat dibaca",
                                        "table 'belanja' cannot be read"),
    "formula without cached value": Case(book(change=opx(uncached_formula("realisasi_program", "F4", "=E4/D4*100"))),
                                         1, "INPUT005", "laporan.xlsx", "realisasi_program!F4",
                                         "rumus tanpa nilai hasil hitung; buka dan simpan berkas di Excel/LibreOffice",
                                         "formula without a computed value; open and save the file in "
                                         "Excel/LibreOffice"),
    "formula in the report sheet": Case(book(change=opx(report_year_formula)), 2, None, "laporan.xlsx",
                                        "report!B3", "rumus tanpa nilai", "formula without a computed value"),
    "merged cells": Case(book(change=opx(merged_total_label)), 1, "SUM021", "laporan.xlsx", "realisasi_program!E4",
                         "jumlah 2 program", "sum of 2 programmes", others=False),
    "extra and repeated sheets": Case(book(change=opx(extra_sheets)), 1, "INPUT001", "laporan.xlsx", "Catatan:",
                                      "tabel 'Catatan' tidak dikenal", "table 'Catatan' is not a canonical table",
                                      more=(("INPUT009", "Realisasi_Program :"),)),
    "wrong type in the report sheet": Case(book(change=opx(report_value("year", "dua ribu"))), 2, None,
                                           "laporan.xlsx", "laporan.xlsx:report", "'year' harus bilangan bulat",
                                           "'year' must be a whole number"),
    "a key both a value and a group": Case(book(change=opx(add_report_rows(("head", "X"), ("head.name", "Y")))), 2,
                                           None, "laporan.xlsx", "laporan.xlsx:report:head.name",
                                           "'head' harus pasangan 'kunci: nilai'", "'head' must be 'key: value' pairs"),
    "a scale band that is not a number": Case(book(change=opx(add_report_rows(("predikat_scale", "tinggi: Baik")))),
                                              2, None, "laporan.xlsx", "laporan.xlsx:report",
                                              "'predikat_scale.0.min' harus angka, bukan 'tinggi'",
                                              "'predikat_scale.0.min' must be a number, not 'tinggi'"),
}


def snapshot(path: Path) -> dict:
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file()) if path.exists() else []
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}



def _field_starts(line: str) -> list[int]:
    """1-based character columns where each CSV field of `line` begins (commas inside quotes skipped)."""
    starts, quoted = [1], False
    for k, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            starts.append(k + 2)
    return starts


def _at(annotation: str, place: str) -> bool:
    """A GitHub annotation names `place` (`line=L,col=C`, C the field): its line, and its `col`, a
    character column in the file (GitHub's and SARIF's meaning), where field C begins. A file that
    cannot be read as text (UTF-16) gets its line only."""
    import re

    if not place.startswith("line="):
        return place in annotation
    numbers = [int(x) for x in re.findall(r"\d+", place)]
    line = numbers[0]
    if f",line={line}," not in annotation + ",":
        return False
    col = re.search(r",col=(\d+)", annotation)
    if col is None or len(numbers) < 2:
        return col is None or len(numbers) < 2
    field = numbers[1]
    path = re.search(r"file=([^,]+)", annotation).group(1)
    text = Path(path).read_text(encoding="utf-8-sig").splitlines()[line - 1]
    starts = _field_starts(text)
    return field <= len(starts) and starts[field - 1] == int(col.group(1))


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input(name, tmp_path):
    case = CASES[name]
    path = Path(case.make(tmp_path))
    before = snapshot(path)
    for lang, text in (("id", case.id), ("en", case.en)):
        r = CliRunner().invoke(main, ["check", str(path), "--lang", lang, "--format", "github"])
        assert r.exit_code == case.exit, f"{name} [{lang}]: {r.output}"
        assert r.exception is None or isinstance(r.exception, SystemExit), f"{name} [{lang}]: {r.exception!r}"
        assert "Traceback" not in r.output
        if case.exit == 2:
            lines = r.stderr.splitlines()
            assert len(lines) == 1 and r.stdout == "", r.output
            assert case.file in lines[0] and text in lines[0], lines[0]
            assert case.place is None or case.place in lines[0], lines[0]
            continue
        lines = r.stdout.splitlines()
        assert not any("RULE999" in line for line in lines), r.stdout  # no rule failed to run
        if case.exit == 0:
            assert lines == [], r.stdout
        if case.rule:
            hits = [line for line in lines if f"title={case.rule}" in line and text in line]
            assert hits, f"{name} [{lang}]: no {case.rule} with {text!r} in\n{r.stdout}"
            assert any(f"/{case.file}," in h and (case.place is None or _at(h, case.place)) for h in hits), hits
        for rule, place in case.more:
            assert any(f"title={rule}" in line and _at(line, place) for line in lines), (rule, place, r.stdout)
        if case.others:
            assert any("title=SUM021" in line and "realisasi_program" in line for line in lines), r.stdout
    assert snapshot(path) == before  # inputs are never modified


def test_the_default_terminal_report_is_one_line_per_input_error_too(tmp_path):
    path = folder(tmp_path, "yaml_wrong_type")
    r = CliRunner().invoke(main, ["check", str(path)])
    assert r.exit_code == 2 and r.stdout == ""
    assert r.stderr.strip() == f"galat masukan: {path / 'report.yaml'}:2: metadata tidak valid: 'year' harus " \
                               "bilangan bulat, bukan 'dua ribu'"


def test_a_python_tag_is_refused_not_run(tmp_path, monkeypatch):
    path = folder(tmp_path, "yaml_python_tag")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["check", str(path)]).exit_code == 2
    assert not (tmp_path / "PWNED").exists()


def test_unicode_spaces_and_digits_are_read_as_numbers(tmp_path):
    from audit.sources import read_report

    t = read_report(folder(tmp_path, "unicode_digits")).tables["realisasi_program"]
    assert list(t.values["pagu"]) == [1_000_000, 2_000_000, 3_000_000]  # Arabic-Indic, fullwidth, NBSP
    assert list(t.values["realisasi"]) == [900_000, 2_000_000, 2_900_000]  # zero-width space, Devanagari
    assert list(t.values["capaian"]) == [90, 100, 96.67]
    assert list(t.values["no"][:2]) == ["1", "2"] and t.values.at[2, "program"] == "JUMLAH"


def test_mixed_decimal_conventions_are_each_read_on_their_own(tmp_path):
    from audit.sources import read_report

    t = read_report(folder(tmp_path, "mixed_decimals")).tables["realisasi_program"]
    assert list(t.values["pagu"]) == [1_000_000, 2_000_000, 3_000_000]
    assert list(t.values["realisasi"]) == [900_000, 2_000_000, 2_900_000]
    assert list(t.values["capaian"]) == [90, 100, 96.67]


def test_merged_labels_are_read_on_every_row_they_span_and_amounts_are_not(tmp_path):
    from audit.sources import read_report

    def change(wb):
        ws = wb["realisasi_program"]
        ws.merge_cells("A2:A3")  # level `item` over two rows
        ws["D3"] = None
        ws.merge_cells("D2:D3")  # one pagu for two rows stays on the first

    path = with_openpyxl(workbook(tmp_path), tmp_path / "merged.xlsx", change)
    t = read_report(path).tables["realisasi_program"]
    assert list(t.values["level"]) == ["item", "item", "total"]
    assert t.values.at[0, "pagu"] == 1_000_000 and t.values["pagu"].isna()[1]


def test_a_wide_dimension_is_read_as_far_as_the_sheet_has_cells(tmp_path):
    """A sheet that claims A1:XFD1048576 gives the findings of the same sheet without the claim.

    How long it takes is measured by benchmarks/bad_inputs.py, not here.
    """
    import re

    base = workbook(tmp_path)
    path = edit_sheet(base, tmp_path / "claims.xlsx", "realisasi_program",
                      lambda xml: re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD1048576"/>', xml))

    def findings(book: Path) -> str:
        r = CliRunner().invoke(main, ["check", str(book), "--format", "github"])
        assert r.exit_code == 1, r.output
        return r.stdout.replace(book.name, "BOOK")

    claimed = findings(path)
    assert claimed == findings(base) and "title=SUM021" in claimed
    assert "INPUT008" not in claimed  # nothing below the table: nothing to warn about


def test_a_table_below_a_long_gap_is_not_silently_lost(tmp_path):
    """Reading stops after 1000 empty rows; a table further down is named in a warning, not skipped in silence."""
    import re

    def push_down(xml):
        return re.sub(r'r="([A-Z]*)(\d+)"', lambda m: f'r="{m.group(1)}{int(m.group(2)) + 2000}"', xml)

    path = edit_sheet(workbook(tmp_path), tmp_path / "low.xlsx", "realisasi_program", push_down)
    r = CliRunner().invoke(main, ["check", str(path), "--format", "github", "--lang", "en"])
    assert "title=INPUT008" in r.stdout and "realisasi_program: reading stopped at row 1000" in r.stdout
    assert "title=INPUT007" in r.stdout  # and, read that far, the table is empty
