"""Fuzz the readers and the number parser with hypothesis (run by hand; findings in docs/robustness.md).

The contract under test, for any input at all:

- `number`:   `parse_number(x, kind)` never raises; its value is None or finite.
- `csv`:      a report folder whose table file holds random bytes or random CSV text:
              `read_report` returns a `Report` or raises `audit.errors.InputError`, nothing else.
- `workbook`: random bytes, mutated bytes of a valid workbook, and valid zips whose XML
              was mutated, as an .xlsx: the same; and what is read is audited without raising.
- `yaml`:     report.yaml of random text, mutated valid text, or random structures: the same.
- `pipeline`: well-formed tables of random cells go through the whole audit
              (`check_report`, with fix suggestions) without raising.
- `config`:   audit.toml of random keys and values: `resolve` gives a `Config` or a `ConfigError`.
- `rules`:    rule packs (the valid one mutated, random structures, random text): loaded or `ConfigError`.
- `apply`:    `fix --apply`: the repair plan of random cells applied to a copy of the folder, to a copy of
              the same table as a workbook (`apply_to_workbook`), and written as canonical tables, without
              raising, without changing the input, and with no live formula in any workbook written.
- `extract`:  `extract`: a random document (markdown, or a DOCX whose XML may be mutated) read and its
              tables written as a workbook and as a folder; no live formula in the workbook.

    python benchmarks/fuzz.py --minutes 10                  # every target, in turn, until time is up
    python benchmarks/fuzz.py --minutes 2 --target workbook --seed 7

Failures are printed and written to `artifacts/fuzz/` (the minimal example
hypothesis shrank to, and the traceback). `tests/test_fuzz_smoke.py` runs a few
hundred examples of every target in the normal test suite.
"""
from __future__ import annotations

import argparse
import atexit
import csv
import datetime
import io
import json
import math
import shutil
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
META = "agency: Kecamatan Uji\nyear: 2023\ndesa: [Alpha, Beta, Gamma]\n"
KINDS = ("number", "money", "count", "percent", "year", "value")
TABLES = ("realisasi_program", "belanja", "pembinaan_desa", "pk_indikator", "realisasi_kegiatan", "lppd",
          "catatan")

# -- strategies ---------------------------------------------------------------------------------------------

NUMBERISH = "0123456789.,-+−()% Rp.IDRrp\u00a0\u200b\u202f٠١٢٣٤٥٦٧٨٩०१२३४५६७८९０１２３４５６７８９eE–—'\"∞"
number_text = st.text(alphabet=NUMBERISH, max_size=40)
cells = st.one_of(number_text, st.text(max_size=20), st.sampled_from(["", "-", "√", "v", "x", "JUMLAH", "total",
                                                                     "item", "1.200", "93,33%", "Rp. 1.000,00"]))
numbers = st.one_of(
    number_text, st.text(max_size=60), st.integers(min_value=-10**400, max_value=10**400),
    st.floats(allow_nan=True, allow_infinity=True), st.none(), st.booleans(),
    st.from_regex(r"\A[-(]?(Rp\.? ?)?\d{1,400}([.,]\d{1,3}){0,6}[.,]?\d{0,4}\)? ?(%|Unit)?\Z"),
)


@st.composite
def csv_texts(draw):
    """CSV text with a real header more often than not, then rows of awkward cells."""
    header = draw(st.one_of(st.just(["level", "no", "program", "pagu", "realisasi", "capaian"]),
                            st.lists(st.text(max_size=12), max_size=8)))
    rows = draw(st.lists(st.lists(cells, max_size=len(header) + 2), max_size=12))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    end = draw(st.sampled_from(["\n", "\r\n", "\r", "\u2028", "\f"]))
    out = io.StringIO()
    quoting = draw(st.sampled_from([0, 1, 3]))  # minimal, all, none (with escapes)
    writer = csv.writer(out, delimiter=delimiter, lineterminator=end, quoting=quoting, escapechar="\\")
    for row in [header, *rows]:
        try:
            writer.writerow(row)
        except csv.Error:  # QUOTE_NONE cannot write some rows; write them as plain text
            out.write(delimiter.join(row) + end)
    text = out.getvalue()
    if draw(st.booleans()):  # break it a little: cut, stray quote, NUL, BOM
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.sampled_from(['"', "\0", "\ufeff", "\x1a", "", '""', "\n"])) + text[cut:]
    return text


