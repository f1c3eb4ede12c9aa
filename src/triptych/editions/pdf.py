"""The tagged print PDF: the theme's print HTML, font-checked, then typeset by WeasyPrint."""

from __future__ import annotations

import logging
import mimetypes
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from fontTools.ttLib import TTFont

from .. import __version__, atomic
from ..diagnostics import Code, Reporter
from ..errors import BuildError
from ..fontconfig import FontFile, coverage, match
from ..model import Heading, Paragraph, plain
from .context import BuildContext
from .labels import Labels, is_chinese
from .pagestyle import (
    PRINT_STYLESHEET,
    PRINT_TEMPLATE,
    Stylesheet,
    font_settings,
    fontconfig_pattern,
    print_files,
    print_stylesheet,
    read_stylesheet,
)
from .templating import render, template_roots
from .view import DocumentView, with_link_terms
from .weasy import (
    CSS,
    HTML,
    URLFetcher,
    URLFetcherResponse,
    boxes,
    create_layout,
    has_harfbuzz_subset,
    inline,
)

__all__ = [
    "RefusedURLError",
    "RestrictedFetcher",
    "Stylesheet",
    "build_pdf",
    "check_fonts",
    "read_stylesheet",
    "require_harfbuzz_subset",
]

GLOSSARY = "glossary"
"""The id of the print template's glossary section; ``part="glossary"`` prints it alone."""
PageRefs = Mapping[str, tuple[str, ...]]


def build_pdf(view: DocumentView, ctx: BuildContext) -> Path:
    """Typeset ``view`` into ``ctx.out/pdf/<slug>.pdf``: tagged (PDF/UA-1 variant), fonts
    embedded as HarfBuzz subsets, byte-identical for the same inputs and build clock."""
    require_harfbuzz_subset()
    view = with_link_terms(view, ctx.link_terms)
    target = ctx.edition_file("pdf", view.slug)
    template, stylesheet = print_files(ctx.templates)
    settings = {
        family: key for default, (key, family) in font_settings(ctx).items() if family != default
    }
    check_fonts(view, print_stylesheet(ctx, stylesheet), stylesheet, settings)
    fetcher = RestrictedFetcher(ctx.templates, ctx.reporter, str(target))

    def layout(pagerefs: PageRefs, part: str = "all", numbers: Mapping[str, int] = {}) -> Any:
        html = _print_html(view, ctx, stylesheet, pagerefs, part, numbers)
        page = HTML(string=html, base_url=template.parent.as_uri() + "/", url_fetcher=fetcher)
        if part != GLOSSARY:
            return page.render()
        # the glossary's first page keeps the number it has in the whole document
        first = CSS(string=f"@page :first {{ counter-set: page {numbers[GLOSSARY]} }}")
        return page.render(stylesheets=[first])

    all_refs = {e.id: tuple(r.anchor for r in e.backrefs) for e in view.entries}
    with _captured_logs(ctx.reporter, str(target)), _inter_character_justification():
        document = layout(all_refs)
        pages = _anchor_pages(document)
        one_per_page = _one_per_page(all_refs, pages)
        if one_per_page != all_refs:
            document = _relaid_glossary(
                document, pages, lambda: layout(one_per_page, GLOSSARY, pages)
            )
            if document is None:
                document = layout(one_per_page)
        data: bytes = document.write_pdf(pdf_variant="pdf/ua-1", pdf_identifier=True)
    atomic.write_bytes(target, data)
    return target


def require_harfbuzz_subset() -> None:
    """Fail early without HarfBuzz-subset: WeasyPrint would fall back to fontTools, which
    subsets the CJK fonts some 25 times slower (12 s instead of 0.45 s for the sample)."""
    if not has_harfbuzz_subset():
        raise BuildError(
            "the PDF edition needs the HarfBuzz-subset library to embed font subsets; "
            "install it with 'apt-get install libharfbuzz-subset0'"
        )


