"""Extract: structure inferred from the text of a profile (names, people, events, org tree).

The readers build the literal profile (facts, lead, sections); `enrich` then derives what the
text implies, so every seed format that yields text gets the same inference.
"""
from __future__ import annotations

from ..findings import Finding
from ..model import Paragraph, Profile, Source


DERIVED = ("aliases", "people", "events", "org", "relations", "subordination")


def enrich(profile: Profile, title_source: Source | None = None, fill: set[str] | None = None) -> list[Finding]:
    """Fill names, people, events and org of `profile` in place; return findings.

    `title_source` is where the title was read, the provenance of the unit's org node. `fill`
    names which of `DERIVED` to compute (all by default): a hand-written structured seed keeps
    what it states and gets the rest derived from its text."""
    from ..limits import current
    from .budget import within

    with within(current().extract_seconds, profile.seed_file):
        return _enrich(profile, title_source, set(DERIVED) if fill is None else fill)


def _enrich(profile: Profile, title_source: Source | None, fill: set[str]) -> list[Finding]:
    # The extractors load here, not with the package: the later stages import light modules
    # of it (`dates`, `titles`) and a profile read from the cache needs none of them.
    from .events import extract_events
    from .names import extract_names
    from .org import extract_structure
    from .people import (close_begun_terms, date_current_terms, end_announced_departures, end_bare_departures,
                         extract_people, open_lone_dated_terms, renew_current_terms, supersede)

    findings: list[Finding] = []
    if "aliases" in fill:
        first = next((b.text for b in profile.lead if isinstance(b, Paragraph)), None)
        profile.names = extract_names(profile.names.title, first, [(f.label, f.text) for f in profile.facts])
    people = extract_people(profile)
    supersede(people)
    if "people" in fill:
        profile.people = people
    if "events" in fill:
        profile.events, event_findings = extract_events(profile, profile.seed_file)
        findings += event_findings
        renew_current_terms(people, profile.events)
        close_begun_terms(people, profile.events)
        end_announced_departures(people, profile.events)
        end_bare_departures(people, profile.events)
        from .subject import Subject

        date_current_terms(people, profile.events, Subject(profile))
        open_lone_dated_terms(people)
    if {"org", "relations", "subordination"} & fill:
        structure = extract_structure(profile, people, title_source)
        if "org" in fill:
            profile.org = structure.org
        if "relations" in fill:
            profile.relations = structure.relations
        if "subordination" in fill:
            profile.subordination = structure.subordination
    return findings
