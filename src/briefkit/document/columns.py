"""Column widths of a `Table`, as shares of the width it spans, the same in every format.

Why here and not in a writer: a PDF and a DOCX of one Document must draw a table alike, so
the choice of widths is made once, from the cells' text, and each writer only scales the
shares to its own text width.

The rule is the one browsers use for a table laid out by its content: every column gets at
least the width of its longest word (never less than a short word, so a column of dates or
dashes is not squeezed to a sliver), at most the width of its longest cell, and the room in
between goes to the columns whose cells would otherwise wrap most. Widths are counted in
average characters, which is close enough for proportional text: the shares only need to
look right, and long cells wrap anyway.
"""
from __future__ import annotations

from .nodes import Table, Text, plain

AVERAGE_CHAR_EM = 0.55  # an average character of a proportional text face, in ems
MIN_WORD_CHARS = 6  # no column narrower than a word of this many characters
CELL_PAD_CHARS = 2.0  # the cell's padding, left and right, in characters
# A word cannot wrap, so it gets room to spare: short words in capitals, figures or a bold
# header ("Formed", "1841") run wider than the average character.
WORD_ROOM = 1.35


def chars_across(width_pt: float, font_pt: float) -> float:
    """How many average characters of a `font_pt` font fit on a line `width_pt` long."""
    return width_pt / (font_pt * AVERAGE_CHAR_EM)


def _cells(table: Table) -> list[list[list[Text]]]:
    return [table.header, *table.rows]


def _longest_word(runs: list[Text]) -> int:
    return max((len(w) for w in plain(runs).split()), default=0)


def _column_bounds(table: Table) -> tuple[list[float], list[float]]:
    """(narrowest, widest) useful width of every column, in characters with padding."""
    columns = list(zip(*_cells(table)))
    low = [max(MIN_WORD_CHARS, *(_longest_word(c) for c in col)) * WORD_ROOM + CELL_PAD_CHARS for col in columns]
    high = [max(len(plain(c)) for c in col) + CELL_PAD_CHARS for col in columns]
    return low, [max(lo, hi) for lo, hi in zip(low, high)]


def column_shares(table: Table, chars: float) -> list[float]:
    """Each column's share of the table's width (they sum to 1) for a table `chars`
    characters wide (see `chars_across`); the table always spans the whole width."""
    if not table.header:
        return []
    low, high = _column_bounds(table)
    if sum(high) <= chars:  # everything fits on one line: widths follow the cells
        widths = high
    elif sum(low) >= chars:  # not even the words fit: widths follow the words, cells wrap
        widths = low
    else:  # the longest words fit; the room left goes where cells are longest
        room = (chars - sum(low)) / (sum(high) - sum(low))
        widths = [lo + (hi - lo) * room for lo, hi in zip(low, high)]
    total = sum(widths)
    return [w / total for w in widths]


# The most columns one table shows side by side. A page's text is about 90 average characters
# across, and a column needs at least a word's room (`MIN_WORD_CHARS` with its padding, some
# ten characters): past this, columns are squeezed below their words and, past some forty,
# below their own padding, which no writer can draw.
MAX_COLUMNS = 8


def split_wide(table: Table) -> list[Table]:
    """`table`, or, when it has more than `MAX_COLUMNS` columns, several tables of the same
    rows: each with the first column (what names a row, as the seed's first column usually
    does) and as many of the next columns as fit beside it. A reader then reads every cell at
    a readable width, as a printed report continues a wide table under itself, instead of a
    grid of slivers (a 50-column table had failed the PDF's layout outright)."""
    n = len(table.header)
    if n <= MAX_COLUMNS:
        return [table]
    step = MAX_COLUMNS - 1
    out = []
    for start in range(1, n, step):
        cols = [0, *range(start, min(n, start + step))]
        out.append(Table([table.header[c] for c in cols], [[row[c] for c in cols] for row in table.rows]))
    return out

