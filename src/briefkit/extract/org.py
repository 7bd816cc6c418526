"""The organisation tree: the current parent above the unit, its parts below it, relations beside it.

The rules (each a judgement a reader can argue with):

* **Parent**: infobox facts whose label names a parent (`Branch`, `Command structure`, `Part of`,
  `Parent`, `Parent organisation`, `Parent agency`, `Higher unit`, `Subordinate to`, `Owner`),
  broadest first in that order; each is one `parent` node above the next. An owner that is a
  state ("Government of Norway (67%)", "Federal Republic of Germany (100%)", "Danish state") is
  a shareholder, not a body the organisation is part of, and is no parent (a state company's
  article tells its minister and its board, not a chain of command); one that owns through a
  holding ("Government of Ethiopia, through Ethiopian Investment Holdings") gives the holding.
  Families, employees and the public own it as people, no parent either. A dated subordination
  history (`2014–2016: Ministry of Internal Affairs`, `Since 2022: Ground Forces`), in a list or
  in a parent fact, is a history: its current entry (open-ended, else the latest) is the parent,
  the rest go to `Profile.subordination`, none becomes a child.
* **Parts** come from sections whose title says they describe the structure (Structure,
  Organisation, Units, Subunits, Composition, Divisions, Departments, Directorates, Offices,
  Branches, Chapters, Sections, Organs, Order of battle, Subsidiaries ...):
  - nested `-`/`*` lists at any depth are nested parts;
  - a short label line followed by a list (`Headquarters` + `- 1st Battalion`) is a part with the
    list items under it;
  - a pipe table (`Unit | Native name | Formed | Notes` then rows) gives one part per row named by
    its first cell; the other cells become attributes under the header's names (`—` is empty);
    a header row is recognised by column words or by having no digits where rows have them;
  - a subsection is a part named by its title with its content below it.
  Prose sentences are not parts. Subsidiaries listed in the infobox are parts too; beside parts
  the text gives, they hang from a grouping node named by the row ("Subsidiaries", marked
  `attributes["group"]`), not as peers of the business groups.
* **Not parts**: a list or subsection introduced as allies, partners, affiliates, rivals,
  predecessors or successors (`=== Other affiliated units ===`, "It cooperates with:") gives
  `Profile.relations`; a list item that names a person in a role is an officer of the node above,
  not a part; a dated item (`2014–2016: X`) belongs to the subordination history.
* **Governing bodies**: a part directly under the unit whose name is a body that oversees or
  elects its head rather than one the head runs (a board, an assembly, a congress, a general
  conference, trustees, a shareholders' meeting) is `governing` when the article says so: a
  sentence where that word elects, appoints or oversees, or is the highest body. "The executive director heads
  three directorates" and "A Management Board oversees the agency" do not put the board under
  the director. `attributes["governs"]` keeps what the article says it does ("oversees the
  agency"), which the chart writes in its box beside the unit.
* **Hedged parents**: a parent the article ties to the unit only with a hedge ("reportedly part
  of") keeps it in `attributes["hedge"]`, which the chart writes in the parent's box.
* **Leaders** of the unit are the people flagged `leader` (see `people.py`).
"""
from __future__ import annotations

from .. import recache as re
from ..records import field

from ..model import (BulletList, ListItem, OrgNode, Paragraph, Person, Profile, Relation, Section, Source,
                     Subordination, leading_now)
from ..records import record
from ..text import cap_first, plain_title
from .dates import find_dates
from .people import ROLE_NOUN, is_name
from .titles import _NOT_STRUCTURE_TITLE, holders_header, introduces_holders, is_structure_title  # noqa: F401 (re-exported)
from .titles import introduces_parts, names_posts, posts_columns

PARENT_LABELS = ["branch", "service branch", "command structure", "part of", "parent", "parent organisation",
                 "parent organization", "parent agency", "parent department", "parent ministry", "parent body",
                 "parent unit", "parent company", "higher unit",
                 "subordinate to", "owner", "affiliation"]
# A subsection about who belongs to the organisation, not what it is made of: "Members",
# "Member states", "Observers" (the members of an intergovernmental body, a party's notable
# members). A federation's affiliated bodies ("Affiliated unions") are its parts, and stay.
_MEMBERSHIP_TITLE = re.compile(r"(?i)^\s*(?:(?:current|former|founding|full|associate)\s+)?(?:members?(?:hip)?|"
                               r"member\s+(?:states|countries|nations|governments)|observers?(?:\s+states)?)\s*$")
_RELATION = re.compile(
    r"\b(?:affiliat\w*|allied|allies|ally|alliance\s+with|partners?(?:hip|ed)?|rivals?|rivalry|opponents?|"
    r"predecessors?|successors?|cooperat\w*|co-operat\w*|collaborat\w*|alongside|works?\s+with|worked\s+with|"
    r"associated|related|sister|other\s+units|fought\s+with|coalition|members?\s+of|joined\s+forces|"
    r"supported\s+by|supports|formerly\s+part|former\s+parent)\b", re.I)
# A list's introduction that says the bodies listed stand outside the organisation, or watch over
# it: "Outside bodies appointed by the Chief Executive ... watch over its work:", "It answers to
# these independent panels:". Related bodies, not parts.
_OUTSIDE = re.compile(r"\b(?:outside|external|independent)\s+(?:[\w-]+\s+)?(?:bodies|committees|boards|panels|"
                      r"organi[sz]ations|watchdogs|auditors|reviewers)\b|\bwatch(?:es)?\s+over\b|\banswers?\s+to\b",
                      re.I)
# A label over who owns it: "Shareholders before the 2025 agreement:", "Ownership:", "Major
# investors:". Owners with their shares, not parts.
_HOLDINGS = re.compile(r"^(?:(?:main|major|largest|principal|former|current)\s+)?(?:shareholders?|stockholders?|"
                       r"owners?|ownership|shareholding|investors?|stakeholders?)\b", re.I)
_RELATION_KIND = [
    ("rival", re.compile(r"\b(?:rival|opponent|enem|hostile|against)", re.I)),
    ("predecessor", re.compile(r"\bpredecessor|\bformerly\b|\bformer\s+parent", re.I)),
    ("successor", re.compile(r"\bsuccessor", re.I)),
    ("allied", re.compile(r"\ball(?:ied|ies|y|iance)|alongside|fought\s+with|coalition", re.I)),
    ("partner", re.compile(r"\bpartner|cooperat|co-operat|collaborat|works?\s+with|worked\s+with", re.I)),
    ("affiliated", re.compile(r"\baffiliat|associated|sister", re.I)),
]
_GOVERNING = re.compile(
    r"(?i)\b(?:board|assembly|congress|general\s+conference|conference\s+of\s+the\s+parties|trustees|"
    r"shareholders|general\s+meeting|plenary|supervisory)\b")
_GOVERNS = (r"[^.;]{0,120}?\b(?P<what>(?:(?:elects?|elected|re-elected|appoints?|appointed|chooses|chose|oversees?|overseen|"
            r"supervises?|governs)(?:\s+(?:the|its|a)\s+[\w-]+(?:\s+(?!(?:and|or|of|for|with|in|on|at|by|to)\b)[\w-]+)?)?)|"
            r"is\s+the\s+(?:\w+\s+)?(?:supreme|highest|top|main)\s+(?:\w+\s+)?(?:body|organ|authority)|"
            r"(?:supreme|highest)\s+(?:decision-making\s+)?(?:body|organ|authority))\b")


def _plain_row(label: str) -> str:
    """An infobox row's name as a chart box says it: "Subsid" -> "Subsidiaries"."""
    low = label.strip().casefold()
    return "Subsidiaries" if low.startswith("subsid") else label.strip()


def _all_text(profile: Profile) -> list[str]:
    """Every paragraph and list item of the article, lead first."""
    out: list[str] = []

    def blocks(bs: list) -> None:
        for b in bs:
            if isinstance(b, Paragraph):
                out.append(b.text)
            elif isinstance(b, BulletList):
                out.extend(it.text for it in b.items)

    blocks(list(profile.lead))
    for top in profile.sections:
        for sec in top.walk():
            blocks(list(sec.blocks))
    return out


def _governs(name: str, text: str, shared: bool) -> str | None:
    """What the article says the body does to the organisation or its head ("elects the
    chairman", "oversees the agency", "is the highest body"), found in one sentence with its
    name, or with its governing word alone ("the party congress elects" for "Federal Party
    Congress") when no other part shares that word (`shared`); "" when it says so only of a
    past occasion ("a congress elected X"), None when it says nothing."""
    m = _GOVERNING.search(name)
    if not m:
        return None
    heads = [rf"(?i)\b{re.escape(name)}\b"] + ([rf"(?i)\b{re.escape(m.group(0))}\b"] if not shared else [])
    found = [f for h in heads for f in re.finditer(h + _GOVERNS, text)]
    if not found:
        return None
    # What it does as a rule ("The party congress elects the chairman"), before what it once
    # did ("a congress elected Kobakhidze chairman"), which says it governs but not how.
    rule = next((f.group("what") for f in found
                 if re.match(r"(?:elects|appoints|oversees|supervises|governs)\s+(?:the|its|a)\s", f.group("what"))
                 or re.search(r"(?:body|organ|authority)$", f.group("what"))), None)
    return re.sub(r"^is\s+the\s+", "", rule) if rule else ""


