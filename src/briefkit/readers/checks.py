"""Checks on prose that suggest a data problem, shared by every reader.

Prose is never edited (a full brief must keep every sentence as written), so a suspicious spot
is reported instead: a gap left by a removed link (`that , the`), wiki or HTML markup kept as
text, a long paragraph without closing punctuation (probably cut off while copying).
"""
from __future__ import annotations

from .. import recache as re
from typing import Any, Iterator

from ..findings import LINK_GAP, UNFINISHED_SENTENCE, WIKI_MARKUP, Finding
from .wikiclean import link_gaps, markup_leftovers

# A paragraph of this many words without closing punctuation was probably cut off in copying;
# shorter lines are labels ("Headquarters") and end without punctuation by design.
UNFINISHED_MIN_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?…:;]['\"’”»)\]]*$|[\"”»]$")


def check_text(text: str, file: str, line: int | None) -> list[Finding]:
    """Link gaps and markup leftovers in any prose (paragraph or list item)."""
    out = [Finding(file, line, LINK_GAP, f'text seems to miss a removed link: "{gap}"') for gap in link_gaps(text)]
    for bit in sorted(set(markup_leftovers(text)) - {"|"}):  # a bare `|` is common in prose
        out.append(Finding(file, line, WIKI_MARKUP, f"leftover markup {bit!r} kept as text"))
    return out


def check_paragraph(text: str, file: str, line: int | None) -> list[Finding]:
    """`check_text` plus the cut-off test that only makes sense for whole paragraphs."""
    out = check_text(text, file, line)
    if len(text.split()) >= UNFINISHED_MIN_WORDS and not _SENTENCE_END.search(text):
        out.append(Finding(file, line, UNFINISHED_SENTENCE, f'paragraph ends without punctuation: "...{text[-40:]}"'))
    return out


# Characters no seed string may hold: lone surrogates (they cannot be written as UTF-8, so
# every writer would fail) and control characters other than tab and line breaks (XML, and
# so DOCX, forbids them; in a PDF they are invisible and change nothing a reader sees).
_BAD_CHAR = re.compile(r"[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def bad_char_problem(text: str) -> str | None:
    """A description of the first forbidden character in `text`, or None."""
    m = _BAD_CHAR.search(text)
    if not m:
        return None
    ch = m.group()
    kind = "lone surrogate" if "\ud800" <= ch <= "\udfff" else "control character"
    return f"{kind} U+{ord(ch):04X} is not allowed (at character {m.start() + 1})"


def long_word(text: str, limit: int) -> bool:
    """Whether `text` holds a run of more than `limit` characters without a space."""
    return len(text) > limit and re.search(r"\S{%d}" % (limit + 1), text) is not None


def bad_strings(data: Any, nesting: int, loc: tuple[Any, ...] = (),
                max_chars: int | None = None, max_word: int | None = None) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every key and string value of structured data holding a forbidden character or longer
    than `max_chars`, and any part nested deeper than `nesting`, as (location, message).
    Checked on the raw data, at the reader boundary, so nothing later ever sees such a string.
    (Nesting counts data levels; a YAML section tree uses three per section level.)"""
    if len(loc) > nesting:
        yield loc, f"nested deeper than {nesting} levels (limit: BRIEFKIT_LIMIT_NESTING)"
        return
    if isinstance(data, str):
        problem = bad_char_problem(data)
        if problem:
            yield loc, problem
        elif max_chars is not None and len(data) > max_chars:
            yield loc, f"text longer than {max_chars} characters (limit: BRIEFKIT_LIMIT_PARAGRAPH_CHARS)"
        elif max_word is not None and long_word(data, max_word):
            yield loc, f"a word longer than {max_word} characters (limit: BRIEFKIT_LIMIT_WORD_CHARS)"
    elif isinstance(data, dict):
        for key, value in data.items():
            if isinstance(key, str) and bad_char_problem(key):
                yield (*loc, key), f"key: {bad_char_problem(key)}"
            yield from bad_strings(value, nesting, (*loc, key), max_chars, max_word)
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from bad_strings(value, nesting, (*loc, i), max_chars, max_word)


def structure_problem(lead: list[Any], sections: list[Any], limits: Any) -> tuple[int | None, str] | None:
    """The first place where an article's structure passes a limit (paragraph or item length,
    number of headings, depth of lists or sections), as (line, message), or None. Checked
    before extraction and layout, whose cost grows with these."""
    from ..model import BulletList, Paragraph

    count = 0

    def line_of(x: Any) -> int | None:
        return x.source.line if getattr(x, "source", None) is not None else None

    def items(its: list[Any], depth: int, near: Any) -> tuple[int | None, str] | None:
        for it in its:
            if depth > limits.nesting:
                return line_of(it) or line_of(near), f"list nested deeper than {limits.nesting} levels (limit: BRIEFKIT_LIMIT_NESTING)"
            if len(it.text) > limits.paragraph_chars:
                return line_of(it) or line_of(near), f"list item longer than {limits.paragraph_chars} characters (limit: BRIEFKIT_LIMIT_PARAGRAPH_CHARS)"
            if long_word(it.text, limits.word_chars):
                return line_of(it) or line_of(near), f"a word longer than {limits.word_chars} characters (limit: BRIEFKIT_LIMIT_WORD_CHARS)"
            found = items(it.children, depth + 1, it)
            if found:
                return found
        return None

    def blocks(bs: list[Any], near: Any) -> tuple[int | None, str] | None:
        for b in bs:
            if isinstance(b, Paragraph) and len(b.text) > limits.paragraph_chars:
                return line_of(b) or line_of(near), f"paragraph longer than {limits.paragraph_chars} characters (limit: BRIEFKIT_LIMIT_PARAGRAPH_CHARS)"
            if isinstance(b, Paragraph) and long_word(b.text, limits.word_chars):
                return line_of(b) or line_of(near), f"a word longer than {limits.word_chars} characters (limit: BRIEFKIT_LIMIT_WORD_CHARS)"
            if isinstance(b, BulletList):
                found = items(b.items, 1, b)
                if found:
                    return found
        return None

    def walk(secs: list[Any], depth: int) -> tuple[int | None, str] | None:
        nonlocal count
        for sec in secs:
            count += 1
            if count > limits.headings:
                return line_of(sec), f"more than {limits.headings} headings (limit: BRIEFKIT_LIMIT_HEADINGS)"
            if len(sec.title) > limits.heading_chars:
                return line_of(sec), f"heading longer than {limits.heading_chars} characters (limit: BRIEFKIT_LIMIT_HEADING_CHARS)"
            if depth > limits.nesting:
                return line_of(sec), f"sections nested deeper than {limits.nesting} levels (limit: BRIEFKIT_LIMIT_NESTING)"
            found = blocks(sec.blocks, sec) or walk(sec.children, depth + 1)
            if found:
                return found
        return None

    return blocks(lead, None) or walk(sections, 1)
