"""Budget tables: pagu, realisasi and their percentages at every level."""
from pandera.typing import Series

from .base import MONTHS, CanonicalModel, col, month, table

#: a `Sub Total` row sums a group of items; it is neither an item nor the table's total
ITEM_TOTAL = ("item", "subtotal", "total")
HIERARCHY = ("program", "kegiatan", "sub_kegiatan")
#: a spending line outside the programmes (`Belanja Tidak Langsung` and its accounts, a grand total over both kinds of
#: spending, Permendagri 13/2006): its own figures are checked, it sums no programme and no programme sums it
OUTSIDE = "luar_program"
OUTSIDE_DOC = ("`luar_program`: spending outside the programmes (`Belanja Tidak Langsung` and its accounts, a grand "
               "total over both kinds): its own figures checked, in no programme's sum")
#: in a budget table the realisasi and capaian are financial: a column with these words is something else
NOT_FINANCIAL = ("fisik", "kinerja", "output", "outcome", "volume")
#: how a budget table may head its percentage spent
SERAPAN = ("serapan", "persentase serapan", "% serapan", "tingkat serapan", "capaian anggaran", "capaian keuangan",
           "% keuangan", "persentase keuangan", "keu %", "% keu")  # `Keu %` beside `FISIK %`

#: a quarter's own realisation, not a running total nor the plan's share
NOT_A_QUARTER = ("kumulatif", "rencana", "target", "rp", "anggaran", "keuangan")
#: a quarter however it is worded (`Real. TW II`, `Realisasi Triwulan 2`, `TW II`): the header's period must be
#: that quarter (`s.d. TW II` is a running total, not the quarter's own)
QUARTER_PHRASES = {f"tw{q}": [f"{word} {n}" for n in (roman, str(q)) for word in ("realisasi triwulan", "triwulan")]
                   for q, roman in enumerate(("i", "ii", "iii", "iv"), 1)}
#: in a budget table, a quarter's own spending (`Triwulan II`, `Realisasi TW II (Rp)`): not a running total, the
#: plan, nor the quarter's physical progress
NOT_SPENT_IN_QUARTER = ("kumulatif", "rencana", "target", *NOT_FINANCIAL)


def spent_in_quarter(q: int, roman: str):
    """A budget table's realisation in quarter `q` alone (its four add up to the realisasi; a running total
    `s.d. TW II` is the realisasi itself)."""
    return col("money", f"TW {roman}", f"Triwulan {roman}", f"Realisasi TW {roman}", f"Realisasi Triwulan {roman}",
               f"TW {q}", doc=f"the budget realised in quarter {q} alone, when the table prints the quarters")


#: words that name the budget as it was before its amendment (`Anggaran Murni`, `Sebelum Perubahan`, `APBD Induk`):
#: such a column is never the budget a percentage spent is computed from (`audit.ingest.headers.version`)
BEFORE_CHANGE = ["murni", "sebelum", "semula", "induk", "awal"]


def before_change():
    """The budget before the amendment, printed beside the amended one (the budget in force): kept as printed,
    never read as the budget nor added to it."""
    return col("money", "Anggaran Murni", "Pagu Murni", "Anggaran Sebelum Perubahan", "Pagu Sebelum Perubahan",
               "Sebelum Perubahan", "APBD Murni",
               doc="the budget before its amendment (APBD murni), when the table prints it beside the amended "
                   "budget; the amended one is the budget")


QUARTERS_SPENT = {f"tw{q}": list(NOT_SPENT_IN_QUARTER) for q in range(1, 5)}
#: a month's own spending: not a plan per month, a running total, nor physical progress (the group label over the
#: months is what the table's months are read by)
MONTHS_SPENT = {name: list(NOT_SPENT_IN_QUARTER) for name, _ in MONTHS}
SPENT = "the budget realised"


