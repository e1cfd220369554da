"""A PDF table ruled by its column lines only, read row by row from the lines of its words.

Some Word table styles print a table's frame and the lines between its columns but no line
between its rows. pdfplumber's line strategy then finds one cell per column holding every row's
text, one "row" in all (or, when a cell spans columns and breaks the column lines, one cell or no
table at all), and the table would be counted and said unread. Here such a table (`stacked`, or a
frame or loose column lines with two columns or more between them) is read again: its columns are
the spaces between its vertical rules, a piece of the header over the columns whose rules stop
short of it (a group's name) spans them, and its rows are made from the words' lines as for a
table printed without any lines (`pdfgaps`: a label wrapped in its cell joins its row, a header's
groups over their names). One whose text above its figures names no columns is kept as printed,
counted and said unread; a frame with no table read in it is left to the prose.

A ruled table may also leave a group of its rows in one ruled row (the indicators of a sasaran
under one frame, lines only around the group): such a row is read the same way, in the table's
columns, and its rows take its place (`split_grouped`).
"""
from __future__ import annotations

from audit.document.grouped import nil_or_figure
from audit.document.pdfgaps import _FIGURE, _header_start, _lines, _numeric, _table

#: vertical rules closer than this (points) are one column line (a line drawn twice, a cell's border and its
#: neighbour's)
SNAP = 1.5
#: a horizontal line shorter than this is the end of a column line (drawn as a thin rectangle), not a rule
RULE_LENGTH = 3.0


def stacked(bbox, texts, edges: list[dict]) -> bool:
    """Did the rules leave the table's rows in one cell per column? Its last row (the body reaches the frame's foot)
    has cells, two or more, of two lines or more, and no line parts rows inside the frame (the table is that one
    row), or one under the header at most and a cell of the last row prints a figure under a line of its own (the
    column's name, another row's). A ruled table's last row prints its figures on their row's line, and lines part
    its rows."""
    if not texts:
        return False
    cells = [(cell or "").split("\n") for cell in texts[-1]]
    if sum(1 for lines in cells if len(lines) >= 2) < 2:
        return False
    inner = len(_inner_rules(bbox, edges))
    if inner == 0 and len(texts) == 1:
        return True
    return inner <= 1 and any(_FIGURE.match(line.replace(" ", "")) for lines in cells for line in lines[1:])


def holds_groups(table: tuple) -> bool:
    """Does a body row of the ruled `table` hold a group of rows (`_grouped`)? Cheap: the cells' text only."""
    return any(r and _grouped(row) for r, row in enumerate(table[1]))


def split_grouped(table: tuple, words: list[dict], edges: list[dict]) -> tuple:
    """`table` (bbox, cell texts, cell boxes, merges) of a ruled table with each body row that holds a group of
    rows (`_grouped`: a column of two figures or more on lines of their own beside another column of two lines or
    more) read again from its words' lines in the table's columns; the table itself when no row does."""
    bbox, texts, boxes = table[0], table[1], table[2]
    width = max((len(r) for r in texts), default=0)
    out_texts, out_boxes, changed = [], [], False
    for r, (row, cells) in enumerate(zip(texts, boxes)):
        spans = [c for c in cells if c is not None]
        if r and spans and _grouped(row):
            sub = column_table((bbox[0], min(c[1] for c in spans), bbox[2], max(c[3] for c in spans)), words, edges)
            if sub is not None and len(sub[1]) >= 2 and all(len(x) == width for x in sub[1]):
                out_texts.extend(sub[1])
                out_boxes.extend(_on_lines(sub[2], boxes))
                changed = True
                continue
        out_texts.append(row)
        out_boxes.append(cells)
    return (bbox, out_texts, out_boxes, *table[3:]) if changed else table


def _on_lines(rows: list[list], boxes: list[list]) -> list[list]:
    """The rows read from the words, each cell's sides moved onto the ruled table's own column lines: a rule's two
    sides (a line drawn as a thin rectangle) are one line, and a row split out of the table keeps its columns."""
    lines = sorted({x for row in boxes for c in row if c for x in (c[0], c[2])})

    def snap(x: float) -> float:
        near = min(lines, key=lambda line: abs(line - x), default=x)
        return near if abs(near - x) <= SNAP else x

    return [[(snap(c[0]), c[1], snap(c[2]), c[3]) if c else c for c in row] for row in rows]


def _grouped(row: list) -> bool:
    """Does one ruled row hold several rows: a cell of two figures or more, each on a line of its own, and another
    cell of two lines or more (their labels, their units)?"""
    lines = [[x for x in (cell or "").split("\n") if x.strip()] for cell in row]
    figures = [ls for ls in lines if len(ls) >= 2 and sum(1 for x in ls if nil_or_figure(x)) >= 2]
    return bool(figures) and sum(1 for ls in lines if len(ls) >= 2) >= 2


