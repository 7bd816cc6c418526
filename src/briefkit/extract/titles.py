"""What a section's title or a phrase says it is about: a role, the people who lead, the parts.

Kept apart from the extractors so that the stages after them (compose, digest) can ask these
questions of a profile without loading every extractor and its patterns: a rebuild from a
cached profile never runs extraction.
"""
from __future__ import annotations

from .. import recache as re

from collections.abc import Sequence

from ..kinds import KINDS

# Role nouns: what makes a phrase a role. Longer forms first so "director-general" wins.
_ROLE_NOUN_WORDS = (
    r"officers?[- ]in[- ]charge|under-?secretar(?:y|ies)(?:[- ]general)?|secretar(?:y|ies)[- ]general|directors?[- ]general|commanders?[- ]general|general\s+secretar(?:y|ies)|chief\s+executives?(?:\s+officers?)?|chief\s+(?:operating|financial|technology|technical|information|marketing|commercial|legal|people|product|strategy|quality|digital|compliance|risk|investment|medical|scientific|sustainability)\s+officers?|"
    r"executive\s+directors?|executive\s+secretar(?:y|ies)|managing\s+directors?|commanding\s+officers?|commanding\s+generals?|commander[- ]in[- ]chief|second[- ]in[- ]command|chief\s+of\s+staff|press\s+(?:officer|secretary)|"
    r"commanders?|commandants?|leaders?|chiefs?|heads?|chair(?:m[ae]n|wom[ae]n|persons?|s)?|presidents?|ceos?|"
    r"founders?|co-?founders?|directors?|spokes(?:person|man|woman|people)|speakers?|secretar(?:y|ies)|deputy|"
    r"coordinators?|managers?|administrators?|commissioners?|governors?|atamans?|emirs?|treasurers?|"
    r"officers?|chancellors?|rectors?|presidium|principal|convenor|ombudsman|prosecutors?|registrars?|minister|"
    r"(?:high|special|permanent)\s+representatives?(?:[- ]general)?"
)
ROLE_NOUN = re.compile(rf"\b(?:{_ROLE_NOUN_WORDS})\b", re.I)

_LEADERSHIP_TITLE = re.compile(
    r"\b(?:leadership|leaders|command|commanders|management|chairm[ae]n|chairs|presidents|directors(?:-general)?|"
    r"executives|key\s+people|governance|heads|secretaries-general|board|founders|officers)\b", re.I)

_STRUCTURE_TITLE = re.compile(
    r"\b(?:structure|organi[sz]ation|composition|order\s+of\s+battle|units|sub-?units|subdivisions|components|"
    r"formations|branches|divisions|departments|directorates|offices|chapters|sections|organs|subsidiaries|"
    r"business\s+groups|segments|bodies|regional\s+(?:branches|offices|organi[sz]ations)|member\s+sections|"
    r"operational\s+centres|wings|detachments|battalions|regiments|brigades|business(?:es)?|centres|centers|programmes|"
    r"programs|institutes|laboratories|campuses|squadrons|flotillas|fleets|bases|field\s+offices|country\s+offices|"
    r"institutions|companies|flights|associations|federations)\b",
    re.I)
_NOT_STRUCTURE_TITLE = re.compile(r"\b(?:history|leadership|command(?:ers)?\b(?!\s+structure)|see\s+also|"
                                  r"reactions?|ideology|funding|finances?|relationships?|relations|other)\b", re.I)


def role_phrase_end(text: str, m: re.Match[str]) -> int:
    """Where the post `m` (a `ROLE_NOUN` match in `text`) ends, with the role words right after
    it: "Chief commissioners" is one post of two role words, "chief" and the plural after it."""
    end = m.end()
    while text[end:end + 1] == " " and (more := ROLE_NOUN.match(text, end + 1)) is not None:
        end = more.end()
    return end


def is_leadership_title(title: str) -> bool:
    """A section about who leads it: "Leadership", "Management", or any role noun in the plural
    ("Governors", "Commandants", "Secretaries-General", "Chief executives", "List of presidents")."""
    m = _LEADERSHIP_TITLE.search(title)
    if m and not re.match(r"['’]s\b", title[m.end():]) and not re.search(r"(?i)\b(?:a|an)\s+$", title[:m.start()]):
        # (not "Smartphones and a chairman's return", a history's chapter about one of them)
        return True
    m = ROLE_NOUN.search(title)
    if not m or re.search(r"(?i)\b(?:deputy|deputies|spokes\w+|officers?|ministers?)\b", m.group(0)):
        return False
    word = title[m.start():role_phrase_end(title, m)].casefold()
    rest = re.sub(r"(?i)^(?:list\s+of|former|past|recent|notable)\s+", "", title.strip())
    return (word.endswith(("s", "men")) or "ies" in word) and rest.casefold().startswith(word.split()[0])


