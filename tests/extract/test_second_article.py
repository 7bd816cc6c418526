"""A second article of the same format, written independently of the seed: nothing is tuned to
one article, so names, events, people and the org tree must come out of this one too."""
from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.readers import read_with_findings

SECOND = Path(__file__).resolve().parents[1] / "fixtures" / "seeds" / "second_unit.txt"


@pytest.fixture(scope="module")
def second():
    return read_with_findings(SECOND)


def test_names(second):
    p, _ = second
    aliases = {a.text: a.kind for a in p.names.aliases}
    assert aliases == {
        "RVC": "abbreviation",
        "Русский добровольческий корпус": "native",
        "Russkiy dobrovolcheskiy korpus": "alias",
        "RDK": "abbreviation",
    }


def test_facts(second):
    p, findings = second
    labels = [f.label for f in p.facts]
    assert "Founder and commander" in labels and "Commander1" not in labels
    assert next(f for f in p.facts if f.label == "Branch").text == "Armed Forces of Ukraine"
    assert ("empty-after-cleaning", 17) in {(f.code, f.line) for f in findings}


def test_events(second):
    p, _ = second
    got = {(e.date.iso, e.end.iso if e.end else None, e.year_inferred) for e in p.events}
    assert ("2022", None, False) in got  # "In mid-2022"
    assert ("2023-03-02", None, False) in got
    assert ("2023-05-25", None, True) in got  # "On 25 May" after "22 May 2023"
    assert ("2024-03-12", "2024-03-14", False) in got  # "From 12 to 14 March 2024"
    formation = [e for e in p.events if e.section == "Formation"]
    assert formation and all(e.source.line for e in formation)


def test_people_and_org(second):
    p, _ = second
    [kapustin] = p.people
    assert kapustin.name == "Denis Kapustin"
    assert kapustin.role == "Founder and commander"
    assert kapustin.aliases == ["White Rex"]
    org = p.org
    assert [n.name for n in org.walk()][:3] == ["Armed Forces of Ukraine", "International Legion", "Russian Volunteer Corps"]
    unit = org.children[0].children[0]
    assert unit.kind == "unit" and [x.name for x in unit.leaders] == ["Denis Kapustin"]
    assert [c.name for c in unit.children] == ["Assault detachment", "Reconnaissance detachment"]
    assert p.see_also == ["Freedom of Russia Legion"]
