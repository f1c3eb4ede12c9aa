"""The tagged print PDF: what a reader of the sample report's PDF sees, and what it refuses."""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pytest

from contexts import context
from paths import FIXTURES, ROOT
from pdftext import PAGE_NUMBER, page_body, page_texts, pdftotext, squash
from triptych.diagnostics import Code, Reporter
from triptych.editions import BuildContext, view_of
from triptych.editions import pdf as pdf_edition
from triptych.editions.pdf import RestrictedFetcher, build_pdf, read_stylesheet
from triptych.editions.templating import theme_path
from triptych.editions.view import DocumentView
from triptych.errors import BuildError
from triptych.model import (
    Document,
    Glossary,
    GlossaryEntry,
    Heading,
    Meta,
    Paragraph,
    Provenance,
    TermRef,
    Text,
    plain,
)
from triptych.project import build, read_document

SLUG = "hengyang-2021-work-report"
SOURCE = ROOT / "content" / SLUG / "document.md"
SMALL = FIXTURES / "canonical" / "small.md"  # a few headings, terms and notes: four pages
EPOCH = "1611100800"  # 2021-01-20T00:00:00Z
# GB/T 15834: marks that close or trail and must never begin a line
CLOSING = "，。、；：？！”’）》」』】〕〉…"


@dataclass(frozen=True)
class Built:
    path: Path
    view: DocumentView
    reporter: Reporter
    pages: list[str]
    """pdftotext -layout, one string per page."""

    def body(self, number: int) -> str:
        """Page ``number`` (1-based) without its running head and page number."""
        return page_body(self.pages[number - 1], number)

    def page_of(self, anchor: str) -> int:
        """The page (1-based) holding the named destination ``anchor``."""
        with pikepdf.open(self.path) as pdf:
            dests = pikepdf.NameTree(pdf.Root.Names.Dests)
            page = dests[anchor][0]
            return next(n for n, p in enumerate(pdf.pages, 1) if p.objgen == page.objgen)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The bundled sample built through ``triptych.project.build`` with a fixed clock."""
    out = tmp_path_factory.mktemp("pdf-build")
    reporter = Reporter()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        report = build(ROOT, out, reporter, editions=("pdf",))
    assert not report.failed
    path = out / "pdf" / f"{SLUG}.pdf"
    view = view_of(read_document(SOURCE), SLUG)
    return Built(path, view, reporter, page_texts(path))


def outline_titles(path: Path) -> list[tuple[int, str]]:
    with pikepdf.open(path) as pdf, pdf.open_outline() as outline:
        found: list[tuple[int, str]] = []

        def walk(items: list[pikepdf.OutlineItem], depth: int) -> None:
            for item in items:
                found.append((depth, item.title))
                walk(item.children, depth + 1)

        walk(outline.root, 1)
        return found


# --- the sample report ------------------------------------------------------------------


def test_pdf_is_tagged_with_language_title_and_metadata(sample: Built) -> None:
    with pikepdf.open(sample.path) as pdf:
        root = pdf.Root
        assert "/StructTreeRoot" in root
        assert root.MarkInfo.Marked is True
        assert str(root.Lang) == "zh-CN"
        assert root.ViewerPreferences.DisplayDocTitle is True
        assert str(pdf.docinfo.Title) == "政府工作报告"
        assert str(pdf.docinfo.Author) == "衡阳市人民政府"
        assert str(pdf.docinfo.CreationDate) == "D:20210120000000Z"
        assert str(pdf.docinfo.ModDate) == "D:20210120000000Z"
        meta = pdf.open_metadata()
        assert meta["pdfuaid:part"] == "1"
        assert meta["dc:title"] == "政府工作报告"
        kinds = structure_types(root.StructTreeRoot)
        assert {"/Document", "/H1", "/H2", "/P", "/Link", "/L"} <= kinds


def structure_types(node: pikepdf.Object) -> set[str]:
    """Every structure type (``/P``, ``/H2`` …) under ``node`` in the structure tree."""
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, pikepdf.Array):
            stack.extend(item)
        elif isinstance(item, pikepdf.Dictionary):
            if "/S" in item:
                found.add(str(item.S))
            if "/K" in item:
                stack.append(item.K)
    return found


def test_sample_renders_without_render_diagnostics(sample: Built) -> None:
    codes = {Code.RENDER_WARNING, Code.RENDER_ERROR}
    assert [str(d) for d in sample.reporter.diagnostics if d.code in codes] == []


def test_outline_has_every_heading_and_the_glossary_with_its_terms(sample: Built) -> None:
    titles = outline_titles(sample.path)
    for heading in sample.view.toc:
        assert (heading.level, heading.number + heading.text) in titles
    assert (1, "名词解释") in titles
    glossary_at = titles.index((1, "名词解释"))
    terms = [title for _, title in titles[glossary_at + 1 :]]
    assert terms == [e.term for e in sample.view.entries]
    assert all(depth == 2 for depth, _ in titles[glossary_at + 1 :])


def test_text_holds_every_paragraph_and_glossary_entry(sample: Built) -> None:
    text = squash("".join(sample.body(n) for n in range(1, len(sample.pages) + 1)))
    for block in sample.view.doc.blocks:
        if isinstance(block, Paragraph):
            assert squash(plain(block.lead) + plain(block.content)) in text
    for entry in sample.view.entries:
        assert squash(entry.term) in text
        assert squash(entry.definition_text) in text


def test_title_page_shows_title_and_issuer_without_running_head(sample: Built) -> None:
    first = sample.pages[0]
    assert squash(first) == "政府工作报告衡阳市人民政府"


def test_running_heads_show_document_and_section_and_pages_are_numbered(sample: Built) -> None:
    for number, page in enumerate(sample.pages[1:], 2):
        lines = [line for line in page.splitlines() if line.strip()]
        assert lines[0].split()[0] == "政府工作报告"
        assert PAGE_NUMBER.match(lines[-1])
        assert squash(lines[-1]) == f"—{number}—"
    fifth = next(h for h in sample.view.toc if h.number == "（五）")
    page = sample.page_of(fifth.id)
    head = sample.pages[page - 1].splitlines()[0]
    assert squash(fifth.number + fifth.text) in squash(head)


def test_toc_page_numbers_are_the_pages_of_the_headings(sample: Built) -> None:
    toc = {}
    for line in sample.body(2).splitlines():
        found = re.match(r"^\s*(\S.*?)\s*\.{3,}\s*(\d+)\s*$", line)
        if found:
            toc[squash(found[1])] = int(found[2])
    expected = [(h.id, squash(h.number + h.text)) for h in sample.view.toc]
    expected.append(("glossary", squash(sample.view.glossary_title)))
    assert list(toc) == [title for _, title in expected]
    for anchor, title in expected:
        assert toc[title] == sample.page_of(anchor), title
        assert title in squash(sample.body(toc[title]))


def test_glossary_cites_source_page_and_the_pages_using_the_term(sample: Built) -> None:
    start = sample.page_of("glossary")
    glossary = squash("".join(sample.body(n) for n in range(start, len(sample.pages) + 1)))
    used = 0
    for entry in sample.view.entries:
        found = re.search(
            re.escape(squash(entry.term + entry.definition_text))
            + "原文页码"
            + re.escape(entry.page)
            + r"(?:本版页码([0-9、]+)|正文未出现)",
            glossary,
        )
        assert found, entry.term
        if not entry.backrefs:
            assert found[1] is None
            continue
        used += 1
        pages = [int(n) for n in found[1].split("、")]
        assert pages == sorted({sample.page_of(r.anchor) for r in entry.backrefs})
        for page in pages:
            body = squash(sample.body(page))
            assert any(squash(r.text) in body for r in entry.backrefs), (entry.term, page)
    assert used >= 4


def test_term_references_link_to_their_glossary_entries(sample: Built) -> None:
    with pikepdf.open(sample.path) as pdf:
        targets = {
            str(annot.Dest)
            for page in pdf.pages
            for annot in page.get("/Annots", [])
            if annot.get("/Subtype") == "/Link" and "/Dest" in annot
        }
    for entry in sample.view.entries:
        if entry.backrefs:
            assert entry.id in targets  # the term in the body links to its entry
            assert {r.anchor for r in entry.backrefs} <= targets  # and back


def test_fonts_are_noto_serif_and_sans_cjk_sc_embedded_as_subsets(sample: Built) -> None:
    run = subprocess.run(["pdffonts", str(sample.path)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in run.stdout.splitlines()[2:]]
    families = set()
    for row in rows:
        name, emb, sub = row[0], row[-5], row[-4]
        assert (emb, sub) == ("yes", "yes"), row
        assert re.fullmatch(r"[A-Z]{6}\+.+", name), name  # a subset tag
        families.add(name.split("+", 1)[1].removesuffix("-Bold"))
    assert families == {"Noto-Serif-CJK-SC", "Noto-Sans-CJK-SC"}


def test_no_line_begins_with_closing_punctuation(sample: Built) -> None:
    lines = [line.strip() for page in sample.pages for line in page.splitlines()]
    assert [line for line in lines if line and line[0] in CLOSING] == []


def test_stylesheet_names_the_fonts_explicitly() -> None:
    sheet = read_stylesheet((theme_path() / "pdf" / "print.css").read_text(encoding="utf-8"))
    assert set(sheet.families) == {
        ("Noto Serif CJK SC",),
        ("Noto Sans CJK SC",),
        ("Noto Sans Mono CJK SC",),  # code, set in a face with Latin and Chinese alike
    }


# --- reproducibility ------------------------------------------------------------------

BUILD = (
    "import sys; from pathlib import Path; from triptych.project import build; "
    "sys.exit(1 if build(Path(sys.argv[1]), Path(sys.argv[2]), editions=('pdf',)).failed else 0)"
)


@pytest.mark.slow
def test_same_inputs_and_clock_give_byte_identical_pdfs(sample: Built, tmp_path: Path) -> None:
    """A build in another process writes the very bytes of the module's in-process build."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    subprocess.run([sys.executable, "-c", BUILD, str(ROOT), str(tmp_path)], env=env, check=True)
    assert (tmp_path / "pdf" / f"{SLUG}.pdf").read_bytes() == sample.path.read_bytes()


