"""Staff tables: the same people broken down by education, gender and rank."""
from pandera.typing import Series

from .base import CanonicalModel, col, table

#: `rekap`: a category's total over all units, in a table by unit with the categories across the columns (the
#: `Jumlah` row under the kelurahan, one figure per golongan): neither an item nor the table's total
LEVELS = ("item", "subtotal", "total", "rekap")


class _Pegawai(CanonicalModel):
    level: Series[object] = col("level", levels=LEVELS,
                                doc="`rekap`: a category's total over all units, in a table by unit with the "
                                    "categories across the columns (docs/layouts.md)")
    no: Series[object] = col("text", "No", "No.")
    # not required: a staff table often prints only L / P / Jumlah (or Jumlah and %) per row; `jumlah`
    # is then checked against L + P alone
    pns: Series[float] = col("count", "PNS")
    pppk: Series[float] = col("count", "PPPK")
    non_asn: Series[float] = col("count", "TKB", "Non ASN", "Non PNS", "Honorer", "THL", "PTT")
    blud: Series[float] = col("count", "BLUD", "Pegawai BLUD", "Non PNS BLUD", doc="a hospital's own staff")
    laki_laki: Series[float] = col("count", "L", "Laki-laki", "Laki-Laki")
    perempuan: Series[float] = col("count", "P", "Perempuan")
    jumlah: Series[float] = col("count", "Jumlah", "Total", "L+P", required=True)
    # no header of its own: `Satuan Kerja/Ijazah` names the label column (the ijazah under each unit)
    satuan_kerja: Series[object] = col("text", doc="the unit (satuan kerja, UPT, kelurahan) a sub total counts: "
                                       "in a document, the row without figures printed over the unit's rows")


class PegawaiPendidikan(_Pegawai):
    """Staff by education (`Jumlah PNS dan Non PNS berdasarkan tingkat pendidikan`). Status columns a
    table does not print are blank; `jumlah` is checked against the statuses printed (PNS + PPPK + BLUD +
    non-ASN) and against L + P."""

    pendidikan: Series[object] = col("text", "Pendidikan", "Tingkat Pendidikan", "Ijazah", "Ijazah Tertinggi",
                                     required=True)

    class Config:
        name = "pegawai_pendidikan"
        metadata = table("Pegawai menurut pendidikan", "Staff by education", keys=["pendidikan"],
                         captions=["pendidikan", "pegawai", "pns"], labels=["pendidikan"], layout="staff",
                         outline="I.1", label_in_no=True)


class PegawaiGender(_Pegawai):
    """Staff by gender: the columns of `pegawai_pendidikan`, with `jenis_kelamin` for `pendidikan`."""

    jenis_kelamin: Series[object] = col("text", "Jenis Kelamin", required=True)

    class Config:
        name = "pegawai_gender"
        metadata = table("Pegawai menurut jenis kelamin", "Staff by gender", keys=["jenis_kelamin"],
                         captions=["jenis kelamin", "pegawai", "pns"], labels=["jenis_kelamin"], layout="staff",
                         outline="I.2", label_in_no=True,
                         # `Perbedaan Gender` (data terpilah: % L minus % P) is a gap, not the label
                         exclude={"jenis_kelamin": ["perbedaan", "kesenjangan", "selisih"]})


class PegawaiGolongan(_Pegawai):
    """Staff by rank, the same columns again (only ASN have a golongan; a rank table often prints only
    L / P / Jumlah)."""

    golongan: Series[object] = col("text", "Golongan", "Pangkat/Golongan", "Pangkat", required=True)

    class Config:
        name = "pegawai_golongan"
        metadata = table("Pegawai menurut golongan", "Staff by rank", keys=["golongan"],
                         captions=["golongan", "pangkat", "pegawai"], labels=["golongan"], layout="staff",
                         outline="I.3", label_in_no=True)


class PegawaiEselon(_Pegawai):
    """Staff by structural rank (eselon IIIa ... IVb, `Non Eselon`): the same PNS again, counted by the post
    they hold; with its `Non Eselon` row it counts every PNS, as the rank table does."""

    eselon: Series[object] = col("text", "Eselon", "Tingkat Eselon", "Eselon/Jabatan", required=True)

    class Config:
        name = "pegawai_eselon"
        metadata = table("Pegawai menurut eselon", "Staff by structural rank", keys=["eselon"],
                         captions=["eselon", "pegawai", "pns"], labels=["eselon"], layout="staff",
                         outline="I.6", label_in_no=True)


class PegawaiUmur(_Pegawai):
    """Staff by age group (`< 30 tahun`, `30-39 tahun`, ..., `50 tahun >`): the same people again, the
    breakdown data terpilah and many LKjIPs print beside education and gender."""

    umur: Series[object] = col("text", "Umur", "Kelompok Umur", "Usia", "Kelompok Usia", "Golongan Umur",
                               "Satuan Kerja/Umur", required=True)

    class Config:
        name = "pegawai_umur"
        metadata = table("Pegawai menurut umur", "Staff by age", keys=["umur"],
                         captions=["umur", "usia", "pegawai"], labels=["umur"], layout="staff",
                         outline="I.5", label_in_no=True,
                         exclude={"umur": ["perbedaan", "kesenjangan", "selisih"]})


class PegawaiStatus(CanonicalModel):
    """Staff by employment status as rows (PNS, PPPK, BLUD, non-ASN), split by sex: the breakdown a
    kelurahan or a hospital prints when it has no education or rank table."""

    level: Series[object] = col("level", levels=("item", "subtotal", "total"))
    no: Series[object] = col("text", "No", "No.")
    status: Series[object] = col("text", "Status Kepegawaian", "Status", "Jenis Pegawai", required=True)
    # the status as a canonical word (pns, pppk, blud, non_asn), read from the label by the layout hook
    kelompok: Series[object] = col("text", isin=["pns", "pppk", "blud", "non_asn"],
                                   doc="the status in canonical words, read from the label by the vocabulary")
    laki_laki: Series[float] = col("count", "L", "Laki-laki", "Laki-Laki")
    perempuan: Series[float] = col("count", "P", "Perempuan")
    jumlah: Series[float] = col("count", "Jumlah", "Total", "L+P", required=True)

    class Config:
        name = "pegawai_status"
        metadata = table("Pegawai menurut status kepegawaian", "Staff by employment status", keys=["status"],
                         captions=["status kepegawaian", "status", "pegawai"], labels=["status"],
                         layout="staff_status")
