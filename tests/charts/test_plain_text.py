"""`charts.plain_text`: a plain string laid out from its characters and pairs has the places
FreeType's shaping gives its glyphs and the measurement `set_text` gives it, in the chart
faces; anything else is left to FreeType; and a label measured and then drawn is shaped
once, not twice."""
from __future__ import annotations

import random
import warnings
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import RendererAgg, get_hinting_flag
from matplotlib.font_manager import FontProperties
from matplotlib.textpath import TextToPath

from briefkit.charts import agg_text, plain_text
from briefkit.charts.ftfonts import text_to_path

from shapings import count_shapings

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def _strings(n: int, seed: int = 7) -> list[str]:
    """`n` pieces of the fixture articles' lines, 1-50 characters each: every script and
    punctuation the articles carry, Cyrillic and Georgian among them."""
    rng = random.Random(seed)
    found: set[str] = set()
    for path in sorted(ARTICLES.glob("*.txt")):
        for line in path.read_text("utf-8").splitlines():
            i = 0
            while i < len(line):
                step = rng.randint(1, 50)
                found.add(line[i:i + step])
                i += step
    pieces = sorted(s for s in found if s)
    rng.shuffle(pieces)
    return pieces[:n]


@pytest.fixture(autouse=True)
def _fresh():
    """Every test starts with nothing learned, as a new process does."""
    for store in (plain_text._CHARS, plain_text._PAIRS, agg_text._METRICS, agg_text._LAYOUTS):
        store.clear()
    plain_text._entries[0] = 0
    plain_text._NOT_PAIRWISE.clear()
    yield


@pytest.mark.parametrize("size,weight", [(6.5, "normal"), (8, "bold"), (9, "normal")])
def test_plain_strings_have_freetypes_places_and_measurements(size: float, weight: str) -> None:
    prop = FontProperties(family="DejaVu Sans", size=size, weight=weight)
    renderer = agg_text.TextCachingRenderer(1, 1, 300)
    flags = get_hinting_flag()
    face_key = agg_text._font_key(prop)
    plain = 0
    for s in _strings(1500):
        measured = renderer.get_text_width_height_descent(s, prop, False)
        assert measured == RendererAgg.get_text_width_height_descent(renderer, s, prop, False), s
        laid = plain_text.pens(lambda: renderer._prepare_font(prop), s, (face_key, 300, flags), flags)
        if laid is None:
            continue
        plain += 1
        font = renderer._prepare_font(prop)
        ours, theirs = agg_text._Laid.plain(font, *laid), agg_text._Laid(font._layout(s, flags=flags))
        assert (ours.fonts, ours.which, ours.glyphs, ours.xs, ours.ys) == \
            (theirs.fonts, theirs.which, theirs.glyphs, theirs.xs, theirs.ys), s
    assert plain > 1300  # nearly every piece of the articles is plain


def test_the_layouts_widths_are_matplotlibs_for_plain_strings_and_others() -> None:
    for bold in (False, True):
        prop = FontProperties(family="DejaVu Sans", size=7.5, weight="bold" if bold else "normal")
        for s in _strings(1000, seed=11):
            assert text_to_path.get_text_width_height_descent(s, prop, ismath=False) == \
                TextToPath.get_text_width_height_descent(text_to_path, s, prop, ismath=False), s


@pytest.mark.parametrize("s", ["שלום עולם", "الاتحاد الأفريقي", "Ме́сто", "cafe\u0301", "a\u200db",
                               "soft\u00adhyphen", "tab\there", "", "\u4e2d\u56fd"])
def test_other_strings_are_left_to_freetype(s: str) -> None:
    prop = FontProperties(family="DejaVu Sans", size=8)
    renderer = agg_text.TextCachingRenderer(1, 1, 300)
    flags = get_hinting_flag()
    assert plain_text.pens(lambda: renderer._prepare_font(prop), s, (agg_text._font_key(prop), 300, flags),
                           flags) is None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a glyph DejaVu lacks warns, as matplotlib does
        assert renderer.get_text_width_height_descent(s, prop, False) == \
            RendererAgg.get_text_width_height_descent(renderer, s, prop, False)


def test_a_label_measured_then_drawn_is_shaped_once(monkeypatch) -> None:
    """Before: `set_text` to measure it, `_layout` to draw it; now one `_layout` (its pairs
    learned), and a label whose pairs are all known is shaped by no FreeType call at all."""
    calls = count_shapings(monkeypatch)
    prop = FontProperties(family="DejaVu Sans", size=8)
    renderer = agg_text.TextCachingRenderer(600, 100, 300)
    gc = renderer.new_gc()
    label = "Freedom of Russia Legion"
    renderer.get_text_width_height_descent(label, prop, False)
    renderer.draw_text(gc, 10.0, 50.0, label, prop, 0.0)
    assert calls.count(label) == 1
    assert all(len(c) == 1 for c in calls if c != label)  # each character measured alone, once
    calls.clear()
    agg_text._METRICS.clear()
    agg_text._LAYOUTS.clear()
    again = "Russia Legion"  # its pairs all met in the label
    renderer.get_text_width_height_descent(again, prop, False)
    renderer.draw_text(gc, 10.0, 20.0, again, prop, 0.0)
    assert calls == []


class _ContextFace:
    """A face whose kerning of "ab" depends on what follows it: "ab" kerns by 5 on its own
    and by 9 in "abc"."""

    def get_char_index(self, code: int) -> int:
        return code

    def set_text(self, s, angle, flags):
        self._s = s

    def get_width_height(self):
        return 64 * len(self._s), 700

    def get_descent(self):
        return 100

    def _layout(self, s, flags):
        class Item:
            def __init__(self, face, ch, x):
                self.ft_object, self.glyph_index, self.x, self.y = face, ord(ch), x, 0.0

        kern = 9 if s.startswith("abc") else 5
        xs = [0.0, (64 + kern) / 64]
        xs += [xs[-1] + n for n in range(1, len(s) - 1)]
        return [Item(self, ch, x) for ch, x in zip(s, xs)]


def test_a_face_that_kerns_by_context_is_left_to_freetype() -> None:
    face = _ContextFace()
    key = ("context", 1)
    assert plain_text.pens(lambda: face, "ab", key, 0) == ([0, 69], [(64, 600, -100, 97), (64, 600, -100, 98)])
    assert plain_text.pens(lambda: face, "abcdefgh", key, 0) is None  # shaped whole: "ab" kerns by 9 here
    assert key in plain_text._NOT_PAIRWISE
    assert plain_text.pens(lambda: face, "ab", key, 0) is None


def test_the_stores_are_bounded(monkeypatch) -> None:
    monkeypatch.setattr(plain_text, "_MAX_ENTRIES", 50)
    prop = FontProperties(family="DejaVu Sans", size=8)
    renderer = agg_text.TextCachingRenderer(1, 1, 300)
    for s in _strings(200, seed=3):
        renderer.get_text_width_height_descent(s, prop, False)
        # cleared when a string starts past the bound; a string adds at most twice its length
        assert plain_text._entries[0] <= 50 + 2 * 50
    stored = sum(len(v) for v in plain_text._CHARS.values()) + sum(len(v) for v in plain_text._PAIRS.values())
    assert stored <= 50 + 2 * 50
