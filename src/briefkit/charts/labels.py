"""Short labels for chart annotations, derived from an event's sentence.

A timeline label has room for one line, so the label is the gist of the event's text: the
first sentence, without the leading date phrase ("On 1 June 2022, ...") that the chart
already shows on its axis, cut at the first clause boundary when long, and finally
truncated on a word boundary with an ellipsis so no word is ever cut in half.
Pure string code (no matplotlib), so it is cheap to test and to reuse.
"""
from __future__ import annotations

import datetime as _dt
from .. import recache as re

from ..model import Event, EventDate
from ..text import cap_first

MONTHS = ("January February March April May June July August September October November "
          "December").split()
_MONTH_RE = "|".join(MONTHS)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”»']?\s+(?=[A-Z\"“«(\u0400-\u04ff])")
# Leading adverbials that repeat what the axis shows, or attribute the statement.
_LEAD_COMMA = re.compile(
    r"^(?:On|In|Since|From|By|As of|During|Until|After|Before|Around|Later|Then|Also|"
    r"However|Afterwards|Meanwhile|According to|Early|Late|For example|For instance|"
    r"In addition|At the time)\b[^,;:]{0,60},\s+"
)
_LEAD_DATE = re.compile(
    rf"^(?:On|In|Since|From|By|As of|During|Until)\s+(?:(?:early|mid|late)[- ])?"
    rf"(?:\d{{1,2}}\s+)?(?:(?:{_MONTH_RE})\s*)?(?:\d{{4}})?\s*,?\s+",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r";|\s[—–]\s|:\s|,\s(?:which|who|where|while|after|before|but|as|to)\b|\s\(")
# Short asides "(and YouTube)", "(RVC)" are dropped; a label has no room for them.
_PAREN = re.compile(r"\s\([^()]{0,40}\)")


# A date inside the sentence repeats the label's date column: "He claimed in February
# 2023 that ..." reads "He claimed that ..." next to "Feb 2023".
_INNER_DATE = re.compile(
    rf",?\s(?:in|on|during|since|by|as of)\s(?:(?:early|mid|late)[- ])?(?:\d{{1,2}}\s)?"
    rf"(?:(?:{_MONTH_RE})(?:\s\d{{4}})?|\d{{4}})\b,?(?=[\s.;:!?]|$)"
)
_QUOTES = (('"', '"'), ("«", "»"), ("“", "”"))


def _tidy(text: str) -> str:
    """Whitespace before punctuation removed, quotes left open by a cut closed again."""
    text = re.sub(r"\s+([,;:.!?])", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text).strip()
    for open_q, close_q in _QUOTES:
        if open_q == close_q:
            if text.count(open_q) % 2:
                text += close_q
        elif text.count(open_q) > text.count(close_q):
            text += close_q
    return text


def first_sentence(text: str) -> str:
    text = " ".join(text.split())
    return _SENTENCE_END.split(text, maxsplit=1)[0]


def strip_lead(text: str) -> str:
    """Drop leading date or attribution phrases the chart shows elsewhere."""
    for _ in range(3):
        m = _LEAD_COMMA.match(text) or _LEAD_DATE.match(text)
        if not m or m.end() >= len(text) - 3:
            break
        # a bare "In" / "On" with nothing date-like consumed is not a date phrase
        if m.re is _LEAD_DATE and not re.search(r"\d|" + _MONTH_RE, m.group(0)):
            break
        text = text[m.end():]
    return cap_first(text)


def truncate_words(text: str, max_chars: int) -> str:
    """`text` cut to at most `max_chars` on a word boundary, with an ellipsis if cut."""
    text = text.strip()
    if len(text) <= max_chars:
        return text
    cut = text[: max(1, max_chars - 1)]
    space = cut.rfind(" ")
    if space >= max_chars // 3:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—(") + "…"


def short_text(text: str, max_chars: int = 70) -> str:
    """The gist of an event's sentence for a one-line label."""
    s = strip_lead(_PAREN.sub("", first_sentence(text)))
    # keep a comma that closed a clause ("When discussing it on 12 March, one ...")
    inner = _INNER_DATE.sub(
        lambda m: "," if m.group(0).endswith(",") and not m.group(0).startswith(",") else "", s)
    if len(inner) >= 12:
        s = inner
    if len(s) > max_chars:
        m = _CLAUSE.search(s)
        if m and m.start() >= 20:
            s = s[: m.start()]
    s = s.rstrip()
    if s.endswith(".") and not s.endswith(".."):
        s = s[:-1]
    return _tidy(truncate_words(_tidy(s), max_chars - 1))


_ABBR = [m[:3] for m in MONTHS]


def format_date(d: EventDate) -> str:
    """'27 Feb 2022', 'Mar 2022' or '2022', as precise as the source is."""
    if d.day is not None:
        return f"{d.day} {_ABBR[d.month - 1]} {d.year}"
    if d.month is not None:
        return f"{_ABBR[d.month - 1]} {d.year}"
    return str(d.year)


def format_month(d: _dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.year}"


def event_date_label(ev: Event) -> str:
    """The date part of a timeline label, including spans and open spans."""
    start = format_date(ev.date)
    if ev.ongoing:
        return f"since {start}"
    if ev.end is not None:
        end = format_date(ev.end)
        if ev.end.year == ev.date.year and ev.date.precision == ev.end.precision == "month":
            start = _ABBR[ev.date.month - 1]
        elif ev.end.year == ev.date.year and ev.date.precision == ev.end.precision == "day":
            # "16–20 May 2022", "16 May–2 Jun 2022": the year (and month) said once
            start = str(ev.date.day) if ev.end.month == ev.date.month else f"{ev.date.day} {_ABBR[ev.date.month - 1]}"
        return f"{start}–{end}"
    return start
