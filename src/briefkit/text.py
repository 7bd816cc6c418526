"""Plain-text helpers shared by compose, the fit step and the tests.

Sentence splitting decides where a shortened summary may stop, so it errs on the side of
not splitting: a cut inside "D.R.U.G" or after "Mr." would produce a broken sentence in a
brief, while a missed boundary only makes a summary one sentence longer.
"""
from __future__ import annotations

import re

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "maj", "capt", "sgt", "rev",
    "jr", "sr", "no", "vs", "etc", "e.g", "i.e", "approx", "abbr", "inc", "ltd", "co", "corp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
    "u.k", "fig", "vol", "cf", "al",
}

# A boundary: sentence punctuation, optional closing quotes/brackets, whitespace, then
# something that can start a sentence (capital letter in any script, digit, opening quote).
_BOUNDARY = re.compile(r"""([.!?…]+["'”’»)\]]*)\s+(?=["'“‘«(\[]?[^\W\d_a-z]|["'“‘«(\[]?\d)""")


def normalise_space(text: str) -> str:
    return " ".join(text.split())


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping each sentence's own punctuation."""
    text = normalise_space(text)
    if not text:
        return []
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        candidate = text[start : m.end(1)]
        last_word = re.split(r"\s", candidate.rstrip(".!?…\"'”’»)]"))[-1].lower()
        # "D.R.U.G. Group", "J. Smith": single letters and abbreviations do not end sentences.
        if last_word.rstrip(".") in _ABBREVIATIONS or re.fullmatch(r"(\w\.)*\w", last_word) and len(last_word) <= 2:
            continue
        if candidate.strip():
            out.append(candidate.strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def first_sentences(text: str, n: int) -> str:
    """The first `n` sentences of `text`: never cuts inside a sentence."""
    if n <= 0:
        return ""
    return " ".join(split_sentences(text)[:n])


def truncate_words(text: str, limit: int) -> str:
    """Shorten a label on a word boundary, marking the cut with an ellipsis."""
    text = normalise_space(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(",;:–- ") + "…"


def slugify(text: str) -> str:
    """File-system and anchor friendly name; keeps non-Latin letters rather than dropping them."""
    slug = re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-_")
    return slug or "untitled"
