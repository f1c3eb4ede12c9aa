"""The print edition's page settings from ``triptych.toml``, as CSS applied after ``print.css``.

``print.css`` is designed for A4 with Noto Serif CJK SC for body text and Noto Sans CJK SC for
headings and running heads, and Noto Sans Mono CJK SC for code. ``[pdf] paper``,
``body_font``, ``heading_font`` and ``code_font`` change that design without touching the
stylesheet: ``print_overrides`` gives the rules that differ, and
nothing at all when every setting is the default.

Paper keeps the stylesheet's rule that the text block is a whole number of 12pt characters wide,
so a line of Chinese fills the measure exactly. On A4 that is the stylesheet's own 38 characters
(456pt, side margins of 69.6pt). On any other paper it is the largest whole number of characters
that leaves side margins of at least ``MIN_SIDE_MARGIN_MM``, centred on the page. The top and
bottom margins, and the title page's spacing, scale with the paper's height, with floors that
keep room for the running head and the page number.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import tinycss2  # type: ignore[import-untyped]  # WeasyPrint's own CSS parser

from ..config import A4, DEFAULT_BODY_FONT, DEFAULT_CODE_FONT, DEFAULT_HEADING_FONT, MM, Paper
from .context import BuildContext
from .templating import environment, source

__all__ = [
    "A4_CHARACTERS",
    "CHARACTER_PT",
    "MIN_SIDE_MARGIN_MM",
    "PRINT_STYLESHEET",
    "PRINT_TEMPLATE",
    "Measure",
    "Stylesheet",
    "font_settings",
    "fontconfig_pattern",
    "measure_of",
    "print_files",
    "print_overrides",
    "print_stylesheet",
    "read_stylesheet",
]

PRINT_TEMPLATE = "pdf/print.html.j2"
PRINT_STYLESHEET = "pdf/print.css"

CHARACTER_PT = 12.0
"""The body text's size in ``print.css``: one Chinese character is this wide."""
A4_CHARACTERS = 38
"""The measure ``print.css`` sets on A4."""
MIN_SIDE_MARGIN_MM = 15.0
"""The narrowest side margin the measure of another paper may leave."""

# print.css on A4: the page margins and the title page's vertical spacing, in millimetres
_A4_TOP_MM, _A4_BOTTOM_MM = 30.0, 25.0
_A4_TITLE_MM, _A4_IMPRINT_MM = 60.0, 90.0
# the byline's room on the title page on any paper (6mm and a line of 15pt), which the space above
# the imprint gives up
_BYLINE_MM = 15.5
# room for the running head above the text block and the page number below it
_MIN_TOP_MM, _MIN_BOTTOM_MM = 20.0, 15.0

# The selectors of print.css that name each font (keep in step with the stylesheet)
_BODY_SELECTORS = ("html",)
_BODY_MARGIN_BOXES = ("bottom-center",)
_HEADING_SELECTORS = ("h1, h2, h3, h4, h5, h6", ".title-page .subtitle", ".glossary dt")
_HEADING_MARGIN_BOXES = ("top-left", "top-right")
_CODE_SELECTORS = ("code, pre",)


@dataclass(frozen=True, slots=True)
class Measure:
    """The page box of a paper: the text block's width and the margins around it."""

    characters: int
    """The text block's width in 12pt characters."""
    side_pt: float
    """The left and the right margin, in points."""
    top_mm: float
    bottom_mm: float

    @property
    def width_pt(self) -> float:
        """The text block's width in points."""
        return self.characters * CHARACTER_PT


def _is_a4(paper: Paper) -> bool:
    return math.isclose(paper.width_mm, A4.width_mm) and math.isclose(paper.height_mm, A4.height_mm)


def measure_of(paper: Paper) -> Measure:
    """The text block and margins on ``paper``: ``print.css``'s own on A4, else the widest
    whole number of characters with side margins of at least ``MIN_SIDE_MARGIN_MM``."""
    if _is_a4(paper):
        characters = A4_CHARACTERS
    else:
        room = paper.width_pt - 2 * MIN_SIDE_MARGIN_MM * MM
        characters = max(1, math.floor(room / CHARACTER_PT + 1e-9))
    scale = paper.height_mm / A4.height_mm
    return Measure(
        characters=characters,
        # rounded down, so the text block is never narrower than its characters
        side_pt=math.floor((paper.width_pt - characters * CHARACTER_PT) / 2 * 100) / 100,
        top_mm=max(_MIN_TOP_MM, _A4_TOP_MM * scale),
        bottom_mm=max(_MIN_BOTTOM_MM, _A4_BOTTOM_MM * scale),
    )


def _number(value: float, unit: str) -> str:
    """``value`` with at most two decimals and ``unit`` (``47.76pt``, ``21.2mm``, ``30mm``)."""
    return f"{value:.2f}".rstrip("0").rstrip(".") + unit


def _family(name: str) -> str:
    """A font family name as a CSS string (config refuses quotes and backslashes in it)."""
    return '"' + name + '"'


def _paper_rules(paper: Paper) -> list[str]:
    measure = measure_of(paper)
    scale = paper.height_mm / A4.height_mm
    margin = " ".join(
        (
            _number(measure.top_mm, "mm"),
            _number(measure.side_pt, "pt"),
            _number(measure.bottom_mm, "mm"),
        )
    )
    return [
        f"/* {paper.name}: a text block of {measure.characters} characters of 12pt "
        f"({_number(measure.width_pt, 'pt')}) */",
        f"@page {{\n  size: {paper.name};\n  margin: {margin};\n}}",
        f".document-title {{ margin-top: {_number(_A4_TITLE_MM * scale, 'mm')}; }}",
        f".imprint {{ margin-top: {_number(_A4_IMPRINT_MM * scale, 'mm')}; }}",
        ".title-page .author + .imprint"
        f" {{ margin-top: {_number(_A4_IMPRINT_MM * scale - _BYLINE_MM, 'mm')}; }}",
    ]


