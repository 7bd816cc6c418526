"""Finding dates in prose: day, month and year mentions, ranges and open spans.

Only patterns that cannot be anything but a date are matched: month names must be capitalised
(so the verb "may" and "march on Moscow" are not dates), and a bare four-digit year counts only
after a word that introduces a time (`in 2022`, `since 2014`, `during 2022`) or in a year range
(`2022–2023`). A day and month without a year (`On 29 June`) is returned with `year=None`; the
caller infers the year from context (see `events.py`).
"""
from __future__ import annotations

from .. import recache as re
from functools import lru_cache

from ..records import record


MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",),
            ("June", "Jun"), ("July", "Jul"), ("August", "Aug"), ("September", "Sep", "Sept"),
            ("October", "Oct"), ("November", "Nov"), ("December", "Dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<{g}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# Not a decade: "the 1990s", "mid-2000s", "1990's" are periods, never a year.
_NOT_DECADE = r"(?!\d|s\b|['’]s\b)"
_YEAR = r"(?P<{g}>1[5-9]\d\d|20\d\d|2100)" + _NOT_DECADE
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_TIME_WORD = (
    r"(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|[Tt]hrough|[Tt]hroughout|[Ee]arly|[Ll]ate|"
    r"[Mm]id|[Oo]f|[Aa]round|[Aa]s\s+of|[Bb]efore|[Aa]fter|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|"
    r"[Ee]nd\s+of|[Ss]tart\s+of|[Bb]eginning\s+of|[Yy]ear)"
)


def _p(template: str) -> str:
    return (
        template.replace("DAY2", _DAY.format(g="d2")).replace("DAY", _DAY.format(g="d"))
        .replace("MONTH2", _MONTH.format(g="m2")).replace("MONTH", _MONTH.format(g="m"))
        .replace("YEAR2", _YEAR.format(g="y2")).replace("YEAR", _YEAR.format(g="y"))
    )


# Order matters: at one position the first pattern that matches wins, so longer forms come first.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])")),
    ("dayrange", re.compile(_p(r"(?<![\d,])DAY\s*(?:[–—-]|to|and|until)\s*DAY2 MONTH,? YEAR"))),
    ("daymonthrange", re.compile(_p(r"(?<![\d,])DAY MONTH\s*(?:[–—-]|to|until|till)\s*DAY2 MONTH2,? YEAR"))),
    ("monthrange", re.compile(_p(r"\bMONTH\s*(?:[–—-]|and|to|until|till|through)\s*MONTH2,? YEAR"))),
    ("dmy", re.compile(_p(r"(?<!\d)DAY MONTH,? YEAR"))),
    ("mdy", re.compile(_p(r"\bMONTH DAY(?!\d),? YEAR"))),
    ("my", re.compile(_p(r"\bMONTH,? YEAR"))),
    # "struck from 17 to 22 December": a span of days whose year the context gives; "in the
    # night of 16 to 17 August": a night told by the two days it joins, which began on the first
    ("dayrange", re.compile(_p(r"(?<![\d,])(?:(?<=from\s)|(?<=night\sof\s))DAY\s*(?:[–—-]|to|until)\s*DAY2 MONTH\b(?!,? \d)"))),
    # "testified on 22 and 23 September", "between 3 and 5 May": two days told together, the
    # year from context
    ("dayrange", re.compile(_p(r"(?<![\d,])(?:(?<=on\s)|(?<=between\s))DAY\s*(?:[–—-]|and)\s*DAY2 MONTH\b(?!,? \d)"))),
    ("dm", re.compile(_p(r"(?<!\d)DAY MONTH\b(?!,? \d)"))),
    # "in February", "by early March": a month whose year the context gives.
    # (and "at the end of June": a part of a month is told at the month's precision)
    # (and "in the first days of December", "during the last week of March": a part of the month)
    ("m", re.compile(_p(r"\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Dd]uring|(?:[Aa]t|[Bb]y|[Tt]owards?)\s+the\s+"
                        r"(?:end|start|beginning|middle|close)\s+of|(?:[Ii]n|[Dd]uring|[Bb]y|[Oo]ver)\s+the\s+(?:first|last|"
                        r"final|second|third|fourth|closing|opening|latter)\s+(?:days|weeks?|half|part|fortnight)\s+of)"
                        r"\s+(?:(?:early|late|mid-?)\s*)?MONTH\b(?!\s*\d|,\s*\d)"))),
    ("md", re.compile(_p(r"\bMONTH (?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![\d:,]| ?[–-] ?\d|\s*(?:people|men|soldiers|troops|years|km|%))"))),
    ("yrange", re.compile(r"(?<![\d-])(?P<y>1[5-9]\d\d|20\d\d)\s*[–—-]\s*(?P<y2>1[5-9]\d\d|20\d\d|\d\d)" + _NOT_DECADE + r"(?![-])")),
    # (and "cars of the 2009 to 2015 model years": a span named before its noun)
    # ("in 2014 and 2015 MSF built ...": a span; "the 2018 and 2022 awards" are two things)
    ("yrange", re.compile(r"\b(?:(?:[Ff]rom|[Bb]etween|[Ii]n|[Dd]uring|[Tt]hroughout|[Tt]he)\s+(?P<y>1[5-9]\d\d|20\d\d)\s+(?:to|until|till|through)|"
                          r"(?:[Ff]rom|[Bb]etween|[Ii]n|[Dd]uring|[Tt]hroughout)\s+(?P<yb>1[5-9]\d\d|20\d\d)\s+and)\s+(?P<y2>1[5-9]\d\d|20\d\d)"
                          + _NOT_DECADE)),
    ("yearpresent", re.compile(r"(?<![\d-])(?P<y>1[5-9]\d\d|20\d\d)(?=\s*[–—-]\s*(?:present|now|today)\b)", re.I)),
    ("year", re.compile(_TIME_WORD + r"\s+(?:the\s+(?:year\s+)?)?" + _YEAR.format(g="y"))),
    ("year", re.compile(r"\b(?:[Mm]id|[Ee]arly|[Ll]ate)-" + _YEAR.format(g="y"))),
    # "The Intelligence Services Act 1994 placed the agency on a statutory footing": a statute
    # named the British way carries the year it was passed, the date of what it did.
    ("year", re.compile(r"(?<=[a-z] Act )" + _YEAR.format(g="y"))),
]
# "Since 22 May 2023, the Legion has launched ..." opens a span that is still going on.
_SINCE = re.compile(r"\b(?:[Ss]ince|[Ss]tarting(?:\s+on|\s+in|\s+from)?|[Ee]ver\s+since)\s+(?:(?:early|late|mid-?)\s*)?$")
_TO_PRESENT = re.compile(r"\s*(?:[–—-]|to|until)\s*(?:the\s+)?(?:present|now|today)\b", re.I)
# "observed on 9 December each year": the recurrence is stated after the day; so is "that 14 April be
# observed as ... Day".
_RECURRING_AFTER = re.compile(r"^[^,.;]{0,25}?\b(?:each|every)\s+(?:(?:other|second|two|three|\d+)\s+)?years?\b|"
                              # (not "On 23 July of that year": the year just told, no year of the calendar)
                              r"^\s+of\s+(?:the|each|every)\s+(?:calendar\s+)?year\b|"
                              r"^[^,.;]{0,25}?\b(?:annually|yearly|biennially|regularly|usually|traditionally|customarily)\b|"
                              # "proposed that 14 April be observed as Pan American Day": a day
                              # made a commemoration is a day of every year
                              r"^\s+(?:be|is|are|would\s+be|should\s+be|has\s+been)\s+(?:observed|celebrated|marked|"
                              r"kept|commemorated)\s+(?:each\s+year\s+|annually\s+)?as\b", re.I)
