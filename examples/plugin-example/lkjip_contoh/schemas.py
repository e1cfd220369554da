"""`pengaduan`: complaints received and resolved per month (a table from a plugin)."""
from pandera.typing import Series

from schemas.base import CanonicalModel, col, table


class Pengaduan(CanonicalModel):
    """Complaints received and resolved per month."""

    bulan: Series[object] = col("text", "Bulan", required=True)
    masuk: Series[float] = col("count", "Pengaduan Masuk", "Masuk", required=True)
    selesai: Series[float] = col("count", "Pengaduan Selesai", "Selesai", required=True)
    persen_selesai: Series[float] = col("percent", "% Selesai", "Persentase Selesai")

    class Config:
        name = "pengaduan"
        # the whole table kind: a document's table is recognised by these caption words and the headers
        # above, and its rows are named by their month
        metadata = table("Penanganan pengaduan", "Complaints handled", keys=["bulan"],
                         captions=["pengaduan"], labels=["bulan"])


MODELS = [Pengaduan]
