"""Command line: thin wrappers over build, readers and lint.

Heavy libraries (ReportLab, python-docx, matplotlib, Jinja2, pydantic) are imported inside
the commands, so `briefkit --help` answers at once. Every expected failure is a
BriefkitError and becomes one line on stderr with a distinct exit code; anything else is a
bug and keeps its traceback.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .errors import BriefkitError
from .heap import long_lived

# click brings inspect, typing, enum and more: made with the collector paused (its young
# generation was walked a dozen times while they loaded, a tenth of a warm rebuild's CPU spent
# in the collector), and frozen with the rest in a process briefkit owns (`heap`).
with long_lived():
    import click

FORMATS = ("pdf", "docx")


_DEBUG = False


def _report(exc: BriefkitError) -> None:
    """An error as `briefkit: error: FILE[:LINE]: message` lines (one per located problem);
    an internal error's traceback only under --debug."""
    from .errors import InternalError

    if _DEBUG and isinstance(exc, InternalError) and exc.traceback_text:
        click.echo(exc.traceback_text.rstrip(), err=True)
    for line in exc.report_lines():
        click.echo(f"briefkit: error: {line}", err=True)


def _fail(exc: BriefkitError) -> None:
    _report(exc)
    sys.exit(exc.exit_code)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Warnings (a style missing from a reference document, dropped characters) as one line."""
    click.echo(f"briefkit: warning: {message}", err=True)


class _Group(click.Group):
    def main(self, args=None, *rest, **kwargs):
        if args is None:  # the process's own command line (not a test runner calling in)
            from .heap import own_process

            own_process()
        return super().main(args, *rest, **kwargs)

    def invoke(self, ctx):
        import warnings

        warnings.showwarning = _show_warning
        try:
            return super().invoke(ctx)
        except BriefkitError as exc:
            _fail(exc)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("briefkit: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(141)
        except Exception as exc:  # noqa: BLE001 - a bug: say so, keep the traceback for --debug
            from .errors import InternalError

            _fail(InternalError.from_exception(exc))


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="briefkit")
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error.")
def main(debug: bool) -> None:
    """Turn seed data about an organisation into PDF and DOCX briefings.

    Exit codes: 0 done, 1 lint findings, 2 bad command line, 3 template, 4 chart,
    5 layout, 6 output/options, 7 seed, 70 internal error (please report).
    """
    global _DEBUG
    _DEBUG = debug
    if debug:
        import os

        os.environ["BRIEFKIT_DEBUG"] = "1"  # batch workers and the progress lines read it


@main.command()
@click.argument("seeds", nargs=-1, type=click.Path(path_type=Path))
@click.option("-c", "--config", type=click.Path(path_type=Path),
              help="Manifest to read (default: ./briefkit.toml when present).")
@click.option("-r", "--recursive", is_flag=True, help="Look for seeds in subfolders of folders too.")
@click.option("-l", "--length", "lengths", multiple=True, metavar="LENGTH",
              help="snapshot, brief or full (repeatable; default: all).")
@click.option("-f", "--format", "formats", multiple=True, type=click.Choice(FORMATS),
              help="Output format (repeatable; default: pdf and docx).")
@click.option("-o", "--output", "out_dir", type=click.Path(path_type=Path), help="Output folder [default: dist].")
@click.option("--name", metavar="PATTERN", help="Output name pattern [default: {slug}/{length}.{ext}].")
@click.option("--theme", type=click.Path(path_type=Path), help="Theme TOML file.")
@click.option("--templates", "template_dir", type=click.Path(path_type=Path),
              help="Folder of templates that override the built-in ones.")
@click.option("--reference-docx", type=click.Path(path_type=Path),
              help="Word document whose styles, page setup, headers and footers the DOCX uses.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), help="Seeds built in parallel [default: one per CPU].")
@click.option("--force", is_flag=True, help="Rebuild outputs that are up to date.")
@click.option("--report", type=click.Path(path_type=Path), help="Build report [default: OUTPUT/build-report.json].")
@click.option("--shard", metavar="I/N", help="Build only slice I of N (stable, balanced by seed size).")
@click.option("--executor", type=click.Choice(["local", "dask"]),
              help="Where seeds are built: local processes (default) or a Dask cluster (pip install 'briefkit[dask]').")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address, e.g. tcp://host:8786 (implies dask).")
@click.option("--no-cache", is_flag=True, help="Redraw charts even if cached.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@click.option("-v", "--verbose", is_flag=True, help="One line per output, skipped ones too.")
def build(**options):
    """Build briefings for SEEDS (files, folders or globs; default: ./seeds or the manifest's).

    Outputs whose inputs have not changed since the last build are skipped; a report of every
    output is written to the output folder.
    """
    from .heap import long_lived

    with long_lived():  # the build's modules are kept for the life of the process
        from .batch.command import build_command

    sys.exit(build_command(**options))


@main.command()
@click.argument("seed", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "yaml"]), default="yaml", show_default=True)
def inspect(seed, fmt):
    """Print the profile read from SEED (save it to write structured seed data by hand)."""
    from .readers import dump_profile, read

    click.echo(dump_profile(read(seed), fmt), nl=False)


@main.command()
def schema():
    """Print the JSON Schema of structured (YAML/JSON) seed data."""
    import json

    from .model import profile_json_schema

    click.echo(json.dumps(profile_json_schema(), indent=2, ensure_ascii=False))


@main.command()
@click.argument("seeds", nargs=-1, required=True, type=click.Path(path_type=Path))
def lint(seeds):
    """Report suspected data problems in SEEDS; exit 1 when there are findings."""
    from .build import find_seeds
    from .lint import lint as lint_seed

    findings = []
    for seed in find_seeds(list(seeds)):
        findings.extend(lint_seed(seed))
    for f in findings:
        click.echo(str(f))
    n = len(findings)
    click.echo(f"{n} finding{'s' if n != 1 else ''}", err=True)
    sys.exit(1 if findings else 0)


@main.command()
@click.argument("seed", type=click.Path(path_type=Path))
@click.option("-l", "--length", default="brief", show_default=True)
@click.option("--detail", type=int, help="Detail level (default: the length's highest).")
@click.option("--templates", "template_dir", type=click.Path(path_type=Path))
def markup(seed, length, detail, template_dir):
    """Print the brief markup a template produces for SEED (for template authors)."""
    from .compose import ComposeRequest, compose, load_lengths, source_date
    from .readers import read

    lengths = load_lengths(template_dir)
    if length not in lengths:
        raise click.BadParameter(f"unknown length {length!r}; choose from {', '.join(lengths)}")
    profile = read(seed)
    ln = lengths[length]
    click.echo(compose(ComposeRequest(profile, ln, ln.max_detail if detail is None else detail,
                                      source_date(profile, seed), str(template_dir) if template_dir else None)), nl=False)


@main.command("reference-docx")
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--theme", type=click.Path(path_type=Path), help="Theme TOML whose fonts, colours and page it uses.")
def reference_docx(out, theme):
    """Write the default reference DOCX to OUT, to restyle and pass to --reference-docx."""
    from .build import atomic_write
    from .theme import load_theme
    from .writers.docx import default_reference_docx

    atomic_write(out, default_reference_docx(load_theme(theme)))
    click.echo(f"wrote {out}")


if __name__ == "__main__":  # pragma: no cover
    main()
