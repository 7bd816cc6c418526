"""Digest: what a short briefing shows, chosen for the reader rather than by position.

Format-neutral and template-facing: every function takes the `Profile` and returns model values
or plain text built from the seed's own words, each with the source line it came from, so a
reader can trace every statement of a snapshot back to the article. The rules are judgements,
written here so that a reader can argue with them.

Key facts (`key_facts`)
    Ranked by what they tell an analyst, whatever the infobox calls them: who leads it, what it
    is, how big, what it belongs to or is loyal to, when it began, where it is or operates, its
    status; then anything else in infobox order. Names (title, native names, abbreviations,
    nicknames) belong in the title block (`other_names`), and images, colours, mottos and
    marches tell little; name rows and decoration (logos, colours, websites, captions) are
    left out of the short lengths altogether: a line of a one-page brief is worth more than a repeat or a picture's name;
    the full profile keeps every infobox row. A leader the text names but the infobox lacks
    becomes a fact. A row whose value repeats a higher-ranked row's is left out.

At a glance (`at_a_glance`)
    Three to five statements: what it is (the lead's defining sentence), who leads it (leaders
    on evidence, current first, with role and period), how big, the latest significant events
    (importance at least 0.6, never background, no change of leader - the leader line says who
    leads now - one a date, and not one whose label leans on a sentence
    it does not show: "The acquisition was completed"), and the latest designation, ban,
    sanction or court ruling. An event statement is its whole sentence (the date phrase moved
    before it) when that fits a bullet of about two lines and stands alone; otherwise the
    event's label. Both keep the article's own words and hedges ("claimed", "reportedly").
    A snapshot, which has no overview, also takes where it stands (`standing`): the one
    sentence of the lead, after its defining sentence, that says how the organisation is seen
    or where it stands now - the article's own summary of its controversies, its limits and
    its current story - ahead of any event.

Where it stands (`standing`)
    An article's lead is its editors' summary: past its defining sentence it says what the
    organisation is known for, what is held against it and what it does now. A lead sentence
    scores two points for each judgement or caveat it carries (criticism, accusations,
    designations, doubts, hedges such as "reportedly", superlatives, prizes, "no powers", a
    mutiny, a death), and one for speaking of now (present or perfect tense, "today", "since"),
    unless it tells how it began ("It was founded in 1865 ...", "Its history began ..."): the
    key facts say when it was founded, so such a sentence counts only its judgements. The best sentence of at most 260 characters wins, the
    earlier on a tie; an opening "It"/"Its" names the organisation again.

Section summaries (`informative_sentences`)
    A section is summarised by its most informative sentences: those that carry its most
    important events (by the extractor's importance), then the opening sentence of the section
    and of each subsection; a sentence that leans on the one before it (a pronoun, "the two
    groups") counts less; shown in the article's order. A sentence that ends in a
    colon or speaks of "the following" announces a list the summary does not show, so it is
    never taken.
"""
from __future__ import annotations

from . import recache as re
from collections.abc import Sequence
from functools import lru_cache

from .fit_scope import kept
from .heap import per_unit
from .kinds import KINDS
from .model import (SECONDARY_ROLE, BulletList, Event, Fact, Paragraph, Person, Post, Profile, Section, Source,
                    as_former, leading_now, news_year, oversees, shared_post_of)
from .records import record
from .select import ANSWERS_BEFORE, chronological, says_little, story_words
from .select import refers_back as _refers_back
from .text import MONTH_NAMES, STOP_WORDS, called, cap_first, plain_title, sentence_spans
from .extract.dates import MONTHS
from .extract.names import FORMER_NAME_KEY
from .extract.titles import ROLE_NOUN

# Words that begin a post in lower case after "Former" ("Former deputy speaker").
_COMMON_MODIFIERS = {"deputy", "vice", "acting", "interim", "chief", "senior", "first", "executive", "general",
                     "managing", "foreign", "prime", "assistant", "head", "secretary"}

# (rank, pattern on the fact label): lower rank first.
_FACT_RANKS: list[tuple[int, re.Pattern[str]]] = [
    # a founder is history, told with the founding (rank 4), not who leads it now
    (0, re.compile(r"\b(?:commander|leader|chief|head|director|chair\w*|ceo|president|secretary|"
                   r"key\s+people|spokes\w*|administrator|executive)\b", re.I)),
    (1, re.compile(r"\b(?:type|role|ideology|focus|purpose|industry|mission|legal\s+status|status|form)\b", re.I)),
    (2, re.compile(r"\b(?:size|strength|members(?:hip)?|staff|employees|personnel|budget|revenue|seats)\b", re.I)),
    (3, re.compile(r"\b(?:allegiance|branch|part\s+of|parent|command\s+structure|affiliation|owners?|country|"
                   r"shareholders?|owned\s+by|controlled\s+by|"
                   r"jurisdiction|international\s+affiliation|subordinate)\b", re.I)),
    (4, re.compile(r"\b(?:founded|founders?|formed|formation|established|active|dates|inception|created|dissolved)\b",
                   re.I)),
    (5, re.compile(r"\b(?:headquarters|garrison|base|location|area|region|operations?|engagements|battles|"
                   r"wars?|seat|offices)\b", re.I)),
    # a distinction it received ("Awards: Nobel Peace Prize (1999)") says what it is known for,
    # more than an organ or a product line (round 51: MSF's snapshot gave "Main organ" and
    # left out its Nobel Peace Prize)
    (6, re.compile(r"\b(?:awards?|honou?rs|decorations|prizes?)\b", re.I)),
]
_NAME_FACT = re.compile(r"\b(?:name|native|abbreviation|acronym|nickname|also\s+known|aka|romani[sz]ed)\b", re.I)
_DECOR_FACT = re.compile(r"\b(?:logo|image|flag|colou?rs?|motto|march|anthem|song|symbol|insignia|emblem|"
                         r"mascot|website|caption|identification)\b", re.I)


_DECOR_RANK = 80
_NAME_RANK = 90


def rank_fact(fact: Fact) -> int:
    """The fact's rank for short lengths (lower first); names and decoration come last."""
    return _label_rank(fact.label)


# Every composition ranks the same infobox labels (about 25 rankings a composition, 70 patterns
# each): ranked once per label; a batch worker empties the cache as the next seed starts.
@lru_cache(maxsize=1024)
def _label_rank(label: str) -> int:
    if _NAME_FACT.search(label):
        return _NAME_RANK
    if _DECOR_FACT.search(label):
        return _DECOR_RANK
    # The word that comes first in the label says what it is: "Headquarters country" is where
    # it is (not a country it belongs to), "Founded at" is when and where it began.
    hits = [(m.start(), rank) for rank, rx in _FACT_RANKS for m in [rx.search(label)] if m]
    return min(hits)[1] if hits else 50


per_unit(_label_rank.cache_clear)


# ("Minister1 Pfo: Minister of Police": the government agency infobox's portfolio of a minister)
_PART = re.compile(r"(?i)^(?:title|name|position|role|label|type|pfo|portfolio)$")


def _pair_key(label: str) -> tuple[str, str, str] | None:
    """(base, index, part) of a numbered infobox key ("Leader Title2" -> ("Leader", "2",
    "title"), "Chief1 Name" -> ("Chief", "1", "name"), "Seats" -> ("Seats", "", "")); None
    for a label with no number and no part word, which pairs with nothing."""
    if "(" in label or re.search(r"\d{3,}", label):
        return None  # "Commander (2017–2022, 2023–2025)": years in a shown label, not an index
    digits = "".join(re.findall(r"(?<=[^\W\d_])\d{1,2}\b", label))
    words = re.sub(r"(?<=[^\W\d_])\d{1,2}\b", "", label).split()
    if not words:
        return None
    part = words[-1].lower() if len(words) > 1 and _PART.match(words[-1]) else ""
    base = " ".join(words[:-1] if part else words)
    return base, digits, part


# Infobox parameter abbreviations (Wikipedia's company, organisation and military unit
# infoboxes) that reach the seed as labels, written out.
_ABBREVIATIONS = {"subsid": "Subsidiaries", "num employees": "Employees", "num employees year": "Employees as of",
                  "num members": "Members", "num volunteers": "Volunteers", "num staff": "Staff",
                  "parent organization": "Parent organisation",
                  # the government agency infobox's chain of bodies: "preceding1", "superseding"
                  "preceding": "Predecessor", "preceding agency": "Predecessor",
                  "preceding agencies": "Predecessors", "superseding": "Successor",
                  "superseding agency": "Successor"}


# A bracket's note of a time, not a name: "until 2006", "1990–2006", "from 2001", "since 1994".
_TIME_NOTE = re.compile(r"(?i)(?:(?:until|till|to|from|since|before|after|in|c\.|circa)\s+)?(?:\d{1,2}\s+)?"
                        r"(?:[A-Z][a-z]+\s+)?\d{3,4}(?:\s*[–—-]\s*(?:\d{2,4}|present))?")


def other_names(profile: Profile) -> list[str]:
    """The names a title block gives after the title: the aliases in Latin script (native ones
    have their own line) and the infobox's name rows ("Company Name", "Agency Name") that say
    something the title and aliases do not. The short lengths leave those rows out of their
    key facts, so every name is shown once, where names belong.

    A name row of a post ("Chief1 Name: Anne Keast-Butler", "Minister1 Name: Foreign
    Secretary", the government agency infobox's numbered pairs) names a person or an office,
    not the organisation: GCHQ's title block had read "Also known as Government Communications
    Headquarters, Foreign Secretary, Anne Keast-Butler"."""
    out = [a.text for a in profile.names.aliases if a.kind != "native"]
    # (nor the title without its bracket: "Agency Name: Corruption Eradication Commission" under
    # the title "Corruption Eradication Commission (Indonesia)")
    seen = {profile.names.title.casefold(), plain_title(profile.names.title).casefold(),
            *(a.text.casefold() for a in profile.names.aliases)}
    for f in profile.facts:
        # ("Decided New Name: Special Intervention Force (SIF), February 2026": when it was given
        # is no part of the name)
        value = re.sub(r",\s*(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
                       r"November|December)\s+)?\d{4}\s*$", "", " ".join(f.text.split()))
        # (and with a bracket: "Unit Name: Pontifical Swiss Guard (Pontificia Cohors Helvetica)",
        # the title and an alias, which had read "Also known as Pontificia Cohors Helvetica,
        # Pontifical Swiss Guard (Pontificia Cohors Helvetica)")
        if _names_a_post(f.label) or not (rank_fact(f) == _NAME_RANK and not f.items and value) \
                or re.search(r"(?i)native|lang|romani[sz]ed|script", f.label) or FORMER_NAME_KEY.match(f.label.strip()):
            # a post's holder, or no row of names; or the former names, which the aliases hold
            # as such ("Former Name: Royal Nepalese Army (until 2006)": "formerly Royal
            # Nepalese Army" in the title block, not "also known as" it as well)
            continue
        # ("Abbreviation: CPN (UML); नेकपा (एमाले)": names one after the other, each once)
        for part in (p.strip() for p in value.split(";")):
            # (a bracket that tells a time is no name: "Royal Nepalese Army (until 2006)")
            names = [n.strip() for n in re.split(r",\s*|\s*\(([^()]*)\)\s*", part)
                     if n and n.strip() and not _TIME_NOTE.fullmatch(n.strip())]
            if not part or all(n.casefold() in seen for n in names) or part.casefold() in seen or len(part) > 120:
                continue  # names given already ("Abbreviation: OPCW, OIAC")
            if "(" not in part and len(names) > 1:
                # ("Abbreviation: S, SAP" beside the lead's SAP: the new one alone, each once)
                fresh = [n for n in names if n.casefold() not in seen]
                out.extend(fresh)
                seen.update(n.casefold() for n in fresh)
                continue
            out.append(part)
            seen.add(part.casefold())
    return out


def _names_a_post(label: str) -> bool:
    """Whether an infobox label is the name part of a numbered or role pair ("Chief1 Name",
    "Minister1 Name", "Leader Name"): the row names whoever holds a post."""
    key = _pair_key(label)
    if key is None or key[2] != "name":
        return False
    base, index, _ = key
    return bool(index) or bool(ROLE_NOUN.search(base))


def _plain_label(label: str, own: frozenset[str] = frozenset()) -> str:
    """Infobox parameter names written out as a reader says them: "Hq Location City" ->
    "Headquarters city" (the company infobox's `hq_location_city`), "Subsid" -> "Subsidiaries"."""
    label = re.sub(r"\s*\([\s,;:–—-]*\)", "", label).strip() or label  # "Commander (–, –)": dates stripped
    m = re.match(r"(?i)^hq(?:\s+location)?(?:\s+(?P<rest>.+))?$", label.strip())
    if m:
        return f"Headquarters {m.group('rest').casefold()}" if m.group("rest") else "Headquarters"
    known = _ABBREVIATIONS.get(" ".join(label.casefold().split()))
    return known if known is not None else _sentence_case(label, own)


def _sentence_case(label: str, own: frozenset[str] = frozenset()) -> str:
    """"Key People" -> "Key people", "Traded As" -> "Traded as": infobox keys come Title Cased
    or not as each template writes them; one table reads alike. An acronym ("COMLE", "NATO")
    or a word with capitals inside ("McDonald") keeps its case, and a key that is not Title
    Cased throughout ("Chairperson of the Commission") is left as written. A word of the
    organisation's own names (`own`) is a name and keeps its capital: the infobox's "Panglima
    Kopassus", the title of Kopassus's head, had read "Panglima kopassus"."""
    words = label.split(" ")
    if any(w[:1].islower() for w in words):
        return label  # not Title Cased ("Chairperson of the Commission"): written as meant
    out = [words[0]] + [w.lower() if re.fullmatch(r"[A-Z][a-z]+", w) and w not in own else w for w in words[1:]]
    return " ".join(out)


def infobox_facts(profile: Profile) -> list[Fact]:
    """The infobox's facts with numbered key/label pairs made one fact each.

    Infobox templates number repeated fields ("Leader Title", "Leader Name", "Leader
    Title2", "Seats1 Title" beside "Seats"); shown as rows they read as leftovers ("Seats1
    Title: Parliament"). A title and a name of one number become "<title>: <name>"
    ("Chairperson of the Commission: Mahmoud Ali Youssouf"); a numbered title beside its
    unnumbered value becomes "<base>: <title>: <value>" ("Seats: Parliament: 89 / 150").
    Only the seed's own words are used, and no value is lost."""
    keys = [_pair_key(f.label) for f in profile.facts]
    own = frozenset(w for n in (profile.names.title, *(a.text for a in profile.names.aliases)) for w in n.split())
    by_number = {k[0] for k in keys if k and k[1]}  # a base some key numbers
    numbered = set(by_number)
    # ... or names: "Administrator" beside "Administrator Title: Chairman"
    titled = {k[0] for k in keys if k and not k[1] and k[2] in ("title", "position")}
    numbered |= {k[0] for k in keys if k and not k[1] and not k[2] and k[0] in titled}
    groups: dict[tuple[str, str], list[tuple[str, Fact]]] = {}
    order: list[tuple[str, str] | int] = []
    for i, (f, k) in enumerate(zip(profile.facts, keys)):
        if k is None or k[0] not in numbered or f.items:
            order.append(i)
            continue
        g = (k[0], k[1] or "1")
        if g not in groups:
            groups[g] = []
            order.append(g)
        groups[g].append((k[2], f))
    out: list[Fact] = []
    for entry in order:
        if isinstance(entry, int):
            f = profile.facts[entry]
            label = _plain_label(f.label, own)
            out.append(f if label == f.label else f.model_copy(update={"label": label}))
            continue
        members = groups[entry]
        parts = {part: f for part, f in members}
        title = next((parts[p] for p in ("title", "position", "role", "label", "type", "pfo", "portfolio")
                      if p in parts), None)
        value = parts.get("name") or parts.get("")
        if len(members) == 2 and title is not None and value is not None:
            if "name" in parts or (entry[0] not in by_number and ROLE_NOUN.search(title.text)):
                # "Leader Title: Director General" and "Leader Name: X", or "Administrator
                # Title: Chairman" beside "Administrator: X": the post is the label
                out.append(Fact(label=title.text, text=value.text, source=value.source))
            else:
                out.append(Fact(label=_plain_label(entry[0], own), text=f"{title.text}: {value.text}", source=value.source))
        else:
            # "Child1 Agency" is the first "Child Agency": written out as other keys are ("Child agency")
            out.extend(Fact(label=_plain_label(entry[0] if len(members) == 1 else f"{entry[0]} {part}".strip(), own),
                            text=f.text, source=f.source) for part, f in members)
    # a parent the text only reports read as fact, at the full length too (reviewers, twice);
    # the full length keeps each value as written, so a placeholder row is split only by
    # `key_facts` for the short lengths
    return [_with_document_event(_with_parent_hedge(f, profile), profile) for f in _joined_places(out)]


_DOCUMENT = re.compile(r"\b(?:Declaration|Agreement|Treaty|Pact|Charter|Accords?|Memorandum|Convention|Protocol)\b")


def _document_only(fact: Fact) -> bool:
    """Whether the fact's whole value (before any parenthesis) is the name of a document."""
    value = " ".join((fact.text or "").split()).split(" (")[0]
    return not fact.items and bool(re.fullmatch(rf"[^(),;]*{_DOCUMENT.pattern}", value))


def _with_document_event(fact: Fact, profile: Profile) -> Fact:
    """"Allegiance: Irpin Declaration (signed August 2022)": an allegiance or affiliation row
    that names a document reads, bare, as a power the organisation answers to; the article's
    event tells what it did with it and when. Readers of three rounds asked what "Allegiance:
    Irpin Declaration" meant. Only a row whose whole value is the document, and only the verb
    and date of the event that names it."""
    if fact.items or rank_fact(fact) != 3 or not _DOCUMENT.search(fact.text or ""):
        return fact
    value = " ".join(fact.text.split())
    for e in profile.events:
        if e.background:
            continue
        m = re.search(rf"\b(signed|joined|adopted|ratified|endorsed|concluded)\s+(?:the\s+)?{re.escape(value)}\b",
                      e.label or e.text)
        if m:
            return fact.model_copy(update={"text": f"{fact.text} ({m.group(1)} {_date_words(e)})"})
    return fact


# "Headquarters city", "Headquarters country": the parts of one place, smallest first
_PLACE_PART = re.compile(r"(?i)^(?P<base>.+?)\s+(?P<part>city|town|region|state|province|country)$")
_PLACE_ORDER = {"city": 0, "town": 0, "region": 1, "state": 1, "province": 1, "country": 2}


