"""Font subsets made and deflated once per process, not once per PDF.

Why: every PDF embeds, for each font it sets text in, the subset of the font's glyphs it uses,
deflated. ReportLab numbers a font's characters in the order a document first uses them, but
it keeps the first subset's printable ASCII at their own codes, so documents in the same
fonts and script mostly embed the very same subsets: in a batch of twelve generated profiles,
39 PDFs embedded the same five font files, each made from the font and deflated afresh (about
20 ms a profile in zlib alone, and the subsetting on top).

`SubsetFace` is ReportLab's parsed face with `addSubsetObjects` done as ReportLab does it,
except that the subset's font file and its deflated bytes come from a per-face memo keyed by
the subset (the list of character codes that determines them), so the objects written, and
the PDF's bytes, are the same.
"""
from __future__ import annotations

import hashlib
import os
import zlib
from array import array
from typing import Any

from reportlab.pdfbase import pdfdoc, ttfonts
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, TTFontFace

# Subsets remembered per face; a face rarely has more than a few (one per 256 characters of
# a document, times the documents' differing character orders).
MAX_SUBSETS = 64
MEMO_ATTR = "_briefkit_subsets"  # left out of the face's cached parse (`pdf_fontcache`)


class _Flate:
    """ReportLab's FlateDecode filter (`pdfdoc.PDFZCompress`) for one font file, whose deflated
    bytes are kept in the memo entry it shares with the face."""

    pdfname = "FlateDecode"

    def __init__(self, entry: list[Any]) -> None:
        self._entry = entry  # [font file bytes, their zlib.compress() or None]

    def encode(self, text: bytes) -> bytes:
        raw, packed = self._entry
        if text is not raw:  # pragma: no cover - only the font file is given this filter
            return zlib.compress(text)
        if packed is None:
            packed = self._entry[1] = zlib.compress(raw)
        return packed


class HMetrics:
    """A face's horizontal metrics, (advance, left side bearing) per glyph, in two arrays
    instead of a list of tuples: about 10 bytes a glyph against about 100 (600 KB for DejaVu
    Sans). Read by ReportLab's `makeSubset` only for the glyphs of a subset, by index, as the
    list was, and only as `int(advance), int(bearing)`: so the advances are kept as those
    ints (ReportLab's parse stores the glyphs after the font's last full metric with the
    advance scaled to 1/1000 em, a float), the bearings as the unsigned shorts it read."""

    __slots__ = ("_advances", "_bearings")

    def __init__(self, pairs: list[tuple[int, int]]) -> None:
        self._advances = array("L", (int(aw) for aw, _ in pairs))
        self._bearings = array("H", (int(lsb) for _, lsb in pairs))

    def __getitem__(self, glyph: int) -> tuple[int, int]:
        return self._advances[glyph], self._bearings[glyph]

    def __len__(self) -> int:
        return len(self._advances)

    def pairs(self) -> list[tuple[int, int]]:
        """The list of pairs again."""
        return list(zip(self._advances, self._bearings))

    def arrays(self) -> tuple[array, array]:
        """(advances, bearings), as kept (for the build cache, `pdf_fontcache`)."""
        return self._advances, self._bearings

    @classmethod
    def from_arrays(cls, advances: array, bearings: array) -> HMetrics:
        """The metrics `arrays` gave, without going through pairs."""
        made = cls.__new__(cls)
        made._advances, made._bearings = advances, bearings
        return made


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """`ttfonts.makeToUnicodeCMap` with each character written as the PDF reference asks
    (9.10.3): UTF-16BE, so a character above U+FFFF as its surrogate pair.

    Why: ReportLab writes every character as `%04X`, which for U+10315 (Old Italic) gives
    five hex digits that a PDF reader takes for other characters: `pdftotext`, a search and a
    copy of the Tusci's name gave Myanmar letters. Characters up to U+FFFF are written as
    before, so the PDFs of every other text keep their bytes. Written as ReportLab's own is
    (a test holds the two equal below U+10000) and installed in its place when the PDF
    writer loads: `TTFont.addObjects` looks the function up by its name."""
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        "<< /Registry (%s)" % fontname, "/Ordering (%s)" % fontname, "/Supplement 0", ">> def",
        "/CMapName /%s def" % fontname, "/CMapType 2 def", "1 begincodespacerange",
        "<00> <%02X>" % (len(subset) - 1), "endcodespacerange", "%d beginbfchar" % len(subset),
        *["<%02X> <%s>" % (i, _utf16_hex(v)) for i, v in enumerate(subset)],
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


