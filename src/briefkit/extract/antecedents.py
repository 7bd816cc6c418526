"""Naming what a label's definite description points at.

A label stands alone on a timeline or in a list, without the sentences that introduced the
things it speaks of. "The acquisition was completed", "Parliament adopted the law", "The prize
was presented in Oslo" each lean on a sentence that is not shown. This module gives such a
description the words the text used for the thing, when - and only when - the text used words
that identify it:

* a name: "the Europol Convention", "the public movement Georgian Dream", "Regulation (EU)
  2016/794", "the Nobel Peace Prize" (`with_antecedent`);
* the happening a verb or a noun told just before, for a noun that names such a happening
  (`_NOMINALS`): "agreed to buy the American company Infinera" -> "The acquisition of Infinera
  was completed"; "agreed to sell its phone business to Microsoft, and the sale was completed"
  -> "the sale of its phone business to Microsoft was completed";
* a law by the name its bill was given: 'a revived "foreign influence" bill' -> 'adopted the
  "foreign influence" law';
* an honour a verb of receiving takes: "would receive the Nobel Peace Prize, and Orbinski
  accepted it" -> "Orbinski accepted the Nobel Peace Prize";
* a contest a verb of winning or losing takes: "brought a by-election in Carmarthen, and ...
  Evans won it" -> "Evans won the by-election in Carmarthen".

The rules are English grammar (a noun derived from a verb takes that verb's object after "of",
"for", "with" or "from"), not any article's vocabulary. Nothing is guessed: a description whose
antecedent the text does not name is left as written, and the selection ranks it lower.
"""
from __future__ import annotations

from .. import recache as re
from collections.abc import Sequence

from ..kinds import KINDS
from ..text import STOP_WORDS, cap_first, word_pattern

_DEF_START = re.compile(r"^The\s+(?P<n>[a-z][\w-]+|[A-Z][a-z]+)\b"
                        r"(?!\s+(?:of|in|at|on|from|for|with|to|by|near|under|between|that|who|which)\b|\s*[A-Z0-9,(]|[-'’])")
_DEF_TWO = re.compile(r"^The\s+(?:two|both)\s+[a-z]+s\b")
# Plural nouns of bodies: "the two parties", "both companies".
_BODY_NOUNS = re.compile(r"\b(?:parties|companies|firms|groups|unions|organi[sz]ations|agencies|banks|units|brigades|"
                         r"regiments|divisions|associations|federations|movements|bodies|blocs|alliances|networks|"
                         r"countries|states|governments|foundations|charities|societies|institutes|councils)$")
_NAME_RUN = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,5}"
# (two names that do something together, not the last two of a list followed by a phrase of
# where or when: "its shares began trading in Amsterdam, London and New York on 8 December")
_PAIR = re.compile(rf"(?:^|[.,;]\s+|\b(?:In|On|By)\s[^,]{{1,30}},\s+)(?P<pair>{_NAME_RUN}\s+and\s+{_NAME_RUN})"
                   r"(?=\s+(?!(?:on|in|at|to|from|for|with|by|of|under|over|since|until|after|before|during)\b)[a-z])")
_NOT_NOUN = {"first", "second", "third", "last", "same", "other", "former", "latter", "next", "following", "new",
             "old", "two", "three", "four", "five", "most", "best", "largest", "only"}
_DEF_END = re.compile(r"\bthe\s+(?P<n>[a-z][\w-]+|[A-Z][a-z]+)$")

# A noun that names a happening -> the verbs and nouns that tell that happening, and the word
# that joins its object to the noun ("the sale OF x", "the offer FOR x"). A pattern that ends
# in its preposition ("withdrew from") has consumed it; the object follows.
_BUY = (r"\b(?:buy|buys|bought|buying|purchase[ds]?|purchasing|acquire[ds]?|acquiring|take\s+over|took\s+over|"
        r"takes\s+over|(?:acquisition|purchase|takeover)\s+of)\s+")
