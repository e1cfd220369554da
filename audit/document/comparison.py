"""A comparison across years: the same amounts printed for two or more years side by side (and one before and
after a budget's amendment: `versions`).

Agencies print their revenue or spending of this year beside last year's (`Tahun 2022 | Tahun 2023`,
`Realisasi 2022 | Realisasi 2023 | Naik/Turun`, a statement's `Anggaran 2023 | Realisasi 2023 | Realisasi 2022`).
No table kind reads such a table as a comparison: a kind of indicators per year would take the amounts for an
indicator's values (or for years), and a budget table one year's column for the year's realisation. This module
finds the columns that differ only by their year, so that the classifier leaves those readings out and the
extraction log says why the table was not read (its difference and growth columns are still checked: GEN004).
"""
from __future__ import annotations

import re

from audit.ingest import headers
from audit.numbers import column_style, parse_number

_YEAR = re.compile(r"^(?:19|20)\d{2}$")
#: words that only say a column is for a year (`Tahun 2022`, `TA 2022`, `Th. 2022`)
_YEAR_WORDS = {"tahun", "ta", "th", "thn", "anggaran_tahun"}
#: an amount of money, as opposed to an indicator's value: most cells this large, or a money unit over it
LARGE = 10_000


def quantity(labels: list[str]) -> tuple[str, ...]:
    """What a column prints, without its year, unit and period: `Realisasi 2022 (Rp)` and `Realisasi TA 2023`
    are both `('realisasi',)`, `Tahun 2022` and `2023` both `()`."""
    words: list[str] = []
    for label in labels:
        words += [w for w in headers.normalise(label).words if not _YEAR.fullmatch(w) and w not in _YEAR_WORDS]
    return tuple(words)


def groups(columns, texts, figures: set[int]) -> list[dict[int, str]]:
    """The comparisons a table prints: for each quantity printed for two or more years in columns of amounts,
    its columns (position -> year). `columns` are the layout's columns (`classify.Column`: labels, year),
    `texts(col)` a column's body cells, `figures` the positions of the figure columns."""
    by_quantity: dict[tuple[str, ...], dict[int, str]] = {}
    for col in columns:
        if col.position not in figures or col.year is None or not _amounts(col, texts(col)):
            continue
        by_quantity.setdefault(quantity(col.labels), {})[col.position] = col.year
    return [found for found in by_quantity.values() if len(set(found.values())) >= 2]


def _amounts(col, cells: list[str]) -> bool:
    """Amounts of money: a money unit over the column, or most of its figures at least 10,000 (an indicator's
    value, a percentage or a count of a few hundred is none)."""
    style = column_style(cells)  # `600.000` beside `1.250.000`: six hundred thousand; with nothing telling, a lone
    # group of three is thousands in a table of figures, as `structure` reads it
    kind = "number" if style else "count"
    values = [p.value for t in cells if t.strip() and (p := parse_number(t, kind, style)).value is not None
              and p.unit not in ("%", "‰")]
    if not values:
        return False
    return col.unit == "money" or sum(abs(v) >= LARGE for v in values) * 2 > len(values)


def misread(found: list[dict[int, str]], mapping: dict[int, str], kinds: dict[str, str], per_year: bool,
            labelled: bool, rupiah: set[int]) -> bool:
    """Would a table kind misread the comparison? It does when it takes one of the compared amounts for anything
    but money (the year itself; an indicator's value where it reads no indicator, or where the header says Rp),
    or when every figure it reads is one quantity of the comparison and it does not read the years as rows (one
    year's column read as the year's realisation, the others left out), or when it reads one year's column of each
    of two compared quantities or more (2013's allocation and realisation, 2014's left out). A statement reading
    this year's anggaran and realisasi beside last year's realisasi reads both years of one quantity, and is not
    this. `kinds`: canonical column
    -> its kind; `labelled`: the kind reads every label column it requires (an indicator of 125.000 visitors a
    year is an indicator's value); `rupiah`: the positions whose header states a money unit."""
    compared = {p for group in found for p in group}
    read = {p: name for p, name in mapping.items() if kinds.get(name) not in (None, "text", "level", "id")}
    for p in compared & set(read):
        kind = kinds.get(read[p])
        if kind == "year" or (kind != "money" and (not labelled or p in rupiah)):
            return True
    if per_year or not read:
        return False
    if any(set(read) <= set(group) for group in found):
        return True
    # one year's set of quantities read (its allocation and its realisation), the other years' left: the table
    # compares years, not a year's budget beside last year's realisation (which reads both years of one quantity)
    touched = [set(group) & set(read) for group in found if set(group) & set(read)]
    return len(touched) >= 2 and all(len(t) == 1 for t in touched)


#: words of a column of what was realised: a table printing one is a realisation table, whatever budgets it prints
_REALISED = frozenset({"realisasi", "serapan", "penyerapan", "terealisasi"})


def versions(columns) -> dict[int, str]:
    """A comparison before and after a budget's amendment (`SEBELUM PERUBAHAN | SETELAH PERUBAHAN`, `APBD | APBD-P`)
    with nothing realised: its budget columns (position -> the header printed over it). No table kind reads it: a
    budget table would take the amended amounts for its budget and the difference for what was realised. Empty for
    any other table (a realisation table printing both budgets beside its realisasi is read, the amended budget as
    its budget: `headers.before_change`). `columns`: the layout's columns (`classify.Column`)."""
    words = [col.words for col in columns]
    if any(w & _REALISED for w in words):
        return {}
    before = headers.before_change(words)
    after = {i for i, w in enumerate(words) if headers.version(w) == "amended"}
    if not before or not after:
        return {}
    return {columns[i].position: " / ".join(columns[i].labels) for i in sorted(before | after)}


def years(found: list[dict[int, str]]) -> list[str]:
    """The years compared, in order."""
    return sorted({y for group in found for y in group.values()})
