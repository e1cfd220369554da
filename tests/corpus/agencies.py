"""The corpus agencies: invented names and figures on the layouts of docs/layouts.md.

Each entry is (spec, figures, mistakes). A mistake names a cell by meaning
(table, row key, column key) or a marked paragraph, the new text (or a function
of the old one), its category, and the cells it must agree with.
"""
from __future__ import annotations

from tests.corpus.model import Agency, Indicator, budget_tree, staff
from tests.corpus.printing import money, pct, transpose

SCALE4 = [(85, "Sangat Baik"), (70, "Baik"), (55, "Cukup Baik"), (0, "Kurang Baik")]  # S0
SCALE5 = [(91, "Sangat Baik"), (76, "Baik"), (66, "Cukup"), (51, "Kurang"), (0, "Sangat Kurang")]  # S1
SCALE5T = [(91, "Sangat Tinggi"), (76, "Tinggi"), (66, "Sedang"), (51, "Rendah"), (0, "Sangat Rendah")]  # S10, S12
POS = ("Capaian indikator dihitung dengan rumus realisasi dibagi target dikali 100%, karena semakin tinggi "
       "realisasi menunjukkan semakin tinggi kinerja.")
NEG2T = (POS + " Untuk indikator dengan polaritas negatif (semakin kecil semakin baik) digunakan rumus "
         "(2 × target − realisasi) / target × 100%.")
NEGRATIO = (POS + " Untuk indikator yang semakin kecil realisasinya semakin baik, capaian dihitung dengan rumus "
            "target / realisasi × 100%.")
STATUS = ["PNS", "PPPK", "Non ASN"]
EDU = ["SMA/SMK", "D3", "S1/D4", "S2"]
GOL = ["IV", "III", "II"]
SEX = ["L", "P"]
PROFESI = ["Dokter Spesialis", "Dokter Umum", "Perawat", "Bidan", "Tenaga Kesehatan Lain", "Tenaga Non Kesehatan"]
STATUS_BLUD = ["PNS", "PPPK", "BLUD", "Non ASN"]  # an RSUD's own BLUD employees (S8)
JABATAN = ["Auditor", "P2UPD", "Struktural", "Pelaksana"]  # an inspektorat's functional posts

PENUNJANG = ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", [
    ("Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
     ["Penyusunan Dokumen Perencanaan Perangkat Daerah", "Evaluasi Kinerja Perangkat Daerah"]),
    ("Administrasi Umum Perangkat Daerah", ["Penyediaan Alat Tulis Kantor",
                                            "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD"]),
])


def belanja(ag_programs, shares=(0.2, 0.55, 0.25)) -> list[tuple[str, float, float]]:
    """The budget split by type of spending, each type spent at its own rate; the last type takes the
    remainder, so the totals agree with the budget table."""
    pagu = sum(p.total()[0] for p in ag_programs)
    real = sum(p.total()[1] for p in ag_programs)
    rate = real / pagu
    names = ["Belanja Pegawai", "Belanja Barang dan Jasa", "Belanja Modal"]
    out, sp, sr = [], 0.0, 0.0
    for name, share, lift in zip(names[:-1], shares[:-1], (min(1.03, 0.995 / rate), 0.997)):
        p = round(pagu * share, -3)
        r = round(p * rate * lift, -3) + 250
        out.append((name, p, r))
        sp, sr = sp + p, sr + r
    out.append((names[-1], pagu - sp, real - sr))
    assert real - sr <= pagu - sp, "the remainder would overspend"
    return out


def typo(text: str) -> str:
    """One digit changed (the third from the left, or the last of a short number): a keying slip."""
    chars = list(text)
    digits = [i for i, c in enumerate(chars) if c.isdigit()]
    i = digits[2] if len(digits) > 4 else digits[-1]
    chars[i] = str((int(chars[i]) + 3) % 10)
    return "".join(chars)


def plus_one(text: str) -> str:
    import re

    return re.sub(r"\d+", lambda m: str(int(m.group()) + 1), text, count=1)


def shift(text: str) -> str:
    """A percentage 2.5 points off, printed as the original was (decimal comma or point, `%` or not)."""
    import re

    m = re.search(r"\d+([.,]\d+)?", text)
    value = float(m.group().replace(",", "."))
    dec = len(m.group(1)) - 1 if m.group(1) else 0
    new = f"{value + 2.5:.{dec}f}"
    if "," in m.group():
        new = new.replace(".", ",")
    return text[:m.start()] + new + text[m.end():]


def m_transposed(programs, path: tuple[int, int, int]) -> dict:
    sub = programs[path[0]].children[path[1]].children[path[2]].code
    return dict(cell=("anggaran", sub, "realisasi"), new=transpose, category="transposed digits",
                agree=budget_cell(sub, "realisasi", programs))


def m_cross(programs, i: int) -> dict:
    code = programs[i].code
    return dict(cell=("pk_anggaran", code, "anggaran"), new=typo, category="cross-table difference",
                agree=[("anggaran", code, "pagu"), ("pk_anggaran", "total", "anggaran")])


def m_staff(table: str, row: str, col: str, others: list[str]) -> dict:
    return dict(cell=(table, row, col), new=plus_one, category="staff count",
                agree=staff_cells(table, row, col, others))


def m_polarity(i: int, ind: Indicator, style: str) -> dict:
    return dict(cell=("capaian", f"ind{i}", "capaian"), new=pct(ind.realisasi / ind.target * 100, style),
                category="capaian polarity", agree=[("capaian", f"ind{i}", "target"), ("mark", "polaritas")],
                note="a lower-is-better indicator computed as realisasi / target")


def m_amended(i: int, ind: Indicator, style: str) -> dict:
    return dict(cell=("capaian", f"ind{i}", "capaian"), new=pct(ind.realisasi / ind.old_target * 100, style),
                category="pre-amendment target", agree=[("capaian", f"ind{i}", "target"), ("pk", f"ind{i}", "target")],
                note="capaian computed against the target before the PK was amended")


def m_predikat(i: int, label: str, note: str) -> dict:
    return dict(cell=("capaian", f"ind{i}", "predikat"), new=label, category="predikat scale",
                agree=[("capaian", f"ind{i}", "capaian"), ("scale",)], note=note)


def m_pct(table: str, row: str, agree_cols=("pagu", "realisasi")) -> dict:
    return dict(cell=(table, row, "pct"), new=shift, category="percent of amounts",
                agree=[(table, row, c) for c in agree_cols])


