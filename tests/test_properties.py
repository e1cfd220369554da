"""Properties of the checks: order does not matter, arbitrary values never crash a rule."""
from __future__ import annotations

import math

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import audit
from audit.config import Config
from audit.model import Metadata, Report, Table

META = Metadata(agency="Uji", year=2023, desa=["A", "B"])


def make_table(name, rows: list[dict], kinds: dict[str, str]) -> Table:
    values = pd.DataFrame(rows)
    exact = {"money", "count", "year", "tick"}
    half = pd.DataFrame({c: [0.0 if kinds[c] in exact else 0.005] * len(values) for c in values
                         if kinds[c] not in ("text", "level", "id")}, index=values.index)
    dec = pd.DataFrame({c: [2.0] * len(values) for c in half}, index=values.index)
    for c in values:
        if c not in half:
            half[c] = float("nan")
            dec[c] = float("nan")
    return Table(name, values, values.astype(str), half, dec, f"{name}.csv", None,
                 list(range(2, len(values) + 2)), {c: i for i, c in enumerate(values)}, True, kinds)


money = st.one_of(st.floats(min_value=0, max_value=1e12, allow_nan=False), st.just(float("nan")))


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.tuples(money, money), min_size=1, max_size=8), st.randoms(use_true_random=False))
def test_sum_findings_do_not_depend_on_row_order(parts, rnd):
    kinds = {"level": "level", "id": "id", "uraian": "text", "anggaran": "money", "realisasi": "money",
             "capaian": "percent"}
    rows = [{"level": "sub_kegiatan", "id": f"1.1.{i}", "uraian": f"S{i}", "anggaran": a, "realisasi": r,
             "capaian": float("nan")} for i, (a, r) in enumerate(parts, 1)]
    rows.append({"level": "kegiatan", "id": "1.1", "uraian": "K", "anggaran": 100.0, "realisasi": 50.0,
                 "capaian": 50.0})
    shuffled = rows[:]
    rnd.shuffle(shuffled)

    def found(rs):
        report = Report(META, {"realisasi_kegiatan": make_table("realisasi_kegiatan", rs, kinds)}, "mem")
        result = audit.check_report(report, Config())
        # sums of floats differ in the last bits with the order of addition; compare at 9 significant digits
        return sorted((f.rule_id, f.row, f.column, f.actual, float(f"{f.expected:.9g}")) for f in result.findings)

    assert found(rows) == found(shuffled)


values = st.one_of(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15),
                   st.just(float("nan")), st.just(0.0))


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.tuples(values, values, values, values), min_size=1, max_size=6))
def test_rule_kinds_never_raise_on_arbitrary_finite_or_missing_values(rows):
    kinds = {"program": "text", "indikator": "text", "target": "number", "realisasi": "number",
             "capaian": "percent", "pagu": "money", "realisasi_anggaran": "money", "capaian_anggaran": "percent",
             "efisiensi_anggaran": "percent"}
    data = [{"program": f"P{i}", "indikator": f"I{i}", "target": a, "realisasi": b, "capaian": c, "pagu": d,
             "realisasi_anggaran": a, "capaian_anggaran": b, "efisiensi_anggaran": c}
            for i, (a, b, c, d) in enumerate(rows)]
    report = Report(META, {"efisiensi": make_table("efisiensi", data, kinds)}, "mem")
    result = audit.check_report(report, Config(debug=True))
    for f in result.findings:
        assert not f.rule_id.startswith("RULE")
        if isinstance(f.expected, float):
            assert not math.isnan(f.expected)
