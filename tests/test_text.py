"""Sentence splitting decides where summaries may stop: it must not split inside names."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

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


def test_sentence_spans_are_found_once_and_each_caller_gets_its_own_list():
    from briefkit.text import sentence_spans

    text = "The unit was formed in 2022. It fought near Bakhmut. J. Smith led it."
    first = sentence_spans(text)
    first.append((0, "changed by a caller"))
    assert sentence_spans(text) == [(0, "The unit was formed in 2022."), (29, "It fought near Bakhmut."),
                                    (53, "J. Smith led it.")]
