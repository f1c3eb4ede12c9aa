"""Hostile input does nothing: no request leaves the machine, no markup survives as markup,
and absurd nesting is refused quickly."""

from __future__ import annotations

import functools
import http.server
import re
import socket
import subprocess
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from lxml import etree
from lxml import html as lxml_html

from contexts import context
from paths import FIXTURES
from runner import triptych
from triptych.editions import BuildContext, view_of
from triptych.editions.epub import build_epub
from triptych.editions.pdf import build_pdf
from triptych.editions.templating import theme_path
from triptych.errors import SourceError
from triptych.readers import markdown, xml
from triptych.sources import read_document

# what a template fetches does not depend on the document: a small one, four pages typeset
SOURCE = FIXTURES / "canonical" / "small.md"


class _Recorder(http.server.BaseHTTPRequestHandler):
    def __init__(self, *args: object, seen: list[str], **kwargs: object) -> None:
        self.seen = seen
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def do_GET(self) -> None:
        self.seen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { color: red; }")

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def loopback() -> Iterator[tuple[str, list[str]]]:
    """A server on 127.0.0.1 that records every request made to it."""
    seen: list[str] = []
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Recorder, seen=seen)
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()


def _context(out: Path, templates: tuple[Path, ...] = ()) -> BuildContext:
    return context(out, epoch=1700000000, templates=templates)


def test_pdf_template_pointing_at_a_server_sends_no_request(
    tmp_path: Path, loopback: tuple[str, list[str]]
) -> None:
    url, seen = loopback
    folder = tmp_path / "templates" / "pdf"
    folder.mkdir(parents=True)
    html = (theme_path() / "pdf" / "print.html.j2").read_text(encoding="utf-8")
    html = html.replace(
        "</head>",
        f'<base href="{url}/">\n<link rel="stylesheet" href="{url}/evil.css">\n'
        '<link rel="stylesheet" href="relative.css">\n</head>',
        1,
    ).replace("<body>", f'<body>\n<img src="{url}/pixel.png" alt="">', 1)
    (folder / "print.html.j2").write_text(html, encoding="utf-8")
    css = (theme_path() / "pdf" / "print.css").read_text(encoding="utf-8")
    (folder / "print.css").write_text(f'@import url("{url}/import.css");\n{css}', "utf-8")
    ctx = _context(tmp_path / "out", (tmp_path / "templates",))
    build_pdf(view_of(read_document(SOURCE), "hostile"), ctx)
    time.sleep(0.2)
    assert seen == []
    refused = [d.message for d in ctx.reporter.diagnostics if "refused to fetch" in d.message]
    for name in ("evil.css", "import.css", "pixel.png"):  # each refusal is reported
        assert any(name in message for message in refused), name


METADATA_URLS = (
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/",
)


