"""The project's configuration, ``triptych.toml``: validated, with clear errors for unknown keys
and for values of the wrong type or outside the allowed ones."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args
from urllib.parse import urlsplit

from .errors import InputError
from .folders import mixes_with_sources

__all__ = [
    "A4",
    "DEFAULT_BODY_FONT",
    "DEFAULT_HEADING_FONT",
    "EDITIONS",
    "LINK_TERMS",
    "PAPERS",
    "Config",
    "LinkTerms",
    "Paper",
    "load_config",
    "paper_of",
]

EDITIONS = ("xml", "pdf", "epub", "html")
CONFIG_FILE = "triptych.toml"

LinkTerms = Literal["all", "first-in-section"]
LINK_TERMS: tuple[LinkTerms, ...] = get_args(LinkTerms)
"""``all``: every use of a glossary term is a link; ``first-in-section``: only the first use
of each term in each top-level section."""

MM = 72 / 25.4
"""Points in a millimetre."""


@dataclass(frozen=True, slots=True)
class Paper:
    """A sheet of the print edition, portrait."""

    name: str
    """The CSS page size as written in ``@page { size: … }`` (``A5``, ``letter``,
    ``170mm 240mm``)."""
    width_mm: float
    height_mm: float

    @property
    def width_pt(self) -> float:
        """The width in points."""
        return self.width_mm * MM


PAPERS = {
    paper.name.lower(): paper
    for paper in (
        Paper("A3", 297, 420),
        Paper("A4", 210, 297),
        Paper("A5", 148, 210),
        Paper("B4", 250, 353),
        Paper("B5", 176, 250),
        Paper("letter", 215.9, 279.4),
        Paper("legal", 215.9, 355.6),
    )
}
"""The named sizes of CSS Paged Media that ``[pdf] paper`` accepts (B sizes are ISO)."""
A4 = PAPERS["a4"]
PAPER_WIDTHS_MM = (75.0, 1200.0)
"""An explicit paper's width must lie in this range: room for a text block of ten characters
and side margins, and no larger than A0."""
PAPER_HEIGHTS_MM = (100.0, 1200.0)
_EXPLICIT = re.compile(r"\s*(\d+(?:\.\d+)?)\s*mm\s+(\d+(?:\.\d+)?)\s*mm\s*", re.IGNORECASE)
PAPER_CHOICES = ", ".join(f'"{p.name}"' for p in PAPERS.values()) + ' or "<width>mm <height>mm"'

DEFAULT_BODY_FONT = "Noto Serif CJK SC"
DEFAULT_HEADING_FONT = "Noto Sans CJK SC"
DEFAULT_CODE_FONT = "Noto Sans Mono CJK SC"
_FONT_NAME = re.compile(r"[^\W_][\w \-.]*", re.UNICODE)


def paper_of(value: str) -> Paper:
    """The paper ``value`` names: a named size, any case, or ``"<width>mm <height>mm"``.
    Raises ``ValueError`` naming the allowed values."""
    named = PAPERS.get(value.strip().lower())
    if named is not None:
        return named
    explicit = _EXPLICIT.fullmatch(value)
    if explicit is None:
        raise ValueError(f"it must be one of {PAPER_CHOICES}")
    width, height = float(explicit[1]), float(explicit[2])
    (low_w, high_w), (low_h, high_h) = PAPER_WIDTHS_MM, PAPER_HEIGHTS_MM
    if not (low_w <= width <= high_w and low_h <= height <= high_h):
        raise ValueError(
            f"an explicit paper must be {low_w:g} to {high_w:g} mm wide and {low_h:g} to "
            f"{high_h:g} mm high"
        )
    return Paper(f"{width:g}mm {height:g}mm", width, height)


@dataclass(frozen=True, slots=True)
class Config:
    """Project settings; every field has a default, so a project needs no config file."""

    site_title: str = "Documents"
    """Title of the HTML site's index page."""
    site_lang: str = "en"
    """Language of the site's own pages."""
    base_url: str = ""
    """The site's public address, ending in ``/``; empty when the site has none (then the site
    has no canonical links and no sitemap, and can be put anywhere)."""
    editions: tuple[str, ...] = EDITIONS
    """Which editions ``triptych build`` makes."""
    templates: Path | None = None
    """A folder of template overrides, searched before the default theme."""
    out: Path = Path("build")
    """The output folder, relative to the project."""
    link_terms: LinkTerms = "all"
    """Which uses of a glossary term are links, in every edition."""
    paper: Paper = A4
    """The print edition's paper."""
    body_font: str = DEFAULT_BODY_FONT
    """The print edition's font for body text and page numbers."""
    heading_font: str = DEFAULT_HEADING_FONT
    """The print edition's font for headings, running heads and glossary terms."""
    code_font: str = DEFAULT_CODE_FONT
    """The print edition's font for code, inline and in blocks."""


