"""Removing wiki leftovers from infobox values, and noticing the ones that stay.

Infobox values are copied from rendered wiki pages, so they carry debris that must not reach a
reader: image sizes (`22px`, `"Song"175px`), image stubs (`border|100px`), link and emphasis
markup, footnote and citation templates (`{{efn|...}}`), and nested lists flattened into one
line (`A, * B, ** C`). Cleaning is conservative:
it removes only patterns that cannot be prose. Whatever still looks like markup afterwards is
reported, never guessed at.

Paragraph text is *not* cleaned (a full brief must contain every sentence as written); it is
only checked, with `markup_leftovers`. The exceptions are a footnote marker (`<ref name="x" />`,
`<ref>...</ref>`), no part of any sentence, which a reader saw printed after one
(`without_refs`), and a link's brackets (`[[Royal Navy]]`, `[[Fazle Hasan Abed|Abed]]`), whose
shown words are the sentence's: a snapshot had read "one of the fighting arms of the [[Royal
Navy]]" (`without_links`). The check runs on the text as the seed has it, so lint still tells
whoever keeps the seed about the markup.
"""
from __future__ import annotations

from .. import recache as re

from ..records import record
from .textfile import normalise_space

_FILE_LINK = re.compile(r"\[\[\s*(?:File|Image)\s*:[^\]]*\]\]", re.I)
_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]|]*)\]\]")
_EMPHASIS = re.compile(r"'{2,}")
_REF = re.compile(r"<ref[^>/]*/>|<ref[^>]*>.*?</ref>", re.I | re.S)
# What is left of a footnote cut off where the line ends (`Akanga Byaruhanga<ref>`): the tag, never
# text; what followed an opening tag on the same line is kept, as it may be the value.
_REF_TAG = re.compile(r"<ref\b[^>]*>|</ref\s*>", re.I)
# A footnote or citation template: `{{efn|...}}`, `{{sfn|Smith|2004|p=3}}`, `{{cite web|...}}`.
# What it holds is a note or a source, never the value itself (one nested template, such as a
# date inside a citation, is allowed). A maintenance tag (`{{citation needed}}`) is left, for
# lint to report to whoever keeps the seed.
_NOTE_TEMPLATE = re.compile(r"\{\{\s*(?:efn(?:-[a-z]+)?|refn|sfnp?|harvnb|notetag|cite\s+[a-z]+|citation|ref\s+label|r)"
                            r"\s*(?:\|(?:[^{}]|\{\{[^{}]*\}\})*)?\}\}", re.I)
