"""`pengaduan`: complaints received and resolved per month (a table from a plugin)."""
from pandera.typing import Series

from schemas.base import CanonicalModel, col


class Pengaduan(CanonicalModel):
    bulan: Series[object] = col("text", "Bulan", required=True)
    masuk: Series[float] = col("count", "Pengaduan Masuk", "Masuk", required=True)
    selesai: Series[float] = col("count", "Pengaduan Selesai", "Selesai", required=True)
    persen_selesai: Series[float] = col("percent", "% Selesai", "Persentase Selesai")

    class Config:
        name = "pengaduan"
        metadata = {"keys": ["bulan"], "title": "Penanganan pengaduan", "title_en": "Complaints handled"}


MODELS = [Pengaduan]
