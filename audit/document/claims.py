"""Numeric statements of the prose, to be checked against the tables (rule kind `claim`).

Six shapes of statement are found, each with the sentence it is in and its place:

- `amount`: a rupiah amount and the words that give its role (`alokasi anggaran ... sebesar Rp. 2.029.230.488,00`);
- `share`: a percentage given for two amounts of its own clause (`Rp. A ... direalisasikan sebesar
  Rp. B atau 97,06 %`, `Rp B atau 103,05% dari target Rp A`);
- `predikat`: a percentage and the category the prose gives it (`(88,89%) telah mencapai kategori baik`);
- `count`: a number of things (`2 (dua) Sasaran Strategis`, `1 program penunjang`);
- `achieved`: a number of indicators said to have reached their target (`2 indikator telah
  tercapai`, `dari 3 indikator, 2 indikator mencapai target`); `base` holds the "dari M" when given.
- `headcount`: the number of staff stated as the whole (`didukung oleh 27 orang pegawai`, `Jumlah pegawai yang
  ada pada ... sebanyak 42 orang`).

Finding a statement is not judging it: the rule kind compares, with the tables' printed precision.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from audit.document.model import Document
from audit.document.shares import Amount, amount_roles, find_shares
from audit.numbers import parse_number

_SENTENCE = re.compile(r"(?<=[a-z0-9)%])\.\s+(?=[A-Z])")  # not after `Rp.` or `S.H.`, nor inside 1.000
_AMOUNT = re.compile(r"Rp\.?\s*((?:\d{1,3}[.,])*\d{1,3}(?:[.,]\d{2})?)(?!\d)"
                     r"(?:\s*(ribu|juta|jt|miliar|milyar|triliun)\b)?", re.I)
_SCALE = {"ribu": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12}
LABELS = ("sangat baik", "cukup baik", "kurang baik", "sangat kurang", "baik", "cukup", "kurang")
_PREDIKAT = re.compile(r"(\d{1,3}(?:[.,]\d{1,2})?)\s*%\s*\)?[^.%]{0,80}?kategori(?:kan)?\s+("
                       + "|".join(LABELS) + r")\b", re.I)
_COUNT = re.compile(r"\b(\d{1,3})\s*(?:\(\s*[a-z]+\s*\)\s*)?"
                    r"(sasaran strategis|indikator kinerja sasaran|indikator sasaran|"
                    r"indikator kinerja utama|indikator kinerja|indikator|program(?:\s+utama|\s+penunjang)?|"
                    r"sub kegiatan|kegiatan|desa)\b", re.I)


_REACH = r"(?:mencapai|memenuhi|melampaui|melebihi)"  # `mencapai atau melampaui target`, `mencapai/melebihi target`
_ACHIEVED = re.compile(r"\b(\d{1,3})\s*(?:\(\s*[a-z]+\s*\)\s*)?indikator(?:\s+[a-z]+){0,3}?\s+"
                       rf"(?:(?:telah|sudah)\s+)?(?:tercapai|{_REACH}(?:(?:\s+(?:atau|dan|bahkan)\s+|\s*/\s*){_REACH})?"
                       r"\s+target|berhasil\s+dicapai)", re.I)
_OF_TOTAL = re.compile(r"dari\s+(\d{1,3})\s*(?:\(\s*[a-z]+\s*\)\s*)?indikator", re.I)
_STAFF = r"(?:pegawai|personil|personel|karyawan|sdm|sumber\s+daya\s+manusia)"  # all staff, not only ASN
_SAID = r"\s*(?:\(\s*[a-z ]+\s*\)\s*)?"  # `27 (dua puluh tujuh)`
# a headcount stated as the whole staff: `didukung oleh 27 orang pegawai`, `pegawai seluruhnya berjumlah 27 orang`;
# not a part of it (`12 pegawai laki-laki`, `pegawai golongan III sebanyak 8 orang`)
_WHOLE = r"(?:didukung\s+oleh|berjumlah|sebanyak|seluruhnya|total|memiliki|terdiri\s+(?:dari|atas))"
_PART = r"(?:laki|perempuan|pria|wanita|golongan|berpendidikan|lulusan|berstatus|pns|pppk|non|honorer|kontrak)"
_HEADCOUNT = re.compile(rf"\b{_WHOLE}\s+(\d{{1,4}}){_SAID}(?:orang\s+)?{_STAFF}\b(?!\s+{_PART})"
                        rf"|\b{_STAFF}\s+(?:seluruhnya\s+|keseluruhan\s+)?(?:berjumlah|sebanyak)\s+"
                        rf"(\d{{1,4}}){_SAID}orang\b"
                        # `Jumlah pegawai yang ada pada Dinas ... saat ini sebanyak 42 orang` (no part named between)
                        rf"|\bjumlah\s+{_STAFF}\b(?:(?!\b{_PART})[^.;:\d]){{0,90}}?\b(?:sebanyak|adalah|berjumlah)\s+"
                        rf"(\d{{1,4}}){_SAID}orang\b", re.I)


@dataclass(frozen=True)
class Claim:
    kind: str  # amount | share | predikat | count | achieved | headcount
    value: float
    text: str  # the number as printed
    sentence: str
    line: int | None = None
    page: int | None = None
    before: str = ""  # amount: the words giving its role; count: the words before it
    label: str = ""  # predikat: the category; count: the noun
    decimals: int = 0
    base: float | None = None  # share: the amount the percentage is of
    part: float | None = None  # share: the amount that is that percentage
    base_text: str = ""  # share: the two amounts as printed
    part_text: str = ""
    error: float = 0.0  # amount: how far the value may lie from the printed one (`Rp 1,5 miliar`: 0,05 miliar)
    base_error: float = 0.0  # share: the same for its two amounts
    part_error: float = 0.0


def find_claims(doc: Document) -> list[Claim]:
    out: list[Claim] = []
    for p in doc.paragraphs:
        if p.level or len(p.text) < 30:
            continue
        for sentence in _SENTENCE.split(p.text):
            out.extend(_claims(sentence, p.line, p.page))
    return out


def _amounts(sentence: str) -> list[Amount]:
    """The rupiah amounts of a sentence; `Rp 1,5 miliar` is 1.500.000.000 give or take its last digit."""
    out = []
    for m in _AMOUNT.finditer(sentence):
        parsed = parse_number(m.group(1), "money")
        if parsed.value is None:
            continue
        scale = _SCALE.get((m.group(2) or "").lower(), 1.0)
        error = 0.5 * 10 ** -(parsed.decimals or 0) * scale if scale > 1 else 0.0
        out.append(Amount(m.start(), m.end(), parsed.value * scale, m.group(0), error))
    return out


def _claims(sentence: str, line, page) -> list[Claim]:
    amounts = _amounts(sentence)
    out = [Claim("amount", a.value, a.text, sentence, line, page, role.lower(), error=a.error)
           for a, role in zip(amounts, amount_roles(sentence, amounts))]
    for s in find_shares(sentence, amounts):
        parsed = parse_number(s.number, "percent")
        if parsed.value is not None:
            out.append(Claim("share", parsed.value, s.text, sentence, line, page, "", "", parsed.decimals,
                             s.base.value, s.part.value, s.base.text, s.part.text,
                             base_error=s.base.error, part_error=s.part.error))
    for m in _PREDIKAT.finditer(sentence):
        parsed = parse_number(m.group(1), "percent")
        if parsed.value is not None:
            out.append(Claim("predikat", parsed.value, m.group(1) + "%", sentence, line, page, "",
                             " ".join(m.group(2).split()).title(), parsed.decimals))
    achieved_at = [(m.start(), m.end()) for m in _ACHIEVED.finditer(sentence)]
    for m in _ACHIEVED.finditer(sentence):
        words = sentence[m.start():m.end()].lower()
        if re.search(r"\b(tidak|belum)\b", words):
            continue  # "2 indikator belum tercapai" is the other count
        total = _OF_TOTAL.search(sentence[max(0, m.start() - 60):m.start()])
        out.append(Claim("achieved", float(m.group(1)), m.group(0), sentence, line, page, "", "indikator", 0,
                         float(total.group(1)) if total else None))
    for m in _HEADCOUNT.finditer(sentence):
        out.append(Claim("headcount", float(m.group(1) or m.group(2) or m.group(3)), m.group(0), sentence, line, page))
    for m in _COUNT.finditer(sentence):
        if _AMOUNT.search(sentence[max(0, m.start() - 8):m.end()]):
            continue
        if any(a <= m.start() < b for a, b in achieved_at):
            continue  # "2 indikator tercapai" counts the indicators achieved, not all of them
        out.append(Claim("count", float(m.group(1)), m.group(0), sentence, line, page,
                         sentence[max(0, m.start() - 40):m.start()].lower(), " ".join(m.group(2).lower().split())))
    return out