class PkAnggaran(CanonicalModel):
    """Perjanjian Kinerja budget per programme, initial and amended."""

    versi: Series[object] = col("text", "Versi", required=True, isin=["awal", "perubahan"])
    level: Series[object] = col("level", levels=ITEM_TOTAL)
    no: Series[object] = col("text", "No", "No.")
    program: Series[object] = col("text", "Program", required=True)
    anggaran: Series[float] = col("money", "Anggaran (Rp.)", "Anggaran", required=True)
    keterangan: Series[object] = col("text", "Keterangan")

    class Config:
        name = "pk_anggaran"
        metadata = table("Perjanjian Kinerja: anggaran program", "Performance agreement: programme budgets",
                         keys=["versi", "program"], captions=["perjanjian kinerja", "anggaran"], labels=["program"],
                         layout="pk_anggaran", outline="II.4", label_in_no=True, numbered=True,
                         exclude={"anggaran": ["realisasi", "sisa"], "program": ["pendapatan"]})


class Efisiensi(CanonicalModel):
    """Efficiency analysis: what each programme achieved against what it spent."""

    no: Series[object] = col("text", "No", "No.")
    program: Series[object] = col("text", "Sasaran/ Program", "Program", required=True)
    indikator: Series[object] = col("text", "Indikator Kinerja", "Indikator")
    target: Series[float] = col("number", "Target", qualitative=True)
    realisasi: Series[float] = col("number", "Realisasi", qualitative=True)
    capaian: Series[float] = col("percent", "Capaian")
    pagu: Series[float] = col("money", "Pagu Anggaran", "Pagu")
    anggaran_murni: Series[float] = before_change()
    realisasi_anggaran: Series[float] = col("money", "Realisasi Anggaran")
    capaian_anggaran: Series[float] = col("percent", "Capaian Anggaran", le=100)
    efisiensi_anggaran: Series[float] = col("percent", "Efisiensi Anggaran")
    efisiensi: Series[float] = col("percent", "Efisiensi")

    class Config:
        name = "efisiensi"
        # keyed by programme and indicator: a programme is printed once per indicator it supports
        metadata = table("Analisis efisiensi penggunaan sumber daya", "Efficiency analysis",
                         keys=["program", "indikator"], captions=["efisiensi"], labels=["program", "indikator"],
                         outline="III.6",
                         label_in_no=True, numbered=True,
                         exclude={"pagu": ["sisa", *BEFORE_CHANGE], "realisasi_anggaran": ["sisa"]})


class RealisasiProgram(CanonicalModel):
    """Budget realisation per programme."""

    level: Series[object] = col("level", levels=ITEM_TOTAL)
    no: Series[object] = col("text", "No", "No.")
    program: Series[object] = col("text", "Program", required=True)
    pagu: Series[float] = col("money", "Pagu", "Anggaran", required=True)
    anggaran_murni: Series[float] = before_change()
    realisasi: Series[float] = col("money", "Realisasi", required=True)
    capaian: Series[float] = col("percent", "%", "Capaian", "Persentase", le=100)
    sisa: Series[float] = col("money", "Sisa", "Sisa Anggaran", "Sisa Dana", "Sisa Pagu", "Saldo", "Saldo Anggaran",
                              doc="the budget left unspent, as printed (pagu minus realisasi)")
    tw1: Series[float] = spent_in_quarter(1, "I")
    tw2: Series[float] = spent_in_quarter(2, "II")
    tw3: Series[float] = spent_in_quarter(3, "III")
    tw4: Series[float] = spent_in_quarter(4, "IV")
    jan: Series[float] = month(1, "money", SPENT)
    feb: Series[float] = month(2, "money", SPENT)
    mar: Series[float] = month(3, "money", SPENT)
    apr: Series[float] = month(4, "money", SPENT)
    mei: Series[float] = month(5, "money", SPENT)
    jun: Series[float] = month(6, "money", SPENT)
    jul: Series[float] = month(7, "money", SPENT)
    agu: Series[float] = month(8, "money", SPENT)
    sep: Series[float] = month(9, "money", SPENT)
    okt: Series[float] = month(10, "money", SPENT)
    nov: Series[float] = month(11, "money", SPENT)
    des: Series[float] = month(12, "money", SPENT)

    class Config:
        name = "realisasi_program"
        metadata = table("Realisasi anggaran program", "Programme budget realisation", keys=["program"],
                         captions=["realisasi anggaran program"], labels=["program"], layout="totals",
                         outline="III.7", phrases={"capaian": SERAPAN, **QUARTER_PHRASES}, label_in_no=True,
                         numbered=True, figure="absorption",
                         exclude={"program": ["pendapatan"], "realisasi": NOT_FINANCIAL, "capaian": NOT_FINANCIAL,
                                  "pagu": ["sisa", "fisik", *BEFORE_CHANGE], **QUARTERS_SPENT, **MONTHS_SPENT})


