"""One number parser for every reader: Indonesian, English and sloppy mixed forms.

Each value is decided on its own, because one table often mixes conventions
(`91.5` next to `93,33`). The parser keeps how a value was written (decimals,
unit, dash or blank) and refuses to guess: `1.200` is only read when something
says whether a group of three digits can be decimals: the column's kind (rupiah and
counts have none), the cell's own `Rp`, or the style its column or table shows
elsewhere (`column_style`: `1.250.000` and `90,00` beside it say the dot groups
thousands).
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from audit.message import Number, format_number
from audit.model import Parsed

__all__ = ["format_number", "parse_number", "format_like", "as_written", "decimals_for", "halfwidth", "clean",
           "not_available", "same_as_above", "style_of", "column_style", "one_keystroke", "mistyped", "typed_digits"]

DASHES = {"-", "–", "—", "−", "--", "---"}
#: "not available" written in a figure cell (`n/a` for a realisation not yet measured, `t/a` tidak ada):
#: no figure, said so, unlike a blank (nothing printed) or a dash (none, or zero)
NOT_AVAILABLE = {"n/a", "na", "n.a", "n.a.", "n/a.", "t/a"}
#: "the same as above" written in a figure cell (`sda`, sama dengan atas; `idem`): the figure is not printed again
SAME_AS_ABOVE = {"sda", "s.d.a", "s.d.a.", "sda.", "idem", "idem.", "ditto", "\"", "〃"}
# Invisible or spacing characters that converters and Word leave inside numbers.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2007\u2009]+")
_CURRENCY = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)
_CORE = re.compile(r"^(?P<sign>[-+−]?)\s*(?P<num>\d[\d.,]*)\s*(?P<suffix>.*)$")
_UNIT_WORD = re.compile(r"^[A-Za-z][A-Za-z./ ]{0,20}$")
#: a space set beside a separator inside a figure (`201. 955`, `2,602,500 ,000`: a PDF's justified cell or a
#: slip of the keyboard), the group of three after it whole: the figure as if printed without it
_SPACED_GROUP = re.compile(r"(?<=\d) ?([.,]) ?(?=\d{3}(?:\D|$))")
#: a figure wrapped in a narrow cell, its lines joined by a space: `12.31 7.066` (12.317.066), `51.82 3`; read as one
#: only where the two pieces make a figure grouped by thousands (`13,90 48,15` are two figures, `1.5 2.5` no figure)
_WRAPPED = re.compile(r"^(\d[\d.,]*) (\d[\d.,]*)$")
_GROUPED = re.compile(r"^\d{1,3}(?:(?:\.\d{3})+(?:,\d+)?|(?:,\d{3})+(?:\.\d+)?)$")
#: a footnote mark after a figure: `992.770 *` (`* angka sementara`, a provisional figure)
_FOOTNOTE = re.compile(r"^\*{1,3}\)?$")
#: a dash for none with such a mark: `- **)`
_MARKED_DASH = re.compile(r"^[-–—−]\s*\*{1,3}\)?$")
#: the share an amount is printed with, in brackets after it: `54.231.523.350 (92,33%)`
_SHARE = re.compile(r"^\(\s*\d[\d.,]*\s*%\s*\)$")

#: kinds whose values never have three decimals, so `1.200` is twelve hundred
WHOLE_KINDS = {"money", "count", "year"}
#: how figures are written: `id` (`1.250.000,50`: the dot groups thousands, the comma marks decimals) or `en`
STYLES = ("id", "en")


def _ascii_digits(text: str) -> str:
    if text.isascii():  # nearly every cell: nothing to convert
        return text
    out = []
    for ch in text:
        if ch.isdigit() and not ("0" <= ch <= "9"):
            try:
                out.append(str(unicodedata.digit(ch)))
                continue
            except (TypeError, ValueError):
                pass
        out.append(ch)
    return "".join(out)


def clean(text: str) -> str:
    """Normalise Unicode digits and strip invisible characters and outer spaces."""
    text = str(text)
    if text.isascii():  # nearly every cell: NFKC, the invisible and the Unicode digits change nothing
        return " ".join(text.split())  # (for ASCII, str.split's whitespace is the regex's)
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return _SPACES.sub(" ", _ascii_digits(text)).strip()


def not_available(text: object) -> bool:
    """Does a cell say its figure is not available (`n/a`, `N/A`, `NA`, `n.a.`, `t/a`)?"""
    return isinstance(text, str) and clean(text).lower() in NOT_AVAILABLE


#: the numbered rows a total names: `Jumlah Pendapatan (2 s.d. 7)`, `(12 s/d 15)`, `(1 - 3)`, `(4+5+6)`
ROWS_NAMED = re.compile(r"\(\s*(\d{1,3})\s*[-–]\s*(\d{1,3})\s*\)|\(\s*(\d{1,3}(?:\s*\+\s*\d{1,3})+)\s*\)"
                        r"|\(?\b(\d{1,3})\s*(?:s\.?\s*/?\s*d\.?|sampai\s+dengan)\s*(\d{1,3})\b\)?", re.I)


def rows_named(label: object) -> frozenset[int] | None:
    """The row numbers a total's label names (`Jumlah Pendapatan (2 s.d. 7)`: 2 to 7), or None when it names none.
    An LRA's totals and many budget tables' say which numbered rows they add."""
    m = ROWS_NAMED.search(str(label or ""))
    if not m:
        return None
    if m.group(3):
        return frozenset(int(x) for x in re.findall(r"\d+", m.group(3)))
    a, b = (int(x) for x in (m.group(1, 2) if m.group(1) else m.group(4, 5)))
    return frozenset(range(a, b + 1)) if 0 < b - a < 100 else None


#: what a spreadsheet prints where a cell's formula failed (`#DIV/0!`: a division by zero; `#REF!`: a reference
#: deleted), copied into the report with the table
_SHEET_ERROR = re.compile(r"#(?:DIV/0|VALUE|REF|NAME|NUM|NULL)[!?]?|#N/A", re.I)


def sheet_error(text: object) -> bool:
    """Is a cell a spreadsheet's formula error (`#DIV/0!`, `#VALUE!`, `#REF!`, `#N/A`)?"""
    return isinstance(text, str) and bool(_SHEET_ERROR.fullmatch(clean(text)))


