"""The settings of triptych.toml as a reader of the editions sees them: which term uses are links
(site, EPUB and PDF alike), canonical addresses and the sitemap, and the refusal of bad values
by ``triptych build``."""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from pathlib import Path

import pikepdf
import pytest
from lxml import etree
from lxml import html as lxml_html

from contexts import context
from runner import triptych
from triptych.config import LinkTerms
from triptych.editions import DOCUMENT_EDITIONS, BuildContext, view_of, with_link_terms
from triptych.editions.html import SITEMAP_NS
from triptych.editions.view import DocumentView, InlineView
from triptych.project import build, read_document

EPOCH = "1700000000"  # 2023-11-14T22:13:20Z
SLUG = "terms"
# Terms used again and again: before the first heading, in a lead, in a subsection (still the
# first top-level section), in the second section, and inside a definition; a note used twice.
DOCUMENT = """\
---
triptych: 1
title: "术语测试"
lang: "zh-CN"
---

开头提到[甲术语]{term="jia"}，又提到[甲术语]{term="jia"}，还有[乙]{term="yi"}。

# 第一部分 {#di-yi number="一、"}

[关于[甲术语]{term="jia"}。]{.lead}正文再说[甲术语]{term="jia"}和[乙]{term="yi"}，见[1]{note="zhu-1"}。

## 小节 {#xiao-jie number="（一）"}

小节里的[甲术语]{term="jia"}、[乙术语]{term="yi"}和[1]{note="zhu-1"}。

# 第二部分 {#di-er number="二、"}

第二部分的[乙术语]{term="yi"}，再一次[乙]{term="yi"}，以及[甲术语]{term="jia"}。

::: glossary 名词解释

[甲术语]{#jia}
: 甲的定义，提到[乙术语]{term="yi"}和[乙术语]{term="yi"}。

[乙术语]{#yi aliases="乙"}
: 乙的定义。

[注1]{#zhu-1 number="1"}
: 注释。

:::
"""
# What first-in-section leaves as links: per top-level section, each term once
SECTIONS = {
    "opening": {"jia": 1, "yi": 1},
    "di-yi": {"jia": 1, "yi": 1},
    "di-er": {"jia": 1, "yi": 1},
}
CONFIG = '[site]\ntitle = "测试"\nlang = "zh-CN"\n'


