"""The print edition's paper and fonts from triptych.toml: the CSS that ``print_overrides`` gives,
and what WeasyPrint makes of it after print.css, as a reader of the PDF sees it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pikepdf
import pytest
import tinycss2  # type: ignore[import-untyped]
import weasyprint

from contexts import context
from pdftext import pdftotext, squash, text_runs
from runner import triptych
from triptych import builder
from triptych.builder import BuildReport
from triptych.config import A4, MM, PAPERS, Paper, load_config, paper_of
from triptych.editions import BuildContext
from triptych.editions.pagestyle import (
    A4_CHARACTERS,
    CHARACTER_PT,
    MIN_SIDE_MARGIN_MM,
    measure_of,
    print_overrides,
)
from triptych.editions.templating import theme_path
from triptych.errors import InputError
from triptych.project import build

PRINT_CSS = theme_path() / "pdf" / "print.css"
SERIF, SANS, MONO = "Noto Serif CJK SC", "Noto Sans CJK SC", "Noto Sans Mono CJK SC"


def test_defaults_add_nothing() -> None:
    assert print_overrides() == ""
    assert print_overrides(A4, SERIF, SANS) == ""
    assert print_overrides(paper_of("210mm 297mm")) == ""  # A4 by its size


def test_a4_keeps_the_measure_of_print_css() -> None:
    measure = measure_of(A4)
    assert measure.characters == A4_CHARACTERS == 38
    assert measure.width_pt == 456
    assert measure.side_pt == pytest.approx(69.6, abs=0.05)
    assert (measure.top_mm, measure.bottom_mm) == (30, 25)


def test_a5_is_27_characters_centred_with_scaled_margins() -> None:
    measure = measure_of(PAPERS["a5"])
    assert measure.characters == 27
    assert measure.width_pt == 324
    assert measure.side_pt == pytest.approx((148 * MM - 324) / 2, abs=0.01)
    assert measure.top_mm == pytest.approx(30 * 210 / 297)
    assert measure.bottom_mm == pytest.approx(25 * 210 / 297)
    css = print_overrides(PAPERS["a5"])
    assert "size: A5;" in css
    assert "margin: 21.21mm 47.76pt 17.68mm;" in css
    assert "font-family" not in css


@pytest.mark.parametrize(
    ("paper", "characters"),
    [("A5", 27), ("B5", 34), ("letter", 43), ("A3", 63), ("170mm 240mm", 33), ("75mm 100mm", 10)],
)
def test_the_measure_is_the_most_whole_characters_the_side_margins_allow(
    paper: str, characters: int
) -> None:
    sheet = paper_of(paper)
    measure = measure_of(sheet)
    assert measure.characters == characters
    minimum = MIN_SIDE_MARGIN_MM * MM
    assert measure.side_pt >= minimum - 0.01
    assert sheet.width_pt - (characters + 1) * CHARACTER_PT < 2 * minimum  # one more won't fit
    # centred, and never narrower than its characters
    assert 0 <= sheet.width_pt - 2 * measure.side_pt - measure.width_pt < 0.02
    assert measure.top_mm >= 20 and measure.bottom_mm >= 15


def test_explicit_paper_is_written_as_its_size() -> None:
    css = print_overrides(Paper("170mm 240mm", 170, 240))
    assert "size: 170mm 240mm;" in css


def _font_rules(css: str) -> dict[str, str]:
    """Each selector or ``@page`` margin box of ``css`` mapped to the font family it names."""
    found: dict[str, str] = {}

    def walk(nodes: list[Any], where: str) -> None:
        for node in nodes:
            kind = getattr(node, "type", "")
            if kind == "qualified-rule":
                prelude = tinycss2.serialize(node.prelude).strip()
                inner = tinycss2.parse_blocks_contents(node.content, True, True)
                walk(inner, prelude)
            elif kind == "at-rule" and node.content is not None:
                name = "@" + node.lower_at_keyword
                prelude = tinycss2.serialize(node.prelude).strip()
                inner = tinycss2.parse_blocks_contents(node.content, True, True)
                walk(inner, f"{where} {name} {prelude}".strip())
            elif kind == "declaration" and node.lower_name == "font-family":
                value = [t.value for t in node.value if t.type == "string"]
                found[where] = value[0]

    walk(tinycss2.parse_stylesheet(css, True, True), "")
    return found


def test_fonts_replace_every_use_of_the_default_fonts_in_print_css() -> None:
    # code keeps its monospace face whatever the body and heading fonts are
    theme = {
        where: family
        for where, family in _font_rules(PRINT_CSS.read_text(encoding="utf-8")).items()
        if family != MONO
    }
    css = print_overrides(A4, "Body Font", "Heading Font")
    assert "@page" in css and "size" not in css
    overrides = _font_rules(css)
    expected = {
        where: ("Body Font" if family == SERIF else "Heading Font")
        for where, family in theme.items()
    }
    assert {w: f for w, f in overrides.items() if w in expected} == expected
    assert set(overrides) == set(expected)
    only_body = _font_rules(print_overrides(A4, "Body Font", SANS))
    assert set(only_body.values()) == {"Body Font"}
    assert set(only_body) == {w for w, f in theme.items() if f == SERIF}


def test_the_code_font_replaces_the_monospace_face_and_nothing_else() -> None:
    theme = _font_rules(PRINT_CSS.read_text(encoding="utf-8"))
    css = print_overrides(A4, SERIF, SANS, "Code Font")
    assert _font_rules(css) == {w: "Code Font" for w, f in theme.items() if f == MONO}
    assert "@page" not in css  # no margin box shows code
    assert print_overrides(A4, SERIF, SANS, MONO) == ""


def test_a_bad_paper_is_refused_when_the_config_is_loaded(tmp_path: Path) -> None:
    (tmp_path / "triptych.toml").write_text('[pdf]\npaper = "A7"\n', "utf-8")
    with pytest.raises(InputError, match=r'\[pdf\] paper = "A7" is not allowed') as caught:
        load_config(tmp_path)
    assert caught.value.source.endswith("triptych.toml")


def test_the_build_context_carries_the_overrides(tmp_path: Path) -> None:
    """``project.build`` puts the CSS for the settings on the context every edition gets."""
    seen: list[BuildContext] = []

    def capture(sources: object, ctx: BuildContext, *_: object, **__: object) -> BuildReport:
        seen.append(ctx)
        return BuildReport()

    (tmp_path / "content").mkdir()
    (tmp_path / "triptych.toml").write_text(
        '[site]\nbase_url = "https://example.org"\n[build]\nlink_terms = "first-in-section"\n'
        '[pdf]\npaper = "A5"\nheading_font = "Noto Serif CJK SC"\n',
        "utf-8",
    )
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(builder, "run_build", capture)
        build(tmp_path)
    (ctx,) = seen
    assert ctx.print_css == print_overrides(PAPERS["a5"], SERIF, SERIF)
    assert ctx.base_url == "https://example.org/"
    assert ctx.link_terms == "first-in-section"


# --- typeset by WeasyPrint after print.css --------------------------------------------------

PARAGRAPH = "测" * (25 + 27 * 3 + 5)  # an indented first line of 25, three full lines, 5 left


def _typeset(out: Path, css: str) -> Path:
    html = (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>排版</title>'
        f'<link rel="stylesheet" href="{PRINT_CSS.as_uri()}"><style>{css}</style></head><body>'
        '<section class="title-page"><h1 class="document-title">排版测试</h1>'
        '<p class="subtitle">副标题</p></section>'
        f'<main><h2 class="section-heading">第一节</h2><p>{PARAGRAPH}</p></main></body></html>'
    )
    path = out / "page.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    return path


def _texts_and_fonts(path: Path) -> list[tuple[int, str, str]]:
    """Each run of text as (page, text without white space, font family), from poppler's XML."""
    return [(run.page, squash(run.text), run.font) for run in text_runs(path)]


