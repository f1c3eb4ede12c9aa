"""WeasyPrint, imported once and adjusted where it spends time on work that changes nothing.

Each adjustment leaves the PDF byte for byte as WeasyPrint alone would write it:

- **No library search.** WeasyPrint opens GObject, Pango, HarfBuzz, fontconfig and PangoFT2 by
  trying several names for each. For every name the dynamic loader cannot open directly, cffi
  falls back to ``ctypes.util.find_library``, which on Linux runs ``gcc``, ``ld`` and
  ``ldconfig`` in subprocesses: 0.23 s a cold build. Each list of names includes the library's
  soname (``libpango-1.0.so.0``), which the loader opens directly, so on Linux the search finds
  nothing the loader would not. Should the import fail that way all the same, it is retried
  with the search in place.
- **Lean C type parsing.** WeasyPrint names C types as strings (``ffi.new("int *")``), and cffi
  parses each new one with pycparser after a line ``typedef int NAME;`` for every type
  WeasyPrint declared: hundreds of lines, 4 ms a type. Only the typedefs the string names
  change how it parses, so the parser is given just those; the type is then resolved against
  all of WeasyPrint's declarations as before.
- **No copy of whole font files.** Each document's fonts start by copying their face's whole
  file into Python bytes (Noto CJK: 20 to 27 MB a face, 25 ms for the four faces of a
  document), to be replaced by the subset moments later. The copy is now made only if it is
  read, which with HarfBuzz subsetting it never is.
- **Fonts subset side by side.** HarfBuzz subsets each face in C without holding Python's
  lock, so the faces of a document are subset in threads, a thread a core. Faces that need
  Python work (variable and colour fonts, or fontTools without HarfBuzz-subset) are left to
  WeasyPrint, one after another. A face is cleaned once per document and set of glyphs:
  where stock WeasyPrint, writing one document twice with full fonts, makes a variable face
  static a second time and fails, the second write here succeeds.
- **Each stream compressed once.** With a file identifier (PDF/UA wants one), pydyf serialises
  and compresses every object a second time to hash it; within such a write a stream's bytes
  are kept from the first time. What is kept belongs to the writing thread alone.
- **No narrowest width for margin boxes that fit.** Placing the running heads, WeasyPrint
  works out each margin box's narrowest width (its min-content width), which for Chinese
  breaks the text after every character: a fifth of the layout of a long document. That
  width only matters when a box gets less room than its text needs on one line; given at
  least that, the box is that wide whatever its narrowest width, which is then not measured.
- **Page references listed once.** Tagging asks pydyf for the list of all pages once for every
  element it tags, and pydyf makes the list anew each time: 0.8 s for 260 pages. While a
  document is tagged the list is kept (pages are not added then).
"""

from __future__ import annotations

import ctypes.util
import os
import re
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

__all__ = [
    "CSS",
    "HTML",
    "URLFetcher",
    "URLFetcherResponse",
    "boxes",
    "create_layout",
    "has_harfbuzz_subset",
    "inline",
]


@contextmanager
def _loader_names_only() -> Iterator[None]:
    search = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        yield
    finally:
        ctypes.util.find_library = search


def _open_libraries() -> None:
    if sys.platform.startswith("linux"):
        try:
            with _loader_names_only():
                import weasyprint.text.ffi
            return
        except OSError:
            for name in [
                m for m in sys.modules if m == "weasyprint" or m.startswith("weasyprint.")
            ]:
                del sys.modules[name]
    import weasyprint.text.ffi  # noqa: F401


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _lean_type_parsing(parser: Any) -> None:
    """Parse type strings with only the typedefs they name (see the module's note)."""
    full: Callable[[str], Any] = parser._parse
    lock = threading.Lock()

    def parse(csource: str) -> Any:
        if not csource.startswith("void __dummy("):  # a cdef: it needs every typedef
            return full(csource)
        named = set(_IDENTIFIER.findall(csource))
        with lock:
            everything = parser._declarations
            parser._declarations = {
                key: value
                for key, value in everything.items()
                if key.startswith("typedef ") and key[8:] in named
            }
            try:
                return full(csource)
            finally:
                parser._declarations = everything

    parser._parse = parse


