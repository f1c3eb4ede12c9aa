"""``make_id``: the one producer of anchors, so HTML, EPUB and PDF agree (pinyin for Chinese)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["ANCHOR", "IdAllocator", "make_id", "slugify"]

ANCHOR = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
"""The anchors both canonical formats hold: an ASCII letter, then ASCII letters, digits, ``-``
and ``_``. (The XML schema also allows ``.``, which the Markdown dialect cannot write.)"""

_NON_ID = re.compile(r"[^a-z0-9]+")
MAX_ID_LENGTH = 48


def _keep(chars: str) -> str:
    """Characters pypinyin has no reading for stay as they are (Latin, digits)."""
    return chars


_CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def _readings(text: str) -> list[str]:
    """Pinyin for the Chinese in ``text``, other runs as they are. pypinyin's dictionaries
    take a fifth of a second to load, so only text with Chinese in it loads them."""
    if not _CJK.search(text):
        return [text]
    from pypinyin import Style, lazy_pinyin

    return list(lazy_pinyin(text, style=Style.NORMAL, errors=_keep))


def slugify(text: str, *, max_length: int = MAX_ID_LENGTH) -> str:
    """Readable lowercase ASCII for ``text``: Chinese by pinyin, Latin by its base letters.

    Returns ``""`` when nothing readable remains (only punctuation, say).
    """
    words: list[str] = []
    for piece in _readings(text):
        ascii_text = unicodedata.normalize("NFKD", piece).encode("ascii", "ignore").decode()
        words.extend(w for w in _NON_ID.split(ascii_text.lower()) if w)
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    if not slug and words:
        slug = words[0][:max_length]
    return slug


def make_id(text: str, taken: Iterable[str] = (), *, prefix: str = "", fallback: str = "id") -> str:
    """A stable anchor for ``text`` not in ``taken``: ``prefix`` + slug, with ``-2``, ``-3`` …
    added on collision. It starts with a letter so it is a valid XML ID and CSS identifier."""
    base = slugify(text) or fallback
    if prefix:
        base = f"{prefix}-{base}"
    if not base[0].isalpha():
        base = f"{fallback}-{base}"
    used = set(taken)
    candidate, n = base, 1
    while candidate in used:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


class IdAllocator:
    """Hands out unique anchors in document order, so the same document always gets the same ids."""

    def __init__(self, reserved: Iterable[str] = ()) -> None:
        self._taken: set[str] = set(reserved)

    def claim(self, text: str, *, prefix: str = "", fallback: str = "id") -> str:
        """A fresh id for ``text``; it is reserved from now on."""
        new = make_id(text, self._taken, prefix=prefix, fallback=fallback)
        self._taken.add(new)
        return new

    def reserve(self, ident: str) -> bool:
        """Reserve an id given by the source; False when it was already taken."""
        if ident in self._taken:
            return False
        self._taken.add(ident)
        return True
