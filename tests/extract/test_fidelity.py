"""Fidelity of the extracted Profile on the fixture articles, scored against their expectations.

Each `tests/fixtures/articles/<name>.expected.yaml` says what a careful reader puts in the
profile; `benchmarks/fidelity.py` scores it. These tests hold the line the project has reached
on every article and overall, so a change that names a wrong leader or draws a wrong unit fails.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("fidelity", ROOT / "benchmarks" / "fidelity.py")
fidelity = importlib.util.module_from_spec(_spec)
sys.modules["fidelity"] = fidelity  # dataclasses look their module up while the class is made
_spec.loader.exec_module(fidelity)

CASES = fidelity.cases()


@pytest.fixture(scope="module")
def scores():
    from briefkit.readers import read

    out = {}
    for name, seed, exp in CASES:
        out[name] = fidelity.score(name, read(seed), yaml.safe_load(exp.read_text(encoding="utf-8")))
    return out


def test_there_are_enough_articles_of_every_kind():
    kinds = {yaml.safe_load(exp.read_text(encoding="utf-8")).get("kind") for _, _, exp in CASES}
    assert len(CASES) >= 12
    assert {"armed unit", "ngo", "company", "agency", "intergovernmental", "party"} <= kinds


@pytest.mark.parametrize("name", [c[0] for c in CASES])
def test_no_wrong_unit_and_no_leader_of_another_body(scores, name):
    s = scores[name]
    assert s.org_wrong == 0, [n for n in s.notes if "unit" in n or "parent" in n]
    wrong = [n for n in s.notes if n.startswith("wrong leader")]
    assert wrong == []


@pytest.mark.parametrize("name", [c[0] for c in CASES])
def test_no_background_on_the_timeline_and_few_duplicates(scores, name):
    s = scores[name]
    assert s.background_on_timeline <= 1, [n for n in s.notes if "background" in n]
    assert s.duplicates <= 1, [n for n in s.notes if "duplicate" in n]


def test_overall_figures_hold(scores):
    total = fidelity.Score("overall")
    for s in scores.values():
        for f in total.__dataclass_fields__:
            if f not in ("name", "notes"):
                setattr(total, f, getattr(total, f) + getattr(s, f))
    assert total.leaders_wrong == 0
    # who the briefs present as leading now agrees with every expectation that says
    assert total.now_wrong == 0 and total.now_right >= 300
    assert total.org_wrong == 0
    assert total.background_on_timeline == 0
    assert total.org_correct / (total.org_correct + total.org_missing) >= 0.97
    assert total.leaders_correct / (total.leaders_correct + total.leaders_missing) >= 0.90
    assert total.must_found / total.must >= 0.99
    assert total.correct / total.timeline >= 0.95
    assert total.duplicates / total.timeline <= 0.01
    # 80.0% on 37 articles; 77.2% on 46, since nine held-out articles that rules were changed
    # for joined the corpus (their own top five average 69%); 79.6% on 49 once a loss of life,
    # a leak and an announced successor were weighed: the bar is the figure reached.
    assert total.top_hits / total.top_possible >= 0.79
    # the five a snapshot's chart shows: a floor at the figure of the rule that made it (72.4%
    # on 37 articles; 71.6% on 46; 74.3% on 49 with a short list spread over the years)
    assert total.snap_hits / total.top_possible >= 0.74
    # Since labels are also scored for a missing verb and a dangling last word (7.7% of labels
    # before cuts kept the verb, 3.5% after), the bar is 4%; it was 3% without those two checks.
    assert total.label_problems / total.labels <= 0.04


def test_scorer_can_fail():
    """The scorer itself: a profile naming another body's chief and a table header fails."""
    from briefkit.model import OrgNode, Person, Profile

    p = Profile(names={"title": "X"}, people=[Person(name="Jane Roe", role="Leader", leader=True)],
                org=OrgNode(name="X", kind="unit", children=[OrgNode(name="Unit")]))
    s = fidelity.score("x", p, {"leaders": [], "org": {"units": []}})
    assert s.leaders_wrong == 1 and s.org_wrong == 1


def test_the_scorer_takes_an_abbreviated_role_for_its_words():
    """"CEO" expected and "Co-chief executive" found are one role; a chair is not a CEO."""
    assert fidelity._role_matches("CEO", "Co-chief executive")
    assert fidelity._role_matches("chief executive", "President and co-CEO")
    assert fidelity._role_matches("chair", "Executive chairman")
    assert not fidelity._role_matches("CEO", "Chairman")


