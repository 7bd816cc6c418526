"""The built-in templates' Python code, generated ahead and shipped as modules.

Why: Jinja2 turns a template into Python source (lexing, parsing, generating code) before
Python compiles that source. For the four built-in templates this cost a process about 70 ms
of generating and 15 ms of compiling, and a cold build pays it in both processes it forks to
build its lengths (`batch.split`), on its critical path. What the generator writes depends
only on the template's text, Jinja2's version and the environment's settings, so it is written
once, here, as the modules of `briefkit.compiled_templates`, and Python's own bytecode cache
keeps their compiled form: a process takes a built-in template's code from a .pyc.

Trust: a module's code is used only when its stamp matches (`stamp`): a digest of the
template's text as the loader read it, Jinja2's version and every setting of the environment
that shapes the generated code. An edited template, another Jinja2, a changed environment, a
user's own template folder: all are compiled as before. The hook is Jinja2's own bytecode
cache (`Environment.bytecode_cache`), which offers code for a template before it compiles
one; this one only offers, and stores nothing.

`python -m briefkit.template_code` writes the modules again; a test fails while a committed
module differs from what the current templates and environment generate.
"""
from __future__ import annotations

import hashlib
import importlib.util
import sys
import types
from pathlib import Path
from typing import Any

import jinja2
from jinja2.bccache import Bucket, BytecodeCache

PACKAGE = "briefkit.compiled_templates"


def module_name(template: str) -> str:
    """The module of `briefkit.compiled_templates` that holds `template`'s code."""
    stem = "".join(c if c.isalnum() else "_" for c in template)
    return f"t_{stem}"


def stamp(environment: Any, source: str) -> str:
    """What the generated code depends on: the template's text, Jinja2's version, the
    environment's settings that the code generator reads and the code generator's class
    (`sandbox.BoundedCodeGenerator` sends loops and `~` through the environment)."""
    finalize = getattr(environment, "finalize", None)
    settings = (
        type(environment).__module__, type(environment).__qualname__, jinja2.__version__,
        environment.block_start_string, environment.block_end_string, environment.variable_start_string,
        environment.variable_end_string, environment.comment_start_string, environment.comment_end_string,
        environment.line_statement_prefix, environment.line_comment_prefix, environment.trim_blocks,
        environment.lstrip_blocks, environment.newline_sequence, environment.keep_trailing_newline,
        environment.optimized, bool(environment.autoescape), callable(environment.autoescape),
        sorted(environment.extensions), getattr(finalize, "__qualname__", None),
        getattr(finalize, "jinja_pass_arg", None), environment.is_async,
        sorted(getattr(environment, "intercepted_binops", ())), sorted(getattr(environment, "intercepted_unops", ())),
        environment.code_generator_class.__module__, environment.code_generator_class.__qualname__,
    )
    h = hashlib.sha256(repr(settings).encode("utf-8", "surrogatepass") + b"\0")
    h.update(source.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _stamps() -> dict[str, str]:
    try:
        from .compiled_templates import STAMPS
    except ImportError:  # pragma: no cover - a package without its generated modules
        return {}
    return STAMPS


def code_for(environment: Any, name: str, filename: str, source: str) -> types.CodeType | None:
    """The shipped code of the built-in template `name` read from `filename`, or None when
    there is none or its stamp does not match `source` and `environment` (then it is compiled)."""
    expected = _stamps().get(name)
    if expected is None or expected != stamp(environment, source):
        return None
    full = f"{PACKAGE}.{module_name(name)}"
    spec = importlib.util.find_spec(full)
    loader = spec.loader if spec is not None else None
    get_code = getattr(loader, "get_code", None)
    if get_code is None:
        return None
    code = get_code(full)
    return _refiled(code, filename) if isinstance(code, types.CodeType) else None


def _refiled(code: types.CodeType, filename: str) -> types.CodeType:
    """`code` as if compiled from `filename`, as Jinja2 compiles a template's code: its
    tracebacks then name the template, which its debug info maps to the template's lines."""
    consts = tuple(_refiled(c, filename) if isinstance(c, types.CodeType) else c for c in code.co_consts)
    return code.replace(co_filename=filename, co_consts=consts)


class ShippedCode(BytecodeCache):
    """Jinja2's bytecode cache hook, offering the shipped code of a built-in template (see the
    module) read from `builtin_dir`, and nothing for any other template; it stores nothing."""

    def __init__(self, builtin_dir: Path) -> None:
        self.builtin_dir = Path(builtin_dir).resolve()

    def get_bucket(self, environment: Any, name: str, filename: str | None, source: str) -> Bucket:
        bucket = Bucket(environment, name, "")
        if filename is not None and Path(filename).name == name \
                and Path(filename).resolve().parent == self.builtin_dir:
            bucket.code = code_for(environment, name, filename, source)
        return bucket

    def set_bucket(self, bucket: Bucket) -> None:
        """Nothing is stored: a compiled template lives as long as its environment."""

    def load_bytecode(self, bucket: Bucket) -> None:  # pragma: no cover - get_bucket is overridden
        pass

    def dump_bytecode(self, bucket: Bucket) -> None:  # pragma: no cover - set_bucket is overridden
        pass


def generate(environment: Any, builtin_dir: Path) -> dict[str, str]:
    """{file name in `briefkit/compiled_templates`: its text} for every built-in template."""
    stamps: dict[str, str] = {}
    files: dict[str, str] = {}
    for path in sorted(builtin_dir.glob("*.j2")):
        source = path.read_text("utf-8")
        raw = environment.compile(source, path.name, str(path), raw=True)
        files[f"{module_name(path.name)}.py"] = raw if raw.endswith("\n") else raw + "\n"
        stamps[path.name] = stamp(environment, source)
    lines = ['"""The built-in templates\' code, generated by `python -m briefkit.template_code` (see',
             '`briefkit.template_code`): do not edit. STAMPS: the stamp each module was made for."""', "",
             "STAMPS = {"]
    lines += [f"    {name!r}: {value!r}," for name, value in sorted(stamps.items())]
    lines += ["}", ""]
    lengths = builtin_dir / "lengths.toml"
    if lengths.is_file():
        import tomllib

        from .lengths import text_digest

        text = lengths.read_text("utf-8")
        lines += ["# The built-in lengths.toml parsed, for the text whose digest is the first item (`lengths`).",
                  f"LENGTHS = ({text_digest(text)!r}, {tomllib.loads(text)!r})", ""]
    files["__init__.py"] = "\n".join(lines)
    return files


def main() -> int:
    """Write `briefkit/compiled_templates` from the built-in templates."""
    from .compose import builtin_environment
    from .lengths import builtin_template_dir

    out = Path(__file__).parent / "compiled_templates"
    out.mkdir(exist_ok=True)
    files = generate(builtin_environment(), builtin_template_dir())
    for old in out.glob("*.py"):
        if old.name not in files:
            old.unlink()
    for name, text in files.items():
        (out / name).write_text(text, "utf-8")
    print(f"wrote {len(files)} files to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
