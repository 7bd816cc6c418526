"""Kinds of body: the generic nouns a text uses to refer back to an organisation of that kind
("the party", "the regiment"). A vocabulary shared by the extractors (is "the unit" the
subject?) and by event selection (does "the regiment" need a sentence not shown?), kept apart so
that selecting events does not import the extractors and their patterns.
"""
from __future__ import annotations

KINDS = {
    "legion", "unit", "group", "organisation", "organization", "movement", "party", "company", "force", "formation",
    "battalion", "regiment", "brigade", "corps", "division", "agency", "society", "body", "association",
    "foundation", "firm", "bank", "ngo", "charity", "network", "alliance", "league", "union", "council",
    "committee", "institute", "service", "bureau", "centre", "center", "office", "team", "club", "militia", "army",
    "guard", "detachment", "wing", "coalition", "federation", "commission", "court", "secretariat", "trust", "fund",
    "corporation", "organ", "bloc", "fleet", "flotilla", "squadron", "navy", "regiment", "confederation", "consortium",
    "airline",
}
