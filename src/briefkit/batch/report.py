"""What happened to each output, as objects for the Python API and as `build-report.json`.

The report is the record a nightly job keeps: one entry per planned output, whether it was
built, skipped as up to date, or failed (with the one-line reason), and enough to audit it
later: pages, detail level, warnings, how long it took, the file's sha256 and the hashes of
every input it was built from.
"""
from __future__ import annotations

import json
from ..records import field, fields
from pathlib import Path

from ..records import record

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, Literal

    Status = Literal["built", "skipped", "failed"]


@record
class OutputResult:
    """One output of a run as the build report and the progress lines tell it: built, skipped
    (up to date) or failed, with its pages, detail level and what its fit left out."""

    seed: str
    length: str
    format: str
    path: str
    status: Status
    pages: int | None = None
    detail: int | None = None
    max_detail: int | None = None
    # What the fit step left out to meet the page budget, when the stage can say; the detail
    # level against max_detail tells how far it had to go.
    dropped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    duration: float = 0.0  # seconds: this output's share of its seed's build, 0 when skipped
    sha256: str | None = None
    size: int | None = None
    inputs: dict[str, str] = field(default_factory=dict)
    error: str | None = None  # the one-line reason, when failed
    traceback: str | None = None  # only for internal errors (bugs), to file with a report
    exit_code: int = 0  # the documented exit code of the failure (README), 0 when it did not fail

    @property
    def ok(self) -> bool:
        return self.status != "failed"

    def to_dict(self, inputs: bool = True) -> dict[str, Any]:
        # By hand rather than dataclasses.asdict, which deep-copies: thousands of outputs per report.
        d = {f: getattr(self, f) for f in _FIELDS}
        d["dropped"], d["warnings"] = list(self.dropped), list(self.warnings)
        if inputs:
            d["inputs"] = dict(self.inputs)
        if d["traceback"] is None:
            del d["traceback"]
        return d


_FIELDS = [f.name for f in fields(OutputResult) if f.name != "inputs"]


@record
class BatchResult:
    """Every output of a run, how long the run took and where its report was written."""

    outputs: list[OutputResult]
    duration: float = 0.0
    report_path: Path | None = None

    def _with(self, status: str) -> list[OutputResult]:
        return [o for o in self.outputs if o.status == status]

    @property
    def built(self) -> list[OutputResult]:
        return self._with("built")

    @property
    def skipped(self) -> list[OutputResult]:
        return self._with("skipped")

    @property
    def failed(self) -> list[OutputResult]:
        return self._with("failed")

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> dict[str, Any]:
        return {"built": len(self.built), "skipped": len(self.skipped), "failed": len(self.failed),
                "duration": round(self.duration, 3)}


def write_report(path: Path, result: BatchResult, version: str) -> None:
    from .state import write_atomically

    # One output per line: readable, diffable, and written by json's C encoder (indent= is not).
    # One encoder for all lines (json.dumps with options builds a new one per call), and each
    # seed's input hashes, shared by its outputs, encoded once: a no-op run of thousands of
    # outputs still writes its report, so this is on the path that must take milliseconds.
    encode = json.JSONEncoder(ensure_ascii=False).encode
    head = encode({"briefkit": version, "summary": result.summary()})[:-1]
    inputs: dict[int, tuple[dict, str]] = {}
    lines = []
    for o in result.outputs:
        d = o.to_dict(inputs=False)
        cached = inputs.get(id(o.inputs))
        if cached is None:
            cached = inputs[id(o.inputs)] = (o.inputs, encode(o.inputs))  # keeps the dict alive: ids stay unique
        lines.append(f'  {encode(d)[:-1]}, "inputs": {cached[1]}}}')
    body = ",\n".join(lines)
    text = f'{head}, "outputs": [\n{body}\n]}}\n'
    write_atomically(path, text.encode("utf-8"))
