"""Real-size synthetic reports: every table kind of the example, varied, consistent by construction.

The template is `examples/jatiroto-2023-corrected`: the example's twenty tables with every
finding corrected (an audit of it finds nothing). Each report varies it in ways that keep
every rule's arithmetic true:

- the agency, its head and its villages are renamed (`report.yaml`, the village tick
  columns of `pembinaan_desa`), and the village checklist is ticked afresh, each
  activity's count and percentage written from its ticks;
- every amount of money (the `money` columns of every table, and the `Rp.` amounts a
  budget change quotes) is multiplied by one whole factor per report, printed in the
  cell's own format (grouping and decimal marks as the cell had them): sums, matches
  across tables and every percentage stay true;
- with `--headers printed` (every report) or `mixed` (every second one), the headers are
  worded as reports print them (each column's first accepted header) instead of the
  canonical names.

Then seeded mistakes are injected, each recorded with the findings it must cause (rule,
table, CSV line, column), as for the six-table reports:

- `sub_capaian`: a sub-kegiatan's capaian in `realisasi_kegiatan` (RATIO002);
- `program_capaian`: a programme's capaian in `realisasi_program` (RATIO001);
- `pegawai_jumlah`: a staff row's jumlah in `pegawai_pendidikan`, 1 to 3 too many: the row's sum
  (SUM001) and the column total (SUM002);
- `desa_jumlah`: an activity's village count in `pembinaan_desa`, one off its ticks (COUNT001).
"""
from __future__ import annotations

import csv
import random
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "examples" / "jatiroto-2023-corrected"
DESA = ["Sumberrejo", "Kaliboto Lor", "Kaliboto Kidul", "Rojopolo", "Sukosari", "Banyuputih", "Jatisari",
        "Tempurejo", "Karanganyar", "Sidomulyo", "Wonorejo", "Tegalsari"]
INJECTIONS = ("sub_capaian", "program_capaian", "pegawai_jumlah", "desa_jumlah")
AMOUNT = re.compile(r"^(?P<int>\d{1,3}(?:(?P<sep>[.,])\d{3})*|\d+)(?:(?P<dec>[.,])(?P<cents>\d{2}))?$")