def parents(code: str, programs) -> list[str]:
    """The program and kegiatan a sub kegiatan rolls up into (their row keys)."""
    return [n.code for p in programs for n in p.walk() if code.startswith(n.code + ".")]


def budget_cell(code: str, col: str, programs, more=()) -> list:
    """Cells a budget figure must agree with: its parents, the total, and its own row's %."""
    agree = [("anggaran", c, col) for c in parents(code, programs)] + [("anggaran", "total", col),
                                                                         ("anggaran", code, "pct")]
    return agree + list(more)


def staff_cells(table: str, row: str, col: str, others: list[str]) -> list:
    return [(table, row, "jumlah"), (table, "total", col), (table, "total", "jumlah")] + \
        [(o, "total", "jumlah") for o in others]


def _head(position, name, rank, nip):
    return {"position": position, "name": name, "rank": rank, "nip": nip}


def dinkes():
    """A dinas kesehatan: pipe tables, a Polaritas column, five-band scale (S1, S10, S11, S13, S16)."""
    progs = budget_tree(11, "1.02", [PENUNJANG, ("Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan "
                                                 "Masyarakat", [
        ("Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
         ["Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Pengelolaan Pelayanan Kesehatan Balita",
          "Pengelolaan Surveilans Kesehatan"])]),
        ("Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman", [
            ("Pemberian Izin Apotek, Toko Obat, Toko Alat Kesehatan", ["Pengendalian dan Pengawasan serta Tindak "
                                                                       "Lanjut Perizinan Apotek"])])], 20000)
    inds = [Indicator("Meningkatnya derajat kesehatan masyarakat", "Angka Kematian Ibu", "per 100.000 KH", 98, 91,
                      "-"),
            Indicator("Meningkatnya derajat kesehatan masyarakat", "Prevalensi stunting pada balita", "%", 14.5,
                      15.2, "-"),
            Indicator("Meningkatnya akses layanan kesehatan", "Persentase fasilitas kesehatan terakreditasi", "%", 85,
                      75),
            Indicator("Meningkatnya akses layanan kesehatan", "Cakupan kepesertaan jaminan kesehatan", "%", 95, 97.2)]
    ppl = staff(21, {"PNS": 46, "PPPK": 9, "Non ASN": 12}, ["-"])
    ag = Agency(inds, progs, ppl, belanja(progs))
    spec = _dinkes_spec()
    sub = progs[1].children[0].children[1].code
    mistakes = [
        dict(cell=("capaian", "ind1", "capaian"), new=pct(91 / 98 * 100, "id"), category="capaian polarity",
             agree=[("capaian", "ind1", "target"), ("mark", "polaritas")],
             note="negative indicator computed as realisasi / target"),
        dict(cell=("capaian", "ind3", "predikat"), new="Sangat Baik", category="predikat scale",
             agree=[("capaian", "ind3", "capaian"), ("scale",)], note="88,24 is Baik on the report's five bands (91 "
             "for Sangat Baik), Sangat Baik only on the four-band 85"),
        dict(cell=("anggaran", sub, "realisasi"), new=transpose, category="transposed digits",
             agree=budget_cell(sub, "realisasi", progs)),
        dict(cell=("anggaran", "total", "pagu"), new=typo, category="total",
             agree=[("anggaran", p.code, "pagu") for p in progs] + [("anggaran", "total", "pct"),
                                                                   ("pk_anggaran", "total", "anggaran")]),
        dict(cell=("pk_anggaran", progs[2].code, "anggaran"), new=typo, category="cross-table difference",
             agree=[("anggaran", progs[2].code, "pagu"), ("pk_anggaran", "total", "anggaran")]),
        dict(cell=("pegawai_pendidikan", "S1/D4", "PNS"), new=plus_one, category="staff count",
             agree=staff_cells("pegawai_pendidikan", "S1/D4", "PNS", ["pegawai_gender"])),
        m_pct("belanja", "b2"),
        dict(mark="ikhtisar_indikator", old="mengukur 4 (empat)", new="mengukur 5 (lima)",
             category="narrative count/year", agree=[("capaian", f"ind{i}", "capaian") for i in range(1, 5)]),
        dict(mark="penutup", old="Tahun 2023", new="Tahun 2022", category="narrative count/year", agree=[]),
    ]
    return spec, ag, mistakes


def bapenda():
    """A badan pendapatan: tab tables with bold totals, Sub Total rows, an amended PK (S0, S14, S15, S21)."""
    progs = budget_tree(12, "5.02", [PENUNJANG, ("Program Pengelolaan Pendapatan Daerah", [
        ("Pengelolaan Pendapatan Daerah", ["Pendataan dan Pendaftaran Objek Pajak Daerah",
                                           "Penetapan Wajib Pajak Daerah", "Pelayanan dan Penerimaan Pajak Daerah"]),
        ("Pengelolaan Retribusi Daerah", ["Koordinasi Pemungutan Retribusi Daerah"])])], 30000)
    inds = [Indicator("Meningkatnya pendapatan asli daerah", "Realisasi Pendapatan Asli Daerah", "Rp miliar", 412.5,
                      428.75),
            Indicator("Meningkatnya pendapatan asli daerah", "Persentase tunggakan PBB-P2", "%", 12, 10.8, "-"),
            Indicator("Meningkatnya kualitas pelayanan pajak", "Indeks kepuasan wajib pajak", "indeks", 82, 80.4,
                      old_target=88),
            Indicator("Meningkatnya kualitas pelayanan pajak", "Persentase wajib pajak yang membayar secara daring",
                      "%", 60, 52.2)]
    ppl = staff(22, {"PNS": 58, "PPPK": 6, "Non ASN": 19}, ["-"])
    ag = Agency(inds, progs, ppl, belanja(progs, (0.1, 0.75, 0.15)))
    spec = _bapenda_spec()
    mistakes = [
        m_amended(3, inds[2], "id"),
        m_polarity(2, inds[1], "id"),
        m_transposed(progs, (1, 0, 2)),
        dict(cell=("anggaran", progs[0].code, "realisasi"), new=typo, category="total",
             agree=[("anggaran", k.code, "realisasi") for k in progs[0].children]
             + [("anggaran", "total", "realisasi"), ("anggaran", progs[0].code, "pct")]),
        m_cross(progs, 1),
        m_staff("pegawai_golongan", "III", "P", ["pegawai_pendidikan"]),
        m_pct("anggaran", progs[1].children[1].code),
        dict(mark="ikhtisar_anggaran", old=money(ag.budget()[1], "id00"), new=typo(money(ag.budget()[1], "id00")),
             category="narrative count/year", agree=[("anggaran", "total", "realisasi")]),
    ]
    return spec, ag, mistakes


