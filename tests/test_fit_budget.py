"""A length's whole fit is bounded by `fit_seconds`: past it the length fails in one line
(exit code 5), whatever each of its candidates took within the template and layout limits."""
from __future__ import annotations

import os
import subprocess
import sys

from helpers import SEED


def test_a_fit_past_its_budget_fails_that_length_in_one_line(tmp_path):
    run = subprocess.run([sys.executable, "-m", "briefkit", "build", str(SEED), "-o", str(tmp_path / "out"),
                          "-l", "snapshot", "-l", "full", "-f", "pdf", "-j1", "--no-cache"],
                         capture_output=True, text=True, timeout=300,
                         env={**os.environ, "BRIEFKIT_LIMIT_FIT_SECONDS": "0"})
    assert run.returncode == 5, run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("briefkit: error")]
    assert len(errors) == 1 and "fitting the snapshot to 1 page(s) took longer than 0 s" in errors[0], run.stderr
    assert "BRIEFKIT_LIMIT_FIT_SECONDS" in errors[0]
    # the full profile has no page budget, so nothing is fitted: it is built
    assert (tmp_path / "out" / "freedom_of_russia_legion" / "full.pdf").is_file()
    assert not (tmp_path / "out" / "freedom_of_russia_legion" / "snapshot.pdf").exists()
