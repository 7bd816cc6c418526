"""Where an article seed came from, for the brief's source and licence line.

The plain-text article format is a copy of an encyclopaedia article, so by default the source
is Wikipedia under CC BY-SA 4.0 at the URL derived from the title (spaces → underscores), which
is what the licence requires a derived brief to credit. An article that says otherwise carries a
`Source` block (`- Publisher: ...`, `- URL: ...`, `- Licence: ...`, `- Licence URL: ...`,
`- Retrieved: ...`, `- Title: ...`); its values win, field by field.
"""
from __future__ import annotations

from urllib.parse import quote

from ..findings import EMPTY_VALUE, MALFORMED_INFOBOX, Finding
from ..model import SourceInfo, url_problem
from .infobox import Entry
from .textfile import normalise_space

WIKIPEDIA = "Wikipedia"
WIKIPEDIA_BASE = "https://en.wikipedia.org/wiki/"
DEFAULT_LICENCE = "CC BY-SA 4.0"
DEFAULT_LICENCE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"

_FIELDS = {
    "publisher": "publisher", "source": "publisher", "site": "publisher",
    "url": "url", "link": "url", "address": "url",
    "licence": "licence", "license": "licence",
    "licence url": "licence_url", "license url": "licence_url",
    "retrieved": "retrieved", "accessed": "retrieved", "as of": "retrieved",
    "title": "title",
}


def wikipedia_url(title: str) -> str:
    return WIKIPEDIA_BASE + quote(title.replace(" ", "_"), safe="_()',-.!:~*")


def source_info(title: str, entries: list[Entry], file: str) -> tuple[SourceInfo, list[Finding]]:
    given: dict[str, str] = {}
    findings: list[Finding] = []
    for e in entries:
        key = _FIELDS.get(normalise_space(e.key).casefold())
        value = normalise_space(e.value)
        if key is None:
            findings.append(Finding(file, e.line, MALFORMED_INFOBOX, f"unknown source field {e.key!r}: {value!r}"))
        elif not value:
            findings.append(Finding(file, e.line, EMPTY_VALUE, f"source field {e.key!r} has no value"))
        elif key in ("url", "licence_url") and url_problem(value):
            findings.append(Finding(file, e.line, MALFORMED_INFOBOX, f"source {e.key} ignored: {url_problem(value)}"))
        else:
            given[key] = value
    info = SourceInfo(
        title=given.get("title", title),
        publisher=given.get("publisher", WIKIPEDIA),
        url=given.get("url", wikipedia_url(title) if given.get("publisher", WIKIPEDIA) == WIKIPEDIA else None),
        licence=given.get("licence", DEFAULT_LICENCE if "publisher" not in given else None),
        licence_url=given.get("licence_url"),
        retrieved=given.get("retrieved"),
    )
    if info.licence == DEFAULT_LICENCE and info.licence_url is None:
        info.licence_url = DEFAULT_LICENCE_URL
    return info, findings