_OFFER = (r"\b(?:offer(?:ed|s)?|bid|bids)\s+for\s+|\b(?:an?\s+)?(?:offer|bid)\s+for\s+", "for")
# A sale is a purchase told from the other side: "Geely agreed to buy Volvo Cars, and on 2 August
# the sale was completed" is the sale of Volvo Cars, whichever verb told it last.
_SELL = r"\b(?:sell|sells|sold|selling|sale\s+of)\s+"
_TRADE = rf"(?:{_SELL}|{_BUY})"
_NOMINALS: dict[str, tuple[str, str]] = {
    "sale": (_TRADE, "of"),
    "purchase": (_TRADE, "of"),
    "acquisition": (_TRADE, "of"),
    "takeover": (_TRADE, "of"),
    "offer": _OFFER,
    "bid": _OFFER,
    "merger": (r"\b(?:merge[ds]?|merging|merger)\s+with\s+", "with"),
    "withdrawal": (r"\b(?:withdraw|withdraws|withdrew|withdrawn|withdrawal)\s+from\s+", "from"),
    # "would be listed as a transnational criminal organisation ... made the designation": what
    # a body is designated or listed as is what the designation is
    "designation": (r"\b(?:designat(?:e[ds]?|ing|ion)|list(?:ed|s|ing)?)\s+(?:[\w'’-]+\s+){0,4}?as\s+", "as"),
}
# Where the object of such a verb ends: a clause boundary, a price, a date or a further clause.
_OBJECT_END = re.compile(
    r"[,;.:(]|\sand\s(?![A-Z])|\s(?:but|for|in|on|at|after|before|when|which|who|while|by|under|until|since|as)\s|\s(?:was|were|is|would|will)\s")
# "the American optical networking company Infinera": a name after the description that
# introduces it is what identifies the thing.
_DESCRIBED_NAME = re.compile(
    r"^(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,6}?(?P<last>[a-z][\w-]*)\s+"
    r"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:(?:and|of|de|du)\s+)?[A-Z][\w'’&.-]*){0,4})$")
_FUNCTION = STOP_WORDS | {"to", "from", "into", "onto"}
# A law under the name its bill was given: 'a revived "foreign influence" bill',
# 'a draft law on "foreign agents"'.
_LAW_NOUNS = {"law", "bill", "act"}
_QUOTED_BILL = re.compile(
    r"\b(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?P<q>\"[^\"]{2,40}\"|“[^”]{2,40}”)\s+(?:draft\s+)?(?:bill|law|act)\b"
    r"|\b(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:bill|law|act)\s+(?P<on>on\s+(?:\"[^\"]{2,40}\"|“[^”]{2,40}”))")
_MAX_OBJECT_WORDS = 10
# "The purchase, its largest to date, was completed": an aside may follow the noun
_HAPPENING = re.compile(r"^The\s+(?P<n>[a-z]+)\b(?!\s+(?:of|for|with|from|to|by)\b|[-'’])")


def _object(text: str) -> str | None:
    """The object of the verb that `text` follows, as a reader would name it: a name introduced
    by a description ("its French rival Alcatel-Lucent" -> "Alcatel-Lucent"), else the words up
    to the end of the phrase, when they are few enough for a label."""
    end = _OBJECT_END.search(text)
    phrase = text[:end.start()] if end else text
    phrase = phrase.strip().rstrip(".")
    # "sell X to Microsoft": the recipient belongs with the object; a second "to"-phrase
    # ("to Microsoft to raise cash") does not.
    if not phrase or len(phrase.split()) > _MAX_OBJECT_WORDS:
        return None
    m = _DESCRIBED_NAME.match(phrase)
    if m and m.group("last") not in _FUNCTION:
        return m.group("name")
    if phrase.split()[0].casefold() in _FUNCTION - {"the", "a", "an", "its", "their", "his", "her"}:
        return None
    return phrase


