"""WeasyPrint, imported once and without a library search that costs a quarter of a cold build.

WeasyPrint opens GObject, Pango, HarfBuzz, fontconfig and PangoFT2 by trying several names for
each. For every name the dynamic loader cannot open directly, cffi falls back to
``ctypes.util.find_library``, which on Linux runs ``gcc``, ``ld`` and ``ldconfig`` in
subprocesses: 0.23 s of the sample's 2.3 s cold build. Each list of names includes the library's
soname (``libpango-1.0.so.0``), which the loader opens directly, so on Linux the search finds
nothing the loader would not. Should the import fail that way all the same, it is retried with
the search in place, so the shortcut can only save time.

WeasyPrint also names C types as strings (``ffi.new("hb_glyph_info_t *")``), and cffi parses
each new one with pycparser after a line ``typedef int NAME;`` for every type WeasyPrint
declared: hundreds of lines, 16 ms a type and 0.26 s a cold build. Only the typedefs the string
names change how it parses, so WeasyPrint's ``ffi`` is given just those; the type is then
resolved against all of its declarations as before.
"""

from __future__ import annotations

import ctypes.util
import re
import sys
import threading
from collections.abc import Callable, Iterator
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


_open_libraries()
try:
    from weasyprint.text.ffi import ffi as _ffi

    _lean_type_parsing(_ffi._parser)
except AttributeError:  # a cffi without these internals parses every type in full
    pass

from weasyprint import CSS, HTML  # noqa: E402  # after _open_libraries()
from weasyprint.formatting_structure import boxes  # noqa: E402
from weasyprint.layout import inline  # noqa: E402
from weasyprint.text.line_break import create_layout  # noqa: E402
from weasyprint.urls import URLFetcher, URLFetcherResponse  # noqa: E402


def has_harfbuzz_subset() -> bool:
    """Whether WeasyPrint found HarfBuzz-subset (without it, fonts are subset by fontTools)."""
    from weasyprint.text import ffi

    return getattr(ffi, "harfbuzz_subset", None) is not None
