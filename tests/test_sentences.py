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
        # set 43: SAARC's "its ambassador to Malaysia, Md. Golam Sarwar, who took charge ..." had
        # become two sentences, the second without its subject's first name
        "Westland put forward its ambassador, Md. Golam Sarwar, who took charge in 2023.",
        "The force was led by Brig. Gen. Anna Berg and Supt. Carl Dunn.",
    ],
)
def test_no_split_after_abbreviations(text):
    assert _texts(text) == [text]


def test_cyrillic_sentence_start():
    assert _texts("Первое. Второе.") == ["Первое.", "Второе."]


def test_a_quote_mark_inside_a_hebrew_acronym_opens_no_quotation():
    """GSG 9's "the Israeli Sayeret Matkal (סיירת מטכ"ל)" held its straight quote, Hebrew's
    gershayim, as an open quotation: the rest of the paragraph became one sentence and the
    timeline read "Ulrich Wegener visited a third unit followed early in 1973. Two units were
    ready". A quote between two letters is part of the word; a quotation still holds together."""
    from briefkit.text import sentence_spans

    text = ('He visited the Sayeret Matkal (סיירת מטכ"ל) and the IDF (צה"ל). Two units were set up in 1972. '
            'He said "We go. Now." Then he left.')
    assert [s for _, s in sentence_spans(text)] == [
        'He visited the Sayeret Matkal (סיירת מטכ"ל) and the IDF (צה"ל).', "Two units were set up in 1972.",
        'He said "We go. Now."', "Then he left."]


def test_a_first_name_written_short_ends_no_sentence():
    """Novo Nordisk's "merged into Novonesis together with Chr. Hansen" had been cut at "Chr.",
    its row reading "... together with Chr"; an acronym or a short surname still ends one."""
    from briefkit.text import sentence_spans

    def split(t):
        return [s for _, s in sentence_spans(t)]

    assert split("It merged with Chr. Hansen, a Danish firm. Then it grew.") == [
        "It merged with Chr. Hansen, a Danish firm.", "Then it grew."]
    assert split("He met Wm. Smith there. Then he left.") == ["He met Wm. Smith there.", "Then he left."]
    assert split("He joined the BBC. Then he left.") == ["He joined the BBC.", "Then he left."]
    assert split("It was under the Online Safety Act. Mr Justice Lee ruled.") == [
        "It was under the Online Safety Act.", "Mr Justice Lee ruled."]
    assert split("He met Andrew Ng. Then he left.") == ["He met Andrew Ng.", "Then he left."]
