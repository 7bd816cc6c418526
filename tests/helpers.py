"""Test helpers: PDF/DOCX text extraction and a one-call build, importable from any test."""
from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "freedom_of_russia_legion.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EPOCH = "1735689600"  # 2025-01-01, fixed so builds are reproducible


def build(seed: Path, out: Path, **kw) -> list:
    from briefkit.build import BuildOptions, build_seed

    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        return build_seed(seed, BuildOptions(out_dir=out, **kw)).outputs
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


_FURNITURE = [
    re.compile(r"^Page \d+ of \d+$"),
    re.compile(r"^Information as of (\d{4}(-\d{2}){0,2}|(\d{1,2} )?[A-Z][a-z]+ \d{4}|\d{4})$"),
]


def pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]


def pdf_body_text(path: Path) -> str:
    """Text of all pages without headers and footers, whitespace folded.

    Page furniture (running title, page numbers, date line) would otherwise sit in the
    middle of a sentence that crosses a page break.
    """
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    title = (reader.metadata or {}).get("/Title", "")
    kept = []
    for i, page in enumerate(reader.pages):
        lines = (page.extract_text() or "").splitlines()
        for line in lines:
            s = line.strip()
            if any(p.match(s) for p in _FURNITURE):
                continue
            if i > 0 and s == title:
                continue
            kept.append(s)
    return norm(" ".join(kept))


def norm(text: str) -> str:
    return " ".join(text.split())


def docx_text(path: Path) -> str:
    """Body text of a DOCX: paragraphs and table cells in document order."""
    import docx

    d = docx.Document(str(path))
    parts = []
    body = d.element.body
    for el in body.iter():
        if el.tag.endswith("}p"):
            parts.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
    return norm(" ".join(parts))


def all_strings(obj) -> list[str]:
    """Every string inside a JSON-like value (a dumped Profile), depth first."""
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in all_strings(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in all_strings(v)]
    return []


def page_body_lines(path: Path, top_mm: float = 20.0, bottom_mm: float = 22.0) -> list[list[str]]:
    """Per page, the text lines inside the page frame from top to bottom (running headers,
    footers and marking lines live in the margins and are left out). Lines are grouped by
    baseline, so a line of several runs reads as one."""
    from pypdf import PdfReader

    pages = []
    for page in PdfReader(str(path)).pages:
        height = float(page.mediabox.height)
        low, high = bottom_mm / 25.4 * 72 - 2, height - top_mm / 25.4 * 72 + 2
        rows: dict[int, list[str]] = {}

        def visit(text, cm, tm, font, size, rows=rows, low=low, high=high):
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if low <= y <= high and text.strip():
                rows.setdefault(round(y), []).append(text)

        page.extract_text(visitor_text=visit)
        pages.append([norm("".join(parts)) for _, parts in sorted(rows.items(), reverse=True)])
    return pages


def headings_ending_pages(path: Path, headings: list[str]) -> list[tuple[int, str]]:
    """(page, line) for every page but the last whose last body line is a heading, or the
    start or end of one that wraps."""
    def is_heading(line: str) -> bool:
        return any(line == h or (len(line) > 8 and (h.startswith(line) or h.endswith(line))) for h in headings)

    pages = page_body_lines(path)
    return [(i + 1, lines[-1]) for i, lines in enumerate(pages[:-1]) if lines and is_heading(lines[-1])]


def docx_headings(path: Path) -> list[str]:
    """Text of every heading paragraph (outline level set by its style) of a DOCX."""
    import docx

    d = docx.Document(str(path))
    return [norm(p.text) for p in d.paragraphs
            if p.style is not None and (p.style.name.lower().startswith("heading") or p.style.name == "Facts Heading")
            and p.text.strip()]


def page_fill(path: Path, top_mm: float = 20.0, bottom_mm: float = 22.0) -> list[float]:
    """Per page, how far down the body frame its lowest text line reaches (0 = empty, 1 =
    the bottom margin): a reader's sense of a page that looks finished. Frame margins as in
    `page_body_lines` (the default theme's)."""
    from pypdf import PdfReader

    fills = []
    for page in PdfReader(str(path)).pages:
        height = float(page.mediabox.height)
        low, high = bottom_mm / 25.4 * 72 - 2, height - top_mm / 25.4 * 72 + 2
        ys: list[float] = []

        def visit(text, cm, tm, font, size, ys=ys, low=low, high=high):
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if low <= y <= high and text.strip():
                ys.append(y)

        page.extract_text(visitor_text=visit)
        fills.append(round((high - min(ys)) / (high - low), 3) if ys else 0.0)
    return fills
