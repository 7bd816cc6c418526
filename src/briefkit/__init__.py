"""briefkit: seed data about an organisation in, finished PDF and DOCX briefings out.

Importing the package is cheap; heavy libraries load when a stage first needs them.
"""
from __future__ import annotations

# `build_documents`, not `build`: `briefkit.build` is the build submodule, and importing it
# (which any build does) would replace a package attribute of that name.
__all__ = ["build_documents", "build_many", "build_report", "load_profile", "__version__"]


def __getattr__(name: str):
    if name == "__version__":
        return _version()
    if name == "build_many":
        from .batch import build_many

        return build_many
    if name in ("build_documents", "build_report", "load_profile"):
        from . import api

        return getattr(api, name)
    raise AttributeError(name)


def _version() -> str:
    """The version is written once, in pyproject.toml, and read from the installed metadata."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("briefkit")
    except PackageNotFoundError:  # a source tree on sys.path without an install
        return "0+unknown"
