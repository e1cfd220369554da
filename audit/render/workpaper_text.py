"""The words of the review working paper, and the sentences of a finding's five elements.

Inspectorate reviewers write each finding as kondisi (what the report says),
kriteria (the norm it breaks), sebab (why it happened), akibat (what follows) and
rekomendasi (what the agency should do). The tool can draft all five from the
rule and the finding; the reviewer then edits them. Every heading and sentence is
in the result's language only (Indonesian or English), never a mix.
"""
from __future__ import annotations

from audit.i18n import lookup, t
from audit.render.common import BASIS, row_text, shown_values

WORDS: dict[str, dict[str, str]] = {
    # sheets and the summary
    "sheet_summary": {"id": "Ringkasan", "en": "Summary"},
    "sheet_findings": {"id": "Temuan", "en": "Findings"},
    "paper_title": {"id": "Kertas Kerja Reviu LKjIP", "en": "LKjIP review working paper"},
    "verdict": {"id": "Hasil", "en": "Result"},
    "findings_total": {"id": "Jumlah temuan", "en": "Findings in total"},
    "tables_read": {"id": "Tabel dibaca", "en": "Tables read"},
    "rules_run": {"id": "Aturan dijalankan", "en": "Rules run"},
    "copies": {"id": "Salinan lembar masukan (sel temuan disorot)",
               "en": "Copied input sheets (finding cells highlighted)"},
    "copy_failed": {"id": "Salinan lembar masukan tidak dibuat: {detail}", "en": "Input sheets not copied: {detail}"},
    "by_table": {"id": "Temuan per tabel", "en": "Findings by table"},
    "table_title": {"id": "Judul tabel", "en": "Table title"},
    "total": {"id": "Jumlah", "en": "Total"},
    "sev_error": {"id": "galat", "en": "error"},
    "sev_warning": {"id": "peringatan", "en": "warning"},
    "sev_info": {"id": "info", "en": "info"},
    "waived_until": {"id": "{text} (berlaku sampai {date})", "en": "{text} (until {date})"},
    # findings sheet headings
    "col_no": {"id": "No", "en": "No."},
    "col_rule_id": {"id": "Aturan", "en": "Rule"},
    "col_severity": {"id": "Tingkat", "en": "Severity"},
    "col_table": {"id": "Tabel", "en": "Table"},
    "col_row": {"id": "Baris", "en": "Row"},
    "col_row_label": {"id": "Uraian baris", "en": "Row label"},
    "col_column": {"id": "Kolom", "en": "Column"},
    "col_file": {"id": "Berkas", "en": "File"},
    "col_sheet": {"id": "Lembar", "en": "Sheet"},
    "col_cell": {"id": "Sel", "en": "Cell"},
    "col_line": {"id": "Baris berkas", "en": "Line"},
    "col_written": {"id": "Tertulis", "en": "Written"},
    "col_expected": {"id": "Seharusnya", "en": "Expected"},
    "col_basis": {"id": "Dasar nilai seharusnya", "en": "Basis of expected"},
    "col_difference": {"id": "Selisih", "en": "Difference"},
    "col_message": {"id": "Pesan", "en": "Message"},
    "col_hint": {"id": "Catatan", "en": "Note"},
    "col_related": {"id": "Sel terkait", "en": "Related cells"},
    "col_fix_cell": {"id": "Usul: sel", "en": "Suggested: cell"},
    "col_fix_value": {"id": "Usul: nilai", "en": "Suggested: value"},
    "col_fix_confidence": {"id": "Usul: keyakinan", "en": "Suggested: confidence"},
    "col_fix_reason": {"id": "Usul: alasan", "en": "Suggested: reason"},
    "col_waived": {"id": "Dikecualikan (alasan)", "en": "Waived (justification)"},
    "col_kondisi": {"id": "Kondisi", "en": "Condition"},
    "col_kriteria": {"id": "Kriteria", "en": "Criteria"},
    "col_sebab": {"id": "Sebab", "en": "Cause"},
    "col_akibat": {"id": "Akibat", "en": "Effect"},
    "col_rekomendasi": {"id": "Rekomendasi", "en": "Recommendation"},
    # the five elements
    "where": {"id": "Lokasi: {where}.", "en": "Location: {where}."},
    "written": {"id": "Tertulis {value}", "en": "Written {value}"},
    "expected": {"id": "seharusnya {value}", "en": "expected {value}"},
    "computed": {"id": "hasil hitung {value}", "en": "computed {value}"},
    "other": {"id": "di {cell} tertulis {value}", "en": "{cell} has {value}"},
    "other_unknown": {"id": "di tabel lain tertulis {value}", "en": "the other table has {value}"},
    "difference": {"id": "selisih {value}", "en": "difference {value}"},
    "criteria": {"id": "Aturan {rule_id} ({title}).", "en": "Rule {rule_id} ({title})."},
    "cause_unknown": {"id": "Penyebab belum diketahui dan perlu dikonfirmasi kepada instansi.",
                      "en": "The cause is not yet known and needs to be confirmed with the agency."},
    "effect_table": {"id": "Angka pada tabel {table} tidak konsisten, sehingga tabel tersebut belum dapat "
                           "diandalkan sebagai dasar penilaian kinerja.",
                     "en": "The figures in table {table} are inconsistent, so the table cannot yet be relied on "
                           "to assess performance."},
    "effect_report": {"id": "Angka dalam laporan tidak konsisten, sehingga laporan belum dapat diandalkan sebagai "
                            "dasar penilaian kinerja.",
                      "en": "The report's figures are inconsistent, so the report cannot yet be relied on to "
                            "assess performance."},
    "fix": {"id": "Ubah {cell} menjadi {value}{also}, setelah dicocokkan dengan dokumen sumber "
                  "(keyakinan usulan: {confidence}).",
            "en": "Change {cell} to {value}{also}, after checking it against the source documents "
                  "(confidence of the suggestion: {confidence})."},
    "fix_also": {"id": " serta {cell} menjadi {value}", "en": " and {cell} to {value}"},
    "check": {"id": "Periksa dan perbaiki {where} berdasarkan dokumen sumber, lalu selaraskan dengan sel terkait.",
              "en": "Check and correct {where} against the source documents, and bring the related cells into line."},
    "report": {"id": "laporan", "en": "the report"},
    "table_named": {"id": "tabel {table}", "en": "table {table}"},
}


