"""Signatory blocks of the prose: position, rank, name and NIP, in the order the agency prints them.

A block ends with (or holds) its NIP line; above it, within a few lines and never past the block
before, are the position (`KEPALA DINAS ...`, `Direktur RSUD ...`, `LURAH ...`), the name and often
the civil-service rank (`Pembina Utama Muda (IV/c)`, `Penata Tk. I`), in any order. Each line is
classified by what it is, so the rank line is never read as the name. Blocks printed side by side
in a table (the Perjanjian Kinerja page: PIHAK PERTAMA | PIHAK KEDUA) are read column by column.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from audit.document.model import DocTable, Paragraph

NIP = re.compile(r"\bNIP\.?\s*:?\s*((?:\d[\s.]*){18,19})", re.I)
POSITION = re.compile(r"^(camat|kepala|sekretaris|lurah|direktur|inspektur|bupati|wali\s*kota|plt\.?|plh\.?|pj\.?)"
                      r"(?=\W|$)", re.I)
# a PNS rank and golongan: `Pembina Utama Muda (IV/c)`, `Penata Tk. I`, `Pangkat/Gol: Penata (III/c)`
_RANK = re.compile(r"\b(?:pembina|penata|pengatur|juru)\b(?:\s+(?:utama|madya|muda|tingkat|tk\b\.?))*(?:\s*\bI\b)?\.?"
                   r"|\(?\s*\b(?:IV|I{1,3})\s*[/.]\s*[a-e]\b\s*\)?"
                   r"|\b(?:pangkat|golongan|gol)\b\.?(?:\s*/\s*(?:golongan|gol|ruang)\b\.?)*\s*:?", re.I)
# lines of a block that are neither name nor position: who signs for whom, the agency's name and region
_OTHER = re.compile(r"^(?:mengetahui|menyetujui|disetujui|diperiksa|dibuat|pihak\s+\w+|a\.?\s*n\.?|u\.?\s*b\.?|ttd|"
                    r"kabupaten|kota|provinsi|kecamatan|kelurahan|desa|dinas|badan|rumah\s+sakit|rsud|inspektorat|"
                    r"sekretariat|pemerintah|puskesmas|uptd?)\b", re.I)
_NAME = re.compile(r"[A-Za-z][A-Za-z.,'’`\s()-]{2,79}")
# titles a name starts with: where the name begins in a block a reader printed as one line
_TITLES = re.compile(r"\b(?:(?:dr|drg|drs|dra|ir|h|hj|prof)\.\s*)+(?=[A-Z])", re.I)
_REACH = 7  # lines a block spans above its NIP
_GAP = 10  # markdown lines between two lines of one block, at most


@dataclass
class Signature:
    """A name and NIP printed together under a position: one signature block."""

    name: str
    nip: str  # digits only
    position: str
    line: int | None = None  # the NIP's
    page: int | None = None
    nip_text: str = ""  # as printed
    name_line: int | None = None
    merged: bool = False  # position and name printed as one line: `name` may start with the position


def is_rank(text: str) -> bool:
    rest = _RANK.sub(" ", text)
    return rest != text and not re.sub(r"[\s,.;:/()-]", "", rest)


def _is_name(text: str) -> bool:
    return bool(_NAME.fullmatch(text)) and not (is_rank(text) or POSITION.match(text) or _OTHER.match(text))


def _position(text: str) -> str:
    """A position line without who it is signed for: `Mengetahui, CAMAT X` -> `CAMAT X`."""
    text = re.sub(r"^(?:mengetahui|menyetujui|pihak\s+\w+|a\.?\s*n\.?)[,\s]*", "", text.strip(), flags=re.I)
    return text if POSITION.match(text) else ""


def _block(paras: list[Paragraph], i: int) -> list[Paragraph]:
    """The lines above the NIP line `i` that can belong to its block, nearest first."""
    out: list[Paragraph] = []
    below = paras[i]
    for q in reversed(paras[max(0, i - _REACH):i]):
        if q.level or NIP.search(q.text) or len(q.text) > 120:
            break
        if q.line and below.line and below.line - q.line > _GAP:
            break
        out.append(q)
        below = q
    return out


def find_signatures(paras: list[Paragraph], tables: Sequence[DocTable] = ()) -> list[Signature]:
    """Every signature block of the prose and of signature tables, in the order printed."""
    out = _signatures(paras)
    for table in tables:
        for column in _columns(table):
            out += _signatures(column)
    return sorted(out, key=lambda s: (s.page or 0, s.line or 0))


def _columns(table: DocTable) -> list[list[Paragraph]]:
    """The columns of a small table holding a NIP, each read as lines (a cell's own lines where the file prints it
    in several: `PIHAK KESATU,` over the name, the rank and the NIP in one Word cell)."""
    if len(table.rows) > 15 or not any(NIP.search(c.text) for row in table.rows for c in row):
        return []
    return [[Paragraph(text, row[k].line, row[k].page, bold=row[k].bold)
             for row in table.rows if k < len(row) and row[k].text.strip() for text in row[k].lines or (row[k].text,)]
            for k in range(table.width)]


def _signatures(paras: list[Paragraph]) -> list[Signature]:
    out = []
    for i, p in enumerate(paras):
        m = NIP.search(p.text)
        if not m:
            continue
        block = _block(paras, i)
        same_line = " ".join(_RANK.sub(" ", p.text[:m.start()]).strip(" ,").split())
        position, merged = next((t for t in (_position(q.text) for q in block) if t), ""), False
        if same_line and _position(same_line):
            position, name, merged = _split(same_line)
            name_line = p.line
        elif same_line:
            name, name_line = same_line, p.line
        else:
            found = next((q for q in block if _is_name(q.text.strip(" ,"))), None)
            name, name_line = (found.text, found.line) if found else ("", None)
        if name and len(name) <= 120:
            out.append(Signature(" ".join(name.strip(" ,").split()), re.sub(r"\D", "", m.group(1)), position,
                                 p.line, p.page, m.group(1).strip(), name_line, merged))
    return out


def _split(text: str) -> tuple[str, str, bool]:
    """A block a reader joined into one line (`KEPALA DINAS ... dr. BUDI, M.Kes`): position, name, and
    whether the two could not be told apart (the name then still starts with the position)."""
    starts = [m.start() for m in _TITLES.finditer(text) if m.start()]
    if starts:
        return text[:starts[-1]].strip(" ,"), text[starts[-1]:], False
    return _position(text), text, True


def head_of(signatures: list[Signature]) -> Signature | None:
    """The head of agency: the NIP signed most often under a head's position, first as printed."""
    heads = [s for s in signatures if POSITION.match(s.position or "")
             and not re.match(r"^(bupati|wali)", s.position, re.I)] or signatures
    if not heads:
        return None
    common = Counter(s.nip for s in heads).most_common(1)[0][0]
    return min((s for s in heads if s.nip == common), key=lambda s: s.merged)  # a name read apart first
