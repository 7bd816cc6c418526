"""Compose: Profile + length + detail level -> brief markup, through Jinja2 templates.

Templates are looked up in a user folder first, then in the built-in `templates/`, so a
house can override one length without copying the rest. Seed text is data: every `{{ }}`
value is Markdown-escaped by `finalize` unless a filter marked it as markup (`Md`), so a
seed containing `*`, `#`, `<b>` or `[x](y)` renders those characters literally.
"""
from __future__ import annotations

import datetime as _dt
import math
from . import recache as re
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from . import fill_trace
from . import text as _text
from .asof import InfoDate, information_date
from .errors import TemplateError
from .lengths import Length, builtin_template_dir, held_to_folder, load_lengths, outside_folder, template_dirs
from .model import (
    BOARD_CHAIR, SECONDARY_ROLE, BulletList, Event, EventDate, ListItem, Paragraph, Person, Profile, Section,
    leading_now, news_year, oversees, post_of,
)
from .fit_scope import kept
from .records import record
from .select import chronological, select_events

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~^&:$%@;,/?\"'=])")

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]


class Md(str):
    """A string that already is brief markup; `finalize` passes it through unescaped."""


def md_escape(value: Any) -> str:
    """Make seed text literal in Markdown: fold whitespace, backslash-escape punctuation."""
    if value is None:
        return ""
    if isinstance(value, Md):
        return value
    if type(value) is str:
        return _escaped(value)
    return _escaped(str(value))


# Every composition escapes the same names, facts and sentences (about 70 a composition, and
# a fit composes a brief some twenty times): escaped once per text; a batch worker empties the
# cache as the next seed starts (`heap.per_unit`).
@lru_cache(maxsize=4096)
def _escaped(s: str) -> str:
    # Fold whitespace runs but keep a single leading/trailing space: "{{ 'as ' }}" stays "as ".
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", s))


# ------------------------------------------------------------------ filters
def format_date(d: EventDate | None) -> str:
    if d is None:
        return ""
    if d.day is not None:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if d.month is not None:
        return f"{MONTHS[d.month - 1]} {d.year}"
    return str(d.year)


def format_span(start: EventDate, end: EventDate) -> str:
    """A span as a reader writes it, saying a shared month and year once: "4–16 December 2021",
    "May–June 2023", "4 May – 16 June 2021"; across years, both ends in full ("2014–2015")."""
    if start.year == end.year and start.month and end.month:
        if start.month == end.month and start.day and end.day:
            return f"{start.day}–{end.day} {MONTHS[start.month - 1]} {start.year}"
        if not start.day and not end.day:
            return f"{MONTHS[start.month - 1]}–{MONTHS[end.month - 1]} {start.year}"
        if start.day and end.day:
            return f"{start.day} {MONTHS[start.month - 1]} – {format_date(end)}"
    a, b = format_date(start), format_date(end)
    # "2014–2015" closed up, as the article writes years; spaced only between ends with spaces
    return f"{a}–{b}" if " " not in a + b else f"{a} – {b}"


def format_event_date(e: Event) -> str:
    s = format_date(e.date)
    if e.end is not None:
        s = format_span(e.date, e.end)
    elif e.ongoing:
        s = f"Since {s}"
    return s


# How many of a cut item's innermost items it names inline before "and N more".
CUT_LEAVES = 3


def _leaves(item: ListItem) -> list[str]:
    return [t for c in item.children for t in (_leaves(c) if c.children else [c.text])]


def _render_items(items: Iterable[ListItem], depth: int, ordered: bool, max_depth: int | None) -> list[str]:
    """The items as Markdown lines. An item whose sub-items `max_depth` cuts names its innermost
    ones inline ("Russo-Ukrainian War: Battle of Ilovaisk; Siege of Mariupol"): the outer item
    alone says least (a snapshot's "Battles: Russo-Ukrainian War" lost the siege the unit is
    known for), the innermost most. When they are few, each with the level between it and the
    item beside it ("War in Donbas (Battle of Ilovaisk)"): the flattened list had lost which war
    each battle was part of."""
    lines = []
    for i, item in enumerate(items, 1):
        marker = f"{i}." if ordered else "-"
        pad = "   " * depth if ordered else "  " * depth
        text = item.text
        if item.children and max_depth is not None and depth + 1 >= max_depth:
            leaves = _leaves(item)
            more = len(leaves) - CUT_LEAVES if len(leaves) > CUT_LEAVES + 1 else 0
            named = "; ".join(leaves[:len(leaves) - more])
            if not more and any(c.children for c in item.children):
                # the level between says which war each battle was part of: "Russo-Ukrainian War:
                # War in Donbas (Battle of Ilovaisk); Russian invasion of Ukraine (Siege of Mariupol)"
                named = "; ".join(f"{c.text.rstrip(' :')} ({'; '.join(_leaves(c))})" if c.children else c.text
                                  for c in item.children)
            text = f"{text.rstrip(' :')}: {named}" + (f" and {more} more" if more else "")
        lines.append(f"{pad}{marker} {md_escape(_text.mark_gaps(text))}")
        if max_depth is None or depth + 1 < max_depth:
            lines.extend(_render_items(item.children, depth + 1, ordered, max_depth))
    return lines


_EMPTY_CELL = {"", "—", "–", "-"}


def _table_cells(items: list[ListItem]) -> list[list[str]] | None:
    """The rows of cells of a table the reader kept as list items ("Unit | Formed | Notes"),
    the first row the header; None when the list is no table (fewer than three items, an
    item without cells or with sub-items, rows of different widths). The first row is the
    header: a table's rows all carry values, its first names the columns."""
    if len(items) < 3 or any(item.children or " | " not in item.text for item in items):
        return None
    rows = [[c.strip() for c in item.text.split(" | ")] for item in items]
    return rows if len({len(r) for r in rows}) == 1 else None


def _table_bullets(rows: list[list[str]]) -> list[str]:
    """A table as a list, where a grid cannot stand (in a key-facts cell, in a summary that
    shows the first items): one line per row, its first cell in bold, the others after a
    dash, labelled by their column when the table has more than two ("**1st Foreign Engineer
    Regiment** — native name: 1er régiment étranger de génie"), empty cells left out."""
    header, out = rows[0], []
    for cells in rows[1:]:
        rest = [(h, c) for h, c in zip(header[1:], cells[1:]) if c not in _EMPTY_CELL]
        said = "; ".join(c if len(header) == 2 else f"{h[:1].lower()}{h[1:]}: {c}" for h, c in rest)
        first = md_escape(_text.mark_gaps(cells[0]))
        out.append(f"- **{first}**" + (f" — {md_escape(_text.mark_gaps(said))}" if said else ""))
    return out


def _table_cell(cell: str) -> str:
    """One cell of a pipe table: the seed's text escaped (a `|` in it stays a character of
    the cell), a cell the seed marked empty ("—", "-", or nothing) an em dash: a blank cell
    in a grid reads as a value the document lost (round 51 found the Foreign Legion's
    regiments without the "—" its table gives for a regiment's unknown year)."""
    return "—" if cell in _EMPTY_CELL else md_escape(_text.mark_gaps(cell)).strip()


def _pipe_table(rows: list[list[str]]) -> list[str]:
    """A table as a Markdown pipe table: the first row the header, then a rule, then the
    rows, so a reader sees the grid the seed had (see `document.nodes.Table`)."""
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(_table_cell(c) for c in cells) + " |"

    return [line(rows[0]), "|" + " --- |" * len(rows[0]), *(line(r) for r in rows[1:])]


def _render_list(items: list[ListItem], ordered: bool, max_depth: int | None, grid: bool) -> list[str]:
    """A list's Markdown lines; a list that is a table as a grid (`grid`) or one line a row."""
    rows = None if ordered else _table_cells(items)
    if rows is None:
        return _render_items(items, 0, ordered, max_depth)
    return _pipe_table(rows) if grid else _table_bullets(rows)


def render_items(items: Iterable[ListItem], ordered: bool = False, max_depth: int | None = None) -> Md:
    """A (nested) list as Markdown; `max_depth` keeps only the outer levels (0 = none).

    A table among the items reads one line a row: this filter writes lists that sit inside
    other blocks (a key fact's value, the first items of a summary), where a grid cannot."""
    if max_depth is not None and max_depth <= 0:
        return Md("")
    return Md("\n".join(_render_list(list(items), ordered, max_depth, grid=False)))


def render_blocks(blocks: Iterable[Paragraph | BulletList], sentences: int | None = None) -> Md:
    """Profile blocks as Markdown paragraphs and lists, every text escaped.

    With `sentences`, each paragraph is cut to its first sentences (never mid-sentence). A
    list that is a table (see `_table_cells`) is printed as one. A list counted by the
    sentence that introduces it is printed without the entries the sentences before have
    told (`counted_list`).
    """
    parts = []
    for b in counted_lists(blocks):
        if isinstance(b, Paragraph):
            text = b.text if sentences is None else _text.first_sentences(b.text, sentences)
            parts.append(md_escape(_text.full_stop(_text.mark_gaps(text))))
        else:  # a section's own list: a table there is printed as a table
            parts.append("\n".join(_render_list(b.items, b.ordered, None, grid=True)))
    return Md("\n\n".join(p for p in parts if p))


