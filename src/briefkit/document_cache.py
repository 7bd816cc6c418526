"""Composed Documents, kept in the build's cache: a rebuild of the same profile, length and
detail level neither renders the templates nor parses the markup again.

Why: composing (Jinja2, the sentence digests the templates call) and parsing the markup
(markdown-it) take a fifth of a whole-process rebuild, imports included, and their result is
a pure function of their inputs. The markup and the Document's nodes are stored in
`<out>/.cache/documents`; charts are attached afterwards, as for a fresh Document.

The key covers every input: the profile (its JSON, every field), the length, the detail
level, the date of information, the document metadata, every file in the template folders
(names and bytes: a template may include any other), the limits in force, briefkit's code
and the Jinja2, markdown-it and Python versions. Nodes are stored field by field as plain
values (`marshal`) and rebuilt as the same dataclasses; a Document holding anything else, or
one a fit composed only to weigh how much it tells (`fit.compose_markup`), is stored as its
markup alone and parsed when it is read. An entry is decoded only after its checksum matched; a damaged one means
composing again. A failure is never stored: it is raised again the next time.
"""
from __future__ import annotations

from .records import dataclasses
import hashlib
import marshal
import os
import sys
from pathlib import Path
from collections.abc import Callable

from . import caches, fit_scope
from .document import nodes
from .document.nodes import Document, Meta

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

FORMAT = "2"  # 2: an entry may hold the markup alone
_NODES: dict[str, type] = {name: cls for name, cls in vars(nodes).items()
                           if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == nodes.__name__}


class _Unknown(Exception):
    """The Document holds a value the codec cannot store faithfully."""


def slot(inputs: tuple[Any, ...], template_dirs: list[Path], meta: Meta) -> Path | None:
    """Where the entry for `inputs` (profile, length, detail, date of information, template
    folder, fill, organisation chart, its place, the Leadership list's most people) lives; None
    when the build has no cache."""
    folder = caches.folder("documents")
    if folder is None:
        return None
    return caches.entry_path(folder, _key(inputs, template_dirs, meta), ".doc")


def read(entry: Path | None) -> tuple[str, Document | None] | None:
    """The markup stored at `entry` and its Document, None when it was stored without one (a
    composition only weighed by how much it tells, `fit.compose_markup`); None when there is
    no entry that decodes."""
    if entry is None:
        return None
    return _decode(caches.read_entry(entry))


def write(entry: Path | None, markup: str, document: Document | None) -> None:
    """Store `markup` and, when given, its Document at `entry`; a Document the codec cannot
    keep is stored as its markup alone (parsed again when read)."""
    if entry is None:
        return
    try:
        tree = None if document is None else _encode(document)
    except (_Unknown, ValueError):
        tree = None
    try:
        payload = marshal.dumps((markup, tree))
    except ValueError:
        return
    caches.write_entry(entry, payload)


def _key(inputs: tuple[Any, ...], template_dirs: list[Path], meta: Meta) -> str:
    from .limits import current

    profile, length, detail, as_of, template_dir, fill, org_chart, chart_early, people_max = inputs
    h = hashlib.sha256()
    for part in (FORMAT, caches.code_version(), _versions(), sys.version, repr(current()), _profile_json(profile),
                 repr(length), repr((detail, fill, org_chart, chart_early, people_max)), repr(as_of),
                 repr(template_dir), repr(_encode(meta))):
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    h.update(_templates_part([str(folder) for folder in template_dirs]))
    return h.hexdigest()


# A seed's fit composes some forty candidates, each keyed by the same profile and template
# files: the profile's JSON (a pydantic dump of the whole profile) and the template folders'
# walk, each file's path and digest, are made once per seed's scope (`fit_scope.kept`). A
# template edited while a seed is built is a change the next build sees.
@fit_scope.kept
def _profile_json(profile: Any) -> str:
    from .lazy_profile import json_of

    return json_of(profile)


@fit_scope.kept
def _templates_part(folders: list[str]) -> bytes:
    """Each template folder's path, then each file's path within it and digest, as the key
    hashes them. A file of a user's folder whose real location is outside it (a link out) is
    hashed as where it leads, never read: a render refuses it (`sandbox.ConfinedLoader`), so
    its bytes shape no output, and reading them could mean hashing any large file."""
    from .lengths import held_to_folder, outside_folder

    out = []
    for folder in folders:
        out.append(folder.encode("utf-8", "surrogatepass") + b"\0")
        held = held_to_folder(folder)
        for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
            out.append(path.relative_to(folder).as_posix().encode("utf-8", "surrogatepass") + b"\0")
            if held and outside_folder(path, folder):
                out.append(b"outside:" + os.fsencode(os.path.realpath(path)))
            else:
                out.append(caches.file_digest(path))
    return b"".join(out)


def _versions() -> str:
    return ";".join(f"{d}={caches.package_version(d)}" for d in ("jinja2", "markdown-it-py", "mdit-py-plugins"))


# The field names of each node class, read once: `dataclasses.fields` builds its tuple anew at
# every call, and a brief's fit encodes some thirty Documents of a thousand nodes each (the
# parse memo's frozen copies, the build cache's entries).
_FIELDS: dict[type, tuple[str, ...]] = {cls: tuple(f.name for f in dataclasses.fields(cls)) for cls in _NODES.values()}


def _encode(value: Any) -> Any:
    """A node tree as plain values: a node is ("N", class name, fields), a list ("L", items)."""
    cls = type(value)
    if cls in caches.EXACT_PLAIN:
        return value
    names = _FIELDS.get(cls)
    if names is not None:
        return ("N", cls.__name__, tuple([(name, _encode(getattr(value, name))) for name in names]))
    if cls is list:
        return ("L", tuple([_encode(v) for v in value]))
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, list):
        return ("L", tuple(_encode(v) for v in value))
    if isinstance(value, tuple):
        return ("T", tuple(_encode(v) for v in value))
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return ("D", tuple((k, _encode(v)) for k, v in value.items()))
    cls = type(value)
    if _NODES.get(cls.__name__) is cls:
        return ("N", cls.__name__, tuple((f.name, _encode(getattr(value, f.name))) for f in dataclasses.fields(cls)))
    raise _Unknown(cls.__name__)


def frozen(document: Document) -> Any:
    """`document` as nested tuples of plain values (the cache's own encoding), from which
    `thawed` makes a new Document equal to it, node for node; None when it holds a value the
    encoding cannot keep. Why: a fit composes the same markup at several of its detail levels
    and fill steps, and a new Document built from these tuples costs a tenth of parsing the
    markup again (`fit.build_document`)."""
    try:
        return _encode(document)
    except _Unknown:
        return None


def thawed(tree: Any) -> Document:
    """A new Document from `frozen`'s tuples."""
    return _build(tree)


def _decode(payload: bytes | None) -> tuple[str, Document | None] | None:
    if payload is None:
        return None
    try:
        markup, tree = marshal.loads(payload)
        document = None if tree is None else _build(tree)
    except Exception:  # noqa: BLE001 - an entry that does not decode is a missing entry
        return None
    if not isinstance(markup, str) or not (document is None or isinstance(document, Document)):
        return None
    return markup, document


def _build(value: Any) -> Any:
    if not isinstance(value, tuple):
        return value
    tag = value[0]
    if tag == "L":
        return [_build(v) for v in value[1]]
    if tag == "T":
        return tuple(_build(v) for v in value[1])
    if tag == "D":
        return {k: _build(v) for k, v in value[1]}
    if tag == "N":
        return _NODES[value[1]](**{name: _build(v) for name, v in value[2]})
    raise ValueError(f"unknown tag {tag!r}")
