"""Header text -> canonical column, by meaning rather than by exact spelling.

Agencies word the same column many ways: `Realisasi`, `Realisasi s.d. Desember
2023 (Rp)`, `Realisasi Keuangan s/d TW IV`. A header is normalised (case,
punctuation, units in brackets, years, period qualifiers), its abbreviations are
expanded, and its words are compared with the phrases of the vocabulary
(`schemas/vocabulary.yaml`, data rather than code, and the phrases a table kind's
model declares for itself). A mapping found this way is
taken only when the column's content agrees with the column's kind, so a near-miss
header cannot make a column of names the `realisasi`.

The exact aliases of the table models are always tried first (`header_key`), so a
report that reads today reads the same.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache

from audit import catalog
from audit.bases import base_of
from audit.ingest import months as month_names
from audit.numbers import clean, column_style, parse_number

_BRACKET = re.compile(r"[\(\[]([^()\[\]]{0,40})[\)\]]")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
#: a year named relative to the report's (`Tahun N-1`, `TH. (N)`, `Th N`, `Tahun N+1`): a year, not words of the
#: header; `Thn` (an abbreviated `Tahun`: `Capaian Thn Lalu`) is none
RELATIVE_YEAR = re.compile(r"\b(?:tahun|th\.|th(?=[\s(]))\s*\(?\s*n\s*(?:([-+−–])\s*(\d))?\s*\)?(?![\w.,])", re.I)
#: the year before the report's named by words (`Tahun Lalu`, `Thn. Sebelumnya`): no year a header names by number
LAST_YEAR = re.compile(r"\b(?:tahun|thn|th)\.?\s+(?:lalu|sebelumnya)\b", re.I)
_WORD = re.compile(r"%|[0-9a-z]+")
#: words of a phrase the header may lack beyond the phrase's own (`Realisasi Anggaran Belanja Daerah`)
EXTRA_WORDS = 2
#: a period a header can name on its own: `TW II`, `Triwulan 2`, `Semester I` (its number as a digit)
_PERIOD_UNITS = frozenset({"triwulan", "semester"})
_NUMERALS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
#: words before a period that make it a running total: `Realisasi s.d. TW II` is not the second quarter's own
_UP_TO = frozenset({"s", "d", "sd", "sampai", "hingga", "kumulatif"})
#: a month's name (and its abbreviations) -> its number
_MONTHS = {name: n for n, names in month_names.NAMES.items() for name in names}
NUMERIC_KINDS = {"count", "money", "percent", "number", "year", "tick"}


@dataclass(frozen=True)
class Header:
    """A header as recognition sees it: its meaningful words and the unit it states, if any."""

    words: tuple[str, ...]
    unit: str | None = None  # money | percent | count, from `(Rp)`, `(%)`, `(orang)`
    #: the one period the header names (`triwulan 2`; `s.d. triwulan 2` for a running total), whose
    #: words are dropped from `words` like every period word, but which a phrase naming a period must match
    period: str | None = None


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    """The shipped vocabulary (schemas/vocabulary.yaml), read once."""
    from audit.yamlsafe import shipped

    return shipped("vocabulary.yaml")


def header_key(text: object) -> str:
    """Compare headers ignoring case, spacing and punctuation (but keep `%`): the exact-alias key."""
    return re.sub(r"[^0-9a-z%]+", "", clean(str(text or "")).lower())


@lru_cache(maxsize=1)
def _word_lists() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """(unit words -> kind, stopwords, period words) of the vocabulary, prepared once."""
    vocab = vocabulary()
    units = {" ".join(_tokens(u, {})): kind for kind, words in vocab["units"].items() for u in words}
    return units, frozenset(vocab["stopwords"]), frozenset(str(p) for p in vocab["periods"])


#: whether header words mistyped by one keystroke are read as the main word they miss (`_typo`): for the tables
#: printed in a document (`audit.document.extract` sets it), whose headers the agency typed; never for a CSV folder
#: or workbook, whose column names follow docs/data-format.md and are said when unknown (INPUT002)
TYPOS: ContextVar[bool] = ContextVar("header_typos", default=False)


def normalise(text: str) -> Header:
    """The words of a header that say what it is, and the unit it states."""
    return _normalise(text, TYPOS.get())


@lru_cache(maxsize=4096)
def _normalise(text: str, typos: bool) -> Header:
    vocab = vocabulary()
    units, stopwords, periods = _word_lists()
    raw = RELATIVE_YEAR.sub(" ", clean(str(text or "")).lower())
    unit = None
    for inner in _BRACKET.findall(raw):
        key = " ".join(_tokens(inner, {}))
        # a rate's base (`(per 1.000 KH)`, `(‰)`) is the unit of a share, as `(%)` is
        said = units.get(key) or ("percent" if base_of(inner) is not None else None)
        if said:
            unit = unit or said
            raw = raw.replace(f"({inner})", " ").replace(f"[{inner}]", " ")
    words = _tokens(raw, vocab["abbreviations"], typos)
    if "%" in words and len(words) > 1:
        unit = unit or "percent"
    meaningful = [w for w in words if w not in stopwords] or words
    undated = [w for w in meaningful if not _YEAR.fullmatch(w)] or meaningful
    content = [w for w in undated if w not in periods and w != "%"] or undated
    return Header(tuple(content), unit, _period(words))


def months(period: str | None) -> int | None:
    """How many months a running total covers (`s.d. triwulan 3`: 9, `s.d. bulan 3`: 3); None for anything else."""
    if not period or not period.startswith("s.d. "):
        return None
    unit, number = period[5:].split()
    return int(number) * {"triwulan": 3, "semester": 6}.get(unit, 1)


def stale(periods: Iterable[str | None]) -> frozenset[str]:
    """The running totals among a table's headers that stop before its latest one (`s.d. TW I` to `s.d. TW III`
    beside `s.d. TW IV`): each is neither the period's figure nor one quarter's own. The latest stands for the
    report's period, the year or, in an interim report, the quarter it was written at."""
    running = {p: m for p in periods if p and (m := months(p))}
    latest = max(running.values(), default=0)
    return frozenset(p for p, m in running.items() if m < latest)


