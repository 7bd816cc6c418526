"""The build caches (fonts, the DOCX base, draft layouts, composed
Documents) give back what computing gives, compute afresh when the input or the code that
made an entry changes, and treat a corrupt entry as a missing one."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefkit import caches
from briefkit.fonts import bundled_font


def entries(folder: Path, suffix: str) -> list[Path]:
    return sorted(folder.rglob(f"*{suffix}"))


def corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF
    path.write_bytes(bytes(data))


# ------------------------------------------------------------------ entries
def test_an_entry_reads_back_and_a_damaged_one_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "ab" / "abcd.bin"
    caches.write_entry(path, b"payload")
    assert caches.read_entry(path) == b"payload"
    corrupt(path)
    assert caches.read_entry(path) is None
    path.write_bytes(path.read_bytes()[:10])  # truncated
    assert caches.read_entry(path) is None
    assert caches.read_entry(tmp_path / "missing.bin") is None
    assert not list(tmp_path.rglob("*.tmp"))  # written atomically, nothing left behind


def test_the_cache_is_kept_under_its_limit_longest_unused_first(tmp_path: Path) -> None:
    import os

    root = tmp_path / ".cache"
    paths = [root / "pdfs" / "aa" / f"{n}.pdfc" for n in range(4)]
    for n, path in enumerate(paths):
        caches.write_entry(path, bytes(300_000))
        os.utime(path, (1_000_000 + n, 1_000_000 + n))
    assert caches.read_entry(paths[0]) is not None  # read now: no longer the oldest
    outside = tmp_path / "keep.bin"
    outside.write_bytes(bytes(300_000))
    (root / "pdfs" / "link").symlink_to(outside)
    assert caches.prune(root, limit_mb=0.7) == 2
    assert [p.exists() for p in paths] == [True, False, False, True]
    assert outside.exists() and (root / "pdfs" / "link").is_symlink()
    assert caches.prune(root, limit_mb=0.7) == 0
    linked = tmp_path / "elsewhere"
    linked.symlink_to(root)
    assert caches.prune(linked, limit_mb=0) == 0 and paths[0].exists()


def test_a_file_digest_follows_the_file(tmp_path: Path) -> None:
    import hashlib
    import os

    path = tmp_path / "template.j2"
    path.write_bytes(b"one")
    assert caches.file_digest(path) == hashlib.sha256(b"one").digest()
    path.write_bytes(b"three")
    assert caches.file_digest(path) == hashlib.sha256(b"three").digest()
    st = path.stat()
    path.write_bytes(b"seven")  # same size: the modification time tells
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    assert caches.file_digest(path) == hashlib.sha256(b"seven").digest()
    assert caches.file_digest(tmp_path / "missing") == b"missing"


def test_a_large_files_digest_is_kept_across_builds_under_its_stamps(tmp_path: Path, monkeypatch) -> None:
    """A font's digest is read back from the cache scope by the next process (here: the
    process's memo emptied) without opening the font; a write to it, even one that sets the
    modification time back, makes it hashed again."""
    import hashlib
    import os

    font = tmp_path / "face.ttf"
    body = bytes(range(256)) * (caches.KEPT_DIGEST_MIN // 256 + 1)
    font.write_bytes(body)
    root = tmp_path / ".cache"
    with caches.scope(root):
        assert caches.file_digest(font) == hashlib.sha256(body).digest()
    assert list((root / "files").rglob("*.sum"))
    caches._digest.cache_clear()

    def refused(*args, **kwargs):
        raise AssertionError("the font was read again")

    monkeypatch.setattr(caches, "open", refused, raising=False)
    with caches.scope(root):
        assert caches.file_digest(font) == hashlib.sha256(body).digest()
    monkeypatch.undo()
    st = font.stat()
    changed = body[:-1] + b"x"
    font.write_bytes(changed)
    os.utime(font, ns=(st.st_atime_ns, st.st_mtime_ns))  # the same size and modification time
    with caches.scope(root):
        assert caches.file_digest(font) == hashlib.sha256(changed).digest()
    small = tmp_path / "brief.md.j2"
    small.write_bytes(b"{{ title }}")
    with caches.scope(root):
        caches.file_digest(small)
    assert len(list((root / "files").rglob("*.sum"))) == 2  # a small file is hashed, not kept


def test_a_scope_names_the_folders_and_ends(tmp_path: Path) -> None:
    assert caches.folder("fonts") is None
    with caches.scope(tmp_path):
        assert caches.folder("fonts") == tmp_path / "fonts"
        with caches.scope(None):
            assert caches.folder("fonts") is None
    assert caches.folder("fonts") is None


# ------------------------------------------------------------------ fonts
def _face_state(face) -> dict:
    """The face's parsed state, its packed tables (`SubsetFace.compact`) as plain lists."""
    from array import array

    from briefkit.writers.pdf_subsets import HMetrics

    def plain(v):
        return v.pairs() if isinstance(v, HMetrics) else v.tolist() if isinstance(v, array) else v

    return {k: plain(v) for k, v in vars(face).items() if k != "_pdfScale"}


@pytest.fixture
def font(tmp_path: Path) -> Path:
    path = tmp_path / "font.ttf"
    shutil.copyfile(bundled_font("serif"), path)
    return path


