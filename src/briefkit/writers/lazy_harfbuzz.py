"""uharfbuzz, loaded when ReportLab first shapes text rather than when ReportLab loads.

Why: ReportLab's `pdfbase.ttfonts` imports uharfbuzz as it loads (about 20 ms: a compiled
module that imports `inspect` and more), in every process that writes or lays out a PDF, the
helper of a cold build and each batch worker included, though only a paragraph with
complex-script text is shaped (`pdf_scripts`), and most briefings hold none.

How: before ReportLab is imported, a stand-in module is put in `sys.modules` under the name.
ReportLab keeps a reference to it and asks only whether it is there (`if not uharfbuzz`,
`bool(... and uharfbuzz)`) until it shapes; the first attribute asked of it imports the real
module, which then takes the name, and every attribute is the real module's. Only where the
package is installed (a stand-in for a missing package would make ReportLab shape with
nothing); nothing is replaced when uharfbuzz or ReportLab's fonts module is already loaded.
"""
from __future__ import annotations

import importlib.util
import sys
import types

NAME = "uharfbuzz"


class _Deferred(types.ModuleType):
    """The stand-in: the real module's attributes, the module imported on first use."""

    def __getattr__(self, attr: str):
        return getattr(_real(), attr)


def _real() -> types.ModuleType:
    held = sys.modules.get(NAME)
    if held is not None and not isinstance(held, _Deferred):
        return held
    sys.modules.pop(NAME, None)
    try:
        module = importlib.import_module(NAME)
    except BaseException:
        if held is not None:
            sys.modules[NAME] = held
        raise
    return module


def install() -> None:
    """Put the stand-in in place, where that can take effect (see the module docstring)."""
    if NAME in sys.modules or "reportlab.pdfbase.ttfonts" in sys.modules:
        return
    if importlib.util.find_spec(NAME) is None:
        return
    sys.modules[NAME] = _Deferred(NAME)
