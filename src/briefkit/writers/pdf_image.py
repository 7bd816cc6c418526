"""Chart PNGs placed in a PDF as image XObjects built once, straight from the PNG's own
compressed data.

Why: ReportLab's `Image` decodes every PNG to raw pixels, deflates them again and, with its
default settings, ASCII85-encodes the result in pure Python, and it does so once per layout
pass and per document. A PDF reader can inflate PNG data itself: an 8-bit, non-interlaced
RGB or grey PNG's concatenated IDAT chunks are exactly a FlateDecode stream with the PNG
predictor (`/DecodeParms << /Predictor 15 >>`). So each chart becomes one XObject, built once
per seed from bytes already in hand and shared by every pass and length that draws it;
the pixels a reader sees are the same.

A PNG outside that subset (palette, 16-bit, interlaced, alpha) falls back to ReportLab's
`Image`, which handles everything, slowly.
"""
from __future__ import annotations

import hashlib
import io
import struct
from functools import lru_cache

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFImageXObject, PDFName, PDFStream
from reportlab.platypus import Flowable, Image

from ..heap import per_unit

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_COLOURS = {0: ("DeviceGray", 1), 2: ("DeviceRGB", 3)}  # PNG colour type -> (space, components)


class PngXObject(PDFImageXObject):
    """An image XObject whose stream is a PNG's IDAT data, passed through untouched."""

    def __init__(self, name: str, width: int, height: int, colour_type: int, idat: bytes):
        super().__init__(name)
        self.width, self.height = width, height
        self.colorSpace, self.components = _COLOURS[colour_type]
        self.bitsPerComponent = 8
        self.streamContent = idat
        self._filters = ("FlateDecode",)
        self.mask = None

    def format(self, document) -> bytes:
        stream = PDFStream(content=self.streamContent)
        d = stream.dictionary
        d["Type"] = PDFName("XObject")
        d["Subtype"] = PDFName("Image")
        d["Width"] = self.width
        d["Height"] = self.height
        d["BitsPerComponent"] = 8
        d["ColorSpace"] = PDFName(self.colorSpace)
        # One filter as a name, so its DecodeParms may be one dictionary: with an array of
        # filters the PDF specification wants an array of parameters too, and viewers such as
        # poppler then ignore a lone dictionary - the predictor is skipped and the chart turns
        # into black noise.
        d["Filter"] = PDFName("FlateDecode")
        d["DecodeParms"] = PDFDictionary({"Predictor": 15, "Colors": self.components,
                                          "BitsPerComponent": 8, "Columns": self.width})
        d["Length"] = len(self.streamContent)
        return stream.format(document)


def png_xobject(png: bytes) -> PngXObject | None:
    """A new XObject for `png` (ReportLab ties each object to one document), or None when
    the PNG is outside the pass-through subset. The parsed data behind it is shared."""
    parsed = _parse_png(png)
    return PngXObject(*parsed) if parsed else None


# A profile places at most four charts (the organisation chart and a timeline per length),
# and a worker builds one profile at a time; a larger cache would only keep the pictures of
# profiles already built (two copies of each, 0.1-1 MB). A batch worker empties it as the
# next seed starts (`heap.per_unit`).
PARSED_PNGS = 8


@lru_cache(maxsize=PARSED_PNGS)
def _parse_png(png: bytes) -> tuple[str, int, int, int, bytes] | None:
    """(name, width, height, colour type, IDAT data) of a pass-through PNG, else None.
    Cached: the same chart in three lengths and six layout passes is read once."""
    if not png.startswith(_SIGNATURE):
        return None
    pos, header, idat = len(_SIGNATURE), None, []
    while pos + 8 <= len(png):
        size, kind = struct.unpack(">I4s", png[pos:pos + 8])
        body = png[pos + 8:pos + 8 + size]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + size
    if header is None or not idat:
        return None
    width, height, depth, colour_type, _compression, _filter, interlace = header
    if depth != 8 or interlace or colour_type not in _COLOURS:
        return None
    name = "bkimg" + hashlib.sha256(png).hexdigest()[:16]
    return name, width, height, colour_type, b"".join(idat)


per_unit(_parse_png.cache_clear)


class ChartImage(Flowable):
    """A chart PNG drawn at a fixed size from its shared XObject."""

    def __init__(self, png: bytes, width: float, height: float):
        super().__init__()
        self.png, self.width, self.height = png, width, height

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self) -> None:
        parsed = _parse_png(self.png)
        canv = self.canv
        if parsed is None:
            Image(io.BytesIO(self.png), width=self.width, height=self.height).drawOn(canv, 0, 0)
            return
        name = parsed[0]
        doc = canv._doc
        reg = doc.getXObjectName(name)
        if doc.idToObject.get(reg) is None:  # first use in this document
            xobj = PngXObject(*parsed)
            doc.Reference(xobj, reg)
            doc.addForm(name, xobj)
        canv._currentPageHasImages = 1
        canv.saveState()
        canv.scale(self.width, self.height)
        canv._code.append(f"/{reg} Do")
        canv.restoreState()
        canv._formsinuse.append(name)
