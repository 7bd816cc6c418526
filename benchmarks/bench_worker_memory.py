"""Does a build process grow with the number of profiles it builds? Builds N generated profiles
one after another in this process (all lengths, PDF and DOCX) and prints its resident memory
(VmRSS) and peak (VmHWM) as it goes: flat after warm-up means no per-profile leak.

Run: python benchmarks/bench_worker_memory.py [N] (Linux; the corpus is bench_batch.py's).
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_batch import generate  # noqa: E402

from briefkit.build import BuildOptions, build_seed  # noqa: E402


def _status(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 80
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1717200000")
    with tempfile.TemporaryDirectory(prefix="bk-mem-") as tmp:
        corpus = Path(tmp) / "corpus"
        generate(corpus, n)
        start = time.perf_counter()
        for i, seed in enumerate(sorted(corpus.glob("*.txt")), 1):
            build_seed(seed, BuildOptions(out_dir=Path(tmp) / "out"))
            if i in (1, 2, 5) or i % 10 == 0:
                print(f"{i:4d} profiles  RSS {_status('VmRSS'):6.0f} MiB  peak {_status('VmHWM'):6.0f} MiB  "
                      f"{time.perf_counter() - start:6.1f} s", flush=True)


if __name__ == "__main__":
    main()
