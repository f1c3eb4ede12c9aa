"""Raw-text fixtures for the class of documents triptych imports, and what a careful editor
would check in the result.

Each case lives in ``tests/fixtures/raw/<case>/input.txt`` (or ``input.bin`` when the bytes are
not plain UTF-8 with LF line endings). The expectations below are what the document should
look like, not what the normaliser happens to produce: a failing test here is a gap to close.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest

from triptych.diagnostics import Code
from triptych.errors import InputError
from triptych.model import (
    Document,
    GlossaryEntry,
    Heading,
    Inline,
    NoteRef,
    Paragraph,
    TermRef,
    plain,
)
from triptych.normalise import ImportOptions, ImportResult, normalise

RAW = Path(__file__).resolve().parent / "fixtures" / "raw"

GBK = "gbk-crlf-headed-glossary"
WEB = "web-furniture-notes"
ENGLISH = "english-wrapped-glossary"
REPEATED_DOC = "repeated-document"
REPEATED_SECTION = "repeated-section-split"
TERM_ALONE = "term-alone-glossary"
CHAPTERS = "chapters-levels"
CONTROLS = "bom-cr-controls"
CONTINUATION = "continuation-markers"
HEADLESS = "headless-glossary-fragments"

CASES = (
    GBK,
    WEB,
    ENGLISH,
    REPEATED_DOC,
    REPEATED_SECTION,
    TERM_ALONE,
    CHAPTERS,
    CONTROLS,
    CONTINUATION,
    HEADLESS,
)
CHINESE_CASES = tuple(c for c in CASES if c != ENGLISH)

OPTIONS: dict[str, dict[str, str]] = {GBK: {"encoding": "gbk"}}


# --- helpers --------------------------------------------------------------------------------


def raw(case: str) -> bytes:
    """The fixture's bytes, exactly as scraped."""
    binary = RAW / case / "input.bin"
    return (binary if binary.exists() else RAW / case / "input.txt").read_bytes()


@cache
def result(case: str) -> ImportResult:
    return normalise(raw(case), ImportOptions(source=f"{case}/input", **OPTIONS.get(case, {})))


def doc(case: str) -> Document:
    return result(case).document


def codes(res: ImportResult) -> list[Code]:
    return [d.code for d in res.diagnostics]


def ledger_keys(res: ImportResult) -> set[tuple[str, str]]:
    return set(res.ledger.counts())


def headings(d: Document) -> list[tuple[int, str, str]]:
    return [(b.level, b.number, b.text) for b in d.blocks if isinstance(b, Heading)]


def paragraphs(d: Document) -> list[Paragraph]:
    return [b for b in d.blocks if isinstance(b, Paragraph)]


def full(p: Paragraph) -> str:
    """What a reader sees of a paragraph: lead then content."""
    return plain(p.lead) + plain(p.content)


def para(d: Document, start: str) -> Paragraph:
    """The one paragraph whose text starts with ``start``."""
    found = [p for p in paragraphs(d) if full(p).startswith(start)]
    assert len(found) == 1, (
        f"{len(found)} paragraphs start with {start!r}: {[full(p) for p in found]}"
    )
    return found[0]


def entry(d: Document, term: str) -> GlossaryEntry:
    found = [e for e in d.glossary.entries if e.term == term]
    assert len(found) == 1, (
        f"{len(found)} entries for {term!r}: {[e.term for e in d.glossary.entries]}"
    )
    return found[0]


def refs(d: Document) -> Iterator[Inline]:
    for p in paragraphs(d):
        yield from p.lead
        yield from p.content


def every_text(d: Document) -> list[str]:
    """Every piece of text a reader can see anywhere in the document."""
    out = [d.meta.title, d.meta.subtitle, d.meta.issuer]
    for b in d.blocks:
        out.append(b.number + b.text if isinstance(b, Heading) else full(b))
    out.append(d.glossary.title)
    for e in d.glossary.entries:
        out += [e.term, plain(e.definition)]
    return out


_CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’…—"
_HALF_WIDTH_IN_CHINESE = re.compile(rf"(?<=[{_CJK}])\s*[,:;()!?]|[,:;()!?]\s*(?=[{_CJK}])")


