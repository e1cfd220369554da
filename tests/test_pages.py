"""A PDF page is said as `hlm. N` in Indonesian and `page N` in English, wherever a place is printed."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from conftest import EXAMPLE

from audit.cli import main


def invoke(*args):
    return CliRunner().invoke(main, list(map(str, args)), prog_name="audit")


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    pytest.importorskip("fpdf")
    import docgen

    from audit.api import read  # the public API: whichever module reads reports

    return docgen.write_pdf(read(EXAMPLE), tmp_path_factory.mktemp("pdf") / "laporan.pdf")


def _places(terminal: str, markdown: str) -> list[str]:
    """Where the findings are: the terminal's place and `lihat juga` lines, the markdown table's place column
    (not the rule messages, which quote other cells in their own words)."""
    lines = [line.strip() for line in terminal.splitlines()]
    places = [line for line in lines if re.match(r"^(\S+ · )*Tabel #\d+!\w+ \S+ \d+$", line)
              or line.startswith(("lihat juga:", "see also:"))]
    places += [row.split(" | ")[4] for row in markdown.splitlines() if row.startswith("| ") and row.count(" | ") > 6]
    return places


def test_a_pdf_page_is_hlm_in_indonesian_and_page_in_english(pdf, tmp_path):
    md = tmp_path / "laporan.md"
    r = invoke("check", pdf, "--no-suggest", "-v", "-f", "rich", "-f", f"markdown:{md}")
    assert r.exit_code == 1, r.output
    places = _places(r.stdout, md.read_text(encoding="utf-8"))
    assert sum(bool(re.search(r"Tabel #\d+!\w+ hlm\. \d+", p)) for p in places) > 10, places
    assert not [p for p in places if re.search(r"\bp\.\d", p)], places
    # a rule message quoting another cell says its page the same way (MATCH030: `(Tabel #6!F16 hlm. 5: 100)`)
    said = " ".join(r.stdout.split()) + md.read_text(encoding="utf-8")
    assert re.search(r"\(Tabel #\d+!\w+ hlm\. \d+: ", said) and not re.search(r"\bp\.\d", said)
    en = invoke("check", pdf, "--no-suggest", "-v", "--lang", "en")
    said = " ".join(en.stdout.split())
    assert re.search(r"Tabel #\d+!\w+ page \d+", said) and "hlm." not in said and not re.search(r"\bp\.\d", said)


def test_the_extraction_log_says_hlm(pdf, tmp_path):
    r = invoke("extract", pdf, "-o", tmp_path / "tabel")
    assert r.exit_code == 0, r.output
    log = (tmp_path / "tabel" / "extraction-log.md").read_text(encoding="utf-8")
    assert re.search(r"laporan\.pdf hlm\. \d+", log) and not re.search(r"laporan\.pdf p\.\d", log)


def test_the_fix_listing_and_the_working_paper_say_hlm(pdf, tmp_path):
    r = invoke("fix", pdf, "--format", "markdown")
    assert r.exit_code == 0, r.output
    assert re.search(r"Tabel #\d+!\w+ hlm\. \d+", r.stdout) and not re.search(r"\bp\.\d", r.stdout), r.stdout
    html = tmp_path / "kertas.html"
    r = invoke("check", pdf, "--no-suggest", "-f", f"html:{html}")
    page = html.read_text(encoding="utf-8")
    assert re.search(r"Tabel #\d+!\w+ hlm\. \d+", page) and not re.search(r"Tabel #\d+!\w+ p\.\d", page)
