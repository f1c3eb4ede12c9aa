"""An index of texts already seen that finds exact copies and fragments in near-linear time."""

from __future__ import annotations

import re
from typing import Generic, TypeVar

from .chars import key

__all__ = ["TextIndex"]

R = TypeVar("R")

# Fragments are found through anchors: the few characters after a punctuation mark. A fragment
# of an earlier text contains that text's anchors (except perhaps at its cut edge), so looking
# up its first inner anchors finds the candidates, and one slice comparison confirms each.
_ANCHOR_AFTER = re.compile(r"[,.;:!?、。“”\"()]")
ANCHOR_LENGTH = 6
MIN_FRAGMENT = 12
MAX_CANDIDATES = 16
ANCHORS_TRIED = 3


class TextIndex(Generic[R]):
    """Texts with a reference each; ``find`` answers which earlier text a new one copies."""

    def __init__(self) -> None:
        self._exact: dict[str, R] = {}
        self._keys: list[tuple[str, R]] = []
        self._anchors: dict[str, list[tuple[int, int]]] = {}

    def add(self, text: str, ref: R) -> None:
        """Remember ``text`` under ``ref`` (the first text with a given key keeps it)."""
        k = key(text)
        if not k:
            return
        self._exact.setdefault(k, ref)
        slot = len(self._keys)
        self._keys.append((k, ref))
        for m in _ANCHOR_AFTER.finditer(k):
            start = m.end()
            anchor = k[start : start + ANCHOR_LENGTH]
            if len(anchor) == ANCHOR_LENGTH:
                bucket = self._anchors.setdefault(anchor, [])
                if len(bucket) < MAX_CANDIDATES:
                    bucket.append((slot, start))

    def find(self, text: str) -> R | None:
        """The reference of an earlier text equal to ``text`` or containing it whole."""
        k = key(text)
        if not k:
            return None
        if (ref := self._exact.get(k)) is not None:
            return ref
        if len(k) < MIN_FRAGMENT:
            return None
        for tried, m in enumerate(_ANCHOR_AFTER.finditer(k), start=1):
            offset = m.end()
            anchor = k[offset : offset + ANCHOR_LENGTH]
            if len(anchor) < ANCHOR_LENGTH:
                break
            for slot, start in self._anchors.get(anchor, ()):
                earlier, ref = self._keys[slot]
                begin = start - offset
                if begin >= 0 and earlier.startswith(k, begin):
                    return ref
            if tried >= ANCHORS_TRIED:
                break
        return None
