"""What the prose of an LKjIP states about the report: identity, signatures, scale, structure.

The tables say nothing about who signed the report, which year it covers or
which scale it judges by; the text does, sometimes inconsistently. `find_facts`
collects every such statement with its place, so metadata can be taken from
the document and document-level rules can compare the statements.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from audit.document.model import Document, Paragraph
from audit.document.signatures import Signature, find_signatures, head_of
from audit.polarity import phrases_in
from audit.predikat import parse_band, scale_from_lines

#: a word of an agency's name: capitalised, and not the start of a region, a chapter or an address
_NAME_WORD = r"(?!(?i:Kabupaten|Kota|Provinsi|Tahun|Nomor|No|Bab|Laporan|Jalan|Jl)\b)[A-Z][\w'-]*"
_KINDS = ("Kecamatan", "Kelurahan", "Dinas", "Badan", "Inspektorat", "Sekretariat", "Satuan", "Kantor", "Bagian",
          "Rumah Sakit", "RSUD", "Puskesmas", "UPTD", "Biro")
#: an agency named in prose (`Kecamatan Jatiroto`) or on a title page in capitals (`DINAS KESEHATAN`)
_AGENCY = re.compile(r"\b(" + "|".join(w for k in _KINDS for w in dict.fromkeys((k, k.upper()))) + ")"
                     rf"\s+({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|dan|&)){{0,5}})")
_REGION = re.compile(r"\b(Kabupaten|Kota|Provinsi)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")
#: the year a report (or a performance agreement, printed on its own) says it is of, on its title: `LAPORAN KINERJA
#: INSTANSI PEMERINTAH (LKjIP) TAHUN 2023`, `LAPORAN AKUNTABILITAS KINERJA ... TAHUN 2016`, `LKIP 2016`,
#: `PERJANJIAN KINERJA TAHUN 2017`
_REPORT_YEAR = re.compile(r"(?:LAPORAN\s+(?:AKUNTABILITAS\s+)?KINERJA(?:\s+INSTANSI\s+PEMERINTAH)?"
                          r"(?:\s*\(?(?:LKj[IiPp]+|LAKIP|LKIP)\)?)?\s+TAHUN|PERJANJIAN\s+KINERJA\s+TAHUN"
                          r"|\b(?:LKjIP|LKIP|LAKIP)(?:\s+TAHUN)?)\s+((?:19|20)\d{2})\b", re.I)
#: what a document is, by the first title among its opening paragraphs that names a kind: an LKjIP (LAKIP, LKIP,
#: `LAPORAN KINERJA ...`), a performance agreement printed on its own, a head of region's accountability report, a
#: region's or an agency's yearly work plan (RKPD, Renja), an agency's five-year strategic plan, a region's report
#: on its government (LPPD), an agency's financial statements (`LAPORAN KEUANGAN`, `LAPORAN REALISASI ANGGARAN`,
#: their notes)
#: a plan's title may call it a draft (`Rancangan Awal RKPD ...`, `Rancangan Akhir Renstra ...`)
_DRAFT = r"^\W*(?:RANCANGAN\s+(?:AWAL\s+|AKHIR\s+)?)?"
_TITLES = (("lkjip", re.compile(r"^\W*(?:LAPORAN\s+(?:AKUNTABILITAS\s+)?KINERJA|LKj[IiPp]+|LAKIP|LKIP)\b")),
           ("pk", re.compile(r"^\W*PERJANJIAN\s+KINERJA\b")),
           ("lkpj", re.compile(r"^\W*(?:LAPORAN\s+KETERANGAN\s+PERTANGGUNG\s*JAWABAN|LKPJ)\b")),
           ("rkpd", re.compile(_DRAFT + r"(?:RENCANA\s+KERJA\s+PEMERINTAH(?:AN)?\s+DAERAH|RKPD)\b")),
           ("renja", re.compile(_DRAFT + r"(?:RENCANA\s+KERJA\b(?!\s+TAHUNAN)|RENJA\b)")),
           ("renstra", re.compile(_DRAFT + r"(?:RENCANA\s+STRATEGIS|RENSTRA)\b")),
           ("lppd", re.compile(r"^\W*(?:LAPORAN\s+PENYELENGGARAAN\s+PEMERINTAHAN\s+DAERAH|LPPD)\b")),
           ("lk", re.compile(r"^\W*(?:LAPORAN\s+(?:KEUANGAN|REALISASI\s+ANGGARAN)"
                             r"|CATATAN\s+ATAS\s+LAPORAN\s+KEUANGAN|CALK)\b")))
#: paragraphs a title is looked for in: a cover, a letterhead, the agreement's opening
_TITLE_REACH = 12
#: a title line in capitals naming the LPPD (or its evaluation, EKPPD) anywhere in it, no other kind having a title
_ABOUT_LPPD = re.compile(r"\b(?:LPPD|EKPPD)\b")
_DESA_COUNT = re.compile(r"terdiri\s+(?:dari|atas)\s+(\d+)\s*(?:\(\w+\)\s*)?desa", re.I)
_DESA_LIST = re.compile(r"desa,?\s+yaitu\s+(.+?)\.?$", re.I)
#: a number of units stated in a sentence: `terdiri dari 12 (dua belas) puskesmas`, `terdiri atas 9 unit kerja`
_STATED = re.compile(r"\bterdiri\s+(?:dari|atas)\s+(\d{1,4})\s*(?:\([a-z\s]+\)\s*)?([a-z]+(?:\s+kerja)?)", re.I)
#: a line or a table row giving one count: `Jumlah Puskesmas : 12`, `| 3 | Jumlah Sekolah | 40 Unit |`
_COUNT_ROW = re.compile(r"^\s*(?:\d{1,2}\.?\s+)?jumlah\s+([a-z][a-z/ ]{1,40}?)\s*[:=]?\s*(\d{1,4})"
                        r"(?:\s+[a-z]+)?\s*\.?\s*$", re.I)
#: what a stated count cannot be of: people, money, time, and the villages (`jumlah_desa`)
_NOT_COUNTED = {"desa", "kelurahan", "desa/kelurahan", "orang", "jiwa", "penduduk", "kk", "rupiah", "rp", "tahun",
                "bulan", "hari", "persen"}
_CAPTION_NO = re.compile(r"^\s*tabel\s+(\d+(?:\.\d+)?)\b", re.I)
_PERIOD = re.compile(r"(?:sampai\s+dengan|s\.?\s*d\.?|per)\s+(?:bulan\s+)?(?:desember|triwulan\s+iv)\s+((?:19|20)\d{2})"
                     r"|tahun\s+anggaran\s+((?:19|20)\d{2})", re.I)
#: the longest line taken for a title whose `Tahun Anggaran` names the report's own period (`_says_period`); in a
#: sentence of prose a budget year is cited (`Perda ... tentang APBD Tahun Anggaran 2012`)
_TITLE_LINE = 120


@dataclass
class Mention:
    """A statement of the prose, with its place: a year, a table number, a chapter."""

    text: str
    value: object
    line: int | None = None
    page: int | None = None


@dataclass
class Facts:
    agency: str | None = None
    region: str | None = None
    year: int | None = None
    #: what the document is (`_TITLES`): "lkjip", "pk", "lkpj", "rkpd", "renja", "renstra", "lppd", "lk"; None when no
    #: title
    #: says (an excerpt, a workbook)
    kind: str | None = None
    signatures: list[Signature] = field(default_factory=list)
    predikat_scale: list[tuple[float | None, str]] = field(default_factory=list)  # (min, label), best first
    predikat_bands: list[dict] = field(default_factory=list)  # the same bands as `PredikatBand` fields
    polarity: dict[str, list[str]] = field(default_factory=dict)  # "negative"/"positive" -> indicator names
    desa: list[str] = field(default_factory=list)
    jumlah_desa: int | None = None
    headings: list[Mention] = field(default_factory=list)
    table_numbers: list[Mention] = field(default_factory=list)
    periods: list[Mention] = field(default_factory=list)
    # `kinerja ... Tahun 2022`: whose year a sentence reports
    subject_years: list[Mention] = field(default_factory=list)
    formulas: dict[str, str] = field(default_factory=dict)  # indicator -> its formula, from a `Rumus/Formula` table
    counts: dict[str, int] = field(default_factory=dict)  # units stated a number of (`puskesmas`: 12), one value each

    def head(self) -> Signature | None:
        """The head of agency: the NIP signed most often under a head's position, first as printed."""
        return head_of(self.signatures)


