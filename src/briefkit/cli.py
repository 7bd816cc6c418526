"""Command line: thin wrappers over build, readers and lint.

Parsed with the standard library's `argparse`. Why not click: a rebuild of an unchanged seed
is about 110 ms as a whole process, and importing click (with `inspect`, `typing`, `enum`,
`uuid` and `platform` behind it) took 20-25 ms of that and half of `briefkit --help`;
`argparse` loads in a third of the time, and the command line needs nothing it lacks. Each
command is a function of its parsed options, and only the invoked command's parser is made.

Heavy libraries (ReportLab, python-docx, matplotlib, Jinja2, pydantic) are imported inside
the commands, so `briefkit --help` answers at once. Every expected failure is a BriefkitError
and becomes one line on stderr with a distinct exit code; a bad command line is one
`briefkit: error:` line too (exit code 2). Anything else is a bug and keeps its traceback.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .errors import BriefkitError

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import NoReturn

FORMATS = ("pdf", "docx")
USAGE_ERROR = 2

_DEBUG = False


def _report(exc: BriefkitError) -> None:
    """An error as `briefkit: error: FILE[:LINE]: message` lines (one per located problem);
    an internal error's traceback only under --debug."""
    from .errors import InternalError

    if _DEBUG and isinstance(exc, InternalError) and exc.traceback_text:
        print(exc.traceback_text.rstrip(), file=sys.stderr)
    from .errors import shown

    for line in exc.report_lines():
        print(f"briefkit: error: {shown(line)}", file=sys.stderr)


def _fail(exc: BriefkitError) -> NoReturn:
    _report(exc)
    sys.exit(exc.exit_code)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Warnings (a style missing from a reference document, dropped characters) as one line."""
    from .errors import shown

    print(f"briefkit: warning: {shown(str(message))}", file=sys.stderr)


def _columns() -> int:
    """The terminal's width as `shutil.get_terminal_size` tells it: $COLUMNS, else the
    terminal's, else 80."""
    import os

    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Help as written in the docstrings (paragraphs and the exit-code table kept).

    The width is measured here: argparse makes a formatter for every option it is given and
    asks `shutil` for the terminal's width, and `shutil` brings bz2 and lzma, which a build
    has no use for."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)

    def add_usage(self, usage, actions, groups, prefix=None):  # noqa: ANN001 - argparse's signature
        super().add_usage(usage, actions, groups, "Usage: " if prefix is None else prefix)

    def _format_action_invocation(self, action: argparse.Action) -> str:
        """`-o, --output PATH` rather than `-o PATH, --output PATH`."""
        if not action.option_strings or action.nargs == 0:
            return super()._format_action_invocation(action)
        value = self._format_args(action, self._get_default_metavar_for_optional(action))
        return f"{', '.join(action.option_strings)} {value}"


class _Parser(argparse.ArgumentParser):
    """A bad command line is one `briefkit: error:` line like every other error (exit 2),
    naming the help to read instead of printing the whole usage."""

    def __init__(self, prog: str, description: str | None = None, **kwargs) -> None:
        super().__init__(prog=prog, description=description, formatter_class=_Formatter,
                         allow_abbrev=False, **kwargs)

    def error(self, message: str) -> NoReturn:
        print(f"briefkit: error: {message} (see '{self.prog} --help')", file=sys.stderr)
        sys.exit(USAGE_ERROR)


class _UsageError(Exception):
    """A command found its command line wrong after parsing (an unknown length): exit code 2."""


