"""Choosing the most important events when a length has room for only a few.

The rule is deliberately simple and documented, so a reader can predict it and the PDF, the
DOCX and the timeline chart of one length agree on it:

0. Background (births, namesakes, reference points, anything before the organisation
   existed) is never chosen: it is kept in the profile and in the full length's text. Of
   events whose labels read the same, only the most important is (`_one_per_label`).
1. Rank events by `importance` (set by the extractor, or by hand in structured seeds),
   highest first; an event whose label leans on a sentence it does not show ("The withdrawal
   began", `refers_back`) counts `LEANS` less, since alone on a snapshot it tells little, and
   `LEANS_ALONE` less while the event told just before it in its paragraph is not chosen; beside
   that one it reads on from it and costs nothing.
   A sentence already chosen for one of its dates is not chosen again for another while any
   other sentence is left ("announced on 10 February that X would step down on 31 March").
   Changes of leader take at most a sixth of the places (none of fewer than six, save the
   latest change when it falls in the last quarter of the history: who leads now, and since
   when) while other events are left; the leaders list tells who led when, and readers of a
   twelve-event timeline with three successions found it told personnel over history. A second happening of a day already chosen
   counts `SAME_DAY` less: "5 Jun 2020 launched the centre" and "5 Jun 2020 published a report"
   spend two rows of twelve on one day, and the second is most often its footnote. One within a
   week of a chosen day counts `SAME_WEEK` less: most often the same episode's next step (a
   mutiny launched on 23 June, its columns in Rostov on the 24th); in a short list (a
   snapshot's five), `SAME_DAY` less, as a second day of one episode: Wagner's five key events
   gave two rows to the mutiny and none to its move to Syria.
   An event that tells the same kind of happening as one already chosen (a label sharing a
   word that says what happened, `_story`: a fourth "won the election", a second court
   "ordered", a second renaming in any words) counts `SAME_STORY` less. The cost is small on purpose: it decides between
   events of about equal weight (a party's 2016 election or the government's suspension of
   EU accession talks) and never keeps a founding or a defining election out.
2. Break ties by spreading over time: an event from a year not yet represented beats one
   from a year already chosen; then the more precise date wins (day > month > year); then
   the label that names more (who and what: "Nokia agreed to sell its phone business to
   Microsoft" over "A new operating model, announced on 29 October 2020, took effect", a month
   being no name); then the later date (a briefing is
   read for where things stand now).
3. Show the chosen events in chronological order.

Position in the article never decides, so reordering the seed does not change the snapshot.
"""
from __future__ import annotations

import datetime as _dt
from . import recache as re
from functools import lru_cache

from .heap import per_unit
from .kinds import KINDS
from .model import Event
from .records import record
from .text import MONTH_NAMES, STOP_WORDS, says_little

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Sequence

# A change of leader told by its leaving alone: "Daniel Chongolo resigned", "X stepped down".
_LEFT = re.compile(r"\b(?:resigned|stepped\s+down|stood\s+down|left|retired|quit|was\s+(?:dismissed|removed|sacked|"
                   r"ousted)|died)\b")
_TOOK = re.compile(r"\b(?:elected|appointed|named|chose|chosen|became|succeeded|replaced|took\s+(?:over|office|command|"
                   r"charge|the\s+(?:post|chair|helm))|sworn\s+in|installed|confirmed|nominated)\b")


def _only_left(label: str) -> bool:
    """Whether a change of leader's label tells only who left the post, not who took it."""
    return bool(_LEFT.search(label)) and not _TOOK.search(label)


# "The acquisition was completed", "Parliament adopted the law": a bare definite description
# points at something the sentence before told, which a bullet standing alone does not show.
_BACK_SUBJECT = re.compile(r"^The\s+(?:two\s+|three\s+|new\s+|same\s+)?(?P<noun>[a-z][\w-]*)\b(?!\s+of\b)")
# "... with about 54 percent of the vote": an "of" phrase completes what comes before it
_BACK_OBJECT = re.compile(r"(?<!\bof\s)\bthe\s+(?P<noun>[a-z][\w-]*)$")


# The selection, At a glance and the summaries ask `refers_back` of the same labels and
# sentences at every detail level composed (10-20 times each): the answer, which depends on
# the text alone, is found once per seed (emptied as a batch worker's next seed starts).
_LABELS = 4096


# An answer to what the sentence before told: "in return", "in response" (not "in return for X",
# "in response to X", which say to what).
ANSWERS_BEFORE = re.compile(r"\bin\s+(?:return|response|retaliation|reply|turn)\b(?!\s+(?:for|to)\b)")


