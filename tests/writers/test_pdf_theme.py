"""A theme's logo, organisation and colours reach the page."""
from __future__ import annotations


from pypdf import PdfReader

from helpers import SEED, build


def _logo(path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(2, 0.8))
    fig.text(0.5, 0.5, "LOGO", ha="center", va="center", fontsize=20)
    fig.savefig(path, dpi=100, metadata={"Software": None})
    plt.close(fig)


def test_logo_and_organisation(tmp_path):
    _logo(tmp_path / "logo.png")
    (tmp_path / "theme.toml").write_text('logo = "logo.png"\norganisation = "Example Institute"\n')
    out = build(SEED, tmp_path / "o", lengths=("snapshot",), formats=("pdf",), theme=tmp_path / "theme.toml")[0].path
    page = PdfReader(str(out)).pages[0]
    xobjects = page["/Resources"].get("/XObject") or {}
    assert any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())
    assert "Example Institute" in page.extract_text()


def _image_count(path) -> int:
    count = 0
    for page in PdfReader(str(path)).pages:
        for x in (page["/Resources"].get("/XObject") or {}).values():
            count += x.get_object().get("/Subtype") == "/Image"
    return count


def test_vector_charts_replace_raster_ones(tmp_path):
    (tmp_path / "vector.toml").write_text("vector_charts = true\n")
    raster = build(SEED, tmp_path / "r", lengths=("full",), formats=("pdf",))[0].path
    vector = build(SEED, tmp_path / "v", lengths=("full",), formats=("pdf",), theme=tmp_path / "vector.toml")[0].path
    assert _image_count(raster) == 2  # timeline and organisation chart as 300 dpi PNG
    assert _image_count(vector) == 0
    assert len(PdfReader(str(vector)).pages) == len(PdfReader(str(raster)).pages)


def test_the_command_line_draws_vector_charts_for_a_vector_theme(tmp_path):
    """The batch path (CLI, `build_many`) prepares charts as `build` does: a theme that asks
    for vector charts gets them, not the PNGs."""
    from briefkit.batch.run import build_many

    (tmp_path / "vector.toml").write_text("vector_charts = true\n")
    result = build_many([SEED], out_dir=tmp_path / "v", lengths=("full",), formats=("pdf",),
                        theme=tmp_path / "vector.toml", jobs=1)
    (path,) = [o.path for o in result.built]
    assert _image_count(path) == 0
