"""The coordinator reads the profiles of the units handed out last while its pool starts
(`batch.ahead`): into the profile cache the workers read, never the units the workers start on,
never a seed the cache has, and a seed that fails is left to its worker."""
from __future__ import annotations

from pathlib import Path

from batch_helpers import mini_corpus


def _units(tmp_path: Path, n: int):
    from briefkit.batch.work import WorkUnit

    seeds = mini_corpus(tmp_path, n)
    cache = tmp_path / "out" / ".cache" / "charts"
    return [WorkUnit(str(s.resolve()), str(s), (("snapshot", "pdf"),), cache_dir=str(cache)) for s in seeds]


def test_the_last_units_profiles_are_read_into_the_workers_cache(tmp_path: Path) -> None:
    from briefkit.batch.ahead import ReadAhead
    from briefkit.batch.work import profiles_folder
    from briefkit.profile_cache import read_afresh

    units = _units(tmp_path, 7)
    (tmp_path / "seeds" / "org06.txt").write_bytes(b"\xff\xfe not text")  # fails to read: left to its worker
    ahead = ReadAhead(units, workers=2).start()
    ahead._thread.join()  # read all it would while the pool starts
    ahead.stop()
    assert ahead.read == 2  # org04 and org05: the first four go to the workers at once
    afresh = [read_afresh(u.seed, profiles_folder(u)) for u in units]
    assert afresh == [True, True, True, True, False, False, True]
    again = ReadAhead(units, workers=2).start()
    again._thread.join()
    again.stop()
    assert again.read == 0  # cached already


def test_the_switch_interval_is_shortened_while_reading_and_restored(tmp_path: Path) -> None:
    import sys

    from briefkit.batch.ahead import SWITCH_INTERVAL, ReadAhead

    before = sys.getswitchinterval()
    ahead = ReadAhead(_units(tmp_path, 6), workers=1).start()
    assert sys.getswitchinterval() == SWITCH_INTERVAL < before
    ahead.stop()
    assert sys.getswitchinterval() == before


def test_a_stopped_read_ahead_reads_nothing_more(tmp_path: Path) -> None:
    from briefkit.batch.ahead import ReadAhead

    units = _units(tmp_path, 8)
    ahead = ReadAhead(units, workers=1)
    ahead.stop()  # before it started: nothing to wait for
    ahead.start()  # a stopped reader reads nothing
    ahead.stop()
    assert ahead.read == 0


def test_no_read_ahead_outside_a_process_briefkit_owns(tmp_path: Path, monkeypatch) -> None:
    from briefkit import heap
    from briefkit.batch.ahead import read_ahead

    monkeypatch.setattr(heap, "_OWNED", False)
    assert read_ahead(_units(tmp_path, 6), 1) is None
