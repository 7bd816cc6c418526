"""Batch builds: many seeds in parallel, one bad seed does not stop the others."""
from __future__ import annotations

import shutil

from briefkit.batch import build_many
from briefkit.build import BuildOptions
from briefkit.errors import SeedError
from helpers import FIXTURES, SEED


def test_parallel_batch_builds_all_and_reports_bad_seed(tmp_path):
    seeds_dir = tmp_path / "seeds"
    seeds_dir.mkdir()
    shutil.copy(SEED, seeds_dir / "frl.txt")
    shutil.copy(FIXTURES / "articles" / "tiny.txt", seeds_dir / "tiny.txt")
    (seeds_dir / "broken.txt").write_text("no title here\n", encoding="utf-8")
    seeds = sorted(seeds_dir.iterdir())
    result = build_many(seeds, BuildOptions(out_dir=tmp_path / "out", lengths=("snapshot",)), jobs=2)
    assert not result.ok
    assert [type(e) for e in result.errors] == [SeedError]
    assert "broken.txt" in str(result.errors[0])
    built = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("snapshot.*"))
    assert built == ["frl/snapshot.docx", "frl/snapshot.pdf", "tiny/snapshot.docx", "tiny/snapshot.pdf"]
    assert not list((tmp_path / "out").rglob("*.part"))


def test_charts_rendered_once_per_profile(tmp_path):
    from briefkit.build import build_seed

    report = build_seed(SEED, BuildOptions(out_dir=tmp_path, cache=False))
    # snapshot (6 events), brief (12), full (all) timelines and one org chart, whatever the
    # number of lengths, formats and fit attempts.
    assert report.chart_renders == 4
    assert len(report.outputs) == 6