def half_width_in_chinese(d: Document) -> list[str]:
    """Excerpts where a half-width , : ; ( ) ! ? touches Chinese text."""
    hits = []
    for text in every_text(d):
        for m in _HALF_WIDTH_IN_CHINESE.finditer(text):
            hits.append(text[max(0, m.start() - 6) : m.end() + 6])
    return hits


# --- idempotence ----------------------------------------------------------------------------


def _source_inlines(seq: tuple[Inline, ...]) -> str:
    """Inline text as it would be typed in a raw file: note markers keep their brackets."""
    return "".join(f"［{n.label}］" if isinstance(n, NoteRef) else n.text for n in seq)


def _heading_line(h: Heading) -> str:
    if not h.number:
        return h.text
    spaced = h.number[-1].isascii() or h.number[-1] in "章节篇"
    return f"{h.number} {h.text}" if spaced else h.number + h.text


ENTRY_SHAPES: dict[str, Callable[[GlossaryEntry], str]] = {
    GBK: lambda e: f"{e.number}.“{e.term}”：{plain(e.definition)}",
    WEB: lambda e: f"［{e.number}］{e.term}：\n\n{plain(e.definition)}",
    ENGLISH: lambda e: f"{e.term}: {plain(e.definition)}",
    REPEATED_DOC: lambda e: f"{e.term}({e.page}):{plain(e.definition)}",
    TERM_ALONE: lambda e: f"{e.term}\n{plain(e.definition)}",
    HEADLESS: lambda e: f"{e.term}（{e.page}）：{plain(e.definition)}",
}


def render(d: Document, case: str) -> str:
    """The document written back as plain raw text, in the same shapes as the input."""
    parts = [d.meta.title]
    if d.meta.subtitle:
        parts.append(d.meta.subtitle)
    for b in d.blocks:
        if isinstance(b, Heading):
            parts.append(_heading_line(b))
        else:
            parts.append(_source_inlines(b.lead) + _source_inlines(b.content))
    if d.glossary.entries:
        if d.glossary.title:
            parts.append(d.glossary.title)
        shape = ENTRY_SHAPES[case]
        parts.extend(shape(e) for e in d.glossary.entries)
    return "\n\n".join(parts) + "\n"


def snapshot(d: Document) -> tuple[object, ...]:
    return (
        d.meta.title,
        d.meta.subtitle,
        d.meta.lang,
        headings(d),
        [(plain(p.lead), _source_inlines(p.content)) for p in paragraphs(d)],
        d.glossary.title,
        [(e.term, e.page, e.number, plain(e.definition)) for e in d.glossary.entries],
    )


# --- every case -----------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES)
def test_fixture_is_realistic_size(case: str) -> None:
    lines = raw(case).replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
    assert 15 <= len(lines) <= 64


@pytest.mark.parametrize("case", CASES)
def test_conservation_holds(case: str) -> None:
    res = result(case)
    gaps = [d.message for d in res.diagnostics if d.code is Code.CONSERVATION]
    assert not gaps


@pytest.mark.parametrize("case", CASES)
def test_language(case: str) -> None:
    assert doc(case).meta.lang == ("en" if case == ENGLISH else "zh-CN")


@pytest.mark.parametrize("case", CASES)
def test_renormalising_the_plain_text_changes_nothing(case: str) -> None:
    first = doc(case)
    again = normalise(render(first, case), ImportOptions(source=f"{case}/rendered")).document
    assert snapshot(again) == snapshot(first)


@pytest.mark.parametrize("case", CHINESE_CASES)
def test_no_half_width_punctuation_in_chinese_text(case: str) -> None:
    assert half_width_in_chinese(doc(case)) == []


@pytest.mark.parametrize("case", CASES)
def test_heading_ids_unique_and_ascii(case: str) -> None:
    d = doc(case)
    ids = [b.id for b in d.blocks if isinstance(b, Heading)] + [e.id for e in d.glossary.entries]
    assert len(ids) == len(set(ids))
    assert all(i and i.isascii() for i in ids)


@pytest.mark.parametrize("case", CASES)
def test_no_line_break_or_control_characters_survive(case: str) -> None:
    bad = re.compile("[\r\n\x00-\x1f\u200b\ufeff]")
    assert [t for t in every_text(doc(case)) if bad.search(t)] == []


# --- 1. GBK, CRLF, headed numbered glossary --------------------------------------------------

