"""Which cell is wrong: the localisation situations a reviewer meets, on small hand-made reports."""
from __future__ import annotations

import pytest
from helpers import write_report

import audit
from audit.api import plan_fixes
from audit.model import say

KEGIATAN = """
    level,id,uraian,anggaran
    kegiatan,1.1,Kegiatan Alpha,"{k}"
    sub_kegiatan,1.1.1,Sub Satu,"1.000.000"
    sub_kegiatan,1.1.2,Sub Dua,"{s2}"
"""
LPPD = """
    level,id,uraian,anggaran
    kegiatan,1.1,Kegiatan : Kegiatan Alpha,"3.000.000"
    sub_kegiatan,1.1.1,Sub Kegiatan : Sub Satu,"1.000.000"
    sub_kegiatan,1.1.2,Sub Kegiatan : Sub Dua,"2.000.000"
"""


def top(result, rule_id, column=None):
    f = next(f for f in result.findings if f.rule_id == rule_id and (column is None or f.column == column))
    return f.suggestions[0] if f.suggestions else None


def test_outlier_total_is_the_totals_fault(tmp_path):
    folder = write_report(tmp_path / "r", {"realisasi_kegiatan": KEGIATAN.format(k="3.500.000", s2="2.000.000"),
                                           "lppd": LPPD})
    s = top(audit.run(folder), "SUM022", "anggaran")
    assert (s.table, s.column, s.cell.cell, s.proposed) == ("realisasi_kegiatan", "anggaran", "D2", 3_000_000)
    assert s.proposed_text == "3.000.000" and s.confidence == "high"
    assert "SUM022" in s.resolves and "MATCH013" in s.resolves


def test_outlier_part_is_the_parts_fault(tmp_path):
    folder = write_report(tmp_path / "r", {"realisasi_kegiatan": KEGIATAN.format(k="3.000.000", s2="2.500.000"),
                                           "lppd": LPPD})
    s = top(audit.run(folder), "SUM022", "anggaran")
    assert (s.cell.cell, s.proposed, s.confidence) == ("D4", 2_000_000, "high")


def test_capaian_is_right_when_the_target_is_the_outlier(tmp_path):
    folder = write_report(tmp_path / "r", {
        "lppd": """
            level,id,uraian,indikator,target,realisasi,capaian
            program,1,Program A,Indikator A,100,100,100%
            program,2,Program B,Indikator B,10,100,100%
            program,3,Program C,Indikator C,100,90,90%
        """,
        "realisasi_program_tahunan": """
            level,program,indikator,tahun,target,realisasi
            item,Program B,Indikator B,2023,100,100
        """,
    })
    s = top(audit.run(folder), "RATIO011")
    assert (s.column, s.cell.cell, s.proposed) == ("target", "E3", 100)
    assert s.confidence == "high" and set(s.resolves) == {"RATIO011", "MATCH036"}


def test_without_other_evidence_the_target_outlier_is_still_preferred_but_unsure(tmp_path):
    folder = write_report(tmp_path / "r", {"efisiensi": """
        no,program,indikator,target,realisasi,capaian
        1,Program A,Indikator A,100,100,100%
        2,Program B,Indikator B,10,100,100%
        3,Program C,Indikator C,100,90,90%
    """})
    s = top(audit.run(folder, lang="en"), "RATIO010")
    assert (s.column, s.proposed, s.confidence) == ("target", 100, "low")
    assert "as likely as" in say(s.reason, "en")


def test_capaian_is_the_capaians_fault_by_default(tmp_path):
    folder = write_report(tmp_path / "r", {"efisiensi": """
        no,program,indikator,target,realisasi,capaian
        1,Program A,Indikator A,80,72,"72,00%"
        2,Program B,Indikator B,100,100,100%
    """})
    s = top(audit.run(folder), "RATIO010")
    assert (s.column, s.proposed) == ("capaian", 90.0) and s.proposed_text == "90,00%"


def test_two_equally_likely_fixes_are_said_and_never_applied(tmp_path):
    folder = write_report(tmp_path / "r", {
        "kinerja_renstra": "indikator,tahun,target,realisasi\nIKM,2023,\"84,12\",\"78,94\"\n",
        "kinerja_tahunan": "indikator,tahun,target,realisasi\nIKM,2023,\"84,12\",\"80,00\"\n",
    })
    s = top(audit.run(folder, lang="en"), "MATCH032")
    assert s.confidence == "low" and "as likely as changing kinerja_tahunan.csv!D2 to 78.94" in say(s.reason, "en")
    assert "sama mungkinnya dengan mengubah kinerja_tahunan.csv!D2 menjadi 78,94" in say(s.reason, "id")
    _, plan = plan_fixes(folder)
    assert plan.fixes == [] and len(plan.ambiguous) == 1