def rsud():
    """An RSUD (BLUD): HTML tables with merged headers, code-only hierarchy, BLUD revenue (S6, S7, S8, S11)."""
    progs = budget_tree(13, "1.02", [PENUNJANG, ("Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan "
                                                 "Masyarakat", [
        ("Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP", ["Pengadaan Alat Kesehatan/Alat Penunjang "
                                                                        "Medik Fasilitas Pelayanan Kesehatan",
                                                                        "Pengadaan Obat, Bahan Habis Pakai"]),
        ("Peningkatan Mutu Pelayanan Fasilitas Kesehatan", ["Operasional Pelayanan Rumah Sakit",
                                                            "Pelaksanaan Akreditasi Fasilitas Kesehatan"])])], 60000)
    for n in (n for p in progs for n in p.walk()):  # codes only: names without the level word
        n.name = n.name.replace("Program ", "")
    inds = [Indicator("Meningkatnya mutu pelayanan rumah sakit", "Net Death Rate (NDR)", "‰", 25, 22, "-"),
            Indicator("Meningkatnya mutu pelayanan rumah sakit", "Bed Occupancy Rate (BOR)", "%", 75, 71.4),
            Indicator("Meningkatnya mutu pelayanan rumah sakit", "Indeks Kepuasan Masyarakat", "indeks", 82, 84.1),
            Indicator("Meningkatnya kemandirian keuangan BLUD", "Rasio pendapatan BLUD terhadap belanja operasional",
                      "%", 80, 68.4)]
    ppl = staff(23, {"PNS": 112, "PPPK": 31, "BLUD": 64, "Non ASN": 18}, PROFESI, 0.62)
    rev = [("4.1.4.16.01", "Pendapatan Jasa Layanan Umum", 38_500_000_000, 39_672_418_350),
           ("4.1.4.16.02", "Pendapatan Hasil Kerja Sama", 1_250_000_000, 1_104_250_000),
           ("4.1.4.16.04", "Pendapatan Lain-lain BLUD", 400_000_000, 462_915_700)]
    ag = Agency(inds, progs, ppl, belanja(progs, (0.3, 0.5, 0.2)), rev)
    spec = _rsud_spec()
    rr = sum(x[3] for x in rev)
    tt = sum(x[2] for x in rev)
    mistakes = [
        dict(cell=("capaian", "ind1", "capaian"), new=pct(22 / 25 * 100, "en"), category="capaian polarity",
             agree=[("capaian", "ind1", "target"), ("mark", "polaritas")], note="NDR computed as realisasi / target"),
        m_predikat(2, "Sangat Tinggi", "95,20 is Sangat Tinggi; changed for 4: see m_predikat of ind4"),
        m_transposed(progs, (1, 1, 0)),
        dict(cell=("pendapatan", "total", "realisasi"), new=typo, category="total",
             agree=[("pendapatan", c, "realisasi") for c, *_ in rev] + [("pendapatan", "total", "pct")]),
        m_pct("pendapatan", "4.1.4.16.02", ("target", "realisasi")),
        m_staff("pegawai_profesi", "Perawat", "BLUD", ["pegawai_gender"]),
        m_cross(progs, 0),
        dict(mark="ikhtisar_anggaran", old=f"atau {pct(rr / tt * 100, 'en')}% dari target",
             new=f"atau {pct(rr / tt * 100 - 3, 'en')}% dari target", category="percent of amounts",
             agree=[("pendapatan", "total", "pct")]),
        dict(cell=("anggaran", "total", "pagu"), new=typo, category="total",
             agree=[("anggaran", p.code, "pagu") for p in progs] + [("anggaran", "total", "pct"),
                                                                   ("pk_anggaran", "total", "anggaran"),
                                                                   ("belanja", "total", "pagu")]),
    ]
    mistakes[1] = m_predikat(4, "Sangat Tinggi", "85,50 is Tinggi on the report's bands (> 90 for Sangat Tinggi)")
    return spec, ag, mistakes


def kecamatan():
    """A kecamatan: tab tables as converters write them, `Total`, assets, staff by golongan (S0, S16-S19)."""
    progs = budget_tree(14, "7.01", [PENUNJANG, ("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", [
        ("Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
         ["Pelaksanaan Koordinasi Penyelenggaraan Kegiatan Pemerintahan"])]),
        ("Program Pembinaan dan Pengawasan Pemerintahan Desa", [
            ("Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa",
             ["Fasilitasi Penyusunan Perdes APBDes", "Fasilitasi Penyusunan RKPDes",
              "Fasilitasi Penyusunan LPPDes"])])], 2500)
    inds = [Indicator("Meningkatnya kualitas pelayanan publik kecamatan", "Indeks Kepuasan Masyarakat", "indeks", 84,
                      86.35),
            Indicator("Meningkatnya kualitas pelayanan publik kecamatan", "Persentase pelayanan PATEN sesuai SOP", "%",
                      95, 74.5),
            Indicator("Meningkatnya akuntabilitas pemerintahan desa", "Persentase desa yang menetapkan APBDes tepat "
                      "waktu", "%", 100, 91.67)]
    ppl = staff(24, {"PNS": 17, "PPPK": 2, "Non ASN": 8}, ["-"])
    assets = [("Tanah", 2, 412_500_000), ("Peralatan dan Mesin", 187, 1_036_418_250),
              ("Gedung dan Bangunan", 4, 1_842_006_500), ("Jalan, Irigasi dan Jaringan", 0, 0),
              ("Aset Tetap Lainnya", 6, 2_750_000), ("Konstruksi Dalam Pengerjaan", 0, 0)]
    ag = Agency(inds, progs, ppl, belanja(progs), assets=assets)
    spec = _kecamatan_spec()
    mistakes = [
        dict(cell=("aset", "total", "nilai"), new=lambda t: t.replace(money(sum(a[2] for a in assets), "id"),
                                                                       money(sum(a[2] for a in assets[:-3]), "id")),
             category="total", agree=[("aset", f"a{i}", "nilai") for i in range(1, 7)],
             note="total omits the golongan Aset Tetap Lainnya"),
        m_transposed(progs, (2, 0, 1)),
        dict(cell=("anggaran", progs[2].children[0].code, "pagu"), new=typo, category="total",
             agree=[("anggaran", s.code, "pagu") for s in progs[2].children[0].children]
             + [("anggaran", progs[2].code, "pagu"), ("anggaran", progs[2].children[0].code, "pct")]),
        m_staff("pegawai_golongan", "II", "L", ["pegawai_pendidikan"]),
        m_predikat(3, "Baik", "78,42 is Baik on 70 - 85 here too: mistake is Cukup Baik -> see note"),
        m_cross(progs, 1),
        m_pct("belanja", "b1"),
        dict(mark="pegawai", old=f"{len(ppl)} orang", new=f"{len(ppl) + 2} orang", category="narrative count/year",
             agree=[("pegawai_pendidikan", "total", "jumlah")]),
        dict(mark="anggaran_teks", old="Tahun 2023", new="Tahun 2022", category="narrative count/year", agree=[]),
    ]
    mistakes[4] = m_predikat(3, "Baik", "91,67 is Sangat Baik (85 - 100)")
    return spec, ag, mistakes


