"""What the reviewer's pictures show, as plain data: read from the report's own tables once, drawn by
any output (an inline SVG in the HTML page, a native chart in the working paper)."""
from __future__ import annotations

from dataclasses import dataclass

#: the pictures a table kind can feed (`figure=` in its declaration), each with the columns it reads
FIGURES = {"attainment": ("indikator", "target", "realisasi"), "absorption": ("program", "pagu", "realisasi")}


@dataclass(frozen=True)
class Band:
    """A predikat band: capaian from `low` (None: no floor) up to `high` (None: no ceiling)."""

    label: str
    low: float | None
    high: float | None


@dataclass(frozen=True)
class Attainment:
    """One indicator's capaian (percent of its target), as the report prints it or as computed."""

    indicator: str
    target: float | None
    realisasi: float | None
    capaian: float
    computed: bool = False  # True: realisasi / target x 100, the report printed no capaian


@dataclass(frozen=True)
class Absorption:
    """One programme's budget: pagu and realisasi (rupiah)."""

    programme: str
    pagu: float
    realisasi: float

    @property
    def percent(self) -> float | None:
        return self.realisasi / self.pagu * 100 if self.pagu else None


@dataclass(frozen=True)
class Figures:
    """The pictures' data; a list is empty when the report has no table to draw it from."""

    attainment: tuple[Attainment, ...] = ()
    attainment_table: str | None = None  # the table the capaian were read from
    bands: tuple[Band, ...] = ()  # best first, as the report's predikat scale lists them
    absorption: tuple[Absorption, ...] = ()
    absorption_table: str | None = None
    style: str = "id"  # the report's number format
