"""The canonical XML format: round trips, the golden file, and every way a source is refused."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

from strategies import documents
from triptych import schema
from triptych.diagnostics import Code, Reporter
from triptych.errors import SourceError
from triptych.model import Code as CodeSpan
from triptych.model import (
    Document,
    Glossary,
    GlossaryEntry,
    Heading,
    Meta,
    NoteRef,
    Paragraph,
    TermRef,
    Text,
)
from triptych.readers.xml import read
from triptych.writers.xml import vocabulary_version, write

SMALL = Path(__file__).parent / "fixtures" / "canonical" / "small.xml"

SMALL_DOC = Document(
    meta=Meta(
        title="政府工作报告",
        lang="zh-CN",
        subtitle="——2021年1月20日在市第十六届人民代表大会第六次会议上",
        issuer="衡阳市人民政府",
        date="2021-01-20",
        source="report.raw.txt",
    ),
    blocks=(
        Heading(1, "二、", "2021年工作安排", "jin-nian-gong-zuo"),
        Heading(2, "（五）", "着力实施乡村振兴战略", "xiang-cun-zhen-xing"),
        Paragraph(
            content=(
                Text("深入开展"),
                TermRef("liu-da", "六大强农行动"),
                Text("，推进“三医联动”"),
                NoteRef("zhu-3", "3"),
                Text("改革。"),
            ),
            lead=(Text("打造一流营商环境。"),),
        ),
        Heading(2, "", "附：R&D 投入 <3% 的企业", "fu-lu"),
        Paragraph(content=(Text("全年完成"), TermRef("san-yi", "三医"), Text("联动试点。"))),
    ),
    glossary=Glossary(
        title="名词解释",
        entries=(
            GlossaryEntry(
                id="liu-da",
                term="六大强农行动",
                definition=(
                    Text("品牌强农、特色强农、质量强农、产业融合强农、科技强农、开放强农。"),
                ),
                aliases=("六大强农", "强农行动"),
                page="P10",
            ),
            GlossaryEntry(
                id="san-yi",
                term="三医联动",
                definition=(
                    Text("医保、医疗、医药改革联动，见"),
                    TermRef("liu-da", "六大强农"),
                    Text("。"),
                ),
                page="P12",
            ),
            GlossaryEntry(
                id="zhu-3",
                term="注3",
                definition=(Text("“A & B” > C"),),
                page="P15",
                number="3",
            ),
        ),
    ),
)


def xml(body: str = "", glossary: str = "", *, head: str = "", version: str = "1") -> str:
    """A small document around ``body`` and ``glossary`` (raw markup, one element per line)."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{head}'
        f'<document xmlns="urn:triptych:document:1" version="{version}" xml:lang="zh-CN">\n'
        "  <meta>\n    <title>标题</title>\n  </meta>\n"
        f"  <body>\n{body}\n  </body>\n"
        f"{glossary}"
        "</document>\n"
    )


GLOSSARY = (
    '  <glossary>\n    <entry id="san-yi" number="3">\n      <term>三医联动</term>\n'
    "      <definition>医保、医疗、医药。</definition>\n    </entry>\n  </glossary>\n"
)


def refused(text: str | bytes, *fragments: str) -> SourceError:
    """Read ``text``, expect a ``SourceError`` whose message holds every fragment."""
    with pytest.raises(SourceError) as info:
        read(text, "test.xml")
    for fragment in fragments:
        assert fragment in str(info.value)
    return info.value


# --- round trips --------------------------------------------------------------


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_reading_what_was_written_gives_the_same_document(doc: Document) -> None:
    assert read(write(doc)) == doc


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_writing_a_read_file_gives_the_same_bytes(doc: Document) -> None:
    text = write(doc)
    assert write(read(text)) == text
    assert write(read(text.encode("utf-8"))).encode("utf-8") == text.encode("utf-8")


def test_golden_small_document_is_written_byte_for_byte() -> None:
    assert write(SMALL_DOC) == SMALL.read_text(encoding="utf-8")


def test_golden_small_document_reads_back_with_provenance() -> None:
    doc = read(SMALL.read_bytes(), "small.xml")
    assert doc == SMALL_DOC
    heading = doc.blocks[1]
    assert heading.provenance.source == "small.xml"
    assert (heading.provenance.first_line, heading.provenance.last_line) == (12, 12)
    assert doc.glossary.entries[1].provenance.first_line == 24


