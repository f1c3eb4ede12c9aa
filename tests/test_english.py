"""An English document in every edition: spaces where English wants them (after a lead, after
a heading's number), English list punctuation, no Chinese title spacing, and code whose
spaces justification leaves alone."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import html as lxml_html

from pdftext import page_texts, pdftotext
from runner import triptych

CODE = "triptych build"
FILLER = (
    "The office prints the report on paper, publishes it on the web and offers it as a book "
    "for readers who prefer one, and every edition must read the same. "
)
SOURCE = f"""---
triptych: 2
title: "Annual report"
lang: "en"
---

# Growth {{#growth number="1."}}

[Growth was strong.]{{.lead}} The economy grew by five per cent, and the [budget]{{term="budget"}}
was balanced for the second year running.

{FILLER * 2}Run `{CODE}` to make every edition, then run `{CODE}` again after each change;
the second time only what changed is built. {FILLER * 2}Run `{CODE}`.

# Outlook {{#outlook number="2."}}

{FILLER * 30}The [budget]{{term="budget"}} stays balanced.

::: glossary Glossary

[budget]{{#budget page="P3"}}
: The money the city plans to spend in a year.

:::
"""


@dataclass(frozen=True)
class Built:
    project: Path
    pdf_pages: list[str]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    project = tmp_path_factory.mktemp("english")
    folder = project / "content" / "annual"
    folder.mkdir(parents=True)
    (folder / "document.md").write_text(SOURCE, encoding="utf-8")
    run = triptych("build", cwd=project, env={"SOURCE_DATE_EPOCH": "1611100800"})
    assert run.returncode == 0, run.stderr
    return Built(project, page_texts(project / "build" / "pdf" / "annual.pdf"))


def test_a_lead_and_a_heading_number_are_followed_by_a_space_on_the_site(built: Built) -> None:
    page = lxml_html.parse(str(built.project / "build" / "site" / "annual" / "index.html"))
    main = " ".join("".join(page.xpath("//main")[0].itertext()).split())
    assert "Growth was strong. The economy grew" in main
    headings = [" ".join(h.text_content().split()) for h in page.xpath("//main//h2")]
    assert "1. Growth" in headings


def test_a_lead_and_a_heading_number_are_followed_by_a_space_in_the_book(built: Built) -> None:
    with zipfile.ZipFile(built.project / "build" / "epub" / "annual.epub") as book:
        text = " ".join(
            book.read(name).decode("utf-8") for name in book.namelist() if name.endswith(".xhtml")
        )
    assert '<strong class="lead">Growth was strong.</strong> The economy' in text
    assert re.search(r'<span class="number">1\.</span> Growth', text)


def test_the_pdf_reads_as_english(built: Built) -> None:
    joined = "\n".join(built.pdf_pages)
    assert "Growth was strong. The economy grew" in " ".join(joined.split())
    heads = [page.strip().splitlines()[0] for page in built.pdf_pages[2:]]
    assert any(re.search(r"1\. Growth", head) for head in heads)  # the running head
    assert "Contents" in joined and "C o n t e n t s" not in joined
    assert re.search(r"Pages \d+, \d+", joined)  # English list punctuation


def _word_gaps(pdf: Path, word: str) -> list[float]:
    """The gaps before each occurrence of ``word`` following ``triptych`` in the PDF."""
    words = re.findall(
        r'xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]*)<', pdftotext(pdf, "-bbox")
    )
    return [
        float(words[i + 1][0]) - float(words[i][1])
        for i in range(len(words) - 1)
        if words[i][2] == "triptych" and words[i + 1][2] == word
    ]


def test_justification_leaves_the_spaces_of_code_alone(built: Built) -> None:
    gaps = _word_gaps(built.project / "build" / "pdf" / "annual.pdf", "build")
    assert len(gaps) == 3  # two inside justified lines, one on a paragraph's last line
    assert max(gaps) - min(gaps) < 0.5, gaps
