"""Tables a PDF prints without column lines, found from the white space between their columns.

Word and spreadsheet exports often draw a table's rows with horizontal rules only, or no rules
at all. pdfplumber's line strategy then finds no cell; its text strategy takes the caption and the
prose around the table in, and cuts labels at word edges that happen to line up (`Program
Penyelengg | araan`). Here a table is a run of lines whose words fall into the same columns: a
column is an x-range that the body rows' cells cover and every gap between columns is white on
every body row (a river). Prose lines have no such gaps, a caption is one piece of text, and a
label wrapped in its cell joins its row (a figure set half a line lower, at the middle of its
label's lines, is on the label's line). A table is taken under a header line naming its columns,
its rows printing two figures each (or one, on two rows at least); rows of two figures or more with
no such header are kept as printed, to be counted and said unread. A table of contents (one page
number a line) or a sentence quoting amounts is no table.

A header two rows high is read as its cells print it: a group's name over the columns whose names
begin on one line under it, the names of columns no group heads (cells two rows high, set between
the header's lines, the first column's too) beside the groups, a column that only the header names
(`Keterangan`, empty in every row) its own, and a heading row without figures under such a header,
set apart from the names above it, the body's first row.
"""
from __future__ import annotations

import re

from audit.document.labels import LIST_MARK

#: a figure as a cell prints it: 1.200.000.000 | 91,67 | 92,40% | (5.000) | -12,5 | Rp 1.000
_FIGURE = re.compile(r"^(?:rp\.?)?[-–(]?\d[\d.,]*(?:%|,-)?\)?$", re.IGNORECASE)
#: a unit printed after a count: `orang`, `unit`, `kegiatan`, `dokumen` (lower case: a label's word is not one)
_UNIT = re.compile(r"^[a-z]{2,10}\.?$")
#: gap between two words wider than this share of the font size (a space is about a quarter): a column boundary
GAP = 0.45
#: white space between a table's lines is less than this many times a line's height
LEAD = 2.0
#: white space between the lines of a name wrapped in its cell is less than this share of a line's height
WRAP = 0.75
MIN_COLUMNS = 3
#: a justified line of prose: this many pieces of text at least, their gaps within this share of the font size
JUSTIFIED_PIECES = 5
EVEN = 0.2
#: one word of letters, with the punctuation prose puts after it
_WORD = re.compile(r"^[^\W\d_]{2,}(?:[-–][^\W\d_]+)*[,.;:]?$")


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
    """The page's lines top to bottom, each a list of segments (words closer than a column gap) left to right; a
    line set half a line lower beside the one above (`_beside`) is part of it."""
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(w["top"] - rows[-1][0]["top"]) <= 3:
            rows[-1].append(w)
        else:
            rows.append([w])
    out: list[list[list[dict]]] = []
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
        if out and _beside(out[-1], segments):
            out[-1] = sorted(out[-1] + segments, key=lambda seg: seg[0]["x0"])
        else:
            out.append(segments)
    return out


def _beside(upper, lower) -> bool:
    """Are two lines one row's cells set at different heights: the lower begins a fifth of a line's height or more
    above the upper's foot (a figure set at the middle of its label's two lines, half a line lower), and no piece
    of one stands over a piece of the other (lines of one cell or of prose do)?"""
    height = min(_bottom(upper) - _top(upper), _bottom(lower) - _top(lower))
    if _bottom(upper) - _top(lower) < 0.2 * height:
        return False
    spans = [_span(s) for s in upper]
    return not any(a < x1 and b > x0 for x0, x1 in spans for a, b in map(_span, lower))


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
    """A body row: two or more pieces of text, `least` of them figures; never a line of justified prose."""
    return len(line) >= 2 and sum(1 for s in line if _figure(s)) >= least and not _justified(line)


def _justified(line) -> bool:
    """A line of a justified paragraph, its spaces stretched past a column gap (`APBD  TA.2016  sampai  Bulan
    ...  sebesar  Rp.205.136.111.584,-`): five pieces of text or more, most of them one word of letters, with
    white space between them as even as a typesetter spreads it. A table's columns leave uneven gaps, and its
    row's pieces are figures or labels of several words."""
    if len(line) > 1 and len(line[0]) == 1 and LIST_MARK.match(line[0][0]["text"]):
        line = line[1:]  # a list item's mark, set apart by its hanging indent: the item's line is the rest
    if len(line) < JUSTIFIED_PIECES:
        return False
    if sum(1 for seg in line if len(seg) == 1 and _WORD.match(seg[0]["text"])) * 2 <= len(line):
        return False
    gaps = [b[0]["x0"] - a[-1]["x1"] for a, b in zip(line, line[1:])]
    size = max(w["bottom"] - w["top"] for seg in line for w in seg)
    return max(gaps) - min(gaps) <= EVEN * size


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
        elif len(lines[j]) < 2 and not _resumes(lines, j, 1):
            break  # a line of prose, not a heading row or a label wrapped between body rows (or above a total)
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
    header = _header_start(lines, i, columns, floor, loose=True)
    if header is not None:  # a header's name over a column no body row fills (`Keterangan`, `Perbedaan Gender`)
        empty = _empty_columns(lines[header[0]:i], columns)
        columns = _joined(columns + empty) if empty else columns
        header = _header_start(lines, i, columns, floor)
    if header is None:
        return None  # no header names the columns: the table could not be told from its figures alone
    return header[0], header[1], end, columns


