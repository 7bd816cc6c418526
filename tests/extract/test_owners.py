"""Who owns or controls the organisation, from its prose (`extract.owners`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from briefkit import digest
from briefkit.extract.owners import controlling_owner
from briefkit.readers import read

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def _article(tmp_path: Path, lead: str, body: str = "") -> Path:
    f = tmp_path / "acme.txt"
    f.write_text(f"= Acme =\n\nInfobox\n- Type: Public company\n- Founded: 1950\n\n{lead}\n\n== History ==\n\n{body}\n",
                 encoding="utf-8")
    return f


@pytest.mark.parametrize(("lead", "body", "want"), [
    ("Acme is a maker of anvils. The Ruritanian state is its majority shareholder.", "",
     ("Majority shareholder", "Ruritanian state")),
    ("Acme is a maker of anvils.", "After the war, the Smith family, through Smith Holdings, and the Jones "
     "sphere, through Jonesco, acquired the voting shares that still give them control of the company.",
     ("Controlled by", "Smith family (through Smith Holdings) and the Jones sphere (through Jonesco)")),
    ("Acme is a maker of anvils. It is majority-owned by Tata Sons.", "", ("Owned by", "Tata Sons")),
])
def test_the_owner_the_text_names_now(tmp_path, lead, body, want):
    owner = controlling_owner(read(_article(tmp_path, lead, body)))
    assert owner is not None and (owner.label, owner.text) == want
    assert owner.source is not None


@pytest.mark.parametrize(("lead", "body"), [
    # a past stake is history
    ("Acme is a maker of anvils.", "In 1914 the government bought a controlling stake to secure its supply."),
    # a denial names no owner
    ("Acme was the first anvil maker that was not controlled by the ruling party.", ""),
    # another body's owner
    ("Acme is a maker of anvils.", "In 2019 Acme combined its mining arm with Dea, owned by LetterOne."),
    # "its" outside the lead may be another body's
    ("Acme is a maker of anvils.", "Acme bought Forge Ltd in 2001. The Smith family is its majority shareholder."),
])
def test_no_owner_where_the_text_names_none_now(tmp_path, lead, body):
    assert controlling_owner(read(_article(tmp_path, lead, body))) is None


def test_a_company_snapshot_says_who_controls_it():
    """Ericsson's infobox has no owner row; its text says who holds the voting shares."""
    labels = {f.label: f.text for f in digest.key_facts(read(ARTICLES / "ericsson.txt"), 4)}
    assert labels.get("Controlled by", "").startswith("Wallenberg family (through Investor AB)")
    finnair = {f.label: f.text for f in digest.key_facts(read(ARTICLES / "finnair.txt"), 4)}
    assert finnair.get("Majority shareholder") == "Finnish state"


def test_an_infobox_owner_is_not_doubled_by_the_text(tmp_path):
    f = _article(tmp_path, "Acme is a maker of anvils. The Ruritanian state is its majority shareholder.")
    f.write_text(f.read_text(encoding="utf-8").replace("- Founded: 1950", "- Founded: 1950\n- Owner: Ruritania"),
                 encoding="utf-8")
    labels = [x.label for x in digest.key_facts(read(f))]
    assert "Owner" in labels and "Majority shareholder" not in labels


def test_the_words_that_rule_a_sentence_out_are_in_every_match():
    """`controlling_owner` searches a sentence only when it has the word its pattern cannot
    match without; wherever a pattern matches a fixture's sentence, that word is there."""
    from briefkit.extract import owners

    guards = [(owners._IS_SHAREHOLDER, ("owner", "shareholder")), (owners._GIVE_CONTROL, ("control",)),
              (owners._OWNED_BY, ("owned", "controlled"))]
    matched = 0
    for path in sorted(ARTICLES.glob("*.txt")):
        for sentence, _, _ in owners._sentences(read(path)):
            for pattern, words in guards:
                if pattern.search(sentence):
                    matched += 1
                    assert any(w in sentence for w in words), (path.name, sentence)
    assert matched >= 2  # Ericsson and Finnair
