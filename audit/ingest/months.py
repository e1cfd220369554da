"""Columns of one month each: `Jan ... Des`, `Januari ... Desember`, `Bulan I ... XII`.

An agency prints a realisation per month (a puskesmas' PKP form: the count achieved in each month under
`Capaian Kegiatan`; a budget page: the rupiah spent in each month under `Realisasi Anggaran`), usually beside
the year's figure (`Jumlah`, `Kompilasi Pencapaian`). The twelve columns of a month's own figure add up to the
year's; a running total (`s.d. Maret`, `Kumulatif`) is not a month's own and is never added. A month column is
known by its own label naming one month (its group label says what is counted), among at least three such
columns of the same group, in calendar order: one header naming a month (`Realisasi s.d. Desember`,
`Realisasi per 31 Desember`) is the period of a yearly figure, not a month's column.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

#: canonical column of each month, January first (the names the table models give them)
COLUMNS = ("jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des")
#: how a month is printed: its name, its abbreviations (with and without the dot), its old spellings
NAMES = {
    1: ("januari", "jan"), 2: ("februari", "pebruari", "feb", "peb"), 3: ("maret", "mar", "mrt"),
    4: ("april", "apr"), 5: ("mei",), 6: ("juni", "jun"), 7: ("juli", "jul"),
    8: ("agustus", "agu", "agus", "agt", "ags", "agst", "agts"), 9: ("september", "sep", "sept", "spt"),
    10: ("oktober", "okt", "oct"), 11: ("november", "nopember", "nov", "nop"), 12: ("desember", "des", "dec"),
}
_BY_NAME = {name: n for n, names in NAMES.items() for name in names}
_ROMAN = {r: n for n, r in enumerate(("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"), 1)}
#: words that make a month's column a running total up to it (`s.d. Maret`, `Kumulatif`)
RUNNING = frozenset({"s", "d", "sd", "sampai", "hingga", "kumulatif", "komulatif", "akumulasi", "akumulatif"})
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
#: fewest month columns that make a table's months (one or two named months are periods of other figures)
FEWEST = 3


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+|\d+", text.lower())


def month_of(labels: Sequence[str]) -> int | None:
    """The month a column's own (last) label names alone (`Jan`, `Januari 2023`, `Bulan III`, or `III` under a
    group label `Bulan`), None for anything else and for a running total up to a month (`s.d. Maret`)."""
    if not labels or not labels[-1].strip():
        return None
    every = [w for label in labels for w in _words(label)]
    if RUNNING & set(every):
        return None
    own = [w for w in _words(labels[-1]) if not _YEAR.match(w) and w not in ("bulan", "bln")]
    if len(own) != 1:
        return None
    word = own[0]
    if word in _BY_NAME:
        return _BY_NAME[word]
    if "bulan" in every or "bln" in every:  # `Bulan I` ... `XII`, `Bulan ke 1` ... `12`
        if word in _ROMAN:
            return _ROMAN[word]
        if word.isdigit() and 1 <= int(word) <= 12:
            return int(word)
    return None


def runs(columns: Sequence[tuple[int, Sequence[str]]]) -> list[dict[int, int]]:
    """The runs of month columns among `columns` ((position, labels outermost first)): per header group
    (the labels over the month's own), position -> month, when at least `FEWEST` columns of the group each name
    a different month, in calendar order from left to right."""
    groups: dict[tuple[str, ...], dict[int, int]] = {}
    for position, labels in columns:
        month = month_of(labels)
        if month is not None:
            groups.setdefault(tuple(labels[:-1]), {})[position] = month
    out = []
    for found in groups.values():
        order = [found[p] for p in sorted(found)]
        if len(order) >= FEWEST and all(a < b for a, b in zip(order, order[1:])):
            out.append(found)
    return out
