"""Compose: Profile + length + detail level -> brief markup, through Jinja2 templates.

Templates are looked up in a user folder first, then in the built-in `templates/`, so a
house can override one length without copying the rest. Seed text is data: every `{{ }}`
value is Markdown-escaped by `finalize` unless a filter marked it as markup (`Md`), so a
seed containing `*`, `#`, `<b>` or `[x](y)` renders those characters literally.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from . import text as _text
from .asof import InfoDate, information_date
from .errors import TemplateError
from .lengths import Length, builtin_template_dir, load_lengths, template_dirs
from .model import BulletList, Event, EventDate, ListItem, Paragraph, Person, Profile, Section
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
    # Fold whitespace runs but keep a single leading/trailing space: "{{ 'as ' }}" stays "as ".
    s = re.sub(r"\s+", " ", str(value))
    return _MD_SPECIAL.sub(r"\\\1", s)


# ------------------------------------------------------------------ filters
def format_date(d: EventDate | None) -> str:
    if d is None:
        return ""
    if d.day is not None:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if d.month is not None:
        return f"{MONTHS[d.month - 1]} {d.year}"
    return str(d.year)


def format_event_date(e: Event) -> str:
    s = format_date(e.date)
    if e.end is not None:
        s += f" – {format_date(e.end)}"
    elif e.ongoing:
        s = f"Since {s}"
    return s


def _render_items(items: Iterable[ListItem], depth: int, ordered: bool, max_depth: int | None) -> list[str]:
    lines = []
    for i, item in enumerate(items, 1):
        marker = f"{i}." if ordered else "-"
        pad = "   " * depth if ordered else "  " * depth
        lines.append(f"{pad}{marker} {md_escape(item.text)}")
        if max_depth is None or depth + 1 < max_depth:
            lines.extend(_render_items(item.children, depth + 1, ordered, max_depth))
    return lines


def render_items(items: Iterable[ListItem], ordered: bool = False, max_depth: int | None = None) -> Md:
    """A (nested) list as Markdown; `max_depth` keeps only the outer levels (0 = none)."""
    if max_depth is not None and max_depth <= 0:
        return Md("")
    return Md("\n".join(_render_items(items, 0, ordered, max_depth)))


def render_blocks(blocks: Iterable[Paragraph | BulletList], sentences: int | None = None) -> Md:
    """Profile blocks as Markdown paragraphs and lists, every text escaped.

    With `sentences`, each paragraph is cut to its first sentences (never mid-sentence).
    """
    parts = []
    for b in blocks:
        if isinstance(b, Paragraph):
            text = b.text if sentences is None else _text.first_sentences(b.text, sentences)
            parts.append(md_escape(text))
        else:
            parts.append(render_items(b.items, b.ordered))
    return Md("\n\n".join(p for p in parts if p))


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


def section_summary(section: Section, profile: Profile, sentences: int) -> Md:
    """A section in short: its most informative sentences (see `digest.informative_sentences`),
    in the article's order, as one paragraph."""
    from .digest import informative_sentences

    chosen = informative_sentences(section, profile.events, sentences)
    return Md(md_escape(" ".join(s for s, _ in chosen))) if chosen else Md("")


def leaders(profile: Profile) -> list[Person]:
    """People who lead the subject, current ones first: those the extractor flagged `leader` on
    evidence (see `extract/people.py`), else - in hand-written seeds that flag nobody - those
    attached to the organisation tree. A role word alone never makes a leader: commentators
    and other bodies' chiefs are named with roles too."""
    flagged = profile.leaders
    if flagged:
        return flagged
    out: dict[str, Person] = {}
    if profile.org is not None:
        for node in profile.org.walk():
            for person in node.leaders:
                out.setdefault(person.name, person)
    return list(out.values())


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
    if not url or not re.match(r"(?i)(https?://|mailto:)", url.strip()):
        return Md(md_escape(label))
    return Md(f"[{md_escape(label)}](<{url.replace('>', '%3E').replace(' ', '%20')}>)")


def first_sentences(value: Any, n: int) -> str:
    return _text.first_sentences(str(value or ""), int(n))


def lead_text(profile: Profile) -> str:
    return " ".join(b.text for b in profile.lead if isinstance(b, Paragraph))


# ------------------------------------------------------------------ environment
@lru_cache(maxsize=8)
def _environment(dirs: tuple[str, ...]):
    import jinja2  # paid once per process, not at CLI start

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(list(dirs)),
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
        escape_md=md_escape,
        blocks=render_blocks,
        summarise=summarise,
        items=render_items,
        link=link,
        first_sentences=first_sentences,
        date=format_date,
        event_date=format_event_date,
        truncate_words=_text.truncate_words,
        event_text=event_text,
        # `[1, 2, 3] | at(detail)`: a value per detail level; levels past the end keep the last.
        at=lambda seq, i: seq[max(0, min(int(i), len(seq) - 1))],
    )
    from . import digest
    from .extract.org import is_structure_title

    env.globals.update(
        at_a_glance=digest.at_a_glance,
        key_facts=digest.key_facts,
        section_summary=section_summary,
        is_structure=lambda section: is_structure_title(section.title),
        select_events=select_events,
        chronological=chronological,
        lead_text=lead_text,
        leaders=leaders,
        summary_text=summary_text,
        summarise=summarise,
    )
    return env


@dataclass(frozen=True)
class ComposeRequest:
    profile: Profile
    length: Length
    detail: int
    as_of: _dt.date | InfoDate  # a plain date counts as stated to the day
    template_dir: str | None = None


def compose(req: ComposeRequest) -> str:
    """Render the length's template to brief markup."""
    import jinja2

    env = _environment(tuple(str(d) for d in template_dirs(req.template_dir)))
    as_of = InfoDate.of(req.as_of)
    try:
        template = env.get_template(req.length.template)
        return template.render(
            profile=req.profile,
            p=req.profile,
            length=req.length,
            detail=req.detail,
            as_of=as_of.date,
            as_of_text=as_of.text,
        )
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"template not found: {exc.name}") from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"template syntax error: {exc.message}", file=exc.filename, line=exc.lineno) from None
    except jinja2.UndefinedError as exc:
        raise TemplateError(f"template error in {req.length.template}: {exc.message}") from None


def source_date(profile: Profile, seed_path: str | Path | None) -> InfoDate:
    """Date of information: the source's own date, never the build's (see `asof`)."""
    return information_date(profile, seed_path)
