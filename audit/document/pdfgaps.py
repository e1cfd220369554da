"""Tables a PDF prints without column lines, found from the white space between their columns.

Word and spreadsheet exports often draw a table's rows with horizontal rules only, or no rules
at all. pdfplumber's line strategy then finds no cell; its text strategy takes the caption and the
prose around the table in, and cuts labels at word edges that happen to line up (`Program
Penyelengg | araan`). Here a table is a run of lines whose words fall into the same columns: a
column is an x-range that the body rows' cells cover and every gap between columns is white on
every body row (a river). Prose lines have no such gaps, a caption is one piece of text, and a
label wrapped in its cell joins its row. A table is taken under a header line naming its columns,
its rows printing two figures each (or one, on two rows at least); rows of two figures or more with
no such header are kept as printed, to be counted and said unread. A table of contents (one page
number a line) or a sentence quoting amounts is no table.
"""
from __future__ import annotations

import re

#: a figure as a cell prints it: 1.200.000.000 | 91,67 | 92,40% | (5.000) | -12,5 | Rp 1.000
_FIGURE = re.compile(r"^(?:rp\.?)?[-–(]?\d[\d.,]*(?:%|,-)?\)?$", re.IGNORECASE)
#: a unit printed after a count: `orang`, `unit`, `kegiatan`, `dokumen` (lower case: a label's word is not one)
_UNIT = re.compile(r"^[a-z]{2,10}\.?$")
#: gap between two words wider than this share of the font size (a space is about a quarter): a column boundary
GAP = 0.45
#: white space between a table's lines is less than this many times a line's height
LEAD = 2.0
MIN_COLUMNS = 3


def gap_tables(words: list[dict], carry: list[tuple[float, float]] | None = None) -> list[tuple]:
    """Tables found among a page's words: (bbox, cell texts, cell boxes, merges, columns, how) each, the first four
    as `pdf._ruled` gives them; `how` is "columns" for a table read in its columns, "printed" for rows of figures
    that make no such table, kept as printed to be counted and said unread (`_unread`). `carry`: the columns of the
    table the page before ended with, for its rows continued at the top of this page without a header."""
    lines = _lines(words)
    out: list[tuple] = []
    i = floor = 0
    while i < len(lines):
        table: tuple | None = None
        for least in (2, 1):
            block = _block(lines, i, floor, least)
            if block is not None:
                start, body, end, columns = block
                table = _table(lines[start:end], body - start, columns, least)
                break
        if table is None and carry and not out:
            rows = _continued(lines, i, carry)
            if rows:
                columns, end, table = carry, rows[1], _table(lines[rows[0]:rows[1]], 0, carry)
        if table is None:
            seen = _unread(lines, i)
            if seen is None:
                i += 1
                continue
            end, table = seen
            out.append((*table, None, "printed"))
        else:
            out.append((*table, columns, "columns"))
        i = floor = end
    return out


def _continued(lines, i: int, columns) -> tuple[int, int] | None:
    """(start, end) of the rows about line `i` that go on the table of the page before, in its `columns`: rows of
    figures first on the page (a running title above them at most; a label wrapped above its figures is theirs)
    whose every piece of text sits in those columns. None: none."""
    if i > 2 or not _numeric(lines[i], 1) or any(_numeric(line, 1) for line in lines[:i]):
        return None
    start = i
    while start > 0 and len(lines[start - 1]) == 1 and len(_under(lines[start - 1][0], columns)) == 1 \
            and not _apart(lines[start - 1], lines[start]):
        start -= 1
    end = i
    while end < len(lines) and (_numeric(lines[end], 1) or _resumes(lines, end, 1)):
        if end > i and _apart(lines[end - 1], lines[end]):
            break
        if not all(len(_under(seg, columns)) == 1 for seg in lines[end]):
            break  # not in those columns: the next table's header, or prose
        end += 1
    while end > i and not _numeric(lines[end - 1], 1):
        end -= 1
    return (start, end) if end - i >= 2 else None


