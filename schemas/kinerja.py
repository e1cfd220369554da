"""Performance tables: indicators, targets, realisations and capaian."""
from pandera.typing import Series

from .base import CanonicalModel, col

VERSI = ["awal", "perubahan"]


class Iku(CanonicalModel):
    no: Series[object] = col("text", "No", "No.")
    tujuan: Series[object] = col("text", "Tujuan")
    indikator: Series[object] = col("text", "Indikator Tujuan", "Indikator Kinerja", "Indikator", required=True)
    target: Series[float] = col("number", "Target", required=True)

    class Config:
        name = "iku"
        metadata = {"keys": ["indikator"], "title": "Indikator Kinerja Utama", "title_en": "Key performance indicators"}


class PkIndikator(CanonicalModel):
    versi: Series[object] = col("text", "Versi", required=True, isin=VERSI)
    level: Series[object] = col("level", levels=("sasaran_strategis", "sasaran_program"))
    no: Series[object] = col("text", "No", "No.")
    sasaran: Series[object] = col("text", "Sasaran Strategis", "Sasaran Program", "Sasaran")
    indikator: Series[object] = col("text", "Indikator Kinerja", "Indikator", required=True)
    target: Series[float] = col("percent", "Target", "Target Awal", required=True)
    # a PK table printing both targets side by side: read as two versions (document layout hook)
    target_perubahan: Series[float] = col("percent", "Target Perubahan", "Target PK Perubahan")

    class Config:
        name = "pk_indikator"
        metadata = {"keys": ["versi", "indikator"], "title": "Perjanjian Kinerja: indikator dan target",
                    "title_en": "Performance agreement: indicators and targets"}


class PkPerubahan(CanonicalModel):
    no: Series[object] = col("text", "No", "No.")
    substansi: Series[object] = col("text", "Substansi Perubahan", "Substansi")
    jenis: Series[object] = col("text", "Jenis", required=True, isin=["target", "anggaran", "lainnya"])
    subjek: Series[object] = col("text", "Subjek")
    sebelum: Series[object] = col("value", "Sebelum Perubahan", "Sebelum")
    sesudah: Series[object] = col("value", "Sesudah Perubahan", "Sesudah")
    alasan: Series[object] = col("text", "Alasan Perubahan", "Alasan")

    class Config:
        name = "pk_perubahan"
        metadata = {"keys": ["jenis", "subjek"], "title": "Substansi perubahan Perjanjian Kinerja",
                    "title_en": "Amendments to the performance agreement"}


class CapaianProgram(CanonicalModel):
    no: Series[object] = col("text", "No", "No.")
    tujuan: Series[object] = col("text", "Tujuan")
    sasaran: Series[object] = col("text", "Sasaran")
    program: Series[object] = col("text", "Program", required=True)
    realisasi: Series[float] = col("percent", "Realisasi")
    capaian: Series[float] = col("percent", "Capaian")

    class Config:
        name = "capaian_program"
        metadata = {"keys": ["program"], "title": "Realisasi dan capaian program",
                    "title_en": "Programme realisation and achievement"}


class _KinerjaTahun(CanonicalModel):
    no: Series[object] = col("text", "No", "No.")
    tujuan: Series[object] = col("text", "Tujuan")
    sasaran: Series[object] = col("text", "Sasaran", "Sasaran Strategis")
    indikator: Series[object] = col("text", "Indikator Tujuan/ Sasaran", "Indikator Kinerja", "Indikator", required=True)
    tahun: Series[float] = col("year", "Tahun", required=True, ge=1990, le=2100)
    target: Series[float] = col("number", "Target Kinerja", "Target")
    realisasi: Series[float] = col("number", "Realisasi Kinerja", "Realisasi", "Capaian Kinerja")


class KinerjaTahunan(_KinerjaTahun):
    class Config:
        name = "kinerja_tahunan"
        metadata = {"keys": ["indikator", "tahun"], "title": "Perbandingan realisasi kinerja antar tahun",
                    "title_en": "Performance over the Renstra years"}


class KinerjaRenstra(_KinerjaTahun):
    class Config:
        name = "kinerja_renstra"
        metadata = {"keys": ["indikator", "tahun"], "title": "Realisasi terhadap target akhir Renstra",
                    "title_en": "Realisation against the last Renstra target"}


class KinerjaPembanding(CanonicalModel):
    no: Series[object] = col("text", "No", "No.")
    tujuan: Series[object] = col("text", "Tujuan")
    sasaran: Series[object] = col("text", "Sasaran Strategis", "Sasaran")
    indikator: Series[object] = col("text", "Indikator Kinerja", "Indikator", required=True)
    target: Series[float] = col("number", "Target")
    realisasi: Series[float] = col("number", "Realisasi")
    pembanding: Series[object] = col("text", "Pembanding", "Instansi Pembanding")
    realisasi_pembanding: Series[float] = col("number", "Realisasi Pembanding")

    class Config:
        name = "kinerja_pembanding"
        metadata = {"keys": ["indikator"], "title": "Perbandingan dengan instansi lain",
                    "title_en": "Comparison with another agency"}


class RealisasiIndikator(CanonicalModel):
    level: Series[object] = col("level", levels=("tujuan", "sasaran"), required=True)
    no: Series[object] = col("text", "No", "No.")
    uraian: Series[object] = col("text", "Tujuan", "Sasaran", "Uraian")
    indikator: Series[object] = col("text", "Indikator Tujuan", "Indikator Sasaran", "Indikator", required=True)
    formulasi: Series[object] = col("text", "Formulasi")
    tahun: Series[float] = col("year", "Tahun", required=True, ge=1990, le=2100)
    target: Series[float] = col("number", "Target Kinerja", "Target")
    realisasi: Series[float] = col("number", "Realisasi Kinerja", "Realisasi")

    class Config:
        name = "realisasi_indikator"
        metadata = {"keys": ["indikator", "tahun"], "title": "Data realisasi indikator tujuan dan sasaran",
                    "title_en": "Goal and objective indicator data"}


class CapaianIndikator(CanonicalModel):
    """The usual "pengukuran kinerja" table: target, realisasi, capaian and predikat per indicator."""

    no: Series[object] = col("text", "No", "No.")
    sasaran: Series[object] = col("text", "Sasaran Strategis", "Sasaran")
    indikator: Series[object] = col("text", "Indikator Kinerja", "Indikator", required=True)
    polaritas: Series[object] = col("text", "Polaritas", "Sifat", "Sifat Indikator", "Polaritas Indikator")
    target: Series[float] = col("number", "Target")
    realisasi: Series[float] = col("number", "Realisasi")
    capaian: Series[float] = col("percent", "Capaian", "% Capaian")
    predikat: Series[object] = col("text", "Predikat", "Kategori", "Keterangan")

    class Config:
        name = "capaian_indikator"
        metadata = {"keys": ["indikator"], "title": "Pengukuran capaian indikator kinerja",
                    "title_en": "Indicator achievement and predikat"}
