"""The village supervision checklist: one tick column per desa."""
from pandera.typing import Series

from .base import CanonicalModel, col


class PembinaanDesa(CanonicalModel):
    no: Series[object] = col("text", "No", "No.")
    aktivitas: Series[object] = col("text", "Aktivitas", "Kegiatan", required=True)
    jumlah: Series[float] = col("count", "Jumlah")
    persen: Series[float] = col("percent", "%", "Persen", "Persentase", ge=0, le=100)
    keterangan: Series[object] = col("text", "Keterangan")

    class Config:
        name = "pembinaan_desa"
        metadata = {"title": "Pembinaan dan pengawasan desa", "title_en": "Village supervision checklist",
                    "ticks_from": "desa"}
