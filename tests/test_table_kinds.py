"""A table kind is one declaration: its Pandera model says everything the stages need (issue #18).

The classifier (caption words), the layouts (hook and label columns), row names, the header
vocabulary of one kind, docs/data-format.md and the test documents all read the model's
`Config.metadata` (`schemas.base.table`). A new kind, declared once in a plugin module, is read
from a markdown document, checked, named, listed in the docs and printed by the test writer.
"""
from __future__ import annotations

import contextlib
import importlib
import re
import sys

import pytest
from conftest import ROOT
from pandera.typing import Series

from audit import api, catalog, plugins
from audit.catalog_docs import tables_markdown, with_tables
from audit.document import layouts
from audit.document.classify import context_score
from audit.errors import ConfigError
from audit.ingest import headers
from audit.rules import stack
from schemas.base import CanonicalModel, col

PLUGIN = '''
"""A table kind from a plugin: complaints handled per month."""
from pandera.typing import Series

from schemas.base import CanonicalModel, col, table


class Pengaduan(CanonicalModel):
    """Complaints received and resolved per month, with the year's total line."""

    level: Series[object] = col("level", levels=("item", "subtotal", "total"))
    bulan: Series[object] = col("text", "Bulan", required=True)
    masuk: Series[float] = col("count", "Pengaduan Masuk", required=True)
    selesai: Series[float] = col("count", "Pengaduan Selesai", required=True)
    persen_selesai: Series[float] = col("percent", "% Selesai", ge=0, le=100)

    class Config:
        name = "pengaduan_bulanan"
        metadata = table("Penanganan pengaduan masyarakat", "Complaints handled", keys=["bulan"],
                         captions=["pengaduan masyarakat"], labels=["bulan"], layout="totals", outline="III.10",
                         phrases={"persen_selesai": ["tingkat penyelesaian"]})
'''

DOCUMENT = """LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023

KECAMATAN SUKAMAKMUR

# BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Penanganan pengaduan masyarakat tahun 2023

| Bulan | Pengaduan Masuk | Pengaduan Selesai | Tingkat Penyelesaian (%) |
|---|---|---|---|
| Januari | 10 | 9 | 90,00 |
| Februari | 8 | 10 | 125,00 |
| Jumlah | 18 | 19 | 105,56 |
"""


def _clear_caches():
    for cached in (catalog.tables, headers.phrases, headers.excluded, stack._canonical):
        cached.cache_clear()