def test_a_cached_face_is_the_parsed_face(tmp_path: Path, font: Path) -> None:
    from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

    from briefkit.writers.pdf_fontcache import load_face, load_font

    from briefkit.writers.pdf_subsets import SubsetFace

    # a face parsed afresh, its tables packed as every face the writer keeps (`SubsetFace.compact`)
    fresh = SubsetFace(str(font)).compact()
    # (and where its glyph-to-character map differs from the one made again from the character
    # map, and where its file's bytes are read again from)
    assert _face_state(fresh).keys() <= {k for k in vars(TTFontFace(str(font)))} | {
        "_bk_glyph_to_char_extra", "_bk_shared_numbers", "_bk_file_source"}
    with caches.scope(tmp_path / "cache"):
        load_face(str(font))
        (entry,) = entries(tmp_path / "cache" / "fonts", ".face")
        cached = load_face(str(font))
        made = load_font("T-Cached", str(font))
    assert _face_state(cached) == _face_state(fresh)
    assert all(cached._pdfScale(x) == fresh._pdfScale(x) for x in (0, 1, 117, -2048, 3.5))
    assert {k: type(v) for k, v in vars(cached).items()} == {k: type(v) for k, v in vars(fresh).items()}
    # Set up as TTFont.__init__ does: the same attributes, the same values but the face.
    plain = TTFont("T-Cached", str(font))
    assert vars(made).keys() == vars(plain).keys()
    assert [(k, v) for k, v in vars(made).items() if k not in ("face", "state", "encoding")] == \
        [(k, v) for k, v in vars(plain).items() if k not in ("face", "state", "encoding")]
    assert made.stringWidth("Freedom of Russia Legion", 11) == plain.stringWidth("Freedom of Russia Legion", 11)
    assert entry.exists()


def test_a_changed_font_or_reportlab_parses_afresh(tmp_path: Path, font: Path, monkeypatch) -> None:
    from briefkit.writers import pdf_fontcache

    cache = tmp_path / "cache"
    with caches.scope(cache):
        pdf_fontcache.load_face(str(font))
        shutil.copyfile(bundled_font("sans"), font)  # same path, other bytes
        face = pdf_fontcache.load_face(str(font))
        assert face.name == b"DejaVuSans"
        assert len(entries(cache / "fonts", ".face")) == 2
        monkeypatch.setattr(pdf_fontcache, "_RL_VERSION", "0.0-other")
        pdf_fontcache.load_face(str(font))
        assert len(entries(cache / "fonts", ".face")) == 3


def test_a_face_parsed_for_one_output_folder_serves_the_next(tmp_path: Path, font: Path, monkeypatch) -> None:
    """A parse is kept beside the bytecode too (`caches.shared_folder`): the first build into
    another output folder reads it instead of parsing the file again. Only in a process
    briefkit owns, within a cache scope and where bytecode may be written."""
    import sys

    from briefkit import heap
    from briefkit.writers import pdf_fontcache
    from briefkit.writers.pdf_subsets import SubsetFace

    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "pyc"))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(heap, "_OWNED", True)
    assert caches.shared_folder("fonts") is None  # no scope, no cache
    with caches.scope(tmp_path / "a"):
        shared = caches.shared_folder("fonts")
        assert shared is not None and str(shared).startswith(str(tmp_path / "pyc"))
        first = pdf_fontcache.load_face(str(font))
    assert entries(shared, ".face")
    parsed: list[str] = []
    real = SubsetFace.__init__
    monkeypatch.setattr(SubsetFace, "__init__", lambda self, *a, **k: parsed.append("x") or real(self, *a, **k))
    with caches.scope(tmp_path / "b"):
        again = pdf_fontcache.load_face(str(font))
    assert parsed == [] and _face_state(again) == _face_state(first)
    assert entries(tmp_path / "b" / "fonts", ".face")  # the output folder's cache holds it too
    # the font's coverage too
    from briefkit import font_coverage_cache, fonts

    read: list[str] = []

    def coverage(path: str) -> frozenset[int]:
        read.append(path)
        return fonts._read_coverage(path)

    for root in ("a", "b"):
        with caches.scope(tmp_path / root):
            assert font_coverage_cache.cached_coverage(tmp_path / root / "x", str(font), coverage) == \
                fonts._read_coverage(str(font))
    assert len(read) == 1 and entries(shared, ".cmap") and entries(tmp_path / "b" / "x", ".cmap")
    for setting in ((heap, "_OWNED", False), (sys, "dont_write_bytecode", True)):
        with monkeypatch.context() as m:
            m.setattr(*setting)
            with caches.scope(tmp_path / setting[1]):  # a new output folder each time
                assert caches.shared_folder("fonts") is None
                pdf_fontcache.load_face(str(font))
    assert parsed == ["x", "x"]


def test_a_corrupt_face_entry_is_parsed_afresh(tmp_path: Path, font: Path) -> None:
    from briefkit.writers.pdf_fontcache import load_face
    from briefkit.writers.pdf_subsets import SubsetFace

    cache = tmp_path / "cache"
    with caches.scope(cache):
        load_face(str(font))
        (entry,) = entries(cache / "fonts", ".face")
        corrupt(entry)
        assert _face_state(load_face(str(font))) == _face_state(SubsetFace(str(font)).compact())
        assert caches.read_entry(entry) is not None  # rewritten whole