def test_pdf_template_asking_for_cloud_metadata_opens_no_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cloud metadata service (169.254.169.254 and its IPv6 and DNS names) holds a
    machine's credentials: a template that asks for it gets nothing, and no socket is even
    opened or name looked up during the build."""
    attempts: list[str] = []

    def refuse_connect(sock: socket.socket, address: object) -> None:
        attempts.append(f"connect {address}")
        raise OSError("the test forbids connections")

    def refuse_lookup(host: object, *args: object, **kwargs: object) -> list[object]:
        attempts.append(f"getaddrinfo {host}")
        raise OSError("the test forbids name lookups")

    folder = tmp_path / "templates" / "pdf"
    folder.mkdir(parents=True)
    links = "".join(f'<link rel="stylesheet" href="{url}">\n' for url in METADATA_URLS)
    images = "".join(f'<img src="{url}" alt="">' for url in METADATA_URLS)
    html = (theme_path() / "pdf" / "print.html.j2").read_text(encoding="utf-8")
    html = html.replace("</head>", links + "</head>", 1).replace("<body>", "<body>" + images, 1)
    (folder / "print.html.j2").write_text(html, encoding="utf-8")
    css = (theme_path() / "pdf" / "print.css").read_text(encoding="utf-8")
    imports = "".join(f'@import url("{url}");\n' for url in METADATA_URLS)
    (folder / "print.css").write_text(imports + css, encoding="utf-8")
    ctx = _context(tmp_path / "out", (tmp_path / "templates",))
    view = view_of(read_document(SOURCE), "metadata")
    monkeypatch.setattr(socket.socket, "connect", refuse_connect)
    monkeypatch.setattr(socket, "getaddrinfo", refuse_lookup)
    path = build_pdf(view, ctx)
    monkeypatch.undo()
    assert attempts == []
    refused = [d.message for d in ctx.reporter.diagnostics if "refused to fetch" in d.message]
    for url in METADATA_URLS:
        assert any(url in message for message in refused), url
    assert b"security-credentials" not in path.read_bytes()


def test_markup_in_a_source_is_text_in_the_epub(tmp_path: Path) -> None:
    doc = markdown.read(
        '---\ntriptych: 1\ntitle: "<script>alert(1)</script>"\nlang: "en"\n---\n\n'
        "<script>alert(2)</script> <img src=x onerror=alert(3)> "
        '<a href="javascript:alert(4)">x</a>\n'
    )
    path = build_epub(view_of(doc, "hostile"), _context(tmp_path))
    with zipfile.ZipFile(path) as book:
        pages = [book.read(n).decode() for n in book.namelist() if n.endswith(".xhtml")]
    for page in pages:
        tree = etree.fromstring(page.encode())
        assert not tree.xpath("//*[local-name()='script' or local-name()='img']")
        assert not [h for h in tree.xpath("//@href") if str(h).startswith("javascript:")]
        assert not tree.xpath("//@*[starts-with(local-name(), 'on')]")
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in "\n".join(pages)


def test_deeply_nested_xml_is_refused_quickly() -> None:
    depth = 20_000
    head = (
        '<?xml version="1.0"?><document xmlns="urn:triptych:document:1" version="1" '
        'xml:lang="en"><meta><title>x</title></meta><body><p>'
    )
    text = head + "<lead>" * depth + "x" + "</lead>" * depth + "</p></body></document>"
    started = time.perf_counter()
    with pytest.raises(SourceError) as caught:
        xml.read(text, "deep.xml")
    elapsed = time.perf_counter() - started
    # document, body and p are three levels: the 254th <lead> is the 257th, one too many;
    # libxml2 places the error at that tag's closing ">"
    assert (caught.value.line, caught.value.column) == (1, len(head) + 6 * 254)
    assert str(caught.value) == (
        f"deep.xml:1:{len(head) + 6 * 254}: error: not well-formed XML: elements are nested "
        "more than 256 deep here; a triptych document nests a few levels (body, p, lead, "
        "term), so this file is damaged or not a document"
    )
    assert elapsed < 1, elapsed


def test_deeply_nested_markdown_is_refused_quickly() -> None:
    text = '---\ntriptych: 1\ntitle: "x"\nlang: "en"\n---\n\n' + ">" * 5000 + " deep\n"
    started = time.perf_counter()
    with pytest.raises(SourceError) as caught:
        markdown.read(text, "deep.md")
    elapsed = time.perf_counter() - started
    # markdown-it gives blocks a line but no column
    assert (caught.value.line, caught.value.column) == (7, 0)
    assert str(caught.value).startswith(
        "deep.md:7: error: a block quote is not allowed: the triptych Markdown dialect has "
        "headings, paragraphs and one glossary; remove it, or escape its first character"
    )
    assert elapsed < 1, elapsed


# --- links in a template folder ----------------------------------------------------------------

SECRET = "SECRET-3f9c2a outside the project"
SMALL_DOC = '---\ntriptych: 1\ntitle: "Linked"\nlang: "en"\n---\n\nOne paragraph.\n'


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return triptych(*args, cwd=cwd, env={"SOURCE_DATE_EPOCH": "1700000000"})


def _themed_project(tmp_path: Path) -> tuple[Path, Path]:
    """A one-document project with ``[build] templates = "theme"``, and a secret file beside it
    that no edition may ever contain."""
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    project = tmp_path / "project"
    (project / "content" / "linked").mkdir(parents=True)
    (project / "content" / "linked" / "document.md").write_text(SMALL_DOC, encoding="utf-8")
    (project / "triptych.toml").write_text('[build]\ntemplates = "theme"\n', encoding="utf-8")
    return project, secret


def _published(build: Path) -> bytes:
    """Every byte under ``build``, EPUBs unpacked, for looking for the secret."""
    out = b""
    for path in sorted(build.rglob("*")):
        if path.is_file():
            out += path.read_bytes()
            if path.suffix == ".epub":
                with zipfile.ZipFile(path) as book:
                    out += b"".join(book.read(n) for n in book.namelist())
    return out


def test_a_linked_html_asset_leading_outside_the_templates_is_refused(tmp_path: Path) -> None:
    project, secret = _themed_project(tmp_path)
    assets = project / "theme" / "html" / "assets"
    assets.mkdir(parents=True)
    (assets / "leak.css").symlink_to(secret)
    run = _cli("build", "--edition", "html", cwd=project)
    assert run.returncode == 6, run.stderr
    assert (
        "theme/html/assets/leak.css: error: this leads through a link to "
        f"{secret}, outside the theme and the template folders" in run.stderr
    )
    assert "Put a copy of the file in the template folder instead of the link" in run.stderr
    assert not (project / "build" / "site").exists()
    assert SECRET.encode() not in _published(project / "build")


def test_a_linked_asset_folder_leading_outside_is_refused(tmp_path: Path) -> None:
    project, _ = _themed_project(tmp_path)
    (project / "theme" / "html").mkdir(parents=True)
    (project / "theme" / "html" / "assets").symlink_to(tmp_path, target_is_directory=True)
    run = _cli("build", "--edition", "html", cwd=project)
    assert run.returncode == 6, run.stderr
    assert "theme/html/assets: error: this leads through a link to" in run.stderr
    assert SECRET.encode() not in _published(project / "build")


def test_links_that_stay_inside_the_templates_are_followed(tmp_path: Path) -> None:
    project, _ = _themed_project(tmp_path)
    theme = project / "theme"
    (theme / "html" / "assets").mkdir(parents=True)
    (theme / "epub").mkdir(parents=True)
    (theme / "shared.css").write_text("p { margin: 0 } /* shared */\n", encoding="utf-8")
    (theme / "html" / "assets" / "extra.css").symlink_to(theme / "shared.css")
    book_css = (theme_path() / "epub" / "book.css").read_text(encoding="utf-8")
    (theme / "book.css").write_text(book_css + "/* linked */\n", encoding="utf-8")
    (theme / "epub" / "book.css").symlink_to(Path("..") / "book.css")
    run = _cli("build", "--edition", "html", "--edition", "epub", cwd=project)
    assert run.returncode == 0, run.stderr
    copied = project / "build" / "site" / "assets" / "extra.css"
    assert copied.read_text(encoding="utf-8").endswith("/* shared */\n")
    assert not copied.is_symlink()
    with zipfile.ZipFile(project / "build" / "epub" / "linked.epub") as book:
        assert b"/* linked */" in book.read("EPUB/css/book.css")


def test_an_asset_folder_linking_back_to_itself_is_refused(tmp_path: Path) -> None:
    project, _ = _themed_project(tmp_path)
    assets = project / "theme" / "html" / "assets"
    assets.mkdir(parents=True)
    (assets / "loop").symlink_to(assets, target_is_directory=True)
    run = _cli("build", "--edition", "html", cwd=project)
    assert run.returncode == 6, run.stderr
    assert "theme/html/assets/loop: error: this folder links back" in run.stderr


def test_a_linked_epub_stylesheet_leading_outside_the_templates_is_refused(
    tmp_path: Path,
) -> None:
    project, secret = _themed_project(tmp_path)
    (project / "theme" / "epub").mkdir(parents=True)
    (project / "theme" / "epub" / "book.css").symlink_to(secret)
    run = _cli("build", "--edition", "xml", "--edition", "epub", cwd=project)
    assert run.returncode == 1, run.stderr
    assert (
        f"failed linked: {project}/theme/epub/book.css: error: this leads through a link to "
        f"{secret}, outside the theme and the template folders" in run.stderr
    )
    assert not (project / "build" / "epub" / "linked.epub").exists()
    assert SECRET.encode() not in _published(project / "build")


@pytest.mark.parametrize("template", ["epub/chapter.xhtml.j2", "html/document.html.j2"])
def test_a_linked_template_leading_outside_is_refused(tmp_path: Path, template: str) -> None:
    project, secret = _themed_project(tmp_path)
    link = project / "theme" / template
    link.parent.mkdir(parents=True)
    link.symlink_to(secret)
    edition = template.split("/")[0]
    run = _cli("build", "--edition", edition, cwd=project)
    assert run.returncode != 0
    assert f"theme/{template}: error: this leads through a link to {secret}" in run.stderr
    assert SECRET.encode() not in _published(project / "build")


# --- vbscript:, data: and event handlers in a source, in every edition --------------------------

HOSTILE_MARKDOWN = """---
triptych: 3
title: "<a href=\\"vbscript:msgbox(1)\\">t</a><svg onload=alert(1)>"
byline: "<a href=\\"javascript:alert(16)\\" onclick=\\"alert(17)\\">b</a>"
lang: "en"
issuer: "<img src=\\"data:image/svg+xml,<svg onload=alert(2)>\\" onerror=\\"alert(3)\\">"
source: "javascript:alert(4)"
---