def test_a5_page_holds_27_characters_a_line_in_the_chosen_fonts(tmp_path: Path) -> None:
    css = print_overrides(PAPERS["a5"], SANS, SERIF)  # the two fonts swapped
    path = _typeset(tmp_path, css)
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) == 2  # the title page is still one page
        box = [float(v) for v in pdf.pages[0].MediaBox]
        assert box[2] - box[0] == pytest.approx(148 * MM, abs=0.1)
        assert box[3] - box[1] == pytest.approx(210 * MM, abs=0.1)
    lines = [squash(line) for line in pdftotext(path, "-layout").splitlines()]
    assert [len(line) for line in lines if set(line) == {"测"}] == [25, 27, 27, 27, 5]
    runs = _texts_and_fonts(path)
    family = {text: font for _, text, font in runs}
    serif, sans = "Noto-Serif-CJK-SC", "Noto-Sans-CJK-SC"
    # the title and the running head that repeats it: the heading font
    assert [(p, f) for p, t, f in runs if t == "排版测试"] == [(1, serif), (2, serif)]
    assert family["第一节"] == serif
    assert family["副标题"] == serif
    assert all(family[t] == sans for t in family if set(t) == {"测"})  # body: the body font
    number = next(f for p, t, f in runs if p == 2 and re.fullmatch(r"—\s*2\s*—", t))
    assert number == sans