def _joined_places(facts: list[Fact]) -> list[Fact]:
    """Rows that give the parts of one place under one name ("Headquarters city: Stockholm",
    "Headquarters country: Sweden") as the one row a reader expects ("Headquarters: Stockholm,
    Sweden"), at the first part's place; a country alone would read as where it belongs, and a
    short length keeping one of two rows loses the city. Nothing is dropped."""
    groups: dict[str, list[tuple[int, Fact]]] = {}
    for f in facts:
        m = _PLACE_PART.match(f.label)
        if m and not f.items and f.text.strip():
            groups.setdefault(m.group("base").casefold(), []).append((_PLACE_ORDER[m.group("part").casefold()], f))
    out: list[Fact] = []
    for f in facts:
        m = _PLACE_PART.match(f.label)
        parts = groups.get(m.group("base").casefold(), []) if m else []
        if len(parts) < 2 or not any(g is f for _, g in parts):
            out.append(f)
        elif parts[0][1] is f:
            values = [g.text.strip() for _, g in sorted(parts, key=lambda t: t[0])]
            out.append(Fact(label=m.group("base"), text=", ".join(dict.fromkeys(values)), source=f.source))
    return out


_PLACEHOLDER_VALUE = re.compile(r"^(?P<ph>unknown|vacant|none|n/?a|not\s+known|undisclosed|unidentified)\b[\s,;]*"
                                r"(?P<rest>.*)$", re.I)


def _split_placeholder(fact: Fact, profile: Profile) -> list[Fact]:
    """"Current Commander: Unknown, Maximilian Andronnikov (speaker)" is two facts: the post is
    unknown, and the person named beside it holds the role the profile found for them
    ("Spokesperson: Maximilian Andronnikov"), so the line cannot be read as naming a commander."""
    m = _PLACEHOLDER_VALUE.match(fact.text or "")
    if not m or not m.group("rest") or rank_fact(fact) != 0:
        return [fact]
    named = [p for p in profile.people if p.name in m.group("rest") and p.role]
    if not named:
        return [fact]
    by_role: dict[str, list[str]] = {}
    for p in named:
        by_role.setdefault(p.role or "", []).append(p.name)
    return [Fact(label=fact.label, text=m.group("ph").capitalize(), source=fact.source)] + [
        Fact(label=_plural_role(role) if len(names) > 1 else role, text="; ".join(names), source=fact.source)
        for role, names in by_role.items()]


def all_facts(profile: Profile) -> list[Fact]:
    """Every infobox row, in infobox order, for the full profile: each value as written, except
    a placeholder row naming someone beside it, which is split (`_split_placeholder`) - "Current
    commander: Unknown, Maximilian Andronnikov (speaker)" as written reads as if he commanded,
    and three rounds of readers took it so."""
    facts = _one_row_per_label([g for f in infobox_facts(profile) for g in _split_placeholder(f, profile)])
    return [f for f in facts if not _told_by_another_row(f, facts)]


def _told_by_another_row(fact: Fact, facts: Sequence[Fact]) -> bool:
    """Whether a row about who leads ("CEO: Justin Hotard") only repeats another such row that
    names the person with the post ("Key people: Justin Hotard (President and CEO), Sari
    Baldauf (Chair of the Board)"): Nokia's full profile named its two leaders three times."""
    value = " ".join((fact.text or "").split())
    if fact.items or not value or rank_fact(fact) != 0:
        return False
    return any(other is not fact and not other.items and rank_fact(other) == 0 and len(other.text or "") > len(value)
               and re.search(rf"(?<!\w){re.escape(value)}\s*\(", " ".join((other.text or "").split()))
               for other in facts)


def _plural_role(label: str) -> str:
    """A post's label for a row that names two or more holders ("Spokesperson" -> "Spokespeople",
    "Chairman" -> "Chairmen", "Deputy" -> "Deputies", "Secretary General" -> "Secretaries
    General"): round 49 read "Spokesperson: Maximilian Andronnikov; Kostiantyn Denysov" as a
    slip. A label already plural, or not one word at its end that a plural can be made of, stays."""
    m = re.search(r"([A-Za-z]+)(?=(?:[\s-]+[Gg]eneral)?$)", label)  # "Secretary General": the secretary
    if not m or m.group(1).casefold().endswith(("s", "people", "men")):
        return label
    word = m.group(1)
    if word.casefold().endswith("person"):
        plural = word[:-6] + "people"
    elif word.casefold().endswith("man"):
        plural = word[:-3] + "men"
    elif word.casefold().endswith("y") and word[-2:-1].casefold() not in "aeiou":
        plural = word[:-1] + "ies"
    else:
        plural = word + "s"
    return label[:m.start()] + plural + label[m.end():]


def _one_row_per_label(split: list[Fact]) -> list[Fact]:
    """Rows of one label ("Spokesperson: A", "Spokesperson: B") as one row: "A; B"."""
    facts: list[Fact] = []
    by_label: dict[str, int] = {}
    for f in split:
        k = f.label.casefold()
        if k in by_label and not f.items and not facts[by_label[k]].items:
            first = facts[by_label[k]]
            if f.text and f.text not in first.text:
                label = _plural_role(first.label) if rank_fact(first) == 0 else first.label
                facts[by_label[k]] = first.model_copy(update={"text": f"{first.text}; {f.text}", "label": label})
            continue
        by_label[k] = len(facts)
        facts.append(f)
    return facts


