"""Keep-with-next on list paragraphs, where the PDF keeps its list items (`list_keeps`).

A heading keeps with the paragraph after it, and LibreOffice honours that: over a list it
kept the heading with the first bullet only, so a page could end on a heading and one name
(Ericsson's "People") while the PDF moved the heading on with three. A list's paragraphs
carry "keep with next" as the PDF's items do, and the word processor chains them from the
heading on. Keeping is pagination, not look, so it is set on the paragraph (as a page break
before is), not by a style: the same "List Bullet" paragraph keeps or not by its place.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docx.oxml.ns import qn

from ..list_keeps import kept_with_next
from . import oxml

_KEEP_NEXT, _KEEP_LINES, _PSTYLE = qn("w:keepNext"), qn("w:keepLines"), qn("w:pStyle")


def keep_with_next(p: Any) -> None:
    """Set keepNext on paragraph element `p` (a CT_P); in pPr it follows pStyle only."""
    ppr = p.get_or_add_pPr()
    if ppr.find(_KEEP_NEXT) is not None:
        return
    style = ppr.find(_PSTYLE)
    if style is not None:
        style.addnext(oxml.el("w:keepNext"))
    else:
        ppr.insert(0, oxml.el("w:keepNext"))


def keep_lines(p: Any) -> None:
    """Set keepLines on paragraph element `p`: in pPr it follows pStyle and keepNext."""
    ppr = p.get_or_add_pPr()
    if ppr.find(_KEEP_LINES) is not None:
        return
    after = ppr.find(_KEEP_NEXT)
    if after is None:
        after = ppr.find(_PSTYLE)
    if after is not None:
        after.addnext(oxml.el("w:keepLines"))
    else:
        ppr.insert(0, oxml.el("w:keepLines"))


def keep_list(entries: Sequence[Sequence[Any]], nested: Sequence[bool], followed: bool = False,
              inner: bool = False) -> None:
    """Apply the list rule to one list: `entries` are the paragraph elements of each entry
    (one paragraph of an item, or every paragraph of a nested list, whose own keeps its own
    call set); `nested` says which entries are nested lists. An entry kept with the next keeps
    its last paragraph with it, as the PDF keeps a nested list's last item. `followed`: the
    body paragraph after the list keeps its last entries (`list_keeps.closes_list`); `inner`:
    the list is nested in another."""
    for i in kept_with_next(nested, followed, inner):
        if entries[i]:
            keep_with_next(entries[i][-1])