def scaled(text: str, factor: int) -> str:
    """A printed amount times `factor`, in the same print: `1.743.965.488` x 3 -> `5.231.896.464`,
    `Rp. 1,725,576,486,00` -> `Rp. 5,176,729,458,00`. Anything else (`-`, empty) is left as it is."""
    prefix, body = re.match(r"^(Rp\.?\s*)?(.*)$", text.strip()).groups()  # type: ignore[union-attr]
    prefix = prefix or ""
    m = AMOUNT.match(body)
    if not m or not any(c != "0" for c in m["int"] if c.isdigit()):
        return text
    sep = m["sep"] or ""
    cents = (int(m["int"].replace(sep, "") if sep else m["int"]) * 100 + int(m["cents"] or 0)) * factor
    whole = f"{cents // 100:,}".replace(",", sep) if sep else str(cents // 100)
    tail = f"{m['dec']}{cents % 100:02d}" if m["dec"] else ""
    if not m["dec"] and cents % 100:
        raise ValueError(text)  # a whole amount times a whole factor stays whole
    return f"{prefix}{whole}{tail}"


def _read(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def _write(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


def _money_columns() -> dict[str, list[str]]:
    from audit.catalog import tables

    return {name: [c.name for c in spec.columns if c.kind == "money"] for name, spec in tables().items()}


def full_report(folder: Path, rnd: random.Random, n: int, injections: list[str], printed: bool = False) -> list[dict]:
    """Write one real-size report from the template; return its expected findings. `printed`: headers in the
    wording a report prints (each column's first accepted header, `Pagu Anggaran`, `% Keuangan`), not the
    canonical names."""
    import yaml

    folder.mkdir(parents=True, exist_ok=True)
    expected: list[dict] = []
    factor = rnd.randint(2, 40)
    desa = rnd.sample(DESA, 6)
    meta = yaml.safe_load((TEMPLATE / "report.yaml").read_text(encoding="utf-8"))
    meta.update(agency=f"Kecamatan Sintetis {n}", region="Kabupaten Contoh", desa=desa, jumlah_desa=len(desa))
    meta["head"] = {"name": f"Camat {n}", "nip": "196804071989031006", "position": f"Camat Sintetis {n}"}
    (folder / "report.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=False), encoding="utf-8")
    money = _money_columns()
    tables = {}
    for path in sorted(TEMPLATE.glob("*.csv")):
        rows = _read(path)
        header = rows[0]
        cols = [header.index(c) for c in money.get(path.stem, []) if c in header]
        if path.stem == "pk_perubahan":
            cols = [header.index("sebelum"), header.index("sesudah")]
        for row in rows[1:]:
            for i in cols:
                if path.stem != "pk_perubahan" or row[i].strip().startswith("Rp"):
                    row[i] = scaled(row[i], factor)
        tables[path.stem] = rows

    def finding(rule, table, line, column, kind):
        expected.append({"rule": rule, "table": table, "line": line, "column": column, "injection": kind})

    villages = tables["pembinaan_desa"]
    header = villages[0]
    first, last = header.index("aktivitas") + 1, header.index("jumlah")
    header[first:last] = desa
    counts = []
    for line, row in enumerate(villages[1:], 2):
        ticks = [rnd.random() < 0.7 for _ in desa]
        row[first:last] = ["√" if t else "" for t in ticks]
        count = sum(ticks)
        row[last] = str(count)
        row[last + 1] = f"{100 * count / len(desa):.2f}%"
        counts.append((line, count))
    if "desa_jumlah" in injections:
        line, count = rnd.choice(counts)
        villages[line - 1][last] = str(count - 1 if count > 0 else count + 1)
        finding("COUNT001", "pembinaan_desa", line, "jumlah", "desa_jumlah")
    # A capaian is printed again in other tables (a programme's in `efisiensi` and the LPPD, a sub-kegiatan's in
    # the LPPD): the copy no longer agrees, found at the copy by the rule that compares the two.
    copies = _copies()
    if "sub_capaian" in injections:
        line = _wrong_capaian(tables["realisasi_kegiatan"], sorted(copies["realisasi_kegiatan"]), rnd)
        finding("RATIO002", "realisasi_kegiatan", line, "capaian", "sub_capaian")
        for rule, table, copy in copies["realisasi_kegiatan"][line]:
            finding(rule, table, copy, "capaian_anggaran", "sub_capaian")
    if "program_capaian" in injections:
        line = _wrong_capaian(tables["realisasi_program"], sorted(copies["realisasi_program"]), rnd)
        finding("RATIO001", "realisasi_program", line, "capaian", "program_capaian")
        for rule, table, copy in copies["realisasi_program"][line]:
            finding(rule, table, copy, "capaian_anggaran", "program_capaian")
    if "pegawai_jumlah" in injections:
        staff = tables["pegawai_pendidikan"]
        col = staff[0].index("jumlah")
        lines = [i for i, row in enumerate(staff[1:], 2) if row[0] == "item"]
        line = rnd.choice(lines)
        old = staff[line - 1][col]
        staff[line - 1][col] = str((0 if old.strip() in ("-", "") else int(old)) + rnd.randint(1, 3))
        total = next(i for i, row in enumerate(staff[1:], 2) if row[0] == "total")
        finding("SUM001", "pegawai_pendidikan", line, "jumlah", "pegawai_jumlah")
        finding("SUM002", "pegawai_pendidikan", total, "jumlah", "pegawai_jumlah")
    if printed:
        from audit.catalog import tables as catalog

        for name, rows in tables.items():
            words = {c.name: c.aliases[0] for c in catalog()[name].columns if c.aliases}
            rows[0] = [words.get(h, h) for h in rows[0]]
    for name, rows in tables.items():
        _write(folder / f"{name}.csv", rows)
    return expected


@lru_cache(maxsize=1)
def _copies() -> dict[str, dict[int, list[tuple[str, str, int]]]]:
    """For each sub-kegiatan and programme row of the template (CSV line), the rows of other tables that print
    its amounts again, as (rule comparing them, table, CSV line); a row is left out when another row prints
    the same amounts, so that which copy a changed capaian disagrees with is never in doubt."""
    from audit.sources import read_report

    report = read_report(TEMPLATE)

    def rows(table: str, level: str | None, *amounts: str) -> list[tuple[int, tuple]]:
        v = report.tables[table].values
        picked = v if level is None else v[v["level"] == level]
        return [(int(i) + 2, tuple(picked.loc[i, a] for a in amounts)) for i in picked.index]

    out: dict[str, dict[int, list[tuple[str, str, int]]]] = {}
    for source, level, amounts, others in (
            ("realisasi_kegiatan", "sub_kegiatan", ("anggaran", "realisasi"),
             [("MATCH014", "lppd", "sub_kegiatan", ("anggaran", "realisasi_anggaran"))]),
            ("realisasi_program", "item", ("pagu", "realisasi"),
             [("MATCH011", "efisiensi", None, ("pagu", "realisasi_anggaran")),
              ("MATCH012", "lppd", "program", ("anggaran", "realisasi_anggaran"))])):
        own = rows(source, level, *amounts)
        seen = Counter(key for _, key in own)
        out[source] = {}
        for line, key in own:
            found = [(rule, table, [n for n, k in rows(table, lv, *cols) if k == key])
                     for rule, table, lv, cols in others]
            if seen[key] == 1 and all(len(lines) == 1 for *_, lines in found):
                out[source][line] = [(rule, table, lines[0]) for rule, table, lines in found]
    return out


def _wrong_capaian(rows: list[list[str]], lines: list[int], rnd: random.Random) -> int:
    """Print the capaian of one of `lines` 1 to 5 points off what its amounts give, in the cell's own print
    (decimal mark, percent sign); return its CSV line."""
    col = rows[0].index("capaian")
    line = rnd.choice(lines)
    text = rows[line - 1][col].strip()
    mark = "," if "," in text else "."
    value = float(text.rstrip("%").strip().replace(mark, "."))
    wrong = value - rnd.uniform(1, 5) if value > 50 else value + rnd.uniform(1, 5)
    rows[line - 1][col] = f"{wrong:.2f}".replace(".", mark) + ("%" if text.endswith("%") else "")
    return line