def test_without_overrides_print_css_is_unchanged(tmp_path: Path) -> None:
    path = _typeset(tmp_path, print_overrides())
    with pikepdf.open(path) as pdf:
        box = [float(v) for v in pdf.pages[0].MediaBox]
        assert box[2] - box[0] == pytest.approx(A4.width_pt, abs=0.1)
    lines = [squash(line) for line in pdftotext(path, "-layout").splitlines()]
    assert [len(line) for line in lines if set(line) == {"测"}] == [36, 38, 37]
    family = {text: font for _, text, font in _texts_and_fonts(path)}
    assert family["第一节"] == "Noto-Sans-CJK-SC"
    assert family[PARAGRAPH[:36]] == "Noto-Serif-CJK-SC"


def _imprint_top(out: Path, css: str, byline: bool) -> tuple[int, float]:
    """The title page typeset alone, with or without a byline: its number of pages and the top
    of the issuer's line, in points from the top of the page."""
    author = '<p class="author">湖南省省长 毛伟明</p>' if byline else ""
    html = (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>排版</title>'
        f'<link rel="stylesheet" href="{PRINT_CSS.as_uri()}"><style>{css}</style></head><body>'
        '<section class="title-page"><h1 class="document-title">排版测试</h1>'
        f'<p class="subtitle">副标题</p>{author}<div class="imprint"><p class="issuer">某某人民政府'
        '</p><p class="date">2021年1月20日</p></div></section></body></html>'
    )
    path = out / f"title-{byline}.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    [issuer] = [r for r in text_runs(path) if squash(r.text) == "某某人民政府"]
    with pikepdf.open(path) as pdf:
        width_pt = float(pdf.pages[0].MediaBox[2]) - float(pdf.pages[0].MediaBox[0])
        return len(pdf.pages), issuer.top * width_pt / issuer.page_width


@pytest.mark.parametrize("paper", ["A4", "A5", "B5", "letter"])
def test_a_byline_leaves_the_issuer_and_date_where_they_stand_without_one(
    tmp_path: Path, paper: str
) -> None:
    css = print_overrides(paper_of(paper))
    pages, without = _imprint_top(tmp_path, css, byline=False)
    assert _imprint_top(tmp_path, css, byline=True) == (1, pytest.approx(without, abs=MM))
    assert pages == 1


