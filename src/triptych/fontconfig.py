"""Font lookups through the fontconfig library, the one WeasyPrint's Pango asks: which file a
family names and which characters that face covers.

The library is called in this process (cffi, which WeasyPrint depends on). Each ``fc-match``
or ``fc-list`` run would start a process and load fontconfig's configuration and caches again:
some 13 ms a lookup, and a PDF build makes a dozen.
"""

from __future__ import annotations

import importlib
import threading
from dataclasses import dataclass
from functools import cache
from typing import Any

from .errors import BuildError

__all__ = ["FontFile", "coverage", "match"]

_CDEF = """
typedef int FcBool;
typedef unsigned char FcChar8;
typedef unsigned int FcChar32;
typedef struct _FcPattern FcPattern;
typedef struct _FcConfig FcConfig;
typedef struct _FcCharSet FcCharSet;
typedef enum { FcMatchPattern, FcMatchFont, FcMatchScan } FcMatchKind;
typedef enum { FcResultMatch, FcResultNoMatch, FcResultTypeMismatch, FcResultNoId,
               FcResultOutOfMemory } FcResult;
FcPattern *FcNameParse(const FcChar8 *name);
FcBool FcConfigSubstitute(FcConfig *config, FcPattern *p, FcMatchKind kind);
void FcDefaultSubstitute(FcPattern *pattern);
FcPattern *FcFontMatch(FcConfig *config, FcPattern *p, FcResult *result);
FcResult FcPatternGetString(const FcPattern *p, const char *object, int n, FcChar8 **s);
FcResult FcPatternGetInteger(const FcPattern *p, const char *object, int n, int *i);
FcResult FcPatternGetCharSet(const FcPattern *p, const char *object, int n, FcCharSet **c);
FcChar32 FcCharSetFirstPage(const FcCharSet *a, FcChar32 *map, FcChar32 *next);
FcChar32 FcCharSetNextPage(const FcCharSet *a, FcChar32 *map, FcChar32 *next);
void FcPatternDestroy(FcPattern *p);
"""
_SONAMES = ("libfontconfig.so.1", "libfontconfig.1.dylib", "libfontconfig-1.dll", "fontconfig")
_DONE = 0xFFFFFFFF  # FC_CHARSET_DONE
_FULL_PAGE = (0xFFFFFFFF,) * 8
_lock = threading.Lock()  # one lookup at a time: the cached library handle is shared


@dataclass(frozen=True, slots=True)
class FontFile:
    """A face fontconfig found for a pattern: its family names, file and index in the file."""

    families: tuple[str, ...]
    path: str
    index: int


@cache
def _library() -> tuple[Any, Any]:
    try:
        cffi: Any = importlib.import_module("cffi")
    except ImportError:  # WeasyPrint depends on it; a PDF cannot be built without either
        raise BuildError("the PDF edition needs cffi; install it with 'pip install cffi'") from None
    ffi = cffi.FFI()
    ffi.cdef(_CDEF)
    for name in _SONAMES:
        try:
            return ffi, ffi.dlopen(name)
        except OSError:
            continue
    raise BuildError(
        "the fontconfig library is missing; install it with 'apt-get install fontconfig'"
    )


def _strings(ffi: Any, lib: Any, pattern: Any, name: bytes) -> list[str]:
    found: list[str] = []
    value = ffi.new("FcChar8 **")
    while lib.FcPatternGetString(pattern, name, len(found), value) == lib.FcResultMatch:
        found.append(ffi.string(value[0]).decode("utf-8", "replace"))
    return found


@cache
def match(pattern: str) -> tuple[FontFile, frozenset[int]]:
    """The face fontconfig matches ``pattern`` to (as ``fc-match PATTERN`` does) and the code
    points it has glyphs for, once per process."""
    ffi, lib = _library()
    with _lock:
        parsed = lib.FcNameParse(pattern.encode())
        if parsed == ffi.NULL:
            raise BuildError(f"fontconfig cannot read the font pattern {pattern!r}")
        try:
            lib.FcConfigSubstitute(ffi.NULL, parsed, lib.FcMatchPattern)
            lib.FcDefaultSubstitute(parsed)
            result = ffi.new("FcResult *")
            found = lib.FcFontMatch(ffi.NULL, parsed, result)
        finally:
            lib.FcPatternDestroy(parsed)
        if found == ffi.NULL:
            raise BuildError(f"fontconfig finds no font at all for {pattern!r}")
        try:
            files = _strings(ffi, lib, found, b"file")
            index = ffi.new("int *")
            if lib.FcPatternGetInteger(found, b"index", 0, index) != lib.FcResultMatch:
                index[0] = 0
            font = FontFile(
                tuple(_strings(ffi, lib, found, b"family")), files[0] if files else "", index[0]
            )
            return font, _charset(ffi, lib, found)
        finally:
            lib.FcPatternDestroy(found)


def _charset(ffi: Any, lib: Any, pattern: Any) -> frozenset[int]:
    charset = ffi.new("FcCharSet **")
    if lib.FcPatternGetCharSet(pattern, b"charset", 0, charset) != lib.FcResultMatch:
        return frozenset()
    page, following = ffi.new("FcChar32[8]"), ffi.new("FcChar32 *")
    points: set[int] = set()
    base = lib.FcCharSetFirstPage(charset[0], page, following)
    while base != _DONE:
        words = tuple(page)
        if words == _FULL_PAGE:
            points.update(range(base, base + 256))
        else:
            for i, word in enumerate(words):
                start = base + 32 * i
                while word:
                    low = word & -word
                    points.add(start + low.bit_length() - 1)
                    word ^= low
        base = lib.FcCharSetNextPage(charset[0], page, following)
    return frozenset(points)


def coverage(pattern: str) -> frozenset[int]:
    """The code points the face matched for ``pattern`` covers."""
    return match(pattern)[1]