def test_whitespace_around_references_is_kept_exactly() -> None:
    para = Paragraph(content=(Text("a "), TermRef("x", "b c"), Text(" d "), NoteRef("x", "1")))
    entry = GlossaryEntry(id="x", term="t", definition=(Text("def"),))
    doc = Document(Meta("标题", "en"), (para,), Glossary(entries=(entry,)))
    text = write(doc)
    assert '<p>a <term ref="x">b c</term> d <note ref="x">1</note></p>' in text
    assert read(text) == doc


def test_empty_body_and_title_only_glossary() -> None:
    doc = Document(Meta("", "en"), (), Glossary(title="Glossary"))
    text = write(doc)
    assert "  <body/>\n" in text
    assert '  <glossary title="Glossary"/>\n' in text
    assert "<title/>" in text
    assert read(text) == doc


def test_comments_and_processing_instructions_are_ignored() -> None:
    doc = read(xml("    <p>前<!-- 注释 -->后<?pi x?>文</p>"))
    assert doc.blocks == (Paragraph(content=(Text("前后文"),)),)


def test_schema_names_are_the_vocabulary_constants() -> None:
    rng = etree.parse(str(Path(schema.__file__).with_name(schema.SCHEMA_FILE)))
    names = {
        kind: {el.get("name") for el in rng.iter(f"{{http://relaxng.org/ns/structure/1.0}}{kind}")}
        for kind in ("element", "attribute")
    }
    assert names["element"] == schema.ELEMENTS
    assert names["attribute"] == schema.ATTRIBUTES
    assert rng.getroot().get("ns") == schema.NAMESPACE


# --- refusing unsafe input ----------------------------------------------------


def test_doctype_is_refused() -> None:
    err = refused(xml(head="<!DOCTYPE document>\n"), "DOCTYPE refused")
    assert err.line == 2


def test_doctype_after_comments_in_the_prolog_is_refused() -> None:
    refused(xml(head="<!-- a -->\n<?pi b?>\n<!DOCTYPE document [\n]>\n"), "DOCTYPE refused")


def test_internal_entity_is_refused() -> None:
    head = '<!DOCTYPE document [<!ENTITY e "展开">]>\n'
    refused(xml("    <p>&e;</p>", head=head), "DOCTYPE refused")


def test_external_entity_is_refused_without_reading_the_file() -> None:
    head = '<!DOCTYPE document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    err = refused(xml("    <p>&xxe;</p>", head=head), "DOCTYPE refused")
    assert "root:" not in str(err)


def test_undeclared_entity_is_a_syntax_error() -> None:
    err = refused(xml("    <p>&xxe;</p>"), "not well-formed XML", "xxe")
    assert err.line == 7


def test_billion_laughs_is_refused_at_once() -> None:
    lol = ["<!ENTITY lol0 'lol'>"] + [
        f"<!ENTITY lol{i} '{f'&lol{i - 1};' * 10}'>" for i in range(1, 10)
    ]
    text = xml("    <p>&lol9;</p>", head=f"<!DOCTYPE document [{''.join(lol)}]>\n")
    start = time.perf_counter()
    refused(text.encode("utf-8"), "DOCTYPE refused")
    assert time.perf_counter() - start < 0.2


def test_malformed_xml_gives_line_and_column() -> None:
    err = refused(xml("    <p>未闭合</h>"), "not well-formed XML", "test.xml:7:")
    assert (err.line, err.column) == (7, 15)


def test_invalid_character_in_input_gives_line_and_column() -> None:
    err = refused(xml("    <p>控制\x01字符</p>"), "U+0001")
    assert (err.line, err.column) == (7, 10)


def test_lone_surrogate_in_input_is_refused() -> None:
    refused(xml("    <p>\ud800</p>"), "U+D800")


def test_bytes_that_are_not_utf8_are_refused_with_line_and_column() -> None:
    err = refused(xml("    <p>中文</p>").encode("gb18030"), "UTF-8", "0xB1")
    assert (err.line, err.column) == (4, 12)


def test_text_input_ignores_its_encoding_declaration() -> None:
    text = xml("    <p>中文</p>").replace('encoding="UTF-8"', 'encoding="GBK"')
    assert read(text).blocks == (Paragraph(content=(Text("中文"),)),)


def test_declared_encoding_other_than_utf8_is_refused() -> None:
    text = xml().replace('encoding="UTF-8"', 'encoding="GBK"')
    refused(text.encode("utf-8"), "always UTF-8", "'GBK'")


# --- refusing invalid documents -----------------------------------------------