class RealisasiKegiatan(CanonicalModel):
    """Budget realisation per kegiatan and sub kegiatan."""

    level: Series[object] = col("level", levels=(*HIERARCHY, "subtotal", "total", OUTSIDE), required=True,
                                doc=OUTSIDE_DOC)
    id: Series[object] = col("id", doc="programme `P`, kegiatan `P.K` (programme number, kegiatan number), "
                                       "sub kegiatan `P.K.S`; a programme's sub total `P`")
    no: Series[object] = col("text", "No", "No.", doc="as printed (the programme number on kegiatan rows)")
    kode: Series[object] = col("text", "Kode", "Kode Rekening",
                               doc="the budget code, when printed in a column of its own")
    uraian: Series[object] = col("text", "Kegiatan", "Uraian", "Kegiatan/Sub Kegiatan")
    program: Series[object] = col("text", "Program",
                                  doc="the programme printed in a column of its own beside its kegiatan (once over "
                                      "them, or on each row)")
    anggaran: Series[float] = col("money", "Anggaran", "Pagu", required=True)
    anggaran_murni: Series[float] = before_change()
    realisasi: Series[float] = col("money", "Realisasi", required=True)
    capaian: Series[float] = col("percent", "Capaian", "%", le=100)
    sisa: Series[float] = col("money", "Sisa", "Sisa Anggaran", "Sisa Dana", "Sisa Pagu", "Saldo", "Saldo Anggaran",
                              doc="the budget left unspent, as printed (pagu minus realisasi)")
    tw1: Series[float] = spent_in_quarter(1, "I")
    tw2: Series[float] = spent_in_quarter(2, "II")
    tw3: Series[float] = spent_in_quarter(3, "III")
    tw4: Series[float] = spent_in_quarter(4, "IV")
    jan: Series[float] = month(1, "money", SPENT)
    feb: Series[float] = month(2, "money", SPENT)
    mar: Series[float] = month(3, "money", SPENT)
    apr: Series[float] = month(4, "money", SPENT)
    mei: Series[float] = month(5, "money", SPENT)
    jun: Series[float] = month(6, "money", SPENT)
    jul: Series[float] = month(7, "money", SPENT)
    agu: Series[float] = month(8, "money", SPENT)
    sep: Series[float] = month(9, "money", SPENT)
    okt: Series[float] = month(10, "money", SPENT)
    nov: Series[float] = month(11, "money", SPENT)
    des: Series[float] = month(12, "money", SPENT)

    class Config:
        name = "realisasi_kegiatan"
        metadata = table("Realisasi anggaran kegiatan dan sub kegiatan", "Kegiatan and sub-kegiatan budget realisation",
                         keys=["id"], captions=["realisasi anggaran kegiatan", "sub kegiatan", "program dan kegiatan",
                                                "program, kegiatan"],
                         labels=["uraian"], headings=["program"], layout="kegiatan", outline="III.8",
                         # its rows start with programmes: `Program`, `Program/Kegiatan` heads the label column
                         phrases={"capaian": SERAPAN, "uraian": ["program"], **QUARTER_PHRASES},
                         label_in_no=True, numbered=True,
                         # revenue is not spending: a BLUD revenue table is read by the generic checks
                         exclude={"uraian": ["pendapatan"], "realisasi": NOT_FINANCIAL, "capaian": NOT_FINANCIAL,
                                  "anggaran": ["sisa", "fisik", *BEFORE_CHANGE], **QUARTERS_SPENT, **MONTHS_SPENT})


