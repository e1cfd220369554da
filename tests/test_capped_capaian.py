"""A capaian printed capped at 100%: a convention of some agencies, said once per row as a warning, never taken for
a typo when the table shows it, and never excused when the table contradicts it.

The real tables (tests/wild/README.md, round 17): Kota Dumai's Dinas Sosial (LKPJ 2016, Tabel 4.36) prints 100%
for 21 of 20 sarana sosial and 76 of 60 PMKS handled; Kota Depok's Dinas Sosial (LKjIP 2020, ikhtisar) prints 100%
for 34,48% of a 25% target ("Terlampaui Target") beside 69.33% and 31.40% computed as printed, and a Nilai SAKIP
of `B` against a target of `B`.
"""
from __future__ import annotations

from pathlib import Path

from helpers import changed_copy

import audit

WILD = Path(__file__).resolve().parent / "wild"
DUMAI = WILD / "dinsos-dumai-sasaran" / "laporan.md"
DEPOK = WILD / "dinsos-depok-ikhtisar" / "laporan.md"


def _capaian(result) -> dict[str, object]:
    return {f.row_label: f for f in result.findings if f.rule_id == "RATIO012"}


def _errors(result) -> list[str]:
    return [f"{f.rule_id} {f.row_label}" for f in result.findings if f.severity.value == "error"]


def test_rows_capped_at_100_in_a_table_that_caps_are_warnings_naming_the_cap():
    result = audit.run(str(DUMAI))
    found = _capaian(result)
    assert sorted(found) == ["Jumlah sarana sosial", "Penanganan penyandang masalah kesejahteraan sosial"]
    for finding in found.values():
        assert finding.severity.value == "warning"
        assert "dibatasi 100%" in finding.hint.render("id")
        assert "2 baris" in finding.hint.render("id")
        assert "capped at 100%" in finding.hint.render("en")
    # what the capaian would be uncapped: 21 / 20 and 76 / 60
    assert round(found["Jumlah sarana sosial"].expected, 2) == 105.0
    assert round(found["Penanganan penyandang masalah kesejahteraan sosial"].expected, 2) == 126.67
    assert _errors(result) == []


def test_a_single_capped_row_beside_capaian_computed_as_printed_is_a_warning():
    result = audit.run(str(DEPOK))
    found = _capaian(result)
    assert list(found) == ["Persentase Penyandang Disabilitas yang Mandiri"]
    finding = found["Persentase Penyandang Disabilitas yang Mandiri"]
    assert finding.severity.value == "warning" and "1 baris" in finding.hint.render("id")
    assert round(finding.expected, 2) == 137.92  # 34,48 / 25


def test_a_table_printing_a_capaian_above_100_does_not_cap(tmp_path):
    """76 / 60 printed as 126,67: the table does not cap, so its 100% for 21 / 20 is simply wrong (and so is the
    100% for 13.407 / 11.720, whose dots the comma of 126,67 now tells to group thousands)."""
    result = audit.run(changed_copy(tmp_path, DUMAI, "| 60 | 76 | 100% |", "| 60 | 76 | 126,67% |"))
    found = _capaian(result)
    assert sorted(found) == ["Jumlah sarana sosial", "PMKS yang memperoleh bantuan sosial"]
    for finding in found.values():
        assert finding.severity.value == "error"
        assert "dibatasi" not in (finding.hint.render("id") if finding.hint else "")


def test_a_100_where_the_target_was_missed_is_no_cap(tmp_path):
    """9,71% of a 14% target printed as 100%: a cap never raises a capaian."""
    result = audit.run(changed_copy(tmp_path, DEPOK, "| 14% | 9,71% | 69.33% |", "| 14% | 9,71% | 100% |"))
    found = _capaian(result)
    missed = found["Prosentase keluarga miskin yang meningkat kualitas hidupnya"]
    assert missed.severity.value == "error"
    assert found["Persentase Penyandang Disabilitas yang Mandiri"].severity.value == "warning"


def test_a_grade_target_is_said_unchecked_not_an_unreadable_figure(tmp_path):
    """Nilai SAKIP `B` against `B` is a grade (PARSE004, info); a lone `O` where a figure belongs stays an error."""
    result = audit.run(str(DEPOK))
    worded = [f for f in result.findings if f.rule_id.startswith("PARSE")]
    assert sorted((f.rule_id, f.severity.value, f.actual) for f in worded) == [
        ("PARSE004", "info", "B"), ("PARSE004", "info", "B")]
    typo = audit.run(changed_copy(tmp_path, DEPOK, "| 90% | 90% | 100% |", "| 90% | O | 100% |"))
    assert [f.actual for f in typo.findings if f.rule_id == "PARSE001"] == ["O"]


