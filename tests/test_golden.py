"""Whole documents against reviewed golden files: each raw fixture's canonical Markdown, XML and
ledger. `nox -s accept` rewrites them from the current code; review that diff like code."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from paths import FIXTURES
from triptych.normalise import ImportOptions, normalise
from triptych.writers import markdown, xml

CASES = sorted(p for p in (FIXTURES / "raw").iterdir() if p.is_dir())
ENCODINGS = {"gbk-crlf-headed-glossary": "gbk"}
ACCEPT = os.environ.get("TRIPTYCH_ACCEPT") == "1"


def _input(case: Path) -> bytes:
    binary = case / "input.bin"
    return (binary if binary.exists() else case / "input.txt").read_bytes()


def _check(path: Path, actual: str) -> None:
    if ACCEPT:
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"{path} is missing: run `nox -s accept` and review it"
    assert actual == path.read_text(encoding="utf-8"), f"{path} differs: review, then accept"


@pytest.mark.golden
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden(case: Path) -> None:
    options = ImportOptions(source="input.txt", encoding=ENCODINGS.get(case.name))
    result = normalise(_input(case), options)
    _check(case / "expected.md", markdown.write(result.document))
    _check(case / "expected.xml", xml.write(result.document))
    _check(case / "expected.ledger.txt", result.ledger.to_text())