class Belanja(CanonicalModel):
    """Spending by kind (belanja tidak langsung / langsung, or operasi / modal)."""

    level: Series[object] = col("level", levels=ITEM_TOTAL)
    jenis_belanja: Series[object] = col("text", "Belanja", "Jenis Belanja", required=True)
    anggaran: Series[float] = col("money", "Anggaran", required=True)
    anggaran_murni: Series[float] = before_change()
    realisasi: Series[float] = col("money", "Realisasi", required=True)
    capaian: Series[float] = col("percent", "%", "Capaian", le=100)
    sisa: Series[float] = col("money", "Sisa", "Sisa Anggaran", "Sisa Dana", "Sisa Pagu", "Saldo", "Saldo Anggaran",
                              doc="the budget left unspent, as printed (pagu minus realisasi)")

    class Config:
        name = "belanja"
        metadata = table("Realisasi belanja langsung dan tidak langsung", "Direct and indirect spending",
                         keys=["jenis_belanja"], captions=["realisasi total", "belanja"], labels=["jenis_belanja"],
                         layout="totals", outline="III.9",
                         phrases={"capaian": SERAPAN, "jenis_belanja": ["uraian", "jenis"]},
                         exclude={"jenis_belanja": ["pendapatan"], "realisasi": NOT_FINANCIAL,
                                  "capaian": NOT_FINANCIAL, "anggaran": ["sisa", "fisik", *BEFORE_CHANGE]})


class Lppd(CanonicalModel):
    """Programme, kegiatan and sub kegiatan outputs and budgets (an LPPD-style annex). An item with
    several indicators has one row per indicator, with the same `id`; the money columns are filled on
    its first row only."""

    level: Series[object] = col("level", levels=(*HIERARCHY, "subtotal", "total", OUTSIDE), required=True,
                                doc=OUTSIDE_DOC)
    id: Series[object] = col("id", doc="programme `P`, kegiatan `P.K`, sub kegiatan `P.K.S`")
    no: Series[object] = col("text", "No", "No.")
    kode: Series[object] = col("text", "Kode", "Kode Rekening")
    uraian: Series[object] = col("text", "Uraian Program Kegiatan", "Uraian", required=True)
    indikator: Series[object] = col("text", "Indikator Kinerja", "Indikator")
    target: Series[float] = col("number", "Target Angka", "Target", qualitative=True)
    target_satuan: Series[object] = col("text", "Target Satuan", "Satuan Target")
    realisasi: Series[float] = col("number", "Realisasi Angka", "Realisasi", qualitative=True)
    realisasi_satuan: Series[object] = col("text", "Realisasi Satuan", "Satuan Realisasi")
    capaian: Series[float] = col("percent", "% Kinerja", "Capaian Kinerja", "Capaian")
    anggaran: Series[float] = col("money", "Target Keuangan", "Anggaran")
    anggaran_murni: Series[float] = before_change()
    realisasi_anggaran: Series[float] = col("money", "Realisasi Keuangan", "Realisasi Anggaran")
    capaian_anggaran: Series[float] = col("percent", "% Keuangan", "Capaian Anggaran", le=100)

    class Config:
        name = "lppd"
        metadata = table("Capaian pelaksanaan program kegiatan (LPPD)",
                         "Programme and kegiatan outputs and budgets (LPPD)", keys=["id", "indikator"],
                         captions=["capaian pelaksanaan program", "lppd"], labels=["uraian", "indikator"],
                         layout="lppd", outline="lampiran.1", label_in_no=True, numbered=True,
                         phrases={"anggaran": ["target keuangan", "pagu keuangan", "anggaran"],
                                  "realisasi_anggaran": ["realisasi keuangan"],
                                  "capaian": ["% kinerja", "capaian kinerja", "% fisik", "capaian fisik"],
                                  "capaian_anggaran": ["% keuangan", "capaian keuangan"]},
                         exclude={"uraian": ["pendapatan"], "anggaran": ["sisa", *BEFORE_CHANGE]})


class RealisasiProgramTahunan(CanonicalModel):
    """DATA REALISASI of programme performance and budget, in long form; money is on the first
    indicator row of a programme only."""

    level: Series[object] = col("level", levels=ITEM_TOTAL)
    no: Series[object] = col("text", "No", "No.")
    program: Series[object] = col("text", "Program")
    sasaran_program: Series[object] = col("text", "Sasaran Program")
    indikator: Series[object] = col("text", "Indikator Program", "Indikator")
    tahun: Series[float] = col("year", "Tahun", required=True, ge=1990, le=2100)
    target: Series[float] = col("number", "Target Kinerja", "Target", qualitative=True)
    realisasi: Series[float] = col("number", "Realisasi Kinerja", "Realisasi", qualitative=True)
    pagu: Series[float] = col("money", "Target Anggaran", "Pagu", "Anggaran")
    realisasi_anggaran: Series[float] = col("money", "Realisasi Anggaran")

    class Config:
        name = "realisasi_program_tahunan"
        metadata = table("Data realisasi kinerja dan anggaran program", "Programme performance and budget data",
                         keys=["indikator", "tahun"], captions=["kinerja dan anggaran program"],
                         labels=["program", "indikator"], layout="totals", outline="lampiran.3",
                         label_in_no=True, numbered=True,
                         phrases={"pagu": ["target anggaran", "anggaran"]})


