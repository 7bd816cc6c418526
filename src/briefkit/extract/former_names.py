"""Names the organisation went by before, as its history tells them.

Why: an article names a body by the name of each period ("that March it became the Army
Commando Corps (Korps Komando Angkatan Darat, KKAD)", "Two years later it was enlarged into a
regiment, the Resimen Pasukan Komando Angkatan Darat (RPKAD)", "The unit became ... in February
1971, the Komando Pasukan Sandhi Yudha, or Kopassandha"), and the sentences after it speak of
"RPKAD troops" and "Kopassandha commandos". A reader knows they are the organisation itself;
without these names its own acts read as another body's (the Woyla rescue was made background,
as another body's act) and the names of the periods could be drawn as parts of itself.

The rule, which a reader may argue with: a clause whose subject is the organisation ("it", "the
unit", one of its names) and whose verb renames it ("became", "was renamed", "renamed itself",
"was restyled", "took the name", "was reorganised as", "was reincorporated as", "was enlarged into a regiment,") names a
former name of it in the capitalised words that follow, with the native name and abbreviation
in brackets and an "or" name after them. "became FIFA's third president" is a person's verb;
"became part of the Red Army", "became a member of NATO" name no name; "became the largest
party" is a description. Only the extractors use these names (`subject.Subject`); the names the
reader is shown are the lead's and the infobox's (`names`).
"""
from __future__ import annotations

from .. import recache as re
from collections.abc import Callable, Iterable

from ..text import sentence_spans

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from ..model import Profile

_VERB = re.compile(
    r"\b(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:(?:later|then|formally|officially)\s+)?"
    r"(?:re(?:named|styled|branded|designated)|renamed\s+itself|changed\s+its\s+name\s+to|took\s+the\s+name(?:\s+of)?|"
    r"adopted\s+the\s+name|became|(?:re)?organi[sz]ed\s+as|reconstituted\s+as|"
    # ("it was reincorporated as the Boeing Airplane Company")
    r"(?:re-?)?incorporated\s+as|re-?registered\s+as|re-?formed\s+as|refounded\s+as|"
    r"(?:enlarged|expanded|converted|transformed|upgraded)\s+(?:in)?to\s+(?:a|an)\s+[a-z]+,)\s+")
# The words of a name: capitalised, with the small words names hold between them.
_NAME = (r"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|de|del|di|des|du|der|the|&|[A-Z0-9][\w'’&.-]*))*)"
         r"(?:\s+\((?P<alt>[^()]{1,80})\))?(?:,\s+or\s+(?:the\s+)?(?P<or>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}))?")
_NAMED = re.compile(r"(?:the\s+)?" + _NAME)
# A second name the same clause goes on to: ", and, in February 1971, the Komando ...",
# ", later restyled Resimen Para Komando Angkatan Darat".
_AND_THEN = re.compile(r"(?:\s+(?:in|on|from)\s+[^,;()]{1,30}?)?\s*,?\s+(?:and|then|later(?:\s+(?:re(?:named|styled)|renamed))?)\s*,?\s+"
                       r"(?:(?:in|on|from|by)\s+[^,;]{1,30},\s+)?(?:re(?:named|styled)\s+)?(?:the\s+)?" + _NAME)
# Opening phrases of time before a clause's subject ("Two years later", "that March", "In 1985").
_OPENING = re.compile(r"^(?:(?:[A-Za-z]+\s+){0,3}?(?:later|earlier|after|before|year|month|March|April|May|June|July|"
                      r"August|September|October|November|December|January|February|\d{4}),?\s+)+", re.I)
_TRAILING = re.compile(r"(?:\s+(?:of|for|and|de|del|di|des|du|der|the|&))+$")
_NOT_A_NAME = re.compile(r"^(?:The|A|An|In|On|At|By|Part|Home|One|Two|Three|First|Second|Its|Their|His|Her)$")


