"""Synthetic LKjIP reports for the performance benchmarks (not a test; see docs/performance.md).

Each report is a canonical CSV folder with `report.yaml`, consistent by
construction, then seeded inconsistencies of known kinds are injected.
`manifest.json` records each injection and the findings it must cause, as
(rule, table, CSV line, column), so a benchmark can check that every
implementation found exactly those.

Sizes:

- `full` (the default): real-size reports with every table kind of the example
  (its twenty tables, every rule applies), varied per report: `fullsize.py`;
- `small`, `large`, `mixed`: six tables (realisasi_kegiatan, realisasi_program,
  pegawai_pendidikan, pegawai_gender, pembinaan_desa, capaian_indikator), written
  from random figures. `small` has about as many sub-kegiatan as the example (6
  programmes, 45 sub-kegiatan); `large` 2,000 sub-kegiatan rows (10 programmes x 20
  kegiatan x 10 sub-kegiatan); `mixed` every 50th large.

`--documents md,docx,pdf` also prints every report as a document (the layout of
tests/docgen.py) into `OUT-documents/<form>/`, with the manifest beside them.

    python benchmarks/generate.py OUT --reports 1000 [--size full|small|large|mixed] [--seed 7]
                                  [--headers canonical|printed|mixed] [--documents md,docx,pdf]
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

SIZES = {"small": (6, (1, 4), (2, 5)), "large": (10, (20, 20), (10, 10))}  # programmes, kegiatan, sub per kegiatan
SCALE = [(85, "Sangat Baik"), (70, "Baik"), (55, "Cukup Baik"), (None, "Kurang Baik")]
DESA = ["Sumberrejo", "Kaliboto Lor", "Kaliboto Kidul", "Rojopolo", "Sukosari", "Banyuputih", "Jatisari", "Tempurejo"]
PENDIDIKAN = ["S2", "S1", "D3", "SMA", "SMP", "SD"]
INJECTIONS = ("sub_capaian", "pegawai_jumlah", "desa_jumlah", "predikat", "program_capaian")


def money(v: int) -> str:
    """1234567 -> 1.234.567 (Indonesian grouping, as printed)."""
    return f"{v:,}".replace(",", ".")


def pct(v: float, sign: bool = True) -> str:
    """93.4512 -> 93,45% (two decimals, Indonesian comma)."""
    return f"{v:.2f}".replace(".", ",") + ("%" if sign else "")


def band(value: float) -> str:
    return next(label for low, label in SCALE if low is None or value >= low)


class Writer:
    """Rows of one table, remembering the CSV line of each (header is line 1)."""

    def __init__(self, header):
        self.header, self.rows = header, []

    def add(self, row) -> int:
        self.rows.append(row)
        return len(self.rows) + 1

    def save(self, path: Path):
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(self.header)
            w.writerows(self.rows)


def six_tables(folder: Path, rnd: random.Random, n: int, size: str, injections: list[str]) -> list[dict]:
    """Write one six-table report; return its expected findings."""
    folder.mkdir(parents=True, exist_ok=True)
    desa = rnd.sample(DESA, rnd.randint(4, len(DESA)))
    meta = {"agency": f"Kecamatan Sintetis {n}", "region": "Kabupaten Contoh", "year": 2023,
            "head": {"name": f"Camat {n}", "nip": "196804071989031006", "position": f"Camat Sintetis {n}"},
            "desa": desa, "jumlah_desa": len(desa), "number_format": "id",
            "predikat_scale": [{"min": low, "label": label} for low, label in SCALE],
            "polarity": {"default": "positive", "negative": []}}
    import yaml

    (folder / "report.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=False), encoding="utf-8")
    expected: list[dict] = []

    def finding(rule, table, line, column, kind):
        expected.append({"rule": rule, "table": table, "line": line, "column": column, "injection": kind})

    # realisasi_kegiatan and realisasi_program
    programmes, kegiatan_range, sub_range = SIZES[size]
    keg = Writer(["level", "id", "no", "uraian", "anggaran", "realisasi", "capaian"])
    prog = Writer(["level", "no", "program", "pagu", "realisasi", "capaian"])
    sub_lines = []
    prog_rows = []
    total_a = total_r = 0
    for p in range(1, programmes + 1):
        pa_sum = pr_sum = 0
        for k in range(1, rnd.randint(*kegiatan_range) + 1):
            subs = []
            for s in range(1, rnd.randint(*sub_range) + 1):
                a = rnd.randrange(200, 200_000) * 1000
                r = a if rnd.random() < 0.3 else int(a * rnd.uniform(0.6, 1.0))
                subs.append((f"{p}.{k}.{s}", a, r))
            a, r = sum(x[1] for x in subs), sum(x[2] for x in subs)
            keg.add(["kegiatan", f"{p}.{k}", str(p) if k == 1 else "", f"Kegiatan {k} Program {p} urusan {n}",
                     money(a), money(r), pct(100 * r / a)])
            for ident, sa, sr in subs:
                line = keg.add(["sub_kegiatan", ident, "", f"Sub Kegiatan {ident} pelayanan {n}", money(sa),
                                money(sr), pct(100 * sr / sa)])
                sub_lines.append((line, 100 * sr / sa))
            pa_sum, pr_sum = pa_sum + a, pr_sum + r
        prog_rows.append((p, pa_sum, pr_sum))
        total_a, total_r = total_a + pa_sum, total_r + pr_sum
    keg.add(["total", "", "", "Jumlah", money(total_a), money(total_r), pct(100 * total_r / total_a)])
    prog_lines = []
    for p, a, r in prog_rows:
        prog_lines.append((prog.add(["item", str(p), f"Program {p} Kecamatan {n}", money(a), money(r),
                                     pct(100 * r / a)]), 100 * r / a))
    prog.add(["total", "", "Jumlah", money(total_a), money(total_r), pct(100 * total_r / total_a)])
    if "sub_capaian" in injections:
        i = rnd.randrange(len(sub_lines))
        line, value = sub_lines[i]
        wrong = value - rnd.uniform(1, 5) if value > 50 else value + rnd.uniform(1, 5)
        keg.rows[line - 2][6] = pct(wrong)
        finding("RATIO002", "realisasi_kegiatan", line, "capaian", "sub_capaian")
    if "program_capaian" in injections:
        line, value = rnd.choice(prog_lines)
        prog.rows[line - 2][5] = pct(value - rnd.uniform(1, 5) if value > 50 else value + rnd.uniform(1, 5))
        finding("RATIO001", "realisasi_program", line, "capaian", "program_capaian")
    keg.save(folder / "realisasi_kegiatan.csv")
    prog.save(folder / "realisasi_program.csv")

    # staff by education and by gender: the same people
    edu = Writer(["level", "no", "pendidikan", "pns", "pppk", "non_asn", "jumlah"])
    totals = [0, 0, 0]
    edu_lines = []
    for i, name in enumerate(PENDIDIKAN, 1):
        parts = [rnd.randint(0, 12), rnd.randint(0, 4), rnd.randint(0, 6)]
        totals = [t + x for t, x in zip(totals, parts)]
        edu_lines.append(edu.add(["item", str(i), name, *parts, sum(parts)]))
    edu_total = edu.add(["total", "", "Jumlah", *totals, sum(totals)])
    gender = Writer(["level", "no", "jenis_kelamin", "pns", "pppk", "non_asn", "jumlah"])
    men = [rnd.randint(0, t) for t in totals]
    women = [t - m for t, m in zip(totals, men)]
    gender.add(["item", "1", "Laki-laki", *men, sum(men)])
    gender.add(["item", "2", "Perempuan", *women, sum(women)])
    gender.add(["total", "", "Jumlah", *totals, sum(totals)])
    if "pegawai_jumlah" in injections:
        line = rnd.choice(edu_lines)
        edu.rows[line - 2][6] += rnd.randint(1, 3)
        finding("SUM001", "pegawai_pendidikan", line, "jumlah", "pegawai_jumlah")
        finding("SUM002", "pegawai_pendidikan", edu_total, "jumlah", "pegawai_jumlah")
    edu.save(folder / "pegawai_pendidikan.csv")
    gender.save(folder / "pegawai_gender.csv")

    # village supervision checklist
    villages = Writer(["no", "aktivitas", *desa, "jumlah", "persen", "keterangan"])
    desa_lines = []
    for i in range(1, rnd.randint(6, 14) + 1):
        ticks = [rnd.random() < 0.7 for _ in desa]
        count = sum(ticks)
        desa_lines.append((villages.add([str(i), f"Pembinaan aktivitas {i}", *("√" if t else "" for t in ticks),
                                         count, pct(100 * count / len(desa), False), ""]), count))
    if "desa_jumlah" in injections:
        line, count = rnd.choice(desa_lines)
        villages.rows[line - 2][2 + len(desa)] = count - 1 if count > 0 else count + 1
        finding("COUNT001", "pembinaan_desa", line, "jumlah", "desa_jumlah")
    villages.save(folder / "pembinaan_desa.csv")

    # indicator achievement and predikat
    ind = Writer(["no", "sasaran", "indikator", "target", "realisasi", "capaian", "predikat"])
    ind_lines = []
    for i in range(1, rnd.randint(3, 8) + 1):
        while True:
            target = rnd.randint(20, 120)
            real = rnd.randint(int(target * 0.4), target)
            value = 100 * real / target
            if all(abs(value - low) > 0.02 for low, _ in SCALE if low is not None):
                break  # away from a band boundary, where rounding could put it in either band
        ind_lines.append((ind.add([str(i), f"Sasaran {i}", f"Indikator kinerja {i} kecamatan {n}", target, real,
                                   pct(value), band(value)]), value))
    if "predikat" in injections:
        line, value = rnd.choice(ind_lines)
        ind.rows[line - 2][6] = rnd.choice([label for _, label in SCALE if label != band(value)])
        finding("SCALE001", "capaian_indikator", line, "predikat", "predikat")
    ind.save(folder / "capaian_indikator.csv")
    return expected


def generate(out: Path, reports: int, size: str = "full", seed: int = 7, max_injections: int = 2,
             headers: str = "canonical") -> dict:
    """Write `reports` reports under `out` and `out/manifest.json`; return the manifest.

    `size`: `full` (every table kind of the example, fullsize.py), or a six-table set: `small`,
    `large`, `mixed` (every 50th large)."""
    from fullsize import INJECTIONS as FULL_INJECTIONS
    from fullsize import full_report

    rnd = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    manifest = {"seed": seed, "size": size, "headers": headers, "reports": {}}
    for n in range(1, reports + 1):
        kind = size if size != "mixed" else ("large" if n % 50 == 0 else "small")
        name = f"r{n:05d}"
        if kind == "full":
            chosen = rnd.sample(FULL_INJECTIONS, rnd.randint(0, max_injections))
            printed = headers == "printed" or (headers == "mixed" and n % 2 == 0)
            expected = full_report(out / name, rnd, n, chosen, printed)
        else:
            chosen = rnd.sample(INJECTIONS, rnd.randint(0, max_injections))
            expected = six_tables(out / name, rnd, n, kind, chosen)
        manifest["reports"][name] = {"size": kind, "injections": chosen, "expected": expected}
    manifest["expected_findings"] = sum(len(r["expected"]) for r in manifest["reports"].values())
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


FORMS = ("md", "docx", "pdf")


def documents(folder: Path, out: Path, forms=FORMS) -> dict[str, int]:
    """Print every generated report of `folder` as a document in each of `forms`, into `out/<form>/<name>.<form>`,
    with the layout tests/docgen.py prints (chapters, captions, the scale, the signature) and the manifest
    copied beside them; return how many of each were written.

    DOCX needs python-docx (installed with the tool); PDF needs fpdf2 (the `test` extra) and prints in DejaVu
    Sans when the machine has it (`docgen.pdf_font()`), in Helvetica otherwise. A document's findings are
    the CSV folder's: the expected findings are the manifest's, located by table and row there."""
    import schemas  # noqa: F401  (first: tests/schemas/, a folder of JSON files, would pass for it)
    sys.path.append(str(Path(__file__).resolve().parents[1] / "tests"))
    import docgen

    from audit.sources import read_report

    writers = {"md": docgen.write_markdown, "docx": docgen.write_docx, "pdf": docgen.write_pdf}
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    written = dict.fromkeys(forms, 0)
    for form in forms:
        (out / form).mkdir(parents=True, exist_ok=True)
        (out / form / "manifest.json").write_text(json.dumps({**manifest, "form": form}, indent=1), encoding="utf-8")
    for name in sorted(manifest["reports"]):
        report = read_report(folder / name)
        for form in forms:
            writers[form](report, out / form / f"{name}.{form}")
            written[form] += 1
    return written


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--size", choices=("full", "small", "large", "mixed"), default="full",
                    help="full: every table kind of the example (default); small, large, mixed: six tables")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--headers", choices=("canonical", "printed", "mixed"), default="canonical",
                    help="full size: CSV headers as canonical names, as reports word them, or every second report so")
    ap.add_argument("--documents", metavar="FORMS", default=None,
                    help="also print each report as a document: a comma list of md, docx, pdf (pdf needs fpdf2, "
                         "the test extra), written to OUT-documents/<form>/ (beside OUT: `audit batch OUT` "
                         "would take in a folder inside it)")
    a = ap.parse_args()
    m = generate(a.out, a.reports, a.size, a.seed, headers=a.headers)
    print(f"{len(m['reports'])} reports, {m['expected_findings']} injected findings -> {a.out}")
    if a.documents:
        forms = [f.strip() for f in a.documents.split(",") if f.strip()]
        unknown = sorted(set(forms) - set(FORMS))
        if unknown:
            ap.error(f"unknown document form(s): {', '.join(unknown)}")
        if "pdf" in forms:
            try:
                import fpdf  # noqa: F401
            except ImportError:
                ap.error("PDF documents need fpdf2: pip install -e '.[test]' (or leave pdf out of --documents)")
        target = a.out.with_name(a.out.name + "-documents")
        done = documents(a.out, target, forms)
        print(", ".join(f"{n} {form}" for form, n in done.items()), f"-> {target}")


if __name__ == "__main__":
    main()
