"""Events of the seed: every date the issue lists, inferred years, spans, importance, provenance."""
from __future__ import annotations

import re

import pytest

from briefkit.extract.events import WEIGHT, extract_events, is_reference
from briefkit.extract.dates import find_dates
from briefkit.extract.people import extract_people
from briefkit.model import Profile
from briefkit.readers import read, read_with_findings

EXPECTED = [
    "2022-02-27", "2022-03", "2022-03-10", "2022-04-05", "2022-06-01", "2022-06-11", "2022-06-22",
    "2022-06-29", "2022-07-13", "2022-07-14", "2022-08", "2022-12", "2023-02", "2023-03", "2023-05",
    "2023-05-22", "2023-06-01", "2024-03-12", "2024-03-15", "2024-08-21",
]


def _by_iso(profile):
    out = {}
    for e in profile.events:
        out.setdefault(e.date.iso, []).append(e)
    return out


def test_all_listed_dates_are_events(seed_profile):
    isos = {e.date.iso for e in seed_profile.events}
    missing = [d for d in EXPECTED if d not in isos]
    assert missing == []


def test_year_inference(seed_profile):
    by = _by_iso(seed_profile)
    june29 = by["2022-06-29"][0]
    assert june29.text.startswith("On 29 June, they said") and june29.year_inferred
    shebekino = by["2023-06-01"][0]
    assert "Shebekino" in shebekino.text and shebekino.year_inferred
    assert by["2022-04-05"][0].text.startswith("On 5 April") and by["2022-04-05"][0].year_inferred
    assert by["2022-06-11"][0].year_inferred and by["2022-07-13"][0].year_inferred
    # Explicit years are not marked as inferred.
    assert not by["2022-06-01"][0].year_inferred
    assert not by["2024-03-15"][0].year_inferred


def test_since_opens_an_ongoing_span(seed_profile):
    [since] = _by_iso(seed_profile)["2023-05-22"]
    assert since.ongoing and since.precision == "range"
    assert since.text.startswith("Since 22 May 2023")
    assert since.section is None  # the lead


def test_precision_and_sections(seed_profile):
    by = _by_iso(seed_profile)
    assert by["2022-03-10"][0].precision == "day"
    assert by["2022-03"][0].precision == "month"
    assert by["2022-02-27"][0].section == "History"
    assert by["2022-06-22"][0].section == "Reactions"
    assert by["2022-08"][0].section == "Relationship to other armed anti-Putin units in Russia"


def test_events_keep_sentence_and_source_line(seed_profile, seed_path):
    lines = seed_path.read_text(encoding="utf-8").splitlines()
    for e in seed_profile.events:
        assert e.source.file == str(seed_path)
        assert e.text in " ".join(lines[e.source.line - 1].split()), e


def test_importance_in_range_and_formation_ranks_high(seed_profile):
    assert all(0.0 <= e.importance <= 1.0 for e in seed_profile.events)
    by = _by_iso(seed_profile)
    formed = by["2022-03"][0]  # "It was formed in March 2022" (lead)
    since = by["2023-05-22"][0]
    median = sorted(e.importance for e in seed_profile.events)[len(seed_profile.events) // 2]
    assert formed.importance > median and since.importance > median
    # Commentary on an operation ranks below the operation.
    first, repeat = by["2024-03-12"]
    assert repeat.importance < first.importance


def test_importance_ranks_kinds_as_an_analyst_would():
    p = Profile.model_validate({
        "names": {"title": "Blue Brigade"},
        "lead": [{"kind": "paragraph", "text": "The Blue Brigade is a unit."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            "The Blue Brigade was formed in March 2014. "
            "Its commander Ivan Petrov was born in 1978. "
            "In 2015 the brigade was integrated into the 10th Division. "
            "In 2016 Anna Lind was appointed commander. "
            "In 2017 the brigade fought in the battle of Hill 4. "
            "In 2018 a newspaper said the brigade was well trained.")}]}],
    })
    events, _ = extract_events(p)
    by = {e.date.year: e for e in events}
    assert [by[y].kind for y in (2014, 1978, 2015, 2016, 2017, 2018)] == [
        "founding", "background", "reorganisation", "leadership", "operation", "statement"]
    assert by[2014].importance > by[2015].importance > by[2017].importance > by[2018].importance > by[1978].importance
    assert by[1978].background and not by[2015].background
    assert WEIGHT["founding"] > WEIGHT["statement"] > WEIGHT["background"]


def test_a_happening_the_article_says_had_consequences_ranks_higher():
    p = Profile.model_validate({
        "names": {"title": "Blue Party"},
        "lead": [{"kind": "paragraph", "text": "The Blue Party is a party."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            "In 2016 the Blue Party opened an office in Tula. "
            "In 2018 the Blue Party opened an office in Kursk, which set off months of protests.")}]}],
    })
    events, _ = extract_events(p)
    by = {e.date.year: e for e in events}
    assert by[2018].importance > by[2016].importance


def test_year_unknown_is_reported_not_guessed(fixture_path):
    p, findings = read_with_findings(fixture_path("year_unknown.txt"))
    assert [e.date.iso for e in p.events] == ["2010-03", "2010-06-05"]
    [f] = [f for f in findings if f.code == "year-unknown"]
    assert f.line == 3 and "4 July" in f.message


def test_context_year_follows_reading_order():
    p = Profile.model_validate({
        "names": {"title": "T"},
        "lead": [{"kind": "paragraph", "text": "It began in 2019. On 3 May, it grew."}],
        "sections": [
            {"title": "Later", "blocks": [
                {"kind": "paragraph", "text": "In 2021 it moved. On 9 September, it closed."},
                {"kind": "list", "items": [{"text": "On 1 October, a list item event."}]},
            ]},
        ],
    })
    events, findings = extract_events(p)
    assert [e.date.iso for e in events] == ["2019", "2019-05-03", "2021", "2021-09-09", "2021-10-01"]
    assert findings == []


def test_date_facts_add_events_unless_told(fixture_path, tmp_path):
    f = tmp_path / "f.txt"
    f.write_text("= F =\n\nInfobox\n- Founded: 12 March 2015\n- Dissolved: 2020\n\nF is a firm.\n")
    p = read(f)
    assert [(e.date.iso, e.text) for e in p.events] == [("2015-03-12", "Founded: 12 March 2015"), ("2020", "Dissolved: 2020")]
    founded = p.events[0]
    assert founded.importance > p.events[1].importance
    # other_org tells of its founding date in the text: no duplicate from the fact.
    other = read(fixture_path("other_org.txt"))
    assert sum(e.date.iso == "2015-03-12" for e in other.events) == 1


def test_other_article_events(fixture_path):
    p = read(fixture_path("other_org.txt"))
    by = _by_iso(p)
    assert by["2015-04-02"][0].year_inferred
    assert by["2019-10-30"][0].year_inferred
    assert by["2020-01-01"][0].ongoing
    assert "2018" in by and "2021" in by


def test_impossible_inferred_date_is_a_finding(tmp_path):
    f = tmp_path / "leap.txt"
    f.write_text("= Leap =\n\nLeap was formed in 2023. On 29 February, it met.\n")
    p, findings = read_with_findings(f)
    assert [e.date.iso for e in p.events] == ["2023"]
    assert [(x.code, x.line) for x in findings] == [("bad-date", 3)]


def test_range_without_years_takes_the_context_year():
    p = Profile.model_validate({
        "names": {"title": "T"},
        "lead": [{"kind": "paragraph", "text": "It began in 2019. From 1 May to 3 June, it toured."}],
    })
    events, _ = extract_events(p)
    toured = events[1]
    assert (toured.date.iso, toured.end.iso, toured.year_inferred) == ("2019-05-01", "2019-06-03", True)
    assert toured.precision == "range"


def test_recurring_days_are_not_events():
    p = Profile.model_validate({
        "names": {"title": "T"},
        "lead": [{"kind": "paragraph", "text": "It began in 2019. Every year on 17 February, members meet. Each year in May they hike."}],
    })
    events, findings = extract_events(p)
    assert [e.date.iso for e in events] == ["2019"]
    assert findings == []


def test_questions_and_reference_points_are_not_events():
    p = Profile.model_validate({
        "names": {"title": "T"},
        "lead": [{"kind": "paragraph", "text": (
            "It began in 2019. Can it cope with a flood on the scale of 2019 every few years? "
            "Some members remember the town before 1960. "
            "The rule was introduced after the 2019 flood. "
            "In 2021 it moved, long after the 2019 flood. "
            "Was it ready in 2022?")}],
    })
    events, findings = extract_events(p)
    # Reference points are kept as background, off the timeline.
    assert [(e.date.iso, e.text) for e in events if not e.background] == [
        ("2019", "It began in 2019."),
        ("2021", "In 2021 it moved, long after the 2019 flood."),
    ]
    assert findings == []


def test_reference_points_lend_no_context_year():
    p = Profile.model_validate({
        "names": {"title": "T"},
        "lead": [{"kind": "paragraph", "text": "It began in 2019. It was unlike anything before 1960. On 3 May, it grew."}],
    })
    events, _ = extract_events(p)
    assert [e.date.iso for e in events if not e.background] == ["2019", "2019-05-03"]


def test_is_reference():
    s = "The rule came after the 2019 flood, in March 2020."
    first, second = find_dates(s)
    assert is_reference(s, first) and not is_reference(s, second)
    [span] = find_dates("Since 2019 it has run.")
    assert not is_reference("Since 2019 it has run.", span)


def test_no_happening_is_told_twice(seed_profile, fixture_path):
    p = Profile.model_validate({
        "names": {"title": "T"},
        "lead": [{"kind": "paragraph", "text": "On 3 May 2020, it grew."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": "On 3 May 2020,  it grew."}]}],
    })
    events, _ = extract_events(p)
    assert [e.date.iso for e in events] == ["2020-05-03"]
    articles = fixture_path("other_org.txt").parents[1] / "articles"
    for profile in [seed_profile, read(fixture_path("other_org.txt")), *map(read, sorted(articles.glob("*.txt")))]:
        told = [(e.date.iso, e.label) for e in profile.events]
        assert len(told) == len(set(told)), profile.names.title


def test_referring_back_to_an_earlier_event_ranks_clearly_lower(seed_profile):
    first, back = _by_iso(seed_profile)["2024-03-12"]
    assert back.text.startswith("When discussing the operation on 12 March")
    assert back.label.startswith("One volunteer for the legion claimed")
    assert back.importance <= first.importance - 0.3


def _events(text, title="Blue Brigade"):
    p = Profile.model_validate({"names": {"title": title}, "lead": [{"kind": "paragraph", "text": text}]})
    return extract_events(p)[0]


def _history_events(title: str, kind: str, text: str) -> dict:
    """The events of an article of `title` (a `kind`) whose History is `text`, by date."""
    return {e.date.iso: e for e in extract_events(Profile.model_validate({
        "names": {"title": title},
        "lead": [{"kind": "paragraph", "text": f"The {title} is {kind}."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": text}]}],
    }))[0]}


def test_a_name_carried_since_a_year_is_the_renaming_of_that_year():
    """"It ... has carried the name Norwegian Refugee Council since 1953" (the lead) and "In 1953
    the organisation was renamed ..." (History) tell one happening: one renaming, not a renaming
    and a row "NRC has carried the name ..." beside it. And a label does not end on a participle
    whose only complement was the row's date ("... a national collection started")."""
    rows = [e for e in extract_events(Profile.model_validate({
        "names": {"title": "Blue Relief Council"},
        "lead": [{"kind": "paragraph", "text": "The Blue Relief Council is a humanitarian organisation based in Oslo. "
                  "It grew out of Blue Aid, a national collection started in the spring of 1946, and has "
                  "carried the name Blue Relief Council since 1953."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text":
                      "In 1953 the organisation was renamed Det Blaa Raad, the Blue Relief Council, and Ann Holm "
                      "became chairman of its board, a post she held until 1958."}]}],
    }))[0] if e.date.year in (1946, 1953) and not e.background]
    assert [e.kind for e in rows if e.date.year == 1953] == ["renaming"], [(e.kind, e.label) for e in rows]
    # the 1946 row: its participle goes with the date it had ("a national collection started")
    grew = next(e.label for e in rows if "grew out of" in e.label)
    assert grew.endswith("a national collection"), grew


def test_one_happening_told_in_lead_body_and_infobox_is_one_event(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text("= Blue Brigade =\n\nInfobox\n- Founded: 5 May 2014\n\nThe Blue Brigade was formed in May 2014. "
                 "It fights in the east.\n\n== History ==\nOn 5 May 2014 the Blue Brigade was formed in Mariupol "
                 "by volunteers.\n")
    events = [e for e in read(f).events if not e.background]
    assert len(events) == 1
    [e] = events
    assert e.date.iso == "2014-05-05" and e.kind == "founding" and len(e.also) == 2


def test_decades_are_no_years_and_ranges_stay_ranges():
    events = _events("The unit was formed in 2014. It grew in the mid-2000s and since the 1990s. "
                     "In January and February 2015 it trained. In May–June 2023 it fought.")
    assert [(e.date.iso, e.end.iso if e.end else None) for e in events] == [
        ("2014", None), ("2015-01", "2015-02"), ("2023-05", "2023-06")]


def test_same_day_and_second_dates_and_reference_points():
    events = _events("The unit was formed in 2014. On 3 March 2015 it raided a depot. The same day, a court "
                     "banned it. It signed a treaty on 9 March 2016 and ratified it on 10 March 2016. "
                     "Its commander emigrated after the protests of 2020.")
    timeline = [(e.date.iso, e.kind) for e in events if not e.background]
    assert ("2015-03-03", "operation") in timeline and ("2015-03-03", "legal") in timeline
    assert {"2016-03-09", "2016-03-10"} <= {d for d, _ in timeline}
    assert [e.date.iso for e in events if e.background] == ["2020"]


def test_labels_are_short_clauses_of_the_sentence():
    events = _events("The Blue Brigade (BB) was formed in 2014. On 11 June 2015, it became known that , the "
                     "former mayor, had joined the Blue Brigade. In 2016 it was integrated into the 10th Division, "
                     "which was then commanded by a general who had fought in several earlier wars in the region.")
    labels = [e.label for e in events]
    assert labels[0] == "The Blue Brigade was formed"  # its date is shown beside it
    # the lost name gives way; the report's frame stays, for the row's date is the day it was
    # told, not the day he joined (round 63 read "11 Jun 2022: ... had joined" as the joining)
    assert labels[1] == "It became known that the former mayor had joined the Blue Brigade"
    assert labels[2] == "BB was integrated into the 10th Division" or labels[2].startswith(("Blue Brigade was integrated", "The Blue Brigade was integrated"))
    assert all(len(x) <= 90 and " , " not in x for x in labels)
    # a report of what happened that day is the happening: the dummy "it" goes
    same_day = _events("On 11 June 2015 it became known that the Blue Brigade crossed the border.")
    assert same_day[0].label == "The Blue Brigade crossed the border"


@pytest.mark.parametrize("sentence, label", [
    ("On 14 July 2022, Putin signed a new law, under which Russian citizens can be imprisoned for up to 20 years "
     "if they defect to the side of the enemy during an armed conflict.",
     # the condition is what the law punishes: no cut before "if"
     "Putin signed a new law, under which Russian citizens can be imprisoned for up to 20 years if they defect to "
     "the side of the enemy during an armed conflict"),
    # the hedge that calls it a claim stays: without it the claim reads as a fact
    ("On 20 May 2023 Anna Lind declared the city taken, a claim disputed by the President of Ruritania.",
     "Anna Lind declared the city taken, a claim disputed by the President of Ruritania"),
    ("On 5 April, three men wearing military fatigues and black balaclavas held a press conference in Kyiv, "
     "announcing that the Blue Brigade had been formed.",
     "Three men held a press conference in Kyiv, announcing that the Blue Brigade had been formed"),
    ("In March 2023 the Supreme Court declared the Blue Brigade a terrorist group meaning citizens who join can "
     "face up to 20 years in jail.", "The Supreme Court declared the Blue Brigade a terrorist group"),
    ("On 23 August 2023 an Embraer business jet flying from Moscow to Saint Petersburg crashed near a village in "
     "Tver Oblast, killing all ten people on board.",
     "An Embraer business jet crashed near a village in Tver Oblast, killing all ten people on board"),
    ("Anna Lind took office as commander of the Blue Brigade in September 2025.",
     "Anna Lind took office as commander of the Blue Brigade"),
    ("Lind, born in 1975, was described as the first woman to command the Blue Brigade in 2019.",
     "Lind was described as the first woman to command the Blue Brigade"),
    ("For example, as of July 2022, the state broadcaster had only one video which mentioned the Blue Brigade.",
     "The state broadcaster had only one video which mentioned the Blue Brigade"),
])
def test_a_label_keeps_its_verb_and_ends_on_a_whole_phrase(sentence, label):
    events = _events("The Blue Brigade was formed in 2014. " + sentence)
    assert events[-1].label == label


@pytest.mark.parametrize("sentence, label", [
    # what completes the verb stays: no cut before "to" or "with"
    ("In 2001 it combined its handset business with that of Sony in the joint venture Sony Ericsson.",
     "The Blue Brigade combined its handset business with that of Sony in the joint venture Sony Ericsson"),
    ("The Blue Brigade admitted that from 2000 to 2016 it had used agents to pay bribes in countries including "
     "China, Djibouti, Indonesia, Kuwait and Vietnam.",
     # (the years date what was admitted: the row tells that, see test_years_inside_an_admission...)
     "The Blue Brigade used agents to pay bribes in countries including China, Djibouti, Indonesia, Kuwait and Vietnam "
     "(by its own admission)"),
    # the article's doubt stays with the claim it qualifies
    ("In the election of 26 October 2024 the Blue Brigade was declared the winner with about 54 percent, "
     "a result the opposition refused to accept.",
     "In the election, the Blue Brigade was declared the winner with about 54 percent, "
     "a result the opposition refused to accept"),
    # an aside goes before anything is cut
    ("On 26 October 2016 the board named Börje Ekholm, a board member and former head of Investor AB, as chief "
     "executive of the Blue Brigade's holding company.",
     "The board named Börje Ekholm as chief executive of the Blue Brigade's holding company"),
    ("On 11 June 2015 Ivan Petrov, who left Russia at the outbreak of the invasion in a hurry, had joined the "
     "Blue Brigade as a volunteer in its second battalion.",
     "Ivan Petrov had joined the Blue Brigade as a volunteer in its second battalion"),
    # a subject that lists many bodies keeps its first and a count
    ("On 3 July 2003 the Blue Brigade, the Indian Council of Medical Research, the Oswaldo Cruz Foundation, the "
     "Kenya Medical Research Institute, the Malaysian Ministry of Health and the Institut Pasteur launched the "
     "Drugs for Neglected Diseases initiative in Geneva.",
     "The Blue Brigade and five others launched the Drugs for Neglected Diseases initiative in Geneva"),
    # a speech keeps its first sentence
    ('In December 2022 the Blue Brigade\'s spokesman Carl Berg said: "We are not fighting our homeland. We are '
     'fighting the regime, and we will go on fighting it until it falls, whatever it costs us and our families."',
     'The Blue Brigade\'s spokesman Carl Berg said: "We are not fighting our homeland."'),
    # an opening phrase is no statement: the cut never falls at its comma, and a date set off
    # after it goes with its commas
    ("In the first election held under universal franchise, on 27 April 1994, the Blue Brigade won about 63 percent "
     "of the vote, and Ivan Petrov became president.",
     "In the first election held under universal franchise, the Blue Brigade won about 63 percent of the vote"),
    ("At its first meeting, on 25 May 2005, the board of the Blue Brigade appointed Ivan Petrov of Finland as its "
     "executive director.",
     "At its first meeting, the board of the Blue Brigade appointed Ivan Petrov of Finland as its executive director"),
    # a birth aside that goes on to a post is an aside, not a next happening ("and then")
    ("The board picked Ivan Petrov, born in 1968 and then president of the commercial aircraft business, as the "
     "next chief executive on 8 October 2018, and shareholders confirmed him on 10 April 2019.",
     "Shareholders confirmed Ivan Petrov"),
    # a cut never leaves the first words of a phrase a comma opened hanging
    ("On 6 March 2023 the Prosecutor General's Office of Russia declared the Blue Brigade an \"undesirable "
     "organisation\", eight years after the law on such bodies was passed.",
     "The Prosecutor General's Office of Russia declared the Blue Brigade an \"undesirable organisation\""),
    # a participle whose date went holds nothing: the opening phrase ends before it
    ("In a ballot held from 4 to 16 December 2021 Ivan Petrov won a clear majority of the Blue Brigade's members.",
     "In a ballot, Ivan Petrov won a clear majority of the Blue Brigade's members"),
    # "it" after a short opening phrase is the organisation, as at the start
    ("In the 1990s it expanded abroad: the Tula Centre, opened in 1994, was the first of its kind.",
     "In the 1990s the Blue Brigade expanded abroad"),
    # a thing the sentence before named by name is named so in the row
    ("The siege ended in the Azovstal steel plant in May 2022. On 16 May 2022 the last defenders left the plant "
     "on orders from the high command.",
     "The last defenders left the Azovstal steel plant on orders from the high command"),
])
def test_a_label_says_the_whole_thing_or_a_true_part_of_it(sentence, label):
    events = _events("The Blue Brigade was formed in 2014. " + sentence)
    assert events[-1].label == label


def test_a_label_is_never_cut_inside_a_name():
    events = _events("The Blue Brigade was formed in 2014. On 6 December 2019 the Blue Brigade settled "
                     "investigations by the US Department of Justice and the Securities and Exchange Commission "
                     "into violations of the Foreign Corrupt Practices Act, agreeing to pay more than one billion "
                     "dollars under a deferred prosecution agreement.")
    label = events[-1].label
    assert not label.endswith(("Securities", "Exchange", "Foreign", "Corrupt", " and")), label
    assert label.startswith("The Blue Brigade settled investigations by the US Department of Justice")


def test_an_opinion_too_long_to_show_is_commentary_not_a_timeline_event():
    events = _events("The Blue Brigade was formed in 2014. Carl Berg, a visiting professor of war studies at a "
                     'university in the capital, said in May 2023: "It is clear that the Blue Brigade and the Red '
                     "Corps are both predominantly foreign groups, self-styled partisans trying to bring the "
                     'government down, and that they range from hooligans to would-be celebrities."')
    said = [e for e in events if e.date.iso == "2023-05"]
    assert said and all(e.background for e in said)


def test_a_list_told_in_short_is_not_an_aside():
    events = _events("The Blue Brigade was formed in 2014. The Lviv office of the Blue Brigade opened on 12 August "
                     "2016, the Kharkiv office on 28 July 2017 and the Odesa office on 4 August 2017, completing "
                     "the regional network of the Blue Brigade.")
    assert not any("completing" in e.label and "Kharkiv" not in e.label for e in events)


def test_a_label_does_not_end_on_a_verb_of_saying_whose_words_were_cut():
    events = _events("The Blue Brigade was formed in 2014. In December 2022 its spokesman Carl Berg said, in a long "
                     "interview given to a regional newspaper in the capital, that the Blue Brigade had several hundred "
                     "members and was growing.")
    label = events[-1].label
    assert not label.rstrip(" ,").endswith(("said", "said that")), label


def test_a_when_clause_goes_with_the_date_it_hangs_on():
    events = _events("The Blue Brigade was formed in 2014. Anna Lind led the Blue Brigade from May 2014 until "
                     "October 2014, when she was elected to parliament.")
    led = next(e for e in events if "led" in e.label)
    assert led.label == "Anna Lind led the Blue Brigade"


def test_each_date_of_an_announcement_is_labelled_by_its_own_clause():
    events = _events("The Blue Company was founded in 2014. On 10 February 2025 the Blue Company announced that "
                     "Carl Berg would step down on 31 March and that Anna Lind, previously head of its radio "
                     "business, would take over on 1 April.")
    by_date = {e.date.iso: e.label for e in events}
    assert by_date["2025-03-31"] == "Carl Berg was due to step down"  # a plan, told on its own date
    assert by_date["2025-04-01"].startswith("Anna Lind") and by_date["2025-04-01"].endswith("was due to take over")


@pytest.mark.parametrize("sentence, label", [
    ("In 2016 Utkin moved much of the force abroad, where it fought for the government and took part in the "
     "recapture of Palmyra in 2017.", "The Blue Brigade took part in the recapture of Palmyra"),
    ("On 19 July 2023 Prigozhin handed over to a speaker he introduced as the man who had given the group its name.",
     "Prigozhin handed over to a speaker he introduced as the man who had given the group its name"),
    ("On 6 February 2026 the Blue Brigade announced that its chief financial officer, Kenta Kon, would succeed Sato "
     "as president and chief executive of the Blue Brigade's holding company.",
     "The Blue Brigade announced that its chief financial officer, Kenta Kon, would succeed Sato as president"),
])
def test_a_label_keeps_what_defines_its_words(sentence, label):
    """No cut before a defining "who"/"as", inside an unfinished "that" clause, and no date
    phrase taken for the subject of a later clause."""
    events = _events("The Blue Brigade was formed in 2014. " + sentence)
    assert events[-1].label == label


def test_a_label_does_not_stop_at_an_indefinite_noun_its_next_words_define():
    events = _events("The Blue Brigade was formed in 2014. On 14 July 2022, the president signed a new law, under "
                     "which citizens who join the Blue Brigade can be imprisoned for up to 20 years if they \"defect "
                     "to the side of the enemy during an armed conflict or hostilities.\"")
    assert events[-1].label.startswith("The president signed a new law, under which citizens")


def test_a_clause_whose_verb_came_before_it_takes_the_sentence():
    events = _events("The Blue Brigade was formed in 2014. Anna Lind was its first commander. She left in August "
                     "2016 and was followed by Max Berg, and in 2018 by Tom Gray.")
    by_date = {e.date.iso: e.label for e in events}
    # a chain of successors: the later link names its own pair (the sentence would retell 2016)
    assert by_date["2018"] == "Tom Gray succeeded Max Berg"  # the passive opens on who came in


def test_one_sentence_dating_one_happening_twice_is_one_event_on_a_timeline():
    from briefkit.select import select_events

    events = _events("The Blue Brigade was formed in 2014. An order signed by the minister on 9 March 2015 was "
                     "ratified on 10 March 2015. The brigade won the cup in 2016. The brigade won the cup in 2017.")
    labels = [(e.date.iso, e.label) for e in select_events(events, None)]
    assert sum("ratified" in label for _, label in labels) == 1, labels
    assert sum("won the cup" in label for _, label in labels) == 2, labels  # two sentences: two events


def test_two_objects_dated_apart_each_get_the_verb():
    events = _events("The Blue Fleet was formed in 2014. Drones sank the landing ship Tsezar Kunikov on 14 February "
                     "2024 and the patrol ship Sergei Kotov on 5 March 2024.")
    by_date = {e.date.iso: e.label for e in events}
    assert by_date["2024-02-14"] == "Drones sank the landing ship Tsezar Kunikov"
    assert by_date["2024-03-05"] == "Drones sank the patrol ship Sergei Kotov"


def test_him_in_a_label_names_the_one_person_it_can_mean():
    events = _events("The Blue Company was founded in 2000. Carl Berg chaired the board of the Blue Company from "
                     "2012; Anna Lind succeeded him as chair in May 2020. Hans Holm resigned as director in 2021 "
                     "after Olle Dahl accused him of fraud.")
    labels = {e.date.iso: e.label for e in events}
    assert labels["2020-05"] == "Anna Lind succeeded Carl Berg as chair"
    assert "Dahl accused him" in labels["2021"]  # two people in the clause: no guess


def test_a_list_line_of_a_term_reads_as_what_happened():
    from briefkit.extract.events import make_label

    class S:  # a subject stand-in: the label needs only its short name
        short = "Blue Regiment"

    assert make_label("Prince Charles – Colonel-in-Chief, since 1977", None, S(), None) == \
        "Prince Charles became Colonel-in-Chief"
    assert make_label("General Sir John Lorimer – Colonel Commandant, until 2021", None, S(), None) == \
        "General Sir John Lorimer left the post of Colonel Commandant"


def test_a_bare_surname_in_a_label_gets_the_full_name_the_profile_knows():
    from briefkit.extract.events import with_full_name

    names = {"Vestberg": "Hans Vestberg", "Carnegie": "Andrew Carnegie"}
    assert with_full_name("Vestberg stepped down", names) == "Hans Vestberg stepped down"
    assert with_full_name("The endowment opened the Carnegie Moscow Center", names) == \
        "The endowment opened the Carnegie Moscow Center"  # part of another name
    assert with_full_name("Hans Vestberg stepped down", names) == "Hans Vestberg stepped down"
    # a name joined by particles is a name already: the Abuelas' "Licha de la Cuadra died" had read
    # "Licha de la Alicia Zubasnabar de De la Cuadra died"
    cuadra = {"Cuadra": "Alicia Zubasnabar de De la Cuadra"}
    assert with_full_name("Licha de la Cuadra died", cuadra) == "Licha de la Cuadra died"
    assert with_full_name("Cuadra died", cuadra) == "Alicia Zubasnabar de De la Cuadra died"


@pytest.mark.parametrize("sentence, label", [
    ("In the election of 26 October 2024 the Blue Party was declared the winner with 54 percent of the vote.",
     "In the election, the Blue Party was declared the winner with 54 percent of the vote"),
    ("A Council decision adopted on 6 April 2009 replaced the convention of the Blue Party.",
     "A Council decision replaced the convention of the Blue Party"),
    # (the Nepal Army's "Under a seven-point agreement of 1 November 2011 among the main parties":
    # the opening's noun phrase goes on after its date, and reads whole without it)
    ("Under a seven-point agreement of 1 November 2011 among the main parties, up to 6,500 former fighters "
     "could join the Blue Party.",
     "Under a seven-point agreement among the main parties, up to 6,500 former fighters could join the Blue Party"),
    ("By a resolution of 3 September 1991 on the reform of banks, the Blue Party became a central bank.",
     "By a resolution on the reform of banks, the Blue Party became a central bank"),
    # ("then" after the opening subject counts from the sentence before, which the row does not
    # show: the Nepal Army's "Ashok Raj Sigdel then took part in the talks", 21 fixture rows)
    ("On 12 September 2025 the Blue Party then took part in the talks.", "The Blue Party took part in the talks"),
    ("On 3 March 2021 Parliament then passed the Blue Party Act.", "Parliament passed the Blue Party Act"),
    ("On 3 March 2021 the Blue Party signed a deal then valued at $3 billion.",
     "The Blue Party signed a deal then valued at $3 billion"),
])
def test_a_label_does_not_repeat_the_date_shown_beside_it(sentence, label):
    events = _events("The Blue Party was founded in 2000. " + sentence)
    assert events[-1].label == label


def test_a_verb_after_a_where_it_clause_is_the_organisations():
    events = _events("The Blue Brigade was formed in 2014. Late in 2015 Carl Berg moved much of the Blue Brigade to "
                     "Syria, where it fought for the government and took part in the recapture of Palmyra in 2016.")
    assert next(e for e in events if e.date.iso == "2016").label == "The Blue Brigade took part in the recapture of Palmyra"


def test_who_died_stays_in_the_label_of_a_crash():
    events = _events("The Blue Group was formed in 2014. On 23 August 2023 an Embraer business jet flying from Moscow "
                     "to Saint Petersburg crashed near Kuzhenkino in Tver Oblast, killing all ten people on board, "
                     "among them Ann Holm and Bo Dahl.")
    assert events[-1].label == ("An Embraer business jet crashed near Kuzhenkino in Tver Oblast, killing all ten "
                                "people on board, among them Ann Holm and Bo Dahl")


def test_a_name_with_a_number_is_not_cut():
    events = _events("The Blue Legion was formed in 1831. On 1 April 1841 the Blue Legion was split into two regiments, "
                     "the ancestors of the present 1st Foreign Regiment and 2nd Foreign Infantry Regiment of the army.")
    assert not events[-1].label.endswith("1st Foreign Regiment")


def test_a_surname_that_is_the_organisations_name_is_the_organisation(tmp_path):
    f = tmp_path / "e.txt"
    f.write_text("= Ericsson =\n\nTelefonaktiebolaget LM Ericsson, commonly known as Ericsson, is a maker of "
                 "telephone equipment.\n\n== History ==\n\nIn 1876 Lars Magnus Ericsson opened a workshop. "
                 "On 2 March 2023 Ericsson agreed to plead guilty and pay a further penalty.\n")
    from briefkit.readers import read

    events = read(f).events
    assert next(e for e in events if e.date.iso == "2023-03-02").label.startswith("Ericsson agreed")


def test_a_definite_description_is_named_as_the_section_named_it_before():
    events = _events("The Blue Agency is the police agency of the union. The Blue Convention was signed in 1995. "
                     "The Grey Summit met in 1996. A council decision adopted on 6 April 2009 replaced the Convention. "
                     "In 2010 the summit in Lisbon praised it.")
    by_date = {e.date.iso: e.label for e in events}
    assert by_date["2009-04-06"] == "A council decision replaced the Blue Convention"
    # a description its next words already pin down is left as written
    assert by_date["2010"].startswith("The summit in Lisbon")


def test_a_kind_the_subject_is_names_the_subject_not_an_earlier_body():
    events = _events("The Blue Party is the governing political party of Ruritania. In 2011 Anna Lind launched the "
                     "public movement Blue Dream. In April 2012 the movement was founded as the party Blue Party. "
                     "In 2016 the party won the election.")
    by_date = {e.date.iso: e.label for e in events}
    assert by_date["2012-04"].startswith("The public movement Blue Dream was founded")
    assert by_date["2016"].startswith(("The party won", "The Blue Party won"))


def test_a_pronoun_inside_the_subject_is_named():
    events = _events("The Blue Group is a private company. Anna Lind served in the army until 2010. After leaving "
                     "the service she worked in Syria. The company she founded in 2014 took its name from her call "
                     "sign, \"Blue\".")
    label = next(e.label for e in events if e.date.iso == "2014")
    assert label.startswith("The company Anna Lind founded"), label


def test_whose_and_whom_a_her_means_are_named():
    events = _events("The Blue Agency is an agency. On 8 March 2018 the Council appointed Anna Lind as director. "
                     "On 10 May 2022 the Council renewed her mandate for a second term. On 27 March 2023 the board "
                     "named her chair.")
    by_date = {e.date.iso: e.label for e in events}
    assert by_date["2022-05-10"] == "The Council renewed Anna Lind's mandate for a second term"
    assert by_date["2023-03-27"] == "The board named Anna Lind chair"  # after a verb of naming: the one named


def test_a_numbered_instrument_is_named_by_its_number():
    events = _events("The Blue Agency is an agency. Regulation (EU) 2016/794, adopted in May 2016, took effect on "
                     "1 May 2017. In June 2022 the regulation was amended to allow the agency to process large data.")
    by_date = {e.date.iso: e.label for e in events}
    assert by_date["2022-06"].startswith("Regulation (EU) 2016/794 was amended"), by_date


def test_a_habit_over_a_year_is_not_a_happening():
    events = _events("The Blue Brigade was formed in March 2022. State media has rarely mentioned the Blue Brigade "
                     "during 2022. In 2023 Anna Lind resigned, admitting that she had not told the truth.")
    by_date = {e.date.iso: e for e in events}
    assert by_date["2022"].background  # how things stood, not something that happened in 2022
    assert not by_date["2023"].background  # a resignation beside a "had not" is still one


@pytest.mark.parametrize("sentence", [
    "On 2 March 2023 the Blue Company agreed to plead guilty and pay a further penalty.",
    "On 19 March 2025 a jury found the Blue Company liable for defamation.",
    "On 6 December 2019 the Blue Company settled investigations by the Justice Department.",
])
def test_a_plea_a_verdict_or_a_settlement_is_legal(sentence):
    events = _events("The Blue Company is a company. " + sentence)
    assert events[-1].kind == "legal", (events[-1].kind, events[-1].label)


def test_an_undated_outcome_joined_by_and_stays_with_its_happening():
    events = _events("The Blue Legion was formed in 1831. Worn down by the campaign, it was dissolved on 8 December "
                     "1838, and a new Legion raised in France took its place. On 17 July 1843, Anna Lind was lost "
                     "near Orel, and Max Berg, who had arrived with reinforcements, succeeded her.")
    by_date = {e.date.iso: e.label for e in events}
    assert by_date["1838-12-08"].endswith("was dissolved, and a new Legion raised in France took its place")
    # an outcome whose pronoun needs the sentence's referents stays out of the label
    assert by_date["1843-07-17"] == "Anna Lind was lost near Orel"


def test_the_two_groups_are_the_pair_the_section_named():
    events = _events("The Blue Legion was formed in 2022. In May 2023, the Blue Legion and the Red Corps launched a "
                     "raid into the border district. The two groups launched another raid on 1 June 2023.")
    label = next(e.label for e in events if e.date.iso == "2023-06-01")
    assert label.startswith("The Blue Legion and the Red Corps launched another raid"), label


def test_an_amended_mandate_and_a_suspension_are_news_not_other():
    """A change to the law an organisation works under, and a suspension of talks or
    membership, are what a briefing reports; 'other' would rank them below trivia."""
    p = Profile.model_validate({
        "names": {"title": "Blue Agency"},
        "lead": [{"kind": "paragraph", "text": "The Blue Agency is an agency."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            "The Blue Agency was set up in 1999. "
            "In June 2022 the regulation was amended to allow the agency to process large datasets. "
            "On 28 November 2024 the minister announced that the government was suspending its accession talks. "
            "In 2023 the council amended its statute to add two seats.")}]}],
    })
    events, _ = extract_events(p)
    by = {e.date.year: e for e in events}
    assert by[2022].kind == "legal" and by[2023].kind == "legal"
    assert by[2024].kind == "milestone" and by[2024].importance > WEIGHT["other"]


def _labels_of(text: str) -> dict[str, str]:
    p = Profile.model_validate({
        "names": {"title": "Acme"},
        "lead": [{"kind": "paragraph", "text": "Acme is a company."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": text}]}],
    })
    events, _ = extract_events(p)
    return {e.date.iso: e.title for e in events}


def test_a_dated_second_clause_after_a_plain_and_is_its_own_event():
    got = _labels_of("Acme was founded in 1870. The company began making telephones in 1878 and in 1881 won "
                     "its first major contracts, in Norway and Sweden.")
    assert got["1878"] == "The company began making telephones"
    assert got["1881"].startswith("The company won its first major contracts")
    # without a date of its own the first part is not a happening: the sentence stays one
    got = _labels_of("Acme was founded in 1870. The committee chartered a boat, renamed it Hope and on "
                     "15 September 1971 sent it to sea.")
    assert got["1971-09-15"].startswith("The committee chartered a boat")


def test_an_emphatic_reflexive_after_the_subject_is_left_out_of_a_label():
    got = _labels_of("Acme was founded in 1870. Lars Berg himself led the company from 1876 to 1900. "
                     "In 2013 Acme said it would rename itself after its best-known brand.")
    assert any(v.startswith("Lars Berg led the company") for v in got.values()), got
    assert "rename itself" in got["2013"]


def test_a_long_label_is_cut_before_a_phrase_of_place_not_before_its_object():
    got = _labels_of("Acme was founded in 1870. In February 2022 Acme disclosed that an internal inquiry had found "
                     "it may have made payments to the Islamic State group for transport routes in Iraq, "
                     "and on 2 March 2023 it agreed to plead guilty.")
    assert got["2022-02"].endswith("made payments to the Islamic State group for transport routes"), got


def test_took_office_says_which_office():
    p = Profile.model_validate({
        "names": {"title": "Acme"},
        "lead": [{"kind": "paragraph", "text": "Acme is a company."}],
        "people": [{"name": "Stephen Elm", "role": "CEO", "leader": True, "period": "2010–2013"},
                   {"name": "Anna Lind", "role": "Director-General", "leader": True}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            "Acme was founded in 1990. In September 2010 the board announced that Stephen Elm would replace "
            "the chief executive, and Stephen Elm took office on 21 September. "
            "Anna Lind took office on 3 December 2019.")}]}],
    })
    events, _ = extract_events(p)
    labels = {e.date.iso: e.title for e in events}
    assert labels["2010-09-21"] == "Stephen Elm took office as CEO"
    assert labels["2019-12-03"] == "Anna Lind took office as director-general"


def test_an_outcome_joined_by_and_says_what_kind_of_happening_it_was():
    got = _history_events("Blue Legion", "a unit", (
            "The Blue Legion was formed in 1831. In 1962, at the end of the war, the Legion left Oran and "
            "moved its home to Aubagne. In 1954 legionnaires were among the defenders of Dien Bien Phu. "
            "In 2014 the Legion built field hospitals in Guinea."))
    assert got["1962"].kind == "reorganisation"
    assert got["1954"].kind == "operation"
    assert got["2014"].kind == "milestone"


def test_years_inside_an_admission_date_what_was_admitted():
    events, _ = extract_events(Profile.model_validate({
        "names": {"title": "Acme"},
        "lead": [{"kind": "paragraph", "text": "Acme is a company."}],
        "sections": [{"title": "Legal", "blocks": [{"kind": "paragraph", "text": (
            "Acme was founded in 1876. On 6 December 2019 Acme settled the investigations. "
            "The company admitted that from 2000 to 2016 it had used agents to pay bribes in several countries.")}]}],
    }))
    bribes = next(e for e in events if "bribes" in e.text)
    assert bribes.date.year == 2000 and bribes.end is not None and bribes.end.year == 2016
    assert bribes.title == "Acme used agents to pay bribes in several countries (by its own admission)"


def test_what_another_admitted_is_said_to_be_their_admission():
    events, _ = extract_events(Profile.model_validate({
        "names": {"title": "Acme"},
        "lead": [{"kind": "paragraph", "text": "Acme is a company."}],
        "sections": [{"title": "Legal", "blocks": [{"kind": "paragraph", "text": (
            "Acme was founded in 1876. Its former treasurer admitted that in 2004 he had diverted funds to a shell firm.")}]}],
    }))
    diverted = next(e for e in events if "diverted" in e.text)
    assert diverted.title.endswith("diverted funds to a shell firm (as its former treasurer admitted)")


def test_a_first_dates_row_ends_where_the_second_dates_happening_begins():
    got = _labels_of("Acme was founded in 1990. The Acme Convention was drawn up in 1995 and came into force "
                     "on 1 October 1998, once every member had ratified it.")
    assert got["1995"] == "The Acme Convention was drawn up"


def test_selling_a_business_of_its_own_is_a_reorganisation():
    got = {e.date.iso: e for e in extract_events(Profile.model_validate({
        "names": {"title": "Acme"},
        "lead": [{"kind": "paragraph", "text": "Acme is a company."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            "Acme was founded in 1865. On 3 September 2013 Acme agreed to sell substantially all of its Devices "
            "and Services business to Macrosoft. In 2015 Acme sold 20 tons of paper.")}]}],
    }))[0]}
    assert got["2013-09-03"].kind == "reorganisation"
    assert got["2015"].kind != "reorganisation"


def test_the_role_a_verb_is_done_as_stays_in_the_label():
    p = Profile.model_validate({
        "names": {"title": "Blue Party"},
        "lead": [{"kind": "paragraph", "text": "The Blue Party is a party."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            "On 30 December 2023 Ivan Petrov returned once more, as honorary chairman, a post added to "
            "the party statute for him in the same week after a long debate.")}]}],
    })
    events, _ = extract_events(p)
    assert [e.label for e in events if e.date.year == 2023] == ["Ivan Petrov returned once more as honorary chairman"]


def test_the_later_link_of_a_chain_of_successors_names_its_own_pair():
    got = _labels_of("Acme was founded in 1971. Anna Berg left in August 1973 and was followed by Carl Holm, "
                     "and in 1975 by Dora Lind.")
    assert got["1975"] == "Dora Lind succeeded Carl Holm"


def test_a_row_dated_to_a_year_does_not_say_the_year_again_inside_its_label():
    got = _labels_of("Acme was founded in 1990. The company Ivan Petrov founded in 2014 took its name from his "
                     "call sign. The twins were born in 1949.")
    assert got["2014"] == "The company Ivan Petrov founded took its name from his call sign"
    assert got["1949"].endswith("born in 1949")  # where the phrase ends the clause it stays


def test_a_part_led_by_someone_is_no_change_of_leader_and_holding_out_is_a_fight():
    events = _events("The Blue Brigade was formed in 2014. On 30 April 2015 a company led by Captain Jan Dane "
                     "held out at the farm of Hill 4 against a far larger force.")
    assert events[-1].kind == "operation"
    events = _events("The Blue Brigade was formed in 2014. In 2016 the brigade was led by Colonel Jan Dane.")
    assert events[-1].kind == "leadership"


def test_a_birth_aside_does_not_undo_a_change_of_leader():
    events = _events("The Blue Brigade was formed in 2014. General Jan Dane commanded the brigade from 2014 to 2018. "
                     "He was followed on 1 August 2018 by Brigadier General Ola Berg, born in 1966, a former "
                     "commander of the 4th Regiment.")
    assert [e.kind for e in events if e.date.year == 2018 and e.date.month == 8] == ["leadership"]


def test_an_election_of_one_of_its_leaders_is_a_change_of_leadership(tmp_path):
    f = tmp_path / "p.txt"
    f.write_text("= Blue Party =\n\nInfobox\n- President: Ola Berg\n\nThe Blue Party is a party.\n\n"
                 "== History ==\nThe Blue Party was founded in 1990. Ola Berg, a physician born in 1979, was elected "
                 "at the assembly in Tula on 27 June 2025. Carl Dane was elected at a congress of another party in "
                 "2026.\n", encoding="utf-8")
    by = {e.date.year: e for e in read(f).events}
    assert by[2025].kind == "leadership" and by[2025].label == "Ola Berg was elected at the assembly in Tula"
    assert by[2026].kind != "leadership"


def test_a_meaning_said_once_is_not_said_again_as_whose_word_it_is():
    """The clause of what the date means is the label's once: it had been appended again at the
    label's end, as "according to X" is ("... keeps this day as its foundation, the day the guard
    still keeps as its foundation.")."""
    events = _events("A company of 150 set out in 1505. The company entered Rome on 22 January 1506, the day the "
                     "guard still keeps as its foundation.")
    row = next(e for e in events if e.date.day == 22)
    assert row.label == "The company entered Rome; the guard still keeps this day as its foundation"


def test_a_label_keeps_what_its_date_means_to_the_organisation():
    """What the row's date means is said as a clause of its own beside it: rounds 57-61 read
    "was ratified on the date the Legion treats as its founding" as a loop."""
    events = _events("An ordinance signed by King Louis of the Blue Land on 9 March 1831 was ratified on 10 March "
                     "1831, the date the Blue Brigade treats as its founding.")
    founding = [e for e in events if e.date.day == 10]
    assert founding and founding[0].label.endswith("the Blue Brigade treats this date as its founding")
    assert "10 March" not in founding[0].label
    # nor the other day's date, which beside 10 March read as a second date of the ratification
    assert founding[0].label == ("An ordinance signed by King Louis of the Blue Land was ratified; the Blue Brigade "
                                 "treats this date as its founding")
    # a meaning of another shape keeps the date's place in the sentence
    marks = _events("The Blue Brigade was formed in 1990. The treaty was signed on 9 May 1995, the day that marks the "
                    "end of the war.")
    assert any(e.label.endswith("on the day that marks the end of the war") for e in marks), [e.label for e in marks]


def test_a_result_the_article_says_was_contested_ranks_higher():
    p = Profile.model_validate({
        "names": {"title": "Blue Party"},
        "lead": [{"kind": "paragraph", "text": "The Blue Party is a party."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            "In the election of 8 October 2016 the Blue Party won 40 of the 90 seats. "
            "In the election of 26 October 2020 the Blue Party won 41 of the 90 seats, "
            "a result the opposition refused to accept.")}]}],
    })
    events, _ = extract_events(p)
    by = {e.date.year: e for e in events}
    assert by[2020].label.endswith("a result the opposition refused to accept")
    assert by[2020].importance > by[2016].importance


def test_they_after_something_of_the_organisations_is_the_organisation_unless_a_plural():
    events = _events("The Blue Brigade was formed in 2014. On 1 June 2022, the Blue Brigade's official channel "
                     "posted a video of a captured tank. On 29 June, they said they captured a prisoner near Izium.")
    assert events[-1].label == "The Blue Brigade said they captured a prisoner near Izium"
    events = _events("The Blue Brigade was formed in 2014. On 1 June 2022 the Blue Brigade's volunteers "
                     "photographed the old bridge. On 29 June, they recorded interviews with residents.")
    # (not the organisation: the plural the sentence before named, `_they_mean`)
    assert events[-1].label.startswith("The Blue Brigade's volunteers recorded"), events[-1].label


def test_the_unit_named_at_the_end_of_the_sentence_before_is_named_in_the_label():
    events = _events("The Blue Brigade was formed in 2001. In 2007 the Blue Brigade and the Red Guard combined their "
                     "signal companies in a joint venture, Blue Red Signals. In 2013 the unit was renamed Blue Signals.")
    assert events[-1].label == "Blue Red Signals was renamed Blue Signals"
    events = _events("The Blue Brigade was formed in 2001. In 2007 it absorbed the Red Guard. In 2013 the unit was "
                     "renamed Blue Signals.")
    assert events[-1].label.startswith("The unit") or events[-1].label.startswith("The Blue Brigade")


def test_a_span_of_days_within_a_month_is_a_moment_not_a_period():
    p = Profile.model_validate({
        "names": {"title": "Blue Brigade"},
        "lead": [{"kind": "paragraph", "text": "The Blue Brigade is a unit."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            "The Blue Brigade was formed in 2014. Between 16 and 20 May 2022 its defenders left the plant "
            "and regrouped in the city. From 2015 to 2019 the brigade guarded the port.")}]}],
    })
    by = {e.date.year: e for e in extract_events(p)[0]}
    assert by[2022].end is not None and by[2015].end is not None
    # the few days count as a month-dated happening; the four years keep the span's penalty
    assert by[2022].importance - WEIGHT[by[2022].kind] == pytest.approx(0.06)
    assert by[2015].importance < WEIGHT[by[2015].kind]


@pytest.mark.parametrize("sentence, year, label", [
    ("The Blue Convention was drawn up in 1995 and came into force on 1 October 1998, once every member had "
     "ratified it.", 1998, "The Blue Convention came into force, once every member had ratified it"),
    ("After the invasion, the Council of the Blue Brigade suspended the Red Guard's rights on 25 February 2022 and "
     "expelled it on 16 March 2022.", 2022, "The Council of the Blue Brigade expelled it"),
    ("The Blue Brigade was constituted as the 82nd Brigade on 5 August 1917 and organised on 25 August 1917 at "
     "Camp Gordon, Georgia.", 1917, "The Blue Brigade was organised at Camp Gordon, Georgia"),
])
def test_a_second_verb_of_one_subject_gets_that_subject_on_its_own_row(sentence, year, label):
    events = _events("The Blue Brigade was formed in 1900. " + sentence)
    last = max((e for e in events if e.date.year == year), key=lambda e: e.date.start())
    assert last.label == label


def test_a_second_date_of_a_sentence_about_the_organisation_is_no_background():
    """"The Europol Convention was drawn up in 1995 and came into force on 1 October 1998" names
    the organisation in its opening words, which the second date's window had cut off."""
    p = Profile.model_validate({
        "names": {"title": "Europol"},
        "lead": [{"kind": "paragraph", "text": "Europol is an agency."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            "The Europol Convention was drawn up in 1995 and came into force on 1 October 1998, once every member "
            "state had ratified it. On 1 July 1999, Europol took over the tasks of the Drugs Unit and began its "
            "full activities.")}]}],
    })
    (e,) = [e for e in extract_events(p)[0] if e.date.year == 1998]
    assert not e.background


def test_a_claimed_capture_is_told_as_the_fighting_it_claims():
    events = _events("The Blue Brigade was formed in 2014. On 20 May 2023 its commander declared the town of Izium "
                     "taken, a claim disputed by the defenders.")
    assert events[-1].kind == "operation"
    assert events[-1].label.endswith("a claim disputed by the defenders")


def test_a_date_of_a_participle_describing_the_subject_tells_that_participle():
    events = _events("An ordinance signed by King Louis of the Blue Land on 9 March 1831 was ratified on 10 March "
                     "1831, the date the Blue Brigade treats as its founding.")
    by = {e.date.day: e for e in events if e.date.year == 1831}
    assert by[9].label == "An ordinance was signed by King Louis of the Blue Land"
    assert "the Blue Brigade treats this date as its founding" in by[10].label
    # one date only: the subject's date is the main verb's (the decision replaced it when adopted)
    events = _events("The Blue Brigade was formed in 2001. A Council decision adopted on 6 April 2009 replaced the "
                     "Blue Convention.")
    assert events[-1].label == "A Council decision replaced the Blue Convention"


def test_the_city_of_the_sentence_before_is_named_in_the_row_and_its_longer_telling():
    events = _events("The Blue Brigade was formed in 2014. Its units carried most of the fighting for Izium. On 20 "
                     "May 2023 its commander Ivan Petrov declared the city taken, a claim disputed by the defenders, "
                     "and said his men would hand their positions over to the regular army within days.")
    row = [e for e in events if e.date.year == 2023][0]
    assert "Izium" in row.label and "the city" not in (row.statement or row.label)


@pytest.mark.parametrize(("before", "name"), [
    # a region beside the person is no second person
    ("Piet Aldens, a Dutch lawyer, worked for the World Bank as its director for East Africa.", "Piet Aldens"),
    # a run of capitals that goes on into a body's word is that body, not a person
    ("Piet Aldens, a co-chair of the successor Memorial Human Rights Defence Centre, stayed in Tula.", "Piet Aldens"),
    # a part of the organisation named by its name is no second person
    ("Piet Aldens, a Dane who had led Blue Nordic for fifteen years, became director.", "Piet Aldens"),
    # a lone surname opening a sentence in apposition with a role is a person
    ("Aldens, a co-chair of the successor Human Rights Defence Centre, stayed in Tula.", "Aldens"),
])
def test_he_is_the_one_person_the_sentence_before_named(before: str, name: str) -> None:
    p = Profile.model_validate({
        "names": {"title": "Blue Society"},
        "lead": [{"kind": "paragraph", "text": "The Blue Society is a society."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            f"The Blue Society was founded in 1990. {before} In 1993 he opened an office of the society in Berlin.")}]}],
    })
    events, _ = extract_events(p)
    [e] = [e for e in events if e.date.year == 1993]
    assert e.title.startswith(name + " opened")


@pytest.mark.parametrize(("text", "year", "label"), [
    # "They" opening a sentence is the plural the sentence before opened on
    ("In 2014, under Colonel Ivan Petrenko, units of the brigade fought near Tula and Orel. On 24 July 2015 they took Kursk and Orel, giving the army control of the road between the two cities.",
     2015, "Units of the brigade took Kursk"),
    ("In 2016 seven founders met in a courtyard. In 2017 they held their first reading.",
     2017, "The seven founders held their first reading"),
    # the second date of a sentence says who, as its first does
    ("Ivan Petrenko, a lawyer, became chairman in 2019. He stood for parliament in 2020 but lost the vote of "
     "20 March 2021 to Olga Smirnova.", 2021, "Ivan Petrenko stood for parliament"),
])
def test_a_pronoun_opening_a_row_is_who_the_text_named(text: str, year: int, label: str) -> None:
    p = Profile.model_validate({
        "names": {"title": "Blue Society"},
        "lead": [{"kind": "paragraph", "text": "The Blue Society is a society."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": text}]}],
    })
    events, _ = extract_events(p)
    [e] = [e for e in events if e.date.year == year]
    assert e.title.startswith(label)


def test_a_humanitarian_bodys_work_in_a_crisis_is_an_operation():
    p = Profile.model_validate({
        "names": {"title": "Blue Aid"},
        "lead": [{"kind": "paragraph", "text": "Blue Aid is a charity."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            "In 2014 Blue Aid built treatment centres in Guinea during the West African epidemic. "
            "In 2016 Blue Aid sent doctors to Haiti after the earthquake.")}]}],
    })
    events, _ = extract_events(p)
    by = {e.date.year: e for e in events}
    assert by[2014].kind == "operation"


def test_a_board_picking_its_next_chief_is_a_change_of_leader():
    events = _events("The Blue Brigade was formed in 2014. The board picked Ivan Petrov, born in 1968 and then "
                     "president of the commercial aircraft business, as the next chief executive on 8 October 2018.")
    [e] = [e for e in events if e.date.year == 2018]
    assert e.kind == "leadership" and e.label == "The board picked Ivan Petrov as the next chief executive"


def test_a_persons_story_in_an_aside_is_not_the_clauses_happening():
    """"X, who left Russia at the outbreak of the invasion, had joined the Legion" was read as an
    operation (0.8) and took a snapshot's key-event place."""
    events = _events("On 11 June 2022 Ivan Petrov, who left Russia at the outbreak of the invasion, joined the "
                     "Blue Brigade. On 3 July 2022 the Blue Brigade raided a village near Kursk.")
    by = {e.date.month: e for e in events}
    assert by[6].kind != "operation" and by[7].kind == "operation"


def test_a_row_dated_by_its_report_counts_less_than_one_dated_by_its_happening():
    """"On 11 June it became known that X had joined": the date is the day it was told."""
    told = _events("On 11 June 2022 it became known that Ivan Petrov had joined the Blue Brigade.")
    done = _events("On 11 June 2022 Ivan Petrov joined the Blue Brigade.")
    assert told[0].importance < done[0].importance
    # someone's report is that one's act: "the agency reported that X had met its commitments"
    act = _events("On 16 January 2016 the agency reported that the Blue Brigade had met its commitments.")
    plain = _events("On 16 January 2016 the agency reported that the Blue Brigade met its commitments.")
    assert act[0].importance == plain[0].importance


def test_what_a_post_or_statement_claims_is_not_the_clauses_happening():
    """"The channel posted a video claiming to show a tank being captured" and "made a statement
    that it had withdrawn from active fighting" had ranked as operations (0.8), beside the raids."""
    events = _events("On 1 June 2022 the Blue Brigade's channel posted a video claiming to show a tank being "
                     "captured. On 13 July 2022 the Blue Brigade made a statement that it had withdrawn from active "
                     "fighting. On 3 August 2022 the Blue Brigade raided a village near Kursk.")
    by = {e.date.month: e for e in events}
    assert by[6].kind != "operation" and by[7].kind != "operation" and by[8].kind == "operation"


def test_an_object_it_after_the_subjects_name_is_the_subject():
    """"The Republican Party ... joined it in a coalition" was shown alone, "it" unnamed."""
    events = _events("In December 2011 he launched the public movement Blue Brigade, and in February 2012 the "
                     "Green Party and the Red Union joined it in a coalition.")
    joined = next(e for e in events if e.date.year == 2012)
    assert re.fullmatch(r"The Green Party and the Red Union joined (?:the )?Blue Brigade in a coalition", joined.label), \
        joined.label
    # another antecedent is left as it was
    events = _events("In 2011 the Blue Brigade signed a treaty with Dorland, and in February 2012 the Green Party "
                     "joined it in a coalition.")
    joined = next(e for e in events if e.date.year == 2012)
    assert "Blue Brigade" not in joined.label


def test_a_label_keeps_whose_word_it_is():
    """"27 Feb 2022 They crossed to the Ukrainian side ..." had lost the article's "According to
    the company commander": the timeline stated a claim as fact."""
    events = _events("The Blue Brigade was formed in 2022. According to the company commander, the soldiers crossed "
                     "the river with the help of local guides on 27 February 2022.")
    crossed = next(e for e in events if e.date.day == 27)
    assert crossed.label.endswith(", according to the company commander"), crossed.label


def test_a_clause_closing_on_that_year_takes_the_year_of_the_sentence_before():
    """"Kenneth Roth succeeded him that year" had no date of its own, so the succession the
    article tells was missing from the timeline. In a sentence whose own date comes first
    ("In 1920 ..., and a fourth regiment was raised the same year") the reference is to that
    date, not to the sentence before."""
    evs = _events("Aryeh Neier became executive director in 1981 and ran the office through the 1980s. "
                  "He left in 1993. Kenneth Roth succeeded him that year. "
                  "In 2002 the brigade moved to Lyon, and a fourth office was opened the same year.",
                  title="Watch Group")
    roth = [e for e in evs if "Roth" in e.text]
    assert [(e.date.year, e.label) for e in roth] == [(1993, "Kenneth Roth succeeded Aryeh Neier")]
    fourth = [e for e in evs if "fourth office" in e.text]
    assert fourth and all(e.date.year == 2002 for e in fourth)


def test_a_span_of_office_another_telling_already_names_is_not_a_second_event():
    """"Lars Magnus Ericsson himself led the company from 1876 to 1900" restates the founding by
    Lars Magnus Ericsson in 1876: one happening, told once on the timeline. A span that nothing
    else tells ("Burns led the endowment from February 2015 to January 2021") is the change of
    leader itself and stays. The judgement is `_restated_tenures`'."""
    evs = _events("The company was founded in 1876 by Lars Magnus Ericsson in Stockholm. "
                  "Lars Magnus Ericsson himself led the company from 1876 to 1900. "
                  "Hilda Burns led the company from February 1925 to January 1931, during which sales doubled.",
                  title="Acme Telephone")
    shown = [e.label for e in evs if not e.background]
    assert not any("led the company" in label and "Ericsson" in label for label in shown), shown
    assert any("Burns" in label for label in shown), shown
    assert any(e.date.year == 1876 and "founded" in e.text for e in evs if not e.background)


def test_a_paragraphs_first_yearless_day_takes_the_year_its_own_sentence_states():
    """"On 1 April GCHQ began moving to Eastcote; the move in 1946 took four days" opened a
    paragraph after one that ended in 1942, and the move was dated 1 April 1942. The sentence's
    own "in 1946" is nearer than a year carried over from the paragraph before. Within a
    paragraph the carried year still holds, and "since 2019" is another time."""
    p = Profile.model_validate({"names": {"title": "Signals Office"}, "lead": [
        {"kind": "paragraph", "text": "In 1942 the director was moved to other duties."},
        {"kind": "paragraph", "text": "On 1 April the office began moving to Eastcote; the move in 1946 took four days."},
        {"kind": "paragraph", "text": "In 1950 it opened a branch. On 3 May it signed a lease."},
        {"kind": "paragraph", "text": "On 9 June the office opened a school, which it had planned since 1949."},
    ]})
    days = {(e.date.month, e.date.day): e.date.year for e in extract_events(p)[0] if e.date.day}
    assert days[(4, 1)] == 1946
    assert days[(5, 3)] == 1950  # the paragraph's own year holds
    assert days[(6, 9)] == 1950  # "since 1949" dates the plan, not the opening


def test_the_leads_span_of_the_organisations_own_rule_yields_to_the_body():
    """"It governed Poland from 2005 to 2007" in the lead summarises what the body tells as a
    change ("In 2005 the party won both elections"); the same span with nothing in the body
    for its year is the only telling, and stays."""
    p = Profile.model_validate({"names": {"title": "Order Party"}, "lead": [
        {"kind": "paragraph", "text": "The Order Party is a party. It governed the country from 2005 to 2007. "
                                      "It ran the capital from 1998 to 2002."}],
        "sections": [{"title": "History", "level": 2, "blocks": [
            {"kind": "paragraph", "text": "In 2005 the party won both the parliamentary and the presidential elections."}]}]})
    shown = [(e.date.year, e.label) for e in extract_events(p)[0] if not e.background]
    assert [label for year, label in shown if year == 2005] == [
        "The party won both the parliamentary and the presidential elections"], shown
    assert (1998, "The Order Party ran the capital") in shown


def test_what_a_person_is_described_as_is_not_what_the_clause_tells():
    """"Roth, a former federal prosecutor, had joined" is no legal event, and "the board named
    her executive director" is a change of leader like "named as director"; "brought together
    under the common name X" gives the organisation its name."""
    from briefkit.extract.events import classify
    from briefkit.extract.subject import Subject

    subject = Subject(Profile.model_validate({"names": {"title": "Watch Group"}}))
    assert classify("Roth, a former federal prosecutor, had joined the organisation as deputy director in 1987",
                    subject) != "legal"
    assert classify("The court fined Roth, a former prosecutor, in 1999", subject) == "legal"
    assert classify("On 27 March 2023 the board named her executive director", subject) == "leadership"
    assert classify("In 2021 the trustees named Ann Cole, a justice of the Supreme Court, as president",
                    subject) == "leadership"
    assert classify("A commission with members named by the president met in 2015", subject) != "leadership"
    assert classify("In 1988 the committees were brought together under the common name Watch Group",
                    subject) == "renaming"


def test_the_step_that_completes_a_change_of_leader_outranks_the_one_before(tmp_path):
    """The board names someone and months later they take office: the taking of office says who
    holds the post from when, and the naming ranks lower, so the two do not fill two of a
    snapshot's five places. An election is what decides a change and is not lowered."""
    from briefkit.readers import read

    f = tmp_path / "a.txt"
    f.write_text("= Acme Telephone =\n\nAcme Telephone is a company.\n\n== Leadership ==\n\n"
                 "On 26 October 2016 the board appointed Ann Cole chief executive. "
                 "Ann Cole took office as chief executive on 16 January 2017. "
                 "On 27 June 2025 Tom Bray was elected president at the assembly. "
                 "Tom Bray took office as president on 1 September 2025.\n", encoding="utf-8")
    evs = read(f).events
    rank = {e.date.start().isoformat(): e.importance for e in evs}
    assert rank["2016-10-26"] < rank["2017-01-16"]
    assert rank["2025-06-27"] >= rank["2025-09-01"] - 0.15  # the election keeps its weight


def test_in_a_courts_own_article_the_court_is_the_organisation_not_a_legal_step():
    """The International Criminal Court's "The court's permanent premises ... were formally
    opened" and "has been President of the Court since March 2024" ranked as legal steps: in a
    court's article "the court" is the organisation. Its judgments still are legal steps."""
    from briefkit.extract.events import classify
    from briefkit.extract.subject import Subject

    subject = Subject(Profile.model_validate({"names": {"title": "Blue Court"}}))
    assert classify("The court's permanent premises in The Hague were formally opened on 19 April 2016",
                    subject) != "legal"
    assert classify("On 14 March 2012 a Trial Chamber found the militia leader Carl Berg guilty", subject) == "legal"
    other = Subject(Profile.model_validate({"names": {"title": "Blue Energy"}}))
    assert classify("In 2016 the court's ruling forced the company to pay", other) == "legal"


def test_a_handover_told_as_one_to_come_ranks_below_the_handover_itself(tmp_path):
    """"The government announced on 9 December that the revenue secretary would succeed Das" is
    a step of a change whose taking of office the text tells when it happens: it ranks lower, as
    an earlier naming does. One dated after its "would" is the change itself, scheduled ("voted
    that Lorenzo Losa would succeed Tymkiv as chair on 10 December"), and keeps its weight."""
    from briefkit.readers import read

    f = tmp_path / "a.txt"
    f.write_text("= Acme Telephone =\n\nAcme Telephone is a company.\n\n== Leadership ==\n\n"
                 "On 3 March 2019 Ann Cole took office as chief executive. "
                 "On 9 December 2024 the board announced that Tom Bray would succeed Ann Cole. "
                 "On 4 August 2025 the board voted that Eva Sund would succeed Tom Bray as chair on 10 December. "
                 "On 2 February 2021 Carl Berg took office as chair.\n", encoding="utf-8")
    rank = {e.date.start().isoformat(): e.importance for e in read(f).events if e.kind == "leadership"}
    assert rank["2024-12-09"] < rank["2021-02-02"], rank
    assert rank["2025-12-10"] >= rank["2021-02-02"], rank


def test_a_participle_aside_dates_its_noun_and_a_founding_instrument_starts_the_story(tmp_path):
    """The International Criminal Court's "It was set up by the Rome Statute, a treaty negotiated
    at a diplomatic conference in Rome in 1998" made a founding row at 1998, though the court
    came into being in 2002; and the adoption of that statute on 17 July 1998, before the
    founding, was background. A noun's participle aside dates the noun ("a factory built in
    1960"); one that sums up the clause's own act keeps its date (", a decision formally adopted
    on 26 April"); the making of the instrument the organisation was set up by is its story."""
    from briefkit.readers import read

    f = tmp_path / "c.txt"
    f.write_text("= Blue Court =\n\nInfobox\n- Established: 1 July 2002\n\nThe Blue Court is a tribunal. It was set "
                 "up by the Blue Statute, a treaty negotiated at a conference in Rome in 1998, and its work began "
                 "when the statute entered into force on 1 July 2002.\n\n== History ==\n\nOn 17 July 1998 the "
                 "delegates adopted the Blue Statute by 120 votes to 7. On 3 March 1999 the delegates of another "
                 "conference adopted a declaration on fisheries. In 2005 the court bought the Tartu works, a "
                 "factory built in 1960. Ministers chose Riga as its seat on 14 April 2006, a decision formally "
                 "adopted on 26 April.\n", encoding="utf-8")
    evs = read(f).events
    rows = {e.date.iso: e for e in evs}
    assert not any(e.date.year == 1998 and e.kind == "founding" and not e.background for e in evs), \
        [(e.date.iso, e.kind, e.label) for e in evs]
    assert not rows["1998-07-17"].background
    assert rows["1999-03-03"].background  # another conference's act before the founding
    assert "1960" not in rows and "2005" in rows
    assert "2006-04-26" in rows or "2006-04-14" in rows


def test_a_namesake_before_the_founding_and_a_plan_that_never_happened_are_no_events(tmp_path):
    """Deutsche Welle's "A Berlin broadcasting company called Deutsche Welle GmbH, founded in 1924,
    ... was merged into the Deutschlandsender in 1933" was a row of the broadcaster founded in
    1953: a body of the same name introduced as another is a namesake. "The Broadcasting Council
    meeting first set for 7 May to choose his successor never took place" and "the announced
    withdrawal never took effect" tell nothing that happened."""
    from briefkit.readers import read

    f = tmp_path / "w.txt"
    f.write_text("= Blue Wave =\n\nInfobox\n- Founded: 3 May 1953\n\nBlue Wave is a public broadcaster.\n\n"
                 "== History ==\n\nA Berlin broadcasting company called Blue Wave GmbH, founded in 1924, was merged "
                 "into another station in 1933. Blue Wave began broadcasting on 3 May 1953. The council meeting "
                 "first set for 7 May 2024 to choose a new director never took place. In October 2016 Burundi "
                 "announced that it would leave, but the announced withdrawal of 2017 never took effect.\n",
                 encoding="utf-8")
    rows = {e.date.iso: e for e in read(f).events}
    assert rows["1933"].background, rows["1933"]
    assert rows["2024-05-07"].background and not rows["1953-05-03"].background
    assert all(e.background for e in rows.values() if e.date.year == 2017)


def test_him_in_a_clause_of_its_own_under_one_naming_someone_is_not_the_sentence_befores(tmp_path):
    """"The judge Tomoko Akane has been President since March 2024. The prosecutor, Karim Khan,
    stepped aside in May 2025 while misconduct allegations against him were examined" read
    "allegations against Tomoko Akane": the "him" of a clause of its own under one that names
    someone is that person, as far as a reader can tell, never the one named before. ("Trichet
    succeeded him" still names the one before.)"""
    rows = _history_events("Blue Court", "an international court", (
        "The court was founded in 2002. The judge Anna Lind has been President since March 2024. "
        "The prosecutor, Carl Berg, stepped aside in May 2025 while misconduct allegations against him were "
        "examined. Jon Ek was chief judge until 2011. On 1 November 2011 Per Holm succeeded him."))
    assert "Anna Lind" not in rows["2025-05"].label, rows["2025-05"].label
    assert "Jon Ek" in rows["2011-11-01"].label, rows["2011-11-01"].label


def test_a_date_in_a_restrictive_pluperfect_relative_clause_dates_the_noun_not_the_clause():
    """"It drew its core from members of the alliance that had governed since 1997" was dated
    1997, as though the party had been formed then. An aside set off by commas keeps its own
    rule: "Enders, who had headed the business since August 2007, succeeded him after the
    meeting of 31 May 2012" is dated by the meeting."""
    evs = _events("The Order Party was founded in 2001. It drew its core from members of the alliance that had "
                  "governed since 1997. Ann Cole, who had headed the youth wing since August 2007, succeeded him "
                  "after the congress of 31 May 2012.", title="Order Party")
    assert not any(e.date.year == 1997 and not e.background for e in evs), [(e.date, e.label) for e in evs]
    assert any(e.date.start().isoformat() == "2012-05-31" for e in evs)


def test_she_after_an_announced_successor_is_the_successor(tmp_path):
    """"The minister announced that Anne Kerr, then deputy director, would succeed Sir John Fell as
    director. She took up the post in May 2023": three people were named, but the announcement
    is about one, and the list's "Anne Kerr (since May 2023)" is that same start, told once."""
    from briefkit.readers import read

    f = tmp_path / "a.txt"
    f.write_text("= Signals Office =\n\nThe Signals Office is an agency.\n\n== History ==\n\n"
                 "On 11 April 2023 Foreign Secretary Tom Cole announced that Anne Kerr, then deputy director of "
                 "the Security Service, would succeed Sir John Fell as director. She took up the post in May 2023, "
                 "the first woman to lead the agency.\n\n== Directors ==\n\n- John Fell (2017–2023)\n"
                 "- Anne Kerr (since May 2023)\n", encoding="utf-8")
    may = [e for e in read(f).events if (e.date.year, e.date.month) == (2023, 5) and not e.background]
    assert len(may) == 1 and "Anne Kerr" in may[0].label and "She" not in may[0].label, [e.label for e in may]


def test_until_it_disbanded_is_a_happening_of_its_own(tmp_path):
    """"It was re-formed on 1 January 1983 with the Tornado, which it flew until it disbanded on 28
    March 2014": the disbanding had been read as the kind of the re-forming, and had no row. An
    infobox "Dates" row of several periods, the last to the present, tells no end of the unit."""
    from briefkit.readers import read

    f = tmp_path / "s.txt"
    f.write_text("= No. 9 Squadron =\n\nInfobox\n- Dates: 21 March 1943 – 15 December 1955, 1 January 1983 – "
                 "28 March 2014, April 2018 – present\n\nNo. 9 Squadron is a squadron of the air force.\n\n"
                 "== History ==\n\nIt was re-formed on 1 January 1983 with the Tornado, which it flew for thirty "
                 "years until it disbanded on 28 March 2014 as the force shrank.\n", encoding="utf-8")
    evs = [e for e in read(f).events if not e.background]
    by_day = {e.date.start().isoformat(): e for e in evs}
    assert by_day["2014-03-28"].kind == "dissolution" and "disbanded" in by_day["2014-03-28"].label
    assert by_day["1983-01-01"].kind != "dissolution"
    assert "1955-12-15" not in by_day


def test_a_participle_after_a_noun_dates_that_noun():
    """"It was one of several local groups supporting the national body set up in May 1942" and
    "alongside No. 207 Squadron, the training unit established there on 1 August 2019" date the
    other body, not the subject; "the committee was set up in May 1942" still dates the clause."""
    from briefkit.extract.dates import find_dates
    from briefkit.extract.events import is_reference

    for clause, ref in (("It was one of several local groups supporting the national body set up in May 1942", True),
                        ("It flies alongside No. 207 Squadron, the training unit established there on 1 August 2019", True),
                        ("The committee was set up in May 1942", False)):
        m = find_dates(clause)[0]
        assert is_reference(clause, m) is ref, clause


def test_a_titles_bracket_is_not_part_of_the_name_in_labels_and_a_worker_dismissed_is_no_leader_change(tmp_path):
    """"Solidarity (Polish trade union) was legalised again": the bracket only tells articles
    apart. "Anna W. was dismissed from the shipyard" is no change of the union's leaders, while
    "was dismissed as commander" is one."""
    from briefkit.extract.events import classify
    from briefkit.extract.subject import Subject
    from briefkit.readers import read

    f = tmp_path / "s.txt"
    f.write_text("= Solidarity (Polish trade union) =\n\nSolidarity is a Polish trade union founded in 1980. "
                 "Banned under martial law, it was legalised again in 1989.\n", encoding="utf-8")
    p = read(f)
    assert any(e.label == "Banned under martial law, Solidarity was legalised again" for e in p.events), \
        [e.label for e in p.events]
    subject = Subject(p)
    assert classify("The crane operator Anna W. was dismissed from the shipyard on 7 August 1980", subject) != "leadership"
    assert classify("The commander was dismissed from his post on 7 August 1980", subject) == "leadership"
    assert classify("Ivanov was dismissed as commander on 7 August 1980", subject) == "leadership"


def test_a_succession_told_in_the_passive_opens_on_who_came_in():
    """"Jean Maurin was followed by Brigadier General Denis Mistral": the row is the new
    commander's, so it reads "Brigadier General Denis Mistral succeeded Jean Maurin"."""
    from briefkit.extract.events import _active_succession

    assert _active_succession("Jean Maurin was followed by Brigadier General Denis Mistral") == \
        "Brigadier General Denis Mistral succeeded Jean Maurin"
    assert _active_succession("Sigfrid Edström was followed by David Burghley, Lord Burghley") == \
        "David Burghley, Lord Burghley, succeeded Sigfrid Edström"
    assert _active_succession("The war was followed by a campaign") == "The war was followed by a campaign"


def test_until_a_named_person_did_something_is_their_happening():
    """"he remained in command until Prokopenko resumed it on 17 July 2023": the day is
    Prokopenko's, and the row says what he resumed ("Denys Prokopenko resumed command"), as a
    change of commander."""
    from briefkit.readers import read

    from helpers import FIXTURES

    evs = read(FIXTURES / "articles" / "azov.txt").events
    [e] = [e for e in evs if e.date.start().isoformat() == "2023-07-17"]
    assert e.label == "Denys Prokopenko resumed command" and e.kind == "leadership", (e.label, e.kind)


def test_backstory_and_states_are_not_happenings():
    """Three ways a dated sentence tells no happening of the organisation's: a description
    closing the sentence (", a small clandestine group active since 1978"), who held a post over
    a span ("During 1980 and 1981 the union's spokesman was X, who later became minister"), and a
    forerunner's founding told in the pluperfect ("The party's forerunner, the Rural Party, had
    been founded in 1959")."""
    evs = _events("The union was founded in 1980. It grew out of the strike committee of that summer, and out of "
                  "the Free Unions, a small clandestine group active since 1978. During 1980 and 1981 the union's "
                  "press spokesman was Jan Onys, who later became minister. The party's forerunner, the Rural "
                  "Party, had been founded in 1959 by Veikko Venn.", title="Free Union")
    shown = {e.date.year for e in evs if not e.background}
    assert not shown & {1978, 1959}, [(e.date, e.label) for e in evs if not e.background]
    assert not any("spokesman" in e.label for e in evs if not e.background)


def test_a_bare_surname_that_names_the_company_is_the_founder_after_his_full_name(tmp_path):
    """Ericsson's timeline read "1900 Ericsson withdrew from the business", as if the company
    had left: in the paragraph that named Lars Magnus Ericsson, the bare surname is him."""
    f = tmp_path / "a.txt"
    f.write_text(
        "= Lindqvist =\n\nInfobox\n- Founder: Anders Lindqvist\n\nLindqvist is a Swedish maker of telephones.\n\n"
        "== History ==\nIn 1876 Anders Lindqvist, a mechanic, opened a workshop in Stockholm. The company began "
        "making telephones in 1878, and in 1883 it began exporting them. Lindqvist withdrew from the business in "
        "1900.\n\nIn 1990 Lindqvist received its first order for a mobile network.\n", encoding="utf-8")
    labels = {e.date.year: e.label for e in read(f).events}
    assert labels[1900] == "Anders Lindqvist withdrew from the business", labels
    # a paragraph that never names him in full keeps the company's name
    assert labels[1990].startswith("Lindqvist received"), labels


def test_a_label_drops_its_date_with_the_part_of_the_month():
    """Nokia's timeline read "Jan 2016  The offer for Alcatel-Lucent was declared successful in
    early January 2016": the date is beside the label, and "early" went unnoticed."""
    labels = [e.label for e in _events("The Blue Company is a maker of telephones. On 15 April 2015 the Blue Company "
                                       "announced an offer for its rival Redline. The offer was declared successful in "
                                       "early January 2016, and the two began operating as one group.", "Blue Company")]
    assert any(lb.startswith("The offer for Redline was declared successful") and "2016" not in lb
               and "early" not in lb for lb in labels), labels


def test_a_clause_naming_what_the_other_clause_did_is_the_same_happening():
    """GCHQ's timeline had "1946 The move took four days" above "1 Apr 1946 GCHQ began moving
    from Bletchley Park to Eastcote": one sentence, one move."""
    events = _events("The Signals Office is an agency. After the war it looked for a home. On 1 April the Signals Office "
                     "began moving from the park to Eastcote; the move in 1946 took four days.", "Signals Office")
    dated = [(e.date.iso, e.label) for e in events if not e.background]
    assert [d for d, _ in dated] == ["1946-04-01"], dated


def test_the_next_day_counts_from_the_date_its_own_sentence_gave():
    """"On 9 January 2024 a false message appeared ...; the next day the Commission approved
    eleven funds" was dated the day after the sentence before (18 April 2021)."""
    events = _events("The Market Commission is a regulator. Its chair was sworn in on 17 April 2021. On 9 January 2024 "
                     "a false message appeared on its account; the next day the Commission approved eleven funds.",
                     "Market Commission")
    approved = next(e for e in events if "eleven" in e.label)
    assert approved.date.iso == "2024-01-10", approved


def test_a_post_held_until_then_and_what_a_text_inspired_are_background():
    """"She had been second deputy president since 2015" tells what she was before the
    election just told; "Her text later inspired the Declaration of 1959" dates the
    Declaration. Neither is a happening of the organisation's; a "who had been ..." aside still
    leaves its clause a happening."""
    events = _events("The Union Federation is a trade union federation. On 18 September 2018 delegates elected Ana Losi "
                     "president. A former shop steward, she had been second deputy president since 2015. Its founder's "
                     "charter later inspired the Declaration of the Rights of the Child of 1959. In January 2024 the board "
                     "named Tom Kuusi, who had been chief executive of the postal group since 2020, as its head.",
                     "Union Federation")
    shown = {e.date.iso for e in events if not e.background}
    assert "2015" not in shown and "1959" not in shown, shown
    assert "2018-09-18" in shown and "2024-01" in shown, shown


def test_another_organisation_founded_and_a_person_standing_down_are_not_the_subjects():
    """Save the Children's top events had "1932 An American organisation was founded" as its
    founding and a former chief executive who "stood down as deputy executive director" of
    another body as its dissolution."""
    events = _events("The Children's Fund is a charity founded on 19 May 1919. An American organisation was founded "
                     "in 1932. In February 2018 the Children's Fund UK dealt with complaints about its former chief "
                     "executive Justin Forsyth, who then stood down as deputy executive director of UNICEF.",
                     "Children's Fund")
    kinds = {e.date.year: e.kind for e in events if not e.background}
    assert kinds.get(1932) != "founding" and kinds.get(2018) != "dissolution", kinds


def test_a_known_person_named_by_surname_is_no_other_body():
    """"Roosevelt named the first five commissioners on 30 June 1934" was taken for another
    body's doing and kept off the SEC's timeline: Roosevelt is a person the article named."""
    f_text = ("= Market Commission =\n\nThe Market Commission is a regulator. It was created on 6 June 1934, when "
              "President Franklin D. Roosevelt signed the Exchange Act into law.\n\n== History ==\n"
              "Roosevelt named the first five commissioners on 30 June 1934.\n")
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "a.txt").write_text(f_text, encoding="utf-8")
        events = read(Path(d) / "a.txt").events
    named = next(e for e in events if "commissioners" in e.label)
    assert not named.background and named.date.iso == "1934-06-30", named


def test_a_suit_is_a_legal_event_and_a_whom_aside_leaves_the_label():
    """The SEC's "sued the payments company Ripple Labs" ranked as an ordinary happening, and
    "Paul Atkins, whom Trump had nominated in December 2024 and who had served ..., was
    confirmed" was labelled "Paul Atkins, whom Trump had nominated in December 2024"."""
    events = _events("The Market Commission is a regulator. On 22 December 2020 the Commission sued the payments company "
                     "Ripple Labs. Paul Atkins, whom Trump had nominated in December 2024 and who had served as a "
                     "commissioner from 2002 to 2008, was confirmed by the Senate on 9 April 2025 by 52 votes to 44 "
                     "after a hearing at which a senator questioned his record.", "Market Commission")
    by_day = {e.date.iso: e for e in events}
    assert by_day["2020-12-22"].kind == "legal"
    assert by_day["2025-04-09"].label == "Paul Atkins was confirmed by the Senate by 52 votes to 44", by_day["2025-04-09"]


def test_a_body_carrying_the_subjects_name_is_not_the_subject():
    """Human Rights Watch's top events had "Americas Watch was set up" (a division) as a founding,
    and Oxfam's "The first overseas Oxfam was founded in Canada" (an affiliate)."""
    from briefkit.extract.subject import Subject

    hrw = Subject(Profile.model_validate({"names": {"title": "Human Rights Watch"}}))
    assert not hrw.is_subject_phrase("In 1981 Americas Watch") and hrw.is_subject_phrase("In 1978 Human Rights Watch")
    oxfam = Subject(Profile.model_validate({"names": {"title": "Oxfam"}}))
    assert not oxfam.is_subject_phrase("The first overseas Oxfam")
    assert oxfam.is_subject_phrase("Oxfam") and oxfam.is_subject_phrase("Meanwhile Oxfam")
    events = _events("Oxfam is a charity founded in Oxford in 1942. The first overseas Oxfam was founded in Canada in 1963.",
                     "Oxfam")
    assert {e.date.year: e.kind for e in events}.get(1963) != "founding"


def test_a_commemoration_of_its_own_past_ranks_low():
    """GCHQ's snapshot gave one of its five key events to "GCHQ marked its centenary"."""
    events = _events("The Signals Office is an agency. On 1 November 2019 the Signals Office marked its centenary. "
                     "On 5 May 2019 the Signals Office opened a new centre in London.", "Signals Office")
    by_year = {e.date.iso: e.importance for e in events}
    assert by_year["2019-11-01"] < by_year["2019-05-05"] and by_year["2019-11-01"] <= 0.4, by_year


def test_a_happening_the_next_sentence_calls_a_legend_ranks_higher():
    """The Legion's brief left out Camerone, "the Legion's founding legend", for its split into
    two regiments: the article's own word that a happening matters beyond its day counts."""
    text = ("The Blue Legion is a corps. On 1 April 1841 the Blue Legion was reorganised. "
            "On 30 April 1863 a company of the Blue Legion held out at Camerone against a larger force. "
            "{} On 5 May 1870 the Blue Legion moved its depot.")
    plain = {e.date.iso: e.importance for e in _events(text.format("Few survived."), "Blue Legion")}
    hailed = {e.date.iso: e.importance for e in _events(
        text.format("The fight became the Blue Legion's founding legend: every year on 30 April the Legion marks it."),
        "Blue Legion")}
    assert hailed["1863-04-30"] > plain["1863-04-30"], (plain, hailed)
    assert hailed["1870-05-05"] == plain["1870-05-05"]  # only the happening it points back to


def test_its_people_taken_prisoner_is_a_decisive_loss_an_enemys_surrender_is_not():
    """Azov's defenders "left the plant ... and were taken prisoner", the end of the siege it is
    known for, ranked below its expansion into a regiment; the Parachute Regiment's history
    tells the Argentine commander's surrender, which is no loss of its own."""
    captured = _events("The Blue Brigade is a unit. In May 2022 the defenders of the Blue Brigade left the plant "
                       "and were taken prisoner.")
    left = _events("The Blue Brigade is a unit. In May 2022 the defenders of the Blue Brigade left the plant "
                   "and were wounded.")
    assert captured[0].importance > left[0].importance, (captured, left)
    gave_up = _events("The Blue Brigade is a unit. In June 1982 the enemy commander, Mario Ortiz, surrendered "
                      "in Stanley and his men were wounded.")
    assert gave_up[0].importance <= left[0].importance


def test_a_change_that_says_little_takes_what_the_next_sentence_says_it_made():
    """Nokia's "A new operating model, announced on 29 October 2020, took effect" told nothing
    of what changed; the next sentence does."""
    events = _events("Acme is a maker of phones. A new operating model, announced on 29 October 2020, took effect "
                     "on 1 January 2021. Since then the company has been organised into four business groups:",
                     "Acme")
    model = next(e for e in events if e.date.iso == "2021-01-01")
    assert model.label == ("A new operating model took effect; since then the company has been organised into four "
                           "business groups"), model.label


def test_a_disclosure_counts_as_news_not_talk():
    """Ericsson's disclosure of possible payments to the Islamic State group ranked as a
    remark, and no brief or snapshot told it."""
    told = _events("Acme is a maker of phones. In February 2022 Acme disclosed that an internal inquiry had found "
                   "it may have made payments to an armed group.", "Acme")
    said = _events("Acme is a maker of phones. In February 2022 Acme said that an internal inquiry had looked "
                   "at its payments to suppliers.", "Acme")
    assert told[0].importance > said[0].importance + 0.2, (told, said)


def test_a_punishment_keeps_its_reason_in_the_label():
    """The Legion's timeline read "Nikolay Okhlopkov was arrested", as if a member had been: the
    reason ("accused him of wanting to join the Legion") was cut."""
    from helpers import SEED

    arrest = next(e for e in read(SEED).events if e.date.iso == "2022-06-22")
    assert "accused him" in arrest.label, arrest.label


def test_a_split_counts_as_a_change_in_what_it_is_and_an_office_opening_as_any_happening(tmp_path):
    """MSF's 1979 split ("The members divided over A Boat for Vietnam") had ranked as an
    "other" happening, below the founding of MSF Canada; Wagner's office block opening had
    ranked beside its plane crash."""
    from briefkit.readers import read

    f = tmp_path / "a.txt"
    f.write_text("= Doctors Abroad =\n\nDoctors Abroad is a medical charity.\n\n== History ==\n\n"
                 "In 1979 the members divided over a plan to charter a hospital ship. "
                 "In 1991 Doctors Abroad Canada was founded. "
                 "The Doctors Abroad Centre, an office block in Paris, was opened on 4 November 2022. "
                 "On 3 October 2015 an air strike destroyed the charity's hospital in Kunduz.\n")
    by_year = {e.date.year: e for e in read(f).events}
    assert by_year[1979].kind == "reorganisation" and by_year[1979].importance > by_year[1991].importance
    assert by_year[2022].importance < by_year[2015].importance
    assert by_year[2022].importance <= 0.55


def test_a_label_that_lost_its_noun_is_not_a_row():
    """Solidarity: "the alliance that won the parliamentary election of 1997 and lost that of
    2001" gave At a glance the line "2001: Lost that."."""
    from briefkit.readers import read

    from helpers import FIXTURES

    rows = [e for e in read(FIXTURES / "articles" / "solidarity.txt").events if not e.background]
    assert not any(e.label.rstrip(".").endswith(" that") or e.label == "Lost that" for e in rows)
    assert any(e.date.year == 1996 for e in rows)


def test_a_loss_of_life_counts_as_decisive(tmp_path):
    """Wagner's plane crash, "killing all ten people on board, among them Prigozhin and Utkin",
    had ranked below the opening of its office block."""
    from briefkit.readers import read

    f = tmp_path / "a.txt"
    f.write_text("= Iron Company =\n\nThe Iron Company is a private military company.\n\n== History ==\n\n"
                 "On 23 August 2023 a business jet crashed near Tver, killing all ten people on board. "
                 "On 4 November 2022 the company opened a new training ground.\n")
    by_year = {e.date.year: e for e in read(f).events}
    assert by_year[2023].importance >= 0.85 > by_year[2022].importance


def test_there_names_the_place_the_clause_before_opens_on():
    """GCHQ's timeline row "1950–1954: The agency moved there in stages" left "there" to a
    sentence the timeline does not show ("Cheltenham was later chosen over other towns, and
    between 1950 and 1954 the agency moved there in stages")."""
    from briefkit.readers import read

    from helpers import FIXTURES

    labels = [e.label for e in read(FIXTURES / "articles" / "gchq.txt").events]
    assert "The agency moved to Cheltenham in stages" in labels
    assert not any(re.search(r"\bthere\b", label) for label in labels)


def test_a_leak_is_news_and_an_announced_successor_a_change_of_leader():
    """GCHQ's snapshot left out the Snowden leaks (a "statement" that "described" programmes)
    for "1997: Union membership was allowed again", and listed "Cleverly announced that
    Keast-Butler would succeed Fleming" beside the Leadership list that tells it."""
    from briefkit.readers import read

    from helpers import FIXTURES

    by_label = {e.label: e for e in read(FIXTURES / "articles" / "gchq.txt").events}
    leak = next(e for label, e in by_label.items() if "leaked" in label)
    union = next(e for label, e in by_label.items() if label.startswith("Union membership"))
    assert leak.importance > union.importance
    succeed = next(e for label, e in by_label.items() if "would succeed" in label)
    assert succeed.kind == "leadership"


def test_a_units_tour_in_a_named_country_or_war_is_an_operation_not_a_persons_career():
    """A tour is what a unit is known for; a brief that counted it "other" had told the creation
    of an engineer regiment instead of the Legion's deployments."""
    got = _history_events("Blue Legion", "a unit", (
            "The Blue Legion was formed in 1831. The 2nd Blue Regiment served in the Central African Republic "
            "in 2007–2008. In 1949 the group served in the First Indochina War. "
            "In 1975 Ivan Petrenko, who never served in the Soviet Army, joined the Legion."))
    assert got["2007"].kind == "operation"
    assert got["1949"].kind == "operation"
    assert got["1975"].kind != "operation"


def test_a_body_moving_its_seat_is_a_reorganisation_but_a_units_move_to_the_front_is_not():
    """GCHQ's snapshot had no word of Bletchley Park: "the school left its London premises for
    Bletchley Park" counted as any happening."""
    got = _history_events("Blue School", "an agency", (
            "The Blue School was formed in 1919. In August 1939 the school left its London premises for "
            "Bletchley Park. The office moved to Bombay in 1937. In September 1943 the division moved to "
            "England. In 1950 Jane Doe moved to the Ministry of Education."))
    assert got["1939-08"].kind == "reorganisation"
    assert got["1937"].kind == "reorganisation"
    assert got["1943-09"].kind != "reorganisation"
    assert got["1950"].kind != "reorganisation"


def test_a_planned_change_of_leader_the_profile_sees_through_is_told_as_done(tmp_path):
    """Nokia's timeline ended "Justin Hotard was due to take over" beside a Leadership list
    giving him as CEO since April 2025; a plan the article does not see through stays one."""
    f = tmp_path / "n.txt"
    f.write_text("= Acme =\n\nInfobox\n- CEO: Jane Roe (since April 2025)\n\nAcme is a company.\n\n"
                 "== Leadership ==\n\n- John Doe (2020–2025)\n- Jane Roe (since April 2025)\n\n"
                 "On 10 February 2025 Acme announced that John Doe would step down on 31 March and that Jane Roe "
                 "would take over on 1 April. On 3 March 2025 the board said that Max Moe would take over the "
                 "audit committee on 1 May.\n", encoding="utf-8")
    labels = {e.date.iso: e.label for e in read(f).events}
    assert labels["2025-04-01"].startswith("Jane Roe took over")
    assert labels["2025-03-31"] == "John Doe stepped down as CEO"  # the post (`_with_post`)
    assert "was due to" in labels.get("2025-05-01", "was due to")


def test_a_decisive_loss_outranks_a_later_change_of_form():
    """The end of Azov's siege, its defenders taken prisoner, had ranked with the corps it later
    joined and below the siege's start."""
    got = _history_events("Blue Brigade", "a unit", (
            "The Blue Brigade was formed on 5 May 2014. In February 2022 the brigade formed the core of the "
            "defence of the city. Between 16 and 20 May 2022 the remaining defenders left the plant on orders "
            "and were taken prisoner. In 2025 the brigade became part of the newly created 1st Corps."))
    assert got["2022-05-16"].kind == "loss"
    assert got["2022-05-16"].importance > got["2025"].importance
    assert got["2022-05-16"].importance > got["2022-02"].importance


def test_a_bullet_keeps_the_sum_its_sentence_names():
    """Ericsson's snapshot said it "settled investigations ... into violations of the Foreign
    Corrupt Practices Act" without the more than one billion dollars it agreed to pay."""
    [e] = [e for e in _history_events("Acme", "a company", (
            "On 6 December 2019 Acme settled investigations by the US Department of Justice and the Securities "
            "and Exchange Commission into violations of the Foreign Corrupt Practices Act, agreeing to pay more "
            "than one billion dollars under a deferred prosecution agreement.")).values()
           if e.date.iso == "2019-12-06"]
    assert (e.statement or e.label).endswith("agreeing to pay more than one billion dollars under a deferred "
                                             "prosecution agreement")
    assert len(e.label) <= 130  # the timeline's row stays short


def test_a_bullet_does_not_tell_another_times_tour_under_its_own_date():
    """The Foreign Legion's snapshot read "2007–2008: The 2nd Foreign Infantry Regiment served
    in the Central African Republic and in Afghanistan in 2009–2010"."""
    [e] = [e for e in extract_events(Profile.model_validate({
        "names": {"title": "Blue Legion"},
        "lead": [{"kind": "paragraph", "text": "The Blue Legion is a unit."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            "The Blue Legion was formed in 1831. The 2nd Blue Infantry Regiment served in the Central African "
            "Republic in 2007–2008 and in Afghanistan in 2009–2010.")}]}],
    }))[0] if e.date.year == 2007]
    assert "Afghanistan" not in (e.statement or e.label) and "2009" not in (e.statement or e.label)


def test_a_surname_after_a_comma_in_a_list_of_people_is_named_in_full():
    """Azov's brief read "Denys Prokopenko, Palamar and three other commanders": the sentence
    that named "his deputy Sviatoslav Palamar" was not shown, and a capitalised word before a
    surname had counted as part of another name even after a comma."""
    from briefkit.extract.events import with_full_name

    names = {"Palamar": "Sviatoslav Palamar", "Prokopenko": "Denys Prokopenko", "Carnegie": "Andrew Carnegie"}
    assert with_full_name("Denys Prokopenko, Palamar and three others left.", names) == \
        "Denys Prokopenko, Sviatoslav Palamar and three others left."
    assert with_full_name("He joined the Carnegie Moscow Center.", names) == "He joined the Carnegie Moscow Center."
    assert with_full_name("Kerr Carnegie spoke.", names) == "Kerr Carnegie spoke."


def test_a_rising_the_organisation_mounts_is_a_turning_point_a_coup_in_the_background_is_not():
    """Wagner's armed mutiny, the article's central episode, ranked as one operation among
    others (0.8) and below the designation by the United States; "after the coup of the previous
    year" is another happening's background, not the organisation's rising."""
    by = _history_events("Iron Company", "a private military company",
                         "On 23 June 2023 its commander launched an armed mutiny and marched on the capital. "
                         "On 4 May 2023 the company attacked the town of Dolna. "
                         "In 1954 the company joined a consortium that returned to the country after the coup of "
                         "the previous year.")
    assert by["2023-06-23"].importance >= 0.9 > by["2023-05-04"].importance
    assert by["1954"].importance < 0.9


def test_a_description_by_relation_gives_way_to_the_name_in_its_aside():
    """Round 69: Nokia's timeline read "Fredrik Idestam and his friend turned the firm into a share
    company": the aside ", the statesman Leo Mechelin," went, and "his friend" named nobody. A
    description by relation ("his friend", "her husband") followed by an aside that ends on a
    name gives way to the name; an aside after a name still simply goes."""
    events = _events("The Blue Mill Company was founded in 1865 by Karl Berg. In 1871 Berg and his close friend, "
                     "the statesman and lawyer Leo Mark, turned the firm into a share company with a capital of "
                     "several hundred thousand marks, the Blue Mill Company.")
    label = next(e.label for e in events if e.date.iso == "1871")
    assert "Leo Mark turned the firm" in label and "friend" not in label, label
    events = _events("The Blue Mill Company was founded in 1865 by Karl Berg. In 1871 Karl Berg, the statesman and "
                     "lawyer who had founded it, turned the firm into a share company with a capital of several "
                     "hundred thousand marks, the Blue Mill Company.")
    label = next(e.label for e in events if e.date.iso == "1871")
    assert label.startswith("Karl Berg turned the firm"), label


def test_a_month_told_by_an_opening_after_clause_keeps_the_clause_in_the_label():
    """Round 72: "Feb 2022: Azov formed the core of the defence of Mariupol" took its month from
    "After the full-scale invasion began in February 2022, ...", which dates another happening;
    the row now says so. A year is as a rule the statement's year too: its clause still goes,
    and so does an opening clause that holds no date of the row."""
    events = _events("After the full-scale invasion began in February 2022, the Blue Brigade formed the core of "
                     "the defence of Dolna, which lasted 86 days. In May 2022 the defenders left the city.")
    label = next(e.label for e in events if e.date.iso == "2022-02")
    assert label.startswith("After the full-scale invasion began, the Blue Brigade formed"), label
    assert "February" not in label
    events = _events("After the merger with Red Mill in 2013, the Blue Brigade was renamed the Green Brigade.")
    label = next(e.label for e in events if e.date.iso == "2013")
    assert label.startswith("The Blue Brigade was renamed"), label
    events = _events("When the war ended, the Blue Brigade was disbanded on 4 May 1945.")
    label = next(e.label for e in events if e.date.iso == "1945-05-04")
    assert not label.startswith("When"), label


def test_the_organisations_denial_in_the_next_sentence_stays_with_the_row():
    """Round 72: the Legion's timeline told an activist's arrest "because the authorities
    accused him of wanting to join the Legion" without the next sentence, "The Legion denied any
    link with Okhlopkov." The organisation's short undated answer goes with the row; a denial by
    someone else, or one dated, is not the organisation's answer."""
    events = _events("On 22 June 2022 Ivan Petrov was arrested because the authorities accused him of "
                     "\"wanting to join the Brigade.\" The Blue Brigade denied any link with Petrov.")
    label = next(e.label for e in events if e.date.iso == "2022-06-22")
    assert label.endswith('join the Brigade"; the Blue Brigade denied any link'), label
    events = _events("On 22 June 2022 Ivan Petrov was arrested because the authorities accused him of "
                     "spying. His lawyer denied any link with the Brigade.")
    label = next(e.label for e in events if e.date.iso == "2022-06-22")
    assert "denied" not in label, label


def test_how_things_stood_as_of_a_date_is_no_happening():
    """Round 72: "As of July 2022, RT had only one video which mentioned the Legion" stood on the
    Legion's brief timeline as a thing done in July 2022. A state on a day is background; a
    happening told "as of" a date is not."""
    events = _events("The Blue Brigade was founded in 2014. For example, as of July 2022, the state channel had "
                     "only one video which mentioned the Brigade. As of 2021, it had been renamed the Green Brigade.")
    by = {e.date.iso: e for e in events}
    assert by["2022-07"].background
    assert not by["2021"].background


def test_a_report_published_is_the_organisations_word_not_a_milestone():
    """Round 73: Europol's "published a strategic report on economic and financial crime" took
    one of its brief's twelve rows as a milestone. A report, an assessment or a review published
    is told as a statement; launching a centre stays a milestone, and so does a study (a
    research body's work)."""
    events = _events("On 5 June 2020 the Blue Agency launched a financial crime centre. The same day, it published "
                     "a strategic report on economic crime. In November 1944 the Blue Agency published a study of "
                     "occupation law.")
    centre = next(e for e in events if "centre" in e.label)
    report = next(e for e in events if "report" in e.label)
    assert centre.kind == "milestone"
    assert report.kind == "statement" and report.importance < centre.importance
    assert next(e for e in events if "study" in e.label).kind == "milestone"


def test_a_term_told_by_its_end_reads_as_the_end_of_the_term():
    """Round 73: Nokia's timeline read "2012: Jorma Ollila chaired the board until 2012" and
    "1988: Kari Kairamo led the company until his death", a tenure dated as if it were an event.
    The row's happening is the term's end, and its label says so."""
    events = _events("Karl Berg led the company until his death in 1988, and in 1992 Anna Lind became chief executive. "
                     "Anna Lind later chaired the board until 2012.", title="Blue Mill")
    labels = {e.date.iso: e.label for e in events}
    assert labels["1988"] == "Karl Berg's leadership of the company ended with his death", labels
    assert labels["2012"] == "Anna Lind's chairmanship of the board ended", labels


def test_a_formation_replaced_by_a_new_one_of_its_name_is_the_old_one():
    """Round 74: "the French Foreign Legion was dissolved, and a new Legion raised in France
    took its place" read as the end of a corps whose history runs on unbroken. Where the row
    goes on to "a new Legion", the "it" that was dissolved is "the old Legion"; without a new
    one of its name, the name stays."""
    events = _events("The Blue Legion was founded in 1831. In 1835 the government handed the Legion over to a "
                     "neighbour. Worn down by the campaign, it was dissolved on 8 December 1838, and a new Legion "
                     "raised at home took its place.", title="Blue Legion")
    label = next(e.label for e in events if e.date.iso == "1838-12-08")
    assert label.startswith("Worn down by the campaign, the old Legion was dissolved, and a new Legion"), label
    events = _events("The Blue Legion was founded in 1831. Worn down by the campaign, it was dissolved on "
                     "8 December 1838, and its men went home.", title="Blue Legion")
    label = next(e.label for e in events if e.date.iso == "1838-12-08")
    assert "old" not in label and "Blue Legion was dissolved" in label, label


def test_each_part_of_a_list_told_with_one_verb_is_its_own_row():
    """Two rows of the National Anti-Corruption Bureau read "The Lviv office opened on 12 August
    2016, the Kharkiv office on 28 July 2017" beside 28 July and beside 4 August 2017. A list
    told with one verb ("X opened on D1, Y on D2 and Z on D3") gives each part the verb: "The
    Kharkiv office opened", "The Odesa office opened"."""
    events = _events("The Blue Bureau was founded in 2015. The Lviv office opened on 12 August 2016, the Kharkiv "
                     "office on 28 July 2017 and the Odesa office on 4 August 2017, completing the regional network.",
                     title="Blue Bureau")
    labels = {e.date.iso: e.label for e in events}
    assert labels["2016-08-12"] == "The Lviv office opened", labels
    assert labels["2017-07-28"] == "The Kharkiv office opened", labels
    assert labels["2017-08-04"] == "The Odesa office opened", labels


def test_a_date_whose_relative_clause_tells_what_was_done_then_is_labelled_by_it():
    """The African Union's rows of January and 15 July 2012 both read "Jean Ping stayed on until a
    fresh ballot on 15 July". The date of "a fresh ballot on 15 July, which X won after several
    rounds" is the ballot X won; the January row keeps the staying on."""
    events = _events("The Blue Union was founded in 2002. When the vote on his second term ended in deadlock at the "
                     "January 2012 summit, Karl Berg stayed on until a fresh ballot on 15 July, which Anna Lind of "
                     "Norway won after several rounds.", title="Blue Union")
    labels = {e.date.iso: e.label for e in events}
    assert labels["2012-07-15"] == "Anna Lind of Norway won a fresh ballot after several rounds", labels
    assert labels["2012-01"].startswith("Karl Berg stayed on"), labels
    events = _events("The Blue Union was founded in 2002. Karl Berg stayed on until an election on 15 July 2012, "
                     "which Anna Lind won easily.", title="Blue Union")
    assert {e.date.iso: e.label for e in events}["2012-07-15"] == "Anna Lind won an election easily"


def test_a_clause_telling_how_things_are_now_takes_no_date_from_its_aside():
    """GROM's timeline read "3 August 2015: GROM is commanded by the Special Forces Component
    Command, which was set up on 3 August 2015", and the SPD's "The party is a member of the
    Progressive Alliance, a network founded on 22 May 2013" stood as the party's doing. A clause
    in the present ("is commanded by", "is a member of") tells how things are; the aside's date
    is the other body's, not a thing the organisation did then. A past clause keeps it."""
    events = _events("The Blue Unit was founded in 1990. The Blue Unit is commanded by the Special Command, which "
                     "was set up on 3 August 2015. The Blue Unit is a member of the Red Alliance, a network founded "
                     "on 22 May 2013.", title="Blue Unit")
    dated = {e.date.iso: e for e in events}
    assert all(dated[d].background for d in ("2015-08-03", "2013-05-22") if d in dated), dated
    events = _events("The Blue Unit was founded in 1990. The Blue Unit joined the Red Alliance, a network founded "
                     "on 22 May 2013, in 2014.", title="Blue Unit")
    assert "2014" in {e.date.iso for e in events if not e.background}


def test_a_yearless_day_takes_its_year_from_its_own_clause_and_its_relatives_count_past_asides():
    """Three of set 5's rows stood in the wrong year. "On 1 October the following year" (after
    19 December 1995) read as 1995; "X, who had been elected on 2 May 2005, took office on 26 May"
    took 2004 from the sentence before; "Y, the chief financial officer since 2006, became chief
    executive the next day" (after 31 July 2013) took 2006 from the aside. A happening dated
    in its own clause lends its year to the day after it; a role held "since" lends none."""
    events = _events("The Blue Unit was founded in 1990. Karl Berg was removed from command on 19 December 1995. "
                     "On 1 October the following year the president presented the unit with its colours.",
                     title="Blue Unit")
    assert "1996-10-01" in {e.date.iso for e in events if "colours" in e.text}
    events = _events("The Blue Union was founded in 1948. Its secretary general resigned in October 2004. Anna Lind "
                     "then led it as acting secretary general until Karl Berg, who had been elected on 2 May 2005, "
                     "took office on 26 May.", title="Blue Union")
    assert "2005-05-26" in {e.date.iso for e in events}, [(e.date.iso, e.label) for e in events]
    events = _events("The Blue Mill was founded in 1847. Karl Berg left the board on 31 July 2013, and Anna Lind, the "
                     "chief financial officer since 2006, became chief executive the next day.", title="Blue Mill")
    dated = {e.date.iso: e.label for e in events if not e.background}
    assert dated.get("2013-08-01", "").startswith("Anna Lind became chief executive"), dated
    assert "2006" not in dated


def test_a_member_admitted_or_readmitted_is_the_organisations_act_not_an_admission():
    """The OAS's "Honduras was readmitted on 1 June 2011 by 32 votes to one" was flagged as
    another body's doing (Honduras, a proper name, acting in a sentence that does not name the
    OAS), and the Council of Europe's "Russia was admitted" counted as a disclosure. A member
    admitted, readmitted, suspended or expelled with no other body named is the organisation's
    act on its membership; an admission that something happened is still a disclosure."""
    events = _events("The Blue Union was founded in 1948. Its assembly suspended Ruritania in July 2009. Ruritania "
                     "was readmitted on 1 June 2011 by 32 votes to one, with Freedonia alone voting against. In 1996 "
                     "Sylvania was admitted as the 39th member.", title="Blue Union")
    by = {e.date.iso: e for e in events}
    assert not by["2011-06-01"].background, by["2011-06-01"]
    assert by["1996"].kind != "statement" and not by["1996"].background
    events = _events("The Blue Union was founded in 1948. In 1969 Ruritania was admitted to the Red Alliance.",
                     title="Blue Union")
    assert all(e.background for e in events if e.date.iso == "1969")


def test_who_has_held_the_post_since_a_month_is_the_start_the_body_tells():
    """ESA's lead "Since March 2021 its director general has been the Austrian scientist Josef
    Aschbacher" and the OAS's "Since May 2025 its secretary general has been Albert Ramdin"
    stood as rows of their own beside the body's "he took office on 1 March 2021" and "Ramdin
    took office in May 2025": one change of leader, told twice. A description before the name
    and a telling of the same precision are no reason to keep two rows."""
    def events(lead: str, history: str, title: str) -> list:
        return extract_events(Profile.model_validate({
            "names": {"title": title}, "lead": [{"kind": "paragraph", "text": lead}],
            "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": history}]}]}))[0]

    rows = events("The Blue Agency is an agency. Since March 2021 its director general has been the Austrian "
                  "scientist Karl Berg.", "The Blue Agency was founded in 1975. The council appointed Berg on "
                  "17 December 2020, and he took office on 1 March 2021.", "Blue Agency")
    assert [e.date.iso for e in rows if e.date.year == 2021 and not e.background] == ["2021-03-01"]
    rows = events("The Blue Union is a union. Since May 2025 its secretary general has been Anna Lind of Norway.",
                  "The Blue Union was founded in 1948. Anna Lind took office as secretary general in May 2025, "
                  "succeeding Karl Berg.",
                  "Blue Union")
    may = [e for e in rows if e.date.iso == "2025-05" and not e.background]
    assert len(may) == 1 and "took office" in may[0].label, [(e.date.iso, e.label) for e in rows]


def test_the_next_days_happening_after_and_is_its_own_row_with_its_doer():
    """ESA's "At the following ministerial meeting, held in Bremen, the ministers opened their
    talks on 26 November 2025 and on the next day approved subscriptions of €22.1 billion" gave
    one row, of 26 November: the budget, the must-have, was lost. "and on the next day" opens a
    happening of its own on the day after, and its label names who did it."""
    events = _events("The Blue Agency was founded in 1975. At the following ministerial meeting, held in Bremen, the "
                     "ministers opened their talks on 26 November 2025 and on the next day approved subscriptions of "
                     "€22.1 billion.", title="Blue Agency")
    labels = {e.date.iso: e.label for e in events}
    assert labels.get("2025-11-27") == "The ministers approved subscriptions of €22.1 billion", labels
    assert "2025-11-26" in labels


def test_a_plan_overtaken_and_a_birth_sentences_career_are_background():
    """ESA's timeline had "2022: ESA had planned to send its Rosalind Franklin rover to Mars"
    (the launch never happened) and "1990: Josef Aschbacher joined ESA as a young graduate",
    told in the sentence of his birth. A pluperfect plan dates what was meant, not what was
    done; a sentence opening on a birth is the person's life, save a step of the organisation's
    own. A plan in the simple past ("was due to fly on 15 December 1979, but ...") and a
    founder's founding in a birth sentence keep their rows."""
    events = _events("The Blue Agency was founded in 1975. The agency had planned to send its rover to Mars in 2022 "
                     "on a borrowed rocket. The first rocket was due to fly on 15 December 1979, but its engines shut "
                     "down. Karl Berg was born in Austria in 1962 and joined the agency in 1990 as a young graduate.",
                     title="Blue Agency")
    by = {e.date.iso: e for e in events}
    assert by["2022"].background and by["1990"].background and by["1962"].background
    assert not by["1979-12-15"].background
    events = _events("Karl Berg was born in 1946 and founded the Blue Unit in 1990.", title="Blue Unit")
    assert not {e.date.iso: e for e in events}["1990"].background


def test_a_day_named_as_the_occasion_dates_what_follows_it():
    """GSG 9's "after a final inspection by the federal interior minister on 17 September 1973
    the unit reported that it was fully operational" and "Shortly after midnight on 18 October
    GSG 9 stormed the aircraft" were taken for reference points and left off the timeline: two
    of its must-haves. A day after "after" with no verb of its own in between is the occasion of
    what follows."""
    events = _events("The Blue Unit was founded in 1972. Two units were ready on 17 April 1973, and after a final "
                     "inspection by the minister on 17 September 1973 the unit reported that it was fully operational. "
                     "Shortly after midnight on 18 October 1977 the Blue Unit stormed the aircraft.", title="Blue Unit")
    on = {e.date.iso: e for e in events if not e.background}
    assert "fully operational" in on.get("1973-09-17", events[0]).text, sorted(on)
    assert "stormed" in on.get("1977-10-18", events[0]).text, sorted(on)


def test_a_who_aside_with_and_stays_whole_and_the_days_anniversary_leaves_the_label():
    """GSG 9's "Jérôme Fuchs, who had joined GSG 9 in 1997 and had been its deputy commander
    since 2013, took over from Lindner on 26 September 2014, the anniversary of the unit's
    founding" was cut at "and had been": the change of commander stood as background ("Had been
    its deputy commander since 2013, took over ..."). An "and" inside a who-aside joins the
    aside's parts; and an apposition saying what the day was goes with the date it describes."""
    events = _events("The Blue Unit was founded on 26 September 1972. Karl Berg, who had joined the Blue Unit in 1997 "
                     "and had been its deputy commander since 2013, took over from Anna Lind on 26 September 2014, "
                     "the anniversary of the unit's founding. In 2023 the unit moved to Bonn. On 18 October, the "
                     "anniversary of the airport rescue, he handed command to his deputy.", title="Blue Unit")
    labels = {e.date.iso: e.label for e in events}
    assert labels.get("2014-09-26") == "Karl Berg took over from Anna Lind", labels
    assert labels.get("2023-10-18", "").endswith(" handed command to his deputy"), labels


def test_a_who_aside_that_dates_nothing_lends_no_year_to_the_next_sentence():
    """Nestlé's "He was replaced by Philipp Navratil, who had joined Nestlé in 2001 ... and had run
    Nespresso since July 2024. On 16 September Bulcke announced ... Isla took over as chairman on
    1 October." put both days in 2024 (from the aside): the chairman's change, a must-have, was
    lost. The story's year is the one its own happenings gave (1 September 2025)."""
    events = _events("The Blue Mill was founded in 1866. On 1 September 2025 the board dismissed Karl Berg. He was "
                     "replaced by Anna Lind, who had joined the Blue Mill in 2001 and had run its coffee arm since "
                     "July 2024. On 16 September Dan Ford announced that he would leave the board. Eve Hart took over "
                     "as chairman on 1 October.", title="Blue Mill")
    dated = {e.date.iso for e in events if not e.background}
    assert {"2025-09-16", "2025-10-01"} <= dated, sorted(dated)


def test_an_apposition_holding_a_who_clause_is_an_aside_and_leaves_the_label():
    """Crisis Group's "Arbour, a former judge of the Supreme Court of Canada who had been United
    Nations High Commissioner for Human Rights from 2004 to 2008, took office on 22 July" was
    dated 2004 (the apposition's years, read as the clause's own) and flagged as background: the
    new president's start, a must-have, was lost. The verb of a who-clause inside an apposition
    does not end the aside; the label keeps the happening."""
    events = _events("The Blue Group was founded in 1995. In March 2009 the board announced that Anna Lind would "
                     "succeed Karl Berg. Lind, a former judge of the Supreme Court of Canada who had been United "
                     "Nations High Commissioner for Human Rights from 2004 to 2008, took office on 22 July.",
                     title="Blue Group")
    labels = {e.date.iso: e.label for e in events if not e.background}
    assert labels.get("2009-07-22", "").endswith("Lind took office") and "2004" not in labels, labels


def test_three_ways_set_six_lost_a_change_of_leader():
    """Interpol's "On 7 October Interpol announced that it had received his resignation" was
    read as a person's earlier career (a name pattern matched "Interpol announced that it" with
    case ignored); "He took office two days later, succeeding Stock as ..." was no row (the
    relative day must close its clause); "Michele Bullock, the first woman to lead the bank, has
    been governor since September 2023" stood beside "she took office on 18 September 2023"."""
    events = _events("Bluepol was founded in 1923. Karl Berg was elected president in 2016. On 7 October "
                     "2018 Bluepol announced that it had received his resignation.", title="Bluepol")
    assert not {e.date.iso: e for e in events}["2018-10-07"].background
    events = _events("The Blue Office was founded in 1923. On 5 November 2024 the members confirmed Anna Lind as "
                     "secretary general. She took office two days later, succeeding Karl Berg as the first woman in "
                     "the post.", title="Blue Office")
    assert "2024-11-07" in {e.date.iso for e in events if not e.background}
    rows = extract_events(Profile.model_validate({
        "names": {"title": "Blue Bank"},
        "lead": [{"kind": "paragraph", "text": "The Blue Bank is a bank. Anna Lind, the first woman to lead the bank, "
                                                "has been governor since September 2023."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text":
                      "The Blue Bank was founded in 1960. Anna Lind took office as governor on 18 September 2023."}]}],
    }))[0]
    assert [e.date.iso for e in rows if e.date.year == 2023 and not e.background] == ["2023-09-18"]


def test_four_kinds_of_background_that_stood_on_timelines():
    """Set 5 and set 6 rows that are no happening of the organisation: "Henri Nestlé was born
    Heinrich Nestle in Frankfurt am Main in 1814" (a birth name between "born" and its date);
    "The SI unit of electrical conductance, the siemens, adopted in 1971, is named after Werner
    von Siemens" (a thing's date in an aside of a clause in the present); "proposed that 14 April
    be observed as Pan American Day" (a day made a commemoration recurs); "remained chairman, a
    post he had held since 2005" (the post's past, not the clause's happening)."""
    events = _events("The Blue Mill was founded in 1866. Karl Berg was born Carl Berger in Frankfurt am Main in 1814, "
                     "trained as a chemist and settled in Vevey. The SI unit of conductance, the berg, adopted in 1971, "
                     "is named after Karl Berg. On 7 May 1930 its board proposed that 14 April be observed as Mill Day. "
                     "Anna Lind, chief executive from 1997 to 2008, remained chairman, a post she had held since 2005.",
                     title="Blue Mill")
    on = {e.date.iso: e.label for e in events if not e.background}
    for iso in ("1814", "1971", "1930-04-14", "2005"):
        assert iso not in on, (iso, on)
    assert "1930-05-07" in on


def test_she_after_two_names_is_the_one_announced_for_the_post():
    """The RBA's "the government announced that Lowe would not be reappointed and that the deputy
    governor, Michele Bullock, would succeed him; she took office on 18 September 2023" labelled
    its row "She took office ...": two people named before the clause, so no guess was made.
    The one announced for the post ("X would succeed him") is whom "she" means."""
    events = _events("The Blue Bank was founded in 1960. On 14 July 2023 the government announced that Karl Berg "
                     "would not be reappointed and that the deputy governor, Anna Lind, would succeed him; she took "
                     "office on 18 September 2023 as the ninth governor.", title="Blue Bank")
    labels = {e.date.iso: e.label for e in events}
    assert labels["2023-09-18"].startswith("Anna Lind took office"), labels


def test_a_founders_birth_name_is_no_second_person_and_a_listing_apposition_goes_whole():
    """Nestlé's "Henri Nestlé was born Heinrich Nestle in Frankfurt ... In 1867 he launched his
    farine lactée, a mixture of cow's milk, wheat flour and sugar for infants" was labelled "He
    launched his farine lactée wheat flour and sugar for infants ...": the birth name counted as
    a second person (so "he" was nobody), and the cut took the list's first comma for the end of
    the apposition."""
    events = _events("The Blue Mill was founded in 1866. Karl Berg was born Carl Berger in Frankfurt in 1814 and "
                     "settled in Vevey in 1839. In the local dialect his surname means mountain. In 1867 he launched "
                     "his milk flour, a mixture of cow's milk, wheat flour and sugar for infants who could not be "
                     "breastfed.", title="Blue Mill")
    assert {e.date.iso: e.label for e in events}["1867"] == "Karl Berg launched his milk flour"


def test_an_apposition_before_the_verbs_own_phrase_goes_alone():
    """Greenpeace's founding row read "The committee sent the Phyllis Cormack": the apposition
    ", a chartered fishing boat renamed Greenpeace," was taken for the start of a list running
    to the end ("north from Vancouver with a crew of activists and ..."), as in "a mixture of
    cow's milk, wheat flour and sugar". What follows its comma there is the verb's own phrase
    (a direction, a place, "with ..."), not a list's next item, so only the apposition goes."""
    events = _events("The Blue Committee was formed in 1970. On 15 September 1971 the committee sent the Rose "
                     "Marie, a chartered fishing boat renamed Blue Hope, north from Vancouver with a crew of "
                     "activists and journalists that included the columnist Ann Holm.", title="Blue Committee")
    label = {e.date.iso: e.label for e in events}["1971-09-15"]
    assert label.startswith("The committee sent the Rose Marie north from Vancouver"), label


def test_an_opening_after_phrase_dates_nothing_when_the_clause_has_its_own_date():
    """CDU's "After the collapse of the government of the SPD, the Greens and the FDP in November
    2024, an early federal election was held on 23 February 2025, in which the Union came first"
    gave a row dated November 2024 telling the election, beside the election's own row."""
    events = _events("The Blue Party is a party in Ruritania. After the collapse of the government of the Reds, "
                     "the Greens and the Liberals in November 2024, an early election was held on 23 February "
                     "2025, in which the Blue Party came first with 28.5 per cent.", title="Blue Party")
    rows = {e.date.iso: e.label for e in events if not e.background}
    assert "2024-11" not in rows, rows
    assert "came first" in rows["2025-02-23"], rows


def test_a_failed_attempt_is_told_with_what_came_of_it():
    """CDU's row of 6 May 2025 read "Friedrich Merz failed to win a majority in the first ballot
    for chancellor": the sentence goes on ", but he was elected in a second ballot that
    afternoon", the day's news, which a clause split and a label cut at "but" had left out."""
    events = _events("The Blue Party is a party in Ruritania led by Ann Holm. On 6 May 2025 Holm failed to win a "
                     "majority in the first ballot for chancellor, but she was elected in a second ballot that "
                     "afternoon with 325 votes, at the head of a coalition with the Reds.", title="Blue Party")
    label = {e.date.iso: e.label for e in events}["2025-05-06"]
    assert "failed to win" in label and "she was elected in a second ballot" in label, label


def test_what_a_court_ruled_is_not_cut_inside_the_pair_it_is_about():
    """The Bundesbank's snapshot read "5 May 2020: The Federal Constitutional Court ruled that
    the German government.": the statement was cut at "and" inside the pair the ruling is about
    ("the German government | and parliament had failed to challenge ..."), leaving what was
    ruled without its verb."""
    from briefkit.extract.events import _STATEMENT_LIMITS, _shortened

    s = ("The Federal Constitutional Court ruled that the German government and parliament had failed to "
         "challenge the European Central Bank over its Public Sector Purchase Programme")
    assert _shortened(s, *_STATEMENT_LIMITS) == s
    said = "President Ann Holm said that Tor Wik and his son should be prosecuted for racketeering in the courts of the state"
    assert "should be prosecuted" in _shortened(said)


def test_a_second_time_joined_to_the_opening_date_goes_with_it():
    """The Finnish Border Guard's timeline read "2015 And early 2016 about 1,700 asylum seekers
    ...": of "In late 2015 and early 2016", only the first time had gone with the row's date."""
    events = _events("The Blue Guard was formed in 1919. In late 2015 and early 2016 about 1,700 asylum seekers "
                     "crossed into Lapland at the two northern crossings.", title="Blue Guard")
    label = {e.date.iso: e.label for e in events}["2015"]
    assert label.startswith("About 1,700 asylum seekers crossed"), label


def test_an_aside_on_a_bare_subject_goes_before_its_verb_does():
    """The Finnish Border Guard's rows read "About 1,700 asylum seekers, most of them Afghans and
    Indians who had lived in Russia for some time" and "Several hundred asylum seekers without
    visas": a label too long for its row was cut at the aside's first comma, which kept the
    subject and lost what it did. A second subject of a list is no aside and stays."""
    events = _events("The Blue Guard was formed in 1919. In late 2015 and early 2016 about 1,700 asylum seekers, "
                     "most of them Afghans and Indians who had lived in Russia for some time, crossed into Lapland "
                     "at the crossing points of Salla and Raja-Jooseppi, many of them on bicycles. In November 2023 "
                     "several hundred asylum seekers without visas, from countries including Syria, Somalia and "
                     "Yemen, arrived at the crossings from Russia, many of them on bicycles.", title="Blue Guard")
    labels = {e.date.iso: e.label for e in events}
    assert labels["2015"].startswith("About 1,700 asylum seekers crossed into Lapland"), labels["2015"]
    assert labels["2023-11"].startswith("Several hundred asylum seekers without visas arrived at the crossings"), \
        labels["2023-11"]
    listed = _events("The Blue Union was formed in 1919. On 4 April 1949 eighteen European countries, the United "
                     "States of America and the Dominion of Canada signed the treaty in Washington, turning the old "
                     "alliance into a standing organisation with a council.", title="Blue Union")
    label = {e.date.iso: e.label for e in listed}["1949-04-04"]
    assert label.startswith("Eighteen European countries, the United States"), label


def test_a_date_of_an_example_in_a_list_does_not_date_the_clause():
    """The Norwegian Refugee Council's snapshot listed "1972: For its first decades the council
    worked chiefly on resettling refugees in Norway": 1972 is when the Indians among its examples
    were expelled from Uganda, not a happening of the council's."""
    events = _events("The Blue Council was founded in 1946. For its first decades the council worked chiefly on "
                     "resettling refugees in Norway, among them Indians expelled from Uganda in 1972 and Chileans "
                     "who fled after the coup of 1973.", title="Blue Council")
    by_year = {e.date.iso: e for e in events}
    assert "1972" not in by_year or by_year["1972"].background, by_year["1972"]
    assert not by_year["1946"].background



def test_the_time_a_term_is_extended_to_is_no_happening_of_its_own():
    """UNHCR's timeline had rows on 30 June 2023 and 31 December 2025, the days its high
    commissioner's extended terms would end, each labelled with the vote of 2020 or 2022 that
    extended them: the time something is moved to is when it now ends or falls. A clause
    without a date of its own still reads its only date."""
    events = _events("The Blue Agency was founded in 1950. In November 2020 the Assembly extended the mandate of "
                     "its head by two and a half years, to 30 June 2023. In September 2022 it extended the mandate "
                     "again, this time to 31 December 2025. In March 2020 the agency postponed its congress until "
                     "May 2021. The congress met on 4 May 2021.", title="Blue Agency")
    dates = {e.date.iso for e in events}
    assert {"2020-11", "2022-09", "2020-03", "2021-05-04"} <= dates, dates
    assert not dates & {"2023-06-30", "2025-12-31", "2021-05"}, dates


def test_a_span_the_act_gives_is_no_second_row():
    """UNHCR's statute "giving it three years, from 1 January 1951 to the end of 1953" had made
    a second row of the adoption on 1 January 1951."""
    events = _events("On 14 December 1950 the General Assembly adopted the statute of the Blue Office, giving it "
                     "three years, from 1 January 1951 to the end of 1953, to finish the job and disband.",
                     title="Blue Office")
    assert [e.date.iso for e in events] == ["1950-12-14"], [(e.date.iso, e.label) for e in events]


def test_an_apposition_inside_a_relative_aside_keeps_the_aside_whole():
    """"Filippo Grandi, an Italian who had headed UNRWA, the separate UN agency for Palestine
    refugees, from 2010 to 2014, became high commissioner on 1 January 2016" had given a
    leadership row in 2010 and labelled the 2016 row with the aside, not what he became."""
    events = _events("The Blue Office was founded in 1950. Filippo Grandi, an Italian who had headed UNRWA, the "
                     "separate UN agency for Palestine refugees, from 2010 to 2014, became high commissioner of the "
                     "office on 1 January 2016.", title="Blue Office")
    by_date = {e.date.iso: e for e in events}
    assert "2010" not in by_date or by_date["2010"].background, by_date
    assert by_date["2016-01-01"].label.startswith("Filippo Grandi became high commissioner"), by_date["2016-01-01"].label


def test_another_body_electing_the_leader_named_before_is_a_change_of_leader(tmp_path):
    """"In April 2010 the Assembly elected him to a second five-year term", of UNHCR's high
    commissioner named the sentence before, had been background (another body's act); the
    election and the start the next sentence tells are two rows."""
    text = ("= Blue Office =\n\nThe Blue Office is a United Nations agency.\n\n== History ==\n\n"
            "The Blue Office was founded in 1950. On 15 June 2005 António Guterres became high commissioner of "
            "the office. In April 2010 the General Assembly elected him to a second five-year term. In March 2013 "
            "Ana Pereira was the only candidate to succeed him. The General Assembly elected her in April 2015, and "
            "she took office on 28 April.\n\n== Leadership ==\n\n- António Guterres (2005–2015)\n"
            "- Ana Pereira (2015–present)\n")
    from briefkit.readers import read

    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    by_date = {e.date.iso: e for e in read(f).events}
    assert not by_date["2010-04"].background and by_date["2010-04"].kind == "leadership", by_date["2010-04"]
    assert {"2015-04", "2015-04-28"} <= set(by_date), sorted(by_date)


def test_a_verb_after_an_aside_opens_no_apposition():
    """", became executive director of Greenpeace International on 1 September 1995" after an
    aside had been read as an apposition (", <role> of"), so the day described someone and the
    row of Thilo Bode's start was background; Pacific Islands Forum and Interpol the same."""
    events = _history_events("Blue Office", "an international agency",
                             "The Blue Office was founded in 1950. Ann Holm, until then the head of its Danish branch, "
                             "became director of the Blue Office on 1 September 1995.")
    assert not events["1995-09-01"].background and events["1995-09-01"].kind == "leadership", events["1995-09-01"]


def test_the_post_of_the_clause_is_weighed_past_the_one_of_an_aside():
    """"Lieutenant General Janne Jaakkola, who had been an instructor ... at the parachute jaeger
    school, became Commander of the Finnish Defence Forces in April 2024": the clause's post is
    another body's (background), though the aside's comes first."""
    events = _history_events("Blue Jaeger Regiment", "a special forces unit",
                             "The Blue Jaeger Regiment was formed in 1997. Lieutenant General Tom Ash, who had been an "
                             "instructor and company commander at the parachute jaeger school in the 1990s, became "
                             "Commander of the Westland Defence Forces in April 2024.")
    assert events["2024-04"].background, events["2024-04"]


def test_the_next_day_counts_from_the_story_not_from_a_past_the_text_went_back_to():
    """SOS Children's Villages: "On 23 October 2025 the association made public ... The victims
    had come forward between 2013 and 2023 ... The next day the international federation
    suspended ..." had dated the suspension 2013: a sentence in the past perfect that goes back
    before the story's time tells an earlier past, and the story's day stays the one counted from."""
    events = _history_events("Blue Villages", "a charity",
                             "On 23 October 2025 the association made public that eight men had brought accusations "
                             "against its founder. The victims had come forward between 2013 and 2023 and had received "
                             "compensation. Its director said that no one stood above responsibility. The next day the "
                             "federation suspended the membership of the association.")
    assert "2025-10-24" in events and "suspended" in events["2025-10-24"].text, sorted(events)


def test_a_second_year_that_dates_a_verb_of_its_own_is_a_row():
    """"The division was formed in 1941 and disbanded in 1945" had given one row, at 1941, "was
    formed and disbanded in 1945"; "formed on 1 June 1941 and disbanded on 3 May 1945" a second
    founding. A second year is a row when it dates a verb of its own after "and", with that
    verb's kind; not "led it until his death in 1952" (a time of its own between), not inside a
    participle after the subject, not in the lead (which sums up the body), and an intransitive
    verb takes no passive auxiliary ("was criticised ... and resigned in November")."""
    events = _history_events("Blue Division", "an army division",
                             "The Blue Division was formed in 1941 and disbanded in 1945. The Red Battalion, raised in "
                             "1950 and renamed in 1961, fought in the war. Tom Ash became commander in 1970 and led it "
                             "until his death in 1979. In July 1990 Ann Holm was criticised over the flood response and "
                             "resigned in November. The Blue Division was re-formed on 1 June 1991 and disbanded again "
                             "on 3 May 1995.")
    assert events["1945"].kind == "dissolution" and events["1945"].label == "The Blue Division was disbanded", events["1945"]
    assert events["1941"].label == "The Blue Division was formed", events["1941"]
    assert "1961" not in events and "1979" not in events, sorted(events)
    assert events["1990-11"].label.startswith("Ann Holm resigned"), events["1990-11"]
    assert events["1995-05-03"].kind == "dissolution", events["1995-05-03"]


def test_a_participle_after_an_article_is_not_the_shared_verb():
    """BP's 2000 row read "The combined group, BP Amoco, began trading on 31 December 1998 and
    bought ARCO in 2000": "combined" after "The" had been taken for the verb, so no subject was
    found for the second verb."""
    events = _history_events("Blue Oil", "an oil company",
                             "On 11 August 1998 Blue Oil announced a merger with Red Oil; the combined group, Blue Red, "
                             "began trading on 31 December 1998 and bought Green Oil in 2000.")
    assert events["2000"].label == "The combined group bought Green Oil", events["2000"]


def test_a_former_head_s_death_is_a_life_though_an_aside_names_the_organisation(tmp_path):
    """Vale's "Agnelli, who had led the company from 2001 to 2011, died ... in March 2016" and the
    IEBC's "Chebukati, who had led the commission from 2017 to 2023, died in Nairobi" were rows of
    their histories: the aside that says who they were names the organisation, not their death."""
    from briefkit.readers import read

    f = tmp_path / "r.txt"
    f.write_text("= Blue Mining =\n\nBlue Mining is a mining company.\n\n== History ==\n\nThe company was "
                 "founded in 1942. Tom Ash became chief executive in 2001. In 2011 Ann Holm succeeded Tom Ash as chief "
                 "executive. Ash, who had led the company from 2001 to 2011, died in a plane crash in March 2016.\n",
                 encoding="utf-8")
    by_date = {e.date.iso: e for e in read(f).events}
    assert by_date["2016-03"].background, by_date["2016-03"]


def test_a_term_extended_to_a_date_with_no_date_of_its_own_is_not_dated_by_it():
    """SOS Children's Villages: "Kaul's second term was thereby extended to June 2021" had a row
    at June 2021, when the term would end; the IEBC's "moved the fresh election to 26 October
    2017" one on the election's day, which another row tells."""
    events = _history_events("Blue Villages", "a charity",
                             "The federation was founded in 1949. Tom Ash was elected president in 2012. The general "
                             "assembly due in 2020 was not held, and his second term was thereby extended to June 2021.")
    assert "2021-06" not in events or events["2021-06"].background, events.get("2021-06")


def test_a_tally_in_the_present_perfect_over_years_dates_nothing():
    """The IEBC's lead, "the commission has conducted three general elections, in 2013, 2017 and
    2022", had given a milestone at 2013 labelled "... three general elections, 2017 and 2022"."""
    events = _events("The Blue Commission was set up in 2011. Since then the commission has conducted three "
                     "general elections, in 2013, 2017 and 2022.", title="Blue Commission")
    by_date = {e.date.iso: e for e in events}
    assert "2013" not in by_date or by_date["2013"].background, by_date["2013"]


def test_an_earlier_career_with_an_irregular_participle_is_background():
    """SOS Children's Villages: "...; he had run a village in Chennai from 1978 and had been deputy
    secretary-general for Asia" gave a row at 1978: "run", like "worked", tells the new
    president's past."""
    events = _history_events("Blue Villages", "a charity",
                             "The federation was founded in 1949. On 22 June 2012 the delegates elected Tom Ash as "
                             "president; he had run a village in Chennai from 1978 and had been deputy director.")
    assert "1978" not in events or events["1978"].background, events["1978"]


def test_a_day_set_for_something_is_a_plan_not_a_row():
    """The IEBC's "The commission first set 17 October for the new vote" was a row on 17 October
    2017, a day on which nothing happened (the vote was held on the 26th)."""
    events = _history_events("Blue Commission", "an electoral agency",
                             "The commission was set up in 2011. On 1 September 2017 the court annulled the election. "
                             "The commission first set 17 October for the new vote. On 26 October 2017 the new vote "
                             "was held.")
    assert "2017-10-17" not in events or events["2017-10-17"].background, events["2017-10-17"]
    assert not events["2017-10-26"].background

def test_who_held_a_post_at_the_time_is_no_change_of_leader():
    """The same snapshot gave "2013: The board was chaired by Idar Kreutzer" one of its five key
    events: a passive that says who held the post then tells no change; a change stays
    leadership's weight."""
    events = _events("The Blue Council was founded in 1946. In 2013 the board was chaired by Idar Kreutzer. "
                     "In 2014 Ann Holm became chair of the board.", title="Blue Council")
    by_year = {e.date.iso: e for e in events}
    assert by_year["2013"].importance <= by_year["2014"].importance - 0.2, (by_year["2013"], by_year["2014"])


def test_the_last_verb_of_a_series_keeps_the_deed_its_date_tells():
    """Greenpeace's founding row read "The committee chartered a fishing boat, renamed it
    Greenpeace": the day was told with the last verb ("and on 15 September 1971 sent it towards
    Amchitka"), which the cut left out; its statement said the day twice."""
    events = _events("The Blue Committee was formed in 1970. The committee chartered a fishing boat, the Phyllis "
                     "Cormack, renamed it Blue Wave and on 15 September 1971 sent it towards Amchitka with a crew of "
                     "activists and journalists to bear witness.", title="Blue Committee")
    row = {e.date.iso: e for e in events}["1971-09-15"]
    assert row.label.endswith("renamed it Blue Wave and sent it towards Amchitka"), row.label
    assert "15 September 1971" not in row.statement and "and sent it towards Amchitka" in row.statement, row.statement


def test_an_its_of_a_setting_names_its_thing_beside_a_plural_subject():
    """Greenpeace's Rainbow Warrior row read "Agents of the French foreign intelligence service
    fixed two limpet mines to its hull": the opening "while the ship lay at Marsden Wharf" that
    said whose hull had gone. A singular subject is what "its" stands for, and keeps it."""
    events = _events("The Blue Network was founded in 1971. On 10 July 1985, while the ship lay at Marsden Wharf in "
                     "Auckland, agents of the French foreign intelligence service, the DGSE, fixed two limpet mines "
                     "to its hull. In 1815, while the war was still being fought, the East India Company raised its "
                     "first three battalions.", title="Blue Network")
    labels = {e.date.iso: e.label for e in events}
    assert labels["1985-07-10"].endswith("two limpet mines to the ship's hull"), labels["1985-07-10"]
    assert "raised its first three battalions" in labels["1815"], labels["1815"]


def test_a_label_names_whom_a_body_elected_and_keeps_a_list_of_subjects():
    """Deutsche Welle's rows read "The Broadcasting Council elected the journalist" (cut before
    "and former ... member of the Bundestag Dieter Weirich") and "The Broadcasting Council equal
    to about 160 full-time posts, which closed ...": the list of subjects and their verb went as
    an aside, for the verb of the relative clause after it."""
    events = _events("The Blue Wave was founded in 1953. In 1989 the Broadcasting Council elected the journalist and "
                     "former Christian Democratic member of the Bundestag Dieter Weirich. After the federal grant for "
                     "2026 had been cut by 10 million euros to 415 million, the Broadcasting Council, the "
                     "Administrative Board and the management agreed in February 2026 on a package of savings of 21 "
                     "million euros, equal to about 160 full-time posts, which closed the Greek-language service and "
                     "reduced the output in Portuguese for Africa and in Dari and Pashto.", title="Blue Wave")
    labels = {e.date.iso: e.label for e in events}
    assert labels["1989"].endswith("Dieter Weirich"), labels["1989"]
    assert labels["2026-02"].startswith("The Broadcasting Council, the Administrative Board and the management agreed"), \
        labels["2026-02"]


def test_an_election_of_a_leader_that_names_no_post_is_a_change_of_leader(tmp_path):
    """Deutsche Welle's At a glance gave "2018: Peter Limbourg was re-elected" as a headline,
    seven years and one successor on: "elected" alone had made it a milestone. The election of
    a leader is a leadership row (At a glance leaves those to "Led by"); "elected X prime
    minister" names another body's post, and stays as it was."""
    from briefkit.readers import read

    seed = tmp_path / "blue_wave.txt"
    seed.write_text("= Blue Wave =\n\nBlue Wave is a broadcaster.\n\n== History ==\n\nBlue Wave was founded in 1953. "
                    "Peter Lind was elected director general in March 2013 and took office on 1 October 2013; he was "
                    "re-elected in 2018. Anna Berg took office as director general on 1 October 2025.\n",
                    encoding="utf-8")
    events = {e.date.iso: e for e in read(seed).events}
    assert events["2018"].kind == "leadership", events["2018"]
    from pathlib import Path

    swedish = Path(__file__).parents[1] / "fixtures" / "heldout" / "swedish_social_democratic_party.txt"
    premier = {e.date.iso: e for e in read(swedish).events}["2021-11-24"]
    assert premier.label.endswith("prime minister") and premier.kind != "leadership", premier


def test_the_subject_s_own_date_is_not_said_again_beside_it():
    """Deutsche Welle's timeline read "1960: A federal law of 1960 made Deutsche Welle a
    public-law institution": the subject's date is the row's. After "The", the date says which
    one, and stays ("The agreement" alone leans on the sentence before)."""
    events = _events("The Blue Wave was founded in 1953. A federal law of 1960 made the Blue Wave a public-law "
                     "institution of its own. The decree of 2 May 1970 created its training centre.", title="Blue Wave")
    labels = {e.date.iso: e.label for e in events}
    assert labels["1960"].startswith("A federal law made the Blue Wave"), labels["1960"]
    assert labels["1970-05-02"].startswith("The decree of 2 May 1970 created"), labels["1970-05-02"]


def test_a_decree_that_a_body_be_known_as_a_name_is_a_renaming_with_its_name():
    """Chatham House's 1926 row read "The Prince of Wales announced that the King had commanded
    that the body be known", a change of leader ("had commanded"): the name it took was cut,
    after a "from then on" that says nothing beside the date."""
    events = _events("The Blue Institute was founded in 1920. On 1 June 1926, opening a new lecture hall paid for "
                     "by Sir John Power, the Prince of Wales announced that the King had commanded that the body be "
                     "known from then on as the Royal Institute of International Affairs.", title="Blue Institute")
    row = {e.date.iso: e for e in events}["1926-06-01"]
    assert row.kind == "renaming", row
    assert row.label.endswith("be known as the Royal Institute of International Affairs"), row.label


def test_a_date_joined_to_a_second_time_stays_with_it():
    """The Estonian Defence League's row read "Former members later joined the Forest Brothers
    who resisted Soviet rule and after 1944": the row's "in 1941" went, its pair stayed."""
    events = _events("The Blue League was founded in 1918. Former members later joined the Forest Brothers who "
                     "resisted Soviet rule in 1941 and after 1944. Ann Lind was chair from 2000 to 2001 and from "
                     "2005 to 2013.", title="Blue League")
    labels = {e.date.iso: e.label for e in events}
    assert "resisted Soviet rule in 1941" in labels["1941"], labels["1941"]
    assert not any(re.search(r"\s(?:and|rule)\s+(?:after|from)\s+\d{4}", l) and "1941" not in l and "2000" not in l
                   for l in labels.values()), labels


def test_a_participle_of_an_opening_clause_goes_with_it():
    """WWF's row read "Confirming failures in Nepal, Cameroon and both Congos, WWF acknowledged
    its shortcomings": the participle told of the report the opening "When ..." clause named,
    which the label left out."""
    events = _events("The Blue Fund was founded in 1961. When the panel's report was published in November 2020, "
                     "confirming failures in Nepal, Cameroon and both Congos, the Blue Fund acknowledged its "
                     "shortcomings and expressed its sorrow to those who had suffered.", title="Blue Fund")
    label = {e.date.iso: e.label for e in events}["2020-11"]
    assert label.startswith("The Blue Fund acknowledged its shortcomings"), label


def test_a_thing_the_paragraph_named_is_named_on_its_row(tmp_path):
    """WWF's row read "WWF sued the company in the High Court in London" and the Estonian
    Defence League's "Parliament amended the act": read alone, the company and the act were
    nobody's; the paragraph had named them ("the World Wrestling Federation, an American
    entertainment company", "a new Defence League Act"). The organisation's own kind is its own:
    "the league" stays."""
    from briefkit.readers import read

    seed = tmp_path / "blue_league.txt"
    seed.write_text("= Blue League =\n\nThe Blue League is a volunteer defence organisation.\n\n== History ==\n\n"
                    "The Blue League was founded in 1918. The initials led to a long dispute with the Red Wrestling "
                    "Federation, an American entertainment company. On 17 April 2000 the Blue League sued the company "
                    "in the High Court in London. On 28 February 2013 the parliament passed a new Blue League Act. The "
                    "league celebrated its centenary in 2018. On 11 April 2018 parliament amended the act to place "
                    "the regional units under four districts.\n", encoding="utf-8")
    labels = {e.date.iso: e.label for e in read(seed).events}
    assert "sued the Red Wrestling Federation in the High Court" in labels["2000-04-17"], labels["2000-04-17"]
    assert "amended the Blue League Act to place" in labels["2018-04-11"], labels["2018-04-11"]


def test_a_cut_does_not_take_a_participle_of_a_reported_subject_for_its_verb():
    """WWF's row read "The news site BuzzFeed News reported that park rangers funded": "funded
    and equipped by WWF" describes the rangers, and what was reported of them ("had been accused
    of torture") was cut."""
    events = _events("BWF was founded in 1961. In March 2019 the news site BuzzFeed News reported that park rangers "
                     "funded and equipped by BWF in Asia and Africa had been accused of torture, sexual assault and "
                     "killings.", title="BWF")
    label = {e.date.iso: e.label for e in events}["2019-03"]
    assert "had been accused" in label, label


def test_a_count_by_a_day_after_a_colon_is_that_day_s_row():
    """The Estonian Defence League's 8 April 2022 row read "Interest in the League rose after
    Russia invaded Ukraine on 24 February 2022", leaving out what the day told ("by 8 April 2022
    it had received 2,126 applications to join"); At a glance had it with two colons."""
    events = _events("The Blue League was founded in 1918. Interest in the League rose after Russia invaded Ukraine "
                     "on 24 February 2022: by 8 April 2022 it had received 2,126 applications to join.",
                     title="Blue League")
    label = {e.date.iso: e.label for e in events}["2022-04-08"]
    assert label.endswith("had received 2,126 applications to join") and ":" not in label, label


def test_a_key_fact_on_the_timeline_reads_as_a_row():
    """Nestlé's snapshot read "1866: Founded: 1866 in Cham, Switzerland, as the Anglo-Swiss
    Condensed Milk Company": the infobox line, with its year twice and a colon."""
    from briefkit.extract.events import _fact_label

    assert _fact_label("Founded: 1866 in Cham, Switzerland, as the Anglo-Swiss Condensed Milk Company") == \
        "Founded in Cham, Switzerland, as the Anglo-Swiss Condensed Milk Company"
    # (set 72: what a bracket names it, as the words after a comma would; a bracket of another
    # kind stays as written)
    assert _fact_label("Founded: 1991 (as the army of the Transitional Government)") == \
        "Founded as the army of the Transitional Government"
    assert _fact_label("Founded: 1991 (Ukraine)") == "Founded: 1991 (Ukraine)"
    assert _fact_label("Founded: 12 March 2022") == "Founded"
    assert _fact_label("Active: 2019–present") == "Active: 2019–present"
    assert _fact_label("Dates: formed 1990") == "Dates: formed 1990"


def test_with_effect_goes_with_its_date():
    """Nestlé's row read "Under Schneider the group was reorganised into five geographic Zones
    with effect": the date the phrase led to stands beside the row, and "with effect" alone says
    nothing ("with immediate effect" does)."""
    events = _events("The Blue Mill was founded in 1866. The group was reorganised into five Zones with effect from "
                     "1 January 2022. On 1 September 2025 the board dismissed Karl Berg with immediate effect.",
                     title="Blue Mill")
    labels = {e.date.iso: e.label for e in events}
    assert labels["2022-01-01"] == "The group was reorganised into five Zones", labels
    assert labels["2025-09-01"].endswith("with immediate effect"), labels


def test_a_participle_aside_goes_before_the_object_and_an_adjective_in_ing_stays():
    """Interpol's row read "The United Nations General Assembly, acting on a proposal from Norway
    and Brazil, proclaimed": the cut kept the aside and lost what was proclaimed. A participle
    telling how (", acting on ...,", ", meeting in Rome,") goes first; "the four founding states"
    is no participle phrase to cut."""
    from briefkit.extract.events import _shorten

    assert _shorten("The United Nations General Assembly, acting on a proposal from Norway and Brazil, proclaimed "
                    "an International Day of Police Cooperation") == \
        "The United Nations General Assembly proclaimed an International Day of Police Cooperation"
    assert _shorten("The foreign ministers of the four founding states, meeting in São Paulo, suspended it "
                    "indefinitely under the Ushuaia Protocol for a rupture of the democratic order").startswith(
        "The foreign ministers of the four founding states suspended it")


def test_after_a_subordinate_opening_the_subject_follows_its_last_comma():
    """Fidesz's row read "After a recording won the local elections by a landslide": the
    subject of "and on 1 October 2006 won ..." was taken from the subordinate clause that opened
    the sentence, not from the main clause after its commas."""
    events = _events("Bluesz was founded in 1988. After a recording was leaked on 17 September 2006 in which the "
                     "prime minister admitted that his government had lied, Bluesz led weeks of protest and on "
                     "1 October 2006 won the local elections by a landslide.", title="Bluesz")
    labels = {e.date.iso: e.label for e in events}
    assert labels["2006-10-01"] == "Bluesz won the local elections by a landslide", labels


def test_after_which_alone_on_a_row_goes():
    """Fidesz's 2010 row read "After which it ruled with two-thirds majorities together with the
    Christian Democratic People's Party": alone on its row, "after which" points at nothing."""
    events = _events("Bluesz was founded in 1988. It came to power in 1998 and again in 2010, after which it ruled "
                     "with two-thirds majorities.", title="Bluesz")
    assert [e.label for e in events if e.date.iso == "2010"] == ["Bluesz ruled with two-thirds majorities"]


def test_a_group_acting_in_a_sentence_that_does_not_speak_of_the_body_is_another_actor():
    """Held-out set 6 and 5 showed other actors' acts on the timelines and in the snapshots of
    a unit, an NGO and an intergovernmental body: "members of the Palestinian group Black
    September attacked", "four members of the Popular Front ... hijacked ... on its way",
    "Canadian police in Vancouver arrested", "gunmen in Beirut wounded", "Weeks later, on 28
    June 2009, soldiers removed the president". A group told as others (with a name, a place,
    a nationality, or no article), in a sentence that names neither the body nor its people,
    is background; its own people ("the members were asked") and a step of its own deal that
    another body takes ("the Trade Commission cleared the deal") stay its history."""
    rows = _history_events("Grey Unit", "a police tactical unit", (
        "The Grey Unit was formed on 26 September 1972. On 5 September 1972 members of the Ruritanian group "
        "Black Moon attacked the Freedonian team in the village. To support that demand, four members of the "
        "Front for the Liberation of Sylvania hijacked the airliner Kestrel on 13 October 1977 on its way from "
        "Palma to Frankfurt. On 1 December 2018 Canadian police in Vancouver arrested a banker. On 30 March "
        "1990 gunmen in Beirut wounded two traders. In May 2005 the unit stormed a ship. Weeks later, on 28 "
        "June 2005, soldiers removed the president of Ruritania and flew him out of the country."))
    for day in ("1972-09-05", "1977-10-13", "2018-12-01", "1990-03-30", "2005-06-28"):
        assert day not in rows or rows[day].background, rows[day]
    assert not rows["1972-09-26"].background and not rows["2005-05"].background
    own = _history_events("Blue Union", "a political party", (
        "The Blue Union was founded in 1950. After the party's worst result in the election of September 2021, "
        "the members were asked to choose the leader for the first time. On 16 January 2001 the Blue Union "
        "proposed to buy a rival. The United States Federal Trade Commission cleared the deal in December 2001."))
    assert not own["2021-09"].background, own["2021-09"]
    assert not own["2001-12"].background, own["2001-12"]


def test_an_organ_named_with_another_bodys_name_is_another_body():
    """"The World Health Assembly", "the United States Federal Trade Commission": a name ending
    in a kind of body, with two words or more of another body's name before it, is another
    body's; "the Supervisory Council" may be the body's own."""
    rows = _history_events("Green League", "an international league", (
        "The Green League was founded in 1950. On 21 May 1981 the World Wildlife Council opened a conference "
        "in Geneva. On 3 June 1982 the Supervisory Council elected a new president."))
    assert rows["1981-05-21"].background, rows["1981-05-21"]
    assert not rows["1982-06-03"].background


def test_a_person_founding_a_body_of_their_own_is_their_career():
    """The International Crisis Group's "Ahtisaari, chairman from 2000 to 2004, founded his own
    mediation organisation, the Crisis Management Initiative, in 2000" stood on its timeline as
    its own history. A person founding a body of their own, in a sentence that does not speak of
    the organisation, is the person's career; founding the organisation itself stays."""
    rows = _history_events("Blue Forum", "an international non-governmental organisation", (
        "Karl Berg founded the Blue Forum in 1995. Anna Lind, chair from 2000 to 2004, founded her own "
        "mediation organisation, the Peace Office, in 2001. In 2003 the forum opened an office in Nairobi."))
    assert not rows["1995"].background and rows["1995"].kind == "founding"
    assert rows["2001"].background, rows["2001"]
    assert not rows["2003"].background


def test_a_gerund_after_a_verb_and_a_nickname_stay_out_of_the_labels_cuts():
    """Volvo Cars' rows read "The company's shares began raised 20 billion kronor" (the phrase
    from "trading" to "that" was taken for a participle describing the subject) and "The first
    series-built car, nicknamed "Jakob"" (the nickname's quote ended the label before its verb)."""
    rows = _history_events("Blue Cars", "a car maker", (
        'On 14 April 1927 the first series-built car, the open four-cylinder B4, nicknamed "Jakob", drove out of '
        "the factory in Gothenburg with the sales director at the wheel. On 29 October 2021 the company's shares "
        "began trading on Nasdaq Stockholm after an offering that raised 20 billion kronor, the largest stock "
        "market flotation in Europe that year."))
    assert rows["1927-04-14"].label.startswith("The first series-built car drove out of the factory"), rows["1927-04-14"].label
    assert rows["2021-10-29"].label.startswith("The company's shares began trading on Nasdaq Stockholm"), rows["2021-10-29"].label


def test_former_members_are_its_own_people_not_another_group():
    """'Several former members complained that places were given to friends of the command' is
    the unit's own story; members are another group only as members of a body named."""
    rows = _history_events("Grey Unit", "a police tactical unit", (
        "The Grey Unit was formed in 1972. In 2020 several former members complained that places on courses "
        "abroad were given to friends of the commanders."))
    assert not rows["2020"].background, rows["2020"]


def test_a_board_choosing_a_known_leader_and_leaving_the_leadership_are_changes_of_leader():
    """Médecins du Monde's "the board chose Florence Rigal, a palliative care doctor, on 25 June
    2022" and "the board elected the diabetes specialist Philippe de Botton in a contest" ranked
    as an ordinary happening and an operation, and "Kouchner left the leadership of the
    association" as background (the article calls itself "the association", which its infobox's
    type says it is). The relative opening goes from a row that shows the clause's own day."""
    import tempfile
    from pathlib import Path

    text = ("= Blue Doctors =\n\nInfobox\n- Type: Non-governmental organisation (association under the law of 1901)\n"
            "- Key People: Anna Lind (President)\n\nBlue Doctors is a humanitarian organisation.\n\n== History ==\n"
            "The association was founded in 1980 by Karl Berg. In May 1988 Berg left the leadership of the association "
            "to become a minister in the government. On 9 June 2018 the board elected the diabetes specialist Paul "
            "Rey in a contest. The following year the board chose Anna Lind, a palliative care doctor, on 25 June 2019."
            "\n\n== Leadership ==\n\nPresidents:\n\n- Karl Berg (1980–1988)\n- Paul Rey (2018–2019)\n- Anna Lind (from 2019)\n")
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "a.txt").write_text(text, encoding="utf-8")
        rows = {e.date.iso: e for e in read(Path(d) / "a.txt").events}
    assert rows["1988-05"].kind == "leadership" and not rows["1988-05"].background, rows["1988-05"]
    assert rows["2018-06-09"].kind == "leadership", rows["2018-06-09"]
    assert rows["2019-06-25"].kind == "leadership", rows["2019-06-25"]
    assert rows["2019-06-25"].label.startswith("The board chose Anna Lind"), rows["2019-06-25"].label


def test_a_word_of_a_name_that_names_nothing_does_not_make_a_sentence_the_bodys():
    """"The same week MSF mourned a laboratory technician who had been killed" stood on the
    timeline of Médecins du Monde, also called Doctors of the World: "The" opening the sentence
    was taken for a word of that name."""
    import tempfile
    from pathlib import Path

    text = ("= Blue Doctors =\n\nBlue Doctors (BD; English: Doctors of the Blue) is a humanitarian organisation.\n\n"
            "== History ==\nBlue Doctors was founded in 1980. In September 2023 it opened a clinic in Gaza. "
            "The same week MSF mourned a laboratory technician who had been killed with his relatives on 6 November.\n")
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "a.txt").write_text(text, encoding="utf-8")
        rows = [e for e in read(Path(d) / "a.txt").events if "MSF" in e.text]
    assert rows and all(e.background for e in rows), rows


def test_a_record_since_a_year_and_a_capitalised_title_since_a_year_date_nothing():
    """Civic Platform's "Tusk became the first prime minister since 1989 to be returned for a
    second consecutive term" stood at 1989, and "Ewa Kopacz, Marshal of the Sejm since 2011,
    succeeded him as prime minister on 22 September" (after a sentence of August 2014) at
    2011: a record's measure and a title's start are no dates of the happening."""
    rows = _history_events("Blue Platform", "a political party", (
        "In the election of 9 October 2011 the party won 207 seats, and Karl Berg became the first prime minister "
        "since 1989 to be returned for a second term. Leaders chose Berg on 30 August 2014 as the next President "
        "of the Council. Anna Lind, Marshal of the Sejm since 2011, succeeded him as prime minister on 22 September, "
        "and on 8 November she was elected party chairwoman."))
    assert "1989" not in rows or rows["1989"].background, rows.get("1989")
    assert "2014-09-22" in rows and "2011-09-22" not in rows, sorted(rows)
    assert "2014-11-08" in rows


def test_the_kind_a_lead_gives_in_a_list_of_describing_words_names_the_body():
    """Civic Platform "was a centre-right, liberal-conservative and pro-European political party":
    its kind was read as "centre" (of "centre-right"), so "On 25 October 2025 the party took the
    name Civic Coalition" was labelled with the Polish People's Party, the last party named."""
    from briefkit.extract.subject import Subject

    p = Profile.model_validate({"names": {"title": "Blue Platform"}, "lead": [{"kind": "paragraph", "text": (
        "Blue Platform was a centre-right, liberal-conservative and pro-European political party. Under Karl Berg "
        "it governed in coalition with the Green People's Party. On 25 October 2025 the party took the name Blue "
        "Coalition and absorbed two smaller allies.")}]})
    assert "party" in Subject(p).kind and "centre" not in Subject(p).kind
    rows = {e.date.iso: e for e in extract_events(p)[0]}
    assert rows["2025-10-25"].label.startswith("The party took the name Blue Coalition"), rows["2025-10-25"].label


def test_a_raid_told_by_its_act_is_an_operation():
    """The Special Boat Service's "Sixteen SBS operators boarded the oil tanker Nave Andromeda" and
    "Four men parachuted into the Atlantic beside the liner" ranked as ordinary rows, below the
    renamings of its forerunners, in a unit whose raids are its history."""
    rows = _history_events("Grey Boat Service", "a special forces unit", (
        "The Grey Boat Service was formed in 1940. On 25 October 2020 sixteen of its operators boarded the oil "
        "tanker Andromeda off the Isle of Wight. In May 1972 four men parachuted into the Atlantic beside the liner."))
    assert rows["2020-10-25"].kind == "operation", rows["2020-10-25"]
    assert rows["1972-05"].kind == "operation", rows["1972-05"]


def test_a_surname_alone_of_someone_named_before_in_full_is_a_person_acting():
    """ASIO's "Petrov defected on 3 April 1954", after "the defection of Vladimir Petrov, a Soviet
    intelligence officer", was taken for another body's act (a capitalised word the article never
    writes in lower case) and kept off the timeline: the surname of someone named in full is a
    person, whether or not the people list keeps him."""
    rows = _history_events("Grey Service", "an intelligence agency", (
        "The Grey Service was founded in 1949. Its best-known early operation was the defection of Ivan Markov, a "
        "Soviet officer at the embassy, whom it had cultivated for two years. Markov defected on 3 April 1954 and "
        "handed over embassy documents."))
    assert not rows["1954-04-03"].background, rows["1954-04-03"]


def test_its_after_a_country_acting_and_a_plan_that_would_have_been_and_joining():
    """OPEC's "the United Arab Emirates announced that it would leave ...; its withdrawal took
    effect on 1 May 2026" was labelled "OPEC's withdrawal took effect"; Volvo Cars' "Under that
    plan, it would have sold nothing but fully electric cars from 2030" stood at 2030 in its
    snapshot's At a glance; "Qatar joined in 1961" and "Hungary became the first of them to
    join" are the body's membership growing, not another body's doing."""
    rows = _history_events("Blue Cartel", "an intergovernmental organisation", (
        "The Blue Cartel was founded in 1960. Qatar joined in 1961. In the 1990s the cartel opened to the former "
        "communist states of Central and Eastern Europe. Hungary became the first of them to join, on 6 November "
        "1990. On 28 April 2026 the United Arab Emirates announced that it would leave the cartel; its withdrawal "
        "took effect on 1 May 2026. In 2021 the cartel set a plan for its members. Under that plan, it would have "
        "sold nothing but clean fuel from 2030."))
    assert not rows["1961"].background and not rows["1990-11-06"].background
    assert rows["2026-05-01"].label.startswith("The United Arab Emirates' withdrawal took effect"), rows["2026-05-01"].label
    assert "2030" not in rows or rows["2030"].background, rows.get("2030")


def test_it_after_a_body_that_told_of_the_organisation_is_the_organisations():
    """Amnesty's "In October 1977 the Norwegian Nobel Committee announced that Amnesty had been
    awarded the Nobel Peace Prize, and in 1978 it received the UN Prize" was labelled "The
    Norwegian Nobel Committee received the UN Prize": the committee only told what its "that"
    clause says of the organisation, which the "it" goes back to."""
    rows = _history_events("Blue Watch International", "a non-governmental organisation", (
        "Blue Watch International was founded in 1961. In October 1977 the Norwegian Nobel Committee announced "
        "that Blue Watch had been awarded the Nobel Peace Prize, and in 1978 it received the UN Prize in the "
        "Field of Human Rights."))
    assert "Committee received" not in rows["1978"].label, rows["1978"].label
    assert "Blue Watch International received the UN Prize" in rows["1978"].label, rows["1978"].label


def test_a_list_ended_before_the_next_clause_an_unquoted_alias_and_what_became_known_as():
    """OPEC's rows read "The Austrian foreign minister, Bruno Kreisky, and the secretariat moved to
    Vienna" (the clauses were split inside the list of signatories), "Six militants led by the
    Venezuelan Ilich Ramírez Sánchez" (", known as Carlos," was kept as a comma before the verb,
    "led by" taken for one) and the Declaration of Cooperation "the basis of what became known
    as OPEC+" was a renaming of OPEC."""
    rows = _history_events("Blue Cartel", "an intergovernmental organisation", (
        "The Blue Cartel was founded in 1960. In April 1965 the Conference approved a host agreement with Austria, "
        "signed by the Secretary General, Karl Berg, and the Austrian foreign minister, Hans Moss, and the "
        "secretariat moved to Vienna on 1 September 1965. On 21 December 1975 six militants led by the Venezuelan "
        "Ilich Sanz, known as Carlos, stormed a meeting of the Conference at the headquarters in Vienna, killed three "
        "people and took about sixty hostages. On 10 December 2016 the cartel and eleven producers outside it signed "
        "the Declaration of Cooperation in Vienna, the basis of what became known as Cartel Plus."))
    assert rows["1965-09-01"].label == "The secretariat moved to Vienna", rows["1965-09-01"].label
    assert "stormed a meeting" in rows["1975-12-21"].label, rows["1975-12-21"].label
    assert rows["2016-12-10"].kind != "renaming", rows["2016-12-10"]


def test_the_following_year_before_a_yearless_day_counts_on_a_year():
    """Civic Platform's "it was registered as a political party the following year, on 5 March",
    after its founding on 24 January 2001, stood at 5 March 2001 and its label kept "the
    following year" beside the row's own date."""
    rows = _history_events("Blue Platform", "a political party", (
        "On 24 January 2001 the three held the founding convention of the Blue Platform. At first the Platform "
        "was organised as an association, and it was registered as a political party the following year, on 5 March."))
    assert "2002-03-05" in rows and "2001-03-05" not in rows, sorted(rows)
    assert "following year" not in rows["2002-03-05"].label, rows["2002-03-05"].label


def test_compatible_dates_agree_with_the_calendar():
    """`_compatible` compares tuples for speed; it must say what comparing the first and last
    days as calendar dates says, at every precision, across month and year ends."""
    import itertools

    from briefkit.extract.events import _compatible
    from briefkit.model import EventDate

    dates = [EventDate(year=y) for y in (2023, 2024)]
    dates += [EventDate(year=y, month=m) for y in (2023, 2024) for m in (1, 2, 11, 12)]
    dates += [EventDate(year=y, month=m, day=d) for y in (2023, 2024) for m in (1, 2, 12)
              for d in (1, 28, 29 if y == 2024 or m != 2 else 28, 31 if m != 2 else 28)]

    def by_calendar(a: EventDate, b: EventDate) -> bool:
        return a.start() <= b.start() <= a.end() or b.start() <= a.start() <= b.end()

    for a, b in itertools.product(dates, repeat=2):
        assert _compatible(a, b) == by_calendar(a, b), (a, b)


def test_a_label_cut_for_length_stops_before_a_phrase_not_inside_a_noun_phrase():
    labels = _labels_of("On 16 October 1973, ten days after the outbreak of the war, six Gulf members of Acme, meeting "
                        "in Kuwait City, raised the posted price of their crude unilaterally by 70 per cent, taking "
                        "control of pricing from the oil companies.")
    assert labels["1973-10-16"].endswith("raised the posted price of their crude unilaterally"), labels


def test_a_label_cut_before_an_aside_keeps_no_dangling_and():
    labels = _labels_of("Anna Lind became chief executive of Acme on 1 January 2007 and, because the board could "
                        "not agree on a successor, stayed in office until July 2016.")
    assert not re.search(r"\band$", labels["2007-01-01"]), labels
    assert labels["2007-01-01"].startswith("Anna Lind became chief executive"), labels


def test_two_verbs_of_a_listed_subject_share_the_whole_list():
    labels = _labels_of("Representatives of Norway, Iceland, Denmark and Sweden met in Oslo from 10 to 14 "
                        "September 1960 and agreed on 14 September to create Acme as a permanent body.")
    assert labels["1960-09-14"].startswith(("Representatives of Norway, Iceland, Denmark and Sweden agreed",
                                            "Representatives of Norway and three others agreed")), labels


def test_its_after_another_body_with_a_relative_aside_is_that_bodys():
    labels = _labels_of("Angola, which had objected to a lower quota, announced on 21 December 2023 that it would "
                        "leave Acme, and its membership ended on 1 January 2024.")
    assert labels["2024-01-01"] == "Angola's membership ended", labels


def test_it_after_an_opening_phrase_with_a_participle_aside_is_the_organisation():
    labels = _labels_of("At its second conference, held in Caracas in January 1961, it adopted its statute.")
    assert labels["1961-01"] == "At its second conference, held in Caracas, Acme adopted its statute", labels


def test_and_then_inside_a_relative_aside_opens_no_clause():
    labels = _labels_of("Anna Lind, a Scot who had run Dyson and then Ember Technologies, succeeded Carl Berg as "
                        "chief executive of Acme on 21 March 2022.")
    assert labels["2022-03-21"].startswith("Anna Lind"), labels
    assert "Ember Technologies, succeeded" not in labels["2022-03-21"], labels


def test_a_cut_for_length_leaves_no_second_subject_without_its_verb():
    for text in ("On 3 July 2021 Carl Berg stepped aside as chairman of Acme and Anna Lind, newly returned to "
                 "Swedish business, took over as acting chairman.",
                 "On 3 July 2021 Carl Berg stepped aside and Anna Lind, newly returned to politics in Sweden, took "
                 "over as acting chairman of the company."):
        label = _labels_of(text)["2021-07-03"]
        assert not label.endswith(("Anna Lind", "in Sweden", "Swedish business")), label


def test_a_report_about_the_body_is_not_its_founding_told_again():
    p = Profile.model_validate({
        "names": {"title": "Blue Aid"},
        "lead": [{"kind": "paragraph", "text": "Blue Aid is a charity. It was founded in New York in July 1933."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text":
            "In July 1933, at the request of Albert Einstein, who headed the association, a committee of 51 "
            "prominent Americans, among them writers, artists and clergy, was founded in New York as the "
            "American branch. On 24 July The New York Times reported that the committee would raise money."}]}],
    })
    events = {e.date.iso: e for e in extract_events(p)[0]}
    assert "1933-07" in events and "founded" in events["1933-07"].title, events
    assert not events["1933-07"].title.startswith("Who "), events["1933-07"].title
    assert "among them" not in events["1933-07"].title, events["1933-07"].title


def test_a_count_of_months_later_in_the_body_counts_from_the_month_before():
    labels = _labels_of("In January 2002 the board announced that Anna Lind would succeed Carl Berg, and Lind took "
                        "up the post six months later.")
    assert labels.get("2002-07", "").startswith("Lind took up the post"), labels
    assert "six months later" not in labels["2002-01"], labels


def test_within_a_week_is_dated_to_the_month_it_ends_in():
    labels = _labels_of("The revolution broke out on 23 October 1956. Within a week Acme had begun sending help "
                        "to the refugees.")
    assert labels.get("1956-10", "").startswith("Acme had begun sending help"), labels


def test_a_month_after_the_year_of_its_own_opening_clause_is_of_that_year():
    labels = _labels_of("In 2002 the board met in Oslo. After the government froze most foreign aid early in 2025, "
                        "Acme said in February that it was laying off thousands of staff.")
    assert "2025-02" in labels and "2002-02" not in labels, labels


def test_a_states_start_told_since_a_year_lends_no_year_to_what_follows():
    labels = _labels_of("On 30 September 2025 Acme announced that Ek would give up the post of chief executive. The "
                        "company said that the change formalised the way it had been run since 2023. The change took "
                        "effect on 1 January the following year.")
    assert "2026-01-01" in labels and "2024-01-01" not in labels, labels


def test_an_opening_of_circumstance_leaves_the_label_to_the_statement():
    labels = _labels_of("At the urging of Admiral Carl Berg, and with the backing of the minister Ida Sten, the "
                        "council resolved on 10 December 1665 to raise Acme as a body of sea soldiers.")
    assert labels["1665-12-10"].startswith("The council resolved to raise Acme"), labels
    labels = _labels_of("Early on 11 June 1977, after air force jets had flown low over the train and snipers had "
                        "fired into the carriages, marines of Acme stormed the train.")
    assert labels["1977-06-11"] == "Marines of Acme stormed the train", labels
    labels = _labels_of("With the borrowing costs of Spain and Italy rising sharply, Anna Lind told an investment "
                        "conference at Lancaster House in London on 26 July 2012 that, within its mandate, Acme was "
                        "ready to act.")
    assert labels["2012-07-26"].startswith("Anna Lind told an investment conference at Lancaster House in London "
                                           "that Acme was ready"), labels


def test_an_opening_clause_run_on_into_the_statement_stays():
    labels = _labels_of("When the squadron re-formed in 2018 its commanding officer was Wing Commander Carl Berg, "
                        "who flew the lead aircraft into Marham.")
    assert not labels["2018"].startswith("Who"), labels


def test_she_after_a_nomination_of_two_named_is_the_one_nominated():
    labels = _labels_of("In July 2019 the leaders nominated Anna Lind, director of the Fund since 2011, to succeed "
                        "Carl Berg. She took office on 1 November 2019, the first woman to lead Acme.")
    assert labels["2019-11-01"].startswith("Anna Lind took office"), labels


def test_a_course_that_appeared_set_is_background():
    p = Profile.model_validate({
        "names": {"title": "Acme"},
        "lead": [{"kind": "paragraph", "text": "Acme is a party."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text":
            "Anna Lind herself had at one point appeared set to stand in the presidential election of October "
            "2025."}]}],
    })
    rows = [e for e in extract_events(p)[0] if e.date.iso == "2025-10"]
    assert rows and all(e.background for e in rows), rows


def test_a_connective_before_the_date_phrase_leaves_the_label_and_a_part_of_the_year_goes_with_its_date():
    labels = _labels_of("Acme had planned to stand. Instead, on 20 September 2025, the council decided to back "
                        "the independent candidate Anna Lind.")
    assert labels["2025-09-20"] == "The council decided to back the independent candidate Anna Lind", labels
    labels = _labels_of("Carl Berg took command at the end of 2020, in a ceremony moved indoors because of the "
                        "rules.")
    assert "at the end" not in labels["2020"], labels


def test_a_second_opening_after_the_first_frames_it_too():
    labels = _labels_of("During the War of the Spanish Succession, when the two countries were allies, a brigade of "
                        "Acme's marines captured Gibraltar in 1704, an honour that both corps still share.")
    assert labels["1704"].startswith("A brigade of Acme's marines captured Gibraltar"), labels


def test_the_commas_of_a_condition_s_list_are_no_aside():
    labels = _labels_of("On 12 April 2016 the founders of Acme published an open letter warning politicians that, "
                        "unless rental housing, the teaching of programming and the taxation of stock options "
                        "improved, thousands of jobs could go abroad instead.")
    assert "unless rental housing thousands" not in labels["2016-04-12"], labels


def test_a_loosely_counted_time_before_the_clauses_own_date_leaves_the_label():
    labels = _labels_of("On 28 January 2024 three members announced they would leave Acme. Less than a month later, "
                        "on 24 February, an extraordinary summit in Abuja lifted most of the sanctions.")
    assert labels["2024-02-24"] == "An extraordinary summit in Abuja lifted most of the sanctions", labels


def test_a_change_that_took_effect_is_the_change_the_lead_tells():
    p = Profile.model_validate({
        "names": {"title": "Acme"},
        "lead": [{"kind": "paragraph", "text": "Acme is a company. Anna Lind became its executive chairman on 1 "
                                                "January 2026, when Carl Berg took over as chief executive."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text":
            "On 30 September 2025 Acme announced that Lind would give up the post of chief executive. The change "
            "took effect on 1 January the following year."}]}],
    })
    rows = [e for e in extract_events(p)[0] if e.date.iso == "2026-01-01" and not e.background]
    assert len(rows) == 1 and "executive chairman" in rows[0].title, [(e.title, e.background) for e in rows]


def test_a_place_named_like_a_person_leaves_he_to_the_person():
    labels = _labels_of("Robert DeVecchi joined Acme in May 1975 to resettle refugees, starting at Fort Chaffee in "
                        "Arkansas. He became executive director in 1985, and he retired in 1997.")
    assert labels["1997"] == "Robert DeVecchi retired", labels


def test_an_infobox_event_and_date_pair_is_one_row_told_by_its_event(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("= Blue League =\n\nInfobox\n- Established Event1: Pact of the Blue League signed in Cairo\n"
                 "- Established Date1: 22 March 1945\n- Established Event2: Joint Defence Treaty\n"
                 "- Established Date2: 1950\n\nThe Blue League is a regional organisation.\n", encoding="utf-8")
    rows = {e.date.iso: e for e in read(f).events}
    assert rows["1945-03-22"].kind == "founding"
    assert rows["1950"].kind != "founding" and "Joint Defence Treaty" in rows["1950"].title, rows["1950"]


def test_a_term_is_no_body_and_the_council_is_the_organisations_own():
    p = Profile.model_validate({
        "names": {"title": "Blue League"},
        "lead": [{"kind": "paragraph", "text": "The Blue League is a regional organisation."}],
        "sections": [
            {"title": "History", "blocks": [{"kind": "paragraph", "text":
                "In 2011 the UN Security Council passed a resolution on Libya. On 22 June 2026 the Council, meeting "
                "in Amman, unanimously appointed Anna Lind secretary-general for five years."}]},
            {"title": "Organisation", "blocks": [{"kind": "paragraph", "text":
                "The Council of the Blue League, in which every member has one vote, is the supreme body."}]},
        ],
    })
    rows = [e for e in extract_events(p)[0] if e.date.iso == "2026-06-22"]
    assert rows and not rows[0].background, rows
    assert "Security" not in rows[0].title, rows[0].title


def test_the_start_of_a_terms_length_is_no_second_happening_but_an_effect_is():
    labels = _labels_of("On 22 June 2026 the council unanimously appointed Anna Lind secretary-general of Acme for "
                        "five years from 1 July 2026.")
    assert "2026-07-01" not in labels and "2026-06-22" in labels, labels
    labels = _labels_of("At the end of March 1949 the management decided to move the head office of Acme to Munich "
                        "with effect from 1 April, keeping Berlin as a second seat.")
    assert "1949-04-01" in labels, labels


def test_an_organ_of_another_body_named_in_full_before_is_another_body_by_its_short_name():
    """"Its ministers asked the United Nations Security Council to act. Five days later the
    Security Council authorised one": the short name of an organ the article named in full is
    that other body's, not the league's own Council; a count of days before it, with no comma,
    opens the clause without telling who acts."""
    rows = _history_events("Green League", "an international league", (
        "The Green League was founded in 1950. On 12 March 2011 its ministers asked the United Nations "
        "Security Council to close the airspace. Five days later the Security Council authorised it. "
        "On 3 June 2012 the Council of the league elected a new president."))
    assert rows["2011-03-17"].background, rows["2011-03-17"]
    assert not rows["2011-03-12"].background
    assert not rows["2012-06-03"].background


def test_a_treaty_another_state_signed_with_a_third_is_their_deal():
    """"Egypt signed a peace treaty with Israel on 26 March 1979", in an article on a league of
    states that does not name the league there, is a deal between others; a law another body
    signs stays the organisation's legal situation."""
    rows = _history_events("Green League", "an international league", (
        "The Green League was founded in 1950. Ruritania signed a peace treaty with Elbonia on 26 March 1979. "
        "On 31 March 1979 the league suspended Ruritania's membership. "
        "In 1990 President Anna Berg signed a law under which members of the league could be prosecuted."))
    assert rows["1979-03-26"].background, rows["1979-03-26"]
    assert not rows["1979-03-31"].background
    assert not rows["1990"].background


def test_co_operation_in_a_name_is_no_operation():
    """"The members signed a Joint Defence and Economic Co-operation Treaty" ranked as an
    operation (0.68) above the league's own must-haves: the "operation" in "Co-operation" is
    no military operation."""
    rows = _history_events("Green League", "an international league", (
        "The Green League was founded in 1950. In 1952 the members signed a Joint Defence and Economic "
        "Co-operation Treaty. In 1953 the league's forces began an operation in the north."))
    assert rows["1952"].kind != "operation", rows["1952"]
    assert rows["1953"].kind == "operation"


def test_a_tenure_or_a_membership_told_in_an_aside_dates_no_happening():
    """"Senegal's president, Bassirou Diomaye Faye, in office since March 2024, thanked his
    fellow heads of state" and "The IUCN, of which WWF International has been a member since
    2012, TRAFFIC and ... are close partners" stood on timelines dated by the aside; a tenure in
    apposition ("in command since", "in office since") and a relative clause on a preposition
    ("of which ... since") describe someone or something else, as ", who had headed it since" does."""
    rows = _history_events("Green League", "an international league", (
        "The Green League was founded in 1950. Ruritania's president, Anna Berg, in office since March 2024, "
        "thanked the members for their support. The Blue Union, of which the Green Trust has been a member "
        "since 2012, and the Red Forum are close partners. On 3 June 2025 the league opened an office in Lagos."))
    assert rows["2024-03"].background, rows["2024-03"]
    assert rows["2012"].background, rows["2012"]
    assert not rows["2025-06-03"].background


def test_governing_a_ruling_party_and_an_attackers_label_are_no_legal_step():
    """"Fidesz ruled with two-thirds majorities" (it governed), "the ruling party" and "a
    right-wing extremist set off a bomb" (who attacked) ranked as legal steps at 0.75 above
    the must-haves; a court's ruling, a ban and a designation as a terrorist organisation stay legal."""
    from briefkit.extract.events import classify
    from briefkit.extract.subject import Subject

    subject = Subject(Profile.model_validate({"names": {"title": "Blue Party"}}))
    assert classify("From 2010 the Blue Party ruled with a two-thirds majority", subject) != "legal"
    assert classify("In 2014 it became the ruling party", subject) != "legal"
    assert classify("On 22 July 2011 a right-wing extremist set off a bomb in Oslo", subject) != "legal"
    assert classify("On 5 May 2020 the court ruled that the party had broken the law", subject) == "legal"
    assert classify("In 2021 the ministry designated the party an extremist organisation", subject) == "legal"
    assert classify("In 2022 the government listed it as a terrorist organisation", subject) == "legal"


def test_a_yearless_day_at_the_turn_of_the_year_takes_the_next_year():
    """Equinor's "The Interior Department suspended the project again on 22 December 2025. ...
    On 2 January the subsidiary sued ..., and on 15 January 2026 the judge granted ..." dated the
    suit 2 January 2025, before the events it answered: a day of a month before the paragraph's,
    told on to a day of the next year within two months, has turned the year. A sentence that
    runs on to another year's day ("On 18 December X won, and he was re-elected on 19 December
    2022") does not move its first day."""
    rows = _history_events("Blue Energy", "an energy company", (
        "The company was founded in 1972. The government suspended the project on 22 December 2025. "
        "On 2 January the company sued in federal court, and on 15 January 2026 a judge allowed work to resume."))
    assert "2026-01-02" in rows, sorted(rows)
    rows = _history_events("Blue Party", "a political party", (
        "The party was founded in 1912. At its conference in December 2017 two candidates stood. "
        "On 18 December Anna Lind narrowly defeated Carl Berg, and she was re-elected on 19 December 2022."))
    assert "2017-12-18" in rows, sorted(rows)


def test_a_stretch_holding_the_only_verb_is_no_aside_of_a_label():
    """The OECD's "On 14 December 1960 eighteen European countries, the United States and
    Canada signed the Convention ..., turning the old organisation into one with wider aims" was
    labelled "Eighteen European countries turning the old organisation ...": the stretch
    between the commas, taken for an aside, held the statement's only verb."""
    rows = _history_events("Blue Organisation", "an intergovernmental organisation", (
        "On 14 December 1960 eighteen European countries, the United States and Canada signed the Blue Convention "
        "in Paris, turning the old organisation into one with wider aims: economic growth, aid to developing "
        "countries and the expansion of world trade."))
    assert "signed the Blue Convention" in rows["1960-12-14"].label, rows["1960-12-14"].label


@pytest.mark.parametrize(("clause", "kind"), [
    # a renaming voted or decided is the organisation's renaming; one announced is not yet
    ("Blue Energy was known as Blue Oil until its shareholders voted to rename it Blue Energy on 15 May 2018",
     "renaming"),
    ("On 31 July 2013 Blue Energy said it would rename itself after its best-known brand", "statement"),
    # a term that begins, charge taken, a place taken, a removal from a post: a change of leader
    ("Anna Lind's term began on 1 January 2023", "leadership"),
    ("Carl Berg took charge at the headquarters on 26 October 2022", "leadership"),
    ("On 19 December 1995 Berg was removed from command and Colonel Anna Lind took his place", "leadership"),
    ("In February 2025 Anna Lind took over.", "leadership"),
    # a departure announced is news of the post (held-out writers list Weidmann's, McCain's and
    # Steenhuisen's announcements among the must-haves)
    ("In 2022 Carl Berg announced that he would step down", "leadership"),
    # a term begun told with a pronoun, a post handed on, a resignation handed in, a head's post
    # given by choosing, naming, confirming or agreeing on someone
    ("His term began on 1 January 2023", "leadership"),
    ("In October 2023 Carl Berg handed command to his deputy, Anna Lind", "leadership"),
    ("In 2005 Carl Berg handed the post of chief executive to Anna Lind, the company's president", "leadership"),
    ("In March 2023 Carl Berg handed over his duties and moved to a ministry", "leadership"),
    ("Anna Lind announced her resignation on 25 February 2016", "leadership"),
    ("On 14 March 2016 Anna Lind was chosen as interim executive director", "leadership"),
    ("On 1 May 2014 the board named Anna Lind, who had grown up in Riga and was chief product officer of a "
     "software firm, as the next executive director", "leadership"),
    ("On 30 July Carl Berg, a former deputy minister of trade, was named High Representative-General", "leadership"),
    ("On 6 December 2024 the ministers agreed on the diplomat Carl Berg as secretary general", "leadership"),
    ("On 29 April 2024 the minister announced Anna Lind's permanent appointment as the 25th commissioner",
     "leadership"),
    ("Carl Berg took over the next day", "leadership"),
    # a person winning the post is a change of leader; a party winning the country's is not
    ("On 27 September 2024 Carl Berg won the presidency in a runoff", "leadership"),
    # not a head's post: a building, a venue, a directorate, headquarters
    ("In 2019 the building was named the headquarters of the group", "other"),
    ("On 3 May 2010 the council was chosen as the venue for the summit", "other"),
    ("On 1 June 2020 the academy became a directorate of its own", "other"),
    ("In 1990 the unit became headquarters of the corps", "other"),
    # a head stepping aside or taking leave; an arrest warrant issued
    ("In May 2025 the director, Carl Berg, stepped aside while allegations against him were examined",
     "leadership"),
    ("Carl Berg took leave on 16 May 2025", "leadership"),
    ("On 4 March 2009 the chamber issued a warrant for the arrest of the president, Carl Berg", "legal"),
    ("On 17 March 2023 the chamber issued arrest warrants for Carl Berg", "legal"),
    # a post held since a day, told in the present perfect, is the change of leader that day
    ("Since 20 January 2026 Anna Lind has been the party's national president", "leadership"),
    ("Since January 2023 its secretary-general has been Carl Berg of Cambodia", "leadership"),
    ("Since 2021 every volunteer has been required to complete a course", "other"),
    ("Since 2022 the unit's public face has been its spokesperson, Eva Sund", "other"),
    ("On 17 April 2021 Anna Lind was sworn in as the agency's 34th chairman", "leadership"),
    ("On 9 April 2025 Carl Berg was confirmed by the Senate by 52 votes to 44", "leadership"),
    ("In September 2024 Anna Lind left office after the members opposed extending her term", "leadership"),
    ("On 22 April 2002 the conference removed Carl Berg from office", "leadership"),
    ("On 2 June 2012 Anna Lind was declared general secretary", "leadership"),
    ("On 2 November 2018 the Council relieved him of the post", "leadership"),
    ("On 6 January 2022 the Council decided to send the Collective Peacekeeping Forces to Kazakhstan", "operation"),
    # a merger into one, a body turned into another, a move between ministries: the body changed
    ("On 1 July 1994 the four regiments were amalgamated into a single regiment", "reorganisation"),
    ("On 1 January 2007 the Secretariat was turned into a Commission", "reorganisation"),
    ("On 1 October 1999 the unit was transferred from the Ministry of the Interior to the Ministry of Defence",
     "reorganisation"),
    # a new member, a share listing, a first flight or service, a rate set, an election's figures
    ("On 1 January 2025 Slovenia became the 23rd member state", "milestone"),
    ("On 1 June 2011 Honduras was readmitted by 32 votes to one", "milestone"),
    ("On 4 April 2024 Anna Lind defeated Carl Berg for the chair of the council", "milestone"),
    ("On 8 November 2014 the federation expelled its largest union by 33 votes to 24", "milestone"),
    ("On 12 November 2011 the members voted to suspend Syria", "milestone"),
    ("On 1 July 2018 the deal closed", "milestone"),
    ("In December 1997 the first hybrid car went on sale in Japan", "milestone"),
    ("On 12 September 1987 two bombs exploded in the basement of the building", "loss"),
    ("On 4 April 2019 the shares began trading on the exchange", "milestone"),
    ("On 9 July 2024 the new rocket flew for the first time", "milestone"),
    ("On 20 July 1969 the astronauts landed the lunar module Eagle in the Sea of Tranquility", "milestone"),
    ("On 24 December 1979 the first rocket lifted off from Kourou", "milestone"),
    ("On 16 May 1881 the company began regular service on the first electric tram line", "milestone"),
    ("On 21 July 2022 the bank raised its key interest rates for the first time in eleven years", "milestone"),
    ("In the election of 25 October 2015 the party fell to 24.1 per cent and 138 seats", "milestone"),
])
def test_common_event_verbs_have_their_kind(clause, kind):
    """Must-have events of held-out articles ranked as "other" (0.40) below lesser ones because
    their verb was missing from the kinds' vocabulary: "voted to rename it", "Lim Jock Hoi's term
    began", "were amalgamated", "was turned into a Commission", "became the 23rd member state",
    "raised its key interest rates", "fell to 24.1 per cent and 138 seats". The words are those of
    any organisation's history, not of one article (and so are those the gated corpus's
    must-haves had as "other": "was sworn in as chairman", "expelled NUMSA by 33 votes to 24",
    "The deal closed", "two bombs exploded"); an intention ("would rename itself", "would
    step down") stays what it was, for the act it announces is its own event."""
    from briefkit.extract.events import classify
    from briefkit.extract.subject import Subject

    subject = Subject(Profile.model_validate({"names": {"title": "Blue Energy"}}))
    assert classify(clause, subject) == kind


def test_a_craft_is_no_other_body_and_a_man_introduced_is_no_one_named_before():
    """NASA's "Atlantis touched down at the Kennedy Space Center on 21 July 2011" and "Columbia
    disintegrated over Texas" were read as other bodies' acts (a proper name acting, the
    agency unnamed) and left its timeline; what touches down, lifts off or breaks apart is a
    craft, not a body. And "Kennedy asked Congress to commit the country to landing a man on the
    Moon and returning him safely" was labelled "returning James E. Webb", the one person the
    sentence before named: "him" after "a man" means the man."""
    rows = _history_events("Blue Space Agency", "a space agency", (
        "The agency was founded in 1958. Anna Lind became administrator on 14 February 1961. "
        "On 25 May 1961 Carl Berg promised to land a man on the Moon and return him safely. "
        "On 1 February 2003 Columbia disintegrated over Texas as it re-entered the atmosphere. "
        "Atlantis touched down at the Kennedy Space Center on 21 July 2011, ending the shuttle programme."))
    assert "2011-07-21" in rows and not rows["2011-07-21"].background, rows.get("2011-07-21")
    assert "2003-02-01" in rows and not rows["2003-02-01"].background
    assert rows["2003-02-01"].kind == "loss"
    assert "Anna Lind" not in rows["1961-05-25"].label and "return him" in rows["1961-05-25"].label, \
        rows["1961-05-25"].label


def test_a_post_created_is_no_founding_and_a_treaty_a_body_rests_on_is_no_event():
    """The BJP's "the Parliamentary Board made J. P. Nadda working president, the first time the
    party had created such a post" ranked as its founding (a name pattern matched "had" under
    re.I); it is a change of leader. The CSTO's "It rests on the Collective Security Treaty of
    1992" was a second 1992 event beside the treaty's signing: a thing named by its year in a
    clause that tells how things stand is a reference, not a happening."""
    from briefkit.extract.events import classify
    from briefkit.extract.subject import Subject

    subject = Subject(Profile.model_validate({"names": {"title": "Blue Party"}}))
    clause = "On 17 June 2019 the Board made Anna Lind working president, the first time the party had created such a post"
    assert classify(clause, subject) == "leadership"
    rows = _history_events("Blue Alliance", "a military alliance", (
        "The heads of six states signed the Blue Treaty in Tashkent on 15 May 1992. It rests on the Blue Treaty of "
        "1992, whose fourth article treats an attack on one as an attack on all, and it became a full organisation "
        "when its members signed its Charter on 7 October 2002."))
    assert [d for d in rows if d.startswith("1992")] == ["1992-05-15"], sorted(rows)
    assert "2002-10-07" in rows


def test_a_war_or_protests_breaking_out_with_no_one_of_ours_is_the_scene_not_an_event():
    """The CSTO's "Protests against a sharp rise in fuel prices broke out in Kazakhstan on 2
    January 2022", an Interpol article's "The Hungarian revolution broke out on 23 October
    1956" and ECOWAS's "Civil war had broken out in Liberia in December 1989" were timeline
    rows: a happening of the world that broke out or began, in a sentence that names neither the
    organisation nor its people, sets the scene. What the organisation did in it stays, and so
    does a sentence that opens on the scene and goes on to its act ("As the pandemic spread, the
    Governing Council launched a purchase programme")."""
    rows = _history_events("Blue Alliance", "a military alliance", (
        "The alliance was founded in 1992. Protests against a rise in fuel prices broke out in Kazakhstan on "
        "2 January 2022 and turned into riots. On 6 January 2022 the alliance sent its forces. "
        "As the pandemic spread, the Council launched a relief programme on 18 March 2020."))
    assert rows["2022-01-02"].background
    assert not rows["2022-01-06"].background and not rows["2020-03-18"].background


@pytest.mark.parametrize(("before", "after", "who"), [
    # the subject of the last main clause
    ("After the election of 2004, Venkaiah Naidu stepped down and Lal Advani took the presidency for a third time.",
     "He gave it up in 2005.", "Advani"),
    ("Taylor was in Washington, and the artillery commander, Brigadier General Anthony McAuliffe, held command.",
     "On 22 December 1944 he answered a German demand for surrender.", "McAuliffe"),
    ("Emiel van Lennep, a Dutch official, succeeded Kristensen in 1969 and served until 1984.",
     "He was followed by Jean-Claude Paye in 1984.", "van Lennep"),
    # the subject of the main clause, not the one of a relative clause about the hearing
    ("Paul Atkins was confirmed on 9 April 2025 after a hearing at which Senator Elizabeth Warren questioned his record.",
     "He was sworn in on 21 April 2025 as chairman.", "Atkins"),
    # the subject of a clause opened by ", when"
    ("The run ended in late June 2022, when Anna Lind, a former official who had served as deputy since 2020, "
     "was installed in place of Berg.", "She promised faster rescue arrangements in July 2022.", "Lind"),
    # nobody rather than a guess
    ("Semerikov acted again until the general Stanislav Zas, born in 1964 and put forward by the president, "
     "Alexander Lukashenko, took office.", "His appointment had been confirmed on 28 November 2019.", None),
    ("When Arnold Berg died in 1965, his son became chief executive and chairman of the group's companies.",
     "Under him the group developed oil production in 1969.", None),
    # a lone name told a person by its birth aside is the subject, not the one it succeeded
    ("Lind, born in 1966, succeeded Kristensen of Denmark.", "His term began on 1 January 2023.", "Lind"),
    # a chamber of a court is a body, not a second person
    ("On 14 March 2012 a Trial Chamber found the militia leader Carl Berg guilty of recruiting children.",
     "In July 2012 he was sentenced to fourteen years in prison.", "Berg"),
    # where the subject is from, and an apposition, between the name and the verb
    ("Park Min-jun of South Korea, a physician who had worked for the council for two decades, succeeded "
     "Anna Berg Kristensen on 21 July 2003.", "He died in office on 22 May 2006.", "Park Min-jun"),
])
def test_he_after_a_sentence_naming_several_is_its_last_subject_or_nobody(before, after, who):
    """"He" after a sentence naming several people had stayed "He" on the timeline (22 held-out
    rows leaned on the sentence before). It is the subject of that sentence's last main clause;
    a name inside a clause about something else, or a later clause with a subject of its own,
    leaves it unnamed: a wrong name is worse than a pronoun."""
    rows = _history_events("Blue Council", "an international organisation", (
        "The council was founded in 1950. " + before + " " + after))
    event = next(e for e in rows.values() if e.text.startswith(after.split()[0]) or after[:20] in e.text)
    others = {"Advani", "Naidu", "McAuliffe", "Taylor", "van Lennep", "Kristensen", "Warren", "Atkins", "Zas",
              "Lukashenko", "Semerikov", "Berg", "Lind", "Park Min-jun"}
    named = {n for n in others if n in event.label}
    if who is None:
        assert not named - {"Paye"}, event.label
    else:
        assert who in event.label and not (named - {who}), event.label


def test_a_relative_clause_verb_of_two_words_leaves_the_main_subject():
    """Unite's "She took office the next day" stayed "She" on the timeline, after "... and on 25
    August 2021 Graham, who ran ..., was declared the winner ... for Steve Turner, whom McCluskey
    had backed": the relative clause's "had" was passed over as its own, and its "backed" was
    then taken for a later verb with a subject of its own. A participle after its auxiliary is
    that verb's."""
    from briefkit.extract.events import _last_subject

    sentence = ("Two candidates stood after a third, Anna Lind, withdrew, and on 3 May 2021 Berg, who ran the "
                "council's research office, was declared the winner against Karl Kristensen, whom Per Taylor had "
                "backed.")
    people = ["Anna Lind", "Eva Berg", "Karl Kristensen", "Per Taylor"]
    assert _last_subject(sentence, people) == "Eva Berg"
    # a later clause with a subject and a verb of two words of its own still leaves nobody
    assert _last_subject("On 3 May 2021 Berg was declared the winner, and the board had agreed to it.", people) is None


def test_a_clause_of_cause_or_sequence_leaves_the_main_subject():
    """The BBC's "He remained until June" followed "Richard Sharp, a former banker appointed
    chairman in 2021, resigned on 28 April 2023 after a report found that he had not declared
    his part in arranging the guarantee for a loan to Boris Johnson": the report's verb was
    taken for a main clause's, and "He" named nobody. A clause opened by "after", "because",
    "although" and the like tells why or after what; the sentence is still its main subject's.
    A clause opened by "until" or ", when" is not such a clause (see the test above)."""
    from briefkit.extract.events import _last_subject

    people = ["Eva Berg", "Karl Kristensen"]
    assert _last_subject("Eva Berg, appointed chair in 2021, resigned on 28 April 2023 after a report found that "
                         "she had not declared a loan to Karl Kristensen.", people) == "Eva Berg"
    assert _last_subject("Eva Berg resigned in 2023 because the board had lost faith in Karl Kristensen.",
                         people) == "Eva Berg"
    assert _last_subject("Eva Berg resigned in 2023, and the board then met.", people) is None


def test_a_subject_described_twice_before_its_verb_is_the_subject():
    """The Workers' Party's "Edinho Silva, a sociologist who had been mayor of Araraquara ...,
    Dilma Rousseff's communications minister and the coordinator of Lula's 2022 campaign, won
    about 73 per cent of the vote against ..." named its winner only through two descriptions,
    and "He took office for a four-year term" stayed "He". Two descriptions set off by commas,
    each opening as a description does (an article, "who", "born", a name), may stand between a
    subject and its verb; a verb after the first comma is no description ("the interior
    secretary, Mar Roxas, announced that the director, Carl Dunn, had been relieved" is Roxas's
    sentence, and Dunn is no subject of it)."""
    from briefkit.extract.events import _last_subject

    people = ["Eva Berg", "Karl Kristensen", "Per Taylor", "Anna Lind", "Carl Dunn"]
    assert _last_subject("In the members' vote of 6 July, Eva Berg, a lawyer who had been mayor of Bergen from 2017 to "
                         "2024, Per Taylor's chief of staff and the head of his campaign, won 73 per cent of the vote "
                         "against Karl Kristensen and Anna Lind.", people) == "Eva Berg"
    assert _last_subject("On 27 January 2015 the interior secretary, Per Taylor, announced that the director, Carl "
                         "Dunn, had been relieved pending an inquiry.", people) != "Carl Dunn"


def test_a_sentence_on_he_or_she_keeps_its_referent_past_a_place():
    """Stellantis's "Two days later, in a video call to staff from Turin, he said ..." came after
    "He took office on 23 June 2025 ..., working from Auburn Hills, Michigan", the only "name"
    that sentence gave, and had read "Auburn Hills said". A sentence whose subject is "he" or
    "she" carries on its referent unless it names another clause's subject (Novo Nordisk's "He
    took office on 7 August 2025, Jørgensen's last day" is still Doustdar's)."""
    rows = _history_events("Blue Council", "an international organisation", (
        "The council was founded in 1950. On 28 May 2025 the board chose Eva Berg as secretary general. She took "
        "office on 23 June 2025 and named a new team the same day, working from Auburn Hills, Michigan. Two days "
        "later, in a video call to staff, she said that the long-term plan was under review."))
    assert rows["2025-06-25"].label == "In a video call to staff, Eva Berg said that the long-term plan was under review"
    rows = _history_events("Blue Council", "an international organisation", (
        "The council was founded in 1950. On 29 July 2025 the board named Eva Berg. She took office on 7 August "
        "2025, Karl Dunn's last day. On 10 September she announced that 900 jobs would go."))
    assert rows["2025-09-10"].label.startswith("Eva Berg announced"), rows["2025-09-10"].label


@pytest.mark.parametrize(("sentence", "iso", "label"), [
    ("The team left for the capital the next day and helped twenty citizens onto flights.", "2021-08-24",
     "The team left for the capital and helped twenty citizens onto flights"),
    ("The team left for the capital the next day and, travelling with French forces, helped twenty citizens.",
     "2021-08-24", "The team left for the capital and, travelling with French forces, helped twenty citizens"),
    ("Eva Berg took over two days later and went on to serve two terms.", "2021-08-25",
     "Eva Berg took over and went on to serve two terms"),
    ("The team left for the capital the next day.", "2021-08-24", "The team left for the capital"),
])
def test_a_time_closing_the_first_of_two_verbs_dates_the_clause(sentence, iso, label):
    """The Army Ranger Wing's "The team left Ireland the next day and, travelling with French
    forces, helped more than twenty Irish citizens ..." (a must-have) and the IFRC's "Mario
    Villarroel Lander took over later that year and went on to serve two terms" were no rows: a
    count of time was read only where it closed its clause. It closes the first verb's phrase
    when a second verb of the same subject follows; the row takes both verbs, without the time."""
    rows = _history_events("Blue Council", "an international organisation", (
        "The council was founded in 1950. On 23 August 2021 the minister approved sending a small team to the "
        "airport. " + sentence))
    assert iso in rows, sorted(rows)
    assert rows[iso].label == label


def test_the_same_doers_next_act_before_a_day_of_its_own_is_its_own_row():
    """The Army Ranger Wing's "The team left Ireland the next day and, travelling with French
    forces, helped more than twenty Irish citizens ... onto other countries' flights before it
    withdrew on 26 August" was one row at 26 August, made background, and the must-have
    departure was lost. What "before it withdrew on 26 August" tells is the same doer's next act
    on a day of its own; the departure keeps the next day, and its label no comma left by the
    aside it lost ("and, helped")."""
    rows = _history_events("Blue Council", "an international organisation", (
        "The council was founded in 1950. On 23 August 2021 the minister approved sending a small team of "
        "diplomats protected by council guards to the airport. The team left for the capital the next day and, "
        "travelling with French forces, helped more than twenty citizens and their families onto other "
        "countries' flights before it withdrew on 26 August, shortly after a bombing outside the gates."))
    assert rows["2021-08-24"].label.startswith("The team left for the capital and helped more than twenty citizens")
    assert not rows["2021-08-24"].background
    assert "withdrew" in rows["2021-08-26"].label


def test_a_post_taken_after_the_past_a_who_aside_tells_is_its_own_row(tmp_path):
    """Carlsberg's "Rasmussen made way for the Dutchman Cees 't Hart, who had run the dairy group
    Royal FrieslandCampina since 2008 and took over as chief executive on 15 June 2015" was one
    row at 2008, background, and the change of chief executive (a must-have) was lost. After the
    aside's past ("had run ... since 2008"), a verb in the simple past that takes the post and
    closes the sentence is the person's next happening, on its own day, told of that person."""
    f = tmp_path / "b.txt"
    f.write_text("= Blue Brewery =\n\nThe Blue Brewery is a brewing company.\n\n== History ==\n\n"
                 "Karl Rasmussen became chief executive of the brewery in 2007. After weak results in Russia, "
                 "Rasmussen made way for the Dutchman Cees Hart, who had run a dairy group since 2008 and took over "
                 "as chief executive on 15 June 2015. Hart stepped down as chief executive of the brewery in "
                 "September 2023.\n", encoding="utf-8")
    rows = {e.date.iso: e for e in read(f).events}
    assert rows["2015-06-15"].label == "Cees Hart took over as chief executive"
    assert not rows["2015-06-15"].background


def test_the_following_month_closing_a_clause_counts_from_the_time_last_told():
    """Three rows were lost: the Commandos Marine's "Jaubert ... had been killed in Indochina in
    January 1946, and Alain de Penfentenyo was mortally wounded there the following month",
    Statistics Canada's "The agency celebrated its centenary on 24 May 2018, and Arora's term was
    renewed the following month", and the East African Community's must-have "In November 2006
    the Summit agreed to admit Rwanda and Burundi, whose presidents signed their treaties of
    accession in Kampala on 18 June 2007; both became full members at the start of the following
    month". A clause closing on "the following month" after a month its sentence told is a
    happening of its own, counted from the time told last (an aside's too); "at the start of"
    stays in its label, as "the end of the year" does."""
    rows = _history_events("Blue Council", "an international organisation", (
        "The council was founded in 1950. The council celebrated its centenary on 24 May 2018, and Berg's term "
        "was renewed the following month."))
    assert rows["2018-06"].label == "Berg's term was renewed"
    rows = _history_events("Blue Community", "an international organisation", (
        "The community was founded in 2000. In November 2006 the Summit agreed to admit Ruritania and Elbonia, "
        "whose presidents signed their treaties of accession in Kampala on 18 June 2007; both became full members "
        "at the start of the following month."))
    assert rows["2007-07"].label.endswith("became full members at the start of the month"), rows["2007-07"].label


def test_a_board_named_by_its_kind_is_the_organisations_own():
    """BASF's must-have "On 20 December 2023 the supervisory board chose Markus Kamieth ... as the
    next chairman of the Board of Executive Directors" and the Wikimedia Foundation's "Michael
    Snow replaced Florence Devouard as chair of the board" were made background, as posts in
    another body. A board named by its kind alone is the organisation's own, as "the board" is;
    a post in a body with a name of its own is still another body's."""
    rows = _history_events("Blue Chemicals", "a chemical company", (
        "The company was founded in 1865. On 20 December 2023 the supervisory board chose Eva Berg, a chemist who "
        "had joined the company in 1999, as the next chairman of the Board of Executive Directors. In 2024 the "
        "government chose Karl Dunn as chairman of the National Grid Authority."))
    assert not rows["2023-12-20"].background and rows["2023-12-20"].kind == "leadership"
    assert rows["2024"].background


def test_a_second_verb_with_a_month_of_its_own_is_its_own_row():
    """The SPD's must-have ban of June 1933 was told inside "The regime seized the party's property
    in May and banned it in June 1933", one row at May 1933. A second verb of the same subject
    with a month of its own, after a first dated by a month, is a row of its own; the first
    month is of the year the second gives."""
    rows = _history_events("Blue Party", "a political party", (
        "The party was founded in 1863. The regime seized the party's property in May and banned it in June 1933."))
    assert rows["1933-05"].label == "The regime seized the party's property"
    assert rows["1933-06"].label.startswith("The regime banned")


def test_an_infobox_fact_of_two_words_told_again_that_day_is_one_row(tmp_path):
    """The OAS's infobox "Charter in force: 13 December 1951" and its body's "The Charter entered
    into force on 13 December 1951" were two rows of one day. A fact of two words, both told again
    in a sentence of the same day, is that sentence's happening; one of another day stays."""
    f = tmp_path / "o.txt"
    f.write_text("= Blue Union =\n\nInfobox\n- Established Event1: Charter signed in Bogotá\n- Established Date1: 30 "
                 "April 1948\n- Established Event2: Charter in force\n- Established Date2: 13 December 1951\n\n"
                 "The Blue Union is an international organisation.\n\n== History ==\nThe union was founded on 30 "
                 "April 1948. The Charter entered into force on 13 December 1951. The Charter was amended in 1967.\n",
                 encoding="utf-8")
    rows = [e for e in read(f).events if not e.background and e.date.iso == "1951-12-13"]
    assert [e.label for e in rows] == ["The Charter entered into force"]


def test_a_name_the_lead_says_the_body_took_is_one_renaming(tmp_path):
    """The Special Boat Service's lead "... a series of Royal Marines units, known from 1951 as the
    Special Boat Company and from 1974 as the Special Boat Squadron" and its body's "The unit took
    the name Special Boat Company in 1951" were two rows of 1951: the names the lead and the body
    share were compared without the organisation's own words, and the new name is made of them."""
    f = tmp_path / "s.txt"
    f.write_text("= Blue Boat Service =\n\nThe Blue Boat Service is a naval unit. It traces its history to a "
                 "series of navy units, known from 1951 as the Blue Boat Company and from 1974 as the Blue Boat "
                 "Squadron.\n\n== History ==\nThe unit took the name Blue Boat Company in 1951. It became the "
                 "Blue Boat Squadron in 1974.\n", encoding="utf-8")
    rows = [e for e in read(f).events if not e.background and e.date.iso == "1951"]
    assert [e.label for e in rows] == ["The unit took the name Blue Boat Company"]


def test_a_second_clause_opening_on_did_names_its_doer():
    """Boeing's "The US Federal Aviation Administration grounded the type on 13 March, after most
    other regulators, and did not clear it to fly again until 18 November 2020" gave a row "Did not
    clear it to fly again until 18 November 2020", with no doer: "did" opens a clause whose subject
    is the one before, as "took" and "was" do."""
    rows = _history_events("Blue Aircraft", "an aircraft maker", (
        "The company was founded in 1916. The national aviation agency grounded the type on 13 March 2019, after "
        "most other regulators, and "
        "did not clear it to fly again until 18 November 2020."))
    assert rows["2020-11-18"].label.startswith("The national aviation agency did not clear it"), rows["2020-11-18"].label


def test_a_phrase_left_without_its_end_by_a_lost_link_goes():
    """Boeing's source read "Pan Am flew the first scheduled 707 service, from New York to , in
    1958" (the destination was a link the source lost), and the row ended on "from New York to".
    A "from ... to" phrase with nothing after "to" goes; the row tells what it can."""
    rows = _history_events("Blue Aircraft", "an aircraft maker", (
        "The company was founded in 1916. Blue Air flew the first scheduled jet service, from New York to , in 1958."))
    assert rows["1958"].label == "Blue Air flew the first scheduled jet service"


def test_two_people_with_their_posts_set_off_are_not_a_list_of_four():
    """The WTO's "The United States trade representative, Robert Zoellick, and the European trade
    commissioner, Pascal Lamy, were among the first to welcome China" became "The United States
    trade representative and three others were ...", a count the article never gives; Plaid
    Cymru's "After the election of 2021 the Labour government of Mark Drakeford and Plaid Cymru
    agreed ..." became "After the election and two others agreed ...". A subject whose items are
    posts and the names set off after them is two people (the row names them); one with a
    description among its items is no list of names."""
    rows = _history_events("Blue Trade Body", "an international organisation", (
        "The body was founded in 1995. The Ruritanian trade representative, Karl Dunn, and the Elbonian trade "
        "commissioner, Eva Berg, were among the first to welcome Freedonia, which became the 143rd member on "
        "11 December 2001."))
    label = rows["2001-12-11"].label
    assert label.startswith("Karl Dunn and Eva Berg were among the first to welcome Freedonia"), label
    assert "others" not in label


def test_a_short_clause_on_he_or_she_loses_its_date_and_names_the_person():
    """The SNP's "Swinney's four years brought poor results ..., and in June 2004 he resigned" and
    Fine Gael's "..., and in September 1934 he resigned" were rows "In June 2004 he resigned": the
    date phrase stayed because two words were left after it. A pronoun and its verb are a whole
    clause; the date goes beside its row and the person is named."""
    rows = _history_events("Blue Party", "a political party", (
        "The party was founded in 1934. In 2000 Eva Berg became leader of the party. Eva Berg lost the election "
        "of 2003, and in June 2004 she resigned."))
    assert rows["2004-06"].label == "Eva Berg resigned"


def test_a_lead_summary_and_a_body_row_on_he_of_the_same_person_are_one(tmp_path):
    """Stellantis's lead "Its first chief executive, Carlos Tavares, resigned in December 2024
    after falling out with the board" and its body's "On Sunday 1 December 2024 he resigned with
    immediate effect" were two rows: the body's names him only by "he", which its label resolves.
    The label counts as the body's telling when its clause opens on "he" or "she"."""
    f = tmp_path / "s.txt"
    f.write_text("= Blue Motors =\n\nBlue Motors is a car maker formed in 2021. Its first chief executive, Karl "
                 "Dunn, resigned in December 2024 after falling out with the board, and Eva Berg, who had spent 25 "
                 "years in the group, has been chief executive since June 2025.\n\n== History ==\nBlue Motors was "
                 "formed in 2021, and Karl Dunn became its chief executive. On 10 October 2024 the company confirmed "
                 "that Dunn would retire when his contract ran out early in 2026. On Sunday 1 December 2024 he "
                 "resigned with immediate effect, and the board accepted his resignation at once; its senior "
                 "independent director, Per Lind, said that the board and the chief executive had come to see "
                 "things differently. The chairman took over the executive functions.\n", encoding="utf-8")
    rows = [e for e in read(f).events if not e.background and e.date.year == 2024 and e.date.month == 12]
    assert [(e.date.iso, e.label) for e in rows] == [("2024-12-01", "Karl Dunn resigned with immediate effect")]


def test_a_colon_before_a_clause_with_its_own_day_parts_two_rows():
    """Unite's "The union's executive fixed the timetable on 14 April 2021: nominations opened on 6
    May, and the ballot closed on 23 August" gave a row at 6 May labelled "The union's executive
    fixed the timetable on 14 April 2021: nominations opened". A colon before a clause with its own
    subject, verb and day parts two happenings, each labelled by its own clause."""
    rows = _history_events("Blue Union", "a trade union", (
        "The union was founded in 2007. The union's executive fixed the timetable on 14 April 2021: nominations "
        "opened on 6 May, and the ballot closed on 23 August."))
    assert rows["2021-04-14"].label == "The union's executive fixed the timetable"
    assert rows["2021-05-06"].label == "Nominations opened"


def test_a_label_cut_short_ends_before_a_preposition_not_inside_a_noun_phrase():
    """Labels cut between words at 90 characters had ended inside a noun phrase: "had been set up
    in Germany by two left-wing", "banned ... from all", "suspend Syria over the violent",
    "Wintershall Dea's oil". A cut before a preposition within a little past the limit keeps the
    phrase whole; a cut never falls before "of", whose object is most often what the noun means
    ("the Executive Committee's choice | of Valdecy Urquiza")."""
    from briefkit.extract.events import _shortened

    assert _shortened("The International Relief Association had been set up in Germany by two left-wing political "
                      "groups to help the victims of the new regime") == \
        "The International Relief Association had been set up in Germany by two left-wing political groups"
    assert not _shortened("At the General Assembly in Glasgow, the member countries confirmed the Executive "
                          "Committee's choice of Karl Dunn of Ruritania as the next secretary general of the "
                          "organisation for five years").endswith("choice")


def test_he_after_a_short_opening_phrase_is_named():
    """BASF's founding row read "With several partners he set up the Badische Anilin- & Soda-Fabrik"
    though the sentence before named Engelhorn alone: a pronoun after a short opening phrase
    without a comma is the clause's subject, named as at a label's start."""
    rows = _history_events("Blue Dyes", "a chemical company", (
        "Karl Dunn, a goldsmith who had turned to gas production, had been making dyes since 1861. With several "
        "partners he set up the Blue Dye Works on 6 April 1865."))
    assert rows["1865-04-06"].label == "With several partners Karl Dunn set up the Blue Dye Works"


def test_an_opening_ordinal_whose_noun_is_in_the_sentence_before_goes():
    """The WTO's "At the thirteenth, in Abu Dhabi in February 2024, members approved the accession
    of Comoros and Timor-Leste" was a row that leaned on the sentence before ("the thirteenth"
    what?) and told its date twice. The ordinal opening goes, and where stays."""
    rows = _history_events("Blue Trade Body", "an international organisation", (
        "The body was founded in 1995. Its conferences meet every two years. At the thirteenth, in Abu Dhabi in "
        "February 2024, members approved the accession of Ruritania and Elbonia."))
    assert rows["2024-02"].label == "In Abu Dhabi, members approved the accession of Ruritania and Elbonia"


def test_a_holding_told_in_the_present_at_a_time_is_no_event():
    """Stellantis's "Exor, the holding company of the Agnelli family, is the largest shareholder,
    with 14.9 per cent of the capital at the end of June 2025" was a row at June 2025: a holding
    told in the present, as of a time, is how things stood, not a happening; a deed told with a
    count ("attacked with 500 soldiers in May 2022") still is one."""
    rows = _history_events("Blue Motors", "a car maker", (
        "The company was founded in 2021. Karl Holding, the holding company of the Dunn family, is the largest "
        "shareholder, with 14.9 per cent of the capital at the end of June 2025. The company bought a rival with "
        "500 staff in May 2022."))
    assert rows["2025-06"].background
    assert not rows["2022-05"].background


def test_what_has_been_done_since_a_dated_takeover_is_a_state(tmp_path):
    """Carlsberg's lead "Besides the beers that carry its own name ..., it sells 1664 Blanc ...,
    and since it took over Britvic in January 2025 it has also made soft drinks such as Robinsons"
    was a row "Besides the beers that carry its own name" at January 2025, and its At-a-glance
    statement broke off. What the group has done since then is a state; the takeover it dates is
    told where it happens."""
    f = tmp_path / "b.txt"
    f.write_text("= Blue Brewery =\n\nBlue Brewery is a Danish brewing company. Besides the beers that carry its own "
                 "name, it sells 1664 Blanc, Brooklyn and Somersby cider, and since it took over Redfield in January "
                 "2025 it has also made soft drinks such as Robinsons.\n\n== History ==\nThe company was founded in "
                 "1847. On 8 July 2024 it agreed to buy Redfield, and the takeover took effect on 16 January 2025.\n",
                 encoding="utf-8")
    rows = [e for e in read(f).events if not e.background and e.date.year == 2025]
    assert [e.date.iso for e in rows] == ["2025-01-16"], [(e.date.iso, e.label) for e in rows]


def test_a_label_never_names_one_member_of_a_pair():
    """Stellantis's founding row read "... formed by the merger of the Italian-American Fiat
    Chrysler Automobiles", one party to a merger of two; Deutsche Bahn's "approved the merger of
    the track company DB Netz" and the KPK's "agreed between the DPR" the same. A label is not cut
    inside "the merger of X and Y" or "between X and Y": the pair ends it whole, a little past the
    limit, or the cut falls before it."""
    from briefkit.extract.events import _shortened

    label = _shortened("Blue Motors N.V. is a multinational carmaker formed by the merger of the Ruritanian Karl "
                       "Dunn Automobiles and the Elbonian Berg Motor Group, the maker of the Berg and Lind cars")
    assert label.endswith("Karl Dunn Automobiles and the Elbonian Berg Motor Group"), label
    label = _shortened("The commission was created by Law No. 30 of 2002, agreed between the national parliament and "
                       "the government of President Karl Dunn in December 2002, after a long debate about its powers")
    assert not label.endswith("between the national parliament"), label


def test_re_established_is_founded_again_and_one_row_with_it(tmp_path):
    """BASF's lead "... it was re-established as an independent company in 1952" and its body's
    "BASF was founded again as a separate company in 1952" were two rows of 1952: "re-established"
    was no founding word, so the two were of two kinds. Founded again is a founding; a unit
    "re-formed" is still a reorganisation."""
    f = tmp_path / "b.txt"
    f.write_text("= Blue Chemicals =\n\nBlue Chemicals is a chemical company founded in 1865. From 1925 to 1945 it "
                 "formed part of a trust, and it was re-established as an independent company in 1952.\n\n"
                 "== History ==\nThe company was founded on 6 April 1865. Blue Chemicals was founded again as a "
                 "separate company in 1952. It was re-formed as a holding company in 2001.\n", encoding="utf-8")
    events = read(f).events
    assert [e.kind for e in events if not e.background and e.date.year == 1952] == ["founding"]
    assert [e.kind for e in events if e.date.year == 2001] == ["reorganisation"]


def test_an_opening_when_dates_every_main_clause_of_its_sentence():
    """The SNP's "When nominations closed on 6 May the activist Graeme McCormick had withdrawn, and
    Swinney was declared leader without a contest" gave a row of the withdrawal (an "operation")
    and none of the new leader, whose clause has no date of its own. The opening "when" dates
    every main clause of its sentence that names its own subject; one going on with "it" is the
    clause before's ("and it was rushed to Bastogne")."""
    rows = _history_events("Blue Party", "a political party", (
        "The party was founded in 1934. Eva Berg first led the party from 2000 to 2004. When nominations closed on "
        "6 May 2024 the activist Karl Dunn had withdrawn, and Berg was declared leader without a contest."))
    assert "Berg was declared leader without a contest" in rows["2024-05-06"].label, rows["2024-05-06"].label
    assert rows["2024-05-06"].kind == "leadership"


def test_a_candidates_withdrawal_is_no_operation():
    """A candidate withdrawing from a race, or a withdrawal told in the pluperfect, had ranked as
    an operation, a withdrawal of forces ("the activist Graeme McCormick had withdrawn"); the
    brigade that withdrew its troops still did one."""
    rows = _history_events("Blue Party", "a political party", (
        "The party was founded in 1934. On 6 May 2024 Karl Dunn withdrew from the leadership contest. On 3 June "
        "2024 the party's militia withdrew its fighters from the capital."))
    assert rows["2024-05-06"].kind != "operation"
    assert rows["2024-06-03"].kind == "operation"


def test_it_after_a_clause_naming_the_deal_is_the_deal():
    """Carlsberg's "Britvic's shareholders approved the deal in August, and the Competition and
    Markets Authority ... cleared it on 17 December 2024" and Stellantis's "... cleared the deal
    ..., and early in January the shareholders of both companies approved it" gave rows ending on
    "cleared it", "approved it". "It" after such a verb is the deal, the plan or the text the
    clause before names by "the", when that clause names only one."""
    rows = _history_events("Blue Brewery", "a brewing company", (
        "The company was founded in 1847. Redfield's shareholders approved the deal in August 2024, and the "
        "competition authority cleared it on 17 December 2024 without a full investigation."))
    assert rows["2024-12-17"].label.startswith("The competition authority cleared the deal"), rows["2024-12-17"].label


def test_a_place_after_an_infobox_date_is_where_it_happened():
    """The EFF's infobox "Launched: 13 October 2013, Marikana" was a row "Launched: 13 October
    2013, Marikana", a form's field with its date, beside the date. A place after the date is
    where it happened."""
    from briefkit.extract.events import _fact_label

    assert _fact_label("Launched: 13 October 2013, Marikana", "The Blue Party") == "The Blue Party was launched in Marikana"
    assert _fact_label("Opened: 3 May 1990, Oslo") == "Opened in Oslo"
    assert _fact_label("Launched: 13 October 2013, after a long debate") == "Launched: 13 October 2013, after a long debate"


def test_a_meeting_opening_ending_on_its_date_and_a_comma_loses_the_date():
    """Mondragon's "At the annual congress in Bilbao's Euskalduna Palace on 17 July 2024, Ucín handed
    over to Pello Rodríguez" and the PIF's "At their meeting in Kiribati on 28 October 2000, ..."
    kept their dates in the row beside the same date. The meeting stays, its date goes."""
    rows = _history_events("Blue Cooperative", "a federation of cooperatives", (
        "The group was founded in 1956. At the annual congress in Bilbao on 17 July 2024, Karl Dunn handed over "
        "to Eva Berg."))
    assert rows["2024-07-17"].label == "At the annual congress in Bilbao, Karl Dunn handed over to Eva Berg"


def test_how_things_stood_until_a_date_is_no_event():
    """The OSCE's "Until 1990 the CSCE worked mainly through follow-up meetings" and the Black Sea
    Fleet's "Until 1991 the fleet was one of the four fleets of the Soviet Navy" were rows at
    1990 and 1991: a clause dated only by an opening "Until" tells how things stood before a
    change, not a happening. Nestlé's "The group traces its origins to the Anglo-Swiss Condensed
    Milk Company, founded in Cham in 1866" is its lineage, as "traces its lineage" is."""
    rows = _history_events("Blue Conference", "an international organisation", (
        "The conference was founded in 1975. Until 1990 the conference worked mainly through follow-up meetings. "
        "At the Paris summit of November 1990 its members adopted a charter."))
    assert rows["1990"].background and not rows["1990-11"].background
    rows = _history_events("Blue Foods", "a food company", (
        "The group traces its origins to the Green Milk Company, founded in Cham in 1866. "
        "The company opened a factory in Vevey on 1 May 1870."))
    assert rows["1866"].background


def test_a_birth_aside_ending_on_a_post_runs_over_the_name_after_it():
    """The CSTO's "until the Belarusian general Stanislav Zas, born in 1964 in Ukraine's Chernihiv
    region and put forward by Belarus's president, Alexander Lukashenko, took office" was
    labelled "... Stanislav Zas Alexander Lukashenko, took office": the birth aside ends on a post
    whose holder follows in commas, and goes with it."""
    rows = _history_events("Blue Alliance", "a military alliance", (
        "The alliance was founded in 1992. Carl Berg acted until the general Anna Lind, born in 1964 in Minsk and "
        "put forward by the country's president, Jan Holm, took office on 1 January 2020."))
    label = rows["2020-01-01"].label
    assert "Jan Holm" not in label and "Anna Lind took office" in label, label


def test_a_day_told_twice_as_a_state_and_as_a_happening_is_no_since_row():
    """The BJP's "on 20 January 2026 the returning officer, K. Laxman, declared him elected"
    merged with the lead's "Nitin Nabin has been its president since 20 January 2026" and read
    "Since 20 January 2026: ... declared him elected": the row's words say whether it is a state
    begun; and "him", after "He was the only candidate", is the person the text is on."""
    events = extract_events(Profile.model_validate({
        "names": {"title": "Blue Party"},
        "lead": [{"kind": "paragraph", "text": "The Blue Party is a political party. Anna Lind has been its president "
                                                "since 20 January 2026."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            "The party was founded in 1980. In December 2025 the board appointed Anna Lind as working president. "
            "He was the only candidate when nominations closed, and on 20 January 2026 the returning officer, "
            "Carl Berg, declared him elected as its twelfth president.")}]}],
    }))[0]
    row = next(e for e in events if e.date.iso == "2026-01-20" and not e.background)
    assert not row.ongoing and "declared" in row.label, row
    assert "Anna Lind" in row.label, row.label


def test_who_was_in_charge_when_something_happened_dates_the_happening():
    """NASA's "Thomas O. Paine was in charge when the Apollo 11 astronauts Neil Armstrong and ,
    landed the lunar module Eagle in the Sea of Tranquility on 20 July 1969" was the row
    "Thomas O. Paine was in charge": the day is the landing's. A list of names whose last was
    lost (a removed link) goes from a label, the group stays; and a cut inside a "while" clause
    ("demolished the Babri Masjid while leaders of the BJP | and the VHP addressed a rally")
    goes before "while"."""
    rows = _history_events("Blue Space Agency", "a space agency", (
        "The agency was founded in 1958. Carl Berg, Anna Lind's successor, was in charge when the Apollo 11 "
        "astronauts Jan Holm and , landed the lunar module Eagle in the Sea of Tranquility on 20 July 1969. On 6 "
        "December 1992 a crowd of activists demolished the old mosque of the town while leaders of the agency and "
        "the Vishwa Hindu Parishad addressed a rally nearby, and the central government dismissed the council."))
    label = rows["1969-07-20"].label
    assert label.startswith("The Apollo 11 astronauts landed the lunar module Eagle"), label
    assert "in charge" not in label and "and," not in label
    label = rows["1992-12-06"].label
    assert not label.endswith("leaders of the agency"), label


def test_whose_aide_someone_is_is_an_aside_of_a_label():
    """The BJP's "the Parliamentary Board chose Amit Shah, Modi's closest aide and the organiser
    of the party's sweep of Uttar Pradesh, as president on 9 July 2014" was labelled "... chose
    Amit Shah, Modi's closest aide", which never said for what: whose aide he was is an aside."""
    from briefkit.extract.events import _shorten

    s = ("The Parliamentary Board chose Carl Berg, Lind's closest aide and the organiser of the party's sweep of "
         "the northern provinces, as president")
    assert _shorten(s) == "The Parliamentary Board chose Carl Berg as president"


def test_a_meeting_that_opens_a_statement_on_its_date_goes_from_the_label():
    """The CSTO's "At a session in Moscow on 14 May 2002 the Collective Security Council decided to
    give the treaty the status of a regional international organisation" was cut to "... decided
    to give": the meeting only frames the statement, whose row shows the date. A battle or an
    election names the occasion and stays. And "adopted the Godesberg Programme, which gave up
    Marxist doctrine, accepted the market economy" lost its "which" clause and read "adopted
    the Godesberg Programme accepted the market economy": the verbs after a "which" clause that
    follows the statement's own verb are that clause's."""
    rows = _history_events("Blue Alliance", "a military alliance", (
        "The alliance was founded in 1992. At a session in Moscow on 14 May 2002 the Council decided to give the "
        "treaty the status of a regional international organisation with a secretariat of its own. At an "
        "extraordinary congress in Bad Godesberg from 13 to 15 November 1959 the party adopted the Godesberg "
        "Programme, which gave up Marxist doctrine, accepted the market economy and opened the party to voters "
        "beyond the working class."))
    assert rows["2002-05-14"].label.startswith("The Council decided to give the treaty the status"), rows["2002-05-14"].label
    assert "Programme accepted" not in rows["1959-11-13"].label, rows["1959-11-13"].label


def test_a_forerunners_merger_before_the_founding_is_background():
    """The BJP's "After the Emergency the Jana Sangh merged into the Janata Party" (1977) was a
    key event on its snapshot three years before the party was founded: a reorganisation before
    the founding is the organisation's own only when it names it or it acts."""
    rows = _history_events("Blue Party", "a political party", (
        "In 1977, after the Emergency, the Green League merged into the People's Party, which won the general "
        "election and formed a government under Morarji Desai. "
        "The Blue Party was founded on 6 April 1980 by former members of the Green League."))
    assert rows["1977"].background, rows["1977"]
    assert not rows["1980-04-06"].background


def test_a_persons_case_short_of_a_verdict_ranks_below_the_organisations_own_steps(tmp_path):
    """The CSTO's "A court freed Yuri Khachaturov on bail" ranked as a legal step (0.87) among its
    snapshot's five key events; a step of a person's case short of a verdict is a happening like
    any other. A verdict and the organisation's own ban keep their weight."""
    f = tmp_path / "a.txt"
    f.write_text("= Blue Alliance =\n\nThe Blue Alliance is a military alliance.\n\n== History ==\n"
                 "The alliance was founded in 1992. Carl Berg became its secretary general in 2017. "
                 "On 28 July 2018 a court freed Carl Berg on bail. On 16 September 2020 a court sentenced Carl Berg "
                 "to four years in prison. On 5 May 2021 a court banned the alliance.\n", encoding="utf-8")
    rows = {e.date.iso: e for e in read(f).events}
    assert rows["2018-07-28"].importance < rows["2020-09-16"].importance, rows
    assert rows["2021-05-05"].importance >= rows["2020-09-16"].importance


@pytest.mark.parametrize(("clause", "kind"), [
    # the end of one of its parts, posts or rules is a change within it, not its end
    ("On 31 December 2002 the Tridentina brigade was disbanded, and its name passed to a headquarters", "reorganisation"),
    ("A second aviation brigade, the 159th Combat Aviation Brigade, belonged to the division until it was "
     "inactivated in 2015", "reorganisation"),
    ("In 1993, at its congress, it abolished the upper age limit", "reorganisation"),
    # its own end stays one
    ("In October 1982 Parliament formally dissolved the Blue Division", "dissolution"),
    ("On 8 December 1838 the old Blue Division was dissolved", "dissolution"),
    ("The Blue Division was disbanded on 28 March 2014", "dissolution"),
])
def test_a_dissolution_is_the_organisations_own_end(clause, kind):
    """The Alpini's "The Tridentina brigade was disbanded", the 101st Airborne Division's "until it
    was inactivated" (a brigade) and Fidesz's "it abolished the upper age limit" ranked as the
    organisation's dissolution (0.85-0.97), a row that tells a reader it ended; Mercosur's "The
    post fell vacant ..., and the Council abolished it" too. The end of a part, a post or a rule
    is a reorganisation."""
    from briefkit.extract.events import classify
    from briefkit.extract.subject import Subject

    subject = Subject(Profile.model_validate({"names": {"title": "Blue Division"}}))
    assert classify(clause, subject) == kind


def test_it_abolished_after_a_sentence_opening_on_a_post_is_the_post():
    """Mercosur's "The post fell vacant when his term ended on 31 January 2017, and in July 2017
    the Common Market Council abolished it" was a dissolution of Mercosur (0.91), "abolished it"
    on its row: "it" is the post the sentence opened on."""
    rows = _history_events("Blue Market", "a trade bloc", (
        "The bloc was founded in 1991. The post fell vacant when his term ended on 31 January 2017, and in July "
        "2017 the Common Market Council abolished it and passed its tasks to the Secretariat."))
    row = rows["2017-07"]
    assert row.kind != "dissolution" and "abolished the post" in row.label, row


def test_a_new_head_taking_over_on_a_day_told_in_a_who_clause_is_its_own_row():
    """Maersk's "In June 2016 the board replaced Nils Smedegaard Andersen with Søren Skou, the head
    of Maersk Line, who took over on 1 July" and GROM's "..., who took command on 1 January 2020
    as its thirteenth commander" gave no row for the day the new head took over: a date in a
    "who" clause describes the person, except the day that person took over, which is the
    organisation's change of leader. The row names the one named right before "who", not the
    body of that person's post."""
    rows = _history_events("Blue Shipping", "a shipping company", (
        "The company was founded in 1904. In June 2016 the board replaced Carl Berg with Anna Lind, the head of "
        "Blue Line, who took over on 1 July with a mandate to review the group's structure."))
    row = rows["2016-07-01"]
    assert row.kind == "leadership" and row.label.startswith("Anna Lind took over"), row


def test_only_and_the_time_counted_to_a_date_go_with_it_from_the_label():
    """Deutsche Welle's "The ARD broadcasters signed the agreement establishing the joint programme
    only on 11 June, five weeks later, and left the editorial work to ..." was labelled "... the
    joint programme only" beside 11 June: the word that stresses the date and the time counted to
    it go with the date. A time counted elsewhere in the row stays ("signed it three days later")."""
    rows = _history_events("Blue Wave", "a public broadcaster", (
        "The Blue Wave went on the air on 3 May 1953. The broadcasters signed the agreement establishing the "
        "joint programme only on 11 June, five weeks later, and left the editorial work to the Cologne station."))
    label = rows["1953-06-11"].label
    assert label.endswith("establishing the joint programme") or "only" not in label.split(), label
    assert "weeks later" not in label, label


def test_a_few_weeks_later_dates_a_happening_no_closer_than_it_can_be_sure_of():
    """Samsung's "The founder died on 19 November 1987, and a few weeks later Lee Kun-hee succeeded
    him as chairman" lost the new chairman's row: "a few weeks later" gave no date. It dates the
    happening as closely as every reading of "a few" allows (two to six weeks on: 3 to 31 December,
    so December 1987), to the year where the readings span two months (from 5 November: 1987),
    and not at all where they could cross into the next year."""
    rows = _history_events("Blue Electronics", "a company", (
        "The company was founded in 1969. The founder died on 19 November 1987, and a few weeks later Anna Lind "
        "succeeded him as chairman. On 3 March 1990 Carl Berg left, and a few days later Jon Ek took over. "
        "On 5 November 1992 Ola Ruud died, and a few weeks later Mia Dahl succeeded him. "
        "On 28 December 1995 Per Holm died, and a few weeks later Eva Sund succeeded him."))
    assert "Lind" in rows["1987-12"].label, rows.keys()
    assert "Ek" in rows["1990-03"].label, rows.keys()
    assert "Dahl" in rows["1992"].label, rows.keys()
    assert not any("Eva Sund" in e.label for e in rows.values()), [(k, e.label) for k, e in rows.items()]


def test_a_subject_set_off_by_a_concession_keeps_its_place_in_the_label():
    """The LDP's "in the general election of 18 July 1993 the LDP, although still the largest
    party with 223 seats, fell well short of a majority" was labelled "Fell well short of a
    majority": the comma after "the LDP" was read as closing the opening phrase."""
    rows = _history_events("Blue Party", "a political party", (
        "The party was founded in 1955. In the general election of 18 July 1993 the party, although still the "
        "largest with 223 seats, fell well short of a majority."))
    label = rows["1993-07-18"].label
    assert "fell well short" in label and not label.startswith("Fell"), label


def test_she_after_a_sentence_whose_subject_beat_someone_is_that_subject():
    """The LDP's "Takaichi, born in 1961 and a former minister, beat Shinjiro Koizumi ... and
    became the party's 29th president. On 7 October she named Aso vice president" kept "She":
    "beat" was no verb the subject rule knew. Her naming others the next week is no later step
    of the change that made her president, whose row keeps its weight."""
    rows = _history_events("Blue Party", "a political party", (
        "The party was founded in 1955. On 4 October 2025 Lind, born in 1961 and a former minister, beat Carl Berg "
        "by 185 votes to 156 and became the party's 29th president. On 7 October she named Jon Ek vice president "
        "and Per Holm secretary-general."))
    assert rows["2025-10-07"].label.startswith("Lind"), rows["2025-10-07"].label


def test_a_units_lineage_rows_read_as_what_they_tell(tmp_path):
    """The 173rd Airborne Brigade's rows: its infobox "Dates: 1917–1919; ...; 2000–present" stood
    as its founding, verbless, beside "The brigade was constituted on 5 August 1917" (now one row,
    the sentence's); "the unit was activated on Okinawa on 26 March 1963" was "other"; "On the
    night of 26 March 2003 nearly 1,000 paratroopers ... jumped onto Bashur airfield" was cut at
    the comma inside "1,000" ("000 paratroopers") and ranked "other"; "Gaspard, who had jumped
    into Iraq in 2003, replaced Colonel Michael Kloepper on 6 July 2023" was no change of leader."""
    from briefkit.readers import read

    f = tmp_path / "b.txt"
    f.write_text("= Blue Airborne Brigade =\n\nInfobox\n- Dates: 1917–1919; 1963–1972; 2000–present\n\nThe Blue "
                 "Airborne Brigade is an airborne infantry brigade.\n\n== History ==\n\nThe brigade was constituted on "
                 "5 August 1917 as the Blue Infantry Brigade. Allotted to the Regular Army, the unit was activated on "
                 "Okinawa on 26 March 1963 as the Blue Airborne Brigade. On the night of 26 March 2003 nearly 1,000 "
                 "paratroopers, most of them from its 2nd Battalion, jumped from transports onto Bashur airfield. "
                 "Colonel Jon Ek commanded the brigade from 2021. Anna Lind, who had jumped into Iraq with the brigade "
                 "in 2003, replaced Colonel Jon Ek on 6 July 2023.\n", encoding="utf-8")
    rows = {e.date.iso: e for e in read(f).events if not e.background}
    assert "1917" not in rows and rows["1917-08-05"].kind == "founding", [(k, e.kind, e.label) for k, e in rows.items()]
    assert rows["1963-03-26"].kind != "other"
    jump = rows["2003-03-26"]
    assert jump.kind == "operation" and not jump.label.startswith("000"), jump.label
    assert rows["2023-07-06"].kind == "leadership"


def test_a_family_name_first_called_alone_makes_him_no_one_elses():
    """Samsung's "The government of President Yoon Suk Yeol announced a special pardon for Lee ...
    On the recommendation of the board's chairman, the directors appointed him executive chairman"
    read "appointed Yoon Suk Yeol executive chairman": "Lee" (Lee Jae-yong, family name first)
    went unseen, so Yoon was the one person the sentence named. "The company has been organised
    in two divisions since 2021" is how it is laid out, not its founding."""
    from briefkit.readers import read
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "s.txt"
        f.write_text("= Blue Electronics =\n\nInfobox\n- Key People: Lee Jae-yong (executive chairman)\n\nBlue "
                     "Electronics is a company.\n\n== History ==\n\nThe company was founded in 1969. The government "
                     "of President Park Chung-ho announced a special pardon for Lee on 12 August 2022. On the "
                     "recommendation of the board, the directors appointed him executive chairman on 27 October 2022. "
                     "Since 2021 the company has been organised in two divisions, each headed by a chief executive.\n",
                     encoding="utf-8")
        rows = {e.date.iso: e for e in read(f).events}
    assert "Park" not in rows["2022-10-27"].label, rows["2022-10-27"].label
    assert rows["1969"].kind == "founding" and all(e.kind != "founding" for k, e in rows.items() if k != "1969")


def test_the_two_parties_are_not_the_two_men_named_last():
    """The LDP's "... the Japan Democratic Party, which Ichiro Hatoyama, Mamoru Shigemitsu and
    Nobusuke Kishi had founded on 24 November 1954. The two parties merged on 15 November 1955 to
    form the LDP" was labelled "Mamoru Shigemitsu and Nobusuke Kishi merged to form the LDP", on
    every timeline and snapshot of the party: a noun of bodies takes no pair of people."""
    rows = _history_events("Blue Party", "a political party", (
        "After the war the conservatives were divided between the Red Party, led until 1954 by Carl Berg, and the "
        "Green Party, which Anna Lind, Jon Ek and Per Holm had founded on 24 November 1954. The two parties merged "
        "on 15 November 1955 to form the Blue Party."))
    label = rows["1955-11-15"].label
    assert "Jon Ek" not in label and "Per Holm" not in label, label
    assert label.startswith("The Red Party and the Green Party merged"), label


def test_when_the_day_fell_told_in_a_clause_after_it_goes_with_it():
    """The 173rd's "On 13 July 2008, days before the tour was due to end, some 200 insurgents
    attacked a newly built outpost at Wanat" was labelled "Days before the tour was due to end";
    Samsung's "In April 2008, days after special prosecutors indicted him, Lee Kun-hee resigned"
    "Days after special prosecutors indicted him". Told by a happening's name, it stays."""
    rows = _history_events("Blue Brigade", "an airborne brigade", (
        "The brigade was formed in 1963. On 13 July 2008, days before the tour was due to end, some 200 insurgents "
        "attacked a newly built outpost at Wanat. On 27 February 2022, three days after the Russian invasion of "
        "Ukraine, the brigade moved to Latvia."))
    assert rows["2008-07-13"].label.startswith("Some 200 insurgents attacked"), rows["2008-07-13"].label
    assert "invasion" in rows["2022-02-27"].label, rows["2022-02-27"].label


def test_a_party_winning_the_presidency_is_an_election_not_a_change_of_leader():
    from briefkit.extract.events import classify
    from briefkit.extract.subject import Subject

    subject = Subject(Profile.model_validate({"names": {"title": "Morena"}}))
    assert classify("In 2018 Morena won the presidency and a majority in Congress", subject) != "leadership"
    assert classify("On 27 September 2024 Carl Berg won the presidency in a runoff", subject) == "leadership"


def test_a_persons_team_is_its_own_and_what_it_grew_out_of_starts_its_story(tmp_path):
    """Nintendo's "Yokoi's team then produced the Game Boy, a handheld console released in Japan on
    21 April 1989" was background, as another body's act; the Open Society Foundations' "On 28 May
    1984 Soros signed an agreement ... that created the Soros Foundation in Budapest" was
    background as before its founding (1993), though its lead says the network "grew out of ...
    his Hungarian foundation of 1984"."""
    from briefkit.readers import read

    f = tmp_path / "n.txt"
    f.write_text("= Blue Games =\n\nBlue Games is a maker of consoles.\n\n== History ==\n\nThe company was founded "
                 "in 1889. Yokoi's team then produced the Pocket Boy, a handheld console released in Japan on 21 April "
                 "1989.\n", encoding="utf-8")
    rows = {e.date.iso: e for e in read(f).events}
    assert not rows["1989-04-21"].background
    g = tmp_path / "o.txt"
    g.write_text("= Blue Society Foundations =\n\nInfobox\n- Founded: April 1993\n\nThe Blue Society Foundations are a "
                 "network of grant-making foundations. The network grew out of Lind's first grants in 1979 and her "
                 "Hungarian foundation of 1984.\n\n== History ==\n\nOn 28 May 1984 Anna Lind signed an agreement with "
                 "the Hungarian Academy of Sciences that created the Lind Foundation in Budapest. On 3 March 1985 the "
                 "Academy elected a new president.\n", encoding="utf-8")
    rows = {e.date.iso: e for e in read(g).events}
    assert not rows["1984-05-28"].background and rows["1985-03-03"].background


def test_a_verb_after_and_belongs_to_the_subject_of_the_clause_before_the_semicolon():
    """The FBI's "...; the force became the Bureau of Investigation and took its present name in
    1935" was labelled "Took its present name"; BP's "On 21 July 2025 BP named Albert Manifold ...
    to succeed Helge Lund as chair; he joined the board on 1 September and became chair on 1
    October" was labelled "BP became chair"."""
    rows = _history_events("Blue Bureau", "a federal agency", (
        "The bureau dates its history from 26 July 1908, when the attorney general placed a small corps of agents "
        "under a single chief; the force became the Red Bureau and took its present name in 1935. On 21 July 2025 "
        "the bureau named Anna Lind, a former banker, to succeed Carl Berg as chair; she joined the board on 1 "
        "September and became chair on 1 October."))
    assert rows["1935"].label.startswith("The force took"), rows["1935"].label
    assert rows["2025-10-01"].label.startswith("Anna Lind became chair"), rows["2025-10-01"].label


def test_a_full_name_is_that_person_not_the_first_leader_of_the_surname():
    """Law and Justice's "Lech Kaczyński chaired the party until 2003; he had been elected mayor of
    Warsaw in 2002" kept "He": "Lech Kaczyński" was read as the first Kaczyński among its leaders,
    Jarosław, so the sentence named two."""
    from briefkit.extract.events import _persons_in

    leaders = ["Jarosław Kaczyński", "Lech Kaczyński"]
    assert _persons_in("Lech Kaczyński chaired the party from its foundation until 2003", leaders) == ["Lech Kaczyński"]


def test_his_after_an_opening_clause_is_the_one_it_names_and_his_son_is_no_one_named():
    """Maersk's "When A.P. Møller died in 1965, his son became chief executive" could only read
    "His son" (the sentence named two Møllers, a full name being read as the first Møller among
    the leaders); the opening clause names whose son. "Under him" in the sentence after is the
    son, whom no name gives: it stays as written."""
    from briefkit.readers import read
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "m.txt"
        f.write_text("= Blue Shipping =\n\nInfobox\n- Founders: Carl Berg Lind, Anna Berg Lind\n\nBlue Shipping is a "
                     "company.\n\n== History ==\n\nIn 1912 Carl Berg Lind founded a second company. His son, Per Holm "
                     "Lind, was born in 1913. He became a partner in the firm in 1940. When Carl Berg Lind died in "
                     "1965, his son became chief executive. Under him the group developed oil production in 1969.\n",
                     encoding="utf-8")
        rows = {e.date.iso: e for e in read(f).events}
    assert rows["1965"].label.startswith("Carl Berg Lind's son became"), rows["1965"].label
    assert "Carl Berg Lind" not in rows["1969"].label, rows["1969"].label


def test_initials_that_end_a_sentence_keep_their_full_stop():
    """Nestlé's "in 1977 it adopted its present name, Nestlé S.A." was labelled "... Nestlé S.A":
    the sentence's full stop is also the initials'."""
    rows = _history_events("Blue Foods", "a food company", (
        "The company was founded in 1866. In 1977 it adopted its present name, Blue Foods S.A."))
    assert rows["1977"].label.endswith("S.A."), rows["1977"].label


def test_the_end_of_that_year_reads_the_end_of_the_year_beside_its_date():
    """The Bundesbank's "he served only until the end of that year" was labelled "He served only
    until the end of", the reference to the year cut and its "the end of" left dangling."""
    rows = _history_events("Blue Bank", "a central bank", (
        "The bank was founded on 1 August 1957. Its first president was Carl Berg; he served only until the end "
        "of that year."))
    labels = [e.label for e in rows.values()]
    assert not any(l.endswith("the end of") for l in labels), labels


def test_he_after_someone_acted_on_him_is_not_the_one_who_acted():
    """Samsung's "President Lee Myung-bak pardoned him in December 2009, and he took back the
    chairmanship in March 2010" was labelled "Lee Myung-bak took back the chairmanship": "he" is
    the one pardoned. "Ewa Kopacz succeeded him as prime minister, and on 8 November she was
    elected party chairwoman" still names her. A full name the pattern read from its last words
    is written whole ("Mohandas Karamchand Gandhi"), not as a leader of the same surname."""
    from briefkit.extract.events import _persons_in, _referent

    s = "President Carl Berg pardoned him in December 2009, and he took back the chairmanship in March 2010."
    assert _referent(s, s.index("he took"), [], None) is None
    s2 = "Anna Lind, speaker since 2011, succeeded him as prime minister, and on 8 November she was elected chair."
    assert _referent(s2, s2.index("on 8 November"), [], None) == "Anna Lind"
    assert _persons_in("After the First World War Mohandas Karamchand Gandhi turned the party into a mass movement.",
                       ["Rahul Gandhi", "Mahatma Gandhi"]) == ["Mohandas Karamchand Gandhi"]


def test_an_opening_participle_with_a_year_of_its_own_is_its_own_row():
    """The 173rd's "Reconstituted in the Organized Reserves in 1921, its headquarters company
    was converted on 13 February 1942 into the 87th Reconnaissance Troop" gave both rows one
    label, so 1921 read "... was converted" and 1942 "Reconstituted ... in 1921, ...": each
    date's row tells its own happening, the participle's of the statement's subject."""
    got = _labels_of("Acme was founded in 1870. Reconstituted as a trust in 1921, its export office was converted "
                     "on 13 February 1942 into a supply depot of the army.")
    assert got["1921"] == "Acme's export office was reconstituted as a trust"
    assert got["1942-02-13"] == "Acme's export office was converted into a supply depot of the army"
    got = _labels_of("Acme was founded in 1870. Banned from 1960 to 1990, the company made radios abroad.")
    assert got["1960"] == "The company was banned"  # beside 1960-1990, not "Banned ..., the company made radios"


def test_a_capitalised_mission_and_struck_out_are_no_operations():
    """The Salvation Army "grew out of the East London Christian Mission" and "Booth struck out
    the word": a name and an edit, not an operation; the OSCE's "agreed to deploy a Special
    Monitoring Mission" stays one."""
    from briefkit.extract.events import classify
    from briefkit.extract.subject import Subject

    subject = Subject(Profile.model_validate({"names": {"title": "Blue Army"}}))
    assert classify("It grew out of the East London Christian Mission in July 1865", subject) != "operation"
    assert classify("Booth struck out the word and wrote a new name", subject) != "operation"
    assert classify("The states agreed to deploy a Special Monitoring Mission to Ukraine", subject) == "operation"
    assert classify("Its planes struck the bridge", subject) == "operation"
    # a place named for a court is no court: "The council first met at Sunbury Court"
    assert classify("The council first met at Sunbury Court, beside the Thames, in January 1929", subject) != "legal"
    assert classify("In 1929 it fought its case in the Supreme Court", subject) == "legal"
    # a place held since a year is no occupation: "has occupied a warehouse since 2012"
    assert classify("Its Supply Division has occupied a warehouse in the Copenhagen Freeport since 2012",
                    subject) != "operation"
    assert classify("In 1940 its troops occupied the port", subject) == "operation"


@pytest.mark.parametrize(("told", "year"), [
    ("Carl Holm, the battalion's second-in-command from 2007 to 2009, was appointed its commander the following year.",
     "2010"),
    # "later that year" is the story's year, whatever the aside
    ("Carl Holm, who had been commander from 1995 to 1999, returned as commander later that year.", "2014"),
])
def test_the_following_year_after_a_closed_term_in_an_aside_counts_from_its_end(told, year):
    """The Telemark Battalion's "Lars Lervik, the battalion's second-in-command from 2007 to
    2009, was appointed its commander the following year": 2010, not the year after the
    sentence before's."""
    rows = _history_events("Blue Battalion", "an infantry battalion", (
        f"The battalion was raised in 1993. On 25 January 2014 a soldier of the battalion was killed. {told}"))
    holm = next(e for e in rows.values() if "Carl Holm" in e.label)
    assert holm.date.iso == year


def test_a_leaders_start_and_a_sentence_that_declared_him_elected_are_one_row(tmp_path):
    """The BJP's "on 20 January 2026 the party's national returning officer, K. Laxman, declared
    him elected as its twelfth national president" and Nitin Nabin's term "since 20 January
    2026" were two rows of one happening."""
    f = tmp_path / "p.txt"
    f.write_text("= Blue Party =\n\nInfobox\n- President: Anna Berg\n\nThe Blue Party is a political party founded in 1980.\n\n"
                 "== History ==\n\nOn 14 December 2025 the board appointed Anna Berg, a member of the assembly, as working "
                 "president. She was the only candidate when nominations closed, and on 20 January 2026 the party's "
                 "returning officer declared her elected as its twelfth president.\n\n== Leadership ==\n\n"
                 "Presidents:\n\n- Eva Sand (2020–2026)\n- Anna Berg (since 20 January 2026)\n", encoding="utf-8")
    rows = [e for e in read(f).events if e.date.iso == "2026-01-20"]
    assert len(rows) == 1 and "Anna Berg" in rows[0].label, [e.label for e in rows]


def test_one_named_beside_the_subject_is_not_the_he_of_a_later_clause(tmp_path):
    """Boeing's founding row read "Conrad Westervelt incorporated Pacific Aero Products Co."
    from "With a navy engineer, Conrad Westervelt, he designed a seaplane, and on 15 July 1916
    he incorporated ...": "he" is the founder the sentence before named. And the lead's "The
    Boeing Company is ..." makes no "The Boeing" of a row."""
    f = tmp_path / "b.txt"
    f.write_text("= Blue =\n\nThe Blue Company is an aircraft maker. It was founded in 1916.\n\n== History ==\n\n"
                 "Carl Holm was born in 1881 and made his fortune in timber. With a navy engineer, Erik Sand, he "
                 "designed a seaplane, and on 15 July 1916 he incorporated Blue Aero to build aircraft. In May 2022 it "
                 "announced that its headquarters would move to Arlington.\n", encoding="utf-8")
    by = {e.date.iso: e for e in read(f).events}
    assert by["1916-07-15"].label.startswith("Carl Holm incorporated")
    assert by["2022-05"].label.startswith("Blue announced")


def test_an_infobox_formation_date_is_the_founding_and_its_tellings_are_one_row(tmp_path):
    """"Formation: July 1865" (the key organisations' infoboxes use) dated no founding: the
    Salvation Army's beginning was an "other" row. And the African Union's lead "launched in
    Durban" in July 2002 and its body's "inaugurated ... in Durban" on 9 July 2002, the
    infobox's formation day, are one row ("re-formation" is no formation)."""
    f = tmp_path / "u.txt"
    f.write_text("= Blue Union =\n\nInfobox\n- Formation: 9 July 2002\n\nThe Blue Union was launched in Durban in "
                 "July 2002 as the successor of an older body.\n\n== History ==\n\nOn 9 July 2002 the Union was "
                 "inaugurated at the first session of its Assembly in Durban.\n", encoding="utf-8")
    rows = [e for e in read(f).events if e.date.year == 2002]
    assert len(rows) == 1 and rows[0].kind == "founding" and rows[0].date.iso == "2002-07-09", rows


@pytest.mark.parametrize("told", [
    "In December 2019 the board removed Dennis Muilenburg, chief executive since 2015.",
    "On 14 November 1916 the federal caucus met to depose him.",
    "In June 2016 the board replaced Nils Andersen, chief executive since 2007, with Søren Skou.",
    "On 10 May 1924 the Attorney General made the 29-year-old J. Edgar Hoover acting director.",
])
def test_a_holder_removed_replaced_or_made_is_a_change_of_leader(told):
    """Boeing's "The board removed Dennis Muilenburg", Congress's "removed Sitaram Kesri,
    president since 1996", Maersk's "replaced Andersen ... with Skou" and the FBI's "made ...
    Hoover acting director" were "other" rows, ranked below a museum's opening."""
    from briefkit.extract.events import classify
    from briefkit.extract.subject import Subject

    subject = Subject(Profile.model_validate({"names": {"title": "Blue Company"}}))
    assert classify(told, subject) == "leadership"


def test_a_count_then_the_day_it_names_is_that_day():
    """Boeing's "Ortberg took over on 8 August 2024. Five weeks later, on 13 September, some
    33,000 machinists walked out" was a row of 12 September whose label began "On 13
    September": the day the clause names is its date, and goes from the label."""
    rows = _history_events("Blue Company", "an aircraft maker", (
        "Anna Berg took over as chief executive on 8 August 2024. Five weeks later, on 13 September, some 33,000 "
        "machinists walked out after rejecting a contract offer."))
    strike = next(e for e in rows.values() if "machinists" in e.label)
    assert strike.date.iso == "2024-09-13" and not strike.label.startswith("On 13")


def test_a_span_named_before_its_noun_and_a_day_after_december_in_one_sentence():
    """Volkswagen's "accused Volkswagen of fitting diesel cars of the 2009 to 2015 model years"
    left 2009 as the year of "on 23 September Winterkorn resigned" (the span was read as 2009
    alone); UNICEF's "named Catherine Russell ... on 10 December 2021, and Russell took office on
    1 February" dated her start 1 February 2021."""
    assert [(m.year, m.end_year) for m in find_dates("cars of the 2009 to 2015 model years")] == [(2009, 2015)]
    rows = _history_events("Blue Fund", "an agency", (
        "On 18 September 2015 regulators accused the fund of fitting cars of the 2009 to 2015 model years with "
        "software. The fund admitted it, and on 23 September Carl Holm resigned as chief executive. "
        "The Secretary-General named Anna Berg as his successor on 10 December 2021, and Berg took office on "
        "1 February."))
    assert any(iso == "2015-09-23" for iso in rows) and "2022-02-01" in rows and "2021-02-01" not in rows


def test_a_second_date_of_a_clause_names_its_they_as_the_first_does(tmp_path):
    """The Commandos Marine's "They descend from the Free French naval commandos raised in
    Britain in 1942 ..., 177 of whom landed in Normandy on 6 June 1944" gave the 1942 row "The
    Commandos Marine descend ..." and the 1944 row "They descend ..."."""
    f = tmp_path / "c.txt"
    f.write_text("= Blue Commandos =\n\nThe Blue Commandos are the special forces of the navy. They descend from the "
                 "naval commandos raised in Britain in 1942 under Carl Holm, 177 of whom landed in Normandy on "
                 "6 June 1944.\n", encoding="utf-8")
    labels = [e.label for e in read(f).events]
    assert labels and not any(label.startswith("They ") for label in labels), labels


def test_a_year_in_an_apposition_s_relative_clause_lends_no_year():
    """Unilever's "the board replaced him with the finance director, Fernando Fernandez, an
    Argentine who had joined Unilever in 1988; Fernandez took over on 1 March" dated the
    takeover 1 March 1988: the year of the apposition's relative clause is his, not the story's."""
    got = _history_events("Acme", "a company", (
        "On 25 February 2025 the board replaced him with the finance director, Ana Ruiz, an Argentine who had "
        "joined Acme in 1988; Ruiz took over on 1 March."))
    assert "2025-03-01" in got and "1988-03-01" not in got


def test_the_end_of_that_month_is_that_month():
    """Unilever's "At the end of that month the two companies agreed to combine the business",
    after "On 20 March 2026 ...", was no event at all. The same sentence's "the business" is the
    food business of the sentence before, not the "former Russian business" named earlier."""
    got = _history_events("Acme", "a company", (
        "In 2022 Acme sold the former Russian business to a local group. On 20 March 2026 Acme confirmed that "
        "it was in talks with Blue about its food business. At the end of that month the two companies agreed "
        "to combine the business with Blue."))
    assert "2026-03" in got
    assert "Russian" not in got["2026-03"].label


def test_the_two_companies_are_not_the_last_two_places_of_a_list():
    """"Its shares began trading in Amsterdam, London and New York on 8 December" gave a later
    "the two companies agreed" the label "London and New York agreed"."""
    got = _history_events("Acme", "a company", (
        "On 8 December 2025 its shares began trading in Amsterdam, London and New York on the same day. "
        "On 20 March 2026 Acme confirmed talks with Blue. Later that month the two companies agreed to merge."))
    assert not got["2026-03"].label.startswith("London")


def test_a_full_date_the_clause_states_wins_over_a_count_from_a_look_back():
    """JTF2's "The first had been the 2nd Battalion ..., honoured for the battle of Kapyong in
    Korea in 1951. Earlier that year, on 29 February 2004, members of the unit were reported to
    have secured the airport" was dated 1951: the clause's own full date is its date."""
    got = _history_events("Task Force Blue", "a special operations unit", (
        "On 7 December 2004 the president presented a citation to Task Force Blue. The first unit so honoured "
        "had been a battalion that fought at Kapyong in 1951. Earlier that year, on 29 February 2004, members of "
        "Task Force Blue secured the airport at Port-au-Prince."))
    assert "2004-02-29" in got and not any(k.startswith("1951") and "airport" in e.text for k, e in got.items())


def test_its_after_a_part_made_a_body_of_its_own_is_that_body_s():
    """Unilever's "The ice cream business ... was demerged as The Magnum Ice Cream Company ...,
    and its shares began trading in Amsterdam, London and New York on 8 December 2025" read
    "Unilever's shares began trading": the shares were the new company's."""
    got = _history_events("Acme", "a company", (
        "The ice cream business, which had been run as a standalone unit since July, was demerged as The Blue "
        "Ice Company under Ana Ruiz, and its shares began trading in Amsterdam on 8 December 2025."))
    assert got["2025-12-08"].label.startswith("The Blue Ice Company's shares")


def test_withdrawing_a_bid_or_a_candidacy_is_no_operation():
    """"Kraft Heinz withdrew its approach" and "The board withdrew the proposal" were
    operations, ranked among Unilever's key events; Yavlinsky's "withdrew his candidacy" too.
    A unit withdrawing from a town still is one."""
    got = _history_events("Acme", "a company", (
        "On 17 February 2017 Acme rejected a takeover proposal from Blue. On 19 February 2017 the board withdrew "
        "the proposal to move its headquarters."))
    assert got["2017-02-19"].kind != "operation"
    got = _history_events("Blue Brigade", "a brigade", "On 3 May 2003 the brigade withdrew from the city.")
    assert got["2003-05-03"].kind == "operation"


def test_he_is_no_body_a_kind_names_and_a_spanish_first_surname_is_the_person(tmp_path):
    """The PSOE's "He died in Madrid on 9 December 1925", after "The trade union federation
    Unión General de Trabajadores (UGT), which Iglesias helped to found ...", read "Unión General
    de Trabajadores died in Madrid": a name a kind of body introduces is no "he". And "Iglesias"
    is Pablo Iglesias Posse, whose first surname it is."""
    from briefkit.readers import read

    f = tmp_path / "p.txt"
    f.write_text("= Blue Party =\n\nInfobox\n- Founder: Pablo Iglesias Posse\n\nThe Blue Party is a party.\n\n"
                 "== History ==\n\nIn 1886 Iglesias founded the newspaper El Socialista. The trade union federation "
                 "Unión General de Trabajadores, which Iglesias helped to found in 1888, grew up alongside the party. "
                 "Iglesias presided over the party's national committee from 1889 until his death. He died in Madrid "
                 "on 9 December 1925.\n", encoding="utf-8")
    label = next(e.label for e in read(f).events if e.date.iso == "1925-12-09")
    assert "Trabajadores" not in label and "Socialista" not in label and "Iglesias" in label


def test_a_heart_attack_is_no_operation_and_a_proposal_is_no_dissolution():
    """The Nordic Council's first president "had died of a heart attack" and the 101st's
    commander "suffered a heart attack": both were operations, ranked among key events. FEMA's
    "a report ... recommended that FEMA be abolished" was its dissolution, fifth of its key events;
    the agency still exists."""
    got = _history_events("Blue Agency", "an agency", (
        "On 5 February 1944 the commander suffered a heart attack. In April 2006 a report of the Senate "
        "recommended that the agency be abolished and replaced by a new authority."))
    assert got["1944-02-05"].kind != "operation"
    assert got["2006-04"].kind not in ("dissolution", "founding")


def test_the_next_morning_or_afternoon_is_the_next_day():
    """The GIS's "The next afternoon GIS operators slid down ropes ..." and "At half past eight
    the next morning five GIS operators climbed the scaffolding" were no events: a part of a day
    counted on is that day, with or without a time of day before it."""
    got = _history_events("Blue Group", "a special unit", (
        "On 28 December 1980 inmates took eighteen guards hostage. The next afternoon Blue Group operators slid "
        "down ropes onto the roof. On 8 May 1997 eight men occupied the bell tower. At half past eight the next "
        "morning five operators of the Blue Group climbed the scaffolding."))
    assert "1980-12-29" in got and "1997-05-09" in got


def test_a_body_named_for_operations_is_no_operation_but_a_named_operation_is():
    """The GIS's "since 2004 it has also been one of the special forces ... under the Joint
    Special Forces Operations Command" and the Ranger Wing's "recommended renaming the wing the
    Ireland Special Operations Force" were operations, ranked among key events: "Operations" in a
    body's name is no operation. "In Operation Chastise" still is one."""
    got = _history_events("Blue Squadron", "a squadron", (
        "In 2004 the squadron came under the Joint Special Forces Operations Command. On 16 May 1943 nineteen "
        "bombers took off from Scampton in Operation Chastise."))
    assert got["2004"].kind != "operation" and got["1943-05-16"].kind == "operation"


def test_a_time_counted_from_the_clause_before_is_a_happening_of_its_own():
    """The BMA's "opened its membership to London doctors in 1853 and three years later renamed
    itself the British Medical Association" was one event of 1853 labelled with both; the
    renaming, the article's must, had no row."""
    got = _history_events("Blue Association", "a professional body", (
        "The association opened its membership to London doctors in 1853 and three years later renamed itself "
        "the Blue Medical Association. The group moved to Leeds in 1901 and two years later opened a school."))
    assert "renamed" not in got["1853"].label and "renamed itself" in got["1856"].label
    assert "school" not in got["1901"].label and "opened a school" in got["1903"].label


def test_an_election_told_in_a_who_clause_on_its_own_day():
    """The Reform Party's "he urged delegates to support ... Kaja Kallas, a member of the European
    Parliament, who on 14 April 2018 was elected the party's first chairwoman" was background: the
    day belonged to the "who" clause, and the date stayed in the label."""
    got = _history_events("Blue Party", "a political party", (
        "Pevkur's leadership was troubled by infighting, and he urged delegates to support Anna Lind, a member "
        "of the European Parliament, who on 14 April 2018 was elected the party's first chairwoman."))
    e = got["2018-04-14"]
    assert not e.background and e.label.startswith("Anna Lind was elected") and "2018" not in e.label


def test_a_later_clause_of_a_sentence_opened_by_they_has_a_subject():
    """The BMA's "In December they rejected ... a government offer ..., and struck from 17 to 22
    December, the fourteenth strike since the dispute began" gave a row labelled "Struck from 17
    to 22 December, ...", dated 22 December."""
    got = _history_events("Blue Association", "a trade union of doctors", (
        "Resident doctors walked out again from 25 to 30 July 2025. In December they rejected a government "
        "offer of more training posts, which contained nothing on pay, and struck from 17 to 22 December, the "
        "fourteenth strike since the dispute began."))
    e = got["2025-12-17"]
    assert not e.label.startswith("Struck") and " struck" in e.label


def test_what_nature_did_is_background_and_what_the_body_did_about_it_is_not():
    """The Met Office's "In January 1995 an avalanche at Súðavík ... killed 14 people", "On 19
    March 2021 lava broke through at Fagradalsfjall" and FEMA's "Hurricane Katrina struck the
    Gulf Coast" were rows of its timeline; the Alpini's "When an earthquake devastated Friuli on 6
    May 1976, the brigade began rescue work" is the brigade's, and stays one."""
    got = _history_events("Blue Office", "a weather agency", (
        "In January 1995 an avalanche at Súðavík in the Westfjords killed 14 people, and in October another "
        "struck the village of Flateyri. On 19 March 2021 lava broke "
        "through at Fagradalsfjall. Hurricane Katrina struck the Gulf Coast on 29 August 2005. When an earthquake "
        "devastated Friuli on 6 May 1976, the office began rescue work in the ruined towns at once. On 2 May 1980 "
        "a storm destroyed the office's headquarters."))
    assert got["1995-01"].background and got["2021-03-19"].background and got["2005-08-29"].background
    assert got["1995-10"].background  # "another" of them: a row "Another struck the village" alone reads as nothing
    assert not got["1976-05-06"].background and not got["1980-05-02"].background


def test_a_year_that_names_a_thing_and_a_post_s_term_date_nothing_told():
    """FIFA's "The same day Swiss prosecutors ... opened their own inquiry into the 2018 and 2022
    awards. On 29 May the congress re-elected Blatter" put the re-election, and the next three
    days told, in 2022; "Havelange's general secretary from 1981, the Swiss Sepp Blatter,
    succeeded him in June 1998" was dated 1981."""
    got = _history_events("Blue Federation", "a federation", (
        "Early on 27 May 2015 police arrested seven officials of the federation. The same day prosecutors searched "
        "its headquarters and opened their own inquiry into the 2018 and 2022 awards. On 29 May the congress "
        "nevertheless re-elected its president for a fifth term. Its general secretary from 1981, the Swiss Sepp "
        "Blatter, succeeded the president in June 1998."))
    assert "2015-05-29" in got and not any(k.startswith("2022") for k in got), sorted(got)
    assert "1998-06" in got and "1981" not in got, sorted(got)


def test_former_names_told_in_the_history_are_the_organisation(tmp_path):
    """Kopassus's history renamed it step by step ("that March it became the Army Commando Corps
    (Korps Komando Angkatan Darat, KKAD)", "it was enlarged into a regiment, the Resimen Pasukan
    Komando Angkatan Darat (RPKAD)", "... in February 1971, the Komando Pasukan Sandhi Yudha, or
    Kopassandha"); "a team of about thirty Kopassandha commandos under Lieutenant Colonel X
    stormed the aircraft before dawn on 31 March" was made background (no date of its own:
    "before dawn" read as "before" another happening), its label lost the verb, and X was
    made the command's commander; "the 30 September Movement" was a day."""
    f = tmp_path / "k.txt"
    f.write_text(
        "= Blue Command =\n\nInfobox\n- Commander: Ana Ruiz\n\nBlue Command is the special forces command of the "
        "army.\n\n== History ==\n\nOn 16 April 1952 a commando company was formed. On 9 February 1953 the company was "
        "placed under the Army Chief of Staff, and that March it became the Army Commando Corps (Korps Komando "
        "Angkatan Darat, KKAD). Two years later it was enlarged into a regiment, the Resimen Pasukan Komando "
        "Angkatan Darat (RPKAD). The unit became the Army Special Forces Centre in 1966 and, in February 1971, the "
        "Komando Pasukan Sandhi Yudha, or Kopassandha.\n\n"
        "In the early hours of 1 October 1965 the 30 September Movement abducted six generals in Jakarta. That "
        "evening RPKAD troops retook the state radio station.\n\n"
        "On 28 March 1981 five members of a militant group hijacked an airliner and forced it to land in Bangkok. "
        "With the consent of the Thai government, a team of about thirty Kopassandha commandos under Lieutenant "
        "Colonel Sintong Panjaitan stormed the aircraft before dawn on 31 March.\n", encoding="utf-8")
    p = read(f)
    got = {e.date.iso: e for e in p.events}
    assert "1965-09-30" not in got  # "the 30 September Movement" names no day
    assert not got["1965-10-01"].background or any(
        not e.background and "radio station" in e.text for e in p.events if e.date.iso == "1965-10-01")
    storm = [e for e in p.events if "stormed" in e.text]
    assert storm and storm[0].date.iso == "1981-03-31" and not storm[0].background
    assert "stormed the aircraft" in storm[0].label, storm[0].label
    assert "Sintong Panjaitan" not in {x.name for x in p.leaders}


def test_an_undated_clause_and_then_a_verb_is_the_same_day_s_next_happening():
    """FIFA's "On 26 February 2016 an extraordinary congress in Zürich first adopted reforms ...,
    and then elected Infantino in the second round" had no row for the election; "In 1969 the
    United States exploded a nuclear device ..., and then announced plans for a second test"
    is the United States' doing, as the clause before it."""
    got = [e for e in extract_events(Profile.model_validate({
        "names": {"title": "Blue Federation"},
        "lead": [{"kind": "paragraph", "text": "The Blue Federation is a federation."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            "In 1969 the United States exploded a nuclear device beneath Amchitka, and then announced plans for a "
            "second, larger test. On 26 February 2016 an extraordinary congress in Zürich first adopted reforms by "
            "179 votes to 22, replacing the Executive Committee with a larger Council, and then elected Gianni "
            "Infantino in the second round with 115 votes to 88.")}]}],
    }))[0]]
    elected = [e for e in got if "elected Gianni Infantino" in e.label]
    assert elected and elected[0].date.iso == "2016-02-26" and not elected[0].background
    assert elected[0].label.startswith("An extraordinary congress in Zürich elected"), elected[0].label
    assert all(e.background for e in got if "announced plans" in e.label)


def test_another_group_sharing_a_word_of_a_native_name_acts_for_itself(tmp_path):
    """Kopassus's native name is Komando Pasukan Khusus: "five members of the Komando Jihad group
    hijacked the Garuda Indonesia DC-9" read as the command's own act, as "Komando" is a word of
    its name; and "the 30 September Movement abducted six generals", a group whose name begins
    with a day, as possibly a part of it."""
    f = tmp_path / "k.txt"
    f.write_text(
        "= Kopassus =\n\nInfobox\n- Native Name: Komando Pasukan Khusus\n\nKopassus is the special forces command "
        "of the Indonesian Army.\n\n== History ==\n\nIn the early hours of 1 October 1965 the 30 September Movement "
        "abducted six generals in Jakarta. On 28 March 1981 five members of the Komando Jihad group hijacked the "
        "Garuda Indonesia DC-9 Woyla. On 31 March 1981 Kopassus commandos stormed the aircraft.\n", encoding="utf-8")
    got = {e.date.iso: e for e in read(f).events}
    assert got["1965-10-01"].background and got["1981-03-28"].background
    assert not got["1981-03-31"].background


def test_years_later_dates_a_year_and_what_is_done_to_its_own_organs_is_its_own(tmp_path):
    """Caritas's "Four years later the Holy See stopped Knight from seeking a second term: in
    January 2011 the Secretariat of State refused her the nihil obstat" was dated June 2011
    (from "In June 2007", a month four years on that no one told), and "On 2 May 2012 Bertone
    issued a general decree with new statutes, under which a Representative Council replaced the
    old executive committee" was another body's act, though the council is one of its parts."""
    f = tmp_path / "c.txt"
    f.write_text(
        "= Blue Confederation =\n\nBlue Confederation is a confederation of charities.\n\n== History ==\n\n"
        "In June 2007 the assembly elected Anna Lind as secretary general. Four years later the Holy See stopped "
        "Lind from seeking a second term: in January 2011 the Secretariat of State refused her the nihil obstat "
        "that every candidate needs. On 2 May 2012, acting for the pope, Tarcisio Bertone issued a general decree "
        "with new statutes, under which a Representative Council replaced the old executive committee.\n\n"
        "== Structure ==\n\n- General Assembly – meets every four years\n- Representative Council – governs "
        "between assemblies\n- Executive Board – seven members\n", encoding="utf-8")
    got = {e.date.iso: e for e in read(f).events}
    assert "2011-01" in got and "2011-06" not in got, sorted(got)
    assert not got["2012-05-02"].background


def test_she_is_the_clause_before_s_subject_and_a_name_told_with_the_same_verb(tmp_path):
    """The Broad Front's "Brovetto's successor was the first to be chosen ...: on 27 May 2012 the
    cardiologist and Socialist senator Mónica Xavier won the internal election, and she was
    installed on 30 June" labelled her installation "Jorge Brovetto was installed"; "the human
    rights lawyer Javier Miranda, whose father ..., defeated X; he took office on 10 September"
    kept "He took office". The Bank of Thailand's "Veerathai Santiprabhob followed on 1 October
    2015 and Sethaput Suthiwartnarueput on 1 October 2020" had a row without a verb; "On royal
    occasions such as the king's birthday on 28 July the bank regularly issues commemorative
    banknotes" was a row of this year."""
    f = tmp_path / "f.txt"
    f.write_text(
        "= Blue Front =\n\nThe Blue Front is a party.\n\n== History ==\n\n"
        "Jorge Brovetto became president in 2006. Brovetto's successor was the first to be chosen by an open vote: "
        "on 27 May 2012 the cardiologist and Socialist senator Mónica Xavier won the internal election, and she was "
        "installed on 30 June as the first woman to lead the party. In the internal election of 24 July 2016 the "
        "human rights lawyer Javier Miranda, whose father had been disappeared in 1975, defeated the deputy "
        "Alejandro Sánchez; he took office on 10 September. Veerathai Santiprabhob followed on 1 October 2015 and "
        "Sethaput Suthiwartnarueput on 1 October 2020. On royal occasions such as the king's birthday on 28 July "
        "the party regularly issues commemorative medals.\n\n== Leadership ==\n\n- Jorge Brovetto (2006–2012)\n"
        "- Mónica Xavier (2012–2015)\n- Javier Miranda (2016–2021)\n", encoding="utf-8")
    got = {e.date.iso: e for e in read(f).events}
    assert got["2012-06-30"].label.startswith("Mónica Xavier was installed"), got["2012-06-30"].label
    assert got["2016-09-10"].label.startswith("Javier Miranda took office"), got["2016-09-10"].label
    assert got["2020-10-01"].label == "Sethaput Suthiwartnarueput followed"
    assert not any(k.endswith("-07-28") for k in got)


def test_that_october_is_a_month_of_the_year_told(tmp_path):
    """The Seventh Fleet's "After the Vietnam cease-fire of 1973 the fleet swept the mines ...
    That October the carrier Midway arrived at Yokosuka" had no row for the Midway: "That
    October" was no date, and a happening dated only by the one it followed did not move the
    story to its year. "The following March", after December 1980, is March 1981."""
    got = _history_events("Blue Fleet", "a fleet", (
        "Ships trailed the fleet from 18 December 1971 to 7 January 1972. After the Vietnam cease-fire of 1973 the "
        "fleet swept the mines from the coastal waters. That October the carrier Midway arrived at Yokosuka, the "
        "first carrier based abroad, and in 1979 the ship Blue Ridge moved there. In December 1980 the fleet "
        "sailed to the Indian Ocean. The following March it returned to Yokosuka."))
    assert "Midway" in got["1973-10"].label, sorted(got)
    assert "1981-03" in got and "1972-10" not in got


def test_fighters_of_another_movement_act_for_it_and_a_region_of_a_part_is_no_part(tmp_path):
    """Kopassus's "On 8 January 1996 fighters of the Free Papua Movement ... had seized 26
    members of a WWF research expedition" was its own act: "fighters" was no group that acts, and
    "Papua", the region after a comma in its structure's "Group 6 – Timika, Central Papua", was
    taken for one of its parts."""
    f = tmp_path / "k.txt"
    f.write_text(
        "= Blue Command =\n\nBlue Command is the special forces command of the army.\n\n== History ==\n\n"
        "On 8 January 1996 fighters of the Free Papua Movement under Kelly Kwalik had seized 26 members of a WWF "
        "research expedition at Mapenduma. On 15 May 1996 a second assault by the command freed nine hostages.\n\n"
        "== Structure ==\n\n- Group 1 – Serang\n- Group 6 – Timika, Central Papua\n", encoding="utf-8")
    got = {e.date.iso: e for e in read(f).events}
    assert got["1996-01-08"].background and not got["1996-05-15"].background


def test_he_after_an_opening_phrase_is_named():
    """Suntory's "On 1 February 1899, aged twenty, he opened his own shop" was labelled "Aged
    twenty, he opened ...": a label stands alone on its row."""
    got = _history_events("Blue Drinks", "a drinks company", (
        "Shinjirō Torii was born in Osaka in 1879. On 1 February 1899, aged twenty, he opened his own shop to make "
        "and sell wine."))
    assert got["1899-02-01"].label.startswith("Aged twenty, Shinjirō Torii opened"), got["1899-02-01"].label


def test_a_surname_two_leaders_share_is_the_one_named_in_full_last(tmp_path):
    """Suntory's "Saji also pushed through the building of Suntory Hall ... In 1990 he became
    chairman and handed the presidency to Shin'ichirō Torii" left "He became chairman": the
    company has two Sajis, Keizō and Nobutada, and "Saji" named both; a reader takes the one
    the text named in full last."""
    f = tmp_path / "s.txt"
    f.write_text(
        "= Blue Drinks =\n\nBlue Drinks is a drinks company.\n\n== History ==\n\nIn 1961 Keizō Saji became "
        "president. Saji also pushed through the building of a concert hall, which opened in 1986. In 1990 he "
        "became chairman and handed the presidency to Shin'ichirō Torii.\n\n== Leadership ==\n\n"
        "- Keizō Saji (1961–1990)\n- Shin'ichirō Torii (1990–2001)\n- Nobutada Saji (2001–2014)\n", encoding="utf-8")
    got = {e.date.iso: e for e in read(f).events}
    assert got["1990"].label.startswith("Keizō Saji became chairman"), got["1990"].label


def test_a_happening_told_twice_with_and_again_gives_each_row_its_words():
    """FIFA's "Infantino was re-elected unopposed in June 2019 and again, by acclamation, at the
    congress in Kigali on 16 March 2023" read "... re-elected unopposed and again" beside 2019
    and "... re-elected unopposed in June 2019" beside 2023."""
    got = _history_events("Blue Federation", "a federation", (
        "In February 2016 the congress elected Gianni Infantino president. Infantino was re-elected unopposed in "
        "June 2019 and again, by acclamation, at the congress in Kigali on 16 March 2023, for a term running to 2027."))
    assert got["2019-06"].label.endswith("Infantino was re-elected unopposed"), got["2019-06"].label
    assert re.search(r"Infantino was re-elected again, by acclamation, at the congress in Kigali$",
                     got["2023-03-16"].label), got["2023-03-16"].label


def test_a_succession_announced_and_the_succession_are_two_rows():
    """Partners In Health's "In January 2015 Farmer and Dahl announced that Gary Gottlieb ...
    would take over the running of PIH, and that year Gottlieb succeeded Dahl as chief
    executive" kept only the announcement: the two were read as one telling of his start."""
    got = _history_events("Blue Health", "a medical organisation", (
        "Ophelia Dahl became executive director in 2001. In January 2015 Farmer and Dahl announced that Gary "
        "Gottlieb would take over the running of the organisation, and that year Gottlieb succeeded Dahl as chief "
        "executive, while she remained chair of the board."))
    assert "announced" in got["2015-01"].label and "succeeded" in got["2015"].label, sorted(got)


def test_a_post_held_for_a_field_since_a_date_is_an_aside():
    """The police service's "Ramaphosa announced that evening that Fannie Masemola, deputy
    national commissioner for policing since April 2016, would take over" was a row of April
    2016: the aside's "for policing" hid the post's term from the rule for asides."""
    from briefkit.extract.events import _in_aside

    clause = ("Ramaphosa announced that evening that Fannie Masemola, deputy national commissioner for policing "
              "since April 2016, would take over")
    (since,) = find_dates(clause)
    assert _in_aside(clause, since)


def test_it_after_a_count_of_time_is_the_body_the_sentence_opened_on():
    """The police service's brief read "August 2010: SAPS sentenced him to 15 years in prison"
    from "On 2 July 2010 the South Gauteng High Court convicted Selebi ..., and a month later it
    sentenced him": the "it" after "a month later" is the court."""
    got = _history_events("Blue Police Service", "a police force", (
        "Jackie Selebi became national commissioner in 2000. On 2 July 2010 the South Gauteng High Court "
        "convicted Selebi of taking bribes, and a month later it sentenced him to 15 years in prison."))
    assert got["2010-08"].label.startswith("The South Gauteng High Court sentenced"), got["2010-08"].label


def _read_history(tmp_path, title: str, kind: str, text: str) -> dict:
    """As `_history_events`, read from an article file, so that its people are found first
    (a "he" is named from the leaders the article names)."""
    f = tmp_path / "a.txt"
    f.write_text(f"= {title} =\n\nThe {title} is {kind}.\n\n== History ==\n\n{text}\n", encoding="utf-8")
    return {e.date.iso: e for e in read(f).events}


def test_an_opening_after_with_no_main_clause_after_the_date_dates_its_own_verb(tmp_path):
    """The development bank's "After long debate non-African countries were admitted on 30
    December 1982, and ..." was a must-have read as a reference to another time: "After" took
    a noun ("long debate") and the clause ends on its date, so the verb before the date is the
    clause's own. "... paid a ransom after pirates seized a ship on 4 April 2009" still refers."""
    got = _read_history(tmp_path, "Blue Development Bank", "a development bank", (
        "The bank was founded in 1964. After long debate non-African countries were admitted on 30 December 1982, "
        "and the bank's capital rose the following year."))
    assert not got["1982-12-30"].background, got["1982-12-30"]
    clause = "The bank paid a ransom after pirates seized a ship on 4 April 2009"
    (day,) = find_dates(clause)
    assert is_reference(clause, day)


def test_its_last_day_is_the_end_of_the_span_just_told(tmp_path):
    """The bank's founding conference "sat from 31 July to 4 August 1963. On its last day
    twenty-three governments signed the agreement establishing the bank": a must-have that had
    no date. "On its last day in office" after a day is no date."""
    got = _read_history(tmp_path, "Blue Development Bank", "a development bank", (
        "A commission called a conference of finance ministers in Khartoum, which sat from 31 July to 4 August "
        "1963. On its last day twenty-three governments signed the agreement establishing the bank."))
    assert "1963-08-04" in got and got["1963-08-04"].label.startswith("Twenty-three governments signed"), sorted(got)
    got = _read_history(tmp_path, "Blue Development Bank", "a development bank", (
        "On 3 May 1990 the bank opened an office in Tunis. On its last day the president signed a loan."))
    assert "1990-05-04" not in got and "1990-05-03" in got, sorted(got)


def test_a_post_held_up_to_the_story_is_no_happening_of_its_start(tmp_path):
    """"Ould Tah, a former finance minister of Mauritania, had headed the Arab Bank for Economic
    Development in Africa since 2015" was a row of 2015 (and "Economic Development" a person).
    In an aside that describes a person ("Herbert Diess, a former BMW executive who had run the
    Volkswagen brand since 2015") it still leaves the clause its own happening."""
    got = _read_history(tmp_path, "Blue Development Bank", "a development bank", (
        "In May 2025 the governors elected Sidi Ould Tah president. Ould Tah, a former finance minister of "
        "Mauritania, had headed the Arab Bank for Economic Development in Africa since 2015. He took office on 1 "
        "September 2025. In April 2018 the bank's president was replaced by Herbert Diess, a former BMW executive "
        "who had run a carmaker since 2015."))
    assert got["2015"].background, got["2015"]
    assert got["2025-09-01"].label.startswith("Sidi Ould Tah took office"), got["2025-09-01"].label
    assert not got["2018-04"].background, got["2018-04"]


def test_they_in_a_later_clause_is_the_plural_acting_before_it(tmp_path):
    """"Labidi stayed in office ... because the governors could not agree on a successor, and in
    1976 they chose Kwame Donkor Fordwor" was labelled "They chose ..."."""
    got = _read_history(tmp_path, "Blue Development Bank", "a development bank", (
        "Abdelwahab Labidi became president in 1970. Labidi stayed in office beyond his term because the governors "
        "could not agree on a successor, and in 1976 they chose Kwame Donkor Fordwor of Ghana."))
    assert got["1976"].label.startswith("The governors chose Kwame Donkor Fordwor"), got["1976"].label


def test_he_who_ends_or_begins_a_term_is_the_head_among_those_named(tmp_path):
    """The police service's "In February 2022 President Cyril Ramaphosa and Sitole agreed to
    end his term early, and he left office on 31 March" and the party's "the members elected
    Cho Jung-tai ... against You Ying-lung, and he was sworn in three days later" were labelled
    "He left office" and "He was sworn in": of two named, the organisation's own head (or the
    one chosen) begins or ends a term."""
    got = _read_history(tmp_path, "Blue Police Service", "a police force", (
        "On 22 November 2017 Zuma appointed Khehla Sitole as national commissioner. In February 2022 President "
        "Cyril Ramaphosa and Sitole agreed to end his term early, and he left office on 31 March."))
    assert got["2022-03-31"].label.startswith("Khehla Sitole left office"), got["2022-03-31"].label
    got = _read_history(tmp_path, "Blue Party", "a political party", (
        "On 6 January 2019 the members elected Cho Jung-tai chairman with 72.6 per cent against You Ying-lung, "
        "and he was sworn in three days later."))
    assert got["2019-01-09"].label.startswith("Cho Jung-tai was sworn in"), got["2019-01-09"].label


def test_that_evening_after_the_verb_dates_the_clause_and_the_next_day_counts_from_it(tmp_path):
    """"Ramaphosa announced that evening that Fannie Masemola, deputy national commissioner for
    policing since April 2016, would take over, and Masemola began his term the next day": the
    start of the term, a must-have, had no row; "that evening" after the verb was not read."""
    got = _read_history(tmp_path, "Blue Police Service", "a police force", (
        "On 22 November 2017 Zuma appointed Khehla Sitole as national commissioner. In February 2022 Sitole agreed "
        "to end his term early, and he left office on 31 March. Ramaphosa announced that evening that Fannie "
        "Masemola, deputy national commissioner for policing since April 2016, would take over, and Masemola "
        "began his term the next day."))
    assert got["2022-04-01"].label == "Fannie Masemola began his term", got["2022-04-01"].label


def test_a_body_someone_helped_to_start_is_no_person(tmp_path):
    """BRAC's "he helped to start Action Bangladesh and HELP Bangladesh ... Early in 1972 he
    returned" was labelled "Action Bangladesh returned to the new country": what is started is
    a body, never the "he" of the next sentence."""
    got = _read_history(tmp_path, "Blue Committee", "a development organisation", (
        "Abed was born on 27 April 1936 in Baniachong. During the war of 1971 he left Shell for London, where he "
        "helped to start Action Bangladesh and HELP Bangladesh in support of independence.\n\nEarly in 1972 he "
        "returned to the new country, sold his flat in London and used the money to begin relief work."))
    assert not any("Action Bangladesh returned" in e.label for e in got.values()), [e.label for e in got.values()]


def test_an_honour_told_in_an_aside_dates_nothing():
    """"Abed, knighted by the British government in 2010, stayed at the head of the governing
    body" was a row of 2010."""
    from briefkit.extract.events import _in_aside

    clause = "Abed, knighted by the British government in 2010, stayed at the head of the governing body"
    (year,) = find_dates(clause)
    assert _in_aside(clause, year)


def test_a_kins_life_is_no_happening_of_the_organisation_and_a_proposal_renames_nothing(tmp_path):
    """BRAC's brief put "1981: Abed's first wife, Ayesha, ... died in childbirth" on its timeline
    and "2023: The authorities of BRAC University proposed to rename it after Fazle Hasan Abed"
    (which another body turned down) in its At-a-glance box, as a renaming. "His son became
    chief executive" stays the organisation's."""
    got = _read_history(tmp_path, "BRAC", "a development organisation founded by Fazle Hasan Abed", (
        "In 1974 BRAC began to lend small sums to the rural poor. In 1977 it changed its approach, organising "
        "landless labourers into village organisations. The Aarong chain of craft shops followed the next year. "
        "Abed's first wife, Ayesha, who worked beside him, died in childbirth in 1981. In 1990 his son became chief "
        "executive of BRAC.\n\nBRAC marked its fiftieth anniversary in 2022 with a year of events in Dhaka. In 2023 "
        "the authorities of BRAC University proposed to rename it after Abed, but the University Grants Commission "
        "turned the request down."))
    assert got["1981"].background, got["1981"]
    assert not got["1990"].background, got["1990"]
    assert got["2023"].kind != "renaming", got["2023"]


def test_a_count_of_days_after_the_verb_dates_the_clause(tmp_path):
    """Fine Gael's "On 20 March 2024 Varadkar unexpectedly resigned as party leader.
    Nominations closed four days later with only one candidate, and ... declared Simon Harris
    elected" had no row: the count of days came after the verb."""
    got = _read_history(tmp_path, "Blue Party", "a party", (
        "On 20 March 2024 Varadkar unexpectedly resigned as party leader. Nominations closed four days later with "
        "only one candidate, and in Athlone the chairman declared Simon Harris elected."))
    assert "2024-03-24" in got and "declared Simon Harris elected" in got["2024-03-24"].text, sorted(got)


def test_a_clause_of_its_own_dated_that_month_is_a_happening_of_its_own():
    """The Australian Federal Police's "Kershaw left on 3 October, ..., and Barrett took charge
    of the force that month as its ninth commissioner" gave one row, Kershaw's leaving: the new
    commissioner's start, told in a clause with its own subject and dated by "that month", is a
    happening of its own, in the month of the date told before it. A clause with no subject of
    its own ("and a fourth regiment was raised the same year") tells more of the same one."""
    events = _history_events("Blue Police", "agency", "The Blue Police was founded in 1979. Karl Berg left on 3 "
                             "October 2025, a year before his extended term was due to end, and Anna Lind took charge "
                             "of the force that month as its ninth commissioner.").values()
    dated = {e.date.iso: e.label for e in events if not e.background}
    assert dated.get("2025-10", "").startswith("Anna Lind took charge of the force"), dated
    assert "2025-10-03" in dated
    events = _events("The Blue Corps was founded in 1900. In 1920 the corps raised three regiments, and a fourth "
                     "regiment was raised the same year.", title="Blue Corps")
    assert [e.date.iso for e in events if not e.background].count("1920") == 1


def test_states_that_became_members_grew_the_organisation():
    """The Shanghai Cooperation Organisation's "India and Pakistan, backed respectively by Russia
    and China, became full members at the Astana summit on 9 June 2017" was read as other
    countries' doing, background: states that become members with no other body named as what
    they joined grow the organisation, whatever aside stands between them and the verb. Members
    of another body named stay background."""
    events = _events("The Blue Pact was founded in 2001. Armenia and Georgia, backed respectively by France "
                     "and Germany, became full members at the Tarvas summit on 9 June 2017, the first enlargement.",
                     title="Blue Pact")
    by = {e.date.iso: e for e in events}
    assert "2017-06-09" in by and not by["2017-06-09"].background
    events = _events("The Blue Pact was founded in 2001. Sweden became a full member of NATO on 7 March 2024.",
                     title="Blue Pact")
    assert all(e.background for e in events if e.date.iso == "2024-03-07")


def test_a_look_back_lends_the_story_no_year():
    """Tata Steel's "In September 2013 the board chose T. V. Narendran ... Narendran, born in
    1965, had joined the company in 1988 ... He took over from Nerurkar on 1 November" dated the
    takeover 1 November 1988, and Mercy Corps' "In October 2019 The Oregonian published an
    investigation showing that ..., and that her request in 2018 ... had been handled badly.
    ... on 10 October Keny-Guyer resigned" dated the resignation 2018. A clause in the
    pluperfect that goes back before the story's year, and a year inside what a report found,
    are looks back: a later day without a year stays in the story's year."""
    events = _history_events("Blue Steel", "company", (
        "In September 2013 the board chose Karl Berg as managing director-designate. Berg, born in 1965, had "
        "joined the company in 1988 after business school and had run a mill in Singapore. He took over from "
        "Anna Lind on 1 November."))
    assert "2013-11-01" in events and "1988-11-01" not in events, sorted(events)
    events = _history_events("Blue Aid", "ngo", (
        "In October 2019 The Courier published an investigation showing that the founder's daughter had told "
        "leaders of the agency in the early 1990s that he had abused her, and that her request in 2018 for a new "
        "inquiry had been handled badly. Staff demanded accountability, and on 10 October Karl Berg resigned "
        "after 25 years in charge."))
    assert "2019-10-10" in events and "2018-10-10" not in events, sorted(events)


def test_its_own_people_by_name_and_a_span_until_a_count_later():
    """The Philippine Marine Corps' "Militants ... seized much of the city on 23 May 2017, and
    Marine battalions fought house to house beside the army until it was retaken five months
    later. On 9 June thirteen Marines were killed ..." dated the fighting to October (the count
    ends what the clause began) and read "thirteen Marines" as another body. The fighting runs
    from the day just told to the count, and the organisation's name in the plural is its own
    people."""
    events = _history_events("Blue Marine Corps", "armed unit", (
        "Militants seized much of the city on 23 May 2017, and Marine battalions fought house to house beside "
        "the army until it was retaken five months later. On 9 June thirteen Marines were killed and forty "
        "wounded in a firefight."))
    fought = [e for e in events.values() if "house to house" in e.text and not e.background]
    assert fought and fought[0].date.iso == "2017-05-23" and fought[0].end and fought[0].end.iso == "2017-10"
    assert "2017-06-09" in events and not events["2017-06-09"].background


def test_a_state_that_ceased_to_be_a_member_is_the_organisations_event():
    """The Commonwealth of Independent States' "Georgia ceased to be a member on 18 August 2009"
    was read as another country's doing: leaving the organisation, like joining it, changes
    its membership. Ceasing to be a member of another body named stays background."""
    events = _events("The Blue Pact was founded in 1991. Georgia ceased to be a member on 18 August 2009.",
                     title="Blue Pact")
    assert any(e.date.iso == "2009-08-18" and not e.background for e in events), events
    events = _events("The Blue Pact was founded in 1991. Georgia ceased to be a member of NATO on 18 August 2009.",
                     title="Blue Pact")
    assert all(e.background for e in events if e.date.iso == "2009-08-18")


def test_a_planned_date_does_not_move_the_story():
    """The Gates Foundation's "On 15 June 2006 Bill Gates announced that he would give up his
    day-to-day role at Microsoft on 31 July 2008. Later that month Warren Buffett ... pledged"
    dated the pledge July 2008: a date something was to happen on is a plan, and "later that
    month" counts from the day the plan was told."""
    events = _history_events("Blue Foundation", "ngo", (
        "On 15 June 2006 Karl Berg announced that he would give up his day-to-day role at the bank on 31 July "
        "2008 in order to spend more time on the foundation. Later that month Anna Lind pledged almost all of "
        "her shares to the foundation."))
    pledge = [e for e in events.values() if "pledged" in e.text and e.date.iso.startswith("200")
              and e.text.startswith("Later")]
    assert pledge and pledge[0].date.iso == "2006-06", sorted(events)


def _lead_and_body(title: str, lead: str, body: str) -> list:
    return extract_events(Profile.model_validate({
        "names": {"title": title},
        "lead": [{"kind": "paragraph", "text": lead}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": body}]}],
    }))[0]


@pytest.mark.parametrize("lead, body, day", [
    # a post with its field after it (ASIO's "Director-General of Security")
    ("Anna Lind has been Director-General of Security since September 2019.",
     "The appointment of Anna Lind was announced on 8 August 2019, and she took office on 16 September 2019.",
     "2019-09-16"),
    # an aside between the name and "has been its" (the ECB's Lagarde)
    ("Anna Lind, a former finance minister, has been its President since November 2019.",
     "Lind took office as President on 1 November 2019, succeeding Karl Berg.", "2019-11-01"),
    # "has held the office" (the Salvation Army's General)
    ("Anna Lind, a New Zealander, has held the office since August 2023.",
     "The council elected Anna Lind on 27 May 2023, and Lind took office on 3 August 2023.", "2023-08-03"),
    # "has led its board" (BASF's chairman of the board of executive directors)
    ("Anna Lind has led its Board of Executive Directors since April 2024.",
     "Karl Berg stepped down on 25 April 2024, and Anna Lind took office that day.", "2024-04-25"),
    # a family name first: the body calls "Kao Kim Hourn" "Kao" (ASEAN's secretary-general)
    ("Since January 2023 its secretary-general has been Kao Kim Hourn of Cambodia.",
     "Kao, born in 1966, succeeded Karl Berg of Norway. His term began on 1 January 2023.", "2023-01-01"),
    # the body's sentence names the successor in a clause of the same row (Nintendo)
    ("Anna Lind has been its president since June 2018.",
     "Karl Berg retired on 28 June 2018, after the annual meeting, and Anna Lind, who had been a director "
     "of another firm since 2012, succeeded him.", "2018-06-28"),
])
def test_a_head_told_in_the_present_perfect_is_the_change_the_body_tells(lead, body, day):
    """Held-out articles' leads sum up the current head in the present perfect ("Mike Burgess
    has been Director-General of Security since September 2019", "Lyndon Buckingham, a New
    Zealander, has held the office since August 2023", "Markus Kamieth has led its Board of
    Executive Directors since April 2024") while the body tells the day the head took office:
    one happening, shown once, on the body's day. Six shapes stood as a second row of the same
    month."""
    rows = [e for e in _lead_and_body("Blue Agency", "The Blue Agency is a public body. " + lead,
                                      "The Blue Agency was founded in 1960. " + body)
            if not e.background and e.date.iso[:4] == day[:4]]
    assert [e.date.iso for e in rows if e.kind == "leadership" or e.date.iso[:7] == day[:7]] == [day], \
        [(e.date.iso, e.label) for e in rows]



@pytest.mark.parametrize("fact, body, day, words", [
    ("Active: 1921–present", "In 1921 the Army activated the Blue Division at Fort Bliss, Texas.", "1921", "activated"),
    ("Dates: 1993–present", "On 18 June 1993 parliament approved a reaction force. Later that year the battalion was "
                            "raised at Heistadmoen with about 1,000 men.", "1993", "raised"),
    ("Dates: 1942–present", "In 1942 Karl Berg began raising the first troop of naval commandos from volunteers.",
     "1942", "raising"),
])
def test_an_infobox_span_of_a_unit_is_the_raising_the_body_tells(fact, body, day, words):
    """"Active: 1921–present" beside "the Army activated the 1st Cavalry Division" (and "Dates:
    1993–present" beside "the battalion was raised") stood as two rows of the unit's founding,
    one labelled with the infobox line itself: a unit is activated, raised or stood up where
    other bodies are founded, and the sentence of that year telling so is the founding the
    infobox dates."""
    label, _, text = fact.partition(": ")
    rows = extract_events(Profile.model_validate({
        "names": {"title": "Blue Division"}, "facts": [{"label": label, "text": text}],
        "lead": [{"kind": "paragraph", "text": "The Blue Division is an armoured division."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": body}]}],
    }))[0]
    of_year = [e for e in rows if e.date.iso.startswith(day) and e.kind == "founding"]
    assert len(of_year) == 1 and words in of_year[0].label and ":" not in of_year[0].label, \
        [(e.date.iso, e.kind, e.label) for e in rows]


def test_money_raised_in_the_founding_year_is_not_the_founding():
    """A company "raised $5 million" in the year its infobox says it was founded: no founding."""
    rows = extract_events(Profile.model_validate({
        "names": {"title": "Blue Software"}, "facts": [{"label": "Founded", "text": "2011"}],
        "lead": [{"kind": "paragraph", "text": "Blue Software is a company."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text":
                      "In 2011 the company raised $5 million from investors."}]}],
    }))[0]
    assert not any("raised" in e.label and e.kind == "founding" for e in rows), [(e.date.iso, e.kind, e.label) for e in rows]


def test_the_death_of_someone_who_never_led_it_is_background():
    """Habitat for Humanity's "Jimmy Carter died on 29 December 2024" and "Rosalynn Carter died
    in November that year" stood on its timeline: the volunteers' lives, not the charity's
    history. The death of one of its own heads stays a happening (a head may die in office),
    and so does that of someone the sentence tells as one of its people. A founder who holds no
    post now founded it, an act and not a term: Karl Berg's death, decades on, is his life (the
    held-out articles' writers judged Millard Fuller's, Charles Hastings's and Pablo Iglesias's
    deaths so)."""
    rows = extract_events(Profile.model_validate({
        "names": {"title": "Blue Shelter"},
        "lead": [{"kind": "paragraph", "text": "Blue Shelter is a housing charity led by Anna Lind."}],
        "people": [{"name": "Anna Lind", "role": "Chief executive", "leader": True, "current": True},
                   {"name": "Karl Berg", "role": "Founder", "leader": True},
                   {"name": "Erik Sund", "role": "Former president", "leader": False}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text":
                      "Blue Shelter was founded in 1976. Erik Sund first built homes with it in March 1984. "
                      "Karl Berg died on 3 February 2009. Sund died on 29 December 2024, at the age of 100. "
                      "Maria Holm, the last living Blue Shelter builder of the first house, died on 22 April 2023. "
                      "Anna Lind died in office on 5 May 2025."}]}],
    }))[0]
    by = {e.date.iso: e for e in rows}
    assert by["2024-12-29"].background, by["2024-12-29"]
    assert by["2009-02-03"].background, by["2009-02-03"]
    assert not by["2023-04-22"].background and not by["2025-05-05"].background


def test_a_founding_told_by_the_second_verb_of_a_dated_clause():
    """Habitat for Humanity's "On their return in 1976 the Fullers called their supporters
    together and founded Habitat for Humanity International" was read as words said ("called")
    and its founding, the verb after "and", was no row: the infobox's "Founded: 1976" stood
    apart as a row labelled "Founded"."""
    rows = extract_events(Profile.model_validate({
        "names": {"title": "Blue Shelter International"}, "facts": [{"label": "Founded", "text": "1976"}],
        "lead": [{"kind": "paragraph", "text": "Blue Shelter International is a housing charity."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text":
                      "In 1973 the Bergs took the scheme to Zaire. On their return in 1976 the Bergs called their "
                      "supporters together and founded Blue Shelter International, with its headquarters in Americus."}]}],
    }))[0]
    of_1976 = [e for e in rows if e.date.year == 1976]
    assert len(of_1976) == 1 and of_1976[0].kind == "founding", [(e.date.iso, e.kind, e.label) for e in rows]
    assert of_1976[0].label.endswith("and founded Blue Shelter International"), of_1976[0].label


def test_a_company_of_its_name_registered_is_its_founding():
    """Rolls-Royce Holdings' "On 15 March 1906 the partners registered Rolls-Royce Limited": the
    company of its name in its legal form, registered, is its founding (the infobox's "Founded:
    1906" joins it); a row of a founding the infobox alone dates reads as a sentence."""
    def rows(body):
        return extract_events(Profile.model_validate({
            "names": {"title": "Blue-Green Holdings"}, "facts": [{"label": "Founded", "text": "1906"}],
            "lead": [{"kind": "paragraph", "text": "Blue-Green Holdings plc is an engineering group."}],
            "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": body}]}],
        }))[0]
    found = [e for e in rows("On 15 March 1906 the partners registered Blue-Green Limited, whose objects allowed "
                             "it to make engines.") if e.date.year == 1906]
    assert [(e.date.iso, e.kind) for e in found] == [("1906-03-15", "founding")], found
    alone = [e for e in rows("In 1910 the partners opened a works at Derby.") if e.date.year == 1906]
    assert [e.label for e in alone] == ["Blue-Green Holdings was founded"], alone


def test_a_list_of_holders_in_a_history_section_is_no_row_of_bare_names():
    """Habitat for Humanity's "Chief executives:" list inside its History ("Millard Fuller
    (1976–2004)") had given rows labelled "Millard Fuller", "Paul Leonard": an entry that is a
    name and a term is a holder's, not a happening."""
    rows = _history_events("Blue Shelter", "a housing charity",
                           "Blue Shelter was founded in 1976. In 2004 it expanded to Angola.")
    p = Profile.model_validate({
        "names": {"title": "Blue Shelter"},
        "lead": [{"kind": "paragraph", "text": "Blue Shelter is a housing charity."}],
        "sections": [{"title": "History", "blocks": [
            {"kind": "paragraph", "text": "Blue Shelter was founded in 1976. In 2004 it expanded to Angola."},
            {"kind": "paragraph", "text": "Chief executives:"},
            {"kind": "list", "items": [{"text": "Anna Lind (1976–2004)"}, {"text": "Karl Berg (2004–2005)"},
                                       {"text": "Maria Holm (since 2005)"}]}]}],
    })
    labels = [e.label for e in extract_events(p)[0]]
    assert not any(l in ("Anna Lind", "Karl Berg", "Maria Holm") for l in labels), labels
    assert rows


def test_a_thing_named_by_its_year_moves_the_story_to_that_year():
    """Habitat for Humanity's "The 2015 project was to be held in the Chitwan District of Nepal"
    then "In October Habitat called it off": the cancellation was dated October 2009, the year
    the section before had last told, and read as words said ("called")."""
    events = _events("Blue Shelter was founded in 1976. In 2009 Karl Berg pledged 100 million dollars to Blue "
                     "Shelter. The 2015 project was to be held in the Chitwan District of Nepal. In October Blue "
                     "Shelter called it off, because unrest had cut supplies of fuel.", title="Blue Shelter")
    off = [e for e in events if "called it off" in e.label]
    assert [e.date.iso for e in off] == ["2015-10"] and off[0].kind != "statement", \
        [(e.date.iso, e.kind, e.label) for e in events]


def test_a_unit_that_came_into_being_is_founded():
    """The Utti Jaeger Regiment's "The regiment came into being on 1 January 1997, when the
    Parachute Jaeger School was joined with the helicopter flight" was a milestone, and the
    infobox's "Active: 1997–present" stood beside it: "came into being" needs no "was"."""
    rows = extract_events(Profile.model_validate({
        "names": {"title": "Blue Jaeger Regiment"}, "facts": [{"label": "Active", "text": "1997–present"}],
        "lead": [{"kind": "paragraph", "text": "The Blue Jaeger Regiment is a regiment of the Ruritanian Army."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text":
                      "The regiment came into being on 1 January 1997, when the Parachute School was joined with the "
                      "helicopter flight."}]}],
    }))[0]
    of_1997 = [(e.date.iso, e.kind) for e in rows if e.date.year == 1997]
    assert of_1997 == [("1997-01-01", "founding")], [(e.date.iso, e.kind, e.label) for e in rows]


def test_a_second_happening_whose_verb_is_left_out_is_a_row_of_its_own():
    """The Utti Jaeger Regiment's "the first helicopter was handed over in March 2008 and the last
    only in June 2015" and the Liberal Party's "Lester B. Pearson won it in 1958 and Pierre
    Trudeau in April 1968" told a second happening with the first one's verb left out; its date
    was lost. Not a list of places ("opened offices in Paris in 1990 and Berlin in 1995" keeps
    one clause, whose second date is labelled as before)."""
    events = _events("The Blue Wing was formed in 1997. The programme slipped badly: the first helicopter was "
                     "handed over in March 2008 and the last only in June 2015, and most of the fleet then had to "
                     "be upgraded.", title="Blue Wing")
    by = {e.date.iso: e.label for e in events}
    assert by.get("2015-06", "").startswith("The last was handed over"), by
    assert "2008-03" in by


@pytest.mark.parametrize("sentence, kind", [
    ("On 28 April 1942 the Blue Bank Act was enacted in the name of the young king.", "legal"),
    ("On 4 March 2008 a new Blue Bank Act came into force.", "legal"),
    ("On 2 May 2012 the minister issued a general decree with new statutes for the bank.", "legal"),
    ("On 1 July 2004 the Protective Service was folded back into the bank.", "reorganisation"),
    ("In 1975 a new department for terrorism, TE, was added, led by a senior officer.", "reorganisation"),
    ("On 18 July 1950 the bank's first elements went ashore at Pohang-dong.", "operation"),
])
def test_happenings_that_were_told_as_other(sentence, kind):
    """Held-out must-haves the snapshot passed over because their verb said no kind of
    happening ("other" weighs least): a law enacted or in force, a decree issued, a body folded
    into another, a department added, troops gone ashore."""
    events = _events("The Blue Bank was founded in 1900. " + sentence, title="Blue Bank")
    assert [e.kind for e in events if e.date.year != 1900] == [kind], [(e.date.iso, e.kind, e.label) for e in events]


def test_a_law_that_came_into_force_is_named_not_the_organisation():
    """Fidesz's "parliament adopted a new constitution, the Fundamental Law, ...; it came into
    force on 1 January of the following year" was labelled "Fidesz came into force"."""
    events = _events("The Blue Alliance was founded in 1988. On 18 April 2011 parliament adopted a new constitution, "
                     "the Fundamental Law, with the votes of the governing parties alone; it came into force on 1 "
                     "January of the following year.", title="Blue Alliance")
    labels = {e.date.iso: e.label for e in events}
    assert labels.get("2012-01-01") == "The Fundamental Law came into force", labels


def test_a_clause_that_closes_on_that_month():
    """"In January 1999 the Executive Board asked for six members to be expelled, and an
    extraordinary session voted them out that March" (the IOC) had no row for March, and
    "... announced that he would retire at the end of March 2011 ... Rishton took charge that
    March" (Rolls-Royce) none for March 2011: "that March" is the March of the year just
    told, or the March last named. Not a relative clause's ("who had died that February")."""
    events = _events("The Blue Committee was founded in 1894. In January 1999 the Executive Board asked for six "
                     "members to be expelled, and an extraordinary session voted them out that March. On 30 September "
                     "2010 the board announced that Karl Berg would retire at the end of March 2011. Anna Lind took "
                     "charge that March. In 2024 Lind paid tribute to Erik Sund, who had died that February.",
                     title="Blue Committee")
    by = {e.date.iso: e for e in events if not e.background}
    assert "voted them out" in by["1999-03"].label and "Lind took charge" in by["2011-03"].label, \
        [(e.date.iso, e.label) for e in events]
    assert "2024-02" not in by


def test_a_day_proposed_for_something_is_no_row():
    """The SNP's "On 28 June 2022 Sturgeon proposed holding a second referendum on 19 October
    2023" had a row on 19 October 2023, a day on which nothing happened."""
    events = _events("The Blue Party was founded in 1934. On 28 June 2022 Anna Lind proposed holding a second "
                     "referendum on 19 October 2023 and asked the court whether parliament could legislate for it.",
                     title="Blue Party")
    assert [e.date.iso for e in events if e.date.year > 2000] == ["2022-06-28"], [(e.date.iso, e.label) for e in events]


def test_a_thing_named_by_what_someone_did_with_it_on_a_day_dates_nothing_here():
    """The BBC's "A leaked memo ... showed that a Panorama programme ... had joined together two
    passages of the speech Donald Trump gave on 6 January 2021" stood at 6 January 2021 in At a
    glance: the day dates the speech, another happening than the leak."""
    events = _events("The Blue Broadcasting Corporation was founded in 1922. A leaked memo showed that a programme "
                     "had joined together two passages of the speech Karl Berg gave on 6 January 2021.",
                     title="Blue Broadcasting Corporation")
    assert not [e for e in events if e.date.iso == "2021-01-06" and not e.background], \
        [(e.date.iso, e.background, e.label) for e in events]


def test_a_yearless_day_of_the_first_months_after_one_of_the_last_is_the_next_year():
    """The Bank of England's "On 20 December 2019 ... Javid named Andrew Bailey as the next
    governor. Carney stayed on until 15 March, and Bailey took office the next day" dated his
    taking office 16 March 2019, before he was named: a day of a year's first months, told after
    a day of its last, in a story that moves on, is of the next year (not "in March of the
    following year", which says so itself, nor a look back with "had")."""
    events = _events("The Blue Bank was founded in 1694. On 20 December 2019 the minister named Anna Lind as the next "
                     "governor. Karl Berg stayed on until 15 March, and Lind took office the next day.", title="Blue Bank")
    assert "2020-03-16" in {e.date.iso for e in events}, [(e.date.iso, e.label) for e in events]


def test_a_marriage_after_its_date_and_a_failing_health_are_a_life(tmp_path):
    """Set 42: the Edhi Foundation's "in April 1966 she and Edhi, almost twenty years older, were
    married" and "Edhi's kidneys failed in 2013" were on its timeline: a marriage told after its
    only date, and a person's health, are lives, not the foundation's happenings; the founding
    and the appointment beside them stay."""
    got = _read_history(tmp_path, "Blue Trust", "a welfare charity", (
        "Jan Ek founded the trust in 1951. In 1965 Anna Lind joined the trust as a nurse, and in April 1966 she "
        "and Ek, almost twenty years older, were married. Ek's kidneys failed in 2013, and he was treated by "
        "dialysis. In March 2014 the trust opened its first hospital."))
    assert got["1966-04"].background and got["2013"].background, got
    assert not got["1951"].background and not got["2014-03"].background, got


def test_he_after_a_dated_while_clause_and_a_kin_s_given_name(tmp_path):
    """Set 42: the Edhi Foundation's "In July 2005, while Edhi was helping victims of a train
    crash at Ghotki, he learned that his grandson Bilal ... had died" was labelled "Guinness World
    Records learned that his grandson Muhammad Bilal had died": "he" had been taken from the
    sentence before (its last name, a record book), and the grandson given the full name of the
    foundation's spokesman, Muhammad Bilal. "he" is the one the opening clause names, or left
    as written; a name after a kin word is the kin's own."""
    f = tmp_path / "a.txt"
    f.write_text("= Blue Trust =\n\nThe Blue Trust is a welfare charity.\n\n== History ==\n\nIn 1951 Karl Holm founded "
                 "the trust. The trust later entered Guinness World Records as the largest volunteer ambulance "
                 "service.\n\nIn July 2005, while Holm was helping victims of a train crash at Westport, he learned "
                 "that his grandson Bilal had died.\n\nIn 2022 the trust's spokesman, Muhammad Bilal, spoke to "
                 "reporters.\n", encoding="utf-8")
    label = next(e.label for e in read(f).events if e.date.iso == "2005-07")
    assert "Guinness" not in label and "Muhammad" not in label, label


def test_a_label_cut_after_with_effect_ends_on_what_happened(tmp_path):
    """Set 42: Eskom's "A notice in the Government Gazette of 6 March 1923 announced that the
    commission had been established with effect from 1 March 1923, with the physicist ..." was
    labelled "... had been established with effect": the date goes beside the row, and the
    words that led to it go with it."""
    got = _read_history(tmp_path, "Blue Power", "an electricity company", (
        "A notice in the Government Gazette of 6 March 1923 announced that the commission had been established with "
        "effect from 1 March 1923, with the physicist Jan Karl Ek, one of the authors of the act, as its first "
        "chairman."))
    assert all(not e.label.endswith("with effect") for e in got.values()), [e.label for e in got.values()]


def test_an_older_namesake_and_the_country_of_the_title_are_not_the_organisation(tmp_path):
    """Set 43: the CPN (UML), founded in 1991, put "Man Mohan Adhikari had helped to found the
    original Communist Party of Nepal in 1949" and a vice-chair's "on 28 October 2015, the
    first woman elected president of Nepal" on its timeline: "the original" party is an older
    body of its name, and "Nepal" alone is the country its title names, not the party."""
    got = _read_history(tmp_path, "Workers' Party of Westland", "one of the largest parties of its country", (
        "Anna Berg had helped to found the original Workers' Party of Westland in 1949. On 6 January 1991 the "
        "two groups merged as the new party, with Berg as chairman. Maria Dunn later became a vice-chair of the "
        "party and, on 28 October 2015, the first woman elected president of Westland. On 3 March 2016 the party "
        "left the government."))
    assert got["1949"].background and got["2015-10-28"].background, {k: (e.title, e.background) for k, e in got.items()}
    assert not got["1991-01-06"].background and not got["2016-03-03"].background


def test_a_label_does_not_end_on_the_day_its_date_was_measured_from(tmp_path):
    """Set 43: the CPN (UML)'s "He resigned on 9 September 2025, the day after police killed at
    least 19 young protesters ..." was labelled "KP Sharma Oli resigned, the day"."""
    f = tmp_path / "a.txt"
    f.write_text(
        "= Blue Party =\n\nInfobox\n- Chairman: KP Sharma Orlov\n\nThe Blue Party (BP) is a political party.\n\n"
        "== History ==\n\nKP Sharma Orlov became prime minister for the fourth time in July 2024. He resigned on 9 "
        "September 2025, the day after police killed at least 19 young protesters demonstrating against a ban on social "
        "media platforms and against corruption; crowds also set fire to party offices, the BP's among them.\n",
        encoding="utf-8")
    got = {e.date.iso: e for e in read(f).events}
    assert got["2025-09-09"].title == "KP Sharma Orlov resigned as chairman", got["2025-09-09"].title


def test_the_same_decree_is_of_the_day_last_told(tmp_path):
    """Set 43: the KPK's "Two days later Joko Widodo suspended him. The same decree made a deputy
    chairman, Nawawi Pomolango, interim chairman." lost its must-have: a sentence whose subject
    is "the same decree" (order, ruling, vote ...) tells a happening of the day last told, and
    keeps that subject in its label."""
    got = _read_history(tmp_path, "Blue Commission", "an anti-corruption agency", (
        "The commission was founded in 2002. On 22 November 2023 the police named the chairman, Carl Dunn, a suspect. "
        "Two days later the president suspended him. The same decree made a deputy chairman, Anna Berg, interim chairman."))
    same = [e for e in got.values() if "interim chairman" in e.title]
    assert same and same[0].date.iso == "2023-11-24", {k: e.title for k, e in got.items()}
    assert same[0].title.startswith("The same decree made"), same[0].title


def test_she_stays_the_person_a_sentence_spoke_of_beside_one_named_in_apposition(tmp_path):
    """Set 43: SAARC's "After she criticised her own government over the detention of a senior
    Maldivian judge, Abdulla Mohamed, officials ... accused her ... She resigned in January 2012"
    gave the secretary-general's resignation to the judge."""
    got = _read_history(tmp_path, "Blue Council", "a regional organisation", (
        "The council was founded in 1985. Anna Berg took office as secretary-general on 1 March 2011. After she "
        "criticised her own government over the detention of a senior judge, Carl Dunn, officials accused her of "
        "breaching the charter. She resigned in January 2012, after some eleven months in office."))
    assert got["2012-01"].title.startswith("Anna Berg resigned"), got["2012-01"].title


def test_a_former_head_s_death_told_with_he_after_a_table_with_an_undated_row(tmp_path):
    """Set 43: SAARC's table of secretaries-general, four of whose rows give no year, gave every
    holder only the year they took office ("in 1987"), so the first head's death in 2008, told
    as "...; he died in Dhaka in December 2008" after "went on to become ... and later its
    ambassador in Washington", was on the timeline (labelled "SAARC's ambassador in Washington;
    he died in Dhaka")."""
    f = tmp_path / "a.txt"
    f.write_text(
        "= Blue Council =\n\nThe Blue Council is a regional organisation.\n\n== History ==\n\n"
        "The council was founded in 1985. The secretariat opened in January 1987 with Erik Sund as the first "
        "secretary-general. Erik Sund went on to become Westland's foreign secretary and later its ambassador in "
        "Arlen; he died in Brill in December 2008.\n\n== Organisation ==\n\nSecretaries-general:\n\n"
        "{| class=\"wikitable\"\n! Secretary-general !! Member state !! Took office\n|-\n| Erik Sund || Westland || 1987\n"
        "|-\n| Anna Berg || Eastland || 1989\n|-\n| Carl Dunn || Northland ||\n|-\n| Pavel Orlov || Southland || 2008\n"
        "|-\n| Maria Lind || Westland || 2023\n|}\n", encoding="utf-8")
    p = read(f)
    periods = {x.name: x.period for x in p.people if x.leader}
    # (the month the prose gives dates the table's term: `people._dated_start`)
    assert periods == {"Erik Sund": "January 1987–1989", "Anna Berg": "from 1989", "Carl Dunn": None,
                       "Pavel Orlov": "2008–2023", "Maria Lind": "since 2023"}, periods
    death = [e for e in p.events if e.date.iso == "2008-12"]
    assert death and death[0].background and death[0].title == "Erik Sund died in Brill", \
        [(e.title, e.background) for e in death]


def test_where_and_when_a_meeting_was_due_is_a_plan(tmp_path):
    """Set 43: SAARC's "The next summit was due in Islamabad in November 2016, but after an attack
    ... India said it would not attend" put a summit that never met on the timeline."""
    got = _read_history(tmp_path, "Blue Council", "a regional organisation", (
        "The council was founded in 1985. The eighteenth summit ended on 27 November 2014 with an agreement. The next "
        "summit was due in Arlen in November 2016, but Westland said in September that it would not attend."))
    assert got["2016-11"].background and not got["2014-11-27"].background, {k: (e.title, e.background) for k, e in got.items()}


def test_what_happened_where_on_its_own_day_is_its_own_happening(tmp_path):
    """Set 43: "It opened in Bhaktapur and moved to a closed session in Kathmandu, where, on 18
    December 2025, Oli beat the senior vice-chair ... to win a third term; Shankar Pokhrel was
    re-elected general secretary" gave the date to the convention's move, labelled "The
    Communist Party of Nepal moved to a closed session in Kathmandu"; the chairman's re-election
    was nowhere."""
    got = _read_history(tmp_path, "Blue Party", "a political party", (
        "The party was founded in 1991. He brought the next general convention forward. It opened in Arlen and moved "
        "to a closed session in Brill, where, on 18 December 2025, Orlov beat the senior vice-chair Anna Berg by "
        "roughly three votes to one to win a third term; Erik Sund was re-elected general secretary."))
    assert got["2025-12-18"].title.startswith("Orlov beat the senior vice-chair Anna Berg"), got["2025-12-18"].title


def test_who_took_charge_of_a_body_on_its_own_day(tmp_path):
    """Set 43: "Bangladesh put forward its ambassador to Malaysia, Md. Golam Sarwar, who took charge
    of the secretariat in October 2023 as its fifteenth secretary-general" dated the nomination
    by the day he took charge."""
    got = _read_history(tmp_path, "Blue Council", "a regional organisation", (
        "The council was founded in 1985. Westland put forward its ambassador to Eastland, Anna Berg, who took charge "
        "of the secretariat in October 2023 as its fifteenth secretary-general."))
    assert got["2023-10"].title.startswith("Anna Berg took charge of the secretariat"), got["2023-10"].title


def test_what_someone_was_named_as_stays_in_the_label(tmp_path):
    """Set 43: "the police also named two deputy chairmen, Bibit Samad Rianto and Chandra Hamzah,
    as suspects in an abuse-of-power case, ..." was labelled without "as suspects", which reads as
    their appointment; and "The board named Bernadette Meehan, ambassador to Chile from 2022 to
    2025, as chief executive" had kept the aside and lost the post."""
    got = _read_history(tmp_path, "Blue Commission", "an anti-corruption agency", (
        "The commission was founded in 2002. In September 2009 the police also named two deputy chairmen, Carl Dunn "
        "and Erik Sund, as suspects in an abuse-of-power case, leaving three of the five seats empty. On 3 March 2024 "
        "the board named Anna Berg, who had been the ambassador to Westland from 2019 to 2022, as chief executive."))
    assert "as suspects" in got["2009-09"].title, got["2009-09"].title
    assert got["2024-03-03"].title == "The board named Anna Berg as chief executive", got["2024-03-03"].title


def test_an_initial_none_of_the_leader_s_is_another_person_of_the_surname(tmp_path):
    """The BJP's "on 20 January 2026 the party's national returning officer, K. Laxman, declared
    him elected ... He took over from Nadda the same day" was labelled "Bangaru Laxman took over
    from J. P. Nadda": "He" had become the former president who shares the officer's surname."""
    f = tmp_path / "a.txt"
    f.write_text(
        "= Blue Party =\n\nThe Blue Party is a political party.\n\n== History ==\n\n"
        "Anna Laxman, the party's first president, was elected in 2000 and resigned in 2001.\n\n"
        "On 14 December 2025 the board appointed Carl Dunn, a member of the assembly, as working president. He was "
        "the only candidate when nominations closed, and on 20 January 2026 the party's returning officer, K. Laxman, "
        "declared him elected as its twelfth president. He took over from Erik Sund the same day.\n\n"
        "== Leadership ==\n\nPresidents:\n\n- Anna Laxman (2000–2001)\n- Erik Sund (2020–2026)\n- Carl Dunn (since 2026)\n",
        encoding="utf-8")
    took = [e for e in read(f).events if "took over" in e.title]
    assert took and took[0].title.startswith("Carl Dunn took over"), [e.title for e in took]


def test_a_lone_name_that_opens_another_persons_name_is_written_as_the_text_writes_it(tmp_path):
    """Set 44: the Special Forces Command's article calls Muhoozi Kainerugaba "Muhoozi", as Ugandan
    articles do, and names a different officer, David Muhoozi, in full; every label had written
    "David Muhoozi" for "Muhoozi" (the PAP's had written "Desmond Lee" for Lee Kuan Yew's "Lee")."""
    from briefkit.readers import read

    f = tmp_path / "g.txt"
    f.write_text(
        "= Blue Guard =\n\nThe Blue Guard is a special forces unit of Westland.\n\n== History ==\n\n"
        "In July 1997 a report said the president's son, Muhoozi Kainerugaba, was recruiting graduates. In August "
        "2012 Muhoozi was promoted to brigadier. On 9 January 2017 a different officer, Major General David Muhoozi, "
        "became chief of defence forces. On 16 December 2020 the president reappointed Muhoozi as commandant of "
        "the Blue Guard.\n\n== Commanders ==\n\n* Muhoozi Kainerugaba (2010–2017, 2020–2021)\n* Ada Berg "
        "(since 2022)\n", encoding="utf-8")
    got = {e.date.iso: e.title for e in read(f).events}
    assert "Muhoozi" in got["2020-12-16"] and "David Muhoozi" not in got["2020-12-16"], got
    assert "David Muhoozi" not in got["2012-08"], got


def test_a_relative_clause_of_an_opening_left_out_goes_with_it():
    """Set 44: "After protests over the arrest of the opposition candidate, in which at least 54
    people died, Museveni on 16 December 2020 reappointed Muhoozi" was labelled "In which at least
    54 people died, ..." (the Democratic Progressive Party's, Fine Gael's and the PAP's rows too)."""
    got = _labels_of("Acme grew for decades. After protests on 18 and 19 November over the arrest of the opposition "
                     "candidate Tom Ash, in which at least 54 people died, the board on 16 December 2020 appointed Ada "
                     "Berg as chief executive.")
    assert not got["2020-12-16"].lower().startswith("in which"), got
    assert "appointed Ada Berg" in got["2020-12-16"], got


def test_what_a_relative_clause_tells_of_a_person_is_left_out_of_the_label():
    """Set 44 (B'Tselem): "In mid-May 2001 he was succeeded by Jessica Montell, who had grown up in
    California, had worked for HaMoked and had joined B'Tselem in 1995" gave the row of 1995 "In
    mid-May 2001 he had joined B'Tselem", and "Hagai El-Ad, who had directed ACRI since July 2008
    and before that the Jerusalem Open House, became executive director in 2014" the row of 2014
    the relative clause alone. A comma before anything but the relative's own verb goes back to
    the clause ("elected Hatoyama, who was already prime minister, as the first president")."""
    got = _labels_of("Eitan Felner directed Acme for four years. In mid-May 2001 he was succeeded by Jessica Montell, "
                     "who had grown up in California, had worked for the rights group HaMoked and had joined Acme in "
                     "1995. Hagai El-Ad, who had directed the Association for Civil Rights in Israel since July 2008 and "
                     "before that the Jerusalem Open House, became executive director in 2014. On 5 April 2016 the "
                     "board elected Tom Ash, who was already chairman of its audit committee, as the first president.")
    assert "1995" not in got, got
    assert got["2001-05"].endswith("succeeded by Jessica Montell") and not got["2001-05"].startswith("In mid"), got
    assert got["2014"] == "Hagai El-Ad became executive director", got
    assert got["2016-04-05"].endswith("as the first president"), got


def test_a_successors_earlier_career_in_the_past_perfect_is_background():
    """Set 44: "His successor, the lawyer Yuli Novak, had directed the veterans' testimony group
    Breaking the Silence from 2012 to 2017" was a row of B'Tselem's timeline in 2012."""
    p = Profile.model_validate({
        "names": {"title": "Acme"},
        "lead": [{"kind": "paragraph", "text": "Acme is a rights group founded in 1989."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            "Hagai El-Ad stepped down in June 2023 after nine years. His successor, the lawyer Yuli Novak, had "
            "directed the veterans' testimony group Breaking the Silence from 2012 to 2017.")}]}],
    })
    events, _ = extract_events(p)
    [e] = [e for e in events if e.date.year == 2012]
    assert e.background, e


def test_an_infobox_span_to_the_present_is_a_forming_beside_its_first_day():
    """Set 44: "Dates: May 1981 – present (as the High Command Unit), 2012 – present (as SFC)" was
    the first row of the Special Forces Command's timeline, word for word, as a label."""
    p = Profile.model_validate({
        "names": {"title": "Blue Command"},
        "facts": [{"label": "Dates", "text": "May 1981 – present (as the High Command Unit), 2012 – present (as SFC)"}],
        "lead": [{"kind": "paragraph", "text": "The Blue Command is a special forces unit."}],
    })
    events, _ = extract_events(p)
    [e] = [e for e in events if e.date.iso == "1981-05"]
    assert e.title == "Formed as the High Command Unit" and e.kind == "founding", e


def _read_events(tmp_path, text: str) -> dict[str, str]:
    from briefkit.readers import read

    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    return {e.date.iso: e.title for e in read(f).events}


def _event_list(tmp_path, text: str) -> list:
    """Every event read from `text`, two of one date included (`_read_events` keeps the last)."""
    from briefkit.readers import read

    f = tmp_path / "r.txt"
    f.write_text(text, encoding="utf-8")
    return read(f).events


def test_him_after_sentences_that_name_only_courts_is_the_person_named_before(tmp_path):
    """Set 44's review (Bank of Thailand): "October 2016: The Supreme Court cleared him for good"
    on the snapshot; the courts named in capitals before the clause are no people."""
    got = _read_events(tmp_path, (
        "= Blue Bank =\n\nThe Blue Bank is the central bank of Westland.\n\n== History ==\n\nTom Ash was governor "
        "from 1990 to 1997. A civil suit was filed against Ash in 2001. On 31 May 2005 the Westland Civil Court "
        "ordered him to pay the bank 186 billion crowns, but the Appeal Court overturned the judgment in 2010, and "
        "in October 2016 the Supreme Court cleared him for good.\n\n== Governors ==\n\n* Tom Ash (1990–1997)\n"
        "* Ada Berg (since 2020)\n"))
    assert got["2016-10"] == "The Supreme Court cleared Tom Ash for good", got


def test_a_leader_called_by_the_given_name_is_that_leader(tmp_path):
    """Set 44 (Ethiopian Airlines) and the WHO: "Mohammed died in Addis Ababa" of Mohammed Ahmed,
    "Tedros took office" of Tedros Adhanom Ghebreyesus; a sentence whose subject is someone not
    recognised ("Lula was jailed ...") leaves the next "him" unnamed, not the leader named before."""
    got = _read_events(tmp_path, (
        "= Blue Air =\n\nBlue Air is the flag carrier of Westland.\n\n== History ==\n\nIn 1980 Mohammed Ahmed became "
        "chief executive. In 2011 the board named Ada Berg. Lula was jailed in Curitiba on 7 April 2018. A national "
        "convention confirmed him as the party's candidate on 4 August 2018. Mohammed stayed in charge until 1991 "
        "and went on to lead the airlines' association; he died in Addis Ababa on 26 November 2024.\n\n"
        "== Leadership ==\n\n* Mohammed Ahmed (1980–1991)\n"
        "* Ada Berg (since 2011)\n"))
    assert got["2024-11-26"].startswith("Mohammed Ahmed died"), got
    assert "Ada Berg" not in got["2018-08-04"], got


def test_a_former_heads_death_is_his_life_when_the_article_tells_only_his_start_and_a_successor(tmp_path):
    """A review of Ethiopian Airlines' brief: "26 November 2024: Mohammed Ahmed died in Addis
    Ababa" was a key event of the airline, though the table had later chief executives from 2004
    on; only his start (1980) was told, so his term had no end to compare the death with."""
    from briefkit.readers import read

    f = tmp_path / "e.txt"
    f.write_text(
        "= Blue Air =\n\nBlue Air is the flag carrier of Westland.\n\n== History ==\n\nBlue Air was founded in 1945. "
        "Tom Ash took charge in 1980. Ash stayed in charge until 1991 and went on to lead the airlines' association; "
        "he died in Brill on 26 November 2024.\n\n== Leadership ==\n\n{| class=\"wikitable\"\n! Name !! Post !! Took "
        "office\n|-\n| Tom Ash || Chief executive || 1980\n|-\n| Carl Dunn || Chief executive ||\n|-\n| Ada Berg || "
        "Chief executive || 2004\n|}\n", encoding="utf-8")
    [death] = [e for e in read(f).events if e.date.iso == "2024-11-26"]
    assert death.background, death


def test_taking_over_told_right_after_a_dated_sentence_is_of_its_day(tmp_path):
    """Set 44 (a must-have): "Late on 9 January 2017 Museveni moved Muhoozi to the post of senior
    presidential adviser. Colonel Don Nabasa, commander of the 1st Special Forces Group, took over
    as acting commander ..." had no row. Not after a sentence of two dates (which one?), nor with
    a time of its own or one that says it was not at once ("then", "later")."""
    got = _read_events(tmp_path, (
        "= Blue Guard =\n\nThe Blue Guard is a special forces unit of Westland.\n\n== History ==\n\n"
        "Late on 9 January 2017 the president moved Tom Ash to the post of adviser. Colonel Ada Berg, commander of "
        "the 1st Group, took over as acting commander and rose to major general within two years. On 20 July 2019 "
        "Berg left for a course, and on 11 August she spoke at a college. Carl Dunn took charge as acting commander."
        " In March 2021 Dunn retired. Eva Holm later took over as commander.\n"))
    assert got.get("2017-01-09", "").startswith("Colonel Ada Berg took over as acting commander"), got
    assert not any("took charge" in t for t in got.values()) and not any("Eva Holm" in t for t in got.values()), got


def test_taking_over_after_a_sentence_that_goes_on_to_a_season_is_of_that_year(tmp_path):
    """People in Need (a must-have): "In July 2005 Pojar moved to the foreign ministry as an adviser,
    and in the autumn he became a deputy foreign minister. Pánek succeeded him as executive
    director." had dated the succession July 2005, the day of the move, and merged it away; the
    autumn is later in that year. A sentence that goes on to "later" dates nothing."""
    got = _read_events(tmp_path, (
        "= Blue Aid =\n\nBlue Aid is a relief organisation in Westland.\n\n== History ==\n\n"
        "Blue Aid was founded in 1992. In July 2005 Tom Ash moved to the foreign ministry as an adviser, and in the "
        "autumn he became a deputy foreign minister. Ada Berg succeeded him as executive director. In March 2011 "
        "Berg fell ill and later left the country. Carl Dunn took over as executive director.\n"))
    assert got.get("2005", "").startswith("Ada Berg succeeded Tom Ash as executive director"), got
    assert not any(d.startswith("2005-07") and "succeeded" in t for d, t in got.items()), got
    assert not any("Carl Dunn" in t for t in got.values()), got


def test_one_of_a_group_of_a_year_in_apposition_lends_no_year(tmp_path):
    """National Police of Peru (a must-have): "... three days later General Vicente Tiburcio Orbezo,
    one of the GEIN officers of 1992, was promoted ... Tiburcio lasted less than four months: on 24
    May ... he was replaced by the inspector general, Luis Vera Llerena." had dated the replacement
    24 May 1992, the year of the group the aside named, and labelled it with the summary before
    the colon. The row is of 2022 and tells the replacement, its "he" the one the summary named."""
    got = _read_events(tmp_path, (
        "= Blue Guard =\n\nThe Blue Guard is the national police of Westland.\n\n== History ==\n\n"
        "The Blue Guard was formed in 1988. Carl Dunn's removal was made official on 31 January 2022, and three "
        "days later General Tom Ash, one of the GEIN officers of 1992, was put in command. Ash lasted less than "
        "four months: on 24 May, two days after a new minister was sworn in, he was replaced by the inspector "
        "general, Ada Berg.\n"))
    assert "1992-05-24" not in got, got
    assert got.get("2022-05-24") == "Tom Ash was replaced by the inspector general, Ada Berg", got


def test_a_summary_before_a_colon_stays_where_the_clause_after_it_names_its_owner(tmp_path):
    """The summary's own pronouns and times keep it: "Bernhard's presidency ended in disgrace: on 26
    August 1976 a commission reported on his dealings" ("his" has its owner only before the colon),
    "Four years later he gave it the name ...: on 1 September 1951 a biplane left Nausori" (a
    happening dated by a time of its own); "The Agency went its own way: in 2024 it merged" (no
    name to give "it")."""
    got = _read_events(tmp_path, (
        "= Blue Aid =\n\nBlue Aid is a relief organisation in Westland.\n\n== History ==\n\n"
        "Blue Aid was founded in 1947. Tom Ash's presidency ended in disgrace: on 26 August 1976 a commission "
        "reported on his dealings with an aircraft maker. Four years later Ada Berg gave it a new name and began "
        "flights: on 1 September 1980 a biplane left Nausori. The office went its own way: in January 2024 it "
        "merged with the Red Office.\n"))
    assert got.get("1976-08-26", "").startswith("Tom Ash's presidency ended in disgrace"), got
    assert "new name" in got.get("1980-09-01", ""), got
    assert got.get("2024-01", "").startswith("The office went its own way"), got


def test_two_changes_of_leader_that_name_no_one_in_common_are_two_rows(tmp_path):
    """National Police of Peru (a must-have): "Merino resigned the next day" (the country's
    president) and "The commander general, Lieutenant General Orlando Velasco Mujica, and the two
    generals next in line ... resigned in protest that month" were one row, and the generals'
    resignation then one with the successor's taking office: the rank "General" both name is no
    person in common."""
    from briefkit.readers import read

    f = tmp_path / "r.txt"
    f.write_text(
        "= Blue Guard =\n\nThe Blue Guard is the national police of Westland.\n\n== History ==\n\n"
        "The Blue Guard was formed in 1988. On 14 November 2020 police fired on marchers. President Eva Holm "
        "resigned the next day. On 23 November the new president, Finn Lund, announced that General Tom Ash would "
        "command the police, and Ash took office the next day. The commander general, Lieutenant General Carl "
        "Dunn, and the two generals next in line resigned in protest that month.\n", encoding="utf-8")
    rows = [e for e in read(f).events if e.date.iso.startswith("2020-11")]
    dunn = [e for e in rows if "Carl Dunn" in e.text]
    assert len(dunn) == 1 and dunn[0].date.iso == "2020-11" and "Holm" not in dunn[0].text, rows
    assert not any("Carl Dunn" in r for e in rows if e is not dunn[0] for r in (e.text, *e.retold)), rows


def test_another_force_striking_a_unit_it_names_no_owner_for_is_the_organisations_history(tmp_path):
    """Set 65 (the Botswana Defence Force, a must-have): "On the evening of 27 February 1978
    Rhodesian troops ambushed a platoon of some thirty-five soldiers near the village of Lesoma"
    was background, another body's act; the platoon is the force's own. Not an attack on a unit
    the clause gives to another ("a Zambian patrol" stays the neighbour's)."""
    got = {e.date.iso: e for e in _history_profile_events(tmp_path, (
        "The force was less than a year old when it suffered its heaviest loss. On the evening of 27 February 1978 "
        "Rhodesian troops ambushed a platoon of some thirty-five soldiers near the village of Lesoma. On 3 March "
        "1979 Rhodesian troops ambushed a Zambian patrol near Kazungula."))}
    assert not got["1978-02-27"].background, got
    assert got["1979-03-03"].background, got


def _history_profile_events(tmp_path, text: str):
    from briefkit.readers import read

    f = tmp_path / "h.txt"
    f.write_text("= Blue Defence Force =\n\nThe Blue Defence Force is the army of Westland.\n\n== History ==\n\n"
                 "The Blue Defence Force was formed in April 1977. " + text + "\n", encoding="utf-8")
    return read(f).events


def test_the_first_holder_and_one_installed_there_are_of_the_time_just_told(tmp_path):
    """Set 65 (WANEP, two must-haves): "After two years of research WANEP formally began work in
    1998, with a regional secretariat in Accra. Doe became its first executive director" had no
    row for Doe, and the beginning read "With a regional secretariat in Accra"; "Bombande handed
    over at the general assembly held in Accra in January 2015 ... Eze, a graduate who had come
    into peace work around 2000, was installed there as the network's third executive director"
    none for Eze (the aside's year is his, not the row's)."""
    from briefkit.readers import read

    f = tmp_path / "n.txt"
    f.write_text((
        "= Blue Network =\n\nThe Blue Network is a network of peace groups in Westland.\n\n== History ==\n\n"
        "The plan for a regional network was conceived in 1996. After two years of research the network formally "
        "began work in 1998, with a regional secretariat in Accra. Tom Doe became its first executive director and "
        "Ada Berg its first director of programmes.\n\nBerg handed over at the general assembly held in Accra in "
        "January 2015. Carl Eze, a graduate who had come into peace work around 2000, was installed there as the "
        "network's third executive director.\n"), encoding="utf-8")
    got = [(e.date.iso, e.title) for e in read(f).events]
    assert ("1998", "After two years of research the network formally began work") in got, got
    assert any(d == "1998" and t.startswith("Tom Doe became its first executive director") for d, t in got), got
    assert any(d == "2015-01" and t.startswith("Carl Eze was installed") for d, t in got), got
    assert not any(d.startswith("2000") for d, _ in got), got


def test_a_choice_told_without_a_time_after_the_day_of_a_meeting_is_of_that_day(tmp_path):
    """Set 65 (the DPS of Montenegro, two must-haves): "On 28 January 2024 the party held its first
    direct leadership election. Polling stations opened ... Živković, the only candidate for
    president, was elected" and "The conflict came to a head on Friday 11 July 1997. Bulatović
    refused to chair the Main Board ... The remaining 62 of the board's 99 members relieved him of
    the party presidency" had no rows. Not a deputy's election, nor one at a meeting the clause
    names ("At the tenth convention, held in Chitwan, Oli was re-elected"), nor one told in a
    relative clause, nor past two undated sentences."""
    from briefkit.readers import read

    f = tmp_path / "m.txt"
    f.write_text(
        "= Blue Party =\n\nThe Blue Party is a political party in Westland.\n\n== History ==\n\n"
        "The Blue Party was founded in 1990.\n\nThe conflict came to a head on Friday 11 July 1997. Tom Ash refused to "
        "chair the Main Board and walked out. The remaining members relieved him of the party presidency.\n\n"
        "On 28 January 2024 the party held its first direct leadership election. Polling stations opened in all "
        "towns. Carl Dunn, the only candidate for president, was elected. Eva Holm was elected deputy president.\n\n"
        "On 25 August 2021 the Election Commission registered a faction. At the tenth convention, held in Chitwan, "
        "Ada Berg was re-elected chairman.\n", encoding="utf-8")
    got = [(e.date.iso, e.text) for e in read(f).events]
    assert any(d == "1997-07-11" and "relieved him of the party presidency" in t for d, t in got), got
    assert any(d == "2024-01-28" and "Carl Dunn, the only candidate" in t for d, t in got), got
    assert not any("Eva Holm" in t for _, t in got), got
    assert not any("Ada Berg" in t for _, t in got), got


def test_a_committee_that_chose_its_president_after_a_congress_did_so_that_day(tmp_path):
    """Set 68 (the Tunisian League for Human Rights, two must-haves): "Its sixth congress ... met
    in Tunis on 8-10 September 2011 ... Two lists competed for the steering committee, and the
    committee chose as president Abdessattar Ben Moussa" and "The new committee elected Jamel
    Msallem as president", two sentences after the seventh congress, had no rows: a choice with
    the post before the name, one of a name of two words, and one in a clause after ", and"
    are the meeting's choices too, and changes of leader, dated to the month of the meeting's last
    day when it met on more days than one."""
    got = [(e.date.iso, e.kind, e.text) for e in _event_list(tmp_path, (
        "= Blue League =\n\nThe Blue League is a human rights organisation.\n\n== History ==\n\n"
        "The league was founded in 1976.\n\nIts sixth congress met in Tunis on 8–10 September 2011 with 184 "
        "delegates. Tom Ash did not stand again. Two lists competed for the steering committee, and the committee "
        "chose as president Carl Dunn, a former head of the bar association.\n\n"
        "The seventh congress opened on 30 September 2016 in Tunis and continued in Hammamet on 1 and 2 October. "
        "Carl Dunn declined to run again. The new "
        "committee elected Eva Holm Berg as president.\n\n== Leadership ==\n\nThe league is led by a president. Its "
        "presidents have been Tom Ash, Carl Dunn and Eva Holm Berg.\n"))]
    # (in the month of the meeting's last day: on which of its days, the text does not say)
    assert ("2011-09", "leadership") in [(d, k) for d, k, t in got if "chose as president Carl Dunn" in t], got
    assert ("2016-10", "leadership") in [(d, k) for d, k, t in got if "elected Eva Holm Berg" in t], got


def test_a_family_party_that_calls_its_leaders_by_given_names_has_rows_that_name_them(tmp_path):
    """Set 68 (the Pakistan Peoples Party, three labels): "When Nusrat, ill with cancer, was
    allowed to go abroad for treatment in 1982, Benazir became acting head of the party" had read
    "Ill with cancer, was allowed to go abroad for treatment, Benazir became ..." (the comma after
    the opening's subject opened what is said of her, not the opening's end); "..., and by
    January 1984 she was being described as its chairperson" and, after "Benazir came home ...
    under an amnesty agreed with Musharraf", "She was assassinated" had kept their pronouns: the
    main clause's subject after an opening that names another, a given name no other of them
    bears, and a participle after a preposition's object, which has no subject of its own."""
    got = {e.date.iso: e.label for e in _event_list(tmp_path, (
        "= Blue People's Party =\n\nThe Blue People's Party is a political party in Westland.\n\n== History ==\n\n"
        "The party was founded in 1967. Under General Pervez Musharraf, who seized power in October 1999, the party "
        "was barred.\n\nWhen Ada, ill with cancer, was allowed to go abroad for treatment in 1982, Bea became acting "
        "head of the party, and by January 1984 she was being described as its chairperson.\n\nBea came home on 18 "
        "October 2007 under an amnesty agreed with Musharraf. She was assassinated on 27 December 2007 as she left a "
        "rally.\n\n== Leadership ==\n\nIts chairpersons have been Ada Holm and Bea Holm.\n"))}
    assert got.get("1982") == "Bea became acting head of the party", got
    assert got.get("1984-01", "").startswith("Bea Holm was being described"), got
    assert got.get("2007-12-27", "").startswith("Bea Holm was assassinated"), got


def test_a_row_dated_by_the_reason_it_opens_on_tells_what_was_done(tmp_path):
    """Set 68 (the Reserve Bank of New Zealand): "Because his term expired on 26 September, three
    days after the general election, the finance minister ... appointed the deputy governor ..."
    had the row "Because his term expired, three days after the general election": why, then
    what was done, which the row tells, without how the opening's date stood to another."""
    got = {e.date.iso: e.label for e in _event_list(tmp_path, (
        "= Test Reserve Bank =\n\nThe Test Reserve Bank is a central bank.\n\n== History ==\n\nThe bank was founded "
        "in 1934. Because his term expired on 26 September 2017, three days after the general election, the finance "
        "minister, Carl Dunn, appointed the deputy governor, Eva Holm, acting governor.\n"))}
    assert got.get("2017-09-26", "").startswith("The finance minister, Carl Dunn, appointed"), got


def test_a_participle_that_only_carried_the_date_goes_with_it(tmp_path):
    """Set 68 (Mexico's National Guard): "An agreement published in April 2020, which took effect
    on 30 April, created a Directorate General of Special Services" had the row "An agreement
    published": the participle is no verb, so the "which" clause was an aside; and once the date
    goes, "published" says nothing. "The company reported increased profits" keeps its verb."""
    got = {e.date.iso: e.label for e in _event_list(tmp_path, (
        "= Test Guard =\n\nThe Test Guard is a national guard.\n\n== History ==\n\nThe guard was founded in 2019. "
        "An agreement published in April 2020, which took effect on 30 April, created a Directorate General of "
        "Special Services (Dirección General de Servicios Especiales) and placed nine specialised units under it. "
        "In 2021 the guard reported increased arrests in its annual report.\n"))}
    assert got.get("2020-04") == "An agreement created a Directorate General of Special Services", got
    assert got.get("2021", "").startswith("The guard reported increased arrests"), got


def test_it_that_took_effect_the_next_day_is_the_law_the_sentence_before_named(tmp_path):
    """Set 68 (Mexico's National Guard): "The Chamber of Deputies approved a new constitutional
    reform on 19 September 2024 ... It took effect the next day." had the row "It took effect":
    a law's "it" opening a sentence is the law the sentence before named last."""
    got = {e.date.iso: e.label for e in _event_list(tmp_path, (
        "= Test Guard =\n\nThe Test Guard is a national guard.\n\n== History ==\n\nThe guard was founded in 2019. "
        "The Chamber of Deputies approved a new constitutional reform on 19 September 2024, and it was published on "
        "30 September 2024. It took effect the next day.\n"))}
    assert got.get("2024-10-01") == "The constitutional reform took effect", got
    # ("The law establishing the office was signed ...": which law, only the words after it say;
    # the row had read "The Basic Law came into force", a law named two sentences before)
    got = {e.date.iso: e.label for e in _event_list(tmp_path, (
        "= Test Office =\n\nThe Test Office is a police agency.\n\n== History ==\n\nThe Basic Law of 1949 left "
        "policing to the states. The law establishing the office was signed by the president on 8 March 1951. It "
        "came into force a week later, on 15 March 1951, giving the office its legal basis.\n"))}
    assert not got.get("1951-03-15", "").startswith(("The Basic Law", "The law came")), got


def test_taking_a_post_dated_only_by_the_persons_career_aside_is_of_the_time_just_told(tmp_path):
    """Set 65 (Ooredoo, a must-have): "In November 2015 the company announced that Marafih would
    step down ... He joined the board as an adviser to the chairman, and Sheikh Saud ..., who had
    worked for the company since 1990 and had been chief executive of Ooredoo Qatar since 2011,
    became group chief executive" was a row of 1990, background: the aside's years are his."""
    got = _read_events(tmp_path, (
        "= Blue Telecom =\n\nBlue Telecom is a telecommunications company in Westland.\n\n== History ==\n\n"
        "Blue Telecom was founded in 1987. In 2006 Tom Ash became chief executive. In November 2015 the company "
        "announced that Ash would step down. He joined the board as an adviser to the chairman, and Ada Berg, who had "
        "worked for the company since 1990 and had been chief executive of Blue Qatar since 2011, became group chief "
        "executive.\n"))
    assert got.get("2015-11", "").startswith("Ada Berg became group chief executive") or \
        any(t.startswith("Ada Berg became group chief executive") for t in got.values()), got
    assert "1990" not in got, got


def test_a_trailing_followed_by_list_neither_dates_nor_labels_the_clause(tmp_path):
    """Set 65 (Ooredoo, a must-have): "It became Qatar Telecom (Qtel) Q.S.C. and listed its shares on
    the Doha Securities Market the same year, followed by London in 1999, Abu Dhabi in 2001 and
    Bahrain in 2002" was a row of 1999; "the same year" is the year just told, 1998."""
    got = _read_events(tmp_path, (
        "= Blue Telecom =\n\nBlue Telecom is a telecommunications company in Westland.\n\n== History ==\n\n"
        "Blue Telecom was founded in 1987. In 1998 the government sold part of the corporation to the public. It "
        "became Blue Telecom Q.S.C. and listed its shares on the Doha market the same year, followed by London in "
        "1999, Abu Dhabi in 2001 and Bahrain in 2002.\n"))
    assert "1999" not in got and "2001" not in got, got
    assert any("listed its shares on the Doha market" in t and "London" not in t for d, t in got.items()
               if d == "1998"), got


def test_a_change_of_standing_told_right_after_the_day_that_brought_it_is_of_that_day(tmp_path):
    """Set 65 (Taiwan's Coast Guard Administration, a must-have): "The Ocean Affairs Council was
    finally inaugurated on 28 April 2018 in Kaohsiung ... The administration lost its cabinet rank
    and became one of the council's agencies" had no row. Not a change told over a decade ("lost its
    core funding from the government during the 1980s")."""
    from briefkit.readers import read

    f = tmp_path / "c.txt"
    f.write_text(
        "= Blue Guard Administration =\n\nThe Blue Guard Administration is the coast guard of Westland.\n\n"
        "== History ==\n\nThe Blue Guard Administration was created in 2000. The Ocean Council was finally "
        "inaugurated on 28 April 2018 in Kaohsiung. The administration lost its cabinet rank and became one of the "
        "council's agencies.\n\nOn 14 April 1943 the ministry opened a school. The administration lost its core "
        "funding from the government during the 1980s.\n", encoding="utf-8")
    events = read(f).events
    assert any(e.date.iso == "2018-04-28" and "lost its cabinet rank" in " ".join([e.text, *e.retold])
               for e in events), events
    assert not any("core funding" in e.text and e.date.iso.startswith("1943") for e in events), events


def test_a_count_from_the_day_before_then_a_verb_with_a_terms_end_is_of_that_day(tmp_path):
    """Set 66 (the Independence Party of Iceland, a must-have): "On the night of 10 July 1970 he died
    in a fire ... Jóhann Hafstein succeeded him as chairman and as prime minister the same day and
    led the party until 1973" was a row of 1973, the end of the term the next verb told."""
    got = _read_events(tmp_path, (
        "= Blue Party =\n\nThe Blue Party is a political party in Westland.\n\n== History ==\n\n"
        "The Blue Party was founded in 1929. Tom Ash became chairman in 1961. On the night of 10 July 1970 Ash died "
        "in a fire. Ada Berg succeeded him as chairman the same day and led the party until 1973.\n"))
    assert "1973" not in got, got
    assert any(d == "1970-07-10" and t.startswith("Ada Berg succeeded") for d, t in got.items()), got


def test_a_loose_count_of_days_or_weeks_dates_no_day(tmp_path):
    """Set 66 (the Armed Forces of Armenia, a must-have): "Just over a week later President Vahagn
    Khachaturyan appointed Major General Eduard Asryan" was dated to a day the text does not give;
    "just over a week" after 6 July is in July, as close as it says. "A week later" stays a day."""
    got = _read_events(tmp_path, (
        "= Blue Guard =\n\nThe Blue Guard is the army of Westland.\n\n== History ==\n\nThe Blue Guard was formed "
        "in 1992. On 6 July 2022 Tom Ash was dismissed as chief. Just over a week later the president appointed Ada "
        "Berg as chief. On 3 March 2023 Berg opened a school. A week later she closed a depot.\n"))
    assert got.get("2022-07", "").startswith("The president appointed Ada Berg"), got
    assert "2023-03-10" in got, got


def test_what_a_court_does_is_done_by_the_court_the_sentence_before_named(tmp_path):
    """Set 66 (the Independence Party of Iceland): "... voted to indict Geir before the Landsdómur, a
    court for ministers ... On 23 April 2012 it found him guilty on one charge" was labelled "The
    Independence Party found Geir H. Haarde guilty"."""
    got = _read_events(tmp_path, (
        "= Blue Party =\n\nThe Blue Party is a political party in Westland.\n\n== History ==\n\n"
        "The Blue Party was founded in 1929. Tom Ash became chairman in 2005. In September 2010 the parliament voted "
        "to indict Ash before the Landsdómur, a court for ministers that had never sat. On 23 April 2012 it found "
        "him guilty on one charge.\n"))
    assert got.get("2012-04-23", "").startswith("Landsdómur found Tom Ash guilty"), got


def test_counts_of_up_to_nineteen_date_and_a_count_after_what_the_clause_names_does_not(tmp_path):
    """Set 66 (Ecopetrol, a must-have): "Thirteen years later it bought the Cartagena refinery" had no
    row (the counts stopped at twelve). "Fifteen years after it began, oral rehydration was used in
    most rural homes" counts from what the clause names, not from the time told; and "a majority of
    its own thirty years later" is too long a span to count from the time just told."""
    from briefkit.readers import read

    f = tmp_path / "n.txt"
    f.write_text(
        "= Blue Oil =\n\nBlue Oil is an oil company in Westland.\n\n== History ==\n\nBlue Oil was founded in 1951. "
        "In 1961 it opened its first refinery. Thirteen years later it bought the Cartagena refinery.\n\nIn 1972 it "
        "began a health programme. Fifteen years after it began, oral rehydration was used in most rural homes.\n",
        encoding="utf-8")
    got = [(e.date.iso, e.title) for e in read(f).events]
    assert ("1974", "Blue Oil bought the Cartagena refinery") in got, got
    assert not any(d == "1987" for d, _ in got), got


def test_an_infobox_forming_and_the_sentence_that_tells_it_are_one_row():
    """Set 44's snapshot: "May 1981: The High Command Unit was formed at Kyererezi" and "May 1981:
    Formed as the High Command Unit" (the infobox's span) were two key events."""
    p = Profile.model_validate({
        "names": {"title": "Blue Command"},
        "facts": [{"label": "Dates", "text": "May 1981 – present (as the High Command Unit), 2012 – present (as SFC)"}],
        "lead": [{"kind": "paragraph", "text": "The Blue Command is a special forces unit."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            "The High Command Unit (HCU) was formed in May 1981 at Kyererezi, in the first months of the war.")}]}],
    })
    events, _ = extract_events(p)
    rows = [e for e in events if e.date.iso == "1981-05"]
    assert len(rows) == 1 and rows[0].kind == "founding" and "Kyererezi" in rows[0].title, rows


def test_a_seat_taken_for_another_party_is_the_persons_career():
    """Set 44 (B'Tselem): "She entered the Knesset for Meretz in 1999", of its first director, was
    a row of the organisation's timeline; a party's own member elected for it stays the party's."""
    def rows(title: str, text: str) -> dict:
        p = Profile.model_validate({
            "names": {"title": title},
            "lead": [{"kind": "paragraph", "text": f"The {title} is an organisation founded in 1989."}],
            "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": text}]}],
        })
        return {e.date.iso: e for e in extract_events(p)[0]}

    got = rows("Blue Watch", "Ada Berg became its first director in 1989. Ada Berg entered the Knesset for Green Dawn "
                             "in 1999.")
    assert got["1999"].background, got["1999"]
    party = rows("Green Dawn", "Tom Ash joined the party in 1990. Tom Ash was elected to parliament for the Green Dawn "
                               "in 1999.")
    assert not party["1999"].background, party["1999"]


def test_him_is_not_the_one_the_clause_calls_by_a_word_of_their_name():
    """Set 43 (Bank of Thailand): "Chatu Mongol soon fell out with the new prime minister, Thaksin
    Shinawatra, ..., and Thaksin dismissed him" read "Thaksin dismissed him": two people named
    before the clause, though the clause's own actor, called by one word of his name, cannot be
    the "him" he dismissed."""
    rows = _history_events("Blue Bank", "a central bank", (
        "The bank was founded in 1942. Ada Berg Lind soon fell out with the new prime minister, Tomas Ekholm, "
        "over interest rates, and Tomas dismissed him at the end of May 2001. Rob Verkerk later led the "
        "navy, from 2014 until September 2017, when Admiral Rob Kramer succeeded him as commander of the navy."))
    assert rows["2001-05"].label == "Tomas dismissed Ada Berg Lind", rows["2001-05"].label
    # a word of a name the clause gives in full is that name's: the one before stays whom "him" means
    assert "succeeded Rob Verkerk" in rows["2017-09"].label, rows["2017-09"].label


def test_they_after_a_plural_subject_with_an_aside_is_that_subject():
    """Set 43 (SAARC): "the seven leaders, among them ..., gathered in Dhaka ..., and on 8 December
    1985 they signed the charter" read "They signed the charter ...": the aside between the
    plural subject and its verb hid whom "they" means."""
    rows = _history_events("Blue Union", "a regional union", (
        "The host was the president, Carl Berg. The five leaders, among them Anna Lind of Ostland and Per Holm of "
        "Westmark, gathered in Riga for the first summit, and on 8 December 1985 they signed the charter that "
        "brought the union into being."))
    assert rows["1985-12-08"].label.startswith("The five leaders signed the charter"), rows["1985-12-08"].label


def test_a_participle_aside_after_the_subject_leaves_a_long_label():
    """Set 43 (CPN (UML)): "on 7 March 2021 the Supreme Court, settling a dispute over the merged
    party's name, restored the UML and the Maoist Centre as separate parties" read "The Supreme
    Court, settling a dispute over the UML merged party's name, restored the UML": the aside kept,
    the parties cut, and "the merged party" taken for a thing called "the UML merged"."""
    rows = _history_events("Blue Party", "a political party", (
        "In May 2018 the Blue Party merged with the Red Party to form the Purple Party, with two chairmen. "
        "The union broke down amid quarrels, and on 7 March 2021 the Supreme Court, settling a dispute over the "
        "merged party's name, restored the Blue Party and the Red Party as separate parties."))
    assert rows["2021-03-07"].label == "The Supreme Court restored the Blue Party and the Red Party as separate parties", \
        rows["2021-03-07"].label


def test_a_holder_taking_or_leaving_the_post_in_other_words_is_a_change_of_leader():
    """Set 42 (BRAC): "Asif Saleh took the post permanently" was "other", ranked below a report's
    publication. So were "became the utility's first chief executive", "quit as well", "was sworn
    in at State House" and "asked to be retired". Not "quit the coalition": leaving another body.
    And a person called Ash or Storm is no weather: "Tom Ash asked to be retired" had been read
    as what nature did, background."""
    from briefkit.extract.events import classify
    from briefkit.extract.subject import Subject

    subject = Subject(Profile.model_validate({"names": {"title": "Blue Trust"},
                                              "lead": [{"kind": "paragraph", "text": "The Blue Trust is a charity."}]}))
    for text in ("Ada Berg became the trust's first chief executive in 1980.",
                 "Carl Berg, director since 1990, quit in March 2001.", "quit in March 2001",
                 "Anna Lind was sworn in at the town hall in May 2001.", "Per Holm took the post permanently in 2003.",
                 "Tom Ash asked to be retired at the end of June 2010.", "Anna Storm took over as director in 2011."):
        assert classify(text, subject) == "leadership", text
    assert classify("Eva Holm quit the coalition in 2012.", subject) != "leadership"
    assert classify("An avalanche at Vik killed 14 people in 1995.", subject) == "background"


def test_he_after_the_setting_and_the_verb_after_and_then_are_the_sentences_own():
    """Set 42 (Eskom): "At a board meeting on 28 October 2009 he offered to resign amid a dispute
    with the chairman, Bobby Godsell, and then denied having done so" gave two rows, "At a board
    meeting on 28 October 2009 he offered to resign ..." and "Then denied having done so", the
    second on the snapshot. The "he" is the chief executive of the sentence before, and so is
    whoever denied; the chairman named in the clause is neither."""
    rows = [e for e in extract_events(Profile.model_validate({
        "names": {"title": "Blue Power"},
        "lead": [{"kind": "paragraph", "text": "Blue Power is a state-owned electricity company."}],
        "people": [{"name": "Tom Berg", "role": "Chief executive", "leader": True},
                   {"name": "Carl Holm", "role": "Chairman", "leader": True}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            "Tom Berg, who had run the transmission division, became chief executive in 2007. At a board meeting on "
            "28 October 2009 he offered to resign amid a dispute with the chairman, Carl Holm, and then denied having "
            "done so.")}]}],
    }))[0] if e.date.iso == "2009-10-28"]
    labels = [e.label for e in rows]
    # (the row's own day beside it is not said again in the label: "At a board meeting, ...")
    assert any(l.startswith("At a board meeting, Tom Berg offered to resign") for l in labels), labels
    assert all("Carl Holm denied" not in l and not l.startswith("Then") for l in labels), labels


def test_he_after_a_sentence_naming_several_is_its_subject_through_adverbs_and_relatives():
    """Held-out labels read "He announced that he would step down" after "Instead, on 6 May 2016,
    Kenny was re-elected Taoiseach at the head of a minority government that Fianna Fáil supported
    from outside", and "He removed all 32 Liberal senators" after "Justin Trudeau, the eldest son
    of Pierre Trudeau, won the leadership ... in a vote open to registered supporters": a
    sentence adverb before the date, a relative clause with a subject of its own, a word in -ed
    after a preposition, and a surname shared with a father named in full, each had hidden the
    subject."""
    from briefkit.extract.events import _last_subject

    assert _last_subject("Instead, on 6 May 2016, Berg was re-elected at the head of a government that Green Dawn "
                         "supported from outside.", ["Tom Berg", "Green Dawn"]) == "Tom Berg"
    assert _last_subject("Anna Lind, the eldest daughter of Per Lind, won the leadership on 14 April 2013, in a vote "
                         "open to registered supporters.", ["Anna Lind", "Per Lind"]) == "Anna Lind"
    # a participle after its auxiliary is the same verb: "was declared the winner"
    assert _last_subject("On 25 August 2021 Lind, who ran the legal department, was declared the winner over Per "
                         "Holm.", ["Anna Lind", "Per Holm"]) == "Anna Lind"
    # still no guess when a later clause has a subject of its own
    assert _last_subject("Berg stepped down, and the board chose Anna Lind.", ["Tom Berg", "Anna Lind"]) is None


def test_a_long_label_gives_up_its_opening_setting_before_its_verb():
    """Set 40 (Workers' Party): "At a meeting in the auditorium of the Colégio Sion on 10 February
    1980, about a thousand trade unionists, rural leaders" had kept where, and lost what they did."""
    from briefkit.extract.events import _shorten

    label = _shorten("At a meeting in the auditorium of the Blue School on 10 February 1980, about a thousand trade "
                     "unionists, rural leaders, academics and churchgoers approved the founding manifesto of the party")
    assert label.startswith("About a thousand trade unionists") and "approved" in label, label


def test_a_roll_of_a_posts_holders_is_no_happening():
    """Set 45 (Chama Cha Mapinduzi, Ofcom): "The chairmen have been A (1977 to 1990), ... and F
    (since 2021)" stood on the timeline in 2021 as a happening; the leaders' rows tell who held
    the post and when. A sentence that tells a change in other words stays."""
    got = _history_events("Blue Party", "a party", (
        "The party was founded on 5 February 1977. The chairmen have been Tom Ash (1977 to 1990), Ada Berg (1990 "
        "to 2006) and Carl Dunn (since 2021). Earlier directors of the secretariat included Eva Holm, Nils Kron "
        "and Pia Lund in 2010. In 2021 Carl Dunn was elected chairman."))
    timeline = {iso: e.title for iso, e in got.items() if not e.background}
    assert timeline == {"1977-02-05": timeline["1977-02-05"], "2021": timeline["2021"]}, timeline
    assert "elected" in timeline["2021"], timeline


def test_a_law_named_by_its_year_in_a_clause_of_how_things_are_dates_no_happening(tmp_path):
    """Set 45 (Ofcom; and the Australian Federal Police of set 41): "The Content Board is a
    committee of the main board required by section 12 of the Communications Act 2003" stood on
    the timeline in 2003, as did "The AFP is a statutory agency created by the Australian Federal
    Police Act 1979". A law that does something on its year still tells a happening."""
    from briefkit.readers import read

    f = tmp_path / "r.txt"
    f.write_text(
        "= Blue Office =\n\nThe Blue Office is a regulator of Westland.\n\n== History ==\n\nThe Blue Office Act "
        "2002 created the office. The Postal Services Act 2011 received Royal Assent on 13 June 2011.\n\n"
        "== Structure ==\n\n* Main Board\n  * Content Board\n* Consumer Panel\n\n"
        "The office is a statutory agency created by the Blue Office Act 2002 and answers to "
        "Parliament. The Content Board is a committee of the main board required by section 12 of the Westland "
        "Communications Act 2003.\n", encoding="utf-8")
    timeline = sorted(e.date.iso for e in read(f).events if not e.background)
    assert timeline == ["2002", "2011-06-13"], timeline


def test_a_label_keeps_a_year_that_names_a_thing_and_a_later_time_after_a_dated_one():
    """Set 45: "declared the results of the 2021 elections" had read "declared the results
    elections" (Chama Cha Mapinduzi; also FIFA's "the football tournament London Olympics"), and
    "said in June 2008 that he would step down after Easter of the next year" had read "... after
    Easter of" (Ofcom). "The same year" beside the row's own date still goes."""
    from briefkit.extract.events import make_label
    from briefkit.extract.subject import Subject

    subject = Subject(Profile.model_validate({"names": {"title": "Blue Party"}}))

    def label(clause: str) -> str:
        return make_label(clause, find_dates(clause)[0], subject, None)

    assert label("Tom Ash, the speaker of the assembly, declared the results of the 2021 elections to the "
                 "committee") == "Tom Ash declared the results of the 2021 elections to the committee"
    assert label("Tom Ash said in June 2008 that he would step down after Easter of the next "
                 "year").endswith("after Easter of the next year")
    assert label("The party cut its ties with its earlier youth organisation in 2020 and recognised a new one the "
                 "same year") == "The party cut its ties with its earlier youth organisation and recognised a new one"


def test_a_clause_closing_on_later_that_year_is_a_happening_of_its_own_when_its_date_tells_it_apart(tmp_path):
    """Set 45 (Kommando Spezialkräfte): "Krone moved to command the 1st Armoured Division at the
    end of August 2025, and Andreas Kühne formally took over the KSK at a ceremony in Calw later
    that year" had no row for the new commander. After a year alone ("In 2021 the trustees named
    X ...; he took up the post later that year") the two clauses stay one row."""
    f = tmp_path / "k.txt"
    f.write_text("= Blue Command =\n\nInfobox\n- Commander: Brigadier General Ada Berg\n\nThe Blue Command is a "
                 "special forces unit.\n\n== History ==\n\nTom Ash took command on 14 June 2024. Ash moved to command "
                 "the 1st Division at the end of August 2025, and Ada Berg formally took over the command at a "
                 "ceremony later that year.\n", encoding="utf-8")
    rows = sorted((e.date.iso, e.title) for e in read(f).events if not e.background and e.date.year == 2025)
    assert ("2025", "Ada Berg formally took over the command at a ceremony") in rows, rows
    got = _history_events("Blue Fund", "a think tank", (
        "In 2021 the trustees named Tom Ash, a judge, as president; he took up the post after leaving the court "
        "later that year."))
    assert [iso for iso, e in got.items() if not e.background] == ["2021"], got


def test_a_chairmanship_taken_over_is_a_change_of_leader_and_a_second_time_told_with_and_again_says_what():
    """Set 45 (Chama Cha Mapinduzi): "Kikwete ... took over the chairmanship from Mkapa in 2006"
    was a milestone, not a change of leader, and "Mkapa was confirmed as party chairman at a
    congress in Dodoma in mid-November 1997, and again at the party elections held throughout
    October 2002" gave October 2002 the row "Again at the party elections held throughout
    October 2002"."""
    got = _history_events("Blue Party", "a party", (
        "Tom Ash, who won the presidency in 2005, took over the chairmanship from Ada Berg in 2006. Carl Dunn was "
        "confirmed as party chairman at a congress in Dodoma in mid-November 1997, and again at the party "
        "elections held throughout October 2002, when Eva Holm was also re-elected secretary-general."))
    assert got["2006"].kind == "leadership", got["2006"]
    assert got["2002-10"].title == "Carl Dunn was confirmed as party chairman again at the party elections", got["2002-10"]


def test_a_when_clause_after_a_clause_of_the_time_before_the_organisation_takes_that_clauses_date(tmp_path):
    """Set 45 (Kommando Spezialkräfte): "The immediate reason for creating the unit came in 1994,
    when German nationals ... had to be rescued from the Rwandan civil war" stood on the timeline
    in July 2020, the date of the lead's last sentence: the 1994 clause, before the unit was
    formed, is background and had left no date behind for its "when"."""
    f = tmp_path / "r.txt"
    f.write_text(
        "= Blue Command =\n\nThe Blue Command is a special forces unit of Westland. In July 2020 its 2nd Company was "
        "dissolved.\n\n== History ==\n\nThe immediate reason for creating the unit came in 1994, when Westland "
        "nationals had to be rescued from the civil war in Redland by foreign para-commandos. The command was "
        "formed on 20 September 1996. Tom Ash took command in April 2013; Ada Berg replaced him on 1 June 2017.\n",
        encoding="utf-8")
    events = read(f).events
    assert not [e for e in events if "rescued" in e.title and e.date.year != 1994], [(e.date.iso, e.title) for e in events]
    assert [e.kind for e in events if "Ada Berg" in e.title] == ["leadership"], [(e.title, e.kind) for e in events]


def test_an_opening_it_after_a_sentence_about_another_thing_is_that_thing(tmp_path):
    """Set 45 (Ofcom): "The search for Burns's successor took two years. It was rerun after a
    former newspaper editor withdrew in November 2021" read "Ofcom was rerun". An "it" after a
    sentence that names the organisation, or whose subject is the organisation by its kind, a
    person or a plural, is still the organisation."""
    got = _read_events(tmp_path, (
        "= Blue Office =\n\nThe Blue Office is a regulator of Westland.\n\n== History ==\n\n"
        "The search for Tom Ash's successor took two years. It was rerun after a former editor withdrew in "
        "November 2021. The office opened a branch in Tartu in 2015. It was reorganised in 2017. The present office "
        "came into being in 2000. It took its name in 2003 from an earlier office.\n"))
    assert got["2021-11"].startswith("The search for Tom Ash's successor was rerun"), got
    assert got["2017"].startswith("Blue Office was reorganised") or got["2017"].startswith("The Blue Office"), got
    assert not got["2003"].startswith("The present office"), got


def test_posts_held_by_people_at_a_time_are_no_happening():
    """Set 45 (Chama Cha Mapinduzi): "in 2021 these posts were held by Philip Mangula and Ali
    Mohamed Shein" stood on the timeline as a happening of 2021."""
    got = _history_events("Blue Party", "a party", (
        "The party was founded on 5 February 1977. The party has two vice-chairmen; in 2021 these posts were held "
        "by Tom Ash and Ada Berg. In 2022 the party won the election."))
    assert sorted(iso for iso, e in got.items() if not e.background) == ["1977-02-05", "2022"], got


def test_two_verbs_of_one_object_are_one_happening_labelled_with_the_object():
    """Set 45 (Chama Cha Mapinduzi): "On 15 January 2024 the Central Committee nominated, and the
    National Executive Committee confirmed, Emmanuel Nchimbi as the party's twelfth
    secretary-general" had the snapshot row "The Central Committee nominated"."""
    got = _history_events("Blue Party", "a party", (
        "On 15 January 2024 the Central Committee nominated, and the National Executive Committee meeting in "
        "Tartu confirmed, Tom Ash as the party's twelfth secretary-general. It began work on 16 April 2015, when "
        "its first director was appointed, and its cases are tried by the High Court."))
    assert got["2024-01-15"].title == "The Central Committee nominated Tom Ash as the party's twelfth secretary-general"


def test_what_it_does_since_a_year_told_in_the_present_is_no_happening():
    """Set 45 (Ofcom): "It licenses television and radio broadcasters, ..., regulates the postal
    market and, since 2023, enforces duties on online services" stood on the snapshot as "Since
    2023: Ofcom licenses television and radio broadcasters ...", as if it had begun to in 2023."""
    got = _history_events("Blue Office", "a regulator", (
        "The office was founded on 29 December 2003. It licenses broadcasters, manages the radio spectrum and, "
        "since 2023, enforces duties on online services. Since 2022 the office has refocused on the post."))
    assert sorted(iso for iso, e in got.items() if not e.background) == ["2003-12-29", "2022"], got


def test_a_roll_of_secretaries_general_and_a_day_without_its_year_told_in_the_present_are_no_happenings():
    """Set 46 (Human Rights Commission of Pakistan): "Secretaries-general have included A, B
    (2008-2016) and C" stood on the timeline as 2008-2016, and "Like other rights groups, the HRCP
    issues statements on Human Rights Day, 10 December" as 10 December 2021, a year it never
    named."""
    got = _history_events("Blue Commission", "a rights group", (
        "The commission was founded in 1987. Secretaries-general have included Tom Ash, Ada Berg (2008-2016) and "
        "Carl Dunn. In 2021 it opened an office in Lahore. Like other rights groups, the commission issues "
        "statements on Human Rights Day, 10 December."))
    assert sorted(iso for iso, e in got.items() if not e.background) == ["1987", "2021"], got


def test_a_second_verb_after_an_aside_of_the_subject_has_that_subject_and_a_career_told_earlier_is_background():
    """The European Space Agency's "ESA's first deep-space probe, Giotto, was launched on an
    Ariane 1 on 2 July 1985 and passed within about 600 kilometres of the nucleus of Halley's Comet
    on 14 March 1986" had put the launch on the row of 14 March 1986. Set 46 (Asian Development
    Bank): "Asakawa had earlier served as chief adviser to President Tarumizu from 1989 to 1992"
    and "At the end of 2020 Japan and the United States each held 15.571 per cent of the shares"
    stood on the timeline."""
    got = _history_events("Blue Agency", "a space agency", (
        "The agency was founded on 30 May 1975. Its first deep-space probe, Giotto, was launched on an Ariane 1 on "
        "2 July 1985 and passed within about 600 kilometres of the nucleus of a comet on 14 March 1986. Tom Ash "
        "became president in 2020. Tom Ash had earlier served as chief adviser to President Ada Berg from 1989 to "
        "1992. At the end of 2021 Japan and the United States each held 15.571 per cent of the shares."))
    assert "first deep-space probe passed within" in got["1986-03-14"].title, got["1986-03-14"].title
    assert sorted(iso for iso, e in got.items() if not e.background) == ["1975-05-30", "1985-07-02", "1986-03-14",
                                                                          "2020"], got


def test_he_after_an_announcement_is_the_one_announced_when_a_name_of_five_words_was_cut():
    """Set 46 (Petronas): "Prime Minister Muhyiddin Yassin announced that Tengku Muhammad Taufik
    Tengku Aziz, the group's chief financial officer since 2018, would become president. He took
    office on 1 July 2020" had the timeline row "Muhyiddin Yassin took office": the name, cut at
    four words, matched twice, and the announcer stood in."""
    from briefkit.extract.events import _appointee

    sentence = ("On 6 June 2020 Prime Minister Tom Ash announced that Tengku Muhammad Taufik Tengku Aziz, the group's "
                "chief financial officer, would become president.")
    assert _appointee(sentence, ["Tom Ash", "Tengku Muhammad Taufik Tengku", "Muhammad Taufik Tengku Aziz"]) \
        == "Muhammad Taufik Tengku Aziz"


def test_an_age_after_the_date_does_not_keep_the_date_in_the_label():
    """Set 46's review (Petronas): "He took office on 1 July 2020, aged 47" read "took office on 1
    July 2020, aged 47" beside its own date: ", aged 47" had passed for a verb after the date."""
    from briefkit.extract.events import make_label
    from briefkit.extract.subject import Subject

    subject = Subject(Profile.model_validate({"names": {"title": "Blue Oil"}}))
    clause = "He took office on 1 July 2020, aged 47"
    assert make_label(clause, find_dates(clause)[0], subject, "Tom Ash") == "Tom Ash took office, aged 47"


def test_a_long_label_gives_up_where_and_when_its_subject_met_before_its_verb():
    """Set 45's review (Chama Cha Mapinduzi): "A joint national conference of TANU and the ASP,
    held in Dar es Salaam on 21 January 1977, resolved unanimously to dissolve both parties and
    create a single new one" read "A joint national conference of TANU and the ASP, held in Dar es
    Salaam on 21 January 1977", without what it did (and the WTO's, GCC's and PSOE's meetings too)."""
    from briefkit.extract.events import _shorten

    label = _shorten("A joint national conference of the Blue and Red parties, held in Tartu on 21 January 1977, "
                     "resolved unanimously to dissolve both parties and create a single new one")
    assert label == ("A joint national conference of the Blue and Red parties resolved unanimously to dissolve both "
                     "parties and create a single new one"), label


def test_a_company_taken_over_by_name_and_a_building_inaugurated_are_milestones():
    """"jointly took over Scottish & Newcastle" is an acquisition and "inaugurated a headquarters
    building" a thing opened: happenings a snapshot weighs as milestones, not unclassified
    ones; "took over NATO's Regional Command West" (a command) and "took over as chair" (a post)
    are not acquisitions."""
    got = _history_events("Harbour Brewers", "a company", (
        "Harbour Brewers was founded in 1847. In 2008 Harbour Brewers and Heineken jointly took over Scottish & "
        "Newcastle. On 18 November 1972 the company inaugurated a headquarters building in Valby. "
        "In 2010 General Claudio Berto took over NATO's Regional Command West."))
    assert got["2008"].kind == "milestone"
    assert got["1972-11-18"].kind == "milestone"
    assert got["2010"].kind != "milestone"


def test_a_leader_who_resigned_is_said_to_have_left_a_post():
    """"Chongolo resigned on 30 November 2023" stood on a timeline as "Daniel Chongolo resigned":
    resigned from what, a reader of the row alone cannot tell. The post is the one the profile
    gives the leader."""
    p = Profile.model_validate({
        "names": {"title": "Acme"},
        "lead": [{"kind": "paragraph", "text": "Acme is a party."}],
        "people": [{"name": "Daniel Chongo", "role": "Secretary-General", "leader": True, "period": "2021–2023"}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            "Acme was founded in 1977. Daniel Chongo resigned on 30 November 2023.")}]}],
    })
    events, _ = extract_events(p)
    labels = {e.date.iso: e.title for e in events}
    assert labels["2023-11-30"] == "Daniel Chongo resigned as secretary-general"


def test_the_last_time_before_is_no_date_of_a_happening():
    """"Graf told the guests that no pope had done so since 1968": 1968 measures how rare the
    day was, it dates nothing done; and "two days earlier" counts from the ceremony's day."""
    got = _history_events("Papal Guard", "a unit", (
        "The Papal Guard was founded in 1506. The pope presided over the ceremony himself on 4 October 2025, "
        "when 27 recruits took the oath; Graf told the guests that no pope had done so since 1968. Two days "
        "earlier the guard had shown the press a new uniform."))
    assert "1968" not in got or got["1968"].background
    assert "2025-10-02" in got and "uniform" in got["2025-10-02"].text


def test_a_second_who_goes_on_with_the_aside_and_makes_no_event():
    """The BBC's "The board's search ended in March 2026 with the choice of Matt Brittin, who
    had spent almost two decades at Google, lastly as its president for Europe, the Middle East
    and Africa, and who rowed for Britain at the Seoul Olympics of 1988" had put "Who rowed for
    Britain at the Seoul Olympics" on the timeline in 1988: the second "who" goes on with the
    aside about the person, however many commas the first holds."""
    got = _history_events("Blue Radio", "a public broadcaster", (
        "The board's search ended in March 2026 with the choice of Carl Dunn, who had spent almost two decades "
        "at Westbank, lastly as its president for Europe, the Middle East and Africa, and who rowed for Ruritania "
        "at the Seoul Olympics of 1988."))
    assert "1988" not in got, {k: e.label for k, e in got.items()}
    assert "2026-03" in got, {k: e.label for k, e in got.items()}


def test_a_dated_verb_that_goes_on_with_an_aside_about_another_body_makes_no_event():
    """Boeing's "In 1929 Boeing and Frederick Rentschler ... formed the United Aircraft and
    Transport Corporation, a conglomerate that bought propeller, airframe and airline companies
    and in 1931 merged its airlines into United Air Lines" had put "Boeing and Frederick
    Rentschler merged its airlines" on the timeline in 1931: the verb after "and" is the
    conglomerate's, in the aside about it. The organisation's own next happening after "and"
    is still one."""
    got = _history_events("Blue Aircraft", "an aircraft maker", (
        "In 1929 Blue Aircraft and Carl Dunn formed the Westland Transport Corporation, a conglomerate that "
        "bought engine, airframe and airline companies and in 1931 merged its airlines into Westland Air Lines. "
        "The company began making gliders in 1935 and in 1938 won its first contracts."))
    assert "1931" not in got, {k: e.label for k, e in got.items()}
    assert "1929" in got and "1938" in got, {k: e.label for k, e in got.items()}


def test_the_day_a_task_is_due_by_is_no_happening():
    """ASIO's "The commission was asked to deliver its final report by 14 December 2026" had
    put a deadline on the timeline as if the report had come that day."""
    got = _history_events("Blue Service", "an intelligence agency", (
        "On 8 January 2026 the government set up a royal commission into the attacks. "
        "The commission was asked to deliver its final report by 14 December 2026."))
    assert "2026-12-14" not in got or got["2026-12-14"].background, {k: e.label for k, e in got.items()}
    assert "2026-01-08" in got and not got["2026-01-08"].background


def test_a_label_cut_within_a_list_of_names_keeps_its_verb():
    """Eskom's "On 12 March 2015 the chairman, Zola Tsotsi, announced that Matona, the finance
    director Tsholofelo Molefe, the group capital executive Dan Marokane and the technology
    executive Matshela Koko had been suspended pending an inquiry" had the label "The chairman,
    Zola Tsotsi": every cut the rules allow fell before the verb, and the last resort returned
    one anyway."""
    got = _history_events("Blue Power", "an electricity company", (
        "On 12 March 2015 the chairman, Zola Tsotsi, announced that Matona, the finance director Tsholofelo "
        "Molefe, the group capital executive Dan Marokane and the technology executive Matshela Koko had been "
        "suspended pending an inquiry."))
    assert "announced" in got["2015-03-12"].label, got["2015-03-12"].label


def _labels(tmp_path, title: str, *sentences: str) -> list[str]:
    f = tmp_path / "l.txt"
    f.write_text(f"= {title} =\n\nThe {title} is an organisation of Ruritania.\n\n== History ==\n\n" + " ".join(sentences) + "\n",
                 encoding="utf-8")
    return [e.label for e in read(f).events]


@pytest.mark.parametrize("sentences", [
    # the word that governed a relative date goes with it
    ("In 1989 the union held its congress.", "Many of the reformers elected to that executive had resigned or been "
                                             "recalled by the following year."),
    # a cut is never made after a word that governs what follows
    ("On 10 May 2025 the Council of Advisers, chaired by the Chief Adviser Muhammad Yunus, banned all activities of the "
     "party under the same law until the International Crimes Tribunal had tried the party and its leaders.",),
    # nor is a clause split after one: "the ownership of, and the exclusive rights over, X" share X
    ("Later in 1974 the Petroleum Development Act vested the ownership of, and the exclusive rights over, Malaysia's "
     "onshore and offshore petroleum in the new company.",),
])
def test_no_label_ends_on_a_word_that_governs_what_it_left_out(tmp_path, sentences):
    labels = _labels(tmp_path, "Union", *sentences)
    assert labels
    dangling = re.compile(r"\b(?:the|a|an|of|to|for|and|or|but|with|by|from|under|which|who|that|as|at|between|until)$", re.I)
    assert [label for label in labels if dangling.search(label)] == []


def test_a_label_cut_inside_a_relative_clause_keeps_more_than_its_verb(tmp_path):
    """"agreed to end his contract, which ran | until 2027, early": the cut goes before "which"."""
    [label] = _labels(tmp_path, "Union", "On 14 August 2025 the transport minister, Patrick Schnieder, announced that the "
                      "government and Lutz had agreed to end his contract, which ran until 2027, early; Lutz stayed on "
                      "until a successor had been found.")
    assert label.endswith("to end his contract")


def test_a_body_formed_from_the_one_before_keeps_the_history_it_traces(tmp_path):
    """"The present brigade was formed on 1 March 2013 from the navy's Landing Force" makes 2013
    a new name, not a beginning, and "traces its tradition of naval infantry to a regiment raised
    in 1713" says how far back its own story goes: a sailing of 1982 is the brigade's, not
    background from before it existed."""
    seed = tmp_path / "blue_brigade.txt"
    seed.write_text("= Blue Brigade =\n\nInfobox\n- Unit Name: Blue Brigade\n- Dates: 1 March 2013 – present\n\n"
                    "The Blue Brigade is the marine infantry of the Ruritanian Navy. The navy traces its tradition "
                    "of naval infantry to a regiment raised in 1713. The present brigade was formed on 1 March 2013 "
                    "from the navy's Landing Force.\n\n== History ==\n\nOn 22 September 1982 the amphibious ships Grado "
                    "and Caorle sailed from Brindisi with the fusiliers to join the multinational force in Beirut.\n", encoding="utf-8")
    sailed = [e for e in read(seed).events if e.date.year == 1982]
    assert sailed and not sailed[0].background


def test_a_founders_death_years_after_the_founding_is_a_life_not_a_happening(tmp_path):
    """"Millard Fuller died on 3 February 2009", decades after he founded Habitat, is his life:
    a founder who holds no post founded it, an act and not a term. The death of a head the text
    says leads it still may change who leads it, and stays a happening."""
    seed = tmp_path / "blue_homes.txt"
    seed.write_text("= Blue Homes =\n\nInfobox\n- Founder: Millard Fuller\n\nBlue Homes is a housing charity.\n\n"
                    "== History ==\n\nBlue Homes was founded in 1976 by Millard Fuller. It built its "
                    "100,000th house in 2005. Millard Fuller died on 3 February 2009.\n", encoding="utf-8")
    died = [e for e in read(seed).events if e.date.year == 2009]
    assert died and died[0].background


def test_another_body_made_with_no_maker_is_background_one_of_its_parts_is_not(tmp_path):
    """"The Council on Foreign Relations was founded in New York on 29 July 1921" in a London
    institute's article is its neighbour's history; "The Asia Centre was formed in 2005" beside a
    structure that lists the Asia Centre, and "Blue Norge was founded in 1980", are its own."""
    seed = tmp_path / "blue_institute.txt"
    seed.write_text("= Blue Institute =\n\nThe Blue Institute is a think tank in London.\n\n== History ==\n\n"
                    "The Blue Institute was founded in London on 5 July 1920. The Council on Foreign Relations "
                    "was founded in New York on 29 July 1921. The Asia Centre was formed in 2005. Blue Norge was "
                    "founded in 1980.\n\n== Structure ==\n\n* Asia Centre\n* Europe Programme\n", encoding="utf-8")
    by_year = {e.date.year: e for e in read(seed).events}
    assert by_year[1921].background
    assert not by_year[2005].background and not by_year[1980].background


def test_a_record_told_against_a_year_dates_nothing(tmp_path):
    """"It was the first Italian peacekeeping mission in a war zone since 1945": 1945 is the
    yardstick, not a happening; "its First Chair since 2023" is a post and its term."""
    events = _history_events("Blue Brigade", "a marine brigade",
                             "On 22 September 1982 the brigade sailed for Beirut. It was the first Italian "
                             "peacekeeping mission in a war zone since 1945.")
    assert events["1945"].background and not events["1982-09-22"].background


def test_its_after_a_sentence_that_made_another_body_is_that_bodys(tmp_path):
    """"... to found a credit cooperative, Caja Laboral Popular. Its first branch opened on 1
    February 1960": the bank's branch, not "The Mondragon Corporation's first branch"."""
    events = _history_events("Blue Group", "a federation of worker cooperatives",
                             "In 1959 he persuaded four young cooperatives to found a credit cooperative, Caja "
                             "Laboral Popular. Its first branch opened on 1 February 1960 in Mondragón.")
    assert events["1960-02-01"].label.startswith("Caja Laboral Popular's first branch opened")


def test_what_unnamed_attackers_did_naming_neither_it_nor_its_people_is_background(tmp_path):
    """"On 7 July 2005 four suicide bombers killed 52 people on London's transport network" in a
    think tank's article is what others did; "its insurgents occupied the town" and "gunmen
    seized the institute's director" are its own story."""
    events = _history_events("Blue Institute", "a think tank in London",
                             "On 7 July 2005 four suicide bombers killed 52 people on London's transport network. "
                             "On 19 October 2004 gunmen seized the Blue Institute's director in Baghdad. "
                             "On 1 January 1994 its insurgents occupied the town of Ocosingo.")
    assert events["2005-07-07"].background
    assert not events["2004-10-19"].background and not events["1994-01-01"].background


def test_a_participle_that_opens_the_sentence_frames_the_label_it_is_not_the_label():
    """"Citing a 30 per cent fall in orders, Embraer announced the dismissal of 4,200 employees":
    the label says what was done; a company whose name ends in -ing still opens its own label."""
    events = _history_events("Blue Aircraft", "an aircraft maker",
                             "On 19 February 2009, citing a 30 per cent fall in orders, the company announced the "
                             "dismissal of 4,200 employees. On 15 December 1996 Boeing agreed to buy the company, "
                             "a maker of fighters, in a stock deal.")
    assert events["2009-02-19"].label.startswith("The company announced the dismissal")
    assert events["1996-12-15"].label.startswith("Boeing agreed to buy")


def test_a_founding_is_one_event_and_only_the_organisations_own():
    """A sentence that names two days of one founding is one founding (Eskom's "notice of 6 March
    1923 ... established with effect from 1 March 1923" had made two); a founding that only
    measures another time, that names who founded it, that is how the body stands now, or that
    is another body's (a name set apart by a bracketed word) is no founding of the organisation."""
    events = _history_events("Blue Commission", "a power utility",
                             "A notice in the Gazette of 6 March 1923 announced that the commission had been "
                             "established with effect from 1 March 1923. "
                             "In December 2013 the members concluded the first agreement reached since the "
                             "organisation was founded. "
                             "The Red Front that founded it was dissolved in 1945. "
                             "Since 2017 it has been organised as a group whose parts include a cargo airline. "
                             "In 1957 they formed the Blue Commission (Anti-Communist), which renamed itself the "
                             "Green Commission.")
    foundings = [iso for iso, e in events.items() if e.kind == "founding"]
    assert foundings == ["1923-03-01"]
    assert {events[iso].kind for iso in ("2013-12", "1945", "2017", "1957")}.isdisjoint({"founding", "renaming"})


def test_one_sentences_clauses_of_one_day_are_one_row_labelled_by_the_weightiest():
    """Petrobras's "Parente resigned [on 1 June 2018], and Temer confirmed the finance director,
    Ivan Monteiro, in his place" had made two rows of one day: one row, the leadership clause's.
    Two clauses of one kind, clauses of a year, and a background clause stay apart."""
    from briefkit.extract.events import _Draft, _one_row_a_day
    from briefkit.model import EventDate

    text = "On 1 June 2018 Parente resigned, and Temer confirmed Monteiro in his place."

    def draft(kind, date=EventDate(year=2018, month=6, day=1), background=False, sentence=text):
        return _Draft(date, None, False, sentence, sentence, "History", None, False, False, kind, background)

    lead, aside = draft("leadership"), draft("other")
    assert _one_row_a_day([aside, lead]) == [lead]
    assert _one_row_a_day([lead, aside]) == [lead]
    same = [draft("milestone"), draft("milestone")]
    assert _one_row_a_day(same) == same
    year = [draft("leadership", EventDate(year=2018)), draft("other", EventDate(year=2018))]
    assert _one_row_a_day(year) == year
    apart = [draft("leadership"), draft("other", background=True)]
    assert _one_row_a_day(apart) == apart


def test_a_lifetime_in_a_bracket_after_a_name_is_no_event_a_term_is_told():
    """Ørsted's "The name honours Hans Christian Ørsted (1777–1851)" had put 1777 on the
    timeline; "I. A. Rehman (2008-2016)", a term of office, still dates its row."""
    events = _history_events("Blue Power", "an energy company",
                             "The name honours Hans Christian Ørsted (1777–1851), a Danish scientist. "
                             "In 2008 Anna Berg (2008–2016) became chief executive.")
    assert "1777" not in events and "1851" not in events
    assert "2008" in events


def test_an_appointment_turned_down_ranks_below_the_changes_that_happened():
    """Air India's snapshot gave "Tata named Ilker Ayci ... as chief executive" a key event's place,
    though Ayci turned the post down (the people extractor says so: "post declined"); a change
    that names a leader keeps its weight."""
    from briefkit.extract.events import _rank_appointments_not_taken
    from briefkit.model import Event, EventDate, Person

    profile = Profile.model_validate({"names": {"title": "Blue Air"}})
    profile.people = [Person(name="Carl Dunn", role="Chief executive, post declined", leader=False),
                      Person(name="Anna Berg", role="Chief executive", leader=True, current=True)]
    named = Event(date=EventDate(year=2022, month=2), text="In February 2022 Tata named Carl Dunn as chief executive.",
                  label="Tata named Carl Dunn as chief executive", kind="leadership", importance=0.88)
    after = Event(date=EventDate(year=2022, month=5), text="In May 2022 Anna Berg succeeded Carl Dunn's stand-in.",
                  label="Anna Berg succeeded", kind="leadership", importance=0.84)
    _rank_appointments_not_taken([named, after], profile)
    assert named.importance == 0.56 and after.importance == 0.84


@pytest.mark.parametrize("clause, label", [
    # a comma between two words describing one noun is no cut (Eskom's "as a separate")
    ("The National Transmission Company South Africa began trading as a separate, wholly owned subsidiary",
     "The National Transmission Company South Africa began trading as a separate, wholly owned subsidiary"),
    # a relative opened by "of which" is open until its verb (the Utti Jaeger Regiment's "of which all")
    ("The defence minister, Jan-Erik Enestam, signed a contract for 20 NH90 transport helicopters, of which all but "
     "one were to be assembled by Patria in Finland, with the whole series due to be complete within 2008",
     "The defence minister, Jan-Erik Enestam, signed a contract for 20 NH90 transport helicopters"),
    # a restrictive relative with a named subject, rather than a cut between words ("a few dozen professional")
    ("Special jaegers from Utti formed part of a protection force of a few dozen professional soldiers that "
     "President Sauli Niinistö sent to Kabul airport to guard Finns and help with the evacuation",
     "Special jaegers from Utti formed part of a protection force of a few dozen professional soldiers"),
])
def test_a_long_label_is_cut_where_a_phrase_ends(clause, label):
    from briefkit.extract.events import _shorten

    assert _shorten(clause).rstrip(", ") == label


def test_one_death_told_in_the_lead_and_the_body_is_one_row():
    """Edhi's timeline had "8 Jul 2016 Abdul Sattar Edhi headed it until his death" and "8 Jul
    2016 Abdul Sattar Edhi died in Karachi": one happening."""
    profile = Profile.model_validate({
        "names": {"title": "Blue Foundation"},
        "lead": [{"kind": "paragraph", "text": "The Blue Foundation is a welfare organisation. It grew out of a "
                  "dispensary that Carl Dunn opened in 1951, and he headed it until his death on 8 July 2016."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text":
                      "Carl Dunn died in Karachi on 8 July 2016, still head of the foundation."}]}],
    })
    day = [e for e in extract_events(profile)[0] if e.date.iso == "2016-07-08"]
    assert len(day) == 1 and "died in Karachi" in day[0].label


def test_the_following_winter_is_the_next_years():
    """The Utti Jaeger Regiment's "The following winter the regiment led Northern Griffin 24 ...,
    from 12 February to 15 March", after May 2023, had been dated February 2023."""
    events = _history_events("Blue Regiment", "a regiment",
                             "The regiment hosted Southern Griffin 23 from 10 to 21 May 2023. The following winter the "
                             "regiment led Northern Griffin 24 in Lapland, from 12 February to 15 March.")
    griffin = [e for e in events.values() if "Northern Griffin" in e.text]
    assert griffin and griffin[0].date.year == 2024


def test_it_after_and_is_the_subject_of_the_clause_before():
    """Air India's "The government offered the whole company instead, and on 8 October 2021 it
    announced that Talace had won" had been labelled "Air India announced that Talace had won"."""
    events = _history_events("Blue Air", "an airline",
                             "The government offered the whole company instead, and on 8 October 2021 it announced "
                             "that Talace had won. The pandemic halted the series in 2020, and it resumed only in 2023.")
    assert events["2021-10-08"].label.startswith("The government announced that Talace had won")
    assert not events["2023"].label.startswith("The pandemic")


def test_under_a_leader_then_a_date_opens_no_label():
    """CARE's "Under her, on 27 October 2022, CARE International joined Oxfam ..." had been
    labelled "On 27 October 2022, CARE International joined ...", its date twice on the row."""
    events = _history_events("Blue Care", "a confederation of aid agencies",
                             "Anna Berg became secretary general in 2019. Under her, on 27 October 2022, the Blue Care "
                             "joined Oxfam and Save the Children in launching the Pledge for Change.")
    assert events["2022-10-27"].label.startswith("The Blue Care joined Oxfam"), events["2022-10-27"].label


def test_a_list_of_one_doers_deeds_is_labelled_by_the_doer_and_the_deed_of_its_date():
    """The Edhi Foundation's row of 1951 read "Found medical students to help, begged for
    donations and bought a small room, which he turned into a free dispensary in Mithadar":
    no comma ended the opening "When ..." clause, so it was cut up to the list's first comma,
    taking the doer with it. The doer stays, and of a list of deeds too long for its row, the
    last one, whose date the sentence tells, is the row's."""
    got = _labels_of("Abdul Sattar Edhi was born in 1928 in Bantva. When influenza spread through the city he "
                     "set out benches in the street, found medical students to help, begged for donations and "
                     "bought a small room, which he turned into a free dispensary in Mithadar in 1951.")
    assert got["1951"] == "Abdul Sattar Edhi bought a small room, which he turned into a free dispensary in Mithadar"
    # participles of a passive are no deeds of the doer: the label keeps its start
    got = _labels_of("With Jordan they worked out a scheme under which houses were built at no profit, sold on "
                     "interest-free loans to the families and paid for by a revolving Fund for Humanity, set up "
                     "in 1968.")
    assert got["1968"].startswith("With Jordan they worked out a scheme")


def test_a_date_set_off_by_commas_after_a_verb_goes_with_both_commas_and_an_after_opening_lends_its_year():
    """Fine Gael's "After heavy losses in February 2016 he proposed, on 6 April, a full
    partnership government ..." had been dated 6 April 2011 (the year the sentence before ended
    on) and labelled "On 6 April, a full partnership government ...". The time an opening
    "After ..." locates is one the story goes on from; the People's Action Party's "After the
    party conference of 6 November 2022, ..., the CEC met on 26 November" had been 2018."""
    got = _labels_of("At the general election of 25 February 2011 Acme became the largest party. After heavy "
                     "losses in February 2016 he proposed, on 6 April, a full partnership government with two "
                     "other parties.")
    assert "2011-04-06" not in got
    assert got["2016-04-06"] == "He proposed a full partnership government with two other parties"
    got = _labels_of("On 23 November 2018 the new board named Heng Swee Keat its deputy. After the party conference "
                     "of 6 November 2022, at which Gan did not stand again, the board met on 26 November.")
    assert "2022-11-26" in got and "2018-11-26" not in got


def test_a_founding_row_names_the_body_by_the_name_the_infobox_says_it_was_founded_under(tmp_path):
    """CARE International's row of 27 November 1945 read "CARE International was incorporated":
    the confederation of that name was formed in 1982, and its infobox says it was founded "as
    the Cooperative for American Remittances to Europe"."""
    f = tmp_path / "care.txt"
    f.write_text("= Care Relief =\n\nInfobox\n- Formation: 27 November 1945 (as the Cooperative for Relief to "
                 "Europe)\n\nCare Relief is a confederation of relief charities.\n\n== History ==\n\nTwo Americans "
                 "persuaded a group of charities to set up a non-profit cooperative, and it was incorporated on "
                 "27 November 1945. In 1982 the national members formed Care Relief to coordinate their work.\n",
                 encoding="utf-8")
    from briefkit.readers import read

    rows = {e.date.iso: e.title for e in read(f).events}
    assert rows["1945-11-27"] == "The Cooperative for Relief to Europe was incorporated"


def test_a_sentence_labelled_whole_loses_the_time_it_counts_from_the_sentence_before():
    """The Aga Khan Development Network's row of 30 August 2000 read "Two days later the Kyrgyz
    president, Askar Akayev, signed it in Bishkek, and Kazakhstan became the third founding
    state": beside its date, the count from the sentence before says the date twice."""
    got = _labels_of("The University of Central Asia was established on 28 August 2000 by a treaty which two "
                     "presidents signed in Dushanbe. Two days later the Kyrgyz president, Askar Akayev, signed it "
                     "in Bishkek, and Kazakhstan became the third founding state.")
    assert got["2000-08-30"].startswith("The Kyrgyz president, Askar Akayev, signed it in Bishkek")


def test_a_plan_for_a_day_after_everything_the_text_tells_is_a_forecast(tmp_path):
    """The Stellantis briefing read "Information as of 21 May 2026" on every page: "On 29
    January 2026 Stellantis said that Filosa would present a new strategic plan at an investor
    day on 21 May 2026" is a plan for a day after every happening the article tells. It is
    background, and the information is as of the latest happening told. A change of leader
    announced for a set day stays a row: the succession to come."""
    from briefkit.asof import information_date
    from briefkit.readers import read

    f = tmp_path / "s.txt"
    f.write_text("= Stella Motors =\n\nStella Motors is a carmaker.\n\n== History ==\n\nOn 28 May 2025 the board "
                 "chose Antonio Filo as chief executive. On 29 January 2026 Stella Motors said that Filo would "
                 "present a new strategic plan at an investor day in Auburn Hills on 21 May 2026. On 6 February "
                 "2026 the company announced charges of about 22 billion euros. The board announced that Meg Neal "
                 "would succeed him as chief executive on 1 April 2026.\n", encoding="utf-8")
    p = read(f)
    rows = {e.date.iso: e for e in p.events}
    assert rows["2026-05-21"].background
    assert not rows["2026-04-01"].background
    assert information_date(p).iso == "2026-04-01"


def test_she_is_neither_the_organisation_nor_the_agent_of_a_passive(tmp_path):
    """Fine Gael's row of 25 October 2025 read "Fine Gael conceded": "Fine Gael then chose
    Humphreys instead, but at the election on 24 October she was heavily beaten by the
    independent left-winger Catherine Connolly, and she conceded the next day." The
    organisation's name is no person's, and the one a passive's "by" names is not who "she" is
    after it; where no one else is named, "she" stays."""
    from briefkit.readers import read

    f = tmp_path / "fg.txt"
    f.write_text("= Fine Gael =\n\nFine Gael is a political party in Ireland.\n\n== History ==\n\nThe party's nominee "
                 "withdrew on medical advice on 14 August 2025. Fine Gael then chose Humphreys instead, but at the "
                 "election on 24 October she was heavily beaten by the independent left-winger Catherine Connolly, "
                 "and she conceded the next day.\n", encoding="utf-8")
    rows = {e.date.iso: e.title for e in read(f).events}
    assert rows["2025-10-25"] not in ("Fine Gael conceded", "Catherine Connolly conceded")
    assert rows["2025-10-25"].endswith("conceded")


def test_the_town_is_no_place_of_a_list_the_sentence_before_named():
    """Maersk's founding row read "The Steamship Company Svendborg was founded in England": the
    sentence before named "England, Germany and Russia", where the founder had worked, and
    "the town" (Svendborg) is none of them. A place one of a list names is no single antecedent."""
    got = _labels_of("In the 1880s the family moved to Svendborg. The founder trained and worked in England, Germany "
                     "and Russia before returning home, and in 1904 he and his father raised the capital to buy a "
                     "steamer. On 16 April the Steamship Company Svendborg was founded in the town.")
    assert "England" not in got["1904-04-16"]
    assert "raised the capital" in got["1904"]


def test_the_day_of_the_week_goes_with_its_date():
    """Stellantis's row of 1 December 2024 read "On Sunday 1 December 2024 he resigned with
    immediate effect", its date twice and its doer unnamed: the day of the week before a date is
    part of the date phrase that opens the sentence."""
    got = _labels_of("On 10 October 2024 the company confirmed that Carlos Tavares would retire early in 2026. On "
                     "Sunday 1 December 2024 he resigned with immediate effect.")
    assert got["2024-12-01"] == "Carlos Tavares resigned with immediate effect"


def test_a_listed_subject_is_counted_by_its_commas():
    """Fine Gael's founding row read "Cumann na nGaedheal and three others merged": the "and"
    inside "the Centre Party of Frank MacDermot and James Dillon" was counted as a list's. With
    a comma before the list's last "and", its items are what the commas part; an apposition
    after two names ("Santander and Banco Central Hispano, Spain's third-largest bank,") is no
    third item."""
    from briefkit.extract.events import _list_subject

    assert _list_subject("Cumann na nGaedheal, the Centre Party of Frank MacDermot and James Dillon, and the Guard "
                         "merged as Fine Gael") == "Cumann na nGaedheal and two others merged as Fine Gael"
    assert _list_subject("A, B, C, D and E launched X") == "A and four others launched X"
    told = "Santander and Banco Central Hispano, Spain's third-largest bank, agreed an all-share merger"
    assert _list_subject(told) == told


def test_a_death_row_does_not_repeat_its_own_date(tmp_path):
    """Maersk's row had read "16 Apr 2012  Mc-Kinney Møller died on 16 April 2012": the date
    column tells when. A date with more told after it stays ("died in 1934 and Y in 1956")."""
    f = tmp_path / "a.txt"
    f.write_text("= Blue Shipping =\n\nBlue Shipping is a shipping company.\n\n== History ==\n\n"
                 "Carl Dunn died on 16 April 2012, the 108th anniversary of the founding. "
                 "In 2015 the company opened an office in Oslo.\n", encoding="utf-8")
    labels = [e.label for e in read(f).events]
    assert "Carl Dunn died" in labels, labels


def test_a_leader_named_by_the_board_is_a_change_of_leader_and_says_to_what(tmp_path):
    """Novo Nordisk's "On 29 July the board named Doustdar, who had joined the company ... and run
    its international operations since 2013" had been an operation (the aside's word) labelled
    "The board named Maziar Mike Doustdar", to no post; someone named to another body's post
    stays what it was."""
    f = tmp_path / "a.txt"
    f.write_text("= Blue Pharma =\n\nInfobox\n- Key People: Carl Dunn (chief executive)\n\nBlue Pharma is a drug maker.\n\n"
                 "== History ==\n\nIn 2024 the company grew. On 29 July 2025 the board named Dunn, who had joined the "
                 "company in 1992 and run its international operations since 2013. On 3 March 2025 President Ola "
                 "Berg named Eva Holm as Norway's ambassador to Russia.\n", encoding="utf-8")
    events = read(f).events
    [named] = [e for e in events if "Carl Dunn" in (e.label or "")]
    assert named.kind == "leadership" and named.label == "The board named Carl Dunn as chief executive", named
    [other] = [e for e in events if "Holm" in (e.label or e.text)]
    assert other.kind != "leadership"


def test_the_statement_after_an_opening_and_its_participle_is_kept(tmp_path):
    """Novo Nordisk's "At the meeting, held online on 14 November 2025, the shareholders elected
    Sørensen chair, so that ..." had lost its main clause as an aside ("At the meeting, held
    online so that ..."); "In the election, held in January 2017, X defeated Y" had read "In
    the election, held", and SAARC's summit row "At the sixteenth summit, held in Thimphu"."""
    f = tmp_path / "a.txt"
    f.write_text("= Blue Pharma =\n\nBlue Pharma is a drug maker.\n\n== History ==\n\n"
                 "Six directors decided to leave. At the meeting, held online on 14 November 2025, the shareholders "
                 "elected Carl Dunn chair, so that the company's former chief executive now presided over the board "
                 "that oversaw his successor. In the company's first contested board election, held in January 2017, "
                 "the former sales director Eva Holm defeated Ole Lind by more than a thousand votes to 635. At the "
                 "sixteenth meeting of shareholders, held in Oslo in April 2010, the board launched a development fund "
                 "with its own secretariat and a budget of its own.\n", encoding="utf-8")
    labels = [e.label for e in read(f).events]
    assert "At the meeting, held online, the shareholders elected Carl Dunn chair" in labels, labels
    assert any(l.startswith("In the company's first contested board election, the former sales director Eva Holm "
                            "defeated Ole Lind") for l in labels), labels
    assert any("the board launched a development fund" in l for l in labels), labels


def test_a_participle_set_off_with_its_date_goes_whole_and_a_superlative_keeps_its_since(tmp_path):
    """The ICRC's "It was awarded the Nobel Peace Prize for 1944, presented in 1945, chiefly for
    its work on behalf of prisoners of war" had read "... for 1944, presented"; Boeing's "...
    walked out after rejecting a contract offer, the first strike at the company since 2008"
    had been cut to "..., the first strike", the first ever. A verb after a subject and its
    apposition is no participle ("Georgia's president, X, announced in August 2008, during
    the war, that ...")."""
    f = tmp_path / "a.txt"
    f.write_text("= Blue Cross =\n\nBlue Cross is a relief body.\n\n== History ==\n\n"
                 "In 1939 Blue Cross opened an office in Geneva. It was awarded the Nobel Peace Prize for 1944, presented in 1945, chiefly for "
                 "its work on behalf of prisoners of war. On 13 September 2024 some 33,000 volunteers in the Seattle "
                 "area and Portland, Oregon, walked out after rejecting a new contract offer, the first strike at the "
                 "organisation since 2008; their union had told them they would strike at midnight.\n",
                 encoding="utf-8")
    labels = [e.label for e in read(f).events]
    assert any(l.startswith("Blue Cross was awarded the Nobel Peace Prize for 1944 chiefly for its work") for l in labels), labels
    assert not any(l.endswith("the first strike") or l.endswith(", presented") for l in labels), labels
    from briefkit.extract.events import _shortened
    assert "announced" in _shortened("Georgia's president, Mikheil Saakashvili, announced, during the war with Russia "
                                     "over South Ossetia, that his country would leave the organisation altogether")


def test_a_date_inside_an_opening_phrase_goes_and_the_phrase_stays(tmp_path):
    """Chatham House's row read "Sep 1939  At the outbreak of war in September 1939 the institute
    set up ...": the date column tells when; the happening the phrase names stays."""
    f = tmp_path / "a.txt"
    f.write_text("= Blue Institute =\n\nThe Blue Institute is a think tank.\n\n== History ==\n\n"
                 "At the outbreak of war in September 1939 the institute set up a research service for the "
                 "government.\n", encoding="utf-8")
    labels = [e.label for e in read(f).events]
    assert "At the outbreak of war, the institute set up a research service for the government" in labels, labels


def test_an_aside_of_when_something_was_due_to_end_goes_and_the_clause_keeps_its_verb(tmp_path):
    """Petronas's "confirmed that his contract, due to expire at the end of that month, had been
    extended" had been cut to "... confirmed that his contract, due to expire at the end of that
    month": a contract that ran out, where the article says it was extended."""
    f = tmp_path / "a.txt"
    f.write_text("= Blue Oil =\n\nBlue Oil is an oil company.\n\n== History ==\n\n"
                 "In June 2023 its chief executive Carl Dunn confirmed that his contract, due to expire at the end of "
                 "that month, had been extended by three years.\n", encoding="utf-8")
    labels = [e.label for e in read(f).events]
    assert any("his contract had been extended" in l for l in labels), labels


def test_a_label_on_a_relation_by_pronoun_names_the_one_the_aside_names():
    """"His successor, Ola Berg, announced ..." with no one known for "his": the aside names the
    clause's subject, and the row opens on that name rather than on a pronoun; a second aside
    ("a lawyer, ...") is left alone."""
    events = _events("The Blue Agency was set up in 2001. His successor, Ola Berg, announced his resignation on 13 "
                     "February 2019 after an inquiry. On 5 May 2020 their presidents, Ana Lind and Per Holm, signed "
                     "the act.")
    by = {e.date.year: e for e in events}
    assert by[2019].label == "Ola Berg announced his resignation after an inquiry"
    assert by[2020].label == "Ana Lind and Per Holm signed the act"


def test_a_setting_after_the_date_gives_way_to_who_did_what():
    """"On 8 December 1991, at a lodge in the forest, A of X, B of Y and C of Z signed ...": once
    its date goes, the setting opens the clause in lower case, and it gives way as it does at a
    sentence's start, rather than leave a label cut before its verb."""
    events = _events("The Blue Union was proposed in 1990. On 8 December 1991, at a government hunting lodge at Viskuli "
                     "in the Belovezha Forest, Ola Berg of Norland, Per Holm of Sudland and Ana Lind of Vestland signed "
                     "the agreement establishing the Blue Union and declared that the old union had ceased to exist.")
    row = next(e for e in events if e.date.day == 8)
    assert "signed the agreement" in row.label and not row.label.startswith("At ")


def test_a_birth_aside_runs_on_over_a_place_and_its_region():
    """"Ola Berg, who was born in Paris, Arkansas, in 1944, became director in April 1993": the
    commas of a place and its region, a time after them, set nothing off. The birth had been read
    as the clause's own date, and the row of the post was lost; with "and had run ..." in the
    aside, the label had kept what the person ran before."""
    events = _events("The Blue Agency was set up in 1979. Ola Berg, who was born in Paris, Arkansas, in 1944, became "
                     "director in April 1993. Per Holm, who was born in Hope, Arkansas, in 1950 and had run the state's "
                     "emergency office under Governor Ana Lind, became director in May 2001.")
    rows = {e.date.year: e for e in events if not e.background}
    assert rows[1993].label == "Ola Berg became director"
    assert rows[2001].label == "Per Holm became director"
    assert 1944 not in rows and 1950 not in rows
    # a name in apposition after a place, no time after it, is no region
    named = _events("The Blue Council was set up in 1950. The archbishop of Tripoli in Lebanon, Ola Berg, who had led "
                    "the Lebanese council since 1991, was elected president by the general assembly of 1999.")
    assert [e.date.year for e in named if not e.background and e.kind == "leadership"] == [1999]


def test_a_person_who_stood_down_left_a_post_a_unit_that_stood_down_ended():
    """"Ola Berg stood down at a parade ... after 44 years in the brigade": a person leaves a post,
    which the row had told as the brigade's dissolution; "The 2nd Battalion stood down" still
    ends the battalion."""
    events = _events("The Blue Brigade was formed in 1946. Ola Berg stood down at a parade at Riga in December 2025, "
                     "after 44 years in the brigade. The Blue Brigade stood down in March 2026.")
    by = {e.date.year: e for e in events}
    assert by[2025].kind == "leadership"
    assert by[2026].kind == "dissolution"


def test_what_a_later_relative_clause_tells_does_not_make_the_row_s_kind():
    """", which the club later dissolved" and ", which was later renamed X" tell what happened at
    another time: the row of 1991 is the founding of a part (a milestone), not the club's end,
    and the row of 1925 no renaming of the club."""
    events = _events("The Blue Club was founded in 1892. In 1991 Ola Berg founded the Blue Student Coalition as the "
                     "club's student-run arm, which the club later dissolved. In 1925 the club set up its youth "
                     "section, which was later renamed the Blue Scouts.", title="Blue Club")
    by = {e.date.year: e for e in events}
    assert by[1991].kind == "milestone"
    assert by[1925].kind not in ("renaming", "dissolution")


def test_an_infobox_founding_over_days_of_one_month_is_no_life_that_ended():
    """"Founded: 19–22 April 1889": the days of a founding congress. Read as a life span, it had
    given the party a dissolution on 22 April 1889; "Dates: 1918 – 1940" still ends in 1940."""
    p = Profile.model_validate({"names": {"title": "Blue Party"}, "facts": [
        {"label": "Founded", "text": "19–22 April 1889"}], "lead": [{"kind": "paragraph", "text": "The Blue Party is a party."}]})
    events = extract_events(p)[0]
    assert [e.kind for e in events] == ["founding"]
    q = Profile.model_validate({"names": {"title": "Blue Guard"}, "facts": [
        {"label": "Dates", "text": "11 November 1918 – 1940"}], "lead": [{"kind": "paragraph", "text": "The Blue Guard was a militia."}]})
    assert sorted(e.kind for e in extract_events(q)[0]) == ["dissolution", "founding"]


def test_a_cut_within_a_setting_and_its_participle_gives_way_to_the_clause():
    """"At its second congress, held in Paris" reads as a row with a verb ("held") but says
    nothing happened: the setting goes, and the row tells the renaming."""
    events = _events("The Blue Union was founded in 1874. Membership grew quickly, and at its second congress, held in "
                     "Paris in 1878, the organisation was renamed the Universal Blue Union.", title="Blue Union")
    row = next(e for e in events if e.date.year == 1878)
    assert row.label == "The organisation was renamed the Universal Blue Union"


def test_a_thing_replaced_as_something_is_no_change_of_leader():
    """"..., which replaced the old treaty as the Union's founding instrument": a text replaced,
    no person; "Ola Berg replaced Per Holm as chair" still is a change of leader."""
    events = _events("The Blue Union was founded in 1874. The members adopted the Constitution of the Blue Union on "
                     "10 July 1964, which replaced the old treaty as the Union's founding instrument. Ola Berg replaced "
                     "Per Holm as chair in 1990.", title="Blue Union")
    by = {e.date.year: e for e in events}
    assert by[1964].kind != "leadership"
    assert by[1990].kind == "leadership"


def test_the_subject_s_words_in_another_order_name_another_body():
    """In the article on Transport for Blueland, "London"-style reversals ("Blueland Transport")
    name another body: its founding, told in a "since" clause of backstory, is no founding of the
    subject's."""
    from briefkit.extract.subject import Subject

    p = Profile.model_validate({"names": {"title": "Transport for Blueland"},
                                "lead": [{"kind": "paragraph", "text": "Transport for Blueland is a transport body."}]})
    s = Subject(p)
    assert s.is_subject_phrase("Transport for Blueland") and s.is_subject_name("Transport for Blueland")
    assert not s.is_subject_phrase("since Blueland Transport") and not s.is_subject_name("Blueland Transport")
    events = _events("Transport for Blueland came into being on 3 July 2000. Blueland's public transport had been run "
                     "by a succession of public bodies since Blueland Transport was set up in 1933.",
                     title="Transport for Blueland")
    by = {e.date.year: e for e in events}
    assert by[2000].kind == "founding" and by[1933].kind != "founding"


def test_an_and_inside_a_name_keeps_the_name_whole():
    """"A Coastal and Marine Service was formed in 1923", in the article on a navy once called the
    Marine Service: one body, introduced by "A", another than the subject; read from "and", its
    last words had made the subject's own founding."""
    p = Profile.model_validate({"names": {"title": "Blue Naval Service", "aliases": [{"text": "Marine Service"}]},
                                "lead": [{"kind": "paragraph", "text": "The Blue Naval Service was formed in "
                                          "September 1946. A Coastal and Marine Service was formed in 1923 but "
                                          "disbanded the following year."}]})
    by = {e.date.year: e for e in extract_events(p)[0]}
    assert by[1946].kind == "founding" and by[1923].kind != "founding"


def test_one_who_acts_on_him_does_not_become_him(tmp_path):
    """"His tenure brought layoffs, and the campaigner Per Holm also called for a vote against
    him. The board placed him on leave ...": the next "him" is still the one the text is about,
    not the campaigner who acted on him."""
    from briefkit.readers import read

    f = tmp_path / "a.txt"
    f.write_text("= Blue Club =\n\nThe Blue Club is a conservation group.\n\n== History ==\n\nIn November 2022 "
                 "the board chose Ola Berg as executive director. His tenure brought several rounds of layoffs, and "
                 "the campaigner Per Holm also called for a vote against him. The board placed him on leave on July "
                 "11, 2025, and named Ana Lind interim executive director.\n", encoding="utf-8")
    row = next(e for e in read(f).events if e.date.year == 2025)
    assert "placed Ola Berg on leave" in row.label


def test_hiring_forcing_out_and_a_named_resignation_accepted_are_changes_of_leader():
    """"hired X, a mountaineer, as its first executive director", "forced X out" and "accepted
    Brune's resignation" tell a head taking or leaving the post, as "chose X as" and "accepted
    his resignation" did."""
    events = _events("The Blue Club was founded in 1892. In 1952 the club hired Ola Berg, a mountaineer and editor, "
                     "as its first executive director. On 3 May 1969 the directors forced Berg out. In August 2021 "
                     "the board accepted Holm's resignation.", title="Blue Club")
    by = {e.date.year: e for e in events}
    assert by[1952].kind == by[1969].kind == by[2021].kind == "leadership"


def test_that_month_after_an_aside_of_election_counts_from_the_aside():
    """"Ola Berg, elected mayor in May 2008, took over as chair of the council that month": the
    month is the aside's, not November 2007 told before; and "on 27 May" next is of 2008. A
    birth's aside ("born in 1956, became acting chief executive that day") still lends nothing."""
    events = _events("On 11 November 2007 the council began running the suburban routes. Ola Berg, elected mayor in May "
                     "2008, took over as chair of the council that month. The staff and contracts passed to the "
                     "council at 00:01 on 27 May.", title="Blue Council")
    labels = {e.date.iso: e.label for e in events}
    assert "2008-05" in labels and "took over as chair" in labels["2008-05"]
    assert "2008-05-27" in labels


def test_a_date_said_by_dated_is_not_said_again_and_a_postponed_time_is_no_row():
    """"in a letter dated 10 October 2019 the United States withdrew its notice" beside 10 October
    2019 says the date twice; "The Act, dated 27 September 1950, provided ..." loses the aside
    whole; "was dated 9 December" keeps it (the verb's own). "The congress, postponed from 2020
    ..., was opened on 9 August 2021" is one row, of 2021."""
    events = _events("The Blue Union was founded in 1874. In a letter dated 10 October 2019 the United States withdrew "
                     "its notice. The Blue Act, dated 27 September 1950, provided for a federal office. The first issue "
                     "of its journal was dated 27 December 1879. The congress, postponed from 2020 because of the "
                     "pandemic, was opened in Abidjan on 9 August 2021.", title="Blue Union")
    by = {e.date.iso: e.label for e in events}
    assert by["2019-10-10"] == "In a letter the United States withdrew its notice"
    assert by["1950-09-27"] == "The Blue Act provided for a federal office"
    assert "dated 27 December 1879" in by["1879-12-27"]
    assert "2020" not in by and "2021-08-09" in by


def test_an_aside_after_the_subject_of_the_main_clause_goes_with_its_commas():
    """"After the board dismissed Per Holm in August 2025, Ola Berg, a former president of the
    club, led it ...": the aside describes the main clause's subject; read as an item of a list
    of verbs (the opening clause's "dismissed"), its comma had stayed and the row had been cut to
    "After the board dismissed Per Holm, Ola Berg"."""
    events = _events("The Blue Club was founded in 1892. After the board dismissed Per Holm in August 2025, Ola Berg, a "
                     "former president of the club, led it as interim executive director and was then appointed to the "
                     "post permanently.", title="Blue Club")
    row = next(e for e in events if e.date.year == 2025)
    assert "Ola Berg led it as interim executive director" in row.label


def test_a_list_of_which_ones_before_the_verb_is_an_aside():
    """"The chairmen of six unions, those of A, B and C, therefore set up the federation" and
    "Opponents, among them X and Y, formed the committee": the list says which ones, and the row
    keeps the verb and its object rather than end on "set up" or inside the committee's name. A
    participle after the list (", such as X, founded in Berlin ...,") is another aside."""
    events = _events("The Blue Federation grew from district unions. The chairmen of six unions, those of Kheda, Mehsana, "
                     "Sabarkantha, Banaskantha, Vadodara and Surat, therefore set up the Blue Federation in 1973 to sell "
                     "all their output under one brand. Opponents in Vancouver, among them the Quaker couple Irving and "
                     "Dorothy Stowe and Jim and Marie Bohlen, formed the Don't Make a Wave Committee in 1970.",
                     title="Blue Federation")
    by = {e.date.year: e.label for e in events}
    assert by[1973].startswith("The chairmen of six unions therefore set up the Blue Federation")
    assert by[1970].startswith("Opponents in Vancouver formed the Don't Make a Wave Committee")


def test_a_cut_does_not_end_inside_a_phrase_set_off_after_and():
    """"Air India is the flag carrier of India and, since its merger with Vistara in 2024, the
    country's largest airline" and "became prime minister and, apart from a short crisis in 1936,
    governed until his death": a cut after "and, <phrase>" leaves the phrase waiting for its verb."""
    from briefkit.extract.events import _shorten

    for text in ("Ola Berg became prime minister and, apart from a short crisis in the summer of 1936, governed the "
                 "country until his death in a tram in the capital city",
                 "The Blue Airline is the flag carrier of Blueland and, since its merger with the Vistara group of "
                 "carriers, the country's largest international airline"):
        label = _shorten(text)
        assert not re.search(r"\band,\s+[^,]*$", label), label


def test_a_term_that_runs_until_a_death_is_no_loss_of_its_first_day():
    """"became prime minister on 24 September 1932 and governed until his death": the row of 1932
    is no loss (the snapshot had given two of its five rows to one man's term and death); "remained
    president until his death in Los Angeles on 24 December 1914" still dates the death."""
    events = _events("The Blue Party was founded in 1889. Ola Berg became prime minister on 24 September 1932 and, "
                     "apart from a short crisis in 1936, governed until his death. Per Holm remained president until "
                     "his death in Riga on 24 December 1914.", title="Blue Party")
    by = {e.date.year: e for e in events}
    assert by[1932].kind != "loss"
    assert by[1914].kind == "loss"


def test_another_body_that_took_a_name_is_no_renaming_of_the_subject():
    """"The Blue Club Legal Defense Fund, set up by volunteer lawyers in 1971, was independent of
    the club from the start and took the name Earthright in 1997": a body carrying the subject's
    words took a new name, the subject did not; "The London company took the name Blue PLC in
    1981" is the subject's own (the name it took is its own)."""
    events = _events("The Blue Club was founded in 1892. The Blue Club Legal Defense Fund, set up by volunteer lawyers "
                     "in 1971, was independent of the club from the start and took the name Earthright in 1997. The "
                     "London company took the name Blue Club PLC in 1981.", title="Blue Club")
    by = {e.date.year: e for e in events}
    assert by[1997].kind != "renaming"
    assert by[1981].kind == "renaming"


def test_an_interim_step_ranks_below_the_appointment_that_completes_it():
    """TfL's lead told its interim commissioner's start, so that row had outranked the same
    man's permanent appointment eight months later, even after `STEP_BEFORE`: the step before
    now ranks below the one that completes the change."""
    from briefkit.extract.events import _rank_steps_of_one_change
    from briefkit.model import Event, EventDate, Person

    interim = Event(date=EventDate(year=2022, month=10, day=25), text="Ola Berg became interim commissioner.",
                    label="Ola Berg became interim commissioner", kind="leadership", importance=1.0)
    permanent = Event(date=EventDate(year=2023, month=6, day=7), text="The board appointed Ola Berg as permanent "
                      "commissioner.", label="The board appointed Ola Berg as permanent commissioner",
                      kind="leadership", importance=0.84)
    p = Profile.model_validate({"names": {"title": "Blue Transport"}})
    p.people.append(Person(name="Ola Berg", role="Commissioner", leader=True, current=True))
    _rank_steps_of_one_change([interim, permanent], p)
    assert interim.importance < permanent.importance


def test_a_who_clause_counting_its_years_runs_on_over_its_and():
    """"a quarrel with the managing director, Per Holm, who had spent forty years with it,
    seventeen of them as managing director, and resigned in June 2010": Holm resigned, not the
    sentence's subject (the row had read "Ola Berg's second term resigned"). A comma before "and"
    after a plain "who" clause still closes it: "..., who flew its first flight himself, and took
    the name Blue Air in 1946" is the airline's renaming."""
    events = _events("The Blue Federation was set up in 1946. Ola Berg's second term was soured by a quarrel with the "
                     "managing director, Per Holm, who had spent forty years with the organisation, seventeen of them "
                     "as managing director, and resigned in June 2010.", title="Blue Federation")
    row = next(e for e in events if e.date.year == 2010)
    assert "second term resigned" not in row.label
    airline = _events("The Blue Air began on 15 October 1932 as an airmail service, founded by Ola Berg, who flew its "
                      "first flight himself, and took the name Blue Air India in 1946.", title="Blue Air")
    assert any(e.date.year == 1946 for e in airline)


def test_the_row_s_day_is_not_said_again_in_a_setting_or_a_publication():
    """"A cyber attack detected on 1 September 2024 disrupted ...", "At Pohnpei in September 2016
    the Forum admitted ...", "Its first report, published on 8 April 2020, concerned ...": the
    row's date beside it says the day once. "2 Squadron, raised in 1964, was removed ..." keeps
    its date: the raising is the row's, not the removal."""
    events = _events("The Blue Forum was founded in 1971. A cyber attack detected on 1 September 2024 disrupted the "
                     "Forum's online services for months. At Pohnpei in September 2016 the Forum admitted two French "
                     "territories. Its first report, published on 8 April 2020, concerned three attacks on Ltamenah. "
                     "2 Squadron, raised in 1964, was removed from the order of battle after the report.",
                     title="Blue Forum")
    by = {e.date.iso: e.label for e in events}
    assert by["2024-09-01"] == "A cyber attack disrupted the Forum's online services for months"
    assert by["2016-09"].startswith("At Pohnpei, the Forum admitted")
    assert "8 April 2020" not in by["2020-04-08"]
    assert "1964" in by["1964"] or "raised" in by["1964"]


def test_an_opening_whose_subject_has_an_aside_is_not_cut_at_the_aside():
    """"After Fiji's military government, which had seized power in a coup in December 2006,
    missed the leaders' deadline ..., the Forum suspended Fiji on 2 May 2009": cut at the aside's
    comma, the row had read "Missed the leaders' deadline ..., the Forum suspended Fiji", which
    made the Forum miss it."""
    events = _events("The Blue Forum was founded in 1971. After Fiji's military government, which had seized power in "
                     "a coup in December 2006, missed the leaders' deadline to set a date for elections, the Forum "
                     "suspended Fiji on 2 May 2009, the first suspension of a member in its history.",
                     title="Blue Forum")
    row = next(e for e in events if e.date.iso == "2009-05-02")
    assert not row.label.startswith("Missed") and "suspended Fiji" in row.label


def test_him_after_several_named_is_the_one_the_sentence_appointed():
    """"On the proposal of the defence minister, Per Holm, and the commander, General Jan Sand,
    the government appointed Major General Ola Berg as commander in December 2023, and on 15
    December 2023 Ana Lind handed the League over to him": "him" is the appointee, and the
    handover a change of leader; the setting's list of proposers is no subject of the first row."""
    events = _events("The Blue League was founded in 1918. On the proposal of the defence minister, Per Holm, and the "
                     "commander of the Defence Forces, General Jan Sand, the government appointed Major General Ola "
                     "Berg, Sand's deputy, as commander in December 2023, and on 15 December 2023 Ana Lind handed the "
                     "League over to him in a ceremony in Tallinn.", title="Blue League")
    by = {e.date.iso: e for e in events}
    assert "Ola Berg" in by["2023-12-15"].label and by["2023-12-15"].kind == "leadership"
    assert not any(e.label.startswith("Per Holm") for e in events)


def test_a_day_told_right_after_later_that_year_dates_the_row():
    """"Later that year, on 30 September, X opened a plant": 30 September of that year, not the
    year alone with "On 30 September" left at the head of its label. "Several months later, on 9
    November, ..." is not read so: a count of months may cross into the next year."""
    events = _events("In 2018 the Blue Federation opened a dairy at Anand. Later that year, on 30 September, the prime "
                     "minister opened a new chocolate plant of the federation at Mogar.", title="Blue Federation")
    row = next(e for e in events if "chocolate" in e.label)
    assert row.date.iso == "2018-09-30" and not row.label.startswith("On ")


def test_him_in_two_sentences_in_a_row_is_the_same_person_though_another_was_named_between():
    """"The board placed him on leave ..., and named Dahl interim director. On 11 August it
    voted to dismiss him": the second "him" is the one placed on leave, not the one named to
    the post; a "He" after the newcomer's naming is the newcomer, as before."""
    events = _history_events("Blue Union", "an environmental group", (
        "In November 2022 the board chose Carl Berg as executive director. "
        "His tenure brought several rounds of layoffs. "
        "The board placed him on leave on 11 July 2025, and named Ann Dahl interim executive director. "
        "On 11 August 2025 it voted unanimously to dismiss him for cause."))
    assert "Carl Berg" in events["2025-08-11"].label and "Dahl" not in events["2025-08-11"].label
    events = _history_events("Blue Union", "an environmental group", (
        "In November 2022 the board chose Carl Berg as executive director. "
        "The board placed him on leave on 11 July 2025, and named Ann Dahl interim executive director. "
        "On 11 August 2025 she hired Per Holm as her deputy, and he thanked her."))
    assert "Carl Berg" not in events["2025-08-11"].label


def test_a_renaming_told_of_it_before_the_founding_is_the_forerunners(tmp_path):
    """"... the government set up the Harbour and Coast Watch, which patrolled the bays. It was
    renamed the Harbour Watch in 1942." in the article of a service formed in 1946: "It" is
    the wartime body, whose renaming is background, not the service's; a renaming that names
    the service itself stays its own."""
    f = tmp_path / "a.txt"
    f.write_text(
        "= Blue Naval Service =\n\nInfobox\n- Founded: September 1946\n\n"
        "The Blue Naval Service is the navy of Ruritania. It was formed in September 1946.\n\n"
        "== History ==\n\nAfter war broke out in 1939 the government set up the Harbour and Coast Watch, "
        "which patrolled the bays. It was renamed the Harbour Watch in 1942. In September 1946 the Harbour "
        "Watch was made a permanent service as the Blue Naval Service.\n", "utf-8")
    [renamed] = [e for e in read(f).events if e.date.year == 1942]
    assert renamed.background and renamed.kind != "renaming"


def test_the_second_day_and_the_same_summit_count_from_the_meeting_just_told():
    """"... gathered in Sirte on 8 September 1999 for an extraordinary summit. On the second day
    they adopted the Sirte Declaration": 9 September 1999. "On 30 January 2017 the Assembly
    chose X. The same summit readmitted Morocco": 30 January 2017. A later clause of a dated
    sentence ("...; the same summit adopted the protocol") makes no row of its own."""
    events = _history_events("Blue Union", "a continental organisation", (
        "The heads of state gathered in Sirte on 8 September 1999 for an extraordinary summit. "
        "On the second day they adopted the Sirte Declaration, which called for a union. "
        "On 30 January 2017 the Assembly chose Carl Berg as chairperson. "
        "The same summit readmitted Morocco by consensus. "
        "The Union was inaugurated in Durban on 9 July 2022; the same summit adopted a protocol on peace."))
    assert "Sirte Declaration" in events["1999-09-09"].label
    assert "inaugurated" in events["2022-07-09"].label
    morocco = [e for e in extract_events(Profile.model_validate({
        "names": {"title": "Blue Union"}, "lead": [{"kind": "paragraph", "text": "The Blue Union is a union."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            "On 30 January 2017 the Assembly chose Carl Berg as chairperson. "
            "The same summit readmitted Morocco by consensus.")}]}]}))[0] if "Morocco" in e.label]
    assert [e.date.iso for e in morocco] == ["2017-01-30"]


def test_what_it_counts_as_opens_no_label_and_a_boat_renamed_with_the_name_is_no_renaming():
    """"On 15 September 1971, in what is usually counted as the founding act of Blue Peace, the
    committee sent the Phyllis Cormack, a chartered fishing boat renamed Blue Peace, north": the
    row tells what the committee did, not how it is counted; the boat took the name, which is
    no renaming of the organisation."""
    events = _history_events("Blue Peace", "an environmental network", (
        "On 15 September 1971, in what is usually counted as the founding act of Blue Peace, the committee "
        "sent the Phyllis Cormack, a chartered fishing boat renamed Blue Peace, north from Vancouver."))
    row = events["1971-09-15"]
    assert row.label.startswith("The committee sent the Phyllis Cormack")
    assert row.kind != "renaming"


def test_elected_someone_to_lead_or_to_succeed_is_a_change_of_leader():
    """"A congress elected Ann Holm as the first woman to lead the party" and "the League elected
    its foreign minister, Per Dahl, to succeed Carl Berg" are changes of leader, as "elected X
    chairman" is; "The parliament elected X as chancellor" names another body's post and is not."""
    events = _history_events("Blue Party", "a political party", (
        "On 10 April 2000 a congress in Essen elected Ann Holm as the first woman to lead the party. "
        "On 15 May 2011 the League elected its foreign minister, Per Dahl, to succeed Carl Berg. "
        "On 6 May 2025 the parliament elected Eva Lund as chancellor."))
    assert events["2000-04-10"].kind == "leadership"
    assert events["2011-05-15"].kind == "leadership"
    assert events["2025-05-06"].kind != "leadership"


def test_an_infobox_formation_year_alone_reads_as_a_sentence():
    """"Formation: 1971" beside its row's date reads "Blue Peace was formed", not "Formation"."""
    from briefkit.extract.events import _fact_label

    assert _fact_label("Formation: 1971", "Blue Peace") == "Blue Peace was formed"
    assert _fact_label("Establishment: 12 March 1952", "The Blue Agency") == "The Blue Agency was established"
    assert _fact_label("Founded: 1866 in Cham", "Blue") == "Founded in Cham"


def test_a_change_that_took_effect_is_told_by_the_when_clause_after_its_date():
    """"The change took effect on 1 January 2014, when the company became Blue Group, with ...":
    the row says what took effect ("The company became Blue Group"); "The change took effect"
    alone leans on a sentence the row does not show."""
    events = _history_events("Blue Aircraft", "an aircraft maker", (
        "In 2013 the board agreed to adopt one name for the whole group. The change took effect on 1 January "
        "2014, when the company became Blue Group, with its defence activities merged into one division."))
    assert events["2014-01-01"].label == "The company became Blue Group"


def test_an_opening_that_ends_on_a_list_of_names_runs_past_the_lists_comma():
    """"After the collapse of the government of the SPD, the Greens and the FDP in November
    2024, an early federal election was held on 23 February 2025": the first comma is the
    list's; no row opens on "The Greens and the FDP in November 2024, an early ..."."""
    events = _history_events("Blue Party", "a political party", (
        "After the collapse of the government of the SPD, the Greens and the FDP in November 2024, an early "
        "federal election was held on 23 February 2025, in which the party came first with 28.5 per cent."))
    assert events["2025-02-23"].label.startswith("An early federal election was held")
    assert all(not e.label.startswith("The Greens and the FDP") for e in events.values())


def test_a_person_called_by_the_middle_word_of_three_is_named_in_full(tmp_path):
    """"the Assembly chose Moussa Faki Mahamat ... Faki took office on 14 March 2017": the row
    names "Moussa Faki Mahamat", whom the text calls by his middle name."""
    got = _read_history(tmp_path, "Blue Union", "a continental organisation", (
        "On 30 January 2017 the Assembly chose Moussa Faki Mahamat, Chad's foreign minister, as chairperson "
        "of the Commission. Faki took office on 14 March 2017 and later served a second term."))
    assert got["2017-03-14"].label.startswith("Moussa Faki Mahamat took office")


def test_a_date_between_a_verb_and_its_words_does_not_hide_a_change_of_leader():
    """"Fromm asked on 2 July 2012 to be retired" and "Gabrielli handed over in February 2012
    to Maria das Graças Foster" tell a head leaving as "asked to be retired" and "handed over
    to" do: the date set between the verb and the words it governs is read past. A date after
    a noun is not ("the offices in 2019 to the north" tells no handover)."""
    events = _history_events("Federal Office for the Protection of the Constitution", "a security agency",
                             "Heinz Fromm became president in June 2000. When this became known, Fromm asked on "
                             "2 July 2012 to be retired at the end of that month. Jose Gabrielli handed over in "
                             "February 2014 to Maria Foster, the first woman in the post.")
    assert events["2012-07-02"].kind == "leadership"
    assert events["2014-02"].kind == "leadership"


def test_more_ways_a_head_comes_and_goes_are_changes_of_leader():
    """A head starting "as chief executive", "the first Ethiopian to head the airline", beating
    a rival "for the leadership", nominated or seconded "as" a head's post, retiring, asking
    for early retirement, offering to give up the post, removed and replaced, or staying in
    the post until a year: each is a change of leader, not a happening of no kind. An aircraft
    retired is not."""
    events = _history_events("Federal Power Utility", "a state-owned company",
                             "On 6 October 2014 Tshediso Matona started as chief executive. "
                             "In 1971 Semret became the first Ethiopian to head the utility. "
                             "On 2 June 2017 Leo Varadkar beat Simon Coveney for the leadership. "
                             "In January 2024 the Central Committee nominated Emmanuel Nchimbi as the party's "
                             "twelfth secretary general. "
                             "On 1 September 2019 Ilkka Laitinen retired on a disability pension. "
                             "On 23 March 2022 the board accepted Tewolde GebreMariam's request for early retirement. "
                             "On 30 March 2009 Hartmut Mehdorn offered to give up his post. "
                             "On 8 May 2025 Cameron Hamilton was removed and replaced by David Richardson. "
                             "Fazle Hasan Abed remained executive director until 2001. "
                             "In 2005 the utility retired the last of its coal plants at Vaal.")
    for day in ("2014-10-06", "1971", "2017-06-02", "2024-01", "2019-09-01", "2022-03-23", "2009-03-30",
                "2025-05-08", "2001"):
        assert events[day].kind == "leadership", day
    assert events["2005"].kind != "leadership"


def test_a_resignation_sent_a_departure_announced_and_a_term_begun_are_changes_of_leader():
    """"sent in his resignation", "sent Kofi Annan his resignation", "announced his irrevocable
    resignation", "announced that he would step down", "began his four-year mandate", a person
    "declared the winner", "took over the force ... as its ninth director general" and a vote
    "to dismiss" a head: each is a change of leader. A party declared the winner of an
    election is not."""
    events = _history_events("Federal Relief Agency", "a humanitarian agency",
                             "On 25 March 1963 Isser Harel sent in his resignation. "
                             "On 20 February 2005 Ruud Lubbers sent Kofi Annan his resignation. "
                             "On 5 February 1996 Liber Seregni announced his irrevocable resignation as president. "
                             "In October 2021 Jens Weidmann announced that he would leave at the end of the year. "
                             "On 1 February 2020 Jagan Chapagain began his four-year mandate. "
                             "On 25 August 2021 Sharon Graham was declared the winner with 46,696 votes. "
                             "On 30 September 2022 Khurshid Hossain took over the agency the same day as its ninth "
                             "director general. "
                             "On 12 March 2020 the council voted unanimously to dismiss Ben Jealous for cause. "
                             "On 26 October 2024 the Blue Party was declared the winner with 54 per cent of the vote.")
    for day in ("1963-03-25", "2005-02-20", "1996-02-05", "2021-10", "2020-02-01", "2021-08-25", "2022-09-30",
                "2020-03-12"):
        assert events[day].kind == "leadership", day
    assert events["2024-10-26"].kind != "leadership"


def test_joining_a_body_and_heading_the_government_are_milestones():
    """Members that join ("became full members", "became the eighth partner state") or leave
    ("ceased to be a member"), and a party's leader at the head of the country's government
    ("became Norway's first woman prime minister", "formed the first Labour government") are
    milestones, not happenings of no kind."""
    events = _history_events("Eastern Trade Community", "an intergovernmental organisation",
                             "In July 2007 Rwanda and Burundi became full members of the community. "
                             "On 4 March 2024 Somalia became the eighth partner state of the Eastern Trade Community. "
                             "On 18 August 2009 Georgia ceased to be a member.")
    events |= _history_events("Northern Labour Party", "a political party",
                              "On 4 February 1981 Gro Harlem Brundtland became Norway's first woman prime minister. "
                              "On 28 January 1928 Christopher Hornsrud formed the first Labour government.")
    for day in ("2007-07", "2024-03-04", "2009-08-18", "1981-02-04", "1928-01-28"):
        assert events[day].kind == "milestone", day


def test_decisions_of_its_members_and_its_units_acts_have_their_kind():
    """Shareholders approving a rights issue and a convention voting to join an international
    are milestones; a unit that stormed an aircraft and workers who walked out (a strike) tell
    operations, not one who walked out of a jail; commissioners who "vacated office" left
    their posts."""
    events = _history_events("Northern Workers Union", "a trade union",
                             "On 5 September 2025 shareholders approved the rights issue at an extraordinary "
                             "general meeting. On 7 June 1919 an extraordinary convention voted to join the Communist "
                             "International. On 24 October 1956 metalworkers in Kiel walked out. On 19 March 1984 "
                             "Liber Seregni walked out of the central police jail. In October 2016 Ahmed Hassan and "
                             "his colleagues agreed to leave and vacated office.")
    assert events["2025-09-05"].kind == "milestone"
    assert events["1919-06-07"].kind == "milestone"
    assert events["1956-10-24"].kind == "operation"
    assert events["1984-03-19"].kind != "operation"
    assert events["2016-10"].kind == "leadership"
    unit = _history_events("Border Guard Group 9", "a police tactical unit",
                           "On 18 October 1977 the group stormed the aircraft at Mogadishu.")
    assert unit["1977-10-18"].kind == "operation"


def test_how_things_stood_is_no_happening_of_its_date():
    """A count held since a date, a tally from one year to another, a count at a time, an
    existence and a copula tell how things stood: no row of their date. A standing that begins
    ("From 1993 it was one of the airmobile units") and a successor named by a copula ("His
    successor in 1946 was X", a change of leader) are still rows."""
    events = _history_events("Eastern Defence Brigade", "an airborne brigade",
                             "The brigade was formed in 1917. Since a reform of 2021 the brigade has numbered about a "
                             "thousand soldiers. The brigade has sent troops abroad, from Liberia in 1990 to the Gambia "
                             "in 2017. Ten years later it had 1,350 members. Between 1925 and 1945 it existed only as "
                             "part of a corps. In 1962 it was the only airborne unit of the army. From 1993 it was one "
                             "of the airmobile units of the district. Jan Kowal became commander of the brigade in 1940. His successor in "
                             "1946 was Anna Nowak.")
    for year in ("2021", "2017", "1925", "1962"):
        assert year not in events or events[year].background, (year, events.get(year))
    assert not events["1993"].background
    assert events["1946"].kind == "leadership"


def test_a_count_of_time_and_the_day_it_names_date_together():
    """"A year later, on 1 May" (and "Little more than a year later, on 1 May") is 1 May of the
    next year, "A month later, on 15 September" that September, "Two weeks later, on 2 January"
    after December the next year's; a loose count beside a month and year stated outright
    ("Less than three months later, in November 2014") is that month; and a birth told in an
    aside ("a correspondent born in 1920") is no time a later count starts from."""
    events = _history_events("Coastal Oil Company", "an oil company",
                             "The company was founded in 1933. The well struck oil on 3 March 1938. Little more "
                             "than a year later, on 1 May, the king opened the company's terminal. In August 1950 the "
                             "company bought a refinery. Marguerite Higgins, a correspondent born in 1920, wrote about "
                             "it. A month later, on 15 September, the company opened a port. In December 1951 the "
                             "company sold a tanker. Two weeks later, on 2 January, the company bought two more. On "
                             "10 September 2014 the board appointed Ana Botin as chair. Less than three months later, "
                             "in November 2014, she replaced the chief executive.")
    for day in ("1939-05-01", "1950-09-15", "1952-01-02", "2014-11"):
        assert day in events, (day, sorted(events))


def test_a_year_that_names_a_thing_after_of_is_no_time_the_story_moved_to():
    """"On 2 September 2003 the ministry asked the court to dissolve the centre, citing ... the
    observers of 2001. The court heard the case from 22 to 24 October": October 2003, not 2001."""
    events = _history_events("Viasna Centre", "a human rights organisation",
                             "The centre was founded in 1996. On 2 September 2003 the Ministry of Justice asked the "
                             "Supreme Court to dissolve the centre, citing forged signatures and the observers of 2001. "
                             "The court heard the case from 22 to 24 October.")
    assert "2003-10-22" in events, sorted(events)


def test_a_career_step_in_an_aside_dates_nothing():
    """"The government named Ju Il-seok, commissioned as a marine second lieutenant in 1992, as
    his successor on 25 November 2024": one row, on 25 November 2024, none in 1992."""
    events = _history_events("Coastal Marine Corps", "a marine corps",
                             "The corps was founded in 1949. Kim Gye-hwan became commandant in 2022. The government "
                             "named Ju Il-seok, commissioned as a marine second lieutenant in 1992, as his successor "
                             "on 25 November 2024.")
    assert "1992" not in events, sorted(events)
    assert "2024-11-25" in events


def test_him_after_a_nomination_is_the_nominee_whom_another_body_confirms():
    """"Buhari announced the nomination of Abdulrasheed Bawa ... The Senate confirmed him on 24
    February 2021": him is Bawa, and another body confirming the head is the organisation's own
    change of leader, not the Senate's business."""
    profile = Profile.model_validate({
        "names": {"title": "Economic Crimes Commission"},
        "lead": [{"kind": "paragraph", "text": "The Economic Crimes Commission is a law enforcement agency."}],
        "sections": [
            {"title": "History", "blocks": [{"kind": "paragraph", "text": (
                "The commission was founded in 2003. Ibrahim Magu became chairman of the commission in 2015. In July "
                "2020 Muhammadu Buhari suspended him. Buhari announced the nomination of Abdulrasheed Bawa, a "
                "40-year-old investigator, on 16 February 2021. The Senate confirmed him on 24 February 2021, making "
                "him the youngest chairman.")}]},
            {"title": "Chairmen", "blocks": [{"kind": "list", "items": [
                {"text": "Ibrahim Magu (2015–2020)"}, {"text": "Abdulrasheed Bawa (2021–2023)"}]}]},
        ]})
    profile.people = extract_people(profile)
    row = next(e for e in extract_events(profile)[0] if e.date.iso == "2021-02-24")
    assert not row.background and row.kind == "leadership"
    assert "Bawa" in row.label and "Buhari" not in row.label


def test_a_family_name_written_first_names_the_person_alone():
    """"Ju took office at the headquarters ... in a ceremony led by the Chief of Naval
    Operations" after "Ju Il-seok": Ju is the person the text named, not another body acting."""
    profile = Profile.model_validate({
        "names": {"title": "Coastal Marine Corps"},
        "lead": [{"kind": "paragraph", "text": "The Coastal Marine Corps is a marine corps."}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": (
            "The corps was founded in 1949. On 25 November 2024 the government named Ju Il-seok as the next "
            "commandant of the corps. Ju took office at the headquarters in Hwaseong on 6 December 2024 in a "
            "ceremony led by the Chief of Naval Operations, Admiral Yang Yong-mo.")}]}]})
    profile.people = extract_people(profile)
    row = next(e for e in extract_events(profile)[0] if e.date.iso == "2024-12-06")
    assert not row.background, row


def _history_profile(title: str, lead: str, text: str, people: bool = False) -> Profile:
    """A profile of one lead sentence and one History paragraph; with `people`, its people
    extracted first (the rules that need the organisation's leaders read them)."""
    profile = Profile.model_validate({
        "names": {"title": title},
        "lead": [{"kind": "paragraph", "text": lead}],
        "sections": [{"title": "History", "blocks": [{"kind": "paragraph", "text": text}]}]})
    if people:
        profile.people = extract_people(profile)
    return profile


def test_a_leader_the_text_calls_by_a_given_name_keeps_another_bodys_act_on_the_timeline():
    """"On 4 May 2009 the Jakarta police detained Antasari as a suspect" of Antasari Azhar, the
    commission's chairman, whom the text calls by his first name: the police act on the
    organisation's head, which is its history, not another body's business. A given name that
    is part of a place ("Piazza San Marco") or of a full name ("Marco Carletti") calls no one."""
    def profile_of(text: str) -> Profile:
        return _history_profile("Graft Eradication Commission",
                                "The Graft Eradication Commission is an anti-corruption agency.", text, people=True)

    profile = profile_of(
        "The commission was founded in 2003. In December 2007 the assembly elected the prosecutor Antasari Azhar as "
        "chairman of the commission. On 4 May 2009 the Jakarta police detained Antasari as a suspect in a murder case.")
    row = next(e for e in extract_events(profile)[0] if e.date.iso == "2009-05-04")
    assert not row.background, row
    profile = profile_of(
        "The commission was founded in 2003. In December 2007 the assembly elected the prosecutor Marco Carletti as "
        "chairman of the commission. On 4 May 2009 the Jakarta police detained separatists in the tower of the "
        "church of San Marco.")
    row = next(e for e in extract_events(profile)[0] if e.date.iso == "2009-05-04")
    assert row.background, row


def test_the_titles_first_word_used_alone_as_a_name_is_the_organisation():
    """"Gunmen seized Margaret Hassan, the director of HOPE's operations in Iraq", in the article
    on HOPE International, which it calls "HOPE" throughout: the organisation's own director,
    not another body's business. A first word that is a person's name ("Bill Gates" beside the
    Gates Foundation) names no body."""
    profile = _history_profile("HOPE International", "HOPE International is an international humanitarian "
                               "organisation.", (
        "HOPE was founded in 1945 to send food parcels to Europe. In 1993 HOPE's members agreed to work "
        "together, and HOPE, as the text calls it, grew. On 19 October 2004 gunmen seized Margaret Hassan, the "
        "director of HOPE's operations in Iraq."), people=True)
    row = next(e for e in extract_events(profile)[0] if e.date.iso == "2004-10-19")
    assert not row.background, row
    from briefkit.extract.subject import Subject, short_name
    assert short_name(profile, "HOPE International") == "HOPE"
    gates = _history_profile("Gates Foundation", "Gates Foundation is an international humanitarian organisation.", (
        "Bill Gates and his wife set up the foundation in 2000. Gates said it would fund vaccines, and Gates, "
        "its chair, gave more money in 2006."), people=True)
    assert short_name(gates, Subject(gates).title) is None


def test_the_next_day_after_a_span_counts_from_its_last_day():
    """"Timothy Tong headed the commission from 1 July 2007 until 30 June 2012, and Simon Peh
    succeeded him the next day": 1 July 2012, the day after the span's end, not 2 July 2007."""
    events = _history_events("Harbour Graft Commission", "an anti-corruption agency",
                             "The commission was founded in 1974. Timothy Tong headed the commission from 1 July 2007 "
                             "until 30 June 2012, and Simon Peh succeeded him the next day.")
    assert "2012-07-01" in events and "2007-07-02" not in events, sorted(events)


def test_an_honour_named_before_he_is_not_the_person_he_means():
    """"In 2015 he and the association received the Right Livelihood Award. He died in Normandy
    on 13 August 2021": "He" is the founder named before, not the award."""
    events = extract_events(_history_profile(
        "Emergency Surgeons", "Emergency Surgeons is an Italian humanitarian organisation.", (
            "Gino Strada founded the association in Milan in 1994. Strada remained its best-known surgeon. In "
            "2015 he and the association received the Right Livelihood Award. He died in Normandy on 13 August "
            "2021, aged 73.")))[0]
    row = next(e for e in events if e.date.iso == "2021-08-13")
    assert "Award" not in row.label, row.label


def test_a_common_noun_that_only_opens_sentences_names_no_other_body():
    """"Trading began on 9 June 2008, when President Mwai Kibaki rang the bell at the Nairobi
    Stock Exchange": "Trading", capitalised because it opens the sentence, is no body acting, so
    the listing day stays on the timeline; "France had tested nuclear weapons" is still France's."""
    events = extract_events(_history_profile(
        "Savanna Mobile", "Savanna Mobile is a Kenyan telecommunications company.", (
            "The company was founded in 1997. The government sold a quarter of its shares in March 2008. Trading "
            "began on 9 June 2008, when President Mwai Kibaki rang the bell at the Nairobi Stock Exchange. In 2010 "
            "the company opened an office in Paris. France had tested nuclear weapons in Polynesia in 1966.")))[0]
    rows = {e.date.iso: e for e in events}
    assert not rows["2008-06-09"].background, rows["2008-06-09"]
    assert rows["1966"].background, rows["1966"]


def test_a_deal_expected_to_close_later_is_a_forecast_not_a_happening():
    """"The deal ... was expected to close in the first quarter of 2026": the day of a forecast,
    which no timeline shows as done; the agreement told the same day stays."""
    rows = _history_events("Savanna Mobile", "a telecommunications company", (
        "The company was founded in 1997. On 4 December 2025 Tembo agreed to buy 15 per cent of the company from the "
        "government. The deal required approval in three countries and was expected to close in the first quarter "
        "of 2026."))
    assert not rows["2025-12-04"].background
    assert "2026" not in rows or rows["2026"].background, rows.get("2026")


def test_it_after_an_opening_date_is_the_organisation_that_was_dissolved():
    """"It refused to register, and on 6 May 2010 it was declared dissolved": the organisation's
    own dissolution; "they held the front ... that became known as the White War" names no
    renaming of them."""
    rows = _history_events("Lotus League", "a political party", (
        "The Lotus League was founded in 1988. It refused to register under the new law. On 6 May 2010 it was "
        "declared dissolved. From 1915 to 1918 they held the mountain front, in a war that became known as the "
        "White War."))
    assert rows["2010-05-06"].kind == "dissolution", rows["2010-05-06"]
    assert rows["1915"].kind != "renaming", rows["1915"]
    rows = _history_events("Lotus League", "a political party", (
        "The Lotus League was founded in 1988. On 28 March 2023 the election commission dissolved it. In 1945 the "
        "labour front that had funded it was dissolved by the occupying powers."))
    assert rows["2023-03-28"].kind == "dissolution", rows["2023-03-28"]
    assert rows["1945"].kind != "dissolution", rows["1945"]


def test_a_ruling_in_someones_favour_and_a_term_ended_by_decree():
    """"Justice Robin Jacob ruled in the fund's favour": a judgement; "A presidential decree ended
    Tumpak's appointment": the holder's term cut short, a change of leader."""
    from briefkit.extract.events import classify
    from briefkit.extract.subject import Subject

    subject = Subject(Profile.model_validate({"names": {"title": "Graft Commission"}, "lead": [
        {"kind": "paragraph", "text": "The Graft Commission is an agency."}]}))
    assert classify("Justice Robin Jacob ruled in the fund's favour on 10 August 2001.", subject) == "legal"
    assert classify("A presidential decree ended Tumpak's appointment on 15 March 2010.", subject) == "leadership"


def test_a_post_held_until_a_year_does_not_date_the_becoming():
    """"Erling Steen became chairman of its board, a post he held until 1958": 1958 ends the
    term; no change of leader stands on the timeline in 1958."""
    rows = _history_events("Refugee Council", "a humanitarian organisation", (
        "The council was founded in 1946. In 1953 the council was renamed the Refugee Council, and Erling Steen "
        "became chairman of its board, a post he held until 1958."))
    assert "1958" not in rows or rows["1958"].background, rows.get("1958")


def test_what_held_a_happening_up_neither_dates_nor_labels_it():
    """"The sale of a quarter of the shares, delayed by the violence that followed the disputed
    election of December 2007, opened at the end of March 2008": March 2008, labelled without
    the delay's aside."""
    rows = _history_events("Savanna Mobile", "a telecommunications company", (
        "The company was founded in 1997. The sale of a quarter of the shares, delayed by the violence that "
        "followed the disputed election of December 2007, opened at the end of March 2008 at five shillings a share "
        "and was oversubscribed more than five times."))
    assert "2008-03" in rows and "2007-12" not in rows, sorted(rows)
    assert "delayed" not in rows["2008-03"].label, rows["2008-03"].label


def test_a_post_in_apposition_held_since_a_year_dates_nothing_of_the_clause():
    """"D. P. Kohli, inspector-general of the establishment since 1955, was the first director":
    1955 is his earlier post's; "Jim Snabe, who also chaired Siemens, was chairman of the board
    from 2017 to 2022" is the clause's own term."""
    rows = _history_events("Central Bureau", "an investigation agency", (
        "The bureau was founded in 1963. D. P. Kohli, inspector-general of the establishment since 1955, was the "
        "first director. Jim Snabe, who also chaired Siemens, was chairman of the board from 2017 to 2022."))
    assert "1955" not in rows or rows["1955"].background, rows.get("1955")
    assert "2017" in rows and not rows["2017"].background, rows.get("2017")


def test_a_second_verbs_row_names_the_head_of_a_long_shared_subject():
    """"Mass protests against the one-party rule of the Burma Socialist Programme Party began on 8
    August 1988 and were ended by a military coup on 18 September": the second row says "Mass
    protests were ended", not "Were ended"."""
    rows = _history_events("Lotus League", "a political party", (
        "The party was founded in 1988. Mass protests against the one-party rule of the Burma Socialist Programme "
        "Party began on 8 August 1988 and were ended by a military coup on 18 September."))
    assert rows["1988-09-18"].label.startswith("Mass protests were ended"), rows["1988-09-18"].label


def test_a_term_extended_beyond_a_day_happens_on_the_day_it_was_extended():
    """"On 7 May 2025, after a committee had failed to agree on a successor, his tenure was
    extended by one year beyond 24 May": one row, on 7 May; 24 May is when the term would have
    ended."""
    rows = _history_events("Central Bureau", "an investigation agency", (
        "The bureau was founded in 1963. On 7 May 2025, after a committee had failed to agree on a successor, his "
        "tenure was extended by one year beyond 24 May."))
    assert "2025-05-07" in rows and "2025-05-24" not in rows, sorted(rows)


def test_a_concession_in_the_pluperfect_does_not_date_the_clause():
    """"X and Y took over as acting co-leaders, although a junta order of 7 June had banned all
    party activity": 7 June is the ban's day, not the takeover's."""
    rows = _history_events("Lotus Party", "a political party", (
        "The party was founded in 2008. The army seized power on 22 May 2014. The deputy leaders Viroj Pao-in and "
        "Plodprasop Suraswadi took over as acting co-leaders, although a junta order of 7 June had banned all party "
        "activity."))
    assert "2014-06-07" not in rows or rows["2014-06-07"].background, rows.get("2014-06-07")


def test_its_after_another_body_was_dissolved_is_that_bodys():
    """"... a Constitutional Tribunal dissolved Thai Rak Thai for breaking electoral law. Its
    members regrouped in the People's Power Party": the dissolved party's members, named so, and
    their story is background to the organisation's."""
    events = extract_events(_history_profile(
        "Lotus Party", "The Lotus Party is a political party in Thailand.", (
            "The party was founded in 2008. On 30 May 2007 a Constitutional Tribunal dissolved Thai Rak Thai for "
            "breaking electoral law. Its members regrouped in the People's Power Party, which won the election of 23 "
            "December 2007.")))[0]
    row = next(e for e in events if e.date.iso == "2007-12-23")
    assert row.background and "Lotus" not in row.label, row


def test_a_second_verbs_row_after_a_present_of_self_description():
    """"Cemex counts its history from 1906, ..., and took its present form through a merger in
    1931": the 1931 row is "Cemex took its present form ...", not the first clause run on."""
    rows = _history_events("Cemex", "a building-materials company", (
        "Cemex counts its history from 1906, when Lorenzo Zambrano opened a plant, and took its present form "
        "through a merger in 1931."))
    assert rows["1931"].label.startswith("Cemex took its present form"), rows["1931"].label


def test_a_merger_the_lead_sums_up_is_the_one_the_body_tells():
    """"took its present form in 1931 through a merger with Portland Monterrey" in the lead and
    "The two companies merged in 1931 as Cementos Mexicanos" in the body are one happening,
    though they name different bodies; a merger someone else acts on ("the competition
    authority cleared the merger") is another row."""
    profile = _history_profile(
        "Cemtex", "Cemtex is a building-materials company. It took its present form in 1931 through a merger "
                  "with Portland Monterrey.",
        "In 1920 Luis Ortega opened a second plant through his own firm, Portland Monterrey. The two companies "
        "merged in 1931 as Cementos Mexicanos, and the family kept control of the new company. In 1931 the "
        "competition authority cleared the merger.")
    rows = [e for e in extract_events(profile)[0] if e.date.iso == "1931" and not e.background]
    assert len([e for e in rows if "merged" in e.text or "present form" in e.text]) == 1, rows
    assert any("cleared the merger" in e.text for e in rows), rows


def test_a_date_of_the_largest_of_many_does_not_date_the_clause_that_sums_them_up():
    """"it grew through a series of foreign takeovers, the largest of them the purchase of the
    Rinker Group in 2007": 2007 is the purchase's year, not the growth's; and the label of a
    sentence opening "Under X, <aside>," loses the aside with the opening, not only the name."""
    profile = _history_profile(
        "Cemtex", "Cemtex is a building-materials company.",
        "Under Luis Ortega, chief executive from 1985 and chairman from 1995, it grew through a series of "
        "foreign takeovers, the largest of them the purchase of the Australian Rinker Group in 2007, which "
        "left it deeply indebted when the housing market collapsed.")
    events, _ = extract_events(profile)
    assert not [e for e in events if e.date.iso == "2007" and not e.background], events
    profile = _history_profile(
        "Cemtex", "Cemtex is a building-materials company.",
        "Under Luis Ortega, chief executive from 1985 and chairman from 1995, it bought the Australian Rinker "
        "Group in 2007 for 14.2 billion dollars, which left it deeply indebted when the housing market of the "
        "United States collapsed in the following years.")
    row = next(e for e in extract_events(profile)[0] if e.date.iso == "2007")
    assert row.label.startswith("Cemtex bought the Australian Rinker Group"), row.label


def test_its_after_and_is_the_named_body_that_acted_in_the_clause_before():
    """"the Hukbalahap, a communist-led peasant army, turned on the new republic, and by 1950 its
    units were operating within reach of Manila": the Hukbalahap's units, background to the
    regiment's story; after a clause of the organisation itself, "its" stays its own."""
    profile = _history_profile(
        "Scout Ranger Regiment", "The Scout Ranger Regiment is a special forces unit.",
        "After the Second World War the Hukbalahap, a communist-led peasant army, turned on the new republic, "
        "and by 1950 its units were operating within reach of Manila. In 1952 the Scout Ranger Regiment moved to "
        "Fort Magsaysay, and by 1953 its companies were operating in every province.")
    events = extract_events(profile)[0]
    huk = next(e for e in events if e.date.iso == "1950")
    assert huk.background and huk.label.startswith("The Hukbalahap's units"), huk
    own = next(e for e in events if e.date.iso == "1953")
    assert not own.background, own


def test_who_held_a_post_at_a_time_is_background_and_a_change_of_holder_is_not():
    """"Pauline Kamau was executive director in 2013" says who held the post then, no change of
    it; "was elected chairman in 2001" and "chaired the board from June 2017" are changes."""
    profile = _history_profile(
        "Green Belt Network", "The Green Belt Network is an environmental organisation.",
        "Pauline Kamau was executive director in 2013, and Marion Kamau chaired the board from June 2017. "
        "By 1990 Jan Holm was the network's treasurer. Ole Smith was elected chairman in 2001.")
    rows = {e.date.iso: e for e in extract_events(profile)[0]}
    assert rows["2013"].background and rows["1990"].background, rows
    assert not rows["2017-06"].background and not rows["2001"].background, rows


def test_a_full_day_in_its_own_clause_lends_its_year_after_a_later_span_end():
    """"After the party won the election of 29 June 2008, ... set fire to its headquarters on 1
    July", after a sentence ending "until 2010": 1 July 2008, the day its own clause told just
    before, though the story had been carried to 2010."""
    profile = _history_profile(
        "People's Party", "The People's Party is a political party.",
        "Sanjaa Bayar was its chairman from 2007 until 2010. After the party won the parliamentary election of 29 "
        "June 2008, opposition supporters set fire to its headquarters on 1 July.")
    assert any(e.date.iso == "2008-07-01" for e in extract_events(profile)[0])


def test_a_post_after_and_keeps_the_verb_of_the_clause_before():
    """"Enkhbayar served as prime minister and, from 2005, as president": "as president" has the
    verb before it, no clause of its own, and the label reads "and as president" once the date
    between its commas is gone."""
    from briefkit.extract.events import _clauses
    sentence = ("In 2000 it won 72 of the 76 seats, and Enkhbayar served as prime minister and, from 2005, "
                "as president.")
    assert [c for _, c in _clauses(sentence)][-1].startswith("Enkhbayar served as prime minister and, from 2005")
    profile = _history_profile("People's Party", "The People's Party is a political party.", sentence)
    labels = [e.label for e in extract_events(profile)[0]]
    assert not any(label.startswith("As president") for label in labels), labels
    assert any(label.endswith("as prime minister and as president") for label in labels), labels


def test_a_body_that_took_the_organisations_name_is_the_organisation_before_it(tmp_path):
    """"It was created on 22 June 2012, when Chile's LAN Airlines completed its takeover of TAM
    and took the name LATAM": LAN (and "LAN" alone) is the organisation before 2012, so "LAN and
    TAM signed a memorandum to combine" is its own history, not another airline's; and a person
    winning a presidential election in a company's article is that person's life."""
    path = tmp_path / "a.txt"
    path.write_text(
        "= Andes Airlines Group =\n\nAndes Airlines Group is a Chilean airline holding company. It was created on "
        "22 June 2012, when Chile's LAN Airlines completed its takeover of TAM of Brazil and took the name Andes.\n\n"
        "== History ==\n\nSebastián Piñera held about 26 per cent of LAN when he won the presidential election of 17 "
        "January 2010. On 13 August 2010 LAN and TAM signed a non-binding memorandum to combine.\n", "utf-8")
    rows = {e.date.iso: e for e in read(path).events}
    assert not rows["2010-08-13"].background, rows["2010-08-13"]
    assert rows["2010-01-17"].background, rows["2010-01-17"]


def test_a_name_taken_back_is_a_renaming_dated_by_the_day_after_the_asides_day():
    """"At its congress, which opened on 4 November 2010, the party voted the next day to restore
    the name": the vote is the day after the aside's day, and restoring a name (as "went back to
    its original name" in the lead) is a renaming, so the lead's month and the body's day are one
    row, on the body's day."""
    profile = _history_profile(
        "People's Party",
        "The People's Party is a political party in Mongolia. It went back to its original name in November 2010.",
        "At its 26th congress, which opened in Ulaanbaatar on 4 November 2010, the party voted the next day to "
        "restore the name People's Party; only six delegates opposed the change.")
    rows = [e for e in extract_events(profile)[0] if e.date.year == 2010]
    assert [(e.date.iso, e.kind) for e in rows] == [("2010-11-05", "renaming")], rows
    assert "the next day" not in rows[0].label, rows[0].label
    aside_only = _history_profile(
        "People's Party", "The People's Party is a political party.",
        "At its congress, which opened on 4 November 2010 and closed the next day, the party voted to "
        "restore the name People's Party.")
    assert [e.date.iso for e in extract_events(aside_only)[0]] == ["2010-11-04"]


def test_what_followed_a_dated_death_is_of_its_month_and_a_row_of_its_own():
    """"Edhi died in Karachi on 8 July 2016, still head of the foundation. ... After Edhi's death
    Bilquis co-chaired the foundation with her son": the next head's start has no date of its
    own, so it takes the death's month (by name or by "his death" of the person last named);
    sharing the chair is a change of leadership; and it is not the death told again."""
    for after in ("After Edhi's death", "After his death", "Following the death of Abdul Sattar Edhi,"):
        profile = _history_profile(
            "Edhi Foundation", "The Edhi Foundation is a welfare organisation in Pakistan.",
            "Abdul Sattar Edhi died in Karachi on 8 July 2016, still head of the foundation. "
            f"{after} Bilquis Edhi co-chaired the foundation with her son.")
        rows = [(e.date.iso, e.kind) for e in extract_events(profile)[0]]
        assert [d for d, _ in rows] == ["2016-07-08", "2016-07"] and rows[1][1] == "leadership", (after, rows)


def test_the_next_day_before_a_participle_still_dates_its_clause():
    """"Vistara ... flew its last flight under its own name on 11 November 2024 and was merged
    into the Test Agency the next day, leaving Singapore Airlines with a stake": the participle
    after "the next day" tells what the merger did, so the merger is a row of its own on 12
    November, told of Vistara (its first verb, "flew", is irregular); "that day, saying ..." the
    same."""
    profile = _history_profile(
        "Test Agency", "The Test Agency is an airline.",
        "Vistara, the full-service joint venture of Tata Sons and Singapore Airlines, flew its last flight under its "
        "own name on 11 November 2024 and was merged into the Test Agency the next day, leaving Singapore Airlines "
        "with a 25.1 per cent stake in the enlarged company.")
    rows = {e.date.iso: e.label for e in extract_events(profile)[0]}
    assert rows.get("2024-11-12") == "Vistara was merged into the Test Agency", rows
    said = _history_profile(
        "Test Committee", "The Test Committee is a security service.",
        "On 21 February 2006 the committee's press service disclosed that five suspects were its officers. Nartai "
        "Dutbayev offered his resignation that day, saying he had no moral right to head the committee.")
    assert any(e.date.iso == "2006-02-21" and "resignation" in e.label for e in extract_events(said)[0])


def test_a_participle_opening_a_clause_with_its_own_subject_takes_no_subject_from_before():
    """"The director general, Guy Parayre, chose Favier to command it; promoted general in June
    2008, he became the first general at its head": "promoted" is no verb of the director
    general's, so the label is not "The director general promoted general, he became ..."."""
    profile = _history_profile(
        "Test Group", "The Test Group is a police unit.",
        "The director general, Guy Parayre, chose Favier to command it; promoted general in June 2008, he became "
        "the first general at its head.")
    labels = [e.label for e in extract_events(profile)[0]]
    assert not any(label.startswith("The director general promoted") for label in labels), labels


def test_a_time_closing_the_opening_phrase_dates_the_clause():
    """"At the summit held in Mendoza the next day, the presidents suspended Paraguay": the day
    after the one last told, and the label keeps the summit without the count."""
    profile = _history_profile(
        "Test Market", "The Test Market is a trade bloc.",
        "On 28 June 2012 the high representative resigned at a meeting of foreign ministers in Mendoza. At the "
        "summit held in Mendoza the next day, the presidents suspended Paraguay under the democratic clause.")
    rows = {e.date.iso: e.label for e in extract_events(profile)[0]}
    assert rows.get("2012-06-29", "").startswith("At the summit held in Mendoza, the presidents suspended"), rows


def test_a_past_perfect_before_a_dated_simple_past_leaves_the_story_at_that_date(tmp_path):
    """"Simon Nkoli had died of AIDS ten days before a small group ... gathered on the cathedral's
    steps on Human Rights Day in 1998. That December Gugu Dlamini ... was beaten to death": the
    year belongs to the gathering, so "That December" is December 1998, not of the lead's last
    year ("chairperson since 2017")."""
    path = tmp_path / "a.txt"
    path.write_text(
        "= Test Campaign =\n\nThe Test Campaign is a South African organisation. It was launched in Cape Town on "
        "10 December 1998. Sibongile Tshabalala has been its national chairperson since 2017.\n\n== History ==\n\n"
        "The activist Simon Nkoli had died of AIDS ten days before a small group of activists, Achmat among them, "
        "gathered on the steps of St George's Cathedral on International Human Rights Day in 1998. That December "
        "Gugu Dlamini, a volunteer, was beaten to death by a mob near Durban.\n", "utf-8")
    dated = {e.date.iso for e in read(path).events if "Dlamini" in e.text}
    assert dated == {"1998-12"}, dated


def test_a_time_told_again_after_and_again_takes_the_verb_before():
    """"soldiers mutinied in 2001 and again in 2012": the 2012 row reads "Soldiers mutinied
    again", not "In 2012"; a span told again keeps the sentence as it was."""
    profile = _history_profile("Test Force", "The Test Force is the military of a country.",
                               "The staff struck in May 2001 and again in June 2012.")
    rows = {e.date.iso: e.label for e in extract_events(profile)[0]}
    assert rows.get("2012-06") == "The staff struck again", rows
    span = _history_profile("Test Force", "The Test Force is the military of a country.",
                            "Ahumada led the corps from 1844 to 1854 and again from 1856 to 1858.")
    assert not any(e.label.endswith("1854 again") for e in extract_events(span)[0])


def test_a_death_told_after_who_the_person_was_is_their_life():
    """"The gay rights and anti-apartheid activist Simon Nkoli had died of AIDS ten days before
    a small group of activists, Achmat among them, gathered": a death of someone who is no
    leader, told after words saying who he was, is his life, though the sentence names a leader."""
    from briefkit.extract.events import _others_death
    assert _others_death("The gay rights and anti-apartheid activist Simon Nkoli had died of AIDS ten days before",
                         ["Zackie Achmat"])
    assert not _others_death("The founder Zackie Achmat died in 2030", ["Zackie Achmat"])


def test_brackets_after_a_subject_leave_it_to_the_clause_after_and():
    """"The Progressive Party (Serbian: Српска напредна странка, SNS) is the largest party in
    Serbia and has led the country's governments since 2012": the second clause is the party's,
    named without what the brackets add, not "Has led the country's governments"."""
    profile = _history_profile(
        "Progressive Party",
        "The Progressive Party (Serbian: Српска напредна странка, ''Srpska napredna stranka'', SNS) is the largest "
        "political party in Serbia and has led the country's governments since 2012.", "The party was founded in 2008.")
    labels = [e.label for e in extract_events(profile)[0]]
    assert "The Progressive Party has led the country's governments" in labels, labels


def test_a_leaders_surname_inside_a_longer_name_names_no_leader(tmp_path):
    """"That June Mbeki succeeded Nelson Mandela as president and appointed Manto
    Tshabalala-Msimang as health minister", in the article on a campaign Sibongile Tshabalala
    chairs: "Tshabalala" inside another's double name is not its chairperson, so the change of
    president is the state's, not a change of the campaign's leader."""
    path = tmp_path / "a.txt"
    path.write_text(
        "= Test Campaign =\n\n{{Infobox organization\n- Chairperson: Sibongile Tshabalala\n}}\n\nThe Test Campaign is "
        "a South African organisation. Sibongile Tshabalala has chaired it since 2017.\n\n== History ==\n\nIn 1998 the "
        "campaign marched in Cape Town. That June Mbeki succeeded Nelson Mandela as president and appointed Manto "
        "Tshabalala-Msimang as health minister.\n", "utf-8")
    kinds = {e.date.iso: e.kind for e in read(path).events}
    assert kinds.get("1998-06") != "leadership", kinds


def test_how_a_class_of_people_has_stood_since_a_time_is_background():
    """"Women have been eligible to apply since 1984", "Since 1996 the chairmen have been senior
    naval officers": a plural with no name that "have been" something is a standing state; a
    passive ("have been deployed") stays a happening."""
    from briefkit.extract.events import classify
    from briefkit.extract.subject import Subject
    subject = Subject(Profile.model_validate({"names": {"title": "Test Agency"}}))
    assert classify("Women have been eligible to apply since 1984.", subject) == "background"
    assert classify("Since 1996 the chairmen have been senior naval officers.", subject) == "background"
    assert classify("Its troops have been deployed in Mali since 2014.", subject) != "background"


def test_labels_keep_a_statement_an_aside_follows_and_drop_a_part_of_its_date():
    """"During a national strike late in August 2011 a police sergeant shot dead Manuel Gutiérrez,
    a 16-year-old, and ...": no comma ended the opening, so the label keeps the statement (not
    "A 16-year-old"), and "late" goes with its date; "cost its chief executive his post" keeps
    "his" for the post it follows; "and again in 2024 and from 13 May 2025" reads as the row
    before, again."""
    profile = _history_profile(
        "Test Police", "The Test Police is the national police of Chile.",
        "During a national strike late in August 2011 a police sergeant shot dead Manuel Gutiérrez, a 16-year-old, "
        "and a news site then reported that Gordon had had a traffic report altered.")
    labels = [e.label for e in extract_events(profile)[0]]
    assert "During a national strike, a police sergeant shot dead Manuel Gutiérrez, a 16-year-old" in labels, labels
    bank = _history_profile(
        "Test Bank", "The Test Bank is a banking group. Under Arnold Ekpe it grew into the largest bank in Africa. A "
        "boardroom crisis in 2013–2014 cost its chief executive his post.", "The bank was founded in 1985.")
    assert not any("Ekpe's post" in e.label for e in extract_events(bank)[0])
    again = _history_profile(
        "Test Commission", "The Test Commission is an agency.",
        "Azam Baki became chief commissioner in 2020. Anwar Ibrahim, who became prime minister in November 2022, "
        "kept him on and had his service extended by a year from 12 May 2023, when he reached the retirement age "
        "of 60, and again in 2024 and from 13 May 2025.")
    rows = {e.date.iso: e.label for e in extract_events(again)[0]}
    assert rows.get("2024", "").endswith("extended by a year again") and rows.get("2025-05-13") == rows["2024"], rows


def test_what_is_done_to_one_of_its_people_is_its_history(tmp_path):
    """"Ruth Eleonora López, head of its anti-corruption and justice unit, had investigated ...
    Late on 18 May 2025 police arrested López at her home": the police are another body, but the
    one arrested is one of the organisation's people, so the arrest is on its timeline."""
    path = tmp_path / "a.txt"
    path.write_text(
        "= Test Foundation =\n\nThe Test Foundation is a human rights organisation in El Salvador.\n\n== History ==\n\n"
        "In 2024 Ruth Eleonora López, head of its anti-corruption and justice unit, published a report on public "
        "contracts. Late on 18 May 2025 police arrested López at her home in San Salvador on a warrant from the "
        "Attorney General's Office.\n", "utf-8")
    rows = {e.date.iso: e for e in read(path).events}
    assert "2025-05-18" in rows and not rows["2025-05-18"].background, rows


def test_a_stake_bought_in_no_other_body_is_a_stake_in_the_organisation(tmp_path):
    """"On 4 September 2014 Qatar National Bank bought AMCON's stake of 12.5 per cent": two other
    bodies, but the stake is the company's own shares, so the sale is its history."""
    path = tmp_path / "a.txt"
    path.write_text(
        "= Test Bank =\n\nTest Bank is a pan-African banking group.\n\n== History ==\n\n"
        "On 4 September 2014 Qatar National Bank bought AMCON's stake of 12.5 per cent.\n", "utf-8")
    rows = {e.date.iso: e for e in read(path).events}
    assert "2014-09-04" in rows and not rows["2014-09-04"].background, rows


def test_what_a_police_does_during_a_time_that_began_on_a_month(tmp_path):
    """"During the unrest that began in October 2019 the force's riot shotguns wounded hundreds
    of protesters", in the article on a country's police: "the force" is the police itself, the
    wounding is of that month (the unrest's start dates what happened in it), and the label reads
    "During the unrest, the force's ..."."""
    path = tmp_path / "a.txt"
    path.write_text(
        "= Test Carabineros =\n\nTest Carabineros is the uniformed national police of Chile.\n\n== History ==\n\n"
        "During the unrest that began in October 2019 the force's riot shotguns wounded hundreds of protesters "
        "in the eyes.\n", "utf-8")
    rows = {e.date.iso: e for e in read(path).events}
    assert "2019-10" in rows and not rows["2019-10"].background, rows
    assert rows["2019-10"].label.startswith("During the unrest, the force's riot shotguns"), rows["2019-10"].label


def test_a_time_that_began_on_a_day_dates_what_happened_in_it_to_the_month():
    """"During the unrest that began on 18 October 2019 the force's riot shotguns wounded
    hundreds": the unrest began that day; the wounding happened in it, so its row is October
    2019, not the 18th."""
    profile = _history_profile("Test Carabineros", "Test Carabineros is the uniformed national police of Chile.",
                               "During the unrest that began on 18 October 2019 the force's riot shotguns wounded "
                               "hundreds of protesters in the eyes.")
    assert [e.date.iso for e in extract_events(profile)[0]] == ["2019-10"]


def _anti_graft_rows(text: str) -> list:
    profile = _history_profile("Anti-Graft Commission",
                               "The Anti-Graft Commission is a government agency that investigates corruption.",
                               text, people=True)
    return extract_events(profile)[0]


def test_a_death_the_organisations_act_led_to_is_its_history_dated_by_the_next_day():
    """"The next day Teoh, aged 30, was found dead" after officers took Teoh Beng Hock in for
    questioning: the death follows the organisation's own act on him, a name told family name
    first, and "The next day" is a time, not the subject of "found". Neither makes it another
    body's act."""
    rows = _anti_graft_rows(
        "On 15 July 2009 officers raided the offices of Ean Yong Hian Wah and took his political aide Teoh Beng "
        "Hock to the commission's office for questioning through the night. The next day Teoh, aged 30, was found "
        "dead on a lower floor of the building. An inquest returned an open verdict.")
    dead = next(e for e in rows if "found dead" in e.text)
    assert dead.date.iso == "2009-07-16" and not dead.background, dead


def test_within_days_and_a_count_after_a_happening_named_before_date_their_clauses():
    """"Dzulkifli resigned within days" of an election on 9 May is May; "eight days after the
    election" is counted from the election's day, found in the sentence that told it, though
    a sentence between told a time of its own. "Within weeks" says no month and dates nothing."""
    rows = _anti_graft_rows(
        "Prime Minister Najib Razak's coalition lost the general election of 9 May 2018. Dzulkifli Ahmad resigned "
        "within days. Mohd Shukri Abdull returned as chief commissioner eight days after the election. On 3 July "
        "2018 officers arrested Najib at his home in Kuala Lumpur.")
    by_text = {e.text: e for e in rows}
    assert by_text["Dzulkifli Ahmad resigned within days."].date.iso == "2018-05"
    returned = next(e for e in rows if "returned as chief commissioner" in e.text)
    assert returned.date.iso == "2018-05-17", returned
    # "his home" is the home of Najib, whom the label names, not of the last man named before
    arrest = next(e for e in rows if "arrested" in e.text)
    assert arrest.label == "Officers arrested Najib at his home in Kuala Lumpur", arrest.label


def test_a_count_after_a_happening_not_told_nearby_dates_nothing():
    rows = _anti_graft_rows(
        "In 2015 the commission opened an inquiry into the fund. Its chief, Ali Hamsa, resigned eight days after "
        "the election.")
    assert not any("resigned" in e.text for e in rows if e.date.day is not None), rows


def test_a_government_portfolio_told_without_of_is_another_bodys_post():
    """"Kumar resigned as law minister two days after the hearing": a minister of a portfolio
    ("law minister", "finance minister") is the government's, whoever leads the organisation,
    and stays off its timeline however the clause is dated."""
    rows = _anti_graft_rows(
        "On 8 May 2013 the Supreme Court held a hearing on the bureau's report. Ashwani Kumar resigned as law "
        "minister two days after the hearing. In 2014 the commission named Ranjit Sinha its director.")
    kumar = [e for e in rows if "law minister" in e.text]
    assert kumar and all(e.background for e in kumar), kumar


def _party_rows(text: str) -> list:
    profile = _history_profile("Reform Party", "The Reform Party is a political party in Jamaica.", text)
    return extract_events(profile)[0]


def test_what_happened_just_before_a_time_told_by_its_year_is_of_that_year():
    """"The party lost the election held just before independence in 1962": the year is the
    election's, as closely as a year tells, not only independence's."""
    rows = _party_rows("The party lost the election held just before independence in 1962, and lost again in 1967.")
    lost = next(e for e in rows if e.date.iso == "1962")
    assert not lost.background and "lost the election" in lost.label, lost


def test_an_opening_participle_and_the_statement_after_it_are_two_happenings():
    """"Re-elected in 1976, the party lost the general election of October 1980": the opening's
    year dates the re-election, the statement's own month the defeat; the defeat had been
    dated 1976."""
    rows = _party_rows("Re-elected in 1976, the party lost the general election of October 1980 heavily after years "
                       "of economic crisis.")
    defeat = next(e for e in rows if e.date.iso == "1980-10")
    assert "lost the general election" in defeat.label and not defeat.background, defeat


def test_years_later_to_the_month_keeps_the_month():
    """"Three years later to the month" after 22 October 1920 is October 1923, not 1923."""
    profile = _history_profile("Royal Legion", "The Royal Legion is the army of a kingdom.",
                               "The first force was formed on 22 October 1920 as the Mobile Force. Three years later "
                               "to the month, by then about a thousand strong, it was renamed the Arab Legion.")
    renamed = next(e for e in extract_events(profile)[0] if "renamed" in e.text)
    assert renamed.date.iso == "1923-10", renamed
    # the aside without a verb after the time goes with it ("by then about a thousand strong")
    assert renamed.label.endswith("was renamed the Arab Legion") and "strong" not in renamed.label, renamed.label


def test_a_year_to_the_day_after_a_happening_told_before_is_that_day_a_year_on():
    """"A year to the day after the all-out strike began, the union announced ...": counted from
    the day the sentences before gave the strike, though a sentence between told no time; with
    no such day near, nothing is dated."""
    def rows_of(text: str) -> list:
        return extract_events(_history_profile("Workers Union", "The Workers Union is a trade union.", text))[0]

    rows = rows_of("Refuse workers began an all-out strike on 11 March 2025 against a restructuring. The union said "
                   "that it backed them. A year to the day after the all-out strike began, the union announced that "
                   "it would cut its affiliation fee by 40 per cent.")
    cut = next(e for e in rows if "affiliation fee" in e.text)
    assert cut.date.iso == "2026-03-11", cut
    rows = rows_of("The union was founded in 2007. A year to the day after the merger, the union announced that it "
                   "would cut its affiliation fee.")
    assert not any("affiliation fee" in e.text and e.date.month for e in rows), rows


def test_a_count_of_days_later_before_how_it_went_dates_the_clause():
    """"Gomelauri, who had run a bodyguard service until 2013, was approved by Parliament two days
    later with 83 votes": the count closes the clause before how the vote went ("with 83 votes"),
    and dates it from the sentence before; the aside's year is the person's past."""
    profile = _history_profile("State Security Service", "The State Security Service is a security agency.",
                               "On 20 July 2015 the prime minister put forward the interior minister, Vakhtang "
                               "Gomelauri, as the service's first head. Gomelauri, who had run a bodyguard service "
                               "until 2013, was approved by Parliament two days later with 83 votes.")
    approved = next(e for e in extract_events(profile)[0] if "approved" in e.text)
    assert approved.date.iso == "2015-07-22", approved


def test_a_time_inside_a_clause_describing_the_subject_dates_what_was_done_to_it():
    """"The service they launched the following year was called the Flying Doctors": the launch,
    told in a clause about the subject before its verb, is of the year after the one just told."""
    profile = _history_profile("Health Africa", "Health Africa is a charity.",
                               "The plan was hatched in 1956 by three surgeons. The service they launched the "
                               "following year was called the Flying Doctors of East Africa.")
    launched = next(e for e in extract_events(profile)[0] if "launched" in e.text)
    assert launched.date.iso == "1957" and "following year" not in launched.label, launched


def test_another_body_acting_on_it_and_at_the_same_congress_are_its_history():
    """"Gatty ran the airline until his death in 1957, and the following year Qantas bought it":
    another body buying the organisation is its history, and "his" is Gatty's, whom the label
    names; "merged into the party at the same congress" is of the congress just dated."""
    rows = extract_events(_history_profile(
        "Island Airways", "Island Airways is an airline.",
        "In 1947 Harold Gatty founded the airline. Gatty ran the airline until his death in 1957, and the following "
        "year Qantas bought it."))[0]
    bought = next(e for e in rows if "bought" in e.label)
    assert bought.date.iso == "1958" and not bought.background, bought
    death = next(e for e in rows if e.date.iso == "1957")
    assert "his death" in death.label, death.label
    rows = _party_rows("At the 23rd congress on 26 April 2022 the chairman resigned. The Adal party merged into the "
                       "party at the same congress.")
    merged = next(e for e in rows if "merged" in e.label)
    assert merged.date.iso == "2022-04-26", merged


def test_him_after_a_nomination_is_the_nominee():
    """"The same day Kobakhidze nominated Mamuka Mdinaradze, the leader of the majority. ...
    Parliament approved him on 3 September": "him" is the one nominated, not the one who
    nominated."""
    profile = _history_profile(
        "State Security Service", "The State Security Service is a security agency.",
        "On 23 August 2025 the head resigned. The same day Irakli Kobakhidze nominated Mamuka Mdinaradze, the "
        "leader of the majority in Parliament. Parliament approved him on 3 September by 85 votes to none.")
    approved = next(e for e in extract_events(profile)[0] if "approved" in e.label)
    assert "Mdinaradze" in approved.label and "Kobakhidze" not in approved.label, approved.label


def test_after_opening_a_joined_clause_dates_that_clause_not_a_reference(tmp_path):
    """Set 66 (Ecopetrol): "..., and after a month of handover he took office on Monday 6 April":
    "after" opens the clause joined by "and" as it would open a sentence, so the day is the taking
    of office, not a time the clause only refers to; "emigrated after the protests of 2020" still
    only locates."""
    events = _event_list(tmp_path, (
        "= Blue Oil =\n\nBlue Oil is a state oil company of Westland.\n\n== History ==\n\nOn 4 March 2015 the board "
        "chose a former finance minister, Juan Carlos Echeverry, from a shortlist drawn up by a headhunting firm, and "
        "after a month of handover he took office on Monday 6 April.\n"))
    events = {e.date.iso: e for e in events}
    assert "2015-04-06" in events and not events["2015-04-06"].background, events


def test_taking_over_a_named_post_after_a_sentence_of_a_year_is_of_that_year(tmp_path):
    """Set 66 (Elman Peace): "... and in 2007 went back for good. She took over the centre as its
    executive director.": taking over, told right after a sentence that dates one happening to a
    year only, is of that year; the object between "took over" and "as" is no obstacle."""
    events = _event_list(tmp_path, (
        "= Blue Centre =\n\nThe Blue Centre is a human rights organisation in Westland.\n\n== History ==\n\n"
        "Fartuun Adan returned to Westland several times over the next seven years and in 2007 went back for good. "
        "She took over the centre as its executive director. In 2010 her daughter joined her.\n"))
    assert any(e.date.iso == "2007" and "took over the centre" in e.title for e in events), events


def test_a_clause_ending_on_an_infinitive_left_out_does_not_hold_the_next_one(tmp_path):
    """MİT (held-out): "Şenkal Atasagun retired on 11 June 2005, four years before he had to, and
    Emre Taner ... took office four days later": the "to" of "had to" governs no noun, so the
    clause after ", and" is a happening of its own, four days after the retirement; the time
    measured to another ("four years before he had to") is no part of the retirement's label."""
    events = _event_list(tmp_path, (
        "= Blue Service =\n\nThe Blue Service is the intelligence agency of Westland.\n\n== History ==\n\n"
        "Şenkal Atasagun retired on 11 June 2005, four years before he had to, and Emre Taner, a career "
        "intelligence officer, took office four days later.\n"))
    events = {e.date.iso: e.title for e in events}
    assert events.get("2005-06-11") == "Şenkal Atasagun retired", events
    assert "Emre Taner took office" in events.get("2005-06-15", ""), events


def test_an_occasion_named_before_a_counted_time_is_dated_by_it(tmp_path):
    """CMAC (held-out): "At a handover ceremony later that month Sotha handed control of the centre
    to Khem Sophoan", after a sentence of 4 August 1999: the occasion named before "later that
    month" is dated by it, and so is the handover it opens."""
    got = _read_events(tmp_path, (
        "= Blue Centre =\n\nThe Blue Centre is a demining agency of Westland.\n\n== History ==\n\n"
        "On 4 August 1999 the chairman announced that Khem Sophoan would take over. At a handover ceremony later "
        "that month Sam Sotha handed control of the centre to Khem Sophoan.\n"))
    assert got.get("1999-08") == "Sam Sotha handed control of the centre to Khem Sophoan", got


def test_him_in_a_that_clause_after_a_named_object_is_no_one_of_the_sentence_before(tmp_path):
    """Set 67 (Namibian Defence Force): "In July 2009 Pohamba suspended Shalli over allegations that
    a Chinese state company supplying the force had paid him kickbacks" after a sentence about
    Hawala: "him" is Shalli, whom the label names already, never Hawala; "later that year the
    board chose Richards to succeed him" still names the one before."""
    events = _event_list(tmp_path, (
        "= Blue Force =\n\nThe Blue Force is the military of Westland.\n\n== Chiefs ==\n\n"
        "- Solomon Hawala (2000 – 31 October 2006)\n- Martin Shalli (2006 – 2011)\n\n== History ==\n\n"
        "Solomon Hawala handed over the sword of command to Martin Shalli at a parade on 31 October 2006.\n\n"
        "In July 2009 President Pohamba suspended Shalli over allegations that a Chinese state company supplying "
        "the force had paid him kickbacks.\n"))
    labels = [e.label for e in events if e.date.iso == "2009-07"]
    assert labels and "Hawala" not in labels[0], labels


def test_a_listed_chiefs_taking_office_names_the_body_of_the_title_in_capitals():
    """Set 67: "John Mutwa took office as chief of the Defence Force", not "... defence force";
    an acronym stays one ("managing director and CEO")."""
    from briefkit.extract.events import _role_in_prose

    assert _role_in_prose("Chief of the Defence Force") == "chief of the Defence Force"
    assert _role_in_prose("Managing Director and CEO") == "managing director and CEO"
    assert _role_in_prose("Chairman of the board") == "chairman of the board"


def test_a_named_owner_withdrawing_from_no_other_body_is_the_organisations_history(tmp_path):
    """Set 67 (Gulf Air): "Qatar refused to put in more money and withdrew in May 2002, leaving
    Bahrain, Abu Dhabi and Oman to inject 30 million dinars": an owner leaving the airline, not
    another body's doing; "Qatar withdrew from the Arab League" would be another's."""
    events = _event_list(tmp_path, (
        "= Blue Air =\n\nBlue Air is the flag carrier of Westland, owned by four states.\n\n== History ==\n\n"
        "Qatar refused to put in more money and withdrew in May 2002, leaving Bahrain, Abu Dhabi and Oman to inject "
        "30 million dinars in equal shares.\n"))
    events = [e for e in events if e.date.iso == "2002-05"]
    assert events and not events[0].background, events


def test_a_day_of_that_year_is_a_day_of_the_year_just_told_not_of_every_year(tmp_path):
    """Set 67 (Charles Darwin Foundation): "In 1959 the government of Ecuador declared the
    archipelago a national park. On 23 July of that year the foundation was constituted in
    Brussels": 23 July 1959, its founding, not a day of every year; the label drops the date
    phrase whole. "On 1 January of every year" still recurs."""
    from briefkit.extract.dates import find_dates

    assert not find_dates("On 23 July of that year the foundation was constituted")[0].recurring
    assert find_dates("It meets on 1 January of every year")[0].recurring
    got = _read_events(tmp_path, (
        "= Blue Foundation =\n\nThe Blue Foundation is a research charity.\n\n== History ==\n\nIn 1959 the government "
        "of Ecuador declared the archipelago a national park. On 23 July of that year the foundation was constituted "
        "in Brussels.\n"))
    assert got.get("1959-07-23") == "The foundation was constituted in Brussels", got


def test_early_the_following_month_is_that_month(tmp_path):
    """Set 67 (Bank of Latvia): "The Saeima failed to elect a governor on 19 December 2024. Early
    the following February the Saeima re-elected Kazāks": February 2025."""
    got = _read_events(tmp_path, (
        "= Blue Bank =\n\nThe Blue Bank is the central bank of Westland.\n\n== History ==\n\nThe Saeima failed to "
        "elect a governor on 19 December 2024. Early the following February the Saeima re-elected Kazāks by 67 "
        "votes to 18.\n"))
    assert "re-elected" in got.get("2025-02", ""), got


def test_after_a_clause_with_an_aside_of_the_time_the_day_is_a_reference(tmp_path):
    """Set 67 (Namibian Defence Force): "It was formed in the months after the country, then called
    South West Africa, became independent of South Africa on 21 March 1990": the day is the
    country's independence, which the founding came after, not the founding's day."""
    events = _event_list(tmp_path, (
        "= Blue Defence Force =\n\nThe Blue Defence Force is the military of Westland. It was formed in the months "
        "after the country, then called South West Africa, became independent of South Africa on 21 March 1990, by "
        "bringing together two armies.\n"))
    assert not [e for e in events if e.date.iso == "1990-03-21" and not e.background]


def test_an_occasion_in_a_long_after_clause_does_not_date_the_main_clause(tmp_path):
    """Set 67 (VMRO-DPMNE): "In July 2020, after the party fell from about 455,000 to 315,000 votes at
    the election of 15 July, a party session abolished the post of honorary president": July 2020,
    the session's; the election's day only locates what came after it, and the row tells the
    session, the commas of the numbers and all. "More than 9,000 delegates voted on 17 October"
    keeps its day."""
    got = _read_events(tmp_path, (
        "= Blue Party =\n\nThe Blue Party is a political party in Westland.\n\n== History ==\n\nIn July 2020, after "
        "the party fell from about 455,000 to 315,000 votes at the election of 15 July, a party session abolished the "
        "post of honorary president and limited the leader to three terms. More than 9,000 delegates voted on "
        "17 October 2022.\n"))
    assert got.get("2020-07", "").startswith("A party session abolished the post of honorary president"), got
    assert "2022-10-17" in got, got


def test_more_than_a_number_is_a_count_not_a_comparison_with_another_time(tmp_path):
    """"More than 900 delegates voted on 17 October 2022", "Fewer than 50 members attended the
    congress on 3 May 2010": "than" before a number counts people, it compares no time (the comma
    of "9,000" had hidden this from the Indian National Congress's vote)."""
    events = _event_list(tmp_path, (
        "= Blue Party =\n\nThe Blue Party is a political party in Westland.\n\n== History ==\n\nFewer than 50 members "
        "attended the congress on 3 May 2010. More than 900 delegates voted on 17 October 2022.\n"))
    events = {e.date.iso: e for e in events}
    assert not events["2010-05-03"].background and not events["2022-10-17"].background, events


def test_she_after_a_sentence_that_names_the_one_chosen_is_the_one_chosen(tmp_path):
    """Amref (held-out): "Mocumbi announced that the board had chosen Teguest Guerma, an Ethiopian
    specialist in HIV/AIDS who was then associate director of the HIV/AIDS department of the World
    Health Organization, to succeed Smalley after his eight years in the post. She took up the post
    that June": "She" is the one chosen, however long the aside about her."""
    events = _event_list(tmp_path, (
        "= Blue Health =\n\nBlue Health is a health charity in Westland.\n\n== History ==\n\nOn 25 March 2010 "
        "Pascoal Mocumbi announced that the board had chosen Teguest Guerma, an Ethiopian specialist in HIV/AIDS "
        "who was then associate director of the HIV/AIDS department of the World Health Organization, to succeed "
        "Michael Smalley after his eight years in the post. She took up the post that June.\n"))
    labels = [e.label for e in events if e.date.iso == "2010-06"]
    assert labels and labels[0].startswith("Teguest Guerma"), labels


def test_a_bodys_name_before_and_is_no_person_a_pronoun_could_mean(tmp_path):
    """Set 67 (Bank of Latvia): "officers of the Corruption Prevention and Combating Bureau (KNAB)
    detained Rimšēvičs ... He was released on bail two days later": "Corruption Prevention" is
    the start of a body's name that runs on past "and" to "Bureau", not a second person, so "He"
    is Rimšēvičs."""
    events = _event_list(tmp_path, (
        "= Blue Bank =\n\nThe Blue Bank is the central bank of Westland.\n\n== Governors ==\n\n- Ilmārs Rimšēvičs "
        "(2001–2019)\n\n== History ==\n\nOn 17 February 2018 officers of the Corruption Prevention and Combating "
        "Bureau (KNAB) detained Rimšēvičs on suspicion of taking a bribe. He was released on bail two days later.\n"))
    labels = [e.label for e in events if e.date.iso == "2018-02-19"]
    assert labels and labels[0].startswith("Ilmārs Rimšēvičs"), labels


@pytest.mark.parametrize("going, then, named, year", [
    # Bank of Latvia (held-out): the sentence just before dates the predecessor's later life
    ("Einars Repše resigned in December 2001 to found a political party.",
     "He became prime minister after the election of the following year.",
     "The council elected Ilmārs Rimšēvičs to succeed him.", "2001"),
    # Botswana Defence Force (held-out)
    ("Ian Khama left the brigade in 1998 to enter politics.",
     "He became vice-president that year, and from 1 April 2008 to 2018 he was president of Westland.",
     "His former deputy, Matshwenyego Fisher, succeeded him and reorganised the units.", "1998"),
    # Fiji Airways (held-out): the successor's aside dates his career, not the choice
    ("In November 2014 Stefan Pichler announced that he would leave on 1 February 2015.",
     "He remained a director of the brigade.",
     "The board chose as his successor Andre Viljoen, who had run Air Mauritius from 2010 to 2015.", "2015"),
    # Carabineros de Chile (held-out)
    ("General José Bernales died in a helicopter crash on 29 May 2008.",
     "He was the first commander to die in office.",
     "The president named General Eduardo Gordon to succeed him.", "2008"),
])
def test_a_successor_named_with_no_time_of_its_own_is_of_the_year_of_the_going(tmp_path, going, then, named, year):
    """A successor named with no time of their own ("to succeed him", "chose as his successor",
    "succeeded him") a sentence or two after the predecessor's going is of the year of that
    going: the text does not say when the successor was chosen, and the sentence between tells
    of the predecessor's later life (a post two years on, a death in office)."""
    events = _event_list(tmp_path, (
        "= Blue Brigade =\n\nThe Blue Brigade is a unit of Westland.\n\n== History ==\n\nThe brigade was formed "
        f"in 1990. {going} {then} {named}\n"))
    told = [e for e in events if e.text == named]
    assert told and told[0].date.iso == year and not told[0].background, [(e.date.iso, e.text) for e in events]


def test_a_new_holder_named_after_the_day_a_sentence_dates_is_of_that_day(tmp_path):
    """Guardia Nacional (held-out): "On Monday 16 January 2023 López Obrador announced that
    Rodríguez Bucio would become undersecretary ... The guard's new commander was David Córdova
    Campos" is of that day: the post he took is a leader's, and his table row dates it too."""
    events = _event_list(tmp_path, (
        "= Blue Guard =\n\nThe Blue Guard is a national guard of Westland.\n\n== Commanders ==\n\n- Luis Bucio "
        "(2019–2023)\n\n== History ==\n\nThe guard was formed in 2019. On 16 January 2023 the president announced that Luis Bucio would become undersecretary "
        "of public security. The guard's new commander was David Córdova Campos, a retired general.\n"))
    told = [e for e in events if "new commander" in e.text]
    assert told and told[0].date.iso == "2023-01-16" and told[0].kind == "leadership", \
        [(e.date.iso, e.kind, e.text) for e in events]


def test_the_only_candidate_to_succeed_him_is_no_successor_named(tmp_path):
    """Asian Development Bank (held-out): "Takehiko Nakao ... was the only candidate to succeed
    Haruhiko Kuroda" tells who stood, not who took over: it takes no date from the going told
    before it."""
    events = _event_list(tmp_path, (
        "= Blue Bank =\n\nThe Blue Bank is a development bank.\n\n== History ==\n\nThe bank was founded in 1966. "
        "Haruhiko Kuroda resigned in March 2013 to lead the central bank. Takehiko Nakao, a finance official, "
        "was the only candidate to succeed him.\n"))
    assert not [e for e in events if "only candidate" in e.text], [(e.date.iso, e.text) for e in events]


def test_a_successor_whose_aside_dates_the_taking_over_is_told_once(tmp_path):
    """South African Police Service (held-out): "His successor was Jackie Selebi, a former exile
    ..., who took over in 2000" is one happening, the aside's: the successor named is not dated
    again by the sentence before."""
    events = _event_list(tmp_path, (
        "= Blue Police =\n\nThe Blue Police is the police of Westland.\n\n== History ==\n\nThe police was formed "
        "in 1995. George Fivaz retired as commissioner in January 2000. His successor was Jackie Selebi, a former "
        "exile and diplomat, who took over in 2000.\n"))
    selebi = [e for e in events if "Selebi" in (e.label or e.text)]
    assert len(selebi) == 1, [(e.date.iso, e.label) for e in events]


def test_a_leader_named_with_a_generations_suffix_is_called_by_the_family_name(tmp_path):
    """Set 69 (Bangko Sentral ng Pilipinas): "Espenilla died on Saturday 23 February 2019" is the
    death in office of its governor "Nestor Espenilla Jr.", whom the text calls "Espenilla", not
    "Jr": it had been read as another body's doing, background, off the timeline."""
    events = _event_list(tmp_path, (
        "= Blue Bank =\n\nThe Blue Bank is the central bank of Westland.\n\n== Governors ==\n\n"
        "- Amando Tetangco Jr. (2005–2017)\n- Nestor Espenilla Jr. (3 July 2017 – 23 February 2019)\n\n"
        "== History ==\n\nThe bank opened in 1993. Espenilla died on Saturday 23 February 2019, aged 60.\n"))
    died = [e for e in events if e.date.iso == "2019-02-23" and "died" in e.text]
    assert died and not died[0].background, [(e.date.iso, e.background, e.text) for e in events]


def test_a_leader_given_a_state_post_during_an_earlier_term_is_the_organisations_news(tmp_path):
    """Set 69 (Morocco's PJD): "on 29 November the king appointed Benkirane head of government",
    in 2011, within his first term as secretary-general (2008–2017) though his present one runs
    "since 2021": the leader's, not a career step elsewhere."""
    events = _event_list(tmp_path, (
        "= Blue Party =\n\nThe Blue Party is a political party in Westland.\n\n== Secretaries-general ==\n\n"
        "1. Saadeddine Othmani (2004–2008)\n2. Abdelilah Benkirane (2008–2017)\n3. Saadeddine Othmani (2017–2021)\n"
        "4. Abdelilah Benkirane (since 2021)\n\n== History ==\n\nThe party was founded in 1967. At the election of "
        "25 November 2011 the party won 107 of the 395 seats, and on 29 November the king appointed Benkirane head "
        "of government.\n"))
    appointed = [e for e in events if e.date.iso == "2011-11-29"]
    assert appointed and not appointed[0].background, [(e.date.iso, e.background, e.text) for e in events]


def test_a_generations_suffix_is_no_surname():
    """"Nestor Espenilla Jr.", "Henry Ford II": the text calls them "Espenilla" and "Ford"."""
    from briefkit.extract.events import _surnames_of
    from briefkit.extract.surnames import name_words

    assert _surnames_of("Nestor Espenilla Jr.") == ("Espenilla",)
    assert _surnames_of("Nestor Espenilla Jr") == ("Espenilla",)
    assert name_words("Henry Ford II") == ["Henry", "Ford"] and name_words("Jr") == ["Jr"]
    assert _surnames_of("Kim Gye-hwan") == ("Gye-hwan", "Kim")


def test_a_head_handing_on_the_post_after_and_is_of_the_date_of_the_clause_before(tmp_path):
    """Set 69 (Lebanese Armed Forces): "Parliament elected him president of the republic on 31
    July 1958, and he gave up the command to General Toufic Salem": the command handed on, told
    with no time of its own after ", and", is of that day (the election is his career, the
    handing on the army's change of commander); "and he later resigned" is not."""
    events = _event_list(tmp_path, (
        "= Blue Army =\n\nThe Blue Army is the army of Westland.\n\n== Commanders ==\n\n- Fuad Chehab (1945–1958)\n"
        "- Toufic Salem (1958–1959)\n\n== History ==\n\nThe army was formed in 1945. Parliament elected Fuad Chehab "
        "president of the republic on 31 July 1958, and he gave up the command to General Toufic Salem. The "
        "assembly chose Jean Njeim as speaker on 3 May 1970, and he later resigned.\n"))
    handed = [e for e in events if "gave up the command" in (e.label or "")]
    assert handed and handed[0].date.iso == "1958-07-31" and not handed[0].background, \
        [(e.date.iso, e.background, e.label) for e in events]
    assert not [e for e in events if (e.label or "").endswith("later resigned")], [(e.date.iso, e.label) for e in events]


@pytest.mark.parametrize("text, iso", [
    # Set 69 (Orlen): a count untold, after the day a clause before it dated
    ("On 7 February 2002 police detained Andrzej Modrzejewski, and the board dismissed him days later and "
     "appointed Zbigniew Wróbel.", "2002-02"),
    ("On 7 February 2002 police detained Andrzej Modrzejewski. Days later the board dismissed him.", "2002-02"),
    # (from the end of a month, the next)
    ("On 27 February 2002 police detained Andrzej Modrzejewski, and the board dismissed him days later.", "2002-03"),
])
def test_days_later_is_some_days_on_in_the_month_they_land_in(tmp_path, text, iso):
    """"The supervisory board dismissed him days later": some days after the day told (two to
    seven), dated to the month they land in, as "a few days later" is; "months later" is not
    dated, a year at best saying less than the sentence's place in the story."""
    events = _event_list(tmp_path, (
        "= Blue Oil =\n\nInfobox\n- President: Zbigniew Wróbel\n\nBlue Oil is an oil company.\n\n== History ==\n\n"
        f"The company was founded in 1999. {text} In March 2004 the company listed its shares; months later "
        "Anna Lind became head of the port authority.\n"))
    dismissed = [e for e in events if (e.label or "").startswith("The board dismissed")]
    assert dismissed and dismissed[0].date.iso == iso, [(e.date.iso, e.label) for e in events]
    assert not [e for e in events if "port authority" in (e.label or "")], [(e.date.iso, e.label) for e in events]


def test_a_successor_entrusted_with_the_company_after_a_going_is_the_change_of_leader(tmp_path):
    """Set 69 (Orlen): "Heydel ... resigned in September after disagreements ... The board
    entrusted the company to Jacek Krawiec, ..., who was confirmed as president and led the
    company for the next seven years": the successor named after the going (what the aside says
    he did next dates nothing of the choice), told with his list row's month."""
    events = _event_list(tmp_path, (
        "= Blue Oil =\n\nBlue Oil is an oil company.\n\n== Presidents ==\n\n- Piotr Heydel (May–September 2008)\n"
        "- Jacek Krawiec (September 2008 to 16 December 2015)\n\n== History ==\n\nThe company was founded in 1999. "
        "Heydel was chosen president in May 2008, but he resigned in September after disagreements with the board. "
        "The board entrusted the company to Jacek Krawiec, a vice-president, who was confirmed as president and "
        "led the company for the next seven years.\n"))
    entrusted = [e for e in events if "entrusted" in e.text]
    assert entrusted and entrusted[0].date.iso == "2008-09" and not entrusted[0].background, \
        [(e.date.iso, e.label) for e in events]


def test_a_list_of_years_after_the_rows_year_goes_with_it_from_the_label(tmp_path):
    """Set 69 (Lebanese Armed Forces): "successive defence ministers postponed his retirement three
    times, in 2013, 2015 and 2016" beside 2013 had read "... three times, 2015": the row's year
    opens a list of years, which goes whole."""
    events = _event_list(tmp_path, (
        "= Blue Army =\n\nThe Blue Army is the army of Westland.\n\n== Commanders ==\n\n- Jean Kahwagi (2008–2017)\n\n"
        "== History ==\n\nThe army was formed in 1945. Kahwagi reached retirement age in 2013, but with the government "
        "unable to agree on a successor, successive defence ministers postponed his retirement three times, in 2013, "
        "2015 and 2016.\n"))
    labels = [e.label for e in events if "postponed" in (e.label or "")]
    assert labels and labels[0].endswith("retirement three times"), labels


@pytest.mark.parametrize("sentence, label", [
    ("In 2023 the company changed its legal name to Orlen S.A.", "The company changed its legal name to Orlen S.A."),
    ("In 2023 the group was sold to Acme Inc.", "The group was sold to Acme Inc."),
    ("In 2023 the party merged with the SDP.", "The party merged with the SDP"),
])
def test_a_label_ending_on_an_abbreviation_keeps_its_stop(tmp_path, sentence, label):
    """Set 69 (Orlen): "changed its legal name to Orlen S.A." had read "... Orlen S.A": the
    sentence's full stop was also the abbreviation's."""
    events = _event_list(tmp_path, (
        "= Blue Oil =\n\nBlue Oil is an oil company.\n\n== History ==\n\nThe company was founded in 1999. "
        f"{sentence}\n"))
    assert [e.label for e in events if e.date.iso == "2023"] == [label], [(e.date.iso, e.label) for e in events]


def test_a_deputy_taking_over_as_acting_head_after_the_going_told_before(tmp_path):
    """Set 70 (Elections Canada): "He retired on 28 December 2016." then, under the next heading,
    "His deputy, Stéphane Perrault, a lawyer who had joined the agency in 2007 after posts at the
    Supreme Court, the Department of Justice and the Privy Council Office, took over all the powers
    of the office as acting Chief Electoral Officer" was dated by the deputy's own past (2007) and
    kept off the timeline, its label cut at that year: the taking over, with no time of its own,
    is of the going told right before, and its label tells it."""
    events = _event_list(tmp_path, (
        "= Blue Elections =\n\nInfobox\n- Chief1 Name: Stéphane Perrault\n- Chief1 Position: Chief Electoral Officer\n\n"
        "Blue Elections is the electoral agency of Westland.\n\n== History ==\n\n"
        "=== Mayrand ===\n\nThe agency was set up in 1920. Marc Mayrand became chief electoral officer on 21 February "
        "2007. He retired on 28 December 2016.\n\n=== Perrault ===\n\nHis deputy, Stéphane Perrault, a lawyer who had "
        "joined the agency in 2007 after posts at the Supreme Court, the Department of Justice and the Privy Council "
        "Office, took over all the powers of the office as acting Chief Electoral Officer. In April 2018 the government "
        "chose Michael Boda, then dropped the name, and on 8 May Prime Minister Justin Trudeau nominated Perrault "
        "instead. The House of Commons confirmed him by a voice vote on Friday 8 June.\n"))
    took = [e for e in events if "took over all the powers" in e.text]
    assert [(e.date.iso, e.background) for e in took] == [("2016-12-28", False)], [(e.date.iso, e.label) for e in events]
    assert took[0].label.endswith("took over all the powers of the office as acting Chief Electoral Officer")
    assert "2007" not in took[0].label
    # "nominated Perrault instead. The House of Commons confirmed him": him is the nominee
    confirmed = [e for e in events if "voice vote" in e.text]
    assert [(e.date.iso, e.background) for e in confirmed] == [("2018-06-08", False)]
    assert "Perrault" in confirmed[0].label and "Trudeau" not in confirmed[0].label


def test_a_happening_the_same_night_as_a_day_told_after_after(tmp_path):
    """Set 70 (New Democracy): "On 2 September 2009 he called an early election, and after ND was
    defeated by ten points on 4 October he announced the same night that he would step down": the
    day after "after" is a reference, but "the same night" says the announcement was of that
    day; with no comma before the main clause the row had been kept off the timeline."""
    events = _event_list(tmp_path, (
        "= Blue Party =\n\nThe Blue Party is a political party in Westland.\n\n== History ==\n\nThe party was founded "
        "in 1974. On 2 September 2009 its leader called an early election, and after the party was defeated by ten "
        "points on 4 October he announced the same night that he would step down.\n"))
    night = [e for e in events if "same night" in e.text and "defeated" in (e.label or "")]
    assert [(e.date.iso, e.background) for e in night] == [("2009-10-04", False)], [(e.date.iso, e.label) for e in events]


def test_a_post_named_at_a_meeting_told_the_sentence_before(tmp_path):
    """Set 70 (Pastoral da Criança): after "At its thirteenth general assembly, which opened in
    Curitiba on 26 November 2007, the Pastoral elected ... to chair the directing council", the
    next sentence "Pagotto named as national coordinator Sister Vera Lúcia Altoé, a member of the
    Sisters of the Immaculate Conception of Castres, known as the Blue Sisters, who had worked for
    the Pastoral since 1997 ..." was dated by her past (1997), off the timeline, its label a
    patchwork of the aside: the naming is of the meeting, and its label ends on her name."""
    events = _event_list(tmp_path, (
        "= Blue Pastoral =\n\nThe Blue Pastoral is a Catholic charity in Westland.\n\n== History ==\n\nThe Pastoral "
        "was founded in 1983. At its thirteenth general assembly, which opened in Curitiba on 26 November 2007, the "
        "Pastoral elected the archbishop of Paraíba, Aldo di Cillo Pagotto, to chair the directing council. Pagotto "
        "named as national coordinator Sister Vera Lúcia Altoé, a member of the Sisters of the Immaculate Conception "
        "of Castres, known as the Blue Sisters, who had worked for the Pastoral since 1997 in a slum of Cuiabá and "
        "had coordinated it in Mato Grosso.\n"))
    named = [e for e in events if e.text.startswith("Pagotto named")]
    assert [(e.date.iso[:7], e.background) for e in named] == [("2007-11", False)], [(e.date.iso, e.label) for e in events]
    assert named[0].label == "Pagotto named as national coordinator Sister Vera Lúcia Altoé"


def test_a_hazard_that_struck_the_organisations_own_works_is_its_loss(tmp_path):
    """Set 70 (POSCO): "On 6 September 2022 flooding caused by Typhoon Hinnamnor swamped the Pohang
    works and stopped all its blast furnaces for the first time in its history" had been read as
    the weather (`_nature_did`): what the flood stopped is the company's own. A hurricane that
    struck a coast stays the weather."""
    events = _event_list(tmp_path, (
        "= Blue Steel =\n\nBlue Steel is a steel company.\n\n== History ==\n\nThe company was founded in 1968. On 6 "
        "September 2022 flooding caused by Typhoon Hinnamnor swamped the Pohang works and stopped all its blast "
        "furnaces for the first time in its history. On 29 August 2005 Hurricane Katrina struck the Gulf Coast and "
        "flooded its towns.\n"))
    by = {e.date.iso: e for e in events}
    assert not by["2022-09-06"].background, [(e.date.iso, e.label) for e in events]
    assert by["2005-08-29"].background


def test_a_successor_chosen_after_the_going_told_before(tmp_path):
    """Set 70 (Elections Canada): "When Biggar announced in 1927 that he intended to leave, Parliament
    amended the Act ... The House chose Jules Castonguay, who had worked in the Clerk's office since
    1908": the choice, no post named and no time of its own, is of the year of the going, not of
    the successor's past."""
    events = _event_list(tmp_path, (
        "= Blue Elections =\n\nBlue Elections is the electoral agency of Westland.\n\n== History ==\n\nThe agency "
        "was set up in 1920 under Oliver Biggar. When Biggar announced in 1927 that he intended to leave, Parliament "
        "amended the Act so that his successors would be chosen by the House of Commons. The House chose Jules "
        "Castonguay, who had worked in the Clerk's office since 1908.\n"))
    chose = [e for e in events if e.text.startswith("The House chose")]
    assert [(e.date.iso, e.background) for e in chose] == [("1927", False)], [(e.date.iso, e.label) for e in events]


def test_an_opening_after_clause_on_a_post_elsewhere_dates_the_main_happening(tmp_path):
    """Set 70 (POSCO): "After Kim took office as president of the republic in February 1993, Hwang
    was forced out less than six months after his election" had been read as a career step
    elsewhere (Kim's): the post is the occasion the opening sets, and the row is Hwang's going.
    "With Mozambican troops it retook the port town of Mocímboa da Praia on 8 August" is an
    operation, not how things stand ("troops it" is no verb in the present)."""
    events = _event_list(tmp_path, (
        "= Blue Steel =\n\nBlue Steel is a steel company.\n\n== History ==\n\nThe company was founded in 1968. The "
        "board elected Hwang Kyung-ro chairman in October 1992. After Kim took office as president of the republic in "
        "February 1993, Hwang was forced out less than six months after his election. With Mozambican troops it "
        "retook the port town of Mocímboa da Praia on 8 August 2021.\n"))
    out = [e for e in events if "forced out" in e.text]
    assert [(e.date.iso[:4], e.background) for e in out] == [("1993", False)], [(e.date.iso, e.label) for e in events]
    retook = [e for e in events if "retook" in e.text]
    assert [(e.date.iso, e.background, e.kind) for e in retook] == [("2021-08-08", False, "operation")]


def test_a_choice_at_a_meeting_that_opened_on_a_day_is_of_its_month(tmp_path):
    """Set 70 (Pastoral da Criança): "At its thirteenth general assembly, which opened in Curitiba on
    26 November 2007, ..." then "Pagotto named as national coordinator ...": the assembly went on
    after the day it opened, and on which day she was named the text does not say."""
    events = _event_list(tmp_path, (
        "= Blue Pastoral =\n\nThe Blue Pastoral is a Catholic charity in Westland.\n\n== History ==\n\nThe Pastoral "
        "was founded in 1983. At its thirteenth general assembly, which opened in Curitiba on 26 November 2007, the "
        "Pastoral elected the archbishop Aldo Pagotto to chair the directing council. Pagotto named as national "
        "coordinator Sister Vera Lúcia Altoé.\n"))
    named = [e for e in events if e.text.startswith("Pagotto named")]
    assert [e.date.iso for e in named] == ["2007-11"], [(e.date.iso, e.label) for e in events]


def test_a_label_drops_its_date_with_the_day_of_the_week(tmp_path):
    """Set 70 (Elections Canada): "The House of Commons confirmed him by a voice vote on Friday 8
    June" had kept "on Friday 8 June" in the label beside its own date."""
    events = _event_list(tmp_path, (
        "= Blue Elections =\n\nBlue Elections is the electoral agency of Westland.\n\n== History ==\n\nThe agency "
        "was set up in 1920. On 2 May 2018 the prime minister nominated Jane Roe. The House confirmed her by a "
        "voice vote on Friday 8 June.\n"))
    labels = [e.label for e in events if e.date.iso == "2018-06-08"]
    assert labels == ["The House confirmed Jane Roe by a voice vote"], [(e.date.iso, e.label) for e in events]


def test_each_date_of_a_list_is_labelled_by_what_the_list_shares(tmp_path):
    """Set 70 (Elections Canada): "Perrault conducted the general elections of 21 October 2019, of
    20 September 2021, held during the COVID-19 pandemic ..., and of 28 April 2025, at which more
    than 7.3 million electors voted at the advance polls" had read "... conducted the general
    elections, of 20 September 2021", "... of 21 October 2019, of 20 September 2021" and "Of 28
    April 2025, at which ...": each date is one of the things the list counts, and its row says
    what they share."""
    events = _event_list(tmp_path, (
        "= Blue Elections =\n\nBlue Elections is the electoral agency of Westland.\n\n== History ==\n\nThe agency "
        "was set up in 1920. Jane Roe conducted the general elections of 21 October 2019, of 20 September 2021, held "
        "during the COVID-19 pandemic with a large increase in voting by mail, and of 28 April 2025, at which more "
        "than 7.3 million electors voted at the advance polls, a record.\n"))
    rows = sorted((e.date.iso, e.label) for e in events if "general elections" in e.text)
    assert rows == [("2019-10-21", "Jane Roe conducted the general elections"),
                    ("2021-09-20", "Jane Roe conducted the general elections"),
                    ("2025-04-28", "Jane Roe conducted the general elections")], rows


def test_a_who_aside_that_becomes_acting_head_and_a_count_from_an_opening_when(tmp_path):
    """Set 71 (Nepal Army): "Sharma went on a month's leave before retiring and handed over to
    Lieutenant General Sigdel, who became acting chief on 9 August 2024" had one row, off the
    timeline, of Sharma's leave: the aside's taking over is a happening of its own day (and the
    next sentence's "on 28 August" is of 2024, not of a year told earlier). "When the Maoists
    broke a ceasefire ... on 23 November 2001, the government declared a state of emergency three
    days later" had been dated the 23rd: the count runs from the day the opening tells."""
    events = _event_list(tmp_path, (
        "= Blue Army =\n\nThe Blue Army is the army of Westland.\n\n== History ==\n\nThe army was formed in 1744. "
        "In 2021 the army bought new rifles. When the Maoists broke a ceasefire by attacking the barracks at Ghorahi "
        "on 23 November 2001, the government declared a state of emergency three days later and ordered the army into "
        "the fight for the first time. Sharma went on a month's leave before retiring and handed over to Lieutenant "
        "General Ashok Raj Sigdel, who became acting chief on 9 August 2024. The president appointed him on 28 August, "
        "and Sigdel took the oath on 9 September.\n"))
    by = {e.date.iso: e for e in events}
    assert "2001-11-26" in by and "state of emergency" in by["2001-11-26"].label, [(e.date.iso, e.label) for e in events]
    assert not by["2024-08-09"].background and "acting chief" in by["2024-08-09"].label
    assert "2024-08-28" in by and "2024-09-09" in by


def test_a_things_apposition_stays_in_its_label(tmp_path):
    """Transparency International: "In 2003 the organisation added the Global Corruption Barometer,
    a survey of ordinary citizens" keeps what the barometer is; only a person's apposition that
    goes on to the person's past ("..., a member of ..., who had worked ...") leaves a long label."""
    events = _event_list(tmp_path, (
        "= Blue Watch =\n\nBlue Watch is an anti-corruption organisation.\n\n== History ==\n\nThe organisation was "
        "founded in 1993. In 2003 the organisation added the Global Corruption Barometer, a survey of ordinary "
        "citizens.\n"))
    assert [e.label for e in events if e.date.iso == "2003"] == [
        "The organisation added the Global Corruption Barometer, a survey of ordinary citizens"], \
        [(e.date.iso, e.label) for e in events]


def test_the_following_year_closing_a_clause_after_a_dated_one(tmp_path):
    """Set 71 (Lenovo): "the company adopted the English brand Lenovo ... in April 2003; the listed
    company took the name Lenovo Group the following year" had no row for the renaming: "the
    following year" closing a clause counts from the date the clause before told, as "two years
    later" does."""
    events = _event_list(tmp_path, (
        "= Blue Computers =\n\nBlue Computers is a computer maker.\n\n== History ==\n\nThe company was founded in "
        "1984. The company adopted the English brand Bluo in April 2003; the listed company took the name Bluo Group "
        "the following year.\n"))
    renamed = [e for e in events if "took the name Bluo Group" in (e.label or "")]
    assert [(e.date.iso, e.background) for e in renamed] == [("2004", False)], [(e.date.iso, e.label) for e in events]


def test_a_section_titled_by_a_year_anchors_its_first_yearless_dates(tmp_path):
    """Set 71 (Bank of Israel): after a section that ended on "... and in 2014 he became
    vice-chair of the Federal Reserve", "=== The succession of 2013 ===" told "was named at the end
    of July" and "On 20 October Netanyahu and Lapid named her instead": both had been read as 2014.
    The title names the section's year; and "after the cabinet approved her she took office on 13
    November 2013" is the taking of office, dated by its own verb (the "after" clause ends where
    "she" opens the main clause), not a reference point."""
    events = _event_list(tmp_path, (
        "= Blue Bank =\n\nThe Blue Bank is the central bank of Westland.\n\n== History ==\n\n=== Fischer ===\n\n"
        "The bank was founded in 1954. Fischer stepped down on 30 June 2013, and in 2014 he became vice-chair of the "
        "Federal Reserve.\n\n=== The succession of 2013 ===\n\nThe government's second choice was named at the end of "
        "July and pulled out days later. On 20 October the government named Karnit Flug instead, and after the "
        "cabinet approved her she took office on 13 November 2013 as the first woman to head the bank.\n"))
    isos = {e.date.iso for e in events}
    assert {"2013-07", "2013-10-20"} <= isos and not {"2014-07", "2014-10-20"} & isos, [(e.date.iso, e.label) for e in events]
    took = [e for e in events if e.date.iso == "2013-11-13"]
    assert took and not took[0].background, [(e.date.iso, e.label, e.background) for e in events]


def test_her_after_two_namers_is_the_one_they_named(tmp_path):
    """Set 71 (Bank of Israel): "On 20 October Netanyahu and Lapid named her instead, and after the
    cabinet approved her she took office on 13 November 2013" had read "named her instead" and
    "After the cabinet approved her she took office": "her" is not either of the two who named,
    but the one the sentence before was about; and the "she" of the clause after is the one the
    clause before named by "her"."""
    events = _event_list(tmp_path, (
        "= Blue Bank =\n\nThe Blue Bank is the central bank of Westland.\n\n== History ==\n\nThe bank was founded in "
        "1954. The deputy governor, Karnit Flug, became acting governor on 1 July 2013. On 20 October Benjamin "
        "Netanyahu and Yair Lapid named her instead, and after the cabinet approved her she took office on 13 "
        "November 2013 as the first woman to head the bank. She decided not to seek a second term, and her term "
        "ended on 12 November 2018.\n"))
    by = {e.date.iso: e.label for e in events}
    assert by.get("2013-10-20") == "Benjamin Netanyahu and Yair Lapid named Karnit Flug instead", by
    # (and the sentence after goes on with her, not with the last of the two who named her)
    assert by.get("2018-11-12") == "Karnit Flug's term ended", by
    assert by.get("2013-11-13", "").startswith("After the cabinet approved her, Karnit Flug took office"), by


def test_a_succession_counted_on_by_steps_gives_each_step_its_row(tmp_path):
    """Set 71 (Bank of Israel): "Moshe Sanbar succeeded him, followed in 1976 by Arnon Gafni and in
    1982 by Moshe Mandelbaum" had been one row of 1976 whose label ran on to the next step, and
    1982 was lost. Each step is a change of governor with its own year. A listing counted on the
    same way by places ("followed in 1999 by London") stays one happening."""
    events = _event_list(tmp_path, (
        "= Blue Bank =\n\nThe Blue Bank is the central bank of Westland.\n\n== History ==\n\nThe bank was founded in "
        "1954 under David Horowitz, who served as governor until 1971. Moshe Sanbar succeeded him, followed in 1976 "
        "by Arnon Gafni and in 1982 by Moshe Mandelbaum. The bank listed its bonds in Doha in 1995, followed in 1999 "
        "by London.\n"))
    by = {e.date.iso: e for e in events}
    assert by["1976"].label == "Arnon Gafni succeeded Moshe Sanbar" and by["1976"].kind == "leadership", by
    assert by["1982"].label == "Moshe Mandelbaum succeeded Arnon Gafni" and by["1982"].kind == "leadership", by
    assert "1999" not in by and "London" not in by["1995"].label, by


def test_a_who_aside_closed_before_the_main_verb_gives_the_main_clause_its_subject(tmp_path):
    """Set 72 (Ethiopian National Defense Force): "His successor, Abiy Ahmed, who took office in
    April, replaced Samora with Seare on 7 June 2018" had been labelled "Who took office in April,
    replaced Samora with Seare on 7 June 2018"; the aside is his taking office, of the year the
    main clause gives."""
    events = _event_list(tmp_path, (
        "= Blue Force =\n\nThe Blue Force is the military of Westland.\n\n== History ==\n\nThe force was formed in "
        "1991. Carl Berg, who took office in April, replaced Samora Yunis with Seare Mekonnen on 7 June 2018.\n"))
    by = {e.date.iso: e.label for e in events}
    assert by.get("2018-06-07") == "Carl Berg replaced Samora Yunis with Seare Mekonnen", by
    assert by.get("2018-04") == "Carl Berg took office", by


def test_a_count_after_a_happening_named_by_its_noun_counts_from_the_day_its_verb_was_told(tmp_path):
    """Set 72 (Ethiopian National Defense Force): "Six days after the killings Abiy appointed Adem
    Mohammed ..." after "On the afternoon of 22 June 2019 gunmen ... killed its president ... Asaminew
    was killed by security forces two days later" is 28 June, six days after the killings the
    article dated, not after the last time told (24 June); the label leaves "the killings" out."""
    events = _event_list(tmp_path, (
        "= Blue Force =\n\nThe Blue Force is the military of Westland.\n\n== History ==\n\nThe force was formed in "
        "1991. On the afternoon of 22 June 2019 gunmen burst into a meeting of the regional government and killed "
        "its president. Their leader was killed by security forces two days later. Six days after the killings "
        "Carl Berg appointed Adem Mohammed as chief of general staff.\n"))
    by = {e.date.iso: e.label for e in events}
    assert by.get("2019-06-28") == "Carl Berg appointed Adem Mohammed as chief of general staff", by


def test_a_part_of_a_month_dates_to_the_month_and_leaves_the_label(tmp_path):
    """Set 73 (Kosovo Security Force): "Major General Bashkim Jashari was appointed in his place in
    the first days of December by President Osmani" had no date at all; it is December of the year
    told, and the label drops "in the first days of" with the month."""
    events = _event_list(tmp_path, (
        "= Blue Force =\n\nThe Blue Force is the military of Westland.\n\n== History ==\n\nThe force was formed in "
        "2009. Carl Rama resigned on 26 November 2021. Bashkim Jashari was appointed in his place in the first days "
        "of December by President Osmani. In the last week of March 2022 the force opened a new base.\n"))
    by = {e.date.iso: e.label for e in events}
    assert by.get("2021-12") == "Bashkim Jashari was appointed in his place by President Osmani", by
    assert by.get("2022-03") == "The force opened a new base", by


def test_a_taking_over_told_in_a_who_aside_is_not_of_the_sentence_before(tmp_path):
    """Set 73 (SOCAR): "Since November 2020 it has been one of the state companies managed by the
    holding. Its president has been Rovshan Najaf, who took charge as acting head in February 2022"
    had been a row of November 2020: the taking charge is the aside's, with a time of its own."""
    events = _event_list(tmp_path, (
        "= Blue Oil =\n\nThe Blue Oil company is the state oil company of Westland.\n\n== History ==\n\nIt was "
        "created in 1992. Since November 2020 it has been one of the state companies managed by the holding. Its "
        "president has been Rovshan Najaf, who took charge as acting head in February 2022.\n"))
    assert not [e for e in events if e.date.iso == "2020-11" and "Najaf" in e.text], \
        [(e.date.iso, e.label) for e in events]


def test_the_next_day_after_a_later_day_of_the_clause_before_and_a_date_naming_another_happening(tmp_path):
    """Set 72 (GetUp!): "Proceedings began on 26 July, the full court heard argument on 4 and 5
    August, and the next day it ruled ..., allowing about 100,000 people to enrol for the election
    of 21 August 2010" is 6 August: the day after the last day the clause before told, not after the
    day that dated it, and not the election's day, which names another happening."""
    events = _event_list(tmp_path, (
        "= Blue Action =\n\nBlue Action is a campaigning group in Westland.\n\n== History ==\n\nIn July 2010 the "
        "group backed a challenge in the High Court. Proceedings began on 26 July, the full court heard argument "
        "on 4 and 5 August, and the next day the court ruled by four votes to three that the provisions were "
        "invalid, allowing about 100,000 people to enrol for the election of 21 August 2010.\n"))
    ruled = [e for e in events if "ruled" in e.label]
    assert ruled and ruled[0].date.iso == "2010-08-06", [(e.date.iso, e.label) for e in events]


def test_it_after_a_time_opening_the_clause_after_and_is_the_subject_before(tmp_path):
    """"The regulator met on 4 May 2015, and the next day it announced that Carl Berg had won": "it"
    after "and the next day" is the regulator, as after "and on 8 October 2021" (set 72, GetUp!'s
    court, "the full court heard argument ..., and the next day it ruled", set side by side with a
    clause before it by a comma)."""
    events = _event_list(tmp_path, (
        "= Blue Guard =\n\nThe Blue Guard is a national guard.\n\n== History ==\n\nThe guard was founded in 1990. "
        "The regulator met on 4 May 2015, and the next day it announced that Carl Berg had won. Hearings began on "
        "2 June 2016, the tribunal heard argument on 4 and 5 August, and the next day it ruled against the guard.\n"))
    by = {e.date.iso: e.label for e in events}
    assert by.get("2015-05-05") == "The regulator announced that Carl Berg had won", by
    assert by.get("2016-08-06", "").startswith("The tribunal ruled"), by


def test_a_thing_a_relative_clause_says_was_disbanded_is_no_dissolution_of_the_organisation(tmp_path):
    """Set 72 (Ethiopian National Defense Force): "the army reduced its regional commands from six to
    four and set up a committee to plan ... the re-establishment of a navy, which had been disbanded
    after Eritrea's independence" had been the army's dissolution."""
    events = _event_list(tmp_path, (
        "= Blue Force =\n\nThe Blue Force is the military of Westland.\n\n== History ==\n\nThe force was formed in "
        "1991. In December 2018 the army reduced its regional commands from six to four and set up a committee to "
        "plan the re-establishment of a navy, which had been disbanded after the war.\n"))
    dec = [e for e in events if e.date.iso == "2018-12"]
    assert dec and dec[0].kind != "dissolution", [(e.date.iso, e.kind, e.label) for e in events]


def test_the_only_candidate_elected_at_the_session_just_told_is_of_its_day(tmp_path):
    """Set 72 (FRELIMO): "On 14 February 2025 Nyusi resigned the party presidency at an
    extraordinary session of the Central Committee ... The committee elected Chapo, the only
    candidate, with 241 of 243 votes" names no post and no time: the choice is of that session."""
    events = _event_list(tmp_path, (
        "= Blue Front =\n\nThe Blue Front is a political party.\n\n== History ==\n\nThe party was founded in 1962. "
        "On 14 February 2025 Filipe Nyusi resigned the party presidency at an extraordinary session of the Central "
        "Committee in Matola. The committee elected Daniel Chapo, the only candidate, with 241 of 243 votes.\n"))
    chosen = [e for e in events if "Chapo" in e.label]
    assert chosen and chosen[0].date.iso == "2025-02-14", [(e.date.iso, e.label) for e in events]


@pytest.mark.parametrize("sentences, want, not_want", [
    # the one named last is the one the text calls "his": the "she" is the latest woman named
    (("In June 2016 the president appointed his daughter, the businesswoman Isabel Costa, as chairwoman.",
      "Joaquim Ferreira succeeded her father as president of the republic on 26 September 2017.",
      "A report on 2 November that she had been dismissed was denied, but on 15 November 2017, his fiftieth day "
      "in office, Ferreira removed her and the whole board."),
     "A report on 2 November that Isabel Costa had been dismissed", "Joaquim Ferreira had been dismissed"),
    # a man the text titles "Sir" is no "she"; with no woman it names, no one is written
    (("Anne Kerr, a Scot, took over as chair on 1 October 2021.",
      "Sir Colin Ward, the senior director, spoke for the board on 2 October 2021.",
      "In 2015 she had joined the board of a shipping group."),
     None, "Colin Ward had joined"),
])
def test_a_she_is_never_the_man_the_text_named_last(tmp_path, sentences, want, not_want):
    """Whom "she" means, told by the text itself (`extract.genders`): Sonangol's "João Lourenço
    succeeded her father ... A report that she had been dismissed" had read "that João Lourenço
    had been dismissed", though the same sentence calls him "his"."""
    labels = _labels(tmp_path, "Northern Oil Company", *sentences)
    assert not any(not_want in label for label in labels), labels
    if want:
        assert any(label.startswith(want) for label in labels), labels


def test_a_he_or_she_after_one_named_alone_tells_that_persons_and_no_more():
    """A sentence opening on "She" after one that named a person alone and used no pronoun tells
    that person's; after "she and Edhi were married" it tells nothing (the "she" was another's)."""
    from briefkit.extract.genders import Genders

    g = Genders()
    g.continued("Anna Berg", "She resigned in 2001.", "She resigned in 2001.")
    assert g.of("Anna Berg") == "f"
    g.continued("Anna Berg", "He resigned in 2001.", "He resigned in 2001.")
    assert g.of("Anna Berg") is None  # clues of both kinds: unknown, no guess
    g.read("Her father, Emilio Sosa, was a minister.", [("Emilio Sosa", 12, 23)])
    assert g.of("Emilio Sosa") == "m"
    assert g.fit("Her father had been a minister.", None, "Emilio Sosa", ["Anna Berg", "Emilio Sosa"]) is None


def test_a_rule_in_force_since_a_date_is_no_change_of_leader():
    """"Since January 2025 its director has had to be confirmed by the Senate" (the CDC's lead) had
    been its third key event, as a change of leader: a rule that came into force, told by what it
    obliges, is of no kind its words name; the confirmation it later brought about is told on
    its own."""
    by = _history_events("Northern Health Agency", "a public health agency",
                         "Since January 2025 its director has had to be confirmed by the Senate. "
                         "Anna Berg took office as its director on 31 July 2025.")
    assert by["2025-01"].kind == "other" and not by["2025-01"].background
    assert by["2025-07-31"].kind == "leadership"


def test_becoming_a_name_the_article_knows_as_its_own_is_a_renaming():
    """"It became the Center for Disease Control in 1970" names a name the agency bore (its
    history says so): a renaming, where it had been "other"; becoming the largest of something
    is none."""
    by = _history_events("Northern Health Agency", "a public health agency",
                         "It was organised in 1946 as the Communicable Health Center. It became the Northern Health "
                         "Center in 1970 and was renamed the Northern Health Agency in 1980. In 1990 it became the "
                         "largest health agency of the north.")
    assert by["1970"].kind == "renaming", by["1970"]
    assert by["1990"].kind != "renaming"


def test_a_term_ended_on_a_day_ends_in_its_year():
    """"25 November 1964 – 31 October 2005" ended in 2005: the army chief's death in 2020 is a
    life told after his term, not a loss of the army (it had been read as a term not ended)."""
    from briefkit.extract.events import _term_end

    assert _term_end("25 November 1964 – 31 October 2005") == 2005
    assert _term_end("2001 to 3 May 2003") == 2003
    assert _term_end("1 November 2005 – present") is None


def test_an_adverb_before_the_opening_date_goes_with_it():
    """"Later in 1964 the Rhodesian government banned the party" had labelled ZANU–PF's snapshot
    "1964: Later the Rhodesian government banned ...": the adverb times the row, as its date does."""
    got = _labels_of("Acme was founded in 1963. Later in 1964 the government banned the company. "
                     "Earlier in 1970 the board had met in Oslo.")
    assert got["1964"] == "The government banned the company", got
    assert not got["1970"].startswith("Earlier"), got


def test_that_year_after_a_relative_clause_telling_a_later_year_is_that_later_year():
    """"In 1994 it went into partnership to build a small car, the Smart, from which it withdrew
    in 1998. The company was renamed that year": the relative clause moved the story on to 1998
    (the Swatch Group's renaming had been dated 1994). One looking back ("who had joined in 2001")
    moves nothing."""
    by = _history_events("Tell Holding", "a watch company",
                         "Tell Holding was formed in 1983. In 1994 it went into partnership with a carmaker to "
                         "build a small car, the Smart, from which it withdrew in 1998. The company was renamed "
                         "Tell Group that year.")
    assert by["1998"].kind == "renaming", by
    back = _history_events("Tell Holding", "a watch company",
                           "Tell Holding was formed in 1983. In 1994 it hired Anna Berg, who had joined a rival "
                           "in 1990. The company was renamed Tell Group that year.")
    assert back["1994"].kind == "renaming", back


def test_a_day_inside_what_was_said_or_a_deadline_is_no_second_happening():
    """"On 7 November 2025 he said on the radio that the council had failed and that its members
    should leave when its mandate ran out on 7 February 2026" had made a second row dated 7
    February 2026; so had a deadline, "ordered the movements to submit their rules by 28
    September". A plan said ("said that X would present a plan on 21 May 2026") stays a row of its
    own, as an announced one does."""
    by = _history_events("Westland Network", "a human rights group",
                         "The network was founded in 1992. On 7 November 2025 its director said on the radio that the "
                         "council had failed and that its members should leave when its mandate ran out on 7 February "
                         "2026. On 18 August 2025 the secretary-general ordered the branches to submit their rules by "
                         "28 September. On 29 January 2026 the network said that its director would present a plan "
                         "on 21 May 2026.")
    assert "2026-02-07" not in by and "2025-09-28" not in by, sorted(by)
    assert "2025-11-07" in by and "2025-08-18" in by and "2026-05-21" in by, sorted(by)


def test_a_seat_held_since_a_year_told_beside_the_name_is_an_aside():
    """"Fiamē Naomi Mataʻafa, the deputy prime minister and a member of parliament since 1985,
    resigned from the cabinet on 11 September 2020" had made a row of 1985 beside the one of
    2020; "Laʻauli, member for Gagaʻifomauga No. 3 since 2006 ..., broke with the party that
    year" had been dated 2006, not the year the story had reached."""
    by = _history_events("Westland Party", "a political party",
                         "The party was founded in 2019. Fiamē Naomi Mataʻafa, the deputy prime minister and a member "
                         "of parliament since 1985, resigned from the cabinet on 11 September 2020 in protest.")
    assert "1985" not in by and "2020-09-11" in by, sorted(by)
    by = _history_events("Westland Party", "a political party",
                         "The party was founded in 2019 by Anna Berg. In 2020 the government brought forward three "
                         "bills. Lauli, member for Gaga No. 3 since 2006, broke with the ruling party that year.")
    assert "2006" not in by, sorted(by)


def test_an_infobox_date_with_a_second_happening_after_a_semicolon_keeps_its_own():
    """"Formation: 1992 (as NCHR-Haiti); present name April 2005" had been the founding row's whole
    label, and "Dissolved: 31 July 2023 (by decree; restored 27 March 2024)" the dissolution's
    "Dissolved by decree; restored 27 March 2024": what follows the semicolon is another
    happening, and a key named by a noun reads as its verb."""
    from briefkit.extract.events import _fact_label

    assert _fact_label("Formation: 1992 (as NCHR-Haiti); present name April 2005", "The network") == \
        "The network was formed as NCHR-Haiti"
    assert _fact_label("Dissolved: 31 July 2023 (by decree; restored 27 March 2024)", "PASTEF") == \
        "PASTEF was dissolved by decree"
    assert _fact_label("Formation: 1971", "The Blue Party") == "The Blue Party was formed"


def test_the_end_of_another_body_named_by_its_noun_is_no_dissolution():
    """The Central Bank of Paraguay's "In 1998 the bank ordered the liquidation of another bank"
    had been its own dissolution, the third of its snapshot's key events; "the liquidation of the
    bank" in its own article stays one."""
    by = _history_events("Westland Bank", "a central bank",
                         "The bank was founded in 1952. In 1998 the bank ordered the liquidation of another bank that "
                         "had run short of money. In 2020 the government ordered the liquidation of the bank.")
    assert by["1998"].kind != "dissolution", by["1998"]
    assert by["2020"].kind == "dissolution", by["2020"]


def test_a_thing_named_by_a_year_before_the_founding_keeps_the_story_s_year(tmp_path):
    """The People's Party's "The name echoes the Khana Ratsadon, the group behind the revolution of
    1932 ... On 11 August the chairman of another party said ..." in a story of 2024: the day is
    11 August 2024 (it had been dated 1932). A part of such a year is the story's time still:
    "in the early summer of 1946. On 1 July the ministry set up ..." is 1 July 1946."""

    for founded, story, aside, day in (
            (2012, "On 9 August 2024 all its members moved to the new party.",
             "The name echoes the group behind the revolution of 1932 that ended absolute monarchy.", "2024-08-11"),
            (1948, "In 2020 the party opened an office.",
             "Cholera began to spread in the early summer of 1946.", "1946-08-11")):
        text = (f"= Westland Party =\n\nInfobox\n- Founded: {founded}\n\nThe Westland Party is a party.\n\n== History ==\n\n"
                f"{story} {aside} On 11 August the chairman of the Blue Party said he would ask for a ban.\n")
        dated = [e.date.iso for e in _event_list(tmp_path, text) if "ask for a ban" in e.text]
        assert dated == [day], (founded, dated)


def test_a_leader_sworn_in_as_prime_minister_of_a_descent_and_by_pronoun(tmp_path):
    """The UNC's "On 9 November 1995 he was sworn in as the first prime minister of Indian descent"
    tells the party leader's taking the state's office, not a post in a body called "Indian
    descent" (it had been background); and "Four months later she led the People's Partnership
    ... On 26 May she was sworn in as ... prime minister of Trinidad and Tobago" is the party's
    leader in office: "she" is the leader the sentence before named ("People's Partnership", a
    possessive name, is no person's name, whom "she" had been read as)."""

    text = (
        "= Westland National Congress =\n\nInfobox\n- Founded: 1989\n\nThe Westland National Congress is a party.\n\n"
        "== History ==\n\nIn 1989 Basdeo Panday founded the party. On 9 November 1995 he was sworn in as the first prime "
        "minister of Indian descent.\n\nIn the internal election of 24 January 2010 Kamla Persad-Bissessar defeated him. "
        "Four months later she led the People's Partnership, an alliance of parties, to victory in the general election "
        "of 24 May 2010. On 26 May she was sworn in as the first woman to be prime minister of Westland.\n\n"
        "== Leadership ==\n\nIts leaders have been:\n\n- Basdeo Panday (1989–2010)\n- Kamla Persad-Bissessar "
        "(since 24 January 2010)\n")
    events = {e.date.iso: e for e in _event_list(tmp_path, text)}
    assert not events["1995-11-09"].background, events["1995-11-09"]
    sworn = events["2010-05-26"]
    assert not sworn.background and "Persad-Bissessar" in sworn.label and "Partnership" not in sworn.label, sworn


def test_the_country_a_title_names_acting_is_the_state_not_the_organisation(tmp_path):
    """"Belize became independent on 21 September 1981" in the article on the Belize Defence
    Force, and "Soldiers led by Dési Bouterse seized power in Suriname" in Staatsolie
    Maatschappij Suriname's: the country is a word of the title, but the state acting is no
    happening of the force or the company (both had been on their timelines)."""

    text = ("= Gabon Defence Force =\n\nInfobox\n- Formed: 1 January 1975\n\nThe Gabon Defence Force is the "
            "military of Gabon.\n\n== History ==\n\nThe force was formed on 1 January 1975. Gabon became independent "
            "on 17 August 1980. The force added a second rifle company in 1982.\n")
    events = {e.date.iso: e for e in _event_list(tmp_path, text)}
    assert events["1980-08-17"].background, events["1980-08-17"]
    assert not events["1982"].background, events["1982"]


def test_a_succession_in_a_post_no_leader_holds_is_another_body_s(tmp_path):
    """In the article on a rights group led by executive directors, "Félix Tshisekedi succeeded
    Joseph Kabila as president in January 2019" is the state's change of president (it had been
    on the group's timeline); in a party led by presidents the same clause is its own. And a
    person named with a possessive, "Laurent-Désiré Kabila's rebellion", is Kabila, not
    "Kabila's" (a later label had read "Laurent-Désiré Kabila's's son")."""
    from briefkit.extract.events import _persons_in

    assert _persons_in("Laurent-Désiré Kabila's rebellion overthrew Mobutu in May 1997.", []) == ["Laurent-Désiré Kabila"]
    for head, background in (("Executive Director", True), ("President", False)):
        text = (f"= Westland Voice =\n\nInfobox\n- {head}: Rostin Manketa\n- Founded: 1983\n\nWestland Voice is a "
                "rights group.\n\n== History ==\n\nIt was founded in 1983. Félix Tshisekedi succeeded Joseph Kabila "
                "as president in January 2019. In June 2020 Manketa called for a new trial.\n")
        events = {e.date.iso: e for e in _event_list(tmp_path, text)}
        assert events["2019-01"].background is background, (head, events["2019-01"])


def test_at_the_end_of_the_month_is_the_month_just_told(tmp_path):
    """Malta's "At the end of the month O'Neill was promoted to brigadier and appointed commander"
    (after June 2022) had no date and no row; "the month" after "the end of" is the month just
    told, as "that month" is."""

    text = ("= Westland Force =\n\nInfobox\n- Founded: 1970\n\nThe Westland Force is a military.\n\n== History ==\n\n"
            "In June 2022 the force had no commander. At the end of the month Anna Berg was promoted to brigadier "
            "and appointed commander.\n")
    assert any(e.date.iso == "2022-06" and "Anna Berg" in e.label for e in _event_list(tmp_path, text))


def test_a_past_perfect_with_a_participle_after_an_article_goes_back(tmp_path):
    """The Nippon Foundation's "The first races were held in 1952. Sasakawa had been held after
    the war as a suspected war criminal and released in 1948 ... and ten years later the
    foundation was set up": the past perfect went back to 1948 and the story stays in 1952, so
    "ten years later" is 1962 (it had been 1958: "after the war as a suspected" had read as a
    clause whose verb dates 1948)."""

    text = ("= Westland Foundation =\n\nInfobox\n- Founded: 1962\n\nThe Westland Foundation is a charity.\n\n"
            "== History ==\n\nThe first races were held in 1952. Sasakawa had been held after the war as a "
            "suspected war criminal and released in 1948 without trial. The law provided that a share should go "
            "to the industry, and ten years later the Westland Foundation was set up to distribute it.\n")
    assert not any(e.date.iso == "1958" for e in _event_list(tmp_path, text))


def test_a_renaming_after_a_semicolon_in_the_founding_fact_is_a_row(tmp_path):
    """The People's Party's "Founded: 2012 (as the Thinkakhaochaovilai Party); renamed 9 August
    2024" tells two happenings: the founding of 2012 and a renaming on 9 August 2024, which had
    no row ("present name April 2005" had been dated by the year alone)."""

    text = ("= Westland People's Party =\n\nInfobox\n- Founded: 2012 (as the Blue Crow Party); renamed 9 August 2024\n\n"
            "The Westland People's Party is a political party.\n\n== History ==\n\nIts members met in 2025.\n")
    kinds = {(e.date.iso, e.kind) for e in _event_list(tmp_path, text)}
    assert ("2012", "founding") in kinds and ("2024-08-09", "renaming") in kinds, kinds


def test_a_post_elsewhere_told_in_the_past_perfect_stays_background(tmp_path):
    """Kone's "He had become chairman of the forest company UPM in January 2023", of its chief
    executive in his last year: a post taken beside his own, told looking back, is his career
    (background), not a leaving for that post, though "he" is the leader then in office."""

    text = ("= Westland Lifts =\n\nInfobox\n- Founded: 1910\n\nWestland Lifts is a company.\n\n== History ==\n\n"
            "Henrik Ehrnrooth succeeded Matti Alahuhta as chief executive in April 2014. He had become chairman "
            "of the forest company UPM in January 2023.\n\n== Leadership ==\n\nChief executives:\n\n"
            "- Matti Alahuhta (2006–2014)\n- Henrik Ehrnrooth (April 2014 – 31 December 2023)\n")
    events = {e.date.iso: e for e in _event_list(tmp_path, text)}
    assert events["2023-01"].background, events["2023-01"]


def test_a_day_an_election_was_set_or_called_for_is_a_plan(tmp_path):
    """The UNC's "The party's internal election for political leader was set for 17 August 2025"
    (cancelled when no one stood) and "Young called an election for 28 April 2025": the day is
    what was planned, not a happening of that day; the snapshot had shown the plan as the latest
    event and dated the whole briefing by it."""

    text = ("= Westland Congress =\n\nInfobox\n- Founded: 1989\n\nThe Westland Congress is a party.\n\n"
            "== History ==\n\nIn March 2025 Rowley handed over the premiership to Stuart Young, and Young called an "
            "election for 28 April 2025. The party's internal election for leader was set for 17 August 2025. "
            "On 27 July 2025 the committee declared her re-elected unopposed.\n")
    events = {e.date.iso: e for e in _event_list(tmp_path, text)}
    assert events["2025-08-17"].background and events["2025-04-28"].background, events
    assert not events["2025-07-27"].background, events["2025-07-27"]


def test_one_post_taken_on_one_day_told_in_the_lead_and_the_body_is_one_row(tmp_path):
    """The UNC's lead "... and became prime minister for the second time on 1 May 2025" and its
    body's "Persad-Bissessar was sworn in as prime minister on 1 May 2025": one person taking one
    post on one day, told twice (two rows before)."""

    text = ("= Westland Congress =\n\nInfobox\n- Founded: 1989\n\nThe Westland Congress is a party. Kamla "
            "Persad-Bissessar has been its leader since January 2010 and became prime minister for the second "
            "time on 1 May 2025.\n\n== History ==\n\nThe party won the election of 28 April 2025. "
            "Persad-Bissessar was sworn in as prime minister on 1 May 2025.\n")
    assert len([e for e in _event_list(tmp_path, text) if e.date.iso == "2025-05-01"]) == 1


def test_a_leaders_surname_inside_another_persons_name_makes_no_change_of_its_leader(tmp_path):
    """The Nepal Army's "Prime Minister KP Sharma Oli resigned" had been a change of its leader,
    ranked with its chiefs' successions, because its former chief was Prabhu Ram Sharma: a
    surname that runs on into a name his lacks ("Sharma Oli") is another person's. (A title after
    the surname, as in the International Criminal Court's "The judges elected Akane President",
    is still the leader's: the fixtures' other 11,418 rows keep their kinds.)"""
    from briefkit.readers import read

    (tmp_path / "a.txt").write_text(
        "= Blue Guard =\n\nInfobox\n- Chief: General Tom Ray Sharma\n\n"
        "The Blue Guard is the army of Westland.\n\n== History ==\n"
        "On 1 May 2020 General Tom Ray Sharma took command of the Blue Guard.\n"
        "In September 2025 protests spread through the capital, and Prime Minister Ana Sharma Lee resigned on "
        "9 September 2025.\n"
        "", encoding="utf-8")
    kinds = {e.date.iso: e.kind for e in read(tmp_path / "a.txt").events}
    assert kinds["2025-09-09"] != "leadership", kinds
    assert kinds["2020-05-01"] == "leadership", kinds