class _Deferred:
    """A face's file, read when first asked for."""

    __slots__ = ("_data", "_read", "face")

    def __init__(self, face: Any, read: Callable[[Any], bytes]) -> None:
        self.face, self._read = face, read
        self._data: bytes | None = None

    def data(self) -> bytes:
        if self._data is None:
            self._data = self._read(self.face)
        return self._data

    def __bool__(self) -> bool:
        return bool(self.data())


def _deferred_font_files(fonts: Any, stream: Any) -> None:
    """Fonts that read their face's file only when it is asked for, and that subset once for
    the same glyphs however often they are cleaned (see the module's note)."""
    read_face = fonts.get_hb_object_data

    def face_data(hb_object: Any, ot_color: Any = None, glyph: Any = None) -> Any:
        if ot_color is None and glyph is None:
            return _Deferred(hb_object, read_face)
        return read_face(hb_object, ot_color, glyph)

    class Font(fonts.Font):  # type: ignore[misc]
        @property
        def file_content(self) -> bytes:
            content = self.__dict__["_content"]
            if isinstance(content, _Deferred):
                content = self.__dict__["_content"] = content.data()
            data: bytes = content
            return data

        @file_content.setter
        def file_content(self, value: Any) -> None:
            self.__dict__["_content"] = value

        def clean(self, to_unicode: dict[int, Any], hinting: Any) -> None:
            asked = (dict(to_unicode), hinting)
            if self.__dict__.get("_cleaned") != asked:
                super().clean(to_unicode, hinting)
                self.__dict__["_cleaned"] = asked

    fonts.get_hb_object_data = face_data
    fonts.Font = stream.Font = Font


def _parallel_subsets(pdf_module: Any) -> None:
    """Clean (subset) a document's faces in threads, as WeasyPrint would one after another;
    WeasyPrint then embeds them, finding each already clean."""
    build = pdf_module.build_fonts_dictionary

    def build_fonts_dictionary(
        pdf: Any, fonts: Any, compress: Any, subset: Any, options: Any
    ) -> Any:
        by_file: dict[str, list[Any]] = {}
        for font in fonts.values():
            by_file.setdefault(font.hash, []).append(font)
        work = []
        for same in by_file.values():
            if same[0].bitmap:
                continue
            to_unicode: dict[int, Any] = {}
            if subset and not same[0].used_in_forms:
                for font in same:
                    to_unicode = {**to_unicode, **font.to_unicode}
            work.append((same[0], to_unicode))
        # HarfBuzz subsets in C; fontTools (without HarfBuzz-subset) and the work on variable
        # and colour faces are Python, which threads would only slow and swell
        work = [
            (font, to_unicode)
            for font, to_unicode in work
            if not ({"fvar", "CBDT", "sbix", "SVG ", "COLR"} & set(font.tables))
        ]
        if len(work) > 1 and has_harfbuzz_subset():
            with ThreadPoolExecutor(min(len(work), os.cpu_count() or 1)) as pool:
                for future in [
                    pool.submit(font.clean, to_unicode, options["hinting"])
                    for font, to_unicode in work
                ]:
                    future.result()
        return build(pdf, fonts, compress, subset, options)

    pdf_module.build_fonts_dictionary = build_fonts_dictionary


def _margin_boxes_measured_when_needed(page: Any) -> None:
    """A margin box given room for its widest content skips measuring its narrowest (see the
    module's note); any other width is clamped as before."""
    horizontal = page.HorizontalBox

    def set_outer(self: Any, new_outer_width: float) -> None:
        widest = self.max_content_size
        wanted = new_outer_width - self.sugar
        if wanted >= widest:  # min(max(narrowest, wanted), widest) is then widest
            self.inner = widest
        else:
            self.inner = min(max(self.min_content_size, wanted), widest)

    horizontal.outer = horizontal.outer.setter(set_outer)


