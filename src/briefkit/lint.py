"""Lint: suspected data problems in a seed, each pointing at a file and line.

The readers notice these problems while reading (a removed link leaving `that , the`, empty or
duplicate infobox values, wiki leftovers they could not clean, dates whose year they could not
infer, paragraphs cut off without closing punctuation) and report them as `Finding`s instead of guessing silently. `lint` only runs a reader and
returns what it noticed, so `briefkit lint` and `briefkit build` never disagree about a seed.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
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
LINK_GAP = "link-gap"
EMPTY_VALUE = "empty-value"
DUPLICATE_KEY = "duplicate-key"
WIKI_MARKUP = "wiki-markup"
YEAR_UNKNOWN = "year-unknown"
BAD_DATE = "bad-date"
EMPTY_AFTER_CLEANING = "empty-after-cleaning"
ORPHAN_LABEL = "orphan-label"
EMPTY_SECTION = "empty-section"
UNBALANCED_HEADING = "unbalanced-heading"
EMPTY_HEADING = "empty-heading"
MALFORMED_INFOBOX = "malformed-infobox"
CONTROL_CHAR = "control-char"
UNFINISHED_SENTENCE = "unfinished-sentence"
UNREADABLE = "unreadable"


def lint(path: str | Path) -> list[Finding]:
    """Findings for one seed, in file order.

    A seed that cannot be read at all is itself a finding (`unreadable`), so linting many
    seeds reports every broken one instead of stopping at the first.
    """
    from .errors import SeedError
    from .readers import read_with_findings

    try:
        _, findings = read_with_findings(path)
    except SeedError as err:
        return [Finding(err.file or str(path), err.line, UNREADABLE, err.message)]
    return sorted(findings, key=lambda f: (f.file, f.line or 0))
