"""Plan a batch: which seed files, which outputs, where they go, and which shard builds them.

Everything here is standard library only, because planning runs on every invocation,
including a rebuild where nothing changed and nothing heavy should be imported.

Judgement rules:
- A glob is expanded by briefkit (quoted `'seeds/**/*.txt'` works the same as a shell glob);
  `**` crosses folders. Only files with a seed suffix count, so `seeds/*` skips a README.
- A folder gives the seed files directly in it, or below it with `recursive`.
- The same file named twice (by a folder and a glob, say) is built once.
- Two seeds whose outputs would land on the same path are an error before anything is
  built, naming both: silently overwriting one briefing with another is the worst outcome.
- Shards are balanced by seed size (larger seeds take longer) and computed from the seed paths
  as given, so every machine of a CI matrix, each with its own checkout, agrees on the split.
"""
from __future__ import annotations

import os
import string
from pathlib import Path
from collections.abc import Iterable, Sequence

from ..errors import BuildError
from ..records import record
from ..text import slugify

# The seed suffixes readers accept (briefkit.readers.SEED_SUFFIXES; a test keeps them equal).
SEED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".wiki", ".yaml", ".yml", ".json")
FORMATS: tuple[str, ...] = ("pdf", "docx")
DEFAULT_PATTERN = "{slug}/{length}.{ext}"
PATTERN_FIELDS = {
    "slug": "the seed's file name without suffix, made file-system friendly",
    "stem": "the seed's file name without suffix, as is",
    "parent": "the name of the folder holding the seed",
    "length": "snapshot, brief, full, ...",
    "ext": "pdf or docx",
    "format": "pdf or docx",
}
_GLOB_CHARS = set("*?[")