def same_as_above(text: object) -> bool:
    """Does a cell say its figure is the one above (`sda`, `s.d.a.`, `idem`, a ditto mark)?"""
    return isinstance(text, str) and clean(text).lower() in SAME_AS_ABOVE


def parse_number(text: object, kind: str = "number", style: str | None = None) -> Parsed:
    """Parse one cell. `kind` is the column's kind (see docs/data-format.md); `style` (`id`, `en`) how its
    column or table writes figures, which reads a lone group of three (`1.200`) the kind leaves open."""
    if text is None:
        return Parsed("", None, "blank")
    if isinstance(text, bool):
        return Parsed(str(text), None, "text", problem="not_a_number")
    if isinstance(text, (int, float)):
        try:
            number = float(text)
        except OverflowError:  # an integer beyond the range of a float (too long even to print)
            assert isinstance(text, int)  # float() of a float cannot overflow
            digits = int(text.bit_length() * math.log10(2))
            return Parsed(f"{'-' if text < 0 else ''}~1e{digits}", None, "text", problem="not_a_number")
        if not math.isfinite(number):
            return Parsed(str(text), None, "text", problem="not_a_number")
        return Parsed(str(text), number, "number", _float_decimals(number))
    return _parse_text(str(text), kind, style if style in STYLES else None)


@lru_cache(maxsize=16384)
def _parse_text(raw: str, kind: str, style: str | None = None) -> Parsed:
    """A written number (the same texts recur: 0, 100.00, a dash, and across the reports of a batch)."""
    s = clean(raw)
    if not s:
        return Parsed(raw, None, "blank")
    if s in DASHES or _MARKED_DASH.match(s):
        return Parsed(raw, 0.0, "dash")
    unit = None
    m = _CURRENCY.match(s)
    if m:
        unit, s = "Rp", s[m.end():]
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1].strip()
    s = _SPACED_GROUP.sub(r"\1", s)
    wrapped = _WRAPPED.match(s)
    if wrapped and _GROUPED.match(wrapped.group(1) + wrapped.group(2)):
        s = wrapped.group(1) + wrapped.group(2)
    m = _CORE.match(s)
    if not m:
        return Parsed(raw, None, "text", problem="not_a_number")
    suffix = m.group("suffix").strip()
    if suffix:
        if suffix in ("%", "‰"):  # per cent, or per mil (`25‰`: an angka kematian per 1.000)
            unit = suffix
        elif _UNIT_WORD.match(suffix):
            unit = unit or suffix
        elif _SHARE.match(suffix) and kind == "money":
            pass  # the amount is the cell's value; its share is a figure of another column
        elif suffix in DASHES and m.group("num")[-1] in ".,":
            pass  # `827.560.810,-`: a whole amount, its missing decimals written as a dash
        elif _FOOTNOTE.match(suffix):
            pass  # `992.770 *`: the figure, marked for a note under the table (`* angka sementara`)
        else:
            return Parsed(raw, None, "text", problem="not_a_number")
    negative = negative or m.group("sign") in ("-", "−")
    number = m.group("num").rstrip(".,") if m.group("num")[-1] in ".," else m.group("num")
    result = _split(number, "money" if unit == "Rp" else kind, style)  # rupiah are never in tenths
    if isinstance(result, str):
        form = "ambiguous" if result == "ambiguous" else "text"
        return Parsed(raw, None, form, unit=unit, problem=result)
    value, decimals = result
    if not math.isfinite(value):  # more digits than a float holds: 9999…9 (400 digits)
        return Parsed(raw, None, "text", unit=unit, problem="not_a_number")
    return Parsed(raw, -value if negative else value, "number", decimals, unit)


