"""The shared number parser: the forms LKjIPs print, and properties over all of them."""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.numbers import column_style, format_like, format_number, parse_number, style_of


@pytest.mark.parametrize("raw,kind,value,decimals,unit", [
    ("1.743.965.488,00", "money", 1743965488, 2, None),
    ("1,725,576,486,00", "money", 1725576486, 2, None),
    ("1,743,965,488", "money", 1743965488, 0, None),
    ("325,866,000.00", "money", 325866000, 2, None),
    ("93,33%", "percent", 93.33, 2, "%"),
    ("93.33", "percent", 93.33, 2, None),
    ("100 %", "percent", 100, 0, "%"),
    ("Rp. 1.200.000,00", "money", 1200000, 2, "Rp"),
    ("Rp1.200.000", "money", 1200000, 0, "Rp"),
    ("16 Unit", "number", 16, 0, "Unit"),
    ("6 Dok", "number", 6, 0, "Dok"),
    ("91.5", "number", 91.5, 1, None),
    ("1.00%", "percent", 1.0, 2, "%"),
    ("0,500", "number", 0.5, 3, None),
    ("1.200", "money", 1200, 0, None),
    ("1.200", "count", 1200, 0, None),
    ("-5", "number", -5, 0, None),
    ("(1.000)", "money", -1000, 0, None),
    ("\u00a01.234\u200b ", "money", 1234, 0, None),
    ("١٢٣", "count", 123, 0, None),  # Arabic-Indic digits
    ("Rp. 827.560.810,-", "money", 827560810, 0, "Rp"),  # a real PK's budget: whole rupiah, `,-`
    ("4.988.314.500,-", "money", 4988314500, 0, None),
])
def test_forms(raw, kind, value, decimals, unit):
    p = parse_number(raw, kind)
    assert p.form == "number" and p.value == pytest.approx(value) and p.decimals == decimals and p.unit == unit
    assert p.raw == raw


def test_a_dash_with_a_footnote_mark_is_a_dash():
    """`- **)`: none, marked for the note under the table (a real LKIP's realisation not yet known)."""
    parsed = parse_number("- **)", "number")
    assert (parsed.value, parsed.form) == (0.0, "dash")


def test_dash_and_blank_are_kept_apart():
    dash, blank = parse_number("-", "money"), parse_number("  ", "money")
    assert (dash.form, dash.value) == ("dash", 0.0)
    assert (blank.form, blank.value) == ("blank", None)


@pytest.mark.parametrize("raw", ["1.200", "12,345", "1,234"])
def test_three_digit_group_is_ambiguous_unless_the_kind_decides(raw):
    p = parse_number(raw, "percent")
    assert p.value is None and p.form == "ambiguous" and p.problem == "ambiguous"


@pytest.mark.parametrize("raw,style", [
    ("1.250.000", "id"), ("1.234,5", "id"), ("90,00", "id"), ("0,85", "id"), ("Rp. 827.560.810,-", "id"),
    ("1,250,000", "en"), ("1,234.5", "en"), ("93.33%", "en"), ("0.850", "en"),
    ("1.200", None), ("1,200", None), ("125", None), ("1,725,576,486,00", None), ("seratus", None), ("", None),
])
def test_the_style_a_written_figure_shows(raw, style):
    assert style_of(raw) == style


def test_a_column_style_is_what_its_figures_agree_on():
    assert column_style(["600.000", "1.250.000", "75.500"]) == "id"
    assert column_style(["600.000", "-", "90,00", None, 12.5]) == "id"  # spreadsheet numbers show nothing
    assert column_style(["0.85", "1.250"]) == "en"
    assert column_style(["91.5", "93,33"]) is None  # both: nothing decided
    assert column_style(["1.200", "2.400"]) is None  # nothing tells


@pytest.mark.parametrize("raw,kind,style,value,decimals", [
    ("1.200", "number", "id", 1200, 0), ("1.200", "percent", "en", 1.2, 3), ("1,200", "number", "id", 1.2, 3),
    ("1,200", "number", "en", 1200, 0), ("1.200", "money", "en", 1200, 0),  # rupiah are never in tenths
    ("Rp 600.000", "number", None, 600000, 0),  # the cell's own `Rp` settles it
    ("90,00", "percent", "en", 90, 2), ("0.85", "number", "id", 0.85, 2),  # unambiguous: as written, any style
])
def test_a_style_reads_the_lone_group_of_three(raw, kind, style, value, decimals):
    p = parse_number(raw, kind, style)
    assert (p.value, p.decimals) == (pytest.approx(value), decimals)