@lru_cache(maxsize=1)
def valid_workbook() -> bytes:
    """A small, valid workbook: the report sheet, one good table, one with a formula and a merge."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "report"
    for row in (["key", "value"], ["agency", "Kecamatan Uji"], ["year", 2023], ["desa", "Alpha"],
                ["predikat_scale", "85: Sangat Baik"]):
        ws.append(row)
    t = wb.create_sheet("realisasi_program")
    for row in (["level", "no", "program", "pagu", "realisasi", "capaian"], ["item", 1, "A", 1000, 900, 0.9],
                ["item", 2, "B", "2.000", "2.000", "100%"], ["total", None, "JUMLAH", 3000, 2900, "=E4/D4"]):
        t.append(row)
    t["F2"].number_format = "0.00%"
    t.merge_cells("B4:C4")
    b = wb.create_sheet("belanja")
    b.append(["level", "jenis_belanja", "anggaran", "realisasi", "capaian"])
    b.append(["item", "Pegawai", datetime.datetime(2023, 12, 31), True, datetime.time(12, 30)])
    b.append(["total", "JUMLAH", 3000, 2900, 96.67])
    b["C2"].number_format = "yyyy-mm-dd"
    d = wb.create_sheet("pembinaan_desa")
    d.append(["no", "aktivitas", "Alpha", "Beta", "jumlah", "persen"])
    d.append([1, "Rapat", "√", None, 1, "50%"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@st.composite
def mutated_bytes(draw):
    """The valid workbook with a few bytes flipped, inserted, deleted, or the file cut short."""
    data = bytearray(valid_workbook())
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "cut"]))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[pos] ^= draw(st.integers(1, 255))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del data[pos:pos + draw(st.integers(1, 64))]
        else:
            del data[pos:]
    return bytes(data)


XMLISH = st.sampled_from(["<", ">", "/>", "</row>", "<c r=\"A1\">", "<v>", "</v>", "<f>SUM(A1:A3)</f>", "t=\"s\"",
                          "<v>99999</v>", "<v>1E+400</v>", "<v>NaN</v>", "r=\"XFD1048576\"", "r=\"AAAA1\"",
                          "<mergeCell ref=\"A1:XFD1048576\"/>", "<row r=\"0\">", "<row r=\"-1\">", "&amp;",
                          "&#0;", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", "\"", "'", "=", " ", "\0"])


@st.composite
def mutated_xml(draw):
    """A valid zip whose XML parts were edited: gets past the zip layer into openpyxl's parsers."""
    with zipfile.ZipFile(io.BytesIO(valid_workbook())) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    names = sorted(parts)
    for _ in range(draw(st.integers(1, 4))):
        name = draw(st.sampled_from(names))
        text = parts[name].decode("utf-8", "replace")
        pos = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert", "delete", "duplicate", "drop"]))
        if op == "insert":
            text = text[:pos] + "".join(draw(st.lists(XMLISH, min_size=1, max_size=4))) + text[pos:]
        elif op == "delete":
            text = text[:pos] + text[pos + draw(st.integers(1, 200)):]
        elif op == "duplicate":
            text = text[:pos] + text[pos:pos + draw(st.integers(1, 400))] * 2 + text[pos:]
        elif len(parts) > 1:
            parts.pop(name)
            names = sorted(parts)
            continue
        parts[name] = text.encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


yaml_values = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20)),
                           lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                   st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                           max_leaves=20)
META_KEYS = ["agency", "region", "year", "head", "desa", "jumlah_desa", "number_format", "predikat_scale",
             "polarity", "head.name", "min", "label"]


@st.composite
def yaml_texts(draw):
    import yaml

    kind = draw(st.sampled_from(["random", "structure", "mutated"]))
    if kind == "random":
        return draw(st.text(max_size=300))
    if kind == "structure":
        data = draw(st.dictionaries(st.one_of(st.sampled_from(META_KEYS), st.text(max_size=8)), yaml_values,
                                    max_size=8))
        return yaml.safe_dump(data, allow_unicode=True)
    text = META + "predikat_scale:\n  - {min: 85, label: Baik}\n  - {min: null, label: Kurang}\n"
    pos = draw(st.integers(0, len(text)))
    snippet = draw(st.sampled_from(["!!python/object:os.system", "&a", "*a", "\t", ":", "- ", "[", "{", "'",
                                    "%YAML 1.1\n---\n", "!!binary", "<<: *a", "!!set", "? ", "\0"]))
    return text[:pos] + snippet + text[pos:]


# -- checks ---------------------------------------------------------------------------------------------------

