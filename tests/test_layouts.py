"""Layouts of report, glossary and scrape that triptych must import right the first time.

Each fixture in ``tests/fixtures/layouts/`` imitates a real layout (a provincial report's
numbered 名词解释, a portal scrape repeated three times, an English OCR'd glossary …) and says
in ``expect.json`` what an editor expects of the result; see ``layouts.py``. The held-out
fixtures in ``tests/fixtures/heldout/`` are the benchmark's (``benchmarks/fidelity.py
--heldout``): here they only have to import with every character accounted for.
"""

from __future__ import annotations

import pytest

from layouts import HELDOUT, KINDS, cases, check_case, expectations, failures, imported
from triptych.diagnostics import Code

# Layouts whose every expectation does not hold yet, and what is still wrong. ``strict``: when
# one comes right, its entry here must go.
KNOWN_GAPS = {
    "h2-en-au-annual-report-abbrev-glossary": (
        "title-case sub-headings after a running head are joined to their paragraph; the "
        "abbreviation list and the glossary after it are read as one glossary"
    ),
    "h2-web-bold-figures-links-split-2022": (
        "a bold run that ends a sentence mid-paragraph cannot be told from a paragraph's end"
    ),
}


def _marked(case: str) -> object:
    if case in KNOWN_GAPS:
        return pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[case]))
    return case


CASES = cases()
HELDOUT_CASES = cases(HELDOUT)


def test_there_are_layout_fixtures_for_every_class() -> None:
    classes = {expectations(c)["class"] for c in CASES}
    assert {"glossary", "scrape", "split", "front", "english"} <= classes
    assert set(KNOWN_GAPS) <= set(CASES)


@pytest.mark.parametrize("case", [_marked(c) for c in CASES])
def test_the_import_meets_every_expectation(case: str) -> None:
    checks = check_case(case)
    assert checks, f"{case}/expect.json expects nothing"
    assert {c.kind for c in checks} <= set(KINDS)
    assert all(c.ok for c in checks), f"{case}:\n{failures(checks)}"


@pytest.mark.parametrize("case", CASES + HELDOUT_CASES)
def test_every_character_is_in_the_document_or_the_ledger(case: str) -> None:
    result = imported(case)
    assert Code.CONSERVATION not in {d.code for d in result.diagnostics}