def _header_start(lines, i: int, columns, floor: int = 0, loose: bool = False) -> tuple[int, int] | None:
    """(first line, end) of the header over body row `i`: lines of pieces of text over the columns, close above it.
    Rows between header and body (`4 | PENDAPATAN`, a code or number and no figures to add) are the body's; a
    caption is not taken. None: no header line. `loose`: a line of names may also hold pieces over no column."""
    start = None
    k = i - 1
    while k >= floor and _top(lines[k + 1]) - _bottom(lines[k]) <= LEAD * (_bottom(lines[k]) - _top(lines[k])):
        line = lines[k]
        if any(_figure(seg) for seg in line):
            if start is not None:
                break  # figures above the header: not this table's
        elif _header(line, columns, loose) and (len(line) >= 2 or start is not None):
            start = k  # a line of the columns' names, or a group's name over some of them
        elif start is not None and _first_name(lines, k, columns, floor):
            start = k  # the first column's name, set between the header's lines (a cell two rows high)
        elif len(line) != 1 or not _under(line[0], columns) or start is not None:
            break  # prose, or one piece from the first column's edge above the header: its caption
        k -= 1
    if start is None:
        return None
    names = [k for k in range(start, i) if len(lines[k]) >= 2 and _header(lines[k], columns, loose)]
    groups = {c for k in range(start, names[0]) for c in _under_all(lines[k], columns)} - \
        _under_all(lines[names[0]], columns)  # columns named above the first line of names, which leaves them empty
    end = names[-1] + 1
    while end < i and not any(_figure(seg) for seg in lines[end]) and _under_all(lines[end], columns) \
            and _under_all(lines[end], columns) <= groups:
        end += 1  # a name under such a group, alone on its line (`Jumlah` under `Realisasi Anggaran`)
    groups |= {c for k in range(start, i) for seg in lines[k] if len(_under(seg, columns)) > 1
               for c in _under(seg, columns)}  # and the columns a name printed over several stands over
    while end - 1 > start and not _under_all(lines[end - 1], columns) & groups \
            and _detached(lines, end - 1, start, columns):
        end -= 1  # the body's first row, a heading without figures (`Layanan Prasarana Internal | Unit`)
    while end - 1 > start and _label_above(lines, end - 1, i, columns):
        end -= 1  # the first row's labels, wrapped above its figures (set at the middle of a tall row)
    return start, end


def _label_above(lines, k: int, i: int, columns) -> bool:
    """Is line `k` of a header the start of the first body row's labels, wrapped above the figures of line `i`
    (a row as tall as its longest label, its figures set at its middle)? It stands apart from the line above by
    more than the white space between a cell's wrapped lines (`WRAP`: a row's padding), each line from it down to
    line `i` close above the next, and every column it names is named again on line `i` (the labels go on)."""
    height = _bottom(lines[k]) - _top(lines[k])
    if k < 1 or _top(lines[k]) - _bottom(lines[k - 1]) <= WRAP * height:
        return False
    for m in range(k, i):
        if _top(lines[m + 1]) - _bottom(lines[m]) > WRAP * (_bottom(lines[m]) - _top(lines[m])):
            return False
    return _under_all(lines[k], columns) <= _under_all(lines[i], columns)


def _detached(lines, k: int, start: int, columns) -> bool:
    """Is header line `k`, in columns no group heads, the body's first row, a heading without figures (`Layanan
    Prasarana Internal | Unit`, `KIA | a. Kesehatan Ibu`) under a header two rows high? Each of its pieces stands
    under a name of its column alone, apart from it by more than the white space between a cell's wrapped lines
    (`WRAP`), and a line between them names other columns only (the names under the groups, beside which the
    names two rows high stand)."""
    own = _under_all(lines[k], columns)
    lowest = start
    for seg in lines[k]:
        x0, x1 = _span(seg)
        above = [(m, s) for m in range(start, k) for s in lines[m] if s[0]["x0"] < x1 and s[-1]["x1"] > x0]
        if not above:
            return False
        m, name = max(above, key=lambda found: max(w["bottom"] for w in found[1]))
        height = max(w["bottom"] for w in seg) - min(w["top"] for w in seg)
        if len(_under(name, columns)) != 1 or \
                min(w["top"] for w in seg) - max(w["bottom"] for w in name) <= WRAP * height:
            return False
        lowest = max(lowest, m)
    return any(not _under_all(lines[n], columns) & own for n in range(lowest + 1, k))