_COLUMN_WORDS = {
    "unit", "units", "name", "formation", "division", "department", "office", "branch", "subunit", "sub-unit",
    "organisation", "organization", "body", "directorate", "chapter", "section", "component", "battalion",
    "regiment", "company", "brigade", "subsidiary", "entity", "element", "notes", "note", "formed", "founded",
    "established", "type", "role", "location", "garrison", "headquarters", "base", "commander", "head", "date",
    "dates", "status", "country", "city", "size", "native name", "remarks", "since", "years", "period", "area",
}
_EMPTY_CELL = {"—", "-", "–", "", "n/a", "none"}
# "Its operating companies include A, B in Britain and C.": a sentence that names its own parts
# (`_Collector._named_parts`).
_NAMED_PARTS = re.compile(r"(?:Its|The\s+(?:group|company|organi[sz]ation|agency|party|division|corps|unit)(?:'s|’s))\s+"
                          # ("Its performing groups include the BBC Symphony Orchestra, ...": a word
                          # or two on what the parts do; not its sister, partner or rival bodies)
                          r"(?!(?:sister|partner|rival|peer|former|member|associated|affiliated|allied|fellow)\b)"
                          r"(?:[a-z][\w-]*\s+){0,2}?"
                          r"(?:subsidiaries|divisions|operating\s+companies|business\s+units|brigades|battalions|"
                          r"regiments|directorates|departments|sites|centres|centers|offices|campuses|bases|stations|"
                          r"laboratories|institutes|groups|orchestras|ensembles|agencies|units|companies|branches|"
                          r"wings|squadrons|schools|colleges|faculties)\s+(?:include|are|comprise)\s+(?P<list>[^.;:]+)\.$")
# The words just before a list's colon that name what its items are, when they are parts of the
# organisation: "The international organisation supports them through area offices:" lists its
# offices (a relation word earlier in the sentence says what the offices do, not what the items are).
_PART_HEAD = re.compile(r"(?i)\b(?:through|via|by\s+means\s+of|in|into)\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:offices|branches|divisions|units|regions|directorates|departments|centres|centers|bureaus|"
                        r"commands|sections|wings|chapters|segments)\s*:\s*$")
# "Its main bodies and associated organisations are:": a list of its own parts first, then the
# bodies it keeps beside them (a party's youth and women's wings), which a chart shows with them;
# the relation word names some of the items, not what the list is.
# ("Its national organs and affiliated organisations are:")
_OWN_PARTS_FIRST = re.compile(r"(?i)\b(?:its|the\s+[\w-]+(?:'s|’s))\s+(?:(?:main|principal|central|own|national|governing|"
                              r"leading|statutory)\s+)?"
                              r"(?:bodies|organs|parts|units|structures|institutions|divisions|components)\s+and\s+"
                              r"(?:its\s+)?(?:associated|affiliated)\s+(?:organi[sz]ations|bodies|groups|wings)\b")
# A list's opening line that names some of the parts, not all: "Its member unions include:".
_SOME_OF = re.compile(r"(?i)\b(?:include|includes|including|among\s+them|such\s+as|for\s+example)\s*:\s*$")
_LABEL_LINE_WORDS = 8
# "The Legion's regiments and detachments are:" introduces a list; it is not a part.
_INTRO_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|include[sd]?|including|compris\w+|consist\w*|"
                         r"contain\w*|follow\w*|list\w*|below)\b", re.I)
_HISTORY_TITLE = re.compile(r"\b(?:subordination|chain\s+of\s+command|parent\s+(?:units?|bodies|organi[sz]ations?)|"
                            r"affiliation\s+history|higher\s+command)\b", re.I)
_DATED_ITEM = re.compile(r"^(?P<when>[^:]{2,40}?)\s*[:–—-]\s+(?P<what>.+)$")
# "Special Service Force (1977–1995)": a body, then the years it stood in that place
_BRACKET_DATED = re.compile(r"^(?P<what>[^()]{2,80}?)\s*\((?P<when>[^()]{4,40})\)\s*$")


def _is_label(text: str) -> bool:
    """A part's name on its own line, not a sentence: short, without sentence punctuation, and
    not an introduction with a verb ("The units are:")."""
    stripped = text.rstrip(":")
    return (len(stripped.split()) <= _LABEL_LINE_WORDS and not re.search(r"[.!?;]\s|[.!?]$", stripped)
            and not _INTRO_VERB.search(stripped) and not introduces_parts(text)  # ("Kone reports three businesses:")
            # ("The group reports its business in three regions:": a sentence about something
            # named by a common noun or a pronoun introduces the list; "The Rifles" is a name)
            and not re.match(r"(?:(?:The|Its|Their|This|These)\s+[a-z]|(?:It|They)\s)", stripped))


# A company's legal form after a comma is part of its name, not a place.
_COMPANY_FORM = re.compile(r"(?i)limited|ltd|inc|incorporated|llc|plc|gmbh|ag|sa|corp|corporation|co|lp|llp|nv|bv|ab|"
                           r"asa|oy|oyj|spa|srl|kg|kk|pty|pte|bhd")


# Owners that are people, not a body the organisation is part of: a family, its employees, its
# shareholders or the public.
_PEOPLE_OWNER = re.compile(r"(?i)\bfamil(?:y|ies)\b|\bemployees\b|\bstaff\b|\bshareholders\b|\bpublic(?:ly)?\b|"
                           r"\bfree\s+float\b|\bits\s+members\b")


# A state as an owner: "Government of Norway", "Federal Republic of Germany", "Danish state",
# "Australian Government", "the state" (`extract_structure`).
_STATE_OWNER = re.compile(r"(?i)(?:the\s+)?(?:(?:federal\s+)?government\s+of\s+.+|(?:federal\s+)?republic\s+of\s+.+|"
                          # ("Nation of Colombia (88.49%)", "State of Qatar (majority)")
                          r"(?:kingdom|nation|state|sultanate|emirate|principality)\s+of\s+.+|"
                          # ("Portuguese Republic", "Czech Republic": a state named by its adjective)
                          r"(?:[A-Z][\w'’-]+\s+){0,2}(?:state|government|crown)|(?:[A-Z][\w'’-]+\s+){1,2}Republic|state|"
                          r"\d+\s*%\s+state(?:\s+ownership)?)")


def _walk_items(items: list[ListItem]):
    for it in items:
        yield it
        yield from _walk_items(it.children)


# "Provincial commands, each under a provincial commissioner", "the squads of halberdiers, each
# led by a squad officer": who leads each part, said after its name (`part_name`).
_LED_EACH = re.compile(r"^(?P<name>(?:the\s+)?[a-z][^,]{1,60}|[A-Z][^,]{1,60}),\s+(?P<what>(?:each\s+)?(?:under|led\s+by|"
                       r"headed\s+by|commanded\s+by)\s+[^,]+)$")


def _led_each(text: str, described: list[str]) -> tuple[str, list[str]]:
    """`text` without who leads each part (`_LED_EACH`), which joins the notes."""
    led = _LED_EACH.match(text)
    return (led.group("name"), described + [led.group("what")]) if led else (text, described)


# What a participle after a part's name says of the part, not its name: "the All Nepal Women's
# Association, led for many years by Bidya Devi Bhandari", "the SAARC Development Fund in Thimphu,
# led by a chief executive officer", "the ACLC, housed in the former headquarters": a past
# participle, up to three words, then a preposition.
_SAID_OF_IT = (r"(?:led|run|headed|chaired|housed|managed|funded|staffed|overseen|owned|used|kept)\b"
               r"(?:\s+[a-z]+){0,3}?\s+(?:by|in|at|on|from|under|with|for)\b")


