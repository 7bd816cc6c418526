"""Organisation chart (placeholder until the tidy-tree layout lands)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..model import Profile

VERSION = "orgchart-0"


def inputs(profile: Profile, options: Mapping[str, Any]) -> Any:
    return None


def draw(profile: Profile, options: Mapping[str, Any]) -> Any:
    return None
