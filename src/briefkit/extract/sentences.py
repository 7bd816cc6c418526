"""Sentence splitting for extraction: one dated statement is one sentence.

Errs on the side of not splitting: never inside double quotes (a quoted speech of three
sentences stays with the sentence that introduces it), never after an abbreviation or an
initial ("abbr.", "D.R.U.G.", "J. Smith").
"""
from __future__ import annotations

import re

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "maj", "capt", "sgt", "rev", "jr",
    "sr", "no", "vs", "etc", "e.g", "i.e", "approx", "abbr", "inc", "ltd", "co", "corp", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "fig", "vol",
    "cf", "al", "lit", "c", "ca",
}
_BOUNDARY = re.compile(r"""[.!?…]+["'”’»)\]]*\s+(?=["'“‘«(\[]?[^\W_a-z])""")


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs covering `text`; whitespace inside is left as it is."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        candidate = text[start : m.end()].strip()
        if _inside_quotes(text[start : m.end()]):
            continue
        words = candidate.rstrip("!?…\"'”’»)] ").split()
        last = words[-1].lower().lstrip("\"'“‘«([") if words else ""  # "(abbr." is "abbr."
        bare = last.rstrip(".")
        # "abbr.", "Dr." and initials ("J.", "D.R.U.G.") do not end sentences.
        if bare in _ABBREVIATIONS or re.fullmatch(r"(?:\w\.)*\w", bare):
            continue
        if candidate:
            out.append((start, candidate))
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append((start, tail))
    return out


def _inside_quotes(text: str) -> bool:
    straight = text.count('"') % 2 == 1
    curly = text.count("“") > text.count("”")
    guillemets = text.count("«") > text.count("»")
    return straight or curly or guillemets