def check_number(value, kind):
    from audit.numbers import parse_number

    parsed = parse_number(value, kind)
    assert parsed.value is None or math.isfinite(parsed.value), parsed
    assert parsed.value is None or parsed.problem is None, parsed


def _read(path: Path):
    from audit.errors import InputError
    from audit.sources import read_report

    try:
        report = read_report(path)
    except InputError as exc:
        exc.render("id"), exc.render("en")  # the message itself must render in both languages
        OUTCOMES[f"InputError {exc.key}"] += 1
        return None
    OUTCOMES["read"] += 1
    for f in report.problems:
        OUTCOMES[f"read, {f.rule_id}"] += 1
    return report


class Scratch:
    """One folder per target, rewritten for every example (fast, and nothing left behind)."""

    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="lkjip-fuzz-"))
        atexit.register(shutil.rmtree, self.root, ignore_errors=True)

    def folder(self, files: dict[str, bytes]) -> Path:
        target = self.root / "r"
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir()
        for name, data in files.items():
            (target / name).write_bytes(data)
        return target

    def file(self, name: str, data: bytes) -> Path:
        path = self.root / name
        path.write_bytes(data)
        return path


SCRATCH = Scratch()
OUTCOMES: Counter = Counter()  # how far the inputs got: read (with which findings) or which InputError


def check_csv(table, data):
    report = _read(SCRATCH.folder({"report.yaml": META.encode(), f"{table}.csv": data}))
    assert report is not None  # report.yaml is good: a bad table is a finding, never an input error


def check_workbook(data, name):
    """A workbook holds what a CSV cannot (dates, booleans, times): what is read is also audited."""
    from audit.api import check_report
    from audit.config import Config

    report = _read(SCRATCH.file(name, data))
    if report is not None:
        check_report(report, Config(lang="en"))


def check_yaml(text):
    _read(SCRATCH.folder({"report.yaml": text.encode("utf-8", "surrogatepass")}))


def check_pipeline(table, text):
    from audit.api import check_report
    from audit.config import Config

    report = _read(SCRATCH.folder({"report.yaml": META.encode(), f"{table}.csv": text.encode("utf-8")}))
    assert report is not None
    check_report(report, Config(lang="en"))


@st.composite
def pipeline_tables(draw):
    """A canonical table with its real header and rows of number-ish cells."""
    from audit import catalog

    spec = catalog.tables()[draw(st.sampled_from(["realisasi_program", "belanja", "realisasi_kegiatan",
                                                  "pegawai_gender", "efisiensi", "capaian_indikator",
                                                  "rencana_aksi", "pembinaan_desa"]))]
    names = [c.name for c in spec.columns] + (["Alpha", "Beta", "Gamma"] if spec.ticks_from else [])
    levels = [lv for c in spec.columns for lv in c.levels] or ["item"]
    rows = draw(st.lists(st.lists(cells, min_size=len(names), max_size=len(names)), max_size=8))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        if "level" in names:
            row[names.index("level")] = draw(st.sampled_from(levels))
        writer.writerow(row)
    return spec.name, out.getvalue()


# -- configuration, rule packs, fix --apply and extract (issue 19) ----------------------------------------------

CONFIG_KEYS = ["lang", "fail_on", "select", "ignore", "severity", "tolerance", "predikat_scale", "rules", "baseline",
               "max_input_mb", "max_unzipped_mb", "max_rows", "max_cells", "max_pages", "max_claims", "suggest",
               "columns", "min_coverage"]
toml_scalars = st.one_of(st.text(max_size=12), st.integers(-10**20, 10**20), st.floats(), st.booleans(),
                         st.sampled_from(["/dev/zero", "../pipe", ".", "SUM", "id", "error", "inf", "@year"]))
toml_values = st.one_of(toml_scalars, st.lists(toml_scalars, max_size=4),
                        st.lists(st.dictionaries(st.sampled_from(["min", "label", "x"]), toml_scalars, max_size=3),
                                 max_size=3),
                        st.dictionaries(st.text(max_size=8), toml_scalars, max_size=3))


def toml_text(value) -> str:
    """A value written as TOML (tomllib reads only); strings as JSON strings, which TOML accepts."""
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "nan" if value != value else ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_text(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {toml_text(v)}" for k, v in value.items()) + "}"


