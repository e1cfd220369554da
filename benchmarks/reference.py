"""Hand-written vectorised pandas checks, and the same checks as a Great Expectations suite.

The yardsticks of `benchmarks/performance.py`: the checks `audit` runs on the
tables `benchmarks/generate.py` writes (the schema checks and the rules whose
tables are present), written directly on frames that hold every report at once
(a report id column), as someone would write them by hand for exactly these tables.
Each check yields a "gap" per checked cell: positive when the two sides'
intervals (value +- half a unit of the last printed digit) do not meet. The
reference keeps rows with gap > 0; the Great Expectations suite expects every gap
to be at most 0 (GE has no expectation for sums over rows or ratios between
columns, so the gaps are computed with pandas first, as a GE user would).

A finding is (report, rule, table, CSV line, column), the same identity the
benchmark reads from `audit`'s findings and from the generator's manifest.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

SCALE = [(85, "Sangat Baik"), (70, "Baik"), (55, "Cukup Baik"), (None, "Kurang Baik")]
PEGAWAI = ["pns", "pppk", "non_asn", "jumlah"]


def frames(reports) -> dict[str, pd.DataFrame]:
    """Each table of every report in one frame: values, `h_COL` half-widths, `rid` and the CSV `line`."""
    out = {}
    for name in reports[0].tables:
        parts = []
        for rid, report in enumerate(reports):
            t = report.tables[name]
            f = t.values.copy()
            for c in t.halfwidth.columns:
                f["h_" + c] = t.halfwidth[c].to_numpy(dtype=float)
            f["rid"] = rid
            f["line"] = t.source_rows
            if name == "pembinaan_desa":  # the tick columns are named after each report's villages
                ticks = [c for c in (report.meta.desa or []) if c in t.values.columns]
                f["ticks"] = t.values[ticks].fillna(0.0).sum(axis=1).to_numpy()
                f["n_desa"] = float(report.meta.village_count or len(ticks))
                f = f.drop(columns=[c for c in ticks if c in f.columns])
                f = f.drop(columns=["h_" + c for c in ticks if "h_" + c in f.columns])
            parts.append(f)
        out[name] = pd.concat(parts, ignore_index=True)
    return out


def _gap(lo1, hi1, lo2, hi2):
    """> 0 when [lo1, hi1] and [lo2, hi2] do not meet (with the same float-noise epsilon as audit)."""
    eps = 1e-12 * np.maximum(1.0, np.maximum(np.abs(hi1), np.abs(hi2)))
    return np.maximum(lo1 - hi2, lo2 - hi1) - eps


def _out(rule, table, rows: pd.DataFrame, column, gap) -> pd.DataFrame:
    return pd.DataFrame({"rid": rows["rid"].to_numpy(), "rule": rule, "table": table, "line": rows["line"].to_numpy(),
                         "column": column, "gap": np.asarray(gap, dtype=float)})


def _h(f, c):
    return f["h_" + c].fillna(0.0).to_numpy() if "h_" + c in f else np.zeros(len(f))


def _across(rule, table, f, parts, total):
    sel = f[f[parts].notna().any(axis=1) & f[total].notna()]
    v = sel[parts].fillna(0.0).to_numpy()
    h = np.column_stack([_h(sel, c) for c in parts])
    t, th = sel[total].to_numpy(), _h(sel, total)
    return _out(rule, table, sel, total, _gap((v - h).sum(1), (v + h).sum(1), t - th, t + th))


def _rows_total(rule, table, f, item_level, columns, total_frame=None, key=None, total_key=None, mapping=None):
    """Parts (rows of `item_level`) grouped by report (and `key`) against their total rows."""
    parts = f[f["level"] == item_level].copy()
    totals = (total_frame if total_frame is not None else f[f["level"] == "total"]).copy()
    group = ["rid"] + ([key] if key else [])
    out = []
    for pc in columns:
        tc = (mapping or {}).get(pc, pc)
        parts["_v"], parts["_h"] = parts[pc], _h(parts, pc)
        parts["_lo"], parts["_hi"] = parts["_v"].fillna(0) - parts["_h"].where(parts["_v"].notna(), 0), \
            parts["_v"].fillna(0) + parts["_h"].where(parts["_v"].notna(), 0)
        g = parts.groupby(group).agg(lo=("_lo", "sum"), hi=("_hi", "sum"), n=("_v", "count")).reset_index()
        m = totals.merge(g, left_on=["rid"] + ([total_key] if total_key else []), right_on=group, how="inner")
        m = m[m[tc].notna() & (m["n"] > 0)]
        th = _h(m, tc)
        out.append(_out(rule, table, m, tc, _gap(m["lo"].to_numpy(), m["hi"].to_numpy(), m[tc] - th, m[tc] + th)))
    return pd.concat(out, ignore_index=True)


def _ratio(rule, table, f, stated, num, den):
    sel = f[f[stated].notna() & f[num].notna() & f[den].notna() & (f[den] > 0)]
    s, hs = sel[stated].to_numpy(), _h(sel, stated)
    n, hn = sel[num].to_numpy(), _h(sel, num)
    d, hd = sel[den].to_numpy(), _h(sel, den)
    with np.errstate(all="ignore"):
        lo, hi = 100 * (n - hn) / (d + hd), 100 * (n + hn) / np.where(d - hd > 0, d - hd, np.nan)
        point = 100 * n / d
    keep = np.isfinite(point)
    return _out(rule, table, sel[keep], stated, _gap(s - hs, s + hs, lo, hi)[keep])


def _match(rule, lt, lf, rf, pairs):
    left, right = lf[lf["level"] == "total"], rf[rf["level"] == "total"]
    left = left[~left.duplicated("rid")]
    right = right[~right.duplicated("rid")]
    m = left.merge(right, on="rid", suffixes=("", "_r"))
    out = []
    for lc, rc in pairs:
        rcol = rc + "_r" if rc + "_r" in m else rc
        sel = m[m[lc].notna() & m[rcol].notna()]
        lh, rh = _h(sel, lc), (sel["h_" + rc + "_r"].fillna(0).to_numpy() if "h_" + rc + "_r" in sel else _h(sel, rc))
        out.append(_out(rule, lt, sel, lc, _gap(sel[lc] - lh, sel[lc] + lh, sel[rcol] - rh, sel[rcol] + rh)))
    return pd.concat(out, ignore_index=True)


def _band(values):
    out = np.full(len(values), None, dtype=object)
    todo = ~np.isnan(values)
    for low, label in SCALE:
        hit = todo & (True if low is None else values >= low)
        out[hit] = label
        todo &= ~hit
    return out


def _schema(f, table, money=(), percent=(), levels=None, key=None, percent_max=None):
    out = []
    for c in money:
        out.append(_out("SCHEMA002", table, f, c, np.where(f[c] < 0, 1.0, -1.0)))
    for c in percent:
        if percent_max is not None:
            out.append(_out("SCHEMA003", table, f, c, np.where(f[c] > percent_max, 1.0, -1.0)))
    if levels is not None:
        out.append(_out("SCHEMA004", table, f, "level", np.where(f["level"].notna() & ~f["level"].isin(levels),
                                                                  1.0, -1.0)))
    if key is not None:
        rows = f[key].notna() & (f["level"].ne("total") if "level" in f else True)
        dup = f[rows].duplicated(["rid", key], keep=False).reindex(f.index, fill_value=False)
        out.append(_out("SCHEMA001", table, f, key, np.where(dup, 1.0, -1.0)))
    return out


def gaps(t: dict[str, pd.DataFrame]) -> list[pd.DataFrame]:
    """Every checked cell with its gap, check by check."""
    edu, gen = t["pegawai_pendidikan"], t["pegawai_gender"]
    keg, prog = t["realisasi_kegiatan"], t["realisasi_program"]
    ind, desa = t["capaian_indikator"], t["pembinaan_desa"]
    out = [
        _across("SUM001", "pegawai_pendidikan", edu, PEGAWAI[:3], "jumlah"),
        _rows_total("SUM002", "pegawai_pendidikan", edu, "item", PEGAWAI),
        _across("SUM003", "pegawai_gender", gen, PEGAWAI[:3], "jumlah"),
        _rows_total("SUM004", "pegawai_gender", gen, "item", PEGAWAI),
        _match("MATCH001", "pegawai_pendidikan", edu, gen, [(c, c) for c in PEGAWAI]),
        _rows_total("SUM021", "realisasi_program", prog, "item", ["pagu", "realisasi"]),
        _rows_total("SUM023", "realisasi_kegiatan", keg, "kegiatan", ["anggaran", "realisasi"]),
        _match("MATCH017", "realisasi_kegiatan", keg, prog,
               [("anggaran", "pagu"), ("realisasi", "realisasi"), ("capaian", "capaian")]),
        _ratio("RATIO001", "realisasi_program", prog, "capaian", "realisasi", "pagu"),
        _ratio("RATIO002", "realisasi_kegiatan", keg, "capaian", "realisasi", "anggaran"),
        _ratio("RATIO012", "capaian_indikator", ind, "capaian", "realisasi", "target"),
    ]
    # SUM022: sub kegiatan into their kegiatan (parent id); SUM024: kegiatan into their programme (first segment)
    keg = keg.assign(parent=keg["id"].str.rsplit(".", n=1).str[0], programme=keg["id"].str.split(".").str[0])
    subs = keg[keg["level"] == "sub_kegiatan"]
    kegiatan = keg[keg["level"] == "kegiatan"]
    out.append(_rows_total("SUM022", "realisasi_kegiatan", pd.concat([subs, kegiatan]), "sub_kegiatan",
                           ["anggaran", "realisasi"], total_frame=kegiatan.assign(pid=kegiatan["id"]),
                           key="parent", total_key="pid"))
    items = prog[prog["level"] == "item"]
    out.append(_rows_total("SUM024", "realisasi_program", kegiatan, "kegiatan", ["anggaran", "realisasi"],
                           total_frame=items, key="programme", total_key="no",
                           mapping={"anggaran": "pagu"}))
    # SCALE001: a predikat is judged when the value's interval lies in one band
    sel = ind[ind["capaian"].notna() & ind["predikat"].notna()]
    h = _h(sel, "capaian")
    low, high = _band(sel["capaian"].to_numpy() - h), _band(sel["capaian"].to_numpy() + h)
    written = sel["predikat"].str.strip().str.lower().to_numpy()
    wrong = (low == high) & (pd.Series(low).str.lower().to_numpy() != written)
    out.append(_out("SCALE001", "capaian_indikator", sel, "predikat", np.where(wrong, 1.0, -1.0)))
    # COUNT001: the stated count and percentage against the ticks
    sel = desa[desa["jumlah"].notna()]
    out.append(_out("COUNT001", "pembinaan_desa", sel, "jumlah", np.abs(sel["jumlah"] - sel["ticks"]) - 0.5))
    sel = desa[desa["persen"].notna() & (desa["n_desa"] > 0)]
    expected = sel["ticks"] / sel["n_desa"] * 100
    hs = _h(sel, "persen")
    out.append(_out("COUNT001", "pembinaan_desa", sel, "persen",
                    _gap(sel["persen"] - hs, sel["persen"] + hs, expected, expected)))
    # the table models' checks on these tables
    out += _schema(keg, "realisasi_kegiatan", ("anggaran", "realisasi"), ("capaian",),
                   ("kegiatan", "sub_kegiatan", "total"), "id", percent_max=100)
    out += _schema(prog, "realisasi_program", ("pagu", "realisasi"), ("capaian",), ("item", "total"), "program",
                   percent_max=100)
    for name, f, key in (("pegawai_pendidikan", edu, "pendidikan"), ("pegawai_gender", gen, "jenis_kelamin")):
        out += _schema(f, name, PEGAWAI, (), ("item", "total"), key)
    out += _schema(desa, "pembinaan_desa", ("jumlah",), ("persen",), None, None, percent_max=100)
    out += _schema(ind, "capaian_indikator", (), (), None, "indikator")
    return out


def reference(t: dict[str, pd.DataFrame]) -> set[tuple]:
    """Findings of the hand-written checks: (report, rule, table, line, column)."""
    found = pd.concat(gaps(t), ignore_index=True)
    found = found[found["gap"] > 0]
    return set(zip(found["rid"], found["rule"], found["table"], found["line"], found["column"]))


def great_expectations(t: dict[str, pd.DataFrame]) -> set[tuple]:
    """The same checks as one Great Expectations suite: one expectation per check (rule, table, column),
    each expecting every gap to be at most 0."""
    import os

    os.environ.setdefault("TQDM_DISABLE", "1")  # GE's progress bars
    import great_expectations as gx

    table = pd.concat(gaps(t), ignore_index=True)
    table["check"] = table["rule"] + ":" + table["table"] + ":" + table["column"]
    context = gx.get_context(mode="ephemeral")
    batch_definition = (context.data_sources.add_pandas("lkjip").add_dataframe_asset("checks")
                        .add_batch_definition_whole_dataframe("all"))
    suite = context.suites.add(gx.ExpectationSuite(name="lkjip"))
    for check in sorted(table["check"].unique()):
        suite.add_expectation(gx.expectations.ExpectColumnValuesToBeBetween(
            column="gap", max_value=0, row_condition=f'check=="{check}"', condition_parser="pandas"))
    batch = batch_definition.get_batch(batch_parameters={"dataframe": table})
    result = batch.validate(suite, result_format={"result_format": "COMPLETE"})
    bad = [i for r in result.results for i in (r.result.get("unexpected_index_list") or [])]
    rows = table.loc[bad]
    return set(zip(rows["rid"], rows["rule"], rows["table"], rows["line"], rows["column"]))