def is_structure_title(title: str) -> bool:
    """Whether a section's title says it describes the organisation's parts ("Leadership and
    organisation" does too: its people become officers, its other items parts)."""
    if not _STRUCTURE_TITLE.search(title):
        return False
    blocked = _NOT_STRUCTURE_TITLE.search(title)
    return not blocked or (blocked.group(0).casefold().startswith(("leadership", "command"))
                           and bool(re.search(r"\band\b", title)))


# A paragraph that ends by introducing a list of the organisation's own parts: "The group's main
# subsidiaries are:", "Its principal divisions are:", "Its parts are:".
# ("Its bodies and main parts are:", "The charity's organs are:": two kinds joined, any kind word)
_PARTS_NOUN = (r"(?:(?:main|principal|major|chief|largest|own|governing|national|central|regional|affiliated|"
               r"associated|specialised|specialized|subordinate|constituent|member)\s+)?"
               r"(?:subsidiaries|divisions|parts|units|operating\s+companies|business(?:es|\s+units|\s+areas)|segments|branches|"
               r"directorates|departments|components|formations|commands|bodies|organs|wings|sections|"
               r"organi[sz]ations)")
_PARTS_INTRO = re.compile(r"(?:^|[.!?]\s+)(?:Its|The\s+[a-z]+(?:'s|’s))\s+"
                          rf"{_PARTS_NOUN}(?:,?\s+and\s+(?:its\s+)?{_PARTS_NOUN})?\s+(?:are|include|comprise)\s*:\s*$|"
                          # ("Kone reports three businesses:", "It is organised into four divisions:")
                          r"(?:^|[.!?]\s+)(?:It|(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3})\s+(?:has|reports|comprises|"
                          r"consists\s+of|is\s+(?:organi[sz]ed|divided|made\s+up)\s+(?:into|of))\s+"
                          rf"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+){_PARTS_NOUN}\s*:\s*$")


def introduces_parts(text: str) -> bool:
    """Whether a paragraph ends by introducing a list of the organisation's own parts: such a
    list names parts wherever it stands (the Charles Darwin Foundation's "Governance" section
    ends "Its parts are:" over its assembly, board and research station), never holders."""
    return _PARTS_INTRO.search(text.strip()) is not None


def introduces_holders(text: str) -> bool:
    """Whether a short line introduces a list of the people who held a post: "Presidents have
    included:", "Directors general:", "Former chairmen of the board:". Such a list names
    holders, wherever it stands (WWF's "Organisation" section lists its presidents after its
    parts): its items are leaders, never parts of the organisation."""
    # ("Heads of the agency (called directors until the post-Katrina reforms) include:": a
    # bracket says more of the post, not which)
    t = " ".join(re.sub(r"\s*\([^()]*\)", "", text).split())
    if not t.endswith(":") or len(t) > 80:
        return False
    m = ROLE_NOUN.search(t)
    # (a bare "Officers:" may be any of a body's officials; "Commanding officers:" and "Chief
    # executive officers:" name one post)
    # ("Flag Officers Commanding have included:": the officer commanding is the commander)
    if m is None or re.search(r"(?i)\b(?:deputy|deputies|spokes\w+|(?<!commanding )(?<!executive )officers?(?!\s+commanding)|"
                              r"ministers?)\b", m.group(0) + t[m.end():m.end() + 11]):
        return False
    # ("Commandants General since 2019:": an adjective after the noun is the post's own)
    after = re.sub(r"^(?:[Gg]eneral|[Cc]ommanding)\b\s*", "", t[m.end():-1].strip())
    first = re.split(r"[\s-]", m.group(0))[0]
    if not re.search(r"(?i)(?:s|men)$", first) and not re.search(r"(?i)(?:s|men)$", m.group(0)):
        return False
    before = t[:m.start()].split()
    # (a kind of body names whose post it is: "Party leaders since 1923:", "Fund presidents:"; and
    # so does the reach of the whole body, "National presidents:", "Federal chairmen:", never a
    # part's, "Regional directors:")
    if len(before) > 3 or any(not re.fullmatch(r"(?i)the|its|their|former|past|previous|earlier|successive|notable|"
                                               r"chief|executive|managing|national|federal|international|supreme|flag|"
                                               r"world|[\w'’-]+(?:'s|’s)", w)
                              and w.casefold() not in KINDS for w in before):
        return False
    # ("Executive secretaries and, from 2007, presidents of the Commission:": a post renamed)
    # ("Presidents and chief executives have included:": two posts, held together or in turn)
    second = re.match(rf"(?i)and\s+(?P<post>{ROLE_NOUN.pattern})\s*", after)
    if second and re.search(r"(?i)(?:s|men)$", second.group("post")):
        after = after[second.end():]
    return not after or re.fullmatch(r"(?i)(?:and,?\s+(?:from|since)\s+\d{4},?\s+[\w\s-]{2,40}?\s*)?"
                                     r"(?:(?:of|since|from)\s+[^,;:]{1,50}?\s*)?"
                                     # ("Commanding officers whose names have been made public include:")
                                     r"(?:(?:who|whose|that)\s+[^,;:]{1,60}?\s+)?"
                                     r"(?:(?:have\s+)?(?:included|been|were|are)|have\s+been|include)?", after) is not None


