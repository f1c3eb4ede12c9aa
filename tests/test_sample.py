"""The development sample: what issue "model, normaliser and canonical source" says it must become."""

from __future__ import annotations

import re

import pytest

from triptych.diagnostics import Code
from triptych.model import Heading, NoteRef, Paragraph, TermRef, plain, query
from triptych.normalise import ImportOptions, ImportResult, normalise
from triptych.normalise.checks import model_text


@pytest.fixture(scope="module")
def result(sample_bytes: bytes) -> ImportResult:
    return normalise(sample_bytes, ImportOptions(source="hengyang-2021-work-report.raw.txt"))


def paragraphs(result: ImportResult) -> list[Paragraph]:
    return [b for b in result.document.blocks if isinstance(b, Paragraph)]


def texts(result: ImportResult) -> list[str]:
    return [plain(p.lead) + plain(p.content) for p in paragraphs(result)]


def test_title_and_language(result: ImportResult) -> None:
    assert result.document.meta.title == "政府工作报告"
    assert result.document.meta.lang == "zh-CN"


def test_continuation_marker_removed_and_opening_paragraph_kept(result: ImportResult) -> None:
    first = result.document.blocks[0]
    assert isinstance(first, Paragraph)
    assert plain(first.content).startswith("积极发展国际民间科技人文合作交流，")
    assert not any("上接" in t for t in model_text(result.document))
    assert ("chrome", "remove-continuation-marker") in result.ledger.counts()


def test_headings_numbers_and_levels(result: ImportResult) -> None:
    headings = [b for b in result.document.blocks if isinstance(b, Heading)]
    assert [h.number for h in headings] == [
        "（五）",
        "（六）",
        "（七）",
        "（八）",
        "（九）",
        "（十一）",
    ]
    assert {h.level for h in headings} == {1}
    assert headings[0].text == "着力实施乡村振兴战略，推进农业农村现代化。"
    assert len({h.id for h in headings}) == len(headings)


def test_repeated_section_ten_removed_and_same_titles_reported(result: ImportResult) -> None:
    reported = [d.line for d in result.diagnostics if d.code is Code.SAME_TITLE_HEADING]
    assert reported == [37, 57]  # (九) and (十一), both titled as (八)
    assert ("duplicates", "remove-duplicate-heading") in result.ledger.counts()


def test_paragraph_continued_after_its_repeated_copy(result: ImportResult) -> None:
    joined = [t for t in texts(result) if "支持社会力量发展" in t]
    assert len(joined) == 1
    assert "支持社会力量发展普惠养老和普惠托育服务。健全退役军人工作体系" in joined[0]
    # and the lone lead that followed the truncated original stays with its own paragraph
    assert not any("支持社会力量发展强力推进" in t for t in texts(result))


def test_column_breaks_rejoined(result: ImportResult) -> None:
    body = "\n".join(texts(result))
    assert "用好“湘江源”蔬菜区域公用品牌" in body
    assert "“多规合一”信息平台建设，形成全市国土空间开发保护" in body


def test_lone_lead_joined_to_its_paragraph(result: ImportResult) -> None:
    led = [p for p in paragraphs(result) if plain(p.lead) == "强力推进生态建设和环境保护。"]
    assert len(led) == 1
    assert plain(led[0].content).startswith("开展大规模国土绿化行动")


def test_run_in_leads(result: ImportResult) -> None:
    leads = [plain(p.lead) for p in paragraphs(result) if p.lead]
    assert "打造一流营商环境。" in leads
    assert "实施乡村建设行动。" in leads
    assert all(len(lead) <= 21 and lead.endswith("。") for lead in leads)


def test_repeated_paragraph_kept_once(result: ImportResult) -> None:
    assert sum(t.startswith("建设更高水平的平安衡阳。") for t in texts(result)) == 1


def test_every_paragraph_terminated(result: ImportResult) -> None:
    assert all(re.search(r"[。！？：]”?$", t) for t in texts(result))