def _nominal(label: str, before: str) -> str:
    """'The acquisition was completed' -> 'The acquisition of Infinera was completed', when the
    text before the label told that acquisition with a verb or noun whose object names it."""
    for rx in (_HAPPENING, _DEF_END):
        m = rx.search(label)
        if m is None:
            continue
        noun = m.group("n").casefold()
        if noun in _LAW_NOUNS:
            bills = list(_QUOTED_BILL.finditer(before))
            if bills:
                b = bills[-1]
                named = f"{b.group('q')} {noun}" if b.group("q") else f"{noun} {b.group('on')}"
                return label[:m.start("n")] + named + label[m.end("n"):]
            continue
        if noun not in _NOMINALS:
            continue
        told, prep = _NOMINALS[noun]
        hits = list(re.finditer(told, before, re.I))
        if not hits:
            continue
        obj = _object(before[hits[-1].end():])
        if obj is None:
            continue
        named = _designated(before, hits[-1]) if noun == "designation" else None
        made = re.search(r"\bmade\s+the\s+$", label[:m.start("n")])
        if named and made:
            # "made the designation of Wagner as X" says in four words what "designated" says in one
            return label[:made.start()] + f"designated {named} {prep} {obj}" + label[m.end("n"):]
        of = f" of {named}" if named else ""
        return label[:m.end("n")] + f"{of} {prep} {obj}" + label[m.end("n"):]
    return label


# "... that Wagner would be listed as": the name the passive is about
_PASSIVE_NAME = re.compile(r"(?P<x>\b[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})\s+"
                           r"(?:would\s+be|will\s+be|was|were|had\s+been|has\s+been|is|are)\s+$")
# "designated Wagner as": the name between the verb and "as"
_ACTIVE_NAME = re.compile(r"^\w+\s+(?P<x>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})\s+as\s")


def _designated(before: str, hit: re.Match[str]) -> str | None:
    """Whom a designation is of, when the text named it as the verb's object ("designated Grupa
    as") or as the subject of its passive ("that Grupa would be listed as"): a bare "made the
    designation as a criminal organisation" does not say of whom. A name only; a description
    ("the group") is left out rather than guessed from."""
    m = _ACTIVE_NAME.match(hit.group(0))
    if m:
        return m.group("x")
    m = _PASSIVE_NAME.search(before[:hit.start()])
    return m.group("x") if m else None


def _deal_pair(context: str, names: Sequence[str]) -> str | None:
    """"Nokia announced an offer for its French rival Alcatel-Lucent ... the two companies":
    the organisation and the one its last offer, purchase or merger named, when the sentence
    of that deal names the organisation before it."""
    deals = [(m, noun) for noun in ("offer", "acquisition", "merger")
             for m in re.finditer(_NOMINALS[noun][0], context, re.I)]
    if not deals or not names:
        return None
    m, _ = max(deals, key=lambda d: d[0].start())
    opening = re.split(r"(?<=[.!?])\s+", context[:m.start()])[-1]
    actor = next((n for n in names if word_pattern(n).search(opening)), None)
    obj = _object(context[m.end():])
    if actor is None or obj is None or not obj[:1].isupper():
        return None
    return f"{actor} and {obj}"


# "... would receive the Nobel Peace Prize, and Orbinski accepted it in Oslo": an honour is
# what a verb of receiving takes; "it" is the one the sentence named before.
_HONOUR = re.compile(r"\bthe\s+((?:[A-Z0-9][\w'’-]*\s+){1,5}(?:Prize|Award|Medal|Order|Cup|Trophy))\b")
_RECEIVED_IT = re.compile(r"\b(accepted|received|collected)\s+it\b")


def _honour(label: str, before: str) -> str:
    """'accepted it' -> 'accepted the Nobel Peace Prize', when the label's own sentence named
    one honour before it."""
    m = _RECEIVED_IT.search(label)
    honours = {h.group(1) for h in _HONOUR.finditer(before)}
    if m is None or len(honours) != 1:
        return label
    name = " ".join(w for w in next(iter(honours)).split() if not re.fullmatch(r"\d{4}", w))
    return f"{label[:m.end(1)]} the {name}{label[m.end():]}"


