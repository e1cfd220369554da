"""Resource limits: a report too big to audit is an input error naming the file, the limit and the key."""
from __future__ import annotations

import pytest
from badfiles import folder, workbook
from click.testing import CliRunner

import audit
from audit.cli import main
from audit.config import Config, resolve
from audit.errors import ConfigError, InputError
from audit.ingest import Limits
from audit.sources import read_report

ROW = "item,9,Program X,1,1,100%\n"


def test_more_rows_than_the_default_limit_is_exit_2_in_both_languages(tmp_path):
    path = folder(tmp_path)
    (path / "belanja.csv").write_text("level,jenis_belanja,anggaran,realisasi,capaian\n"
                                      + "item,Belanja,1,1,100%\n" * 200_001, encoding="utf-8")
    for lang, text in (("id", "tabel 'belanja' lebih dari 200.000 baris (naikkan max_rows di audit.toml"),
                       ("en", "table 'belanja' has more than 200,000 rows (raise max_rows in audit.toml")):
        r = CliRunner().invoke(main, ["check", str(path), "--lang", lang])
        assert r.exit_code == 2 and len(r.stderr.splitlines()) == 1
        assert "belanja.csv:200002" in r.stderr and text in r.stderr  # the file, the line, the limit and the key


@pytest.mark.parametrize("limits,key", [
    (Limits(max_rows=2), "too_many_rows"),
    (Limits(max_cells=10), "too_many_cells"),
    (Limits(max_input_mb=0.0001), "input_too_large"),
])
def test_each_limit_applies_to_csv_folders_and_workbooks(tmp_path, limits, key):
    for path in (folder(tmp_path / "csv"), workbook(tmp_path / "xlsx")):
        with pytest.raises(InputError) as exc:
            read_report(path, limits=limits)
        assert exc.value.key == key, exc.value.render("en")
        assert path.name in exc.value.render("en")


def test_a_big_report_yaml_is_refused_before_it_is_parsed(tmp_path):
    path = folder(tmp_path)
    (path / "report.yaml").write_text("agency: A\nyear: 2023\n" + "# padding\n" * 20_000, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        read_report(path, limits=Limits(max_input_mb=0.1))
    assert exc.value.key == "input_too_large" and "report.yaml" in exc.value.render("en")
    assert "max_input_mb" in exc.value.render("id")


def test_limits_come_from_audit_toml_and_reach_the_api(tmp_path):
    path = folder(tmp_path)
    (tmp_path / "audit.toml").write_text("max_rows = 2\nmax_cells = 1000\nmax_input_mb = 5\n", encoding="utf-8")
    config = resolve(path)
    assert (config.max_rows, config.max_cells, config.max_input_mb) == (2, 1000, 5)
    assert config.source_of("max_rows").endswith("audit.toml")
    assert Limits.from_config(config) == Limits(max_rows=2, max_cells=1000, max_input_mb=5)
    with pytest.raises(InputError, match="more than 2 rows"):
        audit.run(path, config)
    assert audit.run(path, Config()).counts()["error"] == 1  # the defaults read it


def test_audit_check_honours_the_limits_of_audit_toml(tmp_path):
    path = folder(tmp_path)
    (tmp_path / "audit.toml").write_text("max_rows = 2\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", str(path), "--lang", "en"])
    assert r.exit_code == 2 and "table 'realisasi_program' has more than 2 rows (raise max_rows" in r.stderr


@pytest.mark.parametrize("text", ["max_rows = 0\n", "max_cells = 'banyak'\n", "max_input_mb = -1\n",
                                  "max_row = 5\n"])
def test_bad_limits_in_audit_toml_are_configuration_errors(tmp_path, text):
    (tmp_path / "audit.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError):
        resolve(tmp_path)


def test_existing_callers_keep_working_without_limits(tmp_path):
    report = read_report(folder(tmp_path))
    assert "realisasi_program" in report.tables


def test_a_pdf_with_more_pages_than_max_pages_is_refused_before_reading(tmp_path):
    import docgen

    path = docgen.write_scanned_pdf(tmp_path / "tebal.pdf", pages=3)
    with pytest.raises(InputError) as exc:
        read_report(path, limits=Limits(max_pages=2))
    assert exc.value.key == "too_many_pages"
    assert "tebal.pdf" in exc.value.render("en") and "max_pages" in exc.value.render("id")
    (tmp_path / "audit.toml").write_text("max_pages = 2\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", str(path), "--lang", "en"])
    assert r.exit_code == 2 and "more than 2" in r.stderr
