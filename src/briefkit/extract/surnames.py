"""Surnames a profile's people bear alone, and the full names they stand for.

Why a module of its own: the summaries a template composes write a bare surname in full
(`compose`), long after the seed was read. The event extractor these functions were part of
compiles some hundred patterns when it loads (about 0.1 s, and the people extractor it
imports as much again); a process that builds lengths from a profile read elsewhere (the
helper of a cold build, a batch worker given a cached profile) needs none of them, only
these few lines.
"""
from __future__ import annotations

from .. import recache as re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Profile


# A generation's suffix after a family name: "Nestor Espenilla Jr.", "Miguel Cuaderno Sr.",
# "Julius W. Becton Jr.", "Henry Ford II".
_GENERATION = re.compile(r"(?:Jr|Sr|Snr|Jnr)\.?|I{2,3}|IV")


def name_words(name: str) -> list[str]:
    """The words of a person's name without a generation's suffix: the text calls "Nestor
    Espenilla Jr." "Espenilla", never "Jr"."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and _GENERATION.fullmatch(words[-1]):
        words.pop()
    return words


def unique_surnames(profile: Profile) -> dict[str, str]:
    """Surname -> full name, for surnames only one person of the profile bears, and that open no
    other person's name: "Muhoozi" alone, where the article names both Muhoozi Kainerugaba (whom
    it calls by his given name, as Ugandan, Ethiopian and Thai articles do) and David Muhoozi, is
    either, and a label that wrote "David Muhoozi" for it had named the wrong officer; "Hassan"
    alone, beside Mohd Hassan Marican (a Malay name, "Mohd" before the given name) and Mohd Sidek
    Hassan, the same."""
    by_surname: dict[str, set[str]] = {}
    firsts: dict[str, set[str]] = {}
    for p in profile.people:
        words = name_words(p.name)
        if len(words) >= 2:
            by_surname.setdefault(words[-1], set()).add(p.name)
            for word in words[:-1]:
                firsts.setdefault(word, set()).add(p.name)
    return {k: next(iter(v)) for k, v in by_surname.items() if len(v) == 1 and not firsts.get(k, set()) - v}


def _own_name_words(profile: Profile) -> set[str]:
    """The words of the organisation's title and aliases, case-folded."""
    return {w.casefold() for n in [profile.names.title, *(a.text for a in profile.names.aliases)]
            for w in re.findall(r"[\w'’-]+", n)}


def full_names(profile: Profile) -> dict[str, str]:
    """Surname -> full name, for surnames only one person of the profile bears and that are not
    a word of the organisation's own names: "Ericsson" in Ericsson's article is the company,
    though its founder is Lars Magnus Ericsson (see `namesakes` for when it is him)."""
    own = _own_name_words(profile)
    out = {k: v for k, v in unique_surnames(profile).items() if k[:1].isupper() and k.casefold() not in own}
    # A name written family name first ("Han Jong-hee") is called by its first word ("Han died
    # of a cardiac arrest"): that word, when one person's name alone opens with it and no name
    # ends with it, stands for that person too.
    # Only a name of the East Asian shape is read so: a hyphenated given name after it ("Han
    # Jong-hee", "Roh Tae-moon") or a short family name before a two-part given name ("Kim Jong
    # Yang", "Kao Kim Hourn"); "August Bebel" or "Irving Stowe" is called by the last word.
    firsts: dict[str, set[str]] = {}
    lasts = set()
    for p in profile.people:
        words = p.name.split()
        if len(words) >= 2:
            lasts.add(words[-1])
            if ("-" in words[1] and len(words) == 2) or (len(words) == 3 and len(words[0]) <= 4):
                firsts.setdefault(words[0], set()).add(p.name)
    for word, names in firsts.items():
        if len(names) == 1 and word not in lasts and word not in out and word[:1].isupper() and \
                word.casefold() not in own and len(word) > 1 and not word.endswith("."):
            out[word] = next(iter(names))
    # A name of three words whose middle one the text calls the person by ("Moussa Faki Mahamat"
    # ... "Faki took office on 14 March 2017", as Chadian and Arabic names are often shortened):
    # that word, when no other person's name holds it and the text writes it alone, without the
    # word after it in the name.
    words_of: dict[str, set[str]] = {}
    for p in profile.people:
        for word in p.name.split():
            words_of.setdefault(word, set()).add(p.name)
    texts = None
    for p in profile.people:
        words = p.name.split()
        if len(words) != 3:
            continue
        middle, after = words[1], words[2]
        if middle in out or len(words_of.get(middle, ())) != 1 or not middle[:1].isupper() or len(middle) < 3 \
                or middle.casefold() in own or middle.endswith(".") or middle in NAME_PARTICLES:
            continue
        if texts is None:
            texts = " ".join(profile.block_texts())
        if re.search(rf"(?<![\w'’-]){re.escape(middle)}(?![\w'’-])(?!\s+{re.escape(after)}\b)", texts) \
                and not re.search(rf"\b{re.escape(words[0])}\s+{re.escape(middle)}(?!\s+{re.escape(after)}\b)", texts):
            out[middle] = p.name
    return out


