"""Style map: briefkit's style names resolved to style ids in the target document.

A user's reference document may already define "Heading 1" (with a localised id such as
"berschrift1"); its definition wins and the writer uses its id. A style it lacks is added
from `styles.style_defs` with one warning naming them all, so the output never names a
style that does not exist. Without a reference, briefkit's definitions replace python-docx's
template styles outright (and the template's linked character styles go with them).
"""
from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import qn

from ...records import record
from ...theme import Theme
from .numbering import Numbering
from . import oxml
from .styles import StyleDef, style_defs, style_xml


@record(frozen=True)
class StyleState:
    """A StyleMap's findings: style ids by name, the styles it added, default list ids, and
    the numbering each style carries (`StyleMap.list_numbering`), so a copy of its document
    need not read its styles part at all."""

    ids: dict[str, str]
    added: frozenset[str]
    list_defaults: dict[str, int]
    list_numbering: dict[str, tuple[int, int] | None]


class DocxStyleWarning(UserWarning):
    """A reference document lacks a style briefkit needs; the default definition was added."""



def theme_style_defs(theme: Theme) -> list[StyleDef]:
    """`style_defs(theme)`, made once per theme and process (`_THEME_DEFS`): every DOCX's
    style map asks, even one reopened from a prepared base, three a profile, and making the
    list took a quarter of a millisecond of string formatting. A StyleDef is frozen, so the
    lists share them; each caller gets a list of its own. A theme that cannot be hashed (made
    in code with a list in it) gets its styles made each time."""
    try:
        made = _THEME_DEFS.get(theme)
    except TypeError:
        return style_defs(theme)
    if made is None:
        if len(_THEME_DEFS) >= 8:
            _THEME_DEFS.clear()
        made = _THEME_DEFS[theme] = tuple(style_defs(theme))
    return list(made)


_THEME_DEFS: dict[Theme, tuple[StyleDef, ...]] = {}

