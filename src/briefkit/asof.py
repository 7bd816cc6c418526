"""The two dates a brief carries, kept apart: when its information is from, and when it was built.

"Information as of" tells a reader how current the content is, so it is a property of the
source, never of the build: printing the build date beside events a year older would claim
knowledge nobody had. The build date belongs in the file's metadata (PDF /CreationDate,
DOCX core properties), where it says which run produced the file.

Neither date ever reads the clock, so the same inputs give the same bytes.
"""
from __future__ import annotations

import datetime as _dt
import os
from . import recache as re
from collections.abc import Callable
from pathlib import Path

from .document.nodes import iso_text
from .records import record

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Literal, Protocol

    from .model import Profile  # the model (pydantic) is not imported for a date: see `lazy_profile`

    class _Date(Protocol):
        """What `_latest` reads of a date: `model.EventDate`, or `lazy_profile.PlainDate`."""

        @property
        def precision(self) -> str: ...

        def start(self) -> _dt.date: ...

    Precision = Literal["day", "month", "year"]
    Basis = Literal["stated", "latest event", "file"]


@record(frozen=True)
class InfoDate:
    """A date of information with the precision it is known to, and where it came from."""

    date: _dt.date
    precision: Precision = "day"
    basis: Basis = "stated"

    @classmethod
    def of(cls, value: InfoDate | _dt.date) -> InfoDate:
        return value if isinstance(value, InfoDate) else cls(value)

    @property
    def iso(self) -> str:
        """ISO 8601 to its precision: "2024-03-12", "2024-03" or "2024"."""
        d = self.date
        return {"day": d.isoformat(), "month": f"{d.year:04d}-{d.month:02d}", "year": f"{d.year:04d}"}[self.precision]

    @property
    def text(self) -> str:
        """As readers see it: "12 March 2024", "March 2024" or "2024"."""
        return iso_text(self.iso)


def _file_date(seed_path: str | Path | None) -> _dt.date | None:
    if seed_path is None:
        return None
    try:
        return _dt.datetime.fromtimestamp(int(Path(seed_path).stat().st_mtime), _dt.timezone.utc).date()
    except OSError:
        return None


def _stated(as_of: str | None) -> InfoDate | None:
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", (as_of or "").strip())
    if not m:
        return None
    try:
        d = _dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None
    return InfoDate(d, "day" if m[3] else "month" if m[2] else "year", "stated")


def _latest(dates: list[_Date], not_after: _dt.date | None) -> InfoDate | None:
    """The latest of the dates, at its own precision. Dates after `not_after` (the file's
    own date) are plans or forecasts the text reports, not information it has, and are
    passed over; between two dates starting on the same day the more precise one wins."""
    rank = {"year": 0, "month": 1, "day": 2}
    kept = [d for d in dates if not_after is None or d.start() <= not_after]
    if not kept:
        return None
    best = max(kept, key=lambda d: (d.start(), rank[d.precision]))
    return InfoDate(best.start(), best.precision, "latest event")


def information_date(profile: Profile, seed_path: str | Path | None = None) -> InfoDate:
    """Date of information, by the first rule that gives one:

    1. a date the seed states (its Source block's "Retrieved", a structured seed's `as_of`);
    2. the latest date among the dated events (a range counts by its end), at that date's
       precision ("March 2024"), since the source cannot be older than what it reports; only
       events on the timeline count while there are any: a background date is another time
       (Nestlé's "Isla was originally to be elected chairman at the meeting of 16 April 2026", a
       plan the story overtook, made a briefing "as of 16 April 2026");
    3. the seed file's modification date;
    4. 1 January 1970, so a build never fails for want of a date.

    SOURCE_DATE_EPOCH does not enter: it fixes when a build ran, not what a source knew.
    """
    return information_date_of(profile.as_of, profile.seed_file,
                               lambda: [e.end if e.end is not None else e.date
                                        for e in ([e for e in profile.events if not e.background] or profile.events)],
                               seed_path)


def information_date_of(as_of: str | None, seed_file: str | None, dates: Callable[[], list[_Date]],
                        seed_path: str | Path | None = None) -> InfoDate:
    """`information_date` from the parts of a profile it reads: its stated date, its seed
    file and (asked only when nothing is stated) the dates of its events, each range by its
    end. `lazy_profile` passes them as plain data, so a cached profile needs no model."""
    stated = _stated(as_of)
    if stated is not None:
        return stated
    file_date = _file_date(seed_path if seed_path is not None else seed_file)
    latest = _latest(dates(), file_date)
    if latest is not None:
        return latest
    if file_date is not None:
        return InfoDate(file_date, "day", "file")
    return InfoDate(_dt.date(1970, 1, 1), "day", "file")


def build_datetime(seed_path: str | Path | None = None) -> _dt.datetime:
    """When the build ran, for metadata: SOURCE_DATE_EPOCH when set (reproducible builds),
    else the seed file's modification time, the newest input a build can name without
    reading the clock; 1 January 2000 (ReportLab's invariant date) when neither exists. UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc)
        except (ValueError, OverflowError, OSError):
            pass
    if seed_path is not None:
        try:
            return _dt.datetime.fromtimestamp(int(Path(seed_path).stat().st_mtime), _dt.timezone.utc)
        except OSError:
            pass
    return _dt.datetime(2000, 1, 1, tzinfo=_dt.timezone.utc)
