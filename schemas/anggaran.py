"""Budget tables: pagu, realisasi and their percentages at every level."""
from pandera.typing import Series

from .base import CanonicalModel, col

#: a `Sub Total` row sums a group of items; it is neither an item nor the table's total
ITEM_TOTAL = ("item", "subtotal", "total")
HIERARCHY = ("program", "kegiatan", "sub_kegiatan")


class PkAnggaran(CanonicalModel):
    versi: Series[object] = col("text", "Versi", required=True, isin=["awal", "perubahan"])
    level: Series[object] = col("level", levels=ITEM_TOTAL)
    no: Series[object] = col("text", "No", "No.")
    program: Series[object] = col("text", "Program", required=True)
    anggaran: Series[float] = col("money", "Anggaran (Rp.)", "Anggaran", required=True)
    keterangan: Series[object] = col("text", "Keterangan")

    class Config:
        name = "pk_anggaran"
        metadata = {"keys": ["versi", "program"], "title": "Perjanjian Kinerja: anggaran program",
                    "title_en": "Performance agreement: programme budgets"}


class Efisiensi(CanonicalModel):
    no: Series[object] = col("text", "No", "No.")
    program: Series[object] = col("text", "Sasaran/ Program", "Program", required=True)
    indikator: Series[object] = col("text", "Indikator Kinerja", "Indikator")
    target: Series[float] = col("number", "Target")
    realisasi: Series[float] = col("number", "Realisasi")
    capaian: Series[float] = col("percent", "Capaian")
    pagu: Series[float] = col("money", "Pagu Anggaran", "Pagu")
    realisasi_anggaran: Series[float] = col("money", "Realisasi Anggaran")
    capaian_anggaran: Series[float] = col("percent", "Capaian Anggaran", le=100)
    efisiensi_anggaran: Series[float] = col("percent", "Efisiensi Anggaran")
    efisiensi: Series[float] = col("percent", "Efisiensi")

    class Config:
        name = "efisiensi"
        metadata = {"keys": ["program"], "title": "Analisis efisiensi penggunaan sumber daya",
                    "title_en": "Efficiency analysis"}


class RealisasiProgram(CanonicalModel):
    level: Series[object] = col("level", levels=ITEM_TOTAL)
    no: Series[object] = col("text", "No", "No.")
    program: Series[object] = col("text", "Program", required=True)
    pagu: Series[float] = col("money", "Pagu", "Anggaran", required=True)
    realisasi: Series[float] = col("money", "Realisasi", required=True)
    capaian: Series[float] = col("percent", "%", "Capaian", "Persentase", le=100)

    class Config:
        name = "realisasi_program"
        metadata = {"keys": ["program"], "title": "Realisasi anggaran program",
                    "title_en": "Programme budget realisation"}


class RealisasiKegiatan(CanonicalModel):
    level: Series[object] = col("level", levels=(*HIERARCHY, "subtotal", "total"), required=True)
    id: Series[object] = col("id")
    no: Series[object] = col("text", "No", "No.")
    kode: Series[object] = col("text", "Kode", "Kode Rekening")
    uraian: Series[object] = col("text", "Kegiatan", "Uraian", "Kegiatan/Sub Kegiatan")
    anggaran: Series[float] = col("money", "Anggaran", "Pagu", required=True)
    realisasi: Series[float] = col("money", "Realisasi", required=True)
    capaian: Series[float] = col("percent", "Capaian", "%", le=100)

    class Config:
        name = "realisasi_kegiatan"
        metadata = {"keys": ["id"], "title": "Realisasi anggaran kegiatan dan sub kegiatan",
                    "title_en": "Kegiatan and sub-kegiatan budget realisation"}