def test_coverage_is_cached_and_follows_the_file(tmp_path: Path, font: Path, monkeypatch) -> None:
    from briefkit import font_coverage_cache, fonts

    cache = tmp_path / "cache"
    truth = fonts._read_coverage(str(font))
    calls: list[str] = []

    def read(path: str) -> frozenset[int]:
        calls.append(path)
        return fonts._read_coverage(path)

    folder = cache / "fonts"
    assert font_coverage_cache.cached_coverage(folder, str(font), read) == truth
    assert font_coverage_cache.cached_coverage(folder, str(font), read) == truth
    assert len(calls) == 1
    (entry,) = entries(folder, ".cmap")
    corrupt(entry)
    assert font_coverage_cache.cached_coverage(folder, str(font), read) == truth
    assert len(calls) == 2
    shutil.copyfile(bundled_font("mono"), font)
    assert font_coverage_cache.cached_coverage(folder, str(font), read) == fonts._read_coverage(str(font))
    monkeypatch.setattr(font_coverage_cache.caches, "package_version", lambda dist: "0.0-other")
    font_coverage_cache.cached_coverage(folder, str(font), read)
    assert len(calls) == 4


# ------------------------------------------------------------------ whole builds
def test_builds_with_warm_caches_write_the_same_bytes(tmp_path: Path) -> None:
    """Each build in a process of its own, as a command runs: fonts are registered once per
    process, so only a new process reads them from the cache."""
    import os
    import subprocess
    import sys
    import textwrap

    from helpers import EPOCH, SEED

    code = textwrap.dedent("""
        import sys
        from pathlib import Path
        from briefkit.build import BuildOptions, build_seed
        formats = tuple(sys.argv[4].split(","))
        options = BuildOptions(out_dir=Path(sys.argv[2]), cache=sys.argv[3] == "1", formats=formats)
        build_seed(Path(sys.argv[1]), options)
    """)

    def run(out: Path, cache: bool, formats: str = "pdf,docx") -> dict[str, bytes]:
        subprocess.run([sys.executable, "-c", code, str(SEED), str(out), "1" if cache else "0", formats],
                       check=True, env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH})
        return {p.name: p.read_bytes() for p in sorted((out / SEED.stem).iterdir())}

    cold = run(tmp_path / "a", cache=False)  # every length, budgeted ones fitted by drafts
    # A DOCX-only build lays out drafts for its contents' page numbers, or reads them back (it
    # is compared with one of its kind: without a PDF to write, a budgeted length's fit ends
    # at its drafts, which can choose another detail than the written PDF does).
    docx = run(tmp_path / "d", cache=False, formats="docx")
    assert run(tmp_path / "c", cache=True, formats="docx") == docx
    assert entries(tmp_path / "c" / ".cache" / "layouts", ".layout")
    assert run(tmp_path / "c", cache=True, formats="docx") == docx
    assert run(tmp_path / "b", cache=True) == cold
    assert entries(tmp_path / "b" / ".cache" / "fonts", ".face")
    assert entries(tmp_path / "b" / ".cache" / "fonts", ".cmap")
    assert entries(tmp_path / "b" / ".cache" / "docx", ".base")
    assert entries(tmp_path / "b" / ".cache" / "documents", ".doc")
    assert entries(tmp_path / "b" / ".cache" / "pdfs", ".pdfc")
    assert entries(tmp_path / "b" / ".cache" / "docxs", ".docxc")
    assert run(tmp_path / "b", cache=True) == cold


# ------------------------------------------------------------------ docx base
def test_the_docx_base_is_cached_and_follows_theme_and_code(tmp_path: Path, monkeypatch) -> None:
    from briefkit.theme import DEFAULT_THEME, Fonts, Theme
    from briefkit.writers.docx import prototype_cache, reference

    def prepare(theme: Theme = DEFAULT_THEME):
        reference._prototype.cache_clear()
        return reference._prototype(theme, "en")

    other = Theme(fonts=Fonts(body_size=11.5))
    other_fresh = prepare(other)
    fresh = prepare()  # no scope: prepared, nothing stored
    folder = tmp_path / "cache" / "docx"
    with caches.scope(tmp_path / "cache"):
        assert prepare() == fresh
        (entry,) = entries(folder, ".base")
        assert prepare() == fresh  # read back
        corrupt(entry)
        assert prepare() == fresh  # prepared again, entry rewritten
        assert caches.read_entry(entry) is not None
        assert prepare(other) == other_fresh != fresh
        assert len(entries(folder, ".base")) == 2
        monkeypatch.setattr(prototype_cache.caches, "code_version", lambda: "other code")
        assert prepare() == fresh
        assert len(entries(folder, ".base")) == 3
    reference._prototype.cache_clear()


def test_the_docx_base_made_for_one_output_folder_serves_the_next(tmp_path: Path, monkeypatch) -> None:
    """Kept beside the bytecode too (`caches.shared_folder`): a first build into another
    output folder reads the base its process would otherwise prepare (and keeps it in its own
    cache); a damaged shared entry is prepared again."""
    import sys

    from briefkit import heap
    from briefkit.theme import DEFAULT_THEME
    from briefkit.writers.docx import prototype_cache, reference

    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "pyc"))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(heap, "_OWNED", True)
    reference._prototype.cache_clear()
    fresh = reference._prototype(DEFAULT_THEME, "en")  # no scope: prepared, nothing stored
    with caches.scope(tmp_path / "a"):
        reference._prototype.cache_clear()
        assert reference._prototype(DEFAULT_THEME, "en") == fresh
        (shared,) = entries(caches.shared_folder("docx"), ".base")
    with caches.scope(tmp_path / "b"):
        assert prototype_cache.load(DEFAULT_THEME, "en") is not None
        assert entries(tmp_path / "b" / "docx", ".base")
    corrupt(shared)
    with caches.scope(tmp_path / "c"):
        assert prototype_cache.load(DEFAULT_THEME, "en") is None
    reference._prototype.cache_clear()


