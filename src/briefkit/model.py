"""The typed Profile: the one vocabulary every stage after the readers speaks.

Readers produce it (from an article or from hand-written YAML/JSON), templates and charts
consume it without re-parsing text. It is a pydantic model so that hand-written seed data is
validated with precise field paths and so that `briefkit schema` can print a JSON Schema.

Every block and event keeps a `source` (file and line) so a reader of the brief, or a lint
finding, can be traced back to the line of the seed it came from.
"""
from __future__ import annotations

from functools import lru_cache

from . import recache as re

import datetime as _dt
from collections.abc import Sequence
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator


class _Model(BaseModel):
    # forbid: a typo in a hand-written seed ("aliasses:") must be an error, not silently dropped.
    # defer_build: each model's validator is built when it is first used, not at import; a
    # build validates only Profile (whose validator covers the models inside it), so the
    # validators of the nested models, built one by one at import, were never used.
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Source(_Model):
    """Where a piece of the profile came from: file and 1-based line."""

    file: str | None = None
    line: int | None = None


class ListItem(_Model):
    """One item of a (possibly nested) list: its text and its sub-items."""

    text: str
    children: list[ListItem] = Field(default_factory=list)
    source: Source | None = None


class Paragraph(_Model):
    kind: Literal["paragraph"] = "paragraph"
    text: str
    source: Source | None = None


class BulletList(_Model):
    kind: Literal["list"] = "list"
    items: list[ListItem]
    ordered: bool = False
    source: Source | None = None


Block = Annotated[Union[Paragraph, BulletList], Field(discriminator="kind")]


