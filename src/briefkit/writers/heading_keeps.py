"""A heading keeps with two lines of its section: one rule for the PDF and the DOCX.

Both writers keep a heading with the start of what follows it, and a paragraph splits to
leave at least two lines on a page. A section that opens with a one-line paragraph escaped
that: the heading and its single line could close a page, the rest of the section overleaf
(the seed's brief, "Symbols and leadership", round 72: a heading that reads as stranded). Such
a line now keeps with the paragraph after it as well, so the heading stands over at least two
lines of its section, or goes to the next page with them.

Whether a paragraph is one line is judged from its length against the measure, not from a
layout, so that both formats keep the same paragraphs and break where the PDF does (the DOCX
contents carry the PDF's page numbers). The estimate errs towards "one line": a short
two-line paragraph kept with the next costs at most a line or two of a page, a one-line
paragraph missed strands its heading.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# Average advance of a character of body text, in ems: the bundled serif and sans set about
# 0.49 em; a little less, so a line of narrow letters still counts as one line.
CHAR_EM = 0.45


def opens_with_one_line(blocks: Sequence[Any], i: int, measure_pt: float, size_pt: float) -> bool:
    """Whether `blocks[i]` is a body paragraph that opens a section right under its heading,
    is about one line long at `measure_pt` in body text of `size_pt`, and has a body paragraph
    of the same section after it: then it keeps with that paragraph."""
    from ..document.nodes import Heading, Paragraph, plain

    if not (0 < i < len(blocks) - 1 and isinstance(blocks[i - 1], Heading)):
        return False
    b, nxt = blocks[i], blocks[i + 1]
    if not (isinstance(b, Paragraph) and b.style == "body" and isinstance(nxt, Paragraph) and nxt.style == "body"):
        return False
    return len(plain(b.runs)) * CHAR_EM * size_pt <= measure_pt