# A column of a table of holders that tells when each held the post ("Term", "Took command",
# "Chosen").
_TIME_COLUMN = re.compile(r"(?i)(?:term(?:\s+of\s+office)?|terms|years?|tenure|period|in\s+(?:office|command|post|charge)|"
                          r"took\s+(?:office|command|over|charge)|assumed\s+(?:office|command)|from|dates?|served|"
                          r"chosen|elected|appointed|installed|approved|confirmed|sworn\s+in|start(?:ed)?|since|began|"
                          r"until|till|left)\b")


def names_posts(header: list[str]) -> bool:
    """Whether every column of a table's header after the first names a post, two or more of
    them ("Assembly | President | Deputy president | Secretary-general"): a table of who held
    each post at each assembly or term, whose rows are no parts. One post beside the first
    column ("Directorate | Director") is a table of parts with their heads."""
    posts = [" ".join(h.split()) for h in header[1:] if h.strip()]

    def post(cell: str) -> bool:
        return bool(ROLE_NOUN.fullmatch(cell) or ROLE_NOUN.fullmatch(cell.split(" ", 1)[-1]))

    return len(posts) >= 2 and len(posts) == len(header) - 1 and all(post(h) for h in posts)


# A table of posts and who held each, a post a row: "Post | Holder | From | Until".
_POST_COLUMN = re.compile(r"(?i)(?:post|office|position|role|title|function)s?")
_HOLDER_COLUMN = re.compile(r"(?i)(?:holder|holders|office-?holder|incumbent|name|person|held\s+by)")
_UNTIL_COLUMN = re.compile(r"(?i)(?:until|to|till|end(?:ed)?|left(?:\s+office)?)")


def posts_columns(header: list[str]) -> tuple[int, int, int | None] | None:
    """(the column of the post, of its holder, of when the term ended or None) of a table whose
    rows each name a post and who held it, when `header` is its header row ("Post | Holder |
    From | Until"); None for any other table. Its first column names the post and another the
    holder, and a column tells when: the table names people, its rows no parts."""
    cells = [" ".join(c.split()) for c in header]
    if len(cells) < 3 or not _POST_COLUMN.fullmatch(cells[0]):
        return None
    holder = next((i for i, c in enumerate(cells[1:], 1) if _HOLDER_COLUMN.fullmatch(c)), None)
    start = next((i for i, c in enumerate(cells[1:], 1) if _TIME_COLUMN.match(c)), None)
    if holder is None or start is None:
        return None
    until = next((i for i, c in enumerate(cells[1:], 1) if i != start and _UNTIL_COLUMN.fullmatch(c)), None)
    return holder, start, until


