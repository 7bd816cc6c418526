"""Content snapshot: what a reader gets from the seed and the fixture articles, to prove a
speed-up changed no content.

    python benchmarks/content.py snapshot before.json     # on the old code
    python benchmarks/content.py compare before.json      # on the new code; exit 1 on a difference

For every seed x length it records the PDF's page count and text per page (pypdf), every XML
part of the DOCX, and the pixels of every image in both (decoded, so a faster encoder of the same
picture is not a change). Raw bytes are not compared: embedding images differently changes the
PDF's bytes but not what anyone sees. Byte-identical rebuilds are the reproducibility tests' job.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = [ROOT / "seeds" / "freedom_of_russia_legion.txt", *sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))]


def _pixels(data: bytes) -> str:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as im:
        rgb = im.convert("RGB")
        return f"{rgb.size}:{hashlib.sha256(rgb.tobytes()).hexdigest()}"


def _rgb(im) -> str:
    rgb = im.convert("RGB")
    return f"{rgb.size}:{hashlib.sha256(rgb.tobytes()).hexdigest()}"


def _pdf(data: bytes) -> dict:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    images = []  # per page, sorted: the order of a page's resources is not something one sees
    for number, page in enumerate(reader.pages, 1):
        images += sorted(f"p{number}:{_pixels(img.data) if img.image is None else _rgb(img.image)}"
                         for img in page.images)
    return {"pages": len(reader.pages), "text": [p.extract_text() for p in reader.pages], "images": images,
            "outline": [str(o.title) if hasattr(o, "title") else "[...]" for o in reader.outline]}


def _docx(data: bytes) -> dict:
    out = {}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for info in sorted(z.infolist(), key=lambda i: i.filename):
            body = z.read(info)
            if info.filename.startswith("word/media/"):
                out[info.filename] = _pixels(body)
            else:
                out[info.filename] = body.decode("utf-8", "replace")
    return out


def snapshot() -> dict:
    os.environ["SOURCE_DATE_EPOCH"] = "1717200000"
    import tempfile

    from briefkit.build import BuildOptions, build_seed

    result: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for seed in SEEDS:
            try:
                report = build_seed(seed, BuildOptions(out_dir=Path(tmp), cache=False))
            except Exception as exc:  # a fixture that fails must keep failing the same way
                result[seed.name] = {"error": str(exc)}
                continue
            for out in report.outputs:
                data = out.path.read_bytes()
                key = f"{seed.name}:{out.length}.{out.format}"
                result[key] = _pdf(data) if out.format == "pdf" else _docx(data)
    return result


def compare(before: dict, after: dict) -> list[str]:
    diffs = []
    for key in sorted(set(before) | set(after)):
        a, b = before.get(key), after.get(key)
        if a == b:
            continue
        if a is None or b is None:
            diffs.append(f"{key}: only {'after' if a is None else 'before'}")
            continue
        for part in sorted(set(a) | set(b)):
            if a.get(part) != b.get(part):
                diffs.append(f"{key}: {part} differs")
    return diffs


def main() -> None:
    if len(sys.argv) != 3 or sys.argv[1] not in ("snapshot", "compare"):
        raise SystemExit(__doc__)
    now = snapshot()
    path = Path(sys.argv[2])
    if sys.argv[1] == "snapshot":
        path.write_text(json.dumps(now, ensure_ascii=False, indent=1), "utf-8")
        print(f"{len(now)} documents -> {path}")
        return
    diffs = compare(json.loads(path.read_text("utf-8")), now)
    for d in diffs:
        print(d)
    print(f"{len(now)} documents, {len(diffs)} difference(s)")
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