class StyleMap:
    """Resolves style names to ids in the target document, adding missing ones."""

    def __init__(self, doc: Any, theme: Theme, replace_all: bool, source: Path | None):
        self.doc = doc
        self.theme = theme
        self.source = source
        self._numbering_of: dict[str, tuple[int, int] | None] = {}
        self._used_ids: set[str] | None = None  # style ids in the styles part, once `_add` asks
        self.defs = theme_style_defs(theme)
        self.ids: dict[str, str] = {}
        self.missing: list[str] = []
        self.added: set[str] = set()
        self.numbering = Numbering(doc, theme, fresh=replace_all)
        existing = self._existing()
        if replace_all:
            replaced = set()
            for d in self.defs:
                el = existing.get(d.name.lower())
                if el is not None:
                    replaced.add(el.get(qn("w:styleId")))
                    self.root.remove(el)
            # The template's "Heading 1 Char" and the like are linked to the styles just
            # replaced; left behind they would carry the template's look into Word's menus.
            for el in self.root.findall(qn("w:style")):
                link = el.find(qn("w:link"))
                if el.get(qn("w:type")) == "character" and link is not None and link.get(qn("w:val")) in replaced:
                    self.root.remove(el)
            self._set_doc_defaults()
            existing = self._existing()
        for d in self.defs:
            el = existing.get(d.name.lower())
            if el is not None:
                self.ids[d.name] = el.get(qn("w:styleId"))
        for d in self.defs:
            if d.name not in self.ids:
                self._add(d, warn=not replace_all)
        self._link_next()
        if self.missing:
            # One warning per reference document, naming every style that was filled in.
            warnings.warn(
                f"{source}: reference document lacks style(s) {', '.join(self.missing)}; "
                "briefkit's defaults were added",
                DocxStyleWarning, stacklevel=5,
            )

    def _link_next(self) -> None:
        """Give added styles their "style for following paragraph" now that every style
        exists (a Title is followed by a Subtitle, defined after it)."""
        by_id = self._by_id()
        for d in self.defs:
            if d.name not in self.added or not d.next or d.next not in self.ids:
                continue
            el = by_id.get(self.ids[d.name])
            if el is None or el.find(qn("w:next")) is not None:
                continue
            nxt = oxml.el("w:next", **{"w:val": self.ids[d.next]})
            anchor = el.find(qn("w:basedOn"))
            (anchor if anchor is not None else el.find(qn("w:name"))).addnext(nxt)

    def _existing(self) -> dict[str, Any]:
        out = {}
        for el in self.root.findall(qn("w:style")):
            name = el.find(qn("w:name"))
            if name is not None:
                out.setdefault(name.get(qn("w:val")).lower(), el)
        return out

    def _set_doc_defaults(self) -> None:
        """Document defaults follow Normal, so text outside any style still looks right."""
        dd = self.root.find(qn("w:docDefaults"))
        if dd is not None:
            self.root.remove(dd)

    def _by_id(self) -> dict[str, Any]:
        """The styles part's styles by id, the first of each id, as `find` would give them.
        Why: looking a style up by id with `find` reads every style before it, and preparing
        the default base looked up each of some seventy styles so (and each one's basedOn
        chain), a third of the time the first DOCX of a process took."""
        out: dict[str, Any] = {}
        for el in self.root.findall(qn("w:style")):
            out.setdefault(el.get(qn("w:styleId")), el)
        return out

    def _add(self, d: StyleDef, warn: bool) -> None:
        if self._used_ids is None:
            self._used_ids = {el.get(qn("w:styleId")) for el in self.root.findall(qn("w:style"))}
        used_ids = self._used_ids
        sid, i = d.style_id, 2
        while sid in used_ids:
            sid, i = f"{d.style_id}{i}", i + 1
        if d.based_on and d.based_on not in self.ids:
            base = next((x for x in self.defs if x.name == d.based_on), None)
            if base is not None:
                self._add(base, warn)
        if d.name in self.ids:
            return
        num_ids = {}
        if d.list_kind:
            num_ids[d.list_kind] = self.numbering.default_num(d.list_kind)
        el = parse_xml(style_xml(StyleDef(**{**d.__dict__, "style_id": sid}), self.ids, num_ids))
        self.root.append(el)
        used_ids.add(sid)
        self.ids[d.name] = sid
        self.added.add(d.name)
        if warn:
            self.missing.append(d.name)

    def snapshot(self) -> StyleState:
        """What this map learnt about its document, to reopen a copy of it (see `reopen`)."""
        by_id = self._by_id()
        for name in self.ids:
            if name not in self._numbering_of:
                self._numbering_of[name] = self._find_list_numbering(name, by_id)
        return StyleState(dict(self.ids), frozenset(self.added), dict(self.numbering._defaults),
                          {name: self.list_numbering(name) for name in self.ids})

    @classmethod
    def reopen(cls, doc: Any, theme: Theme, state: StyleState) -> StyleMap:
        """The map of `doc`, a copy of the document whose map gave `state`: its styles and
        list definitions are already in place, so nothing is looked up, added or warned."""
        self = cls.__new__(cls)
        self.doc, self.theme, self.source = doc, theme, None
        self._numbering_of = dict(state.list_numbering)
        self._used_ids = None
        self.defs = theme_style_defs(theme)
        self.ids = dict(state.ids)
        self.missing = []
        self.added = set(state.added)
        self.numbering = Numbering(doc, theme, fresh=False)
        self.numbering._defaults = dict(state.list_defaults)
        return self

    @property
    def root(self) -> Any:
        """The styles part's XML, looked up when used: a copy of a prepared base parses its
        styles part only if it is read (see `lazy_styles`)."""
        return self.doc.styles.element

    def id(self, name: str) -> str:
        return self.ids[name]

    def list_numbering(self, name: str) -> tuple[int, int] | None:
        """(numId, ilvl) a list style carries, following basedOn, or None."""
        if name not in self._numbering_of:
            self._numbering_of[name] = self._find_list_numbering(name)
        return self._numbering_of[name]

    def _find_list_numbering(self, name: str, by_id: dict[str, Any] | None = None) -> tuple[int, int] | None:
        if by_id is None:
            by_id = self._by_id()
        el = by_id.get(self.ids[name])
        seen = set()
        while el is not None and el.get(qn("w:styleId")) not in seen:
            seen.add(el.get(qn("w:styleId")))
            num = el.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num is not None:
                nid = num.find(qn("w:numId"))
                lvl = num.find(qn("w:ilvl"))
                if nid is not None:
                    return int(nid.get(qn("w:val"))), int(lvl.get(qn("w:val"))) if lvl is not None else 0
            based = el.find(qn("w:basedOn"))
            if based is None:
                return None
            el = by_id.get(based.get(qn("w:val")))
        return None