DEFAULT = Config()
_KEYS = {
    "site": {"title", "lang", "base_url"},
    "build": {"editions", "templates", "out", "link_terms"},
    "pdf": {"paper", "body_font", "heading_font", "code_font"},
}


class _Table:
    """One section of the file, whose values are checked as they are read."""

    def __init__(self, path: Path, name: str, data: dict[str, Any]) -> None:
        self.path, self.name, self.data = path, name, data

    def refuse(self, key: str, value: object, allowed: str) -> InputError:
        """The error for a value of ``key`` that is not allowed."""
        return InputError(
            f"[{self.name}] {key} = {_toml(value)} is not allowed: {allowed}",
            source=str(self.path),
        )

    def text(self, key: str, default: str, allowed: str = "text") -> str:
        """A string value."""
        value = self.data.get(key, default)
        if not isinstance(value, str):
            raise self.refuse(key, value, f"it must be {allowed}")
        return value


def _toml(value: object) -> str:
    """``value`` as it would be written in the file, for error messages."""
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return repr(value)


def load_config(project: Path) -> Config:
    """Read ``project/triptych.toml`` if there is one."""
    path = project / CONFIG_FILE
    if not path.exists():
        return DEFAULT
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise InputError(f"not valid TOML: {err}", source=str(path)) from None
    for table, value in data.items():
        if table not in _KEYS or not isinstance(value, dict):
            raise InputError(
                f"unknown section [{table}]; known: " + ", ".join(f"[{k}]" for k in _KEYS),
                source=str(path),
            )
        for key in value:
            if key not in _KEYS[table]:
                raise InputError(
                    f"unknown key {key!r} in [{table}]; known: " + ", ".join(sorted(_KEYS[table])),
                    source=str(path),
                )
    site = _Table(path, "site", data.get("site", {}))
    build = _Table(path, "build", data.get("build", {}))
    pdf = _Table(path, "pdf", data.get("pdf", {}))
    editions = tuple(build.data.get("editions", EDITIONS))
    unknown = [e for e in editions if e not in EDITIONS]
    if unknown:
        raise InputError(
            f"unknown edition(s) {unknown}; known: {', '.join(EDITIONS)}", source=str(path)
        )
    templates = build.data.get("templates")
    if mixes_with_sources(project, project / str(build.data.get("out", DEFAULT.out))):
        raise InputError(
            f"[build] out = {build.data.get('out')!r} would mix the outputs with the sources; "
            'name a folder of its own such as "build"',
            source=str(path),
        )
    return Config(
        site_title=str(site.data.get("title", DEFAULT.site_title)),
        site_lang=str(site.data.get("lang", DEFAULT.site_lang)),
        base_url=_base_url(site),
        editions=editions,
        templates=(project / str(templates)) if templates else None,
        out=Path(str(build.data.get("out", DEFAULT.out))),
        link_terms=_link_terms(build),
        paper=_paper(pdf),
        body_font=_font(pdf, "body_font", DEFAULT.body_font),
        heading_font=_font(pdf, "heading_font", DEFAULT.heading_font),
        code_font=_font(pdf, "code_font", DEFAULT.code_font),
    )


def _base_url(site: _Table) -> str:
    allowed = 'an absolute http or https address such as "https://example.org/reports/"'
    value = site.text("base_url", "", allowed)
    if not value:
        return ""
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018  # a port that is not a number raises here
    except ValueError:
        raise site.refuse("base_url", value, f"it must be {allowed}") from None
    if (
        parts.scheme not in ("http", "https")
        or not parts.hostname
        or parts.query
        or parts.fragment
        or "?" in value
        or "#" in value
        or any(c.isspace() or c in "\"'<>\\" for c in value)
    ):
        raise site.refuse("base_url", value, f"it must be {allowed}, without a query or a fragment")
    return value if value.endswith("/") else value + "/"


def _link_terms(build: _Table) -> LinkTerms:
    allowed = " or ".join(f'"{v}"' for v in LINK_TERMS)
    value = build.text("link_terms", DEFAULT.link_terms, allowed)
    for choice in LINK_TERMS:
        if value == choice:
            return choice
    raise build.refuse("link_terms", value, f"it must be {allowed}")


def _paper(pdf: _Table) -> Paper:
    value = pdf.text("paper", DEFAULT.paper.name, f"one of {PAPER_CHOICES}")
    try:
        return paper_of(value)
    except ValueError as err:
        raise pdf.refuse("paper", value, str(err)) from None


def _font(pdf: _Table, key: str, default: str) -> str:
    allowed = (
        'the family name of an installed font, such as "Noto Serif CJK SC" (letters, digits, '
        "spaces, hyphens and dots)"
    )
    value = pdf.text(key, default, allowed)
    if not _FONT_NAME.fullmatch(value) or value != value.strip():
        raise pdf.refuse(key, value, f"it must be {allowed}")
    return value