def kelurahan():
    """A kelurahan of a kota: pipe tables, levels numbered I / A / a, staff by status and gender (S16, S18, S19)."""
    progs = budget_tree(15, "7.01", [("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", [
        ("Administrasi Umum Perangkat Daerah", ["Penyediaan Alat Tulis Kantor", "Penyediaan Bahan Bacaan"]),
        ("Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", ["Penyediaan Jasa Surat Menyurat"])]),
        ("Program Pemberdayaan Masyarakat Desa dan Kelurahan", [
            ("Pemberdayaan Lembaga Kemasyarakatan Tingkat Kelurahan", ["Fasilitasi Kegiatan RT dan RW",
                                                                       "Pembinaan PKK Kelurahan"])])], 3000)
    inds = [Indicator("Meningkatnya kualitas pelayanan kelurahan", "Persentase pelayanan administrasi sesuai SOP", "%",
                      100, 96.4),
            Indicator("Meningkatnya kualitas pelayanan kelurahan", "Indeks Kepuasan Masyarakat", "indeks", 80, 82.7),
            Indicator("Meningkatnya partisipasi masyarakat", "Persentase RT yang melaporkan data kependudukan", "%",
                      90, 63)]
    ppl = staff(25, {"PNS": 7, "PPPK": 1, "Non ASN": 5}, ["-"])
    ag = Agency(inds, progs, ppl, belanja(progs, (0.05, 0.85, 0.1)))
    spec = _kelurahan_spec()
    mistakes = [
        m_staff("pegawai_status", "Non ASN", "P", ["pegawai_pendidikan"]),
        m_transposed(progs, (1, 0, 0)),
        dict(cell=("anggaran", "total", "realisasi"), new=typo, category="total",
             agree=[("anggaran", p.code, "realisasi") for p in progs] + [("anggaran", "total", "pct"),
                                                                        ("belanja", "total", "realisasi"),
                                                                        ("mark", "anggaran_teks")]),
        m_predikat(3, "Baik", "70,00 is Baik: see replacement below"),
        m_pct("anggaran", progs[0].children[0].children[1].code),
        dict(mark="ikhtisar_indikator", old="; 1 indikator", new="; 2 indikator", category="narrative count/year",
             agree=[("capaian", f"ind{i}", "capaian") for i in range(1, 4)]),
    ]
    mistakes[3] = m_predikat(1, "Baik", "96,40 is Sangat Baik (≥ 85)")
    return spec, ag, mistakes


def setwan():
    """A sekretariat DPRD: scale as its own table, HTML budget with Realisasi over Keuangan and Fisik (S1, S3-S5)."""
    progs = budget_tree(16, "4.02", [PENUNJANG, ("Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD", [
        ("Penyelenggaraan Administrasi Keuangan DPRD", ["Penyediaan Gaji dan Tunjangan DPRD",
                                                        "Penyediaan Operasional Pimpinan DPRD"]),
        ("Fasilitasi Tugas DPRD", ["Fasilitasi Rapat Paripurna", "Fasilitasi Penyusunan Peraturan Daerah",
                                   "Fasilitasi Reses DPRD"])])], 45000)
    for n in (n for p in progs for n in p.walk()):
        n.name = n.name.replace("Program ", "")
    inds = [Indicator("Meningkatnya kualitas fasilitasi tugas dan fungsi DPRD", "Persentase Raperda yang ditetapkan "
                      "tepat waktu", "%", 100, 87.5),
            Indicator("Meningkatnya kualitas fasilitasi tugas dan fungsi DPRD", "Indeks kepuasan anggota DPRD",
                      "indeks", 85, 86.2),
            Indicator("Meningkatnya akuntabilitas kinerja sekretariat", "Nilai SAKIP Sekretariat DPRD", "nilai", 75,
                      68.1)]
    ppl = staff(26, {"PNS": 38, "PPPK": 4, "Non ASN": 27}, ["-"])
    ag = Agency(inds, progs, ppl, belanja(progs, (0.5, 0.4, 0.1)))
    spec = _setwan_spec()
    sub = progs[1].children[1].children[2].code
    mistakes = [
        m_predikat(3, "Baik", "90,80 is Baik here (91 for Sangat Baik) and Sangat Baik on the four-band 85"),
        m_transposed(progs, (1, 1, 1)),
        dict(cell=("anggaran", progs[1].children[1].code, "realisasi"), new=typo, category="total",
             agree=[("anggaran", s.code, "realisasi") for s in progs[1].children[1].children]
             + [("anggaran", progs[1].code, "realisasi"), ("anggaran", progs[1].children[1].code, "pct")]),
        m_pct("anggaran", sub),
        m_cross(progs, 0),
        m_staff("pegawai_gender", "L", "Non ASN", ["pegawai_pendidikan"]),
        dict(cell=("belanja", "total", "realisasi"), new=typo, category="total",
             agree=[("belanja", f"b{i}", "realisasi") for i in (1, 2, 3)] + [("belanja", "total", "pct"),
                                                                             ("anggaran", "total", "realisasi")]),
        dict(mark="ikhtisar_indikator", old="mengukur 3 (tiga)", new="mengukur 4 (empat)",
             category="narrative count/year", agree=[("capaian", f"ind{i}", "capaian") for i in range(1, 4)]),
    ]
    mistakes[0] = m_predikat(3, "Sangat Baik", "90,80 is Baik here (91 for Sangat Baik); Sangat Baik only on 85+")
    return spec, ag, mistakes