def part_name(text: str, places: bool = False) -> tuple[str, str | None]:
    """A list item as a part's name and a note: "Operational Centre Amsterdam (OCA)" →
    ("Operational Centre Amsterdam", "OCA"); "Commando Jaubert – counter-terrorism" keeps what the
    part does as its note; "West and Central Africa (WaCA), Dakar" keeps
    the one-word place as a note too. Commas inside names ("1st Battalion, 504th Regiment") stay."""
    # "Commando Jaubert – counter-terrorism and hostage rescue": the name, then what the part
    # does, set off by a spaced dash or a colon and told in lower case
    # ("Lifeboat stations – 238, including four on the tidal Thames": a count said of it too)
    # "the commission's own detention centre", "its own press": whose it is goes without saying
    # in a list of its parts
    text = re.sub(r"^(?:the\s+[\w'’ -]{2,40}?(?:'s|’s)|its|their)\s+own\s+(?=[a-zA-Z])", "", text.strip())
    said = re.match(r"^(?P<name>[A-Z][^–—:]{1,80}?)(?:\s+[–—-]\s+|:\s+)(?P<what>(?:[a-z]|\d)[^–—]*)$", text.strip())
    described = [said.group("what").strip()] if said else []
    text = said.group("name") if said else text
    # "National organisations, among them:" over its members: the name, without the words that
    # introduce them
    text = re.sub(r"(?:,?\s+(?:among\s+them|including|such\s+as|for\s+example|notably))?\s*:$", "", text.strip())
    # "Provincial commands, each under a provincial commissioner": who leads each is a note
    text, described = _led_each(text, described)
    # "international offices, including those in the United States, ...": which of them are
    # where, said of the kind
    those = re.match(r"^(?P<name>.+?),\s+(?:including|such\s+as|among\s+them)\s+those\s+(?P<what>.+)$", text.strip())
    if those:
        text = those.group("name")
        described = described + [f"those {those.group('what')}"]
    # "technical teams, among them the legal team, which in 2014 was led by ...": which of them,
    # and what is said of that one, is a note on the kind of part the item names
    among = re.match(r"^(?P<name>[^,]{2,60}?),\s+(?P<what>(?:among\s+them|including|such\s+as|notably)\s+.+)$",
                     text.strip())
    if among:
        # (the parts it names, when it names them, are the part's own: `own_parts`)
        text = among.group("name")
        described = described + ([] if own_parts(among.group(0)) else [among.group("what")])
    # "more than 300 Edhi centres across Pakistan": how many and where, said of the part (a
    # bare number only before words in lower case: "3 Commando Brigade" is a name)
    count = re.match(r"^(?P<n>(?:(?:more|fewer|less)\s+than|over|some|about|around|nearly|almost|up\s+to)\s+\d[\d,]*|"
                     r"\d[\d,]*(?=\s+[a-z]))\s+(?P<name>[A-Za-z].*)$", text.strip())
    if count:
        text = count.group("name")
        described = described + [count.group("n")]
    across = re.match(r"^(?P<name>[^,]+?)\s+(?:across|throughout)\s+(?P<place>[A-Z][^,()]*)$", text.strip())
    if across:
        text = across.group("name")
        described = described + [across.group("place")]
    # a place after a spaced dash: "Canadian Special Operations Regiment – Petawawa", "Joint Task
    # Force 2 – Dwyer Hill, Ottawa", "Liaison offices – Geneva, New York, Addis Ababa, Brussels",
    # "National delegations – Denmark (16), Faroe Islands (2), ..." (a number of each, kept with it)
    dashed = _DASHED_PLACE.match(text.strip())
    if dashed:
        text = dashed.group("name")
    # what else a spaced dash sets off after a name is said of the part too: its products
    # ("Commercial Aviation – E-Jets E1 and E2", "Defense & Security – C-390 Millennium and
    # A-29 Super Tucano"), not a part of its name
    other = re.match(r"^(?P<name>[A-Z0-9][^–—]{1,80}?)\s+[–—]\s+(?P<what>\S.*)$", text.strip()) \
        if not said and not dashed else None
    if other:
        text = other.group("name")
        described = [other.group("what").strip()]
    # "Asia-Pacific, in Bangkok", "Naval special operations detachment, at Upinniemi (since 2022)":
    # where the part is, after "in" or "at"
    # ("the operations room, in the Vatican", "the command and staff, in the barracks inside the
    # Vatican": a place named with "the", or a building in a place; "North America, run from
    # Auburn Hills, Michigan, the home of Jeep, Ram, Dodge and Chrysler": a participle says where
    # it is run from, and what follows is said of the place)
    # ("the Anti-Corruption Learning Center, housed in the former headquarters on Jalan ...": a
    # building and its street)
    where = re.match(r"^(?P<name>.+?),\s+(?:(?P<how>(?:based|headquartered|located|seated|housed|run|managed)\s+)"
                     r"(?:at|in|near|from)|(?:at|in|near))\s+"
                     r"(?P<place>(?:the\s+(?:[a-z][\w-]*\s+){0,3}?(?:(?:inside|in|at|near|of|on|outside)\s+(?:the\s+)?)?)?"
                     r"[A-ZÀ-ÞĀ-Ž][^()]*?)(?P<rest>\s*\([^()]*\))?$",
                     text.strip())
    if where and (where.group("how") or not re.search(r"(?i)\b(?:and|with)\b", where.group("place"))):
        text = where.group("name") + (where.group("rest") or "")
        described = described + [" ".join(where.group("place").replace(" ,", ",").split())]
    # "the squads of halberdiers, each led by a squad officer" (its place gone above): who leads
    # each is a note
    text, described = _led_each(text, described)
    # "the headquarters at Virrey Cevallos 592 in Buenos Aires": a kind of place, then where
    at = re.match(r"^(?P<name>(?:the\s+)?[a-z][\w -]{0,30}?\b(?:headquarters|offices?|cent(?:re|er)s?|bases?|campus(?:es)?))"
                  r"\s+(?:at|in)\s+(?P<place>[A-Z0-9].*)$", text)
    if at:
        text = at.group("name")
        described = described + [at.group("place")]
    # "provincial structures in each of the nine provinces, each with a provincial leader, such
    # as ...": a part in every place of a kind is named without where
    # ("the branches in the constituencies": where a part named by common nouns is, the same)
    every = re.match(r"^(?P<name>(?:the\s+)?[a-z][\w -]{2,40}?)\s+in\s+(?:(?:each|every)\s+(?:of\s+)?|the\s+(?=[a-z]))"
                     r"[^,]{2,40}(?:,.*)?$", text)
    if every:
        described = described + [text[len(every.group("name")):].strip(" ,")]
        text = every.group("name")
    # "Special Jaeger Battalion, with an Airborne Jaeger Company for conscripts and ...": what it
    # holds is said after "with" (its own parts, `own_parts`)
    # ("the ambulance service, with road, air and marine units, answering calls ...": what it
    # has, in lower case)
    held = re.match(r"^(?:the\s+)?(?P<name>[A-Za-z][^,]{1,60}),\s+with\s+(?:an?|its|the|their|two|three|four|five|six|"
                    r"seven|eight|nine|ten|\d+|[a-z][\w-]*,?)\s+.*$", text.strip())
    if held:
        text = held.group("name")
        # ("Secretariat in Geneva, with five regional offices:": where it is, a note)
        sited = re.match(r"^(?P<n>[A-Z][\w'’ -]{2,40}?)\s+in\s+(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$", text)
        if sited and not re.search(r"\b(?:of|for|and)\b", sited.group("n")):
            text = sited.group("n")
            described = described + [sited.group("p")]
    # "the National Conference, the supreme governing body, which decides policy", "BBC Nations,
    # made up of BBC Scotland, ...", "BBC News, which includes the BBC World Service": a name,
    # then what it is or holds, said in lower case after a comma
    # (a part named by common nouns after "the" too: "the regional bureaux, which link the field
    # with headquarters")
    told = re.match(r"^(?:(?P<the>the)\s+)?(?P<name>[A-Z0-9][^,]{1,90}?|(?(the)[a-z][\w -]{2,60}?|(?!)))"
                    r",\s+(?P<what>(?:the|a|an|its|their)\s+[a-z][^()]*|"
                    r"(?:which|who|whose|where|(?:in|under|through|by|for|from)\s+which|made\s+up\s+of|comprising|consisting\s+of|"
                    rf"{_SAID_OF_IT}|"
                    r"including|(?:elected|appointed|chosen)\s+by|(?:set\s+up|created|formed|founded|established|launched|opened)\s+"
                    r"(?:by|in|on|as|under|with)|(?:set\s+up|created|formed|founded|established|launched|opened)(?=\s+\d))\b[^()]*)"
                    r"(?P<rest>\s*\([^()]*\))?$", text.strip())
    if told:
        text = told.group("name") + (told.group("rest") or "")
        # "the headquarters in Geneva", "the Global Service Centres in Budapest and Copenhagen":
        # where the part is, after a kind of place
        sited = re.match(r"^(?P<n>.*?\b(?:headquarters|offices?|cent(?:re|er)s?|bureaux?|branch(?:es)?|bases?|campus(?:es)?))"
                         r"\s+in\s+(?P<p>[A-Z][\w'’-]+(?:(?:,\s+|\s+and\s+)[A-Z][\w'’-]+)*)$", told.group("name"), re.I)
        if sited:
            text = sited.group("n") + (told.group("rest") or "")
            described = described + [sited.group("p")]
        what = re.split(r",\s+(?:which|who|whose|made\s+up\s+of|comprising|including)\b", told.group("what"))[0]
        if re.match(r"(?:the|a|an)\s", what):
            described = described + [what.strip()]
    # "the central committee of 301 members": how many sit on it is said of it
    size = re.match(r"^(?P<name>.+?)\s+of\s+(?P<n>(?:some\s+|about\s+|around\s+)?\d[\d,]*\s+members)$", text.strip())
    if size:
        text = size.group("name")
        described = described + [size.group("n")]
    notes = re.findall(r"\(([^()]*)\)", text) + described + ([dashed.group("place")] if dashed else [])
    name = " ".join(re.sub(r"\s*\([^()]*\)", "", text).split())
    m = None
    # a place of one word, or of several joined by a particle ("Villanueva de la Cañada")
    m = m or re.match(r"^(?P<name>.+?),\s+(?P<place>[A-Z][\w'’-]+|[A-Z][\w'’-]+(?:\s+(?:de|del|la|le|les|des|di|da|do|dos|"
                 r"das|du|am|an|im|sur|upon|on)){1,2}\s+[A-Z][\w'’-]+)$", name)
    if m is None and places:
        # in a list whose parts are given with their places ("Supply Division, Copenhagen"), a
        # place of two or three words too: "Headquarters, New York", "..., Panama City"
        m = re.match(r"^(?P<name>.+?),\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})$", name)
    if m and not _COMPANY_FORM.fullmatch(m.group("place")):  # "Maersk Line, Limited" is one name
        name = m.group("name")
        notes.append(m.group("place"))
    # "the recruiting office", "the operations room": a part named by common nouns is named
    # without its article, as a chart box or a list names it
    # (and a name after an article written in lower case, as running text writes it: "- the
    # Central Executive Committee"; not "The Salvation Army", whose article is its own)
    # ("the 1st Special Forces Group": a name that opens on a number; "a construction unit": a
    # part the list names with an indefinite article, as a kind; not "A Squadron", a name)
    name = re.sub(r"^the\s+(?=[a-zA-Z0-9])|^an?\s+(?=[a-z])", "", name)
    # "the VVIP Training School at Sera Kasenyi": a school, a camp or a base, then where it is
    sited = re.match(r"^(?P<name>[A-Z0-9][\w'’ -]{2,60}?\b(?:School|Academy|College|Cent(?:re|er)|Camp|Base|Depot|"
                     r"Barracks|Headquarters|Hospital|Station|Office))\s+(?:at|in|near)\s+(?P<place>[A-Z][\w'’ -]{1,40})$", name)
    if sited:
        name = sited.group("name")
        notes.insert(0, sited.group("place"))
    return (name or text), ("; ".join(n.strip() for n in notes if n.strip()) or None)


# "..., with an Airborne Jaeger Company for conscripts and a Special Jaeger Company for
# professionals": the parts a list item says its part holds, each a name in capitals.
_WITH_PARTS = re.compile(r",\s+with\s+(?P<list>(?:an?|its|the|two|three|four)\s+.*)$")
_HELD_PART = re.compile(r"(?:an?|its|the)\s+(?P<name>(?:[A-Z][\w'’-]*\s+){0,4}(?:Company|Battalion|Squadron|Platoon|"
                        r"Battery|Detachment|Troop|Group|Wing|Section|Unit|Division|Department|Office|Centre|Center))\b")


_PART_KIND_WORDS = (r"directorates?|offices?|departments?|units?|divisions?|committees?|commissions?|bureaux?|"
                    r"branch(?:es)?|sections?|services?|centres?|centers?|councils?|secretariats?|agencies|agency|"
                    r"institutes?|companies|company|battalions?|regiments?|wings?|politburos?|presidiums?")
