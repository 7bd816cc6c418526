"""An article's apparatus (References, Notes, Further reading, External links): listed at the end
of the full profile, never read for facts."""
from __future__ import annotations

from helpers import build, docx_text, pdf_body_text

ARTICLE = """= Blue Front =

Infobox
- Name: Blue Front
- Native Name: {{lang|pt|Frente Azul}}
- Founded: 25 June 1962
- Leader: Ana Lind

The Blue Front is a political party in Westland, founded on 25 June 1962 in Dar es Salaam.

== History ==

On 14 February 2005 the party congress elected Ana Lind as its president.

== Organisation ==

Its bodies are:

- Central Committee
- Political Bureau

== References ==

1. "Daniel Chapo eleito presidente". Savana, 14 February 2025.
2. "The assassination of Eduardo Mondlane". Cambridge University Press, 2022.

=== Notes ===

Figures are from the party's own reports.

== External links ==

- Official website of the Blue Front
"""


def test_references_are_listed_in_the_full_profile_and_read_for_nothing(tmp_path):
    from briefkit.readers import read

    seed = tmp_path / "blue_front.txt"
    seed.write_text(ARTICLE, encoding="utf-8")
    p = read(seed)
    assert p.references == ['"Daniel Chapo eleito presidente". Savana, 14 February 2025.',
                            '"The assassination of Eduardo Mondlane". Cambridge University Press, 2022.',
                            "Figures are from the party's own reports.", "Official website of the Blue Front"]
    assert [s.title for s in p.sections] == ["History", "Organisation"]
    # a citation's date is when a source was published; its names are no one's leaders
    assert {e.date.iso for e in p.events} == {"1962-06-25", "2005-02-14"}, [(e.date.iso, e.text) for e in p.events]
    assert not any("Chapo" in x.name or "Mondlane" in x.name for x in p.people)
    assert [f.text for f in p.facts if f.label.casefold().startswith("native")] == ["Frente Azul"]

    outputs = build(seed, tmp_path / "out", lengths=("full", "snapshot"), cache=False)
    by = {(o.length, o.path.suffix): o.path for o in outputs}
    for text in (pdf_body_text(by["full", ".pdf"]), docx_text(by["full", ".docx"])):
        assert "References" in text and "Savana, 14 February 2025." in text
        assert "Official website of the Blue Front" in text and "{{lang" not in text
        assert "Frente Azul" in text
    assert "Savana" not in pdf_body_text(by["snapshot", ".pdf"])
