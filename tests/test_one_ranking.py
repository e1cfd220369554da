"""One ranking of fix candidates (issue #17): `audit check` (JSON and SARIF) and `audit fix` propose the
same top change, at the same confidence, for every finding; a tie is never applied; the fix listing
ends with what it changed, resolved and left, and why."""
from __future__ import annotations

import csv
import json
import random
import re
import shutil
import sys

import pytest
from click.testing import CliRunner
from conftest import CORRECTED, EXAMPLE, ROOT

from audit.cli import main

DOCUMENT = ROOT / "examples" / "jatiroto-2023.md"


def invoke(*args):
    return CliRunner().invoke(main, list(map(str, args)))


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def mutated_copy(folder, seed: int, n: int = 8):
    """The corrected example with `n` seeded mutations (benchmarks/mutations.py) in different rows, written
    into its CSV files as the agency would have typed them; {cell: mutated value}."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from mutations import KINDS, load, mutate

    from audit.numbers import format_like
    from audit.sources import read_report

    report, _ = load()
    rnd = random.Random(seed)
    cells = [(name, i, col) for name, t in report.tables.items() for col, kind in t.kinds.items()
             if kind in ("money", "percent", "count") for i, v in t.values[col].items() if v == v and v]
    changes: dict = {}
    while len(changes) < n:
        change = mutate(report, rnd.choice(KINDS), rnd.choice(cells), rnd)
        if change and not {(c[0], c[1]) for c in change} & {(c[0], c[1]) for c in changes}:
            changes.update(change)
    shutil.copytree(CORRECTED, folder)
    for (name, i, col), value in changes.items():
        t = report.tables[name]
        loc = t.location(i, col)
        letters, line = re.fullmatch(r"([A-Z]+)(\d+)", loc.cell).groups()
        path = folder / loc.file
        rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
        rows[int(line) - 1][_column_number(letters)] = format_like(t.raw.at[i, col], value, report.meta.number_format)
        with path.open("w", encoding="utf-8", newline="") as out:
            csv.writer(out, lineterminator="\n").writerows(rows)
    mutant = read_report(folder)
    for (name, i, col), value in changes.items():  # read back as written
        assert abs(mutant.tables[name].values.at[i, col] - value) < 1e-6
    return changes


@pytest.fixture(scope="module", params=["example", "mutated-3", "mutated-8", "document"])
def outputs(request, tmp_path_factory):
    """`check -f json`, `check -f sarif` and `fix --format json --min-confidence low` of one report."""
    if request.param == "example":
        path = EXAMPLE
    elif request.param == "document":
        path = DOCUMENT
    else:
        path = tmp_path_factory.mktemp("m") / "laporan"
        mutated_copy(path, int(request.param.split("-")[1]))
    check = invoke("check", path, "-f", "json")
    sarif = invoke("check", path, "-f", "sarif")
    fix = invoke("fix", path, "--format", "json", "--min-confidence", "low")
    assert fix.exit_code == 0, fix.output
    return json.loads(check.stdout), json.loads(sarif.stdout), json.loads(fix.stdout)


def _top(rec: dict) -> tuple:
    s = rec["suggestions"][0]
    return s["cell"], s["proposed_text"], s["confidence"]


def test_check_and_fix_propose_the_same_top_change_for_every_finding(outputs):
    check, _, fix = outputs
    summary = fix["summary"]
    resolved = {(r["rule_id"], json.dumps(r["location"])): r["by"] for r in summary["resolved"]}
    left = {(r["rule_id"], json.dumps(r["location"])): r["reason"] for r in summary["left"]}
    # the last change written at each cell (a cell recomputed with two changes keeps the later one)
    written = {json.dumps(f["cell"]): f for f in fix["fixes"]}
    ambiguous = {(json.dumps(f["cell"]), f["proposed_text"]): f for f in fix["ambiguous"]}
    ranked = [f for f in check["findings"] if (f["rule_id"], json.dumps(f["location"])) in resolved | left]
    assert len(ranked) == len(resolved) + len(left)
    assert sum(bool(f["suggestions"]) for f in ranked) >= 5
    for f in ranked:
        key = (f["rule_id"], json.dumps(f["location"]))
        if not f["suggestions"]:
            assert left.get(key) == "none", f
            continue
        cell, value, confidence = _top(f)
        if key in resolved:  # applied: the change the check leads with
            assert resolved[key] == cell, f
            change = written[json.dumps(cell)]
            assert (change["proposed_text"], change["confidence"]) == (value, confidence), f
        else:  # a tie, listed as ambiguous with the same value and confidence, never applied
            assert left[key] == "ambiguous" and confidence == "low", f
            assert ambiguous[(json.dumps(cell), value)]["confidence"] == "low"
    for change in fix["fixes"]:  # every value written is one the check proposes for that cell
        proposed = {(json.dumps(s["cell"]), s["proposed_text"]) for f in check["findings"] for top in
                    f["suggestions"][:1] for s in (top, *top["also"])}
        assert (json.dumps(change["cell"]), change["proposed_text"]) in proposed, change


def test_sarif_fixes_carry_the_checks_top_suggestion(outputs):
    check, sarif, _ = outputs
    results = sarif["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == [f["rule_id"] for f in check["findings"]]
    shown = 0
    for rec, result in zip(check["findings"], results):
        if not rec["suggestions"]:
            assert "fixes" not in result and "suggestion" not in result.get("properties", {})
            continue
        cell, value, confidence = _top(rec)
        words = result["properties"]["suggestion"]  # the number in the reader's style (issue #17 item 2)
        assert words.endswith(f"(keyakinan {dict(high='tinggi', medium='sedang', low='rendah')[confidence]})")
        assert cell["cell"] in words
        for fix in result.get("fixes", ()):
            shown += 1
            assert fix["description"]["text"] == words
            inserted = [r["insertedContent"]["text"] for c in fix["artifactChanges"] for r in c["replacements"]]
            assert value in [text.strip('"') for text in inserted]  # (a CSV field with a comma is quoted)
    assert shown or "document" in str(check["report"])  # a CSV fix is a text replacement


def test_a_fix_says_as_many_rules_as_findings_it_clears(outputs):
    """`menyelesaikan 3 temuan` names three findings' rules (a rule twice as `MATCH012 ×2`)."""
    _, _, fix = outputs
    for f in fix["fixes"] + fix["ambiguous"]:
        n, rules = re.match(r"menyelesaikan (\d+) temuan \(([^)]*)\)", f["reason"]).groups()
        counted = sum(int(part.split(" ×")[1]) if " ×" in part else 1 for part in rules.split(", "))
        assert counted == int(n), f["reason"]


