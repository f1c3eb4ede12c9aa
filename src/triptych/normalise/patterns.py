"""The shapes passes recognise: heading numbering, glossary headings and glossary entries."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..model import Block, Heading
from .chars import ends_sentence

__all__ = [
    "ADDRESSEES",
    "NOTICE_TITLE",
    "OFFICE",
    "SMALL_WORDS",
    "ZH_DIGITS",
    "EntryMatch",
    "Numbering",
    "appendix_label",
    "caption_label",
    "chinese_number",
    "closed_up",
    "defines",
    "ends_on_small_word",
    "find_date",
    "glossary_heading",
    "glossary_title",
    "header_row",
    "is_byline",
    "is_date_line",
    "is_glossary_heading",
    "is_meeting_line",
    "is_month_line",
    "is_site_name",
    "letter_divider",
    "match_appendix",
    "match_entry",
    "match_listed",
    "match_numbering",
    "numbering_label",
    "opens_glossary",
    "opens_speech",
    "reporter_credit",
    "runs_on",
    "stands_alone",
    "starts_block",
    "title_cased",
    "unquote",
]

# the passes ask about the same lines again and again: the answers are kept for this many
CACHED_LINES = 1 << 15
ZH_DIGITS = "一二三四五六七八九十"
"""The Chinese numerals a list or a heading counts with, up to 十."""
_ZH_NUM = ZH_DIGITS + "百零〇两"
_SEP = r"[\s、.．:：]*"

# (rank, pattern): a lower rank is a higher level. The ranks of the styles a document uses are
# later compressed to levels 1, 2, 3 … in rank order.
_ZH_HEADINGS: tuple[tuple[float, re.Pattern[str]], ...] = (
    (1, re.compile(rf"第[{_ZH_NUM}\d]+(?:部分|篇){_SEP}")),
    (2, re.compile(rf"第[{_ZH_NUM}\d]+章{_SEP}")),
    (3, re.compile(rf"第[{_ZH_NUM}\d]+节{_SEP}")),
    # a news page's run of a report's words, one section each (``热词一：任性``)
    (
        3.5,
        re.compile(
            rf"(?:热词|熱詞|关键词|關鍵詞|新词|新詞|热点|熱點)[{_ZH_NUM}\d]{{1,3}}\s*[:：]\s*"
        ),
    ),
    # a part by a heavenly stem, as Hong Kong's and Macau's addresses number them (``甲、 引言``),
    # not ``甲、乙两地``
    (
        3.8,
        # a space after the mark, as those addresses set it: ``丁、王两位同志`` names two people
        re.compile(
            r"[甲乙丙丁戊己庚辛壬癸]、[ \u3000]+(?![甲乙丙丁戊己庚辛壬癸]|.{0,2}[方地类級级等])"
        ),
    ),
    # not ``一、二季度`` or ``一、二、三产业``: numerals listed, not a section's number
    (4, re.compile(rf"[{_ZH_NUM}]+、(?![{_ZH_NUM}]+(?:、|季度|产|月|级|类|线|期|等|批|档))\s*")),
    # the enclosed numerals of a word processor's lists stand for the same levels: ``㈠`` is
    # ``（一）``, ``⒉`` is ``2.`` and ``⑴`` is ``（1）``
    (5, re.compile(rf"(?:[（(]\s*[{_ZH_NUM}]+\s*[)）]|[\u3220-\u3229])、?\s*")),
    (6, re.compile(r"(?:\d{1,2}\s*[.．、](?![\d.．])|[\u2488-\u249b])\s*")),
    (7, re.compile(r"(?:[（(]\s*\d{1,2}\s*[)）]|[\u2474-\u2487])、?\s*")),
)
_WORD_NUM = r"(?:\d+|[IVXLC]+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)"
_EN_HEADINGS: tuple[tuple[float, re.Pattern[str]], ...] = (
    (1, re.compile(rf"(?:PART|Part)\s+{_WORD_NUM}\b[.:]?\s*")),
    (2, re.compile(rf"(?:CHAPTER|Chapter|SECTION|Section)\s+{_WORD_NUM}\b[.:]?\s*")),
    (
        2.5,
        re.compile(r"(?:Finding|Objective|Strategic Goal|Goal|Priority|Outcome)\s+\d{1,2}[.:]\s+"),
    ),
    (4, re.compile(r"[IVX]{1,5}\.\s+")),
    (5, re.compile(r"[A-H]\.\s+")),
    (6, re.compile(r"\d{1,2}\.\s+")),
    (6.1, re.compile(r"\d{1,2}\.\d{1,2}\.?\s+")),
    (6.2, re.compile(r"\d{1,2}\.\d{1,2}\.\d{1,2}\.?\s+")),
)
# ``Strategic Goal 1: Safety``: a colon inside a heading's words, not a term and its definition
_TITLED_COLON = re.compile(r"[A-Z][\w’' ]{0,40}:\s+[A-Z][\w’'&\- ]{0,40}")
_ALL_CAPS = re.compile(r"[A-Z][A-Z0-9 ,&'’\-]{2,59}")
# A cover's date (``OCTOBER 2022``) and its labels (``PREPARED BY``) are set in capitals too.
_CAPS_NOT_HEADING = re.compile(
    r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|SPRING|SUMMER|FALL|AUTUMN|WINTER)(?:\s+\d{1,2},?)?\s+\d{4}"
    r"|(?:PREPARED|PRESENTED|SUBMITTED|WRITTEN|COMPILED|PUBLISHED|ISSUED) (?:BY|FOR|TO)"
)

ZH_HEADING_MAX = 60
EN_HEADING_MAX = 160  # a translated report's headings run long (``I. Facing up to …``)


@dataclass(frozen=True, slots=True)
class Numbering:
    """A heading found at the start of a line."""

    rank: float
    """Rank of the numbering style (lower is higher in the hierarchy)."""
    number: str
    """The numbering as printed, trailing space removed (``"(五)"``)."""
    title: str
    """The heading's words."""
    rest: str
    """Text on the same line after the heading (a run-in paragraph), or ``""``."""


# A table flattened into lines: three cells or more, apart by spaces, one of them a figure
# (``1.指标　3.6　6左右　预期性``); Chinese headings have no spaces between their words.
_FIGURE_CELL = re.compile(r"[<>≥≤约〔\[(（]?\d[\d.,%]*.*")


def _table_row(text: str) -> bool:
    cells = text.split()
    return len(cells) >= 3 and any(_FIGURE_CELL.fullmatch(c) for c in cells[1:])


_ZH_SENTENCE_END = re.compile(r"[。！？!?]")
_DEFINITION_COLON = re.compile(r"[:：]\s*\S")


_EN_LABEL = re.compile(
    rf"(?:(?P<part>PART|Part)|CHAPTER|Chapter|SECTION|Section)\s+{_WORD_NUM}\b[.:]?"
)


def numbering_label(line: str) -> float | None:
    """The rank of an English heading's numbering standing alone on its line (``CHAPTER 1``),
    whose words follow on the next line; None for any other line."""
    m = _EN_LABEL.fullmatch(line.strip())
    if m is None:
        return None
    return 1 if m["part"] else 2


