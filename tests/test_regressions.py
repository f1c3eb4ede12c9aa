"""Regressions found by the property tests (`nox -s fuzz`), each as a small document."""

from __future__ import annotations

from pathlib import Path

from triptych.model import Heading, Paragraph, plain
from triptych.normalise import ImportOptions, ImportResult, normalise
from triptych.writers.text import write as write_text

BODY = "发展特色农业产业。深入推进各项工作，确保取得实效，不断提高农业综合效益和竞争力。"
OTHER = "完善社会保障体系。落实养老保险省级统筹改革，健全社会救助体系，推动社会保障全覆盖。"


def twice(raw: str) -> tuple[ImportResult, ImportResult]:
    first = normalise(raw, ImportOptions(source="case.txt"))
    again = ImportOptions(source="case.txt", lang=first.document.meta.lang)
    return first, normalise(write_text(first.document), again)


def test_copy_of_a_paragraph_whose_lead_stood_alone_is_removed() -> None:
    """The first copy had its lead on a line of its own; the second copy is whole."""
    lead, rest = BODY.split("。", 1)
    raw = "\n\n".join(
        ["报告", "（一）第一部分。", f"{lead}。", rest, "（二）第二部分。", OTHER, BODY]
    )
    first, second = twice(raw)
    texts = [
        plain(b.lead) + plain(b.content) for b in first.document.blocks if isinstance(b, Paragraph)
    ]
    assert texts.count(BODY) == 1
    assert second.document == first.document


def test_repeated_heading_inside_a_trailing_glossary() -> None:
    """A copied heading and its copied paragraph between glossary entries do not cut the
    glossary in two."""
    raw = "\n\n".join(
        [
            "报告",
            "（一）总体要求。",
            OTHER,
            "三医联动(P10):医保、医疗、医药改革联动。",
            "两主一特(P20):两个主导产业和一个特色产业。",
            f"（一）总体要求。{OTHER}",
            "一主一特(P20):一个主导产业和一个特色产业。",
        ]
    )
    first, second = twice(raw)
    assert [e.term for e in first.document.glossary.entries] == ["三医联动", "两主一特", "一主一特"]
    assert [b.number for b in first.document.blocks if isinstance(b, Heading)] == ["（一）"]
    assert second.document == first.document


def test_continuation_marker_cut_by_a_column_break() -> None:
    raw = "报告\n\n(上\n\n接第四版)积极发展国际民间科技人文合作交流，进一步拓展国际友好城市。"
    first, second = twice(raw)
    assert plain(first.document.blocks[0].content).startswith("积极发展")  # type: ignore[union-attr]
    assert second.document == first.document


def test_colons_next_to_each_other_settle_in_one_pass() -> None:
    first, second = twice("标题\n\n说明::“引文”。")
    assert "：：“" in plain(first.document.blocks[0].content)  # type: ignore[union-attr]
    assert second.document == first.document


def test_split_paragraph_whose_halves_a_removed_repeat_separated() -> None:
    """Found by `nox -s fuzz` (test_normalising_the_output_again_changes_nothing), shrunk."""
    raw = (
        "花菜种植培育和精深加工,使其成为衡阳百姓的“致富花”。加快粤港澳大湾区“菜篮子”生产基地认证,"
        "用好“湘\n黄\n品(P24):指种植黄、绿、红、蓝等非单一颜色农作物的新型现代农业。\n。\n"
        "子”生产基地认证,用好“\n产品(P24):指种植黄、绿、红、蓝等非单一颜色农作物的新型现代农业。"
    )
    first, second = twice(raw)
    assert second.document == first.document


def test_fragments_a_column_break_left_are_not_unnumbered_headings() -> None:
    """Issue 11 (found by the idempotence property): the first half of a cut lead sentence
    (``持续推进`` / ``绿色低碳发展。``) and a fragment with half a pair of quotes (``黄绿红蓝”``)
    were taken for unnumbered headings, and normalising the result again gave other levels."""
    body = "全市上下共同努力，各项工作取得新的进展，经济社会发展保持稳中有进的良好态势。"
    raw = "\n".join(
        [
            "政府工作报告",
            "(五)着力实施乡村振兴战略,推进农业农村现代化。",
            body,
            "持续推进",
            "绿色低碳发展。按照碳达峰、碳中和的总体要求,加强高能耗行业能效管理,强化建筑、交通节能。",
            "(六)着力推进新型城镇化,构建区域协调发展新格局。",
            body.replace("全市", "全县"),
            "黄绿红蓝”",
            "彩色农产品培育三年行动计划深入实施,做大做强“两茶一果一花”等特色产业,成效明显。",
        ]
    )
    first = normalise(raw, ImportOptions(source="cut.txt"))
    headings = [b for b in first.document.blocks if isinstance(b, Heading)]
    assert [h.number for h in headings] == ["（五）", "（六）"]
    again = normalise(write_text(first.document), ImportOptions(source="cut.txt", lang="zh-CN"))
    assert again.document == first.document


def test_a_line_said_twice_is_not_two_unnumbered_headings() -> None:
    """A title's second half (``政`` / ``府工作报告``), cut off and said again by a copy of the
    page, stood alone twice: counted as two unnumbered headings it became one, and lost it on
    the second import. (The document the property test found.)"""
    raw = Path(__file__).parent / "fixtures" / "regressions" / "title-half-said-twice.txt"
    first, second = twice(raw.read_text("utf-8"))
    assert not [b for b in first.document.blocks if isinstance(b, Heading) and not b.number]
    assert second.document == first.document
