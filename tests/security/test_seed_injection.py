"""Structured seed data is data: a URL cannot end its link and start markup, strings with
lone surrogates or control characters are refused at the reader, and errors name the file
being built, never a `seed_file` written inside the data."""
from __future__ import annotations

import json

import pytest

from briefkit.errors import SeedError
from briefkit.model import SourceInfo, url_problem
from briefkit.readers import read

INJECTED = "https://example.org/\n\n# Injected heading\n\n::: pagebreak\n:::\n\n**bold** [x](https://evil.example)"


def write_json(tmp_path, data, name="seed.json"):
    f = tmp_path / name
    f.write_text(json.dumps(data), encoding="utf-8")
    return f


@pytest.mark.parametrize("url", [
    INJECTED, "javascript:alert(1)", "https://a.example/x y", "data:text/html,<b>x</b>",
    "https://a.example/\u2028x", "file:///etc/passwd", "https://", "http:/x", "//host/x",
])
def test_bad_urls_are_refused_by_the_model(url):
    assert url_problem(url)
    with pytest.raises(ValueError):
        SourceInfo(url=url)


@pytest.mark.parametrize("url", ["https://en.wikipedia.org/wiki/A_(b)", "http://x.example", "mailto:a@b.example"])
def test_good_urls_pass(url):
    assert SourceInfo(url=url).url == url


def test_injected_url_in_json_is_a_located_seed_error(tmp_path):
    f = write_json(tmp_path, {"names": {"title": "Org"}, "source": {"url": INJECTED}, "seed_file": "elsewhere.txt"})
    with pytest.raises(SeedError) as info:
        read(f)
    err = info.value
    assert err.file == str(f) and "elsewhere" not in str(err)
    assert "source.url" in str(err)
    assert all(line.startswith(str(f)) and "\n" not in line for line in err.report_lines())


def test_injected_url_in_article_source_block_is_ignored(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("= Org =\n\nOrg is an organisation.\n\nSource\n- Publisher: X\n- URL: javascript:alert(1)\n",
                 encoding="utf-8")
    profile = read(f)
    assert profile.source.url is None


@pytest.mark.parametrize("bad", ["\ud800", "a\x00b", "x\x1by", "\x85"])
def test_lone_surrogate_and_controls_are_refused(tmp_path, bad):
    f = tmp_path / "seed.json"
    # json.dumps escapes them (\\ud800, \\u0000), which is how such a file arrives.
    f.write_text(json.dumps({"names": {"title": "Org" + bad}, "lead": [{"text": "ok"}]}), encoding="utf-8")
    with pytest.raises(SeedError) as info:
        read(f)
    assert info.value.file == str(f) and info.value.line == 1
    assert "names.title" in str(info.value)


def test_bad_key_is_refused(tmp_path):
    f = tmp_path / "seed.json"
    f.write_text(json.dumps({"names": {"title": "Org"}, "fac\ud800ts": []}), encoding="utf-8")
    with pytest.raises(SeedError) as info:
        read(f)
    assert "key" in str(info.value)


def test_build_errors_name_the_file_being_built(tmp_path, monkeypatch):
    """A later stage's error (here: a page budget that cannot be met) names the seed passed."""
    import briefkit.fit
    from briefkit.build import BuildOptions, build_seed
    from briefkit.errors import BriefkitError

    f = write_json(tmp_path, {"names": {"title": "Org"}, "seed_file": "/etc/elsewhere.txt",
                              "lead": [{"text": "Org is an organisation."}]})

    def boom(profile, *a, **k):
        raise briefkit.fit.RenderError("does not fit", file=profile.seed_file)

    monkeypatch.setattr(briefkit.fit, "fit", boom)
    with pytest.raises(BriefkitError) as info:
        build_seed(f, BuildOptions(out_dir=tmp_path / "out", formats=("pdf",), lengths=("snapshot",)))
    assert info.value.file == str(f)


def test_deep_nesting_is_refused(tmp_path):
    data: dict = {"names": {"title": "Org"}}
    deep: list = []
    data["see_also"] = deep
    for _ in range(200):
        deep.append([])
        deep = deep[0]
    f = write_json(tmp_path, data)
    with pytest.raises(SeedError) as info:
        read(f)
    assert "nested deeper" in str(info.value)


def test_key_with_a_line_break_stays_one_line(tmp_path):
    f = tmp_path / "seed.json"
    f.write_text(json.dumps({"names": {"title": "Org"}, "::: pagebreak\n:::seed": 1}), encoding="utf-8")
    with pytest.raises(SeedError) as info:
        read(f)
    lines = info.value.report_lines()
    assert len(lines) == 1 and "\n" not in lines[0] and "\\n" in lines[0]