_ZH_UNITS = {c: n for n, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def section_ordinal(number: str) -> tuple[int, ...]:
    """The place a section's number stands in its sequence (``2.1`` → (2, 1), ``十二、`` → (12,));
    () when it holds no figure."""
    if figures := re.findall(r"\d+", number):
        return tuple(int(f) for f in figures)
    value = digit = 0
    for c in number:
        if c == "十":
            value += (digit or 1) * 10
            digit = 0
        elif c in _ZH_UNITS:
            digit = _ZH_UNITS[c]
    value += digit
    return (value,) if value else ()


# A page's fields after its title on the title's line: a date's label and a date
_FIELDS_AFTER = re.compile(
    r"\s+(?:(?-i:Release time|Release date|Released|Published|Posted|Updated|Date)\s*:"
    r"|(?:发布时间|发布日期|发表时间|更新时间|日期)\s*[:：])\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}.*"
)
FIELDS_AFTER_MIN = 6


def fields_after_title(line: str) -> int | None:
    """Where the page's fields start that run on after a title on its line (``Report on the
    Work of the Government Date: 2024-02-07``), or None when the line holds none."""
    m = _FIELDS_AFTER.search(line)
    return m.start() if m and m.start() >= FIELDS_AFTER_MIN else None


# ``1 Scope``: a section's number without its stop, as a standard or a typeset report sets it
_BARE_NUMBER = re.compile(r"(?P<number>\d{1,2})\s+(?P<title>[A-Z].*)")
BARE_RANK = 6  # the rank of ``1.``, whose place the bare number takes


def bare_numbering(line: str, *, chinese: bool) -> Numbering | None:
    """The numbering ``line`` would have with a stop after its number (``4 Requirements`` read
    as ``4. Requirements``), or None."""
    m = _BARE_NUMBER.fullmatch(line.strip())
    dotted = match_numbering(f"{m['number']}. {m['title']}", chinese=chinese) if m else None
    if m is None or dotted is None or dotted.rank != BARE_RANK:
        return None
    return Numbering(BARE_RANK, m["number"], dotted.title, "")


def section_numbering(line: str, *, chinese: bool) -> Numbering | None:
    """The numbering of a section's heading ``line`` that has a number, with its stop or
    without (``2. Data sources``, ``4 Requirements``), or None."""
    found = match_numbering(line, chinese=chinese)
    if found is not None and found.number:
        return found
    return bare_numbering(line, chinese=chinese)


def after_top_section(numbering: Numbering, before: Sequence[tuple[float, str]]) -> bool:
    """Whether ``numbering`` is the body's top-level section after the last one ``before`` it
    (the ranks and numbers of the numbered headings so far): ``二、农业`` after ``一、总人口``."""
    if not before:
        return False
    top = min(rank for rank, _ in before)
    last = next(number for rank, number in reversed(before) if rank == top)
    return numbering.rank == top and section_ordinal(numbering.number) > section_ordinal(last)


def match_numbering(line: str, *, chinese: bool) -> Numbering | None:
    """The numbered heading that opens ``line``, if it is one."""
    return _match_zh(line) if chinese else _match_en(line)


def _match_zh(line: str) -> Numbering | None:
    for rank, pattern in _ZH_HEADINGS:
        m = pattern.match(line)
        if not m:
            continue
        body = line[m.end() :]
        end = _ZH_SENTENCE_END.search(body)
        title, rest = (body[: end.end()], body[end.end() :]) if end else (body, "")
        if (
            not title.strip()
            or len(title) > ZH_HEADING_MAX
            or _DEFINITION_COLON.search(title)
            or _table_row(title)
        ):
            return None
        return Numbering(rank, m.group().rstrip(), title.strip(), rest.strip())
    return None


_SENTENCE_INSIDE = re.compile(r"[a-z)][.!?]\s+[A-Z]")


def _match_en(line: str) -> Numbering | None:
    for rank, pattern in _EN_HEADINGS:
        m = pattern.match(line)
        if not m:
            continue
        title = line[m.end() :].strip()
        if (
            not title
            or len(line) > EN_HEADING_MAX
            or not (title[0].isupper() or title[0].isdigit())
            or title.endswith((".", ",", ";"))
            or (_DEFINITION_COLON.search(title) and not _TITLED_COLON.fullmatch(title))
            or _SENTENCE_INSIDE.search(title)  # an item of sentences, not a heading's words
        ):
            return None
        return Numbering(rank, m.group().rstrip(), title, "")
    if (
        _ALL_CAPS.fullmatch(line)
        and sum(c.isalpha() for c in line) >= 3
        and not _CAPS_NOT_HEADING.fullmatch(line.strip())
    ):
        return Numbering(0, "", line.strip(), "")
    return None


_APPENDIX = r"附\s*件\s*[\d一二三四五六七八九十]{0,3}"
_GLOSSARY_WORDS_ZH = (
    "名词解释|名词注释|名词释义|名词术语解释|名词术语|术语解释|术语表|用语解释|词语解释|指标解释"
    "|名詞解釋|名詞注釋|名詞註釋|名詞釋義|名詞術語|術語解釋|術語表|用語解釋|詞語解釋|指標解釋"
    "|名词的解释|名詞的解釋"
)
# words that title a text's notes as often as its glossary: never a numbered section's
_NOTES_WORDS_ZH = "注释|注解|释义|附注|注|附件|註釋|注釋|釋義|附註"
_NOTES_TITLE = re.compile(
    rf"[\s【\[［(（]*(?:{_NOTES_WORDS_ZH}|notes|explanatory notes)[\s】\]］)）:：]*", re.IGNORECASE
)
_GLOSSARY_ZH = re.compile(
    rf"[\s【\[［(（]*(?:{_APPENDIX}\s*[:：、.．]?\s*|附\s*[:：]\s*)?"
    r"(?:[\u4e00-\u9fff]{2,12}(?=《))?(?:《[^》]{1,30}》\s*)?"
    # a glossary's own words may follow any short qualifier (``专业名词解释``, ``预算术语表``)
    rf"(?:[\u4e00-\u9fff\d]{{0,14}}?(?:{_GLOSSARY_WORDS_ZH})"
    r"|(?:本报告|报告中|报告|本報告|報告中|報告)?(?:有关内容|有关|相关|部分|主要|重要|有關內容|有關|相關)?"
    rf"(?:{_NOTES_WORDS_ZH}))"
    r"(?:\s*[（(][^)）]{1,20}[)）])?[\s】\]］)）:：]*"
)
_GLOSSARY_EN = re.compile(
    r"\s*(?:(?:appendix|annex|annexure|attachment|schedule)(?:\s+[A-Z0-9]{1,3})?\s*[:.\-–—]?\s*)?"
    r"(?:(?:[A-Za-z]+\s+){0,2}(?:glossary|dictionary)(?:\s+of\s+[\w\s-]{1,40}?)?"
    r"(?:\s*(?:,|and|&)\s*(?:(?:abbreviations|acronyms|terms)\s*(?:,|and|&)?\s*){1,2})?"
    r"|notes|definitions(?:\s*(?:,|and|&)\s*(?:acronyms|abbreviations))?"
    r"|key terms|terms used|(?:frequently |commonly )?used terms|common terms|explanatory notes"
    r"|terms and definitions"
    r"|definition of terms|dictionary of terms"
    r"|(?:[A-Za-z]+\s+)?terminology(?:\s*(?:,|and|&)\s*(?:acronyms|abbreviations|terms)){0,2}"
    r"|(?:list of\s+)?(?:acronyms|abbreviations)(?:\s*(?:,|and|&)\s*(?:acronyms|abbreviations"
    r"|terms|glossary))?"
    r"|(?:glossary|acronyms|abbreviations)\s+and\s+(?:acronyms|abbreviations|terms|glossary)"
    # a sentence that introduces the list (``The following terms are used in this volume.``)
    r"|the following (?:terms|abbreviations|acronyms|definitions)\b[^.:]{0,80}[.:]?)"
    r"(?:\s*\([^()]{1,20}\))?"  # a remark in brackets (``Glossary (Unaudited)``)
    # or after a colon, a few words in capitals' case (``Glossary of terms: NHS jargon``)
    r"(?:\s*:\s*(?-i:[A-Z][\w'’\-]*(?:\s+[A-Za-z][\w'’\-]*){0,3}))?"
    r"\s*:?\s*",
    re.IGNORECASE,
)
_APPENDIX_LABEL = re.compile(rf"[\s【\[［(（]*{_APPENDIX}[\s】\]］)）:：]*")
_APPENDIX_HEADING = re.compile(
    rf"(?P<number>{_APPENDIX}\s*(?:[:：、.．]|\s))\s*(?P<title>\S.{{1,40}})"
)


def appendix_label(line: str) -> bool:
    """Whether ``line`` is an appendix's label alone (``附件``, ``附件2``), which a glossary or an
    appendix's own title follows."""
    return bool(_APPENDIX_LABEL.fullmatch(line))


def match_appendix(line: str) -> tuple[str, str] | None:
    """The number and title of an appendix heading (``附件1：十件民生实事``), if ``line`` is one."""
    m = _APPENDIX_HEADING.fullmatch(line.strip())
    if m is None or ends_sentence(m["title"]) or _TERM_FORBIDDEN.search(m["title"]):
        return None
    return m["number"].strip(), m["title"].strip()


# a news page's sentence that introduces its list (``跟着记者一起来看看报告里的16个名词解释吧！``)
_GLOSSARY_INTRO_ZH = re.compile(
    r"(?=[^。！？]*(?:看看|了解|解读|一览|速览|来了|如下|带你|读懂))"
    r"[^。！？]{2,60}(?:名词解释|名词注释|新名词|新词|热词)[^。！？]{0,12}[！!。:：]?"
)


_PAGE_BESIDE = (
    re.compile(r"(?P<page>\d{1,4}\s*[|｜]\s*)(?P<heading>[^|｜]{4,80})"),
    re.compile(r"(?P<heading>[^|｜]{4,80}?)(?P<page>\s*[|｜]\s*\d{1,4})"),
)


def page_beside(line: str) -> re.Match[str] | None:
    """A PDF's page number set beside a heading on one line (``2 | Glossary of …``,
    ``Glossary | 45``): its ``page`` and its ``heading``, or None."""
    return next((m for p in _PAGE_BESIDE if (m := p.fullmatch(line.strip()))), None)


def glossary_title(line: str) -> bool:
    """Whether ``line`` is the heading of a glossary section (``名 词 解 释`` spaced out too, a
    PDF's page number beside it), or a sentence that introduces the list."""
    if "|" in line or "｜" in line:
        beside = page_beside(line)
        line = beside["heading"] if beside else line
    return bool(
        _GLOSSARY_ZH.fullmatch(closed_up(line))
        or _GLOSSARY_EN.fullmatch(line)
        or _GLOSSARY_INTRO_ZH.fullmatch(line)
    )


_SPACED_OUT = re.compile(r"(?:[\u4e00-\u9fff][\s\u3000]+)+[\u4e00-\u9fff]")


def closed_up(line: str) -> str:
    """``line`` without the spaces a heading set between each of its Chinese characters
    (``政　府　工　作　报　告``), or ``line`` as it is."""
    return "".join(line.split()) if _SPACED_OUT.fullmatch(line.strip()) else line


def is_glossary_heading(block: Block) -> bool:
    """Whether ``block`` is the heading a glossary starts under: a heading whose words are a
    glossary title; a numbered one only in a glossary's own words (``第三部分：专业名词解释``, not
    ``三、注释``)."""
    return (
        isinstance(block, Heading)
        and glossary_title(block.text)
        and not (block.number and _NOTES_TITLE.fullmatch(block.text))
    )


def glossary_heading(blocks: Sequence[Block]) -> int | None:
    """The index of the first glossary heading in ``blocks``, or None when there is none."""
    return next((i for i, block in enumerate(blocks) if is_glossary_heading(block)), None)


@dataclass(frozen=True, slots=True)
class EntryMatch:
    """A glossary entry recognised in a line."""

    term: str
    """The defined term, surrounding quotes removed when they wrap it whole."""
    definition: str
    """The definition on the same line, or ``""`` when it follows on the next."""
    page: str = ""
    """The cited source page (``"P10"``), or ``""``."""
    number: str = ""
    """The note number (``"3"``), or ``""``."""
    strong: bool = True
    """Whether the shape is distinctive enough to find a glossary that has no heading."""
    listed: bool = False
    """Whether the shape is a list's, whose lines are entries however the line before ended
    (``ABS   Australian Bureau of Statistics``: expansions have no full stop)."""


# a pause, or a sentence's end inside (``UN General Assembly. 1976. Habitat``: a reference's)
_TERM_FORBIDDEN = re.compile(
    r"[。，,；;！？!?]|[a-z0-9]\.\s"
    r"|\s(?:is|are|was|were|will|shall)\s"  # a sentence's verb (``Reports … are presented``)
)
_PAGE = r"(?:[Pp]\.?\s*|第\s*|page\s+|pp?\.\s*)\d+(?:\s*[-–]\s*\d+)?\s*[页版]?"
_ENTRY_SEP = r"(?:[:：]|——|—)"
# ``三医联动(P10):…``, ``术语（见第5页）——…``, and a page glued to the term (``小升规P2：…``)
_ENTRY_PAGE = re.compile(
    rf"(?P<term>[^:：]{{1,40}}?)\s*(?:[(（]\s*(?:见\s*)?(?P<page>{_PAGE})\s*[)）]"
    rf"|(?<![A-Za-z])(?P<glued>[Pp]\d{{1,3}}))\s*{_ENTRY_SEP}\s*(?P<def>.*)"
)
# ``【术语】定义`` or ``【术语】(P.2)定义``: the brackets end the term, no colon needed
_ENTRY_BRACKETED = re.compile(
    rf"【(?!\d{{1,3}}】)(?P<term>[^】]{{1,30}})】\s*(?:[(（]\s*(?:见\s*)?(?P<page>{_PAGE})\s*[)）])?"
    rf"\s*{_ENTRY_SEP}?\s*(?P<def>.*)"
)
# the words a Chinese definition opens with to say what its term refers to
_DEFINES_WORD = (
    r"(?:“[^”]{1,20}”)?(?:(?:是|即)?指(?![导标挥出示引南令望数定明向])|即(?![将使便可时刻])"
    r"|意为|意思是|(?:也|又|亦)称)"
)
# A list marker before an entry: ``（1）``, ``①``, ``◆``
_ENTRY_MARKER = re.compile(
    r"\s*(?:[（(]\s*(?P<num>\d{1,3})\s*[)）]|(?P<ord>\d{1,3})\s*[.．、](?![\d.．])"
    rf"|[（(]\s*(?P<zh>[{ZH_DIGITS}]{{1,3}})\s*[)）]|(?P<section>[{ZH_DIGITS}]{{1,3}})、"
    # a section's numeral before a quoted term, or a term whose definition says what it refers to
    # (``一、财政拨款收入：指…``)
    rf"(?=\s*[“\"「]|\s*[^：:。，,；;\s][^：:。，,；;]{{1,20}}[：:]\s*{_DEFINES_WORD})"
    r"|(?P<circled>[①-⑳])|[◆◇●○■□▲△★☆◎•▪]"
    # a statute's clause (``(a)``, ``(4a)``, ``(iv)``), which only a definition's shape follows
    r"|\(\s*(?P<clause>\d{1,3}[a-z]|[a-z]{1,2}|[ivx]{1,5})\s*\))\s*"
)
_QUOTED = r"“[^”]{1,60}”|\"[^\"]{1,60}\"|「[^」]{1,60}」|‘[^’]{1,60}’"
# an English term may run longer, with commas inside its quotes
_LATIN_TERM = r"(?:\"[^\"]{1,60}\"|“[^”]{1,60}”)?[A-Za-z0-9 ()'’/&\-]{0,60}"
_ENTRY_NUMBERED = re.compile(
    rf"(?P<num>\d{{1,3}})\s*[.．、]\s*(?P<term>{_QUOTED}|[^:：。，,]{{1,30}}?|{_LATIN_TERM}?)"
    rf"\s*[:：]\s*(?P<def>.*)"
)
_ENTRY_NOTE = re.compile(
    r"[［\[〔【](?P<num>\d{1,3})[］\]〕】]\s*(?P<term>[^:：。]{1,70}?)\s*(?:[:：]\s*(?P<def>.*))?"
)
_ENTRY_COLON = re.compile(
    # (not a colon between figures, a name's part: ``NELS:88``)
    r"(?P<term>[^:：。，,；;—–]{1,70}?)\s*(?::(?!\d)|：|——|\s[—–-]\s|(?<=[A-Za-z)])—(?=[A-Z]))\s*"
    r"(?P<def>.+)"
)
# a definition that says what the term (or a part of it, ``“两重”指…``) refers to
_DEFINES = re.compile(_DEFINES_WORD + r"\S")


def defines(definition: str) -> bool:
    """Whether a Chinese definition says what its term refers to (``指…``, ``即…``)."""
    return bool(_DEFINES.match(definition))


# a statute's or a policy's definition (``“elective body” means an elective body for …;``)
_ENTRY_MEANS = re.compile(
    r"(?:\[\s*)?(?:[“\"‘](?P<term>[^”\"’“]{1,60})[”\"’]|'(?P<single>[^'\s][^']{0,59})'"
    # unquoted, the term opens with a capital (``Clear working days means:``), never a pronoun's
    r"|(?P<bare>(?!(?:This|That|It|Which|What|There|These|Those|The|A|An|Each|Every|Such|Who|He"
    r"|She|They|We|Our|Its|Their|That)\b)[A-Z][\w'’\-]*(?:\s+\w[\w'’\-]*){0,5}"
    r"(?:\s+\([^()]{1,40}\))?))"
    # what it means, after the words that say of what (``"absolute majority" of the members
    # of a council means …``) or its short form (``"Behavioural Standards Panel" or "Panel"
    # means``), or where it is defined (``"policy"—see section 262B(1);``)
    r"(?P<def>(?:(?<=[”\"’'])[\s,]+(?:or\s+[“\"‘][^”\"’“]{1,40}[”\"’]|[^“”\"]{1,60}?))?"
    r"\s+(?:means|mean|includes|(?<=[”\"’']\s)include"
    r"|(?:has|shall have) the (?:same )?meaning|shall mean|shall include|refers to)\b.*"
    r"|(?<=[”\"’'])\s*[—–]\s*see\b.*)"
)
_ENTRY_DEFINED = re.compile(
    rf"(?P<term>(?:{_QUOTED})[^:：。，,]{{0,12}}?|[^“”\"：:。，,；;！？\s]{{2,12}})\s*[:：]\s*"
    rf"(?P<def>{_DEFINES_WORD}\S.*)"
    # or a statistics yearbook's space, its terms longer (``城市（城镇）居民家庭可支配收入 指…``)
    rf"|(?P<yearbook>[^“”\"：:。，,；;！？\s]{{2,24}})[ \t\u3000]+(?P<said>{_DEFINES_WORD}\S.*)"
)
_NOTE_NUMBER = re.compile(r"\s*[［\[〔【(（]\d{1,3}[］\]〕】)）]")
# a note's number, then the word it explains run into the verb that defines it (``[2]全国总人口
# 包括…``, ``（3）空气质量综合指数同比变化率指本年度…``)
_NOTE_DEFINED = re.compile(
    r"\s*(?:[［\[〔【](?P<num>\d{1,3})[］\]〕】]"
    rf"\s*(?P<term>[^，,。；;：:、“”\s]{{2,20}}?)(?P<def>(?:{_DEFINES_WORD}|包括)\S.*)"
    # a list's number in round brackets says less: only a definition that says what it refers
    # to (``（3）空气质量综合指数同比变化率指…``), never ``（1）重点项目包括…``
    r"|[(（](?P<round>\d{1,3})[)）]"
    rf"\s*(?P<said>[^，,。；;：:、“”\s]{{2,20}}?)(?P<means>{_DEFINES_WORD}\S.*))"
)
# a numbered term run into the verb that explains it, as a budget's notes set their items
# (``8.文化旅游体育与传媒支出反映政府在…``)
_NUMBERED_DEFINED = re.compile(
    r"\s*(?P<num>\d{1,3})\s*[.、．]\s*"
    rf"(?P<term>[^，,。；;：:、“”\s]{{2,24}}?)(?P<def>(?:{_DEFINES_WORD}|反映|包括)\S.*)"
)


def numbered_defined(line: str) -> EntryMatch | None:
    """The numbered term and the definition run into it that ``line`` holds, if it does: a
    weak shape, an entry only where a numbered list of entries goes on."""
    m = _NUMBERED_DEFINED.fullmatch(line)
    if m is None or not _term_ok(m["term"]):
        return None
    return EntryMatch(m["term"], m["def"].strip(), number=m["num"], strong=False)


# ... or its definition opens with a part of the term (``城镇人口和乡村人口 城镇人口是指…``)
_PART_DEFINED = re.compile(
    r"(?P<term>[^“”\"：:。，,；;！？\s]{2,24})[ \t\u3000]+"
    r"(?P<def>(?P<part>[\u4e00-\u9fff]{2,12})(?:是指|系指)\S.*)"
)
NOTE_TERM_MAX = 30  # characters of a Chinese note's term
COLON_TERM_MAX = 40  # characters of a Chinese term; an English one may run to the pattern's 70
# Words that open a definition's own continuation (``NOTE: …``), never a term.
_NOT_TERMS = frozenset(
    ["note", "notes", "example", "examples", "for example", "see", "see also", "source"]
)
# quotes around a whole term, which in English may run long (``“One Core, Two Belts …”``)
_WRAPPING_QUOTES = re.compile(rf"(?:{_QUOTED})|“[\x20-\x7e’]{{1,70}}”|\"[\x20-\x7e’]{{1,70}}\"")
# a glossary whose terms run into their definitions with no mark between: a capital word and the
# words in lower case after it, then a definition's sentence (``Accrual accounting Recording …``)
_ENTRY_RUN_IN = re.compile(
    r"(?!(?:The|A|An|This|That|These|Those|It|Its|In|On|For|Our|We|They|Their|There|Each|Every"
    r"|All|Any|Some|Most|If|When|Where|As|At|By|To|From|With|Under|See|Note|He|She|I)\b)"
    r"(?P<term>[A-Z][\w'’/\-]*(?:\s+[a-z][\w'’/\-]*){0,3})\s+(?P<def>[A-Z][a-z'’]*\s+\S.{10,}\.)"
)
# a reference's year between its author and its title (``UN General Assembly. 1976. Habitat``)
_CITED_YEAR = re.compile(r"\.\s(?:19|20)\d{2}\.\s")
_NAMED = re.compile(r"[A-Z][a-z'’]*\s+[A-Z][a-z]")
_ENTRY_SPACED = re.compile(
    r"(?P<term>[\u4e00-\u9fff“”]{2,12})[ \t\u3000]+(?P<def>[\u4e00-\u9fff].{4,})"
)
# in an abbreviation list, any short word over its expansion (``Ausmart  Australian Market …``)
_ENTRY_LISTED = re.compile(r"(?P<term>[A-Z][\w&\-]{1,14})\s+(?P<def>[A-Z].+)")


def spells_out(acronym: str, expansion: str) -> bool:
    """Whether ``expansion`` spells ``acronym`` out: two words or more, the first opening with
    the acronym's letter and the acronym's letters among its own in order (``CAPEX`` /
    ``Capital Expenditure``), or the acronym in brackets at its end (``… Bulletin Board
    (NGMBB)``)."""
    words = expansion.split()
    if len(words) < 2:
        return False
    if expansion.rstrip().endswith(f"{acronym})"):
        return True
    if words[0][:1] != acronym[0]:
        return False
    letters = iter(expansion.upper())
    return all(c in letters for c in acronym if c.isalpha())


# a term in capitals that goes on past its first word, up to a word in lower case (``ACC RESERVE
# ACCOUNT (FORMERLY "PROJECT RESERVE") Account established …``, ``GEF SGP Global …``)
_CAPITALS_GO_ON = re.compile(
    r"(?P<more>(?:[A-Z][A-Z0-9&.'’/\-]+|\([^()]{1,60}\))(?:\s+(?:[A-Z][A-Z0-9&.'’/\-]+|\([^()]{1,60}\)"
    r"|[–—-]))*)\s+(?P<def>(?:[A-Z]\s+)?[A-Za-z][a-z].*)"
)


PREFIX_MAX = 3  # a country's or a body's letters before an expansion (``UK``, ``UN``, ``NHS``)


def _initials_spell(acronym: str, words: str) -> bool:
    """Whether the initials of the capitalised ``words`` hold ``acronym``'s letters in order."""
    initials = iter(w[0] for w in words.split() if w[:1].isupper())
    return all(c in initials for c in acronym if c.isalpha())


def _capitals_go_on(term: str, definition: str) -> tuple[str, str]:
    """The term and definition of an acronym list's line, the term taking the words in capitals
    after it, up to a word in lower case, when the definition neither opens with the term's
    letter nor spells it out, whole or past its first word (``NHSE NHS England``, ``EPA US
    Environmental Protection Agency`` keep their terms), and the longer term is a term's length."""
    m = _CAPITALS_GO_ON.fullmatch(definition)
    if m is None or definition[:1] == term[:1] or spells_out(term, definition):
        return term, definition  # an expansion that opens with an acronym (``ASEAN Free …``)
    longer = f"{term} {m['more']}"
    first, _, rest = definition.partition(" ")
    if (
        # ``EPA US Environmental …``: a country's letters, not an acronym the rest spells too
        # (``GEF SGP Global Environment Facility Small Grants Programme``)
        (len(first) <= PREFIX_MAX and spells_out(term, rest) and not _initials_spell(first, rest))
        or len(longer.split()) > TERM_WORDS_MAX
        or len(longer) > LATIN_TERM_MAX
        or not _term_ok(longer)
    ):
        return term, definition
    return longer, m["def"]


def match_listed(line: str) -> EntryMatch | None:
    """The line of an abbreviation list ``line`` is, read as one: a word and its expansion."""
    m = _ENTRY_LISTED.fullmatch(line.strip())
    return EntryMatch(m["term"], m["def"].strip(), strong=False, listed=True) if m else None


# a glossary set as a table, its cells apart by bars (``Deputy | The officer who acts …``)
_ENTRY_CELLS = re.compile(r"[|｜]?\s*(?P<term>[^|｜]{1,60}?)\s*[|｜]\s*(?P<def>[^|｜]+?)[\s|｜]*")
# ``Obligation. A binding agreement …``: an English term closed by a period, then its definition
_ENTRY_PERIOD = re.compile(
    r"(?P<term>[A-Z][\w’'()/&\- ]{0,50}?(?:[\w)]|\s\([^()]{1,40}\)))\.\s+(?P<def>[A-Z(“\"].+)"
)
TERM_WORDS_MAX = 6
LATIN_TERM_MAX = 70
# ``ABS   Australian Bureau of Statistics``: a list of abbreviations, the expansion after it
_ENTRY_ACRONYM = re.compile(
    r"(?P<term>(?=[A-Za-z&]*[A-Z][A-Za-z&]*[A-Z]|[A-Z0-9&\-]*[A-Z]{2})"
    r"[A-Z][A-Za-z0-9&\-]{1,11}(?:[/:][A-Z0-9][A-Za-z0-9&\-]{0,11})?"  # ``CAD/CAM``, ``NELS:88``
    r"(?: Act)?)"
    r"(?:\s*[|｜]\s*|\s+)(?P<def>[^\s|｜].*?)[\s|｜]*"  # a table's cells too (``ABS | …``)
)


def _words(term: str) -> int:
    """How many words ``term`` has, not counting a parenthesis (``(49 U.S.C. 5311)``)."""
    return len(re.sub(r"\([^()]*\)", "", term).split())


def unquote(term: str) -> str:
    """``term`` without quotes that wrap it whole (``“放管服”`` → ``放管服``)."""
    term = term.strip()
    return term[1:-1].strip() if _WRAPPING_QUOTES.fullmatch(term) else term


def _term_ok(term: str) -> bool:
    outside = re.sub(r"\"[^\"]*\"|“[^”]*”", "", term)  # commas inside a term's quotes are its own
    return bool(term.strip()) and not _TERM_FORBIDDEN.search(outside)


_DIGITS = {c: n for n, c in enumerate("一二三四五六七八九", start=1)}


def chinese_number(numeral: str) -> int:
    """The value of a Chinese numeral up to 99 (``十二`` is 12, ``二十`` is 20)."""
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return _DIGITS.get(numeral, 0)
    return _DIGITS.get(tens, 1) * 10 + _DIGITS.get(units, 0)


@lru_cache(maxsize=CACHED_LINES)
def match_entry(line: str, *, loose: bool) -> EntryMatch | None:
    """The glossary entry ``line`` holds, if any. ``loose`` admits the weak shapes (``术语：定义``
    and a term alone on its line) that are only trusted under a glossary heading."""
    marker = _ENTRY_MARKER.match(line)
    if marker and marker.end() < len(line):
        rest = line[marker.end() :]
        if marker["clause"]:
            # ``(a) "bill" means …``, ``(4a)[ 'Berar' shall have the same meaning …]``
            m = _ENTRY_MEANS.fullmatch(rest.strip())
            if m is None or not (m["term"] or m["single"]):
                return None
            term = (m["term"] or m["single"]).strip()
            return EntryMatch(term, m["def"].strip(), number=marker["clause"])
        entry = _match_shapes(rest, loose=True, spaced=loose)
        if entry is not None and (entry.strong or entry.definition or loose):
            # a list marker makes a glossary line's colon shape distinctive
            circled = marker["circled"]
            number = (
                marker["num"]
                or marker["ord"]
                or (str(ord(circled) - 0x245F) if circled else "")
                or (str(chinese_number(marker["zh"])) if marker["zh"] else "")
                or (str(chinese_number(marker["section"])) if marker["section"] else "")
            )
            # ``一、`` numbers a report's sections too: only a quoted term's line is an entry
            # by its shape, never by its number
            strong = entry.strong or bool(entry.definition and number and not marker["section"])
            return replace(entry, number=entry.number or number, strong=strong)
    return _match_shapes(line, loose=loose)


def _match_shapes(line: str, *, loose: bool, spaced: bool | None = None) -> EntryMatch | None:
    """The entry ``line`` holds in any shape ``loose`` admits; ``spaced`` (``loose`` unless
    given) admits a Chinese term and its definition parted by spaces alone, which only a
    glossary's heading or title trusts, numbered or not (``（一）坚持稳中求进 推动高质量发展`` is a
    heading)."""
    if (m := _ENTRY_PAGE.fullmatch(line)) and _term_ok(m["term"]):
        page = re.sub(r"\s+", "", m["page"] or m["glued"])
        return EntryMatch(unquote(m["term"]), m["def"].strip(), page=page)
    if (
        (m := _ENTRY_BRACKETED.fullmatch(line))
        and _term_ok(m["term"])
        and (m["page"] or loose or _DEFINES.match(m["def"]))
    ):
        # ``【全文】标题`` has the shape too: without a page, or a definition that says what the
        # term refers to (``【两江四岸】“两江”指…``), only a glossary trusts it
        page = re.sub(r"\s+", "", m["page"] or "")
        strong = bool(page or _DEFINES.match(m["def"]))
        return EntryMatch(unquote(m["term"]), m["def"].strip(), page=page, strong=strong)
    if (m := _ENTRY_NUMBERED.fullmatch(line)) and _term_ok(m["term"]):
        definition = m["def"].strip()
        # ``3.“两新一重”：`` alone is an entry whose definition follows; unquoted, the same shape
        # is as often a list item's lead-in (``1.主要目标：``), so only a glossary trusts it
        quoted = bool(_WRAPPING_QUOTES.fullmatch(m["term"].strip()))
        if definition or quoted or loose:
            strong = bool(definition) or quoted
            return EntryMatch(unquote(m["term"]), definition, number=m["num"], strong=strong)
    if (
        (m := _ENTRY_NOTE.fullmatch(line))
        and _term_ok(m["term"])
        and (m["term"].isascii() or len(m["term"]) <= NOTE_TERM_MAX)
    ):
        return EntryMatch(unquote(m["term"]), (m["def"] or "").strip(), number=m["num"])
    if (m := _NOTE_DEFINED.fullmatch(line)) and _term_ok(term := m["term"] or m["said"]):
        # a bulletin's note that defines the word its number marks (``[2]全国总人口包括…``)
        return EntryMatch(term, (m["def"] or m["means"]).strip(), number=m["num"] or m["round"])
    if (m := _ENTRY_DEFINED.fullmatch(line)) and _term_ok(term := m["term"] or m["yearbook"]):
        # ``“三个一”：指…``: a quoted term and a definition that says what it refers to
        return EntryMatch(unquote(term), (m["def"] or m["said"]).strip())
    if (m := _PART_DEFINED.fullmatch(line)) and m["part"] in m["term"] and _term_ok(m["term"]):
        return EntryMatch(m["term"], m["def"].strip())
    if not loose:
        return None
    if m := _ENTRY_MEANS.fullmatch(line.strip()):
        return EntryMatch(
            (m["term"] or m["single"] or m["bare"]).strip(), m["def"].strip(), strong=False
        )
    if (
        ("|" in line or "｜" in line)
        and (m := _ENTRY_CELLS.fullmatch(line))
        and _term_ok(m["term"])
    ):
        # a table's row: its first cell is the term, however many words (``Capital Budget | …``)
        return EntryMatch(m["term"].strip(), m["def"].strip(), strong=False, listed=True)
    if (
        (m := _ENTRY_COLON.fullmatch(line))
        and _term_ok(m["term"])
        and (
            len(m["term"]) <= COLON_TERM_MAX
            or (m["term"].isascii() and _words(m["term"]) <= TERM_WORDS_MAX + 2)
        )
        and m["term"].strip().lower() not in _NOT_TERMS
    ):
        return EntryMatch(unquote(m["term"]), m["def"].strip(), strong=False)
    if (loose if spaced is None else spaced) and (m := _ENTRY_SPACED.fullmatch(line.strip())):
        # under a yearbook's heading, a term and its definition parted by spaces alone
        # (``工业生产指数  按国际标准产业分类的大类…``)
        return EntryMatch(m["term"], m["def"].strip(), strong=False)
    if (m := _ENTRY_PERIOD.fullmatch(line)) and _words(m["term"]) <= TERM_WORDS_MAX:
        return EntryMatch(m["term"].strip(), m["def"].strip(), strong=False)
    if (m := _ENTRY_RUN_IN.fullmatch(line)) and not (
        # one word and a name in capitals is a sentence's subject (``Cross Bench Peers are …``)
        (" " not in m["term"] and _NAMED.match(m["def"]))
        or _TERM_FORBIDDEN.search(f"{m['term']} ")  # ``Accountability is established when``
        or ends_on_small_word(m["term"])  # ``Reports to`` / ``Committee are presented …``
    ):
        return EntryMatch(m["term"], m["def"].strip(), strong=False, listed=True)
    if (
        (m := _ENTRY_ACRONYM.fullmatch(line))
        and not _CITED_YEAR.search(m["def"])
        # a line in capitals is a heading, unless its words spell the acronym
        and not (line.isupper() and m["def"][:1].upper() != m["term"][:1].upper())
    ):
        term, definition = _capitals_go_on(m["term"], m["def"].strip())
        return EntryMatch(term, definition, strong=False, listed=True)
    if (m := _ENTRY_CELLS.fullmatch(line)) and _term_ok(m["term"]):
        return EntryMatch(m["term"].strip(), m["def"].strip(), strong=False, listed=True)
    stripped = line.strip()
    if (m := _CLAUSE_TERM.fullmatch(stripped)) and _term_ok(m["term"]):
        # a standard's term under its clause's number (``3.1.1 international standard``)
        return EntryMatch(m["term"], "", number=m["num"], strong=False)
    latin = stripped.isascii()
    short = (
        len(stripped.split()) <= TERM_WORDS_MAX + 2 and len(stripped) <= LATIN_TERM_MAX
        if latin
        else len(stripped) <= 24
    )
    if short and _term_ok(stripped) and not stripped.endswith((":", "：", ".")):
        return EntryMatch(unquote(stripped), "", strong=False)
    return None


# a standard's clause number before its term, alone on the term's line, the definition under it
_CLAUSE_TERM = re.compile(
    r"(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\s+(?P<term>[A-Za-z][\w’'()/\- ]{0,59})"
)


GLOSSARY_PREAMBLE_MAX = 2
PREAMBLE_MIN = 60
# The letter over a glossary's entries that start with it (``A``, ``B (continued)``, ``C–D``).
_LETTER_DIVIDER = re.compile(r"\s*[A-Z](?:\s*[-–—]\s*[A-Z])?(?:\s*\(continued\))?\s*")


def letter_divider(line: str) -> bool:
    """Whether ``line`` is the letter over a glossary's entries (``A``, ``B (continued)``)."""
    return bool(_LETTER_DIVIDER.fullmatch(line))


# The header row of a glossary set as a table (``Term  Meaning``, ``术语 | 释义``).
_HEADER_ROW = re.compile(
    r"\s*(?:(?i:terms?|words?|abbreviations?|acronyms?)\s*[|｜\t:]?\s*"
    r"(?i:meanings?|definitions?|descriptions?|explanations?|full (?:name|form)s?)"
    r"(?:\s*(?:or|and|/)\s*(?i:meanings?|definitions?|descriptions?|explanations?))?"
    r"(?:\s*[|｜\t]?\s*(?i:descriptions?|explanations?|notes?|comments?))?"  # a third column
    r"|(?:术语|名词|缩略语)\s*[|｜\t:]?\s*(?:释义|解释|含义|全称))\s*[|｜]?\s*"
)


def header_row(line: str) -> bool:
    """Whether ``line`` is the header row of a glossary set as a table (``Term  Meaning``)."""
    return bool(_HEADER_ROW.fullmatch(line))


# A definition set as a sentence about its subject, the article no part of the term (``The
# opening balance is the total …``, ``Transfers, refunds and savings include: …``, ``Income
# comprises …``)
_DEFINING_SENTENCE = re.compile(
    r"(?:(?:The|A|An)\s+)?(?!(?:following|above|below|this|these|those|there|it|they)\b)"
    r"(?P<term>[A-Za-z][\w'’\-]*(?:,?\s+(?!(?:is|are)\b)[\w'’\-]+){0,5}?)\s+"
    r"(?P<def>(?:is|are|refers? to|comprises?|includes?|consists? of|means)[\s:].{10,})",
    re.IGNORECASE,
)


# a heading of notes, whose sentences are remarks, not definitions
NOTES_HEADING = re.compile(
    r"\s*(?:(?:appendix|annex|annexure|attachment|schedule)(?:\s+[A-Z0-9]{1,3})?\s*[:.\-–—]?\s*)?"
    r"(?:explanatory\s+)?notes?\b.*",
    re.IGNORECASE,
)


def defining_sentence(line: str) -> EntryMatch | None:
    """The subject and the rest of a sentence that defines it (``The pledge is a written
    commitment …``): the subject is the term, the verb opens the definition; or None."""
    m = _DEFINING_SENTENCE.fullmatch(line.strip())
    if m is None or any(c in m["term"] for c in ".;:!?()"):
        return None
    return EntryMatch(m["term"], m["def"], strong=False)


MENU_ITEMS = 3
MENU_ITEM_WORDS = 3


def _menu_items(lines: list[str]) -> bool:
    """Whether ``lines`` are a menu's items: three or more short lines in capitals' case, none a
    sentence, none with a digit (an acronym list's expansions hold more words)."""
    return len(lines) >= MENU_ITEMS and all(
        0 < len(line.split()) <= MENU_ITEM_WORDS
        and line[:1].isupper()
        and not ends_sentence(line)
        and not any(c.isdigit() for c in line)
        and not line.isupper()
        for line in lines
    )


def opens_glossary(line: str, following: list[str]) -> bool:
    """Whether ``line`` heads a glossary: it is a glossary title and the lines after it
    (``following``, the next two at least) start with an entry."""
    if not glossary_title(line) or not following:
        return False
    if (
        len(following) > 1
        and _HEADER_ROW.fullmatch(following[0])
        and not glossary_title(following[0])  # ``名词解释`` is a title, under ``附件``
    ):
        return True  # a table's header row (``Term  Definition``) under the title
    if (
        len(following) > 1
        and not NOTES_HEADING.fullmatch(line)
        and all(defining_sentence(t) for t in following[:3])
    ):
        return True  # sentences that each define their subject (``The pledge is …``)
    # a glossary may open with a word on how to read it, and a letter over its A entries; a
    # text's notes with a note that explains no word (``[1]本公报数据均为初步汇总数据。``)
    notes = bool(_NOTES_TITLE.fullmatch(line))
    for _ in range(GLOSSARY_PREAMBLE_MAX):
        if len(following) > 1 and (
            letter_divider(following[0])
            or (
                notes
                and _NOTE_NUMBER.match(following[0]) is not None
                and match_entry(following[0], loose=False) is None
            )
            or (
                len(following[0]) > PREAMBLE_MIN
                and ends_sentence(following[0])
                and match_entry(following[0], loose=False) is None
            )
        ):
            following = following[1:]
    if match_entry(following[0], loose=False):
        return True
    if appendix_label(line):
        return False  # ``附件`` alone heads a glossary only when an entry plainly follows
    weak = match_entry(following[0], loose=True)
    if weak is None:
        return False
    # a term alone on its line must have its definition (not another entry) after it, and not
    # another of a menu's short items (``Glossary`` / ``Memos`` / ``Record Layouts``)
    return bool(weak.definition) or (
        len(following) > 1
        and match_entry(following[1], loose=False) is None
        and not _menu_items(following[:MENU_ITEMS])
    )


_ZH_DIGIT = "〇零一二三四五六七八九十"
_DATE_LINE = re.compile(
    r"[（(]?\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|(?:\d{4}|20[xX×]{2})\s*年\s+月\s+日"  # a template's, its day left blank (``2014年 月 日``)
    rf"|[{_ZH_DIGIT}]{{4}}年[{_ZH_DIGIT}]{{1,2}}月[{_ZH_DIGIT}]{{1,3}}日"
    r"|\d{4}-\d{1,2}-\d{1,2})\s*[)）]?"
)
_ISO_OR_ZH_DATE = re.compile(r"(\d{4})\s*(?:年|-|/|\.)\s*(\d{1,2})\s*(?:月|-|/|\.)\s*(\d{1,2})")


def is_date_line(line: str) -> bool:
    """Whether ``line`` is a date standing alone (a signature's date, a subtitle's date), in
    figures, in Chinese or in English (``September 30, 2015``)."""
    line = line.strip()
    if _DATE_LINE.fullmatch(line):
        return True
    m = _EN_DATE.fullmatch(line.rstrip("."))
    return bool(m and (m[1] or m[3]))


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAMES = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH_YEAR = re.compile(rf"(?i:{_MONTH_NAMES})\.?\s+\d{{4}}")


def is_month_line(line: str) -> bool:
    """Whether ``line`` is a month and year alone (``June 2020``), as under a cover's title."""
    return bool(_MONTH_YEAR.fullmatch(line.strip()))


_EN_DATE = re.compile(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(" + _MONTH_NAMES + r")\.?"
    r"\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d{2})\b",
    re.IGNORECASE,
)


_ZH_NUMERAL_DATE = re.compile(
    rf"([〇零○Ｏ一二三四五六七八九]{{4}})\s*年\s*([{ZH_DIGITS}]{{1,3}})\s*月"
    rf"\s*([{ZH_DIGITS}]{{1,3}})\s*日"
)


def find_date(text: str) -> str:
    """The first date in ``text`` in ISO 8601 (``"2021-01-20"``), or ``""``: numeric, Chinese
    (``2021年1月20日``, ``二〇二一年一月二十日``) or English (``January 20th, 2021``,
    ``20 January 2021``)."""
    if m := _ISO_OR_ZH_DATE.search(text):
        year, month, day = (int(g) for g in m.groups())
    elif m := _ZH_NUMERAL_DATE.search(text):
        # ``二〇二二年四月二十七日``: the year digit by digit, month and day as numbers
        zero = m[1].replace("零", "〇").replace("○", "〇").replace("Ｏ", "〇")
        year = int("".join(str("〇一二三四五六七八九".index(c)) for c in zero))
        month, day = chinese_number(m[2]), chinese_number(m[3])
    elif (m := _EN_DATE.search(text)) and (m[1] or m[3]):
        month = 1 + _MONTHS.index(m[2][:3].lower())
        year, day = int(m[4]), int(m[1] or m[3])
    else:
        return ""
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return ""


_BULLET = re.compile(r"[•·▪◆●■\-*]\s")


def starts_block(line: str, *, chinese: bool) -> bool:
    """Whether ``line`` must start a new block even inside hard-wrapped text."""
    return bool(
        match_numbering(line, chinese=chinese)
        or glossary_title(line)
        or appendix_label(line)
        or match_appendix(line)
        or match_entry(line, loose=False)
        or _BULLET.match(line)
    )


# An English heading set without numbering is a short line in title case.
TITLED_WORDS_MAX = 9
SENTENCE_CASE_WORDS_MAX = 5
SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
    ]
)