# Kin named before a name: the name after it is theirs, told as the family calls them.
_KIN_WORD = re.compile(r"(?:grand|great-grand)?(?:sons?|daughters?|children|child)|wife|husband|widow(?:er)?|"
                       r"brothers?|sisters?|father|mother|nephew|niece|cousin|uncle|aunt|stepdaughter|stepson")


# The lowercase words that join the parts of a name ("de la Cuadra", "van der Bijl", "bin Salman",
# "Girón y Ezpeleta", "da Costa e Silva"); kept here, where loading costs nothing, for the people
# extractor too.
NAME_PARTICLES = frozenset({"de", "van", "von", "da", "di", "du", "le", "la", "del", "della", "der", "den", "ten",
                            "ter", "al", "el", "bin", "ibn", "dos", "das", "do", "y", "e", "ap", "ab", "ferch", "binti",
                            "bint", "ben", "zu", "vom", "dei", "degli", "af"})


def with_full_name(label: str, full_names: dict[str, str]) -> str:
    """A label stands alone on a timeline, far from the sentence that introduced the person:
    its first bare surname ("Vestberg stepped down") gets the full name the profile knows
    ("Hans Vestberg stepped down"). A surname shared by two people stays as written."""
    out, pos, done = [], 0, set()
    for m in re.finditer(r"\b([A-Z][\w'’-]+)\b", label):
        full = full_names.get(m.group(1))
        if not full or full == m.group(1) or full in label or m.group(1) in done:
            continue
        before = label[:m.start()].rstrip().split()
        after = label[m.end():].lstrip(" ").split(" ", 1)[0]
        # "the Carnegie Moscow Center", "Kerr Carnegie": a word of another name, not the person
        # (a comma ends the name before: "Denys Prokopenko, Palamar and three other commanders")
        # (a name's particle too: "Licha de la Cuadra" is already a name, whose "Cuadra" had
        # become "Licha de la Alicia Zubasnabar de De la Cuadra")
        if (before and ((before[-1][:1].isupper() and not before[-1].endswith(","))
                        or before[-1].casefold() in ("the", "of", "a", "an") or before[-1] in NAME_PARTICLES)) \
                or after[:1].isupper():
            continue
        if before and _KIN_WORD.fullmatch(before[-1].casefold()):
            # "his grandson Bilal": a kin's given name, not the surname of another (the
            # spokesman Muhammad Bilal)
            continue
        out.append(label[pos:m.start()] + full)
        pos = m.end()
        done.add(m.group(1))
    return "".join(out) + label[pos:]


def namesakes(profile: Profile) -> dict[str, str]:
    """Surname -> full name, for a surname only one person of the profile bears that is also a
    word of the organisation's names: the founder a company is named after (Lars Magnus
    Ericsson of Ericsson)."""
    own = _own_name_words(profile)
    return {k: v for k, v in unique_surnames(profile).items() if k.casefold() in own}


def namesake_subject(label: str, clause: str, paragraph: str, namesakes: dict[str, str]) -> str:
    """A label opening on a bare surname that is also the organisation's name is the person's
    when the source clause says it so (not a pronoun resolved to the company) and its paragraph
    named that person in full before: encyclopaedic prose calls a person by surname after the
    first mention and the company "the company" or "it". "Ericsson withdrew from the business
    in 1900", in the paragraph that opens "In 1876 Lars Magnus Ericsson ... opened a small
    workshop", is the founder leaving, and reads "Lars Magnus Ericsson withdrew from the
    business"; a paragraph that never names him in full keeps "Ericsson" as the company."""
    m = re.match(r"([A-Z][\w'’-]+)\b(?!\s+[A-Z])", label)
    full = namesakes.get(m.group(1)) if m else None
    if not full or not re.search(rf"(?<![\w'’-]){re.escape(m.group(1))}\b(?!\s+[A-Z])", clause):
        return label
    at = paragraph.find(clause)
    if full not in (paragraph[:at] if at >= 0 else "") and full not in clause:
        return label
    return full + label[m.end():]
