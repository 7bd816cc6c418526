"""The styles part of a prepared base, parsed only if a document reads or changes it.

Why: the default base's styles part is 355 KB of XML (briefkit's styles and Word's latent
style list) and is the same in every document of a theme and language: the base is
prepared with them (`reference._prototype`) and writing a body only names style ids the
style map already knows. Opening each copy still parsed it and saving serialized it again,
a third of a DOCX write. Here the part keeps the bytes it was opened with and hands them
back unchanged when saved; whoever asks for its XML gets it parsed then, and from then on
the part is an ordinary one.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.oxml import serialize_part_xml
from docx.opc.part import Part, PartFactory
from docx.oxml.parser import parse_xml
from docx.parts.styles import StylesPart


class LazyStylesPart(StylesPart):
    """A StylesPart whose XML is parsed on first use; until then its blob is the bytes it
    was loaded from."""

    def __init__(self, partname: Any, content_type: str, blob: bytes, package: Any):
        Part.__init__(self, partname, content_type, package=package)
        self._source = blob
        self._parsed: Any = None

    @classmethod
    def load(cls, partname: Any, content_type: str, blob: bytes, package: Any) -> LazyStylesPart:
        return cls(partname, content_type, blob, package)

    @property
    def _element(self) -> Any:  # what XmlPart's methods and properties read
        if self._parsed is None:
            self._parsed = parse_xml(self._source)
        return self._parsed

    @_element.setter
    def _element(self, element: Any) -> None:
        self._parsed = element

    @property
    def parsed(self) -> bool:
        return self._parsed is not None

    @property
    def blob(self) -> bytes:
        return self._source if self._parsed is None else serialize_part_xml(self._parsed)


_LOCAL = threading.local()  # inside `lazy_styles()` in this thread


def _install() -> None:
    """Put our chooser in front of python-docx's hook for choosing part classes, once: it
    picks `LazyStylesPart` for a styles part opened inside `lazy_styles()` in the same thread
    and otherwise asks the chooser it replaced (python-docx's own picks image parts), so
    packages opened anywhere else, by other threads or by a program using python-docx
    itself, get the parts they always did."""
    previous = getattr(PartFactory, "part_class_selector", None)
    if getattr(previous, "briefkit_lazy_styles", False):
        return

    def select(content_type: str, reltype: str) -> type[Part] | None:
        if content_type == CT.WML_STYLES and getattr(_LOCAL, "active", False):
            return LazyStylesPart
        return previous(content_type, reltype) if previous is not None else None

    select.briefkit_lazy_styles = True  # type: ignore[attr-defined]
    PartFactory.part_class_selector = select


@contextmanager
def lazy_styles() -> Iterator[None]:
    """Packages opened inside, in this thread, get a `LazyStylesPart`."""
    _install()
    _LOCAL.active = True
    try:
        yield
    finally:
        _LOCAL.active = False
