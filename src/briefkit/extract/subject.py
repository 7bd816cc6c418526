"""The subject of an article: the words by which its text refers to the organisation itself.

People and events both need to know whether a phrase means *this* organisation: "the Legion's
spokesperson", "it was formed", "the party", "FRL" do; "the 54th Brigade", "the OPCW Centre"
(another body whose name holds a subject word) and "Médecins du Monde" do not. One class holds
that judgement so that both extractors make it alike.
"""
from __future__ import annotations

from .. import recache as re

from ..kinds import KINDS
from ..text import called
from ..model import Profile
from ..heap import per_unit
from .former_names import descent_names, former_names, history_sentences, renamed_from
from .places import is_country, is_demonym

# The former names of the profile read now: the people, events and parts each make a
# `Subject` of it, and scanning its history for them each time cost about 2 ms.
_FOUNDED_KEY = re.compile(r"(?i)^(?:founded|formed|formation|established|foundation|dates|raised|created)$")


def _founded(profile) -> int | None:
    """The year the infobox says the organisation was founded ("Dates: 28 October 1664 –
    present", "Formed: 1995"), for `descent_names`; None when it says none."""
    for f in profile.facts:
        if f.text and _FOUNDED_KEY.match(f.label.strip()):
            year = re.search(r"\b(1[0-9]\d\d|20\d\d)\b", f.text)
            if year:
                return int(year.group(1))
    return None


_FORMER: dict[tuple, tuple[object, list[str]]] = {}
per_unit(_FORMER.clear)

# Referring back to any organisation, whatever its kind.
_UNIVERSAL = {"organisation", "organization", "group", "unit", "body"}
# The nouns an article on a company uses for it besides its kind (`Subject.generic`): its form
# and its trade. Only for a company: "the firm" of an article on a party is another body.
_COMPANY_KINDS = {"company", "corporation", "firm", "conglomerate", "enterprise", "airline"}
_BUSINESS_WORDS = {"firm", "business", "utility", "carrier", "airline", "insurer", "lender", "conglomerate",
                   "manufacturer", "carmaker", "automaker", "retailer", "operator", "enterprise"}
_AUX = {"was", "were", "had", "has", "been", "is", "be", "officially", "formally", "first", "originally", "later",
        "then", "also", "reportedly", "allegedly", "eventually"}


# "X is a national-conservative political party", "was an international non-governmental
# organisation": the kind noun of the lead's first definition (within its first sentence).
# "was a centre-right, liberal-conservative and pro-European political party": the describing
# words may be a list; a kind word inside a compound ("centre-right") is none
_IS_A = re.compile(r"^[^.]*?\b(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+,?\s+){0,7}?(?P<kind>"
                   + "|".join(sorted(KINDS, key=lambda k: (-len(k), k))) + r")(?![\w-])", re.I)


# A lead that says the organisation is a country's police ("is the uniformed national police of
# Chile", "is a gendarmerie"): not a kind of body in `KINDS` (in another article "the police" are
# another body), but such a body is "the force" in its own article.
_IS_A_POLICE = re.compile(r"^[^.]*?\b(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+,?\s+){0,5}?(?:police|gendarmerie|constabulary)"
                          r"(?![\w-])(?!\s+(?:force|service|unit|agency|corps|division|department|team|group)\b)", re.I)


# Capitalised words that open a sentence or a phrase without naming anything.
_LEADING = {"in", "on", "at", "by", "after", "since", "until", "from", "during", "when", "then", "later", "the",
            "its", "this", "that", "also", "meanwhile", "eventually", "finally", "first", "originally"}


# An infobox label naming the body above this one.
# An infobox key that names the bodies the organisation was made from.
_PREDECESSOR_LABEL = re.compile(r"(?i)merger\s+of|merged\s+from|formed\s+(?:from|by\s+merger\s+of)|predecessors?|"
                                r"preceded\s+by|amalgamation\s+of")
_PARENT_LABEL = re.compile(r"(?i)branch|parent(?:\s+(?:organi[sz]ation|unit|company|body|formation))?|part\s+of|"
                           r"subordinate\s+to|service\s+branch")


# Kinds of force a parent's name may end in that are not among the words a text calls its own
# subject by (`KINDS`): "Branch: National Gendarmerie" makes "the gendarmerie" the parent of the
# GIGN, whose own long name holds the word too.
_FORCE_KINDS = frozenset({"gendarmerie", "constabulary", "police"})


