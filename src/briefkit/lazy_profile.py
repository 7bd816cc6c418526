"""A cached Profile read as plain data, validated into the model only when something needs it.

Why: a rebuild whose profile, composed Documents, charts, layouts and PDFs all come from the
build's cache reads only a few plain facts of the profile: its title, aliases and seed file
(the document metadata), its date of information, and its JSON, which keys the other caches.
Importing pydantic and the model (~190 ms) and validating the JSON (~60 ms, importlib.metadata
included, for pydantic's plugins) was about half of such a whole-process rebuild.

`LazyProfile` holds the profile cache's JSON text (what `Profile.model_dump_json()` wrote) and
answers those facts from `json.loads` of it. Anything else asked of it (`profile.events`, a
template composing on a cache miss, a chart drawn again) validates the JSON into the real
`Profile` first, once, so every caller past the caches sees the very data it saw before. A
text whose plain facts are not of the expected shape gives no LazyProfile (the caller reads
the seed); one that then fails validation is read from the seed instead (`fallback`), so a
damaged entry never fails a build.
"""
from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Callable

from .records import record

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any


if TYPE_CHECKING:
    from .asof import InfoDate
    from .model import Profile


@record(frozen=True)
class PlainDate:
    """An event date of the JSON, read as `model.EventDate` reads it (`precision`, `start`)."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def start(self) -> _dt.date:
        return _dt.date(self.year, self.month or 1, self.day or 1)


class LazyProfile:
    """A Profile given as its JSON; see the module docstring. Use `real(profile)` where the
    model itself is needed."""

    __slots__ = ("_json", "_plain", "_real", "_fallback")

    def __init__(self, text: str, plain: dict[str, Any], fallback: Callable[[], Profile]) -> None:
        self._json = text
        self._plain = plain
        self._real: Profile | None = None
        self._fallback = fallback

    @classmethod
    def load(cls, text: str, fallback: Callable[[], Profile]) -> LazyProfile | None:
        """A LazyProfile of `text`, or None when its plain facts are not what a Profile's
        JSON holds (then the caller validates or reads the seed, as without this module)."""
        try:
            plain = json.loads(text)
        except ValueError:
            return None
        if not _plain_ok(plain):
            return None
        return cls(text, plain, fallback)

    def real(self) -> Profile:
        """The validated Profile (validated on first use; read from the seed if it fails)."""
        if self._real is None:
            from .model import Profile

            try:
                self._real = Profile.model_validate_json(self._json)
            except ValueError:
                self._real = self._fallback()
        return self._real

    def __getattr__(self, name: str) -> Any:  # everything not answered below
        return getattr(self.real(), name)

    def __eq__(self, other: object) -> bool:
        return real(self) == real(other)

    __hash__ = None  # type: ignore[assignment]  # as a Profile: not hashable

    # ---- the plain facts
    @property
    def title(self) -> str:
        return self._plain["names"]["title"]

    @property
    def seed_file(self) -> str | None:
        return self._plain.get("seed_file")

    @property
    def as_of(self) -> str | None:
        return self._plain.get("as_of")

    def alias_texts(self) -> list[str]:
        return [a["text"] for a in self._plain["names"].get("aliases", [])]

    def event_dates(self) -> list[PlainDate]:
        """Each event's date, a range by its end (as `asof.information_date` reads them)."""
        events = self._plain.get("events", [])
        told = [e for e in events if not e.get("background")] or events  # see `asof.information_date`
        out = []
        for e in told:
            d = e["end"] if e.get("end") is not None else e["date"]
            out.append(PlainDate(d["year"], d.get("month"), d.get("day")))
        return out

    def model_dump_json(self, **kwargs: Any) -> str:
        """The JSON it was read from: what the model writes for this profile."""
        return self._json if not kwargs else self.real().model_dump_json(**kwargs)


# A profile handed to this process with its JSON (`remember_json`), at most one.
_KNOWN_JSON: list[tuple[Any, str]] = []


def remember_json(profile: Any, text: str) -> None:
    """`text` is `profile.model_dump_json()`, made by the process that read the profile
    (`batch.work`): `json_of` answers with it. Why: the profile's JSON keys the composed
    Documents and the charts' notes, and dumping it made pydantic build the whole profile's
    serializer (about 15 ms) in each process of a cold build that builds lengths, though the
    process that read the seed had the text already."""
    _KNOWN_JSON[:] = [(profile, text)]


def json_of(profile: Any) -> str:
    """`profile.model_dump_json()`: the text it was handed with, when it was (`remember_json`)."""
    for known, text in _KNOWN_JSON:
        if known is profile:
            return text
    return profile.model_dump_json()


def real(profile: Any) -> Any:
    """The validated Profile behind `profile` (a LazyProfile), or `profile` itself."""
    return profile.real() if isinstance(profile, LazyProfile) else profile


def org_tree(profile: Any) -> Any:
    """The profile's organisation tree (`parts.Node`), without validating a LazyProfile: its
    JSON read as `parts.PlainNode`s, or the model's own tree (None when it has none, or when a
    LazyProfile's JSON is not of the shape a tree has, which then asks the model)."""
    if isinstance(profile, LazyProfile):
        from .parts import PlainNode

        data = profile._plain.get("org")
        if data is None:
            return None
        tree = PlainNode.of(data)
        return tree if tree is not None else profile.real().org
    return profile.org


def alias_texts(profile: Any) -> list[str]:
    """The texts of a profile's aliases, without validating a LazyProfile."""
    if isinstance(profile, LazyProfile):
        return profile.alias_texts()
    return [a.text for a in profile.names.aliases]


def information_date(profile: Any, seed_path: Any = None) -> InfoDate:
    """`asof.information_date`, without validating a LazyProfile."""
    from .asof import information_date as of_model, information_date_of

    if isinstance(profile, LazyProfile):
        return information_date_of(profile.as_of, profile.seed_file, profile.event_dates, seed_path)
    return of_model(profile, seed_path)


def _is_int(v: Any) -> bool:
    return type(v) is int


def _date_ok(d: Any) -> bool:
    if not (isinstance(d, dict) and _is_int(d.get("year"))
            and all(d.get(k) is None or _is_int(d.get(k)) for k in ("month", "day"))):
        return False
    try:
        PlainDate(d["year"], d.get("month"), d.get("day")).start()
    except (ValueError, OverflowError):
        return False
    return True


def _plain_ok(plain: Any) -> bool:
    """The facts LazyProfile answers have the types the model gives them."""
    try:
        names = plain["names"]
        if not isinstance(names["title"], str) or not isinstance(names.get("aliases", []), list):
            return False
        if not all(isinstance(a, dict) and isinstance(a.get("text"), str) for a in names.get("aliases", [])):
            return False
        if not all(plain.get(k) is None or isinstance(plain.get(k), str) for k in ("seed_file", "as_of")):
            return False
        events = plain.get("events", [])
        return isinstance(events, list) and all(
            isinstance(e, dict) and _date_ok(e.get("date")) and (e.get("end") is None or _date_ok(e["end"]))
            for e in events)
    except (KeyError, TypeError, AttributeError):
        return False
