"""Where a list may break across pages: one rule for the PDF and the DOCX.

Readers of printed briefings took two names at a page foot for the whole list, and a heading
over a lone bullet for a heading over nothing; a parent item at a page foot with its
sub-items on the next reads as an item without any. Both writers keep the same entries of a
list with the next, so the DOCX as a word processor lays it out breaks where the PDF does,
and the contents' page numbers (taken from the PDF) stay true in it.

A list is seen here as the PDF's layout engine sees it: a run of entries, one per paragraph
of an item and one per nested list. A nested list follows this rule among its own items, and
when kept with the entry after it, keeps its last item with it: only the edges of a nested
list are tied to what is around it, so a long sub-list may still break inside.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# A list of this many entries or fewer is not split between them; a longer one leaves at least `LIST_EDGE` entries on each
# side of a page break.
SHORT_LIST = 5
# A nested list of this many entries or fewer is not split between them: it details one item of
# the list around it, and its tail at the top of the next page reads as items of the outer list
# (Europol's Operations Directorate and MSF's operational centres, six each, broke three and
# three in their full profiles; rounds 61 and 62).
SHORT_NESTED = 8
LIST_EDGE = 3
# Entries of a list that go to the next page with the paragraph after it (`followed`).
CLOSE_EDGE = 2
# A paragraph after a list this short or shorter is not split from its list's page.
CLOSE_WHOLE = 400


def kept_with_next(nested: Sequence[bool], followed: bool = False, inner: bool = False) -> list[int]:
    """Indexes of the entries that keep with the entry after them, given for each entry
    whether it is a nested list; with `followed` (a paragraph of the same section comes
    next), the last entry's index too, which keeps with that paragraph.

    All but the last of a list of `SHORT_LIST` entries or fewer; else the first `LIST_EDGE`
    entries kept together and the last `LIST_EDGE`; a followed list, whatever its length,
    keeps its first `LIST_EDGE` entries together and its last `CLOSE_EDGE` with the
    paragraph; and always an entry followed by a nested list, so a parent item never ends a
    page without its first sub-item. `inner`: the list is nested in another, and all but its
    last entry keep with the next when it has `SHORT_NESTED` entries or fewer."""
    n = len(nested)
    if inner and n <= SHORT_NESTED:
        keep = set(range(n - 1))
    elif followed and n:
        keep = {*range(min(LIST_EDGE, n) - 1), *range(max(0, n - CLOSE_EDGE), n)}
    else:
        keep = set(range(n - 1)) if n <= SHORT_LIST else \
            {*range(LIST_EDGE - 1), *range(n - LIST_EDGE, n - 1)}
    keep |= {i for i in range(n - 1) if nested[i + 1]}
    return sorted(keep)


def closes_list(blocks: Sequence[Any], i: int) -> bool:
    """Whether `blocks[i]` is a list that a body paragraph follows in the same run of blocks
    (`followed` above). Not the source line in small print, which ends the document rather
    than the list's section."""
    from ..document.nodes import List, Paragraph

    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    return isinstance(blocks[i], List) and isinstance(nxt, Paragraph) and nxt.style == "body"


def kept_whole(paragraph: Any) -> bool:
    """Whether the paragraph that closes a list (`closes_list`) keeps its lines together."""
    from ..document.nodes import plain

    return len(plain(paragraph.runs)) <= CLOSE_WHOLE