@pytest.fixture
def plugin_kind(tmp_path, monkeypatch):
    """The module above, installed as a `lkjip_audit.schemas` plugin for the test's duration."""
    (tmp_path / "lkjip_pengaduan.py").write_text(PLUGIN, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    import lkjip_pengaduan

    load = plugins.load
    monkeypatch.setattr(plugins, "load", lambda group: [lkjip_pengaduan.Pengaduan] if group == "lkjip_audit.schemas"
                        else load(group))
    _clear_caches()
    yield lkjip_pengaduan.Pengaduan
    monkeypatch.undo()
    sys.modules.pop("lkjip_pengaduan", None)
    _clear_caches()


def test_a_new_table_kind_declared_once_is_read_checked_named_and_documented(plugin_kind, tmp_path):
    path = tmp_path / "laporan.md"
    path.write_text(DOCUMENT, encoding="utf-8")
    result = api.run(path)
    report = api.read(path)
    table = report.tables["pengaduan_bulanan"]  # by its caption words and headers
    assert list(table.values["level"]) == ["item", "item", "total"]  # its layout, reading its label column
    assert table.values["persen_selesai"].tolist() == [90.0, 125.0, 105.56]  # its own header phrase
    assert table.row_name(1)[1] == "Februari"  # its label names the row
    over = {(f.rule_id, f.row, f.column) for f in result.findings if f.table == "pengaduan_bulanan"}
    assert ("SCHEMA003", table.row_name(1)[0], "persen_selesai") in over  # its model's checks run: 125% is over 100
    spec = catalog.tables()["pengaduan_bulanan"]
    assert context_score(spec, "data pengaduan masyarakat") == pytest.approx(1 + 2 / 3)  # caption word, title
    docs = tables_markdown(catalog.tables())
    assert "### `pengaduan_bulanan`: Complaints handled" in docs and 'caption words "pengaduan masyarakat"' in docs


def test_the_test_document_writer_places_and_prints_a_new_kind(plugin_kind, tmp_path):
    sys.path.insert(0, str(ROOT / "tests"))
    import docgen

    source = tmp_path / "laporan.md"
    source.write_text(DOCUMENT, encoding="utf-8")
    report = api.read(source)
    chapters = docgen.chapters()
    assert chapters[docgen.BAB[2]][-1] == "pengaduan_bulanan"  # its outline: BAB III, after the nine built-in
    again = api.read(docgen.write_markdown(report, tmp_path / "dicetak.md"))
    printed = again.tables["pengaduan_bulanan"]
    assert printed.values["masuk"].tolist() == report.tables["pengaduan_bulanan"].values["masuk"].tolist()


def test_without_its_declaration_the_table_is_not_read(tmp_path):
    path = tmp_path / "laporan.md"
    path.write_text(DOCUMENT, encoding="utf-8")
    assert "pengaduan_bulanan" not in api.read(path).tables


def test_docs_data_format_md_is_written_from_the_models():
    committed = (ROOT / "docs" / "data-format.md").read_text(encoding="utf-8")
    assert committed == with_tables(committed, catalog.builtin()), \
        "regenerate: python -m audit.catalog_docs docs/data-format.md"


def test_every_layout_a_built_in_model_names_is_a_hook():
    named = {spec.layout for spec in catalog.builtin().values()} - {None}
    assert named <= set(layouts.HOOKS), named - set(layouts.HOOKS)
    assert set(layouts.HOOKS) <= named  # no hook is left that no table uses


def _model(declared: dict):
    class Contoh(CanonicalModel):
        uraian: Series[object] = col("text", "Uraian")
        nilai: Series[float] = col("money", "Nilai")

        class Config:
            name = "contoh"
            metadata = dict(declared)

    return Contoh


@pytest.mark.parametrize("metadata, says", [
    ({"title": "Contoh", "caption": ["contoh"]}, "unknown declaration 'caption' (did you mean 'captions'?)"),
    ({"title": "Contoh", "labels": ["nama"]}, "labels names 'nama', which is no column of it"),
    ({"title": "Contoh", "outline": "BAB II"}, "outline 'BAB II' is not like"),
    ({"title": "Contoh", "figure": "pie"}, "figure 'pie' is none of attainment, absorption"),
    ({"title": "Contoh", "figure": "absorption"}, "figure 'absorption' reads column 'program', which is no column"),
])
def test_a_declaration_that_cannot_be_read_is_refused(metadata, says):
    with pytest.raises(ValueError, match=re.escape(says)):
        catalog.spec_from_model(_model(metadata))


def test_a_plugin_with_a_bad_declaration_is_a_configuration_error(monkeypatch):
    bad = _model({"title": "Contoh", "keys": ["kode"]})
    load = plugins.load
    monkeypatch.setattr(plugins, "load", lambda group: [bad] if group == "lkjip_audit.schemas" else load(group))
    catalog.tables.cache_clear()
    try:
        with pytest.raises(ConfigError, match="keys names 'kode'"):
            catalog.tables()
    finally:
        monkeypatch.undo()
        catalog.tables.cache_clear()


def test_the_catalogue_reads_each_model_as_its_pandera_schema_declares_it():
    """The catalogue reads a model's fields without building its schema (that waits for a table of the kind):
    every column, its declaration and its allowed values are the schema's own."""
    for spec in catalog.tables().values():
        schema = spec.model.to_schema()
        assert spec.name == schema.name and [c.name for c in spec.columns] == list(schema.columns)
        for c in spec.columns:
            said = schema.columns[c.name].metadata
            assert (c.kind, c.aliases, c.required) == (said["kind"], tuple(said["aliases"]), said["required"])
            assert catalog._column(c.name, schema.columns[c.name]) == c


def test_a_plugin_model_pandera_cannot_build_is_a_configuration_error_at_once(monkeypatch):
    """Said when the catalogue is read, not when a first table of the kind is validated."""
    import pandera.pandas as pa

    class Broken(CanonicalModel):
        nama: Series[object] = col("text", "Nama")

        @pa.check("tidak_ada")
        @classmethod
        def nothing(cls, series):
            return series.notna()

        class Config:
            name = "rusak"
            metadata = {"title": "Rusak"}

    load = plugins.load
    monkeypatch.setattr(plugins, "load", lambda group: [Broken] if group == "lkjip_audit.schemas" else load(group))
    catalog.tables.cache_clear()
    try:
        with pytest.raises(ConfigError, match="tidak_ada"):
            catalog.tables()
    finally:
        monkeypatch.undo()
        catalog.tables.cache_clear()


def test_every_model_declared_in_schemas_is_registered():
    """`MODELS` is the one registration list: a table model declared and left out of it fails here."""
    import importlib
    import pkgutil

    import schemas

    declared = set()
    for module in pkgutil.iter_modules(schemas.__path__):
        for value in vars(importlib.import_module(f"schemas.{module.name}")).values():
            own = vars(value).get("Config") if isinstance(value, type) else None
            if own is not None and issubclass(value, CanonicalModel) and "title" in (vars(own).get("metadata") or {}):
                declared.add(value)
    assert declared == set(schemas.MODELS)


GROUPED = '''
"""A grouped table kind from a plugin: official vehicles by group."""
from pandera.typing import Series

from schemas.base import CanonicalModel, col, table


class Kendaraan(CanonicalModel):
    """Official vehicles: each group row (by wheels), then its vehicles; the total line."""

    level: Series[object] = col("level", levels=("golongan", "item", "total"), required=True)
    id: Series[object] = col("id")
    no: Series[object] = col("text", "No")
    jenis: Series[object] = col("text", "Jenis Kendaraan", required=True)
    unit: Series[float] = col("count", "Jumlah Unit", required=True)

    class Config:
        name = "kendaraan_dinas"
        metadata = table("Kendaraan dinas", "Official vehicles", keys=["id"], captions=["kendaraan dinas"],
                         labels=["jenis"], layout="asset_groups", outline="I.5", DECLARED)
'''

VEHICLES = """LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023

KECAMATAN SUKAMAKMUR

# BAB I PENDAHULUAN

Tabel 1.5 Kendaraan dinas tahun 2023

| No | Jenis Kendaraan | Jumlah Unit |
|---|---|---|
| | Roda Dua | 3 |
| | 1. Sepeda motor dinas | 3 |
| | Roda Empat | 2 |
| | 2. Mobil operasional | 2 |
| J U M L A H | | 5 |
"""


@contextlib.contextmanager
def _installed(tmp_path, monkeypatch, name: str, source: str, model: str):
    """`source` written as module `name`, its class `model` a `lkjip_audit.schemas` plugin, for the block."""
    (tmp_path / f"{name}.py").write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    sys.modules.pop(name, None)
    module = importlib.import_module(name)
    load = plugins.load
    monkeypatch.setattr(plugins, "load", lambda group: [getattr(module, model)]
                        if group == "lkjip_audit.schemas" else load(group))
    _clear_caches()
    try:
        yield
    finally:
        monkeypatch.undo()
        sys.modules.pop(name, None)
        _clear_caches()


def _read_with_plugin(tmp_path, monkeypatch, source: str):
    """The vehicles document read with `source` installed as a `lkjip_audit.schemas` plugin."""
    with _installed(tmp_path, monkeypatch, "lkjip_kendaraan", source, "Kendaraan"):
        path = tmp_path / "laporan.md"
        path.write_text(VEHICLES, encoding="utf-8")
        return api.read(path).tables["kendaraan_dinas"].values


def test_how_a_new_kind_numbers_and_groups_its_rows_is_its_declaration_alone(tmp_path, monkeypatch):
    """List numbers in the label, a total label across the No column and group rows known by name are read
    from the model (`numbered`, `label_in_no`, `group_rows`), for a kind no module of the tool names."""
    declared = 'numbered=True, label_in_no=True, group_rows=["roda dua", "roda empat"]'
    values = _read_with_plugin(tmp_path, monkeypatch, GROUPED.replace("DECLARED", declared))
    assert values["level"].tolist() == ["golongan", "item", "golongan", "item", "total"]
    assert values["id"].tolist() == ["1", "1.1", "2", "2.1", None]  # the total line has none
    assert values["jenis"].tolist()[1] == "Sepeda motor dinas" and values["no"].tolist()[1] == "1."
    # the same table declared without them: the numbers stay in the labels, no row is a group
    values = _read_with_plugin(tmp_path, monkeypatch, GROUPED.replace(", DECLARED", ""))
    assert values["jenis"].tolist()[1] == "1. Sepeda motor dinas"
    assert "golongan" not in values["level"].tolist()


def test_every_shape_and_second_reading_a_model_names_is_registered_and_used():
    from audit.document import shapes

    specs = catalog.builtin()
    assert {s.shape for s in specs.values()} - {None} == set(shapes.SHAPES)
    settled = {s.layout for s in specs.values() if s.lookup}
    assert settled == set(layouts.SETTLE)
    assert {s.lookup for s in specs.values()} - {None} <= set(specs)  # a lookup names a table kind


def test_the_layouts_and_shapes_name_no_table_kind():
    """What is known about one table kind is in its declaration: the hooks that read pages name their own
    registrations (`@hook("lppd")`) and no table, so a new kind needs no edit there."""
    import ast

    names = set(catalog.builtin())
    for module in ("layouts.py", "shapes.py", "extract.py"):
        tree = ast.parse((ROOT / "audit" / "document" / module).read_text(encoding="utf-8"))
        registered = {id(a) for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)
                      for d in node.decorator_list if isinstance(d, ast.Call) for a in d.args}
        named = [(n.lineno, n.value) for n in ast.walk(tree)
                 if isinstance(n, ast.Constant) and n.value in names and id(n) not in registered]
        assert named == [], f"audit/document/{module} names {named}"