class Belanja(CanonicalModel):
    level: Series[object] = col("level", levels=ITEM_TOTAL)
    jenis_belanja: Series[object] = col("text", "Belanja", "Jenis Belanja", required=True)
    anggaran: Series[float] = col("money", "Anggaran", required=True)
    realisasi: Series[float] = col("money", "Realisasi", required=True)
    capaian: Series[float] = col("percent", "%", "Capaian", le=100)

    class Config:
        name = "belanja"
        metadata = {"keys": ["jenis_belanja"], "title": "Realisasi belanja langsung dan tidak langsung",
                    "title_en": "Direct and indirect spending"}


class Lppd(CanonicalModel):
    level: Series[object] = col("level", levels=(*HIERARCHY, "subtotal", "total"), required=True)
    id: Series[object] = col("id")
    no: Series[object] = col("text", "No", "No.")
    kode: Series[object] = col("text", "Kode", "Kode Rekening")
    uraian: Series[object] = col("text", "Uraian Program Kegiatan", "Uraian", required=True)
    indikator: Series[object] = col("text", "Indikator Kinerja", "Indikator")
    target: Series[float] = col("number", "Target Angka", "Target")
    target_satuan: Series[object] = col("text", "Target Satuan", "Satuan Target")
    realisasi: Series[float] = col("number", "Realisasi Angka", "Realisasi")
    realisasi_satuan: Series[object] = col("text", "Realisasi Satuan", "Satuan Realisasi")
    capaian: Series[float] = col("percent", "% Kinerja", "Capaian Kinerja", "Capaian")
    anggaran: Series[float] = col("money", "Target Keuangan", "Anggaran")
    realisasi_anggaran: Series[float] = col("money", "Realisasi Keuangan", "Realisasi Anggaran")
    capaian_anggaran: Series[float] = col("percent", "% Keuangan", "Capaian Anggaran", le=100)

    class Config:
        name = "lppd"
        metadata = {"keys": ["id", "indikator"], "title": "Capaian pelaksanaan program kegiatan (LPPD)",
                    "title_en": "Programme and kegiatan outputs and budgets (LPPD)"}


class RealisasiProgramTahunan(CanonicalModel):
    level: Series[object] = col("level", levels=ITEM_TOTAL)
    no: Series[object] = col("text", "No", "No.")
    program: Series[object] = col("text", "Program")
    sasaran_program: Series[object] = col("text", "Sasaran Program")
    indikator: Series[object] = col("text", "Indikator Program", "Indikator")
    tahun: Series[float] = col("year", "Tahun", required=True, ge=1990, le=2100)
    target: Series[float] = col("number", "Target Kinerja", "Target")
    realisasi: Series[float] = col("number", "Realisasi Kinerja", "Realisasi")
    pagu: Series[float] = col("money", "Target Anggaran", "Pagu", "Anggaran")
    realisasi_anggaran: Series[float] = col("money", "Realisasi Anggaran")

    class Config:
        name = "realisasi_program_tahunan"
        metadata = {"keys": ["indikator", "tahun"], "title": "Data realisasi kinerja dan anggaran program",
                    "title_en": "Programme performance and budget data"}


class RencanaAksi(CanonicalModel):
    level: Series[object] = col("level", levels=HIERARCHY)
    no: Series[object] = col("text", "No", "No.")
    uraian: Series[object] = col("text", "Program/Kegiatan/Sub Kegiatan", "Uraian", required=True)
    indikator: Series[object] = col("text", "Indikator Kinerja", "Indikator")
    target: Series[float] = col("number", "Target")
    anggaran: Series[float] = col("money", "Anggaran", "Pagu")
    tw1: Series[float] = col("percent", "TW I", "Triwulan I", "TW 1", ge=0, le=100)
    tw2: Series[float] = col("percent", "TW II", "Triwulan II", "TW 2", ge=0, le=100)
    tw3: Series[float] = col("percent", "TW III", "Triwulan III", "TW 3", ge=0, le=100)
    tw4: Series[float] = col("percent", "TW IV", "Triwulan IV", "TW 4", ge=0, le=100)

    class Config:
        name = "rencana_aksi"
        metadata = {"title": "Rencana aksi", "title_en": "Action plan"}
