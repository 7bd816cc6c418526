"""Page budgets and fidelity on fixture articles from tiny to very long, and hostile text."""
from __future__ import annotations

import pytest
from pypdf import PdfReader

from helpers import FIXTURES, build, norm, pdf_body_text
from writers.test_pdf import seed_prose_sentences

ARTICLES = FIXTURES / "articles"
NAMES = ("tiny", "long", "injection", "georgian", "no_infobox")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("fixtures")
    result = {}
    for name in NAMES:
        for o in build(ARTICLES / f"{name}.txt", out, formats=("pdf",)):
            result[(name, o.length)] = o.path
    return result


def pages(path) -> int:
    return len(PdfReader(str(path)).pages)


def test_long_fixture_is_really_long():
    text = (ARTICLES / "long.txt").read_text(encoding="utf-8")
    assert len(text.encode()) >= 40_000
    assert text.count("\n==") >= 15


@pytest.mark.parametrize("name", NAMES)
def test_budgets(built, name):
    assert pages(built[(name, "snapshot")]) == 1
    assert pages(built[(name, "brief")]) <= 3
    assert pages(built[(name, "full")]) >= 1


def test_long_full_is_long_and_brief_is_cut(built):
    assert pages(built[("long", "full")]) > 10
    assert pages(built[("long", "brief")]) == 3 or pages(built[("long", "brief")]) <= 3


@pytest.mark.parametrize("name", NAMES)
def test_full_keeps_every_sentence(built, name):
    text = pdf_body_text(built[(name, "full")])
    missing = [s for s in seed_prose_sentences(ARTICLES / f"{name}.txt") if norm(s) not in text]
    assert not missing, missing[:3]


def test_snapshot_at_a_glance_is_whole_and_from_the_article(built):
    """The snapshot's At a glance opens with a whole sentence of the article (less the
    parenthetical list of names the title block shows); every statement is whole, and each
    event statement's words are the article's."""
    import re

    from briefkit import digest
    from briefkit.readers import read

    def unbracket(s: str) -> str:
        return norm(re.sub(r"\s*\([^()]*\)", "", s))

    source = unbracket((ARTICLES / "long.txt").read_text(encoding="utf-8"))
    text = norm(pdf_body_text(built[("long", "snapshot")]))
    assert "AT A GLANCE" in text
    profile = read(ARTICLES / "long.txt")
    # The snapshot shows as many statements as its detail level allows (three or more).
    candidates = [digest.at_a_glance(profile, n) for n in (5, 4, 3)]
    shown = next(st for st in candidates if all(norm(x.text)[:40] in text for x in st))
    # The defining sentence, less the names the title block shows: the article's words, in order.
    first = unbracket(shown[0].text).split()
    assert " ".join(first[:4]) in source and " ".join(first[-8:]) in source
    assert all(w in source for w in first)
    for s in shown:
        assert s.text.endswith("."), s
        # a dated event ("12 March 2024: ...", "Since May 2023: ..."): its label is the article's;
        # a sentence that opens on a year ("In 2020 several members complained") is not one
        if re.match(r"^(?:Since )?(?:\d{1,2} )?(?:[A-Z][a-z]+ )?\d{4}(?:[–-]\d{2,4})?: ", s.text):
            label = s.text.split(": ", 1)[1].rstrip(".")
            assert all(w in source for w in norm(label).split()), s


def test_injection_renders_literally(built):
    text = pdf_body_text(built[("injection", "full")])
    for literal in ("<b>bold?</b>", "&amp;", "a < b > c", "*stars*", "_underscores_", "# not a heading",
                    "[link](http://example.com)", '<font name="Courier">x</font>', "<para>",
                    "`backticks`", "{{ jinja }}", "C:\\path\\file"):
        assert literal in text, literal


def test_injection_adds_no_links(built):
    reader = PdfReader(str(built[("injection", "full")]))
    for page in reader.pages:
        for annot in page.get("/Annots", []) or []:
            uri = annot.get_object().get("/A", {}).get("/URI", "")
            assert "javascript" not in str(uri).lower()


def test_georgian_and_diacritics_have_glyphs(built):
    """Every letter of the article is in the extracted text: nothing fell back to a blank glyph."""
    text = pdf_body_text(built[("georgian", "full")])
    for word in ("ქართული", "Kastuś", "Kalinoŭski", "Łódź", "Zürich"):
        src = (ARTICLES / "georgian.txt").read_text(encoding="utf-8")
        if word in src:
            assert word in text, word
    from briefkit import fonts

    georgian = {ch for ch in (ARTICLES / "georgian.txt").read_text(encoding="utf-8") if "\u10a0" <= ch <= "\u10ff"}
    assert georgian
    body = fonts.coverage(str(fonts.bundled_font("serif")))
    fallback = fonts.coverage(str(fonts.bundled_font("sans")))
    assert all(ord(c) in body or ord(c) in fallback for c in georgian)