def test_a_100_that_a_target_with_a_digit_dropped_explains_is_that_slip_not_a_cap(tmp_path):
    """100 realised of a target of 10, capaian 100%: the target lost a zero (100 / 100), an error saying so; the
    table's other capped row is still the cap, counted alone."""
    result = audit.run(changed_copy(tmp_path, DUMAI, "| 20 | 21 | 100% |", "| 10 | 100 | 100% |"))
    found = _capaian(result)
    slip = found["Jumlah sarana sosial"]
    assert slip.severity.value == "error" and "salah ketik" in slip.hint.render("id")
    capped = found["Penanganan penyandang masalah kesejahteraan sosial"]
    assert capped.severity.value == "warning" and "1 baris" in capped.hint.render("id")


def _dumai_with(tmp_path, *changes: tuple[str, str]) -> str:
    path = changed_copy(tmp_path, DUMAI)
    text = Path(path).read_text(encoding="utf-8")
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    Path(path).write_text(text, encoding="utf-8")
    return path


def test_a_cap_above_100_printed_by_two_rows_is_the_tables_cap(tmp_path):
    """Some regions cap capaian at 120%: 25 of 20 and 76 of 60 printed 120% beside 114,39% computed as printed
    is that cap (warnings naming 120%), with the uncapped capaian as the value due."""
    result = audit.run(_dumai_with(tmp_path, ("| 20 | 21 | 100% |", "| 20 | 25 | 120% |"),
                                   ("| 11.720 | 13.407 | 100% |", "| 11720 | 13407 | 114,39% |"),
                                   ("| 60 | 76 | 100% |", "| 60 | 76 | 120% |")))
    found = _capaian(result)
    assert sorted(found) == ["Jumlah sarana sosial", "Penanganan penyandang masalah kesejahteraan sosial"]
    for finding in found.values():
        assert finding.severity.value == "warning"
        assert "dibatasi 120%" in finding.hint.render("id") and "2 baris" in finding.hint.render("id")
    assert round(found["Jumlah sarana sosial"].expected, 2) == 125.0
    assert _errors(result) == []


def test_one_row_at_120_or_a_top_that_is_no_round_step_is_no_cap(tmp_path):
    """One row printing 120% where 126,67% is due may be a typo; a table whose highest capaian is 118% caps at
    nothing: both stay errors."""
    alone = _capaian(audit.run(_dumai_with(tmp_path, ("| 60 | 76 | 100% |", "| 60 | 76 | 120% |"),
                                           ("| 20 | 21 | 100% |", "| 20 | 21 | 105% |"),
                                           ("| 11.720 | 13.407 | 100% |", "| 11720 | 13407 | 114,39% |"))))
    assert [(label, f.severity.value) for label, f in alone.items()] == [
        ("Penanganan penyandang masalah kesejahteraan sosial", "error")]
    odd = _capaian(audit.run(_dumai_with(tmp_path, ("| 20 | 21 | 100% |", "| 20 | 25 | 118% |"),
                                         ("| 11.720 | 13.407 | 100% |", "| 11720 | 13407 | 114,39% |"),
                                         ("| 60 | 76 | 100% |", "| 60 | 76 | 118% |"))))
    assert sorted((label, f.severity.value) for label, f in odd.items()) == [
        ("Jumlah sarana sosial", "error"), ("Penanganan penyandang masalah kesejahteraan sosial", "error")]


def test_a_grade_met_in_its_own_words_is_held_to_100(tmp_path):
    """Nilai SAKIP `B` against a target of `B` has met it: printed 90%, the capaian is said to be 100% (SCALE003),
    beside the remark `Tercapai Target` said against 90 (SCALE002); at 100% nothing is said."""
    result = audit.run(changed_copy(tmp_path, DEPOK, "| B | B | 100% |", "| B | B | 90% |"))
    found = [(f.rule_id, f.row_label, f.expected) for f in result.findings if f.rule_id == "SCALE003"]
    assert found == [("SCALE003", "Nilai SAKIP", 100.0)]
    assert "sama-sama 'B'" in next(f for f in result.findings if f.rule_id == "SCALE003").text("id")
    assert not [f for f in audit.run(str(DEPOK)).findings if f.rule_id == "SCALE003"]
