"""The batch summary's words in the reader's language, shared by its formats: the plain ones
(`batch.py`) and the terminal table (`terminal.py`, the only one that uses Rich)."""
from __future__ import annotations

from audit.i18n import t


def verdict_word(verdict: str, lang: str) -> str:
    return t("batch_" + verdict, lang)


def headings(lang: str) -> list[str]:
    """The summary's columns in `lang`: report, agency, year, errors, warnings, top rule, verdict."""
    return [t("batch_report", lang), t("agency", lang), t("year", lang), t("error", lang), t("warning", lang),
            t("batch_top_rule", lang), t("batch_verdict", lang)]


def totals_line(batch) -> str:
    rec = batch.to_records()["summary"]
    return t("batch_counts", batch.lang, pass_=rec["pass"], fail=rec["fail"], input_error=rec["input_error"],
             errors=rec["errors"], warnings=rec["warnings"])
