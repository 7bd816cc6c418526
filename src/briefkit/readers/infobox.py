"""Infobox entries → cleaned, labelled key facts.

An infobox arrives as `- Key: Value` lines. Three things turn them into facts a reader can use:

* cleaning (`wikiclean`): image sizes and stubs go, flattened lists become nested items;
* pairing: `X` + `X Label: L` is one fact labelled L (`Commander2` + `Commander2 Label:
  Spokesperson` → "Spokesperson: Kostiantyn Denysov");
* reporting: empty values, duplicate keys, values that are empty once cleaned and leftovers that
  could not be cleaned become findings rather than silent drops, so no line is lost unseen.
"""
from __future__ import annotations

from .. import recache as re
from ..records import field

from ..findings import (
    DUPLICATE_KEY,
    EMPTY_AFTER_CLEANING,
    EMPTY_VALUE,
    LINK_GAP,
    ORPHAN_LABEL,
    WIKI_MARKUP,
    Finding,
)
from ..records import record
from ..text import cap_first
from ..model import Fact, ListItem, Source
from .lists import RawItem, build_tree
from .textfile import normalise_space
from .wikiclean import clean_value, link_gaps, markup_leftovers, split_flat_list

# Wiki infoboxes name the label of `X` as `X Label` (capital L, its own word); a key such as
# "Record label" is an ordinary fact.
_LABEL_KEY = re.compile(r"^(?P<base>.+?)\s+Label$")
_TRAILING_NUMBER = re.compile(r"\s*\d+$")
# The keys of a picture and its words: `Image`, `Logo`, `Image Caption`, `Logo size`, `Alt`.
_IMAGE_KEY = re.compile(r"(?i)^(?:(?:image|logo|photo|picture|emblem\s+image|insignia\s+image)(?:\s*(?:caption|size|alt|"
                        r"upright|width|alt\s+text))?|caption|alt)\s*\d*$")


@record
class Entry:
    """One raw `- Key: Value` line, with indented bullet lines below it as `children`."""

    key: str
    value: str
    line: int
    children: list[RawItem] = field(default_factory=list)


def _fold(key: str) -> str:
    return normalise_space(key).casefold()


def display_label(key: str) -> str:
    """`Commander2` → `Commander`: numbered keys exist only to keep wiki keys unique.
    Wiki-source keys (`current_commander`) read as labels (`Current commander`)."""
    key = normalise_space(key.replace("_", " "))
    label = _TRAILING_NUMBER.sub("", key) or key
    return cap_first(label)


def build_facts(entries: list[Entry], file: str) -> tuple[list[Fact], list[Finding]]:
    """Facts in infobox order, plus the findings about entries that did not become facts."""
    findings: list[Finding] = []
    keys = {_fold(e.key) for e in entries}

    # `X Label` entries whose X exists label X; they are not facts of their own.
    labels: dict[str, Entry] = {}
    rest: list[Entry] = []
    for e in entries:
        m = _LABEL_KEY.match(normalise_space(e.key))
        if m and _fold(m.group("base")) in keys:
            base = _fold(m.group("base"))
            if base in labels:
                findings.append(Finding(file, e.line, DUPLICATE_KEY,
                                        f'"{e.key}" appears again (first on line {labels[base].line}): "{e.value}"'))
                continue
            labels[base] = e
        else:
            if m and not e.children:
                # A label of nothing is not a fact; the finding keeps its text visible.
                findings.append(Finding(file, e.line, ORPHAN_LABEL,
                                        f'"{e.key}: {e.value}" labels no entry "{m.group("base")}"'))
                continue
            rest.append(e)

    facts: list[Fact] = []
    by_key: dict[str, Fact] = {}
    # A number is dropped from a key only when no other key shares its base: `Commander2` alone
    # reads "Commander", but `Native Name` and `Native Name 2` keep their own labels.
    bases: dict[str, int] = {}
    for e in rest:
        if _fold(e.key) not in labels:
            base = _fold(display_label(e.key))
            bases[base] = bases.get(base, 0) + 1
    for e in rest:
        fold = _fold(e.key)
        label_entry = labels.get(fold)
        label = clean_value(label_entry.value) if label_entry else ""
        shown = display_label(e.key)
        if bases.get(_fold(shown), 0) > 1 and _TRAILING_NUMBER.search(e.key):
            shown = cap_first(normalise_space(e.key.replace("_", " ")))
        label = label or shown
        label_note = f' (labelled "{label_entry.value}" on line {label_entry.line})' if label_entry else ""
        raw = normalise_space(e.value)
        text = clean_value(raw)

        if not raw and not e.children:
            findings.append(Finding(file, e.line, EMPTY_VALUE, f'"{e.key}" has no value{label_note}'))
            continue
        if raw and not text and not e.children:
            findings.append(Finding(file, e.line, EMPTY_AFTER_CLEANING,
                                    f'"{e.key}" is empty once wiki leftovers are removed: "{raw}"{label_note}'))
            continue

        if _IMAGE_KEY.match(normalise_space(e.key)) and not e.children:
            # "Image Caption: Emblem of the corps" describes a picture no briefing shows
            findings.append(Finding(file, e.line, EMPTY_AFTER_CLEANING,
                                    f'"{e.key}" describes an image, which briefings do not show: "{raw}"'))
            continue
        src = Source(file=file, line=e.line)
        fact = _fact(label, text, e, src)
        for bit in markup_leftovers(text):
            findings.append(Finding(file, e.line, WIKI_MARKUP, f'"{e.key}" keeps markup {bit!r}: "{text}"'))
        for gap in link_gaps(text):
            findings.append(Finding(file, e.line, LINK_GAP, f'"{e.key}": text seems to miss a link: "{gap}"'))

        if fold in by_key:
            first = by_key[fold]
            findings.append(Finding(file, e.line, DUPLICATE_KEY,
                                    f'"{e.key}" appears again (first on line {first.source.line}): "{raw}"'))
            if fact.text and fact.text not in first.text.split("; "):
                first.text = f"{first.text}; {fact.text}" if first.text else fact.text
            _merge_items(first.items, fact.items)
            continue
        by_key[fold] = fact
        facts.append(fact)
    return facts, findings


def _merge_items(into: list[ListItem], new: list[ListItem]) -> None:
    """Add `new` items to `into`; an item already there (same text) gets the new children."""
    for item in new:
        same = next((i for i in into if i.text == item.text), None)
        if same is None:
            into.append(item)
        else:
            _merge_items(same.children, item.children)


def _fact(label: str, text: str, e: Entry, src: Source) -> Fact:
    flat = split_flat_list(text)
    items: list[ListItem] = []
    if flat:
        items = build_tree([RawItem(i.depth, i.text, e.line) for i in flat], src.file)
        text = ""
    if e.children:
        kids = build_tree(
            [RawItem(c.depth, clean_value(c.text), c.line) for c in e.children if clean_value(c.text)],
            src.file,
        )
        if items:
            items[-1].children.extend(kids)
        elif text:
            items = [ListItem(text=text, children=kids, source=src)]
            text = ""
        else:
            items = kids
    return Fact(label=label, text=text, items=items, source=src)