# "... brought a by-election in Carmarthen, and on 14 July 1966 Evans won it": a contest is
# what a verb of winning or losing takes; "it" is the one the sentence named before.
_CONTEST = re.compile(r"\b(?:an?|the)\s+(?P<c>(?:(?:general|local|presidential|parliamentary|regional|municipal)\s+)?"
                      r"(?:by-election|election|referendum|leadership\s+contest|race)"
                      r"(?:\s+(?:in|for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?)")
_WON_IT = re.compile(r"\b(won|lost|contested|fought|held|retained)\s+it\b")


def _contest(label: str, before: str) -> str:
    """'won it' -> 'won the by-election in Carmarthen', when the label's own sentence named one
    contest (an election, a referendum, a race) before it; a sentence naming two is left as
    written, for "it" may be either."""
    m = _WON_IT.search(label)
    if m is None:
        return label
    contests = {" ".join(c.group("c").split()) for c in _CONTEST.finditer(before)}
    if len(contests) != 1:
        return label
    return f"{label[:m.end(1)]} the {next(iter(contests))}{label[m.end():]}"


# "breaching the 2019 agreement": a thing named by its year and kind
_DATED_THING = re.compile(r"\bthe\s+(?P<y>1[5-9]\d\d|20\d\d)\s+(?P<n>[a-z]{3,})\b")


def _dated(label: str, context: str) -> str:
    """'breaching the 2019 agreement' -> 'breaching the 2019 deferred prosecution agreement',
    when a sentence of the text dated in that year introduced one such thing with words that
    say which ("under a deferred prosecution agreement"); left alone when it introduced none or
    several."""
    m = _DATED_THING.search(label)
    if m is None:
        return label
    year, noun = m.group("y"), m.group("n")
    kinds = set()
    for sentence in re.split(r"(?<=[.!?])\s+", context):
        if re.search(rf"\b{year}\b", sentence):
            for d in re.finditer(rf"\b(?:a|an)\s+((?:[a-z][\w-]*\s+){{1,3}}){noun}\b", sentence):
                words = d.group(1).split()
                if not set(w.casefold() for w in words) & (STOP_WORDS | _NOT_NOUN - {"new"}):
                    kinds.add(" ".join(words))
    if len(kinds) != 1:
        return label
    return label[:m.end("y")] + f" {kinds.pop()}" + label[m.end("y"):]


def _joined(word: str, context: str, names: Sequence[str]) -> str | None:
    """The organisation's name for a grouping the text introduced as formed around it: "the
    public movement Georgian Dream, and in February 2012 three parties joined it in a coalition"
    -> "the Georgian Dream coalition". Only where the sentence names the organisation and then
    refers to it with "it" or "its" before "a coalition" (or puts the name itself there), so the
    grouping is its own; None otherwise."""
    for sentence in reversed(re.split(r"(?<=[.!?])\s+", context)):
        for name in names:
            if name not in sentence or word not in sentence:
                continue  # neither pattern can match: not built, not compiled
            n = re.escape(name)
            if re.search(rf"\b{n}\b[^.;]{{0,160}}?\b(?:it|its)\b[^.;]{{0,30}}?\ban?\s+{word}\b"
                         rf"|\b{n}\s+(?:in|into)\s+an?\s+{word}\b", sentence):
                return name
    return None


# A government's own bodies, which a text names without the state when it named the state just
# before ("a spokesman for the United States National Security Council announced ..., and the
# Treasury made the designation").
_GOVERNMENT_BODY = {"Treasury", "Pentagon", "Cabinet", "Parliament", "Congress", "Senate", "Government"}
_STATE_BODY = re.compile(r"\b[Tt]he\s+(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:National\s+Security\s+Council|"
                         r"government|Department\s+of|Ministry\s+of|Congress|Senate|Embassy|President|Treasury|"
                         r"State\s+Department|Justice\s+Department|armed\s+forces|military)\b")