GBK_HEADINGS = [
    (1, "一、", "2020年工作回顾"),
    (2, "（一）", "经济运行稳中向好"),
    (2, "（二）", "改革开放持续深化"),
    (1, "二、", "2021年主要任务"),
    (2, "（一）", "坚持创新驱动，培育发展新动能"),
    (2, "（二）", "持续优化营商环境，激发市场主体活力"),
    (1, "三、", "加强政府自身建设"),
]
GBK_LEADS = [
    "",
    "",
    "",
    "稳住经济基本盘。",
    "壮大实体经济。",
    "打造一流营商环境。",
    "创新监管方式。",
    "",
    "强化企业创新主体地位。",
    "推进产业数字化。",
    "深化“放管服”改革。",
    "推进“一网通办”提质扩面。",
    "加强事中事后监管。",
    "坚持依法行政。",
    "",
]
GBK_TERMS = ["放管服", "一网通办", "双随机、一公开", "上云用数赋智"]


def test_gbk_meta() -> None:
    m = doc(GBK).meta
    assert m.title == "XX市政府工作报告"
    assert m.subtitle == "——2021年1月20日在XX市第十六届人民代表大会第五次会议上"
    assert m.date == "2021-01-20"


def test_gbk_headings() -> None:
    assert headings(doc(GBK)) == GBK_HEADINGS


def test_gbk_leads() -> None:
    assert [plain(p.lead) for p in paragraphs(doc(GBK))] == GBK_LEADS


def test_gbk_paragraph_text_full_width() -> None:
    d = doc(GBK)
    p = para(d, "稳住经济基本盘。")
    assert (
        plain(p.content)
        == "全市地区生产总值增长4.1%，规模以上工业增加值增长4.6%；固定资产投资增长8.9%。"
    )
    p = para(d, "加强事中事后监管。")
    assert (
        plain(p.content) == "“双随机、一公开”监管实现部门全覆盖（特殊重点领域除外），做到无事不扰。"
    )
    assert full(paragraphs(d)[0]) == "各位代表："
    assert full(paragraphs(d)[-1]).startswith("各位代表！新征程催人奋进，新使命重任在肩。")


def test_gbk_glossary() -> None:
    g = doc(GBK).glossary
    assert g.title == "名词解释"
    assert [e.term for e in g.entries] == GBK_TERMS
    assert [e.number for e in g.entries] == ["1", "2", "3", "4"]
    assert plain(g.entries[2].definition) == (
        "在监管过程中随机抽取检查对象，随机选派执法检查人员，抽查情况及查处结果及时向社会公开。"
    )
    assert plain(g.entries[0].definition) == "简政放权、放管结合、优化服务的简称。"


def test_gbk_glossary_not_in_body() -> None:
    d = doc(GBK)
    assert all(h[2] != "名词解释" for h in headings(d))
    assert not any(re.match(r"\d\.“", full(p)) for p in paragraphs(d))


def test_gbk_term_refs() -> None:
    d = doc(GBK)
    targets = {n.target for n in refs(d) if isinstance(n, TermRef)}
    assert targets == {e.id for e in d.glossary.entries}
    lead = para(d, "深化“放管服”改革。").lead
    assert TermRef(entry(d, "放管服").id, "放管服") in lead
    assert Code.UNUSED_TERM not in codes(result(GBK))


def test_gbk_ledger_and_diagnostics() -> None:
    res = result(GBK)
    keys = ledger_keys(res)
    for k in [
        ("line-endings", "convert-line-endings"),
        ("glossary", "parse-entry"),
        ("leads", "set-run-in-lead"),
        ("punctuation", "full-width-comma"),
        ("punctuation", "full-width-colon"),
        ("punctuation", "full-width-semicolon"),
        ("punctuation", "full-width-parentheses"),
        ("punctuation", "full-width-exclamation-mark"),
    ]:
        assert k in keys, k
    assert res.ledger.counts()[("glossary", "parse-entry")] == 4
    assert Code.ENCODING_DETECTED not in codes(res)
    assert Code.UNTERMINATED_PARAGRAPH not in codes(res)


def test_gbk_without_encoding_is_detected_as_gb18030_and_reported() -> None:
    """1,827 bytes, 1,668 of them outside ASCII, that read cleanly as GB18030 only."""
    res = normalise(raw(GBK), ImportOptions(source=f"{GBK}/input"))
    [detected] = [d for d in res.diagnostics if d.code is Code.ENCODING_DETECTED]
    assert "decoded as gb18030 by detection" in detected.message
    assert "--encoding gb18030" in detected.message
    assert res.document.meta.title == "XX市政府工作报告"
    assert [full(p) for p in paragraphs(res.document)] == [full(p) for p in paragraphs(doc(GBK))]