# What follows a name the text uses as a noun: its possessive, a verb of what it did or was, or
# the end of a phrase ("CARE's director", "Viasna said", "funds for Habitat,").
_AS_NOUN = re.compile(r"(?:'s|’s)(?!\w)|\s+(?:was|were|is|are|has|had|have|would|will|could|said|says|became|announced|"
                      r"began|opened|took|made|sold|bought|won|lost|launched|signed|agreed|joined|left|moved|set|gave|"
                      r"paid|employed|received|started|sent|called|asked|formed|ran|runs|works|worked)\b|\s*[,.;:)]")
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"}
# Title words that open many names and stand for no one body alone.
_COMMON_OPENERS = {"the", "royal", "national", "international", "united", "european", "federal", "world", "first",
                   "new", "general", "central", "democratic", "people's", "peoples", "social", "free"}


def short_name(profile: Profile, title: str) -> str | None:
    """The title's first word when the article uses it alone as the organisation's name: "CARE's
    director in Iraq" in the article on CARE International, "Viasna said" in the one on the
    Viasna Human Rights Centre. Such a sentence speaks of the organisation, not of another body.

    The judgement, to argue with: the word is written alone (no capitalised word either side,
    not followed by the title's next word), as a noun (`_AS_NOUN`), in mid-sentence, not after
    "the" or a word of place ("in the Pacific", "at Utti"), at least twice; it is never written
    in lower case ("plan", "habitat" would be words, not names), is no country or people
    ("Ethiopian", "Japan"), no kind of body, no common opener ("National"), and no word of a
    person's name ("Edhi", "Gates", "Tata": the founder as often as the body). Unknown words
    only name what the text shows them naming."""
    words = title.split()
    if len(words) < 2:
        return None
    word = words[0]
    if len(word) < 3 or not word[:1].isupper() or word.casefold() in KINDS | _COMMON_OPENERS \
            or is_country(word) or is_demonym(word) or any(word in p.name.split() for p in profile.people):
        return None
    text = " ".join(t for b in [*profile.lead, *(blk for sec in profile.all_sections() for blk in sec.blocks)]
                    if (t := getattr(b, "text", None)))
    if re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text):
        return None
    # a family's or another body's name too: "Bill Gates", "Abdul Sattar Edhi", "AB Volvo" (a
    # capitalised word before it within a sentence, not a month nor a word of its own title: "On
    # 26 April Viasna", "the Human Rights Centre Viasna")
    for m in re.finditer(rf"(?<=[\w'’.-])\s+{re.escape(word)}(?![\w-])", text):
        before = re.search(r"(?:^|[.!?]\s+|\s)([\w'’.-]+)$", text[max(0, m.start() - 40):m.start()])
        prev = before.group(1) if before else ""
        if prev[:1].isupper() and prev.casefold() not in _MONTHS and prev.casefold() not in _LEADING \
                and prev not in words \
                and not re.search(r"(?:^|[.!?]\s+)$", text[max(0, m.start() - len(prev) - 3):m.start() - len(prev)]):
            return None
    uses = 0
    for m in re.finditer(rf"(?<![\w'’.-]){re.escape(word)}(?![\w-])", text):
        before, after = text[max(0, m.start() - 40):m.start()], text[m.end():m.end() + 60]
        if re.match(rf"\s+{re.escape(words[1])}\b", after) or re.match(r"\s+[A-Z]", after) \
                or re.search(r"(?:[.!?]\s*|^\s*)$", before) or re.search(r"[A-Z][\w'’.-]*\s+$", before) \
                or re.search(r"\b(?:the|in|at|near|across|around|throughout)\s+$", before, re.I) \
                or not _AS_NOUN.match(after):
            continue
        uses += 1
        if uses >= 2:
            return word
    return None


# The short name of the profile read now, by profile and title: the people, events and parts
# each make a `Subject` of it, and each would scan the whole text again.
_SHORT: dict[tuple, tuple[object, str | None]] = {}
per_unit(_SHORT.clear)


def _short_name_of(profile: Profile, title: str) -> str | None:
    """`short_name`, made once per profile read (see `_SHORT`)."""
    key = (id(profile), title, len(profile.people))  # (a person's name is no short name: known later)
    kept = _SHORT.get(key)
    if kept is not None and kept[0] is profile:
        return kept[1]
    if len(_SHORT) >= 64:
        _SHORT.clear()
    made = short_name(profile, title)
    _SHORT[key] = (profile, made)  # the profile itself: its id is not reused while kept
    return made


