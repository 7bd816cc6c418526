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
from .structured import dump_profile, read_structured

ARTICLE_SUFFIXES = (".txt", ".md", ".wiki")
STRUCTURED_SUFFIXES = (".yaml", ".yml", ".json")
SEED_SUFFIXES: tuple[str, ...] = ARTICLE_SUFFIXES + STRUCTURED_SUFFIXES

__all__ = ["SEED_SUFFIXES", "read", "read_with_findings", "dump_profile"]


def read_with_findings(path: str | Path) -> tuple[Profile, list[Finding]]:
    """The profile of one seed file and the data problems noticed while reading it."""
    p = Path(path)
    if not p.exists():
        raise SeedError("seed file not found", file=path)
    if p.is_dir():
        raise SeedError("is a directory, not a seed file", file=path)
    suffix = p.suffix.lower()
    if suffix in ARTICLE_SUFFIXES:
        return read_article(path)
    if suffix in STRUCTURED_SUFFIXES:
        return read_structured(path)
    raise SeedError(
        f"unknown seed format {suffix or '(no suffix)'}; expected one of {', '.join(SEED_SUFFIXES)}",
        file=path,
    )


def read(path: str | Path) -> Profile:
    """The profile of one seed file (findings are only reported by `briefkit lint`)."""
    return read_with_findings(path)[0]
