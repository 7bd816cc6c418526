"""Complex scripts in the PDF: letters shaped by HarfBuzz, right-to-left words in display order.

Why: an article about a party in Nepal, a bank in Thailand or an agency with an Arabic name
gives the organisation's own name in its script, and the briefing puts it in the title block.
Devanagari, Bengali, Thai and the other Indic and South-East Asian scripts change the form,
order and place of their letters with their neighbours (a vowel sign drawn before the
consonant it follows, conjuncts, stacked marks); Arabic joins its letters; Arabic and Hebrew
read from right to left. Drawn letter by letter, from left to right, such a name is wrong text
that looks like text: the Arabic name of the IAEA came out unjoined and backwards.

What: ReportLab shapes text with HarfBuzz (`uharfbuzz`) when a paragraph style asks for it, but
it shapes every word of such a paragraph, and a word of several fonts (a name in Noto Sans
Devanagari inside parentheses of the body font) with the first font alone, which draws the
rest as wrong glyphs or boxes. So briefkit asks for shaping only on paragraphs that hold
complex-script text (`shaping_style`), and shapes each word font by font (`shape_word`): a
run of one font with complex-script letters is shaped with that font, anything else in the
word is left as ReportLab would draw it unshaped, so Latin text keeps the very glyphs and
widths of a paragraph that has none (no kerning or ligatures appear beside a Devanagari name).

Right to left: a briefing's paragraphs are English, so left to right; an Arabic or Hebrew
name inside one is a run of right-to-left words. HarfBuzz gives each word's glyphs in display
order; `shape_word` sets the words and font runs of one right-to-left word in display order
(the last leftmost). A run of up to `WHOLE_RUN` characters, a name, is made one word of the
line breaker's, its words joined by no-break spaces (`display_order`), so it is never broken
across two lines: broken after display reordering, the first line held the name's last words
and the next line its first (the Aga Khan Development Network's Persian name), and reordering
each line after breaking is not something ReportLab's line breaker offers for paragraphs of
several fonts. A longer run has its words put in display order as a whole, and may still be
broken that way. That is the Unicode bidirectional algorithm for what briefings hold
(right-to-left runs embedded in left-to-right text, numbers kept left to right), not the whole
of it: a paragraph that is right to left throughout is drawn as embedded runs.

Without `uharfbuzz` nothing is shaped, and the writer warns about such text as before.
"""
from __future__ import annotations

from .. import recache as re
import unicodedata
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts

# The blocks of the scripts that need shaping or are written right to left: Hebrew, Arabic,
# Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Extended (0590-08FF); the Indic scripts from
# Devanagari to Sinhala (0900-0DFF); Thai and Lao; Tibetan; Myanmar; Khmer; and the Hebrew and
# Arabic presentation forms.
COMPLEX = re.compile("[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff"
                     "\ufb1d-\ufdff\ufe70-\ufefe]")

# The blocks of the right-to-left scripts (Hebrew to Arabic Extended, and their presentation
# forms): a text without any of them is left to right throughout.
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")

# Fonts registered by briefkit: a word in one of them is shaped here; any other font's word is
# left to ReportLab's own shaping (a program that uses ReportLab beside briefkit sees no change).
OWN_FONT_PREFIX = "BK-"


def available() -> bool:
    """Whether ReportLab can shape text here (`uharfbuzz` is installed)."""
    return ttfonts.uharfbuzz is not None


def needs_shaping(text: str) -> bool:
    return not text.isascii() and COMPLEX.search(text) is not None


def _direction(ch: str) -> str:
    return unicodedata.bidirectional(ch)


def _token_kind(token: str) -> str:
    """'R' for a word with right-to-left letters and no left-to-right ones, 'L' for one with
    left-to-right letters, 'N' for the rest (numbers, punctuation)."""
    kinds = {_direction(ch) for ch in token}
    if "L" in kinds:
        return "L"
    if kinds & {"R", "AL"}:
        return "R"
    return "N"


_SPACES = re.compile(r"(\s+)")


