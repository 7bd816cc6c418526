"""Who owns or controls the organisation now, as the article's prose says it.

A company's infobox rarely has an owner row, while its text often says who holds it: "The
Finnish state is its majority shareholder"; "the Wallenberg family, through Investor AB, and
the Handelsbanken sphere, through Industrivärden, acquired the voting shares that still give
them control of the company". For a reader of a snapshot that is the company's allegiance,
the row a unit's "Branch" or an agency's "Parent agency" fills.

The judgement, so that a reader can argue with it:
- Only the present counts: "is its majority shareholder", "is owned by", "still give them
  control". A past stake ("bought a controlling stake in 1914", later sold) is history, and a
  denial ("was not controlled by the ruling party") names no owner.
- Only the organisation's own owner: "its" counts in the lead, which is about the organisation
  throughout; elsewhere the sentence must name the company as "the company" (or "it" as the
  one that is owned). "DEA, owned by LetterOne" is another body's owner.
- The owner is given as the article words it, without the clause that opened the sentence
  ("After the collapse of the Kreuger group in the early 1930s, ...") and with an aside on
  how it holds its stake in brackets ("the Wallenberg family (through Investor AB)").
"""
from __future__ import annotations

from .. import recache as re

from ..model import Paragraph, Profile, Source
from ..records import record
from ..fit_scope import kept
from ..text import cap_first, sentence_spans

_BODY = r"(?:company|group|firm|bank|airline|business|corporation|conglomerate|carrier|insurer|publisher)"

# "The Finnish state is its majority shareholder", "X is the company's largest shareholder"
_IS_SHAREHOLDER = re.compile(
    rf"(?P<who>[^.;:]+?)\s+(?:is|are|remains|remain)\s+(?:(?P<its>its)|the\s+{_BODY}(?:'s|’s))\s+"
    rf"(?P<how>majority|largest|controlling|principal|main|biggest|dominant)\s+(?:shareholders?|owners?)\b")
# "..., acquired the voting shares that still give them control of the company"
_GIVE_CONTROL = re.compile(
    rf"(?P<who>[^.;:]+?)\s+(?:acquired|bought|obtained|hold|holds|held|own|owns|kept|keep|keeps)\s+"
    rf"[^.;:]*?\b(?:that|which)\s+(?:still\s+)?gives?\s+(?:them|it|him|her)\s+control\s+of\s+(?:the\s+{_BODY}|it)\b")
# "It is majority-owned by X", "The company is controlled by X"
_OWNED_BY = re.compile(
    rf"(?:^|[,;]\s*)(?:(?P<its>It)|The\s+{_BODY})\s+is\s+(?:now\s+)?(?P<how>(?:majority|wholly|largely|jointly)[- ])?"
    rf"(?P<verb>owned|controlled)\s+by\s+(?P<who>[^.;]+?)(?=\s*[.;]|,\s+(?:which|who|and|but)\b|$)")

# a clause that opens the sentence before its subject: "After the collapse of X in the 1930s, "
_OPENING = re.compile(r"^(?:After|Before|Following|During|In|On|Since|From|By|With|Under|Through|Between|Until)\b"
                      r"[^,]*,\s+")
# an aside on how the owner holds its stake: ", through Investor AB," -> " (through Investor AB)"
_HOW_HELD = re.compile(r",\s+((?:through|via|by\s+way\s+of)\s+[^,;]+?)(?=,|$)")


@record(frozen=True)
class Owner:
    label: str  # "Controlled by", "Majority shareholder"
    text: str
    source: Source | None


def _who(phrase: str) -> str | None:
    """The owner as a key fact gives it: the sentence's opening clause dropped, a leading "the"
    dropped, an aside on how it holds its stake in brackets. None for a pronoun or a phrase too
    long to be a name ("which" clauses, whole sentences)."""
    who = _OPENING.sub("", " ".join(phrase.split())).strip(" ,")
    who = _HOW_HELD.sub(r" (\1)", who)
    who = re.sub(r",\s+and\s+", " and ", who)
    who = re.sub(r"^(?:the|The)\s+", "", who)
    if not who or re.match(r"(?i)(?:it|they|he|she|this|that|which|who)\b", who) or len(who.split()) > 20:
        return None
    if not re.search(r"[A-ZÀ-Þ]", who):
        return None  # "a group of investors": no one the reader could look up
    return cap_first(who)


def _sentences(profile: Profile):
    for b in profile.lead:
        if isinstance(b, Paragraph):
            for _, s in sentence_spans(" ".join(b.text.split())):
                yield s, b.source, True
    for sec in profile.all_sections():
        for b in sec.blocks:
            if isinstance(b, Paragraph):
                for _, s in sentence_spans(" ".join(b.text.split())):
                    yield s, b.source, False


@kept
def controlling_owner(profile: Profile) -> Owner | None:
    """Who owns or controls the organisation now, by the first sentence of the article that
    says so in the present (see the module's judgement); None when none does. Read once per
    seed's scope (`fit_scope.kept`): every detail level's key facts ask for it."""
    for sentence, source, in_lead in _sentences(profile):
        # Each pattern opens with a lazy phrase, so a search that fails tries every start and
        # length: 80 ms a profile on a long article. A word each pattern cannot match without
        # (they are case-sensitive) rules most sentences out first; the matches are the same.
        owns = "owner" in sentence or "shareholder" in sentence
        controls = "control" in sentence
        owned = "owned" in sentence or "controlled" in sentence
        if not (owns or controls or owned):
            continue
        m = _IS_SHAREHOLDER.search(sentence) if owns else None
        if m and (in_lead or not m.group("its")) and not re.search(r"\b(?:not|no\s+longer|never)\b", m.group(0)):
            who = _who(m.group("who"))
            if who:
                return Owner(f"{m.group('how').capitalize()} shareholder", who, source)
        m = _GIVE_CONTROL.search(sentence) if controls else None
        if m:
            who = _who(m.group("who"))
            if who:
                return Owner("Controlled by", who, source)
        m = _OWNED_BY.search(sentence) if owned else None
        if m and (in_lead or not m.group("its")):
            who = _who(m.group("who"))
            if who:
                label = "Controlled by" if m.group("verb") == "controlled" else "Owned by"
                return Owner(label, who, source)
    return None
