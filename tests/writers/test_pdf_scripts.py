"""Complex scripts in the PDF: Arabic joined and right to left, Devanagari and Thai shaped, the
Latin text beside them untouched, and the bytes independent of what the process built before.

The IAEA's Arabic name came out letter by letter, unjoined and left to right (wrong text that
looks like text); the CPN (UML)'s Devanagari and the Bank of Thailand's Thai names as boxes."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefkit.document import nodes as N
from briefkit.fonts import SYSTEM_FALLBACKS
from briefkit.theme import DEFAULT_THEME
from briefkit.writers.pdf import _Translator
from briefkit.writers.pdf_scripts import display_order

DEVANAGARI_FONT = next(p for p in SYSTEM_FALLBACKS if "Devanagari" in p)
THAI_FONT = next(p for p in SYSTEM_FALLBACKS if "Thai" in p)
needs_noto = pytest.mark.skipif(not Path(DEVANAGARI_FONT).is_file(),
                                reason="fonts-noto-core is not installed on this machine")

ARABIC = "الوكالة الدولية للطاقة الذرية"


def _words(text: str, width: float = 2000.0, line: int = 0) -> list[list[tuple[str, str]]]:
    """The (font, text) pieces of each word of the paragraph's first line (or `line`), as they
    will be drawn (left to right); words joined by a no-break space count as words."""
    doc = N.Document(N.Meta(title="T", short_title="T"), [])
    tr = _Translator(doc, DEFAULT_THEME)
    para = tr.para([N.Text(text)], tr.st.body)
    para.wrap(width, 10000)
    lines = para.blPara
    if lines.kind == 0:  # one font throughout: (space left, the words' texts)
        return [[(lines.fontName, w)] for w in lines.lines[line][1]]
    words: list[list[tuple[str, str]]] = [[]]
    for frag in lines.lines[line].words:
        for i, piece in enumerate(frag.text.replace("\u00a0", " ").split(" ")):
            if i:
                words.append([])
            if piece:
                words[-1].append((frag.fontName, piece))
    return [w for w in words if w]


def _plain(word: list[tuple[str, str]]) -> str:
    return "".join(t for _, t in word)


def test_a_right_to_left_run_is_made_one_word_or_set_in_display_order():
    # a name: one word for the line breaker, its words joined by no-break spaces in the order
    # they are read (the shaping sets them in display order)
    assert display_order(f"IAEA; Arabic: {ARABIC}; French") == \
        "IAEA; Arabic: الوكالة\u00a0الدولية\u00a0للطاقة\u00a0الذرية; French"
    # brackets and the full stop around the run stay in the left-to-right text
    assert display_order('Matkal (סיירת מטכ"ל). The') == 'Matkal (סיירת\u00a0מטכ"ל). The'
    # a number inside the run is one of its words; left-to-right text is left alone
    assert display_order("שנת 1972 נוסדה") == "שנת\u00a01972\u00a0נוסדה"
    assert display_order("Легион «Свобода России» 1972") == "Легион «Свобода России» 1972"
    # a run longer than a name (`WHOLE_RUN`) is words, reversed as a whole
    long = " ".join([ARABIC] * 3)
    assert display_order(f"It said: {long}.") == f"It said: {' '.join(reversed(long.split()))}."


PERSIAN = "آقاخان پنجم"  # "Aga Khan the Fifth": the name first, read from the right


def test_a_right_to_left_name_at_a_lines_end_is_not_broken_across_two_lines():
    """Broken after its words were put in display order, the Aga Khan Development Network's
    Persian name ended a line with its second word and began the next with its first, so a
    reader read "the Fifth Aga Khan"."""
    text = f"The network is headed by the Aga Khan (Persian: {PERSIAN}), who also leads the Imamat."
    alone = [_plain(w).strip("()") for w in _words(f"({PERSIAN})")]
    for width in range(100, 301, 3):
        lines = [[_plain(w) for w in _words(text, width, n)] for n in range(_lines(text, width))]
        [held] = [line for line in lines if any(any("\u0600" <= ch <= "\ufeff" for ch in w) for w in line)]
        name = [w.strip("(),") for w in held if any("\u0600" <= ch <= "\ufeff" for ch in w)]
        assert name == alone, width  # both words, on one line, the second leftmost


def _lines(text: str, width: float) -> int:
    doc = N.Document(N.Meta(title="T", short_title="T"), [])
    tr = _Translator(doc, DEFAULT_THEME)
    para = tr.para([N.Text(text)], tr.st.body)
    para.wrap(width, 10000)
    return len(para.blPara.lines)


def test_arabic_is_joined_and_its_words_read_from_the_right():
    words = _words(f"The agency ({ARABIC}) met.")
    arabic = [w for w in words if any("\u0600" <= ch <= "\ufeff" and not ch.isascii() for ch in _plain(w))]
    assert len(arabic) == 4
    # joined: each word drawn with the joining forms HarfBuzz chose (initial, medial, final)
    assert all(sum(ch >= "\ufe70" for ch in _plain(w)) >= 3 for w in arabic)
    # the last word of the name is leftmost; the bracket stays outside, on its side
    assert _plain(arabic[0]).startswith("(") and _plain(arabic[-1]).endswith(")")
    lefts = [_plain(w).strip("()") for w in arabic]
    assert lefts[0] == _shaped_alone("الذرية") and lefts[-1] == _shaped_alone("الوكالة")


def _shaped_alone(word: str) -> str:
    [[*pieces]] = _words(word)
    return "".join(t for _, t in pieces)


@needs_noto
def test_devanagari_is_shaped_in_its_own_font_and_the_brackets_in_the_body_font():
    words = _words("The party (नेकपा (एमाले)) and Man Mohan Adhikari (मन मोहन अधिकारी) met.")
    adhikari = next(w for w in words if "\u0927" in _plain(w))  # ध
    # the vowel sign i (ि), which follows its consonant in the text, is drawn before it (in its
    # contextual form, a glyph no character maps to): shaped
    drawn = _plain(adhikari).strip("()")
    assert drawn.index("\u0927") == "अधिकारी".index("\u0927") + 1 and "\u093f" not in drawn[2:]
    uml = next(w for w in words if "\u090f" in _plain(w))  # ए
    fonts = [font for font, _ in uml]
    assert uml[0] == ("BK-Body", "(") and uml[-1][1].endswith(")") and uml[-1][0] == "BK-Body"
    assert len(set(fonts)) == 2


@needs_noto
def test_latin_words_beside_a_shaped_name_keep_their_glyphs_and_widths():
    """Shaping is asked for a paragraph with complex-script text, but only its complex-script
    runs are shaped: no kerning or ligature appears in its English words ("AVATAR", "office")."""
    mixed = _words("AVATAR office राष्ट्रिय")
    assert mixed[:2] == _words("AVATAR office")
    assert _plain(mixed[2]) != "राष्ट्रिय"  # shaped: the conjunct ष्ट्र is a glyph of its own
    # the word-level seam: ReportLab's own shaping would kern "AVATAR"; briefkit's leaves it
    from reportlab.lib.abag import ABag
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import shapeFragWord

    from briefkit.writers.pdf_scripts import shape_word

    word = [stringWidth("AVATAR", "BK-Body", 10), (ABag(fontName="BK-Body", fontSize=10), "AVATAR")]
    assert shape_word(word) is word
    assert shapeFragWord(word) is not word


@pytest.mark.skipif(not Path(THAI_FONT).is_file(), reason="fonts-noto-core is not installed on this machine")
def test_thai_and_devanagari_names_raise_no_glyph_warning_and_embed_their_fonts():
    import warnings

    from briefkit.writers import WriteOptions, get_writer
    from briefkit.writers.pdf import PdfGlyphWarning

    doc = N.Document(N.Meta(title="T", short_title="T"), [N.Heading(1, [N.Text("Names")], "n"), N.Paragraph([
        N.Text("The Bank of Thailand (ธนาคารแห่งประเทศไทย) and the CPN (UML) (नेकपा (एमाले)).")])])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        data = get_writer("pdf").write(doc, WriteOptions())
    assert not [w for w in caught if issubclass(w.category, PdfGlyphWarning)]
    assert b"NotoSansThai" in data and b"NotoSansDevanagari" in data


_BUILD = textwrap.dedent("""
    import sys
    from briefkit.document import nodes as N
    from briefkit.writers import WriteOptions, get_writer
    def write(text):
        doc = N.Document(N.Meta(title="T", short_title="T"), [N.Paragraph([N.Text(text)])])
        return get_writer("pdf").write(doc, WriteOptions())
    for text in sys.argv[2:]:
        data = write(text)
    open(sys.argv[1], "wb").write(data)
