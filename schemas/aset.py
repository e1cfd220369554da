"""The fixed-asset recap: golongan and their items, counts and values."""
from pandera.typing import Series

from .base import CanonicalModel, col, table


class Aset(CanonicalModel):
    """Fixed-asset recap by golongan: each golongan row, then its items. In a document a golongan row
    is bold, says `GOLONGAN ...`, or is one of the six golongan of fixed assets by name."""

    level: Series[object] = col("level", levels=("golongan", "item", "total"), required=True)
    id: Series[object] = col("id", doc="golongan `1`, its items `1.1`, `1.2` …")
    no: Series[object] = col("text", "No", "No.")
    bidang_barang: Series[object] = col("text", "Pembidangan Barang", "Uraian", "Nama Barang", required=True)
    jumlah: Series[float] = col("count", "Jumlah", "Jumlah Barang")
    satuan: Series[object] = col("text", "Satuan")
    nilai: Series[float] = col("money", "Nilai (Rp)", "Nilai", "Nilai Rp", "Harga")

    class Config:
        name = "aset"
        metadata = table("Rekapitulasi aset", "Asset recap", keys=["id"], captions=["aset", "barang"],
                         labels=["bidang_barang"], layout="asset_groups", outline="I.4",
                         label_in_no=True, numbered=True,
                         # the six golongan of fixed assets (Standar Akuntansi Pemerintahan, KIB A-F): group rows
                         # by name in a recap neither bold nor headed `GOLONGAN ...`
                         group_rows=["tanah", "peralatan dan mesin", "gedung dan bangunan",
                                     "jalan, irigasi dan jaringan", "jalan, irigasi, dan jaringan",
                                     "aset tetap lainnya", "konstruksi dalam pengerjaan"])