def _lines(doc: Document) -> list[Paragraph]:
    """Prose lines, and table rows read as lines (some converters turn short text into tables)."""
    out = list(doc.paragraphs)
    for t in doc.tables:
        for row in t.rows:
            text = " ".join(c.text for c in row if c.text.strip())
            if text:
                out.append(Paragraph(text, row[0].line, row[0].page))
    return out


def _says_period(p: Paragraph) -> bool:
    """Is a line one whose `Tahun Anggaran` names the period of what it heads: a heading, a bold line, a caption
    (`Tabel 3.1 ...`), a short line in capitals (a cover's `TAHUN ANGGARAN 2023`)? Not a line of prose (a PDF's
    lines of a sentence: `untuk tahun anggaran 2017 telah direncanakan`), nor a regulation cited (`tentang`)."""
    text = p.text.strip()
    if "tentang" in text.lower() or len(text) > _TITLE_LINE:
        return False
    return bool(p.level or p.bold or _CAPTION_NO.match(text)) or (text.isupper() and not text.endswith("."))


def _titled(p) -> str:
    """A paragraph as a title is looked for in: a heading (`# Laporan Keuangan ...`) in capitals, as covers print
    titles; a paragraph of prose as printed (`Laporan kinerja ini disusun ...` is no title)."""
    return p.text.upper() if p.level else p.text