# ------------------------------------------------------------------ draft layouts
class _Drafts:
    """A stand-in for the PDF writer: counts draft layouts, returns fixed results."""

    def __init__(self, warn: bool = False) -> None:
        self.calls = 0
        self.warn = warn

    def render(self, document, options, draft: bool = False, reserve: float = 0.0):
        import warnings
        from types import SimpleNamespace

        from briefkit.document.floats import FloatLayout, Move
        from briefkit.document.nodes import PageMap

        assert draft
        self.calls += 1
        if self.warn:
            warnings.warn("a glyph is missing", UserWarning)
        return SimpleNamespace(data=b"%PDF", pages=2 + int(reserve > 0),
                               page_map=PageMap((1, 2, None), (False, True, False), (0.9, 0.3125)),
                               floats=FloatLayout([Move(3, 4, 1), Move(5, 5, None)], {3: 0.75}),
                               last_fill=0.3125, page_fills=(0.9, 0.3125), split_lists=(6,))


def _document(text: str = "Some text."):
    from briefkit.document.nodes import Meta
    from briefkit.document.parse import parse

    return parse(f"# One\n\n{text}\n\n## Two\n\nMore.\n", Meta(title="T", short_title="T"))


def test_draft_layouts_are_cached_and_follow_document_and_code(tmp_path: Path, monkeypatch) -> None:
    from briefkit import layout_cache
    from briefkit.writers import WriteOptions

    options = WriteOptions()
    drafts = _Drafts()
    monkeypatch.setattr(layout_cache, "get_writer", lambda fmt: drafts)
    expected = layout_cache.draft(_document(), options)  # no scope: laid out
    assert (expected.pages, expected.page_map.pages, expected.floats.scales) == (2, (1, 2, None), {3: 0.75})
    assert expected.split_lists == (6,)
    cache = tmp_path / "cache"
    with caches.scope(cache):
        assert layout_cache.draft(_document(), options) == expected
        (entry,) = entries(cache / "layouts", ".layout")
        assert layout_cache.draft(_document(), options) == expected
        assert drafts.calls == 2  # the second in scope was read back
        layout_cache.draft(_document("Other text."), options)
        assert drafts.calls == 3
        assert layout_cache.draft(_document(), options, reserve=0.04).pages == 3
        assert drafts.calls == 4
        corrupt(entry)
        assert layout_cache.draft(_document(), options) == expected
        assert drafts.calls == 5
        monkeypatch.setattr(layout_cache.caches, "package_version", lambda dist: "0.0-other")
        layout_cache.draft(_document(), options)
        assert drafts.calls == 6
        assert len(entries(cache / "layouts", ".layout")) == 4


def _described(value):
    """A draft key's description of `value`, as `layout_cache._fingerprint` gave it before it
    sorted types out once each: the reference its faster walk must equal."""
    import dataclasses

    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return tuple(_described(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((repr(k), _described(v)) for k, v in value.items()))
    if type(value).__name__ == "Chart" and type(value).__module__ == "briefkit.charts":
        return ("Chart", value.name, value.width_in, value.height_in, value.alt)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__,) + tuple(
            (f.name, _described(getattr(value, f.name))) for f in dataclasses.fields(value))
    raise caches.Uncacheable(type(value).__name__)


def test_a_draft_key_describes_every_node_field_by_field_and_follows_each_change() -> None:
    """The description a draft key is made of is the same however often a type was met, and a
    change anywhere in a Document (a run's emphasis, a figure's scale, a dict's value) gives
    another; values nothing can describe (a class, an object) make a Document uncacheable."""
    from briefkit import layout_cache
    from briefkit.document.nodes import Figure, Text

    doc = _document("Some *text* with **weight**.")
    doc.blocks.append(Figure(chart="timeline", options={"max_events": 5}))
    for _ in range(2):
        assert layout_cache._fingerprint(doc) == _described(doc)
    base = layout_cache._fingerprint(doc)
    para = next(b for b in doc.blocks if hasattr(b, "runs") and any(r.italic for r in b.runs))
    para.runs[1] = Text(para.runs[1].text, italic=False)
    assert layout_cache._fingerprint(doc) == _described(doc) != base
    changed = layout_cache._fingerprint(doc)
    doc.blocks[-1].scale = 0.5
    assert layout_cache._fingerprint(doc) == _described(doc) != changed
    changed = layout_cache._fingerprint(doc)
    doc.blocks[-1].options["max_events"] = 6
    assert layout_cache._fingerprint(doc) == _described(doc) != changed
    for odd in (Text, object()):
        doc.blocks[-1].options["x"] = odd
        with pytest.raises(caches.Uncacheable):
            layout_cache._fingerprint(doc)
        with pytest.raises(caches.Uncacheable):
            _described(doc)