def key_facts(profile: Profile, limit: int | None = None) -> list[Fact]:
    """The facts most worth a line on a short page, in rank then infobox order (see above)."""
    # a placeholder row ("Current Commander: Unknown, X (speaker)") is split (`_split_placeholder`)
    # a list of former names tells its history and stays; a list of mottos or colours is decoration
    facts = _one_row_per_label([g for f in infobox_facts(profile) if rank_fact(f) != _DECOR_RANK and (
                                f.items or rank_fact(f) != _NAME_RANK) for g in _split_placeholder(f, profile)])
    # A row of a title no rank names ("National Commissioner", "Commandant General", "Panglima
    # Kopassus") that names a head of the organisation is the head's row: the police service's
    # snapshot had given "National Commissioner: Fannie Masemola" twice, once from the infobox
    # and once from the people its text names.
    heads = [p.name for p in _heads(profile)]
    head_rows = {id(f) for f in facts if rank_fact(f) == 50 and not f.items
                 and any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", f.text or "") for n in heads)}
    if head_rows and not any(rank_fact(f) == 0 for f in facts) and (leader := _leader_fact(profile)) is not None:
        # the row keeps the infobox's title and says what the text tells of the head: its term
        # ("Panglima Kopassus: Djon Afriandi (since 2024)")
        first = next(f for f in facts if id(f) in head_rows)
        if re.search(rf"(?<!\w){re.escape(heads[0])}(?!\w)", first.text or ""):
            at = facts.index(first)
            facts[at] = first.model_copy(update={"text": leader.text})
            head_rows.add(id(facts[at]))
    if not any(rank_fact(f) == 0 or id(f) in head_rows for f in facts):
        leader = _leader_fact(profile)
        if leader is not None:
            facts.append(leader)
    for derived in (_current_parent_fact(profile, facts), _lead_base_fact(profile, facts),
                    _founding_fact(profile, facts), _owner_fact(profile, facts)):
        if derived is not None:
            facts.append(derived)
    ranks = [0 if id(f) in head_rows else rank_fact(f) for f in facts]
    # One head leads the list; further office holders (a deputy, an honorary chair) come
    # after what it is, how big and where, which a one-page reader needs more.
    first_head = ranks.index(0) if 0 in ranks else -1
    ranks = [6 if r == 0 and i != first_head else r for i, r in enumerate(ranks)]
    # A document the organisation signed, given as what it belongs to ("Allegiance: Irpin
    # Declaration"), tells less of where it stands than a body it serves under ("Branch:
    # International Legion ... (reportedly)"): it comes after the other rows of its rank.
    ranks = [r + 0.5 if r == 3 and _document_only(f) else r for r, f in zip(ranks, facts)]
    ordered = sorted(enumerate(facts), key=lambda t: (ranks[t[0]], t[0]))
    out: list[Fact] = []
    seen: set[str] = set()
    for _, f in ordered:
        # "Jurisdiction: European Union" then "Parent agency: European Union": the second line
        # repeats the first on a page that has room for few.
        value = " ".join((f.text or "").split()).casefold()
        if value and not f.items and (value in seen or rank_fact(f) == 0 and len(value) > 4 and any(
                re.search(rf"(?<!\w){re.escape(value)}(?!\w)", other) for other in seen)):
            continue  # "CEO: Justin Hotard" under "Key people: Justin Hotard (President and CEO), ..."
        seen.add(value)
        out.append(f)
    return out if limit is None else out[:limit]


def _with_parent_hedge(fact: Fact, profile: Profile) -> Fact:
    """A fact naming a parent the article only reports ("Branch: International Legion of the
    Defence Intelligence of Ukraine" where the text says the Legion is "reportedly part of"
    it) keeps the article's hedge, as the organisation chart does: an infobox row states as fact
    what the text does not."""
    if profile.org is None or fact.items or rank_fact(fact) != 3:
        return fact
    for node in profile.org.walk():
        hedge = node.attributes.get("hedge") if node.kind == "parent" else None
        if hedge and node.name.casefold() in fact.text.casefold() and hedge.casefold() not in fact.text.casefold():
            return fact.model_copy(update={"text": f"{fact.text} ({hedge})"})
    return fact


# Posts that speak for, found or stand in for the organisation but do not head it.
_MINOR = re.compile(rf"(?i)founder|honorary|{SECONDARY_ROLE.pattern.removeprefix('(?i)')}")


def _heads(profile: Profile) -> list[Person]:
    """Who leads it now: current leaders, heads before founders and spokespeople."""
    leaders = leading_now(profile.leaders, news_year(profile.events)) or profile.leaders
    heads = [p for p in leaders if not _MINOR.search(p.role or "")] or leaders
    return sorted(heads, key=lambda p: oversees(p, heads))


def _founders_instead(profile: Profile, shown: list[Person]) -> list[Person]:
    """The founders to name when no one heads the organisation now: only a chief of staff or
    a deputy is known (they do not lead it), while founders are. A spokesperson still speaks
    for it and is named as such."""
    if not shown or any(not _MINOR.search(p.role or "") for p in shown) \
            or any(re.match(r"(?i)spokes|press|speaker", p.role or "") for p in shown):
        return []
    return [p for p in profile.leaders if re.match(r"(?i)(?:co-?)?founder", p.role or "")][:2]


def _current_parent_fact(profile: Profile, facts: Sequence[Fact]) -> Fact | None:
    """"Part of: 1st Azov Corps (since 2025)", from the article's history of what the
    organisation was under, when its present entry names a parent no infobox row does: a
    snapshot that gave only "Branch: National Guard of Ukraine" left out the corps the brigade
    joined in 2025. Hedged entries and parents without a name of their own ("brigade of the
    National Guard") are left to the history."""
    subs = [s for s in getattr(profile, "subordination", None) or [] if s.current]
    if len(subs) != 1:
        return None
    sub = subs[0]
    parent = sub.parent.strip()
    if not (parent[:1].isupper() or parent[:1].isdigit()) or re.match(r"(?i)(?:a|an|the)\s", parent):
        return None
    said = " ".join(f"{f.text} {' '.join(i.text for i in f.items)}" for f in facts).casefold()
    if parent.casefold() in said:
        return None
    period = (sub.period or "").strip()
    period = period[:1].lower() + period[1:] if re.match(r"(?i)since\s", period) else period
    return Fact(label="Part of", text=f"{parent} ({period})" if period else parent, source=sub.source)


# "a think tank based in Washington, D.C.", "for most of its history it was based in Mariupol"
_BASED_IN = re.compile(
    r"(?:(?P<when>for\s+(?:most|much)\s+of\s+its\s+history)\s*,?\s*)?(?:(?:it|which)\s+(?P<verb>was|is|has\s+been)\s+)?"
    r"\b(?:based|headquartered|garrisoned|stationed)\s+in\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:(?:\s+|,\s+)(?:D\.C\.|[A-Z][\w'’-]*))*)")


def _owner_fact(profile: Profile, facts: Sequence[Fact]) -> Fact | None:
    """"Controlled by: Wallenberg family (through Investor AB) and ...", from the text, when no
    infobox row names an owner or a parent: for a company that is its allegiance, which a
    snapshot promises (the rule is `extract.owners`')."""
    if any(re.search(r"(?i)\b(?:owners?|shareholders?|parent|owned|controlled)\b", f.label) for f in facts):
        return None
    from .extract.owners import controlling_owner

    owner = controlling_owner(profile)
    if owner is None:
        return None
    said = " ".join(f"{f.text} {' '.join(i.text for i in f.items)}" for f in facts).casefold()
    if owner.text.casefold() in said:
        return None
    return Fact(label=owner.label, text=owner.text, source=owner.source)


def _founding_fact(profile: Profile, facts: Sequence[Fact]) -> Fact | None:
    """"Formed: March 2022", from the earliest founding the text tells, when no infobox row says
    when it began: a snapshot should say how old the organisation is, and the article's own
    founding event is its answer. The verb is the article's kind of word for a body that is
    "formed" (a unit) or "founded" (anything else); the date is as closely as the text gives it."""
    if any(rank_fact(f) == 4 for f in facts):
        return None
    founding = [e for e in profile.events if e.kind == "founding" and not e.background]
    if not founding:
        return None
    first = min(founding, key=lambda e: e.date.start())
    verb = "Formed" if re.search(r"\bformed\b", f"{first.text} {first.label}", re.I) else "Founded"
    return Fact(label=verb, text=_date_words(first), source=first.source)


def _lead_base_fact(profile: Profile, facts: Sequence[Fact]) -> Fact | None:
    """"Base: Mariupol (for most of its history)", from the lead, when no infobox row says
    where it is (headquarters, garrison, base, location): a snapshot should say where, and the
    lead's "it was based in X" is the article's own answer. A past "was based" keeps its words
    of time, or reads "formerly"."""
    if any(rank_fact(f) == 5 and re.search(r"(?i)headquarters|garrison|base|location|seat|offices", f.label)
           for f in facts):
        return None
    for b in profile.lead:
        if not isinstance(b, Paragraph):
            continue
        m = _BASED_IN.search(" ".join(b.text.split()))
        if m is None:
            continue
        place = m.group("place").rstrip(",. ")
        when = m.group("when") or ("formerly" if m.group("verb") == "was" else None)
        return Fact(label="Base", text=f"{place} ({when})" if when else place, source=b.source)
    return None


def _leader_fact(profile: Profile) -> Fact | None:
    leaders = _heads(profile)[:2]
    if not leaders or _founders_instead(profile, leaders):
        return None  # the founders have their own row
    label = leaders[0].role or "Leader"
    text = "; ".join(_person_text(p, with_role=len(leaders) > 1) for p in leaders)
    return Fact(label=label, text=text, source=leaders[0].source)


def period_text(p: Person) -> str | None:
    """A leader's period as shown: a lone date says which end it is - "since" it for a current
    holder, "took office" on it for a former one ("Commander, took office on 1 August 2018",
    not a date that reads as the whole term, nor a "from" that reads as a range cut short); a
    range, a "since"/"until" or a term within one time ("in 2012") is shown as written."""
    period = _present_text(p)
    earlier = _earlier_text(p)
    if earlier:
        return f"{period}; {earlier}" if period else earlier
    return period


def _present_text(p: Person) -> str | None:
    return _term_text(p.period, p.current, p.leader)


def _term_text(period: str | None, current: bool | None, held: bool = True) -> str | None:
    """A period as shown: a lone date says which end it is for a post `held` in the subject."""
    begun = re.fullmatch(r"(?i)(?:from|since)\s+([^–—-]+)", period or "")
    if begun and current is False and held and not re.search(r"(?i)\b(?:until|till|to)\b", period or ""):
        # a former holder's "from 2016", or "since June 2022" told of a post left since ("former
        # vice commandant, since June 2022" read as held still): the start alone, as below
        period = begun.group(1)
    if period and re.match(r"in\s+\d{1,2}\s", period):
        return "on" + period[2:]  # a post held on a day the text tells: "Chair on 6 June 2013"
    if not period or re.search(r"(?i)since|from|until|till|\bto\b|present|as\s+of|[–—-]|^in\s", period):
        return period
    if current:
        return f"since {period}"
    if current is False and held:
        # "Former president, from 1977" reads as a range cut short; the text told a start only
        on = "on" if re.match(r"\d{1,2}\s", period) else "in"
        return f"took office {on} {period}"
    return period


def _post_is_placed(post: Post) -> bool:
    """Whether the text says when a post was or is held well enough for a reader not to take a
    past office for a present one: held now (`current`), left (`current` False, shown as
    "Former ..."), a span with both ends ("2013–2014", "until 2020", in the role's own words
    too), told on someone's word (its hedge, "according to X, as of 2023", dates it), or a
    founding. An undated post, or one with only a
    start ("from 2012"), the article may have told ending elsewhere: it is left out."""
    if post.current is not None or post.hedge or re.match(r"(?i)(?:co-?)?founder", post.role):
        return True  # a founding is no office held over time
    if re.search(r"\b\d{4}\b.*\b\d{4}\b", post.role):
        return True  # "President of Mali from 1992 to 2002"
    period = post.period or ""
    return bool(re.search(r"[–—-]|\b(?:to|until|till)\b", period)) and not re.match(r"(?i)(?:from|since)\s+\S+$", period)


def _first_year_of(period: str | None) -> int | None:
    m = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", period or "")
    return int(m.group(1)) if m else None


# Who chairs a board (or its supervisory board), and a seat on it, which every chair holds too.
_CHAIRS = re.compile(r"(?i)(?:executive\s+|non-executive\s+|independent\s+)?chair(?:man|woman|person)?\b(?!\s+of\s+(?!the\s+(?:supervisory\s+)?board\b))")
_BOARD_SEAT = re.compile(r"(?i)(?:non-executive\s+|independent\s+)?(?:director|board\s+member|member\s+of\s+the\s+board|trustee)")


def posts_text(p: Person, now: bool = False) -> str | None:
    """The person's other posts after the role and its period: "Chair, from 2012" beside
    "Interim CEO, 2013–2014"; "Deputy commander, by his own account", with the hedge the
    article gives; a post the text says was left reads "former" when it has no dates. With
    `now`, only what the text says the person does now, as fact (for a line saying who leads
    it): founding, which the role line does not date, and a claimed or reported post, whose
    hedge the People list has room to give, are left to the People list.

    A post is shown at all only when the text places it in time (`_post_is_placed`): readers
    took "Prime minister, from 25 October 2012" beside a party's founder, and an undated
    "Prime Minister" beside a former chairman, for offices held now, when the article had told
    both men leaving them."""
    shown = []
    for post in p.posts:
        if not _post_is_placed(post):
            continue
        if now and (not post.current or post.hedge or re.match(r"(?i)(?:co-?)?founder", post.role)):
            continue
        if _BOARD_SEAT.fullmatch(post.role.strip()) and _CHAIRS.match(p.role or ""):
            # "Steve Mollenkopf (Chair; director, since 2020)" read as chair since 2020: who
            # chairs the board sits on it, and the seat's date is not the chair's
            continue
        role = post.role
        current = post.current
        lead_start, post_start = _first_year_of(p.period), _first_year_of(post.period)
        if current and p.leader and lead_start and post_start and post_start < lead_start \
                and not re.match(r"(?i)(?:co-?)?founder", role):
            # "Christine Lagarde, managing director of the IMF since 2011" when she took the
            # bank's presidency in 2019: the post held when she took ours was her previous one,
            # which the article's "since" told from that time, not from the reader's
            current = False
            if now:
                continue  # a line saying who leads it now gives what the person does now
        if current is not True:
            # "Lagarde, managing director of the IMF since 2011, was chosen" in 2019: "since" in
            # the article's past is not since in the reader's present
            role = re.sub(r"\bsince(?=\s+(?:\w+\s+)?\d{4}\b)", "from", role)
        begun = bool(re.match(r"(?i)(?:from|since)\s", post.period or ""))
        if current is False and (not post.period or begun) and not re.match(r"(?i)former|founder|first|previous", role):
            first = role.split()[0]
            # "Former speaker", but "Former Sokolov's deputy": a name keeps its capital
            common = ROLE_NOUN.fullmatch(first) or first.casefold() in _COMMON_MODIFIERS
            # ("Former Vice Chief of the Defence Staff": a title in capitals keeps them all,
            # not "former vice Chief")
            titled = re.match(r"\S+\s+[A-Z]", role) is not None
            owned = _OWNED_POST.match(role)
            if owned:
                # "Djibouti's former foreign minister", not "Former Djibouti's foreign minister"
                role = f"{owned.group('owner')} former {owned.group('post')}"
            else:
                role = f"Former {role[:1].lower() + role[1:] if common and not first.isupper() and not titled else role}"
        bits = [role] + ([post.hedge] if post.hedge else [])
        term = _term_text(post.period, current, held=not post.affiliation)
        if current is False and post.affiliation and term:
            # another body's post left: "from 2005", not "since 2005", nor "took office in 2005",
            # which reads as the subject's own office
            term = re.sub(r"(?i)^since\s", "from ", term)
        if current and begun:
            term = re.sub(r"(?i)^from\s", "since ", term or "")  # held now: "since 1 February 2024"
        if term and not re.search(r"\b(?:1[5-9]|20)\d\d\b", role):
            bits.append(term)  # (not "head of the private office since May 2014, since May 2014")
        shown.append(_after_semicolon(", ".join(bits)))
    return "; ".join(shown) or None


# A post named by its owner's possessive: "Djibouti's foreign minister", "Sokolov's deputy".
_OWNED_POST = re.compile(r"(?P<owner>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}(?:'s|’s))\s+(?P<post>[a-z].*)$")


# First words of a post that are no name: after a semicolon they go lower case.
_POST_OPENERS = {"former", "previously", "works", "worked", "founder", "co-founder", "first", "also", "head",
                 "member", "honorary", "later"}


def _after_semicolon(post: str) -> str:
    """A post as it reads after "; " in a line about a person: "Chief executive, since 2017;
    former head of Investor AB", not "; Former head". A name ("Sokolov's deputy") or an acronym
    ("CEO of X") keeps its capital; a line that opens on the posts capitalises them again."""
    first = post.split()[0].rstrip(",;:") if post.split() else ""
    if first.isupper() or not first[:1].isupper():
        return post
    word = first.casefold()
    if word in _POST_OPENERS or word in _COMMON_MODIFIERS or ROLE_NOUN.fullmatch(first) or ROLE_NOUN.fullmatch(word):
        return post[:1].lower() + post[1:]
    return post


def _earlier_text(p: Person) -> str:
    """A leader's earlier terms beside the present one: "also 2021–2024" in the same post,
    "chairman 2012–2013, 2018–2021" in another (beside "Honorary Chairman"), so a party's
    founder back in office is not shown as new to it."""
    groups: dict[str, list[str]] = {}
    for term in p.earlier:
        m = re.match(r"^(.*?)\s*((?:1[5-9]|20)\d\d\b.*)$", term)
        role, years = (m.group(1), m.group(2)) if m else ("", term)
        groups.setdefault(role, []).append(years)
    return "; ".join(f"{role} {', '.join(t)}" if role else f"also {', '.join(t)}" for role, t in groups.items())


def role_text(p: Person) -> str | None:
    """A person's role as a list shows it: a leader the text says left as "Former ..."
    (`model.as_former`), another body's post with the body named (`_with_body`)."""
    if p.role and not p.leader:
        return _with_body(p.role, p.affiliation)
    return as_former(p)


_MONTH_NAMES = "|".join(MONTHS)
# A body's name as the extractor may cut it: "the Secret Intelligence Service", "Tata
# Consultancy Services", "Indonesia" - capitalised words and the small words between them.
_BODY_NAME = re.compile(rf"(?:the\s+)?(?!(?:{_MONTH_NAMES})\b)[A-Z][\w'’.&-]*(?:\s+(?:of|and|for|the|[A-Z][\w'’.&-]*))*")


def _with_body(role: str, body: str | None) -> str:
    """Another body's post with the body named: "Stewart Menzies — Chief" in GCHQ's list of
    others read as if he had been GCHQ's chief; he was chief of the Secret Intelligence
    Service, which the extractor had kept as his `affiliation`. Only a role that names no body
    of its own ("Chief", "Head", "Chief executive") takes one, and only an affiliation that is
    a name (capitalised words, no date, no word the role already has: "Interior Minister" is
    not "Interior Minister of Interior")."""
    if not body or " of " in role or len(role.split()) > 2 or re.search(r"\d", body):
        return role
    body = " ".join(body.split())
    if not _BODY_NAME.fullmatch(body) or body.split()[-1] in ("the", "of", "and", "for"):
        return role
    role_words = {w.casefold() for w in role.split()}
    if any(w.casefold() in role_words for w in body.split() if w[:1].isupper()):
        return role
    return f"{role} of {body}"


def plural(role: str) -> str:
    """The English plural of a role's last word ("Spokesperson" -> "Spokespeople", "Deputy
    commander" -> "Deputy commanders", "Chairman" -> "Chairmen"); a role in brackets or
    already plural is left as it is."""
    if not role or "(" in role:
        return role
    if " of " in role:  # "Chief of staff" -> "Chiefs of staff"
        head, tail = role.split(" of ", 1)
        return f"{plural(head)} of {tail}"
    if role.endswith("s"):
        return role
    for one, many in (("person", "people"), ("man", "men"), ("woman", "women")):
        if role.endswith(one):
            return role[: -len(one)] + many
    if re.search(r"(?:sh|ch|x|z)$", role):
        return role + "es"
    if re.search(r"[^aeiou]y$", role):
        return role[:-1] + "ies"
    return role + "s"


def _person_text(p: Person, with_role: bool = True) -> str:
    """"Name (Role, period)": the role without its own brackets ("Commander (COMLE)" would nest
    them), and the period as `period_text` words it."""
    bits = [p.name]
    role = re.sub(r"\s*\([^)]*\)", "", p.role).strip() if p.role and with_role else None
    period = period_text(p)
    # "Chairman in July 2016", a post held at one time told: no comma, which read as two facts
    text = f"{role} {period}" if role and period and period.startswith(("in ", "on ")) else \
        ", ".join(x for x in (role, period) if x)
    posts = posts_text(p, now=True)
    if posts:
        text = f"{text}; {posts}" if text else cap_first(posts)
    if text:
        bits.append(f"({text})")
    return " ".join(bits)


@record(frozen=True)
class Statement:
    """One At-a-glance line: its text, made of the seed's words, and where it comes from;
    `events` are the dated events it tells (a list of key events beside it need not again)."""

    text: str
    source: Source | None
    events: tuple[Event, ...] = ()
    # a sentence of the Overview's running text, right above the sections, not a line of the
    # At-a-glance box: a section's opening is not told again after it (`_score`)
    prose: bool = False


def _defining_sentence(profile: Profile, does: bool = False) -> Statement | None:
    """The lead's first sentence without its parenthetical list of names; with `does`, and with
    what the second sentence says it does (`_DOES`), for a length whose page has no overview."""
    for b in profile.lead:
        if isinstance(b, Paragraph):
            spans = sentence_spans(" ".join(b.text.split()))
            if not spans:
                continue
            first = spans[0][1]
            # (not a bracket of its name: "The Communist Party of Nepal (Unified Marxist–Leninist),
            # known as ...", where the name without it is another party's, `text.called`)
            name = called(profile)
            head, named, tail = first.partition(name) if "(" in name else ("", "", first)
            # (then only the bracket right after it lists its names)
            first = head + named + (re.sub(r"^\s*\([^()]*\)", "", tail) if named else
                                    re.sub(r"\s*\([^()]*\)", "", tail, count=1))
            # "X, also known as A, B or C, is ...": the title block already shows the names.
            first = re.sub(r",\s+(?:also|formerly|commonly|usually|widely|sometimes|officially|simply)\s+"
                           r"(?:known\s+(?:simply\s+|just\s+)?as|called|shortened\s+to|named|referred\s+to\s+as)\s+[^,]+(?:,\s+[^,]+)*?,"
                           r"(?=\s+(?:is|was|are|were|has|had)\b)", "", first, count=1)
            does = _DOES.search(spans[1][1]) if does and len(spans) > 1 and len(first) <= 160 else None
            if does:
                # "It was founded in Paris in 1971 ..., and it provides medical care in armed
                # conflicts, epidemics and natural disasters": what it does belongs with what it is
                first = f"{first.rstrip(' .')}; it {does.group('does').rstrip(' .')}."
            return Statement(first, b.source)
    return None


# A clause of the lead's second sentence that says what the organisation does, in the present:
# ", and it provides medical care in ...". Not "it is"/"it has" (a state, said elsewhere), nor
# where it comes from ("it dates its founding to 1783", "it traces its lineage").
# (after an opening phrase of place or means too: "From its headquarters in The Hague it helps
# the police and customs services of the member states to exchange ... criminal intelligence")
_DOES = re.compile(r"(?:^|,\s+and\s+|;\s+|^(?:From|In|At|Through|With|Across)\s[^,;.]{3,60}?,?\s)[Ii]t\s+(?P<does>(?!is\b|has\b|was\b|dates\b|traces\b|takes\s+its\s+name\b|derives\b)[a-z]+s\b[^.;]{10,170})[.;]?$")


_JUDGED = re.compile(
    r"(?i)\b(?:criticis\w*|criticiz\w*|accus\w*|controvers\w*|condemn\w*|designat\w*|sanction\w*|banned|"
    r"doubts?|alleg\w*|reportedly|claim\w*|far-right|extremis\w*|nationalis\w*|no\s+powers?|largest|biggest|"
    r"leading|main|one\s+of\s+the|known\s+for|mutiny|brunt|target|died|killed|suspended|banned|convicted|"
    r"guilty|scandal|fined|opposes|against|prizes?|awards?|awarded)\b")
_NOW = re.compile(r"(?i)\b(?:is|are|has|have|remains?|today|now|currently|since|still)\b")
_ORIGIN = re.compile(r"(?i)\b(?:was|were)\s+(?:founded|created|formed|established|set\s+up|incorporated|launched)\b"
                     r"|\b(?:history|operations)\s+began\b|\bbegan\s+(?:operations|work|its)\b")


def name_again(sentence: str, profile: Profile, opening: str) -> str:
    """A sentence lifted out of the lead, with the pronoun that stood for the organisation as
    its name: the first "it" of its first 120 characters ("From its headquarters in The Hague
    it helps" -> "... The Hague Europol helps"), else an opening "Its" as the possessive.
    "The French Foreign Legion" when the article's own first sentence (`opening`) names it so,
    with its article; a title's "(disambiguation)" is left out. A sentence that names the
    organisation already (not as a word of another body's name: one that opens on "It" is
    always named) is left as it is."""
    title = called(profile)
    names = [title] + [a.text for a in profile.names.aliases]
    if not re.match(r"Its?\b", sentence) and any(n in sentence for n in names if len(n) > 1):
        return sentence
    name = title
    words = name.split()
    # "The Azov Brigade", "The Council of Europe": a name that is a kind of body takes the
    # article as English names of bodies do (not "Law and Justice", "Nokia")
    # (a title that has its article already, "The Salvation Army", takes no second one)
    # ("The Boeing Company is ..." names the company, whose "The" is no article of "Boeing")
    # ("Tunisian League for Human Rights": the kind a name is, before "for" or "of", or the
    # opening's "usually called the Tunisian League for Human Rights")
    head = re.split(r"\s+(?:of|for|on|against|in)\s+", name, maxsplit=1)[0].split()
    if not re.match(r"(?i)the\s", name) and (
            re.match(rf"(?i:the\s+{re.escape(name)})(?!\w)(?!\s+[A-Z])", opening.lstrip()) is not None or (
            len(words) > 1 and (words[-1].casefold() in KINDS or words[0].casefold() in KINDS
                                or (len(head) < len(words) and head[-1].casefold() in KINDS)))
            or re.search(rf"\bthe\s+{re.escape(name)}(?!\w)(?!\s+[A-Z])", opening) is not None):
        name = "The " + name
    m = re.search(r"\b(?:It|it)\b", sentence[:120])
    if m:
        word = name
    else:
        m = re.match(r"Its\b", sentence)
        if not m:
            return sentence
        word = f"{name}'" if name.endswith("s") else f"{name}'s"
    if m.start() > 0 and word.startswith("The "):
        word = "the " + word[4:]
    return sentence[:m.start()] + word + sentence[m.end():]


# A sentence whose subject is someone the sentence before named: "In 2023 they employed about
# 70,500 people", after "Its member cooperatives ...": alone on a snapshot, "they" is no one.
_BORROWED_SUBJECT = re.compile(r"(?i)^(?:(?:in|on|by|at|since|from|until|as\s+of)\s+[^,]{1,40}?,?\s+)?"
                               r"(?:they|these|those|he|she|both|all\s+of\s+them)\b")


def standing(profile: Profile, said: str = "") -> Statement | None:
    """Where the organisation stands, in the lead's own words (rules in the module docstring).
    A sentence whose words `said` (the statement before it) already gives is passed over."""
    best: tuple[int, str, Source | None] | None = None
    opening = ""
    for b in profile.lead:
        if not isinstance(b, Paragraph):
            continue
        spans = [t for _, t in sentence_spans(" ".join(b.text.split()))]
        if not opening and spans:
            opening, spans = spans[0], spans[1:]
        for sentence in spans:
            if len(sentence) > 260 or sentence.rstrip().endswith(":") or _retells(sentence, said) \
                    or _BORROWED_SUBJECT.match(sentence):
                continue
            judged = len({m.group(0).casefold() for m in _JUDGED.finditer(sentence)})
            now = 1 if _NOW.search(sentence) else 0
            score = 2 * judged if _ORIGIN.search(sentence) else 2 * judged + now
            if score and (best is None or score > best[0]):
                best = (score, sentence, b.source)
    if best is None:
        return None
    return Statement(name_again(best[1], profile, opening), best[2])


# A sentence that says what the organisation is in law: "it had no legal status in Russia",
# "is registered as a charity", "placed the agency on a statutory footing".
_LEGAL_STATUS = re.compile(
    r"\bno\s+legal\s+(?:status|standing|basis|personality|existence)\b|\blegal\s+(?:status|personality)\s+(?:of|as)\b"
    r"|\b(?:is|was|are|were|has\s+been)\s+(?:not\s+)?(?:registered|incorporated|chartered)\s+as\s+an?\b"
    r"|\b(?:is|was|remains?|became)\s+(?:illegal|unlawful|outlawed)\b|\bstatutory\s+(?:footing|basis)\b", re.I)


_BEGAN = re.compile(r"\b(?:was|were)\s+(?:created|formed|established|raised|set\s+up|founded|activated)\b", re.I)


def _a_part_began(e: Event, profile: Profile) -> bool:
    """Whether `e` tells that one of the organisation's parts was created: a box of its chart
    below it ("The 2nd Foreign Engineer Regiment was created on 1 July 1999"), or a body named
    after it with more words, a national section or branch ("MSF Canada was founded")."""
    began = _BEGAN.search(e.title)
    if not began:
        return False
    subject = re.sub(r"^(?:The|the)\s+", "", e.title[:began.start()]).strip()
    if not subject:
        return False
    if profile.org is not None and any(n.kind == "subunit" and n.name.casefold() == subject.casefold()
                                       for n in profile.org.walk()):
        return True
    names = [n for n in (called(profile), *(a.text for a in profile.names.aliases)) if len(n) > 1]
    return any(subject != n and re.match(rf"{re.escape(n)}\s+[A-Z]", subject) for n in names)


def not_of_parts(events: Sequence[Event], profile: Profile) -> list[Event]:
    """`events` without the beginnings of the organisation's parts (`_a_part_began`): a list of
    its five key events spends no line on the founding of its Canadian section."""
    return [e for e in events if not _a_part_began(e, profile)]


_COURT = re.compile(r"(?i)\b(?:court|tribunal)\b")


def _a_persons_case(e: Event, profile: Profile) -> bool:
    """Whether a legal event is a person's case, not the organisation's: its row names one of
    the article's people and not the organisation (its name, an alias, "it", "its" or a kind of
    body it is). At a glance gives the organisation's latest legal step, and the BJP's had
    read "A special court convicted Laxman of taking a bribe", the CSTO's "A court freed Yuri
    Khachaturov on bail": a former leader's case, which the key events may tell, is not where
    the organisation stands in law. A court's cases are its own work ("Pre-Trial Chamber II
    issued arrest warrants for Vladimir Putin" in the International Criminal Court's article)."""
    if _COURT.search(profile.names.title):
        return False
    own, people = _case_patterns(tuple([called(profile), *(a.text for a in profile.names.aliases)]),
                                 tuple(p.name for p in profile.people))
    # (the organisation named in a relative clause, "which tightened his grip on the group",
    # makes the case no less a person's)
    main = re.sub(r",\s+(?:which|who|whose|that)\b.*$", "", e.title)
    return people is not None and not own.search(main) and people.search(e.title) is not None


@lru_cache(maxsize=64)
def _case_patterns(names: tuple[str, ...], people: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """(the organisation named, one of its people named) for `_a_persons_case`, made once per
    profile: a compose asks for them at every detail level."""
    own = "|".join(re.escape(n) for n in sorted({n for n in names if len(n) > 1}, key=len, reverse=True))
    kinds = "|".join(sorted(KINDS))
    own_rx = re.compile(rf"(?i:\b(?:it|its|itself)\b|\b(?:the|its)\s+(?:{kinds})\b)" + (rf"|\b(?:{own})\b" if own else ""))
    parts = sorted({part for n in people for part in (n, n.split()[-1]) if len(part) > 2}, key=len, reverse=True)
    return own_rx, (re.compile(rf"\b(?:{'|'.join(re.escape(x) for x in parts)})\b") if parts else None)


@kept
def legal_status(profile: Profile) -> Statement | None:
    """The article's first sentence about what the organisation is in law (`_LEGAL_STATUS`),
    the lead's before the sections', for At a glance: a snapshot promises its legal status, and
    Wagner's "it had no legal status in Russia" was told only under its organisation chart.
    The clause that says it must be about the organisation (`_about_subject`, once a leading
    "In 2015," or "Until its charter," is set aside): "the Russian chapter ... was registered
    as a foreign agent" is not. A sentence of more than 200 characters is passed over. Read
    once per seed's scope (`fit_scope.kept`): every detail level's At a glance asks for it, and
    reading every sentence for it was a tenth of a compose."""
    blocks = [*profile.lead, *(b for sec in profile.all_sections() for b in sec.blocks)]
    for b in blocks:
        if not isinstance(b, Paragraph):
            continue
        for _, sentence in sentence_spans(" ".join(b.text.split())):
            m = _LEGAL_STATUS.search(sentence)
            if len(sentence) > 200 or m is None:
                continue
            # the clause that says it, from its own start: "it had no legal status in Russia"
            # after "Wagner has never published its structure, and"
            clause = sentence[max([0, *(c.end() for c in re.finditer(r";\s+|,\s+(?:and|but|while)\s+",
                                                                    sentence[:m.start()]))]):]
            head = re.sub(r"^(?:In|Until|Since|After|Before|From|On|At|By|For|Under|Today|Now)\b[^,]{0,60},\s*", "",
                          clause)
            # or a law that gave it that status: "The Intelligence Services Act 1994 placed the
            # agency on a statutory footing for the first time"
            given = _GIVEN_STATUS.search(sentence[:m.start()])
            if _about_subject(head[:1].upper() + head[1:], profile) or (
                    given and _about_subject(cap_first(given.group("obj") or given.group("obj2")), profile)):
                return Statement(name_again(clause[:1].upper() + clause[1:], profile, ""), b.source)
    return None


# A status given to the organisation: "placed the agency on", "gave it", "granted Europol".
_GIVEN_STATUS = re.compile(r"\b(?:placed|put|gave|granted|conferred\s+on)\s+(?P<obj>[^,;]{1,60}?)\s+(?:on\s+)?(?:a|an|the)?\s*$"
                           r"|\b(?:placed|put|gave|granted)\s+(?P<obj2>it|them)\b", re.I)


# A section about doubts over the organisation or charges against it: "Scepticism regarding the
# unit's existence", "Criticism", "Controversies", "Bribery investigations".
# Words of a heading that name a happening a sentence may tell in other words: a death (by
# `_tells_title`, "Deaths of the founders" is told by "killing all ten people on board").
_DEATH_WORDS = re.compile(r"(?i)\b(?:deaths?|died|dies|killed|killing|killings|assassinat\w*|murder\w*|executed|"
                          r"execution)\b")
def _tells_title(title: str, sentence: str) -> bool:
    """Whether `sentence` tells a death the section's `title` names, in any word of a death
    ("Mutiny and deaths of the founders": "killing all ten people on board, among them
    Prigozhin and Utkin"). The judgement: a heading is a promise of what its section tells, and
    a death it names is the happening a reader looks for under it. Only deaths: a heading's
    other words matched by their stems ("Mutiny", "Infinera") gave sections the box's lines in
    place of their own news (617 Squadron lost the dams breached for its re-forming's officer)."""
    return bool(_DEATH_WORDS.search(title) and _DEATH_WORDS.search(sentence))


_DOUBT_TITLE = re.compile(r"(?i)\b(?:scepticism|skepticism|doubts?|criticism|criticisms|controvers(?:y|ies)|"
                          r"allegations?|scandals?|bribery|corruption)\b")


def disputed(profile: Profile) -> Statement | None:
    """The opening sentence of the article's section about doubts over the organisation or
    charges against it ("Both state-controlled and independent Russian media ... expressed
    doubts about the Legion's existence as a combat unit"). At a glance says it: a briefing
    that gives the organisation's own claims ("Size: two battalions, as claimed") without the
    doubts the article records says more than the article. None when there is no such section
    or its opening is not a statement that reads alone (a list's introduction, a long one)."""
    names = [n for n in (profile.names.title, *(a.text for a in profile.names.aliases)) if n]
    for sec in profile.all_sections():
        title = sec.title
        for n in names:
            title = title.replace(n, "")
        # a common-noun title ("Criticism", "Bribery investigations"), not the name of something
        # the organisation makes or runs ("Corruption Perceptions Index")
        if not _DOUBT_TITLE.search(title) or re.search(r"\s[A-Z]", title.strip()):
            continue
        para = next((b for b in sec.blocks if isinstance(b, Paragraph)), None)
        if para is None:
            continue
        spans = [t for _, t in sentence_spans(" ".join(para.text.split()))]
        if spans and len(spans[0]) <= 300 and len(spans[0].split()) >= 6 and not spans[0].rstrip().endswith(":") \
                and not re.match(r"(?:However|But|Yet|He|She|They|It|This|These|Those|His|Her|Their|Its)\b", spans[0]):
            return Statement(name_again(spans[0], profile, ""), para.source)
    return None


def _retells(sentence: str, said: str) -> bool:
    """Whether `said` already gives the sentence's words: eight of them in a row ("it supplies
    radio access and core network equipment to mobile operators").

    (Each run of eight is looked for in `said` only when its six middle words are six words in
    a row of `said` (`_sixes`): a run found in it has them there whole, its first and last word
    perhaps as the end and the start of longer ones, so no run that would be found is passed
    over; the rest, nearly all, cost a set lookup instead of a search of the text.)"""
    told = _words(said)
    if not told:
        return False
    sixes = _sixes(told)
    return any(middle in sixes and run in told for run, middle in _runs_of_eight(sentence))


# A summary asks `_retells` of every sentence of a section against every statement above it, at
# every detail level composed (25,000 calls for six long profiles): the words of each text are
# found once per seed (a batch worker empties the caches as the next seed starts,
# `heap.per_unit`); the bound is for a single build.
_WORD_TEXTS = 4096


@lru_cache(maxsize=_WORD_TEXTS)
def _words(text: str) -> str:
    """The text's words, casefolded, one space between them."""
    return " ".join(re.findall(r"[\w'’-]+", text.casefold()))


@lru_cache(maxsize=_WORD_TEXTS)
def _runs_of_eight(text: str) -> tuple[tuple[str, str], ...]:
    """Every run of eight words in a row of the text (`_words`), in order, with its six middle words."""
    words = _words(text).split(" ")
    return tuple((" ".join(words[i:i + 8]), " ".join(words[i + 1:i + 7])) for i in range(max(0, len(words) - 7)))


@lru_cache(maxsize=_WORD_TEXTS)
def _sixes(words: str) -> frozenset[str]:
    """Every six words in a row of `words` (a text's `_words`)."""
    split = words.split(" ")
    return frozenset(" ".join(split[i:i + 6]) for i in range(max(0, len(split) - 5)))


per_unit(_words.cache_clear)
per_unit(_runs_of_eight.cache_clear)
per_unit(_sixes.cache_clear)


# A size states a number, in figures or words ("89 / 150", "Two battalions"); a lone title
# ("Seats: Sejm") says of what, not how big.
_COUNTS = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
                     r"hundreds?|thousands?|millions?|several|few)\b", re.I)


def at_a_glance(profile: Profile, limit: int = 5, lead: bool = False) -> list[Statement]:
    """Three to five statements assembled from the profile (rules in the module docstring);
    `lead` adds where it stands (`standing`), for a length without an overview."""
    out: list[Statement] = []
    first = _defining_sentence(profile, does=lead)
    if first is not None:
        out.append(first)
    leaders = _heads(profile)
    led_line: list[Person] = []
    if leaders:
        shown = leaders[:2]
        if len(leaders) > 2 and shared_post_of(leaders[1].role) and \
                shared_post_of(leaders[1].role) == shared_post_of(leaders[2].role):
            # co-holders of one post are named together: "Jun Young-hyun (Vice chairman and
            # co-CEO) and Roh Tae-moon (President and co-CEO)", not one of the two
            shown = leaders[:3]
        founders = _founders_instead(profile, shown)
        if not leading_now(profile.leaders, news_year(profile.events)) and any(not _MINOR.search(p.role or "") for p in shown):
            # Everyone named has left: who led it last, said as such, not as who leads it now.
            from .compose import leaders as ordered  # the one order of leaders of the project

            gone = [p for p in ordered(profile) if not _MINOR.search(p.role or "")]
            last = next((p for p in gone if p.current is False and p.period), gone[0])
            shown = [last]
            # "last known", so "Former commander" in the list below reads as the same fact,
            # not as a contradiction, and nobody after them is implied or ruled out
            role = re.sub(r"\s*\([^)]*\)", "", last.role or "").strip()
            role = role if not role or role.split()[0].isupper() else role[:1].lower() + role[1:]
            period = period_text(last)
            text = f"Its last known {role or 'leader'} was {last.name}" + (f" ({period})." if period else ".")
        elif any(not _MINOR.search(p.role or "") for p in shown):
            names = [_person_text(p) for p in shown]
            text = "Led by " + (", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]) + "."
        elif founders:
            # No head is known now, and a chief of staff or a deputy does not lead it: who
            # founded it says more ("Founded by A and B (2014–2023)").
            # "Founded in 2014 by A and B, who led it until 2023": a shared term says when it
            # began and ended, not that founding took nine years.
            periods = {p.period for p in founders}
            years = re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", next(iter(periods)) or "") if len(periods) == 1 else []
            names = " and ".join(p.name for p in founders)
            if len(years) >= 2:
                # "both of whom": with two names, a bare "who" reads as the second's alone
                who = "who" if len(founders) == 1 else "both of whom" if len(founders) == 2 else "all of whom"
                text = f"Founded in {years[0]} by {names}, {who} led it until {years[-1]}."
            elif len(years) == 1:
                text = f"Founded in {years[0]} by {names}."
            else:
                text = "Founded by " + " and ".join(_person_text(p, with_role=False) for p in founders) + "."
            shown = founders
        else:  # only a spokesperson or a deputy is known: say so, do not call them its leaders
            role = shown[0].role or ""
            if len(shown) > 1 and all(p.role == role for p in shown):
                role = plural(role)  # "Spokespeople: A; B", not "Spokesperson: A; B"
            text = f"{role}: " + "; ".join(_person_text(p, with_role=False) for p in shown) + "."
        out.append(Statement(text, shown[0].source))
        led_line = list(shown)
    # The article's own doubts or charges come next: they qualify everything else it says, so
    # a page short of room keeps them before its size or standing ("expressed doubts about
    # the Legion's existence as a combat unit").
    doubt = disputed(profile)
    if doubt is not None and all(doubt.text not in s.text for s in out):
        out.append(doubt)
    # the infobox's numbered title goes with its value: "Seats (Parliament): 89 / 150", not a
    # bare "Seats: 89 / 150" that does not say of what
    size = next((f for f in infobox_facts(profile) if rank_fact(f) == 2 and _COUNTS.search(f.text or "")), None)
    counted = re.match(r"\s*([\d][\d,.]*)\s+((?:[a-z][\w-]*\s*){1,4})", size.text or "") if size is not None else None
    if counted and any(set(counted.group(2).split()) & set(told.group(1).split())
                       for s in out for told in re.finditer(
                           rf"(?<![\d,.]){re.escape(counted.group(1))}\s+((?:[a-z][\w-]*\s*){{1,3}})", s.text)):
        # "among its 192 member countries" in the line above: "Membership: 192 member countries"
        # says it again; so does "18 district milk unions" after "its 18 member unions"
        size = None
    if size is not None:
        titled = re.fullmatch(r"([^:]{2,40}):\s+(.+)", size.text) if size.label != size.text else None
        shown = f"{size.label} ({titled.group(1)}): {titled.group(2)}" if titled and any(
            f.label != size.label and f.text == titled.group(1) for f in profile.facts) else f"{size.label}: {size.text}"
        out.append(Statement(f"{shown}.", size.source))
    stand = standing(profile, first.text if first is not None else "") if lead else None
    if stand is not None and any(stand.text in s.text for s in out):
        stand = None
    if stand is not None and leaders and any(
            re.search(rf"\b{re.escape(p.name.split()[-1])}\b", stand.text) for p in led_line):
        # "Jared Isaacman has been its administrator since December 2025" below "Led by Jared
        # Isaacman (Administrator, since 2025)": who leads it is said once
        stand = None
    status = legal_status(profile)
    if status is not None and any(status.text in s.text or s.text in status.text for s in out):
        status = None
    # Where it stands, then its legal status, each leaving a line for an event; on a page with
    # room for only one of them, the legal status, which a snapshot promises and the article
    # tells once (Wagner's "no legal status in Russia" had been left out for its Bakhmut line).
    # Where it stands comes before any dated event when it carries the article's judgement (a
    # mutiny, a death, a charge: `_JUDGED`): the lead's own bottom line says more than one
    # happening, which the key events below tell anyway (Wagner's four lines had given the
    # Treasury's designation and left out "staging a short-lived armed mutiny ...; both of its
    # founders died in a plane crash"). "Based in Cheltenham since the 1950s" does not.
    event_line = 0 if stand is not None and _JUDGED.search(stand.text) else 1
    if stand is not None and status is not None and len(out) + 2 > limit - event_line:
        stand = None
    if stand is not None:
        out.append(stand)
    if status is not None and len(out) < limit - event_line:
        out.append(status)
    events = [e for e in profile.events if not e.background]
    legal = [e for e in events if e.kind == "legal" and not _refers_back(e.title) and not _a_persons_case(e, profile)]
    # Changes of leader are left to the "Led by" line, which says who leads now.
    # A row that says only that something indefinite began ("A new operating model ... took
    # effect") is no headline: the reader learns nothing of what changed.
    # Nor the beginning of one of its parts ("The 2nd Foreign Engineer Regiment was created"):
    # the part's news, which the organisation chart tells, not the organisation's.
    # Nor a sentence the article answers in the next ("The Africa Corps replied ...": `answered`).
    significant = [e for e in unanswered(events, profile) if e.importance >= 0.6 and e not in legal[-1:]
                   and e.kind != "leadership" and not says_little(_event_words(e)) and not _a_part_began(e, profile)
                   and not (e.kind == "legal" and _a_persons_case(e, profile))]
    chosen: list[Event] = []
    if legal:
        chosen.append(chronological(legal, profile.events)[-1])
    # A completion told with its start ("agreed to buy X; on ... the acquisition was
    # completed") is said on the start's line, once.
    sequels, members = _sequels(profile.events), {id(x) for x in profile.events}

    def sequel(e: Event) -> Event | None:  # every event asked about is one of the profile's
        return sequels.get(id(e)) if id(e) in members else _sequel(profile.events, e)

    started_by = {id(then): e for e in events if (then := sequel(e)) is not None}
    for e in sorted(significant, key=lambda e: (e.date.start(), e.importance), reverse=True):
        if len(out) + len(chosen) >= limit:
            break
        e = started_by.get(id(e), e)
        # One sentence can date two events ("on 10 February announced that X would step down
        # on 31 March"): its words are said once.
        # One statement a date: "5 June 2020: launched X" and "5 June 2020: published Y" read
        # as a repeat; the more important (chosen first) stands for the day.
        if e not in chosen and all(_said(c) != _said(e) and c.date != e.date for c in chosen) \
                and not _refers_back(e.title) and not _said_in(e, out, profile.people):
            chosen.append(e)
    for e in chronological(chosen, profile.events):
        words = _event_words(e).rstrip(".")
        then = sequel(e)
        if then is not None:
            # "agreed to buy Infinera; ... the acquisition was completed": the object the
            # sequel's label was given for standing alone is said on this line already
            went = re.sub(r"^(The\s+[a-z]+)\s+(?:of|for|with|from)\s+([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)",
                          lambda m: m.group(1) if m.group(2) in words else m.group(0), then.title)
            # ("agreed to sell Arriva to the American infrastructure investor I Squared Capital;
            # on 3 June 2024 the sale to the American infrastructure investor I Squared Capital
            # was completed": whom it was sold to, said twice; "the sale was completed")
            went = re.sub(r"^(The\s+[a-z]+)\s+(to|of|for|with|from|by)\s+((?:the\s+)?(?:[\w'’&.-]+\s+){0,8}?"
                          r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)(?=\s+(?:was|were|had|has)\b)",
                          lambda m: m.group(1) if f"{m.group(2)} {m.group(3)}" in words else m.group(0), went)
            words += f"; {_on_date(then)} {went[:1].lower() + went[1:]}"
        told = (e,) if then is None else (e, then)
        out.append(Statement(f"{_date_words(e)}: {words}{'' if words[-1:] in '.!?' else '.'}", e.source, told))
    return out[:limit]


# What the article says about how sure or how tight its account of the structure is.
_DOUBTED = (r"never\s+(?:published|disclosed|confirmed)|not\s+(?:been\s+)?(?:published|disclosed|confirmed)|unconfirmed|"
            r"reportedly|reporting|claim(?:s|ed)?")
_STRUCTURE_CAVEAT = re.compile(
    rf"\b(?:{_DOUBTED}|largely\s+independent\w*|independently|autonomous(?:ly)?|loose(?:ly)?|informal(?:ly)?|"
    r"decentrali[sz]ed)\b", re.I)


def caveat_doubts(caveat: str | None) -> bool:
    """Whether a structure caveat (`structure_caveat`) doubts the account of the parts ("Wagner
    has never published its structure", "The group claims to comprise two battalions"), so a
    chart or a line of them names them "reported"; one that says how loosely they hang
    together ("operational decisions are taken largely independently") does not: round 54
    found MSF's plainly stated centres captioned "its reported parts"."""
    return bool(caveat) and re.search(rf"\b(?:{_DOUBTED})\b", caveat or "", re.I) is not None


def caveat_claims(caveat: str | None) -> bool:
    """Whether a structure caveat is the organisation's own claim about its parts ("The group
    claims to comprise two battalions"): the parts a briefing names against it are then the
    ones the article lists, not ones "reports" name, for the article attributes its list to
    nobody (round 65, both reviewers: "Reports name nine parts" an attribution the source does
    not make). A caveat that the organisation never published its structure leaves its parts
    to reporting, and says so."""
    return bool(caveat) and re.search(r"\bclaim(?:s|ed|ing)?\b", caveat or "", re.I) is not None


def structure_caveat(profile: Profile, beside: Section | None = None) -> str | None:
    """The sentence of the article's structure section that says how far its account of the
    parts can be trusted or how loosely they hang together ("Wagner has never published its
    structure", "operational decisions are taken largely independently by the operational
    centres"), for the organisation chart's caption: a chart draws boxes and lines as facts,
    and a briefing that shows one without the article's caveat asserts more than the article.

    `beside` is the section whose own text the chart follows (the full length's): a caveat that
    text gives is not repeated under the chart, word for word, a few lines on."""
    caveat = _structure_caveat(profile)
    if caveat and beside is not None:
        own = " ".join(" ".join(b.text.split()) for b in beside.blocks if isinstance(b, Paragraph))
        if caveat in own:
            return None
    return caveat


def _structure_caveat(profile: Profile) -> str | None:
    from .extract.titles import is_structure_title
    from .kinds import KINDS

    for sec in profile.all_sections():
        if not is_structure_title(sec.title):
            continue
        for b in sec.blocks:
            if isinstance(b, Paragraph):
                for _, sentence in sentence_spans(" ".join(b.text.split())):
                    if _STRUCTURE_CAVEAT.search(sentence) and len(sentence) <= 240:
                        return sentence.rstrip(":").rstrip()
    # Else a claim about its parts told elsewhere: "The group claims to comprise two battalions"
    # beside a chart that draws five
    parts = re.compile(rf"\b(?:{'|'.join(sorted(re.escape(k) for k in KINDS))})s\b", re.I)
    claims = [sentence for sec in profile.all_sections() for b in sec.blocks if isinstance(b, Paragraph)
              for _, sentence in sentence_spans(" ".join(b.text.split()))
              if re.search(r"\bclaim(?:s|ed)?\b", sentence) and parts.search(sentence) and len(sentence) <= 160]
    if not claims:
        return None
    latest = _latest_claim(profile, claims) if len(claims) > 1 else None
    return latest or name_again(claims[0], profile, "")


def _latest_claim(profile: Profile, claims: Sequence[str]) -> str | None:
    """The latest dated of several claims about the organisation's parts, with its date and in
    its event label's words, which name the speaker a pronoun stood for: "In February 2023,
    Maximilian Andronnikov claimed that the legion consisted of two battalions and was raising
    two more." The judgement: the most recent account the article gives of what the group says
    it has is the one a reader sets beside the parts listed; all four reviews of rounds 65-66
    read the Legion's first, "The group claims to comprise two battalions", beside five
    battalions listed as a contradiction the later claim ("raising two more") narrows."""
    said = {" ".join(c.split()) for c in claims}
    dated = [e for e in profile.events if e.label and not e.background and e.date.month in MONTHS.values()
             and " ".join(e.text.split()) in said]
    if not dated:
        return None
    e = max(dated, key=lambda e: (e.date.year, e.date.month, e.date.day or 0))
    month = max((n for n, k in MONTHS.items() if k == e.date.month), key=len)
    label = e.label.rstrip(" .")
    if re.match(r"(?:The|A|An|Its)\b", label):
        label = label[0].lower() + label[1:]
    return f"In {month} {e.date.year}, {label}."


def not_charted(facts: Sequence[Fact], profile: Profile) -> list[Fact]:
    """`facts` without a listed row whose every item the organisation chart draws as a box
    ("Subsidiaries: Nokia Bell Labs, Nokia Solutions and Networks, Infinera" beside a chart with
    those three boxes): a brief gives no list that repeats its chart."""
    if profile.org is None:
        return list(facts)

    def key(text: str) -> str:
        return " ".join(re.sub(r"\s*\([^)]*\)", "", text).split()).casefold()

    boxes = {key(n.name) for n in profile.org.walk()}

    def leaves(items) -> list[str]:
        return [t for i in items for t in ([i.text] + leaves(i.children))]

    return [f for f in facts if not (f.items and all(key(t) in boxes for t in leaves(f.items)))]


# The fewest rows a key-facts table keeps (see `not_stated`).
FACTS_MIN = 4


def not_stated(facts: Sequence[Fact], statements: Sequence[Statement]) -> list[Fact]:
    """`facts` without those At a glance already states: "Size: Two battalions" or "Key people:
    A (CEO), B (Chair)" beside "Led by B (Chair) and A (CEO)" would say it twice on one page.
    A fact is stated when every part of its value (its comma- or semicolon-separated names or
    figures, or its list's items, without their brackets and any "Parliament:" before them) is
    in a statement ("Founders: A, B" beside "Founded in 2014 by A and B").

    A table is not thinned below `FACTS_MIN` rows: the stated facts that rank first stay, in
    their place, a leader's last (the page lists its leaders). Europol's snapshot had three
    rows, Formed, Headquarters and Predecessor, with its parent, the European Union, told only
    inside At a glance's first sentence; a reader scans the table for it."""
    told = " ".join(s.text for s in statements).casefold()
    stated = []
    for f in facts:
        values = [i.text for i in f.items if not i.children] if f.items else re.split(r"[;,]\s+", f.text or "")
        parts = [re.sub(r"^[^:]{1,30}:\s*", "", re.sub(r"\s*\([^)]*\)", "", part)).strip().casefold()
                 for part in values]
        parts = [x for x in parts if x]
        stated.append(not (any(i.children for i in f.items) or not parts or not all(x in told for x in parts)))
    room = max(0, min(FACTS_MIN, len(facts)) - stated.count(False))
    # a leader's row last: the page's Leadership list names them too
    back = set(sorted((i for i, s in enumerate(stated) if s),
                      key=lambda i: (rank_fact(facts[i]) == 0, rank_fact(facts[i])))[:room])
    # What it belongs to (its branch or parent, rank 3; not the country) stays in the table, where a reader
    # scans for it, rather than give its place to a row of miscellany: the Foreign Legion's table
    # gave "Anniversaries" and no "Branch: French Army", told only inside At a glance's first line.
    if any(not st and rank_fact(f) >= 50 for f, st in zip(facts, stated)):
        back |= {i for i, st in enumerate(stated) if st and rank_fact(facts[i]) == 3
                 and not re.search(r"(?i)\b(?:country|jurisdiction)\b", facts[i].label)}
    return [f for i, f in enumerate(facts) if not stated[i] or i in back]


def not_told(events: Sequence[Event], statements: Sequence[Statement], people: Sequence[Person] = ()) -> list[Event]:
    """`events` without those At a glance already tells, nor others of a day it tells: a
    one-page list of key events beside it spends its lines on five other happenings rather
    than repeating one or adding its footnote."""
    told = {id(e) for s in statements for e in s.events}
    # A second happening of a day At a glance tells is most often that day's footnote ("5 June
    # 2020: launched the EFECC" told, "5 June 2020: published a report" left out).
    days = {e.date.start() for s in statements for e in s.events if e.date.day is not None}
    # Nor the same story's step within a month of one it tells (`STORY_DAYS`): "20 January: Kirby
    # announced that Wagner would be listed as a transnational criminal organisation" beside
    # "26 January: the Treasury designated Wagner as a transnational criminal organisation".
    stories = [(e.date.start(), story_words(e.label or e.text)) for s in statements for e in s.events]
    # An event that defines the organisation (`DEFINING`: its founding, a Nobel Peace Prize, its
    # founders killed) keeps its date in the list though a statement names it in passing ("Founded
    # in 2014 by ...", "received the Nobel Peace Prize in 1999"): a list of key events without it
    # reads as if the list missed it. One At a glance gives as its own dated line is not repeated.
    return [e for e in events if id(e) not in told
            and (e.importance >= DEFINING or not _said_in(e, statements, people))
            and not (e.date.day is not None and e.date.start() in days)
            and not any(abs((e.date.start() - day).days) <= STORY_DAYS
                        and len(words & story_words(e.label or e.text)) >= 2 for day, words in stories)]


# The importance from which a key event is listed though At a glance names it (`not_told`).
DEFINING = 0.9


def not_retold(statements: Sequence[Statement], events: Sequence[Event], profile: Profile) -> list[Statement]:
    """`statements` without one that only tells a defining event (`DEFINING`) the key events
    list beside it shows: "Médecins Sans Frontières received the Nobel Peace Prize in 1999."
    above "15 October 1999: The Norwegian Nobel Committee announced that MSF would receive the
    Nobel Peace Prize" says it twice on one page (round 49). A statement that adds a word of
    its own (who founded it, until when, a year the event does not have) stays: "Founded in
    2014 by Dmitry Utkin and Yevgeny Prigozhin, both of whom led it until 2023" tells more
    than "2014: The company Dmitry Utkin founded took its name from his radio call sign"."""
    names = {w.casefold() for t in [called(profile), *(a.text for a in profile.names.aliases)]
             for w in re.findall(r"[\w'’-]+", t)}
    defining = [e for e in events if e.importance >= DEFINING]

    def only_tells(st: Statement, e: Event) -> bool:
        told = {w.casefold()[:5] for w in re.findall(r"[\w'’-]+", f"{e.label} {e.text}")}
        for w in re.findall(r"[\w'’-]+", st.text):
            if w.isdigit():
                if len(w) == 4 and int(w) != e.date.year:
                    return False
                continue
            if len(w) < 4 or w.casefold() in names or w.casefold() in STOP_WORDS or w.casefold() in KINDS:
                continue
            if w.casefold()[:5] not in told:
                return False
        return True

    # the first says what it is ("Solidarity is a Polish trade union founded on 17 September
    # 1980 in Gdańsk"), which no event tells, though its founding is one
    return [st for i, st in enumerate(statements)
            if i == 0 or st.events or not any(only_tells(st, e) for e in defining)]
# How far apart (days) two happenings of one story may be for At a glance to tell both in one.
STORY_DAYS = 31


_NAME_PHRASE = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:of\s+|for\s+|de\s+)?[A-Z][\w'’-]+)+")


_FOUNDED_WORDS = re.compile(r"\b(?:formed|founded|established|created|set\s+up|Founded)\b")


def _said_in(e: Event, statements: Sequence[Statement], people: Sequence[Person] = ()) -> bool:
    """Whether a statement already tells `e`: in its label's words (`_retells`), or in other
    words: a founding, by a statement that says it was founded (formed, established) in its
    year; else by one that names the event's year and a name of two or more words the event's
    label names ("received the Nobel Peace Prize in 1999" tells "15 October 1999: the Nobel
    Committee announced that MSF would receive the Nobel Peace Prize"). A person's name does
    not count: "Led by X (Commander, 2023–2025)" does not tell what X did in 2025."""
    year = str(e.date.year)
    if e.kind == "founding" and any(year in s.text and _FOUNDED_WORDS.search(s.text) for s in statements):
        return True  # "was formed in March 2022 and is reportedly part of ..." tells "March 2022: FRL was formed"
    if e.label and any(_retells(e.label, s.text) for s in statements):
        # the statement gives the event's own clause (eight words of its label in a row; not
        # another clause of the same sentence): CDU's snapshot gave "In November 1999 an arrest
        # warrant against the former party treasurer ..." At a glance and again as a key event
        return True
    persons = [p.name for p in people]
    names = {m.group(0) for m in _NAME_PHRASE.finditer(e.title)
             if not any(m.group(0) in n or n in m.group(0) for n in persons)}
    if any(year in s.text and any(n in s.text for n in names) for s in statements):
        return True
    # ... or by one that names its month and year and tells what happened in two of the same
    # words (or one, and a name-like word): "In October 2025 the organisation disclosed
    # allegations ..., and the federation suspended its Austrian member association" tells
    # "24 October 2025: The international
    # federation suspended the membership of its Austrian association" (SOS Children's
    # Villages' At a glance had said it twice)
    if e.date.month is None:
        return False
    when = f"{MONTH_NAMES[e.date.month - 1]} {year}"
    words = story_words(e.title)
    # (a person's name does not count, as above)
    capitals = set(re.findall(r"(?<=\s)[A-Z][\w'’-]{2,}", e.title)) - set(MONTH_NAMES) \
        - {w for n in persons for w in n.split()}

    def shares(text: str) -> bool:
        common = len(words & story_words(text))
        return common >= 2 or (common == 1 and any(re.search(rf"\b{re.escape(c)}\b", text) for c in capitals))

    return any(when in s.text and not s.events and not s.text.startswith("Led by ") and shares(s.text)
               for s in statements)


def standing_alone(events: Sequence[Event]) -> list[Event]:
    """`events` whose labels do not lean on a sentence they do not show ("The withdrawal
    began"): a list of five key events has no rows around them to say what they continue."""
    return [e for e in events if not _refers_back(e.title)]


def not_about(events: Sequence[Event], people: Sequence[Person]) -> list[Event]:
    """`events` without the changes of leader of `people`: a Leadership list beside them says
    who took office when ("since September 2025"), so "X took office" would be said twice. A
    change that names a post outside the organisation the list does not give them (`_OUTSIDE_POST`:
    its chairman elected chancellor) is not told by the list, and stays."""
    def told_by_list(e: Event) -> bool:
        label = e.label or e.text
        told = False
        for p in people:
            named = [m for n in {p.name, p.name.split()[-1]} if len(n) > 2
                     for m in re.finditer(rf"\b{re.escape(n)}\b", label)]
            if not named:
                continue
            # the post is what they took, after their name ("Merz was elected chancellor"), not
            # a title of someone else before it ("Prime Minister Albanese announced that X ...")
            outside = _OUTSIDE_POST.search(label, min(m.end() for m in named))
            role = (p.role or "").split()
            if outside is not None and not (role and role[0][:5].casefold() in label.casefold()):
                return False  # one of them took a post the list does not give them
            told = True
        return told

    return [e for e in events if e.kind != "leadership" or not told_by_list(e)]


# A post outside the organisation that a change of leader's row may name: the list of its own
# leaders beside it does not tell that its chairman became chancellor ("Merz ... was elected
# [chancellor] in a second ballot"), which for a party is the news of the year.
_OUTSIDE_POST = re.compile(r"(?<!\bvice\s)(?<!\bvice-)(?<!\bdeputy\s)\b(?:chancellor|prime\s+minister|premier|"
                           r"head\s+of\s+(?:state|government)|minister-president|mayor)\b", re.I)


def _sequel(events: list[Event], e: Event) -> Event | None:
    """The event that completes this one, told right after it in the same paragraph and going on
    from it ("Nokia agreed to buy Infinera" ... "The acquisition (of Infinera) was completed"): a glance line
    dated at the start of a deal would otherwise be out of date by its end."""
    if e not in events:
        return None
    return _sequel_at(events, events.index(e), e)


def _sequels(events: list[Event]) -> dict[int, Event]:
    """`_sequel(events, e)` of every event of `events`, by `id(e)`, in one pass.

    Why: asking `_sequel` of each event compares it with every event before it (`in` and
    `index` compare pydantic models field by field), n² comparisons per glance and a tenth of a
    long profile's build. Two events that compare equal have the same text, so an event is
    compared only with the earlier ones of its text, and the first of them equal to it is
    where `index` finds it: the same answers, without the n² comparisons."""
    out: dict[int, Event] = {}
    by_text: dict[str, list[int]] = {}
    for k, e in enumerate(events):
        same = by_text.setdefault(e.text, [])
        i = next((j for j in same if events[j] is e or events[j] == e), k)
        if i == k:
            same.append(k)
        then = _sequel_at(events, i, e)
        if then is not None:
            out[id(e)] = then
    return out


def _sequel_at(events: list[Event], i: int, e: Event) -> Event | None:
    """`_sequel` of `e`, found (or an event equal to it) at index `i` of `events`."""
    line = e.source.line if e.source else None
    for f in events[i + 1:i + 3]:
        if line is not None and f.source is not None and f.source.line == line and not f.background \
                and f.date.start() > e.date.start() and f.label and re.match(r"The\s", f.label) \
                and re.search(r"\b(?:was|were)\s+(?:completed|finalised|finalized|closed)\b", f.label):
            return f
    return None


def _on_date(e: Event) -> str:
    """"on 28 February 2025", "in July 2022", "in 2025"."""
    from .compose import format_date

    return ("on " if e.date.day else "in ") + format_date(e.date)


_GLANCE_MAX = 200
_LEANS = re.compile(r"^(?:He|She|It|They|His|Her|Its|Their|This|These|Those|That)\b")


def _event_words(e: Event) -> str:
    """An event's At-a-glance words: its clause at bullet length (`Event.statement`, the label's
    rules with room for about two lines), so nothing is cut short ("Ericsson agreed to plead
    guilty" leaves out "and pay a further penalty"); for hand-written events, the sentence (its
    leading date phrase cut, since the date stands before it) when it is short and stands
    alone; otherwise the label."""
    if e.statement:
        return e.statement
    if e.label:
        return e.label
    from .compose import event_sentence  # the one sentence wording of the project
    from .extract.dates import find_dates

    sentence = event_sentence(e)
    dates = [m for m in find_dates(sentence) if not m.recurring]
    if len(dates) > 1 or "[…]" in sentence:
        return e.title
    if dates:  # the date stands before the statement: "In March 2023 the court ..." -> "The court ..."
        m = dates[0]
        lead = re.fullmatch(r"(?:(?:on|in|from|since|by|during|as\s+of)\s+)?(?:(?:early|late|mid-?)\s*(?:in\s+)?)?(?:the\s+)?",
                            sentence[:m.start], re.I)
        inner = re.search(r"[,\s]+(?:on|in|since|from|by|during)\s+(?:the\s+)?$", sentence[:m.start], re.I)
        if lead and re.match(r",?\s+\S", sentence[m.end:]):
            sentence = _cap(sentence[m.end:].lstrip(" ,"))
        elif inner and not re.search(r"\b(?:born|died|aged)\s+\w+\s*$", sentence[:m.start]) \
                and not sentence[m.end:].startswith(","):  # "the Center, opened in 1994, was": a phrase
            sentence = sentence[:inner.start()] + sentence[m.end:]
    if len(sentence) > _GLANCE_MAX or _LEANS.match(sentence) or _refers_back(sentence) \
            or re.match(r"^[^,]{2,60},\s+(?:he|she|they|it|his|her|their|its)\b", sentence) \
            or re.match(r"^(?:In|On|At|By|During|After|Before)\b[^,]{0,40}?\s(?:it|he|she|they)\s", sentence) \
            or re.match(r"(?i)^\S+\s+(?:years?|months?|weeks?|days?)\s+(?:later|earlier)\b", sentence):
        return e.title
    return sentence.rstrip()


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _said(e: Event) -> str:
    """The words an event statement repeats: its label, or the sentence it comes from."""
    return " ".join((e.text or e.title).split()).casefold()


def _date_words(e: Event) -> str:
    from .compose import format_event_date  # the one date wording of the project

    return format_event_date(e)


# "According to the commander, they ...", "In December 2011 he launched ...": a pronoun after an
# opening phrase stands for someone the sentence before named
# ("On 18 October, the anniversary of the Mogadishu rescue, he handed command ...": with an aside)
_PRONOUN_AFTER_PHRASE = re.compile(r"^[^,]{2,60},(?:\s+[^,]{2,80},)?\s+(?:he|she|they|it|his|her|their|its)\b")
# (only a date's words before the pronoun: "In 2007 Nokia and Siemens combined their network
# businesses" names whose they are itself)
_PRONOUN_AFTER_DATE = re.compile(r"^(?:In|On|At|By|During|After|Before|Since|From|Until)\b"
                                 r"(?:[^,A-Z]|(?:January|February|March|April|May|June|July|August|September|"
                                 r"October|November|December)\b){0,40}?\s"
                                 r"(?:he|she|they|it|his|her|its|their)\s")
# "would replace him", "succeeded her", "appointed them": a change of post done to someone a
# pronoun stands for
_SUCCEEDS_PRONOUN = re.compile(r"\b(?:replace[ds]?|succeed(?:ed|s)?|follow(?:ed|s)?|dismiss(?:ed|es)?|appoint(?:ed|s)?|"
                               r"elect(?:ed|s)?|oust(?:ed|s)?|remove[ds]?|sack(?:ed|s)?)\s+(?:him|her|them)\b")


def _names_nobody(sentence: str) -> bool:
    """Whether a sentence opens on a pronoun ("He was followed by ...") or names by one whom a
    change of post concerns ("would replace him"), so that without the sentence before it names
    nobody."""
    s = sentence.strip()
    if _SUCCEEDS_PRONOUN.search(s):
        return True  # "the board announced that X would replace him": who he is, the sentence before says
    if re.search(r"\b(?:him|her)\b", s) and not re.search(r"(?<!^)\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+", s):
        # "Volunteers found him too corporate, and he resigned": whom, with no one named in full
        return True
    return bool(re.match(r"^(?:He|She|They|It|His|Her|Their|Its)\b", s) or _PRONOUN_AFTER_PHRASE.match(s)
                or _PRONOUN_AFTER_DATE.match(s))


# A sentence whose subject is a post named only by "the": "The post stayed vacant", "The office
# passed to his deputy" (not "The office of the president ...", which names it).
_POST_SUBJECT = re.compile(r"^The\s+(?:post|office|position|job|role|vacancy|chairmanship|presidency)\b(?!\s+of\b)")


# A time counted from the sentence before: "Two days later", "The next day", "Within a week",
# "Later that year", "Soon afterwards".
_COUNTED_FROM_BEFORE = re.compile(
    r"^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|\d+)\s+"
    r"(?:days?|weeks?|months?|years?|decades?)\s+(?:later|after(?:wards)?|earlier)|"
    r"(?:days|weeks|months|years)\s+later|(?:the\s+)?(?:next|following|same)\s+(?:day|week|month|year)|"
    r"later\s+(?:that|the\s+same)\s+(?:day|week|month|year)|within\s+(?:a|an|one|two|three|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)|(?:soon|shortly)\s+(?:after(?:wards)?|thereafter)|by\s+then)\b", re.I)


# A time the sentence before names: "That May", "by that time", "that spring".
_THAT_TIME = re.compile(r"(?i)\b(?:that|those)\s+(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December|spring|summer|autumn|fall|winter|time|times|week|weeks|month|"
                        r"months|year|years|day|days|morning|evening|night|decade)\b")


@lru_cache(maxsize=_WORD_TEXTS)  # asked of a section's sentences at every detail level composed
def _leans(sentence: str) -> bool:
    """Whether a sentence needs the one before it to be understood: it opens on a contrast
    ("However, ..."), on a connective ("For example, ...", "As a result"), on a pronoun
    ("Its forerunner ...", "According to the commander, they ...", "That date is National
    Unity Day"), points back ("The two groups
    launched another raid", "Parliament adopted the law", "Among them were ...", "declared the
    city taken"), answers a charge the sentence before tells ("The company admitted that ..."),
    or dates itself by day and month only ("On 16 January, a party congress ..."), taking its
    year from the sentence before."""
    from .extract.dates import find_dates

    s = sentence.strip()
    if _SUCCEEDS_PRONOUN.search(s):
        return True  # "X would replace him": whom, the sentence before says
    if re.match(r"^(?:However|But|Yet|Nevertheless|Nonetheless|Still|Even\s+so)\b", s):
        return True  # a contrast with what the sentence before said
    if _COUNTED_FROM_BEFORE.match(s):
        return True  # "Two days later Jammeh went into exile": later than what, the sentence before says
    if _THAT_TIME.search(s):
        return True  # "That May the party held its first congress", "By that time": which, the sentence before says
    if re.match(r"^(?:For\s+(?:example|instance)|In\s+particular|Likewise|Similarly|Instead|Thus|Therefore|"
                r"As\s+a\s+result|In\s+addition|Moreover|Furthermore|Meanwhile)\b", s):
        return True  # an example of, or a step on from, what the sentence before said
    if re.match(r"^(?:He|She|They|It|This|These|Those|His|Her|Their|Its|That\s+(?!(?:it|he|she|they|we|the|an?|its?)\b)(?=[a-z]))\b", s) \
            or _PRONOUN_AFTER_PHRASE.match(s) \
            or re.match(r"^[^,]{2,60},\s+(?:these|those)\b", s) or _PRONOUN_AFTER_DATE.match(s):
        return True  # "In December 2011 he launched ...": who is in the sentence before
    if re.match(r"^The\s+(?:two|three|four|both|latter|former)\b", s) or \
            re.search(r"\b(?:another|the\s+other|the\s+same|also|again)\b", s[:60]):
        return True
    if re.match(r"^(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[\w'’-]+\s+(?:admitted|denied|acknowledged|conceded|rejected|"
                r"replied|responded|answered|retorted|countered)\b", s):
        # "The company admitted that ... it had used agents to pay bribes", "The Africa Corps
        # replied that the Russian contingent would remain": in answer to what
        return True
    if re.match(r"^(?:Among|Of|Including|Like|Unlike)\s+(?:them|these|those|whom|which)\b", s):
        return True  # "Among them were the commander ...": who "them" are is in the sentence before
    if re.search(r"\b(?:him|them)\b", s) and not re.match(r"^(?:Among|Of|Including)\b", s):
        # "Reporters ... filmed him accepting a lakh of rupees": whom, the sentence before says
        return True
    if re.search(r"\bthe\s+(?:city|town|village|plant|port|island|region|site|building|hospital|deal|inquiry|"
                 r"attack|raid|ban|decision|split|merger|programme|program|project|proposal|scheme|mission|"
                 r"agreement|treaty)\b(?!\s+(?:of\s+)?[A-Z])", s):
        return True  # "Prigozhin declared the city taken": which city the sentence before said
    if ANSWERS_BEFORE.search(s):
        # "In February 2025 Greenpeace International sued the company in return": for what, and
        # which company, the sentence before says (its At a glance had shown the row alone)
        return True
    if re.search(r"\b(?:kept|continued)\s+(?:on\s+)?\w+ing\b|\b(?:left|withdrew|resigned)(?=\s*(?:,|and\b|\.|$))", s):
        return True  # "MSF kept asking for an inquiry", "Kouchner and his supporters left": into what, left what
    dates = find_dates(s)
    if any(m.year is None and m.month is not None and not m.recurring for m in dates):
        return True
    # "Parliament adopted the law on 14 May 2024", "The coalition won ...": a bare definite
    # description points at what the sentence before introduced (the date does not count).
    core = s.rstrip(" .")
    if dates and re.fullmatch(r"(?i)(?:in|on|by|from|since|during)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?",
                              core[:dates[0].start]):
        # "In April 2012 the movement was founded": the date phrase does not count either
        core = core[dates[0].end:].lstrip(" ,")
        core = core[:1].upper() + core[1:]
        dates = find_dates(core)
    if dates and not core[dates[-1].end:].strip():
        core = re.sub(r"[,\s]+(?:on|in|at|by|from|until|since|during)?\s*(?:the\s+)?$", "", core[:dates[-1].start])
    # "..., and the Treasury made the designation": a clause after the first points back at
    # what the sentence's own first clause told (Wagner's listing), not at the sentence before
    first_clause = re.split(r",\s+and\s+|;\s+", core, maxsplit=1)[0]
    return _refers_back(first_clause)


per_unit(_leans.cache_clear)


# "The international president chairs the board ... A president may serve two terms": a
# generic "a <noun>" that opens a sentence speaks of the noun the sentence before introduced
_GENERIC_OPENING = re.compile(r"^(?:A|An|Each|Every|Any|No|Such\s+an?)\s+(?P<n>[a-z]{4,})\b")


def _generic_again(sentence: str, before: str) -> bool:
    """Whether `sentence` opens on "a <noun>" (or "each", "any", "such a") whose noun the
    sentence `before` used: "A president may serve at most two three-year terms" says which
    office only after "The international president chairs the International Board"."""
    m = _GENERIC_OPENING.match(sentence.strip())
    return bool(m) and re.search(rf"\b{m.group('n')}s?\b", before, re.I) is not None


# "the outpost": a common noun made definite (not "the outpost of X", "the outpost Alpha")
_DEFINITE_NOUN = re.compile(r"\bthe\s+(?P<n>[a-z][a-z-]{3,})\b(?!\s+(?:of|for|in|at|on)\b|\s+[A-Z]|[-'’])")


def _introduced_before(sentence: str, before: str) -> bool:
    """Whether `sentence` speaks of "the <noun>" that the sentence `before` introduced as "a
    <noun>" (up to three words between): "Some 200 insurgents attacked a newly built outpost
    at Wanat. Nine Americans were killed, and the outpost held." Which outpost, only the
    sentence before says: an indefinite article brings a thing into the story and a definite
    one points back at it, so the second sentence alone reads orphaned. The noun must not be
    the organisation's kind ("a brigade ... the brigade" may be the organisation itself) and
    must not have been definite already in `before` ("the outpost" there too)."""
    for m in _DEFINITE_NOUN.finditer(sentence):
        noun = m.group("n")
        if noun in STOP_WORDS or noun in KINDS or noun not in before:
            continue
        if re.search(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(noun)}\b", before) and \
                not re.search(rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}\b", before):
            return True
    return False


