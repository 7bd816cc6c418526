"""Profiles written by hand as YAML or JSON, and profiles dumped back to them.

Hand-written data is validated against the `Profile` model. When it is wrong, every problem is
reported at once, each with the file, the line and the field path (`lead[0].text`), because a
person fixing a seed wants the whole list, not one error per run. Line numbers come from the
YAML node marks (JSON is read through the same composer for its marks, after `json` itself has
checked the syntax).

`dump_profile` writes the inverse: only non-default fields (except the `kind` tags that tell
block types apart), so `read(dump)` gives back an equal profile and the file stays short enough
to edit.
"""
from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from ..errors import SeedError
from ..extract import DERIVED, enrich
from ..findings import Finding
from ..model import ListItem, Names, Paragraph, Profile
from ..limits import current
from .checks import bad_strings, check_paragraph, check_text
from .textfile import decode, read_bytes


class _Loader(yaml.SafeLoader):
    """Safe YAML without implicit timestamps: `as_of: 2024-05-01` stays the string the model wants."""


_Loader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _compose(text: str, file: str) -> tuple[yaml.Node | None, Any]:
    loader = None
    try:
        loader = _Loader(text)
        node = loader.get_single_node()
        if _expanded_size(node) > MAX_NODES:
            raise SeedError(f"seed data too large once YAML aliases are expanded (over {MAX_NODES} nodes)",
                            file=file, line=1)
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else None
        raise SeedError(f"invalid YAML: {err.problem or err}", file=file, line=line) from None
    except yaml.reader.ReaderError as err:
        line = text[: err.position].count("\n") + 1
        raise SeedError(f"invalid YAML: character {err.character!r} is not allowed", file=file, line=line) from None
    except yaml.YAMLError as err:
        raise SeedError(f"invalid YAML: {err}", file=file) from None
    except RecursionError:
        raise SeedError("invalid YAML: nested too deeply", file=file) from None
    finally:
        if loader is not None:
            loader.dispose()
    return node, data


MAX_NODES = 1_000_000


def _expanded_size(node: yaml.Node | None) -> int:
    """How many nodes the document has once YAML aliases are expanded (memoised, so a
    "billion laughs" document is measured without being expanded)."""
    memo: dict[int, int] = {}

    def size(n: yaml.Node) -> int:
        key = id(n)
        if key not in memo:
            memo[key] = 1  # guards against recursive aliases
            if isinstance(n, yaml.MappingNode):
                total = 1 + sum(size(k) + size(v) for k, v in n.value)
            elif isinstance(n, yaml.SequenceNode):
                total = 1 + sum(size(v) for v in n.value)
            else:
                total = 1
            memo[key] = min(total, MAX_NODES + 1)
        return memo[key]

    return size(node) if node is not None else 0