def ends_on_small_word(term: str) -> bool:
    """Whether ``term`` stops on a word no term or heading ends with (``Emphasis of``)."""
    words = term.split()
    return bool(words) and words[-1].lower() in SMALL_WORDS


def title_cased(text: str, *, sentence_case: bool = True) -> bool:
    """A heading's words: title case (``Risk Management``), or (unless ``sentence_case`` is
    off) sentence case when short and without figures (``Executive summary``). A heading never
    ends on a small word or a hyphen (``You can read the full``, ``the Zero-``)."""
    words = text.split()
    return (
        0 < len(words) <= TITLED_WORDS_MAX
        and words[0][:1].isupper()
        and words[-1].lower() not in SMALL_WORDS
        and not text.endswith(("-", "‐"))
        and (
            (
                sentence_case
                and len(words) <= SENTENCE_CASE_WORDS_MAX
                and not any(c.isdigit() for c in text)
            )
            or all(
                w[:1].isupper() or w.lower() in SMALL_WORDS or not w[:1].isalpha() for w in words
            )
        )
        and not text.isupper()
    )


# The speaker under a report's title: an office and a name (``湖南省省长 毛伟明``).
OFFICE = (
    r"(?:代理|代)?(?:副)?"
    r"(?:[省市州盟区區县縣旗镇鎮乡鄉][长長]|总理|總理|主席|主任|书记|書記|[厅廳局部处處][长長]"
    r"|院[长長]|检察[长長]|檢察[长長]|秘书[长長]|秘書[长長]"
    r"|校[长長]|董事[长長]|总经理|總經理|理事[长長])"  # a university's, a company's
)
_BYLINE = re.compile(
    # the name may be spaced out (``王  明``) or left blank (``***``, ``某某``)
    # the name after the office, not a word the office's last character opens (``学校长期…``,
    # ``董事长办公会议``)
    rf"[\u4e00-\u9fffA-Za-z]{{0,24}}?{OFFICE}\s*(?![期办辦会會致])"
    r"(?:[\u4e00-\u9fff·•](?:\s{0,3}[\u4e00-\u9fff·•]){1,7}|[*＊×xX]{2,4})"
    r"(?:\s*[（(]\s*\d{4}\s*年[^)）]{0,12}[)）])?"  # the day it was given (``（2022年1月5日）``)
    r"|(?:By|Presented by|Delivered by)\s+[A-Z][\w.'’\- ]{1,60}"
    r"|(?:文|撰文)\s*[/／]\s*[\u4e00-\u9fff·]{2,8}"  # a magazine's credit (``文/言实``)
    r"|[A-Z][\w.'’\- ]{1,40},(?:\s*[A-Z]{2,5},)?\s*(?:Acting |Deputy )?(?:Mayor|Governor|Premier"
    r"|State Auditor|Auditor General|Auditor|Inspector General|Secretary|Director|Chair|Chairman"
    r"|City Manager|County Manager|County Executive|Executive Director|Chief Financial Officer"
    r"|Treasurer|City Administrator"
    r"|President|Minister|Commissioner|Comptroller|Controller|Chief Executive"
    r"|Chief [A-Z][a-z]+(?: [A-Z][a-z]+)? Officer|Chief Executive Officer|Mayor-President)"
    r"(?: of (?:the )?[A-Z][\w ’'\-]{1,60})?"
    # the office first, then the name (``Mayor of Hillside District   Chen Bo``)
    r"|(?:Acting |Deputy )?(?:Mayor|Governor|Premier|Chairman|Chair|President|Minister)"
    r"(?: of (?:the )?[A-Z][\w ]{1,50}?)?(?:\s*[,:]\s*|\s+)"
    r"[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,2}"
)
BYLINE_MAX = 90


