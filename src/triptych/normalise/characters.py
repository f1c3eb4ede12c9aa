"""Line endings to LF, and characters XML cannot hold (or that are invisible) removed or refused."""

from __future__ import annotations

import re

from ..diagnostics import Code
from ..errors import InputError
from .context import PassContext, TextPass

__all__ = ["INVISIBLE", "LINE_ENDINGS", "XML_CHARACTERS"]

_CRLF = re.compile(r"\r\n?")

# Form feed and vertical tab (page breaks in extracted text) become spaces.
# Other C0 controls (tab and LF stay; CR is gone by now), DEL, C1 controls, U+FFFE/U+FFFF and
# lone surrogates.
_PAGE_BREAK = re.compile("[\x0b\x0c]")
_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")
# Zero-width and soft characters that scraping leaves behind; they carry no content.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def _line_endings(text: str, ctx: PassContext) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    if not crlf and not cr:
        return text
    ctx.record(
        "line-endings",
        "convert-line-endings",
        0,
        "",
        "",
        note=f"{crlf} CRLF and {cr} CR line endings became LF",
    )
    return _CRLF.sub("\n", text)


def _positions(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """(line, column, char) of every match, 1-based."""
    out = []
    line, counted = 1, 0
    for m in pattern.finditer(text):
        pos = m.start()
        line += text.count("\n", counted, pos)
        counted = pos
        out.append((line, pos - text.rfind("\n", 0, pos), m.group()))
    return out


def _page_breaks(text: str, ctx: PassContext) -> str:
    found = _positions(text, _PAGE_BREAK)
    for line, col, char in found:
        ctx.record(
            "xml-characters",
            "page-break-to-space",
            line,
            char,
            " ",
            note=f"U+{ord(char):04X} at column {col} is a page or line break",
        )
    return _PAGE_BREAK.sub(" ", text) if found else text


def _xml_characters(text: str, ctx: PassContext) -> str:
    text = _page_breaks(text, ctx)
    found = _positions(text, _ILLEGAL)
    if not found:
        return text
    if ctx.options.invalid_chars == "error":
        line, col, char = found[0]
        raise InputError(
            f"character U+{ord(char):04X} cannot be stored in XML ({len(found)} such characters "
            "in the input); remove it, or import with --invalid-chars remove",
            source=ctx.source,
            line=line,
            column=col,
        )
    for line, col, char in found:
        ctx.warn(
            Code.INVALID_CHARACTER,
            f"control or non-character U+{ord(char):04X} cannot be stored in XML; it was removed",
            line,
            col,
        )
        ctx.record(
            "xml-characters",
            "remove-invalid-character",
            line,
            char,
            "",
            note=f"U+{ord(char):04X} at column {col}",
        )
    return _ILLEGAL.sub("", text)


def _invisible(text: str, ctx: PassContext) -> str:
    found = _positions(text, _INVISIBLE)
    for line, col, char in found:
        bom = char == "\ufeff" and line == col == 1
        action = "remove-byte-order-mark" if bom else "remove-invisible-character"
        ctx.record(
            "invisible-characters",
            action,
            line,
            char,
            "",
            note=f"U+{ord(char):04X} at column {col}",
        )
    return _INVISIBLE.sub("", text) if found else text


INVISIBLE = TextPass("invisible-characters", _invisible)
LINE_ENDINGS = TextPass("line-endings", _line_endings)
XML_CHARACTERS = TextPass("xml-characters", _xml_characters)