def _float_decimals(number: float) -> int:
    """Decimals of a spreadsheet number as Python writes it shortest (`1e-05` has 5)."""
    if number.is_integer():
        return 0
    mantissa, _, exponent = repr(number).partition("e")
    places = len(mantissa.partition(".")[2])
    return max(places - int(exponent or 0), 0)


def _split(num: str, kind: str, style: str | None = None) -> tuple[float, int] | str:
    """Decide which separator (if any) marks the decimals."""
    seps = [c for c in num if c in ".,"]
    if not seps:
        return float(num), 0
    groups = re.split(r"[.,]", num)
    if any(g == "" for g in groups):
        return "not_a_number"
    if len(set(seps)) == 2:
        # Both separators: the last one is the decimal mark unless it closes a
        # group of three in a pattern where the other mark is the decimal one.
        last = num.rfind(".") if num.rfind(".") > num.rfind(",") else num.rfind(",")
        int_part, frac = num[:last], num[last + 1:]
        if num[last] in int_part:
            return "not_a_number"  # e.g. 1.234,5.6
        if not _thousands_ok(re.split(r"[.,]", int_part)):
            return "not_a_number"
        return float("".join(re.split(r"[.,]", int_part)) + "." + frac), len(frac)
    # One kind of separator.
    if len(seps) > 1:
        if _thousands_ok(groups):
            return float("".join(groups)), 0
        # Sloppy mixed form: 1,725,576,486,00 (three-digit groups, then the two decimals of rupiah).
        # One digit after the groups (`1.234.5`) is a typo, not a decimal: not read.
        if _thousands_ok(groups[:-1]) and len(groups[-1]) == 2:
            return float("".join(groups[:-1]) + "." + groups[-1]), len(groups[-1])
        return "not_a_number"
    head, tail = groups
    if len(tail) != 3 or head == "0" or head.startswith("0"):
        return float(head + "." + tail), len(tail)
    if kind in WHOLE_KINDS or style == ("id" if seps[0] == "." else "en"):  # the mark groups thousands
        return float(head + tail), 0
    if style in STYLES:  # the other style's mark: the decimals
        return float(head + "." + tail), len(tail)
    return "ambiguous"


def style_of(text: object) -> str | None:
    """The style one written figure shows, if any: `id` for `1.250.000`, `1.234,5`, `90,00`; `en` for
    `1,250,000`, `1,234.5`, `0.85`. None for a figure that shows neither (`125`, `1.200`: a lone group
    of three) or both (the sloppy `1,725,576,486,00`), and for anything that is no figure."""
    if not isinstance(text, str) or parse_number(text, "number").form not in ("number", "ambiguous"):
        return None
    m = _CORE.search(_CURRENCY.sub("", clean(text)).strip("()"))
    num = m.group("num").rstrip(".,") if m else ""
    seps = [c for c in num if c in ".,"]
    if not seps:
        return None
    if len(set(seps)) == 2:  # the last mark is the decimal one (`_split` has read it so)
        return "id" if num[max(num.rfind("."), num.rfind(","))] == "," else "en"
    groups = re.split(r"[.,]", num)
    if len(seps) > 1:  # the mark groups thousands, unless the last group is decimals (the sloppy form)
        return ("id" if seps[0] == "." else "en") if _thousands_ok(groups) else None
    head, tail = groups
    if len(tail) == 3 and not head.startswith("0"):
        return None  # either
    return "id" if seps[0] == "," else "en"  # the mark is a decimal one


def column_style(texts: Iterable[object]) -> str | None:
    """The style the written figures of a column (or a table) agree on: `id` or `en` when some show it and
    none shows the other; None when none tells, or they disagree (`91.5` beside `93,33`: each cell is
    then read on its own, and a lone group of three stays ambiguous)."""
    seen = set()
    for text in texts:
        style = style_of(text)
        if style:
            seen.add(style)
            if len(seen) > 1:
                return None
    return seen.pop() if seen else None


def prevailing_style(texts: Iterable[object], share: float = 0.75) -> str | None:
    """The style nearly all the distinct written figures of a table show (`column_style` when they all agree): a
    table in the Indonesian style with a figure typed the other way (`10,130,471` among `7.612.494`, `0,33`, `0,27`,
    `0,67`) is still Indonesian, and its lone `1.076` one thousand and seventy-six. A figure copied to several
    columns counts once."""
    counts: dict[str, int] = {}
    for text in {t for t in texts if isinstance(t, str)}:
        if style := style_of(text):
            counts[style] = counts.get(style, 0) + 1
    if not counts:
        return None
    style = max(counts, key=counts.__getitem__)
    return style if counts[style] >= share * sum(counts.values()) else None