# A news story's credit (``大众网记者 王明 通讯员 李华 临沂报道``, ``记者 李明``), its byline at
# the top
_REPORTER_CREDIT = re.compile(
    r"(?:[■●◆▲]\s*)?"  # a newspaper's mark before it (``■记者 王明``)
    r"[\u4e00-\u9fff·]{0,10}?(?:记者|記者)(?:[\u4e00-\u9fff]{2,3}|(?:\s+[\u4e00-\u9fff]{2,4}){1,4})"
    r"(?:\s+(?:通讯员|通訊員)(?:\s+[\u4e00-\u9fff]{2,4}){1,4})?(?:\s+[\u4e00-\u9fff]{2,6}(?:报道|報道))?"
)


def reporter_credit(text: str) -> bool:
    """Whether ``text`` is a news story's credit (``大众网记者 王明 通讯员 李华 临沂报道``)."""
    return bool(_REPORTER_CREDIT.fullmatch(text.strip()))


def is_byline(text: str) -> bool:
    """Whether ``text`` is a speaker's line: an office and a name (``湖南省省长 毛伟明``,
    ``Zhang Wei, Mayor of …``)."""
    text = text.strip()
    if text.startswith("by ") and text[3:4].isupper():
        text = text[3:]  # ``by Chen Lei, Mayor of …``
    if len(text) > BYLINE_MAX or _NOT_A_NAME.search(text):
        return False
    # an office set letter-spaced (``县 长 周永根``) is read closed up
    return bool(_BYLINE.fullmatch(text) or _BYLINE.fullmatch(_LETTER_SPACED.sub("", text)))