def _utf16_hex(code: int) -> str:
    if code <= 0xFFFF:
        return "%04X" % code
    code -= 0x10000
    return "%04X%04X" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF))


REPORTLAB_TO_UNICODE = getattr(ttfonts.makeToUnicodeCMap, "reportlab", ttfonts.makeToUnicodeCMap)
to_unicode_cmap.reportlab = REPORTLAB_TO_UNICODE  # type: ignore[attr-defined]  # a reload finds it
ttfonts.makeToUnicodeCMap = to_unicode_cmap


# What `SubsetFace.compact` leaves out: only text shaping reads it, and `_GlyphToChar` makes it
# again from the character map when it does.
SHAPING_ONLY = ("glyphToChar",)


# Where a face's glyph-to-character map differs from the one `_glyph_to_char` makes from its
# character map: the entries ReportLab's parse left as they were when it made the no-break
# space and the space one glyph (glyph -> its characters, or None for a glyph it had none for).
_GLYPH_TO_CHAR_EXTRA = "_bk_glyph_to_char_extra"


def _glyph_to_char(char_to_glyph: dict[int, int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for char, glyph in char_to_glyph.items():
        out.setdefault(glyph, []).append(char)
    return out


def _glyph_to_char_extra(parsed: dict[int, list[int]], char_to_glyph: dict[int, int]) -> dict[int, list[int] | None]:
    """The entries of the parsed glyph-to-character map that `_glyph_to_char` would not make
    again: those of the glyphs the space and the no-break space map to, and had mapped to, as
    the parse left them after making the two characters one glyph. Each character map is read
    in one pass that fills both maps, so that is the only place they part (tested on every font
    briefkit uses); found without making the whole map again (a few milliseconds a face)."""
    extra: dict[int, list[int] | None] = {}
    for char in (0x20, 0xA0):
        now = char_to_glyph.get(char)
        if now is not None:
            extra[now] = parsed.get(now)
        was = next((g for g, chars in parsed.items() if char in chars and g != now), None)
        if was is not None:
            extra[was] = parsed[was]
    return extra


class _GlyphToChar:
    """`face.glyphToChar` of a compacted face: made again from `charToGlyph` when text shaping
    first asks for it, with the few entries that map's parse set otherwise (`_GLYPH_TO_CHAR_EXTRA`),
    so it is the map ReportLab made; kept as the face's own from then on.

    Why: the map is a dict of lists of about as many entries as the font has characters (a
    megabyte or more for DejaVu Sans), and only a paragraph with complex-script text reads it
    (`pdf_scripts`); every process that writes a PDF had kept it for all its faces."""

    def __get__(self, face: Any, owner: type | None = None) -> Any:
        if face is None:
            return self
        made = _glyph_to_char(face.charToGlyph)
        for glyph, chars in face.__dict__.get(_GLYPH_TO_CHAR_EXTRA, {}).items():
            if chars is None:
                made.pop(glyph, None)
            else:
                made[glyph] = list(chars)
        face.__dict__["glyphToChar"] = made
        return made


# Where a compacted face's file bytes are read again from: (path, size, sha256 of the bytes).
FILE_SOURCE = "_bk_file_source"
# The sha256 of `_ttf_data`, set by a caller that hashed the bytes already (`pdf_fontcache`)
# and taken by `compact`, so the file is hashed once.
DATA_DIGEST = "_bk_data_digest"


class _FontBytes:
    """`face._ttf_data` of a compacted face: the font file's bytes, read again from its file
    whenever they are asked for and not kept (see `SubsetFace.compact`), after checking they
    are the bytes the face was parsed from.

    Why: ReportLab keeps every parsed face's whole file in memory (2.75 MiB for the six faces
    a briefing sets text in) for two readers: the subsetting, which a batch worker's memo of
    subsets (`SubsetFace._subset_entry`) asks a few times a profile, and HarfBuzz, which reads
    it once per font that shapes text. A batch worker held the six files at its peak for
    those few reads; reading 300-700 KB from the page cache takes well under a millisecond.
    Only with `__get__`, so bytes the face holds itself (during a subset) are found first."""

    def __get__(self, face: Any, owner: type | None = None) -> Any:
        if face is None:
            return self
        source = face.__dict__.get(FILE_SOURCE)
        if source is None:
            raise AttributeError("_ttf_data")
        return _reread(*source)


def _reread(path: str, size: int, digest: bytes) -> bytes:
    """The bytes of the font file at `path`, which must be those its face was parsed from:
    a file changed or removed since would embed glyphs that are not the ones measured."""
    from ..errors import RenderError

    try:
        with open(path, "rb") as fh:
            data = fh.read(size + 1)
    except OSError as exc:
        raise RenderError(f"font file {path} can no longer be read: {exc.strerror or exc}") from None
    if len(data) != size or hashlib.sha256(data).digest() != digest:
        raise RenderError(f"font file {path} changed while briefkit was using it; build again")
    return data


# Set on a face whose maps hold the shared number objects (`_shared`).
SHARED_NUMBERS = "_bk_shared_numbers"
# One object per number, per exact type, for every face's character map and widths.
_NUMBERS: dict[type, dict[Any, Any]] = {}


def _shared(table: dict[Any, Any]) -> dict[Any, Any]:
    """`table` again, in the same order, each key and value the one object this process keeps
    for a number of its type and value.

    Why: ReportLab's parse makes a new int for every character code and glyph number and a new
    float for every scaled width (24-28 bytes each, about 85,000 of them for six faces, 2 MiB
    of a batch worker), though the body faces share most codes and a font has a few hundred
    distinct widths. The maps answer as before: the same keys, values equal and of the same
    type. Zero floats and NaN keep their own objects (0.0 equals -0.0; NaN equals nothing)."""
    keys, values = table.keys(), table.values()
    key_kinds, value_kinds = set(map(type, keys)), set(map(type, values))
    if key_kinds <= {int} and len(value_kinds) <= 1 and value_kinds <= {int, float}:
        # Every face's two maps (code -> glyph, code -> width), in bulk: the same objects as
        # `_number` gives each, for a tenth of its time (a call per number had been 40 ms of
        # reading six faces back from the cache, most of it).
        ints = _NUMBERS.setdefault(int, {})
        pool = ints if value_kinds == {int} else _NUMBERS.setdefault(float, {})
        new_keys = keys - ints.keys()
        ints.update(zip(new_keys, new_keys))
        distinct = set(values)
        if pool is not ints:  # zero floats and NaN keep their own objects (see above)
            distinct = {v for v in distinct if v != 0.0 and v == v}
        new_values = distinct - pool.keys()
        pool.update(zip(new_values, new_values))
        return dict(zip(map(ints.__getitem__, keys), map(pool.get, values, values)))
    out: dict[Any, Any] = {}
    for key, value in table.items():
        out[_number(key)] = _number(value)
    return out


def _number(value: Any) -> Any:
    kind = type(value)
    if kind is float and (value == 0.0 or value != value):
        return value
    if kind is not int and kind is not float:
        return value
    same = _NUMBERS.get(kind)
    if same is None:
        same = _NUMBERS[kind] = {}
    return same.setdefault(value, value)


class SubsetFace(TTFontFace):
    """A TrueType face whose subsets are made and deflated once (see the module docstring)."""

    glyphToChar = _GlyphToChar()
    _ttf_data = _FontBytes()  # the file's bytes, read again when asked for (see `compact`)

    def compact(self) -> SubsetFace:
        """Keep the parsed tables in the least memory that answers ReportLab's questions as
        before, and return the face.

        Why: a PDF build keeps its six parsed faces for the life of the process, a batch
        worker's included, and ReportLab's parse holds them as Python objects: about 4 MB for
        DejaVu Sans, 14 MB for the six. Most of it is what only the subsetting reads, glyph
        by glyph (the glyph offsets, the horizontal metrics: packed into arrays), and the map
        from glyphs to characters, which only text shaping reads: it is dropped, and made
        again if shaping asks for it (`_GlyphToChar`). The widths and the character map, read
        for every string measured, stay the dicts ReportLab made. The file's bytes are read
        again from the file when a subset or shaping needs them (`_FontBytes`), when the face
        was parsed from a file that can be. Idempotent."""
        state = self.__dict__
        data = state.get("_ttf_data")
        path = state.get("filename")
        digest = state.pop(DATA_DIGEST, None)  # the bytes' sha256 when the caller took it already
        if isinstance(data, bytes) and isinstance(path, str) and os.path.isfile(path):
            state[FILE_SOURCE] = (path, len(data), digest or hashlib.sha256(data).digest())
            del state["_ttf_data"]
        parsed = state.pop("glyphToChar", None)
        if parsed is not None:
            state[_GLYPH_TO_CHAR_EXTRA] = _glyph_to_char_extra(parsed, state["charToGlyph"])
        if isinstance(state.get("hmetrics"), list):
            state["hmetrics"] = HMetrics(state["hmetrics"])
        if isinstance(state.get("glyphPos"), list):
            state["glyphPos"] = array("L", state["glyphPos"])
        for attr in ("charToGlyph", "charWidths"):
            table = state.get(attr)
            if type(table) is dict and not state.get(SHARED_NUMBERS):
                state[attr] = _shared(table)
        state[SHARED_NUMBERS] = True
        return self

    def _subset_entry(self, subset: list[int]) -> list[Any]:
        memo: dict[tuple[int, ...], list[Any]] = self.__dict__.setdefault(MEMO_ATTR, {})
        key = tuple(subset)
        entry = memo.get(key)
        if entry is None:
            if len(memo) >= MAX_SUBSETS:
                memo.clear()
            state = self.__dict__
            held = "_ttf_data" in state
            if not held:  # read once for the whole subset, which reads it field by field
                state["_ttf_data"] = self._ttf_data
            try:
                made = self.makeSubset(subset)
            finally:
                if not held:
                    state.pop("_ttf_data", None)
            entry = memo[key] = [made, None]
        return entry

    def addSubsetObjects(self, doc: Any, fontname: str, subset: list[int]) -> Any:
        """`TTFontFace.addSubsetObjects` (ReportLab 4), the font file from the memo."""
        entry = self._subset_entry(subset)
        fontFile = pdfdoc.PDFStream()
        fontFile.content = entry[0]
        fontFile.dictionary["Length1"] = len(fontFile.content)
        if doc.compression:
            fontFile.filters = [_Flate(entry)]
        fontFileRef = doc.Reference(fontFile, "fontFile:%s(%s)" % (self.filename, fontname))

        flags = self.flags & ~ FF_NONSYMBOLIC
        flags = flags | FF_SYMBOLIC

        fontDescriptor = pdfdoc.PDFDictionary({
            "Type": "/FontDescriptor",
            "Ascent": self.ascent,
            "CapHeight": self.capHeight,
            "Descent": self.descent,
            "Flags": flags,
            "FontBBox": pdfdoc.PDFArray(self.bbox),
            "FontName": pdfdoc.PDFName(fontname),
            "ItalicAngle": self.italicAngle,
            "StemV": self.stemV,
            "FontFile2": fontFileRef,
            "MissingWidth": self.defaultWidth,
        })
        return doc.Reference(fontDescriptor, "fontDescriptor:" + fontname)