def test_gbk_wrong_explicit_encoding_is_refused_or_not_silent() -> None:
    """Declared UTF-8 on GBK bytes must not be accepted."""
    with pytest.raises(InputError):
        normalise(raw(GBK), ImportOptions(encoding="utf-8", source=f"{GBK}/input"))


# --- 2. web page furniture, notes glossary ---------------------------------------------------

WEB_FURNITURE = [
    "当前位置",
    "首页",
    "政务公开 > 规划计划",
    "字体",
    "大 中 小",
    "发布时间",
    "来源：市发改委",
    "分享到",
    "QQ空间",
    "打印本页",
    "关闭窗口",
    "责任编辑",
    "王某",
    "相关链接",
    "统计公报",
    "综合交通运输规划",
    "若干措施的通知",
    "- 2 -",
    "- 3 -",
]


def test_web_title() -> None:
    assert doc(WEB).meta.title == "XX市国民经济和社会发展第十四个五年规划纲要（摘要）"


def test_web_no_furniture_survives() -> None:
    texts = every_text(doc(WEB))
    leaked = [(f, t) for t in texts for f in WEB_FURNITURE if f in t]
    assert leaked == []
    assert not any(re.fullmatch(r"[-—\s]*\d+[-—\s]*", t) for t in texts if t)


def test_web_date_from_publication_line() -> None:
    assert doc(WEB).meta.date == "2022-02-15"


def test_web_headings() -> None:
    assert headings(doc(WEB)) == [
        (1, "一、", "发展环境"),
        (1, "二、", "主要目标"),
        (1, "三、", "重点任务"),
        (2, "（一）", "加快数字化发展。"),
        (2, "（二）", "推进以人为核心的新型城镇化。"),
        (2, "（三）", "提升政务服务效能。"),
    ]


def test_web_paragraph_across_page_number_rejoined() -> None:
    d = doc(WEB)
    p = para(d, "到2025年，")
    assert full(p).endswith("生态环境持续改善，人民群众获得感、幸福感、安全感显著增强。")
    assert not any(full(q).startswith("人民群众获得感") for q in paragraphs(d))
    assert ("paragraphs", "rejoin-split-paragraph") in ledger_keys(result(WEB))


def test_web_url_and_times_kept_punctuation_fixed_around_them() -> None:
    p = para(doc(WEB), "市民可登录")
    assert full(p) == (
        "市民可登录市政府门户网站（https://www.example.gov.cn/hd）查询办事指南，"
        "也可拨打12345热线咨询，人工服务时间为8:30-17:30。"
    )


def test_web_glossary_notes() -> None:
    g = doc(WEB).glossary
    assert g.title == "注释"
    assert [(e.number, e.term) for e in g.entries] == [
        ("1", "新型基础设施"),
        ("2", "城市更新"),
        ("3", "15分钟生活圈"),
    ]
    assert plain(g.entries[1].definition) == (
        "对城市建成区内的空间形态和功能进行整治、改善、优化，"
        "实现房屋使用、市政设施、公建配套等全面完善的活动。"
    )
    assert all(plain(e.definition).endswith("。") for e in g.entries)


def test_web_note_refs() -> None:
    d = doc(WEB)
    by_number = {e.number: e.id for e in d.glossary.entries}
    notes = [(n.label, n.target) for n in refs(d) if isinstance(n, NoteRef)]
    assert notes == [("1", by_number["1"]), ("2", by_number["2"]), ("3", by_number["3"])]
    assert not any(re.search(r"［\d+］", plain(p.content)) for p in paragraphs(d))


def test_web_term_refs() -> None:
    d = doc(WEB)
    targets = {n.target for n in refs(d) if isinstance(n, TermRef)}
    assert targets == {e.id for e in d.glossary.entries}


def test_web_ledger_and_diagnostics() -> None:
    res = result(WEB)
    counts = res.ledger.counts()
    assert counts[("chrome", "remove-related-links-heading")] == 1
    assert counts[("chrome", "remove-related-link")] == 3
    assert counts[("chrome", "remove-furniture")] >= 8
    assert counts[("glossary", "definition-on-next-line")] == 3
    assert counts[("notes", "link-note-marker")] == 3
    for code in (Code.UNUSED_TERM, Code.GLOSSARY_ENTRY_UNPARSED, Code.UNTERMINATED_PARAGRAPH):
        assert code not in codes(res)