def _print_html(
    view: DocumentView,
    ctx: BuildContext,
    stylesheet: Path,
    pagerefs: PageRefs,
    part: str,
    numbers: Mapping[str, int],
) -> str:
    context = {
        "view": view,
        "labels": view.labels,
        "version": __version__,
        "created": ctx.iso_time,
        "modified": ctx.iso_time,
        "date": _printed_date(view.meta.date, view.meta.lang),
        "stylesheet": stylesheet.as_uri(),
        "pagerefs": pagerefs,
        "part": part,
        "pagenumbers": numbers,
    }
    html = render(PRINT_TEMPLATE, ctx.templates, context, lambda anchor: f"#{anchor}")
    return _with_settings(html, ctx.print_css)


def _with_settings(html: str, css: str) -> str:
    """``html`` with the ``[pdf]`` settings' CSS as the head's last stylesheet, so it overrides
    the print stylesheet in any template (WeasyPrint ranks stylesheets passed to ``render``
    as a user's, below the document's own)."""
    if not css:
        return html
    style = f"<style>\n{css}\n</style>\n"
    head = re.search(r"</head\s*>", html, re.IGNORECASE)
    return html + style if head is None else html[: head.start()] + style + html[head.start() :]


def _printed_date(iso: str, lang: str) -> str:
    """``2021-01-20`` as a Chinese reader expects it (``2021年1月20日``); others keep ISO."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.year}年{day.month}月{day.day}日" if is_chinese(lang) else iso


def _relaid_glossary(document: Any, pages: Mapping[str, int], glossary: Callable[[], Any]) -> Any:
    """``document`` with its glossary typeset again, alone, by ``glossary()``; None when the
    templates do not allow it (the glossary shares a page with the body, or the template
    printed more than the glossary), and the whole document must be typeset again.

    The glossary comes last and starts a page, so its pages can change without moving anything
    before it: laying out the glossary alone, with the page numbers of the first layout as
    text, costs a fraction of a second layout of the whole document."""
    first = pages.get(GLOSSARY)
    if first is None or not _starts_with(document.pages[first - 1], GLOSSARY):
        return None
    alone = glossary()
    inside = {a for p in document.pages[first - 1 :] for a in p.anchors}
    made = {a for p in alone.pages for a in p.anchors}
    if not alone.pages or not made <= inside or GLOSSARY not in alone.pages[0].anchors:
        return None
    return document.copy(document.pages[: first - 1] + alone.pages)


def _starts_with(page: Any, element_id: str) -> bool:
    """Whether the first text on ``page`` (running heads aside) is inside ``element_id``."""

    def first_text(box: Any, inside: bool) -> bool | None:
        inside = inside or (box.element is not None and box.element.get("id") == element_id)
        if isinstance(box, boxes.TextBox) and box.text.strip():
            return inside
        for child in getattr(box, "children", ()):
            if isinstance(child, boxes.MarginBox):
                continue
            found = first_text(child, inside)
            if found is not None:
                return found
        return None

    return bool(first_text(page._page_box, False))


def _anchor_pages(document: Any) -> dict[str, int]:
    """The page each anchor is on; an element split across pages is on the first."""
    pages: dict[str, int] = {}
    for n, page in enumerate(document.pages, 1):
        for name in page.anchors:
            pages.setdefault(name, n)
    return pages


def _one_per_page(refs: PageRefs, pages: Mapping[str, int]) -> dict[str, tuple[str, ...]]:
    """Each entry's references with the later ones on an already listed page left out."""
    out = {}
    for entry, anchors in refs.items():
        seen: set[int] = set()
        kept = []
        for anchor in anchors:
            page = pages.get(anchor, 0)
            if page not in seen:
                seen.add(page)
                kept.append(anchor)
        out[entry] = tuple(kept)
    return out


# --- fonts: every character must be in a font the stylesheet names ----------------------


def _pattern(family: str, bold: bool) -> str:
    return fontconfig_pattern(family) + (":weight=bold" if bold else "")


