"""Performance tables: indicators, targets, realisations and capaian."""
from pandera.typing import Series

from .base import CanonicalModel, col, table

VERSI = ["awal", "perubahan"]
#: the goal and objective a group of indicators serves, printed once over the group
GROUPS = ("sasaran", "tujuan")
#: an indicator row, or a row of averages printed under them (`Rata-rata Capaian Kinerja`)
ITEM_AVERAGE = ("item", "rata_rata", "total")


class Iku(CanonicalModel):
    """Indikator Kinerja Utama: the agency's key indicators and their targets."""

    no: Series[object] = col("text", "No", "No.")
    tujuan: Series[object] = col("text", "Tujuan")
    indikator: Series[object] = col("text", "Indikator Tujuan", "Indikator Kinerja", "Indikator", required=True)
    target: Series[float] = col("number", "Target", required=True, qualitative=True)

    class Config:
        name = "iku"
        metadata = table("Indikator Kinerja Utama", "Key performance indicators", keys=["indikator"],
                         captions=["indikator kinerja utama"], labels=["indikator"], headings=["tujuan"],
                         outline="II.1")


class PkIndikator(CanonicalModel):
    """Perjanjian Kinerja indicators and targets, initial (`awal`) and amended (`perubahan`). In a
    document the version is read from the caption; a PK cell holding several indicators is one row per
    indicator, and a row printing both targets becomes a row of each version."""

    versi: Series[object] = col("text", "Versi", required=True, isin=VERSI)
    level: Series[object] = col("level", levels=("sasaran_strategis", "sasaran_program"))
    no: Series[object] = col("text", "No", "No.")
    sasaran: Series[object] = col("text", "Sasaran Strategis", "Sasaran Program", "Sasaran")
    indikator: Series[object] = col("text", "Indikator Kinerja", "Indikator", required=True)
    target: Series[float] = col("percent", "Target", "Target Awal", required=True, qualitative=True)
    # a PK table printing both targets side by side: read as two versions (document layout hook)
    target_perubahan: Series[float] = col("percent", "Target Perubahan", "Target PK Perubahan",
                                          doc="a PK printing both targets side by side")

    class Config:
        name = "pk_indikator"
        metadata = table("Perjanjian Kinerja: indikator dan target", "Performance agreement: indicators and targets",
                         keys=["versi", "indikator"], captions=["perjanjian kinerja"], labels=["indikator"],
                         headings=["sasaran"], layout="pk_indikator", outline="II.3")


class PkPerubahan(CanonicalModel):
    """What the amended PK changed. `jenis` and `subjek` are the reading of each row (in a document,
    from the first word of its substance), so that it can be compared with `pk_indikator` and
    `pk_anggaran`."""

    no: Series[object] = col("text", "No", "No.")
    substansi: Series[object] = col("text", "Substansi Perubahan", "Substansi")
    jenis: Series[object] = col("text", "Jenis", required=True, isin=["target", "anggaran", "lainnya"])
    subjek: Series[object] = col("text", "Subjek",
                                 doc="the indicator (for `target`) or programme (for `anggaran`) the row changes")
    sebelum: Series[object] = col("value", "Sebelum Perubahan", "Sebelum")
    sesudah: Series[object] = col("value", "Sesudah Perubahan", "Sesudah")
    alasan: Series[object] = col("text", "Alasan Perubahan", "Alasan")

    class Config:
        name = "pk_perubahan"
        metadata = table("Substansi perubahan Perjanjian Kinerja", "Amendments to the performance agreement",
                         keys=["jenis", "subjek"], captions=["perubahan perjanjian kinerja", "substansi"],
                         labels=["subjek", "substansi"], layout="pk_perubahan", outline="II.2", lookup="pk_indikator")


class CapaianProgram(CanonicalModel):
    """Realisasi and capaian per programme this year."""

    no: Series[object] = col("text", "No", "No.")
    tujuan: Series[object] = col("text", "Tujuan")
    sasaran: Series[object] = col("text", "Sasaran")
    program: Series[object] = col("text", "Program", required=True)
    realisasi: Series[float] = col("percent", "Realisasi", qualitative=True)
    capaian: Series[float] = col("percent", "Capaian")

    class Config:
        name = "capaian_program"
        metadata = table("Realisasi dan capaian program", "Programme realisation and achievement", keys=["program"],
                         captions=["realisasi dan capaian"], labels=["program"], headings=GROUPS, outline="III.1",
                         label_in_no=True, numbered=True)