def test_unknown_element_is_a_schema_error_with_its_line() -> None:
    err = refused(xml("    <p>文</p>\n    <table/>"))
    assert str(err) == (
        "test.xml:8: error: the document breaks the triptych XML schema (version 1): Did not "
        "expect element table there; triptych's docs/xml-vocabulary.md says what each element "
        "may hold"
    )


def test_text_before_the_lead_is_a_schema_error() -> None:
    refused(xml("    <p>前<lead>导语。</lead>正文</p>"), "breaks the triptych XML schema")


def test_heading_level_out_of_range_is_a_schema_error() -> None:
    refused(xml('    <h level="7" id="a">标题</h>'), "breaks the triptych XML schema")


def test_duplicate_anchor_names_the_id_and_both_lines() -> None:
    body = '    <h level="1" id="san-yi">一</h>\n    <p>文</p>'
    reporter = Reporter()
    with pytest.raises(SourceError) as info:
        read(xml(body, GLOSSARY), "test.xml", reporter)
    assert "'san-yi'" in str(info.value)
    assert "line 7" in str(info.value)
    assert "line 11" in str(info.value)
    [diagnostic] = reporter.of(Code.DUPLICATE_ANCHOR)
    assert diagnostic.line == 11


def test_a_term_defined_twice_is_warned_about_with_both_lines() -> None:
    twice = GLOSSARY.replace(
        "    </entry>\n",
        '    </entry>\n    <entry id="san-yi-2">\n      <term>三医联动 </term>\n'
        "      <definition>又一个定义。</definition>\n    </entry>\n",
    )
    reporter = Reporter()
    doc = read(xml("    <p>文</p>", twice), "t.xml", reporter)
    assert len(doc.glossary.entries) == 2
    [warning] = reporter.of(Code.DUPLICATE_TERM)
    assert (warning.source, warning.line) == ("t.xml", 14)
    assert warning.message == 'glossary term "三医联动" is defined twice, on line 10 and line 14'
    assert str(warning) == (
        't.xml:14: warning[T005]: glossary term "三医联动" is defined twice, on line 10 and line 14'
    )


def test_unknown_term_ref_warns_and_keeps_the_text() -> None:
    reporter = Reporter()
    doc = read(xml('    <p>推进<term ref="wu">无此词</term>改革</p>', GLOSSARY), "t.xml", reporter)
    assert doc.blocks == (Paragraph(content=(Text("推进无此词改革"),)),)
    [warning] = reporter.of(Code.UNKNOWN_TERM)
    assert (warning.source, warning.line) == ("t.xml", 7)
    assert "'wu'" in warning.message


def test_unknown_note_ref_warns_and_keeps_the_label() -> None:
    reporter = Reporter()
    body = '    <p>改革<note ref="zhu-9">9</note>。<note ref="san-yi">3</note></p>'
    doc = read(xml(body, GLOSSARY), "t.xml", reporter)
    assert doc.blocks == (Paragraph(content=(Text("改革9。"), NoteRef("san-yi", "3"))),)
    [warning] = reporter.of(Code.UNKNOWN_NOTE)
    assert warning.line == 7


def test_other_version_attribute_names_the_supported_versions() -> None:
    refused(xml(version="2"), "unsupported triptych XML version", "'2'", "version 1")


def test_other_version_namespace_names_the_supported_versions() -> None:
    text = xml().replace("urn:triptych:document:1", "urn:triptych:document:2")
    refused(text, "unsupported", "'urn:triptych:document:2'", "version 1")


def test_missing_version_is_refused_plainly() -> None:
    refused(xml().replace(' version="1"', ""), "no version attribute", "version 1")


def test_foreign_root_element_is_refused() -> None:
    refused('<?xml version="1.0"?>\n<html/>\n', "not a triptych document")


# --- refusing what XML cannot hold on write -----------------------------------


@pytest.mark.parametrize("char", ["\x01", "\x1b", "\ufffe", "\uffff", "\udc80"])
def test_writer_refuses_characters_xml_cannot_hold(char: str) -> None:
    para = Paragraph(content=(Text("正文"), Text(f"控制{char}")))
    doc = Document(Meta("标题", "zh-CN"), (Heading(1, "", "标题", "a"), para))
    with pytest.raises(SourceError) as info:
        write(doc)
    message = str(info.value)
    assert f"U+{ord(char):04X}" in message
    assert "paragraph 2: content, inline 2 (Text)" in message


def test_writer_escapes_carriage_returns_and_attribute_whitespace() -> None:
    doc = Document(Meta("a\rb", "en"), (Heading(1, 'x\t"y"\n', "h", "a"),))
    text = write(doc)
    assert "<title>a&#13;b</title>" in text
    assert 'number="x&#9;&quot;y&quot;&#10;"' in text


