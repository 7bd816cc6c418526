"""People and their roles, from the infobox and from the text.

Infobox facts whose label names a role (`Current Commander`, `Spokesperson`, `Leader`, ...) list
people; `Unknown` and similar placeholders are skipped, and a parenthetical qualifier
(`Maximilian Andronnikov (speaker)`) becomes the role. The text adds people in three shapes that
encyclopaedic prose uses for them:

* a role before a name: "The Legion's spokesperson Maximilian Andronnikov";
* a name with an appositive role: "David Axe, a staff writer for Forbes, ...";
* a nom de guerre, call sign or nickname after a name: `..., who uses "Caesar" (Tsezar) as a nom
  de guerre` adds the aliases "Caesar" and "Tsezar".

A role found in the text replaces a role that was only a parenthetical qualifier in the infobox
(it is the more specific statement). Names must be two to four capitalised words and must not
look like an organisation ("Corps", "Legion", "Battalion", ...), which keeps units out.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Fact, Paragraph, Person, Profile, Source
from ..text import sentence_spans as split_sentences

LEADER_ROLE = re.compile(
    r"\b(?:commanders?|leaders?|spokes(?:person|man|woman)|speaker|chief|head|founders?|president|chair(?:man|woman|person)?|"
    r"director|secretary|deputy|commandant|coordinator|ceo|chief executive|minister|emir|ataman|"
    r"general secretary|key people|notable commanders)\b", re.I)
_PLACEHOLDER = re.compile(r"^(?:unknown|none|n/?a|vacant|unclear|disputed|classified|various|—|-|–|\?)$", re.I)
_NAME_WORD = r"[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’-]*[a-zà-ÿа-яёіїєґ][\w'’-]*"
_NAME = rf"(?P<name>{_NAME_WORD}(?:\s+(?:(?:de|van|von|der|al|bin|ibn|la|le|da|di)\s+)?{_NAME_WORD}){{1,3}})"
_ROLE_WORDS = (
    r"spokes(?:person|man|woman)|deputy commander|commander|leader|founder|co-founder|chief|head|chairman|"
    r"chairwoman|president|coordinator|commandant|press secretary|representative"
)
_HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Maj|Capt|Lt|Sgt|Rev)\.?\s+)?"
_ROLE_BEFORE = re.compile(rf"\b(?P<role>{_ROLE_WORDS})\s+{_HONORIFIC}{_NAME}")
_ROLE_NOUN = re.compile(
    r"\b(?:professor|writer|journalist|reporter|correspondent|editor|analyst|researcher|expert|activist|politician|"
    r"MP|deputy|senator|minister|officer|soldier|commander|spokes(?:person|man|woman)|leader|founder|member|pilot|"
    r"blogger|historian|scholar|lawyer|businessman|businesswoman|banker|diplomat|general|colonel|major|captain|"
    r"lieutenant|sergeant|fighter|volunteer|director|chairman|president|head|chief|author|economist|"
    r"ex-vice-chairman|vice-chairman|advisor|adviser|official|priest|physician|doctor)\b")
# "David Axe, a staff writer for Forbes, ..." - but not "X, is a ..." / "X, who ..." (a verb or
# a relative clause follows the name, not a role).
_APPOSITIVE = re.compile(
    rf"{_NAME},\s+(?!(?:is|was|are|were|who|which|that|whose|has|had|have|said|says|and|or|but|also|then|later)\b)"
    rf"(?P<role>(?:(?:a|an|the)\s+)?[a-z][^,;:.\"“”()]{{2,100}}?)(?=\s*[,;:.]|\s*$)")
# "The chief medical officer, Dr. Levan Kvelaridze, ..." / "its spokesperson, Nana Sabadzeli".
_ROLE_COMMA = re.compile(
    rf"\b(?P<owner>[Tt]he|[Ii]ts|[Tt]heir|[\w-]+(?:'s|’s))\s+(?P<role>(?:[a-z-]+\s+){{0,3}}?"
    rf"(?:{_ROLE_WORDS}|officer|governor|mayor|minister|director|secretary|manager|treasurer|instructor)),\s+"
    rf"{_HONORIFIC}{_NAME}(?=\s*[,.;:)]|\s+(?:is|was|has|had|said|says)\b)")
# "Gela Marnetishvili was elected commander by ..." (a role of the subject unless "of" another body).
_ELECTED = re.compile(
    rf"{_NAME}\s+(?:was|has\s+been|had\s+been)\s+(?:re-?)?(?:elected|appointed|named|chosen)\s+(?:as\s+)?(?:the\s+)?"
    rf"(?:new\s+)?(?P<role>{_ROLE_WORDS})\b(?!\s+of\b)")
_ALIAS = re.compile(
    r"(?:who\s+(?:uses|used|goes\s+by|went\s+by)|known\s+as|nicknamed|call\s*sign|callsign|alias|nom\s+de\s+guerre|"
    r"code\s*name|codenamed|pseudonym)\s+[\"“«](?P<alias>[^\"”»]{1,40})[\"”»](?:\s*\((?P<alt>[^)]{1,40})\))?")
_ORG_WORD = re.compile(
    r"\b(?:Corps|Legion|Battalion|Regiment|Brigade|Army|Group|Council|Court|Ministry|Service|Team|Times|Magazine|"
    r"Movement|Oblast|District|Union|Party|Front|Company|Unit|Forces|Force|Guard|Committee|Agency|Bank|Independent|"
    r"University|College|Institute|Media|News|Channel|Declaration|Convention|Government|Republic|Federation|"
    r"Kingdom|State|Office|Department|Platoon|Squad|Division|Organization|Organisation|Association)\b")
_STOP_FIRST = {
    "The", "A", "An", "On", "In", "At", "According", "Since", "When", "After", "Before", "However", "This", "That",
    "Some", "Several", "Both", "Russian", "Ukrainian", "Operation", "Saint", "St", "King's", "His", "Her", "Their",
}


def _is_name(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and words[0] not in _STOP_FIRST and not _ORG_WORD.search(name)


# A role is a noun phrase: one that starts with a verb ("is a general practitioner") is a clause.
_VERB_START = re.compile(
    r"^(?:is|was|are|were|be|been|being|has|had|have|does|did|do|will|would|can|could|may|might|shall|should|"
    r"must|says|said|who|which|that|became|becomes|remained|remains|served|serves|worked|works|joined|joins|"
    r"left|leaves|led|leads|lived|lives|went|goes|took|takes|got|gets|made|makes|wrote|writes|told|tells|"
    r"used|uses|also|then|later|now|still)\b", re.I)


def _role_text(role: str) -> str | None:
    """The role as shown: article dropped, first letter capitalised; None when it is no noun phrase."""
    role = re.sub(r"^(?:a|an|the)\s+", "", " ".join(role.split()))
    if not role or _VERB_START.match(role):
        return None
    return role[:1].upper() + role[1:]


def people_from_facts(facts: list[Fact]) -> list[tuple[Person, bool]]:
    """(person, role_is_qualifier) for every person named in a role-labelled fact."""
    out: list[tuple[Person, bool]] = []
    for fact in facts:
        if not LEADER_ROLE.search(fact.label):
            continue
        values = [fact.text] if fact.text else []
        values += [it.text for it in fact.items]
        for value in values:
            for part in re.split(r"\s*(?:[,;]|\band\b)\s*", value):
                qualifier = None
                m = re.match(r"^(?P<n>.*?)\s*\((?P<q>[^)]*)\)\s*$", part)
                if m:
                    part, qualifier = m.group("n"), m.group("q").strip()
                part = part.strip(" .\"'")
                if not part or _PLACEHOLDER.match(part) or not any(c.isupper() for c in part):
                    continue
                role = (_role_text(qualifier) if qualifier else None) or fact.label
                out.append((Person(name=part, role=role, source=fact.source), bool(qualifier and role != fact.label)))
    return out


def _prose(profile: Profile) -> Iterator[tuple[str, Source | None]]:
    blocks = list(profile.lead)
    for top in profile.sections:
        for s in top.walk():
            blocks.extend(s.blocks)
    for b in blocks:
        if isinstance(b, Paragraph):
            for _, sentence in split_sentences(b.text):
                yield sentence, b.source


def _own_words(profile: Profile) -> set[str]:
    """Words that name the subject itself (title and aliases), for "the Legion's spokesperson"."""
    words = {w.casefold() for w in re.findall(r"\w+", profile.names.title) if len(w) > 2}
    for a in profile.names.aliases:
        words |= {w.casefold() for w in re.findall(r"\w+", a.text) if len(w) > 2}
    return words | _GENERIC_OWNERS


# Possessives that refer back to the subject of the article.
_GENERIC_OWNERS = {"its", "their", "group", "unit", "organisation", "organization", "movement", "party",
                   "company", "force", "formation", "legion", "battalion", "regiment", "brigade"}
_POSSESSIVE = re.compile(r"(?P<owner>[\w-]+)(?:'s|’s|')\s*$|\b(?P<pronoun>its|their|his|her)\s*$", re.I)


def _speaks_for_subject(before: str, own: set[str]) -> bool:
    """Whether a role right after `before` is a role of the article's subject.

    No possessive ("spokesperson X") or one that points back at the subject ("the Legion's",
    "its") says yes; someone else's ("the RVC's commander X") says no."""
    m = _POSSESSIVE.search(before)
    if m is None:
        return True
    owner = (m.group("owner") or m.group("pronoun")).casefold()
    return owner in own


