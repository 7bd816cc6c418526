"""Build benchmark: CLI start, cold and warm builds, and the cost of each stage.

Run: python benchmarks/bench_build.py [SEED ...] [--repeat N]
Prints a table in seconds (median of N runs). Not a test: timings depend on the machine;
compare runs on the same machine before and after a change.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def cli(*args: str, cwd: Path | None = None) -> None:
    subprocess.run([sys.executable, "-m", "briefkit.cli", *args], check=True, cwd=cwd,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("seeds", nargs="*", type=Path, default=[ROOT / "seeds" / "freedom_of_russia_legion.txt"])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1717200000")
    rows: list[tuple[str, float]] = []
    rows.append(("cli start (briefkit --help)", timed(lambda: cli("--help"), args.repeat)))

    out = Path(tempfile.mkdtemp(prefix="bk-bench-"))
    seeds = [str(s) for s in args.seeds]

    def cold():
        shutil.rmtree(out, ignore_errors=True)
        cli("build", *seeds, "-o", str(out))

    rows.append(("cold build, all lengths and formats (process)", timed(cold, args.repeat)))
    rows.append(("warm build, charts cached (process)", timed(lambda: cli("build", *seeds, "-o", str(out)), args.repeat)))

    # In-process stage costs for the first seed, imports already paid.
    from briefkit.charts_service import ChartService
    from briefkit.compose import load_lengths, source_date
    from briefkit.fit import build_document, fit
    from briefkit.readers import read
    from briefkit.writers import WriteOptions, get_writer

    seed = args.seeds[0]
    profile = read(seed)
    as_of = source_date(profile, seed)
    lengths = load_lengths()
    rows.append(("read seed", timed(lambda: read(seed), args.repeat)))
    charts = ChartService(profile, None)
    rows.append(("draw charts used by all lengths (no cache)", timed(lambda: [
        ChartService(profile, None).get(n, o) for n, o in
        (("timeline", {"max_events": 6}), ("timeline", {"max_events": 12}), ("timeline", {"max_events": None}),
         ("orgchart", {}))], 1)))
    for name, length in lengths.items():
        doc, _ = build_document(profile, length, length.max_detail, as_of, charts, None)
        rows.append((f"{name}: compose + parse", timed(lambda: build_document(profile, length, length.max_detail, as_of, charts, None), args.repeat)))
        rows.append((f"{name}: fit (PDF layouts until it fits)", timed(lambda: fit(profile, length, as_of, charts, WriteOptions()), args.repeat)))
        rows.append((f"{name}: DOCX write", timed(lambda: get_writer("docx").write(doc, WriteOptions()), args.repeat)))
    shutil.rmtree(out, ignore_errors=True)
    width = max(len(r[0]) for r in rows)
    for label, secs in rows:
        print(f"{label:<{width}}  {secs:7.3f} s")


if __name__ == "__main__":
    main()