def test_writer_refuses_a_model_that_breaks_the_schema() -> None:
    doc = Document(Meta("标题", "zh-CN"), (Heading(9, "", "标题", "a"),))
    with pytest.raises(SourceError, match="breaks the triptych XML schema"):
        write(doc)


@given(documents())
def test_markdown_and_xml_of_one_document_give_the_same_model(doc: Document) -> None:
    from triptych.readers import markdown as md_reader
    from triptych.writers import markdown as md_writer

    assert read(write(doc)) == md_reader.read(md_writer.write(doc))


# --- the byline (version 3) and the versions before it -------------------------------------------

BYLINE_XML = SMALL.with_name("byline.xml")
BYLINE_MD = SMALL.with_name("byline.md")
CODE_XML = SMALL.with_name("code.xml")


def _as_version(text: str, version: str) -> str:
    """``text`` (a version-1 file) relabelled as ``version``: namespace and attribute."""
    return text.replace("urn:triptych:document:1", schema.namespace(version)).replace(
        ' version="1" ', f' version="{version}" '
    )


def test_a_byline_survives_markdown_to_xml_to_markdown() -> None:
    from triptych.readers import markdown as md_reader
    from triptych.writers import markdown as md_writer

    markdown = BYLINE_MD.read_text(encoding="utf-8")
    doc = md_reader.read(markdown, "byline.md")
    assert doc.meta.byline == "湖南省省长 毛伟明"
    text = write(doc)
    assert text == BYLINE_XML.read_text(encoding="utf-8")
    again = read(text, "byline.xml")
    assert again == doc
    assert md_writer.write(again) == markdown


def test_xml_with_a_byline_is_version_3_and_valid_against_its_schema() -> None:
    text = BYLINE_XML.read_text(encoding="utf-8")
    assert '<document xmlns="urn:triptych:document:3" version="3" xml:lang="zh-CN">' in text
    assert "    <byline>湖南省省长 毛伟明</byline>\n" in text
    assert vocabulary_version(read(text)) == "3"
    schema.validate(etree.fromstring(text.encode("utf-8")), "byline.xml", "3")
    assert schema.relaxng("3").validate(etree.fromstring(text.encode("utf-8")))


def test_the_byline_stands_between_subtitle_and_issuer() -> None:
    meta = read(BYLINE_XML.read_bytes()).meta
    assert (meta.subtitle, meta.byline, meta.issuer) == (
        "——2021年1月31日在湖南省第十三届人民代表大会第四次会议上",
        "湖南省省长 毛伟明",
        "湖南省人民政府",
    )
    misplaced = BYLINE_XML.read_text(encoding="utf-8").replace(
        "    <byline>湖南省省长 毛伟明</byline>\n", ""
    )
    misplaced = misplaced.replace("  </meta>", "    <byline>湖南省省长 毛伟明</byline>\n  </meta>")
    refused(misplaced, "schema (version 3)", "byline")


@pytest.mark.parametrize("version", ["1", "2"])
def test_a_byline_in_a_file_of_version_1_or_2_breaks_that_versions_schema(version: str) -> None:
    text = xml().replace(
        "    <title>标题</title>\n", "    <title>标题</title>\n    <byline>某</byline>\n"
    )
    refused(_as_version(text, version), f"schema (version {version})", "byline")


def test_a_version_2_file_still_reads_and_is_written_as_version_2() -> None:
    data = CODE_XML.read_bytes()
    doc = read(data, "code.xml")
    assert doc.meta.byline == ""
    assert vocabulary_version(doc) == "2"
    assert write(doc).encode("utf-8") == data


def test_a_version_2_file_without_code_reads_and_is_written_as_version_1() -> None:
    text = SMALL.read_text(encoding="utf-8")
    assert read(_as_version(text, "2")) == SMALL_DOC
    assert read(_as_version(text, "3")) == SMALL_DOC
    assert write(SMALL_DOC) == text  # no byline, no code: version 1, byte for byte


def test_the_version_is_the_oldest_that_holds_the_document() -> None:
    plain = Document(Meta("t", "en"), (Paragraph((Text("x"),)),))
    code = Document(Meta("t", "en"), (Paragraph((CodeSpan("x"),)),))
    assert vocabulary_version(plain) == "1"
    assert vocabulary_version(code) == "2"
    for doc in (plain, code):
        signed = Document(Meta("t", "en", byline="b"), doc.blocks)
        assert vocabulary_version(signed) == "3"
        assert read(write(signed)) == signed
