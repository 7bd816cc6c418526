from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.readers import read, read_with_findings

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "freedom_of_russia_legion.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "seeds"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_profile():
    return read(SEED)


@pytest.fixture(scope="session")
def seed_findings():
    return read_with_findings(SEED)[1]


@pytest.fixture
def fixture_path():
    def get(name: str) -> Path:
        return FIXTURES / name

    return get