@st.composite
def config_texts(draw):
    """audit.toml: random keys and values (known keys mostly), or random text."""
    if draw(st.integers(0, 4)) == 0:
        return draw(st.text(max_size=200))
    keys = draw(st.dictionaries(st.one_of(st.sampled_from(CONFIG_KEYS), st.text(min_size=1, max_size=8)),
                                toml_values, max_size=5))
    return "".join(f"{json.dumps(k)} = {toml_text(v)}\n" for k, v in keys.items())


PACK = """pack: fuzz
rules:
  - id: FUZ001
    kind: sum
    title: {id: "uji", en: "test"}
    tolerance: 0
    params:
      table: pegawai_pendidikan
      columns: [pns, jumlah]
      parts: {where: {level: item}}
      total: {where: {level: total}, key: ["no"]}
"""


@st.composite
def pack_texts(draw):
    """A rule pack: the valid one with YAML or values inserted, or random structures over the real fields."""
    import yaml

    kind = draw(st.sampled_from(["mutated", "structure", "random"]))
    if kind == "random":
        return draw(st.text(max_size=300))
    if kind == "structure":
        rule = draw(st.dictionaries(st.sampled_from(["id", "kind", "severity", "title", "tolerance", "params",
                                                     "rounding", "enabled", "message"]), yaml_values, max_size=7))
        rule.setdefault("params", draw(st.dictionaries(st.sampled_from(["table", "where", "key", "columns", "parts",
                                                                        "total", "left", "right"]), yaml_values,
                                                       max_size=5)))
        return yaml.safe_dump({"pack": "fuzz", "rules": [rule]}, allow_unicode=True)
    pos = draw(st.integers(0, len(PACK)))
    snippet = draw(st.sampled_from(["&a", "*a", "!!python/object:os.system", "@year+x", "@yaer", "no:abc", "no:0",
                                    ".inf", ".nan", "-1", "[", "{", "\t", "\0", ": ", "- ", "<<: *a", "? "]))
    return PACK[:pos] + snippet + PACK[pos:]


def check_config(text):
    from audit.config import resolve
    from audit.errors import ConfigError
    from audit.ingest.limits import Limits

    folder = SCRATCH.folder({"report.yaml": META.encode(), "audit.toml": text.encode("utf-8", "surrogatepass")})
    try:
        config = resolve(folder)
    except ConfigError as exc:
        exc.render("id"), exc.render("en")
        OUTCOMES[f"ConfigError {exc.key}"] += 1
        return
    Limits.from_config(config)
    OUTCOMES["config read"] += 1


def check_pack(text):
    from audit.errors import ConfigError
    from audit.rules.pack import load_pack_text

    try:
        load_pack_text(text, "fuzz.yaml")
    except ConfigError as exc:
        exc.render("id"), exc.render("en")
        OUTCOMES[f"ConfigError {exc.key}"] += 1
        return
    OUTCOMES["pack loaded"] += 1


def check_apply(table, text):
    """`fix --apply`: the repair plan of a report of random cells, applied to a copy of the folder and written
    as a corrected workbook; nothing raises, and the input folder is unchanged."""
    from audit.api import plan_fixes
    from audit.canonical import write_canonical
    from audit.config import Config
    from audit.repair.apply import apply_to_csv_dir

    folder = SCRATCH.folder({"report.yaml": META.encode(), f"{table}.csv": text.encode("utf-8")})
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    report, plan = plan_fixes(folder, Config(lang="en"))
    chosen = plan.accepted("low")
    out = SCRATCH.root / "out"
    apply_to_csv_dir(folder, out, chosen, report.meta.number_format, force=True)
    write_canonical(report, SCRATCH.root / "out.xlsx", chosen, "{reason}", force=True)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert not live_formulas(SCRATCH.root / "out.xlsx")
    OUTCOMES[f"applied {len(chosen)} fixes" if chosen else "applied, nothing to fix"] += 1
    check_apply_workbook(table, text)


