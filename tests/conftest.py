"""Shared fixtures: one real build of the seed per test session.

Building once and inspecting the files from many tests keeps the suite fast while every
assertion still looks at real output, as a reader would.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import EPOCH, FIXTURES, SEED, build


@pytest.fixture(autouse=True)
def _source_date(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> dict[tuple[str, str], Path]:
    """The seed built at every length in both formats: {(length, format): path}."""
    out = tmp_path_factory.mktemp("dist")
    return {(o.length, o.format): o.path for o in build(SEED, out)}


# Reader and extract tests: the seed's profile, its lint findings, messy fixture seeds.
@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_profile():
    from briefkit.readers import read

    return read(SEED)


@pytest.fixture(scope="session")
def seed_findings():
    from briefkit.readers import read_with_findings

    return read_with_findings(SEED)[1]


@pytest.fixture
def fixture_path():
    def get(name: str) -> Path:
        return FIXTURES / "seeds" / name

    return get