def loose_rules(boxes: list, edges: list[dict]) -> list[tuple[float, float, float, float]]:
    """The boxes of column lines outside the tables found (`boxes`): vertical rules each touching the one before
    it, at three places across at least (two columns), of a table pdfplumber could not close (no line along its
    top or foot that meets them all, a cell over several columns breaking them)."""
    rules = sorted((e for e in edges if e.get("orientation") == "v" and not any(
        b[0] - SNAP <= e["x0"] <= b[2] + SNAP and b[1] - SNAP <= e["top"] and e["bottom"] <= b[3] + SNAP
        for b in boxes)), key=lambda e: e["top"])
    runs: list[list[dict]] = []
    for e in rules:
        if runs and e["top"] <= max(r["bottom"] for r in runs[-1]) + SNAP:
            runs[-1].append(e)
        else:
            runs.append([e])
    out = []
    for run in runs:
        xs = sorted({round(e["x0"]) for e in run})
        if len(xs) >= 3:
            out.append((min(e["x0"] for e in run), min(e["top"] for e in run), max(e["x0"] for e in run),
                        max(e["bottom"] for e in run)))
    return out


def _inner_rules(bbox, edges: list[dict]) -> list[float]:
    """The heights of the horizontal lines inside the table's frame; the ends of a column line drawn a row at a time
    (a rectangle half a point wide per row) are no line across."""
    top, bottom = bbox[1], bbox[3]
    ys: list[float] = []
    for y in sorted(e["top"] for e in edges if e.get("orientation") == "h" and top + SNAP < e["top"] < bottom - SNAP
                    and e["x0"] < bbox[2] and e["x1"] > bbox[0] and e["x1"] - e["x0"] >= RULE_LENGTH):
        if not ys or y - ys[-1] > SNAP:
            ys.append(y)
    return ys


def column_table(bbox, words: list[dict], edges: list[dict]) -> tuple | None:
    """(bbox, cell texts, cell boxes, merges, columns, "columns") of the table in `bbox` read from the words' lines
    in the columns its vertical rules make, as `pdfgaps.gap_tables` gives a table; None when text above its rows of
    figures is no header naming its columns. Rows of figures from the frame's top have no header (the table goes
    on from the page before: joined to it as a ruled table is)."""
    x0, top, x1, bottom = bbox
    rules, xs = _rules(bbox, edges)
    columns = list(zip(xs, xs[1:]))
    if len(columns) < 2:
        return None
    inside = [w for w in words if x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom]
    lines = [_cells(line, rules, xs) for line in _lines(inside)]
    first = next((k for k, line in enumerate(lines) if _numeric(line, 1)), None)
    if first is None:
        return None
    least = 2 if _numeric(lines[first], 2) else 1  # rows of one figure each (a plan's targets, codes' headings)
    header = _header_start(lines, first, columns)
    if header is None and all(len(line) == 1 for line in lines[:first]):
        header = (0, 0)  # rows without a header (a table going on from the page before), a label wrapped above
    if header is None or header[0] != 0:
        return None  # text above the rows of figures that names no columns: not read by guess
    table = _table(lines, header[1], columns, least)
    return None if table is None else (*table, columns, "columns")


def columned(bbox, edges: list[dict]) -> bool:
    """Do vertical rules part the box into two columns or more?"""
    return len(_rules(bbox, edges)[1]) >= 3


def _rules(bbox, edges: list[dict]) -> tuple[list[dict], list[float]]:
    """The vertical rules in the box, and the places across where they stand (rules a hair apart one)."""
    x0, top, x1, bottom = bbox
    rules = [e for e in edges if e.get("orientation") == "v" and x0 - SNAP <= e["x0"] <= x1 + SNAP
             and e["top"] < bottom - SNAP and e["bottom"] > top + SNAP]
    xs: list[float] = []
    for x in sorted(e["x0"] for e in rules):
        if not xs or x - xs[-1] > SNAP:
            xs.append(x)
    return rules, xs


def _cells(line, rules: list[dict], xs: list[float]) -> list[list[dict]]:
    """A line's words as one piece per cell: the words between two rules that stand at the line's height, the
    piece spanning that cell (a group's name over the columns whose rules begin below it)."""
    words = sorted((w for seg in line for w in seg), key=lambda w: w["x0"])
    top, bottom = min(w["top"] for w in words), max(w["bottom"] for w in words)
    middle = (top + bottom) / 2
    here = [x for x in xs if any(abs(e["x0"] - x) <= SNAP and e["top"] <= middle <= e["bottom"] for e in rules)]
    pieces: dict[tuple[float, float], list[dict]] = {}
    for w in words:
        centre = (w["x0"] + w["x1"]) / 2
        left = max((x for x in here if x <= centre), default=xs[0])
        right = min((x for x in here if x > centre), default=xs[-1])
        pieces.setdefault((left, right), []).append(w)
    out = []
    for (left, right), piece in sorted(pieces.items()):
        # the piece spans its cell, a hair inside the rules: over that cell's columns and no other
        first, last = dict(piece[0]), dict(piece[-1]) if len(piece) > 1 else None
        first["x0"] = left + 0.5
        if last is None:
            first["x1"] = right - 0.5
            out.append([first])
        else:
            last["x1"] = right - 0.5
            out.append([first, *piece[1:-1], last])
    return out
