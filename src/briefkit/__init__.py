"""briefkit: seed data about an organisation in, finished PDF and DOCX briefings out.

Importing the package is cheap; heavy libraries load when a stage first needs them.
"""
from __future__ import annotations

__version__ = "0.1.0"

# `build_documents`, not `build`: `briefkit.build` is the build submodule, and importing it
# (which any build does) would replace a package attribute of that name.
__all__ = ["build_documents", "build_report", "load_profile", "__version__"]


def __getattr__(name: str):
    if name in ("build_documents", "build_report", "load_profile"):
        from . import api

        return getattr(api, name)
    raise AttributeError(name)