# Two parts named in one list item, each a name in capitals, the second with its article: "DA
# Youth and the DA Women's Network" (not "Research and Development", one name without "the"; nor
# "Caritas Latin America and the Caribbean", one region: both names of two words or more, and
# opening on the same word, the body's own, `items`).
_NAMED = r"[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’&.-]*){0,5}"
_TWO_PARTS = re.compile(rf"^(?:the\s+)?(?P<a>{_NAMED})\s+and\s+the\s+(?P<b>{_NAMED})$")
# Parts each named with its article in one list item, each ending in a kind of part: "the La
# Plata branch, the Mar del Plata branch, ... and the Córdoba branch", "a bomb recovery and
# disposal unit and a dog squad".
# ("a directorate of intelligence and a directorate of training": a kind, then what it is for)
_ONE_PART = rf"(?:the|a|an)\s+(?:[\w'’.-]+\s+){{0,5}}?(?:{_PART_KIND_WORDS}|squads?|teams?)(?:\s+(?:of|for)\s+[a-z][\w-]*)?"
_SEVERAL_PARTS = re.compile(rf"^{_ONE_PART}(?:,\s+{_ONE_PART})*,?\s+and\s+{_ONE_PART}$", re.I)
# Three parts or more named in one list item, in capitals, with no article: "Eskom Enterprises,
# Eskom Rotek Industries and Roshcon" (each but the last of two words or more: "Research,
# Development and Innovation" is one name, `items`).
# "hospitals and maternity homes, and a training institute in Lyari for ambulance drivers": two
# kinds of part in lower case, the second after ", and a" (`Structure.items`)
_AND_ANOTHER = re.compile(r"^(?P<a>[a-z][\w'’ -]{2,50}?),\s+and\s+(?:a|an|the)\s+(?P<b>[a-z][\w'’ -]{2,40}?)"
                          r"(?:\s+(?:in|at)\s+(?P<place>[A-Z][\w'’-]+))?(?P<purpose>\s+for\s+[a-z][^()]*)?$")
_NAMES_ONLY = re.compile(rf"^{_NAMED}(?:,\s+{_NAMED})+,?\s+and\s+{_NAMED}$")
# Two kinds of part in lower case, each ending in the same kind, in one list item: "province
# committees and district committees" (not "research and development units", one kind).
_KIND_PAIR = re.compile(rf"^(?:the\s+)?(?P<a>[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?P<k>(?:{_PART_KIND_WORDS})))"
                        r"\s+and\s+(?:the\s+)?(?P<b>[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?P=k))$")


def _last_two(text: str) -> list[str]:
    """The last entry of a list of names joined by "and", split in two: before "the" ("... and
    the East African Health Research Commission"), before a last name of one word ("Darfield in
    Canterbury and Clandeboye"), or after a place ("RAB-13 in Rangpur and RAB-15 in Cox's
    Bazar"); never inside a name ("Science and Technology Commission")."""
    for m in re.finditer(r"\s+and\s+", text):
        before, after = text[:m.start()], text[m.end():]
        if after.startswith("the ") or re.fullmatch(r"[A-Z][\w'’-]*", after) or (
                re.search(r"\s(?:in|at|near)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$", before) and after[:1].isupper()):
            return [before, after]
    return [text]


# A kind of part and the parts of that kind it names: "semi-autonomous institutions, among them
# the Lake Victoria Basin Commission in Kisumu, ... and the East African Health Research
# Commission in Burundi".
# ("fifteen battalions, five of them in Dhaka, among them RAB-1 at Uttara, ...": an aside before
# the names; "manufacturing sites across New Zealand, among them ...": where the kind is found)
# ("Special Action Battalions, among them the 7th Special Action Battalion and ...": a kind
# named in capitals, in the plural of a kind of part; "morgues in Karachi, among them ...": where
# the kind is; "... such as the seaborne 84th Special Action Company, which carried out ...": a
# word before the name and a clause after the last, said of the part)
# ("regional centres, each run by a governing board ..., with a director as its secretary; they
# include the SAARC Agriculture Centre in Dhaka, ...": what the kind is like, then its parts after
# a semicolon)
_PLURAL_KIND = (r"(?:Directorates|Offices|Departments|Units|Divisions|Committees|Commissions|Bureaux|Branches|Sections|"
                r"Services|Centres|Centers|Councils|Agencies|Institutes|Companies|Battalions|Regiments|Wings|Brigades|"
                r"Squadrons|Groups|Commands|Detachments|Teams|Squads|Flotillas)")
_AMONG_THEM = re.compile(rf"^(?:the\s+)?(?P<kind>[a-z][\w -]{{2,50}}?|(?:[A-Z][\w-]*\s+){{0,4}}{_PLURAL_KIND})"
                         r"(?:\s+(?:across|throughout|around|in)\s+[A-Z][^,]{1,40})?"
                         r"(?:(?:,\s+[^,]{2,40})?,?\s+(?:among\s+them|including|such\s+as|notably)|"
                         r"(?:,\s+[^;]{2,200})?;\s+(?:they|these)\s+include)\s+"
                         r"(?P<list>(?:the\s+)?(?:[a-z]+\s+)?[A-Z0-9].+)$")


def own_parts(text: str) -> list[str]:
    """The parts a list item says its part holds: after "with" (`_WITH_PARTS`: "Special Jaeger
    Battalion, with an Airborne Jaeger Company for conscripts and a Special Jaeger Company for
    professionals" holds the two companies; only names in capitals ending in a kind of part),
    or listed after "made up of", "comprising", "which includes" or "which owns" ("BBC Nations,
    made up of BBC Scotland, BBC Cymru Wales and BBC Northern Ireland"; "BBC Studios, the
    commercial subsidiary, which owns UKTV"), each a name in capitals."""
    m = _WITH_PARTS.search(text.strip())
    if m and (held := [h.group("name") for h in _HELD_PART.finditer(m.group("list"))]):
        return held
    m = _HOLDS.search(text.strip()) or _DRAWN_FROM.search(text.strip()) or _WITH_SUCH.search(text.strip())
    if m is None:
        return []
    # (whom the last part serves is said of it: "the Bilquis Edhi Home for women and children")
    listed = re.sub(r"\s+for\s+[a-z][^,]*$", "", m.group("list"))
    # (not inside a name of common nouns: "the legal and media wing" is one part)
    names = [re.sub(r"^the\s+", "", n.strip()) for n in re.split(r",\s+(?:and\s+)?|\s+and\s+(?=the\s|[A-Z0-9])", listed)]
    # a name in capitals, or common nouns ending in a kind of part ("which includes the consumer
    # price index directorate"); what a part runs is a part only if it is named as one (not "which
    # runs the Permanent Household Survey", a survey)
    runs = bool(re.search(r"\bruns\s*$", text[:m.start("list")]))
    if not names or not all(re.fullmatch(r"[A-Z][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,5}", n)
                            or re.fullmatch(rf"(?:[a-z][\w -]{{1,60}}\s)?{_PART_KIND}", n) for n in names):
        return []
    if runs and not all(re.search(rf"\b{_PART_KIND}$", n, re.I) for n in names):
        return []
    if m.re is _WITH_SUCH and not m.group("with") and not all(re.search(rf"\b{_PART_KIND}$", n, re.I) for n in names):
        # "committees elected at conference, among them the Conferences Committee": parts by
        # name; not "salty snacks, among them Takis", a brand
        return []
    return names


# The kinds of part a name of common nouns ends in (`own_parts`).
_PART_KIND = f"(?:{_PART_KIND_WORDS})"


# "the central committee of 301 members, from which the standing committee and the politburo are
# drawn": bodies made of its members are its own; "the secretariat in Kathmandu, with divisions such
# as the Social Affairs Division": named parts of a kind it has.
_DRAWN_FROM = re.compile(r",\s+from\s+which\s+(?P<list>[^;:()]+?)\s+(?:are|is)\s+(?:drawn|elected|chosen)\s*$")
_WITH_SUCH = re.compile(r",\s+(?P<with>with\s+(?:[a-z][\w-]*\s+){1,3})?(?:such\s+as|including|among\s+them)\s+(?P<list>[^;:()]+?)\s*$")
_HOLDS = re.compile(r",\s+(?:made\s+up\s+of|comprising|consisting\s+of|which\s+(?:also\s+)?(?:includes|owns|comprises|runs|houses))\s+"
                    r"(?P<list>[^;:(),]+?(?:,\s+(?!with\b)[^;:(),]+?)*?)"
                    # ("RAB Forces headquarters, which includes the intelligence wing and the legal and
                    # media wing, with its media centre at Karwan Bazar": where the part is, after its parts)
                    r"(?:,\s+with\s+(?:its|a|an|the)\s+[^;:()]*)?\s*$")


# (words of a place, maybe joined by a particle: "Isle of Wight", "Newcastle upon Tyne")
# (and an address's house number: "Secretary general and party office – Tõnismägi 9, Tallinn")
_PLACE_WORDS = (r"[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:\s+(?:(?:of|on|upon|de|del|la|le|am|an|im|sur)\s+)?[A-ZÀ-ÞĀ-Ž][\w'’.-]+){0,3}"
                r"(?:\s+\d{1,4}[a-z]?)?(?:\s*\([^()]{1,20}\))?")
# A part's name, then its place after a spaced dash: a town, maybe a site and its town.
_DASHED_PLACE = re.compile(rf"^(?P<name>.+?)\s+[–—-]\s+(?P<place>{_PLACE_WORDS}(?:,\s+{_PLACE_WORDS})*)$")


def placed_list(items: list[ListItem]) -> bool:
    """Whether a list gives its parts with their places: three or more items end in a place of
    one word after a comma ("Supply Division, Copenhagen") or in one after a spaced dash
    ("Canadian Special Operations Regiment – Petawawa"). In such a list a place of more words
    is a note too (`part_name`'s `places`)."""
    return sum(1 for it in _walk_items(items) if (part_name(it.text)[1] and re.search(
        r",\s+[A-Z][\w'’-]+$", it.text.strip())) or _DASHED_PLACE.match(it.text.strip())) >= 3



# "Bruno Cathala (2003–2008)", "Osvaldo Zavala Giler (since 2023)": a person and a term.
_TERM_ITEM = re.compile(r"^(?P<name>[^()\d]{3,60}?)\s*\((?P<term>[^()]*\b\d{4}\b[^()]*)\)\s*\.?$")