# words a speaker's line never holds: an office run into a genre (``镇长工作报告范文``)
_NOT_A_NAME = re.compile(r"报告|報告|范文|範文|讲话|講話")
# the spaces of a word set one character at a time (``县 长``), not the one before a name
_LETTER_SPACED = re.compile(r"(?<=^[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff]\s)")


# What a report's own text opens with: the occasion (``——2024年3月5日在……会议上``), the speaker
# and the salutation (``各位代表：``).
# The occasion however its date is written or left blank (``── 20xx年 月 日在……会议上``).
_MEETING_LOOSE = re.compile(
    r"(?:——|──|—|--|[（(])?[^。！？]{0,40}在[^。！？]{2,60}(?:会议|會議)上[)）]?"
)
_MEETING = re.compile(
    r"(?:——|—|[（(])?.{0,12}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日在.{2,60}(?:会议|會議)上[)）]?"
)
_SALUTATION = re.compile(
    r"(?:[^。！？]{0,30}[、，,](?:各位代表|各位委员|同志们)|各位代表|各位委员|同志们|各位代表、同志们"
    r"|各位组成人员|各位組成人員"  # a standing committee's members
    r"|(?:Fellow |Esteemed |Distinguished |Dear )(?:[Dd]eputies|[Dd]elegates)|Delegates)"
    r"\s*[:：,，!！]?"
)
# Whom a notice is sent to (``各乡镇人民政府，县政府各部门、直属机构：``), and the notice's title
# (``某某县人民政府关于印发2022年政府工作报告的通知``).
ADDRESSEES = re.compile(
    r"各[^。！？：:]{2,80}?(?:政府|部门|单位|机构|企业|委员会|办事处|街道)[:：]"
)
NOTICE_TITLE = re.compile(r".{2,40}关于(?:印发|公布|发布).{2,40}的(?:通知|通告|公告)")


