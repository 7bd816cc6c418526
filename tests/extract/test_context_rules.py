"""Rules that keep another body's history, a person's aside and a product's name out of the
organisation's own timeline and leadership, each shown on a short article."""
from __future__ import annotations

from briefkit.readers import read


def _article(tmp_path, body: str, title: str = "Blue Brigade", infobox: str = "- Founded: 2010\n") -> object:
    f = tmp_path / "a.txt"
    f.write_text(f"= {title} =\n\nInfobox\n{infobox}\nThe {title} is an organisation.\n\n== History ==\n{body}\n",
                 encoding="utf-8")
    return read(f)


def _timeline(profile):
    return {e.date.iso: e for e in profile.events if not e.background}


def test_another_bodys_doings_are_background(tmp_path):
    p = _article(tmp_path, "In 2015 the Blue Brigade fought at Pisky. In 2016 the United States exploded a test "
                           "device in Nevada. The main rival, Redcorp, has been led since 8 August 2024 by Ann Lee.")
    tl = _timeline(p)
    assert "2015" in tl
    assert "2016" not in tl and "2024-08-08" not in tl
    # kept, but as background
    assert {e.date.iso for e in p.events if e.background} >= {"2016", "2024-08-08"}


def test_another_body_acting_on_the_organisation_stays(tmp_path):
    p = _article(tmp_path, "In 2016 the United States sanctioned the brigade. On 5 May 2017 the Rada passed a law "
                           "restoring the brigades' powers.")
    assert {"2016", "2017-05-05"} <= set(_timeline(p))


def test_a_persons_aside_dates_nothing_but_the_occasion_does(tmp_path):
    p = _article(tmp_path, "Gallois ran the brigade alone until Enders, who had headed the air wing since August "
                           "2007, succeeded him after the annual meeting of 31 May 2012. The same day, Ann Lee "
                           "took over as chair of the board from Bob Stone.")
    tl = _timeline(p)
    assert "2012-05-31" in tl and "2007-08" not in tl
    leaders = {x.name: x for x in p.people if x.leader}
    assert "chair" in leaders["Ann Lee"].role.casefold()
    assert "Bob Stone" in leaders and leaders["Bob Stone"].current is False


def test_the_same_day_as_names_its_anchor(tmp_path):
    p = _article(tmp_path, "On 3 September 2013 the brigade agreed to sell its depot to Redcorp, and the sale was "
                           "completed on 25 April 2014. The same day as the announcement, Ann Lee stepped down as "
                           "commander of the brigade.")
    lee = [e for e in p.events if "Lee" in e.label]
    assert lee and lee[0].date.iso == "2013-09-03"


def test_renaming_is_of_its_own_name(tmp_path):
    p = _article(tmp_path, "In 2018 the brigade bought the Falcon drones and renamed the drones the F-2. "
                           "In 1953 the organisation was renamed the Blue Brigade.")
    kinds = {e.date.iso: e.kind for e in p.events}
    assert kinds["2018"] != "renaming"
    assert kinds["1953"] == "renaming"


def test_a_recurring_interval_is_not_a_date(tmp_path):
    p = _article(tmp_path, "The brigade holds a parade at the Air Show, which is held every two years in June.")
    assert not [e for e in p.events if not e.text.startswith("Founded")]


def test_markdown_table_rows_are_units_with_notes(tmp_path):
    p = _article(tmp_path, "Text.\n\n== Structure ==\n\n| Battalion | Role | Location |\n| --- | --- | --- |\n"
                           "| 1st Battalion (1 BB) | Infantry | Kyiv |\n| 2nd Battalion (2 BB) | Artillery | — |\n")
    units = {n.name: n for n in p.org.walk() if n.kind == "subunit"}
    assert set(units) == {"1st Battalion", "2nd Battalion"}
    assert units["1st Battalion"].attributes == {"Role": "Infantry", "Location": "Kyiv", "Note": "1 BB"}
    assert units["2nd Battalion"].attributes == {"Role": "Artillery", "Note": "2 BB"}


def test_jurisdiction_is_no_parent(tmp_path):
    p = _article(tmp_path, "It investigates.", title="Anti-Fraud Bureau", infobox="- Jurisdiction: Ukraine\n")
    assert all(n.kind != "parent" for n in p.org.walk())


