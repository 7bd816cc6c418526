

def test_a_flat_list_whose_first_bullet_was_lost_is_one_level():
    from briefkit.readers.wikiclean import split_flat_list

    flat = split_flat_list("Azov Battalion, * Azov Regiment, * Special Operations Detachment")
    assert [(i.depth, i.text) for i in flat] == [(0, "Azov Battalion"), (0, "Azov Regiment"),
                                                 (0, "Special Operations Detachment")]
    deep = split_flat_list("Russo-Ukrainian War, * War in Donbas, ** Battle of Ilovaisk, * Siege of Mariupol")
    assert [i.depth for i in deep] == [0, 1, 2, 1]


def test_names_whose_bullets_were_lost_between_commas_are_items():
    from briefkit.readers.wikiclean import split_flat_list

    items = split_flat_list("Russo-Ukrainian War, * Battle of Bakhmut, Syrian civil war, Libyan civil war")
    assert [(i.depth, i.text) for i in items] == [
        (0, "Russo-Ukrainian War"), (0, "Battle of Bakhmut"), (0, "Syrian civil war"), (0, "Libyan civil war")]
    # a phrase with a comma that is not a list of names stays one item
    items = split_flat_list("Espoo, * founded in Tampere, later moved")
    assert [i.text for i in items] == ["Espoo", "founded in Tampere, later moved"]


def test_names_without_a_star_between_starred_ones_are_the_outer_items():
    """The Black Sea Fleet's Battles row read "Battle off the coast of Abkhazia, Russo-Ukrainian
    War" as one item: a name without a star after a starred one's comma is an outer item again,
    and the starred ones are inside the one before them."""
    from briefkit.readers.wikiclean import split_flat_list

    items = split_flat_list("Crimean War, Russo-Georgian War, * Battle off the coast of Abkhazia, Russo-Ukrainian "
                            "War, * Attack on Snake Island, * Sinking of the Moskva")
    assert [(i.depth, i.text) for i in items] == [
        (0, "Crimean War"), (0, "Russo-Georgian War"), (1, "Battle off the coast of Abkhazia"),
        (0, "Russo-Ukrainian War"), (1, "Attack on Snake Island"), (1, "Sinking of the Moskva")]


def test_footnote_and_citation_templates_leave_an_infobox_value():
    from briefkit.readers.wikiclean import clean_value

    assert clean_value("1 February 1920, by merger with the Dominion Police{{efn|The North-West Mounted Police, "
                       "its forerunner, dates from 1873.}}") == "1 February 1920, by merger with the Dominion Police"
    assert clean_value("Ottawa{{sfn|Smith|2004|p=3}}, Ontario{{cite web|title=X|date={{date|2020}}}}") == "Ottawa, Ontario"
    # a flag and a country's name: the name (Kopassus's brief read "Country: {{flag|Indonesia}}");
    # a country's code the template looks up is content the text cannot give: left, for lint
    assert clean_value("{{flag|Indonesia}}") == "Indonesia"
    assert clean_value("{{flagcountry|United States|1912}} and {{flag|Canada}}") == "United States and Canada"
    assert clean_value("{{flag|CAN}}") == "{{flag|CAN}}"


def test_a_rendered_footnote_marker_leaves_an_infobox_value():
    """Set 68 (the Tunisian League): "Formation: 1976; legally recognised in May 1977[1]" showed
    its "[1]" in Key facts; a marker as a page prints it, right after a word, is no text. A
    bracket set apart by a space stays ("Array [1, 2]")."""
    from briefkit.readers.wikiclean import clean_value

    assert clean_value("1976; legally recognised in May 1977[1]") == "1976; legally recognised in May 1977"
    assert clean_value("[[Policía Federal (Mexico)|Policía Federal]][2]") == "Policía Federal"
    assert clean_value("Geneva[a][note 3][citation needed]") == "Geneva"
    assert clean_value("Array [1, 2]") == "Array [1, 2]"