def test_a_change_that_would_break_another_table_is_not_proposed(tmp_path):
    # staff totals differ between two tables, but each total agrees with its own rows:
    # no single cell explains it, so no suggestion rather than a wrong one
    folder = write_report(tmp_path / "r", {
        "pegawai_pendidikan": "level,pendidikan,pns,jumlah\nitem,SD,2,2\nitem,S1,5,5\ntotal,Jumlah,7,7\n",
        "pegawai_gender": "level,jenis_kelamin,pns,jumlah\nitem,L,4,4\nitem,P,4,4\ntotal,Jumlah,8,8\n",
    })
    result = audit.run(folder)
    assert [f.suggestions for f in result.findings if f.rule_id == "MATCH001"] == [(), ()]


def test_derived_percentage_follows_its_cell(tmp_path):
    folder = write_report(tmp_path / "r", {"realisasi_kegiatan": """
        level,id,uraian,anggaran,realisasi,capaian
        kegiatan,5.13,Kegiatan 13,"2,400,000","1,800,000",75.00%
        sub_kegiatan,5.13.1,Sub,"2,400,000","2,400,000",100%
    """, "realisasi_program": """
        level,no,program,pagu,realisasi,capaian
        item,5,Program Lima,"2,400,000","2,400,000",100%
    """})
    s = top(audit.run(folder), "SUM022")
    assert (s.cell.cell, s.proposed_text) == ("E2", "2,400,000")
    assert [(a.cell.cell, a.proposed_text) for a in s.also] == [("F2", "100.00%")]
    assert s.confidence == "high"


def _mutants(n: int, seed: int):
    """Seeded one-error mutants of the corrected example (benchmarks/mutations.py)."""
    import random
    import sys

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from mutations import KINDS, load, mutate, with_cells

    report, rules = load()
    rnd = random.Random(seed)
    cells = [(name, i, col) for name, t in report.tables.items() for col, kind in t.kinds.items()
             if kind in ("money", "percent", "count") for i, v in t.values[col].items() if v == v and v]
    out = []
    while len(out) < n:
        change = mutate(report, rnd.choice(KINDS), rnd.choice(cells), rnd)
        if change:
            out.append(with_cells(report, change))
    return out, rules


@pytest.mark.parametrize("stack_rows,group_rows,recheck", [(None, None, True), (None, 0, True), (120, 0, True),
                                                            (None, None, False)])
def test_candidates_checked_together_rank_as_when_checked_one_by_one(monkeypatch, stack_rows, group_rows, recheck):
    """Fix suggestions re-run each rule once over a stack of changed reports (several stacks when they
    would be large), only for cells in rows the rule selected, and a sum over rows on the groups of the
    changed rows only (on the example's small tables when `group_rows` is 0); kinds that can tell a
    change's effect on the rows it moves (`RuleKind.recheck`) do so without a stack (and, with
    `recheck` off, every rule runs on stacks); the ranking must be exactly that of re-running every rule
    for every candidate."""
    from conftest import EXAMPLE

    from audit.repair import rank as localize
    from audit.repair import trials
    from audit.repair.plan import plan
    from audit.rules import stack
    from audit.rules.engine import check_rules, run_rules
    from audit.rules.select import Reads
    from audit.sources import read_report

    class Everything(Reads):
        def relevant(self, rule_id, changes):
            return True

    if stack_rows:
        monkeypatch.setattr(trials, "STACK_ROWS", stack_rows)
    if group_rows is not None:
        monkeypatch.setattr(trials, "GROUP_ROWS", group_rows)
    no_recheck = lambda rule, report, ks, changes, out: ks  # noqa: E731
    if not recheck:
        monkeypatch.setattr(trials, "_rechecked", no_recheck)
    mutants, rules = _mutants(12, seed=11)
    reports = [read_report(EXAMPLE)] + mutants
    fast = []
    for report in reports:
        checked = check_rules(rules, report, trace=True)
        fast.append(([f.suggestions for f in localize.suggest(report, rules, checked.findings, reads=checked.reads)],
                     plan(report, rules)))
    monkeypatch.setattr(stack, "stackable", lambda *a, **k: False)  # every candidate on its own
    monkeypatch.setattr(trials, "_rechecked", no_recheck)  # by running the rule
    monkeypatch.setattr("audit.rules.engine.Reads", Everything)  # what a traced run records
    for report, (suggestions, repair) in zip(reports, fast):
        found, _ = run_rules(rules, report)
        assert [f.suggestions for f in localize.suggest(report, rules, found, reads=Everything())] == suggestions
        assert plan(report, rules) == repair
    assert sum(bool(s) for suggestions, _ in fast for s in suggestions) > 20  # the mutants were found and fixed


