"""`lra`: the revenue-and-spending statement (Laporan Realisasi Anggaran) of a revenue-earning agency."""
from pandera.typing import Series

from .base import CanonicalModel, col, table

#: each row's part in the statement (`audit/document/statement.py` reads them from the codes and labels)
LEVELS = ("judul", "akun", "kelompok", "rincian", "jumlah", "surplus", "netto", "silpa")
#: the section a row is in; `penerimaan` / `pengeluaran` are the two halves of pembiayaan
BAGIAN = ("pendapatan", "belanja", "pembiayaan", "penerimaan", "pengeluaran")


class Lra(CanonicalModel):
    """Revenue, spending and financing against their budget, as a BLUD (RSUD, puskesmas), a Bapenda, a dinas
    collecting retribusi or a desa prints it: account codes (`4` / `4.1` / `4.1.2.01.01`), a `Jumlah` closing
    each section, `Surplus / (Defisit)`, sometimes `Pembiayaan` (penerimaan, pengeluaran, pembiayaan netto) and
    SiLPA. Levels: `akun` the section's own row when it prints figures (`4 PENDAPATAN`), `kelompok` the first
    rows with figures below it, `rincian` the rows below those (parent: the nearest row above whose code its
    code extends), `judul` a heading without figures (or a line the statement does not
    place: a `Jumlah` of part of a section), `jumlah` a section's total, `surplus` (pendapatan −
    belanja), `netto` (penerimaan − pengeluaran pembiayaan), `silpa` (surplus + netto). A `Lebih / (Kurang)`
    column is not read: its sign differs between agencies and sections, and GEN004 checks it as printed."""

    level: Series[object] = col("level", levels=LEVELS, required=True)
    id: Series[object] = col("id", doc="the row's place below its section (`1` the section, `1.2` its second "
                                       "kelompok, `1.2.1` ...), from the codes; blank on headings and totals")
    bagian: Series[object] = col("text", isin=list(BAGIAN),
                                 doc="pendapatan, belanja, pembiayaan (its penerimaan / pengeluaran halves), "
                                     "from the section heading or the code's first segment; blank on the "
                                     "surplus and SiLPA lines")
    no: Series[object] = col("text", "No", "No.", "No. Urut")
    kode: Series[object] = col("text", "Kode", "Kode Rekening", "Kode Akun", "Rekening",
                               doc="the account code as printed (`4.1.2`, `5.2.1.`), in its own column, the No "
                                   "column or at the start of the label")
    uraian: Series[object] = col("text", "Uraian", "Jenis Pendapatan", "Jenis Belanja", "Akun", required=True)
    anggaran: Series[float] = col("money", "Anggaran", "Pagu", "Target", "Anggaran Setelah Perubahan",
                                  required=True, ge=None, doc="negative on a deficit line")
    realisasi: Series[float] = col("money", "Realisasi", required=True, ge=None)
    persentase: Series[float] = col("percent", "%", "Persentase", "Capaian", "Realisasi (%)",
                                    doc="realisasi / anggaran × 100, as printed")

    class Config:
        name = "lra"
        metadata = table("Laporan realisasi anggaran pendapatan dan belanja",
                         "Revenue-and-spending statement (budget realisation report)",
                         keys=["kode"],
                         captions=["laporan realisasi anggaran", "realisasi anggaran pendapatan",
                                   "pendapatan dan belanja", "realisasi pendapatan", "apbdes", "lra"],
                         labels=["uraian", "kode"], layout="statement", outline="lampiran.6",
                         label_in_no=True,
                         phrases={"persentase": ["persentase", "capaian", "% keuangan", "capaian keuangan",
                                                 "% realisasi", "persentase realisasi"]},
                         exclude={"anggaran": ["lebih", "kurang", "selisih", "sisa"],
                                  "realisasi": ["lebih", "kurang", "selisih", "sisa", "fisik"]})

