"""`document`: checks on the document as a whole, for reports read from markdown, DOCX or PDF.

Each rule names one `check`:

- `chapters`: the chapters PermenPANRB 53/2014 requires (listed in the rule, each
  as alternative spellings) appear as headings;
- `table_numbering`: the printed table numbers (`Tabel 1`, `Tabel 2`, ...) run without gaps;
- `period`: every year stated as the reporting period (`sampai dengan Desember 2024`,
  `Tahun Anggaran 2023`) is the report year;
- `subject_year`: a sentence reporting a year's performance or budget (`kinerja ... Tahun 2022
  tercapai`, `Pagu anggaran ... Tahun 2022 sebesar ...`) names the report year, unless it
  compares or plans across years;
- `signatures`: every signature with the head's NIP prints the head's name the
  same way (a name a letter or two off is a typo to correct, a warning; another
  name is another person, the rule's severity), a signature whose NIP differs from
  the head's by a digit or two is the head's NIP misprinted, and every NIP is
  structurally valid.

A report read from tables has no document: the rule finds nothing.
"""
from __future__ import annotations

import difflib
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

from audit.model import Finding, Joined, Location, Message, Severity
from audit.rules.registry import kind

DEFAULT_CHAPTERS = [
    ["ikhtisar eksekutif", "ringkasan eksekutif"],
    ["pendahuluan"],
    ["perencanaan kinerja"],
    ["akuntabilitas kinerja"],
    ["penutup"],
    ["lampiran"],
]


class DocumentParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    check: Literal["chapters", "table_numbering", "period", "signatures", "subject_year"]
    chapters: list[list[str]] = DEFAULT_CHAPTERS

    def references(self):
        return []


def _finding(loaded, doc, message: Message, line=None, page=None, actual=None, expected=None, hint=None,
             at_most: Severity | None = None) -> Finding:
    severity = Severity(loaded.rule.severity)
    if at_most is not None and at_most.rank < severity.rank:
        severity = at_most
    return Finding(loaded.id, severity, None, None, None,
                   Location(doc.name, None, None, line, page), actual, expected, None, message, hint=hint,
                   position=line or page or 0)


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z ]", " ", text.lower()).split())


@kind("document", DocumentParams, document=True, summary={
    "id": "Dokumen lengkap dan konsisten: bab, nomor tabel, tahun periode, tanda tangan.",
    "en": "The document is complete and consistent: chapters, table numbers, period years, signatures."})
def document_check(ctx, loaded, p: DocumentParams, report):
    """The document is complete and consistent: chapters, table numbers, period years, signatures."""
    info = getattr(report, "document", None)
    if info is None:
        return []
    return CHECKS[p.check](ctx, loaded, p, report, info)


def _chapters(ctx, loaded, p, report, info):
    doc = info.document
    if doc.kind == "xlsx":  # an agency's workbook holds tables, not the report's chapters
        return []
    if info.facts.kind not in (None, "lkjip"):  # a PK, an LKPJ: not an LKjIP's outline; said, not judged
        return [_finding(loaded, doc, Message("doc_not_lkjip", dict(kind=Message(f"doc_kind_{info.facts.kind}"))),
                         at_most=Severity.INFO)]
    if not info.facts.headings and not any(x.text.strip() for x in doc.paragraphs):
        # a file of tables alone (a form, an annex exported on its own): no outline to look for; said once
        return [_finding(loaded, doc, Message("doc_tables_only", dict(n=len(doc.tables))), at_most=Severity.INFO)]
    texts = [_key(m.text) for m in info.facts.headings] + [_key(x.text) for x in doc.paragraphs
                                                           if x.bold and len(x.text) < 80]
    out = []
    for names in p.chapters:
        if not any(any(name in text for text in texts) for name in names):
            out.append(_finding(loaded, doc, Message("doc_chapter_missing", dict(name=names[0].upper())),
                                expected=names[0].upper()))
    return out


def _numbering(ctx, loaded, p, report, info):
    doc = info.document
    out = []
    previous = None
    for m in info.facts.table_numbers:
        if not re.fullmatch(r"\d+", m.value):
            continue
        n = int(m.value)
        if previous is not None and n != previous + 1:
            if n <= previous:
                text = Message("doc_table_number_repeat", dict(n=n, prev=previous))
            else:
                missing = ", ".join(str(i) for i in range(previous + 1, n))
                text = Message("doc_table_number_gap", dict(n=n, prev=previous, missing=missing))
            out.append(_finding(loaded, doc, text, m.line, m.page, actual=f"Tabel {n}",
                                expected=f"Tabel {previous + 1}"))
        previous = n
    return out