def w(key: str, lang: str, **params) -> str:
    return lookup(WORDS, key, lang, **params)


def sentence(text: str) -> str:
    """Capitalised, ending in a full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def kondisi(f, lang: str, style: str) -> str:
    """What the report says: the message, where, and the value written against the value expected."""
    parts = [sentence(f.message)]
    where = " · ".join(p for p in (row_text(f), f.column, f.location.short() if f.location else None) if p)
    if where:
        parts.append(w("where", lang, where=where))
    v = shown_values(f, style)
    if v["written"] is not None:
        values = [w("written", lang, value=v["written"])]
        if v["expected"] is not None:
            if f.basis == "other":
                values.append(w("other", lang, cell=f.related[0].short(), value=v["expected"]) if f.related
                              else w("other_unknown", lang, value=v["expected"]))
            else:
                values.append(w(f.basis if f.basis in BASIS else "expected", lang, value=v["expected"]))
        if v["difference"] is not None:
            values.append(w("difference", lang, value=v["difference"]))
        parts.append("; ".join(values) + ".")
    return " ".join(parts)


def kriteria(f, lang: str, rules: dict) -> str:
    """The rule's title and why it holds; the message when the finding comes from the engine, not a rule."""
    info = rules.get(f.rule_id) or {}
    if not info.get("title"):
        return sentence(f.message)
    text = w("criteria", lang, rule_id=f.rule_id, title=info["title"])
    return text + (" " + sentence(info["why"]) if info.get("why") else "")


def sebab(f, lang: str) -> str:
    return sentence(f.hint) if f.hint else w("cause_unknown", lang)


def akibat(f, lang: str, titles: dict) -> str:
    if not f.table:
        return w("effect_report", lang)
    name = f"{f.table} ({titles[f.table]})" if f.table in titles else f.table
    return w("effect_table", lang, table=name)


def rekomendasi(f, lang: str) -> str:
    """The top fix suggestion as an instruction, or: check and correct the cell."""
    if f.suggestions:
        s = f.suggestions[0]
        value = s.proposed_text if s.proposed_text is not None else str(s.proposed)
        also = "".join(w("fix_also", lang, cell=a.cell.short(), value=a.proposed_text or a.proposed)
                       for a in s.also if a.cell)
        cell = s.cell.short() if s.cell else s.column
        return w("fix", lang, cell=cell, value=value, also=also, confidence=t(s.confidence, lang))
    if f.location is not None:
        where = f.location.short()
    elif f.table:
        where = w("table_named", lang, table=f.table)
    else:
        where = w("report", lang)
    return w("check", lang, where=where)

