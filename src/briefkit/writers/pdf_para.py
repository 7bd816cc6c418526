"""ReportLab paragraphs whose markup is parsed once per process and whose lines are broken
once per width.

Why: fitting a budgeted length lays out four to six drafts of documents that share most of
their paragraphs (one detail level differs from the next by a few sentences), and the final
PDF is a draft's Document again. ReportLab parses each paragraph's mini-markup with an HTML
parser every time a `Paragraph` is made, a tenth of a draft's time. The parse depends only on
the markup and the style, so its fragments are kept, keyed by both, and each new paragraph
gets its own copies (layout clones fragments and may set attributes on a paragraph's own);
what ReportLab lays out and draws is the same.

Why the line memo: ReportLab breaks a paragraph's lines on every `wrap`, and a paragraph is
wrapped two or three times where it is placed (to keep it with a heading, to fit the frame,
to split it), always at the same width: 2,194 line breakings for 970 distinct ones in the
seed's fits. `Para` keeps the last result per width and hands it back while the paragraph's
fragments are the same objects; a `split` (which edits the broken lines it cuts) forgets it.

Why the height memo: the drafts of one fit, and of the lengths after it, lay out the same
paragraphs again and again as new `Para`s (a detail level changes a few of them; the rest
are the same markup, style and width): 1,192 line breakings in the seed's cold build for 171
distinct ones. A draft only measures, so a paragraph that was broken before at the same
widths takes its height from `_HEIGHTS` and breaks its lines only if something asks for them
(a `split` at the foot of a frame, which reads `blPara`); a draft draws nothing. Only a break
without hyphenation or long words split is remembered, so a measured paragraph is in every
other respect the paragraph ReportLab would have wrapped once its lines are asked for.
Final PDFs, which draw every line, always break for real.
"""
from __future__ import annotations

import itertools
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import _FUZZ

from ..heap import per_unit
from .pdf_scripts import shaping_style

_FRAGS: dict[tuple, tuple[str, tuple]] = {}
# (style key, markup, first line width, other lines' width) -> (height, what breakLines set)
_HEIGHTS: dict[tuple, tuple[float, dict[str, Any]]] = {}
# What `Paragraph.breakLines` sets on the paragraph besides returning the lines.
_LINE_STATE = ("_width_max", "height", "_splitLongWordCount", "_hyphenations")


class _Lines:
    """`Para.blPara` when the paragraph has none of its own: the lines of a measured paragraph,
    broken now at the widths of its last wrap, as that wrap would have broken them, and kept
    as the paragraph's own; for any other paragraph, no such attribute.

    Why a descriptor of this one name and not `__getattr__`: ReportLab asks flowables for
    attributes most of them lack (`hasattr(f, "frameAction")`, `getattr(f, "_postponed",
    None)`, an indenter asking the paragraph it wraps), about 16,000 times a profile's drafts,
    and `__getattr__` ran a Python function for each of them, where a missing attribute is
    otherwise found missing without one. A descriptor with only `__get__` is asked only when
    the paragraph's own `blPara` is missing, so what ReportLab sets and deletes is the
    paragraph's own as before."""

    def __get__(self, para: Any, owner: type | None = None) -> Any:
        if para is None:
            return self
        if para.__dict__.pop("_bk_unbroken", False):
            height = para.height  # breakLines zeroes it; the wrap had set it after
            lines = para.__dict__["blPara"] = para.breakLines(para._wrapWidths)
            para.height = height
            return lines
        raise AttributeError("blPara")


class Para(Paragraph):
    """A ReportLab Paragraph that breaks its lines once per width (see the module docstring)."""

    _bk_lines: tuple | None = None
    _bk_measure: tuple | None = None  # (style key, markup) of a draft's paragraph (see `paragraph`)

    def wrap(self, availWidth, availHeight):
        key = self._bk_measure
        style = self.style
        if key is None or availWidth < _FUZZ or style.wordWrap == "CJK":
            return super().wrap(availWidth, availHeight)
        first = availWidth - (style.leftIndent + style.firstLineIndent) - style.rightIndent
        later = availWidth - style.leftIndent - style.rightIndent
        hkey = (*key, first, later)
        hit = _HEIGHTS.get(hkey)
        if hit is None:
            before = self.frags
            width, height = super().wrap(availWidth, availHeight)
            # Breaking a paragraph of several fragments replaces them by its words; before
            # that, only `split` reads them, and only whether there are any (then it asks for
            # the lines, which replaces them the same way).
            if (self.frags is before or (before and self.frags)) and not self.__dict__.get("_splitLongWordCount") \
                    and not self.__dict__.get("_hyphenations"):
                if len(_HEIGHTS) >= _MAX_ENTRIES:
                    _HEIGHTS.clear()
                _HEIGHTS[hkey] = (height, {k: self.__dict__[k] for k in _LINE_STATE if k in self.__dict__})
            return width, height
        height, state = hit
        # What `Paragraph.wrap` sets, but the broken lines, which are made if asked for.
        self.__dict__.pop("blPara", None)
        self.width = availWidth
        self._wrapWidths = [first, later]
        self.__dict__.update(state)
        self.height = height
        self._bk_unbroken = True
        return availWidth, height

    blPara = _Lines()  # the lines of a measured paragraph, broken when first asked for

    def breakLines(self, width):
        key = tuple(width) if isinstance(width, (list, tuple)) else (width,)
        memo = self._bk_lines
        if memo is not None and memo[0] == key and memo[1] is self.frags:
            _key, _before, lines, frags, state = memo
            self.frags = frags
            self.__dict__.update(state)
            return lines
        before = self.frags
        lines = super().breakLines(width)
        self._bk_lines = (key, before, lines, self.frags,
                          {k: self.__dict__[k] for k in _LINE_STATE if k in self.__dict__})
        return lines

    def split(self, availWidth, availHeight):
        self._bk_lines = None
        try:
            return super().split(availWidth, availHeight)
        finally:
            self._bk_lines = None

