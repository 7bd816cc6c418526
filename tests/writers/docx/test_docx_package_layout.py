"""The DOCX writer is a package of small modules with one job each, and shares nothing with
the PDF writer but the Document vocabulary."""
from __future__ import annotations

import ast
from pathlib import Path

import briefkit.writers.docx as docx_pkg
from briefkit.writers import WRITERS, get_writer

PKG = Path(docx_pkg.__file__).parent
PDF = PKG.parent / "pdf.py"


def _imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            out.add(("." * node.level) + (node.module or ""))
    return out


def test_registry_still_names_the_package():
    assert WRITERS["docx"] == "briefkit.writers.docx:DocxWriter"
    assert type(get_writer("docx")).__name__ == "DocxWriter"


def test_small_modules_with_a_docstring():
    modules = sorted(PKG.glob("*.py"))
    assert {"package.py", "styles.py", "numbering.py", "fields.py", "tables.py", "figures.py", "inline.py",
            "blocks.py", "reference.py"} <= {m.name for m in modules}
    for m in modules:
        text = m.read_text(encoding="utf-8")
        assert len(text.splitlines()) <= 300, m.name
        assert ast.get_docstring(ast.parse(text)), m.name


def test_writers_do_not_borrow_from_each_other():
    for m in PKG.glob("*.py"):
        assert not any(i.startswith("reportlab") or i.endswith("pdf") for i in _imports(m)), m.name
    assert not any(i.startswith("docx") or ".docx" in i for i in _imports(PDF))
