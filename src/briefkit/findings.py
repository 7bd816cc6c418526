"""Findings: suspected data problems, each pointing at a file and line.

The readers and extractors notice problems while reading (a removed link leaving `that , the`,
empty or duplicate infobox values, wiki leftovers they could not clean, dates whose year they
could not infer) and report them as `Finding`s instead of guessing silently. This module sits at
the bottom of the package beside `errors.py` and imports nothing of ours, so readers, extract and
lint can all use it without importing each other.
"""
from __future__ import annotations

from .records import record


@record(frozen=True)
class Finding:
    """One suspected problem: where it is and what it is.

    `code` is a short stable identifier (e.g. `link-gap`) so findings can be filtered or
    counted; `message` is for people and quotes the offending text.
    """

    file: str
    line: int | None
    code: str
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.code} {self.message}"


# Codes, in one place so tests and documentation agree on them.
LINK_GAP = "link-gap"  # `that , the`, `( ; )`: a link removed in copying left a hole
EMPTY_VALUE = "empty-value"  # `- Founded:` with nothing, an empty list item, an empty infobox
DUPLICATE_KEY = "duplicate-key"  # the same infobox key twice (values are merged)
WIKI_MARKUP = "wiki-markup"  # `[[`, `{{`, `<b>`, `''` ... kept as text because it could not be cleaned
YEAR_UNKNOWN = "year-unknown"  # "On 4 July" with no earlier year to take it from
BAD_DATE = "bad-date"  # "29 February" in an inferred year that has none
EMPTY_AFTER_CLEANING = "empty-after-cleaning"  # a value that was only image debris (`border|100px`)
ORPHAN_LABEL = "orphan-label"  # `X Label: L` with no `X`
EMPTY_SECTION = "empty-section"  # a heading with no text and no subsections
UNBALANCED_HEADING = "unbalanced-heading"  # `== History =`
EMPTY_HEADING = "empty-heading"  # a line of `=` only
MALFORMED_INFOBOX = "malformed-infobox"  # an infobox line that is not `Key: Value`, an unknown Source field
CONTROL_CHAR = "control-char"  # control characters removed from a line
UNFINISHED_SENTENCE = "unfinished-sentence"  # a long paragraph without closing punctuation
UNREADABLE = "unreadable"  # the seed cannot be read at all (the SeedError's message)
