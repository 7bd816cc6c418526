"""Cheaper layouts that must not change the result: the contents list is laid out right the
first time (a full PDF takes a draft and one full pass), and a draft counts the pages the final
PDF has."""
from __future__ import annotations

from reportlab.platypus import doctemplate

from helpers import SEED


def _full_document():
    from briefkit.charts_service import ChartService
    from briefkit.compose import load_lengths, source_date
    from briefkit.fit import build_document
    from briefkit.readers import read

    profile = read(SEED)
    length = load_lengths()["full"]
    doc, _ = build_document(profile, length, length.max_detail, source_date(profile, SEED),
                            ChartService(profile, None), None)
    return doc


def test_full_pdf_is_laid_out_once_after_a_draft(monkeypatch) -> None:
    """Nobody laid the full length out before: a draft finds the headings' pages, and the
    one full pass already shows them in the contents."""
    from briefkit.writers import WriteOptions, get_writer

    passes, builds = [], []
    real_multi, real_build = doctemplate.BaseDocTemplate.multiBuild, doctemplate.BaseDocTemplate.build
    monkeypatch.setattr(doctemplate.BaseDocTemplate, "multiBuild",
                        lambda self, *a, **k: passes.append(real_multi(self, *a, **k)) or passes[-1])
    monkeypatch.setattr(doctemplate.BaseDocTemplate, "build",
                        lambda self, *a, **k: builds.append(1) or real_build(self, *a, **k))
    result = get_writer("pdf").render(_full_document(), WriteOptions())
    assert passes == [1]
    assert len(builds) == 2  # the draft and the full pass
    assert result.pages > 2


def test_wrong_prefilled_pages_cost_passes_not_a_different_pdf() -> None:
    """The contents' prefilled page numbers only decide how many passes multiBuild makes:
    wrong ones give the same bytes as right ones."""
    from briefkit.document.nodes import PageMap
    from briefkit.writers import WriteOptions, get_writer

    writer = get_writer("pdf")
    right = _full_document()
    # as a build has them: the pages of the draft the fit step laid out
    right.pages = writer.render(_full_document(), WriteOptions(), draft=True).page_map
    wrong = _full_document()
    wrong.pages = PageMap(tuple(1 for _ in wrong.outline()))
    assert writer.render(wrong, WriteOptions()).data == writer.render(right, WriteOptions()).data


def test_drafts_count_the_pages_of_the_final_pdf_at_every_detail_level() -> None:
    from briefkit.charts_service import ChartService
    from briefkit.compose import load_lengths, source_date
    from briefkit.fit import build_document
    from briefkit.readers import read
    from briefkit.writers import WriteOptions, get_writer

    profile = read(SEED)
    charts = ChartService(profile, None)
    writer = get_writer("pdf")
    length = load_lengths()["brief"]
    for detail in range(0, length.max_detail + 1, 2):
        doc, _ = build_document(profile, length, detail, source_date(profile, SEED), charts, None)
        draft = writer.render(doc, WriteOptions(), draft=True)
        assert draft.pages == writer.render(doc, WriteOptions()).pages, f"detail {detail}"


def test_the_pdf_says_how_full_each_page_is() -> None:
    from briefkit.writers import WriteOptions, get_writer

    result = get_writer("pdf").render(_full_document(), WriteOptions())
    assert len(result.page_fills) == result.pages
    assert result.page_fills[-1] == result.last_fill
    assert all(0.0 <= f <= 1.0 for f in result.page_fills) and max(result.page_fills[:-1]) > 0.75