def _period(ctx, loaded, p, report, info):
    doc = info.document
    year = report.meta.year
    return [_finding(loaded, doc, Message("doc_period_year", dict(text=m.text, year=year)), m.line, m.page,
                     actual=str(m.value), expected=str(year))  # a year, not an amount: no separators
            for m in info.facts.periods if m.value != year]


def _signatures(ctx, loaded, p, report, info):
    doc = info.document
    head = report.meta.head
    out = []
    for s in info.facts.signatures:
        problems = nip_problems(s.nip)
        if problems:
            why = Joined(tuple(Message(f"nip_{x}") for x in problems), ", ")
            out.append(_finding(loaded, doc, Message("doc_nip_invalid", dict(nip=s.nip_text, name=s.name, why=why)),
                                s.line, s.page, actual=s.nip_text))
        if not head.nip or not head.name:
            continue
        differ = sum(a != b for a, b in zip(s.nip, head.nip)) + abs(len(s.nip) - len(head.nip))
        similar = difflib.SequenceMatcher(None, _name(s.name), _name(head.name)).ratio()
        if s.nip == head.nip and not _same_name(s, head.name):
            typo = _edits(_name(s.name), _name(head.name)) <= NAME_TYPO_EDITS
            out.append(_finding(loaded, doc, Message("doc_head_name_typo" if typo else "doc_head_name",
                                                     dict(name=s.name, head=head.name)),
                                s.name_line or s.line, s.page, actual=s.name, expected=head.name,
                                at_most=Severity.WARNING if typo else None))
        elif 0 < differ <= 2 and similar >= 0.5:
            out.append(_finding(loaded, doc, Message("doc_head_nip", dict(nip=s.nip_text, name=s.name,
                                                                          head_nip=head.nip, head=head.name)),
                                s.line, s.page, actual=s.nip_text, expected=head.nip))
    return out


# titles printed before a name (`dr.`, `Dr.`, `Ir.`, `H.`, `Hj.`) and degrees after it without a comma (`Sp.PD`, `SH`)
_PREFIX = re.compile(r"^(?:(?:dr|drg|drs|dra|ir|h|hj|prof|apt|ns|kh)\.\s*)+", re.I)
_DEGREE = re.compile(r"(?:[A-Za-z]{1,4}\.)+[A-Za-z]{0,4}\.?|(?i:sh|se|st|mm|msi|mh|map|mt|mkes|ssos|skm|sip|spd|mpd|"
                     r"sstp|skom|sap|mph|mars)")


NAME_TYPO_EDITS = 2  # "a letter or two": more is another name, so another person with the head's NIP


def _edits(a: str, b: str, limit: int = NAME_TYPO_EDITS) -> int:
    """Letters inserted, deleted or replaced to turn `a` into `b` (Levenshtein), counted up to `limit` + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _same_name(s, head: str) -> bool:
    """A signature's name is the head's; a block read as one line (`s.merged`) may start with its position."""
    name, known = _name(s.name), _name(head)
    return name == known or (getattr(s, "merged", False) and name.endswith(" " + known))


def _name(text: str) -> str:
    """A name without its titles, punctuation and spacing: `dr. RATNA DEWI, Sp.PD` -> `ratna dewi`.

    Signatures print the same person's titles differently (`S.H.`/`SH`, with or without `M.Si.`);
    the name itself must not differ.
    """
    words = _PREFIX.sub("", text.split(",")[0].strip()).split()
    while len(words) > 1 and _DEGREE.fullmatch(words[-1]):
        words.pop()
    return _key(" ".join(words))


def _subject_year(ctx, loaded, p, report, info):
    """A sentence reporting a year's performance or budget names the report year."""
    doc = info.document
    year = report.meta.year
    return [_finding(loaded, doc, Message("doc_subject_year", dict(text=m.text, year=year)), m.line, m.page,
                     actual=str(m.value), expected=str(year))
            for m in info.facts.subject_years if m.value != year]


CHECKS = {"chapters": _chapters, "table_numbering": _numbering, "period": _period, "signatures": _signatures,
          "subject_year": _subject_year}


def nip_problems(nip: str) -> list[str]:
    """Why an 18-digit NIP is not well formed (birth date, appointment month, sex digit), empty if it is.

    A PNS NIP is YYYYMMDD (birth) YYYYMM (appointment as CPNS) G (1 male, 2 female) NNN (serial).
    """
    import datetime as dt

    out = []
    if len(nip) != 18 or not nip.isdigit():
        return ["length"]
    try:
        born = dt.date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return ["birth"]
    year, month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= month <= 12 or year < born.year + 17:
        out.append("appointment")
    if nip[14] not in "12":
        out.append("sex")
    return out
