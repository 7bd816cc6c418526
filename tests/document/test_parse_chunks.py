"""Markup parsed chunk by chunk (`document.parse._chunked_nodes`) gives the Document the whole
markup parsed at once gives, and reuses what it parsed before."""
from __future__ import annotations

from markdown_it.tree import SyntaxTreeNode

from briefkit.document import parse as P
from briefkit.document.nodes import Meta

META = Meta(title="T", short_title="T")


def _whole(markup: str):
    """The Document of `markup` parsed in one piece, as before chunks."""
    env: dict = {}
    tokens = P._md_blocks().parse(markup, env)
    if env.get("references"):
        tokens = P._md().parse(markup)
    return P.Document(META, P._Builder().blocks(SyntaxTreeNode(tokens).children))


MARKUPS = [
    # headings of the same words in two chunks: the second anchor counts on from the first
    "# Title\n\nOpening.\n\n## History\n\n- a\n- b\n\n## History\n\nMore *text*.\n",
    # a heading inside a directive is no chunk boundary
    "::: summary At a glance\n## Inside\n\nText.\n:::\n\n## After\n\nText.\n",
    # figures numbered across chunks
    "## One\n\n::: figure timeline\nCaption one.\n:::\n\n## Two\n\n::: figure orgchart\nCaption two.\n:::\n",
    # a list that runs up to a heading, a table after it
    "- item one\n- item two\n## Table\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n",
    # a link reference: parsed whole
    "## Refs\n\nSee [the site][s].\n\n## Next\n\n[s]: https://example.org\n",
    # a fence that holds a line like a heading: parsed whole
    "## Code\n\n```\n# not a heading\n```\n\n## End\n",
]


def test_chunked_parse_gives_the_whole_parse():
    for markup in MARKUPS:
        assert repr(P.parse(markup, META).blocks) == repr(_whole(markup).blocks), markup


def test_a_chunk_parsed_before_is_not_parsed_again(monkeypatch):
    """The second markup shares its first chunk with the first: only its own chunk is parsed."""
    P._TREES.clear()
    calls: list[str] = []
    real = P._md_blocks().parse

    def counting(src, env=None):
        calls.append(src)
        return real(src, env)

    monkeypatch.setattr(P._md_blocks(), "parse", counting)
    P.parse("# Title\n\nOpening.\n\n## History\n\nOne sentence.\n", META)
    P.parse("# Title\n\nOpening.\n\n## History\n\nOne sentence. Two sentences.\n", META)
    assert calls == ["# Title\n\nOpening.\n\n", "## History\n\nOne sentence.\n",
                     "## History\n\nOne sentence. Two sentences.\n"]


def test_chunks_split_only_before_top_level_headings_outside_directives():
    assert P._chunks("a\n\n## B\n\nc\n::: note N\n## D\n:::\n## E\n") == [
        "a\n\n", "## B\n\nc\n::: note N\n## D\n:::\n", "## E\n"]
    assert P._chunks("x\n```\n# y\n```\n") is None