# --- a made-up document: title page, line starts, one page reference per page -------------


def _synthetic(*extra: str) -> Document:
    """Paragraphs that put each closing mark where a naive line break would start a line
    with it, a term used twice on one page and once more pages later, and ``extra`` text."""
    here = Provenance("synthetic.md", 1, 1)
    paragraphs = [
        Paragraph(
            (
                Text("开头使用"),
                TermRef("ce-shi", "测试术语"),
                Text("，再次使用"),
                TermRef("ce-shi", "测试术语"),
                Text("。"),
            ),
            provenance=here,
        )
    ]
    paired = {"”": "“测", "’": "‘测", "）": "（测", "》": "《测", "」": "「测", "』": "『测"}
    paired |= {"】": "【测", "〕": "〔测", "〉": "〈测"}
    for line, mark in enumerate(CLOSING, 2):
        for filler in range(30, 42):
            text = "测" * filler + paired.get(mark, "") + (mark * 2 if mark == "…" else mark)
            paragraphs.append(
                Paragraph(
                    (Text(text + "测" * 20),), provenance=Provenance("synthetic.md", line, line)
                )
            )
    for n, text in enumerate(extra, 100):
        paragraphs.append(Paragraph((Text(text),), provenance=Provenance("synthetic.md", n, n)))
    paragraphs.append(
        Paragraph((Text("最后使用"), TermRef("ce-shi", "测试术语"), Text("。")), provenance=here)
    )
    entry = GlossaryEntry("ce-shi", "测试术语", (Text("用于测试的术语。"),), page="P3")
    return Document(
        Meta("标点测试", "zh-CN", subtitle="避头尾检查", issuer="测试单位", date="2021-01-20"),
        (Heading(1, "（一）", "避头尾", "bi-tou-wei", provenance=here), *paragraphs),
        Glossary("名词解释", (entry,)),
    )


