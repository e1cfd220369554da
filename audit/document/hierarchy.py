"""Program > kegiatan > sub kegiatan, however a printed table shows it.

Agencies mark the level of a budget row in one of several ways: the label's
first words (`Program ...`, `Kegiatan ...`, `Sub Kegiatan ...`), its number
(`1`, `1.1`, `1.1.1`; `I`, `A`, `1`, `a`), a Permendagri 90/2019 budget code
(`1.02.01` programme, `1.02.01.2.01` kegiatan, `1.02.01.2.01.0001` sub kegiatan),
indentation, or only bold type for the parents. `depths` reads each row's depth from the
strongest mark the table uses consistently; the layout hooks name the levels.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from audit.document.labels import key_of, strip_mark, tidy_code

#: urusan.bidang.program[.kegiatan.kegiatan[.sub]]: two-digit segments tell a code from outline numbering (1.1.1)
_CODE = re.compile(r"^\s*(\d{1,2}\.\d{2}\.\d{2}(?:\.\d{1,2}\.\d{2}(?:\.\d{4})?)?)\b\.?")
_DOTTED = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,3}){0,3})\.?\s*$")
_ROMAN = re.compile(r"^\s*([IVX]{1,4})\.?\s*$")
_UPPER = re.compile(r"^\s*([A-H])\.?\s*$")
_LOWER = re.compile(r"^\s*([a-h])[.)]?\s*$")
#: level words a label starts with, deepest first (`sub kegiatan` before `kegiatan`)
WORDS = (("subkegiatan", "sub_kegiatan"), ("kegiatan", "kegiatan"), ("program", "program"))
#: rows grouping programmes above the programme level (an urusan, a source of funds): their sums, read by no kind
GROUP_WORDS = ("urusan", "tugaspembantuan", "danadekonsentrasi", "dekonsentrasi", "danaalokasikhusus")
#: segments of a Permendagri 90/2019 code at each level (urusan.bidang.program.kegiatan.kegiatan.sub)
CODE_LEVELS = {3: "program", 5: "kegiatan", 6: "sub_kegiatan"}


@dataclass(frozen=True)
class Line:
    """What a row shows of its place: its label, its number or code, whether it is bold."""

    label: str
    number: str = ""
    bold: bool = False
    indent: float = 0.0  # how far the label stands in (`DocCell.indent`)


def _key(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def by_words(line: Line) -> str | None:
    """`Sub Kegiatan ...` -> sub_kegiatan, from the label's first words."""
    key = _key(line.label)
    return next((level for word, level in WORDS if key.startswith(word)), None)


def groups_programmes(label: str) -> bool:
    """`URUSAN WAJIB`, `TUGAS PEMBANTUAN`, `DANA DEKONSENTRASI`: a row over programmes, which number again under the
    next one."""
    return _key(label).startswith(GROUP_WORDS)


def code(line: Line) -> str | None:
    """The budget code a row prints in its number cell or at the start of its label."""
    for text in (line.number, line.label):
        m = _CODE.match(tidy_code(text or ""))
        if m:
            return m.group(1)
    return None


def by_code(line: Line) -> str | None:
    found = code(line)
    return CODE_LEVELS.get(found.count(".") + 1) if found else None


def numbering_depth(number: str, schemes: list[str]) -> int | None:
    """Depth of a printed number: dots for `1.2.3`; for outline marks (`I`, `A`, `1`, `a`) the order
    in which the table first uses each scheme (`schemes` is that order, filled as rows are read)."""
    text = (number or "").strip()
    if _DOTTED.match(text) and "." in text.rstrip("."):
        return text.rstrip(".").count(".") + 1
    for scheme, pattern in (("roman", _ROMAN), ("upper", _UPPER), ("digit", _DOTTED), ("lower", _LOWER)):
        if pattern.match(text):
            if scheme not in schemes:
                schemes.append(scheme)
            return schemes.index(scheme) + 1
    return None


def indent_depths(indents: list[float | None], step: float = 1.0) -> list[int | None]:
    """Depth 1, 2, ... by how far each label stands in, the distinct indents ranked (values within `step`
    of each other are one level); None where nothing is known, or where more than four indents show
    the labels are not an outline."""
    known = sorted({round(i / step) for i in indents if i is not None})
    if len(known) > 4:  # ragged starts (centred or right-aligned labels) are no outline
        return [None] * len(indents)
    rank = {v: n + 1 for n, v in enumerate(known)}
    return [rank[round(i / step)] if i is not None else None for i in indents]


