"""Staff tables: the same people broken down by education, gender and rank."""
from pandera.typing import Series

from .base import CanonicalModel, col

LEVELS = ("item", "subtotal", "total")


class _Pegawai(CanonicalModel):
    level: Series[object] = col("level", levels=LEVELS)
    no: Series[object] = col("text", "No", "No.")
    pns: Series[float] = col("count", "PNS", required=True)
    pppk: Series[float] = col("count", "PPPK")
    non_asn: Series[float] = col("count", "TKB", "Non ASN", "Non PNS", "Honorer", "THL", "PTT")
    blud: Series[float] = col("count", "BLUD", "Pegawai BLUD", "Non PNS BLUD")  # a hospital's own staff
    laki_laki: Series[float] = col("count", "L", "Laki-laki", "Laki-Laki")
    perempuan: Series[float] = col("count", "P", "Perempuan")
    jumlah: Series[float] = col("count", "Jumlah", "Total", "L+P", required=True)


class PegawaiPendidikan(_Pegawai):
    pendidikan: Series[object] = col("text", "Pendidikan", "Tingkat Pendidikan", required=True)

    class Config:
        name = "pegawai_pendidikan"
        metadata = {"keys": ["pendidikan"], "title": "Pegawai menurut pendidikan",
                    "title_en": "Staff by education"}


class PegawaiGender(_Pegawai):
    jenis_kelamin: Series[object] = col("text", "Jenis Kelamin", required=True)

    class Config:
        name = "pegawai_gender"
        metadata = {"keys": ["jenis_kelamin"], "title": "Pegawai menurut jenis kelamin",
                    "title_en": "Staff by gender"}


class PegawaiGolongan(_Pegawai):
    # only ASN have a golongan: a rank table often shows no status columns, only L / P / Jumlah
    pns: Series[float] = col("count", "PNS")
    golongan: Series[object] = col("text", "Golongan", "Pangkat/Golongan", "Pangkat", required=True)

    class Config:
        name = "pegawai_golongan"
        metadata = {"keys": ["golongan"], "title": "Pegawai menurut golongan",
                    "title_en": "Staff by rank"}


class PegawaiStatus(CanonicalModel):
    """Staff by employment status as rows (PNS, PPPK, BLUD, non-ASN), split by sex: the breakdown a
    kelurahan or a hospital prints when it has no education or rank table."""

    level: Series[object] = col("level", levels=LEVELS)
    no: Series[object] = col("text", "No", "No.")
    status: Series[object] = col("text", "Status Kepegawaian", "Status", "Jenis Pegawai", required=True)
    # the status as a canonical word (pns, pppk, blud, non_asn), read from the label by the layout hook
    kelompok: Series[object] = col("text", isin=["pns", "pppk", "blud", "non_asn"])
    laki_laki: Series[float] = col("count", "L", "Laki-laki", "Laki-Laki")
    perempuan: Series[float] = col("count", "P", "Perempuan")
    jumlah: Series[float] = col("count", "Jumlah", "Total", "L+P", required=True)

    class Config:
        name = "pegawai_status"
        metadata = {"keys": ["status"], "title": "Pegawai menurut status kepegawaian",
                    "title_en": "Staff by employment status"}
