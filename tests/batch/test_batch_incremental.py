"""Incremental builds: unchanged outputs are skipped, changed inputs rebuild exactly what they touch."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from batch_helpers import mini_corpus
from briefkit.batch import build_many

OPTS = dict(lengths=["snapshot"], formats=["pdf", "docx"], jobs=1)


@pytest.fixture
def corpus(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    mini_corpus(tmp_path, 3)
    return tmp_path


def statuses(result) -> dict[str, str]:
    return {Path(o.path).relative_to("out").as_posix(): o.status for o in result.outputs}


def mtimes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_mtime_ns for p in root.rglob("*.*") if p.suffix in (".pdf", ".docx")}


def test_second_run_skips_everything(corpus):
    first = build_many("seeds", out_dir="out", **OPTS)
    assert first.ok and len(first.built) == 6
    before = mtimes(corpus / "out")
    second = build_many("seeds", out_dir="out", **OPTS)
    assert len(second.skipped) == 6 and not second.built
    assert mtimes(corpus / "out") == before
    # the report of a skipped output still says what the file is
    by_path = {o.path: o for o in first.outputs}
    for o in second.outputs:
        assert (o.sha256, o.pages, o.detail) == (by_path[o.path].sha256, by_path[o.path].pages, by_path[o.path].detail)


def test_force_rebuilds_everything(corpus):
    build_many("seeds", out_dir="out", **OPTS)
    assert len(build_many("seeds", out_dir="out", force=True, **OPTS).built) == 6


def test_deleting_one_output_rebuilds_just_it(corpus):
    build_many("seeds", out_dir="out", **OPTS)
    (corpus / "out" / "org01" / "snapshot.docx").unlink()
    before = mtimes(corpus / "out")
    result = build_many("seeds", out_dir="out", **OPTS)
    assert [k for k, v in statuses(result).items() if v == "built"] == ["org01/snapshot.docx"]
    after = mtimes(corpus / "out")
    assert {k: v for k, v in after.items() if k != "org01/snapshot.docx"} == before


def test_editing_an_output_by_hand_gets_it_rebuilt(corpus):
    build_many("seeds", out_dir="out", **OPTS)
    target = corpus / "out" / "org02" / "snapshot.pdf"
    target.write_bytes(b"%PDF-1.4 tampered")
    result = build_many("seeds", out_dir="out", **OPTS)
    assert [k for k, v in statuses(result).items() if v == "built"] == ["org02/snapshot.pdf"]
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 1000


def test_changed_seed_rebuilds_only_its_outputs(corpus):
    build_many("seeds", out_dir="out", **OPTS)
    seed = corpus / "seeds" / "org00.txt"
    seed.write_text(seed.read_text() + "\nIt grew in 2021.\n")
    result = build_many("seeds", out_dir="out", **OPTS)
    assert sorted(k for k, v in statuses(result).items() if v == "built") == ["org00/snapshot.docx", "org00/snapshot.pdf"]


@pytest.mark.parametrize("change", ["theme", "logo", "template", "reference_docx", "option", "epoch"])
def test_shared_inputs_rebuild_what_they_touch(corpus, change, monkeypatch):
    import shutil

    from briefkit.lengths import builtin_template_dir
    from briefkit.theme import load_theme
    from briefkit.writers.docx import default_reference_docx

    theme = corpus / "house.toml"
    theme.write_text('organisation = "Example"\nlogo = "logo.png"\n')
    _png(corpus / "logo.png")
    templates = corpus / "tpl"
    templates.mkdir()
    shutil.copy(builtin_template_dir() / "snapshot.md.j2", templates / "snapshot.md.j2")
    ref = corpus / "ref.docx"
    ref.write_bytes(default_reference_docx(load_theme(None)))
    opts = dict(OPTS, theme="house.toml", templates="tpl", reference_docx="ref.docx", out_dir="out")
    assert build_many("seeds", **opts).ok
    assert len(build_many("seeds", **opts).skipped) == 6
    if change == "theme":
        theme.write_text('organisation = "Other"\nlogo = "logo.png"\n')
    elif change == "logo":
        _png(corpus / "logo.png", colour=(200, 0, 0))
    elif change == "template":
        (templates / "snapshot.md.j2").write_text((templates / "snapshot.md.j2").read_text() + "\n")
    elif change == "reference_docx":
        ref.write_bytes(default_reference_docx(load_theme(theme)))
    elif change == "epoch":
        monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    elif change == "option":
        opts["formats"] = ["pdf"]
        opts["name"] = "{slug}-{length}.{ext}"
    result = build_many("seeds", **opts)
    if change in ("option", "reference_docx"):  # a new pattern writes only PDFs; a reference DOCX touches only DOCX
        assert len(result.built) == 3 and all(o.format == ("pdf" if change == "option" else "docx") for o in result.built)
    else:
        assert len(result.built) == 6 and not result.skipped, change


def _png(path: Path, colour=(0, 80, 160)) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(0.5, 0.5), dpi=40)
    fig.patch.set_facecolor([c / 255 for c in colour])
    fig.savefig(path, format="png", metadata={"Software": None})
    plt.close(fig)


def test_state_file_lives_in_output_folder_and_losing_it_is_safe(corpus):
    build_many("seeds", out_dir="out", **OPTS)
    state = corpus / "out" / ".briefkit-state.json"
    assert state.is_file()
    state.write_text("{not json")
    assert len(build_many("seeds", out_dir="out", **OPTS).built) == 6


def test_no_op_check_is_milliseconds_per_output(corpus):
    mini_corpus(corpus, 20, "many")  # enough outputs to measure per output; each first build costs the suite time
    build_many("many", out_dir="out", lengths=["snapshot"], formats=["pdf"], jobs=1, report=False)
    t = time.perf_counter()
    result = build_many("many", out_dir="out", lengths=["snapshot"], formats=["pdf"], jobs=1, report=False)
    elapsed = time.perf_counter() - t
    assert len(result.skipped) == 20
    assert elapsed / 20 < 0.005, elapsed
    os.environ.get("CI")  # timing bound is loose on purpose: shared CI machines are slow
