"""Aliases from the lead parenthetical and from "also called ..."."""
from __future__ import annotations

import pytest

from briefkit.extract.names import aliases_from_lead, script_of
from briefkit.readers import read


def _aliases(title, lead):
    return [(a.text, a.kind) for a in aliases_from_lead(title, lead)]


def test_parenthetical_kinds():
    got = _aliases("Red Cell", "The Red Cell (RC; Russian: Красная ячейка; formerly Blue Cell) is a group.")
    assert got == [("RC", "abbreviation"), ("Красная ячейка", "native"), ("Blue Cell", "former")]


def test_also_known_as():
    got = _aliases("Alpha Group", "The Alpha Group, also known as Group A or the A-Team, is a unit.")
    assert got == [("Group A", "alias"), ("A-Team", "alias")]


def test_a_name_known_until_a_time_is_a_former_one_beside_the_one_called_now():
    """A lead that gives two naming clauses joined by "and", the second with "until": the first
    names the body now, the second a name that went out of use. Both had been lost (the year made
    the whole run no name), and the title block lacked the name it is called by."""
    got = _aliases("Harbour Guard", "The Harbour Guard, also called the Coast Watch and known until 1994 as "
                                    "the Royal Harbour Guard, is the maritime force of Westland.")
    assert got == [("Coast Watch", "alias"), ("Royal Harbour Guard", "former")]
    got = _aliases("Harbour Guard", "The Harbour Guard, also called the Coast Watch and known before the "
                                    "reform as the Port Militia, is a force.")
    assert got == [("Coast Watch", "alias"), ("Port Militia", "former")]


def test_parenthetical_after_main_verb_is_not_a_name():
    assert _aliases("Beta", "Beta is allied with the Gamma Corps (GC) since 2010.") == []


def test_dates_in_parenthetical_are_not_names():
    assert _aliases("Delta", "Delta (founded 1990) is a firm.") == []


def test_title_is_not_its_own_alias():
    assert _aliases("ABC", "The ABC (ABC, Abc Bureau) is a bureau.") == [("Abc Bureau", "alias")]


@pytest.mark.parametrize(
    "text, script",
    [("Легион", "Cyrillic"), ("Legion", "Latin"), ("Λεγεών", "Greek"), ("فيلق", "Arabic"), ("123", None)],
)
def test_script_detection(text, script):
    assert script_of(text) == script


def test_language_labels_and_pronunciations():
    got = _aliases(
        "Sich Unit",
        "The Sich Unit (Ukrainian: Січ; romanized: Sich; pronounced /sɪtʃ/; /sɪtʃ/) is a unit.",
    )
    # Language labels are dropped, the romanisation is an alias, pronunciations are not names.
    assert got == [("Січ", "native"), ("Sich", "alias")]


def test_abbreviation_marker_does_not_end_the_sentence():
    got = _aliases("Zeta Corps", "The Zeta Corps (abbr. ZC) is a corps. It was formed (in 2001) as ZZ.")
    assert got == [("ZC", "abbreviation")]


def test_entities_and_spelling_prefixes():
    got = _aliases("Eta Club", "The Eta Club (EC; also written E&amp;C) is a club.")
    assert got == [("EC", "abbreviation"), ("E&amp;C", "alias")]


def test_adverbs_before_also_called_names():
    got = _aliases("Orange Rescue Brigade", "The Orange Rescue Brigade, also called the Orange Brigade or simply the Brigade, is a group.")
    # "the Brigade" alone is the title's generic head noun: a back-reference, not an alias.
    assert got == [("Orange Brigade", "alias")]
    got = _aliases("Orange Rescue Brigade", "The Orange Rescue Brigade, also called the Orange Brigade or simply the Oranges, is a group.")
    assert got == [("Orange Brigade", "alias"), ("Oranges", "alias")]