def make_project(root: Path, config: str = CONFIG) -> Path:
    (root / "content" / SLUG).mkdir(parents=True)
    (root / "content" / SLUG / "document.md").write_text(DOCUMENT, "utf-8")
    (root / "triptych.toml").write_text(config, "utf-8")
    return root


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The site built with each ``link_terms``, and with a ``base_url``."""
    built = {}
    configs = {
        "all": CONFIG,
        "first-in-section": CONFIG + '[build]\nlink_terms = "first-in-section"\n',
        "base_url": CONFIG + 'base_url = "https://example.org/reports"\n',
    }
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        for name, config in configs.items():
            project = make_project(tmp_path_factory.mktemp(name), config)
            report = build(project, editions=("xml", "html"))
            assert not report.failed
            built[name] = project / "build" / "site"
    return built


def _page(site: Path) -> lxml_html.HtmlElement:
    return lxml_html.fromstring((site / SLUG / "index.html").read_bytes())


def _reader_text(tree: lxml_html.HtmlElement) -> str:
    """The text of the document as read, hover previews and the glossary's numbered back-links
    left out."""
    for tip in tree.xpath('//*[@class="tip" or @class="backrefs"]'):
        tip.drop_tree()
    return "".join(tree.xpath("//main")[0].itertext())


def _links_per_section(tree: lxml_html.HtmlElement) -> dict[str, Counter[str]]:
    """Term links of the body, counted per entry, in each top-level section (``<h2>``)."""
    found: dict[str, Counter[str]] = {"opening": Counter()}
    section = "opening"
    for element in tree.xpath("//article/h2 | //article/p//a[@class='term']"):
        if element.tag == "h2":
            section = element.get("id")
            found[section] = Counter()
        else:
            found[section][element.get("href").lstrip("#")] += 1
    return found


# --- link_terms -----------------------------------------------------------------------------


def test_all_links_every_use_of_a_term(sites: dict[str, Path]) -> None:
    tree = _page(sites["all"])
    links = _links_per_section(tree)
    assert links == {
        "opening": {"jia": 2, "yi": 1},
        "di-yi": {"jia": 3, "yi": 2},
        "di-er": {"jia": 1, "yi": 2},
    }


def test_first_in_section_links_each_term_once_per_section_and_keeps_the_text(
    sites: dict[str, Path],
) -> None:
    every, first = _page(sites["all"]), _page(sites["first-in-section"])
    assert _links_per_section(first) == SECTIONS
    assert _reader_text(first) == _reader_text(every)
    # the link is the first use: the lead's term in the first section, not the later ones
    lead = first.xpath("//h2[@id='di-yi']/following-sibling::p[1]")[0]
    assert [a.text for a in lead.xpath(".//strong[@class='lead']/a[@class='term']")] == ["甲术语"]
    assert lead.xpath(".//a[@class='term']/@href") == ["#jia", "#yi"]
    # note markers and the links inside definitions stay links
    assert len(first.xpath("//a[@class='noteref']")) == 2
    assert len(first.xpath("//dd//p[@class='definition']//a[@class='term']")) == 2


def test_first_in_section_back_links_only_to_links(sites: dict[str, Path]) -> None:
    tree = _page(sites["first-in-section"])
    for entry, count in (("jia", 3), ("yi", 3), ("zhu-1", 2)):
        back = tree.xpath(f"//dt[@id='{entry}']/following-sibling::dd[1]//a[@class='backref']")
        assert len(back) == count, entry
        for link in back:
            (use,) = tree.xpath(f"//*[@id='{link.get('href')[1:]}']")
            assert use.tag == "a" and use.get("href") == f"#{entry}"


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_project(tmp_path_factory.mktemp("source")) / "content" / SLUG / "document.md"


def _view(source: Path, policy: LinkTerms) -> DocumentView:
    return view_of(read_document(source), SLUG, policy)


def _context(out: Path, policy: LinkTerms) -> BuildContext:
    return context(out, project=out, epoch=int(EPOCH), site_title="测试", link_terms=policy)


def test_epub_links_each_term_once_per_chapter(tmp_path: Path, source: Path) -> None:
    view = view_of(read_document(source), SLUG)  # made as the build makes it, then the policy
    path = DOCUMENT_EDITIONS["epub"](view, _context(tmp_path, "first-in-section"))
    with zipfile.ZipFile(path) as book:
        files = {name: book.read(name) for name in book.namelist()}
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    chapters = sorted(n for n in files if re.search(r"section-\d+\.xhtml$", n))
    assert len(chapters) == len(SECTIONS)
    anchors = {}
    for name, expected in zip(chapters, SECTIONS.values(), strict=True):
        tree = etree.fromstring(files[name])
        links = tree.xpath("//h:p//h:a[@class='term']", namespaces=ns)
        assert Counter(a.get("href").split("#")[1] for a in links) == expected, name
        anchors.update({a.get("id"): name for a in tree.xpath("//h:a[@id]", namespaces=ns)})
    glossary = next(n for n in files if n.endswith("glossary.xhtml"))
    back = etree.fromstring(files[glossary]).xpath("//h:a[@class='backref']", namespaces=ns)
    assert len(back) == 3 + 3 + 2
    for link in back:
        file, anchor = link.get("href").split("#")
        assert anchors.get(anchor, "").endswith(file)


def test_pdf_links_each_term_once_per_section_and_its_glossary_lists_only_links(
    tmp_path: Path, source: Path
) -> None:
    view = view_of(read_document(source), SLUG)
    path = DOCUMENT_EDITIONS["pdf"](view, _context(tmp_path, "first-in-section"))
    linked = {r.anchor for e in _view(source, "first-in-section").entries for r in e.backrefs}
    every = {r.anchor for e in _view(source, "all").entries for r in e.backrefs}
    with pikepdf.open(path) as pdf:
        dests = set(pikepdf.NameTree(pdf.Root.Names.Dests).keys())
        targets = Counter(
            str(annot.Dest)
            for page in pdf.pages
            for annot in page.get("/Annots", [])
            if annot.get("/Subtype") == "/Link" and "/Dest" in annot
        )
    # three links to each term from the body, and the two in the definition of 甲术语
    assert (targets["jia"], targets["yi"], targets["zhu-1"]) == (3, 3 + 2, 2)
    assert linked <= dests and not (every - linked) & dests
    assert {t for t in targets if t.startswith("ref-")} <= linked


def test_the_view_turns_later_uses_into_text_with_the_same_words(source: Path) -> None:
    every, first = _view(source, "all"), _view(source, "first-in-section")

    def inlines(view: DocumentView) -> list[InlineView]:
        return [i for b in view.text_blocks for i in (*b.lead, *b.content)]

    assert [i.text for i in inlines(every)] == [i.text for i in inlines(first)]
    assert sum(i.kind == "term" for i in inlines(every)) == 6 + 5
    assert sum(i.kind == "term" for i in inlines(first)) == 3 + 3
    assert sum(len(e.backrefs) for e in every.entries) == 6 + 5 + 2
    assert sum(len(e.backrefs) for e in first.entries) == 3 + 3 + 2
    # an anchor keeps its name whatever the policy, so a link to it stays good
    assert {r.anchor for e in first.entries for r in e.backrefs} < {
        r.anchor for e in every.entries for r in e.backrefs
    }
    assert with_link_terms(every, "all") is every
    assert with_link_terms(every, "first-in-section") == first


# --- base_url -------------------------------------------------------------------------------


def test_without_base_url_no_canonical_links_and_no_sitemap(sites: dict[str, Path]) -> None:
    site = sites["all"]
    assert not (site / "sitemap.xml").exists()
    for page in (site / "index.html", site / SLUG / "index.html"):
        assert lxml_html.fromstring(page.read_bytes()).xpath("//link[@rel='canonical']") == []


def test_base_url_gives_each_page_its_canonical_address(sites: dict[str, Path]) -> None:
    site = sites["base_url"]
    for page, url in (
        ("index.html", "https://example.org/reports/index.html"),
        (f"{SLUG}/index.html", f"https://example.org/reports/{SLUG}/index.html"),
    ):
        tree = lxml_html.fromstring((site / page).read_bytes())
        assert tree.xpath("//head/link[@rel='canonical']/@href") == [url]


def test_base_url_writes_a_sitemap_of_every_page(sites: dict[str, Path]) -> None:
    site = sites["base_url"]
    data = (site / "sitemap.xml").read_bytes()
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    root = etree.fromstring(data)
    assert root.tag == f"{{{SITEMAP_NS}}}urlset"
    ns = {"s": SITEMAP_NS}
    locs = root.xpath("//s:url/s:loc/text()", namespaces=ns)
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    pages = [p for p in pages if not p.startswith("pagefind/")]
    assert locs == sorted(f"https://example.org/reports/{p}" for p in pages)
    assert len(locs) == 2
    assert set(root.xpath("//s:url/s:lastmod/text()", namespaces=ns)) == {"2023-11-14T22:13:20Z"}
    assert all(len(url) == 2 for url in root)  # loc and lastmod, nothing else


# --- bad values -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "key", "shown"),
    [
        ('[site]\nbase_url = "reports/"\n', "base_url", '"reports/"'),
        ('[site]\nbase_url = "ftp://example.org/"\n', "base_url", '"ftp://example.org/"'),
        ('[build]\nlink_terms = "first"\n', "link_terms", '"first"'),
        ("[build]\nlink_terms = true\n", "link_terms", "true"),
        ('[pdf]\npaper = "A6"\n', "paper", '"A6"'),
        ('[pdf]\npaper = "20mm 30mm"\n', "paper", '"20mm 30mm"'),
        ("[pdf]\nbody_font = 12\n", "body_font", "12"),
        ('[pdf]\nheading_font = "Noto\\"; }"\n', "heading_font", '"Noto\\"; }"'),
    ],
)
def test_a_bad_value_stops_the_build_naming_the_file_key_and_value(
    tmp_path: Path, setting: str, key: str, shown: str
) -> None:
    make_project(tmp_path, setting)
    run = triptych("build", cwd=tmp_path)
    assert run.returncode != 0
    assert "triptych.toml" in run.stderr and key in run.stderr and shown in run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "build" / "site").exists()
