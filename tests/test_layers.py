"""Data flows one way: stages import only stages below them (no import cycles)."""
from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "briefkit"


def _imports(path: Path) -> set[str]:
    """The briefkit modules `path` imports, as dotted names relative to the package."""
    out: set[str] = set()
    pkg = path.relative_to(SRC).with_suffix("").parts[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = list(pkg[: len(pkg) - node.level + 1])
            mod = ".".join(base + ([node.module] if node.module else []))
            out.add(mod)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("briefkit."):
            out.add(node.module[len("briefkit."):])
    return out


def _package_imports(name: str) -> set[str]:
    root = SRC / name
    files = list(root.rglob("*.py")) if root.is_dir() else [SRC / f"{name}.py"]
    return set().union(*(_imports(f) for f in files))


def test_findings_import_nothing_of_ours():
    """Nothing but `records`, the leaf every stage's dataclasses are made with."""
    assert _package_imports("findings") <= {"records"}


def test_records_are_a_leaf():
    """`records` imports only the module it generates, which imports only `records`, and the
    loader of dataclasses (`lean_dataclasses`), which imports nothing of ours."""
    assert _package_imports("records") == {"compiled_records", "lean_dataclasses"}
    assert _package_imports("compiled_records") == {"records"}
    assert _package_imports("lean_dataclasses") == set()


def test_readers_and_extract_do_not_import_lint():
    for stage in ("readers", "extract"):
        assert not any(m == "lint" or m.startswith("lint.") for m in _package_imports(stage)), stage


def test_extract_does_not_import_readers():
    assert not any(m.startswith("readers") for m in _package_imports("extract"))


def test_one_sentence_splitter():
    defs = [p for p in SRC.rglob("*.py") if "def split_sentences" in p.read_text(encoding="utf-8")
            or "def sentence_spans" in p.read_text(encoding="utf-8")]
    assert [p.name for p in defs] == ["text.py"]