def check_apply_workbook(table, text):
    """Workbook `fix --apply`: the same table as a sheet of a workbook (digits as numbers, the rest as text,
    formula-like text included), its plan applied by `apply_to_workbook`; the input unchanged, and the
    corrected copy holds no formula the input did not."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    from audit.api import plan_fixes
    from audit.config import Config
    from audit.errors import InputError
    from audit.repair.apply import apply_to_workbook

    wb = Workbook()
    meta = wb.active
    meta.title = "report"
    for row in (["key", "value"], ["agency", "Kecamatan Uji"], ["year", 2023], ["desa", "Alpha, Beta, Gamma"]):
        meta.append(row)
    sheet = wb.create_sheet(table)
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error:  # the harness's own limit: a table the csv module cannot split is not a workbook input
        return
    for row in rows:  # what a workbook cannot hold (control characters) is not in an agency's workbook either
        sheet.append([int(c) if c.isascii() and c.isdigit() and len(c) < 15 else ILLEGAL_CHARACTERS_RE.sub("", c)
                      for c in row])
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text that looks like a formula stays text in the input too
    book = SCRATCH.root / "in.xlsx"
    wb.save(book)
    before = book.read_bytes()
    try:
        report, plan = plan_fixes(book, Config(lang="en"))
    except InputError as exc:
        OUTCOMES[f"workbook apply: InputError {exc.key}"] += 1
        return
    chosen = plan.accepted("low")
    out = SCRATCH.root / "fixed.xlsx"
    apply_to_workbook(book, out, chosen, report.meta.number_format, "{old} -> {new}: {reason}", force=True)
    assert book.read_bytes() == before
    assert not live_formulas(out)
    OUTCOMES[f"workbook applied {len(chosen)} fixes" if chosen else "workbook applied, nothing to fix"] += 1


def live_formulas(path: Path) -> list[str]:
    """The cells of a workbook that hold a formula (none of ours may: text from a report is data)."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    return [f"{ws.title}!{c.coordinate}" for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if c.data_type == "f"]


@st.composite
def document_parts(draw):
    """A document's blocks: a title naming agency and year, prose with amounts, tables of random cells."""
    parts: list = ["Laporan Kinerja Kecamatan Uji Tahun 2023"]
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            parts.append(draw(st.text(max_size=80)) + f" Rp {draw(number_text)} " + draw(st.text(max_size=40)))
        else:
            header = draw(st.lists(st.sampled_from(["No", "Program", "Pagu", "Realisasi", "%", "Jumlah", "Uraian",
                                                    "Target", "Capaian"]), min_size=1, max_size=5))
            rows = draw(st.lists(st.lists(cells, min_size=len(header), max_size=len(header)), max_size=5))
            parts.append([header, *rows])
    return parts


def as_markdown(parts: list) -> str:
    out = ["# " + parts[0]]
    for part in parts[1:]:
        if isinstance(part, str):
            out.append(part)
        else:
            out.append("\n".join("| " + " | ".join(c.replace("|", "/").replace("\n", " ") for c in r) + " |"
                                 for r in [part[0], ["---"] * len(part[0]), *part[1:]]))
    return "\n\n".join(out) + "\n"


markdown_texts = document_parts().map(as_markdown)

DOCXISH = st.sampled_from(["<w:p>", "</w:p>", "<w:tbl>", "</w:tbl>", "<w:tr>", "<w:tc>", "</w:tc>",
                           '<w:gridSpan w:val="16384"/>', '<w:gridSpan w:val="-1"/>', '<w:vMerge w:val="restart"/>',
                           "<w:vMerge/>", "<w:hMerge/>", '<w:gridBefore w:val="99999"/>', "<w:sdt><w:sdtContent>",
                           '<w:pStyle w:val="Heading1"/>', '<w:outlineLvl w:val="x"/>', "<w:br/>", "<w:tab/>",
                           "&#0;", "&amp;", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", "<", ">", "\0"])


@st.composite
def docx_bytes(draw):
    """The same blocks as a DOCX (paragraphs, tables with a grid), its document.xml sometimes mutated."""
    from xml.sax.saxutils import escape

    def run(text: str) -> str:
        clean = "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 32 and not 0xD800 <= ord(ch) <= 0xDFFF
                        and ch not in "\ufffe\uffff")
        return f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(clean)}</w:t></w:r></w:p>"

    body = []
    for part in draw(document_parts()):
        if isinstance(part, str):
            body.append(run(part))
        else:
            grid = "".join("<w:gridCol/>" for _ in part[0])
            rows = "".join("<w:tr>" + "".join(f"<w:tc>{run(c)}</w:tc>" for c in r) + "</w:tr>" for r in part)
            body.append(f"<w:tbl><w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>")
    xml = "".join(body)
    for _ in range(draw(st.integers(0, 3))):
        pos = draw(st.integers(0, len(xml)))
        xml = xml[:pos] + draw(DOCXISH) + xml[pos:]
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document {ns}><w:body>{xml}</w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_template())) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            out.writestr(item, document.encode("utf-8", "surrogatepass") if item.filename == "word/document.xml"
                         else src.read(item))
    return buf.getvalue()