_COUNTED = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                      r"(?:[\w-]+\s+){0,2}?[\w-]+s\s*:\s*$", re.IGNORECASE)


def counted_lists(blocks: Iterable[Any]) -> list[Any]:
    """`blocks` with each list after a paragraph given by `counted_list`."""
    out = list(blocks)
    return [counted_list(b, out[n - 1]) if n and isinstance(b, BulletList) and isinstance(out[n - 1], Paragraph)
            else b for n, b in enumerate(out)]


def counted_list(lst: BulletList, before: Paragraph) -> BulletList:
    """`lst` without the entries its introducing sentence does not count and the sentences
    before it have already told.

    The rule: the paragraph before the list ends on a sentence that counts what follows ("The
    executive director heads three directorates:"); the list holds more entries than that
    count; and the entries beyond it, and only those, are named in the paragraph's earlier
    sentences ("A Management Board ... oversees the agency."). Those entries go: a fourth entry
    under "three", the board the paragraph said oversees the agency listed among what the
    director heads, read as an error to every reviewer of Europol's full profile (rounds
    60-64), and the paragraph names it all the same. Any other mismatch is the article's own
    and printed as it is."""
    spans = _text.sentence_spans(before.text)
    if not spans:
        return lst
    intro_at = spans[-1][0]
    found = _COUNTED.search(before.text[intro_at:])
    if not found:
        return lst
    word = found.group(1).casefold()
    count = int(word) if word.isdigit() else _COUNTS.index(word)
    if len(lst.items) <= count:
        return lst
    told = " ".join(before.text[:intro_at].split()).casefold()
    extra = [i for i in lst.items if told and " ".join(i.text.split()).casefold() in told and not i.children]
    if len(lst.items) - len(extra) != count:
        return lst
    return lst.model_copy(update={"items": [i for i in lst.items if i not in extra]})


def _whole_sentences(text: str, n: int) -> str:
    """First `n` sentences, minus a trailing one that announces something not shown ("...:")."""
    sentences = _text.split_sentences(text)[:n]
    while sentences and sentences[-1].rstrip().endswith(":"):
        sentences.pop()
    return " ".join(sentences)


def summarise(section: Section, sentences: int, paragraphs: int = 1) -> Md:
    """A section in short: opening sentences of its first paragraphs (descending into its
    subsections when it opens with one), or the first items of its list. A short label line
    ("Headquarters") followed by a list counts as the list's caption, not as a paragraph."""
    parts: list[str] = []
    prose = 0
    label_pending = False
    for sec in section.walk():
        for b in sec.blocks:
            if prose >= paragraphs:
                break
            if isinstance(b, Paragraph) and b.text.strip():
                if not re.search(r"[.!?…\"'”»)]$", b.text.strip()) and len(b.text) < 80 and not label_pending:
                    parts.append(md_escape(b.text))
                    label_pending = True
                    continue
                text = _whole_sentences(b.text, sentences)
                if text:
                    parts.append(md_escape(text))
                    prose += 1
            elif isinstance(b, BulletList) and b.items and (not parts or label_pending):
                shown = b.items[: max(3, sentences * 3)]
                rest = len(b.items) - len(shown)
                out = render_items([ListItem(text=i.text) for i in shown], b.ordered)
                parts.append(out + (f"\n- \\({rest} more\\)" if rest > 0 else ""))
                prose += 1
            label_pending = False
        if prose >= paragraphs:
            break
    return Md("\n\n".join(parts) if prose else "")


def summary_size(section: Section, sections: Sequence[Section], profile: Profile, sentences: int,
                 fill: int = 0) -> int:
    """How many sentences a brief gives `section`, of `sentences` each would get alike.

    The judgement: a section weighs what its dated events weigh (their importance, summed over
    it and its subsections). The sentences all `sections` would get alike are shared out in
    proportion to one plus each section's weight over the heaviest's, so the heaviest gets up to
    twice the share of a section that tells no event, and the whole is no longer: a brief that
    gave History, with thirteen of the article's events, as many sentences as Ideology, with
    none, kept a seventy-word quote and left out the raids the unit is known for. Each section
    keeps at least one sentence.

    `fill` more sentences go to the heaviest section, and what it cannot give to the next
    heaviest (`summary_more`): the fit step's last move when the next detail level overflows
    the budget but the chosen one leaves its last page part empty (`fit.filled`), or a chart
    too tall for the room left a page before the last a quarter blank. A brief of the Legion
    had left a third of its last page blank while its History, with the raids of 2023 and 2024,
    got three sentences: the room goes to the section that tells most of what happened, not to
    every section alike."""
    return _base_size(section, sections, profile, sentences) + summary_more(section, sections, profile, sentences, fill)


def _weight(section: Section, profile: Profile) -> float:
    """What a section's dated events weigh: their importance, summed over it and its subsections."""
    titles = {s.title for s in section.walk()}
    return sum(e.importance for e in profile.events if not e.background and e.section in titles)


@kept
def _weights(sections: Sequence[Section], profile: Profile) -> tuple[float, ...]:
    """`_weight` of each of `sections`, made once per fit. Why: every section's share is
    measured against all of them (`_base_size`), and `summary_more` asks for the share of each
    section in turn, so without this every section's weight was summed over the profile's
    events again for each section asked about: about a hundred sums a compose, where a fit
    needs one per section."""
    return tuple(_weight(s, profile) for s in sections)


def _base_size(section: Section, sections: Sequence[Section], profile: Profile, sentences: int) -> int:
    weights = _weights(sections, profile)
    index = next((i for i, s in enumerate(sections) if s is section), None)
    if index is None:
        if section not in sections:
            return _shared(weights, None, sentences)
        index = list(sections).index(section)
    return _shared(weights, index, sentences)


def _shared(weights: tuple[float, ...], index: int | None, sentences: int) -> int:
    """`_base_size` of the section at `index` of sections that weigh `weights` (None: not
    among them). Why apart: `_fill_takers` asks it of every section in turn, and each asking
    of `_base_size` summed the section's events again and made the key of `_weights` for the
    whole list, a tenth of a brief's compositions."""
    top = max(weights, default=0.0)
    if top <= 0 or index is None:
        return sentences
    shares = [1 + w / top for w in weights]
    own = 1 + weights[index] / top
    return max(1, round(sentences * len(weights) * own / sum(shares)))


def _among(section: Section, sections: Sequence[Section]) -> bool:
    """`section in sections`, asked by identity first: a template hands back the very sections
    of the profile, and `in` compared each one before it field by field (pydantic's `==`),
    about 4,000 comparisons a compose."""
    return any(s is section for s in sections) or section in sections


def summary_more(section: Section, sections: Sequence[Section], profile: Profile, sentences: int,
                 fill: int) -> int:
    """`section`'s part of the fit step's `fill` sentences more (see `summary_size`): they go
    to the one of `sections` that tells most, as many as its summary can give beyond what it
    gives now (`summary_cap`), what it cannot to the next heaviest, and so on, but never to a
    section that tells no dated event."""
    if fill <= 0 or not _among(section, sections):
        return 0
    left = fill
    for sec, now in _fill_takers(sections, profile, sentences):
        give = max(0, min(left, summary_cap(sec, 0, left) - now))
        if sec is section:
            return give
        left -= give
        if left <= 0:
            return 0
    return 0


def fill_room(sections: Sequence[Section], profile: Profile, sentences: int) -> int:
    """The most sentences `summary_more` hands out over `sections`: from a fill this large on,
    every section gets its most (`summary_cap` with all the more it may take), so a larger fill
    gives each the same (`fill_trace`)."""
    return sum(max(0, summary_cap(sec, 0, _sentence_count(sec)) - now)
               for sec, now in _fill_takers(sections, profile, sentences))


def _fill_takers(sections: Sequence[Section], profile: Profile, sentences: int) -> list[tuple[Section, int]]:
    """The sections a fill's sentences go to, the one that tells most first, none that tells
    no dated event (a section that tells no event is not where the room goes), each with the
    sentences its summary gives now."""
    weights = _weights(sections, profile)
    order = sorted(range(len(sections)), key=lambda i: (-weights[i], i))
    return [(sections[i], min(_shared(weights, i, sentences), summary_cap(sections[i])))
            for i in order if weights[i] > 0]


def _traced_more(more: Callable[..., int], room: Callable[..., int]) -> Callable[..., int]:
    """`summary_more` as templates call it: a tracked fill (`fill_trace.TrackedFill`) is read
    as its number, and a step below `fill_room` is noted as one a larger fill would change."""
    def summary_more_(section: Section, sections: Sequence[Section], profile: Profile, sentences: int,
                      fill: int) -> int:
        if type(fill) is fill_trace.TrackedFill:
            fill = fill_trace.value(fill)
            if fill < room(sections, profile, sentences):
                fill_trace.note_change()
        return more(section, sections, profile, sentences, fill)

    summary_more_.fill_aware = True  # type: ignore[attr-defined]  # see `sandbox.call`
    return summary_more_


