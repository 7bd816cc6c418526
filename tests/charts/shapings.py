"""A spy on FreeType's shaping of the chart faces, for tests that count it."""
from __future__ import annotations

from matplotlib import ft2font


def count_shapings(monkeypatch) -> list[str]:
    """The strings the chart faces are asked to shape (`set_text`, `_layout`) from now on,
    in order, appended to the list returned."""
    calls: list[str] = []
    real_layout, real_set_text = ft2font.FT2Font._layout, ft2font.FT2Font.set_text

    def layout(self, s, *args, **kwargs):
        calls.append(s)
        return real_layout(self, s, *args, **kwargs)

    def set_text(self, s, *args, **kwargs):
        calls.append(s)
        return real_set_text(self, s, *args, **kwargs)

    monkeypatch.setattr(ft2font.FT2Font, "_layout", layout)
    monkeypatch.setattr(ft2font.FT2Font, "set_text", set_text)
    return calls