def _terms_of_people(items: list[ListItem]) -> bool:
    """Whether a list gives people and their terms, one an item and nothing under them: the
    holders of a post, whatever word introduces them ("Registrars:", "Wardens:"), never parts
    of the organisation, whose items name bodies ("- Registry", "- 1st Battalion (1940–1945)")."""
    if len(items) < 2:
        return False
    for it in items:
        m = _TERM_ITEM.match(it.text.strip())
        if m is None or it.children or not is_name(m.group("name").strip()):
            return False
    return True

def _cells(text: str) -> list[str] | None:
    if text.count("|") < 1:
        return None
    cells = [c.strip() for c in text.strip().strip("|").split("|")]
    return cells if len(cells) >= 2 else None


def _is_header(cells: list[str], rows: list[list[str]], context: str = "") -> bool:
    """Whether a table's first row names its columns: known column words ("Unit", "Formed"),
    a first cell that the sentence introducing the table uses for its rows ("grouped into six
    area associations:" over "Area association | Area"), or no digits where the rows have them."""
    words = [c.casefold() for c in cells]
    first = words[0].strip() if words else ""
    # ("The agencies of the network are:" over "Agency | Field": a plural in -ies too)
    plural = rf"{re.escape(first[:-1])}(?:y|ies)" if first.endswith("y") else rf"{re.escape(first)}(?:s|es)?"
    if first and context and not any(re.search(r"\d", c) for c in cells) and re.search(
            rf"\b{plural}\b", context.casefold()):
        return True
    if words and (words[0] in _COLUMN_WORDS or sum(w in _COLUMN_WORDS for w in words) >= 2):
        return True
    digits_in_rows = any(re.search(r"\d", c) for r in rows for c in r)
    return digits_in_rows and not any(re.search(r"\d", c) for c in cells) and all(len(c.split()) <= 3 for c in cells)


# A table's first column that names what is no part: its members, its equipment or products,
# years or elections, the holders of a post.
_NOT_PARTS_COLUMN = re.compile(r"(?i)(?:member(?:\s+(?:state|country|countries|states))?s?|(?:member\s+)?countr(?:y|ies)|"
                               r"states?|nations?|type|types|class|classes|model|models|products?|brands?|ships?|"
                               r"vessels?|aircraft|equipment|vehicles?|weapons?|years?|elections?|dates?|seats?)")


def _table_nodes(rows: list[tuple[list[str], Source | None]], context: str = "") -> list[OrgNode]:
    """One part per row (first cell), other cells as attributes under the header's names."""
    cells_only = [c for c, _ in rows]
    header: list[str] | None = None
    if len(rows) >= 2 and _is_header(cells_only[0], cells_only[1:], context):
        header = cells_only[0]
        rows = rows[1:]
    if header and (names_posts(header) or posts_columns(header)):
        return []  # who held each post, term by term (`titles.names_posts`) or row by row (`posts_columns`)
    first = cells_only[0][0].strip() if cells_only and cells_only[0] else ""
    if (header or not any(re.search(r"\d", c) for c in cells_only[0])) and _NOT_PARTS_COLUMN.fullmatch(first):
        # "Member | Capital", "Type | Number": the table lists its members or its equipment, not
        # its parts (the Gulf Cooperation Council's six states, a coast guard's ships by type)
        return []
    nodes = []
    for cells, source in rows:
        name = cells[0].strip()
        if name.casefold() in _EMPTY_CELL:
            continue
        attrs = {}
        # "1st Battalion (1 PARA)": the bracket is a note, as in a list item.
        notes = re.findall(r"\(([^()]*)\)", name)
        if notes and re.sub(r"\s*\([^()]*\)", "", name).strip():
            name = " ".join(re.sub(r"\s*\([^()]*\)", "", name).split())
            attrs["Note"] = "; ".join(n.strip() for n in notes if n.strip())
        for i, value in enumerate(cells[1:], start=1):
            if value.strip().casefold() in _EMPTY_CELL:
                continue
            key = header[i] if header and i < len(header) and header[i] else f"Column {i + 1}"
            attrs[key] = value.strip()
        nodes.append(OrgNode(name=name, kind="subunit", attributes=attrs, source=source))
    return nodes


def _relation_kind(text: str) -> str:
    for kind, rx in _RELATION_KIND:
        if rx.search(text):
            return kind
    return "related"