def inspektorat():
    """An inspektorat: tab tables, a Polaritas column with a negative indicator, an amended PK (S1, S2, S8)."""
    progs = budget_tree(17, "6.01", [PENUNJANG, ("Program Penyelenggaraan Pengawasan", [
        ("Penyelenggaraan Pengawasan Internal", ["Pengawasan Kinerja Pemerintah Daerah",
                                                 "Pengawasan Keuangan Pemerintah Daerah", "Reviu Laporan Kinerja"]),
        ("Penyelenggaraan Pengawasan dengan Tujuan Tertentu", ["Audit Investigatif", "Penanganan Pengaduan"])]),
        ("Program Perumusan Kebijakan, Pendampingan dan Asistensi", [
            ("Pendampingan dan Asistensi", ["Pendampingan Penyelenggaraan SPIP"])])], 12000)
    inds = [Indicator("Meningkatnya akuntabilitas keuangan daerah", "Persentase temuan berulang", "%", 10, 7.5, "-"),
            Indicator("Meningkatnya akuntabilitas keuangan daerah", "Persentase tindak lanjut rekomendasi hasil "
                      "pemeriksaan", "%", 85, 81.6, old_target=90),
            Indicator("Meningkatnya kapabilitas APIP", "Level kapabilitas APIP", "level", 3, 3),
            Indicator("Meningkatnya akuntabilitas kinerja perangkat daerah", "Nilai SAKIP Pemerintah Daerah", "nilai",
                      70, 62.3)]
    ppl = staff(27, {"PNS": 41, "PPPK": 5, "Non ASN": 9}, JABATAN, 0.45)
    ag = Agency(inds, progs, ppl, belanja(progs, (0.25, 0.65, 0.1)))
    spec = _inspektorat_spec()
    mistakes = [
        m_polarity(1, inds[0], "en"),
        m_amended(2, inds[1], "en"),
        m_predikat(4, "Sangat Baik", "95,57 is Sangat Baik: replaced below"),
        m_transposed(progs, (1, 0, 1)),
        m_transposed(progs, (2, 0, 0)),
        dict(cell=("anggaran", "total", "realisasi"), new=typo, category="total",
             agree=[("anggaran", p.code, "realisasi") for p in progs] + [("anggaran", "total", "pct"),
                                                                        ("belanja", "total", "realisasi"),
                                                                        ("mark", "anggaran_teks")]),
        m_staff("pegawai_jabatan", "Auditor", "PNS", ["pegawai_gender"]),
        m_cross(progs, 1),
        m_pct("belanja", "b3"),
        dict(mark="penutup", old="Tahun 2023", new="Tahun 2022", category="narrative count/year", agree=[]),
    ]
    mistakes[2] = m_predikat(4, "Sangat Baik", "89,00 is Baik on the report's bands; Sangat Baik on 85+")
    return spec, ag, mistakes


def pupr():
    """A dinas PUPR of a kota: pipe and HTML tables, code hierarchy, Sub Total rows, assets (S6, S8, S16, S0)."""
    progs = budget_tree(18, "1.03", [PENUNJANG, ("Program Pengelolaan Sumber Daya Air", [
        ("Pengelolaan SDA dan Bangunan Pengaman Pantai", ["Pembangunan Embung dan Penampung Air Lainnya",
                                                          "Rehabilitasi Saluran Irigasi"])]),
        ("Program Penyelenggaraan Jalan", [
            ("Penyelenggaraan Jalan Kabupaten/Kota", ["Rekonstruksi Jalan", "Pemeliharaan Berkala Jalan",
                                                      "Pembangunan Jembatan"])])], 150000)
    inds = [Indicator("Meningkatnya kualitas infrastruktur jalan", "Persentase panjang jalan dalam kondisi mantap",
                      "%", 82, 83.4),
            Indicator("Meningkatnya kualitas infrastruktur jalan", "Persentase jembatan dalam kondisi baik", "%", 90,
                      88.3),
            Indicator("Meningkatnya layanan sumber daya air", "Persentase luas daerah irigasi dalam kondisi baik", "%",
                      75, 60.2),
            Indicator("Meningkatnya layanan sumber daya air", "Luas genangan banjir", "Ha", 120, 96, "-")]
    ppl = staff(28, {"PNS": 94, "PPPK": 12, "Non ASN": 41}, ["-"], 0.3)
    assets = [("Tanah", 14, 18_450_000_000), ("Peralatan dan Mesin", 612, 24_818_230_400),
              ("Gedung dan Bangunan", 9, 11_052_771_000), ("Jalan, Irigasi dan Jaringan", 318, 612_904_118_250),
              ("Aset Tetap Lainnya", 21, 146_500_000), ("Konstruksi Dalam Pengerjaan", 3, 7_615_080_000)]
    ag = Agency(inds, progs, ppl, belanja(progs, (0.08, 0.27, 0.65)), assets=assets)
    spec = _pupr_spec()
    for n in (n for p in progs for n in p.walk()):
        n.name = n.name.replace("Program ", "")
    mistakes = [
        m_polarity(4, inds[3], "id"),
        m_predikat(3, "Cukup Baik", "80,27 is Baik (70 to under 85)"),
        m_transposed(progs, (2, 0, 2)),
        dict(cell=("anggaran", progs[2].code, "pagu"), new=typo, category="total",
             agree=[("anggaran", progs[2].children[0].code, "pagu"), ("anggaran", "total", "pagu"),
                    ("anggaran", progs[2].code, "pct"), ("pk_anggaran", progs[2].code, "anggaran")]),
        dict(cell=("aset", "a4", "nilai"), new=transpose, category="transposed digits",
             agree=[("aset", "total", "nilai")]),
        m_staff("pegawai_pendidikan", "D3", "PPPK", ["pegawai_golongan"]),
        m_cross(progs, 1),
        m_pct("belanja", "b3"),
        dict(mark="ikhtisar_anggaran", old="Tahun 2023", new="Tahun 2021", category="narrative count/year", agree=[]),
        dict(mark="anggaran_teks", old=money(ag.budget()[0], "id"), new=typo(money(ag.budget()[0], "id")),
             category="narrative count/year", agree=[("anggaran", "total", "pagu")]),
    ]
    return spec, ag, mistakes


