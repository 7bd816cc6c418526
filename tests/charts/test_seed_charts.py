"""Both charts on the real seed, read by the article reader."""
from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.charts import orgchart, render_chart, timeline

from test_orgchart import _check as check_org
from test_timeline import _check_geometry as check_timeline

SEED = Path(__file__).resolve().parents[2] / "seeds" / "freedom_of_russia_legion.txt"


@pytest.fixture(scope="module")
def seed():
    from briefkit.readers import read

    return read(str(SEED))


def test_seed_timeline(seed) -> None:
    assert seed.events, "the reader found no events in the seed"
    tf = timeline.build(timeline.chosen_events(seed, {}))
    assert tf is not None
    check_timeline(tf)
    # every event but the background ones, which a default timeline leaves off its axis
    assert len(tf.label_texts) == len([e for e in seed.events if not e.background])
    for n in (5, 8, 12):
        chart = render_chart(seed, "timeline", {"max_events": n})
        assert chart is not None and chart.alt.startswith(f"Timeline of {n} events")


def test_seed_orgchart(seed) -> None:
    assert seed.org is not None, "the reader found no organisation tree in the seed"
    of = orgchart.build(seed.org)
    assert of is not None
    check_org(of, seed.org)
    chart = render_chart(seed, "orgchart")
    assert chart is not None
    assert "Freedom of Russia Legion > Headquarters with 9 units" in chart.alt