def _duplicate_keys(node: yaml.Node | None, path: str, out: list[tuple[int, str, str]]) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for k, v in node.value:
            key = str(k.value)
            here = f"{path}.{key}" if path else key
            if key in seen:
                out.append((k.start_mark.line + 1, here, f"duplicate key (first on line {seen[key]})"))
            else:
                seen[key] = k.start_mark.line + 1
            _duplicate_keys(v, here, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            _duplicate_keys(v, f"{path}[{i}]", out)


def _locate(node: yaml.Node | None, loc: tuple[Any, ...]) -> tuple[int | None, str]:
    """Line of the node a pydantic error location points at, and the location as a field path.

    Union tags in the location (`lead.0.paragraph.text`) are not keys of the data; they are
    skipped. A missing field points at the line that opens the mapping lacking it: its key
    (`names:`) or its list item (`- text: y`)."""
    anchor = node.start_mark.line + 1 if node is not None else None
    path = ""
    for n, part in enumerate(loc):
        last = n == len(loc) - 1
        if isinstance(part, int):
            path += f"[{part}]"
            if isinstance(node, yaml.SequenceNode) and 0 <= part < len(node.value):
                node = node.value[part]
                anchor = node.start_mark.line + 1
            continue
        child = None
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if str(k.value) == str(part):
                    child = (k, v)
        if child is None and not last and isinstance(node, yaml.MappingNode):
            continue  # a union tag such as "paragraph": not a key of the data
        path += f".{part}" if path else str(part)
        if child is not None:
            key_node, node = child
            anchor = key_node.start_mark.line + 1
            if not last and not isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
                anchor = node.start_mark.line + 1
    return anchor, path or "(top level)"


def _problems_error(file: str, problems: list[tuple[int | None, str, str]]) -> SeedError:
    problems.sort(key=lambda p: (p[0] or 0, p[1]))
    # A key may hold a line break (`"a\nb": 1`); shown escaped, every problem stays one line.
    shown = [(line, field if field.isprintable() else field.encode("unicode_escape").decode("ascii"), msg)
             for line, field, msg in problems]
    lines = [f"{file}:{line}: {field}: {msg}" if line else f"{file}: {field}: {msg}" for line, field, msg in shown]
    noun = "problem" if len(problems) == 1 else "problems"
    message = f"{len(problems)} {noun} in seed data:\n" + "\n".join("  " + l for l in lines)
    err = SeedError(message, file=file, line=problems[0][0])
    err.details = lines
    return err


def read_structured(path: str | Path) -> tuple[Profile, list[Finding]]:
    file = str(path)
    text = decode(read_bytes(path), file)
    if not text.strip():
        raise SeedError("empty seed file", file=file, line=1)
    if Path(path).suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise SeedError(f"invalid JSON: {err.msg}", file=file, line=err.lineno) from None
        except (RecursionError, ValueError) as err:
            raise SeedError(f"invalid JSON: {err}", file=file) from None
        try:
            # Raw tabs in valid JSON are whitespace (JSON strings cannot hold them), but YAML
            # refuses them as indentation; spaces keep every line where it was.
            node, _ = _compose(text.replace("\t", " "), file)
        except SeedError:
            node = None  # valid JSON that YAML cannot compose: validate without line numbers
    else:
        node, data = _compose(text, file)

    problems: list[tuple[int | None, str, str]] = []
    _duplicate_keys(node, "", problems)
    if not isinstance(data, dict):
        kind = "empty" if data is None else type(data).__name__
        raise SeedError(f"seed data must be a mapping with a 'names' field, not {kind}", file=file, line=1)
    # A dumped profile names the article it came from; that stays in the profile (so it reads
    # back equal), but every error and finding names the file being read (see below and
    # `build.build_seed`).
    data.setdefault("seed_file", file)
    limits = current()
    # Sections nest three data levels each (sections[i].children), so allow for that.
    for loc, msg in bad_strings(data, nesting=3 * limits.nesting + 6, max_chars=limits.paragraph_chars,
                                 max_word=limits.word_chars):
        line, field = _locate(node, loc)
        problems.append((line, field, msg))
    if any(msg.startswith("nested deeper") for _, _, msg in problems):
        raise _problems_error(file, problems)
    _fill_block_kinds(data)
    for loc, msg in _calendar_problems(data):
        line, field = _locate(node, loc)
        problems.append((line, field, msg))
    try:
        profile = Profile.model_validate(data)
    except ValidationError as err:
        for e in err.errors(include_url=False):
            line, field = _locate(node, tuple(e["loc"]))
            problems.append((line, field, e["msg"]))
        raise _problems_error(file, problems) from None
    except (ValueError, TypeError, RecursionError) as err:
        raise SeedError(f"invalid seed data: {err}", file=file) from None
    if problems:
        raise _problems_error(file, problems)
    findings = _text_findings(profile, node, file)
    # What the data leaves out entirely is derived from its text, as for an article; what it
    # states (even as an empty list) is kept. A dumped profile states what it derived, so
    # reading it back gives an equal profile.
    missing = {f for f in DERIVED if f != "aliases" and f not in profile.model_fields_set}
    if "aliases" not in profile.names.model_fields_set:
        missing.add("aliases")
    if missing:
        origin, profile.seed_file = profile.seed_file, file
        try:
            findings += enrich(profile, fill=missing)
        finally:
            profile.seed_file = origin
    return profile, findings


def _scalar_lines(node: yaml.Node | None) -> dict[str, int]:
    """First line of every scalar string in the document, to place text findings."""
    out: dict[str, int] = {}
    stack = [node] if node is not None else []
    while stack:
        n = stack.pop()
        if isinstance(n, yaml.ScalarNode):
            out.setdefault(str(n.value), n.start_mark.line + 1)
        elif isinstance(n, yaml.MappingNode):
            stack.extend(v for pair in reversed(n.value) for v in reversed(pair))
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(reversed(n.value))
    return out


def _text_findings(profile: Profile, node: yaml.Node | None, file: str) -> list[Finding]:
    """The same prose checks the article reader makes, placed at the YAML/JSON line of the text,
    so `briefkit lint` says the same about a seed and about its dumped profile."""
    lines = _scalar_lines(node)
    findings: list[Finding] = []

    def items(its: list[ListItem]) -> None:
        for it in its:
            findings.extend(check_text(it.text, file, lines.get(it.text)))
            items(it.children)

    blocks = list(profile.lead) + [b for s in profile.all_sections() for b in s.blocks]
    for b in blocks:
        if isinstance(b, Paragraph):
            findings.extend(check_paragraph(b.text, file, lines.get(b.text)))
        else:
            items(b.items)
    for fact in profile.facts:
        if fact.text:
            findings.extend(check_text(fact.text, file, lines.get(fact.text)))
        items(fact.items)
    return findings


def _fill_block_kinds(data: dict[str, Any]) -> None:
    """Let hand-written blocks omit `kind`: a block with `items` is a list, others paragraphs.

    The tag only exists to tell block types apart; asking people to type it adds nothing."""

    def blocks(seq: Any) -> None:
        if isinstance(seq, list):
            for b in seq:
                if isinstance(b, dict) and "kind" not in b:
                    b["kind"] = "list" if "items" in b else "paragraph"

    def sections(seq: Any) -> None:
        if isinstance(seq, list):
            for s in seq:
                if isinstance(s, dict):
                    blocks(s.get("blocks"))
                    sections(s.get("children"))

    blocks(data.get("lead"))
    sections(data.get("sections"))


def _calendar_problems(data: dict[str, Any]) -> list[tuple[tuple[Any, ...], str]]:
    """Dates the schema accepts but the calendar does not (month 13, 30 February, a day
    without a month, an end before the start), and importance outside 0..1. Later stages sort
    and plot events, so these are rejected with the same file/line/field report as schema
    errors. Checked on the raw data, so they are reported together with schema errors."""
    out: list[tuple[tuple[Any, ...], str]] = []
    events = data.get("events")
    if not isinstance(events, list):
        return out
    for i, event in enumerate(events):
        if not isinstance(event, dict):
            continue
        bounds: dict[str, tuple[_dt.date, _dt.date]] = {}
        for name in ("date", "end"):
            d = event.get(name)
            if not isinstance(d, dict):
                continue
            year, month, day = d.get("year"), d.get("month"), d.get("day")
            if not all(v is None or (isinstance(v, int) and not isinstance(v, bool)) for v in (year, month, day)):
                continue  # the schema reports wrong types
            if year is None:
                continue
            if day is not None and month is None:
                out.append((("events", i, name, "day"), "a day needs a month"))
                continue
            try:
                first = _dt.date(year, month or 1, day or 1)
                last = first if day is not None else (
                    _dt.date(year + (month == 12), month % 12 + 1, 1) - _dt.timedelta(days=1) if month else _dt.date(year, 12, 31))
            except (ValueError, OverflowError) as err:
                out.append((("events", i, name), f"not a calendar date: {err}"))
                continue
            bounds[name] = (first, last)
        if "date" in bounds and "end" in bounds and bounds["end"][1] < bounds["date"][0]:
            out.append((("events", i, "end"), "ends before it starts"))
        imp = event.get("importance")
        if isinstance(imp, (int, float)) and not isinstance(imp, bool) and not 0.0 <= imp <= 1.0:
            out.append((("events", i, "importance"), "must be between 0 and 1"))
    return out


# Always written, even when empty: `kind` tells block types apart, and a derived field that is
# left out would be derived again on reading (see `read_structured`), so an emptied one must
# be stated to stay empty.
_ALWAYS: dict[type, set[str]] = {Profile: set(DERIVED) - {"aliases"}, Names: {"aliases"}}


def _to_data(obj: Any) -> Any:
    """Plain data of a model tree, leaving out fields equal to their defaults (except `_ALWAYS`)."""
    if isinstance(obj, BaseModel):
        out: dict[str, Any] = {}
        keep = _ALWAYS.get(type(obj), set())
        for name, info in type(obj).model_fields.items():
            value = getattr(obj, name)
            if name != "kind" and name not in keep and not info.is_required():
                default = info.get_default(call_default_factory=True)
                if value == default:
                    continue
            out[name] = _to_data(value)
        return out
    if isinstance(obj, list):
        return [_to_data(v) for v in obj]
    if isinstance(obj, dict):
        return {k: _to_data(v) for k, v in obj.items()}
    return obj


def dump_profile(profile: Profile, fmt: str) -> str:
    """The profile as `json` or `yaml` text that reads back (via `read`) to an equal profile."""
    data = _to_data(profile)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt in ("yaml", "yml"):
        # No folding: one paragraph stays on one line, so grep and lint line numbers find it.
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1_000_000)
    raise ValueError(f"unknown profile format {fmt!r}; expected 'json' or 'yaml'")
