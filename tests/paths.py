"""Where the tests find the development sample and the fixtures."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE = ROOT.parent / "shared" / "samples" / "hengyang-2021-work-report.raw.txt"
BUNDLED_SAMPLE = ROOT / "content" / "hengyang-2021-work-report" / "source.raw.txt"
SAMPLE_PATH = SAMPLE if SAMPLE.exists() else BUNDLED_SAMPLE