def is_meeting_line(text: str) -> bool:
    """Whether ``text`` is a speech's occasion (``——2024年3月5日在……会议上``), dashes or not,
    its date given or left blank."""
    return bool(_MEETING.fullmatch(text) or _MEETING_LOOSE.fullmatch(text.strip()))


def opens_speech(text: str) -> bool:
    """Whether ``text`` is how a speech opens: its occasion, its speaker or its salutation."""
    return bool(
        _MEETING.fullmatch(text)
        or _SALUTATION.fullmatch(text)
        or ADDRESSEES.fullmatch(text)
        or is_byline(text)
    )


# A figure's or table's caption (``Figure 1. Where the General Fund Goes``, ``表2 主要指标``):
# a label, never a heading.
_CAPTION_LABEL = re.compile(
    r"\s*(?:(?:Figure|Fig\.|Table|Chart|Exhibit|Map|Graph)\s+[A-Z]?\d+[\d.\-–]*[.:]?\s"
    r"|(?:图|表)\s*\d+[\s.:：])"
)


def caption_label(text: str) -> bool:
    """Whether ``text`` opens with a figure's or table's label (``Table 1.``, ``图2``)."""
    return bool(_CAPTION_LABEL.match(text))


# The name of the site or paper a page came from, above the document's title.
_SITE_NAME = re.compile(
    r".{1,16}(?:网|网站|门户网站|门户|频道|官网|客户端|日报|晚报|报社|新闻网|融媒体中心|APP"
    r"|数字报|电子报|报数字版)"
)