# The most of a section's sentences its summary gives, and the fewest it may be cut to.
SUMMARY_SHARE = 0.5
SUMMARY_MIN = 2


# How much of the share one step of trimming takes (`fit`'s last-page trim).
TRIM_STEP = 0.05
# The most of its sentences the section that tells most may give when the fit step's `fill`
# asks it for more (see `summary_cap`).
FILL_SHARE = 0.75


@kept
def _sentence_count(section: Section) -> int:
    """The sentences of `section`'s paragraphs and its subsections', counted once per fit: a
    fit asks `summary_cap` of the same sections at every detail level, trim and fill, and
    `summary_more` of every section in turn."""
    return sum(len(_text.sentence_spans(" ".join(b.text.split())))
               for sec in section.walk() for b in sec.blocks if isinstance(b, Paragraph))


def summary_cap(section: Section, trim: int = 0, more: int = 0) -> int:
    """The most sentences a summary of `section` gives (see `section_summary`); each step of
    `trim` lowers the share by `TRIM_STEP`, for the fit step's trim of a last page that would
    hold only a few lines. `more` sentences beyond the share, up to `FILL_SHARE` of the
    section, are the fit step's fill of a page left a quarter blank before a chart too tall for
    it (`summary_more`): a few sentences more of the section that tells most serve the reader
    better than blank paper, and the summary still gives a quarter less than the article."""
    count = _sentence_count(section)
    cap = max(SUMMARY_MIN, math.ceil(count * max(0.1, SUMMARY_SHARE - TRIM_STEP * max(0, trim))))
    return max(cap, min(cap + max(0, more), math.floor(count * FILL_SHARE))) if more > 0 else cap


def section_summary(section: Section, profile: Profile, sentences: int, shown: Sequence[Person] = (),
                    omit: Sequence[str] = (), told: Sequence[Any] = (), trim: int = 0, more: int = 0,
                    frames_chart: bool = False) -> Md:
    """A section in short: its most informative sentences (see `digest.informative_sentences`),
    in the article's order, a paragraph per paragraph of the article they come from; `shown`
    are the people listed above it, `omit` sentences the page already prints (the chart's
    caption carries the structure section's caveat), `told` the At-a-glance statements above,
    whose sentences the summary gives only when it has nothing else.

    A summary is shorter than what it sums up: it gives at most `SUMMARY_SHARE` of the
    section's sentences (never fewer than `SUMMARY_MIN`), however much room the page has.
    Briefs of short articles had reprinted their sections nearly whole, 80-96% of the body in
    seven of nine briefs: three pages that were the article again, not a brief of it. A reader
    who wants every sentence has the full profile."""
    return _summary(section, profile, min(sentences, summary_cap(section, trim, more)), shown, omit, told,
                    frames_chart)


@kept
def _summary(section: Section, profile: Profile, sentences: int, shown: Sequence[Person],
             omit: Sequence[str], told: Sequence[Any], frames_chart: bool) -> Md:
    """`section_summary` of as many sentences as it gives (its cap applied), kept within a fit
    by that number and not by what the template asked for: the detail levels, trims and fill
    steps of a brief ask for a section's summary at many sizes that its cap turns into the
    same few (632 summaries asked for in six profiles' builds, 315 of them distinct), and each
    was chosen again from the section's scored sentences."""
    from .digest import informative_sentences

    said = {" ".join(t.split()) for t in omit if t}
    chosen = [(s, src) for s, src in informative_sentences(section, profile.events, sentences, shown, profile.people,
                                                           told, profile, frames_chart)
              if " ".join(s.split()) not in said]
    # Sentences of one paragraph of the article stay one paragraph; a new source paragraph
    # starts a new one, so a long summary is not one wall of text.
    paragraphs: list[list[str]] = []
    sources: list[Any] = []
    last: object = object()
    for sentence, source in chosen:
        if source != last or not paragraphs:
            paragraphs.append([])
            sources.append(source)
        paragraphs[-1].append(sentence)
        last = source
    # A summary leaves out sentences, among them the one that named someone in full: the first
    # bare surname of a person only one of the article's people bears is written in full
    # ("Svanberg left to become chairman of BP" -> "Carl-Henric Svanberg left ...").
    from .extract.surnames import full_names, namesake_subject, namesakes, with_full_name

    # "Ericsson withdrew from the business in 1900", after "In 1876 Lars Magnus Ericsson ...
    # opened a small workshop" and a sentence about the company, is the founder leaving: a
    # sentence opening on a surname that is also the organisation's name is the person's when
    # its paragraph named them in full before (`events.namesake_subject`), the article's
    # paragraph it comes from: a summary that leaves out the sentence naming him in full
    # still means him, and now says so ("Lars Magnus Ericsson withdrew ...").
    founders = namesakes(profile)
    if founders:
        texts_of = {(b.source.file, b.source.line): " ".join(b.text.split())
                    for sec in section.walk() for b in sec.blocks if isinstance(b, Paragraph) and b.source}
        def told_in(sentence: str, shown: list[str], src: Any) -> str:
            """The article's paragraph of `sentence` when it holds it as written, else the summary's."""
            article = texts_of.get((src.file, src.line), "") if src is not None else ""
            return article if sentence in article else " ".join(shown)

        paragraphs = [[namesake_subject(sentence, sentence, told_in(sentence, p, src), founders) for sentence in p]
                      for p, src in zip(paragraphs, sources)]
    paragraphs = _no_lone_lines(paragraphs)
    joined = _then_holding(with_full_name("\n\n".join(" ".join(p) for p in paragraphs), full_names(profile)),
                           profile, shown)
    return Md("\n\n".join(md_escape(_text.full_stop(_text.mark_gaps(t))) for t in joined.split("\n\n")))


# A role a "then its ..." can name: a post, not the founding of the organisation.
_NOT_A_POST = re.compile(r"(?i)\b(?:co-?)?founders?\b|\bleader\b")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def _then_holding(text: str, profile: Profile, shown: Sequence[Person]) -> str:
    """`text` with the post a leader held then given at his first mention, when the Leadership
    list above does not show him: "and James Orbinski, then its president, accepted it in Oslo
    on 10 December". Round 67: MSF's brief, its list of presidents cut a term after his, told
    him accepting the Nobel Peace Prize with nothing to say he was MSF's president. Only when
    the sentence's every year falls strictly within his told term (two years or more in his
    period): a sentence of the year he took or left the post tells that change ("Olli-Pekka
    Kallasvuo became chief executive on 1 June 2006", round 71 read "Kallasvuo, then its CEO,
    became chief executive"); and only when the sentence does not name the post itself and no
    aside follows his name already."""
    listed = {p.name for p in shown}
    for person in _kept_leaders(profile):
        if person.name in listed or not person.role or _NOT_A_POST.search(person.role):
            continue
        term = [int(y) for y in _YEAR.findall(person.period or "")]
        if len(term) < 2:
            continue
        found = re.search(rf"(?<![\w-]){re.escape(person.name)}(?![\w-])", text)
        if found is None:
            continue
        at, after = found.start(), found.end()
        if text[after:after + 1] in (",", "(") or text[after:after + 2] == "'s" or text[after:after + 2] == "’s":
            continue
        start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        stop = min([i for i in (text.find(". ", after), text.find("\n", after)) if i >= 0], default=len(text))
        sentence = text[start:stop]
        years = [int(y) for y in _YEAR.findall(sentence)]
        role = re.sub(r"^(?:former|first)\s+", "", " ".join(person.role.split()), flags=re.I)
        role = role if role.isupper() or (role.split()[0].isupper() and len(role.split()[0]) > 1) else role[:1].lower() + role[1:]
        if not years or not all(min(term) < y < max(term) for y in years) \
                or re.search(rf"(?i)\b{re.escape(role.split()[-1])}\b", sentence):
            continue
        text = f"{text[:after]}, then its {role},{text[after:]}"
    return text


# A summary paragraph of one sentence this short or shorter (about a printed line) is set
# with the paragraph before it (`_no_lone_lines`).
LONE_LINE = 100


def _no_lone_lines(paragraphs: list[list[str]]) -> list[list[str]]:
    """Summary paragraphs with each one-sentence paragraph of a line or less (`LONE_LINE`)
    joined to the one before it. Cut from a longer paragraph of the article, such a line stood
    alone under the text it follows and read as a stray sentence ("Olli-Pekka Kallasvuo became
    chief executive on 1 June 2006." after Nokia's earlier heads, rounds 63-64), and a word
    processor carried it alone to the next page. Joined, it reads on from the sentences before
    it, in the article's order as before."""
    out: list[list[str]] = []
    for p in paragraphs:
        if out and len(p) == 1 and len(" ".join(p[0].split())) <= LONE_LINE:
            # the paragraph's last sentence may lack its stop ("... artillery and propaganda"):
            # followed by another sentence, it needs one whatever its length
            last = out[-1][-1].rstrip()
            out[-1] = [*out[-1][:-1], last + "." if re.search(r"[\w)\]]$", last) else last, *p]
        else:
            out.append(list(p))
    return out