def _clean(name: str | None) -> str | None:
    if not name:
        return None
    name = _TRAILING.sub("", " ".join(name.split())).strip(" ,.;")
    if not name or _NOT_A_NAME.match(name) or re.fullmatch(r"\d[\d\s–-]*", name):
        return None
    return name


def _names_of(m: re.Match[str]) -> list[str]:
    out = [m.group("name")]
    for part in re.split(r"[,;]\s*", m.group("alt") or ""):
        part = re.sub(r"^[A-Z][a-z]+:\s*", "", part)  # "Persian: ...": the language named first
        if part[:1].isupper() and not re.search(r"\d{4}", part):
            out.append(part)
    out.append(m.group("or") or "")
    return [n for n in (_clean(x) for x in out) if n]


# "They trace their descent from the Duke of York and Albany's Maritime Regiment of Foot, raised
# on 28 October 1664": the body the organisation descends from, and when that body was made.
_DESCENT = re.compile(r"\b(?:trace|traces|traced|tracing)\s+(?:its|their)\s+(?:descent|origins?|lineage|roots)\s+"
                      r"(?:back\s+)?(?:to|from)\s+(?:the\s+)?" + _NAME.replace("?P<alt>", "?P<alt_d>").replace(
                          "?P<or>", "?P<or_d>") +
                      r",\s+(?:which\s+was\s+)?(?:raised|formed|founded|established|created)\s+(?:on|in)\s+"
                      r"(?:[^,;.]{0,20}?\b)?(?P<year>1[0-9]\d\d|20\d\d)\b")
# "..., soon known as the Admiral's Regiment": the name a body went by next.
_KNOWN_AS = re.compile(r",?\s+(?:soon|later|then|also|commonly|popularly)\s+(?:called|known\s+as)\s+(?:the\s+)?"
                       r"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|the|[A-Z0-9][\w'’&.-]*))*)")


def descent_names(sentences: Iterable[str], founded: int | None, known: set[str]) -> list[str]:
    """The names of the body the organisation traces its descent to when that body was made in
    the organisation's own founding year (`founded`, the infobox's), and the names the text
    says it was soon known by: the organisation itself under the names of its first years.

    The rule, which a reader may argue with: the Royal Marines "trace their descent from the
    Duke of York and Albany's Maritime Regiment of Foot, raised on 28 October 1664", the date
    the infobox gives the corps; "Its first colonel was Sir William Killigrew" after "they
    formed the Duke of York and Albany's Maritime Regiment of Foot, soon known as the Admiral's
    Regiment" is then the corps' first head. A forerunner made in another year (a party's
    "traces its origins to the Rural Party, founded in 1959", the party founded in 1995) is
    another body, whose acts are the organisation's background."""
    if founded is None:
        return []
    found: list[str] = []
    seen = set(known)
    texts = list(sentences)
    for sentence in texts:
        if "trac" not in sentence:
            continue
        for m in _DESCENT.finditer(sentence):
            if int(m.group("year")) != founded:
                continue
            name = _clean(m.group("name"))
            if name and name.casefold() not in seen:
                seen.add(name.casefold())
                found.append(name)
    if found:
        for sentence in texts:
            for name in list(found):
                at = sentence.find(name)
                if at < 0:
                    continue
                later = _KNOWN_AS.match(sentence, at + len(name))
                other = _clean(later.group("name")) if later else None
                if other and other.casefold() not in seen and len(other.split()) >= 2:
                    seen.add(other.casefold())
                    found.append(other)
    return found


