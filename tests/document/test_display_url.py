"""URLs are shown as a reader types them, not as a machine escapes them."""
from __future__ import annotations

import pytest

from briefkit.document.nodes import Text, display_url

ENCODED = "https://ru.wikipedia.org/wiki/%D0%9B%D0%B5%D0%B3%D0%B8%D0%BE%D0%BD_%C2%AB%D0%A1%D0%B2%D0%BE%D0%B1%D0%BE%D0%B4%D0%B0%C2%BB"


def test_non_ascii_letters_are_decoded():
    assert display_url(ENCODED) == "https://ru.wikipedia.org/wiki/Легион_«Свобода»"


@pytest.mark.parametrize("url", [
    "https://x.org/a%20b",        # a space would split the URL in print
    "https://x.org/a%2Fb",        # an escaped slash is not a path separator
    "https://x.org/100%25",       # a literal percent sign
    "https://x.org/%3Cb%3E",      # markup-looking ASCII
    "https://x.org/%FF%FE",       # not UTF-8
    "https://x.org/%E2%80%8F",    # a bidi control, invisible
    "https://x.org/%D0",          # a truncated sequence
])
def test_meaningful_or_invisible_escapes_stay(url):
    assert display_url(url).upper() == url.upper()


def test_mixed_valid_and_invalid_bytes():
    assert display_url("https://x.org/%D0%9B%FF%D0%B5") == "https://x.org/Л%FFе"


def test_only_links_that_show_a_url_are_decoded():
    assert Text(ENCODED, href=ENCODED).shown.endswith("Легион_«Свобода»")
    assert Text(ENCODED).shown == ENCODED  # not a link: text as written
    label = "see %D0%9B"
    assert Text(label, href=ENCODED).shown == label  # a label, not a URL