def _unread(lines, i: int) -> tuple[int, tuple] | None:
    """(end, table) of rows of figures that make no table of columns and header (`_block`): kept as they are, one
    cell a piece of text, so that the report counts a table it could not read and says so (no kind's header words
    read it, and nothing sums a table found from the words' places)."""
    if not _numeric(lines[i]):
        return None
    end = i + 1
    while end < len(lines) and (_numeric(lines[end]) or _resumes(lines, end)):
        height = _bottom(lines[end - 1]) - _top(lines[end - 1])
        if _top(lines[end]) - _bottom(lines[end - 1]) > LEAD * height:
            break
        end += 1
    while not _numeric(lines[end - 1]):
        end -= 1
    if sum(1 for k in range(i, end) if _numeric(lines[k])) < 2:
        return None
    run = lines[i:end]
    width = max(len(line) for line in run)
    texts = [[" ".join(w["text"] for w in seg) for seg in line] + [""] * (width - len(line)) for line in run]
    boxes = [[(_span(seg)[0], _top(line), _span(seg)[1], _bottom(line)) for seg in line]
             + [None] * (width - len(line)) for line in run]
    bbox = (min(_span(line[0])[0] for line in run), _top(run[0]), max(_span(line[-1])[1] for line in run),
            _bottom(run[-1]))
    return end, (bbox, texts, boxes, False)


def _lines(words: list[dict]) -> list[list[list[dict]]]:
    """The page's lines top to bottom, each a list of segments (words closer than a column gap) left to right."""
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(w["top"] - rows[-1][0]["top"]) <= 3:
            rows[-1].append(w)
        else:
            rows.append([w])
    out = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        segments = [[row[0]]]
        for w in row[1:]:
            prev = segments[-1][-1]
            size = max(prev["bottom"] - prev["top"], 1.0)
            if w["x0"] - prev["x1"] > GAP * size:
                segments.append([w])
            else:
                segments[-1].append(w)
        out.append(segments)
    return out


def _figure(segment: list[dict]) -> bool:
    """A figure, with its sign, %, `Rp` or a unit word after it in lower case (`44 orang`, `12 unit`)."""
    words = [w["text"] for w in segment]
    if len(words) >= 2 and _UNIT.match(words[-1]) and _FIGURE.match("".join(words[:-1])):
        words = words[:-1]
    text = "".join(words)
    return bool(_FIGURE.match(text)) and any(ch.isdigit() for ch in text)


def _span(segment: list[dict]) -> tuple[float, float]:
    return segment[0]["x0"], segment[-1]["x1"]


def _top(line) -> float:
    return min(w["top"] for seg in line for w in seg)


def _bottom(line) -> float:
    return max(w["bottom"] for seg in line for w in seg)


def _apart(upper, lower) -> bool:
    """More white space between two lines than a table's lines leave (a blank line's worth)."""
    return _top(lower) - _bottom(upper) > LEAD * (_bottom(upper) - _top(upper))


def _numeric(line, least: int = 2) -> bool:
    """A body row: two or more pieces of text, `least` of them figures."""
    return len(line) >= 2 and sum(1 for s in line if _figure(s)) >= least


