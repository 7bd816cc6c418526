"""The Python API: one call per task, the same code paths the CLI uses.

    from briefkit import build_report, load_profile
    build_report("seeds/x.txt", length="brief", format="pdf")  # -> Path
"""
from __future__ import annotations

from pathlib import Path

from .build import BuildOptions, Output, build_seed
from .model import Profile


def load_profile(seed: str | Path) -> Profile:
    from .readers import read

    return read(seed)


def build_documents(seed: str | Path, *, lengths: tuple[str, ...] = (), formats: tuple[str, ...] = (),
          out_dir: str | Path = "dist", theme: str | Path | None = None,
          template_dir: str | Path | None = None, reference_docx: str | Path | None = None) -> list[Output]:
    """Build one seed at the given lengths and formats (default: all) and return what was written."""
    options = BuildOptions(
        out_dir=Path(out_dir), lengths=tuple(lengths), formats=tuple(formats),
        theme=Path(theme) if theme else None, template_dir=Path(template_dir) if template_dir else None,
        reference_docx=Path(reference_docx) if reference_docx else None,
    )
    return build_seed(Path(seed), options).outputs


def build_report(seed: str | Path, *, length: str = "brief", format: str = "pdf", **kwargs) -> Path:
    """Build one document and return its path."""
    return build_documents(seed, lengths=(length,), formats=(format,), **kwargs)[0].path
