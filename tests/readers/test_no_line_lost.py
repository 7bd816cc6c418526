"""Every non-blank line of the real seed and of the fixture articles is accounted for: the model
holds its text or cites its line, or a lint finding cites it. Structural markers (`Infobox`,
`Source`, the `See also` heading, `{{`/`}}` wrappers) are the only exceptions."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import all_strings as _strings

from briefkit.errors import SeedError
from briefkit.readers import read_with_findings
from briefkit.readers.textfile import decode

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = [ROOT / "seeds" / "freedom_of_russia_legion.txt"] + sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))
_MARKER = re.compile(r"^(?:\{*\s*infobox\b.*|source|=+\s*see\s+also\s*=*|\{\{.*|\}\})$", re.I)


def _cited_lines(obj) -> set[int]:
    if isinstance(obj, dict):
        out = {obj["line"]} if isinstance(obj.get("line"), int) else set()
        for v in obj.values():
            out |= _cited_lines(v)
        return out
    if isinstance(obj, list):
        return {n for v in obj for n in _cited_lines(v)}
    return set()


def _readable(paths):
    for p in paths:
        try:
            read_with_findings(p)
        except SeedError:
            continue
        yield p


@pytest.mark.parametrize("path", list(_readable(ARTICLES)), ids=lambda p: p.name)
def test_every_line_is_accounted_for(path):
    profile, findings = read_with_findings(path)
    data = profile.model_dump(mode="json")
    corpus = "\n".join(_strings(data) + [f.message for f in findings])
    cited = _cited_lines(data) | {f.line for f in findings if f.line}
    for number, line in enumerate(decode(path.read_bytes(), str(path)).split("\n"), start=1):
        content = " ".join(line.split())
        if not content or _MARKER.match(content):
            continue
        bare = content.lstrip("-*#+• ").split(":", 1)[-1].strip() if content[0] in "-*#+•|" else content.strip("= ")
        assert number in cited or (bare and bare in corpus), (path.name, number, line)
