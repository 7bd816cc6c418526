"""`charts.text_store`: what a process learned of the chart faces (`plain_text`) is kept beside
the bytecode, and the next process starts from it: a label it meets is laid out without
asking FreeType; a damaged or foreign table is ignored; nothing is kept outside a build's
cache scope."""
from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import get_hinting_flag
from matplotlib.font_manager import FontProperties

from briefkit import caches, charts_service
from briefkit.charts import agg_text, plain_text, text_store

from shapings import count_shapings

PROP = FontProperties(family="DejaVu Sans", size=8)
LABEL = "Freedom of Russia Legion, 27 Feb 2022"


def _new_process() -> None:
    """This process's tables and its reading of the file forgotten, as a new process starts."""
    for store in (plain_text._CHARS, plain_text._PAIRS, plain_text._BASE, agg_text._METRICS, agg_text._LAYOUTS):
        store.clear()
    plain_text._entries[0] = 0
    text_store._read.clear()


@pytest.fixture
def shared(tmp_path: Path, monkeypatch) -> Path:
    """The folder beside the bytecode, here a temporary one, inside a build's cache scope."""
    folder = tmp_path / "shared"
    monkeypatch.setattr(caches, "shared_folder", lambda kind: folder / kind)
    _new_process()
    with caches.scope(tmp_path / ".cache"):
        yield folder / "text"
    _new_process()


def _key() -> tuple:
    flags = get_hinting_flag()
    return (agg_text._font_key(PROP), 300, flags), flags


def _pens(s: str):
    renderer = agg_text.TextCachingRenderer(1, 1, 300)
    key, flags = _key()
    return plain_text.pens(lambda: renderer._prepare_font(PROP), s, key, flags)


def test_the_next_process_lays_out_a_label_without_freetype(shared: Path, monkeypatch) -> None:
    first = _pens(LABEL)
    charts_service.keep_learned()
    assert len(list(shared.glob("*.text"))) == 1
    _new_process()
    calls = count_shapings(monkeypatch)
    assert _pens(LABEL) == first
    assert calls == []
    assert _pens("Legion") is not None and calls == []  # its characters and pairs met before


def test_nothing_is_written_when_nothing_was_learned(shared: Path) -> None:
    _pens(LABEL)
    charts_service.keep_learned()
    _new_process()
    written = next(shared.glob("*.text")).stat().st_ino  # a write puts a new file in its place
    _pens(LABEL)
    charts_service.keep_learned()
    assert next(shared.glob("*.text")).stat().st_ino == written
    charts_service.keep_learned(charts_service.BATCH_LEARNED)


def test_a_batch_worker_writes_once_it_has_learned_enough(shared: Path) -> None:
    _pens("ab")
    charts_service.keep_learned(charts_service.BATCH_LEARNED)
    assert not list(shared.glob("*.text"))
    charts_service.keep_learned()
    assert list(shared.glob("*.text"))


def test_two_processes_tables_are_merged(shared: Path) -> None:
    _pens("Kyiv")
    charts_service.keep_learned()
    _new_process()
    text_store._read[:] = [text_store._path(), None, {}]  # as a process that read the file before it existed
    _pens("Moscow")
    charts_service.keep_learned()
    _new_process()
    chars, pairs = text_store.table(_key()[0])
    assert {"Ky", "yi", "iv", "Mo", "os", "sc", "co", "ow"} <= set(pairs)
    assert set("KyivMoscw") <= set(chars)


@pytest.mark.parametrize("table", [
    ({"a": (1, 2, 3)}, {}),  # a character's box of three numbers
    ({"a": (1, 2, 3, "4")}, {}),
    ({}, {"abc": 3}),
    ({}, {"ab": 1.5}),
    "not a table",
])
def test_a_damaged_or_foreign_table_is_ignored(shared: Path, table, monkeypatch) -> None:
    import marshal

    key = _key()[0]
    path = text_store._path()
    caches.write_entry(path, marshal.dumps({text_store._described(key): table}))
    _new_process()
    assert text_store.table(key) is None
    calls = count_shapings(monkeypatch)
    first = _pens("Legion")
    assert first is not None and calls  # learned afresh


def test_a_garbled_file_is_ignored(shared: Path) -> None:
    _pens(LABEL)
    charts_service.keep_learned()
    path = next(shared.glob("*.text"))
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    path.write_bytes(bytes(data))
    _new_process()
    assert text_store.table(_key()[0]) is None
    assert _pens(LABEL) is not None


def test_a_changed_face_file_is_another_table(shared: Path, tmp_path: Path) -> None:
    import os

    from matplotlib.font_manager import FontPath

    face = tmp_path / "face.ttf"
    face.write_bytes(b"x" * 10)
    key = ((FontPath(str(face), 0),), 8.0, 300)
    text_store.save({key: ({"a": (1, 2, 3, 4)}, {})})
    _new_process()
    assert text_store.table(key) == ({"a": (1, 2, 3, 4)}, {})
    os.utime(face, ns=(1, 1))
    _new_process()
    assert text_store.table(key) is None


def test_the_tables_are_bounded(shared: Path, monkeypatch) -> None:
    monkeypatch.setattr(text_store, "MAX_PAIRS", 5)
    monkeypatch.setattr(text_store, "MAX_CHARS", 4)
    _pens("Freedom of Russia")
    charts_service.keep_learned()
    _new_process()
    chars, pairs = text_store.table(_key()[0])
    assert len(chars) == 4 and len(pairs) == 5


def test_nothing_is_kept_outside_a_cache_scope(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "shared"
    monkeypatch.setattr(caches, "shared_folder",
                        lambda kind: None if caches.folder(kind) is None else folder / kind)
    _new_process()
    _pens(LABEL)
    charts_service.keep_learned()
    assert not folder.exists()
    _new_process()