def _period(words: list[str]) -> str | None:
    """The quarter or semester a header names (`triwulan 2`), `s.d. ...` when it is a running total up to
    it; None when it names none or more than one (`TW I - TW IV`)."""
    found = [(i, f"{w} {_NUMERALS[words[i + 1]]}") for i, w in enumerate(words[:-1])
             if w in _PERIOD_UNITS and words[i + 1] in _NUMERALS]
    if not found:  # a running total up to a month (`Realisasi s.d. Maret`: `s.d. bulan 3`); a month alone is
        # a month's own column or the date of a yearly figure (`audit.ingest.months`), no period here
        found = [(i, f"bulan {_MONTHS[w]}") for i, w in enumerate(words)
                 if w in _MONTHS and _UP_TO & set(words[max(0, i - 2):i])]
    if len(found) != 1:
        return None
    i, period = found[0]
    running = "kumulatif" in words or _UP_TO & set(words[max(0, i - 2):i])
    return f"s.d. {period}" if running else period


def _tokens(text: str, abbreviations: Mapping[str, str], typos: bool = False) -> list[str]:
    out: list[str] = []
    for word in _WORD.findall(text.lower()):
        out += abbreviations.get(word, _typo(word) if typos else word).split()
    return out


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """Every word a header of any table kind may be named by: the vocabulary's, and the kinds' own aliases and
    phrases."""
    vocab = vocabulary()
    texts = [*vocab["stopwords"], *map(str, vocab["periods"]), *vocab["abbreviations"],
             *vocab["abbreviations"].values(), *(u for words in vocab["units"].values() for u in words),
             *(str(x) for phrases in vocab["columns"].values() for x in phrases or [])]
    for spec in catalog.tables().values():
        texts += [a for c in spec.columns for a in (c.name.replace("_", " "), *c.aliases)]
        texts += [str(x) for field in ("phrases", "exclude") for _, said in getattr(spec, field) for x in said]
    return frozenset(w for text in texts for w in _WORD.findall(str(text).lower()))


#: the words that name the main columns of every kind: a header word a keystroke from one of them is that word
#: mistyped (`URALAN`, `Progam`, `Realiasi`, `Anggran`). Only these: a keystroke also turns real words of other
#: headers into known ones (`Sampah` into `sampai`, `Bawang` into `barang`, `Kontak` into `kontrak`)
_CORE = ("uraian", "program", "kegiatan", "realisasi", "anggaran", "target", "capaian", "indikator", "sasaran",
         "satuan", "jumlah", "keterangan", "persentase", "kinerja", "pegawai", "pendidikan", "golongan")


@lru_cache(maxsize=8192)
def _typo(word: str) -> str:
    """A header word mistyped by one letter read as the main header word (`_CORE`) it is a keystroke from (a letter
    changed, added, dropped or two neighbours swapped, the first letter kept), where it is no word any header is
    named by, is six letters or more, and just one such word is near; else the word itself."""
    if len(word) < 6 or not word.isalpha() or word in _known():
        return word
    near = [k for k in _CORE if k[0] == word[0] and abs(len(k) - len(word)) <= 1 and _one_edit(word, k)]
    return near[0] if len(near) == 1 else word


def _one_edit(a: str, b: str) -> bool:
    """Are two different words one keystroke apart (a letter changed, added or dropped, two neighbours swapped)?"""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1:]


