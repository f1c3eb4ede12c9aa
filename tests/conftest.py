"""Shared test set-up: paths to the development sample and to fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE = ROOT.parent / "shared" / "samples" / "hengyang-2021-work-report.raw.txt"
BUNDLED_SAMPLE = ROOT / "content" / "hengyang-2021-work-report" / "source.raw.txt"


@pytest.fixture(scope="session")
def sample_bytes() -> bytes:
    """The development sample's raw bytes (the shared copy, else the copy under content/)."""
    path = SAMPLE if SAMPLE.exists() else BUNDLED_SAMPLE
    return path.read_bytes()