""")


@needs_noto
def test_a_shaped_pdf_has_the_same_bytes_whatever_the_process_built_before(tmp_path):
    """A glyph no character maps to (a conjunct) is written as a private-use character, which
    ReportLab handed out in the order a process first met such glyphs: a batch worker that had
    built another Devanagari article wrote other bytes than a build of the article alone."""
    first = "स्वतन्त्र क्षेत्र (प्रधानमन्त्री) श्री"
    target = "राष्ट्रिय द्वितीय कृष्ण"
    alone, after = tmp_path / "alone.pdf", tmp_path / "after.pdf"
    subprocess.run([sys.executable, "-c", _BUILD, str(alone), target], check=True)
    subprocess.run([sys.executable, "-c", _BUILD, str(after), first, target], check=True)
    assert alone.read_bytes() == after.read_bytes()


def test_harfbuzz_is_loaded_only_when_a_paragraph_needs_shaping():
    """ReportLab imports uharfbuzz as it loads (about 20 ms in every process that lays out a PDF);
    briefkit gives it a stand-in that imports the module when text is first shaped
    (`writers.lazy_harfbuzz`)."""
    code = textwrap.dedent("""
        import sys
        from briefkit.document import nodes as N
        from briefkit.writers import WriteOptions, get_writer
        def write(text):
            doc = N.Document(N.Meta(title="T", short_title="T"), [N.Paragraph([N.Text(text)])])
            return get_writer("pdf").write(doc, WriteOptions())
        write("Plain text, Cyrillic: Легион.")
        print(type(sys.modules["uharfbuzz"]).__name__, "uharfbuzz._harfbuzz" in sys.modules)
        write("Arabic: الوكالة الدولية")
        print(type(sys.modules["uharfbuzz"]).__name__, "uharfbuzz._harfbuzz" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split("\n")
    assert out[:2] == ["_Deferred False", "module True"], out
