"""Inputs (files, folders, globs), output names and shards."""
from __future__ import annotations

from pathlib import Path

import pytest

from batch_helpers import mini_seed
from briefkit.batch.plan import SEED_SUFFIXES, check_pattern, expand_inputs, parse_shard, plan_targets, shard
from briefkit.errors import BuildError


@pytest.fixture
def tree(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    mini_seed(tmp_path / "seeds" / "a.txt", "A")
    mini_seed(tmp_path / "seeds" / "b.txt", "B")
    (tmp_path / "seeds" / "README").write_text("not a seed\n")
    mini_seed(tmp_path / "seeds" / "deep" / "c.txt", "C")
    mini_seed(tmp_path / "other" / "a.txt", "Other A")
    return tmp_path


def names(paths):
    return [p.as_posix() for p in paths]


def test_suffixes_match_the_readers():
    from briefkit.readers import SEED_SUFFIXES as READERS

    assert SEED_SUFFIXES == READERS


def test_folder_is_flat_unless_recursive(tree):
    assert names(expand_inputs(["seeds"])) == ["seeds/a.txt", "seeds/b.txt"]
    assert names(expand_inputs(["seeds"], recursive=True)) == ["seeds/a.txt", "seeds/b.txt", "seeds/deep/c.txt"]


def test_quoted_globs_are_expanded_by_briefkit(tree):
    assert names(expand_inputs(["seeds/*.txt"])) == ["seeds/a.txt", "seeds/b.txt"]
    assert names(expand_inputs(["seeds/**/*.txt"])) == ["seeds/a.txt", "seeds/b.txt", "seeds/deep/c.txt"]
    assert names(expand_inputs(["seeds/*"])) == ["seeds/a.txt", "seeds/b.txt"]  # README is no seed


def test_a_file_named_twice_is_built_once(tree):
    assert names(expand_inputs(["seeds/a.txt", "seeds", "seeds/*.txt"])) == ["seeds/a.txt", "seeds/b.txt"]


@pytest.mark.parametrize("arg, words", [("nope.txt", "not found"), ("nope/*.txt", "no seed files match"),
                                        ("seeds/deep/", "no seed files")])
def test_missing_inputs_name_themselves(tree, arg, words):
    if arg == "seeds/deep/":
        (tree / "seeds" / "deep" / "c.txt").unlink()
    with pytest.raises(BuildError) as err:
        expand_inputs([arg])
    assert words in str(err.value) and arg.rstrip("/") in str(err.value)


def test_name_patterns(tree):
    seeds = [Path("seeds/a.txt")]
    flat = plan_targets(seeds, ["brief"], ["pdf", "docx"], Path("out"), "{slug}-{length}.{ext}")
    assert [t.path.as_posix() for t in flat[seeds[0]]] == ["out/a-brief.pdf", "out/a-brief.docx"]
    nested = plan_targets(seeds, ["brief"], ["pdf"], Path("out"), "{parent}/{slug}/{length}.{ext}")
    assert [t.path.as_posix() for t in nested[seeds[0]]] == ["out/seeds/a/brief.pdf"]


@pytest.mark.parametrize("pattern, words", [("{slug}.{ext}", "{length}"), ("{slug}/{lenght}.{ext}", "unknown field"),
                                            ("../{slug}/{length}.{ext}", "inside"), ("{slug", "invalid"),
                                            ("{length}{ext:x}", "no format spec"),
                                            ("{slug:>999999999}{length}.{ext}", "no format spec"),
                                            ("{slug!r}{length}.{ext}", "no format spec")])
def test_bad_patterns(pattern, words):
    """Fields are plain: a format spec could pad a name to gigabytes or fail inside format()."""
    with pytest.raises(BuildError) as err:
        check_pattern(pattern)
    assert words in str(err.value)


def test_same_stem_in_two_folders_is_refused_not_overwritten(tree):
    seeds = expand_inputs(["seeds/a.txt", "other/a.txt"])
    with pytest.raises(BuildError) as err:
        plan_targets(seeds, ["brief"], ["pdf"], Path("dist"))
    assert "seeds/a.txt" in str(err.value) and "other/a.txt" in str(err.value)
    # ... and a pattern with {parent} tells them apart.
    plan = plan_targets(seeds, ["brief"], ["pdf"], Path("dist"), "{parent}/{slug}/{length}.{ext}")
    assert len({t.path for ts in plan.values() for t in ts}) == 2


def test_shards_cover_every_seed_exactly_once_and_balance_bytes(tmp_path):
    seeds = []
    for i in range(23):
        p = tmp_path / f"s{i:02d}.txt"
        p.write_text("x" * (100 + 997 * i % 5000))
        seeds.append(p)
    for n in (1, 2, 3, 7, 23, 40):
        slices = [shard(seeds, i, n) for i in range(1, n + 1)]
        flat = [s for sl in slices for s in sl]
        assert sorted(flat) == sorted(seeds) and len(flat) == len(seeds)
        for sl in slices:  # each slice keeps the original order
            assert sl == [s for s in seeds if s in sl]
        loads = [sum(s.stat().st_size for s in sl) for sl in slices]
        assert max(loads) - min(loads) <= max(s.stat().st_size for s in seeds)
        # stable: the same call gives the same slice
        assert slices == [shard(list(seeds), i, n) for i in range(1, n + 1)]


def test_more_slices_than_seeds_and_a_huge_count(tmp_path):
    """Each seed takes a slice of its own while empty ones remain; a count of 10**20 is
    answered at once, not by allocating a counter per slice."""
    seeds = [tmp_path / f"s{i}.txt" for i in range(3)]
    for i, p in enumerate(seeds):
        p.write_text("x" * (10 + i))
    assert [shard(seeds, i, 5) for i in range(1, 6)] == [[seeds[2]], [seeds[1]], [seeds[0]], [], []]
    assert shard(seeds, 2, 10**20) == [seeds[1]] and shard(seeds, 10**19, 10**20) == []


@pytest.mark.parametrize("text", ["0/2", "3/2", "a/b", "2"])
def test_bad_shard(text):
    with pytest.raises(BuildError):
        parse_shard(text)