@cache
def find_font(family: str, bold: bool = False) -> FontFile:
    """The face fontconfig (and so WeasyPrint) uses for ``family``; an error when fontconfig
    would substitute another family."""
    font = match(_pattern(family, bold))[0]
    offered = font.families or ("nothing",)
    if family.lower() not in (f.lower() for f in offered):
        raise BuildError(
            f"the font {family!r} named in {PRINT_STYLESHEET} is not installed (fontconfig offers "
            f"{offered[0]!r} instead). Install it (Noto CJK: 'apt-get install fonts-noto-cjk') "
            "or name an installed font"
        )
    return font


@cache
def font_coverage(family: str, bold: bool = False) -> frozenset[int]:
    """The code points the face of ``family`` has glyphs for (once per process): from
    fontconfig when it knows them, else from the font's cmap (a CJK face takes some 0.15 s to
    read)."""
    font = find_font(family, bold)
    known = coverage(_pattern(family, bold))
    if known:
        return known
    with TTFont(font.path, fontNumber=font.index, lazy=True) as face:
        return frozenset(face.getBestCmap())


@cache
def _family_coverage(family: str) -> frozenset[int]:
    """What both the regular and the bold face of ``family`` cover."""
    return font_coverage(family) & font_coverage(family, bold=True)


def _unprintable(char: str) -> bool:
    """Characters no font draws: controls, format characters, variation selectors."""
    code = ord(char)
    return (
        unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"}
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
    )


def _printed_texts(view: DocumentView, sheet: Stylesheet) -> Iterator[tuple[str, str, int, str]]:
    """``(what, source, line, text)`` for everything the PDF prints."""
    meta = view.meta
    for name in ("title", "subtitle", "byline", "issuer"):
        yield f"the document's {name}", "", 0, getattr(meta, name)
    yield "the document's date", "", 0, _printed_date(meta.date, meta.lang)
    for block in view.doc.blocks:
        p = block.provenance
        if isinstance(block, Heading):
            yield "a heading", p.source, p.first_line, block.number + block.text
        elif isinstance(block, Paragraph):
            yield "a paragraph", p.source, p.first_line, plain(block.lead) + plain(block.content)
        else:
            yield "a code block", p.source, p.first_line, block.text
    yield "the glossary title", "", 0, view.glossary_title
    for entry in view.doc.glossary.entries:
        p = entry.provenance
        text = entry.number + entry.term + plain(entry.definition) + entry.page
        yield f"the glossary entry {entry.term}", p.source, p.first_line, text
    yield "the edition's labels", "", 0, _label_text(view.labels) + "0123456789．.、［］"
    yield "the stylesheet's content", PRINT_STYLESHEET, 0, "".join(sheet.strings)


def _label_text(labels: Labels) -> str:
    return labels.contents + labels.source_page + labels.pages + labels.not_used


def check_fonts(
    view: DocumentView,
    sheet: Stylesheet,
    stylesheet: Path,
    settings: Mapping[str, str] = {},
) -> None:
    """Refuse to typeset a character that a font of ``sheet`` (the print stylesheet at
    ``stylesheet`` with the project's settings) lacks: WeasyPrint would print it as an empty
    box or in whatever font fontconfig picks. ``settings`` names the ``[pdf]`` setting that
    chose a family, for the advice."""
    if not sheet.families:
        raise BuildError(f"{stylesheet} names no font; name the fonts with font-family")
    coverage = [
        (names, frozenset().union(*(_family_coverage(n) for n in names)))
        for names in sheet.families
    ]
    missing: dict[str, list[tuple[str, str, int]]] = {}
    for what, source, line, text in _printed_texts(view, sheet):
        for char in dict.fromkeys(text):
            if char.isspace() or _unprintable(char):
                continue
            if any(ord(char) not in covered for _, covered in coverage):
                missing.setdefault(char, []).append((what, source, line))
    if missing:
        raise _missing_glyphs(missing, coverage, settings)


def _font_advice(families: list[str], settings: Mapping[str, str]) -> str:
    keys = list(dict.fromkeys(settings[f] for f in families if f in settings))
    advice = []
    if keys:
        names = " and ".join(f"[pdf] {key}" for key in keys)
        advice.append(f"set {names} in triptych.toml to a font that has them")
    if any(f not in settings for f in families):
        advice.append(f"name a font that has them in {PRINT_STYLESHEET}")
    return ", or ".join(advice)


