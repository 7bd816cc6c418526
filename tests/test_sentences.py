"""Sentence splitting for events: never inside quotes, never after abbreviations or initials."""
from __future__ import annotations

import pytest

from briefkit.text import sentence_spans as split_sentences


def _texts(text):
    return [s for _, s in split_sentences(text)]


def test_plain_split_and_offsets():
    text = "One is here. Two is there! Three?"
    got = split_sentences(text)
    assert [s for _, s in got] == ["One is here.", "Two is there!", "Three?"]
    assert all(text[o:].startswith(s) for o, s in got)


def test_quoted_speech_stays_with_its_sentence():
    text = 'He said in 2022: "I am not fighting. I am a patriot." Then he left.'
    assert _texts(text) == ['He said in 2022: "I am not fighting. I am a patriot."', "Then he left."]


@pytest.mark.parametrize(
    "text",
    [
        "The unit (abbr. FRL) is here.",
        "Group D.R.U.G. Alpha exists.",
        "Dr. Smith arrived.",
        "J. Smith arrived.",
    ],
)
def test_no_split_after_abbreviations(text):
    assert _texts(text) == [text]


def test_cyrillic_sentence_start():
    assert _texts("Первое. Второе.") == ["Первое.", "Второе."]