@lru_cache(maxsize=256)
def phrases(table: str, column: str) -> tuple[Header, ...]:
    """The phrases for one canonical column of one table kind (the kind's own, declared with its model,
    then the vocabulary's), normalised as headers are (a phrase with `%` keeps its unit: `% realisasi`
    names a percentage, not the realisasi)."""
    texts = [*_declared(table, "phrases", column), *(vocabulary()["columns"].get(column) or [])]
    return tuple(dict.fromkeys(normalise(str(t)) for t in texts if str(t).strip()))


@lru_cache(maxsize=256)
def periods_named(table: str) -> frozenset[str]:
    """The periods this table kind's own phrases and aliases name (`triwulan 1` ... of a table with a column per
    quarter): a header naming one of them is that column's, never the bare column its other words name (`Target
    2017 / Triwulan I` is the first quarter's, not the year's target)."""
    spec = catalog.tables().get(table)
    if spec is None:
        return frozenset()
    said = [p for c in spec.columns for p in phrases(table, c.name)] + \
        [normalise(a) for c in spec.columns for a in c.aliases]
    return frozenset(p.period for p in said if p.period)


@lru_cache(maxsize=256)
def excluded(table: str, column: str) -> frozenset[str]:
    """Words that rule a column out in one table kind (`fisik` is never a budget table's capaian)."""
    return frozenset(w for text in _declared(table, "exclude", column) for w in normalise(str(text)).words)


def _declared(table: str, field: str, column: str) -> tuple[str, ...]:
    """What a table kind's model declares for one of its columns (`phrases` or `exclude`)."""
    spec = catalog.tables().get(table)
    return dict(getattr(spec, field)).get(column, ()) if spec is not None else ()


def score(header: Header, phrase: Header) -> float:
    """How well a phrase names a header: 0 when a phrase word is missing or the header says much more.

    Every phrase word must occur in the header, in any order; longer phrases win
    (`realisasi anggaran` over `realisasi`), and each extra header word costs a little.
    A phrase that states a unit needs the header to state it too; one that names a period (`Realisasi TW II`)
    needs the header to name the same one, and wins over a phrase without it.
    """
    if not phrase.words or not header.words or (phrase.unit and phrase.unit != header.unit):
        return 0.0
    if phrase.period and phrase.period != header.period:
        return 0.0
    words = set(header.words)
    if not set(phrase.words) <= words:
        return 0.0
    extra = len(words - set(phrase.words))
    if extra > EXTRA_WORDS and extra > len(phrase.words):
        return 0.0
    return len(phrase.words) + (phrase.period is not None) - 0.25 * extra


#: a unit stated in the header rules out these column kinds (`Realisasi (%)` is not an amount,
#: `Target (Rp)` is not an indicator's target)
UNIT_EXCLUDES = {"money": {"percent", "count", "number"}, "percent": {"money", "count"}, "count": {"money", "percent"}}


def best_column(table: str, columns: Mapping[str, str], text: str,
                user: Mapping[str, str] | None = None, around: Iterable[str] = (),
                unit: str | None = None) -> tuple[str | None, float]:
    """The canonical column (name -> kind in `columns`) a header names by meaning, and how well (0: none).

    `user` maps normalised header words (joined by spaces) to a column: the
    `[columns]` of audit.toml, which win over the vocabulary. `around`: the other
    words printed over the column (its group label, its sub-label), which can rule a
    column out (`Realisasi` over `Fisik (%)` is not a budget realisation); `unit`: the unit printed
    elsewhere over the column, when this text does not state one."""
    header = normalise(text)
    if unit and not header.unit:
        header = replace(header, unit=unit)
    if user:
        chosen = user.get(" ".join(header.words))
        if chosen in columns:
            return chosen, 100.0
    best, best_score = None, 0.0
    unit_excludes = UNIT_EXCLUDES.get(header.unit or "", set())
    around = around if isinstance(around, frozenset) else frozenset(around)
    for column, kind in columns.items():
        if kind in unit_excludes:
            continue
        s = column_score(table, column, header, around)
        if s > best_score:
            best, best_score = column, s
    return best, best_score


@lru_cache(maxsize=65536)
def column_score(table: str, column: str, header: Header, around: frozenset[str] = frozenset()) -> float:
    """How well a header names one column of one table kind by its phrases (0: not at all, or a word
    printed over the column rules the column out). Kept per header: a document asks it of every kind."""
    if excluded(table, column) & (set(header.words) | around):
        return 0.0
    return max((score(header, phrase) for phrase in phrases(table, column)), default=0.0)


