"""Date mentions: precision, ranges, open spans, and what is not a date."""
from __future__ import annotations

import pytest

from briefkit.extract.dates import find_dates


def _one(text):
    found = find_dates(text)
    assert len(found) == 1, found
    d = found[0]
    return (d.year, d.month, d.day), (d.end_year, d.end_month, d.end_day), d.ongoing


@pytest.mark.parametrize(
    "text, start",
    [
        ("on 27 February 2022, they", (2022, 2, 27)),
        ("on February 27, 2022 they", (2022, 2, 27)),
        ("on 1st June 2022", (2022, 6, 1)),
        ("formed in March 2022 and", (2022, 3, None)),
        ("In December 2022: the", (2022, 12, None)),
        ("during 2022.", (2022, None, None)),
        ("as of July 2022, RT", (2022, 7, None)),
        ("dated 2022-02-27 in", (2022, 2, 27)),
        ("On 29 June, they", (None, 6, 29)),
        ("another raid on 1 June into", (None, 6, 1)),
        ("on June 5 they", (None, 6, 5)),
        ("in Sept. 2021", (2021, 9, None)),
        ("In mid-2022 members", (2022, None, None)),
        ("in early 2023 it", (2023, None, None)),
    ],
)
def test_single_dates(text, start):
    got, end, ongoing = _one(text)
    assert got == start and end == (None, None, None) and not ongoing


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("the 2022–2023 attacks", (2022, None, None), (2023, None, None)),
        ("from 2014 to 2016", (2014, None, None), (2016, None, None)),
        ("in 1998-99", (1998, None, None), (1999, None, None)),
        ("On 12–14 March 2024", (2024, 3, 12), (2024, 3, 14)),
        ("from March 2022 to May 2023", (2022, 3, None), (2023, 5, None)),
        ("between 1 May 2020 and 3 June 2020", (2020, 5, 1), (2020, 6, 3)),
    ],
)
def test_ranges(text, start, end):
    got, got_end, ongoing = _one(text)
    assert (got, got_end, ongoing) == (start, end, False)


@pytest.mark.parametrize("text", ["Since 22 May 2023, the Legion", "since March 2014 it", "2019–present", "active from 2019 to the present"])
def test_open_spans(text):
    found = find_dates(text)
    assert found and found[0].ongoing and found[0].year in (2023, 2014, 2019)


@pytest.mark.parametrize(
    "text",
    [
        "up to 20 years in jail",
        "Article 23 of the Geneva Convention",
        "a march on Moscow",
        "May I add",
        "about 15 people in the basement",
        "the 1st Battalion",
        "On 31 February",
        "two battalions and 200 men",
        "the pre-2014 borders",
        "",
    ],
)
def test_not_dates(text):
    assert [d for d in find_dates(text) if d.year is not None or d.day is not None] == []


def test_several_mentions_in_order():
    found = find_dates("In May 2023 they raided; on 1 June they raided again; in 2024 more.")
    assert [(d.year, d.month, d.day) for d in found] == [(2023, 5, None), (None, 6, 1), (2024, None, None)]
    assert [d.start for d in found] == sorted(d.start for d in found)


def test_every_before_a_day_makes_it_a_day_of_every_year():
    """"The anniversary falls every 16 May", "observed every 23 August": a day of every year,
    not a day of the year the text last named (they had been put on timelines as 2019 and
    2023)."""
    from briefkit.extract.dates import find_dates

    for text in ("The anniversary of the raid falls every 16 May.", "It has since been observed each 23 August."):
        [m] = find_dates(text)
        assert m.recurring and m.year is None, text
    assert not find_dates("On 16 May 2019 it flew again.")[0].recurring


def test_a_statute_named_with_its_year_dates_what_it_did():
    """GCHQ's timeline left out "The Intelligence Services Act 1994 placed the agency on a
    statutory footing": the year in a British statute's name is when it was passed."""
    found = find_dates("The Intelligence Services Act 1994 placed the agency on a statutory footing.")
    assert [(m.text, m.year) for m in found] == [("1994", 1994)]
    assert find_dates("The Act was passed.") == [] and find_dates("Act 1994 of the play") == []


def test_two_dates_joined_by_and_share_the_year_the_second_gives():
    """Solidarity's first congress, "from 5 to 10 September and from 26 September to 7 October
    1981", had been dated 1980, the year of the sentence before."""
    from briefkit.extract.dates import find_dates

    first, second = find_dates("The congress met from 5 to 10 September and from 26 September to 7 October 1981.")
    assert first.year == 1981 and second.year == 1981
    # a later month is no share of a year that comes before it
    [a, b] = find_dates("The office opened on 10 November, and in March 2020 it closed.")
    assert a.year is None


