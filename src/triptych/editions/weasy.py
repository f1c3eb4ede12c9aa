"""WeasyPrint, imported once and without a library search that costs a quarter of a cold build.

WeasyPrint opens GObject, Pango, HarfBuzz, fontconfig and PangoFT2 by trying several names for
each. For every name the dynamic loader cannot open directly, cffi falls back to
``ctypes.util.find_library``, which on Linux runs ``gcc``, ``ld`` and ``ldconfig`` in
subprocesses: 0.23 s of the sample's 2.3 s cold build. Each list of names includes the library's
soname (``libpango-1.0.so.0``), which the loader opens directly, so on Linux the search finds
nothing the loader would not. Should the import fail that way all the same, it is retried with
the search in place, so the shortcut can only save time.
"""

from __future__ import annotations

import ctypes.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager

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


_open_libraries()

from weasyprint import CSS, HTML  # noqa: E402  # after _open_libraries()
from weasyprint.formatting_structure import boxes  # noqa: E402
from weasyprint.layout import inline  # noqa: E402
from weasyprint.text.line_break import create_layout  # noqa: E402
from weasyprint.urls import URLFetcher, URLFetcherResponse  # noqa: E402


def has_harfbuzz_subset() -> bool:
    """Whether WeasyPrint found HarfBuzz-subset (without it, fonts are subset by fontTools)."""
    from weasyprint.text import ffi

    return getattr(ffi, "harfbuzz_subset", None) is not None
