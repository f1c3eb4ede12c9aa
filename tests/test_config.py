"""triptych.toml: validated, with clear errors, and honoured."""

from __future__ import annotations

from pathlib import Path

import pytest

from triptych.config import A4, PAPERS, Paper, load_config
from triptych.errors import InputError


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "triptych.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_defaults_without_a_file(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert config.editions == ("xml", "pdf", "epub", "html")
    assert config.out == Path("build")
    assert (config.base_url, config.link_terms, config.paper) == ("", "all", A4)
    assert (config.body_font, config.heading_font) == ("Noto Serif CJK SC", "Noto Sans CJK SC")


def test_defaults_of_an_empty_file_are_the_defaults_without_one(tmp_path: Path) -> None:
    assert load_config(write(tmp_path, "")) == load_config(tmp_path / "nowhere")


def test_values_are_read(tmp_path: Path) -> None:
    config = load_config(
        write(
            tmp_path,
            '[site]\ntitle = "报告"\n[build]\nout = "public"\n'
            'editions = ["html"]\ntemplates = "theme"\n',
        )
    )
    assert (config.site_title, config.out, config.editions) == ("报告", Path("public"), ("html",))
    assert config.templates == tmp_path / "theme"


def test_site_build_and_pdf_settings_are_read(tmp_path: Path) -> None:
    config = load_config(
        write(
            tmp_path,
            '[site]\nbase_url = "https://example.org/reports"\n'
            '[build]\nlink_terms = "first-in-section"\n'
            '[pdf]\npaper = "b5"\nbody_font = "思源宋体"\nheading_font = "Source Han Sans SC"\n'
            'code_font = "Sarasa Mono SC"\n',
        )
    )
    assert config.base_url == "https://example.org/reports/"  # always ends in a slash
    assert config.link_terms == "first-in-section"
    assert config.paper == PAPERS["b5"] == Paper("B5", 176, 250)
    assert (config.body_font, config.heading_font) == ("思源宋体", "Source Han Sans SC")
    assert config.code_font == "Sarasa Mono SC"


@pytest.mark.parametrize(
    ("value", "paper"),
    [
        ("A4", A4),
        ("a5", Paper("A5", 148, 210)),
        ("Letter", Paper("letter", 215.9, 279.4)),
        ("170mm 240mm", Paper("170mm 240mm", 170, 240)),
        (" 152.4mm  228.6MM ", Paper("152.4mm 228.6mm", 152.4, 228.6)),
    ],
)
def test_paper_sizes(tmp_path: Path, value: str, paper: Paper) -> None:
    assert load_config(write(tmp_path, f'[pdf]\npaper = "{value}"\n')).paper == paper


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[site]\nbase_url = "/reports/"\n', r'base_url = "/reports/" is not allowed: .*https'),
        ('[site]\nbase_url = "https://"\n', r"base_url .* absolute http or https address"),
        ('[site]\nbase_url = "https://x.org/?a=1"\n', r"without a query or a fragment"),
        ("[site]\nbase_url = 1\n", r"\[site\] base_url = 1 is not allowed"),
        (
            '[build]\nlink_terms = "first"\n',
            r'\[build\] link_terms = "first" is not allowed: it must be "all" or '
            r'"first-in-section"',
        ),
        (
            '[pdf]\npaper = "A6"\n',
            r'\[pdf\] paper = "A6" is not allowed: it must be one of "A3", "A4", "A5", "B4", '
            r'"B5", "letter", "legal" or "<width>mm <height>mm"',
        ),
        ('[pdf]\npaper = "170 240"\n', r'paper = "170 240" is not allowed: it must be one of'),
        ('[pdf]\npaper = "50mm 240mm"\n', r"explicit paper must be 75 to 1200 mm wide"),
        ("[pdf]\npaper = [210, 297]\n", r"paper = \[210, 297\] is not allowed"),
        ('[pdf]\nbody_font = ""\n', r'body_font = "" is not allowed: .*family name'),
        ("[pdf]\nheading_font = 3\n", r"heading_font = 3 is not allowed"),
        ('[pdf]\ncode_font = "Mono; }"\n', r'code_font = "Mono; }" is not allowed'),
        ("[pdf]\nbody_font = 'A\"; } body { x'\n", r"body_font = .* is not allowed"),
        ('[pdf]\nsize = "A4"\n', r"unknown key 'size' in \[pdf\]; known: body_font, code_font, "),
    ],
)
def test_bad_values_name_the_key_the_value_and_what_is_allowed(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(InputError, match=message) as caught:
        load_config(write(tmp_path, text))
    assert caught.value.source.endswith("triptych.toml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[site]\ntitel = "x"\n',
            "unknown key 'titel' in \\[site\\]; known: base_url, lang, title",
        ),
        ("[sight]\n", "unknown section \\[sight\\]"),
        ('[build]\neditions = ["pdf", "docx"]\n', "unknown edition"),
        ('[build]\nout = "content"\n', "mix the outputs with the sources"),
        ('[build]\nout = "."\n', "mix the outputs with the sources"),
        ("[site\n", "not valid TOML"),
    ],
)
def test_mistakes_are_clear_errors(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        load_config(write(tmp_path, text))
    assert caught.value.source.endswith("triptych.toml")
