"""One Pandera model per canonical table (see docs/data-format.md).

`MODELS` is the catalogue ingest and the checks read; a table not listed here is
not canonical. Plugins may add models at run time (`audit.catalog`).
"""
from audit._imports import import_pandera

import_pandera()  # before any pandera import: see audit/_imports.py

from .anggaran import (  # noqa: E402
    Belanja, Efisiensi, Lppd, PkAnggaran, RealisasiKegiatan, RealisasiProgram,
    RealisasiProgramTahunan, RencanaAksi,
)
from .aset import Aset
from .desa import PembinaanDesa
from .kinerja import (
    CapaianIndikator, CapaianProgram, Iku, KinerjaPembanding, KinerjaRenstra, KinerjaTahunan, PkIndikator,
    PkPerubahan, RealisasiIndikator,
)
from .pegawai import PegawaiGender, PegawaiGolongan, PegawaiPendidikan, PegawaiStatus

MODELS = [
    PegawaiPendidikan, PegawaiGender, PegawaiGolongan, Aset, Iku, PkIndikator, PkAnggaran,
    PkPerubahan, CapaianProgram, CapaianIndikator, KinerjaTahunan, KinerjaRenstra, KinerjaPembanding, Efisiensi,
    RealisasiProgram, RealisasiKegiatan, Belanja, Lppd, RealisasiIndikator,
    RealisasiProgramTahunan, RencanaAksi, PembinaanDesa, PegawaiStatus,
]