def _dinkes_spec() -> dict:
    """The template of `dinkes()`: names, forms, header wording, scale, staff tables."""
    return dict(slug="dinkes-sukamaju", kind="dinas", agency="Dinas Kesehatan", region="Kabupaten Sukamaju",
                city="Sukamaju", year=2023, signed="26 Januari 2024", form="pipe", num="id", money="id",
                head=_head("Kepala Dinas Kesehatan Kabupaten Sukamaju", "dr. HENDRA WIJAYAKUSUMA, M.Kes",
                           "Pembina Utama Muda (IV/c)", "19710314 199803 1 006"),
                about="Dinas Kesehatan Kabupaten Sukamaju melaksanakan urusan pemerintahan bidang kesehatan.",
                polaritas=True, polarity_text=NEG2T, scale=SCALE5, scale_notation="le", hierarchy="labels",
                h={"capaian": "Capaian (%)", "pagu": "Anggaran Setelah Perubahan (Rp)",
                   "realisasi": "Realisasi s.d. Desember 2023 (Rp)", "pct": "Capaian Anggaran (%)",
                   "indikator": "Indikator Kinerja Utama"},
                staff_tables=[dict(name="pegawai_pendidikan", caption="Jumlah Pegawai Berdasarkan Pendidikan dan "
                                   "Status Kepegawaian", row="pendidikan", rows=EDU, col="status", cols=STATUS,
                                   label="Pendidikan"),
                              dict(name="pegawai_gender", caption="Jumlah Pegawai Berdasarkan Jenis Kelamin",
                                   row="gender", rows=SEX, col="status", cols=STATUS, label="Jenis Kelamin")],
                budget_caption="Realisasi Anggaran Program, Kegiatan dan Sub Kegiatan Tahun 2023",
                follows=["S1", "S10", "S11", "S13", "S16", "S0"])


def _bapenda_spec() -> dict:
    """The template of `bapenda()`: names, forms, header wording, scale, staff tables."""
    return dict(slug="bapenda-tirtamulya", kind="badan", agency="Badan Pendapatan Daerah", region="Kota Tirtamulya",
                city="Tirtamulya", year=2023, signed="30 Januari 2024", form="tab", bold=True, num="id",
                money="id00", zero="-", staff_group="Status Kepegawaian",
                head=_head("Kepala Badan Pendapatan Daerah Kota Tirtamulya", "Drs. BAMBANG SURYA ADINEGORO, M.Si",
                           "Pembina Utama Muda (IV/c)", "19680921 199203 1 004"),
                about="Badan Pendapatan Daerah Kota Tirtamulya melaksanakan fungsi penunjang urusan pemerintahan "
                      "bidang keuangan, sub urusan pendapatan.",
                polarity_text=NEG2T, scale=SCALE4, scale_notation="ge", hierarchy="numbered", subtotal=True,
                h={"uraian": "Uraian", "pagu": "Pagu (Rp)", "realisasi": "Realisasi s/d TW IV (Rp)", "pct": "%",
                   "total": "JUMLAH TOTAL", "capaian": "% Capaian", "predikat": "Kategori"},
                staff_tables=[dict(name="pegawai_pendidikan", caption="Pegawai Menurut Tingkat Pendidikan",
                                   row="pendidikan", rows=EDU, col="status", cols=STATUS, label="Pendidikan"),
                              dict(name="pegawai_golongan", caption="Pegawai ASN Menurut Golongan dan Jenis Kelamin",
                                   row="golongan", rows=GOL, col="gender", cols=SEX, label="Golongan")],
                budget_caption="Realisasi Anggaran Menurut Program dan Kegiatan Tahun 2023",
                follows=["S0", "S14", "S15", "S21", "S2"])


def _rsud_spec() -> dict:
    """The template of `rsud()`: names, forms, header wording, scale, staff tables."""
    return dict(slug="rsud-lembah-hijau", merge_sasaran=True, kind="rsud", agency="RSUD dr. Soemitro",
                region="Kabupaten Lembah Hijau", city="Lembah Hijau", year=2023, signed="31 Januari 2024", form="html",
                num="en", money="en", convention="ratio",
                head=_head("Direktur RSUD dr. Soemitro Kabupaten Lembah Hijau",
                           "dr. RATNA KUSUMAWARDANI, Sp.PD, M.M.", "Pembina Tk. I (IV/b)", "19760508 200312 2 009"),
                about="RSUD dr. Soemitro adalah rumah sakit umum daerah kelas C yang menerapkan pola pengelolaan "
                      "keuangan Badan Layanan Umum Daerah (BLUD).",
                polarity_text=NEGRATIO, scale=SCALE5T, scale_notation="sd", hierarchy="codes", fisik=True,
                real_group="Realisasi s.d. 31 Desember 2023",
                h={"uraian": "Uraian", "pagu": "Pagu (Rp)", "pct": "% Keuangan", "kode": "Kode Rekening",
                   "capaian": "Capaian Kinerja (%)", "predikat": "Kategori", "realisasi": "Realisasi (Rp)"},
                staff_tables=[dict(name="pegawai_profesi", caption="Jumlah Pegawai Menurut Profesi dan Status",
                                   row="profesi", rows=PROFESI, col="status", cols=STATUS_BLUD, label="Jenis Tenaga"),
                              dict(name="pegawai_gender", caption="Jumlah Pegawai Menurut Jenis Kelamin dan Status",
                                   row="gender", rows=SEX, col="status", cols=STATUS_BLUD, label="Jenis Kelamin")],
                budget_caption="Realisasi Anggaran Belanja Tahun 2023",
                follows=["S6", "S7", "S8", "S9", "S11", "S12", "S3"])