BUDGET_KIND = '''
"""A table kind from a plugin: a BLUD's spending per programme, under its own caption."""
from pandera.typing import Series

from schemas.base import CanonicalModel, col, table


class BelanjaBlud(CanonicalModel):
    """BLUD spending per programme: ceiling and realisation."""

    level: Series[object] = col("level", levels=("item", "total"))
    program: Series[object] = col("text", "Program BLUD", required=True)
    pagu: Series[float] = col("money", "Pagu BLUD", required=True)
    realisasi: Series[float] = col("money", "Realisasi BLUD", required=True)

    class Config:
        name = "belanja_blud"
        metadata = table("Belanja BLUD per program", "BLUD spending per programme", keys=["program"],
                         captions=["belanja blud"], labels=["program"], layout="totals", outline="III.9",
                         figure="absorption")
'''

BLUD = """LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023

RSUD SUKAMAKMUR

# BAB III AKUNTABILITAS KINERJA

Tabel 3.9 Belanja BLUD per program tahun 2023

| Program BLUD | Pagu BLUD | Realisasi BLUD |
|---|---|---|
| Program Peningkatan Mutu Pelayanan | 1.000.000 | 900.000 |
| Program Pengadaan Alat Kesehatan | 2.000.000 | 1.500.000 |
| Jumlah | 3.000.000 | 2.400.000 |
"""


def test_a_new_kind_feeds_the_reviewers_picture_by_its_declaration(tmp_path, monkeypatch):
    """Budget absorption is drawn from whichever table kind declares `figure="absorption"`: here a plugin's,
    in a report without the built-in programme table; its total line is not a bar."""
    from audit.figures import figures

    with _installed(tmp_path, monkeypatch, "lkjip_blud", BUDGET_KIND, "BelanjaBlud"):
        path = tmp_path / "laporan.md"
        path.write_text(BLUD, encoding="utf-8")
        drawn = figures(api.read(path))
        assert drawn.absorption_table == "belanja_blud"
        assert [(a.programme, a.pagu, a.realisasi) for a in drawn.absorption] == [
            ("Program Peningkatan Mutu Pelayanan", 1_000_000, 900_000),
            ("Program Pengadaan Alat Kesehatan", 2_000_000, 1_500_000)]
    path = tmp_path / "laporan.md"
    # without the plugin the built-in programme kind reads it (before, a multi-year kind took it without a year
    # and read nothing): the picture is then the built-in kind's, by its own declaration
    assert figures(api.read(path)).absorption_table == "realisasi_program"
