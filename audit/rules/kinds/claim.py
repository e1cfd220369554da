"""`claim`: what the prose states agrees with the tables (documents only).

The statements come from `audit.document.claims`. Each rule checks one shape:

- `amount`: a rupiah amount whose role words (the nearest ones before it, with the rest of its
  statement) carry one of `words` and none of `unless` must be one of the amounts of `sources`
  (table columns, optionally filtered);
- `share`: a percentage stated of two amounts of its own clause (`audit.document.shares`) is
  the part over the base, within the rounding of the percentage as printed;
- `predikat`: the category the prose gives a percentage is the one the report's own
  scale gives it;
- `count`: a number of things named in `nouns` is the number of distinct values of
  that noun's table column;
- `achieved`: a number of indicators said to have reached their target is the number of
  rows of `measure` whose realisation reaches the target (the other way round for an
  indicator the report lists as negative polarity), and "dari M indikator" is its row count;
- `headcount`: the number of staff stated as the whole is the total of one of the `sources`
  (each staff table's total row: one may count ASN only, another every employee; a table printing no total
  row, its units' own totals added up).
"""
from __future__ import annotations

from typing import Literal, TypeGuard

import pandas as pd
from pydantic import BaseModel, ConfigDict

from audit.model import Finding, Location, Message, Severity
from audit.numbers import mistyped, one_keystroke
from audit.rules.intervals import divide, meets
from audit.rules.names import normalize
from audit.rules.registry import kind
from audit.rules.select import compared, lookup, rows

#: levels whose rows add others up: their amounts are not added again
TOTAL_LEVELS = {"subtotal", "total"}


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    column: str
    where: dict = {}
    named: list[str] = []  # only values naming one of these words (`penunjang`: the support programme)
    unnamed: list[str] = []  # only values naming none of them (the main programmes)


class Measure(BaseModel):
    """Where indicators are measured: their target and realisation columns."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    table: str
    where: dict = {}
    indikator: str = "indikator"
    target: str = "target"
    realisasi: str = "realisasi"
    polaritas: str = "polaritas"  # a row's own polarity, when the table prints one
    capaian: str = "capaian"  # the printed achievement: which reading the report took, when polarity is not stated


class ClaimParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    claim: Literal["amount", "share", "predikat", "count", "achieved", "headcount"]
    words: list[str] = []
    unless: list[str] = []
    sources: list[Source] = []
    nouns: dict[str, Source] = {}
    measure: Measure | None = None

    def references(self):
        refs = [(s.table, s.column) for s in self.sources] + [(s.table, s.column) for s in self.nouns.values()]
        if self.measure:
            m = self.measure
            refs += [(m.table, c) for c in (m.indikator, m.target, m.realisasi)]
        return [(tbl, None) for tbl, _ in refs] + refs

    def required_tables(self):
        return set()  # a statement is checked against whichever of its tables the report has


def _finding(loaded, doc, claim, message, expected=None, hint=None, at_most: Severity | None = None) -> Finding:
    severity = Severity(loaded.rule.severity)
    if at_most is not None and at_most.rank < severity.rank:
        severity = at_most
    return Finding(loaded.id, severity, None, None, None,
                   Location(doc.name, None, None, claim.line, claim.page), claim.text, expected, None, message,
                   hint=hint, position=claim.line or claim.page or 0)


def _quote(claim) -> str:
    """The words around the statement (a sentence of the prose may run for lines), in quotation marks:
    the report's own words, its numbers as it wrote them."""
    sentence, at = claim.sentence, max(claim.sentence.find(claim.text), 0)
    if len(sentence) <= 160:
        return f"“{sentence}”"
    start, end = max(0, at - 70), min(len(sentence), at + len(claim.text) + 70)
    return "“" + ("…" if start else "") + sentence[start:end].strip() + ("…" if end < len(sentence) else "") + "”"


def _values(report, source: Source):
    table = report.tables.get(source.table)
    if table is None or source.column not in table.values.columns:
        return []
    col = table.values[source.column]
    with lookup():  # what a statement is compared with: the statements compared say whether the rule ran
        selected = rows(table, source.where, report.meta)
    values = [v for v in col.loc[selected] if v == v]
    if source.named or source.unnamed:
        said = [(v, f" {normalize(v)} " if isinstance(v, str) else "") for v in values]
        named, unnamed = ([f" {normalize(w)} " for w in words] for words in (source.named, source.unnamed))
        values = [v for v, text in said if (not named or any(w in text for w in named))
                  and not any(w in text for w in unnamed)]
    return values


@kind("claim", ClaimParams, document=True, summary={
    "id": "Angka yang disebut dalam narasi sama dengan yang diberikan tabel.",
    "en": "A figure stated in the prose is the one the tables give."})
def claim_agrees(ctx, loaded, p: ClaimParams, report):
    """A figure stated in the prose is the one the tables give."""
    info = getattr(report, "document", None)
    if info is None:
        return []
    claims = [c for c in info.claims if c.kind == p.claim]
    findings, checked = CHECKS[p.claim](ctx, loaded, p, report, info.document, claims)
    compared(checked > 0)  # no statement of its kind, or none a table could check: the rule ran without rows
    return findings