def _kecamatan_spec() -> dict:
    """The template of `kecamatan()`: names, forms, header wording, scale, staff tables."""
    return dict(slug="kecamatan-karangwetan", merge_sasaran=True, kind="kecamatan", agency="Kecamatan Karangwetan",
                region="Kabupaten Sidoagung", city="Karangwetan", year=2023, signed="19 Januari 2024", form="tab",
                bold=True, num="id", money="id", zero="-",
                head=_head("Camat Karangwetan", "AGUS PRASETYO WIBOWO, S.STP, M.Si", "Pembina (IV/a)",
                           "19830617 200212 1 002"),
                about="Kecamatan Karangwetan terdiri dari 12 desa dan dipimpin oleh Camat yang berkedudukan di bawah "
                      "dan bertanggung jawab kepada Bupati melalui Sekretaris Daerah.",
                polarity_text=POS, scale=SCALE4, scale_notation="dash", hierarchy="labels",
                h={"uraian": "Uraian", "pagu": "Pagu (Rp)", "realisasi": "Realisasi s/d TW IV", "pct": "%",
                   "total": "Total", "target": "Target 2023", "real_ind": "Realisasi 2023"},
                staff_tables=[dict(name="pegawai_golongan", caption="Jumlah PNS dan PPPK Berdasarkan Golongan",
                                   row="golongan", rows=GOL, col="gender", cols=SEX, label="Golongan"),
                              dict(name="pegawai_pendidikan", caption="Jumlah Pegawai Berdasarkan Pendidikan",
                                   row="pendidikan", rows=EDU, col="status", cols=STATUS, label="Pendidikan")],
                budget_caption="Realisasi Anggaran Program, Kegiatan dan Sub Kegiatan Tahun 2023",
                follows=["S0", "S16", "S17", "S18", "S19"])


def _kelurahan_spec() -> dict:
    """The template of `kelurahan()`: names, forms, header wording, scale, staff tables."""
    return dict(slug="kelurahan-sidomulyo", kind="kelurahan", agency="Kelurahan Sidomulyo",
                region="Kecamatan Banyuwening Kota Purwaraja", city="Purwaraja", year=2023, signed="12 Januari 2024",
                form="pipe", num="id", money="id00",
                head=_head("Lurah Sidomulyo", "SRI WAHYUNINGSIH, S.Sos", "Penata Tingkat I (III/d)",
                           "19790203 200604 2 011"),
                about="Kelurahan Sidomulyo adalah perangkat daerah Kota Purwaraja di wilayah Kecamatan Banyuwening "
                      "yang terdiri dari 8 RW dan 41 RT.",
                polarity_text=POS, scale=SCALE4, scale_notation="ge", hierarchy="letters",
                h={"uraian": "Program / Kegiatan / Sub Kegiatan", "pagu": "Anggaran (Rp)",
                   "realisasi": "Realisasi (Rp)", "pct": "Persentase (%)", "total": "Jumlah Total"},
                staff_tables=[dict(name="pegawai_status", caption="Jumlah Pegawai Menurut Status dan Jenis Kelamin",
                                   row="status", rows=STATUS, col="gender", cols=SEX, label="Status Kepegawaian"),
                              dict(name="pegawai_pendidikan", caption="Jumlah Pegawai Menurut Pendidikan Terakhir",
                                   row="pendidikan", rows=EDU, col="gender", cols=SEX, label="Pendidikan")],
                budget_caption="Realisasi Anggaran Kelurahan Sidomulyo Tahun 2023",
                follows=["S16", "S18", "S19", "S0"])


def _setwan_spec() -> dict:
    """The template of `setwan()`: names, forms, header wording, scale, staff tables."""
    return dict(slug="setwan-dprd-pasirluhur", kind="sekretariat", agency="Sekretariat DPRD",
                region="Kabupaten Pasirluhur", city="Pasirluhur", year=2023, signed="25 Januari 2024", form="tab",
                forms={"anggaran": "html", "belanja": "html"}, num="id", money="id", rank_after_nip=False,
                head=_head("Plt. Sekretaris DPRD Kabupaten Pasirluhur", "Ir. MUHAMMAD FAJAR SIDIQ, M.M.",
                           "Pembina Utama Muda (IV/c)", "19690827 199603 1 003"),
                about="Sekretariat DPRD Kabupaten Pasirluhur menyelenggarakan administrasi kesekretariatan, "
                      "keuangan, dan fasilitasi tugas dan fungsi DPRD.",
                polarity_text=POS, scale=SCALE5, scale_notation="table", hierarchy="codes", fisik=True,
                h={"uraian": "Uraian", "pagu": "Pagu Anggaran (Rp)", "pct": "Capaian (%)", "kode": "Kode",
                   "capaian": "Capaian (%)", "predikat": "Kriteria", "total": "Jumlah"},
                staff_tables=[dict(name="pegawai_pendidikan", caption="Komposisi Pegawai Menurut Pendidikan",
                                   row="pendidikan", rows=EDU, col="status", cols=STATUS, label="Tingkat Pendidikan"),
                              dict(name="pegawai_gender", caption="Komposisi Pegawai Menurut Jenis Kelamin",
                                   row="gender", rows=SEX, col="status", cols=STATUS, label="Jenis Kelamin")],
                budget_caption="Realisasi Keuangan dan Fisik Tahun 2023",
                follows=["S1", "S3", "S4", "S5", "S6"])


def _inspektorat_spec() -> dict:
    """The template of `inspektorat()`: names, forms, header wording, scale, staff tables."""
    return dict(slug="inspektorat-banjarsari", kind="inspektorat", agency="Inspektorat Daerah",
                region="Kabupaten Banjarsari", city="Banjarsari", year=2023, signed="29 Januari 2024", form="tab",
                num="en", money="en00", polaritas=True,
                head=_head("Inspektur Daerah Kabupaten Banjarsari", "Drs. SUGENG RAHARDJO, M.Ak., CGCAE",
                           "Pembina Utama Muda (IV/c)", "19700109 199403 1 005"),
                about="Inspektorat Daerah Kabupaten Banjarsari melaksanakan pengawasan internal atas penyelenggaraan "
                      "urusan pemerintahan daerah.",
                polarity_text=NEG2T, scale=SCALE5, scale_notation="le", hierarchy="numbered",
                h={"uraian": "Program/Kegiatan/Sub Kegiatan", "pagu": "Anggaran (Rp)", "realisasi": "Realisasi (Rp)",
                   "pct": "Realisasi (%)", "indikator": "Indikator Kinerja", "predikat": "Kategori",
                   "polaritas": "Polaritas", "total": "Jumlah"},
                staff_tables=[dict(name="pegawai_jabatan", caption="Jumlah Pegawai Menurut Jabatan",
                                   row="profesi", rows=JABATAN, col="status", cols=STATUS, label="Jabatan"),
                              dict(name="pegawai_gender", caption="Jumlah Pegawai Menurut Jenis Kelamin",
                                   row="gender", rows=SEX, col="status", cols=STATUS, label="Jenis Kelamin")],
                budget_caption="Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2023",
                follows=["S1", "S2", "S8", "S0"])


