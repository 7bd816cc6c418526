"""What a label's definite description points at (`extract/antecedents.py`)."""
from __future__ import annotations

import pytest

from briefkit.extract.antecedents import plural_subject, with_antecedent


@pytest.mark.parametrize(("label", "prior", "before", "expected"), [
    # a noun naming a happening takes the object its verb was given
    ("The acquisition was completed", "In June 2024 Acme agreed to buy the American optical networking company Lumen.",
     "", "The acquisition of Lumen was completed"),
    ("The purchase, its largest to date, was completed",
     "Acme announced the acquisition of the cloud company Vonex for 6.2 billion dollars in November 2021.", "",
     "The purchase of Vonex, its largest to date, was completed"),
    # in the label's own sentence; a name with "and" inside it is one name
    ("The sale was completed", "", "On 3 September 2013 Acme agreed to sell its Devices and Services business to Macrosoft, and",
     "The sale of its Devices and Services business to Macrosoft was completed"),
    ("The offer was declared successful", "On 15 April 2015 Acme announced an offer for its French rival Alca-Tel.", "",
     "The offer for Alca-Tel was declared successful"),
    # a law by the name its bill was given
    ("Parliament adopted the law", 'In April 2024 large protests were held against a revived "foreign influence" bill.', "",
     'Parliament adopted the "foreign influence" law'),
    # a name's last word in any case; a year before the name is not part of it
    ("The prize was presented in Oslo", "On 7 October the committee awarded the 2022 Nobel Peace Prize jointly to X.", "",
     "The Nobel Peace Prize was presented in Oslo"),
    # what a body was designated or listed as is what the designation is
    ("The Treasury made the designation",
     "A spokesman announced on 20 January 2023 that Grupa would be listed as a transnational criminal organisation, and", "",
     "The Treasury designated Grupa as a transnational criminal organisation"),
    ("The Treasury made the designation",
     "In 2023 the State Department designated Grupa as a terrorist organisation, and", "",
     "The Treasury designated Grupa as a terrorist organisation"),
    # "made the designation" without a name keeps its words: "designated as" would lack an object
    ("The board made the designation of the fund",
     "In 2023 the board listed Grupa as a partner, and", "",
     "The board made the designation of the fund"),
    # a description is not a name: of whom is left unsaid rather than guessed
    ("The Treasury made the designation",
     "It was announced that the group would be listed as a criminal organisation, and", "",
     "The Treasury made the designation as a criminal organisation"),
    # a thing named by its year and kind, by the words that introduced it in that year
    ("Acme agreed to pay a further penalty for breaching the 2019 agreement",
     "On 6 December 2019 Acme settled, agreeing to pay one billion dollars under a deferred prosecution agreement.", "",
     "Acme agreed to pay a further penalty for breaching the 2019 deferred prosecution agreement"),
])
def test_named_as_the_text_named_it(label: str, prior: str, before: str, expected: str) -> None:
    assert with_antecedent(label, prior, set(), before) == expected


@pytest.mark.parametrize(("label", "prior"), [
    # nothing names the thing: left as written, never guessed
    ("The withdrawal began", "Prigozhin said his men would hand their positions over to the regular army."),
    ("The acquisition was completed", "The company grew quickly in the 1990s."),
    # an object too long for a label is not pasted in
    ("The sale was completed", "Acme agreed to sell the last of the many small regional businesses it had owned since its earliest years."),
    # a kind of body the subject is names the subject itself
    ("The party won the election", "The Georgian Party was founded by X."),
    # two such things in that year: which one is not guessed
    ("It breached the 2019 agreement", "In 2019 it signed a trade agreement and a plea agreement."),
])
def test_left_alone_when_the_text_does_not_name_it(label: str, prior: str) -> None:
    own = {"party"}
    assert with_antecedent(label, prior, own) == label


def test_they_is_whom_the_sentence_opened_on() -> None:
    assert plural_subject("Kouchner and his supporters left, and in 1980 they founded X.") == "Kouchner and his supporters"
    assert plural_subject("Nokia and Siemens merged their networks units.") == "Nokia and Siemens"
    assert plural_subject("Kouchner left, and they founded X.") is None
    assert plural_subject("In 1980 the members divided.") is None