def test_a_flag_icon_leaves_the_value():
    """GSG 9's brief read "Agency: {{flagicon|GER}} Federal Police" and GROM's "Allegiance:
    {{flagicon|POL}} Polish Armed Forces": a flag icon is never text."""
    from briefkit.readers.wikiclean import clean_value

    assert clean_value("{{flagicon|GER}} [[Federal Police (Germany)|Federal Police]]") == "Federal Police"
    assert clean_value("{{flagdeco|POL}} Poland") == "Poland"
    assert clean_value("Vevey {{citation needed}}") == "Vevey {{citation needed}}"


def test_a_footnote_marker_leaves_a_paragraph_and_nowrap_its_words(tmp_path):
    """Fidesz's brief printed "... 135 of the 199 seats.<ref name="nvi2022" />" in its History,
    timeline and key events, and "Polgárok Háza, {{nowrap|Visi Imre utca 6}}, Budapest" as its
    headquarters: a footnote marker is no part of a sentence, and `nowrap` only keeps words
    together."""
    from briefkit.readers import read

    f = tmp_path / "a.txt"
    f.write_text("= Blue Party =\n\nInfobox\n- Headquarters: Polgárok Háza, {{nowrap|Visi Imre utca 6}}, Budapest\n\n"
                 "The Blue Party is a party.\n\n== History ==\nIn 2022 it won 135 of the 199 seats.<ref name=\"n\" /> "
                 "It governed alone<ref>Smith 2004, p. 3</ref>, as before.\n", encoding="utf-8")
    p = read(f)
    text = p.all_sections()[0].blocks[0].text
    assert text == "In 2022 it won 135 of the 199 seats. It governed alone, as before."
    assert [x.text for x in p.facts if x.label == "Headquarters"] == ["Polgárok Háza, Visi Imre utca 6, Budapest"]


def test_a_ticker_template_shows_exchange_and_symbol_and_a_picture_file_is_no_value():
    from briefkit.readers.wikiclean import clean_value

    assert clean_value("{{NYSE|SPOT}} (direct listing, 3 April 2018)") == "NYSE: SPOT (direct listing, 3 April 2018)"
    assert clean_value("Spotify logo with text.svg|200px") == ""
    assert clean_value("Embleem Korps Mariniers.svg") == ""


def test_an_images_caption_is_no_key_fact(tmp_path):
    from briefkit.readers import read_with_findings

    f = tmp_path / "k.txt"
    f.write_text("= Blue Corps =\n\nInfobox\n- Image: Emblem.svg|120px\n- Image Caption: Emblem of the corps\n"
                 "- Founded: 1665\n\nThe Blue Corps is a marine corps.\n")
    profile, findings = read_with_findings(f)
    assert [x.label for x in profile.facts] == ["Founded"]
    assert sum("image" in x.message.casefold() for x in findings) == 2


def test_any_exchange_in_capitals_and_a_composition_bar_read_as_a_reader_sees_them():
    """Equinor's "Public limited company ({{OSE|EQNR}}, ...)" and the Norwegian Labour Party's
    "Storting: {{Composition bar|53|169|hex=#E4202C}}" reached Key facts as markup: an exchange
    code in capitals with a ticker is a ticker template whatever the exchange, and a composition
    bar is the seats it draws, "53 / 169". A template of another shape stays, for lint."""
    from briefkit.readers.wikiclean import clean_value

    assert clean_value("[[Public limited company]] ({{OSE|EQNR}}, {{NYSE|EQNR}})") == \
        "Public limited company (OSE: EQNR, NYSE: EQNR)"
    assert clean_value("{{Composition bar|53|169|hex=#E4202C}}") == "53 / 169"
    assert clean_value("{{IPA|/ˈoːslu/}}") == "{{IPA|/ˈoːslu/}}"


