"""The village supervision checklist: one tick column per desa."""
from pandera.typing import Series

from .base import CanonicalModel, col, table


class PembinaanDesa(CanonicalModel):
    """Village supervision checklist: one **tick** column per village, named as in `report.yaml`
    `desa`, then how many villages and what share of them each activity reached."""

    no: Series[object] = col("text", "No", "No.")
    aktivitas: Series[object] = col("text", "Aktivitas", "Kegiatan", required=True)
    jumlah: Series[float] = col("count", "Jumlah")
    persen: Series[float] = col("percent", "%", "Persen", "Persentase", ge=0, le=100)
    keterangan: Series[object] = col("text", "Keterangan")

    class Config:
        name = "pembinaan_desa"
        metadata = table("Pembinaan dan pengawasan desa", "Village supervision checklist", ticks_from="desa",
                         captions=["pembinaan", "desa"], labels=["aktivitas"], outline="lampiran.5",
                         label_in_no=True, numbered=True)
