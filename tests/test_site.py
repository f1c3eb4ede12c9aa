"""The HTML site, checked as its readers and their tools see it: the Nu Html Checker, axe-core in
real Chromium, a browser's hover and keyboard focus, Pagefind search, and the text itself."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import html as lxml_html

from paths import ROOT
from triptych.model import Heading, plain
from triptych.project import build, find_sources, read_document

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build")
    report = build(ROOT, out, editions=("xml", "html"))
    assert not report.failed
    return out / "site"


@pytest.fixture(scope="module")
def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield chromium
        chromium.close()


def test_site_layout(site: Path) -> None:
    assert (site / "index.html").exists()
    assert (site / "hengyang-2021-work-report" / "index.html").exists()
    assert (site / "assets" / "site.css").exists()
    assert (site / "pagefind" / "pagefind.js").exists()


def test_nu_html_checker_finds_no_errors(pages: list[Path]) -> None:
    run = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(run.stderr or '{"messages": []}')["messages"]
    assert messages == [], messages


def _visible_text(page: Path) -> str:
    tree = lxml_html.fromstring(page.read_bytes())
    for tip in tree.xpath('//*[@class="tip"]'):
        tip.drop_tree()
    return "".join(tree.xpath("//main")[0].itertext())


def test_every_paragraph_and_definition_is_on_the_page(site: Path) -> None:
    for slug, path in find_sources(ROOT / "content"):
        doc = read_document(path)
        text = "".join(_visible_text(site / slug / "index.html").split())
        for block in doc.blocks:
            words = (
                (block.number + block.text)
                if isinstance(block, Heading)
                else (plain(block.lead) + plain(block.content))
            )
            assert "".join(words.split()) in text
        for entry in doc.glossary.entries:
            assert entry.term in text
            assert "".join(plain(entry.definition).split()) in text
        assert text.count(doc.meta.title) >= 1


def test_glossary_is_two_way(site: Path) -> None:
    tree = lxml_html.fromstring((site / "hengyang-2021-work-report" / "index.html").read_bytes())
    terms = tree.xpath('//a[@class="term"]')
    assert len(terms) == 4
    for link in terms:
        target = link.get("href")[1:]
        assert tree.xpath(f'//dt[@id="{target}"]')
        back = tree.xpath(f'//dt[@id="{target}"]/following-sibling::dd[1]//a[@class="backref"]')
        assert f"#{link.get('id')}" in [b.get("href") for b in back]


def test_axe_core_finds_no_violations(
    browser: object, server: str, pages: list[Path], site: Path
) -> None:
    context = browser.new_context()  # type: ignore[attr-defined]
    for width in (390, 1280):
        page = context.new_page()
        page.set_viewport_size({"width": width, "height": 900})
        for path in pages:
            page.goto(f"{server}/{path.relative_to(site).as_posix()}")
            page.add_script_tag(path=str(AXE))
            result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
            violations = [(v["id"], len(v["nodes"])) for v in result["violations"]]
            assert violations == [], (path.name, width, violations)
        page.close()
    context.close()


def test_definition_preview_on_hover_and_keyboard_focus_without_javascript(
    browser: object, server: str
) -> None:
    context = browser.new_context(java_script_enabled=False)  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(f"{server}/hengyang-2021-work-report/index.html")
    link = page.locator("a.term").first
    tip = page.locator(f"#{link.get_attribute('aria-describedby')}")
    assert not tip.is_visible()
    link.hover()
    assert tip.is_visible()
    assert "市场化为导向" in tip.inner_text()
    page.mouse.move(0, 0)
    link.focus()
    assert tip.is_visible()
    context.close()


def test_chinese_full_text_search(browser: object, server: str) -> None:
    context = browser.new_context()  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(f"{server}/index.html")
    page.locator(".pagefind-ui__search-input").fill("乡村振兴")
    # a result first shows placeholder dots while its fragment loads: wait for its title
    title = page.locator(".pagefind-ui__result-link").first
    title.wait_for(timeout=15000)
    page.wait_for_function(
        "document.querySelector('.pagefind-ui__result-link').textContent.trim().length > 0",
        timeout=15000,
    )
    assert "政府工作报告" in title.inner_text()
    context.close()


def test_two_builds_are_byte_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    trees = []
    for name in ("one", "two"):
        build(ROOT, tmp_path / name, editions=("xml", "html"))
        root = tmp_path / name
        trees.append({p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()})
    assert trees[0] == trees[1]
    assert "2023-11-14" in (tmp_path / "one" / "site" / "index.html").read_text("utf-8")