def _block(lines, i: int, floor: int = 0, least: int = 2) -> tuple[int, int, int, list[tuple[float, float]]] | None:
    """(first line, end of the header, end, columns) of the table whose first row of figures is line `i` and whose
    header begins at `floor` or below, or None. Its rows print `least` figures each (one: a plan's targets, a list
    of budgets, then two such rows at least)."""
    if not _numeric(lines[i], least):
        return None
    body = [i]
    j = i + 1
    while j < len(lines):
        height = _bottom(lines[j - 1]) - _top(lines[j - 1])
        if _top(lines[j]) - _bottom(lines[j - 1]) > LEAD * height:
            break  # a blank line's worth of space: the table has ended
        if _numeric(lines[j], 1):
            body.append(j)  # a row of figures (a `Jumlah` row prints fewer than the rows it adds up)
        elif len(lines[j]) < 2 and not _resumes(lines, j, least):
            break  # a line of prose, not a heading row or a label wrapped between body rows
        j += 1
    most = max(len(lines[k]) for k in body)
    columns = _columns([lines[k] for k in body if len(lines[k]) == most])  # a `Jumlah` over two columns joins none
    above = i
    while above > 0 and i - above < 3 and len(lines[above - 1]) == 1 and not _figure(lines[above - 1][0]) \
            and _top(lines[above]) - _bottom(lines[above - 1]) <= LEAD * (_bottom(lines[above]) - _top(lines[above])):
        above -= 1  # a label set above its row's figures
    columns = _filled(columns, [lines[k] for k in range(above, j)])
    end = body[-1] + 1
    while end < len(lines) and not _numeric(lines[end], least) and len(_under_all(lines[end], columns)) == 1 \
            and _top(lines[end]) - _top(lines[end - 1]) < _near(lines[i:end + 1], least):
        end += 1  # the last row's label, wrapped below its figures
    if len(columns) < MIN_COLUMNS or any(not _fits(lines[k], columns) for k in range(i, end)) or len(body) < 3 - least:
        return None
    header = _header_start(lines, i, columns, floor)
    if header is None:
        return None  # no header names the columns: the table could not be told from its figures alone
    return header[0], header[1], end, columns


def _header_start(lines, i: int, columns, floor: int = 0) -> tuple[int, int] | None:
    """(first line, end) of the header over body row `i`: lines of pieces of text over the columns, close above it.
    Rows between header and body (`4 | PENDAPATAN`, a code or number and no figures to add) are the body's; a
    caption is not taken. None: no header line."""
    start = None
    k = i - 1
    while k >= floor and _top(lines[k + 1]) - _bottom(lines[k]) <= LEAD * (_bottom(lines[k]) - _top(lines[k])):
        line = lines[k]
        if any(_figure(seg) for seg in line):
            if start is not None:
                break  # figures above the header: not this table's
        elif _header(line, columns) and (len(line) >= 2 or start is not None):
            start = k  # a line of the columns' names, or a group's name over some of them
        elif len(line) != 1 or not _under(line[0], columns) or start is not None:
            break  # prose, or one piece from the first column's edge above the header: its caption
        k -= 1
    if start is None:
        return None
    names = [k for k in range(start, i) if len(lines[k]) >= 2 and _header(lines[k], columns)]
    groups = {c for k in range(start, names[0]) for c in _under_all(lines[k], columns)} - \
        _under_all(lines[names[0]], columns)  # columns named above the first line of names, which leaves them empty
    end = names[-1] + 1
    while end < i and not any(_figure(seg) for seg in lines[end]) and _under_all(lines[end], columns) \
            and _under_all(lines[end], columns) <= groups:
        end += 1  # a name under such a group, alone on its line (`Jumlah` under `Realisasi Anggaran`)
    return start, end


def _resumes(lines, j: int, least: int = 2, ahead: int = 4) -> bool:
    """Is line `j` one of a few lines of text (a row's label wrapped below its figures, the next row's above its
    own) that a body row follows, each close under the one before?"""
    for k in range(j + 1, min(j + 1 + ahead, len(lines))):
        height = _bottom(lines[k - 1]) - _top(lines[k - 1])
        if _top(lines[k]) - _bottom(lines[k - 1]) > LEAD * height:
            return False
        if _numeric(lines[k], least):
            return True
    return False


def _header(line, columns) -> bool:
    """A line of a header: pieces of text over the columns, or one piece over columns right of the first (a group's
    name over its columns, a header's second line); a caption runs from the first column's edge."""
    if len(line) >= 2:
        return all(_under(s, columns) for s in line)
    under = _under(line[0], columns)
    return bool(under) and under[0] > 0


def _under_all(line, columns) -> set[int]:
    return {k for s in line for k in _under(s, columns)}