def test_event_labels_name_their_antecedents() -> None:
    from briefkit.api import load_profile

    text = """= Acme Networks =

Acme Networks is a Finnish telecommunications company founded in 1990.

== History ==
In June 2024 Acme agreed to buy the American optical networking company Lumen. The acquisition was completed on 28 February 2025.

Kari Virtanen and his supporters left in 1999, and in 2000 they founded Beta Oy.
"""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        seed = Path(d) / "acme.txt"
        seed.write_text(text, encoding="utf-8")
        labels = [e.title for e in load_profile(seed).events]
    assert "The acquisition of Lumen was completed" in labels
    assert "Kari Virtanen and his supporters founded Beta Oy" in labels


def test_the_two_companies_after_a_deal_are_the_organisation_and_its_partner() -> None:
    prior = "On 15 April 2015 Acme announced an offer for its French rival Alca-Tel. Its chief said talks began in 2014."
    label = "The two companies began operating as one group"
    assert with_antecedent(label, prior, set(), "", ["Acme"]) == "Acme and Alca-Tel began operating as one group"
    # the deal's sentence must name the organisation: someone else's offer is not its pair
    other = "On 15 April 2015 Bolt announced an offer for its French rival Alca-Tel."
    assert with_antecedent(label, other, set(), "", ["Acme"]) == label


def test_an_honour_a_verb_of_receiving_takes_is_named() -> None:
    before = "On 15 October 1999 the committee announced that Acme would receive the Nobel Peace Prize, and"
    assert with_antecedent("Jan Berg accepted it in Oslo", "", set(), before) == \
        "Jan Berg accepted the Nobel Peace Prize in Oslo"
    # a resignation accepted is no honour: left as written
    before = "The director offered his resignation in a letter dated 28 April 2022, and"
    assert with_antecedent("The Management Board accepted it", "", set(), before) == "The Management Board accepted it"


def test_a_contest_a_verb_of_winning_takes_is_named() -> None:
    before = "The death of the sitting member brought a by-election in Northfield, and on 3 May 1971"
    assert with_antecedent("Ann Rees won it with 9,000 votes", "", set(), before) == \
        "Ann Rees won the by-election in Northfield with 9,000 votes"
    # two contests named before: "it" may be either, so it is left as written
    before = "The party fought the general election and a referendum in 1975, and"
    assert with_antecedent("It lost it", "", set(), before) == "It lost it"
    # nothing a verb of winning takes: left as written
    before = "The council proposed a new charter, and"
    assert with_antecedent("The members won it", "", set(), before) == "The members won it"


def test_a_counted_such_leaves_a_label() -> None:
    from test_events import _labels_of

    got = _labels_of("Acme was founded in 1870. Its branches hold conferences to elect their leaders; "
                     "in March 2023 a round of 73 such conferences began in Batumi.")
    assert got["2023-03"].casefold().endswith("a round of 73 conferences began in batumi") and "such" not in got["2023-03"]


def test_a_grouping_formed_around_the_organisation_takes_its_name() -> None:
    prior = ("In December 2011 he launched the public movement Blue Dawn, and in February 2012 "
             "two parties joined it in a coalition.")
    assert with_antecedent("The coalition won the election", prior, set(), names=["Blue Dawn"]) == \
        "The Blue Dawn coalition won the election"
    # "it" with no name of the organisation before it in the sentence may be anything
    assert with_antecedent("The coalition won the election", "Two parties joined it in a coalition.", set(),
                           names=["Blue Dawn"]) == "The coalition won the election"



def test_a_government_body_takes_the_state_the_sentence_named():
    """"John Kirby, a spokesman for the United States National Security Council, announced ...,
    and the Treasury made the designation": the row reads "The United States Treasury ...". A
    text that named two states leaves it as written."""
    from briefkit.extract.antecedents import with_antecedent

    before = "John Kirby, a spokesman for the United States National Security Council, announced the listing, and"
    assert with_antecedent("The Treasury designated Wagner as a criminal organisation", "", set(), before) == \
        "The United States Treasury designated Wagner as a criminal organisation"
    two = "The French government and the British government protested, and"
    assert with_antecedent("The Treasury froze its assets", "", set(), two) == "The Treasury froze its assets"