class Subject:
    """Title, aliases and kind words of the profile's subject, and judgements on phrases."""

    parent_kinds: set[str] = set()

    def __init__(self, profile: Profile, history: bool = True):
        # "Solidarity (Polish trade union)": the bracket tells articles apart and names no one;
        # a label says "Solidarity", while the bracket's words still tell the kind ("union").
        full = profile.names.title
        self.title = called(profile)
        title_words = set(re.findall(r"\w+", full.casefold()))
        self.names = [self.title] + ([full] if full != self.title else []) + [a.text for a in profile.names.aliases]
        self.words = {w for w in title_words if len(w) > 2} | {
            w.casefold() for a in profile.names.aliases for w in re.findall(r"\w+", a.text) if len(w) > 1}
        # The place a title names after "of" ("Communist Party of Nepal", "Bank of England"): the
        # place alone is the country, not the organisation ("elected president of Nepal").
        # (a kind of body after the place is no place: "Freedom of Russia Legion")
        self.place_words = {w.casefold() for m in re.finditer(r"\bof\s+((?:[A-Z][\w'’-]+\s*)+)", self.title)
                            for w in re.findall(r"\w+", m.group(1))} - KINDS
        # The kinds the title names ("Brigade" for the 93rd Mechanized Brigade), plus the universal
        # ones; a title without one ("Law and Justice") takes the kind its lead says it is ("is a
        # national-conservative political party"), so "the party" is the subject too.
        opening = next((b.text for b in profile.lead if getattr(b, "text", None)), "").lstrip()
        said = _IS_A.search(opening[:400])
        # and the kind its infobox's name field says ("Company Name: Telefonaktiebolaget LM
        # Ericsson"), where the lead's definition names none ("is a Swedish multinational maker
        # of telecommunications equipment"): "the company" is the subject then too
        boxed = {m.group(1).casefold() for f in profile.facts
                 if (m := re.fullmatch(r"(\w+)\s+name", f.label.strip(), re.I)) and m.group(1).casefold() in KINDS}
        # and the kinds its infobox's type gives ("Type: Non-governmental organisation (association
        # under the French law of 1901)"): the article that calls itself "the association" means it
        typed = {w for f in profile.facts if f.label.strip().casefold() == "type"
                 for w in re.findall(r"\w+", f.text.casefold()) if w in KINDS}
        # (a title's kind word may be part of a name the lead defines otherwise: "Mercy Corps is an
        # international humanitarian aid and development agency", whose "the agency's president"
        # is its own; the lead's kind is the subject's too, unless it is its parent's: "the marine
        # infantry of the Royal Netherlands Navy" under "Branch: Royal Netherlands Navy")
        parents = {n.split()[-1] for f in profile.facts if _PARENT_LABEL.fullmatch(f.label.strip())
                   for n in [f.text.casefold().split("(")[0].strip(" ]")] if n.split()}
        lead_kind = {said.group("kind").casefold()} - parents if said else set()
        self.kind = ((KINDS & title_words) | lead_kind) if KINDS & title_words \
            else (set(_UNIVERSAL) | ({said.group("kind").casefold()} if said else set()) | boxed | typed)
        if _IS_A_POLICE.search(opening[:400]):
            # "is the uniformed national police of Chile": a police calls itself "the force"
            self.kind = self.kind | {"force"}
        self.generic = self.kind | _UNIVERSAL
        self._titled_kind = bool(KINDS & title_words)  # the title names its kind (`is_owner`)
        # What the article lists as its parts: where a body it made is named as one of them
        # ("The Special Rescue Team was formed in 1975" beside a structure that lists it),
        # casefolded (`named_as_part`).
        self._parts_text = "\n".join(_part_texts(profile)).casefold()
        if self.generic & _COMPANY_KINDS:
            # a company is "the utility", "the carrier", "the firm" as its trade or form says
            # ("in 1985 the engineer Ian McRae became the utility's first chief executive"), and
            # an airline "the company" ("Gatty ran the company he founded")
            self.generic |= _BUSINESS_WORDS | ({"company"} if "airline" in self.kind else set())
        # The kind its parent's name ends in ("Branch: Royal Netherlands Navy"): "the navy" in an
        # article on a marine corps is that parent, not the corps, unless the corps is one too
        # the bodies it was made from ("Merger of: National Party of Scotland; Scottish Party"):
        # "the National Party's secretary" is the forerunner's, though its words run in the name
        self._predecessor_words = [re.findall(r"\w+", n.casefold()) for f in profile.facts
                                   if _PREDECESSOR_LABEL.fullmatch(f.label.strip()) and f.text
                                   for n in re.split(r"\s*[;,]\s*|\s+and\s+", re.sub(r"\[\[|\]\]", "", f.text)) if n.strip()]
        self.parent_kinds = {n.split()[-1] for f in profile.facts if _PARENT_LABEL.fullmatch(f.label.strip())
                             for n in [f.text.casefold().split("(")[0].strip()] if n.split()} \
            & (KINDS | _FORCE_KINDS) - self.kind
        abbrevs = [a.text for a in profile.names.aliases
                   if a.kind == "abbreviation" and a.script in (None, "Latin") and len(a.text) <= 6]
        # "widely known simply as Azov": a name that is the title's own first word, less its
        # kind ("Azov Brigade"), is the name it goes by - and right for every period of its
        # history, where "Azov Brigade's fighters" in 2014 was a battalion's
        first = self.title.split()[0] if self.title.split() else ""
        plain = [a.text for a in profile.names.aliases if a.kind == "alias" and a.text == first
                 and len(self.title.split()) == 2 and self.title.split()[1].casefold() in KINDS]
        self.short = abbrevs[0] if abbrevs else plain[0] if plain else self.title
        # ("CARE's director in Iraq": the title's first word, as the text uses it alone, `short_name`)
        alone = _short_name_of(profile, self.title)
        if alone and alone not in self.names:
            self.names.append(alone)
        # How a sentence names it: "the French Foreign Legion" when the article's own first
        # sentence does ("The French Foreign Legion is ..."), "FRL" or "Nokia" as they are.
        # (not "The Boeing Company is ...", whose "The" is the longer name's: "the Boeing" reads wrong)
        self.ref = f"the {self.short}" if self.short == self.title and \
            re.match(rf"(?i:the\s+{re.escape(self.title)})(?!\w)(?!\s+[A-Z])", opening.strip()) is not None else self.short
        # the names its history says it went by before ("it became the Army Commando Corps
        # (KKAD)"): the subject too, in the sentences of their time (`former_names`)
        self._names_low = [n.casefold() for n in self.names if len(n) > 1]
        self._name_words = [re.findall(r"\w+", n.casefold()) for n in self.names]
        if history:
            key = (id(profile), tuple(self._names_low))
            kept = _FORMER.get(key)
            if kept is not None and kept[0] is profile:
                earlier = kept[1]
            else:
                if len(_FORMER) >= 64:  # a program reading many profiles with no batch's units
                    _FORMER.clear()
                earlier = former_names(history_sentences(profile), self._renamed_subject, set(self._names_low))
                earlier += descent_names(history_sentences(profile), _founded(profile),
                                         set(self._names_low) | {n.casefold() for n in earlier})
                earlier += renamed_from(history_sentences(profile), self._own_name,
                                        set(self._names_low) | {n.casefold() for n in earlier})
                _FORMER[key] = (profile, earlier)  # the profile itself: its id is not reused while kept
            self.names += earlier
            self.words |= {w.casefold() for n in earlier for w in re.findall(r"\w+", n) if len(w) > 1}
        # asked of every sentence, several times: made once
        self._names_low = [n.casefold() for n in self.names if len(n) > 1]
        self._name_words = [re.findall(r"\w+", n.casefold()) for n in self.names]
        kinds = "|".join(sorted(self.generic | (self.words & KINDS)))
        # ("the whole battalion", "its entire fleet": the body itself, all of it)
        self._kind_rx = re.compile(rf"\b(?:the|its)\s+(?:(?:whole|entire)\s+)?(?:{kinds})\b")

    def _renamed_subject(self, head: str) -> bool:
        """Whether the subject of a clause that renames a body is this organisation: "it", "the
        unit", one of its names (its present or an earlier one), not a person or another body."""
        low = head.casefold()
        if low in ("it", "they") or re.fullmatch(r"(?:the|this)\s+(?:[a-z-]+\s+)?(?:" + "|".join(
                sorted(self.generic | (self.words & KINDS))) + r")", low):
            return True
        return any(low == n or low == f"the {n}" for n in self._names_low)

    def _own_name(self, name: str) -> bool:
        """Whether `name` is one of its names or opens one ("LATAM" of "LATAM Airlines Group")."""
        low = name.casefold()
        return any(low == n or n.startswith(low + " ") for n in self._names_low)

    def is_owner(self, phrase: str) -> bool:
        """Whether a possessive or `of` phrase ("the Legion", "its", "FRL") names the subject."""
        phrase = re.sub(r"(?:'s|’s|')$", "", phrase.strip().casefold())
        if phrase in {"its", "their", "it", "our"}:
            return True
        # (a determiner opens the phrase; a letter after the noun is part of a name: "Service A")
        words = re.findall(r"\w+", phrase)
        while words and words[0] in {"the", "a", "an", "this", "that"}:
            words = words[1:]
        if not words or all(w in self.place_words for w in words):
            return False  # "Westland" of the Workers' Party of Westland: the country
        if words[-1] in self.parent_kinds and all(w in self.parent_kinds or w in self.generic or w in KINDS
                                                  for w in words):
            # "director general of the gendarmerie" in the article on the GIGN, whose parent is the
            # National Gendarmerie: a kind of body its parent's name ends in is the parent, though
            # the word runs in the subject's own long name too
            return False
        if all(w in self.words or w in self.generic for w in words) and any(w in self.words for w in words):
            # and its own words in the order one of its names gives them: "Volvo", "Volvo Cars",
            # not "AB Volvo" (the former parent) in the article on Volvo Car AB
            own = [w for w in words if w in self.words]
            if words not in self._name_words and any(w not in self.generic and w not in KINDS for w in words) \
                    and any(_runs_in(words, pre) for pre in self._predecessor_words):
                return False  # (not "the committee", a kind of body, which is the subject's)
            return any(_runs_in(own, name) for name in self._name_words)
        # "the party", "the unit", "the group": a kind of body the subject is, referring back.
        if words == ["group"] and "group" not in self.kind and self._titled_kind:
            # "the group's leader, Zahran Hashim" in the article on the Special Task Force: a
            # body whose title names its kind refers back to itself by that kind ("the force"),
            # and "the group" is another one, most often the armed group or bloc just told of.
            # ("the unit" and "the organisation" stay its own: a brigade's article says "the unit")
            return False
        return len(words) == 1 and words[0] in self.generic | (self.words & KINDS)

    def named_as_part(self, name: str) -> bool:
        """Whether the article lists `name` among its parts (`_part_texts`)."""
        name = re.sub(r"^(?:the|its)\s+", "", name.strip(), flags=re.I).casefold()
        return len(name) > 3 and name in self._parts_text

    def mentioned_in(self, sentence: str) -> bool:
        """Whether a sentence speaks of the subject: its name, an alias, "it"/"they" first, or
        "the/its" + a kind of body the subject is."""
        low = sentence.casefold()
        if any(n in low for n in self._names_low):
            return True
        return bool(re.match(r"^(?:it|they)\b", low) or self._kind_rx.search(low))

    def is_subject_phrase(self, phrase: str) -> bool:
        """Whether a noun phrase ending here names the subject: "It", "the Legion", "FRL", "the
        organisation" - but not "the OPCW Centre" (another body whose name holds a subject word),
        nor "an American organisation" (an indefinite article introduces another one)."""
        words = [w for w in re.findall(r"[\w']+", phrase.casefold()) if w not in _AUX]
        if not words:
            return False
        if words[0] in ("a", "an", "another") and len(words) > 1:
            return False  # "An American organisation was founded in 1932": a new one, not this one
        last = re.sub(r"'s$", "", words[-1])
        if last in self.words and self._another_of_its_name(phrase):
            return False
        if all(re.sub(r"'s$", "", w) in self.place_words for w in words if w not in ("the", "of")):
            return False  # "Nepal" of the Communist Party of Nepal: the country
        # (a kind word after a name of another: "the Komando Jihad group", "members of the
        # Black September group", where the article on a body with no kind in its title takes
        # "the group" for itself)
        named = [t for t in re.findall(r"[\w']+", phrase)[1:-1] if t[:1].isupper() and t.casefold() not in self.words]
        # (its own words ending the phrase in an order none of its names gives: "since London
        # Transport" in the article on Transport for London is another body)
        tail = re.search(r"(?:(?-i:[A-Z])[\w']*\s+){1,4}(?-i:[A-Z])[\w']*\s*$", phrase)
        own = [w for w in re.findall(r"[\w']+", tail.group(0).casefold()) if w not in self.generic] if tail else []
        if all(w in self.words for w in own) and self._in_another_order(own):
            return False
        if last == "it" or last in self.words or (last in self.kind and not named):
            return True
        if last in self.parent_kinds:
            return False  # "the navy" of a marine corps: its parent
        # "the party", "the present company": a kind of body referring back to the subject - but
        # not "the Youth League", whose capitalised word names another body.
        return len(words) <= 3 and words[0] in {"the", "this", "that"} and last in KINDS | self.generic and not named

    def _another_of_its_name(self, phrase: str) -> bool:
        """Whether a phrase ending on the subject's name (or a word of it) names another body
        that carries it: a capitalised word that is not the subject's before the name
        ("Americas Watch", a division of Human Rights Watch), or a describing word ("the first
        overseas Oxfam", an affiliate). "The Legion", "In 1919 the Legion", "Ukraine's Azov" and
        "its Legion" stay the subject."""
        tokens = re.findall(r"[\w'’-]+", phrase)
        i = len(tokens)
        while i > 0 and re.sub(r"['’]s$", "", tokens[i - 1]).casefold() in self.words:
            i -= 1
        if i == 0:
            return False
        before = tokens[i - 1]
        if before.casefold() in {"the", "its", "their", "this", "that", "his", "her", "of", "by", "and", "in", "on",
                                 "at", "for", "from", "with", "as", "to", "after", "since", "until", "when", "then"} \
                or re.search(r"['’]s$|\d", before):
            return False
        if before[:1].isupper():
            return before.casefold() not in _LEADING  # "Americas Watch", not "Meanwhile Oxfam"
        return before.isalpha()  # "the first overseas Oxfam"

    def is_subject_name(self, phrase: str) -> bool:
        """Whether a phrase is the subject's name itself ("Médecins Sans Frontières", "the party")."""
        words = [w for w in re.findall(r"[\w']+", phrase.casefold()) if w not in {"the", "a", "an"}]
        if not words or not all(w in self.words or w in self.generic for w in words):
            return False
        return not self._in_another_order([w for w in words if w not in self.generic])

    def _in_another_order(self, own: list[str]) -> bool:
        """Whether two or more of the subject's own words stand in an order none of its names
        gives them ("London Transport" beside Transport for London): another body's name."""
        return len(own) >= 2 and not any(_runs_in(own, name) for name in self._name_words)

    def starts_with_subject(self, text: str) -> bool:
        """Whether a sentence opens with the subject ("It", "The Legion", "FRL") or with something
        of the subject's ("The Legion's official channel posted ..."): a "they" in the next
        sentence ("they said they captured a prisoner") is then the organisation."""
        if re.match(r"^\s*(?:it|they)\b", text, re.I):
            return True
        low = text.strip().casefold()
        names = (self.title.casefold(), "the " + self.title.casefold(), self.short.casefold())
        name = next((n for n in names if n.strip() and low.startswith(n)), None)
        if name is None:
            m = re.match(r"^\s*(the\s+[\w-]+)(?='s|’s|\s)", text, re.I)
            if not m or not self.is_subject_phrase(m.group(1)):
                return False
            name = m.group(1).casefold()
        rest = low[len(name):] if low.startswith(name) else low[low.find(name) + len(name):]
        # "The Circle's volunteers photograph ... They also record": a plural the subject owns is
        # what "they" goes back to, not the subject
        owned = re.findall(r"[a-z]+", rest[2:])[:4] if re.match(r"['’]s\b", rest) else []
        return not any(w.endswith("s") and not w.endswith("ss") for w in owned)


def _runs_in(words: list[str], name: list[str]) -> bool:
    """Whether `words` stand one after the other in `name` (a name's words, case-folded)."""
    n = len(words)
    return any(name[i:i + n] == words for i in range(len(name) - n + 1))


def _part_texts(profile: Profile):
    """The items of the lists in the article's sections about its parts ("Structure",
    "Organisation"): not their prose, which also names the bodies that are not its parts ("The
    Council on Foreign Relations ... are separate bodies"), nor a "See also" list."""
    from .titles import is_structure_title

    def items(its):
        for it in its:
            yield it.text
            yield from items(it.children)

    for top in profile.sections:
        for sec in top.walk():
            if is_structure_title(sec.title or ""):
                for b in sec.blocks:
                    if getattr(b, "items", None) is not None:
                        yield from items(b.items)