def _state_of(word: str, context: str) -> str | None:
    """The state whose body `word` is ("Treasury"), when the text just named one body of a single
    state ("the United States National Security Council"); none when it named two states."""
    if word not in _GOVERNMENT_BODY:
        return None
    states = {m.group("state") for m in _STATE_BODY.finditer(context)}
    return states.pop() if len(states) == 1 else None


def with_antecedent(label: str, prior: str, own: set[str], before: str = "", names: Sequence[str] = ()) -> str:
    """`_with_antecedent`, and a government body the label opens on with its state
    ("The Treasury designated ..." -> "The United States Treasury designated ...")."""
    out = _with_antecedent(label, prior, own, before, names)
    m = re.match(r"The\s+(?P<n>[A-Z][a-z]+)\b", out)
    state = _state_of(m.group("n"), f"{prior} {before}") if m else None
    return f"The {state} {out[4:]}" if state else out


def _with_antecedent(label: str, prior: str, own: set[str], before: str = "", names: Sequence[str] = ()) -> str:
    """A definite description that opens or closes a label ("replaced the Convention", "The
    movement was founded as the party") named as the text named it before, in the same section,
    when it did so with a name: "the Europol Convention", "the public movement Georgian Dream",
    "Regulation 2016/794", "the Nobel Peace Prize" (a name's last word read in any case).
    A kind of body the subject itself is ("the party") names the subject and is left alone. "The
    two groups" are the two the section last named together ("the Legion and the Russian
    Volunteer Corps launched a raid"). A noun naming a happening takes the object the text gave
    it (`_nominal`); `before` is the text of the label's own sentence before its clause, read
    after the sentences before it. "The two companies" after a deal are the organisation
    (`names`, as the text calls it) and the one its offer, purchase or merger named."""
    label = _contest(_honour(label, before), before)
    two = _DEF_TWO.match(label)
    context = f"{prior} {before}".strip()
    label = _dated(label, context)
    if two:
        # "The two groups launched another raid": the pair the section named last - two bodies
        # for a noun of bodies ("The two parties merged" after "founded by Ichiro Hatoyama,
        # Mamoru Shigemitsu and Nobusuke Kishi" are not those two men)
        pairs = list(_PAIR.finditer(context))
        if _BODY_NOUNS.search(two.group(0)):
            from .people import is_name

            pairs = [p for p in pairs if not any(is_name(x.strip()) for x in re.split(r"\s+and\s+", p.group("pair")))]
            # the last two bodies the context names with the noun's own word ("the Liberal
            # Party, led until 1954 by ..., and the Japan Democratic Party")
            noun = two.group(0).split()[-1]
            single = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
            named = [" ".join(m.group(0).split()) for m in re.finditer(
                rf"\b(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{1,4}}{re.escape(cap_first(single))}\b", context)]
            named = list(dict.fromkeys(named))
            if not pairs and len(named) >= 2:
                return cap_first(f"{named[-2]} and {named[-1]}") + label[two.end():]
        if pairs:
            pair = pairs[-1].group("pair")
            return cap_first(pair) + label[two.end():]
        pair = _deal_pair(context, names)
        if pair:
            return pair + label[two.end():]
    for rx in (_DEF_START, _DEF_END):
        m = rx.search(label)
        if m is None or m.group("n").casefold() in own | STOP_WORDS | _NOT_NOUN:
            continue
        if (kind := re.match(r"\s+([a-z]+)\b", label[m.end("n"):])) and kind.group(1) in KINDS:
            continue  # "The central bank began operating": a word before a kind of body describes it, no noun of its own
        word = m.group("n")
        n = re.escape(word)
        # Each pattern names the word (the first, in either case); a context without it is not
        # searched, and the pattern, new for nearly every word, is not compiled.
        head = f"(?:{n}|{re.escape(cap_first(word))})" if word[:1].islower() else n
        named_before = list(re.finditer(rf"\b[Tt]he\s+((?:[A-Z0-9][\w'’-]*\s+){{1,4}}){head}\b", context)) \
            if word in context or (word[:1].islower() and cap_first(word) in context) else []
        named_after = list(re.finditer(rf"\b[Tt]he\s+((?:[a-z]+\s+){{0,2}}){n}\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,4}})"
                                       rf"(?=[\s,.;]|$)", context)) if word in context else []
        numbered = list(re.finditer(rf"\b{n[:1].upper() + n[1:]}\s+(?:\([^()]{{1,12}}\)\s+)?(?:No\.?\s+)?\d[\d/.-]*\d",
                                    context)) if word[:1].upper() + word[1:] in context else []
        best = max(named_before + named_after + numbered, key=lambda x: x.start(), default=None)
        if best is None:
            owner = _joined(word, context, names) if rx is _DEF_START else None
            if owner:  # "The coalition won" -> "The Georgian Dream coalition won"
                return label[:m.start("n")] + f"{owner} " + label[m.start("n"):]
            continue
        if any(x.start() > best.end() and not set(x.group(1).split()) & (STOP_WORDS | _NOT_NOUN)
               for x in re.finditer(rf"\b(?:[Ii]ts|[Tt]he|[Tt]heir|[Hh]is|[Hh]er)\s+((?:[a-z][\w-]*\s+){{1,2}}){n}\b",
                                    context)):
            # "... the former Russian business ... in talks with McCormick about its food business.
            # ... agreed to combine the business": a later telling of the noun with words of its
            # own says which, and it gives no name
            continue
        if best in numbered:  # "The regulation was amended" -> "Regulation 2016/794 was amended"
            start = m.start("n") - 4 if label[m.start("n") - 4:m.start("n")].casefold() == "the " else m.start("n")
            phrase = best.group(0) if start > 0 else cap_first(best.group(0))
            return label[:start] + phrase + label[m.end("n"):]
        phrase = best.group(0)[4:]  # without "the "
        if re.search(r"\d", phrase.split()[0]):
            phrase = " ".join(phrase.split()[1:])  # "the 2022 Nobel Peace Prize" -> "Nobel Peace Prize"
        return label[:m.start("n")] + phrase + label[m.end("n"):]
    return _nominal(label, context)