def test_a_span_of_the_calendar_every_year_is_no_span_of_one_year():
    """Set 5's "The financial year runs every year from 1 October to 30 September" stood on a
    timeline as a span of the year the text last named. A yearless range told "every year" or
    "each year" is a span of every year; a yearless range without it still takes a year."""
    from briefkit.extract.dates import find_dates

    [m] = find_dates("The fiscal year runs every year from 1 October to 30 September.")
    assert m.recurring and m.year is None
    [m] = find_dates("In 2019 the exhibition ran from 1 October to 30 November.")[1:]
    assert not m.recurring


def test_a_day_made_a_named_day_is_a_day_of_every_year():
    """Fidesz's "In 2010 the new majority also passed a law making 4 June, the anniversary of the
    Treaty of Trianon, a Day of National Cohesion" put the law on 4 June 2010. A day made,
    declared or proclaimed a named Day recurs; "On 9 May, the Victory Day parade was held" is
    one year's parade."""
    from briefkit.extract.dates import find_dates

    [_, day] = find_dates("In 2010 the majority passed a law making 4 June, the anniversary of the treaty, a Day of "
                          "National Cohesion.")
    assert day.recurring
    [day] = find_dates("The assembly proclaimed 16 December International Day of Neutrality.")
    assert day.recurring
    assert not find_dates("On 9 May, the Victory Day parade was held.")[0].recurring


def test_a_span_of_days_without_its_year():
    """The BMA's resident doctors "struck from 17 to 22 December" (the year told before): the
    strike was dated to its last day, 22 December, and its first day lost."""
    [m] = find_dates("and struck from 17 to 22 December, the fourteenth strike")
    assert (m.month, m.day, m.year) == (12, 17, None) and m.is_range
    [m] = find_dates("walked out from 25 to 30 July 2025 and")
    assert (m.year, m.month, m.day) == (2025, 7, 25)


def test_a_night_told_by_the_two_days_it_joins():
    """Orlen's "in the night of 16 to 17 August the new board dismissed Walczykowski" (the year
    told before): the night began on the 16th, and had been dated to the 17th."""
    [m] = find_dates("in the night of 16 to 17 August the new board dismissed him")
    assert (m.month, m.day, m.year) == (8, 16, None) and m.is_range
    [m] = find_dates("On the night of 9–10 May the commandos freed four hostages")
    assert (m.month, m.day) == (5, 9)


def test_years_that_name_things_are_no_span():
    """"the 2018 and 2022 awards" are two awards, not the years 2018 to 2022; "in 2014 and 2015
    MSF built" is a span, and "between 2018 and 2022" too."""
    assert find_dates("opened an inquiry into the 2018 and 2022 awards") == []
    (d,) = find_dates("In 2014 and 2015 MSF built centres")
    assert (d.year, d.end_year, d.closed_range) == (2014, 2015, True)
    (d,) = find_dates("between 2018 and 2022 it grew")
    assert (d.year, d.end_year, d.text) == (2018, 2022, "2018 and 2022")


def test_two_days_told_together_without_a_year_are_a_span():
    """"Masemola testified on 22 and 23 September that ..." was dated 23 September and
    labelled "Masemola testified on 22"."""
    (m,) = find_dates("Masemola testified on 22 and 23 September that the order strayed")
    assert (m.month, m.day, m.end_day, m.closed_range) == (9, 22, 23, True)
    (m,) = find_dates("The talks ran between 3 and 5 May in Oslo")
    assert (m.day, m.end_day) == (3, 5)


def test_the_end_of_a_month_is_that_month():
    (m,) = find_dates("At its congress at the end of June the party adopted rules")
    assert (m.year, m.month, m.day) == (None, 6, None)


def test_a_day_told_where_it_falls_is_a_day_of_the_calendar():
    """"Each part keeps its own day: the Land Component's anniversary falls on 13 December and
    FALINTIL's on 20 August" had put both days on the Timor-Leste force's timeline, in the year the
    story had reached. A day that "falls on" a date with no year recurs; one with a year does not."""
    from briefkit.extract.dates import find_dates

    days = find_dates("the Land Component's anniversary falls on 13 December and FALINTIL's on 20 August")
    assert [d.recurring for d in days] == [True, True], days
    assert not find_dates("the deadline falls on 5 May 2025")[0].recurring
