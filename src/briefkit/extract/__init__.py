"""Extract: structure inferred from the text of a profile (names, people, events, org tree).

The readers build the literal profile (facts, lead, sections); `enrich` then derives what the
text implies, so every seed format that yields text gets the same inference.
"""
from __future__ import annotations

from ..lint import Finding
from ..model import Paragraph, Profile
from .names import extract_names


def enrich(profile: Profile) -> list[Finding]:
    """Fill names, people, events and org of `profile` in place; return findings."""
    findings: list[Finding] = []
    first = next((b.text for b in profile.lead if isinstance(b, Paragraph)), None)
    profile.names = extract_names(profile.names.title, first)
    return findings
