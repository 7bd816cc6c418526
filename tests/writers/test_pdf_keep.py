"""How a list splits over pages in the PDF (`writers/pdf_keep.py`)."""
from __future__ import annotations

from reportlab.platypus import Spacer

from briefkit.writers.pdf_keep import LIST_EDGE, SHORT_LIST, no_lone_items


def _kept(n: int) -> list[int]:
    items = [Spacer(1, 10) for _ in range(n)]
    out = no_lone_items(items)
    assert all(not getattr(i, "keepWithNext", 0) for i in items)  # the story's own items are left unmarked
    return [k for k, i in enumerate(out) if getattr(i, "keepWithNext", 0)]


def test_a_short_list_stays_whole():
    assert _kept(SHORT_LIST) == list(range(SHORT_LIST - 1))


def test_a_long_list_leaves_at_least_three_items_each_side_of_a_break():
    assert LIST_EDGE == 3
    assert _kept(6) == [0, 1, 3, 4]  # the only break: after the third item
    assert _kept(9) == [0, 1, 6, 7]
