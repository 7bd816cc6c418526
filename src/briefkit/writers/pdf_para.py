"""ReportLab paragraphs whose markup is parsed once per process.

Why: fitting a budgeted length lays out four to six drafts of documents that share most of
their paragraphs (one detail level differs from the next by a few sentences), and the final
PDF is a draft's Document again. ReportLab parses each paragraph's mini-markup with an HTML
parser every time a `Paragraph` is made, a tenth of a draft's time. The parse depends only on
the markup and the style, so its fragments are kept, keyed by both, and each new paragraph
gets its own copies (layout clones fragments and may set attributes on a paragraph's own);
what ReportLab lays out and draws is the same.
"""
from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

_FRAGS: dict[tuple, tuple[str, tuple]] = {}
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
