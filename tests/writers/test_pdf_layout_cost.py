"""Cheaper layouts that must not change the result: a PDF with a contents list is one layout
(its pages and order are drawn when the layout has placed every heading, `pdf_contents`), and
a draft counts the pages the final PDF has."""
from __future__ import annotations

import re
import subprocess

from reportlab.platypus import doctemplate

from helpers import FIXTURES, SEED


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


def _contents_and_headings(data: bytes, tmp_path, spread: int = 1) -> tuple[list[tuple[str, int]], dict[str, int]]:
    """The contents list's (title, page) entries as printed on its first `spread` pages, and
    the page each of their titles first opens a line on after the contents."""
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    pages = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    entries = [(m.group(1).strip(), int(m.group(2))) for page in pages[:spread] for m in
               re.finditer(r"^(\S[^.\n]*?)\s+(?:\. ?)+\s*(\d+)$", page, re.M)]
    assert entries, pages[0]
    where: dict[str, int] = {}
    for number, text in enumerate(pages, 1):
        body = text.split("Contents", 1)[1] if number == 1 else text
        if number <= spread:  # the contents' own lines name every title
            body = "\n".join(line for line in body.splitlines() if not re.search(r"\. \. ", line))
        for title, _ in entries:
            if title not in where and re.search(rf"^{re.escape(title)}\s*$", body, re.M):
                where[title] = number
    return entries, where


def test_full_pdf_is_laid_out_once_and_its_contents_are_right(monkeypatch, tmp_path) -> None:
    """Nobody laid the full length out before: one layout, no draft before it and no second
    pass, and the contents list shows the page every section opens on."""
    from briefkit.writers import WriteOptions, get_writer

    passes, builds = [], []
    real_multi, real_build = doctemplate.BaseDocTemplate.multiBuild, doctemplate.BaseDocTemplate.build
    monkeypatch.setattr(doctemplate.BaseDocTemplate, "multiBuild",
                        lambda self, *a, **k: passes.append(real_multi(self, *a, **k)) or passes[-1])
    monkeypatch.setattr(doctemplate.BaseDocTemplate, "build",
                        lambda self, *a, **k: builds.append(1) or real_build(self, *a, **k))
    result = get_writer("pdf").render(_full_document(), WriteOptions())
    assert passes == [] and len(builds) == 1
    assert result.pages > 2
    entries, where = _contents_and_headings(result.data, tmp_path)
    assert len(entries) >= 5
    assert all(where.get(title) == page for title, page in entries), (entries, where)


def test_contents_follow_a_section_the_layout_moved(tmp_path) -> None:
    """WWF's full profile: its Timeline, a chart too tall for the room History's start leaves,
    moves past History. The contents list, drawn when the layout is done, names the sections
    in the order they are printed, with their pages, from one layout."""
    from helpers import build

    (pdf,) = build(FIXTURES / "heldout" / "wwf.txt", tmp_path, formats=("pdf",), lengths=("full",))
    entries, where = _contents_and_headings(pdf.path.read_bytes(), tmp_path)
    titles = [t for t, _ in entries]
    assert titles.index("History") < titles.index("Timeline")
    assert all(where.get(title) == page for title, page in entries), (entries, where)
    assert [t for t, _ in sorted(entries, key=lambda e: (where[e[0]], titles.index(e[0])))] == titles


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


def test_a_contents_list_longer_than_its_page_shows_every_page(tmp_path) -> None:
    """A contents list too long for its page is split by the layout into tables of its rows
    as given, drawn where they stand, before the later headings are placed: the writer lays
    the Document out a second time with the pages of the first, so no entry shows page 0."""
    from briefkit.document.nodes import Meta
    from briefkit.document.parse import parse
    from briefkit.writers import WriteOptions, get_writer

    sections = "\n\n".join(f"# Section {n}\n\n" + " ".join(["Words of the section."] * (30 + n % 7))
                           for n in range(1, 90))
    document = parse(f"::: toc Contents\n:::\n\n{sections}\n", Meta(title="Long", short_title="Long"))
    result = get_writer("pdf").render(document, WriteOptions())
    entries, where = _contents_and_headings(result.data, tmp_path, spread=2)
    assert len(entries) >= 60 and all(page > 0 for _, page in entries), entries[-5:]
    assert all(where.get(title) == page for title, page in entries)