def test_generic_title_word_is_not_an_alias():
    got = _aliases("Tsavra Valley Volunteer Rescue Brigade",
                   "The Tsavra Valley Volunteer Rescue Brigade (TVVRB), also known as the Orange Brigade "
                   "or simply the Brigade, is a volunteer organisation.")
    assert got == [("TVVRB", "abbreviation"), ("Orange Brigade", "alias")]
    # A proper name from the title stays; so do abbreviations and words the title lacks.
    assert _aliases("Wagner Group", "The Wagner Group, also known as Wagner or PMC, is a company.") == [
        ("Wagner", "alias"), ("PMC", "abbreviation")]
    assert _aliases("Mtatsminda Heritage Circle", "The Mtatsminda Heritage Circle (Circle; MHC) is a society.") == [
        ("MHC", "abbreviation")]


def test_long_article_aliases():
    from pathlib import Path

    from briefkit.readers import read

    long = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "long.txt"
    aliases = [a.text for a in read(long).names.aliases]
    assert "Orange Brigade" in aliases and "Brigade" not in aliases


def test_also_known_as_lists_and_former_names_split():
    got = _aliases("Memorial", "Memorial, also known as the Memorial Society, International Memorial or Memorial "
                   "International, is a society.")
    assert got == [("Memorial Society", "alias"), ("International Memorial", "alias"), ("Memorial International", "alias")]
    got = _aliases("Europol", "The European Union Agency for Law Enforcement Cooperation, commonly known as Europol "
                   "and formerly the European Police Office and the Europol Drugs Unit, is an agency.")
    assert got == [("European Police Office", "former"), ("Europol Drugs Unit", "former")]
    got = _aliases("Nokia Oyj", "Nokia Oyj, also known as Nokia Abp, Nokia Corporation or simply Nokia, is a company.")
    assert got == [("Nokia Abp", "alias"), ("Nokia Corporation", "alias"), ("Nokia", "alias")]


def test_numbered_keys_keep_their_label_when_they_share_a_base(tmp_path):
    from briefkit.readers import read

    f = tmp_path / "n.txt"
    f.write_text("= N =\n\nInfobox\n- Native Name: A\n- Native Name 2: B\n- Commander2: C D\n\nN is a unit.\n")
    assert [x.label for x in read(f).facts] == ["Native Name", "Native Name 2", "Commander"]


def test_changing_case_keeps_the_script():
    from briefkit.text import cap_first

    assert cap_first("ქართული ოცნება") == "ქართული ოცნება"  # no Mtavruli capital
    assert cap_first("союз") == "Союз" and cap_first("union") == "Union"


@pytest.mark.parametrize("lead, title, expected", [
    ("Telefonaktiebolaget LM Ericsson, commonly known as Ericsson, is a Swedish maker of equipment.",
     "Ericsson", ["Telefonaktiebolaget LM Ericsson"]),
    ("The International Business Machines Corporation, better known as IBM, is a company.", "IBM",
     ["International Business Machines Corporation"]),
    # the phrase after "known as" is not the title: nothing is taken from before it
    ("Ericsson, known as the company, is a maker.", "Ericsson", []),
    ("Acme Rail, known as Acme Trains, is a maker.", "Acme", []),
])
def test_a_full_name_before_the_title_in_use_is_an_alias(lead, title, expected):
    assert [a.text for a in aliases_from_lead(title, lead)] == expected


def test_widely_known_simply_as_is_the_name_it_goes_by(tmp_path):
    from briefkit.extract.subject import Subject
    from briefkit.readers import read

    f = tmp_path / "a.txt"
    f.write_text("= Azov Brigade =\n\nThe 12th Special Purpose Brigade, widely known simply as Azov, is a formation of "
                 "the National Guard. It was founded in May 2014.\n\n== History ==\nIn August 2014 its fighters took "
                 "part in the battles around Ilovaisk.\n", encoding="utf-8")
    p = read(f)
    assert "Azov" in [a.text for a in p.names.aliases]
    assert Subject(p).ref == "Azov"  # right for every period: in 2014 it was a battalion
    assert any(e.title.startswith("Azov's fighters") for e in p.events)


