"""End to end: the seed built at every length in both formats, checked as a reader would."""
from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from helpers import SEED, docx_text, pdf_body_text

LENGTHS = ("snapshot", "brief", "full")


def seed_section_titles() -> list[str]:
    titles = []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        m = re.fullmatch(r"\s*(={2,})\s*(.*?)\s*\1\s*", line)
        if m:
            titles.append(m.group(2))
    return titles


def test_every_length_and_format_written(seed_build):
    for length in LENGTHS:
        for fmt in ("pdf", "docx"):
            path = seed_build[(length, fmt)]
            assert path.is_file() and path.stat().st_size > 2000
            assert path.name == f"{length}.{fmt}"
            assert path.parent.name == "freedom_of_russia_legion"


def test_page_budgets(seed_build):
    pages = {ln: len(PdfReader(str(seed_build[(ln, "pdf")])).pages) for ln in LENGTHS}
    assert pages["snapshot"] == 1
    assert 1 <= pages["brief"] <= 3
    assert pages["full"] > pages["brief"]


def test_brief_tells_the_raids(seed_build):
    """The brief's History tells the raid the Legion is known for (Grayvoronsky, May 2023), and
    its timeline runs to the raids of March 2024 (its caption gives the span drawn)."""
    text = " ".join(pdf_body_text(seed_build[("brief", "pdf")]).split())
    history = text[text.index("History"):text.index("Symbols and leadership", text.index("History"))]
    assert "Grayvoronsky" in history, history
    caption = text[text.index("Figure 1"):]
    # "Selected events, 11 March 2022 to March 2024 (12 of 22).": the span drawn, in words a
    # reader uses (rounds 62-64 read "12 of the source's 23 dated events" as production wording)
    assert re.match(r"Figure 1\. Selected events, [^.]*March 2024 \(\d+ of \d+\)\.", caption), caption[:200]


@pytest.mark.parametrize("length", LENGTHS)
def test_title_and_cyrillic_in_pdf(seed_build, length):
    text = pdf_body_text(seed_build[(length, "pdf")])
    assert "Freedom of Russia Legion" in text
    assert "Свобода России" in text


def test_cyrillic_song_in_full(seed_build):
    assert "«Поднимись»" in pdf_body_text(seed_build[("full", "pdf")])
    assert "«Поднимись»" in docx_text(seed_build[("full", "docx")])


@pytest.mark.parametrize("length", LENGTHS)
def test_title_and_cyrillic_in_docx(seed_build, length):
    text = docx_text(seed_build[(length, "docx")])
    assert "Freedom of Russia Legion" in text
    assert "Свобода России" in text


def test_full_has_every_section_heading(seed_build):
    titles = seed_section_titles()
    assert len(titles) >= 8
    pdf = pdf_body_text(seed_build[("full", "pdf")])
    import docx

    d = docx.Document(str(seed_build[("full", "docx")]))
    docx_headings = {p.text.strip() for p in d.paragraphs if p.style.name.startswith("Heading")}
    for t in titles:
        assert t in pdf, t
        assert t in docx_headings, t


def test_docx_headings_use_word_heading_styles(seed_build):
    import docx

    for length in LENGTHS:
        d = docx.Document(str(seed_build[(length, "docx")]))
        styles = {p.style.name for p in d.paragraphs}
        assert "Heading 1" in styles, length
        assert "Title" in styles, length
        # Built-in styles, not look-alikes: Word identifies them by style id.
        ids = {p.style.style_id for p in d.paragraphs}
        assert "Heading1" in ids


def test_key_facts_from_infobox(seed_build):
    text = pdf_body_text(seed_build[("snapshot", "pdf")])
    assert "Irpin Declaration" in text
    assert "22px" not in text and "border|" not in text


@pytest.mark.parametrize("length", ["snapshot", "brief", "full"])
def test_no_markup_reaches_the_page(seed_build, length):
    """Every directive the templates write ("::: summary At a glance") becomes a box or a
    figure and every escape a character: none is printed as written, in either format."""
    for text in (pdf_body_text(seed_build[(length, "pdf")]), docx_text(seed_build[(length, "docx")])):
        assert ":::" not in text
        assert not re.search(r"\\[-.,:;()'\"!]", text), re.search(r".{30}\\[-.,:;()'\"!].{30}", text)
        assert length == "full" or "AT A GLANCE" in text.upper()


@pytest.mark.parametrize("length", ["snapshot", "brief"])
def test_a_short_page_names_the_size_and_spokespeople_once(seed_build, length):
    """At a glance says how big the Legion is and who speaks for it; the key facts beside it
    do not say it again, and the page still says it."""
    text = " ".join(pdf_body_text(seed_build[(length, "pdf")]).split())
    assert text.count("Two battalions (as claimed by the Legion)") == 1
    assert "Andronnikov" in text and "Unknown" in text  # the commander is unknown: said once, in the facts
