"""Sentence splitting decides where summaries may stop: it must not split inside names."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings, strategies as st

from briefkit.text import first_sentences, split_sentences, truncate_words


def test_split_keeps_abbreviations_and_initials():
    text = 'Reconnaissance Group "D.R.U.G" exists. Mr. Smith met J. Doe on 1 June. Then "war criminal Putin". Ends here.'
    assert split_sentences(text) == [
        'Reconnaissance Group "D.R.U.G" exists.',
        "Mr. Smith met J. Doe on 1 June.",
        'Then "war criminal Putin".',
        "Ends here.",
    ]


def test_cyrillic_sentence_start():
    assert split_sentences("Первое предложение. Второе предложение.") == ["Первое предложение.", "Второе предложение."]


@given(st.text(alphabet=st.sampled_from(list("ab .!?\"«»АБ\n")), max_size=80))
def test_split_loses_no_text(text):
    assert "".join(split_sentences(text)).replace(" ", "") == "".join(text.split()).replace(" ", "")


@given(st.text(max_size=60), st.integers(min_value=4, max_value=40))
def test_truncate_words_respects_limit(text, limit):
    out = truncate_words(text, limit)
    assert len(out) <= limit
    assert first_sentences(text, 0) == ""


@pytest.mark.parametrize("raw, shown", [
    ("it was reported that , a businessman from Dnipro, was among its main financiers.",
     "it was reported that a businessman from Dnipro was among its main financiers."),
    ("In 1883 it began cooperating with , the founder of the city's telephone company.",
     "In 1883 it began cooperating with the founder of the city's telephone company."),
    ("it became known that , the former banker, who left Russia in 2022, had joined the Legion.",
     "it became known that the former banker, who left Russia in 2022, had joined the Legion."),
    ("He met , who led it.", "He met […], who led it."),
])
def test_a_lost_name_gives_way_to_what_the_source_says_of_it(raw, shown):
    from briefkit.text import mark_gaps

    assert mark_gaps(raw) == shown


def test_a_paragraph_of_prose_without_its_full_stop_gets_one():
    """"... mainly involved in artillery and propaganda" ended a paragraph of the Legion's
    History without a full stop; a label line ("Headquarters") is not prose and keeps its form."""
    from briefkit.text import full_stop

    prose = "In December 2022, the Legion's spokesman said that it operated under Ukrainian command and propaganda"
    assert full_stop(prose) == prose + "."
    assert full_stop("Headquarters") == "Headquarters"
    assert full_stop(prose + ".") == prose + "."
    assert full_stop('He said: "We fight for Russia"') == 'He said: "We fight for Russia"'


def test_a_lost_name_before_a_description_and_an_irregular_past_reads_whole():
    """GCHQ's brief and full profile printed "and the deputy head, took charge of the
    codebreaking effort": the description took the lost name's place but kept its closing
    comma, because "took" does not end in -ed."""
    from briefkit.text import mark_gaps

    assert mark_gaps("He was moved to London, and , the deputy head, took charge of the effort.") == \
        "He was moved to London, and the deputy head took charge of the effort."
    assert mark_gaps("The board chose , the former head, who then led it.") == \
        "The board chose the former head, who then led it."


def test_a_lost_name_gives_way_to_its_description_even_where_the_sentence_names_it_later():
    """Nokia's full profile printed "announced that [Stephen Elop], a Canadian executive ...,
    would replace him, and Stephen Elop took office": the name twice, and in the gap a name the
    source does not print there. Every gap reads the one way: the description takes its place.
    Rounds 64-66 read "would replace him, and Stephen Elop took office" as two people: the
    named one follows a colon, which says he is the one described."""
    from briefkit.text import close_gaps, mark_gaps

    text = ("The board announced that , a Canadian executive who had run a division, would replace him, "
            "and Stephen Elop took office on 21 September.")
    assert mark_gaps(text) == ("The board announced that a Canadian executive who had run a division would replace "
                               "him: Stephen Elop took office on 21 September.")
    # without a name after it, the sentence is left as it was
    assert mark_gaps("The board said that , a lawyer, would replace him, and the staff agreed.") == \
        "The board said that a lawyer would replace him, and the staff agreed."
    assert "[" not in mark_gaps(text)
    assert close_gaps(text) == mark_gaps(text)
    assert mark_gaps("It was reported that , a businessman from Dnipro, was among its financiers. Ivan Petrov left.") \
        == "It was reported that a businessman from Dnipro was among its financiers. Ivan Petrov left."


def test_sentence_spans_are_found_once_and_each_caller_gets_its_own_list():
    from briefkit.text import sentence_spans

    text = "The unit was formed in 2022. It fought near Bakhmut. J. Smith led it."
    first = sentence_spans(text)
    first.append((0, "changed by a caller"))
    assert sentence_spans(text) == [(0, "The unit was formed in 2022."), (29, "It fought near Bakhmut."),
                                    (53, "J. Smith led it.")]


def test_a_word_pattern_is_compiled_once_per_word_and_emptied_as_the_next_seed_starts(monkeypatch):
    """The extractors' names as whole words: one compiled pattern a name, for one seed."""
    from briefkit import heap, text
    from briefkit.extract.events import _persons_in

    merz = text.word_pattern("Merz")
    assert text.word_pattern("Merz") is merz
    assert merz.search("Friedrich Merz won") and not merz.search("Merzig won")
    assert text.word_pattern("Scholz") is not merz and text.word_pattern("Scholz").search("Olaf Scholz")
    assert text.word_pattern("a.b").search("a.b c") and not text.word_pattern("a.b").search("axb c")  # literally
    # a changed name set gives a changed answer
    said = "Merz met Scholz in Berlin."
    assert _persons_in(said, ["Friedrich Merz"]) == ["Friedrich Merz"]
    assert _persons_in(said, ["Olaf Scholz"]) == ["Olaf Scholz"]
    assert _persons_in(said, ["Olaf Scholz", "Friedrich Merz"]) == ["Friedrich Merz", "Olaf Scholz"]
    assert _persons_in("The caesar spoke.", [], {"caesar": "Jan Novak"}) == ["Jan Novak"]
    assert _persons_in("The caesar spoke.", [], {"tsar": "Jan Novak"}) == []
    # a batch worker's next seed starts with none of the last seed's names
    monkeypatch.setattr(heap, "_UNITS_STARTED", 1)
    heap.unit_starts()
    assert "Merz" not in text._WORD_PATTERNS and "Scholz" not in text._WORD_PATTERNS
    assert text.word_pattern("Merz").search("Friedrich Merz won") and list(text._WORD_PATTERNS) == ["Merz"]


