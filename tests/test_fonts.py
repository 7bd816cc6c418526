"""Glyph fallback: characters the body font lacks are set in a font that has them."""
from __future__ import annotations

import re

from pypdf import PdfReader

from briefkit import fonts
from briefkit.document import nodes as N
from briefkit.writers import WriteOptions, get_writer
from briefkit.writers.pdf_scripts import needs_shaping


def chars_only_in_fallback(n: int = 6) -> str:
    serif = fonts.coverage(str(fonts.bundled_font("serif")))
    sans = fonts.coverage(str(fonts.bundled_font("sans")))
    # (letters of scripts the PDF shapes are drawn in other forms: `writers/test_pdf_scripts.py`)
    letters = sorted(cp for cp in sans - serif if chr(cp).isalpha() and not needs_shaping(chr(cp))
               and cp < 0x10000)
    assert letters, "the fallback font adds no letters"
    return "".join(chr(cp) for cp in letters[:: max(1, len(letters) // n)][:n])


def test_split_by_font_switches_only_where_needed():
    extra = chars_only_in_fallback()
    serif = str(fonts.bundled_font("serif"))
    sans = str(fonts.bundled_font("sans"))
    runs = fonts.split_by_font(f"Latin Кирилица ქართული {extra} end", serif, [sans])
    assert "".join(s for s, _ in runs) == f"Latin Кирилица ქართული {extra} end"
    switched = "".join(s for s, f in runs if f == sans)
    assert set(switched) == set(extra)


def test_pdf_uses_fallback_font_for_missing_glyphs():
    extra = chars_only_in_fallback()
    doc = N.Document(N.Meta("Fallback", "Fallback"), [N.Paragraph([N.Text(f"Body text with {extra} inside.")])])
    # Headings and page furniture in the serif too, so DejaVu Sans can only come from fallback.
    from briefkit.theme import Fonts, Theme

    serif = Fonts(heading=str(fonts.bundled_font("serif")), heading_bold=str(fonts.bundled_font("serif-bold")))
    data = get_writer("pdf").write(doc, WriteOptions(theme=Theme(fonts=serif)))
    import io

    reader = PdfReader(io.BytesIO(data))
    names = {str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any(re.search(r"\+DejaVuSans$", n) for n in names), names
    assert extra in reader.pages[0].extract_text()


def test_a_file_that_is_not_a_font_is_named_never_quoted(tmp_path):
    """A Theme made in code is not checked as a theme file is (`font_files`): the writer's own
    error names the file and says what is wrong, never the parser's words, which quoted the
    file's first bytes ('version=0x68757368', the 'hush' a password file opened with)."""
    import pytest

    from briefkit.errors import RenderError
    from briefkit.theme import Fonts, Theme

    secret = tmp_path / "shadow"
    secret.write_bytes(b"hush:$6$SECRETHASH:19000:0:99999:7:::\n")
    doc = N.Document(N.Meta("Fonts", "Fonts"), [N.Paragraph([N.Text("Body text.")])])
    failures = []
    for attempt in (lambda: get_writer("pdf").write(doc, WriteOptions(theme=Theme(fonts=Fonts(body=str(secret))))),
                    lambda: fonts._read_coverage(str(secret))):
        with pytest.raises(RenderError) as info:
            attempt()
        failures.append(str(info.value))
    for message in failures:
        assert str(secret) in message and "not a usable TrueType font" in message, message
        assert "hush" not in message and "68757368" not in message.upper() and "SECRET" not in message, message