def test_the_example_agrees_where_check_and_fix_once_disagreed():
    """The cases of issue #17: lppd.csv!L35 and M35, MATCH036 and MATCH038, efisiensi.csv!D7."""
    check = json.loads(invoke("check", EXAMPLE, "-f", "json").stdout)
    fix = json.loads(invoke("fix", EXAMPLE, "--format", "json", "--min-confidence", "low").stdout)
    tops = {(f["rule_id"], f["location"]["cell"]): _top(f) for f in check["findings"] if f["suggestions"]}
    changes = {f["cell"]["cell"]: f for f in fix["fixes"] if f["cell"]["file"] == "lppd.csv"}
    # L35's realisasi is wrong too once K35's anggaran is corrected: both sure, and M35 follows both
    assert tops[("SUM027", "L35")][1:] == ("103,648,000", "high") == (changes["L35"]["proposed_text"],
                                                                      changes["L35"]["confidence"])
    l35 = next(f for f in check["findings"] if f["rule_id"] == "SUM027" and f["location"]["cell"] == "L35")
    assert [(a["cell"]["cell"], a["proposed_text"]) for a in l35["suggestions"][0]["also"]] == [("M35", "98.58%")]
    assert changes["M35"]["proposed_text"] == "98.58%"
    # the tie of MATCH038 leads with the same cell in both; D7 is as likely as F7 and listed, not applied
    ambiguous = {(f["cell"]["cell"], f["proposed_text"]) for f in fix["ambiguous"]}
    assert (tops[("MATCH038", "E2")][0]["cell"], tops[("MATCH038", "E2")][1]) in ambiguous
    assert ("D7", "100") in ambiguous and tops[("RATIO010", "F7")][0]["cell"] == "D7"
    assert tops[("MATCH036", "H15")][0]["cell"] == "H53" and "H53" in changes
    # the Python API reads the same ranking
    import audit
    from audit.api import plan_fixes

    api = {(f.rule_id, f.location.cell): (f.suggestions[0].cell.cell, f.suggestions[0].proposed_text,
                                          f.suggestions[0].confidence)
           for f in audit.run(EXAMPLE).findings if f.suggestions}
    assert api == {k: (cell["cell"], value, confidence) for k, (cell, value, confidence) in tops.items()}
    _, plan = plan_fixes(EXAMPLE)
    assert ({(f.cell.cell, f.proposed_text, f.confidence) for f in plan.accepted("low")}
            == {(f["cell"]["cell"], f["proposed_text"], f["confidence"]) for f in fix["fixes"]})