def _missing_glyphs(
    missing: Mapping[str, list[tuple[str, str, int]]],
    coverage: list[tuple[tuple[str, ...], frozenset[int]]],
    settings: Mapping[str, str],
) -> BuildError:
    parts = []
    blamed: dict[str, None] = {}
    for char, places in list(missing.items())[:20]:
        lacking = [" or ".join(names) for names, covered in coverage if ord(char) not in covered]
        blamed.update(
            dict.fromkeys(n for names, c in coverage if ord(char) not in c for n in names)
        )
        where = [f"{w} ({s}:{n})" if s and n else w for w, s, n in places[:3]]
        more = f" and {len(places) - 3} more places" if len(places) > 3 else ""
        name = unicodedata.name(char, "unnamed")
        parts.append(
            f"U+{ord(char):04X} {name} in {'; '.join(where)}{more}, missing from "
            + ", ".join(dict.fromkeys(lacking))
        )
    extra = f"; and {len(missing) - 20} more characters" if len(missing) > 20 else ""
    _, source, line = next(iter(missing.values()))[0]
    return BuildError(
        "the PDF's fonts cannot print these characters (they would come out as empty boxes "
        "or in an unchosen fallback font): "
        + "; ".join(parts)
        + extra
        + ". Replace them in the source, or "
        + _font_advice(list(blamed), settings),
        source=source,
        line=line,
    )


# --- fetching: only the theme's and the template folders' own files --------------------


class RefusedURLError(ValueError):
    """A URL the print edition will not fetch (WeasyPrint logs the failure; we report it)."""


class RestrictedFetcher(URLFetcher):  # type: ignore[misc]
    """Fetches ``file:`` URLs whose real path lies inside the theme or one of the user template
    folders ``user`` and refuses everything else: other files, symlinks or ``..`` out of the
    folders, ``http:``, ``https:``, ``data:`` and every other scheme."""

    def __init__(self, user: tuple[Path, ...], reporter: Reporter, source: str) -> None:
        super().__init__(allowed_protocols=("file",), allow_redirects=False)
        self.roots = template_roots(user)
        self.reporter = reporter
        self.source = source

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        """The file at ``url``, or ``RefusedURLError`` (reported as a diagnostic)."""
        path = self._allowed(url)
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": mime})

    def _allowed(self, url: str) -> Path:
        parts = urlsplit(url)
        if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
            raise self._refuse(url, "only files of the theme and the template folders are used")
        path = Path(url2pathname(parts.path)).resolve()
        if not any(path.is_relative_to(root) for root in self.roots):
            raise self._refuse(url, "the file is outside the theme and the template folders")
        return path

    def _refuse(self, url: str, why: str) -> RefusedURLError:
        shown = url if len(url) <= 200 else url[:200] + "…"
        self.reporter.emit(Code.RENDER_ERROR, f"refused to fetch {shown}: {why}", self.source)
        return RefusedURLError(f"refused: {why}")


# --- WeasyPrint's log, captured as diagnostics ----------------------------------------


class _ReporterHandler(logging.Handler):
    """Turns WeasyPrint's warnings and errors into diagnostics."""

    def __init__(self, reporter: Reporter, source: str) -> None:
        super().__init__(logging.WARNING)
        self.reporter = reporter
        self.source = source

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a record whose arguments do not fit its format
            message = str(record.msg)
        if RefusedURLError.__name__ in message:
            return  # the fetcher has reported it, with the reason
        code = Code.RENDER_ERROR if record.levelno >= logging.ERROR else Code.RENDER_WARNING
        self.reporter.emit(code, f"WeasyPrint: {message}", self.source)


