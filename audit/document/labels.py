"""Row labels as the outline readers compare them: lowercase words, and the label without its code or
numbering. Shared by the budget hierarchy (`hierarchy.py`) and the levels of any table (`levels.py`)."""
from __future__ import annotations

import re

CODE = re.compile(r"^(\d{1,2}(?:\.\d{1,4}){1,7})\.?(?:\s|$)")
NUMBERING = re.compile(r"^\(?(\d{1,2}(?:\.\d{1,2}){0,4}|[IVXL]{1,6}|[A-Z]|[a-z])[.)]?(?:\s+|$)")
_WORDS = re.compile(r"[^\w%]+")


#: a dotted code printed with spaces around its dots (`5 . 1 . 02`, `4. 1. 1`, `5.1 .2`): three segments or more, or
#: a space before a dot (which no list number has: `4. 1 unit` stays a number and a text)
_SPACED = re.compile(r"^(\s*)(\d{1,2}(?:\s*\.\s*\d{1,4}){2,7}|\d{1,2}(?:\s*\.\s*\d{1,4})*\s+\.\s*\d{1,4}"
                     r"(?:\s*\.\s*\d{1,4})*)(?=\s*\.?(?:\s|$))")


def tidy_code(text: str) -> str:
    """A leading code with its spaces taken out (`5 . 1 . 02 Belanja Pegawai` -> `5.1.02 Belanja Pegawai`), so that
    every reader of codes (the statement's parents, the budget levels, the generic hierarchy) sees one form;
    any other text as it is."""
    m = _SPACED.match(text or "")
    if not m or not re.search(r"\s", m.group(2)):
        return text or ""
    return m.group(1) + re.sub(r"\s+", "", m.group(2)) + text[m.end():]


def key_of(text: str) -> str:
    """Lowercase words (and `%`), punctuation gone: `Sub-Total (Rp)` -> `sub total rp`."""
    return " ".join(_WORDS.sub(" ", (text or "").lower()).split())


def strip_mark(label: str) -> str:
    """A label without its leading code or numbering (`1.02.01 Program ...`, `a. Tanah`)."""
    text = tidy_code(label.strip())
    m = CODE.match(text)
    if m:
        return text[m.end():].strip()
    m = NUMBERING.match(text)
    return text[m.end():].strip() if m and len(text) > m.end() else text