# "Kouchner and his supporters left, and in 1980 they founded ...": a sentence that opens on
# two named together, or a name and "his/her/their <people>", is what a later "they" means.
_CONJOINED = re.compile(
    r"^(?P<np>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+and\s+"
    r"(?:(?:his|her|their)\s+[a-z]+s|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))\s+(?P<verb>[a-z]+)\b")


# "units of the brigade fought ...", "seven founders met ...": a plural noun phrase opening a
# sentence (after an opening phrase such as "under Colonel X,"), then a verb in the past
_PLURAL_NP = re.compile(
    r"^(?:(?:under|with|after|according\s+to)\s+[^,]{2,50},\s+)?"
    r"(?P<np>(?:(?:the|its|their|two|three|four|five|six|seven|eight|nine|ten|twelve|several|some|many)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*[^s\W]s(?:\s+of\s+the\s+[a-z][\w-]*)?)\s+(?P<verb>[a-z]+ed|met|fought|took|"
    r"went|came|left|held|made|won|lost|began|ran|sent|gave|built|set|stood|fled|crossed)\b", re.I)


_FUNCTION_ALT = "(?:" + "|".join(sorted(STOP_WORDS | {"to", "from", "into", "onto"})) + ")"


# "the Azovstal steel plant": a definite thing the sentence before named, before its noun
def _named_thing(noun: str) -> re.Pattern[str]:
    return re.compile(rf"\bthe\s+(?P<name>(?:[A-Z][\w'’-]+\s+){{1,3}}(?:(?!{_FUNCTION_ALT}\b)[a-z][\w-]+\s+){{0,2}})"
                      rf"{noun}\b")