def test_a_fix_writes_a_lone_group_of_three_as_the_cell_was_read():
    assert format_like("1.250", 1.19, read_decimals=3) == "1.190"  # read as 1.25: the dot marked decimals
    assert format_like("1,250", 1.19, read_decimals=3) == "1,190"
    assert format_like("1.250", 1190, read_decimals=0) == "1.190"  # read as 1250: the dot grouped thousands
    assert format_like("600.000", 540000) == "540.000"


@pytest.mark.parametrize("raw,value", [
    ("201. 955", 201_955.0),  # real LKIPs' PDFs (tests/real/README.md): a space set after a group separator
    ("48. 592.221.203,-", 48_592_221_203.0),
    ("1,584,085, 700", 1_584_085_700.0),
    ("2,602,500 ,000", 2_602_500_000.0),  # ... or before it
    ("992.770 *", 992_770.0),  # a footnote mark (`* angka sementara`), spaced or not
    ("352.390*", 352_390.0),
    ("1.250.000 **)", 1_250_000.0),
])
def test_a_space_beside_a_group_separator_or_a_footnote_mark_leaves_the_figure(raw, value):
    assert parse_number(raw, "money").value == value


@pytest.mark.parametrize("raw", ["12, 5", "100 200", "1.579,307,000", "1.234 567"])
def test_figures_split_by_a_space_elsewhere_stay_unread(raw):
    assert parse_number(raw, "money").problem == "not_a_number"


@pytest.mark.parametrize("raw", ["abc", "1,2,3", "1.2.3", "12..5", "1.234,5.6", "=1+1", "Rp", "%", "≥ HPP", "10-"])
def test_not_numbers(raw):
    p = parse_number(raw, "money")
    assert p.value is None and p.problem == "not_a_number"


def _write(value: int, frac: str, style: str) -> str:
    """Write an integer part and decimals the way LKjIPs do."""
    groups = f"{value:,}"
    if style == "id":
        text = groups.replace(",", ".") + ("," + frac if frac else "")
    elif style == "en":
        text = groups + ("." + frac if frac else "")
    else:  # the sloppy template: comma thousands and comma decimals
        text = groups + ("," + frac if frac else "")
    return text


@settings(max_examples=400)
@given(
    value=st.integers(min_value=0, max_value=10**13),
    frac=st.sampled_from(["", "00", "5", "25", "06"]),
    style=st.sampled_from(["id", "en", "mixed"]),
    prefix=st.sampled_from(["", "Rp. ", "Rp "]),
)
def test_round_trip_money(value, frac, style, prefix):
    if style == "mixed":  # the sloppy form has the two decimals of rupiah (`1,000,50`); one is a typo
        frac = frac.ljust(2, "0")
        if value < 1000:
            style = "id"
    raw = prefix + _write(value, frac, style)
    p = parse_number(raw, "money")
    assert p.value == pytest.approx(float(f"{value}.{frac or 0}"))
    assert p.decimals == len(frac)


@settings(max_examples=300)
@given(st.floats(min_value=0, max_value=1e6, allow_nan=False), st.integers(0, 2), st.sampled_from(["id", "en"]))
def test_round_trip_formatted(value, decimals, style):
    """Whatever format_number prints, parse_number reads back at the printed precision."""
    text = format_number(value, decimals, style)
    p = parse_number(text, "money" if decimals == 0 else "percent")
    if p.form == "ambiguous":  # e.g. "1.234" with no decimals in a percent column: never guessed
        return
    assert p.decimals == decimals
    assert math.isclose(p.value, round(value, decimals), rel_tol=1e-12, abs_tol=10 ** -decimals)


@settings(max_examples=500)
@given(st.text(max_size=30), st.sampled_from(["money", "count", "percent", "number", "year"]))
def test_never_raises_and_never_guesses_on_text(text, kind):
    p = parse_number(text, kind)
    assert p.raw == text
    assert (p.value is None) == (p.form in ("blank", "text", "ambiguous"))
    if p.value is not None:
        assert math.isfinite(p.value)


