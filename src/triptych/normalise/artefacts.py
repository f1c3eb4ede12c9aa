"""Remove what a conversion site, a scrape or a lost encoding left in the text: pinyin glosses
after characters (``現(xiàn)在``), question marks where an indent's full-width spaces were, and
HTML tags a page's markup left inside the words (``Indivi<strong>du</strong>als``), question
marks closing a line where its full-width spaces were (on a page that lost them); a section's
number that a reposting editor left at the end of the line before its heading; the bars a
one-column table left between and after its rows; a paragraph's number printed twice; and the
numeral 一 of a first section that a scan read as a dash (``-、``)."""

from __future__ import annotations

import re
from collections import Counter

from .chars import LINE_BREAK
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
# two or more at a line's end or beside spaces: a question never ends so
_LOST_RUN = re.compile(r"(?:^|[ \t])[?？]{2,}|[?？]{2,}[ \t]*$", re.MULTILINE)
LOST_RUNS_MIN = 1
SHORT_LINE_MAX = 60
_SENTENCE_MARK = re.compile(r"[。，,；;！!]|[?？](?!\s*[?？]*\s*$)")
# the same question marks closing a line of Chinese (``政府工作報告?``, ``……會議上??``)
# ... or inside a line run together, after a Chinese word and a space (``…会议上 ?霍州市人民政府市长
# ?张可新 ? 各位代表``): no question mark follows a space in Chinese text
_LOST_SPACE = re.compile(r"(?<=[\u4e00-\u9fff][ \t\u3000])\?(?=[\u4e00-\u9fff]|[ \t\u3000])")
_LOST_TRAILING = re.compile(r"(?<=[\u4e00-\u9fff])[?？]{1,4}[ \t]*$")
# a tag of inline markup or a line break, as the scrape left it in the text
_TAG = re.compile(
    r"</?(?:strong|b|i|em|u|span|font|sup|sub|br|p|div|a|img|small|big|h[1-6]|li|ul|ol|section"
    r"|article|blockquote|center)\b[^<>]{0,200}?/?>",
    re.I,
)
# ... of those, the ones that break the line: a line break, or a block's start or end
_BREAKING = re.compile(
    r"</?(?:br|p|div|h[1-6]|li|ul|ol|section|article|blockquote|center)\b[^<>]*>", re.I
)


# ``…提出意见。一、`` over ``2023年工作回顾``: the number belongs to the heading below
HEADING_MAX = 40
_STRANDED_NUMBER = re.compile(rf"(?P<text>.*[。！？；])\s*(?P<number>[{ZH_DIGITS}]{{1,3}}、)\s*")


def _artefacts(text: str, ctx: PassContext) -> str:
    if "、" in text:
        text = _stranded_numbers(text, ctx)
        if (
            (dash := _DASH_ONE.search(text))
            and (two := _TWO.search(text))
            and dash.end() < two.start()
        ):
            # the first section's number only, before the second's
            text = text[: dash.start()] + _one(dash, text, ctx) + text[dash.end() :]
    text = _watermark(text, ctx)
    if "|" in text and len(_TABLE_RULE.findall(text)) >= TABLE_RULES_MIN:
        text = _table_borders(text, ctx)
    if ". " in text and _DOUBLED_NUMBER.search(text):
        text = _DOUBLED_NUMBER.sub(lambda m: _undoubled(m, text, ctx), text)
    if not any(mark in text for mark in "(（?？<"):
        return text
    out: list[str] = []
    # a page whose full-width spaces a wrong encoding turned into ``??`` shows it somewhere
    spaces_lost = len(_LOST_RUN.findall(text)) >= LOST_RUNS_MIN
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
            # a break's tag leaves the break, which segment reads as the end of a line
            line = _TAG.sub(lambda m: LINE_BREAK if _BREAKING.fullmatch(m.group()) else "", line)
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
        # only on a short line with no sentence in it (a title, an occasion, a heading): a
        # paragraph's line may well end in a real question mark
        short = len(line.strip()) <= SHORT_LINE_MAX and not _SENTENCE_MARK.search(line)
        trailing = _LOST_TRAILING.search(line) if spaces_lost and short else None
        if trailing:
            ctx.record(
                NAME,
                "remove-lost-spaces",
                number,
                trailing.group().strip(),
                "",
                note="question marks where a line's closing full-width spaces were",
            )
            line = line[: trailing.start()]
        if "?" in line and (lost_marks := _LOST_SPACE.findall(line)):
            ctx.record(
                NAME,
                "remove-lost-spaces",
                number,
                "".join(lost_marks),
                "",
                note="question marks after a space, where full-width spaces were",
            )
            line = _LOST_SPACE.sub("", line)
        out.append(line)
    return "\n".join(out)


