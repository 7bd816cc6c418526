"""Chart images in the PDF: the PNG's own data, embedded once, binary, same pixels."""
from __future__ import annotations

import io

from PIL import Image
from pypdf import PdfReader

from briefkit.charts_service import ChartService
from briefkit.compose import load_lengths, source_date
from briefkit.fit import build_document
from briefkit.readers import read
from briefkit.writers import WriteOptions, get_writer
from briefkit.writers.pdf_image import _parse_png
from helpers import SEED


def _full_document():
    profile = read(SEED)
    length = load_lengths()["full"]
    charts = ChartService(profile, None)
    doc, _ = build_document(profile, length, length.max_detail, source_date(profile, SEED), charts, None)
    return doc, charts


def test_chart_pixels_in_the_pdf_equal_the_png() -> None:
    doc, charts = _full_document()
    data = get_writer("pdf").write(doc, WriteOptions())
    assert b"ASCII85Decode" not in data
    reader = PdfReader(io.BytesIO(data))
    embedded = {img.image.convert("RGB").tobytes() for page in reader.pages for img in page.images}
    drawn = [c for c in charts._memo.values() if c is not None]
    assert drawn
    for chart in drawn:
        with Image.open(io.BytesIO(chart.png)) as im:
            assert im.convert("RGB").tobytes() in embedded


def test_each_chart_is_one_object_however_many_passes() -> None:
    doc, charts = _full_document()
    data = get_writer("pdf").write(doc, WriteOptions())
    drawn = [c for c in charts._memo.values() if c is not None]
    assert data.count(b"/Subtype /Image") == len({c.png for c in drawn})


def test_draft_counts_the_same_pages_without_writing_a_file() -> None:
    doc, _ = _full_document()
    writer = get_writer("pdf")
    final = writer.render(doc, WriteOptions())
    draft = writer.render(doc, WriteOptions(), draft=True)
    assert draft.pages == final.pages > 1
    assert draft.data == b""


def test_png_outside_the_pass_through_subset_is_refused() -> None:
    rgba = io.BytesIO()
    Image.new("RGBA", (4, 3), (255, 0, 0, 128)).save(rgba, format="PNG")
    rgb = io.BytesIO()
    Image.new("RGB", (4, 3), (255, 0, 0)).save(rgb, format="PNG")
    assert _parse_png(rgba.getvalue()) is None
    assert _parse_png(b"not a png") is None
    name, width, height, colour_type, idat = _parse_png(rgb.getvalue())
    assert (width, height, colour_type) == (4, 3, 2) and idat


def test_png_with_alpha_still_draws() -> None:
    from reportlab.platypus import SimpleDocTemplate

    from briefkit.writers.pdf_image import ChartImage

    png = io.BytesIO()
    Image.new("RGBA", (40, 30), (255, 0, 0, 255)).save(png, format="PNG")
    out = io.BytesIO()
    SimpleDocTemplate(out).build([ChartImage(png.getvalue(), 80, 60)])
    images = [img for page in PdfReader(out).pages for img in page.images]
    assert len(images) == 1 and images[0].image.size == (40, 30)


def test_image_filters_and_their_parameters_agree(seed_build):
    """PDF 7.3.8.2: with an array of filters, DecodeParms is an array of the same length. A
    lone dictionary beside a filter array is ignored by poppler: the PNG predictor is skipped
    and every chart renders as black noise (pypdf decodes it anyway, so check the structure)."""
    from pypdf import PdfReader

    checked = 0
    for (length, fmt), path in seed_build.items():
        if fmt != "pdf":
            continue
        for page in PdfReader(str(path)).pages:
            xobjects = (page.get("/Resources") or {}).get("/XObject") or {}
            for ref in xobjects.values():
                obj = ref.get_object()
                if obj.get("/Subtype") != "/Image" or "/DecodeParms" not in obj:
                    continue
                filters, parms = obj.get("/Filter"), obj["/DecodeParms"]
                if isinstance(filters, list):
                    assert isinstance(parms, list) and len(parms) == len(filters), obj
                checked += 1
    assert checked >= 2
