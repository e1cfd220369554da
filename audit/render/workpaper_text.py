"""The sentences of a finding's five elements in the review working paper.

Inspectorate reviewers write each finding as kondisi (what the report says),
kriteria (the norm it breaks), sebab (why it happened), akibat (what follows) and
rekomendasi (what the agency should do). The tool can draft all five from the
rule and the finding; the reviewer then edits them. Every heading and sentence is
in one language (Indonesian or English), never a mix; the words are the catalogue's
(`audit/i18n.py`, keys `paper_*`).
"""
from __future__ import annotations

from audit.i18n import t
from audit.model import say
from audit.render.common import BASIS, fix_value, row_text, shown_values


def sentence(text: str) -> str:
    """Capitalised, ending in a full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def kondisi(f, lang: str) -> str:
    """What the report says: the message, where, and the value written against the value expected."""
    parts = [sentence(f.text(lang))]
    page = t("page_at", lang)  # a PDF page: `hlm. 9`
    where = " · ".join(p for p in (row_text(f), f.column, f.location.short(page) if f.location else None) if p)
    if where:
        parts.append(t("paper_where", lang, where=where))
    v = shown_values(f, lang)
    if v["written"] is not None:
        values = [t("paper_written", lang, value=v["written"])]
        if v["expected"] is not None:
            if f.basis == "other":
                values.append(t("paper_other", lang, cell=f.related[0].short(page), value=v["expected"]) if f.related
                              else t("paper_other_unknown", lang, value=v["expected"]))
            else:
                basis = f.basis if f.basis in BASIS else "expected"
                values.append(t("paper_" + basis, lang, value=v["expected"]))
        if v["difference"] is not None:
            values.append(t("paper_difference", lang, value=v["difference"]))
        parts.append("; ".join(values) + ".")
    return " ".join(parts)


def kriteria(f, lang: str, rules: dict) -> str:
    """The rule's title and why it holds; the message when the finding comes from the engine, not a rule."""
    info = rules.get(f.rule_id) or {}
    if not info.get("title"):
        return sentence(f.text(lang))
    text = t("paper_criteria", lang, rule_id=f.rule_id, title=say(info["title"], lang))
    return text + (" " + sentence(say(info["why"], lang)) if info.get("why") else "")


def sebab(f, lang: str) -> str:
    return sentence(say(f.hint, lang)) if f.hint else t("paper_cause_unknown", lang)


def akibat(f, lang: str, titles: dict) -> str:
    if not f.table:
        return t("paper_effect_report", lang)
    name = f"{f.table} ({say(titles[f.table], lang)})" if f.table in titles else f.table
    return t("paper_effect_table", lang, table=name)


def rekomendasi(f, lang: str) -> str:
    """The top fix suggestion as an instruction, or: check and correct the cell."""
    page = t("page_at", lang)  # a PDF page: `hlm. 9`
    if f.suggestions:
        s = f.suggestions[0]
        value = fix_value(s.proposed, s.current_text, lang)
        also = "".join(t("paper_fix_also", lang, cell=a.cell.short(page),
                         value=fix_value(a.proposed, a.current_text, lang)) for a in s.also if a.cell)
        cell = s.cell.short(page) if s.cell else s.column
        return t("paper_fix", lang, cell=cell, value=value, also=also, confidence=t(s.confidence, lang))
    if f.location is not None:
        where = f.location.short(page)
    elif f.table:
        where = t("paper_table_named", lang, table=f.table)
    else:
        where = t("paper_report", lang)
    return t("paper_check", lang, where=where)