# "The executive director heads three directorates:" says what it says without its list;
# "The regiments are:", "Chief executives since 2003:", "describes these components:" do not.
_STATES = re.compile(r"\b(?:is|are|was|were|has|have|had|been|heads|runs|consists|comprises|oversees|manages|"
                     r"controls|elects|appoints)\b|\b[a-z]{3,}ed\b")
# ("Chief executives since 1997 have been:" names its list's subject and nothing else; "The
# company has been led by:" ends on a preposition whose object is the list: Maersk's brief had
# printed "The company has been led by.")
_POINTS_AT_LIST = re.compile(r"(?i)\b(?:below|as\s+follows|include[sd]?|including|is|are|was|were|been|"
                             r"by|of|to|with|from|for|among|under|at|in|into|between|through|across|via|"
                             r"namely|such\s+as|like)\s*$"
                             r"|\b(?:these|those|the\s+following)\b")


def _closed(sentence: str) -> str:
    """A sentence that introduces a list with a colon but states something whole before it
    ("Since then the company has been organised into four business groups:") ends with a full
    stop: a summary that leaves the list to the chart beside it keeps what the sentence says.
    One that only points at its list keeps its colon, and is never taken."""
    s = sentence.rstrip()
    # (what a bracket adds states nothing: "Chief executives since 2009 (acting heads
    # included):" only points at its table)
    core = re.sub(r"\s*\([^()]*\)", "", s[:-1])
    if s.endswith(":") and len(core.split()) >= 5 and _STATES.search(core) and not _POINTS_AT_LIST.search(core):
        return s[:-1].rstrip() + "."
    return sentence


