"""Adding a rule kind is one module plus its test cases: a kind from a plugin is found and used by every
part of the tool that treats kinds apart (rule tests, the JSON Schema, the docs, batch stacks, fixes)."""
from __future__ import annotations

import json
import textwrap
from dataclasses import replace
from importlib.metadata import EntryPoint, EntryPoints, distributions

import pytest
import yaml
from click.testing import CliRunner
from helpers import write_report

KIND = '''\
"""`bounded`: every value of some columns lies within [low, high]."""
from pydantic import BaseModel, ConfigDict

from audit.rules.candidates import candidate
from audit.rules.registry import kind
from audit.rules.select import Side, references, rows


class BoundedParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    columns: list[str]
    low: float = 0
    high: float = 100
    where: dict = {}

    def references(self):
        return references(self.table, self.table, Side(where=self.where), self.columns)

    def row_local(self):
        return self.table


@kind("bounded", BoundedParams, stacks=True, summary={"id": "Nilai berada dalam batasnya.",
                                                      "en": "A value lies within its bounds."})
def within_bounds(ctx, loaded, p, report):
    """A value lies within its bounds."""
    table = report.tables[p.table]
    out = []
    for i in rows(table, p.where, report.meta).to_numpy():
        for column in p.columns:
            value = float(table.values.at[i, column])
            bound = p.low if value < p.low else p.high if value > p.high else None
            if bound is not None:
                out.append(ctx.finding(loaded, table, i, column, value, bound,
                                       candidates=[candidate(table, i, column, bound)]))
    return out
'''

CASES = '''\
- name: every capaian within 0..120
  tables:
    capaian_indikator: "indikator,capaian\\nA,90\\nB,120\\n"
  rule: {kind: bounded, params: {table: capaian_indikator, columns: [capaian], high: 120}}
  expect: []
- name: a capaian above its bound
  tables:
    capaian_indikator: "indikator,capaian\\nA,90\\nB,130\\n"
  rule: {kind: bounded, params: {table: capaian_indikator, columns: [capaian], high: 120}}
  expect: [[capaian_indikator, 3, capaian]]
'''

PACK = '''\
pack: batas
rules:
  - id: BND901
    kind: bounded
    title: {id: "Capaian di luar batas", en: "Capaian out of bounds"}
    params: {table: capaian_indikator, columns: [capaian], high: 120}
    examples:
      pass:
        tables: {capaian_indikator: "indikator,capaian\\nA,90\\n"}
      fail:
        tables: {capaian_indikator: "indikator,capaian\\nA,90\\nB,130\\n"}
        expect: [[capaian_indikator, 3, capaian]]
'''


@pytest.fixture
def bounded(tmp_path, monkeypatch):
    """The kind as a one-module plugin (entry point `lkjip_audit.rule_kinds`), installed for this test only."""
    from audit import plugins
    from audit.rules import registry

    registry.load_builtin_kinds()  # the kinds as every run has them, restored afterwards
    kinds = dict(registry.KINDS)
    site = tmp_path / "site"
    site.mkdir()
    (site / "lkjip_bounded.py").write_text(KIND, encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    found = [ep for dist in distributions() for ep in dist.entry_points]
    mine = EntryPoint(name="bounded", value="lkjip_bounded", group="lkjip_audit.rule_kinds")
    monkeypatch.setattr(plugins, "_all", lambda: EntryPoints([*found, mine]))
    monkeypatch.setattr(registry, "_loaded", False)
    monkeypatch.delitem(__import__("sys").modules, "lkjip_bounded", raising=False)
    yield tmp_path
    registry.KINDS.clear()
    registry.KINDS.update(kinds)


def _rules(pack_dir):
    from audit.rules.pack import load_rules

    return [r for r in load_rules((str(pack_dir),)) if r.id == "BND901"]


def _report(folder, values):
    from audit.sources import read_report

    rows = "".join(f"{chr(65 + n)},{v}\n" for n, v in enumerate(values))
    return read_report(write_report(folder, {"capaian_indikator": "indikator,capaian\n" + rows}))


def test_its_cases_run_like_every_kind(bounded):
    from test_kinds import run_case

    for n, case in enumerate(yaml.safe_load(CASES)):
        findings = run_case(bounded / f"case{n}", case)
        assert sorted((f.table, f.location.line, f.column) for f in findings) == [tuple(e) for e in case["expect"]]


def test_rules_test_schema_and_docs_know_it(bounded):
    from audit.cli import main
    from audit.rules.docs import rules_markdown

    (bounded / "aturan").mkdir()
    (bounded / "aturan" / "batas.yaml").write_text(PACK, encoding="utf-8")
    tested = CliRunner().invoke(main, ["rules", "test", str(bounded / "aturan")])
    assert "PASS BND901 pass" in tested.output and "PASS BND901 fail" in tested.output, tested.output
    schema = json.loads(CliRunner().invoke(main, ["rules", "schema"]).output)
    assert schema["$defs"]["BoundedRule"]["properties"]["kind"]["const"] == "bounded"
    assert set(schema["$defs"]["BoundedParams"]["properties"]) == {"table", "columns", "low", "high", "where"}
    docs = rules_markdown(_rules(bounded / "aturan"))
    assert textwrap.dedent("""\
        ### `bounded`

        A value lies within its bounds.

        *Nilai berada dalam batasnya.*
        """) in docs
    assert "| BND901 | bounded | error | capaian_indikator | Capaian di luar batas |" in docs


def test_a_batch_checks_it_once_over_the_stack_and_fixes_use_it(bounded):
    from audit.repair.rank import suggest
    from audit.rules import registry
    from audit.rules.engine import run_rules
    from audit.rules.stack import run_rules_stacked

    (bounded / "aturan").mkdir()
    (bounded / "aturan" / "batas.yaml").write_text(PACK, encoding="utf-8")
    rules = _rules(bounded / "aturan")
    reports = [_report(bounded / f"r{n}", [90, 130 + n, -5]) for n in range(3)]
    calls = []
    spec = registry.KINDS["bounded"]
    registry.KINDS["bounded"] = replace(spec, run=lambda *a: calls.append(1) or spec.run(*a))  # (the fixture restores)

    def seen(found):
        return [[(f.rule_id, f.location.cell, f.actual, f.expected) for f in mine] for mine in found]

    alone = [run_rules(rules, r)[0] for r in reports]
    calls.clear()
    together, _ = run_rules_stacked(rules, reports)
    assert seen(together) == seen(alone) == [[("BND901", "B3", 130 + n, 120.0), ("BND901", "B4", -5.0, 0.0)]
                                             for n in range(3)]
    assert len(calls) == 1  # one run over the three reports
    calls.clear()
    fixed = suggest(reports[0], rules, alone[0])
    assert [(f.suggestions[0].cell.cell, f.suggestions[0].proposed) for f in fixed] == [("B3", 120.0), ("B4", 0.0)]
    # the report once (the rows each rule reads) and both candidates once over their stack; the report with
    # both changes is not checked again: they are in two rows of a row-local rule, each finding follows one
    assert len(calls) == 2
