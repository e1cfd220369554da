"""A page printed turned: a landscape table set on a portrait page, its text running up or down the page.

A report's wide tables (a Renstra's targets per year, budgets with their realisation) are often laid out landscape and
exported, or scanned, onto portrait pages whose text runs up the page. Read as they lie, their words come out one
letter a line or backwards (`kisiF isasilaeR` for `Realisasi Fisik`) and no table is found. Turned the way the page's
own `/Rotate` would turn it, the page reads as it was printed. Only the page as read is turned, never the file.
"""
from __future__ import annotations

from collections import Counter

#: the share of a page's characters that must run one way for the page to be read turned that way
MOST = 0.6


def upright(page):
    """`page`, or the same page turned a quarter so that most of its text reads left to right (pdfplumber)."""
    chars = [c for c in page.chars if c.get("text", "").strip()]
    if not chars:
        return page
    turn, n = Counter(_turn(c.get("matrix")) for c in chars).most_common(1)[0]
    if not turn or n < MOST * len(chars):
        return page
    from pdfplumber.page import Page

    obj = page.page_obj
    rotation = (page.rotation + turn) % 360
    obj.attrs = {**obj.attrs, "Rotate": rotation}  # what pdfplumber reads the page's size and boxes from ...
    obj.rotate = rotation  # ... and pdfminer lays the page out by
    return Page(page.pdf, obj, page_number=page.page_number, initial_doctop=page.initial_doctop)


def _turn(matrix) -> int:
    """How far clockwise a page must turn for text drawn with `matrix` to read left to right: 90 for text running
    up the page, 270 running down, 0 otherwise (upright, slanted)."""
    if not matrix or len(matrix) < 4:
        return 0
    a, b, c, d = matrix[:4]
    if abs(a) > 1e-6 or abs(d) > 1e-6:
        return 0
    return 90 if b > 0 > c else 270 if c > 0 > b else 0