class RencanaAksi(CanonicalModel):
    """Action plan rows with their quarterly splits; a target keeps its unit (`16 Unit`). A plan of indicators
    alone (a hospital's quarterly targets per indicator) names its rows by the indicator: no `uraian` needed."""

    level: Series[object] = col("level", levels=HIERARCHY)
    no: Series[object] = col("text", "No", "No.")
    uraian: Series[object] = col("text", "Program/Kegiatan/Sub Kegiatan", "Uraian")
    indikator: Series[object] = col("text", "Indikator Kinerja", "Indikator")
    target: Series[float] = col("number", "Target", qualitative=True)
    anggaran: Series[float] = col("money", "Anggaran", "Pagu")
    tw1: Series[float] = col("percent", "TW I", "Triwulan I", "TW 1", ge=0, le=100)
    tw2: Series[float] = col("percent", "TW II", "Triwulan II", "TW 2", ge=0, le=100)
    tw3: Series[float] = col("percent", "TW III", "Triwulan III", "TW 3", ge=0, le=100)
    tw4: Series[float] = col("percent", "TW IV", "Triwulan IV", "TW 4", ge=0, le=100)

    class Config:
        name = "rencana_aksi"
        metadata = table("Rencana aksi", "Action plan", captions=["rencana aksi"], labels=["uraian", "indikator"],
                         layout="rencana_aksi", outline="lampiran.4",
                         label_in_no=True, numbered=True, shape="rencana_aksi")


class RealisasiTriwulan(CanonicalModel):
    """Realisation of the action plan quarter by quarter (the evaluation of the Renja, Permendagri
    86/2017 form E.81: realisasi kinerja pada triwulan I-IV against the year's target); each
    quarter's own realisation in the target's units or as a percentage of the plan, a remark per row."""

    level: Series[object] = col("level", levels=HIERARCHY)
    no: Series[object] = col("text", "No", "No.")
    uraian: Series[object] = col("text", "Program/Kegiatan/Sub Kegiatan", "Program/Kegiatan", "Uraian",
                                 required=True)
    indikator: Series[object] = col("text", "Indikator Kinerja", "Indikator")
    target: Series[float] = col("number", "Target", "Target Kinerja", "Target Tahunan", qualitative=True)
    tw1: Series[float] = col("number", "Realisasi TW I", "Realisasi Triwulan I", "TW I", "Triwulan I", "TW 1",
                             required=True, ge=0)
    tw2: Series[float] = col("number", "Realisasi TW II", "Realisasi Triwulan II", "TW II", "Triwulan II", "TW 2",
                             required=True, ge=0)
    tw3: Series[float] = col("number", "Realisasi TW III", "Realisasi Triwulan III", "TW III", "Triwulan III",
                             "TW 3", required=True, ge=0)
    tw4: Series[float] = col("number", "Realisasi TW IV", "Realisasi Triwulan IV", "TW IV", "Triwulan IV", "TW 4",
                             required=True, ge=0)
    realisasi: Series[float] = col("number", "Jumlah Realisasi", "Total Realisasi", "Realisasi Tahunan",
                                   qualitative=True)
    capaian: Series[float] = col("percent", "Capaian", "Tingkat Capaian", "Capaian (%)")
    keterangan: Series[object] = col("text", "Keterangan", "Ket.")

    class Config:
        name = "realisasi_triwulan"
        metadata = table("Realisasi rencana aksi per triwulan", "Quarterly realisation of the action plan",
                         captions=["realisasi rencana aksi", "realisasi triwulan", "evaluasi rencana aksi",
                                   "monitoring rencana aksi", "realisasi kinerja pada triwulan"],
                         labels=["uraian", "indikator"], layout="rencana_aksi", outline="lampiran.5",
                         label_in_no=True, numbered=True, phrases=QUARTER_PHRASES,
                         exclude={f"tw{q}": list(NOT_A_QUARTER) for q in range(1, 5)})
