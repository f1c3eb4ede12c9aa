"""Bytes to text: strict UTF-8, an explicit encoding, or a detection that is reported."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable

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

# The legacy multi-byte encodings of Chinese, Japanese and Korean share most of their byte
# ranges, so a little text in one often reads cleanly in another. Each family is tried with
# one broad codec; EUC-JP stands for its family because EUC-JIS-2004 reads almost any
# EUC-style bytes and would make every GBK text look ambiguous.
_CJK_FAMILIES: dict[str, tuple[str, frozenset[str]]] = {
    "gb18030": ("GB18030 (GBK)", frozenset({"gb2312", "gbk", "gb18030", "hz"})),
    "big5hkscs": ("Big5", frozenset({"big5", "big5hkscs", "cp950"})),
    "cp949": ("cp949 (Korean)", frozenset({"cp949", "euc_kr", "johab", "iso2022_kr"})),
    "cp932": ("Shift_JIS", frozenset({"shift_jis", "cp932", "shift_jis_2004", "shift_jisx0213"})),
    "euc_jp": (
        "EUC-JP",
        frozenset(
            {"euc_jp", "euc_jis_2004", "euc_jisx0213"}
            | {f"iso2022_jp{v}" for v in ("", "_1", "_2", "_2004", "_3", "_ext")}
        ),
    ),
}
# A legacy CJK encoding is detected only from at least this many bytes outside ASCII (some
# 32 double-byte characters); below it, an English text with a few Chinese words reads as
# Korean as readily as GBK.
MIN_CJK_EVIDENCE = 64


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


# Text is letters, digits, marks and punctuation; a decoding that yields many characters no
# text uses (private-use, unassigned, surrogate or control) read bytes of another encoding, or
# bytes that only looked like a byte-order mark.
_NOT_TEXT = frozenset({"Co", "Cn", "Cs", "Cc"})
NOT_TEXT_SHARE = 0.1
NOT_TEXT_SHARE_SHORT = 0.25  # below SHORT_TEXT characters one stray character weighs more
SHORT_TEXT = 20


# Characters every text is mostly made of, skipped before the others are looked up one by one.
_COMMON = re.compile(
    r"[\s\u0021-\u007e\u00a0-\u024f\u2000-\u206f\u3000-\u303f\u4e00-\u9fa5\uff01-\uffee]+"
)


def _refuse_garbage(text: str, encoding: str, source: str) -> str:
    rare = _COMMON.sub("", text)
    bad = sum(1 for c in rare if c == "\ufffd" or unicodedata.category(c) in _NOT_TEXT)
    if not bad:
        return text
    shown = len("".join(text.split()))  # the characters that are not whitespace
    limit = NOT_TEXT_SHARE if shown >= SHORT_TEXT else NOT_TEXT_SHARE_SHORT
    if shown and bad / shown >= limit:
        raise InputError(
            f"read as {encoding}, {bad} of its {shown} characters are private-use, "
            "unassigned or control characters, so it is not text in that encoding; name the "
            "file's encoding with --encoding (for example --encoding gbk), or check that it is "
            "a text file",
            source=source,
        )
    return text


def decode(data: bytes, ctx: PassContext) -> str:
    """Decode ``data`` following the policy above; the BOM and any detection go on record.
    Text that decodes into characters no text uses is refused, whichever way it was read."""
    encoding = ctx.options.encoding or "UTF-8"
    text = _decode(data, ctx)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not ctx.options.encoding:
        encoding = "UTF-16 (from its byte-order mark)"
    return _refuse_garbage(text, encoding, ctx.source)


def _decode(data: bytes, ctx: PassContext) -> str:
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

    def refuse(why: str = "") -> InputError:
        message = f"{hint} ({why})" if why else hint
        return InputError(message, source=ctx.source, line=line, column=col)

    if len(data) < MIN_DETECT_BYTES:
        raise refuse("too short to detect the encoding safely")
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
            raise refuse()
        guess = best.encoding
        text = str(best)
    _refuse_cjk_guesswork(data, guess, refuse)
    ctx.warn(
        Code.ENCODING_DETECTED,
        f"not UTF-8 (first bad byte at offset {err.start}); decoded as {guess} by detection. "
        f"Check the result, and pass --encoding {guess} to make this explicit",
        line,
        col,
    )
    ctx.record(NAME, "detect-encoding", 0, "", "", note=f"decoded as {guess}")
    return text


def _family(encoding: str) -> str | None:
    """The legacy CJK family ``encoding`` belongs to, by its codec; ``None`` for the others."""
    name = codecs.lookup(encoding).name
    return next((rep for rep, (_, names) in _CJK_FAMILIES.items() if name in names), None)


def _reads(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _refuse_cjk_guesswork(data: bytes, guess: str, refuse: Callable[[str], InputError]) -> None:
    """Refuse a detection that lands on, or could as well have landed on, a legacy CJK
    encoding without the evidence to tell which: too few bytes outside ASCII, or bytes that
    read cleanly in more than one family (or in one and in the single-byte guess)."""
    family = _family(guess)
    readable = [rep for rep in _CJK_FAMILIES if rep != family and _reads(data, rep)]
    if family is None and not readable:
        return  # a single-byte encoding no CJK encoding competes with
    evidence = len(data.translate(None, bytes(range(0x80))))  # bytes outside ASCII
    if evidence < MIN_CJK_EVIDENCE:
        raise refuse(
            f"only {evidence} bytes are outside ASCII, too few to tell GBK from Big5, Korean or "
            "Japanese encodings"
        )
    if readable:
        shown = _CJK_FAMILIES[family][0] if family else guess
        others = ", ".join(_CJK_FAMILIES[rep][0] for rep in readable)
        raise refuse(
            f"the bytes read cleanly as {shown} and as {others}, so the encoding cannot be "
            "told safely"
        )
