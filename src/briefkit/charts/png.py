"""PNG files of chart pixels, written without a per-row filter search.

Why not Pillow's encoder: for every row it tries all five PNG filters and keeps the one with
the least total distance from zero. That search is most of its time (about 90 of 120 ms for
the seed's full timeline, 1890 x 1642 pixels), and on charts, which are flat colour with
antialiased edges, it does not even pay: unfiltered rows deflate smaller (417 KB against
451 KB there), because long runs of one colour are what deflate finds best on its own.

So every row gets filter type 0 (None) and the whole image is one zlib stream in one IDAT
chunk. The pixels are exactly those given; only the file's bytes differ from Pillow's. The
PDF writer passes IDAT data through with the PNG predictor, which reads the filter byte of
each row, so it needs no change. No timestamps or software names are written, so the same
pixels always give the same bytes.
"""
from __future__ import annotations

import struct
import zlib

try:  # zlib-ng: the same deflate format, made twice as fast (see `_deflater`)
    from zlib_ng import zlib_ng as _deflate_module
except ImportError:  # pragma: no cover - a platform without its wheel: the standard zlib
    _deflate_module = zlib

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# zlib level: 2. Level 3 deflated unfiltered chart rows in a third of Pillow's time at level 3,
# and higher levels cost twice the time for 5-8% fewer bytes; level 2 takes a quarter less time
# than 3 for 3% more bytes (the seed's four charts, zlib-ng: 37 against 51 ms, 930 against
# 901 KB), level 1 another fifth less for 28% more bytes, which a PDF and a DOCX both carry.
COMPRESS_LEVEL = 2
# Rows deflated at a time: a band of a 300 dpi chart is about 350 KB.
BAND_ROWS = 64


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(body, zlib.crc32(kind)))


def _deflater():
    """A deflate stream at `COMPRESS_LEVEL`, from zlib-ng where it is installed. Why: deflating
    a profile's three charts at 300 dpi took 43 ms in zlib and takes 21 ms in zlib-ng, for the
    same number of bytes (zlib-ng's level 3 found as many matches on these flat colours). Any
    inflater reads either stream, and one installation always writes the same bytes; another
    deflate library may write other bytes for the same pixels, as another zlib version may."""
    return _deflate_module.compressobj(COMPRESS_LEVEL)


def encode_rgbx(width: int, height: int, rgbx, dpi: int | None = None) -> bytes:
    """An 8-bit RGB, non-interlaced PNG of pixels given as 4 bytes each, the fourth ignored (a
    renderer's RGBA buffer of an opaque picture; rows top to bottom), with a pHYs chunk for
    `dpi` when given (as Pillow writes it).

    The buffer is read in place and its rows are converted, prefixed with their filter byte
    and deflated a band at a time, so memory holds one band and the compressed data, never
    an RGB copy of the whole picture (two of them before: 9 MB each for the seed's full
    timeline). Deflate's output does not depend on how its input is split, so the bytes are
    those of one call over all rows."""
    import numpy as np  # ships with matplotlib, which drew the pixels
    from PIL import Image  # its "RGBX" unpacker drops the fourth byte faster than numpy

    pixels = np.frombuffer(rgbx, dtype=np.uint8)
    if pixels.size != width * 4 * height:
        raise ValueError(f"{pixels.size} bytes are not {width} x {height} RGBX pixels")
    out = [_SIGNATURE, _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))]
    if dpi:
        per_metre = int(dpi / 0.0254 + 0.5)
        out.append(_chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)))
    stride = width * 3
    deflate = _deflater()
    band = np.zeros((min(BAND_ROWS, height), stride + 1), dtype=np.uint8)  # column 0: filter 0 (None)
    idat = []
    for top in range(0, height, BAND_ROWS):
        rows = band[:min(BAND_ROWS, height - top)]
        quad = pixels[top * width * 4:(top + len(rows)) * width * 4]
        rgb = Image.frombytes("RGB", (width, len(rows)), quad, "raw", "RGBX").tobytes()
        rows[:, 1:] = np.frombuffer(rgb, dtype=np.uint8).reshape(len(rows), stride)
        idat.append(deflate.compress(rows))
    idat.append(deflate.flush())
    out.append(_chunk(b"IDAT", b"".join(idat)))
    out.append(_chunk(b"IEND", b""))
    return b"".join(out)