def listed_by_article(profile: Profile, people: Sequence[Person]) -> list[Person]:
    """Those of `people` no longer in post whom a list in the article's own section about its
    leaders names ("Chief executives since 2003:", "Chairmen:"): the full profile prints that
    section whole, and its People list then gives only the others, so no former leader is
    listed twice. Whoever leads it now stays in People all the same: a People list without the
    current head (Ericsson's, without Börje Ekholm) reads as if the profile had lost him."""
    from .extract.titles import is_leadership_title

    items: list[str] = []

    def walk(list_items) -> None:
        for it in list_items:
            items.append(it.text)
            walk(it.children)

    for sec in profile.all_sections():
        if is_leadership_title(sec.title):
            for b in sec.blocks:
                if isinstance(b, BulletList):
                    walk(b.items)
    return [p for p in people if p.current is not True and any(p.name in t for t in items)]


def leaders_list_title(profile: Profile) -> str | None:
    """The title of the article's own section whose list names its leaders (`listed_by_article`),
    for the People section to point to: a People list of the current head alone, with the
    former ones printed sections above, had read as if the profile had lost them."""
    from .extract.titles import is_leadership_title

    return next((sec.title for sec in profile.all_sections() if is_leadership_title(sec.title)
                 and any(isinstance(b, BulletList) for b in sec.blocks)), None)


def prints(markup: str, sentence: str) -> bool:
    """Whether `markup` (a summary a template made) prints `sentence` of the article, as escaped
    and spaced there."""
    return " ".join(md_escape(sentence).split()) in " ".join(str(markup).split())


def section_titled(sections: Iterable[Section], title: str) -> Section | None:
    """The section whose title is `title` (any case), or None: a template that prints a
    heading of its own ("Leadership") takes the article's section of that name under it, so
    a brief never shows the same heading twice."""
    want = title.strip().casefold()
    return next((s for s in sections if s.title.strip().casefold() == want), None)


def leadership_section(sections: Iterable[Section]) -> Section | None:
    """The first of `sections` about who leads the organisation ("Leadership", "Chairmen",
    "Commanders", "Management"; the rule is `extract.people.leadership_sections`'): the
    brief puts it under its own Leadership heading, beside the list of leaders it shows."""
    from .extract.titles import is_leadership_title

    # only a section about that alone: "Symbols and leadership" keeps its own heading
    return next((s for s in sections if is_leadership_title(s.title)
                 and not re.search(r"(?i)\band\b|&|,", s.title)), None)


def joint_leadership_section(sections: Iterable[Section]) -> Section | None:
    """The first of `sections` about who leads the organisation and how it is organised at once
    ("Leadership and organisation", "Command and structure"): a brief whose Leadership list has
    told who leads it keeps that section in its place under the heading of its parts,
    "Organisation", rather than print "Leadership" on page 1 and "Leadership and organisation"
    two pages on (Wagner's)."""
    from .extract.titles import is_leadership_title, is_structure_title

    return next((s for s in sections if is_leadership_title(s.title) and is_structure_title(s.title)
                 and re.search(r"(?i)\band\b|&", s.title)), None)


def chart_home(sections: Sequence[Section], nested: bool = True) -> Section | None:
    """The section the organisation chart is printed in: the article's own section about its
    parts ("Structure", "Organisation", "Leadership and organisation"), found in reading order
    at any depth; with `nested=False` the top-level section that holds it, for a length that
    prints top-level sections only. None when the article has no such section: the chart then
    gets a section of its own.

    Why there and not in a section of its own: a chart pages away from the text about the
    same parts (Figure 2 on page 2, "Organisation" on page 4) sends the reader back and forth,
    and a brief's structure section shorn of the list the chart draws is a heading over one
    sentence; with the chart under it, the section is the sentences and the picture of the parts."""
    from .extract.titles import is_structure_title

    def holds(s: Section) -> Section | None:
        if is_structure_title(s.title):
            return s
        return next((h for c in s.children if (h := holds(c)) is not None), None)

    for top in sections:
        found = holds(top)
        if found is not None:
            return found if nested else top
    return None


def org_parts(profile: Profile) -> list[str]:
    """The names of the organisation's own parts (`parts.own_parts`), in the article's order:
    what a brief that gave up its organisation chart names where the chart stood. "Parts:
    Headquarters" had named the one box above the Legion's nine battalions."""
    from .parts import own_parts

    return [c.name for c in own_parts(profile.org)]


# A title of more words than this names the organisation by its abbreviation in a sentence
# the brief adds (`parts_sentence`).
LONG_TITLE = 4
_COUNTS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


def _listed(names: list[str]) -> str:
    """"A, B and C"; "A; B; and C" when a name holds a comma or an "and" of its own."""
    if len(names) == 1:
        return names[0]
    if any("," in n or " and " in n for n in names):
        return "; ".join(names[:-1]) + "; and " + names[-1]
    return ", ".join(names[:-1]) + " and " + names[-1]


# Words a plural after a count may be that do not name parts ("three years", "four times").
_NOT_PARTS = frozenset("""years months weeks days hours decades centuries times members people staff employees
    countries states languages seats votes percent points miles kilometres kilometers metres meters""".split())
# Nouns too general to name the parts by: a section called "Structure" or "Units" says nothing
# "parts" does not.
_GENERIC_PARTS = frozenset("structure structures organisation organization organisations organizations units "
                           "subunits parts components sections bodies".split())
_FUNCTION_WORDS = frozenset("a an the of its their his her our in on at to for from by with and or as into "
                            "which who that this these those".split())


def _parts_noun(parts: list[str], above: str, title: str) -> tuple[str, list[str], bool]:
    """What the parts are called and how they are named: the article's own word for them, from
    the summary above ("The executive director heads three directorates": "directorates", with
    the count of the parts), the head noun every part's name ends in ("Operations
    Directorate", "Governance Directorate": "directorates", the names without it), or the
    section's title ("Business segments"); else "parts". The third value: whether the summary
    names them so in its last sentence, so "They are ..." follows it."""
    from .digest import plural

    count = len(parts)
    words = (_COUNTS[count] if count < len(_COUNTS) else "", str(count))
    plain = " ".join(above.replace("\\", "").split())
    last = _text.sentence_spans(plain)[-1][1] if plain else ""
    heads = {p.rsplit(None, 1)[-1] for p in parts if len(p.split()) > 1}
    shared = next(iter(heads)) if len(heads) == 1 and all(len(p.split()) > 1 for p in parts) and count > 1 \
        and re.fullmatch(r"[A-Za-z]{3,}", next(iter(heads))) and next(iter(heads)).lower() not in _FUNCTION_WORDS \
        else None
    names = [p.rsplit(None, 1)[0] for p in parts] if shared else parts
    for m in re.finditer(r"\b(" + "|".join(w for w in words if w) + r")\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*s)\b",
                         plain, re.I):
        noun = m.group(2).lower()
        if noun.split()[-1] in _NOT_PARTS or _FUNCTION_WORDS & set(noun.split()):
            continue
        if shared and noun.split()[-1] != plural(shared.lower()):
            names = parts  # the summary's word is not the names' head noun: the names whole
        return noun, names, m.group(0) in last
    if shared:
        return plural(shared.lower()), names, False
    heading = " ".join(title.split()).lower()
    if heading and heading.endswith("s") and heading not in _GENERIC_PARTS and len(heading.split()) <= 3 \
            and re.fullmatch(r"[a-z][a-z -]*", heading) and not _FUNCTION_WORDS & set(heading.split()):
        return heading, parts, False
    return ("part" if count == 1 else "parts"), parts, False