def test_a_fit_keeps_a_draft_by_document_reserve_and_theme(monkeypatch) -> None:
    """Within a fit (`fit_scope`, no build cache) an equal Document, made anew, takes the draft
    laid out before; another Document, reserve or theme is laid out, and a draft kept is
    handed out as a copy of its own."""
    from dataclasses import replace

    from briefkit import fit_scope, layout_cache
    from briefkit.theme import load_theme
    from briefkit.writers import WriteOptions

    drafts = _Drafts()
    monkeypatch.setattr(layout_cache, "get_writer", lambda fmt: drafts)
    options = WriteOptions()
    with fit_scope.scope():
        first = layout_cache.draft(_document(), options)
        first.floats.scales[3] = 0.5  # the caller's own copy
        again = layout_cache.draft(_document(), options)
        assert drafts.calls == 1 and again.floats.scales == {3: 0.75}
        layout_cache.draft(_document("Other text."), options)
        assert drafts.calls == 2
        assert layout_cache.draft(_document(), options, reserve=0.04).pages == 3 and drafts.calls == 3
        theme = load_theme(None)
        other = WriteOptions(theme=replace(theme, margins_mm=tuple(m + 1 for m in theme.margins_mm)))
        layout_cache.draft(_document(), other)
        assert drafts.calls == 4
        layout_cache.draft(_document(), options)
        assert drafts.calls == 4
    layout_cache.draft(_document(), options)  # outside a fit nothing is kept
    assert drafts.calls == 5


def test_a_draft_that_warns_is_not_cached(tmp_path: Path, monkeypatch) -> None:
    from briefkit import layout_cache
    from briefkit.writers import WriteOptions

    drafts = _Drafts(warn=True)
    monkeypatch.setattr(layout_cache, "get_writer", lambda fmt: drafts)
    with caches.scope(tmp_path / "cache"):
        for _ in range(2):
            with pytest.warns(UserWarning, match="a glyph is missing"):
                layout_cache.draft(_document(), WriteOptions())
    assert drafts.calls == 2
    assert not entries(tmp_path / "cache", ".layout")


# ------------------------------------------------------------------ final PDFs
class _Finals:
    """A stand-in for the PDF writer's final pass: counts layouts, returns fixed results."""

    def __init__(self, warn: bool = False) -> None:
        self.calls = 0
        self.warn = warn

    def render(self, document, options, draft: bool = False, reserve: float = 0.0, contents=None):
        import warnings
        from types import SimpleNamespace

        from briefkit.document.floats import FloatLayout, Move
        from briefkit.document.nodes import PageMap

        assert not draft
        self.calls += 1
        if self.warn:
            warnings.warn("a glyph is missing", UserWarning)
        return SimpleNamespace(data=b"%PDF-1.4 " + str(self.calls).encode(), pages=2,
                               page_map=PageMap((1, 2, None), (False, True, False), (0.9, 0.3125)),
                               floats=FloatLayout([Move(3, 4, 1), Move(5, 5, None)], {3: 0.75}),
                               last_fill=0.3125, page_fills=(0.9, 0.3125), split_lists=(6,))


def _figure_document(png: bytes):
    from briefkit.charts import Chart
    from briefkit.document.nodes import Figure

    doc = _document()
    doc.blocks.append(Figure(chart="timeline", rendered=Chart("timeline", None, png, 6.0, 3.0, "alt")))
    return doc


def test_final_pdfs_are_cached_and_follow_document_charts_and_code(tmp_path: Path, monkeypatch) -> None:
    from briefkit import pdf_cache
    from briefkit.writers import WriteOptions

    options = WriteOptions()
    finals = _Finals()
    monkeypatch.setattr(pdf_cache, "get_writer", lambda fmt: finals)
    expected = pdf_cache.render(_figure_document(b"png-1"), options)  # no scope: laid out
    cache = tmp_path / "cache"
    with caches.scope(cache):
        first = pdf_cache.render(_figure_document(b"png-1"), options)
        (entry,) = entries(cache / "pdfs", ".pdfc")
        assert pdf_cache.render(_figure_document(b"png-1"), options) == first
        assert finals.calls == 2  # the second in scope was read back
        assert (first.pages, first.page_map, first.floats, first.page_fills, first.split_lists) == \
            (expected.pages, expected.page_map, expected.floats, expected.page_fills, (6,))
        pdf_cache.render(_figure_document(b"png-2"), options)  # other pixels: laid out again
        assert finals.calls == 3
        pdf_cache.render(_figure_document(b"png-1"), options, reserve=0.04)
        assert finals.calls == 4
        corrupt(entry)
        assert pdf_cache.render(_figure_document(b"png-1"), options).data == b"%PDF-1.4 5"
        # an entry whose checksum matches but whose payload is not a PDF entry is missing
        caches.write_entry(entry, b"\x00\x00\x00\x02{}not a pdf")
        pdf_cache.render(_figure_document(b"png-1"), options)
        assert finals.calls == 6
        monkeypatch.setattr(pdf_cache.caches, "code_version", lambda: "other code")
        pdf_cache.render(_figure_document(b"png-1"), options)
        assert finals.calls == 7
        monkeypatch.setenv("RL_useA85", "1")  # a ReportLab setting
        pdf_cache.render(_figure_document(b"png-1"), options)
        assert finals.calls == 8