def named_before(label: str, sentence_before: str) -> str:
    """'The remaining defenders left the plant' -> '... left the Azovstal steel plant', when the
    sentence before named one such thing by name ("ended in the Azovstal steel plant"): the
    reader of a row alone cannot see that sentence. One name only; never a guess between two."""
    for m in re.finditer(r"\bthe\s+(?P<n>[a-z][\w-]{2,})\b(?!\s+(?:of|for)\b|[-'’])", label):
        noun = m.group("n")
        if noun in STOP_WORDS or noun in _NOT_NOUN or noun in KINDS:  # "the agency" is the organisation
            continue
        # "the merged party", "the remaining defenders": a participle before the noun (not "the
        # ruling against ...", a noun its preposition follows)
        after = re.match(r"\s+([a-z][\w'’-]*)", label[m.end():])
        if noun.endswith(("ed", "ing")) and after and after.group(1) not in _FUNCTION:
            continue
        if noun not in sentence_before:
            continue  # `_named_thing` ends on the noun: a sentence without it names none (nor is it compiled)
        names = {" ".join((h.group("name") + noun).split()) for h in _named_thing(noun).finditer(sentence_before)}
        if len(names) == 1:
            return label[:m.start("n")] + names.pop() + label[m.end("n"):]
    return label


def plural_opening(sentence: str) -> str | None:
    """The plural noun phrase a sentence opens on ("units of the brigade", "seven founders"),
    when a verb in the past follows it: whom a "They" opening the next sentence means, when that
    sentence does not open on the organisation. None when the sentence opens otherwise or on a
    single capitalised word ("Siemens merged"), which may be a name."""
    m = _PLURAL_NP.match(sentence.strip())
    if m is None:
        return None
    words = m.group("np").split()
    if any(w[:1].isupper() for w in words[1:]) or (len(words) == 1 and words[0][:1].isupper()):
        return None
    if words[0].casefold() in _COUNTS:
        return "the " + m.group("np")[:1].lower() + m.group("np")[1:]  # met again, "the seven founders"
    return m.group("np")


_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"}

# "formed from a company of the Russian army who defected": a body of people the sentence
# speaks of as persons ("who"), which a "they" in the next sentence means.
_COLLECTIVE_WHO = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?P<n>company|group|unit|platoon|battalion|squad|detachment|crew|team|"
                             r"band|delegation|committee)\s+(?:of\s+[^,.;]{1,40}?\s+)?who\s+[a-z]+ed\b")


def collective(sentence: str) -> str | None:
    """"The company", when `sentence` names one body of people as persons ("a company of the
    Russian army who defected to the Ukrainian side") and no other: the "they" of the next
    sentence ("According to the company commander, they crossed ...")."""
    found = {m.group("n").casefold() for m in _COLLECTIVE_WHO.finditer(sentence)}
    return f"The {found.pop()}" if len(found) == 1 else None


# "because the governors could not agree on a successor": a plural noun phrase of the
# organisation's own people acting, the last one told before a later clause's "they"
# An aside between the phrase and its verb is the phrase's: "the seven leaders, among them Rajiv
# Gandhi of India and Muhammad Zia-ul-Haq of Pakistan, gathered in Dhaka".
_CLAUSE_PLURAL = re.compile(r"\b(?P<np>[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*[^s\W]s)(?:,\s+[^,;.]{1,100},)?\s+(?:could|would|did|had|have|"
                            r"were|may|might|must|should|[a-z]+ed)\b")


def earlier_plural(text: str) -> str | None:
    """The last plural noun phrase acting in `text`, the part of a sentence before a later
    clause ("Labidi stayed in office ... because the governors could not agree on a successor,
    and in 1976 they chose X"): who that clause's "they" is, when the sentence did not open on
    two named together (`plural_subject`). "The" and a noun in the plural, lower case, then a
    verb: "the members voted", not "the Netherlands"."""
    found = [m for m in _CLAUSE_PLURAL.finditer(text) if m.group("np").split()[-1] not in STOP_WORDS]
    return cap_first(found[-1].group("np")) if found else None


def plural_subject(sentence: str) -> str | None:
    """The two a sentence opens on, named together, when a verb follows them: who a "they" in a
    later clause of the sentence is. None when the sentence opens otherwise."""
    m = _CONJOINED.match(sentence.strip())
    if m is None or m.group("verb") in STOP_WORDS:
        return None
    return m.group("np")
