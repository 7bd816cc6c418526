"""Cheaper layouts that must not change the result: the contents list is laid out right the
first time (a full PDF takes two passes), and a draft counts the pages the final PDF has."""
from __future__ import annotations

from reportlab.platypus import doctemplate

from helpers import SEED


def test_full_pdf_settles_in_two_passes(monkeypatch) -> None:
    from briefkit.charts_service import ChartService
    from briefkit.compose import load_lengths, source_date
    from briefkit.fit import build_document
    from briefkit.readers import read
    from briefkit.writers import WriteOptions, get_writer

    passes = []
    real = doctemplate.BaseDocTemplate.multiBuild
    monkeypatch.setattr(doctemplate.BaseDocTemplate, "multiBuild",
                        lambda self, *a, **k: passes.append(real(self, *a, **k)) or passes[-1])
    profile = read(SEED)
    length = load_lengths()["full"]
    doc, _ = build_document(profile, length, length.max_detail, source_date(profile, SEED),
                            ChartService(profile, None), None)
    result = get_writer("pdf").render(doc, WriteOptions())
    assert passes == [2]
    assert result.pages > 2


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