# A flag drawn before a name (`{{flagicon|GER}} Federal Police`) is an icon, never text; `{{nowrap|
# Visi Imre utca 6}}` only keeps its words on one line.
_ICON_TEMPLATE = re.compile(r"\{\{\s*(?:flagicon|flagdeco|flagicon\s+image)\s*\|[^{}]*\}\}", re.I)
# `{{flag|Indonesia}}` shows a flag and the country's name: the name is the value (a finished
# brief had read "Country: {{flag|Indonesia}}"). A code (`{{flag|CAN}}`) names a country the
# template looks up, which the text cannot: left, for lint to report.
_FLAG_NAME = re.compile(r"\{\{\s*flag(?:country)?\s*\|\s*(?![A-Z]{2,3}\s*[|}])([^{}|]+?)\s*(?:\|[^{}]*)?\}\}", re.I)
# `{{small|(Midrand)}}`, `{{big|...}}` only size their words (the African Union's brief had read
# "Legislature: Pan-African Parliament {{small|(Midrand)}}").
_NOWRAP = re.compile(r"\{\{\s*(?:nowrap|nobr|small|smaller|big|bigger|larger|midsize)\s*\|([^{}|]*)\}\}", re.I)
# `{{URL|www.example.org}}`, `{{URL|https://example.org|example.org}}`, `{{official website|...}}`:
# the address is the value (a full profile had shown "Website: {{URL|www.rab.gov.bd}}").
_URL = re.compile(r"\{\{\s*(?:URL|official\s+website)\s*\|\s*([^{}|\s]+)\s*(?:\|[^{}]*)?\}\}", re.I)
_BR = re.compile(r"<br\s*/?>", re.I)
# `{{abbr|ISAF|International Security Assistance Force}}` shows the abbreviation, its expansion
# on hover: the abbreviation is the text.
_ABBR = re.compile(r"\{\{\s*abbr\s*\|\s*([^{}|]+?)\s*(?:\|[^{}]*)?\}\}", re.I)
# `Rajavartiolaitos {{in lang|fi}}` marks the language of the words before it: no words of its own.
_IN_LANG = re.compile(r"\s*\{\{\s*in\s+lang\s*\|[^{}]*\}\}", re.I)
# `{{lang|pt|Frente de Libertação}}`, `{{lang-zh|联想}}`, `{{transl|ar|Sāmā}}`: words in another
# language or script, marked for fonts and screen readers; the words are the value (a full
# profile had shown "Native name: {{lang|pt|Frente de Libertação de Moçambique}}").
_LANG = re.compile(r"\{\{\s*(?:lang\s*\|\s*[\w-]+|lang-[\w-]+)\s*\|\s*([^{}|=]+?)\s*(?:\|[^{}]*)?\}\}", re.I)
# (a transliteration's words are its last unnamed part, after the language and any scheme)
_TRANSL = re.compile(r"\{\{\s*transl(?:iteration)?\s*\|([^{}]*)\}\}", re.I)
# `{{nihongo|海上保安庁|Kaijō Hoan-chō}}`: a Japanese name and its readings, shown as "海上保安庁
# (Kaijō Hoan-chō)".
_NIHONGO = re.compile(r"\{\{\s*nihongo\s*\|([^{}]*)\}\}", re.I)
# `{{Start date|1988|03|03|df=y}}`: a date, shown as "3 March 1988".
_START_DATE = re.compile(r"\{\{\s*start\s+date(?:\s+and\s+(?:age|years\s+ago))?\s*\|\s*(\d{4})\s*"
                         r"(?:\|\s*(\d{1,2})\s*(?:\|\s*(\d{1,2})\s*)?)?(?:\|[^{}]*)?\}\}", re.I)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _nihongo(m: re.Match) -> str:
    parts = [x.strip() for x in m.group(1).split("|") if x.strip() and "=" not in x]
    return f"{parts[0]} ({', '.join(parts[1:])})" if len(parts) > 1 else (parts[0] if parts else "")


def _start_date(m: re.Match) -> str:
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month is None or not 1 <= int(month) <= 12:
        return year
    named = f"{_MONTHS[int(month) - 1]} {year}"
    return f"{int(day)} {named}" if day is not None and 1 <= int(day) <= 31 else named
# `{{NYSE|SPOT}}`, `{{Nasdaq|VOLCAR B}}`: a stock-exchange template shows the exchange and the
# ticker, "NYSE: SPOT".
# Any exchange's code in capitals with a ticker in capitals is one too (`{{OSE|EQNR}}`, Oslo's).
_TICKER = re.compile(r"\{\{\s*((?:NYSE|NASDAQ|Nasdaq|Euronext|OMX)(?:\s+(?-i:[A-Z])[a-z]+)?|LSE|FWB|TYO|SEHK|TSX|ASX|BMV|"
                     r"BSE|NSE|SIX|KRX|TWSE|SSE|SZSE|JSE|BIST|WSE|MOEX)\s*\|\s*([^{}|]+?)\s*\}\}"
                     r"|\{\{\s*([A-Z]{2,6})\s*\|\s*([A-Z0-9][A-Z0-9.]{0,9}(?:\s[A-Z0-9]{1,3})?)\s*\}\}")
# `{{Composition bar|53|169|hex=#E4202C}}`: seats held of a chamber's seats, drawn as a bar
# beside "53 / 169"; the figures are what a reader needs.
_COMPOSITION_BAR = re.compile(r"\{\{\s*[Cc]omposition\s+bar\s*\|\s*(\d[\d,]*)\s*\|\s*(\d[\d,]*)\s*(?:\|[^{}]*)?\}\}")
# `Spotify logo with text.svg|200px`: the file name of a picture, which no briefing shows.
_IMAGE_FILE = re.compile(r"^[^,;]*?\.(?:svg|png|jpe?g|gif|webp|tiff?)\b(?:\|[^,;]*)?$", re.I)
# `border|100px`, `thumb|upright|220x124px`, `22px`, `"Song"175px`: an image size, optionally
# preceded by image options joined with `|`. A number directly followed by `px` is never prose.
_IMAGE_SIZE = re.compile(r"(?:[A-Za-z_=.-]+\|)*\d+(?:x\d+)?px(?![A-Za-z])")
_FLAT_LIST = re.compile(r"(?:^|,)\s*(\*+)\s+")
_STRAY_EDGES = " ,;|"

