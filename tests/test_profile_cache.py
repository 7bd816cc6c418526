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


# ------------------------------------------------------------------ profiles read lazily
def test_a_lazy_hit_answers_as_the_model_and_validates_only_when_asked(tmp_path: Path) -> None:
    """A cached profile read lazily gives the facts a rebuild needs (title, aliases, seed
    file, date of information, the JSON keying the other caches) as the validated Profile
    does, for the seed and every fixture article; anything else validates it."""
    from briefkit import lazy_profile
    from briefkit.asof import information_date

    fixtures = sorted((Path(__file__).resolve().parent / "fixtures" / "articles").glob("*.txt"))
    for source in [SEED, *fixtures]:
        seed = tmp_path / source.name
        seed.write_bytes(source.read_bytes())
        cache = tmp_path / "profiles"
        model = profile_cache.read_profile(seed, cache)
        lazy = profile_cache.read_profile_lazy(seed, cache)
        assert isinstance(lazy, lazy_profile.LazyProfile), source.name
        assert lazy._real is None
        assert (lazy.title, lazy.seed_file, lazy.as_of) == (model.title, model.seed_file, model.as_of)
        assert lazy_profile.alias_texts(lazy) == lazy_profile.alias_texts(model) == [a.text for a in model.names.aliases]
        assert lazy_profile.information_date(lazy, seed) == information_date(model, seed), source.name
        assert lazy.model_dump_json() == model.model_dump_json()
        assert lazy._real is None  # none of that validated it
        assert lazy.events == model.events and lazy == model  # anything else does
        assert lazy._real is not None


def test_a_lazy_entry_that_is_damaged_is_read_from_the_seed(tmp_path: Path) -> None:
    from briefkit import lazy_profile

    seed = tmp_path / "seed.txt"
    seed.write_bytes(SEED.read_bytes())
    cache = tmp_path / "profiles"
    model = profile_cache.read_profile(seed, cache)
    (entry,) = entries(cache)
    good = entry.read_text("utf-8")
    for bad in ("{not json", '{"names": {"title": 3}}', '{"names": {"title": "T"}, "events": [{"date": {"year": 2020, "month": 13}}]}'):
        entry.write_text(bad, "utf-8")
        got = profile_cache.read_profile_lazy(seed, cache)
        assert not isinstance(got, lazy_profile.LazyProfile) and got == model
    # plain facts of the right shape, but no valid Profile: validation fails, the seed is read
    entry.write_text(good.replace('"facts":', '"no such field":', 1), "utf-8")
    got = profile_cache.read_profile_lazy(seed, cache)
    assert isinstance(got, lazy_profile.LazyProfile) and got.real() == model