def test_a_links_brackets_leave_paragraphs_and_lists_and_lint_still_tells(tmp_path):
    """The Royal Marines' snapshot read "one of the fighting arms of the [[Royal Navy]]" in its
    At-a-glance box, and BRAC's founder was "[[Fazle Hasan Abed]]" in its lead: a link shows
    its words. Lint still reports the markup to whoever keeps the seed."""
    from briefkit.readers import read_with_findings

    f = tmp_path / "a.txt"
    f.write_text("= Blue Marines =\n\nThe Blue Marines are one of the fighting arms of the [[Royal Navy]]. "
                 "[[Fazle Hasan Abed|Abed]] founded a sister group in 1972.\n\n== Organisation ==\n\n"
                 "- [[40 Commando]] – Taunton\n", encoding="utf-8")
    p, findings = read_with_findings(f)
    assert p.lead[0].text == ("The Blue Marines are one of the fighting arms of the Royal Navy. Abed founded a sister "
                              "group in 1972.")
    assert p.all_sections()[0].blocks[0].items[0].text == "40 Commando – Taunton"
    assert any("[[" in x.message for x in findings)


def test_a_wiki_table_reads_as_the_list_shaped_table(tmp_path):
    """Fine Gael's leaders' table in wiki markup (`{| class="wikitable"`, `! Leader !! Term`,
    `| Eoin O'Duffy || 1933–1934`, `|}`) had been paragraphs of markup."""
    from briefkit.readers import read

    f = tmp_path / "a.txt"
    f.write_text("= Blue Party =\n\nThe Blue Party is a party.\n\n== Organisation ==\n\n{| class=\"wikitable\"\n"
                 "! Leader !! Term\n|-\n| [[Eoin O'Duffy]] || 1933–1934\n|-\n| style=\"text-align:left\" | W. T. "
                 "Cosgrave || 1934–1944\n|}\n\nAfter the table.\n", encoding="utf-8")
    blocks = read(f).all_sections()[0].blocks
    assert [i.text for i in blocks[0].items] == ["Leader | Term", "Eoin O'Duffy | 1933–1934",
                                                 "W. T. Cosgrave | 1934–1944"]
    assert blocks[1].text == "After the table."


def test_a_column_of_pictures_and_a_numbering_column_go_from_a_wiki_table(tmp_path):
    """Set 65 (the Democratic Party of Socialists): "! № !! Portrait !! President !! Took office"
    over "| 1 || [[File:...|60px]] || Momir Bulatović || 22 June 1991" and an acting row numbered
    "–" had read "1 | — | Momir Bulatović | ...": five wrong leaders ("1 |", "4 |") and none of
    the five presidents. A column that shows nothing in any row, and the count, go; a column
    with text in one row stays."""
    from briefkit.readers import read

    f = tmp_path / "a.txt"
    f.write_text("= Blue Party =\n\nThe Blue Party is a party.\n\n== Presidents ==\n\n{| class=\"wikitable\"\n"
                 "! № !! Portrait !! President !! Took office !! Notes\n|-\n| 1 || [[File:Tom Ash.jpg|60px]] || Tom Ash "
                 "|| 1991 ||\n|-\n| – || || Ada Berg || 1997 || acting\n|-\n| 2 || [[File:Carl Dunn.jpg|60px]] || "
                 "Carl Dunn || 1998 ||\n|}\n", encoding="utf-8")
    [table] = read(f).all_sections()[0].blocks
    assert [i.text for i in table.items] == ["President | Took office | Notes", "Tom Ash | 1991 | —",
                                             "Ada Berg | 1997 | acting", "Carl Dunn | 1998 | —"]


