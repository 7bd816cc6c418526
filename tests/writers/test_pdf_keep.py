"""How a list splits over pages in the PDF (`writers/pdf_keep.py`)."""
from __future__ import annotations

from reportlab.platypus import Spacer

from briefkit.writers.list_keeps import LIST_EDGE, SHORT_LIST
from briefkit.writers.pdf_keep import no_lone_items


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


def test_a_parent_item_keeps_with_its_first_sub_item():
    """Georgian Dream's "Regional branches" ended a page on "Tbilisi organisation" with its
    districts on the next. A nested list is given as its items, the parent keeping with the
    first."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListItem, Paragraph

    from briefkit.writers.pdf_keep import KeptList

    style = getSampleStyleSheet()["Normal"]

    def items(*names: str) -> list:
        return [ListItem([Paragraph(n, style)]) for n in names]

    tbilisi = KeptList(items("d0", "d1", "d2", "d3", "d4"))
    outer = KeptList([*items("Congress", "Council"), ListItem([Paragraph("Tbilisi", style), tbilisi]),
                      *items("Adjara", "Guria", "Imereti")])
    out = no_lone_items(list(outer._content))

    def text(f) -> str:
        while not isinstance(f, Paragraph):
            f = f._flowable
        return f.text

    assert [text(f) for f in out] == ["Congress", "Council", "Tbilisi", "d0", "d1", "d2", "d3", "d4",
                                      "Adjara", "Guria", "Imereti"]
    kept = [text(f) for f in out if f.getKeepWithNext()]
    # 7 entries (the sub-list is one): the first three, the last three (Adjara to Imereti), and
    # Tbilisi with its sub-list, which keeps its five items whole; the page may break after it
    assert kept == ["Congress", "Council", "Tbilisi", "d0", "d1", "d2", "d3", "Adjara", "Guria"]
    assert not any(f.getKeepWithNext() for f in outer._content)  # the story's own items are left unmarked


def test_a_list_followed_by_its_sections_paragraph_keeps_its_last_two_items_with_it():
    """The last index (the last item) keeps with the paragraph after the list; the first three
    items stay together, so a short list may break before its last two."""
    from briefkit.writers.list_keeps import kept_with_next

    assert kept_with_next([False] * 5, followed=True) == [0, 1, 3, 4]
    assert kept_with_next([False] * 3, followed=True) == [0, 1, 2]
    assert kept_with_next([False] * 9, followed=True) == [0, 1, 7, 8]
    assert kept_with_next([False] * 5) == [0, 1, 2, 3]