def test_glossary_entries_and_pages(result: ImportResult) -> None:
    entries = result.document.glossary.entries
    assert [(e.term, e.page) for e in entries] == [
        ("三医联动", "P10"),
        ("柔性引才", "P18"),
        ("两主一特", "P20"),
        ("一主一特", "P20"),
        ("六大强农行动", "P24"),
        ("“黄绿红蓝”彩色农产品", "P24"),
        ("一核一圈一带", "P26"),
        ("碳达峰、碳中和", "P28"),
    ]
    definitions = {e.term: plain(e.definition) for e in entries}
    assert definitions["六大强农行动"].endswith(
        "以信息化为导向实施科技强农，以全球化为导向实施开放强农。"
    )
    assert "产业融合强农，以信息化" in definitions["六大强农行动"]
    assert definitions["一核一圈一带"].endswith(
        "组团构建“对接粤港澳大湾区前沿经济带”，形成一批新的增长极。"
    )
    assert definitions["碳达峰、碳中和"].startswith("“碳达峰”指我国承诺在2030年前，")
    assert all(d.endswith("。") for d in definitions.values())


def test_repeated_glossary_fragments_removed(result: ImportResult) -> None:
    counts = result.ledger.counts()
    assert counts[("duplicates", "remove-duplicate")] >= 3
    removed = [e.before for e in result.ledger if e.action == "remove-duplicate"]
    assert any(r.startswith("黄绿红蓝”彩色农产品") for r in removed)  # lost its opening quote


def test_term_links(result: ImportResult) -> None:
    doc = result.document
    refs = query(doc, lambda n: n if isinstance(n, TermRef) else None)
    ids = {e.term: e.id for e in doc.glossary.entries}
    linked = {r.target for r in refs}
    for term in ("六大强农行动", "“黄绿红蓝”彩色农产品", "一核一圈一带", "碳达峰、碳中和"):
        assert ids[term] in linked
    unused = sorted(
        d.message.split("'")[1] for d in result.diagnostics if d.code is Code.UNUSED_TERM
    )
    assert unused == sorted(["三医联动", "柔性引才", "两主一特", "一主一特"])
    assert not query(doc, lambda n: n if isinstance(n, NoteRef) else None)


def test_anchors_are_readable_ascii(result: ImportResult) -> None:
    ids = [e.id for e in result.document.glossary.entries]
    assert ids[0] == "san-yi-lian-dong"
    assert all(re.fullmatch(r"[a-z][a-z0-9-]*", i) for i in ids)
    assert len(set(ids)) == len(ids)


def test_no_half_width_punctuation_left_in_chinese_text(result: ImportResult) -> None:
    for text in model_text(result.document):
        assert not re.search(r"[,:;()?!]", text), text
    counts = result.ledger.counts()
    assert counts[("punctuation", "full-width-comma")] > 100
    assert counts[("punctuation", "full-width-parentheses")] > 0
    assert counts[("punctuation", "full-width-semicolon")] > 0


def test_conservation_holds(result: ImportResult) -> None:
    assert not [d for d in result.diagnostics if d.code is Code.CONSERVATION]


def test_normalising_twice_changes_nothing(result: ImportResult) -> None:
    from triptych.readers.markdown import read
    from triptych.writers.markdown import write

    canonical_md = write(result.document)
    assert write(read(canonical_md)) == canonical_md


def test_every_entry_knows_its_back_references(result: ImportResult) -> None:
    from triptych.model import backrefs

    doc = result.document
    refs = backrefs(doc)
    by_term = {e.term: refs[e.id] for e in doc.glossary.entries}
    assert by_term["三医联动"] == ()
    carbon = by_term["碳达峰、碳中和"]
    assert [r.text for r in carbon] == ["碳达峰、碳中和"]
    assert carbon[0].anchor == "ref-tan-da-feng-tan-zhong-he-1"
    paragraph = doc.blocks[carbon[0].block]
    assert isinstance(paragraph, Paragraph)
    assert any(
        isinstance(n, TermRef) and n.target == carbon[0].anchor[4:-2] for n in paragraph.content
    )
    anchors = [r.anchor for rs in refs.values() for r in rs]
    ids = {b.id for b in doc.blocks if isinstance(b, Heading)} | {
        e.id for e in doc.glossary.entries
    }
    assert len(set(anchors)) == len(anchors) and not ids & set(anchors)
