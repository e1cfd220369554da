"""One Pandera model per canonical table, each declaring its table kind whole (docs/data-format.md).

`MODELS` registers them: a table not listed here is not canonical (a test finds a model left
out). It is a list, not a scan of the modules, because its order is behaviour: the classifier
gives a tie to the kind listed first, and docs/data-format.md follows it. Plugins add models
at run time (`audit.catalog`).
"""
from audit._imports import import_pandera

import_pandera()  # before any pandera import: see audit/_imports.py

from .anggaran import (
    Belanja,
    Efisiensi,
    Lppd,
    PkAnggaran,
    RealisasiKegiatan,
    RealisasiProgram,
    RealisasiProgramTahunan,
    RealisasiTriwulan,
    RencanaAksi,
)
from .aset import Aset
from .cakupan import Cakupan
from .desa import PembinaanDesa
from .ikm import Ikm
from .kinerja import (
    CapaianIndikator,
    CapaianProgram,
    Iku,
    KinerjaPembanding,
    KinerjaRenstra,
    KinerjaTahunan,
    PkIndikator,
    PkPerubahan,
    RealisasiIndikator,
)
from .lra import Lra
from .pegawai import PegawaiEselon, PegawaiGender, PegawaiGolongan, PegawaiPendidikan, PegawaiStatus, PegawaiUmur
from .rumahsakit import PelayananRs

MODELS = [
    PegawaiPendidikan, PegawaiGender, PegawaiGolongan, Aset, Iku, PkIndikator, PkAnggaran,
    PkPerubahan, CapaianProgram, CapaianIndikator, KinerjaTahunan, KinerjaRenstra, KinerjaPembanding, Efisiensi,
    RealisasiProgram, RealisasiKegiatan, Belanja, Lppd, RealisasiIndikator,
    RealisasiProgramTahunan, RencanaAksi, PembinaanDesa, PegawaiStatus, RealisasiTriwulan, PegawaiUmur, Lra,
    PegawaiEselon,
    Cakupan, Ikm, PelayananRs,
]
