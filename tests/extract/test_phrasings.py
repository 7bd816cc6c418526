"""Ways of telling who heads the organisation, one sentence each, read from
`tests/fixtures/phrasings/leaders.yaml`: the grammar the people rules cover, as data a reader
can add to without writing a test."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from briefkit.readers import read

CASES = yaml.safe_load((Path(__file__).parents[1] / "fixtures" / "phrasings" / "leaders.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["sentence"][:60] for c in CASES])
def test_a_phrasing_names_the_leaders_it_tells_of(tmp_path: Path, case: dict) -> None:
    seed = tmp_path / "blue_agency.txt"
    seed.write_text("= Blue Agency =\n\nThe Blue Agency is an agency of Ruritania.\n\n== History ==\n\n"
                    f"{case['sentence']}\n", encoding="utf-8")
    people = {p.name: p for p in read(seed).people}
    for name, role in (case.get("leaders") or {}).items():
        assert name in people and people[name].leader, (name, people)
        assert people[name].role == role, (name, people[name].role)
    for name in case.get("not_leaders") or []:
        assert name not in people or not people[name].leader, (name, people[name])
