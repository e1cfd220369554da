"""What an indicator's formula divides by: how many units a share of villages is counted over.

LKjIPs print each indicator's formula (`Formulasi`, `Rumus/Formula`) in a table beside it, in
words (`... dibagi Jumlah desa x 3 Dokumen dikali (X) 100 %`) or as a typeset fraction
(`\\frac{A + B + C}{\\text{Jumlah Seluruh Desa} \\times 3} \\times 100\\%`). A share whose
denominator counts the villages, times a number of documents or a number of times, is k/N × 100
with N = villages × that number: `rata-rata persentase desa` over three documents of six desa is
a multiple of 1/18, not of 1/6. A formula whose denominator counts something else (fasilitasi,
dokumen, rupiah of dana desa) says the indicator is no share of villages at all.

Formulas come from a table's `formulasi` column beside its `indikator` (any table) or from the
report's metadata (`formulas` in report.yaml; for a document, its `Rumus/Formula` table).
"""
from __future__ import annotations

import re

from audit.rules.names import best_match, normalize

COLUMN = "formulasi"  # the canonical column a table model may have
KEY = "indikator"

_LATEX = [(re.compile(r"\\(?:text|mathrm|textbf|mbox)\s*\{([^{}]*)\}"), r"\1"),
          (re.compile(r"\\(?:times|cdot)"), " × "), (re.compile(r"\\%"), "%"),
          (re.compile(r"\\(?:left|right|,|;|!|quad)"), " "), (re.compile(r"<[^>]+>"), " ")]
#: the `× 100 %` that makes a ratio a percentage, with what follows it
_PERCENT = re.compile(r"(?:\b(?:dikali|kali)\b|[x×*])\s*(?:\(\s*x\s*\)\s*)?100\s*(?:%|persen\b).*$", re.I | re.S)
_DIVIDE = re.compile(r"\s(?:dibagi(?:\s+dengan)?|÷|:)\s|\s/\s|/\s*(?=\(|jumlah\b|total\b|banyaknya\b)", re.I)
_FACTOR = re.compile(r"(?:\b(?:dikali|kali)\b|[x×*])\s*(?:\(\s*x\s*\)\s*)?(\d{1,3})\b", re.I)
#: a count of villages: `Jumlah (seluruh) desa`, `total kelurahan`; not `dana desa`, `APBDes`
_VILLAGES = re.compile(r"\b(?:jumlah|total|banyaknya)\s+(?:(?:seluruh|semua|total)\s+)?(?:desa|kelurahan)\b", re.I)
#: what a count in a denominator counts: `jumlah (seluruh) <puskesmas yang ada>`, the words after it
_COUNTED = re.compile(r"\b(?:jumlah|total|banyaknya)\s+(?:(?:seluruh|semua|total)\s+)?([a-z][a-z ]*)")


def _frac(text: str) -> tuple[str, str] | None:
    """The two arguments of the first `\\frac{..}{..}`, braces balanced."""
    start = text.find("\\frac")
    if start < 0:
        return None
    parts: list[str] = []
    depth, current, i = 0, [], start + len("\\frac")
    while i < len(text) and len(parts) < 2:
        ch = text[i]
        if ch == "{":
            if depth:
                current.append(ch)
            depth += 1
        elif ch == "}" and depth:
            depth -= 1
            if depth:
                current.append(ch)
            else:
                parts.append("".join(current))
                current = []
        elif depth:
            current.append(ch)
        i += 1
    return (parts[0], parts[1]) if len(parts) == 2 else None


def split(formula: str) -> tuple[str, str] | None:
    """(numerator, denominator) of a formula as printed, or None when it divides nothing."""
    fraction = _frac(formula)
    text = formula
    for pattern, repl in _LATEX:
        text = pattern.sub(repl, text)
    if fraction:
        num, den = fraction
        for pattern, repl in _LATEX:
            num, den = pattern.sub(repl, num), pattern.sub(repl, den)
        return num, den
    m = _DIVIDE.search(text)
    return (text[:m.start()], text[m.end():]) if m else None


def _denominator(formula: object) -> str | None:
    """A percentage formula's denominator, without its `× 100 %`; None for no percentage."""
    if not isinstance(formula, str):
        return None
    parts = split(formula)
    if parts is None or not re.search(r"100", formula):
        return None
    return _PERCENT.sub("", parts[1])


def _factor(den: str) -> int:
    factor = _FACTOR.search(den)
    return int(factor.group(1)) if factor and int(factor.group(1)) > 0 else 1


def village_units(formula: object) -> int | None:
    """How many units per village a percentage formula counts over (`Jumlah desa x 3 Dokumen`: 3), or
    None when its denominator is not a count of villages or it is no percentage."""
    den = _denominator(formula)
    if den is None or not _VILLAGES.search(den):
        return None
    return _factor(den)


def counted_over(formula: object, counts: dict[str, int]) -> tuple[int, str, int] | None:
    """(N, what N counts, units per each) of a percentage formula whose denominator counts something the
    report states a number of (`counts`: `{"puskesmas": 12}`, `Metadata.stated_counts`): `Jumlah
    puskesmas yang melapor tepat waktu / Jumlah seluruh puskesmas x 100%` with 12 puskesmas is
    (12, "puskesmas", 1). None when the denominator counts nothing stated, or the formula is no percentage."""
    den = _denominator(formula)
    if den is None or not counts:
        return None
    said = " ".join(den.lower().replace("/", " / ").split())
    for m in _COUNTED.finditer(said):
        rest = m.group(1)
        for noun in sorted(counts, key=len, reverse=True):  # `unit kerja` before `unit`
            if rest == noun or rest.startswith(noun + " "):
                return counts[noun], noun, _factor(den)
    return None


def _from_tables(report) -> dict[str, str]:
    out: dict[str, str] = {}
    for table in report.tables.values():
        if COLUMN in table.values.columns and KEY in table.values.columns:
            for name, text in zip(table.values[KEY].to_numpy(), table.values[COLUMN].to_numpy()):
                if isinstance(name, str) and isinstance(text, str) and text.strip():
                    out.setdefault(normalize(name), text)
    return out


def formulas(report) -> dict[str, str]:
    """Normalised indicator name -> its formula as printed: the metadata first, then the tables."""
    said = getattr(report.meta, "formulas", None) or {}
    out = {normalize(name): text for name, text in said.items()}
    for name, text in _from_tables(report).items():
        out.setdefault(name, text)
    return out


def formula_of(known: dict[str, str], name: object) -> str | None:
    """The formula of indicator `name`, allowing the small spelling differences between tables."""
    if not isinstance(name, str) or not known:
        return None
    key = normalize(name)
    if key in known:
        return known[key]
    match = best_match(key, list(known))
    return known[match] if match else None