class _Collector:
    """Walks structure sections and sorts what it finds into parts, relations, officers, history."""

    def __init__(self, name: str = "", aliases: tuple[str, ...] = ()) -> None:
        # The organisation's own name, less a disambiguating bracket ("Oxfam"): a list member
        # named after it ("Oxfam America") is one of its parts.
        self.name = plain_title(name) if name else ""
        # Every name it goes by, to know a list that names it among its items (`_lists_itself`).
        self.own = {n.casefold() for n in (self.name, name, *aliases) if n}
        self.relations: list[Relation] = []
        self.history: list[Subordination] = []
        self.officers: list[tuple[OrgNode | None, Person]] = []

    # -- list items ------------------------------------------------------------------------
    def _person_item(self, text: str) -> Person | None:
        """`Commander: Col. Ivan Petrov`, `Ivan Petrov – commander`: an officer, not a part."""
        parts = [p.strip() for p in re.split(r"\s[–—-]\s|:\s|,\s", text) if p.strip()]
        if len(parts) < 2:
            return None
        # ("National head office – Wachthuis Building, Pretoria": a head office is no post)
        role = next((p for p in parts if ROLE_NOUN.search(p) and not is_name(p)
                     and not re.search(r"(?i)\bhead\s+(?:office|count)\b|\bheadquarters\b", p)), None)
        name = next((p for p in parts if is_name(re.sub(r"^(?:[A-Z][a-z]{1,4}\.|General|Colonel|Major|Captain)\s+", "", p))),
                    None)
        if role and re.search(rf"(?i:{ROLE_NOUN.pattern})\s+[A-Z][\w'’-]+\s+[A-Z]", role) and parts[0] != role:
            # "Supply Chain Management – divisional commissioner Molefe Fani": a part, then who
            # leads it, post and name together (a note of the part)
            return None
        if role and name and len(role.split()) <= 5:
            return Person(name=name, role=role[:1].upper() + role[1:], leader=True)
        return None

    def _dated(self, text: str, source: Source | None) -> Subordination | None:
        """`2014–2016: independent unit`, `Since 2022: Ground Forces`: a period, then a body."""
        m = _DATED_ITEM.match(text)
        if not m:
            return None
        when = m.group("when")
        mentions = find_dates(when, bare_years=True)
        if not mentions or len(re.sub(r"[\d\s–—-]|since|from|until|to|present|now", "", when, flags=re.I)) > 12:
            return None
        current = any(x.ongoing for x in mentions)
        what = m.group("what").strip().rstrip(".")
        if re.search(r"\b(?:was|were|is|are|has|had|became|joined|formed|took)\b", what) or len(what.split()) > 14:
            return None  # a sentence ("2014: The unit was formed"), not a body
        return Subordination(parent=what.split(",")[0].strip(), period=when.strip(), current=current, source=source)

    def parent_dated(self, text: str, source: Source | None) -> Subordination | None:
        """An infobox parent as `_dated` reads it, or as a body and then its period in brackets:
        "Command Structure: Special Service Force (1977–1995)" was the parent for those years,
        and its name is "Special Service Force". Only for the infobox's parent lines: a list of
        parts writes a part's years the same way ("1 Commando (1968–1995)"), and that part is
        still a part."""
        dated = self._dated(text, source)
        if dated is not None:
            return dated
        m = _BRACKET_DATED.match(text)
        if not m:
            return None
        return self._dated(f"{m.group('when')}: {m.group('what')}", source)

    def items(self, items: list[ListItem], owner: OrgNode | None, context: str = "",
              places: bool | None = None) -> list[OrgNode]:
        rows = [(_cells(it.text), it.source) for it in items]
        if len(items) >= 2 and all(c is not None for c, _ in rows):
            return _table_nodes([(c, s) for c, s in rows if c is not None], context)
        if places is None:
            places = placed_list(items)
        # how many of the items bear each name once their brackets go (see below)
        shared: dict[str, int] = {}
        for it in items:
            if "(" in it.text:
                base = part_name(it.text, places)[0].casefold()
                shared[base] = shared.get(base, 0) + 1
        out: list[OrgNode] = []
        for it in items:
            dated = self._dated(it.text, it.source)
            if dated is not None:
                self.history.append(dated)
                continue
            person = self._person_item(it.text)
            if person is not None:
                person.source = it.source
                self.officers.append((owner, person))
                continue
            among = _AMONG_THEM.match(it.text.strip()) if not it.children else None
            if among:
                # "semi-autonomous institutions, among them the Lake Victoria Basin Commission in
                # Kisumu, the East African Kiswahili Commission in Zanzibar and ...": a kind of
                # part, its named parts under it, each without where it is
                # (what a clause or a participle says of the last part is not a name: "..., which
                # combines four earlier centres", "..., led by a chief executive officer"; nor the
                # country after its last place, "at Gandhinagar in Gujarat, India")
                named = re.sub(rf",\s+(?:which|who|where|{_SAID_OF_IT})\b.*$", "", among.group("list"))
                named = re.sub(r"(\s(?:in|at|near)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*),\s+[A-Z][\w'’.-]*$", r"\1", named)
                listed = re.split(r",\s+(?:and\s+)?", named)
                # (not "Science and Technology": "and the", "and" before a last name of one word,
                # "Darfield in Canterbury and Clandeboye", or before a name and its place, "RAB-13 in
                # Rangpur and RAB-15 in Cox's Bazar")
                listed[-1:] = _last_two(listed[-1])
                kids = [re.sub(r"\s+(?:in|at|near|based\s+in)\s+[A-Z][\w'’ -]*$", "",
                               re.sub(r"^the\s+(?:[a-z]+\s+(?=[A-Z0-9]))?", "", k.strip()))
                        for k in listed]
                # (names in capitals, a number first or not; or each ending in the same common
                # noun, "the Sohrab Goth mortuary, the Lyari mortuary and the Korangi mortuary")
                tails = {k.rsplit(" ", 1)[-1] for k in kids}
                tail = rf"(?:\s+{re.escape(next(iter(tails)))})?" if len(tails) == 1 and next(iter(tails)).islower() else ""
                if kids and all(re.fullmatch(rf"[A-Z0-9][\w'’&.-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z0-9][\w'’&.-]*){{0,7}}{tail}"
                                             r"(?:\s+\([^()]+\))?", k)
                                for k in kids):
                    node = OrgNode(name=among.group("kind"), kind="subunit", source=it.source)
                    node.children = [OrgNode(name=k, kind="subunit", source=it.source) for k in kids]
                    out.append(node)
                    continue
            several = _SEVERAL_PARTS.match(it.text.strip()) if not it.children else None
            if several:
                # "the La Plata branch, the Mar del Plata branch, the Rosario branch and the Córdoba
                # branch", "a bomb recovery and disposal unit and a dog squad": parts each named
                # with its article, in one item
                names = [re.sub(r"^(?:the|a|an)\s+", "", n.strip())
                         for n in re.split(r",\s+(?:and\s+)?(?=(?:the|a|an)\s)|\s+and\s+(?=(?:the|a|an)\s)", it.text.strip())]
                out.extend(OrgNode(name=n, kind="subunit", source=it.source) for n in names)
                continue
            kinds = _KIND_PAIR.match(it.text.strip()) if not it.children else None
            if kinds:
                # "province committees and district committees": two kinds of part, in one item
                out.extend(OrgNode(name=kinds.group(g), kind="subunit", source=it.source) for g in ("a", "b"))
                continue
            also = _AND_ANOTHER.match(it.text.strip()) if not it.children else None
            if also:
                # "hospitals and maternity homes, and a training institute in Lyari for ambulance
                # drivers": a kind of part, then another with what it is for, in one item
                out.append(OrgNode(name=also.group("a"), kind="subunit", source=it.source))
                note = "; ".join(x.strip() for x in (also.group("place"), also.group("purpose")) if x)
                out.append(OrgNode(name=also.group("b"), kind="subunit", source=it.source,
                                   attributes={"Note": note} if note else {}))
                continue
            pair = _TWO_PARTS.match(it.text.strip()) if not it.children else None
            if pair and pair.group("a").split()[0] == pair.group("b").split()[0] \
                    and min(len(pair.group("a").split()), len(pair.group("b").split())) >= 2:
                # "DA Youth and the DA Women's Network": two parts named in one item
                out.extend(OrgNode(name=pair.group(g), kind="subunit", source=it.source) for g in ("a", "b"))
                continue
            if not it.children and _NAMES_ONLY.match(it.text.strip()):
                # "Eskom Enterprises, Eskom Rotek Industries and Roshcon": parts named one after
                # the other, each but the last of more than one word (not "Arab League Educational,
                # Cultural and Scientific Organization", one name)
                names = [n.strip() for n in re.split(r",\s+(?:and\s+)?|\s+and\s+", it.text.strip())]
                if all(len(n.split()) >= 2 for n in names[:-1]) and not any(
                        re.search(r"\b(?:of|for)$", n) for n in names):
                    out.extend(OrgNode(name=n, kind="subunit", source=it.source) for n in names)
                    continue
            name, note = part_name(it.text, places)
            bracket = re.search(r"\(([^()]+)\)", it.text) if note else None
            if bracket and ((not it.children and name.casefold() in self.own) or shared.get(name.casefold(), 0) > 1):
                # "Special Boat Service (Reserve)" under the Special Boat Service: the bracket is
                # what sets the part apart from the whole, so it stays in the part's name; so it
                # does where it sets apart parts of one name: "Inspectorate General Assam Rifles
                # (North)", "(East)", "(South)" are three parts, not one
                kept = bracket.group(1).strip()
                name = f"{name} ({kept})"
                note = "; ".join(n for n in (x.strip() for x in (note or "").split(";")) if n and n != kept) or None
            node = OrgNode(name=name, kind="subunit", source=it.source, attributes={"Note": note} if note else {})
            node.children = self.items(it.children, node, places=places) or [
                OrgNode(name=n, kind="subunit", source=it.source) for n in own_parts(it.text)]
            out.append(node)
        return out

    def _named_after_it(self, items: list[ListItem]) -> bool:
        """Whether at least half of a list's items carry the organisation's name: "Each affiliate
        is an independent organisation; among them are: Oxfam America, Oxfam India, ..." lists
        the members of a confederation, its parts, however the sentence calls them; partners
        and rivals have names of their own."""
        if not self.name or not items:
            return False
        named = sum(1 for it in items if re.search(rf"(?<!\w){re.escape(self.name)}(?!\w)", it.text, re.I))
        return named * 2 >= len(items)

    def _lists_itself(self, items: list[ListItem]) -> bool:
        """Whether a list names the organisation itself among its items: "The units of the
        command are:" over "Joint Task Force 2 – Dwyer Hill", "Canadian Special Operations
        Regiment – Petawawa", ... lists the parts of the body it belongs to, itself and its
        peers. A body is not its own part, so such a list gives it none: its peers are no
        more its parts than it is. Not an item under which the list sets its parts ("International
        Memorial" over its member societies), nor one a bracket sets apart ("Special Boat Service
        (Reserve)", a part of the SBS)."""
        places = placed_list(items)
        return len(items) >= 3 and any(not it.children and "(" not in it.text
                                       and part_name(it.text, places)[0].casefold() in self.own for it in items)

    @staticmethod
    def _parts_own(items: list[ListItem], nodes: list[OrgNode]) -> bool:
        """Whether every item of a list names a part the section drew already and sets items
        under it: the parts' own (affiliates, programmes, units), not the organisation's
        relations, whatever word introduces them."""
        named = {n.name.casefold() for n in nodes}
        return bool(items) and all(it.children and part_name(it.text)[0].casefold() in named for it in items)

    def relation_items(self, items: list[ListItem], context: str) -> None:
        kind = _relation_kind(context)
        for it in items:
            self.relations.append(Relation(name=it.text, kind=kind, source=it.source))
            self.relation_items(it.children, context)

    # -- sections --------------------------------------------------------------------------
    def _named_parts(self, b: Paragraph) -> list[OrgNode]:
        """The parts a sentence of a structure section names as its own, in a list of names:
        "Its operating companies include Carlsberg Danmark, Carlsberg Britvic in Britain,
        Kronenbourg in France, Carlsberg Kazakhstan and Carlsberg Azerbaijan." Only a sentence
        that opens on the organisation's own parts ("Its", "The group's" and a kind of part in
        the plural) and lists names, each capitalised, a place after "in" dropped; a sentence
        about members, partners or anything else names no part."""
        out: list[OrgNode] = []
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", b.text):
            m = _NAMED_PARTS.match(sentence.strip())
            if m is None:
                continue
            # ("the Tsukuba Space Center, opened by NASDA in 1972, the Tanegashima Space Center":
            # a participle's aside says something of the part before it)
            listed = re.sub(r",\s+(?:opened|founded|built|set\s+up|established|created|acquired|bought)\s+[^,]{2,60},", ",",
                            m.group("list"))
            names = [re.sub(r"^the\s+", "", re.sub(r"\s+in\s+[A-Z][^,]*$", "", n.strip()))
                     for n in re.split(r",\s+(?:and\s+)?|\s+and\s+", listed)]
            if len(names) < 2 or not all(re.fullmatch(r"[A-Z][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,4}", n) for n in names):
                continue
            out.extend(OrgNode(name=n, kind="subunit", source=b.source) for n in names)
        return out

    def section(self, section: Section) -> list[OrgNode]:
        nodes: list[OrgNode] = []
        blocks = section.blocks
        intro = ""  # the prose just before a list: "It cooperates with the following units:"
        i = 0
        while i < len(blocks):
            b = blocks[i]
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if isinstance(b, Paragraph):
                cells = _cells(b.text)
                if cells is not None:  # table rows written as paragraph lines
                    rows = [(cells, b.source)]
                    while nxt is not None and isinstance(nxt, Paragraph) and _cells(nxt.text) is not None:
                        rows.append((_cells(nxt.text) or [], nxt.source))
                        i += 1
                        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                    if len(rows) >= 2:
                        nodes.extend(_table_nodes(rows))
                    i += 1
                    continue
                if isinstance(nxt, BulletList) and (introduces_holders(b.text) or (
                        b.text.rstrip().endswith(":") and _terms_of_people(nxt.items))):
                    # "Presidents have included:", "Registrars:" over "- Bruno Cathala (2003–2008)":
                    # people who held a post, no parts
                    i += 2
                    intro = ""
                    continue
                if introduces_holders(b.text) and b.text.rstrip().endswith(":"):
                    # "Commanders (a selection):" over a table of holders written as lines: people
                    i += 1
                    intro = ""
                    continue
                if isinstance(nxt, BulletList) and nxt.items and holders_header(nxt.items[0].text, [t.text for t in nxt.items[1:]]) \
                        and _is_label(b.text):
                    # "High commissioners:" over a table of holders ("High commissioner | Country |
                    # Term"): people, no part
                    i += 2
                    intro = ""
                    continue
                if _is_label(b.text) and _HOLDINGS.search(b.text):
                    # "Shareholders before the 2025 agreement:" over who owns what share: owners,
                    # no parts
                    i += 2 if isinstance(nxt, BulletList) else 1
                    intro = ""
                    continue
                if _is_label(b.text) and not _RELATION.search(b.text):
                    node = OrgNode(name=b.text.rstrip(":").strip(), kind="subunit", source=b.source)
                    listed = isinstance(nxt, BulletList)
                    if isinstance(nxt, BulletList):
                        node.children = self.items(nxt.items, node)
                        i += 1
                    if not listed or node.children:
                        nodes.append(node)  # ("Fleet in 2017:" over a table of ships by type: no part)
                    intro = ""
                else:
                    intro = b.text
                    nodes.extend(self._named_parts(b))
            elif isinstance(b, BulletList):
                # Only a paragraph that introduces the list ("It works with:") can make its
                # items relations; a description of the section above it cannot.
                last = re.split(r"(?<=[.!?])\s+", intro.strip())[-1] if intro else ""
                if b.items and holders_header(b.items[0].text, [t.text for t in b.items[1:]]):
                    pass  # a table of holders ("Leader | Term"): people, no parts
                elif last.endswith(":") and (_RELATION.search(last) or _OUTSIDE.search(last)) \
                        and not self._named_after_it(b.items) \
                        and not _PART_HEAD.search(last) and not _OWN_PARTS_FIRST.search(last) \
                        and not self._parts_own(b.items, nodes):
                    self.relation_items(b.items, intro)
                elif self._parts_own(b.items, nodes):
                    # "Two agencies have their own affiliates and programmes:" over two of the
                    # agencies the table before named, each over its own: theirs, under them
                    for it in b.items:
                        part = next(n for n in nodes if n.name.casefold() == part_name(it.text)[0].casefold())
                        part.children.extend(self.items(it.children, part))
                elif self._lists_itself(b.items):
                    pass  # the parts of a body it belongs to, itself among them
                else:
                    made = self.items(b.items, None, f"{section.title}. {intro}")
                    if _SOME_OF.search(last):
                        # "Its member unions include:": some of them, which no count may sum up
                        for node in made:
                            node.attributes["among"] = "some"
                    nodes.extend(made)
                intro = ""
            i += 1
        for child in section.children:
            if _RELATION.search(child.title):
                for blk in child.blocks:
                    if isinstance(blk, BulletList):
                        self.relation_items(blk.items, child.title)
                continue
            if _NOT_STRUCTURE_TITLE.search(child.title) or _MEMBERSHIP_TITLE.match(child.title):
                continue
            node = OrgNode(name=child.title, kind="subunit", source=child.source)
            node.children = self.section(child)
            nodes.append(node)
        return nodes


