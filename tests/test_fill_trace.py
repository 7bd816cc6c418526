"""A larger fill step composes the same markup when the composition says so (`fill_trace`)."""
from __future__ import annotations

import datetime as dt
import numbers

import pytest

from briefkit import fill_trace
from briefkit.compose import ComposeRequest, compose, compose_traced, load_lengths
from briefkit.fill_trace import TrackedFill


def _noted(use) -> bool:
    log, token = fill_trace.start()
    try:
        use(TrackedFill(5))
    finally:
        fill_trace.stop(token)
    return log.changes


@pytest.mark.parametrize("use, noted", [
    (lambda f: f < 0, False), (lambda f: f <= 4, False), (lambda f: f > 0, False), (lambda f: f >= 5, False),
    (lambda f: f == 3, False), (lambda f: f != 3, False), (lambda f: bool(f), False),
    (lambda f: isinstance(f, numbers.Integral), False),
    (lambda f: 0 < f, False), (lambda f: isinstance(f, int), False),
    (lambda f: f < 9, True), (lambda f: f > 7, True), (lambda f: f == 5, True), (lambda f: f != 5, True),
    (lambda f: f == 8, True), (lambda f: f + 1, True), (lambda f: -f, True), (lambda f: f // 2, True),
    (lambda f: str(f), True), (lambda f: f"{f}", True), (lambda f: hash(f), True), (lambda f: f.real, True),
    (lambda f: [f, 3][0] * 2, True), (lambda f: range(f), True), (lambda f: float(f), True),
    (lambda f: "abcdefghij"[:f], True), (lambda f: "%d" % f, True), (lambda f: f < 0.5, False),
    (lambda f: f < "x", True),
])
def test_a_use_is_noted_when_a_larger_fill_could_answer_it_differently(use, noted):
    try:
        _noted(use)
    except TypeError:
        pass
    log, token = fill_trace.start()
    try:
        try:
            use(TrackedFill(5))
        except TypeError:
            pass
    finally:
        fill_trace.stop(token)
    assert log.changes is noted


@pytest.mark.parametrize("stem", ["wagner_group", "msf", "europol", "nokia", "azov"])
def test_a_settled_brief_composes_the_same_markup_at_every_larger_step(stem):
    """The built-in brief reads `fill` through `summary_more` and `fill < 0` only: from the
    step that gives every section its most, every larger step composes the same markup, and
    the composition says so. A step before it does not say so."""
    from helpers import FIXTURES

    from briefkit.readers import read

    profile = read(FIXTURES / "articles" / f"{stem}.txt")
    length = load_lengths()["brief"]
    for detail in (4, length.max_detail):
        runs = [compose_traced(ComposeRequest(profile, length, detail, dt.date(2025, 1, 1), None, fill))
                for fill in range(1, 15)]
        settled = [i for i, (_m, s) in enumerate(runs) if s]
        assert settled, (stem, detail)
        first = settled[0]
        assert all(s for _m, s in runs[first:])
        assert {m for m, _s in runs[first:]} == {runs[first][0]}
        if first:
            assert not runs[first - 1][1]


def test_a_template_that_prints_or_counts_with_fill_never_settles(tmp_path):
    """The snapshot adds people with `fill` (`(fill + 1) // 2`), and a house template may print
    it: such a composition never says a larger step composes the same."""
    from helpers import SEED

    from briefkit.readers import read

    profile = read(SEED)
    snapshot = load_lengths()["snapshot"]
    assert not any(compose_traced(ComposeRequest(profile, snapshot, 10, dt.date(2025, 1, 1), None, f))[1]
                   for f in (1, 5, 20))
    (tmp_path / "lengths.toml").write_text('[mine]\ntemplate = "mine.md.j2"\nmax_detail = 0\n', encoding="utf-8")
    (tmp_path / "mine.md.j2").write_text("# {{ p.title }}\n\nStep {{ fill }}.\n", encoding="utf-8")
    mine = load_lengths(tmp_path)["mine"]
    req = ComposeRequest(profile, mine, 0, dt.date(2025, 1, 1), str(tmp_path), 3)
    assert compose_traced(req) == (compose(req), False) and "Step 3." in compose(req)
    (tmp_path / "mine.md.j2").write_text("# {{ p.title }}\n\n{% if fill > 0 %}Filled.{% endif %}\n", encoding="utf-8")
    assert compose_traced(ComposeRequest(profile, mine, 0, dt.date(2025, 1, 1), str(tmp_path), 3))[1]


@pytest.mark.parametrize("stem", ["wagner_group", "nokia", "msf"])
def test_a_fit_that_reuses_settled_markup_chooses_what_it_chose_composing_every_step(stem, monkeypatch):
    """The fit takes a settled step's markup for every larger step (`fit.build_document`): the
    brief it chooses, its markup and its PDF's bytes, is the one it chose composing them all."""
    from helpers import FIXTURES

    from briefkit import compose as C
    from briefkit.charts_service import ChartService
    from briefkit.compose import source_date
    from briefkit.fit import fit
    from briefkit.readers import read
    from briefkit.writers import WriteOptions

    path = FIXTURES / "articles" / f"{stem}.txt"
    length = load_lengths()["brief"]

    def fitted():
        profile = read(path)
        f = fit(profile, length, source_date(profile, path), ChartService(profile, None), WriteOptions())
        return f.markup, f.pdf, f.pages, f.dropped

    reused = fitted()
    real = C.compose_traced
    monkeypatch.setattr(C, "compose_traced", lambda req: (real(req)[0], False))
    assert fitted() == reused


@pytest.mark.parametrize("body", ["{% for i in range(fill) %}x{% endfor %}", "{{ 'abcdefghij'[:fill] }}",
                                  "{{ [1, 2, 3, 4, 5, 6, 7, 8, 9][fill] }}", "{{ [1, 2] | batch(fill) | list }}",
                                  "{{ shortlist(p, fill) | length }}", "{{ 'ab' * fill }}",
                                  "{% if fill is odd %}odd{% endif %}", "{{ '%d' % fill }}"])
def test_a_template_that_reads_fill_as_a_number_never_settles(tmp_path, body):
    """C code reads a number handed to `range`, a slice, an index, a filter or a function as
    the number it is, which no method of the tracked step sees: such a composition never says
    a larger step composes the same."""
    from helpers import SEED

    from briefkit.readers import read

    (tmp_path / "lengths.toml").write_text('[mine]\ntemplate = "mine.md.j2"\nmax_detail = 0\n', encoding="utf-8")
    (tmp_path / "mine.md.j2").write_text("# {{ p.title }}\n\n" + body + "\n", encoding="utf-8")
    mine = load_lengths(tmp_path)["mine"]
    assert not compose_traced(ComposeRequest(read(SEED), mine, 0, dt.date(2025, 1, 1), str(tmp_path), 3))[1]


def test_a_tracked_step_is_an_integer_to_a_template(tmp_path):
    from helpers import SEED

    from briefkit.readers import read

    (tmp_path / "lengths.toml").write_text('[mine]\ntemplate = "mine.md.j2"\nmax_detail = 0\n', encoding="utf-8")
    (tmp_path / "mine.md.j2").write_text("# {{ p.title }}\n\n{% if fill is integer and fill is number %}Whole."
                                         "{% endif %}\n", encoding="utf-8")
    mine = load_lengths(tmp_path)["mine"]
    markup, settled = compose_traced(ComposeRequest(read(SEED), mine, 0, dt.date(2025, 1, 1), str(tmp_path), 3))
    assert "Whole." in markup and settled