_QUALIFIER = re.compile(
    r"^(?:However|But|Yet|Nevertheless|Nonetheless|Still|That\s+said|Even\s+so)\b|"
    r"\b(?:unconfirmed|not\s+(?:been\s+)?(?:confirmed|verified|independently\s+verified)|could\s+not\s+(?:be\s+)?(?:confirm|verif)\w*|"
    r"disputed|denied|doubts?|doubted|sceptic\w*|skeptic\w*|largely\s+independent\w*)\b", re.I)
# A sentence that answers the one right before it: that one is what it answers.
_ANSWER = re.compile(r"\b(?:replied|responded|retorted|countered)\b", re.I)


def _shares_subject(a: str, b: str) -> bool:
    """Whether two sentences speak of the same thing: a capitalised name or a content word of
    five letters or more in both ("the National Republican Army" signed, and its existence is
    unconfirmed). "However, coercion of POWs ..." after a press conference shares none: it
    qualifies a sentence the seed does not have."""
    def words(t: str) -> set[str]:
        names = {w.casefold() for w in re.findall(r"(?<!^)(?<=\s)[A-Z][\w'’-]{2,}", t.strip())}
        return ({w.casefold()[:6] for w in re.findall(r"[\w'’-]{5,}", t)} | names) - _COMMON_WORDS
    return bool(words(a) & words(b))