def history_sections(profile: Profile) -> list[Section]:
    """Sections that list the organisation's place in larger bodies over time."""
    return [s for s in profile.all_sections() if _HISTORY_TITLE.search(s.title)]


@record
class _Told:
    """A list of parts and the paragraph that introduces it, read as a section of its own
    (`_parts_told_elsewhere`)."""

    title: str
    blocks: list
    children: list = field(default_factory=list)


def _parts_told_elsewhere(profile: Profile) -> list[_Told]:
    """The lists of its own parts an article gives outside its structure sections, each with the
    paragraph that introduces it: Ecopetrol's "Operations" section ends "The group's main
    subsidiaries are:" over a list of them, nested, which the infobox's row of five names gave
    flat. Only a list right after a paragraph whose last words say so (`titles.introduces_parts`), in a
    section that is not about its structure (those are read whole), its history or its leaders."""
    inside = {id(t) for s in structure_sections(profile) for t in s.walk()}
    out: list[_Told] = []
    for s in profile.all_sections():
        if id(s) in inside or _NOT_STRUCTURE_TITLE_WORDS.search(s.title):
            continue
        for before, block in zip(s.blocks, s.blocks[1:]):
            if isinstance(before, Paragraph) and isinstance(block, BulletList) and introduces_parts(before.text):
                out.append(_Told(s.title, [before, block]))
    return out


_NOT_STRUCTURE_TITLE_WORDS = re.compile(r"(?i)\b(?:history|leaders?|leadership|see\s+also|references|presidents|"
                                        r"chairm[ae]n|commanders|directors)\b")


def structure_sections(profile: Profile) -> list[Section]:
    """Top-most sections about the structure (a nested one is covered by its ancestor)."""
    found = [s for s in profile.all_sections() if is_structure_title(s.title)]
    return [s for s in found if not any(s is not t and any(s is d for d in t.walk()) for t in found)]


def _own_end(profile: Profile) -> int | None:
    """The year the organisation ended, as its infobox gives it ("Active: 8 April 1968 – 1
    September 1995", "Dissolved: 1995"), or None for one still in being."""
    for f in profile.facts:
        label = f.label.strip().casefold()
        if label in ("active", "dates", "years active", "existence"):
            ends = [d.end_year for d in find_dates(f.text or "", bare_years=True) if d.closed_range and d.end_year]
            if ends:
                return ends[-1]
        elif label in ("dissolved", "disbanded", "defunct", "abolished"):
            years = [d.year for d in find_dates(f.text or "", bare_years=True) if d.year]
            if years:
                return years[-1]
    return None


def _a_person(name: str, people: list[Person]) -> bool:
    """Whether an infobox's owner is a person: one the article names among its people (its
    chairman who holds most of the votes), not a body."""
    return bool(name) and is_name(name) and any(p.name.casefold() == name.casefold() for p in people)


def _fact_value(fact) -> list[tuple[str, Source | None]]:
    """The values of an infobox row, one a line; a line of several bodies each with its years in
    brackets ("NISS (2013–2017); Sudanese Armed Forces (2017–2023)") gives each as a value of its
    own, so the years date each (`parent_dated`) and none of them is read as one long name."""
    parts = [p.strip() for p in re.split(r"\s*;\s*", fact.text or "")]
    if len(parts) >= 2 and all(_BRACKET_DATED.match(p) and find_dates(_BRACKET_DATED.match(p).group("when"))
                               for p in parts):
        return [(p, fact.source) for p in parts] + [(it.text, it.source or fact.source) for it in fact.items]
    values = [(fact.text, fact.source)] if fact.text else []
    values += [(it.text, it.source or fact.source) for it in fact.items]
    return values


def _infobox_part(part: str) -> str | None:
    """A part an infobox row of parts names, or None: "Divisions: 15, plus National Headquarters"
    counts its divisions (a number names no part) and adds one ("plus" is not its name);
    "Siemens Healthineers (majority)" is Siemens Healthineers (a note in brackets is no name);
    "See Structure" points at where the parts are told."""
    part = re.sub(r"(?i)^(?:plus|and|including|as\s+well\s+as|with)\s+", "", part.strip())
    part = " ".join(re.sub(r"\s*\([^()]*\)", "", part).split())
    if not part or re.fullmatch(r"(?i)(?:about|some|around|over|more\s+than|nearly|almost)?\s*\d[\d,.]*(?:\s+[a-z]+)?", part):
        return None
    if re.match(r"(?i)(?:see|refer\s+to)\b|(?:list|various|several|many|numerous|see\s+below)$", part):
        return None  # "Subsidiaries: See Structure", "See below": where the parts are, no part
    return part


def _known_part(part: str, known: set[str], title: str) -> bool:
    """Whether an infobox's part is one the tree has, also by the name without the
    organisation's own first word ("Siemens Mobility" beside the segment "Mobility", and the
    other way round) or without a
    word of corporate form at its end ("Harman International" beside the subsidiary "Harman")."""
    low = part.casefold()
    own = title.split()[0].casefold() if title.split() else ""
    short = re.sub(r"(?i),?\s+(?:international|group|holdings?|inc\.?|ltd\.?|limited|corporation|corp\.?|company|co\.?|"
                   r"ag|se|sa|nv|plc|gmbh|llc)$", "", part).casefold()
    # ("Cenit" in the infobox beside "Cenit Transporte y Logística de Hidrocarburos" in the text:
    # the name's first words, as the infobox writes it short)
    if any(k.startswith(low + " ") for k in known) and len(low) >= 4:
        return True
    return low in known or (short != low and short in known) or (
        bool(own) and low.startswith(own + " ") and low[len(own) + 1:] in known) or (
        bool(own) and f"{own} {low}" in known)  # "Commercial Airplanes" beside "Boeing Commercial Airplanes"


@record
class Structure:
    """What `extract_structure` finds: the tree, the bodies beside it, the history above it."""

    org: OrgNode
    relations: list[Relation] = field(default_factory=list)
    subordination: list[Subordination] = field(default_factory=list)


def extract_org(profile: Profile, people: list[Person], title_source: Source | None = None) -> OrgNode:
    """The tree alone (see `extract_structure`)."""
    return extract_structure(profile, people, title_source).org


