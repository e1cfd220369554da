"""One corpus document in the Permenpan-RB 53/2014 frame, printed from a spec and its figures.

Kata Pengantar, Ikhtisar Eksekutif, BAB I (organisation, staff, assets), BAB II
(PK), BAB III (capaian, scale, realisasi anggaran, belanja, BLUD revenue), BAB IV,
signed twice by the head of agency. Paragraphs a mistake may touch are marked.
"""
from __future__ import annotations

from tests.corpus import tables as T
from tests.corpus.model import Agency, predikat
from tests.corpus.printing import Sheet, money, pct

WORDS = {2: "dua", 3: "tiga", 4: "empat", 5: "lima", 6: "enam", 7: "tujuh", 8: "delapan"}


def compose(spec: dict, ag: Agency) -> Sheet:
    sh = Sheet()
    sh.add(f"# LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN {spec['year']}", f"**{spec['agency'].upper()}**",
           f"**{spec['region'].upper()}**")
    sh.add("## KATA PENGANTAR", f"Laporan Kinerja {spec['agency']} {spec['region']} Tahun {spec['year']} disusun "
           "sebagai pertanggungjawaban atas pelaksanaan tugas dan fungsi selama satu tahun anggaran, berpedoman pada "
           "Peraturan Menteri PANRB Nomor 53 Tahun 2014.")
    signature(sh, spec)
    ikhtisar(sh, spec, ag)
    bab1(sh, spec, ag)
    bab2(sh, spec, ag)
    bab3(sh, spec, ag)
    sh.add("# BAB IV PENUTUP")
    pagu, real = ag.budget()
    sh.mark("penutup", f"Secara umum kinerja {spec['agency']} Tahun {spec['year']} tercapai dengan baik. Realisasi "
            f"anggaran mencapai Rp {money(real, spec['money'])} dari pagu Rp {money(pagu, spec['money'])} atau "
            f"{pct(real / pagu * 100, spec['num'])}%.")
    signature(sh, spec)
    return sh


def signature(sh: Sheet, spec: dict) -> None:
    """City and date, position, name, rank line, NIP: the order agencies print them in (S2, S3, S13)."""
    head = spec["head"]
    lines = [f"{spec['city']}, {spec['signed']}", head["position"].upper(), f"**{head['name']}**", head["rank"],
             f"NIP. {head['nip']}"]
    if spec.get("rank_after_nip"):
        lines = lines[:3] + lines[4:] + lines[3:4]
    sh.add(*lines)


def ikhtisar(sh: Sheet, spec: dict, ag: Agency) -> None:
    pagu, real = ag.budget()
    scale, conv = spec["scale"], spec.get("convention", "2t")
    n = len(ag.indicators)
    good = sum(1 for i in ag.indicators if i.capaian(conv) >= 100)
    sh.add("## IKHTISAR EKSEKUTIF")
    sh.mark("ikhtisar_indikator", f"Pada Tahun {spec['year']} {spec['agency']} mengukur {n} ({WORDS[n]}) indikator "
            f"kinerja utama; {good} indikator mencapai atau melampaui target.")
    text = (f"Realisasi belanja Tahun {spec['year']} sebesar Rp {money(real, spec['money'])} dari pagu "
            f"Rp {money(pagu, spec['money'])} atau {pct(real / pagu * 100, spec['num'])}%")
    if ag.revenue:
        tt, rr = sum(x[2] for x in ag.revenue), sum(x[3] for x in ag.revenue)
        text += (f", dan realisasi pendapatan BLUD sebesar Rp {money(rr, spec['money'])} atau "
                 f"{pct(rr / tt * 100, spec['num'])}% dari target Rp {money(tt, spec['money'])}")
    sh.mark("ikhtisar_anggaran", text + ".")
    best = max(ag.indicators, key=lambda i: i.capaian(conv))
    sh.add(f"Capaian tertinggi adalah indikator {best.name} dengan kategori {predikat(best.capaian(conv), scale)}.")


def bab1(sh: Sheet, spec: dict, ag: Agency) -> None:
    sh.add("# BAB I PENDAHULUAN", "## A. Gambaran Umum Organisasi", spec["about"])
    sh.add("## B. Sumber Daya Aparatur")
    sh.mark("pegawai", f"Dalam melaksanakan tugasnya {spec['agency']} didukung oleh {len(ag.staff)} orang pegawai "
            "sebagaimana tabel berikut.")
    for n, st in enumerate(spec["staff_tables"], 1):
        T.staff_table(sh, spec, ag, st["name"], f"**Tabel 1.{n} {st['caption']}**", st["row"], st["rows"], st["col"],
                      st["cols"], st["label"])
    if ag.assets:
        sh.add("## C. Sarana dan Prasarana")
        T.asset_table(sh, spec, ag, f"**Tabel 1.{len(spec['staff_tables']) + 1} Rekapitulasi Aset Tetap Tahun "
                      f"{spec['year']}**")


