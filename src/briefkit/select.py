"""Choosing the most important events when a length has room for only a few.

The rule is deliberately simple and documented, so a reader can predict it and the PDF, the
DOCX and the timeline chart of one length agree on it:

0. Background (births, namesakes, reference points, anything before the organisation
   existed) is never chosen: it is kept in the profile and on the full length's list.
1. Rank events by `importance` (set by the extractor, or by hand in structured seeds),
   highest first.
2. Break ties by spreading over time: an event from a year not yet represented beats one
   from a year already chosen; then the more precise date wins (day > month > year), then
   the earlier date.
3. Show the chosen events in chronological order.

Position in the article never decides, so reordering the seed does not change the snapshot.
"""
from __future__ import annotations

from .model import Event

_PRECISION_RANK = {"range": 3, "day": 2, "month": 1, "year": 0}


def chronological(events: list[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.date.start(), e.date.end(), e.text))


def select_events(events: list[Event], limit: int | None) -> list[Event]:
    """The `limit` most important events (all when limit is None), in date order."""
    events = [e for e in events if not e.background]
    if limit is None or limit >= len(events):
        return chronological(events)
    if limit <= 0:
        return []
    remaining = list(events)
    chosen: list[Event] = []
    years: set[int] = set()
    while remaining and len(chosen) < limit:
        best = max(
            remaining,
            key=lambda e: (
                round(e.importance, 6),
                e.date.year not in years,
                _PRECISION_RANK.get(e.precision, 0),
                -e.date.start().toordinal(),
                e.text,
            ),
        )
        chosen.append(best)
        years.add(best.date.year)
        remaining.remove(best)
    return chronological(chosen)
