"""Characters no font has: the PDF draws them as empty boxes, and says so once, in a warning
that names them and the fix (a font with them on the machine, or in the theme's fallbacks).
The Reserve Bank of India's Devanagari name came out as boxes with no word about it."""
from __future__ import annotations

import warnings

from briefkit.document import nodes as N
from briefkit.writers import WriteOptions, get_writer
from briefkit.writers.pdf import PdfGlyphWarning

# Linear B: in no font the bundled set or a Debian desktop carries by default.
NO_FONT = "𐀀𐀁𐀂"


def _doc(text: str) -> N.Document:
    return N.Document(N.Meta(title="T", short_title="T"),
                      [N.Heading(1, [N.Text("Names")], "n"), N.Paragraph([N.Text(text)])])


def _warnings(text: str) -> list[warnings.WarningMessage]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        get_writer("pdf").write(_doc(text), WriteOptions())
    return [w for w in caught if issubclass(w.category, PdfGlyphWarning)]


def test_characters_no_font_has_are_named_in_one_warning():
    [w] = _warnings(f"The unit's name in the old script is {NO_FONT}, and again {NO_FONT}.")
    message = str(w.message)
    assert all(ch in message for ch in NO_FONT) and "fallbacks" in message


def test_scripts_the_fonts_have_raise_no_warning():
    assert _warnings("Легион «Свобода России», ქართული ლეგიონი, Ελληνικά, Łódź.") == []


def test_the_warning_names_the_fix_that_works_for_the_script(monkeypatch):
    """The International Criminal Court's Japanese name was told "install fonts-noto-core",
    which does not fix it: Noto's CJK fonts are CFF outlines ReportLab cannot embed. Chinese,
    Japanese and Korean come from Droid Sans Fallback, a TrueType font. Devanagari comes from
    fonts-noto-core, and is shaped where uharfbuzz is installed; where it is not, that is the fix."""
    from briefkit.writers import pdf

    assert "fonts-noto-core" in str(PdfGlyphWarning.of(set("भारतीय")))
    monkeypatch.setattr(pdf, "shaping_available", lambda: False)
    devanagari = str(PdfGlyphWarning.of(set("भारतीय")))
    assert "uharfbuzz" in devanagari and "Devanagari" in devanagari and "fonts-noto-core" not in devanagari
    monkeypatch.undo()
    assert "fonts-droid-fallback" in str(PdfGlyphWarning.of(set("赤根智子")))
    assert "fonts-nanum" in str(PdfGlyphWarning.of(set("삼성전자")))  # Hangul: Droid has none
    assert "fonts-noto-core" in str(PdfGlyphWarning.of(set(NO_FONT)))


def test_cjk_is_drawn_from_droid_sans_fallback_where_it_is_installed():
    """Where Debian's fonts-droid-fallback is installed, a Japanese name is drawn, not boxed: the
    PDF embeds the font and its text layer holds the name."""
    import pytest

    from briefkit.fonts import SYSTEM_FALLBACKS
    from pathlib import Path

    droid = next((p for p in SYSTEM_FALLBACKS if "Droid" in p), None)
    if droid is None or not Path(droid).is_file():
        pytest.skip("fonts-droid-fallback is not installed on this machine")
    assert _warnings("The judge Tomoko Akane (赤根智子) presides.") == []
    data = get_writer("pdf").write(_doc("The judge Tomoko Akane (赤根智子) presides."), WriteOptions())
    assert b"DroidSansFallback" in data
