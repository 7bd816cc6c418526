"""A length's content does not depend on which formats a build asks for."""
from __future__ import annotations

import zipfile

import pytest

from helpers import FIXTURES, build


@pytest.mark.parametrize("stem,length", [("ericsson", "brief"), ("azov", "brief"), ("wagner_group", "snapshot")])
def test_a_docx_only_build_writes_the_docx_a_build_with_a_pdf_writes(tmp_path, stem, length):
    """A budgeted length decides on its PDF (a trim for a last page of a few lines, a chart given
    up): a DOCX-only build of Ericsson's brief kept the chart and a sentence more than the DOCX
    of a build with a PDF, so `-f docx` and `-f pdf,docx` gave two different briefs."""
    seed = FIXTURES / "articles" / f"{stem}.txt"
    [alone] = build(seed, tmp_path / "a", formats=("docx",), lengths=(length,), cache=False)
    both = [o for o in build(seed, tmp_path / "b", formats=("pdf", "docx"), lengths=(length,), cache=False)
            if o.path.suffix == ".docx"]
    assert len(both) == 1

    def body(path):
        with zipfile.ZipFile(path) as z:
            return z.read("word/document.xml")

    assert body(alone.path) == body(both[0].path)
