"""Names of the organisation: aliases, abbreviations and native-script names from the lead.

Encyclopaedic leads name their subject first and put its other names in a parenthetical right
after it: `The Freedom of Russia Legion (FRL, Легион «Свобода России»; abbr. ЛСР, LSR), also
called the Free Russia Legion, is ...`. Only the first sentence is searched, and only a
parenthetical that comes before its main verb, so that a later `(RVC)` about another body never
becomes an alias of the subject.

A single generic word of the title ("or simply the Brigade" for the Tsavra Valley Volunteer
Rescue Brigade) is how the text refers back to the subject, not another name of it: a one-word
candidate that is not an abbreviation and is a generic kind of body contained in the title is
dropped (a proper name such as "Yabloko" stays).

"also known as A, B or C" gives three aliases; "formerly the Y and the Z" two former names.
A lead that opens on a longer name and then gives the title ("Telefonaktiebolaget LM Ericsson,
commonly known as Ericsson, is ...") makes that longer name an alias.
"""
from __future__ import annotations

from .. import recache as re
import unicodedata
from collections.abc import Sequence

from ..kinds import KINDS
from ..model import Alias, AliasKind, Names
from ..text import sentence_spans as split_sentences

# Main verb of a definition sentence; the names come before it.
_MAIN_VERB = re.compile(r"\s(?:is|was|are|were|has been|had been)\s")
_ALSO_CALLED = re.compile(
    # (or after a comma alone: "The Communist Party of Nepal (...), known as the CPN (UML) or simply
    # the UML, is ...")
    r"(?:\b(?:also|sometimes|commonly|often|formerly|previously|officially|earlier|widely|usually|generally|better)\s+|"
    r"(?<=,\s))"
    r"(?:called|known\s+(?:simply\s+)?as|referred\s+to\s+(?:simply\s+)?as|named|styled)\s+(?:simply\s+)?"
    # (a name may hold a bracket of its own: "known as the CPN (UML) or simply the UML")
    r"(?P<names>(?:[^()]|\([^()]*\))+?)(?=;|\)|,?\s(?:is|was|are|were|has|had)\s|$)",
    re.I,
)
# "Zain ..., legally the Mobile Telecommunications Company (MTC), is ...": the legal name set off
# after the title, with its letters in a bracket.
_LEGALLY = re.compile(r"(?<=,\s)(?:legally|officially|formally)\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[^,;()]{2,80}?)"
                      r"(?:\s+\((?P<abbr>[^()]{1,15})\))?(?=,)", re.I)
# "Telefonaktiebolaget LM Ericsson, commonly known as Ericsson, is ...": a lead that opens on
# the full name and then gives the title as the name in use; the full name is an alias.
_FULL_NAME_FIRST = re.compile(
    # (its own bracket may come between: "The International Criminal Police Organization (ICPO;
    # French: ...), commonly known as Interpol, is ...")
    r"^(?:The\s+)?(?P<name>[^\W\d][^,();]{1,80}?)(?:\s*\([^()]*\))?,\s+(?:also\s+|more\s+|most\s+|better\s+|commonly\s+|widely\s+|often\s+|usually\s+|generally\s+)*"
    r"(?:known|called|referred\s+to)\s+(?:simply\s+)?(?:as\s+)?(?:simply\s+)?(?:the\s+)?(?P<short>[^,();]{1,80}?)\s*,")
# "formerly the Y and the Z", "earlier the Y": former names, each its own alias. So is a name
# the organisation went by up to a time: "also called the Nepali Army and known until 2006 as
# the Royal Nepalese Army" (a second naming clause, joined by "and", whose "until" ends its use).
_FORMERLY = re.compile(r"(?:,\s*|\s+and\s+|^)(?:(?:formerly|previously|earlier|once)\s+(?:called\s+|known\s+as\s+)?|"
                       r"(?:was\s+)?(?:known|called|named)\s+(?:until|till|before|up\s+to)\s+[^,;()]{1,30}?\s+as\s+)", re.I)
