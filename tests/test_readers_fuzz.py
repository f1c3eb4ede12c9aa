"""The readers over anything at all: arbitrary text, and valid sources cut, spliced and
sprinkled with markup. Each call returns a document or raises ``SourceError`` with a message;
no other exception ever escapes. `nox -s fuzz` runs these with thousands of fresh examples."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from paths import FIXTURES
from triptych.diagnostics import Reporter
from triptych.errors import SourceError
from triptych.model import Document
from triptych.readers import markdown, xml

CANONICAL = FIXTURES / "canonical"
SMALL_MD = (CANONICAL / "small.md").read_text(encoding="utf-8")
SMALL_XML = (CANONICAL / "small.xml").read_text(encoding="utf-8")

# What each format gives meaning to, whole constructs and single characters, so mutations
# open, close, nest and break them rather than only adding text.
MARKDOWN_PIECES = [
    "---\n",
    "\n---\n",
    "...\n",
    "triptych: 1\n",
    "triptych: 2\n",
    "triptych: 3\n",
    'byline: "b"\n',
    "title: [1, 2]\n",
    "lang: \n",
    "key: value\n",
    "# ",
    "###### ",
    "####### ",
    "{#",
    "{#id}",
    "{#a}",
    "{#a.b}",
    '{#x number="',
    '{term="',
    '{note="',
    "{.lead}",
    "{.other}",
    '{term="x" note="y"}',
    "]",
    "[",
    "[x]{",
    "::: glossary",
    ":::",
    "\n: ",
    ": ",
    "> ",
    "- ",
    "1. ",
    "```\n",
    "    ",
    "<script>",
    "<!--",
    "-->",
    "\\",
    "`",
    "*",
    "_",
    "|",
    "![a](b)",
    "[a](javascript:x)",
    "&amp;",
    "&#0;",
    "\x00",
    "\x0b",
    "\u2028",
    "\u3000",
    "\ufeff",
    "\r",
    "\r\n",
    "\n\n",
]
XML_PIECES = [
    "<",
    ">",
    "</",
    "/>",
    "&",
    ";",
    '"',
    "'",
    "=",
    "<p>",
    "</p>",
    "<h>",
    '<h level="9" id="a">',
    '<term ref="',
    '<note ref="x">',
    "</term>",
    "<lead>",
    "</lead>",
    '<entry id="a">',
    "<glossary>",
    "</glossary>",
    "<![CDATA[",
    "]]>",
    "<!--",
    "-->",
    "<?pi x?>",
    '<?xml version="1.0" encoding="latin-1"?>',
    "<!DOCTYPE d [<!ENTITY e 'x'>]>",
    "&e;",
    "&lt;",
    "&#0;",
    "&#x1F;",
    "&#xD800;",
    "&#1114112;",
    'xml:lang="',
    'xmlns="urn:x"',
    'version="2"',
    'version="3"',
    "<byline>b</byline>",
    "\x00",
    "\x0b",
    "\ud800",
    "\ufffe",
    "\ufeff",
    "\r",
    "\n",
]


def _mutated(base: str, pieces: list[str]) -> st.SearchStrategy[str]:
    """``base`` after one to six edits: a stretch deleted, repeated or replaced by a piece of
    markup or by arbitrary text."""

    @st.composite
    def build(draw: st.DrawFn) -> str:
        text = base
        for _ in range(draw(st.integers(1, 6))):
            start = draw(st.integers(0, len(text)))
            end = draw(st.integers(start, min(len(text), start + 60)))
            edit = draw(st.sampled_from(["delete", "repeat", "piece", "text"]))
            if edit == "delete":
                text = text[:start] + text[end:]
            elif edit == "repeat":
                text = text[:end] + text[start:end] + text[end:]
            elif edit == "piece":
                text = text[:start] + draw(st.sampled_from(pieces)) + text[end:]
            else:
                text = text[:start] + draw(st.text(max_size=12)) + text[end:]
        return text

    return build()


def _read_or_refuse(read: Callable[[str, str, Reporter], Document], text: str) -> None:
    """``read`` returns a document, or refuses with a ``SourceError`` that names the file;
    any other exception fails the test."""
    try:
        doc = read(text, "fuzz.src", Reporter())
    except SourceError as err:
        assert err.source == "fuzz.src"
        assert err.message.strip()
        event("refused")  # --hypothesis-show-statistics counts the two outcomes
        return
    assert isinstance(doc, Document)
    event("read")


def _read_markdown(text: str, source: str, reporter: Reporter) -> Document:
    return markdown.read(text, source, reporter)


def _read_xml(text: str, source: str, reporter: Reporter) -> Document:
    return xml.read(text, source, reporter)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_markdown_reader_reads_or_refuses_any_text(text: str) -> None:
    _read_or_refuse(_read_markdown, text)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.text().map(lambda s: '---\ntriptych: 1\ntitle: "t"\nlang: "en"\n---\n\n' + s))
def test_markdown_reader_reads_or_refuses_any_body(text: str) -> None:
    _read_or_refuse(_read_markdown, text)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(_mutated(SMALL_MD, MARKDOWN_PIECES))
def test_markdown_reader_reads_or_refuses_a_mutated_source(text: str) -> None:
    _read_or_refuse(_read_markdown, text)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_xml_reader_reads_or_refuses_any_text(text: str) -> None:
    _read_or_refuse(_read_xml, text)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(_mutated(SMALL_XML, XML_PIECES))
def test_xml_reader_reads_or_refuses_a_mutated_source(text: str) -> None:
    _read_or_refuse(_read_xml, text)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(
    st.binary(max_size=16),
    st.integers(0, len(SMALL_XML.encode())),
    st.integers(0, 8),
)
def test_xml_reader_reads_or_refuses_mutated_bytes(junk: bytes, at: int, cut: int) -> None:
    data = SMALL_XML.encode()
    data = data[:at] + junk + data[at + cut :]
    try:
        doc = xml.read(data, "fuzz.xml", Reporter())
    except SourceError as err:
        assert err.source == "fuzz.xml" and err.message.strip()
        event("refused")
        return
    assert isinstance(doc, Document)
    event("read")