def find_facts(doc: Document) -> Facts:
    facts = Facts()
    paras = doc.paragraphs
    prose = " ".join(p.text for p in paras[:400])
    for p in paras:
        m = _REPORT_YEAR.search(p.text)
        if m:
            facts.year = int(m.group(1))
            break
    facts.kind = next((kind for p in paras[:_TITLE_REACH] for kind, title in _TITLES if title.match(_titled(p))), None)
    if facts.kind is None and any(_ABOUT_LPPD.search(p.text) for p in paras[:_TITLE_REACH] if p.text.isupper()):
        facts.kind = "lppd"  # an annex titled by its format, then `... TERHADAP LPPD TAHUN 2013` in capitals
    # per paragraph: a title page in capitals must not run on into the next line's words
    agencies = Counter(_title(f"{a} {b}") for p in paras[:400] for a, b in _AGENCY.findall(p.text)
                       if not b.lower().startswith(("dan",)))
    if agencies:
        facts.agency = agencies.most_common(1)[0][0]
    regions = Counter(f"{a} {b}" for a, b in _REGION.findall(prose))
    if regions:
        facts.region = _title(regions.most_common(1)[0][0])
    facts.signatures = find_signatures(paras, doc.tables)
    facts.predikat_bands = _scale(doc)
    facts.predikat_scale = [(b["min"], b["label"]) for b in facts.predikat_bands]
    facts.polarity = _polarity(paras)
    for p in paras:
        m = _DESA_COUNT.search(p.text)
        if m and facts.jumlah_desa is None:
            facts.jumlah_desa = int(m.group(1))
            listed = _DESA_LIST.search(p.text)
            if listed:
                names = re.split(r",\s*|\s+dan\s+", listed.group(1))
                facts.desa = [re.sub(r"^desa\s+", "", n.strip(), flags=re.I) for n in names if n.strip()]
    facts.headings = [Mention(p.text, p.level, p.line, p.page) for p in paras if p.level or _looks_like_chapter(p)]
    for t in doc.tables:
        for cap in t.caption:
            m = _CAPTION_NO.match(cap)
            if m:
                facts.table_numbers.append(Mention(cap, m.group(1), t.line, t.page))
                break
    said = {id(p) for p in doc.paragraphs}  # a table's rows are its data: a year of a comparison, no period
    for p in _lines(doc):
        for m in _PERIOD.finditer(p.text):
            if m.group(2) and not (id(p) in said and _says_period(p)):
                continue
            year = int(m.group(1) or m.group(2))
            facts.periods.append(Mention(m.group(0), year, p.line, p.page))
    facts.subject_years = [m for p in paras for m in _subject_years(p)]
    facts.formulas = _formulas(doc)
    facts.counts = _stated_counts(_lines(doc))
    return facts


