"""Fuzz the whole pipeline with mutated seeds: only located BriefkitErrors may come out.

    python benchmarks/fuzz.py --cases 10000 --jobs 2 --time-limit 60

Each case is a seed made from a real one (the repository's seed and test fixtures, as
articles and as dumped YAML/JSON) by one or more mutations: byte flips, truncation, random
Unicode (right-to-left text, combining marks, emoji, control characters, lone surrogates in
JSON), huge lines, deep nesting, thousands of headings or events, URL and markup injection.
Every case goes through read -> compose -> fit -> PDF and DOCX at a random length, in worker
processes with a per-case time limit (a case that overruns is killed and counted as a hang).

A case passes when it builds (and the PDF opens with pypdf and the DOCX with python-docx,
and neither holds a page of the injected markup) or is refused with a BriefkitError that
names a file. Anything else is a bug: the case is saved to --failures with its traceback.
Charts are drawn for one case in --chart-every (matplotlib dominates the time otherwise);
the other cases build without figures.

Cases are numbered and generated from (--seed, number), so any case can be re-run alone:
`python benchmarks/fuzz.py --only 1234`.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import re
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

RTL = "\u202e\u202b\u200f\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627"
COMBINING = "".join(chr(c) for c in range(0x300, 0x370))
EMOJI = "\U0001F600\U0001F4A9\U0001F1FA\U0001F1E6\u200d\U0001F468\u200d\U0001F469\u200d\U0001F467\ufe0f"
CONTROL = "".join(chr(c) for c in list(range(0, 32)) + list(range(0x7f, 0xa0))) + "\u2028\u2029\ufeff\ufffe"
MARKUP = ["::: pagebreak\n:::", "# Heading", "**bold**", "[x](https://evil.example)", "<b>x</b>", "{{ 7*7 }}",
          "{% for x in range(10) %}", "&amp;", "<para>", "\\", "`code`", "| a | b |", "---", "::: toc T depth=abc"]


def corpus() -> list[tuple[str, bytes]]:
    """(suffix, bytes) base seeds: articles, and each small article dumped as JSON and YAML."""
    # Small seeds, so ten thousand cases run in under an hour on two cores; the mutations
    # (many headings and events, huge lines) supply the size.
    files = []
    for folder in (ROOT / "tests" / "fixtures" / "seeds", ROOT / "tests" / "fixtures" / "articles"):
        files += sorted(p for p in folder.glob("*.txt") if p.stat().st_size < 8_000)
    out = [(".txt", p.read_bytes()) for p in files]
    from briefkit.errors import BriefkitError
    from briefkit.readers import dump_profile, read

    for p in files[:8]:
        try:
            profile = read(p)
        except BriefkitError:
            continue
        out.append((".json", dump_profile(profile, "json").encode("utf-8")))
        out.append((".yaml", dump_profile(profile, "yaml").encode("utf-8")))
    return out


# ------------------------------------------------------------------ mutations
def _insert(rng: random.Random, data: bytes, piece: str) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + piece.encode("utf-8", "surrogatepass") + data[at:]


def m_flip(rng, data, suffix):
    b = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        if b:
            b[rng.randrange(len(b))] = rng.randrange(256)
    return bytes(b)


def m_truncate(rng, data, suffix):
    return data[: rng.randrange(len(data) + 1)]


def m_unicode(rng, data, suffix):
    pool = rng.choice([RTL, COMBINING, EMOJI, CONTROL, "\u0000\u0001", "ÄÖÜßéèñ€", "中文字符", "ᲥᲐᲠᲗᲣᲚᲘ ქართული"])
    piece = "".join(rng.choice(pool) for _ in range(rng.randint(1, 200)))
    if suffix == ".json" and rng.random() < 0.3:
        piece = rng.choice(["\\ud800", "\\udfff", "\\u0000", "\\u001b", "\\u2028"])  # escapes inside strings
        text = data.decode("utf-8", "replace")
        quote = [i for i, c in enumerate(text) if c == '"']
        if quote:
            at = rng.choice(quote) + 1
            return (text[:at] + piece + text[at:]).encode("utf-8")
    return _insert(rng, data, piece)


def m_huge_line(rng, data, suffix):
    n = rng.choice([5_000, 19_000, 30_000, 200_000])
    word = rng.choice(["x", "word ", "On 1 May 2001, it grew. ", EMOJI, COMBINING[:5]])
    return _insert(rng, data, (word * (n // len(word) + 1))[:n])


def m_deep(rng, data, suffix):
    depth = rng.choice([10, 45, 100, 500])
    if suffix == ".json":
        text = data.decode("utf-8", "replace").rstrip().rstrip("}")
        return (text + ', "see_also": ' + "[" * depth + "]" * depth + "}").encode("utf-8")
    if suffix == ".yaml":
        return data + ("see_also:\n" + "".join("  " * d + "- \n" for d in range(min(depth, 60)))).encode("utf-8")
    lines = "\n".join("  " * d + f"- level {d}" for d in range(depth))
    return data + b"\n== Deep ==\n" + lines.encode("utf-8") + b"\n"


def m_many(rng, data, suffix):
    n = rng.choice([50, 500, 2_500])
    if suffix == ".json":
        try:
            obj = json.loads(data)
            if isinstance(obj, dict):
                obj["events"] = [{"date": {"year": 1000 + i % 1000, "month": i % 12 + 1}, "text": f"Event {i} happened."}
                                 for i in range(n)]
                return json.dumps(obj).encode("utf-8")
        except ValueError:
            pass
    if rng.random() < 0.5:
        body = "".join(f"== Heading {i} ==\nText {i}.\n\n" for i in range(n))
    else:
        body = "== Events ==\n" + " ".join(f"On {i % 28 + 1} March {1900 + i % 120}, event {i} took place." for i in range(n))
    return data + b"\n" + body.encode("utf-8") + b"\n"


def m_markup(rng, data, suffix):
    piece = rng.choice(MARKUP)
    if suffix == ".json":
        text = data.decode("utf-8", "replace")
        quote = [i for i, c in enumerate(text) if c == '"']
        if quote:
            at = rng.choice(quote) + 1
            return (text[:at] + json.dumps(piece)[1:-1] + text[at:]).encode("utf-8")
    return _insert(rng, data, piece)


def m_url(rng, data, suffix):
    url = rng.choice(["https://x.example/\n\n# Injected\n\n::: pagebreak\n:::", "javascript:alert(1)",
                      "https://x.example/a b", "mailto:a@b", "http://\u202eexample", "https://ok.example/"])
    if suffix == ".json":
        try:
            obj = json.loads(data)
            if isinstance(obj, dict):
                obj["source"] = {"url": url, "licence_url": url}
                return json.dumps(obj).encode("utf-8")
        except ValueError:
            pass
    if suffix == ".txt":
        return data + f"\n\nSource\n- URL: {url}\n".encode("utf-8")
    return data


def m_types(rng, data, suffix):
    """Structured data with values of the wrong type in random places."""
    if suffix not in (".json", ".yaml"):
        return m_flip(rng, data, suffix)
    try:
        obj = json.loads(data) if suffix == ".json" else None
    except ValueError:
        obj = None
    if not isinstance(obj, dict):
        return m_flip(rng, data, suffix)
    key = rng.choice(list(obj) + ["names", "events", "org", "lead", "as_of"])
    obj[key] = rng.choice([None, 5, -1, 1e308, True, "", "x", [], {}, [None], {"a": 1}, "2024-13-45"])
    return json.dumps(obj).encode("utf-8")


MUTATIONS = [m_flip, m_truncate, m_unicode, m_huge_line, m_deep, m_many, m_markup, m_url, m_types]


def make_case(seed: int, number: int, base: list[tuple[str, bytes]]) -> tuple[str, bytes, list[str], str]:
    """Case `number`: (suffix, bytes, mutation names, length)."""
    rng = random.Random(f"{seed}:{number}")
    suffix, data = rng.choice(base)
    names = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        m = rng.choice(MUTATIONS)
        names.append(m.__name__[2:])
        data = m(rng, data, suffix)
    length = rng.choice(["snapshot", "snapshot", "brief", "full"])
    return suffix, data, names, length


# ------------------------------------------------------------------ one case
class NoCharts:
    """A chart service that draws nothing (figures are dropped), for most cases."""

    renders = 0

    def __init__(self, *a, **k):
        pass

    def get(self, name, options=None):
        return None


def run_case(path: Path, out_dir: Path, length: str, charts: bool) -> tuple[str, str]:
    """(kind, detail): kind is 'built', 'refused:<Error>' or 'bug:<what>'."""
    import briefkit.build as build_mod
    from briefkit.build import BuildOptions, build_seed
    from briefkit.errors import BriefkitError, InternalError

    from briefkit.charts_service import ChartService

    build_mod.ChartService = ChartService if charts else NoCharts
    try:
        report = build_seed(path, BuildOptions(out_dir=out_dir, lengths=(length,), cache=False))
    except InternalError as exc:
        return "bug:internal", exc.traceback_text
    except BriefkitError as exc:
        if not exc.file:
            return "bug:unlocated", f"{type(exc).__name__}: {exc}"
        lines = exc.report_lines()
        if any("\n" in line for line in lines):
            return "bug:multiline", str(exc)
        return f"refused:{type(exc).__name__}", lines[0]
    except Exception:  # noqa: BLE001
        return "bug:exception", traceback.format_exc()
    return check_outputs(report.outputs)


def check_outputs(outputs) -> tuple[str, str]:
    """Every output opens, and no link in it points where only injected seed markup points."""
    import docx
    from pypdf import PdfReader

    for out in outputs:
        try:
            if out.format == "pdf":
                reader = PdfReader(str(out.path))
                if not reader.pages:
                    return "bug:empty-pdf", str(out.path)
                reader.pages[0].extract_text()
                targets = [str(a.get_object().get("/A", {}).get("/URI", ""))
                           for page in reader.pages for a in (page.get("/Annots") or [])]
            else:
                d = docx.Document(str(out.path))
                _ = [p.text for p in d.paragraphs]
                targets = [r.target_ref for r in d.part.rels.values() if r.is_external]
        except Exception:  # noqa: BLE001
            return "bug:unreadable-output", traceback.format_exc()
        from urllib.parse import urlparse

        if any(urlparse(t).scheme not in ("http", "https", "mailto") or urlparse(t).netloc.endswith("evil.example")
               for t in targets if t):  # internal links (contents, bookmarks) have no URI
            return "bug:injection", f"{out.path}: a live link from seed markup"
    return "built", ""


def _worker(seed: int, conn, time_limit: float, chart_every: int) -> None:
    import signal

    base = corpus()

    def alarm(signum, frame):
        raise TimeoutError(f"case took longer than {time_limit} s")

    signal.signal(signal.SIGALRM, alarm)
    while True:
        number = conn.recv()
        if number is None:
            return
        suffix, data, names, length = make_case(seed, number, base)
        with tempfile.TemporaryDirectory(prefix="bk-fuzz-") as tmp:
            path = Path(tmp) / f"case{number}{suffix}"
            path.write_bytes(data)
            signal.alarm(int(time_limit))
            try:
                kind, detail = run_case(path, Path(tmp) / "out", length, chart_every and number % chart_every == 0)
            except TimeoutError as exc:
                kind, detail = "bug:timeout", str(exc)
            finally:
                signal.alarm(0)
        conn.send((number, kind, detail, names, length))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--time-limit", type=float, default=60.0, help="seconds per case")
    ap.add_argument("--chart-every", type=int, default=50, help="draw charts for one case in N (0 = never)")
    ap.add_argument("--only", type=int, help="run this one case number")
    ap.add_argument("--failures", type=Path, default=Path(tempfile.gettempdir()) / "briefkit-fuzz-failures")
    ap.add_argument("--summary", type=Path, help="write the counts as JSON here")
    args = ap.parse_args(argv)
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1735689600")

    numbers = [args.only] if args.only is not None else list(range(args.cases))
    counts: Counter[str] = Counter()
    by_mutation: Counter[str] = Counter()
    reasons: Counter[str] = Counter()  # why cases were refused, message without file and numbers
    slowest: list[tuple[float, int]] = []
    ctx = mp.get_context("fork")
    workers: list = []

    def spawn():
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_worker, args=(args.seed, child, args.time_limit, args.chart_every), daemon=True)
        proc.start()
        return {"proc": proc, "conn": parent, "case": None, "start": 0.0}

    workers = [spawn() for _ in range(max(1, min(args.jobs, len(numbers))))]
    pending = list(reversed(numbers))
    done = 0
    started = time.monotonic()
    base = corpus()

    def record(number, kind, detail, names, length, seconds):
        nonlocal done
        done += 1
        counts[kind] += 1
        if kind.startswith("refused"):
            message = detail.split(": ", 1)[-1] if ": " in detail else detail
            reasons[re.sub(r"0x[0-9a-fA-F]+|\d+|'[^']*'|\"[^\"]*\"", "#", message)[:60]] += 1
        if kind.startswith("bug"):
            by_mutation["+".join(names)] += 1
            args.failures.mkdir(parents=True, exist_ok=True)
            suffix, data, _, _ = make_case(args.seed, number, base)
            (args.failures / f"case{number}{suffix}").write_bytes(data)
            (args.failures / f"case{number}.log").write_text(f"{kind} {names} {length}\n{detail}\n", encoding="utf-8")
            print(f"case {number}: {kind} ({'+'.join(names)}, {length}): {detail.strip().splitlines()[-1][:200]}",
                  flush=True)
        slowest.append((seconds, number))
        slowest.sort(reverse=True)
        del slowest[5:]
        if done % 250 == 0:
            rate = done / (time.monotonic() - started)
            print(f"{done}/{len(numbers)} cases, {rate:.1f}/s: {dict(counts)}", flush=True)
            if args.summary:
                args.summary.write_text(json.dumps({"done": done, "counts": counts}, indent=1), encoding="utf-8")

    while pending or any(w["case"] is not None for w in workers):
        for w in workers:
            if w["case"] is None and pending:
                w["case"], w["start"] = pending.pop(), time.monotonic()
                w["conn"].send(w["case"])
        ready = mp.connection.wait([w["conn"] for w in workers if w["case"] is not None], timeout=1.0)
        for w in workers:
            if w["conn"] in ready:
                try:
                    number, kind, detail, names, length = w["conn"].recv()
                except EOFError:  # the worker died (out of memory?)
                    number, kind, detail, names, length = w["case"], "bug:worker-died", "", [], "?"
                    w.update(spawn())
                record(number, kind, detail, names, length, time.monotonic() - w["start"])
                w["case"] = None
            elif w["case"] is not None and time.monotonic() - w["start"] > args.time_limit + 15:
                # Stuck where the alarm cannot reach (inside C code): kill it, count a hang.
                w["proc"].kill()
                number = w["case"]
                _, _, names, length = make_case(args.seed, number, base)
                w.update(spawn())
                record(number, "bug:hang", "killed after the time limit", names, length, args.time_limit)
                w["case"] = None
    for w in workers:
        w["conn"].send(None)
    elapsed = time.monotonic() - started
    summary = {
        "cases": done, "seconds": round(elapsed), "counts": dict(sorted(counts.items())),
        "bugs": sum(v for k, v in counts.items() if k.startswith("bug")),
        "bug_mutations": dict(by_mutation), "refusals": dict(reasons.most_common(25)), "slowest": [(round(s, 1), n) for s, n in slowest],
    }
    print(json.dumps(summary, indent=1))
    if args.summary:
        args.summary.write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return 1 if summary["bugs"] else 0


if __name__ == "__main__":
    sys.exit(main())
