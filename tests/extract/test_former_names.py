"""Former names as the history tells them (`extract.former_names`)."""
from __future__ import annotations

from briefkit.extract.former_names import former_names


def _subject(head: str) -> bool:
    return head.casefold() in ("it", "the unit", "the company", "the party")


def test_renaming_clauses_give_names_with_their_native_forms_and_abbreviations():
    sentences = [
        "On 9 February 1953 the company was placed under the chief of staff, and that March it became the Army "
        "Commando Corps (Korps Komando Angkatan Darat, KKAD).",
        "The unit became the Army Special Forces Centre (Pusat Pasukan Khusus) in 1966 and, in February 1971, the "
        "Komando Pasukan Sandhi Yudha, or Kopassandha.",
        "In 1974 the squadron was renamed the Special Boat Squadron.",
    ]
    assert former_names(sentences, _subject, set()) == [
        "Army Commando Corps", "Korps Komando Angkatan Darat", "KKAD", "Army Special Forces Centre",
        "Pusat Pasukan Khusus", "Komando Pasukan Sandhi Yudha", "Kopassandha"]


def test_what_is_no_renaming_of_the_organisation_gives_no_name():
    sentences = [
        "On 1 March 1921 Jules Rimet became FIFA's third president.",  # a person
        "In 1991 it became part of the Red Army.",  # no name
        "In 2004 it became a member of NATO.",
        "In 2010 it became the largest party in parliament.",
        "The rival party was renamed the People's Union.",  # another body
        "In 2019 it became Kopassus.",  # one word, no native form: its name now
    ]
    assert former_names(sentences, _subject, {"kopassus"}) == []


def test_the_body_it_descends_from_made_in_its_founding_year_is_itself():
    """The Royal Marines "trace their descent from the Duke of York and Albany's Maritime
    Regiment of Foot, raised on 28 October 1664", the corps' own date, "soon known as the
    Admiral's Regiment". A forerunner founded in another year is another body."""
    from briefkit.extract.former_names import descent_names

    sentences = ["They trace their descent from the Duke of York and Albany's Maritime Regiment of Foot, raised on "
                 "28 October 1664.",
                 "They formed the Duke of York and Albany's Maritime Regiment of Foot, soon known as the Admiral's "
                 "Regiment."]
    assert descent_names(sentences, 1664, set()) == ["Duke of York and Albany's Maritime Regiment of Foot",
                                                     "Admiral's Regiment"]
    assert descent_names(sentences, 1755, set()) == []


def test_a_reincorporation_names_a_former_name():
    """Boeing's "the following month it was reincorporated as the Boeing Airplane Company":
    without the name, "Claire Egtvedt was named president of the Boeing Airplane Company in
    1933" had read as another company's president."""
    sentences = ["After the war began the company won a navy order, and the following month it was reincorporated "
                 "as the Blue Airplane Company.",
                 "In 1950 the party was re-registered as the Free Workers' Party."]
    assert former_names(sentences, _subject, set()) == ["Blue Airplane Company", "Free Workers' Party"]