@lru_cache(maxsize=_LABELS)
def refers_back(label: str) -> bool:
    """Whether an event label leans on a sentence it does not show: it opens on a pronoun ("He
    was freed"), or opens on or ends with "the" and a bare common noun ("The purchase, its largest to date, was completed", "the
    Treasury made the designation"). A kind of body ("the party", "the regiment") names the
    organisation itself and does not count, nor do its own people ("The members divided over A
    Boat for Vietnam": the organisation's members, in a briefing about it). At a glance passes
    such events over, and the selection ranks them `LEANS` lower."""
    if re.match(r"^(?:He|She|They|His|Her|Their|These|Those|This)\b", label.strip()):
        return True  # a person or thing named in the sentence before
    if re.search(r"\bfollowed(?:\s+suit)?$", label.strip().rstrip(".")):
        return True  # "The European Migrant Smuggling Centre followed": followed what?
    if re.search(r"\b(?:them|him|it)$", label.strip().rstrip(".")):
        return True  # "Courts in the three countries approved them": approved what?
    if re.search(r"\b(?:do|does|did|done|doing)\s+so\b", label):
        return True  # "Jacob Maroga denied having done so": done what?
    if ANSWERS_BEFORE.search(label):
        return True  # "Greenpeace International sued the company in return": for what?
    # (not "The first members of the corps": whose they are, "the corps", leans itself)
    own = re.match(r"^The\s+(?:[a-z][\w-]*\s+)?(?P<noun>[a-z][\w-]*)\b(?!\s+of\b)", label.strip())
    if own and own.group("noun").casefold() in _OWN_PEOPLE and not _BACK_OBJECT.search(label.strip().rstrip(".")):
        return False  # "The remaining defenders left the plant": its own, with a word of which
    for rx in (_BACK_SUBJECT, _BACK_OBJECT):
        m = rx.search(label.strip().rstrip("."))
        if m and rx is _BACK_OBJECT and re.search(r",\s+[a-z]+ing\s+the\s+[a-z][\w-]*$", label.strip().rstrip(".")) \
                and len(label[:label.rfind(",")].split()) >= 6:
            # "Two bombs exploded in the basement of COSATU House, wrecking the building": a
            # closing participle's object is what the label has just told of
            continue
        if m and rx is _BACK_SUBJECT and (kind := re.match(r"The\s+[a-z][\w-]*\s+(?P<n>[a-z][\w-]*)\b(?!\s+of\b)",
                                                           label.strip())) and kind.group("n").casefold() in KINDS:
            continue  # "The federal party was formed at the first national congress": a kind of body, its own
        if m and m.group("noun").casefold() not in KINDS and m.group("noun").casefold() not in _OWN_PEOPLE \
                and not (rx is _BACK_SUBJECT and m.group("noun").casefold() in _STATE_OWN):
            return True
    return False


# A state's own institutions, which "the" names in any article without a sentence before it:
# "The government decided that the border should be guarded by border troops" (the Finnish
# Border Guard's founding, 1919) tells its subject whole.
_STATE_OWN = frozenset({"government", "parliament", "cabinet", "legislature", "senate"})


per_unit(refers_back.cache_clear)


# Words for an organisation's own people, which "the" names without a sentence before it.
# A unit's own are its soldiers ("The remaining defenders left the Azovstal steel plant ... and
# were taken prisoner": Azov's, in a briefing about Azov).
_OWN_PEOPLE = frozenset({"members", "membership", "staff", "board", "founders", "employees", "volunteers",
                         "delegates", "leadership", "workforce", "defenders", "fighters", "soldiers", "troops",
                         "personnel", "crew", "crews", "garrison", "recruits", "workers"})


_PRECISION_RANK = {"range": 3, "day": 2, "month": 1, "year": 0}
# Capitalised words after a label's first: what a label names ("Nokia agreed to sell its
# business to Microsoft" names two; "A new operating model took effect" none).
_NAMES = re.compile(r"(?<=\s)[A-Z][\w'’&-]+")
_NOT_NAMES = frozenset(MONTH_NAMES)  # "announced on 29 October 2020" names nobody
LEANS = 0.2
SAME_STORY = 0.05
# Words that name no happening of their own: reporting and light verbs, and words of degree,
# time and number that any two labels may share.
_LIGHT = frozenset({
    "announced", "announce", "said", "stated", "claimed", "reported", "confirmed", "declared", "began", "begun",
    "became", "started", "took", "taken", "made", "given", "would", "could", "should", "other", "others",
    "first", "second", "third", "several", "about", "almost", "nearly", "their", "there", "these", "those",
    "which", "where", "while", "after", "before", "since", "until", "under", "again", "later", "early", "then",
    "years", "months", "weeks", "percent", "people", "members", "place", "part", "parts"})