def test_a_final_pdf_that_warns_is_not_cached(tmp_path: Path, monkeypatch) -> None:
    from briefkit import pdf_cache
    from briefkit.writers import WriteOptions

    finals = _Finals(warn=True)
    monkeypatch.setattr(pdf_cache, "get_writer", lambda fmt: finals)
    with caches.scope(tmp_path / "cache"):
        for _ in range(2):
            with pytest.warns(UserWarning, match="a glyph is missing"):
                pdf_cache.render(_figure_document(b"png"), WriteOptions())
    assert finals.calls == 2
    assert not entries(tmp_path / "cache", ".pdfc")


# ------------------------------------------------------------------ final DOCX packages
class _Packages:
    """A stand-in for the DOCX writer: counts packages written."""

    def __init__(self, warn: bool = False) -> None:
        self.calls = 0
        self.warn = warn

    def write(self, document, options) -> bytes:
        import warnings

        self.calls += 1
        if self.warn:
            warnings.warn("dropped 1 character(s)", UserWarning)
        return b"PK\x03\x04 package " + str(self.calls).encode()


def test_final_docx_packages_are_cached_and_follow_document_epoch_and_code(tmp_path: Path, monkeypatch) -> None:
    from briefkit import docx_cache
    from briefkit.writers import WriteOptions

    options = WriteOptions()
    packages = _Packages()
    monkeypatch.setattr(docx_cache, "get_writer", lambda fmt: packages)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")
    cache = tmp_path / "cache"
    with caches.scope(cache):
        first = docx_cache.write(_figure_document(b"png-1"), options)
        (entry,) = entries(cache / "docxs", ".docxc")
        assert docx_cache.write(_figure_document(b"png-1"), options) == first
        assert packages.calls == 1  # read back
        docx_cache.write(_figure_document(b"png-2"), options)  # other pixels
        assert packages.calls == 2
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200001")  # other dates in the package
        docx_cache.write(_figure_document(b"png-1"), options)
        assert packages.calls == 3
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")
        corrupt(entry)
        assert docx_cache.write(_figure_document(b"png-1"), options) == b"PK\x03\x04 package 4"
        caches.write_entry(entry, b"not a zip")  # checksum right, not a package: missing
        docx_cache.write(_figure_document(b"png-1"), options)
        assert packages.calls == 5
        monkeypatch.setattr(docx_cache.caches, "code_version", lambda: "other code")
        docx_cache.write(_figure_document(b"png-1"), options)
        assert packages.calls == 6
    warned = _Packages(warn=True)
    monkeypatch.setattr(docx_cache, "get_writer", lambda fmt: warned)
    with caches.scope(tmp_path / "other"):
        for _ in range(2):
            with pytest.warns(UserWarning, match="dropped"):
                docx_cache.write(_figure_document(b"png"), options)
    assert warned.calls == 2 and not entries(tmp_path / "other", ".docxc")


# ------------------------------------------------------------------ composed documents
def _compose_inputs(tmp_path: Path, template_dir: Path | None = None):
    from briefkit.charts_service import ChartService
    from briefkit.compose import load_lengths, source_date
    from briefkit.readers import read

    from helpers import SEED

    profile = read(SEED)
    length = load_lengths(template_dir)["brief"]
    return profile, length, source_date(profile, SEED), ChartService(profile, tmp_path / "charts")


def test_composed_documents_are_cached_and_follow_profile_templates_and_code(tmp_path: Path, monkeypatch) -> None:
    from briefkit import document_cache
    from briefkit.fit import build_document

    profile, length, as_of, charts = _compose_inputs(tmp_path)
    fresh_doc, fresh_markup = build_document(profile, length, 2, as_of, charts, None)
    cache = tmp_path / "cache"
    calls: list[int] = []
    with caches.scope(cache):
        assert build_document(profile, length, 2, as_of, charts, None) == (fresh_doc, fresh_markup)
        (entry,) = entries(cache / "documents", ".doc")
        with monkeypatch.context() as m:
            m.setattr("briefkit.compose.compose", lambda *a: calls.append(1) or "")
            assert build_document(profile, length, 2, as_of, charts, None) == (fresh_doc, fresh_markup)
        assert calls == []  # read back: no template rendered
        build_document(profile, length, 1, as_of, charts, None)  # another detail level
        renamed = profile.model_copy(update={"names": profile.names.model_copy(update={"title": "Another Legion"})})
        assert build_document(renamed, length, 2, as_of, charts, None)[1] != fresh_markup
        assert len(entries(cache / "documents", ".doc")) == 3
        corrupt(entry)
        assert build_document(profile, length, 2, as_of, charts, None) == (fresh_doc, fresh_markup)
        monkeypatch.setattr(document_cache.caches, "code_version", lambda: "other code")
        build_document(profile, length, 2, as_of, charts, None)
        assert len(entries(cache / "documents", ".doc")) == 4


