"""No module binds one name twice at its top level.

Why: a pattern defined again further down a long module replaces the first for every function
that reads it at run time, wherever that function stands: a rule of `extract/events.py` that
looks for what a report found ("an investigation showing that") read the pattern of what
someone said, defined 3,000 lines below under the same name (`_REPORTED_THAT`), and the first
`_TOOK_EFFECT` was read by no rule at all.
"""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "briefkit"


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return names


def test_no_module_binds_a_name_twice():
    twice = {}
    for path in sorted(SRC.rglob("*.py")):
        counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
        again = sorted(n for n, c in counts.items() if c > 1 and n not in ("TYPE_CHECKING", "__all__"))
        if again:
            twice[str(path.relative_to(SRC))] = again
    assert not twice, twice