# <a href="vbscript:msgbox(5)" onclick="alert(6)">Heading</a> {#heading}

<a href="vbscript:msgbox(7)">v</a> <a href="data:text/html;base64,PHNjcmlwdD4=">d</a> \
<img src="data:image/png;base64,iVBORw0KGgo=" onerror="alert(9)"> \
<div onmouseover="alert(10)">x</div> <body onload="alert(11)"> uses [the term]{term="term"} \
and [bad]{term="nowhere"}.

::: glossary <b onclick="alert(13)">Glossary</b>

[the <i onfocus="alert(14)">term</i>]{#term}
: <a href="data:text/html,<script>alert(15)</script>">defined</a> with \
<object data="vbscript:x"></object>.

:::
"""

HOSTILE_XML = """<?xml version="1.0" encoding="UTF-8"?>
<document xmlns="urn:triptych:document:3" version="3" xml:lang="en">
  <meta>
    <title>&lt;a href="vbscript:msgbox(1)"&gt;t&lt;/a&gt;&lt;svg onload=alert(1)&gt;</title>
    <byline><![CDATA[<a href="javascript:alert(16)" onclick="alert(17)">b</a>]]></byline>
    <issuer><![CDATA[<img src="data:image/svg+xml,<svg onload=alert(2)>" onerror="alert(3)">]]>\
</issuer>
    <source>javascript:alert(4)</source>
  </meta>
  <body>
    <h level="1" id="heading"><![CDATA[<a href="vbscript:msgbox(5)" onclick="alert(6)">]]>\
Heading&lt;/a&gt;</h>
    <p><![CDATA[<a href="vbscript:msgbox(7)">v</a> <a href="data:text/html;base64,PHNjcmlwdD4=">\
d</a> <img src="data:image/png;base64,iVBORw0KGgo=" onerror="alert(9)"> \
<div onmouseover="alert(10)">x</div> <body onload="alert(11)"> uses ]]><term ref="term">the \
term</term> and <term ref="nowhere">bad</term>.</p>
  </body>
  <glossary title="&lt;b onclick=&quot;alert(13)&quot;&gt;Glossary&lt;/b&gt;">
    <entry id="term">
      <term>the &lt;i onfocus="alert(14)"&gt;term&lt;/i&gt;</term>
      <definition><![CDATA[<a href="data:text/html,<script>alert(15)</script>">defined</a> \
with <object data="vbscript:x"></object>.]]></definition>
    </entry>
  </glossary>
</document>
"""

_SCHEMES = ("javascript:", "vbscript:", "data:")
_ACTIVE = {"script", "iframe", "frame", "object", "embed", "img", "image", "form", "base", "svg"}


def _active_markup(root: etree._Element, allowed: frozenset[str] = frozenset()) -> list[str]:
    """Every element that could run or fetch something, every event handler and every URL
    with a scripting or data scheme in the tree (white space and controls ignored, as
    browsers ignore them)."""
    found = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        name = etree.QName(el).localname.lower()
        if name in _ACTIVE - allowed:
            found.append(f"<{name}>")
        for key, value in el.attrib.items():
            attr = etree.QName(key).localname.lower()
            if attr.startswith("on"):
                found.append(f"{name} @{attr}")
            if re.sub(r"[\x00-\x20]", "", value).lower().startswith(_SCHEMES):
                found.append(f"{name} @{attr}={value}")
    return found


def test_scripting_urls_and_handlers_are_inert_in_every_edition(tmp_path: Path) -> None:
    project = tmp_path / "project"
    for slug, name, text in (
        ("hostile-md", "document.md", HOSTILE_MARKDOWN),
        ("hostile-xml", "document.xml", HOSTILE_XML),
    ):
        (project / "content" / slug).mkdir(parents=True)
        (project / "content" / slug / name).write_text(text, encoding="utf-8")
    run = _cli("build", cwd=project)  # every edition: XML, HTML, PDF, EPUB
    assert run.returncode == 0, run.stderr
    build = project / "build"
    for slug in ("hostile-md", "hostile-xml"):
        page = build / "site" / slug / "index.html"
        tree = lxml_html.parse(str(page)).getroot()
        assert _active_markup(tree) == [], page
        text = page.read_text("utf-8")
        assert "&lt;a href=&#34;vbscript:msgbox(7)&#34;&gt;v&lt;/a&gt;" in text, slug
        assert "&lt;div onmouseover=&#34;alert(10)&#34;&gt;" in text, slug
        assert "&lt;a href=&#34;javascript:alert(16)&#34; onclick=&#34;alert(17)&#34;&gt;" in text
        with zipfile.ZipFile(build / "epub" / f"{slug}.epub") as book:
            for member in book.namelist():
                if member.endswith((".xhtml", ".svg", ".ncx", ".opf")):
                    root = etree.fromstring(book.read(member))
                    # the cover is the theme's own SVG drawing, the one svg allowed
                    allowed = frozenset({"svg"}) if member.endswith("cover.svg") else frozenset()
                    assert _active_markup(root, allowed) == [], f"{slug}.epub {member}"
        with pikepdf.open(build / "pdf" / f"{slug}.pdf") as pdf:
            names = pdf.Root.get("/Names", pikepdf.Dictionary())
            assert "/JavaScript" not in names and "/OpenAction" not in pdf.Root
            assert "/AA" not in pdf.Root
            for obj in pdf.objects:
                if not isinstance(obj, pikepdf.Dictionary):
                    continue
                assert "/JS" not in obj, f"{slug}.pdf has JavaScript"
                assert obj.get("/S") not in (pikepdf.Name.JavaScript, pikepdf.Name.Launch)
                if "/URI" in obj:
                    uri = str(obj.URI).lower()
                    assert not uri.startswith((*_SCHEMES, "file:")), f"{slug}.pdf links {uri}"
    index = lxml_html.parse(str(build / "site" / "index.html")).getroot()
    # the index page's only scripts are the theme's search, loaded from the site itself
    scripts = [s.get("src") for s in index.iter("script")]
    assert scripts == ["pagefind/pagefind-ui.js", "assets/search.js"]
    assert _active_markup(index, frozenset({"script"})) == []
