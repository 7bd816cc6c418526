"""Plain-text helpers shared by compose, the fit step and the tests.

Sentence splitting decides where a shortened summary may stop and what one event is, so it
errs on the side of not splitting: a cut inside "D.R.U.G" or after "Mr." would produce a broken
sentence in a brief, while a missed boundary only makes a summary one sentence longer.
"""
from __future__ import annotations

from . import recache as re
from functools import lru_cache

from .heap import per_unit

# Function words: what no name, happening or topic is made of. Shared by the extractors (what
# a definite description points at) and by event selection (what two labels have in common).
STOP_WORDS = frozenset({
    "the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "by", "for", "with", "was", "were", "is", "are",
    "its", "it", "their", "they", "that", "this", "from", "as", "had", "has", "have", "been", "be", "which",
    "who", "after", "before", "into", "also", "his", "her", "he", "she", "against", "over", "under",
    "about", "between", "through", "towards", "toward", "without", "within", "upon", "among", "including",
    "than", "but", "nor", "whose", "where", "when", "while", "because", "if"})
MONTH_NAMES: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July", "August",
                               "September", "October", "November", "December")

# A first name written short: "Chr", "Wm"-like, three or four letters, no vowel (nor "y").
_SHORT_NAME = re.compile(r"[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]{2,3}")
_NEXT_CAPITAL = re.compile(r"\s*[A-Z]")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "maj", "capt", "sgt", "rev", "jr",
    "sr", "no", "vs", "etc", "e.g", "i.e", "approx", "abbr", "inc", "ltd", "co", "corp", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "fig", "vol",
    "cf", "al", "lit", "c", "ca",
    # titles and ranks written short before a name ("Md. Golam Sarwar", "Brig. Gen. ...")
    "md", "mohd", "hon", "gov", "sen", "rep", "fr", "messrs", "adm", "brig", "cdr", "cmdr", "supt", "insp",
    "wm",
}

# A boundary: sentence punctuation, optional closing quotes/brackets, whitespace, then
# something that can start a sentence (capital letter in any script, digit, opening quote).
_BOUNDARY = re.compile(r"""[.!?…]+["'”’»)\]]*\s+(?=["'“‘«(\[]?[^\W_a-z])""")


def normalise_space(text: str) -> str:
    return " ".join(text.split())