def test_a_name_keeps_its_own_quotes_and_loses_in_full():
    """Solidarity's title block read 'in full the Independent Self-Governing Trade Union
    "Solidarity' and 'NSZZ "Solidarność': a quote was stripped from one end only."""
    lead = ('Solidarity (Polish: Solidarność; in full the Independent Self-Governing Trade Union "Solidarity", '
            'NSZZ "Solidarność") is a Polish trade union.')
    texts = [a.text for a in aliases_from_lead("Solidarity", lead)]
    assert texts == ["Solidarność", 'Independent Self-Governing Trade Union "Solidarity"', 'NSZZ "Solidarność"'], texts
    assert [a.text for a in aliases_from_lead("Blue", 'Blue ("Azure") is a group.')] == ["Azure"]


def test_a_legal_name_in_brackets_is_an_alias_without_the_word_that_says_so():
    """Volvo Cars' "(legally Volvo Car AB)" made the alias "legally Volvo Car AB", shown under
    the snapshot's title as "Also known as legally Volvo Car AB"."""
    from briefkit.extract.names import extract_names

    names = extract_names("Blue Cars", "Blue Cars (legally Blue Car AB) is a Swedish maker of premium cars.")
    assert [a.text for a in names.aliases] == ["Blue Car AB"], names.aliases


def test_a_full_name_before_its_bracket_and_the_name_it_was_founded_as_are_aliases():
    """Interpol's lead, "The International Criminal Police Organization (ICPO; French: ...),
    commonly known as Interpol, is ...", gave no alias for its English full name (the bracket
    stood between the name and "commonly known as"), and its infobox's "Formed: 7 September
    1923, Vienna (as the International Criminal Police Commission)" no former name, so "Schober
    became its first president" after the commission's founding named no leader. A founding
    fact's "as" gives a name, not a description ("as the American branch of ...")."""
    from briefkit.extract.names import extract_names

    names = extract_names("Interpol", "The International Criminal Police Organization (ICPO; French: Organisation "
                          "internationale de police criminelle), commonly known as Interpol, is an organisation.",
                          [("Formed", "7 September 1923, Vienna (as the International Criminal Police Commission)"),
                           ("Headquarters", "Lyon (as the seat)")])
    got = {(a.text, a.kind) for a in names.aliases}
    assert ("International Criminal Police Organization", "alias") in got, got
    assert ("International Criminal Police Commission", "former") in got, got
    assert not any(a.text == "seat" for a in names.aliases)
    other = extract_names("Blue Rescue", "Blue Rescue is a charity.", [("Founded", "1933 (as the American branch of the Red Aid)")])
    assert other.aliases == []
    airbus = extract_names("Airbus", "Airbus SE, also known as Airbus, the Airbus Group or by its former name EADS, is a company.")
    assert ("EADS", "former") in {(a.text, a.kind) for a in airbus.aliases}


def test_what_a_name_means_is_no_other_name():
    """Fine Gael's brief opened "Also known as Irish for "family, or tribe, of the Irish"":
    a gloss of the name's meaning, read as another name."""
    assert _aliases("Fine Gael", 'Fine Gael (Irish for "family, or tribe, of the Irish") is a party in Ireland.') == []
    assert _aliases("Blue Base", "Blue Base (meaning 'the base'; BB) is a group.") == [("BB", "abbreviation")]


