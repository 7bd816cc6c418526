"""Time chart rendering: cold (drawing) and warm (disk cache hit) for typical and large inputs.

Run: python benchmarks/bench_charts.py
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "charts"))

from chart_profiles import big_org, military_org, profile, random_events, seed_profile  # noqa: E402

from briefkit.charts import render_chart  # noqa: E402

CASES = {
    "seed": seed_profile(),
    "40 events": profile(random_events(40)),
    "200 events": profile(random_events(200)),
    "60 nodes (regular)": profile(org=military_org()),
    "60 nodes (random)": profile(org=big_org(60)),
    "200 nodes (random)": profile(org=big_org(200)),
}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'case':22} {'chart':9} {'cold s':>7} {'warm s':>7} {'size in':>12}")
        for label, prof in CASES.items():
            for name in ("timeline", "orgchart"):
                t0 = time.perf_counter()
                chart = render_chart(prof, name, cache_dir=Path(tmp))
                cold = time.perf_counter() - t0
                if chart is None:
                    continue
                t0 = time.perf_counter()
                render_chart(prof, name, cache_dir=Path(tmp))
                warm = time.perf_counter() - t0
                size = f"{chart.width_in:.2f}x{chart.height_in:.2f}"
                print(f"{label:22} {name:9} {cold:7.2f} {warm:7.3f} {size:>12}")


if __name__ == "__main__":
    main()