# --- 3. English, hard-wrapped, Term: definition glossary ------------------------------------


def test_english_meta() -> None:
    m = doc(ENGLISH).meta
    assert m.title == "Riverton Municipal Annual Report 2021"
    assert m.subtitle == "(Presented to the Riverton City Council on 15 March 2022)"


def test_english_headings() -> None:
    assert headings(doc(ENGLISH)) == [
        (1, "1.", "Introduction"),
        (1, "2.", "Economy"),
        (2, "2.1", "Industry"),
        (2, "2.2", "Services"),
        (1, "3.", "Outlook"),
    ]


def test_english_paragraphs_unwrapped() -> None:
    d = doc(ENGLISH)
    ps = paragraphs(d)
    assert len(ps) == 6
    assert [full(p)[:20] for p in ps] == [
        "This report reviews ",
        "Despite a difficult ",
        "Gross regional produ",
        "Industrial output wa",
        "Tourism and logistic",
        "For 2022 the governm",
    ]
    assert full(para(d, "Industrial output")) == (
        "Industrial output was driven by the Eastbank industrial park, where two battery plants "
        "and a recycling centre started production. The share of high-tech firms in total value "
        "added reached 12.5 per cent, up from 10.9 per cent a year earlier."
    )
    assert all(not p.lead for p in ps)
    assert ("segment", "unwrap-lines") in ledger_keys(result(ENGLISH))


def test_english_numbers_urls_and_punctuation_untouched() -> None:
    d = doc(ENGLISH)
    body = " ".join(full(p) for p in paragraphs(d))
    for kept in (
        "until 10:30 in the evening",
        "more than 3,000 residents",
        "handled 3,000 containers",
        "published at https://stats.riverton.example.gov/2021 in the second quarter.",
        "available at https://www.riverton.example.gov/projects.",
    ):
        assert kept in body
    assert not re.search("[，：；（）！？。]", "".join(every_text(d)))


def test_english_glossary() -> None:
    g = doc(ENGLISH).glossary
    assert g.title == "Glossary"
    assert [e.term for e in g.entries] == ["Value added", "Industrial park", "Green bond"]
    assert plain(g.entries[0].definition) == (
        "The value of goods and services produced, less the value of the goods and services "
        "used up in producing them."
    )
    assert plain(g.entries[2].definition) == (
        "A bond whose proceeds are used only to finance projects with environmental or climate "
        "benefits."
    )


def test_english_term_refs() -> None:
    d = doc(ENGLISH)
    term_refs = [n for n in refs(d) if isinstance(n, TermRef)]
    assert {n.target for n in term_refs} == {e.id for e in d.glossary.entries}
    value_added = entry(d, "Value added").id
    assert sum(1 for n in term_refs if n.target == value_added) == 2
    res = result(ENGLISH)
    assert Code.UNUSED_TERM not in codes(res)
    assert Code.UNTERMINATED_PARAGRAPH not in codes(res)


# --- 4. the whole document captured twice ---------------------------------------------------


def test_repeated_document_once() -> None:
    d = doc(REPEATED_DOC)
    assert d.meta.title == "XX区2021年政府工作报告"
    assert headings(d) == [(1, "一、", "2020年工作回顾"), (1, "二、", "2021年工作安排")]
    assert [full(p)[:8] for p in paragraphs(d)] == [
        "过去一年，全区地",
        "民生保障有力。新",
        "推进柔性引才。围",
        "深化医药卫生体制",
    ]
    assert all(d.meta.title not in full(p) for p in paragraphs(d))


def test_repeated_document_glossary() -> None:
    d = doc(REPEATED_DOC)
    assert [(e.term, e.page) for e in d.glossary.entries] == [
        ("三医联动", "P3"),
        ("柔性引才", "P4"),
    ]
    assert plain(d.glossary.entries[1].definition) == (
        "在不改变人才户籍、人事关系的前提下，以项目合作、兼职服务等方式引进人才。"
    )
    targets = {n.target for n in refs(d) if isinstance(n, TermRef)}
    assert targets == {e.id for e in d.glossary.entries}