def _font_rules(family: str, selectors: tuple[str, ...], boxes: tuple[str, ...] = ()) -> list[str]:
    declaration = f"font-family: {_family(family)};"
    rules = [f"{selector} {{ {declaration} }}" for selector in selectors]
    if boxes:
        margin_boxes = "".join(f"\n  @{box} {{ {declaration} }}" for box in boxes)
        rules.append(f"@page {{{margin_boxes}\n}}")
    return rules


def print_overrides(
    paper: Paper = A4,
    body_font: str = DEFAULT_BODY_FONT,
    heading_font: str = DEFAULT_HEADING_FONT,
    code_font: str = DEFAULT_CODE_FONT,
) -> str:
    """CSS to apply after ``print.css`` for these settings; empty when all are the defaults."""
    rules: list[str] = []
    if not _is_a4(paper):
        rules += _paper_rules(paper)
    if body_font != DEFAULT_BODY_FONT:
        rules += _font_rules(body_font, _BODY_SELECTORS, _BODY_MARGIN_BOXES)
    if heading_font != DEFAULT_HEADING_FONT:
        rules += _font_rules(heading_font, _HEADING_SELECTORS, _HEADING_MARGIN_BOXES)
    if code_font != DEFAULT_CODE_FONT:
        rules += _font_rules(code_font, _CODE_SELECTORS)
    if not rules:
        return ""
    header = "/* [pdf] settings of triptych.toml, applied after print.css */"
    return "\n".join([header, *rules]) + "\n"


# --- the print stylesheet in use, and the fonts it names ---------------------------------


def print_files(user: tuple[Path, ...]) -> tuple[Path, Path]:
    """The print template and stylesheet in use: a user folder's copy first, then the theme's."""
    _, stylesheet = source(PRINT_STYLESHEET, user)
    template = environment(user).get_template(PRINT_TEMPLATE).filename
    assert template is not None
    return Path(template).resolve(), stylesheet


def font_settings(ctx: BuildContext) -> dict[str, tuple[str, str]]:
    """Each font ``print.css`` names by default, with the ``[pdf]`` key that replaces it and
    the family the project chose there."""
    return {
        DEFAULT_BODY_FONT: ("body_font", ctx.body_font),
        DEFAULT_HEADING_FONT: ("heading_font", ctx.heading_font),
        DEFAULT_CODE_FONT: ("code_font", ctx.code_font),
    }


def print_stylesheet(ctx: BuildContext, path: Path) -> Stylesheet:
    """What the print edition is typeset with: the print stylesheet at ``path`` (the one in
    use, from ``print_files``), its default fonts replaced as ``[pdf] body_font``,
    ``heading_font`` and ``code_font`` replace them."""
    sheet = read_stylesheet(path.read_text(encoding="utf-8") + "\n" + ctx.print_css)
    chosen = {default: family for default, (_, family) in font_settings(ctx).items()}
    families = (tuple(chosen.get(name, name) for name in names) for names in sheet.families)
    return Stylesheet(tuple(dict.fromkeys(families)), sheet.strings)


_GENERIC = {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "math"}
_GENERIC |= {f"ui-{g}" for g in ("serif", "sans-serif", "monospace", "rounded")}
_GENERIC |= {"emoji", "fangsong", "inherit", "initial", "unset", "revert"}


@dataclass(frozen=True, slots=True)
class Stylesheet:
    """What the coverage check needs from the print stylesheet."""

    families: tuple[tuple[str, ...], ...]
    """The named fonts of each ``font-family`` declaration, in order (generic names dropped)."""
    strings: tuple[str, ...]
    """The strings the stylesheet prints itself (``content: "— " counter(page)``)."""


@cache
def read_stylesheet(css: str) -> Stylesheet:
    """The font families and printed strings of a stylesheet."""
    families: list[tuple[str, ...]] = []
    strings: list[str] = []

    def declarations(nodes: list[Any]) -> None:
        for node in nodes:
            if node.type == "qualified-rule" or (
                # @page holds margin rules, @media and @supports hold rules; @font-face
                # declares a family rather than using one
                node.type == "at-rule"
                and node.content is not None
                and node.lower_at_keyword != "font-face"
            ):
                declarations(
                    tinycss2.parse_blocks_contents(
                        node.content, skip_comments=True, skip_whitespace=True
                    )
                )
            elif node.type == "declaration" and node.lower_name == "font-family":
                named = _family_names(node.value)
                if named:
                    families.append(named)
            elif node.type == "declaration" and node.lower_name == "content":
                strings.extend(t.value for t in node.value if t.type == "string")

    declarations(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))
    return Stylesheet(tuple(dict.fromkeys(families)), tuple(strings))


def _family_names(tokens: list[Any]) -> tuple[str, ...]:
    names: list[str] = []
    words: list[str] = []
    for token in [*tokens, None]:
        if token is None or (token.type == "literal" and token.value == ","):
            name = " ".join(words)
            if name and name.lower() not in _GENERIC:
                names.append(name)
            words = []
        elif token.type == "string" or token.type == "ident":
            words.append(token.value)
    return tuple(names)


def fontconfig_pattern(family: str) -> str:
    """``family`` as a fontconfig pattern: ``-``, ``:``, ``,`` and ``\\`` mean something there."""
    return re.sub(r"([-:,\\])", r"\\\1", family)
