"""People, their roles, and who leads the organisation - on evidence.

A briefing that names the wrong leader is worse than none, so a person is a *leader* of the
profile's subject only on one of these kinds of evidence (the rules a reader can argue with):

1. **Infobox role fields**: a key naming a role (Commander, Leader, Chief, Head, Director,
   Chairman, CEO, President, Founder, Secretary-General, Spokesperson, Key people, Notable
   commanders ...). The infobox describes the subject, so its role fields are the subject's.
   A parenthetical after a name is its role when it holds a role noun (`X (speaker)`), its
   period when it holds a date (`X (2015–2017)`), and otherwise another spelling of the name.
2. **Leadership sections**: every person in a list under a heading about leadership (Leadership,
   Command, Commanders, Management, Chairmen, Presidents, Directors, Key people, Governance ...)
   is a leader: `Name – role, period`, `2015–2017: Name`, `Role: Name`, `Name (since 2020)`.
3. **Sentences whose role phrase is tied to the subject**: a possessive that points back at the
   subject ("the Legion's spokesperson X", "its founder X"), `of` + the subject ("X, commander of
   the Legion"), an election or appointment to a role of nobody else ("X was elected chairman"),
   a succession ("X succeeded Y as director"), "founded by X", "led by X" / "headed by X" /
   "under the command of X" in a sentence about the subject.

A role tied to another body ("X, commander of the 54th Brigade", "opposition leader X", "the
head of Chechnya, X", "Ericsson's chief executive X") makes the person *related*: kept in
`people` with the role and the body in `affiliation`, never a leader. A role with a modifier
that names another body or people ("Chechen leader X") is another body's role.

**Second posts** (`model.Post`): evidence whose post the person's entry does not take is kept
as another post of theirs, not dropped - the board chair of an interim CEO, the head of
government a party chairman became, a founder's first presidency, a post outside the subject
("resigned as speaker of parliament"). Not a post: the same post in other words ("Interim CEO"
and "interim chief executive"), a verb's bare "Leader"/"Head", a plural or a phrase with a verb
of choosing. A post only claimed or reported ("He identifies himself as the Legion's deputy
commander", "Peskov said X now worked for the defence ministry") is a post with its hedge ("by
his own account", "according to Dmitry Peskov"), never the person's role and never a leader's
evidence. A post is dated only by a period stated with it ("chaired the board from 2012"); a
bare date near it is more often the day of something else.

**Surnames**: a lone surname is the one person already named in full with it ("Récamier" after
"Max Récamier"); two people sharing it, the one the text named in full last, as a reader takes
it. A surname nobody was named in full with names no one.

A role is a noun phrase holding a role noun, never a name or a clause. A trailing dagger (`†`)
is a flag (`deceased`), not part of the name. Periods are kept as the text states them
("since July 2024", "2022–2024"); `current` is False for a former, dismissed, resigned or killed
leader or a closed period, True for an open one ("since ...", "–present"), else unknown.
"""
from __future__ import annotations

import copy
from .. import recache as re
from collections.abc import Callable, Iterator, Sequence

from ..model import (SECONDARY_ROLE, BulletList, Event, EventDate, Fact, ListItem, Paragraph, Person, Post, Profile, Section, Source,
                     joined_posts, post_of, shared_post_of)
from functools import lru_cache

from ..kinds import KINDS
from .budget import check
from ..records import record
from ..text import cap_first, has_name, name_spans, replace_names, sentence_spans
from .dates import find_dates
from .places import is_country, is_demonym
from .surnames import NAME_PARTICLES
from .subject import Subject
from .titles import _ROLE_NOUN_WORDS, ROLE_NOUN, holders_columns, holders_header, introduces_holders, is_leadership_title  # noqa: F401 (re-exported)
from .titles import introduces_parts, named_holders_when, names_posts, posts_columns, role_phrase_end

ROLE_WORDS = _ROLE_NOUN_WORDS  # for other extractors: a role in apposition marks an aside
# Infobox keys that list people in roles (keys such as "Headquarters" hold no role: `\bhead\b`).
LEADER_ROLE = re.compile(
    rf"\b(?:{_ROLE_NOUN_WORDS}|key\s+people|notable\s+commanders|leadership|founded\s+by)\b", re.I)
# Sections about who leads the subject.
_PLACEHOLDER = re.compile(r"^(?:unknown|none|n/?a|vacant|unclear|disputed|classified|various|—|-|–|\?)$", re.I)

_UPPER = "A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐЎ"
_LOWER = "a-zß-ÿā-žа-яёіїєґў"
# A capitalised word with a lower-case letter in it, taken whole (possessive `*+`, checked by a
# lookahead): the plain `[\w]*[a-z][\w]*` form let every name of up to four words be split in
# every way before a pattern failed, which made people extraction cost ~0.2 s an article.
# ("Izzat al-Rashid", "Ayman al-Zawahiri": an Arabic article joined to the surname)
_NAME_WORD = rf"(?:(?:al|el)-)?(?:[{_UPPER}](?=[\w'’-]*[{_LOWER}])[\w'’-]*+\.?|[{_UPPER}]\.)"
# The particles of surnames ("de Valera", "van der Bellen"), which a sentence opens capitalised;
# "y" joins two Spanish surnames ("Girón y Ezpeleta").
# ("Rhun ap Iorwerth": a Welsh patronymic; "Siti binti Ahmad", "David ben Gurion", "Karl zu
# Guttenberg", "Carl af Wirsén")
_PARTICLES = NAME_PARTICLES
# ("Paulo Cesar de Souza e Silva", "Artur da Costa e Silva": Portuguese joins surnames by "e")
# ("Abdullah bin Mohammed bin Saud Al Thani": a family name's "Al", capitalised, as "al" is not)
_PARTICLE = (r"(?:de|van|von|der|den|al|el|bin|ibn|la|le|da|das|di|do|du|dos|del|della|ten|ter|y|e|ap|ab|ferch|"
             r"binti|bint|ben|zu|vom|dei|degli|af|Al|Āl)")
# (and one word more where a particle brings it: "Sheikh Abdullah bin Mohammed bin Saud Al Thani",
# whose family name had been cut off and "Sheikh Saud bin Nasser Al Thani" taken for him)
_NAME = rf"(?P<name>{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_WORD}){{1,3}}(?:\s+{_PARTICLE}\s+{_NAME_WORD})?)"
_NAME_WORD_RX = re.compile(_NAME_WORD)
_NAME_RX = re.compile(_NAME)
_NAME_THEN_ASIDE = re.compile(rf"{_NAME}(?P<aside>,\s+[^,;]{{1,90}}?,)")
_HONORIFIC = (r"(?:(?:"
              # (a naval lieutenant's grade, before the bare rank: "Lieutenant Senior Grade Manuel Gomez")
              r"Lieutenant[\s-]+(?:Senior|Junior)[\s-]+Grade|"
              r"Dr|Mr|Mrs|Ms|Prof|Gen|Col|Maj|Capt|Lt|Sgt|Rev|Sir|Dame|General|Colonel|Major|Captain|"
              # (an elected office before the name: "Senator Gleisi Hoffmann", "Congressman X")
              r"Senator|Congressman|Congresswoman|"
              # (a church's or a faith's: "Cardinal Tarcisio Isao Kikuchi", "Archbishop X", "Rabbi X")
              r"Cardinal|Archbishop|Bishop|Monsignor|Msgr|Mgr|Father|Reverend|Patriarch|Rabbi|Imam|Ayatollah|"
              # (a religious order's: "Sister Vera Lúcia Altoé", "Brother Roger")
              r"Sister|Brother|"
              r"(?:Wing[\s-]+|Lieutenant[\s-]+)?Commander|"
              r"Vice[\s-]+Admiral|Rear[\s-]+Admiral|(?:Air[\s-]+)?Commodore|Air\s+(?:Chief\s+|Vice[\s-]+)?Marshal|Field\s+Marshal|"
              r"Crown\s+Prince(?:ss)?|"
              # (Malaysian and Bruneian honours borne before the name: "Tan Sri Azam Baki", "Datuk
              # Seri Mohd Shukri Abdull", "Dato' Sri X"; not "Tun", a word of Burmese names too)
              r"Tan\s+Sri|Puan\s+Sri|(?:Datuk|Dato['’]?)\s+(?:Seri|Sri|Paduka)|Datuk|Dato['’]|Datin(?:\s+Paduka)?|"

              r"Sergeant|Staff[\s-]+Sergeant|Corporal|Lance[\s-]+Corporal|Private|Warrant\s+Officer|"
              # (a police rank: "Chief Superintendent Moro Virgilio Lazo", "Detective Inspector X")
              r"(?:(?:Chief|Senior|Assistant|Deputy|Detective)[\s-]+)?Superintendent|(?:Chief|Detective)[\s-]+Inspector|"
              # (the ranks of South Asian police forces, written out or in capitals: "Deputy Inspector
              # General Zerney Wijesuriya", "Senior DIG M. R. Latiff", "ASP Bodhi Liyanage")
              r"(?:Senior[\s-]+)?(?:(?:Deputy|Additional|Assistant)[\s-]+)?Inspector[\s-]+General(?:\s+of\s+Police)?|"
              r"(?:Senior[\s-]+)?(?:DIG|SDIG|IGP|SSP|ASP|DSP|SP|ACP|DCP)|"
              r"Lieutenant|Brigadier|Admiral|Marshal|Lieutenant[\s-]+Colonel|Lieutenant[\s-]+General|Major[\s-]+General|"
              r"Brigadier[\s-]+General|Brig|MG|BG|LTG|GEN|COL|LTC|CPT|Maj\.\s+Gen|Brig\.\s+Gen|Lt\.\s+Gen|"
              # the abbreviations of the Canadian and other Commonwealth forces, and those written without stops
              r"LCol|BGen|MGen|LGen|LCdr|Cdr|RAdm|VAdm|Adm|Cmdre|CWO|MWO|Cpl|MCpl|"
              # and the United States Navy's, in capitals ("VADM Patrick J. Hannifin")
              r"VADM|RADM|ADM|CAPT|CDR|LCDR|"
              r"(?:Lt|Maj|Brig)\.?\s+(?:Col|Gen))\.?\s+)")
# What a pattern that opens on a rank or a name (`_HONORIFIC`, `_NAME`) needs where it starts: a
# capital. Why a lookahead that changes no match: a search tries the pattern at every position,
# and the optional rank before a name is an alternation of some ninety words, each tried there
# before the name; a position that holds no capital is passed over at once (the sentence-level
# people rules ran about seven times faster, some 30 ms of a long profile's reading).
_NAME_LED = f"(?=[{_UPPER}])"
# A person's name standing alone (for other extractors): "Anna Lind", "General Oleh Mikats".
PERSON_NAME = re.compile(rf"{_NAME_LED}{_HONORIFIC}?{_NAME}")
_ORG_WORD = re.compile(
    r"\b(?:Corps|Legion|Battalion|Regiment|Brigade|Army|Group|Council|Court|Ministry|Service|Team|Times|Magazine|"
    r"Movement|Oblast|District|Union|Party|Front|Company|Unit|Forces|Force|Guard|Committee|Agency|Bank|Independent|"
    r"University|College|Institute|Media|News|Channel|Declaration|Convention|Government|Republic|Federation|"
    r"Kingdom|State|States|Office|Department|Platoon|Squad|Division|Organization|Organisation|Association|Society|"
    r"Foundation|International|Nations|Assembly|Parliament|Commission|Directorate|Secretariat|Centre|Center|"
    r"Prize|War|Day|Square|Street|Region|Province|County|City|Review|Post|Journal|Press|Inc|Ltd|Oy|AG|SE|GmbH|Corporation|"
    r"Holdings|Networks|Technologies|Labs|Airborne|Infantry|Division|Navy|Air|Police|Bureau|Network|Board|Conference|"
    r"Congress|Summit|Cabinet|Senate|Presidency|Detachments?|Battalions|Units|Centre|Corps|Chamber|Tribunal|"
    # places and buildings, which no one is named: "the Salaberry Armoury in Gatineau"
    r"Armoury|Armory|Barracks|Castle|Palace|Stadium|Airport|Airfield|Cathedral|Museum|Theatre|Theater|Hotel|"
    r"Hospital|Academy|Avenue|Harbour|Harbor|Garrison|Cantonment|"
    # a firm by its trade: "Dudhsagar Dairy", "Tata Motors", "Bombay Dyeing Mills"
    r"Dairy|Dairies|Mills|Works|Industries|Motors|Airlines|Airways|Railways?|Brewery|Breweries|Foods|Cooperative|"
    r"Co-operative|Aerospace|Aviation|Electronics|Pharmaceuticals|Chemicals|Petroleum|"
    # words of a firm's name in other languages, never of a person's: "Deutsche Airbus", "Grupo Bimbo"
    r"Deutsche|Société|Compagnie|Groupe|Grupo|Banco|Banque|Gesellschaft|"
    # a people: "the Standing Rock Sioux Tribe", "the Cherokee Nation"
    r"Tribe|Tribes|Nation)\b")
ORG_WORD = _ORG_WORD  # words that make a capitalised phrase a body or a place, not a person

# "In November López Obrador took over": a month before a surname is no part of the name.
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
_STOP_FIRST = {
    "The", "A", "An", "On", "In", "At", "According", "Since", "When", "After", "Before", "However", "This", "That",
    "Some", "Several", "Both", "Russian", "Ukrainian", "Operation", "Saint", "St", "King's", "His", "Her", "Their",
    "Its", "During", "Under", "From", "By", "With", "For", "As", "Of", "And", "But", "Then", "Later", "While",
    "Following", "Former", "New", "Its", "These", "Those", "Many", "Most", "Other", "Each", "Every", "All",
    # a party member before a name: "the Democrat Yukio Hatoyama"
    "Democrat", "Republican", "Socialist", "Conservative", "Liberal", "Communist", "Social",
}
# Modifiers that may stand between an owner and a role and still mean the subject's own role.
_OWN_MODIFIERS = {
    "new", "former", "current", "deputy", "acting", "first", "founding", "interim", "chief", "vice", "executive",
    # which holder, as "first" is: "its ninth president", "the party's first woman leader"
    "woman", "female", "youngest", "oldest", "black", "lay",
    "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
    "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    "general", "overall", "military", "political", "honorary", "de", "facto", "then", "longtime", "long-time",
    "senior", "joint", "co", "sole", "last", "second", "third", "previous", "next", "future", "official", "elected",
    "incoming", "outgoing", "late", "field", "battalion", "unit", "company", "group", "regimental", "brigade",
    "national", "international", "global", "managing", "press", "party", "s", "non-executive",
    # when, not whose: "previously head of the bus builder Marcopolo"
    "previously", "formerly", "once", "currently", "now", "later", "subsequent",
    # which holder, not whose post: "Its longest-serving director, Carl Dunn"
    "longest-serving", "long-serving", "shortest-serving", "present", "incumbent", "sitting",
    # for how long: "was appointed temporary administrator"
    "temporary", "provisional", "caretaker",
}
# (and "X later became the brigade's chief of staff before being chosen to lead the 10th
# Mountain Assault Brigade": a post held until a move the sentence tells)
_FORMER = re.compile(r"\b(?:former|ex-|late|previous|then|outgoing|until|was\s+killed|killed|died|resigned|"
                     r"stepped\s+down|dismissed|removed|replaced|succeeded\s+by|left\s+(?:the|his|her)\s+post|"
                     r"before\s+(?:being\s+)?(?:chosen|appointed|named|picked|sent|moving|leaving)\b)\b", re.I)
_VERB_START = re.compile(
    r"^(?:is|was|are|were|be|been|being|has|had|have|does|did|do|will|would|can|could|may|might|shall|should|"
    r"must|says|said|who|which|that|became|becomes|remained|remains|served|serves|worked|works|joined|joins|"
    r"left|leaves|led|leads|lived|lives|went|goes|took|takes|got|gets|made|makes|wrote|writes|told|tells|"
    r"used|uses|also|then|later|now|still)\b", re.I)


# Titles of birth or rank that may stand before a name the article also gives without them
# ("Prince Sadruddin Aga Khan"); not dropped from a name on their own ("Prince Philip",
# "Sheikh Hasina" are how those people are named).
# A word that may be a title before a name (`extract_people`'s `key_of`): letters, three or more.
_TITLE_WORD = re.compile(r"[^\W\d_]{3,}")
_BIRTH_TITLES = frozenset({"prince", "princess", "sheikh", "sheikha", "lord", "lady", "king", "queen", "emir"})


def _acronym_in(words: list[str]) -> bool:
    """Whether a word of three capitals or more stands among `words` (not a Roman numeral,
    "Vicente Blanco III"): "BBC Studios" is a body."""
    return any(len(w) >= 3 and w.isalpha() and w.isupper() and not re.fullmatch(r"[IVXLC]+", w) for w in words)


def is_name(name: str) -> bool:
    """Two to five capitalised words, and the particles between them ("Paulo Cesar de Souza e
    Silva"), that do not look like an organisation or a sentence start."""
    words = name.split()
    if words and all(re.fullmatch(r"\w\.", w) for w in words):
        return False
    if any(not w[:1].isupper() and w.casefold() not in _PARTICLES and not re.match(r"(?:al|el)-[^\W\d_]", w)
           for w in words):
        return False  # (an article joined to a surname is part of it: "Izzat al-Rashid")
    if _acronym_in(words):
        return False  # an acronym names a body ("BBC Studios", "BASF Coatings"), not a person
    if any(re.search(r"['’]s$", w) for w in words[:-1]):
        return False  # a possessive before the last word names a thing of it: "People's Partnership"
    # (a particle within the name is none of its words, capitalised or not: "Abdullah bin Mohammed
    # bin Saud Al Thani" has five)
    capitalised = [w for i, w in enumerate(words) if w.casefold() not in _PARTICLES or (i == 0 and w[:1].isupper())]
    return (2 <= len(capitalised) <= 5 and len(words) <= 8 and words[0].rstrip(".") not in _STOP_FIRST
            and not _ORG_WORD.search(name) and not _TEXT_AGREED.search(name)
            and not ROLE_NOUN.search(name) and not any(w.casefold() in _MONTH_WORDS for w in words)
            and not is_country(name)  # "Saudi Arabia", "South Africa"
            # "the Icelandic Alþingi", "the Danish Folketing": a people's adjective before a name
            # (not "German", a first name too)
            and not (is_demonym(words[0]) and re.search(r"(?:ic|ish|ese|ian|ch)$", words[0]) is not None))


# A text agreed, which names no one: "signed the General Peace Accords in Rome" ("General" had
# been read as a rank before a person called "Peace Accords"). Only for names: "the Warsaw Pact"
# beside a unit's commander is no other body that commander belongs to. And an operation ("the
# US-led Operation Uphold Democracy" had become the "his" of the next sentence).
_TEXT_AGREED = re.compile(r"\b(?:Accords?|Agreement|Treaty|Pact|Protocol|Charter|Operation)\b")


_MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"}


# Words that cannot stand inside the modifiers of a role: what comes before the last of them
# belongs to the sentence, not to the role ("sent to Turkey together with President X",
# "the National Movement of President X", "in February 2021 Prime Minister X").
_NOT_IN_ROLE = re.compile(
    # (a conjunction that opens a clause: "..., but President Ram Baran Yadav told" had given him
    # the role "But President")
    r"(?i)^(?:with|together|to|from|and|or|but|yet|nor|although|though|because|whereas|unless|"
    r"of|in|on|at|by|after|before|for|as|than|the|a|an|his|her|its|their|"
    r"was|were|is|are|has|had|said|told|then|when|while|under|since|until|during|among|including|between|into|"
    r"against|who|whose|which|that|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|\S*\d\S*|"
    # a time told before the title ("The following year President George W. Bush announced")
    r"year|years|month|months|week|weeks|day|days|later|earlier|next|following|same|"
    # or when it was held ("previously head of the bus builder Marcopolo")
    r"previously|formerly|once|currently|now)$")


def _trim_modifiers(role: str) -> str:
    """The role from its last modifier that can belong to a role up to its role noun."""
    noun = ROLE_NOUN.search(role)
    if noun is None or noun.start() == 0:
        return role
    words = role[:noun.start()].split()
    cut = max((i for i, w in enumerate(words) if _NOT_IN_ROLE.match(w.strip(",;:"))), default=-1)
    return " ".join(words[cut + 1:] + [role[noun.start():]]) if cut >= 0 else role


# "company's ", "society's ": a kind of body's possessive opening a role (`_role_text`), made
# once: the role of every name the text ties to one is tidied through it.
_KIND_POSSESSIVE = re.compile(rf"^(?:{'|'.join(sorted(KINDS))})(?:'s|’s)\s+", re.I)


def _role_text(role: str) -> str | None:
    """The role as shown (article dropped, first letter capitalised), or None when the phrase is
    no role: a clause ("is a doctor"), a name, or a phrase without a role noun."""
    role = re.sub(r"(?i)\b(vice|deputy|co|ex)-\s+", r"\1-", _trim_modifiers(" ".join(role.split()).strip(" ,;:")))
    role = re.sub(r"^(?:a|an|the|its|their)\s+", "", role, flags=re.I)
    # ("the agency's current director", "its longest-serving director": which holder, not the post)
    role = re.sub(r"(?i)^(?:current|present|incumbent|sitting|longest[\s-]serving|long[\s-]serving|"
                  r"shortest[\s-]serving)\s+(?=\S)", "", role)
    # "the first woman secretary general": who first held it so is a record, not the title
    # ("became the club's first Black president": the order word went with the possessive)
    role = re.sub(r"(?i)^(?:(?:first|second|third|youngest|oldest)\s+)?(?:woman|female|lay|black|non-[\w]+)\s+(?=\S)", "",
                  role)
    # "the company's president": the subject's own, named by its kind, is the post itself
    role = _KIND_POSSESSIVE.sub("", role)
    if not role or _VERB_START.match(role) or _PREPOSITION_START.match(role) or _COUNT_START.match(role) \
            or _PRONOUN_START.match(role) or len(role) > 80:
        return None
    return cap_first(role)


# A phrase that opens with a pronoun names another's post or kin, never the named person's own:
# "the finance minister, Nicola Willis, appointed him governor" had given her the role "Him
# governor" (the object of her verb); "her deputy", "his successor" say whose.
_PRONOUN_START = re.compile(r"(?i)^(?:him|her|his|them|their|himself|herself|themselves|me|us)\b")


# A phrase that opens with a count tells how many, never one person's post: "Colonel Park
# Jung-hun, named eight officers, among them the division commander, ... as responsible" had
# given him the role "Eight officer".
_COUNT_START = re.compile(r"(?i)^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                          r"several|many|dozens|hundreds|\d+)\b(?!-)")


# A phrase that opens with a preposition tells of the circumstances, never the post: "run by
# ... William H. Gates Sr., with a single member of staff," had given him the role "With a
# single member of staff".
_PREPOSITION_START = re.compile(r"(?i)^(?:with|without|among|amongst|from|by|at|into|after|before|during|against|"
                                r"despite|through|alongside|beside|besides)\b")


def _leader_role(role: str | None) -> str | None:
    """A role of leadership: a noun phrase holding a role noun."""
    text = _role_text(role) if role else None
    return text if text and ROLE_NOUN.search(text) else None


_MONTH_THEN_TITLE = re.compile(rf"^(?:{'|'.join(sorted(_MONTH_NAMES))})\s+(?={_HONORIFIC})")
_HONORIFICS_OPENING = re.compile(rf"^{_HONORIFIC}+")


def _clean_name(name: str) -> tuple[str, bool]:
    """The name without honorifics, brackets or a dagger, and whether a dagger marked it."""
    deceased = "†" in name
    name = name.replace("†", "").strip(" .,;:\"'“”")
    # ("from 15 October Colonel Yannick Vidal ...": the date's month before a title is no name)
    name = _MONTH_THEN_TITLE.sub("", name)
    name = _HONORIFICS_OPENING.sub("", name).strip()
    # ("Prime Minister Shinzō Abe's government": whose it is, not part of the name)
    name = re.sub(r"(?<=\w)['’]s$", "", name)
    words = name.split()
    if len(words) >= 3 and is_demonym(words[0]):
        words = words[1:]  # "the Ivorian Aboubakar Diaby Ouattara": a nationality, not a first name
    return " ".join(words), deceased


_CLAUSE_VERB = re.compile(r"\b(?:[a-z]{3,}ed|took|became|won|led|ran|made|held|left|was|were)\b")


def _near(sentence: str, where: tuple[int, int], reach: int = 60) -> str:
    """The words around a name that may date its role: `reach` characters either side, within
    its clause ("Henrik Hauge (1977–1982); in 2013 the board was chaired by Idar Kreutzer": the
    years before the semicolon are another man's)."""
    start, end = max(0, where[0] - reach), where[1] + reach
    left = sentence.rfind(";", start, where[0])
    right = sentence.find(";", where[1], end)
    # ("Satoshi Nakajima took over in June 2016, Shuichi Iwanami succeeded him on 31 July 2018,
    # and Takahiro Okushima became the 46th commandant on 7 January 2020": each clause of a
    # list of them dates its own holder)
    joined = sentence.find(", and ", where[1], end)
    if joined >= 0 and (right < 0 or joined < right):
        right = joined
    own_date = re.search(r"\b(?:1[5-9]|20)\d\d\b", sentence[where[1]:right if right >= 0 else end])
    if own_date:
        # A clause that dates its own holder after the name is told apart from the one before
        # it, which dates another: "Satoshi Nakajima took over in June 2016, Shuichi Iwanami
        # succeeded him on 31 July 2018, and Takahiro Okushima became the 46th commandant on 7
        # January 2020" (not "Amano died in office on 18 July 2019, and Cornel Feruta ... served
        # as acting director general", whose date is the start of Feruta's term). The clause
        # before ends at ", and", or at a comma after its own verb and date ("In 2019, X became
        # ..." opens on a date with no verb, which is X's).
        joined = sentence.rfind(", and ", start, where[0])
        if joined > left:
            left = joined + len(",")
        # (and at ", when" before the name: "Sollfrank replaced him on 1 June 2017 and left after
        # exactly one year, when Markus Kreitmayr took over in June 2018" is Kreitmayr's June 2018)
        comma = re.search(r",\s+(?:(?:when|whereupon|after\s+which)\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$",
                          sentence[max(left + 1, start):where[0]])
        if comma:
            before = sentence[max(left + 1, start):max(left + 1, start) + comma.start()]
            if _CLAUSE_VERB.search(before) and re.search(r"\b(?:1[5-9]|20)\d\d\b", before):
                left = max(left + 1, start) + comma.start()
    else:
        # ("Ashok Chaudhary has chaired the federation since July 2025, and Jayen Mehta, who took
        # charge ... in January 2023, is its managing director": a term told with "since" that
        # closes the clause before ", and" is that clause's holder's, not the next one's start,
        # as a day of a happening before it may be: "Amano died in office on 18 July 2019, and
        # Cornel Feruta served as acting director general")
        joined = sentence.rfind(", and ", start, where[0])
        if joined > left and re.search(r"\bsince\s+(?:\w+\s+){0,2}(?:1[5-9]|20)\d\d$", sentence[:joined]):
            left = joined + len(",")
    # ("were named co-chief executives beside Kwon Oh-hyun, chief executive since 2012": the
    # year after "beside" dates the other man's post)
    # ("served briefly as acting president before Willa Mung'omba of Zambia took over in 1980":
    # the year after "before" and a name dates the next holder's start)
    beside = re.compile(r"\s(?:beside|alongside|before(?=\s+[A-Z]))\s").search(sentence, where[1], end)
    if beside and (right < 0 or beside.start() < right):
        right = beside.start()
    return sentence[left + 1 if left >= 0 else start:right if right >= 0 else end]


def _post_window(sentence: str, where: tuple[int, int]) -> str:
    """The words that may date a post: the post and 25 characters after it, run on to the end
    of their clause when what follows ends a term begun "from" ("prime minister from 25
    October 2012 | until November 2013, when ..."): a term's end is as much its period as its
    start. Any other date further on is another statement's."""
    end = where[1] + 25
    stop = re.search(r"[,;.]", sentence[end:end + 40])
    longer = sentence[where[0]:end + stop.start() if stop else end + 40]
    return longer if re.search(r"\bfrom\s+[^,;.]*?\b(?:until|till)\s+\S", longer) else sentence[where[0]:end]


def _successors_period(sentence: str, m: re.Match[str], before: str, current: bool | None
                       ) -> tuple[str | None, bool | None]:
    """The period of Y in "X ... was followed by Y" when the only period found (`before`) is
    told before the verb, and so is X's. Y's own, told right after the name ("was followed by
    David Burghley, Lord Burghley, from 1946 to 1976") or by the verb ("was succeeded in 1995
    by Y"), comes first; else Y's began as X's ended: at the end of X's span ("chaired the board
    from 2007 to 2018 and was followed by Y": from 2018) or on the day X left ("resigned on 7
    October 2024 and was succeeded by Y": from that day). A start of X's ("from 1990") says
    nothing of Y's."""
    after = re.match(r"(?:,[^,;.]{0,40},)?\s+(?P<span>(?:from|since)\s+[^,;.]{4,40})", sentence[m.end():])
    if after:
        return _period(after.group("span"))
    on = find_dates(m.group(0))
    if on and on[0].year is not None and not on[0].end_year:
        return f"from {on[0].text}", None
    years = re.findall(r"\b\d{4}\b", before)
    if len(years) >= 2 and not current:
        return f"from {years[-1]}", None
    if len(years) == 1 and not re.match(r"(?i)(?:from|since)\b", before) and re.search(
            r"\b(?:resigned|died|left|retired|stepped\s+down|was\s+dismissed|was\s+removed)\b", sentence[:m.start()]):
        return f"from {before}", current  # (whether Y still holds it, the sentence told of X's leaving)
    return None, None


# A range told as the days a meeting sat: "held near Johannesburg from 23 to 25 August 2017",
# "the congress, which met from 2 to 4 May 2019", "at its conference of 3-5 June". The words
# are those of meetings and their sitting, in the range's own clause (no comma between).
_MEETING_SPAN = re.compile(r"(?i)\b(?:held|met|sat|(?:congress|conference|convention|summit|session|assembly|"
                           r"meeting|plenum|synod)(?:\s+of)?)\b[^,;()]{0,40}?(?:\b(?:from|between|on)\s+)?$")


def _month_year(month: int | None, year: int | None) -> str:
    """ "August 2017", or "2017" when the month is unknown."""
    return f"{_MONTH_NAMES[month - 1]} {year}" if month else f"{year}"


def _period(text: str) -> tuple[str | None, bool | None]:
    """The period a text gives a role ("since July 2024", "2019–2022") and whether it is open."""
    # A birth year ("born in 1967", "(born 1949)") is no period of office, nor is the year
    # someone joined ("a member since 1988", elected chair in 2018).
    mentions = [m for m in find_dates(text, bare_years=True)
                if not re.search(r"\b(?:born|aged|birth)\b[^,;)]{0,20}$", text[max(0, m.start - 30):m.start], re.I)
                and not re.search(r"\b(?:member|joined|joining)\b[^,;)]{0,30}?\bsince\s+$",
                                  text[max(0, m.start - 45):m.start], re.I)
                # a day without its year ("took over as chairman on 1 October") is no period a
                # reader can place: the Leadership list read "Chairman, 1 October"
                and (m.year is not None or m.end_year is not None)]
    if not mentions:
        return None, None
    m = mentions[0]
    # "took over after a ceremony on 20 July 2023 and has commanded the Legion since 1 August
    # 2023": the open term the text states outright is the period, not the occasion before it.
    # But not an open term told in a relative clause after it, which is someone else's: "took
    # the chair in April 2020 from Denis Ranque, who had held it since 2013" (Airbus's Obermann,
    # whose Leadership entry read "since 2013").
    since = [x for x in mentions[1:] if (x.ongoing or re.search(r"\bsince\s+$", text[max(0, x.start - 12):x.start], re.I))
             and not re.search(r",\s+(?:who|whom|whose|which)\b", text[m.end:x.start])]
    if since and not m.ongoing and not m.closed_range and not re.search(
            r"\bsince\s+$", text[max(0, m.start - 12):m.start], re.I):
        m = since[0]
    if m.ongoing:
        span = text[m.start:m.end]
        return (span if re.search(r"present|now|today", span, re.I) else f"since {span}"), True
    if m.closed_range and _MEETING_SPAN.search(text[max(0, m.start - 60):m.start]):
        # "The sixth congress, held near Johannesburg from 23 to 25 August 2017, re-elected Yawa
        # as general secretary": the days the meeting sat, not a term that ended with them; the
        # post dates from the meeting, and whether it is held still the text does not say
        return f"from {_month_year(m.end_month or m.month, m.end_year or m.year)}", None
    if m.closed_range:
        # "(1987–2008; 2010–2020)", "(2017–2022, 2023–present)", "(1989–2005 and 2006–2010)": every
        # term the entry gives
        terms, last = [text[m.start:m.end]], m
        for x in mentions[mentions.index(m) + 1:]:
            if not (x.closed_range or x.ongoing) or not re.fullmatch(r"\s*(?:[,;]\s*(?:and\s+)?|and\s+)",
                                                                     text[last.end:x.start]):
                break
            terms.append(text[x.start:x.end])
            last = x
        if len(terms) > 1:
            return ", ".join(terms), (True if last.ongoing else False)
        return text[m.start:m.end], False
    before = text[max(0, m.start - 30):m.start]
    if re.search(r"\bsince\s+$", before, re.I):
        return f"since {m.text}", True
    if re.search(r"\bfrom\s+$", before, re.I):
        end = next((x for x in mentions if x.start >= m.end and re.fullmatch(
            r"\s+(?:until|till|to)\s+", text[m.end:x.start], re.I)), None)
        if end is not None:  # "from 25 October 2012 until November 2013": a closed term
            return f"{m.text} to {end.text}", False
        return f"from {m.text}", None
    # "2005 to 2010: Emre Taner": a term of two years, told without "from"
    end = next((x for x in mentions if x.start >= m.end and re.fullmatch(r"\s+(?:until|till|to)\s+", text[m.end:x.start],
                                                                         re.I)), None)
    if end is not None and not re.search(r"\b(?:until|till|to)\s+$", before, re.I):
        return f"{m.text} to {end.text}", False
    # ("until mid-2017": a part of the year the term ended in)
    if re.search(r"\b(?:until|till|to)\s+(?:(?:early|mid|late)[-\s])?$|\buntil\s+(?:his|her|their)\s+death\s+(?:on|in)\s+$",
                 before, re.I):
        return f"until {m.text}", False
    # ("acted as chief executive until she arrived in March 2015", "until Michael Grade took
    # over on 1 May 2022": the day a successor came is the day the term ended)
    if re.search(r"\buntil\s+(?:(?:he|she|they)\s+|(?:[A-Z][\w'’-]+\s+){1,3})(?:arrived|took\s+over|took\s+office|"
                 r"took\s+up\s+(?:the|his|her)\s+(?:post|office)|was\s+appointed|was\s+elected|started)"
                 r"\s+(?:on|in)\s+$", text[max(0, m.start - 70):m.start]):
        return f"until {m.text}", False
    return m.text, None


@record
class _Found:
    name: str
    role: str | None
    source: Source | None
    leader: bool
    period: str | None = None
    current: bool | None = None
    deceased: bool = False
    affiliation: str | None = None
    hedge: str | None = None  # whose word the role is, when the text does not state it as fact
    post_only: bool = False  # evidence of a post only (a claim, a body worked for): no role, no leader
    post_role: str | None = None  # the role with the body it belongs to, as a second post shows it
    # The period stated with the role itself ("chaired the board from 2012"), for a second post:
    # `period` may come from the sentence around it, which dates the main role.
    post_period: str | None = None
    post_current: bool | None = None


def _named_in_full(sentence: str, known: list[str], latest: dict[str, str]) -> None:
    """Note, by surname, each known person the sentence names in full."""
    check()  # a turn of a loop that grows with the seed (`budget`)
    for n in known:
        if len(n.split()) > 1 and n in sentence:
            latest[n.split()[-1]] = n


def _in_run(sentence: str, start: int, end: int) -> bool:
    """Whether the word at `start:end` stands inside a longer run of capitalised words (a name
    of its own: "Kobakhidze" in "Manana Kobakhidze")."""
    before = sentence[:start].split()
    after = sentence[end:].split()
    # ("Emilio Botín-Sanz de Sautuola y López": particles between capitalised words join them)
    k = len(before)
    while k and before[k - 1] in _PARTICLES:
        k -= 1
    if k < len(before) and k and _NAME_WORD_RX.fullmatch(before[k - 1]):
        return True
    return bool((before and _NAME_WORD_RX.fullmatch(before[-1]) and before[-1] not in _STOP_FIRST
                 and before[-1] not in _MONTH_NAMES) or

                (after and _NAME_WORD_RX.match(after[0]) and not sentence[end:end + 1] in ",;:."))


def _called_by_first_word(sentence: str, known: list[str], first: dict[str, str]) -> None:
    """Note each known person the sentence calls by the first word of their name alone, while
    no known person has that word for a surname ("Muhoozi" for Muhoozi Kainerugaba, "Kim" for
    Kim Dae-jung): a text that calls someone so keeps calling them so (`_with_full_names`)."""
    check()  # a turn of a loop that grows with the seed (`budget`)
    surnames = {n.split()[-1] for n in known if len(n.split()) > 1}
    tried: set[str] = set()  # a first word many share is looked for once ("John" of a hundred Johns)
    for n in known:
        word = n.split()[0]
        if len(n.split()) < 2 or word in surnames or word in first or word in tried or \
                not _NAME_WORD_RX.fullmatch(word) or word in _STOP_FIRST or len(word) < 3:
            continue
        tried.add(word)
        for start, end in name_spans(sentence, word):
            if not _in_run(sentence, start, end):
                first[word] = n
                break


# Words of a region's name, which no person's name holds ("Western European", "North Atlantic").
_REGION_WORD = re.compile(r"(?:North|South|East|West)(?:ern)?|Central|Upper|Lower|Greater|Middle|Atlantic|Pacific|"
                          r"European|African|Asian|American|Arab|Nordic|Baltic|Latin|Caribbean|Mediterranean")


def _note_in_passing(sentence: str, subject: Subject, in_passing: dict[str, str]) -> None:
    """Note, by surname, each person `sentence` names in full: two words or more that read as a
    name, none of them a country or a people's name, no possessive."""
    for m in PERSON_NAME.finditer(sentence):
        n = _clean_name(m.group("name"))[0]
        words = n.split()
        if len(words) < 2 or len(words[-1]) < 3 or "'" in n or "’" in n or not is_name(n) or words[0] in _STOP_FIRST \
                or any(is_country(w) or is_demonym(w) or _REGION_WORD.fullmatch(w) for w in words) \
                or subject.is_subject_name(n):
            continue
        in_passing[words[-1]] = n
        if len(words) == 3 and not any(w in _PARTICLES for w in words):
            in_passing[words[0]] = n  # ("Goh Chok Tong", then "from Goh": a family name first)
        for j in range(2, len(words) - 1):
            if words[j].islower() and words[j] in _PARTICLES and not words[j - 1].islower():
                # ("Carlos Ibáñez del Campo", then "Ibáñez became its first general director": the
                # first of two surnames a particle joins, by which a Spanish text calls him)
                in_passing.setdefault(words[j - 1], n)
                break


# A head's verb right after a lone surname, of a body named by "the" or "its" (`_in_passing`).
_HEAD_VERB_AFTER = re.compile(r"\s+(?:then\s+|later\s+)?(?:had\s+|has\s+)?(?:chaired|led|headed|commanded|directed)\s+"
                              r"(?:the|its)\s")


def _in_passing(sentence: str, known: list[str], in_passing: dict[str, str]) -> str:
    """`sentence` with a lone surname written in full where a post follows it in its clause
    ("Bosch, then chairman of the board of management, stopped production", "Finch became its
    chief", "replaced Womack as deputy") or one just before it that the name held ("took over
    as secretary-general from Goh"), when the person was named in full before without one
    ("the process which Carl Bosch had developed") and no known person bears that surname or
    word of a name (`_with_full_names` writes those); so also where a head's verb follows it
    ("Achmat chaired the campaign"). Why only before a post: a surname alone is a person's when
    the sentence gives it a post; elsewhere the same capitalised word is as often a company's
    or a place's ("now owned by Bosch")."""
    if not in_passing:
        return sentence
    taken = {w for n in known for w in re.split(r"[\s-]+", n)}
    for surname, full in in_passing.items():
        if surname in taken or surname not in sentence:
            continue

        def put(start: int, end: int) -> str:
            if _in_run(sentence, start, end) or re.search(
                    r"(?i)\b(?:the|a|an|this|that|first|second|third|last|new|late|young|elder)\s+$", sentence[:start]):
                return sentence[start:end]  # ("the son of the first Botín chairman": a family's name)
            ahead = re.split(r"[;.]", sentence[end:end + 90], maxsplit=1)[0]
            # ("took over as secretary-general from Goh", "replaced Womack as deputy")
            behind = re.split(r"[;]", sentence[max(0, start - 60):start])[-1]
            told = re.search(r"\b(?:from|succeeded|replaced|succeeding|replacing)\s+$", behind) and ROLE_NOUN.search(behind)
            # ("Achmat chaired the campaign through its first decade": a head's verb gives the post)
            heads = _HEAD_VERB_AFTER.match(sentence, end)
            return full if ROLE_NOUN.search(ahead) or told or heads else sentence[start:end]

        sentence = replace_names(sentence, surname, put)
    return sentence


def _with_full_names(sentence: str, known: list[str], latest: dict[str, str] | None = None,
                     first: dict[str, str] | None = None) -> str:
    """The sentence with each lone surname of someone already named in full written in full
    ("was followed by Récamier" -> "... by Max Récamier"): an article names a person in full
    once and by the surname after, and the patterns below read a name of two words or more.
    A surname two known people share names the one of them the text named in full last
    (`latest`, kept across sentences, as a reader takes it); one inside a longer capitalised
    run ("Kobakhidze" in "Manana Kobakhidze") is left alone. A word the text had called someone
    by before anyone with it for a surname was named (`first`, `_called_by_first_word`) keeps
    naming them: an article that calls Muhoozi Kainerugaba "Muhoozi" goes on doing so after it
    names "a different officer, Major General David Muhoozi" once."""
    check()  # a turn of a loop that grows with the seed (`budget`)
    latest = {} if latest is None else latest
    first = {} if first is None else first
    _called_by_first_word(sentence, known, first)
    _named_in_full(sentence, known, latest)
    by_surname, inner = _surnames_of(tuple(known))
    unique = {s: next(iter(ns)) if len(ns) == 1 else latest.get(s) for s, ns in by_surname.items()}
    # a word that is also another known person's given name, not last in it ("Hassan" of Mohd
    # Hassan Marican, whom a Malay article calls Hassan, beside Mohd Sidek Hassan): whom it means
    # is the text's to say (`first`), not the surname's
    unique = {s: n for s, n in unique.items() if s not in inner or s in first}
    # only surnames the sentence holds at all: the pattern below is compiled for each new set
    # of names, and one of every known surname cost an article of 450 people a compile a sentence
    unique = {s: n for s, n in unique.items() if n and s in sentence}
    if not unique:
        return sentence
    words = "|".join(re.escape(s) for s in sorted(unique, key=len, reverse=True))

    def full(m: re.Match[str]) -> str:
        if _in_run(sentence, m.start(), m.end()):
            return m.group(0)
        return first.get(m.group(0)) or unique[m.group(0)]

    # (the class written as two: one with the ’ beside \w and more compiles to a table of every
    # code point, about 0.5 ms for each new set of names, `text.name_spans`)
    return re.sub(rf"(?<![\w'-])(?<!’)(?:{words})(?![\w'-])(?!’)", full, sentence)


@lru_cache(maxsize=8)
def _surnames_of(known: tuple[str, ...]) -> tuple[dict[str, set[str]], frozenset[str]]:
    """The known people by each surname they may be called by alone, and the words inside
    names of three words or more (`_with_full_names`): read once for a list of people, not once
    a sentence."""
    by_surname: dict[str, set[str]] = {}
    for n in known:
        if len(n.split()) > 1:
            by_surname.setdefault(n.split()[-1], set()).add(n)
        if len(n.split()) > 2:
            # a double surname ("López Obrador" of Andrés Manuel López Obrador), which the
            # last word alone, inside that run of capitalised words, would not match
            # (a surname's particles go with it: "van der Horst", not "der Horst", of Richard van der Horst)
            ws = n.split()
            j = len(ws) - 2
            while j > 1 and ws[j].islower() and ws[j] in _PARTICLES and ws[j - 1].islower() and ws[j - 1] in _PARTICLES:
                j -= 1
            by_surname.setdefault(" ".join(ws[j:]), set()).add(n)
            if j < len(ws) - 1 and ws[j].islower() and ws[j] in _PARTICLES:
                # ("He took over from Van den Brink": the particle capitalised when the surname stands alone)
                by_surname.setdefault(" ".join([ws[j].capitalize(), *ws[j + 1:]]), set()).add(n)
    return by_surname, frozenset(w for n in known if len(n.split()) > 2 for w in n.split()[1:-1])


def _without_asides(sentence: str) -> str:
    """The sentence less its descriptive asides: "X, formerly chief economist of the IMF, took
    office as governor" speaks of the governorship, not of the IMF."""
    return re.sub(r",\s+(?:a|an|the|formerly|then|later|once|now|previously)\b[^,;]{0,90},", ",", sentence)


# The name a sentence opens on, after a date, when its verb follows at once ("Keizai Dōyūkai
# accepted ..."): who acts in the sentence.
# ("At its 48th congress, on 5 October 2025, the SUS elected X as its chairman": two openings, and
# "the" before a name in capitals)
_NAMED_BY = re.compile(r"(?:(?:On|In|At|By|From|After|Before|During)\b[^,;]*?,?\s+(?:(?:on|in|at)\s+[^,;]*?,\s+)?)?"
                       r"(?:the\s+)?(?P<np>(?!(?:The|Its|A|An|He|She|It|They)\b)(?:[A-Z][\w'’.-]*\s+){1,4})[a-z]+ed\b")


def names_other_body(sentence: str, subject: Subject) -> bool:
    """Whether the sentence names an organisation other than the subject (a capitalised phrase
    holding a word such as Corps, Brigade, Party, Ministry, Court)."""
    for m in re.finditer(r"(?:[A-Z0-9][\w'’-]*\s+){0,5}?(?:" + _ORG_WORD.pattern[5:-3] + r")\b(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w-]*)+)?",
                         sentence):
        if not subject.is_owner(m.group(0)) and not any(n.casefold() in m.group(0).casefold()
                                                          for n in subject.names if len(n) > 2):
            return True
    return False


# A clause that opens, after a date or a place, on a body ("On 28 May 1982 the 2nd Battalion
# attacked ..."): that body is what the clause is about.
_CLAUSE_OPENING = re.compile(r"(?:(?:On|In|At|By|From|After|Before|During|Later|Then)\b[^,;]*?)?,?\s*(?:the\s+)?")


# A business made a company of its own: "spun off as Siemens Energy", "demerged as Svitzer".
_SEPARATED = re.compile(r"\b(?:spun\s+off|span\s+off|demerged|split\s+off|carved\s+out|floated)\s+(?:[\w-]+\s+){0,3}?as\s+"
                        r"(?P<body>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})")
# "... were merged into a new Australia Police, with J. M. Davies as its interim chief
# commissioner": a body made new in the clause, which "its" after it means (a forerunner of the
# organisation, when it is not the organisation itself, `its_other_body`).
_NEW_BODY = re.compile(r"\b(?:into|as|formed|created|set\s+up|founded|established)\s+(?:a|the)\s+new\s+"
                       r"(?P<body>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})")


# A named body and the relative clause about it that runs on, no comma closing it, to the
# place asked about: "the Commonwealth Bank of Australia, which ... under its".
_RELATIVE_BODY = re.compile(
    rf"(?P<body>(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){{0,5}}(?:{_ORG_WORD.pattern[5:-3]})"
    rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})?),\s+(?:which|that)\s+[^,;()]*$")


# A body named right before a clause of time that opens on "its" (`its_other_body`).
_BODY_THEN_ITS = re.compile(
    rf"(?P<body>(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){{1,5}}?(?:{_ORG_WORD.pattern[5:-3]}))\s+"
    r"(?:while|when|whereas|until|before|after|as)\s+$")
_SIBLING_OPENING = re.compile(r"(?:(?:On|In|At|By|From|After|Before|During|Later|Then|The\s+(?:next|following|same)\s+\w+)"
                              r"\b[^,;]*?,?\s+)?(?P<n>[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){1,3})(?:,\s+(?:which|who)\s+[^,;]+,)?"
                              r"\s+(?:[a-z]+ed|was|were|had|has|took|made|gave|kept|sold|bought|held|won|lost|said)\b")


# A clause's opening subject, a name of up to three capitalised words, before its verb (an aside
# "which ..." or an adverb between them): what `its_other_body` asks `is_country` of.
_STATE_SUBJECT = re.compile(
    r"(?:(?:On|In|At|By|From|After|Before|During|Later|Then)\b[^,;]*?,?\s+)?"
    r"(?P<c>(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:,\s+(?:which|who)\b[^,;]*,)?"
    r"\s+(?:(?:then|later|also|soon|now|itself|in\s+turn)\s+)?"
    r"(?:[a-z]+ed|was|were|had|has|took|made|held|won|lost|became|began|left|sent|gave|kept)\b")


# A body named as whose a scene or a thing was ("a meeting of the Amhara regional government"), then
# a verb of the same clause and "its" (`its_other_body`).
_BODIES = (r"(?i:government|council|assembly|parliament|cabinet|ministry|party|committee|administration|authority|"
           r"board|regime|junta|court|company|bank|union|federation|league|front|movement)")
_OF_BODY_THEN_ITS = re.compile(rf"\bof\s+the\s+(?P<body>(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){{0,3}}?\s+{_BODIES})\b"
                               r"[^;,]{0,60}?\s+and\s+[a-z]+\s+$")
# Forces named by whose they were ("the forces of the Derg"), then a semicolon and "their".
_PLURAL_OF_BEFORE = re.compile(r"\bthe\s+(?P<body>(?:[a-z]+\s+)?(?:forces|troops|armies|militias|rebels|fighters)\s+of\s+"
                               r"(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*)[^;]*;\s+$")
# A body named, then set off by what it is and who runs it: "the Public Investment Fund, the
# sovereign wealth fund run by its governor, " (`its_other_body`)
_BODY_RUN_BY_ITS = re.compile(r"(?P<body>(?-i:[A-Z])[\w'’&-]*(?:\s+(?:(?:of|for|and|the)\s+)*(?-i:[A-Z])[\w'’&-]*)*),\s+"
                              r"(?:the|a|an)\s+[^,;()]{0,60}?\b(?:run|led|headed|chaired|managed|directed|overseen|"
                              r"commanded)\s+by\s+$")


# A sentence opening on a body of some kind as its subject, before its verb: "The New York
# coalition disowned it" (`its_other_body`, for the "Its" opening the sentence after).
_OTHER_KIND_OPENS = re.compile(r"(?:(?:On|In|At|By|From|After|Before|During|Later|Then)\b[^,;]*?,?\s+)?(?P<np>[Tt]he\s+"
                               r"(?:[\w'’-]+\s+){0,3}?(?P<kind>[a-z]+))\s+(?:[a-z]+ed|was|were|had|has|took|made|said|"
                               r"sold|bought|won|lost|stood|fought|went|came|began|became|broke|cut|split)\b")
# A clause ending on a named body and an apposition that says what kind of body it is, right
# before a semicolon and "its": "the Banco del Paraguay, a state bank that both issued money
# and lent to farmers; its" (`its_other_body`).
_BODY_APPOSED_BEFORE = re.compile(
    r"(?P<body>(?-i:[A-Z])[\w'’&.-]*(?:\s+(?:(?:of|del|de|la|du|des|the|and|for)\s+)*(?-i:[A-Z])[\w'’&.-]*)*),\s+"
    r"(?:a|an)\s+(?P<kind>(?:[a-z][\w-]*\s+){0,3}[a-z]+)\b[^;,()]*;\s+$")


def its_other_body(sentence: str, at: int, subject: Subject, bodies: frozenset[str] = frozenset(),
                   before: str = "") -> str | None:
    """The other body "its" at `at` means, when the clause before it opens on that body as its
    subject ("the 2nd Battalion attacked the positions at Goose Green; its commanding officer,
    Lieutenant Colonel H. Jones, was killed": the battalion's, not the regiment's), or on the
    short name of a body the article names in full (`short_body_names`: "Ford placed Volvo Cars
    in its Premier Automotive Group ..., and its chief executive, Jac Nasser, promised": Ford's,
    after "the Ford Motor Company"), or on "the" and the kind word of a part named just before
    (`before`, the sentence before: "42 Commando ... the commando"); else None."""
    rel = _RELATIVE_BODY.search(sentence, 0, at)
    if rel is not None and not subject.is_owner(rel.group("body")) \
            and not any(n.casefold() in rel.group("body").casefold() for n in subject.names if len(n) > 2):
        # "grew out of the Commonwealth Bank of Australia, which ... opened in 1912 under its
        # first governor, Denison Miller": "its" within a clause about that other body is its
        return rel.group("body")
    near = _BODY_THEN_ITS.search(sentence[:at])
    if near is not None and not subject.is_owner(near.group("body")) \
            and not any(n.casefold() in near.group("body").casefold() for n in subject.names if len(n) > 2):
        # "Nikolić, who had run the Serbian Radical Party while its leader, Vojislav Šešelj, stood
        # trial": "its" in a clause of time right after a body is that body's
        return near.group("body")
    acted_in = _OF_BODY_THEN_ITS.search(sentence[:at])
    if acted_in is not None and not subject.mentioned_in(sentence[:at]):
        # "gunmen burst into a meeting of the Amhara regional government in Bahir Dar and killed its
        # president": in a sentence that does not name the organisation, "its" after a body named
        # as whose the scene was is that body's
        return acted_in.group("body")
    plural = sentence[at:at + 6].casefold().startswith("their") and _PLURAL_OF_BEFORE.search(sentence[:at])
    if plural and not subject.mentioned_in(plural.group(0)):
        # "the imperial army gave way to the forces of the Derg, which grew ...; their last chief
        # of staff, X": "their" after a semicolon is the forces named, not the organisation
        return plural.group("body")
    if before and not sentence[:at].strip() and (other := _OTHER_KIND_OPENS.match(before)) \
            and other.group("kind") in KINDS and other.group("kind") not in subject.kind \
            and not subject.is_owner(other.group("np")) and not subject.is_subject_name(other.group("np")):
        # "The New York coalition disowned it the same day. Its executive director, Jocelyn
        # McCalla, said ...": a sentence opening on "Its" after one whose subject is a body of
        # another kind, told by its kind word, is about that body's post
        return other.group("np")
    if (appos := _BODY_APPOSED_BEFORE.search(sentence[:at])) and any(w in KINDS for w in appos.group("kind").split()) \
            and not subject.is_owner(appos.group("body")) and not subject.is_subject_name(appos.group("body")) \
            and not any(n.casefold() in appos.group("body").casefold() for n in subject.names if len(n) > 2):
        # "... replaced the Banco de la República with the Banco del Paraguay, a state bank that
        # issued money; its president, Carlos Pedretti, ...": "its" after the semicolon is the
        # body the clause before ended on, told by what kind of body it is
        return appos.group("body")
    run = _BODY_RUN_BY_ITS.search(sentence[:at])
    if run is not None and not subject.is_owner(run.group("body")) \
            and not any(n.casefold() in run.group("body").casefold() for n in subject.names if len(n) > 2):
        # "... to the Public Investment Fund, the sovereign wealth fund run by its governor, Yasir
        # Al-Rumayyan": "its" in the apposition of another body is that body's
        return run.group("body")
    separated = list(_SEPARATED.finditer(sentence[:at]))
    if separated:
        # "The energy business was spun off as Siemens Energy ...; X became its chief executive":
        # the business spun off is what "its" means, though it bears the organisation's name
        return separated[-1].group("body")
    new = list(_NEW_BODY.finditer(sentence[:at]))
    if new and not subject.is_owner(new[-1].group("body")) and not any(
            n.casefold() == new[-1].group("body").casefold() for n in subject.names):
        return new[-1].group("body")
    clauses = [c for c in re.split(r"[;:]|,\s+(?:and|but)\s+", sentence[:at]) if c.strip()]
    if not clauses:
        return None
    clause = clauses[-1].strip()
    short = re.match(r"(?:(?:On|In|At|By|From|After|Before|During|Later|Then)\b[^,;]*?,?\s+)?([A-Z][\w'’&-]+)\s+"
                     r"(?:[a-z]+ed|was|were|had|has|took|made|gave|kept|sold|bought|held|won|lost)\b", clause)
    if short and short.group(1) in bodies:
        return short.group(1)
    # ("UCATT's members passed to Unite on 1 January 2017; its acting general secretary, Brian
    # Rye, said ...": the body whose people open the clause before as its subject)
    whose = re.match(r"(?:(?:On|In|At|By|From|After|Before|During|Later|Then)\b[^,;]*?,?\s+)?(?P<b>[A-Z][\w&-]+)(?:'s|’s)\s+"
                     r"[a-z]+\s+(?:[a-z]+ed|was|were|had|has|took|made|went|came|left|voted|agreed)\b", clause)
    if whose and (whose.group("b") in bodies or whose.group("b").isupper()) and not subject.is_owner(whose.group("b")) \
            and not subject.is_subject_name(whose.group("b")) \
            and not any(n.casefold() == whose.group("b").casefold() for n in subject.names):
        return whose.group("b")
    # ("Belarus, which had applied in 2022, completed its accession ...; its president, Alexander
    # Lukashenko, was congratulated", "Kyrgyzstan then took over the chairmanship ..., and its
    # president, Sadyr Japarov, promised": a country opening the clause before as its subject,
    # whose head "its" names; a member state's president is no head of the organisation)
    # (a clause that opens on its verb shares the subject of the one before: "..., and became")
    opening = next((c.strip() for c in reversed(clauses) if not c.strip()[:1].islower()), clause)
    state = _STATE_SUBJECT.match(opening)
    if state and is_country(state.group("c")) and not subject.is_owner(state.group("c")):
        return state.group("c")
    # ("The next day CARE Australia, which ran the Iraq programme, suspended it; its chief
    # executive, Robert Glasser, said": a member that bears a word of the organisation's name)
    sibling = _SIBLING_OPENING.match(clause)
    if sibling and not subject.is_owner(sibling.group("n")) and not any(
            n.casefold() == sibling.group("n").casefold() for n in subject.names) and any(
            w.casefold() in subject.words for w in sibling.group("n").split() if len(w) > 2):
        return sibling.group("n")
    # ("On 6 May 2002 the wrestling company announced ..., and its chairman, Vince McMahon": a body
    # of another kind, told by what it does, opening the clause before)
    kind = re.match(r"(?:(?:On|In|At|By|From|After|Before|During|Later|Then)\b[^,;]*?,?\s+)?(?P<np>the\s+(?:[a-z-]+\s+)?"
                    r"(?P<kind>[a-z]+))\s+(?:[a-z]+ed|was|were|had|has|took|made|said|sold|bought|won|lost|stood|"
                    r"fought|went|came|began|became)\b", clause)
    if kind and kind.group("kind") in KINDS and kind.group("kind") not in subject.kind \
            and not subject.is_owner(kind.group("np")) and len(kind.group("np").split()) == 3:
        return kind.group("np")
    if kind and before:
        # ("In February 2026 marines of 42 Commando completed an exercise ... From that July the
        # commando stood ready ..., under its commanding officer, X": the part named just
        # before by that word, not the corps its kind also names)
        named = re.findall(rf"\b(?:\d+(?:st|nd|rd|th)?|[A-Z][\w'’-]*)\s+{re.escape(kind.group('kind').capitalize())}\b",
                           f"{before} {sentence[:at]}")
        if named and not any(n.casefold() in named[-1].casefold() for n in subject.names if len(n) > 2):
            return named[-1]
    # ("..., and on 1 May 2023, the fiftieth anniversary of KIRKBI's creation, Thomas Kirk
    # Kristiansen took over from his father as its chairman": a person is the clause's subject,
    # so "its" is the body the clause names as owning something, not the organisation)
    owned = [m.group("b") for m in _BODY_POSSESSIVE.finditer(clause)]
    doer = _PERSON_DOER.search(clause)
    if owned and doer and doer.start() > clause.find(owned[-1]) and not PERSON_NAME.fullmatch(owned[-1]) \
            and not subject.is_owner(owned[-1]) and not subject.is_subject_name(owned[-1]) \
            and not any(n.casefold() in owned[-1].casefold() for n in subject.names if len(n) > 2) \
            and not is_country(owned[-1]):
        return owned[-1]
    # ("On 20 December 2022 the management board of Frontex, the European border agency, chose
    # Leijtens as its executive director": the body whose board opens the clause as its subject)
    board = _BOARD_OF.match(clause)
    if board and not subject.is_owner(board.group("n")) and not subject.is_subject_name(board.group("n")) \
            and not any(n.casefold() in board.group("n").casefold() for n in subject.names if len(n) > 2):
        return board.group("n")
    body = _BODY_NAMED.search(clause)
    if body is None or not _CLAUSE_OPENING.fullmatch(clause[:body.start()]) or subject.is_owner(body.group(0)) \
            or any(n.casefold() in body.group(0).casefold() for n in subject.names if len(n) > 2):
        return None
    return body.group(0)


_BODY_NAMED = re.compile(r"(?:[A-Z0-9][\w'’-]*\s+){1,5}?(?:" + _ORG_WORD.pattern[5:-3] + r")\b")
# A body named as owning something ("KIRKBI's creation"), and a person's name before a verb of
# taking a post (`its_other_body`).
_AS_ITS_AFTER = re.compile(r"\s+(?:[^,;]{1,40}?\s+)?as\s+its\s+")
_BODY_POSSESSIVE = re.compile(r"\b(?P<b>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+[a-z]")
_PERSON_DOER = re.compile(rf"{_NAME}\s+(?:took\s+over|became|was\s+(?:appointed|named|elected|made))\b")
# A clause opening on a body's board, members or assembly as its subject: "the management board of
# Frontex", "the shareholders of Volvo" (`its_other_body`).
_BOARD_OF = re.compile(r"(?:(?:On|In|At|By|From|After|Before|During|Later|Then)\b[^,;]*?,?\s+)?[Tt]he\s+(?:[a-z-]+\s+){0,2}"
                       r"(?:board|council|assembly|members|shareholders|trustees|directors|governors|congress|committee)"
                       r"\s+of\s+(?:the\s+)?(?P<n>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4})")
_FIRM_APPOSITION = re.compile(r"\b((?:[A-Z][\w'’&-]+\s+){1,3}[A-Z][\w'’&-]+),\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}"
                              r"(?:maker|firm|company|manufacturer|producer|cooperative|bank|chain|retailer|carrier|"
                              r"airline|operator|conglomerate|subsidiary)\b")


_BODY_WORDS = re.compile(rf"\b((?:[A-Z][\w'’&-]+\s+){{1,3}})(?:{_ORG_WORD.pattern[5:-3]})\b")


def short_body_names(profile: Profile, subject: Subject) -> frozenset[str]:
    """The first words of the other bodies an article names in full ("Ford" of "the Ford Motor
    Company", "Geely" of "Geely Holding Group"), by which prose goes on to call them; none of
    the subject's own words, and no person's name."""
    words: set[str] = set()
    for sentence, _source, _lead in _sentences(profile):
        named = [m.group(1) for m in _BODY_WORDS.finditer(sentence)]
        # ("Fagor Electrodomésticos, the appliance maker that had grown out of Ulgor": a body the
        # apposition says is a firm, though no word of its name does)
        named += [m.group(1) for m in _FIRM_APPOSITION.finditer(sentence)]
        for name in named:
            first = name.split()[0]
            if first.casefold() not in subject.words and first not in _STOP_FIRST and first not in _MONTH_NAMES \
                    and first not in ("The", "A", "An", "Its", "Their", "His", "Her"):
                words.add(first)
    return frozenset(words)


# -- the infobox ------------------------------------------------------------------------------
def _split_values(value: str) -> list[str]:
    """`A (CEO), B and C; D` → parts, keeping commas inside brackets."""
    parts, depth, buf = [], 0, ""
    for ch in value:
        depth += ch in "(["
        depth -= ch in ")]" and depth > 0
        if depth == 0 and ch in ",;":
            parts.append(buf)
            buf = ""
        else:
            buf += ch
    parts.append(buf)
    out: list[str] = []
    for p in parts:
        p = _AND_OTHERS.sub("", p.strip())  # "Allan Octavian Hume and others"
        shared = _entries(p) if re.search(r"\)\s*$", p) else [p]
        if len(shared) == 2:
            out.extend(shared)  # "A and B (co-chief executives)": the bracket is both people's
            continue
        out.extend(_split_outside_brackets(p))
    return [p.strip() for p in out if p.strip()]


def _split_outside_brackets(text: str) -> list[str]:
    """`text` split at each " and " before a capital outside brackets: "Tengku Muhammad Taufik
    Tengku Aziz (President and Group CEO)" is one person with two posts, not "... (President" and
    "Group CEO)"."""
    parts, last, depth = [], 0, 0
    for m in re.finditer(r"[()\[\]]|\s+and\s+(?=[A-ZА-Я])", text):
        if m.group(0) in "([":
            depth += 1
        elif m.group(0) in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(text[last:m.start()])
            last = m.end()
    parts.append(text[last:])
    return parts


# A title word or two before a person's name: "Commissioner Edward Hill", "Chief Constable Ann Roe"
_TITLE_BEFORE_NAME = re.compile(r"^(?P<title>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})$")


_DASHED_TERM = re.compile(r"(?P<dash>\s[—–]\s+)(?=(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|"
                          r"August|September|October|November|December)\s+\d{4}\s+to\s)")


_GLOSSED_RANK = re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,3}\((?:[A-Z][\w-]*\s+){0,2}(?:General|Colonel|Major|Captain|"
                           r"Admiral|Brigadier|Marshal|Lieutenant|Commander|Commodore|Sergeant)\)\s+(?=[A-Z])")


def _parse_entry(text: str, default_role: str | None, source: Source | None) -> _Found | None:
    """One person entry: `Name (role)`, `Name – role, 2015–2017`, `2015–2017: Name`, `Role: Name`."""
    text = " ".join(text.split())
    # ("Goongloen Gongma (Lieutenant General) Batoo Tshering": a rank in the country's language,
    # glossed in brackets, before the name; the rank is no part of the name)
    text = _GLOSSED_RANK.sub("", text, count=1)
    # ("Tan Sri Abu Kassim Mohamed — 1 January 2010 to 31 July 2016": a term told after a dash,
    # its first day to its last, read as "from ... to ...")
    text = _DASHED_TERM.sub(r"\g<dash>from ", text, count=1)
    period, current = _period(text)
    until = re.search(r"\buntil\s+(1[89]\d\d|20\d\d)\b", text)
    years = re.findall(r"\b(?:1[89]\d\d|20\d\d)\b", text)
    if until and period and len(years) >= 2 and years[0] < until.group(1) and not re.search(r"[–—-]|\b(?:until|to)\b", period):
        # "Len McCluskey (elected 2010; resigned 2016 and re-elected 2017; until 2021)": the term
        # runs from the first year told to the one "until" gives
        period, current = f"{years[0]}–{until.group(1)}", False
    # Remove the period and its joiners so that what remains is name and role.
    rest = text
    for m in reversed(find_dates(text, bare_years=True)):
        rest = rest[:m.start] + " " + rest[m.end:]
    # Words that joined the removed period ("since", "2015 to 2017", "in 2019") go with it; a
    # role's own "in" ("chief of staff in Syria") stays.
    rest = re.sub(r"\b(?:since|from|until|till|to|in)\s*(?=[,;:()\]–—-]|\s*$)|\b(?:present|–\s*present)\b", " ",
                  rest, flags=re.I)
    role: str | None = None
    name: str | None = None
    aliases: list[str] = []
    qualified = False
    described = False  # "(patron)", "(honorary member)": a position that does not lead it
    qualifier = ""  # "(interim, 2025–2026)": the role held for a time
    began = False  # the entry says its date is when the term began ("elected 1984")
    for bracket in re.findall(r"\(([^)]*)\)", rest):
        dated = bracket.strip() != bracket.strip(" ,;")  # a date stood here: "(2012, interim)"
        bracket = bracket.strip(" ,;")
        if ROLE_NOUN.search(bracket):
            qualified = qualified or role is None
            # ("Alex Norström and Gustav Söderström (co-chief executives)": each holds one post)
            # (not "Chairman of the Board of Executive Directors", whose plural is the board's)
            plural = re.search(r"[a-z](?:s|men)$", bracket.strip()) and not re.search(r"\bof\b", bracket)
            role = role or _leader_role(_singular(bracket) if plural else bracket)
        elif re.fullmatch(r"(?i)\s*(?:interim|acting|caretaker)\W*", bracket):
            qualifier = bracket.strip(" ,;").casefold()
        elif re.fullmatch(r"(?i)\s*(?:current|incumbent|present|in\s+office|serving)\W*", bracket):
            current = True  # "Jean-François Corty (current)" in a list of presidents: in office now
        elif period and re.fullmatch(r"(?i)\s*(?:re-?)?(?:appointed|elected|named|chosen|installed|took\s+office|"
                                     r"assumed\s+office|sworn\s+in)\W*", bracket):
            began = True  # "Omar Alieu Touray (appointed 2022)": how the term began, whose date is its period
        elif period and re.fullmatch(r"(?i)\s*(?:and\s+(?:later|after|again)|onwards?)\W*", bracket):
            pass  # "Jawaharlal Nehru (1929 and later)": the term's date ran on, no description
        elif re.fullmatch(r"(?i)\s*(?:died|killed)\s+in\s+office(?:\s+in)?\W*", bracket):
            # "Richard van der Horst (died in office in 2005)": the term ended then
            current = False
            if period and _lone_date(period):
                period = f"until {period}"
        elif re.fullmatch(r"(?i)\s*(?:was\s+)?(?:removed|dismissed|resigned|suspended|ousted|deposed|retired|sacked|"
                          r"fired|replaced|recalled|impeached|forced\s+out)\b[^()]*", bracket):
            # "Raúl Alfaro Alvarado — 27 August 2022 to March 2023 (removed)", "(suspended by a
            # court)": how the term ended, no description of who the person is
            if current is None:
                current = False
        elif re.fullmatch(r"[a-z][a-z\s-]{2,40}", bracket.strip()):
            # "(patron)" says what the person is; "(2022–2023, volunteer formation)" what the term was
            described = described or not dated
        elif all(ch.islower() for ch in bracket if ch.isalpha()):
            # (a name has capitals, or a script without case: "Павел Шурмей", "鳥井信治郎")
            pass  # "(elected 2010; resigned 2016 and re-elected 2017)" without its years: notes, no name
        elif re.search(r";|,\s*(?:,|$)|\s{2}", bracket):
            # "Tom Enders (Airbus, 2007–2012; EADS and Airbus Group, 2012–2019)" without its years:
            # where each term was held, a note with gaps where its dates stood, no other name of
            # the person ("Airbus, ; EADS ..." had been printed beside his name)
            pass
        elif bracket.strip(" ,;–-"):
            aliases.append(bracket.strip())
    rest = re.sub(r"\([^)]*\)", " ", rest)
    pieces = [p.strip(" ,;:–—-") for p in re.split(r"\s[–—-]\s|:\s|,\s", rest)]
    pieces = [p for p in pieces if p]
    for piece in pieces:
        cleaned, _ = _clean_name(piece)
        titled = _TITLE_BEFORE_NAME.match(cleaned) if name is None and not is_name(cleaned) else None
        if titled and ROLE_NOUN.fullmatch(titled.group("title")) and is_name(titled.group("name")):
            # "Commissioner Edward Hill" beside "Leader Title2: Chief of the Staff": a title
            # before the name is the person's rank or post; the post the entry is for, when
            # one is given, is the infobox's
            name = titled.group("name")
            role = role or (None if default_role else _leader_role(titled.group("title")))
        elif name is None and is_name(cleaned):
            name = piece
        elif role is None and ROLE_NOUN.search(piece):
            role = _leader_role(piece)
    if name is None:
        for piece in pieces:
            cleaned, _ = _clean_name(piece)
            words = cleaned.split()
            if 1 <= len(words) <= 5 and all(w[:1].isupper() for w in words if w.isalpha()) and not _acronym_in(words) \
                    and not _ORG_WORD.search(cleaned) and not ROLE_NOUN.search(cleaned) and not _PLACEHOLDER.match(cleaned) \
                    and not is_country(cleaned):  # "Founders: Iran, Iraq, Kuwait": states, not people
                name = piece
                break
    if name is None or (described and role is None):
        return None
    clean, deceased = _clean_name(name.lstrip("*• ").strip())
    if not clean or _PLACEHOLDER.match(clean):
        return None
    if _FORMER.search(text) and current is None:
        current = False
    role = role or default_role
    if qualifier and role and qualifier not in role.casefold():
        role = cap_first(f"{qualifier} {role.casefold() if not role.isupper() else role}")
    found = _Found(clean, role, source, True, period, current, deceased)
    found.aliases = aliases  # type: ignore[attr-defined]
    found.qualified = qualified  # type: ignore[attr-defined]
    found.began = began  # type: ignore[attr-defined]
    return found


# An infobox's supreme command of a state's forces, and a value naming its holder by a head of
# state's title: the office of the state, not a post of the unit (a regiment's own honorary
# "Colonel-in-Chief" is one of its posts, and leads as the corpus counts it).
_STATE_COMMANDER = re.compile(r"(?i)(?:supreme\s+)?commander[-\s]in[-\s]chief|supreme\s+commander")
# (or by a monarch's regnal name, a given name and its number: "Charles III, represented by the
# Governor-General", "Carl XVI Gustaf", "Harald V")
_STATE_HEAD_VALUE = re.compile(r"(?:(?:the\s+)?(?:President|King|Queen|Emperor|Sultan|Emir|Monarch|Governor[-\s]General|"
                               r"Head\s+of\s+State)\b)|(?-i:[A-Z][\w'’-]+\s+[IVX]{1,5})(?![\w.])")

# An infobox value that is a post and names no one: "Minister of Electricity and Energy".
# ("Minister Responsible: Minister of Innovation, Science and Industry": a portfolio of several
# fields, a series ending in "and", is one post too)
_POST_VALUE = re.compile(rf"(?:the\s+)?(?:{_ROLE_NOUN_WORDS})\s+of\s+(?:the\s+)?[A-Z][^,;()]*"
                         rf"(?:(?:,\s+[A-Z][^,;()]*)+\s+and\s+[A-Z][^,;()]*)?$", re.I)


# A title that names a ministry or a government, whose "Minister" is its own head.
_MINISTRY_TITLE = re.compile(r"(?i)\b(?:ministry|department|government|cabinet|council\s+of\s+ministers)\b")


def _from_facts(facts: list[Fact], ministry: bool = True) -> Iterator[_Found]:
    """The people the infobox names. `ministry`: whether the organisation is a ministry or a
    government, whose "Minister:" heads it; any other's (an army's "Minister: Suren Papikyan")
    is the government's minister it answers to, named and not one of its leaders."""
    # ("Chief1 Position: Director" names the role of "Chief1 Name" as a title does)
    # ("Chief1 Position: Chief Statistician of Canada (interim)": the holder's standing, said
    # before the post as the text says it, "Interim Chief Statistician of Canada", so that the
    # holders of the post before him hold the post, not his stand-in's)
    # (a bare "Position: Big tent" is a party's place on the political spectrum, and "Name" the
    # organisation's own: a pair names whose title it is, "Leader Position", "Chief1 Position")
    titles = {re.sub(r"\s*(?:title|position)\s*(\d*)$", r" \1", f.label.casefold()).strip():
              re.sub(r"(?i)^(?P<post>.+?)\s*\((?P<q>acting|interim|caretaker)\)$",
                     lambda q: f"{q.group('q').capitalize()} {q.group('post')}", f.text.strip())
              for f in facts if re.search(r"\b(?:title|position)\s*\d*$", f.label, re.I) and f.text
              and not re.fullmatch(r"(?i)\s*position\s*", f.label)}
    # ("President: Estela de Carlotto" above "Secretary: Abel Pedro Madariaga": a board's
    # president heads it; its secretary and treasurer are its officers, no heads; so are a
    # party's beside "Leader: Magdalena Andersson")
    presided = any(re.fullmatch(r"(?i)(?:president|chair(?:man|woman|person)?|(?:party\s+)?leader)",
                                (_role_text(f.label) or "").strip())
                   for f in facts if f.text)
    for fact in facts:
        if re.search(r"\b(?:title|position)\s*\d*$", fact.label, re.I):
            continue  # "Leader Title: Director-General" names the role of "Leader Name"
        # "Leader Name" pairs with "Leader Title", and "Administrator" with "Administrator Title"
        pair = re.sub(r"\s*name\s*(\d*)$", r" \1", fact.label.casefold()).strip()
        if pair in titles:
            values = _split_values(fact.text)
            roles = [r.strip() for r in re.split(r"\s*;\s*", titles[pair]) if r.strip()]
            # "Leader Title: President; Director General" beside "Leader Name: Adil Najam;
            # Kirsten Schuijt": one title for each name, in order
            paired = len(roles) == len(values) > 1
            for i, value in enumerate(values):
                title = roles[i] if paired else titles[pair]
                found = _parse_entry(value, _leader_role(title) or title, fact.source)
                if found is not None:
                    if found.current is None and not re.search(r"(?i)\b(?:former|founders?|first|previous|past)\b",
                                                               f"{fact.label} {title}"):
                        found.current = True  # the infobox names who holds the office now, as below
                    yield found
            continue
        if not LEADER_ROLE.search(fact.label):
            continue
        label_role = _role_text(fact.label)
        # "Previous commander": the word says when (the entry is former, below), not the post
        label_role = re.sub(r"^(?:Current|Notable|Key|Previous|Former|Past)\s+", "", label_role or "", flags=re.I)
        label_period = None
        if label_role:
            pm = re.search(r"\s*\(([^()]*\d{4}[^()]*)\)", label_role)
            if pm:  # "Commander (2017–2022, 2023–2025)": the role, and its period
                label_period, label_role = pm.group(1), (label_role[:pm.start()] + label_role[pm.end():]).strip()
        label_role = cap_first(_singular(label_role)) if label_role else None
        if label_role and label_role.casefold() in {"people", "commanders"}:
            label_role = "Commander" if "command" in fact.label.casefold() else None
        values = _split_values(fact.text) if fact.text else []
        values += [it.text for it in _walk(fact.items)]
        if fact.text and _POST_VALUE.match(fact.text.strip()):
            # "Shareholder Minister: Minister of Electricity and Energy": the post, no one named
            continue
        for value in values:
            found = _parse_entry(value, label_role, fact.source)
            if found is not None and label_period and not found.period:
                found.period = label_period
            if found is not None:
                found.key_role = label_role  # type: ignore[attr-defined]
                if presided and re.fullmatch(r"(?i)(?:secretary|treasurer)", label_role or ""):
                    found.leader = False
                if not ministry and re.search(r"(?i)\bminister\b", label_role or ""):
                    found.leader = False
                if _STATE_COMMANDER.fullmatch(label_role or "") and _STATE_HEAD_VALUE.match(value.strip()):
                    # "Commander-in-Chief: President Yoweri Museveni": the head of state commands
                    # every force of the state; the unit's own commanders lead it
                    found.leader = False
            if found is not None:
                # An infobox names who holds an office now, unless its label says otherwise; an
                # honorary post is held now too ("Honorary Chairman: X"), though it heads nothing.
                if label_period and re.search(r"\d{4}\s*[–—-]\s*\d{2,4}\s*$", label_period):
                    # "Commander (2017–2022, 2023–2025)": the last term is closed; one still
                    # running reads "2023–present"
                    found.current = False
                elif found.current is None and not re.search(r"(?i)\b(?:former|founders?|first|notable|previous|past|"
                                                             r"key\s+people)\b", fact.label):
                    found.current = True
                elif found.current is None and re.search(r"(?i)\bkey\s+people\b", fact.label) and found.role \
                        and found.role != label_role and LEADER_ROLE.search(found.role) \
                        and not re.search(r"(?i)\b(?:former|founders?|first|previous|past|late|honorary|emeritus)\b",
                                          found.role):
                    # "Key People: Steve Mollenkopf (chair)": a company's infobox names its officers
                    # of today with the post each holds; the row names no one from the past without
                    # saying so ("(founder)", "(former CEO)")
                    found.current = True
                yield found


def _walk(items: list[ListItem]) -> Iterator[ListItem]:
    for it in items:
        yield it
        yield from _walk(it.children)


# -- leadership sections ----------------------------------------------------------------------
def leadership_sections(profile: Profile) -> list[Section]:
    return [s for s in profile.all_sections() if is_leadership_title(s.title)]


def _singular(role: str) -> str:
    """"Founders" → "Founder", "Directors-General" → "Director-General" (a person holds one);
    only the post, before an "of": "Chairmen of the Joint Chiefs of Staff" → "Chairman of the
    Joint Chiefs of Staff", whose body keeps its name."""
    of = re.search(r"(?i)\s+of\s+", role)
    if of:
        return _singular(role[:of.start()]) + role[of.start():]
    # (only the post's noun, the last word or the one before "General": "Chief Operations
    # Officer" stays as it is, "Directors General" is "Director General")
    words = role.split(" ")
    at = len(words) - 2 if len(words) >= 2 and words[-1].casefold() == "general" else len(words) - 1
    noun = re.sub(r"ies\b", "y", words[at])
    noun = re.sub(r"(?<=[a-z])(?<!ss)(?<!u)(?<!i)s\b", "", noun)  # not "previous", "status", "basis"
    words[at] = re.sub(r"men\b", "man", noun)
    return " ".join(words)


def _section_role(title: str) -> str | None:
    """The post a title or a list's opening line names, in the singular; two posts joined by
    "and" ("Presidents and chief executives have included:") are one role, "President and
    chief executive", as the holders of such a list held the posts together or in turn."""
    m = ROLE_NOUN.search(title)
    if not m:
        return None
    second = re.match(rf"\s+and\s+(?P<b>{ROLE_NOUN.pattern})\b", title[m.end():], re.I)
    if second:
        b = _role_word(second.group("b"))
        return f"{_role_word(m.group(0))} and {b if b.isupper() else b[:1].lower() + b[1:]}"
    # ("Commandants General since 2019:", "Flag Officers Commanding": the word after the noun is
    # the post's)
    general = re.match(r"\s+([Gg]eneral|[Cc]ommanding)\b", title[m.end():])
    # ("High commissioners:": the word before the noun that makes it another post; "Party
    # leaders since 1923:", "The party's political leaders have been:": the word that makes
    # "leader" a party's post, not any head's)
    # ("General directors": the general director, a post of its own)
    high = re.search(r"\b(High|Flag|General)\s+$", title[:m.start()], re.I) or \
        (re.search(r"\b(Party|Political)\s+$", title[:m.start()], re.I) if re.match(r"(?i)leader", m.group(0)) else None)
    word = _role_word(title[m.start():role_phrase_end(title, m)])
    # ("Chiefs of the Defence Force", "Chiefs of the General Staff", "Chiefs of Staff": a post named by the body it
    # heads, in capitals, is that whole title; "Chief" alone says little)
    staff = re.match(r"\s+of\s+(the\s+)?((?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})\s*(?::|$|\()",
                     title[role_phrase_end(title, m):])
    if staff and re.fullmatch(r"(?i)chief", word):
        # ("Chiefs of Staff": "Chief of Staff", as the title writes it)
        word = f"{word} of {staff.group(1) or ''}{staff.group(2)}"
    if high:
        word = f"{high.group(1).capitalize()} {word[:1].lower() + word[1:] if not word.isupper() else word}"
    if general is None:
        return word
    after = general.group(1)
    return f"{word} {after if after.casefold() == 'general' else after.lower()}"


def _role_word(word: str) -> str:
    """A role noun of a title or a list's opening line, in the singular: "Executive
    secretaries" -> "Executive secretary"."""
    word = re.sub(r"ies\b", "y", word)
    word = re.sub(r"(?<=[a-z])s\b", "", word)
    word = re.sub(r"men\b", "man", word)
    return cap_first(word.casefold() if word.isupper() and len(word) > 3 else word)


# "Executive secretaries and, from 2007, presidents of the Commission:": the post a list holds
# was renamed in a year, and each entry holds the name of its own time.
_RENAMED_POST = re.compile(rf"(?P<a>{ROLE_NOUN.pattern})\s+(?:and|then|or),?\s+(?:from|since|after)\s+"
                           rf"(?P<year>1[5-9]\d\d|20\d\d),?\s+(?P<b>{ROLE_NOUN.pattern})", re.I)


def _term_role(intro: str | None, found: _Found, role: str | None) -> str | None:
    """The role of a list entry whose opening line names a post renamed in a year
    (`_RENAMED_POST`): the later name for a term that ran into that year or after, else the
    earlier one. The judgement: a list of "executive secretaries and, from 2007, presidents"
    says that the holders whose terms ended before 2007 were executive secretaries, and one
    whose term ran on past 2007 ended it as president, the title a reader will find him under."""
    m = _RENAMED_POST.search(intro or "")
    years = re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", found.period or "")
    if m is None or not years:
        return role
    # a term still running in that year ended under the later name ("2002–2010" beside 2007)
    ongoing = len(years) == 1 and not re.search(r"(?i)\buntil\b|\bto\b|[–—-]\s*\d", found.period or "")
    last = int(years[-1]) if not ongoing else 9999
    return _role_word(m.group("b") if last >= int(m.group("year")) else m.group("a"))


# "Allan Octavian Hume and others", "X et al.": the others are not named, and the named one
# stands alone
_AND_OTHERS = re.compile(r"(?:,?\s+(?:and|&)\s+(?:others|other\s+[a-z]+)|,?\s+et\s+al\.?|,?\s+among\s+others)\s*$",
                         re.I)


_TWO_NAMES = re.compile(rf"^(?P<a>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\s+and\s+"
                        rf"(?P<b>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})(?P<rest>.*)$")


def _entries(text: str) -> list[str]:
    """`Philippe Camus and Rainer Hertrich (2000–2005)`: one entry per person, the period shared;
    "X and others": X."""
    text = _AND_OTHERS.sub("", text.strip())
    m = _TWO_NAMES.match(text.strip())
    if m and is_name(m.group("a")) and is_name(m.group("b")):
        return [m.group("a") + m.group("rest"), m.group("b") + m.group("rest")]
    return [text]


def _head_list_role(text: str, heads: set[str]) -> str | None:
    """The infobox's title of the organisation's head (`_head_titles`), when a short line
    introduces a list of its holders by it: "Generals:" in the article of a movement whose
    infobox gives "Leader Title: General". A title that is no post word elsewhere (a general
    is a rank in most articles) names the post here, because the infobox says the head bears it."""
    m = re.fullmatch(r"(?i)(?:(?:the|its|their|former|past|previous|successive)\s+)?(?P<t>[\w'’ -]{3,40}?)(?P<pl>s|(?<=m)en)"
                     r"(?:\s+(?:have\s+(?:included|been)|were|included))?\s*:", " ".join(text.split()))
    if m is None:
        return None
    title = m.group("t") + ("an" if m.group("pl").casefold() == "en" else "")  # "Spokesmen:" -> "Spokesman"
    return cap_first(title) if title.casefold() in heads else None


# A table's column of the day a term ended, after the one of its start ("From | To").
_ENDED_COLUMN = re.compile(r"(?i)to|until|till|ended|left(?:\s+office)?|end")
# A table's column of the day each holder began ("Commandant | Took command"): no end of its own.
_STARTED_COLUMN = re.compile(r"(?i)took\s+(?:office|command|over)|assumed\s+(?:office|command)|from|start(?:ed)?|"
                             r"appointed|elected|installed|chosen|since|began|"
                             # "Approved by Parliament": the day the head's term began
                             r"(?:approved|confirmed|sworn\s+in)(?:\s+by\s+[\w\s]{2,30})?")
# The line before a list or table that says it leaves holders out: "Leaders of the party (a
# selection):", "Commanding generals have included:".
_SELECTION = re.compile(r"(?i)\b(?:a\s+selection|selected|selection\s+of|some\s+of|among\s+them|include[sd]?|including)\b")


# The line after a table of holders that says it leaves some out: "The commanders of the PPU and
# the PGB between 1993 and 2010 are not listed." (no term then runs from one row to the next).
_LEFT_OUT = re.compile(r"(?i)\b(?:are|is|were|was)\s+not\s+(?:listed|known|given|recorded|named|included)\b|"
                       r"\bincomplete\b|\bnot\s+all\b")


def _gap_after(text: str) -> tuple[int, ...] | None:
    """What the line after a table of holders says it leaves out (`_LEFT_OUT`): the years
    between which holders are missing, (1993, 2010); (0, 0) when it names the two holders they
    came between; () when it says so without either (the whole table is a selection); None when
    it says nothing of the kind."""
    if not _LEFT_OUT.search(text):
        return None
    years = sorted({int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", text)})
    if len(years) == 2:
        return years[0], years[1]
    # ("The directors who served between Galon and Felner are not listed": between two rows the
    # table shows one after the other, which no term runs across anyway)
    return (0, 0) if re.search(r"\bbetween\s+[A-Z][\w'’-]+\s+and\s+[A-Z][\w'’-]+", text) else ()


def _selection(intro: str | None) -> bool:
    """Whether the line before a table of holders says it leaves holders out (`_SELECTION`); a
    bracket that says which holders it counts in ("Chief executives since 2009 (acting heads
    included):") leaves none out."""
    return bool(intro and _SELECTION.search(re.sub(r"\((?:[\w'’-]+\s+){1,4}included\)", "", intro)))


def _holder_rows(items: list[ListItem], selection: bool = False, missing: tuple[int, ...] | None = None) -> list[ListItem]:
    """The rows of a table of holders (`items[0]` its header) as list entries (`_holder_row`),
    each its name and the column that tells when (`titles.holders_columns`); the other columns
    (a country, notes) are left out. A table that gives only the day each took the post
    ("Commandant | Took command", "Leader | Chosen | Notes") says each term ran until the next
    holder's began, and the last holder's runs on: "Manuel Gomez (November 1950–August 1952)",
    "Vicente Blanco III (since July 2025)", where a lone date had read as the day of one
    happening. Between two rows the line after the table says holders are missing between
    ("The commanders ... between 1993 and 2010 are not listed", `_gap_after`) no term runs
    either. Across rows left out (a row of "…", `readers.article._without_numbering`, or a
    table the line before calls a selection, `_SELECTION`) no term runs: the start alone is
    told ("Wilfrid Laurier (from 1887)"), and only the last holder's runs on."""
    texts = [item.text for item in items[1:]]
    columns = holders_columns(items[0].text, texts)
    when = columns[1] if columns else (named_holders_when(items[0].text, texts) or 1)
    header = [c.strip() for c in items[0].text.split(" | ")]
    # ("Chairman | Until | Notes": the column tells when each term ended)
    until = when < len(header) and bool(re.fullmatch(r"(?i)until|till|left(?:\s+office)?", header[when]))
    if when < len(header) and re.fullmatch(r"(?i)notes?|remarks?|comments?", header[when]):
        # ("President | Notes": what a note says of a holder, "founder; died 2008", names no post)
        return [item.model_copy(update={"text": item.text.split(" | ")[0].strip()}) for item in items[1:]]
    notes = next((i for i, c in enumerate(header) if i and i != when and _NOTES_COLUMN.fullmatch(c)), None)
    # ("Leader | Post | Years": which post each held is the row's, not the header's)
    post = next((i for i, c in enumerate(header) if i and i not in (when, notes) and _POST_COLUMN.fullmatch(c)), None)
    posted = [_with_post(item, post) for item in items[1:]]
    # (a table headed by the post: every column but the holder's, when and the post tells of the
    # person, "Later career", "Country", as a column of notes does; the row keeps only how the
    # post was held, "acting": "Chief of Army", a later career, had become a commander's post)
    # ("Name | Post | From | To": each row tells its own end; a chairman and a co-chairman who
    # took their posts the same day had read as one succeeding the other that day)
    # (a start column after the first: `_holder_row` otherwise reads the start alone)
    # ("Name | From | To": the same, the start right after the name)
    ended = 0 < when and when + 1 < len(header) and bool(_ENDED_COLUMN.fullmatch(header[when + 1]))
    told = [i for i in range(1, len(header)) if i not in (when, post) and not (ended and i == when + 1)] if columns else \
        [notes] if notes is not None else []

    def plain(item: ListItem) -> ListItem:
        for column in told:
            item = _without_notes(item, column, posts=columns is None)
        return item

    rows = [_holder_row(_with_post(plain(item), post), when, until, ended) for item in items[1:]]
    if ended and columns:
        # two holders of one row share its post, as below ("David Steel and Robert Maclennan")
        rows = [row.model_copy(update={"text": shared + row.text[len(name):]})
                if row.text.startswith(name := item.text.split(" | ")[0].strip())
                and (shared := _co_holders(name, columns[0])) != name else row for row, item in zip(rows, items[1:])]
    if ended and notes is not None:
        # how each held the post, from the column of notes ("interim"), as below
        rows = [row.model_copy(update={"text": re.sub(r"\(", f"({held.group(0).casefold()}, ", row.text, count=1)})
                if (held := _HOLDING_NOTE.match(c[notes].strip() if len(c := item.text.split(" | ")) > notes else ""))
                and "(" in row.text else row for row, item in zip(rows, items[1:])]
    if when >= len(header) or not _STARTED_COLUMN.fullmatch(header[when]) or ended:
        return rows
    gap = [item.text.replace("|", "").replace("…", "").strip() == "" for item in items[1:]]  # rows left out
    starts = [c[when].strip() if len(c := item.text.split(" | ")) > when else "" for item in items[1:]]
    dated = [s if len(f := find_dates(s, bare_years=True)) == 1 and f[0].start == 0 and f[0].end == len(s) else ""
             for s in starts]
    if not any(dated):
        return rows
    out = []
    for i, item in enumerate(items[1:]):
        if gap[i]:
            continue
        if not dated[i]:
            # ("Naeem U. Hasan | Pakistan |": a holder the table gives no start for): named, with
            # no term, and the holder before's term told by its start alone
            out.append(rows[i])
            continue
        # (with the row's post from a column of posts, `_with_post`)
        name = _co_holders(posted[i].text.split(" | ")[0].strip(), columns[0] if columns else None)
        if i + 1 == len(dated):
            term = f"since {dated[i]}"
        elif gap[i + 1]:
            term = dated[i]  # the next holders are left out: when this one's term ended is not told
        elif not dated[i + 1]:
            term = f"from {dated[i]}"  # the next holder's start is not told
        elif selection:
            term = f"from {dated[i]}"
        elif missing and _year_of(dated[i]) <= missing[0] and _year_of(dated[i + 1]) >= missing[1]:
            term = f"from {dated[i]}"  # the holders between, which the line after says it leaves out
        elif dated[i] == dated[i + 1]:
            term = dated[i]  # the next took over the same year: "2014", not "2014–2014"
        else:
            term = f"{dated[i]}–{dated[i + 1]}"
        # how the holder held the post, from the column of notes ("acting")
        cells = item.text.split(" | ")
        held = _HOLDING_NOTE.match(cells[notes].strip()) if notes is not None and len(cells) > notes else None
        out.append(item.model_copy(update={"text": f"{name} ({held.group(0).casefold() + ', ' if held else ''}{term})"}))
    return out


def _year_of(date: str) -> int:
    return int(re.findall(r"\d{4}", date)[-1])


_NOTES_COLUMN = re.compile(r"(?i)notes?|remarks?|comments?")
# What a table's note says of how a holder held the post, the one thing of a note a row keeps.
# ("acting, then permanent": how the term began, not how it was held)
_HOLDING_NOTE = re.compile(r"(?i)^(?:acting|interim|caretaker|provisional|officer\s+in\s+charge)\b(?!,?\s+then\b)")


_POST_COLUMN = re.compile(r"(?i)posts?|offices?|positions?|roles?|titles?")


def _column(item: ListItem, column: int | None) -> tuple[list[str], str] | None:
    """(the cells of a table row, the text of its cell `column`), or None when there is no
    such column or the row is short of it."""
    if column is None:
        return None
    cells = item.text.split(" | ")
    return (cells, " ".join(cells[column].split())) if len(cells) > column else None


# A cell that is a post: a role noun with a few words before it ("General manager", "Group CEO").
_POST_CELL = re.compile(rf"(?:[\w'’-]+\s+){{0,3}}(?:{_ROLE_NOUN_WORDS})"
                        rf"(?:\s+and\s+(?:[\w'’-]+\s+){{0,2}}(?:{_ROLE_NOUN_WORDS}))?", re.I)


def _with_post(item: ListItem, post: int | None) -> ListItem:
    """A row of a table of holders with a column of posts ("Leader | Post | Years", `post` its
    column) as its name with the post in a bracket, "Madan Bhandari (general secretary) | ... |
    1991–1993", as a list of holders writes it; the column is emptied. A cell that is no post
    ("acting") is how the holder held the table's post, kept as a note of the row. Why: every
    holder had been given the post of the table's first column ("Leader"), though the table
    says which of two posts each held."""
    found = _column(item, post)
    if found is None:
        return item
    cells, cell = found
    cells[post] = ""
    if cell and ";" in cell and _POST_CELL.fullmatch(cell.split(";")[0].strip()):
        # "General director; chairman and general director from June 2018": the post the term
        # began in, a later one told after it
        cell = cell.split(";")[0].strip()
    if cell and (bracket := re.fullmatch(r"(?P<post>[^()]+?)\s*\([^()]*\)", cell.strip())) is not None \
            and _POST_CELL.fullmatch(bracket.group("post")):
        # "Chairman (patron-in-chief from March 2013)": the post, and what else was said of it
        # (the cell had been dropped, and the row's term read as a time within it)
        cell = bracket.group("post")
    if cell and (_POST_CELL.fullmatch(cell.strip()) or _HOLDING_NOTE.match(cell)):
        cells[0] = f"{cells[0].strip()} ({cell})"
    return item.model_copy(update={"text": " | ".join(cells)})


def _without_notes(item: ListItem, notes: int | None, posts: bool = False) -> ListItem:
    """A row of a table of holders with its column of notes (`notes`) left out, but for how the
    holder held the post ("acting", "interim"), and, with `posts` (a table headed "Name", whose
    post the line before names in general: "Heads of the foundation"), a note that is a post
    alone ("co-chair", "chairman"). Why: a note tells of the person, not of the post the table
    lists: "later PNP chief", "one of the first training officers", "first commander" had
    become the posts of a table of directors, and "left 2021" the role "Leader"."""
    found = _column(item, notes)
    if found is None:
        return item
    cells, note = found
    held = _HOLDING_NOTE.match(note)
    post = posts and (ROLE_NOUN.fullmatch(note) or ROLE_NOUN.fullmatch(re.sub(r"(?i)^(?:co|joint)-?\s*", "", note)))
    cells[notes] = note if post else held.group(0) if held else ""
    return item.model_copy(update={"text": " | ".join(cells)})


def _co_holders(name: str, role: str | None) -> str:
    """A table's cell of two holders of one row ("Caroline Lucas and Jonathan Bartley" under
    "Leader(s)"), each given the post shared: "... (co-leader)" (see `_entries`)."""
    if role and re.search(r"\s+and\s+", name) and all(is_name(n.strip()) for n in re.split(r"\s+and\s+", name)):
        return f"{name} (co-{role.casefold()})"
    return name


def _holder_row(item: ListItem, when: int = 1, until: bool = False, ended: bool = False) -> ListItem:
    """A row of a table of holders as a list's entry: "Eoin O'Duffy | 1933–1934" -> "Eoin
    O'Duffy (1933–1934)", "A | 1933 | 1934" -> "A (1933–1934)", "Pascal Lamy | France |
    2005–2013" (its column of when the third) -> "Pascal Lamy (2005–2013)"."""
    # a bracket inside a cell ("1997–1998 (interim), 1998") would close the entry's own bracket
    # early (an alias "(interim" had come of it): its words are said after a comma
    cells = [re.sub(r"\s*\(([^()]*)\)", r", \1", c.strip()) if i else c.strip()
             for i, c in enumerate(item.text.split(" | "))]
    if until:
        ended = cells[when] if len(cells) > when and cells[when] not in ("—", "-", "–") else ""
        return item.model_copy(update={"text": f"{cells[0]} (until {ended})" if ended else cells[0]})
    if when > 1 or ended:
        period = cells[when] if len(cells) > when and cells[when] != "—" else ""
        if period and ended and len(cells) > when + 1:
            # ("Name | Post | From | To": the term from its start to its end, or still held)
            end = cells[when + 1].strip()
            period = f"since {period}" if not end or end in ("—", "-", "–") or re.match(
                r"(?i)(?:incumbent|present|in\s+office|current)\b", end) else period if end == period else f"{period}–{end}"
        return item.model_copy(update={"text": f"{cells[0]} ({period})" if period else cells[0]})
    rest = [c for c in cells[1:] if c and c != "—"]
    if not rest:
        return item.model_copy(update={"text": cells[0]})
    dated = len(rest) == 2 and all(re.fullmatch(r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}|present", c) for c in rest)
    return item.model_copy(update={"text": f"{cells[0]} ({'–'.join(rest) if dated else '; '.join(rest)})"})


def _holders_table_role(block: Block) -> str | None:
    """The post a table of holders lists, when `block` is one: a list-shaped table whose first
    row is a header naming a post, then when it was held ("Leader | Term", "Presidents |
    Years"); None for any other block (a table of parts, "Region | Main markets")."""
    if not isinstance(block, BulletList) or len(block.items) < 3 or " | " not in block.items[0].text:
        return None
    role = holders_header(block.items[0].text, [item.text for item in block.items[1:]])
    if not role:
        return None
    if re.fullmatch(r"(?:[A-Z][\w-]*\s+){2,3}[A-Z][\w-]*", role) and ROLE_NOUN.fullmatch(role.split()[-1]):
        return role  # "Chief Electoral Officer": a post's title of capitalised words, whole ("Chief" is no post)
    post = _section_role(role)
    of_body = re.match(r"(?P<post>[^|]+?)(?P<of>\s+of\s+(?:the\s+)?(?-i:[A-Z])[^|]*)$", role)
    if post and of_body and not re.search(r"\s+of\s+", post) and re.fullmatch(
            rf"{re.escape(post)}s?", of_body.group("post").strip(), re.I):
        # "Chief of the General Staff": the post of a named staff or office, whole (the post
        # alone, "Chief", is no one's)
        return post + of_body.group("of")
    return post


def _officials_table(block: Block) -> list[tuple[str, str]] | None:
    """The holders a table of officials names, as list entries with the post each holds:
    a list-shaped table whose header names a post in every column after the first
    (`titles.names_posts`: "Assembly | President | Deputy president | Secretary-general"),
    each row a term ("Second (2019)"). None for any other block.

    The judgement: a holder's term runs from the first row of the run of rows that name them
    to the row that names the next holder of the same post; those of the last row hold their
    posts now ("since" the first row of their run). Without a year in the rows, the last
    row's holders are current and the others former, with no dates."""
    if not isinstance(block, BulletList) or len(block.items) < 2 or " | " not in block.items[0].text:
        return None
    header = [c.strip() for c in block.items[0].text.split(" | ")]
    if (by_row := posts_columns(header)) is not None:
        return _posts_rows(block, by_row)
    if not names_posts(header):
        return None
    rows = [[c.strip() for c in item.text.split(" | ")] for item in block.items[1:]]
    years = [(m.group(0) if (m := _YEAR.search(row[0])) else None) if row else None for row in rows]
    dated = all(years)
    entries: list[tuple[str, str]] = []
    for column, post in enumerate(header[1:], start=1):
        held = [row[column] if column < len(row) else "" for row in rows]
        start = 0
        for i in range(1, len(held) + 1):
            if i < len(held) and held[i] == held[start]:
                continue
            name = held[start]
            if name and name not in ("—", "-", "–") and is_name(name):
                last = i == len(held)
                if dated:
                    when = f"since {years[start]}" if last else f"{years[start]}–{years[i]}"
                else:
                    when = "current" if last else "former"
                entries.append((f"{name} ({when})", post))
            start = i
    return entries


def _posts_rows(block: BulletList, columns: tuple[int, int, int | None]) -> list[tuple[str, str]]:
    """The holders of a table of posts, a post a row (`titles.posts_columns`: "Chairman | John
    Elkann | 2021 |"), as list entries with the post each held: "John Elkann (since 2021)",
    "Carlos Tavares (2021–2024)". A row whose term has no end holds its post now; a cell that
    is not a name ("chaired by John Elkann") names no holder."""
    holder, start, until = columns
    entries: list[tuple[str, str]] = []
    for item in block.items[1:]:
        row = [c.strip() for c in item.text.split(" | ")]
        post = row[0] if row else ""
        name = row[holder] if holder < len(row) else ""
        if not post or not name or not is_name(name):
            continue
        began = row[start] if start < len(row) else ""
        ended = row[until] if until is not None and until < len(row) else ""
        began, ended = ("" if c in ("—", "-", "–") else c for c in (began, ended))
        when = f"{began}–{ended}" if began and ended else f"since {began}" if began else ended
        entries.append((f"{name} ({when})" if when else name, post))
    return entries


def _from_leadership_lists(profile: Profile) -> Iterator[_Found]:
    """The holders a section about leadership lists, and those of a list any other section
    introduces as holders of a post ("Presidents have included:", `introduces_holders`; or by
    the infobox's title of the head, `_head_list_role`)."""
    leading = {id(s) for s in leadership_sections(profile)}
    heads = _head_titles(profile)

    def introduces(text: str) -> bool:
        return introduces_holders(text) or _head_list_role(text, heads) is not None

    for section in profile.all_sections():
        holders_only = id(section) not in leading
        if holders_only and not any(isinstance(b, Paragraph) and introduces(b.text) or _holders_table_role(b)
                                    or _officials_table(b) for b in section.blocks):
            continue
        default = _section_role(section.title) or "Leader"
        intro_role, intro = None, None
        parts = False  # the paragraph just before introduces a list of parts (`introduces_parts`)
        for at, block in enumerate(section.blocks):
            after = section.blocks[at + 1] if at + 1 < len(section.blocks) else None
            gap = _gap_after(after.text) if isinstance(after, Paragraph) else None
            left_out = gap == ()
            if (officials := _officials_table(block)) is not None:
                # a table of officials term by term: each post's holders, read column by column
                for entry, post in officials:
                    found = _parse_entry(entry, post, block.source)
                    if found is not None:
                        found.listed = True  # type: ignore[attr-defined]
                        yield found
                intro_role, intro = None, None
                continue
            if (table_role := _holders_table_role(block)) is not None:
                # a table of holders, told by its header row ("Leader | Term"), wherever it stands
                selection = _selection(intro) or left_out
                block = block.model_copy(update={"items": _holder_rows(block.items, selection, gap or None)})
                intro_role, intro, parts = table_role, None, False
            elif isinstance(block, BulletList) and (holders_only and not (intro and introduces(intro)) or parts):
                # the section's parts, not its holders (and a list "Its parts are:" introduces,
                # in a section about leadership too: the Charles Darwin Foundation's "Governance")
                intro_role, intro, parts = None, None, False
                continue
            elif isinstance(block, BulletList) and len(block.items) >= 2 \
                    and named_holders_when(block.items[0].text, [item.text for item in block.items[1:]]) is not None:
                # a table of holders headed "Name | Years | Notes": the post is the line's
                # before it or the section's; its header row is no holder
                selection = _selection(intro) or left_out
                block = block.model_copy(update={"items": _holder_rows(block.items, selection, gap or None)})
            if isinstance(block, Paragraph):
                # A short line just before the list ("The chair of the board is elected by the
                # members.", "Chairs:") names the role the list holds; a long paragraph does not.
                text = block.text.strip()
                parts = introduces_parts(text)
                # The sentence that opens the list says whose list it is: "Its commanders have been:"
                # after "The brigade's spokesman, X, has described ...".
                last = re.split(r"(?<=[.!?])\s+", text)[-1]
                intro_role = (_section_role(last) or _head_list_role(last, heads)) \
                    if (len(text) <= 100 or text.endswith(":")) else None
                intro = last if intro_role else None
                continue
            if isinstance(block, BulletList):
                role = intro_role or default
                # (an item over items that names a body is a heading of the list, not a holder: "*
                # Coast Guard Administration, Executive Yuan (2000–2018)" over its directors-general)
                entries = [(entry, item) for item in _walk(block.items)
                           if not (item.children and _ORG_WORD.search(item.text.split("(")[0]))
                           for entry in _entries(item.text)]
                for i, (entry, item) in enumerate(entries):
                    found = _parse_entry(entry, role, item.source or block.source)
                    if found is not None:
                        found.listed = True  # type: ignore[attr-defined]
                        found.titled = table_role is not None and _GENERIC.fullmatch(role) is not None  # type: ignore[attr-defined]
                    if found is not None and found.role == role and not getattr(found, "qualified", False):
                        found.role = _term_role(intro, found, role)
                    if found is not None and role and role != "Leader" and found.role and found.role != role \
                            and re.search(r"\bof\s+(?:the\s+)?[A-Z][\w'’&.-]*", found.role) \
                            and re.search(r"\(\s*[^()]*\d{4}[^()]*;", entry):
                        # "1. Abdelkrim al-Khatib (1967–2004; leader of the MPDC, renamed in 1998)" in
                        # a list of secretaries-general: a note after the term of the post a named body
                        # had him hold (the party under the name it had before); the post the list
                        # names is the one the term is of
                        found.role = role
                    held = None
                    if found is not None and role and found.role and _FOUNDER.fullmatch(found.role) \
                            and not _FOUNDER.fullmatch(role):
                        # "William Booth (founder; until 1912)" in a list of Generals: founding is
                        # how he came to it, the list's post what he held; both are told
                        held = copy.copy(found)
                        held.role, held.qualified = role, False  # type: ignore[attr-defined]
                    if found is not None:
                        if i < len(entries) - 1 and _lone_date(found.period):
                            # "Manana Kobakhidze (2012, interim)" above "(2012–2013)": in a list of
                            # terms a lone date the next entry follows is a term within that time,
                            # not a start with its end untold ("from 2012"), unless the entry
                            # says it began then: "Adwaldo Cardoso Botto de Barros (elected
                            # 1984)" above "Thomas E. Leavey (until 2004)" held it from 1984
                            lone = found.period
                            found.period = f"{'from' if getattr(found, 'began', False) else 'in'} {found.period}"
                            nxt = _parse_entry(entries[i + 1][0], role, None)
                            if found.current is None and not getattr(found, "began", False) \
                                    and (nxt is None or nxt.period != lone):
                                # ("Lachlan McKimmie, acting chief executive, 2025" above "Paul Ferris,
                                # interim co-chief executive": a holder the list goes on past, in a
                                # year of its own, holds the post no longer; two of one year may be
                                # co-holders, and are left as told)
                                found.current = False
                        yield found
                        if held is not None:
                            yield held


# -- sentences --------------------------------------------------------------------------------
_ROLES = rf"(?:(?i:co)-)?(?i:{_ROLE_NOUN_WORDS})(?![\w-])"
# (a post after a hyphen is another post: "its vice-president, Michelle O'Neill" is no president)
_ROLE_PHRASE = rf"(?P<mods>(?:[\w-]+\s+|(?i:vice|deputy|co|ex)-){{0,3}}?)(?P<role>(?:(?<=(?i:vice)-)|(?<=(?i:deputy)-)|(?<=(?i:co)-)|(?<=(?i:ex)-)|(?<![\w-])){_ROLES})"
# "the Legion's spokesperson X", "its founder X", "opposition leader X", "commander X"
_ROLE_BEFORE = re.compile(
    rf"(?:(?P<owner>\b[Ii]ts|\b[Tt]heir|\b[Hh]is|\b[Hh]er|(?:\b[Tt]he\s+)?[\w-]+(?:\s+[\w-]+){{0,3}}?(?:'s|’s|'))\s+)?"
    rf"{_ROLE_PHRASE},?\s+{_HONORIFIC}?{_NAME}")
# Honorifics that are courtesy, not a rank or a post: a name they precede says no part played.
_COURTESY = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof|Rev|Sir|Dame)")
# A rank the honorifics know, capitalised, right before a name: the whole of such a match.
_RANK_BEFORE_NAME = re.compile(rf"{_NAME_LED}{_HONORIFIC}{_NAME}")
# The part of _ROLE_BEFORE from the role on, which every match contains: searched first, it
# spares the full pattern (tried at every position for its optional owner) ~96% of sentences.
_ROLE_BEFORE_HINT = re.compile(rf"\b{_ROLES},?\s+{_HONORIFIC}?{_NAME}")  # (a post opens on a word: `\b` passes mid-word positions)
# "The chief medical officer, Dr. X, ...", "the head of the region, X, ...", "its spokesperson, X"
_ROLE_COMMA = re.compile(
    # ("A later chair, Renee Glover, had run ...": one of the post's holders, as "the" names one)
    rf"(?P<owner>\b[Tt]he|\b[Ii]ts|\b[Tt]heir|\b[Aa](?=\s+(?:later|subsequent|former|previous|future)\s)|\b(?:[A-Z][\w-]*\s+){{0,3}}[\w-]+(?:'s|’s))\s+{_ROLE_PHRASE}(?:\s+of\s+(?P<of>[^,;]{{2,60}}))?,\s+"
    # ("the chairperson of the Union, President Azali Assoumani of the Comoros,": a head of state
    # named with the state he heads)
    rf"(?:(?P<state>President|Prime\s+Minister|King|Queen|Emir|Sultan)\s+)?"
    rf"{_HONORIFIC}?{_NAME}(?(state)(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}(?=\s*,))?)"
    rf"(?=\s*[,.;:)]|\s+(?:is|was|has|had|said|says|called|told)\b)")
# "X, the Legion's commander", "X, commander of the 54th Brigade", "X, its founder", "X, then
# chief executive of Microsoft" (the role at the time told; the phrase must still be a role)
# What follows "the chairman, X," when the sentence tells X taking, holding or leaving the post,
# whose date is then the term's: "took office", "was elected", "has been", "since", "resigned".
_TAKES_POST = re.compile(r",?\s+(?:who\s+)?(?:took|assumed|became|was\s+(?:\w+ly\s+)?(?:re-?)?(?:elected|appointed|named|chosen|"
                         r"installed|confirmed)|succeeded|replaced|has\s+(?:been|held|led|run|chaired)|had\s+been|"
                         r"since|from|until|served|joined|"
                         # or leaving it, whose date ends the term
                         r"resigned|stepped\s+down|retired|left|died|was\s+(?:dismissed|removed|replaced|sacked|ousted))\b", re.I)
# Its board and who chairs it, told beside what the board did: "the supervisory board, chaired by
# Werner Müller,", "the board under Utz-Hellmuth Felcht", "The board, whose chairman was then
# Göran Ando,".
_BOARD_CHAIRED = re.compile(rf"\b(?:[Tt]he|[Ii]ts)\s+(?:(?:supervisory|executive|management|governing)\s+)?board"
                            rf"(?:,\s+(?:then\s+)?chaired\s+by|\s+under|,\s+whose\s+(?P<word>chair(?:man|woman|person)?)\s+(?:was|is)"
                            rf"(?:\s+(?:then|now))?)\s+{_HONORIFIC}?{_NAME}(?=\s*[,;.]|\s+[a-z])")
_APPOSITION = re.compile(
    # (not "elected X, as chairman": the post "as" names is the verb's, read there)
    # (nor a subordinate clause: "with Chum Bunrong, although he remained an adviser to Hun Sen")
    rf"{_NAME},\s+(?!(?:is|was|are|were|who|which|that|whose|has|had|have|said|says|and|or|but|also|later|as|"
    rf"although|though|while|whereas|because|when|after|before|until|unless|if)\b)"
    rf"(?!(?:then\s+)?th(?:at|is|ese|ose)\s)(?:then\s+)?(?P<phrase>(?:(?:a|an|the)\s+)?(?:[^,;:.\"“”()]|\.(?=[\w])){{2,100}}?)(?=\s*(?:[,;:)]|\.(?!\w))|\s+(?:who|which|said|says|told|was|is)\b|\s*$)")
_THEN = r"(?:\s+(?:then|later|subsequently|eventually|also|soon))?"
_YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")
_APPOINTED = re.compile(
    # ("Jean-François Julliard, his head of research, who had worked at RSF since 1998, was
    # elected secretary general": two asides)
    # ("was unanimously elected its chairman": an adverb between)
    # (not "Annalena Baerbock, and the chief operating officer, Norma Torres, was named": an aside
    # opens on no "and", which begins the next clause and its own subject)
    rf"{_NAME}(?:(?:,\s+(?!(?:and|but|or|while|whereas)\b)[^,;]{{1,90}}?){{1,2}},)?{_THEN}\s+(?:was|has\s+been|had\s+been|were|is)\s+(?:\w+ly\s+|also\s+|again\s+)?(?:re-?)?(?:elected|appointed|named|chosen|installed|confirmed)"
    # ("were named co-chief executives": a post shared, "co-" joined to it)
    # ("was chosen as the agency's head in 2008": whose, checked where it is read)
    # ("was confirmed as one of the institute's presidents": a post held by more than one at once)
    rf"\s+(?:as\s+)?(?P<one>one\s+of\s+)?(?:the\s+)?(?:(?:its|their|[\w-]+'s|[\w-]+’s)\s+)?(?:new\s+)?(?P<role>(?:[\w-]+\s+){{0,2}}?(?:(?i:co)-)?{_ROLES})"
    # ("was appointed its commander the following year": a time without a preposition)
    rf"(?:\s+of\s+(?P<of>[^,.;]+?))?(?=[,.;]|\s+(?:in|on|by|after|before|at|from|until|for|and|while|then|but|beside|alongside)\b"
    rf"|\s+(?:the\s+(?:following|next|same|previous)|that|a\s+(?:year|month|week|day)\s+later)\b"
    # ("was appointed temporary administrator to run the secretariat": what for)
    rf"|\s+to\s+(?:run|lead|head|replace|succeed|oversee|manage|prepare|take|serve)\b|$)")
# An apposition that gives a post: "the party's president", "chief executive since 2012"
# (a term may follow the post: "Jon Ek, party president from 1995, brought ...").
_OWNED_POST = (rf"(?:(?P<owner>its|their|[\w-]+(?:\s+[\w-]+){{0,3}}?(?:'s|’s))\s+)?"
               rf"{_ROLE_PHRASE}(?:\s+(?:at\s+[^,;]*|(?:of|for)\s+(?P<of>.+)))?"
               rf"(?P<term>\s+(?:from|since)\s+(?:\w+\s+)?(?:1[89]\d\d|20\d\d)"
               # ("Ricardo Pascale, its president from 1985 to 1990, led it": a closed term)
               rf"(?:\s*(?:to|until|–|-)\s*(?:\w+\s+)?(?:1[89]\d\d|20\d\d))?)?$")
_POST_PHRASE = re.compile(rf"^(?:(?:a|an|the)\s+)?{_OWNED_POST}")
# The same, one of several who hold it: "one of its presidents".
_ONE_OF_POST = re.compile(rf"^one\s+of\s+(?:the\s+)?{_OWNED_POST}")
# A peer named by a title ("Lord Marshall", "Baroness Scotland"), whose full style goes on with
# the place it is taken from ("of Knightsbridge", "of Asthal"): one name (`_from_sentences`).
_PEER = re.compile(r"(?:Lord|Lady|Baron|Baroness|Viscount|Viscountess|Earl|Countess)\s+[A-Z][\w'’-]+$")
_PEER_SEAT = re.compile(r"\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?![\w'’-])")
# "the council's first members", "the board's members": a body by its kind word, and its members.
_BODY_MEMBERS = re.compile(r"\b(?P<body>the\s+[a-z]+)(?:'s|’s)\s+(?:first\s+|new\s+|founding\s+)?"
                           r"(?:members|membership|board|trustees)\b")
# A post some hold together, so that "one of its presidents" is a head (`_APPOINTED`'s "one of").
_JOINT_HEAD = re.compile(r"(?i)(?:co-)?(?:president|chair(?:m[ae]n|wom[ae]n|person)?|leader)|co-[\w-]+")
# After a post just given: "... in place of Paddy Ashdown", the one the holder replaced.
_IN_PLACE_AFTER = re.compile(rf"(?:\s+(?:in|on|from)\s+[^,;]{{1,30}}?)?\s+in\s+place\s+of\s+{_HONORIFIC}?"
                             rf"(?P<prev>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})(?=\s*[,.;]|\s+(?:in|on|at|who|after|when|from)\b|$)")
_BECAME = re.compile(
    # ("the former majority leader of the Senate, George Mitchell, became its first chairman": the
    # comma closes the apposition the name ends)
    # ("Hartono Dharsono of Indonesia became the first secretary-general": the country the person
    # comes from, `origin`, stands between; only a country, see `_from_sentences`)
    rf"(?<!\bof\s)(?<!\bfrom\s){_NAME}(?:\s+of\s+(?P<origin>(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))?"
    # ("Prince Bernhard of the Netherlands, born in Jena on 29 June 1911, who became the fund's
    # first president": an aside, then "who")
    # ("Brian Miles, who in 1988 had become the first director to be appointed from within the
    # institution, retired": a year before the verb, and "the first X to be ...")
    # ("Daniel Servitje, Lorenzo's son, who held a business degree ... since 1982, became director
    # general in 1997": an apposition, then a "who" aside, each closed by a comma)
    # ("Sheikh Saud bin Nasser Al Thani, who had worked for the company since 1990 and had been chief
    # executive of Ooredoo Qatar since 2011, became group chief executive": a "who" aside of two
    # steps of a career, longer than an apposition)
    rf"(?:,\s+[^,;]{{1,90}}?,(?:\s+who\s+[^,;]{{1,140}}?,|\s+who)?|,\s+who\s+[^,;]{{91,160}}?,|"
    rf",\s+who(?:\s+in\s+(?:[A-Z][a-z]+\s+)?(?:1[5-9]\d\d|20\d\d))?|,)?{_THEN}"
    # ("took up the post of deputy director": the post by its name)
    # ("Nancy Lindborg joined two years later and went on to become the agency's president")
    rf"\s+(?:became|becomes|(?<=who\s)had\s+become|(?<=\d\s)had\s+become|took\s+(?:over|charge|command)\s+as|took\s+office\s+as|"
    rf"(?:joined\s+[^,;]{{1,40}}?\s+and\s+)?went\s+on\s+to\s+become|"
    # ("Russi Mody, who had joined the company in 1939 and risen to become its chairman")
    rf"rose\s+to\s+become|(?<=who\s)had\s+(?:[^,;]{{1,60}}?\s+and\s+)?risen\s+to\s+become|"
    # ("became the first woman to serve as secretary general": the post, after who first held it)
    # ("served briefly as acting president": a manner adverb before "as")
    # ("came back as chair of its board": returned to a post)
    rf"(?:returned|came\s+back|served|serves)\s+(?:[a-z]+ly\s+)?as|remained|(?:took\s+up|assumed)\s+the\s+(?:post|position|office|role)\s+of|"
    # ("was sworn in as director on 3 May 2021", "stepped in as interim director", "was promoted
    # to director in 2012", "was elevated to the post of director")
    rf"(?:was|were)\s+sworn\s+in\s+as|stepped\s+(?:in|up)\s+as|(?:was\s+|were\s+|had\s+been\s+)?promoted\s+to|"
    # ("was installed there as the network's third executive director")
    rf"(?:was|were)\s+installed\s+(?:there\s+)?as|"
    rf"(?:was|were)\s+elevated\s+to\s+(?:the\s+(?:post|position|office|rank)\s+of)?|"
    # ("was elected to the separate post of president": a choosing to a post named as such)
    rf"(?:was|were)\s+(?:elected|appointed|named|chosen)\s+to\s+the\s+(?:new\s+|separate\s+|vacant\s+)?"
    rf"(?:post|position|office)\s+of|"
    rf"became\s+the\s+first\s+(?:[\w-]+\s+){{1,2}}?to\s+(?:serve\s+as|hold\s+the\s+(?:post|office|position)\s+of|"
    rf"be\s+(?:elected|appointed|named)(?:\s+as)?))\s+(?:the\s+)?"
    # ("became the 46th commandant": the holder's place in the line of holders)
    rf"(?:(?:its|their|[\w-]+'s|[\w-]+’s)\s+)?(?:new\s+|first\s+|\d{{1,3}}(?:st|nd|rd|th)\s+|"
    # ("became the agency's fifth director")
    rf"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|"
    rf"twentieth)\s+)?"
    # ("served as interim chief executive": the qualifier is the post's, as "acted as" makes it)
    rf"(?P<role>(?:[\w-]+\s+){{0,2}}?{_ROLES}"
    # "became chairman and chief executive": both posts
    rf"(?:\s+and\s+(?:[\w-]+\s+)?{_ROLES})?)"
    rf"(?:\s+of\s+(?P<of>[^,.;]+?))?(?=[,.;]|\s+(?:in|on|by|after|before|at|from|until|for|and|when|while|then|but)\b"
    # ("became its first president the following year": a time without a preposition)
    rf"|\s+(?:the\s+(?:following|next|same|previous)|that|a\s+(?:year|month|week|day)\s+later)\b"
    rf"|\s+to\s+be\s+(?:appointed|elected|named|chosen)\b|$)")
# "Stonecipher returned, with Lewis Platt as non-executive chairman", "Calhoun succeeded him,
# with Larry Kellner becoming chairman": a post given in the same turn as the one the sentence
# tells, by "with". (not "with X as his deputy": whose deputy the sentence says)
# A body a clause made, named by its name ("set up Ooredoo Fibre Networks"), before a "with X as
# <post>" that gives it its head (`_from_sentences`).
_MADE_BODY = re.compile(r"\b(?:set\s+up|created|formed|founded|established|launched|spun\s+off|opened)\s+(?:a\s+new\s+\w+,\s+)?"
                        r"(?P<body>(?-i:[A-Z])[\w'’&-]*(?:\s+(?:of\s+|for\s+|and\s+)?(?-i:[A-Z])[\w'’&-]*){0,5})\b[^;]*$")
_WITH_AS = re.compile(
    # ("with the reformer Berthold Huber as second chairman": a word or two on who they are)
    rf"\bwith\s+(?:the\s+(?:[a-z][\w-]*\s+){{1,2}})?{_HONORIFIC}?{_NAME}(?:,\s+[^,;]{{1,90}}?,)?\s+(?:as|becoming)\s+"
    rf"(?:the\s+)?(?:(?:its|their)\s+)?"
    rf"(?:(?:new|first)\s+)?(?!(?:his|her|whose)\b)(?P<role>(?:[\w-]+\s+){{0,2}}?(?:(?i:co)-)?{_ROLES})"
    rf"(?:\s+of\s+(?P<of>[^,.;]+?))?(?=[,.;]|\s+(?:in|on|by|after|before|at|from|until|for|and|while|then|but)\b|$)")
# ("Ian Meakins, a former chief executive of Wolseley, succeeded Andersen as chair": what the
# apposition says he was, he was elsewhere)
# What may stand between a successor's name and "succeeded": an apposition ("a former World Bank
# official") or an aside of the person's own ("born on the Isle of Skye in 1836", "who had
# commanded its second battalion", "then 44", "himself a founder member"), or how the post came
# to them ("nominated by the Treasury", "backed by the board").
_SUCCESSOR_APPOSITIVE = (r"(?:,\s+(?:a|an|the|born|who|aged|then|himself|herself|formerly|previously|nominated|proposed|"
                         r"backed|chosen|picked|recommended|supported|put\s+forward|named|appointed|elected)\s+[^,;]{1,90}?,)?")
# A word of time between the successor and the verb: "Víctor Abramovich, a lawyer, later
# succeeded Abregú as executive director".
_THEN_WORD = r"(?:\s+(?:later|then|eventually|subsequently|soon|duly|in\s+turn))?"
_SUCCEEDED = re.compile(
    # ("Mmusi Maimane was elected to succeed Helen Zille as leader": the same succession, told
    # by the choosing)
    rf"{_NAME}{_SUCCESSOR_APPOSITIVE}{_THEN_WORD}\s+(?:succeeded|replaced|followed|"
    rf"was\s+(?:elected|appointed|named|chosen|picked|selected)\s+to\s+(?:succeed|replace)|"
    # ("it was announced that Allen Morgan would succeed McRae as chief executive")
    rf"(?:would|will|was\s+to|were\s+to)\s+(?:succeed|replace))\s+{_HONORIFIC}?(?P<prev>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s+as\s+"
    rf"(?:the\s+)?(?:(?:its|their)\s+)?(?P<role>(?:[\w-]+\s+){{0,2}}?{_ROLES})"
    rf"(?:\s+of\s+(?P<of>[^,.;]+?))?(?=[,.;]|\s|$)")
# "Caroline Kende-Robb, a British former World Bank official ..., succeeded Jamann", "His
# successor, Wolfgang Jamann, ... joined in March 2015": a successor in the post the one
# succeeded held, which the sentence does not name.
_SUCCEEDED_BARE = re.compile(
    rf"{_NAME}(?:,\s+[^;]{{1,160}}?,)?\s+succeeded\s+{_HONORIFIC}?(?P<prev>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
    rf"(?=\s*[,.;]|\s+(?:in|on|at|after|when|that)\b|$)|"
    rf"\b(?P<whose>[Hh]is|[Hh]er)\s+successor,\s+{_HONORIFIC}?{_NAME.replace('?P<name>', '?P<name_s>')},|"
    # ("In 2019 Marjan Hussein Marjan succeeded him": the one the text named last, as "his successor")
    rf"{_NAME.replace('?P<name>', '?P<name_p>')}(?:,\s+[^;]{{1,160}}?,)?\s+(?:succeeded|replaced|took\s+over\s+from)\s+"
    rf"(?P<pron>him|her)(?=\s*[,.;]|\s+(?:in|on|at|after|when)\b|$)")
# The person a sentence opens on as its subject, after a time and a title ("In February 2018 Prime
# Minister Hailemariam Desalegn appointed"): whom a "His successor" next means.
_PERSON_OPENER = re.compile(rf"(?:(?:In|On|By|From|Later|Then|After|During)\b[^,;]{{0,40}}?,?\s+)?"
                            rf"{_HONORIFIC}?(?:(?P<title>President|Prime\s+Minister|Chancellor|King|Queen|Minister|Governor|"
                            rf"Premier|Mayor|Senator)\s+)?(?P<person>(?:[A-Z][\w'’-]+\s+)+?(?P<surname>[A-Z][\w'’-]+))\s+"
                            rf"(?:[a-z]+ed|was|had|made|named|chose|gave|took|won|lost|became|said)\b")
# "Shohei Ishii, a former transport ministry official ..., was installed in place of Okushima",
# "the government chose Yuji Sato, an academy graduate ..., to replace Takashi Kitamura": a
# successor in the post of the one replaced, which the sentence does not name.
_IN_PLACE_OF = re.compile(
    rf"{_NAME}(?:,\s+[^;]{{1,160}}?,)?\s+(?:was\s+(?:installed|appointed|named|chosen|put)\s+in\s+place\s+of|"
    # ("Mmusi Maimane was elected to succeed Zille": the post of the one succeeded)
    rf"was\s+(?:elected|appointed|named|chosen|picked|selected)\s+to\s+(?:succeed|replace)|"
    rf"took\s+the\s+place\s+of)\s+{_HONORIFIC}?(?P<prev>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
    rf"(?=\s*[,.;]|\s+(?:in|on|at|who|after|when|that|from)\b|$)|"
    rf"\b(?:chose|named|appointed|picked|selected|elected)\s+{_HONORIFIC}?{_NAME.replace('?P<name>', '?P<name_c>')}"
    rf"(?:,\s+[^;]{{1,160}}?,)?\s+to\s+(?:replace|succeed)\s+{_HONORIFIC}?"
    # ("The Saeima elected Ilmārs Rimšēvičs to succeed him": the one the text named last)
    rf"(?:(?P<prev_c>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})|(?P<pron_c>him|her))"
    rf"(?=\s*[,.;]|\s+(?:in|on|at|who|after|when|that|from)\b|$)")
# ", the first black leader in the party's history": an apposition that gives a post, and at most
# the organisation it is held in (`_appositive_post`).
_APPOSITIVE_POST = re.compile(rf"^,\s+(?:the|its|their)\s+(?P<role>(?:[\w'’-]+\s+){{0,3}}?{_ROLES})"
                              rf"(?P<rest>\s+(?:in|of)\s+(?P<owner>[^,;.]{{1,60}}?))?\s*(?=[,;.]|$)")


def _appositive_post(after: str, subject: Subject) -> str | None:
    """The post an apposition right after a name gives (", the first black leader in the
    party's history", ", its chief executive since 2009"), when it names no other body's;
    None otherwise. Its order words ("first", "new") go (`_role_text`)."""
    m = _APPOSITIVE_POST.match(after)
    if m is None:
        return None
    owner = m.group("owner")
    if owner and not (subject.is_subject_phrase(re.sub(r"['’]s?\s+history$", "", owner).strip())
                      or re.fullmatch(r"(?:the\s+|its\s+)?(?:\w+\s+)?history", owner)):
        return None
    return _leader_role(re.sub(r"^(?:first|second|third|new|next|last)\s+(?:\w+\s+)??(?=\S+$)", "", m.group("role")))


_SUCCEEDED_HIM = re.compile(rf"{_NAME}{_SUCCESSOR_APPOSITIVE}{_THEN_WORD}\s+(?:succeeded|replaced)\s+(?:him|her)\b")
# "... chose Lesley-Anne Knight ... as the first woman secretary general; she succeeded Duncan
# MacLaren": the one succeeded held the post just named, before the one who succeeded.
_SHE_SUCCEEDED = re.compile(rf"\b(?:[Hh]e|[Ss]he|who)\s+(?:had\s+)?(?:succeeded|replaced)\s+{_HONORIFIC}?{_NAME}"
                            rf"(?=\s*[,.;]|\s+(?:in|on|at|who|after|as)\b|$)")
# The post a clause takes just before ", succeeding X": "took over as chair on 1 October".
_TOOK_POST = re.compile(rf"\b(?:took\s+over|took\s+office|was\s+appointed|was\s+elected|was\s+named|became)\s+as\s+"
                        rf"(?:the\s+|its\s+)?(?P<role>(?:[\w-]+\s+){{0,2}}?{_ROLES})(?:\s+(?:on|in)\s+[^,;]{{2,30}})?$|"
                        rf"\b(?:became|was\s+appointed|was\s+elected|was\s+named)\s+(?:the\s+|its\s+)?"
                        rf"(?P<role2>(?:[\w-]+\s+){{0,2}}?{_ROLES})(?:\s+(?:on|in)\s+[^,;]{{2,30}})?$")
# ", succeeding Stephen Odell": a clause of the sentence that named the new holder's post
_SUCCEEDING = re.compile(rf",\s+(?:succeeding|replacing)\s+{_HONORIFIC}?{_NAME.replace('?P<name>', '?P<prev>')}"
                         rf"(?=\s*[,.;]|\s+(?:as|who|in|on|at)\b)")
# Verbs of leaving a post ("stood down", "ended his term", "was sacked").
_LEAVING = (r"(?:resigned|stepped\s+down|stood\s+down|retired|quit|was\s+(?:dismissed|removed|sacked|fired|ousted)|"
            r"ended\s+(?:his|her|their)\s+(?:term|tenure|time))")
_STEPPED = re.compile(
    # ("stood down as leader", "ended his term as president", "was sacked as manager")
    rf"{_NAME}\s+{_LEAVING}"
    # ("Julius stepped down in 2012 after nine years as chairman": when, and how long the post was held)
    rf"(?:\s+(?:in|on)\s+[^,;]{{1,25}}?)?(?:\s+after\s+(?:[\w-]+\s+){{1,3}}?(?:years?|months?|decades?|terms?))?"
    rf"\s+(?:as|from\s+the\s+post\s+of)\s+"
    rf"(?:the\s+)?(?:(?:its|their)\s+)?(?P<role>(?:[\w-]+\s+){{0,2}}?{_ROLES})"
    rf"(?:\s+of\s+(?P<of>[^,.;]+?))?(?=[,.;]|\s|$)")
# ("X, its chair, stood down in 2008": the verb after a name and its post ends the post's term)
_LEAVES_AFTER = re.compile(rf",?\s+{_LEAVING}\b")


def _ended(f: _Found) -> None:
    """A post left on the day the sentence tells (`_STEPPED`, `_LEAVES_AFTER`): held no more,
    and a lone date is the term's end ("until March 2011"), not the day it began."""
    f.current = f.post_current = False
    if _lone_date(f.period):
        f.period = f"until {f.period}"
    if _lone_date(f.post_period):
        f.post_period = f"until {f.post_period}"


# "Sprechmann left CARE in October 2024, after thirty years": a leader leaving the organisation.
_LEFT_IT = re.compile(rf"(?P<name>{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_WORD}){{0,3}})\s+(?:left|quit|departed)\s+(?P<what>(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){{0,3}}|"
                      rf"the\s+[a-z]+)(?P<when>\s+(?:in|on)\s+[^,;.]{{3,30}})?(?=\s*[,.;]|\s+(?:after|to|for|and)\b)")
# ("His chief of staff, Lieutenant Colonel Mirosław Bryś, took temporary command": the end of
# the apposition naming him, and a command held for the time being)
# ("Colonel Yannick Vidal, the group's head of operations, held the command in the interim": a
# stand-in, told by what the person was and how long)
_TOOK_COMMAND = re.compile(rf"{_NAME}(?:,\s+(?:the|a|an|its|their)\s+[^,;]{{1,60}}?,)?,?\s+(?:took|assumed|took\s+over|held)\s+"
                           # ("Mendoza took formal command the next day": a command in name too)
                           rf"(?:the\s+)?(?:(?:formal|full|effective|overall)\s+)?(?P<acting>(?:temporary|interim|acting|provisional)\s+)?command\b"
                           rf"(?:\s+of\s+(?P<of>[^,.;]+?))?"
                           rf"(?P<interim>\s+(?:in\s+the\s+interim|temporarily|on\s+an?\s+(?:interim|acting|temporary)\s+basis))?"
                           rf"(?=\s*[,.;]|\s*$|\s+(?:in|on|at|from|since|until|after|before|when|and|while|as|that|"
                           rf"the\s+(?:next|following|same))\b)")
# "Carl Dunn relinquished command in 2012", "was relieved of command": a commander until then.
_GAVE_UP_COMMAND = re.compile(rf"{_NAME},?\s+(?:relinquished|gave\s+up|was\s+relieved\s+of)\s+(?:the\s+|his\s+|her\s+)?command\b"
                              rf"(?!\s+of\b)")
_FOUNDED_BY = re.compile(
    # (words before the name describe the founder, "by the Swedish diplomat X", but not a group
    # of some body's people: "by former members of the Bharatiya Jana Sangh" names no founder)
    rf"\b(?:was|were|had\s+been|been)\s+(?:co-?)?founded\s+(?:[^.;]{{0,40}}?\s)?by\s+(?:the\s+)?(?:(?!(?:of|from)\s)[\w-]+\s+){{0,4}}?"
    rf"{_HONORIFIC}?{_NAME}(?:\s*(?:,\s*|\s+and\s+){_HONORIFIC}?(?P<name2>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}))?")
# What was founded, when it is not the subject: its forerunner, a predecessor or a parent ("The
# party's forerunner, the Finnish Rural Party, had been founded by X").
_ANOTHER_FOUNDED = re.compile(r"\b(?:forerunner|predecessor|precursor|parent|ancestor)s?\b", re.I)


def _clause_before(sentence: str, at: int) -> str:
    """The sentence's text before `at` back to the last clause break (";" or a sentence start)."""
    return re.split(r";\s+", sentence[:at])[-1]


# Words that may stand right before "led by" without being what was led ("was led by", "it is
# now led by").
_FUNCTION_BEFORE_LED = frozenset({"was", "were", "is", "are", "been", "being", "has", "had", "have", "and", "now", "then",
                                  "later", "currently", "also", "still", "which", "who", "jointly", "briefly", "first"})
_NAME_FOUNDED = re.compile(rf"{_NAME}\s+(?:co-?)?founded\s+(?P<what>[^,.;]+)")
_LED_BY = re.compile(
    # ("The board, chaired since 2007 by the Swedish industrialist Michael Treschow")
    # ("has been chaired by, among others, A, B and C": holders the text does not count in full)
    rf"\b(?:co-)?(?:led|headed|chaired|commanded|directed|run)\s+(?:(?:since|from)\s+\d{{4}}\s+)?by,?\s+"
    rf"(?:among\s+others,\s+)?"
    rf"(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_HONORIFIC}?{_NAME}|"
    # ("Under the leadership of Carl Dunn, the agency grew": at a sentence's start too)
    rf"\b[Uu]nder\s+the\s+(?:command|leadership)\s+of\s+(?:[\w-]+\s+){{0,3}}?{_HONORIFIC}?{_NAME.replace('?P<name>', '?P<name_b>')}")
# What a listed holder was, between two names of the list: "A, the founding chairman, B and C".
_LISTED_ASIDE = re.compile(r",\s+(?:the|a|an|its)\s+[a-z][^,;()]{1,50}(?=,\s+[A-Z])")
# The next name of a list after a name: ", B", " and B", ", and, since December 2025, B".
_MORE_NAMES = re.compile(rf"(?:\s*,\s*(?:and\b\s*,?\s*)?|\s+and\b\s*,?\s*)(?:(?P<when>(?:since|from|until|in)\s+[^,;]{{1,30}}),\s*)?"
                         rf"(?:the\s+(?:[a-z][\w-]*\s+|[A-Z][a-z]+\s+(?=[a-z])){{1,4}}?)?"  # "the former Argentine foreign minister"
                         rf"{_HONORIFIC}?{_NAME.replace('?P<name>', '?P<more>')}(?=\s*[,.;]|\s+and\b)")
# "X commanded the division from 2018", "X led the unit", "X took over the regiment",
# "X handed the division to Y", "was followed ... by Y", "X was managing director from 2017".
# Words before a kind word that do not say which body of that kind ("the new service", "the
# federal agency"): the organisation's own kind word, said again (`_restricted_kind`).
_PLAIN_KIND_WORDS = frozenset({"new", "present", "current", "whole", "entire", "same", "national", "federal", "state",
                               "former", "old", "reformed", "renamed", "enlarged", "expanded", "united", "combined",
                               "merged", "young", "fledgling", "small", "growing"})


def _restricted_kind(phrase: str, subject: Subject) -> bool:
    """Whether "the <words> <kind>" names one body of that kind among others by a word of what
    it does ("who headed the anti-terrorism service" in the article on a security service
    with such services under it), not the organisation by its kind ("who heads the new
    service"). A word of the organisation's own name says it is the organisation."""
    words = re.findall(r"[\w-]+", phrase.casefold())
    if not words or words[0] != "the" or words[-1] not in KINDS:
        # ("has chaired its governing body": its own organ, whatever its words; "the board of
        # International Memorial": the organisation by its name, not by its kind)
        return False
    words = words[1:-1]
    return any(w not in _PLAIN_KIND_WORDS and w not in subject.words for w in words)


_VERB_ROLE = {"commanded": "Commander", "led": "Leader", "headed": "Head", "chaired": "Chair", "directed": "Director",
              "ran": "Head", "run": "Leader", "presided": "President",
              "commands": "Commander", "leads": "Leader", "heads": "Head", "chairs": "Chair", "directs": "Director",
              "runs": "Head"}
_APPOSITIVE = rf"(?:,\s+[^,;]{{1,90}}?,)?"
# A name set off as the apposition of a post before it ("the governor of Niger State, Abubakar
# Sani Bello, acted as caretaker chairman"): the comma after the name closes the post's phrase,
# not an aside of the name's own. `_APPOSED` marks a name that follows ", "; `_APPOSED_END` then
# takes that closing comma, or the name's own aside (`_APPOSITIVE`) as before.
_APPOSED = r"(?P<apposed>(?<=,\s))?"
# (an aside that is itself a name is the person, the words before it a post or a place: "the
# governor of Niger State, Abubakar Sani Bello, acted")
_APPOSED_END = r"(?:(?:,\s+(?![A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,)[^,;]{1,90}?,)?|(?(apposed),|(?!)))"
# The aside about someone named, up to a comma ("Sue Desmond-Hellmann, an oncologist who had been
# chancellor of the University of California, "): what comes next, before its verb, is still the
# aside's, a place in two parts ("..., San Francisco, took over"), not a person of its own.
_INSIDE_ASIDE = re.compile(rf"{_NAME},\s+(?:(?:a|an|the)\s+[^,;]{{1,60}}?\s+)?who\s+[^;]{{1,120}}?,\s+$")
# ("Lars Magnus Ericsson himself led the company from 1876 to 1900": an intensive "himself"
# between the name and the verb changes nothing of who led it)
_DID_LEAD = re.compile(
    # ("Pietro Mendes, a mines ministry official who had chaired the board since April 2023,":
    # the one described is who chaired it)
    rf"{_NAME_LED}{_HONORIFIC}?{_NAME}(?:{_APPOSITIVE}|,\s+(?:(?:a|an|the)\s+[^,;]{{1,60}}?\s+)?who)(?:\s+(?:himself|herself|themselves))?"
    # ("Sigurd Halvorsen then chaired the board until 1977": an adverb of time between)
    rf"(?:\s+(?:then|later|subsequently|afterwards))?"
    # ("Carl Dunn, who heads the agency, said": the present tense, after "who" only)
    rf"\s+(?:had\s+|has\s+)?(?P<verb>commanded|led|headed|chaired|directed|ran|(?<=had\s)run|(?<=has\s)run|"
    rf"(?<=who\s)(?:heads|leads|chairs|directs|runs|commands))\s+"
    rf"(?P<obj>(?:the|its)\s+[\w-]+(?:'s)?(?:\s+[\w-]+){{0,3}}?|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,4}})"
    rf"(?=\s+(?:from|since|between|until|in|during|for|through|after|before|when|and|on|at|as)\b|[,.;]|$)")
# "who chaired the board at the time": a post the text sets in its past.
_AT_THE_TIME = re.compile(r"\s+at\s+the\s+time\b")
# Its own board, chaired: a chair leads the organisation, and so does the chair of one of the
# boards of a two-tier company (a German supervisory board) or of a bank's governing board.
# ("Stuart Popham chaired the trustees": its board of trustees)
_CHAIRED_BOARD = re.compile(r"(?i)(?:the|its|their)\s+(?:(?:(?P<tier>supervisory|executive|governing|management|managing)\s+)?"
                        r"board(?:\s+of\s+\w+)?|trustees|governors)")
_TOOK_OVER = re.compile(
    # ("the vice-chairman, Hermann Wever, ..., took the chair until a general meeting could elect
    # a successor": the seat taken names the post)
    # ("assumed the presidency in 2004": a head's seat, not named by its post)
    rf"{_NAME_LED}{_APPOSED}{_HONORIFIC}?{_NAME}{_APPOSED_END}{_THEN}\s+(?:(?:took\s+(?:over\s+)?|held\s+|assumed\s+)the\s+(?P<seat>chair|presidency)\b|"
    rf"took\s+over(?:\s+(?:the\s+)?(?P<obj>[A-Za-z][\w-]*)(?P<objmore>(?:\s+(?-i:[A-Z])[\w-]*)*))?|assumed\s+command|"
    rf"(?:acted|stood\s+in)\s+as\s+(?:the\s+)?(?P<role>(?:acting\s+|interim\s+|caretaker\s+)?{_ROLES}))")
# "under Major General Omar Bradley": a commander named by rank in a sentence about the unit.
_UNDER_RANK = re.compile(rf"\bunder\s+(?:the\s+command\s+of\s+)?(?:General|Colonel|Major\s+General|Lieutenant\s+General|"
                         rf"Brigadier\s+General|Lieutenant\s+Colonel|Brigadier|Admiral|Captain|Major|Gen\.|Col\.)\s+{_NAME}")
# "a 1st Alpini Battalion of Africa of nearly a thousand men, under Lieutenant Colonel X": the
# "under" names who led the formation just before it, one of some, a part sent off (a
# battalion, a company, a detachment), not the organisation the sentence is about; the
# organisation's own commander is named "under" after it or its kind ("the corps, under ...").
_PART_UNDER = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Ss]ome)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:battalions?|compan(?:y|ies)|regiments?|brigades?|divisions?|detachments?|squadrons?|platoons?|"
    r"batter(?:y|ies)|columns?|contingents?|task\s+forces?|expeditionary\s+forces?|flotillas?|teams?|squads?|"
    r"sections?|troops?|patrols?|(?:[\w-]+\s+)?(?:commandos|soldiers|men|officers|marines|paratroopers))\b"
    r"(?:\s+(?:of|from)\s+[^,;]{1,60})?,?\s*$", re.I)
# The holder of an office named abstractly ("handed the presidency to X": X its president).
_OFFICE_HOLDER = {"presidency": "President", "chairmanship": "Chairman", "leadership": "Leader",
                  "directorship": "Director", "chair": "Chair", "command": "Commander"}
_HANDED = re.compile(
    rf"\b(?:handed|passed)\s+(?:(?:the|its)\s+(?:post|office|role|position)\s+of\s+(?:the\s+)?"
    # ("handed over command to Anna Berg")
    rf"(?P<post>(?:[\w-]+\s+){{0,2}}?{_ROLES})\s+|(?:the|its)\s+(?:(?P<office>presidency|chairmanship|leadership|"
    rf"directorship)|[\w-]+)\s+|command\s+|over\s+|it\s+)?(?:over\s+)?(?:command\s+)?"
    # ("handed the presidency to his son, Pekka Herlin": the kin the text names in apposition)
    rf"(?:(?:on|in)\s+[^,;]{{1,25}}?\s+)?to\s+(?P<kin>(?:his|her|their)\s+(?:son|daughter|brother|sister|nephew|niece|"
    rf"son-in-law|cousin|deputy|successor),?\s+)?{_HONORIFIC}?{_NAME}|"
    # ("Teguh Muji Angkasa, who made way at the end of January for Widi Prasetijono")
    rf"\bmade\s+way\s+(?:[^,;]{{0,40}}?\s+)?for\s+{_HONORIFIC}?{_NAME.replace('?P<name>', '?P<name_d>')}|"
    # ("Pamias stepped down, and the board replaced him with immediate effect by Alejandro
    # Rodríguez Bas": the one who took the post the one before left)
    rf"\breplaced\s+(?:him|her)\s+(?:[^,;]{{0,40}}?\s+)?(?:with|by)\s+{_HONORIFIC}?{_NAME.replace('?P<name>', '?P<name_e>')}|"
    # ("he was removed and replaced by David Richardson": the one who took the post he left)
    rf"\b(?:was|were)\s+(?:(?:removed|dismissed|sacked|ousted|fired)\s+and\s+)?(?:followed|succeeded|replaced)\s+"
    # ("was replaced as director by Anna Berg": the post named)
    rf"(?:as\s+(?:the\s+)?(?:its\s+)?(?P<as_post>(?:[\w-]+\s+){{0,2}}?{_ROLES})\s+)?"
    # ("was followed over the years by A, B and C": each of them, `_AND_MORE`)
    # ("was followed in the chair of the Court by X", "succeeded in the presidency by"): the post named
    rf"(?:in\s+the\s+(?P<in_post>chair|chairmanship|presidency|leadership|command)(?P<in_of>\s+of\s+[^,;]{{1,40}}?)?\s+|"
    # ("was succeeded the next day by Carlos Sanguinetti": a time with no preposition)
    rf"on\s+[^,;]{{1,30}}?\s+|in\s+[^,;]{{1,20}}?\s+|over\s+(?:the\s+)?(?:years|decades)\s+|in\s+turn\s+|"
    rf"the\s+(?:next|following|same)\s+(?:day|week|month|year)\s+|a\s+(?:day|week|month|year)\s+later\s+)?by\s+"
    rf"{_HONORIFIC}?{_NAME.replace('?P<name>', '?P<name_b>')}|"
    # ("stood down in November 2008 in favour of Admiral Lord Boyce": the one given the post)
    rf"\b(?:stood|stepped)\s+(?:down|aside)\s+(?:[^,;]{{0,40}}?\s+)?in\s+favou?r\s+of\s+"
    rf"{_HONORIFIC}?{_NAME.replace('?P<name>', '?P<name_c>')}")
_WAS_ROLE = re.compile(
    # ("X, who had been party leader from 1903 to 1906, formed ...": told in a relative clause too)
    rf"{_NAME_LED}{_HONORIFIC}?{_NAME}(?:{_APPOSITIVE}|,\s+who)\s+(?:was|has\s+been|had\s+been|is|served\s+as)\s+"
    # the post's owner before it: "its", "the", or a possessive ("the charity's", "Oxfam's")
    rf"(?P<owner>its|the|their|(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){{0,3}}?[\w&'’-]+(?:'s|’s))?\s*"
    rf"(?P<ordinal>first\s+|acting\s+|interim\s+|founding\s+)?"
    # (not a verb: "was appointed commander of the unit" is `_APPOINTED`'s)
    rf"(?!(?:appointed|elected|re-?elected|named|made|promoted|chosen|confirmed|installed|sworn|nominated)\b)"
    rf"(?P<role>(?:[\w-]+\s+){{0,2}}?{_ROLES})"
    # or after it: "was general secretary of the organisation", "was director of Oxfam"
    rf"(?:\s+of\s+(?P<of>(?:the\s+)?(?:[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|for|and|the|de|du))*|[a-z]+)))?"
    # a time follows, or the clause ends: "X was its first president." ("its" ties it, see below)
    rf"(?=(?P<dated>\s+(?:from|since|between|until|in)\b)|\s*(?:[.;]|,\s|$))")
# "... general secretary of the organisation from 1951 to 1961 and its director from 1961 to
# 1975": a later post of the same person, told on after the first one's term.
_THEN_ITS_ROLE = re.compile(rf"\s+(?:from|since|between|until|in)\s+[^,;.]*?\s+and\s+(?:then\s+)?(?:its|their|the)\s+"
                            rf"(?P<role>(?:[\w-]+\s+){{0,2}}?{_ROLES})(?P<when>\s+(?:from|since|between|until|in)\s+[^,;.]+)")
# "Earlier chairmen of the board included A (1953–1958), B and C": former holders, listed.
# "Chairs of the board have included A, B and C": the same, told at the head of its sentence.
_INCLUDED = re.compile(
    rf"(?:\b(?:[Ee]arlier|[Ff]ormer|[Pp]revious|[Pp]ast|[Oo]ther)\s+|^\s*)(?P<role>(?:[\w-]+\s+){{0,2}}?{_ROLES})"
    rf"(?:\s+of\s+(?P<of>(?:the|its)\s+[\w-]+(?:\s+of\s+[\w-]+)?))?"
    # ("Chairmen of the board since the merger have been A (2003–2017), B and C")
    rf"(?:\s+since\s+(?:the\s+)?[\w-]+)?\s+(?:have\s+)?(?:included|were|have\s+been|include)\s+"
    # (not "Its founders were divided between federalists around Kwame Nkrumah": a predicate)
    rf"(?![a-z]+(?:ed|ing)\b)(?P<list>[^;.]+)")
# "Earlier holders of the office included A and B": the office the sentence before named.
# ("Day-to-day work is directed by the secretary-general; recent holders include A, B and C": the
# office the clause before named, and holders who may include the one now, `recent`)
_HOLDERS = re.compile(
    r"\b(?:[Ee]arlier|[Ff]ormer|[Pp]revious|[Pp]ast|[Oo]ther|(?P<recent>[Rr]ecent))\s+holders(?:\s+of\s+(?:the|this|that)\s+"
    r"(?:office|post|position|role))?\s+(?:have\s+)?(?:included|include|were|have\s+been)\s+(?P<list>[^;.]+)")
# "Since the turnaround the post has been held by David Pflieger (2010–2013), Stefan Pichler
# (2013–2015) and Paul Scurrah (since 2025)": the post the sentence before named, each holder
# with the term in brackets after the name, as a list of holders gives them.
_POST_HELD_BY = re.compile(r"\b(?:the|this|that)\s+(?:post|office|position|role)\s+(?:has\s+been|had\s+been|was|have\s+been)"
                           r"\s+held\s+by\s+(?P<list>[^;.]+?\)(?:[^;.()]*\))*)(?=\s*[.;]|$)")
# "General Sir Peter Wall held the post during the bicentenary in 2015 and Lieutenant General Nick Pope
# in 2018": the post the sentence before named, held by each name the sentence gives.
# ("Adriaan Paulen of the Netherlands held the post": the country the person comes from stands
# between, `origin`, as with `_BECAME`; "Carsten Linnemann has held the post since July 2023")
_HELD_THE_POST = re.compile(rf"{_NAME_LED}{_HONORIFIC}?{_NAME}(?:\s+of\s+(?P<origin>(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))?"
                            rf"\s+(?:has\s+|had\s+)?(?:held|filled|occupied)\s+(?:the|that|this)\s+"
                            rf"(?:post|office|position|role)\b")
# "... and Lieutenant General Nick Pope in 2018", ", Nebiolo from 1981 to 1999 and Diack from 1999":
# the next holders of the same post, each with a time of their own
_AND_NAME_THEN = re.compile(rf"(?:\band|,)\s+{_HONORIFIC}?{_NAME}\s+(?:in|from|until|during)\b")
# ", following Paul Ziemiak and Mario Czaja": the post's earlier holders, after its holder now
_FOLLOWING = re.compile(r",\s+(?:following|succeeding|replacing)\s+(?P<list>[^;.]+?)\s*(?=[;.]|$)")
# "the board, whose chairman was then X": the subject's own board, named without a name.
_BOARD_WHOSE = re.compile(
    rf"\bthe\s+(?:supervisory\s+)?board(?:\s+of\s+directors)?,\s+whose\s+(?P<role>(?:[\w-]+\s+){{0,2}}?{_ROLES})\s+"
    rf"(?:at\s+the\s+time\s+)?(?:was|is)\s+(?:then\s+|at\s+the\s+time\s+)?{_HONORIFIC}?{_NAME}")
# "Peskov said X now worked for the defence ministry": a post named by its body, not its title.
_WORKS_FOR = re.compile(
    rf"{_NAME}\s+(?P<now>now\s+)?(?:works|worked|is\s+working|was\s+working)\s+for\s+"
    rf"(?P<body>(?:the\s+)?[\w-]+(?:\s+[\w-]+){{0,4}}?)(?=\s*[,.;]|\s*$|\s+(?:and|but|as|since|from|until)\b)")
# "He identifies himself as the Legion's deputy commander": a post by the person's own word.
_SELF_STYLED = re.compile(
    rf"^(?P<pronoun>He|She)\s+(?:identifies|identified|describes|described|presents|presented|calls|called)\s+"
    rf"(?:himself|herself)\s+as\s+(?:the\s+|an?\s+)?(?:(?P<owner>its|[\w-]+(?:\s+[\w-]+){{0,3}}?(?:'s|’s))\s+)?"
    rf"(?P<role>(?:[\w-]+\s+){{0,2}}{_ROLES})")
# "X took over the government": the head of a government, whatever the office is called there.
_TOOK_GOVERNMENT = re.compile(
    rf"{_NAME}{_APPOSITIVE}\s+(?:took\s+over|took\s+charge\s+of|headed|led)\s+the\s+government\b")
# A sentence that reports someone's words: the post it tells is theirs to vouch for.
_REPORTED = re.compile(rf"{_NAME_LED}{_HONORIFIC}?(?P<speaker>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\s+(?:said|says|stated|claimed|told)\b")
# "Y took the chair in April 2020 from X", "Y took over as chairman of the board from X".
_FROM_PREDECESSOR = re.compile(
    # ("took over the rotating chairmanship from the Mauritanian president, Mohamed Ould
    # Ghazouani": a post with a word of its own, and the predecessor named after a description)
    rf"\b(?:took\s+(?:over\s+)?(?:the\s+(?:(?:rotating|acting|interim)\s+)?"
    rf"(?P<post>chair|chairmanship|helm|command|post|leadership|presidency|directorship))|"
    rf"took\s+over\s+as\s+(?:the\s+)?(?P<role>(?:[\w-]+\s+){{0,2}}?{_ROLES})(?:\s+of\s+(?:the|its)\s+[\w-]+)?|took\s+over)"
    rf"(?:\s+(?:in|on)\s+[^,;]{{1,25}}?)?\s+from\s+(?:the\s+(?:[A-Z]?[a-z][\w-]*\s+){{1,3}}?{_ROLES},\s+)?{_HONORIFIC}?{_NAME}"
    # ("took over from Lourenço as chairperson of the Union": the post, said after the name)
    rf"(?:\s+as\s+(?:the\s+)?(?P<as_role>(?:[\w-]+\s+){{0,2}}?{_ROLES})(?:\s+of\s+(?:the|its)\s+[\w-]+)?)?")
# "Carl Dunn won the leadership in 1958", and "... passed the leadership to Ole Lind in 1948; Carl
# Dunn won it in 1958 and Eva Sund in April 1968": the contest for a post, won, is the post.
# (Not "won the presidency": in a party's article, the country's.)
_WON_POST = re.compile(
    rf"{_NAME}{_APPOSITIVE}\s+won\s+(?:the\s+(?P<post>leadership|chairmanship)"
    rf"(?:\s+(?:election|contest|race|ballot))?(?:\s+of\s+(?P<of>[^,;.]+?))?(?=[,;.]|\s+(?:in|on|at|by|with|after|against|from)\b|$)|"
    rf"(?P<it>it)\b)")
# "... and Eva Sund in April 1968": a further winner, the verb left out.
_AND_WINNER = re.compile(rf"(?:\s+(?:in|on)\s+[^,;]{{1,25}}?)?,?\s+and\s+{_HONORIFIC}?{_NAME}(?P<when>\s+(?:in|on)\s+[^,;.]{{1,25}}?)(?=[,;.]|$)")
_WON_ROLE = {"leadership": "Leader", "chairmanship": "Chairman"}


# ", B and C" after the first name of a list of holders in turn.
_AND_MORE = re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+){_HONORIFIC}?{_NAME}(?=\s*[,;.]|\s+and\b|$)")
# "... was followed by X, and in 1975 by Y": a succession told on.
_AND_THEN_BY = re.compile(rf",?\s+and\s+(?:in|on)\s+[^,;]{{1,25}}?\s+by\s+{_HONORIFIC}?{_NAME}")
# "... by Anthony Habgood in 2014, by Bradley Fried from 1 July 2018 and by David Roberts": the
# next holder of a chain of "by"s after "was followed by", with the date told after the last one.
_BY_CHAIN = re.compile(rf"(?P<when>\s+(?:in|on|from)\s+[^,;]{{1,30}}?)?(?:,\s+(?:and\s+)?|\s+and\s+)by\s+{_HONORIFIC}?{_NAME}")
# A name a preposition governs, inside a list of holders: what an aside names ("Haim Oron, one of
# the founders of Peace Now", "X, then head of the Lawyers Committee"), not one of the list.
_OBJECT_OF = re.compile(r"\b(?:of|for|from|at|in|with|by|to)\s+(?:the\s+)?$")

# "X was among the commanders who followed him", "X was one of its founders".
# "Interpol, whose Secretary General at the time was Jürgen Stock": the head of another body,
# named by that body's post.
_WHOSE_ROLE = re.compile(
    rf"(?P<body>[A-Z][\w-]*(?:\s+(?:of|for|the|and|[A-Z0-9][\w-]*))*),\s+whose\s+"
    rf"(?P<role>(?:[\w-]+\s+){{0,2}}?{_ROLES})(?:\s+(?:at\s+the\s+time\s+)?(?:was|is)\s+"
    rf"(?:then\s+|at\s+the\s+time\s+)?|,?\s+(?=[A-Z]))"
    # ("BG Group, whose chairman, Andrew Gould, praised ...": the holder named beside the post)
    rf"{_HONORIFIC}?{_NAME}")
# "named Han Jong-hee and Kyung Kye-hyun co-chief executives", "named Kim Ki-nam, Kim Hyun-suk
# and Koh Dong-jin to succeed the three co-chief executives": each of several named to one post.
_FULL_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
# "Its first secretary general was the German Carlo Bayer", "The current chairman is X": the
# post first, then who held it; a few words on who they are may stand before the name.
_ROLE_WAS_NAME = re.compile(
    rf"(?:^|[,;]\s+|\band\s+)(?P<owner>[Ii]ts|[Tt]heir|[Tt]he|(?:[Tt]he\s+)?[\w&-]+(?:'s|’s))\s+"
    rf"(?:(?P<ord>first|second|third|new|current|last|present|founding|inaugural)\s+)?(?P<role>(?:[\w-]+\s+){{0,2}}?{_ROLES})"
    # ("The institute's chairman at the time was Lord Marshall", "Its president in 2001 was X":
    # when, told between the post and its holder)
    rf"(?:\s+(?:at\s+(?:the|that)\s+time|then|by\s+then|in\s+(?:[A-Z][a-z]+\s+)?\d{{4}}))?"
    rf"\s+(?P<verb>was|is|has\s+been|had\s+been)\s+(?:the\s+(?:[\w'’-]+\s+){{0,4}}?)?{_HONORIFIC}?{_NAME}"
    # ("was Lord Marshall of Knightsbridge": a peer's seat after the name)
    rf"(?=\s*[,.;)]|\s+(?:who|from|since|until|in|and|between)\b|\s+of\s+[A-Z]|$)")
# "took command from Major General Soenarko": a person known by one name (as many Indonesian
# officers are), which a rank of two words before it shows to be a person's.
_MONONYM = re.compile(r"[A-Z][a-z]{3,}")
_RANKED_MONONYM = re.compile(
    r"\b(?:(?P<from>took\s+(?:over\s+)?(?:the\s+)?command|took\s+over)(?:\s+(?:on|in)\s+[^,;]{1,25}?)?\s+from|"
    r"(?P<to>handed|passed)\s+(?:it|command|(?:the|its)\s+[\w-]+|[A-Z][\w-]+)\s+(?:over\s+)?to)\s+"
    r"(?:(?:Major|Lieutenant|Brigadier)[\s-]+General|(?:Rear|Vice)[\s-]+Admiral|Lieutenant[\s-]+Colonel)\s+"
    r"(?P<mono>[A-Z][a-z]{3,})(?![\w'’-]|\s+[A-Z])")
# "Shin Jong-kyun and Yoon Boo-keun, head of consumer electronics, were named co-chief
# executives": the name before "and" is named to the same post.
_CO_SUBJECT = re.compile(rf"(?:^|[,;]\s+|\s)(?P<co>{_HONORIFIC}?{_FULL_NAME})\s+and\s+$")
_NAMED_SEVERAL = re.compile(
    rf"\b(?:named|appointed|elected|chose|selected)\s+(?P<names>{_FULL_NAME}(?:,\s+{_FULL_NAME})*,?\s+and\s+"
    rf"{_FULL_NAME})\s+(?:(?:as\s+)?(?:the\s+|its\s+)?(?:new\s+|joint\s+)?|to\s+succeed\s+the\s+(?:\w+\s+)?)"
    rf"(?P<role>(?:co-)?(?:[\w-]+\s+){{0,2}}?{_ROLES})")
# "a grandson of the LDP's first president", "the widow of its founder": the post is a relative's.
_KIN = re.compile(r"(?i)(?:(?:a|an|the|his|her)\s+)?(?:(?:great-)?grand)?(?:son|daughter|child|nephew|niece|brother|"
                  r"sister|widow|widower|wife|husband|father|mother|cousin|heir)s?(?:-in-law)?\s+of\b")
_AMONG = re.compile(rf"{_NAME}\s+(?:was|is)\s+(?:among|one\s+of)\s+(?:the|its|their)\s+(?P<role>(?:[\w-]+\s+){{0,2}}?{_ROLES})")
_NAMED_AS = re.compile(
    # ("elected the finance director, Hans Dieter Pötsch, as its chairman": the post held before, set before the name)
    # ("elected his rival, Jürgen Peters, as chairman": who the person is to someone else)
    # ("made the Keelung mayor Lin Yu-chang acting chairman": who the person is, without commas)
    # ("endorsed Daniel Chongolo as secretary-general", "kept Abdulrahman Kinana as secretary-general":
    # a body's or a new leader's word on who holds the post)
    rf"\b(?:named|appointed|elected|chose|selected|made|endorsed|confirmed|kept|retained|re-?elected|re-?appointed)\s+"
    rf"(?:(?:the|its|their|his|her)\s+[a-z][^,;]{{1,40}},\s+|"
    rf"the\s+(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w-]*\s+){{1,3}}(?=[A-Z]))?"
    # ("the board named Lila Tretikov, who had grown up in the Soviet Union and was chief product
    # officer of the software firm SugarCRM, as the next executive director": a long aside)
    # (not a post named as someone's: "appointed Michael Nzekwe as his chief of staff", an aide)
    rf"{_HONORIFIC}?{_NAME}(?:,\s+[^,;]{{1,140}}?,)?(?:,\s+as\s+|\s+(?:as\s+)?)(?:the\s+)?(?:its\s+)?"
    # (not "to chair a political council": a verb of the post, whose body the words after it name)
    rf"(?:new\s+|next\s+)?(?P<role>(?:(?!(?:his|her|their|to)\b)[\w-]+\s+){{0,2}}?{_ROLES})|"
    rf"\b(?:members|membership(?:\s+meeting)?|congress|board|assembly|council)\b[^.;]{{0,40}}?\belected\s+"
    rf"{_HONORIFIC}?{_NAME.replace('?P<name>', '?P<name_b>')}"
    # ("the board elected Carl Dunn as its director": the post, when the sentence gives it)
    rf"(?:,?\s+as\s+(?:the\s+)?(?:its\s+)?(?:new\s+|next\s+)?(?P<role_b>(?:[\w-]+\s+){{0,2}}?{_ROLES})(?=[\s,.;]|$))?")
# The same with the post before the name: "Pagotto named as national coordinator Sister Vera
# Lúcia Altoé", "the board appointed as its new chief executive Jane Doe".
_NAMED_AS_POST_FIRST = re.compile(
    rf"\b(?:named|appointed|elected|chose|selected)\s+as\s+(?:the\s+)?(?:its\s+)?(?:new\s+|next\s+)?"
    rf"(?P<role>(?:(?!(?:his|her|their|to)\b)[\w-]+\s+){{0,2}}?{_ROLES})\s+{_HONORIFIC}?{_NAME}")
# "X became acting executive director in September 2022, and on 27 March 2023 the board named
# her executive director": the post given to the person the sentence named before, by pronoun.
_NAMED_PRONOUN = re.compile(
    rf"\b(?:named|appointed|confirmed|made)\s+(?:her|him)\s+(?:as\s+)?(?:the\s+|its\s+)?(?:new\s+|permanent\s+)?"
    rf"(?P<role>(?:[\w-]+\s+){{0,2}}?{_ROLES})(?=\s*[,.;]|\s+(?:in|on|after|and|for|from|with)\b|$)")
# A date that opens a sentence ("In 1979 ", "On 4 May 1972, ").
_OPENING_DATE = re.compile(r"(?:In|On)\s+(?:[\w-]+\s+){0,3}?\d{4}\b,?\s+")
# "He stayed in the chair until 1991": the end of a term, told of "he" or "she" alone.
_PRONOUN_STAYED = re.compile(r"(?:He|She)\s+(?:stayed|remained|served|continued)\s+(?:on\s+)?(?:in\s+(?:the\s+)?"
                             r"(?:chair|post|office|role|job|position)|as\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
                             r"(?P<until>until\s+[^,;.]+)")
# "... and on 2 February 2009 he was elected chairperson of the Union", "..., and he became its
# first chairman": a post given to "he" or "she" after a clause that named the person.
_PRONOUN_ELECTED = re.compile(
    rf"(?<=\s)(?:he|she)\s+(?:was\s+(?:\w+ly\s+)?(?:re-?)?(?:elected|appointed|named|chosen|made)|became)\s+(?:as\s+)?"
    rf"(?:the\s+|its\s+)?(?:new\s+|first\s+)?(?P<role>(?:[\w-]+\s+){{0,2}}?{_ROLES})"
    rf"(?:\s+of\s+(?P<of>[^,.;]+?))?(?=\s*[,.;]|\s+(?:in|on|for|after|and|from|with|until|at)\b|$)")
_ALIAS = re.compile(
    r"(?:who\s+(?:uses|used|goes\s+by|went\s+by)|known\s+as|nicknamed|call\s*sign|callsign|alias|nom\s+de\s+guerre|"
    r"code\s*name|codenamed|pseudonym)\s+[\"“«](?P<alias>[^\"”»]{1,40})[\"”»](?:\s*\((?P<alt>[^)]{1,40})\))?")
# "Li Shufu, also known as Eric Li, became chairman": the other name a person goes by, in full.
_OTHER_NAME = re.compile(rf"{_NAME},\s+(?:also\s+)?(?:known|called)\s+(?:in\s+English\s+)?as\s+"
                         rf"(?P<other>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})(?=\s*[,;.)])")
# Roles of people who are not the subject's officers, for the people list only.
_DESCRIPTIVE_ROLE = re.compile(
    r"\b(?:professor|writer|journalist|reporter|correspondent|editor|analyst|researcher|expert|activist|politician|"
    r"MP|senator|soldier|pilot|blogger|historian|scholar|lawyer|businessman|businesswoman|banker|diplomat|"
    r"fighter|volunteer|author|economist|advisor|adviser|official|priest|physician|doctor|member|"
    r"ex-vice-chairman|vice-chairman)\b")


def _title_in_name(mods: str, role: str, name: str) -> tuple[str, str]:
    """(the role with its modifiers, the name) of "Deputy Defence Minister Yunus-Bek Yevkurov",
    where the pattern took the first role noun ("Deputy") and left the rest of the capitalised
    title in the name: a title runs to its last role noun, and the name begins after it."""
    words = name.split()
    last = max((i for i, w in enumerate(words) if ROLE_NOUN.fullmatch(w.strip(",."))), default=-1)
    if last < 0 or len(words) - last - 1 < 2:
        return f"{mods}{role}", name
    return f"{mods}{role} {' '.join(words[:last + 1])}", " ".join(words[last + 1:])


def _reported_by(before: str) -> str | None:
    """Whose words the rest of a sentence reports ("the Kremlin spokesman Dmitry Peskov said
    ..."): "according to Dmitry Peskov", or None when the sentence states it itself."""
    speakers = [m for m in _REPORTED.finditer(before) if is_name(_clean_name(m.group("speaker"))[0])]
    return f"according to {_clean_name(speakers[-1].group('speaker'))[0]}" if speakers else None


def _followed_post(role: str | None, sentence: str) -> str:
    """The post someone took who "followed" or was "handed" it by a holder: the holder's post
    without the word that made it theirs alone ("first president" -> "President"); with no
    holder's post told, "Commander" where the sentence speaks of command, else "Leader"."""
    if role and not _FOUNDER.search(role) and role.casefold() != "leader":
        bare = re.sub(r"(?i)^(?:first|second|third|founding|acting|interim|former|new)\s+", "", role)
        return cap_first(bare)
    # (a holder known only as "Leader" says no more of the post than the sentence's "command":
    # "the command changed hands three times: X was replaced by Y")
    return "Commander" if "command" in sentence.casefold() else "Leader"


_WHEN_WORDS = frozenset({"in", "on", "by", "since", "from", "during", "until", "after", "before", "early", "late", "mid",
                         "january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"})


def _relative_complement(sentence: str, start: int) -> bool:
    """Whether the post whose title begins at `start`, set off from the name after it by a comma, completes a
    relative clause about the one before it: "among them the poet Ljubčo Georgievski, who became
    its first president, Dragan Bogdanovski, Boris Zmejkovski and ...": Georgievski became
    president; the name after the comma is the list's next, no holder of the post."""
    return re.search(r"\b(?:who|which|that)\s+(?:became|becomes|was|is|remained)\s+(?:[\w'’-]+\s+){0,4}$",
                     sentence[:start]) is not None


def _clause_then_subject(sentence: str, start: int, end: int) -> bool:
    """Whether "the <post>, <Name>" at `start`..`end` is the end of an opening clause and the
    next clause's subject, not a post and its holder: "Since 2005, when the board dismissed the
    founder, Jonathan Reckford has been its chief executive" (a clause that "when", "after" ...
    opens ends at the comma, and the name after it goes straight on to its own verb)."""
    segment = re.split(r"[,;:]", sentence[:start])[-1]
    return bool(re.search(r"(?i)\b(?:when|after|before|while|once|until|because|although|though|if|as\s+soon\s+as)\s",
                          segment)) and bool(re.match(r"\s+(?:has|have|had|is|was|were|became|took|remained|"
                                                      r"(?:\w+ly\s+)?[a-z]+ed)\b", sentence[end:]))


def _mod_words(mods: str) -> list[str]:
    """The words before a title that say whose or what kind of post it is, casefolded: a date
    phrase before it ("In 1974 Commissioner X") says when, not whose."""
    return [w for w in (w.casefold() for w in mods.split()) if not re.fullmatch(r"\d[\d,–-]*", w)
            and w not in _WHEN_WORDS and w not in _JOINING_WORDS]


# Words that join a title's phrase to what came before, no modifier of the post: "..., and the
# chairman, Sir Simon Robertson, said" (the post is no "and" body's).
_JOINING_WORDS = frozenset({"and", "but", "or", "while", "whereas"})


# "the board's co-chairmen, Winston Lord and James C. Strickler": the board an article speaks
# of without naming whose is the organisation's own (another body's is named: "ThyssenKrupp's
# supervisory board"), and the posts of its board are the organisation's.
# ("Bosch, then chairman of the board of management": a German company's executive board)
_OWN_BOARD = re.compile(r"(?i)(?:^|\s)(?:the|its|their)\s+(?:(?:supervisory|executive|governing|managing|management)\s+)?"
                        r"(?:board(?:\s+of\s+(?:directors|trustees|governors|management))?|trustees)(?:'s|’s|')$")


# Before "chaired by X": the organisation's own board, unnamed ("The board,") or by a name that
# says only which of its boards it is ("the International Board,", "its Executive Board,"): a
# board "of" another body is that body's.
_OWN_BOARD_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:supervisory|executive|governing|management|"
                               r"managing)\s+board|board(?:\s+of\s+(?:directors|trustees|governors))?|"
                               r"(?:(?:International|Executive|Supervisory|Governing|Management|Managing|National|Federal|"
                               r"Central|Global|World)\s+)?Board(?:\s+of\s+(?:Directors|Trustees|Governors))?)\s*,?\s*"
                               r"(?:(?:then|now|later|currently)\s+)?(?:(?:was|is|were|has\s+been|had\s+been)\s+)?$")


# "after a short acting tenure by Nancy Ward": someone standing in for the head
# ("After a short interim under James L. Fry, Martin B. Wilk took over": the interim as a noun)
_ACTING_TENURE = re.compile(rf"\b(?:an?|the|his|her)\s+(?:(?:short|brief|two-month|six-month)\s+)?(?:(?P<q>acting|interim|caretaker)\s+"
                            rf"(?:tenure|spell|stint|period|term|leadership)|(?P<q2>interim))\s+(?:by|of|under)\s+{_HONORIFIC}?{_NAME}")
# "the corps had a single professional head in London, the Deputy Adjutant-General, a post first
# filled by Major-General Sir James Campbell": a post named, then who held it
_POST_FILLED_BY = re.compile(rf"\b(?:the|its)\s+(?P<role>(?:[A-Z][\w-]*\s+){{0,3}}[A-Z][\w-]*),\s+(?:a|an|the)\s+"
                             rf"(?:post|position|office|appointment)\s+(?:first\s+|later\s+|then\s+)?"
                             rf"(?:filled|held|occupied|taken)\s+by\s+{_HONORIFIC}?{_NAME}")
# "Lieutenant General Khomotso Phahlane acted in her place", "... when Lesetja Mothiba took over
# the acting role": a stand-in for the head the text just named, or in the post another stand-in
# held; "The exploration and production director, Fernando Borges, stood in until Caio Paes de
# Andrade took over": "stood in" alone, for the head just named; "X took command, with the chief
# of staff, Colonel Kajari Klettenberg, acting in the meantime": for the head the sentence names
_STOOD_IN = re.compile(rf"{_NAME_LED}{_APPOSED}{_HONORIFIC}?{_NAME}(?:{_APPOSED_END}\s+(?:(?:acted|stood\s+in|deputi[sz]ed)\s+(?:in|for)\s+(?:her|his|"
                       rf"(?P<whom>[A-Z][\w'’-]+))(?(whom)|\s+place)\b|took\s+over\s+the\s+acting\s+"
                       rf"(?:role|post|position|office|duties)\b|"
                       # ("the deputy national chairman, Abubakar Kyari, took charge in an acting capacity")
                       rf"took\s+(?:over|charge)\s+(?:in\s+an\s+acting\s+capacity|on\s+an?\s+(?:interim|acting|temporary|"
                       rf"caretaker)\s+basis|temporarily)\b)|"
                       # ("The finance chief, James Bell, ran the company on an interim basis until ...")
                       rf",?\s+ran\s+(?:it|the\s+(?P<ran>[a-z]+))\s+(?:on\s+an?\s+(?:interim|temporary|acting|caretaker|"
                       rf"provisional)\s+basis|temporarily|in\s+the\s+(?:interim|meantime))\b|"
                       rf",?\s+(?:stood\s+in|acting)(?=\s+in\s+the\s+(?:meantime|interim)\b|\s+meanwhile\b|"
                       rf"(?<=in)\s*[,.;]|(?<=in)\s+(?:until|till|while|when|after|for\s+(?:a|some|several|two|three)\s+\w+)\b))")
# "... that Allen Morgan would succeed McRae as chief executive, and Thulani Gcabashe took the
# post in 2000": the post the sentence, or the one before, just gave one of its heads.
_TOOK_THE_POST = re.compile(rf"{_NAME_LED}{_HONORIFIC}?{_NAME}\s+(?:(?:later|then)\s+)?(?:took|assumed|filled|took\s+up|held)\s+the\s+"
                            rf"(?:post|position|office|job)\b(?!\s+of\b)")
# "... held the post until he retired in March 2022": the term's end, told by the clause
# "until" opens, and its date.
_HELD_UNTIL = re.compile(r"\s+until\s+(?:he|she|they|[A-Z][\w'’-]+)\s+(?:retired|resigned|died|stepped\s+down|left|"
                         r"was\s+replaced|was\s+succeeded)\s+(?:[^,;]{0,30}?\s)?(?:in|on)\s+"
                         r"(?P<d>(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)?\s*\d{4})\b")
# "The ministry put his deputy, Mario Krieger, in charge on a provisional basis": the head's
# post, held for the time being when the sentence says so.
_PUT_IN_CHARGE = re.compile(rf"\bput\s+(?:(?:his|her|its|their|the)\s+[\w\s-]{{1,30}}?,\s+)?{_HONORIFIC}?{_NAME},?\s+"
                            rf"in\s+charge\b(?P<tmp>[^.;]{{0,40}}?\b(?:provisional|interim|temporary|acting)\b)?")
# "the board chose John Monaghan, a director since 2008, in his place": the post of the leader the
# pronoun means, named before in the sentence (or the one before), goes to the one chosen.
_IN_HIS_PLACE = re.compile(rf"\b(?:chose|named|appointed|elected|picked|installed|selected)\s+{_HONORIFIC}?{_NAME}"
                           rf"(?:,\s+[^,;]{{1,80}}?,)?\s+(?:in|to\s+take)\s+(?:his|her)\s+place\b")
# "...; the post had been held on an interim basis by Berthold Huber": who held, before, the post
# a leader of ours was just given in the same sentence (`_from_sentences`).
_HELD_BEFORE = re.compile(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:post|position|office|role|job)\s+(?P<tense>had\s+(?:previously\s+|"
                          rf"until\s+then\s+)?been|was\s+(?:previously\s+|until\s+then\s+)?)\s*held\s+"
                          rf"(?P<tmp>on\s+an?\s+(?:interim|temporary|acting|caretaker)\s+basis\s+|temporarily\s+|"
                          rf"in\s+an\s+acting\s+capacity\s+)?by\s+{_HONORIFIC}?{_NAME}")
# "Astrid Heiberg was the first woman to lead the federation": the first (or only) one of a
# kind to lead the organisation, named by its kind word.
_FIRST_TO_LEAD = re.compile(rf"{_NAME_LED}{_HONORIFIC}?{_NAME}\s+(?:was|became)\s+the\s+(?:first|second|third|last|only|youngest|oldest)"
                            rf"\s+(?:[\w'’-]+\s+){{0,3}}?to\s+(?P<verb>lead|head|chair|command|run)\s+"
                            rf"(?P<what>(?:the|its)\s+[a-z]+|it)\b(?!\s+(?:of|into|to)\b)")
_FIRST_TO_LEAD_ROLE = {"lead": "Leader", "head": "Head", "chair": "Chair", "command": "Commander", "run": "Leader"}
# "Carl Dunn has been in charge of the agency since 2019", "took charge of the agency", "has
# been at the helm since 2019", "was put at its head": the head, by no post's name (the organisation's common title
# names it, `_name_generic_roles`).
_IN_CHARGE = re.compile(rf"{_NAME_LED}{_HONORIFIC}?{_NAME}(?:,\s+(?:a|an|the)\s+[^,;]{{1,80}},)?"
                        rf"\s+(?:(?P<now>has\s+been|is)|had\s+been|was|took|remained)\s+"
                        # ("Sid Ahmed Ghozali, an engineer trained in Paris, was put at its head")
                        rf"(?:in\s+charge|charge|at\s+the\s+helm|(?:put|placed|set|installed)\s+at\s+(?:its|the)\s+head)"
                        rf"(?:\s+of\s+(?P<what>(?:the|its)\s+[a-z]+|"
                        rf"[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){{0,4}}))?(?=[,.;]|\s+(?:since|from|in|on|until|"
                        rf"after|before|when|and|for|at)\b|$)")
# "In 2010 Carl Dunn was appointed to head the agency", "the government appointed Carl Dunn to
# lead the agency": chosen for the head's post, named by what the head does.
_CHOSEN_TO_LEAD = re.compile(rf"{_NAME_LED}{_HONORIFIC}?{_NAME}\s+(?:was|were)\s+(?:\w+ly\s+)?(?:appointed|named|chosen|elected|picked|"
                             rf"selected|brought\s+in)\s+to\s+(?P<verb>lead|head|chair|command|run)\s+"
                             rf"(?P<what>(?:the|its)\s+[a-z]+|it)\b(?!\s+(?:of|into|to)\b)|"
                             rf"\b(?:appointed|named|chose|elected|picked|selected)\s+{_HONORIFIC}?"
                             rf"{_NAME.replace('?P<name>', '?P<name_o>')}\s+to\s+(?P<verb_o>lead|head|chair|command|run)\s+"
                             rf"(?P<what_o>(?:the|its)\s+[a-z]+|it)\b(?!\s+(?:of|into|to)\b)")
# "Neil Gaughan, a deputy commissioner who was acting as commissioner in the weeks that
# followed, defended both searches": a stand-in told by what he was acting as, the post the
# organisation's head holds (see its use: only that post, so "acting as spokesman" is no head)
_ACTING_AS = re.compile(rf"{_NAME_LED}{_HONORIFIC}?{_NAME},?\s+(?:(?:a|an|the|its)\s+[^,;]{{1,60}}?\s+)?who\s+(?P<tense>was|had\s+been|is|has\s+been)"
                        rf"\s+(?:then\s+|briefly\s+)?(?:acting|serving)\s+as\s+(?:the\s+|its\s+)?(?:acting\s+)?"
                        rf"(?P<role>(?:[\w-]+\s+){{0,2}}?{_ROLES})\b")
# "Gordon Vickery and then, briefly, Thomas Casey ran the new body as acting directors": two
# holders in turn of one post, told together
_RAN_AS = re.compile(rf"{_NAME_LED}{_HONORIFIC}?{_NAME}\s+and\s+(?:then,?\s+)?(?:briefly,?\s+)?{_HONORIFIC}?"
                     rf"(?P<name2>{_FULL_NAME})\s+(?:ran|led|headed|directed)\s+(?P<obj>(?:the|its)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)"
                     rf"\s+as\s+(?P<role>(?:acting\s+|interim\s+|joint\s+)?[a-z][\w-]*?(?:men|women|s))\b")
# "Karel Novak ran the foundation as its director", "the Press Foundation, which Jaromír Štětina
# set up and ran as its first director": one holder, the post "as" names; the body run is the
# object, "it", or what "which" stands for
_LED_AS = re.compile(rf"(?:(?P<which>,\s+which)\s+)?{_NAME_LED}{_HONORIFIC}?"
                     rf"(?P<name>{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_WORD}){{0,3}})"
                     # ("Maher Salman Al Musallam, a Bahraini, later led the airline through it as chief
                     # executive"; "Talal Al Zain, who was also chief executive of Mumtalakat, ran the
                     # airline as executive chairman": an aside, and how or when it was run)
                     rf"(?:,\s+[^;]{{1,80}}?,)?\s+"
                     rf"(?:(?:set\s+up|founded|started|built|created|established)\s+"
                     rf"(?P<made>it\s+|(?:the|its)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+\s+)?and\s+)?(?:then\s+|later\s+)?"
                     rf"(?:ran|led|headed|directed)\s+(?P<obj>it\s+|(?:the|its)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+\s+)?"
                     rf"(?:(?:through|during|for)\s+(?:it|them|the\s+[a-z]+|\w+\s+years?)\s+)?"
                     rf"as\s+(?:(?:its|the)\s+)?(?P<first>first\s+)?(?P<role>(?:acting\s+|interim\s+)?(?:[a-z][\w-]*\s+){{0,2}}?"
                     rf"{_ROLES})(?=\s*[,.;]|\s+(?:from|until|in|between|for|and)\b)")
# "run by two co-chairmen, the Irishman Niall FitzGerald and the Dutchman Antony Burgmans": a
# number of holders of one post, then each named, maybe after a word saying who they are.
_WHO_WORD = r"(?:the\s+(?:[A-Z][\w-]*|[a-z][\w-]*)(?:\s+[a-z][\w-]*)?\s+)?"
_COUNTED_HOLDERS = re.compile(
    rf"\b(?:two|three|four)\s+(?P<role>(?:co-|joint\s+)?[a-z][\w-]*?(?:men|women|s)),\s+{_WHO_WORD}{_NAME}"
    rf"(?:,\s+{_WHO_WORD}(?P<name3>{_FULL_NAME}))?,?\s+and\s+{_WHO_WORD}(?P<name2>{_FULL_NAME})(?=\s*[,.;]|$)")


# A sentence about the organisation's own board (`_OWN_BOARD`) is about the organisation: "The
# board was then co-chaired by Frank Giustra and Susana Malcorra."
_BOARD_OPENS = re.compile(r"(?:(?:In|On|By|From|After|Before|During|Since)\b[^,;]{0,40}?,?\s+)?(?:[Tt]he|[Ii]ts)\s+"
                          r"(?:(?:(?:supervisory|executive|governing|managing)\s+)?board|(?:International|Executive|"
                          r"Supervisory|Governing|Management|Managing|National|Federal|Central|Global|World)\s+Board)"
                          r"\b(?!\s+of\s+[A-Z])"
                          r"(?!\s+of\s+(?:directors|trustees|governors)\s+of\b)")


def _owner_ok(subject: Subject, owner: str | None, mods: str) -> tuple[bool, str | None]:
    """(is the subject's role, the other body) for a role with `owner` and modifiers `mods`."""
    mods_words = _mod_words(mods)
    foreign_mod = [w for w in mods_words if w not in _OWN_MODIFIERS and w not in subject.words
                   and not re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)", w)]
    if owner:
        if subject.is_owner(owner) or _OWN_BOARD.search(owner.strip()):
            return not foreign_mod, None if not foreign_mod else " ".join(mods.split())
        if owner.casefold() in {"his", "her"}:
            return False, None
        return False, re.sub(r"(?:'s|’s|')$", "", owner.strip())
    if foreign_mod:
        return False, " ".join(mods.split())
    return True, None


def _named_body(phrase: str, before: str) -> str:
    """"the corps" as the text before named it ("1st Azov Corps"): the last name there ending
    in the phrase's noun; else the phrase as it is."""
    m = re.fullmatch(r"(?i)the\s+([a-z]+)", phrase.strip())
    if m is None:
        return phrase.strip()
    named = re.findall(rf"\b((?:[A-Z0-9][\w'’-]*\s+){{1,4}}{m.group(1).capitalize()})\b", before)
    return named[-1] if named else phrase.strip()


# "the first chair of the reformed Court", "followed in the chair of the Court by": a bank's or a
# university's governing board, called its Court (of Directors); its chair is the organisation's
# own. Only for a chair: a court of law has a president or a presiding judge.
_CHAIRED_COURT = re.compile(r"(?i)(?:(?:the|its|their)\s+)?(?:(?:new|reformed|reconstituted|enlarged)\s+)?"
                            r"court(?:\s+of\s+(?:directors|governors|assistants))?")


def _of_ok(subject: Subject, of: str | None, role: str | None = None) -> tuple[bool, str | None]:
    if not of:
        return True, None
    if role and re.fullmatch(r"(?i)(?:[\w-]+\s+)?chair(?:man|woman|person)?", role.strip()) \
            and _CHAIRED_COURT.fullmatch(of.strip()):
        return True, None
    of = re.split(r"\s+(?:in|on|from|since|until|after|before|when|who|which)\s+", of.strip())[0]
    # "replaced Devouard as chair of the board": the board named by no one else's name is the
    # organisation's own (`_OWN_BOARD`)
    # ("resigned as chairman of council": a governing body without an article is the
    # organisation's own, as the BMA's "chair of council" is its head)
    # ("The chairman of the governors, Gavyn Davies": its board of governors)
    own = _OWN_BOARD.search(of.strip() + "'s") or re.fullmatch(r"(?i)(?:the\s+)?(?:council|board|trustees|governors|directors)",
                                                                of.strip())
    return (True, None) if subject.is_owner(of) or own else (False, of.strip())


def _sentences(profile: Profile) -> Iterator[tuple[str, Source | None, bool]]:
    """(sentence, source, in a leadership section) in reading order."""
    lead_blocks = [(b, False) for b in profile.lead]
    section_blocks = []
    leadership = {id(s) for s in leadership_sections(profile)}
    for top in profile.sections:
        for s in top.walk():
            section_blocks.extend((b, id(s) in leadership) for b in s.blocks)
    for b, in_leadership in lead_blocks + section_blocks:
        if isinstance(b, Paragraph):
            for _, sentence in sentence_spans(b.text):
                yield sentence, b.source, in_leadership
                second = _SECOND_VERB.match(sentence)
                if second:
                    # "Lee Hsien Loong became prime minister in August 2004 and took over as
                    # secretary-general from Goh in November 2004": the second verb's post is
                    # the same person's, told as its own sentence
                    yield f"{second.group('name')} {sentence[second.end('first'):].lstrip()}", b.source, in_leadership


# A sentence opening on a name and a first verb phrase, then "and" and a verb that takes a post
# (`_sentences`): its subject is the name's.
_SECOND_VERB = re.compile(rf"^{_NAME}\s+(?!and\b)[a-z][^,;]{{2,80}}?\s+and\s+(?:then\s+|later\s+)?"
                          rf"(?P<first>)(?=(?:took\s+over|became|was\s+(?:elected|appointed|named|chosen))\s+(?:as\s+)?"
                          rf"(?:the\s+(?:new\s+)?|its\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_ROLE_NOUN_WORDS})\b)")


# An appointment that did not take effect: "the appointment would not go ahead", "the
# nomination was withdrawn".
_CALLED_OFF = re.compile(r"(?i)\b(?:the|this|that|his|her)\s+(?:appointment|nomination)\s+(?:would\s+not\s+go\s+ahead|"
                         r"did\s+not\s+go\s+ahead|(?:was|had\s+been)\s+(?:withdrawn|cancelled|canceled|revoked|rescinded|"
                         r"called\s+off)|fell\s+through)")

# A post turned down by the one named to it: "but Ayci turned the post down", "she declined the
# appointment". Not "declined to comment", nor a post turned down before being named to another.
_TURNED_DOWN_WHAT = r"(?:the\s+(?:post|job|offer|appointment|position|role|nomination)|it)"
# ("Khadka, named acting chief in Katawal's place on 3 May 2009, never took command": named, and
# the post never held)
_DECLINED = re.compile(rf"\b(?P<who>[A-Z][\w'’-]+)(?:\s+|,\s+[^,;]{{1,120}}?,\s+)(?:(?:later|then|soon|quickly|promptly)\s+)?"
                       rf"(?:turned\s+{_TURNED_DOWN_WHAT}\s+down|turned\s+down\s+{_TURNED_DOWN_WHAT}|"
                       rf"(?:declined|refused|rejected)\s+{_TURNED_DOWN_WHAT}|"
                       rf"never\s+(?:took|assumed|took\s+up|entered)\s+(?:command|office|(?:the\s+)?(?:post|charge)))\b")

# Infobox keys that give the title of the organisation's head ("Chief1 Position: Commissioner").
_HEAD_TITLE_KEY = re.compile(r"(?i)^(?:chief|leader|head|commander|director|president|chair\w*)\d*\s*(?:position|title)$")


# An infobox key of an officer beside the head (`_from_facts`'s `presided`).
_OFFICER_KEY = re.compile(r"(?i)secretary|treasurer")
# An infobox key that names the head "Leader" ("Leader", "Party leader", "Leader1").
_LEADER_KEY = re.compile(r"(?i)(?:party\s+)?leader\d*")
# An infobox key that is the head's post itself.
_HEAD_KEY = re.compile(r"(?i)chair(?:man|woman|person)?|director[\s-]general|secretary[\s-]general|general\s+secretary|"
                       r"chief\s+executive|ceo|commandant|commissioner|executive\s+director|"
                       # "Chief of the Defence Force: Air Marshal Martin Pinehas" (not a bare "Chief of
                       # Staff", a deputy's post in many forces)
                       r"chief\s+of\s+(?:the\s+)?(?!staff$)[\w\s-]{3,40}")


def _head_titles(profile: Profile) -> set[str]:
    """The titles the infobox gives the organisation's head ("Commissioner"), casefolded."""
    titles = set()
    for f in profile.facts:
        if f.text and _HEAD_KEY.fullmatch(f.label.strip()) and is_name(re.sub(
                rf"^{_HONORIFIC}", "", re.sub(r"\s*\([^()]*\)", "", f.text).strip())):
            # "Chair: Samir Shah", "Director-General: Matt Brittin": the key is the head's post
            titles.add(f.label.strip().casefold())
            continue
        if not (f.text and _HEAD_TITLE_KEY.match(f.label.strip())):
            continue
        if len(f.text.split()) <= 4:
            titles.add(f.text.strip().casefold())
            # ("Spokesman and military chief": the head bears each title, and a list of
            # "Spokesmen:" names its holders)
            titles.update(part.strip().casefold() for part in re.split(r"\s+and\s+", f.text.strip())
                          if ROLE_NOUN.fullmatch(part.strip()))
        elif (m := re.search(r"\bof\s+the\s+(?P<post>[\w-]+(?:\s+[\w-]+)?)\s*$", f.text.strip())) is not None \
                and ROLE_NOUN.fullmatch(m.group("post")):
            # "Senior Official Performing the Duties of the Administrator": the post stood in for
            titles.add(m.group("post").casefold())
    return titles


# Titles a head of state or government bears too: "President Cyril Ramaphosa welcomed her
# election" in the article about a federation its president leads is the country's president.
_STATE_TITLES = frozenset({"president", "vice-president", "vice president", "prime minister", "premier", "chancellor",
                           "governor", "minister", "king", "queen", "emperor", "sultan", "emir", "mayor"})


# A minister's post ("finance minister", "Minister of Defence") and the words of a body a minister
# heads: a minister is the organisation's own only in a ministry's or a government's article.
_MINISTER = re.compile(r"(?i)\bminister\b")
# The infobox keys of a state's agency: what it answers to and where its writ runs.
_GOVERNMENT_KEY = re.compile(r"(?i)jurisdiction|parent\s+(?:department|agency|ministry)|minister\s+responsible|"
                             r"agency\s+executive")
_MINISTRY_WORDS = frozenset({"ministry", "department", "government", "cabinet", "ministerial"})


# Heads of government: a parliament's choice, never an organisation's post unless "its" says so.
_GOVERNMENT_TITLES = frozenset({"chancellor", "prime minister", "premier", "vice-chancellor", "federal chancellor"})


# An infobox key that names the head's post beside a name, of the posts `_HEAD_KEY` leaves out
# (a "Commander" key may also be a navy's rank before a name, and "President" a state's title):
# enough to tell that the head bears that title and not a head of state's (`_states_title`).
# Not "Leader", which names no title: a party its leader heads may elect a president too.
_HEAD_POST_KEY = re.compile(r"(?i)commander|director|governor|president|head|chief|commissioner|chair\w*")


def _head_post_keys(profile: Profile) -> set[str]:
    """The infobox keys, casefolded, that give the head's post beside a person's name
    ("Commander: General Guillermo Briseño Lobera"): the titles `_states_title` weighs a head of
    state's title against, besides `_head_titles`."""
    return {f.label.strip().casefold() for f in profile.facts if f.text and _HEAD_POST_KEY.fullmatch(f.label.strip())
            and is_name(re.sub(rf"^{_HONORIFIC}", "", re.sub(r"\s*\([^()]*\)", "", f.text).strip()))}


def _states_title(role: str | None, head_titles: set[str], phrase: str) -> bool:
    """Whether `role`, given in `phrase` beside a name with no owner, is a head of state's or
    government's title (`_STATE_TITLES`) that the organisation's head does not bear (its
    infobox names the head's title, and not this one) and no "its" gives to it: "Nayib Bukele,
    elected president in February 2019," or "Erdoğan, by then president," in the article on a
    body a director leads is the country's president."""
    return bool(role and role.casefold() in _STATE_TITLES and head_titles and role.casefold() not in head_titles
                and not re.search(r"\b(?:its|their)\s", phrase))


def _title_of_head(role: str, titles: set[str]) -> bool:
    """Whether a title before a name is the organisation's head's ("Commissioner Maurice Nadon
    announced" in the article about a force its infobox says a Commissioner leads): its head
    then, though the sentence does not name the force (an "Assistant Commissioner" is not, nor
    a title heads of state bear too, `_STATE_TITLES`)."""
    title = _chair_word(role.strip().casefold())
    return title in {_chair_word(t) for t in titles} and title not in _STATE_TITLES


def _chair_word(title: str) -> str:
    """"chair" for a chairman, a chairwoman or a chairperson (an infobox's "Chair" is the post the
    text calls "the chairman")."""
    return re.sub(r"\bchair(?:man|woman|person)\b", "chair", title)


# Others named together: "both countries", "between Argentina and Brazil".
_OTHERS_TOGETHER = re.compile(r"\bboth\s+(?:[a-z]+\s+)?[a-z]+s\b|\bbetween\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+and\s+"
                              r"[A-Z][\w'’-]+")


def _last_possessor(text: str) -> str | None:
    """The body the text last names in the possessive ("The NCHR's first chairman"), when
    nothing after it names another: whose "its" a clause after it most likely means."""
    found = list(re.finditer(r"(?<![\w'’])(?P<body>[A-Z][\w.&-]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w.&-]*){0,4})['’]s\s+"
                             r"(?:[a-z][\w-]*\s+){0,2}[a-z]", text))
    if not found:
        return None
    body = found[-1].group("body")
    return None if is_name(body) else body


def _their_is_others(sentence: str, at: int, prev: str, subject: Subject) -> str | None:
    """Whom a "their" opening a sentence means when the sentence before named others together:
    "The bloc grew out of a rapprochement between Argentina and Brazil after both countries
    returned to civilian rule. Their presidents, Raúl Alfonsín and José Sarney, signed ...": the
    presidents are the two countries', not the bloc's (an organisation is "it"; a "their" of its
    own follows a sentence about it, not one about two others)."""
    if sentence[:at].strip():
        return None
    m = _OTHERS_TOGETHER.search(prev)
    if m is None or subject.mentioned_in(m.group(0)):
        return None
    return m.group(0)


# The words each sentence pattern below cannot match without (each names them literally and
# case-sensitively): a sentence with none of them is not searched. Why: every pattern opens on
# a name or an honorific and is tried at every position of every sentence; most sentences have
# no "succeeded" or "took" at all, and searching them was a fifth of reading a profile.
# Kept by the pattern's id: a compiled pattern hashes its whole compiled code on every lookup
# (no cached hash), 4 µs for these long alternations, a tenth of reading a profile; the
# patterns are the module's own and live as long as it does.
_NEEDS_BY_PATTERN: dict[re.Pattern[str], tuple[str, ...]] = {
    _SUCCEEDED_HIM: ('succeeded', 'replaced'),
    _SHE_SUCCEEDED: ('succeeded', 'replaced'),
    _SUCCEEDING: ('succeeding', 'replacing'),
    _SUCCEEDED: ("followed", 'succeed', 'replace'),
    _TOOK_COMMAND: ('command',),
    _TOOK_THE_POST: ('the post', 'the position', 'the office', 'the job'),
    _PUT_IN_CHARGE: ('in charge',),
    _HELD_BEFORE: ('held',),
    _IN_HIS_PLACE: (' place',),
    _FIRST_TO_LEAD: (' to lead', ' to head', ' to chair', ' to command', ' to run'),
    _CHOSEN_TO_LEAD: (' to lead', ' to head', ' to chair', ' to command', ' to run'),
    _IN_CHARGE: ('charge', 'helm', 'head'),
    _FOUNDED_BY: ('founded',),
    _LED_BY: ('by', 'under', 'Under'),
    _COUNTED_HOLDERS: ('two', 'three', 'four'),
    _ACTING_TENURE: ('acting', 'interim', 'caretaker'),
    _RAN_AS: ('ran', 'led', 'headed', 'directed'),
    _DID_LEAD: ('commanded', 'led', 'headed', 'chaired', 'directed', 'ran', 'run', 'heads', 'leads', 'chairs', 'directs', 'runs', 'commands'),
    _TOOK_OVER: ('took', 'assumed', 'acted', 'held the', 'stood in'),
    _UNDER_RANK: ('under',),
    _HANDED: ('handed', 'passed', 'followed', 'succeeded', 'replaced', 'favour', 'favor', 'way'),
    _FROM_PREDECESSOR: ('took',),
    _WON_POST: ('won',),
    _INCLUDED: ('included', 'were', 'been', 'include'),
    _HOLDERS: ('holders',),
    _HELD_THE_POST: ('held', 'filled', 'occupied'),
    _WAS_ROLE: ('was', 'been', 'is', 'served'),
    _POST_FILLED_BY: ("filled", "held", "occupied", "taken"),
    _IN_PLACE_OF: ("place of", "to replace", "to succeed"),
    _LEFT_IT: ("left", "quit", "departed"),
    _ACTING_AS: ("acting as", "serving as"),
    _SUCCEEDED_BARE: ("succeeded", "successor"),
    _NAMED_AS: ('named', 'appointed', 'elected', 'chose', 'selected', 'made', 'endorsed', 'confirmed', 'kept',
                'retained'),
    _NAMED_AS_POST_FIRST: ("named as", "appointed as", "elected as", "chose as", "selected as"),
    _APPOINTED: ("elected", "appointed", "named", "chosen", "installed", "confirmed"),
    _BOARD_CHAIRED: ("board",),
    _BECAME: ("became", "becomes", "become", "took", "returned", "came back", "served", "serves", "remained", "assumed", "sworn", "installed", "stepped", "promoted", "elevated", "post of", "position of", "office of"),
    _STEPPED: ("resigned", "stepped", "stood", "retired", "quit", "dismissed", "removed", "sacked", "fired", "ousted",
               "ended"),
    _GAVE_UP_COMMAND: ("command",),
    _WITH_AS: ("with",),
    _ROLE_WAS_NAME: ("was", "is", "been"),
    _RANKED_MONONYM: ("General", "Admiral", "Colonel"),
}
_NEEDS: dict[int, tuple[str, ...]] = {id(rx): words for rx, words in _NEEDS_BY_PATTERN.items()}


# A deputy named beside what they did in the head's place until another took it: ", ran the
# bank until", ", exercised the presidency until", ", led it in the interim until" (`_ROLE_COMMA`'s
# deputies; one who "ran the bank" with no end told may be its head later in another's words).
_RAN_IT = re.compile(r",?\s+(?:then\s+|briefly\s+)?(?:ran|led|headed|exercised|took\s+charge\s+of|was\s+in\s+charge\s+of)\s+"
                     r"(?P<what>it|(?:the|its)\s+[\w-]+)(?:\s+in\s+the\s+(?:interim|meantime)|\s+ad\s+interim|"
                     r"\s+on\s+an?\s+(?:interim|temporary|acting|caretaker|provisional)\s+basis|\s+temporarily)?"
                     r"\s+(?:until|till)\b")
# "The same day the president, X,": a time told before the article that owns the post (the rest
# of `_ROLE_COMMA`'s words before the post).
_TIME_THEN_THE = re.compile(r"(?i)(?:same|next|following|previous)\s+(?:day|week|month|year|morning|evening|night)\s+"
                            r"(?P<the>the|its|their)\s+")
_DEPUTY = re.compile(r"(?i)^(?:acting\s+|then\s+)?(?:deputy|vice)[\s-]+(?P<post>.+)$")


def _deputy_elsewhere(role: str, ours: set[str]) -> bool:
    """Whether `role`, given in a sentence of a section about the organisation's heads that
    does not name the organisation, is a deputy's post whose head post none of its leaders
    found so far holds (`ours`, casefolded).

    The judgement: a section about the heads of the organisation makes a post in any of its
    sentences the organisation's, as the section tells of no one else's; but a deputy is the
    deputy of a head, and when the organisation has no such head, the post is another body's
    (Eskom's "Cyril Ramaphosa, then deputy president, announced a new board": the country's
    deputy president, in a company led by a chairman and a chief executive). A deputy of a
    head the organisation has ("its deputy chief executive") stays its leader, as does any
    deputy in a sentence that names the organisation."""
    m = _DEPUTY.match(role.strip())
    if m is None:
        return False
    post = _QUALIFIER.sub("", m.group("post")).casefold()
    return not any(post == r or r.endswith(" " + post) or post.endswith(" " + r) for r in ours
                   if r and not _DEPUTY.match(r))


# A rank right before a name ("General Rodolfo Stange"): part of how the person is named, no post
# the sentence tells (`_SUCCEEDED_HIM`'s leader named before).
_RANKS_BEFORE_NAMES = re.compile(rf"{_HONORIFIC}(?=[A-Z])")


def _named_before(leaders: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
    """The (name, post) of `leaders` that `text` names in full, or else by surname alone:
    "Kühnert resigned ... and was succeeded by Matthias Miersch" after "Kevin Kühnert became
    general secretary" names him, though not in full."""
    full = [(n, r) for n, r in leaders if n in text]
    if full:
        return full
    return [(n, r) for n, r in leaders if len(n.split()) > 1 and len(n.split()[-1]) > 2
            and re.search(rf"(?<![\w-]){re.escape(n.split()[-1])}(?![\w-])", text)]


def _finds(rx: re.Pattern[str], sentence: str) -> Iterator[re.Match[str]]:
    """`rx.finditer(sentence)`, not run where a word `rx` needs is missing (`_NEEDS`)."""
    words = _NEEDS.get(id(rx))
    if words is not None and not any(w in sentence for w in words):
        return iter(())
    return rx.finditer(sentence)


def _declined(text: str, leaders: list[tuple[str, str]], source: Source | None) -> Iterator[_Found]:
    """Those of `leaders` (named to a post) whom `text` says turned it down (`_DECLINED`):
    "Tata named Ilker Ayci as chief executive, but Ayci turned the post down the following
    month"; "... named Carl Dunn as director. He declined the appointment." """
    for m in _DECLINED.finditer(text):
        who = m.group("who")
        pronoun = who.casefold() in {"he", "she"}
        named = [n for n, _ in (leaders[-1:] if pronoun else leaders) if pronoun or who in n.split()]
        if named:
            withdrawn = _Found(named[-1], None, source, False)
            withdrawn.called_off = ("never took up the post" if re.search(r"\bnever\s", m.group(0))  # type: ignore[attr-defined]
                                    else "post declined")
            yield withdrawn


# A body named by its own name as the doer of the verb that follows ("..., FCA replaced him"):
# not "the board" or "it", whose verb the organisation's own may be.
_ACTOR_BEFORE = re.compile(r"(?:^|[,;]\s+|\band\s+)(?P<actor>(?!(?:The|Its|It|Their|They|He|She|In|On|At|By)\b)"
                           r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\s+$")


# A "who" aside after a name that tells of the person's past ("..., who had joined the company
# in 2021"): its dates are no term of the post the sentence gives (`_from_sentences`'s `found`).
# (and "handed the presidency to his son, Pekka Herlin, who had been administrative director since
# 1958,": another post, held before the one the sentence gives)
_PAST_ASIDE_AFTER = re.compile(r",\s+who\s+(?:(?:had\s+)?(?:worked|joined|grown|lived|studied)|had\s+been)\b[^,;]{0,140}(?:[,;]|$)")


# "a former banker appointed chairman in 2021", "newly installed as commandant": an apposition
# that says the person was given the post (`_from_sentences`)
_ELECTED_APPOSITION = re.compile(rf"^(?:an?\s+(?:(?!(?:who|which|that)\b)[\w-]+\s+){{1,3}}?)?(?:(?:newly|recently|just)\s+)?"
                                  rf"(?:re-?)?(?:elected|appointed|named|chosen|installed)\s+"
                                  rf"(?:as\s+)?(?:the\s+)?(?:new\s+)?"
                                  # (not a verb, its object and the post it gave: "Nicola Willis,
                                  # appointed him governor")
                                  rf"(?!(?:him|her|them)\b)"
                                  rf"(?P<role>(?:[\w-]+\s+){{0,2}}?{_ROLES})(?!\s+of\b)"
                                  # (not a verb and its object: "chaired by Werner Müller, appointed the
                                  # Daimler manager Rüdiger Grube in his place")
                                  rf"(?!\s+(?:{_HONORIFIC})?(?-i:[A-Z])[\w'’.-]+\s+(?-i:[A-Z]))")


# A participle opening a phrase set off after a name ("..., rising from plant manager ..."), and
# a preposition of place or motion right before the name ("in Latin America"): the name is a
# place or a body the sentence's subject was in or went to, and the phrase tells of that subject.
_PARTICIPLE_AFTER_PLACE = re.compile(r"[a-z]{3,}ing\s")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|from|into|across|throughout|around|near|for)\s+(?:the\s+)?$")


# "elected Bruno Moretti, an official of the Casa Civil, to chair it": the post the verb after
# the name (and its aside) says the person was chosen for.
_TO_VERB_POST = re.compile(rf"{_NAME}(?:,\s+[^,;]{{1,140}}?,)?\s+to\s+(?P<verb>chair|lead|head|command|direct)\s+"
                           r"(?:it|them|the\s+[a-z]+)\b")
_VERB_POSTS = {"chair": "Chair", "lead": "Head", "head": "Head", "command": "Commander", "direct": "Director"}


def _post_by_verb(text: str) -> str | None:
    """The post of "<name>[, aside,] to chair it" (`_TO_VERB_POST`), at the start of `text`."""
    m = _TO_VERB_POST.match(text)
    return _VERB_POSTS[m.group("verb")] if m else None


def _from_sentences(profile: Profile, subject: Subject,
                    known: Callable[[], list[str]] = list, roles: Callable[[], set[str]] = set,
                    leading: Callable[[], set[str]] = set) -> Iterator[_Found]:
    """People with roles in the profile's sentences; `known` gives the names found so far, for
    a surname standing alone, `roles` the posts (casefolded) its leaders found so far hold, and
    `leading` those leaders' names."""
    check()  # a turn of a loop that grows with the seed (`budget`)
    leaders_here: list[tuple[str, str]] = []  # (name, role) of ours named so far, for "succeeded him"
    head_titles = _head_titles(profile)
    post_titles = head_titles | _head_post_keys(profile)  # (for `_states_title`)
    government_body = any(_GOVERNMENT_KEY.fullmatch(f.label.strip()) for f in profile.facts if f.text)
    bodies = short_body_names(profile, subject)
    prev_sentence, sentence = "", ""
    latest: dict[str, str] = {}  # surname -> the person of that surname named in full last
    first: dict[str, str] = {}  # a word -> the person the text called by it, their name's first word
    held_by: dict[str, str] = {}  # surname (casefolded) -> the post the sentences last gave that leader
    led_by: set[str] = set()  # surnames (casefolded) of the leaders the sentences named, by any word for the post
    # people the sentences named in full so far without a post ("the process which Carl Bosch
    # had developed"), by surname (`_in_passing`)
    in_passing: dict[str, str] = {}
    last_post: list[str] = []  # the post of the organisation's head the sentences named last
    told_before: list[str] = []  # the sentences before this one, the last few (`_POST_HELD_BY`)
    for next_sentence, source, in_leadership in _sentences(profile):
        if sentence:
            told_before[:] = [*told_before[-2:], sentence]
        _named_in_full(sentence, known(), latest)  # the last sentence's people are known by now
        _note_in_passing(sentence, subject, in_passing)
        next_sentence = _in_passing(next_sentence, known(), in_passing)
        prev_sentence, sentence = sentence, _with_full_names(next_sentence, known(), latest, first)
        prev_leaders, leaders_here = leaders_here, []
        named_here = subject.mentioned_in(sentence)
        about_subject = named_here or in_leadership or bool(_BOARD_OPENS.match(sentence))
        if prev_leaders and _CALLED_OFF.search(sentence):
            # "the board named Andrea Orcel as the next chief executive", then "the bank announced
            # that the appointment would not go ahead": the last leader the sentence before named
            withdrawn = _Found(prev_leaders[-1][0], None, source, False)
            withdrawn.called_off = "appointment withdrawn"  # type: ignore[attr-defined]
            yield withdrawn
        # (the sentence before, whose leaders are known now, and this one for those it names)
        yield from _declined(prev_sentence, prev_leaders, source)
        yield from _declined(sentence, prev_leaders, source)

        def found(name: str, role: str | None, leader: bool, affiliation: str | None = None,
                  where: tuple[int, int] | None = None, mononym: bool = False) -> _Found | None:
            clean, deceased = _clean_name(name)
            if not is_name(clean) and not (mononym and _MONONYM.fullmatch(clean) and not is_country(clean)
                                           and not is_demonym(clean) and clean not in _MONTH_NAMES):
                return None
            if _PEER.match(clean) and (at := sentence.find(name, where[0] if where else 0)) >= 0 \
                    and (seat := _PEER_SEAT.match(sentence, at + len(name))):
                # "Lord Marshall of Knightsbridge": a peer's title, the place of it and all
                clean = f"{clean}{seat.group(0)}"
            if len(clean.split()) >= 2 and subject.is_subject_name(clean):
                return None  # "commanded by the Commander of the Royal Netherlands Marechaussee": the body
            if where and clean == name and sentence[where[0]:].startswith(name) \
                    and re.search(r"\b[Tt]he\s+$", sentence[:where[0]]):
                # ("who had directed Save the Children's programmes in the Middle East, North Africa
                # and Europe, became chief executive": a place, which "the" names; no person is, but
                # for a word that says who they are, "the German Carlo Bayer", which `_clean_name` drops)
                return None
            if where and clean == name and sentence[where[0]:].startswith(name) \
                    and sentence[:where[0]].endswith(", ") and _INSIDE_ASIDE.search(sentence[:where[0]]):
                # ("Sue Desmond-Hellmann, an oncologist who had been chancellor of the University of
                # California, San Francisco, took over as its third chief executive": a place that
                # ends the aside about the one named before it, whose verb it is)
                return None
            if leader and role and in_leadership and not named_here and _deputy_elsewhere(role, roles()):
                # ("=== Load shedding and a line of acting heads ===": "Cyril Ramaphosa, then
                # deputy president, announced a new board"): see `_deputy_elsewhere`
                leader = False
            if leader and role:
                leaders_here.append((clean, role))
                if not _GENERIC.fullmatch(role) and not _OTHER_POST.search(role):
                    last_post[:] = [role]
                if not _GENERIC.fullmatch(role):
                    held_by[clean.split()[-1].casefold()] = role
                led_by.add(clean.split()[-1].casefold())
            near = _near(sentence, where) if where else sentence
            aside_told = False  # a "who" aside of the person's past, which dates no post (below)
            if where and re.search(r",\s+who\s+(?:had\s+)?(?:worked|joined|grown|lived|studied)\b|"
                                   # ("who held a business degree from Stanford and had worked for the
                                   # company full time since 1982": the work told later in the aside)
                                   r",\s+who\s+[^,;]{0,100}?\band\s+(?:had\s+)?(?:worked|joined|lived|studied)\b",
                                   sentence[where[0]:where[1]]):
                # "Julliard, his head of research, who had worked at RSF since 1998, was elected
                # secretary general": what the aside tells of the person dates no term of the post
                near = re.sub(r",\s+who\s+[^,;]{1,140},", ",", near)
                aside_told = True
            elif where and _PAST_ASIDE_AFTER.match(sentence, where[1]):
                # ("the board replaced him with immediate effect by Alejandro Rodríguez Bas, who had
                # joined the company in 2021": the aside after the name, as the one before it)
                near = _PAST_ASIDE_AFTER.sub(",", near)
                aside_told = True
            if where:
                # "Wan Zulkiflee Wan Ariffin, a Petronas engineer since 1983, succeeded Shamsul Azhar
                # as president in 2015": what the person was since a year, set off after the name,
                # dates no term of the post the sentence gives
                near = re.sub(r",\s+(?:a|an)\s+[^,;]{1,60}?\bsince\s+[^,;]{1,25},", ",", near)
            # a related person's period is kept for a second post only (see `_second_post`)
            period, current = _period(near) if leader else (None, None)
            if current and where and period and period.startswith("since ") and re.match(
                    r"[^,;()]{0,60}?(?:,\s+who\s+)?\bhad\s+(?:\w+ly\s+)?(?:been|led|held|run|chaired|headed|served)\b[^,;()]*?\bsince\s",
                    sentence[where[0]:]):
                # "Yves Daccord had been director-general since 2010" (or "Pekka Herlin, who had
                # been administrative director since 1958,"): the past perfect tells a
                # term running at a time past, which the sentences after end (the ICRC's next
                # director-general took up the post in 2020), not one held now
                period, current = f"from {period[6:]}", None
            if leader and where and current is not True:
                # "X, born in 1967, took over on 20 July 2023 and has commanded the Legion since
                # 1 August 2023": the present perfect further on states the term outright
                after = sentence[where[1]:where[1] + 240]
                has = re.search(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+\w+|[a-z]+ed|led|held|run)\b[^;.]{0,80}?"
                                r"\bsince\s+", after)
                # (not another's: "X resigned in December 2024 ..., and Antonio Filosa, who had
                # spent 25 years in the group, has been chief executive since June 2025")
                if has and not re.search(r"[A-Z][a-z]+\s+[A-Z][a-z]+", after[:has.start()].split(",")[-1]) \
                        and not re.search(r"\band\s+(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+\b", after[:has.start()]):
                    p2, c2 = _period(after[has.end() - 6:])
                    if c2:
                        period, current = p2, c2
            window = sentence[max(0, (where or (0, 0))[0] - 40):(where or (0, len(sentence)))[1] + 40]
            # ("named Philippe Bolopion, a former journalist who had worked for HRW since 2010, as
            # executive director": what the person was before, in an aside naming no post)
            window = re.sub(r",\s+(?:a|an)\s+former\s+[^,;]{1,80}(?:,|$)",
                            lambda a: a.group(0) if ROLE_NOUN.search(a.group(0)) else ",", window)
            if current is None and _FORMER.search(window):
                current = False
            if role and re.search(r"[a-z]s$|[a-z]men$", role):
                # "Presidents Dmitry Medvedev and Viktor Yanukovych": a title before two names is
                # each one's, in the singular (the last word only: "Minister of Foreign Affairs")
                *head, last = role.split(" ")
                single = _singular(last)
                if single != last and ROLE_NOUN.search(" ".join([*head[-1:], single])):  # "Co-chief executives"
                    role = " ".join([*head, single])
            f = _Found(clean, role, source, leader, period, current, deceased, affiliation)
            if where:
                # a post's own period says how long it was held; a bare date near it is more often
                # the day of something else told ("died on 10 April 2010", "co-founded ... in 2017")
                window = _post_window(sentence, where)
                f.post_period, f.post_current = _period(re.sub(r",\s+who\s+[^,;]{1,140},", ",", window)
                                                        if aside_told else window)
                if f.post_period and not re.search(r"(?i)since|from|until|present|[–—-]", f.post_period):
                    f.post_period, f.post_current = None, None
            if f.post_current is None and re.match(r"(?i)(?:former|previously|ex-)", role or ""):
                f.post_current = False
            return f

        ours_here: list[str] = []  # leaders of ours this sentence has named so far
        roles_here: dict[str, str] = {}  # and the post each was named with
        for m in _ROLE_BEFORE.finditer(sentence) if _ROLE_BEFORE_HINT.search(sentence) else ():
            if "," in sentence[m.end("role"):m.start("name")] and _relative_complement(sentence, m.start("role")):
                continue
            if _clause_then_subject(sentence, m.start(), m.end()):
                continue
            if _RANK_BEFORE_NAME.fullmatch(sentence, m.start("role"), m.end()) and m.start("role") > 0:
                # "was led by Commander Alastair Denniston": a capitalised rank before a name,
                # with no "its" or "the", is his title (a naval rank), as "General" is, not a post
                continue
            mods, name = _title_in_name(m.group("mods"), m.group("role"), m.group("name"))
            role = _leader_role(mods)
            ours, other = _owner_ok(subject, m.group("owner"), mods[:mods.rfind(" ") + 1] if " " in mods else "")
            if not ours and m.group("owner") is None and _mod_words(mods[:mods.rfind(" ") + 1] if " " in mods else "") == ["the"] \
                    and re.fullmatch(r"(?i)chair(?:man|woman|person)?", role or "") and (
                        _BOARD_OPENS.match(sentence) or _title_of_head(role or "", head_titles)):
                # "On 30 September 2010 the board announced ..., and the chairman, Sir Simon
                # Robertson, said ...": the chairman of the board the sentence opens on, its own
                # (whose term the sentence does not tell: its dates are of what the board did)
                ours, other, board_chair = True, None, True
            else:
                board_chair = False
            owner = (m.group("owner") or "").casefold()
            if ours and owner in ("its", "their") and (body := its_other_body(sentence, m.start(), subject, bodies, prev_sentence)):
                ours, other = False, body
            elif not ours and other and (its_at := re.search(r"\b(?:its|their)\s+$", sentence[:m.start("role")])) \
                    and re.search(r"\b(?:its|their)\s*$", other, re.I) \
                    and (body := its_other_body(sentence, its_at.start(), subject, bodies, prev_sentence)):
                # ("the sovereign wealth fund run by its governor, X": whose the words before the
                # post say, "its", is the body named before them, not "run by its")
                other = body
            if ours and owner == "their" and (others := _their_is_others(sentence, m.start(), prev_sentence, subject)):
                ours, other = False, others
            if owner in ("his", "her") and ours_here and ours_here[-1] in sentence[:m.start()]:
                ours, other = True, None  # "the commander X, his deputy Y": the deputy of our leader
            before = [n for n in roles_here if n in sentence[:m.start()]]
            if owner in ("his", "her") and before and role and \
                    re.fullmatch(r"(?i)deputy|assistant|second-in-command", role.strip()):
                # "Deputy" alone says not of what: "the commander X, his deputy Y" is the deputy commander
                post = roles_here[before[-1]]
                role = f"{role.strip()} {post[:1].lower() + post[1:] if not post.split()[0].isupper() else post}"
            if ours and m.group("owner") is None and not about_subject and not (
                    role and _title_of_head(role, head_titles)):
                ours = False
            # ("Vice-President Richard Nixon": the deputy of a head of state, the country's too)
            vice = re.fullmatch(r"(?i)vice[-\s]?", (m.group("mods") or "").strip()) is not None
            if ours and m.group("owner") is None and (vice or not _mod_words(m.group("mods"))) and m.group("role")[:1].isupper() \
                    and m.group("role").casefold() in _STATE_TITLES and (
                        m.start("role") > 0 or m.group("role").casefold() not in head_titles):
                # "In December 2021 Chancellor Olaf Scholz ... proposed Joachim Nagel": a head of
                # state's or government's title, whose owner no word gives, is the country's; so
                # is one opening the sentence ("President Donald Trump dismissed him" in the
                # FBI's article) unless the infobox gives the organisation's head that title
                ours = False
            after = sentence[m.end():m.end() + 40]
            of = re.match(r"\s+of\s+(?:the\s+)?([^,.;]+)", after)
            if of and ours:
                ours, other = _of_ok(subject, of.group(1), m.groupdict().get("role"))
            f = found(name, role, ours, None if ours else other, m.span())
            if f is not None and board_chair:
                f.period, f.current, f.post_period, f.post_current = None, None, None, None
            elif f is not None and ours and _LEAVES_AFTER.match(sentence, m.end()):
                _ended(f)  # "Its director, Carl Dunn, resigned in March 2011": the day ends the term
            if f:
                f.occasion = _lone_date(f.period)  # type: ignore[attr-defined]  # see `_told_at_an_earlier_time`
                if f.leader:
                    ours_here.append(f.name)
                if f.role:
                    roles_here[f.name] = f.role
                yield f
            plural = re.search(r"(?:[a-z]s|men)$", m.group("role"))
            second = re.match(rf",?\s+and\s+{_HONORIFIC}?(?P<second>{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_WORD}){{1,3}})"
                              rf"(?=\s*[,.;:)]|\s+(?:is|was|were|are|has|had|have|said|announced)\b)",
                              sentence[m.end():]) if plural else None
            if second and f:
                # "The board's co-chairmen, Winston Lord and James C. Strickler, announced": a post
                # in the plural names each of the people after it
                g = found(second.group("second"), role, ours, None if ours else other,
                          (m.end() + second.start("second"), m.end() + second.end("second")))
                if g:
                    g.occasion = _lone_date(g.period)  # type: ignore[attr-defined]
                    yield g
        for m in _ROLE_COMMA.finditer(sentence):
            if _clause_then_subject(sentence, m.start(), m.end()):
                continue
            if _relative_complement(sentence, m.start("role")):
                continue
            owner, mods = m.group("owner"), m.group("mods")
            if owner.casefold() == "the" and (time := _TIME_THEN_THE.match(mods)):
                # "The same day the president, Walter Cancela, resigned": the article after the
                # time owns the post
                owner, mods = time.group("the"), mods[time.end():]
            if owner.casefold() == "a":
                owner = "the"  # "A later chair, X,": as "the chair, X," (a holder of that post)
            ours, other = _owner_ok(subject, None if owner.casefold() == "the" else owner, mods)
            if ours and owner.casefold() in ("its", "their") and (body := its_other_body(sentence, m.start(), subject, bodies, prev_sentence)):
                ours, other = False, body
            if ours and owner.casefold() == "their" and (others := _their_is_others(sentence, m.start(), prev_sentence,
                                                                                    subject)):
                ours, other = False, others
            if ours and m.group("of"):
                ours, other = _of_ok(subject, m.group("of"), m.groupdict().get("role"))
            # ("The acting administrator, Cameron Hamilton," where the infobox's head is the
            # Administrator: one standing in for the head holds its post)
            post = re.sub(r"(?i)^(?:later|subsequent|former|previous|future)\s+", "",
                          _QUALIFIER.sub("", f"{mods}{m.group('role')}".strip())).casefold()
            # ("the party president, Sachit Mehra," in a party's article: the kind of body says whose)
            kinds = _mod_words(mods or "")
            if owner.casefold() == "the" and not (kinds and all(w in subject.generic for w in kinds)) \
                    and not (m.group("of") and ours) and not (
                    not m.group("of") and _title_of_head(post, head_titles)) and not (
                    # ("On 26 December 2000 the chief executive, Henri Philippe Reichstul, announced":
                    # the post its own leaders hold, in a sentence naming no other body)
                    not m.group("of") and post in roles() and not names_other_body(sentence, subject)):
                # "the prosecutor, X", "The chief medical officer, X": a post someone holds, not
                # the subject's, unless "of" names the subject ("the head of the Legion, X") or the
                # infobox names the post among the organisation's own ("Chief2 Position: Deputy
                # Director": "the deputy director, Paul Abbate, retired")
                ours = False
            f = found(m.group("name"), _leader_role(f"{mods}{m.group('role')}"), ours, None if ours else other,
                      m.span())
            if f and (owner.casefold() == "the" or owner.casefold() in ("its", "their") and not re.search(
                    r"(?i)\b(?:since|has\s+been|have\s+been)\b", sentence[:m.start()])) and (_BOARD_OPENS.match(sentence) and re.fullmatch(
                    r"(?i)chair(?:man|woman|person)?", m.group("role")) or not _TAKES_POST.match(sentence[m.end():])):
                # the holder the sentence names beside what the board did, or who goes on to do
                # something else ("On 5 June 2020 the chairman, Sir David Clementi, announced
                # that Davie would succeed him"; "Early in February 2024 its director, Bernard
                # Banac, said that ..." had made him director from February 2024): its dates are
                # of that, not of the term (`_ROLE_BEFORE` above)
                # (only where the sentence tells one time, the statement's)
                said_on = f.period if _lone_date(f.period) and len(
                    [d for d in find_dates(sentence) if d.year is not None]) == 1 else None
                f.period, f.current, f.post_period, f.post_current = None, None, None, None
                f.said_on = said_on  # type: ignore[attr-defined]  # the day told, for `_told_at_an_earlier_time`
            if f and ours and _LEAVES_AFTER.match(sentence, m.end()):
                _ended(f)  # "Its director, Carl Dunn, resigned in March 2011": the day ends the term
            if f and (deputy := _DEPUTY.match(f.role or "")) and (ran := _RAN_IT.match(sentence, m.end())) \
                    and (ours or not m.group("of") and owner.casefold() in ("the", "its", "their")
                         and deputy.group("post").casefold() in head_titles | roles()) \
                    and (subject.is_owner(ran.group("what")) or re.fullmatch(
                        r"(?i)(?:the\s+)?(?:presidency|chair(?:manship)?|post|office)", ran.group("what"))) \
                    and not re.search(rf"\b(?:him|her|he|she|{re.escape(f.name.split()[-1])})\b",
                                      re.split(r"[;.]", sentence[ran.end():], maxsplit=1)[0]):
                # "the vice-president, César Failache, ran the bank until the Senate approved X":
                # the deputy standing in holds the head's post for that time, acting, as a
                # leadership list's acting rows do (not one who stood in until given the post:
                # "the vice commander, Christoph Graf, ran the guard ... until Francis appointed
                # him", the head's holder, whom the post names better)
                f.role = f"Acting {deputy.group('post')}"
                f.leader, f.affiliation, f.current = True, None, False
            if f:
                f.occasion = _lone_date(f.period)  # type: ignore[attr-defined]
                yield f
        for m in _finds(_BOARD_CHAIRED, sentence):
            # "the supervisory board, chaired by Werner Müller, appointed ...", "the board under
            # Utz-Hellmuth Felcht accepted": its own board's chair (the sentence's dates are
            # the board's acts, no term)
            f = found(m.group("name"), cap_first(m.group("word")) if m.group("word") else "Chair", True, None,
                      m.span("name"))
            if f:
                f.period, f.current, f.post_period, f.post_current = None, None, None, None
                yield f
        for m in _APPOSITION.finditer(sentence):
            phrase = m.group("phrase")
            if _PARTICIPLE_AFTER_PLACE.match(phrase) and _PLACE_BEFORE.search(sentence, 0, m.start("name")):
                # "spent much of his career in Latin America, rising from plant manager ...": a
                # participle after the object of a preposition tells of the sentence's subject
                continue
            # ("Major General Ariel Caculitan, newly installed as commandant, inspected it")
            # (and after what the person is: "Richard Sharp, a former banker appointed chairman in 2021,")
            elected = _ELECTED_APPOSITION.match(phrase)
            if elected and re.search(r"\b(?:re-?)?(?:appointed|named|elected|chose|installed)\s+the\s", phrase) \
                    and re.match(rf",\s+{_HONORIFIC}?{_NAME}", sentence[m.end("phrase"):]):
                # "the defence minister, Vagharshak Harutyunyan, appointed the deputy chief,
                # Lieutenant General Stepan Galstyan, acting head": a verb and its object, the one
                # it names set off by commas, not a post the subject was appointed to ("the
                # Treasurer, Jim Chalmers, reappointed the other deputy chair, Mick Keogh")
                continue
            if elected and (about_subject or not names_other_body(sentence, subject)):
                role = _leader_role(elected.group("role"))
                # ("Nayib Bukele, elected president in February 2019," in the article on a body an
                # executive director leads: a head of state's title the organisation's head does not
                # bear, with no "its", is the country's)
                state = _states_title(role, post_titles, phrase)
                f = found(m.group("name"), role, not state, "the state" if state else None, m.span())
                if f:
                    yield f
                continue
            # ("Cathal Berry, its second-in-command for six years and a veteran of the Chad
            # deployment, who ...": how long the post was held and a second description go)
            phrase = re.sub(r"\s+and\s+(?:a|an)\s+[^,;]+$", "", phrase)
            # ("General Gwyn Jenkins, then Vice Chief of the Defence Staff and the first full
            # general to hold it since 1977": a record told of the person, whose year dates no post)
            whole = phrase
            phrase = re.sub(r"\s+and\s+the\s+(?:first|only|last|youngest|oldest)\s[^,;]+$", "", phrase)
            told_then = re.search(r"\bthen\s+$", sentence[max(0, m.start("phrase") - 6):m.start("phrase")]) is not None
            phrase = re.sub(r"\s+for\s+(?:\w+\s+)?(?:years?|months?|decades?)$", "", phrase)
            # ("Santiago Castro, the only director general from outside the family in the
            # company's first 78 years": a record told of the holder, not part of the post)
            record_of = None  # whose record the tail tells ("in the company's first 78 years")
            if re.match(r"(?:the\s+)?only\s", phrase):
                phrase = re.sub(r"^(?:the\s+)?only\s+", "the ", phrase)
                tail = re.search(r"\s+(?:from\s+outside|not\s+from|in\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,4}?"
                                 r"(?:history|years))\b.*$", phrase)
                if tail:
                    whose = re.search(r"\b((?:the|its)\s+[a-z]+)(?:'s|’s)\s", tail.group(0))
                    record_of = whose.group(1) if whose else None
                    phrase = phrase[:tail.start()]
            # (a term may follow the post: "Jon Ek, party president from 1995, brought ...")
            # ("Alistair Darling, one of its presidents,": a post some hold together, `_JOINT_HEAD`;
            # "one of its directors", "one of its vice-presidents" are a board's, a deputy's, and
            # read as any post: "one of its" as words before it)
            rm = _ONE_OF_POST.match(phrase)
            if rm is None or rm.group("owner") is None or rm.group("mods") \
                    or not _JOINT_HEAD.fullmatch(_singular(rm.group("role"))):
                rm = _POST_PHRASE.match(phrase)
            if rm and _KIN.match(phrase):
                # ("Daniel Servitje, a son of the founder, ran the company": a relative's post, not his)
                rm = None
            if rm and rm.group("term") and re.search(r"\d{4}\s*(?:to|until|–|-)", rm.group("term")) and re.search(
                    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:re-?)?(?:elected|appointed|named|chosen|installed|promoted)\b|"
                    r"\bbecame\b", sentence[m.end():]):
                # ("Lars Lervik, the battalion's second-in-command from 2007 to 2009, was appointed its
                # commander": a post held before the one the sentence gives, which is read there)
                rm = None
            if rm:
                role = _leader_role(phrase[:rm.start("term")] if rm.group("term") else phrase)
                if rm.re is _ONE_OF_POST:
                    role = _leader_role(_singular(rm.group("role")))
                ours, other = _owner_ok(subject, rm.group("owner"), rm.group("mods"))
                if ours:
                    ours, other = _of_ok(subject, rm.group("of"), role)
                # "party president" in a party's article: the kind of body names the owner
                kind_owned = bool(rm.group("mods")) and rm.group("mods").strip().casefold() in subject.generic
                if ours and rm.group("owner") is None and rm.group("of") is None and not about_subject \
                        and not kind_owned and (not rm.group("term") or names_other_body(sentence, subject)):
                    # (a bare post with its term, "Kwon Oh-hyun, chief executive since 2012", in a
                    # sentence that names no other body is the organisation's, as "was named
                    # chief executive" is: `_APPOINTED`)
                    ours = record_of is not None and subject.is_subject_phrase(record_of)
                if ours and rm.group("owner") is None and rm.group("of") is None and _states_title(role, post_titles, phrase):
                    # "Erdoğan, by then president, objected" in the article on an agency its
                    # undersecretary heads: the country's president, as in `_ELECTED_APPOSITION`
                    ours, other = False, "the state"
                if ours and re.match(r"(?i)an?\s+(?:(?:non-executive|independent|company|board)\s+)?directors?\b", phrase) \
                        and re.fullmatch(r"(?i)(?:(?:non-executive|independent|company|board)\s+)?director", role or ""):
                    # "John Monaghan, a director since 2008,": one of the board's directors, a
                    # member, not the one who heads it (nor its managing or executive director)
                    ours = False
                f = found(m.group("name"), role, ours, None if ours else other, m.span())
                if f is not None and ours and not rm.group("term") and _LEAVES_AFTER.match(sentence, m.end()):
                    # "Sir Jock Slater, chair of the trustees, stood down in November 2008": the
                    # day told is the term's end, as of "stood down as chair" (`_STEPPED`)
                    _ended(f)
                if f is not None and ours and rm.group("term"):
                    f.period, f.current = _period(rm.group("term"))  # the post's own term, not the sentence's date
                    began = re.fullmatch(r"since\s+(.+)", rm.group("term").strip())
                    left = [d for d in find_dates(sentence[m.end():m.end() + 60]) if d.year and not d.is_range] \
                        if began and _LEAVES_AFTER.match(sentence, m.end()) else []
                    if left:
                        # "Carl Dunn, director since 2005, retired in 2011": from the one to the other
                        f.period = f.post_period = f"{began.group(1)}–{left[0].text}"
                        f.current = f.post_current = False
                    elif began:
                        # ("Friedrich Ebert, the party chairman since 1913, became head of the
                        # revolutionary government": "since" counts from a time the sentence
                        # tells of, which may be long past; whether the post is held now is
                        # for the later sentences to say)
                        f.current = None
            elif _DESCRIPTIVE_ROLE.search(phrase) and _role_text(phrase) and not _KIN.match(phrase):
                f = found(m.group("name"), _role_text(phrase), False, None, m.span())
            else:
                f = None
            if f and (told_then or whole != phrase) and not f.leader:
                # a post held "then" is no post held now, and a record's year dates none
                f.post_period, f.post_current = None, (False if told_then else f.post_current)
            if f:
                yield f
        for rx in (_APPOINTED, _BECAME, _STEPPED, _WITH_AS):
            for m in _finds(rx, sentence):
                if m.groupdict().get("origin") and not is_country(m.group("origin")):
                    continue  # "X of the Commonwealth Bank became ...": not where X comes from
                ours, other = _of_ok(subject, m.groupdict().get("of"), m.groupdict().get("role"))
                post = re.split(r"\s+and\s+", m.group("role"))[0]  # "chairman and chief executive": the first post
                # the words before the title ("co-" of "co-chief executives" is no other body's)
                noun = ROLE_NOUN.search(post)
                mods = post[:noun.start()].strip().rstrip("-") if noun else post.rsplit(" ", 1)[0] if " " in post else ""
                if noun and not re.match(r"(?i)secretary|representative|observer|delegate|under", post[noun.start():]):
                    # "was appointed its first permanent commissioner": held for good, not as a stand-in;
                    # a "permanent secretary" or "permanent representative" is a post of its own (a
                    # ministry's civil servant, a state's envoy)
                    mods = re.sub(r"(?i)\bpermanent\b\s*", "", mods).strip()
                if ours:
                    ours, other = _owner_ok(subject, None, mods if not ROLE_NOUN.fullmatch(post) else "")
                made = _MADE_BODY.search(sentence[:m.start()]) if rx is _WITH_AS else None
                if ours and made and not subject.is_subject_name(made.group("body")):
                    # "The group also set up Ooredoo Fibre Networks to hold its cables, with Khalid
                    # Hassan Al-Hamadi as chief executive": the body the clause made is whose head
                    # "with" names, not the organisation
                    ours, other = False, made.group("body")
                owner = re.search(r"\b([\w-]+)(?:'s|’s)\s+(?:new\s+|first\s+|acting\s+|interim\s+)?" + re.escape(m.group("role")),
                                  sentence[m.start():m.end()])
                if owner:
                    ours = ours and subject.is_owner(owner.group(1))
                its = re.search(r"\b(?:its|their)\s+(?:new\s+|first\s+|acting\s+|interim\s+)?" + re.escape(m.group("role")),
                                sentence[m.start():m.end()])
                if ours and its and (body := its_other_body(sentence, m.start(), subject, bodies, prev_sentence)):
                    ours, other = False, body  # "spun off as Siemens Energy; X became its chief executive"
                if ours and not its and _MINISTER.search(post) and not (_MINISTRY_WORDS & (subject.words | subject.kind)):
                    # "the government named Carl Dunn finance minister": a minister is a government's,
                    # unless the organisation is a ministry or "its" says so
                    ours, other = False, None
                if ours and not its and not owner and government_body and post.casefold() in _STATE_TITLES \
                        and post.casefold() not in head_titles:
                    # "three days before Mauricio Macri took office as president, his team named
                    # Jorge Todesca as director": in the article of a state's agency (its infobox
                    # gives a jurisdiction or a parent department), a head of state's title no
                    # word gives to the agency is the state's, unless the agency's head bears it
                    ours, other = False, None
                if ours and not its and not owner and m.groupdict().get("of") is None and rx in (_BECAME, _APPOINTED) \
                        and _states_title(post, post_titles, m.group(0)):
                    # "Nandi-Ndaitwah became president, and so commander-in-chief, in March 2025" in
                    # the article on a defence force its Chief of the Defence Force heads: a head of
                    # state's title no word gives it, and not its head's, is the country's
                    # ("Claudia Sheinbaum took office as president on 1 October 2024" in the article
                    # on a national guard its commander heads)
                    ours, other = False, None
                if ours and not its and not owner and "party" in subject.kind and post.casefold() in _STATE_TITLES \
                        and post.casefold() not in head_titles and re.search(r"\bsworn\s+in\b", m.group(0)):
                    # "Suu Kyi's aide Htin Kyaw was sworn in as President": a party chooses its
                    # heads and swears none in; an oath taken for a head of state's title the
                    # party gives no head of its own is the state's office
                    ours, other = False, None
                # Another body named in a later clause of the sentence does not own the post: "X,
                # a celebrated private detective, became director in 1921 | and took a young
                # Justice Department lawyer as his assistant". The clause the post is named in
                # runs on to the next comma, semicolon or "and".
                clause = sentence[:m.end()] + re.split(r"[,;]|\s+and\s", sentence[m.end():], maxsplit=1)[0]
                # (nor one that describes the person in the words before the name: "the Senegalese
                # United Nations official Fatma Samoura became the first woman to serve as
                # secretary general")
                described = re.search(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){0,5}?[a-z][\w-]*\s+$", sentence[:m.start()])
                if described:
                    clause = sentence[:described.start()] + clause[m.start():]
                # ... and it begins after a clause set against it: "he won back the leadership of
                # the Assembly group, while the folk singer Dafydd Iwan was elected to the separate
                # post of president"
                # (not for "its chairman", which may mean the body the clause before named)
                opened = [c.end() for c in re.finditer(r",\s+(?:while|whereas)\s+|;\s+", sentence[:m.start()])]
                if opened and not its:
                    clause = clause[opened[-1]:]
                if ours and m.groupdict().get("of") and m.group("of") in clause:
                    # what the post is "of", taken for the organisation's own (`_of_ok`: "chair of
                    # its Court of Directors"), is no other body the clause names
                    clause = clause.replace(m.group("of"), "", 1)
                tied = about_subject or not names_other_body(_without_asides(clause), subject)
                if not tied and its:
                    # "A notice in the Government Gazette announced that the commission had been
                    # established, with Hendrik van der Bijl as its first chairman": "its" is the
                    # body last named before it, here the organisation called by its kind, when no
                    # other body comes between
                    called = [b for b in re.finditer(r"\b[Tt]he\s+[a-z]+\b", sentence[:m.start()])
                              if subject.is_subject_phrase(b.group(0))]
                    tied = bool(called) and not names_other_body(sentence[called[-1].end():m.end()], subject)
                if rx is _WITH_AS and ours and (whose := _BODY_MEMBERS.search(sentence[:m.start()])) is not None:
                    # "The government named the council's first members on 25 June 2019, with the
                    # law professor Teresa Scassa as chair": the chair of the body whose members the
                    # clause names, which "the council" calls back to ("a Canadian Statistics
                    # Advisory Council", named just before) when that is another body
                    body = _named_body(whose.group("body"), f"{prev_sentence} {sentence[:whose.start()]}")
                    if body != whose.group("body").strip() and not subject.is_owner(body) \
                            and not subject.is_subject_name(body):
                        ours, other = False, body
                role = _leader_role(m.group("role"))
                if m.groupdict().get("one"):
                    # "one of its presidents": a post some hold together (a presidency, a chair, a
                    # party's co-leaders) is a head's; "one of its directors" or "one of its vice
                    # presidents" sits on a board or below the head, and is no post of a leader here
                    single = " ".join(_singular(w) for w in m.group("role").split())
                    if not _JOINT_HEAD.fullmatch(single):
                        continue
                    role = _leader_role(single)
                f = found(m.group("name"), role, ours and tied, other, m.span())
                aside = _NAME_THEN_ASIDE.match(m.group(0)) if rx in (_APPOINTED, _BECAME) else None
                if f and f.leader and aside and _YEAR.search(aside.group("aside")):
                    # ("Lars Lervik, the battalion's second-in-command from 2007 to 2009, was
                    # appointed its commander the following year": the years in the aside are
                    # the other post's)
                    start, end = m.start() + aside.start("aside"), m.start() + aside.end("aside")
                    cut = sentence[:start] + sentence[end:]
                    f.period, f.current = _period(_near(cut, (m.start(), m.end() - (end - start))))
                if f and rx is _WITH_AS and f.leader and re.search(r"(?i)\b(?:secretary|treasurer)\b", role or "") \
                        and re.search(r"\b(?:under|(?:chaired|led|headed|presided\s+over)\s+by|to\s+(?:chair|lead|head|preside\s+over))\s+",
                                      sentence[:m.start()]):
                    # "a new directing council took office under the archbishop of Maringá, Severino
                    # Clasen, with Milton Dantas as secretary", "elected X to chair the directing
                    # council, with Y as treasurer": the council's officer, beside its head
                    f.leader = False
                if f and rx is _WITH_AS and f.leader:
                    # ("..., with Lewis Platt as non-executive chairman, but in March 2005 the
                    # board forced Stonecipher out": a date after "with" is the next clause's)
                    f.period = _period(_near(sentence[:m.end()], m.span()))[0]
                if f:
                    if not f.leader and m.groupdict().get("of") and f.role:
                        f.post_role = f"{f.role} of {_of_ok(subject, m.group('of'))[1]}"  # "speaker of parliament"
                    if rx is _BECAME and f.leader and f.current is None and re.search(r"\bhad\s", m.group(0)):
                        f.current = False  # "who had ... risen to become its chairman": held before the story's time
                    if rx is _BECAME and f.leader and f.current is None and re.search(
                            r"\b(?:its|their|the)\s+first\s+$", sentence[:m.start("role")]):
                        # "Juracy Magalhães became its first president the following year": the
                        # first of its holders, whom others followed
                        f.current = False
                    if rx is _STEPPED:
                        # "In November 2019 Dekkers stepped down as chairman": the day told is the
                        # term's end (read alone, a lone date is taken for the day a post began)
                        _ended(f)
                    yield f
                    instead = _IN_PLACE_AFTER.match(sentence, m.end()) if f.leader and rx in (_APPOINTED, _BECAME) else None
                    if instead and (g := found(instead.group("prev"), f.role, True, None, instead.span("prev"))):
                        # "was confirmed as one of the institute's presidents in place of Paddy
                        # Ashdown": the one replaced held the same post until then
                        g.period, g.current = None, False
                        g.post_period, g.post_current = None, False
                        yield g
                    co = _CO_SUBJECT.search(sentence[:m.start()]) if rx is _APPOINTED and \
                        re.search(r"\swere\s", m.group(0)) else None
                    g = found(co.group("co"), f.role, f.leader, f.affiliation, (co.start("co"), m.end())) if co else None
                    if g:
                        yield g
        for m in _finds(_SUCCEEDING, sentence):
            # "Jacoby took over as chief executive on 16 August, succeeding Stephen Odell, who
            # moved to Ford of Europe": the one succeeded held the post just named before
            before = _named_before(leaders_here, sentence[:m.start()])
            if not before and (took := _TOOK_POST.search(sentence[:m.start()])) is not None:
                # "Anita Frew, a Scot who ..., joined it on 1 July 2021 and took over as chair on 1
                # October, succeeding Sir Ian Davis": the post the clause just took
                # (no body after it: the clause ends where ", succeeding" begins)
                role = _leader_role(took.group("role") or took.group("role2"))
                if role:
                    before = [("", role)]
            if before and not re.match(r"\s+as\b", sentence[m.end():]):
                f = found(m.group("prev"), before[-1][1], True, None, m.span("prev"))
                if f:
                    f.period, f.current = None, False
                    f.post_period, f.post_current = None, False
                    yield f
        for m in _finds(_SUCCEEDED_HIM, sentence):
            # "Rajan ... took office as governor, and Urjit Patel succeeded him": the same post;
            # "... served as executive director until 1993. Kenneth Roth succeeded him that year."
            before = _named_before(leaders_here, sentence[:m.start()]) \
                or _named_before(prev_leaders, sentence[:m.start()])[-1:] or prev_leaders[-1:]
            as_post = re.match(rf"\s+as\s+(?:the\s+|its\s+)?(?P<role>(?:[\w-]+\s+){{0,2}}?{_ROLES})", sentence[m.end():])
            if not before and as_post and not ROLE_NOUN.search(_RANKS_BEFORE_NAMES.sub("", sentence[:m.start()])):
                # "Mendoza resigned on 2 August 1985, and General Rodolfo Stange replaced him as
                # general director": a leader the sentences before found, named by surname before
                # "him" in this one (after sentences about others: the killings a judge traced),
                # in a sentence naming no other post before, the post "as" names
                told = [w for w in re.findall(r"(?<![\w'’-])[A-Z][\w'’-]+", sentence[:m.start()])
                        if w.casefold() in held_by and w.casefold() in led_by]
                before = [("", _leader_role(as_post.group("role")) or as_post.group("role"))] if told else []
            post = re.match(rf"\s+as\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_ROLES}\s+of\s+(?P<of>[^,.;]+)", sentence[m.end():])
            if post and not _of_ok(subject, post.group("of"))[0]:
                # "Verkerk went on to command the navy, until Rob Kramer succeeded him as
                # commander of the navy": the post he took is the one "of" names, not ours
                continue
            told = [r.group(0).casefold() for r in ROLE_NOUN.finditer(sentence[:m.start()])]
            if not before and len(head_titles) == 1 and all(r in head_titles for r in told) and (about_subject or any(
                    re.search(rf"\b{re.escape(t)}", f"{prev_sentence} {sentence}", re.I) for t in head_titles)):
                # "Satoshi Nakajima took over in June 2016, Shuichi Iwanami succeeded him on 31
                # July 2018": "him" held the one post the infobox gives the head, named just before
                before = [("", cap_first(next(iter(head_titles))))]
            if before:
                # ("Baehr ... was the first commander who was himself a trained commando soldier;
                # Sollfrank replaced him": the post, not its first holder's place in the line)
                f = found(m.group("name"), _followed_post(before[-1][1], sentence), True, None, m.span())
                if f:
                    yield f
        for m in _finds(_SUCCEEDED, sentence):
            ours, other = _of_ok(subject, m.group("of"), m.group("role"))
            role = _leader_role(m.group("role"))
            if role and role.casefold() in _GOVERNMENT_TITLES and not re.search(r"\b(?:its|their)\s", m.group(0)):
                continue  # "Medgyessy replaced Orbán as prime minister": the country's head, not the party's
            if role and re.search(r"(?i)\bminister\b", role) and not any(re.search(r"\bminister\b", t) for t in head_titles) \
                    and not re.search(r"\b(?:its|their)\s", m.group(0)):
                # "Prince Abdulaziz bin Salman replaced al-Falih as energy minister": a portfolio of
                # the government, which the company's chairman also held, not a post of the company
                continue
            if _states_title(role, post_titles, m.group(0)) and m.group("of") is None and not about_subject:
                # "That June Mbeki succeeded Nelson Mandela as president" in the article on a
                # campaign its infobox says a chairperson leads: a head of state's title, owned by
                # no word and not the organisation's head's, is the country's (both related to the
                # state, so the change is no change of the organisation's leader either)
                for name in (m.group("name"), m.group("prev")):
                    if (f := found(name, role, False, "the state", m.span())) is not None:
                        yield f
                continue
            # ("Ian Meakins, a former chief executive of Wolseley, succeeded Andersen": "former"
            # tells of his post elsewhere, not of this one)
            aside = re.match(rf"{_NAME}(?P<aside>{_SUCCESSOR_APPOSITIVE})", m.group(0))
            # The body the successor's own aside names is where he was before, not whose post he
            # takes: "Victor Bulmer-Thomas, who had run the University of London's Institute of
            # Latin American Studies, succeeded Chris Gamble as director"
            # (nor is the body a later act of the sentence names, after "and" or a comma: "Víctor
            # Abramovich later succeeded Abregú as executive director and left at the end of 2005
            # to join the Inter-American Commission"; the words right after the post still tell
            # whose it is, "as chairman at BP")
            told = sentence[:m.end()] + re.split(r"[,;]|\s+(?:and|but)\s", sentence[m.end():], maxsplit=1)[0]
            told = told.replace(aside.group("aside"), " ") if aside and aside.group("aside") else told
            tied = about_subject or not names_other_body(told, subject)
            aside_former = bool(aside and aside.group("aside") and _FORMER.search(aside.group("aside")))
            for name, cur in ((m.group("name"), None), (m.group("prev"), False)):
                f = found(name, role, ours and tied, other, m.span())
                if f:
                    if cur is None and aside_former and f.current is False and not _FORMER.search(
                            sentence.replace(aside.group("aside"), " ")):
                        f.current = None
                    if f.leader and cur is False:
                        f.current, f.period = False, None
                    elif f.leader and aside and _YEAR.search(aside.group("aside") or ""):
                        # ("Macleod, born on the Isle of Skye in 1836, succeeded French as
                        # commissioner in 1876": the aside's years are the person's, not the post's)
                        start, end = m.start() + aside.start("aside"), m.start() + aside.end("aside")
                        cut = sentence[:start] + sentence[end:]
                        f.period, f.current = _period(_near(cut, (m.start(), m.end() - (end - start))))
                    yield f
        for m in _finds(_RANKED_MONONYM, sentence):
            if about_subject or not names_other_body(sentence, subject):
                f = found(m.group("mono"), "Commander", True, None, m.span("mono"), mononym=True)
                if f:
                    if m.group("from"):
                        f.period, f.current = None, False  # the one the command was taken from
                    yield f
        for m in _finds(_ROLE_WAS_NAME, sentence):
            owner = m.group("owner")
            ours = subject.is_owner(owner) if owner.casefold() != "the" else (
                about_subject or not names_other_body(sentence, subject))
            if ours and owner.casefold() in ("its", "their") and (
                    its_other_body(sentence, m.start("owner"), subject, bodies, prev_sentence)
                    or re.search(r"\b(?:a|an)\s+(?:new|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
                                 r"(?:[\w-]+\s+)?[a-z][\w-]*", sentence[:m.start("owner")])):
                # "... announced the creation of a sixth commando, named after Kieffer, and handed
                # its pennant to Gillier; its first commanding officer was Samuel Majou": the new
                # part's, which the sentence has just named
                continue
            role = _leader_role(m.group("role"))
            if not ours or role is None or not ROLE_NOUN.fullmatch(m.group("role").split()[-1] if " " not in
                                                                   m.group("role") else m.group("role")) and \
                    _owner_ok(subject, None, m.group("role").rsplit(" ", 1)[0])[0] is False:
                continue
            f = found(m.group("name"), role, True, None, m.span("name"))
            if f:
                # the time told with this holder, not another's before it in the sentence
                told = re.split(r";|,\s+and\s+(?:its|their|the)\s", sentence[m.start("owner"):m.end() + 60])[0]
                f.period, cur = _period(told)
                f.current = cur if cur is not None else f.current
                if m.group("verb") == "is" and f.current is None:
                    f.current = True
                elif m.group("verb") != "is" and f.current is None:
                    f.current = False  # "Its first president was X": a holder before the present one
                yield f
        for m in _finds(_GAVE_UP_COMMAND, sentence):
            if about_subject or not names_other_body(sentence, subject):
                if f := found(m.group("name"), "Commander", True, None, m.span()):
                    f.current = False  # the command given up
                    yield f
        for m in _finds(_TOOK_COMMAND, sentence):
            ours, other = _of_ok(subject, m.group("of"))
            # ("Deddy Suryadi took command on 28 April 2023": of no other body, in a sentence
            # that names none, the organisation's command)
            # (another body named in another clause of the sentence does not own the command: "X
            # left to command the Eighth Army in Korea; Y took command in his place")
            lo, hi = sentence.rfind(";", 0, m.start()) + 1, sentence.find(";", m.end())
            told = sentence[lo:hi if hi >= 0 else len(sentence)]
            tied = about_subject or (m.group("of") is None and not names_other_body(told, subject))
            f = found(m.group("name"), "Acting commander" if m.group("acting") or m.group("interim") else "Commander",
                      ours and tied, other, m.span())
            if f and f.leader and re.match(r"\s+in\s+(?:his|her)\s+place\b", sentence[m.end():]):
                # "Y took command in his place": the one the sentence named last before held it
                named = [b for b in re.finditer(rf"{_NAME}", sentence[:m.start()]) if is_name(_clean_name(b.group("name"))[0])]
                if named and (g := found(named[-1].group("name"), "Commander", True, None, named[-1].span("name"))):
                    g.period, g.current = None, False
                    g.post_period, g.post_current = None, False
                    yield g
            if f:
                if other and not f.leader:
                    # "the brigade became part of the newly created 1st Azov Corps, and Prokopenko
                    # took command of the corps": the body "the corps" is, named in the sentence,
                    # and, from a verb of taking it up with a bare date, when the command began
                    f.post_role = f"Commander of {_named_body(other, sentence[:m.start()])}"
                    dates = [d for d in find_dates(sentence) if d.year and not d.is_range]
                    if f.post_period is None and len(dates) == 1:
                        f.post_period = f"since {dates[0].text}"
                yield f
        for m in _finds(_ACTING_TENURE, sentence):
            # (told beside one of its leaders: "Fugate ... took over in May 2009 after a short
            # acting tenure by Nancy Ward", "After a short interim under James L. Fry, Martin B.
            # Wilk took over in 1980": a head's taking over before it or after it)
            took = r"\b(?:took\s+over|succeeded|was\s+appointed|became)\b"
            if not (about_subject or any(n in sentence for n, _ in leaders_here) or re.search(took, sentence[:m.start()])
                    or re.search(took, sentence[m.end():]) and not names_other_body(sentence, subject)):
                continue
            post = next(iter(sorted(head_titles)), None) if len(head_titles) == 1 else None
            role = cap_first(f"{m.group('q') or m.group('q2')} {post or 'head'}")
            if f := found(m.group("name"), role, True, None, m.span("name")):
                f.period, f.current = None, False  # a spell told as over
                yield f
        for m in _finds(_LEFT_IT, sentence):
            # a leader already known leaves the organisation: not its leader now
            who = _clean_name(m.group("name"))[0]
            if len(who.split()) == 1:
                # "Sprechmann left CARE": the one person known so far who bears that name
                bearers = [n for n in leading() if who in n.split()]
                if len(bearers) != 1:
                    continue
                who = bearers[0]
            post = held_by.get(who.split()[-1].casefold())
            if (post is None and who not in leading()) or not (subject.is_owner(m.group("what"))
                                                           or subject.is_subject_phrase(m.group("what"))):
                continue
            if f := found(who, post or "Leader", True, None, None):
                # (when the term ended is told with its start elsewhere; what is told here is
                # that it has)
                f.current = f.post_current = False
                f.period = f.post_period = None
                yield f
        for m in _finds(_SUCCEEDED_BARE, sentence):
            if m.group("pron") and not re.fullmatch(r"(?:(?:In|On|By|From|Later|Then)\b[^,;]{0,30}?,?\s+)?",
                                                     sentence[:m.start("name_p")]):
                continue  # (the successor opens the sentence: not "..., when Juhan Parts of Res Publica succeeded him")
            if m.group("whose") or m.group("pron"):
                opener = _PERSON_OPENER.match(prev_sentence) if not sentence[:m.start()].strip() else None
                if opener and opener.group("surname").casefold() not in held_by and is_name(opener.group("person")) \
                        and not subject.mentioned_in(opener.group(0)) \
                        and not any(opener.group("surname") in n.split() for n, _ in (*prev_leaders, *leaders_here)) \
                        and not any(opener.group("surname") in n.split() for n in leading()):
                    # "In February 2018 Prime Minister Hailemariam Desalegn appointed ... His
                    # successor, Abiy Ahmed, ...": "his" is the one the sentence before was about,
                    # who holds no post of ours; his successor's post is his (told, when the
                    # title before his name gives it, for the person's sake: no leader of ours)
                    if m.group("whose") and (f := found(m.group("name_s"), opener.group("title"), False, None,
                                                        m.span("name_s"))):
                        yield f
                    continue
                # whose successor: the last leader named before, here or in the sentence before
                told = f"{prev_sentence} {sentence[:m.start()]}".casefold()
                named = [(told.rfind(k_), post) for k_, post in ((k, v) for k, v in held_by.items())
                         if re.search(rf"\b{re.escape(k_)}\b", told)]
                post = max(named)[1] if named else None
                group = "name_s" if m.group("whose") else "name_p"
                name, where = m.group(group), m.span(group)
            else:
                if re.match(r"\s+as\b", sentence[m.end():]):
                    continue  # "succeeded X as chairman": `_SUCCEEDED`'s
                post = held_by.get(_clean_name(m.group("prev"))[0].split()[-1].casefold())
                name, where = m.group("name"), m.span("name")
            if post is None:
                continue
            # (the successor of an acting holder holds the post itself)
            post = cap_first(_QUALIFIER.sub("", post)) if _QUALIFIER.sub("", post) else post
            if f := found(name, post, True, None, where):
                yield f
        for m in _finds(_IN_PLACE_OF, sentence):
            if m.group("pron_c"):
                # whose successor: the last leader named before, here or in the sentence before
                # (as `_SUCCEEDED_BARE`'s "succeeded him"); not in a post at another body, which
                # the words after say ("named Stefano Sannino to replace her at the External
                # Action Service", the post she had left to head the OSCE)
                if re.match(r"\s+(?:at|in|on)\s+(?:the\s+)?(?-i:[A-Z])", sentence[m.end():]):
                    continue
                # (a sentence before that goes on about the same person by "He" or "She" reaches
                # back to the one that named him: "Repše resigned in December 2001 ... He became
                # prime minister after the election of the following year. The Saeima elected
                # Ilmārs Rimšēvičs to succeed him")
                back = told_before[-2:] if re.match(r"(?:He|She)\b", prev_sentence) else [prev_sentence]
                told = f"{' '.join(back)} {sentence[:m.start()]}".casefold()
                named = [(told.rfind(k_), post) for k_, post in held_by.items() if re.search(rf"\b{re.escape(k_)}\b", told)]
                if named and (f := found(m.group("name_c"), cap_first(_QUALIFIER.sub("", max(named)[1]) or max(named)[1]),
                                         True, None, m.span("name_c"))):
                    yield f
                continue
            name, prev = (m.group("name"), m.group("prev")) if m.group("name") else (m.group("name_c"), m.group("prev_c"))
            prev_clean = _clean_name(prev)[0]
            # ("Mmusi Maimane was elected to succeed Zille, the first black leader in the party's
            # history": the post the apposition gives, whichever of the two it tells of, is the
            # one both held, and it is the post of that day, before any the text gives the one
            # succeeded elsewhere)
            post = _appositive_post(sentence[m.end():], subject) \
                if about_subject or not names_other_body(sentence, subject) else None
            if post is None:
                post = held_by.get(prev_clean.split()[-1].casefold())
            if post is None and len(head_titles) == 1 and (about_subject or any(
                    re.search(rf"\b{re.escape(t)}", f"{prev_sentence} {sentence}", re.I) for t in head_titles)):
                # (whose post: the one head title the infobox gives, which the text names here)
                post = cap_first(next(iter(head_titles)))
            if post is None and prev_clean.split()[-1].casefold() in led_by:
                # ("Helen Zille became leader of the party in 2007", then "Mmusi Maimane was
                # elected to succeed Zille": a leader's successor leads, by the same word)
                post = "Leader"
            if post is None:
                continue
            if f := found(name, post, True, None, m.span("name") if m.group("name") else m.span("name_c")):
                yield f
            if len(prev_clean.split()) > 1 and (g := found(prev, post, True, None, m.span("prev") if m.group("name")
                                                           else m.span("prev_c"))):
                g.current, g.period = False, None  # the one replaced
                yield g
        for m in _finds(_POST_FILLED_BY, sentence):
            if not ROLE_NOUN.search(m.group("role")) or not about_subject and not any(
                    subject.is_subject_phrase(x.group(0)) for x in re.finditer(r"\b[Tt]he\s+[a-z]+\b", sentence[:m.start()])):
                continue  # (whose post: the clause before names the organisation, "the corps had a ... head")
            if f := found(m.group("name"), m.group("role"), True, None, m.span("name")):
                if re.search(r"\b(?:first|then)\s+(?:filled|held|occupied|taken)\b", m.group(0)) and f.current is None:
                    f.current = False  # the post's first holder, long since followed
                yield f
        for m in _finds(_STOOD_IN, sentence):
            if m.group("ran") and m.group("ran").casefold() not in subject.generic:
                continue  # "ran the division on an interim basis": a part, not the organisation
            # whose place: the one head this sentence or the one before named (their post), or
            # the post the infobox gives the head, when it gives one
            heads = [r for n, r in (*leaders_here, *prev_leaders)
                     if n not in m.group(0) and (m.group("whom") is None or n.split()[-1] == m.group("whom"))]
            post = heads[-1] if heads else None
            if re.search(r",?\s+ran\s", m.group(0)):
                # (one who ran it stood in for the head of its business, not its board's chair)
                running = [h for h in heads if not re.search(r"(?i)\bchair", h)]
                post = running[-1] if running else post
            if post is None and len(head_titles) == 1 and (about_subject or any(
                    re.search(rf"\b{re.escape(n.split()[-1])}\b", f"{prev_sentence} {sentence[:m.start()]}")
                    for n in known() if n not in m.group(0))):
                # (a person stood in for, named just before, in the article about a body whose
                # infobox gives its head one title: that head's stand-in)
                post = next(iter(head_titles))
            if post is None:
                continue
            role = cap_first(f"acting {_QUALIFIER.sub('', post)[:1].lower()}{_QUALIFIER.sub('', post)[1:]}")
            if f := found(m.group("name"), role, True, None, m.span("name")):
                f.current = False if f.current is None else f.current  # a stand-in, told as past
                if m.group(0).endswith("acting"):
                    # "X took command on 17 December 2012, with Y acting in the meantime": the
                    # sentence's date is the head's, which ended the stand-in
                    f.period, f.current = None, False
                when = re.search(r"\buntil\s+(?:(?:early|mid|late)[-\s])?(?P<d>[^,;]{3,30}),\s+when\s+$",
                                 sentence[:m.start()])
                if when:
                    # "X acted in her place until mid-2017, when Y took over the acting role": Y's
                    # stand-in began as X's ended
                    f.period = _period(f"from {when.group('d')}")[0]
                yield f
        for m in _finds(_TOOK_THE_POST, sentence):
            heads = [r for n, r in (*prev_leaders, *leaders_here) if n not in m.group(0)]
            if heads and (f := found(m.group("name"), _QUALIFIER.sub("", heads[-1]), True, None, m.span("name"))):
                end = _HELD_UNTIL.match(sentence, m.end())
                if end and re.search(r"\bheld\s+the\s+\w+$", m.group(0)):
                    # "Flemming Besenbacher later held the post until he retired in March 2022":
                    # the day of the clause "until" opens ends the term; it does not start it
                    f.period, f.current = f"until {end.group('d')}", False
                    f.post_period, f.post_current = f.period, False
                yield f
        for m in _finds(_FIRST_TO_LEAD, sentence):
            what = m.group("what")
            if what == "it" or subject.is_subject_phrase(what):
                # ("The Norwegian Astrid Heiberg": the article and the people's name go)
                lead = re.match(r"(?:The|An?)\s+", m.group("name"))
                start = m.start("name") + (lead.end() if lead else 0)
                if f := found(sentence[start:m.end("name")], _FIRST_TO_LEAD_ROLE[m.group("verb")], True, None,
                              (start, m.end("name"))):
                    yield f
        for m in _finds(_IN_CHARGE, sentence):
            what = m.group("what")
            if re.search(r"\btook\s+charge\s*$", m.group(0)) and not what:
                continue  # "took charge" alone: of what, the sentence does not say
            if (subject.is_owner(what) or subject.is_subject_phrase(what)) if what else \
                    (about_subject or not names_other_body(sentence, subject)):
                if f := found(m.group("name"), "Head", True, None, m.span("name")):
                    if m.group("now") and re.match(r"has\s+been", m.group("now")) and f.current is None \
                            and re.match(r"\s+since\b", sentence[m.end():]):
                        f.current = True  # "has been in charge of the agency since 2019"
                    yield f
        for m in _finds(_CHOSEN_TO_LEAD, sentence):
            which = "" if m.group("name") else "_o"
            what = m.group("what" + which)
            if what == "it" or subject.is_subject_phrase(what):
                if f := found(m.group("name" + which), _FIRST_TO_LEAD_ROLE[m.group("verb" + which)], True, None,
                              m.span("name" + which)):
                    yield f
        for m in _finds(_PUT_IN_CHARGE, sentence):
            heads = [r for n, r in (*prev_leaders, *leaders_here) if n not in m.group(0)]
            # whose charge: the head this sentence or the one before named, else the head's post
            # the text named last (the one who left it, told by "he resigned")
            post = _QUALIFIER.sub("", heads[-1]) if heads else (last_post[0] if last_post else None)
            if post is None:
                continue
            role = cap_first(f"acting {post[:1].lower()}{post[1:]}") if m.group("tmp") else post
            if f := found(m.group("name"), role, True, None, m.span("name")):
                yield f
        for m in _finds(_ACTING_AS, sentence):
            post = _QUALIFIER.sub("", m.group("role")).strip()
            heads_here = {r.casefold() for _, r in (*leaders_here, *prev_leaders)}
            if post.casefold() not in head_titles and post.casefold() not in heads_here:
                continue  # acting as something the organisation's head is not
            if f := found(m.group("name"), cap_first(f"acting {post[:1].lower()}{post[1:]}"), True, None,
                          m.span("name")):
                if m.group("tense").startswith(("was", "had")):
                    f.current = False  # stood in then, told as past
                yield f
        for m in _finds(_LED_AS, sentence):
            obj = (m.group("obj") or "").strip()
            if m.group("which"):
                # what "which" stands for: the name before it ("the Lidové noviny Foundation
                # (...), which X set up and ran"), one of the organisation's names
                # (or the body one of its founders set up: "which Štětina set up and ran" of a
                # founder the infobox names, whose foundation grew into the organisation)
                before = re.sub(r"\s*\([^()]*\)\s*$", "", sentence[:m.start()])
                runs = re.search(r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[a-z]+\s+)?[A-Z][\w'’-]*){0,5}$", before)
                ours = runs is not None and (subject.is_subject_phrase(runs.group(0)) or subject.is_owner(runs.group(0))
                                             or runs.group(0).split()[-1].casefold() in subject.generic) or (
                    bool(m.group("made")) is False and re.search(r"\b(?:set\s+up|founded|started|established|created)\b",
                                                               m.group(0)) is not None
                    and any(re.search(r"(?i)\bfounders?\b", f.label) and m.group("name").split()[-1] in f.text
                            for f in profile.facts))
            else:
                made = (m.group("made") or "").strip()
                obj = made if obj == "it" and made not in ("", "it") else obj
                ours = (obj in ("", "it") and about_subject) or (obj not in ("", "it") and (
                    subject.is_subject_phrase(obj) or subject.is_owner(obj)
                    or subject.is_owner(" ".join(obj.split()[-1:]))))
            if not ours:
                continue
            if f := found(m.group("name"), cap_first(m.group("role")), True, None, m.span("name")):
                if (m.group("first") or re.match(r"\s*Until\b", sentence)) and f.current is None:
                    # its first head, told in the past; or one who ran it "Until his successor
                    # could arrive": for a time that ended
                    f.current = False
                yield f
        for m in _finds(_RAN_AS, sentence):
            if not subject.is_subject_phrase(m.group("obj")) and not re.search(r"\bnew\s+(?:body|agency|organi[sz]ation)$",
                                                                                 m.group("obj")):
                continue
            role = _singular(m.group("role"))
            if not re.fullmatch(rf"(?:acting\s+|interim\s+|joint\s+)?{_ROLES}", role):
                continue
            for key in ("name", "name2"):
                if f := found(m.group(key), cap_first(role), True, None, m.span(key)):
                    f.period, f.current = None, False  # in turn, both before someone named after them
                    yield f
        if about_subject:
            for m in _finds(_FOUNDED_BY, sentence):
                if _ANOTHER_FOUNDED.search(_clause_before(sentence, m.start())):
                    continue  # "The party's forerunner, the Rural Party, had been founded by X": not its founder
                for name in (m.group("name"), m.group("name2")):
                    if name:
                        f = found(name, "Founder", True, None, m.span())
                        if f:
                            f.period, f.current, f.post_period, f.post_current = None, None, None, None
                            yield f
            for m in _finds(_COUNTED_HOLDERS, sentence):
                # one post, held together: "co-chairmen" -> "Co-chairman"
                role = _singular(m.group("role"))
                if not re.fullmatch(rf"(?:co-|joint\s+)?{_ROLES}", role):
                    continue
                # ("The group was then run by ...": told in the past, a post they held then)
                past = re.search(r"\b(?:was|were|had)\b", sentence[:m.start()]) is not None
                for key in ("name", "name3", "name2"):
                    if m.group(key) and (f := found(m.group(key), cap_first(role), True, None, m.span(key))):
                        if past and f.current is None:
                            f.current = False
                        yield f
            for m in _finds(_LED_BY, sentence):
                name = m.group("name") or m.group("name_b")
                # ("United Left (IU), led by Alberto Garzón": the body's short name in brackets
                # stands between it and "led by")
                before = re.sub(r"\s*\([^()]{1,20}\)(\s*,?\s*)$", r"\1", sentence[:m.start()])
                # "the 54th Brigade, led by X": the clause describes the body named just before.
                # ("the secretariat of the Council of Ministers has been led by X": the body named)
                other = re.search(r"([A-Z][\w'’-]*(?:\s+(?:of|for|the|and|[A-Z0-9][\w'’-]*))*)\s*,?\s*"
                                  r"(?:(?:then|now|later|currently|at\s+the\s+time|since)\s+)?"
                                  r"(?:which\s+(?:was|is|has\s+been)\s+|(?:was|is|were|has\s+been|had\s+been|"
                                  r"have\s+been)\s+)?$", before)
                if re.search(r"\b(?:[Aa]|[Aa]n|[Aa]nother)\s+(?:[A-Z][\w-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*,?\s*$",
                             before):
                    # "a coalition led by X": another body, which the sentence does not name; "a GROM
                    # team led by X", "a police team led by Colonel X": a part of the organisation,
                    # not the organisation
                    continue
                thing = re.search(r"\b([a-z][a-z-]{2,})\s*,?\s*(?:(?:then|now|later|currently)\s+)?$", before)
                # ("The board, chaired since 2007 by X": its own board, whose chair leads it;
                # "the International Board, chaired by X": the same, by a name of its own)
                own_board = _OWN_BOARD_BEFORE.search(before)
                if own_board:
                    thing = None
                # (the whole noun phrase: "the Senate homeland security committee, led by X" is the
                # Senate's committee, though "the committee" alone might be the organisation)
                phrase = re.search(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){{0,4}}?{thing.group(1)}\s*,?\s*"
                                   rf"(?:(?:then|now|later|currently)\s+)?$", before) if thing else None
                if thing and thing.group(1) not in _FUNCTION_BEFORE_LED and not subject.is_subject_phrase(
                        phrase.group(0).strip(" ,") if phrase else f"the {thing.group(1)}"):
                    # "grand coalitions led by Angela Merkel", "a GROM team led by Lieutenant Colonel
                    # X": what X led is the noun before "led by", not the organisation
                    continue
                # ("The Christian Democratic People's Party, led by X": "The" opens a name too)
                named = re.sub(r"^The\s+(?=(?:[A-Z][\w'’-]*\s+){1,}[A-Z])", "", other.group(1)) if other else ""
                if other and not own_board and named.split()[0] not in _STOP_FIRST and not subject.is_owner(other.group(1)) \
                        and not any(n.casefold() in other.group(1).casefold() for n in subject.names if len(n) > 2):
                    # the head of another body, named as such: related, with that body's post
                    # ("the Ministry of Defence, then headed by Sergei Shoigu")
                    verb = re.match(r"\w+", m.group(0)).group(0).casefold()
                    if verb in _VERB_ROLE and len(other.group(1).split()) >= 2:
                        body = other.group(1).strip()
                        body = body if body.split()[0].casefold() == "the" else f"the {body}"
                        f = found(name, f"{_VERB_ROLE[verb]} of {body}", False, body, m.span())
                        if f:
                            yield f
                    continue
                co, verb = re.match(r"(co-)?(\w+)", m.group(0).casefold()).groups()
                role = _VERB_ROLE.get(verb, "Leader") if verb != "under" else (
                    "Commander" if re.match(r"under\s+the\s+command\b", m.group(0), re.I) else "Leader")
                if co and role != "Leader":
                    role = f"Co-{role[:1].lower()}{role[1:]}"  # "co-chaired by X and Y": each a co-chair
                f = found(name, role, True, None, m.span())
                if f is not None and role == "Leader":
                    told = [d for d in find_dates(sentence) if d.year]
                    f.told_on = (told[0].year, told[0].month or 0) if told else None  # type: ignore[attr-defined]
                if f and f.period and _lone_date(f.period) and re.search(
                        r"(?:\b(?:was|were)\s+(?:\w+ly\s+)?|\bboard,\s+(?:then\s+)?)(?:chaired|led|headed|commanded|run|"
                        r"directed)\s+by\b", sentence[max(0, m.start() - 30):m.end()]):
                    # "in 2013 the board was chaired by Idar Kreutzer", "On 6 June 2013 the board,
                    # chaired by Idar Kreutzer, announced ...": a time within the term the past
                    # tense tells, not the day it began
                    f.period = f"in {f.period}"
                since = re.search(r"\bsince\s+(\d{4})\s+by\b", m.group(0))
                if f and since and re.search(r"\b(?:was|were|had|[a-z]{3,}ed)\b", sentence[m.end():]):
                    # "The board, chaired since 2007 by Michael Treschow, looked outside the company":
                    # a sentence told in the past says since when at that time, not that the term
                    # runs on today
                    f.period, f.current = f"from {since.group(1)}", None
                    f.post_period, f.post_current = f.period, None
                if f:
                    # "has been chaired by A, B, C and, since December 2025, D": each of the names
                    # listed after it held the post as well, each with the time told with it alone
                    # (a date near one name in a list is another's)
                    listed: list[_Found] = []
                    at = m.end()
                    while (more := _MORE_NAMES.match(sentence, (aside := _LISTED_ASIDE.match(sentence, at)) and
                                                     aside.end() or at)) is not None:
                        g = found(more.group("more"), role, True, None, more.span("more"))
                        if g is None:
                            break
                        g.period, g.current = _period(more.group("when")) if more.group("when") else (None, None)
                        g.post_period, g.post_current = g.period, g.current
                        listed.append(g)
                        at = more.end()
                    if listed:
                        f.period, f.current, f.post_period, f.post_current = None, None, None, None
                        f.post_period, f.post_current = None, None
                    yield f
                    yield from listed
        for m in _finds(_DID_LEAD, sentence):
            board = _CHAIRED_BOARD.fullmatch(m.group("obj").strip())
            whose = re.fullmatch(r"(?P<owner>the\s+[a-z]+)['’]s\s+(?:(?P<tier>supervisory|executive|governing)\s+)?board",
                                 m.group("obj").strip())
            if board is None and whose and m.group("verb") == "chaired" and subject.is_subject_phrase(whose.group("owner")):
                # "Dilma Rousseff ... had chaired the company's board as a minister": its own board
                board = whose
            if board and re.search(r"(?i)\bgovernors\b", board.group(0)) and re.search(r"(?i)\bminister\b", m.group(0)):
                # "Nialé Kaba, the Ivorian planning minister who chaired the Board of Governors": a
                # board of governors whose chair is a government's minister is the member states'
                # assembly, chaired by one of them in turn, not the head of the organisation
                continue
            of = re.search(r"\sof\s+(?P<whose>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)", m.group("obj"))
            if board and of and not subject.is_owner(of.group("whose")) and not subject.is_subject_phrase(of.group("whose")):
                continue  # "who had chaired the board of RwandAir": another's board
            own = " of " not in m.group("obj")  # "the Supervisory Board", not "the board of RwandAir"
            if board and (about_subject or not names_other_body(
                    _without_asides(sentence[:m.start("obj")] + sentence[m.end("obj"):] if own else sentence), subject)):
                # "X, who chaired the board"; "X chaired the supervisory board from 2007 to 2018"
                # (the board itself, capitalised, is no other body; nor one named in an aside
                # about the person, which tells their past, not whose board it is: "Louise
                # Fréchette, a former deputy secretary-general of the United Nations, chaired the
                # Supervisory Board")
                tier = board.group("tier")
                f = found(m.group("name"), f"Chair of the {tier.lower()} board" if tier else "Chair", True, None,
                          m.span())
                if f:
                    if re.search(r"\bhad\s+$", m.group(0)[:m.start("verb") - m.start()]):
                        # "Dilma Rousseff, president of Brazil since 2011, had chaired the company's
                        # board", "X, who had chaired the board since April 2023, resigned": held up
                        # to the story's time, dated only by what follows the verb
                        # (a time before the story's, itself past: not held now)
                        f.period, _ = _period(sentence[m.start("verb"):m.end() + 40])
                        f.current = False
                        f.post_period = f.post_current = None
                    elif _AT_THE_TIME.match(sentence, m.end()) and not f.current:
                        # "Ayesha Imam, who chaired the board at the time, thanked Morgan": held
                        # then, as the text sets it apart from now
                        f.current = False
                    elif f.period and _lone_date(f.period) and re.search(r"\bwhile\s+$", sentence[:m.start()]):
                        # "X took over from Y in May 2019, while Stuart Popham chaired the trustees":
                        # the main clause's day is a time within his term, not its start (the RNLI's
                        # brief had read "Former chair, took office in May 2019")
                        f.period = f"in {f.period}"
                    yield f
                continue
            if re.match(r"\s+as\b", sentence[m.end():]):
                continue  # "X ran the new body as acting director": the post "as" names, read elsewhere
            # ("Gatty ran the company he founded until his death": the body, without what he did to it)
            obj = re.sub(r"\s+(?:he|she|they)\s+(?:had\s+)?(?:founded|built|created|started|set\s+up)$", "", m.group("obj"))
            if subject.is_owner(obj) or (obj.split()[0].casefold() in {"the", "its"}
                                         and subject.is_owner(" ".join(obj.split()[-1:]))
                                         and not _restricted_kind(obj, subject)):
                f = found(m.group("name"), _VERB_ROLE[m.group("verb")], True, None, m.span())
                if f:
                    if m.group("verb").endswith("s") and m.group("verb") != "was" and f.current is None:
                        f.current = True  # "who heads the agency": now
                    if re.search(r"\bhad\s+$", m.group(0)[:m.start("verb") - m.start()]) and f.current:
                        # "X, who had run the company since 2005, handed over in February 2012":
                        # held up to the story's time, itself past: not held now
                        f.current = False
                    elif _AT_THE_TIME.match(sentence, m.end()) and not f.current:
                        f.current = False  # "who led the agency at the time": held then, not said now
                    yield f
        for m in _finds(_TOOK_OVER, sentence):
            obj = m.group("obj")
            if obj and obj.casefold() not in {"in", "on", "at", "from", "after", "as", "when", "and", "command", "from"} \
                    and not subject.is_owner(obj) and not subject.is_owner("the " + obj):
                continue
            if obj and obj[:1].isupper() and m.group("objmore") and not subject.is_subject_name(obj + m.group("objmore")):
                # "Al-Sayed took over Ooredoo Qatar": a body named by the subject's name and more
                # words is one of its parts, whose head is not the organisation's
                continue
            as_its = _AS_ITS_AFTER.match(sentence, m.end())
            if as_its and its_other_body(sentence, as_its.end() - 4, subject, bodies, prev_sentence):
                continue  # "took over from his father as its chairman", "its" another body's (KIRKBI's)
            told = sentence
            if m.group("apposed") is not None:
                # (a body named in the post the name is set off from tells who the person is:
                # "the governor of Niger State, Abubakar Sani Bello, acted as caretaker chairman")
                cut = sentence.rfind(",", 0, m.start() - 2)
                told = sentence[:cut + 1] + " " + sentence[m.start():]
            if about_subject or not names_other_body(told, subject):
                seat = {"chair": "Chair", "presidency": "President"}.get((m.group("seat") or "").casefold())
                role = seat or _leader_role(m.group("role") or "")
                if not role and leaders_here and re.search(r"\b(?:until|till)\s+$", sentence[:m.start()]) \
                        and re.fullmatch(r"took\s+over", m.group(0)[m.end("name") - m.start():].split(",")[-1].strip()):
                    # "Fernando Borges stood in until Caio Paes de Andrade took over": the post
                    # the one before held, or stood in for, and no more for the time being
                    role = cap_first(_QUALIFIER.sub("", leaders_here[-1][1]))
                role = role or ("Commander" if re.search(r"(?i)\bcommand(?:s|ed|ing)?\b", sentence) else "Leader")
                if re.search(r"\b(?:acted|stood\s+in)\s+as\b", m.group(0)) and not _QUALIFIER.match(role):
                    # "acted as commander", "stood in as president": held it for a time
                    role = f"Acting {role[:1].lower()}{role[1:]}"
                f = found(m.group("name"), role, True, None, m.span())
                if f and re.search(r"\b(?:until|till|before|when)\s+$", sentence[:m.start()]):
                    # "X ran the company on an interim basis until James McNerney took over in
                    # 2005": the clause's own date is the day the post was taken, not the end the
                    # sentence's "until" puts on it ("from 2018 until 10 June 2020, when Donahue
                    # took over": Mingus's term is not Donahue's; the clause names no date of its own)
                    told = [d for d in find_dates(sentence[m.start():]) if d.year and not d.is_range]
                    f.period, f.current = (told[0].text if told else None), None
                if f:
                    yield f
        if about_subject:
            for m in _finds(_UNDER_RANK, sentence):
                if _PART_UNDER.search(sentence, 0, m.start()):
                    continue  # "a battalion of volunteers, under Lieutenant Colonel X": X led that part
                f = found(m.group("name"), "Commander", True, None, m.span())
                if f:
                    yield f
        for m in _finds(_HANDED, sentence):
            if m.group("kin") and not (m.group("post") or m.group("office")):
                continue  # "handed the airline to his deputy, X": the post is the one he held then, untold
            in_post = _OFFICE_HOLDER.get(m.group("in_post") or "")
            told = sentence
            if in_post and m.group("in_of"):
                if not _of_ok(subject, m.group("in_of").strip()[3:], in_post)[0]:
                    continue  # "followed in the chair of the Finance Committee by": another body's
                told = sentence.replace(m.group("in_of"), "", 1)  # the organisation's own board
            if m.group("name_e") and (actor := _ACTOR_BEFORE.search(sentence, 0, m.start())) \
                    and not subject.is_subject_name(actor.group("actor")) and not subject.is_owner(actor.group("actor")):
                continue  # "FCA replaced him with Mike Manley": another body named as the one who chose
            if m.group("name_e") and re.search(r"\bin\s+(?:both|these|those|the\s+two|all\s+three)\s+(?:posts|offices|roles|"
                                               r"positions)\b", m.group(0)):
                # "Sam Sotha later headed the CMAA and served as the government's ambassador ...; a
                # royal decree replaced him in both posts with Chum Bunrong": the posts the clause
                # before named, elsewhere, not the one he once held here
                continue
            if about_subject or not names_other_body(told, subject):
                before = _named_before(leaders_here, sentence[:m.start()]) \
                or _named_before(prev_leaders, sentence[:m.start()])[-1:] or prev_leaders[-1:]
                # "handed the post of chief executive to Rick Tsai": the post is named
                role = _leader_role(m.group("post") or m.group("as_post") or "") or in_post or _OFFICE_HOLDER.get(
                    (m.group("office") or "").casefold())  # "handed the presidency to X": the president
                if role is None and re.match(r"(?:handed|passed)\s+(?:over\s+)?command\b", m.group(0)):
                    role = "Commander"  # "handed over command to Anna Berg"
                held = before[-1][1] if before else None
                if before and (held is None or _GENERIC.fullmatch(held)):
                    # ("Pamias stepped down, and the board replaced him by X": the post the
                    # sentences last gave the one who left, not the verb's "Leader")
                    held = held_by.get(before[-1][0].split()[-1].casefold(), held)
                role = role or _followed_post(held, sentence)
                f = found(m.group("name") or m.group("name_b") or m.group("name_c") or m.group("name_d")
                          or m.group("name_e"), role, True, None, m.span())
                hander = re.match(rf"(?:[^,;]*?\b)?{_NAME.replace('?P<name>', '?P<hander>')}(?:,\s+[^;]{{1,90}}?,)?\s+$",
                                  sentence[:m.start()]) if m.group("name") and m.group(0).startswith(("handed", "passed")) else None
                if f and hander and (h := found(hander.group("hander"), role, True, None, hander.span("hander"))):
                    # "José Sérgio Gabrielli, who had run the company since 2005, handed over in
                    # February 2012 to X": who handed over holds the post no more
                    h.current, h.post_current = False, False
                    # (its term is the one told of it elsewhere: the day told here is the day it ended)
                    h.period = h.post_period = None
                    yield h
                gone = re.search(rf"(?<![\w'’-]){_NAME}\s+$", sentence[:m.start()]) if m.group("name_b") else None
                if f and gone and (g := found(gone.group("name"), role, True, None, gone.span())):
                    # "Mohamad Hasan was replaced by Teguh Muji Angkasa": who was replaced held the post
                    g.period, g.current = None, False
                    g.post_period, g.post_current = None, False
                    yield g
                after = re.match(r"\s+(?:on|in)\s+(?P<when>[^,;]{4,30}?)(?=[,;.]|\s+(?:and|but|after|when)\b|$)",
                                 sentence[m.end():]) if not m.group("name_b") else None
                if f and after and (told_after := [d for d in find_dates(after.group("when")) if d.year]):
                    # "Deddy Suryadi took command on 28 April 2023 and handed it to Djon Afriandi on
                    # 8 March 2024": the day after the taker's name is the day the post passed
                    f.period, f.current = told_after[0].text, None
                elif f:
                    told = sentence.rfind(f.period, 0, m.start()) if f.period else -1
                    if told > 0 and f.period not in sentence[m.start():] and "," in sentence[max(0, told - 40):told] \
                            and "," in sentence[told:m.start()]:
                        # "General Bruno Petti, in command since February 2008, handed over to
                        # Alberto Primicerj on 27 February 2009": a period in an aside before the
                        # verb is the one who handed over; the taker's own is told after it, if at
                        # all ("In July 2020 Mistral handed over to X": an opening date is the day)
                        f.period, f.current = _period(sentence[m.start():m.end() + 60])
                    elif m.group("name_b") and f.period and told >= 0 and f.period not in sentence[m.start():]:
                        f.period, f.current = _successors_period(sentence, m, f.period, f.current)
                if f and m.group("name_e"):
                    # "In November 2025 Pamias stepped down, and the board replaced him by X": the
                    # verb tells the one before left, not X; the day told before it is X's start
                    if f.current is False and not _FORMER.search(sentence, m.end(), m.end() + 60):
                        f.current = None
                    told_before = [d for d in find_dates(sentence[:m.start()]) if d.year]
                    if f.period is None and len(told_before) == 1:
                        f.period, f.current = told_before[0].text, None
                at, chain = m.end(), []
                while m.group("name_b") and f and (link := _BY_CHAIN.match(sentence, at)) is not None:
                    chain.append(link)
                    at = link.end()
                if f and chain:
                    # the first holder's date is the one told before the chain's first comma
                    f.period = _period(chain[0].group("when") or "")[0] if chain[0].group("when") else None
                    f.current = False  # followed in turn by the chain's first holder
                if f:
                    yield f
                if f and m.group("name_b") and re.search(r"\bover\s+(?:the\s+)?(?:years|decades)\b", m.group(0)):
                    # "was followed over the years by A, B and C, among others": holders in turn
                    f.period, f.current = None, None
                    at = m.end()
                    while (more := _AND_MORE.match(sentence, at)) is not None:
                        at = more.end()
                        if (g := found(more.group("name"), role, True, None, more.span("name"))) is not None:
                            g.period, g.current = None, None
                            yield g
                for k, link in enumerate(chain):
                    # each holder of the chain, with the date told after their name ("by Bradley
                    # Fried from 1 July 2018"): the next link's `when`, or what follows the last
                    when = chain[k + 1].group("when") if k + 1 < len(chain) else \
                        re.split(r"[,;]|\s+(?:and|who|which)\s", sentence[link.end():], maxsplit=1)[0]
                    if (g := found(link.group("name"), role, True, None, link.span("name"))) is not None:
                        g.period, g.current = _period(when or "") if when and re.search(r"\d", when) else (None, None)
                        if k + 1 < len(chain):
                            g.current = False  # followed in turn by the next link's holder
                        yield g
                then = _AND_THEN_BY.match(sentence, m.end())
                if then and (m.group("name_b") or "followed" in m.group(0)):
                    f = found(then.group("name"), role, True, None, then.span())
                    if f:
                        # "and in 1975 by Y": the date told with Y is Y's
                        f.period, f.current = _period(then.group(0))
                        yield f
        for m in _finds(_WON_POST, sentence):
            post = m.group("post")
            if m.group("it"):
                # "it": the post the sentence named last before the winner
                named = re.findall(r"\bthe\s+(leadership|chairmanship)\b(?!\s+of\b)", sentence[:m.start()])
                post = named[-1] if named else None
            if post is None or not (about_subject or not names_other_body(sentence, subject)):
                continue
            role = _WON_ROLE[post.casefold()]
            if m.group("of") and not _of_ok(subject, m.group("of"), role)[0]:
                continue
            f = found(m.group("name"), role, True, None, m.span())
            if f:
                yield f
            more = _AND_WINNER.match(sentence, m.end())
            if more and (g := found(more.group("name"), role, True, None, more.span("name"))):
                g.period, g.current = _period(more.group("when"))
                yield g
        for m in _finds(_FROM_PREDECESSOR, sentence):
            if not (about_subject or not names_other_body(sentence, subject)):
                continue
            post = m.group("post") or ""
            role = _leader_role(m.group("role") or m.group("as_role") or "") or {
                "chair": "Chair", "chairmanship": "Chairman", "command": "Commander", "presidency": "President",
                "directorship": "Director"}.get(post.casefold())
            if role is None and not re.fullmatch(r"took\s+over", m.group(0).split(" from ")[0].split(" in ")[0].split(" on ")[0].strip()):
                continue
            if role is None:
                # "Doni Monardo took over from Agus Sutomo on 24 October 2014": whose post, the
                # sentence does not say; the head's, named as the organisation's other leaders
                # are (`_name_generic_roles`), and held until that day
                role = "Leader"
            f = found(m.group("name"), role, True, None, m.span())
            if f:
                f.current = False
                f.period = None
                if role == "Leader":
                    told = [d for d in find_dates(sentence[m.start():]) if d.year and not d.is_range]
                    f.period = f"until {told[0].text}" if told else None
                yield f
            taker = re.search(rf"{_HONORIFIC}?{_NAME}{_APPOSITIVE}{_THEN}\s*$", sentence[:m.start()])
            if taker:
                f = found(taker.group("name"), role, True, None, taker.span())
                if f:
                    yield f
        for m in _finds(_INCLUDED, sentence):
            if re.fullmatch(r"(?i)(?:[\w-]+\s+){0,3}officers?", m.group("role").strip()) \
                    and not re.search(r"(?i)\b(?:commanding|executive)\s+officers?$", m.group("role").strip()):
                continue  # "Notable former officers of the regiment include ...": officials, no post
            # ("Chairs of the Council have included ...": its governing council, as `_of_ok` reads
            # an "of" after a post anywhere else)
            if m.group("of") and not _of_ok(subject, m.group("of"), m.group("role"))[0] and not re.search(
                    r"(?i)\bboard\b", m.group("of")):
                continue
            if not (about_subject or not names_other_body(sentence, subject) or m.group("of")):
                continue
            # the whole post, each word in the singular: "Secretaries general" -> "Secretary general"
            post = ROLE_NOUN.search(m.group("role"))
            if post is not None and not _owner_ok(subject, None, re.sub(
                    r"(?i)\b(?:the|its|their|a|an)\b", " ", m.group("role")[:post.start()]))[0]:
                # "Later navy commanders were Rear Admiral X and Rear Admiral Y" in the defence
                # force's article: the posts of a part or another body a word before them names
                continue
            role = cap_first(" ".join(_singular(w) for w in post.group(0).split())) if post else \
                cap_first(_singular(m.group("role").split()[-1]))
            entries = list(re.finditer(rf"{_HONORIFIC}?{_NAME}(?:(?:\s+again)?\s*\((?P<period>[^)]*)\))?", m.group("list")))
            # ("Chairs of the Council have included A, B and C": a list told in the present
            # perfect may end on the one who holds the post now, which it does not say)
            open_last = bool(re.search(r"\b(?:have\s+included|include|have\s+been)\s+$", m.group(0)[:m.start("list") - m.start()])) \
                and not re.match(r"(?i)\s*(?:earlier|former|previous|past|other)\b", m.group(0))
            for i, n in enumerate(entries):
                if _OBJECT_OF.search(m.group("list")[:n.start()]):
                    continue  # "Haim Oron, one of the founders of Peace Now": another body, named in an aside
                f = found(n.group("name"), role, True, None, (m.start("list") + n.start(), m.start("list") + n.end()))
                if f:
                    f.period = n.group("period") if n.group("period") and re.search(r"\d", n.group("period")) else None
                    # a holder listed "(since 2024)" holds the post now; the others held it before
                    f.current = bool(f.period and re.search(r"(?i)\bsince\b|present|now", f.period))
                    if not f.period and open_last and i == len(entries) - 1:
                        f.current = None
                    # the post's own term is the entry's, not a bracket near it of another's
                    # ("Secretaries-general have included Asma Jahangir, I. A. Rehman (2008-2016)")
                    f.post_period, f.post_current = f.period, (f.current if f.period else None)
                    yield f
        for m in _finds(_HOLDERS, sentence):
            # the office the clause before names, else the sentence before
            clause = re.split(r";\s+", sentence[:m.start()])
            office = (ROLE_NOUN.search(clause[-2]) if len(clause) >= 2 else None) or ROLE_NOUN.search(prev_sentence)
            if office is None or not (about_subject or not names_other_body(sentence, subject)):
                continue
            for n in re.finditer(rf"{_HONORIFIC}?{_NAME}", m.group("list")):
                f = found(n.group("name"), cap_first(_singular(office.group(0).casefold())), True, None,
                          (m.start("list") + n.start(), m.start("list") + n.end()))
                if f:
                    f.current, f.period = (None if m.group("recent") else False), None
                    yield f
        for m in _finds(_POST_HELD_BY, sentence):
            # the post the sentence before names, or one of the two before it ("The airline is run
            # by a managing director and chief executive ... Gatty ran the company he founded
            # until his death. Since the turnaround the post has been held by ...")
            office = next((r for r in map(_section_role, reversed(told_before[-3:])) if r), None)
            if office is None or not (about_subject or not names_other_body(sentence[:m.start()], subject)):
                continue
            for entry in re.split(r",\s*(?:and\s+)?(?![^()]*\))|\s+and\s+(?![^()]*\))", m.group("list")):
                if "(" not in entry:
                    continue  # a holder without a term is told as one in a list of terms
                if f := _parse_entry(entry.strip(), office, source):
                    f.listed = True  # type: ignore[attr-defined]
                    yield f
        for m in _finds(_HELD_THE_POST, sentence):
            if m.group("origin") and not is_country(m.group("origin")):
                continue  # "Lord Burghley of the Olympic committee held the post": another body's
            # ("held the post as interim chief executive until 26 January": the post it names)
            as_role = re.match(rf"\s+as\s+(?:the\s+)?(?:its\s+)?(?P<role>(?:[\w-]+\s+){{0,2}}?{_ROLES})\b", sentence[m.end():])
            office = ROLE_NOUN.search(prev_sentence) if as_role is None else None
            led = _DID_LEAD.search(prev_sentence) if office is None and as_role is None else None
            ours_post = as_role is not None and _QUALIFIER.sub("", as_role.group("role")).casefold() in roles()
            if (office is None and led is None and as_role is None) or not (
                    about_subject or ours_post or not names_other_body(sentence, subject)):
                continue  # (a post its own leaders hold is its own, whatever other body the sentence names)
            if as_role is not None:
                role = _leader_role(as_role.group("role")) or cap_first(as_role.group("role"))
            elif office is not None:
                # the post as the sentence before wrote it ("the Colonel Commandant", not "Commandant")
                whole = re.search(rf"(?:[A-Z][\w-]*\s+){{0,3}}{re.escape(office.group(0))}", prev_sentence)
                role = cap_first(_singular((whole or office).group(0)))
            elif subject.is_owner(led.group("obj")):
                role = "Leader"  # "X led the federation from 1912 to 1946. Y held the post from 1976"
            else:
                continue
            holders = [m, *_AND_NAME_THEN.finditer(sentence, m.end())]
            for n in holders:
                f = found(n.group("name"), role, True, None, n.span())
                if f:
                    when = next((d for d in find_dates(sentence[n.end():n.end() + 60], bare_years=True) if d.year), None)
                    own = _period(sentence[n.end():n.end() + 60])
                    # each name's own time, not the sentence's first; "has held the post since
                    # July 2023" is a term still running
                    f.period = own[0] if own[0] and re.search(r"\d", own[0]) else (when.text if when else None)
                    f.current = own[1] if own[1] is not None else (False if f.current is None else f.current)
                    yield f
            after = _FOLLOWING.search(sentence, holders[-1].end())
            if after:
                for n in re.finditer(rf"{_HONORIFIC}?{_NAME}", after.group("list")):
                    f = found(n.group("name"), role, True, None, (after.start("list") + n.start(), after.start("list") + n.end()))
                    if f:
                        f.period, f.current = None, False
                        f.post_period, f.post_current = None, False
                        yield f
        for m in _BOARD_WHOSE.finditer(sentence) if ", whose " in sentence else ():
            if about_subject or not names_other_body(_without_asides(sentence), subject):
                f = found(m.group("name"), cap_first(m.group("role").strip()), True, None, m.span())
                if f:
                    then = [d for d in find_dates(sentence) if d.year and not d.is_range]
                    if re.search(r"\b(?:then|at\s+the\s+time)\b", m.group(0)) and len(then) == 1 \
                            and (f.period is None or _lone_date(f.period)):
                        # "the board, whose chairman was then Leif Johansson" on 25 July 2016: the
                        # post was his on that date, which is all the text tells of his term
                        d = then[0]
                        f.period = f"in {_MONTH_NAMES[d.month - 1]} {d.year}" if d.month else f"in {d.year}"
                        f.current = False
                    yield f
        for m in _WORKS_FOR.finditer(sentence):
            f = found(m.group("name"), f"Works for {m.group('body')}", False, None, m.span())
            if f:
                f.post_only, f.hedge = True, _reported_by(sentence[:m.start()])
                dates = find_dates(sentence)
                f.post_period = f"as of {dates[0].text}" if m.group("now") and len(dates) == 1 else None
                f.post_current = True if m.group("now") else None
                yield f
        self_styled = _SELF_STYLED.match(sentence)
        if self_styled and prev_leaders:
            ours, other = _owner_ok(subject, self_styled.group("owner"), "")
            f = found(prev_leaders[-1][0], _leader_role(self_styled.group("role")), False,
                      None if ours else other)
            if f:
                own = "his" if self_styled.group("pronoun") == "He" else "her"
                f.post_only, f.hedge = True, f"by {own} own account"
                f.post_period, f.post_current = None, None
                yield f
        for m in _TOOK_GOVERNMENT.finditer(sentence):
            f = found(m.group("name"), "Head of government", False, None, m.span())
            if f:
                dates = [d for d in find_dates(sentence) if d.start < m.start()]
                f.post_only = True
                f.post_period = f"from {dates[-1].text}" if dates else None
                yield f
        for m in _finds(_WAS_ROLE, sentence):
            owner, of = m.group("owner") or "", m.group("of")
            possessive = owner.endswith(("'s", "’s"))
            if (of and not subject.is_owner(of)) or (possessive and not subject.is_owner(owner)):
                continue  # "X was director of the Bank of England": another body's post
            # ("party leader" in a party's article: the post named by the organisation's kind)
            owned = owner.casefold() in {"its", "their"} or bool(of) or possessive or (
                not owner and m.group("role").split()[0].casefold() in subject.generic)
            if not m.group("dated") and not owned:
                continue  # "X was the president." names no time and no owner: whose post is unsaid
            if not owned and (m.group("role").casefold() in _GOVERNMENT_TITLES or (_MINISTER.search(m.group("role")) and not (
                    _MINISTRY_WORDS & (subject.words | subject.kind)))):
                # "Marković was prime minister from 2016 to 2020" in a party's article: the
                # country's office, which no word gives the party
                continue
            if owned or about_subject or not names_other_body(sentence, subject):
                f = found(m.group("name"), _leader_role(f"{m.group('ordinal') or ''}{m.group('role')}"), True, None,
                          m.span())
                if f:
                    later = _THEN_ITS_ROLE.match(sentence, m.end())
                    if later and _leader_role(later.group("role")):
                        # the post held last is the one a reader names the person by
                        f.role = _leader_role(later.group("role"))
                        f.period, f.current = _period(later.group("when"))
                    yield f
        for m in _WHOSE_ROLE.finditer(sentence) if ", whose " in sentence else ():
            body = m.group("body").strip()
            if not subject.is_owner(body) and not any(n.casefold() in body.casefold() for n in subject.names if len(n) > 2):
                f = found(m.group("name"), f"{cap_first(m.group('role').strip())} of {body}", False, body, m.span())
                if f:
                    yield f
        for m in _AMONG.finditer(sentence):
            if about_subject or not names_other_body(sentence, subject):
                f = found(m.group("name"), cap_first(_singular(m.group("role").split()[-1])), True, None, m.span())
                if f:
                    yield f
        for m in _finds(_NAMED_AS, sentence):
            owner = _NAMED_BY.match(sentence[:m.start()]) if m.group("role") and re.search(
                r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$", sentence[:m.start("role")]) else None
            if owner and not subject.mentioned_in(owner.group("np")) and not subject.is_subject_phrase(owner.group("np")):
                continue  # "Keizai Dōyūkai ... made Mutsuo Iwai ... its acting head": the body that named
            elector = re.search(r"\bthe\s+(?P<body>(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*){0,4})\s+(?:re-?)?elected\s+$",
                                sentence[:m.start("name_b")]) if m.group("name_b") else None
            if elector and re.search(r"\bas\s+(?:its|their)\s", sentence[m.end():m.end() + 120]) \
                    and not subject.mentioned_in(elector.group("body")) and not subject.is_owner(elector.group("body")) \
                    and not subject.is_subject_name(elector.group("body")):
                # "At its 48th congress ... the SUS elected Júlíus Viggó Ólafsson ... as its chairman":
                # another body (the party's youth federation) chose its own head
                continue
            if m.group("role") and re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$", sentence[:m.start("role")]) \
                    and (whose := _last_possessor(sentence[:m.start()])) is not None and not subject.is_owner(whose) \
                    and not subject.is_subject_name(whose) and not subject.mentioned_in(whose):
                # "The NCHR's first chairman was X, and in November 2021 President Arif Alvi
                # appointed Y as its chairperson": the body the clause before spoke of
                continue
            if m.group("role") and re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$", sentence[:m.start("role")]) \
                    and (board := _BOARD_OF.match(sentence[:m.start()])) is not None \
                    and not subject.is_owner(board.group("n")) and not subject.is_subject_name(board.group("n")) \
                    and not subject.mentioned_in(board.group("n")):
                # "the management board of Frontex, the European border agency, chose Leijtens as
                # its executive director": the body whose board chose
                continue
            # (a body named only in what an aside after the name says of the person is no other
            # body's choice: "Tata named Ilker Ayci, a former chairman of Turkish Airlines, as
            # chief executive")
            said_of = re.match(rf"{_NAME}(?P<aside>,\s+[^,;]{{1,140}}?,)(?=\s+as\s)", sentence[m.start("name"):]) \
                if m.group("name") else None
            unsaid = sentence[:m.start("name") + said_of.start("aside")] + sentence[m.start("name") + said_of.end("aside"):] \
                if said_of else sentence
            if about_subject or not names_other_body(unsaid, subject):
                role = _leader_role(m.group("role") or m.group("role_b") or "") or _post_by_verb(
                    sentence[m.start("name" if m.group("name") else "name_b"):]) or "Leader"
                if m.group("role") and re.match(r"\s+to\s+(?:the\s+)?(?-i:[A-Z])", sentence[m.end("role"):]):
                    continue  # "named Toropo high commissioner to New Zealand": an envoy's post, elsewhere
                if (role.casefold() in _GOVERNMENT_TITLES or _MINISTER.search(role) and not (
                        _MINISTRY_WORDS & (subject.words | subject.kind))) and not re.search(r"\b(?:its|their)\s", m.group(0)):
                    # "the Bundestag elected Friedrich Merz as chancellor": the country's head; "the
                    # government named Carl Dunn finance minister" in an agency's article: its minister
                    continue
                if m.group("role") and m.group("role").split()[-1][:1].isupper() and \
                        (title := re.match(r"\s+((?-i:[A-Z])[a-z]+)\b(?!\s+(?-i:[A-Z]))", sentence[m.end("role"):])):
                    # "as interim Chief Statistician": a title of capitalised words is one post
                    role = _leader_role(f"{m.group('role')} {title.group(1)}") or role
                f = found(m.group("name") or m.group("name_b"), role, True, None, m.span())
                aside = re.match(rf"{_NAME}(?P<aside>,\s+[^,;]{{1,140}}?,)", sentence[m.start("name"):]) \
                    if f and m.group("name") else None
                if f and aside and re.match(r"(?i)(?:since|from)\s", f.period or "") \
                        and set(_YEAR.findall(aside.group("aside"))) & set(_YEAR.findall(f.period or "")):
                    # ("named André Loranger, an assistant chief statistician since 2013 ..., as
                    # interim Chief Statistician": the aside's "since 2013", which made the term
                    # one held from then and still, is the other post's)
                    start, end = m.start("name") + aside.start("aside"), m.start("name") + aside.end("aside")
                    f.period, f.current = _period(_near(sentence[:start] + sentence[end:], (m.start(), m.end() - (end - start))))
                if f:
                    yield f
        for m in _finds(_NAMED_AS_POST_FIRST, sentence):
            role = _leader_role(m.group("role"))
            if not role or role.casefold() in _GOVERNMENT_TITLES or _MINISTER.search(role) \
                    or not (about_subject or not names_other_body(sentence, subject)):
                continue
            f = found(m.group("name"), role, True, None, m.span())
            if f:
                yield f
        for m in _PRONOUN_ELECTED.finditer(sentence) if (" he " in sentence or " she " in sentence) else ():
            # "Gaddafi's campaign ... dominated the summits of those years, and on 2 February 2009
            # he was elected chairperson of the Union": the one person the sentence named before
            # the pronoun, by name or surname; never a guess between two
            # (or named in passing before, with no post: "the Canadian businessman David McTaggart
            # sailed ...", then "In 1979 McTaggart brokered an agreement ..., and he became its first
            # chairman")
            before = sentence[:m.start()]
            named = {n for n in (*known(), *in_passing.values()) if len(n.split()) >= 2 and (
                n in before or re.search(rf"(?<![\w-]){re.escape(n.split()[-1])}(?![\w-])", before))}
            role = _leader_role(m.group("role"))
            if len(named) != 1 or not role or role.casefold() in _GOVERNMENT_TITLES:
                continue
            if m.group("of") and not _of_ok(subject, m.group("of"), m.group("role"))[0]:
                continue
            if not m.group("of") and not (about_subject or not names_other_body(sentence, subject)):
                continue
            f = found(named.pop(), role, True, None, m.span())
            if f:
                f.period, f.current = _period(sentence[max(before.rfind(", and "), 0):m.end()])
                if f.period is None and (opening := _OPENING_DATE.match(sentence)):
                    # ("In 1979 McTaggart brokered an agreement ..., and he became its first
                    # chairman": the date that opens the sentence dates both its clauses)
                    f.period, f.current = _period(opening.group(0) + m.group(0))
                yield f
        stayed = _PRONOUN_STAYED.match(sentence) if len({n for n, _ in prev_leaders}) == 1 else None
        if stayed:
            # "..., and he became its first chairman. He stayed in the chair until 1991": the
            # end of the term of the one leader the sentence before named
            f = found(prev_leaders[-1][0], prev_leaders[-1][1], True, None, stayed.span())
            if f:
                f.period, f.current = _period(stayed.group("until"))
                yield f
        for m in _NAMED_PRONOUN.finditer(sentence) if leaders_here and (" her " in sentence or " him " in sentence) else ():
            # the leader the sentence named last before the pronoun
            before = [n for n, _ in leaders_here if n in sentence[:m.start()]]
            role = _leader_role(m.group("role"))
            if before and role and role.casefold() not in _GOVERNMENT_TITLES \
                    and (about_subject or not names_other_body(sentence, subject)):
                f = found(before[-1], role, True, None, m.span())
                if f:
                    # dated by its own clause, not by the name's ("became acting director in
                    # September 2022, and on 27 March 2023 the board named her director")
                    cut = max(sentence.rfind(", and ", 0, m.start()), sentence.rfind(";", 0, m.start()))
                    f.period, f.current = _period(sentence[cut + 1 if cut >= 0 else 0:m.end()])
                    yield f
        for m in _NAMED_SEVERAL.finditer(sentence) if " and " in sentence else ():
            if about_subject or not names_other_body(sentence, subject):
                role = _leader_role(_singular(m.group("role"))) or "Leader"
                if role.casefold() in _GOVERNMENT_TITLES:
                    continue
                # the year of the appointment: the latest the sentence gives up to the names
                years = re.findall(r"\b(?:1[89]\d\d|20\d\d)\b", sentence[:m.end("names")])
                for name in re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group("names")):
                    at = sentence.find(name, m.start())
                    f = found(name, role, True, None, (at, at + len(name)))
                    if f:
                        if years:
                            f.named_in = int(years[-1])  # type: ignore[attr-defined]
                            f.period = f.period or years[-1]
                        yield f
        for m in _NAME_FOUNDED.finditer(sentence):
            what = m.group("what")
            relative = re.search(r"(?P<ante>[^,;]{1,80}?),?\s+(?:which|that)\s+$", sentence[:m.start()])
            if relative:
                # "The Alba Party, which Salmond founded in 2021 after leaving the SNP": what was
                # founded is the one the relative clause hangs on, not what follows the verb
                what = relative.group("ante")
            elif re.match(r"(?i)(?:in|on|at|after|before|during|with|from|by|when|as|together)\b", what):
                continue  # no object after the verb: what was founded is told elsewhere
            if subject.is_owner(what) or any(n.casefold() in what.casefold() for n in subject.names if len(n) > 2):
                f = found(m.group("name"), "Founder", True, None, m.span())
                if f:
                    f.period, f.current, f.post_period, f.post_current = None, None, None, None
                    yield f
        # Someone named only with a rank ("a company led by Captain Jean Danjou", "Colonel Bernard
        # Grué ... was chosen to carry the relic") is named all the same, and the rank is all the
        # article says of their part then: the full profile lists them among the others named.
        # Whoever the sentences above made a leader keeps that post (`extract_people` merges).
        for m in _RANK_BEFORE_NAME.finditer(sentence):
            whole = " ".join(sentence[m.start():m.end()].split())
            name = _clean_name(m.group("name"))[0]
            rank = whole[:whole.rfind(name)].strip(" .") if name in whole else ""
            # a courtesy title is no part played ("Sir", "Dr"); a name cut at an initial ("Roland
            # L") or a common noun after the rank ("General Order Number 5") is no one
            if not rank or _COURTESY.fullmatch(rank) or re.search(r"\b[A-Z]$", name) or \
                    re.search(r"\b(?:Order|Number|Staff|Headquarters|Assembly|Secretary|Command)\b", name):
                continue
            f = found(name, rank, False, None, m.span())
            if f:
                yield f
        # (last: the post is the one the patterns above found this sentence naming)
        for m in _finds(_IN_HIS_PLACE, sentence):
            # (the leader the sentence before named, only when this one names no one else before
            # the pronoun: "the finance minister, Tom Lind, resigned, and the president appointed
            # Anna Berg in his place" is the minister's place)
            named_here = [n.group("name") for n in _NAME_RX.finditer(sentence[:m.start()])
                          if is_name(_clean_name(n.group("name"))[0])]
            heads = [r for n, r in leaders_here if n not in m.group(0) and 0 <= sentence.find(n) < m.start()] \
                or ([r for n, r in prev_leaders[-1:] if n not in m.group(0)] if not named_here else [])
            if heads and (f := found(m.group("name"), _QUALIFIER.sub("", heads[-1]), True, None, m.span("name"))):
                # dated by the sentence's opening date ("On 14 March 1998 the committee removed X,
                # president since 1996, and appointed Y in his place"), not by an aside's
                opening = re.match(r"\s*(?:On|In|By)\s+([^,;]{0,30}?\d{4})\b", sentence)
                f.period, f.current = (opening.group(1), None) if opening else (None, None)
                f.post_period, f.post_current = None, None
                yield f
        for m in _finds(_HELD_BEFORE, sentence):
            # the post a leader of ours named earlier in this sentence was given ("elected X as
            # its chairman; the post had been held ... by Y"); a post of another body's, or one
            # named in another sentence, is not known to be the one meant
            heads = [r for n, r in leaders_here if n not in m.group(0) and 0 <= sentence.find(n) < m.start()]
            if not heads:
                continue
            post = _QUALIFIER.sub("", heads[-1])
            role = cap_first(f"interim {post[:1].lower()}{post[1:]}") if m.group("tmp") else post
            if f := found(m.group("name"), role, True, None, m.span("name")):
                f.current = False  # held before the one just given it
                yield f
        for m in _finds(_SHE_SUCCEEDED, sentence):
            if re.match(r"\s+as\b", sentence[m.end():]):
                continue  # "he succeeded X as chairman": the post is named, `_SUCCEEDED`'s
            before = _named_before(leaders_here, sentence[:m.start()]) \
                or _named_before(prev_leaders, sentence[:m.start()])[-1:] or prev_leaders[-1:]
            if before:
                f = found(m.group("name"), _followed_post(before[-1][1], sentence), True, None, m.span("name"))
                if f:
                    f.period, f.current = None, False
                    f.post_period, f.post_current = None, False
                    yield f
    yield from _declined(sentence, leaders_here, None)  # the last sentence's own, named in it


# "Francisco Javier Girón y Ezpeleta, 2nd Duke of Ahumada": a peer is called by the place of the
# title ("Ahumada led the corps"), as "Arthur Wellesley, 1st Duke of Wellington" is Wellington
_TITLED = re.compile(rf"{_NAME},\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:Duke|Duchess|Earl|Count|Countess|Marquess|Marquis|"
                     rf"Baron|Baroness|Viscount)\s+of\s+(?P<title_place>[A-Z][\w'’-]+)\b(?!\s+[A-Z])")


_NICKNAMED = re.compile(rf"(?P<first>[{_UPPER}][\w'’-]+(?:\s+[{_UPPER}][\w'’-]+)?)\s+[\"“](?P<nick>[{_UPPER}][\w'’-]+)[\"”]\s+"
                        rf"(?P<rest>(?:[{_UPPER}][\w'’-]+|{_PARTICLE})(?:\s+(?:[{_UPPER}][\w'’-]+|{_PARTICLE})){{0,5}})"
                        rf"(?<![a-z]\s[a-z])(?<=[\w'’-])")


def _aliases_in_text(profile: Profile) -> Iterator[tuple[str, list[str], Source | None]]:
    for sentence, source, _ in _sentences(profile):
        for m in _ALIAS.finditer(sentence):
            names = [n for n in _NAME_RX.finditer(sentence[: m.start()])
                     if is_name(_clean_name(n.group("name"))[0]) and m.start() - n.end() <= 40]
            if names:
                yield _clean_name(names[-1].group("name"))[0], [a for a in (m.group("alias"), m.group("alt")) if a], source
        for m in _OTHER_NAME.finditer(sentence):
            name, other = _clean_name(m.group("name"))[0], _clean_name(m.group("other"))[0]
            if is_name(name) and is_name(other) and other != name:
                yield name, [other], source
        for m in _TITLED.finditer(sentence):
            name = _clean_name(m.group("name"))[0]
            if is_name(name):
                yield name, [m.group("title_place")], source
        for m in _NICKNAMED.finditer(sentence):
            # 'María Isabel "Chicha" Chorobik de Mariani', later "Chicha Mariani": the name in
            # quotes with the last one (and, after a particle, "Licha de la Cuadra")
            name = _clean_name(f"{m.group('first')} {m.group('rest')}")[0]
            rest = m.group("rest").split()
            tail = next((rest[i:] for i in range(len(rest) - 1) if rest[i].casefold() in _PARTICLES
                         and all(w.casefold() in _PARTICLES or w[:1].isupper() for w in rest[i:])), None)
            aliases = [f"{m.group('nick')} {rest[-1]}"]
            if tail:
                aliases.append(f"{m.group('nick')} {' '.join(w.casefold() if w.casefold() in _PARTICLES else w for w in tail)}")
            if is_name(name):
                yield name, aliases, source


# ("in 2023": a list's lone year with a later line after it, a term within that year)
_CLOSED_TERM = re.compile(r"(?:1[5-9]\d\d|20\d\d)\s*[–—-]\s*(?:1[5-9]\d\d|20\d\d)|in\s+(?:1[5-9]\d\d|20\d\d)")


_SPAN = re.compile(r"(1[5-9]\d\d|20\d\d)\s*[–—-]\s*(1[5-9]\d\d|20\d\d)")


def joined_terms(terms: str) -> str:
    """Closed terms ("2005–2006, 2006–2007") with each term that begins the year the one before
    it ended joined to it ("2005–2007").

    Judgement rule: a list that names one person in two rows whose years meet (Airbus's
    co-chief executive beside one partner, then beside the next) tells one stretch in the post
    told in two parts; a reader takes "2005–2006, 2006–2007" for a break that never happened.
    Terms with a year between them ("2013–2015, 2024–2025") stay apart, as do terms of
    another form ("in 2010")."""
    out: list[str] = []
    for term in (t.strip() for t in terms.split(",")):
        this = _SPAN.fullmatch(term)
        last = _SPAN.fullmatch(out[-1]) if out else None
        if this and last and this.group(1) == last.group(2):
            out[-1] = f"{last.group(1)}–{this.group(2)}"
        else:
            out.append(term)
    return ", ".join(out)


def _within_term(moment: str, term: str) -> bool:
    """Whether `term` is a closed span of years ("1996 to 2006", "1996–2006") that holds the
    year of `moment`, after its first year (a moment in the first year may be the start)."""
    m = re.fullmatch(r"\s*(1[5-9]\d\d|20\d\d)\s*(?:[–—-]|\s+to\s+)\s*(1[5-9]\d\d|20\d\d)\s*", term)
    year = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", moment)
    return bool(m and year and int(m.group(1)) < int(year.group(1)) <= int(m.group(2)))


def _refines(period: str, shown: str) -> bool:
    """Whether `period` tells the start `shown` gives more closely: "since August 2024" for
    "since 2024" (the same year, a month or a day more)."""
    m = re.fullmatch(r"since\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?P<y>\d{4})", period)
    return m is not None and shown == f"since {m.group('y')}"


def _dated_start(start: str, term: str) -> str | None:
    """"December 2014–2022" for a start "December 2014" (or "in December 2014") and a term
    "2014–2022" that opens the same year; else None."""
    m = re.fullmatch(r"(?:(?:in|from)\s+)?(?P<d>(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?P<y>\d{4}))", start.strip())
    t = re.fullmatch(r"(?P<y>\d{4})\s*[–—-]\s*(?P<e>\d{4})", term.strip())
    if m is None or t is None or m.group("y") != t.group("y"):
        return None
    return f"{m.group('d')}–{t.group('e')}"


def _closed_terms(period: str) -> bool:
    """"2012–2013, 2018–2021": every term of a period is closed."""
    return all(_CLOSED_TERM.fullmatch(t.strip()) for t in period.split(", "))


def _earlier(term: str, role: str | None, now: str | None) -> str:
    """An earlier term as shown beside the present one: the bare years when it was the same post
    ("2021–2024"), else with its post ("chairman 2012–2013", beside "Honorary Chairman")."""
    if not role or not now or role.casefold() == now.casefold():
        return term
    return f"{role if role.split()[0].isupper() else role[:1].lower() + role[1:]} {term}"


def _is_head_of(head: str, deputy: str) -> bool:
    """Whether `head` is the post `deputy` stands in for: "Commander" of "Vice commander",
    "Chairman" of "Deputy chairman", "Leader" of "Deputy leader"."""
    bare = re.sub(r"(?i)^(?:acting|interim|caretaker|first|new)\s+", "", head.strip())
    rest = re.sub(r"(?i)^(?:vice|deputy|co-deputy)[\s-]+", "", deputy.strip())
    return bool(bare) and rest != deputy.strip() and _post(bare) is not None and _post(bare) == _post(rest)


# Words that open a father's or an ancestor's name within a person's (`extract_people.key_of`).
_LINEAGE = frozenset({"bin", "ibn", "bint", "binti", "ould", "ben"})


def _one_entry_per_person(people: dict[str, Person], order: list[str]) -> None:
    """Fold an entry named by another's alias into that other: "Geely's founder, Li Shufu, also
    known as Eric Li, became chairman" and the infobox's "Eric Li (Chairman)" are one person,
    named as the text names him in full, who leads as chairman. The entry that leads gives the
    role; the first told keeps its place."""
    for k in list(order):
        p = people.get(k)
        if p is None or k not in order:
            continue
        for alias in p.aliases:
            a = alias.casefold()
            q = people.get(a)
            if q is None or q is p or a not in order:
                continue
            if q.leader and not p.leader:
                p.role, p.leader, p.period, p.current = q.role, True, p.period or q.period, q.current
            else:
                p.period = p.period or q.period
                p.current = p.current if p.current is not None else q.current
            p.source = p.source or q.source
            if q.name not in p.aliases and q.name.casefold() != p.name.casefold():
                p.aliases.append(q.name)
            at = min(order.index(k), order.index(a))
            order.remove(a)
            order.remove(k)
            order.insert(at, k)
            del people[a]


# What only a body has: a head, a board, shareholders, an arm ("Henri Ziegler, the head of
# Aérospatiale"; "Aérospatiale's board").
_OF_A_BODY = r"(?:head|chief\s+executive|chairman|chairwoman|boss|shareholders?|subsidiary|arm|division|board)"


def _a_body(name: str, text: str) -> bool:
    """Whether the text treats `name` as a body: "the head of X", "X's board". An infobox's
    founders may be firms ("Founders: Aérospatiale, Deutsche Airbus", the two shareholders of
    Airbus Industrie), which no person is spoken of so."""
    n = re.escape(name)
    if name not in text:
        return False
    return bool(re.search(rf"\b{_OF_A_BODY}\s+of\s+(?:the\s+)?{n}(?![\w'’–-]|\s+[A-Z])|\b{n}(?:'s|’s)\s+{_OF_A_BODY}\b", text))


def extract_people(profile: Profile) -> list[Person]:
    """Everyone the profile names with a role or an alias; leaders flagged on evidence (above).

    Order: leaders first (infobox, then leadership sections, then text), then others in
    reading order. One person is one entry: later evidence adds a role, a period or the leader
    flag, and a leader's role beats a descriptive one."""
    subject = Subject(profile)
    people: dict[str, Person] = {}
    order: list[str] = []
    weak: set[str] = set()  # roles that were only a parenthetical qualifier in the infobox
    term_roles: dict[tuple[str, str], str | None] = {}  # the role each stated term was held in
    occasional: set[str] = set()  # whose term shown is the date a post was named on in passing
    said_on: dict[str, str] = {}  # whose post the text names only beside a dated statement, and that date
    guessed_start: set[str] = set()  # whose term start was read from a sentence's bare date (`_add`)

    list_rows: set[str] = set()  # the names the leadership lists give, one a row (`key_of`)

    def key_of(name: str) -> str:
        k = name.casefold()
        if k in people:
            return k
        # "De Valera resigned" after "Éamon de Valera": a surname's particle is capitalised at
        # the start of a sentence, and the surname is the person named in full before
        words = k.split()
        if len(words) >= 2 and words[0] in _PARTICLES:
            full = [o for o in people if o.endswith(" " + k) and len(o.split()) > len(words)]
            if len(full) == 1:
                return full[0]
        # "William Boeing resigned as chairman" after "William E. Boeing": a first name and a
        # surname are the one person the text named with them and a middle name or initial
        if len(words) == 2:
            fuller = [o for o in people if len(o.split()) > 2 and (o.split()[0] == words[0] and o.split()[-1] == words[1]
                                                                   or _name_core(o.split()) == words)]
            if len(fuller) == 1:
                return fuller[0]
            # "succeeded Shamsul Azhar as president" after "Shamsul Azhar Abbas": a name's first
            # two words, where the last is a father's name (Malay, Arabic) the text drops
            fuller = [o for o in people if len(o.split()) == 3 and o.split()[:2] == words]
            if len(fuller) == 1:
                return fuller[0]
            # "Solomon Hawala" in a list after "Dumeni Solomon Hawala" in the prose: a name's
            # last two words, the first of three given names the list leaves out
            fuller = [o for o in people if len(o.split()) == 3 and o.split()[1:] == words
                      and o.split()[0] not in _PARTICLES]
            if len(fuller) == 1:
                return fuller[0]
        # (and the other way round: "Dumeni Solomon Hawala" after "Solomon Hawala")
        # (not two rows of a list of holders: "Jules Castonguay" and his son "Nelson Jules
        # Castonguay", each a row of his own)
        if len(words) == 3 and words[0] not in _PARTICLES and " ".join(words[1:]) in people \
                and not (k in list_rows and " ".join(words[1:]) in list_rows) \
                and not any(o != k and len(o.split()) == 3 and o.split()[1:] == words[1:] for o in people):
            return " ".join(words[1:])
        # "W. Craig Fugate" and "Julius W. Becton Jr." in a list after "Craig Fugate" and "Julius
        # Becton" in the prose: initials and a generation's suffix are the same person's
        core = _name_core(words)
        if len(core) >= 2 and core != words:
            same = [o for o in people if o.split() == core or (o != k and _name_core(o.split()) == core)]
            if len(same) == 1:
                return same[0]
        # "Prince Sadruddin Aga Khan" in the prose after "Sadruddin Aga Khan" in a table: a title
        # of birth or rank before the name the article gives elsewhere without it
        if len(words) >= 3 and words[0] in _BIRTH_TITLES and " ".join(words[1:]) in people:
            return " ".join(words[1:])
        # "Tafasse Habte Mikael" after "Fitawrari Tafasse Habte Mikael", or the other way round:
        # a word before a name of three words or more that the article also gives without it is
        # a title the list does not know (an Ethiopian, Malay or chiefly one), not another person
        # (a title is a word, not an initial: "A. K. M. Shahidur Rahman" is not "K. M. Shahidur Rahman")
        if len(words) >= 4 and _TITLE_WORD.fullmatch(words[0]) and " ".join(words[1:]) in people:
            return " ".join(words[1:])
        if len(words) >= 3:
            titled = [o for o in people if len(o.split()) == len(words) + 1 and o.split()[1:] == words
                      and _TITLE_WORD.fullmatch(o.split()[0])]
            if len(titled) == 1:
                return titled[0]
        # "Sheikh Hamdan" and "Sheikh Hamdan bin Mohammed" after "Sheikh Hamdan bin Mohammed bin
        # Rashid Al Maktoum": a name cut before its lineage ("bin", "ibn", "bint", "ould"), which
        # the text drops once it has given it, is the one person it gave it for
        lineage = [o for o in people if len(o.split()) > len(words) and o.split()[:len(words)] == words
                   and o.split()[len(words)] in _LINEAGE]
        if len(lineage) == 1:
            return lineage[0]
        # "Laʻaulialemalietoa Leuatea Polataivao Fosi" after "Laʻaulialemalietoa Leuatea Polataivao
        # Fosi Schmidt" (the infobox's, a list's): a name of four words or more, cut where a
        # sentence's pattern ends its count of words, is the one longer name it opens
        if len(words) >= 4:
            opened = [o for o in people if len(o.split()) > len(words) and o.split()[:len(words)] == words]
            if len(opened) == 1:
                return opened[0]
        # "Andronnikov" after "Maximilian Andronnikov"; "Ivanishvili" ... only full names are keys.
        return k

    whole: list[str] = []

    def _written_without(name: str, title: str) -> bool:
        """Whether the text writes `name` somewhere without `title` before it: a name of five
        words ("Tengku Muhammad Taufik Tengku Aziz") read four words at a time is not the
        article naming him without his title."""
        if not whole:
            whole.append(" ".join(" ".join(t.split()) for t, _, _ in _sentences(profile)))
        return re.search(rf"(?<!{re.escape(title)}\s){re.escape(name)}", whole[0]) is not None

    outright: set[str] = set()  # who is told a leader other than by a post named in passing ("the bank's X, Y,")

    def add(f: _Found, aliases: list[str] | None = None) -> None:
        k = key_of(f.name)
        p = people.get(k)
        if p is not None and len(f.name.split()) >= 3 and p.name.casefold().split()[1:] == f.name.casefold().split() \
                and _TITLE_WORD.fullmatch(p.name.split()[0]) and _written_without(f.name, p.name.split()[0]):
            p.name = f.name  # "Tafasse Habte Mikael": named without the title before the name (`key_of`)
        if p is None:
            p = people[k] = Person(name=f.name, role=None if f.post_only else f.role, source=f.source)
            order.append(k)
        had = p.role
        if not f.post_only:
            _add(p, k, f)
            if f.leader and not hasattr(f, "occasion"):
                outright.add(k)
            if f.leader and getattr(f, "said_on", None) and not f.period:
                said_on.setdefault(k, f.said_on)
            elif f.leader and (f.period or f.current is not None):
                said_on.pop(k, None)  # a term or a time the text tells otherwise
            if f.leader and f.period and p.period == f.period:
                # the term shown is a date the post was named on in passing, or a term told
                if getattr(f, "occasion", False):
                    occasional.add(k)
                else:
                    occasional.discard(k)
        _second_post(p, had, f)
        for a in aliases or []:
            if a not in p.aliases and a.casefold() != p.name.casefold():
                p.aliases.append(a)

    def _add(p: Person, k: str, f: _Found) -> None:
        # The infobox names today's post ("Akio Toyoda (Chairman)"): a list's closed term or a
        # sentence about an earlier post ("became president in 2009") does not replace it. Only
        # a bracket that contradicts its key ("Current Commander: X (speaker)") is weak.
        if f.leader and (not p.leader or (k in weak and f.role and f.role != "Leader")):
            weak.discard(k)
            p.leader = True
            if f.role:
                p.role = f.role
        elif f.role and (p.role is None or (f.leader and not ROLE_NOUN.search(p.role or ""))
                         # founding is no office: a post the founder holds names the person better
                         # (and "Leader" where the infobox names the head's post so, `leader_keyed`:
                         # "Founders: Laura Pollán; Berta Soler" beside "Leader: Berta Soler")
                         or (f.leader and re.fullmatch(r"(?i)(?:co-?)?founders?", p.role or "")
                             and not re.search(r"(?i)founder", f.role)
                             and (f.role.casefold() != "leader" or leader_keyed) and f.current is not False
                             and not re.search(r"\d{4}\s*[–—-]\s*(?:\w+\s+)?\d{4}", f.period or ""))
                         # a generic word for the head ("Heads of the agency include:", "led by
                         # X") gives way to the post the text names ("became director in 1993");
                         # an acting or interim term stays the list's ("Risto Siilasmaa (interim,
                         # 2013–2014)" in a list of chief executives, who "chaired the board")
                         # (not to a deputy's post: "Commander" in a table of commanders
                         # and "the vice commander, Elmar Mäder, was promoted to succeed him")
                         # (nor where the infobox names the head "Leader", `leader_keyed`: there
                         # the word is the post's name, and Pheu Thai's "Secretaries-general have
                         # included Jarupong ..." names another post of a leader its list gives)
                         or (f.leader and p.role in ("Leader", "Commander", "Head")
                             and f.role not in ("Leader", "Commander", "Head") and not SECONDARY_ROLE.search(f.role)
                             and not (leader_keyed and p.role == "Leader"))
                         # a deputy who rose to the head's post is told by the head's post: "the
                         # vice commander, Christoph Graf, ran the guard" and the table of
                         # commanders naming him; a deputy's post is only a step on the way
                         or (f.leader and p.leader and SECONDARY_ROLE.search(p.role or "")
                             and not SECONDARY_ROLE.search(f.role) and _is_head_of(f.role, p.role or ""))
                         # another body's post, told with whose it is: "Chairman" -> "Chairman of BG Group"
                         or (not f.leader and not p.leader and p.role is not None
                             and f.role.casefold().startswith(p.role.casefold() + " of "))):
            p.role = f.role
        elif f.leader and f.role and p.role and _QUALIFIER.match(p.role) and not _QUALIFIER.match(f.role) \
                and _same_post(f.role, p.role) and _confirmed_later(f.period, p.period):
            # "became acting executive director in September 2022, and on 27 March 2023 the
            # board named her executive director": the post itself, given after the acting
            # term began, is the one held. Undated or as early, the same post unqualified (a
            # list of holders naming the interim one among them) leaves the qualifier.
            p.role = f.role
        elif f.leader and f.role and re.fullmatch(r"(?i)(?:co-?)?founders?", p.role or "") \
                and not re.search(r"(?i)founder", f.role) \
                and (f.role.casefold() != "leader" or getattr(f, "titled", False) or leader_keyed) \
                and (f.period or f.current is False):
            # A founder who held a post for a closed term ("field commander (2014–2023)"):
            # both, since "Founder, 2014–2023" dates no office and the post alone hides the founding.
            post = f.role[:1].lower() + f.role[1:] if not f.role.split()[0].isupper() else f.role
            p.role = f"{p.role}{', ' if ' and ' in post else ' and '}{post}"
        if not p.leader and f.affiliation and p.affiliation is None:
            p.affiliation = f.affiliation
        if f.leader:
            p.affiliation = None
            bare = bool(f.period) and not re.search(r"(?i)since|from|until|present|[–—-]|\d\s+to\s+\d", f.period or "")
            if f.period and f.role and p.role and f.role != p.role and not _same_post(f.role, p.role) \
                    and (bare or (p.current is True and f.current is not True and not _CLOSED_TERM.fullmatch(f.period)
                                  and _head_noun(f.role) != _head_noun(p.role))):
                # "In May 2018 Berg returned as party chairman" dates that post, not the
                # honorary one held now: the date goes with the second post (`_second_post`);
                # so does the start of a term of another post beside the one the infobox says
                # is held now (Novo Nordisk's "Lars Rebien Sørensen (chair)" and a table of chief
                # executives' "Lars Rebien Sørensen || 2000": chief executive from 2000; a
                # closed term is kept as an earlier one, below)
                f = _with_term(f, None, None)
            if f.period and bare and p.current is True and f.current is None and not getattr(f, "listed", False):
                # a sentence's bare date beside a holder the infobox shows in office now is the
                # day the term began ("a congress elected Lind chairman again on 7 May 2025"); a
                # list's lone year ("Mercedes González (2023)") is a term within it, not a start
                f = _with_term(f, f"since {f.period}", True)
                f.guessed = True  # type: ignore[attr-defined]
                guessed_start.add(k)  # a later "since ..." the text states says it better
            elif k in guessed_start and f.current is True and (f.period or "").startswith("since ") \
                    and p.period != f.period:
                # "On 4 August 2025 the board voted that Losa would succeed Tymkiv on 10 December",
                # then "... and, since December 2025, Lorenzo Losa": the term as the text states it
                p.period = f.period
                guessed_start.discard(k)
            if f.period:
                term_roles.setdefault((k, f.period), f.role)
            if f.period and f.current is not True and p.current is True and _CLOSED_TERM.fullmatch(f.period):
                # The infobox names today's holder and a list gives a closed term of theirs
                # ("Irakli Kobakhidze (2021–2024)"): an earlier term, not the present one.
                if not any(e.endswith(f.period) for e in p.earlier):
                    p.earlier.append(_earlier(f.period, f.role, p.role))
            elif f.period and f.current is True and p.period and _closed_terms(p.period) \
                    and f.period.startswith("since ") and (start := _first_year(f.period)) is not None \
                    and (not f.role or not p.role or _same_post(f.role, p.role)) \
                    and any(int(t[0]) <= start[0] < int(t[-1]) for t in
                            (re.findall(r"\d{4}", term) for term in p.period.split(", ")) if t):
                # "Acosta left that year, and Sandoval succeeded him" (in 1989) and a table's
                # "Sandoval || 1989 || 1991": the sentence tells when the term the table closes
                # began, not a term still running
                p.current = False
            elif f.period and f.current is True and p.period and _closed_terms(p.period):
                # "(2021–2024)", then "(since May 2025)": the present term is the period, and
                # the closed ones stay as earlier terms.
                closed_role = term_roles.get((k, p.period))
                p.earlier += [_earlier(t, closed_role, f.role or p.role) for t in p.period.split(", ")]
                closed_end = max((y for t in p.earlier for y in map(int, re.findall(r"\d{4}", t))), default=0)
                # (a list's line says what is held now; a sentence's "since April 2014" may be told
                # of a time long past: "Maher, chief communications officer since April 2014, was
                # chosen" in 2016)
                other_post = getattr(f, "listed", False) and bool(closed_role and f.role) \
                    and not _same_post(closed_role, f.role)
                if other_post or (_first_year(f.period) or (0,))[0] >= closed_end:
                    # ("Daniel Ek (2006–2025)" as chief executive, "(since 2016)" as chairman:
                    # another post, held beside the closed one and on after it)
                    # "Viktor Orbán (1993–2000)" then "(since 2003)": in office now; not a term
                    # "since 2013" told before a closed one of 2014-2023 (a deputy's, an old "now")
                    p.current = True
                p.period = f.period
            elif f.period and (p.period is None or (p.current is None and f.current is not None)):
                p.period = f.period
            elif f.period and p.period and f.current is not False and not getattr(f, "guessed", False) \
                    and _refines(f.period, p.period):
                p.period = f.period  # "since 2024" in a list, "since August 2024" in a sentence
            elif f.period and p.period and _lone_date(p.period) and _within_term(p.period, f.period) \
                    and (not f.role or not p.role or _same_post(f.role, p.role)):
                # "Mkapa was confirmed as party chairman ... in mid-November 1997" and "Benjamin
                # Mkapa (1996 to 2006)" in a list of chairmen: a moment within the term, which the
                # list tells whole
                p.period = f.period
            elif f.period and p.period and (dated := _dated_start(p.period, f.period) or _dated_start(f.period, p.period)):
                # "In December 2014 Abadula Gemeda became chairman" and "Abadula Gemeda (2014–2022)"
                # in a list: the term, from the month the sentence gives ("to 8 June 2023" had
                # been read from the chairman after the next)
                p.period = dated
            elif f.period and p.period and f.period not in p.period and _CLOSED_TERM.fullmatch(f.period) \
                    and all(_CLOSED_TERM.fullmatch(t) for t in p.period.split(", ")) \
                    and (not f.role or not p.role or f.role == p.role or _same_post(f.role, p.role)):
                # (a term of another post is that post's: Girma Wake's years as chairman are no
                # years as chief executive, `_second_post`)
                # "Irakli Garibashvili (2013–2015)" and "(2024–2025)" in one list: both terms
                p.period = joined_terms(f"{p.period}, {f.period}")
            # The first evidence of the present wins: an infobox names today's office holder even
            # when a list also shows an earlier, closed term of the same person.
            if f.current is not None and p.current is None:
                p.current = f.current
        p.deceased = p.deceased or f.deceased

    # an infobox's "Leader: Magdalena Andersson" (a party's) is the article's own word for the post
    # too: its leaders told by "led" or "succeeded X as leader" are no "Chairman" because the
    # first of them was elected "its first chairman"
    leader_keyed = any(_LEADER_KEY.fullmatch(f.label.strip()) and f.text
                       and is_name(re.sub(r"\s*\([^()]*\)", "", f.text).strip()) for f in profile.facts)
    boxed: set[str] = set()  # the people the infobox names as leaders
    officers: set[str] = set()  # the secretaries and treasurers it names beside a head (`_from_facts`)
    told_text = " ".join(profile.block_texts())
    for f in _from_facts(profile.facts, ministry=_MINISTRY_TITLE.search(profile.names.title) is not None):
        if _FOUNDER.fullmatch(f.role or "") and _a_body(f.name, told_text):
            continue  # "Founders: Aérospatiale, Deutsche Airbus", "the head of Aérospatiale": firms
        add(f, getattr(f, "aliases", None))
        if f.leader:
            boxed.add(key_of(f.name))
        elif _OFFICER_KEY.fullmatch(getattr(f, "key_role", None) or ""):
            officers.add(key_of(f.name))
        if getattr(f, "qualified", False) and getattr(f, "key_role", None):
            weak.add(f.name.casefold())
    lists: list[list[str]] = []  # the people of each leadership list, by its consecutive lines
    last_line = None
    leader_titled = False  # a table of holders headed "Leader": the text's own word for the post
    listed_found = list(_from_leadership_lists(profile))
    list_rows.update(_clean_name(f.name)[0].casefold() for f in listed_found)
    for f in listed_found:
        add(f, getattr(f, "aliases", None))
        leader_titled = leader_titled or getattr(f, "titled", False)
        line = f.source.line if f.source is not None else None
        if not lists or line is None or last_line is None or line - last_line > 1:
            lists.append([])
        lists[-1].append(key_of(_clean_name(f.name)[0]))
        last_line = line
    named_together: dict[str, int] = {}  # several named to a shared post at once, and the year
    called_off: dict[str, str] = {}  # whose appointment the text says did not take effect, and how
    led_on: dict[str, tuple[int, int]] = {}  # who a dated "led by" sentence names, and its date
    for f in _from_sentences(profile, subject, lambda: [people[k].name for k in order],
                             lambda: {(people[k].role or "").casefold() for k in order if people[k].leader},
                             lambda: {people[k].name for k in order if people[k].leader}):
        if getattr(f, "called_off", False):
            called_off.setdefault(key_of(f.name), f.called_off)  # type: ignore[attr-defined]
            continue
        add(f)
        if getattr(f, "told_on", None) is not None:
            led_on.setdefault(key_of(f.name), f.told_on)  # type: ignore[attr-defined]
        if getattr(f, "named_in", None) is not None:
            named_together[key_of(f.name)] = f.named_in  # type: ignore[attr-defined]
    for name, aliases, source in _aliases_in_text(profile):
        add(_Found(name, None, source, False), aliases)
    for k, how in called_off.items():
        # named to the post, never in it: no holder, the post said as what they were named to
        p = people.get(k)
        if p is not None and p.leader and p.current is not True and p.role:
            p.leader, p.current, p.period = False, None, None
            p.role = f"{p.role}, {how}"
    _one_entry_per_person(people, order)
    _led_while_another_led(people, led_on, boxed)
    out = [people[k] for k in order]
    lists_flat = {k for members in lists for k in members}
    for members in lists:
        if not leader_titled:
            _list_role([people[k] for k in members if k in people and people[k].leader])
    _heads_of_forerunners(profile, [p for p in out if p.leader])
    _spokespeople_beside_heads([p for k, p in zip(order, out) if p.leader and k not in boxed],
                               [p for p in out if p.leader], _head_titles(profile))
    # (and one the infobox names beside the head it names: "Spokesperson: Christopher Mutsvangwa"
    # under "President and First Secretary: Emmerson Mnangagwa" speaks for the party he does not lead)
    _spokespeople_beside_heads([p for k, p in zip(order, out) if p.leader and k in boxed],
                               [p for k, p in zip(order, out) if p.leader and k in boxed], _head_titles(profile))
    _officers_beside_heads([p for k, p in zip(order, out) if p.leader and k not in boxed], [p for p in out if p.leader])
    _deputies_of_no_head(profile, [p for k, p in zip(order, out) if p.leader and k not in boxed and k not in lists_flat],
                         [p for p in out if p.leader], _head_titles(profile))
    if _MINISTRY_TITLE.search(profile.names.title) is None:
        _ministers_above_it([p for k, p in zip(order, out) if p.leader and k not in boxed])
    # (a party's "Leader" key names its head's title, as "Chair" does a board's)
    # (one a leadership list names is a head; one the text tells as a holder of the secretary's
    # post is one too, unless a leadership list names the holders of another post, the head's)
    listed = {k for members in lists for k in members}
    heads_listed = any(k in people and not all(_SECRETARY.search(r) for r in (people[k].role, *(q.role for q in people[k].posts)) if r)
                       for k in listed)
    _secretaries_beside_titled_heads([p for k, p in zip(order, out) if p.leader and k not in boxed and k not in listed
                                      and (heads_listed or k not in outright)],
                                     [p for p in out if p.leader],
                                     _head_titles(profile) | ({"leader"} if leader_keyed else set()),
                                     any(_SECRETARY.search(f.text or "") for f in profile.facts
                                         if _ANY_HEAD_TITLE_KEY.match(f.label.strip())))
    for k in officers:
        # the infobox's secretary beside its head ("Leader: X", "Secretary: Y") stays an officer,
        # though the text tells the congress that chose Y "as party secretary"
        if (p := people.get(k)) is not None and p.leader and all(
                _SECRETARY.search(r) or re.search(r"(?i)\btreasurer\b", r) for r in (p.role, *(q.role for q in p.posts)) if r):
            p.leader = False
    _gone_to_work_elsewhere([p for p in out if p.leader])
    _one_of_its_directors(profile, [p for p in out if p.leader])
    if not leader_titled:
        # (Fine Gael's table of "Leader | Term": its leaders are leaders, not "President" after
        # its first one, whom the text calls its president)
        _name_generic_roles([p for p in out if p.leader], leader_keyed)
    _one_holder_per_post([p for p in out if p.leader])
    _co_holders_replaced({k: y for k, y in named_together.items()}, people, boxed)
    _told_at_an_earlier_time([p for k, p in zip(order, out) if p.leader and k in occasional],
                             [p for p in out if p.leader],
                             [(p, said_on[k]) for k, p in zip(order, out) if p.leader and k in said_on
                              and p.period is None and p.current is None])
    _one_spelling_per_role(out)
    _told_dead(profile, [p for p in out if p.leader])
    _told_leaving(profile, [p for p in out if p.leader])
    _told_removed(profile, [p for p in out if p.leader])
    for p in out:
        if p.deceased and p.current:
            p.current = False
        p.role = _without_manner(_without_holder_ordinal(p.role))
        for q in p.posts:
            q.role = _without_manner(_without_holder_ordinal(q.role))
        _distinct_posts(p)
    _last_told_holders(out)
    return [p for p in out if p.leader] + [p for p in out if not p.leader and (p.role or p.aliases)]


# A leader's death told in a sentence: "Rehman died in Lahore on 12 April 2021, aged 90".
_DIED_AFTER_NAME = re.compile(r"\s+(?:died|was\s+(?:killed|assassinated|murdered))\b")


def _told_dead(profile: Profile, leaders: list[Person]) -> None:
    """A leader the text says died (their name, full or the surname no other leader bears,
    then "died" or "was killed") is `deceased`, and so does not lead it now
    (`model.leading_now`): the Human Rights Commission of Pakistan's "Director, 1990" had been
    named among who leads it, though "Rehman died in Lahore on 12 April 2021". Not one the text
    shows in office now (`current`), whose death is then another's ("his predecessor died")."""
    surnames: dict[str, int] = {}
    for p in leaders:
        if p.name.split():
            surnames[p.name.split()[-1]] = surnames.get(p.name.split()[-1], 0) + 1
    wanted = [p for p in leaders if not p.deceased and p.current is not True and p.name.split()]
    if not wanted:
        return
    text = " ".join(b.text for b in profile.lead if isinstance(b, Paragraph)) + " " + " ".join(
        b.text for top in profile.sections for sec in top.walk() for b in sec.blocks if isinstance(b, Paragraph))
    for p in wanted:
        last = p.name.split()[-1]
        names = [p.name] + ([last] if surnames.get(last) == 1 and last != p.name else [])
        if any(_DIED_AFTER_NAME.match(text, end) for n in names for _, end in name_spans(text, n, after="", overlapping=True)):
            p.deceased = True


# "..., and she left for the government that October": a pronoun's leaving.
_LEFT_VERB = (r"\s+(?:then\s+|later\s+)?(?:left|resigned|stepped\s+down|stood\s+down|retired|quit)"
              r"(?=\s+(?:for|to|in|on|at|that|the\s+(?:post|organisation|company|agency)|and)\b|\s*[,.;]|$)")
_PRONOUN_LEFT = re.compile(r"\b(?:he|she)" + _LEFT_VERB)
# (after a leader's name: the verb, and the year it may tell)
_LEFT_VERB_IN = re.compile(_LEFT_VERB + r"(?:\s+in\s+(?P<year>1[89]\d\d|20\d\d)\b)?")


def _told_leaving(profile: Profile, leaders: list[Person]) -> None:
    """A leader the text leaves open (`current` None) whom a sentence tells leaving by name
    ("Ghozali left in 1977 to become minister") or names and then tells leaving by a pronoun ("In August 2010 President Barack Obama nominated Lindborg to head
    the Bureau ... at USAID, and she left for the government that October") held the post no
    more. Only when that leader is the one of the organisation's leaders the sentence names
    before the pronoun: with two of them ("X named Y as his successor, and he left"), which
    one left is the grammar's guess, not the text's word."""
    if not leaders:
        return
    surnames: dict[str, int] = {}
    for p in leaders:
        if p.name.split():
            surnames[p.name.split()[-1]] = surnames.get(p.name.split()[-1], 0) + 1
    open_ = [p for p in leaders if p.current is None and p.name.split()]
    if not open_:
        return
    for sentence, _, _ in _sentences(profile):
        check()
        left = _PRONOUN_LEFT.search(sentence)
        if left is None:
            continue
        before = sentence[:left.start()]
        named = [p for p in leaders if p.name.split() and (
            has_name(before, p.name)
            or (surnames.get(p.name.split()[-1]) == 1 and has_name(before, p.name.split()[-1])))]
        if len(named) == 1 and named[0].current is None:
            named[0].current = False
    # ("Ghozali left in 1977 to become minister of industry": the leader by name, as the subject;
    # not one who left "as" or "from" a post, which may be another body's; nor one a later
    # sentence names again, back in the post perhaps: "In 2021 the board appointed Tom Ash
    # chairman again")
    texts = [sentence for sentence, _, _ in _sentences(profile)]
    index = _word_index(texts)
    for p in open_:
        if p.current is not None:
            continue
        check()
        last = p.name.split()[-1]
        names = [p.name] + ([last] if surnames.get(last) == 1 and last != p.name else [])
        told = [i for i in _holding(index, last) if any(has_name(texts[i], n) for n in names)]
        left = next((m for n in names if told for _, end in name_spans(texts[told[-1]], n, after="", overlapping=True)
                     if (m := _LEFT_VERB_IN.match(texts[told[-1]], end))), None)
        if left is not None:
            p.current = False
            year = left.group("year")
            if year and (p.period is None or re.fullmatch(r"(?:1[89]\d\d|20\d\d)", p.period.strip())):
                # (the year it tells is the term's last: "until 1977", "1966–1977")
                p.period = f"{p.period.strip()}–{year}" if p.period else f"until {year}"


def _told_removed(profile: Profile, leaders: list[Person]) -> None:
    """A leader the text leaves open (`current` None) whom a sentence tells removed by name ("On
    9 January 2023 the board abruptly ended Sodhi's services", "the directors dismissed Carl
    Dunn") held the post no more. Not one removed "as" a post named there, which may be another
    body's ("removed Kiley as chairman of London Regional Transport"); not a surname two of its
    leaders share."""
    surnames: dict[str, int] = {}
    for p in leaders:
        if p.name.split():
            surnames[p.name.split()[-1]] = surnames.get(p.name.split()[-1], 0) + 1
    open_ = [p for p in leaders if p.current is None and p.name.split() and surnames[p.name.split()[-1]] == 1]
    if not open_:
        return
    texts = [sentence for sentence, _, _ in _sentences(profile)]
    index = _word_index(texts)
    for p in open_:
        check()
        holding = [texts[i] for i in _holding(index, p.name.split()[-1])]  # the full name holds it too
        if not holding:
            continue
        who = rf"(?:{re.escape(p.name)}|{re.escape(p.name.split()[-1])})"
        removed = re.compile(rf"\b(?:(?:dismissed|removed|sacked|fired|ousted|deposed)\s+(?:[\w-]+\s+){{0,2}}?{who}"
                             rf"(?![\w'’-])(?!,?\s+as\b)|ended\s+{who}['’]s\s+(?:services|contract|term|tenure|appointment|"
                             rf"employment|mandate))")
        if any(removed.search(t) for t in holding):
            p.current = False


def _word_index(texts: list[str]) -> dict[str, list[int]]:
    """The sentences (by index, in order) each word (a run of word characters) stands in.

    Why: the rules that ask, for every leader, which sentences name them had searched every
    sentence for every leader; an article of a thousand leaders made a million searches. A
    name that stands in a sentence has each of its words stand there as a whole word, so the
    sentences of its last word are the only ones to search."""
    index: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        for word in dict.fromkeys(_WORD_RUN.findall(text)):
            index.setdefault(word, []).append(i)
    return index


_WORD_RUN = re.compile(r"\w+")


def _holding(index: dict[str, list[int]], name: str) -> list[int]:
    """The sentences that may name `name`: those holding its last word (`_word_index`)."""
    words = _WORD_RUN.findall(name)
    return index.get(words[-1], []) if words else []


def _led_while_another_led(people: dict[str, Person], led_on: dict[str, tuple[int, int]], boxed: set[str]) -> None:
    """Who "the party led by X" names in a sentence of a time when the organisation's present
    head had already taken office does not lead it: Estonia's Reform Party, led by Kristen Michal
    since September 2024, "ended the coalition with the Social Democrats, and the next day
    President Alar Karis dismissed the four ministers of the party led by Lauri Läänemets" (in
    March 2025), which made Läänemets a leader of Reform.

    The judgement: a post has one holder at a time. A person the text says only "led" it, with
    no term of their own, on a date after the start of the term of a head the text shows in
    office now, led another body the sentence spoke of. Not one the infobox names, and not when
    the present head's term is not known to have begun before that date."""
    heads = [p for p in people.values() if p.leader and p.current is True and (p.period or "").startswith("since")
             and p.role and not re.search(r"(?i)founder|deputy|vice|spokes|press|honorary|acting|interim", p.role)]
    for k, when in led_on.items():
        p = people.get(k)
        if p is None or k in boxed or not p.leader or p.period or p.current is True or (p.role or "") != "Leader":
            continue
        for head in heads:
            began = _first_year(head.period)
            if head is not p and began is not None and (when[0], when[1] or 1) > (began[0], began[1] or 12):
                p.leader, p.role = False, None
                break


def _name_core(words: list[str]) -> list[str]:
    """A name's words (in lower case) without its initials ("w.", "o.") and a generation's
    suffix ("jr.", "iii"): what two tellings of one person's name share."""
    return [w for w in words if not re.fullmatch(r"\w\.?", w) and w.rstrip(".,") not in ("jr", "sr", "ii", "iii", "iv")]


def _post_key(role: str) -> str:
    """One office under its spellings: "Chairman of the Board", "chair" -> "chair"; "Acting
    director" -> "director"."""
    key = re.sub(r"\s+of\s+the\s+board(?:\s+of\s+directors)?$", "", role.casefold().strip())
    key = re.sub(r"^(?:acting|interim)\s+", "", key)  # the office an acting holder stands in
    return re.sub(r"^chair(?:man|woman|person)$", "chair", key)


def _begun_only(period: str | None) -> bool:
    return bool(period) and not re.search(r"[–—]|\b(?:to|until|till)\b|^in\s", period or "")


def _lone_date(period: str | None) -> bool:
    """One date with no word saying which end of a term it is ("2012", "May 2020")."""
    return bool(period) and len(find_dates(period or "", bare_years=True)) == 1 \
        and not re.search(r"(?i)since|from|until|till|\bto\b|present|[–—-]", period or "")


def _last_told_holders(people: list[Person]) -> None:
    """Whether a post the text gives only a start for ("took over the government" on 1 February
    2024, "chair from 2012") is still held, as the article last tells it: the latest holder of
    that office the article names holds it, unless a leader of the subject holds it now; the
    others have left it ("Sari Baldauf succeeded Risto Siilasmaa as chair": Siilasmaa's chair is
    a former post). An office one person alone is said to have begun is theirs still: the
    article tells no one after them."""
    now: dict[str, set[str]] = {}
    begun: dict[str, list[tuple[tuple[int, int, int], Person, Post]]] = {}
    for p in people:
        if p.leader and p.role and p.current:
            now.setdefault(_post_key(p.role), set()).add(p.name)
        for post in p.posts:
            if post.current is None and not post.hedge and _begun_only(post.period):
                start = _first_year(post.period)
                if start is not None:
                    begun.setdefault(_post_key(post.role), []).append((start, p, post))
    for key, held in begun.items():
        holders = now.get(key)
        if holders:
            for _, p, post in held:
                post.current = p.name in holders
            continue
        latest = max(start for start, _, _ in held)
        for start, _, post in held:
            post.current = start == latest and sum(1 for s, _, _ in held if s == latest) == 1


_FOUNDER = re.compile(r"(?i)(?:co-?)?founders?")
# A role a verb gives without naming the post ("led by X", "X took over"): no second post.
_GENERIC = re.compile(r"(?i)(?:acting\s+|interim\s+)?(?:leader|head)")


def _with_term(f: _Found, period: str | None, current: bool | None) -> _Found:
    """A copy of the evidence with another period (the evidence's own stays for its post)."""
    g = copy.copy(f)
    g.period, g.current = period, current
    return g


def _second_post(p: Person, had: str | None, f: _Found) -> None:
    """Keep, as a post of its own, what a piece of evidence says a person does besides the role
    kept: one person may chair the board and have been interim CEO, lead a party and head the
    government, or have founded an association and been its first president.

    The judgement: evidence whose role the person's entry did not take is another post when it
    names one (a role noun, not only a verb's "led"/"headed") and is not the same post in other
    words (see `_same_post`); a founder's role that a post replaced stays as a post, since
    founding is a fact no later office undoes. Its period and whether it is held now are the
    evidence's own, and so is its body (`affiliation`) when that is not the subject."""
    if had and p.role != had and _FOUNDER.fullmatch(had):
        _append_post(p, Post(role="Founder"))
    if not f.role or not p.role and not f.post_only or (f.post_role or f.role) == p.role or _GENERIC.fullmatch(f.role):
        return
    if not f.post_only and (not _is_post(f.role) or _DESCRIPTIVE_ROLE.search(f.role)):
        return
    if not p.leader and not f.post_only:
        return  # a related person's roles are as the text told them at the time: the first stays
    role = f.post_role or f.role
    period = f.post_period
    if period and re.match(r"(?i)former\s", role) and re.match(r"(?i)(?:from|since)\s", period):
        # "Yolanda Kakabadse, a former environment minister of Ecuador, was president from
        # 2010": a post the text calls former ended before the clause's term began, which is the
        # only start the sentence gives ("former environment minister of Ecuador, from 2010")
        period = None
    _append_post(p, Post(role=role, period=period, current=f.post_current,
                         affiliation=None if f.leader else f.affiliation, hedge=f.hedge))


# Words that make a phrase something other than one person's post: a verb of choosing
# ("congress elected Prime Minister"), a quantity ("most senior commanders").
_NOT_A_POST = re.compile(r"(?i)\b(?:elected|appointed|named|chosen|congress|most|many|several|one|some)\b")


def _is_post(role: str) -> bool:
    """A phrase one person holds as a post: it has a role noun, no verb of choosing or
    quantity, and a singular head ("Heads", "Chancellors" speak of several people)."""
    head = re.split(r"(?i)\s+(?:of|for|in|at)\s+", role)[0].split()[-1]
    return bool(ROLE_NOUN.search(role)) and not _NOT_A_POST.search(role) \
        and not re.search(r"(?:[^su]s|men)$", head)


def _append_post(p: Person, post: Post) -> None:
    """Add a post unless the person has it already; a later mention may date it. Of a double
    post ("President and chief executive") beside one part ("President"), the other part."""
    parts = re.split(r"\s+and\s+", post.role) if not re.search(r"\s(?:of|in|at|for)\s", post.role) else [post.role]
    if len(parts) > 1 and p.role:
        rest = [x for x in parts if not _same_post(x, p.role)]
        post = post.model_copy(update={"role": cap_first(" and ".join(rest))}) if rest else post
    for known in p.posts:
        if _same_post(known.role, post.role):
            if known.period is None and post.period:
                known.period, known.current = post.period, post.current
            known.hedge = known.hedge and post.hedge
            return
    p.posts.append(post)


def _post_core(role: str) -> tuple[str, frozenset[str]]:
    """A role's head noun and the modifiers that make another post of it ("Deputy commander"
    is not "Commander"); "chairman", "chairwoman" and "chair" are one head, and what follows
    "in"/"at"/"of" only places the post ("Chief of staff in Syria")."""
    bare = re.sub(r"(?i)\s+(?:in|at|for|of)\s+(?!staff\b).*$", "", post_of(_role_key(role)))
    bare = re.sub(r"\bgeneral\s+secretary\b", "secretary-general", re.sub(r"\bco-?founder", "founder", bare))
    words = re.findall(r"[\w-]+", bare)
    if not words:
        return "", frozenset()
    head = re.sub(r"^chair(?:man|woman|person)?$", "chair", words[-1])
    if head == "officer" and "commanding" in words or re.fullmatch(r"command(?:er|ant)", head):
        head, words = "commander", [w for w in words if w != "commanding"]
    head = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    mods = frozenset(w for w in words[:-1] if _OTHER_POST.fullmatch(w))
    return head, mods


def _same_post(a: str, b: str) -> bool:
    """Whether two roles name one post: "Interim CEO" and "interim chief executive", "First
    president" and "International President", "Chairman" and "Chair"; a generic "Leader" or
    "Head" is any post."""
    if _GENERIC.fullmatch(a) or _GENERIC.fullmatch(b):
        return True
    return _post_core(a) == _post_core(b)


def _distinct_posts(p: Person) -> None:
    """Drop the posts the person's role or earlier terms already show: the role settles only
    after the lists and sentences are read ("Leader" becomes "Interim CEO")."""
    shown = re.split(r"\s+and\s+|,\s+", p.role or "") + [re.sub(r"\s*(?:1[5-9]|20)\d\d\b.*$", "", e)
                                                        for e in p.earlier]
    # another body's post ("Commander of 1st Azov Corps", affiliation set) is no repeat of the
    # subject's post of the same name
    p.posts = [x for x in p.posts if (x.affiliation or not any(r and _same_post(x.role, r) for r in shown))
               and not (_FOUNDER.fullmatch(x.role) and _FOUNDER.search(p.role or ""))]


_QUALIFIER = re.compile(r"(?i)^(?:acting|interim|caretaker)\s+")
# Words that make a post of its own: an honorary chair is not the chair, a deputy not the head.
_OTHER_POST = re.compile(r"(?i)\b(?:honorary|deputy|vice|assistant|associate|co|joint|founding|founder|emeritus|"
                         r"general|adjutant|regimental|sergeant)\b|-in-chief|\bchief\s+of\b")


def _post(role: str) -> str | None:
    """The post a role names, for telling holders apart: its head noun, singular, or None when
    a modifier makes it another post ("Honorary Chairman", "Deputy Commander")."""
    bare = re.sub(r"\s*\([^)]*\)", "", _QUALIFIER.sub("", role)).strip()
    # "Chair of the Board of Trustees" is the chair's post: the board is the organisation's own
    bare = re.sub(r"(?i)\s+of\s+the\s+(?:(?:supervisory|executive|governing|managing)\s+)?board"
                  r"(?:\s+of\s+(?:directors|trustees|governors))?$", "", bare)
    words = re.findall(r"[\w-]+", bare.casefold())
    if not words or _OTHER_POST.search(bare) or len(words) > 3:
        return None
    head = words[-1]
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


def _one_spelling_per_role(people: list[Person]) -> None:
    """One role, one spelling: "Executive Director" (an infobox) and "Executive director" (a
    sentence), or "CEO" and "Chief executive", beside each other read as two posts. The form the first person bearing it has
    (infobox, then lists, then prose) is kept for all."""
    first: dict[str, str] = {}
    for p in people:
        if p.role:
            p.role = first.setdefault(_role_key(p.role), p.role)


# Spellings of one post: "Chief executive", "CEO" and "Chief executive officer" beside each
# other read as three posts. (Not "Chairman" and "Chair": the choice of word is the holder's.)
_SAME_POST = ((re.compile(r"(?i)\bchief\s+executive(?:\s+officer)?\b"), "ceo"),
              (re.compile(r"(?i)\bdirector[\s-]general\b"), "director-general"),
              (re.compile(r"(?i)\bsecretary[\s-]general\b"), "secretary-general"))


def _role_key(role: str) -> str:
    key = role.casefold()
    for rx, canon in _SAME_POST:
        key = rx.sub(canon, key)
    return key


def _one_holder_per_post(leaders: list[Person]) -> None:
    """A post has one holder at a time: when the text shows someone holds a post now (current
    True), every other holder of that post whose time the text leaves open (current None) held
    it before ("Commander X, since 2023" beside "Commander Y, July 2020"). "First commander",
    "International President" and "President" are one post; "Honorary Chairman" is another."""
    now = {_post(p.role or "") for p in leaders if p.current and p.role} - {None}
    for p in leaders:
        if p.current is None and p.role and _post(p.role) in now:
            p.current = False


def _list_role(members: list[Person]) -> None:
    """A leadership list of names and years ("Jorma Ollila (1992–2006)") lists holders of one
    post, and its members whose post the text names elsewhere say which: the current one's
    (Justin Hotard, CEO in the infobox), else the most common. Members known only by a generic
    word for the head ("Leader", "Head": "Heads of the agency include:") take it ("Interim
    leader" becomes "Interim CEO"), rather than the organisation's most common head title,
    which may be another post (its chair).

    A post renamed over the years is told so: the members the text names hold one title up to
    some point of the list and another after it (FEMA's directors, then its administrators).
    Then each member known only by the generic word takes the title of the nearest member the
    text names, in the list's order, and between two as near, the more recent one's, the name
    the post bears from then on. The judgement: a list runs in the order of its terms, so a
    holder between two directors was a director; the infobox's present title given to every
    one of them had called FEMA's directors of the 1980s administrators."""
    def bare(role: str) -> str:
        return _QUALIFIER.sub("", role)

    known = [i for i, p in enumerate(members) if p.role and not _GENERIC.fullmatch(p.role)
             and not re.search(r"(?i)founder|deputy|spokes|press|speaker|honorary", p.role)]
    if not known or len(known) == len(members):
        return
    titles = {i: bare(members[i].role or "") for i in known}
    named = list(titles.values())  # in the list's order
    runs = [t.casefold() for k, t in enumerate(named) if k == 0 or not _same_post(t, named[k - 1])]
    renamed = len(runs) > 1 and len(runs) == len(set(runs))  # each title one stretch of the list
    now = [i for i in known if members[i].current]
    common = titles[now[0]] if now else max(dict.fromkeys(named), key=named.count)
    newest_last = _newest_last(members)
    for i, p in enumerate(members):
        if not (p.role and _GENERIC.fullmatch(p.role)):
            continue
        title = common
        if renamed:
            before = max((k for k in known if k < i), default=None)
            after = min((k for k in known if k > i), default=None)
            near = [k for k in (before, after) if k is not None]
            nearest = min(abs(k - i) for k in near)
            ties = [k for k in near if abs(k - i) == nearest]
            title = titles[ties[-1] if newest_last else ties[0]]
        qualifier = p.role.split()[0] if " " in p.role else ""
        later = title if title.split()[0].isupper() else title[:1].lower() + title[1:]
        p.role = cap_first(f"{qualifier.casefold()} {later}") if qualifier else title


def _newest_last(members: list[Person]) -> bool:
    """Whether a list runs from its earliest term to its latest (most do), by the first years
    of its first and last terms told; so when none is told."""
    years = [int(y[0]) for p in members if (y := re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", p.period or ""))]
    return len(years) < 2 or years[0] <= years[-1]


# An infobox row naming the body the organisation grew out of ("Preceding1", "Predecessor").
_FORERUNNER_ROW = re.compile(r"(?i)^(?:preceding|predecessors?|forerunners?)(?:\s*\d*|\s+agenc(?:y|ies))$")


def _heads_of_forerunners(profile: Profile, leaders: list[Person]) -> None:
    """A leader known only as "Leader" ("was led by X") and told in a section named after the
    body the infobox says came before the organisation (a "Preceding" or "Predecessor" row)
    headed that body: "Head of the Government Code and Cypher School". GCHQ's "Alastair
    Denniston — Former leader", under a list of its directors, read as a recent director
    (rounds 67-69); he led its forerunner from 1919. The judgement: a section titled with the
    forerunner's own name tells of the forerunner, so "it" there is the forerunner, and its
    head is a former one: the body he headed became the organisation."""
    names = {" ".join(part.split()).casefold()
             for f in profile.facts if _FORERUNNER_ROW.match(" ".join(f.label.split()))
             for part in re.split(r"\s*[;,]\s*", f.text) if part.strip()}
    if not names:
        return
    spans: list[tuple[int, int, str]] = []  # (first line, last line, title) of every section so named
    for sec in profile.all_sections():
        title = " ".join(sec.title.split())
        if title.casefold() in names and sec.source is not None and sec.source.line is not None:
            end = max((b.source.line for s in sec.walk() for b in s.blocks
                       if getattr(b, "source", None) is not None and b.source.line is not None),
                      default=sec.source.line)
            spans.append((sec.source.line, end, title))
    for p in leaders:
        line = p.source.line if p.source is not None else None
        if line is None or (p.role or "").casefold() != "leader":
            continue
        for first, last, title in spans:
            if first <= line <= last:
                p.role = f"Head of {'the ' if not title.casefold().startswith('the ') else ''}{title}"
                p.current = False  # the body it headed is the organisation's past
                break


_SPOKES = re.compile(r"(?i)\b(?:spokes(?:person|man|woman|people|men|women)|press\s+(?:officer|secretary)|"
                     r"public\s+face)\b")


def _spokespeople_beside_heads(unboxed: list[Person], leaders: list[Person], heads: set[str] = frozenset()) -> None:
    """A spokesperson the prose names ("The brigade's spokesman, Sergeant X, has described
    its training") is no leader of an organisation whose heads the article names: a
    spokesperson speaks for it and heads nothing. Where the article names no head (the
    Legion's commanders are unknown, its spokespeople its public leadership), or where the
    infobox lists the spokesperson among its key people ("Commander2 Label: Spokesperson")
    and names no head beside (the caller asks of the infobox's people apart: "Spokesperson: X"
    under "President and First Secretary: Y" is no leader; a head is one with a post that is
    neither a spokesperson's, a deputy's nor a founder's), the spokesperson stays a leader:
    the article's own answer to who stands for it. So does
    one whose post the infobox gives the head (`heads`, "Leader Title: Spokesman and military
    chief": the EZLN's spokesmen are the ones who lead it).
    `unboxed`: the leaders the infobox does not name; `leaders`: all of them."""
    def speaks_only(p: Person) -> bool:
        roles = [p.role or "", *(q.role for q in p.posts)]
        return all(_SPOKES.search(r) and r.casefold() not in heads for r in roles if r) and bool(p.role)

    def is_head(p: Person) -> bool:
        # (a post of its own that is neither a spokesperson's, a deputy's nor a founder's: not
        # the Legion's spokesman who is also its "deputy commander")
        return any(not (_SPOKES.search(r) and r.casefold() not in heads) and not re.search(r"(?i)founder|deputy", r)
                   for r in (p.role, *(q.role for q in p.posts)) if r)

    if not any(is_head(p) for p in leaders):
        return
    for p in unboxed:
        if speaks_only(p):
            p.leader = False


# A company's officers under its chief executive: "chief operating officer", "chief financial
# officer" (not "chief executive officer", the head), and those who keep its board's and its
# legal business ("The company secretary is Kathryne Maundu", "general counsel").
_STAFF_OFFICER = re.compile(r"(?i)\bchief\s+(?!executive\b)[a-z]+\s+officers?\b|"
                            r"\b(?:company|corporate|board)\s+secretar(?:y|ies)\b|\bgeneral\s+counsel\b")


def _deputies_of_no_head(profile: Profile, unboxed: list[Person], leaders: list[Person], titles: set[str]) -> None:
    """A deputy the prose names whose head's post neither the infobox's head titles (`titles`)
    nor any leader holds is another body's deputy: the Rapid Support Forces' "he named X prime
    minister, with al-Hilu as deputy chairman" is the deputy chairman of a council the force's
    commander chairs, not of the force. A deputy of a head the organisation has ("its deputy
    commander") stays, as do the deputies the infobox or a leadership list names, and a deputy's
    title the text calls the head ("the corps had a single professional head in London, the
    Deputy Adjutant-General"). `unboxed`: those leaders; `leaders`: all of them."""
    ours = {r.casefold() for p in leaders for r in (p.role, *(q.role for q in p.posts)) if r} | titles
    doubtful = [p for p in unboxed if (roles := [r for r in (p.role, *(q.role for q in p.posts)) if r])
                and all(_deputy_elsewhere(r, ours) for r in roles)]
    if not doubtful:
        return
    text = " ".join(t for t, _, _ in _sentences(profile))
    for p in doubtful:
        if not re.search(rf"(?i)\bhead\b[^.;]{{0,60}}\b{re.escape(p.role or '')}\b", text):
            p.leader = False


def _ministers_above_it(unboxed: list[Person]) -> None:
    """A minister the prose names with a post that is a minister's alone ("Kagame replaced both the
    minister of defence, Albert Murasira, and the Chief of Defence Staff") leads a ministry of
    the government, not the force, agency or company the article is about (one whose title names
    no ministry): the government's member who answers for it, as the infobox's "Minister" key is
    (`_from_facts`). `unboxed`: the leaders the infobox does not name."""
    for p in unboxed:
        roles = [r for r in (p.role, *(q.role for q in p.posts)) if r]
        if roles and all(_MINISTER.search(r) and not re.search(r"(?i)\b(?:chief|head|leader|president|chair\w*)\b", r)
                         for r in roles):
            p.leader = False


def _officers_beside_heads(unboxed: list[Person], leaders: list[Person]) -> None:
    """An officer under the head the prose names ("made Jean-Philippe Imparato chief operating
    officer for Enlarged Europe") is no leader of an organisation whose text names a head of
    another post: a chief operating or financial officer runs a part of the business for the
    chief executive. Where no other head is named, the officer stays, the article's own answer.
    `unboxed`: the leaders the infobox does not name; `leaders`: all of them. A post the infobox
    gives its head ("Chief1 Position: Chief Electoral Officer") is the head's, not an officer's
    under one: its earlier holders in a table lead as the present one does."""
    unboxed_ids = {id(p) for p in unboxed}
    heads = {p.role.casefold() for p in leaders if id(p) not in unboxed_ids and p.role}

    def officer_only(p: Person) -> bool:
        roles = [r for r in (p.role, *(q.role for q in p.posts)) if r]
        return bool(roles) and all(_STAFF_OFFICER.search(r) and r.casefold() not in heads for r in roles)

    if not any(not officer_only(p) for p in leaders):
        return
    for p in unboxed:
        if officer_only(p):
            p.leader = False


def _one_of_its_directors(profile: Profile, leaders: list[Person]) -> None:
    """A director the text calls "a director" ("chaired by Faisal Edhi, with his sister Kubra
    Edhi as a director") is one of its board, not its head, when another leader holds another
    post: "Key People: Kubra Edhi (director)" had named her beside the chairman. The judgement:
    the indefinite article says one of several; "the director" or "its director" would be the
    head, and so is a director where no one else leads."""
    def director_only(p: Person) -> bool:
        roles = [r for r in (p.role, *(q.role for q in p.posts)) if r]
        return bool(roles) and all(re.fullmatch(r"(?i)director|board\s+member|trustee", r.strip()) for r in roles)

    if not any(not director_only(p) for p in leaders):
        return
    text = " ".join(b.text for s in profile.all_sections() for b in s.blocks if isinstance(b, Paragraph))
    text += " " + " ".join(b.text for b in profile.lead if isinstance(b, Paragraph))
    for p in leaders:
        if director_only(p) and re.search(
                rf"\b{re.escape(p.name)}\s+(?:as|is|was|became|remains)\s+a\s+(?:director|board\s+member|trustee)\b|"
                rf"\ba\s+(?:director|board\s+member|trustee),\s+{re.escape(p.name)}\b", text):
            p.leader = False


_SECRETARY = re.compile(r"(?i)\bsecretar(?:y|ies)\b")


# Any infobox key that gives a title of the organisation's leadership: "Leader Title2", "Chief1 Position".
_ANY_HEAD_TITLE_KEY = re.compile(r"(?i)^(?:chief|leader|head|commander|director|president|chair\w*)\d*\s*"
                                 r"(?:position|title)\d*$")


def _secretaries_beside_titled_heads(unboxed: list[Person], leaders: list[Person], titles: set[str],
                                     secretary_titled: bool) -> None:
    """A secretary general the prose names ("the bank's secretary general, Vincent Nmehielle,
    signed an agreement") is no leader of an organisation whose infobox gives its head another
    title ("Leader Title: President") and whose text names holders of that title: the
    secretary runs the secretariat that serves the head. Where the infobox gives the secretary's
    title too (`secretary_titled`: "Leader Title2: Secretary General", Interpol's, FIFA's), or gives no title, or
    no holder of the title it gives is named, the secretary stays a leader: in many bodies (a
    party's general secretary, an alliance's secretary general) that post is the head. So does
    a secretary a leadership list names among the heads (Reporters Without Borders' list of its
    heads names Christophe Deloire, its secretary general when the post bore that name), and one
    the text tells as a holder of the post ("its first secretary general was the German Carlo
    Bayer", "Secretaries general of the council include ..."), not only by the post named in
    passing, unless a leadership list names the holders of the head's post: then the secretary's
    is another post, an officer's (Pheu Thai's "Secretaries-general have included ..." beside an
    infobox's "Leader" and a list of its leaders had named four officers as leaders).
    `unboxed`: such leaders the infobox does not name, nor a leadership list, nor (where no list
    names the head's holders) the text as holders; `leaders`: all of them."""
    if not titles or secretary_titled or any(_SECRETARY.search(t) for t in titles):
        return
    if not any(_post_core(p.role or "")[0] in {_post_core(t)[0] for t in titles} for p in leaders):
        return
    for p in unboxed:
        roles = [r for r in (p.role, *(q.role for q in p.posts)) if r]
        if roles and all(_SECRETARY.search(r) for r in roles):
            p.leader = False


# How many years before the latest current head's term began a post named only in passing on
# one date must lie to count as held then, not now (`_told_at_an_earlier_time`): a chair named
# at a date in 2025 beside a chief executive since 2026 may well be the chair still.
EARLIER_TIME = 5


def _co_holders_replaced(named_together: dict[str, int], people: dict[str, Person], boxed: set[str]) -> None:
    """Several people named to a shared post at once ("named Kim Ki-nam, Kim Hyun-suk and Koh
    Dong-jin to succeed the three co-chief executives") hold it until a later group is named to
    it or the infobox names who holds it now: Samsung's brief had listed its 2017 and 2021
    co-chief executives beside the two in office as if all five led it. The judgement: a shared
    post changes hands as a group, so a later group, or the infobox's present holders, end the
    earlier group's term; the earlier group is shown as having held it in the year it was named."""
    for key, year in named_together.items():
        p = people.get(key)
        post = shared_post_of(p.role) if p is not None else None
        if p is None or post is None or p.current is not None or key in boxed:
            continue
        later = any(y > year and shared_post_of(people[k].role) == post for k, y in named_together.items() if k in people)
        now = any(k in boxed and shared_post_of(q.role) == post for k, q in people.items())
        if (later or now) and (p.period is None or _lone_date(p.period)):
            p.current = False
            p.period = f"in {p.period or year}"


def _told_at_an_earlier_time(occasional: list[Person], leaders: list[Person],
                             said: Sequence[tuple[Person, str]] = ()) -> None:
    """A leader the text names in a post only in passing, on a dated occasion ("In January 2002
    the board's co-chairmen, Winston Lord and James C. Strickler, announced ..."), and whose
    time it otherwise leaves open, held the post then. When another of the organisation's
    leaders holds a post now, since a year `EARLIER_TIME` or more later, the occasion belongs
    to an earlier time: the holder is a former one, who held the post "in" that date (as a
    list's lone date reads). The IRC's snapshot would have listed its 2002 co-chairmen beside
    its president since 2013 as if both led it now. The judgement: a post named once in
    passing at a date, and never again, is no evidence of the post today once the text tells
    of a head whose term began years later. `occasional`: such leaders (the term shown is the
    date of the sentence that named the post in passing). `said`: leaders the text names in a
    post only beside a statement of theirs, with its date, and no term ("In 1997 its general
    manager, Izzat al-Rashid, told the press ..." in Ooredoo's article, whose managing director
    and group chief executive has served since 2021): the same holds of them."""
    since = [y for p in leaders if p.current and p.period and re.match(r"(?i)since\b", p.period)
             and (y := _first_year(p.period)) is not None]
    if not since:
        return
    latest = max(since)
    for p, when in said:
        year = _first_year(when)
        if year is not None and year[0] <= latest[0] - EARLIER_TIME and p not in [q for q in leaders if q.current]:
            p.current = False
            p.period = f"in {when}"
    for p in occasional:
        if p.current is not None or not _lone_date(p.period) or re.match(r"(?i)in\b", p.period or ""):
            continue
        year = _first_year(p.period)
        if year is not None and year[0] <= latest[0] - EARLIER_TIME:
            p.current = False
            p.period = f"in {p.period}"


def _gone_to_work_elsewhere(leaders: list[Person]) -> None:
    """A leader of no told time whom the text says now works for another body ("Troshev now
    worked for the defence ministry", `_WORKS_FOR`) no longer holds the post: Wagner's "Andrei
    Troshev — Chief of staff in Syria" stood in its list and chart as if in post in 2025
    (round 69). The judgement: working for another body now is leaving this one, as the
    text's "now" tells; a post of his own period or a told "current" is left as told."""
    for p in leaders:
        if p.current is None and p.period is None and any(
                post.current and re.match(r"(?i)works\s+for\b", post.role) for post in p.posts):
            p.current = False


# Which holder of a post, in lower case: "its first chairman", "the twelfth president", "the
# 9th director". Not a rank the ordinal belongs to ("first deputy president", "first minister",
# "first secretary"), nor a title written with capitals ("First Secretary").
_HOLDER_ORDINAL = re.compile(r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                             r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
                             r"\d{1,3}(?:st|nd|rd|th))\s+(?:(?:woman|female|black|lay)\s+)?(?=[a-z])"
                             r"(?!(?:deputy|vice|assistant|minister|secretary|lord|lady|sea|officer|mate|class)\b)")


# How a person came to a post, after the post's name: "was elected political leader of the UNC
# unopposed", "chosen chairman unanimously", "confirmed as director by acclamation".
_MANNER_AFTER_POST = re.compile(r"\s+(?:unopposed|unanimously|by\s+acclamation|without\s+(?:opposition|a\s+vote)|"
                                r"in\s+absentia)$", re.I)


def _without_manner(role: str | None) -> str | None:
    """A post without the words that tell how it was won ("Political leader of the UNC
    unopposed" is the post "Political leader of the UNC"): they describe the election, not the
    post, and a post's name ends before them."""
    return _MANNER_AFTER_POST.sub("", role) if role else role


def _without_holder_ordinal(role: str | None) -> str | None:
    """The post a role names without which holder of it the text said the person was: "First
    chairman" is the post "Chairman", and the first holder's role had been taken by every
    later holder the text names only as its leader (`_name_generic_roles`). Done last: until
    then the ordinal still tells that an infobox's "(first chairman)" is no holder of today."""
    m = _HOLDER_ORDINAL.match(role[:1].lower() + role[1:]) if role else None
    return cap_first(role[m.end():]) if m is not None else role


def _name_generic_roles(leaders: list[Person], leader_keyed: bool = False) -> None:
    """A leader known only as "Leader" (from "led by X", "X took over") takes the title the
    organisation's other leaders hold most often ("Commander", "Chair"), founders, deputies and
    spokespeople aside: the article's own word for its head; a title whose head word is
    "leader" ("Federal leader") before any other, as it names the very post. "Acting leader" becomes "Acting
    <title>"; on a tie the title a current leader holds wins, then the first told. Not a former
    leader the text gives no time for: GCHQ's "was led by Commander Alastair Denniston" (its
    forerunner, in 1919) had made him a "Former director", a title the agency's heads took
    decades later. Nor where the infobox names the head "Leader" (`leader_keyed`) and no
    other leader's title is a kind of leader."""
    def bare(role: str) -> str:
        return _QUALIFIER.sub("", role)

    held = [p for p in leaders if p.role and bare(p.role).casefold() != "leader"
            and not re.search(r"(?i)founder|deputy|spokes|press|speaker", p.role)]
    titles = [bare(p.role or "").casefold() for p in held]
    if not titles:
        return
    current = {bare(p.role or "").casefold() for p in held if p.current}
    # (a title whose head word is "leader" itself, "Federal leader", names the post a "Leader"
    # holds, whatever the other leaders' titles: the Democratic Alliance's chairpersons of its
    # federal council had made "Chairperson" of its leader Mmusi Maimane)
    own = [t for t in titles if t.split()[-1] == "leader"]
    if leader_keyed and not own:
        # (an infobox's "Leader: Magdalena Andersson" names the post "Leader" itself: her
        # predecessors told by "succeeded X as leader" are no "Chairman" because the first of
        # them was elected the party's first chairman)
        return
    best = max(dict.fromkeys(own or titles), key=lambda t: (titles.count(t), t in current, -titles.index(t)))
    common = next(bare(p.role or "") for p in held if bare(p.role or "").casefold() == best)
    common = cap_first(common if common.isupper() else common.casefold())
    someone_now = any(p.current for p in leaders)
    for p in leaders:
        if p.role and bare(p.role).casefold() == "leader" and p.period is None and not p.current:
            if someone_now:
                p.current = False  # another leads it now: a leader of no told time led it before
            continue
        if p.role and bare(p.role).casefold() == "leader":
            qualifier = p.role.split()[0].casefold() if p.role.casefold() != "leader" else ""
            p.role = cap_first(f"{qualifier} {common if common.isupper() else common.casefold()}") if qualifier \
                else common


def extract_people_and_leaders(profile: Profile) -> tuple[list[Person], set[str]]:
    """People and the casefolded names of the subject's leaders (kept for older callers)."""
    people = extract_people(profile)
    return people, {p.name.casefold() for p in people if p.leader}




def _confirmed_later(given: str | None, acting: str | None) -> bool:
    """Whether a post given on `given` came after an acting term that began on `acting`: both
    dated, the post's date a bare one (not a span: "2015 to 2019" is a term told, not a day the
    post was given) and later than the acting term's start."""
    if not given or not acting or re.search(r"(?i)since|until|[–—-]|\d\s+to\s+\d", given):
        return False
    a, b = _first_year(given), _first_year(acting)
    return a is not None and b is not None and a > b


def _first_year(period: str | None) -> tuple[int, int, int] | None:
    ms = [m for m in find_dates(period or "", bare_years=True) if m.year]
    if not ms:
        return None
    last = ms[-1]  # the latest term's start: "2017–2022, 2023–2025" -> 2023
    return last.year, last.month or 0, last.day or 0


def supersede(people: list[Person]) -> None:
    """A holder of a post the text does not call current ("acted as commander from 29 May
    2022") is not leading now when another holder of the same post began a term after theirs:
    the post changed hands since. Nothing changes for a holder the text dates by nothing
    (see `model.leading_now`)."""
    # each holder's post read once, not once for every pair (an article of 450 holders made
    # 200,000 readings)
    posts = {id(q): post_of(q.role) for q in people if q.leader}
    joined = {id(q): joined_posts(q.role) for q in people if q.leader}
    for p in people:
        if not p.leader or p.current is not None:
            continue
        check()
        mine = _first_year(p.period)
        if mine is None:
            continue
        # (a later holder of two posts, one of them this: "Vice-Chairman and Group CEO" after a
        # chief executive)
        post = posts[id(p)]
        same = [q for q in people if q is not p and q.leader and (posts[id(q)] == post or post in joined[id(q)])]
        if any((_first_year(q.period) or (0, 0, 0)) > mine for q in same):
            p.current = False


def renew_current_terms(people: list[Person], events: list[Event]) -> None:
    """A current leader shown with a closed term ("Chairman, 2021–2024", from a list of past
    chairs) holds the post again: the term shown becomes "since" the latest event naming them
    and their post after that term ended ("returned as honorary chairman on 30 December 2023"),
    else the latest leadership event naming them ("a congress elected Kobakhidze chairman again on 7 May
    2025"), or no term at all when the text tells none, rather than one that says they left."""
    for p in people:
        if not (p.leader and p.current and (p.period or p.earlier)):
            continue
        terms = p.period or ", ".join(p.earlier)
        years = [int(y) for y in re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", terms)]
        if not years or re.search(r"(?i)since|present|now", terms) or len(years) < 2 and "–" not in terms:
            continue
        ended = max(years)
        surname = p.name.split()[-1]
        if p.period and _closed_terms(p.period):
            p.earlier += [t for t in p.period.split(", ") if not any(e.endswith(t) for e in p.earlier)]
        # (not one that tells them keeping a post: "Saji stayed on as chairman", on the day
        # another took the presidency, is no start of his chairmanship)
        named = [e for e in events if not e.background and e.date.year > ended
                 and re.search(rf"\b{re.escape(surname)}\b", e.text)
                 and not re.search(rf"\b{re.escape(surname)}\s+(?:stayed|remained|kept|continued)\b", e.text)]
        # the event that names the post held now ("returned once more, as honorary chairman")
        # tells when this term began; failing that, the latest change of leader naming them
        role = re.sub(r"\s*\([^)]*\)", "", p.role or "").strip().casefold()
        later = [e for e in named if role and role in e.text.casefold()] or \
            [e for e in named if e.kind == "leadership"]
        if later:
            d = max(later, key=lambda e: e.date.start()).date
            p.period = f"since {_date_words(d)}"
        else:
            p.period = None


# A verb that tells someone taking a post from its holder ("X succeeded Y as chair").
_SUCCESSION = re.compile(r"(?i)\b(?:succeeded|replaced|took\s+over\s+from|took\s+the\s+\w+\s+from)\b")


def _head_noun(role: str) -> str:
    """The word that names the office: "Chair of the Board" -> "chair", "Interim CEO" -> "ceo"."""
    core = re.split(r"(?i)\s+(?:of|for|in|at)\s+", role.strip())[0].split()
    return re.sub(r"(?i)(?:man|woman|person)$", "", core[-1]).casefold() if core else ""


def _date_words(d: EventDate) -> str:
    """A date as a period shows it: "30 December 2023", "May 2020", "2025"."""
    return " ".join(str(x) for x in (d.day, _MONTH_NAMES[d.month - 1] if d.month else None, d.year) if x)


def date_current_terms(people: list[Person], events: list[Event], subject: Subject | None = None) -> None:
    """A holder in office whose term the text gives no date for starts on the day the text tells
    them taking the post from someone ("Sari Baldauf succeeded Risto Siilasmaa as chair in May
    2020"): "Chair of the Board, since May 2020", not an undated "Chair of the Board".

    The judgement: the event tells a succession (`_SUCCESSION`), opens on the holder's name (the
    one who succeeded, not the one succeeded) and names the office's head noun ("chair"); the
    earliest such event gives the start. A term with any date of its own keeps it. A post the
    sentence gives as another body's is not theirs ("on 1 May 2023, the fiftieth anniversary of
    KIRKBI's creation, Thomas Kirk Kristiansen took over from his father as its chairman": the
    LEGO Group's chair since 2020 took KIRKBI's chair then; `its_other_body`, given `subject`)."""
    told = [e for e in events if not e.background and e.date.year and _SUCCESSION.search(e.label or "")]
    for p in people:
        if not p.leader or p.current is not True or p.period or not p.role:
            continue
        head = _head_noun(p.role)
        mine = [e for e in told if (e.label or "").startswith(p.name) and head
                and re.search(rf"(?i)\b{re.escape(head)}", e.label or "") and not _others_post(e.text, subject)]
        if mine:
            p.period = f"since {_date_words(min(mine, key=lambda e: e.date.start()).date)}"


# A leader's own word that they will go: "X announced that he would step down".
_WILL_LEAVE = re.compile(r"\b(?:announced|said|declared|confirmed)\b[^;]{0,40}?\bthat\s+(?:he|she|they)\s+would\s+"
                         r"(?:step\s+down|stand\s+down|resign|retire|leave\s+(?:the|his|her|their)\s+post)\b")
# Someone named to the post after it: "named A, B and C to succeed the three co-chief executives".
_NAMED_TO_SUCCEED = re.compile(r"\b(?:named|appointed|chose|elected|picked)\b[^;]{2,120}?\bto\s+(?:succeed|replace)\b|"
                               r"\bsucceeded\s+(?:him|her|them)\b|\btook\s+over\s+from\b")


def end_announced_departures(people: list[Person], events: list[Event]) -> None:
    """A leader the text leaves open (`current` None) who announced they would go ("Kwon
    announced on 13 October 2017 that he would step down") has gone once a later event names
    others to the post ("on 31 October the company named Kim Ki-nam, Kim Hyun-suk and Koh
    Dong-jin to succeed the three co-chief executives"): Samsung's brief had named Kwon Oh-hyun,
    "chief executive since 2012", among those leading it in 2025. A term told "since" its
    start runs "from" it. The judgement: a departure announced and then filled happened; one
    announced with no successor named may still be to come, and is left open."""
    announced = [e for e in events if not e.background and _WILL_LEAVE.search(e.label or e.text)]
    if not announced:
        return
    filled = [e for e in events if not e.background and _NAMED_TO_SUCCEED.search(e.label or e.text)]
    for p in people:
        if not p.leader or p.current is not None or len(p.name.split()) < 2:
            continue
        surname = p.name.split()[-1] if p.name.split()[-1][:1].isupper() else p.name.split()[0]
        names = {p.name, surname, p.name.split()[0]}
        for e in announced:
            said = (e.label or e.text)[:_WILL_LEAVE.search(e.label or e.text).start()]
            if any(re.search(rf"\b{re.escape(n)}\b", said) for n in names) and any(
                    f.date.start() >= e.date.start() and f is not e for f in filled):
                p.current = False
                if p.period and p.period.startswith("since "):
                    p.period = "from " + p.period[len("since "):]
                break


# A row that tells only that someone left, naming no post, as its clause or the clause after
# ", and": "..., and Chiloba was suspended and later dismissed", "Ezra Chiloba resigned", "Kuroda resigned to become Governor of the Bank of Japan"
# (`end_bare_departures`). Not "resigned as ..." (`_STEPPED` reads the post), nor "resigned from
# ..." (from what is another matter: a seat, a board, a party).
_LEFT_BARE = re.compile(r"(?:^(?:(?:In|On|By)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4},?\s+)?|,\s+and\s+|;\s+)(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+(?:resigned|stepped\s+down|stood\s+down|"
                        r"retired|quit|was\s+(?:suspended\s+and\s+(?:later\s+|then\s+)?)?(?:dismissed|removed|sacked|"
                        r"fired|ousted))\b(?!\s+(?:as|from)\b)")


def end_bare_departures(people: list[Person], events: list[Event]) -> None:
    """A leader of one post whose term the text leaves open, from a start it gives ("Its chief
    executive, Ezra Chiloba, ran the secretariat from 2015") or with no date at all, told before,
    has left it when a later row tells them leaving without naming a post ("In April 2018 ...
    Chiloba was suspended and later dismissed"): the IEBC's brief had named Chiloba among those
    leading it in 2026.

    The judgement: a departure that names no post is from the one post the article gives the
    person; a person with other posts, or one a later change of leader names again (back in
    the post), is left as the text left them."""
    left = [(e, m) for e in events if not e.background and e.date.year
            and (m := _LEFT_BARE.search(e.label or e.text) or _LEFT_BARE.search(e.text)) is not None]
    if not left:
        return
    for p in people:
        if not p.leader or p.current is not None or p.posts or not p.role or not (
                _begun_only(p.period) or (p.period is None and p.source is not None and p.source.line)):
            continue
        # (a term with no date at all: the post told in a line before the row that tells the leaving)
        start = _first_year(p.period) if p.period else (0, 0, 0)
        surname = p.name.split()[-1]
        if start is None or len(surname) < 3:
            continue
        gone = [e for e, m in left if (e.date.year, e.date.month or 0, e.date.day or 0) > start
                and (m.group("who") == p.name or m.group("who").split()[-1] == surname)
                and (p.period or (e.source is not None and e.source.file == p.source.file
                                  and (e.source.line or 0) > (p.source.line or 0)))]
        if not gone:
            continue
        end = min(gone, key=lambda e: e.date.start())
        if any(e.kind == "leadership" and e.date.start() > end.date.start() and not e.background
               and re.search(rf"\b{re.escape(surname)}\b", e.label or e.text) for e in events):
            continue  # (named again in a change of leader after it: perhaps back in the post)
        begun = re.sub(r"(?i)^(?:from|since)\s+", "", p.period or "")
        p.period = f"{begun}–{_date_words(end.date)}" if begun else f"until {_date_words(end.date)}"
        p.current = False

def open_lone_dated_terms(people: list[Person]) -> None:
    """A leader the text leaves open (`current` None) who leads it now (`model.leading_now`),
    dated by a lone date, has held the post since that date: "Chair, 2013" and "President,
    21 July 2015" read as a term within that time, or one that ended with it, where the text
    told the day someone took a post that no one has taken from them since (the RNLI's
    president "since 1969", ECOWAS's commission president since 2022). The judgement: a lone
    date of a holder still in office can only be when they took it."""
    from ..model import bare_date, leading_now

    for p in leading_now([p for p in people if p.leader]):
        if p.current is None and p.period and bare_date(p.period):
            p.period = f"since {p.period}"


def _others_post(sentence: str, subject: Subject | None) -> bool:
    """Whether `sentence` gives the post it names as another body's ("as its chairman", "its"
    being a body other than the subject, `its_other_body`)."""
    if subject is None:
        return False
    its = re.search(r"\bas\s+its\s+", sentence)
    return its is not None and its_other_body(sentence, its.end() - 4, subject) is not None


def close_begun_terms(people: list[Person], events: list[Event]) -> None:
    """A term the text gives only a start for, of a holder who has left ("Risto Siilasmaa
    chaired the board from 2012"), ends when the text tells someone taking that post from them
    ("Sari Baldauf succeeded him as chair in May 2020"): "2012–May 2020", not a "from 2012"
    that reads as a range cut short; a holder the text did not say had left has left then.

    The judgement: the end is the date of the earliest event after the start whose words tell a
    succession (`_SUCCESSION`), name the holder by surname and name the office's head noun
    ("chair"). A holder still in office, or one no succession names, keeps the start alone."""
    told = [e for e in events if not e.background and e.date.year and _SUCCESSION.search(e.label or e.text)]
    if not told:
        return

    def ended(name: str, role: str, period: str | None) -> str | None:
        if not _begun_only(period):
            return None
        start = _first_year(period)
        head = _head_noun(role)
        if start is None or not head:
            return None
        surname = re.escape(name.split()[-1])
        later = [e for e in told if (e.date.year, e.date.month or 0, e.date.day or 0) > start
                 and re.search(rf"\b{surname}\b", e.label or e.text)
                 and re.search(rf"(?i)\b{re.escape(head)}", e.label or e.text)]
        if not later:
            return None
        end = min(later, key=lambda e: e.date.start()).date
        begun = re.sub(r"(?i)^(?:from|since)\s+", "", period or "")
        return f"{begun}–{_date_words(end)}"

    for p in people:
        if p.leader and p.current is not True and p.role:
            term = ended(p.name, p.role, p.period)
            if term:
                p.period, p.current = term, False
        for post in p.posts:
            if post.current is not True:
                term = ended(p.name, post.role, post.period)
                if term:
                    post.period, post.current = term, False