# What still looks like markup after cleaning (reported by lint, left in place).
_LEFTOVER = re.compile(
    r"\[\[|\]\]|\{\{|\}\}|'''|''|</?[A-Za-z][^>]*>|\||\b\d+px\b|\bthumb\b|&(?:nbsp|ndash|mdash|amp|lt|gt|quot|#\d+);")
# A link removed by a converter leaves punctuation after a space: `that , the`, `( ; )`.
_LINK_GAP = re.compile(r"(?<=\w)\s+[,;:.](?=\s|$)|\(\s*[,;]*\s*\)|\(\s*[,;]\s*")


@record(frozen=True)
class FlatItem:
    """One item of a flattened list and its depth (0 for the item before the first star)."""

    depth: int
    text: str


def without_refs(text: str) -> str:
    """Paragraph text without its footnote markers (`<ref name="nvi2022" />`) and note or
    citation templates (`{{efn|Some accounts date it to 1967.}}`), which a page would print as
    they are (Mondragon's brief had shown "in 1966.{{efn|Some accounts ...}} In 1969"); the
    sentences stay as written. A note is dropped as it is from an infobox value (`clean_value`),
    and so is a rendered marker a copied page keeps ("field marshal.[3] In March 2011"): it
    points at a note the brief does not number, and it had hidden where a sentence ends."""
    if "<ref" not in text.casefold() and "{{" not in text:
        # (a marker goes with nothing in its place: the spaces around it are the text's own)
        return _RENDERED_NOTE_IN_TEXT.sub("", text) if "[" in text else text
    text = _RENDERED_NOTE_IN_TEXT.sub("", _NOTE_TEMPLATE.sub("", _REF_TAG.sub(" ", _REF.sub(" ", text))))
    return normalise_space(re.sub(r"\s+([.,;:])", r"\1", text))


# Italic, bold or both marked with two, three or five apostrophes: the words, without the marks
# (a page printed "''International Affairs''" as written). Only in pairs on one line, so an
# apostrophe of a possessive or an elision stays.
_PAIRED_EMPHASIS = re.compile(r"('{2,5})(?=\S)(.+?)(?<=\S)\1(?!')")


def without_links(text: str) -> str:
    """Paragraph or list text with each link's brackets gone and its shown words kept
    (`[[Federal Police (Germany)|Federal Police]]` -> "Federal Police"), and without wiki
    emphasis marks (two to five apostrophes around words); a picture's link (`[[File:...]]`)
    shows no words in a sentence and goes."""
    if "''" in text:
        # wiki italics and bold, in pairs, in a paragraph, a list item or a table cell: "Its
        # journal, ''International Affairs'', first appeared"
        text = _PAIRED_EMPHASIS.sub(r"\2", text)
    if "[[" not in text:
        return text
    return normalise_space(_LINK.sub(r"\1", _FILE_LINK.sub(" ", text)))


# A footnote marker as a rendered page prints it, right after a word: `May 1977[1]`, `Federal
# Police[2]`, `[a]`, `[note 3]`, `[citation needed]` (a Key facts row had shown "1977[1]").
_RENDERED_NOTE = re.compile(r"(?<=\S)\[(?:\d{1,3}|[a-z]|(?:note|nb|n)\s*\d{1,3}|citation\s+needed)\]", re.I)
# (in prose, not a link's brackets: "[[X]]" is `without_links`'s)
_RENDERED_NOTE_IN_TEXT = re.compile(r"(?<=[^\s\[])\[(?:\d{1,3}|[a-z]|(?:note|nb|n)\s*\d{1,3}|citation\s+needed)\](?!\])", re.I)