_FORMER_HINT = re.compile(r"\b(?:formerly|previously|earlier)\b", re.I)
# Prefixes inside the parenthetical that say what the next name is.
_PREFIX = re.compile(
    r"^(?P<p>abbr\.?|abbreviated(?:\s+as)?|short|acronym|formerly|previously|also|lit\.?|literally|in\s+full(?:\s+the)?|"
    r"written|spelled|spelt|styli[sz]ed(?:\s+as)?|simply|legally|officially|formally|registered\s+as|"
    r"[A-Za-z][a-z]+\.?(?:\s[A-Za-z][a-z]+\.?){0,2}\s*:|"
    # a romanisation's system in capitals: "RTGS: Thanakhan Haeng Prathet Thai", "ALA-LC: ..."
    r"[A-Z]{2,6}(?:-[A-Z]{2,6})?\s*:)\s*",
)
# What a name means, not another name: "Fine Gael (Irish for "family, or tribe, of the Irish")",
# "(meaning 'the base')".
# (and where the name comes from: "from the Sanskrit amulya", "literally 'priceless'")
_GLOSS = re.compile(r"^(?:[A-Z][a-z]+\s+for\s|meaning\s|which\s+means\s|from\s+(?:the\s+)?(?-i:[A-Z])[a-z]+\s|"
                    r"literally\s|lit\.\s)")
# Not names: dates, life/founding notes, pronunciations (IPA between slashes or brackets).
_NOT_NAME = re.compile(
    r"\d{3,}|\b(?:born|died|founded|formed|established|active|pronounced|listen|IPA)\b|^[/\[]", re.I)


