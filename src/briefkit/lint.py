"""Lint: the findings reading a seed produced, sorted, for `briefkit lint`.

`lint` only runs a reader and returns what it noticed, so `briefkit lint` and `briefkit build`
never disagree about a seed. The `Finding` type and its codes live in `findings.py`.
"""
from __future__ import annotations

from pathlib import Path

from .errors import SeedError
from .findings import UNREADABLE, Finding
from .readers import read_with_findings

__all__ = ["Finding", "lint"]


def lint(path: str | Path) -> list[Finding]:
    """Findings for one seed, in file order.

    A seed that cannot be read at all is itself a finding (`unreadable`), so linting many
    seeds reports every broken one instead of stopping at the first.
    """
    try:
        _, findings = read_with_findings(path)
    except SeedError as err:
        return [Finding(err.file or str(path), err.line, UNREADABLE, err.message)]
    return sorted(findings, key=lambda f: (f.file, f.line or 0))
