"""briefkit against Pandoc, measured side by side in one run.

Run:  pip install -e '.[bench]' && python benchmarks/run.py [--json out.json]

Prints a table and writes JSON with: `briefkit --help`; cold and warm builds of the seed (six
documents); per-stage times in one process; batch throughput with -j1 and -j2 on a generated
corpus with the peak RSS of any build process; time against seed size 1x, 4x, 16x; and the same
markup (the full length's brief markup, charts as the same PNGs) through Pandoc to DOCX and
through Pandoc + Typst to PDF, with briefkit's time as a ratio of theirs.

Why whole processes: a user pays interpreter start and imports on every command, so the
Pandoc comparison and the build rows time `briefkit ...` as a subprocess; the stage rows run in
a fresh child process so one stage's imports are not charged to the next. Timings are medians of
`--repeat` runs; the machine is shared, so compare ratios from the same run, not across runs.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_batch import run as tree_run  # noqa: E402  (the batch rows sample the process tree)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "freedom_of_russia_legion.txt"
CORPUS_BASES = [SEED, ROOT / "tests" / "fixtures" / "articles" / "long.txt"]
EPOCH = "1717200000"

# A child process that runs argv[1:] and reports its wall time, CPU time and the peak RSS of
# the largest process it waited for (RUSAGE_CHILDREN keeps the maximum over reaped
# descendants). Batch workers forked by a fork server are not among them: the batch rows
# sample the process tree instead (`bench_batch.run`).
_WRAP = (
    "import json,resource,subprocess,sys,time\n"
    "t=time.perf_counter()\n"
    "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE)\n"
    "w=time.perf_counter()-t\n"
    "u=resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(json.dumps({'rc':r.returncode,'err':r.stderr.decode()[-400:],'wall':w,"
    "'cpu':u.ru_utime+u.ru_stime,'rss_mb':u.ru_maxrss/1024}))\n"
)


def briefkit_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "briefkit"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "briefkit.cli"]


def run(argv: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """One whole-process run of argv: wall s, CPU s, peak RSS in MiB (`rss_mb`); fails loudly."""
    out = subprocess.run([sys.executable, "-c", _WRAP, *argv], capture_output=True, text=True,
                         env=env or _env(), check=True)
    res = json.loads(out.stdout)
    if res["rc"] != 0:
        raise SystemExit(f"benchmark command failed ({res['rc']}): {' '.join(argv)}\n{res['err']}")
    return res


def _env() -> dict[str, str]:
    """The environment of every timed command: a fixed build date, and bytecode caches on
    (an installed package has them; PYTHONDONTWRITEBYTECODE would charge every process the
    compiling of briefkit's own modules, a third of a second that no user pays)."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compile_briefkit() -> None:
    """Write the bytecode cache of the briefkit being measured, as installing it does."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("briefkit")
    if spec and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            compileall.compile_dir(folder, quiet=1)


def median_run(make_argv: Callable[[], list[str]], repeat: int, before: Callable[[], None] | None = None) -> dict:
    runs = []
    for _ in range(repeat):
        if before:
            before()
        runs.append(run(make_argv()))
    return {k: statistics.median(r[k] for r in runs) for k in ("wall", "cpu", "rss_mb")}


# ------------------------------------------------------------------ inputs
def make_corpus(folder: Path, n: int) -> list[Path]:
    """n distinct article seeds: the bases take turns, each with its own title and one body
    paragraph left out, so profiles (and their charts) differ and no cache is shared."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        text = CORPUS_BASES[i % len(CORPUS_BASES)].read_text("utf-8")
        lines = text.splitlines()
        title = re.match(r"=\s*(.*?)\s*=\s*$", lines[0])
        lines[0] = f"= {title.group(1) if title else 'Unit'} {i + 1} ="
        paras = [k for k, line in enumerate(lines) if len(line) > 200]
        if paras:
            del lines[paras[(i * 7) % len(paras)]]
        path = folder / f"unit_{i + 1:02d}.txt"
        path.write_text("\n".join(lines) + "\n", "utf-8")
        out.append(path)
    return out


def scaled_seed(folder: Path, factor: int) -> Path:
    """The seed with its body (everything after the first section heading) repeated `factor`
    times, each copy under its own headings. Text and pages grow about linearly (the full
    length is 8 pages at 1x, 20 at 4x); repeated sentences tell the same events, so the
    charts do not grow: the row measures how reading, layout and writing scale with text."""
    text = SEED.read_text("utf-8")
    head, sep, body = text.partition("\n== ")
    copies = [sep + body] + [
        re.sub(r"^(=+)\s*(.*?)\s*(=+)\s*$", lambda m: f"{m.group(1)} {m.group(2)} ({k + 2}) {m.group(3)}",
               sep + body, flags=re.M)
        for k in range(factor - 1)
    ]
    path = folder / f"seed_x{factor}.txt"
    path.write_text(head + "".join(copies), "utf-8")
    return path


_FIGURE = re.compile(r"^::: figure (\w+)([^\n]*)\n(.*?)\n:::\s*$", re.M | re.S)
_TOC = re.compile(r"^::: toc[^\n]*\n:::\s*$", re.M)
_DIV = re.compile(r"^::: (\w+)( [^\n]+)?$", re.M)


def pandoc_markdown(folder: Path) -> tuple[Path, bool]:
    """The full length's brief markup as Pandoc Markdown: figures become the very PNGs
    briefkit embeds, the contents directive becomes --toc, other directives fenced divs."""
    from briefkit.charts_service import ChartService
    from briefkit.compose import ComposeRequest, compose, load_lengths, source_date
    from briefkit.readers import read

    profile = read(SEED)
    length = load_lengths()["full"]
    markup = compose(ComposeRequest(profile, length, length.max_detail, source_date(profile, SEED), None))
    charts = ChartService(profile, None)

    def figure(m: re.Match) -> str:
        # as briefkit's parser reads the directive: shell words, and `place` is where the
        # figure stands (`Figure.floats`), not a chart option
        opts = dict(kv.split("=", 1) for kv in shlex.split(m.group(2)))
        opts.pop("place", None)
        chart = charts.get(m.group(1), opts)
        if chart is None:
            return ""
        name = f"{m.group(1)}-{len(list(folder.glob('*.png')))}.png"
        (folder / name).write_bytes(chart.png)
        return f"![{m.group(3).strip()}]({name}){{width={chart.width_in}in}}\n"

    toc = bool(_TOC.search(markup))
    md = _TOC.sub("", markup)
    md = _FIGURE.sub(figure, md)
    md = _DIV.sub(lambda m: "::: {." + m.group(1) + "}" + (f"\n**{m.group(2).strip()}**\n" if m.group(2) else ""), md)
    path = folder / "full.md"
    path.write_text(md, "utf-8")
    return path, toc


# ------------------------------------------------------------------ in-process stages
def stages() -> dict[str, float]:
    """Per-stage seconds in one fresh process (called in a child, prints JSON)."""
    t0 = time.perf_counter()
    from briefkit.build import build_seed  # noqa: F401  (the import cost a build pays)

    out: dict[str, float] = {"import briefkit.build": time.perf_counter() - t0}
    from briefkit.charts_service import ChartService
    from briefkit.compose import load_lengths, source_date
    from briefkit.fit import build_document, fit
    from briefkit.readers import read
    from briefkit.writers import WriteOptions, get_writer

    def timed(label: str, fn: Callable[[], Any]) -> Any:
        t = time.perf_counter()
        value = fn()
        out[label] = time.perf_counter() - t
        return value

    profile = timed("read seed (first, with model import)", lambda: read(SEED))
    timed("read seed (again)", lambda: read(SEED))
    as_of = source_date(profile, SEED)
    lengths = load_lengths()
    opts = WriteOptions()
    charts = ChartService(profile, None)
    fitted = {}
    for name, length in lengths.items():
        timed(f"{name}: compose + parse (first one draws charts)", lambda: build_document(profile, length, length.max_detail, as_of, charts, None))
        fitted[name] = timed(f"{name}: fit + PDF (first, draws charts)", lambda: fit(profile, length, as_of, charts, opts))
        timed(f"{name}: DOCX write (first)", lambda: get_writer("docx").write(fitted[name].document, opts))
    full = lengths["full"]
    warm_pdf, warm_docx = [], []
    for _ in range(3):
        t = time.perf_counter()
        f = fit(profile, full, as_of, charts, opts)
        warm_pdf.append(time.perf_counter() - t)
        t = time.perf_counter()
        get_writer("docx").write(f.document, opts)
        warm_docx.append(time.perf_counter() - t)
    out["warm full PDF (compose + fit + write)"] = statistics.median(warm_pdf)
    out["warm full DOCX (write)"] = statistics.median(warm_docx)
    for name in ("snapshot", "brief"):
        t = time.perf_counter()
        fit(profile, lengths[name], as_of, charts, opts, need_pdf=False)
        out[f"warm {name}: fit drafts only"] = time.perf_counter() - t
    return out


# ------------------------------------------------------------------ main
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs per timing (median)")
    ap.add_argument("--profiles", type=int, default=50, help="corpus size for the batch rows")
    ap.add_argument("--json", type=Path, default=Path("benchmark-results.json"), help="where to write the results")
    ap.add_argument("--skip", action="append", default=[], choices=["batch", "pandoc", "scale"],
                    help="leave out a slow group (repeatable)")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"),
                    help="print two result files side by side and exit")
    ap.add_argument("--stages-child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.compare:
        before, after = (json.loads(p.read_text("utf-8")) for p in args.compare)
        print(compare_tables(before, after))
        return
    if args.stages_child:
        os.environ["SOURCE_DATE_EPOCH"] = EPOCH
        print(json.dumps(stages()))
        return

    bk = briefkit_cmd()
    compile_briefkit()
    work = Path(tempfile.mkdtemp(prefix="bk-bench-"))
    res: dict[str, Any] = {"python": sys.version.split()[0], "repeat": args.repeat, "profiles": args.profiles}
    try:
        res["help"] = median_run(lambda: [*bk, "--help"], args.repeat)
        out = work / "out"
        res["cold_build"] = median_run(lambda: [*bk, "build", str(SEED), "-o", str(out)], args.repeat,
                                       before=lambda: shutil.rmtree(out, ignore_errors=True))
        # --force: the outputs are up to date, and a skipped build would time only the check.
        res["warm_build"] = median_run(lambda: [*bk, "build", str(SEED), "-o", str(out), "--force"], args.repeat)
        child = subprocess.run([sys.executable, __file__, "--stages-child"], capture_output=True, text=True,
                               env=_env(), check=True)
        res["stages"] = json.loads(child.stdout)

        if "pandoc" not in args.skip:
            res["pandoc"] = compare_pandoc(work, bk, args.repeat)
        if "scale" not in args.skip:
            res["scale"] = {}
            for k in (1, 4, 16):
                seed = scaled_seed(work, k)
                o = work / f"scale{k}"
                res["scale"][f"{k}x"] = {"bytes": seed.stat().st_size, **median_run(
                    lambda: [*bk, "build", str(seed), "-o", str(o), "--no-cache"], 1)}
        if "batch" not in args.skip:
            corpus = make_corpus(work / "corpus", args.profiles)
            docs = len(corpus) * 6
            res["batch"] = {}
            for jobs in (1, 2):
                o = work / f"batch{jobs}"
                shutil.rmtree(o, ignore_errors=True)
                # Workers started by the fork server are not the build's children: getrusage of
                # waited-for children misses their CPU and memory, so the process tree is sampled.
                t = tree_run(work / "corpus", o, jobs, ["--no-cache"])
                r = {"wall": t["wall"], "cpu": t["cpu"], "rss_mb": t["worker_mib"] or t["coordinator_mib"]}
                r.update(docs=docs, docs_per_s=docs / r["wall"], cpu_s_per_doc=r["cpu"] / docs)
                res["batch"][f"j{jobs}"] = r
    finally:
        shutil.rmtree(work, ignore_errors=True)
    args.json.write_text(json.dumps(res, indent=2) + "\n", "utf-8")
    print(table(res))
    print(f"\nJSON: {args.json}")


def compare_pandoc(work: Path, bk: list[str], repeat: int) -> dict[str, Any]:
    """Same document, same machine, same run: briefkit's full length vs Pandoc (DOCX) and
    Pandoc + Typst (PDF). briefkit runs with its chart cache warm, as Pandoc is handed the PNGs."""
    import pypandoc

    pandoc = pypandoc.get_pandoc_path()
    folder = work / "pandoc"
    folder.mkdir()
    md, toc = pandoc_markdown(folder)
    extra = ["--toc", "--toc-depth=1"] if toc else []
    common = [pandoc, str(md), "-f", "markdown", "--resource-path", str(folder), "-s", *extra]
    typ = folder / "full.typ"
    typst_compile = [sys.executable, "-c", "import sys,typst; typst.compile(sys.argv[1], output=sys.argv[2])",
                     str(typ), str(folder / "full.pdf")]
    out = work / "pandoc-bk"
    run([*bk, "build", str(SEED), "-o", str(out)])  # fills the chart cache
    r: dict[str, Any] = {"pandoc": subprocess.run([pandoc, "--version"], capture_output=True, text=True).stdout.split("\n")[0]}
    r["pandoc_docx"] = median_run(lambda: [*common, "-o", str(folder / "full.docx")], repeat)
    r["briefkit_docx"] = median_run(lambda: [*bk, "build", str(SEED), "-o", str(out), "-l", "full", "-f", "docx", "--force"], repeat)
    r["pandoc_typst"] = median_run(lambda: [*common, "-t", "typst", "-o", str(typ)], repeat)
    r["typst_compile"] = median_run(lambda: typst_compile, repeat)
    r["pandoc_typst_pdf"] = {"wall": r["pandoc_typst"]["wall"] + r["typst_compile"]["wall"],
                             "cpu": r["pandoc_typst"]["cpu"] + r["typst_compile"]["cpu"]}
    r["briefkit_pdf"] = median_run(lambda: [*bk, "build", str(SEED), "-o", str(out), "-l", "full", "-f", "pdf", "--force"], repeat)
    r["ratio_docx"] = r["briefkit_docx"]["wall"] / r["pandoc_docx"]["wall"]
    r["ratio_pdf"] = r["briefkit_pdf"]["wall"] / r["pandoc_typst_pdf"]["wall"]

    # The rows above rebuild an unchanged seed, so the finished PDF and DOCX come from the build's
    # cache. Pandoc writes its document afresh each time: these rows clear briefkit's cache of
    # finished files first, so briefkit lays out and writes the document too (the profile, the
    # composed Document, the charts and the drafts still come from the cache, as Pandoc is
    # handed finished markup and PNGs).
    def fresh() -> None:
        for kind in ("pdfs", "docxs"):
            shutil.rmtree(out / ".cache" / kind, ignore_errors=True)

    r["briefkit_docx_fresh"] = median_run(
        lambda: [*bk, "build", str(SEED), "-o", str(out), "-l", "full", "-f", "docx", "--force"], repeat, fresh)
    r["briefkit_pdf_fresh"] = median_run(
        lambda: [*bk, "build", str(SEED), "-o", str(out), "-l", "full", "-f", "pdf", "--force"], repeat, fresh)
    r["ratio_docx_fresh"] = r["briefkit_docx_fresh"]["wall"] / r["pandoc_docx"]["wall"]
    r["ratio_pdf_fresh"] = r["briefkit_pdf_fresh"]["wall"] / r["pandoc_typst_pdf"]["wall"]
    return r


def table(res: dict[str, Any]) -> str:
    return _format(rows(res), ("what", "measured", "target"))


def compare_tables(before: dict[str, Any], after: dict[str, Any]) -> str:
    """Two result files side by side, row by row (rows missing from one are left out)."""
    b = {r[0]: r for r in rows(before)}
    out = [(label, b[label][1], measured, target) for label, measured, target in rows(after) if label in b]
    return _format(out, ("what", "before", "after", "target"))


def _format(table_rows: list[tuple[str, ...]], head: tuple[str, ...]) -> str:
    w = [max(len(r[i]) for r in [head, *table_rows]) for i in range(len(head))]
    line = lambda r: " | ".join(f"{c:<{w[i]}}" for i, c in enumerate(r)).rstrip()  # noqa: E731
    top = line(head)
    return "\n".join([top, "-" * len(top)] + [line(r) for r in table_rows])


def rows(res: dict[str, Any]) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    ms = lambda s: f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s"  # noqa: E731
    # `rss_mb` holds MiB (the kernel's KiB / 1024; the key's name is older than this note):
    # shown as MiB with the decimal megabytes beside it, which is what a target "in MB" means.
    mib = lambda m: f"{m:.0f} MiB ({m * 1.048576:.0f} MB)"  # noqa: E731
    rows.append(("briefkit --help", ms(res["help"]["wall"]), "<= 0.15 s"))
    for key, label in (("cold_build", "cold build of the seed, 6 documents + charts"),
                       ("warm_build", "warm build of the seed (chart cache)")):
        r = res[key]
        rows.append((label, f"{ms(r['wall'])} wall, {ms(r['cpu'])} CPU, {mib(r['rss_mb'])}", "<= 1.2 s" if key == "cold_build" else ""))
    for label, secs in res["stages"].items():
        target = {"warm full PDF (compose + fit + write)": "<= 60 ms", "warm full DOCX (write)": "<= 40 ms"}.get(label, "")
        rows.append((f"  stage: {label}", ms(secs), target))
    if "pandoc" in res:
        p = res["pandoc"]
        rows.append((f"full DOCX, whole process: briefkit / {p['pandoc']}",
                     f"{ms(p['briefkit_docx']['wall'])} / {ms(p['pandoc_docx']['wall'])} = {p['ratio_docx']:.2f}x", "<= 0.7x"))
        rows.append(("full PDF, whole process: briefkit / Pandoc+Typst",
                     f"{ms(p['briefkit_pdf']['wall'])} / {ms(p['pandoc_typst_pdf']['wall'])} "
                     f"({ms(p['pandoc_typst']['wall'])} + {ms(p['typst_compile']['wall'])}) = {p['ratio_pdf']:.2f}x", "<= 0.7x"))
        if "briefkit_docx_fresh" in p:
            rows.append(("  the same, finished files written afresh (DOCX)",
                         f"{ms(p['briefkit_docx_fresh']['wall'])} / {ms(p['pandoc_docx']['wall'])} = "
                         f"{p['ratio_docx_fresh']:.2f}x", ""))
            rows.append(("  the same, finished files written afresh (PDF)",
                         f"{ms(p['briefkit_pdf_fresh']['wall'])} / {ms(p['pandoc_typst_pdf']['wall'])} = "
                         f"{p['ratio_pdf_fresh']:.2f}x", ""))
    if "scale" in res:
        base = res["scale"]["1x"]["wall"]
        for k, r in res["scale"].items():
            rows.append((f"seed size {k} ({r['bytes'] // 1024} KiB), cold build", f"{ms(r['wall'])} ({r['wall'] / base:.1f}x), {mib(r['rss_mb'])}", ""))
    if "batch" in res:
        b = res["batch"]
        for j, r in b.items():
            rows.append((f"batch {r['docs']} documents, -{j}",
                         f"{r['docs_per_s']:.1f} docs/s, {r['cpu_s_per_doc']:.2f} CPU-s/doc, peak RSS {mib(r['rss_mb'])}",
                         ">= 30 docs/s (-j2), < 150 MB (143 MiB)" if j == "j2" else ""))
        rows.append(("batch speed-up -j2 / -j1", f"{b['j1']['wall'] / b['j2']['wall']:.2f}x", ">= 1.7x"))
    return rows


if __name__ == "__main__":
    main()