def test_a_composition_weighed_by_its_markup_is_stored_as_markup_and_parsed_when_laid_out(tmp_path: Path,
                                                                                         monkeypatch) -> None:
    """A fit's candidate weighed only by how much it tells is stored as its markup alone, and
    a later asking for its Document (a layout, a rebuild) parses that markup, renders no
    template, and stores the Document with it."""
    from briefkit import fit
    from briefkit.fit import build_document, compose_markup, document_of

    profile, length, as_of, charts = _compose_inputs(tmp_path)
    fresh_doc, fresh_markup = build_document(profile, length, 2, as_of, charts, None)
    cache = tmp_path / "cache"
    parsed: list[str] = []
    real_parsed = fit._parsed
    monkeypatch.setattr(fit, "_parsed", lambda markup, meta: parsed.append(markup) or real_parsed(markup, meta))
    with caches.scope(cache):
        weighed = compose_markup(profile, length, 2, as_of, None, store=True)
        assert weighed.markup == fresh_markup and weighed.document is None and parsed == []
        (entry,) = entries(cache / "documents", ".doc")
        with monkeypatch.context() as m:
            m.setattr("briefkit.compose.compose", lambda *a: pytest.fail("a template rendered again"))
            again = compose_markup(profile, length, 2, as_of, None)  # read back: markup only
            assert again.markup == fresh_markup and again.document is None
            assert document_of(again, charts) == fresh_doc and parsed == [fresh_markup]
            # stored with its Document now: read back whole, nothing parsed
            assert build_document(profile, length, 2, as_of, charts, None) == (fresh_doc, fresh_markup)
        assert parsed == [fresh_markup] and entries(cache / "documents", ".doc") == [entry]


def test_a_changed_template_composes_afresh(tmp_path: Path) -> None:
    from briefkit.fit import build_document
    from briefkit.lengths import builtin_template_dir

    templates = tmp_path / "templates"
    shutil.copytree(builtin_template_dir(), templates)
    profile, length, as_of, charts = _compose_inputs(tmp_path, templates)
    with caches.scope(tmp_path / "cache"):
        _, before = build_document(profile, length, 2, as_of, charts, str(templates))
        path = templates / length.template
        path.write_text(path.read_text("utf-8") + "\nA closing line.\n", "utf-8")
        _, after = build_document(profile, length, 2, as_of, charts, str(templates))
    assert after.rstrip().endswith("A closing line.") and not before.rstrip().endswith("A closing line.")


def test_every_fixture_document_reads_back_equal() -> None:
    """The node codec stores every Document the seed and the fixture articles compose."""
    from briefkit import document_cache
    from briefkit.charts_service import ChartService
    from briefkit.compose import load_lengths, source_date
    from briefkit.fit import build_document
    from briefkit.readers import read

    from helpers import FIXTURES, SEED

    for seed in [SEED, *sorted((FIXTURES / "articles").glob("*.txt"))[:12]]:
        try:
            profile = read(seed)
        except Exception:  # noqa: BLE001 - a fixture that fails to read has no Document
            continue
        for length in load_lengths(None).values():
            document, _ = build_document(profile, length, length.max_detail, source_date(profile, seed),
                                         ChartService(profile), None)
            for figure in (b for b in document.walk() if type(b).__name__ == "Figure"):
                figure.rendered = None  # attached after reading back, never stored
            assert document_cache._build(document_cache._encode(document)) == document, (seed.name, length.name)


# ------------------------------------------------------------------ the code's digest
def test_the_codes_digest_is_kept_under_the_files_stamps_and_read_back(tmp_path: Path) -> None:
    """A rebuild stats the source files and reads the digest kept under their paths, sizes and
    modification times instead of hashing every file; what it keeps is the digest of the
    files' bytes, and a damaged entry is made again."""
    import hashlib
    import os

    root = Path(caches.__file__).resolve().parent
    h = hashlib.sha256()
    for base, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(f for f in files if f.endswith(".py")):
            path = Path(base) / name
            h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    try:
        caches.code_version.cache_clear()
        with caches.scope(tmp_path):
            assert caches.code_version() == h.hexdigest()
            [entry] = entries(tmp_path / "code", ".ver")
            caches.write_entry(entry, b"f" * 64)  # what a rebuild reads back, not recomputes
            caches.code_version.cache_clear()
            assert caches.code_version() == "f" * 64
            corrupt(entry)
            caches.code_version.cache_clear()
            assert caches.code_version() == h.hexdigest()
    finally:
        caches.code_version.cache_clear()


def test_the_code_digest_made_for_one_output_folder_serves_the_next(tmp_path: Path, monkeypatch) -> None:
    """Kept beside the bytecode too (`caches.shared_folder`): a first build into another
    output folder stats the source and reads the digest instead of hashing every file before
    it can fork its helper; a damaged shared entry is made again."""
    import builtins
    import sys

    from briefkit import heap

    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "pyc"))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(heap, "_OWNED", True)
    source = str(Path(caches.__file__).resolve().parent)
    real_open = builtins.open
    opened: list[str] = []

    def counting_open(file, *args, **kwargs):
        if str(file).startswith(source) and str(file).endswith(".py"):
            opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", counting_open)
    try:
        caches.code_version.cache_clear()
        with caches.scope(tmp_path / "a"):
            made = caches.code_version()
            (shared,) = entries(caches.shared_folder("code"), ".ver")
        assert len(opened) > 50  # every source file read once
        opened.clear()
        caches.code_version.cache_clear()
        with caches.scope(tmp_path / "b"):
            assert caches.code_version() == made
            assert entries(tmp_path / "b" / "code", ".ver")  # and kept in this folder's cache
        assert opened == []
        corrupt(shared)
        caches.code_version.cache_clear()
        with caches.scope(tmp_path / "c"):
            assert caches.code_version() == made
        assert len(opened) > 50
    finally:
        caches.code_version.cache_clear()


