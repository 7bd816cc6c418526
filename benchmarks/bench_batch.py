"""Batch benchmark: a generated corpus of profiles built with -j1 and -j2, memory, no-op rebuild.

Run: python benchmarks/bench_batch.py [--sizes 50 500] [--jobs 1 2] [--keep DIR] [--articles DIR] [-- BUILD-OPTIONS]
Each build is `briefkit build CORPUS -o OUT -q -j N` in a subprocess, all lengths, PDF and DOCX
(six outputs per profile). Memory is the peak resident set (VmHWM) of each process of the
build, sampled from /proc while it runs, reported apart for the coordinator (the `briefkit`
process; for -j1 it builds too) and for the workers (the largest of them), so a worker that grows
with the number of profiles it builds shows as a rising figure from the small to the large
corpus. The no-op rebuild runs the same command again on the unchanged corpus; its wall time
includes starting Python. Not a test: timings depend on the machine; compare runs on one machine.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
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


class Peaks:
    """Peak RSS (MiB) and CPU seconds of a process and of every descendant seen while it runs
    (Linux /proc). Sampled, not waited for: workers started by a fork server are not the
    build's children, so getrusage of waited-for children would miss them."""

    def __init__(self, pid: int, every: float = 0.1):
        self.pid, self.every = pid, every
        self.peak: dict[int, float] = {}
        self.cpu: dict[int, float] = {}
        self.helpers: set[int] = set()  # the fork server and the resource tracker: no workers
        self.children: set[int] = set()
        self._tick = os.sysconf("SC_CLK_TCK")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _tree(self) -> list[int]:
        out, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            out.append(pid)
            try:
                kids = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
            except OSError:
                continue
            if pid == self.pid:
                self.children = set(kids)
            todo += kids
        return out

    def _poll(self) -> None:
        while not self._stop.is_set():
            for pid in self._tree():
                try:
                    if pid not in self.peak and pid in self.children:
                        cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
                        if b"multiprocessing.forkserver" in cmd or b"resource_tracker" in cmd:
                            self.helpers.add(pid)
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                for line in status.splitlines():
                    if line.startswith("VmHWM:"):
                        self.peak[pid] = max(self.peak.get(pid, 0.0), int(line.split()[1]) / 1024)
                try:
                    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                    self.cpu[pid] = (int(fields[11]) + int(fields[12])) / self._tick  # utime, stime
                except (OSError, IndexError, ValueError):
                    pass
            self._stop.wait(self.every)


def run(corpus: Path, out: Path, jobs: int, extra: list[str]) -> dict:
    """Wall and CPU seconds of one build, peak RSS of its coordinator and of its largest worker."""
    cmd = [sys.executable, "-m", "briefkit", "build", str(corpus), "-o", str(out), "-j", str(jobs), *extra]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peaks = Peaks(proc.pid)
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - t
    peaks.stop()
    if proc.returncode != 0:
        sys.exit(f"build failed:\n{stderr[-3000:]}")
    workers = [v for pid, v in peaks.peak.items() if pid != proc.pid and pid not in peaks.helpers]
    with open(out / "build-report.json", encoding="utf-8") as fh:  # the summary is on its first line
        summary = json.loads(fh.readline().split(', "outputs"')[0] + "}")["summary"]
    # every process as last sampled: up to `every` seconds short each
    return {"wall": wall, "cpu": sum(peaks.cpu.values()), "coordinator_mib": peaks.peak.get(proc.pid, 0.0),
            "worker_mib": max(workers, default=None), "workers": len(workers),
            "built": summary["built"], "skipped": summary["skipped"], "failed": summary["failed"],
            "inner": summary["duration"]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 500], help="corpus sizes (profiles)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--noop-runs", type=int, default=3, help="no-op rebuilds per cold build (best is shown)")
    ap.add_argument("--keep", type=Path, help="work folder to keep (default: a temporary one, removed)")
    ap.add_argument("--articles", type=Path, help="build the first N seeds of this folder (sorted by name) "
                    "instead of generated ones: real articles are longer, and their extraction costs more")
    ap.add_argument("--json", type=Path, help="also write the rows to this JSON file")
    ap.add_argument("build_options", nargs="*", help="after --: passed to briefkit build, e.g. -- -l snapshot")
    args = ap.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1717200000")
    work = args.keep or Path(tempfile.mkdtemp(prefix="bk-batch-"))
    rows = []
    for n in args.sizes:
        corpus = work / f"corpus-{n}"
        if not corpus.is_dir():
            if args.articles:
                seeds = sorted(p for p in args.articles.iterdir() if p.suffix in (".txt", ".yaml", ".yml", ".json")
                               and not p.name.endswith(".expected.yaml"))[:n]
                if len(seeds) < n:
                    sys.exit(f"{args.articles} has {len(seeds)} seeds, fewer than {n}")
                corpus.mkdir(parents=True)
                for seed in seeds:
                    shutil.copyfile(seed, corpus / seed.name)
            else:
                generate(corpus, n)
        for jobs in args.jobs:
            out = work / f"out-{n}-j{jobs}"
            shutil.rmtree(out, ignore_errors=True)
            for kind in ["cold"] + ["no-op"] * args.noop_runs:
                r = run(corpus, out, jobs, ["-q", *args.build_options])
                r.update(profiles=n, jobs=jobs, kind=kind)
                if kind == "no-op" and rows[-1]["kind"] == "no-op":
                    if r["wall"] >= rows[-1]["wall"]:
                        continue
                    rows.pop()
                rows.append(r)
                print(json.dumps(r), flush=True)
    print()
    print("| profiles | jobs | run | wall s | in-run s | CPU s | coordinator peak MiB | worker peak MiB | built | skipped |")
    print("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        worker = f"{r['worker_mib']:.0f} ({r['workers']} procs)" if r["worker_mib"] else "-"
        print(f"| {r['profiles']} | {r['jobs']} | {r['kind']} | {r['wall']:.2f} | {r['inner']:.2f} | {r['cpu']:.1f} | "
              f"{r['coordinator_mib']:.0f} | {worker} | {r['built']} | {r['skipped']} |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