# (compared on their first six letters, as `_shares_subject` compares words)
_COMMON_WORDS = {"which", "there", "their", "would", "could", "after", "about", "while", "other", "these",
                 "those", "since", "howeve", "never", "under", "organi", "group"}


@lru_cache(maxsize=4096)  # the same sentences at every detail level; emptied per seed (below)
def _qualifies(sentence: str) -> bool:
    """Whether a sentence qualifies the one before it: it opens on a contrast ("However, ...")
    or doubts, denies or limits what was said ("unconfirmed", "denied that it had signed",
    "largely independently"), or answers it (`_answers`). A summary that keeps a claim keeps
    its qualification."""
    return bool(_QUALIFIER.search(sentence.strip())) or _answers(sentence)


per_unit(_qualifies.cache_clear)


@kept
def answered(profile: Profile) -> frozenset[str]:
    """The sentences of the article that the next sentence answers (`_answers`), normalised:
    "Wagner announced on Telegram that it was leaving Mali with its mission accomplished",
    followed by "The Africa Corps replied that the Russian contingent would remain". Such a
    sentence is no headline on its own (At a glance, a snapshot's key events): a line of it
    tells one side of what the article tells as two, and round 67 read Wagner's exit, without
    the reply, as Russian forces leaving Mali. Read once per fit (`fit_scope.kept`): every
    composition asks, and the article does not change."""
    out: set[str] = set()
    blocks = list(profile.lead) + [b for sec in profile.all_sections() for b in sec.blocks]
    for b in blocks:
        if isinstance(b, Paragraph):
            spans = [t for _, t in sentence_spans(" ".join(b.text.split()))]
            out.update(spans[i] for i in range(len(spans) - 1) if _answers(spans[i + 1]))
    return frozenset(out)


def unanswered(events: Sequence[Event], profile: Profile) -> list[Event]:
    """`events` but those whose sentence the article answers in the next (`answered`)."""
    told = answered(profile)
    return [e for e in events if " ".join(e.text.split()) not in told] if told else list(events)


def _answers(sentence: str) -> bool:
    """Whether a sentence is the answer to the one right before it ("The Africa Corps replied
    that the Russian contingent would remain", after Wagner's leaving Mali "with its mission
    accomplished"): the two come together or not at all. Round 65 (both reviewers) found the
    exit told without the reply; alone, the reply answers nothing the reader was told."""
    return bool(_ANSWER.search(sentence))


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def _introducers(sentences: list[str], known: set[str], people: set[str]) -> dict[int, set[int]]:
    """For each sentence, the earlier ones that introduce what it names by a short form: an
    acronym spelled out before ("The far-right Russian Volunteer Corps (RVC) ...", then "the
    RVC"), or a person's surname given in full before ("his deputy Sviatoslav Palamar", then
    "Palamar"). People the page lists already (`known`) need no introduction."""
    # A surname two people share ("Jim and Marie Bohlen") maps to both, in sorted order: a map
    # built from a set in hash order would pick one by the process's hash seed, and two builds
    # of one seed would differ.
    surnames: dict[str, list[str]] = {}
    # ("Miliband presented ..." after "David Miliband", whom the page lists, is David: a surname
    # the page's people bear needs no introduction by "His brother Ed Miliband")
    listed = {n.split()[-1] for n in known if len(n.split()) > 1}
    for n in sorted(people - known):
        if len(n.split()) > 1 and len(n.split()[-1]) > 2 and n.split()[-1] not in listed:
            surnames.setdefault(n.split()[-1], []).append(n)
    out = {k: set(js) for k, js in _introduced_by_name(tuple(sentences)).items()}
    for k, s in enumerate(sentences):
        for last, fulls in surnames.items():
            if not re.search(rf"\b{re.escape(last)}\b", s) or any(full in s for full in fulls):
                continue
            if not any(not re.search(r"[A-ZÀ-ÞĀ-Ž][\w'’.-]*\s+$", s[:m.start()])
                       for m in re.finditer(rf"\b{re.escape(last)}\b", s)):
                continue  # every mention gives a first name: someone named in full, not by surname
            j = next((j for j in range(k) if any(full in sentences[j] for full in fulls)), None)
            if j is not None:
                out.setdefault(k, set()).add(j)
    return out


# `_introduced_by_name` of a section's sentences: a summary asks `_introducers` of the same
# sentences at every detail level composed, with other people listed above them, and only the
# surnames depend on those (emptied as a batch worker's next seed starts).
_INTRODUCED: dict[tuple[str, ...], dict[int, frozenset[int]]] = {}
_INTRODUCED_MAX = 256
per_unit(_INTRODUCED.clear)


