"""No text a seed can contain makes the DOCX writer fail, and none of it is lost or altered
except the characters XML cannot carry."""
from __future__ import annotations

import io
import re
import warnings

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefkit.document import nodes as N
from docx_fixtures import meta, write

FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

texts = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x2FFFF, blacklist_categories=("Cs",)),
                min_size=1, max_size=40)
runs = st.lists(st.builds(N.Text, texts, st.booleans(), st.booleans(), st.booleans(),
                          st.one_of(st.none(), st.just("https://example.org/a?b=<c>&d"))), min_size=1, max_size=4)


def _expected(rs: list[N.Text]) -> str:
    # Each line end of a run (\r\n, \r or \n) is one break, read back as \n; tabs stay tabs.
    return "".join(FORBIDDEN.sub("", r.text).replace("\r\n", "\n").replace("\r", "\n") for r in rs)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(runs, min_size=1, max_size=5), texts)
def test_any_text_is_written_and_read_back(paragraphs, title):
    doc = N.Document(meta(title=title, short_title=title), [
        N.TitleBlock([N.Text(title)]),
        *[N.Paragraph(rs) for rs in paragraphs],
        N.FactTable([N.FactRow([N.Text(title)], [N.Paragraph(paragraphs[0])])], title),
        N.Callout("summary", title, [N.Paragraph(paragraphs[-1])]),
    ])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = write(doc)
    d = docx.Document(io.BytesIO(data))
    body = [p for p in d.paragraphs]
    got = [p.text for p in body[2:2 + len(paragraphs)]]  # after the title and its rule
    assert got == [_expected(rs) for rs in paragraphs]
    assert d.core_properties.title == _expected([N.Text(title)])