@lru_cache(maxsize=1)
def docx_template() -> bytes:
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    return buf.getvalue()


def check_extract(document):
    """`extract`: the document (markdown text or DOCX bytes) read (or an InputError), and its tables written as
    a workbook and a folder; the workbook holds no live formula."""
    from audit.canonical import write_canonical

    SCRATCH.file("fuzz.yaml", META.encode())  # the sidecar: agency and year, so the tables are read
    if isinstance(document, bytes):
        path = SCRATCH.file("fuzz.docx", document)
    else:
        path = SCRATCH.file("fuzz.md", document.encode("utf-8", "surrogatepass"))
    report = _read(path)
    if report is not None:
        write_canonical(report, SCRATCH.root / "tables.xlsx", force=True)
        write_canonical(report, SCRATCH.root / "tables", force=True)
        assert not live_formulas(SCRATCH.root / "tables.xlsx")


TARGETS = {
    "number": (st.tuples(numbers, st.sampled_from(KINDS)), lambda a: check_number(*a)),
    "csv": (st.tuples(st.sampled_from(TABLES), st.one_of(st.binary(max_size=2000),
                                                         csv_texts().map(lambda s: s.encode("utf-8", "replace")))),
            lambda a: check_csv(*a)),
    "workbook": (st.tuples(st.one_of(st.binary(max_size=2000), mutated_bytes(), mutated_xml()),
                           st.sampled_from(["fuzz.xlsx", "fuzz.dat"])), lambda a: check_workbook(*a)),
    "yaml": (yaml_texts(), check_yaml),
    "pipeline": (pipeline_tables(), lambda a: check_pipeline(*a)),
    "config": (config_texts(), check_config),
    "rules": (pack_texts(), check_pack),
    "apply": (pipeline_tables(), lambda a: check_apply(*a)),
    "extract": (st.one_of(markdown_texts, docx_bytes()), check_extract),
}

# -- runner ---------------------------------------------------------------------------------------------------


@dataclass
class Failure:
    target: str
    error: str
    detail: str
    where: str = ""  # innermost frame: with the error's type, what tells two failures apart


def run(target: str, examples: int, seed_value: int = 0) -> list[Failure]:
    """Run `examples` examples of `target`; the failures hypothesis found (shrunk), if any."""
    strategy, check = TARGETS[target]
    failures: list[Failure] = []

    @seed(seed_value)
    @settings(max_examples=examples, deadline=None, database=None, print_blob=True,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def prop(arg):
        check(arg)

    try:
        prop()
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # any failure is a finding of the fuzzer
        errors = exc.exceptions if isinstance(exc, BaseExceptionGroup) else [exc]
        for err in errors:
            notes = "\n".join(getattr(err, "__notes__", []))
            tb = "".join(traceback.format_exception(type(err), err, err.__traceback__))
            frames = traceback.extract_tb(err.__traceback__)
            where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""
            failures.append(Failure(target, f"{type(err).__name__}: {str(err)[:300]}", f"{notes}\n{tb}", where))
    return failures


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--target", action="append", choices=list(TARGETS), help="default: all, in turn")
    parser.add_argument("--examples", type=int, default=500, help="examples per round")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--out", type=Path, default=ROOT / "artifacts" / "fuzz")
    args = parser.parse_args(argv)
    targets = args.target or list(TARGETS)
    deadline = time.monotonic() + args.minutes * 60
    seen: dict[tuple[str, str], Failure] = {}
    rounds = {t: 0 for t in targets}
    round_seed = args.seed
    while time.monotonic() < deadline:
        for target in targets:
            if time.monotonic() >= deadline:
                break
            for f in run(target, args.examples, round_seed):
                key = (target, f.error.split(":")[0], f.where)
                if key not in seen:
                    seen[key] = f
                    print(f"[{target}] {f.error}\n{f.detail}", file=sys.stderr)
            rounds[target] += 1
            round_seed += 1
    print(f"seed {args.seed}; rounds of {args.examples} examples: {rounds}; distinct failures: {len(seen)}")
    print("outcomes: " + ", ".join(f"{k} {v}" for k, v in OUTCOMES.most_common()))
    if seen:
        args.out.mkdir(parents=True, exist_ok=True)
        for i, f in enumerate(seen.values()):
            (args.out / f"{f.target}-{i}.txt").write_text(f"{f.error}\n\n{f.detail}", encoding="utf-8")
        print(f"written to {args.out}")
    return 1 if seen else 0


if __name__ == "__main__":
    sys.exit(main())