def sentence_spans(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs covering `text`; whitespace inside is left as it is.

    The one sentence splitter of the project (summaries, events, people, names all use it).
    Errs on the side of not splitting: never inside double quotes (a quoted speech of three
    sentences stays with the sentence that introduces it), never after an abbreviation or an
    initial ("abbr.", "D.R.U.G.", "J. Smith")."""
    return list(_spans(text))


# The same paragraphs are split again and again: by the extractors, and by every section
# summary and glance at every detail level composed (9,000 splits for six long profiles, of
# a few hundred texts). A text's sentences are found once per seed: a batch worker empties
# the cache as the next seed starts (`heap.per_unit`); the bound is for a single build.
_SPLIT_TEXTS = 4096


@lru_cache(maxsize=_SPLIT_TEXTS)
def _spans(text: str) -> tuple[tuple[int, str], ...]:
    """`sentence_spans`, remembered per text (a tuple: no caller can change what another reads)."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        candidate = text[start : m.end()].strip()
        if inside_quotes(text[start : m.end()]):
            continue
        words = candidate.rstrip("!?…\"'”’»)] ").split()
        last = words[-1].lower().lstrip("\"'“‘«([") if words else ""  # "(abbr." is "abbr."
        bare = last.rstrip(".")
        # Initials are letters ("J.", "D.R.U.G."); "Hill 4." ends a sentence.
        if bare in _ABBREVIATIONS or re.fullmatch(r"(?:[^\W\d_]\.)*[^\W\d_]", bare):
            continue
        # A capitalised word of three or four letters and no vowel is a first name written
        # short ("Chr. Hansen", "Chr. Augustinus Fabrikker"), no word a sentence ends on
        if words and _SHORT_NAME.fullmatch(words[-1].lstrip("\"'“‘«([").rstrip(".")) and _NEXT_CAPITAL.match(text, m.end()):
            continue
        if candidate:
            out.append((start, candidate))
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append((start, tail))
    return tuple(out)


per_unit(_spans.cache_clear)


# A word or name as a whole word: `\b<word>\b`. The extractors look for a profile's names
# (its leaders' surnames, their aliases, the organisation's own names) in every clause, a
# pattern per name per clause (25,000 searches reading the 64 test articles). Built and
# compiled once per name instead: formatting, escaping and looking the pattern up in `re`'s
# own cache each time took about half of each search. The names are one profile's, so a batch
# worker empties the cache as the next seed starts (`heap.per_unit`); the bound is for a single
# build.
_WORD_PATTERNS: dict[str, re.Pattern[str]] = {}
_WORD_PATTERNS_MAX = 4096
per_unit(_WORD_PATTERNS.clear)


def word_pattern(word: str) -> re.Pattern[str]:
    """`\\b<word>\\b`, `word` taken literally: found where it stands as a whole word."""
    hit = _WORD_PATTERNS.get(word)
    if hit is None:
        if len(_WORD_PATTERNS) >= _WORD_PATTERNS_MAX:
            _WORD_PATTERNS.clear()
        hit = _WORD_PATTERNS[word] = re.compile(rf"\b{re.escape(word)}\b")
    return hit


# Characters that continue a name besides letters, digits and "_": an apostrophe ("O'Neill",
# "Laʻauli's" as typed) and a hyphen ("Dlamini-Zuma"), so "Zuma" is not found inside it.
NAME_JOINERS = "'’-"


def name_spans(text: str, name: str, joiners: str = NAME_JOINERS, *, after: str | None = None,
               overlapping: bool = False):
    """(start, end) of each place `name` stands whole in `text`, left to right: no word
    character (as `re`'s `\\w`: a letter, digit or "_") or one of `joiners` just before it, nor
    just after it (`after`, when given, is the set after it instead). What
    `re.finditer(rf"(?<![\\w'’-]){re.escape(name)}(?![\\w'’-])", text)` finds, or, with
    `overlapping`, every place `re.search` could start (for a name followed by more pattern,
    which a place may fail while a later one inside it would not).

    Why not that pattern: the extractors look for a profile's own names so, a new pattern for
    every name, and `re` compiles a character class that mixes `\\w` with more than two other
    characters, one of them beyond Latin-1 (the ’), into a table of all 65,536 code points:
    about 0.5 ms a name, which had become a quarter of reading an article."""
    if not name:
        return
    ahead = joiners if after is None else after
    size = len(name)
    end_of_text = len(text)
    start = text.find(name)
    while start != -1:
        end = start + size
        if start:
            c = text[start - 1]
            free = not (c.isalnum() or c == "_" or c in joiners)
        else:
            free = True
        if free and end < end_of_text:
            c = text[end]
            free = not (c.isalnum() or c == "_" or c in ahead)
        if free:
            yield start, end
            start = text.find(name, start + 1 if overlapping else end)
        else:
            start = text.find(name, start + 1)


def has_name(text: str, name: str, joiners: str = NAME_JOINERS, *, after: str | None = None) -> bool:
    """Whether `name` stands whole somewhere in `text` (`name_spans`)."""
    return next(name_spans(text, name, joiners, after=after), None) is not None


def replace_names(text: str, name: str, replace) -> str:
    """`text` with each place `name` stands whole (`name_spans`) replaced by
    `replace(start, end)`, what `re.sub` with the pattern there would give."""
    pieces, last = [], 0
    for start, end in name_spans(text, name):
        pieces += [text[last:start], replace(start, end)]
        last = end
    return "".join(pieces) + text[last:] if pieces else text


# A straight double quote between two letters is part of a word, not a quotation: Hebrew writes
# its acronyms with one (gershayim: סיירת מטכ"ל, צה"ל), and an odd count of quotes would keep
# the rest of the paragraph in one "sentence".
_IN_WORD_QUOTE = re.compile(r'(?<=[^\W\d_])"(?=[^\W\d_])')


def inside_quotes(text: str) -> bool:
    """Whether `text` ends inside a quotation (straight, curly or guillemets)."""
    straight = (text.count('"') - len(_IN_WORD_QUOTE.findall(text))) % 2 == 1
    curly = text.count("“") > text.count("”")
    guillemets = text.count("«") > text.count("»")
    return straight or curly or guillemets


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences (whitespace normalised), keeping each one's punctuation."""
    return [s for _, s in sentence_spans(normalise_space(text))]


def first_sentences(text: str, n: int) -> str:
    """The first `n` sentences of `text`: never cuts inside a sentence."""
    if n <= 0:
        return ""
    return " ".join(split_sentences(text)[:n])


def truncate_words(text: str, limit: int) -> str:
    """Shorten a label on a word boundary, marking the cut with an ellipsis."""
    text = normalise_space(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(",;:–- ") + "…"


def slugify(text: str) -> str:
    """File-system and anchor friendly name; keeps non-Latin letters rather than dropping them."""
    slug = re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-_")
    return slug or "untitled"


# Scripts whose letters have a capital form that sentences use. Georgian has capitals
# (Mtavruli) too, but a Georgian sentence or name never starts with one, and fonts often lack them.
_CASED_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC", "ARMENIAN")


def cap_first(text: str) -> str:
    """`text` with its first letter capitalised, only where the letter's script capitalises
    sentences: changing case never changes a Georgian (or any unicameral) letter."""
    if not text:
        return text
    import unicodedata

    first = text[0]
    if not unicodedata.name(first, "").startswith(_CASED_SCRIPTS):
        return text
    return first.upper() + text[1:]


def xml_escape(text: str, quote: bool = False) -> str:
    """`&`, `<` and `>` (and `"` with `quote`) as entities, as `xml.sax.saxutils.escape`
    writes them; here because importing `xml.sax.saxutils` imports `urllib.request`,
    `http.client` and `ssl`, a start-up cost no writer needs."""
    text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    return text.replace('"', "&quot;") if quote else text


def xml_quoteattr(text: str) -> str:
    """`text` as a quoted XML attribute value, as `xml.sax.saxutils.quoteattr` writes it."""
    text = xml_escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"' + text.replace('"', "&quot;") + '"'


_GAP_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # An empty bracket a removed link leaves ("the Legion ( )"), with the space before it.
    (re.compile(r"\s*\(\s*[,;:–—-]?\s*\)"), ""),
    # A bracket that opens or closes on a separator: "(, interim)", "(interim,)".
    (re.compile(r"\(\s*[,;:]\s*"), "("),
    (re.compile(r"\s*[,;:]\s*\)"), ")"),
    # A doubled separator: "Paris, , France".
    (re.compile(r",(?:\s*,)+"), ","),
    # A space before a separator after a word: "that , the" -> "that, the".
    (re.compile(r"(?<=[\w\)\]\"'”’»])\s+([,;:.!?])(?=\s|$)"), r"\1"),
    (re.compile(r"[ \t]{2,}"), " "),
)


# Gaps are closed in the same sentences again and again: every section summary and glance of
# every detail level and fill step a fit composes marks the gaps of the sentences it prints
# (about 150 closings a composition, a tenth of its time). Closed once per text; a batch worker
# empties the caches as the next seed starts (`heap.per_unit`); the bound is for a single build.
_GAP_TEXTS = 4096


@lru_cache(maxsize=_GAP_TEXTS)
def tidy_gaps(text: str) -> str:
    """Close the gaps a removed link or template leaves in seed prose ("agreed that , the",
    "(, interim)", "( )") by moving or dropping whitespace and punctuation only.

    Why only those: the gap once held a name the seed no longer has; a reader is better
    served by tidy punctuation than by a guess, and a briefing must not put words in the
    source's mouth."""
    for rx, repl in _GAP_RULES:
        text = rx.sub(repl, text)
    return text


# A name a removed link took out of running prose leaves a word, a space and a comma ("it was
# reported that , a businessman from Dnipro , was among its financiers").
_NAME_GAP = re.compile(r"(?<=[\w\)\]\"'”’»])\s+,(?=\s)")


# The gap, then what the source says of the missing person or thing ("a businessman from
# Dnipro", "the founder of ..."), up to the comma that closes it.
_GAP_APPOSITION = re.compile(r"(?<=[\w\)\]\"'”’»])\s+,\s+(?=(?:the|a|an)\s)")
# An article whose name was lost, before the description that takes its place: "the , the union".
_ARTICLE_BEFORE_GAP = re.compile(r"(?<![\w-])(?:the|a|an)\s+,\s+(?=(?:the|a|an)\s)")
# The past tenses a sentence most often goes on with after a description closes ("the deputy
# head, took charge of"), besides the regular ones ending in -ed.
_IRREGULAR_PAST = (r"took|became|led|ran|made|gave|held|left|went|won|began|came|set|got|said|told|found|kept|"
                   r"brought|built|bought|sold|sent|spent|stood|fought|wrote|rose|fell|saw|met|paid|oversaw|"
                   r"undertook|drew|chose|grew|knew|lost|meant|put|quit|read|shut|sat|taught|thought|withdrew")
_CLOSES_BEFORE_VERB = re.compile(
    r"^([^,;:()]{3,160}?),\s+(?=(?:is|are|was|were|has|had|have|would|will|could|should|can|may|might|must|"
    r"did|does|[a-z]{3,}ed|" + _IRREGULAR_PAST + r")\b)")


# What the described subject would do to the one before it, then the named one doing it: "would
# replace him, and Stephen Elop took office".
_NAMED_SUCCESSOR = re.compile(r"^((?:would|will|was\s+to)\s+(?:replace|succeed)\s+(?:him|her|them))\s*,\s+and\s+"
                              r"(?=[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)")


def _described(text: str) -> str:
    """Each lost name followed by its description gives way to the description (see
    `mark_gaps`). A name the sentence gives further on ("..., would replace him, and Stephen
    Elop took office") is not put in the gap: a name in square brackets is the reader's
    inference, not the source's words, and printed the name twice. Its ", and" becomes a
    colon, which says the named one is the one described: "would replace him, and Stephen
    Elop took office" read as two people to every reviewer of rounds 64-66."""
    # ("and the , the union of municipal workers": the lost name's own article goes with it)
    text = _ARTICLE_BEFORE_GAP.sub("", text)
    out, pos = [], 0
    for m in _GAP_APPOSITION.finditer(text):
        rest = text[m.end():]
        close = _CLOSES_BEFORE_VERB.match(rest)
        out.append(text[pos:m.start()] + " ")
        if close:  # "a Canadian executive who had run X, would replace him": the subject now
            out.append(close.group(1) + " ")
            pos = m.end() + close.end()
            named = _NAMED_SUCCESSOR.match(text[pos:])
            if named:  # "would replace him: Stephen Elop took office"
                out.append(named.group(1) + ": ")
                pos += named.end()
        else:
            pos = m.end()
    return "".join(out) + text[pos:]


# A list of names after a plural whose last name was lost: "the Apollo 11 astronauts Neil Armstrong
# and , landed".
_LIST_GAP = re.compile(r"\b([a-z]+s)\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:,\s+(?:[A-Z][\w.'’-]*\s+){1,3})*and\s+,\s+")


# A name lost in apposition after its description, before the verb: "the union's chief
# negotiator in the east, , called the strike off".
_APPOSED_GAP = re.compile(r"(?<=[a-z])\s*,\s+,\s+(?=[a-z]+(?:ed|ew|ook|ent|ame|ote|old)\b)")


def close_gaps(text: str) -> str:
    """A short text (a label) with lost names given way to their descriptions and any other
    gap closed without a mark: a label has no room for "[…]". A list of names whose last was
    lost goes, the group it names stays: "the Apollo 11 astronauts Neil Armstrong and , landed"
    -> "the Apollo 11 astronauts landed" (not "Neil Armstrong and, landed"); a name lost after
    its description leaves the description as the subject: "the chief negotiator in the east, ,
    called the strike off" -> "the chief negotiator in the east called the strike off"."""
    return tidy_gaps(_described(_APPOSED_GAP.sub(" ", _LIST_GAP.sub(r"\1 ", text))))


@lru_cache(maxsize=_GAP_TEXTS)
def mark_gaps(text: str) -> str:
    """Prose for reading in full, with the gaps a removed link left closed.

    A lost name followed by what the source says of it reads whole when that description
    takes its place: "reported that , a businessman from Dnipro, was among its financiers"
    becomes "reported that a businessman from Dnipro was among its financiers", and "began
    cooperating with , the founder of the telephone company" becomes "with the founder of the
    telephone company". Both still say only what the source says. Where no description follows,
    the omission is marked "[…]", the editor's sign, rather than left as a broken sentence;
    then the remaining gaps are closed (`tidy_gaps`)."""
    return tidy_gaps(_NAME_GAP.sub(" […],", _described(_APPOSED_GAP.sub(" ", text))))


per_unit(tidy_gaps.cache_clear)
per_unit(mark_gaps.cache_clear)


def tidy_fragment(text: str) -> str:
    """A short fragment (an alias, a role) with the separators a split left at its ends
    removed: "interim," -> "interim", ", acting" -> "acting"."""
    return tidy_gaps(text).strip(" ,;:")


def full_stop(text: str) -> str:
    """A paragraph of prose whose source forgot its closing full stop gets one ("... mainly
    involved in artillery and propaganda"): printed, the next paragraph would otherwise seem to
    continue it. A short line (under 80 characters) may be a label or a heading-like line
    ("Headquarters"), and is left as it is, as is anything ending on punctuation or a quote."""
    stripped = text.rstrip()
    if len(stripped) >= 80 and re.search(r"[\w)\]]$", stripped):
        return stripped + "."
    return text


def plain_title(title: str) -> str:
    """An article title without its disambiguating bracket: "Solidarity (Polish trade union)" ->
    "Solidarity". The bracket tells articles apart; the organisation is not called so."""
    return re.sub(r"\s*\([^()]*\)$", "", title).strip() or title


def called(profile) -> str:
    """The name the organisation goes by: its title without a disambiguating bracket
    (`plain_title`), unless the lead gives the title whole, bracket and all ("The Communist Party
    of Nepal (Unified Marxist–Leninist), known as the CPN (UML), ..."). Then the bracket is part
    of its name, and the name without it is another body's (the original Communist Party of
    Nepal, of 1949). "Solidarity (Polish trade union)" is not in its lead so: "Solidarity"."""
    title = profile.names.title
    plain = plain_title(title)
    if plain == title:
        return title
    lead = " ".join(getattr(b, "text", "") or "" for b in list(profile.lead)[:2])
    return title if title in " ".join(lead.split()) else plain


# "A new operating model, announced on 29 October 2020, took effect": something indefinite
# began, and the label does not say what changed (the next sentence does).
_VAGUE = re.compile(r"^(?:A|An)\s+(?:new\s+|further\s+)?(?:[\w-]+\s+){0,3}?[\w-]+(?:,[^,]+,)?\s+"
                    r"(?:took\s+effect|came\s+into\s+(?:force|effect)|entered\s+into\s+force|began|started)$")


def says_little(label: str) -> bool:
    """Whether a label tells only that something indefinite began ("A new operating model took
    effect"): fine on a timeline beside its neighbours, empty as a headline statement."""
    return bool(_VAGUE.match(label.strip().rstrip(".")))
