"""A face's font subsets are made and deflated once per process (`SubsetFace`), and a PDF
embeds the very same bytes as with ReportLab's own face."""
from __future__ import annotations

import io

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.pdfgen import canvas

from briefkit.fonts import bundled_font
from briefkit.writers import pdf_fontcache
from briefkit.writers.pdf_subsets import MEMO_ATTR, SubsetFace

TEXT = ["Freedom of Russia Legion", "Легион «Свобода России» — 2022", "ASCII, then ĀĒĪŌŪ and ß"]


def _pdf(font: TTFont, lines: list[str]) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    for y, line in enumerate(lines):
        c.setFont(font.fontName, 11)
        c.drawString(72, 720 - 14 * y, line)
    c.save()
    return out.getvalue()


def test_a_pdf_embeds_the_same_bytes_as_with_reportlabs_face(monkeypatch) -> None:
    path = str(bundled_font("serif"))
    font = TTFont("T-Subsets", path)
    # In the registry itself: `registerFont` files a second font of an already registered face
    # (the writer's) under that font.
    monkeypatch.setitem(pdfmetrics._fonts, font.fontName, font)
    plain = _pdf(font, TEXT)
    calls = []
    face = SubsetFace(path)
    make = face.makeSubset
    monkeypatch.setattr(face, "makeSubset", lambda subset: calls.append(subset) or make(subset))
    font.face = face
    assert _pdf(font, TEXT) == plain
    made = len(calls)
    assert made  # one per subset the text needs
    assert _pdf(font, TEXT) == plain
    assert len(calls) == made  # the second PDF's subsets came from the memo
    short = _pdf(font, TEXT[:1])
    font.face = TTFontFace(path)
    assert short == _pdf(font, TEXT[:1])