def extract_structure(profile: Profile, people: list[Person], title_source: Source | None = None) -> Structure:
    """The tree for `profile`, its relations and its subordination history."""
    collector = _Collector(profile.names.title, tuple(a.text for a in profile.names.aliases))
    unit = OrgNode(name=profile.names.title, kind="unit", source=title_source)
    # The chart shows who leads it now; former leaders stay in `people` with their periods, and
    # founders, whose founding is history rather than a post, stay there too unless nobody else
    # is known.
    leaders = [p for p in people if p.leader]
    # No one left in post: the box names its founders, if any, never a past head as present.
    now = leading_now(leaders) or [p for p in leaders if re.fullmatch(r"(?i)(?:co-?)?founders?", p.role or "")]
    officers = [p for p in now if p.current or not re.fullmatch(r"(?i)(?:co-?)?founders?", p.role or "")] or now
    unit.leaders = [p.model_copy(deep=True) for p in officers]
    for s in structure_sections(profile):
        unit.children.extend(collector.section(s))
    for told in _parts_told_elsewhere(profile):
        unit.children.extend(collector.section(told))
    text = " ".join(_all_text(profile))
    words = [m.group(0).casefold() for c in unit.children for m in [_GOVERNING.search(c.name)] if m]
    for child in unit.children:
        m = _GOVERNING.search(child.name)
        what = _governs(child.name, text, words.count(m.group(0).casefold()) > 1) if m else None
        if what is not None:
            child.kind = "governing"
            if what:
                child.attributes["governs"] = what
    for s in history_sections(profile):
        if True:
            for blk in s.blocks:
                if isinstance(blk, BulletList):
                    for it in blk.items:
                        dated = collector._dated(it.text, it.source)
                        if dated is not None:
                            collector.history.append(dated)
    facts = {f.label.casefold(): f for f in profile.facts}
    for label, fact in facts.items():
        if re.search(r"\bsubsidiar(?:y|ies)\b|\bdivisions\b", label):
            known = {n.name.casefold() for n in unit.walk()}
            # Beside parts the text gives (four business groups), the infobox's subsidiaries
            # are a kind of their own, not peers of those: they hang from a node named by the
            # infobox row ("Subsidiaries"), marked as a grouping so no reading takes it for a unit.
            target = unit
            if unit.children and "subsidiar" in label:
                target = OrgNode(name=cap_first(_plain_row(fact.label)), kind="subunit", source=fact.source,
                                 attributes={"group": "infobox"})
            for text, source in _fact_value(fact):
                # not at the comma before a legal form: "Wikimedia, LLC" is one company; nor at
                # all in a row whose parts semicolons part ("Commercial Airplanes; Defense, Space
                # & Security; Global Services": the commas are inside a name)
                pieces = re.split(r"\s*;\s*", text) if ";" in text else \
                    re.split(rf"\s*,(?!\s*(?i:{_COMPANY_FORM.pattern[4:]})\b)\s*", text)
                for part in filter(None, map(_infobox_part, pieces)):
                    if _known_part(part, known, profile.names.title):
                        continue
                    target.children.append(OrgNode(name=part, kind="subunit", source=source))
                    known.add(part.casefold())
            if target is not unit and target.children:
                unit.children.append(target)
    # Officers listed inside the structure belong to their node (or to the unit).
    known_leaders = {p.name.casefold() for p in unit.leaders}
    told = {p.name.casefold(): p for p in people}
    for owner, person in collector.officers:
        target = owner or unit
        if target is unit and person.name.casefold() in known_leaders:
            continue
        if (target is unit and (same := told.get(person.name.casefold())) is not None
                and same.leader and same.current is False):
            # one the text says left is no present officer, though the list names him without
            # dates (Wagner's "Andrei Troshev, chief of staff in Syria", who now works for the
            # ministry): the chart calls him former, as the People list does (`model.as_former`)
            person.current, person.period = False, same.period
        target.leaders.append(person)
    chain: list[OrgNode] = []
    seen: set[str] = {unit.name.casefold()}
    for label in PARENT_LABELS:
        f = facts.get(label)
        if f is None:
            continue
        values = _fact_value(f)
        dated = [collector.parent_dated(v, s) for v, s in values]
        if any(d is not None for d in dated):
            collector.history.extend(d for d in dated if d is not None)
            continue
        name = values[0][0] if values else ""
        # "KIRKBI A/S (75%), LEGO Foundation (25%)": owners with their shares; the parent is the
        # one that holds most
        shares = re.findall(r"([^,;()]+?)\s*\((\d+(?:[.,]\d+)?)\s*(?:%|per\s+cent)\)", name)
        if len(shares) >= 2:
            name = max(shares, key=lambda share: float(share[1].replace(",", ".")))[0].strip()
        # "Special Forces Component Command (Dowództwo Komponentu Wojsk Specjalnych)": the native
        # name or a gloss in brackets is not part of the name ("(Ukraine)", "(SFCC)" stay)
        name = re.sub(r"\s*\((?:[^()\s]+\s+){1,}[^()]*\)\s*$", "", name) or name
        # "FORFUSCO; employed by the Special Operations Command": what follows a semicolon in
        # lower case tells how else it is tasked, not the parent's name
        name = re.sub(r"\s*;\s+[a-z].*$", "", name) or name
        if label == "owner" and (held := _largest_share(f.text)) is not None and held <= 50:
            continue  # "Owner: Vodafone Kenya (40%); Government of Kenya (35%)": shareholders, none in control
        if label == "owner" and (_PEOPLE_OWNER.search(name) or _a_person(re.sub(r"\s*\([^()]*\)", "", name).strip(), people)):
            # "Owner: Torii and Saji families (about 90%)", "Owner: Antti Herlin (62% of votes)":
            # people own it, no body above it
            continue
        if label == "owner":
            held = re.search(r",?\s+through\s+(?:the\s+)?(?P<holding>[A-Z][^,;]+)$", name)
            if held:
                name = held.group("holding").strip()  # "Government of Ethiopia, through Ethiopian Investment Holdings"
            elif _STATE_OWNER.fullmatch(re.sub(r"\s*\([^()]*\)\s*", " ", name).strip()):
                continue  # "Owner: Government of Norway (67%)": a shareholder, no parent body
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            chain.append(OrgNode(name=name, kind="parent", source=f.source))
    if collector.history:
        # (the last entry of a history stands for now unless its years end: "NISS (2013–2017);
        # Sudanese Armed Forces (2017–2023)" leaves the Rapid Support Forces under no body now; a
        # lone parent with its years is the article's only word on it, and stands)
        # (unless the organisation ended with it: the Canadian Airborne Regiment, active until
        # 1995, stayed under the Special Service Force "(1977–1995)" to its end)
        current = [h for h in collector.history if h.current] or [
            h for h in collector.history[-1:]
            if len(collector.history) < 2
            or not (ended := [d.end_year for d in find_dates(h.period or "", bare_years=True) if d.closed_range and d.end_year])
            or (own_end := _own_end(profile)) is not None and ended[-1] >= own_end]
        for h in collector.history:
            h.current = bool(current) and h is current[-1]
        # The history's current entry is the immediate parent, below broader infobox parents.
        if current and current[-1].parent.casefold() not in seen:
            chain.append(OrgNode(name=current[-1].parent, kind="parent", source=current[-1].source))
    # "IG Metall belongs to the German Trade Union Confederation but is not a part of it": the
    # infobox's affiliation is a membership the text denies is a tie of parts
    chain = [parent for parent in chain if not _denied_parent(parent.name, unit.name, text)]
    chain = [parent for i, parent in enumerate(chain) if not any(_one_body(other.name, parent.name, text)
                                                                  for other in chain[:i])]
    for parent in chain:
        hedge = _hedged_parent(parent.name, text)
        if hedge:
            parent.attributes["hedge"] = hedge
    root = unit
    for parent in reversed(chain):
        parent.children.append(root)
        root = parent
    return Structure(root, collector.relations, collector.history)


def _largest_share(text: str) -> float | None:
    """The largest share an owner line states ("Vodafone Kenya (40%); Government of Kenya
    (35%)": 40), None when it states none. Why: an owner is the parent body only when it holds
    control, more than half; the largest of several minority holders controls nothing alone."""
    shares = [float(m.replace(",", ".")) for m in re.findall(r"(\d+(?:[.,]\d+)?)\s*(?:%|per\s+cent)", text)]
    return max(shares) if shares else None


_HEDGE = re.compile(r"(?i)\b(?P<hedge>reportedly|allegedly|said\s+to\s+be|believed\s+to\s+be|claimed\s+to\s+be)\s+"
                    r"(?:a\s+)?(?:part\s+of|subordinate\s+to|under|attached\s+to|a\s+unit\s+of)\s+(?P<rest>[^.;]{3,80})")


_NOT_PART = re.compile(r"(?i)\b(?:is|are|was|were)\s+not\s+(?:a\s+|an\s+)?(?:part|unit|subsidiary|division|branch|"
                       r"section)\s+of\b|\bbut\s+not\s+(?:a\s+)?part\s+of\b|\b(?:is|are|remains?)\s+independent\s+of\b")


def _one_body(first: str, second: str, text: str) -> bool:
    """Whether two parents the infobox gives are one body by two names, the text putting one
    beside the other: "the maritime branch of Ireland's Defence Forces, Óglaigh na hÉireann"
    (the "Branch" and "Part of" of the Irish Naval Service), or "Óglaigh na hÉireann (Defence
    Forces)". The chart draws it once, by the name the infobox gave first. A list of bodies
    ("the Army, the Navy and the Air Force") names each once, with no name beside another's."""
    a, b = re.escape(first), re.escape(second)
    return bool(re.search(rf"\b{a},\s+{b}\s*(?:[.;)]|,\s+[a-z]|$)|\b{a}\s+\({b}\)|\b{b}\s+\({a}\)", text))


def _denied_parent(name: str, own: str, text: str) -> bool:
    """Whether a sentence that opens on the organisation (its name, or "It") and names the parent
    (by a pair of its capitalised words) says the organisation is not a part of it: "IG Metall
    belongs to the German Trade Union Confederation but is not a part of it", "It is independent
    of X". Not another body's denial: "its sister division in the XVIII Airborne Corps, which is
    not part of it", "The directorate's other offices are not part of GSG 9"."""
    words = re.findall(r"[A-Z][\w'’-]+", name)
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:])] or words
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        denial = _NOT_PART.search(sentence)
        if denial is None or not (sentence.startswith(own) or re.match(r"(?:It|The\s+\w+)\s+(?:is|was|belongs|has)\b",
                                                                        sentence)):
            continue
        before = sentence[:denial.start()]
        if any(p in before for p in pairs) and not re.search(r"\b(?:which|that|who|whose)\b|,", before):
            return True
    # "The Labour Party, to which Unite pays affiliation fees, and the Trades Union Congress are
    # separate bodies": the infobox's affiliation, which the text calls a body apart
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        apart = _SEPARATE_BODY.search(sentence)
        if apart is not None and any(p in sentence[:apart.start()] for p in pairs):
            return True
    return False


# What a sentence says of bodies that are no parent of the organisation's: "are separate
# bodies", "is an independent organisation", "are outside bodies".
_SEPARATE_BODY = re.compile(r"(?i)\b(?:is|are|remains?|remain)\s+(?:a\s+|an\s+|wholly\s+|likewise\s+)?(?:separate|independent|outside)"
                            r"\s+(?:bod(?:y|ies)|organi[sz]ations?|parties|party|unions?|entit(?:y|ies))\b")


def _hedged_parent(name: str, text: str) -> str | None:
    """"reportedly" when the article hedges the tie to this parent ("It is reportedly part of
    Ukraine's International Legion"): a pair of the parent's capitalised words after the hedge
    names it. The chart writes the hedge in the parent's box rather than draw the tie as fact."""
    words = re.findall(r"[A-Z][\w'’-]+", name)
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:])] or words
    for m in _HEDGE.finditer(text):
        if any(p in m.group("rest") for p in pairs):
            return m.group("hedge").lower()
    return None