_STORY_WORD = re.compile(r"\b[a-z][a-z-]{4,}\b")
LEANS_ALONE = 0.35
SAME_DAY = 0.15
SAME_WEEK = 0.08
# What each event already chosen from the same year costs in a short list: Azov's five key
# events gave three rows to 2014 (its founding, a regiment, the National Guard) and none to
# its surrender at Azovstal. Small, so that a year that holds a founding and its defining
# event still gives both.
SAME_YEAR = 0.05
# A history this long (years from its first to its last event) has eras, and a short list
# should not spend itself on one of them (see `select_events`).
ERAS_FROM_YEARS = 50
SHORT_LIST = 6
# What a label that says only that something indefinite began (`says_little`) costs in a short
# list: Nokia's five key events gave one to "A new operating model ... took effect" and left
# out the sale of its phone business. A timeline's twelve rows keep it beside its neighbours.
SAYS_LITTLE = 0.3


def _names(label: str) -> int:
    """How many names a label gives after its first word, a month being none."""
    return sum(1 for w in _NAMES.findall(label) if w not in _NOT_NAMES)


def _story(label: str) -> frozenset[str]:
    """The words of a label that say what happened: its lowercase words of five letters or
    more, less function words, kinds of body ("the party") and light verbs, a plural read as
    its singular. Two labels sharing one tell one kind of happening ("won the parliamentary
    election" and "In the election, the party won 115 seats")."""
    out = set()
    for w in _STORY_WORD.findall(label):
        if w in STOP_WORDS or w in _LIGHT or w in KINDS:
            continue
        out.add(w[:-1] if w.endswith("s") and not w.endswith("ss") else w)
    return frozenset(out - KINDS)


# A renaming tells one kind of happening whatever its words ("became the International
# Association of Athletics Federations", "approved the new name World Athletics"): a second one
# counts SAME_STORY less, as a second "won the election" does.
_RENAMED = frozenset({"<renamed>"})

story_words = _story  # for At a glance's test of an event it already tells (`digest.not_told`)


def chronological(events: list[Event], told: Sequence[Event] | None = None) -> list[Event]:
    """`events` in the order of their dates; those of one date in the order given, which is the
    article's ("Two days later the president suspended him. The same decree made a deputy
    interim chairman" had been listed the other way round, by the words' alphabetical order).

    A month (no day) holds the days within it, and its own place among them is not told by
    its date: it goes after the latest of them that the article told before it, as the article
    does ("it opened its first office on 11 September. Later that month the fund was presented
    to the public" had listed the presentation, at September 1961, before the 11th), and at
    its start when the article told none of them before it. A year alone stays at its start,
    before the year's months and days: a list of the year's happenings opens on those the
    article dates by the year only (a year between two days of January read as a slip). But a
    year whose sentence says it came later ("the same year", "later that year", or opening on
    "After"/"Following") goes after the latest of the year's days and months the article told
    before it, as a month does: the Black Sea Fleet's "After the division of 1997 the Russian
    part ..." had stood before "28 May 1997: The two countries signed agreements that divided
    the ships", and Law and Justice's "Later that year Jarosław Kaczyński lost the presidential
    election" before the crash of 10 April 2010. (An event the lead retells, such as a
    founding, has the lead's place in `told`, before everything the sections date.)
    `told` is the article's events in reading order (the profile's list, or a list taken from
    it in order); without it the order given is taken for it."""
    order = {id(e): i for i, e in enumerate(told if told is not None else events)}
    # the days told, by the month they fall in, with their places in the article
    days: dict[tuple[int, int | None], list[tuple[int, _dt.date]]] = {}
    # the days and months told, by year, with their places in the article
    dated: dict[int, list[tuple[int, _dt.date]]] = {}
    for e in events:
        if e.end is None and not e.ongoing and e.date.precision in ("day", "month") and id(e) in order:
            if e.date.precision == "day":
                days.setdefault((e.date.year, e.date.month), []).append((order[id(e)], e.date.start()))
            dated.setdefault(e.date.year, []).append((order[id(e)], e.date.start()))

    def key(e: Event) -> tuple:
        start = e.date.start()
        if e.end is None and not e.ongoing and e.date.precision == "month" and id(e) in order:
            before = [d for i, d in days.get((e.date.year, e.date.month), ()) if i < order[id(e)] and d > start]
            if before:
                return (max(before), 1, e.date.end())
        if e.end is None and not e.ongoing and e.date.precision == "year" and id(e) in order \
                and _LATER_IN_YEAR.search(e.text):
            before = [d for i, d in dated.get(e.date.year, ()) if i < order[id(e)] and d > start]
            if before:
                return (max(before), 1, e.date.end())
        return (start, 0, e.date.end())

    return sorted(events, key=key)