def bab2(sh: Sheet, spec: dict, ag: Agency) -> None:
    amended = any(i.old_target is not None for i in ag.indicators)
    sh.add("# BAB II PERENCANAAN KINERJA", "## A. Perjanjian Kinerja",
           f"Perjanjian Kinerja Tahun {spec['year']} memuat indikator dan target berikut."
           + (" Perjanjian Kinerja diubah pada bulan Agustus; capaian diukur terhadap target perubahan." if amended
              else ""))
    T.pk_table(sh, spec, ag, f"**Tabel 2.1 Perjanjian Kinerja {spec['agency']} Tahun {spec['year']}**", amended)
    T.pk_budget_table(sh, spec, ag, f"**Tabel 2.2 Anggaran Program pada Perjanjian Kinerja Tahun {spec['year']}**")


def bab3(sh: Sheet, spec: dict, ag: Agency) -> None:
    sh.add("# BAB III AKUNTABILITAS KINERJA", "## A. Capaian Kinerja Organisasi")
    sh.mark("polaritas", spec["polarity_text"])
    n = scale_statement(sh, spec)
    T.capaian_table(sh, spec, ag, f"**Tabel 3.{n} Capaian Indikator Kinerja Utama Tahun {spec['year']}**",
                    spec["scale"])
    sh.add("## B. Realisasi Anggaran")
    pagu, real = ag.budget()
    sh.mark("anggaran_teks", f"Pagu anggaran {spec['agency']} Tahun {spec['year']} sebesar Rp "
            f"{money(pagu, spec['money'])} terealisasi Rp {money(real, spec['money'])} "
            f"({pct(real / pagu * 100, spec['num'])}%).")
    T.budget_table(sh, spec, ag, f"**Tabel 3.{n + 1} {spec['budget_caption']}**")
    T.belanja_table(sh, spec, ag, f"**Tabel 3.{n + 2} Realisasi Belanja Menurut Jenis Belanja Tahun {spec['year']}**")
    if ag.revenue:
        T.revenue_table(sh, spec, ag, f"**Tabel 3.{n + 3} Realisasi Pendapatan BLUD Tahun {spec['year']}**")


def scale_statement(sh: Sheet, spec: dict) -> int:
    """The report's predikat scale, in the notation its template uses; returns the next table number."""
    scale, notation = spec["scale"], spec["scale_notation"]
    sh.add(f"Kategori capaian kinerja ditetapkan dalam {len(scale)} ({WORDS[len(scale)]}) skala sebagai berikut:")
    mins = [low for low, _ in scale]
    rows = []
    for k, (low, label) in enumerate(scale):
        upper = mins[k - 1] if k else None
        rows.append((_band(low, upper, notation, k == len(scale) - 1), label))
    if notation == "table":
        from tests.corpus.printing import Cell

        body = [(f"s{k}", [Cell(str(k + 1)), Cell(r), Cell(label)]) for k, (r, label) in enumerate(rows)]
        sh.table("skala", spec["form"], "**Tabel 3.1 Interval Nilai Capaian Kinerja**",
                 [[Cell("No"), Cell("Interval Nilai Realisasi Kinerja"), Cell("Kriteria Penilaian")]], body,
                 numeric=False)
        sh.marks["skala"] = sh.tables[-1]["first_line"]
        return 2
    sh.marks["skala"] = len(sh.lines) + 1
    sh.add("\n".join(f"{r}\t:\t{label}" for r, label in rows))
    return 1


def _band(low: float, upper: float | None, notation: str, last: bool) -> str:
    lo = f"{low:g}"
    if notation in ("table", "le"):  # S1: `91 % ≤ 100 %`, `≤ 50 %`
        if last:
            return f"≤ {upper - 1:g} %"
        return f"{lo} % ≤ {upper - 1:g} %" if upper else f"{lo} % ≤ 100 %"
    if notation == "dash":  # S22: `91 – 100`, `≤ 50`
        if last:
            return f"≤ {upper - 1:g}"
        return f"{lo} – {upper - 1:g}" if upper else f"{lo} – 100"
    if notation == "sd":  # `> 90 s.d. 100`
        if last:
            return f"≤ {upper - 1:g}"
        return f"> {low - 1:g} s.d. {upper - 1:g}" if upper else f"> {low - 1:g} s.d. 100"
    return f"≥ {lo}" if not last else f"< {upper:g}"  # `ge`