@pytest.mark.parametrize("params,local", [
    ({"table": "t", "columns": ["anggaran"], "hierarchy": {"parent": "kegiatan", "child": "sub_kegiatan"}},
     ("t", {"anggaran"})),
    ({"table": "t", "columns": {"anggaran": "pagu"}, "parts": {"where": {"level": "item"}},
      "total": {"where": {"level": "total"}}}, ("t", {"anggaran", "pagu"})),
    # the summed column also chooses the rows: a change could move a row out of its group
    ({"table": "t", "columns": ["anggaran"], "parts": {"where": {"anggaran": 0}}}, None),
    # parts in another table, or sums across a row (row-local instead)
    ({"table": "t", "columns": ["anggaran"], "parts": {"table": "u"}}, None),
    ({"table": "t", "across": {"parts": ["a", "b"], "total": "c"}}, None),
])
def test_a_sum_is_rechecked_by_group_only_when_a_change_keeps_every_row_in_its_group(params, local):
    """Fix candidates of a sum over rows are re-checked on the groups of the changed rows alone; that is
    sound only when the candidate's column neither keys, selects nor levels rows, within one table."""
    from audit.rules.kinds.sum import SumParams

    said = SumParams(**params).group_local()
    assert (said if said is None else (said[0], set(said[1]))) == local


def test_a_value_the_hint_calls_a_copied_target_is_the_one_proposed_first(example):
    """Two tables disagree on a realisation, and the other table's value equals this row's target (a target
    copied as realisasi there): of the two equally likely changes, the copied cell's comes first, so the
    suggestion agrees with the hint printed above it; it stays a tie, never applied."""
    found = [f for f in example.findings if f.rule_id == "MATCH031" and f.hint is not None]
    assert found
    for f in found:
        top = f.suggestions[0]
        assert (top.table, top.confidence) == ("realisasi_indikator", "low")
        assert top.proposed == f.actual  # the other table corrected to this row's realisation


def _layouts():
    """Drafts of other agencies' layouts (tests/corpus: planted mistakes), real tables (tests/wild) and the
    averages of test_averages with both averages mistyped: sums over rows, across columns, by codes, averages
    since the previous total, units, matches between tables."""
    from conftest import ROOT

    out = sorted((ROOT / "tests" / "corpus").glob("*/draft.md"))
    out += sorted((ROOT / "tests" / "wild").glob("*/laporan.md"))
    return [str(p.relative_to(ROOT)) for p in out] + ["averages"]


@pytest.mark.parametrize("name", _layouts())
def test_rechecks_rank_as_stacks_on_other_layouts(monkeypatch, tmp_path, name):
    """What a kind's own re-check (`RuleKind.recheck`) says of every candidate fix is what running the rule on
    stacked copies says: the same suggestions, confidences and reasons, on any agency's layout."""
    from conftest import ROOT
    from test_averages import CAPAIAN, _write

    from audit.api import configured_rules
    from audit.config import Config
    from audit.repair import trials
    from audit.repair.rank import suggest
    from audit.rules.engine import check_rules
    from audit.sources import read_report

    path = ROOT / name if name != "averages" else _write(
        tmp_path, "salah", CAPAIAN.format(second="97,00", overall="78,26"), "Dinas Contoh", 2023)
    report = read_report(path)
    rules = configured_rules(Config())

    def ranked():
        checked = check_rules(rules, report, trace=True)
        return [(f.key(), [(s.table, s.index, s.column, s.proposed, s.confidence, str(s.reason))
                           for s in f.suggestions])
                for f in suggest(report, rules, checked.findings, reads=checked.reads)]

    mine = ranked()
    if "corpus" in name or name == "averages":  # their planted mistakes are ranked
        assert any(suggestions for _, suggestions in mine)
    monkeypatch.setattr(trials, "_rechecked", lambda rule, report, ks, changes, out: ks)
    assert ranked() == mine
