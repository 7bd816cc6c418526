"""Parsed TrueType fonts kept in the build's cache, so a PDF build does not parse them again.

Why: ReportLab reads every glyph's width, the character map and the glyph offsets of a font
in pure Python when it is registered: 15-20 ms a file, and a PDF (or the draft layout behind
a DOCX's contents) registers nine files, most of a whole-process build's font work. What that
parse produces is plain data (numbers, names, tables), so it is stored in `<out>/.cache/fonts`
and put back on a new face in a fraction of the time; the file's bytes are still read, as
ReportLab embeds its subsets from them.

The key covers the font file's path and bytes, ReportLab's version, the subsetting setting
the parse consults and Python's version (the payload is `marshal` data). Only dicts, lists,
tuples, strings, bytes and numbers are stored, and an entry is decoded only after its checksum
matched (see `briefkit.caches`); anything else falls back to parsing the file.
"""
from __future__ import annotations

import hashlib
import marshal
from array import array
import sys
from fnmatch import fnmatch
from typing import Any, Callable
from weakref import WeakKeyDictionary

from reportlab import Version as _RL_VERSION
from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace, TTFontFile

from .. import caches
from ..fonts import unusable_font
from .pdf_subsets import DATA_DIGEST, FILE_SOURCE, MEMO_ATTR, SHAPING_ONLY, SHARED_NUMBERS, HMetrics, SubsetFace

# 3: the arrays (glyph offsets, horizontal metrics) stored as their bytes, not as lists: a
# face read back from the cache had spent more time turning its metrics from a list of pairs
# into arrays again than decoding them (3-6 ms of a large face's 7-10, six faces in each
# process of a first build), and the file's bytes are hashed once, for the key and the face.
FORMAT = "3"
# the file's bytes and where to read them again (read again), a function (made again) and the
# subsets made (see `pdf_subsets`)
_SKIPPED = ("_ttf_data", "_pdfScale", MEMO_ATTR, FILE_SOURCE, SHARED_NUMBERS)


def load_font(name: str, path: str) -> TTFont:
    """`TTFont(name, path)`, its face parsed once per font file and build cache.

    Set up as `TTFont.__init__` does (this ReportLab's, which is in the cache key; a test
    holds the two equal), with the face from `load_face` instead of a parse."""
    if caches.folder("fonts") is None:
        return TTFont(name, path)
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = load_face(path)
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font


class LazyTTFont(TTFont):
    """A TTFont whose glyph tables are parsed when it is first measured or drawn with.

    Why: a PDF registers nine font files (four faces of the body and heading families, a
    mono family, fallbacks), yet briefings set none of their text in the sans italics or the
    mono; parsing a face costs 15-40 ms and keeps 2-3 MB (glyph widths, the character map,
    the file's bytes) for the life of the process, a batch worker included. Registering
    needs only the face's PostScript name (ReportLab files fonts by it), which the file's
    header tables give in a millisecond. Until something else is asked of the face,
    `face` is a stand-in that knows that name and parses the face for any other question,
    so what is measured and embedded is the same as with a face parsed at once."""

    def __init__(self, name: str, path: str) -> None:
        self.fontName = name
        self._face_path = path
        self._parsed: TTFontFace | None = None
        self._pending = _PendingFace(self, TTFontFile(path, charInfo=0).name)
        # `face` is a plain attribute, the stand-in until the face is parsed and then the
        # parsed face, not a property: ReportLab reads `font.face` for every string it
        # measures (hundreds of thousands of times in a batch), and a property ran a Python
        # function for each.
        self.face: TTFontFace = self._pending  # type: ignore[assignment]
        self.encoding = TTEncoding()
        self.state = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)

    def addObjects(self, doc: Any) -> None:
        """`TTFont.addObjects`, each subset's /Widths then formatted as a `NumberArray`."""
        fonts = doc.idToObject["BasicFonts"].dict
        before = set(fonts)
        super().addObjects(doc)
        for name in fonts.keys() - before:
            widths = getattr(fonts[name], "Widths", None)
            if type(widths) is pdfdoc.PDFArray:
                fonts[name].Widths = NumberArray(widths.sequence)

    @property
    def parsed(self) -> bool:
        """Whether the face's glyph tables have been read."""
        return self._parsed is not None

    def parse(self) -> TTFontFace:
        """The parsed face; a file whose tables do not parse is `fonts.unusable_font`, named
        without ReportLab's complaint (which can quote the file's bytes)."""
        if self._parsed is None:
            try:
                face = load_face(self._face_path)
            except Exception:  # noqa: BLE001 - any parser failure means "not a font we can use"
                raise unusable_font(self._face_path) from None
            self._parsed = self.face = face
            self._pending = None
        return self._parsed


class NumberArray(pdfdoc.PDFArray):
    """A PDFArray of numbers, each number's text made once per process.

    Why: a subset's /Widths is 256 numbers, and ReportLab formats each through its generic
    `format` and `fp_str`, a few microseconds a number: six subsets a PDF, about 1% of a
    batch's time, for widths that repeat from one PDF to the next. A number's text depends on
    its value alone (`pdfdoc.format` of a number reads no document); the array itself is
    formatted by `PDFArray.format`, given the numbers' texts, so the bytes are the same."""

    def format(self, document: Any, IND: bytes = b"\n ") -> bytes:
        numbers = self.sequence
        self.sequence = [_number_text(n) for n in numbers]
        try:
            return super().format(document, IND)
        finally:
            self.sequence = numbers