def display_order(text: str) -> str:
    """`text` with each run of right-to-left words made ready for display (see the module
    docstring): a run of up to `WHOLE_RUN` characters becomes one word, its words joined by
    no-break spaces in the order they are read, which `shape_word` sets in display order; the
    words of a longer run, and the numbers and spaces between them, are reversed as a whole.
    Punctuation before the run's first word and after its last stays where it is
    ("(الوكالة الدولية)" keeps its brackets around the run), as a neutral between a
    left-to-right word and the run takes the paragraph's direction."""
    if text.isascii() or _RIGHT_TO_LEFT.search(text) is None:
        return text
    tokens = _SPACES.split(text)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if i % 2 or _token_kind(tok) != "R":
            out.append(tok)
            i += 1
            continue
        last = i  # the run: words from i, over numbers and spaces, to the last right-to-left word
        j = i + 2
        while j < len(tokens) and _token_kind(tokens[j]) != "L":
            if _token_kind(tokens[j]) == "R":
                last = j
            j += 2
        run = tokens[i:last + 1]
        lead = _leading_neutral(run[0])
        trail = _trailing_neutral(run[-1])
        run[0] = run[0][len(lead):]
        if trail:
            run[-1] = run[-1][:-len(trail)]
        core = "".join(run)
        if len(core) <= WHOLE_RUN:
            out.append(lead + _SPACES.sub(NO_BREAK, core) + trail)
        else:
            out.append(lead + "".join(reversed(run)) + trail)
        i = last + 1
    return "".join(out)


# The longest run of right-to-left words kept on one line (see the module docstring): a name
# or a title, which fits on any line of a page; a longer run is a sentence, broken as words.
WHOLE_RUN = 60
NO_BREAK = "\u00a0"


# Letters and digits: what a run's first and last word keep; anything else at their outer edges
# (brackets, quotation marks, a comma) belongs to the left-to-right text around the run.
_STRONG_OR_NUMBER = frozenset(("R", "AL", "L", "AN", "EN"))


def _leading_neutral(token: str) -> str:
    n = 0
    while n < len(token) and _direction(token[n]) not in _STRONG_OR_NUMBER:
        n += 1
    return token[:n]


def _trailing_neutral(token: str) -> str:
    n = len(token)
    while n and _direction(token[n - 1]) not in _STRONG_OR_NUMBER:
        n -= 1
    return token[n:]


@lru_cache(maxsize=64)
def _shaping_variant(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)


def shaping_style(style: ParagraphStyle, markup: str) -> ParagraphStyle:
    """`style`, or a copy that asks ReportLab to shape, for a paragraph whose markup holds
    complex-script text (and shaping is available)."""
    if style.shaping or not available() or not needs_shaping(markup):
        return style
    install()
    return _shaping_variant(style)


def _text_of(frag_word: list) -> str:
    return "".join(s for f, s in frag_word[1:] if not hasattr(f, "cbDefn"))


def shape_word(word: list, features: dict | None = None, force: bool = False) -> list:
    """A ReportLab frag word (`[width, (frag, text), ...]`) shaped font run by font run (see
    the module docstring); the word itself when nothing in it needs shaping.

    A right-to-left word keeps the punctuation at its outer edges outside the shaping and in
    place ("(מטכ"ל" keeps its bracket on the left, in the left-to-right text around it), and
    the font runs between are set in display order, the last leftmost."""
    if isinstance(word, ttfonts.ShapedFragWord):
        return word  # shaped before (a paragraph split at a page's foot keeps its words)
    frags = word[1:]
    if any(hasattr(f, "cbDefn") for f, _ in frags) or \
            not all(f.fontName.startswith(OWN_FONT_PREFIX) for f, _ in frags):
        return _ORIGINAL(word, **({"features": features} if features else {}), force=force)
    text = _text_of(word)
    if not needs_shaping(text):
        return word
    pieces = [(f, t) for f, t in frags if t]
    lead: list[tuple] = []
    trail: list[tuple] = []
    right_to_left = _token_kind(text) == "R"
    if right_to_left:
        lead, pieces = _cut(pieces, len(_leading_neutral(text)))
        pieces, trail = _cut(pieces, len(text) - len(_leading_neutral(text)) - len(_trailing_neutral(text)))
    core: list[list] = []
    changed = False
    # (the words of a run `display_order` made one word, each set as a word: see below)
    for run in _font_runs(_words_of(pieces) if right_to_left else pieces):
        run_text = "".join(t for _, t in run)
        if needs_shaping(run_text):
            _name_private_glyphs(run[0][0].fontName)
            shaped = _ORIGINAL([_width(run), *run], **({"features": features} if features else {}), force=force)
            changed = changed or shaped[1:] != run
            core.append(shaped)
        else:
            core.append([_width(run), *[(f, str(t)) for f, t in run]])
    if not changed:
        return word
    if right_to_left:
        # the font runs of a right-to-left word in display order, and so the words of a run
        # joined by no-break spaces and the spaces between them (each shaped on its own)
        core.reverse()
    parts = [[_width(run), *run] for run in _font_runs(lead)] + core + \
        [[_width(run), *run] for run in _font_runs(trail)]
    new = ttfonts.makeShapedFragWord(word)([sum(p[0] for p in parts)])
    for p in parts:
        new.extend(p[1:])
    return new