_this_thread = threading.local()  # what one PDF write or tagging in this thread keeps


def _streams_compressed_once(pydyf: Any) -> None:
    """Within one ``PDF.write`` with a file identifier, each stream's bytes are made once (see
    the module's note). Without one, pydyf makes them once anyway and nothing is kept."""
    write = pydyf.PDF.write
    stream_data = pydyf.Stream.data

    def data(stream: Any) -> bytes:
        made: dict[int, tuple[Any, bytes]] | None = getattr(_this_thread, "streams", None)
        if made is None:
            made_now: bytes = stream_data.fget(stream)
            return made_now
        key = id(stream)  # the stream is held below, so no other object takes its id
        if key not in made:
            made[key] = (stream, stream_data.fget(stream))
        return made[key][1]

    def write_once(self: Any, *args: Any, **kwargs: Any) -> Any:
        identifier = kwargs.get("identifier", args[2] if len(args) > 2 else False)
        if not identifier or getattr(_this_thread, "streams", None) is not None:
            return write(self, *args, **kwargs)
        _this_thread.streams = {}
        try:
            return write(self, *args, **kwargs)
        finally:
            _this_thread.streams = None

    pydyf.Stream.data = property(data)
    pydyf.PDF.write = write_once


def _page_references_once(pdf_module: Any, pydyf: Any) -> None:
    """While a document is tagged, its list of page references is made once (see the
    module's note)."""
    add_tags = pdf_module.add_tags
    page_references = pydyf.PDF.page_references

    def references(self: Any) -> Any:
        listed: list[Any] | None = getattr(_this_thread, "references", None)
        if listed is None or listed[0] is not self:
            return page_references.fget(self)
        count = len(self.pages["Kids"])
        if listed[1] != count:
            listed[1:] = [count, page_references.fget(self)]
        return listed[2]

    def tag(pdf: Any, *args: Any, **kwargs: Any) -> Any:
        outer = getattr(_this_thread, "references", None)
        _this_thread.references = [pdf, -1, None]  # the PDF, its number of pages, their list
        try:
            return add_tags(pdf, *args, **kwargs)
        finally:
            _this_thread.references = outer

    pydyf.PDF.page_references = property(references)
    pdf_module.add_tags = tag


_open_libraries()
try:
    from weasyprint.text.ffi import ffi as _ffi

    _lean_type_parsing(_ffi._parser)
except AttributeError:  # a cffi without these internals parses every type in full
    pass

import pydyf  # noqa: E402  # WeasyPrint's PDF writer
import weasyprint.pdf as _weasy_pdf  # noqa: E402
import weasyprint.pdf.fonts as _weasy_fonts  # noqa: E402
import weasyprint.pdf.stream as _weasy_stream  # noqa: E402
from weasyprint.layout import page as _weasy_page  # noqa: E402

_deferred_font_files(_weasy_fonts, _weasy_stream)
_parallel_subsets(_weasy_pdf)
_streams_compressed_once(pydyf)
_page_references_once(_weasy_pdf, pydyf)
_margin_boxes_measured_when_needed(_weasy_page)

from weasyprint import CSS, HTML  # noqa: E402  # after _open_libraries()
from weasyprint.formatting_structure import boxes  # noqa: E402
from weasyprint.layout import inline  # noqa: E402
from weasyprint.text.line_break import create_layout  # noqa: E402
from weasyprint.urls import URLFetcher, URLFetcherResponse  # noqa: E402


def has_harfbuzz_subset() -> bool:
    """Whether WeasyPrint found HarfBuzz-subset (without it, fonts are subset by fontTools)."""
    from weasyprint.text import ffi

    return getattr(ffi, "harfbuzz_subset", None) is not None