def test_a_title_whose_bracket_is_part_of_its_name(tmp_path):
    """Set 43: "The Communist Party of Nepal (Unified Marxist–Leninist), known as the CPN (UML) or
    simply the UML, is ..." took its own bracket for its other names ("Unified Marxist–Leninist")
    and lost "CPN (UML)"; its briefings called it "the Communist Party of Nepal", an older party,
    and its labels said it "merged with the Communist Party of Nepal" (the Maoist Centre) and that
    a faction was registered "as the CPN" (the CPN (Unified Socialist)). A title whose bracket the
    lead does not repeat ("Blue Union (Westland)") is still called without it."""
    from briefkit.digest import at_a_glance
    from briefkit.readers import read
    from briefkit.text import called

    f = tmp_path / "a.txt"
    f.write_text(
        "= Workers' Party of Westland (Unified Left) =\n\nThe Workers' Party of Westland (Unified Left), known as the "
        "WPW (UL) or simply the UL, is one of Westland's largest political parties.\n\n== History ==\n\n"
        "On 6 January 1991 the two groups merged as the WPW (UL). The UL merged with the Workers' Party of Westland "
        "(Red Centre) on 17 May 2018 to form the Westland Workers' Party. On 25 August 2021 the election commission "
        "registered a faction as the WPW (Socialist Left).\n", encoding="utf-8")
    p = read(f)
    assert [a.text for a in p.names.aliases] == ["UL", "WPW (UL)"], p.names.aliases
    assert called(p) == "Workers' Party of Westland (Unified Left)"
    assert at_a_glance(p)[0].text.startswith("The Workers' Party of Westland (Unified Left), known as the WPW (UL)")
    titles = {e.date.iso: e.title for e in p.events}
    assert titles["1991-01-06"].endswith("as the WPW (UL)"), titles
    assert "the Workers' Party of Westland (Red Centre)" in titles["2018-05-17"], titles
    assert titles["2021-08-25"].endswith("as the WPW (Socialist Left)"), titles

    g = tmp_path / "b.txt"
    g.write_text("= Blue Union (Westland) =\n\nThe Blue Union (BU) is a trade union in Westland.\n", encoding="utf-8")
    assert called(read(g)) == "Blue Union"


def test_a_romanisation_system_in_capitals_is_a_label_not_part_of_the_name():
    """A review of the Bank of Thailand's snapshot: "Also known as BOT, RTGS: Thanakhan Haeng
    Prathet Thai" showed the romanisation system as part of the name."""
    got = _aliases("Bank of Thailand", "The Bank of Thailand (BOT; Thai: ธนาคารแห่งประเทศไทย, RTGS: Thanakhan Haeng "
                                       "Prathet Thai) is the central bank of Thailand.")
    texts = [t for t, _ in got]
    assert "Thanakhan Haeng Prathet Thai" in texts and not any("RTGS" in t for t in texts), got


def test_what_a_name_means_in_quotes_is_no_other_name():
    """B'Tselem's brief read "Also known as in the image of" (Hebrew: בצלם, "in the image of"), and
    Sinn Féin's aliases held "we ourselves"."""
    got = _aliases("B'Tselem", "B'Tselem (Hebrew: בצלם, \"in the image of\") is an Israeli human rights group.")
    assert got == [("בצלם", "native")], got


def test_why_a_name_is_so_called_is_no_part_of_it():
    """"The Royal Institute of International Affairs, usually called Chatham House after the
    London mansion it occupies, is ..." had given the alias "Chatham House after the London
    mansion it occupies" and lost the full name."""
    from briefkit.extract.names import extract_names

    names = extract_names("Chatham House", "The Royal Institute of International Affairs, usually called Chatham House "
                          "after the London mansion it occupies, is an independent British policy institute.", [])
    assert [a.text for a in names.aliases] == ["Royal Institute of International Affairs"]


