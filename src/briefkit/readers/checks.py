"""Checks on prose that suggest a data problem, shared by every reader.

Prose is never edited (a full brief must keep every sentence as written), so a suspicious spot
is reported instead: a gap left by a removed link (`that , the`), wiki or HTML markup kept as
text, a long paragraph without closing punctuation (probably cut off while copying).
"""
from __future__ import annotations

import re

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
