"""The charts' PNG encoder (`charts/png.py`): the pixels given, in a file any reader opens."""
from __future__ import annotations

import importlib.util
import io
import zlib

import numpy as np
from PIL import Image

from briefkit.charts import png


def _picture(width: int = 301, height: int = 97) -> bytes:
    """RGBX pixels of flat colours with a gradient edge, as a chart has (the fourth byte junk)."""
    rng = np.random.default_rng(7)
    pixels = np.full((height, width, 4), 255, dtype=np.uint8)
    pixels[20:60, 30:200, :3] = (31, 119, 180)
    pixels[:, :, 3] = rng.integers(0, 256, size=(height, width), dtype=np.uint8)
    pixels[70:75, :, :3] = np.linspace(0, 255, width, dtype=np.uint8)[None, :, None]
    return pixels.tobytes()


def test_the_file_holds_exactly_the_pixels_and_the_same_pixels_give_the_same_bytes():
    raw = _picture()
    data = png.encode_rgbx(301, 97, raw, dpi=300)
    image = Image.open(io.BytesIO(data))
    image.load()
    assert image.mode == "RGB" and image.size == (301, 97)
    expected = np.frombuffer(raw, dtype=np.uint8).reshape(97, 301, 4)[:, :, :3].tobytes()
    assert image.tobytes() == expected
    assert round(image.info["dpi"][0]) == 300
    assert png.encode_rgbx(301, 97, raw, dpi=300) == data


def test_the_deflate_stream_is_zlib_s_format_and_zlib_ng_writes_it_where_installed():
    """Any inflater reads the IDAT; where zlib-ng is installed (a dependency on the common
    platforms) it deflates, at twice zlib's speed."""
    data = png.encode_rgbx(301, 97, _picture())
    at = data.index(b"IDAT")
    length = int.from_bytes(data[at - 4:at], "big")
    rows = zlib.decompress(data[at + 4:at + 4 + length])
    assert len(rows) == 97 * (1 + 301 * 3) and rows[0] == 0  # filter byte None, every row
    if importlib.util.find_spec("zlib_ng") is not None:
        assert png._deflate_module.__name__.startswith("zlib_ng")
