"""`pelayanan_rs`: a hospital's bed and death statistics (indikator pelayanan rumah sakit) per year or per ward."""
from pandera.typing import Series

from .base import CanonicalModel, col, table


class PelayananRs(CanonicalModel):
    """The service indicators every hospital reports (Depkes 2005; Barber-Johnson), one row per year, per
    semester or per ward, as an RSUD's profile, LKjIP or a kota's LKjIP prints them: the bed occupancy rate (`bor`,
    % of the bed-days of the period used), the average length of stay (`alos`, days), the bed turnover (`bto`,
    discharges per bed), the turnover interval (`toi`, days a bed stands empty between two patients), the net and
    gross death rates (`ndr`, `gdr`, deaths per 1.000 discharges: after 48 hours, and all). They are read from the
    same counts (bed-days, discharges, beds, days of the period), so they agree: BOR = 100 × (1 − TOI × BTO / days)
    and NDR ≤ GDR. Targets, ideal ranges and capaian of these indicators are read where an indicator table prints
    them (`capaian_indikator`), not here."""

    level: Series[object] = col("level", levels=("item", "total"),
                                doc="`total`: a line for the whole hospital or the average (`Rata-rata`)")
    no: Series[object] = col("text", "No", "No.")
    tahun: Series[float] = col("year", "Tahun", "Periode", doc="the year the row is of, when one row per year")
    uraian: Series[object] = col("text", "Ruang", "Ruangan", "Ruang Perawatan", "Unit", "Bangsal", "Uraian",
                                 doc="the ward or unit the row is of, when one row per ward")
    tt: Series[float] = col("count", "TT", "Jumlah TT", "Jumlah Tempat Tidur", "Tempat Tidur",
                            doc="the beds the figures are counted over")
    bor: Series[float] = col("percent", "BOR", "BOR (%)", "Bed Occupancy Rate", "Bed Occupancy Rate (BOR)",
                             ge=0, doc="bed-days used / (beds × days of the period) × 100")
    alos: Series[float] = col("number", "ALOS", "AvLOS", "AVLOS", "LOS", "Average Length of Stay",
                              "Average Length of Stay (ALOS)", ge=0,
                              doc="days of stay of the discharged / discharges")
    bto: Series[float] = col("number", "BTO", "Bed Turn Over", "Bed Turn Over (BTO)", ge=0,
                             doc="discharges / beds, in the period")
    toi: Series[float] = col("number", "TOI", "Turn Over Interval", "Turn Over Interval (TOI)", ge=0,
                             doc="(beds × days − bed-days used) / discharges: days a bed stands empty")
    ndr: Series[float] = col("number", "NDR", "Net Death Rate", "Net Death Rate (NDR)", ge=0,
                             doc="deaths 48 hours or more after admission / discharges × 1.000")
    gdr: Series[float] = col("number", "GDR", "Gross Death Rate", "Gross Death Rate (GDR)", ge=0,
                             doc="all deaths / discharges × 1.000")

    class Config:
        name = "pelayanan_rs"
        metadata = table("Indikator pelayanan rumah sakit (BOR, ALOS, BTO, TOI, NDR, GDR)",
                         "Hospital bed and death statistics (BOR, ALOS, BTO, TOI, NDR, GDR)",
                         captions=["indikator pelayanan rumah sakit", "pelayanan rumah sakit", "bor", "bto", "toi",
                                   "alos", "ndr", "gdr", "tempat tidur", "rawat inap"],
                         labels=["uraian"],
                         phrases={"bor": ["bor", "bed occupancy rate", "pemakaian tempat tidur"],
                                  "alos": ["alos", "avlos", "los", "average length of stay", "lama dirawat"],
                                  "bto": ["bto", "bed turn over"], "toi": ["toi", "turn over interval"],
                                  "ndr": ["ndr", "net death rate"], "gdr": ["gdr", "gross death rate"]})