def depths(lines: list[Line], levels: tuple[str, ...], relative: tuple[str, ...] | None = None) -> list[str | None]:
    """The level of each row, from the strongest mark the rows carry: words, then codes, then numbering,
    then bold (bold rows are the parents of the plain rows below them). None: no mark (a total row,
    or a continuation line). Words and codes name a level outright (any of `levels`); numbering and
    bold only say depth, counted from the first of `relative` (default: `levels`)."""
    words = [by_words(line) for line in lines]
    if sum(w is not None for w in words) >= max(1, len(lines) // 2):
        return [w if w in levels else None for w in words]
    codes = [by_code(line) for line in lines]
    if any(codes):
        return [c if c in levels else None for c in codes]
    levels = relative or levels
    schemes: list[str] = []
    numbered = [numbering_depth(line.number, schemes) for line in lines]
    if len({d for d in numbered if d}) >= 2:
        return [levels[min(d, len(levels)) - 1] if d else None for d in numbered]
    indented = indent_depths([line.indent for line in lines])
    if len({d for d in indented if d}) >= 2:
        return [levels[min(d, len(levels)) - 1] if d else None for d in indented]
    if any(line.bold for line in lines) and not all(line.bold for line in lines):
        return [levels[0] if line.bold else levels[min(1, len(levels) - 1)] for line in lines]
    return [None] * len(lines)


#: total-row labels, lowercase, by rank: 1 a group's sub total, 2 the table's total, 3 a grand total;
#: a total absorbs the totals of a lower rank printed before it
TOTAL_WORDS: dict[str, int] = {
    "sub total": 1, "subtotal": 1, "sub jumlah": 1, "jumlah sub": 1, "jumlah program": 1, "total program": 1,
    "jumlah": 2, "total": 2,
    "jumlah total": 3, "grand total": 3, "total keseluruhan": 3, "jumlah keseluruhan": 3,
    "jumlah seluruhnya": 3, "total seluruhnya": 3, "jumlah akhir": 3,
}
#: words of a clause, which an indicator's name holds (`Jumlah Kegiatan Pembangunan SPAM ... di Kawasan Perkotaan`,
#: `Jumlah kegiatan ... per kapita per tahun`) and a total's name does not
_CLAUSE = frozenset({"di", "per", "dalam", "terhadap", "oleh", "melalui"})
#: what a `Jumlah ...` / `Total ...` row may name and still be a total
TOTAL_OF = ("belanja", "pendapatan", "anggaran", "pagu", "realisasi", "program", "kegiatan", "sub", "urusan",
            "bidang", "keseluruhan", "seluruhnya", "akhir", "umum", "blud", "penerimaan", "biaya")
def total_word(label: str, bold: bool = False) -> str | None:
    """The total word a row label is (`Jumlah`, `Sub Total A`, `TOTAL`, `J U M L A H`), or None for a row
    of its own.

    Words after a `Sub Total` or `Jumlah Total` name its group; after `Jumlah` or `Total` they are
    allowed when they are a group mark (`Jumlah I`), name what is added (`Jumlah Belanja`, `Total
    Program ...`: not in a clause, `Jumlah Kegiatan ... di Kawasan Perkotaan` being an indicator's name), or the
    row is bold: `Jumlah Penduduk` in plain type is a row of figures."""
    key = key_of(label or "")
    if re.fullmatch(r"(?:\w )+\w", key):  # letters spaced out for emphasis, not an outline mark
        key = key.replace(" ", "")
    else:
        key = key_of(strip_mark(label or ""))
    for word in sorted(TOTAL_WORDS, key=len, reverse=True):
        if key == word or key == word.replace(" ", ""):
            return word
        if key.startswith(word + " "):
            tail = key[len(word) + 1:]
            if bold or TOTAL_WORDS[word] != 2 or re.fullmatch(r"[ivxl]+|[a-z]|\d{1,2}|rp", tail) \
                    or (tail.split()[0] in TOTAL_OF and _names_a_sum(tail)):
                return word
    return None


def _names_a_sum(tail: str) -> bool:
    """Do the words after `Jumlah` name what is added (`Belanja Barang dan Jasa`, `Program Peningkatan Sarana dan
    Prasarana Aparatur`, `Belanja Operasi (12 s.d. 15)`), not an indicator (`Kegiatan Pembangunan/Penyediaan Sistem
    Pengelolaan Air Limbah Terpusat Skala Kota`, `kegiatan ... per kapita per tahun`): no clause, six words at most."""
    words = [w for w in tail.split() if len(w) > 1 and not w.isdigit()]
    return not _CLAUSE & set(words) and len(words) <= 6


def total_rank(label: str, bold: bool = False) -> int | None:
    """1 for a group's sub total, 2 for the table's total, 3 for a grand total; None for a row of its own."""
    word = total_word(label, bold)
    return TOTAL_WORDS[word] if word else None