def test_a_name_lost_after_its_description_leaves_the_description_as_the_subject():
    """IG Metall's "Zwickel and the union's chief negotiator in the east, , called the strike off"
    and Wikimedia's "The city's mayor, , welcomed the choice" were labels with a stray comma
    between subject and verb. A list that lost an item keeps its comma."""
    from briefkit.text import close_gaps

    assert close_gaps("Zwickel and the union's chief negotiator in the east, , called the strike off") == \
        "Zwickel and the union's chief negotiator in the east called the strike off"
    assert close_gaps("The city's mayor, , welcomed the choice") == "The city's mayor welcomed the choice"
    assert close_gaps("offices in Riga, , and Tartu") == "offices in Riga, and Tartu"


def test_prose_closes_a_name_lost_after_its_description_too():
    """Deutsche Welle's brief printed "the council's chair, praised her management skills"."""
    from briefkit.text import mark_gaps

    assert mark_gaps("The council's chair, , praised her management skills.") == \
        "The council's chair praised her management skills."


def test_a_lost_name_after_its_article_leaves_no_doubled_article():
    """"such as IF Metall and the , the union of municipal workers": the lost name's "the" goes
    with it ("and the the union" had been printed)."""
    from briefkit.text import close_gaps, mark_gaps

    text = "such as Blue Metall and the , the union of municipal workers, but the unions are independent."
    assert "the the" not in mark_gaps(text) and "the the" not in close_gaps(text)
    assert "Blue Metall and the union of municipal workers" in mark_gaps(text)


# Letters, a digit, "_", the joiners, a dot, spaces and letters past Latin-1: every case the
# boundaries decide.
_NAME_TEXT = st.text(alphabet=st.sampled_from(list("Ab ab_1'’-.ʻŁł Жж\u0301")), max_size=40)
_NAME = st.text(alphabet=st.sampled_from(list("Ab'’-. Жł")), min_size=1, max_size=4)


@given(_NAME_TEXT, _NAME)
@example("_Ab Ab_ ’Ab Ab’ Ab-Ab .Ab Ab. Ab́ Ab", "Ab")
@example("Ab Ab Ab", "Ab Ab")
@settings(max_examples=400)
def test_name_spans_find_what_the_pattern_finds(text, name):
    import re

    from briefkit.text import has_name, name_spans, replace_names

    pattern = re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])")
    assert list(name_spans(text, name)) == [m.span() for m in pattern.finditer(text)]
    assert has_name(text, name) == bool(pattern.search(text))
    assert replace_names(text, name, lambda s, e: f"<{text[s:e]}>") == pattern.sub(lambda m: f"<{m.group(0)}>", text)
    # other joiners, another set after the name, and every place a longer pattern could start
    other = re.compile(rf"(?<![\w'’.-]){re.escape(name)}(?![\w-])")
    assert list(name_spans(text, name, "'’.-", after="-")) == [m.span() for m in other.finditer(text)]
    starts = [i for i in range(len(text) + 1) if other.match(text, i)]
    assert [s for s, _ in name_spans(text, name, "'’.-", after="-", overlapping=True)] == starts
