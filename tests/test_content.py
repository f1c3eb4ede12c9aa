"""The bundled content/ is valid canonical source: it reads cleanly and is written back as is."""

from __future__ import annotations

import pytest

from paths import ROOT
from triptych.diagnostics import Reporter, Severity
from triptych.project import find_sources, read_document
from triptych.writers import markdown, xml

SOURCES = find_sources(ROOT / "content")


def test_content_holds_the_sample_report() -> None:
    assert [slug for slug, _ in SOURCES] == ["hengyang-2021-work-report"]


@pytest.mark.parametrize(("slug", "path"), SOURCES, ids=[s for s, _ in SOURCES])
def test_source_reads_without_warnings_and_is_canonical(slug: str, path: object) -> None:
    reporter = Reporter()
    doc = read_document(path, reporter)  # type: ignore[arg-type]
    assert reporter.count(Severity.WARNING) == 0, reporter.diagnostics
    written = markdown.write(doc) if str(path).endswith(".md") else xml.write(doc)
    assert written == path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    assert doc.meta.issuer == "衡阳市人民政府"
    assert doc.glossary.title == "名词解释"
    assert len(doc.glossary.entries) == 8


def test_the_user_guide_is_a_clean_triptych_project() -> None:
    from triptych.project import check

    reporter = Reporter()
    assert check(ROOT / "docs" / "guide", reporter) == 1
    assert reporter.diagnostics == []
    [(_, path)] = find_sources(ROOT / "docs" / "guide" / "content")
    assert markdown.write(read_document(path)) == path.read_text(encoding="utf-8")
