"""Row labels as the outline readers compare them: lowercase words, and the label without its code or
numbering. Shared by the budget hierarchy (`hierarchy.py`) and the levels of any table (`levels.py`)."""
from __future__ import annotations

import re

CODE = re.compile(r"^(\d{1,2}(?:\.\d{1,4}){1,7})\.?(?:\s|$)")
NUMBERING = re.compile(r"^\(?(\d{1,2}(?:\.\d{1,2}){0,4}|[IVXL]{1,6}|[A-Z]|[a-z])[.)]?(?:\s+|$)")
_WORDS = re.compile(r"[^\w%]+")


def key_of(text: str) -> str:
    """Lowercase words (and `%`), punctuation gone: `Sub-Total (Rp)` -> `sub total rp`."""
    return " ".join(_WORDS.sub(" ", (text or "").lower()).split())


def strip_mark(label: str) -> str:
    """A label without its leading code or numbering (`1.02.01 Program ...`, `a. Tanah`)."""
    text = label.strip()
    m = CODE.match(text)
    if m:
        return text[m.end():].strip()
    m = NUMBERING.match(text)
    return text[m.end():].strip() if m and len(text) > m.end() else text
