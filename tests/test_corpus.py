"""The layout corpus (tests/corpus/) says what it holds, and the benchmark over it runs.

Each manifest must be true of its documents: the draft differs from the clean
version on exactly the manifest's lines, at the stated cells, from the stated old
text to the new. The accuracy numbers themselves are measured by
benchmarks/layouts.py and recorded in docs/accuracy.md, not asserted here.
"""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
import yaml

from tests.corpus import build
from tests.corpus.printing import split_row
from tests.corpus.render import grid, parse, render

CORPUS = Path(__file__).parent / "corpus"
FOLDERS = sorted(p.parent for p in CORPUS.glob("*/manifest.yaml"))
CATEGORIES = {"total", "transposed digits", "capaian polarity", "pre-amendment target", "predikat scale",
              "cross-table difference", "staff count", "narrative count/year", "percent of amounts"}


def _load(folder: Path):
    manifest = yaml.safe_load((folder / "manifest.yaml").read_text(encoding="utf-8"))
    clean = (folder / "clean.md").read_text(encoding="utf-8").split("\n")
    draft = (folder / "draft.md").read_text(encoding="utf-8").split("\n")
    return manifest, clean, draft


def test_the_corpus_covers_agency_types_and_table_forms():
    manifests = [_load(f)[0] for f in FOLDERS]
    assert len(manifests) >= 8
    kinds = {m["agency_type"] for m in manifests}
    assert {"dinas", "badan", "rsud", "kecamatan"} <= kinds and kinds & {"kelurahan", "sekretariat"}
    assert {"tab", "pipe", "html"} <= {form for m in manifests for form in m["forms"]}


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_draft_differs_from_clean_exactly_where_the_manifest_says(folder):
    manifest, clean, draft = _load(folder)
    assert len(clean) == len(draft)
    changed = {n + 1 for n, (a, b) in enumerate(zip(clean, draft)) if a != b}
    assert changed == {m["line"] for m in manifest["mistakes"]}
    assert 6 <= len(manifest["mistakes"]) <= 12
    tables = {t["caption"]: t for t in manifest["tables"]}
    for m in manifest["mistakes"]:
        assert m["category"] in CATEGORIES
        assert m["line"] in m["lines"] and all(1 <= n <= len(draft) for n in m["lines"])
        before, after = clean[m["line"] - 1], draft[m["line"] - 1]
        if m["table"] == "narrative":
            assert before.count(m["old"]) == 1 and before.replace(m["old"], m["new"]) == after
            continue
        table = tables[m["table"]]
        assert table["first_line"] <= m["line"] <= table["last_line"]
        old_cells, new_cells = split_row(before, table["form"]), split_row(after, table["form"])
        col = m["column_index"]
        assert (old_cells[col], new_cells[col]) == (m["old"], m["new"])
        assert [c for k, c in enumerate(old_cells) if k != col] == [c for k, c in enumerate(new_cells) if k != col]
        assert m["row"] in {re.sub(r"</?b>", "", c) for c in old_cells[:3]}  # the row's label


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_manifest_counts_the_numeric_tables_where_they_are(folder):
    manifest, clean, _ = _load(folder)
    assert manifest["numeric_tables"] == len(manifest["tables"])
    starts = {b.line for b in parse("\n".join(clean)) if b.kind == "table"}
    assert {t["first_line"] for t in manifest["tables"]} <= starts
    head = "\n".join(clean[:6])
    assert f"TAHUN {manifest['year']}" in head
    assert manifest["agency"].split()[0].upper() in head


@pytest.mark.parametrize("name", build.ALL)
def test_the_corpus_is_what_its_builder_writes(name):
    slug, files = build.outputs(name)
    for file, text in files.items():
        written = (CORPUS / slug / file).read_text(encoding="utf-8")
        assert written == text, f"{slug}/{file} is not what tests/corpus/build.py writes"


def test_renderings_keep_merged_header_cells(tmp_path):
    md = CORPUS / "rsud-lembah-hijau" / "clean.md"
    blocks = parse(md.read_text(encoding="utf-8"))
    spanned = next(b for b in blocks if b.kind == "table" and any(c[3] > 1 for c in b.rows[0]))
    out = render(md, tmp_path)
    import docx

    document = docx.Document(str(out["docx"]))
    assert len(document.tables) == sum(b.kind == "table" for b in blocks)
    table = document.tables[[b for b in blocks if b.kind == "table"].index(spanned)]
    first = [c._tc for c in table.rows[0].cells]
    assert len(set(first)) < len(first)  # a colspan is one merged cell, not copies
    assert [c for c in grid(spanned)[1] if c] and out["pdf"].stat().st_size > 1000
    import pdfplumber

    with pdfplumber.open(out["pdf"]) as pdf:
        assert "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023" in pdf.pages[0].extract_text()


def _benchmark():
    spec = importlib.util.spec_from_file_location("layouts", Path(__file__).parents[1] / "benchmarks" / "layouts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_benchmark_measures_one_document_with_the_documented_keys():
    bench = _benchmark()
    row = bench.measure(CORPUS / "kelurahan-sidomulyo")
    manifest = _load(CORPUS / "kelurahan-sidomulyo")[0]
    assert tuple(row) == bench.KEYS
    assert (row["document"], row["variant"]) == ("kelurahan-sidomulyo", "md")
    assert row["tables_present"] == manifest["numeric_tables"]
    assert row["mistakes_injected"] == len(manifest["mistakes"])
    assert 0 <= row["tables_recognised"] <= row["tables_present"]
    assert 0 <= row["mistakes_found"] <= row["mistakes_injected"]
    assert len(row["missed"]) == row["mistakes_injected"] - row["mistakes_found"]
    assert isinstance(row["clean_errors"], int) and len(row["clean_error_rules"]) == row["clean_errors"]
    assert "| kelurahan-sidomulyo | md |" in bench.table([row])
