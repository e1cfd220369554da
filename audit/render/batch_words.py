"""The batch summary's words in the reader's language, shared by its formats: the plain ones
(`batch.py`) and the terminal table (`terminal.py`, the only one that uses Rich)."""
from __future__ import annotations

from audit.i18n import t
from audit.message import format_number


def count(n: int | None, lang: str) -> str:
    """A count as the reader writes it (`1.250` in Indonesian, `1,250` in English); '' when unknown."""
    return "" if n is None else format_number(n, 0, lang)


def verdict_word(verdict: str, lang: str) -> str:
    return t("batch_" + verdict, lang)


def headings(lang: str) -> list[str]:
    """The summary's columns in `lang`: report, agency, year, errors, warnings, top rule, verdict."""
    return [t("batch_report", lang), t("agency", lang), t("year", lang), t("error", lang), t("warning", lang),
            t("batch_top_rule", lang), t("batch_verdict", lang)]


def totals_line(batch) -> str:
    rec = batch.to_records()["summary"]
    lang = batch.lang
    return t("batch_counts", lang, **{k: count(rec[k.rstrip("_")], lang)
                                      for k in ("pass_", "fail", "input_error", "errors", "warnings")})