def _context(out: Path, templates: tuple[Path, ...] = ()) -> BuildContext:
    return context(out, epoch=int(EPOCH), site_title="测试", templates=templates)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Built:
    ctx = _context(tmp_path_factory.mktemp("pdf-synthetic"))
    view = view_of(_synthetic(), "synthetic")
    path = build_pdf(view, ctx)
    return Built(path, view, ctx.reporter, page_texts(path))


def test_title_page_shows_title_subtitle_issuer_and_date(synthetic: Built) -> None:
    assert squash(synthetic.pages[0]) == "标点测试避头尾检查测试单位2021年1月20日"


def test_closing_punctuation_never_starts_a_line(synthetic: Built) -> None:
    lines = [line.strip() for page in synthetic.pages for line in page.splitlines()]
    assert [line for line in lines if line and line[0] in CLOSING] == []
    # the sweep did put marks at line starts: each moved down with the character before it
    pulled = {line[1] for line in lines if len(line) > 1 and line[0] == "测"}
    assert set("，。、；：？！…") <= pulled


def _unjustified_lines(path: Path) -> tuple[int, list[tuple[int, float]]]:
    """How many lines were checked, and ``(page, right edge)`` of each line that continues
    into the next (a line of the same size starting flush left) but stops short of the right
    margin."""
    number = re.compile(r'(\w+)="([\d.]+)"')
    pages = []
    for page in pdftotext(path, "-bbox-layout").split("<page ")[1:]:
        height = float(dict(number.findall(page.split(">", 1)[0]))["height"])
        lines = []
        for attrs in re.findall(r"<line ([^>]*)>", page):
            box = {k: float(v) for k, v in number.findall(attrs)}
            if 0.12 * height < box["yMin"] and box["yMax"] < 0.9 * height:  # not head or foot
                lines.append(box)
        pages.append(sorted(lines, key=lambda b: b["yMin"]))
    left = min(b["xMin"] for lines in pages for b in lines)
    right = max(b["xMax"] for lines in pages for b in lines)
    checked, short = 0, []
    for n, lines in enumerate(pages, 1):
        for line, following in itertools.pairwise(lines):
            starts_left = abs(line["xMin"] - left) < 1 or abs(line["xMin"] - left - 24) < 1
            same_size = abs(line["yMax"] - line["yMin"] - following["yMax"] + following["yMin"])
            if starts_left and abs(following["xMin"] - left) < 1 and same_size < 0.5:
                checked += 1
                if right - line["xMax"] > 0.5:
                    short.append((n, line["xMax"]))
    return checked, short


