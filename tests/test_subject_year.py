"""DOC014: a sentence reporting a year's performance or budget names the report year."""
from __future__ import annotations

import pytest

import audit

HEAD = "# LAPORAN KINERJA TAHUN 2023\n\nDINAS KESEHATAN KABUPATEN CONTOH\n\n"


def _said(tmp_path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "laporan.md"
    path.write_text(HEAD + text + "\n", encoding="utf-8")
    return [(f.actual, f.expected) for f in audit.run(path, suggest=False, select=("DOC014",)).findings]


@pytest.mark.parametrize("sentence", [
    "Secara umum kinerja Dinas Kesehatan Tahun 2022 tercapai dengan baik.",
    "Pagu anggaran Dinas Kesehatan Tahun 2022 sebesar Rp 9.621.000.000 terealisasi Rp 8.841.667.658.",
    "Realisasi belanja Tahun 2021 sebesar Rp 61.440.333.480 dari pagu Rp 66.601.250.000 atau 92,25%.",
])
def test_another_year_in_a_sentence_about_this_years_results_is_found(tmp_path, sentence):
    assert _said(tmp_path, sentence) == [(sentence.split("Tahun ")[1][:4], "2023")]


@pytest.mark.parametrize("sentence", [
    "Secara umum kinerja Dinas Kesehatan Tahun 2023 tercapai dengan baik.",
    "Capaian kinerja Tahun 2023 meningkat dibandingkan capaian Tahun 2022.",  # a comparison
    "Realisasi kinerja Tahun 2022 sebesar 87,30 menjadi dasar target berikutnya; sebelumnya 85.",
    "Target kinerja Renstra Tahun 2018-2023 ditetapkan dalam Renstra.",  # a span of years
    "Anggaran Tahun 2024 yang akan datang disusun berdasarkan hasil evaluasi ini.",  # a plan
])
def test_sentences_that_compare_or_plan_across_years_are_left_alone(tmp_path, sentence):
    assert _said(tmp_path, sentence) == []


def test_the_seed_says_2022_where_it_reports_2023(seed):
    found = audit.run(seed, suggest=False, select=("DOC014",)).findings
    assert [(f.actual, f.location.line) for f in found] == [("2022", 557)]
