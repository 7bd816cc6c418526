"""Readers: seed file → `Profile`, chosen by file suffix.

Every reader returns the profile *and* the findings it noticed, so `briefkit lint` reports
exactly what reading saw. Anything wrong with the file itself (missing, a directory, empty, no
title, undecodable, invalid structured data) is a `SeedError` naming file and line.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import SeedError
from ..findings import Finding
from ..model import Profile
from .article import read_article
from .checks import structure_problem

ARTICLE_SUFFIXES = (".txt", ".md", ".wiki")
STRUCTURED_SUFFIXES = (".yaml", ".yml", ".json")
SEED_SUFFIXES: tuple[str, ...] = ARTICLE_SUFFIXES + STRUCTURED_SUFFIXES

__all__ = ["SEED_SUFFIXES", "read", "read_with_findings", "dump_profile"]


def read_with_findings(path: str | Path) -> tuple[Profile, list[Finding]]:
    """The profile of one seed file and the data problems noticed while reading it."""
    p = Path(path)
    try:
        if not p.exists():
            raise SeedError("seed file not found", file=path)
    except OSError as err:
        raise SeedError(f"cannot read seed file: {(err.strerror or str(err)).lower()}", file=path) from None
    if p.is_dir():
        raise SeedError("is a directory, not a seed file", file=path)
    suffix = p.suffix.lower()
    if suffix in ARTICLE_SUFFIXES:
        return _within_limits(*read_article(path), path)
    if suffix in STRUCTURED_SUFFIXES:
        from .structured import read_structured  # imports PyYAML, which an article never needs

        return _within_limits(*read_structured(path), path)
    raise SeedError(
        f"unknown seed format {suffix or '(no suffix)'}; expected one of {', '.join(SEED_SUFFIXES)}",
        file=path,
    )


def _within_limits(profile: Profile, findings: list[Finding], path: str | Path) -> tuple[Profile, list[Finding]]:
    """Limits that only the finished profile can be measured against (events are extracted)."""
    from ..limits import current, hint

    limits = current()
    if len(profile.title) > limits.heading_chars:
        raise SeedError(f"title longer than {limits.heading_chars} characters {hint('heading_chars')}", file=path)
    if len(profile.events) > limits.events:
        raise SeedError(f"{len(profile.events)} dated events, more than {limits.events} {hint('events')}", file=path)
    if structured_too_big := structure_problem(profile.lead, profile.sections, limits):
        raise SeedError(structured_too_big[1], file=path, line=structured_too_big[0])
    return profile, findings


def dump_profile(profile: Profile, fmt: str = "yaml") -> str:
    """The profile as YAML or JSON seed data (see `structured.dump_profile`)."""
    from .structured import dump_profile as dump

    return dump(profile, fmt)


def read(path: str | Path) -> Profile:
    """The profile of one seed file (findings are only reported by `briefkit lint`)."""
    return read_with_findings(path)[0]