def _first_name(lines, k: int, columns, floor: int = 0) -> bool:
    """Is line `k`, one piece over the first column alone, the name of a header cell two rows high, printed
    between the header's lines: a line naming two columns or more right of the first (the groups' names) close
    above it? A caption is printed above the whole header, with nothing but more of itself above it."""
    line = lines[k]
    if len(line) != 1 or _under(line[0], columns) != [0] or k - 1 < floor:
        return False
    above = lines[k - 1]
    return len(above) >= 2 and not any(_figure(seg) for seg in above) and _header(above, columns) \
        and 0 not in _under_all(above, columns) and not _apart(above, line)


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


def _header(line, columns, loose: bool = False) -> bool:
    """A line of a header: pieces of text over the columns, or one piece over columns right of the first (a group's
    name over its columns, a header's second line); a caption runs from the first column's edge. `loose`: pieces
    over no column too (the name of a column no body row fills, `_empty_columns`), two at least over columns, or
    one and the others beyond the columns' ends."""
    if len(line) >= 2:
        over = sum(1 for s in line if _under(s, columns))
        beyond = all(_under(s, columns) or _span(s)[1] <= columns[0][0] or _span(s)[0] >= columns[-1][1]
                     for s in line)
        return over == len(line) or loose and (over >= 2 or over >= 1 and beyond)
    under = _under(line[0], columns)
    return bool(under) and under[0] > 0


def _under_all(line, columns) -> set[int]:
    return {k for s in line for k in _under(s, columns)}


def _near(lines, least: int = 2) -> float:
    """How close under the line before a line of text must be to go on its row. Lines of one cell follow each other
    closer than rows do: within a quarter more than the step between a cell's lines (`_pitch`; a row's one-line
    heading is a row's padding further), and within three quarters of the step between rows printed one line
    each. Lines evenly spaced (rows printed without space between them, or every row one line): 0, no line joins a
    row by its place."""
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
    return min(1.25 * _pitch(lines, min(steps)), 0.75 * pitch)


def _pitch(lines, least: float, ahead: int = 4) -> float:
    """The step between a cell's lines: the smallest from a line to the next line below (a few lines on at most)
    holding text over the same place, at least `least` (the smallest step between any two lines)."""
    best = None
    for k, line in enumerate(lines):
        spans = [_span(s) for s in line]
        for below in lines[k + 1:k + 1 + ahead]:
            if any(a < x1 and b > x0 for x0, x1 in spans for a, b in map(_span, below)):
                step = _top(below) - _top(line)
                best = step if best is None or step < best else best
                break
    return max(best or least, least)


def _bands(lines, least: int = 2) -> list[list]:
    """The body's lines grouped into rows: each row of figures with the lines of text that follow on from it, each
    line closer to the one before than rows are set apart (`_near`: a label wrapped above and below figures set in
    the middle of their row, or below figures set at its top); in a run of such lines holding several rows of
    figures, a line goes with the nearest. Other lines (a heading row such as `5. BELANJA`) are rows of their
    own."""
    near = _near(lines, least)
    tops = [_top(line) for line in lines]
    anchors = [k for k, line in enumerate(lines) if _numeric(line, least)]
    run = [0] * len(lines)  # the run of lines each close under the one before that a line belongs to
    for k in range(1, len(lines)):
        run[k] = run[k - 1] if tops[k] - tops[k - 1] < near else k
    owner: dict[int, int] = {}
    for k in range(len(lines)):
        if k in anchors or any(_figure(seg) for seg in lines[k]):
            owner[k] = k  # a row of figures, or a group's row printing its one figure: rows of their own
            continue
        before = max((a for a in anchors if a < k), default=None)
        after = min((a for a in anchors if a > k), default=None)
        close = {a: abs(tops[k] - tops[a]) for a in (before, after) if a is not None and run[a] == run[k]}
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