def _introduced_by_name(sentences: tuple[str, ...]) -> dict[int, frozenset[int]]:
    """The part of `_introducers` that depends on the sentences alone: the earlier sentences
    that spell out an acronym, give a short name in full, tell "the 2019 agreement" of its
    year or speak of "the other" nouns first."""
    hit = _INTRODUCED.get(sentences)
    if hit is not None:
        return hit
    out: dict[int, set[int]] = {}
    for k, s in enumerate(sentences):
        for acr in set(_ACRONYM.findall(s)):
            if f"({acr})" in s or f"({acr}," in s:
                continue
            j = next((j for j in range(k) if f"({acr})" in sentences[j] or f"({acr}," in sentences[j]), None)
            if j is not None:
                out.setdefault(k, set()).add(j)
        # "replaced the Convention" after "the Europol Convention was drawn up", "the Drugs Unit"
        # after "the Europol Drugs Unit": a name's last words, capitalised after "the", stand
        # for the whole name an earlier sentence gave
        for head in set(_SHORT_NAME.findall(s[1:])):
            full = re.compile(rf"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+){{1,4}}{re.escape(head)}\b")
            if full.search(s):
                continue
            j = next((j for j in range(k) if full.search(sentences[j])), None)
            if j is not None:
                out.setdefault(k, set()).add(j)
        # "breaching the 2019 agreement": which agreement, the last sentence before of that year
        # that speaks of one says (Ericsson's deferred prosecution agreement, which At a glance
        # told and the History summary then left out)
        for year, noun in set(re.findall(r"\bthe\s+((?:1[5-9]|20)\d\d)\s+([a-z]{4,})\b", s)):
            said = re.compile(rf"\b{re.escape(noun[:5])}", re.I)
            j = next((j for j in range(k - 1, -1, -1) if year in sentences[j] and said.search(sentences[j])), None)
            if j is not None:
                out.setdefault(k, set()).add(j)
        # "Prokopenko and the other commanders returned from Turkey": which others, and from
        # where, the last sentence before that speaks of commanders says, when the sentence just
        # before does not (a paragraph or two back: "three other commanders were sent to Turkey")
        for noun in set(re.findall(r"\bthe\s+other\s+([a-z]{4,})\b", s)):
            said = re.compile(rf"\b{re.escape(noun.removesuffix('s'))}s?\b", re.I)
            if k == 0 or said.search(sentences[k - 1]):
                continue
            j = next((j for j in range(k - 2, -1, -1) if said.search(sentences[j])), None)
            if j is not None:
                out.setdefault(k, set()).add(j)
        # "On the same day Moiseyev ... was confirmed": a day told by the one before, the last
        # earlier sentence that gives a year (the Black Sea Fleet's brief had kept this one and
        # left out Pinchuk's appointment of 2 April 2024, which gave the day)
        day = _DAY_BEFORE.search(s)
        if day and not _GIVES_YEAR.search(s[:day.start()]):
            j = next((j for j in range(k - 1, -1, -1) if _GIVES_YEAR.search(sentences[j])), None)
            if j is not None:
                out.setdefault(k, set()).add(j)
    if len(_INTRODUCED) >= _INTRODUCED_MAX:
        _INTRODUCED.clear()
    made = _INTRODUCED[sentences] = {k: frozenset(js) for k, js in out.items()}
    return made


# A time told by the sentence before: "on the same day", "the next morning", "that evening".
_DAY_BEFORE = re.compile(r"(?i)\b(?:the\s+(?:same|next|following|previous)|that(?:\s+same)?)\s+"
                         r"(?:day|morning|afternoon|evening|night|week)\b|\bthe\s+day\s+(?:before|after)\b(?!\s+\w+\s+\d)")
_GIVES_YEAR = re.compile(r"\b(?:1[0-9]|20)\d\d\b")


# "the Convention", "the Drugs Unit": "the" and one or two capitalised words, then no further
# name word
_SHORT_NAME = re.compile(r"\bthe\s+((?:[A-Z][a-z]{2,}\s+)?[A-Z][a-z]{3,})\b(?!\s+(?:of\s+)?[A-Z])")


def informative_sentences(section: Section, events: list[Event], n: int,
                          shown: Sequence[Person] = (), people: Sequence[Person] = (),
                          told: Sequence[Statement] = (), profile: Profile | None = None,
                          frames_chart: bool = False) -> list[tuple[str, Source | None]]:
    """The `n` most informative sentences of a section and its subsections, in reading order.

    Each part (the section's own text, each subsection) first gives its best sentence, then
    the best of the rest are added. A sentence that leans on the one before it (`_leans`)
    comes with that one or not at all:
    "The two groups launched another raid" is shown after the raid it continues, never alone.
    The pair costs two of the `n`, and counts a little less than its best sentence.

    A sentence that qualifies the one before it (`_qualifies`: "However, the existence of the
    National Republican Army is unconfirmed") comes with it: a summary that keeps the claim
    without the doubt says more than the article. So does, beyond `n`, the section's first
    sentence in which someone else describes the organisation, when the summary gives one in
    which it or its people describe it or themselves (`_SELF_VIEW`, `_OTHERS_VIEW`).

    A sentence that names by a short form what an earlier one introduced (an acronym, a
    surname; see `_introducers`) comes with that one too, or not at all: "Caesar declined to
    condemn the RVC" needs the sentence that says what the RVC is. `people` are the article's
    people, whose surnames are looked for.

    `shown` are people the page already lists above the summary (the brief's leaders): a
    sentence that names two or more of them retells that list ("Chief executives since 2003:
    A (2003-2009), B ...") and is left out.

    `told` are the At-a-glance statements above the summary: a sentence one of them already
    tells (`_told_above`) counts `TOLD_ABOVE` less, so the summary gives the section's next best
    news rather than the page's first lines again; it is still shown where the section has
    nothing else to say. One that also tells a happening none of them does counts for that
    (`_adds_to_above`). A summary of `FRAME_N` sentences or more still opens on the section's
    opening happening the At-a-glance box told, and gives the next step of a story it tells
    (a sentence leaning on one it gives, in its paragraph) though the box told it; so does a
    summary of any length that `frames_chart`, the one the organisation chart follows (Nokia's
    Divisions had been "Nokia Technologies manages the company's patent portfolio" above a
    chart of four business groups the box had named).

    A sentence opening on "It" or "Its" whose sentence before is not shown (it announces a
    table: "The company ... reports its results in the following segments.") names the
    organisation instead, when that sentence before was about it (`_about_subject`) and
    `profile` is given: Ericsson's brief had opened a section on "Its main competitors"."""
    own = tuple(n for n in (called(profile), *(a.text for a in profile.names.aliases))
                if len(n) > 1) if profile is not None else ()
    rows, parts, needs, said, frames = _scored(section, events, shown, people, told, own)
    chosen: set[int] = set()

    part_of = {k: i for i, part in enumerate(parts) for k in part}

    def unit(k: int) -> list[int]:
        out = [k]
        while rows[out[0]][5] and out[0] > 0 and len(out) < 3 and rows[out[0] - 1][4]:
            out.insert(0, out[0] - 1)
        first = out[0]
        if rows[first][5] and first > 0 and not rows[first - 1][4] and _POST_SUBJECT.match(rows[first][1]):
            # the post it speaks of is named in a sentence that cannot be shown (a term the
            # Leadership list above tells): "The post stayed vacant for ten months" alone, with
            # "Gisasola resigned as president" left to the list, says not which post
            return []
        if rows[first][5] and _COUNTED_FROM_BEFORE.match(rows[first][1]):
            # "Six weeks later the Governing Council set out ..." after a sentence not shown
            # counts from whatever the summary shows before it: a wrong date, told as fact
            return []
        if rows[first][5] and _names_nobody(rows[first][1]) and not (
                profile is not None and first > 0 and re.match(r"Its?\b", rows[first][1])
                and _about_subject(rows[first - 1][1], profile)):
            # the one its pronoun stands for cannot be shown (a retold term, a list's
            # announcement) or is further back: "He was followed on 1 August 2018 by ...
            # Mistral" alone names nobody. "Its" of the organisation is named instead (below).
            return []
        # the article's own qualification of it comes too: without "However, the existence of
        # the National Republican Army is unconfirmed" the summary claims more than the article
        # (the next sentence or the one after, in the same paragraph)
        for nxt in (out[-1] + 1, out[-1] + 2):
            if nxt < len(rows) and part_of.get(nxt) == part_of.get(k) and rows[nxt][2] is rows[k][2] \
                    and _qualifies(rows[nxt][1]) and _shares_subject(rows[nxt][1], rows[out[-1]][1]) \
                    and (nxt == out[-1] + 1 or not _answers(rows[nxt][1])):
                out.append(nxt)
                break
        # an answer comes with what it answers, the sentence right before it
        if _answers(rows[out[0]][1]) and out[0] > 0 and rows[out[0] - 1][2] is rows[out[0]][2] \
                and part_of.get(out[0] - 1) == part_of.get(out[0]):
            out.insert(0, out[0] - 1)
        # what it names was introduced earlier ("the RVC", "Palamar"): that sentence comes too,
        # with the one it leans on ("Among them were ... Palamar" needs "... were taken prisoner")
        chosen_here = set(out)
        for j in sorted({j for i in out for j in needs.get(i, ())} - chosen_here, reverse=True):
            chosen_here.add(j)
            while rows[j][5] and j > 0 and rows[j - 1][4] and j - 1 not in chosen_here:
                j -= 1
                chosen_here.add(j)
        return sorted(chosen_here)

    # What At a glance tells is not told again below it, unless the section has nothing else
    # to say or another sentence needs it (the MSF brief gave the Kunduz strike twice)
    framed = n >= FRAME_N or frames_chart
    said_above = set(said) - (frames if framed else set())
    titled = {k for k in said_above if rows[k][4] and _tells_title(section.title or "", rows[k][1])}
    if titled:
        # What the section's heading names is told under it, though the box told it too, and
        # weighed as it would be without the box: Wagner's "Mutiny and deaths of the founders"
        # had told the mutiny and not the crash that killed them (round 73)
        said_above -= titled
        rows = [(r[0], r[1], r[2], r[3] + TOLD_ABOVE, r[4], r[5]) if r[0] in titled else r for r in rows]
    if frames_chart:
        # the sentence that introduces the section's list of parts ("Since then the company has
        # been organised into four business groups:") introduces the chart drawn from it
        intro = _list_introducers(section)
        lead = {r[0] for r in rows if " ".join(r[1].split()) in intro and r[4]}
        if lead:
            said_above -= lead
            rows = [(r[0], r[1], r[2], max(r[3], 0.0) + INTRODUCES_CHART, r[4], r[5]) if r[0] in lead else r
                    for r in rows]

    def take(candidates: list[int], floor: float = float("-inf")) -> None:
        for k in sorted((k for k in candidates if rows[k][4] and rows[k][3] >= floor and k not in said_above),
                        key=lambda k: (-rows[k][3], k)):
            if len(chosen) >= n:
                return
            whole = unit(k)
            need = [j for j in whole if j not in chosen]
            if whole and len(chosen) + len(need) <= n:
                chosen.update(need)
                if candidates is not every:
                    return  # one per part in the first pass

    # First the best sentence of each part (the section's own text, then each subsection, a
    # part the article gave a heading of its own: "Scepticism regarding the unit's existence"),
    # so a short summary covers the section, when it is worth a place (`PART_MIN`); then the
    # best of what is left.
    every = [r[0] for r in rows]
    # a part about doubts or charges ("Scepticism regarding the unit's existence") is the
    # article's own qualification of the rest, whatever its sentences weigh as events
    doubting = [bool(_DOUBT_TITLE.search(sec.title or "")) for sec in section.walk()]

    def select() -> None:
        for i, part in enumerate(parts):
            if len(chosen) < n:
                take(part, float("-inf") if i < len(doubting) and doubting[i] else PART_MIN)
        take(every)

    select()
    if framed:
        # The next step of a story the summary tells, in the same paragraph, leaning on it,
        # is given though the At-a-glance box told it, weighed as it would be without the box:
        # Nokia's "Sale" section had stopped at the offer for Alcatel-Lucent ("the two
        # companies began operating as one group" being At a glance's), Wagner's Origins before
        # "The company he founded in 2014 took its name from his radio call sign".
        sequels = {k for k in said_above - frames if k > 0 and rows[k][5] and rows[k][4] and k - 1 in chosen
                   and rows[k][2] is rows[k - 1][2]}
        if sequels:
            said_above -= sequels
            rows = [(r[0], r[1], r[2], r[3] + TOLD_ABOVE, r[4], r[5]) if r[0] in sequels else r for r in rows]
            chosen.clear()
            select()
    if not chosen and said_above:
        said_above.clear()
        take(every)
    # How others describe it comes with what it says of itself, beyond `n`, as the article's
    # own qualification of a claim does: a summary that keeps the self-description alone
    # tilts toward it (rounds 58, 59 and 61 found the Legion's Ideology with its spokesman's
    # "moderate centrist views" and without Forbes's "far-right"; rounds 51-52 had found it
    # with "far-right" and without the spokesman's past in the Russian Imperial Movement).
    if any(_SELF_VIEW.search(rows[k][1]) for k in chosen) and not any(_others_view(rows[k][1]) for k in chosen):
        other = next((r[0] for r in rows if r[4] and r[0] not in said_above and _others_view(r[1])), None)
        if other is not None:
            chosen.update(unit(other))
    out = []
    for k in sorted(chosen):
        sentence = _with_year(rows[k][1], [r[1] for r in rows[:k]], [rows[j][1] for j in sorted(chosen) if j < k],
                              events)
        if profile is not None and k - 1 not in chosen and k > 0 and rows[k][5] and re.match(r"Its?\b", sentence) \
                and _about_subject(rows[k - 1][1], profile):
            sentence = name_again(sentence, profile, "")
        out.append((sentence, rows[k][2]))
    return out


def _about_subject(sentence: str, profile: Profile) -> bool:
    """Whether a sentence's subject is the organisation: it opens on its name or an alias, on
    "It", or on "The" and a kind of body ("The company's financial year ends ...")."""
    names = [called(profile), *(a.text for a in profile.names.aliases)]
    s = sentence.lstrip()
    if re.match(r"(?:It|Its)\b", s) or any(re.match(rf"(?:The\s+)?{re.escape(n)}\b", s) for n in names if len(n) > 1):
        return True
    m = re.match(r"The\s+([a-z]+)\b", s)
    return bool(m) and m.group(1) in KINDS


# A section's sentences scored, the rows `informative_sentences` chooses from, for what does
# not depend on how many it gives: every detail level composed asks for the same section
# with the same statements above it, only `n` differs (a long profile's build made its rows
# three times over). Remembered per seed: a batch worker empties them as the next seed starts
# (`heap.per_unit`), and a single build keeps at most `_SCORED_MAX`.
_SCORED: dict[tuple, tuple[Section, tuple]] = {}
_SCORED_MAX = 256
per_unit(_SCORED.clear)

_Row = tuple[int, str, Source | None, float, bool, bool]


def _scored(section: Section, events: list[Event], shown: Sequence[Person], people: Sequence[Person],
            told: Sequence[Statement], own: tuple[str, ...] = ()
            ) -> tuple[list[_Row], list[list[int]], dict[int, set[int]], set[int], set[int]]:
    """(rows, parts, needs, said, frames) of `informative_sentences`: every sentence in reading order as
    (order, text, source, score, usable, leans on order-1), the rows of the section's own text
    and of each subsection, the rows each row needs before it (`_introducers`), the rows
    At a glance already tells (`_told_above`) and that add nothing to it (`_adds_to_above`),
    and of those the section's opening happening (`FRAME_N`).

    Remembered by the section itself (the entry keeps it, so its id stays its own) and by the
    values the rows are made from: the events' tellings and weights, the names shown and
    known, the statements above with the events they tell, and the organisation's own names
    (`own`, see `OPENING`). Callers read the rows only."""
    key = (id(section),
           tuple((e.text, tuple(e.retold), e.importance, e.background) for e in events),
           tuple(p.name for p in shown), tuple(p.name for p in people),
           tuple((st.text, st.prose, tuple((e.text, tuple(e.retold)) for e in st.events)) for st in told), own)
    hit = _SCORED.get(key)
    if hit is not None and hit[0] is section:
        return hit[1]
    made = _score(section, events, shown, people, told, own)
    if len(_SCORED) >= _SCORED_MAX:
        _SCORED.clear()
    _SCORED[key] = (section, made)
    return made


def _score(section: Section, events: list[Event], shown: Sequence[Person], people: Sequence[Person],
           told: Sequence[Statement], own: tuple[str, ...] = ()
           ) -> tuple[list[_Row], list[list[int]], dict[int, set[int]], set[int], set[int]]:
    """`_scored`, made: the section's rows as `_unweighed` scores them, then weighed against
    what At a glance tells (`told`). Why in two steps: the statements above differ from one
    detail level to the next (five at one, ten at another) while the rest of a row's score
    does not, and the rows were made afresh for every such list, a quarter of a brief's
    composing time."""
    rows, parts, needs, told_free, tellings_of = _unweighed(section, events, shown, people, own)
    said: set[int] = set()  # the rows At a glance already tells (`_told_above`)
    frames: set[int] = set()  # of those, a section's opening happening (`FRAME_N`)
    if not told:
        return list(rows), parts, needs, said, frames
    # what each sentence tells, and what it tells that no statement above does (`_adds_to_above`)
    by_text, untold = _event_weights(tellings_of, told)
    prose = [st for st in told if st.prose]
    tellings = told_tellings(told)  # what `_told_above` compares each sentence with
    weighed: list[_Row] = []
    for (order, s, source, score, usable, leans), (key, first) in zip(rows, told_free):
        if _told_above(s, told, tellings):
            if _adds_to_above(untold.get(key, 0.0)):
                score -= by_text[key] - untold[key]  # it counts for what it adds
            elif first and order == 0 and key in by_text and not _told_above(s, prose):
                # the section's opening happening, told in the At-a-glance box: its
                # frame, given again in a summary of `FRAME_N` sentences or more
                said.add(order)
                frames.add(order)
            else:
                score -= TOLD_ABOVE
                said.add(order)
        weighed.append((order, s, source, score, usable, leans))
    return weighed, parts, needs, said, frames


def _event_weights(tellings_of: Sequence[tuple[str, float, tuple[str, str]]],
                   told: Sequence[Statement]) -> tuple[dict[str, float], dict[str, float]]:
    """(by_text, untold): the weight of the heaviest event each telling tells, and the same of
    the events none of `told` tells. `tellings_of`: `_tellings_of(events)`."""
    by_text: dict[str, float] = {}
    untold: dict[str, float] = {}
    told_events = {(e.text, e.date.iso) for st in told for e in st.events}
    for key, weight, event in tellings_of:
        by_text[key] = max(by_text.get(key, 0.0), weight)
        if event not in told_events:
            untold[key] = max(untold.get(key, 0.0), weight)
    return by_text, untold


def _tellings_of(events: Sequence[Event]) -> list[tuple[str, float, tuple[str, str]]]:
    """(telling with one space between words, the event's weight, the event as At a glance's
    statements name theirs) for every telling of every event not in the background: every
    telling counts (the raid the lead sums up is as important where History tells it).

    Remembered for the last list of events asked about, by the list and the values read of it
    (a fit asks the same once for each section it summarises); callers read the list only."""
    key = tuple((e.text, tuple(e.retold), e.importance, e.background, e.date.iso) for e in events)
    if _TELLINGS and _TELLINGS[0][0] == key:
        return _TELLINGS[0][1]
    made = [(" ".join(telling.split()), e.importance, (e.text, e.date.iso))
            for e in events if not e.background for telling in (e.text, *e.retold)]
    _TELLINGS[:] = [(key, made)]
    return made


_TELLINGS: list[tuple[tuple, list]] = []  # the last (key, tellings) of `_tellings_of`
per_unit(_TELLINGS.clear)