class _KinerjaTahun(CanonicalModel):
    level: Series[object] = col("level", levels=ITEM_AVERAGE,
                                doc="`rata_rata`: a row of averages (`Rata-rata Capaian Kinerja`), `total` one of "
                                    "their sum (`Jumlah Capaian Kinerja`); neither is an indicator")
    no: Series[object] = col("text", "No", "No.")
    tujuan: Series[object] = col("text", "Tujuan")
    sasaran: Series[object] = col("text", "Sasaran", "Sasaran Strategis")
    indikator: Series[object] = col("text", "Indikator Tujuan/ Sasaran", "Indikator Kinerja", "Indikator",
                                    required=True)
    tahun: Series[float] = col("year", "Tahun", required=True, ge=1990, le=2100)
    target: Series[float] = col("number", "Target Kinerja", "Target", qualitative=True)
    realisasi: Series[float] = col("number", "Realisasi Kinerja", "Realisasi", "Capaian Kinerja", qualitative=True)
    capaian: Series[float] = col("percent", "Capaian (%)", "% Capaian", "Persentase Capaian", "Tingkat Capaian",
                                 doc="the year's achievement of its target, when printed beside them (percent)")


#: words naming the target for the end of a medium-term plan, never one year's (`Target RPJMD 2012-2017`)
MEDIUM_TERM = ["jangka menengah", "rpjmd", "rpjm", "renstra"]


class KinerjaTahunan(_KinerjaTahun):
    """Indicator targets and realisations over the Renstra years, in long form: the printed table has a
    column pair per year; each (indicator, year) is one row here."""

    class Config:
        name = "kinerja_tahunan"
        metadata = table("Perbandingan realisasi kinerja antar tahun", "Performance over the Renstra years",
                         keys=["indikator", "tahun"], captions=["tahun sebelumnya", "antar tahun", "periode renstra"],
                         labels=["indikator"], headings=GROUPS, outline="III.3", exclude={"target": MEDIUM_TERM})


class KinerjaRenstra(_KinerjaTahun):
    """This year's realisation against the last Renstra year's target (the columns of `kinerja_tahunan`), or
    the realisation so far against the target set for the end of the Renstra (PermenPANRB 53/2014: `realisasi
    kinerja sampai dengan tahun ini dengan target jangka menengah`). A target printed with its year is that
    year's (`Target Kinerja 2023` in the Renstra's last year); one named for the end of the period is
    `target_akhir`, never taken for the year's target, which other tables print for the same year."""

    target_akhir: Series[float] = col("number", "Target Jangka Menengah", "Target Akhir Renstra",
                                      "Target Akhir Periode Renstra", qualitative=True, period_end=True,
                                      doc="the target for the end of the Renstra (`Target Jangka Menengah`, `Target "
                                          "Akhir Renstra 2026`: its year is the Renstra's last, not the row's); the "
                                          "capaian against it is realisasi / target_akhir")
    capaian_akhir: Series[float] = col("percent", "Capaian terhadap Target Akhir Renstra",
                                       "Capaian terhadap Target Jangka Menengah", "Tingkat Capaian terhadap Renstra",
                                       "Capaian terhadap Renstra",
                                       doc="the capaian against `target_akhir`, when the table prints it in a column "
                                           "of its own beside the year's (`Capaian s.d. 2016 terhadap Target Akhir "
                                           "Renstra`); a table printing one capaian and no year's target has it in "
                                           "`capaian`")

    class Config:
        name = "kinerja_renstra"
        metadata = table("Realisasi terhadap target akhir Renstra", "Realisation against the last Renstra target",
                         keys=["indikator", "tahun"],
                         captions=["tahun terakhir renstra", "akhir renstra", "target jangka menengah",
                                   "target renstra", "target rencana strategis", "akhir rencana strategis"],
                         labels=["indikator"], headings=GROUPS, outline="III.4",
                         phrases={"target_akhir": ["target jangka menengah", "target akhir renstra",
                                                   "target akhir periode"],
                                  "capaian_akhir": ["capaian terhadap target akhir", "capaian terhadap target jangka",
                                                    "capaian terhadap renstra"]},
                         exclude={"target": MEDIUM_TERM + ["akhir"], "target_akhir": ["capaian"],
                                  "capaian": ["terhadap target akhir", "terhadap target jangka", "terhadap renstra"]})