_MAX_ENTRIES = 20000  # a bound for one long profile's paragraphs


def _forget_paragraphs() -> None:
    """Why per seed (`heap.per_unit`): what the drafts and PDFs of one seed's lengths share is
    its own paragraphs; the next seed's are other text. A batch worker had kept every profile's
    parsed fragments and line breaks (thousands of entries, each a few cloned fragments) while
    it built the next one, megabytes of its peak for no hit."""
    _FRAGS.clear()
    _HEIGHTS.clear()


per_unit(_forget_paragraphs)


# Every distinct style seen, by value, and the number that stands for it in keys. Numbers are
# never given twice, so emptying the table (at its bound) cannot make an old key match.
_STYLE_TOKENS: dict[tuple, int] = {}
_STYLE_NUMBERS = itertools.count()
_MAX_STYLES = 4096


def style_key(style: ParagraphStyle) -> int:
    """Everything about `style` the parse can read (its attributes, by value), as a number:
    styles with the same attributes get the same number, any other style another.

    Why a number and not the attributes themselves: the key of every paragraph's fragments
    and heights holds it, and every `Para.wrap` looks one up; a tuple of forty attribute
    pairs was hashed again for each lookup. A build uses a few dozen styles, so the table
    stays small."""
    value = tuple(sorted((k, repr(v)) for k, v in vars(style).items()))
    token = _STYLE_TOKENS.get(value)
    if token is None:
        if len(_STYLE_TOKENS) >= _MAX_STYLES:
            _STYLE_TOKENS.clear()
        token = _STYLE_TOKENS[value] = next(_STYLE_NUMBERS)
    return token


# `style_key` by style object (the object kept, so its id is not given to another while here).
_KEYS_OF: dict[int, tuple[ParagraphStyle, int]] = {}


def style_key_of(style: ParagraphStyle) -> int:
    """`style_key(style)`, remembered for the object: the theme's styles are made once per
    process and shared by every layout (`writers.pdf._styles`), and a style is not changed
    once made. Why: each layout keyed each of its styles again, repr-ing forty attributes."""
    hit = _KEYS_OF.get(id(style))
    if hit is not None and hit[0] is style:
        return hit[1]
    key = style_key(style)
    if len(_KEYS_OF) >= _MAX_STYLES:
        _KEYS_OF.clear()
    _KEYS_OF[id(style)] = (style, key)
    return key


def paragraph(cls: type[Paragraph], text: str, style: ParagraphStyle, skey: int, *args,
              measured: bool = False, shape: bool = True, **kwargs) -> Paragraph:
    """`cls(text, style, *args, **kwargs)` with the fragments of an earlier parse of the
    same `text` in a style with key `skey` (see `style_key`). `measured`: the paragraph is
    laid out by a draft, which takes its height from an earlier paragraph with the same
    markup, style and widths (`Para.wrap`). `shape=False`: the style as given, whatever the
    script (a paragraph ReportLab itself makes, `pdf_contents`)."""
    if shape and not text.isascii():  # complex-script text asks for shaping (`pdf_scripts`)
        shaped = shaping_style(style, text)
        if shaped is not style:
            style, skey = shaped, style_key(shaped)
    key = (skey, text)
    hit = _FRAGS.get(key)
    if hit is None:
        para = cls(text, style, *args, **kwargs)
        if not para.bulletText and para.style is style:  # no <bullet> or <para> in the markup
            if len(_FRAGS) >= _MAX_ENTRIES:
                _FRAGS.clear()
            _FRAGS[key] = (para.text, tuple(f.clone() for f in para.frags))
            if measured and isinstance(para, Para):
                para._bk_measure = key
        return para
    cleaned, frags = hit
    para = cls(cleaned, style, *args, frags=[f.clone() for f in frags], **kwargs)
    if measured and isinstance(para, Para):
        para._bk_measure = key
    return para
