"""Headings kept with the start of their text, not with all of it.

ReportLab's keepWithNext gathers a heading and the flowable after it into a `KeepTogether`,
which moves both to the next page whenever the whole does not fit: a heading over a long
paragraph leaves the rest of its page blank. A reader needs only that a heading is not the
last line of a page, so `KeepWithStart` places the heading with as much of the next
paragraph, list or table as fits (the flowable's own split keeps at least two lines), and
moves the group only when not even that fits.
"""
from __future__ import annotations

import copy

from reportlab.platypus import Flowable, ListFlowable, Paragraph, Spacer, Table
from reportlab.platypus.flowables import DDIndenter, KeepTogether

from .list_keeps import kept_with_next

# What may be split under its heading: text that splits by lines, items or rows. Anything
# else (a contents list, a drawing) keeps ReportLab's rule.
_SPLITTABLE = (Paragraph, ListFlowable, Table)
# What may come before it in the group: headings and lines of text, or a list's items (each
# wrapped in an indenter) and the space after the list.
_HEADS = (Paragraph, DDIndenter, Spacer)


class KeepWithStart(KeepTogether):
    """KeepTogether that may split its last flowable where the page ends: a heading, or a
    list's last items (`list_keeps`), with the start of the paragraph after them, unless that
    paragraph is to be kept whole (`bk_whole`, `list_keeps.kept_whole`)."""

    def split(self, aW: float, aH: float) -> list[Flowable]:
        content = self._content
        frame = getattr(self, "_frame", None)
        opened = getattr(frame, "bk_extended", 0.0)
        if opened:  # the page's reserve is open to this group (`may_use_reserve`) only whole
            if getattr(self, "_wrapInfo", None) != (aW, aH):
                self.wrap(aW, aH)
            if self._H <= aH:
                return self._opened(content[:])
            aH -= opened
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        if (len(content) >= 2 and not at_top and isinstance(content[-1], _SPLITTABLE)
                and not getattr(content[-1], "bk_whole", False)
                and all(isinstance(f, _HEADS) for f in content[:-1])):
            heads, last = content[:-1], content[-1]
            used, prev_after = 0.0, 0.0
            for n, f in enumerate(heads):
                _, h = f.wrap(aW, aH)
                used += h + (max(f.getSpaceBefore(), prev_after) if n else 0.0)
                prev_after = f.getSpaceAfter()
            room = aH - used - max(last.getSpaceBefore(), prev_after)
            if room > 0:
                last.wrap(aW, room)
                parts = last.split(aW, room)
                # A list "splits" into all its items whatever the room: the first part must
                # itself fit, or the heading would still end the page.
                if len(parts) >= 2 and parts[0].wrap(aW, room)[1] <= room:
                    return [*heads, *parts]
        return super().split(aW, aH)

    def _opened(self, parts: list[Flowable]) -> list[Flowable]:
        """The group's parts, given the reserve as the frame places them one by one. Only a
        group that fits whole: one split where the page ends goes on overleaf, where a word
        processor's taller lines would move what follows it."""
        frame = getattr(self, "_frame", None)
        getattr(frame, "bk_open", set()).update(id(p) for p in parts)
        return parts


def may_use_reserve(flowables: list[Flowable]) -> None:
    """Marks a kept-together group that ends its section (`bk_ends_section`): the page's
    reserve, the headroom kept free for a word processor's taller lines (`fit.DOCX_RESERVE`),
    is room it may use.

    Why: the reserve keeps the PDF's page breaks where the DOCX will have them. A group that a
    section's heading follows changes no page number by using it: what comes after it starts
    the next page in both formats, whether or not the word processor needs that headroom and
    carries the group over too. Without it such a group (a list's last items with the sentence
    closing the list) moved whole to the next page and left a fifth of the page blank, where
    LibreOffice kept it (MSF's full profile, round 64: "Satellites" and its two entries alone
    at the top of page 5). Not a group that holds a heading: carried over by the word
    processor, that heading would stand on another page than the contents list says."""
    if len(flowables) >= 2 and isinstance(flowables[0], KeepWithStart) and _starts_section(flowables[1]) \
            and not any(_starts_section(f) for f in flowables[0]._content):
        # a heading inside the group would change page where the word processor carries it over
        flowables[0].bk_ends_section = True


