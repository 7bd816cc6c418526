"""Deriving people and events is bounded: the steps that compare sentences with people stay
near linear, and `extract_seconds` ends the rest with a one-line error."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefkit import recache
from briefkit.errors import SeedError
from briefkit.extract import budget
from briefkit.extract.people import _with_full_names


def _changes_of_command(n: int) -> str:
    lines = ["= Perf Org =", "The Perf Org is a group founded in 1990.", "== History =="]
    for i in range(n):
        lines.append(f"On {1 + i % 28} {['March', 'July', 'October'][i % 3]} {1950 + i % 70}, John Smith{i} was "
                     f"appointed commander of the Perf Org, succeeding Jane Doe{i}.")
    return "\n\n".join(lines) + "\n"


def test_a_spent_budget_is_a_located_seed_error():
    with budget.within(0.0, "x.txt"):
        time.sleep(0.01)
        with pytest.raises(SeedError) as info:
            budget.check()
    assert info.value.file == "x.txt" and "BRIEFKIT_LIMIT_EXTRACT_SECONDS" in info.value.message
    budget.check()  # outside any budget: nothing


def test_an_inner_budget_never_outlasts_the_outer():
    with budget.within(0.0, "outer.txt"):
        time.sleep(0.01)
        with budget.within(100.0, "inner.txt"), pytest.raises(SeedError) as info:
            budget.check()
    assert info.value.file == "outer.txt"


def test_full_names_compile_nothing_for_a_sentence_naming_none_of_the_known():
    """A sentence that holds none of a thousand known surnames is left as it is without a
    pattern of all of them being compiled (one such compile a sentence made an article of a
    thousand people take minutes)."""
    known = [f"Person{i} Surname{i}x" for i in range(1000)]
    recache.purge()
    before = len(recache._kept)
    assert _with_full_names("The board met in Geneva on 4 May 2020.", known) == "The board met in Geneva on 4 May 2020."
    assert len(recache._kept) == before
    assert _with_full_names("Later Surname7x resigned as chairman.", known) == "Later Person7 Surname7x resigned as chairman."


def test_a_seed_past_the_budget_fails_in_one_line_and_soon(tmp_path):
    seed = tmp_path / "perf.txt"
    seed.write_text(_changes_of_command(400), encoding="utf-8")
    start = time.monotonic()
    run = subprocess.run([sys.executable, "-m", "briefkit", "inspect", str(seed)], capture_output=True, text=True,
                         timeout=300, env={**os.environ, "BRIEFKIT_LIMIT_EXTRACT_SECONDS": "0.5"})
    took = time.monotonic() - start
    assert run.returncode == 7, run.stderr
    assert run.stderr.count("\n") == 1 and "took longer than 0.5 s" in run.stderr and str(seed) in run.stderr
    assert took < 15