def is_seed_file(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in SEED_SUFFIXES


def expand_inputs(inputs: Iterable[str | Path], recursive: bool = False) -> list[Path]:
    """Seeds named by files, folders and globs, in the order given, each once."""
    seeds: list[Path] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = os.path.abspath(p)  # not resolve(): one lstat per path component, per seed
        if key not in seen:
            seen.add(key)
            seeds.append(p)

    for item in inputs:
        text = str(item)
        p = Path(text)
        if p.is_dir():
            walk = p.rglob("*") if recursive else p.iterdir()
            found = sorted((f for f in walk if is_seed_file(f)), key=lambda f: f.as_posix())
            if not found:
                where = "below" if recursive else "in"
                raise BuildError(f"no seed files ({', '.join(SEED_SUFFIXES)}) {where} directory", file=p)
            for f in found:
                add(f)
        elif p.exists():
            add(p)
        elif _GLOB_CHARS & set(text):
            import glob  # here: a build naming its seeds plainly never loads it

            found = sorted((Path(m) for m in glob.glob(text, recursive=True)), key=lambda f: f.as_posix())
            found = [f for f in found if is_seed_file(f)]
            if not found:
                raise BuildError("no seed files match this pattern", file=text)
            for f in found:
                add(f)
        else:
            raise BuildError("seed file not found", file=p)
    return seeds


def check_pattern(pattern: str) -> str:
    """A name pattern uses only known fields and names a relative path inside the output folder."""
    try:
        names = [f for _, f, _, _ in string.Formatter().parse(pattern) if f is not None]
    except ValueError as exc:
        raise BuildError(f"invalid output name pattern {pattern!r}: {exc}") from None
    if any(spec or conv for _, f, spec, conv in string.Formatter().parse(pattern) if f is not None):
        # `{slug:>999999999}` would pad a name to a gigabyte, `{ext:x}` fails inside format()
        raise BuildError(f"output name pattern {pattern!r}: fields take no format spec or conversion "
                         "(write {slug}, not {slug:...} or {slug!r})")
    unknown = [n for n in names if n not in PATTERN_FIELDS]
    if unknown:
        raise BuildError(f"unknown field {{{unknown[0]}}} in output name pattern {pattern!r}; "
                         f"use {', '.join('{' + k + '}' for k in PATTERN_FIELDS)}")
    if "length" not in names or not {"ext", "format"} & set(names):
        raise BuildError(f"output name pattern {pattern!r} must contain {{length}} and {{ext}}, "
                         "or every length and format would overwrite each other")
    if pattern.startswith(("/", "\\")) or ".." in Path(pattern).parts:
        raise BuildError(f"output name pattern {pattern!r} must stay inside the output folder")
    return pattern


def output_name(pattern: str, seed: Path, length: str, fmt: str) -> str:
    return pattern.format(**_seed_fields(pattern, seed), length=length, ext=fmt, format=fmt)


def _seed_fields(pattern: str, seed: Path) -> dict[str, str]:
    parent = os.path.basename(os.path.dirname(os.path.abspath(seed))) if "{parent}" in pattern else ""
    return {"slug": slugify(seed.stem), "stem": seed.stem, "parent": parent}


@record(frozen=True, eq=False)
class Target:
    """One output file of one seed; `name` is its path inside the output folder (posix),
    `file` its path as a string (planning makes thousands: strings, not Path objects)."""

    seed: Path
    length: str
    format: str
    file: str
    name: str

    @property
    def path(self) -> Path:
        return Path(self.file)


def plan_targets(seeds: Sequence[Path], lengths: Sequence[str], formats: Sequence[str], out_dir: Path,
                 pattern: str = DEFAULT_PATTERN) -> dict[Path, list[Target]]:
    """Every output of every seed, grouped by seed; refuses two seeds writing one file."""
    owner: dict[str, Path] = {}
    plan: dict[Path, list[Target]] = {}
    base = str(out_dir)
    for seed in seeds:
        targets = []
        fields = _seed_fields(pattern, seed)
        for length in lengths:
            for fmt in formats:
                name = os.path.normpath(pattern.format(**fields, length=length, ext=fmt, format=fmt))
                other = owner.setdefault(name, seed)
                file = os.path.join(base, name) if base != "." else name  # as Path(base) / name
                if other != seed:
                    raise BuildError(f"seeds {other} and {seed} would both be written to {file}; "
                                     "rename one or use an output name pattern with {parent}")
                targets.append(Target(seed, length, fmt, file, name.replace(os.sep, "/")))
        plan[seed] = targets
    return plan


def parse_shard(text: str) -> tuple[int, int]:
    """`I/N`, 1-based: `--shard 2/4` is the second of four slices."""
    try:
        i, n = (int(x) for x in text.split("/"))
    except ValueError:
        raise BuildError(f"--shard takes I/N, such as 1/4, not {text!r}") from None
    if n < 1 or not 1 <= i <= n:
        raise BuildError(f"--shard {text}: I must be between 1 and N")
    return i, n


def shard(seeds: Sequence[Path], index: int, count: int) -> list[Path]:
    """The seeds of slice `index` of `count` (1-based), in their original order.

    Largest seeds first, each to the slice with the least bytes so far (ties: the lowest
    slice), with the path as tie-break, so the split depends only on the paths and sizes.
    """
    if count == 1:
        return list(seeds)
    import heapq

    # Slices beyond the number of seeds stay empty (each seed takes an empty slice while there is
    # one), so only that many are kept: `--shard 1/10**20` must not allocate 10**20 counters.
    slots = min(count, len(seeds))
    if index > slots:
        return []
    sized = sorted(((_size(s), s.as_posix(), s) for s in seeds), key=lambda t: (-t[0], t[1]))
    loads = [(0, k) for k in range(slots)]  # a heap: the least loaded slice, then the lowest
    mine: set[str] = set()
    for size, key, _ in sized:
        load, slot = heapq.heappop(loads)
        heapq.heappush(loads, (load + max(size, 1), slot))
        if slot == index - 1:
            mine.add(key)
    return [s for s in seeds if s.as_posix() in mine]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