def test_a_definition_list_reads_as_a_list(tmp_path):
    """Set 65 (the Botswana Defence Force): "; Mompati Merafhe" then ": major general, later
    lieutenant general; 1977–1989", a term and what is said of it per commander, had read as one
    paragraph: a verbless row on the timeline and the second commander no leader. Each term is
    an item, its descriptions after a colon; "; Term : description" on one line is one too."""
    from briefkit.readers import read

    f = tmp_path / "a.txt"
    f.write_text("= Blue Guard =\n\nThe Blue Guard is an army.\n\n== Commanders ==\n\n; Tom Ash\n: major general; "
                 "1977–1989\n; Ada Berg\n: lieutenant general\n: 1989–1998\n; Carl Dunn : general; since 2025\n\n"
                 "After the list.\n", encoding="utf-8")
    blocks = read(f).all_sections()[0].blocks
    assert [i.text for i in blocks[0].items] == ["Tom Ash: major general; 1977–1989",
                                                 "Ada Berg: lieutenant general; 1989–1998",
                                                 "Carl Dunn: general; since 2025"]
    assert blocks[1].text == "After the list."


def test_a_navbox_reads_as_the_list_it_shows_under_its_title(tmp_path):
    """Set 66 (Ecopetrol): "{{Navbox | title = Presidents of Ecopetrol (a selection) | list = Emilio
    Sardi · Alberto Calderón · ...}}" reached the full profile as written, and named none of its
    presidents."""
    from briefkit.readers import read

    f = tmp_path / "a.txt"
    f.write_text("= Blue Oil =\n\nBlue Oil is an oil company.\n\n== Presidents ==\n\n{{Navbox\n| name = Blue\n"
                 "| title = Presidents of Blue Oil (a selection)\n| list = Tom Ash · Ada Berg · [[Carl Dunn]]\n}}\n",
                 encoding="utf-8")
    p = read(f)
    intro, table = p.all_sections()[0].blocks
    assert intro.text == "Presidents of Blue Oil (a selection):"
    assert [i.text for i in table.items] == ["Tom Ash", "Ada Berg", "Carl Dunn"]
    assert {x.name for x in p.people if x.leader} == {"Tom Ash", "Ada Berg", "Carl Dunn"}


def test_a_url_template_is_its_address():
    """"Website: {{URL|www.rab.gov.bd}}" had reached the full profile's key facts as written."""
    from briefkit.readers.wikiclean import clean_value

    assert clean_value("{{URL|www.example.org}}") == "www.example.org"
    assert clean_value("{{URL|https://example.org|example.org}}") == "https://example.org"


def test_a_footnote_tag_cut_off_at_the_line_end_leaves_the_value_and_the_paragraph():
    """Set 44: "Notable Commanders: [[Muhoozi Kainerugaba]]; Akanga Byaruhanga<ref>" made a leader
    named "Akanga Byaruhanga<ref>": a footnote whose closing tag the line lost is a tag, never text."""
    from briefkit.readers.wikiclean import clean_value, without_refs

    assert clean_value("[[Muhoozi Kainerugaba]]; Akanga Byaruhanga<ref>") == "Muhoozi Kainerugaba; Akanga Byaruhanga"
    assert clean_value('Robert Kabuura<ref name="nv">') == "Robert Kabuura"
    assert without_refs("The unit was formed in 1981.<ref>Mugisha 2004, p. 3</ref> It grew.</ref>") == \
        "The unit was formed in 1981. It grew."


def test_a_note_template_in_a_paragraph_is_never_printed(tmp_path):
    """"... in 1966.{{efn|Some accounts date it to 1967.}} In 1969 ..." had reached a brief's
    page as written: a paragraph drops a note as an infobox value does, its sentences intact."""
    from briefkit.readers import read

    seed = tmp_path / "a.txt"
    seed.write_text("= Blue Group =\n\nThe Blue Group is a cooperative.\n\n== History ==\n\nIt set up its own welfare "
                    "body in 1966.{{efn|Some accounts date it to 1967; the group's history gives 1966.}} In 1969 ten "
                    "shops merged.{{sfn|Smith|2004|p=3}}\n", encoding="utf-8")
    [para] = read(seed).sections[0].blocks
    assert para.text == "It set up its own welfare body in 1966. In 1969 ten shops merged."


