"""Bytes to text: strict UTF-8, an explicit encoding, or a detection that is reported."""

from __future__ import annotations

import codecs
import unicodedata

from ..diagnostics import Code
from ..errors import InputError
from .context import PassContext

__all__ = ["decode"]

NAME = "decode"

# GBK and GB2312 are subsets of GB18030; decoding as GB18030 never loses a character they hold.
_ALIASES = {"gbk": "gb18030", "gb2312": "gb18030", "cp936": "gb18030", "euc-cn": "gb18030"}

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"PK\x03\x04": "a ZIP archive (or an EPUB, DOCX, XLSX …)",
    b"%PDF": "a PDF file",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file",
    b"\x7fELF": "an executable",
}

# A few NUL bytes in text are damage (removed and reported later); many mean binary data.
# Detection below this many bytes is guesswork (a short GBK text reads as Korean, say).
MIN_DETECT_BYTES = 64


def _line_col(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    return line, offset - start + 1


def _refuse_binary(data: bytes, source: str) -> None:
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(
                f"this looks like {what}, not a text file; import the plain text instead",
                source=source,
            )
    head = data[:8192]
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and head.count(b"\x00") > max(2, len(head) // 100):
        nul = data.index(b"\x00")
        line, col = _line_col(data, nul)
        raise InputError(
            f"NUL byte at byte offset {nul}: this looks like a binary file, not text; if it is "
            "UTF-16 without a byte-order mark, pass --encoding utf-16-le (or utf-16-be)",
            source=source,
            line=line,
            column=col,
        )


def _han_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    han = sum(1 for c in letters if unicodedata.name(c, "").startswith("CJK UNIFIED"))
    return han / len(letters)


def decode(data: bytes, ctx: PassContext) -> str:
    """Decode ``data`` following the policy above; the BOM and any detection go on record."""
    source = ctx.source
    requested = ctx.options.encoding
    if requested:
        encoding = _ALIASES.get(requested.lower(), requested)
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(
                f"unknown encoding {requested!r}; try utf-8, gbk, gb18030 or big5", source=source
            ) from None
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as err:
            line, col = _line_col(data, err.start)
            raise InputError(
                f"the input is not valid {requested} at byte offset {err.start} "
                f"(byte {data[err.start : err.start + 1].hex()}); check --encoding",
                source=source,
                line=line,
                column=col,
            ) from None
        return text

    _refuse_binary(data, source)
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                raise InputError(
                    f"invalid UTF-16 at byte offset {err.start}", source=source
                ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    return _detect(data, utf8_error, ctx)


def _detect(data: bytes, err: UnicodeDecodeError, ctx: PassContext) -> str:
    line, col = _line_col(data, err.start)
    hint = (
        f"the input is not valid UTF-8 at byte offset {err.start} (line {line}); "
        "if it is GBK or GB2312 pass --encoding gbk, otherwise name its encoding with --encoding"
    )
    if len(data) < MIN_DETECT_BYTES:
        raise InputError(
            hint + " (too short to detect the encoding safely)",
            source=ctx.source,
            line=line,
            column=col,
        )
    guess: str | None = None
    try:
        text = data.decode("gb18030")
        if _han_ratio(text) >= 0.5:
            guess = "gb18030"
    except UnicodeDecodeError:
        pass
    if guess is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None or best.encoding in {"utf_8", "ascii"}:
            raise InputError(hint, source=ctx.source, line=line, column=col)
        guess = best.encoding
        text = str(best)
    ctx.warn(
        Code.ENCODING_DETECTED,
        f"not UTF-8 (first bad byte at offset {err.start}); decoded as {guess} by detection. "
        f"Check the result, and pass --encoding {guess} to make this explicit",
        line,
        col,
    )
    ctx.record(NAME, "detect-encoding", 0, "", "", note=f"decoded as {guess}")
    return text