def _near(lines, least: int = 2) -> float:
    """How close a line of text must be to a body row to be part of it. Lines of one cell (or figures set between
    the lines of their label) follow each other closer than rows do: within one and a half of that smallest step,
    and within three quarters of the step between rows printed one line each. Lines evenly spaced (rows printed
    without space between them, or every row one line): 0, no line joins a row by its place."""
    tops = [_top(line) for line in lines]
    steps = [b - a for a, b in zip(tops, tops[1:]) if b > a]
    numeric = [k for k, line in enumerate(lines) if _numeric(line, least)]
    rows = [tops[b] - tops[a] for a, b in zip(numeric, numeric[1:]) if b == a + 1] or \
           [tops[b] - tops[a] for a, b in zip(numeric, numeric[1:])]
    if not steps or not rows:
        return 0.0
    pitch = sorted(rows)[len(rows) // 2]
    if min(steps) >= 0.8 * pitch:
        return 0.0
    return min(1.5 * min(steps), 0.75 * pitch)


def _bands(lines, least: int = 2) -> list[list]:
    """The body's lines grouped into rows: each row of figures with the lines of text nearer to it than rows are
    to each other (a label wrapped above and below figures set in the middle of their row, or below figures set at
    its top); other lines (a heading row such as `5. BELANJA`) are rows of their own."""
    near = _near(lines, least)
    tops = [_top(line) for line in lines]
    anchors = [k for k, line in enumerate(lines) if _numeric(line, least)]
    owner: dict[int, int] = {}
    for k in range(len(lines)):
        if k in anchors or any(_figure(seg) for seg in lines[k]):
            owner[k] = k  # a row of figures, or a group's row printing its one figure: rows of their own
            continue
        before = max((a for a in anchors if a < k), default=None)
        after = min((a for a in anchors if a > k), default=None)
        gaps = {a: abs(tops[k] - tops[a]) for a in (before, after) if a is not None}
        close = {a: g for a, g in gaps.items() if g < near}
        if close:
            owner[k] = min(close, key=lambda a: (close[a], a != before))  # a tie: the row above (text set at the top)
    bands: list[list] = []
    rows: dict[int, list] = {}
    for k, line in enumerate(lines):
        a = owner.get(k)
        if a is None:
            bands.append([line])
        elif a in rows:
            rows[a].append(line)
        else:
            rows[a] = [line]
            bands.append(rows[a])
    return bands


def _columns(rows) -> list[tuple[float, float]]:
    """The x-ranges the body rows' pieces of text cover, overlapping ranges joined: the rivers between them are
    white on every body row."""
    return _joined(_span(s) for line in rows for s in line)


def _joined(spans) -> list[tuple[float, float]]:
    merged: list[list[float]] = []
    for x0, x1 in sorted(spans):
        if merged and x0 <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return [(a, b) for a, b in merged]


def _filled(columns, lines) -> list[tuple[float, float]]:
    """`columns` with a column for each piece of text of `lines` in a river between them (a label column whose text
    is printed above or below its row's figures, never on their line)."""
    out = list(columns)
    for line in lines:
        for seg in line:
            x0, x1 = _span(seg)
            if not any(x0 < b and x1 > a for a, b in out):
                out.append((x0, x1))
    return _joined(out)


def _fits(line, columns) -> bool:
    """Does every piece of text of the line sit over columns of its own (a label printed over two columns, as a
    `Jumlah` over No and Uraian, is one cell over both; two pieces in one column are no row of these columns)?"""
    seen: set[int] = set()
    for seg in line:
        under = set(_under(seg, columns))
        if not under and len(line) > 1 or under & seen:
            return False
        seen |= under
    return True


def _under(segment, columns) -> list[int]:
    x0, x1 = _span(segment)
    return [k for k, (a, b) in enumerate(columns) if x0 < b and x1 > a]


def _header_bands(lines, columns) -> list[list]:
    """The header's lines as at most two rows: the groups' names printed over several columns, then each column's
    name, its lines joined (a name wrapped in its cell, set in the middle of a header two rows high). A header
    whose last line names columns the lines above leave empty is a row of groups over a row of their columns: a
    name above stands over the empty columns to its right that the last line names (`Realisasi` printed at the
    left of `Keuangan | Fisik`)."""
    if len(lines) >= 2:
        first, second = lines[:-1], lines[-1]
        named = {k for line in first for seg in line for k in _under(seg, columns)}
        under = {k for seg in second for k in _under(seg, columns)}
        if under - named:
            return [[[_over(seg, columns, named, under) for seg in line] for line in first], [second]]
    groups = [seg for line in lines for seg in line if len(_under(seg, columns)) > 1]
    names = [kept for kept in ([seg for seg in line if len(_under(seg, columns)) <= 1] for line in lines) if kept]
    return ([[groups]] if groups else []) + ([names] if names else [])


def _over(segment, columns, named: set[int], under: set[int]) -> list[dict]:
    """`segment` stretched over the columns right of its own that its line leaves empty and the line below names."""
    spans = _under(segment, columns)
    if not spans:
        return segment
    last = spans[-1]
    while last + 1 < len(columns) and last + 1 not in named and last + 1 in under:
        last += 1
    if last == spans[-1]:
        return segment
    return [*segment[:-1], {**segment[-1], "x1": max(segment[-1]["x1"], columns[last][0] + 1)}]


def _table(lines, header: int, columns, least: int = 2) -> tuple | None:
    """(bbox, texts, boxes, merges) of the rows the lines make below the `header` lines (`_header_bands`): lines
    closer than rows are set apart are one row (`_bands`); in a table printed without space between rows, a line
    without figures under a row of figures continues its labels (outside the first column: a heading such as
    `5. BELANJA` starts there). A piece of text over several columns is one cell merged over them."""
    bands = _header_bands(lines[:header], columns) + _bands(lines[header:], least)
    even = not _near(lines[header:], least)  # lines evenly spaced: a label's second line is told by what it holds
    rows: list[list[str]] = []
    spans: list[dict[int, int]] = []  # per row: first column -> last column of a piece of text over several
    tops: list[tuple[float, float]] = []
    for band in bands:
        cells = [""] * len(columns)
        wide: dict[int, int] = {}
        for line in band:
            for seg in line:
                under = _under(seg, columns) or [min(range(len(columns)),
                                                     key=lambda k: abs(columns[k][0] - seg[0]["x0"]))]
                k = under[0]
                if len(under) > 1:
                    wide[k] = max(wide.get(k, k), under[-1])
                cells[k] = f"{cells[k]} {' '.join(w['text'] for w in seg)}".strip()
        figures = any(_figure(seg) for line in band for seg in line)
        filled = [k for k, c in enumerate(cells) if c]
        if rows and even and not figures and not wide and 0 not in filled \
                and all(rows[-1][k] and not _FIGURE.match(rows[-1][k].replace(" ", "")) for k in filled) \
                and any(_FIGURE.match(c.replace(" ", "")) for c in rows[-1]):
            for k in filled:  # labels wrapped in their cells, under a row of figures
                rows[-1][k] = f"{rows[-1][k]} {cells[k]}"
            tops[-1] = (tops[-1][0], _bottom(band[-1]))
            continue
        rows.append(cells)
        spans.append(wide)
        tops.append((_top(band[0]), _bottom(band[-1])))
    if len(rows) < 2:
        return None
    boxes: list[list] = []
    texts: list[list] = []
    for cells, wide, (top, bottom) in zip(rows, spans, tops):
        covered = {c for k, last in wide.items() for c in range(k + 1, last + 1)}
        boxes.append([None if c in covered else (a, top, columns[wide.get(c, c)][1], bottom)
                      for c, (a, _) in enumerate(columns)])
        texts.append([None if c in covered else text for c, text in enumerate(cells)])
    extent = [_span(seg) for line in lines for seg in line]  # a header's text may run past its column's figures
    bbox = (min(columns[0][0], *(a for a, _ in extent)), tops[0][0], max(columns[-1][1], *(b for _, b in extent)),
            tops[-1][1])
    return bbox, texts, boxes, True