def test_wiki_emphasis_in_prose_and_lists_is_never_printed(tmp_path):
    """"Its journal, ''International Affairs'', first appeared in 1922" had reached a brief as
    written; an apostrophe of a possessive stays."""
    from briefkit.readers import read

    seed = tmp_path / "a.txt"
    seed.write_text("= Blue Institute =\n\nThe Blue Institute is a think tank.\n\n== History ==\n\nIts journal, "
                    "''International Affairs'', first appeared in 1922, and the members' '''Council''' met.\n\n"
                    "* ''The World Today''\n", encoding="utf-8")
    para, lst = read(seed).sections[0].blocks
    assert para.text == "Its journal, International Affairs, first appeared in 1922, and the members' Council met."
    assert lst.items[0].text == "The World Today"


def test_a_size_template_keeps_its_words():
    """The African Union's brief read "Legislature: Pan-African Parliament {{small|(Midrand)}}":
    `small` and `big` only size the words they hold."""
    from briefkit.readers.wikiclean import clean_value

    assert clean_value("[[Blue Assembly]] {{small|(Gdynia)}}") == "Blue Assembly (Gdynia)"
    assert clean_value("{{big|Blue Brigade}}") == "Blue Brigade"


def test_infobox_templates_that_hold_text_keep_it():
    """Infobox values had kept "{{abbr|ISAF|International Security Assistance Force}}",
    "Rajavartiolaitos {{in lang|fi}}", "{{nihongo|...}}", "{{Start date|1988|03|03|df=y}}" and
    "{{Nasdaq Copenhagen|ORSTED}}" in the finished briefs."""
    from briefkit.readers.wikiclean import clean_value

    assert clean_value("Kosovo ({{abbr|KFOR|Kosovo Force}}), Mali") == "Kosovo (KFOR), Mali"
    assert clean_value("Sininen prikaati {{in lang|fi}}; Blå brigaden {{in lang|sv}}") == \
        "Sininen prikaati; Blå brigaden"
    assert clean_value("{{nihongo|青旅団|Ao Ryodan}}") == "青旅団 (Ao Ryodan)"
    # ("Native name: {{lang|pt|Frente de Libertação de Moçambique}}" had reached a full profile)
    assert clean_value("{{lang|pt|Frente de Libertação de Moçambique}}") == "Frente de Libertação de Moçambique"
    assert clean_value("{{lang-ka|საქართველოს თავდაცვის ძალები}}") == "საქართველოს თავდაცვის ძალები"
    assert clean_value("{{lang|zh-hans|联想集团有限公司|italic=no}}") == "联想集团有限公司"
    assert clean_value("{{transl|ar|DIN|Sāmā}}") == "Sāmā"
    assert clean_value("{{Start date|1994|07|09|df=y}}") == "9 July 1994"
    assert clean_value("{{start date and age|1946|5}}") == "May 1946"
    assert clean_value("{{Nasdaq Stockholm|BLUE B}}") == "Nasdaq Stockholm: BLUE B"


def test_rendered_note_markers_leave_prose_and_its_sentence_ends():
    """A page copied as text keeps its note markers ("field marshal.[3] In March 2011"): they had
    hidden a sentence's end (one event ran on into the next sentence) and reached labels. A link's
    brackets and a bracketed year stay."""
    from briefkit.readers.wikiclean import without_refs
    from briefkit.text import split_sentences

    text = without_refs("He was made field marshal.[3] In March 2011 it backed Chad[a] and Yemen[citation needed]. "
                        "See [[Blue Front]] [1990].")
    assert text == "He was made field marshal. In March 2011 it backed Chad and Yemen. See [[Blue Front]] [1990]."
    assert split_sentences(text)[:2] == ["He was made field marshal.", "In March 2011 it backed Chad and Yemen."]
