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