def test_repeated_document_ledger_and_diagnostics() -> None:
    res = result(REPEATED_DOC)
    counts = res.ledger.counts()
    assert counts[("duplicates", "remove-duplicate-heading")] == 2
    assert counts[("duplicates", "remove-duplicate")] == 7  # title, 4 paragraphs, 2 entries
    for code in (Code.DUPLICATE_TERM, Code.SAME_TITLE_HEADING, Code.UNTERMINATED_PARAGRAPH):
        assert code not in codes(res)


# --- 5. a repeated section, a column break, a continuation after a copy ---------------------


def test_repeated_section_headings() -> None:
    assert headings(doc(REPEATED_SECTION)) == [
        (1, "一、", "2021年工作回顾"),
        (1, "二、", "2022年主要任务"),
        (2, "（一）", "着力推进产业升级，增强发展后劲。"),
        (2, "（二）", "着力改善民生，增进人民福祉。"),
        (2, "（四）", "着力加强生态建设，推动绿色发展。"),
    ]


def test_repeated_section_column_break_rejoined() -> None:
    d = doc(REPEATED_SECTION)
    p = para(d, "脱贫攻坚成果持续巩固。")
    assert plain(p.lead) == "脱贫攻坚成果持续巩固。"
    assert plain(p.content).endswith(
        "农村基础设施和公共服务短板加快补齐，县乡村三级物流配送体系实现全覆盖。"
    )
    p = para(d, "持续推进绿色低碳发展。")
    assert plain(p.content) == (
        "按照碳达峰、碳中和的总体要求，加强高能耗行业能效管理，"
        "推广绿色建筑和清洁能源，发展节水型产业和节能环保产业。"
    )


def test_repeated_section_continuation_after_copy() -> None:
    d = doc(REPEATED_SECTION)
    p = para(d, "完善社会保障体系。")
    assert plain(p.lead) == "完善社会保障体系。"
    assert plain(p.content).endswith(
        "挂钩联动机制。推动社会保障体系与经济发展水平相适应，稳步提高城乡居民基本医疗保险财政补助标准。"
    )
    assert not any(full(q).startswith("体系与经济") for q in paragraphs(d))


def test_repeated_section_no_copies_left() -> None:
    d = doc(REPEATED_SECTION)
    texts = [full(p) for p in paragraphs(d)]
    assert len(texts) == len(set(texts)) == 9
    assert sum(t.startswith("深入打好污染防治攻坚战。") for t in texts) == 1
    assert sum(t.startswith("落实就业优先政策。") for t in texts) == 1


def test_repeated_section_ledger_and_diagnostics() -> None:
    res = result(REPEATED_SECTION)
    keys = ledger_keys(res)
    for k in [
        ("duplicates", "remove-duplicate"),
        ("duplicates", "remove-duplicate-heading"),
        ("duplicates", "rejoin-after-duplicate"),
        ("paragraphs", "rejoin-split-paragraph"),
    ]:
        assert k in keys, k
    assert res.ledger.counts()[("paragraphs", "rejoin-split-paragraph")] == 2
    assert Code.SECTION_REMOVED in codes(res)
    assert Code.SAME_TITLE_HEADING not in codes(res)
    assert Code.UNTERMINATED_PARAGRAPH not in codes(res)
    assert res.document.meta.date == "2022-01-12"


# --- 6. glossary with the term alone on its line ---------------------------------------------

TERM_ALONE_TERMS = ["一件事一次办", "专精特新", "链长制", "跨省通办", "标准地"]


def test_term_alone_glossary_entries() -> None:
    g = doc(TERM_ALONE).glossary
    assert g.title == "名词解释"
    assert [e.term for e in g.entries] == TERM_ALONE_TERMS
    assert all(not e.page and not e.number for e in g.entries)
    assert plain(g.entries[2].definition) == (
        "指由市级领导担任重点产业链“链长”，统筹推进产业链规划、招商、项目和要素保障的工作机制。"
    )
    assert all(plain(e.definition).startswith("指") for e in g.entries)