def _count(text: str) -> int:
    """-j: a whole number, 0 or more."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"{n} is below 0")
    return n


# --- the commands: (parser maker, runner); the runner returns the exit code ---------------------

def _build_parser(p: _Parser) -> None:
    p.add_argument("seeds", nargs="*", type=Path, metavar="SEEDS",
                   help="Seed files (.txt .md .wiki .yaml .yml .json), folders or globs.")
    p.add_argument("-c", "--config", type=Path, metavar="PATH",
                   help="Manifest to read (default: ./briefkit.toml when present).")
    p.add_argument("-r", "--recursive", action="store_true", help="Look for seeds in subfolders of folders too.")
    p.add_argument("-l", "--length", dest="lengths", action="append", default=[], metavar="LENGTH",
                   help="snapshot, brief or full (repeatable; default: all).")
    p.add_argument("-f", "--format", dest="formats", action="append", default=[], choices=FORMATS,
                   metavar="{pdf,docx}", help="Output format (repeatable; default: pdf and docx).")
    p.add_argument("-o", "--output", dest="out_dir", type=Path, metavar="PATH", help="Output folder [default: dist].")
    p.add_argument("--name", metavar="PATTERN", help="Output name pattern [default: {slug}/{length}.{ext}].")
    p.add_argument("--theme", type=Path, metavar="PATH", help="Theme TOML file.")
    p.add_argument("--templates", dest="template_dir", type=Path, metavar="PATH",
                   help="Folder of templates that override the built-in ones.")
    p.add_argument("--reference-docx", type=Path, metavar="PATH",
                   help="Word document whose styles, page setup, headers and footers the DOCX uses.")
    p.add_argument("-j", "--jobs", type=_count, metavar="N", help="Seeds built in parallel [default: one per CPU].")
    p.add_argument("--force", action="store_true", help="Rebuild outputs that are up to date.")
    p.add_argument("--report", type=Path, metavar="PATH", help="Build report [default: OUTPUT/build-report.json].")
    p.add_argument("--shard", metavar="I/N", help="Build only slice I of N (stable, balanced by seed size).")
    p.add_argument("--executor", choices=("local", "dask"),
                   help="Where seeds are built: local processes (default) or a Dask cluster "
                        "(pip install 'briefkit[dask]').")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address, e.g. tcp://host:8786 (implies dask).")
    p.add_argument("--no-cache", action="store_true", help="Redraw charts even if cached.")
    p.add_argument("-q", "--quiet", action="store_true", help="Print only errors.")
    p.add_argument("-v", "--verbose", action="store_true", help="One line per output, skipped ones too.")


def build(options: argparse.Namespace) -> int:
    """Build briefings for SEEDS (files, folders or globs; default: ./seeds or the manifest's).

    Outputs whose inputs have not changed since the last build are skipped; a report of every
    output is written to the output folder.
    """
    from .heap import long_lived

    with long_lived():  # the build's modules are kept for the life of the process
        from .batch.command import build_command

    values = vars(options)
    return build_command(**{k: tuple(v) if isinstance(v, list) else v for k, v in values.items()})


def _inspect_parser(p: _Parser) -> None:
    p.add_argument("seed", type=Path, metavar="SEED", help="Seed file.")
    p.add_argument("--format", dest="fmt", choices=("json", "yaml"), default="yaml",
                   help="Output format [default: yaml].")


def inspect(options: argparse.Namespace) -> int:
    """Print the profile read from SEED (save it to write structured seed data by hand)."""
    from .readers import dump_profile, read

    sys.stdout.write(dump_profile(read(options.seed), options.fmt))
    return 0


def schema(options: argparse.Namespace) -> int:
    """Print the JSON Schema of structured (YAML/JSON) seed data."""
    import json

    from .model import profile_json_schema

    print(json.dumps(profile_json_schema(), indent=2, ensure_ascii=False))
    return 0


def _lint_parser(p: _Parser) -> None:
    p.add_argument("seeds", nargs="+", type=Path, metavar="SEEDS", help="Seed files, folders or globs.")


def lint(options: argparse.Namespace) -> int:
    """Report suspected data problems in SEEDS; exit 1 when there are findings."""
    from .build import find_seeds
    from .lint import lint as lint_seed

    findings = []
    for seed in find_seeds(list(options.seeds)):
        findings.extend(lint_seed(seed))
    from .errors import shown

    for f in findings:
        print(shown(str(f)))
    n = len(findings)
    print(f"{n} finding{'s' if n != 1 else ''}", file=sys.stderr)
    return 1 if findings else 0


def _markup_parser(p: _Parser) -> None:
    p.add_argument("seed", type=Path, metavar="SEED", help="Seed file.")
    p.add_argument("-l", "--length", default="brief", help="Length [default: brief].")
    p.add_argument("--detail", type=int, help="Detail level (default: the length's highest).")
    p.add_argument("--templates", dest="template_dir", type=Path, metavar="PATH",
                   help="Folder of templates that override the built-in ones.")


def markup(options: argparse.Namespace) -> int:
    """Print the brief markup a template produces for SEED (for template authors)."""
    from .compose import ComposeRequest, compose, load_lengths, source_date
    from .readers import read

    template_dir, length, detail = options.template_dir, options.length, options.detail
    lengths = load_lengths(template_dir)
    if length not in lengths:
        raise _UsageError(f"argument -l/--length: unknown length {length!r}; choose from {', '.join(lengths)}")
    profile = read(options.seed)
    ln = lengths[length]
    sys.stdout.write(compose(ComposeRequest(profile, ln, ln.max_detail if detail is None else detail,
                                            source_date(profile, options.seed),
                                            str(template_dir) if template_dir else None)))
    return 0


def _reference_docx_parser(p: _Parser) -> None:
    p.add_argument("out", type=Path, metavar="OUT", help="The .docx file to write.")
    p.add_argument("--theme", type=Path, metavar="PATH", help="Theme TOML whose fonts, colours and page it uses.")


def reference_docx(options: argparse.Namespace) -> int:
    """Write the default reference DOCX to OUT, to restyle and pass to --reference-docx."""
    from .build import atomic_write
    from .theme import load_theme
    from .writers.docx import default_reference_docx

    atomic_write(options.out, default_reference_docx(load_theme(options.theme)))
    print(f"wrote {options.out}")
    return 0


def _no_options(p: _Parser) -> None:
    pass


Command = tuple[Callable[[_Parser], None], Callable[[argparse.Namespace], int]]
COMMANDS: dict[str, Command] = {
    "build": (_build_parser, build),
    "inspect": (_inspect_parser, inspect),
    "lint": (_lint_parser, lint),
    "markup": (_markup_parser, markup),
    "reference-docx": (_reference_docx_parser, reference_docx),
    "schema": (_no_options, schema),
}

def _doc(run: Callable) -> str:
    """A command's help: its docstring, dedented (as `textwrap.dedent` would, for the spaces a
    docstring is indented by; a millisecond of every command's start spared)."""
    first, _, rest = (run.__doc__ or "").strip().partition("\n")
    if not rest:
        return first
    lines = rest.split("\n")
    indent = min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)
    return first + "\n" + "\n".join(line[indent:] if line.strip() else "" for line in lines)