# Each check gives its findings and how many statements it compared with the tables.
Checked = tuple[list[Finding], int]


def _level_sums(report, source: Source, selected: bool = True) -> dict[str, tuple[float, int]]:
    """A source column's amounts added up per level (`""` without levels): level -> (sum, rows counted); only the
    rows the source selects, or with `selected` False every row of its table."""
    table = report.tables.get(source.table)
    if table is None or source.column not in table.values.columns:
        return {}
    values = table.values
    if selected:
        with lookup():
            values = values.loc[rows(table, source.where, report.meta)]
    amounts = pd.to_numeric(values[source.column], errors="coerce")
    levels = values["level"].fillna("") if "level" in values.columns else pd.Series("", index=values.index)
    grouped = amounts.groupby(levels)
    return {level: (float(total), int(n)) for (level, total), n in zip(grouped.sum().items(), grouped.count())
            if n}


def _totals(report, source: Source) -> list[float]:
    """The sums a statement may quote that a table need not print: each level's amounts added up (the programmes'
    budgets together are the agency's; a table without a total row still has one)."""
    if source.named or source.unnamed:
        return []
    return [total for level, (total, n) in _level_sums(report, source).items() if level not in TOTAL_LEVELS and n > 1]


def _whole(report, source: Source) -> list[float]:
    """A staff table's whole when it prints no total row: its units' own totals added up (`Dinas Sosial | ... |
    Jumlah 51`, the one unit of a dinas), or else its rows. A headcount stated in the prose is that number."""
    sums = _level_sums(report, source, selected=False)
    return next(([sums[level][0]] for level in ("subtotal", "item") if level in sums), [])


def _slip(claim, amount: float) -> bool:
    """A stated amount one keystroke or a thousand group away from a table's, at the precision the prose prints
    (`Rp 1,7 miliar` against 1.497.250.000 is 17 against 15 tenths of a miliar): the same amount, mistyped. Round
    amounts differ by one keystroke without any slip: two of one significant digit each (`Rp 300.000.000` against
    a programme's 100.000.000) whenever they differ, and a digit more or less between round amounts (`Rp
    1.200.000.000` against 100.000.000) is a slip only where the shorter prints three significant digits at least
    (`Rp 665.000.000` for 1.665.000.000). Else the prose names a budget the tables do not print."""
    stated, printed = _significant(round(claim.value)), _significant(round(amount))
    if max(stated, printed) < 2:
        return False
    if len(str(round(abs(claim.value)))) != len(str(round(abs(amount)))) and min(stated, printed) < 3:
        return False
    step = max(2 * claim.error, 1.0)
    return one_keystroke(round(claim.value / step), round(amount / step)) or mistyped(claim.value, amount,
                                                                                       claim.error + 0.5)


def _significant(value: int) -> int:
    """The digits of `value` less its trailing zeros (1.865.000.000: 4; 300.000.000: 1)."""
    return len(str(abs(value)).rstrip("0"))


def _amount(ctx, loaded, p, report, doc, claims) -> Checked:
    """Each amount stated is one the tables print or add up to. One a keystroke away from a table's is that amount
    mistyped (the rule's severity, the table's amount expected); one a keystroke away from several (`Rp
    150.000.000` beside budgets of 100.000.000, 130.000.000 and 190.000.000), or far from all of them, is in none of
    the tables read, which may be a table the reader could not read or a sum no table prints: a warning that says
    so."""
    known = sorted({float(v) for s in p.sources for v in (*_values(report, s), *_totals(report, s))
                    if isinstance(v, float)})
    if not known:
        return [], 0
    info = getattr(report, "document", None)
    unread = sum(1 for entry in (info.log if info is not None else ()) if entry.status == "unrecognised")
    read = sorted({s.table for s in p.sources if s.table in report.tables})
    out, checked = [], 0
    for c in claims:
        if not any(w in c.before for w in p.words) or any(w in c.before for w in p.unless):
            continue
        checked += 1
        if c.value in known or any(abs(v - c.value) <= c.error for v in known):
            continue
        slips = [v for v in known if _slip(c, v)]
        if len(slips) == 1:  # a slip of two amounts or more (round budgets) says which one it is of no more
            nearest = slips[0]
            out.append(_finding(loaded, doc, c, Message("claim_amount", dict(text=c.text,
                                                                             nearest=ctx.fmt(nearest, 2))),
                                expected=nearest, hint=_quote(c)))
            continue
        message = Message("claim_amount_absent_unread" if unread else "claim_amount_absent",
                          dict(text=c.text, tables=", ".join(read), unread=unread))
        out.append(_finding(loaded, doc, c, message, hint=_quote(c), at_most=Severity.WARNING))
    return out, checked


def _share(ctx, loaded, p, report, doc, claims) -> Checked:
    out, checked = [], 0
    for c in claims:
        if not c.base or c.value is None:
            continue
        checked += 1
        low, high, point = divide(c.part, c.part_error, c.base, c.base_error)
        computed = point * 100
        half = 0.5 * 10 ** -c.decimals
        if not meets(c.value - half, c.value + half, low * 100, high * 100, loaded.rule.tolerance):
            said = Message("claim_share", dict(text=c.text, part=c.part_text, base=c.base_text,
                                               value=ctx.fmt(computed, 2)))
            out.append(_finding(loaded, doc, c, said, expected=round(computed, 2), hint=_quote(c)))
    return out, checked