@contextmanager
def _captured_logs(reporter: Reporter, source: str) -> Iterator[None]:
    """Send WeasyPrint's records to ``reporter`` instead of stderr while rendering."""
    handler = _ReporterHandler(reporter, source)
    loggers = [logging.getLogger("weasyprint"), logging.getLogger("weasyprint.progress")]
    saved = [(lg, lg.propagate, lg.level) for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.propagate = False
        if lg.getEffectiveLevel() > logging.WARNING:
            lg.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for lg, propagate, level in saved:
            lg.removeHandler(handler)
            lg.propagate = propagate
            lg.setLevel(level)


# --- justification between Chinese characters -----------------------------------------

_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]")


@contextmanager
def _inter_character_justification() -> Iterator[None]:
    """Justify lines of Chinese by spacing their characters, as CSS Text 3 asks for CJK.

    WeasyPrint 70 justifies only by stretching spaces; Chinese has none, so every line
    holding digits or Latin letters (narrower than a character) would end short. While
    this is active, a justified line containing Chinese gets the leftover width spread
    evenly between its characters instead. It replaces a WeasyPrint function for the
    process while one document renders (builds run one at a time)."""
    original: Callable[..., None] = inline.justify_line

    def justify_line(context: Any, line: Any, extra_width: float) -> None:
        texts = list(_text_boxes(line))
        if extra_width <= 0 or not texts:
            return
        if not any(_kept(b) for b in texts) and not any(_CJK.search(b.text) for b in texts):
            original(context, line, extra_width)
            return
        loose = [b for b in texts if not _kept(b)]
        if any(_CJK.search(b.text) for b in loose):
            # n - 1 gaps: the space after the last character lies past the edge, unseen
            gaps = sum(len(b.text) for b in loose) - 1
            if gaps >= 1:
                _spread(context, line, extra_width / gaps, 0.0, _letter_spacing)
            return
        spaces = sum(inline.count_expandable_spaces(b) for b in loose)
        if spaces:
            _spread(context, line, extra_width / spaces, 0.0, _word_spacing)

    inline.justify_line = justify_line
    try:
        yield
    finally:
        inline.justify_line = original


def _kept(box: Any) -> bool:
    """Text whose spaces are its own (code): justification never widens it."""
    return box.style["white_space"] in {"pre", "pre-wrap", "break-spaces"}


def _text_boxes(box: Any) -> Iterator[Any]:
    if isinstance(box, boxes.TextBox):
        yield box
    elif isinstance(box, boxes.LineBox | boxes.InlineBox):
        for child in box.children:
            if child.is_in_normal_flow():
                yield from _text_boxes(child)


def _letter_spacing(context: Any, box: Any, spacing: float) -> float:
    """Add ``spacing`` after every character of the text box; the width it adds."""
    style = box.style.copy()  # a box's style may be its siblings' too
    base = style["letter_spacing"]
    style["letter_spacing"] = spacing + (0 if base == "normal" else base)
    box.style = style
    layout = create_layout(box.text, style, context, None, box.justification_spacing)
    layout.deactivate()
    box.pango_layout = layout
    extra = spacing * len(box.text)
    box.width += extra
    return float(extra)


def _word_spacing(context: Any, box: Any, spacing: float) -> float:
    """Add ``spacing`` to every space of the text box, as WeasyPrint justifies; the width."""
    before = box.position_x
    advance: float = inline.add_word_spacing(context, box, spacing, 0.0)
    box.position_x = before
    return advance


def _spread(
    context: Any,
    box: Any,
    spacing: float,
    x_advance: float,
    widen: Callable[[Any, Any, float], float],
) -> float:
    """Widen every text box below ``box`` that justification may widen by ``widen`` with
    ``spacing``, and shift what follows. Mirrors WeasyPrint's ``add_word_spacing``."""
    if isinstance(box, boxes.TextBox):
        box.position_x += x_advance
        return x_advance if _kept(box) else x_advance + widen(context, box, spacing)
    if isinstance(box, boxes.LineBox | boxes.InlineBox):
        box.position_x += x_advance
        before = x_advance
        for child in box.children:
            if child.is_in_normal_flow():
                x_advance = _spread(context, child, spacing, x_advance, widen)
        box.width += x_advance - before
        return x_advance
    box.translate(x_advance, 0)  # an atomic inline
    return x_advance
