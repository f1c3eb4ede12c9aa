"""Hostile input does nothing: no request leaves the machine, no markup survives as markup,
and absurd nesting is refused quickly."""

from __future__ import annotations

import functools
import http.server
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from paths import ROOT
from triptych.editions import BuildContext, view_of
from triptych.editions.epub import build_epub
from triptych.editions.pdf import build_pdf
from triptych.editions.templating import theme_path
from triptych.errors import SourceError
from triptych.readers import markdown, xml
from triptych.sources import read_document

SOURCE = ROOT / "content" / "hengyang-2021-work-report" / "document.md"


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
    return BuildContext(
        project=ROOT,
        out=out,
        epoch=1700000000,
        site_title="t",
        site_lang="zh-CN",
        templates=templates,
    )


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
    assert ctx.reporter.diagnostics  # each refusal is reported


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
    text = (
        '<?xml version="1.0"?><document xmlns="urn:triptych:document:1" version="1" '
        'xml:lang="en"><meta><title>x</title></meta><body><p>'
        + "<lead>" * depth
        + "x"
        + "</lead>" * depth
        + "</p></body></document>"
    )
    started = time.perf_counter()
    with pytest.raises(SourceError):
        xml.read(text, "deep.xml")
    assert time.perf_counter() - started < 10


def test_deeply_nested_markdown_is_refused_quickly() -> None:
    text = '---\ntriptych: 1\ntitle: "x"\nlang: "en"\n---\n\n' + ">" * 5000 + " deep\n"
    started = time.perf_counter()
    with pytest.raises(SourceError):
        markdown.read(text, "deep.md")
    assert time.perf_counter() - started < 10