class KinerjaPembanding(CanonicalModel):
    """Comparison with another agency; in a document the comparison column is often headed by that
    agency's name (`Kecamatan Randuagung`)."""

    no: Series[object] = col("text", "No", "No.")
    tujuan: Series[object] = col("text", "Tujuan")
    sasaran: Series[object] = col("text", "Sasaran Strategis", "Sasaran")
    indikator: Series[object] = col("text", "Indikator Kinerja", "Indikator", required=True)
    target: Series[float] = col("number", "Target", qualitative=True)
    realisasi: Series[float] = col("number", "Realisasi", qualitative=True)
    pembanding: Series[object] = col("text", "Pembanding", "Instansi Pembanding", doc="the other agency")
    realisasi_pembanding: Series[float] = col("number", "Realisasi Pembanding")

    class Config:
        name = "kinerja_pembanding"
        metadata = table("Perbandingan dengan instansi lain", "Comparison with another agency", keys=["indikator"],
                         captions=["dengan kecamatan", "instansi lain", "pembanding"], labels=["indikator"],
                         headings=GROUPS, layout="pembanding", outline="III.5")


class RealisasiIndikator(CanonicalModel):
    """DATA REALISASI of goal and objective indicators, in long form; in a document the label column's
    header says whether a table lists tujuan or sasaran."""

    level: Series[object] = col("level", levels=("tujuan", "sasaran"), required=True)
    no: Series[object] = col("text", "No", "No.")
    uraian: Series[object] = col("text", "Tujuan", "Sasaran", "Uraian")
    indikator: Series[object] = col("text", "Indikator Tujuan", "Indikator Sasaran", "Indikator", required=True)
    formulasi: Series[object] = col("text", "Formulasi")
    tahun: Series[float] = col("year", "Tahun", required=True, ge=1990, le=2100)
    target: Series[float] = col("number", "Target Kinerja", "Target", qualitative=True)
    realisasi: Series[float] = col("number", "Realisasi Kinerja", "Realisasi", qualitative=True)

    class Config:
        name = "realisasi_indikator"
        metadata = table("Data realisasi indikator tujuan dan sasaran", "Goal and objective indicator data",
                         keys=["indikator", "tahun"],
                         captions=["indikator kinerja tujuan", "indikator kinerja sasaran"],
                         labels=["uraian", "indikator"], layout="tujuan_sasaran", outline="lampiran.2",
                         label_in_no=True, numbered=True, figure="attainment")


class CapaianIndikator(CanonicalModel):
    """The usual "pengukuran kinerja" table: target, realisasi, capaian and predikat per indicator. The
    Jatiroto example has no such table; many LKjIPs do, and the `scale` rule reads it."""

    level: Series[object] = col("level", levels=ITEM_AVERAGE,
                                doc="`rata_rata`: a row of averages (`Rata-rata Capaian Kinerja`), `total` one of "
                                    "their sum (`Jumlah Capaian Kinerja`); neither is an indicator")
    no: Series[object] = col("text", "No", "No.")
    sasaran: Series[object] = col("text", "Sasaran Strategis", "Sasaran")
    indikator: Series[object] = col("text", "Indikator Kinerja", "Indikator", required=True)
    polaritas: Series[object] = col("text", "Polaritas", "Sifat", "Sifat Indikator", "Polaritas Indikator")
    satuan: Series[object] = col("text", "Satuan")
    target: Series[float] = col("number", "Target", qualitative=True)
    realisasi: Series[float] = col("number", "Realisasi", qualitative=True)
    capaian: Series[float] = col("percent", "Capaian", "% Capaian")
    predikat: Series[object] = col("text", "Predikat", "Kategori", "Keterangan")

    class Config:
        name = "capaian_indikator"
        metadata = table("Pengukuran capaian indikator kinerja", "Indicator achievement and predikat",
                         keys=["indikator"], captions=["pengukuran", "capaian indikator"], labels=["indikator"],
                         headings=["sasaran"], outline="III.2", figure="attainment")