def test_term_alone_body_intact() -> None:
    d = doc(TERM_ALONE)
    assert d.meta.title == "XX市优化营商环境三年行动方案（2022—2024年）"
    assert headings(d) == [
        (1, "一、", "总体目标"),
        (1, "二、", "重点任务"),
        (2, "（一）", "提升政务服务效能。"),
        (2, "（二）", "支持企业做优做强。"),
        (2, "（三）", "强化要素保障。"),
        (1, "三、", "保障措施"),
    ]
    ps = paragraphs(d)
    assert len(ps) == 6
    assert full(ps[-1]).startswith("各县（市、区）、市直各部门")
    assert all(not p.lead for p in ps)


def test_term_alone_refs_and_diagnostics() -> None:
    d = doc(TERM_ALONE)
    targets = {n.target for n in refs(d) if isinstance(n, TermRef)}
    assert targets == {e.id for e in d.glossary.entries}
    res = result(TERM_ALONE)
    assert res.ledger.counts()[("glossary", "definition-on-next-line")] == 5
    assert Code.GLOSSARY_ENTRY_UNPARSED not in codes(res)
    assert Code.UNUSED_TERM not in codes(res)


# --- 7. four heading levels ------------------------------------------------------------------


def test_chapters_levels() -> None:
    assert headings(doc(CHAPTERS)) == [
        (1, "第一章", "总则"),
        (2, "第一节", "规划背景"),
        (3, "一、", "发展基础"),
        (4, "（一）", "大气环境质量稳步提升"),
        (4, "（二）", "水环境质量持续好转"),
        (3, "二、", "面临形势"),
        (2, "第二节", "指导思想和基本原则"),
        (3, "一、", "指导思想"),
        (3, "二、", "基本原则"),
        (1, "第二章", "主要任务"),
        (2, "第一节", "深入打好蓝天保卫战"),
        (3, "一、", "推进重点行业深度治理"),
        (4, "（一）", "钢铁行业超低排放改造"),
        (4, "（二）", "挥发性有机物综合治理"),
        (2, "第二节", "深入打好碧水保卫战"),
    ]


def test_chapters_enumeration_in_prose_is_not_a_heading() -> None:
    """ "一、二季度……" is a sentence about the first and second quarters, not heading 一、."""
    d = doc(CHAPTERS)
    p = para(d, "一、二季度")
    assert (
        full(p)
        == "一、二季度受不利气象条件影响，部分时段出现轻度污染，三季度以来空气质量明显好转。"
    )
    assert len(paragraphs(d)) == 10


def test_chapters_diagnostics() -> None:
    res = result(CHAPTERS)
    assert Code.SAME_TITLE_HEADING not in codes(res)
    assert Code.UNTERMINATED_PARAGRAPH not in codes(res)
    assert Code.NO_TITLE not in codes(res)
    assert res.document.meta.title == "XX市“十四五”生态环境保护规划"


# --- 8. BOM, CR-only line endings, control and invisible characters -------------------------


def test_controls_import_succeeds() -> None:
    """A UTF-8 file that declares itself with a BOM is text, even with a stray NUL in it."""
    result(CONTROLS)


def test_controls_clean_text() -> None:
    d = doc(CONTROLS)
    assert d.meta.title == "关于召开2022年全市安全生产工作会议的通知"
    assert headings(d) == [
        (1, "一、", "会议时间和地点"),
        (1, "二、", "参会人员"),
        (1, "三、", "有关要求"),
    ]
    assert full(para(d, "各县（市、区）分管")) == (
        "各县（市、区）分管安全生产工作的负责同志，市安委会成员单位分管负责同志。"
    )
    assert full(para(d, "请各单位")) == (
        "请各单位于2月25日前将参会人员名单报市应急管理局。参会人员请提前15分钟入场，"
        "会议期间请将手机调至静音状态。"
    )


def test_controls_meeting_time_and_place_are_content() -> None:
    """ "时间：…" and "地点：…" in a notice are what the notice says, not page furniture."""
    d = doc(CONTROLS)
    texts = [full(p) for p in paragraphs(d)]
    assert "时间：2022年3月1日上午9:00" in texts
    assert "地点：市政府第一会议室" in texts


def test_controls_signature_and_date_stay_apart() -> None:
    texts = [full(p) for p in paragraphs(doc(CONTROLS))]
    assert not any("办公室2022年" in t for t in texts)