def test_listed_former_holders_and_brackets(tmp_path):
    p = _article(tmp_path, "The council is run by a secretary general. Earlier chairmen of the board included "
                           "Erling Steen (1953–1958) and Henrik Hauge (1977–1982). Ayesha Imam, who chaired the "
                           "board at the time, spoke.\n\n== Leadership ==\nChief executives:\n- John Browne "
                           "(1995–2007)\n- Carol Howle (interim, 2025–2026)\n",
                 infobox="- Key people: Jan Egeland (Secretary General), * Crown Prince Haakon (patron)\n")
    leaders = {x.name: x for x in p.people if x.leader}
    assert leaders["Erling Steen"].role == "Chairman" and leaders["Erling Steen"].current is False
    assert "Henrik Hauge" in leaders and leaders["Ayesha Imam"].role == "Chair"
    assert leaders["John Browne"].role == "Chief executive"
    assert leaders["Carol Howle"].role == "Interim chief executive"
    assert "Crown Prince Haakon" not in leaders and "Haakon" not in " ".join(leaders)


def test_days_of_a_recurring_sentence_and_fiscal_years_recur(tmp_path):
    p = _article(tmp_path, "The brigade marks its founding every year on 5 May, while the city marks 9 May. "
                           "Its financial year ends on 31 March. Ages are counted as at 31 December of the year.")
    assert not [e for e in p.events if not e.text.startswith("Founded")]


def test_the_sentence_before_a_table_names_its_header(tmp_path):
    p = _article(tmp_path, "Text.\n\n== Organisation ==\nIts pilots are grouped into three flights:\n\n"
                           "| Flight | Tradition previously held by | Position |\n| --- | --- | --- |\n"
                           "| SPA 93 | Squadron 1/30 | 1st |\n| SPA 97 | Squadron 2/11 | 2nd |\n")
    assert {n.name for n in p.org.walk() if n.kind == "subunit"} == {"SPA 93", "SPA 97"}


def test_a_plural_title_is_a_leadership_section_and_succession_carries_the_post(tmp_path):
    p = _article(tmp_path, "Raghuram Rajan, formerly chief economist of the International Monetary Fund, took office "
                           "as governor on 4 September 2013, and Urjit Patel succeeded him on 4 September 2016.\n\n"
                           "== Governors ==\nRecent governors of the bank:\n\n- Shaktikanta Das (2018–2024)\n",
                 title="Reserve Bank", infobox="- Governor: Sanjay Malhotra\n")
    leaders = {x.name: x.role for x in p.people if x.leader}
    assert leaders == {"Sanjay Malhotra": "Governor", "Raghuram Rajan": "Governor", "Urjit Patel": "Governor",
                       "Shaktikanta Das": "Governor"}


def test_the_infobox_post_is_todays_post(tmp_path):
    p = _article(tmp_path, "Akio Toyoda became president in June 2009.\n\n== Presidents ==\n- Akio Toyoda (2009–2023)\n",
                 title="Toyota Motor Company", infobox="- Key People: Akio Toyoda (Chairman)\n")
    [toyoda] = [x for x in p.people if x.leader]
    assert toyoda.role == "Chairman"


def test_the_city_is_the_place_the_sentence_before_named(tmp_path):
    p = _article(tmp_path, "Wagner units carried most of the fighting for Bakhmut. On 20 May 2023 Prigozhin declared "
                           "the city taken, a claim disputed by Volodymyr Zelensky, the President of Ukraine. From "
                           "February 2014 units based in Crimea took part in the seizure of the peninsula.",
                 title="Wagner Group")
    labels = {e.date.iso: e.label for e in p.events}
    assert labels["2023-05-20"].startswith("Prigozhin declared Bakhmut taken")
    assert "the peninsula" in labels["2014-02"]  # its own sentence names Crimea: no guess


def test_he_is_the_person_his_own_sentence_named(tmp_path):
    p = _article(tmp_path, "On 16 January 2021 the party elected Armin Laschet as chairman. In a ballot held from 4 to "
                           "16 December 2021 Friedrich Merz won a clear majority as chairman; a congress confirmed "
                           "him on 22 January 2022, and he took office on 31 January.", title="Union Party")
    labels = {e.date.iso: e.label for e in p.events}
    assert "Laschet" not in labels["2022-01-31"]
    assert labels["2022-01-31"].startswith(("Friedrich Merz", "He"))