# The rows `_unweighed` made, by the values they are made from (as `_SCORED`, without the
# statements above); emptied with it.
_UNWEIGHED: dict[tuple, tuple[Section, tuple]] = {}
per_unit(_UNWEIGHED.clear)


def _unweighed(section: Section, events: list[Event], shown: Sequence[Person], people: Sequence[Person],
               own: tuple[str, ...] = ()
               ) -> tuple[list[_Row], list[list[int]], dict[int, set[int]], list[tuple[str, bool]], list]:
    """(rows, parts, needs, told_free, tellings_of) of `_score` before what At a glance tells is
    weighed: every row, the rows of each part, the rows each row needs, per row its text with
    one space between words and whether it opens its part, and the events' tellings
    (`_tellings_of`), which the weighing reads. Remembered as `_scored` is, by the section
    itself and the values the rows are made from."""
    key = (id(section),
           tuple((e.text, tuple(e.retold), e.importance, e.background) for e in events),
           tuple((p.name, tuple(p.aliases), p.period, tuple(p.earlier)) for p in shown),
           tuple(p.name for p in people), own)
    hit = _UNWEIGHED.get(key)
    if hit is not None and hit[0] is section:
        return hit[1]
    made = _unweighed_rows(section, events, shown, people, own)
    if len(_UNWEIGHED) >= _SCORED_MAX:
        _UNWEIGHED.clear()
    _UNWEIGHED[key] = (section, made)
    return made


def _unweighed_rows(section: Section, events: list[Event], shown: Sequence[Person], people: Sequence[Person],
                    own: tuple[str, ...] = ()
                    ) -> tuple[list[_Row], list[list[int]], dict[int, set[int]], list[tuple[str, bool]], list]:
    """`_unweighed`, made."""
    tellings_of = _tellings_of(events)
    by_text, _ = _event_weights(tellings_of, ())
    names = {p.name for p in shown if len(p.name) > 3}
    # the listed people's names and aliases ("Caesar"), for `ITS_PEOPLE`
    shown_aliases = [re.compile(rf"\b{re.escape(a)}\b") for p in shown for a in (p.name, *p.aliases) if len(a) > 3]
    name_words = frozenset(w for p in people for w in p.name.split() if len(w) > 1)
    # "In July 2020 Mistral handed over to General Alain Lardet": a listed person is named by a
    # surname no other person of the article bears as well as by the full name
    surnames = [n.split()[-1] for n in {p.name for p in people} if len(n.split()) > 1]
    called = {n: re.compile(rf"\b(?:{re.escape(n)}|{re.escape(n.split()[-1])})\b" if len(n.split()) > 1
                            and len(n.split()[-1]) > 3 and surnames.count(n.split()[-1]) == 1 else re.escape(n))
              for n in sorted(names)}
    # every sentence in reading order: (order, text, source, score, usable, leans on order-1)
    rows: list[_Row] = []
    parts: list[list[int]] = []  # the rows of the section's own text, then of each subsection
    told_free: list[tuple[str, bool]] = []  # (text one space between words, opens its part) per row
    order = 0
    for sec in section.walk():
        parts.append([])
        opening = True
        for b in sec.blocks:
            if not isinstance(b, Paragraph):
                continue
            for i, (_, s) in enumerate(sentence_spans(" ".join(b.text.split()))):
                key = " ".join(s.split())
                score = by_text.get(key, 0.0)
                if _long_quote(s):
                    score -= LONG_QUOTE  # someone's words at length, not what happened
                if key not in by_text and any(rx.search(s) for rx in shown_aliases):
                    score += ITS_PEOPLE  # who its people are, in a section of no happening
                s = _closed(s)
                # a paragraph's first sentence leans on the paragraph before, in the same part
                leans = (i > 0 or bool(parts[-1])) and (_leans(s) or _generic_again(s, rows[-1][1])
                                                        or _introduced_before(s, rows[-1][1])
                                                        or _pronoun_from_before(s, name_words, own))
                first = opening  # the section's (or subsection's) first sentence: its heading is before it
                if opening:
                    # the opening sentence frames the section, and a subsection's its part:
                    # a titled part ("Siege of Mariupol") is one the article thought worth one
                    score += OPENING if order == 0 and _org_acts(s, own) else 0.3 if order == 0 else 0.2
                    opening = False
                elif leans:
                    score -= 0.1  # it costs the sentence before it too
                # A sentence that announces a list ("Chief executives since 2003:") introduces
                # what the summary does not show; one naming two people listed above retells them.
                usable = not s.rstrip().endswith(":") and not re.search(r"(?i)\b(?:the\s+following|as\s+follows)\b", s) \
                    and not (sum(1 for name in called.values() if name.search(s)) >= 2 and _POST_WORDS.search(s)) \
                    and len(s.split()) >= 4 \
                    and not _retells_term(s, shown, called)
                if i == 0 and _leans(s) and not first:
                    usable = usable and score > 0.5  # a paragraph's pronoun with nothing before it
                if i == 0:
                    score += 0.05  # a paragraph's opening says what the paragraph is about
                rows.append((order, s, b.source, score, usable, leans))
                told_free.append((key, first))
                parts[-1].append(order)
                order += 1
    needs = _introducers([r[1] for r in rows], names, {p.name for p in people})
    return rows, parts, needs, told_free, tellings_of


# What the sentence introducing the list of parts the chart draws counts in the summary the
# chart follows (`informative_sentences`' `frames_chart`): more than a sentence about one part.
INTRODUCES_CHART = 0.5


def _list_introducers(section: Section) -> set[str]:
    """The sentences, closed as a summary gives them (`_closed`), that end a paragraph of the
    section followed by a list: "Since then the company has been organised into four business
    groups:" before the list of them."""
    out: set[str] = set()
    blocks = section.blocks
    for b, nxt in zip(blocks, blocks[1:]):
        if isinstance(b, Paragraph) and isinstance(nxt, BulletList):
            spans = sentence_spans(" ".join(b.text.split()))
            if spans:
                out.add(" ".join(_closed(spans[-1][1]).split()))
    return out


_INSIDE_PRONOUN = re.compile(r"\b(?:its|it|their|them)\b")
_DETERMINED = re.compile(r"(?i)\b(?:the|a|an|this|that|these|those)\s+[\w'’-]")


def _pronoun_from_before(sentence: str, name_words: frozenset[str], own: Sequence[str]) -> bool:
    """Whether a pronoun inside `sentence` ("its", "it", "their", "them") stands for what only
    the sentence before names: nothing before it in the sentence could be what it stands for,
    neither the organisation (`own`), nor a noun after an article, nor a name other than a
    person's (`name_words`, the words of the article's people's names). "Marcel Delcourt was its
    first president" after "... had worked in Biafra for the Red Cross" made the Red Cross's
    president of him (round 52); "Prigozhin ... paid for it" needs the company named before."""
    m = _INSIDE_PRONOUN.search(sentence, 1)
    if m is None:
        return False
    head = sentence[:m.start()]
    if _DETERMINED.search(head) or any(n in head for n in own):
        return False
    names = re.findall(r"\b[A-Z][\w'’-]*", head)
    return bool(names) and all(w in name_words or w.casefold() in STOP_WORDS for w in names)


# Words of a post and of taking it up or handing it on: a sentence that names two listed
# leaders with one of them retells the list ("Cleverly announced that Keast-Butler would succeed
# Fleming as director"); one that names them as the victims of a crash does not.
_POST_WORDS = re.compile(r"(?i)\b(?:succe\w+|replac\w+|took\s+over|handed\s+over|appointed|named|elected|"
                         r"chief|directors?|commanders?|command|chair\w*|president|CEO|head(?:ed|s)?|led|leaders?)\b")


def _retells_term(sentence: str, shown: Sequence[Person], called: dict[str, re.Pattern[str]]) -> bool:
    """Whether a sentence only retells a listed person's term: in a dozen words or fewer, it
    names one person the page lists above (`called`: their name patterns) and gives no year
    their period does not ("General Jean Maurin commanded the Legion from 2014 to 2018" under
    "Jean Maurin — Former commander, 2014 to 2018")."""
    years = set(re.findall(r"\b(?:1[5-9]|20)\d\d\b", sentence))
    if not years or len(sentence.split()) > 12:
        return False
    named = {p.name: p for p in shown if p.name in called and called[p.name].search(sentence)}
    if len(named) != 1:
        return False
    p = next(iter(named.values()))
    return years <= set(re.findall(r"\b(?:1[5-9]|20)\d\d\b", " ".join([p.period or "", *p.earlier])))


# What a part's best sentence must score to take a place of its own in a short summary: Azov's
# brief gave one of its four History sentences to "In October 2023, Interior Minister Ihor
# Klymenko said that Prokopenko was in charge of the unit" (its "Brigade" part's best, the
# expansion into a brigade being told At a glance) and none to the defenders' surrender at
# Azovstal.
PART_MIN = 0.4

# What a section's opening sentence adds to its score when the organisation itself is its
# subject ("After the full-scale invasion of Ukraine the group recruited heavily in Russian
# prisons", "According to UNIAN, the Freedom of Russia Legion was formed from a company ...
# who defected"); any other opening adds 0.3. The judgement: an article's section opens on
# what it is about, and one about what the organisation did or how it began frames the
# section better than the happening of middling weight it would lose to (the opening of the
# PMC Wagner Centre, 0.52): round 51 found Wagner's brief without its prison recruitment and
# the Legion's without its origin. An opening about the world around it ("European
# manufacturers began to discuss a jointly built airliner") frames less and keeps 0.3.
OPENING = 0.5
_FRONTED = re.compile(r"(?:After|In|On|By|From|During|Since|According\s+to|Following|With|When|Before|Until|At|"
                      r"Under|Within|Through|Throughout|Over|Once)\b")


# "the group", "The company", "It" opening a clause (see `_org_acts`); compiled once, as the
# kinds are many (a pattern of them and a profile's names cost 2 ms to compile per profile)
_KIND_ACTS = re.compile(rf"(?:^|\s)(?:[Tt]he\s+(?:{'|'.join(sorted(KINDS))})|It)(?:'s|’s)?\s+[a-z]")


def _org_acts(sentence: str, own: Sequence[str]) -> bool:
    """Whether the organisation is the subject of `sentence`: it opens on one of its names
    (`own`), on "It", or on "the" and a kind of body ("the group", "the company"), or does so
    after a fronted phrase of time, cause or source ("After the invasion", "According to
    UNIAN,"). Where the subject is: the earliest place either a name or a kind is, as one
    pattern of both would find it."""
    text = sentence[:160]
    found = [m.start() for m in (_KIND_ACTS.search(text),) if m is not None]
    names = "|".join(re.escape(n) for n in sorted(own, key=len, reverse=True))
    if names:
        m = re.search(rf"(?:^|\s)(?:[Tt]he\s+)?(?:{names})(?:'s|’s)?\s+[a-z]", text)
        if m is not None:
            found.append(m.start())
    if not found:
        return False
    head = sentence[:min(found)].strip()
    return not head or (bool(_FRONTED.match(head)) and not re.search(r"\b(?:was|were|is|are|had|has)\b", head))


# What an undated sentence about one of the people the page lists above (by name or alias)
# counts: who the organisation's people are is its own news, more than a commentator's word.
# Round 52 found the Legion's Ideology without "Caesar, former member of the ... neo-Nazi
# Russian Imperial Movement, described himself as a right-wing nationalist".
ITS_PEOPLE = 0.1

# A sentence in which the organisation, or one of its people, describes it or himself ("The
# Legion's manifesto describes itself as ...", "Caesar ... described himself as a right-wing
# nationalist"), and one in which someone else describes it ("David Axe ... described the group
# as "far-right""): a summary that gives the first gives the second too (`informative_sentences`).
_SELF_VIEW = re.compile(r"\bdescrib(?:es|ed)\s+(?:itself|himself|herself|themselves)\b|"
                        r"\b(?:its|their)\s+(?:manifesto|charter|programme|program|platform|founding\s+statement)\b", re.I)
_OTHERS_VIEW = re.compile(r"\b(?:described|called|labell?ed|characteri[sz]ed|branded)\s+(?:the|this|that)\s+"
                          rf"(?:{'|'.join(sorted(KINDS))})\s+as\b|\bdescribed\s+(?:it|them)\s+as\b", re.I)


def _others_view(sentence: str) -> bool:
    """Whether someone other than the organisation and its people describes it (`_OTHERS_VIEW`)."""
    return bool(_OTHERS_VIEW.search(sentence)) and not _SELF_VIEW.search(sentence)


# A sentence mostly made of a long direct quotation ("Michael Clarke ... said in May 2023: "It's
# clear that ..." in seventy words) is commentary at length: a summary with room for a sentence
# or two gives the section's facts first (round 50 found the Legion's Ideology keeping the quote
# and leaving out that its spokesman had belonged to the Russian Imperial Movement). It counts
# this much less; where the section has nothing else, it is still given.
LONG_QUOTE = 0.1
_QUOTED = re.compile(r"[\"“«]([^\"”»]{20,})[\"”»]")


def _long_quote(sentence: str) -> bool:
    """Whether quoted words make up most of a long sentence: over 100 characters and two fifths."""
    quoted = sum(len(m.group(1)) for m in _QUOTED.finditer(sentence))
    return quoted > 100 and quoted > 0.4 * len(sentence)


# A summary of this many sentences or more opens on its section's opening happening though the
# At-a-glance box told it (not the Overview's running text just above): GCHQ's History had
# begun "the school left its London premises", the school's founding in 1919 being At a
# glance's, and Nokia's Divisions on what one of its four business groups does. A shorter
# summary gives its few sentences to what the box did not tell.
FRAME_N = 3

# What a sentence At a glance already tells costs in a section summary: more than any
# sentence's event weight (at most 1) plus an opening's 0.3, so any other usable sentence wins.
TOLD_ABOVE = 1.5


# What a sentence At a glance tells must tell besides, in an event no statement there tells, to
# count for that in a summary (`_adds_to_above`).
ADDS_MIN = 0.5


def _adds_to_above(untold: float) -> bool:
    """Whether a sentence At a glance tells (`_told_above`) also tells a happening none of its
    statements does, of weight `untold` at least `ADDS_MIN`: it then counts for that happening
    alone, not as told. "In February 2022 Ericsson disclosed that ... it may have made payments
    to the Islamic State group ..., and on 2 March 2023 it agreed to plead guilty": At a glance
    gave the plea, and the brief's History had left the disclosure out with it."""
    return untold >= ADDS_MIN


def _told_above(sentence: str, told: Sequence[Statement], tellings: set[str] | None = None) -> bool:
    """Whether an At-a-glance statement already tells this sentence: it is the source sentence
    of an event the statement tells, or the statement gives its words (`_retells`: "March 2023:
    The Supreme Court of Russia declared the Legion a terrorist group" and the sentence it was
    made from). `tellings`: `told_tellings(told)`, for a caller that asks of many sentences
    (the tellings were spaced out again for each of a section's sentences)."""
    key = " ".join(sentence.split())
    if tellings is None:
        tellings = told_tellings(told)
    if any(_retells(sentence, st.text) for st in told):
        return True
    if key not in tellings:
        return False
    # Another telling of a happening a statement tells, in words of its own: told, unless most
    # of what it says the statement does not ("The company he founded in 2014 took its name
    # from his radio call sign" under "Founded in 2014 by Dmitry Utkin and Yevgeny Prigozhin":
    # round 54 found Wagner's brief without where its name came from)
    own = _content_words(sentence)
    said = set().union(*(_content_words(st.text) for st in told if any(
        key in (" ".join(t.split()) for t in (e.text, *e.retold)) for e in st.events)))
    return not own or len(own - said) * 2 <= len(own)


def _content_words(text: str) -> set[str]:
    """The words of four letters or more, stop words aside, lower-cased."""
    return {w for w in re.findall(r"[^\W\d_]{4,}", text.casefold()) if w not in STOP_WORDS}


def told_tellings(told: Sequence[Statement]) -> set[str]:
    """Every telling of every event the statements tell, one space between words."""
    return {" ".join(t.split()) for st in told for e in st.events for t in (e.text, *e.retold)}


def _with_year(sentence: str, before: list[str], shown_before: list[str], events: Sequence[Event] = ()) -> str:
    """The sentence with the year its first yearless date takes from the text before it ("On
    26 October [2016] the board named ..."), when the sentence that gave that year is not shown
    before it: a summary that leaves out "Vestberg stepped down on 25 July 2016" leaves "On 26
    October" undated. Only a date the sentence opens with or whose year it gives nowhere else
    is completed.

    The year is the one the extractor gave the event this sentence tells on that day and month
    (`extract/events.py` reads the whole paragraph: "On 1 April GCHQ began moving ...; the move
    in 1946 took four days" is 1946); only a sentence that tells no event takes the last year
    the section named before. Both had been inferred apart, and a brief printed "On 1 April
    1942" beside its timeline's "1 Apr 1946"."""
    from .extract.dates import find_dates

    mentions = [m for m in find_dates(sentence) if not m.recurring]
    if not mentions or mentions[0].year is not None or mentions[0].month is None:
        return sentence
    if any(m.year is not None for m in mentions[1:2]) and mentions[1].start < 40:
        return sentence  # "from 4 to 16 December 2021": the range gives its year
    m = mentions[0]
    key = " ".join(sentence.split())
    year = next((e.date.year for e in events if key in (" ".join(t.split()) for t in (e.text, *e.retold))
                 and e.date.month == m.month and e.date.day == m.day), None)
    source = next((s for s in reversed(before) for d in reversed(find_dates(s)) if d.year is not None), None)
    if source is not None and source in shown_before[-1:] and (year is None or any(
            d.year == year for d in find_dates(source))):
        return sentence  # the sentence just shown before it dates it
    if year is None:
        if source is None:
            return sentence
        year = next(d.year for d in reversed(find_dates(source)) if d.year is not None)
    if any(d.year == year for d in mentions[1:]) and len(sentence[:m.start].split()) > 2:
        return sentence  # "... began on 1 April; the move in 1946 took four days": its year is near
    # A date the sentence opens with takes its year even when the sentence gives it later: a
    # reader reads the date first ("On 1 April GCHQ began moving ...; the move in 1946 took four
    # days" read as a date left hanging, rounds 68 and 70). The later plain "in 1946" then goes,
    # as the year said twice read as redundant (round 73, both reviewers): "On 1 April 1946 GCHQ
    # began moving ...; the move took four days".
    rest = sentence[m.end:]
    again = next((d for d in find_dates(rest) if d.year == year and d.month is None and d.end_year is None), None)
    if again is not None and re.search(r"\s+in\s+$", rest[:again.start]) and re.match(r"\s+[a-z]", rest[again.end:]):
        cut = re.search(r"\s+in\s+$", rest[:again.start]).start()
        rest = rest[:cut] + rest[again.end:]
    return f"{sentence[:m.end]} {year}{rest}"
