"""Remove what a conversion site, a scrape or a lost encoding left in the text: pinyin glosses
after characters (``現(xiàn)在``), question marks where an indent's full-width spaces were, and
HTML tags a page's markup left inside the words (``Indivi<strong>du</strong>als``); and a
section's number that a reposting editor left at the end of the line before its heading."""

from __future__ import annotations

import re

from .context import PassContext, TextPass
from .patterns import ZH_DIGITS

__all__ = ["ARTEFACTS"]

NAME = "scrape-artefacts"

# A syllable with its tone mark, in brackets right after a Han character: a reading a
# traditional-script mirror added, not the text's own words.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])[(（]([a-zü]*[{_TONED}][a-zü]*)[)）]")
# An indent whose full-width spaces a wrong encoding turned into ``?`` (``??2018年…``,
# ``? ? ——产业结构…``): question marks that open a line, before Chinese text.
_LOST_INDENT = re.compile(r"[ \t\u3000]*(?:[?？][ \t\u3000]*)+(?=[\u4e00-\u9fff“—\d])")
INDENT = "\u3000\u3000"
# a tag of inline markup or a line break, as the scrape left it in the text
_TAG = re.compile(
    r"</?(?:strong|b|i|em|u|span|font|sup|sub|br|p|div|a|img|small|big)\b[^<>]{0,200}?/?>", re.I
)


# ``…提出意见。一、`` over ``2023年工作回顾``: the number belongs to the heading below
HEADING_MAX = 40
_STRANDED_NUMBER = re.compile(rf"(?P<text>.*[。！？；])\s*(?P<number>[{ZH_DIGITS}]{{1,3}}、)\s*")


def _artefacts(text: str, ctx: PassContext) -> str:
    if "、" in text:
        text = _stranded_numbers(text, ctx)
    if not any(mark in text for mark in "(（?？<"):
        return text
    out: list[str] = []
    for number, line in enumerate(text.split("\n"), start=1):
        glosses = [m.group() for m in _GLOSS.finditer(line)]
        if glosses:
            ctx.record(
                NAME,
                "remove-pinyin-gloss",
                number,
                "".join(glosses),
                "",
                note=f"{len(glosses)} readings in brackets after characters",
            )
            line = _GLOSS.sub("", line)
        tags = [m.group() for m in _TAG.finditer(line)] if "<" in line else []
        if tags:
            ctx.record(
                NAME, "remove-markup", number, "".join(tags), "", note=f"{len(tags)} HTML tags"
            )
            line = _TAG.sub("", line)
        lost = _LOST_INDENT.match(line)
        if lost:
            ctx.record(
                NAME,
                "restore-lost-indent",
                number,
                lost.group().strip(),
                "",
                note="question marks where an indent's full-width spaces were",
            )
            line = INDENT + line[lost.end() :]
        out.append(line)
    return "\n".join(out)


def _stranded_numbers(text: str, ctx: PassContext) -> str:
    lines = text.split("\n")
    for i in range(len(lines) - 1):
        m = _STRANDED_NUMBER.fullmatch(lines[i])
        heading = lines[i + 1].strip()
        if m and 0 < len(heading) <= HEADING_MAX and "。" not in heading:
            ctx.record(
                NAME,
                "move-section-number",
                i + 1,
                "",
                "",
                note=f"{m['number']} at the line's end numbers the heading on line {i + 2}",
            )
            lines[i] = m["text"]
            lines[i + 1] = m["number"] + lines[i + 1].lstrip()
    return "\n".join(lines)


ARTEFACTS = TextPass(NAME, _artefacts)
