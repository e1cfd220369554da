"""The fixed-asset recap: golongan and their items, counts and values."""
from pandera.typing import Series

from .base import CanonicalModel, col


class Aset(CanonicalModel):
    level: Series[object] = col("level", levels=("golongan", "item", "total"), required=True)
    id: Series[object] = col("id")
    no: Series[object] = col("text", "No", "No.")
    bidang_barang: Series[object] = col("text", "Pembidangan Barang", "Uraian", "Nama Barang", required=True)
    jumlah: Series[float] = col("count", "Jumlah", "Jumlah Barang")
    satuan: Series[object] = col("text", "Satuan")
    nilai: Series[float] = col("money", "Nilai (Rp)", "Nilai", "Nilai Rp", "Harga")

    class Config:
        name = "aset"
        metadata = {"keys": ["id"], "title": "Rekapitulasi aset", "title_en": "Asset recap"}