# "is published every year, usually in late January": a habit, not a day.
_EVERY = r"(?:every|each)\s+(?:(?:other|second|third|two|three|four|five|\d+)\s+)?"
_RECURRING_NEAR = re.compile(rf"\b{_EVERY}(?:years?|spring|summer|autumn|winter)\b|\b(?:financial|fiscal|accounting)\s+"
                             r"years?\b|\bannual\b|\b(?:annually|usually|biennially|"
                             # ("such as the king's birthday on 28 July": a birthday comes every year)
                             r"traditionally|customarily|regularly|birthday|birthdays)\b", re.I)
# "every year on 9 May", "annually on 9 May", and "every 23 August" (a day of every year)
# ("the Land Component's anniversary falls on 13 December": a day told in the present as where
# it falls, with no year, is a day of the calendar)
_RECURRING = re.compile(r"\b(?:[Ee]very|[Ee]ach)\s+year\s+(?:on|in)\s+(?:the\s+)?$|\b(?:[Aa]nnually|[Yy]early)\s+(?:on|in)\s+$|"
                        r"\b(?:[Ee]very|[Ee]ach)\s+$|\bfalls?\s+on\s+(?:the\s+)?$")
# "a law making 4 June, the anniversary of the Treaty of Trianon, a Day of National Cohesion": a
# day made, declared or proclaimed a named Day is a day of every year.
_MADE_INTO = re.compile(r"\b(?:making|made|make|declaring|declared|declare|designating|designated|designate|"
                        r"proclaiming|proclaimed|proclaim)\s+$")