def _thousands_ok(groups: list[str]) -> bool:
    """1-3 leading digits, then groups of exactly three."""
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]) and len(groups) > 1 or (
        len(groups) == 1 and groups[0].isdigit()
    )


def halfwidth(parsed: Parsed, exact: bool, kind: str = "number") -> float:
    """Half a unit in the last printed place; 0 for values that are exact as written.

    Rupiah and counts are exact. So is a whole number in a `number` column without
    a percent sign (a target of 12 documents is 12, not 11.5 to 12.5); a whole
    percentage (`88%`) may be rounded and keeps its half unit.
    """
    if exact or parsed.value is None:
        return 0.0
    if parsed.decimals == 0 and kind == "number" and parsed.unit not in ("%", "‰"):
        return 0.0
    return 0.5 * 10 ** (-parsed.decimals)


def as_written(raw: str | None, value: float) -> Number:
    """`value` at the precision and unit the cell `raw` was written with (a fix's value), to be said in
    the reader's language: `82,92%` or `82.92%` whichever way the cell wrote `98.36%`."""
    parsed = parse_number(clean(raw or ""), "money")
    written = parsed.decimals if parsed.value is not None else 0
    return Number(value, decimals_for(written, value), parsed.unit if parsed.value is not None else None)


def decimals_for(written: int, value: float) -> int:
    """The decimals of the cell as written, or of the value (at most two) when it needs more."""
    frac = f"{abs(value):.6f}".rstrip("0").split(".")[1]
    return max(written, min(len(frac), 2))


_STYLE = re.compile(r"^(?P<prefix>(?:rp\.?|idr)\s*)?(?P<core>[-+−(]?\d[\d.,]*\)?)(?P<suffix>\s*\S.*)?$", re.IGNORECASE)


def format_like(raw: str | None, value: float, default_style: str = "id", decimals: int | None = None,
                read_decimals: float | None = None) -> str:
    """Write `value` the way `raw` was written: same separators, decimals, prefix and unit.

    Used when proposing or applying a fix, so `1,800,000` becomes `2,400,000`,
    `75,00%` becomes `100,00%` and the sloppy `1,725,576,486,00` stays sloppy.
    `read_decimals`: the decimals the cell was read with, which say whether its lone
    group of three was decimals (`1.250` of a column writing `0.85`: `1.190`).
    """
    text = clean(raw or "")
    m = _STYLE.match(text)
    parsed = parse_number(text, "money") if m else None
    if parsed is not None and read_decimals == 3 and parse_number(text, "number").form == "ambiguous":
        parsed = parse_number(text, "number", "en" if "." in text else "id")  # the lone mark was the decimal one
    if not m or parsed is None or parsed.value is None:
        return format_number(value, decimals, default_style)
    core = m.group("core").strip("()+-−")
    d = decimals_for(parsed.decimals, value) if decimals is None else decimals
    raw_d = parsed.decimals
    decimal_sep = core[-raw_d - 1] if raw_d and len(core) > raw_d else None
    int_part = core[: -raw_d - 1] if raw_d else core
    seps = [c for c in int_part if c in ".,"]
    thousands = seps[0] if seps else ""  # written without grouping: keep it so
    if decimal_sep is None:
        decimal_sep = "." if thousands == "," or (not thousands and default_style == "en") else ","
    body = f"{abs(value):,.{d}f}".replace(",", "\0").replace(".", decimal_sep).replace("\0", thousands)
    sign = "-" if value < 0 else ""
    return f"{m.group('prefix') or ''}{sign}{body}{m.group('suffix') or ''}"


def one_keystroke(a: float, b: float) -> bool:
    """Digits of `a` and `b` differ by one insertion, deletion, substitution or adjacent swap."""
    x, y = typed_digits(a), typed_digits(b)
    if x == y:
        return False
    if len(x) == len(y):
        diff = [i for i in range(len(x)) if x[i] != y[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                   and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]])
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return len(long_) - len(short) == 1 and any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def mistyped(a: float, b: float, slack: float = 0.5) -> bool:
    """`a` is `b` as a hand slips: one keystroke away, or a thousand group dropped or doubled (within `slack`)."""
    return one_keystroke(a, b) or any(abs(a - b * k) <= slack for k in (1000.0, 0.001))


def typed_digits(v: float) -> str:
    """The value as typed: digits and the decimal mark (a misplaced mark is a typo too)."""
    return f"{abs(float(v)):.2f}".rstrip("0").rstrip(".")
