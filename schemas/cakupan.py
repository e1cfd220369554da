"""`cakupan`: coverage of a population by a service (cakupan, Standar Pelayanan Minimal) per indicator."""
from pandera.typing import Series

from .base import MONTHS, CanonicalModel, col, month, table

#: an indicator, a group heading printed over indicators (`a. Kesehatan Ibu`), a total line
LEVELS = ("kelompok", "item", "total")
#: the count served in one month: not a target or plan per month, a running total, nor a share
NOT_SERVED_IN_MONTH = ("target", "rencana", "kumulatif", "komulatif", "persentase", "persen")
SERVED = "how many were served"


class Cakupan(CanonicalModel):
    """How much of its target population a service reached, per indicator, as a puskesmas (UKM, PKP), a dinas
    kesehatan, an RSUD or a dinas of another sector (pendidikan, sosial: Standar Pelayanan Minimal) prints it: the
    population to serve (`sasaran`, a count of people, households, schools), the count served (`terlayani`),
    their share (`cakupan` = terlayani / sasaran × 100), the target share, and sometimes the capaian against the
    target (cakupan / target × 100) and the gap to it (`kesenjangan`, checked as printed by GEN004). A row
    without figures is a group heading (`kelompok`), not an indicator; `Jumlah` lines are `total`."""

    level: Series[object] = col("level", levels=LEVELS,
                                doc="`kelompok`: a heading over indicators (`a. Kesehatan Ibu`), no figures")
    no: Series[object] = col("text", "No", "No.")
    program: Series[object] = col("text", "Program", "Upaya Kesehatan", "Upaya", "Bidang", "Sub Upaya",
                                  "Bidang Urusan")
    indikator: Series[object] = col("text", "Indikator Kinerja", "Indikator", "Indikator SPM",
                                    "Jenis Pelayanan Dasar", "Jenis Layanan Dasar", "Jenis Pelayanan",
                                    "Indikator Pelayanan", "Kegiatan", "Uraian", "Program/Variabel/Sub Variabel",
                                    "Upaya Kesehatan/Program/Variabel/Sub Variabel",
                                    "Pelayanan Kesehatan/Program/Variabel/Sub Variabel Program", required=True,
                                    doc="the row's label; the PKP forms of Permenkes 44/2016 head it `Program/Variabel/"
                                        "Sub Variabel`")
    satuan: Series[object] = col("text", "Satuan")
    sasaran: Series[float] = col("count", "Sasaran", "Jumlah Sasaran", "Total Sasaran", "Sasaran Riil",
                                 "Jumlah Penduduk Sasaran", "Sasaran Penduduk", "Jumlah Seharusnya", required=True,
                                 doc="the population the service is for (a count: 179 ibu hamil, 3.200 anak usia "
                                     "sekolah)")
    target: Series[float] = col("percent", "Target", "Target SPM", "Target Cakupan", "Target (%)", qualitative=True,
                                doc="the share of the sasaran to reach (a bound, `< 20 %`, `>1`, is said unchecked)")
    terlayani: Series[float] = col("count", "Cakupan Angka", "Angka Cakupan", "Jumlah yang Dilayani", "Jumlah Dilayani",
                                   "Dilayani", "Jumlah Terlayani", "Terlayani", "Yang Terlayani",
                                   "Jumlah yang Terlayani", "Jumlah yang Mendapat Pelayanan", "Pencapaian",
                                   required=True, doc="how many of the sasaran were served")
    cakupan: Series[float] = col("percent", "%", "% Cakupan", "Cakupan %", "Cakupan (%)", "Cakupan",
                                 "Persentase Cakupan", "Persentase", "Capaian SPM", "% Capaian SPM",
                                 "Persentase Capaian SPM", "Cakupan Riil",
                                 doc="terlayani / sasaran × 100, as printed")
    capaian: Series[float] = col("percent", "Capaian", "% Capaian", "Capaian Kinerja", "Capaian terhadap Target",
                                 "Tingkat Capaian", "Capaian Target",
                                 doc="cakupan / target × 100, when printed beside them")
    kesenjangan: Series[float] = col("percent", "Kesenjangan", "Selisih", "Gap",
                                     doc="target − cakupan (either way round), checked as printed by GEN004")
    keterangan: Series[object] = col("text", "Keterangan", "Ket")
    jan: Series[float] = month(1, "count", SERVED)
    feb: Series[float] = month(2, "count", SERVED)
    mar: Series[float] = month(3, "count", SERVED)
    apr: Series[float] = month(4, "count", SERVED)
    mei: Series[float] = month(5, "count", SERVED)
    jun: Series[float] = month(6, "count", SERVED)
    jul: Series[float] = month(7, "count", SERVED)
    agu: Series[float] = month(8, "count", SERVED)
    sep: Series[float] = month(9, "count", SERVED)
    okt: Series[float] = month(10, "count", SERVED)
    nov: Series[float] = month(11, "count", SERVED)
    des: Series[float] = month(12, "count", SERVED)

    class Config:
        name = "cakupan"
        metadata = table("Cakupan pelayanan terhadap sasaran (SPM)",
                         "Service coverage of a target population (minimum service standards)",
                         # no key: a PKP form repeats an indicator's name under each upaya (`1. Penyuluhan ...`),
                         # its heading printed as a row of its own, not in a column that could scope the name
                         captions=["cakupan", "standar pelayanan minimal", "spm", "pelayanan dasar",
                                   "upaya kesehatan masyarakat"],
                         labels=["indikator"], headings=["program"], layout="cakupan",
                         phrases={"terlayani": ["jumlah terlayani", "jumlah dilayani", "mendapat pelayanan",
                                                "memperoleh pelayanan", "yang dilayani", "yang terlayani",
                                                "pencapaian"],
                                  # the PKP forms' label header, whatever precedes its levels (`Upaya Kesehatan/`,
                                  # `Pelayanan Kesehatan/`, `Upaya Pelayanan Kesehatan/`)
                                  "indikator": ["sub variabel", "variabel", "program/variabel/sub variabel"],
                                  "sasaran": ["jumlah sasaran", "total sasaran", "penduduk sasaran"],
                                  "cakupan": ["capaian spm", "persentase cakupan", "cakupan riil"]},
                         exclude={"terlayani": ["target", "%", "persen", "persentase"],
                                  "sasaran": ["strategis", "program", "kegiatan", "target", "%"],
                                  "capaian": ["spm", "variabel"],
                                  **{name: list(NOT_SERVED_IN_MONTH) for name, _ in MONTHS}})