def test_a_draft_past_its_limit_is_kept_apart_from_the_whole_draft(tmp_path: Path) -> None:
    """A draft asked for with a page limit that the Document overflows is kept under the limit,
    never as the whole draft: a later asking without a limit (a DOCX's contents list, a rebuild)
    lays the Document out whole. One that ends within its limit is the whole draft, kept as one,
    and read back for an asking without a limit."""
    from briefkit import layout_cache
    from briefkit.document.nodes import Meta
    from briefkit.document.parse import parse
    from briefkit.writers import WriteOptions

    options = WriteOptions()
    long = parse("# One\n\n" + "\n\n".join(f"Paragraph {i} " + "word " * 120 for i in range(40)),
                 Meta(title="T", short_title="T"))
    whole_pages = layout_cache.draft(long, options).pages
    assert whole_pages >= 4
    with caches.scope(tmp_path / "cache"):
        assert layout_cache.draft(long, options, limit=1).pages == 2
        assert layout_cache.draft(long, options, limit=1).pages == 2  # read back under its limit
        assert layout_cache.draft(long, options).pages == whole_pages  # not the stopped one
        short = _document()
        within = layout_cache.draft(short, options, limit=3)
        kept = len(entries(tmp_path / "cache" / "layouts", ".layout"))
        assert layout_cache.draft(short, options) == within  # the whole draft, read back
        assert len(entries(tmp_path / "cache" / "layouts", ".layout")) == kept


def test_a_seed_s_build_reads_each_template_and_font_file_s_digest_about_once(tmp_path: Path, monkeypatch) -> None:
    """Every cache key of a seed's build (some forty: candidate Documents, drafts, final PDFs,
    DOCX packages) covers the template and font files; their digests are found once per seed
    (`layout_cache.theme_digests`, `document_cache._templates_part`), not once per key: a small
    seed's build asked for 1,325 digests, each a file's times read, where some ninety do."""
    from briefkit.build import BuildOptions, build_seed

    calls: list[str] = []
    real = caches.file_digest

    def counted(path):
        if Path(path).is_file():  # (the settings files ReportLab may read are looked for on sys.path)
            calls.append(str(path))
        return real(path)

    monkeypatch.setattr(caches, "file_digest", counted)
    seed = tmp_path / "harbour_council.txt"
    seed.write_text("= Harbour Council =\n\nThe Harbour Council is a civic coalition based in Riga. It was founded "
                    "in 2004.\n\n== History ==\n\n" + "\n\n".join(
                        f"On {d} May {y}, the council opened an office in Tartu. Observers noted steady growth."
                        for d, y in [(3, 2005), (9, 2008), (12, 2011), (5, 2014), (21, 2017), (14, 2020)]) + "\n",
                    encoding="utf-8")
    build_seed(seed, BuildOptions(out_dir=tmp_path / "out"))
    assert calls
    assert max(calls.count(p) for p in set(calls)) <= 3, sorted(set(calls), key=calls.count)[-3:]


def test_a_fingerprints_key_bytes_depend_on_its_values_alone() -> None:
    """Equal fingerprints give the same bytes whichever of their strings are one object or
    interned (marshal's later formats write references and interned marks); a value marshal
    cannot write is described by repr, marked apart; bytes parts of a key cannot run together."""
    import sys

    from briefkit import caches

    word = "".join(["Leg", "ion"])  # not interned, a new object
    shared = ("Legion", "Legion", 1.5, -0.0, None, True, (1, "Legion"))
    apart = (sys.intern("Legion"), word, 1.5, -0.0, None, True, (1, "".join(["Le", "gion"])))
    assert shared == apart and shared[0] is shared[1] and apart[0] is not apart[1]
    assert caches.key_bytes(shared) == caches.key_bytes(apart)
    assert caches.key_bytes((1,)) != caches.key_bytes((True,)) != caches.key_bytes((1.0,))
    assert caches.key_bytes((0.0,)) != caches.key_bytes((-0.0,))

    class Sub(str):
        pass

    assert caches.key_bytes(("a", Sub("b"))) == b"r" + repr(("a", "b")).encode()
    assert caches.digest_key([b"a\0", b"b"]) != caches.digest_key([b"a", b"\0b"])
    assert caches.digest_key([b"ab"]) != caches.digest_key(["ab"])


def test_a_cache_entry_makes_its_folder_only_when_it_is_missing(tmp_path, monkeypatch):
    """An entry goes into a folder that is made when missing (nested), and a folder that is
    there already is not asked for again: some forty entries a profile each made two system
    calls for it."""
    from briefkit import caches

    target = tmp_path / "kind" / "ab" / "entry.bin"
    caches.write_file(target, b"one")
    assert target.read_bytes() == b"one"
    made: list[str] = []
    real_mkdir = Path.mkdir

    def mkdir(self, *args, **kwargs):
        made.append(str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    caches.write_file(target, b"two")
    caches.write_file(target.with_name("other.bin"), b"three")
    assert made == []
    assert target.read_bytes() == b"two" and target.with_name("other.bin").read_bytes() == b"three"
    caches.write_file(tmp_path / "kind" / "cd" / "entry.bin", b"four")
    assert made == [str(tmp_path / "kind" / "cd")]
    assert sorted(p.name for p in (tmp_path / "kind").rglob("*")) == ["ab", "cd", "entry.bin", "entry.bin", "other.bin"]