_A_DAY = re.compile(r"(?:,[^,.;]{0,80},)?\s+(?:as\s+)?(?:(?:a|an|the)\s+)?(?:[A-Z][\w'’-]*\s+){0,4}Day\b"
                    r"(?!\s+(?!of\b)[a-z])")
_RANGE_JOIN = re.compile(r"^\s*(?:[–—-]|to|until|till|through|and)\s*$")
_RANGE_OPEN = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+(?:(?:early|late|mid-?)\s*)?$")


@record(frozen=True)
class DateMention:
    """One date found in a text. `year` is None when the text leaves it to context."""

    start: int
    end: int
    text: str
    year: int | None
    month: int | None = None
    day: int | None = None
    # For ranges: the last day/month/year covered.
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    ongoing: bool = False
    # A closed range; its end year may still be None ("from 1 May to 3 June": from context).
    closed_range: bool = False
    # "Every year on 17 February": a calendar day that recurs, not an event.
    recurring: bool = False

    @property
    def is_range(self) -> bool:
        return self.closed_range or self.ongoing


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    import calendar

    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        if month is None or day < 1:
            return False
        limit = calendar.monthrange(year or 2000, month)[1]
        return day <= limit
    return True


def _from_match(kind: str, m: re.Match[str]) -> DateMention | None:
    g = m.groupdict()
    year = int(g["y"]) if g.get("y") else int(g["yb"]) if g.get("yb") else None
    month = MONTHS[g["m"]] if g.get("m") and not g["m"].isdigit() else (int(g["m"]) if g.get("m") else None)
    day = int(g["d"]) if g.get("d") else None
    start = (m.start("yb") if g.get("yb") else m.start("y")) if kind in ("year", "yrange") else \
        m.start("m") if kind == "m" else m.start()
    if not _valid(year, month, day):
        return None
    text = m.group(0)[start - m.start():]
    if kind == "dayrange":
        d2 = int(g["d2"])
        if not _valid(year, month, d2) or d2 <= (day or 0):
            return None
        return DateMention(start, m.end(), text, year, month, day, year, month, d2, closed_range=True)
    if kind in ("monthrange", "daymonthrange"):
        m2 = MONTHS[g["m2"]]
        d2 = int(g["d2"]) if g.get("d2") else None
        if not _valid(year, m2, d2) or m2 <= (month or 0):
            return None
        return DateMention(start, m.end(), text, year, month, day, year, m2, d2, closed_range=True)
    if kind == "yrange":
        y2s = g["y2"]
        y2 = int(y2s) if len(y2s) == 4 else (year // 100) * 100 + int(y2s)
        if y2 <= year or y2 - year > 100:
            return None
        return DateMention(start, m.end(), text, year, None, None, y2, closed_range=True)
    return DateMention(start, m.end(), text, year, month, day)


_BARE_YEAR = re.compile(r"(?<![\d-])(?P<y>1[5-9]\d\d|20\d\d)" + _NOT_DECADE + r"(?![-])")


# "the 30 September Movement": a day that opens a name after "the" and goes on with a
# capitalised word that is not a month or a name the sentence starts with after a comma.
_NAMED_FOR_A_DAY = re.compile(r"\b[Tt]he\s+$")
_NAME_GOES_ON = re.compile(r"\s+(?!(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b)[A-Z][a-z]")
# Every pattern needs a digit or a month name: text with neither is skipped at once.
# (a digit or a month's capital first: the lookahead passes over other positions at once)
_HINT = re.compile(r"(?=[\dJFMASOND])(?:\d|" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")")


def find_dates(text: str, *, bare_years: bool = False) -> list[DateMention]:
    """Every date mention in `text`, in order, non-overlapping, with ranges and `since` spans joined.

    `bare_years` also accepts a four-digit year with no time word before it; right for
    infobox values such as `Dissolved: 2020`, too loose for prose ("the 2023 attack").

    The extractors ask about the same sentence and clause many times (about seven times per
    sentence), so answers are remembered; mentions are frozen, the list is the caller's."""
    if not _HINT.search(text):
        return []
    return list(_find_dates(text, bare_years))


@lru_cache(maxsize=8192)
def _find_dates(text: str, bare_years: bool) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    patterns = _PATTERNS + ([("year", _BARE_YEAR)] if bare_years else [])
    for kind, rx in patterns:
        for m in rx.finditer(text):
            mention = _from_match(kind, m)
            if mention is None:
                continue
            if any(mention.start < e and s < mention.end for s, e in taken):
                continue
            if mention.day is not None and mention.year is None and _NAMED_FOR_A_DAY.search(text, 0, mention.start) \
                    and _NAME_GOES_ON.match(text, mention.end):
                # "the 30 September Movement", "the 6 October Bridge": a name, not a day
                taken.append((mention.start, mention.end))
                continue
            found.append(mention)
            taken.append((mention.start, mention.end))
    found.sort(key=lambda d: d.start)
    return tuple(_join_ranges(text, found))


def _join_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    i = 0
    while i < len(found):
        d = found[i]
        before = text[max(0, d.start - 40) : d.start]  # the words just before are all that matter
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and not d.is_range
            and _RANGE_JOIN.match(text[d.end : nxt.start])
            and (_RANGE_OPEN.search(before) or text[d.end : nxt.start].strip() in "–—-")
        ):
            year = d.year if d.year is not None else nxt.year
            # "runs every year from 1 October to 30 September": a span of the calendar, every year
            every = year is None and bool(_RECURRING.search(before) or _RECURRING_NEAR.search(
                text[max(0, d.start - 60):d.start]))
            joined = DateMention(d.start, nxt.end, text[d.start : nxt.end], year, d.month, d.day,
                                 nxt.year if nxt.year is not None else year, nxt.month, nxt.day,
                                 closed_range=True, recurring=every)
            out.append(joined)
            i += 2
            continue
        if d.year is None and (_RECURRING.search(before) or _RECURRING_AFTER.match(text[d.end:d.end + 40])
                               or _RECURRING_NEAR.search(text[max(0, d.start - 60):d.start])
                               or (_MADE_INTO.search(before) and _A_DAY.match(text, d.end))):
            d = DateMention(d.start, d.end, d.text, None, d.month, d.day, recurring=True)
        present = _TO_PRESENT.match(text, d.end)
        if not d.is_range and present:
            d = DateMention(d.start, present.end(), text[d.start : present.end()], d.year, d.month, d.day, ongoing=True)
        elif not d.is_range and _SINCE.search(before):
            d = DateMention(d.start, d.end, d.text, d.year, d.month, d.day, ongoing=True)
        out.append(d)
        i += 1
    # "from 5 to 10 September and from 26 September to 7 October 1981": two dates joined by
    # "and" share the year the second gives, when the first comes no later in the year (the
    # sentence before may be of another year: Solidarity's congress of 1981 had been dated 1980)
    for k in range(len(out) - 1):
        d, n = out[k], out[k + 1]
        if d.year is None and not d.recurring and n.year is not None and d.month is not None \
                and n.month is not None and d.month <= n.month \
                and re.fullmatch(r"\s*,?\s*and\s+(?:from\s+|on\s+|between\s+|in\s+)?", text[d.end:n.start]):
            out[k] = DateMention(d.start, d.end, d.text, n.year, d.month, d.day,
                                 d.end_year if d.end_year is not None or not d.is_range else n.year,
                                 d.end_month, d.end_day, ongoing=d.ongoing, closed_range=d.closed_range)
    if any(d.recurring for d in out):
        # "marks it every year on 5 May, while the Union marks 9 May": one sentence about
        # calendar days; its other days without a year recur too.
        out = [DateMention(d.start, d.end, d.text, None, d.month, d.day, recurring=True)
               if d.year is None and d.day is not None and not d.is_range else d for d in out]
    return out
