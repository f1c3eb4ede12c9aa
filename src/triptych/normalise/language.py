"""Decide the document's language from its letters, unless the user named it."""

from __future__ import annotations

from .chars import is_han

__all__ = ["detect_language"]

# Chinese text quotes Latin words and numbers freely; a modest share of Han letters is enough.
HAN_SHARE = 0.2


def detect_language(text: str) -> str:
    """``"zh-CN"`` when Han characters make up a fair share of the letters, ``"en"`` when the
    letters are Latin, ``"und"`` when there are no letters."""
    han = latin = 0
    for char in text[:200_000]:
        if is_han(char):
            han += 1
        elif char.isascii() and char.isalpha():
            latin += 1
    if han + latin == 0:
        return "und"
    return "zh-CN" if han >= HAN_SHARE * (han + latin) else "en"