@pytest.mark.parametrize("confidence", ["low", "medium", "high"])
def test_a_tie_is_never_applied_whatever_the_confidence_asked(tmp_path, confidence):
    out = tmp_path / "fixed"
    r = invoke("fix", EXAMPLE, "--apply", "-o", out, "--min-confidence", confidence)
    assert r.exit_code == 0, r.output
    listing = json.loads(invoke("fix", EXAMPLE, "--format", "json", "--min-confidence", confidence).stdout)
    assert listing["ambiguous"]
    for tie in listing["ambiguous"]:
        cell = tie["cell"]
        letters, line = re.fullmatch(r"([A-Z]+)(\d+)", cell["cell"]).groups()
        before = list(csv.reader((EXAMPLE / cell["file"]).open(encoding="utf-8")))
        after = list(csv.reader((out / cell["file"]).open(encoding="utf-8")))
        assert after[int(line) - 1][_column_number(letters)] == before[int(line) - 1][_column_number(letters)]
    changed = sum(a != b for p in EXAMPLE.glob("*.csv") for a, b in
                  zip(p.read_text(encoding="utf-8").splitlines(), (out / p.name).read_text(encoding="utf-8")
                      .splitlines()))
    assert changed >= 1
    summary = listing["summary"]
    assert f"{summary['cells_changed']} sel diubah" in r.output
    assert summary["cells_changed"] == len(listing["fixes"])


def test_the_listing_ends_with_what_was_changed_resolved_and_left_and_why():
    text = invoke("fix", EXAMPLE).output
    data = json.loads(invoke("fix", EXAMPLE, "--format", "json").stdout)["summary"]
    head = (f"Ringkasan: {data['cells_changed']} sel diubah, {data['findings_resolved']} temuan terselesaikan, "
            f"{data['findings_left']} temuan tersisa")
    assert head in text and text.rstrip().splitlines()[-data["findings_left"] - 1] == head
    reasons = {r["reason"] for r in data["left"]}
    assert reasons == {"none", "ambiguous", "below"}  # the example has all three
    assert "efisiensi.csv!F7 (RATIO010): ambigu" in text
    assert "tidak ada usulan perbaikan" in text and "di bawah keyakinan yang diminta (tinggi)" in text
    checked = json.loads(invoke("check", EXAMPLE, "-f", "json").stdout)["findings"]
    rule_findings = [f for f in checked if f["rule_id"] not in ("INPUT", "PARSE", "SCHEMA")]
    assert data["findings_resolved"] + data["findings_left"] == len(rule_findings)
    low = json.loads(invoke("fix", EXAMPLE, "--format", "json", "--min-confidence", "low").stdout)["summary"]
    assert "below" not in {r["reason"] for r in low["left"]}
    assert low["findings_resolved"] > data["findings_resolved"] and low["cells_changed"] > data["cells_changed"]
    en = invoke("fix", EXAMPLE, "--lang", "en", "--format", "markdown").output
    assert f"**Summary: {data['cells_changed']} cell(s) changed" in en
    assert "(RATIO010): ambiguous: two changes are equally likely, left to a reviewer" in en