def _empty_columns(header, columns) -> list[tuple[float, float]]:
    """Columns the header names and no body row fills: a header's piece of text over no column, beyond the
    columns' ends or between two columns each named on its own by another piece of the header (a name printed
    left of figures set at their cell's right edge names their column, not one of its own: it stays over none, and
    its line is no header line)."""
    named = {k for line in header for s in line if len(_under(s, columns)) == 1 for k in _under(s, columns)}
    out: list[tuple[float, float]] = []
    for line in header:
        if any(_figure(s) for s in line):
            continue
        for seg in line:
            x0, x1 = _span(seg)
            if _under(seg, columns):
                continue
            left = [k for k, (_, b) in enumerate(columns) if b <= x0][-1:]  # the column left of it, if any
            right = [k for k, (a, _) in enumerate(columns) if a >= x1][:1]  # and right of it
            if all(k in named for k in left + right):
                out.append((x0, x1))
    return out


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
    """The header's lines as at most two rows: the groups' names printed over several columns (a name wrapped in
    its cell one name, `_stacks`) with the names of the columns no group heads (cells two rows high), then the
    names under the groups, each name's lines joined. A header whose last line names columns the lines above leave
    empty is a row of groups over a row of their columns: a name above stands over the empty columns to its right
    that the last line names (`Realisasi` printed at the left of `Keuangan | Fisik`)."""
    if len(lines) >= 2:
        first, second = lines[:-1], lines[-1]
        named = {k for line in first for seg in line for k in _under(seg, columns)}
        under = {k for seg in second for k in _under(seg, columns)}
        if under - named:
            return [[[_over(seg, columns, named, under) for seg in line] for line in first], [second]]
    stacks = _stacks(lines)
    spans = [sorted({c for _, seg in stack for c in _under(seg, columns)}) for stack in stacks]
    reach = {n: _stretched(stack, spans[n], lines, columns) for n, stack in enumerate(stacks) if len(spans[n]) > 1}
    grouped = {c for n, last in reach.items() for c in range(spans[n][0], last + 1)}
    place = {id(seg): n for n, stack in enumerate(stacks) for _, seg in stack}

    def group(seg) -> list[dict]:  # a group's piece, over the columns its name reaches
        last = reach[place[id(seg)]]
        return seg if last == spans[place[id(seg)]][-1] else \
            [*seg[:-1], {**seg[-1], "x1": max(seg[-1]["x1"], columns[last][0] + 1)}]

    def tall(seg) -> bool:  # the name of a column no group heads
        n = place[id(seg)]
        return n not in reach and len(spans[n]) == 1 and spans[n][0] not in grouped

    def name(seg) -> bool:  # a name under a group (or over no column)
        n = place[id(seg)]
        return n not in reach and not set(spans[n]) - grouped

    groups = [group(seg) for line in lines for seg in line if place[id(seg)] in reach]
    talls = [kept for kept in ([seg for seg in line if tall(seg)] for line in lines) if kept]
    names = [kept for kept in ([seg for seg in line if name(seg)] for line in lines) if kept]
    if not groups:
        return [talls] if talls else []
    return [[groups, *talls]] + ([names] if names else [])


def _stacks(lines) -> list[list[tuple[int, list[dict]]]]:
    """The header's pieces of text by the name they print, each as (line, piece): a piece goes with the nearest
    piece above it in its place when no more white space than between a cell's wrapped lines (`WRAP`) parts them
    (`Jenis` over `Kelamin`: one name over two columns)."""
    stacks: list[list[tuple[int, list[dict]]]] = []
    of: dict[int, int] = {}
    for k, line in enumerate(lines):
        for seg in line:
            x0, x1 = _span(seg)
            top = min(w["top"] for w in seg)
            height = max(w["bottom"] for w in seg) - top
            above = [s for m in range(k) for s in lines[m] if s[0]["x0"] < x1 and s[-1]["x1"] > x0]
            up = max(above, key=lambda s: max(w["bottom"] for w in s), default=None)
            if up is not None and top - max(w["bottom"] for w in up) <= WRAP * height:
                n = of[id(up)]
            else:
                n = len(stacks)
                stacks.append([])
            stacks[n].append((k, seg))
            of[id(seg)] = n
    return stacks


def _stretched(stack, spans: list[int], lines, columns) -> int:
    """The last column a group's name (its pieces `stack`, over the columns `spans`) stands over: stretched over
    the columns to the right of them whose names begin on the line its first column's name begins on below it
    (`Capaian Kegiatan` printed from `Jan` over `Jan | Feb`, its months `Mar` to `Des` named on `Jan`'s line and
    none above: its months too; `Analisa`, named higher up, is not)."""
    own = {id(seg) for _, seg in stack}
    first: dict[int, int] = {}  # column -> the first header line naming it, the group's own pieces left out
    for m, line in enumerate(lines):
        for seg in line:
            if id(seg) not in own:
                for c in _under(seg, columns):
                    first.setdefault(c, m)
    below = first.get(spans[0])
    if below is None or below <= max(k for k, _ in stack) or any(first.get(c) != below for c in spans):
        return spans[-1]
    last = spans[-1]
    while last + 1 < len(columns) and first.get(last + 1) == below:
        last += 1
    return last


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
    # a row's box ends where the rows below begin: a header's groups and names printed on lines between each
    # other's are two rows, not cells two rows high
    below = float("inf")
    for r in range(len(tops) - 1, -1, -1):
        bottom = min(tops[r][1], below)
        tops[r] = (min(tops[r][0], bottom), bottom)
        below = min(below, tops[r][0])
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