#: a budget named as it was before its amendment (`Anggaran Murni`, `Sebelum Perubahan`, `APBD Induk`) or as amended
#: (`Anggaran Perubahan`, `Setelah Perubahan`, `APBD-P`, `P-APBD`, `DPPA`); a header with `p` or `perubahan` names the
#: amendment only beside a word for a budget, or alone with `setelah` / `sesudah`
_ORIGINAL = frozenset({"murni", "sebelum", "semula", "induk", "awal"})
_AMENDED = frozenset({"perubahan", "setelah", "sesudah", "p", "dppa", "apbdp"})
_BUDGET = frozenset({"anggaran", "pagu", "apbd", "apbdp", "dpa", "dppa", "alokasi"})
#: words of a column computed from or set against a budget, or of its calculation (`Volume`, `Harga satuan`):
#: never a version of the budget itself
_NOT_BUDGET = frozenset({"realisasi", "sisa", "capaian", "serapan", "persentase", "efisiensi", "selisih", "saldo",
                         "lebih", "kurang", "naik", "turun", "bertambah", "berkurang", "kenaikan", "penurunan",
                         "target", "rencana", "fisik", "%", "volume", "satuan", "harga", "koefisien", "ppn"})


def version(words: Iterable[str]) -> str | None:
    """`original` for a header naming the budget before its amendment, `amended` for the amended one, else None."""
    w = set(words)
    if not w or w & _NOT_BUDGET:
        return None
    if w & _ORIGINAL and (w & _BUDGET or "perubahan" in w or w <= _ORIGINAL):
        return "original"
    if w & _AMENDED and (w & _BUDGET or w & {"setelah", "sesudah"}):
        return "amended"
    return None


def before_change(columns: list[Iterable[str]]) -> set[int]:
    """Which of a table's columns (each given by the words printed over it, its group labels too) print the budget
    before its amendment: those naming it so (`Murni`, `Sebelum Perubahan`), and, where another column prints the
    amended budget (`APBD-P`, `Anggaran Perubahan`), those naming a budget without saying which (`APBD`,
    `Anggaran`). The amended budget is the one in force: a capaian or serapan is computed from it; the other is
    never read as the budget (nor added to it)."""
    said = [version(words) for words in columns]
    if "amended" not in said:
        return {i for i, v in enumerate(said) if v == "original"}
    return {i for i, (words, v) in enumerate(zip(columns, said))
            if v == "original" or (v is None and set(words) & _BUDGET and not set(words) & _NOT_BUDGET)}


def content_agrees(kind: str, texts: Iterable[str]) -> bool:
    """Does a column's content fit the kind a header gave it?

    Only clear contradictions refuse a mapping: figures in a label column, text in a
    figure column, percentages in a money column, amounts in a percent column. An
    empty column or one of dashes agrees with everything. A figure is read as the kind
    and the column's own style read it (`600.000` is six hundred thousand rupiah in a
    money column); one that stays ambiguous is a figure all the same, of no known size.
    """
    values = [t.strip() for t in texts if t and t.strip() not in ("", "-", "–", "—")]
    if len(values) < 2 or kind in ("level", "id", "value"):
        return True
    reading = kind if kind in NUMERIC_KINDS and kind != "tick" else "number"
    parsed = [parse_number(v, reading) for v in values]
    if any(p.form == "ambiguous" for p in parsed) and (style := column_style(values)):
        parsed = [parse_number(v, reading, style) for v in values]
    numbers = [p for p in parsed if p.form == "ambiguous" or (p.value is not None and p.form != "text")]
    share = len(numbers) / len(values)
    if kind not in NUMERIC_KINDS:
        return share < 0.8
    if share < 0.5:
        return False
    percent_signs = sum(p.unit == "%" for p in numbers) / len(numbers)
    sizes = [abs(p.value) for p in numbers if p.value is not None]  # every one of them: narrowed for the checker
    large = sum(s >= 10_000 for s in sizes) / len(numbers)
    if kind == "money":
        return percent_signs < 0.5
    if kind == "percent":
        return large < 0.5
    if kind == "count":
        return percent_signs < 0.5 and sum(s >= 10_000_000 for s in sizes) < len(numbers) / 2
    return True


def user_columns(mapping: Mapping[str, object] | None) -> dict[str, dict[str, str]]:
    """`[columns]` of audit.toml as {table kind or "*": {normalised header words: column}}.

    `"header text" = "column"` holds for every table kind; a sub-table
    `[columns.TABLE]` for one kind only."""
    out: dict[str, dict[str, str]] = {}
    for key, value in (mapping or {}).items():
        if isinstance(value, Mapping):
            for header, column in value.items():
                out.setdefault(key.strip().lower(), {})[" ".join(normalise(header).words)] = str(column)
        else:
            out.setdefault("*", {})[" ".join(normalise(key).words)] = str(value)
    return out


def for_table(user: Mapping[str, Mapping[str, str]] | None, table: str) -> dict[str, str]:
    """The user's header mapping that applies to one table kind (its own lines win)."""
    if not user:
        return {}
    return {**user.get("*", {}), **user.get(table, {})}