def is_site_name(text: str) -> bool:
    """Whether ``text`` is the name of the site or paper a page came from (``青川日报数字报``)."""
    return bool(_SITE_NAME.fullmatch(text))


# A figure's or table's source and notes end without a full stop, yet nothing runs on from them.
# a collection's label over each of its texts (``篇1``, ``第二篇``)
_TEXT_LABEL = re.compile(r"篇\s*\d{1,3}|第[一二三四五六七八九十\d]{1,3}篇")
_SOURCE_LINE = re.compile(r"\s*(?:Source|Sources|Note|Notes|资料来源|数据来源|注)\s*[:：]")
# a document's number alone on its line (``湖卫健发〔2023〕1号``)
_DOCUMENT_NUMBER = re.compile(
    r"\s*[\u4e00-\u9fff]{1,12}[〔\[［（(]\d{4}[〕\]］）)]\s*\d{1,4}\s*号\s*"
)
# a notice's mark of how it is made public (``（此件主动公开）``), under its signature
_DISCLOSURE = re.compile(
    r"\s*[（(]\s*此件(?:主动公开|公开发布|不公开|不予公开|依申请公开)\s*[)）]\s*"
)


def stands_alone(text: str) -> bool:
    """Whether ``text`` is a line nothing runs on from, though it has no full stop: a caption
    (``Figure 2.1: …``), a source line (``Source: …``, ``资料来源：…``), a notice's title, its
    mark of how it is made public (``（此件主动公开）``), a document's number
    (``湖卫健发〔2023〕1号``) or a collection's label over one of its
    texts (``篇1``)."""
    return bool(
        _SOURCE_LINE.match(text)
        or NOTICE_TITLE.fullmatch(text)
        or _TEXT_LABEL.fullmatch(text.strip())
        or _DISCLOSURE.fullmatch(text)
        or _DOCUMENT_NUMBER.fullmatch(text)
    ) or caption_label(text)


