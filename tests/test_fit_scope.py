"""What a fit keeps while it runs (`fit_scope`), the inline runs a parse takes from texts
parsed before, and the drafts a fit asks for twice."""
from __future__ import annotations

from briefkit import fit_scope
from briefkit.document.nodes import Meta, Text
from briefkit.document.parse import parse


def test_a_kept_function_runs_once_per_scope_and_arguments() -> None:
    calls: list[tuple] = []

    @fit_scope.kept
    def pick(items: list, n: int) -> list:
        calls.append((tuple(items), n))
        return items[:n]

    a, b = object(), object()
    assert pick([a, b], 1) == [a]  # outside a scope: every call runs
    assert pick([a, b], 1) == [a]
    assert len(calls) == 2
    with fit_scope.scope():
        first = pick([a, b], 1)
        again = pick([a, b], 1)  # a new list of the same items: the same arguments
        assert first == again == [a] and first is not again  # each caller its own list
        pick([a, b], 2)
        pick([b, a], 1)
        pick([a, b], True)  # a flag is not the number 1
    assert len(calls) == 2 + 4
    with fit_scope.scope():  # a new fit keeps nothing of the last one
        pick([a, b], 1)
    assert len(calls) == 7


def test_a_kept_function_that_raises_keeps_nothing() -> None:
    calls = []

    @fit_scope.kept
    def fails(x: int) -> int:
        calls.append(x)
        raise ValueError(x)

    with fit_scope.scope():
        for _ in range(2):
            try:
                fails(1)
            except ValueError:
                pass
    assert calls == [1, 1]


def test_inline_runs_are_those_of_a_whole_parse_with_or_without_link_references() -> None:
    meta = Meta(title="T", short_title="T")
    body = "See [x] and *[y]* and `a|b` and **[x]**.\n\n| a | b |\n|---|---|\n| [x] | *c* |\n"
    plain = parse("# One\n\n" + body, meta)
    again = parse("# One\n\n" + body, meta)  # runs read back from the first parse
    assert plain == again
    assert plain.blocks[1].runs[0] == Text("See [x] and ")
    linked = parse("# One\n\n[x]: http://example.com\n\n" + body, meta)
    assert Text("x", href="http://example.com") in linked.blocks[1].runs


def test_a_length_without_a_budget_lays_out_one_final_pdf(monkeypatch) -> None:
    """The full length decides on its charts' size from drafts: the seed's full profile, whose
    last page is nearly empty, is laid out and written once, whichever size wins."""
    from helpers import SEED

    from briefkit.charts_service import ChartService
    from briefkit.compose import load_lengths, source_date
    from briefkit.fit import fit
    from briefkit.readers import read
    from briefkit.writers import WriteOptions
    from briefkit.writers.pdf import PdfWriter

    finals: list[bool] = []
    render = PdfWriter.render

    def counted(self, document, options, draft=False, **kwargs):
        finals.append(draft)
        return render(self, document, options, draft=draft, **kwargs)

    monkeypatch.setattr(PdfWriter, "render", counted)
    profile = read(SEED)
    fitted = fit(profile, load_lengths()["full"], source_date(profile, SEED), ChartService(profile, None),
                 WriteOptions())
    assert fitted.pdf is not None
    assert finals.count(False) == 1


def test_a_markup_composed_again_within_a_fit_is_parsed_at_most_twice(monkeypatch) -> None:
    """A fit composes the same markup at several detail levels and fill steps: it is parsed
    at most twice per fit (the second parse is kept frozen, as most markups are asked for
    once), and each asking gets a new Document, equal to the first, that it may change."""
    from briefkit import fit

    calls: list[str] = []
    real = fit.parse
    monkeypatch.setattr(fit, "parse", lambda markup, meta: calls.append(markup) or real(markup, meta))
    meta = Meta("T", "T")
    markup = "# A\n\nSome text.\n\n- one\n- two\n"
    with fit_scope.scope():
        made = [fit._parsed(markup, meta) for _ in range(5)]
    assert len(calls) == 2
    assert all(d == made[0] for d in made)
    assert len({id(d) for d in made}) == 5 and len({id(d.blocks) for d in made}) == 5
    fit._parsed(markup, meta)  # outside a fit nothing is kept
    assert len(calls) == 3


def test_the_lengths_of_one_seed_share_what_their_fits_ask_for_alike(monkeypatch, tmp_path) -> None:
    """A build keeps one scope for all of a seed's lengths: the key facts the snapshot and the
    brief both list are chosen once, and the timeline's events picked alike once."""
    from helpers import SEED

    from briefkit import compose, digest
    from briefkit.build import BuildOptions, build_seed

    calls: list[str] = []
    for module, name in ((digest, "key_facts"), (compose, "select_events")):
        real = getattr(module, name)

        def counted(*args, _real=real, _name=name, **kwargs):
            calls.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)
    compose._environment.cache_clear()  # the templates' globals are bound when it is made
    try:
        build_seed(SEED, BuildOptions(out_dir=tmp_path, formats=("pdf",), cache=False))
    finally:
        compose._environment.cache_clear()
    assert calls.count("key_facts") == 1
    assert calls.count("select_events") == 4  # 6 when each length kept its own


def test_a_length_lets_go_of_the_last_lengths_documents_and_drafts() -> None:
    """One scope serves a seed's lengths, but what is of one length's markup alone (its parsed
    Documents, drafts and fill steps, the bulk of a scope) goes when the next length's fit
    begins: a batch worker holds one length's at a time."""
    from helpers import SEED

    from briefkit.charts_service import ChartService
    from briefkit.compose import load_lengths, source_date
    from briefkit.fit import fit
    from briefkit.readers import read
    from briefkit.writers import WriteOptions

    profile = read(SEED)
    lengths = load_lengths()
    with fit_scope.scope():
        fit(profile, lengths["snapshot"], source_date(profile, SEED), ChartService(profile, None), WriteOptions())
        calls = dict(fit_scope.store("calls"))
        assert calls and fit_scope.store("drafts") and fit_scope.store("parsed")
        kept_draft = next(iter(fit_scope.store("drafts")))
        fit(profile, lengths["brief"], source_date(profile, SEED), ChartService(profile, None), WriteOptions())
        assert kept_draft not in fit_scope.store("drafts")  # the brief's own drafts only
        assert set(calls) <= set(fit_scope.store("calls"))  # what both ask for alike stays