def clean_value(value: str) -> str:
    """An infobox value without image debris and link/emphasis markup, whitespace normalised."""
    text = _FILE_LINK.sub(" ", value)
    text = _REF_TAG.sub(" ", _REF.sub(" ", text))
    text = _NOTE_TEMPLATE.sub("", text)
    text = _RENDERED_NOTE.sub("", text)
    text = _ICON_TEMPLATE.sub("", text)
    text = _FLAG_NAME.sub(r"\1", text)
    text = _NOWRAP.sub(r"\1", text)
    text = _ABBR.sub(r"\1", text)
    text = _IN_LANG.sub("", text)
    text = _LANG.sub(r"\1", text)
    text = _TRANSL.sub(lambda m: ([x.strip() for x in m.group(1).split("|") if x.strip() and "=" not in x] or [""])[-1], text)
    text = _NIHONGO.sub(_nihongo, text)
    text = _START_DATE.sub(_start_date, text)
    text = _URL.sub(r"\1", text)
    text = _TICKER.sub(lambda m: f"{m.group(1) or m.group(3)}: {m.group(2) or m.group(4)}", text)
    text = _COMPOSITION_BAR.sub(r"\1 / \2", text)
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    text = _BR.sub(", ", text)
    if _IMAGE_FILE.match(normalise_space(text).strip(_STRAY_EDGES)):
        return ""
    text = _IMAGE_SIZE.sub(" ", text)
    text = normalise_space(text)
    return text.strip(_STRAY_EDGES)


def split_flat_list(value: str) -> list[FlatItem] | None:
    """`A, * B, ** C` as items with depths, or None when the value is not a flattened list.
    `A, * B, * C` is three items side by side (see below)."""
    if not _FLAT_LIST.search(value):
        return None
    parts = _FLAT_LIST.split(value)
    items: list[FlatItem] = []
    head = parts[0].strip(_STRAY_EDGES + " ")
    if head:
        items.append(FlatItem(0, head))
    for stars, text in zip(parts[1::2], parts[2::2]):
        text = text.strip(_STRAY_EDGES + " ")
        if text:
            items.append(FlatItem(len(stars), text))
    if not items:
        return None
    if head and len(items) > 1 and all(i.depth == 1 for i in items[1:]):
        # "Azov Battalion, * Azov Regiment, * Special Operations Detachment": a plain list whose
        # first bullet was lost when the infobox was flattened, not two items under the first.
        # With deeper levels ("War, * Campaign, ** Battle") the stars do say what is inside what.
        # The bullets lost in flattening went from the comma-separated names inside an item
        # too ("* Battle of Bakhmut, Syrian civil war, Libyan civil war"): short capitalised
        # names between commas are items of their own.
        # But when names without a star stand between starred ones ("Russo-Georgian War, *
        # Battle off the coast of Abkhazia, Russo-Ukrainian War, * Attack on Snake Island, *
        # Sinking of the Moskva"), the stars do mark what is inside what: only the items inside
        # another kept a star, and the names after a starred one's comma are the outer items
        # again. (The Black Sea Fleet's Battles row had read "Battle off the coast of
        # Abkhazia, Russo-Ukrainian War" as one item, under nothing.)
        split = [[x.strip() for x in i.text.split(", ")] for i in items]
        names = [len(pieces) > 1 and all(x[:1].isupper() and len(x.split()) <= 8 for x in pieces)
                 for pieces in split]
        nested = any(names[k] for k in range(1, len(items) - 1))
        out = []
        for k, (i, pieces) in enumerate(zip(items, split)):
            depth = 1 if nested and k > 0 else 0
            if nested and names[k]:
                out.append(FlatItem(depth, pieces[0]))
                out.extend(FlatItem(0, x) for x in pieces[1:])
            elif len(pieces) > 1 and all(x[:1].isupper() and len(x.split()) <= 5 for x in pieces):
                out.extend(FlatItem(depth if j == 0 else 0, x) for j, x in enumerate(pieces))
            else:
                out.append(FlatItem(depth, i.text))
        return out
    base = min(i.depth for i in items)
    return [FlatItem(i.depth - base, i.text) for i in items]


def markup_leftovers(text: str) -> list[str]:
    """Fragments of `text` that look like wiki/HTML markup."""
    return [m.group(0) for m in _LEFTOVER.finditer(text)]


def link_gaps(text: str) -> list[str]:
    """Contexts in `text` where a removed link seems to have left a gap (`that , the`)."""
    out = []
    for m in _LINK_GAP.finditer(text):
        start = max(0, m.start() - 20)
        out.append(text[start : m.end() + 20].strip())
    return out
