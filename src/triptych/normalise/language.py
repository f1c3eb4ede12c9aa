"""Decide the document's language from its letters, unless the user named it."""

from __future__ import annotations

import re

__all__ = ["detect_language"]

# Chinese text quotes Latin words and numbers freely; a modest share of Han letters is enough.
HAN_SHARE = 0.2
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]")
_LATIN = re.compile("[A-Za-z]")


def detect_language(text: str) -> str:
    """``"zh-CN"`` when Han characters make up a fair share of the letters, ``"en"`` when the
    letters are Latin, ``"und"`` when there are no letters."""
    head = text[:200_000]
    han = len(_HAN.findall(head))
    latin = len(_LATIN.findall(head))
    if han + latin == 0:
        return "und"
    return "zh-CN" if han >= HAN_SHARE * (han + latin) else "en"