def _parser(prog: str, name: str) -> _Parser:
    make, run = COMMANDS[name]
    parser = _Parser(f"{prog} {name}", _doc(run))
    make(parser)
    return parser


def _summary(run: Callable) -> str:
    return (run.__doc__ or "").strip().split("\n")[0]


MAIN_HELP = """Turn seed data about an organisation into PDF and DOCX briefings.

Exit codes: 0 done, 1 lint findings, 2 bad command line, 3 template, 4 chart,
5 layout, 6 output/options, 7 seed, 70 internal error (please report)."""


class _Version(argparse.Action):
    """--version, looked up only when asked (`importlib.metadata` is slow to load)."""

    def __init__(self, option_strings, dest, **kwargs) -> None:  # noqa: ANN001 - argparse's signature
        super().__init__(option_strings, dest, nargs=0, help="Show the version and exit.")

    def __call__(self, parser, namespace, values, option_string=None) -> NoReturn:  # noqa: ANN001
        from importlib.metadata import version

        print(f"briefkit {version('briefkit')}")
        sys.exit(0)


def _top_parser(prog: str) -> _Parser:
    width = max(map(len, COMMANDS)) + 2
    commands = "\n".join(f"  {name:<{width}}{_summary(run)}" for name, (_, run) in COMMANDS.items())
    parser = _Parser(prog, MAIN_HELP, usage=f"{prog} [--debug] COMMAND [ARGS]...",
                     epilog=f"commands:\n{commands}\n\n'{prog} COMMAND --help' tells a command's options.")
    parser.add_argument("--version", action=_Version)
    parser.add_argument("--debug", action="store_true", help="Show the traceback of an internal error.")
    return parser