def test_they_after_a_body_of_people_told_as_persons_is_that_body():
    """"... was formed from a company of the Russian army who defected to the Ukrainian side.
    According to the company commander, they crossed ...": the row read "They crossed"."""
    from briefkit.extract.antecedents import collective

    assert collective("The Legion was formed from a company of the Russian army who defected to Ukraine.") == \
        "The company"
    assert collective("A group of doctors who resigned and a team of nurses who stayed met.") is None
    assert collective("The company was founded in 1865.") is None


def test_a_pattern_built_from_the_labels_word_is_searched_only_where_the_word_is() -> None:
    """The patterns made from a label's noun are skipped for a text without that noun; a text
    with it, in either case, still names the thing."""
    from briefkit.extract.antecedents import named_before

    assert with_antecedent("The regulation was amended", "In 2016 the council adopted Regulation (EU) 2016/794.",
                           set()) == "Regulation (EU) 2016/794 was amended"
    assert with_antecedent("The convention was replaced", "In 1995 the states signed the Europol Convention.",
                           set()) == "The Europol Convention was replaced"
    assert with_antecedent("The convention was replaced", "In 1995 the states signed the Europol Treaty.",
                           set()) == "The convention was replaced"
    assert named_before("The defenders left the plant", "The siege ended in the Azovstal steel plant.") == \
        "The defenders left the Azovstal steel plant"
    assert named_before("The defenders left the plant", "The siege ended in the Azovstal steel works.") == \
        "The defenders left the plant"


def test_a_sale_is_the_purchase_told_nearest_before_it():
    """Volvo Cars' "Ford, which had already sold Aston Martin, ..., looked for a buyer. On 28 March
    2010 Zhejiang Geely Holding Group agreed to buy Volvo Cars ..., and on 2 August the sale was
    completed" was labelled "The sale of Aston Martin was completed": a sale is a purchase told
    from the other side, and the one told last is the one meant."""
    from briefkit.extract.antecedents import with_antecedent

    before = ("Ford, which had already sold Aston Martin, Jaguar and Land Rover, then looked for a buyer for Volvo. "
              "On 28 March 2010 Zhejiang Geely Holding Group agreed to buy Volvo Cars for $1.8 billion,")
    assert with_antecedent("The sale was completed at a ceremony in London", before, set()) == \
        "The sale of Volvo Cars was completed at a ceremony in London"


def test_a_participle_before_a_noun_is_no_thing_named_before():
    """"the merged party's name" after "the UML merged with ..." read "the UML merged party's
    name": a word in -ed or -ing before another noun describes it, it is not the thing."""
    from briefkit.extract.antecedents import named_before

    before = "In 2018 the UML merged with the Maoist Centre to form a new party."
    assert named_before("The court settled a dispute over the merged party's name", before) == \
        "The court settled a dispute over the merged party's name"
    assert named_before("The remaining defenders left the plant", "The siege ended in the Azovstal steel plant.") == \
        "The remaining defenders left the Azovstal steel plant"
    # a noun in -ing that a preposition follows is the thing: "the ruling against ..."
    assert named_before("An appeal court upheld the ruling against the centre", "Judge Ada Berg read the Supreme Court ruling in "
                        "December.") == "An appeal court upheld the Supreme Court ruling against the centre"


def test_a_word_before_a_kind_of_body_is_no_noun_to_name():
    """The Central Bank of Paraguay's "The central bank began operating on 1 July 1952" had read
    "The Banco Central bank began operating", "central" named as the "Banco Central" the sentence
    before gave; WWF's "The wrestling company announced" had become "The World Wrestling
    company". A word before a kind of body describes it."""
    from briefkit.extract.antecedents import with_antecedent

    prior = "Decree-Law 18 created the Banco Central del Paraguay."
    assert with_antecedent("The central bank began operating", prior, set()) == "The central bank began operating"