class Section(_Model):
    """A heading with its blocks and subsections; level 1 is `== X ==` in the article format."""

    title: str
    level: int = 1
    blocks: list[Block] = Field(default_factory=list)
    children: list[Section] = Field(default_factory=list)
    source: Source | None = None

    def walk(self) -> list[Section]:
        """This section and all its descendants, in document order."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


AliasKind = Literal["alias", "abbreviation", "native", "former"]


class Alias(_Model):
    text: str
    kind: AliasKind = "alias"
    # ISO 15924-ish script name ("Cyrillic", "Latin"), detected, for fonts and for readers.
    script: str | None = None


class Names(_Model):
    title: str
    aliases: list[Alias] = Field(default_factory=list)


class Fact(_Model):
    """A labelled key fact. `items` holds a nested list when the value is one."""

    label: str
    text: str = ""
    items: list[ListItem] = Field(default_factory=list)
    source: Source | None = None


class Post(_Model):
    """A post a person holds or held besides the one `Person.role` names: another office in
    the subject ("Chair of the board" beside "Interim CEO"), one outside it ("Head of
    government", "Speaker of parliament"), or one only claimed ("Deputy commander" by the
    person's own account). Kept apart from `role` so that who leads the subject, and as what,
    is still read from `role` alone."""

    role: str
    # As the text states it ("since 1 February 2024", "2012–2020"), like `Person.period`.
    period: str | None = None
    current: bool | None = None
    # The other body the post belongs to ("parliament"), None for the subject's own.
    affiliation: str | None = None
    # Whose word it is when the article does not state it as fact ("by his own account",
    # "according to Dmitry Peskov"): the writers keep the hedge.
    hedge: str | None = None


class Person(_Model):
    """Someone the profile names, with what evidence says of them.

    `leader` is True only when the person holds (or held) a role in *this* organisation (see
    `extract/people.py` for the evidence that counts); a role that belongs to another body makes
    the person related, with that body in `affiliation`."""

    name: str
    role: str | None = None
    # Other names the person goes by (noms de guerre such as "Caesar").
    aliases: list[str] = Field(default_factory=list)
    leader: bool = False
    # The period of the role as the text states it ("since July 2024", "2022–2024").
    period: str | None = None
    # True: holds the role now; False: held it before; None: the text does not say.
    current: bool | None = None
    # Earlier closed terms of a leader whose `period` is the present one ("2021–2024" beside
    # "since May 2025"), each with its role when that differs ("chairman 2012–2013").
    earlier: list[str] = Field(default_factory=list)
    # Other posts besides `role`, in the order the text tells them (see `Post`).
    posts: list[Post] = Field(default_factory=list)
    # The source marked the name with a dagger (†): the person has died.
    deceased: bool = False
    # The other body a related person's role belongs to ("the 54th Brigade").
    affiliation: str | None = None
    source: Source | None = None


Precision = Literal["day", "month", "year"]


class EventDate(_Model):
    """A calendar date of day, month or year precision."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    @property
    def iso(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def start(self) -> _dt.date:
        """The first day the date covers (used for sorting and plotting)."""
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def end(self) -> _dt.date:
        """The last day the date covers."""
        if self.day is not None:
            return self.start()
        if self.month is not None:
            nxt = _dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1)
            return nxt - _dt.timedelta(days=1)
        return _dt.date(self.year, 12, 31)


EventKind = Literal[
    "founding", "dissolution", "renaming", "reorganisation", "leadership", "legal", "operation", "loss",
    "milestone", "statement", "background", "other",
]


class Event(_Model):
    """One happening the article dates.

    `end` makes it a range; `ongoing` an open span ("Since 22 May 2023 ...").
    `year_inferred` says the text omitted the year and it was taken from context.
    `text` is the richest sentence that tells it (as written); `label` a short clause from the
    same words for timelines and lists. `background` marks births, namesakes, reference points
    and anything before the organisation existed: kept in the profile, off default timelines.
    `also` holds the source lines of the other places that tell the same happening, `retold`
    their sentences.
    """

    date: EventDate
    end: EventDate | None = None
    ongoing: bool = False
    text: str
    label: str = ""
    # The same clause at the length of a bullet (about two lines), when it differs from the
    # label: At a glance tells an event in it rather than in the shorter label.
    statement: str = ""
    kind: EventKind = "other"
    background: bool = False
    section: str | None = None
    year_inferred: bool = False
    # 0..1, higher is more important; used to pick events for short lengths and charts.
    importance: float = 0.5
    source: Source | None = None
    also: list[Source] = Field(default_factory=list)
    # The other sentences that tell it (as written), beside `text`: a section summary counts a
    # sentence that retells an important happening as informative, whichever telling it kept.
    retold: list[str] = Field(default_factory=list)

    @property
    def title(self) -> str:
        """The label, or the text when no label was made (hand-written seeds)."""
        return self.label or self.text

    @property
    def precision(self) -> str:
        if self.end is not None or self.ongoing:
            return "range"
        return self.date.precision


class OrgNode(_Model):
    """A node of the organisation tree: a parent formation, the unit itself, a subunit, or a
    governing body of the unit (a board, assembly or congress that oversees or elects its
    head: part of it, but not under its executive).

    `attributes` keeps the other columns of a structure table (`Formed: 2015`)."""

    name: str
    kind: Literal["parent", "unit", "subunit", "governing"] = "subunit"
    leaders: list[Person] = Field(default_factory=list)
    children: list[OrgNode] = Field(default_factory=list)
    attributes: dict[str, str] = Field(default_factory=dict)
    source: Source | None = None

    def walk(self) -> list[OrgNode]:
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


RelationKind = Literal["allied", "partner", "rival", "predecessor", "successor", "affiliated", "related"]


class Relation(_Model):
    """Another body the organisation works with, opposes or descends from: not a part of it."""

    name: str
    kind: RelationKind = "related"
    source: Source | None = None


class Subordination(_Model):
    """One period of the organisation's place in a larger body (`2014–2016: Ministry of ...`)."""

    parent: str
    period: str | None = None
    current: bool = False
    source: Source | None = None


class SourceInfo(_Model):
    """Bibliographic origin of the seed, for the source and licence line."""

    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    licence: str | None = None
    licence_url: str | None = None
    retrieved: str | None = None

    @field_validator("url", "licence_url")
    @classmethod
    def _safe_url(cls, value: str | None) -> str | None:
        """A URL becomes a live link in both formats, so only web and mail addresses, and no
        whitespace or control character that could end the link and start markup."""
        problem = url_problem(value)
        if problem:
            raise ValueError(problem)
        return value


URL_SCHEMES = ("http", "https", "mailto")


def url_problem(url: str | None) -> str | None:
    """Why `url` cannot be a link target (None if it can): scheme outside http/https/mailto,
    a missing host, or any whitespace or control character."""
    import re

    if url is None:
        return None
    if re.search(r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff<>\"`]", url):
        return "URL must not contain spaces, line breaks, control characters or <>\"`"
    m = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", url)
    if not m or m.group(1).lower() not in URL_SCHEMES:
        return f"URL must start with {', '.join(s + ':' for s in URL_SCHEMES)}"
    if m.group(1).lower() != "mailto" and not re.match(r"(?i)https?://[^/?#]+", url):
        return "URL needs a host after //"
    return None


class Profile(_Model):
    """Everything briefkit knows about one organisation."""

    names: Names
    facts: list[Fact] = Field(default_factory=list)
    lead: list[Block] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    see_also: list[str] = Field(default_factory=list)
    # The article's apparatus: its References, Notes, Sources, Further reading, External links
    # (each item or paragraph as written). Shown at the end of the full profile, never read for
    # facts: a citation's date ("Savana, 14 February 2025") is when a source was published.
    references: list[str] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    org: OrgNode | None = None
    relations: list[Relation] = Field(default_factory=list)
    subordination: list[Subordination] = Field(default_factory=list)
    source: SourceInfo = Field(default_factory=SourceInfo)
    # Date of information (ISO date); when absent, builds use SOURCE_DATE_EPOCH or the seed's mtime.
    as_of: str | None = None
    seed_file: str | None = None

    @property
    def title(self) -> str:
        return self.names.title

    @property
    def leaders(self) -> list[Person]:
        """People who lead or led the organisation itself, current ones first."""
        leaders = [p for p in self.people if p.leader]
        return sorted(leaders, key=lambda p: {True: 0, None: 1, False: 2}[p.current])

    def all_sections(self) -> list[Section]:
        out: list[Section] = []
        for s in self.sections:
            out.extend(s.walk())
        return out

    def block_texts(self) -> list[str]:
        """The text of every block of the lead and of every section that has one (paragraphs,
        not lists or tables), in reading order: what a rule reads to find how the article
        speaks of a name anywhere ("the head of Aérospatiale", "Faki took office")."""
        return [b.text for b in [*self.lead, *(b for sec in self.all_sections() for b in sec.blocks)]
                if getattr(b, "text", None)]


# Who speaks for an organisation or stands in for its head does not head it: a spokesperson,
# a deputy, a chief of staff. Lists and chart boxes put them after its heads.
# (a vice chair or vice-president is a deputy, unless the post is also a head's: "Vice chairman
# and co-CEO"; a vice admiral is a rank)
SECONDARY_ROLE = re.compile(r"(?i)spokes|press|speaker|deputy|chief\s+of\s+staff|"
                            r"\bvice[\s-]+(?!admiral|marshal)(?![^,;]*\band\s+(?:co-?)?(?:ceo|chief\s+executive|president|chair))")
# The chair of a board oversees those who run the organisation: of two who lead it now, its
# chief executive is named first ("Led by Justin Hotard (CEO) and Sari Baldauf (Chair of the
# Board)"), in lists and At a glance alike.
BOARD_CHAIR = re.compile(r"(?i)\bchair\w*\s+of\s+(?:the\s+)?(?:supervisory\s+)?board\b|\bboard\s+chair")
# A chief executive's post, and a chair's named bare ("Chairman", "Vice chairman").
CHIEF_EXECUTIVE = re.compile(r"(?i)\b(?:ceo|chief\s+executive(?:\s+officer)?|managing\s+director|"
                             r"director[\s-]general|executive\s+director)\b")
_BARE_CHAIR = re.compile(r"(?i)\s*(?:(?:vice|deputy|co)[\s-]*)?chair(?:man|woman|person)?\s*")


def oversees(person: Person, people: Sequence[Person]) -> bool:
    """Whether `person`, in post now, chairs a board over a chief executive among `people`, and
    so is named after them: a chair of the board always (`BOARD_CHAIR`); a chair named bare
    ("Chairman") when a chief executive is in post too. Airbus's snapshot had read "Led by René
    Obermann (Chairman) and Guillaume Faury (CEO)"; a party's "Chairman" beside its "General
    Secretary" is its leader and is still named first."""
    role = person.role or ""
    if not person.current:
        return False
    if BOARD_CHAIR.search(role):
        return True
    return bool(_BARE_CHAIR.fullmatch(role)) and any(
        p.current and CHIEF_EXECUTIVE.search(p.role or "") for p in people)


@lru_cache(maxsize=4096)  # pure, and asked of every pair of holders by succession rules
def post_of(role: str | None) -> str:
    """The post a role names, whoever held it how: "Acting commander" and "Commander (COMLE)"
    are the commander's post. Who leads now and who held a post after whom compare posts."""
    # (a non-executive chair holds the chair: Boeing's "non-executive chairman" of 2003 beside
    # its chairs since)
    # (nor does a founding chair hold another post than the chairs after them: Petronas's
    # "founding chairman" beside the chairman its infobox names)
    bare = re.sub(r"(?i)^(?:acting|interim|caretaker|first|founding|former|non-executive)\s+", "", (role or "").strip())
    post = re.sub(r"\s*\([^)]*\)", "", bare).strip().casefold()
    # one post under two or three names: the head of a unit is its commander, commanding officer
    # or commandant ("Ivo Moerman (Commandant, since 2023)" beside an undated "Commander" of 1665);
    # a chair is its chairman, chairwoman or chairperson (Unilever's "chaired since 2007 by
    # Michael Treschow" beside the chairmen after him)
    # ... and the chair of its board or trustees is its chair (the RNLI's "Chair of the
    # trustees" of 2008 beside the "Chair" its infobox names now); not a two-tier company's
    # supervisory or executive board, whose chairs are two posts
    post = re.sub(r"^(chair(?:man|woman|person)?)\s+of\s+(?:the|its)\s+(?:board(?:\s+of\s+(?:trustees|directors|governors))?"
                  r"|trustees|governors|council)$", r"\1", post)
    post = re.sub(r"^chair(?:man|woman|person)?$", "chair", post)
    # a chief executive is its CEO ("Chief executive, from 2017" beside "President and CEO, since
    # August 2025"); an officer in charge, however hyphenated, is one post
    post = re.sub(r"\bchief\s+executive(?:\s+officer)?\b", "ceo", post)
    # (a group's chief executive is its chief executive: "Vice-Chairman and Group CEO" beside the
    # "Chief executive" of a list)
    post = re.sub(r"(?:^|(?<=\band\s))group\s+(?=ceo\b|managing\s+director\b)", "", post)
    post = re.sub(r"^officer[\s-]+in[\s-]+charge$", "officer in charge", post)
    return "commander" if post in ("commanding officer", "commandant", "commanding general") else post


# A role held for a time in another's stead.
_STAND_IN = re.compile(r"(?i)(?:acting|interim|caretaker|temporary|provisional)\b|officer[\s-]+in[\s-]+charge\b")


def joined_posts(role: str | None) -> list[str]:
    """The posts of a double role ("President and leader" -> ["president", "leader"])."""
    parts = re.split(r"\s+and\s+|\s*,\s*", (role or "").strip())
    return [post_of(x) for x in parts] if len(parts) > 1 else []


def shared_post_of(role: str | None) -> str | None:
    """The post a role shares with others by its "co-" ("Co-chief executive", "vice chairman and
    co-CEO" -> "ceo"), one spelling for all, or None for a role held alone. Co-holders are named
    together and change hands as a group."""
    m = re.search(r"(?i)\bco-(?P<post>[\w\s-]{2,30}?)(?:\s+and\b|,|$)", role or "")
    if m is None:
        return None
    return re.sub(r"(?i)\bchief\s+executive(?:\s+officer)?\b", "ceo", m.group("post").strip()).casefold()


def as_former(p: Person) -> str | None:
    """A leader's role as a list or a chart shows it: a former holder is called "Former
    commander", so no line can be read as someone still in post, and a list of holders reads
    the same whether the article gave an end date ("Former commander, 2014 to 2018") or not
    ("Former commander, from 2018"). A role that already says when it was held ("First",
    "Founder", "Acting" with its time) stays, and so does one dated to a single time ("Chairman,
    in July 2016"); an acting holder of no told time, gone, is "Former acting commander"."""
    role = p.role
    if not role or not p.leader or p.current is not False:
        return role
    if re.match(r"(?i)(?:former|first|founding|co-?founder|founder|honorary)\b", role) \
            or (re.match(r"(?i)(?:acting|interim)\b", role) and p.period):
        # ("Acting commander" with no time read as the one acting now: "Former acting commander")
        return role
    if re.match(r"(?i)in\s", p.period or ""):
        return role  # "Chairman, in July 2016": the date says when; "Former chairman, in July 2016" read oddly
    if re.match(r"(?i)(?:acting|interim)\b", role):
        return f"Former {role[:1].lower()}{role[1:]}"  # "Former interim CEO"
    words = role.split()
    # "Executive Director" stays in title case ("Former Executive Director"), an acronym stays
    # ("Former CEO"), and a role in sentence case goes on in it ("Former commander").
    # ("Secretary-General" and "Director-General" are title case within one word: "Former
    # Secretary-General", not "Former secretary-General")
    parts = [x for w in words for x in w.split("-")]
    title_case = len(parts) > 1 and all(w[:1].isupper() for w in parts if w.isalpha() and len(w) > 3)
    return f"Former {role if words[0].isupper() or title_case else role[:1].lower() + role[1:]}"


def _year_in(period: str) -> int | None:
    """The first year a period names ("from 1947" -> 1947), or None."""
    m = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", period)
    return int(m.group(1)) if m else None


def bare_date(period: str) -> bool:
    """Whether a period is one date and no word at all ("1933", "13 January 2020"): no range,
    no "since", "until" or "in". (`extract.people._lone_date` also takes "in 2013", a time
    within a term; this one is for what a bare date may be read as: a start.)"""
    return bool(re.fullmatch(r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:1[5-9]\d\d|20\d\d)", period.strip()))


def news_year(events: list[Event]) -> int | None:
    """The year of the latest happening the article tells (background aside), for
    `leading_now`'s `latest`; None when it tells none."""
    return max((e.date.year for e in events if not e.background), default=None)


def leading_now(leaders: list[Person], latest: int | None = None) -> list[Person]:
    """Of the subject's leaders, those who may lead it now: all but those the text says left,
    and an undated holder of a post that someone else holds now, or whose dated holders have
    all left ("X was among the commanders who followed him"): one person holds a post at a
    time, so that one is history, not the present. So is a stand-in (acting, interim, an
    officer in charge) before someone the text says holds the post now, and a leader the text
    says died. Empty when no one is left.

    `latest`: the year of the article's latest news, when known. A holder told only for one
    year ("in 2013 the board was chaired by Idar Kreutzer") two or more years before it is a
    look at that year, not who holds the post now: the Norwegian Refugee Council's snapshot,
    as of 2025, had said "Led by ... Idar Kreutzer (Chair in 2013)"."""
    def history(p: Person) -> bool:  # undated, while another holds the post now or its dated holders left
        if p.deceased:
            return True  # the text says they died ("Rehman died in Lahore on 12 April 2021")
        same = [q for q in leaders if q is not p and post_of(q.role) == post_of(p.role)]
        if any(q.current for q in same):
            return True  # one person holds a post at a time: "Rigal (from 2022)" beside "Corty (current)"
        begun = _year_in(p.period or "")
        if _STAND_IN.match(p.role or "") and any(
                q.current and (post_of(p.role) in joined_posts(q.role) or post_of(p.role) == "officer in charge"
                               or not any(post_of(p.role) in joined_posts(r.role) for r in leaders if r is not p))
                and (begun is None or ((later := _year_in(q.period or "")) is not None and later > begun))
                for q in leaders if q is not p):
            # a stand-in before the one the text says holds the post now, from a later year (an
            # officer in charge of 2022 beside a commandant since July 2025): one held it for a
            # time, the other holds it. (One within the present holder's term may stand in still.)
            # A stand-in post no one else holds stands in for the heads themselves: Caritas's
            # "temporary administrator", named when the pope removed its officers, ran it only
            # until the president and secretary general elected in 2023.
            return True
        held = [x for x in joined_posts(p.role) if not re.fullmatch(r"(?:co-?)?founders?", x)]
        if not p.period and p.current is None and held and any(
                q.current and post_of(q.role) in held for q in leaders if q is not p):
            # an undated "Founder and executive director" beside the executive director the text
            # says holds the post now (WANEP's Bombande beside Addae-Mensah): one holds it at a time
            return True
        if not p.period and post_of(p.role) and any(
                q.current and post_of(p.role) in joined_posts(q.role) for q in leaders if q is not p):
            # an undated "President" beside the one who holds the post now as part of a double
            # post ("President and leader, since June 2023"): Plaid Cymru's Dafydd Iwan, elected
            # president in 2003, had been named as its leader today
            return True
        if p.period and re.match(r"(?i)in\s", p.period) and (within := _year_in(p.period)) is not None:
            # "Officer in charge, in 2015" in a table of directors: a term within that year, over
            # once another is said to lead it now from a later year ("Director, since 2024")
            return (latest is not None and latest - within >= 2) or any(
                q.current and (begun := _year_in(q.period or "")) is not None and begun > within
                for q in leaders if q is not p)
        if p.period and (re.match(r"(?i)from\s", p.period) or bare_date(p.period)) \
                and (start := _year_in(p.period)) is not None:
            # "Commander, from 1947" with no end, and a holder of the post told for a later year
            # ("Commanding officer, 2009"), alone or as half of a double post ("Chief executive,
            # from 2017" beside "President and CEO, since August 2025"): a term the list runs on
            # from, not one held now
            # (and the other way: "Chairman and managing director, from 2017" beside "Chairman,
            # since 2022": a later holder of either half ends the double post; Air India's)
            # (a lone date is such a start too: Boeing's "President, 1933", Claire Egtvedt
            # named president then, beside its presidents and chief executives since 1945)
            holders = same + [q for q in leaders if q is not p and (post_of(p.role) in joined_posts(q.role)
                                                                   or post_of(q.role) in joined_posts(p.role))]
            return any((later := _year_in(q.period or "")) is not None and later > start for q in holders)
        # (and those who held the post besides the role they are listed by, unless the text says
        # they left: Grupo Bimbo's Daniel Servitje, its executive chairman, "became director
        # general in 1997"; not Rafael Pamias, its former chief operating officer, whose term as
        # chief executive before Alejandro Rodríguez Bas's is as undated as his successor's)
        also = [x for q in leaders if q is not p and q.current is not False for x in q.posts
                if not x.affiliation and post_of(x.role) == post_of(p.role)]
        if not p.period and len(same) + len(also) >= 1 and shared_post_of(p.role) is None \
                and not re.search(r"(?i)\bfounder", p.role or "") \
                and all(q.current is None and not q.period for q in [*same, *also]):
            # two or more holders of one post, none dated and none said to hold it now (JTF2's
            # "Commanding officers whose names have been made public include:"; Grupo Bimbo's
            # Santiago Castro, director general "for four years" between two others'
            # terms): one person holds a post at a time, and nothing says which of them does
            return True
        return not p.period and (any(q.current for q in same) or any(q.current is False and q.period for q in same))

    return [p for p in leaders if p.current or (p.current is None and not history(p))]


def profile_json_schema() -> dict:
    """The JSON Schema hand-written YAML/JSON seeds are validated against."""
    return Profile.model_json_schema()