# --- through `triptych build` ----------------------------------------------------------------


def _project(tmp_path: Path, pdf_settings: str) -> Path:
    content = tmp_path / "content" / "report"
    content.mkdir(parents=True)
    (content / "document.md").write_text(
        "---\ntriptych: 1\ntitle: 排版测试\nlang: zh-CN\n---\n\n"
        "# 第一节 {#di-yi-jie}\n\n" + PARAGRAPH + "\n",
        encoding="utf-8",
    )
    (tmp_path / "triptych.toml").write_text(f"[pdf]\n{pdf_settings}\n", encoding="utf-8")
    return tmp_path


def _build(project: Path) -> subprocess.CompletedProcess[str]:
    return triptych("build", "--edition", "pdf", cwd=project)


def test_the_settings_reach_the_pdf_that_build_writes(tmp_path: Path) -> None:
    project = _project(tmp_path, f'paper = "A5"\nheading_font = "{SERIF}"')
    run = _build(project)
    assert run.returncode == 0, run.stderr
    path = project / "build" / "pdf" / "report.pdf"
    with pikepdf.open(path) as pdf:
        box = [float(v) for v in pdf.pages[0].MediaBox]
        assert box[2] - box[0] == pytest.approx(148 * MM, abs=0.1)
    runs = _texts_and_fonts(path)
    assert {f for _, _, f in runs} == {"Noto-Serif-CJK-SC"}  # headings too: no Hei anywhere
    body = [len(t) for _, t, _ in runs if set(t) == {"测"}]
    assert max(body) == 27


def test_the_code_font_setting_sets_the_code_in_the_pdf(tmp_path: Path) -> None:
    project = _project(tmp_path, 'code_font = "Noto Sans Mono CJK TC"')
    document = project / "content" / "report" / "document.md"
    text = document.read_text("utf-8").replace("triptych: 1", "triptych: 2")  # code is in 2
    document.write_text(text + "\n```\nprint(total)\n```\n", encoding="utf-8")
    run = _build(project)
    assert run.returncode == 0, run.stderr
    family = {text: font for _, text, font in _texts_and_fonts(project / "build/pdf/report.pdf")}
    assert family["print(total)"] == "Noto-Sans-Mono-CJK-TC"
    assert family["第一节"] == "Noto-Sans-CJK-SC"


def test_a_chosen_font_without_chinese_is_refused_naming_a_character(tmp_path: Path) -> None:
    before = _project(tmp_path, "")
    assert _build(before).returncode == 0
    pdf = before / "build" / "pdf" / "report.pdf"
    good = pdf.read_bytes()
    (before / "triptych.toml").write_text('[pdf]\nbody_font = "DejaVu Serif"\n', encoding="utf-8")
    run = _build(before)
    assert run.returncode != 0
    assert "U+6D4B" in run.stderr and "DejaVu Serif" in run.stderr  # 测
    assert "set [pdf] body_font in triptych.toml to a font that has them" in run.stderr
    assert pdf.read_bytes() == good  # the last good edition stays


def test_a_chosen_font_that_is_not_installed_is_refused(tmp_path: Path) -> None:
    run = _build(_project(tmp_path, 'heading_font = "No Such Font SC"'))
    assert run.returncode != 0
    assert "'No Such Font SC'" in run.stderr and "not installed" in run.stderr


def test_the_pdf_cache_follows_the_files_of_the_chosen_fonts(tmp_path: Path) -> None:
    ctx = context(tmp_path / "build", project=tmp_path, epoch=0, body_font="DejaVu Serif")
    fonts = builder._print_fonts(ctx)
    assert "DejaVu Serif" in fonts and SANS in fonts and SERIF not in fonts
    ctx = context(tmp_path / "build", project=tmp_path, epoch=0, code_font="DejaVu Sans Mono")
    fonts = builder._print_fonts(ctx)
    assert "DejaVu Sans Mono" in fonts and MONO not in fonts