def test_the_scorer_takes_a_chair_in_any_form_and_a_second_surname_for_one_person():
    """"Chairman" expected and "Chair" found are one post (Unilever's Michael Treschow); the
    infobox's "Pablo Iglesias Posse" is the "Pablo Iglesias" expected, when no other found
    leader shares those names; a "Chairwoman" is no chief executive."""
    from briefkit.model import Person, Profile

    assert fidelity._role_matches("chairman", "Chair")
    assert fidelity._role_matches("chair", "Chairwoman of the board")
    assert not fidelity._role_matches("chief executive", "Chairwoman")
    p = Profile(names={"title": "X"}, people=[Person(name="Pablo Iglesias Posse", role="Founder", leader=True)])
    s = fidelity.score("x", p, {"leaders": [{"name": "Pablo Iglesias"}]})
    assert (s.leaders_correct, s.leaders_missing, s.leaders_wrong) == (1, 0, 0)
    both = Profile(names={"title": "X"}, people=[Person(name="Ana Lind Berg", role="Chair", leader=True),
                                                 Person(name="Ana Lind Sten", role="Chair", leader=True)])
    s = fidelity.score("x", both, {"leaders": [{"name": "Ana Lind"}]})
    assert s.leaders_missing == 1 and s.leaders_wrong == 2


def test_the_scorer_takes_a_name_without_its_honorific_or_middle_names_for_one_person():
    """Set 65: "Mpho Churchill Orebotse Mophuting" (the infobox) is the "Mpho Mophuting" expected,
    and "Saud bin Nasser Al Thani" the "Sheikh Saud bin Nasser Al Thani"; "Mpho Lind" is not."""
    from briefkit.model import Person, Profile

    p = Profile(names={"title": "X"}, people=[
        Person(name="Mpho Churchill Orebotse Mophuting", role="Commander", leader=True),
        Person(name="Saud bin Nasser Al Thani", role="Chief executive", leader=True)])
    s = fidelity.score("x", p, {"leaders": [{"name": "Mpho Mophuting"}, {"name": "Sheikh Saud bin Nasser Al Thani"}]})
    assert (s.leaders_correct, s.leaders_missing, s.leaders_wrong) == (2, 0, 0)
    s = fidelity.score("x", p, {"leaders": [{"name": "Mpho Lind Mophutingo"}]})
    assert s.leaders_missing == 1


def test_the_scorer_finds_an_event_where_either_of_its_tellings_tells_it():
    """The Met Office's merger is told in the lead ("created by a merger ... on 1 January 2009")
    and in the body ("The merger took effect on 1 January 2009"); one event stands for both, its
    text the lead's and the body's sentence kept as told again: an expectation quoting the body
    finds it."""
    from briefkit.model import Event, EventDate

    e = Event(date=EventDate(year=2009, month=1, day=1), text="In its present form it was created by a merger.",
              label="It was created by a merger", retold=["The merger took effect on 1 January 2009."])
    assert fidelity.event_matches({"date": "2009-01-01", "match": ["The merger took effect"]}, e)
    assert not fidelity.event_matches({"date": "2009-01-01", "match": ["The merger was cancelled"]}, e)


def test_the_scorer_takes_a_role_from_the_posts_a_person_is_shown_with():
    """The SEC's Mark Uyeda is a commissioner now (the infobox) and was its acting chairman: the
    People list shows both, and "chairman" expected is found."""
    from briefkit.model import Person, Post

    uyeda = Person(name="Mark Uyeda", role="Commissioner", leader=True, posts=[Post(role="Chairman")])
    assert any(fidelity._role_matches("chairman", r) for r in fidelity._roles_of(uyeda))
    assert not any(fidelity._role_matches("treasurer", r) for r in fidelity._roles_of(uyeda))


def test_the_scorer_takes_a_commanding_officer_for_a_commander():
    """The Australian SASR's commanding officers were expected as "commander" and scored wrong
    for their role: one post in an army's two names for it. A commander's deputy is no
    commander, nor is an officer of any other kind."""
    assert fidelity._role_matches("commander", "Commanding officer")
    assert fidelity._role_matches("commander", "Founding commanding officer")
    assert fidelity._role_matches("commanding officer", "Commander")
    assert fidelity._role_matches("commander", "Officer commanding")
    assert not fidelity._role_matches("commander", "Executive officer")
    assert not fidelity._role_matches("commanding officer", "Chief of staff")


def test_the_scorer_takes_a_part_with_or_without_its_abbreviation():
    """AKEL's youth wing, expected as "United Democratic Youth Organisation (EDON)", was drawn
    as "United Democratic Youth Organisation" with "EDON" its note, and scored missing and
    wrong: one part under its name and its initials. A bracket that sets parts apart
    ("(North)", "(Reserve)") is part of the name and still counts."""
    from briefkit.model import OrgNode, Profile

    p = Profile(names={"title": "X"}, org=OrgNode(name="X", kind="unit", children=[
        OrgNode(name="United Democratic Youth Organisation"), OrgNode(name="Special Boat Service")]))
    s = fidelity.score("x", p, {"org": {"units": [
        {"name": "United Democratic Youth Organisation (EDON)", "under": None},
        {"name": "Special Boat Service (Reserve)", "under": None}]}})
    assert (s.org_correct, s.org_missing, s.org_wrong) == (1, 1, 1)