def dated_column(rows: Sequence[str]) -> int | None:
    """The column of when of a table whose header does not say it in a word `_TIME_COLUMN`
    knows ("Commanding officer | Command | Later career"): the first column after the first
    whose filled cells, two in every three at least and two or more, are each a date or a span
    of dates and nothing else ("1988–1990", "2003", "May 2011 – present"). Why: a header
    names that column as its writer liked ("Command", "In the chair", "Mandate"); the cells
    say what it holds. None when no column is such, or `rows` are fewer than two."""
    from .dates import find_dates  # (the dates module, a leaf, is only needed here)

    table = [[" ".join(c.split()) for c in row.split("|")] for row in rows]
    if len(table) < 2:
        return None
    for column in range(1, max(len(r) for r in table)):
        cells = [r[column] for r in table if len(r) > column and r[column] not in ("", "—", "-", "–")]
        dated = sum(1 for c in cells if _only_dates(c, find_dates))
        if len(cells) >= 2 and dated >= 2 and 3 * dated >= 2 * len(cells):
            return column
    return None


def _only_dates(cell: str, find_dates) -> bool:
    """Whether a table's cell is a date or a span of dates and nothing else."""
    found = find_dates(cell, bare_years=True)
    rest = cell
    for d in reversed(found):
        rest = rest[:d.start] + rest[d.end:]
    return bool(found) and re.fullmatch(r"[\s–—,;()-]*(?:present|now|incumbent)?[\s–—,;()-]*", rest, re.I) is not None


def holders_columns(text: str, rows: Sequence[str] = ()) -> tuple[str, int] | None:
    """(the post, the column of when) of a table of holders, when `text` is its header row:
    the post first, then, in the next column or a later one, when each held it ("Leader |
    Term", "Presidents | Years", "Director-General | Country | Term", "Leader | Chosen |
    Notes"), or, where no header word says it, the column of dates among `rows`, the table's
    other rows (`dated_column`: "Commanding officer | Command"); None for any other row (a
    table of parts, "Region | Main markets")."""
    cells = [" ".join(c.split()) for c in text.strip().split("|")]
    role = re.sub(r"\((?:s|es)\)$", "", cells[0]).strip()  # "Leader(s)": one or two holders a row
    # (a post with a word before it: "High commissioner")
    head = re.sub(r"(?i)^(?:high|chief|supreme|first|lord|general|national)\s+", "", role)
    # (a post of a named staff or office: "Chief of the General Staff", "Director of Public
    # Prosecutions": the post before "of")
    of_body = re.split(r"\s+of\s+(?:the\s+)?(?=[A-Z])", role)[0]
    # (a post's title of capitalised words, the role noun last: "Chief Electoral Officer")
    titled = role.split()[-1] if re.fullmatch(r"(?:[A-Z][\w-]*\s+){1,3}[A-Z][\w-]*", role) else role
    if len(cells) < 2 or not 2 <= len(role) <= 40 or not any(
            ROLE_NOUN.fullmatch(r) or ROLE_NOUN.fullmatch(re.sub(r"(?i)(?<=[a-z])s$", "", r))
            for r in {role, head, of_body, titled}):
        return None
    when = next((i for i, c in enumerate(cells[1:], 1) if _TIME_COLUMN.match(c)), None)
    if when is None and all(re.fullmatch(r"(?i)notes?|remarks?|comments?", c) for c in cells[1:] if c):
        when = 1  # "President | Notes": the holders, with what is said of each ("founder; died 2008")
    if when is None and rows:
        when = dated_column(rows)
    return (role, when) if when is not None else None


def named_holders_when(text: str, rows: Sequence[str] = ()) -> int | None:
    """The column of when, when `text` is the header row of a table whose first column gives
    each holder's name and not the post ("Name | Years | Notes", "Holder | Term"): the line
    before the table, or its section, says which post they held. None for any other row (a
    table of parts, "Name | Location")."""
    cells = [" ".join(c.split()) for c in text.strip().split("|")]
    if len(cells) < 2 or not _HOLDER_COLUMN.fullmatch(cells[0]):
        return None
    when = next((i for i, c in enumerate(cells[1:], 1) if _TIME_COLUMN.match(c)), None)
    if when is None and all(re.fullmatch(r"(?i)notes?|remarks?|comments?", c) for c in cells[1:] if c):
        when = 1
    if when is None and rows:
        when = dated_column(rows)
    return when


def holders_header(text: str, rows: Sequence[str] = ()) -> str | None:
    """The post a table of holders lists, when `text` is its header row (`holders_columns`,
    `rows` the table's other rows). Such a table names people, never parts."""
    found = holders_columns(text, rows)
    return found[0] if found else None