def _stated_counts(lines: list[Paragraph]) -> dict[str, int]:
    """The numbers of units a report states (`terdiri dari 12 puskesmas`, a row `Jumlah Puskesmas | 12`),
    by what they count, for the shares counted over them (`audit.rules.formulas.counted_over`). A unit
    stated with two different numbers is left out: which one a share is counted over is not known."""
    seen: dict[str, set[int]] = {}
    for p in lines:
        found = [(m.group(2), m.group(1)) for m in _STATED.finditer(p.text)]
        row = _COUNT_ROW.match(p.text)
        if row:
            found.append((row.group(1), row.group(2)))
        for noun, number in found:
            noun = " ".join(noun.lower().split(" yang ")[0].split())
            if noun and noun not in _NOT_COUNTED and int(number) > 0:
                seen.setdefault(noun, set()).add(int(number))
    return {noun: numbers.pop() for noun, numbers in seen.items() if len(numbers) == 1}


def _formulas(doc: Document) -> dict[str, str]:
    """Each indicator's formula from any table printing an indicator column beside a formula column
    (`Rumus/Formula`, `Formulasi`, `Cara Perhitungan`: the vocabulary's words), whatever else it holds:
    a `Rumusan IKU` table has no target, so it is no canonical table, yet its formulas say what a share
    is counted over (`audit.rules.formulas`)."""
    from audit.ingest.headers import normalise, vocabulary

    words = [normalise(w) for w in vocabulary()["columns"]["formulasi"]]
    out: dict[str, str] = {}
    for table in doc.tables:
        for r, header in enumerate(table.rows[:3]):
            texts = [c.text for c in header]
            formula = next((k for k, x in enumerate(texts) if any(
                set(w.words) <= set(normalise(x).words) for w in words)), None)
            indicator = next((k for k, x in enumerate(texts) if "indikator" in x.lower() and k != formula), None)
            if formula is None or indicator is None:
                continue
            for row in table.rows[r + 1:]:
                if max(formula, indicator) < len(row):
                    name, text = row[indicator].text.strip(), row[formula].text.strip()
                    if name and text and re.search(r"[A-Za-z]", name) and name not in out:
                        out[name] = text
            break
    return out


#: the performance or the budget a sentence reports, then (after an agency's name) the year it is of
_SUBJECT_YEAR = re.compile(r"\b(?:kinerja|capaian|pencapaian|realisasi|pagu|anggaran|belanja)"
                           r"(?:\s+(?:[A-Z][\w.'/-]*|dan|anggaran|belanja|kinerja|daerah)){0,7}"
                           r"\s+(?:tahun|TA\.?)\s+((?:19|20)\d{2})\b(?!\s*[-–/]\s*(?:19|20)?\d{2})", re.I)
#: a sentence that compares, plans or spans years speaks of other years on purpose
_OTHER_YEARS = re.compile(r"sebelum|\blalu\b|banding|meningkat|menurun|\bnaik\b|\bturun\b|renstra|rpjm|periode|"
                          r"mendatang|akan datang|\bdepan\b|\bsejak\b|\bhingga\b|sampai dengan|s\.\s*d|"
                          r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}", re.I)


def _subject_years(p: Paragraph) -> list[Mention]:
    """Each sentence that reports a year's performance or budget (`Secara umum kinerja Dinas X Tahun 2022
    tercapai`), with that year; sentences that compare or plan across years are left out."""
    out = []
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", p.text):
        if _OTHER_YEARS.search(sentence):
            continue
        for m in _SUBJECT_YEAR.finditer(sentence):
            out.append(Mention(m.group(0), int(m.group(1)), p.line, p.page))
    return out


def _looks_like_chapter(p: Paragraph) -> bool:
    return bool(re.match(r"^bab\s+[ivx]+\b", p.text, re.I))


def _title(text: str) -> str:
    return " ".join(w if w.isupper() and len(w) <= 4 and w not in ("DAN",) else w.capitalize() if w.isupper()
                    else w for w in text.split())