def _split(args: Sequence[str]) -> tuple[list[str], str | None, list[str]]:
    """The options before the command (the command line's own: --debug, --version, --help),
    the command, and what follows it."""
    args = list(args)
    i = 0
    while i < len(args) and args[i].startswith("-"):
        i += 1
    return args[:i], (args[i] if i < len(args) else None), args[i + 1 :]


def _run(run: Callable[[argparse.Namespace], int], options: argparse.Namespace) -> int:
    """Run a command: an expected failure is a one-line error with its exit code, a bug an
    internal error (exit 70) with its traceback under --debug."""
    import warnings

    warnings.showwarning = _show_warning
    try:
        return run(options)
    except BriefkitError as exc:
        _fail(exc)
    except (SystemExit, _UsageError):
        raise
    except Terminated:
        print("briefkit: terminated", file=sys.stderr)
        sys.exit(143)
    except KeyboardInterrupt:
        print("briefkit: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(141)
    except Exception as exc:  # noqa: BLE001 - a bug: say so, keep the traceback for --debug
        from .errors import InternalError

        _fail(InternalError.from_exception(exc))


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the process is, as Ctrl-C raises KeyboardInterrupt."""


def _on_terminate() -> None:
    """Make SIGTERM (a `kill`, a CI job's timeout, a service manager) stop a command as Ctrl-C
    does: the same clean-up runs (the pool's workers are stopped, no `.part` file is left,
    what was finished is recorded) and the exit code is 143. Left to its default action, the
    signal had ended the process at once, leaving its workers to run on and the system's
    semaphore tracker to complain of leaked semaphores."""
    import signal

    def stop(signum: int, frame: object) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends the process at once
        raise Terminated()

    try:
        signal.signal(signal.SIGTERM, stop)
    except (ValueError, OSError):  # not the main thread, or no such signal here
        pass


def main(args: Sequence[str] | None = None, prog_name: str = "briefkit") -> NoReturn:
    """The `briefkit` command: parse ARGS (default: the process's own command line, which
    makes the process briefkit's own, `heap.own_process`), run the command, exit with its code."""
    global _DEBUG
    own = args is None
    if own:  # the process's own command line (not a test runner calling in)
        from .heap import own_process

        own_process()
        args = sys.argv[1:]
    before, name, rest = _split(args)
    top = _top_parser(prog_name)
    options = top.parse_args(before)
    if name is None:
        top.print_help()
        sys.exit(0)
    if name not in COMMANDS:
        top.error(f"no such command {name!r} (choose from {', '.join(COMMANDS)})")
    _DEBUG = options.debug
    if options.debug:
        import os

        os.environ["BRIEFKIT_DEBUG"] = "1"  # batch workers and the progress lines read it
    parser = _parser(prog_name, name)
    command = parser.parse_intermixed_args(rest)
    if own:
        from .pattern_cache import install

        # the patterns the command's modules compile as they load, kept from one process to
        # the next; not before (`briefkit --help` loads none of them)
        install()
        _on_terminate()
    try:
        code = _run(COMMANDS[name][1], command)
    except _UsageError as exc:
        parser.error(str(exc))
    except SystemExit as exc:  # a command's error, reported already
        if not own or not isinstance(exc.code, int):
            raise
        code = exc.code
    if own:
        _leave(code)
    sys.exit(code)


def _leave(code: int) -> None:
    """End the command's own process with `code` now: the exit handlers run and the output is
    flushed as at a normal exit, but the interpreter does not first tear down every module and
    object one by one. Why: that teardown was work whose only effect is memory the system
    takes back anyway, and it took a cold build of the seed 19 ms from its last exit handler
    to the exit its shell sees, 7 ms without (medians of six). Returns, for a normal exit,
    when another thread runs (a Dask client's: a normal exit waits for it), when a standard
    stream cannot be flushed (a normal exit reports it as it always has), or where the
    interpreter cannot be asked to run the handlers first."""
    import atexit
    import os

    threads = sys.modules.get("threading")
    run_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_handlers is None or (threads is not None and threads.active_count() > 1):
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
    except (OSError, ValueError, AttributeError):
        return
    run_handlers()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()