def script_of(text: str) -> str | None:
    """The writing system most letters of `text` belong to (`Latin`, `Cyrillic`, ...)."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            script = name.split(" ")[0].title() if name else ""
            if script == "Cjk":
                script = "Han"
            if script:
                counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=lambda s: counts[s])


def _split_top(text: str, seps: str) -> list[str]:
    """Split on separators that are not inside quotes or brackets."""
    out, depth, buf = [], 0, []
    opening, closing = "«“‘([{\"", "»”’)]}\""
    in_quote = False
    for i, ch in enumerate(text):
        if ch == ";" and re.search(r"&#?\w{1,8}$", text[:i]):
            buf.append(ch)  # the end of an HTML entity (`&amp;`), not a separator
            continue
        if ch == '"':
            in_quote = not in_quote
        elif ch in opening:
            depth += 1
        elif ch in closing and depth:
            depth -= 1
        if ch in seps and depth == 0 and not in_quote:
            out.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    out.append("".join(buf))
    return [s.strip() for s in out if s.strip()]


# A comma's part that opens on an article or a conjunction of a name's own language ("la
# production", "et la commercialisation", "and Allied Workers"): the name before it goes on.
_NAME_GOES_ON = re.compile(r"(?:la|le|les|el|los|las|il|lo|gli|der|die|das|de|du|des|del|della|dei|do|da|dos|das|"
                           r"et|y|e|und|en|the|and|of|for)\s")


# A company's legal form, which ends its name after a comma ("S.A.", "Ltd", "GmbH", "S.A.B. de C.V.").
_LEGAL_FORM = re.compile(r"(?i)(?:s\.\s?a\.(?:\s?b\.)?(?:\s+de\s+c\.\s?v\.)?|ltd\.?|limited|inc\.?|incorporated|llc|plc|"
                         r"gmbh|ag|n\.\s?v\.|nv|b\.\s?v\.|bv|s\.\s?p\.\s?a\.|spa|s\.\s?r\.\s?l\.|srl|oyj?|asa|ab|a/s|"
                         r"co\.|corp\.?|pty\.?\s+ltd\.?|s\.\s?a\.\s?s\.|kgaa|pjsc|ojsc|jsc|bhd)")


def _paren_parts(paren: str) -> list[str]:
    """The names a lead's bracket lists, split at its semicolons and commas; a comma's part that
    opens on an article or a conjunction (`_NAME_GOES_ON`) continues a Latin name of three words
    or more before it: "from the
    French Société nationale pour la recherche, la production, le transport ..." is one name in
    another language, not "la production" and "le transport" as names of the company."""
    out: list[str] = []
    for group in _split_top(paren, ";"):
        parts: list[str] = []
        for part in _split_top(group, ","):
            if parts and (_NAME_GOES_ON.match(part) and len(parts[-1].split()) >= 3
                          and script_of(parts[-1]) in (None, "Latin") and script_of(part) in (None, "Latin")
                          or _LEGAL_FORM.fullmatch(part.strip())):
                # (and a company's legal form after a comma is its name's end: "Compañía
                # Panameña de Aviación, S.A." had given Copa Airlines the alias "S.A.")
                parts[-1] = f"{parts[-1]}, {part}"
            else:
                parts.append(part)
        out += parts
    return out


def _first_parenthetical(sentence: str) -> str | None:
    verb = _MAIN_VERB.search(sentence)
    limit = verb.start() if verb else len(sentence)
    start = sentence.find("(")
    if start < 0 or start > limit:
        return None
    depth = 0
    for i in range(start, len(sentence)):
        if sentence[i] == "(":
            depth += 1
        elif sentence[i] == ")":
            depth -= 1
            if depth == 0:
                return sentence[start + 1 : i]
    return None


# Kinds of body: generic nouns, never a name on their own.
_GENERIC = {
    "legion", "brigade", "battalion", "regiment", "corps", "army", "group", "unit", "division", "company",
    "squad", "platoon", "force", "forces", "guard", "militia", "movement", "party", "front", "union",
    "council", "committee", "society", "association", "circle", "club", "organisation", "organization",
    "institute", "foundation", "agency", "service", "network", "alliance", "league", "team", "centre",
    "center", "bureau", "office", "ministry", "department", "federation", "coalition", "network", "trust",
}


def _title_words(title: str) -> list[str]:
    return re.findall(r"\w+", re.sub(r"\s*\([^)]*\)\s*$", "", title).casefold())


def is_generic_title_word(name: str, title: str) -> bool:
    """A one-word, non-abbreviation `name` that is the title's head noun or a generic kind of body
    in the title ("Brigade" for "... Rescue Brigade"): a back-reference, not an alias."""
    if " " in name.strip() or _is_abbreviation(name.strip()):
        return False
    word = name.strip().casefold()
    words = _title_words(title)
    if not words or word not in words:
        return False
    return word in _GENERIC


def _is_abbreviation(name: str) -> bool:
    """`FRL`, `ЛСР`, `NATO`, `ISIS-K`: one short word, mostly capitals."""
    upper = sum(c.isupper() for c in name)
    return " " not in name and len(name) <= 10 and upper >= 2 and upper >= sum(c.islower() for c in name)


def _classify(name: str, hint: str | None) -> AliasKind:
    if hint and _FORMER_HINT.match(hint):
        return "former"
    if hint and hint.lower().startswith(("abbr", "short", "acronym")):
        return "abbreviation"
    if _is_abbreviation(name):
        return "abbreviation"
    if script_of(name) not in (None, "Latin"):
        return "native"
    return "alias"


_QUOTES = {'"': '"', "'": "'", "“": "”", "„": "“", "«": "»"}


def _unquoted(part: str) -> str:
    """A name without the quotes around it, and only those: 'NSZZ "Solidarność"' keeps both of
    its quotes (stripping quote characters from the ends had left 'NSZZ "Solidarność')."""
    part = part.strip()
    while len(part) >= 2 and _QUOTES.get(part[0]) == part[-1] and part[1:-1].count(part[-1]) % 2 == 0:
        part = part[1:-1].strip()
    return part


def aliases_from_lead(title: str, first_paragraph: str) -> list[Alias]:
    """Other names of the subject found in the first sentence of the lead, in order."""
    sentences = split_sentences(first_paragraph.strip())
    sentence = sentences[0][1] if sentences else ""
    found: list[Alias] = []
    # A title whose bracket is part of the name, given whole ("The Communist Party of Nepal
    # (Unified Marxist–Leninist), known as ..."): its bracket is no list of other names.
    whole = title.endswith(")") and title in " ".join(sentence.split())
    paren = _first_parenthetical(" ".join(sentence.split()).replace(title, "", 1) if whole else sentence)
    if paren:
        for part in _paren_parts(paren):
            hint = None
            m = _PREFIX.match(part)
            while m and m.end() < len(part):
                hint = m.group("p")
                part = part[m.end():]
                m = _PREFIX.match(part)
            quoted, part = part, _unquoted(part)
            if not part or _NOT_NAME.search(part) or len(part) > 80 or (
                    _GLOSS.match(part) and part.split()[0].casefold() not in KINDS):
                # ("Hebrew for 'in the image of'" glosses the name; "Centre for Legal and Social
                # Studies", a kind of body before "for", is the name in English)
                continue
            if quoted != part and part[:1].islower():
                continue  # (Hebrew: בצלם, "in the image of"): what the name means, in quotes, is no name
            found.append(Alias(text=part, kind=_classify(part, hint), script=script_of(part)))
    full = _FULL_NAME_FIRST.match(sentence)
    if full and _title_words(_without_reason(full.group("short"))) == _title_words(title):
        name = full.group("name").strip(" '\"“”")
        found.append(Alias(text=name, kind=_classify(name, None), script=script_of(name)))
    for m in _ALSO_CALLED.finditer(sentence):
        bare = re.match(r"(?i)(?:called|known|referred|named|styled)\b", m.group(0)) is not None
        if bare and not " ".join(sentence[:m.start()].split()).rstrip(", ").endswith(title):
            continue  # a bare "known as" names the title's other names only right after the title
        kind: AliasKind = "former" if _FORMER_HINT.match(m.group(0)) else "alias"
        # "A, B or C and formerly the Y and the Z": current names, then former ones.
        parts = _FORMERLY.split(m.group("names"), maxsplit=1)
        groups = [(parts[0], kind)] + ([(parts[1], "former")] if len(parts) > 1 else [])
        for text, group_kind in groups:
            for name in re.split(r"\s+or\s+|,\s*|\s+and\s+(?=the\s)", text):
                name = re.sub(r"^(?:(?:simply|just|informally|colloquially|officially)\s+)?(?:(?:the|a|an)\s+)?", "",
                              name.strip(" '\"“”"), flags=re.I).strip(" '\"“”")
                # "or by its former name EADS": the name, a former one
                former = re.match(r"(?i)(?:by\s+)?(?:its|their)\s+(?:former|earlier|old|previous)\s+names?\s+", name)
                if former:
                    name = name[former.end():]
                if bare and name[:1].islower():
                    continue  # "Ericsson, known as the company": how it is referred to, no name
                name = _without_reason(name)
                if name and not _NOT_NAME.search(name) and len(name) <= 80:
                    alias_kind = "former" if group_kind == "former" or former else _classify(name, None)
                    found.append(Alias(text=name, kind=alias_kind, script=script_of(name)))
    for m in _LEGALLY.finditer(sentence):
        for name in (m.group("name"), m.group("abbr")):
            if name and not _NOT_NAME.search(name):
                found.append(Alias(text=name.strip(), kind=_classify(name.strip(), None), script=script_of(name)))
    seen = {title.casefold()}
    out = []
    for a in found:
        if a.text.casefold() not in seen and not is_generic_title_word(a.text, title):
            seen.add(a.text.casefold())
            out.append(a)
    return out


def _without_reason(name: str) -> str:
    """A name without why it is so called: "Chatham House after the London mansion it occupies"
    -> "Chatham House"."""
    return re.sub(r"\s+(?:after|because\s+of|owing\s+to|in\s+honou?r\s+of)\s+(?:the|its|a|an|his|her|their)\s.*$",
                  "", name)


# A founding fact that gives the name the organisation was founded under: "Formed: 7 September
# 1923, Vienna (as the International Criminal Police Commission)".
_FOUNDED_AS = re.compile(r"\bas\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[^,;()]{2,80}?)\s*(?:\)|[,;]|$)", re.I)
_FOUNDING_KEY = re.compile(r"(?i)^(?:founded|formed|established|created|founding|formation|inception)\b")


_NAME_PARTICLES = frozenset({"of", "the", "and", "for", "de", "du", "des", "der", "von", "van", "y", "e", "et", "la",
                             "le", "del", "di", "da", "af", "og", "und", "zu", "i"})


# The translation a founding fact gives of the name, in quotes after it: "(as Europahjelpen, "Aid
# to Europe")".
_FOUNDING_GLOSS = re.compile(r"\s*,\s*[\"“](?P<gloss>(?-i:[A-Z])[^\"”,;()]{1,60})[\"”]")


def founding_names(facts: Sequence[tuple[str, str]], glosses: set[str] | None = None) -> list[str]:
    """The names a founding fact says the organisation was founded as (`_FOUNDED_AS`), each with
    the translation the fact gives of it in quotes: the Norwegian Refugee Council's "Formation:
    24 May 1946 (as Europahjelpen, "Aid to Europe")", whose history calls Odd Nansen "the first
    leader of Aid to Europe", a name of its own the reader knows from the fact. `glosses`, when
    given, collects the translations (their words are an English name's: "to" may join them)."""
    out = []
    glosses = set() if glosses is None else glosses
    for label, text in facts:
        if _FOUNDING_KEY.match(label.strip()):
            for m in _FOUNDED_AS.finditer(text):
                out.append(m.group("name").strip())
                gloss = _FOUNDING_GLOSS.match(text, m.end("name"))
                if gloss:
                    out.append(gloss.group("gloss").strip())
                    glosses.add(out[-1])
    return out


def extract_names(title: str, first_paragraph: str | None, facts: Sequence[tuple[str, str]] = ()) -> Names:
    """The title and the aliases the lead's first sentence gives, with the names a founding fact
    says it was founded as (former names: Interpol's "Formed: ... (as the International Criminal
    Police Commission)", so that "its first president" after the commission's founding is its)."""
    aliases = aliases_from_lead(title, first_paragraph) if first_paragraph else []
    seen = {title.casefold(), *(a.text.casefold() for a in aliases)}
    glosses: set[str] = set()
    for name in founding_names(facts, glosses):
        # a name, not a description ("the American branch of the International Relief Association")
        small = _NAME_PARTICLES | ({"to"} if name in glosses else set())
        if any(w[:1].islower() and w not in small for w in name.split()):
            continue
        if name.casefold() not in seen and not _NOT_NAME.search(name):
            seen.add(name.casefold())
            aliases.append(Alias(text=name, kind="former", script=script_of(name)))
    # ("Former Name: MTC (until 2007)": a name the lead gives as "legally the Mobile
    # Telecommunications Company (MTC)" went out of use; it names the organisation still, in
    # the sentences of its time, but is no name to call it by now)
    for name in _former_fact_names(facts):
        known = next((a for a in aliases if a.text.casefold() == name.casefold()), None)
        if known is not None:
            known.kind = "former"
        elif name.casefold() not in seen and not _NOT_NAME.search(name):
            seen.add(name.casefold())
            aliases.append(Alias(text=name, kind="former", script=script_of(name)))
    return Names(title=title, aliases=aliases)


# An infobox row of former names ("Former Name", "Previous names"); the title block reads them
# from the aliases, as former names (`digest.other_names`).
FORMER_NAME_KEY = re.compile(r"(?i)^(?:former|previous|earlier|old)\s+names?$")


def _former_fact_names(facts: Sequence[tuple[str, str]]) -> list[str]:
    """The names an infobox's "Former name(s)" gives, each less its note in brackets."""
    out = []
    for label, text in facts:
        if FORMER_NAME_KEY.match(label.strip()):
            for part in re.split(r"\s*[;]\s*|\s*,\s*(?![^()]*\))", text):
                name = re.sub(r"\s*\([^()]*\)", "", part).strip(" '\"“”")
                if _LEGAL_FORM.fullmatch(name):
                    continue  # "Panificación Bimbo, S.A.": the legal form of the name before, no name
                if name[:1].isupper() and len(name) <= 80:
                    out.append(name)
    return out
