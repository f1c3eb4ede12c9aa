"""Layouts of report, glossary and scrape that triptych must import right the first time.

Each fixture in ``tests/fixtures/layouts/`` imitates a real layout (a provincial report's
numbered 名词解释, a portal scrape repeated three times, an English OCR'd glossary …) and says
in ``expect.json`` what an editor expects of the result; see ``layouts.py``.
"""

from __future__ import annotations

import pytest

from layouts import KINDS, cases, check_case, expectations, failures, imported
from triptych.diagnostics import Code

CASES = cases()


def test_there_are_layout_fixtures_for_every_class() -> None:
    classes = {expectations(c)["class"] for c in CASES}
    assert {"glossary", "scrape", "split", "front", "english"} <= classes


@pytest.mark.parametrize("case", CASES)
def test_the_import_meets_every_expectation(case: str) -> None:
    checks = check_case(case)
    assert checks, f"{case}/expect.json expects nothing"
    assert {c.kind for c in checks} <= set(KINDS)
    assert all(c.ok for c in checks), f"{case}:\n{failures(checks)}"


@pytest.mark.parametrize("case", CASES)
def test_every_character_is_in_the_document_or_the_ledger(case: str) -> None:
    result = imported(case)
    assert Code.CONSERVATION not in {d.code for d in result.diagnostics}
