"""The benchmark harness keeps working as the code it measures changes (its pandoc cases need
pypandoc-binary, which `nox -s bench` installs; these cases need nothing more)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from paths import ROOT


def test_the_pdf_and_normaliser_cases_run_and_report(tmp_path: Path) -> None:
    report = tmp_path / "RESULTS.md"
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "bench.py"),
            *("--only", "pdf", "--only", "normaliser", "--only", "fidelity"),
            *("--normaliser-mb", "1"),
            *("--runs", "1", "--output", str(report)),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    rows = [line for line in report.read_text(encoding="utf-8").splitlines() if line[:2] == "| "]
    assert rows[0].startswith("| case |")
    assert any(r.startswith("| PDF step for the sample") for r in rows)
    assert any(r.startswith("| normaliser, 1.0 MB raw text") for r in rows)
    assert any(r.startswith("| headings |") for r in rows)
    assert "Mean fidelity over the 5 classes" in report.read_text(encoding="utf-8")