# What says a year's event came after others of that year: "the same year", "later that year",
# "by the end of the year", or a sentence opening on "After"/"Following".
_LATER_IN_YEAR = re.compile(r"(?i)\b(?:(?:that|the)\s+same\s+year|later\s+(?:that|the\s+same|in\s+the)\s+year|"
                            r"by\s+the\s+end\s+of\s+(?:that|the)\s+year)\b|^\s*(?:After|Following)\s")


_DATE_WORDS = re.compile(
    r"[,\s]+(?:on|in|of|since|from|by|until)\s+(?:the\s+)?(?:\d{1,2}\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{4}\b")


def _one_per_label(events: list[Event]) -> list[Event]:
    """Events of one sentence whose labels read the same once their dates are left out ("Nokia
    announced that Lundmark would step down", at 10 February, 31 March and 1 April; "An
    ordinance signed on 9 March 1831 was ratified" and "... was ratified on 10 March 1831") as
    the one of them that matters most, the earliest on a tie: a timeline or list showing the
    same words at two dates says nothing the first did not. Two sentences that happen to read
    alike ("The party won the election") are two events."""
    best: dict[tuple[str, str], Event] = {}
    keys: dict[int, tuple[str, str]] = {}
    for e in events:
        label = _DATE_WORDS.sub("", " ".join((e.label or e.text).split())).casefold()
        key = (" ".join((e.text or "").split()).casefold(), label)
        keys[id(e)] = key
        held = best.get(key)
        if held is None or (e.importance, -e.date.start().toordinal()) > (held.importance, -held.date.start().toordinal()):
            best[key] = e
    keep = {id(e) for e in best.values()}
    return [e for e in events if id(e) in keep]


def _told_before(events: list[Event]) -> dict[int, Event]:
    """Each event's predecessor in reading order within one paragraph (same source line)."""
    out: dict[int, Event] = {}
    last: dict[tuple[str | None, int | None], Event] = {}
    for e in events:
        key = (e.source.file, e.source.line) if e.source else (None, None)
        if key != (None, None) and key in last:
            out[id(e)] = last[key]
        if key != (None, None):
            last[key] = e
    return out


def _lean_cost(e: Event, before: dict[int, Event], chosen: list[Event]) -> float:
    """What a leaning label costs: nothing beside the event it continues, `LEANS_ALONE` away
    from it ("The coalition won ..." without the coalition being formed)."""
    prior = before.get(id(e))
    if prior is not None and any(c is prior for c in chosen):
        return 0.0
    return LEANS_ALONE if prior is not None else LEANS


@record(frozen=True)
class _Facts:
    """What `select_events` ranks an event by that depends on the event alone."""

    text: str  # its sentence with spaces normalised: one sentence is told once
    leans: bool  # `refers_back` of its label
    start: _dt.date
    ordinal: int
    precision: int  # `_PRECISION_RANK`
    names: int  # the names its label gives (`_names`)
    story: frozenset[str]  # what its label says happened (`_story`)
    little: bool  # `says_little` of its label

    @staticmethod
    def of(e: Event) -> _Facts:
        label = e.label or e.text
        start = e.date.start()
        return _Facts(" ".join(e.text.split()), refers_back(label), start, start.toordinal(),
                      _PRECISION_RANK.get(e.precision, 0), _names(label),
                      _story(label) | (_RENAMED if e.kind == "renaming" else frozenset()), says_little(label))