@pytest.mark.parametrize("raw,value,written", [
    ("1,800,000", 2400000, "2,400,000"),
    ("1.800.000", 2400000, "2.400.000"),
    ("1,725,576,486,00", 1743965488, "1,743,965,488,00"),
    ("Rp. 1.200.000,00", 1300000, "Rp. 1.300.000,00"),
    ("75.00%", 100, "100.00%"),
    ("75,00%", 100, "100,00%"),
    ("100 %", 99.5, "99,5 %"),
    ("10", 100, "100"),
    ("16 Unit", 4, "4 Unit"),
    ("83", 66.67, "66,67"),
    ("1", 1000, "1000"),
])
def test_format_like_writes_a_value_the_way_the_cell_was_written(raw, value, written):
    from audit.numbers import format_like

    assert format_like(raw, value) == written
    assert parse_number(written, "money" if "%" not in raw else "percent").value == pytest.approx(value)


@pytest.mark.parametrize("raw", ["1.234.5", "1,234,5", "12.345.678.9"])
def test_one_digit_after_thousands_groups_is_not_a_number(raw):
    """`1.234.5` is a typo (a lost digit or a stray mark), not 1234.5: not read, so the cell is reported."""
    for kind in ("money", "number", "percent"):
        assert parse_number(raw, kind).value is None


# The one formatter of text for a person (`audit.message.format_number`): by language, at the printed precision

@pytest.mark.parametrize("value,decimals,unit,indonesian,english", [
    (105145000, 0, None, "105.145.000", "105,145,000"),  # rupiah: thousands grouped, no decimals
    (1070546, None, None, "1.070.546", "1,070,546"),  # a whole number has no decimals unless printed with them
    (82.92, 2, "%", "82,92%", "82.92%"),  # a percentage at the precision the report printed it
    (100, 2, "%", "100,00%", "100.00%"),
    (88, 0, "%", "88%", "88%"),
    (1.070546, 2, "%", "1,07%", "1.07%"),
    (91.5, 1, None, "91,5", "91.5"),
    (1743965488, 2, "Rp", "Rp 1.743.965.488,00", "Rp 1,743,965,488.00"),
    (1234.5, None, None, "1.234,50", "1,234.50"),  # decimals unknown: two
    (-600000, 0, None, "-600.000", "-600,000"),
    (-0.004, 2, None, "0,00", "0.00"),  # rounds to zero: no `-0,00`
    (0, None, None, "0", "0"),
    (0, 2, "%", "0,00%", "0.00%"),
    (999, 0, None, "999", "999"),
    (1000, 0, None, "1.000", "1,000"),
    (1e15, 0, None, "1.000.000.000.000.000", "1,000,000,000,000,000"),
    (0.00042, None, None, "0,00042", "0.00042"),  # tiny: its significant digits, not a bare 0,00
    (0.5, 3, None, "0,500", "0.500"),
    (6, 0, "Dok", "6 Dok", "6 Dok"),
    (float("nan"), 2, None, "-", "-"),
    (None, 2, None, "-", "-"),
    (float("inf"), 2, "%", "∞%", "∞%"),
    (float("-inf"), None, None, "-∞", "-∞"),
])
def test_format_number_in_both_languages(value, decimals, unit, indonesian, english):
    from audit.message import format_number as say_number

    assert say_number(value, decimals, "id", unit) == indonesian
    assert say_number(value, decimals, "en", unit) == english


def test_a_number_in_a_message_is_said_in_the_readers_language():
    from audit.message import Message, Number, say

    said = Message("claim_share", dict(text="'82,92%'", part="a", base="b", value=Number(82.92, 2)))
    assert say(said, "id").endswith("adalah 82,92%") and say(said, "en").endswith("is 82.92%")
    assert say(Number(105145000, 0), "id") == "105.145.000" and say(Number(105145000, 0), "en") == "105,145,000"


@pytest.mark.parametrize("raw,value,indonesian,english", [
    ("1,800,000", 2400000, "2.400.000", "2,400,000"),  # the cell's style is the cell's, not the reader's
    ("98.36%", 82.92, "82,92%", "82.92%"),
    ("75,00%", 100, "100,00%", "100.00%"),
    ("10", 100, "100", "100"),
    ("83", 66.666666, "66,67", "66.67"),  # more decimals than written: at most two
    ("Rp. 1.200.000,00", 1300000, "Rp 1.300.000,00", "Rp 1,300,000.00"),
    ("16 Unit", 4, "4 Unit", "4 Unit"),
])
def test_a_fix_value_is_said_at_the_precision_of_the_cell_it_replaces(raw, value, indonesian, english):
    from audit.message import say
    from audit.numbers import as_written

    assert say(as_written(raw, value), "id") == indonesian and say(as_written(raw, value), "en") == english
