"""How much a budgeted length's fit lays out to reach its choice: the choice is the test suite's
everywhere else; here, that the search weighs only the candidates that could win."""
from __future__ import annotations

from helpers import SEED


def _brief_fit(monkeypatch, seed=SEED):
    """The brief of `seed` (default: the Legion's) fitted, with the (fill, org_chart) of every Document it composed and of
    every Document it laid out as a draft."""
    from briefkit import fit as fit_module
    from briefkit.charts_service import ChartService
    from briefkit.compose import load_lengths, source_date
    from briefkit.readers import read
    from briefkit.writers import WriteOptions

    composed: list[tuple[int, bool]] = []
    laid_out: list[tuple[int, bool]] = []
    tags: dict[int, tuple[int, bool]] = {}
    real_compose, real_document_of, real_draft = fit_module.compose_markup, fit_module.document_of, fit_module.draft

    def compose_markup(profile, length, detail, as_of, template_dir, fill=0, org_chart=True, *args, **kw):
        composition = real_compose(profile, length, detail, as_of, template_dir, fill, org_chart, *args, **kw)
        composed.append((fill, org_chart))
        composition.tag = (fill, org_chart)
        return composition

    def document_of(composition, charts):
        document = real_document_of(composition, charts)
        tags[id(document)] = composition.tag
        return document

    def draft(document, options, reserve=0.0, **kw):
        laid_out.append(tags.get(id(document), (0, True)))
        return real_draft(document, options, reserve=reserve, **kw)

    monkeypatch.setattr(fit_module, "compose_markup", compose_markup)
    monkeypatch.setattr(fit_module, "document_of", document_of)
    monkeypatch.setattr(fit_module, "draft", draft)
    profile = read(seed)
    length = load_lengths()["brief"]
    fitted = fit_module.fit(profile, length, source_date(profile, seed), ChartService(profile, None), WriteOptions())
    return fitted, composed, laid_out


SHORT_ARTICLE = """= Coastal Rescue Council =

Infobox
- Name: Coastal Rescue Council
- Founded: 2004
- Leader: Ieva Ozola

The Coastal Rescue Council is a relief organisation based in Riga. It was founded in 2004 and is led by Ieva Ozola.

== History ==

""" + "\n\n".join(
    f"On {day} March {year}, the council opened an office in {town}. Observers noted steady growth in its "
    f"budget. Observers noted slow growth in its reach. Observers noted rapid growth in its membership."
    for day, year, town in [(3, 2005, "Tartu"), (9, 2007, "Lviv"), (12, 2009, "Vilnius"), (5, 2011, "Gdańsk"),
                            (21, 2013, "Batumi"), (14, 2015, "Odesa"), (8, 2017, "Kraków")]) + """

== Leadership ==

Ieva Ozola has chaired the council since 2015. Marek Zielinski serves as deputy chair.
"""


def test_room_on_a_brief_s_last_page_is_refilled_after_one_draft_of_the_fullest_step(monkeypatch, tmp_path) -> None:
    """A short article's brief ends with room on its last page, which goes to more sentences
    (`fit.refilled`). When the step with the most sentences keeps the pages, every step below
    it does too, so only that step is laid out, not each of the eight on the way up to it."""
    from briefkit.fit import FILL_MAX

    seed = tmp_path / "coastal_rescue_council.txt"
    seed.write_text(SHORT_ARTICLE, encoding="utf-8")
    fitted, composed, laid_out = _brief_fit(monkeypatch, seed)
    assert fitted.fill >= FILL_MAX - 2 and fitted.org_chart  # (the top steps may compose alike)
    assert {fill for fill, _ in composed} >= set(range(1, FILL_MAX + 1))  # composed, to weigh what each tells
    # the fullest step, and the step chosen: the one with fewer sentences of those that tell as much
    assert {fill for fill, _ in laid_out if fill > 0} == {FILL_MAX, fitted.fill}, laid_out


def test_a_step_weighed_only_by_what_it_tells_is_not_parsed(monkeypatch, tmp_path) -> None:
    """The refill sorts the fill steps by how much each tells, from their markup alone, and lays
    out one or two: the others are never parsed into Documents (a third of each composition's
    time), whatever the fit then chooses."""
    from briefkit import fit as fit_module

    parsed: list[str] = []
    real_parsed = fit_module._parsed

    def counted(markup, meta):
        parsed.append(markup)
        return real_parsed(markup, meta)

    monkeypatch.setattr(fit_module, "_parsed", counted)
    seed = tmp_path / "coastal_rescue_council.txt"
    seed.write_text(SHORT_ARTICLE, encoding="utf-8")
    fitted, composed, laid_out = _brief_fit(monkeypatch, seed)
    weighed_only = {fill for fill, _ in composed} - {fill for fill, _ in laid_out}
    assert len(weighed_only) >= 4, (composed, laid_out)
    assert len(parsed) <= len(laid_out), (len(parsed), laid_out)


def test_a_chart_of_parts_gives_way_after_a_layout_of_only_the_steps_that_tell_enough_more(monkeypatch) -> None:
    """The Legion's brief gives up its chart of nine battalions for the fill step that tells
    most (`fit.told_instead`). Only steps that tell `CHART_WORTH` more are laid out: composing
    a step to measure its markup costs a fraction of its draft, and the brief had laid out all
    nine steps without the chart to keep the one at the top."""
    fitted, composed, laid_out = _brief_fit(monkeypatch)
    assert not fitted.org_chart
    chartless_composed = [fill for fill, org in composed if not org]
    chartless_laid_out = [fill for fill, org in laid_out if not org]
    assert fitted.fill in chartless_laid_out
    assert len(chartless_composed) >= 2  # the search went down until a step told too little
    assert len(set(chartless_laid_out)) <= 2, chartless_laid_out


def _count_finals(monkeypatch, need_pdf: bool):
    from briefkit import fit as fit_module
    from briefkit.charts_service import ChartService
    from briefkit.compose import load_lengths, source_date
    from briefkit.readers import read
    from briefkit.writers import WriteOptions

    finals: list[int] = []
    real = fit_module.final_pdf

    def final_pdf(document, options, reserve=0.0):
        finals.append(1)
        return real(document, options, reserve=reserve)

    monkeypatch.setattr(fit_module, "final_pdf", final_pdf)
    profile = read(SEED)
    fitted = fit_module.fit(profile, load_lengths()["brief"], source_date(profile, SEED), ChartService(profile, None),
                            WriteOptions(), need_pdf=need_pdf)
    return fitted, len(finals)


def test_a_brief_writes_only_the_pdf_it_keeps(monkeypatch) -> None:
    """A candidate whose layout moved a figure section keeps the Document as it was for its
    final PDF instead of writing it at once (`fit.render`): the Legion's brief had written a
    PDF with its organisation chart, drawn the chart for it, and then given the chart up. The
    PDF kept is the one its Document gives, and a DOCX-only build writes none."""
    from briefkit.writers import WriteOptions, get_writer

    fitted, finals = _count_finals(monkeypatch, need_pdf=True)
    assert finals == 1
    assert fitted.pdf is not None and fitted.pdf.startswith(b"%PDF")
    _, finals = _count_finals(monkeypatch, need_pdf=False)
    assert finals == 0
