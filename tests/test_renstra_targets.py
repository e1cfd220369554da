"""The realisation so far against the medium-term target (PermenPANRB 53/2014: `realisasi kinerja sampai dengan
tahun ini dengan target jangka menengah`) is `kinerja_renstra`, its target `target_akhir`: never the year's target
of the yearly table, and the capaian against it is recomputed against it (RATIO018).

The documents are in our wording, with the headers of a real page (tests/wild/pa-demak-posbakum, S57: `Realisasi
s.d Tahun 2023 | Target Jangka Menengah`) and a Renstra ending after the report's year, as most reports are.
"""
from __future__ import annotations

from pathlib import Path

import audit

YEARLY = """| No | Indikator Kinerja | Target 2023 | Realisasi 2023 | Capaian (%) |
|---|---|---|---|---|
| 1 | Persentase layanan tepat waktu | 90 | 90 | 100 |
| 2 | Indeks kepuasan masyarakat | 80 | 80 | 100 |
"""

RENSTRA = """| No | Indikator Kinerja | Realisasi s.d Tahun 2023 | Target Jangka Menengah | Capaian (%) |
|---|---|---|---|---|
| 1 | Persentase layanan tepat waktu | 90 | 95 | 94,74 |
| 2 | Indeks kepuasan masyarakat | 80 | 85 | {capaian} |
"""


def _report(tmp_path: Path, capaian: str = "94,12") -> Path:
    text = ("# LKjIP Dinas Contoh Tahun 2023\n\n## BAB III AKUNTABILITAS KINERJA\n\n"
            "Perbandingan realisasi kinerja tahun 2023 dengan tahun-tahun sebelumnya\n\n" + YEARLY +
            "\nPerbandingan realisasi kinerja sampai dengan tahun ini dengan target jangka menengah yang terdapat "
            "dalam dokumen perencanaan strategis organisasi\n\n" + RENSTRA.format(capaian=capaian))
    (tmp_path / "laporan.md").write_text(text, encoding="utf-8")
    (tmp_path / "laporan.yaml").write_text("agency: Dinas Contoh\nyear: 2023\n", encoding="utf-8")
    return tmp_path / "laporan.md"


def test_a_medium_term_target_is_not_the_years_target(tmp_path):
    """The Renstra table is read as its own kind, its target as `target_akhir` of the row of 2023 (the year its
    realisation names), and no rule compares it with the yearly table's 2023 target (90 against 95 is no
    inconsistency: they are targets of different years); the realisations agree."""
    from audit import api

    path = _report(tmp_path)
    renstra = api.read(str(path)).tables["kinerja_renstra"].values
    assert renstra["target"].isna().all() and renstra["target_akhir"].tolist() == [95.0, 85.0]
    assert renstra["tahun"].tolist() == [2023.0, 2023.0]
    result = audit.run(str(path), suggest=False)
    assert set(result.tables_read) == {"kinerja_tahunan", "kinerja_renstra"}
    assert [f.rule_id for f in result.findings if f.severity.value != "info" and f.rule_id != "DOC010"] == []


def test_a_capaian_against_the_medium_term_target_is_recomputed(tmp_path):
    """80 / 85 = 94,12%; printed 96,12 it is found at its cell, the medium-term target named in the formula."""
    result = audit.run(str(_report(tmp_path, capaian="96,12")), suggest=False)
    [finding] = [f for f in result.findings if f.rule_id.startswith("RATIO")]
    assert (finding.rule_id, finding.column, round(finding.expected, 2)) == ("RATIO018", "capaian", 94.12)
    assert "target jangka menengah" in finding.text("id")