def former_names(sentences: Iterable[str], is_subject: Callable[[str], bool], known: set[str]) -> list[str]:
    """The names clauses of `sentences` whose subject `is_subject` says is the organisation give
    it (see the module); `known` (casefolded) are left out."""
    found: list[str] = []
    seen = set(known)
    for sentence in sentences:
        if not any(w in sentence for w in ("became", "named", "styled", "branded", "designated", "name", "organi",
                                           "constituted", "into", "incorporated", "registered", "formed", "founded")):
            continue
        for verb in _VERB.finditer(sentence):
            clause = re.split(r";|,\s+(?:and|but|while)\s+|\s+and\s+(?=(?:[a-z]+\s+){0,3}?it\b)",
                              sentence[:verb.start()])[-1].strip(" ,")
            head = _OPENING.sub("", clause).strip(" ,")
            if not head or not (is_subject(head) or _by_a_name_found(head, found)):
                continue
            m = _NAMED.match(sentence, verb.end())
            if m is None or re.match(r"['’]s\b", sentence[m.end("name"):]):
                continue  # "became FIFA's third president"
            names = _names_of(m)
            if names and len(names[0].split()) < 2 and not m.group("alt") and not m.group("or"):
                continue  # one capitalised word alone ("became Kopassus" is its name now, known)
            at = m.end()
            while (more := _AND_THEN.match(sentence, at)) is not None:
                names += _names_of(more)
                at = more.end()
            for name in names:
                if name.casefold() not in seen:
                    seen.add(name.casefold())
                    found.append(name)
    return found


# A verb that gives a body a new name, and the name after it.
_TOOK_NAME = re.compile(r"\b(?:took\s+the\s+name|(?:was|were)\s+renamed|renamed\s+itself|changed\s+its\s+name\s+to|"
                        r"adopted\s+the\s+name)\s+(?:of\s+)?(?:the\s+)?(?P<new>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})")
# The body a clause opens on, after a country's possessive ("Chile's LAN Airlines"), and its verb.
_BODY_DOES = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})"
                        r"\s+(?:had\s+|then\s+|later\s+)?(?:[a-z]{3,}ed|took|became|bought|sold|won|made|was)\b")


def renamed_from(sentences: Iterable[str], is_own_name: Callable[[str], bool], known: set[str]) -> list[str]:
    """The names of a body the text says took one of the organisation's names: the organisation
    itself before it ("It was created on 22 June 2012, when Chile's LAN Airlines completed its
    takeover of TAM Linhas Aéreas of Brazil and took the name LATAM": LAN's acts before 2012 are
    LATAM's own history, not another airline's). With the name, an acronym it opens on ("LAN"
    of "LAN Airlines"), as the text goes on to call it.

    The rule, which a reader may argue with: the subject of the clause whose verb gives the new
    name, a capitalised name followed by its verb, after the last "when", "after" or
    semicolon before it; `is_own_name` says whether the new name is the organisation's."""
    found: list[str] = []
    seen = set(known)
    for sentence in sentences:
        if "name" not in sentence:
            continue
        for m in _TOOK_NAME.finditer(sentence):
            if not is_own_name(m.group("new").rstrip(".")):
                continue
            before = re.split(r";|\bwhen\s+|\bafter\s+|,\s+(?:and|but|while)\s+", sentence[:m.start()])[-1].strip()
            head = _BODY_DOES.match(before)
            if head is None:
                continue
            name = _clean(head.group("name"))
            if not name or is_own_name(name) or len(name.split()) < 2:
                continue
            first = name.split()[0]
            for n in (name, first if re.fullmatch(r"[A-Z]{2,6}", first) else None):
                if n and n.casefold() not in seen:
                    seen.add(n.casefold())
                    found.append(n)
    return found


def _by_a_name_found(head: str, found: list[str]) -> bool:
    """Whether `head` names the organisation by a name found before it in the text, or by that
    name's last word ("the company" after "it took the name Special Boat Company")."""
    low = head.casefold()
    for name in found:
        n = name.casefold()
        if low in (n, f"the {n}") or (low.startswith("the ") and len(low.split()) == 2 and n.split()[-1] == low.split()[1]):
            return True
    return False


def history_sentences(profile: Profile) -> Iterable[str]:
    """The sentences of the lead's and the sections' paragraphs, in reading order."""
    blocks = list(profile.lead) + [b for s in profile.all_sections() for b in s.blocks]
    for block in blocks:
        text = getattr(block, "text", None)
        if text and getattr(block, "kind", "paragraph") == "paragraph":
            for _, s in sentence_spans(text):
                yield s
