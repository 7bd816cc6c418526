"""Small seeds that build in a fraction of a second, for batch tests."""
from __future__ import annotations

from pathlib import Path


def mini_seed(path: Path, title: str, extra: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"= {title} =\n\n{title} is a small group. It was formed in 2020.{extra}\n", encoding="utf-8")
    return path


def mini_corpus(root: Path, n: int, sub: str = "seeds") -> list[Path]:
    return [mini_seed(root / sub / f"org{i:02d}.txt", f"Org {i}") for i in range(n)]


def running(pid: int) -> bool:
    """Whether `pid` is a process that has not ended (a zombie no one reaped has ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")