def _scale(doc: Document) -> list[dict]:
    """The ordinal scale the report states, in prose, a list or a table, in any notation
    (`85 ke atas : Sangat Baik`, `70 ≤ x < 85`, `> 90 s.d. 100`, `76-90`, `50 ke bawah`; `audit.predikat`)."""
    lines = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            lines.append(_band_row([c.text.strip() for c in row if c.text.strip()]))
        lines.append("")  # a table ends a run of bands
    return scale_from_lines(lines)


def _band_row(cells: list[str]) -> str:
    """A table row as a band line: without its number (`1`, `a.`), its bounds in two cells (`Nilai Min`,
    `Nilai Max`: `91 | 100`) read as one range; the row as printed when no reading is a band."""
    tries = [cells]
    if len(cells) > 2 and re.fullmatch(r"\(?(?:\d{1,2}|[a-eA-E]|[ivxIVX]{1,4})[.)]?", cells[0]):
        tries.append(cells[1:])  # the row's number, not part of the band
    for c in list(tries):
        bare = [i for i, x in enumerate(c) if re.fullmatch(r"\d{1,3}(?:[.,]\d+)?\s*%?", x)]
        if len(bare) == 2 and bare[1] == bare[0] + 1:
            i = bare[0]
            tries.append(c[:i] + [f"{c[i]} - {c[i + 1]}"] + c[i + 2:])
    for c in tries:
        if parse_band(" | ".join(c)):
            return " | ".join(c)
    return " | ".join(cells)


def _polarity(paras: list[Paragraph]) -> dict[str, list[str]]:
    """Indicator names the text gives a polarity: `Angka kemiskinan merupakan indikator dengan polaritas
    negatif`, `untuk indikator prevalensi stunting, semakin kecil semakin baik` (`audit.polarity`)."""
    out: dict[str, list[str]] = {}
    for p in paras:
        for sentence in re.split(r"(?<=[.!?;])\s+(?=[A-Z(])", p.text):
            done = 0
            for start, end, pol in phrases_in(sentence):
                if start < done:
                    continue
                before = sentence[done:start]
                name = (_named(before) if re.search(r"\w", before)
                        else _named(sentence[end:].split(".")[0], after=True))
                if name and name not in out.setdefault(pol, []):
                    out[pol].append(name)
                done = end
    return out


_CUT = re.compile(r"\b(?:merupakan|adalah|bersifat|memiliki|mempunyai|termasuk|berpolaritas|artinya|yaitu|"
                  r"dimana|di\s+mana|sedangkan|sementara)\b|[(:,]", re.I)
_FILLER = {"dengan", "yang", "untuk", "pada", "bagi", "merupakan", "adalah", "bersifat", "memiliki", "ini", "tersebut",
           "polaritas", "indikator", "kinerja", "nilai", "capaian", "dan", "atau", "jika", "apabila", "bila", "karena",
           "maka", "sehingga", "yaitu", "sasaran", "utama"}
_FORMULA = {"rumus", "dihitung", "digunakan", "menggunakan", "formula", "formulasi"}
_AFTER = re.compile(r"^.*\bindikator(?:\s+kinerja)?(?:\s+utama)?\s+(?=\w)", re.I)


def _named(text: str, after: bool = False) -> str | None:
    """The indicator's name in the words before (or after) a polarity phrase, if they hold one: a sentence
    about indicators in general (`untuk indikator dengan polaritas negatif digunakan rumus ...`) names none."""
    text = re.split(r"\b(?:sedangkan|sementara)\b|;", text)[-1 if not after else 0]
    if after:
        text = text.strip(" :-–")
    parts = [x for x in _CUT.split(text) if x.strip()]
    if not parts:
        return None
    words = _AFTER.sub("", parts[0]).strip(" .-–").split()
    while words and words[0].lower() in _FILLER:
        words.pop(0)
    while words and words[-1].lower() in _FILLER:
        words.pop()
    if not 1 <= len(words) <= 14 or any(w.lower() in _FORMULA for w in words):
        return None
    name = " ".join(words)
    return name if re.search(r"[A-Za-z]{3}", name) else None