def _pupr_spec() -> dict:
    """The template of `pupr()`: names, forms, header wording, scale, staff tables."""
    return dict(slug="dinas-pupr-purwaraja", kind="dinas", agency="Dinas Pekerjaan Umum dan Penataan Ruang",
                region="Kota Purwaraja", city="Purwaraja", year=2023, signed="31 Januari 2024", form="pipe",
                forms={"anggaran": "html", "pegawai_golongan": "html"}, num="id", money="id", rank_after_nip=True,
                staff_group="Status",
                head=_head("Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kota Purwaraja",
                           "Ir. DWI HARYANTO NUGROHO, M.T.", "Pembina Utama Muda (IV/c)", "19720415 199903 1 008"),
                about="Dinas Pekerjaan Umum dan Penataan Ruang Kota Purwaraja melaksanakan urusan pemerintahan "
                      "bidang pekerjaan umum dan penataan ruang.",
                polarity_text=NEG2T, scale=SCALE4, scale_notation="ge", hierarchy="codes", subtotal=True,
                h={"uraian": "Program / Kegiatan / Sub Kegiatan", "pagu": "Pagu (Rp)",
                   "realisasi": "Realisasi s.d. Desember 2023 (Rp)", "pct": "% Realisasi", "kode": "Kode",
                   "total": "Total", "predikat": "Predikat"},
                staff_tables=[dict(name="pegawai_pendidikan", caption="Pegawai Berdasarkan Pendidikan",
                                   row="pendidikan", rows=EDU, col="status", cols=STATUS, label="Pendidikan"),
                              dict(name="pegawai_golongan", caption="Pegawai ASN Berdasarkan Golongan",
                                   row="golongan", rows=GOL, col="gender", cols=SEX, label="Golongan")],
                budget_caption="Realisasi Anggaran Tahun 2023 Menurut Kode Rekening",
                follows=["S6", "S8", "S16", "S0", "S13"])


def disdik():
    """A dinas pendidikan: grid tables (pandoc), outline numbering, five bands written `91 – 100` (S22, S13)."""
    progs = budget_tree(19, "1.01", [PENUNJANG, ("Program Pengelolaan Pendidikan", [
        ("Pengelolaan Pendidikan Sekolah Dasar", ["Pembangunan Ruang Kelas Baru", "Rehabilitasi Sedang/Berat Ruang "
                                                  "Kelas Sekolah", "Penyediaan Biaya Personil Peserta Didik"]),
        ("Pengelolaan Pendidikan Sekolah Menengah Pertama", ["Pengadaan Perlengkapan Sekolah",
                                                             "Pembinaan Minat, Bakat dan Kreativitas Siswa"])])],
        90000)
    inds = [Indicator("Meningkatnya akses dan mutu pendidikan dasar", "Angka Partisipasi Murni SD/MI", "%", 97.5,
                      98.12),
            Indicator("Meningkatnya akses dan mutu pendidikan dasar", "Angka putus sekolah SMP/MTs", "%", 0.4, 0.46,
                      "-"),
            Indicator("Meningkatnya akses dan mutu pendidikan dasar", "Persentase sekolah terakreditasi minimal B",
                      "%", 90, 78.3),
            Indicator("Meningkatnya kualifikasi pendidik", "Persentase guru berkualifikasi S1/D4", "%", 95, 93.1)]
    ppl = staff(29, {"PNS": 71, "PPPK": 15, "Non ASN": 22}, ["-"], 0.55)
    ag = Agency(inds, progs, ppl, belanja(progs, (0.15, 0.45, 0.4)))
    spec = _disdik_spec()
    mistakes = [
        m_polarity(2, inds[1], "id"),
        m_predikat(3, "Sangat Baik", "87,00 is Baik on the report's bands (91 – 100 for Sangat Baik)"),
        m_transposed(progs, (1, 0, 1)),
        dict(cell=("anggaran", progs[1].code, "realisasi"), new=typo, category="total",
             agree=[("anggaran", k.code, "realisasi") for k in progs[1].children]
             + [("anggaran", "total", "realisasi"), ("anggaran", progs[1].code, "pct")]),
        m_cross(progs, 0),
        m_staff("pegawai_gender", "P", "PPPK", ["pegawai_pendidikan"]),
        m_pct("anggaran", progs[0].children[1].children[0].code),
        dict(mark="pegawai", old=f"{len(ppl)} orang", new=f"{len(ppl) - 10} orang", category="narrative count/year",
             agree=[("pegawai_pendidikan", "total", "jumlah"), ("pegawai_gender", "total", "jumlah")]),
    ]
    return spec, ag, mistakes


def _disdik_spec() -> dict:
    """The template of `disdik()`: names, forms, header wording, scale, staff tables."""
    return dict(slug="disdik-wanareja", kind="dinas", agency="Dinas Pendidikan", region="Kabupaten Wanareja",
                city="Wanareja", year=2023, signed="24 Januari 2024", form="grid", num="id", money="id",
                head=_head("Kepala Dinas Pendidikan Kabupaten Wanareja", "Dr. SITI NURHALIZAH ROHMAH, M.Pd",
                           "Pembina Utama Muda (IV/c)", "19740922 199903 2 004"),
                about="Dinas Pendidikan Kabupaten Wanareja melaksanakan urusan pemerintahan bidang pendidikan "
                      "dasar dan pendidikan anak usia dini.",
                polarity_text=NEG2T, scale=SCALE5, scale_notation="dash", hierarchy="numbered",
                h={"uraian": "Program/Kegiatan/Sub Kegiatan", "pagu": "Alokasi Anggaran (Rp)",
                   "realisasi": "Realisasi Tahun 2023 (Rp)", "pct": "Serapan (%)", "capaian": "Tingkat Capaian (%)",
                   "predikat": "Predikat", "total": "Jumlah"},
                staff_tables=[dict(name="pegawai_pendidikan", caption="Jumlah Pegawai Dinas Menurut Pendidikan",
                                   row="pendidikan", rows=EDU, col="status", cols=STATUS, label="Pendidikan"),
                              dict(name="pegawai_gender", caption="Jumlah Pegawai Dinas Menurut Jenis Kelamin",
                                   row="gender", rows=SEX, col="status", cols=STATUS, label="Jenis Kelamin")],
                budget_caption="Realisasi Anggaran Program dan Kegiatan Tahun 2023",
                follows=["S22", "S13", "S10", "S16", "S0"])