def extract_people_and_leaders(profile: Profile) -> tuple[list[Person], set[str]]:
    """Everyone the profile names with a role or an alias (infobox people first), and the
    casefolded names of those who lead the subject itself: people listed under a role in the
    infobox and people the text introduces by a role of the subject ("The Legion's spokesperson
    X"). Appositive roles ("X, a former commander of ...") describe people, not the subject's
    leadership, so they do not count."""
    people: dict[str, Person] = {}
    weak_role: set[str] = set()
    leaders: set[str] = set()
    own = _own_words(profile)
    for person, is_qualifier in people_from_facts(profile.facts):
        key = person.name.casefold()
        if key not in people:
            people[key] = person
            leaders.add(key)
            if is_qualifier:
                weak_role.add(key)

    def add(name: str, role: str | None, source: Source | None, strong: bool) -> Person:
        if role and _VERB_START.match(role):
            role = None  # a clause, not a role
        key = name.casefold()
        if key in people:
            p = people[key]
            if role and (p.role is None or (strong and key in weak_role)):
                p.role = role
                weak_role.discard(key)
            return p
        people[key] = Person(name=name, role=role, source=source)
        return people[key]

    for sentence, source in _prose(profile):
        for m in _ROLE_BEFORE.finditer(sentence):
            if _is_name(m.group("name")):
                ours = _speaks_for_subject(sentence[max(0, m.start() - 40) : m.start()], own)
                add(m.group("name"), _role_text(m.group("role")), source, ours)
                if ours:
                    leaders.add(m.group("name").casefold())
        for m in _ROLE_COMMA.finditer(sentence):
            if _is_name(m.group("name")):
                owner = m.group("owner").lower()
                # "the regional governor, X" is someone's role, not necessarily the subject's.
                ours = owner != "the" and _speaks_for_subject(sentence[: m.start("role")], own)
                add(m.group("name"), _role_text(m.group("role")), source, ours)
                if ours:
                    leaders.add(m.group("name").casefold())
        for m in _ELECTED.finditer(sentence):
            if _is_name(m.group("name")):
                add(m.group("name"), _role_text(m.group("role")), source, True)
                leaders.add(m.group("name").casefold())
        for m in _APPOSITIVE.finditer(sentence):
            name, role = m.group("name"), m.group("role")
            if _is_name(name) and _ROLE_NOUN.search(role) and _role_text(role):
                add(name, _role_text(role), source, False)
        for m in _ALIAS.finditer(sentence):
            # The alias belongs to the name just before it ("X, who uses "Y" ..."), not to one
            # mentioned earlier in a long sentence.
            names = [n for n in re.finditer(_NAME, sentence[: m.start()])
                     if _is_name(n.group("name")) and m.start() - n.end() <= 40]
            if not names:
                continue
            person = add(names[-1].group("name"), None, source, False)
            for alias in (m.group("alias"), m.group("alt")):
                alias = (alias or "").strip()
                if alias and alias not in person.aliases and alias.casefold() != person.name.casefold():
                    person.aliases.append(alias)
    return list(people.values()), leaders


def extract_people(profile: Profile) -> list[Person]:
    """Everyone the profile names with a role or an alias, infobox people first."""
    return extract_people_and_leaders(profile)[0]