def _predikat(ctx, loaded, p, report, doc, claims) -> Checked:
    from audit.rules.kinds.scale import band

    scale = report.meta.predikat_scale
    if not scale:
        return [], 0
    out, checked = [], 0
    for c in claims:
        half = 0.5 * 10 ** -c.decimals
        low, high = band(scale, c.value - half), band(scale, c.value + half)
        if low != high or low is None:
            continue
        checked += 1
        if normalize(low) != normalize(c.label):
            out.append(_finding(loaded, doc, c, Message("claim_predikat", dict(text=c.text, label=c.label, band=low)),
                                expected=low, hint=_quote(c)))
    return out, checked


def _count(ctx, loaded, p, report, doc, claims) -> Checked:
    out, checked = [], 0
    said = set()
    for c in claims:
        source = p.nouns.get(c.label)
        if source is None or (c.line, c.page, source.table, source.column, c.value) in said:
            continue  # one finding per statement, however many ways a paragraph repeats it
        said.add((c.line, c.page, source.table, source.column, c.value))
        values = _values(report, source)
        if not values:
            continue
        checked += 1
        n = len({normalize(v) if isinstance(v, str) else v for v in values})
        if n != c.value:
            out.append(_finding(loaded, doc, c, Message("claim_count", dict(text=c.text, n=n, table=source.table)),
                                expected=float(n), hint=_quote(c)))
    return out, checked


def _achieved(ctx, loaded, p, report, doc, claims) -> Checked:
    m = p.measure
    table = report.tables.get(m.table) if m else None
    if table is None or not {m.target, m.realisasi} <= set(table.values.columns):
        return [], 0
    measured, least, most = _reached(report, table, m)
    if not measured:
        return [], 0
    out = []
    for c in claims:
        if not least <= c.value <= most or (c.base is not None and c.base != measured):
            reached = least if c.value < least else most
            said = f"{c.text}" + (f" (dari {int(c.base)})" if c.base is not None else "")
            out.append(_finding(loaded, doc, c, Message("claim_achieved", dict(text=said, n=reached, m=measured,
                                                                               table=m.table)),
                                expected=float(reached), hint=_quote(c)))
    return out, len(claims)


def _reached(report, table, m: Measure) -> tuple[int, int, int]:
    """Indicators measured (target and realisation printed), and how many reached their target: at
    least and at most, as far as the report says which way each one counts.

    A polarity the report states (a Polaritas cell, another table, the text) decides. Otherwise the
    printed capaian shows the reading the report took when it agrees with the indicator's wording
    (lower is better for `angka kematian`, higher for the rest); when they disagree either may be
    the report's (a wrong capaian is another rule's finding); with no capaian, higher is better.
    """
    from audit.rules.polarities import resolve

    values = table.values
    index = [i for i in rows(table, m.where, report.meta)
             if values.at[i, m.target] == values.at[i, m.target]  # NaN: not measured
             and values.at[i, m.realisasi] == values.at[i, m.realisasi]]
    if not index:
        return 0, 0, 0
    key = m.indikator if m.indikator in values.columns else None
    negative, source = resolve(report, table, values.index.get_indexer(index), key, m.polaritas)
    printed = values[m.capaian] if m.capaian in values.columns else None
    least = most = 0
    for i, neg, src in zip(index, negative, source):
        target, done = values.at[i, m.target], values.at[i, m.realisasi]
        higher, lower = bool(done >= target), bool(done <= target)
        said = lower if neg else higher
        capaian = printed.at[i] if printed is not None else None
        if src in ("column", "table", "stated") or higher == lower:
            least, most = least + said, most + said
        elif not _printed(capaian):  # nothing but the wording: higher is better
            least, most = least + higher, most + higher
        elif (capaian >= 100) == said:  # the capaian took the reading the wording suggests
            least, most = least + said, most + said
        else:  # either reading may be the report's
            most += 1
    return len(index), least, most


def _printed(value) -> TypeGuard[float]:
    return isinstance(value, float) and value == value


def _headcount(ctx, loaded, p, report, doc, claims) -> Checked:
    found = {s.table: [v for v in _values(report, s) if isinstance(v, float)] or _whole(report, s)
             for s in p.sources}
    totals = {v for values in found.values() for v in values}
    if not totals:
        return [], 0
    tables = ", ".join(sorted(name for name, values in found.items() if values))
    out = []
    for c in claims:
        if c.value not in totals:
            n = max(totals)
            said = Message("claim_headcount", dict(text=c.text, n=ctx.fmt(n, 0), tables=tables))
            out.append(_finding(loaded, doc, c, said, expected=n, hint=_quote(c)))
    return out, len(claims)


CHECKS = {"amount": _amount, "share": _share, "predikat": _predikat, "count": _count, "achieved": _achieved,
          "headcount": _headcount}
