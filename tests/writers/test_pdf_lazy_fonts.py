"""Fonts are registered by name and parsed when first used: faces a briefing never sets text
in (the sans italics, the mono) are never parsed, and a face parsed late measures and embeds
as one parsed at once."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from briefkit.fonts import BUNDLED, bundled_font
from briefkit.writers.pdf_fontcache import LazyTTFont


@pytest.mark.parametrize("key", sorted(BUNDLED))
def test_the_name_read_from_the_header_is_the_parsed_face_name(key: str) -> None:
    path = str(bundled_font(key))
    lazy = LazyTTFont(f"T-Lazy-{key}", path)
    assert lazy.face.name == TTFontFace(path).name
    assert not lazy.parsed


def test_a_face_is_parsed_on_first_use_and_measures_the_same() -> None:
    path = str(bundled_font("serif"))
    lazy, plain = LazyTTFont("T-Lazy", path), TTFont("T-Plain", path)
    text = "Freedom of Russia Legion — Легион «Свобода России»"
    assert lazy.stringWidth(text, 11) == plain.stringWidth(text, 11)
    assert lazy.parsed
    assert lazy.face.charWidths == plain.face.charWidths
    assert lazy.face.ascent == plain.face.ascent


def test_a_briefing_parses_only_the_faces_it_sets_text_in() -> None:
    code = textwrap.dedent("""
        import os
        os.environ["SOURCE_DATE_EPOCH"] = "1717200000"
        from briefkit.batch.work import WorkUnit, run_unit
        from helpers import SEED
        (made,) = run_unit(WorkUnit(seed=str(SEED), label="seed", targets=(("brief", "pdf"),)))
        assert made.error is None and made.data.startswith(b"%PDF")
        from reportlab.pdfbase import pdfmetrics
        fonts = {n: pdfmetrics.getFont(n) for n in pdfmetrics.getRegisteredFontNames() if n.startswith("BK-")}
        # (system fallbacks, "BK-FB-n", are whatever the machine has installed; the seed needs none)
        print(sorted(n for n, f in fonts.items() if not f.parsed and not n.startswith("BK-FB-")))
    """)
    import os
    from pathlib import Path

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[1]), *sys.path])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "['BK-Head-BI', 'BK-Head-I', 'BK-Mono']"


def test_a_fonts_widths_are_written_as_reportlab_writes_them() -> None:
    """A subset's /Widths is a NumberArray, whose bytes are PDFArray's for the same numbers,
    ints and floats, whole and not, and anything else an array may hold."""
    import io

    from reportlab.pdfbase import pdfdoc, pdfmetrics
    from reportlab.pdfgen.canvas import Canvas

    from briefkit.writers.pdf_fontcache import NumberArray

    numbers = [0, 1, 1.0, 600, 600.0, -12, 0.5, 1234.5678, 1e-7, 3.0e5, 255, "x", pdfdoc.PDFName("W")]
    for multiline in (True, False):
        a, b = pdfdoc.PDFArray(numbers), NumberArray(numbers)
        a.multiline = b.multiline = multiline
        assert b.format(None) == a.format(None)
        assert b.sequence == numbers  # formatting leaves the numbers as they were
    font = LazyTTFont("T-Widths", str(bundled_font("sans")))
    pdfmetrics.registerFont(font)
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.setFont("T-Widths", 10)
    canvas.drawString(72, 72, "Widths — Ширина")
    canvas.save()
    fonts = [f for f in canvas._doc.idToObject["BasicFonts"].dict.values() if hasattr(f, "Widths")]
    assert fonts and all(type(f.Widths) is NumberArray for f in fonts)
    assert b"/Widths" in out.getvalue()