def is_heading(f: Flowable) -> bool:
    """A heading's paragraph: it carries its outline level."""
    return getattr(f, "bk_level", None) is not None


def _starts_section(f: Flowable) -> bool:
    """A heading, or the first flowable of a block the layout treats as a section of its own
    (`bk_start` True: a callout, a captioned table)."""
    return is_heading(f) or getattr(f, "bk_start", False) is True


def open_list_after_heading(flowables: list[Flowable]) -> None:
    """A list right after a heading is given as its items.

    ReportLab never puts a list (a container) in a keep-together group, so "keep with next"
    on the heading before a list does nothing, and the heading can end a page with its list on
    the next. As separate items, the heading keeps with the first one. The same holds for a
    heading and the line that introduces the list ("Structure", "Headquarters", then the list)."""
    # the list may follow a chain kept together: a heading, then the line introducing the list
    k = 0
    while k < len(flowables) - 1 and k < 3 and flowables[k].getKeepWithNext():
        k += 1
    if (k >= 1 and isinstance(flowables[k], ListFlowable) and getattr(flowables[k], "_content", None)):
        flowables[k:k + 1] = no_lone_items(list(flowables[k]._content), listed=getattr(flowables[k], "bk_list", None))


def no_lone_items(content: list[Flowable], followed: bool = False, listed: int | None = None,
                  inner: bool = False) -> list[Flowable]:
    """A list's items as it splits across pages, kept by `list_keeps.kept_with_next`: a page
    never ends on a list's first item or two, nor starts with its last (a reader takes a lone
    bullet for the whole list), nor ends on an item whose sub-items are on the next.

    A nested list is given as its own items (split by this same rule), so a parent keeps with
    its first sub-item, not with the whole sub-list, and a nested list kept with what follows
    keeps its last item with it.

    "Keep with next" on the items, not a KeepTogether around them: the layout engine chains
    keep-with-next flowables (a heading, then the first items) but never puts a container in
    such a chain, so a heading would again end the page above a KeepTogether.

    `followed`: a paragraph of the list's section comes next, and its last items keep with it
    (see `list_keeps`). `listed`: the list's block index, given to every entry (`bk_list`), so
    the layout can tell which pages a list's entries landed on. `inner`: the list is nested in
    another (`list_keeps.SHORT_NESTED`)."""
    items = list(content)
    nested = [isinstance(getattr(f, "_flowable", None), ListFlowable) for f in items]
    kept = set(kept_with_next(nested, followed, inner))
    out: list[Flowable] = []
    for i, item in enumerate(items):
        # an indented nested list splits into its items, indented (the sizes do not matter)
        parts = item.split(0, 0) if nested[i] else [item]
        if i in kept and parts:
            parts[-1] = _unshared(parts[-1])  # multiBuild lays the same story out again: no marks left behind
            parts[-1].keepWithNext = 1
        if listed is not None:
            for part in parts:  # the same mark on every pass, so it may rest on the story's own items
                part.bk_list = listed
        out.extend(parts)
    return out


def _unshared(f: Flowable) -> Flowable:
    """A copy of `f` to mark. A list item comes wrapped in indenters, which set any attribute
    on the flowable they wrap: that is copied too, or the mark lands on the story's own item."""
    c = copy.copy(f)
    if isinstance(f, DDIndenter):
        c.__dict__["_flowable"] = _unshared(f._flowable)
    return c


class KeptList(ListFlowable):
    """A ListFlowable that splits by `no_lone_items`."""

    def split(self, aW: float, aH: float) -> list[Flowable]:
        return no_lone_items(list(self._content), listed=getattr(self, "bk_list", None),
                             inner=getattr(self, "bk_inner", False))
