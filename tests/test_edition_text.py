"""Each edition holds the model's text: every paragraph (with its lead), glossary term and
definition, in reading order, and every paragraph and definition exactly once, read back the
way a reader gets it: the site page without its previews, the EPUB's spine, the PDF's pages
without running heads and page numbers. For the sample and for generated reports with the
sample's artefacts (split paragraphs, repeats, half-width punctuation, a glossary)."""

from __future__ import annotations

import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from contexts import printed
from paths import ROOT, SAMPLE_PATH
from pdftext import page_body, page_texts, squash
from triptych.editions import view_of
from triptych.editions.view import DocumentView
from triptych.project import build, import_text, read_document

sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import raw_document  # the benchmarks' generator of reports

SEEDS = (11, 12, 13)


@dataclass(frozen=True)
class Project:
    root: Path
    slugs: tuple[str, ...]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    root = tmp_path_factory.mktemp("edition-text")
    sample = SAMPLE_PATH.read_text(encoding="utf-8")
    raws = [SAMPLE_PATH]
    for seed in SEEDS:
        raw = root / f"generated-{seed}.raw.txt"
        raw.write_text(raw_document(sample, 6000, seed=seed), encoding="utf-8")
        raws.append(raw)
    slugs = tuple(import_text(raw, root / "content").directory.name for raw in raws)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1611100800")
        report = build(root)
    assert not report.failed
    return Project(root, slugs)


def _pieces(view: DocumentView) -> tuple[list[str], list[str]]:
    """The text in reading order, and the pieces that must occur exactly once."""
    gap = view.labels.gap
    paragraphs = [
        printed(b.lead) + (gap if b.lead else "") + printed(b.content)
        for b in view.text_blocks
        if b.kind == "paragraph"
    ]
    ordered = [*paragraphs]
    once = [*paragraphs]
    for e in view.entries:
        ordered += [e.term, printed(e.definition)]
        once.append(printed(e.definition))
    return ordered, [p for p in once if p]


def _assert_holds(text: str, view: DocumentView, edition: str, squashed: bool = False) -> None:
    ordered, once = _pieces(view)
    if squashed:
        text, ordered, once = (
            squash(text),
            [squash(p) for p in ordered],
            [squash(p) for p in once],
        )
    cursor = 0
    for piece in ordered:
        found = text.find(piece, cursor)
        assert found >= 0, f"{view.slug} {edition}: missing or out of order: {piece[:40]}"
        cursor = found + len(piece)
    for piece in once:
        assert text.count(piece) == 1, f"{view.slug} {edition}: more than once: {piece[:40]}"


def _view(project: Project, slug: str) -> DocumentView:
    return view_of(read_document(project.root / "content" / slug / "document.md"), slug)


def _site_text(project: Project, slug: str) -> str:
    page = lxml_html.parse(str(project.root / "build" / "site" / slug / "index.html"))
    main = page.xpath("//main")[0]
    for tip in main.xpath('.//*[@class="tip"]'):
        tip.drop_tree()
    return "".join(main.itertext())


def _epub_text(project: Project, slug: str) -> str:
    with zipfile.ZipFile(project.root / "build" / "epub" / f"{slug}.epub") as book:
        opf_name = next(n for n in book.namelist() if n.endswith(".opf"))
        opf = etree.fromstring(book.read(opf_name))
        ns = {"o": "http://www.idpf.org/2007/opf"}
        hrefs = {i.get("id"): i.get("href") for i in opf.iterfind(".//o:manifest/o:item", ns)}
        folder = opf_name.rsplit("/", 1)[0] + "/" if "/" in opf_name else ""
        spine = [hrefs[r.get("idref")] for r in opf.iterfind(".//o:spine/o:itemref", ns)]
        return "".join(
            "".join(etree.fromstring(book.read(folder + href)).itertext()) for href in spine
        )


def _pdf_text(project: Project, slug: str) -> str:
    pages = page_texts(project.root / "build" / "pdf" / f"{slug}.pdf")
    return "\n".join(page_body(page, number) for number, page in enumerate(pages, 1))


@pytest.mark.parametrize("index", range(1 + len(SEEDS)))
def test_the_site_page_holds_the_model_text_once_in_order(project: Project, index: int) -> None:
    slug = project.slugs[index]
    _assert_holds(_site_text(project, slug), _view(project, slug), "site")


@pytest.mark.parametrize("index", range(1 + len(SEEDS)))
def test_the_book_holds_the_model_text_once_in_order(project: Project, index: int) -> None:
    slug = project.slugs[index]
    _assert_holds(_epub_text(project, slug), _view(project, slug), "epub")


@pytest.mark.parametrize("index", range(1 + len(SEEDS)))
def test_the_pdf_holds_the_model_text_once_in_order(project: Project, index: int) -> None:
    slug = project.slugs[index]
    _assert_holds(_pdf_text(project, slug), _view(project, slug), "pdf", squashed=True)


def test_the_generated_reports_have_what_the_sample_has(project: Project) -> None:
    """The generated reports exercise what the checks are for: leads, a glossary, links."""
    for slug in project.slugs[1:]:
        view = _view(project, slug)
        assert view.entries
        assert sum(1 for b in view.text_blocks if b.kind == "paragraph") >= 10