def test_controls_ledger_and_diagnostics() -> None:
    res = result(CONTROLS)
    counts = res.ledger.counts()
    assert sum(n for (_, action), n in counts.items() if action == "remove-byte-order-mark") == 1
    assert counts[("line-endings", "convert-line-endings")] == 1
    assert counts[("xml-characters", "remove-invalid-character")] == 2
    assert counts[("invisible-characters", "remove-invisible-character")] == 2
    assert codes(res).count(Code.INVALID_CHARACTER) == 2


def test_controls_refused_when_asked_to() -> None:
    with pytest.raises(InputError):
        normalise(raw(CONTROLS), ImportOptions(invalid_chars="error", source=f"{CONTROLS}/input"))


# --- 9. newspaper continuation markers, running heads, page numbers --------------------------


def test_continuation_meta() -> None:
    m = doc(CONTINUATION).meta
    assert m.title == "政府工作报告"
    assert m.subtitle == "——2021年1月20日在衡阳市第十六届人民代表大会第五次会议上"
    assert m.date == "2021-01-20"


def test_continuation_no_chrome_left() -> None:
    texts = every_text(doc(CONTINUATION))
    chrome = re.compile(r"日报|第\s*[\d一二三四]+\s*版|上接|下转|^[—\s]*\d+[—\s]*$")
    assert [t for t in texts if t and chrome.search(t)] == []


def test_continuation_paragraphs_rejoined() -> None:
    d = doc(CONTINUATION)
    assert full(para(d, "过去一年，")) == (
        "过去一年，全市地区生产总值增长4.1%，规模以上工业增加值增长4.6%，城乡居民人均可支配收入"
        "分别增长5.1%和7.8%，经济运行呈现稳中向好、持续恢复的态势。"
    )
    p = para(d, "壮大先进制造业。")
    assert plain(p.lead) == "壮大先进制造业。"
    assert plain(p.content).endswith(
        "加快推进智能制造示范园区建设，全年新增规模以上工业企业150家。"
    )
    p = para(d, "建设更高质量教育。")
    assert plain(p.lead) == "建设更高质量教育。"


def test_continuation_headings() -> None:
    assert headings(doc(CONTINUATION)) == [
        (1, "一、", "2020年工作回顾"),
        (1, "二、", "2021年主要任务"),
        (2, "（一）", "着力推进产业转型升级。"),
        (2, "（二）", "着力改善民生福祉。"),
    ]


def test_continuation_ledger_and_diagnostics() -> None:
    res = result(CONTINUATION)
    counts = res.ledger.counts()
    assert counts[("chrome", "remove-continuation-marker")] == 5
    assert counts[("chrome", "remove-furniture")] == 8
    assert counts[("paragraphs", "rejoin-split-paragraph")] == 2
    assert Code.UNTERMINATED_PARAGRAPH not in codes(res)


# --- 10. headless glossary with split definition and trailing fragments ---------------------


def test_headless_glossary_entries() -> None:
    g = doc(HEADLESS).glossary
    assert g.title == ""
    assert [(e.term, e.page) for e in g.entries] == [
        ("三医联动", "P12"),
        ("柔性引才", "P13"),
        ("两主一特", "P15"),
        ("四到精神", "P16"),
    ]
    assert plain(g.entries[1].definition) == (
        "在人才引进过程中，突破地域、户籍、身份、档案、人事关系等限制，不改变其户籍或国籍，"
        "不改变人才与原单位的关系，以智力服务为核心的人才引进方式。"
    )


def test_headless_body_has_no_glossary_fragments() -> None:
    d = doc(HEADLESS)
    ps = paragraphs(d)
    assert [plain(p.lead) for p in ps] == [
        "深化医药卫生体制改革。",
        "强化人才支撑。",
        "做强主导产业。",
        "提升干部作风。",
    ]
    assert not any("（P" in full(p) or "不改变人才与原单位" in full(p) for p in ps)


def test_headless_term_refs() -> None:
    d = doc(HEADLESS)
    targets = {n.target for n in refs(d) if isinstance(n, TermRef)}
    assert targets == {e.id for e in d.glossary.entries}
    assert Code.UNUSED_TERM not in codes(result(HEADLESS))


def test_headless_ledger_and_diagnostics() -> None:
    res = result(HEADLESS)
    counts = res.ledger.counts()
    assert counts[("duplicates", "remove-duplicate")] == 3
    assert (
        counts[("glossary", "rejoin-entry")] + counts[("paragraphs", "rejoin-split-paragraph")] >= 1
    )
    assert Code.DUPLICATE_TERM not in codes(res)
