"""Instructions, not seconds: a batch build's cost per profile counted by callgrind, for A/B runs.

Run: python benchmarks/instructions.py [--profiles 3] [--tree SRC ...] [--cold]

Why: on a shared machine whose speed moves by half or more within minutes, paired timing runs
cannot tell a change of a few per cent. Valgrind's callgrind counts the instructions a process
runs, which repeat within about 0.3% from run to run (string hashing fixed by `PYTHONHASHSEED`).

What: for each source tree (`--tree`, a `src` folder; the installed briefkit when none is
given), `briefkit build -j 1` of N and then 2N generated profiles (`bench_batch.article`),
with the build cache, each into a new folder, after two ordinary builds that fill the caches
kept beside the bytecode. Per profile is (I(2N) - I(N)) / N; fixed is the rest of I(N): the
process's start and its first-time costs. `--cold` counts a first build of the seed instead,
one figure per process (the reader, the helper and its child; see `batch.split`), callgrind
following the forks. Trees run side by side, one per core. About 40 s per profile under
valgrind. Caveat: valgrind does not run the SHA instructions of this processor, so sha256
counts far more instructions than it costs; compare runs that hash the same bytes.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "seeds" / "freedom_of_russia_legion.txt"


def instructions(path: Path) -> int:
    """The total a callgrind output file records (its `summary:` or `totals:` line)."""
    for line in path.read_text("utf-8", "replace").splitlines():
        m = re.match(r"(?:summary|totals):\s+(\d+)", line)
        if m:
            return int(m.group(1))
    raise ValueError(f"{path}: no instruction total")


def per_profile(n: int, small: int, large: int) -> tuple[float, float]:
    """(per profile, fixed) from the totals of builds of n and 2n profiles."""
    each = (large - small) / n
    return each, small - n * each


def _env(tree: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    env.update(SOURCE_DATE_EPOCH="1717200000", PYTHONHASHSEED="0")
    # Under valgrind a process runs some fifty times slower: the wall-clock limits of one
    # template rendering and one layout (`briefkit.limits`) would stop the cold build's first
    # rendering (exit 3). Every build of a run, counted or not, has the same limits, which the
    # caches' keys include, so the warm-up builds fill the caches the counted one reads.
    env.update(BRIEFKIT_LIMIT_TEMPLATE_SECONDS="3600", BRIEFKIT_LIMIT_LAYOUT_SECONDS="3600")
    if tree:
        env["PYTHONPATH"] = tree
    return env


def _build(tree: str | None, inputs: list[str], out: Path, extra: list[str], counted: Path | None) -> None:
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "briefkit", "build", *inputs, "-o", str(out), "-q", *extra]
    if counted is not None:
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={counted}.%p", *cmd]
    subprocess.run(cmd, env=_env(tree), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _measure(tree: str | None, work: Path, corpora: dict[int, Path], cold: bool) -> dict[str, float]:
    name = re.sub(r"\W+", "_", tree or "installed")
    inputs = {n: [str(c)] for n, c in corpora.items()}
    extra = [] if cold else ["-j", "1"]
    first = [str(SEED)] if cold else inputs[min(inputs)]
    for _ in range(2):  # fill the caches beside the bytecode (patterns, fonts) as a user's would be
        _build(tree, first, work / f"{name}-warm", extra, None)
    if cold:
        stem = work / f"{name}-cold"
        _build(tree, first, work / f"{name}-out", extra, stem)
        counts = sorted(instructions(p) for p in work.glob(f"{stem.name}.*"))
        return {f"process {i + 1}": c for i, c in enumerate(counts)} | {"all": sum(counts)}
    totals = {}
    for n in sorted(corpora):
        stem = work / f"{name}-{n}"
        _build(tree, inputs[n], work / f"{name}-out{n}", extra, stem)
        totals[n] = sum(instructions(p) for p in work.glob(f"{stem.name}.*"))
    small, large = sorted(totals)
    each, fixed = per_profile(small, totals[small], totals[large])
    return {f"{small} profiles": totals[small], f"{large} profiles": totals[large], "per profile": each, "fixed": fixed}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profiles", type=int, default=3, help="N: builds of N and 2N profiles (default 3)")
    ap.add_argument("--tree", action="append", default=[], help="a source folder to put first on PYTHONPATH")
    ap.add_argument("--cold", action="store_true", help="a first build of the seed, per process")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(HERE))
    from bench_batch import article

    trees = args.tree or [None]
    with tempfile.TemporaryDirectory(prefix="bk-instr-") as tmp:
        work = Path(tmp)
        corpora = {}
        rng = random.Random(7)
        texts = [article(i, rng) for i in range(2 * args.profiles)]
        for n in (args.profiles, 2 * args.profiles):
            folder = work / f"corpus{n}"
            folder.mkdir()
            for i in range(n):
                (folder / f"council_{i:04d}.txt").write_text(texts[i], "utf-8")
            corpora[n] = folder
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(lambda t: _measure(t, work, corpora, args.cold), trees))
    for tree, res in zip(trees, results):
        print(tree or "installed briefkit")
        for key, value in res.items():
            print(f"  {key:>14}: {value / 1e9:8.3f} G instructions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