_NUMBER_TEXTS: dict[tuple[type, Any], bytes] = {}


def _number_text(n: Any) -> Any:
    """`pdfdoc.format(n)` for an int or a float, remembered (by type too: 1 and 1.0 are
    equal keys); anything else as it is, for `PDFArray.format` to format."""
    kind = type(n)
    if kind is not int and kind is not float:
        return n
    key = (kind, n)
    text = _NUMBER_TEXTS.get(key)
    if text is None:
        text = pdfdoc.format(n, None)
        if len(_NUMBER_TEXTS) < 65536:
            _NUMBER_TEXTS[key] = text
    return text


class _PendingFace:
    """A face not parsed yet: its PostScript name, and the parsed face's answer to anything
    else (see `LazyTTFont`)."""

    def __init__(self, font: LazyTTFont, name: TTFNameBytes) -> None:
        self._font = font
        self.name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._font.parse(), attr)


def load_font_lazily(name: str, path: str) -> LazyTTFont:
    """`load_font`, the face parsed (through `load_face`) when first used: `LazyTTFont`."""
    return LazyTTFont(name, path)


def load_face(path: str) -> TTFontFace:
    """A parsed face of the TrueType file at `path`, from the cache when it holds one; a
    `SubsetFace`, so the PDFs of a process make and deflate each of its subsets once."""
    folder = caches.folder("fonts")
    if folder is None:
        return SubsetFace(path).compact()
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return SubsetFace(path).compact()  # ReportLab says what is wrong with the file
    # A parse depends on the file and the code only: one kept beside the bytecode serves every
    # output folder's first build (`caches.shared_folder`).
    digest = hashlib.sha256(data).digest()
    key = _key(path, digest)
    state = caches.read_either(folder, "fonts", key, ".face", _decode)
    if state is not None:
        return _restore(state, data, digest).compact()
    face = SubsetFace(path).compact()
    caches.write_both(folder, "fonts", key, ".face", _encode(face))
    return face


def _key(path: str, digest: bytes) -> str:
    """The entry's key: the file (its path and its bytes' sha256) and what the parse and its
    stored form depend on (the arrays' item sizes too: they are stored as bytes)."""
    h = hashlib.sha256()
    for part in (FORMAT, _RL_VERSION, sys.version, repr(rl_config.allowTTFSubsetting), path, _ITEM_SIZES):
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    h.update(digest)
    return h.hexdigest()


_ITEM_SIZES = " ".join(f"{code}{array(code).itemsize}" for code in "bBhHiIlLqQfd")


def _encode(face: TTFontFace) -> bytes:
    """The face's parsed state; names keep their Unicode text and are made names again."""
    plain: dict[str, Any] = {}
    names: list[str] = []
    arrays: dict[str, tuple] = {}  # a compacted face's tables, each array as its type and bytes
    skipped = (*_SKIPPED, *SHAPING_ONLY)  # made again when shaping asks (`pdf_subsets._GlyphToChar`)
    for attr, value in vars(face).items():
        if attr in skipped:
            continue
        if isinstance(value, TTFNameBytes):
            names.append(attr)
            value = value.ustr
        elif isinstance(value, HMetrics):
            advances, bearings = value.arrays()
            arrays[attr] = ("hmetrics", advances.typecode, advances.tobytes(), bearings.typecode, bearings.tobytes())
            continue
        elif isinstance(value, array):
            arrays[attr] = ("array", value.typecode, value.tobytes())
            continue
        plain[attr] = value
    return marshal.dumps({"state": plain, "names": names, "arrays": arrays})


def _array(code: str, data: bytes) -> array:
    made = array(code)
    made.frombytes(data)
    return made


def _decode(payload: bytes | None) -> dict[str, Any] | None:
    if payload is None:
        return None
    try:
        stored = marshal.loads(payload)
        state, names = stored["state"], stored["names"]
        for attr in names:
            state[attr] = TTFNameBytes(state[attr].encode("utf-8"))
        for attr, spec in stored["arrays"].items():
            if spec[0] == "hmetrics":
                state[attr] = HMetrics.from_arrays(_array(spec[1], spec[2]), _array(spec[3], spec[4]))
            elif spec[0] == "array":
                state[attr] = _array(spec[1], spec[2])
            else:
                return None
        state["unitsPerEm"] + 0  # noqa: B018 - the one field the restored face computes with
    except Exception:  # noqa: BLE001 - an entry that does not decode is a missing entry
        return None
    return state


def _restore(state: dict[str, Any], data: bytes, digest: bytes) -> TTFontFace:
    face = SubsetFace.__new__(SubsetFace)
    vars(face).update(state)
    face._ttf_data = data
    vars(face)[DATA_DIGEST] = digest  # taken by `compact`
    face._pdfScale = _scale(state["unitsPerEm"])
    return face


def _scale(units_per_em: int) -> Callable[[float], float]:
    """Font units to 1/1000 em, computed as ReportLab's parser does."""
    if units_per_em == 1000:
        return lambda x: x
    mult = 1000 / units_per_em
    return lambda x: x * mult