def parts_sentence(profile: Profile, doubted: bool = False, above: str = "", title: str = "") -> Md:
    """The parts a given-up organisation chart would have drawn (`org_parts`), as a sentence
    that names the organisation: "Ericsson has four parts: Networks, Cloud Software and
    Services, Enterprise Wireless Solutions and Global Communications Platform." Round 57 read
    a "Parts:" label over a list of names as a stub. `doubted` (the article's caveat doubts
    its account, `digest.caveat_doubts`): "Reports name nine parts: ...", which the template
    sets after the caveat, as the chart's caption says "its reported parts" (rounds 62-64
    read the Legion's "is reported to have nine parts: ..." followed by "The group claims to
    comprise two battalions." as a contradiction left unexplained). Names that hold a comma or
    an "and" ("Gas and low carbon energy") are set apart by semicolons. A title of more than `LONG_TITLE` words gives way to the article's
    abbreviation in Latin letters ("NABU has two parts"), since the sentence, a line longer
    under the full name, cost NABU's brief two sentences of its History.

    A governing body (a board or congress that oversees it, `OrgNode.kind`) is named apart,
    after the parts: round 60 read "The executive director heads three directorates. Europol
    has four parts: Management Board, ..." as a contradiction. One the summary `above` names
    already ("A Management Board ... oversees the agency") is not named again."""
    from .digest import name_again
    from .parts import own_parts

    nodes = own_parts(profile.org)
    parts = [" ".join(c.name.split()) for c in nodes if c.kind != "governing"]
    boards = [" ".join(c.name.split()) for c in nodes if c.kind == "governing"]
    if not parts:
        parts, boards = boards, []
    if not parts:
        return Md("")
    told = " ".join(above.replace("\\", "").split()).casefold()
    boards = [b for b in boards if b.casefold() not in told]
    count = _COUNTS[len(parts)] if len(parts) < len(_COUNTS) else str(len(parts))
    some = any(c.attributes.get("among") for c in nodes)  # a list of some of them (`org._SOME_OF`)
    if some:
        count = "some of its" if doubted else count
    noun, names, follows = _parts_noun(parts, above, title) if len(parts) > 1 else ("part", parts, False)
    governing = ""
    if boards:
        the = ["the " + b if b[:1].isupper() and not b.casefold().startswith("the ") else b for b in boards]
        governing = f" Its governing {'body is' if len(boards) == 1 else 'bodies are'} {_listed(the)}."
    if follows and not doubted:
        # "The executive director heads three directorates." "They are Operations, ..."
        return Md(md_escape(_text.mark_gaps(f"They are {_listed(names)}.{governing}")))
    if doubted:
        # "Reports name two parts: ...", after the caveat the line follows ("Wagner has never
        # published its structure."): what the group does not say and what reports say
        return Md(md_escape(_text.mark_gaps(f"Reports name {count} {noun}: {_listed(names)}.{governing}")))
    # ("Its member unions include:" over twelve of eighteen: no count the article never gave)
    said = (f"has {noun} that include {_listed(names)}." if some else f"has {count} {noun}: {_listed(names)}.") \
        + governing
    short = next((a.text for a in profile.names.aliases if a.kind == "abbreviation"
                  and re.fullmatch(r"[A-Z][A-Za-z0-9&.-]{1,11}", a.text)), None)
    if short and len(_text.called(profile).split()) > LONG_TITLE:
        sentence = f"{short} {said}"
    else:
        opening = _text.first_sentences(_text.normalise_space(lead_text(profile)), 1)
        sentence = name_again(f"It {said}", profile, opening)
    return Md(md_escape(_text.mark_gaps(sentence)))


def before_lists(blocks: Sequence[Any]) -> int:
    """How many of a section's blocks come before its first list or table: where the full
    profile sets the organisation chart in the section about the parts. A list runs over a
    page break and a chart cannot; set after the list, a tall chart that did not fit the page's
    foot moved whole to the next page and left the page before it half empty (the 82nd
    Airborne Division's Structure, the Council of Europe's), while set after the section's
    opening sentences it fills that room and the list follows it. A sentence that introduces
    the list ("heads three directorates:") stays with it, after the chart.

    A chart never stands right under its heading, before any of its section: round 58 found
    Wagner's at a page foot under "Leadership and organisation" and the section's text on the
    next page. Where the section opens on its list (Wagner's leaders), the chart follows that
    first block; where its one opening sentence introduces the list ("They include:"), it
    follows that sentence and illustrates what it introduces."""
    from .model import Paragraph as _Para

    k = next((i for i, b in enumerate(blocks) if not isinstance(b, _Para)), len(blocks))
    # "The executive director heads three directorates:" introduces the list, not the chart
    while 0 < k < len(blocks) and blocks[k - 1].text.rstrip().endswith(":"):
        k -= 1
    return k or min(1, len(blocks))


def chart_split(blocks: Sequence[Any]) -> tuple[list[Any], list[Any]]:
    """A section's blocks before and after where the full profile sets its organisation chart
    early (`before_lists`). Where the one sentence that introduces the section's list ends a
    paragraph of others ("A Management Board ... oversees the agency. The executive director
    heads three directorates:"), the paragraph is given as two, the chart between them, so the
    sentence stays with the list it introduces: round 63 found Europol's chart under that
    sentence and the list on the next page. Every sentence is printed, in the article's order."""
    from .model import Paragraph as _Para

    blocks = counted_lists(blocks)  # before the paragraph that tells the uncounted is split
    k = before_lists(blocks)
    first = blocks[0] if blocks else None
    if k == 1 and len(blocks) > 1 and isinstance(first, _Para) and not isinstance(blocks[1], _Para) \
            and first.text.rstrip().endswith(":"):
        spans = _text.sentence_spans(first.text)
        if len(spans) >= 2:
            at = spans[-1][0]
            head, intro = first.text[:at].rstrip(), first.text[at:].strip()
            return [first.model_copy(update={"text": head})], [first.model_copy(update={"text": intro}), *blocks[1:]]
    return list(blocks[:k]), list(blocks[k:])


def timeline_labels_all(events: list[Event]) -> bool:
    """Whether a timeline of every event labels each one (below its aggregate threshold)."""
    from .charts.timeline import MAX_LABELLED
    from .select import select_events

    return len(select_events(list(events), None)) <= MAX_LABELLED


# A period that names only when a term ended: "until 1990", "to March 2002", "–2005".
_ENDS_ONLY = re.compile(r"(?i)\s*(?:until|till|to|up to|through|[–-])\s*\S")


