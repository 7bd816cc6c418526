"""Batch benchmark: a generated corpus of profiles built with -j1 and -j2, memory, no-op rebuild.

Run: python benchmarks/bench_batch.py [--profiles 500] [--small 50] [--jobs 1 2] [--keep DIR] [-- BUILD-OPTIONS]
Each build is `briefkit build CORPUS -o OUT -q` in a subprocess, all lengths, PDF and DOCX
(six outputs per profile). Peak RSS is the largest resident set of any process of that build
(getrusage of waited-for children: for -j2 the larger of the two workers, for -j1 the single
process), measured for the small and the full corpus to show whether a worker grows with the
number of profiles it builds. The no-op rebuild runs the same command again on the unchanged
corpus. Not a test: timings depend on the machine; compare runs on the same machine.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
KINDS = ["volunteer group", "regional association", "research network", "civic coalition", "trade alliance",
         "monitoring mission", "relief organisation", "veterans' society"]
VERBS = ["opened an office in", "signed an agreement with", "held its first congress in", "was recognised by",
         "launched a campaign in", "expanded its work to", "published a report on", "merged with a group from"]
PLACES = ["Riga", "Tartu", "Lviv", "Gdańsk", "Tbilisi", "Chișinău", "Vilnius", "Kraków", "Batumi", "Odesa"]
NAMES = ["Anna Kovalenko", "Petr Novak", "Maria Ionescu", "Giorgi Beridze", "Olena Shevchuk", "Tomas Kazlauskas",
         "Ieva Ozola", "Marek Zielinski", "Nino Kapanadze", "Andrei Popescu"]


def article(i: int, rng: random.Random) -> str:
    name = f"{rng.choice(['North', 'Baltic', 'Free', 'United', 'Coastal', 'Eastern'])} " \
           f"{rng.choice(['Harbour', 'River', 'Valley', 'Citizens', 'Workers', 'Rescue'])} Council {i}"
    founded = rng.randint(1990, 2015)
    leader, deputy = rng.sample(NAMES, 2)
    units = rng.sample(["Press Office", "Field Team", "Legal Desk", "Training Wing", "Archive"], 3)
    lines = [f"= {name} =", "", "Infobox", f"- Name: {name}", f"- Founded: {founded}",
             f"- Headquarters: {rng.choice(PLACES)}", f"- Leader: {leader}", f"- Size: {rng.randint(20, 900)} members", "",
             f"The {name} is a {rng.choice(KINDS)} based in {rng.choice(PLACES)}. It was founded in {founded} "
             f"and is led by {leader}. Its members work on {rng.choice(['safety', 'education', 'monitoring', 'relief'])}.",
             "", "== History ==", ""]
    year = founded
    for _ in range(rng.randint(6, 16)):
        year += rng.randint(0, 2)
        lines.append(f"On {rng.randint(1, 28)} {rng.choice(MONTHS)} {year}, the council {rng.choice(VERBS)} "
                     f"{rng.choice(PLACES)}. " + " ".join(
                         f"Observers noted {rng.choice(['steady', 'slow', 'rapid'])} growth in its "
                         f"{rng.choice(['membership', 'budget', 'reach'])}." for _ in range(rng.randint(1, 4))))
        lines.append("")
    lines += ["== Leadership ==", "", f"{leader} has chaired the council since {year - rng.randint(0, 5)}. "
              f"{deputy} serves as deputy chair.", "", "== Structure ==", "",
              f"The council consists of the {units[0]}, the {units[1]} and the {units[2]}.", ""]
    return "\n".join(lines)


def generate(root: Path, n: int) -> None:
    rng = random.Random(12)
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"council_{i:04d}.txt").write_text(article(i, rng), encoding="utf-8")


def run(corpus: Path, out: Path, jobs: int, extra: list[str]) -> tuple[float, float, float, str]:
    """(wall seconds, CPU seconds of all processes, peak RSS MiB of the largest process, summary)"""
    cmd = [sys.executable, "-c", "import resource, subprocess, sys; "
           "p = subprocess.run(sys.argv[1:]); "
           "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
           "print(u.ru_utime + u.ru_stime, u.ru_maxrss, file=sys.stderr); sys.exit(p.returncode)",
           sys.executable, "-m", "briefkit", "build", str(corpus), "-o", str(out), "-j", str(jobs), *extra]
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        sys.exit(f"build failed:\n{proc.stderr[-3000:]}")
    cpu, rss_kib = proc.stderr.strip().splitlines()[-1].split()
    summary = " | ".join(" ".join(ln.split()) for ln in proc.stdout.splitlines() if ln[:1].isalpha() and "  " in ln)
    return wall, float(cpu), int(rss_kib) / 1024, summary


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--profiles", type=int, default=500)
    ap.add_argument("--small", type=int, default=50)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--keep", type=Path, help="work folder to keep (default: a temporary one, removed)")
    ap.add_argument("build_options", nargs="*", help="after --: passed to briefkit build, e.g. -- -l snapshot")
    args = ap.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1717200000")
    work = args.keep or Path(tempfile.mkdtemp(prefix="bk-batch-"))
    big, small = work / "corpus", work / "small"
    generate(big, args.profiles)
    generate(small, args.small)
    rows = []
    for jobs in args.jobs:
        for corpus, n in ((small, args.small), (big, args.profiles)):
            out = work / f"out-{n}-j{jobs}"
            shutil.rmtree(out, ignore_errors=True)
            rows.append((f"{n} profiles, -j{jobs}, cold", *run(corpus, out, jobs, args.build_options)))
            print(*rows[-1], sep="  ", flush=True)
            if n == args.profiles:
                rows.append((f"{n} profiles, -j{jobs}, no-op rebuild", *run(corpus, out, jobs, args.build_options)))
                print(*rows[-1], sep="  ", flush=True)
    print()
    width = max(len(r[0]) for r in rows)
    print(f"{'run':<{width}}  {'wall s':>8}  {'CPU s':>8}  {'peak RSS MiB':>12}")
    for label, wall, cpu, rss, _ in rows:
        print(f"{label:<{width}}  {wall:8.2f}  {cpu:8.2f}  {rss:12.0f}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
