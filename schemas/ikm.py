"""`ikm`: a public-service satisfaction survey (Indeks Kepuasan Masyarakat) per unsur pelayanan, in its long form."""
from pandera.typing import Series

from .base import CanonicalModel, col, table

#: an unsur's row, the IKM (`Jumlah`, the sum of the weighted averages), the IKM of the unit (IKM × 25) and the
#: quality band (`Mutu Pelayanan`) printed under it
LEVELS = ("item", "total", "konversi", "mutu")


class Ikm(CanonicalModel):
    """A satisfaction survey's result as most LKjIPs print it (PermenPANRB 14/2017; before it Kepmenpan 25/2004):
    one row per unsur pelayanan (nine under 14/2017: persyaratan, prosedur, waktu, biaya, produk, kompetensi,
    perilaku, penanganan pengaduan, sarana; fourteen under 25/2004) with its average score (`nrr`, 1 to 4: the
    sum of the respondents' scores over their number) and its weighted average (`nrr_tertimbang`, NRR × 1/n for
    n unsur: 0,111 or 0,071), then the IKM (`total`, the sum of the weighted averages), often the IKM of the unit
    (`konversi`, IKM × 25) and its quality band (`mutu`: A Sangat Baik ... D Tidak Baik). Each weighted average
    is checked against NRR × 1/n (the weight rounded as printed, 0,111, is as right), the IKM against their sum and
    the conversion against IKM × 25, the band against the unit's IKM (PermenPANRB 14/2017's intervals); no score is
    negative."""

    level: Series[object] = col("level", levels=LEVELS,
                                doc="`total`: the IKM (`Jumlah`, `Nilai IKM`); `konversi`: IKM × 25 (`IKM Unit "
                                    "Pelayanan`, its value in `nrr_tertimbang`); `mutu`: the band's row")
    no: Series[object] = col("text", "No", "No.", "Kode", "Kode Unsur")
    unsur: Series[object] = col("text", "Unsur Pelayanan", "Unsur", "Unsur SKM", "Unsur IKM", "Uraian",
                                "Indikator", "Aspek Pelayanan", required=True, doc="the unsur pelayanan (U1 ... U9)")
    nrr: Series[float] = col("number", "NRR", "Nilai Rata-rata", "Nilai Rata-Rata", "NRR / Unsur", "NRR per Unsur",
                             "Nilai Rata-rata per Unsur", "NRR Per Unsur", "Nilai Unsur", required=True, ge=0,
                             doc="the unsur's average score, 1 to 4 (sum of the scores / respondents)")
    nrr_tertimbang: Series[float] = col("number", "NRR Tertimbang", "NRR Tertimbang / Unsur",
                                        "NRR Tertimbang per Unsur", "Nilai Rata-rata Tertimbang",
                                        "Nilai Tertimbang", "NRR x Bobot", ge=0,
                                        doc="NRR × the weight 1/n of n unsur (0,111 for nine); on the `total` row "
                                            "the IKM, on the `konversi` row IKM × 25")
    mutu: Series[object] = col("text", "Mutu", "Mutu Pelayanan", "Kategori", "Kinerja Unit Pelayanan",
                               doc="the quality band, as printed (A Sangat Baik ... D Tidak Baik)")
    keterangan: Series[object] = col("text", "Keterangan", "Ket")

    class Config:
        name = "ikm"
        metadata = table("Indeks Kepuasan Masyarakat per unsur pelayanan",
                         "Public satisfaction index per service element",
                         captions=["indeks kepuasan masyarakat", "survei kepuasan masyarakat", "ikm", "skm",
                                   "kepuasan masyarakat", "unsur pelayanan"],
                         labels=["unsur"], layout="ikm",
                         phrases={"nrr_tertimbang": ["tertimbang"],
                                  "nrr": ["nilai rata-rata", "nrr"],
                                  "unsur": ["unsur pelayanan"]},
                         exclude={"nrr": ["tertimbang"]})