def _cut(pieces: list[tuple], n: int) -> tuple[list[tuple], list[tuple]]:
    """(the first `n` characters of a word's (frag, text) pieces, the rest), a piece cut in
    two where `n` falls inside it (both halves keep its frag)."""
    head: list[tuple] = []
    for k, (frag, text) in enumerate(pieces):
        if n <= 0:
            return head, pieces[k:]
        if len(text) <= n:
            head.append((frag, text))
            n -= len(text)
        else:
            return head + [(frag, text[:n])], [(frag, text[n:])] + pieces[k + 1:]
    return head, []


def _words_of(pieces: list[tuple]) -> list[tuple]:
    """A word's (frag, text) pieces cut at each no-break space, the space a piece of its own,
    marked so that `_font_runs` sets it apart from the letters around it of the same font."""
    if not any(NO_BREAK in t for _, t in pieces):
        return pieces
    out: list[tuple] = []
    for frag, text in pieces:
        for part in _NO_BREAK_SPLIT.split(text):
            if part:
                out.append((frag, _Space(part) if part[0] == NO_BREAK else part))
    return out


class _Space(str):
    """No-break spaces between the words of a right-to-left run (`_words_of`)."""


_NO_BREAK_SPLIT = re.compile(f"({NO_BREAK}+)")


def _font_runs(pieces: list[tuple]) -> list[list[tuple]]:
    runs: list[list[tuple]] = []
    for frag, text in pieces:
        if runs and runs[-1][0][0].fontName == frag.fontName and runs[-1][0][0].fontSize == frag.fontSize \
                and type(runs[-1][-1][1]) is type(text):
            runs[-1].append((frag, text))
        else:
            runs.append([(frag, text)])
    return runs


def _width(run: list[tuple]) -> float:
    return sum(pdfmetrics.stringWidth(t, f.fontName, f.fontSize) for f, t in run)


_ORIGINAL = ttfonts.shapeFragWord
# ReportLab's first private-use character for a glyph no character maps to (`TTFont.hbFace`).
_PRIVATE_FIRST, _PRIVATE_LAST = 0xE000, 0xF800


def _name_private_glyphs(font_name: str) -> None:
    """Give every glyph of the font that no character maps to (a conjunct, a ligature, a
    joined Arabic form) its private-use character, in glyph order, before anything is shaped
    with it.

    Why: a shaped glyph is written to the PDF as a character, and ReportLab gives such a glyph
    the next free private-use character when a shaping first meets it, in a map kept on the
    font for the life of the process. The characters, and so the PDF's bytes, then depended on
    what the process had shaped before: a batch worker that had built another Devanagari
    article wrote other bytes than a build of the article alone. Named in glyph order, each
    glyph has one character whatever came before. The advance stored is the one ReportLab
    would store, the glyph's own (HarfBuzz's unscaled units)."""
    ttf = pdfmetrics.getFont(font_name)
    if getattr(ttf, "_bk_private_named", False):
        return
    ttf._bk_private_named = True
    try:
        hb_font = ttf.hbFont(10)
        names: dict[str, int] = ttf._TTFont__hbUnis  # ReportLab's glyph name -> private character
    except (AttributeError, ValueError):
        return  # another ReportLab: its own naming stands
    face = ttf.face
    mapped = face.glyphToChar
    char = _PRIVATE_FIRST
    for glyph in range(face.numGlyphs):
        if glyph in mapped:
            continue
        name = hb_font.glyph_to_string(glyph)
        if name in names:
            continue
        while char in face.charToGlyph:
            char += 1
        if char > _PRIVATE_LAST:
            break
        names[name] = char
        face.charToGlyph[char] = glyph
        mapped.setdefault(glyph, []).append(char)
        face.charWidths[char] = hb_font.get_glyph_h_advance(glyph)
        char += 1


def install() -> None:
    """Make ReportLab's paragraphs shape words with `shape_word` (once per process). The
    paragraph module calls the name it imported, so that name is the one replaced; words in
    fonts briefkit did not register go to ReportLab's own function as before."""
    from reportlab.platypus import paragraph

    if paragraph.shapeFragWord is not shape_word:
        paragraph.shapeFragWord = shape_word
