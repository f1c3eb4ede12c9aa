"""Code in the model and both source formats: literal text and preformatted lines survive every
round trip character for character, and nothing links, folds or repairs them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from paths import FIXTURES
from runner import triptych
from triptych import schema
from triptych.diagnostics import Reporter
from triptych.errors import SourceError
from triptych.lint import lint
from triptych.model import (
    Code,
    CodeBlock,
    Document,
    Glossary,
    GlossaryEntry,
    Heading,
    Meta,
    Paragraph,
    TermRef,
    Text,
    backrefs,
    canonical,
    inlines,
    nodes,
    plain,
    walk,
)
from triptych.normalise.crosslinks import link, term_pattern
from triptych.readers import markdown as md_reader
from triptych.readers import xml as xml_reader
from triptych.writers import markdown as md_writer
from triptych.writers import text as text_writer
from triptych.writers import xml as xml_writer

CODE_MD = FIXTURES / "canonical" / "code.md"
CODE_XML = FIXTURES / "canonical" / "code.xml"
FRONT = '---\ntriptych: 2\ntitle: "t"\nlang: "en"\n---\n\n'
FRONT_V1 = FRONT.replace("triptych: 2", "triptych: 1")


def _doc(*blocks: Paragraph | Heading | CodeBlock) -> Document:
    entry = GlossaryEntry("term", "glossary term", (Text("A defined word."),))
    return canonical(Document(Meta("t", "en"), blocks, Glossary("", (entry,))))


def _both_ways(doc: Document) -> None:
    """``doc`` comes back whole from Markdown and from XML, and each file is written again as
    it was read."""
    markdown = md_writer.write(doc)
    assert md_reader.read(markdown) == doc
    assert md_writer.write(md_reader.read(markdown)) == markdown
    xml = xml_writer.write(doc)
    assert xml_reader.read(xml) == doc
    assert xml_writer.write(xml_reader.read(xml)) == xml


def _md_refused(text: str) -> SourceError:
    with pytest.raises(SourceError) as caught:
        md_reader.read(text, "t.md")
    return caught.value


def _xml_refused(text: str) -> SourceError:
    with pytest.raises(SourceError) as caught:
        xml_reader.read(text, "t.xml")
    return caught.value


# --- the model ----------------------------------------------------------------------------------


def test_code_keeps_its_spaces_while_the_text_around_it_is_folded() -> None:
    seq = inlines(["  see\n ", Code("  a\tb  "), "  and  ", Code(" c "), "  "])
    assert seq == (Text("see "), Code("  a\tb  "), Text(" and "), Code(" c "))


def test_adjacent_code_runs_merge_and_empty_code_vanishes() -> None:
    assert inlines([Code("a"), Code(""), Code(" b"), "", Code("c ")]) == (Code("a bc "),)
    assert inlines([Code("")]) == ()


def test_a_line_break_in_code_becomes_a_space_as_in_a_markdown_code_span() -> None:
    assert inlines([Code("a\nb\r\nc\rd")]) == (Code("a b c d"),)


def test_a_code_block_keeps_every_space_tab_and_blank_line() -> None:
    text = "\n  first\t line  \n\n\n last\n"
    [block] = canonical(Document(Meta("t", "en"), (CodeBlock(text, " toml "),))).blocks
    assert block == CodeBlock(text, "toml")


def test_a_code_block_takes_every_line_ending_as_a_line_break() -> None:
    [block] = canonical(Document(Meta("t", "en"), (CodeBlock("a\r\nb\rc"),))).blocks
    assert block == CodeBlock("a\nb\nc")


def test_a_code_block_of_white_space_only_vanishes_like_an_empty_paragraph() -> None:
    doc = Document(Meta("t", "en"), (CodeBlock(" \n\t\n"), CodeBlock(""), Paragraph(())))
    assert canonical(doc).blocks == ()


def test_code_is_text_a_reader_sees() -> None:
    assert plain((Text("run "), Code("triptych build"), Text("."))) == "run triptych build."


def test_traversal_visits_code_and_code_blocks() -> None:
    doc = _doc(Paragraph((Text("a "), Code("x"))), CodeBlock("y", "toml"))
    found = [n for n in nodes(doc) if isinstance(n, Code | CodeBlock)]
    assert found == [Code("x"), CodeBlock("y", "toml")]
    shouted = walk(doc, lambda n: Code(n.text.upper()) if isinstance(n, Code) else n)
    assert shouted.blocks[0] == Paragraph((Text("a "), Code("X")))


# --- never linked, repaired or linted -----------------------------------------------------------


def test_term_linking_passes_code_by() -> None:
    entry = GlossaryEntry("term", "glossary term", (Text("A defined word."),))
    found = term_pattern((entry,))
    assert found is not None
    seq = (Text("a glossary term and "), Code("glossary term"))
    assert link(seq, *found) == (
        Text("a "),
        TermRef("term", "glossary term"),
        Text(" and "),
        Code("glossary term"),
    )


def test_back_links_count_only_references_outside_code() -> None:
    doc = _doc(
        Paragraph((Code("glossary term"),)),
        CodeBlock("glossary term"),
        Paragraph((TermRef("term", "glossary term"), Text("."))),
    )
    assert [r.block for r in backrefs(doc)["term"]] == [2]


def test_lint_does_not_take_a_paragraph_ending_in_code_for_one_cut_short() -> None:
    doc = _doc(
        Paragraph((Text("Build the site with "), Code("triptych build"))),
        CodeBlock("no closing punctuation here"),
        Paragraph((TermRef("term", "glossary term"), Text(" is defined."))),
    )
    assert lint(doc) == []


def test_the_plain_text_writer_gives_a_code_blocks_lines_as_they_are() -> None:
    doc = _doc(Paragraph((Text("See "), Code("a  b"), Text("."))), CodeBlock("x = 1\n  y = 2"))
    assert "See a  b.\n\nx = 1\n  y = 2\n\n" in text_writer.write(doc)


# --- both formats -------------------------------------------------------------------------------


def test_the_code_fixture_reads_and_writes_back_byte_for_byte_in_both_formats() -> None:
    markdown = CODE_MD.read_text(encoding="utf-8")
    xml = CODE_XML.read_text(encoding="utf-8")
    doc = md_reader.read(markdown, "code.md")
    assert xml_reader.read(xml, "code.xml") == doc
    assert md_writer.write(doc) == markdown
    assert xml_writer.write(doc) == xml
    assert (
        CodeBlock(
            '[site]\ntitle = "示例站点"\n\n[build]\neditions = ["html", "pdf", "epub"]', "toml"
        )
        in doc.blocks
    )


SPANS = [
    "a`b",
    "``",
    "`",
    "`a",
    "a`",
    " `` ",
    " padded ",
    " leading",
    "trailing ",
    "   ",
    "\t",
    "<script>alert('x')</script>",
    '[六大强农行动]{term="liu-da"}',
    "{#id}",
    "*a* _b_",
    "&amp; &#35;",
    "\\",
    "a\\",
    "# not a heading",
    "1. not a list",
    "::: glossary",
    "中文，标点；不改",
    "„quotes“ — and ‘more’",
]


@pytest.mark.parametrize("text", SPANS)
def test_a_code_span_holds_any_text_on_the_line(text: str) -> None:
    for seq in [(Text("see "), Code(text), Text(" here")), (Code(text),), (Code(text), Text("x"))]:
        _both_ways(_doc(Paragraph(seq), Paragraph(seq, lead=(Code(text), Text(" lead")))))


def test_the_markdown_writer_fences_a_code_span_with_a_longer_run_of_backticks() -> None:
    doc = _doc(Paragraph((Code("a ``` b"),)))
    assert "\n\n```` a ``` b ````\n" not in md_writer.write(doc)
    assert "\n\n````a ``` b````\n" in md_writer.write(doc)


BLOCKS = [
    'out = "build"',
    "\nleading blank line",
    "trailing blank line\n",
    "two\n\n\nblank lines",
    "  indented\n\ttabbed\n    more  ",
    "```\nfence inside\n```",
    "``````",
    "~~~\ntildes\n~~~",
    "<script>alert('x')</script>\n&amp; &lt;",
    "---\ntriptych: 1\n---",
    ":::\n::: glossary\n:::",
    "# not a heading\n- not a list\n> not a quote",
    "line ends in spaces   \nand a backslash\\",
    "中文代码\n  缩进",
]


@pytest.mark.parametrize("text", BLOCKS)
@pytest.mark.parametrize("language", ["", "toml", "c++", "objective-c", "F#", "jinja2.html"])
def test_a_code_block_holds_any_lines(text: str, language: str) -> None:
    _both_ways(_doc(Paragraph((Text("before"),)), CodeBlock(text, language)))
    _both_ways(_doc(CodeBlock(text, language)))


def test_the_markdown_writer_fences_a_code_block_with_a_longer_run_of_backticks() -> None:
    written = md_writer.write(_doc(CodeBlock("a ````` b\n```", "toml")))
    assert "\n\n``````toml\na ````` b\n```\n``````\n" in written


def test_converting_markdown_to_xml_and_back_gives_the_same_file(tmp_path: Path) -> None:
    source = tmp_path / "guide.md"
    source.write_bytes(CODE_MD.read_bytes())
    for args in (("guide.md", "guide.xml"), ("guide.xml", "again.md")):
        run = triptych("convert", *args, cwd=tmp_path)
        assert run.returncode == 0, run.stderr
    assert (tmp_path / "guide.xml").read_bytes() == CODE_XML.read_bytes()
    assert (tmp_path / "again.md").read_bytes() == CODE_MD.read_bytes()


# --- versions: a document is written in the oldest version that holds it ------------------------


def test_a_document_without_code_is_written_as_version_1_and_one_with_code_as_version_2() -> None:
    plain_doc = _doc(Paragraph((Text("text"),)))
    assert md_writer.write(plain_doc).startswith("---\ntriptych: 1\n")
    assert 'xmlns="urn:triptych:document:1" version="1"' in xml_writer.write(plain_doc)
    for code in (Paragraph((Code("x"),)), CodeBlock("x")):
        doc = _doc(code)
        assert md_writer.write(doc).startswith("---\ntriptych: 2\n")
        assert 'xmlns="urn:triptych:document:2" version="2"' in xml_writer.write(doc)
    defined = GlossaryEntry("g", "g", (Code("x"),))
    in_glossary = Document(Meta("t", "en"), (), Glossary("", (defined,)))
    assert md_writer.write(in_glossary).startswith("---\ntriptych: 2\n")


def test_a_version_2_file_without_code_reads_and_is_written_as_version_1() -> None:
    doc = md_reader.read(FRONT + "text\n")
    assert md_writer.write(doc) == FRONT_V1 + "text\n"
    xml = xml_writer.write(doc)
    upgraded = xml.replace("document:1", "document:2").replace('version="1" xml', 'version="2" xml')
    assert xml_reader.read(upgraded) == doc


@pytest.mark.parametrize(
    ("body", "what"),
    [("see `code`\n", "a code span"), ("```\ncode\n```\n", "a fenced code block")],
)
def test_code_in_a_markdown_file_of_version_1_is_refused_naming_version_2(
    body: str, what: str
) -> None:
    error = _md_refused(FRONT_V1 + body)
    assert error.line == 7
    assert f"{what} is not allowed in dialect version 1" in error.message
    assert "write `triptych: 2`" in error.message


def test_code_in_an_xml_file_of_version_1_breaks_the_version_1_schema() -> None:
    xml = xml_writer.write(_doc(Paragraph((Code("x"),))))
    old = xml.replace("document:2", "document:1").replace('version="2" xml', 'version="1" xml')
    error = _xml_refused(old)
    assert "schema (version 1)" in error.message and "code" in error.message


def test_an_unknown_version_names_the_versions_this_triptych_reads() -> None:
    error = _md_refused(FRONT.replace("triptych: 2", "triptych: 4") + "text\n")
    assert "reads versions 1, 2 and 3" in error.message
    xml = xml_writer.write(_doc(Paragraph((Code("x"),))))
    error = _xml_refused(xml.replace("document:2", "document:4").replace('"2" xml', '"4" xml'))
    assert "'urn:triptych:document:4'" in error.message
    assert "version 1 (namespace urn:triptych:document:1)," in error.message
    assert "version 2 (namespace urn:triptych:document:2) and" in error.message
    assert "version 3 (namespace urn:triptych:document:3)" in error.message


def test_a_version_attribute_that_disagrees_with_the_namespace_is_refused() -> None:
    xml = xml_writer.write(_doc(Paragraph((Code("x"),))))
    error = _xml_refused(xml.replace('version="2" xml', 'version="1" xml'))
    assert "version '1' in namespace 'urn:triptych:document:2'" in error.message


def test_every_schema_names_only_the_vocabulary_constants_and_the_newest_names_them_all() -> None:
    found: dict[str, set[str]] = {}
    for version in schema.SUPPORTED_VERSIONS:
        rng = etree.parse(str(Path(schema.__file__).with_name(f"triptych-{version}.rng")))
        assert rng.getroot().get("ns") == schema.namespace(version)
        found[version] = {
            str(el.get("name"))
            for kind in ("element", "attribute")
            for el in rng.iter(f"{{http://relaxng.org/ns/structure/1.0}}{kind}")
        }
    assert found["1"] < found["2"] < found["3"] == schema.ELEMENTS | schema.ATTRIBUTES
    assert found["2"] - found["1"] == {"code", "pre", "language"}
    assert found["3"] - found["2"] == {"byline"}


# --- the Markdown dialect -----------------------------------------------------------------------


def test_a_tilde_fence_reads_like_a_backtick_fence_and_is_written_with_backticks() -> None:
    doc = md_reader.read(FRONT + "~~~toml\na = 1\n~~~\n")
    assert doc.blocks == (CodeBlock("a = 1", "toml"),)
    assert md_writer.write(doc).endswith("```toml\na = 1\n```\n")


def test_a_code_block_in_markdown_keeps_the_lines_it_was_read_from() -> None:
    doc = md_reader.read(FRONT + "text\n\n```toml\n\na = 1\n\n```\n", "t.md")
    [_, block] = doc.blocks
    assert block == CodeBlock("\na = 1\n", "toml")
    assert (block.provenance.first_line, block.provenance.last_line) == (9, 13)


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("```toml\na = 1\n", 7, "never closed; end it with a line ```"),
        ("text\n\n````\na\n```\n", 9, "never closed; end it with a line ````"),
        ("~~~\na\n```\n", 7, "never closed"),
        ("```toml extra\na\n```\n", 7, "names its language only"),
        ("```{.toml}\na\n```\n", 7, "names its language only"),
        ("text\n\n    indented code\n", 9, "an indented code block is not allowed"),
        ("# Run `build` {#run}\n", 7, "a code span is not allowed here"),
        ('[`build`]{term="term"}\n', 7, "a code span is not allowed here"),
        ("`code`{.toml}\n", 7, "a code span takes no attributes"),
        ('text `code`{onclick="x"}\n', 7, "a code span takes no attributes"),
        ("::: glossary\n\n[`g`]{#g}\n: def\n\n:::\n", 9, "a code span is not allowed here"),
        ("::: glossary\n\n```\na\n```\n\n:::\n", 9, "a fenced code block in the glossary"),
    ],
)
def test_code_outside_the_dialect_is_refused_with_its_line(
    body: str, line: int, words: str
) -> None:
    error = _md_refused(FRONT + body)
    assert (error.line, words in error.message) == (line, True), error.message


def test_a_code_span_in_a_definition_is_read() -> None:
    doc = md_reader.read(FRONT + "::: glossary\n\n[g]{#g}\n: run `a  b` now\n\n:::\n")
    assert doc.glossary.entries[0].definition == (Text("run "), Code("a  b"), Text(" now"))


def test_the_markdown_writer_refuses_a_language_the_dialect_cannot_hold() -> None:
    with pytest.raises(ValueError, match="'two words'"):
        md_writer.write(_doc(CodeBlock("x", "two words")))


# --- the XML vocabulary -------------------------------------------------------------------------

PRE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<document xmlns="urn:triptych:document:2" version="2" xml:lang="en">\n'
    "  <meta><title>t</title></meta>\n"
    "  <body>\n{}\n  </body>\n"
    "</document>\n"
)


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("<pre>one line</pre>", "one line"),
        ("<pre>\nfirst\n  second\n</pre>", "first\n  second"),
        ("    <pre>\nfirst\n  second\n    </pre>", "first\n  second"),
        ("<pre>\n\nblank first\n\n</pre>", "\nblank first\n"),
        ("<pre>  spaces\t \n</pre>", "  spaces\t "),
        ("<pre><![CDATA[\n<a> & b\n]]></pre>", "<a> & b"),
        ("<pre>a<!-- gone -->b</pre>", "ab"),
    ],
)
def test_the_line_breaks_at_the_tags_of_a_pre_are_layout(body: str, text: str) -> None:
    assert xml_reader.read(PRE.format(body)).blocks == (CodeBlock(text),)


def test_code_in_xml_keeps_its_white_space_and_markup_as_text() -> None:
    body = "<p> see <code>  a &lt;b&gt; &amp;  </code>  now </p>"
    [para] = xml_reader.read(PRE.format(body)).blocks
    assert para == Paragraph((Text("see "), Code("  a <b> &  "), Text(" now")))


@pytest.mark.parametrize(
    "body",
    [
        '<pre language="two words">x</pre>',
        '<pre language="">x</pre>',
        "<pre>x<code>y</code></pre>",
        "<p><code>x<term ref='a'>y</term></code></p>",
        "<h level='1' id='a'>x<code>y</code></h>",
    ],
)
def test_what_the_schema_does_not_allow_in_code_is_refused(body: str) -> None:
    assert "breaks the triptych XML schema (version 2)" in _xml_refused(PRE.format(body)).message


def test_script_in_code_is_escaped_in_both_source_formats() -> None:
    doc = _doc(Paragraph((Code("<script>x</script>"),)), CodeBlock("</pre><script>y</script>"))
    xml = xml_writer.write(doc)
    assert "<script>" not in xml and "&lt;/pre&gt;&lt;script&gt;y&lt;/script&gt;" in xml
    assert re.search(r"<code>&lt;script&gt;x&lt;/script&gt;</code>", xml)


def test_the_xml_writer_refuses_a_control_character_in_code_naming_it() -> None:
    with pytest.raises(SourceError, match="code block 1: text contains U\\+0001"):
        xml_writer.write(_doc(CodeBlock("a\x01")))


def test_reading_reports_nothing_for_code() -> None:
    reporter = Reporter()
    md_reader.read(CODE_MD.read_text(encoding="utf-8"), "code.md", reporter)
    xml_reader.read(CODE_XML.read_bytes(), "code.xml", reporter)
    assert reporter.diagnostics == []


def test_a_version_2_file_is_told_that_the_dialect_has_code_blocks() -> None:
    error = _md_refused(FRONT + "> a quote\n")
    assert "headings, paragraphs, fenced code blocks and one glossary" in error.message