def test_he_never_crosses_a_section_or_ignores_an_alias(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("= Blue Legion =\n\nInfobox\n- Founded: 2020\n\nThe Blue Legion is a unit.\n\n== Politics ==\n"
                 "The political wing is led by Ilya Petrov, a former MP. Petrov said in 2022 that it grew.\n\n"
                 "== Strength ==\nThe Legion's spokesperson Maximilian Orlov, who uses \"Caesar\" as a nom de guerre, "
                 "spoke in 2022. The spokesperson Caesar said in December 2022 that it had several hundred members. "
                 "He claimed in February 2023 that it had two battalions.\n", encoding="utf-8")
    labels = {e.date.iso: e.label for e in read(f).events}
    assert "Petrov" not in labels["2023-02"]


def test_an_opening_after_phrase_dates_what_follows_a_trailing_one_only_locates(tmp_path):
    p = _article(tmp_path, "After the full-scale invasion began in February 2022, the Blue Brigade formed the core "
                           "of the defence of the port, which lasted 86 days. Its commander emigrated after the "
                           "protests of 2020. After the attacks of November 2015, the Blue Brigade set up a centre "
                           "on 25 January 2016.")
    events = {e.date.iso: e for e in p.events}
    assert not events["2022-02"].background and "defence" in events["2022-02"].label
    assert events["2020"].background
    assert "2016-01-25" in events and ("2015-11" not in events or events["2015-11"].background)


def test_an_earlier_career_in_the_past_perfect_is_background_even_for_a_surname(tmp_path):
    p = _article(tmp_path, "In 2020 the assembly elected Feridun Sinirlioglu as secretary general of the Blue "
                           "Brigade. Sinirlioglu had briefly served as the foreign minister of his country in 2015. "
                           "Anna Lind chaired the Blue Brigade from 2010 until 2013; she had been elected mayor of "
                           "the capital in 2012. On 15 June 2016, after the inquiry had published its report, the "
                           "prime minister told parliament that the raid was unjustified.")
    events = {e.date.iso: e for e in p.events}
    assert events["2015"].background
    assert events["2012"].background
    assert not events["2016-06-15"].background


def test_a_persons_role_told_by_whose_it_is_lends_no_year(tmp_path):
    """"Ann Lee, his deputy since 2021, ..." dates Ann Lee's post, not the story: a yearless
    day after it takes the year the story had reached (the 8 June 2024 of the sentence before)."""
    p = _article(tmp_path, "Bob Stone died on 8 June 2024 after leading the brigade for twelve years. Ann Lee, "
                           "his deputy since 2021, had been running the brigade on an interim basis since March. "
                           "On 9 July the council named her commander of the brigade.")
    tl = _timeline(p)
    assert "2024-07-09" in tl and "2021-07-09" not in tl
    assert "2021" not in tl


def test_who_has_held_the_post_since_is_the_appointment_the_body_tells(tmp_path):
    """The lead's "Its commander since July 2024 has been Ann Lee" and the body's appointment
    of her on 9 July (told with a pronoun) are one happening, dated to the day; with no such
    appointment told, the sentence stays the only row of her taking the post."""
    lead = "The Blue Brigade is a unit founded in 2010. Its commander since July 2024 has been Ann Lee."
    told = ("Bob Stone led the brigade from 2012 and died on 8 June 2024. Ann Lee, his deputy, had been running "
            "the brigade since March. On 9 July the council named her commander of the brigade.")
    # (her interim running of it since March is a row of its own)
    for body, dates in ((told, ["2024-03", "2024-07-09"]), ("Bob Stone led the brigade from 2012.", ["2024-07"])):
        f = tmp_path / "a.txt"
        f.write_text(f"= Blue Brigade =\n\nInfobox\n- Founded: 2010\n\n{lead}\n\n== History ==\n{body}\n",
                     encoding="utf-8")
        rows = [e for e in read(f).events if not e.background and "Lee" in e.text + e.label]
        assert sorted(e.date.iso for e in rows) == dates


def test_a_list_label_closing_a_paragraph_is_no_happening(tmp_path):
    p = _article(tmp_path, "The commanders are counted from the first. Commanders since 2000 have been:\n\n"
                           "- Ann Lee (2000–2010)\n- Bob Stone (since 2010)")
    assert not [e for e in p.events if "have been" in e.text]


def test_days_later_counts_past_six_and_the_next_day_after_a_day_of_its_sentence(tmp_path):
    p = _article(tmp_path, "Bob Stone resigned on 6 December 2006. Ten days later Ann Lee took over on an interim "
                           "basis. Lee retired on 17 March 2023, and Carl Moss became interim commander the next day.",
                 infobox="- Founded: 1950\n")
    tl = _timeline(p)
    assert "2006-12-16" in tl and "interim" in tl["2006-12-16"].text
    assert "2023-03-18" in tl and "Moss" in tl["2023-03-18"].text


def test_an_anniversary_in_apposition_lends_no_year(tmp_path):
    p = _article(tmp_path, "On 23 May 1974, the 101st anniversary of the 1873 act, the brigade admitted women, and "
                           "on 16 September thirty-two women were sworn in.", infobox="- Founded: 1950\n")
    tl = _timeline(p)
    assert "1974-09-16" in tl and "1873-09-16" not in tl


def test_a_history_traced_back_past_a_renaming_is_the_organisations_own(tmp_path):
    """Formed in 1920 as the date it took its present name, tracing its history to 1873: what it
    did from 1873 is its own history; a lineage (a predecessor's traditions) stays background."""
    body = ("Parliament created the mounted force on 23 May 1873. In 1904 the force opened a post at Regina. "
            "In 1950 it took over provincial policing.")
    for lead, own in (("The force took its present name on 1 February 1920, but it traces its history to the "
                       "mounted police of 1873.", True),
                      ("It traces its lineage to the mounted police of 1873.", False)):
        f = tmp_path / "a.txt"
        f.write_text(f"= Blue Force =\n\nInfobox\n- Formed: 1 February 1920\n\nThe Blue Force is a police force. "
                     f"{lead}\n\n== History ==\n{body}\n", encoding="utf-8")
        tl = _timeline(read(f))
        assert ("1873-05-23" in tl and "1904" in tl) is own
        assert "1950" in tl


def test_a_day_of_the_following_year_and_a_day_inside_a_relative_year(tmp_path):
    """"on 1 October of the following year" is a day of the year after its sentence's; "The
    following year ... which adopted the convention on 22 August 1864" is dated by its own day."""
    p = _article(tmp_path, "On 25 November 2021 the brigade elected Ann Lee to succeed Bob Stone; she took office on "
                           "1 October of the following year. The brigade met in 1863. The following year the "
                           "government invited states to a conference, which adopted the first convention on "
                           "22 August 1864.", infobox="- Founded: 1850\n")
    tl = _timeline(p)
    assert "2022-10-01" in tl and "2021-10-01" not in tl
    assert tl["2022-10-01"].label.rstrip(".") == "Ann Lee took office"  # the one elected to succeed
    assert "1864-08-22" in tl and "convention" in tl["1864-08-22"].text


def test_a_role_held_since_in_apposition_lends_no_year(tmp_path):
    p = _article(tmp_path, "In June 2016 the board replaced Bob Stone, chief executive since 2007, with Ann Lee. On "
                           "22 September the brigade announced that it would sell its depot.", infobox="- Founded: 1950\n")
    tl = _timeline(p)
    assert "2016-09-22" in tl and "2007-09-22" not in tl


def test_a_counted_year_later_keeps_the_month_and_an_exact_one_the_day(tmp_path):
    p = _article(tmp_path, "In January 2023 the brigade left the alliance. A year later it joined the Red Pact. On "
                           "1 December 2016 it agreed to buy a depot, and the depot opened exactly a year later.",
                 infobox="- Founded: 1950\n")
    tl = _timeline(p)
    assert "2024-01" in tl and "Red Pact" in tl["2024-01"].text
    assert "2017-12-01" in tl


def test_a_post_that_had_been_vacant_does_not_make_an_announcement_background(tmp_path):
    p = _article(tmp_path, "In 2024 the party won 99 seats. On 25 June it announced that Ann Lee would be leader of "
                           "the group, a post that had been vacant since 2014.", title="Blue Party",
                 infobox="- Founded: 1950\n")
    assert "2024-06-25" in _timeline(p)


def test_kin_in_apposition_lends_no_date(tmp_path):
    p = _article(tmp_path, "Ann Lee, her son and the brigade's deputy since 2013, took over as commander on 16 "
                           "December 2017.", infobox="- Founded: 1950\n")
    tl = _timeline(p)
    assert "2017-12-16" in tl and "2013" not in tl


def test_a_count_at_a_time_a_marriage_and_another_bodys_founding_are_background(tmp_path):
    p = _article(tmp_path, "The brigade now consists of two battalions and numbered 4,140 soldiers in July 2023. "
                           "Its commander's daughter had married Bob Stone on 26 March 1942. The brigade works "
                           "alongside the Red Federation, founded in 1919 as the Red League, and ten national "
                           "societies. In 1930 the brigade opened a depot.", infobox="- Founded: 1900\n")
    tl = _timeline(p)
    assert {"2023-07", "1942-03-26", "1919"}.isdisjoint(tl)
    assert "1930" in tl


def test_the_founding_of_what_it_grew_out_of_starts_its_story(tmp_path):
    p = _article(tmp_path, "The brigade grew out of the Blue Committee, set up in 1962 under the ministry. The "
                           "brigade was formed on 15 August 1969.", infobox="- Founded: 15 August 1969\n")
    assert "1962" in _timeline(p)


def test_it_after_the_making_of_another_body_is_that_body(tmp_path):
    """"... led to the formation of the Red Company on 1 April 1963; it was disbanded in 1972" is
    the company's end, not the brigade's; "founded the Old Name Brigade on 8 January 1950; it
    adopted the name Blue Brigade in 1960" is the brigade's own renaming."""
    p = _article(tmp_path, "A war led to the formation of the Red Company on 1 April 1963; it was disbanded in 1972.",
                 infobox="- Founded: 1948\n")
    [row] = [e for e in p.events if e.date.iso == "1972"]
    assert row.kind != "dissolution" and row.label.startswith("The Red Company")
    p = _article(tmp_path, "Delegates founded the Old Name Brigade on 8 January 1950; it adopted the name Blue "
                           "Brigade in 1960.", infobox="- Founded: 8 January 1950\n")
    assert [e.kind for e in p.events if e.date.iso == "1960"] == ["renaming"]


def test_a_building_is_no_ones_name_and_becoming_commissioner_is_a_change_of_leader(tmp_path):
    p = _article(tmp_path, "Lee retired on 17 March 2023, and Deputy Commissioner Carl Moss became interim commissioner of the brigade "
                           "the next day. His change-of-command ceremony was held at the Salaberry Armoury on 25 May. "
                           "On 29 April 2024 the minister announced his permanent appointment.",
                 infobox="- Founded: 1950\n- Chief1 Name: Carl Moss\n- Chief1 Position: Commissioner\n")
    tl = _timeline(p)
    assert tl["2023-03-18"].kind == "leadership"
    assert "Armoury's" not in tl["2024-04-29"].label


def test_another_bodys_leader_acting_for_it_is_background(tmp_path):
    p = _article(tmp_path, "The Blue Party was founded in 2010. On 30 January 2024 the DUP leader, Jeffrey "
                           "Donaldson, announced that his party's executive had accepted a deal with the government.",
                 title="Blue Party")
    rows = {e.date.iso: e for e in p.events}
    assert rows["2024-01-30"].background, rows["2024-01-30"]


def _row(tmp_path, body: str, date: str, title: str = "Blue Party"):
    p = _article(tmp_path, body, title=title)
    return next(e for e in p.events if e.date.iso == date)


def test_what_was_not_done_is_background(tmp_path):
    assert _row(tmp_path, "The Blue Party was founded in 1905. The Blue Party as such took no part in the rising "
                          "of 1916, although its founder was blamed for it.", "1916").background


def test_a_plan_that_was_meant_to_happen_is_background(tmp_path):
    assert _row(tmp_path, "The Blue Party was founded in 1905. A single currency, the eco, was meant to be "
                          "launched in 2020.", "2020").background


def test_a_count_after_an_opening_date_is_background(tmp_path):
    assert _row(tmp_path, "The Blue Party was founded in 1905. At the end of 2025 it counted 751 thousand members, "
                          "290 thousand of them paying.", "2025").background


def test_a_post_held_since_a_year_in_a_possessive_aside_dates_nothing(tmp_path):
    p = _article(tmp_path, "The Blue Party was founded in 1905. Anna Lind, the party's vice-president since 2018, "
                           "had led its team in the assembly before becoming first minister.", title="Blue Party")
    assert all(e.background for e in p.events if e.date.iso == "2018")


def test_a_persons_post_in_a_country_and_a_term_that_runs_on_are_background(tmp_path):
    p = _article(tmp_path, "The Blue Bank was founded in 1998. Anna Lind became its president in November 2019. "
                           "She was France's minister of the economy from 2007 to 2011. Her own term runs until "
                           "October 2027.", title="Blue Bank")
    rows = {e.date.iso: e for e in p.events}
    assert rows["2007"].background and rows["2027-10"].background, rows


def test_a_penalty_on_another_named_party_is_background(tmp_path):
    p = _article(tmp_path, "Blue Oy was founded in 2006. In 2019 Blue Oy complained to the Commission about the rules "
                           "of a rival's store. The Commission fined Apple 1.84 billion euros on 4 March 2024, its "
                           "first antitrust fine against the company.", title="Blue Oy")
    rows = {e.date.iso: e for e in p.events}
    assert rows["2024-03-04"].background, rows["2024-03-04"]


def test_the_parents_kind_is_not_the_subject_and_its_change_of_head_is_background(tmp_path):
    f = tmp_path / "k.txt"
    f.write_text("= Blue Corps =\n\nInfobox\n- Branch: Royal Blue Navy\n\nThe Blue Corps is the marine corps of the "
                 "Royal Blue Navy.\n\n== History ==\n\nCarl Berg took command of the corps on 24 August 2007. Berg "
                 "later commanded the whole navy, from 2014 until September 2017, when Vice Admiral Ida Sten "
                 "succeeded him as commander of the navy.\n", encoding="utf-8")
    p = read(f)
    rows = [e for e in p.events if e.date.iso == "2017-09"]
    assert rows and all(e.background for e in rows), rows



def test_what_did_not_happen_a_custom_and_a_post_in_a_city_are_background(tmp_path):
    """Set 39: "There was no swearing-in on 6 May 2025", "The recruits are normally sworn in each
    year on 6 May, the anniversary of the stand of 1527" (the Swiss Guard) and "Zille became
    premier of the province on 6 May 2009" (the Democratic Alliance) had been happenings on a
    timeline. (A post in a city's government is no post of the organisation's.)"""
    p = _article(tmp_path, "The Blue Guard was founded in 1506. It fought its great stand on 6 May 1527. There was "
                           "no swearing-in at the guard on 6 May 2025.", title="Blue Guard")
    rows = [e for e in p.events if e.date.iso == "2025-05-06"]
    assert rows and all(e.background for e in rows), [(e.date.iso, e.text, e.background) for e in rows]
    from briefkit.extract.events import classify
    from briefkit.extract.subject import Subject

    subject = Subject(p)
    assert classify("The recruits are normally sworn in each year on 6 May, the anniversary of the stand of 1527.",
                    subject) == "background"
    assert classify("In 2019 the guard elected a new commander, as it does every year.", subject) != "background"
    p = _article(tmp_path, "The Blue Alliance was founded in 2000. Karl Berg resigned as mayor of Port Royal on 21 "
                           "October 2019. At the election of 2009 the alliance won the Westland, and Anna Lind became "
                           "premier of the province on 6 May 2009.", title="Blue Alliance")
    rows = {e.date.iso: e for e in p.events}
    assert rows["2019-10-21"].background and rows["2009-05-06"].background, rows


def test_an_opening_after_phrase_without_a_verb_leaves_the_date_to_the_main_clause(tmp_path):
    """The Democratic Alliance's "After almost a month of negotiations the DA agreed in June 2024
    to join a government of national unity" had been background: the date was read as the
    "After" phrase's, a reference, and the clause as undated."""
    p = _article(tmp_path, "The Blue Alliance was founded in 2000. After almost a month of negotiations the "
                           "alliance agreed in June 2024 to join a government of national unity, the first time it "
                           "had held national office.", title="Blue Alliance")
    rows = [e for e in p.events if e.date.iso == "2024-06"]
    assert rows and not rows[0].background, [(e.date.iso, e.text, e.background) for e in p.events]


def test_the_rest_of_an_aim_and_a_day_something_was_due_are_no_happenings(tmp_path):
    """Stellantis: "In March 2022 Tavares presented a long-term plan, which set out to double net
    revenue by the end of the decade, and to make all of the group's sales in Europe
    battery-electric by 2030" had put "To make all of the group's sales ..." on 2030; "Filosa was
    due to present a new strategic plan at an investor day on 21 May 2026", a plan whose outcome
    the article does not tell, on 21 May 2026."""
    p = _article(tmp_path, "Blue Motors was founded in 2021. In March 2022 Carl Dunn presented a long-term plan, "
                           "which set out to double net revenue by the end of the decade, and to make all of the "
                           "group's sales in Europe battery-electric by 2030. Eva Holm was due to present a new "
                           "strategic plan at an investor day on 21 May 2026.", title="Blue Motors")
    timeline = _timeline(p)
    assert "2030" not in timeline and "2026-05-21" not in timeline, sorted(timeline)
    assert "2022-03" in timeline


def test_the_death_of_a_head_whose_term_had_ended_is_background(tmp_path):
    """Fonterra's "Norgate had died in London in July 2015, aged 50", of its first chief
    executive (2001-2003), had been a loss on its timeline. A head who dies in the year the term
    ends, or whose term the article leaves open, may have died in office, and stays."""
    p = _article(tmp_path, "Blue Dairy was founded in 2001. Carl Dunn was chief executive from 2001 to 2003. "
                           "Eva Holm became chief executive in 2003. Dunn had died in London in July 2015, aged 50. "
                           "Holm died in office in March 2020.", title="Blue Dairy")
    rows = {e.date.iso: e for e in p.events}
    assert rows["2015-07"].background and not rows["2020-03"].background, rows


def test_a_row_cut_inside_its_opening_after_clause_tells_that_happening(tmp_path):
    """Airbus's "After a JetBlue A320 ... suddenly lost altitude on 30 October 2025 and had to
    land in Tampa, investigators traced the fault to ..." had the row "After a JetBlue A320 ...
    lost altitude", a clause waiting for a main clause it never got. The date is the opening's,
    so its row tells the opening's happening as a statement. An opening that runs on into its
    main clause without a comma keeps its "After"."""
    p = _article(tmp_path, "After a ferry sailing from Tallinn to Helsinki suddenly lost power on 4 March 2021 and "
                           "drifted for an hour, the Blue Brigade's divers checked the whole of its hull. After a long "
                           "pause the Blue Brigade rejoined the exercise on 9 May 2022, and two other crews did too.")
    rows = _timeline(p)
    assert rows["2021-03-04"].label.startswith("A ferry sailing from Tallinn to Helsinki suddenly lost power"), \
        rows["2021-03-04"].label
    assert rows["2022-05-09"].label.startswith("After a long pause"), rows["2022-05-09"].label


def test_a_label_never_cuts_a_list_of_names_short(tmp_path):
    """Airbus's At a glance read "Airbus reached agreements with the French national financial
    prosecutor, the British Serious Fraud Office." of three parties, and Memorial's row "awarded
    the Nobel Peace Prize jointly" named none of the three winners. A list of names is not cut
    inside; one too long for the row keeps its first name and counts the rest."""
    p = _article(tmp_path, "On 14 June 2019, after a long inquiry, the Blue Brigade signed accords with the Danish "
                           "coastal authority, the Swedish Maritime Administration and the Norwegian Coastal Administration "
                           "over shared patrols in the Skagerrak, and agreed to pool its boats with theirs for five years. "
                           "On 3 May 2021 the Harbour Foundation gave its annual medal jointly to the Blue Brigade, the "
                           "Lithuanian diver Jonas Petraitis and the Estonian Sea Rescue Society for Volunteer Crews, in "
                           "a ceremony at the old customs house in Klaipėda that was attended by more than 300 guests.")
    rows = _timeline(p)
    signed = rows["2019-06-14"]
    assert signed.statement.endswith("the Norwegian Coastal Administration over shared patrols in the Skagerrak") \
        or "the Norwegian Coastal Administration" in (signed.statement or signed.label), (signed.statement, signed.label)
    for text in (signed.label, signed.statement):
        assert not text.rstrip(".").endswith("the Swedish Maritime Administration"), text
    medal = rows["2021-05-03"].label
    assert "and two others" in medal, medal


def test_a_time_counted_from_the_sentence_before_goes_where_the_row_has_its_date(tmp_path):
    """The CDU's founding row read "26 June 1945: Sixteen days later, on 26 June 1945, 35 men and
    women in Berlin signed a founding call": its date twice, and "later" than a sentence the
    row does not show."""
    p = _article(tmp_path, "The port was reopened on 3 April 1961. Sixteen days later, on 12 April 1961, 40 "
                           "fishermen in Gdynia signed a charter for the Blue Brigade.")
    label = _timeline(p)["1961-04-12"].label
    assert "later" not in label and "12 April" not in label and "fishermen in Gdynia signed a charter" in label, label


def test_what_an_invitation_asks_stays_with_it_when_the_row_has_room(tmp_path):
    """The African Union's At a glance read "Narendra Modi invited the chairperson of the Union,
    President Azali Assoumani of the Comoros." without "to take a seat at the table as a
    permanent member", the point of the day."""
    p = _article(tmp_path, "On 9 May 2019, at the harbour festival in Gdańsk, the Polish maritime minister, "
                           "Jan Nowak, invited the commander of the Blue Brigade, Colonel Ann Holm of Sweden, "
                           "to take a seat on the council as a permanent member.")
    row = _timeline(p)["2019-05-09"]
    assert "permanent member" in (row.statement or row.label), (row.statement, row.label)


def test_a_series_of_verbs_is_not_cut_before_its_last(tmp_path):
    """The Finnish Border Guard's row read "Parliament amended the Border Guard Act so that the
    government can close crossing points, concentrate asylum applications at chosen
    crossings": a series of three, cut before its last as if it were whole."""
    p = _article(tmp_path, "On 7 July 2022 Parliament amended the Blue Brigade Act so that the ministry can close "
                           "river crossings, move the brigade's boats to chosen harbours and build floating barriers "
                           "in the estuary zone.")
    row = _timeline(p)["2022-07-07"]
    for text in (row.label, row.statement or row.label):
        assert not text.rstrip(".").endswith("to chosen harbours"), text


def test_it_after_became_is_what_became(tmp_path):
    """The African Union's "On 1 April 2022 the mission in Somalia became the African Union
    Transition Mission in Somalia (ATMIS) under a new mandate, and on 1 January 2025 it gave way
    to a successor, AUSSOM" had the row "AU gave way to a successor": the mission did."""
    p = _article(tmp_path, "On 1 April 2022 the patrol in the Gulf became the Blue Coastal Patrol (BCP) under a new "
                           "mandate, and on 1 January 2025 it gave way to a successor, the Blue Sea Watch.")
    label = _timeline(p)["2025-01-01"].label
    assert label.startswith("The patrol in the Gulf gave way"), label


def test_they_are_the_plural_subject_of_the_sentence_before(tmp_path):
    """The African Union's "..., the OAU's heads of state gathered in Sirte for an extraordinary
    summit on 8 and 9 September 1999. On the second day they adopted the Sirte Declaration" had
    the row "They adopted the Sirte Declaration", which says nothing of who."""
    p = _article(tmp_path, "At the invitation of the mayor, the region's fishing cooperatives gathered in Hel for a "
                           "meeting on 4 and 5 June 1999. On the second day they adopted the Hel Charter, which called "
                           "for the Blue Brigade to be set up.")
    label = _timeline(p)["1999-06-05"].label
    assert label.startswith("The region's fishing cooperatives adopted the Hel Charter"), label


def test_a_place_given_only_by_the_sentence_before_ends_the_row(tmp_path):
    """The African Union's founding row read "The African Union was formally inaugurated in the
    same city": the same as which, the row does not say."""
    p = _article(tmp_path, "The harbour board held its last meeting in Gdynia on 8 July 2002. The next day the Blue "
                           "Brigade was formally inaugurated in the same city, and the mayor became its patron.")
    label = _timeline(p)["2002-07-09"].label
    assert "the same city" not in label and "formally inaugurated" in label, label


def test_a_persons_birthday_or_a_birth_is_their_own_life(tmp_path):
    """The Abuelas' timeline had "Estela de Carlotto turned 95" and "Laura gave birth to a boy":
    a person's life, not the organisation's doings. An illness stays (a commander's heart
    attack may end a command)."""
    p = _article(tmp_path, "Anna Berg led the Blue Brigade from 1990. Anna Berg's daughter Eva gave birth to a boy "
                           "on 3 March 1994. On 9 May 2020, the brigade's 30th anniversary, Berg turned 95. On 2 June "
                           "2021 Berg suffered a heart attack, and the brigade chose Carl Dahl to lead it.")
    rows = {e.date.iso: e for e in p.events}
    assert rows["1994-03-03"].background and rows["2020-05-09"].background, rows
    assert not rows["2021-06-02"].background


def test_what_the_date_was_set_off_after_it_goes_with_the_date(tmp_path):
    """The Abuelas' rows read "The association's 48th anniversary, Estela de Carlotto turned 95"
    and "Abuelas de Plaza de Mayo's 45th anniversary, the association launched an
    advertisement": the apposition says what the row's date was, and goes with it. An occasion
    the row happened for stays ("For its 80th anniversary, the company opened ...")."""
    p = _article(tmp_path, "On 22 October 2022, its 45th anniversary, the Blue Brigade launched a poster campaign "
                           "in Gdańsk. In December 2023, for its 80th anniversary, the Blue Brigade opened a museum.")
    rows = _timeline(p)
    assert rows["2022-10-22"].label.startswith("The Blue Brigade launched a poster campaign"), rows["2022-10-22"].label
    assert "anniversary" in rows["2023-12"].label, rows["2023-12"].label


def test_an_object_it_after_the_organisation_named_by_its_kind(tmp_path):
    """The Norwegian Refugee Council's row read "The Oslo District Court found it grossly
    negligent": the clause before, "Steve Dennis sued the council, and", named the organisation
    by its kind."""
    p = _article(tmp_path, "One of the divers, Jan Holm, sued the brigade, and on 25 November 2015 the Gdańsk "
                           "District Court found it grossly negligent in training its crews.")
    label = _timeline(p)["2015-11-25"].label
    assert " found it " not in label and "grossly negligent" in label, label


def test_a_clause_that_only_held_the_rows_date_goes_with_it(tmp_path):
    """The Finnish Border Guard's row read "A separate Coast Guard was created ... by a law that
    took effect": the clause held the row's date and nothing else."""
    p = _article(tmp_path, "A separate harbour patrol was created under the Blue Brigade by a law that took effect "
                           "on 1 May 1930, mainly to stop the smuggling of spirits.")
    label = _timeline(p)["1930-05-01"].label
    assert "took effect" not in label and "by a law" in label, label