def test_faces_are_subset_faces_and_the_memo_is_not_cached(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(pdf_fontcache.caches, "folder", lambda kind: tmp_path)
    path = str(bundled_font("sans"))
    parsed = pdf_fontcache.load_face(path)
    restored = pdf_fontcache.load_face(path)  # from the entry written for `parsed`
    assert isinstance(parsed, SubsetFace) and isinstance(restored, SubsetFace)
    assert restored.charWidths == TTFontFace(path).charWidths
    parsed.__dict__[MEMO_ATTR] = {(1, 2): [b"x", None]}
    assert MEMO_ATTR not in pdf_fontcache._decode(pdf_fontcache._encode(parsed))


def _deep_size(value: object, seen: set[int] | None = None) -> int:
    import sys

    seen = set() if seen is None else seen
    if id(value) in seen:
        return 0
    seen.add(id(value))
    size = sys.getsizeof(value)
    if isinstance(value, dict):
        size += sum(_deep_size(k, seen) + _deep_size(v, seen) for k, v in value.items())
    elif isinstance(value, (list, tuple)):
        size += sum(_deep_size(v, seen) for v in value)
    return size


def test_a_compacted_face_embeds_the_same_bytes_in_a_fraction_of_the_memory(monkeypatch) -> None:
    path = str(bundled_font("sans"))
    font = TTFont("T-Compact", path)
    monkeypatch.setitem(pdfmetrics._fonts, font.fontName, font)
    lines = TEXT + ["".join(chr(c) for c in range(0x400, 0x4ff)), "".join(chr(c) for c in range(0x100, 0x17f))]
    plain = _pdf(font, lines)
    whole = SubsetFace(path)
    before = _deep_size(vars(whole))
    face = SubsetFace(path).compact()
    assert "glyphToChar" not in vars(face)  # read only when shaping
    assert "_ttf_data" not in vars(face)  # the file's bytes: read again for a subset
    assert _deep_size(vars(face)) < before * 0.6  # about 4 MB -> 2 MB for DejaVu Sans
    font.face = face
    assert _pdf(font, lines) == plain  # every subset's hmtx and glyph data as before
    assert face.compact() is face
    # made again when shaping asks, as ReportLab's parse made it (the no-break space's glyph too)
    assert face.glyphToChar == whole.glyphToChar
    assert face.glyphToChar[face.charToGlyph[ord("Ж")]] == [ord("Ж")]


def test_a_compacted_face_goes_through_the_build_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(pdf_fontcache.caches, "folder", lambda kind: tmp_path)
    path = str(bundled_font("serif"))
    parsed = pdf_fontcache.load_face(path)
    restored = pdf_fontcache.load_face(path)
    again = pdf_fontcache._restore(pdf_fontcache._decode(pdf_fontcache._encode(restored)), b"", b"").compact()
    reference = TTFontFace(path)
    for face in (parsed, restored, again):
        assert "glyphToChar" not in vars(face)
        assert [face.hmetrics[g] for g in range(len(reference.hmetrics))] == [
            (int(aw), int(lsb)) for aw, lsb in reference.hmetrics]
        assert list(face.glyphPos) == reference.glyphPos
    for face in (parsed, restored, again):  # the shaping map, made again as parsed
        assert face.glyphToChar == reference.glyphToChar


def test_characters_past_the_basic_plane_read_back_from_the_pdf_as_written(tmp_path) -> None:
    """ReportLab's ToUnicode map wrote U+1F600 as five hex digits, which `pdftotext` (a search,
    a copy) read as U+1F60 and a letter more: the text layer must give back what was drawn,
    and every character below U+10000 keeps ReportLab's own line (the PDFs' bytes)."""
    import subprocess

    from reportlab.pdfbase import ttfonts

    from briefkit.document import nodes as N
    from briefkit.writers import WriteOptions, get_writer
    from briefkit.writers.pdf_subsets import REPORTLAB_TO_UNICODE, to_unicode_cmap

    assert ttfonts.makeToUnicodeCMap is to_unicode_cmap
    bmp = [32, *range(65, 91), 0x416, 0x10D0, 0xE001, 0xFFFD]
    assert to_unicode_cmap("AAAAAA+F", bmp) == REPORTLAB_TO_UNICODE("AAAAAA+F", bmp)
    assert "<01> <D83DDE00>" in to_unicode_cmap("AAAAAA+F", [32, 0x1F600])

    text = "Faces 😀 and 😂 beside Легион"
    doc = N.Document(N.Meta(title="T", short_title="T"), [N.Paragraph([N.Text(text)])])
    path = tmp_path / "astral.pdf"
    path.write_bytes(get_writer("pdf").render(doc, WriteOptions()).data)
    layer = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert text in " ".join(layer.split())


def test_a_compacted_face_reads_its_file_again_and_refuses_one_that_changed(tmp_path, monkeypatch) -> None:
    """The file's bytes are not kept (`pdf_subsets._FontBytes`): a subset reads them again,
    and a file changed since the face was parsed stops the PDF with a one-line error rather
    than embedding glyphs other than those measured."""
    import pytest

    from briefkit.errors import RenderError

    path = tmp_path / "face.ttf"
    path.write_bytes(bundled_font("sans").read_bytes())
    font = TTFont("T-Reread", str(path))
    monkeypatch.setitem(pdfmetrics._fonts, font.fontName, font)
    plain = _pdf(font, TEXT)
    face = SubsetFace(str(path)).compact()
    font.face = face
    assert "_ttf_data" not in vars(face)
    assert _pdf(font, TEXT) == plain  # subsets made from the bytes read again
    assert "_ttf_data" not in vars(face)  # and let go of after
    assert face._ttf_data == path.read_bytes()  # what shaping (HarfBuzz) is handed
    data = bytearray(path.read_bytes())
    data[-8] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(RenderError, match="changed while briefkit was using it"):
        _pdf(font, ["Zebra quartz, jumping"])  # a subset not made before
    path.unlink()
    with pytest.raises(RenderError, match="can no longer be read"):
        _pdf(font, ["Wholly new glyphs: ЩЫЭ"])


def test_compacted_faces_share_their_numbers_and_answer_as_parsed() -> None:
    """`pdf_subsets._shared`: the character map and widths hold one object per number for
    every face, in the parse's order, with values equal and of the same type."""
    regular, bold = (TTFontFace(str(bundled_font(k))) for k in ("sans", "sans-bold"))
    a, b = (SubsetFace(str(bundled_font(k))).compact() for k in ("sans", "sans-bold"))
    for face, parsed in ((a, regular), (b, bold)):
        for attr in ("charToGlyph", "charWidths"):
            mine, theirs = getattr(face, attr), getattr(parsed, attr)
            assert list(mine.items()) == list(theirs.items())
            assert [type(v) for v in mine.values()] == [type(v) for v in theirs.values()]
    keys_of_b = {k: k for k in b.charWidths}
    shared_keys = [k for k in a.charWidths if k in keys_of_b]
    assert len(shared_keys) > 3000 and all(keys_of_b[k] is k for k in shared_keys)
    equal = [k for k in shared_keys if a.charWidths[k] == b.charWidths[k] and a.charWidths[k] != 0]
    assert equal and all(a.charWidths[k] is b.charWidths[k] for k in equal)


def test_numbers_shared_in_bulk_are_those_shared_one_by_one(monkeypatch) -> None:
    """`_shared` on whole maps gives each key and value the object `_number` gives it, in the
    same order: zero floats and NaN keep their own, -0.0 stays -0.0, and a map of other kinds
    (a bool, a string, an int beside a float) takes the path one number at a time."""
    from briefkit.writers import pdf_subsets

    nan, minus_zero = float("nan"), -0.0
    tables = [{65: 3, 66: 3, 300: 17}, {65: 0.5, 66: minus_zero, 67: nan, 68: 0.0, 69: 612.3},
              {1: True, 2: "x", 3: 2.5, 4.0: 7}]
    for table in tables:
        for bulk in (True, False):
            monkeypatch.setattr(pdf_subsets, "_NUMBERS", {})
            seen = [pdf_subsets._number(k) for k in (65, 300)] + [pdf_subsets._number(612.3)]
            made = pdf_subsets._shared(dict(table)) if bulk else \
                {pdf_subsets._number(k): pdf_subsets._number(v) for k, v in table.items()}
            if bulk:
                expected = made
            assert list(map(repr, made)) == list(map(repr, table)) and list(map(repr, made.values())) == \
                list(map(repr, table.values()))
            assert [type(v) for v in made.values()] == [type(v) for v in table.values()]
            for v, original in zip(made.values(), table.values()):
                if isinstance(original, float) and (original == 0.0 or original != original):
                    assert v is original  # its own object
            shared = {id(x) for x in seen}
            assert all(id(k) in shared for k in made if k in (65, 300))
            assert all(id(v) in shared for v in made.values() if type(v) is float and v == 612.3)
        assert list(map(repr, expected.items())) == list(map(repr, made.items()))


def test_a_face_read_back_takes_its_arrays_from_bytes_and_hashes_the_file_once(tmp_path, monkeypatch) -> None:
    """The cache stores a face's glyph offsets and metrics as their arrays' bytes: reading it
    back builds no list of pairs (`HMetrics.__init__`), and the file's bytes are hashed once,
    for the key and the face's source together."""
    import hashlib

    from briefkit.writers import pdf_subsets

    monkeypatch.setattr(pdf_fontcache.caches, "folder", lambda kind: tmp_path)
    path = str(bundled_font("serif"))
    parsed = pdf_fontcache.load_face(path)
    size = len(open(path, "rb").read())
    hashed: list[int] = []
    real = hashlib.sha256

    class sha256:  # records every time the file's bytes are fed to a hash
        def __init__(self, data: bytes = b"", **kwargs) -> None:
            self._hash = real(**kwargs)
            self.update(data)

        def update(self, data: bytes) -> None:
            if len(data) == size:
                hashed.append(size)
            self._hash.update(data)

        def digest(self) -> bytes:
            return self._hash.digest()

        def hexdigest(self) -> str:
            return self._hash.hexdigest()

    def no_pairs(self, pairs):
        raise AssertionError("metrics made from a list of pairs")

    monkeypatch.setattr(pdf_fontcache.hashlib, "sha256", sha256)
    monkeypatch.setattr(pdf_subsets.HMetrics, "__init__", no_pairs)
    restored = pdf_fontcache.load_face(path)
    assert hashed == [size]
    assert restored.hmetrics.arrays() == parsed.hmetrics.arrays()
    assert restored.glyphPos == parsed.glyphPos
    assert vars(restored)[pdf_subsets.FILE_SOURCE] == vars(parsed)[pdf_subsets.FILE_SOURCE]
