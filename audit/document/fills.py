"""A cell's shading drawn in pieces is one fill, not a grid of its own.

Word (and other writers) print a shaded table cell as several filled rectangles: a strip for
each padding margin and one per line of text. pdfplumber takes every rectangle's sides as
ruling lines, so a shaded header or a coloured capaian cell cuts its table into slivers: three
grid columns for each printed one, a row for each line of text, the labels of one header cell
left in different rows (a Dinas Perhubungan's `Target 2016 (%)` over rows 1, 3 and 5). Filled
rectangles of one colour that touch side to side and together fill their bounding box are
drawn as that box; their seams are no lines. A fill's outer sides stay: where no rule is drawn
(a table told apart by shading alone) they still part its rows.
"""
from __future__ import annotations

from collections import defaultdict

#: a filled rectangle thinner than this is a rule drawn as a rectangle (Word's cell borders), never shading
THIN = 2.0
#: sides within this distance touch (the writer's rounding); a cell border's gap between two cells is wider
TOUCH = 0.3


def join_fills(page) -> None:
    """Replace the page's pieced fills (`page.objects["rect"]`) by the rectangles they make up."""
    rects = page.objects.get("rect")
    if not rects:
        return
    joined = joined_fills(rects)
    if joined is not rects:
        page.objects["rect"] = joined
        for cached in ("_rect_edges", "_edges"):  # pdfplumber's edges, if already derived from the pieces
            page.__dict__.pop(cached, None)


def joined_fills(rects: list[dict]) -> list[dict]:
    """`rects` with each group of touching same-colour fills that fills its bounding box drawn as that box
    (in the place of its first piece); `rects` itself when no group has two pieces."""
    pieces = [k for k, r in enumerate(rects) if _shading(r)]
    if len(pieces) < 2:
        return rects
    parent = {k: k for k in pieces}

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, b in _touching(rects, pieces):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for k in pieces:
        groups[root(k)].append(k)
    replace: dict[int, dict] = {}
    dropped: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        box = _bbox([rects[k] for k in members])
        area = sum(rects[k]["width"] * rects[k]["height"] for k in members)
        whole = (box[2] - box[0]) * (box[3] - box[1])
        if not 0.98 * whole <= area <= 1.02 * whole:  # an L or overlapping pieces: not one rectangle
            continue
        first = min(members)
        replace[first] = _as_box(rects[first], box)
        dropped.update(k for k in members if k != first)
    if not replace:
        return rects
    return [replace.get(k, r) for k, r in enumerate(rects) if k not in dropped]


def _shading(rect: dict) -> bool:
    return bool(rect.get("fill")) and not rect.get("stroke") and rect["width"] > THIN and rect["height"] > THIN


def _touching(rects: list[dict], pieces: list[int]):
    """Pairs of pieces of one colour side by side (one's right side on the other's left, overlapping in height)
    or one above the other (overlapping in width)."""
    by_left: dict[tuple, list[int]] = defaultdict(list)
    by_top: dict[tuple, list[int]] = defaultdict(list)
    for k in pieces:
        r = rects[k]
        colour = repr(r.get("non_stroking_color"))
        by_left[colour, round(r["x0"])].append(k)
        by_top[colour, round(r["top"])].append(k)
    for k in pieces:
        r = rects[k]
        colour = repr(r.get("non_stroking_color"))
        for key in {round(r["x1"]) + d for d in (-1, 0, 1)}:
            for j in by_left.get((colour, key), ()):
                s = rects[j]
                if abs(s["x0"] - r["x1"]) <= TOUCH and min(r["bottom"], s["bottom"]) > max(r["top"], s["top"]):
                    yield k, j
        for key in {round(r["bottom"]) + d for d in (-1, 0, 1)}:
            for j in by_top.get((colour, key), ()):
                s = rects[j]
                if abs(s["top"] - r["bottom"]) <= TOUCH and min(r["x1"], s["x1"]) > max(r["x0"], s["x0"]):
                    yield k, j


def _bbox(rects: list[dict]) -> tuple[float, float, float, float]:
    return (min(r["x0"] for r in rects), min(r["top"] for r in rects),
            max(r["x1"] for r in rects), max(r["bottom"] for r in rects))


def _as_box(rect: dict, box: tuple[float, float, float, float]) -> dict:
    """`rect` moved and sized to `box` (x0, top, x1, bottom), every coordinate pdfplumber keeps updated."""
    x0, top, x1, bottom = box
    out = dict(rect)
    out.update(x0=x0, x1=x1, top=top, bottom=bottom, width=x1 - x0, height=bottom - top,
               doctop=rect["doctop"] + (top - rect["top"]))
    if "y0" in rect and "y1" in rect:  # measured from the page's foot
        foot = rect["y0"] + rect["bottom"]
        out.update(y0=foot - bottom, y1=foot - top)
    if "pts" in rect:  # corners as pdfplumber lists them, from the bottom left
        out["pts"] = [(x0, bottom), (x1, bottom), (x1, top), (x0, top)]
    if "path" in rect:
        out["path"] = [("m", (x0, bottom)), ("l", (x1, bottom)), ("l", (x1, top)), ("l", (x0, top)), ("h",)]
    return out
