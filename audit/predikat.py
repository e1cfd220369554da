"""Predikat scales as agencies print them, and the scale used when a report states none.

Every report should state its ordinal scale, each in its own notation: `85 ke atas`,
`70 ≤ x < 85`, `91 % ≤ 100 %`, `≥ 85`, `85 – 100`, `> 90 s.d. 100`, `50 ke bawah`,
a label before or after, in prose, a list or a table. `parse_band` reads one band
from a line; `scale_from_lines` finds the first run of lines that reads as a scale
and returns it best band first, in the shape of `PredikatBand`. The default scale is
data (`schemas/predikat.yaml`), not code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_NUM = r"(\d{1,3}(?:\.\d+)?)"
_VAR = r"(?:x|n|nc|skor|nilai(?:\s+capaian)?(?:\s+kinerja)?|capaian(?:\s+kinerja)?)"
_LT, _RANGE = r"(<|≤)", r"(?:-|sd)"
# each notation: a regex over the normalised text and how its groups give (lo, lo_open, hi)
_FORMS = [
    (rf"{_NUM}\s*{_LT}\s*{_VAR}\s*{_LT}\s*{_NUM}", lambda g: (g[0], g[1] == "<", g[3])),
    (rf"{_VAR}?\s*(>|≥)\s*{_NUM}\s*{_RANGE}\s*(?:{_VAR}\s*)?(?:<|≤)?\s*{_NUM}",
     lambda g: (g[1], g[0] == ">", g[2])),
    (rf"{_NUM}\s*{_RANGE}\s*(?:{_VAR}\s*)?(?:<|≤)?\s*{_NUM}", lambda g: (g[0], False, g[1])),
    (rf"{_NUM}\s*(<|≤)\s*{_NUM}", lambda g: (g[0], g[1] == "<", g[2])),
    (rf"(?:{_VAR}\s*)?(>|≥)\s*{_NUM}", lambda g: (g[1], g[0] == ">", None)),
    (rf"{_NUM}\s*(<|≤)\s*{_VAR}", lambda g: (g[0], g[1] == "<", None)),
    (rf"{_NUM}\s*(?:ke\s*atas|atau\s+lebih)", lambda g: (g[0], False, None)),
    (rf"(?:di\s*atas|lebih\s+dari)\s*{_NUM}", lambda g: (g[0], True, None)),
    (rf"(?:minimal|paling\s+sedikit|sekurang-kurangnya)\s*{_NUM}", lambda g: (g[0], False, None)),
    (rf"(?:{_VAR}\s*)?(<|≤)\s*{_NUM}", lambda g: (None, False, g[1])),
    (rf"{_NUM}\s*(>|≥)\s*{_VAR}", lambda g: (None, False, g[0])),
    (rf"{_NUM}\s*(?:ke\s*bawah|atau\s+kurang)", lambda g: (None, False, g[0])),
    (rf"(?:di\s*bawah|kurang\s+dari|maksimal)\s*{_NUM}", lambda g: (None, False, g[0])),
]


@lru_cache(maxsize=1)
def _compiled() -> list:
    """The notations compiled, when a scale is first read (a report of tables with its scale as data reads none:
    compiling them cost 4 ms of every start)."""
    return [(re.compile(rf"(?<![\w.]){p}(?![\w.])", re.I), f) for p, f in _FORMS]

# words around an interval that are not part of the label
_FILLER = {"jika", "apabila", "bila", "maka", "nilai", "capaian", "kinerja", "kategori", "predikat", "dengan",
           "dikategorikan", "termasuk", "adalah", "berarti", "sama", "kriteria", "interpretasi", "skala", "tingkat",
           "interval", "rentang", "range", "persen", "persentase", "prosentase", "yaitu", "sebesar", "dan", "atau",
           "kategorinya", "predikatnya"}
_LABEL = re.compile(r"^[A-Za-z][A-Za-z/()' -]{0,44}$")
_MARKER = re.compile(r"^\s*(?:\(?\d{1,2}[.)]\s|\(?[a-eA-E][.)]\s|[-•*·▪➢]\s)\s*")


@dataclass(frozen=True)
class Band:
    """One band as printed: from `lo` (exclusive when `lo_open`) up to `hi`; None is unbounded."""

    lo: float | None
    lo_open: bool
    hi: float | None
    label: str


def _normalised(text: str) -> str:
    s = re.sub(r"\\(?:leq|le)\b", "≤", text)
    s = re.sub(r"\\(?:geq|ge)\b", "≥", s)
    s = s.replace("\\lt", "<").replace("\\gt", ">").replace("&lt;", "<").replace("&gt;", ">")
    for a, b in (("<=", "≤"), ("=<", "≤"), (">=", "≥"), ("=>", "≥"), ("⩽", "≤"), ("⩾", "≥")):
        s = s.replace(a, b)
    s = re.sub(r"[$*_`]|\\[a-z]+\{|[{}]", " ", s)
    s = re.sub(r"[–—−‒]", "-", s)
    s = re.sub(r"\bs\s*[./]\s*d\b\.?|\bsampai\s+dengan\b|\bhingga\b|\bsampai\b", " sd ", s, flags=re.I)
    s = re.sub(r"(\d),(\d)", r"\1.\2", s)
    s = s.replace("%", " ")
    return " ".join(s.split())


def parse_interval(text: str) -> tuple[float | None, bool, float | None] | None:
    """(lo, lo_open, hi) of an interval written alone (`76 - 90`, `≥ 85`, `x < 55`), else None."""
    found = _search(_normalised(text))
    return None if found is None or found[1].strip(" :=|()") else found[0]


def _search(text: str):
    """The first notation found in `text`: ((lo, lo_open, hi), the text around it)."""
    for pattern, read in _compiled():
        m = pattern.search(text)
        if not m:
            continue
        lo, lo_open, hi = read(m.groups())
        lo, hi = (float(lo) if lo is not None else None), (float(hi) if hi is not None else None)
        if lo is not None and hi is not None and lo >= hi:
            continue
        if any(v is not None and v > 200 for v in (lo, hi)):  # years, amounts: not a capaian scale
            continue
        return (lo, lo_open, hi), f"{text[:m.start()]} | {text[m.end():]}"
    return None


def parse_band(text: str) -> Band | None:
    """A band written on one line or cell run: an interval and a label, in either order, nothing else."""
    text = _MARKER.sub("", text)
    found = _search(_normalised(text))
    if found is None:
        return None
    (lo, lo_open, hi), rest = found
    pieces = [p for p in re.split(r"[:=|→\t]+", rest)]
    words = [_label(p) for p in pieces]
    labels = [w for w in words if w]
    if len(labels) != 1 or any(w is None for w in words):
        return None
    return Band(lo, lo_open, hi, labels[0])


def _label(piece: str) -> str | None:
    """The label in a piece of text beside an interval ('' if only filler, None if not a label)."""
    piece = re.sub(r"\(\s*\)", " ", piece).strip(" ,;.")
    if piece.count("(") != piece.count(")"):
        piece = piece.strip("()")
    kept = [w for w in piece.split() if w.lower().strip("()") not in _FILLER]
    text = " ".join(kept).strip(" ,;.")
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    if not text:
        return ""
    if not _LABEL.match(text) or len(kept) > 5:
        return None
    return " ".join(w.capitalize() if w.islower() or (w.isupper() and len(w) > 3) else w for w in text.split())


def scale_from_lines(lines) -> list[dict]:
    """The first run of two or more consecutive band lines (or one line listing the bands) that forms
    a scale, best band first as `PredikatBand` fields; [] when the text states none."""
    run: list[Band] = []
    for text in lines:
        segments = [s for s in re.split(r";|,\s+(?=[^\d\s])|\n", text) if s.strip()]
        parsed = [parse_band(s) for s in segments] if len(segments) > 1 else [parse_band(text)]
        bands = [b for b in parsed if b is not None]
        if bands and len(bands) == len(parsed):
            if len(bands) > 1:
                scale = as_scale(bands)
                if scale:
                    return scale
            run += bands
            continue
        scale = as_scale(run)
        if scale:
            return scale
        run = []
    return as_scale(run)


def as_scale(bands: list[Band]) -> list[dict]:
    """Bands best first, each `{min, label, max, above}`; [] unless they form one scale."""
    if len(bands) < 2 or len({b.label.lower() for b in bands}) < len(bands):
        return []
    ordered = sorted(bands, key=lambda b: -1e9 if b.lo is None else b.lo, reverse=True)
    if sum(b.lo is None for b in ordered) > 1:
        return []
    out = []
    for k, b in enumerate(ordered):
        lower = k == len(ordered) - 1
        better = ordered[k - 1] if k else None
        if better is not None and b.hi is not None and better.lo is not None and b.hi > better.lo:
            return []  # overlapping bands: not a scale
        gap = better is not None and b.hi is not None and better.lo is not None and b.hi < better.lo
        out.append({"min": None if lower else b.lo, "label": b.label,
                    "max": b.hi if gap else None, "above": bool(b.lo_open and not lower)})
    return out


@dataclass(frozen=True)
class DefaultBand:
    min: float | None
    max: float | None
    labels: tuple[str, ...]
    above: bool = False

    @property
    def label(self) -> str:
        return self.labels[0]


@lru_cache(maxsize=1)
def default_scale() -> tuple[tuple[DefaultBand, ...], str]:
    """The scale judged by when a report states none (schemas/predikat.yaml), and its source."""
    from audit.yamlsafe import shipped

    data = shipped("predikat.yaml")
    bands = tuple(DefaultBand(b.get("min"), b.get("max"), tuple(b["labels"])) for b in data["bands"])
    return bands, str(data.get("source", ""))


@lru_cache(maxsize=1)
def _central() -> tuple[str, ...]:
    from audit.yamlsafe import shipped

    return tuple(str(w).lower() for w in shipped("predikat.yaml").get("central", ()))


def default_applies(agency: str | None) -> bool:
    """Does the default scale (a regulation of regional government) apply to a report of `agency`? Not to an office
    of the central government (`central` in schemas/predikat.yaml: a Kanwil, a Balai POM, a Lapas), whose ministry
    has its own scale; to any other, or an agency not named."""
    name = f" {' '.join(re.sub(r'[^a-z]+', ' ', (agency or '').lower()).split())} "
    return not any(f" {w} " in name for w in _central())


def band_of(scale, value: float):
    """The band `value` falls in (best first), None below every band. A value between a band's printed
    top and the next band's floor (90,5 on `76-90`, `91-100`) has not reached that floor: the lower band."""
    for b in scale:
        above = getattr(b, "above", False)
        if b.min is None or (value > b.min if above else value >= b.min):
            return b
    return None
