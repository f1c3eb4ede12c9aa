"""The canonical Markdown dialect: round trips, the golden file, and every way a source is refused."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent))  # `strategies`, with or without a package

from strategies import documents
from triptych import model
from triptych.diagnostics import Code, Reporter
from triptych.errors import SourceError, UnwritableError
from triptych.model import (
    Document,
    Glossary,
    GlossaryEntry,
    Heading,
    Meta,
    NoteRef,
    Paragraph,
    Provenance,
    TermRef,
    Text,
    canonical,
)
from triptych.readers.markdown import MAX_CHARS, MAX_OPEN_BRACKETS, read
from triptych.writers.markdown import write

SMALL = Path(__file__).resolve().parent / "fixtures" / "canonical" / "small.md"
BYLINE = SMALL.with_name("byline.md")

FRONT = '---\ntriptych: 1\ntitle: "标题"\nlang: "zh-CN"\n---\n\n'
"""Minimal front matter; the body after it starts on line 7."""
BODY = 7


# --- laws -----------------------------------------------------------------------


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_reading_what_was_written_gives_back_the_document_and_the_text(doc: Document) -> None:
    # One test for both laws: generating documents costs far more than reading and writing them.
    text = write(doc)
    assert read(text) == doc
    assert write(read(text)) == text


# --- the golden file ----------------------------------------------------------------


def _small() -> Document:
    """A hand-built Chinese document with every construct of the dialect."""
    return Document(
        Meta(
            title="衡阳市2021年政府工作报告",
            lang="zh-CN",
            subtitle="——2021年1月20日在衡阳市第十六届人民代表大会第六次会议上",
            issuer="衡阳市人民政府",
            date="2021-01-20",
            source="report.raw.txt",
        ),
        (
            Paragraph((Text("各位代表："),)),
            Paragraph((Text("现在，我代表市人民政府，向大会报告工作，请予审议。"),)),
            Heading(1, "一、", "2020年工作回顾", "gong-zuo-hui-gu"),
            Paragraph(
                lead=(
                    Text("坚决打好"),
                    TermRef("san-da-gong-jian", "三大攻坚战"),
                    Text("。"),
                ),
                content=(
                    Text("全年地区生产总值增长3.8%"),
                    NoteRef("zhu-1", "1"),
                    Text("，“"),
                    TermRef("san-yi", "三医"),
                    Text("”改革稳步推进。"),
                ),
            ),
            Heading(2, "（五）", "着力实施乡村振兴战略", "zhuo-li"),
            Paragraph(
                (
                    Text("深入推进“"),
                    TermRef("liu-da", "六大强农行动"),
                    Text("”，见"),
                    NoteRef("zhu-3", "3"),
                    Text("。"),
                )
            ),
            Heading(3, "", "写作说明", "xie-zuo-shuo-ming"),
            Paragraph(
                (
                    Text(
                        "1. 本段以“1.”开头，含有 *星号*、_下划线_、`反引号`、<b>尖括号</b>、"
                        "[方括号]、{花括号}、反斜杠 \\、&amp; 与 3~5 年等字样，都按原样保留。"
                    ),
                )
            ),
            Paragraph((Text("# 本段以井号开头，不是标题。"),)),
        ),
        Glossary(
            "名词解释",
            (
                GlossaryEntry(
                    "san-da-gong-jian",
                    "三大攻坚战",
                    (Text("防范化解重大风险、精准脱贫、污染防治三大攻坚战。"),),
                ),
                GlossaryEntry(
                    "liu-da",
                    "六大强农行动",
                    (
                        Text("品牌强农、特色强农、产业融合强农、科技强农、装备强农、开放强农，与"),
                        TermRef("san-yi", "三医联动"),
                        Text("同步推进。"),
                    ),
                    page="P12",
                ),
                GlossaryEntry(
                    "san-yi",
                    "三医联动",
                    (Text("医保体制改革、卫生体制改革与药品流通体制改革联动。"),),
                    aliases=("三医", "联动"),
                    page="P10",
                ),
                GlossaryEntry("zhu-1", "注1", (Text("数据来源：衡阳市统计局。"),), number="1"),
                GlossaryEntry("zhu-3", "注3", (Text("- 为“十四五”开好局起好步。"),), number="3"),
                GlossaryEntry("dai-bu-chong", "待补充词条", ()),
            ),
        ),
    )


@pytest.mark.golden
def test_golden_file_is_what_the_writer_writes() -> None:
    text = write(_small())
    if os.environ.get("TRIPTYCH_ACCEPT") == "1":  # `nox -s accept`: regenerate, review the diff
        SMALL.write_text(text, encoding="utf-8")
    assert text == SMALL.read_text(encoding="utf-8")


def test_golden_file_reads_as_the_document_without_diagnostics() -> None:
    reporter = Reporter()
    assert read(SMALL.read_text(encoding="utf-8"), str(SMALL), reporter) == _small()
    assert reporter.diagnostics == []


def test_golden_document_is_canonical() -> None:
    assert canonical(_small()) == _small()


def test_every_block_and_entry_knows_its_lines_front_matter_included() -> None:
    doc = read(SMALL.read_text(encoding="utf-8"), "small.md")
    assert [b.provenance for b in doc.blocks][:3] == [
        Provenance("small.md", 11, 11),
        Provenance("small.md", 13, 13),
        Provenance("small.md", 15, 15),
    ]
    entries = doc.glossary.entries
    assert entries[0].provenance == Provenance("small.md", 31, 32)
    assert entries[-1].provenance == Provenance("small.md", 46, 46)


# --- reading: leniency within the dialect ------------------------------------------------


def test_a_paragraph_over_several_lines_folds_its_breaks_to_spaces() -> None:
    doc = read(FRONT + "one\ntwo  \nthree\\\nfour\n")
    assert doc.blocks == (Paragraph((Text("one two three four"),)),)
    assert doc.blocks[0].provenance == Provenance("<markdown>", BODY, BODY + 3)


def test_raw_html_is_kept_as_text_and_escaped_when_written() -> None:
    doc = read(FRONT + '<div onclick="x">hi</div>\n\n<script>alert(1)</script>\n')
    assert doc.blocks == (
        Paragraph((Text('<div onclick="x">hi</div>'),)),
        Paragraph((Text("<script>alert(1)</script>"),)),
    )
    assert "\\<script>" in write(doc)


def test_line_endings_and_a_byte_order_mark_are_accepted() -> None:
    doc = read("\ufeff" + (FRONT + "正文。\n").replace("\n", "\r\n"))
    assert doc.blocks == (Paragraph((Text("正文。"),)),)
    assert doc.blocks[0].provenance.first_line == BODY


def test_an_unquoted_yaml_date_becomes_iso_text() -> None:
    doc = read('---\ntriptych: 1\ntitle: "t"\nlang: "en"\ndate: 2021-01-20\n---\n')
    assert doc.meta == Meta(title="t", lang="en", date="2021-01-20")


def test_attribute_values_take_backslash_escapes() -> None:
    doc = Document(
        Meta("t", "en"),
        (Heading(2, 'a"b\\c{d}', "h", "h-1"),),
        Glossary("", (GlossaryEntry("e", "x", (Text("d"),), ("a|b", 'q"}'), 'p{"}', "n\\"),)),
    )
    text = write(doc)
    assert 'aliases="a\\|b|q\\"\\}"' in text
    assert read(text) == doc


def test_a_glossary_with_a_title_and_no_entry_is_kept() -> None:
    doc = Document(Meta("t", "en"), (), Glossary("Glossary", ()))
    assert write(doc).endswith("---\n\n::: glossary Glossary\n\n:::\n")
    assert read(write(doc)) == doc


def test_an_empty_glossary_is_not_written() -> None:
    assert "glossary" not in write(Document(Meta("t", "en"), (Paragraph((Text("x"),)),)))


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("1. 一", "1\\. 一"),
        ("2021) 年", "2021\\) 年"),
        ("2021.5 年", "2021.5 年"),
        ("- 一", "\\- 一"),
        ("-一", "-一"),
        ("+ 一", "\\+ 一"),
        ("---", "\\---"),
        ("# 一", "\\# 一"),
        ("#一", "#一"),
        ("> 一", "\\> 一"),
        (": 一", "\\: 一"),
        ("::: glossary", "\\::: glossary"),
        ("~~~", "\\~~~"),
        ("3~5 年", "3~5 年"),
        ("a & b &amp; &#35;", "a & b \\&amp; \\&#35;"),
        ("《文件》（一）！|=", "《文件》（一）！|="),
    ],
)
def test_escaping_is_only_where_markdown_needs_it(text: str, escaped: str) -> None:
    doc = Document(Meta("t", "en"), (Paragraph((Text(text),)),))
    assert write(doc).split("\n")[-2] == escaped
    assert read(write(doc)) == doc


# --- reading: diagnostics ---------------------------------------------------------------


GLOSSARY = "::: glossary\n\n[碳达峰]{#tan}\n: 二氧化碳排放达到峰值。\n\n:::\n"


def test_a_term_without_an_entry_is_warned_about_and_kept_as_text() -> None:
    reporter = Reporter()
    doc = read(FRONT + '实现[碳中和]{term="tan-zhong-he"}。\n', "a.md", reporter)
    assert doc.blocks == (Paragraph((Text("实现碳中和。"),)),)
    [warning] = reporter.of(Code.UNKNOWN_TERM)
    assert (warning.source, warning.line) == ("a.md", BODY)
    assert 'term "碳中和" has no glossary entry' in warning.message


def test_a_note_without_an_entry_is_warned_about_and_kept_as_text() -> None:
    reporter = Reporter()
    doc = read(FRONT + '见[3]{note="zhu-3"}。\n', "a.md", reporter)
    assert doc.blocks == (Paragraph((Text("见3。"),)),)
    [warning] = reporter.of(Code.UNKNOWN_NOTE)
    assert warning.line == BODY
    assert "zhu-3" in warning.message


def test_references_resolve_against_a_glossary_that_comes_later() -> None:
    reporter = Reporter()
    doc = read(FRONT + '[碳达峰]{term="tan"}\n\n' + GLOSSARY, reporter=reporter)
    assert doc.blocks == (Paragraph((TermRef("tan", "碳达峰"),)),)
    assert reporter.diagnostics == []


def test_an_anchor_used_twice_is_an_error_and_a_diagnostic() -> None:
    reporter = Reporter()
    with pytest.raises(SourceError, match='anchor "tan" is used twice'):
        read(FRONT + "# 碳达峰 {#tan}\n\n" + GLOSSARY, "a.md", reporter)
    [diagnostic] = reporter.of(Code.DUPLICATE_ANCHOR)
    assert (diagnostic.source, diagnostic.line) == ("a.md", BODY + 4)


def test_a_term_defined_twice_is_warned_about() -> None:
    reporter = Reporter()
    text = FRONT + "::: glossary\n\n[碳达峰]{#a}\n: 一。\n\n[碳达峰]{#b}\n: 二。\n\n:::\n"
    doc = read(text, "a.md", reporter)
    assert len(doc.glossary.entries) == 2
    [warning] = reporter.of(Code.DUPLICATE_TERM)
    assert warning.line == BODY + 5
    assert f"line {BODY + 2} and line {BODY + 5}" in warning.message


# --- reading: errors ------------------------------------------------------------------


def _refused(text: str) -> SourceError:
    with pytest.raises(SourceError) as caught:
        read(text, "bad.md")
    assert caught.value.source == "bad.md"
    return caught.value


@pytest.mark.parametrize(
    ("front", "line", "words"),
    [
        ('triptych: 1\ntitle: "t"\nlang: "en"\nauthor: "x"\n', 5, "unknown front matter key"),
        ('triptych: 1\nlang: "en"\n', 1, "no `title`"),
        ('triptych: 1\ntitle: "t"\n', 1, "no `lang`"),
        ('title: "t"\nlang: "en"\n', 1, "no `triptych`"),
        ('triptych: 4\ntitle: "t"\nlang: "en"\n', 2, "version"),
        ('triptych: "1"\ntitle: "t"\nlang: "en"\n', 2, "version"),
        ("triptych: true\ntitle: t\nlang: en\n", 2, "version"),
        ('triptych: 1\ntitle: 2021\nlang: "en"\n', 3, "must be text"),
        ('triptych: 1\ntitle: ["t"]\nlang: "en"\n', 3, "must be text"),
        ('triptych: 1\ntitle: " "\nlang: "en"\n', 1, "no `title`"),
        ('triptych: 1\ntitle: "t"\ntitle: "u"\nlang: "en"\n', 4, "twice"),
        ('triptych: 1\ntitle: "t\nlang: "en"\n', 4, "not valid YAML"),
        ("- a\n- b\n", 2, "mapping"),
        ('triptych: 1\ntitle: "t"\nlang: "en"\ndate: 2021-02-30\n', 5, "not valid YAML"),
        ('triptych: 1\ntitle: !!python/object:os.system "t"\nlang: "en"\n', 3, "not valid YAML"),
        ('triptych: 1\ntitle: "t\x01"\nlang: "en"\n', 3, "not valid YAML"),
    ],
)
def test_bad_front_matter_is_refused(front: str, line: int, words: str) -> None:
    error = _refused(f"---\n{front}---\n\n正文。\n")
    assert error.line == line
    assert words in error.message


@pytest.mark.parametrize("version", [1, 2])
def test_a_byline_in_a_file_of_version_1_or_2_is_refused_naming_version_3(version: int) -> None:
    # the byline comes before `triptych`: the version is checked once the whole front matter
    # is read
    front = f'byline: "省长 某某"\ntriptych: {version}\ntitle: "t"\nlang: "zh-CN"\n'
    error = _refused(f"---\n{front}---\n\n正文。\n")
    assert error.line == 2
    assert f"`byline` is not allowed in dialect version {version}" in error.message
    assert "write `triptych: 3`" in error.message


def test_front_matter_without_a_closing_line_is_refused() -> None:
    error = _refused('---\ntriptych: 1\ntitle: "t"\nlang: "en"\n\n正文。\n')
    assert error.line == 1
    assert "never closed" in error.message


def test_a_file_without_front_matter_is_refused() -> None:
    error = _refused("# 标题 {#biao-ti}\n")
    assert (error.line, "must open with front matter" in error.message) == (1, True)


DIALECT = "headings, paragraphs and one glossary"


@pytest.mark.parametrize(
    ("body", "offset", "words"),
    [
        ("- 列表\n", 0, "a bullet list"),
        ("正文。\n\n1. 列表\n", 2, "a numbered list"),
        ("> 引文\n", 0, "a block quote"),
        ("正文。\n\n    code\n", 2, "an indented code block"),
        ("```\ncode\n```\n", 0, "a fenced code block"),
        ("***\n", 0, "a thematic break"),
        ("| a | b |\n| - | - |\n| 1 | 2 |\n", 0, "a table"),
        ("[a]: https://example.org\n", 0, "a link reference definition"),
        ("术语\n: 定义\n", 0, "a definition list outside the glossary"),
        ("正文\n\n*强调*\n", 2, "emphasis"),
        ("**加粗**\n", 0, "strong emphasis"),
        ("一\n二 `code`\n", 1, "a code span"),
        ("[链接](https://example.org)\n", 0, "a link"),
        ("![图](a.png)\n", 0, "an image"),
        ("<https://example.org>\n", 0, "an autolink"),
    ],
)
def test_constructs_outside_the_dialect_are_refused_with_their_line(
    body: str, offset: int, words: str
) -> None:
    error = _refused(FRONT + body)
    assert error.line == BODY + offset
    assert words in error.message
    assert DIALECT in error.message


@pytest.mark.parametrize(
    ("body", "offset", "words"),
    [
        ("# 标题\n", 0, "must end with its anchor"),
        ("# 标题 \\{#biao-ti}\n", 0, "must end with its anchor"),
        ("# 标题\\ {#biao-ti\\}\n", 0, "must end with its anchor"),
        ("标题 {#biao-ti}\n======\n", 0, "underlined headings"),
        ('# [标题]{term="x"} {#biao-ti}\n', 0, "plain text only"),
        ("# *标题* {#biao-ti}\n", 0, "emphasis"),
        ("# 一 {#a}\n\n# 二 {#a}\n", 2, 'anchor "a" is used twice, on line 7 and line 9'),
        ("# 一 {#tan}\n\n" + GLOSSARY, 4, 'anchor "tan" is used twice'),
        ("[正文]{.note}\n", 0, "a span takes"),
        ('[正文]{term="a" note="b"}\n', 0, "a span takes"),
        ('[正文]{term="a" onclick="b"}\n', 0, "a span takes"),
        ('[[a]{term="x"}]{term="y"}\n', 0, "holds plain text only"),
        ("正文\n[引语]{.lead}正文\n", 1, "may only open a paragraph"),
        ("[[引语]{.lead}]{.lead}正文\n", 0, "may only open a paragraph"),
        ("::: note\n", 0, "only one is `::: glossary`"),
        (GLOSSARY + "\n" + GLOSSARY, 7, "one glossary"),
        (GLOSSARY + "\n正文。\n", 7, "must end the document"),
        ("::: glossary\n\n[碳达峰]{#tan}\n: 定义\n", 0, "never closed"),
        ("::: glossary\n\n# 标题 {#a}\n\n:::\n", 2, "a heading in the glossary"),
        ("::: glossary\n\n正文。\n\n:::\n", 2, "entries only"),
        ("::: glossary\n\n[碳达峰]{#tan} 多余\n: 定义\n\n:::\n", 2, "entries only"),
        ("::: glossary\n\n[碳达峰]{#tan x=y}\n: 定义\n\n:::\n", 2, "a term line reads"),
        ("::: glossary\n\n[碳达峰]{page=P1}\n: 定义\n\n:::\n", 2, "a term line reads"),
        ("::: glossary\n\n[碳达峰]{#tan}\n: 一\n: 二\n\n:::\n", 4, "one definition"),
        ("::: glossary\n\n[碳达峰]{#tan}\n: 一\n\n  二\n\n:::\n", 5, "a paragraph in a definition"),
        ("::: glossary\n\n[碳达峰]{#tan}\n: - 一\n\n:::\n", 3, "a bullet list in a definition"),
        ("::: glossary\n\n[碳达峰]{#tan}\n: [一]{.lead}二\n\n:::\n", 3, "only open a paragraph"),
        ("::: glossary 名词*解释*\n\n:::\n", 0, "emphasis"),
    ],
)
def test_malformed_dialect_is_refused_with_its_line(body: str, offset: int, words: str) -> None:
    error = _refused(FRONT + body)
    assert error.line == BODY + offset
    assert words in error.message


# --- guards ---------------------------------------------------------------------


def test_many_unmatched_brackets_are_answered_within_seconds() -> None:
    start = time.perf_counter()
    error = _refused(FRONT + "[" * 100_000 + "\n")
    assert time.perf_counter() - start < 3
    assert error.line == BODY
    assert "\\[" in error.message


def test_many_brackets_across_paragraphs_and_escaped_ones_are_fine() -> None:
    paragraphs = ["[" * (MAX_OPEN_BRACKETS // 2) for _ in range(3)]
    doc = read(FRONT + "\n\n".join(paragraphs) + "\n\n" + "\\[" * 5_000 + "\n")
    assert len(doc.blocks) == 4


def test_a_lead_that_opens_with_code_holding_a_bracket_and_colon_is_a_lead() -> None:
    """``[`]:`]{.lead}`` looks like a link reference definition to markdown-it, which reads a
    label up to the first ``]`` even inside code; it is the lead it is written as."""
    code = FRONT.replace("triptych: 1", "triptych: 2")
    doc = read(code + "[`]:`]{.lead}正文。\n")
    assert doc.blocks == (Paragraph((Text("正文。"),), lead=(model.Code("]:"),)),)
    error = _refused(code + "[`]:`]{.lead}正文。\n\n[a]: https://example.org\n")
    assert "a link reference definition" in error.message


def test_brackets_in_code_do_not_count_towards_the_guard() -> None:
    code = FRONT.replace("triptych: 1", "triptych: 2")
    many = "[" * (MAX_OPEN_BRACKETS + 500)
    doc = read(code + f"```\n{many}\n{many}\n```\n\n~~~~\n{many}\n~~~~\n\n一段 `{many}` 文字。\n")
    assert [type(b).__name__ for b in doc.blocks] == ["CodeBlock", "CodeBlock", "Paragraph"]
    error = _refused(code + f"```\n{many}\n```\n\n正文 {many} 在代码之外。\n")
    assert error.line == BODY + 4  # the paragraph after the code, on its own line in the file


def test_a_paragraph_of_many_lines_is_read_in_linear_time() -> None:
    start = time.perf_counter()
    doc = read(FRONT + "中文\n" * 20_000)
    assert time.perf_counter() - start < 3
    assert doc.blocks == (Paragraph((Text(" ".join(["中文"] * 20_000)),)),)


def test_input_over_the_size_cap_is_refused_before_parsing() -> None:
    start = time.perf_counter()
    error = _refused(FRONT + "中" * MAX_CHARS)
    assert time.perf_counter() - start < 1
    assert "split the document" in error.message


@pytest.mark.parametrize(
    ("ident", "suggested"),
    [("vbscript:x", "vbscript-x"), ("二", "er"), ("1abc", "id-1abc"), ("café", "cafe")],
)
def test_an_anchor_xml_cannot_hold_is_refused_with_its_line(ident: str, suggested: str) -> None:
    for text in (f"# 标题 {{#{ident}}}\n", f"::: glossary\n\n[词]{{#{ident}}}\n: 释义。\n\n:::\n"):
        error = _refused(FRONT + text)
        assert error.line == BODY + (0 if text.startswith("#") else 2)
        assert error.message == (
            f'anchor "{ident}" is not one triptych can use: an anchor is an ASCII letter '
            'followed by ASCII letters, digits, "-" and "_", so that the XML source and every '
            f'edition can hold it; rename it, for example to "{suggested}"'
        )


# --- writing: what the dialect cannot hold ---------------------------------------------


@pytest.mark.parametrize(
    "block",
    [Heading(7, "", "标题", "a"), Heading(1, "", "标题", "a b"), Heading(1, "", "标题", "a.b")],
)
def test_the_writer_refuses_what_the_dialect_cannot_hold(block: Heading) -> None:
    with pytest.raises(ValueError, match=r"heading level|anchor"):
        write(Document(Meta("t", "en"), (block,)))


def test_an_anchor_from_xml_that_markdown_cannot_hold_names_the_source_line() -> None:
    heading = Heading(1, "", "标题", "a.b", provenance=Provenance("report.xml", 9, 9))
    with pytest.raises(UnwritableError) as caught:
        write(Document(Meta("t", "en"), (heading,)))
    assert str(caught.value) == (
        'report.xml:9: error: anchor "a.b" cannot be written in the Markdown dialect, whose '
        'anchors are an ASCII letter followed by ASCII letters, digits, "-" and "_"; give it '
        'another id in the source, such as "a-b"'
    )
    assert isinstance(caught.value, SourceError) and isinstance(caught.value, ValueError)


def test_front_matter_keys_are_written_in_order_and_empty_ones_left_out() -> None:
    text = write(Document(Meta(title="t", lang="", issuer="某", source="s.txt"), ()))
    assert text == '---\ntriptych: 1\ntitle: "t"\nlang: ""\nissuer: "某"\nsource: "s.txt"\n---\n'


# --- the byline (dialect version 3) ---------------------------------------------------


def test_a_byline_is_read_as_its_own_field_apart_from_subtitle_and_issuer() -> None:
    reporter = Reporter()
    meta = read(BYLINE.read_text(encoding="utf-8"), "byline.md", reporter).meta
    assert meta.byline == "湖南省省长 毛伟明"
    assert meta.subtitle == "——2021年1月31日在湖南省第十三届人民代表大会第四次会议上"
    assert meta.issuer == "湖南省人民政府"
    assert reporter.diagnostics == []


@pytest.mark.golden
def test_the_byline_file_is_what_the_writer_writes() -> None:
    text = BYLINE.read_text(encoding="utf-8")
    assert write(read(text)) == text


def test_a_document_with_a_byline_is_written_as_version_3_and_one_without_as_before() -> None:
    doc = Document(Meta("t", "zh-CN", subtitle="——在会议上", byline=" 省长\n某某 "), ())
    text = write(doc)
    assert text == (
        '---\ntriptych: 3\ntitle: "t"\nsubtitle: "——在会议上"\nbyline: "省长 某某"\n'
        'lang: "zh-CN"\n---\n'
    )
    assert read(text) == canonical(doc)
    assert write(Document(Meta("t", "zh-CN", subtitle="——在会议上"), ())).startswith(
        "---\ntriptych: 1\n"
    )
    with_code = Document(Meta("t", "en", byline="b"), (Paragraph((model.Code("x"),)),))
    assert write(with_code).startswith("---\ntriptych: 3\n")
    assert read(write(with_code)) == with_code


def test_a_blank_byline_is_no_byline() -> None:
    doc = read('---\ntriptych: 3\ntitle: "t"\nbyline: " "\nlang: "en"\n---\n')
    assert doc.meta == Meta("t", "en")
    assert write(doc).startswith("---\ntriptych: 1\n")