# An English sentence cut by a break goes on in lower case, or after a word no sentence, heading
# or list item ends with; a capital after any other word opens a new block (a heading, a name
# under a signature, a title page's next line).
_OPEN_WORD = re.compile(
    r"(?:\b(?:the|a|an|of|and|or|nor|but|to|in|for|with|by|on|at|from|as|that|which|who|its|"
    r"their|our|his|her|this|these|those|is|are|was|were|be|been|has|have|had|will|would|"
    r"shall|should|can|could|may|than|into|per|under|over|between|about|including|such|"
    r"whose|within|without|across|through|during|against|among|towards?|upon|via)|[,;(\-–—/&])"
    r"\s*$",
    re.IGNORECASE,
)


# A line this long that stops mid-sentence was wrapped, not set apart as a heading or an item.
WRAPPED_LINE_MIN = 60


def _capitalised(text: str) -> bool:
    """Whether most of ``text``'s words start with a capital, as a title's do however long."""
    words = [w for w in text.split() if w[:1].isalpha() and w.lower() not in SMALL_WORDS]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def runs_on(before: str, after: str) -> bool:
    """Whether the English text ``after`` goes on with the sentence ``before`` left open."""
    first = after.lstrip("“‘\"'")[:1]
    return (
        first.islower()
        or (first.isdigit() and not before[-1:].isdigit())  # not after a date
        or first in "$£€%("
        or bool(_OPEN_WORD.search(before))
        or (len(before) >= WRAPPED_LINE_MIN and not _capitalised(before))
    )
