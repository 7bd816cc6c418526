"""Property: whatever bytes a seed holds, the pipeline either builds readable documents or
raises a BriefkitError naming the file, never anything else. (`benchmarks/fuzz.py` runs the
same promise over ten thousand mutated seeds; this is its quick, always-on sibling.)"""
from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from urllib.parse import urlparse

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefkit.errors import BriefkitError

BASE = (Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "tiny.txt").read_bytes().decode("utf-8")
BASE += "\n== History ==\nOn 5 May 2003, the collective bought a boat. In 2010, it moved.\n- Item one\n  - Sub item\n"

_weird = st.text(
    alphabet=st.one_of(
        st.characters(categories=["Cc", "Cf", "Mn", "Zl", "Zp", "So", "Lo"]),
        st.sampled_from(list("\u202e\u200f\u05d0\u0627\U0001F600\u0301\ufeff*#_[]()<>&:`\\{}%|=-\n ")),
    ),
    max_size=60,
)


@st.composite
def seeds(draw) -> bytes:
    text = BASE
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "delete", "markup", "heading"]))
        if kind == "insert":
            text = text[:at] + draw(_weird) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)):]
        elif kind == "markup":
            text = text[:at] + draw(st.sampled_from(["::: pagebreak\n:::", "[x](javascript:alert(1))", "<b>",
                                                     "{{ 1/0 }}", "\n= T =\n", "\n== ==\n", "::: toc T depth=abc"])) + text[at:]
        else:
            text = text[:at] + "\n== " + draw(_weird).replace("\n", " ") + " ==\n" + text[at:]
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        b = bytearray(data)
        for _ in range(draw(st.integers(1, 5))):
            if b:
                b[draw(st.integers(0, len(b) - 1))] = draw(st.integers(0, 255))
        data = bytes(b)
    return data


class _NoCharts:
    renders = 0

    def __init__(self, *a, **k):
        pass

    def get(self, name, options=None):
        return None


@settings(max_examples=10, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(seeds())
def test_pipeline_builds_or_refuses_with_a_located_error(data):
    import docx
    from pypdf import PdfReader

    import briefkit.build as build_mod
    from briefkit.build import BuildOptions, build_seed

    old, build_mod.ChartService = build_mod.ChartService, _NoCharts
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1735689600")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            seed = Path(tmp) / "seed.txt"
            seed.write_bytes(data)
            try:
                report = build_seed(seed, BuildOptions(out_dir=Path(tmp) / "out", lengths=("snapshot",), cache=False))
            except BriefkitError as exc:
                assert exc.file == str(seed), str(exc)
                assert all("\n" not in line for line in exc.report_lines())
                return
            for out in report.outputs:
                if out.format == "pdf":
                    assert len(PdfReader(io.BytesIO(out.path.read_bytes())).pages) == 1
                else:
                    d = docx.Document(str(out.path))
                    links = [r.target_ref for r in d.part.rels.values() if r.is_external]
                    assert all(urlparse(t).scheme in ("http", "https", "mailto") for t in links), links
    finally:
        build_mod.ChartService = old