def _when(p: Person) -> tuple[int, int]:
    """`p`'s term as a sort key, the most recent first: minus the last day its period names,
    then minus the first ("from 2018" came after "2014 to 2018"); (0, 0) when it names none.
    A term that names only its end ("until 1990") began before it: of two that meet in one
    year, the one that ended then comes after the one that began then ("Eva Dunlop, until
    1990" after "Trygve Nordby, from 1990", who succeeded her that year)."""
    from .extract.dates import find_dates  # the one date reader of the project

    years = [int(y) for y in re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", p.period or "")]
    # "from 29 May 2022" came before "from June 2022": months and days count, as a sort key
    days = [(m.end_year or m.year) * 10000 + (m.end_month or m.month or 0) * 100 + (m.end_day or m.day or 0)
            for m in find_dates(p.period or "", bare_years=True) if m.year]
    starts = [m.year * 10000 + (m.month or 0) * 100 + (m.day or 0) for m in find_dates(p.period or "", bare_years=True)
              if m.year]
    if len(starts) == 1 and len(days) == 1 and _ENDS_ONLY.match(p.period or ""):
        starts = [starts[0] - 1]  # some time before the end it names
    return -(max(days) if days else max(years, default=0) * 10000), \
        -(min(starts) if starts else min(years, default=0) * 10000)


# Lines between two entries of one list of holders: the next line, or the one after a table's
# row rule ("|-").
_NEXT_ENTRY = 2


def _between_neighbours(people: list[Person]) -> dict[int, tuple[int, int]]:
    """The term key (`_when`) of each former holder whose period the text leaves out, taken
    from the holders of the same post on the list entries right before and right after theirs
    (`Person.source`, `_NEXT_ENTRY`), when both have a period: halfway between theirs. A list
    of holders is written in the order they served, first to last or last to first, so one
    listed between two holders served between them: "Eduard Weber (until 1966)", "Michel Rahi
    (Weber's successor)", "Adwaldo Cardoso Botto de Barros (elected 1984)" lists Rahi between
    1966 and 1984, not after the first director of 1875, where a term of no years had put him.
    Names told in sentences are not placed so: a paragraph names holders in any order."""
    placed: dict[int, tuple[int, int]] = {}
    posts: dict[str, list[Person]] = {}
    for p in sorted((p for p in people if p.source is not None and p.source.line), key=lambda p: p.source.line):
        posts.setdefault(post_of(p.role), []).append(p)
    for holders in posts.values():
        for before, p, after in zip(holders, holders[1:], holders[2:]):
            if p.current or p.period or before.current or after.current \
                    or not 0 < p.source.line - before.source.line <= _NEXT_ENTRY \
                    or not 0 < after.source.line - p.source.line <= _NEXT_ENTRY:
                continue
            a, b = _when(before), _when(after)
            if a[0] and b[0] and a != b:
                placed[id(p)] = ((a[0] + b[0]) // 2, (a[1] + b[1]) // 2)
    return placed


def _leader_order(p: Person, when: tuple[int, int] | None = None, board: bool = False) -> tuple[int, int, int, int]:
    """Who a short list names first: those leading now; then those the text leaves open; then
    those who held a post, the most recent first (`_when`, or `when` when given: see
    `_between_neighbours`), and after them a spokesperson, deputy or chief of staff not known
    to serve now; founders last, since founding is history and not an office (six founders
    must not push out the heads who came after them)."""
    founder = bool(re.fullmatch(r"(?i)(?:co-?)?founders?", (p.role or "").strip()))
    years = re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", p.period or "")
    latest, first = when or _when(p)
    if p.current:
        # the chief executive first: `board`, the chair over them (`model.oversees`), after
        return (0, 1 if board or BOARD_CHAIR.search(p.role or "") else 0, 0, 0)
    if founder and len(years) < 2:
        return (3, 0, latest, first)  # a founder who led it for a term is ordered as a former head
    if SECONDARY_ROLE.search(p.role or ""):
        return (2, 0, 0, 0)  # who speaks for it or stands in does not head it: after its heads
    # "Chairman, in July 2016": a post the text dates to one moment it tells of says nothing of
    # now, and less of a tenure than a term does: it comes after the terms held before
    if re.match(r"(?i)\s*in\b", p.period or "") and not p.current:
        return (2, 1, latest, first)
    return (1 if p.current is None else 2, 0, latest, first)


def _succession_ends(people: list[Person], sentences: Sequence[Sequence[str]],
                     events: Sequence[Event] = ()) -> list[Person]:
    """Former holders of a post whose period gives only a start ("Commander, from July 2020")
    end where the next holder of the same post, by start date, began ("July 2020 to 1 August
    2023"): a post one person holds at a time changes hands on the successor's first day, and
    an open start alone reads as if the term never ended. Nothing is filled when the next
    holder's start is unknown, or when no sentence, nor two in a row of one paragraph, names both
    (`sentences`, by paragraph: "In July 2020 Mistral handed over to Lardet"): a list of presidents that skips some, or an interim
    holder whose successor came later, must not be joined to the next one named.

    A successor's term that starts in a bare year starts on the day the article tells them
    taking up the post that year (`events`, a change of leader naming them): Nadtochiy's term
    read "June 2022 to 2023" where the text says Prokopenko resumed command on 17 July 2023."""
    from .extract.dates import find_dates  # the one date reader of the project

    def told_start(p: Person, year: int) -> tuple[tuple[int, int, int], str] | None:
        surname = p.name.split()[-1]
        for e in events:
            d = e.date
            if e.kind == "leadership" and not e.background and d.year == year and d.month and e.end is None \
                    and re.search(rf"\b{re.escape(surname)}\b", e.label or "") \
                    and re.search(r"(?i)\b(?:took|resumed|assumed|became|appointed|elected|succeeded|returned)\b",
                                  e.label or ""):
                words = " ".join(str(x) for x in (d.day, MONTHS[d.month - 1], d.year) if x)
                return (d.year, d.month, d.day or 0), words
        return None

    began: dict[int, list[tuple[tuple[int, int, int], str]]] = {}

    def starts(p: Person) -> list[tuple[tuple[int, int, int], str]]:
        """When each of a holder's terms began: "2017–2022, 2023–2025" began twice (read once
        a holder: this is asked for every pair of holders)."""
        if id(p) not in began:
            began[id(p)] = _starts(p)
        return began[id(p)]

    def _starts(p: Person) -> list[tuple[tuple[int, int, int], str]]:
        out = []
        for term in (p.period or "").split(","):
            ms = [m for m in find_dates(term, bare_years=True) if m.year]
            if ms:
                m = ms[0]
                words = " ".join(str(x) for x in (m.day, MONTHS[m.month - 1] if m.month else None, m.year) if x)
                told = told_start(p, m.year) if m.month is None else None
                # ordered by the term's own start, so a co-holder whose day is told is no successor
                out.append(((m.year, m.month or 0, m.day or 0), told[1] if told else words))
        return out

    from collections import Counter

    surnames = Counter(q.name.split()[-1] for q in people)

    def called(p: Person) -> str:  # the surname, or the full name when another shares it
        last = p.name.split()[-1]
        return p.name if surnames[last] > 1 else last

    # Each sentence with the next of its paragraph, and for each name the ones that name it,
    # found once: asked of every pair of holders, the search had gone over every sentence for
    # each pair (an article of 300 changes of command took two minutes in this function).
    windows = [" ".join(para[i:i + 2]) for para in sentences for i in range(len(para))]
    naming: dict[str, frozenset[int]] = {}

    def named_in(name: str) -> frozenset[int]:
        if name not in naming:
            rx = re.compile(rf"\b{re.escape(name)}\b")
            naming[name] = frozenset(k for k, here in enumerate(windows) if name in here and rx.search(here))
        return naming[name]

    in_window: dict[int, set[int]] = {}  # the holders (by id) each window names

    def told_with(a: Person) -> set[int]:
        """Who one sentence, or two in a row of one paragraph, names with `a`: who could have
        taken the post from them there ("X acted as commander from 29 May. In June Y took
        over"). The windows' names are gathered once, so a holder's partners are looked up,
        not searched for pair by pair."""
        if not in_window:
            for q in people:
                for k in named_in(called(q)):
                    in_window.setdefault(k, set()).add(id(q))
        return {i for k in named_in(called(a)) for i in in_window.get(k, ())}

    out = []
    for p in people:
        period = (p.period or "").strip()
        # ("in 1980" is a term within that time, not a start: Conrad Ahlers led Deutsche Welle
        # "for only ten months in 1980 before his sudden death", not until his successor's 1981)
        if p.current is False and period and len(find_dates(period, bare_years=True)) == 1 \
                and not re.search(r"(?i)until|till|\bto\b|present|[–—-]|^in\s", period):
            mine = next(iter(starts(p)), None)
            partners = told_with(p) if mine is not None else set()
            later = [s for q in people if q is not p and id(q) in partners and post_of(q.role) == post_of(p.role)
                     for s in starts(q) if s[0] > mine[0]]
            if mine is not None and later and not _ended_between(p, people, mine[0][0], min(later)[0][0]):
                successor = min(later)
                p = p.model_copy(update={"period": f"{mine[1]} to {successor[1]}"})
        out.append(p)
    return out


def _ended_between(p: Person, people: list[Person], start: int, successor: int) -> bool:
    """Whether another holder of the post, told only by when they left ("Eitan Felner, until
    2001"), left between `p`'s start and the successor's: someone held the post in between, so
    `p`'s term did not run to the successor's first day (B'Tselem's brief had read "Zehava
    Galon, 1989 to May 2001")."""
    for q in people:
        m = re.match(r"(?i)(?:until|till)\s+(?:[\w ]*?\s)?(\d{4})$", (q.period or "").strip())
        if q is not p and m and post_of(q.role) == post_of(p.role) and start <= int(m.group(1)) <= successor:
            return True
    return False


def leaders(profile: Profile) -> list[Person]:
    """People who lead the subject, in `_leader_order`: those the extractor flagged `leader` on
    evidence (see `extract/people.py`), else - in hand-written seeds that flag nobody - those
    attached to the organisation tree. A role word alone never makes a leader: commentators
    and other bodies' chiefs are named with roles too."""
    flagged = profile.leaders
    if flagged:
        # one left open by the text but not leading now (`model.leading_now`) is shown as former
        now = {id(p) for p in leading_now(flagged, news_year(profile.events))}
        flagged = [p if p.current is not None or id(p) in now else p.model_copy(update={"current": False})
                   for p in flagged]
        paragraphs = [b.text for b in profile.lead if isinstance(b, Paragraph)] + [
            b.text for sec in profile.all_sections() for b in sec.blocks if isinstance(b, Paragraph)]
        sentences = [[t for _, t in _text.sentence_spans(text)] for text in paragraphs]
        ended = _succession_ends(flagged, sentences, profile.events)
        placed = _between_neighbours(ended)
        return sorted(ended, key=lambda p: _leader_order(p, placed.get(id(p)), oversees(p, ended)))
    out: dict[str, Person] = {}
    if profile.org is not None:
        for node in profile.org.walk():
            for person in node.leaders:
                out.setdefault(person.name, person)
    return list(out.values())


# A head who only stood in: an acting or interim holder of the post.
_STOOD_IN = re.compile(r"(?i)\b(?:acting|interim|caretaker|provisional)\b")


# `leaders`, made once per fit: every detail level and fill step asks for the same list.
_kept_leaders = kept(leaders)


def shortlist(profile: Profile, n: int) -> list[Person]:
    """The `leaders` a list of at most `n` names, in their order. When the list must be cut,
    those who only stood in and are not in post now (an acting or interim head) give way
    first, the earliest of them first; then the earliest former heads, at the end of the
    order. The judgement: a stand-in of a few months tells a reader less of who has led the
    organisation than a head of several years (round 63: Ericsson's brief named "Jan
    Frykhammar — Acting chief executive, 2016–2017" and not Hans Vestberg, its chief executive
    from 2010 to 2016)."""
    ordered = _kept_leaders(profile)
    n = max(0, int(n))
    if len(ordered) <= n:
        return list(ordered)
    stood = [p for p in reversed(ordered) if p.current is not True and _STOOD_IN.search(p.role or "")]
    gone = {id(p) for p in stood[:len(ordered) - n]}
    return [p for p in ordered if id(p) not in gone][:n]


def grouping_note(profile: Profile) -> str:
    """The caption's word on a grouping box (`extract.org`: the infobox's "Subsidiaries" beside
    the parts the text gives), drawn dashed: "The dashed box groups its subsidiaries." Round 68
    (both reviewers) counted five branches on Nokia's chart under a text that says "four
    business groups"; the dashed box is no fifth group, and the caption says what it is."""
    if profile.org is None:
        return ""
    names = [" ".join(n.name.split()) for n in profile.org.walk() if n.attributes.get("group")]
    if not names:
        return ""
    what = " and ".join(n if n.isupper() else n.lower() for n in names)
    return f" The dashed box{'es group' if len(names) > 1 else ' groups'} its {what}."


_DATE_PHRASE = re.compile(
    r"^(?:(?:On|In|Since|By|From|As of|During|Early in|Late in|At the end of)\s+)?"
    r"(?:(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{4})\s*,\s+"
)


def event_text(event: Event) -> str:
    """The event's label; for hand-written events without one, the sentence without its
    leading date phrase, which the list shows already ("On 5 April, three men..." -> "Three men...")."""
    if event.label:
        return event.label
    text = event.text.strip()
    m = _DATE_PHRASE.match(text)
    if m and len(text) > m.end() + 10:
        rest = text[m.end():]
        return _text.cap_first(rest)
    return text


def event_statement(event: Event) -> str:
    """The event at bullet length (`Event.statement`, the label's rules with room for two
    lines), for a list of a few events that has that room; else its label as `event_text`.
    The bullet opens on the date, so a statement that ends on the same date does not say it
    again ("December 2002: The commission was created by Law No. 30 of 2002, agreed ... in
    December 2002")."""
    return _without_own_date(event.statement, event) if event.statement else event_text(event)


def _without_own_date(text: str, event: Event) -> str:
    d = event.date
    month = _text.MONTH_NAMES[d.month - 1] if d.month else None
    when = f"{d.day} {month} {d.year}" if d.day and month else f"{month} {d.year}" if month else str(d.year)
    cut = re.sub(rf",?\s+(?:in|on|during)\s+(?:the\s+)?{re.escape(when)}(?=\s*[.;]?\s*$)", "", text.rstrip())
    return cut if len(cut.split()) >= 3 else text


def event_sentence(event: Event) -> str:
    """The whole sentence an event comes from, as the full profile's chronology shows it: the
    timeline already gives the short label, and a list beside it should add, not repeat. The
    leading date phrase goes (the list shows the date) and removed-link gaps are closed."""
    text = _text.mark_gaps(" ".join(event.text.split()))
    m = _DATE_PHRASE.match(text)
    if m and len(text) > m.end() + 10:
        text = _text.cap_first(text[m.end():])
    return text


def one_per_sentence(events: Iterable[Event]) -> list[Event]:
    """The events of a list whose sentence no earlier one told: a sentence that dates two
    happenings ("announced on 15 October ... accepted it on 10 December") is shown once, at
    its first date."""
    seen: set[str] = set()
    out = []
    for e in events:
        key = " ".join(e.text.split())
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def summary_text(profile: Profile, sentences: int) -> str:
    """The lead's opening sentences, without the parenthetical list of names the title block
    already shows ("The X (FRL, ...; abbr. LSR), also called ..." -> "The X, also called ...")."""
    text = _text.normalise_space(lead_text(profile))
    first = _text.first_sentences(text, 1)
    aliases = [a.text for a in profile.names.aliases]
    m = re.search(r"\s*\(([^()]*)\)", first)
    if m and any(a in m.group(1) for a in aliases):
        text = text[: m.start()] + text[m.end():]
    return _whole_sentences(text, sentences)


def link(label: Any, url: str | None) -> Md:
    """A hyperlink; only web and mail targets, so seed data cannot smuggle in `javascript:`."""
    from .model import url_problem

    if not url or not isinstance(url, str):
        return Md(md_escape(label))
    url = url.strip().replace(" ", "%20")  # a plain space is harmless once encoded; line breaks are not
    if url_problem(url):
        return Md(md_escape(label))
    return Md(f"[{md_escape(label)}](<{url.replace('>', '%3E').replace(' ', '%20')}>)")


def first_sentences(value: Any, n: int) -> str:
    return _text.first_sentences(str(value or ""), int(n))


def lead_text(profile: Profile) -> str:
    return " ".join(b.text for b in profile.lead if isinstance(b, Paragraph))


def _overview_sentences(profile: Profile, sentences: int) -> tuple[list[list[str]], str]:
    """The lead's sentences `overview` shows, one list per lead paragraph, and the defining
    sentence it leaves to At a glance."""
    paras: list[list[str]] = []
    spans_first = ""
    if sentences <= 0:
        return paras, spans_first
    for b in profile.lead:
        if not isinstance(b, Paragraph):
            continue
        spans = [t for _, t in _text.sentence_spans(" ".join(b.text.split()))]
        if not paras and not spans_first and spans:
            spans_first, spans = spans[0], spans[1:]
        paras.append(spans)
    # round by round, the next sentence of each paragraph, until the budget is spent
    take = [0] * len(paras)
    left = sentences
    depth = 0
    while left > 0 and any(depth < len(p) for p in paras):
        for i, p in enumerate(paras):
            if left > 0 and depth < len(p):
                take[i] += 1
                left -= 1
        depth += 1
    return [p[:n] for p, n in zip(paras, take)], spans_first


def overview(profile: Profile, sentences: int) -> Md:
    """The article's lead after its defining sentence (At a glance shows that one), in order:
    the opening summary an article gives of what the organisation does, how big it is and
    what it is known for, which no section repeats. Up to `sentences` whole sentences, one
    paragraph per lead paragraph; an opening "It"/"Its" names the organisation again.

    Each lead paragraph is the article's summary of one matter, so a short overview takes the
    first sentence of each before the second of any: the Legion's three-sentence overview had
    told who its members are and that it is "one of several such units", and left out its
    second paragraph, the cross-border raids it is known for."""
    shown, spans_first = _overview_sentences(profile, sentences)
    parts: list[str] = []
    for taken in shown:
        taken = list(taken)
        if taken and not parts:
            # The sentence that named it is At a glance: "It was founded in 1831" names it again,
            # as the article does ("The French Foreign Legion", with its article), and so does
            # "From its headquarters in The Hague it helps ..." (`digest.name_again`).
            from .digest import name_again

            taken[0] = name_again(taken[0], profile, spans_first)
        if taken:
            parts.append(md_escape(_text.mark_gaps(" ".join(taken))))
    return Md("\n\n".join(parts))


def overview_told(profile: Profile, sentences: int) -> list[Any]:
    """What `overview` shows, as statements a section summary below need not tell again
    (`digest.informative_sentences`' `told`), each with the dated events its sentence tells:
    Nokia's brief gave "its history began in May 1865 ... in 1967 three companies merged" in
    its Overview and the permit of May 1865 and the merger of 1967 again in its History."""
    from .digest import Statement

    shown, _ = _overview_sentences(profile, sentences)
    out = []
    for taken in shown:
        for sentence in taken:
            key = " ".join(sentence.split())
            # a lead's summary of a series ("Since 22 May 2023, the Legion has launched
            # cross-border raids") tells none of its happenings: the History's raid into
            # Grayvoronsky District is news below it
            series = bool(_SERIES.search(sentence))
            events = () if series else tuple(e for e in profile.events if not e.background
                                             and key in (" ".join(t.split()) for t in (e.text, *e.retold)))
            out.append(Statement(text=sentence, source=None, events=events, prose=True))
    return out


_SERIES = re.compile(r"^Since\b|\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|ne|un)\b")


# ------------------------------------------------------------------ environment
@lru_cache(maxsize=8)
def _environment(dirs: tuple[str, ...]):
    import jinja2  # paid once per process, not at CLI start

    from .lengths import builtin_template_dir
    from .sandbox import BoundedEnvironment, ConfinedLoader, bounded_filter
    from .template_code import ShippedCode

    env = BoundedEnvironment(
        loader=ConfinedLoader(list(dirs)),
        # the built-in templates' code comes generated ahead when it matches (`template_code`)
        bytecode_cache=ShippedCode(builtin_template_dir()),
        finalize=md_escape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(
        md=lambda s: Md(s),
        indent_md=lambda s, width=2: Md("\n".join((" " * width + line) if line else line for line in str(s).split("\n"))),
        # escaped once: the result is markup, which `finalize` passes through as it is
        escape_md=lambda s: Md(md_escape(s)),
        blocks=render_blocks,
        summarise=summarise,
        items=render_items,
        link=link,
        first_sentences=first_sentences,
        date=format_date,
        event_date=format_event_date,
        truncate_words=_text.truncate_words,
        tidy=_text.tidy_gaps,
        tidy_fragment=_text.tidy_fragment,
        cap_first=_text.cap_first,
        event_text=event_text,
        event_statement=event_statement,
        event_sentence=event_sentence,
        one_per_sentence=one_per_sentence,
        # `names | listed`: "A, B and C" (semicolons where a name holds a comma), escaped
        listed=lambda names: Md(md_escape(_listed([str(n) for n in names]))) if names else Md(""),
        # `[1, 2, 3] | at(detail)`: a value per detail level; levels past the end keep the last.
        at=lambda seq, i: seq[max(0, min(int(i), len(seq) - 1))],
    )
    from . import digest
    from .extract.titles import is_structure_title
    from .fit_scope import kept  # what a fit's detail levels ask for alike, made once per fit

    env.globals.update(
        period_text=digest.period_text,
        role_text=digest.role_text,
        posts_text=digest.posts_text,
        timeline_labels_all=timeline_labels_all,
        leadership_section=leadership_section,
        joint_leadership_section=joint_leadership_section,
        other_names=kept(digest.other_names),
        at_a_glance=kept(digest.at_a_glance),
        not_told=kept(digest.not_told),
        not_retold=kept(digest.not_retold),
        not_stated=kept(digest.not_stated),
        not_charted=digest.not_charted,
        standing_alone=kept(digest.standing_alone),
        unanswered=kept(digest.unanswered),
        structure_caveat=kept(digest.structure_caveat),
        caveat_doubts=digest.caveat_doubts,
        caveat_claims=digest.caveat_claims,
        not_about=kept(digest.not_about),
        not_of_parts=kept(digest.not_of_parts),
        key_facts=kept(digest.key_facts),
        infobox_facts=kept(digest.infobox_facts),
        all_facts=digest.all_facts,
        prints=prints,
        listed_by_article=listed_by_article,
        leaders_list_title=leaders_list_title,
        section_summary=section_summary,
        summary_size=kept(summary_size),
        summary_more=_traced_more(kept(summary_more), kept(fill_room)),
        section_titled=section_titled,
        is_structure=lambda section: is_structure_title(section.title),
        chart_home=chart_home,
        org_parts=org_parts,
        parts_sentence=parts_sentence,
        before_lists=before_lists,
        chart_split=chart_split,
        select_events=kept(select_events),
        chronological=chronological,
        lead_text=lead_text,
        overview=overview,
        overview_told=kept(overview_told),
        leaders=kept(leaders),
        shortlist=shortlist,
        grouping_note=grouping_note,
        summary_text=summary_text,
        summarise=summarise,
    )
    env.filters = {name: bounded_filter(env, name, f) for name, f in env.filters.items()}
    return env


def builtin_environment():
    """The environment of a build without a template folder of its own (one per process)."""
    return _environment(tuple(str(d) for d in template_dirs(None)))


def precompile_builtin() -> None:
    """Compile the built-in templates into the environment a build without a template folder
    of its own uses (`_environment`, one per process).

    Why: compiling them costs a process about 0.15 s. The fork server batch workers come from
    calls this once (`batch.preload`), so every worker, the first and each one replacing a
    retired worker, is forked with them compiled. Nothing is stored outside the process, and
    the environment, its sandbox and Jinja2's own check that a template file is unchanged
    before it is reused are the same as without; a template that does not compile is left for
    the build to report."""
    env = builtin_environment()
    for name in env.list_templates(extensions=["j2"]):
        try:
            env.get_template(name)
        except Exception:  # noqa: BLE001 - reported, located, by the build that uses it
            pass


@record(frozen=True)
class ComposeRequest:
    profile: Profile
    length: Length
    detail: int
    as_of: _dt.date | InfoDate  # a plain date counts as stated to the day
    template_dir: str | None = None
    # Sentences more for the section that tells most (`summary_size`); 0 but in the fit's last step.
    fill: int = 0
    # False when the fit gives up the organisation chart to end a page sooner (`fit.CHART_GIVEN_UP`);
    # a template that draws no such chart may ignore it.
    org_chart: bool = True
    # True when the fit sets the organisation chart before its section's lists (`fit.chart_early`).
    chart_early: bool = False
    # The most people a Leadership list names, when the fit shortens it so that it is not broken
    # across a page (`fit.unbroken`); None: as many as the detail level gives.
    people_max: int | None = None


def compose(req: ComposeRequest) -> str:
    """Render the length's template to brief markup, inside the sandbox and its bounds."""
    return compose_traced(req)[0]


def compose_traced(req: ComposeRequest) -> tuple[str, bool]:
    """`compose(req)`, and whether every larger fill step composes the same markup: the
    template read a fill above zero only in ways no larger one changes (`fill_trace`)."""
    if req.fill <= 0:
        return _render(req, req.fill), False
    log, token = fill_trace.start()
    try:
        markup = _render(req, fill_trace.TrackedFill(req.fill))
    finally:
        fill_trace.stop(token)
    return markup, not log.changes


def _render(req: ComposeRequest, fill: int) -> str:
    env = _environment(tuple(str(d) for d in template_dirs(req.template_dir)))
    as_of = InfoDate.of(req.as_of)
    return render_template(env, req.length.template, dict(
        profile=req.profile,
        p=req.profile,
        length=req.length,
        detail=req.detail,
        fill=fill,
        org_chart=req.org_chart,
        chart_early=req.chart_early,
        people_max=req.people_max,
        as_of=as_of.date,
        as_of_text=as_of.text,
    ))


def render_template(env: Any, name: str, context: dict[str, Any], limits: Any = None) -> str:
    """Render `name` with `context`; every failure becomes a TemplateError naming the template
    file and line (the innermost template frame of the traceback, as Jinja2 rewrites it).

    A template is code the user wrote, so a division by zero, a type error, runaway recursion
    or a sandbox refusal is *their* error to fix, reported like a syntax error, never a
    traceback."""
    import jinja2
    from jinja2.sandbox import SecurityError

    from .sandbox import BudgetExceeded

    if limits is None:
        from .limits import current
        from .sandbox import TemplateLimits

        lim = current()
        limits = TemplateLimits(lim.template_seconds, lim.template_chars, lim.template_range)
    env.start(limits)
    try:
        template = env.get_template(name)
        chunks: list[str] = []
        size = 0
        for chunk in template.generate(**context):
            size += len(chunk)
            if size > limits.max_chars:
                raise BudgetExceeded(f"template output longer than {limits.max_chars} characters")
            env.clock.check()
            chunks.append(chunk)
        return "".join(chunks)
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"template not found: {exc.name}") from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"template syntax error: {exc.message}", file=exc.filename or name,
                            line=exc.lineno) from None
    except TemplateError:
        raise
    except RecursionError as exc:
        file, line = _template_frame(exc, name)
        raise TemplateError("template recursion too deep", file=file, line=line) from None
    except (jinja2.UndefinedError, SecurityError, BudgetExceeded) as exc:
        file, line = _template_frame(exc, name)
        raise TemplateError(f"template error: {_one_line(exc)}", file=file, line=line) from None
    except MemoryError:
        raise TemplateError("template used too much memory", file=name) from None
    except Exception as exc:  # noqa: BLE001 - anything a template does wrong is the template's fault
        file, line = _template_frame(exc, name)
        raise TemplateError(f"template error: {type(exc).__name__}: {_one_line(exc)}", file=file, line=line) from None
    finally:
        env.stop()


def locate_directive(template_dir: str | Path | None, template: str, directive: str) -> tuple[str, int | None]:
    """The template file and line most likely to have written a `:::` directive line of the
    markup: the `:::` line, in the length's template or the files beside it, sharing the most
    words with it. Markup is generated, so this is a best guess, but a good one: directive
    lines are rarely computed as a whole."""
    words = directive.split()
    best: tuple[int, str, int | None] = (0, template, None)
    for d in template_dirs(template_dir):
        files = [d / template] + sorted(f for f in d.glob("*.j2") if f.name != template)
        for f in files:
            if held_to_folder(d) and outside_folder(f, d):
                continue  # never read: a render refuses it too (`sandbox.ConfinedLoader`)
            try:
                lines = f.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                continue
            for number, text in enumerate(lines, 1):
                if ":::" not in text or not words or words[0] not in text:
                    continue
                score = sum(1 for w in words if w in text) * 2 + (f.name == template)
                if score > best[0]:
                    best = (score, str(f), number)
        if best[2] is not None:
            break
    return best[1], best[2]


def _one_line(exc: BaseException) -> str:
    return " ".join(str(getattr(exc, "message", None) or exc).split())[:300]


def _template_frame(exc: BaseException, name: str) -> tuple[str, int | None]:
    """File and line of the innermost template frame in the traceback (Jinja2 rewrites frames
    so their filename and line are the template's own)."""
    file, line = name, None
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename.endswith((".j2", ".jinja", ".jinja2", ".md", ".txt")) or code.co_name in (
            "top-level template code", "template",
        ) or code.co_name.startswith(("block ", "macro ", "template ")):
            file, line = code.co_filename, tb.tb_lineno
        tb = tb.tb_next
    return file, line


def source_date(profile: Profile, seed_path: str | Path | None) -> InfoDate:
    """Date of information: the source's own date, never the build's (see `asof`)."""
    return information_date(profile, seed_path)
