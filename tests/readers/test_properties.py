"""Property tests: the readers never crash on anything, and never lose a line of a good article."""
from __future__ import annotations

import codecs
import os
import shutil
import tempfile
from pathlib import Path

from helpers import all_strings as _strings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
import pytest

from briefkit.errors import SeedError
from briefkit.model import BulletList, Paragraph
from briefkit.readers import dump_profile, read, read_with_findings

# BRIEFKIT_PROP_EXAMPLES raises the example count for a deeper (slower) search.
SETTINGS = settings(
    max_examples=int(os.environ.get("BRIEFKIT_PROP_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
_DIR = Path(tempfile.mkdtemp(prefix="briefkit-props-"))


@pytest.fixture(autouse=True, scope="module")
def _remove_dir():
    """Hypothesis runs many examples per test, so the files share one folder, removed at the end."""
    yield
    shutil.rmtree(_DIR, ignore_errors=True)


def _write(name: str, data: bytes) -> Path:
    f = _DIR / name
    f.write_bytes(data)
    return f


def _reads_or_seed_error(path: Path) -> None:
    try:
        read_with_findings(path)
    except SeedError as err:
        assert err.file == str(path)


# -- never anything but SeedError -------------------------------------------------------------
@SETTINGS
@given(st.text(), st.sampled_from([".txt", ".md", ".wiki", ".yaml", ".yml", ".json"]))
def test_arbitrary_text_only_raises_seed_error(text, suffix):
    _reads_or_seed_error(_write("any" + suffix, text.encode("utf-8", "surrogatepass")))


@SETTINGS
@given(st.binary(), st.sampled_from([".txt", ".yaml", ".json"]))
def test_arbitrary_bytes_only_raise_seed_error(data, suffix):
    _reads_or_seed_error(_write("bytes" + suffix, data))


_MARKUPISH = st.text(alphabet=st.sampled_from(list("=-*#|:{}[]()'\"\t \n\r,.;0123456789pxLabelInfoboxSourceMayJune«»Ж")), max_size=300)


@SETTINGS
@given(_MARKUPISH)
def test_titled_markup_soup_only_raises_seed_error(body):
    _reads_or_seed_error(_write("soup.txt", ("= T =\n" + body).encode("utf-8")))


_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(
        st.sampled_from(["names", "title", "aliases", "text", "kind", "facts", "label", "items", "events",
                         "date", "year", "month", "day", "lead", "sections", "blocks", "org", "name"]), kids, max_size=4),
    max_leaves=20,
)


@SETTINGS
@given(_JSONISH)
def test_arbitrary_structured_data_only_raises_seed_error(data):
    import json

    _reads_or_seed_error(_write("data.json", json.dumps(data).encode()))
    _reads_or_seed_error(_write("data.yaml", json.dumps({"names": {"title": "x"}, "events": data}).encode()))


# -- no non-blank line of a well-formed article is lost ---------------------------------------
_WORDS = [
    "Legion", "unit", "formed", "in", "March", "2022", "the", "of", "and", "raid", "On", "5", "April", "said",
    "«Свобода»", "Россия", "group", "(FRL)", "\"quoted\"", "it's", "Kyiv", "Battalion", "1st", "since", "war",
    "—", "x", "Caesar", "spokesperson", "Ivan", "Petrov", "a", "b", "12.5", "100%", "&", "<b>", "[x](y)",
    "February", "29", "31", "to", "from", "Since", "1999–2001", "mid-2020", "who uses", "'Rex'", "commander",
]
_word = st.sampled_from(_WORDS)
_phrase = st.lists(_word, min_size=1, max_size=12).map(" ".join)
_sentence = _phrase.map(lambda s: s[0].upper() + s[1:] + "." if s[0].isalpha() else "The " + s + ".")
_paragraph = st.lists(_sentence, min_size=1, max_size=3).map(" ".join)
_key = st.lists(st.sampled_from(["Type", "Size", "Branch", "Colors", "Motto", "Role", "Garrison", "Nickname"]),
                min_size=1, max_size=2, unique=True).map(" ".join)
_value = st.one_of(st.just(""), _phrase)


@st.composite
def _list_lines(draw):
    lines, depth = [], 0
    for _ in range(draw(st.integers(1, 5))):
        depth = draw(st.integers(0, depth + 1)) if lines else 0
        marker = draw(st.sampled_from(["-", "*"]))
        indent = draw(st.sampled_from(["  ", "\t"])) * depth
        lines.append(f"{indent}{marker} {draw(_phrase)}")
    return lines


@st.composite
def _article(draw):
    """(lines, kinds): a well-formed article and what each line is."""
    close = draw(st.sampled_from([" =", "", "="]))
    lines: list[tuple[str, str]] = [(f"= {draw(_phrase)}{close}", "title"), ("", "blank")]
    if draw(st.booleans()):
        lines.append(("Infobox", "marker"))
        for key in draw(st.lists(_key, max_size=5)):
            lines.append((f"- {key}: {draw(_value)}".rstrip(), "entry"))
            for depth in draw(st.lists(st.integers(1, 2), max_size=2)):
                lines.append((f"{'  ' * depth}- {draw(_phrase)}", "item"))
        lines.append(("", "blank"))
    for _ in range(draw(st.integers(0, 2))):
        lines += [(draw(_paragraph), "text"), ("", "blank")]
    for _ in range(draw(st.integers(0, 4))):
        eq = "=" * draw(st.integers(2, 4))
        closing = "=" * draw(st.integers(0, 4))  # unbalanced headings are well-formed enough
        pad = draw(st.sampled_from(["", " "]))
        lines.append((f"{eq}{pad}{draw(_phrase)}{pad}{closing}".rstrip(), "heading"))
        for _ in range(draw(st.integers(0, 3))):
            if draw(st.booleans()):
                lines.append((draw(_paragraph), "text"))
            else:
                lines += [(l, "item") for l in draw(_list_lines())]
            lines.append(("", "blank"))
    if draw(st.booleans()):
        lines += [("== See also ==", "marker")] + [(f"- {draw(_phrase)}", "item") for _ in range(2)]
    return lines


def _content(line: str, kind: str) -> str:
    text = " ".join(line.split())
    if kind == "title" or kind == "heading":
        return text.strip("=").strip()
    if kind == "item":
        return text.lstrip("-*").strip()
    if kind == "entry":
        key, _, value = text[2:].partition(":")
        return value.strip() or key.strip()
    return text


@SETTINGS
@given(_article(), st.sampled_from(["\n", "\r\n"]), st.booleans(), st.sampled_from(["", " ", "\t "]))
def test_no_non_blank_line_is_lost(lines, newline, bom, trailing):
    raw = newline.join(l + (trailing if l else "") for l, _ in lines) + newline
    data = (codecs.BOM_UTF8 if bom else b"") + raw.encode("utf-8")
    path = _write("article.txt", data)
    profile, findings = read_with_findings(path)
    corpus = "\n".join(_strings(profile.model_dump(mode="json")))
    messages = "\n".join(f.message for f in findings)
    for number, (line, kind) in enumerate(lines, start=1):
        if kind in ("blank", "marker"):
            continue
        content = _content(line, kind)
        assert content in corpus or content in messages, (number, line)


@SETTINGS
@given(_article())
def test_block_sources_point_at_their_lines(lines):
    path = _write("src.txt", "\n".join(l for l, _ in lines).encode("utf-8"))
    profile = read(path)
    raw = [" ".join(l.split()) for l, _ in lines]
    blocks = list(profile.lead) + [b for s in profile.all_sections() for b in s.blocks]
    for b in blocks:
        line = raw[b.source.line - 1]
        if isinstance(b, Paragraph):
            assert b.text.startswith(line)
        elif isinstance(b, BulletList):
            assert line.lstrip("-* ") == b.items[0].text
    for s in profile.all_sections():
        assert s.title in raw[s.source.line - 1]


@settings(SETTINGS, max_examples=max(1, SETTINGS.max_examples // 4))  # YAML round trips are slow
@given(_article(), st.sampled_from(["json", "yaml"]))
def test_generated_articles_round_trip(lines, fmt):
    path = _write("rt.txt", "\n".join(l for l, _ in lines).encode("utf-8"))
    profile = read(path)
    out = _write(f"rt.{fmt}", dump_profile(profile, fmt).encode("utf-8"))
    assert read(out) == profile