def select_events(events: list[Event], limit: int | None) -> list[Event]:
    """The `limit` most important events (all when limit is None), in date order. `events` in
    the article's reading order (the profile's, or a list taken from it in order: see
    `chronological`)."""
    told = events
    events = _one_per_label([e for e in events if not e.background])
    if limit is None or limit >= len(events):
        return chronological(events, told)
    if limit <= 0:
        return []
    remaining = list(events)
    chosen: list[Event] = []
    years: set[int] = set()
    days: set[_dt.date] = set()  # a day already told: its second happening counts SAME_DAY less
    told: set[str] = set()  # sentences already chosen: a second date of one sentence comes last
    stories: set[str] = set()  # what the chosen events tell happened (`_story`)
    # Changes of leader fill at most a sixth of a list (none of fewer than six) while other
    # events are left: the leaders list tells who led when, a timeline of twelve events of which
    # three are successions leaves out what the organisation did, and a snapshot's five events
    # beside its Leadership list are no place for "Marcel Delcourt left" (1973).
    leaders_cap = limit // 6
    # One exception: the latest change of leader, when it falls in the last quarter of the
    # history, may take a place in a list too short for any: who leads now and since when is
    # where a briefing is read for (Crisis Group's snapshot held a Nobel prize, two convictions and
    # a death, and not the appointment of its president), and the Leadership list beside it
    # does not say since when. An old departure ("Marcel Delcourt left", 1973) still does not.
    first_year = min(e.date.year for e in events)
    last_year = max(e.date.year for e in events)
    changes = [e for e in events if e.kind == "leadership"]
    # (the weightiest of the last quarter's changes, the latest of equals: "Sanae Takaichi named
    # Taro Aso vice president" three days after her election is not the change that tells who
    # leads now)
    # (of equals, one that names who took the post before one that tells only who left it:
    # Chama Cha Mapinduzi's "Daniel Chongolo resigned" (2023) had taken the place of its
    # chairperson's election (2021), which tells who leads now)
    recent = [e for e in changes if e.date.year >= last_year - (last_year - first_year) / 4]
    latest_change = max(recent, key=lambda e: (e.importance, not _only_left(e.title), e.date.start())) \
        if recent else None
    # A history of generations (ERAS_FROM_YEARS or more) gives no more than half a short list
    # (SHORT_LIST: a snapshot's key events; twelve have room to tell an era), rounded
    # up, to events within a tenth of its span of each other while events of other times are
    # left: the Foreign Legion's five key events had all fallen in 1831-1863 (two reorganisations
    # beside its founding) with Dien Bien Phu and the move to Aubagne left out. The latest tenth
    # is not capped: what it did lately is what a reader of a briefing is most often after. A
    # cap, not a cost: a cost spread by era took the ANC's 1994 election out for an older event.
    first, last = (min(e.date.year for e in events), max(e.date.year for e in events)) if events else (0, 0)
    era = (last - first) / 10 if last - first >= ERAS_FROM_YEARS and limit <= SHORT_LIST else 0.0
    era_cap = (limit + 1) // 2
    # The event told just before a leaning one in its paragraph (reading order) is what it leans
    # on: with that one chosen the row reads on from it; without, it counts LEANS_ALONE less.
    before = _told_before(events)
    # What an event's rank reads of the event alone is worked out once per call, not once per
    # place filled (a twelve-event pick over eighty events compared each of them twelve times).
    facts = {id(e): _Facts.of(e) for e in remaining}
    while remaining and len(chosen) < limit:
        n_leaders = sum(1 for e in chosen if e.kind == "leadership")
        founded = {e.date.year for e in chosen if e.kind == "founding"}

        def rank(e: Event) -> tuple:
            f = facts[id(e)]
            return (
                not (e.kind == "leadership" and n_leaders >= leaders_cap
                     and not (leaders_cap == 0 and n_leaders == 0 and e is latest_change)),
                not (era and e.date.year < last - era
                     and sum(1 for c in chosen if abs(c.date.year - e.date.year) <= era) >= era_cap),
                # A second founding row within a year of one chosen ("March 2022: FRL was formed"
                # beside "5 April 2022: ... announcing that the Legion had been formed") tells the
                # same beginning again, while other events are left; a founding generations
                # later (Nokia's 1967 merger after 1865) is a new beginning and counts in full.
                not (e.kind == "founding" and any(abs(e.date.year - y) <= 1 for y in founded)),
                f.text not in told,
                round(e.importance - (_lean_cost(e, before, chosen) if f.leans else 0.0)
                      - (SAME_DAY if e.precision == "day" and f.start in days else 0.0)
                      - ((SAME_DAY if limit <= SHORT_LIST else SAME_WEEK) if e.precision == "day" and f.start not in days
                         and any(abs((f.start - d).days) <= 7 for d in days) else 0.0)
                      - (SAME_STORY if f.story & stories else 0.0)
                      - (SAYS_LITTLE if f.little and limit <= SHORT_LIST else 0.0)
                      - (SAME_YEAR * sum(1 for c in chosen if c.date.year == e.date.year)
                         if limit <= SHORT_LIST else 0.0), 6),
                e.date.year not in years,
                f.precision,
                f.names,
                f.ordinal,
                e.text,
            )

        best = max(remaining, key=rank)
        chosen.append(best)
        told.add(facts[id(best)].text)
        stories |= facts[id(best)].story
        years.add(best.date.year)
        if best.precision == "day":
            days.add(best.date.start())
        remaining.remove(best)
    return chronological(chosen, told)
