"""Events: every dated sentence of the profile, with year inference and an importance score.

Reading order is the lead, then the sections depth-first, as a person reads the article. Each
sentence with at least one date mention becomes one event dated by its first mention (a range or
an open `Since ...` span when the mention is one). The sentence is the event text, unchanged.

Key facts about time (`Founded: 12 March 2015`, `Active: 2019–present`, `Dissolved: 2020`) add
an event too, unless a sentence already tells of that date; they score as if in the lead.

Year inference
    Articles write "On 29 June" when the year is clear from the sentences before. A mention
    without a year takes the year of the latest mention *with* a year earlier in reading order
    (any mention counts, also ones that did not start an event). Such events carry
    `year_inferred=True`. With no earlier year the date is not guessed: the sentence is reported
    as a `year-unknown` finding instead (and a day the inferred year lacks, as `bad-date`).
    A recurring day ("Every year on 17 February") is not an event and is skipped.

Not events
    A question ("Can it cope with a disaster on the scale of 2019?") asserts nothing that
    happened, so it is no event, and its mentions lend no context year. A mention that is only a
    reference point for another time - introduced by before/after/prior to/on the scale of/
    compared with/than/unlike/as in ("remember the town before 1960", "introduced after the 2019
    flood") - is not the sentence's own date: the first other mention dates the event, and a
    sentence with only such references is no event (nor do they lend a context year).
    A sentence already told (the same text, repeated in another paragraph) is one event.

Importance (0..1), a documented additive heuristic so that short briefs and charts pick the
events a reader of the article would call the milestones:
    * 0.35 base;
    * +0.30 founding or formation (formed, founded, established, created, formation ...);
    * +0.25 an ongoing span ("Since 22 May 2023 ...") or a range: it frames the story;
    * +0.15 the sentence is in the lead, which the article itself uses as its summary;
    * +0.10 a decisive action (raid, attack, offensive, captured, signed, declared, law, arrested,
      designated, dissolved, merged, joined ...);
    * +0.05 day precision (a concrete occurrence rather than a period);
    * -0.10 reported speech only (said, claimed, stated ...) with no decisive action
      ("according to" attributes a fact; it is not speech and costs nothing);
    * -0.15 the same date as an earlier event of the same paragraph (a repeat, not news);
    clamped to 0.05..1.0 and rounded to two decimals so YAML round trips stay exact.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..findings import BAD_DATE, YEAR_UNKNOWN, Finding
from ..model import BulletList, Event, EventDate, ListItem, Paragraph, Profile, Source
from .dates import DateMention, find_dates
from ..text import sentence_spans as split_sentences

_FOUNDING = re.compile(
    r"\b(?:formed|founded|established|created|formation|founding|set up|inaugurated|organi[sz]ed as|"
    r"came into being|was born)\b", re.I)
_ACTION = re.compile(
    r"\b(?:raids?|attacks?|attacked|offensives?|incursions?|invasion|invaded|captured|seized|signed|declared|"
    r"designated|law|arrested|killed|launched|dissolved|disbanded|merged|joined|withdr[ae]wn?|fought|battle|"
    r"banned|sanctioned|terrorist|convicted|sentenced|liberated|took control|crossed|entered|withdrew|"
    r"retreated|occupied|shelled|bombed|ambushed|destroyed)\b", re.I)
_SPEECH = re.compile(r"\b(?:said|says|claimed|claims|stated|states|told|announced|commented|described)\b", re.I)
# Words just before a mention that make it a reference point, not the sentence's own time.
_REFERENCE = re.compile(
    r"\b(?:before|after|prior\s+to|scale\s+of|size\s+of|compared\s+(?:with|to)|than|unlike|as\s+in|like)"
    r"\s+(?:(?:that|those|the|of|in)\s+){0,2}$", re.I)
_QUESTION = re.compile(r"\?[\s\"'”’»)\]]*$")
_DATE_LABEL = re.compile(r"\b(?:founded|formed|established|active|dates?|dissolved|disbanded|founding|creation|since)\b", re.I)

BASE, FOUNDING, SPAN, LEAD, ACTION, DAY, SPEECH, REPEAT = 0.35, 0.30, 0.25, 0.15, 0.10, 0.05, -0.10, -0.15


@dataclass(frozen=True)
class _Text:
    """A piece of prose in reading order, with where it came from."""

    text: str
    section: str | None
    source: Source | None
    paragraph: int  # identity of the paragraph/list the text belongs to (for repeats)
    in_lead: bool
    infer: bool = True  # may lend/borrow a context year


def _texts(profile: Profile) -> Iterator[_Text]:
    counter = iter(range(1_000_000))
    for b in profile.lead:
        yield from _block_texts(b, None, next(counter), True)
    for top in profile.sections:
        for s in top.walk():
            for b in s.blocks:
                yield from _block_texts(b, s.title, next(counter), False)


def _block_texts(block, section: str | None, pid: int, lead: bool) -> Iterator[_Text]:
    if isinstance(block, Paragraph):
        yield _Text(block.text, section, block.source, pid, lead)
    elif isinstance(block, BulletList):
        for item in _walk_items(block.items):
            yield _Text(item.text, section, item.source or block.source, pid, lead)


def _walk_items(items: list[ListItem]) -> Iterator[ListItem]:
    for it in items:
        yield it
        yield from _walk_items(it.children)


def importance(sentence: str, mention: DateMention, in_lead: bool, repeat: bool) -> float:
    """The documented heuristic above, as code."""
    score = BASE
    if _FOUNDING.search(sentence):
        score += FOUNDING
    if mention.is_range:
        score += SPAN
    if in_lead:
        score += LEAD
    action = bool(_ACTION.search(sentence))
    if action:
        score += ACTION
    if mention.day is not None and not mention.is_range:
        score += DAY
    if _SPEECH.search(sentence) and not action:
        score += SPEECH
    if repeat:
        score += REPEAT
    return round(min(1.0, max(0.05, score)), 2)


def is_reference(sentence: str, mention: DateMention) -> bool:
    """Whether `mention` is only a reference point for another time ("before 1960", "after the
    2019 flood", "on the scale of 2019"), not the time the sentence tells of. Ranges and open
    spans ("from 2020 to 2021", "since 2019") always tell their own time."""
    if mention.is_range:
        return False
    return bool(_REFERENCE.search(sentence[max(0, mention.start - 40) : mention.start]))


def _event_date(year: int, month: int | None, day: int | None) -> EventDate:
    return EventDate(year=year, month=month, day=day if month is not None else None)


def _file(piece: _Text, default: str | None) -> str:
    return piece.source.file if piece.source and piece.source.file else (default or "")


def extract_events(profile: Profile, file: str | None = None) -> tuple[list[Event], list[Finding]]:
    """All dated sentences of `profile` as events (reading order), and year-unknown findings."""
    events: list[Event] = []
    findings: list[Finding] = []
    context_year: int | None = None
    seen_in_paragraph: dict[int, set[tuple]] = {}
    told_texts: set[str] = set()
    for piece in _texts(profile):
        for _, sentence in split_sentences(piece.text):
            if _QUESTION.search(sentence):
                continue  # a question asserts no event and lends no year
            mentions = [m for m in find_dates(sentence) if not m.recurring and not is_reference(sentence, m)]
            if not mentions:
                continue
            told_text = " ".join(sentence.split()).casefold()
            if told_text in told_texts:
                continue
            told_texts.add(told_text)
            primary = mentions[0]
            inferred = primary.year is None
            year = primary.year if primary.year is not None else context_year
            for m in mentions:  # later mentions set the context for the next sentences
                if m.end_year is not None:
                    context_year = m.end_year
                elif m.year is not None:
                    context_year = m.year
            if year is None:
                findings.append(Finding(_file(piece, file), piece.source.line if piece.source else None,
                                        YEAR_UNKNOWN, f"no year for {primary.text!r} in: {sentence[:80]!r}"))
                continue
            date = _event_date(year, primary.month, primary.day)
            end = None
            if primary.closed_range:
                end = _event_date(primary.end_year or year, primary.end_month, primary.end_day)
            try:
                date.start()
                if end is not None and end.end() < date.start():
                    end = None  # "from 12 December to 3 January": the text must say the year
            except ValueError:  # "29 February" in a year without it
                findings.append(Finding(_file(piece, file), piece.source.line if piece.source else None,
                                        BAD_DATE, f"{primary.text!r} is not a date in {year}: {sentence[:80]!r}"))
                continue
            key = (date.iso, end.iso if end else None)
            seen = seen_in_paragraph.setdefault(piece.paragraph, set())
            repeat = key in seen
            seen.add(key)
            events.append(Event(
                date=date, end=end, ongoing=primary.ongoing, text=sentence, section=piece.section,
                year_inferred=inferred, importance=importance(sentence, primary, piece.in_lead, repeat),
                source=piece.source,
            ))
    # A fact's date adds an event only when no sentence already tells of that date.
    told = {(e.date.iso, e.end.iso if e.end else None) for e in events}
    events.extend(e for e in _fact_events(profile) if (e.date.iso, e.end.iso if e.end else None) not in told)
    return events, findings


def _fact_events(profile: Profile) -> list[Event]:
    """Dates stated in key facts whose label is about time (`Founded: 12 March 2022`)."""
    out: list[Event] = []
    for fact in profile.facts:
        if not _DATE_LABEL.search(fact.label) or not fact.text:
            continue
        mentions = [m for m in find_dates(fact.text, bare_years=True) if m.year is not None]
        if not mentions:
            continue
        m = mentions[0]
        end = _event_date(m.end_year, m.end_month, m.end_day) if m.closed_range and m.end_year else None
        try:
            _event_date(m.year, m.month, m.day).start()
        except ValueError:
            continue
        text = f"{fact.label}: {fact.text}"
        out.append(Event(
            date=_event_date(m.year, m.month, m.day), end=end, ongoing=m.ongoing, text=text, section=None,
            importance=importance(text, m, True, False),
            source=fact.source,
        ))
    return out
