"""What the summaries find once per seed or section (`digest._introducers`,
`digest._told_above`): the same answers as finding them afresh."""
from __future__ import annotations


def test_what_introduces_a_short_name_is_found_once_per_section_and_seed(monkeypatch):
    """`_introducers` keeps what depends on the sentences alone (acronyms, short names) per
    seed; the surnames still follow the people the page lists above them."""
    from briefkit import digest, heap

    sentences = ["The Russian Volunteer Corps (RVC) was formed by Denis Kapustin.",
                 "The RVC raided Belgorod.", "Kapustin said the raid succeeded."]
    digest._INTRODUCED.clear()
    people = {"Denis Kapustin"}
    assert digest._introducers(sentences, set(), people) == {1: {0}, 2: {0}}
    assert digest._introducers(sentences, {"Denis Kapustin"}, people) == {1: {0}}  # listed above
    assert list(digest._INTRODUCED) == [tuple(sentences)]
    monkeypatch.setattr(heap, "_UNITS_STARTED", 1)
    heap.unit_starts()
    assert not digest._INTRODUCED


def test_a_sentence_told_above_is_found_with_or_without_the_tellings_given():
    from types import SimpleNamespace as NS

    from briefkit import digest

    event = NS(text="In  2023 the court banned the group.",
               retold=["The group was banned in 2023.", "The supreme court outlawed its fighters in a sealed ruling."])
    told = [NS(text="2023: The court banned the group", events=[event])]
    tellings = digest.told_tellings(told)
    for s in ("In 2023 the court banned the group.", "The group was banned in 2023.", "It grew.",
              "The supreme court outlawed its fighters in a sealed ruling."):
        assert digest._told_above(s, told) == digest._told_above(s, told, tellings)
    assert digest._told_above("In 2023 the court banned the group.", told, tellings)
    assert digest._told_above("The group was banned in 2023.", told, tellings)
    assert not digest._told_above("It grew.", told, tellings)
    # another telling that says mostly what the statement does not is not told by it
    assert not digest._told_above("The supreme court outlawed its fighters in a sealed ruling.", told, tellings)


def test_a_sections_rows_are_made_once_whatever_at_a_glance_tells_above_them(monkeypatch, seed_profile):
    """The statements above a summary differ from one detail level to the next: the section's
    rows are made once and only weighed again against each list, to the same rows and choices
    as made afresh."""
    from briefkit import digest

    p = seed_profile
    section = max(p.sections, key=lambda s: sum(1 for _ in s.walk()) * 100 + len(s.blocks))
    few, many = digest.at_a_glance(p, 3), digest.at_a_glance(p, 12)
    assert few and many and len(few) != len(many)
    made = []
    real = digest._unweighed_rows
    monkeypatch.setattr(digest, "_unweighed_rows", lambda *a, **k: made.append(1) or real(*a, **k))
    digest._SCORED.clear()
    digest._UNWEIGHED.clear()
    asks = [(told, n) for told in (few, many, ()) for n in (2, 6)]
    chosen = [digest.informative_sentences(section, p.events, n, (), p.people, told, p) for told, n in asks]
    assert len(made) == 1
    monkeypatch.undo()
    for (told, n), got in zip(asks, chosen):
        digest._SCORED.clear()
        digest._UNWEIGHED.clear()
        assert digest.informative_sentences(section, p.events, n, (), p.people, told, p) == got
