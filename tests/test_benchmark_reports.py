"""The real-size benchmark reports (benchmarks/generate.py --size full) are what their manifest says.

The batch benchmark stops when `audit batch` disagrees with the manifest; this holds the
generator itself: every table kind of the example is there, a report with no mistake
injected audits clean (every scaled amount, renamed village and fresh tick still adds
up), and each injected mistake gives exactly the findings the manifest lists, copies in
other tables included, whether the CSV headers are the canonical names or worded as reports
print them; a report printed as a document finds the same errors.
"""
from __future__ import annotations

import json
import sys

import pytest
from conftest import CORRECTED, ROOT

from audit.api import check_report, check_reports
from audit.config import Config
from audit.sources import read_report


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generate

    out = tmp_path_factory.mktemp("full") / "reports"
    manifest = generate(out, 10, "full", seed=11, headers="mixed")  # every second report's headers as printed
    return out, manifest


def found(result) -> list[tuple]:
    return sorted((f.rule_id, f.table, f.position, f.column) for f in result.findings)


def expected(entry: dict) -> list[tuple]:
    return sorted((e["rule"], e["table"], e["line"], e["column"]) for e in entry["expected"])


def test_every_report_has_every_table_of_the_example_and_finds_what_was_injected(generated):
    out, manifest = generated
    names = sorted(manifest["reports"])
    reports = [read_report(out / n) for n in names]
    example_tables = set(read_report(CORRECTED).tables)
    assert len(example_tables) >= 20
    for report in reports:
        assert set(report.tables) == example_tables
    assert "Pagu" in (out / names[1] / "realisasi_program.csv").read_text(encoding="utf-8").splitlines()[0]
    results = check_reports(reports, Config(suggest=False))
    kinds = set()
    for name, result in zip(names, results):
        entry = manifest["reports"][name]
        assert found(result) == expected(entry), name
        kinds.update(entry["injections"])
        if not entry["injections"]:
            assert result.findings == []
    assert kinds == {"sub_capaian", "program_capaian", "pegawai_jumlah", "desa_jumlah"}
    assert any(e["rule"].startswith("MATCH") for r in manifest["reports"].values() for e in r["expected"])
    # alone (the path with fix suggestions) as together
    first = names[0]
    assert found(check_report(reports[0], Config())) == expected(manifest["reports"][first])


def test_reports_vary_and_their_documents_find_the_same_errors(generated, tmp_path):
    out, manifest = generated
    from generate import documents

    names = sorted(manifest["reports"])[:2]
    a, b = (read_report(out / n) for n in names)
    assert a.meta.agency != b.meta.agency and a.meta.desa != b.meta.desa
    assert a.tables["realisasi_program"].raw["pagu"].tolist() != b.tables["realisasi_program"].raw["pagu"].tolist()
    written = documents(out, tmp_path, ("md", "docx"))
    assert written == {"md": len(manifest["reports"]), "docx": len(manifest["reports"])}
    assert json.loads((tmp_path / "md" / "manifest.json").read_text(encoding="utf-8"))["form"] == "md"
    import audit

    for form in ("md", "docx"):
        for name in names:
            errors = audit.run(tmp_path / form / f"{name}.{form}", suggest=False).counts()["error"]
            assert errors == len(manifest["reports"][name]["expected"]), (form, name)
