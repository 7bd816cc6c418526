"""Merging the rows that tell one happening (`events._merge`): which rows are compared."""
from __future__ import annotations

from briefkit.extract import events
from briefkit.model import EventDate


def _row(year: int, text: str, *, end: int | None = None, person: str | None = None, kind: str = "other",
         fact: bool = False) -> events._Draft:
    return events._Draft(date=EventDate(year=year), end=EventDate(year=end) if end else None, ongoing=False,
                         text=text, clause=text, section=None, source=None, in_lead=False, year_inferred=False,
                         kind=kind, background=False, fact=fact, person=person)


def test_rows_of_different_years_are_never_compared(monkeypatch):
    """A twin's date lies within the other's, so only rows of one year can be twins: 120 rows of
    120 years ask `_same` nothing (the whole list asked it 7,140 times)."""
    asked = []
    same = events._same
    monkeypatch.setattr(events, "_same", lambda a, b: asked.append((a, b)) or same(a, b))
    rows = [_row(1900 + k, f"In {1900 + k} the society opened branch number {k} in a new town") for k in range(120)]
    labels = {id(r): r.text for r in rows}
    assert events._merge(rows, labels) == rows
    assert asked == []


def test_a_twin_of_the_same_year_and_one_at_a_tenures_end_are_still_found():
    """The first kept row that tells the same happening takes the new one in, as before: a
    sentence retelling a row of its year, and a sentence dated in the year a listed tenure
    ends that names its holder (`_same` compares the new row's date with the kept row's end)."""
    opened = _row(1990, "In 1990 the society opened its first office in Leeds")
    retold = _row(1990, "The society opened its first office, in Leeds, in 1990")
    tenure = _row(2010, "Jane Okafor (2010–2015)", end=2015, person="Jane Okafor", kind="leadership", fact=True)
    later = _row(2015, "In 2015 Okafor stepped down as director", kind="leadership")
    other = _row(2015, "In 2015 the society moved to new premises in York")
    rows = [opened, tenure, retold, later, other]
    labels = {id(r): r.text for r in rows}
    kept = events._merge(rows, labels)
    assert kept == [opened, tenure, other]
    assert retold.text in opened.retold or opened.text == retold.text