def test_lines_of_chinese_are_justified_to_the_measure(sample: Built, synthetic: Built) -> None:
    """Lines with digits or Latin letters, and lines a mark moved down a character from,
    still end at the right margin: the space is spread between the characters."""
    for built in (sample, synthetic):
        checked, short = _unjustified_lines(built.path)
        assert checked > 100
        assert short == []


def test_glossary_lists_each_page_once(synthetic: Built) -> None:
    (entry,) = synthetic.view.entries
    pages = [synthetic.page_of(r.anchor) for r in entry.backrefs]
    assert pages[0] == pages[1] < pages[2]
    glossary = squash(synthetic.body(len(synthetic.pages)))
    assert f"原文页码P3本版页码{pages[0]}、{pages[2]}" in glossary


def test_glossary_typeset_alone_reads_as_the_whole_document_typeset_again(
    sample: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the glossary is typeset a second time; a second full layout gives the same pages."""
    alone = [
        re.sub(r"[ \t]+", " ", page) for page in sample.pages
    ]  # pdftotext pads lines by their widest neighbour
    monkeypatch.setattr(pdf_edition, "_relaid_glossary", lambda *args: None)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    report = build(ROOT, tmp_path, Reporter(), editions=("pdf",))
    assert not report.failed
    again = [re.sub(r"[ \t]+", " ", page) for page in page_texts(tmp_path / "pdf" / f"{SLUG}.pdf")]
    assert alone == again
    assert sample.page_of("glossary") < len(sample.pages)  # the glossary runs over two pages


def test_a_print_template_that_prints_everything_still_lists_each_page_once(
    synthetic: Built, tmp_path: Path
) -> None:
    """A copy of the print template made before it learnt to print the glossary alone."""
    folder = tmp_path / "templates" / "pdf"
    folder.mkdir(parents=True)
    html = (theme_path() / "pdf" / "print.html.j2").read_text(encoding="utf-8")
    html = re.sub(
        r"\{% if part != \"glossary\" %\}|\{% endif %\}\n(?=\{% if view.entries)", "", html
    )
    assert "part !=" not in html
    (folder / "print.html.j2").write_text(html, encoding="utf-8")
    ctx = _context(tmp_path / "out", (tmp_path / "templates",))
    path = build_pdf(synthetic.view, ctx)
    assert page_texts(path) == synthetic.pages
    assert ctx.reporter.diagnostics == []


# --- refusals -----------------------------------------------------------------------


def test_character_missing_from_the_fonts_is_an_error_naming_it(tmp_path: Path) -> None:
    doc = _synthetic("私用区字符\ue000在此", "埃及象形文字\U00013000在此")
    with pytest.raises(BuildError) as raised:
        build_pdf(view_of(doc, "missing"), _context(tmp_path))
    message = str(raised.value)
    assert "U+E000" in message
    assert "U+13000" in message
    assert "synthetic.md:100" in message
    assert "Noto Serif CJK SC" in message
    assert not (tmp_path / "pdf" / "missing.pdf").exists()


def test_font_that_is_not_installed_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "templates" / "pdf"
    folder.mkdir(parents=True)
    (folder / "print.css").write_text('html { font-family: "No Such Font SC", serif; }\n')
    view = view_of(_synthetic(), "nofont")
    with pytest.raises(BuildError, match=r"'No Such Font SC'.*not installed"):
        build_pdf(view, _context(tmp_path, (tmp_path / "templates",)))


def test_loading_weasyprint_leaves_the_library_search_as_it_was() -> None:
    import ctypes.util

    from triptych.editions import weasy

    assert ctypes.util.find_library.__module__ == "ctypes.util"
    assert weasy.has_harfbuzz_subset()  # installed on every machine that builds PDFs
    with weasy._loader_names_only():
        assert ctypes.util.find_library("c") is None
    assert ctypes.util.find_library("c") is not None


def test_missing_harfbuzz_subset_is_an_error_naming_the_package(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(pdf_edition, "has_harfbuzz_subset", lambda: False)
    with pytest.raises(BuildError, match="apt-get install libharfbuzz-subset0"):
        build_pdf(view_of(_synthetic(), "nohb"), _context(tmp_path))


@pytest.fixture
def hostile_templates(tmp_path: Path) -> Iterator[Path]:
    """A user template folder whose print template and stylesheet reach outside it."""
    folder = tmp_path / "templates" / "pdf"
    folder.mkdir(parents=True)
    html = (theme_path() / "pdf" / "print.html.j2").read_text(encoding="utf-8")
    attach = (
        '<link rel="attachment" href="file:///etc/passwd">\n'
        '<link rel="attachment" href="../../../../../../../../etc/hostname">\n'
        '<link rel="stylesheet" href="https://example.invalid/remote.css">\n'
        "</head>"
    )
    link = '<body>\n<p><a rel="attachment" href="file:///etc/hostname">附件</a></p>'
    html = html.replace("</head>", attach, 1).replace("<body>", link, 1)
    (folder / "print.html.j2").write_text(html, encoding="utf-8")
    (folder / "passwd.css").symlink_to("/etc/passwd")
    css = (theme_path() / "pdf" / "print.css").read_text(encoding="utf-8")
    (folder / "print.css").write_text(
        '@import url("file:///etc/passwd");\n'
        '@import url("passwd.css");\n'
        '@import url("%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/hostname");\n'
        + css
        + '\nbody { background: url("data:image/png;base64,iVBORw0KGgo="); }\n',
        encoding="utf-8",
    )
    yield tmp_path / "templates"


def test_template_override_fetches_nothing_outside_and_embeds_no_file(
    hostile_templates: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ctx = _context(tmp_path / "out", (hostile_templates,))
    path = build_pdf(view_of(read_document(SMALL), "small"), ctx)
    with pikepdf.open(path) as pdf:
        assert "/EmbeddedFiles" not in pdf.Root.get("/Names", {})
        assert len(pdf.attachments) == 0
    errors = [d.message for d in ctx.reporter.of(Code.RENDER_ERROR)]
    refused = [m for m in errors if m.startswith("refused to fetch")]
    for url in (
        "file:///etc/passwd",
        "/etc/hostname",
        "https://example.invalid/remote.css",
        "passwd.css",
        "data:image/png",
    ):
        assert any(url in m for m in refused), url
    assert len(refused) == len(errors)  # reported once, not again as WeasyPrint's log line
    # the user folder's stylesheet itself is fetched and applied
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    assert "Noto-Serif-CJK-SC" in fonts.stdout
    assert not [r for r in caplog.records if r.name.startswith("weasyprint")]


def test_fetcher_allows_only_files_inside_its_folders(tmp_path: Path) -> None:
    inside = tmp_path / "theme"
    inside.mkdir()
    (inside / "logo.svg").write_text("<svg/>")
    (inside / "out.css").symlink_to("/etc/hostname")
    reporter = Reporter()
    fetcher = RestrictedFetcher((inside,), reporter, "test")
    response = fetcher.fetch((inside / "logo.svg").as_uri())
    assert response.read() == b"<svg/>"
    assert response.content_type == "image/svg+xml"
    for url in (
        (inside / "out.css").as_uri(),
        (inside / ".." / "secret").as_uri(),
        f"{inside.as_uri()}/%2e%2e/secret",
        "file:///etc/passwd",
        "file://otherhost/etc/passwd",
        "http://example.invalid/x.css",
        "data:text/css,body{}",
    ):
        with pytest.raises(pdf_edition.RefusedURLError):
            fetcher.fetch(url)
    assert len(reporter.of(Code.RENDER_ERROR)) == 7


def test_weasyprint_warnings_become_diagnostics_not_stderr(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "templates" / "pdf"
    folder.mkdir(parents=True)
    css = (theme_path() / "pdf" / "print.css").read_text(encoding="utf-8")
    (folder / "print.css").write_text(css + "\np { colour: red; }\n", encoding="utf-8")
    ctx = _context(tmp_path / "out", (tmp_path / "templates",))
    build_pdf(view_of(_synthetic(), "warned"), ctx)
    warnings = ctx.reporter.of(Code.RENDER_WARNING)
    assert any("colour" in d.message for d in warnings)
    assert not [r for r in caplog.records if r.name.startswith("weasyprint")]
    assert warnings[0].source.endswith("warned.pdf")