# A copy site's mark closing the lines of a Chinese text, and standing alone between them
# (``…请予审议。pbY`` / ``pbY``): a few Latin letters, the same every time.
_MARK_AT_END = re.compile(
    # never an acronym in capitals (``…实现GDP``), which a text may well end its lines with
    r"(?<=[\u4e00-\u9fff，。：；、！？”）:,.;!?])(?![A-Z]+\b)([A-Za-z]{2,5})[ \t]*$",
    re.M,
)
WATERMARK_MIN = 5


def _watermark(text: str, ctx: PassContext) -> str:
    """``text`` without a copy site's mark at its lines' ends, when one recurs."""
    marks = Counter(m[1] for m in _MARK_AT_END.finditer(text))
    if not marks:
        return text
    mark, count = marks.most_common(1)[0]
    if count < WATERMARK_MIN:
        return text
    # at a line's end, alone on its line, or between the pieces of a line run together: never
    # inside words
    anywhere = re.compile(
        rf"(?:(?<=[\s\u4e00-\u9fff，。：；、！？”）:,.;!?])|^){re.escape(mark)}(?=\s|$)"
    )
    out: list[str] = []
    for number, line in enumerate(text.split("\n"), start=1):
        found = anywhere.findall(line)
        if found:
            ctx.record(
                NAME, "remove-watermark", number, "".join(found), "", note="a copy site's mark"
            )
            line = anywhere.sub("", line)
        out.append(line)
    return "\n".join(out)


# A table of one column, as a statute's page sets its definitions, that a scrape left as lines of
# bars between the rows and a bar closing each row: borders, not text.
_TABLE_RULE = re.compile(r"^[ \t]*\|{1,3}[ \t]*$", re.MULTILINE)
_ROW_END = re.compile(r"[ \t]+\|{1,2}[ \t]*$")
TABLE_RULES_MIN = 3


# A paragraph's number a page printed twice, once as the list's and once as the text's
# (``2. 2. Members have raised …``)
_DOUBLED_NUMBER = re.compile(r"^([ \t]*)(\d{1,3}\.)[ \t]+\2(?=[ \t]+\S)", re.MULTILINE)


def _undoubled(m: re.Match[str], text: str, ctx: PassContext) -> str:
    line = text.count("\n", 0, m.start()) + 1
    ctx.record(NAME, "remove-doubled-number", line, m[2], "", note="a paragraph's number twice")
    return m[1] + m[2]


def _table_borders(text: str, ctx: PassContext) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        border = line if _TABLE_RULE.fullmatch(line) else None
        if border is None and (end := _ROW_END.search(line)) and line[: end.start()].strip():
            border = end.group()
        if border is None:
            continue
        ctx.record(NAME, "remove-table-border", i + 1, border.strip(), "", note="a table's border")
        lines[i] = line[: len(line) - len(border)]
    return "\n".join(lines)


# ``-、关于框架结构`` in a text that goes on to ``二、``: a scan's reading of 一 as a dash
_DASH_ONE = re.compile(r"^([ \t\u3000]*)[-－‐]、(?=[\u4e00-\u9fff])", re.MULTILINE)
_TWO = re.compile(r"^[ \t\u3000]*二、", re.MULTILINE)


def _one(m: re.Match[str], text: str, ctx: PassContext) -> str:
    line = text.count("\n", 0, m.start()) + 1
    dash = m.group()[len(m[1]) : -1]
    ctx.record(NAME, "restore-numeral", line, dash, "一", note="a scan read 一、 as a dash")
    return f"{m[1]}一、"


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