def test_an_english_name_of_a_kind_of_body_before_for_is_a_name_not_a_gloss(tmp_path):
    """Set 69 (CELS): "The Centro de Estudios Legales y Sociales (CELS, Centre for Legal and
    Social Studies)" gives its English name, which had been read as a gloss ("Hebrew for ...")
    and dropped; without it "the centre" was not the subject, and the executive director who
    "had first come to the centre" was no leader of it."""
    assert _aliases("Centro de Estudios Legales y Sociales",
                    "The Centro de Estudios Legales y Sociales (CELS, Centre for Legal and Social Studies) is an "
                    "Argentine human rights organisation.") == [("CELS", "abbreviation"),
                                                                ("Centre for Legal and Social Studies", "alias")]
    assert _aliases("B'Tselem", "B'Tselem (Hebrew for 'in the image of') is an Israeli rights group.") == []
    f = tmp_path / "a.txt"
    f.write_text("= Centro de Estudios Legales =\n\nThe Centro de Estudios Legales (CEL, Centre for Legal Studies) is a "
                 "human rights organisation.\n\n== History ==\n\nThe centre was founded in 1979. Gastón Chillier, who "
                 "had first come to the centre as a volunteer and had since worked for the Washington Office on Latin "
                 "America, became executive director in 2006.\n", "utf-8")
    chillier = [p for p in read(f).people if p.name == "Gastón Chillier"]
    assert chillier and chillier[0].leader, [(p.name, p.role, p.leader) for p in read(f).people]


def test_a_name_in_another_language_keeps_its_own_commas():
    """Sonatrach's snapshot read "Also known as la production, le transport, ...": the French
    name in its lead's bracket, "Société nationale pour la recherche, la production, le transport,
    la transformation et la commercialisation des hydrocarbures", had been cut at its commas.
    Names of other scripts a comma lists apart stay apart."""
    from briefkit.extract.names import aliases_from_lead

    got = [a.text for a in aliases_from_lead("Sonatrach", (
        "Sonatrach (Arabic: سوناطراك; from the French Société nationale pour la recherche, la production, le "
        "transport, la transformation et la commercialisation des hydrocarbures) is the national oil company of "
        "Algeria."))]
    assert not any(t.startswith(("la ", "le ")) for t in got), got
    assert "سوناطراك" in got
    got = [a.text for a in aliases_from_lead("Islamic Relief Worldwide", (
        "Islamic Relief Worldwide (IRW; Arabic: الإغاثة الإسلامية, al-Ighātha al-Islāmiyya) is a charity."))]
    assert "الإغاثة الإسلامية" in got and "al-Ighātha al-Islāmiyya" in got, got


def test_a_legal_form_after_a_comma_ends_the_name_in_the_bracket():
    """"Copa Airlines (Compañía Panameña de Aviación, S.A.) is ...": the legal form is the end of
    the Spanish name, not a second name ("S.A." had been an abbreviation of the airline's, and
    labels read "S.A.'s first flights")."""
    from briefkit.extract.names import aliases_from_lead

    got = [a.text for a in aliases_from_lead("Copa Airlines", "Copa Airlines (Compañía Panameña de Aviación, S.A.) "
                                                               "is the flag carrier of Panama.")]
    assert got == ["Compañía Panameña de Aviación, S.A."], got
    got = [a.text for a in aliases_from_lead("Westland Steel", "Westland Steel (WS; Westland Steel, Ltd) is a steelmaker.")]
    assert got == ["WS", "Westland Steel, Ltd"], got


def test_a_legal_name_in_the_lead_and_the_infobox_s_former_names():
    """Zain's lead "Zain ..., legally the Mobile Telecommunications Company (MTC), is ..." gives
    two names of it ("The Mobile Telecommunications Company was founded in 1983" had been read
    as another body's founding); the infobox's "Former Name: MTC (until 2007)" says MTC is no
    longer its name (so the article does not call it "MTC" now), and a legal form after a comma
    is no name of its own."""
    from briefkit.extract.names import extract_names

    names = extract_names("Zain Group", "Zain (Arabic: زين), legally the Mobile Telecommunications Company (MTC), is a "
                          "Kuwaiti mobile telephone group.", [("Former Name", "MTC (until 2007); Panificación Bimbo, S.A.")])
    kinds = {a.text: a.kind for a in names.aliases}
    assert kinds.get("Mobile Telecommunications Company") == "alias", kinds
    assert kinds.get("MTC") == "former" and kinds.get("Panificación Bimbo") == "former", kinds
    assert "S.A." not in kinds, kinds
