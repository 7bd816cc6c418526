"""A batch that will run a local pool starts the pool's fork server as soon as its plan holds
two units to build, so the server loads the build stages while the rest is planned."""
from __future__ import annotations

from pathlib import Path

import pytest

from batch_helpers import mini_corpus
from briefkit.batch import executors
from briefkit.batch import run as batch_run


@pytest.fixture
def recorded(monkeypatch):
    events: list[tuple[str, int]] = []
    planned = {"seeds": 0}
    real_inputs = batch_run.seed_inputs

    def seed_inputs(*args, **kwargs):
        planned["seeds"] += 1
        return real_inputs(*args, **kwargs)

    monkeypatch.setattr(batch_run, "seed_inputs", seed_inputs)
    monkeypatch.setattr(executors, "start_local_workers", lambda: events.append(("start", planned["seeds"])))
    monkeypatch.setattr(batch_run, "_execute", lambda units, *a, **k: events.append(("execute", len(units))))
    return events


def test_the_fork_server_starts_once_the_plan_holds_two_units(tmp_path: Path, recorded) -> None:
    mini_corpus(tmp_path, 5)
    batch_run.build_many(tmp_path / "seeds", out_dir=tmp_path / "out", jobs=2, report=False)
    assert recorded == [("start", 2), ("execute", 5)]  # while the third seed had yet to be planned


@pytest.mark.parametrize("jobs, seeds, executor", [(1, 5, None), (2, 1, None), (2, 5, "given")])
def test_no_fork_server_without_a_local_pool_to_come(tmp_path: Path, recorded, jobs, seeds, executor) -> None:
    from concurrent.futures import ThreadPoolExecutor

    mini_corpus(tmp_path, seeds)
    with ThreadPoolExecutor(1) as given:
        batch_run.build_many(tmp_path / "seeds", out_dir=tmp_path / "out", jobs=jobs, report=False,
                             executor=given if executor else None)
    assert [e for e in recorded if e[0] == "start"] == []
