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
"""
from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

_FRAGS: dict[tuple, tuple[str, tuple]] = {}
# What `Paragraph.breakLines` sets on the paragraph besides returning the lines.
_LINE_STATE = ("_width_max", "height", "_splitLongWordCount", "_hyphenations")


class Para(Paragraph):
    """A ReportLab Paragraph that breaks its lines once per width (see the module docstring)."""

    _bk_lines: tuple | None = None

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

_MAX_ENTRIES = 20000  # a bound for long batch workers


def style_key(style: ParagraphStyle) -> tuple:
    """Everything about `style` the parse can read (its attributes, by value)."""
    return tuple(sorted((k, repr(v)) for k, v in vars(style).items()))


def paragraph(cls: type[Paragraph], text: str, style: ParagraphStyle, skey: tuple, *args, **kwargs) -> Paragraph:
    """`cls(text, style, *args, **kwargs)` with the fragments of an earlier parse of the
    same `text` in a style with key `skey` (see `style_key`)."""
    key = (skey, text)
    hit = _FRAGS.get(key)
    if hit is None:
        para = cls(text, style, *args, **kwargs)
        if not para.bulletText and para.style is style:  # no <bullet> or <para> in the markup
            if len(_FRAGS) >= _MAX_ENTRIES:
                _FRAGS.clear()
            _FRAGS[key] = (para.text, tuple(f.clone() for f in para.frags))
        return para
    cleaned, frags = hit
    return cls(cleaned, style, *args, frags=[f.clone() for f in frags], **kwargs)
