"""A capaian column whose header the page lost, known by its figures.

A converter or a page break sometimes drops a header cell: the column under `Capaian Kinerja Tahun 2016 / Target
| Realisasi | (nothing)` holds 61,08, 81,82, 99,07 ... beside its target and realisation. No header names it, so
no rule would read it; its figures name it instead. A column without any header is the capaian of a target and a
realisation of the same table (and year) when, on most rows printing all three (three at least), it is realisasi /
target × 100 or, for an indicator where lower is better, (2 × target − realisasi) / target × 100 at its printed
precision. A rule then checks it, and the rows that disagree are found like any capaian's.
"""
from __future__ import annotations

from audit.document.classify import Match
from audit.document.model import DocTable
from audit.numbers import column_style, parse_number

#: the rows printing all three a column needs, at least, and the share of them it must agree on
_ROWS, _SHARE = 3, 2 / 3


def capaian_column(match: Match, seg: DocTable) -> tuple[int, str | None] | None:
    """(position, year) of the unheaded column that is the capaian of the table's target and realisation, or
    None. Only for a kind with a `capaian` column that no header mapped."""
    spec = match.spec
    if spec.column("capaian") is None or spec.column("target") is None or spec.column("realisasi") is None:
        return None
    years = match.years
    taken = {(name, years.get(pos)) for pos, name in match.mapping.items()}
    pairs = [(t, r) for t, tn in match.mapping.items() if tn == "target"
             for r, rn in match.mapping.items() if rn == "realisasi" and years.get(t) == years.get(r)
             and ("capaian", years.get(r)) not in taken]
    if not pairs:
        return None
    body = [i for i in match.layout.body if i < len(seg.rows)]
    unheaded = [c.position for c in match.layout.columns if not c.labels and c.position not in match.mapping]
    for pos in unheaded:
        for t, r in pairs:
            if _agrees(seg, body, t, r, pos):
                return pos, years.get(r)
    return None


def _column(seg: DocTable, body: list[int], pos: int, kind: str) -> list[tuple[float, float] | None]:
    texts = [seg.rows[i][pos].text.strip() if pos < len(seg.rows[i]) else "" for i in body]
    style = column_style(texts)
    out: list[tuple[float, float] | None] = []
    for text in texts:
        parsed = parse_number(text, kind, style) if text else None
        if parsed is None or parsed.value is None or parsed.problem:
            out.append(None)
        else:
            out.append((float(parsed.value), 0.5 * 10 ** -parsed.decimals))
    return out


def _agrees(seg: DocTable, body: list[int], t: int, r: int, c: int) -> bool:
    """Is column `c` realisasi / target × 100 (either polarity) on most rows printing all three?"""
    rows = [(tv, rv, cv) for tv, rv, cv in zip(_column(seg, body, t, "number"), _column(seg, body, r, "number"),
                                               _column(seg, body, c, "percent"))
            if tv is not None and rv is not None and cv is not None and tv[0] > 0]
    if len(rows) < _ROWS:
        return False
    agree = 0
    for (target, ht), (done, hr), (capaian, hc) in rows:
        margin = hc + 100 * (hr + ht * max(done, 1.0) / max(target - ht, 1e-9)) / target + 0.01
        up, down = 100 * done / target, 100 * (2 * target - done) / target
        agree += abs(capaian - up) <= margin or abs(capaian - down) <= margin
    return agree >= _SHARE * len(rows)
