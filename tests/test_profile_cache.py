"""The profile cache gives back what reading gives, and reads afresh when anything it depends on changes."""
from __future__ import annotations

from pathlib import Path

from briefkit import profile_cache
from briefkit.readers import read

SEED = Path(__file__).resolve().parents[1] / "seeds" / "freedom_of_russia_legion.txt"


def entries(cache: Path) -> list[Path]:
    return sorted(cache.rglob("*.json"))


def test_a_hit_is_the_profile_reading_gives(tmp_path: Path) -> None:
    seed = tmp_path / "seed.txt"
    seed.write_bytes(SEED.read_bytes())
    cache = tmp_path / "profiles"
    first = profile_cache.read_profile(seed, cache)
    assert len(entries(cache)) == 1
    second = profile_cache.read_profile(seed, cache)
    assert first == second == read(seed)
    assert second.model_dump_json() == read(seed).model_dump_json()


def test_changed_bytes_or_limits_read_afresh(tmp_path: Path, monkeypatch) -> None:
    seed = tmp_path / "seed.txt"
    seed.write_bytes(SEED.read_bytes())
    cache = tmp_path / "profiles"
    profile_cache.read_profile(seed, cache)
    seed.write_bytes(SEED.read_bytes().replace(b"Legion", b"Legiom", 1))
    assert profile_cache.read_profile(seed, cache) == read(seed)
    monkeypatch.setenv("BRIEFKIT_LIMIT_EVENTS", "4000")
    profile_cache.read_profile(seed, cache)
    assert len(entries(cache)) == 3


def test_no_cache_dir_structured_seeds_and_broken_entries(tmp_path: Path) -> None:
    seed = tmp_path / "seed.txt"
    seed.write_bytes(SEED.read_bytes())
    assert profile_cache.read_profile(seed, None) == read(seed)
    cache = tmp_path / "profiles"
    profile_cache.read_profile(seed, cache)
    (entry,) = entries(cache)
    entry.write_text("{not json", "utf-8")
    assert profile_cache.read_profile(seed, cache) == read(seed)  # a broken entry is read afresh
    from briefkit.readers import dump_profile

    data = tmp_path / "seed.json"
    data.write_text(dump_profile(read(seed), "json"), "utf-8")
    profile_cache.read_profile(data, cache)
    assert len(entries(cache)) == 1  # structured seeds are not cached
